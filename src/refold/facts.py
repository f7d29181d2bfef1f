"""The tidy long table: one `Fact` per non-empty value cell, with its row, column, period and unit.

`page_facts(page)` is plain Python (stdlib only); `facts_frame` builds the pandas DataFrame and
`write_parquet` the Parquet file, importing pandas / pyarrow only when called.

The `value` column holds `Decimal` objects (the amount with its scale applied), never floats:
a DataFrame of Decimals sums exactly, and `float(value)` is one call away for plotting. In
Parquet it is `decimal128(38, 10)`.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from decimal import Context, Decimal
from typing import Iterator

from refold.meaning import Meaning, understand
from refold.model import Page

SECTION_SEPARATOR = " > "
_AMOUNT_KINDS = frozenset({"number", "percent", "nil"})  # kinds whose value is the scaled amount


@dataclass(frozen=True, slots=True)
class Fact:
    page: str
    table: int
    row: int
    label: str
    section: str  # the enclosing section labels, outermost first, joined by " > "
    role: str  # item | subtotal | total | balance | section
    column: int
    header: str
    period_start: str | None  # ISO dates; None for an instant's start or an unknown period
    period_end: str | None
    period_type: str | None  # instant | duration | year
    member: str | None
    unit: str | None
    scale: int
    value: Decimal | None  # the amount with scale applied; None for text
    display: str
    kind: str  # number | percent | nil | range | date | bool | text
    concept: str | None = None  # the XBRL concept, when the source names it (HTML R pages)


FACT_COLUMNS = tuple(f.name for f in fields(Fact))


def fact_row(fact: Fact) -> dict:
    """A fact as a dict of its columns. Every field is flat and immutable, so this is
    `dataclasses.asdict` without its recursive deep copy (which cost most of a batch's time)."""
    return {name: getattr(fact, name) for name in FACT_COLUMNS}


def page_facts(page: Page, meaning: Meaning | None = None) -> list[Fact]:
    return [Fact(*fields) for fields in fact_tuples(page, meaning)]


def fact_tuples(page: Page, meaning: Meaning | None = None) -> Iterator[tuple]:
    """Each fact's fields in `FACT_COLUMNS` order, without building a `Fact`: a batch writes
    columns straight from these, and a frozen dataclass costs a call per field to build."""
    meaning = meaning or understand(page)
    for t, (table, tm) in enumerate(zip(page.tables, meaning.tables)):
        # what every cell of a column shares: its header, period and member
        columns = []
        for c, header in enumerate(table.columns):
            column = tm.columns[c] if c < len(tm.columns) else None
            period = column.period.to_dict() if column and column.period else {}
            columns.append((header, period.get("start"), period.get("end"), period.get("type"),
                            column.member if column else None))
        for r, (row, values, info) in enumerate(zip(table.rows, tm.values, tm.rows)):
            section = SECTION_SEPARATOR.join(info.path)
            for c, value in enumerate(values):
                if value.kind == "empty":
                    continue
                header, start, end, period_type, member = (
                    columns[c] if c < len(columns) else ("", None, None, None, None))
                yield (page.source, t, r, row.label, section, info.role, c, header, start, end, period_type,
                       member, value.unit, value.scale,
                       value.amount if value.kind in _AMOUNT_KINDS else value.number,
                       value.display, value.kind, row.concept)


def facts_frame(facts: list[Fact]):
    """A pandas DataFrame with one column per `Fact` field (`value` as Decimal objects)."""
    import pandas as pd

    return pd.DataFrame([fact_row(f) for f in facts], columns=list(FACT_COLUMNS))


def arrow_fields() -> list:
    """The Parquet type of every `Fact` field (the batch's `cells` dataset uses them too)."""
    import pyarrow as pa

    types = {"table": pa.int32(), "row": pa.int32(), "column": pa.int32(), "scale": pa.int8(),
             "value": pa.decimal128(38, 10)}
    return [pa.field(name, types.get(name, pa.string())) for name in FACT_COLUMNS]


def arrow_table(facts: list[Fact]):
    import pyarrow as pa

    schema = pa.schema(arrow_fields())
    columns = {name: [getattr(f, name) for f in facts] for name in FACT_COLUMNS}
    columns["value"] = decimal_array(columns["value"])
    return pa.table(columns, schema=schema)


def decimal_array(values: list):
    """The `value` column as Decimal128(38, 10). Amounts with ten places or fewer convert as
    they are (exactly, as `_fit` would give them); only a column holding a longer fraction or
    a number too long to fit is fitted value by value, which costs five times as much."""
    import pyarrow as pa

    kind = pa.decimal128(38, 10)
    try:
        return pa.array(values, type=kind)
    except (pa.ArrowInvalid, OverflowError):
        return pa.array([_fit(v) for v in values], type=kind)


_DECIMAL128 = Context(prec=38)


def _fit(value: Decimal | None) -> Decimal | None:
    """Decimal128(38, 10) holds 10 places; a longer fraction is rounded (the display keeps it).
    A number with more than 28 integer digits does not fit and is stored as null (its display,
    in the same row, keeps it)."""
    if value is None or value.adjusted() >= 28:
        return None
    return value.quantize(Decimal("1e-10"), context=_DECIMAL128)


def write_parquet(facts: list[Fact], path) -> None:
    import pyarrow.parquet as pq

    pq.write_table(arrow_table(facts), path)


def write_csv(facts: list[Fact], stream) -> None:
    import csv

    writer = csv.writer(stream)
    writer.writerow(FACT_COLUMNS)
    for f in facts:
        writer.writerow(["" if v is None else v for v in (getattr(f, n) for n in FACT_COLUMNS)])
