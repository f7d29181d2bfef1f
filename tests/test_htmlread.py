"""htmlread.py: R pages and filing tables from their HTML, with XBRL concepts."""

import gzip

import pytest

import refold
from refold.htmlread import looks_like_html


def html(shared, name):
    path = shared / "html" / name
    data = gzip.decompress(path.read_bytes()) if name.endswith(".gz") else path.read_bytes()
    return data.decode("utf-8")


def tables_of(*rows: str):
    """The tables refold reads from one `<table>` of these `<tr>` rows."""
    return refold.read_html("<html><body><table>" + "".join(rows) + "</table></body></html>").tables


def test_r_page_title_units_columns_and_concepts(shared):
    page = refold.read_html(html(shared, "rpages/aapl-R4.html"))
    assert (page.title, page.units) == ("CONSOLIDATED STATEMENTS OF COMPREHENSIVE INCOME", "USD ($) $ in Millions")
    assert page.columns == ("12 Months Ended Sep. 28, 2024", "12 Months Ended Sep. 30, 2023",
                            "12 Months Ended Sep. 24, 2022")
    net_income = next(r for r in page.tables[0].rows if r.label == "Net income")
    assert net_income.cells == ("$ 93,736", "$ 96,995", "$ 99,803")
    assert net_income.concept == "us-gaap:NetIncomeLoss"
    assert page.tables[0].rows[0].kind == "section"


def test_facts_carry_concepts_and_scale(shared):
    from refold.facts import page_facts

    page = refold.read_html(html(shared, "rpages/aapl-R4.html"))
    fact = next(f for f in page_facts(page) if f.label == "Net income" and f.column == 0)
    assert (fact.concept, str(fact.value), fact.scale, fact.unit) == ("us-gaap:NetIncomeLoss", "93736000000", 6, "USD")


def test_filing_tables_join_split_parts(shared):
    page = refold.read_html(html(shared, "filings/nvda-10-q-2025-08-27.html.gz"))
    assert len(page.tables) > 20
    equity = next(t for t in page.tables if any(r.label.startswith("Balances as of Apr 27, 2025") for r in t.rows))
    row = next(r for r in equity.rows if r.label.startswith("Balances as of Apr 27, 2025"))
    assert row.cells[:3] == ("24,388", "$ 24", "$ 11,475")


@pytest.mark.parametrize("name", ["rpages/aapl-R3.html", "rpages/aapl-R4.html", "rpages/adi_2019_R2.htm",
                                  "rpages/adsk_2019_R2.htm", "rpages/att-R3.htm", "rpages/orcl-R2.html",
                                  "filings/Oracle.10-Q.html.gz", "filings/hubs-10-q-2025-08-06.html.gz",
                                  "filings/ko-10-q-2025-07-24.html.gz", "filings/nflx-10-q-2025-07-18.html.gz",
                                  "filings/nvda-10-q-2025-08-27.html.gz", "filings/pg-10-q-2025-04-24.html.gz",
                                  "filings/tsla-10-q-2025-07-24.html.gz", "filings/unp-10-q-2025-07-24.html.gz"])
def test_relations_hold_in_real_filings(shared, name):
    """Every mismatch these filings showed was refold's (a misread column or a relation that was
    not one); none is an error in the filing. A new mismatch here is a regression to read."""
    checks = refold.read_html(html(shared, name)).checks()
    assert checks
    assert [c.to_dict() for c in checks if c.status == "mismatch"] == []


def test_html_is_told_from_text():
    assert looks_like_html("<html><body><table><tr><td>1</td></tr></table></body></html>")
    assert not looks_like_html("|\nBalance (Details) - USD ($)\n|Cash\n|$ 5")


def test_cli_reads_html(shared):
    import json
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "refold.cli", "check", "--json",
                          str(shared / "html/rpages/orcl-R2.html")], capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert all(c["status"] != "mismatch" for c in json.loads(out.stdout))


def test_a_header_cell_spanning_two_rows_holds_its_columns_in_the_second():
    """`Common Stock` over `Shares` `Amount`, the names beside it spanning both header rows
    (`rowspan`): the second row's cells start past the columns those names still hold."""
    table = tables_of("<tr><td rowspan='2'></td><td rowspan='2'>Redeemable Interests</td>"
                      "<td colspan='2'>Common Stock</td><td rowspan='2'>Total Equity</td></tr>",
                      "<tr><td>Shares</td><td>Amount</td></tr>",
                      "<tr><td>Balance</td><td>$ 62</td><td>3,220</td><td>$ 3</td><td>$ 65</td></tr>")[0]
    assert list(table.columns) == ["Redeemable Interests", "Common Stock Shares", "Common Stock Amount", "Total Equity"]
    assert [[r.label, *r.cells] for r in table.rows] == [["Balance", "$ 62", "3,220", "$ 3", "$ 65"]]


def test_a_footnote_row_under_a_filing_table_is_its_footnote():
    """`(1)Adjustments to Net earnings relate to …` in a row of the table under its values, the
    mark carried by a column's name: a footnote, as the text readers read it, not a row."""
    table = tables_of("<tr><td></td><td>Net Earnings</td><td>Adjustments (1)</td></tr>",
                      "<tr><td>Total</td><td>$ 12,439</td><td>$ 752</td></tr>",
                      "<tr><td colspan='3'>(1)Adjustments relate to a non-cash charge.</td></tr>")[0]
    assert [r.label for r in table.rows] == ["Total"]
    assert table.footnotes == ("(1)Adjustments relate to a non-cash charge.",)


def test_a_value_cell_one_position_over_is_the_same_column():
    """Amounts sit in the cell after a `$` cell; a share count's cell spans the `$` and amount
    cells and the `)` cell after them, so its right end is one position further. Positions
    next door that no row fills both of are one column."""
    table = tables_of("<tr><td></td><td colspan='3'>2025</td><td></td><td colspan='3'>2024</td></tr>",
                      "<tr><td>Revenue</td><td>$</td><td>15,787</td><td></td><td></td><td>$</td><td>18,530</td><td></td></tr>",
                      "<tr><td>Credits</td><td colspan='2'>439</td><td></td><td></td><td colspan='2'>890</td><td></td></tr>",
                      "<tr><td>Basic shares</td><td colspan='3'>3,223</td><td></td><td colspan='3'>3,191</td></tr>")[0]
    assert list(table.columns) == ["2025", "2024"]
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["Revenue", "$ 15,787", "$ 18,530"], ["Credits", "439", "890"], ["Basic shares", "3,223", "3,191"]]


def test_a_value_spanning_two_columns_cells_sits_in_the_one_other_rows_use():
    """A filer spans `7%` over its `Change` column and the blank column after it (where other
    rows leave a spacer): it belongs to `Change`, where the other rows' changes sit, not at the
    right end of its span, which no other value uses."""
    table = tables_of("<tr><td></td><td colspan='2'>2025</td><td></td><td colspan='2'>2024</td><td></td>",
                      "<td colspan='2'>Change</td><td></td><td colspan='3'></td></tr>",
                      "<tr><td>Grain</td><td>$</td><td>964</td><td></td><td>$</td><td>901</td><td></td>",
                      "<td colspan='6'>7%</td></tr>",
                      "<tr><td>Fertilizer</td><td colspan='2'>201</td><td></td><td colspan='2'>203</td><td></td>",
                      "<td colspan='2'>(1)</td><td></td><td colspan='3'></td></tr>")[0]
    assert list(table.columns) == ["2025", "2024", "Change"]
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["Grain", "$ 964", "$ 901", "7%"], ["Fertilizer", "201", "203", "(1)"]]


def test_a_header_block_under_values_starts_a_second_table():
    """`Three Months Ended March 31` and `2025` `2024` `Basis Pt Chg` again under the first rows'
    values: a second schedule with its own columns, as the text readers split it. A period in
    the label's place heads a section of rows instead."""
    first, second = tables_of("<tr><td></td><td colspan='3'>Three Months Ended March 31</td></tr>",
                              "<tr><td>Amounts in millions</td><td>2025</td><td>2024</td><td>% Chg</td></tr>",
                              "<tr><td>Net sales</td><td>19,776</td><td>20,195</td><td>(2)%</td></tr>",
                              "<tr><td>Six Months Ended March 31</td><td></td><td></td><td></td></tr>",
                              "<tr><td>Net sales</td><td>40,001</td><td>41,000</td><td>(2)%</td></tr>",
                              "<tr><td></td><td colspan='3'>Three Months Ended March 31</td></tr>",
                              "<tr><td>AS A PERCENTAGE OF NET SALES</td><td>2025</td><td>2024</td><td>Basis Pt Chg</td></tr>",
                              "<tr><td>Gross margin</td><td>51.0%</td><td>51.2%</td><td>(20)</td></tr>")
    assert list(first.columns) == ["Three Months Ended March 31 2025", "Three Months Ended March 31 2024",
                                   "Three Months Ended March 31 % Chg"]
    assert [r.label for r in first.rows] == ["Net sales", "Six Months Ended March 31", "Net sales"]
    assert list(second.columns)[-1] == "Three Months Ended March 31 Basis Pt Chg"
    assert [[r.label, *r.cells] for r in second.rows] == [["Gross margin", "51.0%", "51.2%", "(20)"]]


def test_a_column_of_texts_among_the_value_columns_is_a_column():
    """`Issuance Date` and `Maturity` hold texts between the amounts on every row: columns of
    their own, not words added to the nearest amount."""
    table = tables_of("<tr><td></td><td>June 30, 2025</td><td>Issuance Date</td><td>Maturity</td><td>Fair Value</td></tr>",
                      "<tr><td>5.875% Notes</td><td>800</td><td>February 2015</td><td>February 2025</td><td>801</td></tr>",
                      "<tr><td>3.000% Notes</td><td>487</td><td>April 2020</td><td>June 2025</td><td>487</td></tr>",
                      "<tr><td>Total</td><td>1,287</td><td></td><td></td><td>1,288</td></tr>")[0]
    assert list(table.columns) == ["June 30, 2025", "Issuance Date", "Maturity", "Fair Value"]
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["5.875% Notes", "800", "February 2015", "February 2025", "801"],
        ["3.000% Notes", "487", "April 2020", "June 2025", "487"], ["Total", "1,287", "", "", "1,288"]]


def test_a_period_over_dollar_cells_heads_a_second_table():
    """`Nine Months Ended` in a row of its own, starting at the `$` cells of the amounts below:
    over the value columns, so a second header block, not a section row."""
    first, second = tables_of("<tr><td></td><td colspan='4'>Three Months Ended March 31, 2025</td></tr>",
                              "<tr><td></td><td colspan='2'>Net Sales</td><td colspan='2'>Net Earnings</td></tr>",
                              "<tr><td>Beauty</td><td>$</td><td>3,490</td><td>$</td><td>539</td></tr>",
                              "<tr><td>Grooming</td><td>$</td><td>1,505</td><td>$</td><td>321</td></tr>",
                              "<tr><td></td><td colspan='4'>Nine Months Ended March 31, 2025</td></tr>",
                              "<tr><td></td><td colspan='2'>Net Sales</td><td colspan='2'>Net Earnings</td></tr>",
                              "<tr><td>Beauty</td><td>$</td><td>11,231</td><td>$</td><td>2,158</td></tr>")
    assert [r.label for r in first.rows] == ["Beauty", "Grooming"]
    assert list(second.columns) == ["Nine Months Ended March 31, 2025 Net Sales",
                                    "Nine Months Ended March 31, 2025 Net Earnings"]


def test_a_period_in_the_label_place_over_names_heads_a_second_table():
    """`Nine Months Ended March 31, 2025` where a label stands, then column names over the
    value columns, under the first block's values: the next block's header."""
    first, second = tables_of("<tr><td>Three Months Ended March 31, 2025</td><td>Net Sales Growth</td><td>FX Impact</td></tr>",
                              "<tr><td>Beauty</td><td>(2)%</td><td>3%</td></tr>",
                              "<tr><td>Nine Months Ended March 31, 2025</td><td>Net Sales Growth</td><td>FX Impact</td></tr>",
                              "<tr><td>Beauty</td><td>(2)%</td><td>1%</td></tr>")
    assert [[r.label, *r.cells] for r in first.rows] == [["Beauty", "(2)%", "3%"]]
    assert [[r.label, *r.cells] for r in second.rows] == [["Beauty", "(2)%", "1%"]]


def test_a_scale_note_over_the_columns_is_the_tables_unit_not_a_column_name():
    """`(In millions)` under the periods, or `Millions, for the six months ended` over the
    labels: the table's unit, as the text readers take it, not words of each column's name."""
    table = tables_of("<tr><td></td><td colspan='2'>Six Months Ended</td></tr>",
                      "<tr><td>Millions, for the six months ended June 30,</td><td>Jul 27, 2025</td><td>Jul 28, 2024</td></tr>",
                      "<tr><td></td><td colspan='2'>(In millions)</td></tr>",
                      "<tr><td>Revenue</td><td>15,787</td><td>18,530</td></tr>")[0]
    assert list(table.columns) == ["Six Months Ended Jul 27, 2025", "Six Months Ended Jul 28, 2024"]
    assert table.units == "Millions, for the six months ended June 30, (In millions)"


def test_a_value_spanning_its_column_and_the_blank_one_after_goes_to_that_column():
    """`4.3%` spans `2025`'s cells and the blank column after them; under `2025` the rows' values
    end at two next-door cells (`$` `48.70` one left of `4.3`): one column, the percent in it."""
    head = '<tr><td colspan="3">Assumptions</td><td colspan="3">2025</td><td colspan="3"></td></tr>'
    rate = '<tr><td colspan="3">Risk-free rate</td><td colspan="6">4.3%</td></tr>'
    life = '<tr><td colspan="3">Expected life</td><td colspan="3">4.3</td><td colspan="3"></td></tr>'
    fair = '<tr><td colspan="3">Fair value</td><td>$</td><td colspan="2">48.70</td><td colspan="3"></td></tr>'
    (table,) = tables_of(head, rate, life, fair)
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["Risk-free rate", "4.3%"], ["Expected life", "4.3"], ["Fair value", "$ 48.70"]]


def test_an_exhibit_index_is_read_as_its_grid():
    """Rows that open with an exhibit's number, then texts: the number is the row's label and
    every position holding a cell is a column, `Provided Herewith`'s `X` and `Form`'s `8-K`
    apart though no row fills both (values' columns would merge them), `3.1` under `Exhibit`
    a cell like the others."""
    table = tables_of(
        "<tr><td>Exhibit</td><td>Description</td><td>Provided Herewith</td><td>Form</td><td>Exhibit</td></tr>",
        "<tr><td>3.1</td><td>Certificate of Incorporation</td><td></td><td>8-K</td><td>3.1</td></tr>",
        "<tr><td>10.1+</td><td>Severance Plan</td><td></td><td>10-Q</td><td>10.1</td></tr>",
        "<tr><td>31.1</td><td>Certification of Chief Executive Officer</td><td>X</td><td></td><td></td></tr>",
        "<tr><td>101.INS</td><td>Inline XBRL Instance Document</td><td>X</td><td></td><td></td></tr>")[0]
    assert list(table.columns) == ["Description", "Provided Herewith", "Form", "Exhibit"]
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["3.1", "Certificate of Incorporation", "", "8-K", "3.1"], ["10.1+", "Severance Plan", "", "10-Q", "10.1"],
        ["31.1", "Certification of Chief Executive Officer", "X", "", ""],
        ["101.INS", "Inline XBRL Instance Document", "X", "", ""]]


def test_page_numbers_after_titles_are_no_exhibit_index():
    """A table of contents ends its rows with page numbers: its titles label the rows."""
    table = tables_of("<tr><td></td><td>Page</td></tr>", "<tr><td>Balance Sheets</td><td>3</td></tr>",
                      "<tr><td>Statements of Operations</td><td>4</td></tr>",
                      "<tr><td>Statements of Cash Flows</td><td>6</td></tr>")[0]
    assert [r.label for r in table.rows] == ["Balance Sheets", "Statements of Operations", "Statements of Cash Flows"]


POLICIES_R_PAGE = "".join([
    '<html><body><table class="report" border="0" cellspacing="2">',
    '<tr><th class="tl" colspan="1" rowspan="2"><div style="width: 200px;"><strong>Summary of Significant Accounting ',
    'Policies (Policies)</strong></div></th><th class="th" colspan="1">6 Months Ended</th></tr>',
    '<tr><th class="th"><div>Mar. 29, 2025</div></th></tr>',
    '<tr class="re"><td class="pl"><a>Accounting Policies [Abstract]</a></td><td class="text">&#160;<span></span></td></tr>',
    '<tr class="ro"><td class="pl"><a>Fiscal Period</a></td><td class="text"><div><p>The Company\'s fiscal year is the ',
    '52- or 53-week period that ends on the last Saturday of September.</p><p>Its fiscal years 2025 and 2024 span 52 ',
    'weeks each.</p></div><span></span></td></tr>',
    '<tr class="re"><td class="pl"><a>Fair Value Measurements</a></td><td class="text">The valuation techniques used to ',
    "measure the fair values of the Company's Level 2 financial instruments are based on quoted market prices.",
    '<span></span></td></tr></table></body></html>'])


def test_a_policies_pages_text_facts_are_blocks_and_it_has_no_report_table():
    """`Fair Value Measurements` | one paragraph with no block element: a text fact, but on a page
    whose only values are sentences it is a policy like the others, a block of prose. The report
    only frames the blocks (the labeled pages label no report table on policies pages), read the
    same from the HTML and from each flattening."""
    from refold.flatten import FLATTENINGS, flatten

    page = refold.read_html(POLICIES_R_PAGE)
    assert page.tables == () and [b.label for b in page.text_blocks] == ["Fiscal Period", "Fair Value Measurements"]
    assert page.text_blocks[1].prose[0].startswith("The valuation techniques")
    for variant in FLATTENINGS:
        assert refold.parse(flatten(POLICIES_R_PAGE, variant)).tables == (), variant
    text = refold.parse(flatten(POLICIES_R_PAGE, "pipe-prefix"))
    assert [b.label for b in text.text_blocks] == ["Fiscal Period", "Fair Value Measurements"]


def test_the_opening_column_names_written_again_under_values_start_a_second_table():
    """Corpus page 145's shape: the components of accumulated other comprehensive income over
    one year's roll-forward, then the same names over the year before's: two schedules, as the
    text readers split them."""
    names = "<tr><td></td><td>Translation Adjustment</td><td>Cash Flow Hedges</td><td>Total</td></tr>"
    first, second = tables_of(names,
                              "<tr><td>Balance as of December 31, 2017</td><td>(2,054)</td><td>1,402</td><td>(652)</td></tr>",
                              "<tr><td>Balance as of June 30, 2018</td><td>(2,834)</td><td>1,678</td><td>(1,156)</td></tr>",
                              names,
                              "<tr><td>Balance as of December 31, 2016</td><td>(1,995)</td><td>744</td><td>(1,251)</td></tr>")
    assert list(first.columns) == list(second.columns) == ["Translation Adjustment", "Cash Flow Hedges", "Total"]
    assert [r.label for r in first.rows] == ["Balance as of December 31, 2017", "Balance as of June 30, 2018"]
    assert [r.label for r in second.rows] == ["Balance as of December 31, 2016"]


def test_a_mark_spanning_into_the_first_value_column_is_that_columns_cell():
    """Footnote marks in place of values (`*`: less than 1%) span a column's `$` and amount
    cells. The first one starts left of the first amount, yet it is that column's cell, not a
    mark on the label: the row's first cell is the label however wide."""
    table = tables_of("<tr><td></td><td colspan='2'>2025</td><td></td><td colspan='2'>2024</td></tr>",
                      "<tr><td>Restructuring</td><td>$</td><td>1,105</td><td></td><td>$</td><td>1,077</td></tr>",
                      "<tr><td>Share of revenue</td><td colspan='2'>*</td><td></td><td colspan='2'>*</td></tr>",
                      "<tr><td colspan='3'>Other, a wide label</td><td></td><td colspan='2'>4</td></tr>")[0]
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["Restructuring", "$ 1,105", "$ 1,077"], ["Share of revenue", "*", "*"], ["Other, a wide label", "", "4"]]


def test_an_unnamed_column_left_of_the_named_ones_that_two_rows_fill_is_part_of_their_labels():
    """P&G's balance sheet writes the shares issued in a cell of their own between the label and
    the balances (`Common stock – shares issued – March 2025 | 4,009.2`). No header names that
    column and two rows fill it: it is words of the labels, not a first column; a column that
    more rows fill stays one."""
    head = "<tr><td>In millions</td><td></td><td></td><td>2025</td><td></td><td>2024</td></tr>"
    table = tables_of(head,
                      "<tr><td>Preferred stock</td><td></td><td></td><td>781</td><td></td><td>798</td></tr>",
                      "<tr><td>Common stock – issued – 2025</td><td>4,009.2</td><td></td><td></td><td></td><td></td></tr>",
                      "<tr><td>2024</td><td>4,009.2</td><td></td><td>4,009</td><td></td><td>4,009</td></tr>",
                      "<tr><td>Retained earnings</td><td></td><td></td><td>128,919</td><td></td><td>123,811</td></tr>")[0]
    assert list(table.columns) == ["2025", "2024"]
    assert [[r.label, *r.cells] for r in table.rows] == [
        ["Preferred stock", "781", "798"], ["Common stock – issued – 2025 4,009.2", "", ""],
        ["2024 4,009.2", "4,009", "4,009"], ["Retained earnings", "128,919", "123,811"]]
    noted = tables_of(head, *(f"<tr><td>Row {k}</td><td>{k}</td><td></td><td>{k}0</td><td></td><td>{k}1</td></tr>"
                              for k in range(1, 5)))[0]
    assert len(noted.columns) == 3 and noted.rows[0].cells == ("1", "10", "11")


def test_a_scale_note_alone_above_the_first_values_is_the_tables_unit_not_a_section_row():
    """Nvidia's statements of equity write `(In millions, except per share data)` in the label
    column under the column names, where a label alone (`Americas:`) is a section row."""
    table = tables_of("<tr><td></td><td>Shares</td><td></td><td>Total</td></tr>",
                      "<tr><td>(In millions, except per share data)</td><td></td><td></td><td></td></tr>",
                      "<tr><td>Americas:</td><td></td><td></td><td></td></tr>",
                      "<tr><td>Balance</td><td>24,477</td><td></td><td>79,327</td></tr>")[0]
    assert table.units == "(In millions, except per share data)"
    assert [[r.label, *r.cells] for r in table.rows] == [["Americas:", "", ""], ["Balance", "24,477", "79,327"]]


def test_a_heading_across_the_table_above_the_first_values_is_a_section_row():
    """P&G's derivatives table heads its first rows with one cell spanning the whole table
    (`DERIVATIVES IN FAIR VALUE HEDGING RELATIONSHIPS`) right under the dates, as it heads the
    later sections: a section row, not a third header row; a period so written stays header."""
    dates = "<tr><td></td><td colspan='2'>March 31, 2025</td><td></td><td colspan='2'>June 30, 2024</td></tr>"
    first = "<tr><td>Interest rate contracts</td><td>$</td><td>3,034</td><td></td><td>$</td><td>2,993</td></tr>"
    table = tables_of(dates, "<tr><td colspan='6'>DERIVATIVES IN FAIR VALUE HEDGING RELATIONSHIPS</td></tr>", first,
                      "<tr><td colspan='6'>DERIVATIVES NOT DESIGNATED</td></tr>",
                      "<tr><td>Foreign currency contracts</td><td>$</td><td>6</td><td></td><td>$</td><td>1</td></tr>")[0]
    assert list(table.columns) == ["March 31, 2025", "June 30, 2024"]
    assert [r.label for r in table.rows] == ["DERIVATIVES IN FAIR VALUE HEDGING RELATIONSHIPS", "Interest rate contracts",
                                             "DERIVATIVES NOT DESIGNATED", "Foreign currency contracts"]
    period = tables_of("<tr><td colspan='6'>Three Months Ended March 31</td></tr>", first)[0]
    assert [r.label for r in period.rows] == ["Interest rate contracts"]


def test_a_text_under_a_name_no_value_column_falls_under_is_that_names_column():
    """Tesla's one-row change table: `Not meaningful` stands under the three months' `%`, where
    no row has a number. The header names that column, so it is one, not words of the `$`
    change before it; texts under a name that values fill join that column as before."""
    table = tables_of("<tr><td></td><td colspan='2'>2025</td><td colspan='2'>2024</td><td colspan='2'>$</td>"
                      "<td colspan='2'>%</td></tr>",
                      "<tr><td>Other income</td><td>$</td><td>320</td><td>$</td><td>(80)</td><td>$</td><td>400</td>"
                      "<td colspan='2'>Not meaningful</td></tr>")[0]
    assert list(table.columns) == ["2025", "2024", "$", "%"]
    assert [[r.label, *r.cells] for r in table.rows] == [["Other income", "$ 320", "$ (80)", "$ 400", "Not meaningful"]]


def test_a_footnote_number_among_a_header_rows_names_keeps_it_a_header_row():
    """Coca-Cola's fair value table: `June 27, 2025` `Level 1` … `Netting Adjustment` `4` `Fair
    Value Measurements` — the `4` is the name's footnote, in a cell of its own. It is no value,
    so the row heads the columns instead of opening the body; a table of contents' page number
    after its titles (no date in the row) stays a value."""
    table = tables_of("<tr><td>June 27, 2025</td><td>Level 1</td><td>Level 2</td><td>Netting Adjustment</td>"
                      "<td>4</td><td>Total</td></tr>",
                      "<tr><td>Equity securities</td><td>1,959</td><td>158</td><td>—</td><td></td><td>2,117</td></tr>",
                      "<tr><td>Debt securities</td><td>—</td><td>1,972</td><td>—</td><td></td><td>1,972</td></tr>")[0]
    assert [r.label for r in table.rows] == ["Equity securities", "Debt securities"]
    assert list(table.columns)[:2] == ["Level 1", "Level 2"]
    contents = tables_of(*(f"<tr><td>Item {k}.</td><td>Financial Statements</td><td>{k + 2}</td></tr>" for k in range(1, 5)))
    assert contents and contents[0].rows[0].cells[-1] == "3"
