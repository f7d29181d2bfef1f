"""Terminal views of a page (rich) and of a trace (`explain`): imported only by the CLI."""

from __future__ import annotations

from rich import box
from rich.console import Console, Group
from rich.table import Table as RichTable
from rich.text import Text

from refold.kinds import VALUE_KINDS, classify
from refold.model import Page, Table, Trace


MARKS = {"ok": Text("✓", style="green"), "rounding": Text("≈", style="yellow"), "mismatch": Text("✗", style="bold red")}


def table_view(table: Table, index: int, marks: dict[int, str] | None = None) -> RichTable:
    """A rich table: numbers right-aligned, negatives red, totals bold, sections italic; with
    `marks`, a last column shows the status of the sum or roll-forward each row closes."""
    title = f"[{index}] {table.kind}"
    if table.block:
        title += f" · {table.block}"
    view = RichTable(title=title, caption=table.caption, box=box.SIMPLE_HEAVY, title_justify="left")
    view.add_column("", overflow="fold", max_width=60)
    for column in table.columns:
        view.add_column(column or "", justify="right", overflow="fold")
    if marks:
        view.add_column("check", justify="center")
    for r, row in enumerate(table.rows):
        style = "bold" if row.kind == "total" else ("italic cyan" if row.kind in ("section", "text-block") else "")
        cells = [Text(c, style="red" if c.startswith(("(", "$ (", "-")) and classify(c) in VALUE_KINDS else "")
                 for c in row.cells]
        if marks:
            cells.append(MARKS.get(marks.get(r, ""), Text("")))
        view.add_row(Text(row.label, style=style), *cells)
    return view


def page_view(page: Page, with_checks: bool = True):
    parts: list = [Text(page.title or "(no title)", style="bold")]  # texts and tables, in page order
    if page.units:
        parts.append(Text(page.units, style="dim"))
    if page.columns:
        parts.append(Text("columns: " + " | ".join(page.columns), style="dim"))
    marks = {}
    if with_checks:
        from refold.checks import row_marks

        marks = row_marks(page.checks())
    for i, table in enumerate(page.tables):
        for paragraph in table.prose:
            parts.append(Text(paragraph, style="dim italic"))
        parts.append(table_view(table, i, marks.get(i)))
    for paragraph in page.prose:
        parts.append(Text(paragraph, style="dim italic"))
    if page.definitions:
        parts.append(Text(f"{len(page.definitions)} definitions", style="dim"))
    for text in page.unplaced:
        parts.append(Text(f"unplaced: {text}", style="yellow"))
    for warning in page.warnings:
        parts.append(Text(f"warning: {warning}", style="yellow"))
    return Group(*parts)


def line_places(trace: Trace) -> dict[int, list[str]]:
    """For each source line, where its text went: title, header, table/row/column, prose…"""
    places: dict[int, list[str]] = {}

    def mark(span, where: str) -> None:
        if span is None:
            return
        for n in range(span.first, span.last + 1):
            places.setdefault(n, []).append(where)

    frame = trace.frame
    if frame is not None:
        mark(frame.title_span, "title")
        for cell in frame.header_cells:
            mark(cell.span, "page header")
        for d in frame.definitions:
            mark(d.span, "definition")
    for block in trace.blocks:
        for part in block.parts:
            if hasattr(part, "paragraphs"):
                mark(part.span, f"prose of {block.label[:30]!r}")
    for ti, table in enumerate(trace.result.tables):
        for ri, row in enumerate(table.rows):
            mark(row.label_span, f"table {ti} row {ri} label")
            for ci, span in enumerate(row.cell_spans):
                mark(span, f"table {ti} row {ri} col {ci} [{table.columns[ci] if ci < len(table.columns) else ''}]")
    return places


def explain_view(trace: Trace) -> RichTable:
    view = RichTable(box=box.SIMPLE, show_header=True)
    view.add_column("line", justify="right", style="dim")
    view.add_column("cell", justify="right", style="dim")
    view.add_column("source", overflow="fold", max_width=60)
    view.add_column("became", overflow="fold")
    cell_of: dict[int, int] = {}
    for i, cell in enumerate(trace.cells):
        for n in range(cell.span.first, cell.span.last + 1):
            cell_of.setdefault(n, i)
    places = line_places(trace)
    for n, line in enumerate(trace.text.splitlines(), start=1):
        where = ", ".join(dict.fromkeys(places.get(n, [])))
        if not where and line.strip() not in ("", "|"):
            where = "[yellow]not placed[/]"
        view.add_row(str(n), str(cell_of.get(n, "")), Text(line), where)
    return view


def console(no_color: bool = False) -> Console:
    """A terminal console; piped output gets plain text at a width that keeps labels whole."""
    import sys

    if sys.stdout.isatty():
        return Console(no_color=no_color, soft_wrap=False)
    return Console(no_color=True, width=200, soft_wrap=False, force_terminal=False)


STATUS_STYLES = {"ok": "green", "rounding": "yellow", "mismatch": "bold red"}


def checks_view(checks) -> RichTable:
    """One line per relation: kind, tables, rows, status, and the columns that were off."""
    view = RichTable(title=f"{len(checks)} relations", box=box.SIMPLE_HEAVY, title_justify="left")
    for name in ("kind", "table", "rows", "status", "detail"):
        view.add_column(name, overflow="fold", max_width=70 if name in ("rows", "detail") else None)
    for check in checks:
        d = check.to_dict()
        rows = relation_text(check)
        off = [c for c in check.cells if c.status != "ok"]
        detail = "; ".join(f"{c.row + ': ' if c.row else ''}{c.column}: expected {c.expected}, found {c.found}"
                           for c in off[:3])
        if len(off) > 3:
            detail += f"; +{len(off) - 3} more"
        if check.rate is not None:
            detail = f"rate {check.rate}" + (f"; {detail}" if detail else "")
        view.add_row(check.kind, str(d["table"]), rows, Text(check.status, style=STATUS_STYLES[check.status]),
                     detail)
    return view


def relation_text(check) -> str:
    """`a + b = total`, `begin → moves → end`, `a = b`, or the translated columns."""
    if check.kind == "sum":
        return " + ".join(check.rows[1:]) + " = " + check.rows[0]
    if check.kind == "cross-table":
        return " = ".join(check.rows)
    if check.kind == "translation":
        return f"{', '.join(check.columns)} ({len(check.cells)} cells in {len(check.rows)} rows)"
    return " → ".join(check.rows)


def facts_view(facts) -> RichTable:
    view = RichTable(title=f"{len(facts)} facts", box=box.SIMPLE_HEAVY, title_justify="left")
    names = ("table", "label", "section", "header", "period_end", "unit", "scale", "value", "display")
    for name in names:
        view.add_column(name, overflow="fold", justify="right" if name in ("value", "scale", "table") else "left",
                        max_width=40 if name in ("label", "section", "header") else None)
    for f in facts:
        view.add_row(*("" if getattr(f, n) is None else str(getattr(f, n)) for n in names))
    return view
