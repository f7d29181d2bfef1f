"""Stage 3: text blocks, their prose and their schedules."""

import refold
from refold.cells import text_to_cells
from refold.textblock import Prose, body_to_blocks, is_prose, split_paragraphs


def rows_of(table):
    """A table's rows as lists: the label, then its cells."""
    return [[r.label, *r.cells] for r in table.rows]


def test_paragraphs_join_wrapped_lines_and_break_at_sentences():
    lines = ["The", "following table lists major subsidiaries:", "SCHEDULE OF MAJOR", "SUBSIDIARIES"]
    assert split_paragraphs(lines) == ["The following table lists major subsidiaries:", "SCHEDULE OF MAJOR SUBSIDIARIES"]


def test_block_label_followed_by_prose_opens_a_block():
    body = text_to_cells("|Abstract [Abstract]\n|\n|Leases\n|\nThe following table shows leases:\n"
                         "|\n|2023\n|Rent\n|5\n|\nRent is paid monthly in advance of the period.")
    report, blocks = body_to_blocks(body, n_cols=1)
    assert [b.label for b in blocks] == ["Leases"]
    parts = blocks[0].parts
    assert isinstance(parts[0], Prose) and parts[0].paragraphs == ["The following table shows leases:"]
    assert [c.text for c in parts[1] if c.text] == ["2023", "Rent", "5"]
    assert isinstance(parts[-1], Prose)


def test_block_repeating_its_label_on_the_pipe_line():
    """`|Balance sheet components` twice: the second holds the block's content on more lines."""
    body = text_to_cells("|Balance sheet components\n|Balance sheet components\nRestricted Cash\n|\n|2020\n|A\n|1")
    _, blocks = body_to_blocks(body)
    assert blocks[0].label == "Balance sheet components"
    assert blocks[0].parts[0].paragraphs == ["Balance sheet components", "Restricted Cash"]


def test_a_note_heading_that_numbers_the_label_opens_a_block():
    """`NOTE 16. FINANCIAL RESULTS BY QUARTER` under `|Financial Results by Quarter`: the heading
    repeats the label after the note's number, and the inner table's cells follow piped."""
    body = text_to_cells("|Financial Results by Quarter\n|\nNOTE 16. FINANCIAL RESULTS BY QUARTER\n"
                         "|\n|\nMarch 31\n|\n|2016\n|Revenues\n|$\n|127,896")
    _, blocks = body_to_blocks(body)
    assert [b.label for b in blocks] == ["Financial Results by Quarter"]


def test_a_lead_in_in_its_own_piped_cell_after_the_labels_empty_cell_is_the_blocks_prose():
    """Crawls that dropped spacer cells: `|Summary…`, `|`, `|The impacts … as follows:`, then
    the table. A section's label there (`|Stockholders' deficit:`) or a long row label with
    no values (`… [Line Items]`) opens no block."""
    body = text_to_cells("|Summary of Change\n|\n|The impacts of the adjustments on our statements are "
                         "summarized as follows:\n|Year Ended December 31,\n|2021\n|Sales\n|5")
    _, blocks = body_to_blocks(body)
    assert [b.label for b in blocks] == ["Summary of Change"]
    assert blocks[0].parts[0].paragraphs == [
        "The impacts of the adjustments on our statements are summarized as follows:"]
    assert [c.text for c in blocks[0].parts[1]] == ["Year Ended December 31,", "2021", "Sales", "5"]
    for text in ("|Commitments\n|\n|Stockholders' deficit:\n|Preferred stock, $0.01 par value\n|0",
                 "|Operating segments\n|\n|Segment Reporting, Reconciling Item for Operating Profit (Loss) "
                 "from Segment to Consolidated [Line Items]\n|Operating income\n|40,136"):
        assert body_to_blocks(text_to_cells(text))[1] == []


def test_a_section_lead_in_that_lost_its_pipe_stays_in_the_table():
    """`Earnings per common share––basic:` without a pipe between a row's last value and the next
    row: a section row of the same table, not prose that ends it."""
    body = text_to_cells("|Notes\n|\nThe following table shows the amounts:\n|\n|2021\n|Net income\n|20,374\n"
                         "Earnings per share––basic:\n|Continuing operations\n|$\n|3.71")
    _, blocks = body_to_blocks(body)
    runs = [p for p in blocks[0].parts if isinstance(p, list)]
    assert len(runs) == 1 and "Earnings per share––basic:" in [c.text for c in runs[0]]


def test_pipe_spacer_cells_under_their_pipes_are_table_cells_not_prose():
    """Every cell's text under its pipe (`|` + `Balance at End of Year`): when most rows' labels
    are such cells, a short one is a column name or a section row, not prose that cuts the
    table; a long one stays prose."""
    body = text_to_cells("\n".join([
        "|Allowances", "|", "|($ thousands)", "|", "Balance at Beginning of Year", "|", "Balance at End of Year", "|",
        "Year ended December 31, 2014:", "|", "Allowance for doubtful accounts", "|$", "|3,656", "|$", "|13,609",
        "|", "Reserve for sales returns", "|6,857", "|18,783",
        "|", "Year ended December 31, 2013:", "|", "Allowance for doubtful accounts", "|3,441", "|3,656",
        "|", "The reserve is estimated from the history of returns over the past three years of sales."]))
    _, blocks = body_to_blocks(body)
    parts = blocks[0].parts
    runs = [p for p in parts if isinstance(p, list)]
    assert len(runs) == 1 and "Year ended December 31, 2013:" in [c.text for c in runs[0]]
    assert isinstance(parts[-1], Prose) and parts[-1].paragraphs[0].startswith("The reserve")


def test_a_footnotes_mark_in_its_own_cell_goes_with_its_text():
    """`(1)` after the table's last value, then the footnote: the mark a label ends with opens
    the footnote's paragraph, not a row. `(45)` after `$` is an amount, though prose follows."""
    body = text_to_cells("|Notes\n|\nThe following table shows the amounts:\n|\n|2018\n"
                         "|Allowance for sales returns (1)\n|(30)\n|\n|1,548\n|(1)\n"
                         "Due to the adoption of ASC 606 the allowance was reclassified.")
    parts = body_to_blocks(body)[1][0].parts
    assert "(1)" not in [c.text for c in parts[1]]
    assert parts[2].paragraphs == ["(1) Due to the adoption of ASC 606 the allowance was reclassified."]
    body = text_to_cells("|Notes\n|\nThe following table shows the amounts:\n|\n|2020\n|Write-offs\n|193\n"
                         "|Balance at December 31, 2020\n|$\n|(45)\nInventories were as follows (in thousands):")
    parts = body_to_blocks(body)[1][0].parts
    assert "(45)" in [c.text for c in parts[1]]


def test_a_footnotes_mark_a_section_label_ends_before_its_colon_goes_with_its_text():
    """`Earnings per share (1):` heads rows; `(1)` after the last value, then the note: the mark
    opens the note's paragraph, not a row whose value is -1."""
    body = text_to_cells("|Summarized Quarterly Financial Data\n|\nSummarized quarterly data is presented below:\n"
                         "March 31,\nJune 30,\nEarnings per share (1):\nBasic\n$\n0.20\n$\n0.39\n"
                         "Diluted\n$\n0.19\n$\n0.38\n(1)\nThe earnings per share of the quarters may not add up to "
                         "the year's.")
    parts = body_to_blocks(body)[1][0].parts
    assert "(1)" not in [c.text for c in parts[1]]
    assert parts[2].paragraphs == ["(1) The earnings per share of the quarters may not add up to the year's."]


def test_notes_marks_between_sentences_are_no_values_where_the_crawl_lost_their_table():
    """`… deferred revenue is as follows:` then `(1)` `Beginning deferred revenue … included $16 …`
    and `(2)` `Ending …`: the table the marks note was lost, the notes kept. Each mark opens its
    note's paragraph; the sentence before it is no row whose value is `(1)`."""
    body = text_to_cells("|Revenue\n|\n2) Revenue from Contracts with Customers\n"
                         "A roll-forward of the Company's deferred revenue and customer advances is as follows:\n(1)\n"
                         "Beginning deferred revenue and customer advances as of January 1, 2022 included $16 of current "
                         "deferred revenue.\n(2)\nEnding deferred revenue and customer advances as of March 31, 2022 "
                         "included $17 of current deferred revenue.")
    parts = body_to_blocks(body)[1][0].parts
    assert not any(c.text in ("(1)", "(2)") for part in parts if isinstance(part, list) for c in part)
    paragraphs = [p for part in parts if not isinstance(part, list) for p in part.paragraphs]
    assert paragraphs[-2].startswith("(1) Beginning") and paragraphs[-1].startswith("(2) Ending")


def test_a_bare_number_marks_a_label_it_ends_glued():
    """`1` then `Per share amounts are …`, where a label ends `per share1` (a superscript that
    lost its tag): the footnote's mark. A `1` that ends no word is the table's last amount."""
    text = ("|Notes\n|\nThe following table shows the amounts:\n|\n|2016\n|Net income per share1\n|\n"
            "|Basic\n|$\n|0.14\n|{mark}\nPer share amounts are computed independently for each quarter.")
    parts = body_to_blocks(text_to_cells(text.format(mark="1")))[1][0].parts
    assert "1" not in [c.text for c in parts[1]]
    assert parts[2].paragraphs == ["1 Per share amounts are computed independently for each quarter."]
    text = text.replace("per share1", "per share")
    parts = body_to_blocks(text_to_cells(text.format(mark="1")))[1][0].parts
    assert "1" in [c.text for c in parts[1]]


def test_a_header_of_text_rows_one_cell_a_line_reads_row_after_row():
    """Three columns' names over five header rows, one cell a line, row after row (`Accumulated`
    `Accumulated` `Total` / `foreign` `unrealized` `accumulated` / …): each column's name is its
    cells read down, not lines joined where one opens in lower case."""
    lines = ["Accumulated", "Accumulated", "Total", "foreign", "unrealized", "accumulated", "currency",
             "(losses) gains on", "other", "translation", "available-for-sale", "comprehensive", "adjustments",
             "debt securities", "(loss) income", "Balance at January 1, 2023", "$", "55", "$", "(930)", "$", "(875)",
             "Translation adjustments", "(16,908)", "—", "(16,908)"]
    text = "|Accumulated other comprehensive loss\n|\nThe following table shows the changes (in thousands):\n" \
        + "\n".join(lines)
    [table] = refold.parse(text).tables
    assert list(table.columns) == ["Accumulated foreign currency translation adjustments",
                                   "Accumulated unrealized (losses) gains on available-for-sale debt securities",
                                   "Total accumulated other comprehensive (loss) income"]
    assert [r.label for r in table.rows] == ["Balance at January 1, 2023", "Translation adjustments"]


def test_a_tables_header_alone_before_piped_rows_is_cells_not_prose():
    """A block whose unpiped lines hold only a table's header (`For the three-months ended` …
    `July 30,` … `2022`), its rows' values piped, and the next table's header between the two
    tables' rows: header cells, not prose."""
    header = ["For the three-months ended", "For the six-months ended", "July 30,", "July 31,", "July 30,",
              "July 31,", "2022", "2021", "2022", "2021"]
    rows = ["Tea", "|13,266", "|16,117", "|31,241", "|36,586", "Coffee", "|1,484", "|2,626", "|3,583", "|5,406"]
    text = "\n".join(["|Schedule of revenue by product", "|", *header, *rows, *header, *rows])
    tables = refold.parse(text).tables
    assert [list(t.columns) for t in tables] == [[
        "For the three-months ended July 30, 2022", "For the three-months ended July 31, 2021",
        "For the six-months ended July 30, 2022", "For the six-months ended July 31, 2021"]] * 2
    assert rows_of(tables[1])[0] == ["Tea", "13,266", "16,117", "31,241", "36,586"]


def test_a_heading_after_a_tables_last_row_goes_with_what_follows():
    """`Inventories, Net` after the last row's values, then the next table's lead-in: the
    heading over the next table (its caption), not a row of the first; a label after a label
    (a section and its row) stays in the table."""
    lines = ["March 31, 2021", "December 31, 2020", "Accounts receivable", "$", "16,027", "$", "14,855",
             "Accounts receivable, net", "$", "13,469", "$", "13,979", "Inventories, Net",
             "Inventories, net of reserve, consist of the following (in thousands):",
             "March 31, 2021", "December 31, 2020", "Raw materials", "$", "6,927", "$", "6,876",
             "Finished goods", "11,232", "6,909"]
    text = "|Balance Sheet Components\n|\nAccounts receivables, net consist of the following (in thousands):\n" \
        + "\n".join(lines)
    first, second = refold.parse(text).tables
    assert [r.label for r in first.rows] == ["Accounts receivable", "Accounts receivable, net"]
    assert second.caption == "Inventories, Net" and [r.label for r in second.rows] == ["Raw materials", "Finished goods"]


def test_a_long_heading_after_a_tables_last_row_goes_with_what_follows():
    """An IDEA (Tables) page one cell a line, a space for an empty cell: the next block's label,
    twelve words long, between the last row's values and the next table's lead-in is that
    table's caption, not an empty row of the first."""
    heading = "Amortized Cost and Estimated Fair Value of Debt Securities Available for Sale"
    names = ["Amortized", "Cost", " ", "Estimated", "Fair Value"]
    lines = ["XML 67 R30.htm IDEA: XBRL DOCUMENT v3.19.3", "Investment Securities (Tables)", "9 Months Ended",
             "Sep. 30, 2019", "Analysis of Securities Available for Sale",
             "Below is an analysis of securities available for sale at:", " ", "September 30, 2019", " ",
             "December 31, 2018", " ", *names, " ", *names, " ", "(dollars in thousands)",
             "Corporate Securities", "22,914", "", " ", "24,035", "", " ", "20,912", "", " ", "21,012", "",
             "Total Securities Available for Sale", "$", "805,149", "", " ", "$", "812,383", "", " ", "$",
             "924,054", "", " ", "$", "909,247", "", heading,
             "The amortized cost and estimated fair value of debt securities, by contractual maturity, are shown below.",
             " ", *names, " ", "(dollars in thousands)", "Due within 1 year", "$", "1,527", "", " ", "$", "1,531", "",
             "Due after 1 but within 5 years", "36,106", "", " ", "36,371", ""]
    first, second = refold.parse("\n".join(lines)).tables
    assert [r.label for r in first.rows] == ["Corporate Securities", "Total Securities Available for Sale"]
    assert second.caption == heading and [r.label for r in second.rows] == [
        "Due within 1 year", "Due after 1 but within 5 years"]


def test_an_exhibit_index_one_cell_a_line_in_a_block_is_a_table():
    """Mixed pages: a block's lines holding an exhibit index (`31.1*` then `Certification of …`):
    a table of numbers and descriptions, the descriptions cells however they read; prices that
    do not run in order (`158.73` `228.10` `148.90`) are no listing."""
    items = [("10.1+*", "Amended and Restated 2007 Equity Incentive Plan - Director Grant Notice (2025)"),
             ("31.1*", "Certification of Chief Executive Officer as required by Rule 13a-14(a) of the Act"),
             ("32.1#*", "Certification of Chief Executive Officer as required by Rule 13a-14(b) of the Act"),
             ("101.INS*", "Inline XBRL Instance Document - the instance document does not appear in the file.")]
    text = "|Exhibits\n|\nThe following exhibits are filed with this report:\nExhibit No.\nExhibit Description\n" \
        + "\n".join(line for item in items for line in item)
    [table] = refold.parse(text).tables
    assert rows_of(table) == [[n, d] for n, d in items]
    from refold.textblock import listed_descriptions
    assert not listed_descriptions(["158.73", "RSUs granted", "228.10", "RSUs vested", "148.90", "RSUs forfeited"])


def test_a_last_row_of_blank_amounts_stays_in_its_table():
    """An investor site's page, one cell a line, a space for an empty cell: `Total tax expense`
    then `$` signs each over a blank amount, then the next block's label. The total is the
    table's last row (its amounts blank), not a block whose prose is the next block's label."""
    def cells(*items):
        return "\n".join(items)

    text = cells("Annual report pursuant to Section 13 and 15(d)", "", "INCOME TAXES (Tables)", "", "v3.19.1",
                 "INCOME TAXES (Tables)", "12 Months Ended", "Dec. 31, 2018",
                 "Income Tax Disclosure [Abstract]  ", "Income tax expense differs from statutory amounts",
                 "Income tax expense differs from the statutory amounts for each of the following years:",
                 " ", " ", " ", "2018", " ", " ", "2017", " ",
                 "Income taxes at statutory rate", " ", "$", "(11,901", ")", " ", "$", "(9,289", ")",
                 "Expenses not deductible", " ", " ", "24", " ", " ", " ", "46", " ",
                 "Total tax expense", " ", "$", " ", " ", "$", " ",
                 "Deferred tax assets The temporary differences that give rise to deferred tax assets were as follows:",
                 " ", " ", " ",
                 "2018", " ", " ", "2017", " ",
                 "Net operating losses", " ", "$", "38,761", " ", " ", "$", "50,029", " ",
                 "Other", " ", " ", "80", " ", " ", " ", "143", " ")
    page = refold.parse(text)
    first, second = page.tables
    assert rows_of(first)[-1] == ["Total tax expense", "$", "$"]
    assert first.block == "Income tax expense differs from statutory amounts"
    assert rows_of(second) == [["Net operating losses", "$ 38,761", "$ 50,029"], ["Other", "80", "143"]]


def test_a_short_lead_in_after_a_next_blocks_label_opens_that_block():
    """The same investor site: a table ends on `(62,838` `)` then `Net deferred taxes` over blank
    amounts (its last row, whatever the `)` cell), then the next block's label and a lead-in of
    five words ending `as follows:`: a sentence, so the label opens a block whose names head
    columns of years' rows."""
    def cells(*items):
        return "\n".join(items)

    text = cells("Annual report pursuant to Section 13 and 15(d)", "", "INCOME TAXES (Tables)", "", "v3.19.1",
                 "INCOME TAXES (Tables)", "12 Months Ended", "Dec. 31, 2018",
                 "Income Tax Disclosure [Abstract]  ", "Deferred taxes",
                 "The temporary differences that give rise to deferred taxes were as follows:", " ", " ", " ",
                 "2018", " ", " ", "2017", " ",
                 "Gross deferred tax assets", " ", " ", "51,715", " ", " ", " ", "62,838", " ",
                 "Valuation allowance", " ", " ", "(51,715", ")", " ", " ", "(62,838", ")",
                 "Net deferred taxes", " ", "$", " ", " ", "$", " ",
                 "Carryforwards and credits expiration dates", "These carryforwards expire as follows:",
                 " ", " ", " ", "Net operating", "loss carryforwards", " ", " ", "General business", "credit",
                 "carryforwards", " ", "2019", " ", "$", "3,306", " ", " ", "$", "95", " ",
                 "2020", " ", " ", "5,125", " ", " ", " ", "226", " ")
    first, second = refold.parse(text).tables
    assert rows_of(first)[-1] == ["Net deferred taxes", "$", "$"]
    assert second.block == "Carryforwards and credits expiration dates"
    assert second.columns == ("Net operating loss carryforwards", "General business credit carryforwards")
    assert rows_of(second) == [["2019", "$ 3,306", "$ 95"], ["2020", "5,125", "226"]]


def test_section_lead_in_never_opens_a_block():
    body = text_to_cells("|Current assets:\n|\nThe following table shows the movement in the allowance:")
    _, blocks = body_to_blocks(body)
    assert blocks == []


MIXED = "\n".join([
    "|Supplemental Disclosures", "|", "NOTE G – SUPPLEMENTAL INFORMATION",
    "Components of selected captions are as follows:", "Inventories", "As of", "(in millions)",
    "June 30, 2018", "December 31, 2017", "Finished goods", "$", "689", "$", "685", "Raw materials",
    "296", "284", "$", "985", "$", "969", "Accounts receivable", "As of", "(in millions)", "June 30, 2018",
    "December 31, 2017", "Trade receivables", "$", "1,650", "$", "1,645", "Allowance", "(63", ")", "(68", ")",
    "$", "1,587", "$", "1,577"])


def test_mixed_block_with_unpiped_inner_tables():
    """Outer cells piped, the inner tables one cell a line: each line a cell, and a second header
    right after the first table's rows starts a second table."""
    import refold

    page = refold.parse(MIXED)
    schedules = [t for t in page.tables if t.kind == "schedule"]
    assert rows_of(schedules[0]) == [
        ["Finished goods", "$ 689", "$ 685"], ["Raw materials", "296", "284"], ["", "$ 985", "$ 969"]]
    assert rows_of(schedules[1]) == [
        ["Trade receivables", "$ 1,650", "$ 1,645"], ["Allowance", "(63)", "(68)"], ["", "$ 1,587", "$ 1,577"]]
    assert schedules[1].columns[0].endswith("June 30, 2018")


def test_a_header_cell_over_columns_is_not_a_new_block():
    """`Accrued` over `Three Months Ended …` inside a block's table looks like a block's label
    opening a table; before any value of that table it is more of its header."""
    body = text_to_cells("\n".join([
        "|Restructuring", "|", "The following table presents the amounts:", "|", "|", "|",
        "|Accrued", "|", "|Three Months Ended August 31, 2024", "|", "|Total Costs", "|",
        "|May 31, 2024", "|Initial Costs", "|Cash Payments", "|Accrued to Date",
        "|Cloud", "|87", "|40", "|(33", "|)", "|233", "|Hardware", "|4", "|2", "|(2", "|)", "|11"]))
    _, blocks = body_to_blocks(body, n_cols=1)
    assert [b.label for b in blocks] == ["Restructuring"]


def test_line_cells_join_a_wrapped_label_and_keep_a_lead_in_as_prose():
    """Mixed pages' inner tables, one cell a line: a line opening in lower case continues the
    label above; a lead-in ending `:` before a wrapped header (`Three Months` + `Ended June
    30,`) is a sentence, not a header cell."""
    from refold.textblock import lines_to_line_cells

    lines = ["The following table presents the amounts (in millions):", "Three Months", "Ended June 30,",
             "2025", "2024", "Professional services and other cost", "of revenue", "$", "15,491", "$", "13,899"]
    cells = lines_to_line_cells(lines, 1)
    assert not cells[0].piped
    assert [c.text for c in cells[1:]] == ["Three Months", "Ended June 30,", "2025", "2024",
                                          "Professional services and other cost of revenue", "$", "15,491", "$", "13,899"]
    assert cells[5].span.first == 6 and cells[5].span.last == 7


def test_a_section_label_over_a_long_row_label_is_a_cell_not_a_lead_in():
    """`Other comprehensive income (loss):` then a row label long enough to read as a sentence
    (`… net of income tax benefit of $21 million, $1 million …, respectively`) with its values
    after it: rows follow, so the line is a section row's label, not prose that splits the table."""
    from refold.textblock import lines_to_line_cells

    lines = ["Net income", "$", "3,125", "$", "2,147", "Other comprehensive income (loss):",
             "Foreign currency translation adjustments, net of income tax benefit of $21 million and $1 million, "
             "respectively", "97,341", "(75,246)"]
    cells = lines_to_line_cells(lines, 1)
    assert cells[5].text == "Other comprehensive income (loss):" and cells[5].piped


def test_a_long_label_wrapped_over_four_lines_in_the_body_is_one_label():
    """HubSpot's `Changes in unrealized loss on cash flow hedges, net of` + `income taxes of $145
    and $192 for the three and six` + `months ended …` + `three and six months ended …`, then its
    values: in the body a wrapped label goes on in lower case however long it grows."""
    from refold.textblock import lines_to_line_cells

    lines = ["Net loss", "(3,258)", "(14,435)", "Changes in unrealized loss on cash flow hedges, net of",
             "income taxes of $145 and $192 for the three and six", "months ended June 30, 2025 and $63 for the",
             "three and six months ended June 30, 2024", "1,051", "(445)"]
    cells = lines_to_line_cells(lines, 1)
    assert [c.text for c in cells[3:]] == [" ".join(lines[3:7]), "1,051", "(445)"]


def test_a_small_table_one_cell_a_line_is_a_table():
    """One value under two names (`Class of Common Stock`, `Shares Outstanding …`) is a table
    held one cell a line, not prose."""
    from refold.textblock import holds_line_cells

    assert holds_line_cells(["Class of Common Stock", "Shares Outstanding as of July 22, 2025",
                             "$0.25 Par Value", "4,303,667,252"])
    assert not holds_line_cells(["The Company leases offices in three cities under leases that end",
                                 "in 2027 and 2029, as the table below shows."])


def test_a_one_row_table_under_a_long_header_one_cell_a_line_is_a_table():
    """Coca-Cola's hedged items: seven names and six dates (`June 27,` `2025` …) over one row of
    six amounts. The header's periods and years are the table's cells, not lines that outweigh
    its values as prose would."""
    from refold.textblock import holds_line_cells

    names = ["Cumulative Amount of Fair Value Hedging Adjustments", "Carrying Values of", "Hedged Items",
             "Included in the Carrying Values of Hedged Items", "Remaining for Which Hedge Accounting Has Been",
             "Balance Sheet Location of Hedged Items"]
    dates = ["June 27,", "2025", "December 31,", "2024"] * 3
    values = [part for v in ("13,083", "11,824", "(755)", "(915)", "114", "130") for part in ("$", v)]
    assert holds_line_cells([*names, *dates, "Long-term debt", *values])


def test_a_long_column_name_one_a_line_is_a_cell_not_a_sentence():
    """Netflix's comprehensive income, its inner table one cell a line: `Change in Unrealized
    Gains (Losses) on Excluded Component of Fair Value Hedges` (twelve words, title case) names
    a column; the lead-in before it is a sentence."""
    from refold.textblock import lines_to_line_cells

    lines = ["The following table presents the changes (in thousands):", "Foreign Currency Translation",
             "Change in Unrealized Gains (Losses) on Excluded Component of Fair Value Hedges", "Total",
             "Balances as of March 31, 2025", "$", "(285,557)", "$", "5,771", "$", "(279,786)"]
    cells = lines_to_line_cells(lines, 1)
    assert [c.piped for c in cells[:4]] == [False, True, True, True]


def test_a_tables_lead_in_before_column_names_is_a_sentence():
    """`… are detailed below (in thousands):` then `Fair Value Hierarchy Level`, `Cost`: the
    lead-in of a table whose header is names, a sentence; a long section label ending `:` over
    rows stays a label."""
    from refold.textblock import is_sentence

    lead_in = "The cost and market values of the investments at September 30, 2024 are detailed below (in thousands):"
    assert is_sentence(lead_in, "Fair Value Hierarchy Level")
    assert not is_sentence("Securities excluded from the computation because their price was greater than the "
                           "average market price:", "Stock options")


def test_a_long_label_over_short_row_labels_is_no_sentence():
    """Tesla's `Weighted average shares used in computing net income per share of common stock`
    (13 words, no full stop) over `Basic` and `Diluted`: a section label, not prose ending the
    table; a sentence with figures or over twenty words stays prose, whatever follows it."""
    from refold.textblock import is_sentence

    label = "Weighted average shares used in computing net income per share of common stock"
    assert not is_sentence(label, "Basic") and is_sentence(label)
    assert is_sentence("Outstanding shares of common stock include shares held as treasury stock totaling 15,162,050, "
                       "15,302,345 and 15,210,233 as of December 31, 2016, 2015 an 2014, respectively", "Preferred stock")
    assert is_sentence(label + ", which the following table shows for each class", "Basic")


def test_a_name_ending_in_an_abbreviation_is_no_sentence():
    """`SEC File no.` and `Exhibit No.` name columns; their point ends an abbreviation."""
    assert not is_prose(["SEC File no."]) and not is_prose(["Exhibit No."])
    assert is_prose(["The notes were repaid."])


EQUITY_NAMES_UNPIPED = "\n".join([
    "|7. Stockholders' Equity", "|", "7. Stockholders' Equity",
    "The changes in stockholders' equity for the three months ended March 31, 2021 are as follows:",
    "Common Stock", "Shares", "Common Stock", "Amount", "Additional Paid-In Capital", "Accumulated", "Deficit",
    "Treasury", "Stock", "Total",
    "Balance at December 31, 2020*", "|13,962,366", "|$", "|8,377", "|$", "|26,346", "|$", "|(5,693", "|)",
    "|$", "|(5,402", "|)", "|$", "|23,628",
    "Common stock issued under restricted stock units", "|24,505", "|15", "|(15", "|)", "|—", "|—", "|—",
    "Net loss*", "|—", "|—", "|—", "|(670", "|)", "|—", "|(670", "|)",
    "Balance at March 31, 2021*", "|13,986,871", "|8,392", "|26,346", "|(6,363", "|)", "|(5,402", "|)", "|22,958",
])


def test_column_names_and_labels_that_lost_their_pipes_over_piped_values():
    """A block whose table kept the pipes of its values only: the lines after the lead-in are the
    columns' names (wrapped, one line a cell) and the first row's label, not prose; each row's
    last `—` ends its row rather than opening the next label."""
    page = refold.parse(EQUITY_NAMES_UNPIPED)
    (table,) = page.tables
    assert list(table.columns) == ["Common Stock Shares", "Common Stock Amount", "Additional Paid-In Capital",
                                   "Accumulated Deficit", "Treasury Stock", "Total"]
    assert [r.label for r in table.rows] == ["Balance at December 31, 2020*",
                                             "Common stock issued under restricted stock units", "Net loss*",
                                             "Balance at March 31, 2021*"]
    assert table.rows[1].cells == ("24,505", "15", "(15)", "—", "—", "—")
    assert table.rows[0].cells[0] == "13,962,366" and table.rows[3].cells[-1] == "22,958"


def test_footnotes_written_as_a_tables_last_cells_are_its_footnotes():
    """`(1)` then `Per common share amounts … separately.` under the last row, each in a cell:
    the marks are no amounts (-1) and the texts no rows; a mark read into the row of the text
    before it (`… option. | (2)`) opens the next note."""
    text = "\n".join([
        "|Options", "|", "The fair value of each option was estimated with these assumptions:", "|", "|2013",
        "|2012", "|Dividend yield", "|None", "|None", "|Expected option life (3)", "|10.0 years", "|10.0 years",
        "|(1)", "|The risk-free interest rate is based on the U.S. Treasury yield in effect at the grant date.",
        "|(2)", "|The expected volatility is based on historical volatility over the expected term of the option."])
    table = refold.parse(text).tables[-1]
    assert [r.label for r in table.rows] == ["Dividend yield", "Expected option life (3)"]
    assert table.footnotes == (
        "(1) The risk-free interest rate is based on the U.S. Treasury yield in effect at the grant date.",
        "(2) The expected volatility is based on historical volatility over the expected term of the option.")


def test_a_footnote_glued_to_its_mark_between_two_tables_is_the_first_ones():
    """`(1)Additional provision …` after a table whose `Provision (1)` carries the mark, before
    the next table's header: the first table's footnote, not the second's caption; after the
    last table's rows, its footnote, not a section row. A text opening with a mark no cell
    carries stays where it was."""
    def table(period, values):
        return ["|" + period, "|Commercial", "|Consumer", "|Balance", *(f"|{v}" for v in values[:2]),
                "|Provision (1)", *(f"|{v}" for v in values[2:])]
    text = "\n".join([
        "|Allowance", "|", "The activity in the allowance (in thousands):",
        *table("Three Months Ended June 30, 2025", ("22,522", "2,807", "1,135", "253")),
        "|(1)Additional provision was $10 thousand for the quarter.",
        *table("Three Months Ended June 30, 2024", ("20,471", "3,526", "866", "318")),
        "|(1)Additional provision was $13 thousand"])
    first, second = refold.parse(text).tables
    assert first.footnotes == ("(1)Additional provision was $10 thousand for the quarter.",)
    assert second.caption is None and [r.label for r in second.rows] == ["Balance", "Provision (1)"]
    assert second.footnotes == ("(1)Additional provision was $13 thousand",)
    written_as_prose = "\n".join([  # the note a block's paragraph under a lone `|`
        "|Allowance", "|", "The activity in the allowance (in thousands):",
        *table("Three Months Ended June 30, 2025", ("22,522", "2,807", "1,135", "253")),
        "|", "(1)Additional provision related to off-balance sheet exposure was $10 thousand for the quarter.",
        *table("Three Months Ended June 30, 2024", ("20,471", "3,526", "866", "318"))])
    first = refold.parse(written_as_prose).tables[0]
    assert first.footnotes == ("(1)Additional provision related to off-balance sheet exposure was $10 thousand for the quarter.",)
    from refold.model import Row
    from refold.textblock import marked_note_rows
    rows = [Row("Balance", ("5",)), Row("(2)Other note.", ("",))]
    assert marked_note_rows(rows, ["Total"]) == (rows, [])


def test_marks_alone_then_their_notes_after_a_table_are_its_footnotes():
    """`a)` then `The tax proceedings related to these judicial deposits refer …` and `b)` then its
    note, each a row, after the table's last values: footnotes of the labels that carry `(a)` and
    `(b)`, not rows. A mark no label carries, or a note of three words, stays as read."""
    from refold.model import Row
    from refold.textblock import marked_note_rows
    rows = [Row("Unaccrued tax proceedings(a)", ("228,331",)), Row("Accrued tax proceeding(b)", ("154,077",)),
            Row("a)", ("",)), Row("The tax proceedings related to these deposits refer mainly to the ICMS-ST.", ("",)),
            Row("b)", ("",)), Row("The tax proceedings related to these deposits refer to note no. 21.", ("",))]
    kept, notes = marked_note_rows(rows, ["Consolidated 2023"])
    assert kept == rows[:2]
    assert notes == ["a) The tax proceedings related to these deposits refer mainly to the ICMS-ST.",
                     "b) The tax proceedings related to these deposits refer to note no. 21."]
    unmarked = [Row("Unaccrued tax proceedings", ("228,331",)), *rows[2:4]]
    assert marked_note_rows(unmarked, ["Consolidated 2023"]) == (unmarked, [])
    short = [rows[0], Row("a)", ("",)), Row("See below.", ("",))]
    assert marked_note_rows(short, ["Consolidated 2023"]) == (short, [])


def test_a_last_row_of_one_small_amount_stays_a_row():
    """`(1)` alone after the rows, no footnote's text after it: an amount, the table's last row."""
    from refold.model import Row
    from refold.pipeline import trailing_footnotes

    rows = [Row("Net change", ("5", "3")), Row("", ("(1)", ""))]
    assert trailing_footnotes(rows) == (rows, [])
    skipped = [Row("Net change", ("5", "3")), Row("", ("(2)", "")), Row("A note that reads as a sentence of its own.", ("", ""))]
    assert trailing_footnotes(skipped) == (skipped[:1], ["(2) A note that reads as a sentence of its own."])
    out_of_turn = [Row("Net change", ("5", "3")), Row("", ("(2)", "")), Row("First note text, a sentence.", ("(1)", ""))]
    assert trailing_footnotes(out_of_turn) == (out_of_turn, [])


def test_a_schedule_whose_labels_carry_marks_in_cells_of_their_own():
    """`Revenue` `(1)` `$` `1,200` … and the notes `(1)` `Includes …` under the table: labels with
    their marks, two values a row, the notes the table's footnotes."""
    text = "\n".join(["|", "NOTES (Tables)", "|3 Months Ended", "Mar. 31, 2025", "|Notes [Abstract]", "|",
                      "|Schedule", "|", "The following table shows the amounts:", "|", "|", "|2025", "|", "|2024",
                      "|Revenue", "|(1)", "|$", "|1,200", "|", "|$", "|1,100", "|Cost of sales", "|", "|(800", "|)",
                      "|", "|(700", "|)", "|(1)", "|Includes sales to related parties of $50 and $40, respectively."])
    table = refold.parse(text).tables[-1]
    assert rows_of(table) == [["Revenue (1)", "$ 1,200", "$ 1,100"],
                                                         ["Cost of sales", "(800)", "(700)"]]
    assert table.footnotes == ("(1) Includes sales to related parties of $50 and $40, respectively.",)


def test_a_long_label_wrapped_over_a_lower_case_line_before_its_values_is_one_label():
    """Mixed page, one cell a line: `Less: Net gains (losses) recognized during the period …
    sold` reads like a sentence, but `during the period` continues it and values follow: one
    row's label, not prose cutting the table in three."""
    text = "\n".join([
        "|Equity Securities", "|", "The following table presents the amounts (in millions):",
        "Three Months Ended", "June 27,", "2025", "June 28,", "2024",
        "Net gains (losses) recognized during the period related to equity securities", "$", "165", "$", "52",
        "Less: Net gains (losses) recognized during the period related to equity securities sold",
        "during the period", "(6)", "4",
        "Net unrealized gains (losses) recognized during the period related to equity securities",
        "still held at the end of the period", "$", "171", "$", "48"])
    tables = refold.parse(text).tables
    assert len(tables) == 1
    assert [r.label for r in tables[0].rows][1:] == [
        "Less: Net gains (losses) recognized during the period related to equity securities sold during the period",
        "Net unrealized gains (losses) recognized during the period related to equity securities still held at the "
        "end of the period"]


def test_names_with_no_value_under_them_are_the_blocks_text_not_a_table(shared):
    """A crawl cut the page inside the label of a third table's first row (d008): no value under
    it, so no table of one empty row (the labels count such a row against precision); the line
    stays the block's text, nothing lost. A table cut after its header is the same."""
    text = (shared / "corpus/labeled/d008-30625-R27.txt").read_text(encoding="utf-8")
    page = refold.parse(text)
    assert len(page.tables) == 2
    assert any("Cash paid for amounts included" in p for b in page.text_blocks for p in b.prose)
    header_only = "\n".join(["|Intangible Assets", "|", "The following table summarizes them:", "|", "|Cost",
                             "|", "|2024", "|", "|2023", "|Software", "|$", "|5", "|$", "|4", "|",
                             "Gross Carrying", "Amount", "Accumulated", "Amortization", "Net Book Value",
                             "As of March 31, 202"])
    assert [len(t.rows) for t in refold.parse(header_only).tables] == [1]


def test_a_page_cut_above_its_table_is_read_as_an_unlabeled_block():
    """Corpus page 145's shape: the crawl kept no title and no period header, only a note's
    table (an empty corner cell, column names, `$` signs apart from their amounts). Its names
    are the table's header, not rows of the report."""
    text = ("|\n|Foreign Currency Translation Adjustment\n|Net Unrealized Gains on Securities\n|\n"
            "|Accumulated Other Comprehensive Income\n"
            "|Balance as of December 31, 2017\n|$\n|(2,054)\n|$\n|660\n|$\n|(1,394)\n"
            "|Other comprehensive income\n|(780)\n|(12)\n|(792)\n"
            "|Balance as of June 30, 2018\n|$\n|(2,834)\n|$\n|648\n|$\n|(2,186)\n")
    page = refold.parse(text)
    assert len(page.tables) == 1 and page.tables[0].kind == "schedule"
    table = page.tables[0]
    assert table.columns == ("Foreign Currency Translation Adjustment", "Net Unrealized Gains on Securities",
                             "Accumulated Other Comprehensive Income")
    assert rows_of(table) == [
        ["Balance as of December 31, 2017", "$ (2,054)", "$ 660", "$ (1,394)"],
        ["Other comprehensive income", "(780)", "(12)", "(792)"],
        ["Balance as of June 30, 2018", "$ (2,834)", "$ 648", "$ (2,186)"]]
    assert not page.unplaced


def test_a_tables_column_names_written_again_under_its_rows_start_the_next_table():
    """Corpus pages 43 and 145: the same column names over the year before's roll-forward: two
    tables, not the names as rows of empty cells."""
    names = "|\n|Translation Adjustment\n|Cash Flow Hedges\n|Total\n"
    text = ("|Accumulated Other Comprehensive Income\n|\nThe changes were as follows:\n" + names
            + "|Balance as of December 31, 2017\n|(2,054)\n|1,402\n|(652)\n"
            + "|Balance as of June 30, 2018\n|(2,834)\n|1,678\n|(1,156)\n" + names
            + "|Balance as of December 31, 2016\n|(1,995)\n|744\n|(1,251)\n")
    first, second = refold.parse(text).tables
    assert first.columns == second.columns == ("Translation Adjustment", "Cash Flow Hedges", "Total")
    assert [r.label for r in first.rows] == ["Balance as of December 31, 2017", "Balance as of June 30, 2018"]
    assert rows_of(second) == [["Balance as of December 31, 2016", "(1,995)", "744", "(1,251)"]]


def test_a_rows_last_value_that_lost_its_pipe_and_years_before_its_amounts_stay_in_the_table():
    """Corpus page 213's shape (Schedule III): each property's row is its location, its type,
    the years it was built and acquired, its amounts, then `15 - 40 years` without a pipe. The
    range is the row's last cell, not prose between tables, and the years before the amounts
    are the row's, not a new table's header: one table, every row in it."""
    rows = [("Aurora, IL", "2003", "2017", "5,894", "44,713"), ("Phoenix, AZ", "1998", "2017", "3,891", "11,337"),
            ("Austin, TX", "2017", "2018", "4,472", "25,598")]
    text = "|Real Estate\n|\nSchedule III\n|Location\n|Year Built\n|Year Acquired\n|Land\n|Buildings\n|Lives\n" + "".join(
        f"|{a}\n|{b}\n|{c}\n|{d}\n|{e}\n15 - 40 years\n" for a, b, c, d, e in rows)
    page = refold.parse(text)
    assert len(page.tables) == 1
    cells = [c for r in page.tables[0].rows for c in r.cells]
    assert cells.count("15 - 40 years") == 3 and {"5,894", "3,891", "4,472"} <= set(cells)
    assert "15 - 40 years" not in page.text_blocks[0].prose


def test_a_footnote_after_the_last_value_is_split_off_before_the_rows_are_read():
    """A quarterly note, the cells under their pipes (`|` + `Revenue`) and the spacers kept, ending
    `|(1)` `|The Company elected to early adopt …`: the note is the table's footnote; its mark,
    read as an amount of -1, no longer overflows the last row and unsettles the table's width."""
    quarters = "".join(f"|{q} Quarter\n|\n|\n" for q in ("1st", "2nd", "3rd", "4th"))
    text = ("|Summary of Selected Quarterly Information\n" + "|\n" * 6 + "|2016 (1)\n|\n"
            "|(in thousands, except per share amounts)\n|\n" + quarters
            + "|\nRevenue\n|\n|$\n|178,858\n|\n|\n|$\n|188,996\n|\n|\n|$\n|182,802\n|\n|\n|$\n|199,610\n|\n"
            "|\nGross profit\n|\n|\n|122,348\n|\n|\n|\n|128,896\n|\n|\n|\n|122,365\n|\n|\n|\n|137,401\n|\n"
            "|(1)\n|The Company elected to early adopt ASU 2016-09 in the fourth quarter of 2016.\n")
    table = refold.parse(text).tables[0]
    assert rows_of(table) == [
        ["Revenue", "$ 178,858", "$ 188,996", "$ 182,802", "$ 199,610"],
        ["Gross profit", "122,348", "128,896", "122,365", "137,401"]]
    assert table.footnotes == ("(1) The Company elected to early adopt ASU 2016-09 in the fourth quarter of 2016.",)


def test_the_column_names_written_again_without_the_caption_start_the_next_table():
    """A quarterly table's caption and wrapped names over 2018's rows, then the same names (no
    caption) over 2017's: two tables, each under its year."""
    import refold

    names = ["First", "Quarter", "Second", "Quarter", "Fiscal Year"]
    lines = ["|", "Quarterly Data (Tables)", "|12 Months Ended", "|", "Sep. 30, 2018",
             "|Selected Quarterly Financial Data", "|", "Selected Quarterly Financial Data (Unaudited)", *names, "2018",
             "Net Sales", "$", "298,916", "$", "319,665", "$", "618,581",
             "Net Income", "$", "29,386", "$", "45,920", "$", "75,306",
             *names, "2017",
             "Net Sales", "$", "291,361", "$", "326,773", "$", "618,134",
             "Net Income", "$", "33,400", "$", "38,956", "$", "72,356"]
    tables = refold.parse("\n".join(lines)).tables
    assert [t.columns[-1] for t in tables] == ["Fiscal Year 2018", "Fiscal Year 2017"]
    assert [[r.label for r in t.rows] for t in tables] == [["Net Sales", "Net Income"]] * 2


def test_a_text_block_element_with_an_empty_cell_then_its_table_is_a_block():
    """`Quarterly Financial Information [Text Block]`, an empty cell, then the block's table with
    its cells piped (a note's number and title first): the XBRL element names a text block, so
    its content is the block's tables, not rows of the report; the quarters' names written again
    over 2011 (`Year 2011` for `Year 2012`) start the next table."""
    import refold

    def year(y, sales):
        return ["|", f"Year\n{y}", "|", "|", "|", "First\nQuarter", "|", "|", "|", "|", "Second\nQuarter", "|", "|",
                "|Net\nSales", "|", "|$", f"|{sales[0]}", "|", "|", "|$", f"|{sales[1]}", "|",
                "|Net\nincome", "|", "|", f"|{sales[0] // 10}", "|", "|", "|", f"|{sales[1] // 10}", "|"]

    lines = ["|", "Quarterly Financial Information", "|12 Months Ended", "|", "Dec. 31, 2012",
             "|Quarterly Financial Information [Text Block]", "|", "|", "20.", "|", "Unaudited\nQuarterly Financial Data",
             *year(2012, (177028, 145572)), *year(2011, (187524, 216799))]
    tables = refold.parse("\n".join(lines)).tables
    assert [t.kind for t in tables] == ["schedule", "schedule"]
    valued = [[r for r in t.rows if any(r.cells)] for t in tables]
    assert [[r.label for r in rows] for rows in valued] == [["Net Sales", "Net income"]] * 2
    assert [rows[0].cells for rows in valued] == [("$ 177028", "$ 145572"), ("$ 187524", "$ 216799")]


def test_a_label_over_a_table_wider_than_the_report_opens_a_block():
    """A notes page (one report column): after a block's table, `Schedule of …` and its empty cell,
    then names over rows of two values. No row of the report holds two values, so the label opens
    the next block and its table, headed by the names; the first table's stub name (`Warrants`,
    its empty cells around merged names) is its header too, not a row."""
    import refold

    lines = ["|", "Warrants (Tables)", "|3 Months Ended", "|", "Sep. 30, 2020", "|Warrants", "|",
             "Following is a summary of all warrant activity for the nine months ended September 30, 2020:",
             "|Warrants", "|", "|", "Number of Warrants", "Issued", "|", "|", "|", "Weighted", "Average",
             "Exercise Price", *["|"] * 8,
             "|Warrants outstanding at December 31, 2019", "|", "|", "|626,098", "|", "|", "|$", "|1.87", "|",
             "|Warrants outstanding at September 30, 2020", "|", "|", "|4,053,566", "|", "|", "|$", "|1.28", "|",
             "|Schedule of weighted average exercise price at September 30, 2020", "|", "|",
             "Warrants provided to EGWU, Inc.", "(Note 13)", "|", "|", "|All other warrants", *["|"] * 8,
             "|Number of warrants issued", "|", "|", "|200,000", "|", "|", "|", "|3,853,566", "|",
             "|Weighted average exercise price", "|", "|$", "|0.01", "|", "|", "|$", "|1.35", "|"]
    tables = refold.parse("\n".join(lines)).tables
    assert tables[0].columns == ("Number of Warrants Issued", "Weighted Average Exercise Price")
    assert [r.label for r in tables[0].rows] == ["Warrants outstanding at December 31, 2019",
                                                 "Warrants outstanding at September 30, 2020"]
    assert len(tables) == 2 and tables[1].columns[0] == "Warrants provided to EGWU, Inc. (Note 13)"
    assert [(r.label, r.cells) for r in tables[1].rows if any(r.cells)] == [
        ("Number of warrants issued", ("200,000", "3,853,566")), ("Weighted average exercise price", ("$ 0.01", "$ 1.35"))]


def test_a_label_over_a_table_whose_names_have_a_group_name_over_them_opens_a_block():
    """The same after a table's last value, with a group's name over the names (`Options
    outstanding` over `Number of shares`, `Weighted average price per share`): one text more
    than a name over each value, still the next block's label and its table, not rows."""
    import refold

    lines = ["|", "Stock Options (Tables)", "|3 Months Ended", "|", "Mar. 31, 2013",
             "|Black-Scholes option pricing model assumptions", "|", "|", "2013", "|", "2012",
             "|Dividend yield", "|0%", "|0%", "|Expected term", "|5 years", "|5-10 years",
             "|Options outstanding", "|", "|Options outstanding", "|", "|Number of shares", "|",
             "|Weighted average price per share",
             "|Balance at December 31, 2012", "|1,032,500", "|$ 0.29", "|Options granted", "|160,000", "|0.16",
             "|Balance at March 31, 2013", "|1,192,500", "|$ 0.28"]
    tables = refold.parse("\n".join(lines)).tables
    assert len(tables) == 2
    assert tables[1].block == "Options outstanding"
    assert tables[1].columns == ("Number of shares", "Weighted average price per share")
    assert [r.label for r in tables[1].rows if any(r.cells)] == [
        "Balance at December 31, 2012", "Options granted", "Balance at March 31, 2013"]


def test_names_after_a_tables_leading_empty_cells_head_it():
    """A block's table opening with empty cells, then a group's name and the names over its two
    columns, spacer cells between (as a crawl that keeps them writes it): the names head the
    table, not three section rows."""
    import refold

    lines = ["|", "Stock Options (Tables)", "|3 Months Ended", "|", "Mar. 31, 2013", "|Options outstanding", "|",
             "The following table summarizes the activity of our stock options:", "|", "|", "|Options outstanding", "|", "|", "|", "|Number of shares", "|", "|",
             "|Weighted average price per share", "|",
             "|Balance at December 31, 2012", "|1,032,500", "|$ 0.29", "|Options granted", "|160,000", "|0.16",
             "|Balance at March 31, 2013", "|1,192,500", "|$ 0.28"]
    [table] = refold.parse("\n".join(lines)).tables
    assert table.columns == ("Number of shares", "Weighted average price per share")
    assert [r.label for r in table.rows] == ["Balance at December 31, 2012", "Options granted", "Balance at March 31, 2013"]


def test_values_following_reads_what_values_follow_reads_for_every_cell(shared):
    """`values_following` (one pass from the end) gives, for every cell of every corpus page,
    what `values_follow` gives looking ahead from it: past empty cells, signs and marks."""
    import json

    from refold.textblock import values_follow, values_following

    for line in (shared / "corpus" / "pages.jsonl").read_text(encoding="utf-8").splitlines():
        cells = text_to_cells(json.loads(line)["text"])
        assert values_following(cells) == [values_follow(cells, i) for i in range(len(cells))]
    cells = text_to_cells("|Cash\n|\n|\n|$\n|5\n|Note\n|[1]\n|Total")
    assert values_following(cells) == [True, True, True, True, False, False, False, False]


def test_a_blocks_content_written_under_its_label_without_a_pipe_is_the_block():
    """A 2011 crawl: `|Net Income (Loss) Per Share`, then the note's heading and paragraphs on
    lines with no `|`. The label heads a text block holding the paragraphs, not one long
    abstract row; a label wrapped over a line (`|Total liabilities and` + `Stockholders'
    equity`) stays one label."""
    note = ["NOTE 6 — NET INCOME (LOSS) PER SHARE",
            "Basic income (loss) per share is computed by dividing net income (loss) by the weighted average "
            "number of common shares outstanding.",
            "For the three and nine months ended September 30, 2011, options to purchase 2.1 million shares were "
            "excluded from the computation of diluted earnings per share due to their anti-dilutive effect."]
    text = "\n".join(["Note 6 Net Income (Loss) Per Share", "|9 Months Ended", "Sep. 30, 2011",
                      "|NET INCOME (LOSS) PER SHARE [Abstract]", "|Net Income (Loss) Per Share", *note])
    page = refold.parse(text)
    [block] = page.text_blocks
    assert block.label == "Net Income (Loss) Per Share"
    assert block.prose == tuple(note)
    assert page.abstract_rows == ("NET INCOME (LOSS) PER SHARE [Abstract]",)
    from refold.model import Cell, Span
    from refold.textblock import block_in_label_cell

    wrapped = Cell("Shares subject to possible redemption, 41,400,000 and 0, at March 31, 2021 and",
                   ("December 31, 2020, respectively, at redemption value, shown here over more words than a label "
                    "usually takes so that the lines read as many words as a sentence",), Span(1, 2))
    assert not block_in_label_cell(wrapped)


def test_a_text_after_a_label_in_a_table_of_useful_lives_is_its_value():
    """A cell a line, spacer cells kept: `Buildings` `15 to 40 years`, `Machinery and equipment`
    `3 to 20 years`, then `Leasehold improvements` and `Over the shorter of their estimated useful
    lives or the terms of the applicable lease agreements`: the long text is the last row's value,
    not prose closing the table (it ends no sentence and follows a label after a range)."""
    lines = ["XML 55 R35.htm IDEA: XBRL DOCUMENT v3.10.0.1", "Property, Plant and Equipment (Tables)", "12 Months Ended",
             "Dec. 31, 2018", "Property, Plant and Equipment [Abstract]  ", "Schedule of Property, Plant and Equipment",
             "Depreciation is calculated using the straight-line method over the following estimated useful lives:",
             " ", "Asset", "  ", "Useful Life", "Buildings", "  ", "15 to 40 years", "Machinery and equipment", "  ",
             "3 to 20 years", "Leasehold improvements", "  ",
             "Over the shorter of their estimated useful lives or the terms of the applicable lease agreements"]
    [table] = refold.parse("\n".join(lines)).tables
    assert rows_of(table) == [
        ["Buildings", "15 to 40 years"], ["Machinery and equipment", "3 to 20 years"],
        ["Leasehold improvements", "Over the shorter of their estimated useful lives or the terms of the applicable lease agreements"]]


def test_a_note_heading_laid_out_in_cells_with_a_dash_is_no_table():
    """A 2012 crawl's note opening in a layout table: `NOTE 3` `-` `PROPERTY, PLANT AND
    EQUIPMENT:` a cell each, then the lead-in and the schedule. The dash joins the note's number
    to its name: no table of one row and one nil, the schedule the block's only table."""
    cells = ["|Property, Plant and Equipment Disclosure [Text Block]", "|", "|", "NOTE 3", "|", "-", "|",
             "PROPERTY, PLANT AND", "EQUIPMENT:", "|", "|", "Property, plant and equipment, consists", "of the following:",
             "|", "|", "|", "December 31,", "|", "|", "2011", "|", "|", "2010", "|", "|",
             "Building and improvements", "|", "|", "$", "|", "3,557,186", "|", "|", "$", "|", "3,557,186", "|", "|",
             "Machinery and equipment", "|", "|", "|", "3,647,170", "|", "|", "|", "3,163,445", "|", "|"]
    tables = refold.parse("\n".join(cells)).tables
    assert [t.columns for t in tables] == [("December 31, 2011", "December 31, 2010")]
    assert rows_of(tables[0])[0] == ["Building and improvements", "$ 3,557,186", "$ 3,557,186"]


def test_a_text_block_label_then_a_note_heading_and_prose_opens_the_block_without_its_empty_cell():
    """An IDEA page one cell a line (a space for an empty cell): `… Disclosure [Text Block]`,
    `NOTE 3:`, `PROPERTY, PLANT AND EQUIPMENT`, the lead-in, then the schedule. The crawl wrote
    no pipe and no empty cell after the label, but the note's heading and prose open its block."""
    cells = ["XML 21 R10.htm IDEA: XBRL DOCUMENT v3.19.1", "PROPERTY, PLANT AND EQUIPMENT", "12 Months Ended",
             "Dec. 31, 2018", "Property, Plant and Equipment [Abstract]  ",
             "Property, Plant and Equipment Disclosure [Text Block]", "NOTE 3:", "PROPERTY, PLANT AND EQUIPMENT", " ",
             "Property, plant and equipment consisted of the following:", " ", " ", " ", "2018", " ", " ", "2017", " ",
             " ", " ", "Land and Improvements", " ", "$", "656,040", " ", " ", "$", "656,040", " ",
             "Vehicles", " ", " ", "767,615", " ", " ", " ", "705,189", " "]
    page = refold.parse("\n".join(cells))
    [table] = page.tables
    assert table.block == "Property, Plant and Equipment Disclosure [Text Block]"
    assert table.columns == ("2018", "2017")
    assert rows_of(table) == [["Land and Improvements", "$ 656,040", "$ 656,040"], ["Vehicles", "767,615", "705,189"]]


def test_a_table_one_cell_a_line_after_a_lead_in_that_ends_the_blocks_first_cell():
    """`|Summary Quarterly Financial Data` + `The Company's unaudited quarterly financial data is
    as follows (… per share data):`, then the table one cell a line: the lead-in ends its cell
    (a capital after a `:`), and the lines after it, a header then rows, are the table's cells,
    not paragraphs of prose."""
    text = ("|\nQuarterly Data (Tables)\n|12 Months Ended\n|\nDec. 31, 2019\n"
            "|Summary Quarterly Financial Data\n|Summary Quarterly Financial Data\n"
            "The Company's unaudited quarterly financial data is as follows (dollars in thousands):\n"
            "As of December 31, 2019\nFirst Quarter\nSecond Quarter\nThird Quarter\nFourth Quarter\n"
            "Net sales\n$\n173,370\n$\n190,830\n$\n188,410\n$\n170,920\n"
            "Gross profit\n46,790\n53,790\n48,990\n44,330\n")
    page = refold.parse(text)
    [table] = page.tables
    assert table.columns == tuple(f"As of December 31, 2019 {q} Quarter" for q in ("First", "Second", "Third", "Fourth"))
    assert rows_of(table) == [
        ["Net sales", "$ 173,370", "$ 190,830", "$ 188,410", "$ 170,920"],
        ["Gross profit", "46,790", "53,790", "48,990", "44,330"]]


def test_a_notes_number_in_a_layout_cell_then_its_heading_and_prose_open_the_block():
    """`|CONSOLIDATED QUARTERLY FINANCIAL DATA`, its empty cell, then a layout table's cells: `|` +
    `14.`, `|` + the note's heading and its prose: a text block (the number its heading), whose
    table reads as a schedule, not as the report's rows."""
    text = ("|\nConsolidated Quarterly Financial Data\n|12 Months Ended\n|\nDec. 31, 2014\n"
            "|CONSOLIDATED QUARTERLY FINANCIAL DATA\n|\n|\n14.\n|\nCONSOLIDATED QUARTERLY FINANCIAL DATA (UNAUDITED)\n"
            "The following is a summary of the unaudited quarterly results of operations (dollars in thousands):\n"
            "|\n|\n|\nFirst\n|\n|\nSecond\n|\n|\n|\n|\nQuarter\n|\n|\nQuarter\n|\n"
            "|\nNet sales\n|\n|\n$\n|\n358,120\n|\n|\n$\n|\n486,021\n|\n"
            "|\nGross profit\n|\n|\n|\n46,672\n|\n|\n|\n61,613\n|\n")
    page = refold.parse(text)
    [table] = page.tables
    assert table.kind == "schedule"
    assert table.columns == ("First Quarter", "Second Quarter")
    assert rows_of(table) == [["Net sales", "$ 358,120", "$ 486,021"], ["Gross profit", "46,672", "61,613"]]
