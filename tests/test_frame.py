"""Stage 2: title, units, period columns, definitions."""

import pytest

import refold
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


OLDER_PAGE = "\n".join([
    "Retirement Benefits (Benefit Payments) (Details) (USD $)", "In Millions", "Sep. 30, 2011",
    "Pension Plans, Defined Benefit [Member]", "|Defined Benefit Plan Disclosure", "|Payments in Year One", "|$ 175",
    "|Payments Thereafter", "|1,085", "Other Postretirement Benefit Plans, Defined Benefit [Member]",
    "|Defined Benefit Plan Disclosure", "|Payments in Year One", "|23", "|Payments Thereafter", "|$ 90"])


def test_an_older_pages_header_written_without_pipes_is_its_title_units_and_columns():
    """A crawl of a 2011 R page wrote the title, its scale and the date without pipes, and each
    member's line too: the title, units and column as the usual crawl gives them, and each
    member a row of its own (not a line of the value above it, nor a page preamble)."""
    f = frame(OLDER_PAGE)
    assert (f.title, f.units, f.columns) == ("Retirement Benefits (Benefit Payments) (Details)", "USD $ In Millions",
                                             ["Sep. 30, 2011"])
    [table] = refold.parse(OLDER_PAGE).tables
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Pension Plans, Defined Benefit [Member]", ("",)), ("Defined Benefit Plan Disclosure", ("",)),
        ("Payments in Year One", ("$ 175",)), ("Payments Thereafter", ("1,085",)),
        ("Other Postretirement Benefit Plans, Defined Benefit [Member]", ("",)),
        ("Defined Benefit Plan Disclosure", ("",)), ("Payments in Year One", ("23",)), ("Payments Thereafter", ("$ 90",))]


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


def test_a_first_cell_before_a_text_block_is_its_label_not_the_title():
    """`|Leases` + a block: the page's title and header were lost; the cell labels the block."""
    f = frame("|Leases\n|\nThe Company's lease assets were as follows (in thousands):\n|\n|2020\n|Rent\n|5")
    assert f.title == ""
    assert [c.text for c in f.body][:1] == ["Leases"]


def test_title_on_its_pipe_line_before_a_period_header():
    f = frame("|Leases (Details) - USD ($)\n|12 Months Ended\nDec. 31, 2023\n|Rent\n|5")
    assert (f.title, f.units) == ("Leases (Details)", "USD ($)")
    assert f.columns == ["12 Months Ended Dec. 31, 2023"]
    assert [c.text for c in f.body] == ["Rent", "5"]


def test_a_title_that_lost_its_pipe_before_a_period_header():
    f = frame("Note 6 Net Income Per Share\n|9 Months Ended\nSep. 30, 2011\n|Net income\n|5")
    assert f.title == "Note 6 Net Income Per Share"
    assert f.columns == ["9 Months Ended Sep. 30, 2011"]


def test_a_mirrors_form_heading_is_not_the_title_but_the_header_is_read():
    f = frame("Quarterly report pursuant to Section 13 or 15(d)\n|6 Months Ended\nJun. 30, 2019\n|Cash\n|5")
    assert (f.title, f.preamble) == ("", ["Quarterly report pursuant to Section 13 or 15(d)"])
    assert f.columns == ["6 Months Ended Jun. 30, 2019"]


def test_a_fragment_that_starts_on_a_row_has_no_title():
    for text in ("|Cash\n|$ 1,234\n|Receivables\n|5", "|Current assets:\n|\n|Cash\n|5"):
        f = frame(text)
        assert f.title == "" and [c.text for c in f.body][0] in ("Cash", "Current assets:")


def test_a_page_cut_inside_its_definitions_is_one_definition():
    """A crawl that starts at `- Definition` (its `|X` cut off): a definition, not a title, and
    with no pipe on any line, not a page of rows either."""
    import refold

    text = ("- Definition\nThe price per share at which the preferred stock is redeemed.\n+ References\n"
            "Reference 1: http://www.xbrl.org/2003/role/presentationRef\n-Publisher FASB\n-Paragraph 7\n"
            "+ Details\nName: us-gaap_PreferredStockRedemptionPricePerShare")
    page = refold.parse(text)
    assert (page.title, page.tables) == ("", ())
    [definition] = page.definitions
    assert definition.text.startswith("The price per share")
    assert "-Publisher FASB" in definition.references


def test_a_first_row_label_under_its_pipe_ends_the_header():
    """Crawls that put every cell's text under its pipe make a row's label look like a header
    cell (`|` + `Total revenues`); no header cell is followed by an amount, so it is the body."""
    f = frame("|\nQuarterly Data (Details)\n|\nFirst\n|\nSecond\n|\nTotal revenues\n|$\n|109,173\n|$\n|109,543")
    assert f.columns == ["First", "Second"]
    assert [c.text for c in f.body][:2] == ["Total revenues", "$"]


def test_a_heading_and_a_sentence_under_the_first_pipe_are_a_block_not_the_title():
    """`13. Quarterly Financial Data (Unaudited)` + `The following table summarizes … 2010.`:
    the crawl cut the page's title; the first cell is a text block's start (read as an unlabeled
    block), not a title that wrapped."""
    import refold

    text = ("|\n13. Quarterly Financial Data (Unaudited)\nThe following table summarizes results for each of "
            "the quarters in the years ended December 31, 2011 and 2010.\n|\n|\nFirst\n|\n|\nSecond\n"
            "|\nTotal revenues\n|\n|$\n|109,173\n|\n|$\n|109,543\n|\nOperating income\n|\n|$\n|44,036\n|\n|$\n|45,258")
    page = refold.parse(text)
    assert page.title == ""
    [table] = page.tables
    assert (table.kind, list(table.columns)) == ("schedule", ["First", "Second"])
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["Total revenues", "$ 109,173", "$ 109,543"], ["Operating income", "$ 44,036", "$ 45,258"]]


def test_the_same_date_twice_is_not_one_spans_two_columns():
    """`3 Months Ended` `12 Months Ended` over `Dec. 31, 2023` `Dec. 31, 2023` `Dec. 31, 2022`
    `Dec. 31, 2021` (corpus page 154), and `1 Months Ended` `3 Months Ended` over `Feb. 28, 2021`
    `Mar. 31, 2023` `Mar. 31, 2023` (an instant after the spans): one span holds a period once,
    so the same leaf again starts the next span. Leaves that differ by unit still share one."""
    assert assign_leaves_to_spans(["Dec. 31, 2023", "Dec. 31, 2023", "Dec. 31, 2022", "Dec. 31, 2021"], 2) == [0, 1, 1, 1]
    assert assign_leaves_to_spans(["Feb. 28, 2021", "Mar. 31, 2023", "Mar. 31, 2023"], 2) == [0, 1, -1]
    assert assign_leaves_to_spans(["Dec. 31, 2023 CNY (¥)", "Dec. 31, 2023 USD ($)", "Dec. 31, 2022 CNY (¥)"], 1) == [0, 0, 0]


def test_a_member_under_its_pipe_after_the_dates_is_the_first_section_row():
    """Older pages write each date under its pipe, and each member row alike: the first member,
    straight after the last date, is the body's first section row (the next member heads the
    same label), not a second column. Members as columns stay columns (no member row repeats)."""
    page = "\n".join(["|", "POLICIES (Details) (USD $)", "|12 Months Ended", "|", "Dec. 31, 2012",
                      "|", "Computer hardware [Member]", "|Amortization rate", "|30.00%",
                      "|", "Computer software [Member]", "|Amortization rate", "|50.00%"])
    frame = cells_to_frame(text_to_cells(page))
    assert frame.columns == ["12 Months Ended Dec. 31, 2012"]
    unsuffixed = "\n".join(["|", "ASSUMPTIONS (Details Narrative)", "|9 Months Ended", "|", "Sep. 30, 2012", "|",
                            "Sep. 30, 2011", "|", "Minimum", "|Risk-free interest rate", "|0.32%", "|0.39%",
                            "|", "Maximum", "|Risk-free interest rate", "|2.54%", "|2.54%"])
    assert cells_to_frame(text_to_cells(unsuffixed)).columns == ["9 Months Ended Sep. 30, 2012", "9 Months Ended Sep. 30, 2011"]
    columns = "\n".join(["|", "EQUITY (USD $)", "|", "Common Stock [Member]", "|", "Retained Earnings [Member]",
                         "|Beginning balance", "|$ 1", "|$ 2", "|Net income", "|", "|3"])
    assert cells_to_frame(text_to_cells(columns)).columns == ["Common Stock [Member]", "Retained Earnings [Member]"]


def test_one_span_goes_over_the_longest_run_of_dates_a_year_apart():
    """`12 Months Ended` over `Jun. 11, 2019` `Jun. 11, 2018` then `Dec. 31, 2019` `2018` `2017`
    (corpus page 260, whose revenue rows hold three values): the span's periods are the longest
    run of dates a year apart, the dates before it instants with no span of their own. Event
    dates after the years (`Nov. 30, 2021`, `Oct. 23, 2020`, …) are no such run: the years keep
    the span, as they keep it where the first run is as long."""
    assert assign_leaves_to_spans(["Jun. 11, 2019", "Jun. 11, 2018", "Dec. 31, 2019", "Dec. 31, 2018",
                                   "Dec. 31, 2017"], 1) == [-1, -1, 0, 0, 0]
    assert assign_leaves_to_spans(["Dec. 13, 2019", "Dec. 31, 2019", "Dec. 31, 2018"], 1) == [-1, 0, 0]
    assert assign_leaves_to_spans(["Dec. 31, 2021", "Dec. 31, 2020", "Nov. 30, 2021", "Oct. 23, 2020",
                                   "Aug. 18, 2020", "Mar. 31, 2020"], 1) == [0, 0, -1, -1, -1, -1]
    assert assign_leaves_to_spans(["Sep. 28, 2024", "Sep. 30, 2023", "Dec. 31, 2023", "Dec. 31, 2022"], 1) == [0, 0, -1, -1]


def test_a_translated_column_does_not_break_a_run_of_years():
    """`Jul. 01, 2020` (an acquisition's date) then 2022 in TWD, 2022 in USD, 2021, 2020: the same
    date again in another currency is the same year, so the years are the span's run."""
    assert assign_leaves_to_spans(["Jul. 01, 2020 TWD ($)", "Dec. 31, 2022 TWD ($)", "Dec. 31, 2022 USD ($)",
                                   "Dec. 31, 2021 TWD ($)", "Dec. 31, 2020 TWD ($)"], 1) == [-1, 0, 0, 0, 0]


def test_where_the_dates_never_rise_between_spans_each_run_of_years_is_a_span():
    """`3 Months Ended` `12 Months Ended` over `Jul. 01, 2011` `Apr. 01, 2011` `Apr. 02, 2010`
    `Apr. 03, 2009` (52-week years): no date rises to open the second span, but the quarter
    stands alone and the years are a run a year apart; so `9 Months Ended` `12 Months Ended`
    over Sep. 30, 2021 then Dec. 31, 2020 and 2019 (corpus page 226)."""
    assert assign_leaves_to_spans(["Jul. 01, 2011", "Apr. 01, 2011", "Apr. 02, 2010", "Apr. 03, 2009"], 2) == [0, 1, 1, 1]
    assert assign_leaves_to_spans(["Sep. 30, 2021", "Dec. 31, 2020", "Dec. 31, 2019"], 2) == [0, 1, 1]
    assert assign_leaves_to_spans(["Mar. 31, 2021", "Mar. 31, 2020"], 2) == [0, 1]


def test_a_years_span_ends_where_its_dates_stop_being_a_year_apart():
    """`12 Months Ended` over `Dec. 31, 2021` then `Jan. 20, 2021` (a SPAC's offering date,
    corpus page 38): the dates fall, so they read as one run, but a year's span holds dates a
    year apart; the offering's date is an instant. Years a year apart keep the span."""
    assert assign_leaves_to_spans(["Dec. 31, 2021", "Jan. 20, 2021"], 1, ["12 Months Ended"]) == [0, -1]
    assert assign_leaves_to_spans(["Dec. 31, 2021", "Dec. 31, 2020", "Jun. 15, 2019"], 1, ["12 Months Ended"]) == [0, 0, -1]
    assert assign_leaves_to_spans(["Dec. 31, 2021", "Dec. 31, 2020"], 1, ["12 Months Ended"]) == [0, 0]
    assert assign_leaves_to_spans(["Dec. 31, 2021", "Sep. 30, 2021"], 1, ["3 Months Ended"]) == [0, 0]


def test_every_span_holds_a_column_where_the_dates_rise_too_seldom():
    """`1 Months Ended` `6 Months Ended` `12 Months Ended` over five dates that rise once: the
    first run is the month's three events, and the last run, `Jun. 30, 2023` then `Dec. 31, 2022`,
    parts where its dates fall, the half year and the year a column each (no span left without
    one). Dates a year apart stay together: the same period of two years."""
    leaves = ["Apr. 28, 2023", "Mar. 31, 2022", "Jan. 31, 2022", "Jun. 30, 2023", "Dec. 31, 2022"]
    assert assign_leaves_to_spans(leaves, 3) == [0, 0, 0, 1, 2]
    leaves = ["Apr. 28, 2023", "Jun. 30, 2023", "Jun. 30, 2022", "Mar. 31, 2022"]  # the year-apart pair: one span's
    assert assign_leaves_to_spans(leaves, 3) == [0, 1, 1, 2]


def test_spans_that_list_the_same_dates_hold_an_earlier_odd_date_in_the_first():
    """`3 Months Ended` `9 Months Ended` over `Jul. 27, 2023`, then `Sep. 30, 2023` `Sep. 30, 2022`
    twice, then four balance dates: each span lists the same period ends, so the two runs alike
    are the spans' own columns (a row of four flows, the quarter's and the nine months', fits only
    so), the event's `Jul. 27, 2023` before them the first span's, and the dates after instants."""
    leaves = ["Jul. 27, 2023", "Sep. 30, 2023", "Sep. 30, 2022", "Sep. 30, 2023", "Sep. 30, 2022",
              "Jun. 30, 2023", "Dec. 31, 2022", "Jun. 30, 2022", "Dec. 31, 2021"]
    assert assign_leaves_to_spans(leaves, 2) == [0, 0, 0, 1, 1, -1, -1, -1, -1]
    usual = ["Sep. 30, 2023", "Sep. 30, 2022", "Sep. 30, 2023", "Sep. 30, 2022", "Dec. 31, 2022"]
    assert assign_leaves_to_spans(usual, 2) == [0, 0, 1, 1, -1]
