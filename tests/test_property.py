"""Property tests: flatten a known table the way crawls do, parse it back, get the same grid."""

from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from strategies import GenPage, GenRow, GenTable, pages

import refold
from refold.accounting import unaccounted

SETTINGS = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def schedules(page):
    return [t for t in page.tables if t.kind == "schedule"]


def assert_round_trip(gen, text, with_headers):
    page = refold.parse(text)
    got = schedules(page)
    assert len(got) == len(gen.tables), text
    for table, want in zip(got, gen.tables):
        assert [[r.label, *r.cells] for r in table.rows] == want.expected_rows(), text
        assert table.block == gen.block
        if with_headers:
            assert list(table.columns) == want.expected_columns(), text


# a row's `0` then a section's lead-in at the table's end: no footnote's mark and its text
_ZERO_BEFORE_A_LEAD_IN = GenPage("Schedule of Cash", [GenTable("December 31,", ["2024"], None, [
    GenRow("Cash", ["0"]), GenRow("Cash:", [""]), GenRow("Cash:", [""]), GenRow("Cash:", [""]),
    GenRow("Cash", ["0"]), GenRow("Cash cash cash:", [""])])], [])


@SETTINGS
@given(pages(), st.sampled_from([0, 30, 45]))
@example(_ZERO_BEFORE_A_LEAD_IN, 0)
def test_kept_empty_cells_round_trip(gen, wrap_width):
    """With every empty cell kept (a lone `|` each), rows, columns and headers come back exactly."""
    assert_round_trip(gen, gen.text(wrap_width, drop_empty=False), with_headers=True)


@SETTINGS
@given(pages(), st.sampled_from([0, 40]))
def test_dropped_empty_cells_round_trip(gen, wrap_width):
    """Crawls that drop empty cells keep full rows recoverable: label, then its values in order."""
    assert_round_trip(gen, gen.text(wrap_width, drop_empty=True), with_headers=False)


@SETTINGS
@given(pages(), st.booleans())
def test_no_text_is_lost(gen, drop_empty):
    """Every non-whitespace character of the input reaches some output field."""
    text = gen.text(40, drop_empty)
    assert not unaccounted(text, refold.parse(text))
