"""HTML R page -> flattened text, the way the crawls flatten it (`refold flatten --variant V`).

For round-trip tests (parse the HTML; flatten it; parse the text; compare) and for users who
want to reproduce a crawl's format. The page is first read into a list of `FlatCell`s in
document order, keeping what the crawls' renderings depend on: whether a cell held block HTML
(`<div>`, `<p>`: pipe-prefix shows it as a lone `|` with the content below), whether it sits in a
table inside a text block, and where rows start. `render` then writes one variant:

* pipe-prefix: every cell a `|` line; an empty cell a lone `|`; prose after an inner table
  continues on lines without `|`.
* mixed: the report's cells as pipe-prefix; the inner tables' cells one a line, without pipes,
  empty cells dropped.
* line-per-cell: every cell a line, an empty cell a line holding U+00A0; a report row with no
  values is its label and two spaces on one line.
* blank-line: as line-per-cell, with a blank line after every cell.
* pipe-suffix: a row a line, its non-empty cells each followed by ` |` (empty cells dropped,
  as those crawls do); block prose on lines of its own.
* whitespace-rows: a row a line, cells joined by spaces, an empty cell U+00A0.

Hidden elements (`display:none`: the concept definitions, hidden duplicate rows) are left out,
as the crawls that dropped the definitions did. Needs lxml (`refold[html]`).
"""

from __future__ import annotations

from dataclasses import dataclass

from refold.errors import InputError
from refold.htmlread import BLOCK_TAGS, _tree, has_class, is_hidden, is_text_block, report_table
from refold.variants import BLANK_LINE, LINE_PER_CELL, MIXED, NBSP, PIPE_PREFIX, PIPE_SUFFIX, WHITESPACE_ROWS

LEAD_IN = "The following table presents the amounts for the periods presented (in millions):"
FLATTENINGS = (PIPE_PREFIX, MIXED, LINE_PER_CELL, BLANK_LINE, PIPE_SUFFIX, WHITESPACE_ROWS)


@dataclass(frozen=True, slots=True)
class FlatCell:
    """One cell (or a paragraph of a text block) as a crawl meets it."""

    lines: tuple[str, ...]  # its text, a line per `<br>` or block element; () for an empty cell
    block: bool = False  # the content was block HTML (the title, a `<div>` date, a block's prose)
    inner: bool = False  # a cell of a table inside a text block
    row_start: bool = False  # the first cell of its row
    prose: bool = False  # a paragraph of a text block after an inner table (not a cell)
    header: bool = False  # a `th` cell


def text_lines(element) -> tuple[str, ...]:
    """The element's text, broken into lines at `<br>` and at block elements, spaces folded."""
    parts: list[str] = []

    def walk(e) -> None:
        if not isinstance(e.tag, str) or is_hidden(e):
            return
        if e.tag == "br" or e.tag in BLOCK_TAGS:
            parts.append("\n")
        if e.text:
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tail:
                parts.append(child.tail)
        if e.tag in BLOCK_TAGS:
            parts.append("\n")

    walk(element)
    text = "".join(parts).replace(NBSP, " ")
    return tuple(" ".join(line.split()) for line in text.split("\n") if line.strip())


def has_block(element) -> bool:
    return any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in element.iterdescendants())


def rows_of(table):
    """The table's own rows (not those of tables nested in its cells)."""
    return table.xpath("./tr | ./thead/tr | ./tbody/tr | ./tfoot/tr")


def block_cells(td) -> list[FlatCell]:
    """A text block's content: its prose before the first table as one block cell, inner tables'
    cells, and the prose after a table as continuation lines."""
    out: list[FlatCell] = []
    pending: list[str] = []
    seen_table = False

    def flush() -> None:
        if pending:
            out.append(FlatCell(tuple(pending), block=not seen_table, prose=seen_table))
            pending.clear()

    def walk(e) -> None:
        nonlocal seen_table
        if not isinstance(e.tag, str) or is_hidden(e):
            return
        if e.tag == "table":
            flush()
            if not seen_table and not out:
                out.append(FlatCell((), block=True))  # the `|` that opens the block's content
            for tr in rows_of(e):
                first = True
                for cell in tr:
                    if isinstance(cell.tag, str) and cell.tag in ("td", "th") and not is_hidden(cell):
                        out.append(FlatCell(text_lines(cell), inner=True, row_start=first))
                        first = False
            seen_table = True
            return
        if not any(isinstance(d.tag, str) and d.tag == "table" for d in e.iterdescendants()):
            pending.extend(text_lines(e))
            return
        if e.text and e.text.strip():
            pending.append(" ".join(e.text.split()))
        for child in e:
            walk(child)
            if child.tail and child.tail.strip():
                pending.append(" ".join(child.tail.split()))

    for child in td:
        walk(child)
    if td.text and td.text.strip() and not out and not pending:
        pending.append(" ".join(td.text.split()))
    flush()
    return out


def report_cells(html: str) -> list[FlatCell]:
    """The cells of an R page's `table.report`, in document order."""
    table = report_table(_tree(html))
    if table is None:
        raise InputError("no R page here: flattening needs an R page's table.report")
    cells: list[FlatCell] = []
    for tr in rows_of(table):
        if is_hidden(tr):
            continue
        first = True
        for cell in tr:
            if not isinstance(cell.tag, str) or cell.tag not in ("td", "th") or is_hidden(cell):
                continue
            if cell.tag == "td" and is_text_block(cell):
                cells += block_cells(cell)
            else:
                title = has_class(cell, "tl")
                cells.append(FlatCell(text_lines(cell), block=title or has_block(cell), row_start=first,
                                      header=cell.tag == "th"))
            first = False
    return cells


# ------------------------------------------------------------------------------------ renderers


def _pipe_prefix(cells: list[FlatCell], inner_pipes: bool = True) -> list[str]:
    out: list[str] = []
    for c in cells:
        if c.prose:
            out += c.lines
        elif c.inner and not inner_pipes:
            out += c.lines  # mixed: the inner table lost its pipes and its empty cells
        elif c.block:
            out += ["|", *c.lines]
        elif c.lines:
            out += [f"|{c.lines[0]}", *c.lines[1:]]
        else:
            out.append("|")
    return out


def _rows(cells: list[FlatCell]) -> list[list[FlatCell]]:
    rows: list[list[FlatCell]] = []
    for c in cells:
        if c.row_start or not rows or c.prose or (c.block and not c.header and not c.row_start):
            rows.append([c])
        else:
            rows[-1].append(c)
    return rows


def _line_per_cell(cells: list[FlatCell], blank: bool) -> list[str]:
    out: list[str] = []
    for row in _rows(cells):
        if not row[0].inner and not row[0].prose and row[0].lines and len(row) > 1 \
                and not any(c.lines for c in row[1:]) and not row[0].header:
            out.append(row[0].lines[0] + " " + NBSP)  # `Insurance [Abstract]  `: the row on one line
            if blank:
                out.append("")
            continue
        for c in row:
            out += list(c.lines) if c.lines else [NBSP]
            if blank:
                out.append("")
    return out


def _pipe_suffix(cells: list[FlatCell]) -> list[str]:
    out: list[str] = []
    for row in _rows(cells):
        if row[0].prose or (row[0].block and not row[0].header and not row[0].row_start):
            out += [line for c in row for line in c.lines]
            continue
        fields = [" ".join(c.lines) for c in row if c.lines]
        if fields:
            out.append(" | ".join(fields) + " |")
    return out


def _whitespace_rows(cells: list[FlatCell]) -> list[str]:
    out: list[str] = []
    for row in _rows(cells):
        if row[0].header or row[0].block or row[0].prose:
            out += [line for c in row for line in c.lines]  # title, scale, spans, dates: a line each
            continue
        out.append(" ".join(" ".join(c.lines) if c.lines else NBSP for c in row))
    return out


def render(cells: list[FlatCell], variant: str) -> str:
    if variant == PIPE_PREFIX:
        lines = _pipe_prefix(cells)
    elif variant == MIXED:
        lines = _pipe_prefix(cells, inner_pipes=False)
    elif variant in (LINE_PER_CELL, BLANK_LINE):
        lines = _line_per_cell(cells, blank=variant == BLANK_LINE)
    elif variant == PIPE_SUFFIX:
        lines = _pipe_suffix(cells)
    elif variant == WHITESPACE_ROWS:
        lines = _whitespace_rows(cells)
    else:
        raise InputError(f"no flattening {variant!r}; one of: {', '.join(FLATTENINGS)}")
    return "\n".join(lines) + "\n"


def note_pages(html: str) -> list[str]:
    """An R page as it is; a filing document as `filing_pages` (one note page per data table)."""
    doc = _tree(html)
    return [html] if report_table(doc) is not None else filing_pages(doc)


def filing_pages(doc) -> list[str]:
    """Each data table of a parsed filing document (one `filing_tables` reads: a table with numbers, not a
    layout table around others) as the R page a note with that table would be: a `(Tables)`
    report whose one text block holds a lead-in sentence and the table. This is how a filing's
    tables reach the crawls, inside text blocks, and how the round trip covers them."""
    import lxml.html

    from refold.htmlread import filing_tables

    pages = []
    for table in doc.iter("table"):
        if table.find(".//table") is not None or not filing_tables(table):
            continue
        inner = lxml.html.tostring(table, encoding="unicode")
        pages.append('<html><body><table class="report"><tr><th class="tl"><div>Filing tables (Tables)</div></th>'
                     '<th class="th">3 Months Ended</th></tr><tr><th class="th"><div>Mar. 31, 2025</div></th></tr>'
                     '<tr class="re"><td class="pl"><a>Schedule</a></td><td class="text">'
                     f'<div>{LEAD_IN}</div><div>{inner}</div></td></tr></table></body></html>')
    return pages


def flatten(html: str, variant: str = PIPE_PREFIX) -> str:
    """An R page's HTML as a crawl of `variant` would have stored it."""
    return render(report_cells(html), variant)
