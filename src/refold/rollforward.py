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

from refold.amounts import amount
from refold.model import Row

RE_SHARE_ROW = re.compile(r",\s*shares\b|\bshares,|\(in shares\)|\bshares$", re.IGNORECASE)
RE_TOTAL_COLUMN = re.compile(r"\btotal\b", re.IGNORECASE)
MIN_COLUMNS = 3
MAX_STATES = 20_000  # running column sums kept between two balances; past it the rows stay as read
MAX_OPTIONS = 64  # order-keeping placements tried for one row

Vector = tuple[Decimal, ...]
Option = tuple[int, ...]  # the columns a row's values take, in order


def place_by_rollforward(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> tuple[list[Row], set[int]]:
    """The rows with every guessed row the roll-forward settles placed, and the rows still guessed."""
    from refold.checks import is_balance

    n = len(columns)
    if n < MIN_COLUMNS or not guessed:
        return rows, guessed
    totals = [c for c, name in enumerate(columns) if RE_TOTAL_COLUMN.search(name)]
    total = totals[0] if totals == [n - 1] else None  # one Total, the last column: rows add up to it
    rows = list(rows)
    for shares in (False, True):
        group = [i for i, r in enumerate(rows) if any(r.cells) and bool(RE_SHARE_ROW.search(r.label)) == shares]
        balances = [i for i in group if is_balance(rows[i].label)]
        if len(balances) < 2 or not guessed & set(group):
            continue
        chain = [i for i in group if balances[0] <= i <= balances[-1]]
        settled = settle(rows, chain, set(balances), guessed, n, None if shares else total)
        for i, option in settled.items():
            rows[i] = placed(rows[i], option, n)
        guessed = guessed - set(settled)
    return rows, guessed


def settle(rows: list[Row], chain: list[int], balances: set[int], guessed: set[int], n: int,
           total: int | None) -> dict[int, Option]:
    """The one placement each guessed row of `chain` has in every way the roll-forward holds:
    running sums per column, reset at each balance (which must equal them)."""
    options: dict[int, list[tuple[Option, Vector]]] = {}
    for i in chain:
        values = [amount(c) for c in rows[i].cells if c]
        if any(v is None for v in values) or len(values) > n:
            return {}
        numbers = [v for v in values if v is not None]
        choices = row_options(numbers, n, total) if i in guessed else [fixed_option(rows[i])]
        if not choices or len(choices) > MAX_OPTIONS:
            return {}
        options[i] = [(o, vector(numbers, o, n)) for o in choices]
    # forward: the running sums reachable after each row, with the options that reach them
    layers: list[dict[Vector, set[tuple[Vector | None, Option]]]] = []
    states: dict[Vector, set[tuple[Vector | None, Option]]] = {}
    for k, i in enumerate(chain):
        nxt: dict[Vector, set[tuple[Vector | None, Option]]] = {}
        for option, v in options[i]:
            if k == 0:
                nxt.setdefault(v, set()).add((None, option))
            elif i in balances:
                if v in states:
                    nxt.setdefault(v, set()).add((v, option))  # a balance equals the sums before it
            elif len(states) * len(options[i]) > MAX_STATES * 4:
                return {}  # too many ways to try: the rows stay as read
            else:
                for state in states:
                    nxt.setdefault(tuple(a + b for a, b in zip(state, v)), set()).add((state, option))
        if not nxt or len(nxt) > MAX_STATES:
            return {}
        layers.append(nxt)
        states = nxt
    # backward: the options on some path that ends at the last balance
    alive = set(states)
    kept: dict[int, set[Option]] = {}
    for k in range(len(chain) - 1, -1, -1):
        before: set[Vector] = set()
        chosen: set[Option] = set()
        for state in alive:
            for previous, option in layers[k][state]:
                chosen.add(option)
                if previous is not None:
                    before.add(previous)
        kept[chain[k]] = chosen
        alive = before
    return {i: next(iter(kept[i])) for i in chain if i in guessed and len(kept[i]) == 1}


def row_options(values: list[Decimal], n: int, total: int | None) -> list[Option]:
    """The order-keeping choices of columns for a row's values; with a Total column, only those
    where the value in it is the sum of the others (a row without it moves nothing in total)."""
    out = []
    for option in combinations(range(n), len(values)):
        if total is not None:
            if total in option:
                at = option.index(total)
                if len(values) > 1 and sum(values) - values[at] != values[at]:
                    continue
            elif sum(values) != 0:
                continue
        out.append(option)
    return out


def fixed_option(row: Row) -> Option:
    return tuple(c for c, v in enumerate(row.cells) if v)


def vector(values: list[Decimal], option: Option, n: int) -> Vector:
    out = [Decimal(0)] * n
    for c, v in zip(option, values):
        out[c] = v
    return tuple(out)


def placed(row: Row, option: Option, n: int) -> Row:
    from refold.placement import place

    return place(row, option, n)
