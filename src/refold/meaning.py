"""Stage after the parse: a `Page` -> its `Meaning` (typed values, column periods, row hierarchy, checks).

`understand(page)` is pure and separate from `parse`, so a corpus run that wants only the tables
does not pay for it. Order: columns and values first (each cell's context), then the checks on
the numbers, then the hierarchy, which uses the sums the checks found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from refold.checks import (
    Check, NumericTable, find_column_sums, find_cross_table, find_rollforwards, find_sums, find_translations,
)
from refold.hierarchy import RowInfo, read_hierarchy
from refold.model import Page, Table
from refold.periods import ColumnInfo, read_columns
from refold.values import Context, Scales, Value, currency_in, read_value, scales_in, section_row_unit

_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
# "N/A" and "NM" say there is no number, not that it is zero
_NOT_APPLICABLE = frozenset({"n/a", "na", "nm", "not applicable", "not meaningful"})
_FOOTNOTE_SHAPE = re.compile(r"^\(?\d{1,2}\)?$")
# columns whose amounts do not add down the rows
RE_NOT_ADDITIVE = re.compile(
    r"\b(?:average|avg\.?|price|prices|rate|rates|ratio|yield|life|lives|margin|per\s(?:share|unit))\b|"
    r"%\s?change|change\s?(?:%|in\s%|percent)|percent(?:age)?\s(?:change|of)|\bcontractual\s+interest",
    re.IGNORECASE,
)
_NUMERIC_KINDS = frozenset({"number", "percent", "nil"})


@dataclass(frozen=True, slots=True)
class TableMeaning:
    columns: tuple[ColumnInfo, ...]
    values: tuple[tuple[Value, ...], ...]  # one tuple per row, one Value per column
    rows: tuple[RowInfo, ...]


@dataclass(frozen=True, slots=True)
class Meaning:
    tables: tuple[TableMeaning, ...]
    checks: tuple[Check, ...]


def table_notes(table: Table) -> str:
    """Where a table states its scale: its unit note, caption, prose and header lines."""
    parts = [table.units or "", table.caption or "", *table.prose, *(" ".join(h) for h in table.header_rows)]
    return " ".join(p for p in parts if p)


def table_values(table: Table, columns: tuple[ColumnInfo, ...], page: Page) -> tuple[tuple[Value, ...], ...]:
    page_scales = scales_in(page.heading or page.units)
    scales = scales_in(table_notes(table)).merged_over(page_scales)
    table_currency = currency_in(table.units or "") or currency_in(page.units)
    currencies = [c.currency or table_currency for c in columns]
    # a row unit -> each column's (context, the values read in it so far): one table repeats
    # its contexts, so a cell is read (and its context hashed) once per context, not per cell
    readers: dict[str | None, list[tuple[Context, dict[str, Value]]]] = {}
    out = []
    section = None
    for row in table.rows:
        if row.is_section:
            section = row.label
        unit = section_row_unit(row.label, section)
        row_readers = readers.get(unit)
        if row_readers is None:
            row_readers = readers[unit] = [(Context(currency=currency, scales=scales, row_unit=unit), {})
                                           for currency in currencies]
        values = []
        for c, display in enumerate(row.cells):
            if c >= len(row_readers):
                row_readers.append((Context(currency=table_currency, scales=scales, row_unit=unit), {}))
            context, seen = row_readers[c]
            value = seen.get(display)
            if value is None:
                value = seen[display] = read_value(display, context)
            values.append(value)
        out.append(tuple(values))
    return tuple(out)


def is_change_in_percent(values: tuple[tuple[Value, ...], ...], c: int) -> bool:
    """A column of percents that never shows 100%: growth rates or margins, not shares of a total."""
    cells = [row[c] for row in values if c < len(row) and row[c].kind in ("number", "percent")]
    percents = [v for v in cells if v.kind == "percent"]
    # `%` written on the column's first amount (and its total) only, as filers write `$`: the
    # bare numbers under it are percents too
    marked_first = bool(cells) and cells[0].kind == "percent"
    return (marked_first or len(percents) * 2 > len(cells)) and not any(v.number == 100 for v in percents)


def is_constant_column(values: tuple[tuple[Value, ...], ...], c: int) -> bool:
    """Every cell the same small `(3)`: footnote marks in a column of their own, not amounts."""
    shown = [row[c].display.strip() for row in values if c < len(row) and row[c].kind == "number" and row[c].number]
    return len(shown) >= 3 and len(set(shown)) == 1 and bool(_FOOTNOTE_SHAPE.match(shown[0]))


def is_per_share(value: Value) -> bool:
    unit = value.unit or ""
    return unit.endswith("/share") or unit == "per share"


def numeric_table(index: int, table: Table, columns: tuple[ColumnInfo, ...],
                  values: tuple[tuple[Value, ...], ...]) -> NumericTable:
    numbers, digits, scales = [], [], []
    for row_values in values:
        numbers.append([v.number if v.kind in _NUMERIC_KINDS and not _BARE_YEAR.match(v.display.strip())
                        and v.display.strip().lower() not in _NOT_APPLICABLE else None for v in row_values])
        # a nil shows no digits to round: it is an exact zero
        digits.append([Decimal(0) if v.kind == "nil" else v.last_digit for v in row_values])
        scales.append([v.scale for v in row_values])
    keys = [(c.period.key, c.currency, c.member) if c.period else None for c in columns]
    keys = [k if keys.count(k) == 1 else None for k in keys]  # two columns alike: neither can be matched
    width = len(table.columns)
    additive_columns = [not RE_NOT_ADDITIVE.search(h) and not is_change_in_percent(values, c)
                        and not is_constant_column(values, c) for c, h in enumerate(table.columns)]
    additive = [[additive_columns[c] and not is_per_share(v) for c, v in enumerate(row_values)]
                + [True] * (width - len(row_values)) for row_values in values]
    return NumericTable(index, [r.label for r in table.rows], [n + [None] * (width - len(n)) for n in numbers],
                        [d + [Decimal(1)] * (width - len(d)) for d in digits], list(table.columns), keys,
                        [s + [0] * (width - len(s)) for s in scales], additive,
                        [any(c < len(row) and currency_in(row[c].display) for row in values) for c in range(width)])


def understand(page: Page, with_checks: bool = True) -> Meaning:
    """The page's meaning. Without checks (a batch that wants typed cells only), row roles and
    section paths come from the labels alone, and `Meaning.checks` is empty."""
    infos = []
    values = []
    for table in page.tables:
        columns = read_columns(table.columns)
        infos.append(columns)
        values.append(table_values(table, columns, page))
    checks: list[Check] = []
    if with_checks:
        checks = find_checks(page, infos, values)
    tables = tuple(
        TableMeaning(infos[i], values[i], read_hierarchy(t, i, checks)) for i, t in enumerate(page.tables))
    return Meaning(tables, tuple(checks))


def find_checks(page: Page, infos, values) -> list[Check]:
    numeric = [numeric_table(i, t, infos[i], values[i]) for i, t in enumerate(page.tables)]
    checks: list[Check] = []
    for table, columns in zip(numeric, infos):
        additive = table.additive_view()
        checks += find_sums(additive)
        checks += find_column_sums(additive)
        checks += find_rollforwards(additive, columns)
    checks += find_cross_table(numeric)
    checks += find_translations(numeric, infos)
    return checks


__all__ = ["Meaning", "TableMeaning", "understand", "Scales"]
