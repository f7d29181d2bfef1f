"""Schedule headers: the tokens above a schedule's first row -> one header string per column.

Spans are lost in the flattening, so header rows are rebuilt from what the cells say:
consecutive cells of one class (years, period phrases, dates, units, text) form a header row;
a row that reappears lower down was a hidden duplicate and goes; a row with fewer cells than
columns spans them evenly when it divides them, else its cells sit over the first columns.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refold.kinds import RE_MONTH_DAY, Kind, classify, stacked_dates
from refold.model import Token, join_lines

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


def group_header_rows(tokens: list[Token]) -> list[list[str]]:
    """Runs of one class are one header row."""
    rows: list[list[str]] = []
    last = None
    for tok in tokens:
        cls = header_class(tok)
        if cls != last:
            rows.append([])
            last = cls
        rows[-1].append(tok.text)
    return rows


def leaf_row_last(rows: list[list[str]], tokens: list[Token], n: int) -> list[list[str]]:
    """`2025`, `2024`, `$ Change`, `% Change`, … under the periods: the last `n` cells, years or
    dates among them and no period phrase, are one row (the columns' own names), however their
    classes alternate; the cells above keep their class runs."""
    if n < 2 or len(tokens) < n:
        return rows
    last = tokens[-n:]
    classes = {header_class(t) for t in last}
    if not classes & {"year", "date"} or classes & {"period", "day"} or len(classes) == 1:
        return rows
    return group_header_rows(tokens[:-n]) + [[t.text for t in last]]


def split_long_rows(rows: list[list[str]], n: int) -> list[list[str]]:
    """A run longer than the table is wide holds several header rows; the last has `n` cells."""
    out: list[list[str]] = []
    for row in rows:
        if n <= 0 or len(row) <= n:
            out.append(row)
            continue
        if len(row) == n + 1:
            out.append(row[1:])  # the stub column's own header over the labels
            continue
        first = len(row) % n
        if first:
            out.append(row[:first])
        out.extend(row[k : k + n] for k in range(first, len(row), n))
    return out


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


def spread(row: list[str], n: int) -> list[str]:
    k = len(row)
    if k == n:
        return list(row)
    if k and n % k == 0:
        return [row[i // (n // k)] for i in range(n)]
    return list(row[:n]) + [""] * (n - min(k, n))


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


def header_levels(tokens: list[Token], n: int):
    """`header_to_columns`, plus each column's levels (outermost first) for multi-level headers,
    and the stub's caption when the header's first text is one (`stub_caption`)."""
    texts = [part for t in tokens if t.text for part in unstack_dates(t)]
    notes = [t.text for t in texts if RE_SCALE_NOTE.match(t.text)]
    texts = [t for t in texts if not RE_SCALE_NOTE.match(t.text)]
    read = group_header_rows(texts)
    rows = drop_hidden_duplicates(split_long_rows(leaf_row_last(read, texts, n), n))
    caption = stub_caption(tokens, rows, n)
    if caption:
        rows = rows[1:]
    levels = [spread(row, n) for row in rows]
    columns = [join_lines(level[j] for level in levels) for j in range(n)]
    per_column = [tuple(level[j] for level in levels) for j in range(n)]
    return columns, read, (join_lines(notes) or None), per_column, caption
