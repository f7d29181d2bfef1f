"""Roll-forward tables by component: a crawl that dropped empty cells, the arithmetic settling
each sparse row's columns."""

from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

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
    """With a Total column, a placement that reaches it must make it the sum of the rest; a row
    may also leave its total out (Apple's `Common stock issued | 752`), and a lone value is no
    total of nothing. A last value that adds up the others is the total (never three components
    that happen to add up so)."""
    options = row_options([Decimal(4), Decimal(6), Decimal(10)], 4, 3)
    assert options == [(0, 1, 3), (0, 2, 3), (1, 2, 3)]
    assert row_options([Decimal(4), Decimal(6)], 4, 3) == [(0, 1), (0, 2), (1, 2)]  # 6 is no total of 4
    assert row_options([Decimal(752)], 4, 3) == [(0,), (1,), (2,)]
    assert row_options([Decimal(4), Decimal(4)], 4, 0) == [(0, 1), (0, 2), (0, 3)]  # total first: 4 adds up 4


PREFERRED_COMMON = ("Preferred Stock [Member]", "Common Stock [Member]", "Additional Paid-in Capital [Member]",
                    "Total")
# a quarter's roll-forward, read from the left under a preferred stock column no row names
FIRST_QUARTER = [Row("Beginning balance at Dec. 31, 2022", ("$ 6,822", "$ 38,982", "$ 45,804", "")),
                 Row("Stock-based compensation", ("$ 13", "86", "99", "")),
                 Row("Ending balance at Mar. 31, 2023", ("$ 6,835", "39,068", "45,903", ""))]


def test_where_the_sums_cannot_tell_preferred_stock_no_label_names_stays_empty():
    """Quarterly statements repeat the year's opening balance (each `Beginning balance` starts
    afresh); a preferred stock column no row names: the par values are common stock's."""
    rows = [*FIRST_QUARTER,
            Row("Beginning balance at Dec. 31, 2022", ("$ 6,822", "$ 38,982", "$ 45,804", "")),
            Row("Stock-based compensation", ("$ 26", "172", "198", "")),
            Row("Ending balance at Jun. 30, 2023", ("$ 6,848", "39,154", "46,002", ""))]
    placed, guessed = place_by_rollforward(rows, set(range(6)), PREFERRED_COMMON)
    assert [r.cells for r in placed][:2] == [("", "$ 6,822", "$ 38,982", "$ 45,804"), ("", "$ 13", "86", "99")]
    assert placed[5].cells == ("", "$ 6,848", "39,154", "46,002") and not guessed


@st.composite
def statements(draw):
    """A roll-forward by component: balances, movements each touching some components, a Total
    column that adds every row up; the rows as a crawl that drops empty cells writes them."""
    n = draw(st.integers(2, 4))
    amounts = st.integers(-9_999, 9_999).filter(bool)
    opening = [draw(amounts) for _ in range(n)]
    rows, running = [("Balance at start", opening)], list(opening)
    for k in range(draw(st.integers(1, 5))):
        touched = draw(st.sets(st.integers(0, n - 1), min_size=1))
        move = [draw(amounts) if c in touched else None for c in range(n)]
        running = [r + (m or 0) for r, m in zip(running, move)]
        rows.append((f"Movement {k}", move))
    rows.append(("Balance at end", running))
    truth = [(label, [f"{v:,}" if v is not None else "" for v in values] + [f"{sum(v or 0 for v in values):,}"])
             for label, values in rows]
    return [f"Class {c}" for c in "ABCD"[:n]] + ["Total"], truth


def assert_placed_truly(columns: list[str], truth: list) -> None:
    """The rows as a crawl that drops empty cells writes them, placed by the roll-forward: each
    placed where it truly stands, or left as read."""
    read = [Row(label, tuple([c for c in cells if c] + [""] * (len(cells) - sum(1 for c in cells if c))))
            for label, cells in truth]
    guessed = {i for i, row in enumerate(read) if not all(row.cells)}
    placed, still = place_by_rollforward(read, guessed, tuple(columns))
    for i, ((_, cells), row) in enumerate(zip(truth, placed)):
        assert row.cells == tuple(cells) or (i in still and row == read[i])


@settings(max_examples=200, deadline=None)
@given(statements())
def test_a_placement_the_roll_forward_makes_is_the_true_one(statement):
    """Whatever the rows, a row is placed where it truly stands or left as read: the arithmetic
    holds for the true placement, so a placement it alone allows is that one."""
    assert_placed_truly(*statement)


def test_a_balance_shown_again_takes_the_columns_its_first_showing_settled():
    """The quarter's roll-forward settles its opening balance; the same balance opening the
    nine months (whose rows do not close) is the same facts, in the same columns."""
    rows = [*FIRST_QUARTER,
            Row("Beginning balance at Dec. 31, 2022", ("6,822", "38,982", "45,804", "")),
            Row("Net loss", ("5", "", "", "")),
            Row("Ending balance at Sep. 30, 2023", ("$ 6,848", "39,154", "46,002", ""))]
    placed, guessed = place_by_rollforward(rows, set(range(6)), PREFERRED_COMMON)
    assert placed[3].cells == ("", "6,822", "38,982", "45,804")
    assert placed[4] == rows[4] and guessed == {4, 5}


SHARE_COUNT_COLUMNS = ("Common shares", "Treasury shares", "Common shares $", "Paid-in-surplus", "Retained earnings",
                       "Total")


def test_a_row_that_dashes_its_other_columns_fills_one_run_of_them():
    """Share counts in the first two columns, amounts after: `Net income` writes a dash in every
    amount column it has nothing in and leaves the share counts blank. The sums put `1,673` under
    retained earnings either way; of the ways they allow alike, the one whose dashes and amounts
    fill one run of columns is taken (not dashes in the share columns)."""
    rows = [Row("Balance at April 1, 2024", ("1,113.0", "(503.0)", "2,783", "5,213", "62,940", "70,936"), "value"),
            Row("Net income", ("—", "—", "1,673", "1,673", "", ""), "value"),
            Row("Dividends declared", ("", "", "—", "—", "(793)", "(793)"), "value"),
            Row("Balance at June 30, 2024", ("1,113.0", "(503.0)", "2,783", "5,213", "63,820", "71,816"), "value")]
    placed, still = place_by_rollforward(rows, {1}, SHARE_COUNT_COLUMNS)
    assert still == set()
    assert placed[1].cells == ("", "", "—", "—", "1,673", "1,673")


def test_a_balance_right_after_another_opens_a_new_roll_forward():
    """`Balance at June 30, 2024`, then `Balance at April 1, 2025`: two periods' statements one
    after the other. The second balance starts its own chain (it need not equal the first)."""
    columns = ("Common Stock", "Retained Earnings", "Total")
    rows = [Row("Balance at April 1, 2024", ("46", "100", "146"), "value"),
            Row("Net loss", ("(6)", "(6)", ""), "value"),
            Row("Balance at June 30, 2024", ("46", "94", "140"), "value"),
            Row("Balance at April 1, 2025", ("50", "120", "170"), "value"),
            Row("Net loss", ("(4)", "(4)", ""), "value"),
            Row("Balance at June 30, 2025", ("50", "116", "166"), "value")]
    placed, still = place_by_rollforward(rows, {1, 4}, columns)
    assert still == set()
    assert [placed[i].cells for i in (1, 4)] == [("", "(6)", "(6)"), ("", "(4)", "(4)")]


def test_a_share_count_shown_again_takes_the_column_it_took_before():
    """A second period opens on the same share count (`Balance, shares at Dec. 31, 2020`,
    `1,000,000`) as the first did, where the roll-forward placed it: the same fact, the same
    column, though one value alone (a small one, `5`, could repeat by chance and stays)."""
    rows = [Row("Balance, shares at Dec. 31, 2020", ("", "1,000,000", "", "")),
            Row("Balance, shares at Dec. 31, 2020", ("1,000,000", "", "", "")),
            Row("Other", ("5", "", "", "")), Row("Other", ("", "", "5", ""))]
    from refold.rollforward import repeated_rows_alike
    rows = list(rows)
    still = repeated_rows_alike(rows, {1, 2}, 4)
    assert rows[1].cells == ("", "1,000,000", "", "") and 1 not in still
    assert 2 in still


ALLOWANCE = "\n".join([
    "|", "Accounts Receivable (Details) - USD ($)", "$ in Thousands", "|3 Months Ended", "|", "Mar. 31, 2025", "|",
    "Mar. 31, 2024", "|Summary of Significant Accounting Policies", "|Balances at beginning of period", "|$ 524",
    "|$ 389", "|Current period change for expected credit loss", "|20", "|Deduction / recoveries collected", "|(8)",
    "|Balances at end of period", "|$ 544", "|$ 381"])


def test_a_two_period_roll_forward_places_each_lone_change_in_the_period_it_closes():
    """A details page that dropped empty cells: `20` closes March 2025 (524 + 20 = 544), `(8)`
    March 2024 (389 - 8 = 381); read in order both would sit in the first column."""
    table = refold.parse(ALLOWANCE).tables[0]
    assert [r.cells for r in table.rows[1:]] == [
        ("$ 524", "$ 389"), ("20", ""), ("", "(8)"), ("$ 544", "$ 381")]


def test_a_stretch_that_does_not_add_up_leaves_the_next_stretch_free():
    """The first year lost a row (its columns do not reach the next balance), so nothing there is
    placed; the second year adds up and is placed, the balance read whole between them."""
    rows = [["Balance at Dec. 31, 2020", "$ 46", "$ 7,739,883", "$ (459,937)", "$ 7,279,992"],
            ["Share-based compensation", "441,310", "441,310"],
            ["Balance at Dec. 31, 2021", "$ 50", "9,280,387", "(594,371)", "8,686,066"],
            ["Net loss", "(134,434)", "(134,434)"],
            ["Share-based compensation", "1,000", "1,000"],
            ["Balance at Dec. 31, 2022", "$ 50", "9,281,387", "(728,805)", "8,552,632"]]
    table = refold.parse(equity_page(rows)).tables[0]
    assert [r.cells for r in table.rows][3:5] == [("", "", "(134,434)", "(134,434)"), ("", "1,000", "", "1,000")]


def test_a_zero_where_the_row_adds_up_to_nothing_is_its_total():
    """`$ 3`, `5,342`, `(5,345)`, `0`: the zero could sit in any column the sums allow; it is the
    row's total (the last value in the Total column)."""
    columns = ("Common Stock", "Additional Paid-In Capital", "Subscription Payable", "Accumulated Deficit", "Total")
    lines = ["|", "STATEMENT OF STOCKHOLDERS' EQUITY - USD ($)"]
    for name in columns:
        lines += ["|", name]
    for label, *values in [["Balance at Dec. 31, 2018", "$ 57", "14,572,754", "5,345", "(16,727,698)", "(2,149,542)"],
                           ["Common stock issued on subscriptions payable", "$ 3", "5,342", "(5,345)", "0"],
                           ["Net loss", "(158,537)", "(158,537)"],
                           ["Balance at Jun. 30, 2019", "$ 60", "14,578,096", "$ 0", "(16,886,235)", "(2,308,079)"]]:
        lines += [f"|{label}", *(f"|{v}" for v in values)]
    table = refold.parse("\n".join(lines)).tables[0]
    assert table.rows[1].cells == ("$ 3", "5,342", "(5,345)", "", "0")


def test_a_total_column_first_and_rows_that_leave_their_total_out():
    """Apple's statement of shareholders' equity as a crawl that drops empty cells writes it: the
    Total column first, and rows that move one component without a total (`Common stock issued
    | 752`). The components roll forward; each row goes where they close."""
    columns = ("Total", "Common stock and additional paid-in capital", "Retained earnings/(Accumulated deficit)",
               "Accumulated other comprehensive income/(loss)")
    lines = ["|", "STATEMENTS OF SHAREHOLDERS' EQUITY - USD ($) $ in Millions"]
    for name in columns:
        lines += ["|", name]
    for label, *values in [["Beginning balances at Sep. 30, 2023", "$ 62,146", "$ 73,812", "$ (214)", "$ (11,452)"],
                           ["Common stock issued", "752"],
                           ["Common stock withheld related to net share settlement of equity awards", "(1,882)",
                            "(1,089)"],
                           ["Share-based compensation", "6,133"],
                           ["Net income", "57,552", "57,552"],
                           ["Dividends and dividend equivalents declared", "(7,520)"],
                           ["Common stock repurchased", "(44,390)"],
                           ["Other comprehensive income", "2,492", "2,492"],
                           ["Ending balances at Mar. 30, 2024", "$ 74,194", "78,815", "4,339", "(8,960)"]]:
        lines += [f"|{label}", *(f"|{v}" for v in values)]
    table = refold.parse("\n".join(lines)).tables[0]
    assert [r.cells for r in table.rows[1:-1]] == [
        ("", "752", "", ""), ("", "(1,882)", "(1,089)", ""), ("", "6,133", "", ""), ("57,552", "", "57,552", ""),
        ("", "", "(7,520)", ""), ("", "", "(44,390)", ""), ("2,492", "", "", "2,492")]


def test_a_row_whose_last_value_adds_the_others_puts_it_in_the_total_column():
    """`Issuance of common stock for cash | $ 400 | 86,495 | 86,895`: the last value is the sum of
    the others, so it is the row's total, never a component. That leaves few enough ways for a
    statement of equity whose first year puts eight sparse rows between its balances (a crawled
    page with two classes of preferred stock issued in the year): every row settles."""
    values = [Decimal("400"), Decimal("86495"), Decimal("86895")]
    assert all(option[-1] == 5 for option in row_options(values, 6, 5))
    assert (0, 1) in row_options([Decimal("400"), Decimal("86495")], 6, 5)  # no total shown: any two
    text = "\n".join([
        "|", "Statement of Shareholders' Equity - USD ($)", "|", "Series A Preferred Stock", "|",
        "Series B Preferred Stock", "|", "Common Stock", "|", "Additional paid in capital", "|",
        "Accumulated (deficit)", "|", "Total",
        "|Balance at Dec. 31, 2020", "|$ 45,785", "|$ 34,268,729", "|$ (26,667,147)", "|$ 7,647,367",
        "|Stock-based compensation", "|214,150", "|214,150",
        "|Issuance of common stock for cash", "|$ 400", "|86,495", "|86,895",
        "|Issuance of Series A preferred stock", "|$ 4,000", "|$ (4,560)", "|2,763,280", "|2,762,720",
        "|Issuance of Series B preferred stock", "|$ 1,000", "|901,720", "|902,720",
        "|Beneficial conversion feature", "|475,000", "|475,000",
        "|Preferred stock dividends", "|(195,830)", "|(195,830)",
        "|Net (loss)", "|(7,067,737)", "|(7,067,737)",
        "|Balance at Dec. 31, 2021", "|$ 4,000", "|$ 1,000", "|$ 41,625", "|38,709,374", "|(33,930,714)",
        "|4,825,285"])
    rows = {r.label: r.cells for r in refold.parse(text).tables[0].rows}
    assert rows["Balance at Dec. 31, 2020"] == ("", "", "$ 45,785", "$ 34,268,729", "$ (26,667,147)", "$ 7,647,367")
    assert rows["Issuance of Series A preferred stock"] == ("$ 4,000", "", "$ (4,560)", "2,763,280", "", "2,762,720")
    assert rows["Issuance of Series B preferred stock"] == ("", "$ 1,000", "", "901,720", "", "902,720")
    assert rows["Net (loss)"] == ("", "", "", "", "(7,067,737)", "(7,067,737)")


def test_a_period_column_with_no_opening_balance_rolls_forward_from_an_unknown_amount():
    """A details page's roll-forward over three years, its opening balance shown for two of them
    and empty cells dropped: the oldest year's column starts from an amount not shown, so only
    the two years with an opening balance must close; among the ways that close, the values stay
    out of the column with no opening amount (`Payment of interest` is 2021's: 2022 closes
    without it)."""
    text = "\n".join([
        "|", "Leases (Details) - BRL (R$)", "R$ in Thousands", "|12 Months Ended", "|", "Dec. 31, 2022", "|",
        "Dec. 31, 2021", "|", "Dec. 31, 2020",
        "|Lease liabilities beginning", "|R$ 3,344", "|R$ 3,205",
        "|New lease agreements", "|1,728",
        "|Remeasurement", "|262", "|(429)",
        "|Interest accrued", "|227", "|266",
        "|Payment of interest", "|(266)",
        "|Payment of principal", "|(1,400)", "|(1,160)",
        "|Lease liabilities ending", "|2,433", "|3,344", "|3,205",
        "|Right of use asset beginning", "|2,976", "|2,780",
        "|Additions", "|1,317",
        "|Depreciation", "|(1,081)", "|(1,121)",
        "|Right of use asset ending", "|1,895", "|2,976", "|R$ 2,780"])
    rows = {r.label: r.cells for r in refold.parse(text).tables[0].rows}
    assert rows["Additions"] == ("", "1,317", "")
    assert rows["New lease agreements"] == ("", "1,728", "")
    assert rows["Payment of interest"] == ("", "(266)", "")
    assert rows["Lease liabilities beginning"] == ("R$ 3,344", "R$ 3,205", "")


@st.composite
def period_rollforwards(draw):
    """A details page's roll-forward over years, newest first: the oldest year shows its closing
    balance only (no opening, no movement), as pages that present a balance sheet date more
    than the years they roll forward do; the rows as a crawl that drops empty cells writes them."""
    n = draw(st.integers(2, 4))
    amounts = st.integers(-9_999, 9_999).filter(bool)
    opening = [draw(amounts) for _ in range(n - 1)] + [None]
    rows, running = [("Balance, beginning", opening)], list(opening)
    for k in range(draw(st.integers(1, 5))):
        touched = draw(st.sets(st.integers(0, n - 2), min_size=1))
        move = [draw(amounts) if c in touched else None for c in range(n)]
        running = [None if r is None else r + (m or 0) for r, m in zip(running, move)]
        rows.append((f"Movement {k}", move))
    rows.append(("Balance, ending", running[:-1] + [draw(amounts)]))
    truth = [(label, [f"{v:,}" if v is not None else "" for v in values]) for label, values in rows]
    return [f"Dec. 31, {2024 - c}" for c in range(n)], truth


@settings(max_examples=200, deadline=None)
@given(period_rollforwards())
def test_a_placement_over_years_with_an_unopened_column_is_the_true_one(statement):
    """With the oldest year's opening not shown, whatever the rows, a row is placed where it
    truly stands or left as read."""
    assert_placed_truly(*statement)



def test_a_period_whose_closing_balance_is_not_shown_leaves_the_others_to_close():
    """A member's allowance over three years whose page shows the closing balance of two: the
    blank is a balance not shown (no 0), so the two amounts go where the years close."""
    text = "\n".join([
        "|", "Allowance for Doubtful Accounts (Details) (USD $)", "|12 Months Ended", "|", "Dec. 31, 2014", "|",
        "Dec. 31, 2013", "|", "Dec. 31, 2012",
        "|Beginning Balance", "|9", "|9", "|6",
        "|Provision for Doubtful Accounts", "|13", "|16", "|17",
        "|Write-offs", "|(8)", "|(16)", "|(14)",
        "|Ending Balance", "|$ 9", "|$ 9"])
    rows = {r.label: r.cells for r in refold.parse(text).tables[0].rows}
    assert rows["Ending Balance"] == ("", "$ 9", "$ 9")


def test_a_period_that_shows_only_its_balances_leaves_the_movements_to_the_others():
    """An allowance's roll-forward under a quarter, the quarter a year before, the year and the
    fifteen months since it began: the longest period shows its opening and closing amounts and
    none of the movements, and the year-old quarter no closing. No way closes every column; one
    closes every other while the fifteen months take no movement, and only that column allows
    one: the rows are placed so."""
    text = "\n".join([
        "|", "Allowance For Credit Loss (Details) - USD ($)", "$ in Millions", "|3 Months Ended",
        "|12 Months Ended", "|15 Months Ended", "|", "Mar. 31, 2022", "|", "Mar. 31, 2021", "|", "Dec. 31, 2021",
        "|", "Mar. 31, 2022",
        "|Balance at beginning of period", "|$ 71", "|$ 120", "|$ 120", "|$ 120",
        "|Provision charged to expense", "|(2)", "|$ 9", "|13",
        "|Write-offs", "|(4)", "|(41)",
        "|Changes for collectability", "|(12)", "|(19)",
        "|Effect of exchange rate changes", "|(2)", "|(2)",
        "|Balance at end of period", "|$ 51", "|$ 71", "|51"])
    rows = {r.label: r.cells for r in refold.parse(text).tables[0].rows}
    assert rows["Provision charged to expense"] == ("(2)", "$ 9", "13", "")
    assert rows["Write-offs"] == ("(4)", "", "(41)", "")
    assert rows["Balance at end of period"] == ("$ 51", "", "$ 71", "51")


@st.composite
def periods_partly_shown(draw):
    """A details page's roll-forward over periods, one of which shows only its balances (no
    movement) or no closing balance; the rows as a crawl that drops empty cells writes them."""
    n = draw(st.integers(2, 4))
    amounts = st.integers(-9_999, 9_999).filter(bool)
    odd = draw(st.integers(0, n - 1))
    no_movement = draw(st.booleans())
    opening = [draw(amounts) for _ in range(n)]
    rows, running = [("Balance, beginning", opening)], list(opening)
    for k in range(draw(st.integers(1, 5))):
        touched = draw(st.sets(st.integers(0, n - 1).filter(lambda c: not (no_movement and c == odd)), min_size=1))
        move = [draw(amounts) if c in touched else None for c in range(n)]
        running = [r + (m or 0) for r, m in zip(running, move)]
        rows.append((f"Movement {k}", move))
    closing = [draw(amounts) if no_movement and c == odd else None if c == odd else r for c, r in enumerate(running)]
    rows.append(("Balance, ending", closing))
    truth = [(label, [f"{v:,}" if v is not None else "" for v in values]) for label, values in rows]
    return [f"Dec. 31, {2024 - c}" for c in range(n)], truth


@settings(max_examples=200, deadline=None)
@given(periods_partly_shown())
def test_a_placement_over_periods_partly_shown_is_the_true_one(statement):
    """Whatever the rows, with a period's movements or closing balance not shown, a row is placed
    where it truly stands or left as read."""
    assert_placed_truly(*statement)

def test_an_option_plans_share_columns_roll_forward_beside_its_price_columns():
    """A stock option plan's activity, two classes of shares each with a weighted average exercise
    price, empty cells dropped: the balances (`Outstanding at …`) close over the share columns
    only (a weighted average is no sum), and each movement's two counts go to the two classes."""
    columns = ("Number of Class A Shares", "Weighted Average Exercise Price", "Number of Class C Shares",
               "Weighted Average Exercise Price")
    rows = [Row("Outstanding at January 1, 2018", ("880,426", "$ 4.35", "523,603", "$ 5.24")),
            Row("Adjustment for the effect of stock dividends", ("48,168", "27,491", "", "")),
            Row("Granted", ("142,000", "90,000", "", "")),
            Row("Cancelled", ("(59,320)", "(63,814)", "", "")),
            Row("Outstanding at December 31, 2018", ("1,011,274", "$ 4.49", "577,280", "$ 5.15"))]
    placed, guessed = place_by_rollforward(rows, {1, 2, 3}, columns)
    assert [r.cells for r in placed[1:4]] == [("48,168", "", "27,491", ""), ("142,000", "", "90,000", ""),
                                               ("(59,320)", "", "(63,814)", "")]
    assert guessed == set()


def test_a_share_count_column_and_figures_a_rounding_apart():
    """A statement whose first column counts shares (`Common Stock Shares`, no part of a row's
    total) and whose figures are rounded: `1,201` + `9` shown as `1,211`, retained earnings
    closing a unit off their movements. No way adds up exactly, so the placement is the one
    that adds up within a unit, and it is unique."""
    columns = ("Common Stock Shares", "Common Stock Amount", "Additional Paid-In Capital", "Treasury Stock",
               "Retained Earnings", "Noncontrolling Interest", "Total Shareholders' Equity")
    rows = [["BALANCE DECEMBER 31, 2024", "1,000,000", "$500", "$2,000", "($300)", "$4,000", "$50", "$6,250"],
            ["Net earnings", "1,201", "9", "1,211"],
            ["Dividends", "(400)", "(400)"],
            ["Treasury stock purchases", "(2,500)", "(150)", "(150)"],
            ["Employee stock plans", "3,000", "40", "60", "100"],
            ["BALANCE MARCH 31, 2025", "1,000,500", "$500", "$2,040", "($390)", "$4,802", "$59", "$7,011"]]
    lines = ["|", "CONSOLIDATED STATEMENTS OF SHAREHOLDERS' EQUITY - USD ($)", "$ in Millions"]
    for name in columns:
        lines += ["|", name]
    for label, *values in rows:
        lines += [f"|{label}", *(f"|{v}" for v in values)]
    table = refold.parse("\n".join(lines)).tables[0]
    assert [r.cells for r in table.rows[1:5]] == [
        ("", "", "", "", "1,201", "9", "1,211"),
        ("", "", "", "", "(400)", "", "(400)"),
        ("(2,500)", "", "", "(150)", "", "", "(150)"),
        ("3,000", "", "40", "60", "", "", "100")]


def test_a_rounding_is_no_excuse_where_the_figures_add_up_exactly():
    """`row_options` holds a total to its parts exactly unless given the figures' unit; share
    count columns stay out of the sum."""
    values = [Decimal(3769), Decimal(23), Decimal(3793)]
    assert (0, 1, 2) not in row_options(values, 3, 2)
    assert (0, 1, 2) in row_options(values, 3, 2, unit=1)
    shares = [Decimal(-7966), Decimal(-1351), Decimal(-1351)]
    assert (0, 1, 2) in row_options(shares, 3, 2, counts=frozenset({0}))
    assert (0, 1, 2) not in row_options(shares, 3, 2)


def test_a_blank_among_dashes_goes_where_other_rows_leave_the_column_empty():
    """`(20)` `—` `—` `(80)` `(80)` under six columns (HubSpot's `Restricted stock units taxes
    paid in cash`): the arithmetic puts `(20)` in the share count, `(80)` in paid-in capital and
    the total, and the two `—` in any two of the three columns that stay unchanged. Those ways
    are one reading of the figures, so the row is placed, its blank in the column that the rows
    placed as read leave empty or zero (treasury stock's amount, `$ —` in both balances)."""
    columns = ("Common Shares", "Common $", "Treasury Shares", "Treasury $", "Paid-In Capital", "Total")
    rows = [Row("Balance at start", ("100", "$ 1", "10", "$ —", "500", "501")),
            Row("Taxes paid in cash", ("(20)", "—", "—", "(80)", "(80)", "")),
            Row("Balance at end", ("80", "$ 1", "10", "$ —", "420", "421"))]
    placed, guessed = place_by_rollforward(rows, {1}, columns)
    assert placed[1].cells == ("(20)", "—", "—", "", "(80)", "(80)") and 1 not in guessed


def test_a_stretch_that_adds_up_without_one_row_places_the_others():
    """`Redemption | (6,000)` fits no column (no balance moves by it: the page does not show the
    column it belongs to). Leaving it out, and only it, the other movements add up in one way:
    they are placed, and it stays as read."""
    rows = [ROWS[0], ["Redemption", "(6,000)"], ["Share-based compensation", "441,310", "441,310"],
            ["Net loss", "(134,434)", "(134,434)"],
            ["Balance at Dec. 31, 2021", "$ 46", "8,181,193", "(594,371)", "7,586,868"]]
    table = refold.parse(equity_page(rows)).tables[0]
    assert [r.cells for r in table.rows[1:4]] == [("(6,000)", "", "", ""), ("", "441,310", "", "441,310"),
                                                  ("", "", "(134,434)", "(134,434)")]


def test_a_movement_never_stands_under_a_date_alone():
    """An insurer's reserves roll forward under two quarters and two year-end dates, a crawl that
    dropped empty cells: the net reserves' four values open the roll at the dates, so sums across
    the columns could put `Current year | (57) | (49)` under a quarter and a date. A movement is a
    period's: both stand under the quarters, as every other movement does."""
    lines = ["|", "Reserves for Insurance Losses (Details) - USD ($)", "$ in Millions", "|3 Months Ended",
             "|", "Mar. 31, 2024", "|", "Mar. 31, 2023", "|", "Dec. 31, 2023", "|", "Dec. 31, 2022",
             "|Liability for Unpaid Claims and Claims Adjustment Expense [Roll Forward]"]
    for label, values in [("Gross reserves, beginning balance", "$ 140|$ 119"), ("Less: Reinsurance recoverable", "66|72"),
                          ("Net reserves", "87|58|$ 74|$ 47"), ("Current year", "103|87"), ("Prior years", "9|1"),
                          ("Total net losses incurred", "112|88"), ("Current year", "(57)|(49)"),
                          ("Prior years", "(42)|(28)"), ("Total net losses paid", "(99)|(77)"),
                          ("Plus: Reinsurance recoverable", "77|75"), ("Gross reserves, ending balance", "$ 164|$ 133")]:
        lines += ["|" + label, *("|" + v for v in values.split("|"))]
    rows = refold.parse("\n".join(lines)).tables[0].rows
    movements = [r for r in rows if r.label in ("Current year", "Prior years")]
    assert [r.cells[2:] for r in movements] == [("", "")] * 4


def test_a_price_per_share_between_an_award_rolls_rows_is_not_rolled():
    """An option roll-forward whose rows each carry a weighted average exercise price below them,
    a details page that dropped empty cells: the prices are rates, no movement of the count, so
    the counts alone roll and `Granted | 30` goes where they close, under 2022."""
    lines = ["|", "Stock Options (Details) - USD ($)", "|12 Months Ended", "|", "Dec. 31, 2023", "|", "Dec. 31, 2022"]
    for label, values in [("Options outstanding, beginning balance", "100|80"),
                          ("Options outstanding, weighted average exercise price", "$ 10|$ 9"),
                          ("Granted", "30"), ("Granted, weighted average exercise price", "$ 12"),
                          ("Exercised", "(5)|(10)"), ("Exercised, weighted average exercise price", "$ 8|$ 7"),
                          ("Options outstanding, ending balance", "95|100")]:
        lines += ["|" + label, *("|" + v for v in values.split("|"))]
    rows = refold.parse("\n".join(lines)).tables[0].rows
    assert rows[2].cells == ("", "30")
    # an amount that names its rate rolls: a statement of equity's dividends
    from refold.rollforward import RE_PER_UNIT_ROW
    assert not RE_PER_UNIT_ROW.search("Dividends declared ($1.30 per share)")


def test_a_count_of_shares_held_between_the_balance_and_the_movements_is_no_movement():
    """`Treasury Stock Shares Held | 200,933` after the opening balance, a count by its standard
    label (no `, shares`): it belongs to the share counts, so the amounts' roll-forward still
    closes once the one row it cannot place (a Total-only line of the same conversion) is set aside."""
    rows = [["Balance at Dec. 31, 2019", "$ 46", "$ 7,739,883", "$ (459,937)", "$ 7,279,992"],
            ["Shares, Outstanding", "3,157,787"], ["Treasury Stock Shares Held", "200,933"],
            ["Net income", "7,050", "7,050"], ["Conversion of convertible securities", "$ 2,956", "5,909,044"],
            ["Conversion of units", "$ 5,912,000"], ["Cash dividends", "(1,301)", "(1,301)"],
            ["Balance at Dec. 31, 2020", "$ 3,002", "13,648,927", "(454,188)", "13,197,741"]]
    table = refold.parse(equity_page(rows)).tables[0]
    cells = {r.label: r.cells for r in table.rows}
    assert cells["Net income"] == ("", "", "7,050", "7,050")
    assert cells["Conversion of convertible securities"] == ("$ 2,956", "5,909,044", "", "")
    assert cells["Cash dividends"] == ("", "", "(1,301)", "(1,301)")


def test_a_members_roll_forward_after_its_heading_opens_anew_and_its_subtotal_adds_its_movements():
    """An AOCI details page, empty cells dropped, a date alone (`Jun. 30, 2019`) before its years:
    the total's roll-forward, then `Defined Benefit
    Plans [Member]` and the member's. The heading ends the first; the member's `Balance at January
    1` opens the second (not a balance the first must reach). In each, `Net year-to-date …` is the
    subtotal of the movements above it: the roll-forward settles without it, and it goes where
    it equals their sums."""
    text = "\n".join([
        "|", "Accumulated Other Comprehensive Income/(Loss) (Details) - USD ($)", "$ in Millions",
        "|12 Months Ended", "|", "Jun. 30, 2019", "|", "Dec. 31, 2019", "|", "Dec. 31, 2018", "|", "Dec. 31, 2017",
        "|Balance at January 1", "|$ (1,415)", "|$ (1,141)",
        "|Other comprehensive income/(loss) before reclassifications", "|(69)", "|(37)",
        "|Amounts reclassified from accumulated other comprehensive income/(loss)", "|36", "|63",
        "|Net year-to-date other comprehensive income/(loss), net of taxes", "|(33)", "|26",
        "|Reclassification due to ASU 2018-02 adoption", "|(300)",
        "|Balance at December 31", "|(1,448)", "|(1,415)", "|(1,141)",
        "|Defined Benefit Plans [Member]",
        "|Balance at January 1", "|(1,192)", "|(1,029)",
        "|Other comprehensive income/(loss) before reclassifications", "|(86)", "|(1)",
        "|Amounts reclassified from accumulated other comprehensive income/(loss)", "|36", "|63",
        "|OPEB Plan amendment", "|92",
        "|Net year-to-date other comprehensive income/(loss), net of taxes", "|42", "|62",
        "|Reclassification due to ASU 2018-02 adoption", "|(225)",
        "|Balance at December 31", "|(1,150)", "|(1,192)", "|(1,029)"])
    rows = [(r.label, r.cells) for r in refold.parse(text).tables[0].rows if any(r.cells)]
    subtotal = "Net year-to-date other comprehensive income/(loss), net of taxes"
    reclassified = "Reclassification due to ASU 2018-02 adoption"
    assert rows[3] == (subtotal, ("", "(33)", "26", ""))
    assert rows[4] == (reclassified, ("", "", "(300)", ""))
    assert rows[9] == ("OPEB Plan amendment", ("", "92", "", ""))
    assert rows[10] == (subtotal, ("", "42", "62", ""))
    assert rows[11] == (reclassified, ("", "", "(225)", ""))


def test_a_wide_statement_whose_balances_leave_columns_empty_settles_by_what_issuance_moves():
    """Twelve columns, empty cells dropped, the balances leaving two columns empty (`Repurchased
    Shares`, `Deposit for Future Stock Subscription`) and the issuances writing par, paid-in
    capital and total: an issuance of stock moves paid-in capital as well as common stock, so of
    the ways that add up alike the one with the excess in `Additional Paid-In Capital` is the
    best, and the search (sparse balances under twelve columns) finishes within its bound."""
    names = ["Class A Preferred Stock", "Class B Preferred Stock", "Class C Preferred Stock", "Common Stock [Member]",
             "Treasury Stock", "Class A Preferred Treasury Stock", "Class B Preferred Treasury Stock",
             "Additional Paid-In Capital", "Repurchased Shares", "Deposit for Future Stock Subscription",
             "Accumulated (Deficit)", "Total"]
    opening = ["$ 2,560", "$ 3,735", "$ 1", "$ 29,107", "$ (5,100,218)", "$ (179,368)", "$ (79,882)", "$ 23,131,864",
               "$ (17,264,788)", "$ 543,011"]
    closing = ["$ 2,560", "$ 3,735", "$ 1", "$ 29,564", "$ (5,100,218)", "$ (179,368)", "$ (79,882)", "25,207,137",
               "(20,118,169)", "(234,640)"]
    rows = [("Beginning balance, value at Dec. 31, 2018", opening),
            ("Issuance of common stock for cash, value", ["$ 194", "968,806", "969,000"]),
            ("Stock based payments for services, value", ["$ 29", "142,601", "142,630"]),
            ("Issuance of common stock in exchange for deferred revenue obligation, value", ["$ 120", "389,880", "390,000"]),
            ("Conversion of warrants to common stock, value", ["$ 114", "573,986", "574,100"]),
            ("Net loss", ["(2,853,381)", "(2,853,381)"]),
            ("Ending balance, value at Dec. 31, 2019", closing)]
    lines = ["|", "Consolidated Statements Of Stockholders' Equity (Deficit) - USD ($)"]
    for name in names:
        lines += ["|", name]
    for label, values in rows:
        lines += [f"|{label}", *(f"|{v}" for v in values)]
    table = refold.parse("\n".join(lines)).tables[0]
    got = {r.label: r.cells for r in table.rows}
    assert got["Issuance of common stock for cash, value"] == (
        "", "", "", "$ 194", "", "", "", "968,806", "", "", "", "969,000")
    assert got["Net loss"][10:] == ("(2,853,381)", "(2,853,381)")
    assert got["Ending balance, value at Dec. 31, 2019"][7:] == ("25,207,137", "", "", "(20,118,169)", "(234,640)")


def test_a_statement_with_a_members_columns_no_row_fills_settles_within_its_bound():
    """Eight columns, the Total first, then a member's three that no row of this stretch fills,
    empty cells dropped: the balances hold five figures of eight, so each balance has many
    placements to weigh and the exact search takes over 80,000 steps (under 200,000, about a
    fifth of a second). Within the bound, every movement settles where the arithmetic puts it."""
    names = ["Total", "Series B Convertible Preferred Stock", "Common Stock", "Additional Paid-In Capital",
             "Accumulated Deficit", "Management Incentive [Member]", "Management Incentive [Member] Common Stock",
             "Management Incentive [Member] Additional Paid-In Capital"]
    rows = [("Beginning Balance at Dec. 31, 2017", ["$ 4,917,389", "$ 40", "$ 37", "$ 186,355,386", "$ (181,438,074)"]),
            ("Stock-based compensation expense", ["436,077", "436,077"]),
            ("Conversion of Stock, Amount Converted", ["$ (12)", "(32)"]),
            ("Issuance of common stock upon conversion of preferred stock", ["0", "$ 44"]),
            ("Stock Issued During Period, Value, Other", ["$ 284,264", "$ 2", "$ 284,262"]),
            ("Issuance of common stock under employees stock purchase plan", ["17,618", "$ 1", "17,617"]),
            ("Effect of Adoption, Quantification", ["287,858", "287,858"]),
            ("Net income (loss)", ["13,605", "13,605"]),
            ("Ending Balance at Dec. 31, 2018", ["5,956,811", "$ 28", "$ 84", "187,093,310", "(181,136,611)"])]
    lines = ["|", "Statements of Changes in Stockholders' Equity - USD ($)"]
    for name in names:
        lines += ["|", name]
    for label, values in rows:
        lines += [f"|{label}", *(f"|{v}" for v in values)]
    got = {r.label: r.cells for r in refold.parse("\n".join(lines)).tables[0].rows}
    assert got["Stock-based compensation expense"] == ("436,077", "", "", "436,077", "", "", "", "")
    assert got["Conversion of Stock, Amount Converted"] == ("", "$ (12)", "", "(32)", "", "", "", "")
    assert got["Stock Issued During Period, Value, Other"] == ("$ 284,264", "", "$ 2", "$ 284,262", "", "", "", "")
    assert got["Net income (loss)"] == ("13,605", "", "", "", "13,605", "", "", "")


def test_share_counts_no_sum_settles_stand_in_the_stock_columns():
    """Share counts whose roll-forward does not add up (a sign the filer flipped), read from the
    left under `Total` first: the balances go into the stock columns in order (two counts, two
    classes and a member's one more), a movement into the class its label names; an amount
    whose label speaks of shares (`Repurchase of shares`) is no count and stays."""
    from refold.rollforward import share_counts_in_stock_columns

    columns = ("Total", "Series B Preferred Stock", "Common Stock", "Additional Paid-In Capital", "Accumulated Deficit",
               "Management Incentive [Member] Common Stock")
    rows = [Row("Beginning Balance (in shares)", ("29,479.98", "270,590", "", "", "", "")),
            Row("Issuance of common stock under employee stock purchase plan (in shares)", ("2,280", "", "", "", "", "")),
            Row("Repurchase of shares", ("(41,033)", "", "", "", "", "")),
            Row("Ending Balance (in shares)", ("17,513.63", "738,029", "", "", "", ""))]
    placed = share_counts_in_stock_columns(list(rows), {0, 1, 2, 3}, columns)
    assert placed[0].cells == ("", "29,479.98", "270,590", "", "", "")
    assert placed[1].cells[2] == "2,280" and placed[1].cells[0] == ""
    assert placed[2] == rows[2]
    assert placed[3].cells == ("", "17,513.63", "738,029", "", "", "")


def test_a_movement_the_crawl_emptied_before_the_closing_balance_opens_nothing():
    """`Conversion of convertible note` with no values (the crawl lost them) right before `Ending
    balance`: a closing balance never opens a roll-forward, so the year's rows settle (here the
    repurchase's total, which a share count under the opening balance keeps other rules from)."""
    rows = [["Beginning balance, value at Dec. 31, 2019", "$ 6,018", "$ 61,066,971", "$ (47,288,007)", "$ 13,784,982"],
            ["Common Stock, Shares, Outstanding, Beginning Balance at Dec. 31, 2019", "6,017,674"],
            ["Repurchase of common stock", "$ (5)", "(8,475)", "(8,480)"],
            ["Cancellation of restricted stock", "$ (10)", "10"],
            ["Exercise of stock options", "$ 100", "167,965", "168,065"],
            ["Stock-based compensation", "507,051", "507,051"],
            ["Net income", "(3,278,601)", "(3,278,601)"],
            ["Conversion of convertible note"],
            ["Ending balance, value at Dec. 31, 2020", "$ 6,103", "61,733,522", "(50,566,608)", "$ 11,173,017"]]
    got = {r.label: r.cells for r in refold.parse(equity_page(rows)).tables[0].rows}
    assert got["Repurchase of common stock"] == ("$ (5)", "(8,475)", "", "(8,480)")
    assert got["Net income"] == ("", "", "(3,278,601)", "(3,278,601)")


def test_a_movements_count_of_shares_under_its_amounts_keeps_out_of_the_amounts():
    """A statement that writes each movement's amounts, then its count of shares under the same
    label (`Vesting of restricted stock | $ 39 | (39)`, then `Vesting of restricted stock |
    38,775`), its share balances saying so (`Shares, Outstanding, Beginning Balance`): the counts
    roll forward apart, so the amounts close and settle."""
    rows = [["Beginning balance, value at Dec. 31, 2020", "$ 6,103", "$ 61,733,522", "$ (51,117,364)", "$ 10,622,261"],
            ["Shares, Outstanding, Beginning Balance at Dec. 31, 2020", "6,102,630"],
            ["Vesting of restricted stock", "$ 39", "(39)"], ["Vesting of restricted stock", "38,775"],
            ["Exercise of stock options", "$ 713", "1,710,945", "$ 1,711,658"], ["Exercise of stock options", "713,349"],
            ["Stock-based compensation", "148,772", "$ 148,772"],
            ["Net income", "202,902", "202,902"],
            ["Cancellation of restricted stock", "$ (3)", "3"], ["Cancellation of restricted stock", "(2,755)"],
            ["Ending balance, value at Mar. 31, 2021", "$ 6,852", "63,593,203", "(50,914,462)", "12,685,593"],
            ["Shares, Outstanding, Ending Balance at Mar. 31, 2021", "6,851,999"]]
    got = [(r.label, r.cells) for r in refold.parse(equity_page(rows)).tables[0].rows]
    assert got[4] == ("Exercise of stock options", ("$ 713", "1,710,945", "", "$ 1,711,658"))
    assert got[7] == ("Net income", ("", "", "202,902", "202,902"))
    assert got[3] == ("Vesting of restricted stock", ("38,775", "", "", ""))
