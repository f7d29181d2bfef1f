"""Schedule headers: the tokens above a schedule's first row -> one header string per column.

Spans are lost in the flattening, so header rows are rebuilt from what the cells say:
consecutive cells of one class (years, period phrases, dates, units, text) form a header row;
a row that reappears lower down was a hidden duplicate and goes; a row with fewer cells than
columns spans them evenly when it divides them, else its cells sit over the first columns.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from itertools import combinations

from refold.kinds import (MAX_STACKED_LINE_WORDS, RE_AUDIT_NOTE, RE_YEAR_IN, RE_MONTH_DAY, RE_QUALIFIER_LINE, Kind, classify, is_name_unit,
                          rate_range, stacked_dates, stacked_rows_fit)
from refold.model import Token, join_lines
from refold.textblock import CONNECTING_WORDS, reads_as_sentence

# a scale note over the columns: `(in thousands)`, `($ in millions)`, `Amounts in millions, except
# per share amounts`, `Millions, for the six months ended June 30,` (the stub's caption)
RE_SCALE_NOTE = re.compile(
    r"^(?:\(.*\b(?:thousands|millions|billions)\b.*\)|(?:(?:amounts|dollars|\$|US\$)\s)?in\s(?:thousands|millions|"
    r"billions)\b.*|(?:thousands|millions|billions)(?:,.*)?)$", re.IGNORECASE)


def header_class(tok: Token) -> str:
    if tok.kind == Kind.YEAR:
        return "year"
    if tok.kind == Kind.PERIOD:  # `Three Months Ended` over `March 31` over `2016`: two rows
        return "day" if RE_MONTH_DAY.match(tok.text) else "period"
    if tok.kind == Kind.DATE:
        return "date"
    if tok.kind in (Kind.UNIT, Kind.SYMBOL):
        return "unit"
    return "text"


def group_header_rows(tokens: list[Token], breaks: tuple[Token, ...] = ()) -> list[list[str]]:
    """Runs of one class are one header row; a token of `breaks` opens a row too."""
    rows: list[list[str]] = []
    last = None
    for tok in tokens:
        cls = header_class(tok)
        if cls != last or any(tok is row_start for row_start in breaks):
            rows.append([])
            last = cls
        rows[-1].append(tok.text)
    return rows


def leaf_row_last(rows: list[list[str]], tokens: list[Token], n: int) -> list[list[str]]:
    """`2025`, `2024`, `$ Change`, `% Change`, … under the periods: the last `n` cells, years or
    dates among them and no period phrase, are one row (the columns' own names), however their
    classes alternate; the cells above keep their class runs. Not where the years only close the
    last cells (`Quarter` `Quarter` `Quarter` `2020`: a year after a row of names)."""
    if n < 2 or len(tokens) < n:
        return rows
    last = tokens[-n:]
    classes = {header_class(t) for t in last}
    dated = [k for k, t in enumerate(last) if header_class(t) in ("year", "date")]
    if not dated or classes & {"period", "day"} or len(classes) == 1 or dated == list(range(n - len(dated), n)):
        return rows
    above = tokens[:-n]
    upper = [[t.text for t in above]] if spans_in_turn(above, n) else group_header_rows(above)
    return upper + [[t.text for t in last]]


def spans_in_turn(tokens: list[Token], n: int) -> bool:
    """`Three Months Ended June 30,` `Change` `Six Months Ended June 30,` `Change` over
    `2025` `2024` `$` `%` twice: cells whose classes alternate and repeat are one row whose cells
    span the columns evenly (stacked rows of one cell each never repeat a pattern of classes)."""
    k = len(tokens)
    classes = [header_class(t) for t in tokens]
    return 4 <= k < n and n % k == 0 and k % 2 == 0 and classes[: k // 2] == classes[k // 2 :] \
        and all(a != b for a, b in zip(classes, classes[1:]))


def split_long_rows(rows: list[list[str]], n: int, stub_named: bool = False, named_below: bool = False) -> list[list[str]]:
    """A run longer than the table is wide holds several header rows; the last has `n` cells,
    unless its lines are the columns' names wrapped one line a cell (`regroup_wrapped`). One
    name more than the columns names the stub, unless a scale note names it already and one
    line plainly continues the name before it (`stub_named`, `one_wrapped_name`:
    `(MILLIONS OF DOLLARS)` over the labels, then `As Previously Reported`, `Effect of Change`,
    `Higher/(Lower)`, `As Restated` over three columns)."""
    out: list[list[str]] = []
    for k, row in enumerate(rows):
        if n <= 0 or len(row) <= n:
            out.append(row)
            continue
        if len(row) == n + 1 and stub_named and (joined := one_wrapped_name(row)):
            out.append(joined)
            continue
        last = k == len(rows) - 1 or all(len(later) == 1 for later in rows[k + 1:])  # a year under every column
        if last and len(row) >= n + 2 and not repeats_a_leaf(row[-n:]) and not leaves_of_ranges(row, n) and not (
                len(row) % n == 0 and stacked_rows_fit(row, n)) and (names := regroup_wrapped(row, n)):
            out.append(names)
            continue
        if len(row) == n + 1 and named_below and n > 1 and not RE_STUB_NAME.search(row[0]) and not first_name_wrapped(row):
            # a scale note names the stub below: the first name stands over the columns (not a name
            # of the rows' own, `Period`, `2011 Quarter`, `FISCAL YEAR 2013`, nor a name's first
            # line, `Foreign Currency Translation` + `Adjustments`)
            out += [[row[0]], row[1:]]
            continue
        if len(row) == n + 1:
            out.append(row[1:])  # the stub column's own header over the labels
            continue
        first = len(row) % n
        if first:
            out.append(row[:first])
        out.extend(row[k : k + n] for k in range(first, len(row), n))
    return out


def leaves_of_ranges(row: list[str], n: int) -> bool:
    """`Exercise Price Range` `Total` then `$11.61 to $16.93` … `$11.61 to $32.90`: the last `n`
    names ranges, none before them: the lower row, one a column, no name wrapped over lines."""
    return all(rate_range(name) for name in row[-n:]) and not any(rate_range(name) for name in row[:-n])


_CONNECTORS = frozenset("and of & for in to the per or on from at by as that - —".split())
WRAP_BREAK_COST = 10.0
# words that open a column's name (`Unrealized Gains`) or close one (`Fair Value`): a name's run
# should not end on the first kind nor start on the second
_NAME_OPENERS = frozenset(
    "adjusted unrealized realized current non-current noncurrent fair gross net total accumulated "
    "weighted-average weighted average estimated carrying aggregate remaining number amortized "
    "cumulative deferred common preferred treasury additional retained noncontrolling non-controlling redeemable".split())
_NAME_CLOSERS = frozenset(
    "cost costs value gains losses loss gain securities equivalents amount amounts basis price prices "
    "rate rates term life shares units balance income expense expenses assets liabilities reserves "
    "allowance depreciation amortization stock capital deficit earnings equity quarter interests interest loan "
    "loans facility notes debt ending ended".split())
WRAP_WORD_COST = 1.0
_OPEN_ENDINGS = _CONNECTORS | _NAME_OPENERS  # words a line ends on that leave its name open


def one_wrapped_name(row: list[str]) -> list[str] | None:
    """The row with its one wrapped name joined, where exactly one line continues the line before
    it (a qualifier, `Higher/(Lower)`; a lower-case start; after a connecting word); else None."""
    joins = [k for k in range(1, len(row)) if RE_QUALIFIER_LINE.match(row[k]) or row[k][:1].islower()
             or row[k - 1].split()[-1].lower() in _CONNECTORS]
    if len(joins) != 1:
        return None
    k = joins[0]
    return [*row[: k - 1], f"{row[k - 1]} {row[k]}", *row[k + 1 :]]


def repeats_a_leaf(row: list[str]) -> bool:
    """`Quarter` `Quarter` `Quarter` `Quarter` `Year`: one name over half the columns or more is
    a header row of its own (under `First` … `Fourth`), not names that wrapped."""
    most = max(row.count(text) for text in row)
    return most > 1 and 2 * most >= len(row)


def regroup_wrapped(lines: list[str], n: int, evenness: float = 1.0, kinds_checked: bool = False) -> list[str] | None:
    """`Adjusted` `Cost` `Unrealized` `Gains` … `Non-Current` `Marketable` `Securities` over 7
    columns: the `n` names the lines wrapped from, each a run of consecutive lines. The runs are
    as even as they can be; a run never ends on a connecting word (`Cash and`) nor starts on one
    or in lower case, and a pair of lines that recurs (`Marketable` `Securities`) stays in one
    run; a run rather opens on a modifier (`Unrealized`) and closes on a head noun (`Value`).
    Text-only header rows of many short lines, as one-cell-a-line crawls write them; or the
    words of one line, where names take a few words each however uneven (`evenness` below 1;
    `kinds_checked` where the caller read the whole line as text: `Ending` alone reads as a period)."""
    m = len(lines)
    if any(len(line.split()) > MAX_STACKED_LINE_WORDS or (not kinds_checked and classify(line) != Kind.TEXT
                                                          and not is_name_unit(line)) for line in lines):
        return None  # names only: a row of years (a hidden duplicate over the years) is no name
    mean = m / n
    pairs = {pair for pair, seen in Counter(zip(lines, lines[1:])).items() if seen > 1}
    opens = [line.split()[0].lower() in _NAME_OPENERS for line in lines]
    ends_open = [line.split()[-1].lower() in _OPEN_ENDINGS for line in lines]

    def cost(i: int, j: int) -> float:  # lines i..j-1 as one name
        c = evenness * (j - i - mean) ** 2
        last, first = lines[j - 1].split()[-1].lower(), lines[i].split()[0]
        c += WRAP_BREAK_COST * ((last in _CONNECTORS or last.endswith((",", "-"))) + (first[:1].islower())
                                + bool(RE_QUALIFIER_LINE.match(lines[i])))
        # an opener that ends the last name (`Total`) and a closer that opens the first open nothing else
        c += WRAP_WORD_COST * ((last in _NAME_OPENERS and j < m) + (first.lower() in _NAME_CLOSERS and i > 0))
        if j < m and (lines[j - 1], lines[j]) in pairs:
            c += WRAP_BREAK_COST  # a recurring pair split across two names
        # a line opening on an opener after a line that ends a name (`Purchased` + `Average
        # Price`) opens a name of its own
        c += WRAP_WORD_COST * sum(1 for k in range(i + 1, j) if opens[k] and not ends_open[k - 1])
        return c

    inf = float("inf")
    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for j in range(1, m + 1):
        for g in range(1, min(n, j) + 1):
            for i in range(g - 1, j):
                if best[i][g - 1] < inf and (c := best[i][g - 1] + cost(i, j)) < best[j][g]:
                    best[j][g], back[j][g] = c, i
    if best[m][n] == inf:
        return None
    names, j = [], m
    for g in range(n, 0, -1):
        i = back[j][g]
        names.append(" ".join(lines[i:j]))
        j = i
    return names[::-1]


def names_wrapped_around_years(lines: list[str], kinds: list[Kind], n: int) -> list[str] | None:
    """`Remaining` `2024` `2025` … `2028` `Later` `Years` `Total Lease` `Payments` `Less: Imputed`
    `Interest` `Total` over nine columns: names that wrapped, one line a cell, years among them.
    A year ends its name (the texts right before it open it: `Remaining 2024`); the texts after
    the last year regroup into the names left (`regroup_wrapped`). None unless the lines are
    more than the columns and read so into exactly `n` names."""
    if len(lines) <= n or any(k not in (Kind.TEXT, Kind.YEAR) for k in kinds):
        return None
    years = [int(line) for line, kind in zip(lines, kinds) if kind == Kind.YEAR and line.isdigit()]
    if len(years) < MIN_MATURITY_YEARS or sum(1 for k in kinds if k == Kind.YEAR) != len(years) \
            or any(abs(b - a) != 1 for a, b in zip(years, years[1:])):
        return None  # a maturity table's years run one after another (`2017` over `As Reported` … is a group)
    names: list[str] = []
    held: list[str] = []
    for line, kind in zip(lines, kinds):
        held.append(line)
        if kind == Kind.YEAR:
            if len(held) > MAX_LINES_BEFORE_YEAR + 1:
                return None
            names.append(" ".join(held))
            held = []
    if not held:
        return names if len(names) == n else None
    if len(held) >= n:
        return None  # as many names after the years as columns: the years are groups over them
    left = n - len(names)
    rest = regroup_wrapped(held, left) if 0 < left < len(held) else held if left == len(held) else None
    return None if rest is None else [*names, *rest]


MAX_LINES_BEFORE_YEAR = 1  # `Remaining` `2024`: a text over a year is its name's first line
MIN_MATURITY_YEARS = 3


def drop_hidden_duplicates(rows: list[list[str]]) -> list[list[str]]:
    """Filers hide a copy of a header row; the visible copy is the later one."""
    seen: set[tuple[str, ...]] = set()
    kept: list[list[str]] = []
    for row in reversed(rows):
        key = tuple(row)
        if key not in seen:
            seen.add(key)
            kept.append(row)
    return kept[::-1]


_PERIOD_KINDS = frozenset({Kind.PERIOD, Kind.DATE, Kind.YEAR, Kind.UNIT})


def stub_caption(tokens: list[Token], rows: list[list[str]], n: int) -> str | None:
    """`Inventories` over `As of` / `(in millions)` `June 30, 2018` `December 31, 2017`: one text
    in the header's first cell (no empty stub cell before it), above rows of periods and dates
    alone, names the table from the stub, not every column. Where the stub's empty cell comes
    first (`|` then `|% of Net sales`), or names follow, the text spans the columns."""
    first = next((t for t in tokens if t.kind != Kind.EMPTY or not t.absorbed), None)
    if n < 2 or len(rows) < 2 or len(rows[0]) != 1 or first is None or first.text != rows[0][0]:
        return None
    if classify(rows[0][0]) != Kind.TEXT or not all(classify(t) in _PERIOD_KINDS for row in rows[1:] for t in row):
        return None
    return rows[0][0]


def caption_before_names(tokens: list[Token], rows: list[list[str]], n: int) -> str | None:
    """`Schedule of judicial deposits` then `Tax` `Labor` `Civil, commercial and other` `Total`
    over eight dates: the header's first cell (no empty stub cell before it) in the names' row is
    the stub's caption where the names after it, not with it, split the dates evenly."""
    # (a header opening with its empty stub cell has `""` first, which no row of names holds)
    if n < 2 or len(rows) < 2 or len(rows[0]) < 3 or tokens[0].text != rows[0][0] or classify(rows[0][0]) != Kind.TEXT:
        return None
    names = len(rows[0]) - 1
    if n % names or not n % (names + 1) or not all(classify(t) in _PERIOD_KINDS for row in rows[1:] for t in row):
        return None
    return rows[0][0]


def spread(row: list[str], n: int) -> list[str]:
    """A header row's cells over `n` columns: one each, or spanning them evenly; else from the
    first column (`First` … `Fourth` over four quarters and `Year`), except periods, whose first
    cells span one column more than the last (`December 31,` over `2018` `2019`, `June 30,` over
    `2020`: the years a filing compares, then its interim period)."""
    k = len(row)
    if k == n:
        return list(row)
    if k and n % k == 0:
        return [row[i // (n // k)] for i in range(n)]
    if 1 < k < n and all(classify(cell) == Kind.PERIOD for cell in row):
        wide, narrow = n // k + 1, n // k
        more = n % k  # the first `more` cells take `wide` columns
        return [row[i // wide] if i < more * wide else row[more + (i - more * wide) // narrow] for i in range(n)]
    return list(row[:n]) + [""] * (n - min(k, n))


RE_AS_OF = re.compile(r"\bas of$", re.IGNORECASE)


def over_date_runs(row: list[str], leaves: list[str], n: int) -> list[str] | None:
    """`Principal Amount at Par` and `Level 2 Fair Value as of` over `June 30, 2025` `December 31,
    2024` `Issuance Date` `Maturity` `June 30, 2025` `December 31, 2024`: names that are no
    periods (or end `as of`), as many as the runs of dates among the leaves, head those runs;
    the leaves between them (a text column's name) stand under none. One name alone heads every
    column, unless it ends `as of`. None where the row does not read so (`Three Months Ended`
    may head its `$ Change` too: filers differ)."""
    k = len(row)
    if not 1 <= k < n or len(leaves) != n or row is leaves or (k == 1 and not RE_AS_OF.search(row[0])):
        return None
    dated = [classify(leaf) in (Kind.DATE, Kind.YEAR) for leaf in leaves]
    starts = [j for j in range(n) if dated[j] and (j == 0 or not dated[j - 1])]
    if len(starts) != k or all(dated) or not all(
            classify(name) == Kind.TEXT or RE_AS_OF.search(name) for name in row):
        return None
    out = [""] * n
    for name, start in zip(row, starts):
        j = start
        while j < n and dated[j]:
            out[j] = name
            j += 1
    return out


def over_kind_runs(row: list[str], leaves: list[str], n: int) -> list[str] | None:
    """`Balance as of` `Basis of Fair Value Measurements` over `June 30, 2014` `Level 1` `Level 2`
    `Level 3`: names as many as the runs of dates and of other names among the leaves head those
    runs in turn, where each name that ends `as of` stands over dates (it reads on into them).
    None where the row does not read so."""
    k = len(row)
    if k < 2 or len(leaves) != n or row is leaves or not all(classify(name) == Kind.TEXT for name in row):
        return None
    dated = [classify(leaf) in (Kind.DATE, Kind.YEAR) for leaf in leaves]
    starts = [j for j in range(n) if j == 0 or dated[j] != dated[j - 1]]
    if len(starts) != k or not any(RE_AS_OF.search(name) for name in row) \
            or any(RE_AS_OF.search(name) and not dated[start] for name, start in zip(row, starts)):
        return None
    ends = [*starts[1:], n]
    return [name for name, start, end in zip(row, starts, ends) for _ in range(start, end)]


def total_over_its_column(row: list[str], leaves: list[str], n: int) -> list[str] | None:
    """`Exercise Price Range` `Total` over four ranges of prices: names whose last is a total,
    fewer than the columns, over leaves that differ one from another: the total heads the last
    column alone (a total's own column), the names before it spread evenly over the others. None
    where the row does not read so (leaves in runs repeated under each name spread evenly)."""
    k = len(row)
    if not 2 <= k < n or len(leaves) != n or row is leaves or not RE_TOTAL_NAME.match(row[-1]) \
            or len(set(leaves)) < n or RE_TOTAL_NAME.match(leaves[-1]) or any(classify(name) != Kind.TEXT for name in row) \
            or (n - 1) % (k - 1):
        return None
    return spread(row[:-1], n - 1) + [row[-1]]


RE_TOTAL_NAME = re.compile(r"^(?:Total|Totals|TOTAL)$")  # a total column's own name


def over_repeated_runs(row: list[str], leaves: list[str], n: int) -> list[str] | None:
    """`September 30, 2024` `December 31, 2023` over `Estimated Useful Life`, `Gross Carrying
    Amount` `Accumulated Amortization` `Net Carrying Value` twice: dates (or periods), as many as
    the runs of names repeated at the header's end, head those runs; the names before them (a
    text column's) stand under none. None where the row does not read so."""
    k = len(row)
    if k < 2 or len(leaves) != n or row is leaves or n % k == 0 \
            or not all(classify(cell) in (Kind.DATE, Kind.YEAR, Kind.PERIOD) for cell in row):
        return None
    for r in range(n // k, 1, -1):  # the longest run that repeats k times at the end
        tail = leaves[n - k * r :]
        if all(tail[j] == tail[j % r] for j in range(k * r)):
            return [""] * (n - k * r) + [cell for cell in row for _ in range(r)]
    return None


def periods_over_distinct_dates(row: list[str], leaves: list[str], n: int) -> list[str] | None:
    """`Quarters Ended` `Year Ended` over `March 31, 2020` … `December 31, 2020` `December 31,
    2020`: one period never heads the same date twice, so where spreading the periods (`spread`)
    would put a date twice under one, each period heads the run that ends before the date comes
    again; the most even such runs where several do. None where spreading holds, or no runs do."""
    k = len(row)
    if not 1 < k < n or len(leaves) != n or n > MAX_SPREAD_SEARCH or row is leaves \
            or not all(classify(cell) == Kind.PERIOD for cell in row):
        return None

    def distinct(top: list[str]) -> bool:
        return all(len({leaves[j] for j in range(n) if top[j] == cell}) == top.count(cell) for cell in set(top))

    if distinct(spread(row, n)) or len(set(leaves)) == n:
        return None
    best = None
    for cuts in combinations(range(1, n), k - 1):
        bounds = (0, *cuts, n)
        top = [row[g] for g in range(k) for _ in range(bounds[g + 1] - bounds[g])]
        widest = max(b - a for a, b in zip(bounds, bounds[1:]))
        if distinct(top) and (best is None or widest < best[0]):
            best = (widest, top)
    return best[1] if best else None


MAX_SPREAD_SEARCH = 16  # columns at most for the search over runs (it grows as C(n - 1, k - 1))


def header_to_columns(tokens: list[Token], n: int) -> tuple[list[str], list[list[str]], str | None]:
    """Column headers, the header rows as read, and a scale note such as `(in thousands)`."""
    columns, read, note, _levels, _caption = header_levels(tokens, n)
    return columns, read, note


def unstack_dates(tok: Token) -> list[Token]:
    """`Three Months Ended` / `October 3, 2021` / `September 27, 2020` in one cell (a crawl
    joined a header's rows): the period over each date, as cells of their own would read."""
    parts = stacked_dates(tok.text)
    if not parts:
        return [tok]
    period, dates = parts
    return [replace(tok, text=period, kind=Kind.PERIOD)] + [replace(tok, text=d, kind=Kind.DATE) for d in dates]


def join_name_runs(tokens: list[Token], n: int) -> list[Token]:
    """`Adjusted` `Cost` ␣ `Unrealized` `Gains` ␣ …: the header's last texts, in exactly `n` runs
    a spacer apart, some of several lines, are the `n` column names wrapped one line a cell."""
    k = len(tokens)
    while k > 0 and (tokens[k - 1].kind in (Kind.TEXT, Kind.EMPTY) or is_name_unit(tokens[k - 1].text)):
        k -= 1  # (`Shares` ␣ `Wtd. Avg.` `Exer. Price`: among names, `Shares` is one)
    pieces: list[list[Token] | Token] = []  # runs of name lines, and stub labels between them
    run: list[Token] = []
    for tok in tokens[k:]:
        if tok.text.endswith(":"):  # the stub's label (`Consolidated Statement of Operations:`), no name's line
            pieces += [run, tok]
            run = []
        elif tok.text:
            run.append(tok)
        elif run:
            pieces.append(run)
            run = []
    pieces.append(run)
    runs = [p for p in pieces if isinstance(p, list) and p]
    if n < 2 or len(runs) != n or all(len(run) == 1 for run in runs):
        return tokens
    return tokens[:k] + [p if isinstance(p, Token) else replace(p[0], text=join_lines(t.text for t in p), kind=Kind.TEXT)
                         for p in pieces if p]


def join_period_days(texts: list[Token]) -> list[Token]:
    """`Three Months Ended` `June 30,` `Six Months Ended` `June 30,`: each period phrase followed by
    its day, as many days as phrases, is one phrase (`Three Months Ended June 30,`) over its years.
    One phrase over several days (`Three Months Ended` over `March 31` … `December 31`) stays two
    rows."""
    classes = [header_class(t) for t in texts]
    periods = [i for i, c in enumerate(classes) if c == "period"]
    if not periods or classes.count("day") != len(periods) or any(
            i + 1 >= len(texts) or classes[i + 1] != "day" for i in periods):
        return texts
    out: list[Token] = []
    for i, tok in enumerate(texts):
        if classes[i] == "day" and i - 1 in periods:
            out[-1] = replace(out[-1], text=f"{out[-1].text} {tok.text}")
        else:
            out.append(tok)
    return out


_LONE_SIGNS = frozenset("$€£¥")


def without_stray_signs(texts: list[Token], n: int) -> list[Token]:
    """`2022` `2021` `2022` `2021` then `$` `$`: currency signs that end a header, after as many
    other cells as the columns at least, are the first row's (a crawl wrote them before its
    label), not the columns' names (a row of units, `RMB` `RMB` `US$`, names them)."""
    k = len(texts)
    while k > 0 and texts[k - 1].text in _LONE_SIGNS:
        k -= 1
    return texts[:k] if k < len(texts) and n and k >= n else texts


def shares_among_wrapped_names(texts: list[Token], n: int) -> list[Token]:
    """`Common Stock` `Shares` `Common Stock` `Amount` … `Total` over six columns: a header of
    names only, two lines or more beyond its columns (names that wrapped, `regroup_wrapped`),
    reads its `Shares` as a name's word, not as a row of units. (With one name more than the
    columns, `Shares` `Amount` under a group name stay a row of their own.) A scale note may
    open the header (`(in millions, except per share amounts)`): it stays a unit."""
    notes = 1 if texts and texts[0].kind == Kind.UNIT and not is_name_unit(texts[0].text) else 0
    names = texts[notes:]
    if n < 2 or len(names) < n + 2 or not all(t.kind == Kind.TEXT or is_name_unit(t.text) for t in names):
        return texts
    return texts[:notes] + [replace(t, kind=Kind.TEXT) if t.kind != Kind.TEXT else t for t in names]


def audited_level(levels: list[list[str]], n: int, note: str) -> list[str]:
    """`(unaudited)` under one column: the interim one, whose year is the latest (`June 30, 2025`
    beside `December 31, 2024`, first or last); the last column where years do not tell."""
    years = [max((int(y) for level in levels for y in RE_YEAR_IN.findall(level[j])), default=0) for j in range(n)]
    latest = max(years)
    at = years.index(latest) if latest and years.count(latest) == 1 else n - 1
    return [note if j == at else "" for j in range(n)]


# names that stand under a group name in pairs (`Common Stock` over `Shares` `Amount`, `Net Carrying
# Value` over `Current` `Long-Term`, `Gross Unrealized` over `Gains` `Losses`)
SUB_NAME_PAIRS = frozenset({
    ("shares", "amount"), ("shares", "$"), ("current", "long-term"), ("current", "long term"),
    ("current", "noncurrent"), ("current", "non-current"), ("gains", "losses"), ("gain", "loss")})
RE_COUNTED_NAME = re.compile(r"^(?P<name>.*\S)\s(?P<count>\d)$")  # `Level 1`, `Level 2`, `Level 3`


def sub_name_run(names: list[str]) -> tuple[int, int] | None:
    """Where in `names` a run of sub-names stands (start, end): a known pair, or names counted in
    turn (`Level 1` `Level 2` `Level 3`); None if there is none."""
    lowered = [name.lower() for name in names]
    for i in range(len(names) - 1):
        if (lowered[i], lowered[i + 1]) in SUB_NAME_PAIRS:
            return i, i + 2
        counted = RE_COUNTED_NAME.match(names[i])
        if counted is None or counted["count"] != "1":
            continue
        j = i + 1
        while j < len(names) and (m := RE_COUNTED_NAME.match(names[j])) and m["name"] == counted["name"] \
                and int(m["count"]) == j - i + 1:
            j += 1
        if j - i >= 2:
            return i, j
    return None


def group_over_sub_names(texts: list[Token], n: int) -> list[list[str]] | None:
    """`Net Carrying Value` `Unpaid Principal Balance` … `Current` `Long-Term` over six columns:
    one name more than the columns, whose last names include a run of sub-names, is a group
    name (its header row's cell spanning the run) among names over one column each, then the
    row under it: the names before the group, the group's columns, a name after the run
    (`Fair Value` after `Level 1` … `Level 3` under `Fair Value Measurements Using`), the other
    names. The group is the first name, but `Shares` `Amount` stand under a class of stock
    (`sub_names_group`). A period before the names (`Three Months Ended March 31, 2025`) is a
    row over them all. Rows of `n` cells; None where the names do not read so (one name more
    is then the stub's own header, `split_long_rows`)."""
    over_all = []
    if texts and header_class(texts[0]) == "period":
        over_all, texts = [[texts[0].text] * n], texts[1:]
    if n < 2 or len(texts) != n + 1 or not all(t.kind == Kind.TEXT or is_name_unit(t.text) for t in texts):
        return None
    names = [t.text for t in texts]
    run = sub_name_run(names[1:])
    if run is None:
        return None
    start, end = run[0] + 1, run[1] + 1
    subs, after = names[start:end], names[end:]
    g = sub_names_group(names[:start], subs)
    before, over = names[:g], names[g + 1 : start]
    if not before and not over and not after:
        return None  # a name over every column: a caption, or the stub's header
    lower = lower_row_start(texts, g + 1, start)
    left, over = over[lower - g - 1 :], over[: lower - g - 1]  # the lower row's names before the run
    top = before + [""] * len(left) + [names[g]] * len(subs) + [""] * len(after) + over
    bottom = [""] * len(before) + left + subs + after + [""] * len(over)
    return [*over_all, top, bottom]


def lower_row_start(texts: list[Token], first: int, end: int) -> int:
    """`Gross Unrealized` `Estimated Fair Value` ␣ `Cost` `Gains` `Losses`, a cell a line, no spacer
    cells: where, among the names between a group and its run (`first`..`end`), the lower header
    row starts, its first names (`Cost`) standing before the group's columns. The one empty cell
    among names written straight on (the lower row's stub) tells; `end` (all the upper row's,
    after the run) where it does not."""
    gaps = [k for k in range(1, len(texts)) if texts[k].span.first - texts[k - 1].span.last > 1]
    if len(gaps) != 1 or not first < gaps[0] < end:
        return end
    return gaps[0]


def groups_over_repeats(texts: list[Token], n: int) -> list[list[str]] | None:
    """`U.S. Markets` `International Markets` `Consolidated Goodwill`, then `Gross Carrying
    Amount` `Accumulated Impairment Losses` `Net Carrying Amount` three times over nine columns:
    names over groups of columns, then the same run of names under each group. Each upper name
    spans one run, in turn. None unless the lower names are that run repeated exactly, once a
    group, with no upper name among them."""
    k = len(texts) - n
    if n < 4 or k < 2 or n % k or not all(t.kind == Kind.TEXT for t in texts):
        return None
    upper, lower = [t.text for t in texts[:k]], [t.text for t in texts[k:]]
    m = n // k
    run = lower[:m]
    if m < 2 or len(set(run)) < m or any(lower[g * m : (g + 1) * m] != run for g in range(k)) or set(upper) & set(run):
        return None
    return [[name for name in upper for _ in range(m)], lower]


def groups_over_runs(texts: list[Token], n: int) -> list[list[str]] | None:
    """`Common Stock, $0.001 Par Value` `Treasury Stock, …` `Additional Paid-In` `Accumulated`,
    then `Shares` `$` `Shares` `$` `Capital` `Deficit` `Total` over seven columns: two rows of
    names, the lower one a name a column. Each upper name stands over a run of sub-names
    (`Shares` `$`) or over one name it wrapped onto (`Additional Paid-In` + `Capital`), in turn;
    the lower names left over at the end (`Total`) have none above. None unless the upper names
    are used up exactly so, over one run at least, and none is a sub-name or left without its run."""
    m = len(texts) - n
    if n < 2 or not 2 <= m < n or not all(t.kind == Kind.TEXT or is_name_unit(t.text) or (
            t.text == "$" and k and texts[k - 1].text.lower() == "shares") for k, t in enumerate(texts)):
        return None  # (`$` names a column only under a class of stock, after `Shares`)
    upper, lower = [t.text for t in texts[:m]], [t.text for t in texts[m:]]
    top: list[str] = []
    used = runs = j = 0
    while j < n:
        run = sub_name_run(lower[j:])
        width = run[1] if run is not None and run[0] == 0 and used < m else 1
        runs += width > 1
        top += [upper[used] if used < m else ""] * width
        used += used < m
        j += width
    left = [name for name, over in zip(lower, top) if not over]
    if not runs or used != m or any(is_sub_name(name) for name in upper + left):
        return None  # a sub-name above, or left without its run: the names wrapped otherwise
    return [top, lower]


SUB_NAMES = frozenset(name for pair in SUB_NAME_PAIRS for name in pair)


def is_sub_name(name: str) -> bool:
    """`Shares`, `$`, `Current`, `Level 2`: a name that stands under a group, in a run."""
    return name.lower() in SUB_NAMES or RE_COUNTED_NAME.match(name) is not None


RE_STOCK_CLASS = re.compile(r"\b(?:stock|shares)\b", re.IGNORECASE)
RE_COMMON = re.compile(r"\bcommon\b", re.IGNORECASE)


def sub_names_group(names: list[str], subs: list[str]) -> int:
    """Which of the names before a run of sub-names spans it: `Shares` `Amount` stand under a
    class of stock (`Redeemable Noncontrolling Interests`, `Common Stock`, …: the common stock,
    else the first class named), other runs under the first name."""
    if subs[0].lower() != "shares":
        return 0
    classes = [k for k, name in enumerate(names) if RE_STOCK_CLASS.search(name)]
    common = [k for k in classes if RE_COMMON.search(names[k])]
    return (common or classes or [0])[0]


def columns_in_turn(texts: list[Token], n: int) -> list[list[str]] | None:
    """`Year Ended December 31,` `2022` `Year Ended December 31,` `2021` over two columns: each
    column's cell written whole before the next one's (a cell's lines, column after column), a
    period then its year for each: one row of `n` names, each its lines joined. Rows stacked
    row by row (`Year Ended` twice, then the years) never repeat a period-then-leaf group."""
    k, rest = divmod(len(texts), n) if n else (0, 1)
    if n < 2 or k < 2 or rest:
        return None
    groups = [texts[g * k : (g + 1) * k] for g in range(n)]
    classes = [tuple(header_class(t) for t in group) for group in groups]
    if len(set(classes)) != 1 or classes[0][0] != "period" or classes[0][-1] not in ("year", "date") \
            or len(set(classes[0])) != k:
        return None
    return [[" ".join(t.text for t in group) for group in groups]]


def period_and_name_over_leaves(texts: list[Token], n: int) -> list[list[str]] | None:
    """`Three Months Ended` `Change` then `June 30, 2025` `June 30, 2024` `Q2'25 vs. Q2'24` over
    four columns: a period and a short name, the header's first row, over its second: the period
    over its dates (or years), the name over the two columns or more after them, which the names
    after the dates share (`Q2'25 vs. Q2'24` over an amount and a percent). Two rows of `n` cells,
    or None."""
    classes = [header_class(t) for t in texts]
    if n < 3 or len(texts) < 4 or classes[:2] != ["period", "text"]:
        return None
    d = next((k for k in range(2, len(texts)) if classes[k] not in ("date", "year")), len(texts)) - 2
    rest = texts[2 + d:]
    if d < 1 or not rest or d + len(rest) > n or n - d < 2 or any(c not in ("text", "unit") for c in classes[2 + d:]):
        return None  # a name over one column only, after the period: the stub's caption as likely
    if len(texts[1].text.split()) > MAX_STACKED_LINE_WORDS:
        return None  # `COMPARISONS AS A PERCENTAGE OF NET SALES`: a caption, no span's name
    top = [texts[0].text] * d + [texts[1].text] * (n - d)
    bottom = [t.text for t in texts[2 : 2 + d]] + spread([t.text for t in rest], n - d)
    return [top, bottom]


def stub_label_after_dates(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`Jul 27, 2025` `Jan 26, 2025` then `Inventories:`: a text ending `:` after a date or year
    for every column is the stub's label under them (the table's caption), no column's name.
    Returns the header's texts without it, and it."""
    if not texts or n < 1 or texts[-1].kind != Kind.TEXT or not texts[-1].text.rstrip().endswith(":"):
        return texts, None
    if sum(1 for t in texts[:-1] if header_class(t) in ("date", "year")) < n:
        return texts, None
    return texts[:-1], texts[-1].text


def stub_label_before_years(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`December 31,` then `Property and equipment, net` then `2023` `2022` (the stub's label on
    the years' row, under a day that spans them): one text between the period or day over every
    column and a year or date for each column is the stub's label, no level of a column's name.
    Returns the header's texts without it, and it."""
    k = len(texts) - n - 1
    if n < 2 or not text_between_periods_and(texts, k, ("year", "date")):
        return texts, None
    return texts[:k] + texts[k + 1 :], texts[k].text


def text_between_periods_and(texts: list[Token], k: int, leaves: tuple[str, ...]) -> bool:
    """`texts[k]` is a text (no scale note) with only periods or days before it and only header
    cells of the `leaves` classes after it."""
    return k >= 1 and texts[k].kind == Kind.TEXT and not RE_SCALE_NOTE.match(texts[k].text) \
        and all(header_class(t) in leaves for t in texts[k + 1 :]) \
        and all(header_class(t) in ("period", "day") for t in texts[:k])


def name_beside_dates(texts: list[Token], n: int) -> list[list[str]] | None:
    """`Classification on the Balance Sheet` then `September 30, 2019` over two columns: a column
    of texts named first, then a date or year over each column after it, as many as the columns
    in all: one row of names. None otherwise (`Fair value` over two dates is their group)."""
    if n < 2 or len(texts) != n or texts[0].kind != Kind.TEXT or RE_SCALE_NOTE.match(texts[0].text) \
            or any(t.kind not in (Kind.DATE, Kind.YEAR) for t in texts[1:]):
        return None
    return [[t.text for t in texts]]


RE_CHANGE_NAME = re.compile(r"\bchange\b|\bvariance\b|\bincrease\b|\bdecrease\b|%", re.IGNORECASE)


def period_then_names_beside_dates(texts: list[Token], n: int) -> list[list[str]] | None:
    """`Three Months Ended` `Quarter-over-Quarter Change` `Year-over-Year Change` then `Jul 27, 2025`
    `Apr 27, 2025` `Jul 28, 2024` over five columns: the header's first row is a period over the
    dates, then names of their own columns (their cells spanning both rows); the second row is the
    dates. The period heads the first columns, one a date, the names the last (one name alone only
    where it names a change: else it may head a column of texts first). Two rows of `n` cells, or
    None."""
    if n < 3 or not texts or texts[0].kind != Kind.PERIOD:
        return None
    m = next((j for j in range(1, len(texts)) if texts[j].kind != Kind.TEXT), len(texts)) - 1  # the names
    dates = texts[m + 1 :]
    if m < 1 or not dates or m + len(dates) != n or any(t.kind not in (Kind.DATE, Kind.YEAR) for t in dates):
        return None
    if m == 1 and not RE_CHANGE_NAME.search(texts[1].text):
        return None  # one name may head a column of texts before the dates (`Statement of Operations Line Item`)
    return [[texts[0].text] * len(dates) + [t.text for t in texts[1 : m + 1]], [t.text for t in dates] + [""] * m]


def text_column_before_years(texts: list[Token], n: int) -> list[list[str]] | None:
    """`Three Months Ended March 31,` then `Statement of Operations Line Item` then `2020` `2019`
    over three columns: the name of a column of texts (the first, as its name comes first) and
    the periods over the years of the others, each over as many in turn. Two rows of `n` cells,
    or None."""
    k = len(texts) - n
    if n < 3 or not text_between_periods_and(texts, k, ("year",)):
        return None
    periods = [t.text for t in texts[:k]]  # each over as many years, in turn
    if (n - 1) % len(periods):
        return None
    per = (n - 1) // len(periods)
    return [["", *(p for p in periods for _ in range(per))], [texts[k].text, *(t.text for t in texts[k + 1 :])]]


def stub_label_before_names(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`Payments due by Period`, `Contractual obligations (in thousands):`, then `Total`, `Next 12
    Months`, `Beyond 12 Months` over three columns: a text ending `:` straight before as many
    names as columns (the header's last) is the stub's label, no column's name (one text before
    it then names a group over every column). Returns the header's texts without it, and it."""
    k = len(texts) - n - 1
    if n < 2 or k < 0 or texts[k].kind != Kind.TEXT or not texts[k].text.rstrip().endswith(":"):
        return texts, None
    if any(t.kind != Kind.TEXT or t.text.rstrip().endswith(":") for t in texts[k + 1 :]):
        return texts, None
    return texts[:k] + texts[k + 1 :], texts[k].text


def stub_names_before_a_group(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`Hedging Instruments and Hedged Items` `Financial Statement Line Item Impacted` `Gain (Loss)
    Recognized in Income` then `Three Months Ended` over a date for each column: texts straight
    before one period over every column are no row of column names (a name over one column
    stands under the period, not over it); the last is a group over them all, as the period is,
    the ones before it name the stub's columns (the table's label columns); unless the texts
    could each head a group of the columns. Returns the texts without those, and them joined as
    the stub's label."""
    k = len(texts) - n - 1  # the period's place
    if n < 2 or k < 2 or texts[k].kind != Kind.PERIOD or any(t.kind not in (Kind.DATE, Kind.YEAR) for t in texts[k + 1 :]) \
            or any(t.kind != Kind.TEXT or RE_SCALE_NOTE.match(t.text) for t in texts[:k]):
        return texts, None
    if n % k == 0:
        return texts, None  # as many texts as groups of columns (`Pension Plans` `Other Postretirement …`)
    return texts[k - 1 :], join_lines(t.text for t in texts[: k - 1])


def stub_label_beside_leaves(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`|Weighted-average assumptions` `|2025` `|` `|2024` `|`: a text written straight before the
    first of the last row's years or dates, where empty cells stand between those (a crawl that
    keeps them), shares their row: the stub's label, no group over the columns (a group's row
    ends before the years' row opens on its own stub cell). Returns the texts without it, and it."""
    k = len(texts) - n - 1
    if n < 2 or k < 0 or texts[k].kind != Kind.TEXT or RE_SCALE_NOTE.match(texts[k].text) \
            or any(t.kind not in (Kind.DATE, Kind.YEAR) for t in texts[k + 1 :]):
        return texts, None
    leaves = texts[k + 1 :]
    if texts[k].span.last + 1 != leaves[0].span.first or any(b.span.first - a.span.last < 2 for a, b in zip(leaves, leaves[1:])):
        return texts, None
    return texts[:k] + leaves, texts[k].text


def stub_name_on_the_names_line(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`Year Ending` `Term Loan` `Revolving Facility` `Total` over three columns, all read off one
    source line (a crawl that writes a header row a line): one header row, so the first name is
    the stub's own, no group over the others. Returns the texts without it, and it."""
    if n < 2 or len(texts) != n + 1 or any(t.kind != Kind.TEXT for t in texts[1:]):
        return texts, None
    first = texts[0]
    # the stub's name may read as a period phrase with no date in it (`Year Ending`); a name with
    # a year in it (`Year 2012` over the quarters) is a period over the columns
    if any(ch.isdigit() for ch in first.text) or first.kind not in (Kind.TEXT, Kind.PERIOD):
        return texts, None
    line = first.span.first
    if any(t.span.first != line or t.span.last != line for t in texts):
        return texts, None
    return texts[1:], texts[0].text


MAX_STACKED_WORDS = 3  # words on a line of a header written a word or two a cell, row by row
MAX_STACKED_LINES = 40  # lines of such a header, at most (the search over periods stays small)


def stacked_by_position(tail: list[Token], n: int) -> list[str] | None:
    """`Weighted` / `Average` / `Exercise` / `Shares` ␣ `Price`, each header row its own run of
    cells (empty ones kept) over `n` columns: the rows repeat with one period, so a line's place
    in its row (its offset modulo the period) tells its column; each column's lines, top down,
    are its name (`Shares`, `Weighted Average Exercise Price`). The smallest period that gives
    `n` places, one line a place in each row, each column's lines in rows one after another down
    to the last row. None where the lines do not fall so (or are no more than the columns), or
    where two lines touch (a crawl that dropped the empty cells leaves nothing to place them by)."""
    stacked = stacked_rows(tail, n, stub=False)
    return stacked[0] if stacked else None


def stacked_beside_a_stub(tokens: list[Token], n: int) -> tuple[list[str], list[Token]] | None:
    """A header written row by row as `stacked_by_position` reads one, whose rows' first cell is
    the stub's (`(In thousands)` on one row, `2012` or `December 31, 2014` on the last, beside
    `30-59` / `Days` / `Past Due`): the columns' names, and the stub's own lines set apart, read
    from the whole header (the stub's unit or date ends the tail `stacked_by_position` reads).
    The caller puts the stub's lines before the names: a year or date over every column, as a
    year row over the names reads (`2011` over `First Quarter 3/31` …), a unit the table's note."""
    return stacked_rows(tokens, n, stub=True)


def stacked_rows(tokens: list[Token], n: int, stub: bool) -> tuple[list[str], list[Token]] | None:
    """The names of `n` columns stacked row by row (see `stacked_by_position`), and where `stub`
    the lines in each row's first place, any kind, which may skip rows."""
    lines = [(k, t) for k, t in enumerate(tokens) if t.text]
    if n < 2 or len(lines) <= n or len(lines) > MAX_STACKED_LINES + stub:
        return None
    if any(b - a < 2 for (a, _), (b, _) in zip(lines, lines[1:])):
        return None  # lines side by side: no empty cells to place them by (one cell a line crawls)
    last = lines[-1][0]
    for w in range(2, last + 2):
        stub_lines = [t for k, t in lines if k % w == 0] if stub else []
        named = [(k, t) for k, t in lines if not stub or k % w]
        if stub and not stub_lines:
            continue
        if any((t.kind != Kind.TEXT and not is_name_unit(t.text)) or len(t.text.split()) > MAX_STACKED_WORDS
               for _, t in named):
            if stub:
                continue  # a year, a unit or a long text off the stub's place: not this period
            return None
        places = sorted({k % w for k, _ in named})
        if len(places) != n or sum(1 for k, _ in named if k // w == last // w) != n:
            continue
        if len({(k // w, k % w) for k, _ in named}) < len(named):
            continue  # two lines of one row in one place
        runs = [[k // w for k, _ in named if k % w == place] for place in places]
        if any(run != list(range(run[0], last // w + 1)) for run in runs):
            continue  # a name's lines stack row after row down to the last row, with no gap
        return [join_lines(t.text for k, t in named if k % w == place) for place in places], stub_lines
    if not stub and (loose := stacked_loosely(lines, n)) is not None:
        return loose, []
    return None


def stacked_loosely(lines: list[tuple[int, Token]], n: int) -> list[str] | None:
    """Lines stacked row by row where the upper rows' merged cells put a line one cell off its
    column's place (`Cumulative` / `Unrecognized` ␣ `Translation` / `Benefit Cost` ␣ `Adjustment`
    ␣ `Total`, twice): the last `n` lines are the last row, one a column, evenly apart, one run
    of names repeated under each group (two periods side by side, where rows this loose are
    met); each line above stands within one cell of the place of one of them, nearer to it than
    to any other, in a row of the same width, one line a place a row, a column's lines in rows
    one after another down to the last. The names, top down. Where several row widths and
    starts fit: the one that puts a line over the same name wherever the two repeat
    (`Cumulative` over each `Adjustment`), then the one with the fewest cells off. None where
    none fits."""
    leaves, uppers = lines[-n:], lines[:-n]
    first, last = leaves[0][0], leaves[-1][0]
    steps = {b - a for (a, _), (b, _) in zip(leaves, leaves[1:])}
    if len(steps) != 1 or min(steps) < MIN_LOOSE_STEP:
        return None  # the last row's names evenly apart, far enough for a cell off to tell its column
    names = [t.text for _, t in leaves]
    if not any(n % k == 0 and names == names[: n // k] * k for k in range(2, n // 2 + 1)):
        return None  # the last row one run of names again under each group (two periods side by side)
    best: tuple[tuple[int, int], list[list[tuple[int, str]]]] | None = None
    for w in range(last - first + 1, last + 2):
        for start in range(max(last - w + 1, 0), first + 1):  # where the last row starts
            places = [k - start for k, _ in leaves]
            stacks: list[list[tuple[int, str]]] = [[] for _ in range(n)]
            off = 0
            for k, t in uppers:
                back = (start - k + w - 1) // w  # rows above the last
                offset = k - (start - back * w)
                gaps = sorted((abs(p - offset), j) for j, p in enumerate(places))
                gap, j = gaps[0]
                if k >= start or gap > 1 or gaps[1][0] == gap or any(b == back for b, _ in stacks[j]):
                    break
                stacks[j].append((back, t.text))
                off += gap
            else:
                if any(sorted(b for b, _ in stack) != list(range(1, len(stack) + 1)) for stack in stacks):
                    continue  # a name's lines stack row after row down to the last row, with no gap
                pairs = len({(text, leaf.text) for stack, (_, leaf) in zip(stacks, leaves) for _, text in stack})
                if best is None or (pairs, off) < best[0]:
                    best = ((pairs, off), stacks)
    if best is None:
        return None
    return [join_lines([*(text for _, text in sorted(stack, reverse=True)), leaf.text])
            for stack, (_, leaf) in zip(best[1], leaves)]


MIN_LOOSE_STEP = 3  # cells between the last row's names, at least, for a line one cell off to tell its column


RE_BARE_NOTE_NUMBER = re.compile(r"^(?:note\s+)?\d{1,2}\.?$", re.IGNORECASE)  # `20.`, `Note 20`: a note's number alone


def note_heading_out(texts: list[Token]) -> tuple[list[Token], str | None]:
    """`20.` then `Unaudited Quarterly Financial Data` opening the header: the note's number and
    title (its heading, which the block's table begins with), no column's name. The header's
    texts without them, and the heading. A table's own number and title (`Table 8.1: Details of
    Intangible Assets, Net`) opening the header is its caption too, and so are the XBRL table's
    labels over its years (`Schedule of …`, `Income Taxes (Details 2)`)."""
    if len(texts) >= 2 and texts[0].kind == Kind.TEXT and RE_TABLE_NUMBER.match(texts[0].text):
        return texts[1:], texts[0].text
    labels = 0
    while labels < len(texts) - 1 and texts[labels].kind == Kind.TEXT and RE_XBRL_TABLE_LABEL.search(texts[labels].text):
        labels += 1
    if labels and all(t.kind in (Kind.YEAR, Kind.DATE, Kind.PERIOD) for t in texts[labels:]):
        return texts[labels:], join_lines(t.text for t in texts[:labels])
    if len(texts) < 3 or texts[0].kind != Kind.TEXT or not RE_BARE_NOTE_NUMBER.match(texts[0].text):
        return texts, None
    if texts[1].kind in (Kind.YEAR, Kind.DATE, Kind.PERIOD):
        return texts[1:], texts[0].text  # `Note 9.` over the years (its title read as the lead-in's)
    if texts[1].kind != Kind.TEXT:
        return texts, None
    return texts[2:], f"{texts[0].text} {texts[1].text}"


RE_TABLE_NUMBER = re.compile(r"^Table\s+\d{1,2}(?:\.\d{1,2})*[:.]\s+\S", re.IGNORECASE)
# an XBRL table's label or its page's (`Schedule of …`, `Income Taxes (Details 2)`, `Leases (Tables)`)
RE_XBRL_TABLE_LABEL = re.compile(r"^Schedule of [A-Za-z]|\((?:Details|Tables)(?: \d{1,2})?\)$")


def sentences_out(texts: list[Token]) -> tuple[list[Token], str | None]:
    """A sentence among the header's cells (`The following tables present … (in thousands):`,
    a crawl that wrote the lead-in on the table's first line) names no column: the header's
    texts without it, and it (the table's caption, when it has none)."""
    sentences = [t for t in texts if t.kind == Kind.TEXT and reads_as_sentence(t.text)]
    if not sentences:
        return texts, None
    return [t for t in texts if t not in sentences], join_lines(t.text for t in sentences)


def names_broken_on_connectors(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`Land and` `Plant and` over `Movements during 2017` `buildings` `equipment` `Total`: a
    header row of names' first parts, each breaking off on a connecting word, over a row whose
    texts in lower case (as many) end them, in turn; the names are the parts joined and the
    texts standing alone (`Total`), and a text before the first ending, one more than the
    columns, is the stub's caption. (texts, caption); as given and None where they do not read so."""
    start = next((k for k, t in enumerate(texts) if t.kind == Kind.TEXT and ends_on_connector(t.text)), None)
    if start is None:
        return texts, None
    end = start
    while end < len(texts) and texts[end].kind == Kind.TEXT and ends_on_connector(texts[end].text):
        end += 1
    tops, rest = texts[start:end], texts[end:]
    endings = [k for k, t in enumerate(rest) if t.text[:1].islower()]
    if not rest or len(endings) != len(tops) or any(t.kind != Kind.TEXT for t in rest) \
            or any(t.kind not in (Kind.UNIT, Kind.PERIOD, Kind.DATE, Kind.YEAR) for t in texts[:start]):
        return texts, None
    caption = rest[0].text if len(rest) == n + 1 and endings[0] > 0 else None
    if len(rest) - (caption is not None) != n:
        return texts, None
    joined = dict(zip(endings, tops))
    names = [replace(t, text=f"{joined[k].text} {t.text}") if k in joined else t
             for k, t in enumerate(rest) if not (caption is not None and k == 0)]
    return [*texts[:start], *names], caption


def ends_on_connector(text: str) -> bool:
    words = text.split()
    return len(words) >= 2 and words[-1].lower() in CONNECTING_WORDS


def caption_over_wrapped_names(texts: list[Token], n: int) -> tuple[list[Token], str | None]:
    """`Selected Quarterly Financial Data (Unaudited)` then `First` `Quarter` `Second` `Quarter` …
    `Fiscal Year` over five columns: a long first text before short lines, two or nearly two a
    name, that regroup into the columns' names (`regroup_wrapped`) is the table's caption, no
    name's first line. Returns the header's texts without it, and it."""
    k = next((i for i, t in enumerate(texts) if t.kind != Kind.TEXT and not is_name_unit(t.text)), len(texts))
    if n < 2 or k - 1 < 2 * n - 1 or len(texts[0].text.split()) <= 3 \
            or regroup_wrapped([t.text for t in texts[1:k]], n) is None:
        return texts, None  # most names wrapped over two lines: a line more is no name's part
    return texts[1:], texts[0].text


def stacked_tail(tokens: list[Token]) -> tuple[list[Token], list[Token]]:
    """The header's tokens before its last run of texts and empty cells (from the last period,
    date, year or unit), and that run."""
    k = len(tokens)
    while k > 0 and (tokens[k - 1].kind in (Kind.TEXT, Kind.EMPTY) or is_name_unit(tokens[k - 1].text)):
        k -= 1
    return tokens[:k], tokens[k:]


def first_name_wrapped(row: list[str]) -> bool:
    """`Foreign Currency Translation` + `Adjustments`, then names of several words: one word
    alone among longer names is the line before it wrapped, not a name of its own (`First`
    `Second` … are all one word)."""
    def words(name: str) -> int:
        return len(RE_NAME_MARK.sub("", name).split())  # `Second (2)`: one word and its note's mark

    return words(row[1]) == 1 and sum(words(name) > 1 for name in row[2:]) * 2 > len(row[2:])


RE_NAME_MARK = re.compile(r"\s*\(\d{1,2}\)")


# what a stub's own header says of its rows: their period (`Period`, `2011 Quarter`, `FISCAL YEAR
# 2013`: the quarters' rows of that year) or what they describe
RE_STUB_NAME = re.compile(r"^(?:period|month|description)$|\b(?:quarters?|fiscal|year)\b", re.IGNORECASE)


def note_after_names(tokens: list[Token]) -> bool:
    """`Change` `Three Months` `Six Months` then `(in thousands)`: a scale note after the header's
    texts, in the stub's place of a row below them, names the stub; a note before them (`(In
    thousands …)` `Quarter` `Net Sales` …) leaves the first text to name it."""
    first = next((k for k, t in enumerate(tokens) if t.kind == Kind.TEXT and not RE_SCALE_NOTE.match(t.text)), None)
    return first is not None and any(RE_SCALE_NOTE.match(t.text) for t in tokens[first + 1 :])


def names_row_after_a_note(texts: list[Token], n: int) -> tuple[Token, ...]:
    """`Fair value measurement category` twice, `(In thousands)`, then `Total` `Level 1` …
    `Level 3` twice over eight columns: a scale note in the stub's place, then as many names as
    columns and nothing else, after names of an upper row: the note parts the two rows, which
    would run together once it is set apart. The lower row's first name, or none."""
    for k, tok in enumerate(texts):
        if RE_SCALE_NOTE.match(tok.text) and 0 < k and len(texts) - k - 1 == n and texts[k - 1].kind == Kind.TEXT \
                and all(t.kind == Kind.TEXT and not RE_SCALE_NOTE.match(t.text) for t in texts[k + 1 :]):
            return (texts[k + 1],)
    return ()


def header_levels(tokens: list[Token], n: int):
    """`header_to_columns`, plus each column's levels (outermost first) for multi-level headers,
    and the stub's caption when the header's first text is one (`stub_caption`)."""
    above, tail = stacked_tail(tokens)
    if (names := stacked_by_position(tail, n)) is not None:  # lines stacked row by row, read by place
        tokens = [*above, *(Token(name, Kind.TEXT, tail[0].span) for name in names)]
    elif above and (beside := stacked_beside_a_stub(tokens, n)) is not None:
        names, stub_lines = beside  # the stub's year or date stands over every column, as a year row does
        tokens = [*stub_lines, *(Token(name, Kind.TEXT, tail[0].span) for name in names)]
    texts = join_period_days([part for t in join_name_runs(tokens, n) if t.text for part in unstack_dates(t)])
    texts = shares_among_wrapped_names(texts, n)
    notes = [t.text for t in texts if RE_SCALE_NOTE.match(t.text)]
    breaks = names_row_after_a_note(texts, n)
    texts = [t for t in texts if not RE_SCALE_NOTE.match(t.text)]
    read = group_header_rows(texts, breaks)  # every header cell as read (stray signs too), for provenance
    audited = [t.text for t in texts if RE_AUDIT_NOTE.match(t.text)]
    if audited:  # an interim column's `(unaudited)`: no row of its own, the last column's
        texts = [t for t in texts if not RE_AUDIT_NOTE.match(t.text)]
    texts, lead_in = sentences_out(texts)
    texts, heading = note_heading_out(texts)
    lead_in = lead_in or heading
    texts, stub_label = stub_label_after_dates(texts, n)
    if stub_label is None:
        texts, stub_label = stub_label_before_years(texts, n)
    over_all = None  # a name over every column, where the stub's label stands apart from it
    if stub_label is None:
        texts, stub_label = stub_label_before_names(texts, n)
        if stub_label is not None and len(texts) == n + 1 and all(t.kind == Kind.TEXT for t in texts):
            over_all = [[texts[0].text] * n, [t.text for t in texts[1:]]]
    if stub_label is None:
        texts, stub_label = caption_over_wrapped_names(texts, n)
    if stub_label is None:
        texts, stub_label = stub_names_before_a_group(texts, n)
    if stub_label is None:
        texts, stub_label = stub_label_beside_leaves(texts, n)
    if stub_label is None:
        texts, stub_label = names_broken_on_connectors(texts, n)
    if stub_label is None:
        texts, stub_label = stub_name_on_the_names_line(texts, n)
    stub_label = stub_label or lead_in
    named_texts = without_stray_signs(texts, n)
    named = read if named_texts is texts and not audited and not stub_label else group_header_rows(named_texts, breaks)
    texts = named_texts
    # a maturity table's names wrapped around its years, under a date over them all (and a lead-in
    # the crawl broke off: `The following table presents the undiscounted`, the table's caption)
    dated = max((k + 1 for k, t in enumerate(texts) if t.kind in (Kind.DATE, Kind.PERIOD)), default=0)
    wrapped = names_wrapped_around_years([t.text for t in texts[dated:]], [t.kind for t in texts[dated:]], n)
    over = [t.text for t in texts[:dated] if t.kind in (Kind.DATE, Kind.PERIOD)]
    over_wrapped = ([[join_lines(over)], wrapped] if over else [wrapped]) if wrapped else None
    if wrapped and not stub_label and (broken := [t.text for t in texts[:dated] if t.kind == Kind.TEXT]):
        stub_label = join_lines(broken)
    rows = (over_all or over_wrapped or name_beside_dates(texts, n) or period_then_names_beside_dates(texts, n)
            or columns_in_turn(texts, n) or text_column_before_years(texts, n)
            or group_over_sub_names(texts, n) or groups_over_repeats(texts, n) or groups_over_runs(texts, n)
            or period_and_name_over_leaves(texts, n)
            or drop_hidden_duplicates(split_long_rows(leaf_row_last(named, texts, n), n, stub_named=bool(notes),
                                                     named_below=note_after_names(tokens))))
    caption = stub_caption(tokens, rows, n)
    if caption:
        rows = rows[1:]
    elif caption := caption_before_names(tokens, rows, n):
        rows = [rows[0][1:], *rows[1:]]
    caption = caption or stub_label
    levels = [over_date_runs(row, rows[-1], n) or over_kind_runs(row, rows[-1], n) or over_repeated_runs(row, rows[-1], n)
              or periods_over_distinct_dates(row, rows[-1], n) or total_over_its_column(row, rows[-1], n)
              or spread(row, n) for row in rows]
    if audited and n > 1:
        levels.append(audited_level(levels, n, audited[-1]))
    columns = [join_lines(level[j] for level in levels) for j in range(n)]
    per_column = [tuple(level[j] for level in levels) for j in range(n)]
    return columns, read, (join_lines(notes) or None), per_column, caption
