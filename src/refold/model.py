"""The plain records that flow between refold's stages, and the `Page` they end in.

Every record is a frozen, slotted dataclass: a user can print, compare and keep any of them.
Source provenance is a 1-based inclusive line span (`Span`) on everything that came from text.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass(frozen=True, slots=True)
class Span:
    """Lines `first`..`last` of the source, 1-based and inclusive."""

    first: int
    last: int

    def __add__(self, other: "Span") -> "Span":
        return Span(min(self.first, other.first), max(self.last, other.last))

    def __str__(self) -> str:
        return f"{self.first}" if self.first == self.last else f"{self.first}-{self.last}"


@dataclass(frozen=True, slots=True)
class Cell:
    """One cell of the flattened text: a `|` line and the unpiped lines that follow it.

    `head` is the text on the `|` line, `tail` the continuation lines (a wrapped label, or the
    block content of a cell that starts `|` then a new line). `piped` is False for text that
    came before any `|` or was split off a value cell.
    """

    head: str
    tail: tuple[str, ...]
    span: Span
    piped: bool = True

    @property
    def text(self) -> str:
        """The cell's text with wrapped lines joined by single spaces."""
        return join_lines((self.head, *self.tail))

    @property
    def is_block(self) -> bool:
        """A `|` line alone, with the content on the following lines (a `<div>` in the cell)."""
        return self.piped and not self.head and bool(self.tail)

    @property
    def is_empty(self) -> bool:
        return not self.head and not self.tail

    @property
    def lines(self) -> tuple[str, ...]:
        """The cell's text lines: a block's content lines, else its `|` line and what follows."""
        return self.tail if self.is_block else (self.head, *self.tail)


@dataclass(frozen=True, slots=True)
class Token:
    """A cell after split parts were joined: `(81,247` + `)` -> `(81,247)`.

    A part that was absorbed into its neighbour leaves an empty token in its place, so tokens
    keep the positions (columns) of the cells they came from.
    """

    text: str
    kind: Any  # refold.kinds.Kind; typed loosely to keep this module import-free
    span: Span
    block: bool = False
    absorbed: bool = False  # the empty place left by a part joined into its neighbour


@dataclass(frozen=True, slots=True)
class Definition:
    """One `X - Definition + References` entry of the page's hidden concept help."""

    text: str
    references: tuple[str, ...]
    span: Span


@dataclass(frozen=True, slots=True)
class Row:
    """A table row: its label and one display string per value column ("" for empty)."""

    label: str
    cells: tuple[str, ...]
    kind: str = "value"  # value | section | total
    span: Span | None = None
    cell_spans: tuple[Span | None, ...] = ()
    label_span: Span | None = None
    concept: str | None = None  # the XBRL concept, where the source names it (HTML)

    @property
    def is_section(self) -> bool:
        return not any(self.cells)


@dataclass(frozen=True, slots=True)
class Table:
    """A recovered table: the page's own report table, or a schedule inside a text block."""

    kind: str  # report | schedule
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    block: str | None = None
    caption: str | None = None
    prose: tuple[str, ...] = ()
    header_rows: tuple[tuple[str, ...], ...] = ()  # header text as read, before levels were joined
    units: str | None = None  # a scale or unit note of the table, e.g. "(in thousands)"
    footnotes: tuple[str, ...] = ()
    layout: str = ""  # how rows were found: fixed-width N, label-delimited, report
    span: Span | None = None
    column_levels: tuple[tuple[str, ...], ...] = ()  # per column its header levels, outermost first

    def to_dataframe(self, as_float: bool = False):
        """A pandas DataFrame (labels as index, a column MultiIndex for multi-level headers);
        numbers as `Decimal` objects, or float64 with `as_float` (see `refold.exports`)."""
        from refold.exports import table_to_dataframe

        return table_to_dataframe(self, None, as_float)


@dataclass(frozen=True, slots=True)
class BlockInfo:
    """A text block of the report: its label, the prose not attached to a table, its tables."""

    label: str
    prose: tuple[str, ...]
    tables: tuple[int, ...]  # indices into Page.tables
    span: Span | None = None


@dataclass(frozen=True, slots=True)
class Page:
    """Everything refold recovered from one report page."""

    source: str
    variant: str
    title: str
    units: str
    columns: tuple[str, ...]
    tables: tuple[Table, ...]
    header: tuple[str, ...] = ()  # the page's header cells as read, before spans were resolved
    prose: tuple[str, ...] = ()  # prose outside any text block (a fragment's headings)
    text_blocks: tuple[BlockInfo, ...] = ()
    abstract_rows: tuple[str, ...] = ()  # label-only rows of a report table that holds no values
    definitions: tuple[Definition, ...] = ()
    unplaced: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    heading: str = ""  # the title cell verbatim: title, unit suffix and scale lines
    preamble: tuple[str, ...] = ()  # crawl headers before the page proper (e.g. "XML 98 R80.htm IDEA…")

    def to_dict(self, meaning: bool = True) -> dict:
        """The JSON document; with `meaning`, typed values, column periods, row roles and checks too."""
        from refold.output import page_to_dict

        return page_to_dict(self, meaning)

    def to_json(self, indent: int | None = 1, meaning: bool = True) -> str:
        import json

        return json.dumps(self.to_dict(meaning), ensure_ascii=False, indent=indent)

    def meaning(self):
        """Typed values, periods, hierarchy and checks (`refold.meaning.understand`)."""
        from refold.meaning import understand

        return understand(self)

    def checks(self) -> list:
        """The relations the page implies, each with its status (`refold.checks.Check`)."""
        return list(self.meaning().checks)

    def to_excel(self, path) -> None:
        """One sheet per table, numbers as numbers in the page's format (needs openpyxl)."""
        from refold.exports import page_to_xlsx

        page_to_xlsx(self, path)

    def facts(self):
        """A pandas DataFrame, one row per value (needs pandas: `pip install refold[frames]`)."""
        from refold.facts import facts_frame, page_facts

        return facts_frame(page_facts(self))


@dataclass(slots=True)
class Trace:
    """Every intermediate of one parse, for inspection (`refold.trace`, `refold explain`)."""

    text: str
    cells: list[Cell] = field(default_factory=list)
    frame: Any = None  # refold.frame.Frame, None until framed
    blocks: list = field(default_factory=list)  # refold.textblock.TextBlock
    grids: list = field(default_factory=list)  # refold.grid.Grid, one per schedule
    page: Page | None = None

    @property
    def result(self) -> Page:
        """The page a finished trace ends in."""
        if self.page is None:
            raise ValueError("the trace has not reached its page")
        return self.page


def next_filled(cells: list[Cell], i: int) -> Cell | None:
    """The first cell after `i` that is not empty; None where none is (walked by index, no copy
    of the rest: callers ask it of every cell)."""
    return next((cells[k] for k in range(i + 1, len(cells)) if not cells[k].is_empty), None)


def join_spans(spans) -> Span | None:
    """The span covering all the given spans (None entries skipped); None when there are none."""
    found = False
    first = last = 0
    for s in spans:
        if s is not None:
            if not found:
                found, first, last = True, s.first, s.last
            else:  # bounds kept as ints: no Span built per step (a grid joins thousands)
                first, last = min(first, s.first), max(last, s.last)
    return Span(first, last) if found else None


def join_lines(lines) -> str:
    """Join wrapped lines with single spaces, folding runs of white space."""
    return " ".join(" ".join(lines).split())
