"""Stage 0: which flattening a text is (`variants.detect`), and each variant's reader.

The readers are checked on small texts written the way each crawl writes them (the shapes are
those of `../shared/notes/formats.md` and the corpus); whole pages are checked by
tests/test_flatten.py (round trips) and by `refold eval` on the labeled pages.
"""

import json

import pytest
from test_cli import run

import refold
from refold.errors import InputError
from refold.rows import split_row, unglue
from refold.variants import (BLANK_LINE, LINE_PER_CELL, MIXED, PIPE_PREFIX, PIPE_SUFFIX, UNKNOWN, VARIANTS,
                             glued_names,
                             WHITESPACE_ROWS, detect, label_with_pipes, line_cells, split_glued_label,
                             suffix_cells, suffix_pages)

NBSP = "\u00a0"


def rows_of(table):
    """A table's rows as lists: the label, then its cells."""
    return [[r.label, *r.cells] for r in table.rows]


def only_table(text: str, variant: str, all_placed: bool = False):
    """The one table of `text`, read as `variant` was detected (and, `all_placed`, with no text
    left unplaced)."""
    page = refold.parse(text)
    assert page.variant == variant
    assert not (all_placed and page.unplaced), page.unplaced
    [table] = page.tables
    return table

LINE_PAGE = """XML 54 R20.htm IDEA: XBRL DOCUMENT v2.4.0.6
SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES (Tables)
9 Months Ended
Sep. 30, 2012
SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES [Abstract]\u00a0\u00a0
Schedule of Inventories
Inventories consisted of the following (in thousands):
December 31, 2023
December 31, 2022
Finished goods
$
1,200
$
1,100
Work in process
300
(250
)
Total
$
1,500
$
850
"""

SUFFIX_PAGE = """Balance sheet
Balance sheet - USD ($) | Mar. 31, 2021 | Dec. 31, 2020 | |
Current assets: | |||
Cash | $ 768,359 | $ 25,000 | |
Prepaid expenses | 437,508 | |
Total current assets | 1,205,867 | 25,000 | |
"""


def test_detection_scores_every_candidate():
    found = detect(LINE_PAGE)
    assert found.variant == LINE_PER_CELL
    assert [v for v, _ in found.scores] and {v for v, _ in found.scores} == set(VARIANTS)
    assert found.scores[0][0] == LINE_PER_CELL and all(0 <= s <= 1 for _, s in found.scores)


@pytest.mark.parametrize("text, variant", [
    ("|\nT (Details) - USD ($)\n|\nDec. 31, 2023\n|Cash\n|$ 5\n|Debt\n|$ 7\n", PIPE_PREFIX),
    (SUFFIX_PAGE, PIPE_SUFFIX),
    ("XML 1 R2.htm IDEA: XBRL DOCUMENT\nT - USD ($)\nDec. 31, 2023\nCash $ 5\nDebt $ 7\nTotal $ 12\n", WHITESPACE_ROWS),
    (LINE_PAGE.replace("\n", "\n\n"), BLANK_LINE),
    ("Roses are red\nand this is no filing\n", UNKNOWN),
    # rows ending in a percent whose `%` was its own cell: `19 %`
    ("Schedule (Tables)\n3 Months Ended\nMar. 31, 2025\nSchedule\nThe table shows revenue:\n"
     "  2025   2024   % Change\nSubscription $ 744   $ 623     19 %\nServices   16     13     21 %\n"
     "Total $ 760   $ 636     19 %\n", WHITESPACE_ROWS),
])
def test_detection(text, variant):
    assert detect(text).variant == variant


def test_mixed_is_a_pipe_page_whose_inner_table_lost_its_pipes():
    text = ("|Supplemental Balance Sheet Disclosures [Text Block]\n|\nACCOUNTS RECEIVABLE\n"
            "December 31, 2017\nDecember 31, 2016\nTrade\n$\n58,718\n$\n50,100\nOther\n1,200\n900\n"
            "|Other Disclosures [Text Block]\n|\nNone.\n")
    assert detect(text).variant == MIXED


def test_detection_agrees_with_the_crawl_labels(shared):
    """On the corpus pages whose crawl label names a variant refold reads, detection picks the
    same reader: pipe-prefix and mixed share one, as do line-per-cell and blank-line."""
    family = {PIPE_PREFIX: "pipe", MIXED: "pipe", LINE_PER_CELL: "line", BLANK_LINE: "line",
              WHITESPACE_ROWS: "rows", PIPE_SUFFIX: "suffix"}
    total = agree = 0
    with open(shared / "corpus" / "pages.jsonl", encoding="utf-8") as f:
        for line in f:
            page = json.loads(line)
            if page["variant"] in family:
                total += 1
                agree += family.get(detect(page["text"]).variant) == family[page["variant"]]
    # measured: 251 of 257. The rest: 3 IDEA pages labeled whitespace-rows whose rows hold text
    # facts, no amounts (read one line a cell); a markdown-like page labeled pipe-prefix (`| a |
    # b |` rows: read as pipe-suffix); a definitions-only fragment and a one-paragraph page
    # (unknown: nothing of a report to score)
    assert total > 250 and agree / total >= 0.95


def test_line_reader_gives_the_pipe_cells():
    cells = line_cells(LINE_PAGE)
    assert cells[0].text.startswith("XML 54") and not cells[0].piped  # the crawl's preamble
    assert cells[1].is_block and cells[1].tail == ("SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES (Tables)",)
    abstract = [c for c in cells if c.head.endswith("[Abstract]")][0]
    assert cells[cells.index(abstract) + 1].is_empty  # `Label  `: the row and its empty cell
    prose = [c for c in cells if c.is_block and c.tail[0].startswith("Inventories consisted")]
    assert prose, "a sentence after a block's label is the block's content"


def test_line_page_parses_to_its_schedule():
    page = refold.parse(LINE_PAGE)
    assert page.variant == LINE_PER_CELL and page.title == "SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES (Tables)"
    [table] = page.tables
    assert table.block == "Schedule of Inventories"
    assert rows_of(table) == [
        ["Finished goods", "$ 1,200", "$ 1,100"], ["Work in process", "300", "(250)"], ["Total", "$ 1,500", "$ 850"]]
    assert list(table.columns) == ["December 31, 2023", "December 31, 2022"]


def test_blank_line_cells_wrap_over_lines():
    text = ("T (Tables)\n6 Months Ended\nJun. 30, 2023\nInsurance [Abstract]  \n"
            "Reconciliation of claims The changes in claims follow (in millions).\n\n \n\n2023\n\n \n\n2022\n\n"
            "Balances at beginning\n\n$\n\n35,415\n\n \n\n$\n\n37,855\n\n"
            "Incurred losses included in the Consolidated\n   Statements of Earnings\n\n$\n\n431\n\n \n\n$\n\n412\n")
    table = only_table(text, BLANK_LINE)
    assert table.block == "Reconciliation of claims"  # label and content glued on one line
    assert [r.label for r in table.rows][-1] == "Incurred losses included in the Consolidated Statements of Earnings"
    assert table.rows[0].cells == ("$ 35,415", "$ 37,855")


def test_blank_line_name_broken_before_a_unit_word_stays_one_cell():
    """`Number of` + `Shares` in one paragraph (a header cell's line break): one name, not a name
    and a unit row, so the next name's paragraph is header too, no row."""
    text = ("T (Tables)\n6 Months Ended\nJun. 30, 2025\nEquity [Abstract]  \n"
            "Schedule of options The changes in options follow (in millions).\n\n \n\n"
            "Number of\nShares\n\n \n\nWeighted-\nAverage\nExercise Price\n(per share)\n\n"
            "Balances as of December 31, 2024\n\n15,419,002\n\n \n\n$\n\n312.48\n\n"
            "Granted\n\n213,441\n\n \n\n1,013.40\n\n"
            "Balances as of June 30, 2025\n\n15,632,443\n\n \n\n$\n\n339.84\n")
    table = only_table(text, BLANK_LINE)
    assert list(table.columns) == ["Number of Shares", "Weighted- Average Exercise Price (per share)"]
    assert [r.label for r in table.rows] == ["Balances as of December 31, 2024", "Granted", "Balances as of June 30, 2025"]


def test_blank_line_note_in_brackets_a_paragraph_after_a_label_ends_the_label():
    """A crawled IDEA page between blank lines: `Current portion of pension liability`, then
    `(see Note 16)`, then the row's values. The note is the label's end, not a row label."""
    text = ("T (Tables)\n12 Months Ended\nDec. 31, 2012\nPayables [Abstract]  \n"
            "Schedule of accrued liabilities Accrued liabilities consist of the following:\n\n"
            "In thousands\n\n2012\n\n2011\n\nDeferred revenues\n\n$1,704\n\n$1,811\n\n"
            "Current portion of pension liability\n\n(see Note 16)\n\n1,445\n\n1,152\n\n"
            "Taxes payable\n\n760\n\n730\n")
    table = only_table(text, BLANK_LINE)
    assert rows_of(table) == [
        ["Deferred revenues", "$1,704", "$1,811"], ["Current portion of pension liability (see Note 16)", "1,445", "1,152"],
        ["Taxes payable", "760", "730"]]


def test_a_markdown_mirror_whose_title_stands_over_a_lone_pipe_is_a_suffix_page():
    """`Earnings Per Share`, `|`, `9 Months Ended | ||||`, a `---|---` rule, the date, `|` and a
    row of pipes: no text follows a leading pipe but in rows of pipes, so the lone pipes are a
    suffix page's empty cells and the title is the page's first line, not its header lines."""
    pipes = "|" * 40
    text = "\n".join(["Earnings Per Share", "|", f"9 Months Ended | {pipes}", "|".join(["---"] * 20),
                      "Sep. 30, 2012", "|", pipes,
                      "Earnings Per Share | 11. Earnings Per Share The following table provides weighted average "
                      "share information used in the calculation of basic and diluted earnings per share:"])
    page = refold.parse(text)
    assert page.variant == PIPE_SUFFIX
    assert page.title == "Earnings Per Share"
    assert page.columns == ("9 Months Ended Sep. 30, 2012",)


FAIR_VALUE_IDEA = "\n".join([
    "XML 22 R11.htm IDEA: XBRL DOCUMENT v3.23.3", "Fair Value Measurements", "9 Months Ended", "Sep. 30, 2023",
    "Fair Value Disclosures [Abstract]  ", "Fair Value Measurements Fair Value Measurements",
    "The following tables present the fair value hierarchy for assets and liabilities measured at fair value:",
    "September 30, 2023", "{names}", "Cash equivalents", "Money market funds$780,712 $— $— $780,712 ",
    "U.S. Treasury bills31,811 — — 31,811 ", "Short-term investments", "Commercial paper— 5,482 — 5,482 ",
    "Total assets$812,523 $5,482 $— $818,005 "])


def test_glued_level_names_under_a_date_name_the_columns():
    """`Level 1Level 2Level 3Total Fair Value` under `September 30, 2023`, then a section row and
    rows of four values (the IDEA crawl glues a row's cells): a digit meeting a capital parts two
    names, and the date over them is no line of a wrapped name, so `Cash equivalents` heads rows."""
    page = refold.parse(FAIR_VALUE_IDEA.format(names="Level 1Level 2Level 3Total Fair Value"))
    [table] = page.tables
    assert table.columns == ("September 30, 2023 Level 1", "September 30, 2023 Level 2", "September 30, 2023 Level 3",
                             "September 30, 2023 Total Fair Value")
    assert rows_of(table)[:2] == [["Cash equivalents", "", "", "", ""],
                                  ["Money market funds", "$780,712", "$—", "$—", "$780,712"]]


def test_names_one_a_line_under_a_date_leave_a_section_row_to_the_body():
    """The same table with its names one a line: `Cash equivalents` after them is a section row."""
    page = refold.parse(FAIR_VALUE_IDEA.format(names="Level 1\nLevel 2\nLevel 3\nTotal Fair Value"))
    [table] = page.tables
    assert table.columns[0] == "September 30, 2023 Level 1"
    assert rows_of(table)[0] == ["Cash equivalents", "", "", "", ""]


def test_two_dates_over_a_run_of_level_names_each_name_six_columns():
    """A blank-line crawl's fair value table: `March 31, 2024` `December 31, 2023` over `Total`
    `Level 1` `Level 2` twice, then `Assets` and rows whose empty cells were dropped. The names
    repeat once for each date: six columns, `Assets` a section row, the full `Total` row whole."""
    cells = ["XML 25 R12.htm IDEA: XBRL DOCUMENT v3.24.1.u1", "FAIR VALUE MEASUREMENTS", "3 Months Ended",
             "Mar. 31, 2024", "FAIR VALUE MEASUREMENTS  ", "FAIR VALUE MEASUREMENTS",
             "The Company's assets measured at fair value consisted of the following:", "March 31, 2024",
             "December 31, 2023", "Total", "Level 1", "Level 2", "Total", "Level 1", "Level 2", "Assets",
             "Commercial paper", "23,041", "23,041", "24,609", "24,609", "Corporate debt securities", "67,401",
             "67,401", "58,737", "58,737", "Total", "$", "384,692", "264,079", "120,613", "$", "358,538", "243,685",
             "114,853"]
    [table] = refold.parse("\n\n".join(cells)).tables
    assert table.columns == ("March 31, 2024 Total", "March 31, 2024 Level 1", "March 31, 2024 Level 2",
                             "December 31, 2023 Total", "December 31, 2023 Level 1", "December 31, 2023 Level 2")
    assert rows_of(table)[0] == ["Assets", "", "", "", "", "", ""]
    assert rows_of(table)[-1] == ["Total", "$ 384,692", "264,079", "120,613", "$ 358,538", "243,685", "114,853"]


def test_a_row_of_percent_signs_under_the_years_names_the_columns_unit():
    """A rate table whose header is `2020` `2019` `2018` over `%` `%` `%`, one cell a line (the
    inner table of a mixed page): three columns `2020 %` …, no row of `2018%`."""
    text = ("|\nIncome Taxes (Tables)\n|12 Months Ended\n|\nDec. 31, 2020\n|Rate reconciliation\n|\n"
            "A reconciliation is as follows:\n2020\n2019\n2018\n%\n%\n%\n"
            "Federal Income Tax at Statutory Rate\n21.0\n21.0\n21.0\nPermanent Differences\n(0.4)\n(0.1)\n(1.5)\n")
    table = only_table(text, MIXED)
    assert table.columns == ("2020 %", "2019 %", "2018 %")
    assert rows_of(table) == [["Federal Income Tax at Statutory Rate", "21.0", "21.0", "21.0"],
                              ["Permanent Differences", "(0.4)", "(0.1)", "(1.5)"]]


def test_a_rows_values_on_one_line_among_cells_one_a_line_are_its_values():
    """A line-per-cell page where one row's values sit on one line a run of spaces apart
    (`(5 )           (5 )`): they are the row's values, placed where the total's columns add up;
    `149` alone likewise."""
    text = ("XML 36 R27.htm IDEA: XBRL DOCUMENT v3.22.2\nIncome Taxes (Tables)\n6 Months Ended\nJun. 30, 2022\n"
            "Income Taxes [Abstract]  \nReconciliation of Income Tax Expense (Benefit)\n\n"
            "A reconciliation of income taxes at the statutory rate and income tax expense is as follows:\n\n\n"
            "   \nThree Months Ended\nJune 30,\n   \nSix Months Ended\nJune 30,\n \n   \n2022\n   \n2021\n   \n2022\n"
            "   \n2021\n \nFederal tax at statutory rate\n \n$\n(444\n)\n \n$\n788\n   \n$\n353\n   \n$\n673\n \n"
            "Vested stock and club dues\n          (5 )           (5 )\nParking disallowance\n   \n4\n     \n4\n     \n8\n"
            "     \n8\n \nPenalties and fines\n                149        \nIncome tax expense (benefit)\n \n$\n(440\n)\n"
            " \n$\n787\n   \n$\n510\n   \n$\n676\n")
    table = only_table(text, LINE_PER_CELL)
    assert {r.label: r.cells for r in table.rows}["Vested stock and club dues"] == ("", "(5 )", "", "(5 )")
    assert {r.label: r.cells for r in table.rows}["Penalties and fines"] == ("", "", "149", "")
    from refold.variants import values_apart
    assert values_apart("(5 )           (5 )") == ["(5 )", "(5 )"]
    assert values_apart("Net income   5   6") is None


def test_a_tables_pages_heading_after_a_table_then_a_lead_in_opens_the_next_block():
    """A (Tables) page one cell a line holds a table a block: after a table's values, a heading
    (`Income Tax Reconciliation`) then a lead-in (`… as follows:`) is the next block's label, so
    its table is that block's; a label with its heading (`Schedule of Goodwill` + `Goodwill`)
    likewise, the heading going to the block's content."""
    text = ("XML 124 R49.htm IDEA: XBRL DOCUMENT v3.19.3\nIncome Taxes (Tables)\n12 Months Ended\nDec. 31, 2019\n"
            "Income Tax Disclosure [Abstract]  \nComponents of Income Tax Expense\n\n"
            "The components of income tax expense are as follows:\n \n2019\n \n2018\n"
            "Current\n$\n174\n\n \n$\n160\n\nDeferred\n366\n\n \n369\n\nTotal\n$\n540\n\n \n$\n529\n\n\n"
            "Income Tax Reconciliation\nThe income tax expense differs from the expected tax expense as follows:\n"
            " \n2019\n\"Expected\" tax expense\n$\n1,116\n\nState income taxes\n235\n\nActual tax expense\n$\n1,351\n\n"
            "Schedule of Goodwill\nGoodwill\nThe changes in goodwill were as follows:\n \n2019\n"
            "Balance, beginning\n$\n81\n\nBalance, end\n$\n81\n")
    page = refold.parse(text)
    assert page.variant in (LINE_PER_CELL, BLANK_LINE)  # the crawl's blank lines make it read as either
    assert [t.block for t in page.tables] == ["Components of Income Tax Expense", "Income Tax Reconciliation",
                                              "Schedule of Goodwill"]
    assert [r.label for r in page.tables[1].rows] == ['"Expected" tax expense', "State income taxes", "Actual tax expense"]


def test_a_tables_pages_schedule_label_over_its_header_opens_the_next_block():
    """A (Tables) page a cell a paragraph: after a table's values, `Schedule of maturity …` then
    its header (`(Dollars in thousands)`, dates) is the next block's label; `Operating`
    `Operating` under the years are names over columns, no block's heading repeated."""
    header = ("September 30,\n\nDecember 31,\n\n2025\n\n2024\n\nOperating\n\nOperating\n\n")
    text = ("XML 41 R30.htm IDEA: XBRL DOCUMENT v3.25.3\nLEASES (Tables)\n9 Months Ended\nSep. 30, 2025\n"
            "LEASES  \nSchedule of weighted-average term and discount rates\n\n    \n\n" + header +
            "Weighted-average term (years)\n\n \n\n18.52\n\n \n\n18.95\n\n"
            "Weighted-average discount rate\n\n \n\n4.17%\n\n \n\n4.19%\n\n"
            "Schedule of maturity analysis of operating lease liabilities\n\n(Dollars in thousands)\n\n \n\n" + header +
            "Within one year\n\n$\n\n149\n\n$\n\n175\n\nAfter one year\n\n \n\n150\n\n \n\n140\n\n"
            "Total lease payments\n\n$\n\n299\n\n$\n\n315\n\n")
    page = refold.parse(text)
    assert page.variant == BLANK_LINE
    assert [t.block for t in page.tables] == ["Schedule of weighted-average term and discount rates",
                                              "Schedule of maturity analysis of operating lease liabilities"]
    assert [r.label for r in page.tables[0].rows] == ["Weighted-average term (years)", "Weighted-average discount rate"]
    assert [r.label for r in page.tables[1].rows] == ["Within one year", "After one year", "Total lease payments"]


def test_one_lower_case_word_ends_a_label_broken_after_a_lower_case_word():
    """`Dividends paid to noncontrolling` + `interests` (a cell's line break, one cell a line): the
    word ends the label; `Amendment Flag` + `false` stays a label and its value."""
    cells = line_cells("Title\n \nDividends paid to noncontrolling\ninterests\n(7)\n \nAmendment Flag\nfalse\n")
    texts = [c.text for c in cells if c.text]
    assert "Dividends paid to noncontrolling interests" in texts
    assert texts[-2:] == ["Amendment Flag", "false"]


def test_a_bracketed_lower_case_line_ends_a_label_broken_after_a_lower_case_word():
    """`Other comprehensive income` + `(loss), net of tax` is one label; `Exercise Price` +
    `(per share)` (a column's name and its note) stay two lines."""
    cells = line_cells("Title\n \nOther comprehensive income\n(loss), net of tax\n2,994\n \n"
                       "Exercise Price\n(per share)\n")
    texts = [c.text for c in cells if c.text]
    assert "Other comprehensive income (loss), net of tax" in texts
    assert texts[-2:] == ["Exercise Price", "(per share)"]


def test_an_amount_per_share_in_brackets_ends_a_label():
    """`Dividends and dividend equivalents` + `($1.0065 per share):` is one label (a section's);
    a footnote number in brackets, `(1)`, is no line of the label."""
    cells = line_cells("Title\n \nDividends and dividend equivalents\n($1.0065 per share):\nCommon\n(2,367)\n"
                       "Net earnings\n(1)\n3,769\n")
    texts = [c.text for c in cells if c.text]
    assert "Dividends and dividend equivalents ($1.0065 per share):" in texts and "(1)" in texts


def test_prices_before_texts_are_no_exhibit_numbers():
    """`158.73` `RSUs granted` … `184.38` then a sentence: numbers with a point before texts, but
    out of order, so no listing: the sentence after the table stays prose."""
    text = ("Title\n \nBalance as of September 28, 2024\n163,326\n \n158.73\nRSUs granted\n63,378\n \n228.10\n"
            "RSUs vested\n(39,177)\n \n148.90\nBalance as of March 29, 2025\n183,346\n \n184.38\n \n"
            "The total vesting-date fair value of RSUs was $906 million for the three-month period, as reported.\n")
    sentence = [c for c in line_cells(text) if c.text.startswith("The total")]
    assert len(sentence) == 1 and not sentence[0].piped


def test_a_line_after_a_connecting_word_continues_the_label_whatever_it_opens_with():
    """`… outstanding at June 30, 2025 and` + `December 31, 2024, respectively`: a label never
    ends on `and`, so the next line, capitalised, is its end."""
    cells = line_cells("Title\n \nCommon stock, 54,198 and 52,667 shares outstanding at June 30, 2025 and\n"
                       "December 31, 2024, respectively\n53\n \n52\n")
    texts = [c.text for c in cells if c.text]
    assert "Common stock, 54,198 and 52,667 shares outstanding at June 30, 2025 and December 31, 2024, respectively" \
        in texts
    # a column's name wrapped one line a cell stays line by line for the header to regroup
    names = [c.text for c in line_cells("Title\n \nNumber of\nRSUs\n(in thousands)\n \nWeighted-Average\n") if c.text]
    assert names[-4:] == ["Number of", "RSUs", "(in thousands)", "Weighted-Average"]


def test_a_lead_in_inside_a_table_over_a_long_labelled_row_is_a_section():
    """`Other comprehensive income (loss):` after a row's values, over a row whose label is long
    enough to read as a sentence but has its values after it: a section row, not prose that
    ends the table."""
    text = ("T (Tables)\n3 Months Ended\nMar. 31, 2025\nSchedule\nThe amounts follow (in millions):\n"
            " \n2025\n \n2024\nNet income\n3,125\n \n2,147\n"
            "Other comprehensive income (loss):\n \n \n"
            "Foreign currency translation adjustments, net of income tax benefit of $21 million and $1 million, "
            "respectively\n97\n \n(75)\nComprehensive income\n3,222\n \n2,072\n")
    table = only_table(text, LINE_PER_CELL)
    assert [r.label for r in table.rows][:2] == ["Net income", "Other comprehensive income (loss):"]
    assert table.rows[-1].cells == ("3,222", "2,072") and list(table.columns) == ["2025", "2024"]


def test_a_long_label_that_ends_as_no_sentence_does_heads_the_rows_after_it():
    """`Weighted average shares used in computing net income per share of common stock` (thirteen
    words, no end mark) between rows, over `Basic` and its values: a section row, not prose."""
    text = ("T (Tables)\n3 Months Ended\nMar. 31, 2025\nSchedule\nThe amounts follow (in millions):\n"
            " \n2025\n \n2024\nNet income\n1,172\n \n1,478\n"
            "Weighted average shares used in computing net income per share of common stock\n \n \n"
            "Basic\n3,223\n \n3,191\nDiluted\n3,519\n \n3,481\n")
    table = only_table(text, LINE_PER_CELL)
    assert [r.label for r in table.rows] == [
        "Net income", "Weighted average shares used in computing net income per share of common stock", "Basic",
        "Diluted"]


@pytest.mark.parametrize("line, split", [
    ("Reconciliation of changes in claim liabilities and incurred losses and loss adjustment expenses "
     "Reconciliations of the changes in estimated liabilities follow (in millions).",
     ("Reconciliation of changes in claim liabilities and incurred losses and loss adjustment expenses",
      "Reconciliations of the changes in estimated liabilities follow (in millions).")),
    ("Summary of Other Lease Information Other information related to our leases is as follows:",
     ("Summary of Other Lease Information", "Other information related to our leases is as follows:")),
    ("In fiscal 2019, the Company recorded an impairment charge. The charge was recorded in the quarter.", None),
])
def test_split_glued_label(line, split):
    assert split_glued_label(line) == split


def test_suffix_reader_drops_empty_fields_and_keeps_sections():
    cells = suffix_cells(SUFFIX_PAGE)
    assert not cells[0].piped and cells[0].head == "Balance sheet"  # the mirror's page name
    assert cells[1].is_block and cells[1].tail == ("Balance sheet - USD ($)",)
    section = [c for c in cells if c.head == "Current assets:"][0]
    assert cells[cells.index(section) + 1].is_empty
    assert [c.head for c in cells if c.head.startswith("$")] == ["$ 768,359", "$ 25,000"]


def test_suffix_page_parses():
    page = refold.parse(SUFFIX_PAGE)
    assert page.variant == PIPE_SUFFIX and page.title == "Balance sheet" and page.units == "USD ($)"
    rows = {r.label: r.cells for r in page.tables[0].rows}
    assert rows["Cash"] == ("$ 768,359", "$ 25,000") and rows["Total current assets"] == ("1,205,867", "25,000")
    assert rows["Current assets:"] == ("", "")


def test_suffix_pages_concatenated_by_a_mirror_are_each_read():
    text = SUFFIX_PAGE + "Cover\nCover - shares | Apr. 17, 2021 |\nShares outstanding | 42,403,000 |\n"
    assert len(suffix_pages(text)) == 2
    page = refold.parse(text)
    assert [t.caption for t in page.tables] == [None, "Cover"]
    assert page.tables[1].rows[0].cells == ("42,403,000",)


def test_a_pipe_inside_a_label_is_a_path_not_a_border():
    assert label_with_pipes(["Beginning balance (in shares)", "shares", "163,326"]) == \
        ["Beginning balance (in shares) | shares", "163,326"]
    assert label_with_pipes(["Amount of share repurchases", "$", "$ 48.3"]) == ["Amount of share repurchases | $", "$ 48.3"]
    assert label_with_pipes(["Net sales", "$", "46,841"]) == ["Net sales", "$", "46,841"]
    assert label_with_pipes(["Entity Registrant Name", "Apple Inc."]) == ["Entity Registrant Name", "Apple Inc."]
    # a table of contents' item and its title (pipe-suffix: `Item 2. | Management's Discussion | 24 |`)
    assert label_with_pipes(["Item 2.", "Management's Discussion", "24"]) == ["Item 2. Management's Discussion", "24"]



def test_two_label_cells_of_a_blocks_table_join_with_a_space():
    """Inside a text block the filer's table has no dimension paths: `Money market funds | Level
    1 | 5,245 |` is a label column and a pricing-category column, joined with a space as the
    other readers (and the HTML) join them; the report's own `… | shares` keeps its pipe."""
    assert label_with_pipes(["Money market funds", "Level 1", "5,245"], in_block=True) == \
        ["Money market funds Level 1", "5,245"]
    text = ("Filing tables (Tables) | 3 Months Ended |\nMar. 31, 2025 |\nSchedule |\n"
            "The following table presents the amounts (in millions):\nJul 27, 2025 |\n"
            "Pricing Category | Amortized Cost | Estimated Fair Value |\n"
            "Money market funds | Level 1 | 5,245 | 5,245 |\nCorporate debt securities | Level 2 | 21,564 | 21,636 |\n"
            "Total | $ | 26,809 | $ | 26,881 |\n")
    labels = [r.label for t in refold.parse(text).tables for r in t.rows]
    assert "Money market funds Level 1" in labels and "Corporate debt securities Level 2" in labels
    assert not any(" | " in label for label in labels)


@pytest.mark.parametrize("word, parts", [
    ("net$182,464", ["net", "$182,464"]),
    ("(30,499)(24,661)", ["(30,499)", "(24,661)"]),
    ("leases(42,163)", ["leases", "(42,163)"]),
    ("net(1)", ["net(1)"]),  # a footnote number on the label
    ("Q4", ["Q4"]), ("CO2", ["CO2"]), ("US$2,720", ["US$2,720"]), ("$2,720", ["$2,720"]),
])
def test_unglue(word, parts):
    assert unglue(word) == parts


def test_glued_rows_split():
    assert split_row("Total operating leases ROU assets, net$182,464  $186,218  ") == (
        "Total operating leases ROU assets, net", ["$182,464", "$186,218"])
    assert split_row("Other institutions \u00a0 \u00a0 (12,417 ) \u00a0") == ("Other institutions", ["", "", "(12,417)", ""])


def test_forcing_a_variant_and_refusing_an_unknown_one():
    page = refold.parse(LINE_PAGE, variant=PIPE_PREFIX)  # read as pipe-prefix: no `|`, no table
    assert page.variant == PIPE_PREFIX and not page.tables
    with pytest.raises(InputError, match="unknown variant"):
        refold.parse(LINE_PAGE, variant="csv")


def test_cli_detect_and_variant(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text(LINE_PAGE, encoding="utf-8")
    out = run("detect", str(path))
    assert out.returncode == 0 and out.stdout.decode().startswith(f"{path}: line-per-cell   (line-per-cell 1.00")
    doc = json.loads(run("detect", "--json", str(path)).stdout)
    assert doc["variant"] == LINE_PER_CELL and set(doc["scores"]) == set(VARIANTS)
    forced = json.loads(run("parse", "--json", "--variant", "line-per-cell", str(path)).stdout)
    assert forced["variant"] == LINE_PER_CELL and forced["tables"][0]["rows"][0]["cells"][0] == "$ 1,200"
    assert run("parse", "--variant", "csv", str(path)).returncode == 2


def test_cli_flatten_and_roundtrip(shared, tmp_path):
    page = shared / "html" / "rpages" / "orcl-R2.html"
    out = run("flatten", "--variant", "pipe-suffix", str(page))
    assert out.returncode == 0 and out.stdout.decode().startswith("CONSOLIDATED BALANCE SHEETS - USD ($) $ in Millions |")
    out = run("roundtrip", "--json", "--variant", "pipe-prefix", "--variant", "blank-line", str(page))
    figures = json.loads(out.stdout)
    assert set(figures) == {"pipe-prefix", "blank-line"} and figures["pipe-prefix"]["f1"] == 1.0


def test_glued_header_of_a_rows_page_with_text_blocks():
    """d008's shape: a (Tables) page written a row a line whose cells lost their spaces."""
    text = ("XML 23 R27.htm IDEA: XBRL DOCUMENT v3.20.1\nLeases (Tables)\n3 Months Ended\nMar. 31, 2020\n"
            "Leases [Abstract]  \nSummary of Other Lease Information Other information related to our leases is as follows:\n"
            "March 31,December 31,\n(Amounts in thousands)20202019\nOperating Leases:\n"
            "ROU assets recorded under operating leases $224,627  $220,865  \n"
            "Accumulated amortization associated with operating leases(42,163) (34,647) \n"
            "Total operating leases ROU assets, net(1)$182,464  $186,218  \n_____________________\n"
            "(1) Included in property plant and equipment, net.\n")
    table = only_table(text, WHITESPACE_ROWS)
    assert list(table.columns) == ["March 31, 2020", "December 31, 2019"]
    assert rows_of(table) == [
        ["Operating Leases:", "", ""],
        ["ROU assets recorded under operating leases", "$224,627", "$220,865"],
        ["Accumulated amortization associated with operating leases", "(42,163)", "(34,647)"],
        ["Total operating leases ROU assets, net(1)", "$182,464", "$186,218"]]
    assert table.block == "Summary of Other Lease Information"


def test_rows_page_with_glued_column_names_and_marks_before_the_amounts():
    """Corpus page 253's shape: the names of six columns glued into one line (`Originated
    (1)Acquired (2)Total…`), and footnote numbers between a label and its amounts, glued to the
    first (`(3)$3,322,136`, `(4)2,286,563`): six names, the marks the labels'."""
    text = ("XML 22 R13.htm IDEA: XBRL DOCUMENT v3.23.3\nLoans Receivable\n9 Months Ended\nSep. 30, 2023\n"
            "Receivables [Abstract]  \nLoans Receivable Loans Receivable\n"
            "The following table shows a summary of our loans receivable (in thousands): \n"
            "September 30, 2023December 31, 2022\n Originated (1)Acquired (2)TotalOriginated (1)Acquired (2)Total\n"
            "Personal Banking:    \nResidential mortgage loans (3)$3,322,136 150,627 3,472,763 3,327,879 170,720 3,498,599 \n"
            "Home equity loans1,126,675 132,090 1,258,765 1,131,641 166,033 1,297,674 \n"
            "Commercial real estate loans (4)2,286,563 267,081 2,553,644 2,135,607 312,421 2,448,028 \n"
            "Commercial loans1,463,159 37,450 1,500,609 1,082,914 49,055 1,131,969 \n"
            "(1) Includes originated and loan pools purchased in an asset acquisition.\n")
    table = only_table(text, WHITESPACE_ROWS)
    assert [c.split(" ", 3)[-1] for c in table.columns] == ["Originated (1)", "Acquired (2)", "Total"] * 2
    assert [r.label for r in table.rows] == ["Personal Banking:", "Residential mortgage loans (3)", "Home equity loans",
                                             "Commercial real estate loans (4)", "Commercial loans"]
    assert table.rows[1].cells[0] == "$3,322,136" and table.rows[3].cells == (
        "2,286,563", "267,081", "2,553,644", "2,135,607", "312,421", "2,448,028")


def test_a_single_letter_is_no_glued_column_name():
    """A fuzz finding: `vX` over a row of two values split into `v` and `X`, and the lone `X`
    then read as a definition's mark, its character lost. Names are longer than a letter."""
    split = [("vX", []), ("Effect of exchange rate changes on cash", ["9,194", "6,163"])]
    assert glued_names("vX", split, 0) == []
    assert glued_names("CostTotal", split, 0) == ["Cost", "Total"]


def test_rows_page_whose_block_title_and_lead_in_sit_on_lines_of_their_own():
    """Corpus page 73's shape: a (Tables) page a row a line, the block's title on one line and
    its table's short lead-in (`… consisted of the following:`) on the next: a block with its
    schedule, not rows of the report; `Sublease income (1)` over a line of its values keeps its
    mark."""
    text = ("XML 19 R26.htm IDEA: XBRL DOCUMENT v3.19.3\nLeases (Tables)\n9 Months Ended\nSep. 30, 2019\n"
            "Leases [Abstract]  \nLease, Cost\nLease-related expenses were as follows:\n"
            "Three Months Ended September 30, 2019 Nine Months Ended September 30, 2019\n"
            "Operating lease expense 2,127  6,444  \nSublease income (1)\n(158) (586) \n"
            "Total lease expense $1,969  $5,858  \n")
    table = only_table(text, WHITESPACE_ROWS)
    assert table.kind == "schedule" and table.block == "Lease, Cost"
    assert rows_of(table) == [
        ["Operating lease expense", "2,127", "6,444"], ["Sublease income (1)", "(158)", "(586)"],
        ["Total lease expense", "$1,969", "$5,858"]]


def test_rows_page_whose_days_and_years_are_rows_of_their_own():
    """`March 31,December 31,` over `20212020`: a row of days over a row of years (each day is a
    column's, not a date the next line completes); `(In thousands)202120202019Prior Years`: the
    stub's note, three years and a name."""
    text = ("XML 24 R11.htm IDEA: XBRL DOCUMENT v3.21.1\nProperty and Equipment (Tables)\n3 Months Ended\n"
            "Mar. 31, 2021\nProperty, Plant and Equipment [Abstract]  \nProperty and Equipment\n"
            "The following table summarizes our property and equipment as of the dates presented: \n"
            " March 31,December 31,\n 20212020\nProved$1,626,435 $1,545,910 \nUnproved63,489 49,935 \n"
            "Costs excluded from depletion\nThe following is a summary of capitalized costs excluded from depletion:\n"
            " December 31,\n(In thousands)202120202019Prior Years\nProperty Acquisition$15,991 $240 $4,664 $4,102 \n"
            "Total$15,991 $240 $4,664 $4,102 \n")
    first, second = refold.parse(text).tables
    assert list(first.columns) == ["March 31, 2021", "December 31, 2020"]
    assert list(second.columns)[-1].endswith("Prior Years") and len(second.columns) == 4


def test_an_exhibit_index_written_a_row_a_line():
    """`31.1*   Certification of …`: an exhibit's number and its description on one line, three
    lines or more numbered like items in order, wide gaps or one space between: two cells each,
    the line over them (`Exhibit No.   Exhibit Description`) the header's two cells; whitespace-rows
    and one-cell-a-line readings alike. Amounts in a row (`(2025)`) are no description's end."""
    items = [("10.1+*", "Amended and Restated 2007 Equity Incentive Plan - Grant Notice (2025)"),
             ("31(a)", "Certifications Pursuant to Rule 13a-14(a), of the Exchange Act."),
             ("32", "Certifications Pursuant to 18 U.S.C. Section 1350."),
             ("101.INS*", "Inline XBRL Instance Document")]
    spacer = f"{NBSP}  {NBSP} "  # the empty cells a crawl writes between the rows
    for gap in ("   ", " "):
        text = ("XML 9 R9.htm IDEA: XBRL DOCUMENT\nFiling tables (Tables)\n3 Months Ended\nMar. 31, 2025\nSchedule\n"
                "The following table presents the exhibits filed with this report:\nExhibit No.   Exhibit Description\n"
                + "\n".join(f"{spacer}\n{n}{gap}{d}" for n, d in items) + "\n")
        [table] = refold.parse(text).tables
        assert rows_of(table) == [[n, d] for n, d in items], gap


def test_rows_whose_last_field_is_a_text_are_rows_parted_at_their_wide_gaps():
    """`10.1   Credit Agreement …   —   —   —   X`: a line that runs of spaces part into fields,
    two of them values or more, is a row though its last field is a text (a `Filed Herewith`
    mark): the page is read as rows (not a cell a line) and the row's cells are its fields."""
    items = [("10.1", "Credit Agreement, dated as of January 5, 2025", "X"),
             ("10.2", "Amendment No. 1 to the Credit Agreement", "X"),
             ("31.1", "Certification of Chief Executive Officer", "X"), ("32.1", "Section 1350 Certification", "")]
    text = ("Filing tables (Tables)\n3 Months Ended\nMar. 31, 2025\nSchedule\n"
            "The following table lists the exhibits filed with this report:\n"
            "Exhibit No.   Description   Form   Exhibit   Filing Date   Filed Herewith\n"
            + "\n".join(f"{n}   {d}   —   —   —" + (f"   {x}" if x else "") for n, d, x in items) + "\n")
    assert refold.variants.detect(text).variant == WHITESPACE_ROWS
    [table] = refold.parse(text).tables
    assert list(table.columns) == ["Description", "Form", "Exhibit", "Filing Date", "Filed Herewith"]
    assert rows_of(table) == [[n, d, "—", "—", "—", x] for n, d, x in items]


def test_a_row_ending_in_a_negative_percent_is_a_row():
    """`Interest expense $ (227 ) $ (901 ) $ 674 ␣ 75 % … (53 )%`: a line whose last word is a
    negative percent written apart (`(53` then `)%`) ends in a value, so a text block of one such
    row under its header lines reads as rows, not one cell a line."""
    text = ("Filing tables (Tables)\n3 Months Ended\nMar. 31, 2025\nSchedule\n"
            "The following table presents the interest expense:\n"
            f"{NBSP} Three Months Ended June 30, {NBSP} {NBSP}\n"
            f"(dollars in thousands) 2025 {NBSP} 2024 {NBSP} % Change {NBSP}\n"
            f"Interest expense $ (227 ) $ (901 ) {NBSP} (53 )%\n")
    assert refold.variants.detect(text).variant == WHITESPACE_ROWS
    [table] = refold.parse(text).tables
    assert rows_of(table) == [["Interest expense", "$ (227)", "$ (901)", "(53)%"]]


def test_empty_cells_between_a_header_lines_names_part_them():
    """`␣ Shares ␣ ␣ $ ␣ ␣ Capital ␣`: a header line's names apart at the empty cells (U+00A0)
    between them, each empty cell kept as a pipe crawl keeps it, not one section row's label."""
    from refold.variants import row_cells

    line = f"{NBSP} Shares {NBSP} {NBSP} $ {NBSP} {NBSP} Additional Paid-In Capital {NBSP} "
    cells = [c.text for c in row_cells(f"Equity (Tables)\n{line}\nBalance at January 1 {NBSP} 5 {NBSP} 6 {NBSP} 11\n")]
    assert cells[1:10] == ["", "Shares", "", "", "$", "", "", "Additional Paid-In Capital", ""]


def test_rows_page_with_labels_and_values_on_lines_of_their_own():
    """A text block written a row a line, but each row's label on one line and its values on
    the next (` $815  $397 `); `Balance at January 1` keeps its day, which is no value here."""
    text = ("XML 22 R33.htm IDEA: XBRL DOCUMENT v2.4.0.6\nPolicies (Tables)\n12 Months Ended\nDec. 31, 2012\n"
            "Policies [Abstract]  \nAllowance for doubtful accounts\n"
            "The following table summarizes the changes in the allowance:\n \n(thousands)\n \n2012\n  \n2011\n \n"
            "Balance at January 1\n $815  $397 \nWrite-offs\n  (892)  (387)\n"
            "Balance at December 31\n $275  $815")
    table = only_table(text, WHITESPACE_ROWS)
    assert rows_of(table) == [
        ["Balance at January 1", "$815", "$397"], ["Write-offs", "(892)", "(387)"],
        ["Balance at December 31", "$275", "$815"]]


def test_rows_page_total_without_a_label():
    """A total row with no label is a line of values alone: its values, not one text."""
    text = ("XML 22 R9.htm IDEA: XBRL DOCUMENT v3.24\nInvestments (Tables)\n3 Months Ended\nJun. 30, 2025\n"
            "Investments [Abstract]  \nInvestments\nThe following table shows the investments:\n"
            "  Amortized Cost   Fair Value\n"
            "Cash $ 4,955   $ 4,952\nMoney market funds 2,887   2,886\n  $ 7,842   $ 7,838\n")
    page = refold.parse(text)
    [table] = page.tables
    assert rows_of(table)[-1] == ["", "$ 7,842", "$ 7,838"]
    # the whole page: its version is no value, the short lead-in is prose, the spaces its empty cells
    assert (page.title, page.columns) == ("Investments (Tables)", ("3 Months Ended Jun. 30, 2025",))
    assert (table.kind, table.columns) == ("schedule", ("Amortized Cost", "Fair Value"))
    assert rows_of(table) == [
        ["Cash", "$ 4,955", "$ 4,952"], ["Money market funds", "2,887", "2,886"], ["", "$ 7,842", "$ 7,838"]]
    assert page.text_blocks[0].label == "Investments" and table.prose == ("The following table shows the investments:",)


def test_rows_page_of_value_lines_and_period_phrases():
    """An IDEA page whose rows are a label line, then a line of the row's values, spaced or
    glued (`3,823 — (9,840)— `): rows, not one cell a line; `Three Months Ended September 30,
    Nine Months Ended September 30,` on one line is two header cells."""
    text = ("XML 41 R31.htm IDEA: XBRL DOCUMENT v3.24.3\nOther Comprehensive Loss (Tables)\n9 Months Ended\n"
            "Sep. 30, 2024\nEquity [Abstract]  \nSchedule of AOCL\nThe table below presents changes in AOCL:\n"
            "Three Months Ended September 30, Nine Months Ended September 30,\n2024202320242023\n"
            "Beginning balance\n$(13,068)$— $— $— \nOther comprehensive income\n3,823 — (9,840)— \n"
            "Amounts reclassified\n48 — 643 — \nEnding balance\n$(9,197)$— $(9,197)$— \n")
    table = only_table(text, WHITESPACE_ROWS)
    assert list(table.columns) == ["Three Months Ended September 30, 2024", "Three Months Ended September 30, 2023",
                                   "Nine Months Ended September 30, 2024", "Nine Months Ended September 30, 2023"]
    assert rows_of(table) == [
        ["Beginning balance", "$(13,068)", "$—", "$—", "$—"], ["Other comprehensive income", "3,823", "—", "(9,840)", "—"],
        ["Amounts reclassified", "48", "—", "643", "—"], ["Ending balance", "$(9,197)", "$—", "$(9,197)", "$—"]]


def test_pipe_suffix_text_blocks_written_one_line_each():
    """An IR mirror's (Tables) page: the title closed by a lone `|` on the next line, and each
    text block's lead-in and table cells on one line (`… as follows (in thousands): | | … |
    September 30, 2024 | …`), one block after another."""
    text = ("Trust Investments (Tables)\n|\n9 Months Ended |\nSep. 30, 2024 |\nTrust Investments [Abstract] |\n|\n"
            "Components of trust investments |\n"
            "The components of trust investments are as follows (in thousands): | | | | September 30, 2024 | | "
            "December 31, 2023 | Trust investments, at market value | $ | 105,617 | | | $ | 99,461 | | "
            "Less: allowance for cancellation | (3,226) | | | (3,087) | | Trust investments | $ | 102,391 | | | $ | 96,374 | |\n"
            "|\nDeferred revenue |\n"
            "The components of deferred revenue are as follows (in thousands): | | | | September 30, 2024 | | "
            "December 31, 2023 | Deferred revenue, gross | $ | 1,000 | | | $ | 900 | | Less: discount | (100) | | | (90) | |\n")
    page = refold.parse(text)
    assert page.variant == PIPE_SUFFIX and page.title == "Trust Investments (Tables)"
    assert [b.label for b in page.text_blocks] == ["Components of trust investments", "Deferred revenue"]
    first, second = page.tables
    assert list(first.columns) == ["September 30, 2024", "December 31, 2023"]
    assert rows_of(first) == [
        ["Trust investments, at market value", "$ 105,617", "$ 99,461"],
        ["Less: allowance for cancellation", "(3,226)", "(3,087)"], ["Trust investments", "$ 102,391", "$ 96,374"]]
    assert rows_of(second) == [
        ["Deferred revenue, gross", "$ 1,000", "$ 900"], ["Less: discount", "(100)", "(90)"]]
    # every cell points at the line its block was written on (and the lone `|` closing it)
    assert all(8 <= r.span.first and r.span.last <= 9 for r in first.rows)
    assert all(r.span.first == r.span.last == 11 for r in second.rows)


def test_pipe_suffix_rows_written_a_line_each_end_at_the_line():
    """A mirror that writes a text block's table a row a line (`Period | Total Number …`, then
    `April 28, 2025 - May 25, 2025 | 19.2 | $ | 120.61 | …`): each line is a row, its first
    line of names alone the header, so a text later in a line is the row's cell and a short
    row (`Total | 66.5 | 66.5 |`) stays one row, not the start of the next."""
    text = ("Share Repurchases (Tables) | 3 Months Ended |\nJul. 27, 2025 |\nShare Repurchases [Abstract] |\n"
            "Schedule of repurchases |\nThe repurchases were as follows:\n"
            "Period | Shares Purchased | Average Price Paid per Share | Shares Purchased under the Program | Note |\n"
            "April 28, 2025 - May 25, 2025 | 19.2 | $ | 120.61 | 19.2 | Open market |\n"
            "May 26, 2025 - June 22, 2025 | 18.1 | $ | 141.61 | 18.1 | Open market |\n"
            "June 23, 2025 - July 27, 2025 | 29.2 | $ | 161.65 | 29.2 | Open market |\n"
            "Total | 66.5 | 66.5 |\n")
    table = only_table(text, PIPE_SUFFIX)
    assert list(table.columns)[0] == "Shares Purchased" and len(table.columns) == 4
    assert rows_of(table) == [
        ["April 28, 2025 - May 25, 2025", "19.2", "$ 120.61", "19.2", "Open market"],
        ["May 26, 2025 - June 22, 2025", "18.1", "$ 141.61", "18.1", "Open market"],
        ["June 23, 2025 - July 27, 2025", "29.2", "$ 161.65", "29.2", "Open market"],
        ["Total", "66.5", "", "66.5", ""]]  # its columns where the sums close (empty cells were dropped)


def test_pipe_suffix_rows_a_line_some_opening_on_a_year():
    """P&G's segment table in a mirror that writes a row a line: `Beauty | 2025 | $ | 3,490 | …`
    then `2024 | 3,550 | …`. A year opening a line of values labels that row, so lines are rows
    still, and the line of names alone under the periods is the header, not three rows."""
    text = ("Segment Results (Tables) | 3 Months Ended |\nMar. 31, 2025 |\nSegment Reporting [Abstract] |\n"
            "Schedule of segment results |\nThe following table shows segment results (in millions):\n"
            "Three Months Ended March 31 |\n"
            "Net Sales | Earnings Before Income Taxes | Net Earnings |\n"
            "Beauty | 2025 | $ | 3,490 | $ | 684 | $ | 539 |\n2024 | 3,550 | 753 | 587 |\n"
            "Grooming | 2025 | 1,505 | 404 | 321 |\n2024 | 1,539 | 379 | 303 |\n")
    table = only_table(text, PIPE_SUFFIX)
    assert list(table.columns) == [f"Three Months Ended March 31 {name}" for name in
                                   ("Net Sales", "Earnings Before Income Taxes", "Net Earnings")]
    assert rows_of(table) == [
        ["Beauty 2025", "$ 3,490", "$ 684", "$ 539"], ["2024", "3,550", "753", "587"],
        ["Grooming 2025", "1,505", "404", "321"], ["2024", "1,539", "379", "303"]]


def test_pipe_suffix_rows_a_line_under_a_caption_alone_then_names():
    """A mirror writing a row a line: a caption alone on the first line, then a line of names
    alone, then the rows: both lines are header, the names each a column's, no row of names."""
    text = ("Segment Results (Tables) | 3 Months Ended |\nMar. 31, 2025 |\nSegment Reporting [Abstract] |\n"
            "Schedule of net sales drivers |\nThe following table shows the drivers:\n"
            "Net Sales Change Drivers 2025 vs. 2024 (Three Months Ended March 31) (1) |\n"
            "Volume | Foreign Exchange | Price | Net Sales Growth |\n"
            "Beauty | — | % | (3) | % | 3 | % | (2) | % |\nGrooming | 1 | % | (4) | % | 2 | % | (2) | % |\n"
            "Health Care | (1) | % | (3) | % | 1 | % | — | % |\n")
    table = only_table(text, PIPE_SUFFIX)
    assert [c.split(") ")[-1] for c in table.columns] == ["Volume", "Foreign Exchange", "Price", "Net Sales Growth"]
    assert rows_of(table) == [
        ["Beauty", "—%", "(3)%", "3%", "(2)%"], ["Grooming", "1%", "(4)%", "2%", "(2)%"],
        ["Health Care", "(1)%", "(3)%", "1%", "—%"]]


def test_a_balances_date_opening_a_row_a_line_labels_it_under_glued_names():
    """Coca-Cola's statement of equity written a row a line: the names glued into one line say
    nothing of the columns, and `March 28, 2025 4,304 $ 27,754 …` opens the body. A date that
    opens a line with values after it on that line labels the row; it names no column."""
    nb = "\u00a0"
    text = ("Equity (Tables)\n3 Months Ended\nMar. 31, 2025\nEquity [Abstract]\n"
            "The following table presents the changes in equity (in millions):\n"
            + f"{nb} {nb} Shareowners of The Coca-Cola Company {nb}\n"
            "Three Months Ended June 27, 2025 Common Shares Outstanding Total Reinvested Earnings Non-controlling Interests\n"
            f"March 28, 2025 4,304 {nb} $ 27,754 {nb} $ 77,189 {nb} $ 1,552 {nb}\n"
            f"Comprehensive income (loss) — {nb} 4,573 {nb} 3,810 {nb} 39 {nb}\n"
            f"Dividends paid to noncontrolling interests — {nb} (7) {nb} — {nb} (7) {nb}\n"
            f"June 27, 2025 4,304 {nb} $ 32,320 {nb} $ 80,999 {nb} $ 1,584 {nb}\n")
    page = refold.parse(text)
    assert page.variant == WHITESPACE_ROWS
    table = page.tables[-1]
    assert [r.label for r in table.rows] == ["March 28, 2025", "Comprehensive income (loss)",
                                             "Dividends paid to noncontrolling interests", "June 27, 2025"]
    assert table.rows[0].cells == ("4,304", "$ 27,754", "$ 77,189", "$ 1,552")


def test_a_pipe_suffix_exhibit_index_a_row_a_line_keeps_each_number_and_row():
    """An exhibit index written a row a line with empty cells dropped: `32.1* | Section 1350
    Certifications | — | — |` lacks the `X` others end with and `104 | Cover Page …` has its
    description alone. Each line is the row its number opens; the number is no dimension
    path's first member (`32.1* | Section …` was one label) and no row runs into the next."""
    text = ("Exhibits (Tables) | 3 Months Ended |\nJun. 30, 2025 |\nExhibits [Abstract] |\nExhibit index |\n"
            "The exhibits are listed below:\n"
            "Exhibit Number | Exhibit Description | Form | Filing Date | Filed Herewith |\n"
            "31.1 | Certification of Principal Executive Officer | — | — | X |\n"
            "31.2 | Certification of Principal Financial Officer | — | — | X |\n"
            "32.1* | Section 1350 Certifications | — | — |\n"
            "101.INS | Inline XBRL Instance Document | — | — | X |\n"
            "104 | Cover Page Interactive Data File |\n")
    table = only_table(text, PIPE_SUFFIX)
    assert [r.label for r in table.rows] == ["31.1", "31.2", "32.1*", "101.INS", "104"]
    assert table.rows[2].cells[0] == "Section 1350 Certifications" and table.rows[3].cells[-1] == "X"
    assert table.rows[4].cells[0] == "Cover Page Interactive Data File" and not any(table.rows[4].cells[1:])


def test_whitespace_rows_texts_later_in_a_line_are_that_rows_cells(shared):
    """Whitespace-rows writes a row a line: Tesla's debt table ends its rows with texts (`Not
    applicable`, `January 2028`) that a reader of cells takes for the next rows' labels; on
    their row's line they are its cells (the table from the 10-Q, as a crawl flattens it)."""
    import gzip

    from refold.flatten import flatten, note_pages

    doc = gzip.decompress(next((shared / "html" / "filings").glob("tsla-*.gz")).read_bytes()).decode("utf-8")
    page = [p for p in note_pages(doc) if "RCF Credit Agreement" in p][-1]  # the debt table (two periods' copies)
    parsed = refold.parse(flatten(page, WHITESPACE_ROWS))
    assert parsed.variant == WHITESPACE_ROWS
    rows = {r.label: r.cells for t in parsed.tables for r in t.rows}
    assert rows["RCF Credit Agreement"][-2:] == ("Not applicable", "January 2028")
    assert "Not applicable" not in rows and "January 2028" not in rows


def test_a_label_whose_values_open_the_next_line_keeps_them():
    """A crawl that writes a row a line sometimes puts a label's values on the next line
    (`Sublease income (1)` then `(158) (586)`): they are that label's, not a row with none."""
    from refold.grid import label_delimited_rows
    from refold.kinds import classify
    from refold.model import Span, Token

    cells = [["Operating lease expense", "2,127", "6,444"], ["Sublease income (1)"], ["(158)", "(586)"],
             ["Total lease expense", "$2,484", "$7,465"]]
    tokens = [Token(c, classify(c), Span(k, k)) for k, line in enumerate(cells, 1) for c in line]
    rows = label_delimited_rows(tokens, 2, False, lines_are_rows=True)
    assert [(r.label_text, [t.text for t in r.values()]) for r in rows] == [
        ("Operating lease expense", ["2,127", "6,444"]), ("Sublease income (1)", ["(158)", "(586)"]),
        ("Total lease expense", ["$2,484", "$7,465"])]


def test_lines_are_rows_only_where_lines_open_on_labels():
    """A row a line (`Land | $ 85,000 | $ 85,000 |`) makes lines rows' boundaries; a cell a line
    (`$ |` then `(10,785) |`) or a table written on one line does not."""
    from refold.grid import lines_hold_rows
    from refold.kinds import classify
    from refold.model import Span, Token

    def tokens(*lines):
        return [Token(cell, classify(cell), Span(k, k)) for k, line in enumerate(lines, 1) for cell in line]

    assert lines_hold_rows(tokens(["Land", "$ 85,000", "$ 85,000"], ["Buildings", "508,284", "475,684", "30 years"]))
    assert not lines_hold_rows(tokens(["Balance at January 1"], ["$ (10,785)"], ["$ (357)"], ["Translation"], ["16,792"]))
    assert not lines_hold_rows(tokens(["Beginning balance", "$ 5,153", "$ 12,089", "Charge-offs", "(772)", "—",
                                       "Recoveries", "4", "1"]))


def test_pipe_suffix_policy_text_on_its_own_line():
    """A policy's label alone on a line, its text alone on the next (`… when purchased. |`):
    a text block of prose, as the same page reads in pipe-prefix."""
    text = ("Cash and Cash Equivalents |\n9 Months Ended | ||||||||\n---|---|---\nSep. 30, 2024 | ||||||||\n"
            "Cash and Cash Equivalents [Abstract] | ||||||||\nCash and Cash Equivalents |\n"
            "Cash equivalents are highly liquid investments that are readily convertible into cash with "
            "original maturities of three months or less when purchased. |\n")
    page = refold.parse(text)
    [block] = page.text_blocks
    assert block.label == "Cash and Cash Equivalents"
    assert "highly liquid" not in " ".join(page.abstract_rows)
    assert "highly liquid" in " ".join(block.prose)


def test_rows_page_value_line_with_a_wide_gap_keeps_the_empty_cell():
    """`  100      200   (400)` under rows of four values: the wide gap is the empty cell the
    second column had, so `200` and `(400)` stay in their columns (the roll-forward closes)."""
    text = ("XML 40 R22.htm IDEA: XBRL DOCUMENT v2.3.0.11\nInvestments (Tables)\n6 Months Ended\nJun. 30, 2011\n"
            "Investments [Abstract]  \nChanges in Fair Value\nThe changes in fair value were as follows:\n \n"
            "Quarters Ended June 30,\n  \nSix Months Ended June 30,\n \n2011\n  \n2010\n  \n2011\n  \n2010\n \n"
            "Fair value at beginning of period\n $6,800  $10,500  $6,700  $10,900 \n"
            "Impairment credits (charges), net\n  100      200   (400)\n"
            "Fair value at end of period\n $6,900  $10,500  $6,900  $10,500 \n")
    [table] = refold.parse(text).tables
    assert rows_of(table)[1] == ["Impairment credits (charges), net", "100", "", "200", "(400)"]
    assert [c.status for c in refold.parse(text).checks()] == ["ok"]


def test_rows_page_header_line_ending_in_a_note_mark():
    """A header cell ending in its note mark (`… (Three Months Ended March 31) (1)`) over an
    empty stub, written a row a line: the mark is no value, so the names under it (spacer cells
    apart) stay the header (the filer's table flattened as the IDEA crawl does)."""
    import lxml.html

    from refold.flatten import filing_pages, flatten

    html = ("<html><body><table>"
            "<tr><td></td><td colspan='6'>Net Sales Change Drivers 2025 vs. 2024 (Three Months Ended March 31) (1)</td></tr>"
            "<tr><td></td><td></td><td>Volume</td><td></td><td>Foreign Exchange</td><td></td><td>Price</td></tr>"
            "<tr><td>Beauty</td><td></td><td>—%</td><td></td><td>1%</td><td></td><td>(3)%</td></tr>"
            "<tr><td>Grooming</td><td></td><td>1%</td><td></td><td>1%</td><td></td><td>(4)%</td></tr>"
            "</table></body></html>")
    [page] = filing_pages(lxml.html.fromstring(html))
    [table] = refold.parse(flatten(page, WHITESPACE_ROWS)).tables
    assert rows_of(table) == [["Beauty", "—%", "1%", "(3)%"], ["Grooming", "1%", "1%", "(4)%"]]
    assert [c.split()[-1] for c in table.columns] == ["Volume", "Exchange", "Price"]


def test_rows_glued_to_their_labels_are_read_as_rows():
    """An IDEA page whose table lost every space: `Operating lease cost$5,437$5,363$5,331` is a
    row (detection counts it), not one cell of a line-per-cell page."""
    text = "\n".join([
        "XML 44 R18.htm IDEA: XBRL DOCUMENT v3.22.4", "Leases", "12 Months Ended", "Dec. 31, 2022",
        "Leases [Abstract]  ", "Leases", "NOTE 8. LEASES", "",
        "We have operating and finance leases for certain facilities and equipment used in our operations.",
        "The components of lease expense were as follows:", "202220212020",
        "Operating lease cost$5,437$5,363$5,331", "Finance lease cost:",
        "Amortization of right-of-use assets$204$179$185", "Total finance lease cost$363$324$318", ""])
    assert detect(text).variant == WHITESPACE_ROWS
    table = refold.parse(text).tables[-1]
    assert list(table.columns) == ["2022", "2021", "2020"]
    assert [r.cells for r in table.rows if any(r.cells)] == [
        ("$5,437", "$5,363", "$5,331"), ("$204", "$179", "$185"), ("$363", "$324", "$318")]


def test_a_long_xbrl_label_after_the_date_is_a_row_not_a_header_line():
    """`… Start Date [Axis]: 2025-03-30` is twelve words, but an element's label is never prose:
    it is the first row, not a line of the date's header cell."""
    text = "\n\n".join([
        "Revenue - Deferred Revenue, Expected Timing of Realization (Details)", "Mar. 29, 2025",
        "Revenue, Remaining Performance Obligation, Expected Timing of Satisfaction, Start Date [Axis]: 2025-03-30 \u00a0",
        "Deferred revenue, expected timing of realization, percentage", "66.00%",
        "Deferred revenue, expected timing of realization, period", "1 year"])
    page = refold.parse(text)
    assert page.variant == BLANK_LINE and page.columns == ("Mar. 29, 2025",)
    assert page.tables[0].rows[0].label.endswith("[Axis]: 2025-03-30")


def test_a_title_case_heading_after_a_table_then_a_lead_in_is_no_row():
    """After a table's last value and a blank cell: `Share-Based Compensation Expense and the
    Related Income Tax Benefit`, then `The following table shows …:`: the next block's heading,
    not the table's last row."""
    text = "\n\n".join([
        "Share-Based Compensation (Tables)", "6 Months Ended", "Mar. 29, 2025",
        "Share-Based Payment Arrangement [Abstract] \u00a0", "Restricted Stock Unit Activity",
        "A summary of the Company's RSU activity for the six months ended March 29, 2025 is as follows:",
        "\u00a0", "Number of RSUs", "\u00a0", "Fair Value", "Balance as of September 28, 2024", "163,326", "\u00a0",
        "$", "158.73", "Balance as of March 29, 2025", "183,346", "\u00a0", "$", "184.38", "\u00a0",
        "Share-Based Compensation Expense and the Related Income Tax Benefit",
        "The following table shows share-based compensation expense (in millions):",
        "\u00a0", "2025", "\u00a0", "2024", "Share-based compensation expense", "$", "3,226", "\u00a0", "$", "2,964"])
    page = refold.parse(text)
    assert page.variant == BLANK_LINE
    labels = [r.label for t in page.tables for r in t.rows]
    assert "Share-Based Compensation Expense and the Related Income Tax Benefit" not in labels
    assert labels[-1] == "Share-based compensation expense"


def test_a_heading_straight_after_a_tables_values_then_a_lead_in_labels_the_next_block():
    """No blank after the table: `Summary of Cash and Cash Equivalents and Restricted Cash` right
    after the last row's values, then `The following table provides …:`: on a (Tables) page, a
    table a block, the next block's label (its table's), not the first table's last row (the
    rows before the heading stay the first table's)."""
    text = "\n".join([
        "XML 42 R29.htm IDEA: XBRL DOCUMENT v3.22.4", "Significant Accounting Policies (Tables)", "12 Months Ended",
        "Dec. 31, 2022", "Accounting Policies [Abstract]  ", "Changes in the Allowance",
        "The following table presents our allowance activity (in thousands):", "December 31,", "20222021",
        "Balance at beginning of period", "$108 $114 ", "Deductions", "(20)(6)", "Balance at end of period", "$88 $108 ",
        "Summary of Cash and Cash Equivalents and Restricted Cash",
        "The following table provides a reconciliation of cash and restricted cash (in thousands):",
        "December 31,", "20222021", "Cash and cash equivalents$20,532 $97,825 ", "Restricted cash892 — ",
        "Total cash and restricted cash$21,424 $97,825 "])
    first, second = refold.parse(text).tables
    assert [r.label for r in first.rows] == ["Balance at beginning of period", "Deductions", "Balance at end of period"]
    assert (first.block, second.block) == ("Changes in the Allowance", "Summary of Cash and Cash Equivalents and Restricted Cash")
    assert [r.label for r in second.rows][0] == "Cash and cash equivalents"


def test_a_tables_page_whose_block_opens_with_its_table_under_its_label():
    """A `(Tables)` page a cell a paragraph, the block's label straight over its table's header
    (no lead-in sentence): a block and its schedule, not rows of the report."""
    text = "\n\n".join([
        "XML 37 R22.htm IDEA: XBRL DOCUMENT v3.22.4\nPolicies (Tables)\n12 Months Ended\nDec. 31, 2022\n"
        "Summary of Significant Accounting Policies  \nEstimated lives of property and equipment",
        "Asset Category", " ", "Depreciation Period", "Computer equipment", " ", "3 years",
        "Furniture & equipment", " ", "3 to 7 years", "Allowance for doubtful accounts", " ", " ",
        "Year Ended", "December 31,", "2022", " ", " ", "Year Ended", "December 31,", "2021", " ",
        "Beginning balance", " ", "$675", " ", " ", "$657", " ", "Bad debt expense", " ", " ", "406", " ", " ", " ", "257",
        " ", "Ending balance", " ", "$745", " ", " ", "$675"])
    page = refold.parse(text)
    assert page.variant == BLANK_LINE and page.text_blocks[0].label == "Estimated lives of property and equipment"
    first, second = page.tables
    assert first.kind == "schedule" and first.columns == ("Depreciation Period",)
    assert rows_of(first)[-1] == ["Furniture & equipment", "3 to 7 years"]
    assert second.columns == ("Year Ended December 31, 2022", "Year Ended December 31, 2021")
    assert rows_of(second) == [
        ["Beginning balance", "$675", "$657"], ["Bad debt expense", "406", "257"], ["Ending balance", "$745", "$675"]]


def test_a_pipe_suffix_dimension_path_over_line_items_is_one_label():
    """`Derivatives designated as accounting hedges | Foreign exchange contracts |` over a
    `[Line Items]` row: the members' path, one label; a cover page's `Entity Registrant Name |
    Apple Inc. |` stays a label and its value."""
    text = "\n".join([
        "Financial Instruments (Details) - USD ($) $ in Millions | Mar. 29, 2025 | Sep. 28, 2024 |",
        "Derivatives designated as accounting hedges | Foreign exchange contracts |",
        "Derivatives, Fair Value [Line Items] |", "Derivatives, notional amount | $ 68,533 | $ 64,069 |",
        "Entity Registrant Name | Apple Inc. |"])
    rows = rows_of(only_table(text, PIPE_SUFFIX))
    assert rows[0] == ["Derivatives designated as accounting hedges | Foreign exchange contracts", "", ""]
    assert rows[-1] == ["Entity Registrant Name", "Apple Inc.", ""]
    abstract = "\n".join([
        "Financial Instruments (Details) | 6 Months Ended | 12 Months Ended |", "Mar. 29, 2025 | Sep. 28, 2024 |",
        "Trade receivables | Credit concentration risk | Cellular network carriers |",
        "Debt Securities, Available-for-Sale, Maturity, Fair Value, Rolling Maturity [Abstract] |",
        "Concentration risk, percentage | 37.00% | 38.00% |"])
    rows = rows_of(only_table(abstract, PIPE_SUFFIX))
    assert rows[0] == ["Trade receivables | Credit concentration risk | Cellular network carriers", "", ""]


def test_a_page_written_on_one_line_is_a_title_and_its_text_block():
    """`Summary of … Policies | Note 2 — Summary of … Policies Basis of Presentation The …` on
    one line: the title, a block labeled with its note heading, its text as prose; no text lost."""
    from refold.accounting import unaccounted

    prose = ("Basis of Presentation The accompanying unaudited condensed financial statements are presented in "
             "U.S. dollars in conformity with accounting principles generally accepted in the United States. ") * 5
    text = ("Summary of Significant Accounting Policies | Note 2 — Summary of Significant Accounting Policies "
            + prose.strip())
    page = refold.parse(text)
    assert (page.variant, page.title, page.warnings) == (PIPE_SUFFIX, "Summary of Significant Accounting Policies", ())
    [block] = page.text_blocks
    assert block.label == "Note 2 — Summary of Significant Accounting Policies"
    assert block.prose[0].startswith("Basis of Presentation The accompanying")
    assert not unaccounted(text, page)


def test_pipe_suffix_footnote_marks_in_header_and_labels_and_the_footnotes_line():
    """`Nov. 03, 2018 | [1] |` in the header marks that column; `Net revenue | [1] | 132.4 |`
    is the label `Net revenue [1]`; the last line `[1] Previously … [2] Previously … |` holds the
    page's footnotes, one paragraph each, not a row."""
    text = "\n".join([
        "Income - USD ($) $ in Millions | 12 Months Ended |", "Jan. 31, 2019 | Jan. 31, 2018 | [1] |",
        "Net revenue | [1] | 132.4 | 172.7 |", "Cost of revenue | [2] | $ 54.4 | $ 72.6 |",
        '[1] Previously labeled as "License and other" in prior periods. [2] Previously labeled as '
        '"Cost of license" in prior periods. |'])
    page = refold.parse(text)
    assert page.variant == PIPE_SUFFIX
    assert page.columns == ("12 Months Ended Jan. 31, 2019", "12 Months Ended Jan. 31, 2018 [1]")
    assert rows_of(page.tables[0]) == [
        ["Net revenue [1]", "132.4", "172.7"], ["Cost of revenue [2]", "$ 54.4", "$ 72.6"]]
    assert page.prose == ('[1] Previously labeled as "License and other" in prior periods.',
                          '[2] Previously labeled as "Cost of license" in prior periods.')


def test_rows_whose_labels_open_with_a_rate_are_whitespace_rows():
    """`5.875% Senior Notes   $ 800   $ 801`: a label may open with a number (a rate) and go on in
    words; the line is a row of a whitespace-rows page, not a line of values."""
    text = "\n".join(["Debt (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule of debt",
                      "    June 30, 2025   December 31, 2024",
                      "5.875% Senior Notes   $ —   $ 800", "3.000% Senior Notes   —   487",
                      "3.625% Senior Notes   —   500", "4.375% Senior Notes   1,000   1,000",
                      "4.875% Senior Notes   1,600   1,600", "    $ 2,600   $ 4,387"])
    assert detect(text).variant == "whitespace-rows"


def test_runs_of_spaces_hold_the_empty_cells_a_store_turned_into_spaces():
    """2k+1 spaces between cells are k empty cells, 2k at a line's end k, the same length put
    back as U+00A0 cells; a page with even runs inside its lines (a text block's alignment) is
    left alone."""
    from refold.variants import spaces_as_empty_cells

    page = "Goodwill (Details)\nImpairment   (445)    \nTranslation effects   105 (27) (90)"
    assert spaces_as_empty_cells(page).split("\n")[1:] == [
        "Impairment \u00a0 (445) \u00a0 \u00a0", "Translation effects \u00a0 105 (27) (90)"]
    aligned = "Taxes\nInventories   16,000    15,500 \nOther   1,400    - "
    assert spaces_as_empty_cells(aligned) == aligned


def test_a_rows_page_whose_empty_cells_became_spaces_keeps_its_columns():
    """`Divestiture related adjustments       (3)`: the amount is the last column's, not the first."""
    text = "\n".join([
        "XML 80 R63.htm IDEA: XBRL DOCUMENT v3.24.0.1",
        "Goodwill and Intangible Assets - Goodwill Rollforward (Details) - USD ($)", "$ in Millions",
        "3 Months Ended 12 Months Ended", "Dec. 31, 2023", "Dec. 31, 2023", "Dec. 31, 2022", "Dec. 31, 2021",
        "Changes in the carrying amount of goodwill        ",
        "Balance of Goodwill at beginning of period   $ 1,813 $ 1,840 $ 1,951",
        "Divestiture related adjustments       (3)",
        "Impairment   (445)    ",
        "Translation effects   105 (27) (90)",
        "Balance of Goodwill at end of the period $ 1,473 1,473 1,813 1,840"])
    rows = {r.label: r.cells for r in refold.parse(text).tables[0].rows}
    assert rows["Balance of Goodwill at beginning of period"] == ("", "$ 1,813", "$ 1,840", "$ 1,951")
    assert rows["Divestiture related adjustments"] == ("", "", "", "(3)")
    assert rows["Impairment"] == ("", "(445)", "", "")


def test_an_abstract_row_of_empty_cells_is_no_part_of_the_columns_header():
    """`Revenue from Contract with Customer [Abstract] ⍽` under the date: a section row of the
    report (its label and an empty cell), not a third line of the column's header."""
    text = "\n".join([
        "Revenue (Tables)", "6 Months Ended", "Mar. 29, 2025", "Revenue from Contract with Customer [Abstract] \u00a0",
        "Disaggregated Net Sales", "The following table shows disaggregated net sales for the three- and six-month "
        "periods ended March 29, 2025 and March 30, 2024 (in millions):",
        "\u00a0 Three Months Ended \u00a0 Six Months Ended",
        "iPhone® $ 46,841 \u00a0 $ 45,963 \u00a0", "Mac 7,949 \u00a0 7,451 \u00a0"])
    page = refold.parse(text, variant="whitespace-rows")
    assert page.columns == ("6 Months Ended Mar. 29, 2025",)
    assert page.text_blocks[0].label == "Disaggregated Net Sales"


def test_pipe_suffix_fields_written_over_lines_join_the_line_their_pipe_closes():
    """`Depreciation` + `charge for the year |`, `Balance at December 31,` + `2015 |`: a cell
    written over lines, its pipe on the last. A block's heading over a sentence, or over a row of
    the header, stays apart."""
    text = "\n".join(["Property and Equipment |", "Cost or valuation |", "|", "Plant and", "machinery |", "|",
                      "Industrial and", "commercial", "equipment |", "|", "Depreciation", "charge for the year |",
                      "|", "|", "469 |", "Balance at December 31,", "2015 |", "|", "$ |", "85,648 |"])
    texts = [c.text for c in suffix_cells(text) if c.text]
    assert texts[2:] == ["Plant and machinery", "Industrial and commercial equipment",
                         "Depreciation charge for the year", "469", "Balance at December 31, 2015", "$", "85,648"]
    heading = "\n".join(["T (Tables) | 6 Months Ended |", "Mar. 29, 2025 |", "Inventories |", "Inventories",
                         "March 29, 2025 | September 28, 2024 |", "Split |", "Split",
                         "All prior year share data were adjusted. |"])
    texts = [c.text for c in suffix_cells(heading) if c.text]
    assert "March 29, 2025" in texts and "Split" in texts


def test_two_footnote_marks_glued_before_a_rows_amounts_are_the_labels():
    """`Total (2)(3) $ 160,600 …` with two values more than the rows around it: both marks are
    the label's, written as the line has them."""
    from refold.variants import label_marks_off_values

    line = "Total (2)(3) $ 160,600 \u00a0 \u00a0 $ 688 \u00a0 \u00a0 $ (4,638)"
    split = [("Subtotal", ["132,108", "", "", "583", "", "", "(4,635)"]),
             ("Total", ["(2)", "(3)", "$ 160,600", "", "", "$ 688", "", "", "$ (4,638)"]),
             ("Cash", ["1", "", "", "2", "", "", "3"])]
    assert label_marks_off_values(split, 1, line) == (
        "Total (2)(3)", ["$ 160,600", "", "", "$ 688", "", "", "$ (4,638)"])
    assert label_marks_off_values(split, 0, "") == split[0]


def test_footnote_marks_on_most_rows_are_the_labels_where_the_unmarked_rows_agree():
    """Netflix's obligations: `Content obligations (1)`, `Debt (2)`, `Operating lease obligations
    (3)`, each with three amounts, then `Total` with three. The marked rows have a value more
    than the unmarked one; rows marked alike are no evidence of the table's width."""
    text = "\n".join([
        "Obligations (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule of contractual obligations",
        "The following table summarizes our contractual obligations:",
        "    Payments due by Period",
        "Contractual obligations (in thousands):   Total   Next 12 Months   Beyond 12 Months",
        "Content obligations (1)   $ 20,967,270     $ 10,842,959     $ 10,124,311  ",
        "Debt (2)   18,432,396     690,046     17,742,350  ",
        "Operating lease obligations (3)   2,843,639     544,910     2,298,729  ",
        "Total   $ 42,243,305     $ 12,077,915     $ 30,165,390  "])
    table = refold.parse(text, variant="whitespace-rows").tables[0]
    assert [r.label for r in table.rows] == ["Content obligations (1)", "Debt (2)", "Operating lease obligations (3)",
                                             "Total"]
    assert table.rows[1].cells == ("18,432,396", "690,046", "17,742,350")


def test_a_label_broken_after_a_comma_goes_on_in_a_clause():
    """line-per-cell: `Changes in unrealized loss on investments, net of income` + `taxes of $0
    for the three and six months ended June 30,` + `2025 and 2024`: one label over its values
    (the clause goes on after the comma); a unit note after a comma is no such clause."""
    from refold.variants import _wraps

    assert _wraps(["taxes of $0 for the three and six months ended June 30,"], "2025 and 2024")
    assert not _wraps(["Trailing 4-Quarters Ended August 31,"], "(Dollars in millions) 2024 Change 2023")
    text = "\n".join(["Comprehensive Loss (Tables)", "6 Months Ended", "Jun. 30, 2025", "Comprehensive Loss [Abstract]",
                      "Comprehensive loss", "The following table shows comprehensive loss (in thousands):",
                      "Net loss", "$", "(3,258", ")", "$", "(14,435", ")",
                      "Changes in unrealized loss on investments, net of income",
                      "taxes of $0 for the three and six months ended June 30,", "2025 and 2024", "(183", ")", "(640", ")"])
    table = refold.parse(text, variant="line-per-cell").tables[-1]
    assert [r.label for r in table.rows][-1] == ("Changes in unrealized loss on investments, net of income taxes of $0 "
                                                 "for the three and six months ended June 30, 2025 and 2024")


def test_rows_that_end_in_a_duration_make_a_whitespace_rows_page():
    """An IDEA details page whose rows are mostly useful lives (`… Useful Life 30 years`): rows
    with their values on the line, not one cell a line."""
    text = "\n".join(["XML 148 R54.htm IDEA: XBRL DOCUMENT v3.19.3.a.u2",
                      "Property, Plant and Equipment (Details) - USD ($)", "$ in Millions", "12 Months Ended",
                      "Dec. 31, 2019", "Dec. 31, 2018", "Building    ", "Property, Plant and Equipment [Line Items]    ",
                      "Property, Plant and Equipment, Useful Life 30 years  ", "Software    ",
                      "Property, Plant and Equipment [Line Items]    ", "Capitalized Computer Software, Net $ 97 $ 93",
                      "Software | Maximum    ", "Property, Plant and Equipment [Line Items]    ",
                      "Property, Plant and Equipment, Useful Life 5 years"])
    assert detect(text).variant == WHITESPACE_ROWS
    rows = {r.label: r.cells for r in refold.parse(text).tables[0].rows}
    assert rows["Capitalized Computer Software, Net"] == ("$ 97", "$ 93")
    assert rows["Property, Plant and Equipment, Useful Life"][0] in ("30 years", "5 years")


def test_lone_pipes_among_cells_that_end_in_pipes_make_a_pipe_suffix_page():
    """An IR mirror whose cells end in ` |` and whose empty cells are lone `|` lines: no text
    follows a leading pipe anywhere, so the lone pipes are no sign of pipe-prefix."""
    cells = ["Accumulated |", "Accumulated |", "Total |", "foreign |", "unrealized |", "accumulated |",
             "currency |", "gains (losses) on |", "other |"]
    text = "\n".join(["Accumulated other comprehensive loss |", "Note 5 — Accumulated other comprehensive loss",
                      "The following tables show the changes (in thousands):", *["|"] * 12,
                      *(line for cell in cells for line in (cell, "|", "|"))])
    assert detect(text).variant == PIPE_SUFFIX


def test_rows_page_whose_blocks_open_on_a_line_of_spaces():
    """Corpus page 122's shape: a (Tables) page a row a line whose blocks have no lead-in: the
    block's label, a line of spaces (its table's first row of empty cells, their U+00A0 turned
    to spaces), then the header. Each label opens a block with its schedule, not rows of one
    report column; `   Amount   %   Amount   %` over an empty stub is four column names."""
    text = ("XML 29 R20.htm IDEA: XBRL DOCUMENT v3.22.1\nIncome Taxes (Tables)\n12 Months Ended\nDec. 31, 2021\n"
            "Income Tax Disclosure [Abstract]  \nState Income Tax Expense\n          \n   Year ended December 31 \n"
            "   2021   2020 \nCurrent state taxes  $(5,700)  $29,300 \nDeferred state taxes       (47,400)\n"
            " Income tax expense  $(5,700)  $(18,100)\nReconciliation of the Statutory Rate\n                    \n"
            "   2021   2020 \n   Amount   %   Amount   % \n                 \n"
            "Income tax at U.S. federal income tax rate  $9,700    21   $106,700    21 \n                     \n"
            "Other   (15,400)   (33)   (124,800)   (25)\n   $(5,700)   (12)  $(18,100)   (4)\n")
    page = refold.parse(text)
    assert page.variant == WHITESPACE_ROWS
    assert [(t.kind, t.block) for t in page.tables] == [
        ("schedule", "State Income Tax Expense"), ("schedule", "Reconciliation of the Statutory Rate")]
    first, second = page.tables
    assert first.columns == ("Year ended December 31 2021", "Year ended December 31 2020")
    assert rows_of(first) == [
        ["Current state taxes", "$(5,700)", "$29,300"], ["Deferred state taxes", "", "(47,400)"],
        ["Income tax expense", "$(5,700)", "$(18,100)"]]
    assert second.columns == ("2021 Amount", "2021 %", "2020 Amount", "2020 %")
    assert [r.cells for r in second.rows][-1] == ("$(5,700)", "(12)", "$(18,100)", "(4)")


def test_a_markdown_mirrors_rows_keep_their_empty_cells():
    """An IR mirror's statement of equity written as markdown: the header row's cells one a line
    (`Total |`, `Common Stock |`, …), the rule `---|---|---|---|`, then every row with all its
    fields, empty ones too. Those rows place their values by position, and the names before the
    rule are the columns, not rows."""
    text = "\n".join([
        "Statement of Changes in Equity - USD ($) $ in Millions |", "Total |", "Common Stock |", "Retained Earnings |",
        "---|---|---|---|",
        "Balance, beginning of period (in shares) at Dec. 31, 2022 |   | 513,300,000 |   |",
        "Balance, beginning of period at Dec. 31, 2022 | $ 8,042 | $ 66 | $ 1,334 |",
        "Comprehensive income (loss) | (221) |   | (57) |",
        "Stock and other incentive plans |   | (39) |   |"])
    page = refold.parse(text)
    assert page.variant == PIPE_SUFFIX and page.title.startswith("Statement of Changes in Equity")
    table = page.tables[0]
    assert table.columns == ("Total", "Common Stock", "Retained Earnings")
    assert rows_of(table) == [
        ["Balance, beginning of period (in shares) at Dec. 31, 2022", "", "513,300,000", ""],
        ["Balance, beginning of period at Dec. 31, 2022", "$ 8,042", "$ 66", "$ 1,334"],
        ["Comprehensive income (loss)", "(221)", "", "(57)"],
        ["Stock and other incentive plans", "", "(39)", ""]]


def test_an_older_markdown_mirror_writes_its_title_and_dates_under_lone_pipes():
    """An older IR mirror: a lone `|`, the title on its own line, its scale line closed by `|`;
    the span then each date under a lone `|`, as pipe-prefix writes them; then markdown rows.
    The title keeps its scale, each date is one column (no empty cell before it)."""
    text = "\n".join([
        "|", "LEASES Deferred Rent (Details) (USD $)", "In Thousands, unless otherwise specified |",
        "12 Months Ended | ||", "|---|---|---|", "|", "Dec. 31, 2013", "|", "Dec. 31, 2012", "|", "|",
        "| Movement in Deferred Rent [Roll Forward] | ||", "| Balance at beginning of period | $ 953 | $ 123 |",
        "| Rent deferred | 36 | 830 |", "| Balance at end of period | $ 989 | $ 953 |"])
    page = refold.parse(text)
    assert page.variant == PIPE_SUFFIX
    assert (page.title, page.units) == ("LEASES Deferred Rent (Details)", "USD $ In Thousands, unless otherwise specified")
    table = page.tables[0]
    assert table.kind == "report" and table.columns == ("12 Months Ended Dec. 31, 2013", "12 Months Ended Dec. 31, 2012")
    assert rows_of(table) == [
        ["Movement in Deferred Rent [Roll Forward]", "", ""], ["Balance at beginning of period", "$ 953", "$ 123"],
        ["Rent deferred", "36", "830"], ["Balance at end of period", "$ 989", "$ 953"]]


def test_rows_page_whose_block_label_is_written_twice_and_a_value_glued_to_a_label():
    """A crawled notes page a row a line: `Income Taxes Income Taxes` is the block's label and
    its heading on one line; `Tax benefit from stock options(24)  (1,786)` among rows of two
    values has its first value glued to its label (not a footnote's mark `(24)`)."""
    text = ("XML 31 R17.htm IDEA: XBRL DOCUMENT v3.20.1\nIncome Taxes\n12 Months Ended\nDec. 31, 2019\n"
            "Income Tax Disclosure [Abstract]  \nIncome Taxes Income Taxes\n \n"
            "The reasons for this difference are as follows (in thousands): \n 20192018\n"
            "Federal income tax expense computed at the statutory rate$7,024  $4,481  \n"
            "Tax-exempt interest(469) (121) \nTax benefit from stock options(24) (1,786) \nOther(506) (30) \n"
            "Total income tax expense$6,897  $3,233  \n")
    page = refold.parse(text)
    assert [b.label for b in page.text_blocks] == ["Income Taxes"]
    rows = {r.label: r.cells for r in page.tables[0].rows}
    assert rows["Tax benefit from stock options"] == ("(24)", "(1,786)")
    assert rows["Tax-exempt interest"] == ("(469)", "(121)")


def test_a_glued_footnote_mark_stays_on_its_label_where_the_row_is_full():
    """`Granted(1) 122,785  1,111.80` among rows of two values: the `(1)` is the label's mark."""
    from refold.variants import value_off_label

    split = [("Balances as of December 31, 2024", ["133,318", "", "$ 711.23"]),
             ("Granted(1)", ["122,785", "", "1,111.80"]), ("Forfeited", ["(1,632)", "", "931.17"])]
    assert value_off_label(split, 1) == split[1]
    short = [split[0], ("Options(24)", ["(1,786)"]), split[2]]
    assert value_off_label(short, 1) == ("Options", ["(24)", "(1,786)"])
    decimal = [("Cash and money market funds", ["$139.7", "$139.7", "$—"]), ("Restricted cash8.0", ["8.0", "—"]),
               ("Commercial paper", ["57.2", "—", "57.2"])]
    assert value_off_label(decimal, 1) == ("Restricted cash", ["8.0", "8.0", "—"])
    assert value_off_label([("Revenue Q4", ["1", "2"]), ("Cost", ["3", "4", "5"])], 0) == ("Revenue Q4", ["1", "2"])
    lease = [("Operating lease expense", ["$5,126", "$5,199", "$5,169"]), ("Amortization - finance leases90", ["90", "179"]),
             ("Interest - finance leases56", ["60", "65"]), ("Total Lease Expense", ["$5,272", "$5,349", "$5,413"])]
    assert value_off_label(lease, 1) == ("Amortization - finance leases", ["90", "90", "179"])
    assert value_off_label(lease, 2) == ("Interest - finance leases", ["56", "60", "65"])
    terms = [("ROU assets", ["$695", "$786"]), ("Operating leases17.217.8", []), ("Finance leases11.412.0", []),
             ("Financing cash flows", ["$75", "$69"])]
    assert value_off_label(terms, 1) == ("Operating leases", ["17.2", "17.8"])
    assert value_off_label(terms, 2) == ("Finance leases", ["11.4", "12.0"])


def test_a_blocks_title_with_a_dash_after_it_still_opens_its_block():
    """`PROPERTY AND EQUIPMENT-` (a filer's stray dash) over its block's heading `PROPERTY AND
    EQUIPMENT`, cells between blank lines: the same name, so a text block with its prose and its
    table of useful lives, not rows of the report."""
    cells = ["XML 37 R22.htm IDEA: XBRL DOCUMENT v2.4.0.6",
             "SUMMARY OF SIGNIFICANT ACCOUNTING POLICIES: PROPERTY AND EQUIPMENT- (Policies)",
             "12 Months Ended", "Dec. 31, 2012", "Policies  ", "PROPERTY AND EQUIPMENT-", "PROPERTY AND EQUIPMENT", " ",
             "Depreciation is computed on the straight-line method over the following estimated useful lives:",
             " ", "Office building", "20 years", "Vehicles", "7 years", "Equipment", "7 years", " ",
             "All assets are booked at historical cost, and management reviews their book value every year."]
    page = refold.parse("\n\n".join(cells))
    assert page.variant == BLANK_LINE
    [table] = page.tables
    assert table.kind == "schedule"
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Office building", ("20 years",)), ("Vehicles", ("7 years",)), ("Equipment", ("7 years",))]


def test_a_lead_in_and_a_header_on_the_first_rows_line_are_cells_not_one_label():
    """A mirror that writes a block's table a line a block, cells ` | ` apart: the lead-in, the
    period, the stub's name and the columns' names before the first amount are cells (the
    lead-in the table's caption, the names its columns), not one label joined with pipes; a
    row's own label columns (`Common stock – shares issued – | March 2025`) still join."""
    from refold.variants import label_with_pipes

    line = ("The following tables present the activity in the allowance for credit losses (in thousands): | "
            "Three Months Ended June 30, 2025 | Allowance for credit losses | Commercial | Consumer | Total | "
            "Beginning balance, April 1, 2025 | $ | 5,153 | | $ | 2,807 | | $ | 7,960 |")
    text = "Schedules of Allowance for Credit Loss |\n" + line + "\nCharge-offs | (772) | | (348) | | (1,120) |"
    [table] = refold.parse(text).tables
    assert table.columns == ("Three Months Ended June 30, 2025 Commercial", "Three Months Ended June 30, 2025 Consumer",
                             "Three Months Ended June 30, 2025 Total")
    assert [r.label for r in table.rows] == ["Beginning balance, April 1, 2025", "Charge-offs"]
    assert table.caption.startswith("The following tables present")
    assert label_with_pipes(["Common stock – shares issued –", "March 2025", "4,009.2"]) == [
        "Common stock – shares issued – | March 2025", "4,009.2"]


@pytest.mark.parametrize("separator, variant", [("\n", LINE_PER_CELL), ("\n\n", BLANK_LINE)])
def test_footnotes_under_a_rule_belong_to_the_table_above(separator, variant):
    """A cell a line, a note's two tables each closed by a rule (`_____`) and footnotes written
    `(1)` then its text: the rule ends the table (no row of it, `(1)` is no amount), each footnote
    is one note of the table above, and the next table's caption is not the rule."""
    from refold.accounting import unaccounted

    header = ["For the Quarters Ended", "For the Nine Months Ended",
              "June 27, 2014", "June 28, 2013", "June 27, 2014", "June 28, 2013"]
    lines = ["Segment Information (Tables)", "9 Months Ended", "Jun. 27, 2014", "Segment Reporting [Abstract]  ",
             "Schedule of Segment Reporting Information",
             "Selected information by segment is presented in the following tables ($ in millions):", *header,
             "Net revenue(1):", "Products", "$", "968", "$", "966", "$", "2,864", "$", "2,895",
             "Services", "1,001", "971", "2,909", "2,856", "_" * 40, "(1)",
             "Net revenue by operating segment excludes intercompany transactions.", *header,
             "Operating income:", "Products", "117", "88", "333", "275", "Services (2)", "(58", ")", "(117", ")",
             "(73", ")", "(239", ")", "_" * 40, "(2)", "Includes $96 million of income related to a legal settlement."]
    text = separator.join(lines)
    page = refold.parse(text)
    assert page.variant == variant
    first, second = page.tables
    assert [r.label for r in first.rows] == ["Net revenue(1):", "Products", "Services"]
    assert first.footnotes == ("(1) Net revenue by operating segment excludes intercompany transactions.",)
    assert [r.label for r in second.rows] == ["Operating income:", "Products", "Services (2)"]
    assert second.rows[-1].cells == ("(58)", "(117)", "(73)", "(239)")
    assert second.footnotes == ("(2) Includes $96 million of income related to a legal settlement.",)
    assert second.caption is None
    assert not unaccounted(text, page)


def test_cells_between_blank_lines_are_no_whitespace_rows_page_for_their_durations():
    """A policies page whose cells sit between blank lines, after the `XML … IDEA` preamble the
    whitespace-rows crawls write too: its durations (`1 to 5 years`, `Lesser of the lease term or
    5 years`) end lines as a row's value would, but rows are not written between blank lines. Read
    as blank-line, each useful life stays whole, beside its asset."""
    cells = ["XML 49 R28.htm IDEA: XBRL DOCUMENT v3.22.4\nSignificant Accounting Policies (Tables)\n12 Months Ended\n"
             "Dec. 31, 2022\nAccounting Policies [Abstract]  \nSchedule of Estimated Useful Lives",
             "Property and equipment are stated at cost. Depreciation is computed using the straight-line method "
             "over the estimated useful lives of the assets:",
             "Furniture and equipment", " ", "1 to 5 years", "Leasehold improvements", " ",
             "Lesser of the lease term or 5 years", "Buildings", " ", "Up to 30 years"]
    text = "\n\n".join(cells)
    assert detect(text).variant == BLANK_LINE
    [table] = refold.parse(text).tables
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Furniture and equipment", ("1 to 5 years",)), ("Leasehold improvements", ("Lesser of the lease term or 5 years",)),
        ("Buildings", ("Up to 30 years",))]


def test_a_blocks_heading_with_its_notes_number_opens_the_block():
    """An IR mirror's page, rows a line: the block's label `Accrued Liabilities`, then its heading
    with the note's number (`6. Accrued Liabilities`), a lead-in, and the table. The heading is
    the block's, so the table is the block's schedule, its dates its columns, not rows of the
    report under the heading."""
    text = ("Quarterly report pursuant to Section 13 or 15(d)\n\nAccrued Liabilities\n\nv3.23.3\nAccrued Liabilities\n"
            "9 Months Ended\nSep. 30, 2023\nAccrued Liabilities [Abstract]  \nAccrued Liabilities\n\n"
            "6. Accrued Liabilities\n\n \n\nAccrued liabilities consisted of the following:\n\n \n\n"
            "    September 30,\n2023\n    December 31,\n2022\n \n"
            "Accrued compensation   $ 1,740,458     $ 1,501,736  \nAccrued insurance     1,629,731       590,936  \n"
            "Accrued royalties     250,000      \n-\n \nTotal accrued expenses   $ 3,620,189     $ 2,092,672  \n\n \n\n"
            "The accrual for sales and use taxes is recorded under accrued liabilities.")
    page = refold.parse(text)
    [table] = page.tables
    assert table.kind == "schedule"
    assert table.columns == ("September 30, 2023", "December 31, 2022")
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Accrued compensation", ("$ 1,740,458", "$ 1,501,736")), ("Accrued insurance", ("1,629,731", "590,936")),
        ("Accrued royalties", ("250,000", "-")), ("Total accrued expenses", ("$ 3,620,189", "$ 2,092,672"))]
    from refold.variants import same_name
    assert same_name("Accrued Liabilities", "NOTE 6 - ACCRUED LIABILITIES")
    assert not same_name("Accrued Liabilities", "Accrued Liabilities, Current")


def test_a_blocks_heading_with_its_notes_number_glued_opens_the_block():
    """Cells a line: the label `Fair Value Measurements`, its heading `15.Fair Value Measurements`
    (the note's number glued to its name), then prose: a text block, not report rows whose
    values are the heading and the prose."""
    text = ("XML 59 R20.htm IDEA: XBRL DOCUMENT v2.4.0.8\nFair Value Measurements\n6 Months Ended\nJun. 30, 2014\n"
            "Fair Value Measurements [Abstract]  \nFair Value Measurements\n15.Fair Value Measurements\n \n"
            "Fair value measurements are market-based measurements, not entity-specific measurements.  We follow "
            "a three-level hierarchy to prioritize the inputs used in the valuation techniques.\n"
            "We use quoted market prices to determine the fair value of our cash equivalents.")
    page = refold.parse(text, variant=LINE_PER_CELL)
    assert not page.tables
    [block] = page.text_blocks
    assert block.label == "Fair Value Measurements"
    from refold.variants import same_name
    assert same_name("Fair Value Measurements", "15.Fair Value Measurements")
    assert not same_name("Fair Value Measurements", "1.5 Fair Value Measurements")


def test_a_tables_pages_block_is_read_as_a_block_without_prose_before_its_table():
    """A `(Tables)` page, rows a line: every row of such a page is a text block, so the page goes
    through the cells even with no sentence to tell (the rows reader would read the block's
    table as the report's one column); the block's label, a blank line and a line of spaces
    (its empty cell), then a header over an empty stub: the block's schedule."""
    text = ("XML 56 R13.htm IDEA: XBRL DOCUMENT v3.5.0.2\n3. Earnings per Share (Tables)\n6 Months Ended\nJun. 30, 2016\n"
            "Earnings Per Share Tables  \nEarnings Per Share\n\n \n\n"
            "     Three Months Ended June 30, 2015  \n"
            "     Income (Numerator)      Shares (Denominator)     Per-Share Amount  \n"
            "Net income   $ 135,221       20,483,091     $ .01  \n"
            "                         \n"
            "Effect of dilutive securities                        \n"
            "    Options     -       1,361,890          \n"
            "Net income   $ 135,221       21,844,981     $ .01  \n")
    from refold.variants import holds_text_blocks
    assert holds_text_blocks(text)
    page = refold.parse(text)
    [table] = page.tables
    assert table.kind == "schedule"
    assert table.columns == eps_columns("Three Months Ended June 30, 2015")
    assert [(r.label, r.cells) for r in table.rows if any(r.cells)] == [
        ("Net income", ("$ 135,221", "20,483,091", "$ .01")), ("Options", ("-", "1,361,890", "")),
        ("Net income", ("$ 135,221", "21,844,981", "$ .01"))]


EPS_NAMES = ("Income (Numerator)", "Shares (Denominator)", "Per-Share Amount")


def eps_columns(period: str) -> tuple[str, ...]:
    """An earnings-per-share table's columns: its period over each name."""
    return tuple(f"{period} {name}" for name in EPS_NAMES)


def test_a_header_written_a_paragraph_a_line_over_rows_written_a_line_each():
    """A crawl that writes a cell's paragraphs between blank lines and a spacer cell as a line of
    spaces (`Income` ␣ `(Numerator)` ␣␣␣ `Shares` ␣ `(Denominator)` …) and each row of amounts on
    one line, runs of spaces apart: the lines of amounts make it a rows page however many blank
    lines the header brings, each name is its paragraphs joined, and every table reads whole."""
    header = "\n\n".join(["Income", "(Numerator)", "   ", "Shares", "(Denominator)", "   ", "Per-Share", "Amount", " "])
    def table(year: int, income: str, shares: str, diluted: str) -> str:
        return (f"    Three Months Ended March 31, {year}  \n   \n\n{header}\n                   \n"
                f"Net income   $ {income}       {shares}     $ .02  \n                         \n"
                "Effect of dilutive securities                        \n    Options           1,481,742        \n"
                f"Net income per share with assumed conversions   $ {income}       {diluted}     $ .02  ")
    text = ("XML 15 R9.htm IDEA: XBRL DOCUMENT v2.4.1.9\n3. Earnings per Share\n3 Months Ended\nMar. 31, 2015\n"
            "Notes to Financial Statements  \n3. Earnings per Share\n\n"
            "Note 3 - The following table sets forth the calculation of basic and diluted earnings per share:\n\n \n\n"
            + table(2014, "438,755", "19,771,765", "21,253,507") + "\n\n \n\n"
            "The following table sets forth the same calculation for 2015:\n\n \n\n"
            + table(2015, "380,094", "20,098,087", "21,579,829"))
    assert detect(text).variant == WHITESPACE_ROWS
    first, second = refold.parse(text).tables
    for year, t in ((2014, first), (2015, second)):
        assert t.columns == eps_columns(f"Three Months Ended March 31, {year}")
    assert [(r.label, r.cells) for r in second.rows if any(r.cells)] == [
        ("Net income", ("$ 380,094", "20,098,087", "$ .02")), ("Options", ("", "1,481,742", "")),
        ("Net income per share with assumed conversions", ("$ 380,094", "21,579,829", "$ .02"))]


def test_a_header_line_whose_cells_empty_cells_part_is_the_header_not_a_section_row():
    """Rows a line, cells a space apart and empty cells U+00A0: the periods' line and the line of
    the stub's note, years and names (`(dollars in thousands) 2025 ␣ 2024 ␣ $ Change …`) end in
    empty cells as a section row does, but they are the header's cells; a row with blank cells
    keeps its values in their columns."""
    from refold.variants import header_line_cells

    nb = NBSP
    text = "\n".join([
        "Filing tables (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule",
        "The following table presents the amounts for the periods presented (in millions):",
        " ".join([nb] * 9),
        f"{nb} Three Months Ended June 30, {nb} {nb} {nb} Six Months Ended June 30, {nb} {nb} {nb}",
        f"(dollars in thousands) 2025 {nb} 2024 {nb} % Change {nb} 2025 {nb} 2024 {nb} % Change {nb}",
        f"Cost of revenue $ 15,491 {nb} $ 13,899 {nb} {nb} 11 % $ 30,368 {nb} $ 28,262 {nb} {nb} 7 %",
        f"Percentage of revenue {nb} 95 % {nb} 103 % {nb} {nb} {nb} {nb} 96 % {nb} 104 % {nb} {nb} {nb}",
    ])
    [table] = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert table.columns == tuple(f"{period} Months Ended June 30, {name}" for period in ("Three", "Six")
                                  for name in ("2025", "2024", "% Change"))
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Cost of revenue", ("$ 15,491", "$ 13,899", "11%", "$ 30,368", "$ 28,262", "7%")),
        ("Percentage of revenue", ("95%", "103%", "", "96%", "104%", ""))]
    assert header_line_cells(f"Average revenue per car 2025 2024 Change {nb} 2025 2024 Change {nb}") == [
        "Average revenue per car", "2025", "2024", "Change", "2025", "2024", "Change"]
    assert header_line_cells(f"{nb} Percent Change 2025 versus 2024 {nb}") == []  # a phrase, one name
    assert header_line_cells(f"Three Months Ended Jul 27, 2025 {nb} {nb} {nb}") == []  # a section row
    assert header_line_cells("The following table shows our loans at September 30, 2023 and December 31, "
                             f"2022 (in thousands): {nb}") == []  # a lead-in


def test_column_names_in_sentence_case_a_space_apart_part_at_their_capitals():
    """Rows a line, a header whose cells were written a space apart: names in sentence case, each
    opened by a capital, as many as the rows' values (and the stub's before them) are the
    columns; a title-case caption, a lead-in, a period or a label with `:` stays whole."""
    from refold.rows import split_row
    from refold.variants import spaced_names

    nb = NBSP
    rows = [f"Balance at April 1, 2025 $ (495) {nb} $ (241) {nb} $ 16 {nb} $ (720) {nb}",
            f"Other comprehensive income before reclassifications (2) {nb} 30 {nb} - {nb} 28 {nb}"]
    header = "Millions Defined benefit plans Foreign currency translation Unrealized gain on derivative instruments [a] Total"
    text = "\n".join(["Filing tables (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule",
                      "The following table presents the changes in accumulated other comprehensive loss:", header, *rows])
    [table] = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert table.columns == ("Defined benefit plans", "Foreign currency translation",
                             "Unrealized gain on derivative instruments [a]", "Total")
    assert table.rows[0].cells == ("$ (495)", "$ (241)", "$ 16", "$ (720)")

    def names(line: str) -> list[str]:
        split = [split_row(x) for x in [line, *rows]]
        return spaced_names(line, split, 0)
    assert names(header)
    assert not names("Reconciliation of the Statutory Federal Rate")  # title case: one caption
    assert not names("Costs Incurred for the Year:")
    assert not names("Other Assets (Long Term): (In millions)")
    assert not names("Three Months Ended June Total")


def test_a_label_under_a_rows_values_is_a_row_not_a_header_of_sentence_case_names():
    """`Expiring state NOL’s` between `  1.1` (the row before's values) and a row of two values:
    two capitals, as many as the values, yet a line under a row's values is the body's next
    label, not a header written a space apart."""
    text = "\n".join(["XML 40 R27.htm IDEA: XBRL DOCUMENT v3.20.1", "Income Taxes (Tables)", "12 Months Ended",
                      "Dec. 31, 2019", "Primary Factors Affecting Income Tax Rates",
                      "The primary factors affecting the Company’s income tax rates were as follows:", " ", "   ",
                      "2019", "  ", "2018", "Tax benefit at U.S. statutory rates", "   (21%)   (21%) ",
                      "Permanent differences", "   0.8  4.0", "Expiring state NOL’s", "       ",
                      "Changes in valuation allowance", "   29.1  20.6"])
    [table] = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert [r.label for r in table.rows] == ["Tax benefit at U.S. statutory rates", "Permanent differences",
                                             "Expiring state NOL’s", "Changes in valuation allowance"]


def test_a_stubs_note_then_a_year_for_each_column_is_the_header():
    """`Millions, except per share amounts, for the three months ended June 30, 2025 2024` over
    rows of two values: the stub's note, then the columns' years (the date's year among them)."""
    nb = NBSP
    text = "\n".join([
        "Filing tables (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule",
        "The following table presents the amounts for the periods presented (in millions):",
        "Millions, except per share amounts, for the three months ended June 30, 2025 2024",
        f"Operating revenues: {nb} {nb}", f"Freight revenues $ 5,843 {nb} $ 5,638 {nb}", f"Other revenues 311 {nb} 369 {nb}"])
    [table] = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert table.columns == ("2025", "2024")
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Operating revenues:", ("", "")), ("Freight revenues", ("$ 5,843", "$ 5,638")), ("Other revenues", ("311", "369"))]


def test_a_name_written_a_paragraph_a_line_may_end_in_a_unit_word():
    """`Number of` ␣ `shares` ␣␣␣ `Weighted` ␣ `average price` ␣ `per share`: `shares` reads
    as a unit alone, but it ends the first name; each run is one name."""
    from refold.rows import split_row
    from refold.variants import paragraph_names

    raws = ["   ", "", "Number of", "", "shares", "", "   ", "", "Weighted", "", "average price", "", "per share", "", " "]
    names = paragraph_names(raws, [split_row(r) for r in raws])
    assert [n for n in names.values() if n] == ["Number of shares", "Weighted average price per share"]
    units_only = ["   ", "", "Millions", "", "Shares", "", "   ", "", "Weighted", "", "Average", "", " "]
    assert "Millions Shares" not in paragraph_names(units_only, [split_row(r) for r in units_only]).values()


def test_a_mirrors_version_with_a_build_suffix_and_a_unit_under_the_last_date():
    """An IR mirror's page: its version carries a build suffix (`v3.24.1.1.u2`), which still ends
    the preamble; a unit name under the last date (`Model`) is that column's, since a row names
    it (`Number of model iterations | Model …`), not a section row."""
    text = ("Quarterly report pursuant to Section 13 or 15(d)\n\nSIGNIFICANT ACCOUNTING POLICIES - Narrative (Details)\n\n"
            "v3.24.1.1.u2\nSIGNIFICANT ACCOUNTING POLICIES - Narrative (Details)\n$ in Thousands\n"
            "3 Months Ended 12 Months Ended\nMar. 31, 2024\nUSD ($)\nMar. 31, 2023\nUSD ($)\nDec. 31, 2023\nModel\n"
            "Accounting Policies [Abstract]      \n"
            "Finite lived intangible assets amortization | $ $ 167 $ 336  \n"
            "Number of model iterations | Model 100,000   100,000")
    page = refold.parse(text)
    assert page.title == "SIGNIFICANT ACCOUNTING POLICIES - Narrative (Details)"
    [table] = page.tables
    assert table.columns == ("3 Months Ended Mar. 31, 2024 USD ($)", "3 Months Ended Mar. 31, 2023 USD ($)",
                             "12 Months Ended Dec. 31, 2023 Model")
    assert [r.label for r in table.rows] == ["Accounting Policies [Abstract]", "Finite lived intangible assets amortization | $",
                                             "Number of model iterations | Model"]


def test_a_markdown_mirrors_definitions_after_a_lone_pipe_line_are_definitions():
    """A markdown mirror writes each definition as `| X | ||||||||||`, a `| ` line, then the text:
    definitions, not rows of the report (`X`, `- Definition …`)."""
    text = ("| INTANGIBLE ASSET (Details) - USD ($) $ in Thousands | 12 Months Ended | |\n|---|---|---|\n"
            "| Dec. 31, 2023 | Dec. 31, 2022 | |\n| Intangible asset cost | $ 15,000 | $ 15,000 | \n"
            "| Accumulated amortization | (1,122) | (51) | \n"
            "| X | ||||||||||\n| \n- Definition The accumulated amortization of intangible assets. "
            "Reference 1: http://fasb.org/us-gaap/role/ref/legacyRef \n | ")
    page = refold.parse(text)
    assert page.variant == PIPE_SUFFIX
    [table] = page.tables
    assert [r.label for r in table.rows] == ["Intangible asset cost", "Accumulated amortization"]
    [definition] = page.definitions
    assert definition.text.startswith("The accumulated amortization of intangible assets.")


def test_an_option_table_whose_crawl_dropped_empty_cells_keeps_its_names_and_price_ranges():
    """Pipe-suffix, a block's table: five long column names a few lone `|` apart, then rows whose
    exercise prices are ranges under their `$` (`$ |` then `2.09 -12.00 |`): the names are the
    header, not section rows, and each range is one value, not the next row's label."""
    def cells(*values: str) -> list[str]:  # `$ 7.39`: the sign and its amount, one line each, no spacer between
        out: list[str] = []
        for v in values:
            out += ["|", "|", *(f"{part} |" for part in v.split(" ", 1))] if v.startswith("$ ") else ["|", "|", f"{v} |"]
        return out
    names = ["Options Outstanding Number of Shares", "Exercise Price per Share",
             "Weighted Average Remaining Contractual Life", "Aggregate Intrinsic Value",
             "Weighted Average Exercise Price per Share"]
    lines = ["Stock-based compensation (Tables) |", "9 Months Ended |", "Sep. 30, 2019 |",
             "Schedule of stock option activity |", "The following table summarizes the changes in the stock option plan:",
             "|", *(line for n in names for line in ("|", "|", f"{n} |")), "|",
             "Balance at December 31, 2018 |", *cells("1,259,415", "$ 2.09 -12.00", "2.50 years", "$ –", "$ 7.39"),
             "|", "Options Granted |", *cells("81,000", "$ 1.99", "3.0 years", "$ –", "$ 1.99"),
             "|", "Balance at September 30, 2019 |", *cells("1,340,415", "$ 1.99-12.00", "1.64 years", "$ –", "$ 7.23")]
    text = "\n".join(lines)
    assert detect(text).variant == PIPE_SUFFIX
    [table] = refold.parse(text).tables
    assert table.columns == tuple(names)
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Balance at December 31, 2018", ("1,259,415", "$ 2.09 -12.00", "2.50 years", "$ –", "$ 7.39")),
        ("Options Granted", ("81,000", "$ 1.99", "3.0 years", "$ –", "$ 1.99")),
        ("Balance at September 30, 2019", ("1,340,415", "$ 1.99-12.00", "1.64 years", "$ –", "$ 7.23"))]


def test_several_unit_names_under_a_date_are_that_columns_units():
    """Rows a line, a narrative details page: under a date, `USD ($)` then two more unit names
    (`Investor`, `Tranche`) before the next date: all the column's units, so the header goes on
    to the last date and every row keeps its columns."""
    header = ["Dec. 31, 2015", "USD ($)", "Sep. 30, 2014", "USD ($)", "Investor", "Tranche",
              "Dec. 31, 2010", "USD ($)", "Investor", "Dec. 31, 2016", "USD ($)"]
    text = "\n".join(["XML 65 R50.htm IDEA: XBRL DOCUMENT v3.6.0.2", "Debt and Credit Agreements - Narrative (Details)",
                      "12 Months Ended", *header, "Debt Instrument [Line Items]        ",
                      "Repayments of debt   $ 587 $ 604 $ 1,427 $ 12", "Number of tranches   2 3 4 5"])
    [table] = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert [c.split("Ended ")[-1] for c in table.columns] == [
        "Dec. 31, 2015 USD ($)", "Sep. 30, 2014 USD ($) Investor Tranche", "Dec. 31, 2010 USD ($) Investor",
        "Dec. 31, 2016 USD ($)"]
    assert [r.label for r in table.rows] == ["Debt Instrument [Line Items]", "Repayments of debt", "Number of tranches"]


def test_a_tables_names_a_cell_a_line_with_a_group_and_a_stub_label_before_them():
    """A cell a line, a block's table with no stub cell: `Payments due by Period` (over every
    column), `Contractual obligations (in thousands):` (the stub's label), then the three names
    straight before the first row's label: the header, not five section rows."""
    lines = ["Contractual Obligations (Tables)", "6 Months Ended", "Jun. 30, 2025", "Commitments [Abstract]  ",
             "Schedule of Contractual Obligations", "The following table presents our contractual obligations:",
             "Payments due by Period", "Contractual obligations (in thousands):", "Total", "Next 12 Months",
             "Beyond 12 Months", "Content obligations (1)", "$", "20,967,270", "$", "10,842,959", "$", "10,124,311",
             "Debt (2)", "18,432,396", "690,046", "17,742,350", "Total", "$", "39,399,666", "$", "11,533,005", "$",
             "27,866,661"]
    page = refold.parse("\n".join(lines))
    assert page.variant == LINE_PER_CELL
    [table] = page.tables
    assert table.columns == ("Payments due by Period Total", "Payments due by Period Next 12 Months",
                             "Payments due by Period Beyond 12 Months")
    assert table.caption == "Contractual obligations (in thousands):"
    assert [r.label for r in table.rows] == ["Content obligations (1)", "Debt (2)", "Total"]


@pytest.mark.parametrize("variant", [LINE_PER_CELL, PIPE_PREFIX])
def test_a_tables_names_a_cell_a_line_then_a_section_before_the_first_row(variant):
    """A block's debt table with no stub cell: five names a cell a line, `Senior Notes:` (a
    section), then the first row's label and five values. The names are the header; the section
    opens the rows."""
    inner = ["Interest Rate", "Effective Interest Rate", "Face Amount", "Balance as of March 31, 2025",
             "Balance as of December 31, 2024", "Senior Notes:", "Series P Notes, maturing October 1, 2025", "3.8", "%",
             "4.0", "%", "$", "350", "$", "350", "$", "349", "Series R Notes, maturing June 15, 2026", "3.1", "%",
             "3.3", "%", "750", "749", "749"]
    frame = ["Long-Term Debt (Tables)", "3 Months Ended", "Mar. 31, 2025", "Debt Disclosure [Abstract]",
             "Schedule of Long Term Debt", "We provide detail on our long-term debt balances in the following table:"]
    if variant == LINE_PER_CELL:
        text = "\n".join(frame + inner)
    else:
        text = "\n".join(["|", frame[0], *("|" + line for line in frame[1:-1]), "|", frame[-1], "($ in millions)",
                          *(line if line.startswith("Series") else "|" + line for line in inner)])
    page = refold.parse(text)
    assert page.variant == variant
    [table] = page.tables
    assert table.columns == tuple(inner[:5])
    assert rows_of(table) == [
        ["Senior Notes:", "", "", "", "", ""],
        ["Series P Notes, maturing October 1, 2025", "3.8%", "4.0%", "$ 350", "$ 350", "$ 349"],
        ["Series R Notes, maturing June 15, 2026", "3.1%", "3.3%", "750", "749", "749"]]


@pytest.mark.parametrize("variant", [LINE_PER_CELL, MIXED])
def test_a_label_wrapped_after_a_dash_or_a_connecting_word_is_one_label(variant):
    """A cell a line (all of it, or a mixed page's inner table): `Weighted-average common shares
    outstanding —` + `basic`, and `… PSUs, and the` + `Conversion Options` before the row's
    values: each one label, not a section row over a row labelled `basic`."""
    inner = ["Three Months Ended June 30,", "2025", "2024", "Net loss", "$", "(3,258", ")", "$", "(14,435", ")",
             "Weighted-average common shares outstanding —", "basic", "52,696", "51,005",
             "Dilutive effect of share equivalents resulting from stock options, RSUs, ESPP, PSUs, and the",
             "Conversion Options", "—", "—", "Net loss per share, basic and diluted", "$", "(0.06", ")", "$", "(0.28", ")"]
    frame = ["Net Loss Per Share (Tables)", "6 Months Ended", "Jun. 30, 2025", "Earnings Per Share [Abstract]  ",
             "Schedule of Earnings Per Share", "The following table presents the calculation of net loss per share:"]
    if variant == LINE_PER_CELL:
        text = "\n".join(frame + inner)
    else:
        text = "\n".join(["|", frame[0], "|6 Months Ended", "Jun. 30, 2025", "|Earnings Per Share [Abstract]",
                          f"|{frame[4]}", "|", frame[5], *inner])
    page = refold.parse(text)
    assert page.variant == variant
    [table] = page.tables
    assert [r.label for r in table.rows] == [
        "Net loss", "Weighted-average common shares outstanding — basic",
        "Dilutive effect of share equivalents resulting from stock options, RSUs, ESPP, PSUs, and the Conversion Options",
        "Net loss per share, basic and diluted"]


def test_labels_between_blank_lines_over_lines_of_spaced_amounts_are_rows():
    """A quarterly table whose labels sit between blank lines and whose amounts stand on a line
    of their own, runs of spaces apart: no line reader can part such a line, so the page reads
    as rows (each label with the amounts after it), however many blank lines it has."""
    text = ("XML 42 R42.htm IDEA: XBRL DOCUMENT v2.4.0.8\nQuarterly Data (Unaudited) (Tables)\n12 Months Ended\n"
            "Dec. 29, 2013\nQuarterly Financial Information Disclosure [Abstract]    \n"
            "Schedule of Quarterly Financial Information [Table Text Block]\n   \n\n"
            "FISCAL YEAR 2013\n\n \n   \n\nFIRST\n\nQUARTER\n\n   \n\nSECOND\n\nQUARTER\n\n   \n\nTHIRD\n\nQUARTER\n\n \n   \n\n"
            "(in thousands, except per share data)\n\n \n\n"
            "Net sales\n\n  $ 210,369     $ 243,483     $ 254,448  \n\nGross profit\n\n    71,252       86,233       91,753  \n")
    assert detect(text).variant == WHITESPACE_ROWS
    [table] = refold.parse(text).tables
    assert table.columns == ("FIRST QUARTER", "SECOND QUARTER", "THIRD QUARTER")
    assert [(r.label, r.cells) for r in table.rows] == [
        ("Net sales", ("$ 210,369", "$ 243,483", "$ 254,448")), ("Gross profit", ("71,252", "86,233", "91,753"))]


def test_a_stubs_note_then_a_date_for_each_column_is_the_header():
    """`Millions, except ratios for the trailing twelve months ended [1] Jun. 30, 2025 Dec. 31, 2024`
    over rows of two values: the stub's note, then a date for each column, a space apart."""
    from refold.variants import trailing_dates

    nb = NBSP
    text = "\n".join([
        "Filing tables (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule",
        "The following table presents the amounts for the periods presented (in millions):",
        "Millions, except ratios for the trailing twelve months ended [1] Jun. 30, 2025 Dec. 31, 2024",
        f"Debt $ 32,813 {nb} $ 31,192 {nb}", f"Net income $ 6,700 {nb} $ 6,747 {nb}"])
    [table] = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert table.columns == ("Jun. 30, 2025", "Dec. 31, 2024")
    assert [(r.label, r.cells) for r in table.rows] == [("Debt", ("$ 32,813", "$ 31,192")),
                                                         ("Net income", ("$ 6,700", "$ 6,747"))]
    assert trailing_dates("Balance at Jun. 30, 2025", 2) == []  # one date: a row's label, no header


def test_a_mixed_pages_row_label_wrapped_over_three_lines_is_one_label():
    """A mixed page's inner table, after its first values: `Dividends paid/payable to` +
    `shareowners of The Coca-Cola` + `Company ($0.51 per share)` then the row's values: one label
    (the second line continues the first in lower case, the third goes on from a wrapped label),
    not a section row over a row labelled `Company …`."""
    inner = ["Common Shares Outstanding", "Total", "Reinvested Earnings", "March 28, 2025", "4,304", "$", "27,754",
             "$", "77,189", "Comprehensive income (loss)", "—", "4,573", "3,810",
             "Dividends paid/payable to", "shareowners of The Coca-Cola", "Company ($0.51 per share)", "—", "(2,196)",
             "(2,196)", "June 27, 2025", "4,304", "$", "30,182", "$", "78,803"]
    text = "\n".join(["|", "Equity (Tables)", "|3 Months Ended", "Jun. 27, 2025", "|Equity [Abstract]",
                      "|Schedule of Equity", "|", "The following table presents the changes in equity:", *inner])
    page = refold.parse(text)
    assert page.variant == MIXED
    [table] = page.tables
    assert [r.label for r in table.rows] == [
        "March 28, 2025", "Comprehensive income (loss)",
        "Dividends paid/payable to shareowners of The Coca-Cola Company ($0.51 per share)", "June 27, 2025"]


def test_a_stub_caption_with_its_scale_note_on_one_line_is_header_not_a_row():
    """A `(Tables)` page, rows a line: `Other Assets (Long Term): (In millions)` under the dates
    is the stub's caption and the scale note (pipe-prefix writes them as two cells), no section
    row; the caption is no lead-in either. Without its `:` the text may head rows: kept whole."""
    from refold.variants import scale_note_apart
    text = ("XML 30 R21.htm IDEA: XBRL DOCUMENT v3.25.2\nBalance Sheet Components (Tables)\n6 Months Ended\n"
            "Jul. 27, 2025\nBalance Sheet Components [Abstract]  \nSchedule of Other Assets\n"
            "The following table shows other assets:\n"
            "\u00a0\u00a0\u00a0\n  Jul 27, 2025   Jan 26, 2025\n\u00a0\u00a0\u00a0\n"
            "Other Assets (Long Term): (In millions)\n"
            "Prepaid royalties $ 327     $ 340  \nOther 272     201  \nTotal other assets $ 599     $ 541  \n")
    [table] = refold.parse(text).tables
    assert table.columns == ("Jul 27, 2025", "Jan 26, 2025")
    assert [r.label for r in table.rows] == ["Prepaid royalties", "Other", "Total other assets"]
    assert scale_note_apart("Inventories: (In millions)") == ["Inventories:", "(In millions)"]
    assert scale_note_apart("Definite-lived intangible assets(in thousands)") is None
    assert scale_note_apart("Sublease income (1)") is None


def test_a_mirrors_title_line_keeps_a_per_share_scale_with_its_units():
    """A markdown mirror writes the title, its units and its scale on one line
    (`… (Details) - USD ($) $ / shares in Units, $ in Millions |`): the per-share scale is a unit
    line as `$ in Millions` is, not the title's end."""
    page = refold.parse("Taxes (Details) - USD ($) $ / shares in Units, $ in Millions |\n"
                        "12 Months Ended | |||\n---|---|---|\nDec. 31, 2017 |\nDec. 31, 2016 |\n|\n"
                        "Excess tax benefit | $ 24 | $ 40 |\nExcess tax benefit per share | $ 0.04 | $ 0.07 |\n")
    assert page.variant == PIPE_SUFFIX
    assert page.title == "Taxes (Details)"
    assert page.units == "USD ($) $ / shares in Units, $ in Millions"


def test_title_case_names_a_space_apart_over_an_empty_stub_are_the_header():
    """A whitespace-rows `(Tables)` page: `  Cost Estimated Fair Value` (leading spaces: the
    stub's empty cell) straight over rows of two values. Capitals do not part title-case names,
    so the words are grouped into two, a name opening on a modifier (`Estimated`); each run wide
    gaps part takes as many names (`Trading Securities Available-for-Sale Securities` under each
    date); an owner's name keeps its words (`… of The Coca-Cola Company`, `Noncontrolling
    Interests`, `Total`)."""
    def page(*lines):
        return "\n".join(["Filing tables (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule",
                          "The following table presents the amounts (in millions):", "      ", *lines])
    table = only_table(page("  Cost Estimated Fair Value", "Within 1 year $ 406   $ 406  ", "After 1 year 1,365   1,311  ",
                            "Total $ 1,771   $ 1,717  "), WHITESPACE_ROWS)
    assert list(table.columns) == ["Cost", "Estimated Fair Value"] and table.rows[0].label == "Within 1 year"
    table = only_table(page("  June 27, 2025   December 31, 2024",
                            "  Trading Securities Available-for-Sale Securities   Trading Securities Available-for-Sale Securities",
                            "Marketable securities $ 49   $ 1,557     $ 45   $ 1,260  ", "Other assets —   366     —   371  "),
                       WHITESPACE_ROWS)
    assert list(table.columns) == ["June 27, 2025 Trading Securities", "June 27, 2025 Available-for-Sale Securities",
                                   "December 31, 2024 Trading Securities", "December 31, 2024 Available-for-Sale Securities"]
    table = only_table(page("  Six Months Ended June 27, 2025",
                            "  Shareowners of The Coca-Cola Company Noncontrolling Interests Total",
                            "Consolidated net income $ 7,140   $ (2)   $ 7,138  ", "Other 1,643   79   1,722  "),
                       WHITESPACE_ROWS)
    assert [c.replace("Six Months Ended June 27, 2025 ", "") for c in table.columns] == [
        "Shareowners of The Coca-Cola Company", "Noncontrolling Interests", "Total"]


def test_a_stub_name_and_long_column_names_wide_gaps_apart_are_the_header():
    """An issuer repurchase table in whitespace-rows: `Period   Total Number of Shares Purchased
    (1)   Average Price Paid per Share (2)   …`, one name more than the rows' values (the
    stub's), wide gaps apart; a name's note mark `(1)` is no value."""
    text = "\n".join([
        "Filing tables (Tables)", "3 Months Ended", "Mar. 31, 2025", "Schedule",
        "The following table presents the amounts (in millions):", "      ",
        "Period   Total Number of Shares Purchased (1)   Average Price Paid per Share (2)   Approximate Dollar Value of"
        " Shares that May Yet Be Purchased Under the Program (1)",
        "April 1 - 30, 2025   784,964     $ 939.88     $ 12,869,605  ", "May 1 - 31, 2025   390,471     $ 1,162.69     $ 12,415,607  "])
    table = only_table(text, WHITESPACE_ROWS)
    assert list(table.columns) == ["Total Number of Shares Purchased (1)", "Average Price Paid per Share (2)",
                                   "Approximate Dollar Value of Shares that May Yet Be Purchased Under the Program (1)"]
    assert [r.label for r in table.rows] == ["April 1 - 30, 2025", "May 1 - 31, 2025"]


def test_a_label_wrapped_inside_a_company_name_goes_on():
    """line-per-cell: `Dividends paid/payable to` + `shareowners of The Coca-Cola` + `Company
    ($0.51 per share)`, and `… attributable to shareowners of The Coca-Cola` + `Company`: the
    name's last word (with a per-share note) ends the label; a row label after a section's
    title-case heading, or a lone `Company` after a label in title case, does not."""
    from refold.variants import _wraps

    assert _wraps(["Dividends paid/payable to", "shareowners of The Coca-Cola"], "Company ($0.51 per share)")
    assert _wraps(["Other comprehensive income (loss) attributable to shareowners of The Coca-Cola"], "Company")
    assert not _wraps(["Shareowners of The Coca-Cola"], "Company ($0.51 per share)")  # not wrapped before
    assert not _wraps(["Net Sales By Operating Segment"], "Company")
    assert not _wraps(["Other comprehensive income:"], "Company")
    text = "\n".join(["Equity (Tables)", "6 Months Ended", "Jun. 27, 2025", "Equity [Abstract]", "Equity",
                      "The following table shows the changes (in millions):", "Balance", "$", "27,754", "$", "1,552",
                      "Dividends paid/payable to", "shareowners of The Coca-Cola", "Company ($0.51 per share)", "(2,196)", "—",
                      "Other comprehensive income (loss) attributable to shareowners of The Coca-Cola", "Company", "422", "39"])
    table = refold.parse(text, variant="line-per-cell").tables[-1]
    assert [r.label for r in table.rows][-2:] == [
        "Dividends paid/payable to shareowners of The Coca-Cola Company ($0.51 per share)",
        "Other comprehensive income (loss) attributable to shareowners of The Coca-Cola Company"]


def test_rows_glued_to_their_labels_among_cells_one_a_line_are_rows():
    """A `(Tables)` page whose first table is written a cell a line and whose second a row a line
    with each label glued to its values (`Interest costs charged to expense$2,267 $1,305 $1,168`)
    under glued years (`202020192018`): the second table's rows and years are read too."""
    text = "\n".join([
        "XML 42 R25.htm IDEA: XBRL DOCUMENT v3.20.4", "POLICIES (Tables)", "12 Months Ended", "Dec. 31, 2020",
        "Policies [Abstract]  ", "Schedule of Estimated Useful Lives Useful lives are as follows:",
        "Machinery and equipment", "3 \u2013 10 years", "Motor vehicles", "5 years", "",
        "Schedule of Interest Expenses Incurred Total interest incurred is noted below:", "Year Ended December 31,",
        "202020192018", "Interest costs charged to expense$2,267 $1,305 $1,168 ",
        "Plus: Interest cost capitalized246 575 562 ", "Total$2,513 $1,880 $1,730"])
    table = refold.parse(text, variant=LINE_PER_CELL).tables[-1]  # (the crawled page, longer, detects so)
    assert list(table.columns) == ["Year Ended December 31, 2020", "Year Ended December 31, 2019",
                                   "Year Ended December 31, 2018"]
    assert rows_of(table) == [
        ["Interest costs charged to expense", "$2,267", "$1,305", "$1,168"],
        ["Plus: Interest cost capitalized", "246", "575", "562"], ["Total", "$2,513", "$1,880", "$1,730"]]


def test_title_case_names_straight_after_a_lead_in_hold_the_stubs_name_first():
    """An IR mirror's rows page: `… are as follows (in thousands):`, then `Year Ending Term Loan
    Revolving Facility Total` over rows of three values (no empty stub before it): the stub's
    name first, then the three columns' names (`Ending` opens no name, `Term Loan` is one), not a
    row of text; one header row off one line, so the first name is the stub's, no level over the
    columns (`header.stub_name_on_the_names_line`)."""
    text = "\n".join([
        "Quarterly report pursuant to Section 13 or 15(d)", "", "Debt", "", "v3.23.2", "Debt", "6 Months Ended",
        "Jun. 30, 2023", "Debt Disclosure [Abstract]  ", "Debt Debt",
        "Borrowings under our term loan and revolving facility mature in October 2025 as the agreement says.", "",
        "Future required term loan and revolving facility payments as of June 30, 2023 are as follows (in thousands):",
        "", "Year Ending Term Loan Revolving Facility Total", "Remainder of 2023 $ 5,000  $ \u2014  $ 5,000 ",
        "2024 10,000  \u2014  10,000 ", "     Total $ 95,000  $ 282,000  $ 377,000 "])
    table = refold.parse(text).tables[-1]
    assert [r.label for r in table.rows] == ["Remainder of 2023", "2024", "Total"]
    assert list(table.columns) == ["Term Loan", "Revolving Facility", "Total"]


def test_period_phrases_glued_on_one_line_and_a_decimal_glued_to_its_label():
    """A whitespace-rows page of text blocks whose cells the store glued together: `For the Three
    Months Ended March 31,For the Six Months Ended March 31,` over `2023202220232022` names four
    columns, two under each period; `Finance Leases7.0` after `Weighted-average remaining lease
    term (years):` is a label and its one value, as the rows under it have one."""
    text = "\n".join([
        "XML 53 R44.htm IDEA: XBRL DOCUMENT v3.23.1", "LEASES (Tables)", "6 Months Ended", "Mar. 31, 2023",
        "Leases [Abstract]  ", "Components of Operating Lease Cost Components of operating lease costs are as follows:",
        "For the Three Months Ended March 31,For the Six Months Ended March 31,", "2023202220232022",
        "Fixed$11,373 $9,906 $22,667 $19,653 ", "Total$16,463 $13,076 $32,733 $26,024 ",
        "Average lease terms and discount rates at March 31, 2023 were as follows:",
        "Weighted-average remaining lease term (years):", "    Finance Leases7.0", "Weighted-average discount rate:",
        "    Operating Leases5.76 %", "    Finance Leases5.55 %"])
    first, second = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert first.columns == ("For the Three Months Ended March 31, 2023", "For the Three Months Ended March 31, 2022",
                             "For the Six Months Ended March 31, 2023", "For the Six Months Ended March 31, 2022")
    assert rows_of(second)[1] == ["Finance Leases", "7.0"]


def test_a_notes_number_in_brackets_a_line_each_and_a_sentence_broken_at_its_facts():
    """An IDEA crawl a cell a line: the block's label, then `(` `5` `)` `Inventories` (the note's
    heading, its number and brackets a line each), the prose, the table, and a sentence the crawl
    broke at each fact tagged in it (`… totaled approximately` `$1,000` `and` `$19,000` `for the`
    `three` `months ended` …). The heading opens the block (no table of `5` and `)`), and the broken
    sentence is one paragraph of the block's prose, not rows whose values are its facts."""
    text = "\n".join([
        "XML 21 R10.htm IDEA: XBRL DOCUMENT v3.7.0.1", "Note 5 - Inventories", "6 Months Ended", "Jun. 30, 2017",
        "Notes to Financial Statements  ", "Inventory Disclosure [Text Block]", "(", "5", ")", "Inventories", " ",
        "Inventories are stated at the lower of cost or net realizable value using the average cost method. "
        "Inventories consist of the following (in thousands):", "  ", " ", " ", "June 30, 2017", " ", " ",
        "December 31, 2016", " ", "Raw materials", "  $", "62", "     ", "59", " ", "Finished goods", "   ", "115",
        "     ", "76", " ", "Total", "  $", "177", "     ", "135", " ", " ",
        "Charges to cost of goods sold for inventory write-downs and expired inventories totaled approximately",
        "$1,000", "and", "$19,000", "for the", "three", "months ended", "June 30, 2017", "and", "2016,", "respectively."])
    page = refold.parse(text, variant=LINE_PER_CELL)
    [table] = page.tables
    assert table.columns == ("June 30, 2017", "December 31, 2016")
    assert [r.label for r in table.rows] == ["Raw materials", "Finished goods", "Total"]
    [block] = page.text_blocks
    assert block.prose[-1] == ("Charges to cost of goods sold for inventory write-downs and expired inventories totaled "
                               "approximately $1,000 and $19,000 for the three months ended June 30, 2017 and 2016, "
                               "respectively.")


def test_names_glued_to_a_scale_note_and_to_each_other_and_values_glued_to_labels():
    """An IDEA (Tables) page rows a line: `(in millions)GBSGISTotal Reportable SegmentsAll OtherTotal`
    over rows of five values (the stub's scale note, two segments' acronyms glued together, then
    names: each apart), and, under `(in millions)December 31, 2021December 31, 2020…`, rows whose
    first value is glued to the label in every row (`Interest expense(38)(82)(161)(284)`): the
    header's four dates tell the row has four values, its label no `(38)`."""
    text = "\n".join([
        "XML 61 R48.htm IDEA: XBRL DOCUMENT v3.22.0.1", "Segment Information (Tables)", "9 Months Ended",
        "Dec. 31, 2021", "Segment Reporting [Abstract]  ", "Operating Results by Reportable Segment",
        "The following table summarizes operating results by reportable segment:", "",
        "(in millions)GBSGISTotal Reportable SegmentsAll OtherTotal", "Three Months Ended December 31, 2021",
        "Revenues$1,946 $2,143 $4,089 $— $4,089 ", "Segment profit$315 $102 $417 $(62)$355 ",
        "Reconciliation of Segment Profit",
        "The following table reconciles segment profit to income before taxes:", "",
        "(in millions)December 31, 2021December 31, 2020December 31, 2021December 31, 2020",
        "All other loss(62)(61)(203)(179)", "Interest expense(38)(82)(161)(284)",
        "Restructuring costs(36)(104)(248)(441)"])
    first, second = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert first.columns == ("GBS", "GIS", "Total Reportable Segments", "All Other", "Total")
    assert first.rows[1].cells == ("$1,946", "$2,143", "$4,089", "$—", "$4,089")
    assert [(r.label, r.cells[0]) for r in second.rows] == [
        ("All other loss", "(62)"), ("Interest expense", "(38)"), ("Restructuring costs", "(36)")]


def test_a_schedule_label_in_sentence_case_over_a_lead_in_opens_the_next_block():
    """Cells between blank lines, a (Tables) page: a table's last values, an empty cell, then
    `Schedule of company's stock option activity` (the next XBRL table block's label, in sentence
    case) and its lead-in: the next block's label, not a row of the table above."""
    text = "\n\n".join([
        "XML 21 R50.htm IDEA: XBRL DOCUMENT v3.20.1\nStock-based compensation (Tables)\n12 Months Ended\nDec. 31, 2019"
        "\nStock-based compensation  \nSchedule of significant weighted average assumptions",
        " ", "2019", " ", "2018", " ", "Risk free interest rate", " ", "2.11", "%  ", "2.05", "%",
        "Expected dividend yield", " ", "2.44", "%  ", "2.62", "%", " ",
        "Schedule of company's stock option activity",
        "A summary of the Company’s stock option activity for the year ended December 31, 2019 is as follows:",
        " ", "2019", " ", "Outstanding at beginning of period", " ", "10,830", "Granted", " ", "9,868"])
    first = refold.parse(text, variant=BLANK_LINE).tables[0]
    assert [r.label for r in first.rows] == ["Risk free interest rate", "Expected dividend yield"]


def test_a_labels_aside_on_a_line_of_its_own_goes_on_with_the_label():
    """An IDEA (Tables) page rows a line: each note's name, then its aside on a line of its own
    (`(discount is based on imputed interest rate of 10.99%)`, a line break in the cell), then
    the row's amounts: the aside is the label's second line, its rate no value, and the wrapped
    names above read as the header's four columns, not as rows."""
    text = "\n".join([
        "XML 47 R35.htm IDEA: XBRL DOCUMENT v3.24.3", "Notes and Other Debt (Tables)", "9 Months Ended",
        "Sep. 30, 2024", "Long-Term Debt, Unclassified [Abstract]  ", "Schedule of Notes and Other Debt",
        "Notes and other debt at September 30, 2024 and December 31, 2023 consisted of the following:",
        "June 30, 2024December 31, 2023", "(Thousands)Principal", "Unamortized", "Discount and", "Issuance Costs",
        "Principal", "Unamortized", "Discount and", "Issuance Costs",
        "Senior notes - 7.25% due March 15, 2029", "(discount is based on imputed interest rate of 7.61%)",
        "$1,500,000 $(20,110)$1,500,000 $(23,400)",
        "Term loan, variable rate, due May 1, 2027", "(discount is based on imputed interest rate of 9.02%)",
        "400,000 (3,215)420,000 (4,002)",
        "Total$1,900,000 $(23,325)$1,920,000 $(27,402)"])
    table = refold.parse(text, variant=WHITESPACE_ROWS).tables[0]
    assert [(r.label, r.cells[0]) for r in table.rows] == [
        ("Senior notes - 7.25% due March 15, 2029 (discount is based on imputed interest rate of 7.61%)", "$1,500,000"),
        ("Term loan, variable rate, due May 1, 2027 (discount is based on imputed interest rate of 9.02%)", "400,000"),
        ("Total", "$1,900,000")]
    assert table.columns[0].endswith("Principal")  # (the stub's scale note glued to it stays on it)
    assert table.columns[1:] == ("June 30, 2024 Unamortized Discount and Issuance Costs",
                                 "December 31, 2023 Principal", "December 31, 2023 Unamortized Discount and Issuance Costs")


def test_a_caption_under_the_header_dates_over_a_scale_note_keeps_the_header():
    """Cells between blank lines: `Three months ended` `Six months ended` over four `June 30,`
    `2019` dates, then `Allowance for obsolete inventories:` and `(in thousands)` before the
    rows: the stub's caption under the header, not a lead-in to a header of its own (which
    left the four columns unnamed)."""
    text = "\n".join([
        "XML 23 R12.htm IDEA: XBRL DOCUMENT v3.19.2", "Inventories", "6 Months Ended", "Jun. 30, 2019",
        "Inventory Disclosure [Abstract]  ", "Inventories Inventories", "",
        "The changes in the allowance for obsolete inventories are as follows:", "  ", "Three months ended", " ",
        "Six months ended", " ", "June 30,", "2019", " ", "June 30,", "2018", " ", "June 30,", "2019", " ",
        "June 30,", "2018", "Allowance for obsolete inventories:", "(in thousands)",
        "Balance, beginning of period", "$", "1,467", "", " ", "$", "1,109", "", " ", "$", "1,110", "", " ", "$", "1,018",
        "", "Provisions for obsolete inventories", "696", "", " ", "117", "", " ", "1,053", "", " ", "218"])
    table = refold.parse(text, variant=BLANK_LINE).tables[0]
    assert table.columns == ("Three months ended June 30, 2019", "Three months ended June 30, 2018",
                             "Six months ended June 30, 2019", "Six months ended June 30, 2018")
    assert table.rows[-1].cells == ("696", "117", "1,053", "218")


def test_a_labels_end_written_after_the_rows_values_goes_on_with_it():
    """An IDEA page rows a line: `Provision for (recoveries of) excess and794 (72)1,458 148`, then
    `     obsolete inventories` (the label cell's second line, written after the values): the
    label breaks off on `and`, so the lower-case line ends it, no row of its own."""
    text = "\n".join([
        "XML 21 R11.htm IDEA: XBRL DOCUMENT v3.23.2", "Inventories", "6 Months Ended", "Jun. 30, 2023",
        "Inventory Disclosure [Abstract]  ", "Inventories Inventories",
        "The changes in the allowance for obsolete inventories are as follows:", "",
        "  Three Months EndedSix Months Ended", " June 30,", "2023", "June 30,", "2022", "June 30,", "2023",
        "June 30,", "2022", "Allowance for obsolete inventories:(in thousands)",
        "Balance, beginning of period$4,648 $2,107 $4,427 $1,687 ",
        "Provision for (recoveries of) excess and694 (62)1,358 138 ", "     obsolete inventories",
        "Inventories written off(61)(164)(404)(34)"])
    table = refold.parse(text, variant=WHITESPACE_ROWS).tables[0]
    assert [r.label for r in table.rows if any(r.cells)] == [
        "Balance, beginning of period", "Provision for (recoveries of) excess and obsolete inventories",
        "Inventories written off"]


def test_a_blocks_heading_that_writes_the_labels_dash_otherwise_opens_the_block():
    """An IDEA page whose block is written in paragraphs (blank lines between cells, a line of a
    space for each spacer): the label `Schedule II - Valuation and Qualifying Accounts`, then the
    note's heading with an en dash (`Schedule II – …`), then the schedule's names and rows. The
    heading repeats the label (a dash is one mark however written), so the block opens there and
    its names head the schedule, not rows of the report."""
    text = "\n".join([
        "XML 53 R15.htm IDEA: XBRL DOCUMENT v2.4.0.8", "Schedule II - Valuation and Qualifying Accounts",
        "12 Months Ended", "Dec. 31, 2013", "Notes  ", "Schedule II - Valuation and Qualifying Accounts", "",
        "Schedule II – Valuation and Qualifying Accounts", "", " ", "", "     Classification", "", " ", "",
        "Balance at Beginning of Year", "", " ", "", "Additions Charged to Expenses", "", " ", "", "Deductions", "",
        " ", "", "Balance at End of Year", "", " ", "", " ", "", " ", "", " ", "", " ", "",
        "Year ended December 31, 2013:", "", " ", "", " ", "", " ", "", " ", "",
        "Allowance for doubtful accounts", "", " ", "", "$160,000", "", "$ 12,248", "", "$12,248", "", "$160,000", "",
        " ", "", " ", "", " ", "", " ", "",
        "Inventory valuation allowance", "", " ", "", "$ 540,000", "", "$ 131,380", "", "$117,380", "", "$ 554,000"])
    page = refold.parse(text, variant=BLANK_LINE)
    table = page.tables[-1]
    assert table.columns == ("Balance at Beginning of Year", "Additions Charged to Expenses", "Deductions",
                             "Balance at End of Year")
    assert table.rows[-1].cells == ("$ 540,000", "$ 131,380", "$117,380", "$ 554,000")


def test_a_page_cut_before_its_title_opens_on_its_tables_names():
    """One cell a line, the crawl cut before the title and the periods: the page opens on four
    column names, then `Balance at January 1, 2016` and four amounts (a negative's `)` on a line
    of its own). The first line is a column's name, not the page's title."""
    text = "\n".join([
        "Change in Fair Value of Financial Instruments (1)", "Foreign Currency Translation Adjustments",
        "Postretirement Benefit Obligation (2)", "Total", "Balance at January 1, 2016", "$", "(18", ")", "$", "(336",
        ")", "$", "(2,781", ")", "$", "(3,135", ")", "Tax benefit (expense)", "2", "30", "(8", ")", "24"])
    page = refold.parse(text, variant=LINE_PER_CELL)
    table = page.tables[0]
    assert table.columns == ("Change in Fair Value of Financial Instruments (1)", "Foreign Currency Translation Adjustments",
                             "Postretirement Benefit Obligation (2)", "Total")
    assert [r.label for r in table.rows] == ["Balance at January 1, 2016", "Tax benefit (expense)"]
    assert page.title != "Change in Fair Value of Financial Instruments (1)"


def test_sections_led_in_by_dates_under_one_header_stay_one_table():
    """An IDEA page rows a line: `Level 1` … `Total` over `December 31, 2011:` `Available for
    sale securities:` and a row, then `December 31, 2010:` and the same lead-ins and row. The
    lead-ins (ending `:`) are the rows' sections, no column names written again: one table."""
    text = "\n".join([
        "XML 58 R32.htm IDEA: XBRL DOCUMENT v2.4.0.6", "FAIR VALUE MEASUREMENTS (Tables)", "12 Months Ended",
        "Dec. 31, 2011", "Fair Value Hierarchy for Financial Assets Measured at Fair Value on a Recurring Basis",
        "The following table represents the fair value hierarchy for our financial assets (in thousands):", " ",
        "   ", "Level 1", "   ", "Level 2", "   ", "Level 3", "   ", "Total", " ", " " * 25, "December 31, 2011:",
        " " * 23, "Available for sale securities:", " " * 23, "Money market funds(1)",
        "  $ 9,337     $     $     $ 9,337  ", " " * 33, "December 31, 2010:", " " * 31,
        "Available for sale securities:", " " * 31, "Money market funds(1)", "  $ 39,183     $     $     $ 39,183  ", " "])
    tables = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert len(tables) == 1
    assert tables[0].columns == ("Level 1", "Level 2", "Level 3", "Total")
    assert [r.label for r in tables[0].rows][3:] == ["December 31, 2010:", "Available for sale securities:",
                                                    "Money market funds(1)"]


def test_a_text_column_glued_to_its_labels_and_its_name_to_the_date():
    """An IDEA page rows a line, its cells' spaces lost: `Classification on the Balance
    SheetSeptember 30, 2019` names a column of texts and the date's; each row glues its text to
    its label where a lower-case letter runs into a capital (`Operating lease assetsOperating
    right-of-use assets$30,054`); a row with no text there (`Total lease assets40,609`) leaves it
    empty."""
    text = "\n".join([
        "XML 19 R26.htm IDEA: XBRL DOCUMENT v3.19.3", "Leases (Tables)", "9 Months Ended", "Sep. 30, 2019",
        "Leases [Abstract]  ", "Assets And Liabilities, Leases", "Lease-related assets and liabilities consisted of the following:",
        "Classification on the Balance SheetSeptember 30, 2019", "ASSETS",
        "Operating lease assetsOperating right-of-use assets$31,054  ",
        "Finance lease assetsProperty, plant and equipment, net11,555  ", "Total lease assets42,609  ", "LIABILITIES",
        "Current", "OperatingOperating lease liabilities$6,522  ", "FinanceCurrent portion of finance leases624  "])
    table = refold.parse(text, variant=WHITESPACE_ROWS).tables[0]
    assert table.columns == ("Classification on the Balance Sheet", "September 30, 2019")
    rows = {r.label: r.cells for r in table.rows}
    assert rows["Operating lease assets"] == ("Operating right-of-use assets", "$31,054")
    assert rows["Total lease assets"] == ("", "42,609")
    assert rows["Finance"] == ("Current portion of finance leases", "624")


def test_instants_glued_on_a_line_head_the_rows_after_them():
    """An IDEA (Tables) page rows a line: after a table's rows, `As of September 30, 2020As of
    December 31, 2019` (two instants glued) heads the rows under it, each value under its
    instant, not a row of its own."""
    text = "\n".join([
        "XML 70 R30.htm IDEA: XBRL DOCUMENT v3.20.2", "Leases (Tables)", "9 Months Ended", "Sep. 30, 2020",
        "Leases [Abstract]  ", "Other information related to leases",
        "Nine Months Ended September 30, 2020Nine Months Ended September 30, 2019",
        "Operating cash flows from finance leases$81,727 $79,040 ", "Financing cash flows from finance leases74,346 62,685 ",
        "As of September 30, 2020As of December 31, 2019", "Weighted-average remaining lease term - finance leases (2)",
        "14 years15 years", "Finance lease assets (3)", "$1,551,296 $1,277,514 "])
    tables = refold.parse(text, variant=WHITESPACE_ROWS).tables
    assert tables[-1].columns == ("As of September 30, 2020", "As of December 31, 2019")
    assert {r.label: r.cells for r in tables[-1].rows}["Finance lease assets (3)"] == ("$1,551,296", "$1,277,514")


def test_rows_page_range_of_rates_written_with_a_spaced_dash_is_one_value():
    """`Risk free interest rate     0.88 – 0.90 %` among rows of one value (an IDEA page's table
    with no header): the range is the row's value, not three (`0.88`, a nil, `0.90%`) with two
    left unplaced, nor the table's column name."""
    text = ("XML 28 R11.htm IDEA: XBRL DOCUMENT v2.4.0.8\n3. Stock Based Compensation (Tables)\n3 Months Ended\n"
            "Mar. 31, 2014\nNotes to Financial Statements  \nBlack-Scholes option pricing model assumptions\n"
            "Risk free interest rate     0.88 – 0.90 %\nDividend yield     0 %\nExpected term   5 years  \n"
            "Expected volatility     62.8 %\n")
    table = only_table(text, WHITESPACE_ROWS, all_placed=True)
    assert rows_of(table) == [["Risk free interest rate", "0.88 – 0.90%"], ["Dividend yield", "0%"],
                              ["Expected term", "5 years"], ["Expected volatility", "62.8%"]]


def test_rows_page_values_a_spaced_dash_apart_stay_apart_where_the_rows_hold_as_many():
    """`Revenue growth 5.0 - 7.0` where the rows around hold three values: a nil between two
    values, no range."""
    text = ("XML 28 R11.htm IDEA: XBRL DOCUMENT v3.24.1\nRates (Details)\n12 Months Ended\n"
            "Dec. 31, 2024 Dec. 31, 2023 Dec. 31, 2022\nStatutory rate 21.0 21.0 21.0\n"
            "Revenue growth 5.0 - 7.0\nOther rate 1.5 2.5 3.5\n")
    table = only_table(text, WHITESPACE_ROWS)
    assert ["Revenue growth", "5.0", "-", "7.0"] in rows_of(table)


def test_line_per_cell_names_written_a_word_a_line_between_spacer_lines_are_one_name_each(shared):
    """A filing's table written a cell a line, a line of spaces for each empty cell: the
    header's names broken a word or two a line (`Unpaid` `Principal` `Balance` ␣ `Unused`
    `Committed` `Amount (1)` …), a spacer between names, are one name each, not words to
    regroup by the rows' width (Tesla's debt table from the 10-Q, as line-per-cell)."""
    import gzip

    from refold.flatten import flatten, note_pages
    from refold.htmlread import read_html

    doc = gzip.decompress(next((shared / "html" / "filings").glob("tsla-*.gz")).read_bytes()).decode("utf-8")
    page = [p for p in note_pages(doc) if "RCF Credit Agreement" in p][-1]
    [expected] = read_html(page).tables
    parsed = refold.parse(flatten(page, LINE_PER_CELL))
    assert parsed.variant == LINE_PER_CELL
    [table] = parsed.tables
    assert table.columns == expected.columns
    assert [(r.label, r.cells) for r in table.rows] == [(r.label, r.cells) for r in expected.rows]


def test_rows_page_names_opened_by_indented_lines_are_one_name_each():
    """An IDEA (Tables) page whose header names each open on a line indented by spaces (the
    spacer cells before the cell) and go on flush left (the cell's line breaks): one name a run
    of lines, four names over four values, not one name of all their words."""
    text = ("XML 50 R23.htm IDEA: XBRL DOCUMENT v2.4.0.6\nStockholders' Equity (Tables)\n12 Months Ended\n"
            "Dec. 31, 2012\nStockholders' Equity Note [Abstract]  \nSummary of Option Activity\n\n"
            "Option activity for the years ended December 31, 2012 and 2011 was as follows:\n\n \n\n"
            "    Shares\nSubject to\nOptions\n    Weighted\nAverage\nExercise Price\nPer Share\n    Weighted\n"
            "Average\nRemaining\nContractual\nLife\n    Aggregate\nIntrinsic\nValue \n(in millions)\n \n"
            "                         \n"
            "Outstanding, January 1, 2011     7,365,000     $ .67       2.1     $ -  \n"
            "Forfeited / Expired     (392,000 )     .89                  \n"
            "Outstanding, December 31, 2011     9,036,000     $ .72       3.2     $ 1.4  \n")
    table = only_table(text, WHITESPACE_ROWS)
    assert table.columns == ("Shares Subject to Options", "Weighted Average Exercise Price Per Share",
                             "Weighted Average Remaining Contractual Life", "Aggregate Intrinsic Value (in millions)")
    assert rows_of(table)[0] == ["Outstanding, January 1, 2011", "7,365,000", "$ .67", "2.1", "$ -"]


def test_rows_page_header_stacked_row_by_row_with_empty_cells_as_spaces():
    """An IDEA page's header written row by row, each row a line whose runs of spaces are its
    empty cells (`          Weighted     Weighted     Average`): a piece's cell tells its column,
    each column's pieces top down its name; the first row leaves the last column blank, a later
    row fills all four (no value left unplaced)."""
    text = ("XML 33 R11.htm IDEA: XBRL DOCUMENT v2.4.0.8\nStock-Based Compensation\n6 Months Ended\nJun. 30, 2013\n"
            "Share-based Compensation [Abstract]  \nStock-Based Compensation\n\n \n\n"
            "Note 6:  Stock-Based Compensation\n\n \n\n"
            "The following summarizes stock option activity for the six months ended June 30, 2013:\n\n \n\n"
            "                      Weighted  \n"
            "          Weighted     Weighted     Average  \n"
            "          Average     Average     Remaining  \n"
            "    Number of     Exercise     Fair     Contractual  \n"
            "    Shares     Price     Value     Life  \n"
            "Outstanding at December 31, 2012     2,184,583     $ 0.89     $ 0.48        \n"
            "Granted at market price     -                        \n"
            "Exercised     (94,500 )                      \n"
            "Outstanding at June 30, 2013     1,651,333       0.82       0.48       8.4  \n")
    table = only_table(text, WHITESPACE_ROWS, all_placed=True)
    assert table.columns == ("Number of Shares", "Weighted Average Exercise Price", "Weighted Average Fair Value",
                             "Weighted Average Remaining Contractual Life")
    assert rows_of(table)[-1] == ["Outstanding at June 30, 2013", "1,651,333", "0.82", "0.48", "8.4"]
    assert rows_of(table)[1] == ["Granted at market price", "-", "", "", ""]


def test_rows_page_signs_line_under_the_years_gives_each_column_its_sign():
    """`  2020 2019 2018` over `  % % %`: the signs line is a cell a sign, each under its year
    (`2020 %`), not one text over the columns."""
    text = ("Income Taxes (Tables)\n12 Months Ended\nDec. 31, 2020\nRate reconciliation\nA reconciliation is as follows:\n"
            "  2020 2019 2018\n  % % %\nFederal Income Tax at Statutory Rate   21.0   21.0   21.0\n"
            "Permanent Differences   (0.4)   (0.1)   (1.5)\nEffective rate   0.0   0.0   0.0\n")
    table = only_table(text, WHITESPACE_ROWS)
    assert table.columns == ("2020 %", "2019 %", "2018 %")
    assert rows_of(table)[1] == ["Permanent Differences", "(0.4)", "(0.1)", "(1.5)"]


def test_line_per_cell_labels_and_their_text_values_between_spacers_stay_rows():
    """A cover page written a cell a line: `Trading Symbol` `AAPL` ␣ `Security Exchange Name`
    `NASDAQ` ␣: each a label and its text value, not names broken over lines (a code, a boolean
    or a value opening on a digit never goes on a name)."""
    lines = ["Cover Page - shares", "6 Months Ended", " ", "Mar. 29, 2025", "Entity Information [Line Items]  ",
             "Document Type", "10-Q", " ", "Document Transition Report", "false", " ", "Entity File Number",
             "001-36743", " ", "Trading Symbol", "AAPL", " ", "Security Exchange Name", "NASDAQ", " ",
             "Entity Shell Company", "false", " "]
    page = refold.parse("\n".join(lines))
    assert page.variant == LINE_PER_CELL
    rows = {r.label: r.cells for t in page.tables for r in t.rows}
    assert rows["Trading Symbol"] == ("AAPL",) and rows["Security Exchange Name"] == ("NASDAQ",)
    assert rows["Document Transition Report"] == ("false",)


def test_a_blank_line_pages_first_block_takes_its_heading_across_a_spacer_line():
    """An IDEA page of 2013, cells between blank lines: the block's label, its heading
    (`N. INTERIM FINANCIAL INFORMATION (UNAUDITED):`), a spacer line, then the lead-in and the
    quarters' table. The heading goes with the block's prose across the spacer, so the block
    and its table are read (they were the report's rows, one value a row)."""
    spacer = " \n\n"
    names = ["Net Sales", "Gross Profit", "Net Earnings", "Earnings per Share (Basic)", "Earnings per Share (Diluted)"]

    def row(label, *values):
        return label + "\n\n" + "".join(f"{spacer}{spacer}{v} \n\n" for v in values)

    text = ("XML 70 R21.htm IDEA: XBRL DOCUMENT v2.4.0.6\nInterim Financial Information\n12 Months Ended\n"
            "Dec. 31, 2012\nInterim Financial Information [Abstract]  \nInterim Financial Information\n\n"
            "N.   INTERIM FINANCIAL INFORMATION (UNAUDITED):\n\n" + spacer
            + "The following represents quarterly unaudited financial information for 2012:\n\n" + spacer * 6
            + "Quarter\n\n" + "".join(f"{spacer}{name}\n\n" for name in names) + "2012\n\n" + spacer * 15
            + row("First", "96,773", "20,352", "9,344", "1.36", "1.36")
            + row("Second", "117,114", "19,594", "8,703", "1.26", "1.26"))
    [table] = refold.parse(text).tables
    assert [column.startswith(name) for column, name in zip(table.columns, names)] == [True] * 5
    assert [[r.label, *r.cells] for r in table.rows if r.label != "2012"] == [
        ["First", "96,773", "20,352", "9,344", "1.36", "1.36"], ["Second", "117,114", "19,594", "8,703", "1.26", "1.26"]]


def test_a_row_written_on_one_line_its_values_a_run_of_spaces_apart_is_label_and_values():
    """An IDEA (Tables) page between blank lines whose table writes a row a line, its value a run
    of spaces after its label (`Furniture and fixtures   3 Years`): the label and the value are
    cells (the lines were texts, two rows a row); a sentence before a number stays prose."""
    rows = [("Furniture and fixtures", "3 Years"), ("Office equipment", "3 Years"), ("Leasehold improvements", "5 Years")]
    text = ("XML 43 R19.htm IDEA: XBRL DOCUMENT v2.4.0.6\nSUMMARY OF SIGNIFICANT ACCOUNTING POLICIES (Tables)\n"
            "9 Months Ended\nSep. 30, 2012\nSummary Of Significant Accounting Policies Tables  \nProperty and Equipment\n\n"
            "The range of estimated useful lives of property and equipment are as follows:\n\n \n\nAsset Category  \n\n"
            "Depreciation/\n\nAmortization Period\n\n" + "\n".join(f"{label}   {value}" for label, value in rows))
    [table] = refold.parse(text).tables
    assert [[r.label, *r.cells] for r in table.rows] == [list(row) for row in rows]
    from refold.variants import label_apart_from_values
    assert label_apart_from_values("The lease ends in the year.   2025") is None


IDEA_OPTIONS_PAGE = """XML 109 R41.htm IDEA: XBRL DOCUMENT v3.19.3.a.u2
Stock-Based Compensation (Tables)
12 Months Ended
Dec. 31, 2019
Share-based Payment Arrangement [Abstract]  
Information on stock options issued
The following table contains information about our stock options:
 
Number of Option
Shares
 
Weighted-Average
Exercise Price
 
Weighted-Average Remaining Contractual
Term (in years)
 
Aggregate
Intrinsic Value
(in millions)
Outstanding as of January 1, 2019
5,869,211

 
$
15.14

 
 
 
 

Granted
2,436,811

 
$
19.24

 
 
 
 

Outstanding as of December 31, 2019
7,817,436

 
$
16.30

 
4.84
 
$
75.1

Information about stock options by exercise price range
The following table summarizes information about our outstanding stock options as of December 31, 2019:
 
Exercise Price Range
 
Total
 
$11.61 to
$16.93
 
$17.77 to
$25.05
 
$11.61 to
$25.05
Outstanding options
 
 
 
 
 
Number outstanding
4,842,725

 
2,368,886

 
7,210,611

Weighted-average exercise price
$
13.06

 
$
19.23

 
$
15.14

"""


def test_an_idea_pages_last_wrapped_name_ends_where_the_first_row_begins():
    """An IDEA (Tables) page written a cell a line, the header's names broken over lines a spacer
    apart: the last name (`Aggregate` `Intrinsic Value` `(in millions)`) has no spacer after it,
    the first row's label and value follow it; it is one name all the same, four names over the
    rows' four columns (the first rows leave the last two blank)."""
    page = refold.parse(IDEA_OPTIONS_PAGE)
    options = page.tables[0]
    assert options.columns == ("Number of Option Shares", "Weighted-Average Exercise Price",
                               "Weighted-Average Remaining Contractual Term (in years)",
                               "Aggregate Intrinsic Value (in millions)")
    assert rows_of(options) == [["Outstanding as of January 1, 2019", "5,869,211", "$ 15.14", "", ""],
                                ["Granted", "2,436,811", "$ 19.24", "", ""],
                                ["Outstanding as of December 31, 2019", "7,817,436", "$ 16.30", "4.84", "$ 75.1"]]


def test_ranges_of_prices_broken_over_lines_name_columns_under_a_range_and_a_total():
    """`$11.61 to` + `$16.93`: a range a header cell broke over two lines is one name; ranges
    under `Exercise Price Range` and `Total` are the lower row, the total over the last range
    alone; `Outstanding options` straight after the names, its row's empty cells after it, is a
    section of the rows, no name."""
    ranges = refold.parse(IDEA_OPTIONS_PAGE).tables[1]
    assert ranges.columns == ("Exercise Price Range $11.61 to $16.93", "Exercise Price Range $17.77 to $25.05",
                              "Total $11.61 to $25.05")
    assert rows_of(ranges) == [["Outstanding options", "", "", ""],
                               ["Number outstanding", "4,842,725", "2,368,886", "7,210,611"],
                               ["Weighted-average exercise price", "$ 13.06", "$ 19.23", "$ 15.14"]]


def test_blank_line_names_a_word_a_line_two_spacers_apart_are_one_name_each():
    """An IDEA page that writes a blank line after every cell: a header's names broken a word or
    two a line, two spacer cells between names (a `$` column's and the spacer's), are one name
    each, not words for the header to regroup."""
    cells = ["Shares", "Under", "Option", " ", " ", "Weighted Average", "Exercise", "Price", "Per Share", " ", " ",
             "Aggregate", "Intrinsic", "Value", " ", "Outstanding on December 31, 2019", " ", " ", "6,843,079", " ", " ",
             "$", "10.96", " ", " ", " ", "Outstanding on September 30, 2020", " ", " ", "7,714,281", " ", " ", "$",
             "8.09", " ", " ", "$", "23", " "]
    text = ("XML 64 R50.htm IDEA: XBRL DOCUMENT v3.20.2\n\nNote 20 - Stock-based Compensation (Tables)\n\n"
            "9 Months Ended\n\nSep. 30, 2020\n\nDisclosure Of Compensation Related Costs [Abstract]  \n\n"
            "Stock Option Activity\n\nThe following table summarizes information about stock option activity:\n\n"
            " \n\n \n\n" + "\n\n".join(cells) + "\n")
    table = only_table(text, BLANK_LINE)
    assert table.columns == ("Shares Under Option", "Weighted Average Exercise Price Per Share",
                             "Aggregate Intrinsic Value")
    assert rows_of(table)[-1] == ["Outstanding on September 30, 2020", "7,714,281", "$ 8.09", "$ 23"]


def test_one_run_of_names_under_each_of_two_dates_stays_names_a_line_each():
    """`June 27, 2025` ␣ `December 31, 2024` over `Trading Securities` `Available-for-Sale
    Securities` twice, a cell a line: runs of short lines that repeat one another are sub-names
    under the dates, a name a line, not one name wrapped over two lines (the last run, closed by
    the first row's label, as the first one, by a spacer)."""
    text = "\n".join(["XML 12 R9.htm IDEA: XBRL DOCUMENT v3.25.2", "Investments (Tables)", "6 Months Ended",
                      "Jun. 27, 2025", "Investments [Abstract]", "Schedule of Investments",
                      "The following table presents our investments (in millions):", NBSP, "June 27, 2025", NBSP,
                      "December 31, 2024", NBSP, "Trading Securities", "Available-for-Sale Securities", NBSP,
                      "Trading Securities", "Available-for-Sale Securities", "Marketable securities", "$", "49", NBSP,
                      "$", "1,557", NBSP, "$", "50", NBSP, "$", "1,660", "Other assets", "1,078", NBSP, "118", NBSP,
                      "1,034", NBSP, "125", ""])
    page = refold.parse(text)
    [table] = page.tables
    assert table.columns == ("June 27, 2025 Trading Securities", "June 27, 2025 Available-for-Sale Securities",
                             "December 31, 2024 Trading Securities", "December 31, 2024 Available-for-Sale Securities")
    assert rows_of(table)[0] == ["Marketable securities", "$ 49", "$ 1,557", "$ 50", "$ 1,660"]


def test_a_scale_note_in_the_stub_parts_an_upper_row_of_names_from_the_columns_names():
    """`June 30, 2019` `December 31, 2018`, `Fair value measurement category` twice, then
    `(In thousands)` in the stub's place before `Total` `Level 1` `Level 2` `Level 3` twice: the
    note ends the upper row; set apart as the scale, it must not run the two rows together into
    ten names for eight columns."""
    def cells(*parts: str) -> str:
        return "\n \n".join(parts)
    text = ("XML 36 R17.htm IDEA: XBRL DOCUMENT v3.19.2\nFair Value Measurements\n6 Months Ended\nJun. 30, 2019\n"
            "Fair Value Disclosures [Abstract]  \nFair Value Measurements\nFair Value Measurements\n \n"
            "The following table summarizes the valuation of the Company's financial instruments:\n\n \n \n"
            + cells("June 30, 2019", "December 31, 2018") + "\n \n \n \n \n"
            + cells("Fair value measurement category", " ", " ", "Fair value measurement category") + "\n(In thousands)\n \n"
            + cells("Total", "Level 1", "Level 2", "Level 3", "Total", "Level 1", "Level 2", "Level 3") + "\n"
            + "Cash equivalents\n \n" + "\n \n".join(f"$\n{v}\n" for v in
                                                    ("12,000", "12,000", "—", "—", "9,000", "9,000", "—", "—")) + "\n")
    table = only_table(text, BLANK_LINE)
    assert table.columns == tuple(f"{date} Fair value measurement category {name}"
                                  for date in ("June 30, 2019", "December 31, 2018")
                                  for name in ("Total", "Level 1", "Level 2", "Level 3"))
    assert rows_of(table) == [["Cash equivalents", "$ 12,000", "$ 12,000", "$ —", "$ —", "$ 9,000", "$ 9,000", "$ —", "$ —"]]


def test_a_suffix_page_a_cell_a_line_whose_title_is_piped_both_sides_reads_as_suffix():
    """A mirror that writes one cell a line, `cell |`, its empty cells as lone pipes, and a
    block's label `| Quarterly Financial Information (unaudited) |`: the one line opening `|` and
    a text among a hundred lone pipes leaves it a suffix page; the years before the same rows are
    sections of them, the first one no part of the header (it heads the same rows as the second)."""
    def cells(*parts: str) -> str:
        return "".join(f"{p} |\n" if p else "|\n" for p in parts)
    def year(y: str, a: str, b: str) -> str:
        return cells(y, "", "", "", "", "", "", "", "", "", "Net sales", "", "$", a, "", "", "$", b, "", "",
                     "Gross profit", "", "", "24,289", "", "", "", "26,806", "", "")
    text = ("Quarterly Financial Information (unaudited) |\n12 Months Ended |\nDec. 31, 2016 |\n"
            "| Quarterly Financial Information (unaudited) |\nNote P - Quarterly Financial Information (unaudited)\n"
            "The following table summarizes the Company's results of operations for the quarters:\n"
            + cells("", "", "", "Quarter ended", "", "", "", "", "March 31", "", "", "June 30", "", "")
            + year("2016", "78,682", "83,220") + year("2015", "85,790", "87,869"))
    table = only_table(text, PIPE_SUFFIX)
    assert table.columns == ("Quarter ended March 31", "Quarter ended June 30")
    assert rows_of(table) == [["2016", "", ""], ["Net sales", "$ 78,682", "$ 83,220"], ["Gross profit", "24,289", "26,806"],
                              ["2015", "", ""], ["Net sales", "$ 85,790", "$ 87,869"], ["Gross profit", "24,289", "26,806"]]
