"""Where the text cannot say which column a value is in, let the page's sums decide.

Details pages (and some crawls) drop empty cells, so a row with one value of three could be in
any column. The page itself often settles it: a dimension total equals the sum of its members,
and a `Total …` row equals the rows above it. This stage lists such candidate relations, tries
the order-keeping placements of the ambiguous rows, and keeps a placement only if it makes more
relations hold exactly than the default does. It never moves a value the text placed.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from datetime import date
from decimal import Decimal
from itertools import combinations, product
from math import comb, prod

from refold.amounts import amount
from refold.kinds import Kind, classify
from refold.model import Row
from refold.periods import duration_months, months_before, read_columns
from refold.rollforward import RE_CLOSING, RE_OPENING, instant_columns, opens_or_closes, place_by_rollforward

MAX_TRIALS = 4096  # placements tried at most; beyond that the default stands
MAX_JOINT_TRIALS = 64  # placements of a guessed total with its guessed parts (`solve_together`)
MAX_STEPS = 4096  # steps of the search for a total's single-value parts' placement (`solve_sparse`)
MAX_MOVING_STEPS = 1024  # steps of the search where guessed rows of several values move too
MIN_PARTS = 2
MAX_PARTS = 200  # a "total" over more rows than this is not one the page states


def member_contexts(rows: list[Row]) -> list[str]:
    """The section each row sits in ("" at the top): a label-only row opens a member context
    when the rows after it repeat labels already seen (the same concepts, for a member)."""
    next_value: list[Row | None] = [None] * len(rows)  # the first non-section row after each row
    following: Row | None = None
    for i in range(len(rows) - 1, -1, -1):
        next_value[i] = following
        if not rows[i].is_section:
            following = rows[i]
    contexts: list[str] = []
    current = ""
    seen: set[str] = set()
    for i, row in enumerate(rows):
        if row.is_section:
            after = next_value[i]
            if after is not None and after.label in seen:
                current = row.label
        else:
            seen.add(row.label)
        contexts.append(current)
    return contexts


def dimension_relations(rows: list[Row]) -> list[tuple[int, list[int]]]:
    """A concept's row in a context = the sum of its rows in that context's direct members.

    Members of the top context are contexts without ` | ` that have no members of their own
    (a context with `Context | X` members belongs to another axis or level); the members of a
    context `C` are the contexts `C | X`.
    """
    contexts = member_contexts(rows)
    names = set(contexts)
    parents_of = {c: c.rsplit(" | ", 1)[0] for c in names if " | " in c}
    has_children = set(parents_of.values()) & names
    members: dict[str, list[str]] = {}
    for c in names:
        if not c:
            continue
        parent = parents_of.get(c, "")
        if parent == "" and c in has_children:
            continue  # another axis (or a level with its own members), not a member of the top
        members.setdefault(parent, []).append(c)
    by_context_label: dict[tuple[str, str], list[int]] = {}
    for i, row in enumerate(rows):
        if not row.is_section:
            by_context_label.setdefault((contexts[i], row.label), []).append(i)
    relations: list[tuple[int, list[int]]] = []
    for (context, label), indices in by_context_label.items():
        kids = members.get(context, [])
        if len(kids) < MIN_PARTS:
            continue
        parts = sorted(j for k in kids for j in by_context_label.get((k, label), []))
        if len(parts) >= MIN_PARTS:
            relations.extend((i, parts) for i in indices)
    return relations


def total_relations(rows: list[Row]) -> list[tuple[int, list[int]]]:
    """`Total …` / `Net …` rows = the value rows since an earlier section row or total; or those
    rows with each subtotal among them standing for its own parts (`Total assets` = `Total
    current assets` + the other assets: `rolled_up`)."""
    relations = []
    seen: set[tuple[int, tuple[int, ...]]] = set()  # a relation found twice is tried once
    boundaries: list[int] = []  # rows after which a block may start
    last = unlabeled_total(rows)
    for i, row in enumerate(rows):
        if (row.kind == "total" or i == last) and not row.is_section:
            for start in sorted({0, *(b + 1 for b in boundaries[-3:])}):
                for parts in (flat_parts(rows, start, i), rolled_up(rows, start, i), rolled_up(rows, start, i, True)):
                    if (MIN_PARTS <= len(parts) or one_part_total(rows, i, parts)) and len(parts) <= MAX_PARTS \
                            and (key := (i, tuple(parts))) not in seen:
                        seen.add(key)
                        relations.append((i, parts))
        if row.is_section or row.kind == "total":
            boundaries.append(i)
    return relations


def net_relations(rows: list[Row]) -> list[tuple[tuple[int, list[int]], dict[int, int] | None]]:
    """`Deferred income tax liability (asset)` = `Deferred income tax liabilities` less `Deferred
    income tax assets`: a row whose label names both sides of a net position, the nearest row
    above it (in its section) naming only the one side and the nearest naming only the other;
    the side its label names first counts for it, the other against it, or both for it where
    the page shows the other side's amounts negative. Each a relation with the parts' signs
    (`{}`: all for it)."""
    relations: list[tuple[tuple[int, list[int]], dict[int, int] | None]] = []
    for i, row in enumerate(rows):
        assets, liabilities = RE_ASSET_SIDE.search(row.label), RE_LIABILITY_SIDE.search(row.label)
        if row.is_section or not (assets and liabilities):
            continue
        nearest: dict[str, int] = {}
        for j in range(i - 1, max(-1, i - MAX_NET_LOOKBACK), -1):
            if rows[j].is_section and RE_SECTION_END.search(rows[j].label) is None:
                break  # a heading starts the section the net position closes
            side = ("assets" if RE_ASSET_SIDE.search(rows[j].label) else "") + \
                ("liabilities" if RE_LIABILITY_SIDE.search(rows[j].label) else "")
            if side in ("assets", "liabilities") and not rows[j].is_section:
                nearest.setdefault(side, j)
        if len(nearest) < 2:
            continue
        first, second = ("assets", "liabilities") if assets.start() < liabilities.start() else ("liabilities", "assets")
        parts = sorted(nearest.values())
        relations.append(((i, parts), {nearest[first]: 1, nearest[second]: -1}))
        relations.append(((i, parts), {}))  # (both for it: the other side's amounts shown negative)
    return relations


def negated_totals(rows: list[Row], totals: list[tuple[int, list[int]]]) -> list[tuple[tuple[int, list[int]], dict[int, int]]]:
    """`Total loss on debt refinancing transactions` `$ 0` `$ (147)` under `Repayment of principal
    balance at premium` `$ 90` and `Unamortized debt discount …` `57`: a total whose amounts are
    all negative or nil over parts all positive or nil is the parts' sum taken away (costs that
    make a loss). Each such total relation again, every part counting against it."""
    seen: dict[int, set[int]] = {}  # each row's signs, read once however many relations hold it

    def signs_of(i: int) -> set[int]:
        if i not in seen:
            seen[i] = {(a > 0) - (a < 0) for c in rows[i].cells if c and (a := amount(c)) is not None}
        return seen[i]

    negated = []
    for total, parts in totals:
        if signs_of(total) - {0} == {-1} and all(signs_of(j) <= {0, 1} for j in parts) \
                and any(1 in signs_of(j) for j in parts):
            negated.append(((total, parts), {j: -1 for j in parts}))
    return negated


RE_ASSET_SIDE = re.compile(r"\bassets?\b", re.IGNORECASE)
RE_LIABILITY_SIDE = re.compile(r"\bliabilit(?:y|ies)\b", re.IGNORECASE)
RE_SECTION_END = re.compile(r"\[(?:Line Items|Abstract)\]\s*$")  # an XBRL line-items row opens no section of its own
MAX_NET_LOOKBACK = 40  # rows looked back over for the two sides of a net position


def one_part_total(rows: list[Row], total: int, parts: list[int]) -> bool:
    """`Total financial assets` straight after its section's one row (`Cash equivalents`): a
    total of one part, tried only where the section's heading is right above that part."""
    return len(parts) == 1 and parts[0] == total - 1 and total >= 2 and rows[total - 2].is_section


def unlabeled_total(rows: list[Row]) -> int | None:
    """`Current state taxes`, `Deferred state taxes`, then `Income tax expense` with every cell
    filled: a table's last row may be the total of the rows above though its label does not say
    so (it is tried as one; only a placement that makes every column add up is taken)."""
    if not rows or rows[-1].kind == "total" or rows[-1].is_section or not all(rows[-1].cells):
        return None
    return len(rows) - 1


def flat_parts(rows: list[Row], start: int, end: int) -> list[int]:
    """The value rows from `start` to `end`; a list past `MAX_PARTS` is cut short (no relation
    takes it), so a long table's totals stay cheap."""
    parts: list[int] = []
    for j in range(start, end):
        if not rows[j].is_section:
            parts.append(j)
            if len(parts) > MAX_PARTS:
                break
    return parts


def rolled_up(rows: list[Row], start: int, end: int, across_sections: bool = False) -> list[int]:
    """The value rows from `start` to `end`, each total among them in place of the rows it closes
    (those since the section row or total before it; or, `across_sections`, since the total
    before it: `Net cash used in operating activities` closes its section's subsections too).
    Read back from `end`, cut short past `MAX_PARTS` as `flat_parts` is."""
    parts: list[int] = []
    j = end - 1
    while j >= start and len(parts) <= MAX_PARTS:
        if rows[j].is_section:
            j -= 1
            continue
        parts.append(j)
        if rows[j].kind == "total":  # skip the rows it closes, back to the boundary before them
            j -= 1
            while j >= start and (across_sections or not rows[j].is_section) and rows[j].kind != "total":
                j -= 1
        else:
            j -= 1
    return parts[::-1]


def _value(rows: list[Row], i: int, col: int) -> Decimal | None:
    return amount(rows[i].cells[col]) if rows[i].cells[col] else None


def _filled(cell: str) -> bool:
    """A cell with something in it; a currency sign alone (`$` over a blank amount) is empty."""
    return bool(cell) and classify(cell) != Kind.SYMBOL


def solve_sparse(rows: list[Row], relation: tuple[int, list[int]], movers: list[int],
                 n_cols: int, budget: int = MAX_STEPS, signs: dict[int, int] | None = None) -> tuple[int, dict[int, tuple[int, ...]] | None]:
    """How many ways (0, 1, 2 for several; -1 where the sums cannot tell: a text among the parts
    or the total, or the search past `budget` steps) put each guessed sparse part's values in
    columns, their order kept, so every column of the total adds up (`Penalties and fines | 149`, `Vested stock | (5) | (5)` under four columns
    whose total row is whole; a cash flow statement's sparse rows under its section's total),
    and the way where there is one. `signs`: a part that counts against the total (-1: a net
    position's other side)."""
    total, parts = relation
    signs = signs or {}
    targets = {c: _value(rows, total, c) for c in range(n_cols)}
    columns = [c for c, t in targets.items() if t is not None]
    values = [[amount(c) for c in rows[j].cells if c] for j in movers]
    if not columns or any(None in v or len(v) > len(columns) for v in values):
        return -1, None
    residual = {c: t for c, t in targets.items() if t is not None}  # the columns' totals less fixed parts
    for j in parts:
        if j in movers:
            continue
        for c in columns:
            v = _value(rows, j, c)
            if v is None and _filled(rows[j].cells[c]):
                return -1, None  # a text part: no arithmetic here
            residual[c] -= signs.get(j, 1) * (v or 0)
    touched_fixed = {c for c in columns for j in parts if j not in movers and _filled(rows[j].cells[c])}
    amounts = [[signs.get(j, 1) * (v or Decimal(0)) for v in vs] for j, vs in zip(movers, values)]
    # the largest amounts first: their placements decide the most, so the search cuts soonest
    order = sorted(range(len(movers)), key=lambda k: -max(abs(v) for v in amounts[k]))
    options = [list(combinations(columns, len(amounts[k]))) for k in order]
    count, choice = unique_choice(options, [amounts[k] for k in order], residual, touched_fixed, budget)
    return count, None if choice is None else {movers[k]: cols for k, cols in zip(order, choice)}


FEW_WAYS = 256  # choices tried one by one; more are searched depth first, cut by the columns' bounds


def every_choice(options: list[list[tuple[int, ...]]], values: list[list[Decimal]], residual: dict[int, Decimal],
                 checked: set[int]) -> tuple[int, list[tuple[int, ...]] | None]:
    """`unique_choice` for a few choices: each tried in turn."""
    found = None
    for choice in product(*options):
        sums = dict.fromkeys(residual, Decimal(0))
        for cols, row_values in zip(choice, values):
            for c, v in zip(cols, row_values):
                sums[c] += v
        if all(sums[c] == residual[c] for c in checked.union(*choice)):
            if found is not None:
                return 2, None
            found = list(choice)
    return (0, None) if found is None else (1, found)


def unique_choice(options: list[list[tuple[int, ...]]], values: list[list[Decimal]], residual: dict[int, Decimal],
                  checked: set[int], budget: int) -> tuple[int, list[tuple[int, ...]] | None]:
    """How many choices of an option per row (the columns its values go to, in order) make every
    column a row or a fixed part reaches add up to its residual (0, 1, 2 for several, -1 past
    `budget` steps), and the choice where there is one. A depth-first search, cut where a
    `checked` column (one the fixed parts reach) can no longer add up with the rows left (their
    least and greatest contributions to it)."""
    if prod(len(opts) for opts in options) <= FEW_WAYS:
        return every_choice(options, values, residual, checked)
    n = len(options)
    low = [dict.fromkeys(residual, Decimal(0)) for _ in range(n + 1)]
    high = [dict.fromkeys(residual, Decimal(0)) for _ in range(n + 1)]
    for k in range(n - 1, -1, -1):  # what rows k.. can still add to each column, at least and at most
        least: dict[int, Decimal] = {}
        most: dict[int, Decimal] = {}
        for opt in options[k]:
            adds = dict.fromkeys(residual, Decimal(0))
            adds.update(zip(opt, values[k]))
            for c, v in adds.items():
                least[c] = min(least.get(c, v), v)
                most[c] = max(most.get(c, v), v)
        for c in residual:
            low[k][c] = low[k + 1][c] + least.get(c, Decimal(0))
            high[k][c] = high[k + 1][c] + most.get(c, Decimal(0))
    found: list[list[tuple[int, ...]]] = []
    steps = 0

    def walk(k: int, sums: dict[int, Decimal], chosen: list[tuple[int, ...]]) -> bool:
        """False once the search should stop (two answers, or the budget spent)."""
        nonlocal steps
        steps += 1
        if steps > budget:
            return False
        if any(not low[k][c] <= residual[c] - sums[c] <= high[k][c] for c in checked):
            return True  # this branch cannot add up any more
        if k == n:
            reached = checked.union(*chosen)
            # every column a part reaches must add up; a column no part reaches says nothing
            # (a details page may show the total for periods its members do not cover)
            if all(sums[c] == residual[c] for c in reached):
                found.append(list(chosen))
            return len(found) < 2
        for opt in options[k]:
            added = dict(sums)
            for c, v in zip(opt, values[k]):
                added[c] += v
            chosen.append(opt)
            going = walk(k + 1, added, chosen)
            chosen.pop()
            if not going:
                return False
        return True

    if not walk(0, dict.fromkeys(residual, Decimal(0)), []) and len(found) < 2:
        return -1, None  # the budget ran out
    return min(len(found), 2), found[0] if len(found) == 1 else None


def total_under_its_sums(rows: list[Row], relation: tuple[int, list[int]], n_cols: int,
                         signs: dict[int, int] | None = None) -> tuple[int, ...] | None:
    """`| 108,739 | 843,878 | 2,275 | 954,892` under five columns whose first (a `Note` column)
    no total fills: the one order-keeping placement of a guessed total's values where each is
    the sum of its column's parts (placed as read); None where none or several are."""
    total, parts = relation
    values = [amount(c) for c in rows[total].cells if c]
    if not values or None in values or comb(n_cols, len(values)) > MAX_TRIALS:
        return None
    signs = signs or {}
    sums: list[Decimal | None] = []
    for c in range(n_cols):
        column = [(j, rows[j].cells[c]) for j in parts if rows[j].cells[c]]
        amounts = [amount(v) for _, v in column]
        sums.append(None if not column or None in amounts else sum(
            (signs.get(j, 1) * a for (j, _), a in zip(column, amounts) if a is not None), Decimal(0)))
    found = [cols for cols in combinations(range(n_cols), len(values))
             if all(sums[c] is not None and sums[c] == v for c, v in zip(cols, values))]
    return found[0] if len(found) == 1 else None


def refine_placements(rows: list[Row], guessed: set[int], n_cols: int, columns: tuple[str, ...] = ()) -> list[Row]:
    """Re-place guessed values: first where a roll-forward by component settles them (a
    statement of equity, `rollforward.py`), then where the columns' meaning rules a placement out (a flow in
    an instant-only column, a translated amount without its source), then where exactly one
    placement makes a relation add up."""
    if not guessed or n_cols < 2:
        return rows
    rows = list(rows)
    rolled: set[int] = set()  # movements a roll-forward settled in duration columns, beside dates'
    if len(columns) == n_cols:
        rows = quarters_with_their_year_to_date(rows, guessed, columns)
        rows, still = place_by_rollforward(rows, guessed, columns)
        rolled, guessed = (guessed - still if instant_columns(columns) else set()), still
        rows = values_under_repeated_periods(rows, guessed, columns)
        rows = rows_in_one_period(rows, guessed, columns)
        rows = quarters_add_to_years(rows, guessed, columns)
        rows = flows_in_duration_columns(rows, guessed, columns)
        rows = values_around_translations(rows, guessed, columns)
        rows = values_in_their_unit_columns(rows, guessed, columns)
        rows = values_in_their_kinds(rows, guessed, n_cols)
        rows = cover_facts_in_their_dates(rows, guessed, columns)
        rows = translations_pair_up(rows, guessed, columns)
    rows = repeats_fill_each_other(rows, guessed, n_cols)
    for _ in range(MAX_PASSES):  # a total a later relation settles may then settle its own parts
        before = len(guessed)
        guessed = settle_by_sums(rows, guessed, n_cols)
        if not guessed or len(guessed) == before:
            break
    rows = repeated_member_values(rows, guessed, n_cols)
    return like_the_settled_rows(rows, guessed, n_cols, rolled)


MAX_PASSES = 2  # passes over the relations (`Net increase in cash` places `Net cash used in investing
# activities`, whose own relation then places its one row)


def settle_by_sums(rows: list[Row], guessed: set[int], n_cols: int) -> set[int]:
    """One pass over the page's relations (dimension sums, then totals): each guessed row that
    exactly one placement makes add up is placed (in `rows`); the rows still guessed."""
    totals = total_relations(rows)
    plain: list[tuple[tuple[int, list[int]], dict[int, int] | None]] = [
        (relation, None) for relation in dimension_relations(rows) + totals]
    for relation, signs in plain + net_relations(rows) + negated_totals(rows, totals):
        total, parts = relation
        if total in guessed:
            if not guessed & set(parts) and (columns_of := total_under_its_sums(rows, relation, n_cols, signs)) is not None:
                rows[total] = place(rows[total], columns_of, n_cols)
                guessed = guessed - {total}
            elif guessed & set(parts) and (placed := solve_together(rows, relation, guessed, n_cols, signs)) is not None:
                for j, row in placed.items():
                    rows[j] = row
                guessed = guessed - set(placed)
            if signs is None or total not in guessed:
                continue
            # a net position no joint placement settles: its parts go where they make it add up
            # as it stands (`Deferred income tax liability (asset)` under the span of its three
            # years; a plain total so placed may stand in the wrong periods: a cash flow
            # statement's section under a guessed subtotal)
        counts = {j: sum(1 for c in rows[j].cells if c) for j in parts if j in guessed}
        singles = [j for j, k in counts.items() if k == 1]
        movers = [j for j, k in counts.items() if 0 < k < n_cols]
        # single values first, the other guessed rows as read; where no way adds up, those rows
        # moving too (where several ways do, more freedom decides nothing)
        count, answer = solve_sparse(rows, relation, singles, n_cols, signs=signs) if singles else (0, None)
        if count in (0, -1) and len(movers) > len(singles):
            count, answer = solve_sparse(rows, relation, movers, n_cols, MAX_MOVING_STEPS, signs)
        if answer is None:
            continue
        for j, cols in answer.items():
            rows[j] = place(rows[j], cols, n_cols)
        guessed = guessed - set(answer)  # placed by the sums now: fixed for later relations
    return guessed


def solve_together(rows: list[Row], relation: tuple[int, list[int]], guessed: set[int], n_cols: int,
                   signs: dict[int, int] | None = None) -> dict[int, Row] | None:
    """`Finance leases | 78 | 186` then `Total debt and finance leases | $ 2,040 | $ 5,180`, both
    guessed, under `Total debt` read whole: the one order-keeping placement of the guessed total
    and of its guessed parts, these only where the total has values, where each column the total
    fills that a part reaches is the parts' sum; None where none or several are, or too many to try."""
    total, parts = relation
    movers = [j for j in parts if j in guessed]
    counts = {j: sum(1 for c in rows[j].cells if c) for j in (total, *movers)}  # the trials, before any reading
    if not all(counts.values()) or comb(n_cols, counts[total]) * prod(
            comb(counts[total], counts[j]) for j in movers) > MAX_JOINT_TRIALS:
        return None
    read = {j: [amount(c) for c in rows[j].cells if c] for j in (total, *movers)}
    if any(None in v for v in read.values()):
        return None
    signs = signs or {}
    values = {j: [signs.get(j, 1) * v if j != total else v for v in vs if v is not None] for j, vs in read.items()}
    fixed_sums: list[Decimal] = [Decimal(0)] * n_cols
    reached = [False] * n_cols  # a part read whole has a value in the column
    for j in parts:
        if j not in guessed:
            for c, cell in enumerate(rows[j].cells):
                if _filled(cell):
                    if (v := amount(cell)) is None:
                        return None  # a text among them: no arithmetic here
                    fixed_sums[c] += signs.get(j, 1) * v
                    reached[c] = True
    found = None
    for filled in combinations(range(n_cols), len(values[total])):
        for choice in product(*(combinations(filled, len(values[j])) for j in movers)):
            sums = dict(zip(filled, values[total]))  # what the parts must add up to, column by column
            moved: dict[int, Decimal] = {}
            for j, cols in zip(movers, choice):
                for c, v in zip(cols, values[j]):
                    moved[c] = moved.get(c, Decimal(0)) + v
            touched = [c for c in filled if reached[c] or c in moved]
            if touched and all(fixed_sums[c] + moved.get(c, 0) == sums[c] for c in touched):
                if found is not None:
                    return None  # two answers: the sums do not decide
                found = {total: filled, **dict(zip(movers, choice))}
    return None if found is None else {j: place(rows[j], cols, n_cols) for j, cols in found.items()}


MIN_REPEAT_DIGITS = 3


RE_SPAN_PHRASE = re.compile(r"^(?:\d{1,2}|One|Three|Six|Nine|Twelve) (?:Months|Weeks) Ended", re.IGNORECASE)


def period_spans(columns: tuple[str, ...]) -> list[list[int]]:
    """The columns under each span of an R page's header (`3 Months Ended` over eight dates,
    `12 Months Ended` over three), where every column opens with one; else []."""
    keys = [m.group(0).lower() if (m := RE_SPAN_PHRASE.match(c)) else None for c in columns]
    if not keys or None in keys:
        return []
    groups: list[list[int]] = []
    for c, key in enumerate(keys):
        if groups and keys[groups[-1][0]] == key:
            groups[-1].append(c)
        else:
            groups.append([c])
    return groups if len(groups) >= 2 else []


def rows_in_one_period(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """`Net income | $ 1,363,011 | $ 1,506,980 | $ 805,379` under eight quarters and three years:
    a row with as many values (two or more) as one span has columns, and no other span as many,
    is that span's (a statement's annual-only rows), not the first columns'."""
    groups = period_spans(columns) if guessed else []
    sizes = [len(g) for g in groups]
    out = list(rows)
    for j in sorted(guessed):
        values = [v for v in rows[j].cells if v]
        count = len(values)
        if count >= 2 and sizes.count(count) == 1 and (group := groups[sizes.index(count)])[0] != 0 \
                and len({amount(v) for v in values}) > 1:  # one amount twice: a balance shown at two spans' ends
            out[j] = place(rows[j], tuple(group), len(columns))
    return out


def repeated_period_runs(columns: tuple[str, ...]) -> list[tuple[int, int]]:
    """(first column, length) of each run of period columns whose ends the next run repeats
    straight after it, over another length of period (`3 Months Ended` `Sep. 30, 2023` `Sep. 30,
    2022`, then `9 Months Ended` over the same two dates): two spans listing the same dates."""
    infos = read_columns(columns)
    months = [i.period.months if i.period else None for i in infos]
    ends = [i.period.end if i.period else None for i in infos]
    found = []
    for k in range(MIN_REPEATED_RUN, len(columns) // 2 + 1):
        for a in range(len(columns) - 2 * k + 1):
            first, second = range(a, a + k), range(a + k, a + 2 * k)
            if all(months[c] and months[c] == months[a] for c in first) \
                    and all(months[c] and months[c] == months[a + k] for c in second) and months[a] != months[a + k] \
                    and all(ends[c] is not None and ends[c] == ends[c + k] for c in first):
                found.append((a, k))
    return found


MIN_REPEATED_RUN = 2  # dates a span lists that the next span repeats


def values_under_repeated_periods(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """`$ 6,774,000 | $ 0 | $ 6,774,000 | $ 0` under `3 Months Ended` over an event's date and
    `Sep. 30, 2023` `Sep. 30, 2022`, then `9 Months Ended` over the same two dates: the values
    that repeat a run as long as the spans' shared dates stand under those dates, once in each
    span; the values before them in the columns right before, the ones after in the columns
    right after (a contract asset's balances at the quarters' ends, then at earlier dates). Only
    where one place in the row repeats so and the rest fit."""
    runs = repeated_period_runs(columns) if guessed else []
    if len(runs) != 1:
        return rows
    a, k = runs[0]
    n = len(columns)
    out = list(rows)
    for j in sorted(guessed):
        values = [amount(v) for v in rows[j].cells if v]
        if len(values) < 2 * k or any(v is None for v in values):
            continue
        starts = [i for i in range(len(values) - 2 * k + 1) if values[i : i + k] == values[i + k : i + 2 * k]]
        if len(starts) != 1 or starts[0] > a or len(values) - starts[0] - 2 * k > n - a - 2 * k:
            continue
        i = starts[0]
        before = list(range(a - i, a))
        after = list(range(a + 2 * k, a + 2 * k + len(values) - i - 2 * k))
        out[j] = place(rows[j], (*before, *range(a, a + 2 * k), *after), n)
    return out


def quarters_of_years(columns: tuple[str, ...]) -> dict[int, list[int]]:
    """{year column: its quarter columns}: the `3 Months Ended` columns whose end falls in the
    year a `12 Months Ended` column closes (a 10-K's quarterly data beside its years), or in
    the span of a `6` or `9 Months Ended` column; two quarters at least."""
    months = [duration_months(c) for c in columns]
    if 3 not in months or not any(m and m > 3 for m in months):
        return {}  # told from the span words alone: most tables have no quarters beside years
    periods = [info.period for info in read_columns(columns)]
    years = {c: p for c, p in enumerate(periods) if p is not None and p.months and p.months > 3 and p.end}
    quarters = {c: p for c, p in enumerate(periods) if p is not None and p.months == 3 and p.end}
    out = {}
    for y, year in years.items():
        assert year.end is not None and year.months is not None
        start = months_before(year.end, year.months)
        inside = [q for q, quarter in quarters.items() if quarter.end is not None and start < quarter.end <= year.end]
        if len(inside) >= 2:
            out[y] = inside
    return out


def quarters_add_to_years(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """`Inventory impairments` `3,873` `4,700` `1,600` `5,200` `3,225` `350` `910` `850`
    `10,173` `8,775` `1,760` under twelve quarters and three years: a year's value is the sum of
    its quarters', so the values fall into the years they add up to (here three, three and two
    quarters, then the years). Taken where every order-keeping placement that makes each year
    filled equal the sum of two of its quarters or more (one year at least; a value shown twice,
    a par value, sums nothing) puts each value in the same year's quarters or year column;
    inside a year's quarters the values take the first columns."""
    years = quarters_of_years(columns) if guessed else {}
    if not years:
        return rows
    n_cols = len(columns)
    group_of = {y: ("year", y) for y in years} | {q: ("quarters", y) for y, qs in years.items() for q in qs}
    out = list(rows)
    for j in sorted(guessed):
        read = [amount(v) for v in rows[j].cells if v]
        values = [v for v in read if v is not None]
        if len(values) < 2 or len(values) < len(read) or comb(n_cols, len(values)) > MAX_TRIALS:
            continue
        groupings = set()
        for cols in combinations(range(n_cols), len(values)):
            at = dict(zip(cols, values))
            checked = [y for y in years if y in at]
            if checked and all(sum((at[q] for q in years[y] if q in at), Decimal(0)) == at[y]
                               and sum(1 for q in years[y] if q in at) >= 2 for y in checked):
                groupings.add(tuple(group_of.get(c, ("column", c)) for c in cols))
                if len(groupings) > 1:
                    break
        if len(groupings) == 1:
            out[j] = place(rows[j], first_columns(groupings.pop(), years), n_cols)
    return out


def longer_periods(columns: tuple[str, ...]) -> dict[int, int]:
    """{quarter column: the year to date's column ending the same date}: a 10-Q's `3 Months
    Ended Sep. 30, 2023` beside its `9 Months Ended Sep. 30, 2023`; where several quarters end
    on one date (`Canada`, `US`, `Consolidated` under each period), the k-th quarter's is the
    k-th longer column, and {} where their counts differ. Not a year's twelve months (a 10-K's
    quarterly data beside its years: a fact there is the quarter's own)."""
    periods = [info.period for info in read_columns(columns)]
    ends: dict[date, tuple[list[int], list[int]]] = {}
    for c, p in enumerate(periods):
        if p is not None and p.end is not None and p.months:
            quarters, longer = ends.setdefault(p.end, ([], []))
            if p.months == 3:
                quarters.append(c)
            elif 3 < p.months < 12:
                longer.append(c)
    out: dict[int, int] = {}
    for quarters, longer in ends.values():
        if quarters and longer and len(longer) != len(quarters):
            return {}
        out.update(zip(quarters, longer))
    return out


def quarters_with_their_year_to_date(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """A guessed row under quarters that longer periods ending the same dates contain (a 10-Q's
    three and nine months): a quarter's flow is part of the year to date's, and a balance at the
    quarter's end is the year to date's end balance too, so a quarter filled has its longer
    period filled (R pages and whitespace-rows crawls, which keep every column, agree 24 to 1).
    A placement that breaks this (`Other comprehensive income before reclassifications | 1` read
    into the first quarter) gives way to the order-kept placement that keeps it and most of the
    row's columns, the first of those: one value goes to its quarter's year to date, `(593) |
    (593) | 0` to the quarter, its nine months and the year before's nine months. Where some
    quarters have no year to date (a quarterly roll-forward), only a lone value moves: a
    quarter's vested shares `(7,000) | (28,000) | (665,000)` are the three quarters'."""
    partner = longer_periods(columns) if guessed else {}
    if not partner:
        return rows
    n = len(columns)
    quarters = sum(1 for info in read_columns(columns) if info.period and info.period.months == 3)
    # where some quarters have no year to date (a 10-Q's quarterly roll-forward), a row of
    # several values may be the quarters' alone (its year to date not shown): only a lone value moves
    widest = n if len(partner) == quarters else 1

    def keeps(filled: tuple[int, ...]) -> bool:
        return all(partner[c] in filled for c in filled if c in partner)

    chosen: dict[tuple[int, ...], tuple[int, ...] | None] = {}  # rows read alike move alike: searched once

    def nearest(filled: tuple[int, ...]) -> tuple[int, ...] | None:
        """The placement that keeps the rule and most of the row's columns, the first of those."""
        if len(filled) == 1:
            return (partner[filled[0]],)
        kept = [(len(set(c) & set(filled)), c) for c in combinations(range(n), len(filled)) if keeps(c)]
        most = max((k for k, _ in kept), default=0)
        return next((c for k, c in kept if k == most), None)
    out = list(rows)
    for j in sorted(guessed):
        filled = tuple(c for c, v in enumerate(rows[j].cells) if v)
        if not filled or len(filled) > widest or keeps(filled) or comb(n, len(filled)) > MAX_TRIALS:
            continue
        if filled not in chosen:
            chosen[filled] = nearest(filled)
        if (target := chosen[filled]) is not None:
            out[j] = place(rows[j], target, n)
    return out


def first_columns(grouping: tuple, years: dict[int, list[int]]) -> tuple[int, ...]:
    """The columns of a placement by groups: a year's own column, or the next of its quarters."""
    taken: dict[int, int] = {}
    cols = []
    for kind, c in grouping:
        if kind == "quarters":
            cols.append(sorted(years[c])[taken.get(c, 0)])
            taken[c] = taken.get(c, 0) + 1
        else:
            cols.append(c)
    return tuple(cols)


def repeats_fill_each_other(rows: list[Row], guessed: set[int], n_cols: int) -> list[Row]:
    """`Change in fair value of derivative instruments | (318) | 1,333` then the same label
    `| 456 | (75)` over four columns: one line of the statement written as two rows (two XBRL
    elements behind one label, each filling some periods). Together they fill the columns, so
    the second takes the columns the first leaves; not where it repeats the first's values (the
    same facts shown twice)."""
    out = list(rows)
    for j in sorted(guessed):
        if j == 0 or not rows[j].label or rows[j - 1].label != rows[j].label:
            continue
        taken = {c for c, v in enumerate(out[j - 1].cells) if v}
        free = tuple(c for c in range(n_cols) if c not in taken)
        values = [v for v in rows[j].cells if v]
        if values == [v for v in out[j - 1].cells if v]:
            continue  # the same values again: the same facts shown twice, not the periods the first leaves
        if taken and values and len(values) == len(free):
            out[j] = place(rows[j], free, n_cols)
    return out


def repeated_member_values(rows: list[Row], guessed: set[int], n_cols: int) -> list[Row]:
    """A lone value the sums left unplaced, for a member already shown with its column settled
    (`U.S. mid cap growth` → `285` under Dec. 31, 2010; later `Level 1 | U.S. mid cap growth` →
    `285`): the same concept, member and amount is the same fact, in the same column."""
    contexts = member_contexts(rows)
    members = [context.rsplit(" | ", 1)[-1] for context in contexts]  # the innermost member
    settled: dict[tuple[str, str, str], set[int]] = {}
    for j, row in enumerate(rows):
        if j in guessed or row.is_section:
            continue
        for c, v in enumerate(row.cells):
            if v:
                settled.setdefault((members[j], row.label, v), set()).add(c)
    out = list(rows)
    for j in sorted(guessed):
        values = [v for v in rows[j].cells if v]
        if len(values) != 1 or not contexts[j] or sum(ch.isdigit() for ch in values[0]) < MIN_REPEAT_DIGITS:
            continue  # `0` or `12` repeat by chance; `285` for the same concept and member does not
        cols = settled.get((members[j], rows[j].label, values[0]), set())
        if len(cols) == 1:
            out[j] = place(rows[j], tuple(cols), n_cols)
    return out


MIN_SETTLED_LIKE = 2  # rows of as many values settled in one set of columns that others follow
MIN_LIKE_LABEL_VALUES = 2  # values a row holds, at least, to follow its line item settled under another member
# (a lone value stands under whichever period the member reports: no evidence)


def _is_nil(cell: str) -> bool:
    return classify(cell) == Kind.NIL


def member_sections(rows: list[Row]) -> list[int]:
    """Each row's section, numbered: a new one opens at every section row that opens a member
    context (`member_contexts`: the rows after it repeat labels already seen), so the sections
    of two members under one repeated heading (`Level 1` + `Financial assets`, `Level 2` +
    `Financial assets`) stay apart."""
    contexts = member_contexts(rows)
    sections: list[int] = []
    current = 0
    for i, row in enumerate(rows):
        if row.is_section and contexts[i] == row.label:
            current += 1
        sections.append(current)
    return sections


def like_the_settled_rows(rows: list[Row], guessed: set[int], n_cols: int, no_evidence: set[int] | frozenset[int] = frozenset()) -> list[Row]:
    """Where every settled row of k amounts (no nil among them: a nil's column no sum decides) in
    a member's section (`member_sections`: another member's rows may stand under other periods)
    stands in one set of columns, at least `MIN_SETTLED_LIKE` of them, a row of k values the
    sums leave open goes there too, and so do the nils of a settled row whose amounts already
    stand there (moving a nil changes no sum). A stock option table's `Available options for
    future grant | 205,664 | -` and `Exercised | (42,211) | -` under Class A and Class C shares,
    where every other row of two values is settled under the two share columns by its
    roll-forward. Rows in `no_evidence` (a roll-forward's movements beside columns of dates,
    which stand in the periods' columns whatever a balance's place) count for nothing."""
    sections = member_sections(rows)  # a member's rows may stand under other periods than the top's
    settled: dict[tuple[int, int], set[tuple[int, ...]]] = {}
    count: dict[tuple[int, int], int] = {}
    by_label: dict[tuple[str, int], set[tuple[int, ...]]] = {}  # the same line item under another member
    for j, row in enumerate(rows):
        if j in guessed or j in no_evidence or row.is_section or any(_is_nil(v) for v in row.cells if v):
            continue
        cols = tuple(c for c, v in enumerate(row.cells) if v)
        if 0 < len(cols) < n_cols:
            key = (sections[j], len(cols))
            settled.setdefault(key, set()).add(cols)
            count[key] = count.get(key, 0) + 1
            by_label.setdefault((row.label, len(cols)), set()).add(cols)
    out = list(rows)
    for j, row in enumerate(rows):
        filled = [c for c, v in enumerate(row.cells) if v]
        key = (sections[j], len(filled))
        if not filled or row.is_section:
            continue
        if len(settled.get(key, ())) == 1 and count[key] >= MIN_SETTLED_LIKE:
            target = next(iter(settled[key]))
        elif j in guessed and key not in settled and len(filled) >= MIN_LIKE_LABEL_VALUES \
                and not opens_or_closes(row.label) \
                and len(same := by_label.get((row.label, len(filled)), set())) == 1:
            # `Deferred income tax assets | $ 78 | $ 87` under a member: where the item stands settled (not a
            # roll-forward's balance: a member rolls forward over its own periods, an adoption's effect over one)
            target = next(iter(same))
        else:
            continue
        if j not in guessed and not all(_is_nil(row.cells[c]) or c == target[n] for n, c in enumerate(filled)):
            continue  # a settled row moves only its nils
        if tuple(filled) != target:
            out[j] = place(row, target, n_cols)
    return out


RE_SHARES_OUTSTANDING = re.compile(r"\bShares,? Outstanding\b", re.IGNORECASE)
RE_PUBLIC_FLOAT = re.compile(r"\bPublic Float\b", re.IGNORECASE)


def cover_facts_in_their_dates(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """A cover page reports the report's facts for its period, shares outstanding at the latest
    date (`Apr. 17, 2021`) and the public float at an earlier one (the second quarter's end):
    a lone guessed value of either goes to that date's column, not the period's."""
    from refold.periods import duration_months, header_date

    instants = sorted((header_date(h)[0], c) for c, h in enumerate(columns)
                      if not duration_months(h) and header_date(h)[0] is not None)
    if not instants or len(instants) == len(columns):
        return rows
    out = list(rows)
    for j in sorted(guessed):
        if sum(1 for v in rows[j].cells if v) != 1:
            continue
        if RE_SHARES_OUTSTANDING.search(rows[j].label):
            out[j] = place(rows[j], (instants[-1][1],), len(columns))
        elif RE_PUBLIC_FLOAT.search(rows[j].label):
            out[j] = place(rows[j], (instants[0][1],), len(columns))
    return out


def period_groups(levels: tuple[tuple[str, ...], ...]) -> list[list[int]] | None:
    """The columns under each outer header name (`Three Months Ended June 30,` over `2025`,
    `2024`, `$ Change`, `% Change`; `Six Months Ended …` over four more): two period phrases
    or more, side by side and alike in width; else None. Columns under another outer name
    (`Change` over `$` `%`, after each period's years) belong to the period before them."""
    if len(levels) < 4 or any(len(level) < 2 for level in levels):
        return None
    groups: list[list[int]] = []
    for c, level in enumerate(levels):
        opens = not groups or (level[0] != levels[groups[-1][0]][0] and classify(level[0]) is Kind.PERIOD)
        if opens:
            groups.append([c])
        else:
            groups[-1].append(c)
    sizes = {len(g) for g in groups}
    names = [levels[g[0]][0] for g in groups]
    periods = all(classify(name) is Kind.PERIOD for name in names)  # not years over years (a triangle)
    return groups if periods and len(groups) >= 2 and len(sizes) == 1 and len(set(names)) == len(names) else None


def spread_over_periods(rows: list[Row], guessed: set[int], levels: tuple[tuple[str, ...], ...]) -> list[Row]:
    """A guessed row with as many values for each period group as each other (`Percentage of
    revenue` `14%` `13%` `14%` `13%` under two periods of four columns): each group's share in its
    first columns (the periods' own, before the changes between them), as an R page's header
    spans place a row's values (`grid.place_values`)."""
    groups = period_groups(levels) if guessed else None
    if groups is None:
        return rows
    out = list(rows)
    for j in sorted(guessed):
        count = sum(1 for v in rows[j].cells if v)
        share, rest = divmod(count, len(groups))
        if rest or not 0 < share < len(groups[0]):
            continue
        out[j] = place(rows[j], tuple(c for g in groups for c in g[:share]), len(levels))
    return out


def year_columns(levels: tuple[tuple[str, ...], ...]) -> tuple[int, ...]:
    """The columns a year or a date names (their last header level): the periods' own columns,
    beside the columns of changes between them (`Actual`, `Constant`, `$ Change`)."""
    return tuple(c for c, level in enumerate(levels) if level and classify(level[-1]) in (Kind.YEAR, Kind.DATE))


def spread_over_years(rows: list[Row], guessed: set[int], levels: tuple[tuple[str, ...], ...]) -> list[Row]:
    """A guessed row with one value for each year column, where those are not the first columns
    (`2024` `Actual` `Constant` `2023`; `Total Margin %` `30%` `26%`): the values are the years',
    as a margin or a share of revenue has no change column of its own. Only where the first
    column is a year's (a header read with a name over the first column, spans lost, may have
    its years in the wrong columns), and not for a row a year labels (a loss triangle's
    accident year: its values run from the first column as far as they go)."""
    years = year_columns(levels) if guessed else ()
    if len(years) < 2 or years[0] != 0 or len(years) == len(levels) or years == tuple(range(len(years))):
        return rows
    out = list(rows)
    for j in sorted(guessed):
        if sum(1 for v in rows[j].cells if v) == len(years) and classify(rows[j].label) is not Kind.YEAR:
            out[j] = place(rows[j], years, len(levels))
    return out


def place(row: Row, columns: tuple[int, ...], n_cols: int) -> Row:
    """The row with its values (in order) put in the given columns."""
    values = [v for v in row.cells if v]
    spans = [s for s, v in zip(row.cell_spans, row.cells) if v] if row.cell_spans else [None] * len(values)
    cells = [""] * n_cols
    new_spans: list = [None] * n_cols
    for c, v, sp in zip(columns, values, spans):
        cells[c], new_spans[c] = v, sp
    return replace(row, cells=tuple(cells), cell_spans=tuple(new_spans) if row.cell_spans else row.cell_spans)


def rollforward_rows(rows: list[Row]) -> set[int]:
    """Rows from an opening balance to the next closing balance (or, none coming, to the next
    opening or the table's end: a page cut off inside the roll-forward), and rows of a `[Roll
    Forward]` section up to its closing balance: a period's movements and the balances that frame
    them."""
    from refold.checks import is_balance

    inside: set[int] = set()
    start = None
    in_section = False
    for i, row in enumerate(rows):
        if row.is_section:
            in_section = "[Roll Forward]" in row.label
            continue
        if in_section:
            inside.add(i)
        if is_balance(row.label) and RE_OPENING.search(row.label):
            if start is not None:
                inside.update(range(start, i))  # an opening before the last one closed: a page cut it off
            start = i
        elif is_balance(row.label) and RE_CLOSING.search(row.label):
            if start is not None:
                inside.update(range(start, i + 1))
            start, in_section = None, False  # the closing balance ends the roll-forward
    if start is not None:
        inside.update(range(start, len(rows)))  # a roll-forward the crawl cut off before its closing balance
    return inside


# a label that names a period's flow (`Total Revenues`, `Net cash used in operating activities`),
# never a balance at a date; words that make it a balance (`Accrued expenses`) rule it out
RE_FLOW_LABEL = re.compile(
    r"^(?:total\s)?(?:net\s)?(?:revenues?|sales)\b|\brevenues?\sfrom\b|\bnet\scash\s(?:provided|used)\b|"
    r"\bproceeds\sfrom\b|\bcost\sof\s(?:revenues?|sales|goods\ssold)\b|^net\s(?:income|loss|earnings)\b|"
    r"\b(?:depreciation|amortization)\sexpense\b",
    re.IGNORECASE)
RE_BALANCE_WORD = re.compile(
    r"\b(?:accrued|prepaid|payable|receivables?|deferred|unearned|unbilled|liabilit(?:y|ies)|assets?|balance|"
    r"accumulated|unrecognized|backlog|remaining|outstanding)\b", re.IGNORECASE)


def flow_rows(rows: list[Row]) -> set[int]:
    """Rows whose label names a flow over a period (`flows_in_duration_columns`)."""
    return {i for i, row in enumerate(rows)
            if RE_FLOW_LABEL.search(row.label) and not RE_BALANCE_WORD.search(row.label)}


def flows_in_duration_columns(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """A roll-forward's rows are a period's movements (and the balances that open and close it),
    and a revenue, a net income or a cash flow is a period's amount: their values belong under
    `N Months Ended`, never in a column that is a date alone (`rollforward.instant_columns`)."""
    durations = tuple(c for c, h in enumerate(columns) if duration_months(h))
    instants = instant_columns(columns)
    if not durations or not instants:
        return rows
    out = list(rows)
    for j in sorted(guessed & (rollforward_rows(rows) | flow_rows(rows))):
        filled = [c for c, v in enumerate(rows[j].cells) if v]
        if instants & set(filled) and len(filled) <= len(durations):
            out[j] = place(rows[j], durations[: len(filled)], len(columns))
    return out


def value_shape(cell: str) -> str | None:
    """What a column's values share: percents, amounts with a decimal point (`1.1` years) or
    whole amounts (`1,250`); None for a nil mark or a text, which fit anywhere."""
    kind = classify(cell)
    if kind is Kind.PERCENT:
        return "percent"
    if kind not in (Kind.NUMBER, Kind.MONEY):
        return None
    return "decimal" if "." in cell else "whole"


MIN_SHAPED_ROWS = 3  # rows placed for sure that give a column its shape


def column_shapes(rows: list[Row], guessed: set[int], n_cols: int) -> list[str | None]:
    """Each column's one shape over the rows not guessed, where at least `MIN_SHAPED_ROWS`
    show it and none differs; None where the column has none."""
    shapes: list[str | None] = []
    for c in range(n_cols):
        seen = [value_shape(r.cells[c]) for j, r in enumerate(rows) if j not in guessed and c < len(r.cells) and r.cells[c]]
        found = {s for s in seen if s is not None}
        shapes.append(found.pop() if len(found) == 1 and sum(1 for s in seen if s is not None) >= MIN_SHAPED_ROWS else None)
    return shapes


MAX_KIND_PLACEMENTS = 200  # order-kept placements of a row's values tried at most


def values_in_their_kinds(rows: list[Row], guessed: set[int], n_cols: int) -> list[Row]:
    """A guessed row of amounts that fit the columns' shapes in one order-kept placement only
    goes there (Nvidia's debt table: `Unamortized debt discount | (34) | (37)` under the
    expected term's `1.1`, the rate's `3.31%` and two carrying values: only the carrying values
    take whole amounts). A column with no shape takes anything; a row holding a percent is left
    as read (a margin stands in a column of amounts)."""
    shapes = column_shapes(rows, guessed, n_cols)
    if all(shape is None for shape in shapes):
        return rows
    out = list(rows)
    for j in sorted(guessed):
        values = [v for v in rows[j].cells if v]
        if not values or len(values) >= n_cols or comb(n_cols, len(values)) > MAX_KIND_PLACEMENTS \
                or any(value_shape(v) in (None, "percent") for v in values):
            continue  # a percent, a nil or a text says nothing of its column
        fits = [cols for cols in combinations(range(n_cols), len(values))
                if all(shapes[c] is None or value_shape(v) == shapes[c] for c, v in zip(cols, values))]
        if len(fits) == 1 and tuple(c for c, v in enumerate(rows[j].cells) if v) != fits[0]:
            out[j] = place(rows[j], fits[0], n_cols)
    return out


def unit_columns(label: str, columns: tuple[str, ...]) -> tuple[int, ...]:
    """The columns whose header ends in the unit a details page's label ends with (`Number of
    countries | item` under `Mar. 31, 2018 USD ($) item`; `| $` under `… USD ($)`), where some
    columns name it and others do not; () where the label names no such unit."""
    if " | " not in label:
        return ()
    unit = label.rsplit(" | ", 1)[1].strip()
    if unit == "$":
        hits = tuple(c for c, h in enumerate(columns) if "($)" in h)
    else:
        hits = tuple(c for c, h in enumerate(columns) if h.endswith(f" {unit}"))
    return hits if len(hits) < len(columns) else ()


def values_in_their_unit_columns(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """A guessed row whose unit only some columns carry (`| item`, `| Segment`): its values go
    to those columns, in order."""
    out = list(rows)
    for j in sorted(guessed):
        hits = unit_columns(rows[j].label, columns)
        filled = [c for c, v in enumerate(rows[j].cells) if v]
        if hits and len(filled) <= len(hits) and not set(filled) <= set(hits):
            out[j] = place(rows[j], hits[: len(filled)], len(columns))
    return out


def translated_columns(columns: tuple[str, ...]) -> set[int]:
    """Columns of a period another column shows in the page's main currency, in a currency
    fewer columns carry (`Dec. 31, 2022 USD ($)` beside `Dec. 31, 2022 TWD ($)`, TWD the rest):
    a convenience translation."""
    from refold.checks import currency_column_pairs

    infos = read_columns(columns)
    counts = Counter(info.currency for info in infos if info.currency)
    return {b for a, b in currency_column_pairs(infos) if counts[infos[b].currency] < counts[infos[a].currency]}


def values_around_translations(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """A guessed row read into a translated column while the columns after it leave room for
    its values: the values go, in order, to the columns of the main currency (`Current service
    cost | 1,085 | 1,253 | 2,052` under 2022, 2022 in USD, 2021 and 2020: three years, the
    translation shown for a single line)."""
    translated = translated_columns(columns) if guessed else set()
    if not translated:
        return rows
    out = list(rows)
    for j in sorted(guessed):
        filled = [c for c, v in enumerate(rows[j].cells) if v]
        if not filled or not translated & set(filled):
            continue
        room = [c for c in range(filled[0], len(columns)) if c not in translated]
        if len(filled) <= len(room):
            out[j] = place(rows[j], tuple(room[: len(filled)]), len(columns))
    return out


def translation_pairs(rows: list[Row], guessed: set[int], columns: tuple[str, ...]):
    """(source column, translated column, rate) for the columns the rows placed by their text
    show to be one currency translated into another."""
    from refold.checks import _Pair, currency_column_pairs, fit_rate, source_side
    from refold.periods import read_columns
    from refold.values import read_value

    pairs = []
    for a, b in currency_column_pairs(read_columns(columns)):
        known = []
        for j, row in enumerate(rows):
            x, y = _value(rows, j, a), _value(rows, j, b)
            if j not in guessed and x and y:
                known.append(_Pair(0, row.label, x, y, read_value(row.cells[b]).last_digit, ""))
        if known and source_side(known):
            rate = fit_rate(known)
            if rate is not None:
                pairs.append((a, b, rate))
    return pairs


def translations_pair_up(rows: list[Row], guessed: set[int], columns: tuple[str, ...]) -> list[Row]:
    """A convenience translation shows every amount of its source column, converted at one rate:
    a guessed row must fill both or neither, at that rate. The valid placement nearest the
    guess wins."""
    from itertools import combinations

    from refold.checks import verdict

    pairs = translation_pairs(rows, guessed, columns)
    if not pairs:
        return rows
    n = len(columns)
    out = list(rows)
    for j in sorted(guessed):
        found = [amount(v) for v in rows[j].cells if v]
        values = [v for v in found if v is not None]
        if len(values) < len(found) or len(values) > n:
            continue
        current = tuple(c for c, v in enumerate(rows[j].cells) if v)

        def fits(placement: tuple[int, ...]) -> bool:
            at = dict(zip(placement, values))
            for a, b, rate in pairs:
                if (a in at) != (b in at):
                    return False
                if a in at and verdict((at[a] / rate).quantize(Decimal(1)), at[b], Decimal(1)) == "mismatch":
                    return False
            return True

        if fits(current):
            continue
        options = [p for p in combinations(range(n), len(values)) if fits(p)]
        if options:
            best = max(options, key=lambda p: (len(set(p) & set(current)), [-c for c in p]))
            out[j] = place(rows[j], best, n)
    return out


