"""Schedule headers rebuilt from the header cells."""

from refold.header import (group_over_sub_names, groups_over_runs, header_levels, header_to_columns, over_date_runs,
                           over_kind_runs)
from refold.kinds import Kind, classify
from refold.model import Span, Token


def toks(*texts):
    return [Token(t, classify(t), Span(k + 1, k + 1)) for k, t in enumerate(texts)]  # a cell a line, as pipe-prefix writes them


def test_span_over_years_over_units_with_a_hidden_duplicate_row():
    """A copy of the unit row above the header is dropped; `December 31,` spans all columns and
    the years sit over the first columns they reach."""
    columns, read, note = header_to_columns(
        toks("RMB", "RMB", "US$", "December 31,", "2022", "2023", "RMB", "RMB", "US$"), 3)
    assert columns == ["December 31, 2022 RMB", "December 31, 2023 RMB", "December 31, US$"]
    assert read[0] == ["RMB", "RMB", "US$"]  # kept as read, for provenance
    assert note is None


def test_two_spans_over_four_years():
    columns, _, _ = header_to_columns(
        toks("Three Months Ended June 30,", "Six Months Ended June 30,", "2018", "2017", "2018", "2017"), 4)
    assert columns == ["Three Months Ended June 30, 2018", "Three Months Ended June 30, 2017",
                       "Six Months Ended June 30, 2018", "Six Months Ended June 30, 2017"]


def test_scale_note_is_not_a_column_header():
    columns, _, note = header_to_columns(toks("(in millions)", "2018", "2017"), 2)
    assert columns == ["2018", "2017"] and note == "(in millions)"


def test_long_text_run_splits_into_rows_from_the_end():
    """`First … Fourth` over `Quarter ×4, Year`: the last row has one cell per column."""
    columns, _, _ = header_to_columns(
        toks("First", "Second", "Third", "Fourth", "Quarter", "Quarter", "Quarter", "Quarter", "Year"), 5)
    assert columns == ["First Quarter", "Second Quarter", "Third Quarter", "Fourth Quarter", "Year"]


def test_the_columns_own_names_are_one_row_however_their_classes_alternate():
    """`2025`, `2024`, `$ Change`, `% Change` twice under two periods: the last eight cells are
    the columns' names, one row, not runs of years and texts spread apart."""
    columns, _read, _note = header_to_columns(
        toks("Three Months Ended June 30,", "Six Months Ended June 30,",
             "2025", "2024", "$ Change", "% Change", "2025", "2024", "$ Change", "% Change"), 8)
    assert columns == ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024",
                       "Three Months Ended June 30, $ Change", "Three Months Ended June 30, % Change",
                       "Six Months Ended June 30, 2025", "Six Months Ended June 30, 2024",
                       "Six Months Ended June 30, $ Change", "Six Months Ended June 30, % Change"]


def test_a_span_over_days_over_years_is_three_rows():
    """`Three Months Ended` spans `March 31` … `December 31`, each over two years: a period's
    day alone is a row of its own, not more of the period phrases."""
    columns, _, _ = header_to_columns(
        toks("Three Months Ended", "March 31", "June 30", "2016", "2015", "2016", "2015"), 4)
    assert columns == ["Three Months Ended March 31 2016", "Three Months Ended March 31 2015",
                       "Three Months Ended June 30 2016", "Three Months Ended June 30 2015"]



def test_a_period_over_its_dates_in_one_cell_spans_the_names_under_them():
    columns, _, _ = header_to_columns(toks(
        "Three Months Ended October 3, 2021 September 27, 2020", "Reported", "Change", "Reported", "Change"), 4)
    assert columns == ["Three Months Ended October 3, 2021 Reported", "Three Months Ended October 3, 2021 Change",
                       "Three Months Ended September 27, 2020 Reported", "Three Months Ended September 27, 2020 Change"]


def test_a_scale_caption_without_brackets_is_a_note_too():
    """`Amounts in millions, except per share amounts` over the years is the table's unit; a
    column named for its unit (`Thousands of shares`) stays a name."""
    columns, _, note = header_to_columns(toks("Amounts in millions, except per share amounts", "2025", "2024"), 2)
    assert (columns, note) == (["2025", "2024"], "Amounts in millions, except per share amounts")
    columns, _, note = header_to_columns(toks("Thousands of shares", "Amount"), 2)
    assert (columns, note) == (["Thousands of shares", "Amount"], None)


def test_a_text_in_the_stub_over_periods_is_the_tables_caption_not_a_column_name():
    """`Inventories` first, over `As of` and the dates: the stub's caption (the labeled pages'
    `caption`). After the stub's empty cell (`|`, `|% of Net sales`) it spans the columns."""
    from refold.header import header_levels

    columns, _, _, _, caption = header_levels(toks("Inventories", "As of", "June 30, 2018", "December 31, 2017"), 2)
    assert (columns, caption) == (["As of June 30, 2018", "As of December 31, 2017"], "Inventories")
    columns, _, _, _, caption = header_levels(toks("", "% of Net sales", "", "2025", "2024"), 2)
    assert (columns, caption) == (["% of Net sales 2025", "% of Net sales 2024"], None)


WRAPPED = ["Adjusted", "Cost", "Unrealized", "Gains", "Unrealized", "Losses", "Fair", "Value", "Cash and", "Cash",
           "Equivalents", "Current", "Marketable", "Securities", "Non-Current", "Marketable", "Securities"]
NAMES = ["Adjusted Cost", "Unrealized Gains", "Unrealized Losses", "Fair Value", "Cash and Cash Equivalents",
         "Current Marketable Securities", "Non-Current Marketable Securities"]


def test_names_wrapped_one_line_a_cell_regroup_into_the_columns():
    """A crawl that drops empty cells writes each name's lines one a cell: the runs are as even as
    can be, never end on `and`, keep a recurring pair (`Marketable` `Securities`) together, and
    rather open on a modifier and close on a head noun."""
    from refold.header import regroup_wrapped

    assert regroup_wrapped(WRAPPED, 7) == NAMES
    columns, _, _ = header_to_columns(toks("March 29, 2025", *WRAPPED), 7)
    assert columns == [f"March 29, 2025 {name}" for name in NAMES]


REPURCHASES = ["Total Number of", "Shares", "Purchased", "Average Price", "Paid per", "Share", "Total Number of",
               "Shares Purchased as", "Part of Publicly", "Announced", "Program", "Approximate Dollar",
               "Value of Shares that", "May Yet Be", "Purchased", "Under the Program"]


def test_long_names_wrapped_regroup_at_their_openers():
    """A repurchase table's four names in sixteen lines of up to four words, under a scale note:
    a run never ends on `as` or `that`, and a line opening on `Total` or `Average` after a line
    that ends a name opens the next name; `Shares` is a name's word, the scale note no name."""
    names = ["Total Number of Shares Purchased", "Average Price Paid per Share",
             "Total Number of Shares Purchased as Part of Publicly Announced Program",
             "Approximate Dollar Value of Shares that May Yet Be Purchased Under the Program"]
    from refold.header import regroup_wrapped

    assert regroup_wrapped(REPURCHASES, 4) == names
    columns, _, _ = header_to_columns(toks("(in millions, except per share amounts)", *REPURCHASES), 4)
    assert columns == names


def test_names_wrapped_in_runs_a_spacer_apart_join_run_by_run():
    """Where the crawl kept the spacer cells, the runs between them are the names."""
    cells = ["March 29, 2025", "", "Adjusted", "Cost", "", "Unrealized", "Gains", "", "Fair", "Value"]
    columns, _, _ = header_to_columns(toks(*cells), 3)
    assert columns == ["March 29, 2025 Adjusted Cost", "March 29, 2025 Unrealized Gains", "March 29, 2025 Fair Value"]


def test_shares_is_a_name_among_names_a_spacer_apart():
    """` ` `Shares` ` ` `Wtd. Avg.` `Exer. Price` over two columns (an option table, spacer cells
    between its names): two runs, `Shares` and the price's name wrapped over two lines, not
    `Shares` over both."""
    columns, _read, _note = header_to_columns(toks("", "Shares", "", "Wtd. Avg.", "Exer. Price"), 2)
    assert columns == ["Shares", "Wtd. Avg. Exer. Price"]


def test_a_hidden_duplicate_row_of_years_is_not_wrapped_names():
    """Found by the property test: `2024` `2023` `2024` `2023` (a hidden copy over the years)
    are no names to regroup; the visible row stays."""
    columns, _, _ = header_to_columns(toks("2024", "2023", "2024", "2023"), 2)
    assert columns == ["2024", "2023"]


def test_each_period_phrase_followed_by_its_day_is_one_phrase():
    """`Three Months Ended` `June 30,` `Six Months Ended` `June 30,` over four years: two spans,
    each phrase with its day (one cell a line wrote them apart)."""
    columns, _, _ = header_to_columns(
        toks("Three Months Ended", "June 30,", "Six Months Ended", "June 30,", "2022", "2021", "2022", "2021"), 4)
    assert columns == ["Three Months Ended June 30, 2022", "Three Months Ended June 30, 2021",
                       "Six Months Ended June 30, 2022", "Six Months Ended June 30, 2021"]


def test_periods_and_changes_in_turn_are_one_row_spanning_the_columns_evenly():
    """`Three Months Ended June 30,` `Change` `Six Months Ended June 30,` `Change` over `2025`
    `2024` `$` `%` twice (a MD&A table): the upper cells alternate classes and repeat, so they
    are one row, each over two columns; not four stacked rows each spanning all eight."""
    columns, _, note = header_to_columns(toks(
        "Three Months Ended June 30,", "Change", "Six Months Ended June 30,", "Change", "(Dollars in millions)",
        "2025", "2024", "$", "%", "2025", "2024", "$", "%"), 8)
    assert columns == ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024", "Change $",
                       "Change %", "Six Months Ended June 30, 2025", "Six Months Ended June 30, 2024",
                       "Change $", "Change %"]
    assert note == "(Dollars in millions)"


def test_stacked_single_cells_of_alternating_class_stay_rows():
    """`Pension Benefits` over `Three Months Ended June 30,` over four years: two cells that do
    not repeat a pattern are two rows, each over every column."""
    columns, _, _ = header_to_columns(toks(
        "Pension Benefits", "Three Months Ended June 30,", "2025", "2024", "U.S.", "Non-U.S."), 4)
    assert columns[0] == "Pension Benefits Three Months Ended June 30, 2025"
    assert columns[3] == "Pension Benefits Three Months Ended June 30, Non-U.S."


def test_currency_signs_after_the_columns_names_are_no_header_row():
    """`2022` `2021` then `$` `$` (the first row's signs, written before its label): names over
    years, not a row of `$` names; with fewer cells than columns before them, they stay."""
    columns, _, _ = header_to_columns(toks("Three Months Ended June 30,", "2022", "2021", "$", "$"), 2)
    assert columns == ["Three Months Ended June 30, 2022", "Three Months Ended June 30, 2021"]
    columns, _, _ = header_to_columns(toks("Canada", "US", "Total", "$", "$", "$"), 3)
    assert columns == ["Canada", "US", "Total"]
    columns, _, _ = header_to_columns(toks("2022", "$", "$"), 2)
    assert "$" in columns[1]


def test_a_year_after_a_row_of_names_is_no_leaf_row():
    """`First` … `Fourth` over `Quarter` ×4, then `2020`: the year closes the names (it spans
    them), not a leaf row of the last four cells (`Quarter` `Quarter` `Quarter` `2020`)."""
    columns, _, _ = header_to_columns(
        toks("First", "Second", "Third", "Fourth", "Quarter", "Quarter", "Quarter", "Quarter", "2020"), 4)
    assert columns == ["First Quarter 2020", "Second Quarter 2020", "Third Quarter 2020", "Fourth Quarter 2020"]
    columns, _, _ = header_to_columns(toks("Three Months Ended", "2025", "2024", "$ Change", "% Change"), 4)
    assert columns[2:] == ["Three Months Ended $ Change", "Three Months Ended % Change"]


def test_one_name_more_than_columns_under_a_scale_note_is_a_wrapped_name():
    """`(MILLIONS OF DOLLARS)` names the stub; then four names over three columns, one of them a
    qualifier of the name before (`Higher/(Lower)`): that name wrapped, not a stub header. With
    no such line (`2011 Quarter` `First` … `Fourth`), the first name is the stub's."""
    columns, _, note = header_to_columns(toks("2017", "(MILLIONS OF DOLLARS)", "As Previously Reported",
                                              "Effect of Change", "Higher/(Lower)", "As Restated"), 3)
    assert columns == ["2017 As Previously Reported", "2017 Effect of Change Higher/(Lower)", "2017 As Restated"]
    assert note == "(MILLIONS OF DOLLARS)"
    columns, _, _ = header_to_columns(toks("(in thousands)", "2011 Quarter", "First", "Second", "Third", "Fourth"), 4)
    assert columns == ["First", "Second", "Third", "Fourth"]


def test_wrapped_names_read_shares_as_a_name_and_end_on_a_lone_total():
    """`Common Stock` `Shares` … `Treasury` `Stock` `Total` over six columns: `Shares` is a
    name's word here, not a row of units, and `Total` closing the header is a name of its own
    (an opener like `Total` costs only where a name could follow it)."""
    lines = ["Common Stock", "Shares", "Common Stock", "Amount", "Additional Paid-In Capital", "Accumulated",
             "Deficit", "Treasury", "Stock", "Total"]
    columns, _, _ = header_to_columns(toks(*lines), 6)
    assert columns == ["Common Stock Shares", "Common Stock Amount", "Additional Paid-In Capital",
                       "Accumulated Deficit", "Treasury Stock", "Total"]


def test_shares_and_amount_under_a_group_name_stay_a_row_of_their_own():
    """One name more than the columns: `Shares` is not taken for a wrapped name's word there."""
    from refold.header import shares_among_wrapped_names

    texts = toks("Common Stock", "Paid-in Capital", "Retained Earnings", "Total", "Shares", "Amount")
    assert shares_among_wrapped_names(texts, 5) is texts


def test_unaudited_under_the_dates_qualifies_the_interim_column():
    """`(unaudited)` under `June 30, 2025` beside `December 31, 2024`: the interim column's (the
    latest year), not a row of its own and not every column's."""
    columns, read, _ = header_to_columns(toks("As of", "June 30, 2025", "December 31, 2024", "(unaudited)"), 2)
    assert columns == ["As of June 30, 2025 (unaudited)", "As of December 31, 2024"]
    assert ["(unaudited)"] in read


def test_one_name_more_than_columns_with_sub_names_is_a_group_over_them():
    """`Net Carrying Value` spans `Current` and `Long-Term`, the names after it one column each;
    `Common Stock Outstanding` spans `Shares` `Amount` (read as a unit alone, a name here);
    `Fair Value Measurements Using` spans `Level 1` … `Level 3`, and `Fair Value` after the
    levels stands under no group. Without a run of sub-names the first name is still the
    stub's header."""
    columns, _, _ = header_to_columns(toks("Net Carrying Value", "Unpaid Principal Balance", "Contractual Interest Rates",
                                           "Current", "Long-Term"), 4)
    assert columns == ["Net Carrying Value Current", "Net Carrying Value Long-Term", "Unpaid Principal Balance",
                       "Contractual Interest Rates"]
    columns, _, _ = header_to_columns(toks("Common Stock Outstanding", "Retained Earnings", "Total", "Shares", "Amount"), 4)
    assert columns == ["Common Stock Outstanding Shares", "Common Stock Outstanding Amount", "Retained Earnings", "Total"]
    columns, _, _ = header_to_columns(toks("Fair Value Measurements Using", "Level 1", "Level 2", "Level 3", "Fair Value"), 4)
    assert columns == ["Fair Value Measurements Using Level 1", "Fair Value Measurements Using Level 2",
                       "Fair Value Measurements Using Level 3", "Fair Value"]
    columns, _, _ = header_to_columns(toks("Segment", "Net sales", "Operating income", "Total assets"), 3)
    assert columns == ["Net sales", "Operating income", "Total assets"]


def test_shares_and_amount_stand_under_the_common_stock_after_a_period():
    """An equity statement's header: the period over every column, the components' names, then
    `Shares` `Amount` under `Common Stock` (wherever it stands among the names: not under
    `Redeemable Noncontrolling Interests` before it)."""
    period = Token("Three Months Ended June 30, 2025", Kind.PERIOD, Span(0, 0))
    names = ("Redeemable Noncontrolling Interests", "Common Stock", "Additional Paid-In Capital", "Total Equity")
    columns, _, _ = header_to_columns([period, *toks(*names, "Shares", "Amount")], 5)
    assert columns == [f"Three Months Ended June 30, 2025 {name}" for name in (
        "Redeemable Noncontrolling Interests", "Common Stock Shares", "Common Stock Amount",
        "Additional Paid-In Capital", "Total Equity")]
    columns, _, _ = header_to_columns(toks("Preferred Stock", "Common Stock", "Total", "Shares", "Amount"), 4)
    assert columns == ["Preferred Stock", "Common Stock Shares", "Common Stock Amount", "Total"]


def test_each_columns_cell_written_whole_before_the_next_is_one_name():
    """`Year Ended` `December 31,` `2022` then `Year Ended` `December 31,` `2021`: a cell's lines,
    column after column, are one name each; stacked row by row they read the same."""
    columns, _, _ = header_to_columns(toks("Year Ended", "December 31,", "2022", "Year Ended", "December 31,", "2021"), 2)
    assert columns == ["Year Ended December 31, 2022", "Year Ended December 31, 2021"]
    columns, _, _ = header_to_columns(toks("Nine Months Ended", "Nine Months Ended", "September 30,", "September 30,",
                                           "2020", "2019"), 2)
    assert columns == ["Nine Months Ended September 30, 2020", "Nine Months Ended September 30, 2019"]


def test_a_text_between_the_day_and_the_years_is_the_stubs_label():
    """`December 31,` over the years, `Property and equipment, net` on the years' row in the
    stub: the table's caption, not a level of every column's name."""
    from refold.header import header_levels

    columns, _, _, _, caption = header_levels(toks("December 31,", "Property and equipment, net", "2023", "2022"), 2)
    assert columns == ["December 31, 2023", "December 31, 2022"] and caption == "Property and equipment, net"


def test_a_text_columns_name_before_the_years_under_periods():
    """`Three Months Ended …` `Nine Months Ended …` then `Statement of Operations Line Item` then
    four years over five columns: the first column is the texts' (named), the periods each over
    two years."""
    periods = [Token(p, Kind.PERIOD, Span(1, 1)) for p in ("Three Months Ended September 30,", "Nine Months Ended September 30,")]
    columns, _, _ = header_to_columns([*periods, *toks("Statement of Operations Line Item", "2020", "2019", "2020", "2019")], 5)
    assert columns == ["Statement of Operations Line Item", "Three Months Ended September 30, 2020",
                       "Three Months Ended September 30, 2019", "Nine Months Ended September 30, 2020",
                       "Nine Months Ended September 30, 2019"]


def test_group_names_over_runs_and_names_wrapped_onto_the_row_under_them():
    """An equity statement's two rows of names: `Common Stock, …` and `Treasury Stock, …` each
    over `Shares` `$`, `Additional Paid-In` and `Accumulated` wrapped onto `Capital` and `Deficit`,
    `Total` alone under nothing. A `Shares` left without its run, or a sub-name above, is no such
    header (names wrapped a line each)."""
    upper = ("Common Stock, $0.001 Par Value", "Treasury Stock, $0.001 Par Value", "Additional Paid-In",
             "Accumulated")
    lower = ("Shares", "$", "Shares", "$", "Capital", "Deficit", "Total")
    texts = [*toks(*upper), *(Token(t, Kind.SYMBOL if t == "$" else Kind.TEXT, Span(2, 2)) for t in lower)]
    columns, _, _ = header_to_columns(texts, 7)
    assert columns == ["Common Stock, $0.001 Par Value Shares", "Common Stock, $0.001 Par Value $",
                       "Treasury Stock, $0.001 Par Value Shares", "Treasury Stock, $0.001 Par Value $",
                       "Additional Paid-In Capital", "Accumulated Deficit", "Total"]
    assert groups_over_runs(toks("Common", "Stock", "Paid-In", "Shares", "Amount", "Capital", "Shares"), 5) is None
    assert groups_over_runs(toks("Shares", "Capital", "Current", "Long-Term", "Total"), 3) is None


def test_a_name_ending_as_of_heads_the_date_and_the_next_name_the_names_after_it():
    """`Balance as of` and `Basis of Fair Value Measurements` over `June 30, 2014` `Level 1`
    `Level 2` `Level 3`: two names, two runs (a date, then names), each name over its run; not an
    even spread that puts `Balance as of` over `Level 1`."""
    columns, _, _ = header_to_columns(toks("Balance as of", "Basis of Fair Value Measurements", "June 30, 2014",
                                           "Level 1", "Level 2", "Level 3"), 4)
    assert columns == ["Balance as of June 30, 2014", "Basis of Fair Value Measurements Level 1",
                       "Basis of Fair Value Measurements Level 2", "Basis of Fair Value Measurements Level 3"]
    leaves = ["Level 1", "Level 2", "June 30, 2014", "Total"]
    assert over_kind_runs(["Fair Value", "As of", "Other"], leaves, 4) is None  # `as of` over names
    assert over_kind_runs(["Assets", "Fair Value"], ["June 30, 2014", "Level 1", "Level 2", "Level 3"], 4) is None


def test_group_names_head_the_runs_of_dates_not_the_names_between():
    """`Principal Amount at Par` and `Level 2 Fair Value as of`, each over two dates with
    `Issuance Date` and `Maturity` between the runs: those two stand under no group; `As of` heads
    the dates, not `Estimated Useful Lives`. Periods are left to the even spread (`Three Months
    Ended` heads its `$ Change` in some filings, not in others)."""
    dates = ("June 30, 2025", "December 31, 2024")
    columns, _, _ = header_to_columns(toks("Principal Amount at Par", "Level 2 Fair Value as of", *dates,
                                           "Issuance Date", "Maturity", *dates), 6)
    assert columns == ["Principal Amount at Par June 30, 2025", "Principal Amount at Par December 31, 2024",
                       "Issuance Date", "Maturity", "Level 2 Fair Value as of June 30, 2025",
                       "Level 2 Fair Value as of December 31, 2024"]
    columns, _, _ = header_to_columns(toks("As of", *dates, "Estimated Useful Lives"), 3)
    assert columns == ["As of June 30, 2025", "As of December 31, 2024", "Estimated Useful Lives"]
    assert over_date_runs(["Three Months Ended", "Six Months Ended"],
                          ["2025", "2024", "$ Change", "2025", "2024", "$ Change"], 6) is None


def test_a_name_over_every_sub_name_and_no_other_is_no_group():
    """`Preferred Stock` over `Shares` `Amount` and nothing else spans every column: a caption or
    the stub's header as much as a group, so the group rule leaves it to the other rules."""
    assert group_over_sub_names(toks("Preferred Stock", "Shares", "Amount"), 2) is None
    assert group_over_sub_names(toks("Assets", "Level 1", "Level 2", "Level 3"), 3) is None


def test_a_label_ending_in_a_colon_after_the_dates_is_the_stubs_caption():
    """`Jul 27, 2025` `Jan 26, 2025` then `Inventories:` and `(In millions)` in the stub's cells
    under them: the columns are the dates; `Inventories:` names the table (its caption), and stays
    among the header rows as read."""
    from refold.header import header_levels

    columns, read, note, _levels, caption = header_levels(
        toks("Jul 27, 2025", "Jan 26, 2025", "Inventories:", "(In millions)"), 2)
    assert columns == ["Jul 27, 2025", "Jan 26, 2025"]
    assert caption == "Inventories:" and note == "(In millions)"
    assert ["Inventories:"] in read


def test_a_stub_label_before_wrapped_names_is_kept_apart_from_them():
    """`Consolidated Statement of Operations:` just before names wrapped one line a cell: the
    stub's label, not a name's first line, and still among the header's cells."""
    columns, read, _ = header_to_columns(toks("Three Months Ended June 30, 2024", "Statement of Operations:",
                                              "As Previously", "Reported", "", "As Adjusted", ""), 2)
    assert columns == ["Three Months Ended June 30, 2024 As Previously Reported", "Three Months Ended June 30, 2024 As Adjusted"]
    assert any("Statement of Operations:" in row for row in read)


def test_a_period_and_a_name_over_dates_and_the_names_they_share():
    """`Three Months Ended` `Change` over `June 30, 2025` `June 30, 2024` `Q2'25 vs. Q2'24` and four
    columns: the period spans the dates, `Change` the two columns after them (an amount and a
    percent) with the comparison under both. A long caption after the period spans nothing."""
    columns, _, _ = header_to_columns(toks("Three Months Ended", "Change", "June 30,\n2025", "June 30,\n2024",
                                           "Q2'25 vs. Q2'24"), 4)
    assert columns == ["Three Months Ended June 30, 2025", "Three Months Ended June 30, 2024",
                       "Change Q2'25 vs. Q2'24", "Change Q2'25 vs. Q2'24"]
    from refold.header import period_and_name_over_leaves
    assert period_and_name_over_leaves(toks("Three Months Ended March 31", "COMPARISONS AS A PERCENTAGE OF NET SALES",
                                            "2025", "2024", "Basis Pt Chg", "Other"), 4) is None


def test_two_periods_over_three_years_the_first_spans_two():
    """`December 31,` `June 30,` over `2018` `2019` `2020` and `(unaudited)`: the years a filing
    compares under the first period, the interim year under the second (not a third column under
    none); four quarters' names over five columns still stand from the first (`Year` last)."""
    columns, _, _ = header_to_columns(toks("December 31,", "June 30,", "2018", "2019", "2020", "(unaudited)"), 3)
    assert columns == ["December 31, 2018", "December 31, 2019", "June 30, 2020 (unaudited)"]
    columns, _, _ = header_to_columns(
        toks("First", "Second", "Third", "Fourth", "Quarter", "Quarter", "Quarter", "Quarter", "Year"), 5)
    assert columns[-1] == "Year" and columns[0] == "First Quarter"


def test_quarters_wrapped_one_line_a_word_over_a_year_and_a_caption_above_them():
    """`First` `Quarter` … `Fourth` `Quarter` `Fiscal Year` over five columns and `2018` under
    them all: the names regroup (`Quarter` closes a name), the year spans them; a long caption
    line before them is the table's caption, not a name's first line."""
    lines = ["First", "Quarter", "Second", "Quarter", "Third", "Quarter", "Fourth", "Quarter", "Fiscal Year", "2018"]
    names = ["First Quarter 2018", "Second Quarter 2018", "Third Quarter 2018", "Fourth Quarter 2018", "Fiscal Year 2018"]
    columns, _, _ = header_to_columns(toks(*lines), 5)
    assert columns == names
    from refold.header import header_levels
    columns, read, _, _, caption = header_levels(toks("Selected Quarterly Financial Data (Unaudited)", *lines), 5)
    assert columns == names and caption == "Selected Quarterly Financial Data (Unaudited)"
    assert "Selected Quarterly Financial Data (Unaudited)" in read[0]


def test_lines_stacked_row_by_row_are_placed_by_their_place_in_the_row():
    """`Weighted` / `Average` / `Exercise` / `Shares` ␣ `Price` under `June 30, 2014`, each header
    row its own cells (empty ones kept): a line's place in its row tells its column. Lines side by
    side (a crawl that dropped the empty cells) give nothing to place them by."""
    from refold.header import stacked_by_position

    def empties(k):
        return [""] * k

    tail = [*empties(6), "Weighted", *empties(6), "Average", *empties(6), "Exercise", *empties(3), "Shares",
            *empties(2), "Price", ""]
    assert stacked_by_position(toks(*tail), 2) == ["Shares", "Weighted Average Exercise Price"]
    columns, _, _ = header_to_columns(toks("", "", "June 30, 2014", *tail), 2)
    assert columns == ["June 30, 2014 Shares", "June 30, 2014 Weighted Average Exercise Price"]
    assert stacked_by_position(toks("Weighted", "Average", "Exercise", "Shares", "Price"), 2) is None


def test_lines_stacked_row_by_row_beside_the_stubs_cells_are_placed_by_their_place():
    """A bank's aging table, each header row its own cells (empty ones kept), the rows' first
    cell the stub's: `(In thousands)` on the second row, `2012` on the last, beside `30-59` /
    `Days` / `Past Due` and `Recorded` / `Investment` / `> 90 Days` / `and Accruing`. Each line's
    place tells its column; the stub's year stands over every column, its unit is the note."""
    def row(stub, *names):  # the stub and a spacer, then each name over `$` and its value, a spacer
        return [stub, "", *(cell for name in names for cell in (name, "", ""))][:-1]

    header = [*row("", "", "", "Recorded"), *row("(In thousands)", "30-59", "", "Investment"),
              *row("", "Days", "Total", "> 90 Days"), *row("2012", "Past Due", "Past Due", "and Accruing")]
    columns, _, note, _, _ = header_levels(toks(*header), 3)
    assert columns == ["2012 30-59 Days Past Due", "2012 Total Past Due",
                       "2012 Recorded Investment > 90 Days and Accruing"]
    assert note == "(In thousands)"


def test_names_over_groups_each_over_the_same_run_of_names():
    """A goodwill roll-forward by reporting unit: `U.S. Markets` `International Markets`
    `Consolidated Goodwill`, the stub's `(In millions)`, then `Gross Carrying Amount`
    `Accumulated Impairment Losses` `Net Carrying Amount` under each: each upper name spans its
    run of three columns. Lower names that do not repeat one run exactly get no groups so."""
    run = ["Gross Carrying Amount", "Accumulated Impairment Losses", "Net Carrying Amount"]
    units = ["U.S. Markets", "International Markets", "Consolidated Goodwill"]
    columns, _, note, _, _ = header_levels(toks(*units, "(In millions)", *run * 3), 9)
    assert columns == [f"{unit} {name}" for unit in units for name in run] and note == "(In millions)"
    from refold.header import groups_over_repeats
    assert groups_over_repeats(toks(*units, *run, *run, "Total", "Net", "Gross"), 9) is None


def test_periods_never_head_one_date_twice():
    """`Quarters Ended` `Year Ended` over four quarter ends and the year's end, December 31 twice:
    spreading the periods unevenly (three and two) would put that date twice under `Year Ended`;
    the quarters end before it comes again. Spreading that heads no date twice stands."""
    dates = ["March 31, 2020", "June 30, 2020", "September 30, 2020", "December 31, 2020", "December 31, 2020"]
    columns, _, _ = header_to_columns(toks("Quarters Ended", "Year Ended", *dates), 5)
    assert columns == [f"Quarters Ended {d}" for d in dates[:4]] + ["Year Ended December 31, 2020"]
    columns, _, _ = header_to_columns(toks("Three Months Ended", "Six Months Ended", "June 30, 2020",
                                           "June 30, 2019", "June 30, 2020"), 3)
    assert columns[:2] == ["Three Months Ended June 30, 2020", "Three Months Ended June 30, 2019"]


def test_lines_stacked_row_by_row_a_cell_off_their_places_under_two_periods():
    """An AOCI roll-forward under two years: `Cumulative` / `Unrecognized` ␣ `Translation` /
    `Benefit Cost` ␣ `Adjustment` ␣ `Total` under each, the upper rows' merged cells putting
    their lines a cell off the last row's places. Each line stands over the name it is nearest
    to, the same line over the same name under both years; where the last row repeats no run of
    names (no two periods side by side), no such loose reading."""
    from refold.header import stacked_by_position

    placed = {13: "Cumulative", 24: "Cumulative", 32: "Unrecognized", 35: "Translation", 42: "Unrecognized",
              45: "Translation", 53: "Benefit Cost", 56: "Adjustment", 59: "Total", 62: "Benefit Cost",
              65: "Adjustment", 68: "Total"}
    tail = [placed.get(k, "") for k in range(69)]
    names = ["Unrecognized Benefit Cost", "Cumulative Translation Adjustment", "Total"]
    assert stacked_by_position(toks(*tail), 6) == names * 2
    once = [placed.get(k, "") if k < 62 else "" for k in range(69)]
    once[62], once[65], once[68] = "Other", "Net", "Total"
    assert stacked_by_position(toks(*once), 6) is None


def test_a_notes_number_and_title_opening_the_header_are_its_caption():
    """`20.` and `Unaudited Quarterly Financial Data` before `Year 2012` and the quarters: the
    note's heading (the block's table begins with it) is the table's caption, no column's name."""
    from refold.header import header_levels

    columns, _, _, _, caption = header_levels(
        toks("20.", "Unaudited Quarterly Financial Data", "Year 2012", "First Quarter", "Second Quarter"), 2)
    assert columns == ["First Quarter", "Second Quarter"]
    assert caption == "20. Unaudited Quarterly Financial Data"


def test_a_notes_number_alone_over_the_years_is_no_columns_name():
    """`Note 9.` then its title and lead-in in one cell (a sentence), then `2011` `2010`: the
    note's number names no column; the years do."""
    from refold.header import header_levels

    columns, _, _, _, caption = header_levels(
        toks("Note 9.", "Accrued Liabilities Components of accrued liabilities are as follows:", "2011", "2010",
             "(In thousands)"), 2)
    assert columns == ["2011", "2010"]
    assert caption == "Accrued Liabilities Components of accrued liabilities are as follows:"


def test_dates_over_names_repeated_at_the_end_head_their_runs():
    """`September 30, 2024` `December 31, 2023` over a useful life's name, then `Gross Carrying
    Amount` `Accumulated Amortization` `Net Carrying Value` twice: each date heads its run, the
    first name stands under none; a table's number and title opening the header is its caption."""
    names = ["Estimated Useful Life", *["Gross Carrying Amount", "Accumulated Amortization", "Net Carrying Value"] * 2]
    columns, _, _, _, caption = header_levels(
        toks("Table 8.1: Details of Intangible Assets, Net", "September 30, 2024", "December 31, 2023", *names), 7)
    assert columns == ["Estimated Useful Life", *(f"{date} {name}" for date in ("September 30, 2024", "December 31, 2023")
                                                  for name in names[1:4])]
    assert caption == "Table 8.1: Details of Intangible Assets, Net"


def test_names_off_one_line_one_more_than_the_columns_are_the_stubs_and_the_columns():
    """A whitespace-rows crawl writes a header row a line: `Year Ending` `Term Loan` `Revolving
    Facility` `Total` all off one line over three columns is one row, the first name the stub's
    (its caption), no group over the others; written a cell a line, the first name reads as a
    name over the others, as before."""
    from refold.header import header_levels

    one_line = [Token(t, classify(t), Span(7, 7)) for t in ("Year Ending", "Term Loan", "Revolving Facility", "Total")]
    columns, _, _, _, caption = header_levels(one_line, 3)
    assert (columns, caption) == (["Term Loan", "Revolving Facility", "Total"], "Year Ending")
    columns, *_ = header_levels(toks("Year Ending", "Term Loan", "Revolving Facility", "Total"), 3)
    assert columns[0] == "Year Ending Term Loan"  # a cell a line: a name over the others, as before


def test_the_first_cell_before_names_that_split_the_dates_evenly_is_the_stubs_caption():
    """`Schedule of judicial deposits` `Tax` `Labor` `Civil, commercial and other` `Total` over
    eight dates: four names two dates each; the first text, in the stub, names the table."""
    dates = ("12.31.23", "12.31.22") * 4
    columns, _, _, _, caption = header_levels(toks("Schedule of judicial deposits", "Tax", "Labor",
                                                   "Civil, commercial and other", "Total", *dates), 8)
    assert columns == ["Tax 12.31.23", "Tax 12.31.22", "Labor 12.31.23", "Labor 12.31.22",
                       "Civil, commercial and other 12.31.23", "Civil, commercial and other 12.31.22",
                       "Total 12.31.23", "Total 12.31.22"]
    assert caption == "Schedule of judicial deposits"


def test_a_text_columns_name_beside_the_dates_is_one_row_of_names():
    """`Balance Sheet Line Item` then `March 31, 2020` `December 31, 2019` over three columns: a
    column of texts named first, a date over each other column; `Fair value` over two dates of
    two columns is their group, no name of its own."""
    from refold.header import name_beside_dates

    texts = [Token("Balance Sheet Line Item", Kind.TEXT, Span(1, 1)), Token("March 31, 2020", Kind.DATE, Span(2, 2)),
             Token("December 31, 2019", Kind.DATE, Span(3, 3))]
    assert name_beside_dates(texts, 3) == [["Balance Sheet Line Item", "March 31, 2020", "December 31, 2019"]]
    assert name_beside_dates(texts, 2) is None


def test_a_tables_xbrl_labels_over_its_years_are_its_caption():
    """`Schedule of Effective Income Tax Rate Reconciliation` and `Income Taxes (Details 2)` (the
    XBRL table's label and its details page's) over `2021` `2020`: the caption, no columns' names."""
    tokens = [Token("Schedule of Effective Income Tax Rate Reconciliation", Kind.TEXT, Span(1, 1)),
              Token("Income Taxes (Details 2)", Kind.TEXT, Span(2, 2)), Token("2021", Kind.YEAR, Span(3, 3)),
              Token("2020", Kind.YEAR, Span(3, 3))]
    columns, _, _, _, caption = header_levels(tokens, 2)
    assert columns == ["2021", "2020"]
    assert caption == "Schedule of Effective Income Tax Rate Reconciliation Income Taxes (Details 2)"


def test_texts_before_a_period_over_every_column_are_the_stubs_then_a_group():
    """`Hedging Instruments and Hedged Items` `Financial Statement Line Item Impacted` `Gain (Loss)
    Recognized in Income` then `Three Months Ended` over two dates: the last text is a group over
    both columns, as the period is; the two before it name the label columns (the caption). Two
    texts over four dates are two groups of two (`Pension Plans`, `Other Postretirement …`)."""
    columns, _, _, _, caption = header_levels(toks(
        "Hedging Instruments and Hedged Items", "Financial Statement Line Item Impacted",
        "Gain (Loss) Recognized in Income", "Three Months Ended", "June 27, 2025", "June 28, 2024"), 2)
    assert columns == ["Gain (Loss) Recognized in Income Three Months Ended June 27, 2025",
                       "Gain (Loss) Recognized in Income Three Months Ended June 28, 2024"]
    assert caption == "Hedging Instruments and Hedged Items Financial Statement Line Item Impacted"
    columns, _, _, _, _ = header_levels(toks(
        "Pension Plans", "Other Benefit Plans", "Three Months Ended", "June 27, 2025", "June 28, 2024",
        "June 27, 2025", "June 28, 2024"), 4)
    assert [c.split(" Three")[0] for c in columns] == ["Pension Plans", "Pension Plans", "Other Benefit Plans",
                                                      "Other Benefit Plans"]


def test_a_lower_rows_names_before_a_group_stand_before_its_columns():
    """`Gross Unrealized` (over `Gains` `Losses`) `Estimated Fair Value` (both rows), then the lower
    row `Cost` `Gains` `Losses`, a cell a line with no spacers: the one empty cell (the lower
    row's stub) tells `Cost` is the lower row's first name, before the group's columns."""
    cells = ["Gross Unrealized", "Estimated Fair Value", "", "Cost", "Gains", "Losses"]
    tokens = [Token(t, classify(t) if t else Kind.EMPTY, Span(k + 1, k + 1)) for k, t in enumerate(cells)]
    columns, _, _ = header_to_columns(tokens, 4)
    assert columns == ["Cost", "Gross Unrealized Gains", "Gross Unrealized Losses", "Estimated Fair Value"]


def test_a_period_over_dates_then_names_of_their_own_columns():
    """`Three Months Ended` `Quarter-over-Quarter Change` `Year-over-Year Change` over `Jul 27, 2025`
    `Apr 27, 2025` `Jul 28, 2024`: the period heads the three dates' columns, the two names the
    last two (their cells span both header rows)."""
    columns, _, _ = header_to_columns(toks("Three Months Ended", "Quarter-over-Quarter Change", "Year-over-Year Change",
                                           "Jul 27, 2025", "Apr 27, 2025", "Jul 28, 2024"), 5)
    assert columns == ["Three Months Ended Jul 27, 2025", "Three Months Ended Apr 27, 2025",
                       "Three Months Ended Jul 28, 2024", "Quarter-over-Quarter Change", "Year-over-Year Change"]
    # one name that is no change may head a column of texts before the dates (corpus page 9)
    columns, _, _ = header_to_columns(toks("Three Months Ended March 31,", "Statement of Operations Line Item",
                                           "2020", "2019"), 3)
    assert columns[0] == "Statement of Operations Line Item"


def test_a_text_written_straight_before_the_years_is_the_stubs_label():
    """A header's spacer cells, then `|Weighted-average assumptions` `|2025` `|` `|2024` `|`: a text
    with no empty cell before the first year, where empty cells part the years, shares their row:
    the stub's label, no group over the years."""
    def tokens(*cells):
        return [Token(t, classify(t) if t else Kind.EMPTY, Span(k + 1, k + 1)) for k, t in enumerate(cells)]
    columns, _, _, _, caption = header_levels(tokens(*[""] * 8, "Weighted-average assumptions", "2025", "", "2024", ""), 2)
    assert columns == ["2025", "2024"] and caption == "Weighted-average assumptions"


def test_a_name_over_the_columns_names_when_a_scale_note_below_them_names_the_stub():
    """`Change` then `Three Months` `Six Months`, then `(in thousands)` in the stub's place of the
    row below: one text more than the columns, the stub named by the note, so the first text
    stands over every column; with no note below the names it names the stub, as does a name of
    the rows' own (`Period` over a repurchase table's rows, the rows' year `2011 Quarter` over
    `First` … `Fourth`), and a name's first line wrapped before a one-word line among longer
    names is no group."""
    note = "(in thousands, except share and per share amounts)"
    columns, _, _ = header_to_columns(toks("Change", "Three Months", "Six Months", note), 2)
    assert columns == ["Change Three Months", "Change Six Months"]
    columns, _, _ = header_to_columns(toks("2011 Quarter", "First", "Second", "Third", "Fourth", note), 4)
    assert columns == ["First", "Second", "Third", "Fourth"]
    columns, _, _ = header_to_columns(toks(note, "Quarter", "Net Sales", "Gross Profit", "Net Earnings"), 3)
    assert columns == ["Net Sales", "Gross Profit", "Net Earnings"]
    columns, _, _ = header_to_columns(toks("Period", "Total Number of Shares Purchased", "Average Price Paid per Share",
                                           "(In millions)"), 2)
    assert columns == ["Total Number of Shares Purchased", "Average Price Paid per Share"]
    columns, _, _ = header_to_columns(toks("Foreign Currency Translation", "Adjustments", "Net Investment Hedge Gains",
                                           "Tax (Expense) Benefit", "Total", "(in thousands)"), 4)
    assert columns[1:] == ["Net Investment Hedge Gains", "Tax (Expense) Benefit", "Total"]
