"""Roll-forward tables by component (statements of equity, changes in AOCI by component): a
sparse row's values placed where the table's arithmetic decides.

A crawl that drops empty cells leaves `Stock-based compensation | $ 293 | 660,289 | 660,582`
under `Common Stock`, `Preferred Stock`, `Additional Paid-in Capital`, `Retained Earnings`,
`Total`. Two relations settle where each value goes: a row's `Total` is the sum of its
components, and each column rolls forward (a balance, the movements after it, the next
balance). Each sparse row may sit in any order-keeping choice of columns; a row is placed only
where every way the relations hold puts it in the same columns. Amount rows and share rows
(`…, shares`) roll forward apart.
"""

from __future__ import annotations

import re
from decimal import Decimal
from itertools import combinations
from math import comb
from typing import Callable

from refold.amounts import amount
from refold.kinds import RE_NIL, RE_YEAR_IN
from refold.model import Row

RE_OPENING = re.compile(r"\b(?:beginning|opening|start)\b", re.IGNORECASE)
RE_CLOSING = re.compile(r"\b(?:end|ending|closing)\b", re.IGNORECASE)
# a count of shares: `…, shares`, `(in shares)`, a count's standard label (`Treasury Stock Shares Held`; not
# `Shares issued in exchange for …`, an amount)
RE_SHARE_ROW = re.compile(r",\s*shares\b|\bshares,|\(in shares\)|\bshares$|\w \bshares (?:held|outstanding)\b",
                          re.IGNORECASE)
# a price or a value per share (`…, weighted average exercise price`): a rate beside the counts
# a roll-forward of awards moves, never rolled itself
# (not `Dividends declared ($1.30 per share)`: an amount that names its rate)
RE_PER_UNIT_ROW = re.compile(
    r"\b(?:exercise|grant(?:[- ]date)?|purchase|repurchase)\s(?:date\s)?(?:price|fair\svalue)\b|"
    r"\(in\sdollars\sper\s(?:share|unit)\)|\bweighted[- ]average\b.*\b(?:price|fair\svalue)\b", re.IGNORECASE)
RE_TOTAL_COLUMN = re.compile(r"\btotal\b", re.IGNORECASE)
RE_STOCK_COLUMN = re.compile(r"\b(?:stock|shares)\b", re.IGNORECASE)
# a column of share counts among the amounts (`Common Stock Shares` beside `Common Stock Amount`):
# it rolls forward like the others but is no part of a row's total
RE_SHARES_COLUMN = re.compile(r"\bshares\s*$|\bnumber of shares\b", re.IGNORECASE)
RE_PAID_IN = re.compile(r"paid.in|in excess of par", re.IGNORECASE)
# a column of a measure that does not add up (an option plan's `Weighted Average Exercise Price`,
# `Aggregate Intrinsic Value`, `Remaining Contractual Term`): its balances are not sums
RE_MEASURE_COLUMN = re.compile(r"\b(?:weighted|average|price|per share|intrinsic|contractual|remaining)\b", re.IGNORECASE)
MIN_COLUMNS = 2
MAX_STATES = 4096  # running column sums kept between two balances; past it the rows stay as read
MAX_OPTIONS = 64  # order-keeping placements tried for one row
MAX_STEPS = 6_000  # steps of a search over one roll-forward (each a running sum tried, weighed by the balance
# placements it is held to): the cost bound of the searches run again (rounding, each row left out)
MAX_FIRST_STEPS = 200_000  # the first, exact search's bound: a statement of twelve columns whose balances are sparse
# too needs about 47,000; one of eight whose member's three columns no row fills about 129,000 (its balances'
# many placements weigh each step: a fifth of a second on a 2-core machine)
MIN_REPEATED_AMOUNT = 1000  # a lone amount this large, under the same label, is the same fact

Vector = tuple[Decimal | int, ...]
Sums = tuple[Decimal | int | None, ...]  # running sums by column; None: not known (no opening amount)
Option = tuple[int, ...]  # the columns a row's values take, in order


def place_by_rollforward(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> tuple[list[Row], set[int]]:
    """The rows with every guessed row the roll-forward settles placed, and the rows still guessed."""
    from refold.checks import is_balance

    n = len(columns)
    if n < MIN_COLUMNS or not guessed:
        return rows, guessed
    totals = [c for c, name in enumerate(columns) if RE_TOTAL_COLUMN.search(name)]
    total = totals[0] if totals in ([0], [n - 1]) else None  # one Total, first or last: a row's values add up to it
    rows = list(rows)
    still = guessed
    counts = share_rows(rows)
    for shares in (False, True):
        group = [i for i, r in enumerate(rows) if any(r.cells) and (i in counts) == shares
                 and not RE_PER_UNIT_ROW.search(r.label)]
        balances = {i for i in group if is_balance(rows[i].label)}
        allowed = stock_columns(columns) if shares else frozenset(range(n))
        for chain in (part for whole in chains(rows, group, balances) for part in fixed_segments(whole, balances, guessed)):
            if not guessed & set(chain):
                continue
            args = (rows, chain, balances, guessed, columns, None if shares else total, allowed)
            # exactly first; where no way adds up so, within what rounding each figure shown can make
            settled = settle(*args, max_steps=MAX_FIRST_STEPS)
            if settled is None:
                settled = settle(*args, rounding=True)
            left_out = None
            if settled is None:
                settled, left_out = settle_without_one(*args)
            if not settled and left_out is None:
                settled = settle_as_shown(*args)
            for i, option in settled.items():
                rows[i] = placed(rows[i], option, n)
            if settled and left_out is not None and (subtotal := subtotal_columns(rows, chain, balances, left_out, n)):
                rows[left_out] = placed(rows[left_out], subtotal, n)
                settled = {**settled, left_out: subtotal}
            guessed = guessed - set(settled)
    rows = share_counts_in_stock_columns(rows, guessed, columns)
    # only a table the roll-forward settled can hold a balance shown again
    return rows, repeated_rows_alike(rows, guessed, n) if guessed != still else guessed


# a count of shares, as XBRL labels say it (`… (in shares)`, `Stock Issued During Period, Shares, …`,
# `Shares, Outstanding`); `Repurchase of shares` is an amount
RE_SHARE_COUNT_LABEL = re.compile(r"\(in shares\)|(?:^|, )Shares,|\bshares,? outstanding\b", re.IGNORECASE)


def share_counts_in_stock_columns(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """A share count the roll-forward left as read, standing outside the columns of a class of
    stock (`Beginning Balance (in shares) | 29,479.98 | 270,590` read into `Total` and `Series B
    Preferred Stock`): its values go into the stock columns its label names (`… common stock …
    (in shares)`), else, where the stock columns are as many or one more, into those in order.
    (The row stays guessed.)"""
    n = len(columns)
    stock = sorted(stock_columns(columns))
    if len(stock) == n:
        return rows  # no class of stock named: nothing tells where counts stand
    for i in sorted(guessed):
        label = rows[i].label
        filled = [c for c, cell in enumerate(rows[i].cells) if cell]
        if not RE_SHARE_COUNT_LABEL.search(label) or RE_PER_UNIT_ROW.search(label) or not filled \
                or set(filled) <= set(stock) or len(filled) > len(stock):
            continue
        named = sorted(named_columns(label, columns, None).intersection(stock))
        if len(named) >= len(filled):
            rows[i] = placed(rows[i], tuple(named[: len(filled)]), n)
        elif len(stock) <= len(filled) + 1:  # (among more classes, the order tells too little)
            rows[i] = placed(rows[i], tuple(stock[: len(filled)]), n)
    return rows


def share_rows(rows: list[Row]) -> set[int]:
    """The rows of share counts: labels that say so (`RE_SHARE_ROW`), and, in a statement whose
    balances of shares say so, a row of one value under a row of the same label with more
    (`Vesting of restricted stock | $ 39 | (39)` then `Vesting of restricted stock | 38,775`: the
    movement's amounts, then its count of shares)."""
    named = {i for i, r in enumerate(rows) if RE_SHARE_ROW.search(r.label)}
    if not any(is_share_balance(rows[i].label) for i in named):
        return named
    return named | {i for i in range(1, len(rows)) if rows[i].label == rows[i - 1].label
                    and sum(1 for c in rows[i].cells if c) == 1 < sum(1 for c in rows[i - 1].cells if c)}


def is_share_balance(label: str) -> bool:
    from refold.checks import is_balance

    return is_balance(label) or opens_or_closes(label)


def opens_or_closes(label: str) -> bool:
    """A label naming a period's start or end (`Beginning Balance`, `Balance at end of year`)."""
    return bool(RE_OPENING.search(label) or RE_CLOSING.search(label))


MAX_LEFT_OUT = 12  # guessed rows of a stretch that does not add up, each tried left out


def settle_without_one(rows: list[Row], chain: list[int], balances: set[int], guessed: set[int],
                       columns: tuple[str, ...], total: int | None, allowed: frozenset[int]) -> tuple[dict[int, Option], int | None]:
    """A stretch that adds up in no way, but would without one of its movements (`Redemption |
    (6,000)`, a figure of a column the page does not show, or a row misread): the placements of
    the others, where leaving out exactly one row makes the sums close, and that row (it stays
    as read). ({}, None) where no row, or more than one, does so."""
    movements = [i for i in chain if i in guessed and i not in balances]
    if len(movements) > MAX_LEFT_OUT:
        return {}, None
    found: tuple[dict[int, Option], int | None] = ({}, None)
    for left_out in movements:
        settled = settle(rows, [i for i in chain if i != left_out], balances, guessed, columns, total, allowed)
        if settled is not None:
            if found[1] is not None:
                return {}, None  # two rows either of which could be the odd one out
            found = (settled, left_out)
    return found


def settle_as_shown(rows: list[Row], chain: list[int], balances: set[int], guessed: set[int],
                    columns: tuple[str, ...], total: int | None, allowed: frozenset[int]) -> dict[int, Option]:
    """A roll-forward over periods that adds up in no way, but would were a balance left blank
    one the page does not show (`Ending Balance | $ 8 | $ 8` under three years, a member's
    closing amount for the latest not given), and, if need be, one period showing only its
    balances (`15 Months Ended` beside `3 Months Ended` and `12 Months Ended`: its opening and
    closing amounts, none of the movements between): the placements where every shown balance
    closes, that column taking no movement. {} where no way, or more than one column, reads so."""
    args = (rows, chain, balances, guessed, columns, total, allowed)
    settled = settle(*args, unshown=True)
    if settled is not None:
        return settled
    found: dict[int, Option] | None = None
    for c in sorted(allowed):
        settled = settle(*args, unshown=True, balances_only=frozenset({c}))
        if settled is not None:
            if found is not None:
                return {}  # two columns either of which could be the one
            found = settled
    return found or {}


def subtotal_columns(rows: list[Row], chain: list[int], balances: set[int], i: int, n: int) -> Option | None:
    """The columns of row `i`, the one movement a roll-forward settled without, where it is the
    subtotal of the movements since the balance before it (`Net current-period other
    comprehensive income` under its reclassifications): each value in a column those movements
    fill equals their sum there, one at least does, and no other placement has as many that do.
    None where none reads so."""
    k = chain.index(i)
    start = max((j for j in range(k) if chain[j] in balances), default=-1)
    sums: list[Decimal | None] = [None] * n
    for j in chain[start + 1 : k]:
        for c, cell in enumerate(rows[j].cells):
            if cell and (value := amount(cell)) is not None:
                sums[c] = (sums[c] or 0) + value
    values = [amount(c) for c in rows[i].cells if c]
    if any(v is None for v in values) or comb(n, len(values)) > MAX_OPTIONS * MAX_OPTIONS:
        return None  # (a wide statement's ways to place a long row are too many to list)
    best: list[tuple[int, Option]] = []
    for option in combinations(range(n), len(values)):
        checked = [sums[c] == v for c, v in zip(option, values) if sums[c] is not None]
        if checked and all(checked):
            best.append((len(checked), option))
    top = max((count for count, _ in best), default=0)
    ways = [option for count, option in best if count == top]
    return ways[0] if len(ways) == 1 else None


def repeated_rows_alike(rows: list[Row], guessed: set[int], n: int) -> set[int]:
    """A guessed row that repeats a placed one, label and two values or more, or one of four
    digits or more (a statement's opening balance, or its share count, shown again over a longer
    period), is the same facts: it takes the same columns, in place. Returns the rows still
    guessed."""
    def facts(row: Row) -> tuple[str, tuple[Decimal | None, ...]]:
        return row.label, tuple(amount(c) for c in row.cells if c)  # `$ 38,982` is `38,982`

    settled = {facts(r): fixed_option(r) for i, r in enumerate(rows) if i not in guessed and any(r.cells)}
    for i in sorted(guessed):
        label, values = facts(rows[i])
        if len(values) < 2 and not (values and values[0] is not None and abs(values[0]) >= MIN_REPEATED_AMOUNT):
            continue  # one small value repeats by chance (a `0`, a `1`); `6,822,127` shares does not
        option = settled.get((label, values))
        if option is not None:
            rows[i] = placed(rows[i], option, n)
            guessed = guessed - {i}
    return guessed


def chains(rows: list[Row], group: list[int], balances: set[int]) -> list[list[int]]:
    """The group's roll-forwards: from a balance to the last balance before the next opening one
    (`Beginning balance …` starts afresh: quarterly statements repeat the year's opening; so does
    a balance right after another, `Balance at June 30, 2024` then `Balance at April 1, 2025`, and
    one after a heading, `Defined Benefit Plans [Member]` then `Balance at January 1`)."""
    out: list[list[int]] = []
    current: list[int] = []
    for i in group:
        if i in balances and current and (RE_OPENING.search(rows[i].label) or current[-1] in balances
                                          or heading_between(rows, current[-1], i)):
            out.append(current)
            current = []
        if current or i in balances:
            current.append(i)
    out.append(current)
    trimmed = [c[: max(k for k, i in enumerate(c) if i in balances) + 1] for c in out if c]
    return [c for c in trimmed if sum(1 for i in c if i in balances) >= 2]


def heading_between(rows: list[Row], previous: int, i: int) -> bool:
    """A row with no values between two rows of a roll-forward (`Defined Benefit Plans [Member]`):
    a balance after it opens the next section's roll-forward, not a balance of the one before;
    never a closing one (`Conversion of convertible note` with its values lost, then `Ending
    balance`: a movement the crawl emptied, the roll-forward goes on)."""
    return not RE_CLOSING.search(rows[i].label) and any(not any(rows[k].cells) for k in range(previous + 1, i))


def fixed_segments(chain: list[int], balances: set[int], guessed: set[int]) -> list[list[int]]:
    """The chain cut at each balance read whole (not guessed): the rows on either side of it
    settle apart, so a stretch that does not add up (a row the crawl lost) leaves the next one free."""
    out: list[list[int]] = [[]]
    for i in chain:
        out[-1].append(i)
        if i in balances and i not in guessed and len(out[-1]) > 1:
            out.append([i])
    return [part for part in out if sum(1 for i in part if i in balances) >= 2]


def instant_columns(columns: tuple[str, ...]) -> frozenset[int]:
    """The columns a date alone heads (`Dec. 31, 2023`) beside `N Months Ended` ones: balances'
    columns, where no movement stands. Empty where no column names a duration."""
    from refold.periods import duration_months, header_date

    if not any(duration_months(h) for h in columns):
        return frozenset()
    return frozenset(c for c, h in enumerate(columns) if not duration_months(h) and header_date(h)[0] is not None)


def stock_columns(columns: tuple[str, ...]) -> frozenset[int]:
    """Where share counts stand: the columns of a class of stock (all of them if none is named)."""
    named = frozenset(c for c, name in enumerate(columns) if RE_STOCK_COLUMN.search(name) and not RE_PAID_IN.search(name))
    return named or frozenset(range(len(columns)))


def settle(rows: list[Row], chain: list[int], balances: set[int], guessed: set[int], columns: tuple[str, ...],
           total: int | None, allowed: frozenset[int], rounding: bool = False,
           max_steps: int = MAX_STEPS, unshown: bool = False,
           balances_only: frozenset[int] = frozenset()) -> dict[int, Option] | None:
    """The one placement each guessed row of `chain` has in every best way the roll-forward holds:
    running sums per column, reset at each balance (which must equal them). Among ways the
    arithmetic allows alike (a column no row fills: the values add up on either side of it), the
    best are those whose rows' labels name most of their columns (`named_columns`), and that leave
    preferred or treasury stock no label names empty. With `rounding`, totals and balances may
    differ from their sums by what rounding the figures shown makes. None where no way adds up
    (a row with no placement that does, or a balance no sums reach); {} where the search gave
    up or left every row open. With `unshown`, a period's balance left blank is one the page does
    not show, not 0; the columns `balances_only` take no movement and are held to no sum."""
    n = len(columns)
    unnamed = columns_no_label_names([rows[i].label for i in chain], columns)
    # columns of periods (a details page's years): one the opening balance leaves blank rolls
    # forward from an amount not shown; a component's blank opening (no preferred stock yet) is 0
    by_period = all(RE_YEAR_IN.search(name) for name in columns)
    unshown = unshown and by_period
    measures = frozenset(c for c, name in enumerate(columns) if RE_MEASURE_COLUMN.search(name)) | balances_only
    counts = share_count_columns(columns)
    instants = instant_columns(columns)
    slack = unit_of([amount(c) for i in chain for c in rows[i].cells if c]) if rounding else 0  # a figure's unit
    if len(measures) == n:
        return {}

    def unmeasured(sums: Sums) -> Sums:  # a measure's column: never a known sum
        return tuple(None if c in measures else x for c, x in enumerate(sums)) if measures else sums
    options: dict[int, list[tuple[Option, Vector, int]]] = {}
    for i in chain:
        values = [amount(c) for c in rows[i].cells if c]
        if any(v is None for v in values) or len(values) > n:
            return {}
        numbers = [v for v in values if v is not None]
        columns_open = allowed if i in balances else allowed - instants - balances_only  # a movement is a period's, never a date's
        choices = [o for o in row_options(numbers, n, total, counts, slack) if columns_open.issuperset(o)] if i in guessed \
            else [fixed_option(rows[i])]
        if not choices or len(choices) > MAX_OPTIONS:
            return None  # (where a row's total is a rounding off its parts, too many ways are left)
        dashed = i in guessed and any(RE_NIL.match(c) for c in rows[i].cells if c)
        named = named_columns(rows[i].label, columns, total)
        options[i] = [(o, vector(numbers, o, n, total), len(named.intersection(o)) - len(unnamed.intersection(o))
                       + (dashed and runs_through(o)) + totals_itself(o, numbers, total)) for o in choices]
    reach, weights = reachable(chain, balances, options, n, slack, unshown, total)
    # forward: the running sums reachable after each row, each with its best score and the
    # steps (sums before, option) that reach it with that score
    layers: list[dict[Sums, tuple[int, list[tuple[Sums | None, Option]]]]] = []
    states: dict[Sums, tuple[int, list[tuple[Sums | None, Option]]]] = {}
    tried = 0  # steps taken over the whole chain: past `max_steps` the rows stay as read
    for k, i in enumerate(chain):
        nxt: dict[Sums, tuple[int, list[tuple[Sums | None, Option]]]] = {}
        steps: list[tuple[Sums, Sums | None, Option, int]] = []
        unknown = any(None in state for state in states)  # sums a balance is compared with where known
        for option, v, score in options[i]:
            # `unshown`: a period's balance left blank is not shown (it is no 0); no sum runs on from it
            shown = opening(v, option, total) if unshown and i in balances else v
            if k == 0:
                steps.append((unmeasured(opening(v, option, total) if by_period else v), None, option, score))
            elif i in balances:  # a balance equals the sums before it
                if unknown or None in shown:
                    steps.extend((unmeasured(shown), state, option, best + score) for state, (best, _) in states.items()
                                 if closes(state, shown, slack, option))
                elif v in states:
                    steps.append((v, v, option, states[v][0] + score))
                elif slack:  # sums a rounding away from the balance: the balance's amounts go on
                    steps.extend((v, state, option, best + score) for state, (best, _) in states.items()
                                 if closes(state, v, slack, option))
            elif len(states) * len(options[i]) > MAX_STATES * 4:
                return {}  # too many ways to try: the rows stay as read
            else:
                # among ways alike, the better leaves a column with no opening amount empty
                steps.extend((added(state, v), state, option,
                              best + score - sum(1 for c in option if state[c] is None))
                             for state, (best, _) in states.items())
        tried += len(steps) * weights[k]  # each step's test weighs as many balances as it is held to
        if tried > max_steps:
            return {}
        for state, previous, option, score in steps:
            if not reach[k](state):
                continue  # no way on to the next balance from here
            best, ways = nxt.get(state, (score, []))
            if score > best:
                nxt[state] = (score, [(previous, option)])
            elif score == best:
                nxt[state] = (best, [*ways, (previous, option)])
        if not nxt:
            return None
        if len(nxt) > MAX_STATES:
            return {}
        layers.append(nxt)
        states = nxt
    # backward: the options on the best paths that end at the last balance
    top = max(best for best, _ in states.values())
    alive = {state for state, (best, _) in states.items() if best == top}
    kept: dict[int, set[Option]] = {}
    for k in range(len(chain) - 1, -1, -1):
        before: set[Sums] = set()
        chosen: set[Option] = set()
        for state in alive:
            for previous, option in layers[k][state][1]:
                chosen.add(option)
                if previous is not None:
                    before.add(previous)
        kept[chain[k]] = chosen
        alive = before
    settled = {i: next(iter(kept[i])) for i in chain if i in guessed and len(kept[i]) == 1}
    open_rows = [i for i in chain if i in guessed and i not in settled]
    empty = empty_columns(rows, chain, guessed, n) if open_rows else []
    for i in open_rows:
        figures = [amount(c) for c in rows[i].cells if c]
        if (blank := blank_among_zeros(kept[i], figures, empty, fixed_option(rows[i]))) is not None:
            settled[i] = blank
    return settled


def blank_among_zeros(ways: set[Option], values: list[Decimal | None], empty: list[int],
                      current: Option = ()) -> Option | None:
    """`(20)` `—` `—` `(8,791)` … with a column left blank: ways that put every non-zero amount
    in the same column and differ only in which of the zero columns the row leaves blank add up
    alike, and are one reading of the row's figures. Of them, the way that leaves blank the
    columns other rows leave empty or zero most often (`empty`), then the row's `current` one
    (where the rules before placed it); None where the ways differ in an amount's column."""
    placed = {tuple((c, v) for c, v in zip(way, values) if v) for way in ways}
    if len(ways) < 2 or len(placed) != 1:
        return None
    return max(sorted(ways), key=lambda way: (sum(e for c, e in enumerate(empty) if c not in way), way == current))


def empty_columns(rows: list[Row], chain: list[int], guessed: set[int], n: int) -> list[int]:
    """For each column, the rows of the chain placed as read whose cell in it is empty or zero."""
    counts = [0] * n
    for i in chain:
        if i not in guessed:
            for c, cell in enumerate(rows[i].cells[:n]):
                counts[c] += not cell or amount(cell) == 0
    return counts


# the components of equity, each as its column names it and as row labels that move it
COMPONENTS = (
    (re.compile(r"retained|accumulated deficit|\bdeficit\b", re.I),
     re.compile(r"\bnet (?:income|loss|earnings|\(loss\))|\bdividends?\b", re.I)),
    (re.compile(rf"{RE_PAID_IN.pattern}|\bsurplus\b", re.I),
     re.compile(r"(?:stock|share|equity).based|compensation|warrants?\b|offering costs|issuance costs|"
                r"\b(?:issuance|issued|sale|conversion|exercise) of (?:\w+ )?(?:common )?(?:stock|shares)\b", re.I)),
    (re.compile(r"\bcommon\b", re.I), re.compile(r"\bcommon\b", re.I)),
    (re.compile(r"\bpreferred\b", re.I), re.compile(r"\bpreferred\b", re.I)),
    (re.compile(r"\btreasury\b", re.I), re.compile(r"\btreasury\b|\brepurchase", re.I)),
    (re.compile(r"comprehensive|\baoci\b", re.I), re.compile(r"comprehensive|translation|unrealized", re.I)),
    (re.compile(r"non-?controlling|minority", re.I), re.compile(r"non-?controlling|minority", re.I)),
)


NAMED_WHEN_MOVED = COMPONENTS[3:5]  # preferred and treasury stock move only in rows that say so


def totals_itself(option: Option, values: list[Decimal], total: int | None) -> bool:
    """A row of several values whose last sits in the Total column (`$ 3`, `5,342`, `(5,345)`,
    `0`: the `0` is the row's total). Where a zero could go in any column alike, the better way."""
    return total is not None and len(values) > 1 and option[-1] == total


def runs_through(option: Option) -> bool:
    """Whether a row's values fill one run of columns. A row that writes a dash in the columns it
    has no amount in (`—`, `—`, `1,673`, `—`, …) mostly does: a blank is then a column the row
    has nothing to do with (a share count's). Among ways the sums allow alike, the better one."""
    return option[-1] - option[0] == len(option) - 1


def columns_no_label_names(labels: list[str], columns: tuple[str, ...]) -> set[int]:
    """Columns of preferred or treasury stock that no row's label names: where two ways add up
    alike, the values stay out of them."""
    return {c for c, name in enumerate(columns) for column, label_words in NAMED_WHEN_MOVED
            if column.search(name) and not any(label_words.search(label) for label in labels)}


def named_columns(label: str, columns: tuple[str, ...], total: int | None) -> frozenset[int]:
    """The columns a row's label names (`Net loss` moves retained earnings, `Stock-based
    compensation` paid-in capital, `Issuance of common stock` common stock): how many of them a
    placement takes is its affinity."""
    moved = [column for column, label_words in COMPONENTS if label_words.search(label)]
    return frozenset(c for c, name in enumerate(columns) if c != total and any(column.search(name) for column in moved))


def reachable(chain: list[int], balances: set[int], options: dict[int, list[tuple[Option, Vector, int]]],
              n: int, slack: Decimal | int = 0, unshown: bool = False,
              total: int | None = None) -> tuple[list[Callable[[Sums], bool]], list[int]]:
    """For each row of the chain, a test of the running sums after it: can the rows up to the
    next balance still bring them to one of that balance's placements? Per column, the sums
    those rows can add (each row one of its contributions to the column, 0 where it may leave
    it empty), or, where those are too many to list, the range between the least and the
    greatest. Cuts the search to the ways that can close: a column that moves by `(7)` only
    leaves open the rows that can put `(7)` there. With each test, how many placements of the
    balance it holds the sums to (its cost). `unshown`: a balance's blank is not shown."""
    tests: list[Callable[[Sums], bool]] = [lambda state: True] * len(chain)
    weights = [1] * len(chain)
    low: list[Decimal | int] = [0] * n
    high: list[Decimal | int] = [0] * n
    sums: list[frozenset | None] = [frozenset({0})] * n
    targets: list[Sums] = []
    since = 0  # rows since the balance: past MAX_LISTED_ROWS, ranges only (the lists' cost grows with them)
    for k in range(len(chain) - 1, -1, -1):
        i = chain[k]
        if i in balances:
            targets = [opening(v, o, total) if unshown else v for o, v, _ in options[i]]
            low, high, sums, since = [0] * n, [0] * n, [frozenset({0})] * n, 0
            continue
        since += 1
        if since > MAX_LISTED_ROWS:
            sums = [None] * n
        if targets:
            tests[k] = _within(targets, tuple(low), tuple(high), tuple(sums), slack)
            weights[k] = len(targets)
        for j in range(n):
            column = {v[j] for _, v, _ in options[i]}
            low[j] += min(column)
            high[j] += max(column)
            known = sums[j]
            sums[j] = None if known is None or len(known) * len(column) > MAX_SUMS else \
                frozenset(a + b for a in known for b in column)
    return tests, weights


MAX_SUMS = 1024  # sums listed per column; past it, the range between the least and the greatest
MAX_LISTED_ROWS = 60  # rows between two balances whose sums are listed (a statement has a few dozen)


def _within(targets: list[Sums], low: tuple, high: tuple, sums: tuple, slack: Decimal | int = 0) -> Callable[[Sums], bool]:
    shifts = (0, -slack, slack) if slack else (0,)

    def test(state: Sums) -> bool:
        return any(all(lo - slack <= t - s <= hi + slack and (listed is None or any(t - s + d in listed for d in shifts))
                       for t, s, lo, hi, listed in zip(target, state, low, high, sums) if s is not None and t is not None)
                   for target in targets)
    return test


def added(state: Sums, v: Vector) -> Sums:
    return tuple(None if a is None else a + b for a, b in zip(state, v))


def opening(v: Vector, option: Option, total: int | None) -> Sums:
    """The running sums a chain starts from: its opening balance's amounts, None (unknown) in a
    column it leaves blank (`Lease liabilities beginning` shown for two of three years)."""
    return tuple(x if c in option or c == total else None for c, x in enumerate(v))


def closes(state: Sums, balance: Sums, slack: Decimal | int = 0, option: Option = ()) -> bool:
    """Whether the running sums equal a balance, in every column whose sum is known and whose
    balance is shown (one at least), or differ from it by at most `slack` (rounding) where the
    balance's row has a figure (`option`: a blank it leaves is no rounding of a sum)."""
    return any(s is not None and b is not None for s, b in zip(state, balance)) and \
        all(s is None or b is None or (-slack <= s - b <= slack if c in option else s == b)
            for c, (s, b) in enumerate(zip(state, balance)))


def unit_of(values: list[Decimal | None]) -> Decimal | int:
    """The smallest unit the figures are shown in: 1 for whole amounts, `0.01` for cents."""
    exponent = min((v.as_tuple().exponent for v in values if v is not None and v), default=0)
    return 1 if not isinstance(exponent, int) or exponent >= 0 else Decimal(1).scaleb(exponent)


def share_count_columns(columns: tuple[str, ...]) -> frozenset[int]:
    """Columns of share counts among a statement's amounts (`Common Stock Shares`)."""
    return frozenset(c for c, name in enumerate(columns) if RE_SHARES_COLUMN.search(name))


def row_options(values: list[Decimal], n: int, total: int | None, counts: frozenset[int] = frozenset(),
                unit: Decimal | int = 0) -> list[Option]:
    """The order-keeping choices of columns for a row's values; with a Total column, only those
    where a value in it is the sum of the others, share counts aside and within the rounding of
    figures shown to `unit`, when given (a filer may leave a row's total out: Apple's `Common
    stock issued | 752` moves one component and shows no total); where the value at the Total
    column's end of the row is the sum of the others, it is in the Total column."""
    if not values:
        return [()]
    out = []
    # the value at the Total column's end of the row adds up the others: it is the row's total
    end = values[0] if total == 0 else values[-1]
    others = values[1:] if total == 0 else values[:-1]
    far = others[::-1] if total == 0 else others  # share counts first from the far end (`Shares` before `Amount`)
    totalled = total is not None and len(values) > 1 and any(
        adds_up(sum(far[k:]), end, len(far) - k, unit) for k in range(min(len(counts), len(far) - 1) + 1))
    for option in combinations(range(n), len(values)):
        if total is not None and total in option:
            at = option.index(total)
            parts = [v for c, v in zip(option, values) if c != total and c not in counts]
            if not parts or not adds_up(sum(parts), values[at], len(parts), unit):
                continue
        elif totalled:
            continue  # `214,150` `214,150`, `$ 400` `86,495` `86,895`: never all components
        out.append(option)
    return out


def adds_up(parts_sum: Decimal | int, total: Decimal, parts: int, unit: Decimal | int = 0) -> bool:
    """A total equals its parts' sum; given the figures' `unit`, or differs from it by what
    rounding each part to it can make (`3,769` + `23` shown as `3,793`: a unit per two parts)."""
    return parts_sum == total or bool(unit) and -unit * (parts // 2) <= parts_sum - total <= unit * (parts // 2)


def fixed_option(row: Row) -> Option:
    return tuple(c for c, v in enumerate(row.cells) if v)


def vector(values: list[Decimal], option: Option, n: int, total: int | None = None) -> Vector:
    """The row's values by column, whole amounts as ints (sums of ints are much cheaper, and an
    int equals and hashes as the Decimal it came from). The Total column counts as 0: it rolls
    forward only where every row shows its total, and each row's total is checked in the row."""
    out: list[Decimal | int] = [0] * n
    for c, v in zip(option, values):
        if c != total:
            out[c] = int(v) if v == v.to_integral_value() else v
    return tuple(out)


def placed(row: Row, option: Option, n: int) -> Row:
    from refold.placement import place

    return place(row, option, n)
