"""placement.py: where a details page dropped empty cells, the columns' meaning and the page's
sums decide which columns a row's values are in."""

import refold
from refold.model import Row
from refold.placement import (
    flows_in_duration_columns, quarters_add_to_years, refine_placements, spread_over_periods, spread_over_years, translations_pair_up,
    like_the_settled_rows, values_in_their_kinds, values_in_their_unit_columns,
)

QUARTERS = ("3 Months Ended Mar. 31, 2020", "3 Months Ended Mar. 31, 2019", "Dec. 31, 2019")


def test_rollforward_rows_leave_the_instant_column():
    rows = [Row("Changes in the warranty liability [Roll Forward]", ("", "", ""), "section"),
            Row("Balance, beginning of period", ("$ 226", "", "$ 163")),
            Row("Reduction of warranty reserve", ("(19)", "", "(25)")),
            Row("Balance, end of period", ("207", "", "138")),
            Row("Reserve for liquidated damages", ("$ 0", "", "$ 0"))]
    placed = flows_in_duration_columns(rows, {1, 2, 3, 4}, QUARTERS)
    assert [r.cells for r in placed[1:4]] == [("$ 226", "$ 163", ""), ("(19)", "(25)", ""), ("207", "138", "")]
    assert placed[4].cells == ("$ 0", "", "$ 0")  # not a roll-forward row: an instant may sit at Dec. 31


def test_a_flow_leaves_the_instant_column_a_balance_stays():
    """`Total Revenues` is a quarter's amount: two values go under the two `3 Months Ended`
    columns; `Total long-lived assets` (a balance) and `Accrued expenses` may sit at Dec. 31."""
    rows = [Row("Total Revenues", ("$ 482", "", "$ 444")), Row("Net cash used in operating activities", ("(71)", "", "(5)")),
            Row("Total long-lived assets", ("$ 621", "", "$ 616")), Row("Accrued expenses", ("3", "", "4"))]
    placed = flows_in_duration_columns(rows, {0, 1, 2, 3}, QUARTERS)
    assert [r.cells for r in placed] == [("$ 482", "$ 444", ""), ("(71)", "(5)", ""), ("$ 621", "", "$ 616"),
                                         ("3", "", "4")]


def test_a_rows_unit_picks_the_columns_that_carry_it():
    """`Number of countries | item` under columns whose units read `USD ($) item`, `USD ($) item`,
    `USD ($)`: its values go to the item columns; `| Segment` likewise; a label whose last part
    names a member, not a column's unit, stays."""
    columns = ("3 Months Ended Mar. 31, 2018 USD ($) item", "3 Months Ended Mar. 31, 2017 USD ($) item",
               "Dec. 31, 2017 USD ($)")
    rows = [Row("Number of countries | item", ("100", "", "100")), Row("Segments | Segment", ("", "", "3")),
            Row("Concentration | Customer A", ("5%", "", "6%"))]
    placed = values_in_their_unit_columns(rows, {0, 1, 2}, columns)
    assert [r.cells for r in placed] == [("100", "100", ""), ("", "", "3"), ("5%", "", "6%")]
    segments = ("3 Months Ended Jun. 30, 2024 USD ($)", "9 Months Ended Sep. 30, 2024 Segment",
                "12 Months Ended Dec. 31, 2023 Segment")
    rows = [Row("Number of Reportable Segments | Segment", ("3", "4", "")), Row("Gain on sale | $", ("", "$ 29", ""))]
    placed = values_in_their_unit_columns(rows, {0, 1}, segments)
    assert [r.cells for r in placed] == [("", "3", "4"), ("$ 29", "", "")]


def test_a_rows_whole_amounts_go_to_the_columns_of_whole_amounts():
    """Nvidia's debt table with empty cells dropped: `(34)` `(37)` under an expected term (`1.1`,
    `2.9`, `4.7`), a rate (`3.31%`) and two carrying values (`1,000`): the only columns with
    whole amounts take them. A percent says nothing of its column (a margin stands among
    amounts), and where two placements fit nothing moves."""
    rows = [Row(f"Notes due {y}", (t, r, c, c)) for y, t, r, c in
            [(2026, "1.1", "3.31%", "$ 1,000"), (2028, "2.9", "1.64%", "1,250"), (2030, "4.7", "2.93%", "1,500")]]
    rows += [Row("Unamortized debt discount", ("(34)", "(37)", "", "")), Row("Margin", ("30%", "", "", ""))]
    placed = values_in_their_kinds(rows, {3, 4}, 4)
    assert placed[3].cells == ("", "", "(34)", "(37)") and placed[4].cells == ("30%", "", "", "")
    one = rows[:3] + [Row("Other", ("7", "", "", ""))]
    assert values_in_their_kinds(one, {3}, 4)[3].cells == ("7", "", "", "")  # two carrying columns fit


TRANSLATED = ("12 Months Ended Dec. 31, 2021 CNY (¥)", "12 Months Ended Dec. 31, 2021 USD ($)",
              "12 Months Ended Dec. 31, 2020 CNY (¥)", "12 Months Ended Dec. 31, 2019 CNY (¥)")


def test_translated_column_fills_with_its_source():
    rows = [Row("Administrative expenses", ("(227,001)", "(35,622)", "(126,318)", "(117,169)")),
            Row("Other income", ("5,329", "836", "8,526", "13,297")),
            Row("Finance costs", ("15,250", "2,393", "22,703", "(9,221)")),
            Row("Loss on fair value changes", ("(2,823,370)", "(333,401)", "", "")),
            Row("Other loss", ("(26,542)", "", "", ""))]
    placed = translations_pair_up(rows, {3, 4}, TRANSLATED)
    assert placed[3].cells == ("", "", "(2,823,370)", "(333,401)")  # 333,401 is not 2,823,370 / 6.37
    assert placed[4].cells == ("", "", "(26,542)", "")  # alone: it cannot be the 2021 amount without US$
    assert placed[:3] == rows[:3]  # rows the text placed are never moved


def test_a_placement_that_fits_is_kept():
    rows = [Row("A", ("700", "100", "5", "6")), Row("B", ("1,400", "200", "7", "8")),
            Row("C", ("2,100", "300", "9", "1")), Row("D", ("3,500", "500", "", ""))]
    assert translations_pair_up(rows, {3}, TRANSLATED)[3].cells == ("3,500", "500", "", "")


def test_sums_decide_a_single_value():
    rows = [Row("A", ("1", "2")), Row("B", ("5", "")), Row("Total", ("1", "7"), "total")]
    assert refine_placements(rows, {1}, 2)[1].cells == ("", "5")


def test_sums_decide_a_sparse_row_of_two_values_and_a_single_one():
    """A tax reconciliation whose last row, every cell filled, totals the rows above: `(5) (5)`
    and `149` read from the first columns go where each column adds up (the second and fourth,
    and the third), the only such placement."""
    rows = [Row("Federal at statutory rate", ("(444)", "788", "353", "673")),
            Row("Dividends-received deduction", ("(6)", "(5)", "(12)", "(14)")),
            Row("Vested stock and club dues", ("(5)", "(5)", "", "")),
            Row("Parking disallowance", ("4", "4", "8", "8")),
            Row("Penalties and fines", ("149", "", "", "")),
            Row("Income tax expense (benefit)", ("(446)", "782", "498", "662"))]
    placed = refine_placements(rows, {2, 4}, 4)
    assert placed[2].cells == ("", "(5)", "", "(5)") and placed[4].cells == ("", "", "149", "")


def test_a_currency_sign_over_a_blank_amount_does_not_stop_the_sums():
    """`Within one year | $ 149 | $ 175 | $ 8 | $`: the last `$` stands over no amount; the rows
    still add up, so the guessed total and `After five years | 2,042 | 2,160` go where each
    column closes (the first two columns, not the second and fourth)."""
    rows = [Row("Within one year", ("$ 149", "$ 175", "$ 8", "$")),
            Row("After one year", ("150", "140", "9", "")),
            Row("After five years", ("", "2,042", "", "2,160")),
            Row("Total undiscounted cash flows", ("2,341", "2,475", "17", ""), "total")]
    placed = refine_placements(rows, {1, 2, 3}, 4)
    assert placed[2].cells == ("2,042", "2,160", "", "") and placed[3].cells == ("2,341", "2,475", "17", "")


def test_a_sections_total_of_its_one_row_goes_where_that_row_has_it():
    """`Recurring basis | Level 1`, `Cash equivalents | 46,093 | 72,617`, then `Total financial
    assets | 72,617` read into the first column: a total of one part, which only the second
    column equals."""
    rows = [Row("Recurring basis | Level 1", ("", ""), "section"), Row("Cash equivalents", ("46,093", "72,617")),
            Row("Total financial assets", ("72,617", ""), "total")]
    assert refine_placements(rows, {2}, 2)[2].cells == ("", "72,617")


# a crawled cash flow statement (pipe-prefix, its empty cells dropped): four periods, rows of one,
# two or three values among them, and the section's total whole
SPARSE_CASH_FLOWS = (
    '|\nCondensed Consolidated Statement of Cash Flows - USD ($)\n|3 Months Ended\n|12 Months Ended\n'
    '|\nMar. 31, 2021\n|\nMar. 31, 2020\n|\nDec. 31, 2020\n|\nDec. 31, 2019\n'
    '|CASH FLOWS FROM OPERATING ACTIVITIES:\n|Net Loss\n|$ (25,488,874)\n|$ (1,590,056)\n'
    '|$ (51,776,904)\n|$ (6,729,161)\n'
    '|Adjustments to reconcile net loss to net cash used in operating activities:\n'
    '|Depreciation expense\n|476\n|1,517\n|859\n|Stock-based compensation\n|371,698\n|88,803\n|730,405\n'
    '|433,910\n|Warrant expense\n|5,382,905\n|Gain on extinguishment of debt\n|(120,810)\n'
    '|Change in fair value of embedded put\n|27,160\n|27,160\n|162,866\n'
    '|Amortization of debt discount\n|16,454\n|16,475\n|130,433\n|Non-cash interest expense\n|5,181\n'
    '|24,460\n|65,103\n|167,979\n|Non-cash consulting expense\n|499,994\n|Non-cash settlement expense\n'
    '|21,365,641\n|39,486,139\n|Loss on conversion of notes payable\n|306,641\n|306,641\n'
    '|Loss on common stock issued to settle accounts payable\n|41,617\n'
    '|Changes in operating assets and liabilities:\n|Accounts receivable\n|831,390\n|(831,390)\n'
    '|Prepaid expenses and other assets\n|(49,738)\n|(142,788)\n|(44,937)\n|Accounts payable\n'
    '|1,229,401\n|298,528\n|1,183,143\n|(52,181)\n|Accrued expenses and other liabilities\n'
    '|(1,158,175)\n|(4,647)\n|3,243,610\n|(112,087)\n|Net cash used in operating activities\n'
    '|(3,013,810)\n|(832,657)\n|(2,266,367)\n|(5,542,325)\n|CASH FLOWS FROM INVESTING ACTIVITIES\n'
    '|Purchase of computer equipment\n|(1,501)\n|(3,552)\n|Net cash used in investing activities\n'
    '|(1,501)\n|(3,552)\n|CASH FLOWS FROM FINANCING ACTIVITIES\n|Proceeds from notes payable\n'
    '|619,842\n|Proceeds from issuance of series B-2 Preferred stock\n|50,004\n|50,004\n'
    '|Proceeds from issuance of Common stock, net of transaction costs\n|14,426,876\n|176,990\n'
    '|2,579,114\n|5,802,002\n|Net cash provided by financing activities\n|14,426,876\n|226,994\n'
    '|3,248,960\n|5,802,002\n|Net increase in cash\n|11,413,066\n|(605,663)\n|981,092\n|256,125\n'
    '|Cash at beginning of year\n|1,858,513\n|877,421\n|877,421\n|621,296\n|Cash at end of year\n'
    '|13,271,579\n|$ 271,758\n|1,858,513\n|877,421\n'
)


def test_a_cash_flow_sections_sparse_rows_go_where_every_period_adds_up():
    """Eleven guessed rows of one to three values under four periods: too many placements to try
    one by one, but a search that cuts where a period can no longer add up finds the one way
    every period's operating cash flow closes. `Net increase in cash`, the sections' totals
    summed, places the investing total, which then places its one row (a second pass)."""
    from refold.amounts import amount

    rows = refold.parse(SPARSE_CASH_FLOWS).tables[0].rows
    labels = [r.label for r in rows]
    first, total = labels.index("Net Loss"), labels.index("Net cash used in operating activities")
    for c in range(4):
        parts = sum((amount(r.cells[c]) or 0) for r in rows[first:total] if r.cells[c])
        assert parts == amount(rows[total].cells[c]), (c, parts)
    assert rows[labels.index("Warrant expense")].cells == ("", "", "5,382,905", "")
    assert rows[labels.index("Purchase of computer equipment")].cells == ("", "", "(1,501)", "(3,552)")
    assert rows[labels.index("Net cash used in investing activities")].cells == ("", "", "(1,501)", "(3,552)")


def test_cover_page_shares_outstanding_and_public_float_sit_at_their_dates():
    """A 10-K cover: the period's facts, shares outstanding at the latest date, the public float
    at the second quarter's end."""
    columns = ("12 Months Ended Dec. 31, 2020", "Feb. 19, 2021", "Jun. 30, 2020")
    rows = [Row("Entity Registrant Name", ("Acme Corp", "", "")),
            Row("Entity Public Float", ("$ 1,200,000", "", "")),
            Row("Entity Common Stock, Shares Outstanding", ("42,403,000", "", "")),
            Row("Amendment Flag", ("false", "", ""))]
    placed = refine_placements(rows, {0, 1, 2, 3}, 3, columns)
    assert [r.cells for r in placed] == [("Acme Corp", "", ""), ("", "", "$ 1,200,000"),
                                         ("", "42,403,000", ""), ("false", "", "")]


def test_a_members_repeated_amount_takes_the_column_it_was_placed_in():
    """`U.S. mid cap growth` shows 285 in the second year (the sums placed it); the Level 1
    breakdown repeats it for the same member, where the sums cannot settle it (the page is cut
    off before the breakdown's last members): the same fact, the same column."""
    columns = ("Dec. 31, 2011", "Dec. 31, 2010")
    rows = [Row("Fair value of plan assets", ("$ 3,000", "$ 462")),
            Row("Money market fund", ("", ""), "section"), Row("Fair value of plan assets", ("3,000", "177")),
            Row("U.S. mid cap growth", ("", ""), "section"), Row("Fair value of plan assets", ("285", "")),
            Row("Level 1", ("", ""), "section"), Row("Fair value of plan assets", ("3,106", "2,155")),
            Row("Level 1 | Money market fund", ("", ""), "section"), Row("Fair value of plan assets", ("3,000", "177")),
            Row("Level 1 | U.S. mid cap growth", ("", ""), "section"), Row("Fair value of plan assets", ("285", ""))]
    placed = refine_placements(rows, {2, 4, 6, 8, 10}, 2, columns)
    assert placed[4].cells == ("", "285") and placed[10].cells == ("", "285")


def test_a_row_of_one_value_per_span_takes_each_spans_first_column():
    """A details page's two values under `3 Months Ended` and `12 Months Ended`: each span's
    current period. Dates under no span are each a span of their own: two values under a year's
    two columns and three event dates are the years' (`Common stock, shares issued` at each
    year's end), not the first year's and the first event's."""
    def page(spans, dates, values):
        return "\n".join(["|", "Equity (Details) - USD ($)", *(f"|{s}" for s in spans),
                          *(f"|\n{d}" for d in dates), "|Shares issued", *(f"|{v}" for v in values)])

    spans = refold.parse(page(["3 Months Ended", "12 Months Ended"],
                              ["Mar. 31, 2021", "Mar. 31, 2020", "Dec. 31, 2020", "Dec. 31, 2019"], ["5", "6"]))
    assert spans.tables[0].rows[0].cells == ("5", "", "6", "")
    dates = refold.parse(page(["12 Months Ended"], ["Dec. 31, 2021", "Dec. 31, 2020", "Nov. 30, 2021",
                                                    "Oct. 23, 2020", "Aug. 18, 2020"], ["8,842,026", "8,876,515"]))
    assert dates.tables[0].rows[0].cells == ("8,842,026", "8,876,515", "", "", "")


def test_a_sparse_row_takes_each_period_groups_first_columns():
    """Two periods over `2025`, `2024`, `$ Change`, `% Change` each; a row of four values read
    from the left (`Percentage of revenue` `14%` `13%` `14%` `13%`) has two per period: the
    periods' own columns, before the changes."""
    levels = tuple((period, name) for period in ("Three Months Ended June 30,", "Six Months Ended June 30,")
                   for name in ("2025", "2024", "$ Change", "% Change"))
    full = Row("Cost of revenue", ("106,670", "81,618", "25,052", "31%", "206,900", "162,342", "44,558", "27%"), "value")
    sparse = Row("Percentage of revenue", ("14%", "13%", "14%", "13%", "", "", "", ""), "value")
    rows = spread_over_periods([full, sparse], {1}, levels)
    assert rows[0] == full
    assert rows[1].cells == ("14%", "13%", "", "", "14%", "13%", "", "")


def test_change_columns_belong_to_the_period_before_them():
    """`Three Months Ended June 30,` over `2025` `2024`, then `Change` over `$` `%`, then the six
    months alike: the change columns are the period's group, not groups of their own; a row of
    four values takes each period's two years."""
    levels = tuple((outer, name) for period in ("Three Months Ended June 30,", "Six Months Ended June 30,")
                   for outer, name in ((period, "2025"), (period, "2024"), ("Change", "$"), ("Change", "%")))
    full = Row("Research and development", ("1,589", "1,074", "515", "48%", "2,998", "2,225", "773", "35%"), "value")
    sparse = Row("As a percentage of revenues", ("7%", "4%", "7%", "5%", "", "", "", ""), "value")
    rows = spread_over_periods([full, sparse], {1}, levels)
    assert rows[1].cells == ("7%", "4%", "", "", "7%", "5%", "", "")


def test_years_over_years_are_no_period_groups():
    """A loss triangle's accident years over development years are not periods to spread over."""
    levels = tuple((year, name) for year in ("2010", "2011") for name in ("12", "24", "36"))
    sparse = Row("2012", ("1", "2", "", "", "", ""), "value")
    assert spread_over_periods([sparse], {0}, levels) == [sparse]


def test_a_sparse_row_takes_the_year_columns_between_which_changes_stand():
    """`2024` `Actual` `Constant` `2023` (the percent changes between the years): a margin row of
    two percents is the two years', not the first two columns."""
    levels = tuple(("Three Months Ended August 31,", name) for name in ("2024", "Actual", "Constant", "2023"))
    full = Row("Total Operating Margin", ("3,991", "21%", "22%", "3,296"), "value")
    sparse = Row("Total Operating Margin %", ("30%", "26%", "", ""), "value")
    rows = spread_over_years([full, sparse], {1}, levels)
    assert rows == [full, Row("Total Operating Margin %", ("30%", "", "", "26%"), "value")]


def test_year_columns_do_not_move_a_triangles_rows_nor_years_read_off_the_first_column():
    """A loss triangle's accident year keeps its values from the left; a header whose first
    column is not a year's (a name over it, its spans lost) moves nothing."""
    triangle = tuple(("", name) for name in ("2012", "2013", "Total", "2010"))
    row = Row("2013", ("124,965", "175", "", ""), "value")
    assert spread_over_years([row], {0}, triangle) == [row]
    shifted = tuple(("", name) for name in ("Change", "June 30, 2025", "June 30, 2024", "Q2'25 vs. Q2'24"))
    row = Row("As a percentage of revenues", ("48%", "54%", "", ""), "value")
    assert spread_over_years([row], {0}, shifted) == [row]


def test_two_rows_under_one_label_fill_the_columns_between_them():
    """Apple's `Change in fair value of derivative instruments` written as two rows (two XBRL
    elements behind one label), each filling two of four periods, in a crawl that drops empty
    cells: the second takes the columns the first leaves."""
    from refold.placement import repeats_fill_each_other

    rows = [Row("Change in fair value", ("(318)", "", "1,333", "")), Row("Change in fair value", ("456", "(75)", "", ""))]
    placed = repeats_fill_each_other(rows, {0, 1}, 4)
    assert placed[1].cells == ("", "456", "", "(75)")
    other = [Row("Net sales", ("1", "", "2", "")), Row("Cost of sales", ("3", "4", "", ""))]
    assert repeats_fill_each_other(other, {0, 1}, 4) == other


def test_a_row_with_as_many_values_as_one_span_has_columns_is_that_spans():
    """Eight quarters and three years: `Net income` with three values (annual only, a crawl that
    dropped the quarters' empty cells) is the years'. A row as wide as no span, or as wide as
    the first span, stays as read."""
    from refold.placement import rows_in_one_period

    columns = tuple(f"3 Months Ended Q{q}" for q in range(8)) + tuple(f"12 Months Ended Y{y}" for y in range(3))
    rows = [Row("Net income", ("1", "2", "3") + ("",) * 8), Row("Revenue", ("1", "2") + ("",) * 9)]
    placed = rows_in_one_period(rows, {0, 1}, columns)
    assert placed[0].cells == ("",) * 8 + ("1", "2", "3") and placed[1] == rows[1]
    assert rows_in_one_period(rows, {0, 1}, tuple(f"3 Months Ended Q{q}" for q in range(11))) == rows
    # one amount twice is a balance at two columns' end, not the years' (`Ending balance | (11) | (11)`)
    twice = [Row("Ending balance", ("(11)", "(11)", "(11)") + ("",) * 8)]
    assert rows_in_one_period(twice, {0}, columns) == twice


def test_a_total_of_subtotals_places_the_lone_values_under_it():
    """`Total assets` = `Total current assets` + the other assets: read with the subtotal standing
    for its own rows, the sums place `Deferred offering costs | 120,000` under Dec. 31, 2020
    (25,000 + 120,000 = 145,000), where reading from the left put it under Mar. 31, 2021."""
    text = "\n".join([
        "Balance sheet - USD ($) | Mar. 31, 2021 | Dec. 31, 2020 | |", "Current assets: | |||",
        "Cash | $ 768,359 | $ 25,000 | |", "Prepaid expenses | 437,508 ||", "Total current assets | 1,205,867 | 25,000 | |",
        "Other assets: | |||", "Deferred offering costs | 120,000 ||",
        "Cash and marketable securities held in Trust Account | 414,005,558 ||",
        "Total assets | 415,211,425 | 145,000 | |"])
    rows = {r.label: r.cells for r in refold.parse(text, variant="pipe-suffix").tables[0].rows}
    assert rows["Deferred offering costs"] == ("", "120,000")
    assert rows["Cash and marketable securities held in Trust Account"] == ("414,005,558", "")


def test_a_tables_last_full_row_may_total_the_rows_above_without_saying_so():
    """Corpus page 122: `Current state taxes` `$(5,700)` `$29,300`, `Deferred state taxes`
    `(47,400)`, `Income tax expense` `$(5,700)` `$(18,100)`: the last row adds the rows above in
    both columns only with `(47,400)` under 2020. A last row that adds up no way leaves the
    guess as read, and a last row with an empty cell is tried as no total."""
    rows = [Row("Current state taxes", ("$(5,700)", "$29,300")), Row("Deferred state taxes", ("(47,400)", "")),
            Row("Income tax expense", ("$(5,700)", "$(18,100)"))]
    assert refine_placements(rows, {1}, 2)[1].cells == ("", "(47,400)")
    unrelated = [*rows[:2], Row("Shares outstanding", ("1,000", "1,000"))]
    assert refine_placements(unrelated, {1}, 2)[1].cells == ("(47,400)", "")
    open_ended = [*rows[:2], Row("Income tax expense", ("", "$(18,100)"))]
    assert refine_placements(open_ended, {1}, 2)[1].cells == ("(47,400)", "")


def test_a_years_value_is_the_sum_of_its_quarters():
    """A 10-K details page whose crawl dropped the empty cells, under four quarters of two years
    and the two years: `3,873` `4,700` `5,200` `350` `910` `8,573` `6,460` falls into the years
    it adds up to (two quarters, three quarters, then the years), each year's values in its
    first quarters. A value shown twice (a par value, a quarter and its year alike) sums nothing
    and stays as read, as does a row of quarters alone."""
    columns = tuple(f"3 Months Ended {d}" for d in ("Dec. 31, 2016", "Sep. 30, 2016", "Jun. 30, 2016", "Mar. 31, 2016",
                                                   "Dec. 31, 2015", "Sep. 30, 2015", "Jun. 30, 2015", "Mar. 31, 2015")) \
        + ("12 Months Ended Dec. 31, 2016", "12 Months Ended Dec. 31, 2015")
    sparse = Row("Inventory impairments", ("$ 3,873", "$ 4,700", "$ 5,200", "$ 350", "$ 910", "$ 8,573", "$ 6,460",
                                           "", "", ""))
    par = Row("Par value", ("$ 0.01", "$ 0.01") + ("",) * 8)
    quarters = Row("Subdivisions tested", ("40", "25", "17", "14", "15", "18", "", "", "", ""))
    placed = quarters_add_to_years([sparse, par, quarters], {0, 1, 2}, columns)
    assert placed[0].cells == ("$ 3,873", "$ 4,700", "", "", "$ 5,200", "$ 350", "$ 910", "", "$ 8,573", "$ 6,460")
    assert placed[1].cells == par.cells and placed[2].cells == quarters.cells


def test_a_guessed_total_lines_up_under_the_columns_it_sums():
    """`| 108,739 | 843,878 | 954,892` under a `Note` column and three amounts: the total row
    (no label, no note number) read from the left goes where each value is its column's sum."""
    rows = [Row("Cash and cash equivalents", ("15", "—", "698,618", "698,618")),
            Row("Trade accounts receivable", ("19", "107,995", "69,236", "177,231")),
            Row("Related parties", ("22", "744", "—", "744")),
            Row("", ("108,739", "767,854", "876,593", ""), "total")]
    placed = refine_placements(rows, {3}, 4)
    assert placed[3].cells == ("", "108,739", "767,854", "876,593")
    wrong = [*rows[:3], Row("", ("1", "2", "3", ""), "total")]
    assert refine_placements(wrong, {3}, 4)[3].cells == ("1", "2", "3", "")


def test_a_guessed_total_and_its_guessed_part_line_up_together():
    """`Finance leases | 78 | 186` then `Total debt and finance leases | $ 2,040 | $ 5,180`, both
    guessed, under `Total debt` read whole over four columns: the one placement of both rows
    where each column the total fills adds up (`1,962` + `78`, `4,994` + `186`). Where two
    placements add up alike, or none does, the rows stay as read."""
    rows = [Row("Total debt", ("1,962", "4,994", "$ 6,979", "$ 5,000"), "total"),
            Row("Finance leases", ("78", "", "", "186")),
            Row("Total debt and finance leases", ("$ 2,040", "", "", "$ 5,180"), "total")]
    placed = refine_placements(rows, {1, 2}, 4)
    assert [r.cells for r in placed[1:]] == [("78", "186", "", ""), ("$ 2,040", "$ 5,180", "", "")]
    twins = [Row("Total debt", ("5", "5", "5", "5"), "total"), Row("Finance leases", ("1", "", "", "1")),
             Row("Total debt and finance leases", ("6", "", "", "6"), "total")]
    assert refine_placements(twins, {1, 2}, 4)[1:] == twins[1:]
    unrelated = [rows[0], rows[1], Row("Total debt and finance leases", ("$ 9", "", "", "$ 9"), "total")]
    assert refine_placements(unrelated, {1, 2}, 4)[1:] == unrelated[1:]


def test_rows_the_sums_leave_open_follow_the_settled_rows_of_as_many_values():
    """A stock option table under Class A shares, price, Class C shares, price, its empty cells
    dropped: rows of two amounts are settled under the two share columns; `Available options |
    205,664 | -` (guessed) goes there too, and so does the nil of a settled `Exercised | (42,211)
    | -` (its amount already stands there; moving a nil changes no sum). A settled row whose
    amounts stand elsewhere stays."""
    rows = [Row("Granted", ("142,000", "", "90,000", "")), Row("Cancelled", ("(17,109)", "", "(63,814)", "")),
            Row("Exercised", ("(42,211)", "-", "", "")), Row("Available options", ("205,664", "-", "", "")),
            Row("Term", ("5.62 years", "5.82 years", "", ""))]
    placed = like_the_settled_rows(rows, {3, 4}, 4)
    assert [r.cells for r in placed[2:]] == [("(42,211)", "", "-", ""), ("205,664", "", "-", ""),
                                             ("5.62 years", "", "5.82 years", "")]
    rows[2] = Row("Exercised", ("", "(42,211)", "-", ""))
    assert like_the_settled_rows(rows, set(), 4)[2] == rows[2]
    rows[1] = Row("Cancelled", ("(17,109)", "(63,814)", "", ""))  # settled rows disagree: nothing follows
    assert like_the_settled_rows(rows, {3, 4}, 4)[3:] == rows[3:]


def test_settled_rows_of_one_members_section_say_nothing_of_another_sections_rows():
    """A fair value details page: the top section's lone values stand under 2023 (its total adds
    2023's cash equivalents); the `Recurring basis` member's rows, settled by its sums, stand
    under 2022. The top's guessed rows do not follow the member's settled columns."""
    rows = [Row("Short-term investments", ("$ 59,220", "")), Row("Total financial assets", ("105,313", "")),
            Row("Recurring basis", ("", ""), "section"), Row("Short-term investments", ("", "12,961")),
            Row("Cash equivalents", ("46,093", "$ 73,613")), Row("Total financial assets", ("", "86,574")),
            Row("Preferred stock tranche liability", ("", "4,189"))]
    placed = like_the_settled_rows(rows, {0, 1}, 2)
    assert [r.cells for r in placed[:2]] == [("$ 59,220", ""), ("105,313", "")]
    placed = like_the_settled_rows(rows[2:] + [Row("Other", ("7", ""))], {5}, 2)
    assert placed[5].cells == ("", "7")  # within the member's section the settled rows still lead


def test_a_line_item_under_a_member_follows_its_settled_columns_under_another():
    """A deferred tax details page under two quarters and three years: `Deferred income tax
    assets` stands settled under the two latest years in the top section; under the `Tax loss
    carryforwards` member the same item's two values, which no sum there settles, go to those
    columns too (they were spread one a period). A lone value is no such evidence: a member
    reports whichever period it has; nor is a roll-forward's balance (a member, an adoption's
    effect, rolls forward over its own periods)."""
    rows = [Row("Deferred income tax assets", ("", "", "$ 209", "$ 209", "")),
            Row("Capital losses", ("", "", "640", "", "")),
            Row("Beginning balance", ("", "", "376", "", "0")),
            Row("Tax loss carryforwards", ("", "", "", "", ""), "section"),
            Row("Deferred income tax assets", ("$ 78", "", "$ 87", "", "")),
            Row("Capital losses", ("715", "", "", "", "")),
            Row("Beginning balance", ("0", "407", "", "", ""))]
    placed = like_the_settled_rows(rows, {4, 5, 6}, 5)
    assert placed[4].cells == ("", "", "$ 78", "$ 87", "")
    assert placed[5].cells == ("715", "", "", "", "")
    assert placed[6].cells == ("0", "407", "", "", "")


def test_a_quarter_filled_has_its_year_to_date_filled():
    """A details page that dropped empty cells, under three and nine months ended Sep. 30: a
    quarter's flow is part of the nine months', so `Other comprehensive income before
    reclassifications | 1` (one value) is the nine months'; `Ending balance | 5 | 5` the
    quarter's and its nine months' (one balance, the same date); `Gain on sale of business |
    (593) | (593) | 0` the quarter's, its nine months' and the year before's nine months'. A
    placement that keeps the rule, and tables with no longer period, stay as read."""
    from refold.placement import quarters_with_their_year_to_date

    columns = ("3 Months Ended Sep. 30, 2023", "3 Months Ended Sep. 30, 2022",
               "9 Months Ended Sep. 30, 2023", "9 Months Ended Sep. 30, 2022")
    rows = [Row("Other comprehensive income before reclassifications", ("1", "", "", "")),
            Row("Ending balance", ("5", "5", "", "")),
            Row("Gain on sale of business", ("(593)", "(593)", "0", "")),
            Row("Revenue", ("", "", "10", "12"))]
    placed = quarters_with_their_year_to_date(rows, {0, 1, 2, 3}, columns)
    assert [r.cells for r in placed] == [("", "", "1", ""), ("5", "", "5", ""), ("(593)", "", "(593)", "0"),
                                         ("", "", "10", "12")]
    assert quarters_with_their_year_to_date(rows, {1, 2, 3}, columns)[0] == rows[0]  # placed by the text
    quarters = ("3 Months Ended Sep. 30, 2023", "3 Months Ended Jun. 30, 2023", "3 Months Ended Mar. 31, 2023",
                "3 Months Ended Dec. 31, 2022")
    assert quarters_with_their_year_to_date(rows, {0, 1, 2, 3}, quarters) == rows
    # a 10-K's eight quarters beside its years: a fact of the quarterly data is a quarter's
    quarterly = tuple(f"3 Months Ended {d}" for d in ("Dec. 31, 2017", "Sep. 30, 2017", "Dec. 31, 2016", "Sep. 30, 2016")) \
        + ("12 Months Ended Dec. 31, 2017", "12 Months Ended Dec. 31, 2016")
    lone = [Row("Provisional charge", ("$ 460",) + ("",) * 5)]
    assert quarters_with_their_year_to_date(lone, {0}, quarterly) == lone
    # a quarterly roll-forward beside the nine months: only the current quarters have a year to
    # date; a lone value moves to its quarter's, rows of several values stay the quarters' (their
    # year to date not always shown: a quarter's vested shares)
    rolling = tuple(f"3 Months Ended {d}" for d in ("Sep. 30, 2021", "Jun. 30, 2021", "Sep. 30, 2020", "Jun. 30, 2020")) \
        + ("9 Months Ended Sep. 30, 2021", "9 Months Ended Sep. 30, 2020")
    quarterly = [Row("Gain (loss) before reclassifications", ("2",) + ("",) * 5), Row("Ending balance", ("(11)", "(11)") + ("",) * 4),
                 Row("Other comprehensive income", ("8", "7", "11", "2", "", ""))]
    placed = quarters_with_their_year_to_date(quarterly, {0, 1, 2}, rolling)
    assert placed[0].cells == ("",) * 4 + ("2", "") and placed[1:] == quarterly[1:]
    # quarters of several members ending on one date: each member's quarter has its own nine months
    members = tuple(f"For the {span} months ended October 31, 2020 {m}" for span in ("three", "nine")
                    for m in ("Canada", "US", "Consolidated"))
    row = [Row("Impairment of property and equipment", ("0", "", "", "", "", ""))]
    assert quarters_with_their_year_to_date(row, {0}, members)[0].cells == ("", "", "", "0", "", "")


def test_a_roll_forward_of_zeros_stays_with_its_balances_in_the_year_to_date():
    """A pipe-prefix details page that dropped empty cells: `Foreign Currency`'s roll-forward,
    `Beginning balance | (14)`, three movements of `0`, `Ending balance | $ (14) | $ (14)` under
    three and nine months. The zeros add up in either column the balance opens; they stay where
    the quarter rule put them, with the opening balance, in the nine months."""
    lines = ["|", "AOCI (Details) - USD ($)", "$ in Millions", "|3 Months Ended", "|9 Months Ended",
             "|", "Sep. 30, 2023", "|", "Sep. 30, 2022", "|", "Sep. 30, 2023", "|", "Sep. 30, 2022",
             "|Foreign Currency", "|AOCI Attributable to Parent, Net of Tax [Roll Forward]",
             "|Beginning balance", "|(14)", "|Other comprehensive income before reclassifications", "|0",
             "|Amounts reclassified from other comprehensive income", "|0",
             "|Net current-period other comprehensive loss", "|0", "|Ending balance", "|$ (14)", "|$ (14)"]
    rows = refold.parse("\n".join(lines)).tables[0].rows
    assert [r.cells for r in rows[2:]] == [("", "", "(14)", ""), ("", "", "0", ""), ("", "", "0", ""),
                                           ("", "", "0", ""), ("$ (14)", "", "$ (14)", "")]


def test_a_roll_forwards_movements_say_nothing_of_a_balances_dates():
    """Two roll-forwards settled under the two quarters, then `Reserve for liquidated damages |
    $ 0 | $ 0` under two quarters and a year-end date: the roll-forwards' rows stand in the
    quarters because movements are periods', which says nothing of where a balance stands; the
    reserve keeps its place at the quarter's end and the year's."""
    lines = ["|", "COMMITMENTS AND CONTINGENCIES (Details) - USD ($)", "$ in Thousands", "|3 Months Ended",
             "|", "Mar. 31, 2020", "|", "Mar. 31, 2019", "|", "Dec. 31, 2019",
             "|Changes in the carrying amount of the total product warranty liability"]
    for label, values in [("Balance, beginning of period", "$ 163|$ 226"), ("Reduction of warranty reserve", "(25)|(19)"),
                          ("Other adjustments", "(20)|11"), ("Balance, end of period", "118|218"),
                          ("Allowance for Doubtful Accounts Receivable [Roll Forward]", ""),
                          ("Balance at beginning of period", "127|190"), ("Other adjustments", "(7)|(14)"),
                          ("Write-offs", "(1)|(0)"), ("Balance at end of period", "119|$ 176"),
                          ("Liquidated Damages", ""), ("Reserve for liquidated damages", "$ 0|$ 0")]:
        lines += ["|" + label, *("|" + v for v in values.split("|") if v)]
    rows = refold.parse("\n".join(lines)).tables[0].rows
    assert rows[1].cells == ("$ 163", "$ 226", "")
    assert rows[-1].cells == ("$ 0", "", "$ 0")


def test_a_translated_column_shown_for_one_line_is_skipped_by_the_rows_of_three_years():
    """A pension roll-forward under 2022, 2022 in USD (a convenience translation the filer shows
    for a single line), 2021 and 2020: a guessed row of three values goes to the three years,
    not into the translation; a row of four fills it."""
    columns = ("Jul. 01, 2020 TWD ($)", "12 Months Ended Dec. 31, 2022 TWD ($)", "12 Months Ended Dec. 31, 2022 USD ($)",
               "12 Months Ended Dec. 31, 2021 TWD ($)", "12 Months Ended Dec. 31, 2020 TWD ($)")
    rows = [Row("Current service cost", ("", "1,085", "1,253", "2,052", "")),
            Row("Amounts recognized in other comprehensive income", ("", "(1,154)", "$ (38)", "(390)", "(1,193)"))]
    placed = refine_placements(rows, {0, 1}, 5, columns)
    assert placed[0].cells == ("", "1,085", "", "1,253", "2,052")
    assert placed[1].cells == rows[1].cells


def test_values_repeating_a_run_stand_under_the_dates_two_spans_share():
    """A narrative details page, empty cells dropped: `3 Months Ended` over an event's `Jul. 27,
    2023` and `Sep. 30, 2023` `Sep. 30, 2022`, `9 Months Ended` over the same two dates, then four
    balance dates. `$ 6,774,000 | $ 0 | $ 6,774,000 | $ 0` repeats a run of two: under the shared
    dates, once a span; the balances repeat theirs, and the rest follow in the instants."""
    dates = ["Jul. 27, 2023", "Sep. 30, 2023", "Sep. 30, 2022", "Sep. 30, 2023", "Sep. 30, 2022",
             "Jun. 30, 2023", "Dec. 31, 2022", "Jun. 30, 2022", "Dec. 31, 2021"]
    text = "\n".join(["|", "Revenue - Narrative (Details) - USD ($)", "|3 Months Ended", "|9 Months Ended", "|",
                      *(line for d in dates for line in (d, "|"))][:-1] + [
        "|Disaggregation of Revenue [Line Items]", "|Reimbursement of upfront payments",
        "|$ 6,774,000", "|$ 0", "|$ 6,774,000", "|$ 0",
        "|Contract asset, unamortized balance", "|$ 7,498,000", "|$ 11,299,000", "|$ 7,498,000", "|$ 11,299,000",
        "|$ 13,581,000", "|$ 13,975,000", "|$ 7,415,000", "|$ 4,520,000"])
    table = refold.parse(text).tables[0]
    assert table.columns[1] == "3 Months Ended Sep. 30, 2023" and table.columns[3] == "9 Months Ended Sep. 30, 2023"
    rows = {r.label: r.cells for r in table.rows}
    assert rows["Reimbursement of upfront payments"] == ("", "$ 6,774,000", "$ 0", "$ 6,774,000", "$ 0", "", "", "", "")
    assert rows["Contract asset, unamortized balance"][0] == ""
    assert rows["Contract asset, unamortized balance"][8] == "$ 4,520,000"


def test_a_roll_forward_cut_off_before_its_closing_balance_keeps_out_of_the_instant_column():
    """`Jul. 01, 2020` (an acquisition's date, no span) before three years: a pension roll-forward
    whose excerpt ends before its closing balance still frames a period's movements, so its
    opening balance and its movements stand under the years, never the date alone."""
    columns = ("Jul. 01, 2020 TWD ($)", "12 Months Ended Dec. 31, 2022 TWD ($)", "12 Months Ended Dec. 31, 2021 TWD ($)",
               "12 Months Ended Dec. 31, 2020 TWD ($)")
    rows = [Row("Net defined benefit liability (asset) at beginning of period", ("35,502", "39,536", "41,197", "")),
            Row("Current service cost", ("1,085", "1,253", "2,052", "")),
            Row("Interest expense/interest income", ("171", "190", "298", ""))]
    placed = flows_in_duration_columns(rows, {0, 1, 2}, columns)
    assert [r.cells for r in placed] == [("", "35,502", "39,536", "41,197"), ("", "1,085", "1,253", "2,052"),
                                         ("", "171", "190", "298")]


def test_a_net_positions_sides_go_where_the_net_adds_up():
    """A details page that dropped empty cells, two quarters' tax rates beside three years:
    `Deferred income tax assets | $ 219 | $ 219` and `Deferred income tax liabilities | 8,977 |
    10,186` read from the left, `Deferred income tax liability (asset)` under the years. The net
    names both sides, liabilities first: liabilities less assets make it, in the first two years
    only (no other order-keeping placement does), so both sides stand there; the same rows with
    the assets shown negative (`(219)`) add up to it as they are."""
    columns = ("3 Months Ended Jun. 30, 2019", "3 Months Ended Mar. 31, 2019", "12 Months Ended Dec. 31, 2020",
               "12 Months Ended Dec. 31, 2019", "12 Months Ended Dec. 31, 2018")
    for assets in ("219", "(219)"):
        rows = [Row("Disclosure of temporary difference [Line Items]", ("",) * 5, "section"),
                Row("Deferred income tax assets", (f"$ {assets}", f"$ {assets}", "", "", "")),
                Row("Deferred income tax liabilities", ("8,977", "10,186", "", "", "")),
                Row("Deferred income tax liability (asset)", ("", "", "$ 8,758", "$ 9,967", "$ 11,917"))]
        placed = refine_placements(rows, {1, 2, 3}, 5, columns)
        assert placed[1].cells == ("", "", f"$ {assets}", f"$ {assets}", "")
        assert placed[2].cells == ("", "", "8,977", "10,186", "")



def test_a_loss_totals_its_costs_taken_away():
    """`Repayment of principal balance at premium` `$ 90` `$ 90` and `Unamortized debt discount …`
    `57` `57`, the crawl's empty cells dropped, over `Total loss on debt refinancing transactions`
    `$ 0` `$ (147)` `$ 0` `$ (147)`: the costs are the loss taken away, so they go to the second and
    fourth columns (90 + 57 = 147), not where they were read; a total of the same sign as its
    parts keeps to the plain sum."""
    rows = [Row("Repayment of principal balance at premium", ("$ 90", "$ 90", "", "")),
            Row("Unamortized debt discount and deferred financing costs, net", ("57", "57", "", "")),
            Row("Total loss on debt refinancing transactions", ("$ 0", "$ (147)", "$ 0", "$ (147)"), "total")]
    placed = refine_placements(rows, {0, 1}, 4)
    assert [r.cells for r in placed[:2]] == [("", "$ 90", "", "$ 90"), ("", "57", "", "57")]
    rows[2] = Row("Total gain", ("$ 0", "$ 147", "$ 0", "$ 147"), "total")
    placed = refine_placements(rows, {0, 1}, 4)
    assert [r.cells for r in placed[:2]] == [("", "$ 90", "", "$ 90"), ("", "57", "", "57")]
