"""Why a table read from a flattening differs from the same table read from its HTML.

`refold roundtrip --why` lists, for each table a flattening does not give back exactly, what
differs, row by row, and whether the flattened text writes what would have told the two
readings apart. A difference is *not written* only by a named mechanism, checked on the two
readings and the text, never by a guess:

* `EMPTY_CELLS_DROPPED`: the flattening drops empty cells (pipe-suffix everywhere, mixed in the
  tables of text blocks) and the row has the same values in the same order under both readings,
  in other columns. `Rent | 5 |` is written the same whether 5 stood under 2025 or 2024; only
  the other rows, the arithmetic or the reader's priors can place it.
* `CELLS_JOINED_BY_SPACES`: the flattening writes a row on one line, cells a space apart
  (whitespace-rows), and the two readings write the row's texts as the same words: a label
  followed by a text cell (`(Address of principal executive offices) (Zip Code)`) is one label
  or two cells. An empty cell between two is written (a no-break space), so only readings that
  keep every gap between the row's cells count.

* `CELL_LINES_AS_CELLS`: mixed writes a text block's table a cell a line, a cell's own line
  breaks as lines too, and drops empty cells, so a label written over two lines and a row of
  no values followed by a row are the same lines. Claimed where the labels one reading has
  over several rows are consecutive lines of the text and only the last has values.

A line-per-cell text writes a cell's line breaks as it writes cell boundaries too, yet a row
with no values still writes its empty cells, so there the two readings are told apart: no
mechanism is claimed.

Everything else is *misread*: the text writes it, and the parser got it wrong. Those are the
parser's to-do list. This module imports nothing heavy and works on the labeled-pages schema
(`evaluate.table_rows`: a normalized label and normalized values per row).
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from refold.variants import MIXED, NBSP, PIPE_SUFFIX, WHITESPACE_ROWS

EMPTY_CELLS_DROPPED = "empty cells dropped: which columns the row's values fill is not written"
CELLS_JOINED_BY_SPACES = "cells a space apart, as the words of a cell are: where a text cell starts is not written"
CELL_LINES_AS_CELLS = "a cell's line breaks written as cell boundaries, empty cells dropped: one label or several rows is not written"

# what differs in a row or a run of rows
PLACEMENT = "placement"  # the same values, in other columns
VALUES = "values"  # other values
ROWS_MISSING = "rows missing"  # rows of the HTML's table the flattening's reading lacks
ROWS_EXTRA = "rows extra"  # rows the flattening's reading has and the HTML's does not
ROWS_DIFFER = "rows differ"  # rows in place of others
LABELS_SPLIT = "labels split"  # the same words as labels, over other rows
NO_TABLE = "no table"  # nothing read from the flattening shares a value with the table


@dataclass(frozen=True, slots=True)
class Difference:
    kind: str  # one of the kinds above
    label: str  # the row, or the rows' labels (the HTML's side where it has one)
    not_written: str | None = None  # the mechanism that hides it from the text; None: misread


Rows = list[tuple[str, list[str]]]


def drops_empty_cells(variant: str, table_kind: str) -> bool:
    return variant == PIPE_SUFFIX or (variant == MIXED and table_kind == "schedule")


def placement_hidden(variant: str, table_kind: str) -> str | None:
    return EMPTY_CELLS_DROPPED if drops_empty_cells(variant, table_kind) else None


def spaced_line(row: tuple[str, list[str]]) -> str:
    """A row as whitespace-rows writes it: label and cells a space apart, an empty cell between
    two others a no-break space (the row's trailing empty cells aside: the model's columns are
    not the HTML's cells, so where the row ends says nothing)."""
    label, values = row
    cells = [v[4:] if v.startswith("TXT:") else v for v in values]
    while cells and not cells[-1]:
        cells.pop()
    return " ".join([label] + [c or NBSP for c in cells]).strip(" ")  # not NBSP: a leading gap is written


def joined_rows_hidden(variant: str, expected: Rows, predicted: Rows) -> str | None:
    """Whitespace-rows writes both runs of rows as the same lines."""
    if variant != WHITESPACE_ROWS or not expected or len(expected) != len(predicted):
        return None
    if all(spaced_line(e) == spaced_line(p) for e, p in zip(expected, predicted)):
        return CELLS_JOINED_BY_SPACES
    return None


def split_labels_hidden(variant: str, table_kind: str, expected: Rows, predicted: Rows,
                        text_lines: tuple[str, ...]) -> str | None:
    """Mixed, in a text block, writes the labels that one reading has over several rows as
    consecutive lines, and the rows before the last have no values to write."""
    if variant != MIXED or table_kind != "schedule":
        return None
    few, many = (expected, predicted) if len(expected) < len(predicted) else (predicted, expected)
    if len(few) != 1 or len(many) < 2 or any(any(r[1]) for r in many[:-1]):
        return None
    labels = [r[0] for r in many]
    starts = (k for k, line in enumerate(text_lines) if line == labels[0])
    return CELL_LINES_AS_CELLS if any(list(text_lines[k : k + len(labels)]) == labels for k in starts) else None


def row_differences(variant: str, table_kind: str, expected: Rows, predicted: Rows,
                    text_lines: tuple[str, ...] = ()) -> list[Difference]:
    """What differs between two readings of one table, the rows aligned by their labels."""
    out: list[Difference] = []
    matcher = difflib.SequenceMatcher(None, [r[0] for r in expected], [r[0] for r in predicted], autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        exp, pred = expected[i1:i2], predicted[j1:j2]
        if op == "equal":
            for e, p in zip(exp, pred):
                if e[1] == p[1]:
                    continue
                if [v for v in e[1] if v] == [v for v in p[1] if v]:
                    out.append(Difference(PLACEMENT, e[0], placement_hidden(variant, table_kind)))
                else:
                    out.append(Difference(VALUES, e[0], joined_rows_hidden(variant, [e], [p])))
            continue
        labels = " / ".join(r[0] for r in (exp or pred))
        if exp and pred and "".join(r[0] for r in exp).replace(" ", "") == "".join(r[0] for r in pred).replace(" ", ""):
            kind = LABELS_SPLIT
            hidden = joined_rows_hidden(variant, exp, pred) or split_labels_hidden(variant, table_kind, exp, pred, text_lines)
        else:
            kind = ROWS_MISSING if op == "delete" else ROWS_EXTRA if op == "insert" else ROWS_DIFFER
            hidden = joined_rows_hidden(variant, exp, pred)
        out.append(Difference(kind, labels, hidden))
    return out


def not_written(differences: list[Difference]) -> bool:
    """Every difference is one the text does not write: no reader of the text alone can be
    sure of the HTML's reading."""
    return bool(differences) and all(d.not_written for d in differences)
