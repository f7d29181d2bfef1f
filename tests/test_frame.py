"""Stage 2: title, units, period columns, definitions."""

import pytest

from refold.cells import text_to_cells
from refold.frame import assign_leaves_to_spans, cells_to_frame, split_title_units


@pytest.mark.parametrize("line,title,units", [
    ("RESTRICTED NET ASSETS (Details) - CNY (¥)", "RESTRICTED NET ASSETS (Details)", "CNY (¥)"),
    ("Document And Entity Information - shares", "Document And Entity Information", "shares"),
    ("EMPLOYEE BENEFITS (Details 3) (USD $)", "EMPLOYEE BENEFITS (Details 3)", "USD $"),
    ("Goodwill (Details) - Segment member - USD ($) $ / shares", "Goodwill (Details) - Segment member",
     "USD ($) $ / shares"),
    ("NONCONTROLLING INTERESTS (Details) - Consolidated Joint Venture",
     "NONCONTROLLING INTERESTS (Details) - Consolidated Joint Venture", ""),
])
def test_title_unit_suffix(line, title, units):
    """A unit suffix (` - USD ($)`, old ` (USD $)`) leaves the title; a member suffix stays."""
    assert split_title_units(line) == (title, units)


def frame(text):
    return cells_to_frame(text_to_cells(text))


def test_title_scale_and_spanned_columns():
    f = frame("|\nT (Details) - USD ($)\n$ in Thousands\n|3 Months Ended\n|6 Months Ended\n"
              "|\nJun. 30, 2020\n|\nJun. 30, 2019\n|\nJun. 30, 2020\n|\nJun. 30, 2019\n|Cash\n|1")
    assert (f.title, f.units) == ("T (Details)", "USD ($) $ in Thousands")
    assert f.columns == ["3 Months Ended Jun. 30, 2020", "3 Months Ended Jun. 30, 2019",
                         "6 Months Ended Jun. 30, 2020", "6 Months Ended Jun. 30, 2019"]
    assert [c.text for c in f.body] == ["Cash", "1"]


def test_span_and_date_in_one_cell():
    """`|12 Months Ended` + `Dec. 31, 2023` on the next line is a span over one date."""
    assert frame("|\nT\n|12 Months Ended\nDec. 31, 2023\n|Row\n|").columns == ["12 Months Ended Dec. 31, 2023"]


def test_instant_after_a_duration_span_is_not_under_it():
    """R pages list a span's dates newest first; a later date starts the next (or no) span."""
    assert assign_leaves_to_spans(["Mar. 31, 2020", "Mar. 31, 2019", "Dec. 31, 2019"], 1) == [0, 0, -1]
    assert assign_leaves_to_spans(["Dec. 31, 2021", "Sep. 30, 2021", "Dec. 31, 2021", "Dec. 31, 2020",
                                   "Dec. 31, 2019"], 2) == [0, 0, 1, 1, 1]


def test_definitions_tail_is_cut_off_and_parsed():
    f = frame("|\nT\n|\nDec. 31, 2023\n|Cash\n|5\n|X\n- Definition\n+ References\nCash on hand.\n"
              "+ Details\nReference 1: http://fasb.org\n|X\n|\n- Definition\nOld style text.")
    assert [c.text for c in f.body] == ["Cash", "5"]
    assert [(d.text, d.references) for d in f.definitions] == [
        ("Cash on hand.", ("Reference 1: http://fasb.org",)), ("Old style text.", ())]
