"""The arithmetic a page implies, found and checked.

Four kinds of relation, each found by its own small rule and checked column by column:

- `sum`: a total equals its parts (`find_sums`). Parts are the rows since the section opened, or
  the shortest run of rows just above that adds up; a verified total then stands for its parts,
  so a grand total is the sum of subtotals.
- `rollforward`: a balance plus the movements below it equals the next balance
  (`find_rollforwards`), and a period's end equals the next period's beginning across columns.
- `cross-table`: the same amount in two tables of the page, matched by period, currency and member
  (`find_cross_table`).
- `translation`: a column is another column divided by one exchange rate (`find_translations`).

Statuses: `ok` (exact), `rounding` (off by no more than the rounding of what was added up: one unit
of the last digit shown, or half a unit per part), `mismatch`. No relation is invented: a
candidate counts only where it holds on at least two thirds of the columns it covers (all of
them when nothing but arithmetic suggests it), so a `mismatch` is a column that disagrees with a
relation the other columns confirm.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation, localcontext
from fractions import Fraction

from refold.values import apply_scale

OK, ROUNDING, MISMATCH = "ok", "rounding", "mismatch"

RE_TOTAL_LIKE = re.compile(
    r"^(?:total\b|sub-?total\b|net\b)|\btotal\b[^,]{0,40}$|,\s(?:net|total)\b|\bnet\s(?:of\s[^,]{1,40})?$",
    re.IGNORECASE,
)
RE_BALANCE = re.compile(
    r"^(?:balances?|beginning|ending|opening|closing)\b|"
    r"\b(?:beginning|end|ending|opening|closing)\s(?:of\s(?:the\s)?(?:year|period|quarter|month)|balance)\b|"
    r"\b(?:beginning|ending)$|"  # `Lease liabilities beginning`, `Right of use asset ending`
    r"^(?:outstanding|non-?vested|unvested)(?:\s(?:at|as\sof)|,)\s",  # `Outstanding at January 1, 2018`: an award plan's
    re.IGNORECASE,
)
RE_SUBTRACTED = re.compile(r"^(?:less\b|deduct\b|minus\b)|^accumulated\s(?:depreciation|amortization)\b", re.IGNORECASE)
MAX_PARTS = 60  # a total adds at most this many rows (keeps the scan linear on huge tables)
MIN_RATE_PAIRS = 3
MAX_SAME_AMOUNT = 64


@dataclass(frozen=True, slots=True)
class CellCheck:
    """One column (or one cell, for translations) of a relation."""

    column: str
    expected: Decimal
    found: Decimal
    status: str
    row: str | None = None

    def to_dict(self) -> dict:
        out = {"column": self.column, "expected": str(self.expected), "found": str(self.found), "status": self.status}
        if self.row is not None:
            out["row"] = self.row
        return out


@dataclass(frozen=True, slots=True)
class Check:
    """One relation the page implies, with its verdict.

    `rows` lists the labels involved: the total first, then its parts (sum); begin, movements, end
    (roll-forward); the row of each table (cross-table); the translated rows (translation).
    `row_indices` are (table, row) pairs in the same order.
    """

    kind: str
    tables: tuple[int, ...]
    rows: tuple[str, ...]
    status: str
    cells: tuple[CellCheck, ...] = ()
    row_indices: tuple[tuple[int, int], ...] = ()
    rate: Decimal | None = None
    columns: tuple[str, ...] = ()
    note: str = ""

    @property
    def rounding_cells(self) -> tuple[str, ...]:
        return tuple(str(c.found) for c in self.cells if c.status == ROUNDING)

    def to_dict(self) -> dict:
        out: dict = {
            "kind": self.kind,
            "table": self.tables[0] if len(self.tables) == 1 else list(self.tables),
            "rows": list(self.rows),
            "status": self.status,
        }
        if self.kind == "sum":
            out["total"], out["parts"] = self.rows[0], list(self.rows[1:])
        elif self.kind == "rollforward":
            out["begin"], out["end"], out["moves"] = self.rows[0], self.rows[-1], list(self.rows[1:-1])
        if self.rate is not None:
            out["rate"] = str(self.rate)
        if self.columns:
            out["columns"] = list(self.columns)
        if self.note:
            out["note"] = self.note
        out["cells"] = [c.to_dict() for c in self.cells]
        return out


@dataclass(slots=True)
class NumericTable:
    """A table's numbers as the checks see them: one Decimal (or None) per cell, plus what each
    column is. Built by `meaning.py` from the typed values."""

    index: int
    labels: list[str]
    numbers: list[list[Decimal | None]]
    digits: list[list[Decimal]]  # one unit of the last digit shown, per cell
    columns: list[str]
    column_keys: list[tuple | None] = field(default_factory=list)  # (period key, currency, member)
    scales: list[list[int]] = field(default_factory=list)
    additive: list[list[bool]] = field(default_factory=list)  # False: a price, rate, % change, life…
    money_columns: list[bool] = field(default_factory=list)  # a cell of the column shows a currency

    def has_numbers(self, r: int) -> bool:
        return any(v is not None for v in self.numbers[r])

    def additive_view(self) -> "NumericTable":
        """The same table with the cells that do not add up (averages, prices, rates, changes in
        percent, per-share amounts) blanked: what sums and roll-forwards look at."""
        if not self.additive:
            return self
        numbers = [[v if ok else None for v, ok in zip(row, flags)] for row, flags in zip(self.numbers, self.additive)]
        return replace(self, numbers=numbers)


# ------------------------------------------------------------------------------------ verdicts


def verdict(expected: Decimal, found: Decimal, tolerance: Decimal) -> str:
    """ok when equal; rounding when no further apart than rounding can explain."""
    if expected == found:
        return OK
    return ROUNDING if abs(expected - found) <= tolerance else MISMATCH


def sum_tolerance(digit_sum: Decimal) -> Decimal:
    """How far a shown total can be from the sum of its shown parts: each of them, total
    included, was rounded by up to half its last digit (`digit_sum` adds those digits up).
    Two integer parts and an integer total: 1.5, so one unit."""
    return digit_sum / 2


def worst(statuses) -> str:
    statuses = set(statuses)
    return MISMATCH if MISMATCH in statuses else ROUNDING if ROUNDING in statuses else OK


def overall(cells) -> str:
    return worst(c.status for c in cells)


def confirmed(cells: list[CellCheck], strict: bool) -> bool:
    """Whether the columns confirm a candidate relation (see the module note)."""
    if not any(c.status == OK and c.found != 0 for c in cells):
        return False  # rounding alone, or only zeros, confirms nothing
    good = sum(c.status != MISMATCH for c in cells)
    return good == len(cells) if strict else good * 3 >= len(cells) * 2


def column_sums(table: NumericTable, total: int, parts: list[int], signs: list[int]) -> list[CellCheck]:
    sums: list[Decimal | None] = [None] * len(table.columns)
    digit_sums = [Decimal(0)] * len(table.columns)
    for p, sign in zip(parts, signs):
        for c, v in enumerate(table.numbers[p]):
            if v is not None:
                so_far = sums[c]
                sums[c] = v * sign if so_far is None else so_far + v * sign
                digit_sums[c] += table.digits[p][c]
    for c in unopened_columns(table, parts):
        sums[c] = None  # says nothing: its opening balance is not shown
    return cells_from_sums(table, total, sums, digit_sums)


def unopened_columns(table: NumericTable, parts: list[int]) -> set[int]:
    """Columns a roll-forward's opening balance leaves blank where it fills others (a details page
    shows `Balance at beginning of period` for two years of three): what they add up to is not
    their closing balance, and no mismatch."""
    opening = [p for p in parts if is_balance(table.labels[p]) and table.has_numbers(p)]
    return {c for p in opening for c, v in enumerate(table.numbers[p]) if v is None}


# ------------------------------------------------------------------------------------ sums


def is_total_like(label: str) -> bool:
    return not label or bool(RE_TOTAL_LIKE.search(label))


def is_balance(label: str) -> bool:
    return bool(RE_BALANCE.search(label))


def sign_of(label: str) -> int:
    """Parts written positive but subtracted (`Less: accumulated depreciation`)."""
    return -1 if RE_SUBTRACTED.search(label) else 1


def try_parts(table: NumericTable, total: int, parts: list[int], strict: bool) -> list[CellCheck] | None:
    if not any(any(table.numbers[p][c] for c in range(len(table.columns))) for p in parts):
        return None
    plain = column_sums(table, total, parts, [1] * len(parts))
    signs = [sign_of(table.labels[p]) for p in parts]
    if -1 in signs:  # `Less: …` parts may be shown positive and subtracted, or shown negative
        signed = column_sums(table, total, parts, signs)
        if confirmed(signed, strict) and _mismatches(signed) < _mismatches(plain):
            return signed
    return plain if confirmed(plain, strict) else None


def _mismatches(cells: list[CellCheck]) -> int:
    return sum(c.status == MISMATCH for c in cells)


def find_sums(table: NumericTable) -> list[Check]:
    """Totals and their parts, read top-down with a stack of open sections. `items` are the rows
    a later total may add: a verified total replaces its parts there, standing for them."""
    checks: list[Check] = []
    items: list[int] = []
    section_starts: list[int] = [0]  # positions in `items` where a section (or the table) opened
    for r, label in enumerate(table.labels):
        if not table.has_numbers(r):
            if label and r + 1 < len(table.labels):
                section_starts.append(len(items))
            continue
        if is_balance(label):
            items.append(r)  # balances belong to roll-forwards, not sums
            continue
        found = match_total(table, r, items, section_starts, total_like=is_total_like(label))
        if found is None:
            items.append(r)
            continue
        start, cells = found
        parts = items[start:]
        checks.append(Check("sum", (table.index,), (label, *(table.labels[p] for p in parts)), overall(cells),
                            tuple(cells), tuple((table.index, i) for i in (r, *parts))))
        del items[start:]
        while len(section_starts) > 1 and section_starts[-1] >= start:
            section_starts.pop()  # the sections the total closed
        items.append(r)
    return checks


def match_total(table: NumericTable, r: int, items: list[int], section_starts: list[int],
                total_like: bool) -> tuple[int, list[CellCheck]] | None:
    """Where the parts of row r start in `items`, if r is a total of the rows above it.

    A total-like label tries the rows since its section opened first (a single row counts
    there: `Total … HKSAR` over its one `— Denominated in US$`), then the shortest run of two or
    more rows just above. Any other row must be an exact sum of such a run in every column.
    """
    if not items:
        return None
    if total_like:
        start = section_starts[-1]
        if start < len(items) and len(items) - start <= MAX_PARTS:
            cells = try_parts(table, r, items[start:], strict=False)
            if cells is not None:
                return start, cells
    lowest = max(0, len(items) - MAX_PARTS)
    width = len(table.columns)
    running: list[Decimal | None] = [None] * width  # sums of items[start:], grown one row at a time
    running_digits = [Decimal(0)] * width
    nonzero_parts = 0
    for start in range(len(items) - 1, lowest - 1, -1):
        part = items[start]
        for c, v in enumerate(table.numbers[part]):
            if v is not None:
                so_far = running[c]
                running[c] = v if so_far is None else so_far + v
                running_digits[c] += table.digits[part][c]
        nonzero_parts += any(table.numbers[part])
        if len(items) - start < 2:
            continue
        cells = cells_from_sums(table, r, running, running_digits)
        exact_enough = total_like or all(c.status == OK for c in cells)
        if exact_enough and (total_like or nonzero_parts >= 2) and confirmed(cells, strict=not total_like):
            return start, cells
    return None


def cells_from_sums(table: NumericTable, total: int, sums: list[Decimal | None],
                    digit_sums: list[Decimal]) -> list[CellCheck]:
    """The columns of a candidate sum whose parts reach them (a column none reaches says nothing)."""
    cells = []
    for c, found in enumerate(table.numbers[total]):
        expected = sums[c]
        if found is None or expected is None:
            continue
        tolerance = sum_tolerance(digit_sums[c] + table.digits[total][c])
        cells.append(CellCheck(table.columns[c], expected, found, verdict(expected, found, tolerance)))
    return cells


ACROSS_COLUMNS = "across columns: the total column equals the columns before it, row by row"
RE_TOTAL_COLUMN = re.compile(r"^(?:total\b|.*\btotal$)|\btotal\s(?:equity|shareholders|stockholders)", re.IGNORECASE)
RE_COUNT_COLUMN = re.compile(r"\bshares\b|\bunits\b|\bnumber\sof\b", re.IGNORECASE)


def is_count_column(table: NumericTable, c: int) -> bool:
    """`Common shares` counted in millions, not the `$ 2,783` of the column beside it."""
    money = table.money_columns[c] if c < len(table.money_columns) else False
    return bool(RE_COUNT_COLUMN.search(table.columns[c])) and not money


def find_column_sums(table: NumericTable) -> list[Check]:
    """A `Total` column equals the columns before it (back to the previous total column), row by
    row: the equity statement's total, a segment table's total. Share-count columns stay out."""
    checks = []
    start = 0
    for t, header in enumerate(table.columns):
        if not RE_TOTAL_COLUMN.search(header.strip()):
            continue
        parts = [c for c in range(start, t) if not is_count_column(table, c)
                 and not RE_TOTAL_COLUMN.search(table.columns[c].strip())]
        start = t + 1
        if len(parts) < 2:
            continue
        cells, rows = [], []
        for r, numbers in enumerate(table.numbers):
            found = numbers[t]
            values = [numbers[c] for c in parts]
            if found is None or all(v is None for v in values):
                continue
            expected = sum((v or Decimal(0) for v in values), Decimal(0))
            digits = table.digits[r][t] + sum((table.digits[r][c] for c in parts if numbers[c] is not None), Decimal(0))
            cells.append(CellCheck(table.labels[r] or f"row {r}", expected, found, verdict(expected, found, sum_tolerance(digits))))
            rows.append(r)
        if len(cells) >= 2 and confirmed(cells, strict=False):
            checks.append(Check("sum", (table.index,), (header, *(table.columns[c] for c in parts)), overall(cells),
                                tuple(cells), tuple((table.index, r) for r in rows), columns=(header,),
                                note=ACROSS_COLUMNS))
    return checks


# ------------------------------------------------------------------------------------ roll-forwards


def find_rollforwards(table: NumericTable, columns_info) -> list[Check]:
    """Balance + movements = next balance, per column; then a period's end = the next one's start."""
    balances = [r for r, label in enumerate(table.labels) if is_balance(label) and table.has_numbers(r)]
    checks = []
    for begin, end in zip(balances, balances[1:]):
        moves = [r for r in range(begin + 1, end) if table.has_numbers(r)]
        if not moves:
            continue
        cells = _rollforward_cells(table, begin, end, moves)
        if not confirmed(cells, strict=False):
            kept = [r for r in moves if not is_total_like(table.labels[r])]
            if not kept or kept == moves:
                continue
            cells, moves = _rollforward_cells(table, begin, end, kept), kept
            if not confirmed(cells, strict=False):
                continue
        cells += continuity_cells(table, columns_info, begin, end)
        rows = (begin, *moves, end)
        checks.append(Check("rollforward", (table.index,), tuple(table.labels[r] for r in rows), overall(cells),
                            tuple(cells), tuple((table.index, r) for r in rows)))
    return checks


def _rollforward_cells(table: NumericTable, begin: int, end: int, moves: list[int]) -> list[CellCheck]:
    cells = []
    for c, found in enumerate(table.numbers[end]):
        start = table.numbers[begin][c]
        if found is None or start is None:
            continue
        expected = start + sum((table.numbers[m][c] or Decimal(0) for m in moves), Decimal(0))
        digits = table.digits[end][c] + table.digits[begin][c] + sum(
            (table.digits[m][c] for m in moves if table.numbers[m][c] is not None), Decimal(0))
        status = verdict(expected, found, sum_tolerance(digits))
        if status == MISMATCH and any(table.numbers[m][c] is None and any(v is not None for v in table.numbers[m])
                                      for m in moves):
            continue  # movements other columns show are blank here (an equity statement's Total): not checkable
        cells.append(CellCheck(table.columns[c], expected, found, status))
    return cells


def continuity_cells(table: NumericTable, columns_info, begin: int, end: int) -> list[CellCheck]:
    """Columns of consecutive periods: the earlier column's ending balance opens the later one."""
    from datetime import timedelta

    cells = []
    for a, info_a in enumerate(columns_info):
        for b, info_b in enumerate(columns_info):
            pa, pb = info_a.period, info_b.period
            if a == b or not pa or not pb or not pa.end or not pb.start:
                continue
            if pb.start != pa.end + timedelta(days=1) or info_a.currency != info_b.currency or info_a.member != info_b.member:
                continue
            found, expected = table.numbers[begin][b], table.numbers[end][a]
            if found is None or expected is None:
                continue
            cells.append(CellCheck(f"{table.columns[a]} -> {table.columns[b]}", expected, found,
                                   verdict(expected, found, table.digits[begin][b])))
    return cells


# ------------------------------------------------------------------------------------ cross-table


def find_cross_table(tables: list[NumericTable]) -> list[Check]:
    """The same amount in two tables: rows whose cells agree (sign aside) on at least two columns
    of the same period, currency and member, with at least one exact.

    Candidates come from an index of (column key, amount) so the cost grows with the matches, not
    with every pair of rows.
    """
    index: dict[tuple, list[tuple[int, int, int]]] = {}  # (key, |amount|) -> (table, row, column)
    for t, table in enumerate(tables):
        for r, numbers in enumerate(table.numbers):
            for c, v in enumerate(numbers):
                key = table.column_keys[c] if c < len(table.column_keys) else None
                if key is not None and v:
                    index.setdefault((key, abs(apply_scale(v, table.scales[r][c]))), []).append((t, r, c))
    checks = []
    seen: set[tuple[int, int, int, int]] = set()
    for hits in index.values():
        if len(hits) > MAX_SAME_AMOUNT:
            continue  # an amount this common (0, 1, 100) is no evidence of the same fact
        for i, (ta, ra, _) in enumerate(hits):
            for tb, rb, _ in hits[i + 1:]:
                if ta >= tb or (ta, ra, tb, rb) in seen:
                    continue
                seen.add((ta, ra, tb, rb))
                a, b = tables[ta], tables[tb]
                shared = [(ca, cb) for ca, ka in enumerate(a.column_keys) for cb, kb in enumerate(b.column_keys)
                          if ka is not None and ka == kb]
                cells = _cross_cells(a, ra, b, rb, shared) if len(shared) >= 2 else None
                if cells is not None:
                    checks.append(Check("cross-table", (a.index, b.index), (a.labels[ra], b.labels[rb]),
                                        overall(cells), tuple(cells), ((a.index, ra), (b.index, rb))))
    return sorted(checks, key=lambda c: c.row_indices)


def _cross_cells(a: NumericTable, ra: int, b: NumericTable, rb: int, shared) -> list[CellCheck] | None:
    cells, digits = [], []
    for ca, cb in shared:
        x, y = a.numbers[ra][ca], b.numbers[rb][cb]
        if x is None or y is None or x == 0 or y == 0:
            continue
        x, y = apply_scale(x, a.scales[ra][ca]), apply_scale(y, b.scales[rb][cb])
        digit = max(apply_scale(a.digits[ra][ca], a.scales[ra][ca]), apply_scale(b.digits[rb][cb], b.scales[rb][cb]))
        digits.append(digit)
        cells.append(CellCheck(f"{a.columns[ca]} | {b.columns[cb]}", abs(x), abs(y), verdict(abs(x), abs(y), digit)))
    exact = sum(c.status == OK for c in cells)
    if len(cells) < 2 or exact < 1 or not confirmed(cells, strict=False) or len(cells) - exact > 1:
        return None
    if not any(c.status == OK and c.found >= 100 * digit for c, digit in zip(cells, digits)):
        return None  # (1) and (2) in two rows agree by chance; an amount of three digits or more does not
    return cells


# ------------------------------------------------------------------------------------ translations


@dataclass(slots=True)
class _Pair:
    table: int
    row: str
    source: Decimal  # the amount in the source currency
    shown: Decimal  # the translated amount as shown
    digit: Decimal
    column: str


def find_translations(tables: list[NumericTable], columns_infos) -> list[Check]:
    """A column in one currency that is another column of the same period divided by one rate.

    The rate is the simplest decimal inside the range most cells allow (each shown amount is
    rounded, so each cell allows an interval); tables of the page that share the currencies and
    a rate become one relation.
    """
    groups: dict[tuple[str, str], list[list[_Pair]]] = {}
    for table, infos in zip(tables, columns_infos):
        for a, b in currency_column_pairs(infos):
            pairs = [_Pair(table.index, table.labels[r], table.numbers[r][a], table.numbers[r][b],
                           table.digits[r][b], table.columns[b])
                     for r in range(len(table.labels))
                     if table.numbers[r][a] and table.numbers[r][b]]
            if len(pairs) >= 2 and source_side(pairs):
                groups.setdefault((infos[a].currency, infos[b].currency), []).append(pairs)
    checks = []
    for (source, target), runs in groups.items():
        pairs = [p for run in runs for p in run]
        rate = fit_rate(pairs)
        if rate is None:
            continue
        cells = []
        for p in pairs:
            expected = expected_translation(p, rate)
            if expected is None:
                continue
            cells.append(CellCheck(p.column, expected, p.shown, verdict(expected, p.shown, p.digit), row=p.row))
        if not confirmed(cells, strict=False):
            continue
        status = MISMATCH if any(c.status == MISMATCH for c in cells) else OK
        checks.append(Check("translation", tuple(sorted({p.table for p in pairs})), tuple(dict.fromkeys(p.row for p in pairs)),
                            status, tuple(cells), rate=rate, columns=tuple(dict.fromkeys(p.column for p in pairs)),
                            note=f"{target} = {source} / {rate}; a cell one unit off is 'rounding'"))
    return checks


def currency_column_pairs(infos):
    """(a, b): columns of the same period in two currencies, candidates for b = a / rate."""
    for a, ia in enumerate(infos):
        for b, ib in enumerate(infos):
            if a == b or not ia.currency or not ib.currency or ia.currency == ib.currency:
                continue
            if ia.period and ib.period and ia.period.key == ib.period.key:
                yield a, b


def source_side(pairs: list[_Pair]) -> bool:
    """One direction only: a rate is quoted as source units per translated unit (>= 1)."""
    return sum(abs(p.source) for p in pairs) >= sum(abs(p.shown) for p in pairs)


TRANSLATION_PRECISION = 60  # digits: any amount a page shows fits, so quantizing cannot overflow


def expected_translation(pair: _Pair, rate: Decimal) -> Decimal | None:
    """The translated amount the rate gives, rounded as the page rounds it; None for an amount
    too long to round (found by the fuzzer: a 30-digit number over a tiny rate)."""
    with localcontext() as context:
        context.prec = TRANSLATION_PRECISION
        try:
            return (pair.source / rate).quantize(pair.digit, rounding=ROUND_HALF_UP)
        except InvalidOperation:
            return None


def fit_rate(pairs: list[_Pair]) -> Decimal | None:
    """The simplest rate r with shown = round(source / r) on the most cells."""
    intervals = []
    for p in pairs:
        if (p.source > 0) != (p.shown > 0):
            continue
        x, y, half = abs(Fraction(p.source)), abs(Fraction(p.shown)), Fraction(p.digit) / 2
        if y <= half:
            continue
        intervals.append((x / (y + half), x / (y - half)))
    if len(intervals) < MIN_RATE_PAIRS:
        return None
    lo, hi, covered = densest_overlap(intervals)
    if covered < max(MIN_RATE_PAIRS, (2 * len(intervals) + 2) // 3):
        return None
    return simplest_decimal(lo, hi)


def densest_overlap(intervals: list[tuple[Fraction, Fraction]]) -> tuple[Fraction, Fraction, int]:
    """The stretch covered by the most intervals (a sweep over their ends)."""
    events = sorted([(lo, 0) for lo, _ in intervals] + [(hi, 1) for _, hi in intervals])
    best, depth, at = 0, 0, 0
    for i, (_x, closing) in enumerate(events):
        depth += -1 if closing else 1
        if not closing and depth > best:
            best, at = depth, i
    if not events:
        return Fraction(0), Fraction(0), 0
    # the stretch ends where the first interval open at its start closes
    best_hi = next((x for x, closing in events[at + 1:] if closing), events[at][0])
    return events[at][0], best_hi, best


def simplest_decimal(lo: Fraction, hi: Fraction) -> Decimal:
    """The decimal with the fewest places in [lo, hi], nearest the middle among those."""
    middle = (lo + hi) / 2
    for places in range(0, 9):
        step = Fraction(1, 10**places)
        first = -((-lo) // step)  # ceil
        last = hi // step
        if first <= last:
            best = min(range(int(first), int(last) + 1), key=lambda k: abs(k * step - middle))
            return Decimal(best).scaleb(-places)
    return Decimal(middle.numerator) / Decimal(middle.denominator)


def row_marks(checks) -> dict[int, dict[int, str]]:
    """table -> row -> the worst status of the sums and roll-forwards that row closes."""
    marks: dict[int, dict[int, str]] = {}
    for check in checks:
        if check.kind not in ("sum", "rollforward") or check.note == ACROSS_COLUMNS:
            continue
        table, row = check.row_indices[0] if check.kind == "sum" else check.row_indices[-1]
        current = marks.setdefault(table, {}).get(row)
        marks[table][row] = check.status if current is None else worst((current, check.status))
    return marks
