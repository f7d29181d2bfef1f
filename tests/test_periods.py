"""periods.py: column headers -> periods, currencies and members."""

from datetime import date

import pytest

from refold.periods import read_column, read_columns


@pytest.mark.parametrize("header, start, end, months", [
    ("12 Months Ended Dec. 31, 2023", date(2023, 1, 1), date(2023, 12, 31), 12),
    ("3 Months Ended Mar. 31, 2024", date(2024, 1, 1), date(2024, 3, 31), 3),
    ("Three Months Ended June 30, 2024", date(2024, 4, 1), date(2024, 6, 30), 3),
    ("Year ended December 31, 2022 RMB", date(2022, 1, 1), date(2022, 12, 31), 12),
    ("Dec. 31, 2022", None, date(2022, 12, 31), None),
    ("December 31, 2023 RMB", None, date(2023, 12, 31), None),
])
def test_dated_periods(header, start, end, months):
    period = read_column(header).period
    assert (period.start, period.end, period.months) == (start, end, months)
    assert period.is_instant == (months is None)


def test_year_only_and_quarters():
    assert read_column("2022 RMB").period.year == 2022
    assert read_column("2022 RMB").currency == "CNY"
    assert read_column("Q1 2024").period.months == 3
    assert read_column("Fiscal 2023").period.months == 12


def test_members_are_what_is_left():
    info = read_column("3 Months Ended Mar. 31, 2024 Level 1 [Member]")
    assert info.member == "Level 1 [Member]"
    assert read_column("Dec. 31, 2023 USD ($)").member is None


def test_translation_column_takes_the_latest_year():
    infos = read_columns(("December 31, 2022 RMB", "December 31, 2023 RMB", "December 31, US$"))
    assert infos[2].currency == "USD"
    assert infos[2].period.end == date(2023, 12, 31) and infos[2].period.inferred
    assert infos[2].period.key == infos[1].period.key
