"""Stage 4: tokens -> rows and columns, by scoring row templates."""

from pathlib import Path

import refold
from refold.cells import text_to_cells
from refold.grid import Shape, best_fixed_width, body_chunks, label_delimited_grid, tokens_to_grid
from refold.tokens import cells_to_tokens


def grid(text):
    return tokens_to_grid(cells_to_tokens(text_to_cells(text)))


def grid_by_labels(text):
    """The label-delimited reading alone (where a fixed width would also read a regular example)."""
    return label_delimited_grid(cells_to_tokens(text_to_cells(text)))


def rows(g):
    return [[r.label, *r.cells] for r in g.rows]


KEPT = "\n".join([
    "|", "|", "|2023", "|", "|", "|2022", "|",
    "|Cash", "|", "|$", "|5", "|", "|$", "|6", "|",
    "|Loss", "|", "|", "|(1", "|)", "|", "|(2", "|)",
    "|Assets:", "|", "|", "|", "|", "|", "|", "|",
    "|Net", "|", "|", "|4", "|", "|", "|—", "|",
])


def test_fixed_width_found_where_empty_cells_were_kept():
    """Labels recur every 8 tokens: spacer, `$` and `)` columns drop out, two value columns stay."""
    g = grid(KEPT)
    assert g.layout == "fixed-width 8"
    assert rows(g) == [["Cash", "$ 5", "$ 6"], ["Loss", "(1)", "(2)"], ["Assets:", "", ""], ["Net", "4", "—"]]
    assert [t.text for t in g.header if t.text] == ["2023", "2022"]


def test_text_values_stay_in_their_column():
    """`PRC` is a value of its row, not a new row, when positions are fixed."""
    text = "\n".join(["|A Co.", "|", "|PRC", "|", "|100", "|%", "|B Co.", "|", "|HK", "|", "|VIE", "|",
                      "|C Co.", "|", "|PRC", "|", "|60", "|%"])
    assert rows(grid(text)) == [["A Co.", "PRC", "100%"], ["B Co.", "HK", "VIE"], ["C Co.", "PRC", "60%"]]


def test_two_section_rows_that_fill_one_rows_width_are_two_rows():
    """`Cash flow hedges` and `Foreign exchange contracts`, each a label and merged empty cells,
    together exactly as long as a row of values: two section rows, not a row with a text value
    (`PRC` in a row of values stays one, above)."""
    def amounts(label, *values):
        return [label, *(cell for v in values for cell in ("$", v, "", ""))][:-1]

    names = ["Revenues", "Cost of Revenues", "Other income", "Income Taxes", "Total"]
    cells = ["", *(c for name in names for c in ("", name)),
             "Cash flow hedges", *[""] * 9, "Foreign exchange contracts", *[""] * 9,
             *amounts("Amount reclassified", "33,301", "73", "—", "(7,652)", "25,722"),
             *amounts("Total", "33,301", "73", "—", "(7,652)", "25,722")]
    g = grid("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Cash flow hedges", "Foreign exchange contracts", "Amount reclassified", "Total"]
    assert rows(g)[2] == ["Amount reclassified", "$ 33,301", "$ 73", "$ —", "$ (7,652)", "$ 25,722"]


def test_a_stub_label_ending_in_a_colon_then_the_columns_names_ends_the_header():
    """`Three Months Ended June 30, 2024`, then `Consolidated Statement of Operations (unaudited):`
    in the stub and three names over rows of three values: the names head the columns (the text
    ending `:` does not make them section rows)."""
    def amounts(label, *values):
        return [label, *(cell for v in values for cell in ("$", v, "", ""))][:-1]

    cells = ["Three Months Ended June 30, 2024", "Consolidated Statement of Operations (unaudited):",
             "As Previously Reported", "", "Adjustments from Adoption", "", "As Adjusted",
             *amounts("Other income (expense), net", "20", "(100)", "(80)"),
             *amounts("Provision for income taxes", "393", "(22)", "371")]
    g = grid("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Other income (expense), net", "Provision for income taxes"]
    assert [t.text for t in g.header if t.text][-3:] == ["As Previously Reported", "Adjustments from Adoption", "As Adjusted"]


def test_a_stub_label_then_the_columns_names_then_a_section_row_ends_the_header_at_the_names():
    """Tesla's balance sheet adjustments: the stub's `Consolidated Balance Sheets (unaudited):`
    and three names, then `Assets` with its row's empty cells before the first row: the names
    head the columns and `Assets` heads a section (it was taken for names with the others)."""
    def amounts(label, *values):
        return [label, *(cell for v in values for cell in ("$", v, "", ""))][:-1]

    cells = ["As of June 30, 2024", "Consolidated Balance Sheets (unaudited):",
             "As Previously Reported", "", "Adjustments from Adoption", "", "As Adjusted",
             "Assets", "", "", "", "", "", "", "", "", "", "",
             *amounts("Digital assets, net", "184", "538", "722"),
             *amounts("Deferred tax assets", "6,692", "(119)", "6,573")]
    g = grid("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Assets", "Digital assets, net", "Deferred tax assets"]
    assert [t.text for t in g.header if t.text][-3:] == ["As Previously Reported", "Adjustments from Adoption", "As Adjusted"]


def test_a_stub_label_then_the_columns_names_under_a_group_row_ends_the_header():
    """A bank's allowance by segment: `Real Estate` over three of the columns, then the stub's
    `Allowance for loan and lease losses:` and a name over each column, then the rows: the names
    head the columns under the group row (they were rows of their own, the group row the header)."""
    def amounts(label, *values):
        return [label, *(cell for v in values for cell in ("", "$", v))]

    names = ["Commercial", "Leases", "Commercial", "Construction", "Total"]
    cells = ["", "", "", "", "", "", "Real Estate", "", "Real Estate", "", "", "",
             "Allowance for loan and lease losses:", *(c for name in names for c in ("", name)),
             *amounts("Beginning balance", "2,832", "734", "10,470", "969", "15,005"),
             *amounts("Ending balance", "3,015", "1,262", "11,175", "513", "15,965")]
    g = grid("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Beginning balance", "Ending balance"]
    assert [t.text for t in g.header if t.text][-5:] == names


def test_a_section_row_after_the_names_is_no_column_and_the_first_name_no_stubs():
    """A bank's allowance by segment, each cell a `|` line with its text on the next: `2019`,
    `(in thousands)`, then a name over each column, then `ALLL` with its row of empty cells
    before the first row. As many texts after the first name as the row has values, but `ALLL`
    labels a section row (half a row of empty cells after it), so the first name heads the first
    column, not the stub (the names slid a column, `ALLL` the last one's)."""
    names = ["Commercial Construction", "Commercial Secured by Real Estate", "Equipment Lease Financing",
             "Commercial Other", "Real Estate Construction", "Real Estate Mortgage", "Home Equity",
             "Consumer Direct", "Consumer Indirect", "Total"]

    def row(label, *values, sign=""):  # a negative's `)` in the cell after it, as the crawl split it
        return [label, "", *(cell for v in values for cell in (sign, v.rstrip(")"), ")" if v.endswith(")") else "", ""))]

    cells = ["2019", *[""] * 30, "(in thousands)", "", *(c for name in names for c in (name, "", ""))][:-2]
    cells += ["", "ALLL", *[""] * 30,
              *row("Balance, beginning of year", "862", "14,531", "12", "4,993", "512", "4,433", "841", "1,883",
                   "7,841", "35,908", sign="$"),
              *row("Provision charged to expense", "497", "(137)", "(8)", "3,032", "(40)", "414", "172", "528",
                   "361", "4,819"),
              *row("Losses charged off", "(72)", "(727)", "0", "(2,179)", "(100)", "(767)", "(139)", "(1,100)",
                   "(4,652)", "(9,736)")]
    text = "|Activity in Allowance for Loan and Lease Losses\n|The following tables present the allowance:\n" \
        + "".join(f"|\n{c}\n" if c else "|\n" for c in cells)
    [table] = refold.parse(text).tables
    assert [r.label for r in table.rows] == ["ALLL", "Balance, beginning of year", "Provision charged to expense",
                                             "Losses charged off"]
    assert list(table.columns) == [f"2019 {name}" for name in names]


def test_a_table_opening_on_its_stubs_name_and_its_columns_name_has_them_as_header():
    """`Property and Equipment` ␣ `Estimated Useful Life` over rows of a label and a duration: the
    first row of cells names the stub and the column, however the width's chunks fall (the
    empty cells before it misalign them); it is no row of the body."""
    cells = ["", "", "", "", "Property and Equipment", "", "Estimated Useful Life",
             "Building improvements", "", "15 years", "Furniture, fixtures and equipment", "", "7 years",
             "Computer equipment", "", "5 years"]
    g = grid("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Building improvements", "Furniture, fixtures and equipment", "Computer equipment"]
    assert [t.text for t in g.header if t.text] == ["Property and Equipment", "Estimated Useful Life"]


def test_a_stub_name_then_the_columns_names_at_the_tables_top_are_its_header():
    """`Warrants` ␣ `Number of shares` ␣ `Exercise price per share` ␣ `Weighted average exercise
    price`, then rows of three values: the first text names the stub, the others the columns."""
    cells = ["Warrants", "", "Number of shares", "", "Exercise price per share", "", "Weighted average exercise price",
             "Outstanding January 1, 2021", "", "", "2,053,145", "", "", "$", "2.63", "", "", "$", "2.63",
             "Granted", "", "", "—", "", "", "", "—", "", "", "", "—",
             "Outstanding December 31, 2021", "", "", "546,336", "", "", "$", "2.50", "", "", "$", "2.66"]
    g = grid_by_labels("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Outstanding January 1, 2021", "Granted", "Outstanding December 31, 2021"]
    assert [t.text for t in g.header if t.text][1:] == ["Number of shares", "Exercise price per share",
                                                        "Weighted average exercise price"]


def test_header_lines_stacked_row_by_row_are_all_header():
    """`Weighted` / `Average` / `Exercise` / `Shares` ␣ `Price` over rows of two values, empty cells
    kept: every line is the header's (`Price` is no section row), the first row's label after them."""
    cells = ["", "", "June 30, 2014", *[""] * 6, "Weighted", *[""] * 6, "Average", *[""] * 6, "Exercise", *[""] * 3,
             "Shares", "", "", "Price", "",
             "Warrants outstanding – beginning of year", "", "", "19,550,817", "", "", "$", "0.17", "",
             "Warrants granted", "", "", "5,701,754", "", "", "", "0.30", "",
             "Warrants outstanding – end of period", "", "", "15,885,284", "", "", "$", "0.21", ""]
    g = grid_by_labels("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Warrants outstanding – beginning of year", "Warrants granted",
                                       "Warrants outstanding – end of period"]


def test_evenly_spaced_names_a_few_cells_apart_are_the_header():
    """`Year 2011` then four quarters' names three empty cells apart (merged header cells), then
    rows of four values: all names, however wide their spacing; two texts a row apart stay rows."""
    cells = ["", "Year 2011", "", "", "First Quarter", "", "", "", "Second Quarter", "", "", "", "Third Quarter",
             "", "", "", "Fourth Quarter", "",
             *[c for label, v in (("Net Sales", "187,524"), ("Net income", "7,132")) for c in
               (label, "", "$", v, "", "", "$", v, "", "", "$", v, "", "", "", v, "")]]
    g = grid_by_labels("\n".join("|" + c for c in cells))
    assert [r[0] for r in rows(g)] == ["Net Sales", "Net income"]
    assert [t.text for t in g.header if t.text][-4:] == ["First Quarter", "Second Quarter", "Third Quarter",
                                                         "Fourth Quarter"]


def test_a_long_text_after_the_last_label_of_a_one_column_table_is_its_value():
    """Useful lives, a duration a row, then `Leasehold improvements` and `Shorter of estimated life
    of improvement or the lease term` (and a spacer after it): the text is the last row's value,
    whichever reading wins."""
    cells = ["", "Software", "", "3 years", "Computers and equipment", "", "5 years", "Furniture and fixtures", "",
             "7 years", "Leasehold improvements", "", "Shorter of estimated life of improvement or the lease term", ""]
    text = "\n".join("|" + c for c in cells)
    for g in (grid(text), grid_by_labels(text)):
        assert rows(g)[-1] == ["Leasehold improvements", "Shorter of estimated life of improvement or the lease term"]


def test_multiple_of_the_width_does_not_win():
    """Rows of 2W fit a W table as regularly; the smaller width is chosen."""
    tokens = cells_to_tokens(text_to_cells(KEPT))
    width, _, _ = best_fixed_width(tokens)
    assert width == 8


def test_label_delimited_where_empty_cells_were_dropped():
    """A label, then its values; more values than the width start an unlabeled total row."""
    text = "\n".join(["|2020", "|2019", "|Receivable", "|$", "|45,277", "|$", "|68,988", "|Notes", "|—",
                      "|156", "|Allowance", "|(45)", "|(254)", "|", "|$", "|45,232", "|$", "|68,890"])
    g = grid(text)
    assert g.layout == "label-delimited"
    assert rows(g) == [["Receivable", "$ 45,277", "$ 68,988"], ["Notes", "—", "156"],
                       ["Allowance", "(45)", "(254)"], ["", "$ 45,232", "$ 68,890"]]
    assert g.rows[-1].kind == "total"


def test_sparse_rows_do_not_set_the_width():
    """Most rows with one value, a few with two: the table is two wide."""
    text = "\n".join(["|A", "|1", "|2", "|B", "|3", "|C", "|4", "|5", "|D", "|6"])
    assert grid(text).n_cols == 2


def lines(*cells):
    return "\n".join(f"|{c}" for c in cells)


def note_page(table: str) -> str:
    """A `(Tables)` page whose one text block holds a lead-in sentence and `table`."""
    return "\n".join(["|", "NOTES (Tables)", "|3 Months Ended", "Mar. 31, 2025", "|Notes [Abstract]", "|",
                      "|Schedule", "|", "The following table shows the amounts:", table])


def test_a_row_cut_short_by_merged_blank_cells_keeps_later_rows_aligned():
    """Filers merge a row's trailing blank cells into one (`colspan`): that row is short, and
    the rows after it keep their columns (`segment_rows`)."""
    full = lambda label, a, b: [label, "", "$", a, "", "", "$", b, ""]  # noqa: E731
    text = lines("", "", "2024", "", "", "2023", "", "", "",
                 *full("Cash", "5", "6"), *full("Loans", "7", "8"),
                 "Deposits", "", "$", "9", "",  # `2023` blank, its cells merged into one
                 *full("Other", "1", "2"), *full("Total", "22", "16"))
    tokens = cells_to_tokens(text_to_cells(text))
    shape = Shape(tokens)
    assert best_fixed_width(shape)[0] == 9
    _first, chunks, _text_columns = body_chunks(shape, 9, 0)
    assert [len(c) for c in chunks] == [9, 9, 5, 9, 9]
    assert rows(grid(text)) == [["Cash", "$ 5", "$ 6"], ["Loans", "$ 7", "$ 8"], ["Deposits", "$ 9", ""],
                                ["Other", "$ 1", "$ 2"], ["Total", "$ 22", "$ 16"]]


def test_column_names_after_the_last_year_are_header():
    """`2025`, `2024`, `$ Change`, `% Change` over rows of four values: the names are header."""
    text = lines("2025", "2024", "$ Change", "% Change", "Revenue", "10", "8", "2", "25%",
                 "Cost", "4", "3", "1", "33%")
    g = grid(text)
    assert [t.text for t in g.header if t.text][-2:] == ["$ Change", "% Change"]
    assert rows(g) == [["Revenue", "10", "8", "2", "25%"], ["Cost", "4", "3", "1", "33%"]]


def test_a_header_of_column_names_only():
    """Names over an empty stub, a spacer apart; the first text after a row of empty cells is
    a row's label (`Recourse debt:`)."""
    text = lines("", "", "Carrying Value", "", "Unpaid Principal", "", "Unused Amount",
                 "Recourse debt:", "", "", "", "", "", "",
                 "Credit Agreement", "", "5", "", "5", "", "100",
                 "Other", "", "4", "", "3", "", "—")
    g = grid(text)
    assert [t.text for t in g.header if t.text] == ["Carrying Value", "Unpaid Principal", "Unused Amount"]
    assert rows(g)[0] == ["Recourse debt:", "", "", ""]


def test_section_rows_after_the_dates_are_not_column_names():
    """`Assets` and `CURRENT ASSETS`, each followed by its row's empty cells, under two dates and
    over rows of two values: as many texts as columns, but section rows, not a row of names."""
    text = lines("Amounts in millions", "", "", "March 31, 2025", "", "June 30, 2024",
                 "Assets", "", "", "", "", "", "", "CURRENT ASSETS", "", "", "", "", "", "",
                 "Cash", "", "", "$", "9,116", "", "$", "9,482",
                 "Receivables", "", "", "6,139", "", "6,118")
    g = grid(text)
    assert [t.text for t in g.header if t.text] == ["Amounts in millions", "March 31, 2025", "June 30, 2024"]
    assert rows(g) == [["Assets", "", ""], ["CURRENT ASSETS", "", ""], ["Cash", "$ 9,116", "$ 9,482"],
                       ["Receivables", "6,139", "6,118"]]


def test_section_rows_side_by_side_after_dates_that_name_every_column_are_sections():
    """Coca-Cola's balance sheet: `June 27, 2025` `December 31, 2024`, then `ASSETS` and
    `Current Assets` next to each other, their rows' empty cells after both. Two dates name the
    two columns already: the texts head sections (neither a second row of names nor the dates'
    wrapped lines)."""
    text = lines("", "", "June 27, 2025", "December 31, 2024", "ASSETS", "Current Assets", "", "",
                 "Cash and cash equivalents", "$", "9,590", "", "$", "10,828", "",
                 "Short-term investments", "2,658", "", "2,020", "")
    g = grid(text)
    assert [t.text for t in g.header if t.text] == ["June 27, 2025", "December 31, 2024"]
    assert rows(g) == [["ASSETS", "", ""], ["Current Assets", "", ""], ["Cash and cash equivalents", "$ 9,590", "$ 10,828"],
                       ["Short-term investments", "2,658", "2,020"]]


def test_a_text_with_no_empty_cells_after_a_row_short_of_its_last_value_is_that_value():
    """Netflix's property table: `30 years`, `3-5 years` end the full rows, and `Over life of
    lease` follows `Leasehold improvements`' two amounts and at once the next label. A row of
    its own would write its empty cells, as `Land`'s spacers are written: it is the row's
    useful life. A text after a row of an amounts-only table stays a row."""
    text = lines("", "June 30, 2025", "", "December 31, 2024", "", "Estimated Useful Lives", "", "", "(in thousands)",
                 "", "", "Land", "", "$", "85,000", "", "$", "85,000", "", "",
                 "Buildings", "", "508,284", "", "475,684", "", "30 years",
                 "Leasehold improvements", "", "1,080,760", "", "1,026,593", "", "Over life of lease",
                 "Furniture", "", "139,613", "", "134,987", "", "3-5 years")
    assert rows(grid(text)) == [["Land", "$ 85,000", "$ 85,000", ""], ["Buildings", "508,284", "475,684", "30 years"],
                                ["Leasehold improvements", "1,080,760", "1,026,593", "Over life of lease"],
                                ["Furniture", "139,613", "134,987", "3-5 years"]]
    amounts = lines("", "June 30, 2025", "", "December 31, 2024", "", "Change", "", "", "(in thousands)", "", "", "Rent", "", "5", "", "6", "", "1",
                    "Fees", "", "7", "", "9", "Other", "Tax", "", "1", "", "2", "", "1", "Net", "", "3", "", "4", "", "1")
    assert [r[0] for r in rows(grid(amounts))] == ["Rent", "Fees", "Other", "Tax", "Net"]


def test_names_after_the_units_side_by_side_end_the_header_where_empty_cells_were_dropped():
    """HubSpot's statement of equity in a crawl that dropped empty cells: `Shares` `$` `Shares`
    `$`, then `Capital` `Income (Loss)` `Deficit` `Total` and the first row's label with eight
    values. The four units and the four texts name the eight columns: the texts are names, not
    section rows; with a text more than the row needs they stay rows."""
    values = ["51,767", "$ 52", "900", "$ —", "$ 2,713,697", "$ (5,654)", "$ (799,809)", "1,908,286"]
    text = lines("Common Stock", "Treasury Stock", "Additional Paid-In", "Accumulated Other Comprehensive", "Accumulated",
                 "Shares", "$", "Shares", "$", "Capital", "Income (Loss)", "Deficit", "Total",
                 "Balances at December 31, 2024", *values, "Net loss", "—", "—", "—", "—", "—", "—", "(21,793)", "(21,793)")
    assert [r[0] for r in rows(grid(text))] == ["Balances at December 31, 2024", "Net loss"]
    more = text.replace("|Total\n", "|Total\n|Equity\n")
    assert "Equity" in [r[0] for r in rows(grid(more))]


def test_a_stubs_short_name_then_long_column_names_head_a_table_where_empty_cells_were_dropped():
    """Union Pacific's repurchases, a cell a line: `Period`, then four long names (one with its
    mark `[a]` on a line of its own), then `Apr. 1 through Apr. 30` and four values. The stub's
    name and the names head the table; a name ending in a full stop would read as prose."""
    names = ["Total number of shares purchased", "[a]", "Average price paid per share [b]",
             "Total number of shares purchased as part of a publicly announced plan or program [c]",
             "Maximum number of shares that may be purchased under current authority [d]"]
    body = ["Apr. 1 through Apr. 30", "3,571,872", "$ 206.19", "3,571,534", "96,428,466",
            "May. 1 through May. 31", "2,449,278", "202.70", "2,449,071", "93,979,395"]
    g = grid(lines("Period", *names, *body))
    assert [r[0] for r in rows(g)] == ["Apr. 1 through Apr. 30", "May. 1 through May. 31"]
    prose = grid(lines("Period", *names[:-1], "The shares were bought in the open market.", *body))
    assert rows(prose)[0][0] != "Apr. 1 through Apr. 30"


def test_a_column_of_texts_between_value_columns():
    """`Line Item` holds a text between two amounts on every row: each text read alone would
    label a row of its own. The header names three columns, the rows pair into three cells with
    the text in the middle, and the total's two amounts fill the two value columns."""
    text = lines("", "Gain in OCI", "", "Line Item", "Reclassified",
                 "FX contracts", "$", "(501)", "", "Net revenues", "$", "(69)",
                 "FX contracts", "(11)", "", "Cost of goods sold", "1",
                 "Commodity contracts", "(13)", "", "Cost of goods sold", "(5)",
                 "Total", "$", "(525)", "", "", "$", "(73)")
    g = grid(text)
    assert rows(g) == [["FX contracts", "$ (501)", "Net revenues", "$ (69)"],
                       ["FX contracts", "(11)", "Cost of goods sold", "1"],
                       ["Commodity contracts", "(13)", "Cost of goods sold", "(5)"],
                       ["Total", "$ (525)", "", "$ (73)"]]


def test_rows_of_one_value_without_a_wider_row_stay_rows():
    """A table of contents (`Page` over `Part I.`, `Item 1.`, then one page number a row): no
    row holds more values than the others, so nothing shows a column of texts."""
    text = lines("", "Page", "Part I.", "", "Item 1.", "", "Operations", "3", "Cash Flows", "5",
                 "Balance Sheets", "6", "Equity", "7")
    assert [r[0] for r in rows(grid(text))][-4:] == ["Operations", "Cash Flows", "Balance Sheets", "Equity"]


def test_a_year_before_a_rows_values_is_part_of_its_label():
    """`Beauty` `2025` `3,490` …, then `2024` `3,550` …: years that label rows."""
    text = lines("Net Sales", "Net Earnings", "Beauty", "2025", "3,490", "539", "2024", "3,550", "587",
                 "Grooming", "2025", "1,505", "321", "2024", "1,539", "303")
    table = refold.parse(note_page(text)).tables[-1]
    assert rows(table) == [
        ["Beauty 2025", "3,490", "539"], ["2024", "3,550", "587"],
        ["Grooming 2025", "1,505", "321"], ["2024", "1,539", "303"]]


def test_a_period_after_column_names_heads_rows_of_the_same_table():
    """`United States`, `Total`, then `Three Months Ended June 27, 2025` over rows, later
    `Three Months Ended June 28, 2024` over more: one table, the periods its section rows."""
    text = lines("", "United States", "Total", "Three Months Ended June 27, 2025",
                 "Concentrate", "2,268", "8,289", "Finished", "2,667", "4,246",
                 "Three Months Ended June 28, 2024", "Concentrate", "2,278", "7,494",
                 "Finished", "2,462", "4,869")
    page = refold.parse(note_page(text))
    assert len(page.tables) == 1
    assert [r.label for r in page.tables[0].rows] == [
        "Three Months Ended June 27, 2025", "Concentrate", "Finished",
        "Three Months Ended June 28, 2024", "Concentrate", "Finished"]


def test_a_period_over_two_section_rows_heads_the_body_not_the_columns():
    """Six segments named, `(in millions)`, then `Three months ended June 30, 2013` in the label
    column, `Revenues—external customers` and `Premiums:` over a row of empty cells each, and only
    then the first row with values: the period is the body's first section row, no part of every
    column's name (a later period heads the next section)."""
    blanks = [""] * 6
    names = ["Retail", "Employer Group", "Other", "Consolidated"]
    text = lines("", *names, "(in millions)", "Three months ended June 30, 2013", *blanks,
                 "Revenues—external customers", *blanks, "Premiums:", *blanks,
                 "Medicare Advantage", "$", "5,572", "$", "1,160", "$", "0", "$", "6,732",
                 "Specialty", "52", "275", "0", "327",
                 "Three months ended June 30, 2012", *blanks,
                 "Medicare Advantage", "$", "5,134", "$", "1,012", "$", "0", "$", "6,146")
    table = refold.parse(note_page(text)).tables[-1]
    assert list(table.columns) == names
    assert [r.label for r in table.rows][:3] == ["Three months ended June 30, 2013", "Revenues—external customers",
                                                 "Premiums:"]


def test_the_headers_count_over_sparse_rows():
    """Two years named, one full row and two rows with one value: two columns (the sparse
    rows do not set the width)."""
    text = lines("2024", "2023", "Cash", "1", "2", "Loans", "3", "Other", "4")
    assert grid(text).n_cols == 2


def test_a_wide_first_row_is_not_a_row_and_its_total():
    """A first row of four values and a second of two: a table four wide with a sparse row
    (a row and its unlabeled total come after other rows, never first)."""
    text = lines("Cost of revenues", "5,325", "5,174", "151", "3%", "As a percentage", "48%", "54%")
    assert grid(text).n_cols == 4


def test_a_sparse_rows_blank_columns_each_one_merged_cell():
    """Filers (Workiva) merge each blank column of a row into one cell, and a value and its `)`
    cell make two: a sparse row's values then sit where its blank cells say."""
    text = lines("Region A", "Region B", "Total",
                 "Sales", "$", "3,008", "", "$", "1,587", "", "$", "4,595", "",
                 "Costs", "895", "", "263", "", "1,158", "",
                 "Interest income", "", "", "188", "",
                 "Other", "", "12", "", "", "")
    assert rows(grid(text)) == [["Sales", "$ 3,008", "$ 1,587", "$ 4,595"], ["Costs", "895", "263", "1,158"],
                                ["Interest income", "", "", "188"], ["Other", "", "12", ""]]


def test_a_period_over_a_section_and_its_rows_continues_the_table():
    """`Three Months Ended June 28, 2024`, `Net operating revenues:`, `Third party` `2,873`: the
    period labels a section of the same table."""
    text = lines("", "United States", "Total", "Three Months Ended June 27, 2025", "Revenues:",
                 "Third party", "2,268", "8,289", "Three Months Ended June 28, 2024", "Revenues:",
                 "Third party", "2,278", "7,494")
    page = refold.parse(note_page(text))
    assert len(page.tables) == 1 and len(page.tables[0].rows) == 6


def test_a_period_heading_the_same_rows_as_a_later_one_is_a_section_whatever_the_names():
    """`United States International Total` (names a space apart on one line, a rows crawl), then
    `Three Months Ended June 27, 2025` and its empty cells over `Concentrate operations` and
    values, as `Three Months Ended June 28, 2024` is later: both periods head sections."""
    text = lines("", "United States International Total", "Three Months Ended June 27, 2025", "", "", "",
                 "Concentrate operations", "$ 2,268", "$ 6,021", "$ 8,289", "Total", "$ 4,935", "$ 7,600", "$ 12,535",
                 "Three Months Ended June 28, 2024", "", "", "",
                 "Concentrate operations", "$ 2,278", "$ 5,216", "$ 7,494", "Total", "$ 4,740", "$ 7,623", "$ 12,363")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows][::3] == ["Three Months Ended June 27, 2025", "Three Months Ended June 28, 2024"]
    assert "Three Months" not in table.columns[0]


def test_names_repeated_in_turn_under_years_are_header_not_sections():
    """`September 30,` `December 31,` twice, the years, then `Operating` `Operating` `Finance`
    `Finance` straight before the first row: names repeated as column names are, not section
    rows (which never repeat so)."""
    from refold.grid import names_in_turn

    text = lines("September 30,", "December 31,", "September 30,", "December 31,", "2025", "2024", "2025", "2024",
                 "Operating", "Operating", "Finance", "Finance", "Weighted-average term (years)", "18.52", "18.95", "4.50",
                 "-", "Weighted-average discount rate", "4.17%", "4.19%", "4.31%", "-%")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Weighted-average term (years)", "Weighted-average discount rate"]
    assert table.columns[0] == "September 30, 2025 Operating" and table.columns[3] == "December 31, 2024 Finance"
    assert names_in_turn(["A", "B", "A", "B"]) and names_in_turn(["A", "A", "B", "B"])
    assert names_in_turn(["A", "A", "A"])
    assert not names_in_turn(["A", "B", "C"]) and not names_in_turn(["A", "A", "B"]) and not names_in_turn(["A", "B", "B", "A"])


def test_two_label_columns_join_into_one_label():
    """`Money market funds` + `Level 1` + values, on every row: two label columns (the second
    repeats its labels), read as one label as the HTML reader reads it."""
    text = lines("2024", "2023",
                 "Treasury debt", "Level 2", "23,967", "24,032", "Corporate debt", "Level 2", "21,564", "21,636",
                 "Money market funds", "Level 1", "5,245", "5,245", "Agency debt", "Level 2", "2,238", "2,243")
    assert [r[0] for r in rows(grid(text))] == ["Treasury debt Level 2", "Corporate debt Level 2",
                                                "Money market funds Level 1", "Agency debt Level 2"]


def test_two_pairs_of_labels_join_where_the_second_label_repeats():
    """`Interest rate contracts` + `Interest expense`, `Fixed-rate debt` + `Interest expense`, then
    a total with no second label: two pairs are enough where the second column repeats its one
    text (the line item both hedges impact); two pairs of different texts stay sections."""
    text = lines("2025", "2024", "Interest rate contracts", "Interest expense", "$ 168", "$ (19)",
                 "Fixed-rate debt", "Interest expense", "(170)", "20", "Net impact", "$ (2)", "$ 1")
    assert [r[0] for r in rows(grid(text))] == ["Interest rate contracts Interest expense",
                                                "Fixed-rate debt Interest expense", "Net impact"]
    text = lines("2025", "2024", "Americas", "Net sales", "5", "6", "Europe", "Operating income", "7", "8",
                 "Total", "12", "14")
    assert [r[0] for r in rows(grid(text))][:2] == ["Americas", "Net sales"]


def test_sections_of_one_row_each_stay_sections():
    """Section labels each over one row, no label repeating: sections, not a label column."""
    text = lines("2024", "2023", "Americas", "Net sales", "5", "6", "Europe", "Operating income", "7", "8",
                 "Japan", "Gross margin", "9", "1")
    assert [r[0] for r in rows(grid(text))] == ["Americas", "Net sales", "Europe", "Operating income",
                                                "Japan", "Gross margin"]


def test_a_second_header_of_names_and_a_unit_note_after_rows_starts_a_second_table():
    """A quarterly note: `2011 Quarter`, `First` … `Fourth`, `(in thousands)`, rows, then the
    same header for 2010. The unit note over a row's label and values heads columns, and
    `Fourth` + an empty cell before it is one more column name, not a new block's label."""
    def year(y, a, b):
        return [f"{y} Quarter", "", "First", "", "Second", "", "", "(in thousands)",
                "Revenues", "", "$", a, "", "$", b, "", "Net income", "", "", a, "", "", b, ""]
    text = lines(*year(2011, "38,994", "20,743"), *year(2010, "19,518", "20,902"))
    page = refold.parse(note_page(text))
    assert [len(t.rows) for t in page.tables] == [2, 2]
    assert [t.columns for t in page.tables] == [("First", "Second")] * 2
    assert page.tables[1].rows[0].cells == ("$ 19,518", "$ 20,902")



def test_a_names_note_mark_is_not_a_value_before_the_unit_note():
    """`Shares Purchased` `(1)`, then `(in thousands)` over the rows: the mark is no row's value,
    so the unit note is this table's header, not the start of a second table."""
    from refold.kinds import classify
    from refold.model import Span, Token
    from refold.pipeline import next_table_start

    texts = ["Period Shares Purchased", "(1)", "", "(in thousands)", "April", "784,964", "$ 939.88"]
    assert next_table_start([Token(t, classify(t), Span(1, 1)) for t in texts]) == 0
    texts[1] = "12"  # a value: what follows is a new table's header over its rows
    assert next_table_start([Token(t, classify(t), Span(1, 1)) for t in texts]) == 2


def test_names_over_rows_labeled_by_years_are_the_header():
    """A maturity table: `Year Ended December 31`, `Operating Leases`, `Finance Leases`, then rows
    `2020` `$ 302` `$ 91` …: as many names as the rows have values, so `2020` is the first
    row's whole label, not the end of `Finance Leases 2020`."""
    text = lines("Year Ended December 31", "Operating Leases", "", "Finance Leases",
                 "2020", "$", "302", "", "$", "91", "2021", "261", "", "83", "Thereafter", "790", "", "131")
    table = refold.parse(note_page(text)).tables[-1]
    assert list(table.columns) == ["Year Ended December 31 Operating Leases", "Year Ended December 31 Finance Leases"]
    assert rows(table) == [
        ["2020", "$ 302", "$ 91"], ["2021", "261", "83"], ["Thereafter", "790", "131"]]


def test_a_sparse_row_of_a_report_with_footnote_cells_keeps_its_columns():
    """R pages give a column footnoted in its header (`Nov. 03, 2018` `[1]`) a cell of its own in
    every row: rows have more cells than columns. Full rows show where values stand; a row with
    as many cells and one value (`Net income`, a year's only) sits where its cell says."""
    text = "\n".join(["|", "Income - USD ($)", "|3 Months Ended", "|12 Months Ended",
                      "|", "Nov. 02, 2019", "|", "Nov. 03, 2018", "|[1]", "|", "Nov. 02, 2019",
                      "|Revenue", "|$ 1", "|", "|$ 2", "|", "|$ 3",
                      "|Cost", "|4", "|", "|5", "|", "|6",
                      "|Net income", "|", "|", "|", "|", "|$ 7"])
    table = refold.parse(text).tables[0]
    assert rows(table) == [
        ["Revenue", "$ 1", "$ 2", "$ 3"], ["Cost", "4", "5", "6"], ["Net income", "", "", "$ 7"]]


def test_a_reports_footnotes_after_its_last_row_are_prose():
    """`[1]` / `Previously labeled as …` under a lone `|` after the last row: the page's footnotes,
    one paragraph each, not rows."""
    text = "\n".join(["|", "Income - USD ($)", "|12 Months Ended", "|", "Jan. 31, 2019",
                      "|Net revenue [1]", "|132.4", "|Cost of revenue [2]", "|$ 54.4", "|", "|",
                      "[1]", "Previously labeled as License.", "[2]", "Previously labeled as Cost of license."])
    page = refold.parse(text)
    assert [r.label for r in page.tables[0].rows] == ["Net revenue [1]", "Cost of revenue [2]"]
    assert page.prose == ("[1] Previously labeled as License.", "[2] Previously labeled as Cost of license.")


def test_column_names_wrapped_one_line_a_cell_are_all_header():
    """More short lines than columns (two more at least) between the date and the first row's
    label, side by side: names that wrapped, all header, none a row."""
    text = lines("March 29, 2025", "Adjusted", "Cost", "Unrealized", "Gains", "Fair", "Value",
                 "Cash", "$ 25,061", "$ —", "$ 25,061", "Money market funds", "1,132", "—", "1,132")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Cash", "Money market funds"]
    assert list(table.columns) == ["March 29, 2025 Adjusted Cost", "March 29, 2025 Unrealized Gains",
                                   "March 29, 2025 Fair Value"]


def test_column_names_wrapped_under_a_period_with_its_date_are_all_header():
    """`Six Months Ended June 27, 2025` (a period holding its date: a leaf over every column),
    then `Shareowners of` `The Coca-Cola Company` `Noncontrolling` `Interests` `Total`, one line
    a cell, over rows of three values: names that wrapped, not rows."""
    text = lines("Six Months Ended June 27, 2025", "Shareowners of", "The Coca-Cola Company", "Noncontrolling",
                 "Interests", "Total", "Consolidated net income", "$ 7,140", "$ (2)", "$ 7,138",
                 "Net foreign currency translation", "1,643", "79", "1,722")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Consolidated net income", "Net foreign currency translation"]
    assert [c.replace("Six Months Ended June 27, 2025 ", "") for c in table.columns] == [
        "Shareowners of The Coca-Cola Company", "Noncontrolling Interests", "Total"]


def test_footnotes_one_line_a_cell_after_the_last_row_are_prose_but_a_values_mark_stays():
    """Line-per-cell: `[1]` and its text, each a line, after the last value, are footnotes; a last
    value's own `[2]` with no text after it stays on the value."""
    text = "\n".join(["Income - USD ($)", "12 Months Ended", "Jan. 31, 2019", "Net revenue", "132.4",
                      "Cost of revenue", "$ 54.4", "\u00a0", "[1]", "Previously labeled as License and other revenue.",
                      "[2]", "Previously labeled as Cost of license and other revenue."])
    page = refold.parse(text)
    assert [r.label for r in page.tables[0].rows] == ["Net revenue", "Cost of revenue"]
    assert page.prose == ("[1] Previously labeled as License and other revenue.",
                          "[2] Previously labeled as Cost of license and other revenue.")
    page = refold.parse("|\nT - USD ($)\n|12 Months Ended\n|\nJan. 31, 2019\n|Rate\n|10.00%\n|[2]\n|")
    assert page.tables[0].rows[-1].cells == ("10.00% [2]",) and page.prose == ()


def test_a_wrapped_name_whose_lines_hold_its_unit_note_is_all_header():
    """`Number of` `RSUs` `(in thousands)` `Weighted-Average` `Grant-Date Fair` `Value Per RSU`:
    the unit note is one of the first name's lines; all six lines are header."""
    text = lines("Number of", "RSUs", "(in thousands)", "Weighted-Average", "Grant-Date Fair", "Value Per RSU",
                 "Balance as of September 28, 2024", "163,326", "$", "158.73",
                 "RSUs granted", "63,378", "$", "228.10")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Balance as of September 28, 2024", "RSUs granted"]
    assert list(table.columns) == ["Number of RSUs", "Weighted-Average Grant-Date Fair Value Per RSU"]


def test_a_text_that_follows_a_section_elsewhere_is_a_row_not_a_text_value():
    """A details page without empty cells: `Fair Value, Recurring` then `Assets` reads like a label
    and its text value, but `Assets` also follows `Level 1 | Fair Value, Recurring` (a dimension
    row): a row's label everywhere. A cover's `Apple Inc.` stays its label's value."""
    text = "\n".join(["|", "Fair Value (Details) - USD ($)", "|", "Sep. 30, 2024", "|", "Dec. 31, 2023",
                      "|Fair Value, Recurring", "|Assets", "|Cash", "|$ 32,943", "|$ 37,518",
                      "|Level 1 | Fair Value, Recurring", "|Assets", "|Cash", "|32,943", "|37,518",
                      "|Entity Registrant Name", "|Apple Inc."])
    rows = [[r.label, *r.cells] for r in refold.parse(text).tables[0].rows]
    assert rows[:3] == [["Fair Value, Recurring", "", ""], ["Assets", "", ""], ["Cash", "$ 32,943", "$ 37,518"]]
    assert rows[-1] == ["Entity Registrant Name", "Apple Inc.", ""]


def test_a_text_a_value_follows_elsewhere_is_a_row_not_a_text_value():
    """A bank's details page without empty cells: under the first member `60-89 days past due`
    has its values; under the next, whose rows are empty, it follows `30-59 days past due`
    straight on. A text a value follows somewhere labels its rows everywhere (a text value never
    has a value after it); the cover's `Apple Inc.` stays its label's value."""
    rows_one = ["|30-59 days past due", "|$ 1,927", "|$ 1,284", "|60-89 days past due", "|524", "|556",
                "|Total", "|2,451", "|1,840"]
    rows_two = ["|30-59 days past due", "|60-89 days past due", "|2", "|Total", "|2"]
    text = "\n".join(["|", "Loans (Details) - USD ($)", "|", "Jun. 30, 2013", "|", "Dec. 31, 2012", *rows_one,
                      "|", "Commercial", *rows_two, "|Entity Registrant Name", "|Apple Inc."])
    rows = [[r.label, *r.cells] for r in refold.parse(text).tables[0].rows]
    assert [r[0] for r in rows] == ["30-59 days past due", "60-89 days past due", "Total", "Commercial",
                                    "30-59 days past due", "60-89 days past due", "Total", "Entity Registrant Name"]
    assert rows[4] == ["30-59 days past due", "", ""] and rows[-1] == ["Entity Registrant Name", "Apple Inc.", ""]


def debt_row(label, *cells):
    """A debt table's row as filers lay it out: `$` cells, spacers, the dates between amounts."""
    par, par_before, issued, due, fair, fair_before = cells
    return [label, "", *par, "", "", *par_before, "", "", issued, "", due, "", *fair, "", "", *fair_before, ""]


DEBT = ["", "Principal Amount", "", "Fair Value as of", "June 30,\n2025", "", "December 31,\n2024", "",
        "Issuance Date", "", "Maturity", "", "June 30,\n2025", "", "December 31,\n2024",
        *debt_row("4.375% Notes", ["$", "1,000"], ["$", "900"], "October 2016", "November 2026",
                  ["$", "1,005"], ["$", "998"]),
        *debt_row("3.625% Notes", ["1,525"], ["1,346"], "May 2017", "May 2027", ["1,559"], ["1,375"]),
        *debt_row("4.875% Notes", ["1,600"], ["1,600"], "October 2017", "April 2028", ["1,687"], ["1,607"])]
TOTAL = ["", "", "$", "4,125", "", "", "$", "3,846", "", "", "", "", "", "", "$", "4,251", "", "", "$", "3,980", ""]


def test_dates_between_values_are_columns_of_their_row():
    """A debt table's `Issuance Date` and `Maturity` hold dates between the amounts: each date
    would read as a row of its own; two rows or more that read so, and a total filling the value
    columns, make them their row's cells. The total's label cell is empty, so its values follow
    the last row's: past the value columns' count they are a row of their own."""
    table = refold.parse(note_page(lines(*DEBT, *TOTAL))).tables[-1]
    assert rows(table) == [
        ["4.375% Notes", "$ 1,000", "$ 900", "October 2016", "November 2026", "$ 1,005", "$ 998"],
        ["3.625% Notes", "1,525", "1,346", "May 2017", "May 2027", "1,559", "1,375"],
        ["4.875% Notes", "1,600", "1,600", "October 2017", "April 2028", "1,687", "1,607"],
        ["", "$ 4,125", "$ 3,846", "", "", "$ 4,251", "$ 3,980"]]


def test_dates_between_values_without_a_total_join_in_three_rows_or_more():
    """Without a total filling the value columns, a date at the same place in every row is the
    evidence the dates are columns, where three rows or more read so (an excerpt cut off before
    its total); two rows stay as read (a table of contents reads as rows and a page number)."""
    labels = [r.label for r in refold.parse(note_page(lines(*DEBT))).tables[-1].rows]
    assert labels == ["4.375% Notes", "3.625% Notes", "4.875% Notes"]
    two = DEBT[: DEBT.index("4.875% Notes")]
    labels = [r.label for r in refold.parse(note_page(lines(*two))).tables[-1].rows]
    assert "October 2016" in labels


def test_one_date_label_between_rows_stays_a_row():
    """A single row followed by a date label is no pattern: nothing joins."""
    text = lines("2024", "2023", "Notes due", "5", "6", "May 2027", "7", "8", "Other", "1", "2")
    assert [r[0] for r in rows(grid(text))] == ["Notes due", "May 2027", "Other"]


def test_a_row_whose_cells_were_merged_does_not_make_columns_of_its_own():
    """`17%` fills the `$` cell and its amount's in one: that row is two cells short, so a fixed
    width would put its values a column early, in columns no other row fills."""
    def row(label, a, change, b):
        return [label, "", *a, "", "", change, "", *b, ""]

    text = lines("", "2024", "", "", "Change", "", "2023", "",
                 *row("Research", ["$", "1,737"], "0%", ["$", "1,732"]),
                 *row("Compensation", ["", "569"], "18%", ["", "484"]),
                 *row("Total expenses", ["$", "2,306"], "4%", ["$", "2,216"]),
                 "% of revenues", "", "17%", "", "", "", "", "18%", "")
    assert rows(grid(text)) == [["Research", "$ 1,737", "0%", "$ 1,732"], ["Compensation", "569", "18%", "484"],
                                ["Total expenses", "$ 2,306", "4%", "$ 2,216"], ["% of revenues", "17%", "", "18%"]]


def test_rows_written_without_their_blank_cells_do_not_make_a_column_of_their_own():
    """A rate table whose rows are a spacer and a value each, but for two the crawl wrote with
    their values alone (`Forgiveness of PPP Loan` `1.8`; the page's last row, `(2.0)` `(1.9)`,
    cut short): their values stand a cell early, a column no full row fills, so the fixed width
    that makes that column a fourth reads the rows wrong, and the three named columns stay."""
    def row(label, *values):
        return [label, *(cell for value in values for cell in ("", value))]

    text = lines("", "2020", "", "2019", "", "2018",
                 *row("Federal rate", "21.0", "21.0", "21.0"), *row("State tax", "0.3", "0.3", "0.3"),
                 *row("Permanent differences", "(0.4)", "(0.1)", "(1.5)"), "Forgiveness of PPP Loan", "1.8",
                 *row("Federal credits", "1.1", "1.3", "2.5"), "Stock compensation", "(2.0)", "(1.9)")
    assert rows(grid(text)) == [["Federal rate", "21.0", "21.0", "21.0"], ["State tax", "0.3", "0.3", "0.3"],
                                ["Permanent differences", "(0.4)", "(0.1)", "(1.5)"],
                                ["Forgiveness of PPP Loan", "1.8", "", ""], ["Federal credits", "1.1", "1.3", "2.5"],
                                ["Stock compensation", "(2.0)", "(1.9)", ""]]


def test_a_text_value_repeated_under_the_next_period_is_the_rows_not_a_label():
    """A details page's enumeration rows: `… [Extensible Enumeration]` then `Long-term debt`
    twice, one for each year; a currency pair thrice. The repeat is a value of the same row
    (no row's label repeats its value), while the row has a column left."""
    text = "\n".join(["|", "Leases (Details) - USD ($)", "|12 Months Ended", "|", "Dec. 31, 2023", "|", "Dec. 31, 2022",
                      "|Finance lease, noncurrent [Extensible Enumeration]", "|Long-term debt", "|Long-term debt",
                      "|Currency", "|NT$/EUR", "|NT$/EUR", "|Other liabilities", "|$ 5", "|$ 6"])
    [table] = refold.parse(text).tables
    assert rows(table) == [["Finance lease, noncurrent [Extensible Enumeration]", "Long-term debt", "Long-term debt"],
                           ["Currency", "NT$/EUR", "NT$/EUR"], ["Other liabilities", "$ 5", "$ 6"]]


def test_a_description_repeated_without_its_full_stop_is_the_rows_next_value():
    """`Preferred stock voting rights description`, its text under one period with a full stop
    and under the next without: both the row's values, the second no row of its own."""
    said = "The Series A Preferred Stock does not accrue dividends and votes with the Common stock"
    text = "\n".join(["|", "Preferred Stock (Details Narrative) - USD ($)", "|12 Months Ended", "|", "Dec. 31, 2021",
                      "|", "Dec. 31, 2020", "|Preferred stock voting rights description", f"|{said}.", f"|{said}",
                      "|Debt instrument face amount", "|$ 255,681"])
    [table] = refold.parse(text).tables
    assert rows(table) == [["Preferred stock voting rights description", f"{said}.", said],
                           ["Debt instrument face amount", "$ 255,681", ""]]


def test_names_over_a_table_of_one_row_without_a_label_are_all_column_names():
    """`Free Cash Flow`, `Net Earnings`, `Productivity` over one row of three values and no
    label: the last name is no row's label, as it would be over rows (there it is read so)."""
    one_row = ["Nine Months Ended March 31, 2025", "Free Cash Flow", "", "Net Earnings", "", "Productivity",
               "$", "10,617", "", "", "$", "12,439", "", "", "80", "%"]
    table = refold.parse(note_page(lines(*one_row))).tables[-1]
    assert rows(table) == [["", "$ 10,617", "$ 12,439", "80%"]]
    assert table.columns[-1].endswith("Productivity")
    with_rows = refold.parse(note_page(lines(*one_row, "Other", "1", "", "", "2", "", "", "3", ""))).tables[-1]
    assert [r.label for r in with_rows.rows][-2:] == ["Productivity", "Other"]


def test_a_filer_who_merges_each_blank_column_gives_sparse_rows_their_columns():
    """Each amount is a cell and its `)` cell, each blank column one merged cell. Two rows fill
    all five columns; the sparse rows, more of them and two amounts each, count as five columns
    too, so five is the width and their blanks say where their amounts go. (Two full rows of
    eleven are too few to set the width by the values' count.)"""
    def amount(text):
        return [text, ""]

    text = lines("Americas", "Europe", "Asia", "Other", "Total",
                 "Net sales", *amount("4,009"), *amount("68,283"), *amount("(137)"), *amount("127"), *amount("72,282"),
                 "Royalties", "", "", "", *amount("3,769"), *amount("3,769"),
                 "Licenses", "", "", *amount("(2,367)"), "", *amount("(2,367)"),
                 "Services", "", *amount("1,351"), "", "", *amount("1,351"),
                 "Rentals", *amount("331"), "", "", "", *amount("331"),
                 *[cell for k in range(5) for cell in (f"Fees {k}", "", *amount("1"), "", *amount("1"), *amount("2"))],
                 "Revenue", *amount("4,340"), *amount("69,634"), *amount("(2,499)"), *amount("3,896"), *amount("75,371"))
    assert rows(grid(text))[1:5] == [
        ["Royalties", "", "", "", "3,769", "3,769"],
        ["Licenses", "", "", "(2,367)", "", "(2,367)"],
        ["Services", "", "1,351", "", "", "1,351"],
        ["Rentals", "331", "", "", "", "331"]]


def test_a_table_of_contents_joins_its_item_numbers_to_the_titles_they_head():
    """`Item 1.` `Financial Statements` `4`, then `|` `Balance Sheets` `4` (the item cell blank):
    two label columns, the first blank on some rows, its item numbers all distinct. Each item
    number joins the title beside it, as the HTML reader reads the row. (Read by labels: these
    rows are regular enough for a fixed width, which real ones, with blank rows and sections
    spanning both columns, are not.)"""
    text = lines("", "", "Page", "PART I. FINANCIAL INFORMATION", "", "", "", "",
                 "Item 1.", "Financial Statements", "4", "", "Balance Sheets", "4", "", "Operations", "5",
                 "", "Cash Flows", "9",
                 "Item 2.", "Management's Discussion", "26", "Item 3.", "Market Risk", "35",
                 "Item 4.", "Controls", "35")
    by_labels = grid_by_labels(text)
    assert rows(by_labels) == [["Item 1. Financial Statements", "4"], ["Balance Sheets", "4"], ["Operations", "5"],
                                ["Cash Flows", "9"], ["Item 2. Management's Discussion", "26"],
                                ["Item 3. Market Risk", "35"], ["Item 4. Controls", "35"]]


def test_an_exhibit_index_is_cut_into_rows_at_its_numbers():
    """Rows open with an exhibit's number; `3.1` again under `Exhibit` is a cell of its row (a
    number that near its row's own), and blank rows between, shorter where cells were merged,
    only add empty places. Every place some row fills is a column, the number the label."""
    def row(number, description, form="", ref="", herewith=""):
        return [number, "", description, "", form, "", ref, "", herewith]

    text = lines("Exhibit", "", "Description", "", "Form", "", "Exhibit", "", "Filed Herewith",
                 *row("3.1", "Certificate of Incorporation", "8-K", "3.1"), "", "", "", "", "",
                 *row("3.2", "Bylaws", "8-K", "3.2"), *[""] * 9,
                 *row("31.1*", "Certification of Chief Executive Officer", herewith="X"), "", "", "", "", "",
                 *row("101.INS", "Inline XBRL Instance Document", herewith="X"))
    g = grid(text)
    assert g.layout == "listing"
    assert rows(g) == [["3.1", "Certificate of Incorporation", "8-K", "3.1", ""], ["3.2", "Bylaws", "8-K", "3.2", ""],
                       ["31.1*", "Certification of Chief Executive Officer", "", "", "X"],
                       ["101.INS", "Inline XBRL Instance Document", "", "", "X"]]


def test_a_table_of_contents_page_numbers_do_not_make_a_listing():
    """Page numbers open what would be rows only one cell off: plain numbers, no exhibit's."""
    text = lines("", "Page", "Balance Sheets", "3", "Statements of Operations", "4", "Cash Flows", "6",
                 "Notes", "7")
    assert grid(text).layout != "listing"


def test_a_balance_date_before_the_first_values_under_as_many_names_labels_that_row():
    """`Three Months Ended June 27, 2025`, three column names, then `March 28, 2025` and three
    amounts: the names head the columns, the date is the first row's label (the balance it
    opens), not one more header date."""
    text = lines("", "", "", "Shareowners of The Company", "",
                 "Three Months Ended June 27, 2025", "Shares Outstanding", "Total", "Reinvested Earnings",
                 "March 28, 2025", "4,304", "", "27,754", "", "77,189", "",
                 "Comprehensive income", "—", "", "4,573", "", "3,810", "",
                 "June 27, 2025", "4,304", "", "32,327", "", "80,999", "")
    by_labels = grid_by_labels(text)
    assert [r[0] for r in rows(by_labels)] == ["March 28, 2025", "Comprehensive income", "June 27, 2025"]


def test_text_columns_after_the_values_under_a_group_name_are_columns():
    """`Net Carrying Value` names a group (`Current`, `Long-Term`), so the header names one
    column more than there are; the rates and maturities after each row's amounts are two
    columns of texts, and a total without them keeps its amounts in the amount columns."""
    def notes(label, a, b, c, rate, maturity):
        return [label, a, "", b, "", c, "", rate, "", maturity, ""]

    text = lines("", "Net Carrying Value", "", "Unpaid Principal Balance", "", "Contractual Interest Rates", "",
                 "Contractual Maturity Date", "", "Current", "", "Long-Term", "",
                 *notes("Asset-backed Notes", "1,878", "1,532", "3,421", "2.53-6.57%", "June 2026-June 2035"),
                 *notes("Energy Notes", "53", "384", "441", "5.08-6.25%", "June 2050"),
                 *notes("Cash Equity Debt", "30", "286", "324", "5.25-5.81%", "July 2033-January 2035"),
                 "Total debt", "1,961", "", "2,202", "", "4,186", "")
    by_labels = grid_by_labels(text)
    assert rows(by_labels) == [
        ["Asset-backed Notes", "1,878", "1,532", "3,421", "2.53-6.57%", "June 2026-June 2035"],
        ["Energy Notes", "53", "384", "441", "5.08-6.25%", "June 2050"],
        ["Cash Equity Debt", "30", "286", "324", "5.25-5.81%", "July 2033-January 2035"],
        ["Total debt", "1,961", "2,202", "4,186", "", ""]]


def test_a_value_in_a_column_of_texts_keeps_its_row_whole():
    """One facility's rate is a single percent (`2.11%`, a value) where the others' are ranges
    (`2.53-6.57%`, texts): the row read past its amounts is still one row, the percent in the
    rates column and the maturity after it, not a row of its own and a label."""
    def notes(label, a, b, c, rate, maturity):
        return [label, a, "", b, "", c, "", rate, "", maturity, ""]

    text = lines("", "Net Carrying Value", "", "Unpaid Principal Balance", "", "Contractual Interest Rates", "",
                 "Contractual Maturity Date", "", "Current", "", "Long-Term", "",
                 *notes("Asset-backed Notes", "1,878", "1,532", "3,421", "2.53-6.57%", "June 2026-June 2035"),
                 *notes("Working Capital Facility", "—", "2,790", "2,790", "2.11%", "March 2026-April 2026 (2)"),
                 *notes("Energy Notes", "53", "384", "441", "5.08-6.25%", "June 2050"),
                 *notes("Cash Equity Debt", "30", "286", "324", "5.25-5.81%", "July 2033-January 2035"),
                 "Total debt", "1,961", "", "4,992", "", "6,976", "")
    assert rows(grid_by_labels(text))[1] == [
        "Working Capital Facility", "—", "2,790", "2,790", "2.11%", "March 2026-April 2026 (2)"]


def test_dates_over_rows_of_empty_cells_are_sections_of_one_table():
    """`June 27, 2025` and a row of empty cells, rows of amounts, then `December 31, 2024` so:
    dates in the label column heading sections, not the header of a table and then of a second."""
    def amounts(label, *values):
        return [label, *(cell for v in values for cell in ("$", v, ""))]

    text = lines("", "", "Gross Unrealized", "Estimated Fair Value", "", "Cost", "Gains", "Losses",
                 "June 27, 2025", "", "", "", "",
                 *amounts("Trading securities", "48", "1", "—", "49"),
                 *amounts("Available-for-sale securities", "1,988", "21", "(86)", "1,923"),
                 "December 31, 2024", "", "", "", "",
                 *amounts("Trading securities", "45", "1", "(1)", "45"),
                 *amounts("Available-for-sale securities", "1,728", "21", "(118)", "1,631"))
    tables = refold.parse(note_page(text)).tables
    assert len(tables) == 1
    assert [r.label for r in tables[0].rows] == ["June 27, 2025", "Trading securities", "Available-for-sale securities",
                                                 "December 31, 2024", "Trading securities",
                                                 "Available-for-sale securities"]


def test_dates_over_two_columns_blanks_are_sections_of_one_table():
    """Coca-Cola's equity securities: two columns, so `June 27, 2025` and `December 31, 2024`
    each have two empty cells after them. Two blanks suffice for a date (none is before it);
    a year needs three, as a header's year with a spacer after it is common."""
    text = lines("", "", "Fair Value with Changes Recognized in Income", "Measurement Alternative",
                 "June 27, 2025", "", "", "Marketable securities", "$", "443", "", "$", "—", "",
                 "Other noncurrent assets", "1,828", "", "44", "",
                 "December 31, 2024", "", "", "Marketable securities", "$", "418", "", "$", "—", "",
                 "Other noncurrent assets", "1,616", "", "40", "")
    tables = refold.parse(note_page(text)).tables
    assert len(tables) == 1 and len(tables[0].columns) == 2
    assert [r.label for r in tables[0].rows] == ["June 27, 2025", "Marketable securities", "Other noncurrent assets",
                                                 "December 31, 2024", "Marketable securities", "Other noncurrent assets"]


def test_dates_each_over_the_same_rows_head_sections_where_empty_cells_were_dropped():
    """Coca-Cola's debt securities in a crawl that dropped empty cells: `June 27, 2025` then
    `Trading securities` `$ 48` …, later `December 31, 2024` then `Trading securities` `$ 45`
    …: no blanks follow the dates, but each heads the same rows, so both head sections of one
    table (they were the header of a table, then of a second)."""
    text = lines("Cost", "Gains", "Losses", "Fair Value", "June 27, 2025",
                 "Trading securities", "$ 48", "$ 1", "$ —", "$ 49", "Available-for-sale", "1,988", "21", "(86)", "1,923",
                 "December 31, 2024",
                 "Trading securities", "$ 45", "$ 1", "$ (1)", "$ 45", "Available-for-sale", "1,728", "21", "(118)", "1,631")
    tables = refold.parse(note_page(text)).tables
    assert len(tables) == 1
    assert [r.label for r in tables[0].rows] == ["June 27, 2025", "Trading securities", "Available-for-sale",
                                                 "December 31, 2024", "Trading securities", "Available-for-sale"]


def test_a_row_with_merged_blanks_between_spacer_columns_keeps_its_columns():
    """Each amount is a `$` cell, the amount and its `)` cell, a spacer column between amounts;
    a blank amount of a sparse row is one merged cell. Its cell count differs from the full
    rows', but read as columns (`cell_columns`) it is as long, its amounts where theirs are."""
    def full(label, a, b, c):
        return [label, "$", a, "", "", "$", b, "", "", "$", c, ""]

    text = lines("", "2025", "", "2024", "", "Change",
                 *full("Revenue", "46,743", "30,040", "16,703"), *full("Cost of revenue", "12,890", "7,466", "5,424"),
                 *full("Gross profit", "33,853", "22,574", "11,279"),
                 "Gross margin", "72.4%", "", "", "", "", "75.1%", "")
    by_labels = grid_by_labels(text)
    assert rows(by_labels)[-1] == ["Gross margin", "72.4%", "", "75.1%"]


def test_two_label_columns_with_spacer_cells_join_where_the_first_is_blank_on_some_rows():
    """`Divestitures` + `Other income — net`, then `|` + `Income taxes` (the first label cell
    blank), each amount followed by its `)` cell and a spacer: the row before a blank first
    cell has one empty cell more than one before a filled first cell. The pairs join."""
    def amounts(a, b):
        return [a, "", "", b, ""]

    text = lines("", "", "Three Months", "", "Six Months", "Translation adjustments:", "", "", "", "", "",
                 "Divestitures", "Other income — net", *amounts("—", "34"),
                 "", "Income before income taxes", *amounts("—", "34"), "", "Income taxes", *amounts("—", "(2)"),
                 "Derivatives:", "", "", "", "", "",
                 "Foreign currency contracts", "Net operating revenues", *amounts("69", "28"),
                 "Commodity contracts", "Cost of goods sold", *amounts("4", "(2)"),
                 "Interest rate contracts", "Interest expense", *amounts("1", "3"),
                 "", "Income before taxes", *amounts("74", "29"), "", "Income taxes", *amounts("(7)", "10"))
    by_labels = grid_by_labels(text)
    assert [r[0] for r in rows(by_labels)][-9:] == [
        "Divestitures Other income — net", "Income before income taxes", "Income taxes", "Derivatives:",
        "Foreign currency contracts Net operating revenues", "Commodity contracts Cost of goods sold",
        "Interest rate contracts Interest expense", "Income before taxes", "Income taxes"]


def test_a_table_of_contents_is_cut_at_its_pages_and_their_rows_width():
    """Item, title, page: three cells a row, kept empty. Pages never go down and come one a row,
    so the rows end at their page cells, three cells apart; a stretch of whole rows before a page
    holds rows without one (`Part I.`, an item heading its statements). Every text of a row
    before its page is its label, as the HTML reader joins them; `Page` over the pages is the
    header."""
    text = lines("", "", "Page", "", "Part I. Financial Information", "",
                 "Item 1.", "Consolidated Financial Statements", "", "", "Statements of Operations", "3",
                 "", "Balance Sheets", "6", "Item 2.", "Management's Discussion", "24",
                 "", "Part II. Other Information", "", "Item 1.", "Legal Proceedings", "37",
                 "Item 6.", "Exhibits", "38")
    g = grid(text)
    assert g.layout == "contents"
    assert [t.text for t in g.header if t.text] == ["Page"]
    assert rows(g) == [["Part I. Financial Information", ""], ["Item 1. Consolidated Financial Statements", ""],
                       ["Statements of Operations", "3"], ["Balance Sheets", "6"],
                       ["Item 2. Management's Discussion", "24"], ["Part II. Other Information", ""],
                       ["Item 1. Legal Proceedings", "37"], ["Item 6. Exhibits", "38"]]


def test_amounts_that_go_down_are_no_table_of_contents():
    text = lines("", "", "2025", "", "Cash", "", "30", "", "Receivables", "", "12", "", "Inventory", "", "9",
                 "", "Other", "", "4")
    assert grid(text).layout != "contents"


def test_a_schedules_sparse_row_goes_where_its_total_adds_up():
    """A note's table whose crawl dropped a blank cell: `Other` holds one amount of two. Read
    from the left it would sit under 2025; the total row adds up only with it under 2024, so
    there it goes (`placement.refine_placements`, as on a report)."""
    text = lines("", "2025", "2024", "Product", "5", "7", "Services", "4", "6", "Other", "3",
                 "Total revenue", "9", "16")
    table = refold.parse(note_page(text)).tables[-1]
    assert rows(table) == [
        ["Product", "5", "7"], ["Services", "4", "6"], ["Other", "", "3"], ["Total revenue", "9", "16"]]


def test_column_names_after_a_scale_stub_are_the_header():
    """`Millions` in the stub, then the columns' names, then the rows (a crawl that dropped the
    empty cells, so no empty stub says where the names begin): the names head the columns."""
    text = lines("Millions", "Common shares", "Retained earnings", "Total",
                 "Balance at April 1, 2024", "1,113.0", "62,940", "64,053",
                 "Net income", "—", "1,673", "1,673", "Dividends", "—", "(800)", "(800)")
    g = grid(text)
    assert [t.text for t in g.header if t.text] == ["Millions", "Common shares", "Retained earnings", "Total"]
    assert [r.label for r in g.rows] == ["Balance at April 1, 2024", "Net income", "Dividends"]


def test_one_full_row_with_dollar_cells_sets_no_shape_for_the_sparse_rows():
    """The only full row shows `$` cells, which the sparse rows leave as empty cells; read as
    columns, a sparse row then looks one column further right than it is. One full row is too
    little to go by (`spaced_cell_map` wants two): the sparse rows keep their first column.
    (Found by the merged-blank-cells property test.)"""
    text = lines("", "December 31,", "", "2024", "2023",
                 "Cash", "", "$", "(0", ")", "", "$", "0", "",
                 "Cash", "", "", "0", "", "",
                 "Cash:", "", "", "", "", "", "", "", "",
                 "Cash", "", "", "0", "", "")
    by_labels = grid_by_labels(text)
    assert [r[1:] for r in rows(by_labels) if r[0] == "Cash"] == [["$ (0)", "$ 0"], ["0", ""], ["0", ""]]


def test_change_columns_named_by_signs_end_the_header_and_set_the_width():
    """`2025` `2024` `$` `%` under `Three Months Ended …` and `Change`: the `%` names a column (a
    percent's sign never comes before its value), so the header ends after it and names four
    columns; the sparse row below (two percents) does not narrow the table."""
    text = "\n".join([
        "|", "|Three Months Ended June 30,", "|", "|Change", "|(Dollars in millions)", "|2025", "|", "|2024",
        "|", "|$", "|", "|%", "|Research and development", "|$", "|1,589", "|", "|$", "|1,074", "|", "|$",
        "|515", "|", "|48", "|%", "|As a percentage of revenues", "|7", "|%", "|", "|4", "|%", "|", "|", "|",
    ])
    g = grid_by_labels(text)
    assert [t.text for t in g.header if t.text][-4:] == ["2025", "2024", "$", "%"]
    assert g.n_cols == 4
    assert rows(g)[0] == ["Research and development", "$ 1,589", "$ 1,074", "$ 515", "48%"]


def test_item_headings_join_the_next_label_where_empty_cells_were_dropped():
    """A table of contents whose crawl dropped empty cells: `Item 1.` + `Consolidated Financial
    Statements` (no page: sections follow), `Item 2.` + `Management's Discussion` `24`, … pair up
    though few rows do and neither column repeats; `Part I.` and the statements stay rows."""
    text = lines("Page", "Part I. Financial Information", "Item 1.", "Consolidated Financial Statements",
                 "Statements of Operations", "3", "Balance Sheets", "6", "Notes", "8", "Item 2.",
                 "Management's Discussion", "24", "Item 3.", "Market Risk", "36", "Item 4.", "Controls", "37")
    g = grid_by_labels(text)
    assert rows(g)[1:] == [["Part I. Financial Information", ""], ["Item 1. Consolidated Financial Statements", ""],
                           ["Statements of Operations", "3"], ["Balance Sheets", "6"], ["Notes", "8"],
                           ["Item 2. Management's Discussion", "24"], ["Item 3. Market Risk", "36"],
                           ["Item 4. Controls", "37"]]


def test_a_lead_in_ending_with_a_colon_names_no_column():
    """`Assets` `Current assets:` then `Cash` and two amounts, where the crawl dropped the empty
    cells: two texts as many as the values, but `Current assets:` heads rows; both are rows."""
    text = lines("June 30,", "December 31,", "2025", "2024", "Assets", "Current assets:", "Cash", "$ 5", "$ 6",
                 "Receivables", "3", "4")
    g = grid_by_labels(text)
    assert [t.text for t in g.header if t.text] == ["June 30,", "December 31,", "2025", "2024"]
    assert rows(g)[:3] == [["Assets", "", ""], ["Current assets:", "", ""], ["Cash", "$ 5", "$ 6"]]


def test_one_value_per_span_keeps_the_values_in_column_order():
    """A details page that dropped its empty cells: `3 Months Ended` over two dates, then an
    instant column (`Dec. 31, 2019`, under no span). A row of two values puts one under the span's
    first column and one under the instant, in the order they are written."""
    text = "\n".join(["|", "Commitments (Details) - USD ($)", "$ in Thousands", "|3 Months Ended",
                      "|", "Mar. 31, 2020", "|", "Mar. 31, 2019", "|", "Dec. 31, 2019",
                      "|Revenue", "|$ 163", "|$ 226", "|180",
                      "|Accrued warranty", "|118", "|218"])
    table = refold.parse(text).tables[0]
    assert rows(table) == [
        ["Revenue", "$ 163", "$ 226", "180"], ["Accrued warranty", "118", "", "218"]]


def test_a_member_over_the_line_items_heading_is_no_text_value():
    """R pages with text values (`Entity Registrant Name` + `Acme Inc.`): a range member
    (`Minimum`) or any label over the heading the rows opened with (`Goodwill`, recurring under
    each member) heads rows; neither takes the next label as its value."""
    text = "\n".join(["|", "Goodwill (Details) - USD ($)", "$ in Millions", "|12 Months Ended", "|", "Dec. 31, 2020",
                      "|Goodwill", "|Goodwill, beginning balance", "|$ 390", "|Additions", "|7",
                      "|Americas", "|Goodwill", "|Goodwill, beginning balance", "|252",
                      "|Minimum", "|Warranty Liability", "|Term of warranty", "|1 year",
                      "|Document Type", "|10-K", "|Entity Registrant Name", "|Acme Inc.", "|Shares", "|5"])
    rows = [[r.label, *r.cells] for r in refold.parse(text).tables[0].rows]
    assert ["Americas", ""] in rows and ["Minimum", ""] in rows and ["Warranty Liability", ""] in rows
    assert [r for r in rows if r[0] == "Goodwill"] == [["Goodwill", ""], ["Goodwill", ""]]
    assert ["Document Type", "10-K"] in rows and ["Entity Registrant Name", "Acme Inc."] in rows


def test_a_blank_amount_under_its_dollar_sign_counts_in_the_first_rows_width():
    """`$ 170,889` `$` `$` `$ 170,889`: the first row has four columns, two of them blank under a
    `$`, so the four names before it (`Level 1` … `Fair Value`) are all the header, not two names
    and two section rows."""
    text = "\n".join(["|Fair Value Measurements Using", "|(in thousands)", "|Level 1", "|Level 2", "|Level 3",
                      "|Fair Value", "|Financial Assets:", "|Cash and cash equivalents", "|$", "|170,889",
                      "|$", "|", "|$", "|", "|$", "|170,889", "|Restricted cash", "|23,975", "|23,975",
                      "|Total", "|$", "|170,889", "|$", "|23,975", "|$", "|", "|$", "|194,864"])
    g = grid_by_labels(text)
    assert [t.text for t in g.header if t.text][-4:] == ["Level 1", "Level 2", "Level 3", "Fair Value"]
    assert rows(g)[0] == ["Financial Assets:", "", "", "", ""]


def test_years_heading_sections_of_rows_are_section_rows():
    """`2023` after the columns' names, then a row of empty cells and the rows it heads, as
    `2022` heads the next ones: section rows labelled by years, not a header year nor a value
    (nor a text column the rows would join)."""
    names = ["|Commercial", "|", "|Residential", "|", "|Total", "|"]
    def section(year, a, b):
        return [f"|{year}", "|", "|", "|", "|", "|", "|", "|Beginning balance", "|$", f"|{a}", "|", "|$", f"|{b}",
                "|", "|$", f"|{a + b}", "|", "|Charge-offs", "|", "|(1", "|)", "|", "|(2", "|)", "|", "|(3", "|)",
                "|", "|Ending balance", "|$", f"|{a - 1}", "|", "|$", f"|{b - 2}", "|", "|$", f"|{a + b - 3}", "|"]
    text = "\n".join(["|(Dollars in millions)", "|", *names, *section(2023, 568, 611), *section(2022, 335, 506)])
    got = rows(grid_by_labels(text))
    assert [r for r in got if r[0] in ("2023", "2022")] == [["2023", "", "", ""], ["2022", "", "", ""]]
    assert ["Beginning balance", "$ 335", "$ 506", "$ 841"] in got


def test_a_unit_note_after_the_names_leaves_the_year_rows_labels():
    """`December 31, 2023`, `Operating Leases`, `Finance Leases`, `(In thousands)`, then `2024`
    `$ 36,916` `$ 62,306`: the names are the columns (the unit note ends no names), the year the
    first row's label."""
    text = "\n".join(["|December 31, 2023", "|Operating Leases", "|Finance Leases", "|(In thousands)",
                      "|2024", "|$", "|36,916", "|$", "|62,306", "|2025", "|19,869", "|25,259",
                      "|Total", "|$", "|56,785", "|$", "|87,565"])
    g = grid_by_labels(text)
    assert rows(g)[:2] == [["2024", "$ 36,916", "$ 62,306"], ["2025", "19,869", "25,259"]]


def test_a_first_row_of_blank_amounts_under_dollar_signs_is_a_row():
    """`Current` over a row of empty cells, then `Federal` with `$` signs over blank amounts, then
    `State` `123`: `Federal` is the first row (its amounts blank), not a column name; `$` signs
    side by side (`$` `$`, a crawl's signs before a label) do not make one."""
    text = "\n".join(["|2019", "|", "|2018", "|Current", "|", "|", "|Federal", "|$", "|", "|$", "|State", "|123",
                      "|", "|18", "|Total current", "|123", "|", "|18"])
    got = rows(grid_by_labels(text))
    assert got[:3] == [["Current", "", ""], ["Federal", "$", "$"], ["State", "123", "18"]]
    names = "\n".join(["|Canada", "|US", "|$", "|$", "|Sales", "|12", "|14", "|Cost of sales", "|7", "|8"])
    assert [r[0] for r in rows(grid_by_labels(names))] == ["Sales", "Cost of sales"]


def test_dollar_signs_together_after_a_label_under_a_section_open_the_rows():
    """A crawled `(Tables)` page that dropped its empty cells: `2022` `2021`, `Current:`,
    `Federal` `$` `$`, `State` `$`, then `Deferred:` and rows of amounts. The signs side by side
    follow a label under a section's heading, so they are a row's blank amounts and the header
    is the two years, not every line before the first amount."""
    text = "\n".join(["|2022", "|2021", "|Current:", "|Federal", "|$", "|$", "|State", "|$", "|Deferred:",
                      "|Federal", "|5,462", "|$", "|5,314", "|Total", "|$", "|6,944", "|$", "|6,600"])
    g = grid_by_labels(text)
    assert [r[0] for r in rows(g)] == ["Current:", "Federal", "State", "Deferred:", "Federal", "Total"]
    assert rows(g)[1] == ["Federal", "$", "$"]


def test_balances_alone_fill_the_columns_the_header_names():
    """A statement of equity written one cell a line without its empty cells: only the two
    balance rows fill the five columns the header names; the many movements are sparse. The
    width is five, not the two most rows show."""
    names = ["|Common Stock", "|Paid-In Capital", "|Treasury Stock", "|Retained Earnings", "|Total"]
    text = "\n".join(names + [
        "|BALANCE DECEMBER 31, 2024", "|4,009", "|68,283", "|(707)", "|127,544", "|199,129",
        "|Net earnings", "|3,769", "|3,769", "|Dividends", "|(2,367)", "|(2,367)",
        "|Stock plans", "|331", "|384", "|715", "|Purchases", "|(1,351)", "|(1,351)",
        *(f"|Other movement {k}" + "\n|0\n|0" for k in range(8)),
        "|BALANCE MARCH 31, 2025", "|4,009", "|68,614", "|(1,674)", "|128,946", "|199,895"])
    g = grid_by_labels(text)
    assert g.n_cols == 5 and rows(g)[0] == ["BALANCE DECEMBER 31, 2024", "4,009", "68,283", "(707)", "127,544", "199,129"]


def test_wrapped_names_opening_a_table_are_all_header():
    """No period or date over them: `Common Stock` `Shares` … `Total` (ten lines over six
    columns, `Shares` among them), then the first row's label and its six values."""
    text = lines("Common Stock", "Shares", "Common Stock", "Amount", "Additional Paid-In Capital", "Accumulated",
                 "Deficit", "Treasury", "Stock", "Total", "Balance at December 31, 2020",
                 "13,962,366", "$ 8,377", "$ 26,346", "$ (5,693)", "$ (5,402)", "$ 23,628",
                 "Net loss", "—", "—", "—", "(670)", "—", "(670)")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Balance at December 31, 2020", "Net loss"]
    assert table.columns[-2:] == ("Treasury Stock", "Total")


def test_wrapped_names_then_a_section_label_are_header_and_section():
    """`Net Carrying Value` `Unpaid` `Principal` `Balance` … `Long-Term`, then `Recourse debt:`
    and the first row: the section label between the wrapped names and the first row's label
    heads rows; the names are all header, none a row."""
    text = lines("Net Carrying Value", "Unpaid", "Principal", "Balance", "Unused", "Committed", "Amount",
                 "Current", "Long-Term", "Recourse debt:", "Credit Agreement", "$ 1", "$ 2", "$ 3", "$ 5,000",
                 "Other", "1", "2", "3", "—", "Total recourse debt", "2", "4", "6", "5,000")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Recourse debt:", "Credit Agreement", "Other", "Total recourse debt"]
    assert len(table.columns) == 4 and "Long-Term" in table.columns[-1]


def test_wrapped_names_after_a_scale_note_with_shares_among_them_are_header():
    """`(in millions, except per share amounts)`, then a repurchase table's names in sixteen lines
    (`Shares` among them reads as a unit word; `Value of Shares that` has four words), then the
    months' rows: the lines are the header, none a row."""
    from test_header import REPURCHASES

    text = lines("(in millions, except per share amounts)", *REPURCHASES,
                 "June 1, 2024—June 30, 2024", "0.3", "$ 133.23", "0.3", "$ 6,916.3",
                 "July 1, 2024—July 31, 2024", "0.4", "$ 141.40", "0.4", "$ 6,864.0",
                 "Total", "0.7", "$ 137.82", "0.7")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["June 1, 2024—June 30, 2024", "July 1, 2024—July 31, 2024", "Total"]
    assert table.columns[1] == "Average Price Paid per Share"


def test_wrapped_names_in_runs_over_a_first_row_short_of_values_are_header():
    """`Options` ␣ `Weighted` `Average` `Exercise` `Price ($)` ␣ … `Aggregate` `Intrinsic` `Value
    ($)`, a spacer between the four names' runs, over rows whose first holds two values of four:
    the widest rows count the columns, and the lines are the header, none a row."""
    text = lines("Options", "", "Weighted", "Average", "Exercise", "Price ($)", "", "Weighted", "Average", "Remaining",
                 "Contractual", "Term (Yrs)", "", "Aggregate", "Intrinsic", "Value ($)",
                 "Outstanding at beginning of year", "40", "", "16.25", "", "", "", "",
                 "Granted", "-", "", "-", "", "", "", "",
                 "Outstanding at end of period", "40", "", "16.25", "", "0.3", "", "-",
                 "Vested and expected to vest", "40", "", "16.25", "", "0.3", "", "-",
                 "Exercisable at end of period", "40", "", "16.25", "", "0.3", "", "-")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Outstanding at beginning of year", "Granted", "Outstanding at end of period",
                                             "Vested and expected to vest", "Exercisable at end of period"]
    assert table.columns == ("Options", "Weighted Average Exercise Price ($)",
                             "Weighted Average Remaining Contractual Term (Yrs)", "Aggregate Intrinsic Value ($)")


def test_amount_after_shares_ends_the_header_not_a_row():
    """`Common Stock` … `Total` then `Shares` `Amount` under the period: `Shares` reads as a unit
    (the header's last token), and `Amount`, its partner, is header too, not a section row."""
    text = lines("Three Months Ended March 31, 2025", "", "Common Stock", "", "Retained Earnings", "", "Total",
                 "", "Shares", "", "Amount", "Balance at December 31, 2024", "2,344,852", "", "$ 4,009", "",
                 "$ 127,544", "", "$ 131,553", "Net earnings", "", "", "", "", "3,769", "", "3,769")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Balance at December 31, 2024", "Net earnings"]
    assert [c.replace("Three Months Ended March 31, 2025 ", "") for c in table.columns] == [
        "Common Stock Shares", "Common Stock Amount", "Retained Earnings", "Total"]


def test_a_row_of_names_under_the_year_names_the_stub_and_the_columns():
    """`2019`, then `Liabilities per balance sheet` ␣ `Note` ␣ `Amortized cost` ␣ `Fair value
    through other comprehensive income` ␣ `Total`, a row wide, straight before the first row:
    the year over it does not make it a row of text cells, nor does a name of six words."""
    row = lambda label, *cells: [label, *(part for c in cells for part in ("", c))]  # noqa: E731
    text = lines("", "", "", "2019", *row("Liabilities per balance sheet", "Note", "Amortized cost",
                                          "Fair value through other comprehensive income", "Total"),
                 *row("Loans and financing", "26", "1,508,557", "—", "1,508,557"),
                 *row("Trade payables", "", "414,080", "—", "414,080"),
                 *row("Confirming payables", "", "82,770", "—", "82,770"),
                 *row("Related parties", "22", "834", "—", "834"))
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Loans and financing", "Trade payables", "Confirming payables",
                                             "Related parties"]
    assert table.columns == ("2019 Note", "2019 Amortized cost", "2019 Fair value through other comprehensive income",
                             "2019 Total")


def test_a_column_of_texts_after_the_labels_is_a_column():
    """`Interest on lease liabilities` ␣ `Interest expense` ␣ `515` ␣ `640`, the line item a cell of
    its own after each label, empty cells kept: the texts are a column (named by the header's
    text before the years), not the next rows' labels."""
    def row(label, item, *values):
        return [label, item, "", "", values[0], "", "", "", values[1], "", ""]
    cells = [  # each cell's text on the line under its pipe, as that crawl writes every cell
        "", "", "", "Three Months Ended March 31,", "", "", "Statement of Operations Line Item", "", "2020",
        "", "", "2019", "", "Finance lease cost:", *[""] * 10,
        *row("Amortization of right-of-use assets", "Cost of goods sold", "2,594", "2,569"),
        *row("Interest on lease liabilities", "Interest expense", "515", "640"),
        *row("Operating lease cost", "Selling, general and administrative", "309", "126"),
        *row("Sublease income", "Other income", "(292)", "(588)")]
    text = "\n".join(f"|\n{c}" if c else "|" for c in cells)
    table = refold.parse(note_page(text)).tables[-1]
    assert table.columns == ("Statement of Operations Line Item", "Three Months Ended March 31, 2020",
                             "Three Months Ended March 31, 2019")
    assert rows(table)[1:3] == [
        ["Amortization of right-of-use assets", "Cost of goods sold", "2,594", "2,569"],
        ["Interest on lease liabilities", "Interest expense", "515", "640"]]


def test_a_unit_note_ending_a_wrapped_name_before_a_spacer_is_no_gap_of_its_own():
    """`Number of` `RSUs` `(in thousands)` ␣ `Weighted-Average` `Grant-Date Fair` `Value Per
    RSU`: the spacer parts the two names, the unit note is the first name's last line, so all
    six lines are header, none a row."""
    text = lines("Number of", "RSUs", "(in thousands)", "", "Weighted-Average", "Grant-Date Fair", "Value Per RSU",
                 "Balance as of September 28, 2024", "163,326", "$", "158.73",
                 "RSUs granted", "63,378", "$", "228.10")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Balance as of September 28, 2024", "RSUs granted"]
    assert table.columns[1] == "Weighted-Average Grant-Date Fair Value Per RSU"


def test_an_abstract_row_takes_no_text_value():
    """`Cryptocurrencies Abstract` (an XBRL abstract without brackets) and `Text block
    [abstract]` (IFRS, lower case) head rows: the block label after them is no text value of
    theirs, so a notes page whose table the crawl dropped has no report table."""
    text = "\n".join(["|", "Bitcoin", "|6 Months Ended", "Jun. 30, 2023", "|Cryptocurrencies Abstract", "|Bitcoin", "|",
                      "Note 5. Bitcoin", "The following table presents information about the Company's holdings:",
                      "During the six months the Company recorded impairment charges on its holdings of $10.1 million."])
    page = refold.parse(text)
    assert page.tables == () and [b.label for b in page.text_blocks] == ["Bitcoin"]
    from refold.grid import is_section_label

    assert is_section_label("Text block [abstract]") and not is_section_label("Cash and cash equivalents")


def test_a_text_block_element_is_no_text_value():
    """A crawled notes page that kept the block's prose but not its tables:
    `|Segment Information disclosure` (a filer's abstract, no bracket) then `|Segment Information
    disclosure [Text Block]`, the block's own row. The element's label is no text value of the
    row before, so the page has its block and no report table of one text cell."""
    text = "\n".join(["|", "Segment Information", "|9 Months Ended", "Sep. 30, 2016", "|Segment Information disclosure",
                      "|Segment Information disclosure [Text Block]", "|", "2. SEGMENT INFORMATION",
                      "The following tables summarize the components of the Company's operating revenues, operating "
                      "income and total assets by reportable business segments:"])
    page = refold.parse(text)
    assert page.tables == () and [b.label for b in page.text_blocks] == ["Segment Information disclosure [Text Block]"]
    assert page.abstract_rows == ("Segment Information disclosure",)


def test_a_qualifier_line_under_a_scale_note_names_no_column_of_its_own():
    """`2017` `(MILLIONS OF DOLLARS)` `As Previously Reported` `Effect of Change` `Higher/(Lower)`
    `As Restated` over rows of three values: `Higher/(Lower)` qualifies the name above it, so all
    four lines are header and `As Restated` is a column, not a row."""
    text = lines("2017", "(MILLIONS OF DOLLARS)", "As Previously Reported", "Effect of Change", "Higher/(Lower)",
                 "As Restated", "Cost of sales", "$ 11,240", "$ (12)", "$ 11,228",
                 "Research and development expenses", "7,657", "27", "7,683")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Cost of sales", "Research and development expenses"]
    assert table.columns == ("2017 As Previously Reported", "2017 Effect of Change Higher/(Lower)", "2017 As Restated")


def test_unaudited_under_the_header_is_no_row():
    text = lines("December 31,", "June 30,", "2018", "2019", "2020", "(unaudited)",
                 "Accounts receivable", "$ 21,902", "$ 12,330", "$ 36,143", "Allowance", "(357)", "(467)", "(875)")
    table = refold.parse(note_page(text)).tables[-1]
    assert [r.label for r in table.rows] == ["Accounts receivable", "Allowance"]
    assert table.columns[-1].endswith("2020 (unaudited)")


def test_a_value_past_the_tables_width_is_reported_not_dropped():
    """Found by the fuzzer: a text column joined to the labels narrowed the table after a row
    held three values, and the third was cut off silently. It is unplaced text now, with a
    warning (nothing is lost)."""
    from refold.accounting import unaccounted

    text = (Path(__file__).parent / "regressions" / "value-past-the-width-after-a-text-column-joined.txt").read_text(
        encoding="utf-8")
    page = refold.parse(text)
    assert not unaccounted(text, page)
    assert page.unplaced == ("-",) and any("past the table's width" in w for w in page.warnings)


def test_a_column_of_ranges_and_texts_is_one_column_under_its_name():
    """A (Tables) page's useful lives, the pipes of its empty cells kept: `Description` `|`
    `Useful Life`, then rows of a label, a spacer and a range (`40 years`, `3-5 years`), a
    sentence (`Shorter of lease term …`) or nothing. Ranges sit among texts in such a column,
    so the fixed width of three reads every row, and the first row of names is the header."""
    rows = [("Land", ""), ("Buildings", "40 years"),
            ("Building improvements", "Shorter of 40 years or remaining life of the building"),
            ("Equipment and software", "3-5 years"), ("Furniture and fixtures", "7-10 years"),
            ("Leasehold improvements", "Shorter of lease term or estimated useful life")]
    text = ("|Policies (Tables)\n|12 Months Ended\n|\nDec. 31, 2023\n|Accounting Policies [Abstract]\n"
            "|Summary of Estimated Useful Lives of the Assets\n|\nDepreciation is calculated using the straight-line "
            "method over the estimated useful lives of the assets as follows:\n|Description\n|\n|Useful Life\n"
            + "".join(f"|{label}\n|\n|{value}\n" for label, value in rows))
    table = refold.parse(text).tables[0]
    assert table.columns == ("Useful Life",)
    assert [(r.label, *r.cells) for r in table.rows] == rows


def test_a_lead_in_after_the_column_names_is_the_first_section_row():
    """A crawled (whitespace-rows) quarterly data note: `Net Revenues` … `Diluted Earnings per
    Share(a)` wrapped over lines, then `FY 2012:` over the year's quarters. The text ending `:`
    leads in rows; it names no column (it was read onto the last one)."""
    text = QUARTERLY_DATA_NOTE
    table = refold.parse(text).tables[0]
    assert table.columns == ("Net Revenues", "Gross Profit", "Net Income", "Basic Earnings per Share(a)",
                             "Diluted Earnings per Share(a)")
    assert [r.label for r in table.rows][:3] == ["FY 2012:", "Fourth Quarter", "Third Quarter"]
    assert "FY 2011:" in [r.label for r in table.rows]


QUARTERLY_DATA_NOTE = (
    'XML 30 R17.htm IDEA: XBRL DOCUMENT v2.4.0.6\n'
    'Quarterly Data (Unaudited)\n'
    '12 Months Ended\n'
    'Mar. 31, 2012\n'
    'Quarterly Data [Abstract]  \n'
    'QUARTERLY DATA\n'
    '\n'
    'NOTE 10 — QUARTERLY DATA (Unaudited)\n'
    '\n'
    'The following table presents a summary of certain unaudited quarterly financial data for fiscal years 2012 and 2011:\n'
    '\n'
    ' \n'
    '\n'
    '                                         \n'
    '    Net\n'
    'Revenues\n'
    '    Gross\n'
    'Profit\n'
    '    Net\n'
    'Income\n'
    '    Basic\n'
    'Earnings\n'
    'per Share(a)\n'
    '    Diluted\n'
    'Earnings\n'
    'per Share(a)\n'
    ' \n'
    '\n'
    'FY 2012:\n'
    '\n'
    '                                       \n'
    '\n'
    'Fourth Quarter\n'
    '\n'
    '  $ 30,772     $ 7,885     $ 1,207     $ 0.16     $ 0.16  \n'
    '\n'
    'Third Quarter\n'
    '\n'
    '    28,460       6,788       1,024       0.14       0.13  \n'
    '\n'
    'Second Quarter\n'
    '\n'
    '    25,183       6,153       746       0.10       0.10  \n'
    '\n'
    'First Quarter\n'
    '\n'
    '    25,605       6,298       325       0.04       0.04  \n'
    '           \n'
    '\n'
    'FY 2011:\n'
    '\n'
    '                                       \n'
    '\n'
    'Fourth Quarter\n'
    '\n'
    '  $ 25,757     $ 6,930     $ 1,086     $ 0.15     $ 0.14  \n'
    '\n'
    'Third Quarter\n'
    '\n'
    '    23,881       6,052       897       0.12       0.12  \n'
    '\n'
)


def test_a_stub_name_before_the_column_names_leaves_the_last_name_a_column():
    """Corpus page 190's shape (each cell's text under its pipe): `2019`, then `Assets per balance
    sheet` `Note` `Amortized cost` `Total`, a spacer apart, then `Cash and cash equivalents` and
    its three values. The last name sits as far from the others as they do from each other, and
    the first row's label follows it straight on: the first text names the stub, `Total` a
    column, not a section row."""
    text = "\n".join(["|", "2019", "|", "Assets per balance sheet", "|", "|", "Note", "|", "|", "Amortized cost",
                      "|", "|", "Total", "|", "Cash and cash equivalents", "|", "|", "15", "|", "|", "698,618",
                      "|", "|", "698,618", "|", "Related parties", "|", "|", "22", "|", "|", "744", "|", "|", "744"])
    grid = tokens_to_grid(cells_to_tokens(text_to_cells(text)))
    assert [t.text for t in grid.header if t.text][-1] == "Total"
    assert [r.label for r in grid.rows] == ["Cash and cash equivalents", "Related parties"]


def test_total_after_the_names_and_a_notes_column_whose_empty_cells_were_dropped():
    """Corpus page 22's shape (one cell a line, empty cells dropped): `(in millions of Euros)`,
    `Notes`, five names and `Total` over rows of six values. `Total` is a column's name, not a
    section row; and a row of seven values opens with its note's number, the label's (`…
    combination 3`), not an amount that pushes `165` into a row of its own."""
    names = ["Land", "Buildings", "Machinery", "Work in Progress", "Other", "Total"]
    text = lines("(in millions of Euros)", "Notes", *names,
                 "Net balance at January 1, 2019", "18", "299", "1,244", "194", "13", "1,768",
                 "Acquired through business combination", "3", "—", "40", "120", "4", "1", "165",
                 "Additions", "1", "22", "81", "245", "3", "352")
    grid = tokens_to_grid(cells_to_tokens(text_to_cells(text)))
    assert [t.text for t in grid.header if t.text][-1] == "Total"
    assert rows(grid) == [["Net balance at January 1, 2019", "18", "299", "1,244", "194", "13", "1,768"],
                          ["Acquired through business combination 3", "—", "40", "120", "4", "1", "165"],
                          ["Additions", "1", "22", "81", "245", "3", "352"]]


def test_a_header_rows_names_in_step_after_its_last_sign_are_header():
    """HubSpot's statement of equity, cut after its first rows: `Shares` `$` `Shares` `$` under
    the classes of stock, then `Capital` `Income (Loss)` `Deficit` (the upper names' wrapped
    lines) and `Total`, a name every third cell as `Shares` and `$` are, as many names as the
    first row has values. All are header, not section rows; the header stage then sets each
    upper name over its run (`header.groups_over_runs`)."""
    text = (Path(__file__).parent / "regressions" / "equity-header-names-in-step-after-sub-names.txt").read_text(
        encoding="utf-8")
    table = refold.parse(text).tables[0]
    assert table.columns == (
        "Common Stock, $0.001 Par Value Shares", "Common Stock, $0.001 Par Value $",
        "Treasury Stock, $0.001 Par Value Shares", "Treasury Stock, $0.001 Par Value $", "Additional Paid-In Capital",
        "Accumulated Other Comprehensive Income (Loss)", "Accumulated Deficit", "Total")
    assert table.rows[0].label == "Balances at December 31, 2023"
    assert table.rows[0].cells[-1] == "1,334,348"


def test_long_column_names_in_title_case_one_a_line_are_the_header():
    """P&G's repurchases, one cell a line with no spacers: `Period`, then four names of up to
    fifteen words (`Total Number of Shares Purchased as Part of Publicly Announced Plans or
    Programs (3)`), then rows of four values. Names that long are still names in title case."""
    text = "\n".join(f"|{c}" for c in [
        "Period", "Total Number of Shares Purchased (1)", "Average Price Paid per Share (2)",
        "Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs (3)",
        "Approximate Dollar Value of Shares That May Yet Be Purchased Under Our Share Repurchase Program",
        "1/01/2025 - 1/31/2025", "—", "$ —", "—", "(3)", "2/01/2025 - 2/28/2025", "4,152,570", "168.57", "4,152,570", "(3)",
        "Total", "7,964,899", "$169.49", "7,964,899", "(3)"])
    g = grid(text)
    assert [t.text for t in g.header if t.text][-1].startswith("Approximate Dollar Value")
    assert [r[0] for r in rows(g)] == ["1/01/2025 - 1/31/2025", "2/01/2025 - 2/28/2025", "Total"]



def test_a_range_of_rates_after_another_is_the_next_columns_value():
    """A details page that dropped its empty cells: `Effective interest rate | 1.5%-2.0% |
    2.0%-2.5%` over two periods. The second range is the row's second value, not a row of its
    own: no label reads as a range of amounts."""
    page = "\n".join(["|", "Debt (Details) - USD ($)", "$ in Millions", "|3 Months Ended", "|12 Months Ended", "|",
                      "Mar. 31, 2025", "|", "Dec. 31, 2024", "|Principal amount", "|$ 500", "|$ 400",
                      "|Effective interest rate", "|1.5%-2.0%", "|2.0%-2.5%", "|Stated rate", "|5.00%"])
    rows_read = [(r.label, r.cells) for r in refold.parse(page).tables[0].rows]
    assert ("Effective interest rate", ("1.5%-2.0%", "2.0%-2.5%")) in rows_read
    assert ("Stated rate", ("5.00%", "")) in rows_read


WARRANTS_DETAILS = "\n".join([
    "|", "Warrants (Details) - $ / shares", "|12 Months Ended", "|", "Dec. 31, 2019", "|", "Dec. 31, 2018",
    "|Shares", "|Warrants outstanding, beginning balance", "|1,300", "|1,450",
    "|Warrants exercised", "|0", "|(150)", "|Warrants outstanding, ending balance", "|1,300", "|1,300",
    "|Weighted Average Exercise Price", "|Weighted price, beginning balance", "|$ 3.00", "|$ 3.00",
    "|Weighted price, warrants expired", "|Weighted price, warrants cancelled",
    "|Weighted price, warrants exercised", "|(3.00)", "|Weighted price, ending balance", "|3.00", "|$ 3.00"])


def test_a_unit_word_over_a_label_heads_the_rows_under_it():
    """A crawled warrants details page: `Shares` alone, then a line item and its values. The
    unit word heads the rows (a section row), not a value in a row with no label."""
    rows_read = [(r.label, r.cells) for r in refold.parse(WARRANTS_DETAILS).tables[0].rows]
    assert rows_read[0] == ("Shares", ("", ""))
    assert ("Warrants outstanding, beginning balance", ("1,300", "1,450")) in rows_read


def test_a_label_opening_as_the_one_before_it_is_the_next_line_item_not_its_text():
    """`Weighted price, warrants expired` then `Weighted price, warrants cancelled`, neither with
    values: two line items, not a label and its text value."""
    rows_read = [(r.label, r.cells) for r in refold.parse(WARRANTS_DETAILS).tables[0].rows]
    assert ("Weighted price, warrants expired", ("", "")) in rows_read
    assert ("Weighted price, warrants cancelled", ("", "")) in rows_read
    assert ("Weighted price, warrants exercised", ("(3.00)", "")) in rows_read


def test_years_with_values_after_them_label_a_details_pages_rows():
    """A details page's amortization schedule by year (`… [Abstract]`, `2017` `$ 80`, `2018`
    `283`): each year labels its row, with and without the section's empty cell after it,
    not a column header nor a value; a year that is a label's value stays one."""
    for section in (["|Intangible Assets Disclosure [Abstract]", "|"], ["|Intangible Assets Disclosure [Abstract]"]):
        page = "\n".join(["|", "Intangible Assets (Details)", "$ in Millions", "|", "Sep. 30, 2017", "USD ($)", *section,
                          "|2017", "|$ 80", "|2018", "|283", "|2021", "|$ 54"])
        [table] = refold.parse(page).tables
        assert [(r.label, r.cells) for r in table.rows] == [
            ("Intangible Assets Disclosure [Abstract]", ("",)), ("2017", ("$ 80",)), ("2018", ("283",)), ("2021", ("$ 54",))]
    page = "\n".join(["|", "Debt (Details)", "|", "Sep. 30, 2017", "|Maturity year", "|2027", "|Principal", "|$ 500"])
    assert [(r.label, r.cells) for r in refold.parse(page).tables[0].rows] == [
        ("Maturity year", ("2027",)), ("Principal", ("$ 500",))]


LEASE_COST_PAGE = "\n\n".join([
    "XML 45 R123.htm IDEA: XBRL DOCUMENT v3.20.1\nLeases (Tables)\n12 Months Ended\nDec. 31, 2019\nTables/Schedules  \n"
    "Schedule of Lease Cost Recognized in Earnings", " ", " ", "Year Ended December 31", " ", "2019", "Lease Cost", " ",
    "Finance lease cost:", " ", "    Amortization of right-of-use assets (1)", "$           38,351",
    "    Interest on lease liabilities (2)", "              9,001", "Operating lease cost (3)", "        5,706,490",
    "Total lease cost", "$      5,323,918", " ", " ", "Other Information", " ",
    "    Operating cash flows from operating leases", "$      5,567,761", " ", " ",
    "Weighted-average discount rate", " ", "    Finance leases", "5.47%", "    Operating leases", "5.06%"])


def test_spacer_rows_between_rows_do_not_pair_rows_into_a_wider_table():
    """A blank-line page of one value column whose section rows end in an empty cell and whose
    groups are parted by rows of empty cells: rows of two cells, not four (a wider width that
    hides the spacer rows inside its rows), and `Finance lease cost:` before the first value is
    a section row, no name of the stub."""
    [table] = refold.parse(LEASE_COST_PAGE).tables
    assert list(table.columns) == ["Year Ended December 31 2019"]
    assert rows(table)[:4] == [
        ["Lease Cost", ""], ["Finance lease cost:", ""], ["Amortization of right-of-use assets (1)", "$ 38,351"],
        ["Interest on lease liabilities (2)", "9,001"]]
    assert [r.label for r in table.rows][-3:] == ["Weighted-average discount rate", "Finance leases", "Operating leases"]


def test_a_schedule_of_maturities_by_year_with_no_header_has_its_years_as_labels():
    """A `(Tables)` block's maturities with no header row: `2024` `$` `50,106`, then `2025`
    `150,096`, `2026` `13`, `Total`: the first year labels the first row as the next years label
    theirs, no column header."""
    page = "\n".join(["|", "Debt (Tables)", "|12 Months Ended", "Dec. 31, 2023", "|Debt [Abstract]",
                      "|Schedule of maturities", "|", "Aggregate maturities are as follows (in thousands):", "2024", "$",
                      "50,106", "2025", "150,096", "2026", "13", "Total", "$", "200,215"])
    [table] = refold.parse(page).tables
    assert list(table.columns) == [""]
    assert rows(table) == [
        ["2024", "$ 50,106"], ["2025", "150,096"], ["2026", "13"], ["Total", "$ 200,215"]]


def test_the_years_after_the_last_year_name_the_last_column():
    """An obligations table: `Total`, `2026` … `2029`, then `After 2029` before the first row's
    label (`Debt [a]`) and its six values: `After 2029` is the header's last name, not a section
    row over the body."""
    lines = ["|Total", "|2026", "|2027", "|2028", "|2029", "|After 2029"]
    for label, values in [("Debt [a]", ["61,094", "2,724", "2,455", "2,402", "2,360", "49,483"]),
                          ("Operating leases [c]", ["1,280", "284", "235", "187", "137", "295"])]:
        lines += ["|" + label, *("|" + v for v in values)]
    g = grid("\n".join(lines))
    assert [r[0] for r in rows(g)] == ["Debt [a]", "Operating leases [c]"]
    assert g.header[-1].text == "After 2029"


def test_a_sparse_row_read_wider_than_the_table_is_left_to_the_sums():
    """A cell a line, spacers as lines of spaces: `Work in process` ␣ `16` ␣ ␣ reads, blank cell by
    blank cell, wider than the two dates (its first blank a spacer, no column), so its place is a
    guess: the total (`193` = `62` + `16` + `115`) puts `16` under the first date."""
    text = "\n".join([
        "XML 21 R10.htm IDEA: XBRL DOCUMENT v3.7.0.1", "Note 5 - Inventories", "6 Months Ended", "Jun. 30, 2017",
        "Notes to Financial Statements  ", "Inventory Disclosure [Text Block]", "Inventories", " ",
        "Inventories are stated at the lower of cost or net realizable value using the average cost method. "
        "Inventories consist of the following (in thousands):", "  ", " ", " ", "June 30, 2017", " ", " ",
        "December 31, 2016", " ", "Raw materials", "  $", "62", "     ", "59", " ", "Work in process", "   ", "16",
        "     ", " ", "Finished goods", "   ", "115", "     ", "76", " ", "Total", "  $", "193", "     ", "135"])
    [table] = refold.parse(text, variant="line-per-cell").tables
    assert rows(table)[1] == ["Work in process", "16", ""]


def test_a_real_estate_schedules_year_month_and_life_end_each_row():
    """Schedule III, empty cells dropped: each property's amounts, then its year built (`1975`,
    or `1982; 1996`, `Various`), the month it was acquired (`Jun. 2008`) and its life (`30 yrs.`).
    The year after the amounts is no header of a next table, and the texts, dates and years are
    the row's last three cells, in every row, though no total row closes the excerpt."""
    rows_in = [("Industrial facility in Norfolk, NE", "1,503", "625", "1,713", "2,445", "1975", "Jun. 2008", "30 yrs."),
               ("Office facility in Soest, Germany", "—", "3,193", "45,932", "33,790", "1982; 1996", "Jul. 2008",
                "36 yrs."),
               ("Learning center in Chicago, IL", "13,245", "6,300", "20,509", "26,282", "1912", "Jul. 2008", "30 yrs."),
               ("Industrial facilities in Bossier City, LA", "29,475", "2,725", "25,233", "52,679", "Various",
                "Aug. 2008", "25 - 40 yrs."),
               ("Industrial facility in Waldaschaff, Germany", "—", "10,373", "16,708", "13,959", "1937", "Aug. 2008",
                "15 yrs.")]
    text = lines("", "Encumbrances", "Land", "Buildings", "Total", "Date of Construction", "Date Acquired", "Life",
                 *(cell for row in rows_in for cell in row))
    [table] = refold.parse(note_page(text)).tables
    assert [tuple(r) for r in rows(table)] == rows_in


def test_quarters_numbered_under_their_year_are_the_headers_last_row():
    """`2018` then `1` `2` `3` `4` then `Revenue` and its amounts: the quarters numbered under
    their year name the columns (`2018 1` …), no row of values without a label."""
    text = lines("2018", "1", "2", "3", "4", "Revenue", "$", "12,136", "$", "14,277", "$", "16,109", "$", "21,037",
                 "Cost of revenue", "1,617", "1,717", "2,678", "2,674")
    [table] = refold.parse(note_page(text)).tables
    assert table.columns == ("2018 1", "2018 2", "2018 3", "2018 4")
    assert [r.label for r in table.rows] == ["Revenue", "Cost of revenue"]


def test_a_lone_name_over_the_value_column_of_a_one_column_table_names_it():
    """Empty cells kept: `Consolidated` at the place in its row where the rows below hold their
    one value (each row `label` ␣ `value` ␣) names that column: the header ends after it. A
    section's label, at a row's start, is the body's first row."""
    from refold.grid import body_start

    def tokens(*cells):
        return cells_to_tokens(text_to_cells(lines(*cells)))
    rows_after = ("Balance as of December 31, 2021", "", "585,284", "", "New deposits", "", "27,479", "")
    assert body_start(tokens("", "", "Consolidated", "", *rows_after)) == 3
    assert body_start(tokens("", "", "", "", "Deposits:", "", "", "", *rows_after)) == 0


def test_names_broken_on_a_connecting_word_over_a_second_header_row():
    """A pipe-prefix note table, empty cells kept: `$ million` over three columns, then `Land and`
    `Plant and` and, a row below, `Movements during 2023` `buildings` `equipment` `Total`. No
    section label ends on `and`: both rows are header, the lower-case texts end the names above
    them, the first text of the lower row is the stub's caption, and `Cost` heads the rows."""
    cells = ["|Schedule of property, plant and equipment", "|", "|", "|", "|$", "million", "|", "|", "|$",
             "million", "|", "|", "|", "$ million", "|", "|", "|", "|", "Land and", "|", "|", "|Plant and", "|",
             "|", "|", "|", "|", "Movements during 2023", "|", "|", "buildings", "|", "|", "|", "equipment", "|",
             "|", "|Total", "|", "|", "Cost", *["|"] * 12,
             "1 January 2023", "|", "|", "|", "3,210", "|", "|", "|", "|", "12,400", "|", "|", "|", "|", "15,610",
             "|", "|", "Additions", "|", "|", "|210", "|", "|", "|", "|1,100", "|", "|", "|", "|1,310", "|", "|",
             "31 December 2023", "|", "|", "|3,420", "|", "|", "|", "|13,500", "|", "|", "|", "|16,920", "|", "|"]
    text = "\n".join(["|", "Property, Plant and Equipment (Tables)", "|12 Months Ended", "|", "Dec. 31, 2023",
                      "|Property, Plant and Equipment [Abstract]", *cells])
    table = refold.parse(text).tables[-1]
    assert table.columns == ("$ million Land and buildings", "$ million Plant and equipment", "$ million Total")
    assert table.caption == "Movements during 2023"
    assert [r.label for r in table.rows] == ["Cost", "1 January 2023", "Additions", "31 December 2023"]
    assert table.rows[2].cells == ("210", "1,100", "1,310")


def test_a_maturity_headers_names_wrap_around_its_years():
    """A text block's table one cell a line (outer pipes, inner lines): `Remaining` `2025` … `2029`
    `Later` `Years` `Total Lease` `Payments` `Less: Imputed` `Interest` `Total`, then rows of nine
    values. The years run one after another, each a column (`Remaining` opens the first); the
    names after them regroup into the four left; none of the lines is a row."""
    lines = ["|", "Leases (Tables)", "|9 Months Ended", "Sep. 30, 2025", "|Leases [Abstract]", "|Lease Liability Maturity",
             "|", "(In thousands)", "Remaining", "2025", "2026", "2027", "2028", "2029", "Later", "Years", "Total Lease",
             "Payments", "Less: Imputed", "Interest", "Total", "Operating Leases", "$", "7,118", "$", "27,553", "$",
             "21,088", "$", "13,681", "$", "11,221", "41,309", "$", "121,970", "$", "(15,105)", "$", "106,865",
             "Finance Leases", "1,056", "4,592", "4,362", "3,005", "2,332", "10,808", "25,155", "(2,862)", "22,293"]
    table = refold.parse("\n".join(lines)).tables[-1]
    assert table.columns == ("Remaining 2025", "2026", "2027", "2028", "2029", "Later Years", "Total Lease Payments",
                             "Less: Imputed Interest", "Total")
    assert [r.label for r in table.rows] == ["Operating Leases", "Finance Leases"]


def test_years_over_as_many_names_as_columns_are_groups_not_wrapped_names():
    """`2021` `2020` `2019` then nine names over nine columns: as many names after the years as
    columns, so each year heads a group of them; the years never end names of their own."""
    from refold.header import names_wrapped_around_years
    from refold.kinds import Kind

    names = ["Previous Principle", "Impact", "As Reported"] * 3
    lines = ["2021", "2020", "2019", *names]
    kinds = [Kind.YEAR] * 3 + [Kind.TEXT] * 9
    assert names_wrapped_around_years(lines, kinds, 9) is None
    assert names_wrapped_around_years(["Remaining", "2025", "2026", "2027", "Thereafter", "Total"],
                                      [Kind.TEXT, Kind.YEAR, Kind.YEAR, Kind.YEAR, Kind.TEXT, Kind.TEXT], 5) == [
        "Remaining 2025", "2026", "2027", "Thereafter", "Total"]


def test_a_maturity_header_under_a_date_and_a_broken_lead_in():
    """The same header under a lead-in the crawl broke off (`The following table presents the
    undiscounted`, its tagged words lost) and the date over every column: the date heads each
    name, the lead-in is the table's caption, no part of a name."""
    lines = ["|", "Leases (Tables)", "|9 Months Ended", "Sep. 30, 2025", "|Leases [Abstract]", "|Lease Liability Maturity",
             "|", "The following table presents the undiscounted", "September 30, 2025", "(In thousands)", "Remaining",
             "2025", "2026", "2027", "2028", "2029", "Later", "Years", "Total Lease", "Payments", "Less: Imputed", "Interest",
             "Total", "Operating Leases", "$", "7,118", "$", "27,553", "$", "21,088", "$", "13,681", "$", "11,221", "41,309",
             "$", "121,970", "$", "(15,105)", "$", "106,865"]
    table = refold.parse("\n".join(lines)).tables[-1]
    assert table.columns[0] == "September 30, 2025 Remaining 2025"
    assert table.columns[-2:] == ("September 30, 2025 Less: Imputed Interest", "September 30, 2025 Total")
    assert table.caption == "The following table presents the undiscounted"


def test_ranges_of_rates_after_a_label_are_the_rows_values():
    """`Risk-free interest rate` `.34% - .92%` `.92% - 1.10%` under `2013` `2012`: each range is a
    value of the row (a text by its kind), not the label of a row of its own; with no header
    over the table the first row is still a row, not the columns' names."""
    body = ["|Risk-free interest rate", "|.34% - .92%", "|.92% - 1.10%", "|Expected dividend yield", "|0%", "|0%",
            "|Expected life of options", "|3.25 - 5.75 years", "|5.75 years"]
    expected = [["Risk-free interest rate", ".34% - .92%", ".92% - 1.10%"], ["Expected dividend yield", "0%", "0%"],
                ["Expected life of options", "3.25 - 5.75 years", "5.75 years"]]
    assert rows(grid_by_labels("\n".join(["|2013", "|2012", *body]))) == expected
    assert rows(grid_by_labels("\n".join(body))) == expected


def test_a_range_of_prices_that_labels_a_row_stays_its_label():
    """`$ .05 - .20` then its values (options by exercise price), after a row's values: the
    range opens the next row; so does a commission file number's `1-434` (no rate)."""
    text = "\n".join(["|Range", "|Shares", "|Price", "|$ .05 - .20", "|108,000", "|$ .17", "|.24 - .65", "|2,739,000",
                      "|.41"])
    assert rows(grid_by_labels(text)) == [["$ .05 - .20", "108,000", "$ .17"], [".24 - .65", "2,739,000", ".41"]]


def test_ranges_of_rates_hold_value_places_in_a_fixed_width_reading():
    """The same rows with their empty cells kept (a line a cell, ` ` between): the ranges count
    as values in the width search, so the first row is not read into the header."""
    cells = ["", "2013", "", "2012", "", "Risk-free interest rate", "", "", ".34% - .92%", "", "", ".92% - 1.10%", "",
             "Expected dividend yield", "", "", "0%", "", "", "0%", "", "Expected volatility", "", "", "75%", "", "",
             "75%", ""]
    g = tokens_to_grid(cells_to_tokens(text_to_cells("\n".join("|" + c for c in cells))))
    assert rows(g)[0] == ["Risk-free interest rate", ".34% - .92%", ".92% - 1.10%"]
    assert [t.text for t in g.header if t.text] == ["2013", "2012"]


def test_names_alone_over_the_columns_give_the_width_a_full_row_has():
    """Four names over rows of one value (sparse movements) and a row of four: the table is four
    wide; rows one short of the names are no such evidence (a stub's name among them, or a
    footnote number read as a value on one row)."""
    from refold.grid import _Pending, table_width
    from refold.kinds import Kind
    from refold.model import Span, Token

    def rows(*counts):
        return [_Pending(Token("r", Kind.TEXT, Span(1, 1)), [], n) for n in counts]
    assert table_width(rows(3, 1, 1, 1, 4), names=4) == 4
    assert table_width(rows(4, 4, 4, 4, 4, 4, 5), names=5) == 4


def test_a_stubs_caption_then_names_with_no_spacers_heads_the_columns():
    """A crawl that dropped the empty cells (one cell a line): `As of June 30, 2024`, the stub's
    `Consolidated Balance Sheets (unaudited):`, three names, then `Assets` and the first row of
    three values: the names head the columns, `Assets` is the first section row."""
    text = lines("As of June 30, 2024", "Consolidated Balance Sheets (unaudited):", "As Previously Reported",
                 "Adjustments from Adoption of the New Crypto Assets Standard", "As Adjusted", "Assets",
                 "Digital assets, net", "$ 184", "$ 538", "$ 722", "Deferred tax assets", "$ 6,692", "$ (119)", "$ 6,573")
    g = grid(text)
    assert [r[0] for r in rows(g)] == ["Assets", "Digital assets, net", "Deferred tax assets"]
    assert [t.text for t in g.header if t.text][-3:] == ["As Previously Reported",
                                                        "Adjustments from Adoption of the New Crypto Assets Standard",
                                                        "As Adjusted"]


def test_years_labelling_a_maturity_tables_rows_are_no_values_of_the_first_row():
    """`(In thousands)` ␣ `Payments` over `Remaining in 2019` ␣ `$ 5,585`, then `2020` ␣ `23,253`
    …, a cell a line: the years label the rows after the first one, so the first row holds one
    value and `Payments` names its column (not a section row over three columns)."""
    text = "\n".join(["XML 63 R29.htm IDEA: XBRL DOCUMENT v3.19.3", "Leases (Tables)", "9 Months Ended", "Sep. 30, 2019",
                      "Leases [Abstract]  ", "Future Required Fixed Lease Payments",
                      "The future required fixed lease payments are as follows:", "(In thousands)", " ", "Payments",
                      "Remaining in 2019", " ", "$", "5,585", "", "2020", " ", "23,253", "", "2021", " ", "21,424", "",
                      "2022 and thereafter", " ", "149,964", "", "Total minimum future amounts", " ", "$", "200,226", ""])
    [table] = refold.parse(text).tables
    assert table.columns == ("Payments",)
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["Remaining in 2019", "$ 5,585"], ["2020", "23,253"], ["2021", "21,424"], ["2022 and thereafter", "149,964"],
        ["Total minimum future amounts", "$ 200,226"]]
