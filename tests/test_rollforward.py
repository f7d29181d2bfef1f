"""Roll-forward tables by component: a crawl that dropped empty cells, the arithmetic settling
each sparse row's columns."""

import refold
from refold.model import Row
from refold.rollforward import place_by_rollforward, row_options

COLUMNS = ("Common Stock [Member]", "Additional Paid-in Capital [Member]", "Retained Earnings [Member]", "Total")


def equity_page(rows: list[list[str]]) -> str:
    """An R page's statement of equity as a crawl that drops empty cells writes it."""
    lines = ["|", "STATEMENTS OF STOCKHOLDERS' EQUITY - USD ($)"]
    for name in COLUMNS:
        lines += ["|", name]
    for label, *values in rows:
        lines += [f"|{label}", *(f"|{v}" for v in values)]
    return "\n".join(lines)


ROWS = [["Balance at Dec. 31, 2020", "$ 46", "$ 7,739,883", "$ (459,937)", "$ 7,279,992"],
        ["Cash dividend", "(3,081,706)", "(3,081,706)"],
        ["Issuance of common stock", "$ 4", "4,180,900", "$ 4,180,904"],
        ["Share-based compensation", "441,310", "441,310"],
        ["Net loss", "(134,434)", "(134,434)"],
        ["Balance at Dec. 31, 2021", "$ 50", "9,280,387", "(594,371)", "8,686,066"]]


def test_each_sparse_row_goes_where_the_columns_roll_forward():
    table = refold.parse(equity_page(ROWS)).tables[0]
    assert [r.cells for r in table.rows] == [
        ("$ 46", "$ 7,739,883", "$ (459,937)", "$ 7,279,992"),
        ("", "(3,081,706)", "", "(3,081,706)"),
        ("$ 4", "4,180,900", "", "$ 4,180,904"),
        ("", "441,310", "", "441,310"),
        ("", "", "(134,434)", "(134,434)"),
        ("$ 50", "9,280,387", "(594,371)", "8,686,066")]


def test_rows_stay_as_read_when_the_balances_do_not_close():
    """A closing balance the movements do not reach (a cut page, a row the crawl lost): no
    placement is proven, so none is made."""
    cut = ROWS[:-1] + [["Balance at Dec. 31, 2021", "$ 50", "9,999,999", "(594,371)", "9,405,678"]]
    table = refold.parse(equity_page(cut)).tables[0]
    assert table.rows[4].cells == ("(134,434)", "(134,434)", "", "")


def test_two_columns_the_sums_cannot_tell_apart_stay_as_read():
    """A column no row fills: the values around it add up whichever side of it they stand."""
    columns = ("Class A", "Class B", "Paid-in", "Total")
    rows = [Row("Balance at start", ("1", "10", "11", "")), Row("Issued", ("2", "20", "22", "")),
            Row("Balance at end", ("3", "30", "33", ""))]
    placed, guessed = place_by_rollforward(rows, {0, 1, 2}, columns)
    assert placed == rows and guessed == {0, 1, 2}


def test_a_row_reaching_the_total_column_adds_up_to_it():
    """With a Total column, only placements where the Total is the sum of the rest remain."""
    from decimal import Decimal

    options = row_options([Decimal(4), Decimal(6), Decimal(10)], 4, 3)
    assert options == [(0, 1, 3), (0, 2, 3), (1, 2, 3)]
    assert row_options([Decimal(4), Decimal(6)], 4, 3) == []  # 6 is no total of 4, nor do they net to 0


def test_where_the_sums_cannot_tell_preferred_stock_no_label_names_stays_empty():
    """Quarterly statements repeat the year's opening balance (each `Beginning balance` starts
    afresh); a preferred stock column no row names: the par values are common stock's."""
    columns = ("Preferred Stock [Member]", "Common Stock [Member]", "Additional Paid-in Capital [Member]", "Total")
    rows = [Row("Beginning balance at Dec. 31, 2022", ("$ 6,822", "$ 38,982", "$ 45,804", "")),
            Row("Stock-based compensation", ("$ 13", "86", "99", "")),
            Row("Ending balance at Mar. 31, 2023", ("$ 6,835", "39,068", "45,903", "")),
            Row("Beginning balance at Dec. 31, 2022", ("$ 6,822", "$ 38,982", "$ 45,804", "")),
            Row("Stock-based compensation", ("$ 26", "172", "198", "")),
            Row("Ending balance at Jun. 30, 2023", ("$ 6,848", "39,154", "46,002", ""))]
    placed, guessed = place_by_rollforward(rows, set(range(6)), columns)
    assert [r.cells for r in placed][:2] == [("", "$ 6,822", "$ 38,982", "$ 45,804"), ("", "$ 13", "86", "99")]
    assert placed[5].cells == ("", "$ 6,848", "39,154", "46,002") and not guessed
