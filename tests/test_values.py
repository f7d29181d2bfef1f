"""values.py: display text -> typed Value, with unit and scale from the context."""

from datetime import date
from decimal import Decimal

import pytest

from refold.values import Context, Scales, currency_in, read_value, row_unit, scales_in, section_row_unit

USD_THOUSANDS = Context(currency="USD", scales=Scales(money=3, shares=6))


@pytest.mark.parametrize("display, kind, number, unit", [
    ("(81,247)", "number", "-81247", None),
    ("$ (264)", "number", "-264", "USD"),
    ("US$ 5", "number", "5", "USD"),
    ("RMB 1,000", "number", "1000", "CNY"),
    ("−5", "number", "-5", None),
    ("1.239434862", "number", "1.239434862", None),
    ("12.5%", "percent", "12.5", "%"),
    ("(2.00%)", "percent", "-2.00", "%"),
    ("—", "nil", "0", None),
    ("$ —", "nil", "0", None),
    ("36 [1]", "number", "36", None),
    ("(25,686", "number", "-25686", None),  # its `)` lost by the crawl: still a negative
    ("$ (1,234", "number", "-1234", "USD"),
    ("(12.5%", "percent", "-12.5", "%"),
    ("PRC", "text", None, None),
])
def test_amounts_and_kinds(display, kind, number, unit):
    value = read_value(display)
    assert value.kind == kind
    assert value.number == (Decimal(number) if number is not None else None)
    assert isinstance(value.number, (Decimal, type(None)))  # never a float
    if unit:
        assert value.unit == unit


def test_scale_applies_to_money_not_percents():
    assert read_value("1,234", USD_THOUSANDS).amount == Decimal("1234000")
    assert read_value("1,234", USD_THOUSANDS).unit == "USD"
    assert read_value("12%", USD_THOUSANDS).amount == Decimal("12")


def test_row_units_from_labels():
    shares = Context(currency="USD", scales=Scales(money=3, shares=6), row_unit=row_unit("Shares outstanding (in shares)"))
    per_share = Context(currency="USD", scales=Scales(money=3), row_unit=row_unit("Basic earnings per share"))
    assert read_value("15", shares).unit == "shares" and read_value("15", shares).scale == 6
    assert read_value("1.52", per_share).unit == "USD/share" and read_value("1.52", per_share).scale == 0


def test_share_basis_rows_count_what_their_per_share_section_counts():
    """`Basic` under `Net income (loss) per share1` (a footnote mark glued on): a per-share
    amount, which `(in thousands, except per share amounts)` does not scale; `Basic` under
    another section, or a row naming more than its basis, keeps its own unit."""
    assert section_row_unit("Basic", "Net income (loss) per share1") == "per-share"
    assert section_row_unit("Basic and diluted", "Earnings per common share:") == "per-share"
    assert section_row_unit("Basic", "Weighted average shares outstanding:") == "shares"
    assert section_row_unit("Basic", "Revenues:") is None
    assert section_row_unit("Total revenues", "Net income per share") is None
    assert row_unit("Dividends per shareholder") is None


@pytest.mark.parametrize("display, low, high, unit", [
    ("3-5 years", "3", "5", "years"),
    ("4-7 year", "4", "7", "years"),
    ("20 years", "20", "20", "years"),
    ("3 to 10 years", "3", "10", "years"),
    ("2 years 7 months", "31", "31", "months"),
    ("0.01 - 13.49", "0.01", "13.49", None),  # exercise prices
    ("4.70-5.75%", "4.70", "5.75", "%"),  # interest rates
    ("2.53% to 6.57%", "2.53", "6.57", "%"),
    ("$10.00 - $15.00", "10.00", "15.00", "USD"),
])
def test_ranges(display, low, high, unit):
    value = read_value(display)
    assert (value.kind, value.low, value.high, value.unit) == ("range", Decimal(low), Decimal(high), unit)


def test_what_reads_like_a_range_but_is_none_stays_text():
    """A span of years, or a `high` lower than its `low`, is no range of amounts."""
    assert read_value("2019-2020").kind == "text"
    assert read_value("10-5").kind == "text"


def test_dates_and_booleans():
    assert read_value("Dec. 31, 2023").day == date(2023, 12, 31)
    assert read_value("Yes").kind == "bool"


def test_last_digit_is_the_rounding_unit():
    assert read_value("1,234").last_digit == Decimal(1)
    assert read_value("12.5").last_digit == Decimal("0.1")


@pytest.mark.parametrize("note, money, shares", [
    ("$ in Thousands", 3, 0),
    ("shares in Thousands, $ in Millions", 6, 3),
    ("(in thousands, except per share data)", 3, 3),
    ("RMB in thousands", 3, 0),
    ("In Millions, except Share data, unless otherwise specified", 6, 6),
    ("USD ($)", 0, 0),
])
def test_scale_notes(note, money, shares):
    assert scales_in(note) == Scales(money, shares)


@pytest.mark.parametrize("text, code", [
    ("USD ($)", "USD"), ("CNY (¥)", "CNY"), ("US$", "USD"), ("RMB", "CNY"), ("HK$ 5", "HKD"),
    ("December 31, 2023", None),
])
def test_currency_marks(text, code):
    assert currency_in(text) == code


@pytest.mark.parametrize("text, number, unit", [
    ("6 pts", Decimal("6"), "pp"), ("(2.7) pts", Decimal("-2.7"), "pp"), ("150 bps", Decimal("150"), "bp"),
    ("(25) basis points", Decimal("-25"), "bp"),
])
def test_a_change_in_points_is_a_number_of_points(text, number, unit):
    """MD&A's margin changes: percentage points and basis points, not percents, with no scale
    (a table's `$ in millions` does not apply)."""
    value = read_value(text, Context(currency="USD", scales=Scales(money=6)))
    assert (value.kind, value.number, value.unit, value.scale) == ("number", number, unit, 0)


def test_a_label_quoting_a_rate_holds_amounts_not_per_share_values():
    """`Dividends paid, $0.04 per share` in an equity statement: the rate is quoted, the row's
    values are the dividends' amounts (scaled by the table's units), as with the rate in
    parentheses; a label with no rate stays per-share."""
    assert row_unit("Cash dividends declared ($0.01 per common share)") is None
    assert row_unit("Dividends paid, $0.04 per share") is None
    assert row_unit("Common stock dividends, US$ 1.25 per share") is None
    assert row_unit("Dividends declared per share") == "per-share"
    assert row_unit("Net income per share, basic") == "per-share"
