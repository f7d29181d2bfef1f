"""A page's tables in the formats people take them into: CSV, JSON, Markdown, HTML, XLSX, Parquet,
and pandas DataFrames.

Every writer reads the same `Page` (and its `Meaning` for typed values); none imports anything
heavy until it is called: pandas for DataFrames, openpyxl for XLSX, pyarrow for Parquet.

DataFrame values: numbers are `Decimal` objects (exact, as the filing shows them, scale not
applied, so a cell reads as on the page) unless `as_float=True`, which gives float64 columns
with NaN for empty and text cells; text cells stay strings. Decimal keeps totals exact; float is
for plotting and statistics.
"""

from __future__ import annotations

import csv
import html
import io
import re
from pathlib import Path

from refold.meaning import Meaning, understand
from refold.model import Page, Table

FORMATS = ("csv", "json", "md", "html", "xlsx", "parquet")
_NUMBER_KINDS = ("number", "percent", "nil")


def header_levels(table: Table) -> list[tuple[str, ...]]:
    """Per column its header levels, padded to one depth; one level when the table has no levels."""
    levels = list(table.column_levels) if len(table.column_levels) == len(table.columns) else []
    if not levels or not any(levels):
        return [(c,) for c in table.columns]
    depth = max(len(lv) for lv in levels)
    return [tuple(lv) + ("",) * (depth - len(lv)) for lv in levels]


def merged_header_rows(table: Table) -> list[list[tuple[str, int]]]:
    """Header rows as (text, span) runs: equal neighbours under the same parent merge."""
    levels = header_levels(table)
    depth = len(levels[0]) if levels else 0
    rows = []
    for d in range(depth):
        runs: list[list] = []
        for c, lv in enumerate(levels):
            key = lv[: d + 1]
            if runs and runs[-1][2] == key and lv[d]:
                runs[-1][1] += 1
            else:
                runs.append([lv[d], 1, key])
        rows.append([(text, span) for text, span, _ in runs])
    return rows


# ------------------------------------------------------------------------------------ text formats


def table_rows(table: Table) -> list[list[str]]:
    """The table as a grid of strings: a header line (the joined column headers), then rows."""
    return [["", *table.columns]] + [[row.label, *row.cells] for row in table.rows]


def table_to_csv(table: Table) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\n").writerows(table_rows(table))
    return out.getvalue()


def _md(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def table_to_markdown(table: Table, index: int = 0) -> str:
    lines = []
    title = table.caption or table.block
    lines.append(f"### Table {index}" + (f": {title}" if title else ""))
    lines.append("")
    lines.append("| " + " | ".join(_md(c) for c in ["", *table.columns]) + " |")
    lines.append("|---" + "|---:" * len(table.columns) + "|")
    for row in table.rows:
        label = f"**{_md(row.label)}**" if row.kind == "total" else _md(row.label)
        lines.append("| " + " | ".join([label, *(_md(c) for c in row.cells)]) + " |")
    return "\n".join(lines) + "\n"


def page_to_markdown(page: Page) -> str:
    head = f"# {page.title or page.source}\n\n" + (f"{page.units}\n\n" if page.units else "")
    return head + "\n".join(table_to_markdown(t, i) for i, t in enumerate(page.tables))


def table_to_html(table: Table, index: int = 0, cell_attrs=None) -> str:
    """An HTML table: header levels merged across spans, numbers right-aligned, totals bold.
    `cell_attrs(row, col)` may add attributes to a body cell (the viewer adds source lines)."""
    e = html.escape
    parts = [f'<table class="refold" data-table="{index}">']
    if table.caption or table.block:
        parts.append(f"<caption>{e(table.caption or table.block or '')}</caption>")
    parts.append("<thead>")
    for header_row in merged_header_rows(table):
        parts.append("<tr><th></th>" + "".join(
            f'<th colspan="{span}">{e(text)}</th>' if span > 1 else f"<th>{e(text)}</th>"
            for text, span in header_row) + "</tr>")
    parts.append("</thead><tbody>")
    for r, row in enumerate(table.rows):
        cls = f' class="{row.kind}"' if row.kind != "value" else ""
        extra = cell_attrs(r, -1) if cell_attrs else ""
        cells = [f'<th scope="row"{extra}>{e(row.label)}</th>']
        for c, value in enumerate(row.cells):
            extra = cell_attrs(r, c) if cell_attrs else ""
            cells.append(f'<td class="num"{extra}>{e(value)}</td>')
        parts.append(f"<tr{cls}>" + "".join(cells) + "</tr>")
    parts.append("</tbody></table>")
    return "".join(parts)


def page_to_html(page: Page) -> str:
    e = html.escape
    body = "\n".join(table_to_html(t, i) for i, t in enumerate(page.tables))
    return (f"<!doctype html><html><head><meta charset='utf-8'><title>{e(page.title)}</title>"
            "<style>td.num{text-align:right}tr.total{font-weight:bold}tr.section th{font-style:italic}"
            "table{border-collapse:collapse;margin:1em 0}td,th{padding:2px 8px}</style></head><body>"
            f"<h1>{e(page.title)}</h1><p>{e(page.units)}</p>{body}</body></html>")


# ------------------------------------------------------------------------------------ DataFrames


def table_to_dataframe(table: Table, meaning_table=None, as_float: bool = False):
    """A DataFrame: index = row labels, columns = a MultiIndex where headers have several levels."""
    import pandas as pd

    levels = header_levels(table)
    if levels and len(levels[0]) > 1:
        columns = pd.MultiIndex.from_tuples(levels)
    else:
        columns = pd.Index([lv[0] for lv in levels])
    data = []
    for r, row in enumerate(table.rows):
        values = meaning_table.values[r] if meaning_table is not None else ()
        line = []
        for c, display in enumerate(row.cells):
            value = values[c] if c < len(values) else None
            line.append(_cell_value(display, value, as_float))
        data.append(line)
    frame = pd.DataFrame(data, columns=columns, index=pd.Index([r.label for r in table.rows], name="label"))
    if as_float:
        frame = frame.apply(pd.to_numeric, errors="coerce").astype("float64")
    return frame


def _cell_value(display: str, value, as_float: bool):
    if not display:
        return None
    if value is None:
        from refold.values import read_value

        value = read_value(display)
    if value is not None and value.kind in _NUMBER_KINDS and value.number is not None:
        return float(value.number) if as_float else value.number
    return display


# ------------------------------------------------------------------------------------ XLSX

_SHEET_UNSAFE = re.compile(r"[\[\]:*?/\\]")


def sheet_name(index: int, table: Table, used: set[str]) -> str:
    base = _SHEET_UNSAFE.sub(" ", f"{index} {table.caption or table.block or table.kind}")[:31].strip()
    name, n = base, 1
    while name.lower() in used:
        n += 1
        name = f"{base[:27]} ({n})"
    used.add(name.lower())
    return name


def number_format(display: str, value) -> str:
    """The page's own number format: thousands separators, decimals as shown, negatives in
    parentheses when the page used them, percents as percents."""
    places = 0
    if value.number is not None:
        exponent = value.number.as_tuple().exponent
        places = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    decimals = "." + "0" * places if places else ""
    if value.kind == "percent":
        return f"0{decimals}%"
    currency = '"$"' if "$" in display else ""
    positive = f"{currency}#,##0{decimals}"
    negative = f"({currency}#,##0{decimals})" if "(" in display else f"-{currency}#,##0{decimals}"
    return f"{positive};{negative};\"—\"" if value.kind == "nil" or "—" in display else f"{positive};{negative}"


def page_to_xlsx(page: Page, path, meaning: Meaning | None = None) -> None:
    """One sheet per table: merged header levels, numbers as numbers in the page's format, totals bold."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    meaning = meaning or understand(page, with_checks=False)  # typed values are all a sheet needs
    book = Workbook()
    book.remove(book.active)
    used: set[str] = set()
    bold = Font(bold=True)
    for t, table in enumerate(page.tables):
        sheet = book.create_sheet(sheet_name(t, table, used))
        header = merged_header_rows(table)
        for h, runs in enumerate(header, start=1):
            column = 2
            for text, span in runs:
                cell = sheet.cell(row=h, column=column, value=text or None)
                cell.font = bold
                cell.alignment = Alignment(horizontal="center", wrap_text=True)
                if span > 1:
                    sheet.merge_cells(start_row=h, start_column=column, end_row=h, end_column=column + span - 1)
                column += span
        first = len(header) + 1
        for r, row in enumerate(table.rows):
            label = sheet.cell(row=first + r, column=1, value=row.label)
            if row.kind == "total":
                label.font = bold
            for c, display in enumerate(row.cells):
                if not display:
                    continue
                value = meaning.tables[t].values[r][c]
                cell = sheet.cell(row=first + r, column=c + 2)
                if value.kind in _NUMBER_KINDS and value.number is not None:
                    number = value.number / 100 if value.kind == "percent" else value.number
                    cell.value = number
                    cell.number_format = number_format(display, value)
                else:
                    cell.value = display
                if row.kind == "total":
                    cell.font = bold
        sheet.column_dimensions["A"].width = 60
    if not page.tables:
        book.create_sheet("no tables")
    book.save(path)


def read_xlsx_table(path, sheet_index: int, header_depth: int) -> list[list]:
    """The body of one sheet as written (labels and cell values), for round-trip checks."""
    from openpyxl import load_workbook

    sheet = load_workbook(path).worksheets[sheet_index]
    return [list(row) for row in sheet.iter_rows(min_row=header_depth + 1, values_only=True)]


# ------------------------------------------------------------------------------------ one entry point


def render(page: Page, fmt: str, long: bool = False) -> bytes:
    """`page` as one document in `fmt`. CSV: every table, a blank line between them, or with
    `long` the tidy form (one row per value, as `refold facts`)."""
    if fmt == "json":
        return page.to_json().encode("utf-8")
    if fmt == "md":
        return page_to_markdown(page).encode("utf-8")
    if fmt == "html":
        return page_to_html(page).encode("utf-8")
    if fmt == "csv" and long:
        from refold.facts import page_facts, write_csv

        out = io.StringIO()
        write_csv(page_facts(page), out)
        return out.getvalue().encode("utf-8")
    if fmt == "csv":
        return "\n".join(table_to_csv(t) for t in page.tables).encode("utf-8")
    if fmt == "xlsx":
        buffer = io.BytesIO()
        page_to_xlsx(page, buffer)
        return buffer.getvalue()
    if fmt == "parquet":
        from refold.facts import page_facts, write_parquet

        buffer = io.BytesIO()
        write_parquet(page_facts(page), buffer)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt!r}; one of {', '.join(FORMATS)}")


def export(page: Page, fmt: str, target: Path, long: bool = False) -> list[Path]:
    """Write `page` as `fmt` to `target` (a file, or for CSV of several tables a file stem);
    returns the files written."""
    target = Path(target)
    if fmt == "csv" and not long:
        stem = target.with_suffix("")
        written = []
        for i, table in enumerate(page.tables):
            path = stem.parent / f"{stem.name}-table{i}.csv"
            path.write_text(table_to_csv(table), encoding="utf-8")
            written.append(path)
        return written
    target.write_bytes(render(page, fmt, long))
    return [target]
