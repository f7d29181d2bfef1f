"""The whitespace-rows reader: one row a line, read from the right."""

import pytest

import refold
from refold.accounting import unaccounted
from refold.rows import looks_like_rows, split_row

NB = "\u00a0"


@pytest.mark.parametrize("line,label,cells", [
    ("Net income $ 145,389 $ 129,362", "Net income", ["$ 145,389", "$ 129,362"]),
    ("Other, net (728) (700)", "Other, net", ["(728)", "(700)"]),
    (f"Current service cost {NB} 1,085 {NB} 1,253 2,052", "Current service cost", ["", "1,085", "", "1,253", "2,052"]),
    ("Segment operating expenses [1] 2,850 1,905", "Segment operating expenses [1]", ["2,850", "1,905"]),
    ("Adjustment (3,614) [1] 12", "Adjustment", ["(3,614) [1]", "12"]),
    (f"OPERATING ACTIVITIES {NB} {NB}", "OPERATING ACTIVITIES", ["", ""]),
    ("Revenue ₨ 44,877 $ 474", "Revenue", ["₨ 44,877", "$ 474"]),
    ("$(13,068)$— $— $— ", "", ["$(13,068)", "$—", "$—", "$—"]),
    ("3,823 — (9,840)— ", "", ["3,823", "—", "(9,840)", "—"]),
    # a label glued to its values, and grouped amounts glued to each other (a comma takes three digits)
    ("Operating lease cost$5,437$5,363$5,331", "Operating lease cost", ["$5,437", "$5,363", "$5,331"]),
    ("new operating lease obligations 3,7513,3964,057", "new operating lease obligations",
     ["3,751", "3,396", "4,057"]),
    ("Total finance leases ROU assets, net(1)$11,809 $12,055", "Total finance leases ROU assets, net(1)",
     ["$11,809", "$12,055"]),
    # a footnote number before the first amount, which carries the `$`: the label's mark
    ("Residential mortgage loans (3)$3,322,136 150,627", "Residential mortgage loans (3)", ["$3,322,136", "150,627"]),
    ("Other (3) $ 12 $ 14", "Other (3)", ["$ 12", "$ 14"]),
    ("Other (3) (4)", "Other", ["(3)", "(4)"]),
    # a year or a date an empty cell parts from the label: a text fact's value in its column; not
    # after a label with a date in it (a header's line), nor glued to the label (`Notes due 2030`)
    (f"Maturity year [1] {NB} 2021 {NB} {NB}", "Maturity year [1]", ["", "2021", "", ""]),
    (f"Maturity date {NB} Dec. 31, 2021 {NB}", "Maturity date", ["", "Dec. 31, 2021", ""]),
    (f"(in millions) {NB} August 31, 2024 {NB} {NB} May 31, 2024 {NB}", "(in millions)   August 31, 2024     May 31, 2024", [""]),
    ("Notes due 2030 1,234 5,678", "Notes due 2030", ["1,234", "5,678"]),
    # a currency sign alone before an empty cell: a blank amount's cell, between amounts too
    (f"Money market funds $ 9,237 {NB} $ {NB} $ 9,237 {NB}", "Money market funds", ["$ 9,237", "", "$", "", "$ 9,237", ""]),
    # a negative's parentheses written apart from it, both of them
    ("Net income per share   $ (181,949 )     20,974,419     $ ( .01 )", "Net income per share",
     ["$ (181,949)", "20,974,419", "$ (.01)"]),
    # a nil glued to the label; a dash inside a label joins its words
    ("Development—  — — ", "Development", ["—", "—", "—"]),
    ("Revenue—Products 12 14", "Revenue—Products", ["12", "14"]),
    # a duration is a value of two words or more; before amounts, or after `than`, the label's
    ("Deferred revenue, expected timing of realization, period 1 year", "Deferred revenue, expected timing "
     "of realization, period", ["1 year"]),
    ("Useful life 3-5 years 10 years", "Useful life", ["3-5 years", "10 years"]),
    ("Weighted average 2 years 7 months 6 days 3 years", "Weighted average", ["2 years 7 months 6 days", "3 years"]),
    ("Due after 1 year through 2 years 190,860 154,164", "Due after 1 year through 2 years", ["190,860", "154,164"]),
    ("Less than 12 Months", "Less than 12 Months", []),
    # a range written with spaces is one value (an em dash between numbers is a nil cell); a short
    # number glued to the label's last word before a unit of time is a duration of its own
    ("Intellectual property 6 - 30 years", "Intellectual property", ["6 - 30 years"]),
    ("Buildings 3 to 5 years 10 years", "Buildings", ["3 to 5 years", "10 years"]),
    ("Equipment 5 — 7 years", "Equipment", ["5", "—", "7 years"]),
    ("Up to 10 years 5", "Up to 10 years", ["5"]),
    # a duration after an amount is a cell among the values, even with an amount after it
    ("Outstanding at September 30, 2012     7,029,500     $ .20       5.8 years     $ 526,743",
     "Outstanding at September 30, 2012", ["7,029,500", "$ .20", "5.8 years", "$ 526,743"]),
    ("Customer relationships14 years", "Customer relationships", ["14 years"]),
    ("Software2 - 5 years", "Software", ["2 - 5 years"]),
    ("Lease term14 years15 years", "Lease term", ["14 years", "15 years"]),
    ("CO2 years 5", "CO2 years", ["5"]),
    ("Operating leases5.2 %", "Operating leases", ["5.2%"]),
    # `*` in cells (not meaningful), each with an empty cell after it: cells, the first one too;
    # one such mark alone is the label's footnote
    (f"Percentage of total revenue * {NB} * {NB} {NB} {NB} * {NB}", "Percentage of total revenue",
     ["*", "", "*", "", "", "", "*", ""]),
    (f"Other income * {NB} 5 {NB}", "Other income *", ["", "5", ""]),
    # a cover page's text value: the dei label says where the label ends
    (f"Entity Registrant Name Apple Inc. {NB}", "Entity Registrant Name", ["Apple Inc.", ""]),
    ("Entity Filer Category Large Accelerated Filer", "Entity Filer Category", ["Large Accelerated Filer"]),
    ("Cash and equivalents held abroad", "Cash and equivalents held abroad", []),
    # an XBRL boolean ends a row
    (f"Rule 10b5-1 Arrangement Adopted false {NB}", "Rule 10b5-1 Arrangement Adopted", ["false", ""]),
    # a fair value level is the label's
    (f"Money market funds | Level 1 {NB} {NB}", "Money market funds | Level 1", ["", ""]),
    ("Debt securities Level 2 $ 23,967 $ 76", "Debt securities Level 2", ["$ 23,967", "$ 76"]),
    # a text an amount and empty cells come before: a column of texts between amounts; not
    # names with their footnote marks
    (f"Commodity contracts $ (13) {NB} {NB} Cost of goods sold (5) {NB}", "Commodity contracts",
     ["$ (13)", "", "", "Cost of goods sold", "(5)", ""]),
    (f"Interest rate contracts (1) {NB} {NB} Interest expense — {NB}", "Interest rate contracts",
     ["(1)", "", "", "Interest expense", "—", ""]),
    (f"Commodity contracts (10) {NB} {NB} Cost of goods sold (2) {NB}", "Commodity contracts",
     ["(10)", "", "", "Cost of goods sold", "(2)", ""]),
    # a day after a month's name ends a label, a period's (it was a value: `Nine Months Ended March` + `31`)
    (f"Three Months Ended March 31 {NB} Nine Months Ended March 31", "Three Months Ended March 31   Nine Months "
     "Ended March 31", []),
    ("Apr. 1 through Apr. 30 3,571,872 $ 206.19", "Apr. 1 through Apr. 30", ["3,571,872", "$ 206.19"]),
    (f"Shares Purchased (1) {NB} Average Price Paid per Share (2)", "Shares Purchased (1)   Average Price Paid per Share",
     ["(2)"]),
    # a crawl that dropped the spaces between an award table's cells: a nil of two hyphens, the
    # next amount's `$` and a date's year glued on
    ("Exercised-- $ --", "Exercised", ["--", "$ --"]),
    ("Forfeited(1,000)$ 2.50", "Forfeited", ["(1,000)", "$ 2.50"]),
    ("Outstanding at December 31, 2022263,992 $ 1.25", "Outstanding at December 31, 2022", ["263,992", "$ 1.25"]),
    # a value that closes the label's parenthesis ends its aside; the values after it stay cells
    ("(discount is based on imputed interest rate of 10.99%)", "(discount is based on imputed interest rate of 10.99%)", []),
    ("Notes (at a rate of 5.04%) 570,000 (5,345)", "Notes (at a rate of 5.04%)", ["570,000", "(5,345)"]),
    # a lead-in's footnote mark is no amount; the same mark after a row's label may be one
    ("Right-of-use assets obtained in exchange for lease obligations: (1)",
     "Right-of-use assets obtained in exchange for lease obligations: (1)", []),
    ("Other (1) (2)", "Other", ["(1)", "(2)"]),
])
def test_split_row(line, label, cells):
    """Values, `$`-prefixed values, footnote marks after values and U+00A0 empties, from the right."""
    assert split_row(line) == (label, cells)


PAGE = "\n".join([
    "Quarterly report pursuant to Section 13 or 15(d)", "", "CASH FLOWS (Unaudited)", "", "v3.8.0.1",
    "CASH FLOWS (Unaudited) - USD ($)", "$ in Thousands", "9 Months Ended", "Sep. 30, 2017", "Sep. 30, 2016",
    f"OPERATING ACTIVITIES {NB} {NB}", "Net Income $ 100 $ 90", "Excess tax benefits (5)", "Other 10 20",
    "Net cash provided by operating activities 110 105", "Less depletion (2) (3) [2],[3] (7) (8)",
    "[1] A footnote text that explains something at length."])


def test_ir_mirror_page():
    """Preamble, title, scale, spans over dates; a one-value row placed by the section's total."""
    page = refold.parse(PAGE)
    assert page.variant == "whitespace-rows"
    assert (page.title, page.units) == ("CASH FLOWS (Unaudited)", "USD ($) $ in Thousands")
    assert page.columns == ("9 Months Ended Sep. 30, 2017", "9 Months Ended Sep. 30, 2016")
    rows = {r.label: r.cells for r in page.tables[0].rows}
    assert rows["Excess tax benefits"] == ("", "(5)")  # 100 + 10 = 110; 90 - 5 + 20 = 105
    assert rows["Less depletion (2) (3) [2],[3]"] == ("(7)", "(8)")
    assert page.prose == ("[1] A footnote text that explains something at length.",)
    assert not unaccounted(PAGE, page)


def test_pipe_pages_are_not_rows():
    assert not looks_like_rows(["|", "Title", "|Cash", "|1", "|2"])


def test_a_second_unit_under_a_date_is_part_of_its_column():
    """`Dec. 31, 2023` / `USD ($)` / `Segment`: one column with two units (its rows say which,
    `| Segment`), before the next date; not a first row named `Segment`."""
    text = "\n".join([
        "XML 92 R81.htm IDEA: XBRL DOCUMENT v3.24.0.1", "Business Segments - Narrative (Details)", "$ in Millions",
        "12 Months Ended", "Dec. 31, 2023", "USD ($)", "Segment", "Dec. 31, 2022", "USD ($)",
        "Segment Reporting Information [Line Items]      ",
        "Number of operating segments | Segment 3    ", "Cash and cash equivalents $ 902 $ 1,227"])
    page = refold.parse(text)
    assert page.columns == ("12 Months Ended Dec. 31, 2023 USD ($) Segment", "12 Months Ended Dec. 31, 2022 USD ($)")
    assert [[r.label, *r.cells] for r in page.tables[0].rows][1:] == [
        ["Number of operating segments | Segment", "3", ""], ["Cash and cash equivalents", "$ 902", "$ 1,227"]]


def test_a_unit_under_the_last_date_as_under_the_one_before_is_its_unit():
    """`Mar. 31, 2024` / `Y` / `Dec. 31, 2023` / `Y`: the last date's `Y` repeats the first
    column's unit, so it is that column's too, not a first row named `Y` (no row names it)."""
    text = "\n".join([
        "XML 43 R31.htm IDEA: XBRL DOCUMENT v3.24.1.u1", "Fair Value Measurements (Level 3 Inputs) (Details)",
        "3 Months Ended 12 Months Ended", "Mar. 31, 2024", "Y", "Dec. 31, 2023", "Y", "Discount rate    ",
        "Debt instrument, measurement input 0.2375 0.2101", "Volatility    ", "Debt instrument, measurement input 1.0980 1.233"])
    page = refold.parse(text)
    assert page.columns == ("3 Months Ended Mar. 31, 2024 Y", "12 Months Ended Dec. 31, 2023 Y")
    assert [r.label for r in page.tables[0].rows][0] == "Discount rate"


def test_a_cover_page_written_a_row_a_line_after_a_mirrors_page_name():
    """The mirror's page name, then the R page's title repeating it with units; the cover rows'
    text values split off at their dei labels, so the page reads as rows, not a cell a line."""
    text = "\n".join([
        "Annual report pursuant to Section 13 and 15(d)", "", "Document and Entity Information", "",
        "Document and Entity Information (USD $)", "In Millions, except Share data, unless otherwise specified",
        "12 Months Ended", "Dec. 31, 2012", "Dec. 11, 2013",
        f"Document And Entity Information [Abstract] {NB} {NB}", f"Document Type 10-K/A {NB}",
        f"Amendment Flag true {NB}", f"Entity Registrant Name Herbalife Ltd. {NB}",
        "Entity Common Stock, Shares Outstanding (in shares) 102,956,045"])
    page = refold.parse(text)
    assert page.variant == "whitespace-rows"
    assert (page.title, page.preamble[-1]) == ("Document and Entity Information", "Document and Entity Information")
    assert page.columns == ("12 Months Ended Dec. 31, 2012", "Dec. 11, 2013")  # a later date: no span
    rows = {r.label: r.cells for r in page.tables[0].rows}
    assert rows["Document Type"] == ("10-K/A", "") and rows["Entity Registrant Name"] == ("Herbalife Ltd.", "")


def test_month_year_dates_between_amounts_are_cells_of_the_row():
    """A debt table's `Issuance Date` and `Maturity` between the amounts are cells; a date at the
    end of a label, with no amount before it, stays the label's (`… due February 2030`)."""
    assert split_row("5.875% Senior Notes   $ —     $ 800     February 2015   February 2025   $ —     $ 801") == (
        "5.875% Senior Notes", ["$ —", "$ 800", "February 2015", "February 2025", "$ —", "$ 801"])
    assert split_row("Senior Notes due February 2030   1,000   998") == ("Senior Notes due February 2030", ["1,000", "998"])


def test_a_change_in_points_is_one_value_of_its_row():
    """`11.9 pts` and `(2.7) pts` after the percents: two values, not words of the label."""
    assert split_row("Gross margin 72.4 %   60.5 %   11.9 pts   (2.7) pts") == (
        "Gross margin", ["72.4%", "60.5%", "11.9 pts", "(2.7) pts"])


def test_column_names_alone_over_a_statement_of_equity_are_its_header():
    """A whitespace-rows statement of equity: no period over its columns, each column's name a
    line, then rows with as many values. The names are the columns, not rows of text."""
    text = "\n".join([
        "CONDENSED CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY (Unaudited) - USD ($)", "$ in Millions", "Total",
        "Common stock and additional paid-in capital", "Retained earnings/(Accumulated deficit)",
        "Beginning balances at Sep. 30, 2023 $ 62,146 $ 73,812 $ (11,666)",
        "Common stock issued \u00a0 752 \u00a0", "Net income 57,552 \u00a0 57,552",
        "Ending balances at Mar. 30, 2024 $ 120,450 74,564 45,886"])
    table = refold.parse(text).tables[0]
    assert table.columns == ("Total", "Common stock and additional paid-in capital",
                             "Retained earnings/(Accumulated deficit)")
    assert [r.label for r in table.rows] == ["Beginning balances at Sep. 30, 2023", "Common stock issued", "Net income",
                                             "Ending balances at Mar. 30, 2024"]


def test_currency_signs_over_blank_amounts_are_cells_not_the_labels_words():
    """`Deferred tax liability  $   $`: the signs stand over blank amounts (as a pipe-prefix page's
    `$` cells with nothing after them do), so they are the row's cells; a sign before an amount
    stays on it."""
    assert split_row("Deferred tax liability  $   $") == ("Deferred tax liability", ["$", "$"])
    assert split_row("Total $ 5 $ 6") == ("Total", ["$ 5", "$ 6"])


def test_a_nil_under_its_currency_sign_glued_to_the_label_is_a_value():
    """`…continuing operations$— $`: the first amount a nil under `$`, glued to the label's last
    word, then a blank amount's sign."""
    assert split_row("Current foreign income tax expense from continuing operations$— $") == (
        "Current foreign income tax expense from continuing operations", ["$—", "$"])


def test_a_row_whose_last_empty_cells_were_trimmed_keeps_its_written_cells_in_place():
    """A whitespace-rows details page writes empty cells as U+00A0, but its last row lost the
    trailing ones: `Deferred income tax assets ␣ ␣ $ 78 $ 87` under five dates. The cells written
    stand where they are (the third and fourth dates), not packed to the left."""
    nb = "\u00a0"
    text = "\n".join(["XML 107 R81.htm IDEA: XBRL DOCUMENT v3.20.4", "INCOME TAXES (Details) - CAD ($)", "$ in Millions",
                      "3 Months Ended 12 Months Ended", "Jun. 30, 2019", "Mar. 31, 2019", "Dec. 31, 2020", "Dec. 31, 2019",
                      "Dec. 31, 2018", f"Deferred income tax assets {nb} {nb} $ 209 $ 209 {nb}",
                      f"Tax rate 8.00% 12.00% 24.96% 26.74% {nb}", f"Tax loss carryforwards {nb} {nb} {nb} {nb} {nb}",
                      f"Deferred income tax assets {nb} {nb} $ 78 $ 87"])
    rows = refold.parse(text).tables[0].rows
    assert rows[-1].cells == ("", "", "$ 78", "$ 87", "")


def test_the_texts_last_row_keeps_its_values_where_the_page_writes_empty_cells():
    """The store trimmed the text's end, and with it the last row's trailing spaces: `Impairment
    $ (445)` under two quarters and their nine months, where the rows above write their empty
    cells. Its value stands in the first column, as read, whatever the columns' periods suggest."""
    text = "\n".join(["XML 80 R63.htm IDEA: XBRL DOCUMENT v3.24.0.1", "Goodwill (Details) - USD ($)", "$ in Millions",
                      "3 Months Ended 9 Months Ended", "Sep. 30, 2023", "Sep. 30, 2022", "Sep. 30, 2023", "Sep. 30, 2022",
                      "Balance of Goodwill at beginning of period   $ 1,813 $ 1,840 $ 1,951",
                      "Impairment   (445)    ", "Balance of Goodwill at end of the period $ 1,473 1,473 1,813 1,840",
                      "North America        ", "Impairment $ (445)"])
    rows = refold.parse(text).tables[0].rows
    assert rows[1].cells == ("", "(445)", "", "")
    assert rows[-1].cells == ("$ (445)", "", "", "")
    # the same row followed by more text was not the text's end: its column is a guess
    assert refold.parse(text + "\nNet sales $ 12").tables[0].rows[-2].cells != ("$ (445)", "", "", "")


def test_a_range_written_with_spaces_is_one_value_where_the_columns_leave_room_for_one():
    """`useful life 20 – 40` under one column: a range, not `20`, a nil and `40` (three values
    where the page has room for one). Under three columns the same cells stay three."""
    def page(dates):
        return "\n".join(["XML 40 R30.htm IDEA: XBRL DOCUMENT v3.20.4", "Property and Equipment (Details)",
                          "12 Months Ended", *dates, "Buildings [Member]  ",
                          "Property, plant and equipment, useful life 20 – 40", "Rate 1.5% - 2.0%"])

    [table] = refold.parse(page(["Dec. 31, 2020"])).tables
    assert [[r.label, *r.cells] for r in table.rows][1:] == [
        ["Property, plant and equipment, useful life", "20 – 40"], ["Rate", "1.5% - 2.0%"]]
    [wide] = refold.parse(page(["Dec. 31, 2020", "Dec. 31, 2019", "Dec. 31, 2018"])).tables
    assert wide.rows[1].cells == ("20", "–", "40")
