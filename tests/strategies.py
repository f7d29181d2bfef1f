"""Hypothesis strategies: random financial tables, flattened the way the sec.gov crawl does it.

A generated table is an HTML-like grid of `<td>`s: a label cell, then per value column a spacer
cell, a `$` cell, the amount cell and a `)`/`%` cell (the filer's layout the seed shows). The
flattener writes every `<td>` as a `|` line (empty ones as a lone `|`), wraps long labels and
prose onto unpiped lines, puts a negative's `)` and a percent's `%` in the next cell, and can
drop empty cells the way some crawls do. `expected` is what a reader sees: one column per value
column, values with their split parts joined.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from hypothesis import strategies as st

WORDS = ["cash", "deposits", "held", "at", "financial", "institutions", "accounts", "receivable",
         "allowance", "for", "credit", "loss", "provisions", "other", "assets", "liabilities",
         "deferred", "revenue", "leases", "operating", "goodwill", "inventories", "equipment",
         "taxes", "accrued", "expenses", "payable", "notes", "investments", "in", "the", "and"]
CAPITALS = ["Cash", "Deferred", "Accounts", "Allowance", "Other", "Provision", "Operating",
            "Accrued", "Inventories", "Prepaid", "Goodwill", "Investments", "Balance", "Leases"]
YEARS = ["2024", "2023", "2022", "2021"]


@dataclass
class GenRow:
    label: str
    values: list[str]  # display values ("" for empty); a section row has all empty
    dollar: bool = False  # `$` cells on this row
    merged: bool = False  # in HTML, the row's trailing blank cells are one cell (`colspan`)


@dataclass
class GenTable:
    columns_top: str  # e.g. "December 31," spanning all value columns
    years: list[str]
    unit: str | None
    rows: list[GenRow]
    prose_before: list[str] = field(default_factory=list)
    hidden_duplicate: bool = False

    def expected_columns(self) -> list[str]:
        return [" ".join(x for x in (self.columns_top, y, self.unit) if x) for y in self.years]

    def expected_rows(self) -> list[list[str]]:
        out = []
        for row in self.rows:
            cells = [f"$ {v}" if row.dollar and v and v not in ("—",) else v for v in row.values]
            out.append([row.label, *cells])
        return out


@st.composite
def labels(draw, section: bool = False) -> str:
    first = draw(st.sampled_from(CAPITALS))
    rest = draw(st.lists(st.sampled_from(WORDS), min_size=0, max_size=9))
    label = " ".join([first, *rest])
    return label + ":" if section else label


@st.composite
def amounts(draw) -> str:
    kind = draw(st.sampled_from(["positive", "negative", "nil", "percent", "positive", "negative"]))
    n = draw(st.integers(min_value=0, max_value=9_999_999))
    text = f"{n:,}"
    if kind == "negative":
        return f"({text})"
    if kind == "nil":
        return "—"
    if kind == "percent":
        return f"{draw(st.integers(0, 100))}%"
    return text


@st.composite
def tables(draw, sparse: bool = False) -> GenTable:
    """A schedule; `sparse`: some rows leave their last values blank, merged into one cell."""
    n = draw(st.integers(min_value=1, max_value=4))
    years = YEARS[:n]
    unit = draw(st.sampled_from([None, "RMB", "US$"]))
    rows: list[GenRow] = []
    for i in range(draw(st.integers(min_value=2, max_value=9))):
        if i and draw(st.integers(0, 5)) == 0:
            rows.append(GenRow(draw(labels(section=True)), [""] * n, merged=draw(st.booleans())))
            continue
        values = [draw(amounts()) for _ in range(n)]
        merged = sparse and n > 1 and i and draw(st.integers(0, 3)) == 0
        if merged:
            blank = draw(st.integers(1, n - 1))
            values[n - blank :] = [""] * blank
        dollar = draw(st.booleans()) and all("%" not in v for v in values)
        rows.append(GenRow(draw(labels()), values, dollar, merged=bool(merged)))
    if all(not any(r.values) for r in rows):
        rows.append(GenRow(draw(labels()), [draw(amounts()) for _ in range(n)]))
    prose = draw(st.lists(sentences(), min_size=0, max_size=2))
    top = draw(st.sampled_from(["December 31,", "Year ended December 31,", ""]))
    return GenTable(top, years, unit, rows, prose, hidden_duplicate=draw(st.booleans()))


@st.composite
def sentences(draw) -> str:
    words = draw(st.lists(st.sampled_from(WORDS), min_size=12, max_size=24))
    end = draw(st.sampled_from([".", ":"]))
    return "The " + " ".join(words) + end


# --------------------------------------------------------------------------- flattening


def wrap(text: str, width: int) -> list[str]:
    """Break text into lines of about `width`, only before a lower-case word (as filers' HTML does)."""
    words = text.split(" ")
    lines = [words[0]]
    for word in words[1:]:
        if len(lines[-1]) + 1 + len(word) > width and word[:1].islower():
            lines.append(word)
        else:
            lines[-1] += " " + word
    return lines


def td(text: str, wrap_width: int = 0) -> list[str]:
    if not text:
        return ["|"]
    lines = wrap(text, wrap_width) if wrap_width else [text]
    return ["|" + lines[0], *lines[1:]]


def split_value(value: str) -> tuple[str, str]:
    """The amount cell and the cell after it, as the filer's HTML splits them."""
    if value.startswith("(") and value.endswith(")"):
        return value[:-1], ")"
    if value.endswith("%"):
        return value[:-1], "%"
    return value, ""


def flatten_table(table: GenTable, wrap_width: int, drop_empty: bool) -> list[str]:
    n = len(table.years)
    lines: list[str] = []

    def emit(cells: list[str], wrap_first: bool = False) -> None:
        for i, cell in enumerate(cells):
            if drop_empty and not cell:
                continue
            lines.extend(td(cell, wrap_width if (wrap_first and i == 0) else 0))

    header_rows = []
    if table.columns_top:
        header_rows.append(["", "", table.columns_top])
    header_rows.append(["", *[c for y in table.years for c in ("", y, "")]])
    if table.unit:
        header_rows.append(["", *[c for _ in table.years for c in ("", table.unit, "")]])
    if table.hidden_duplicate:
        header_rows.insert(0, header_rows[-1])
    for row in header_rows:
        emit(row)
    for row in table.rows:
        cells = [row.label]
        for value in row.values:
            amount, after = split_value(value)
            dollar = "$" if row.dollar and value and value != "—" else ""
            cells += ["", dollar, amount, after]
        assert len(cells) == 1 + 4 * n
        emit(cells, wrap_first=True)
    return lines


@dataclass
class GenPage:
    block: str
    tables: list[GenTable]
    prose_after: list[str]

    def text(self, wrap_width: int, drop_empty: bool) -> str:
        lines = ["|", "NOTES TO THE TABLES (Tables)", "|12 Months Ended", "Dec. 31, 2023",
                 "|Accounting Policies [Abstract]", "|", f"|{self.block}", "|"]
        for i, table in enumerate(self.tables):
            if i and not drop_empty:
                lines.append("|")  # the lone cell that carries the prose between tables
            for paragraph in table.prose_before:
                lines.extend(wrap(paragraph, 50))
            if i and not table.prose_before:
                lines.extend(wrap("The following table shows the movement in the balance:", 50))
            lines.extend(flatten_table(table, wrap_width, drop_empty))
        if self.prose_after:
            lines.append("|")
            for paragraph in self.prose_after:
                lines.extend(wrap(paragraph, 50))
        return "\n".join(lines)


@st.composite
def pages(draw, sparse: bool = False) -> GenPage:
    block = "Schedule of " + draw(labels())
    return GenPage(block, draw(st.lists(tables(sparse), min_size=1, max_size=3)),
                   draw(st.lists(sentences(), max_size=2)))


# --------------------------------------------------------------------------- as HTML


def _td(text: str, cls: str = "") -> str:
    from html import escape

    return f'<td class="{cls}">{escape(text)}</td>' if cls else f"<td>{escape(text)}</td>"


def table_html(table: GenTable) -> str:
    """The filer's inner `<table>`: the cells `flatten_table` writes, as HTML (header rows as
    `<td>`s too, as filers write them)."""
    rows = []
    if table.columns_top:
        rows.append([_td(""), f'<td colspan="{4 * len(table.years)}">{table.columns_top}</td>'])
    rows.append([_td(""), *[c for y in table.years for c in (_td(""), f'<td colspan="3">{y}</td>')]])
    if table.unit:
        rows.append([_td(""), *[c for _ in table.years for c in (_td(""), f'<td colspan="3">{table.unit}</td>')]])
    for row in table.rows:
        cells = [_td(row.label)]
        values = list(row.values)
        blank = 0
        while row.merged and values and not values[-1]:
            values.pop()
            blank += 1
        for value in values:
            amount, after = split_value(value)
            cells += [_td(""), _td("$" if row.dollar and value and value != "—" else ""), _td(amount), _td(after)]
        if blank:
            cells.append(f'<td colspan="{4 * blank}"></td>')
        rows.append(cells)
    return "<table>" + "".join("<tr>" + "".join(r) + "</tr>" for r in rows) + "</table>"


def page_html(page: GenPage) -> str:
    """The generated page as the SEC renders an R page: a `table.report` whose text-block cell
    holds the prose and the inner tables."""
    from html import escape

    content = ""
    for table in page.tables:
        # filers introduce a table with a sentence; without one, a line-per-cell crawl cannot
        # tell the block's first header cell from a report row
        lead = table.prose_before or ["The following table shows the movement in the balance:"]
        content += "".join(f"<div><span>{escape(p)}</span></div>" for p in lead)
        content += f"<div>{table_html(table)}</div>"
    content += "".join(f"<div><span>{escape(p)}</span></div>" for p in page.prose_after)
    return (
        '<html><body><table class="report">'
        '<tr><th class="tl" colspan="1" rowspan="2"><div><strong>NOTES TO THE TABLES (Tables)<br></strong></div></th>'
        '<th class="th" colspan="1">12 Months Ended</th></tr>'
        '<tr><th class="th"><div>Dec. 31, 2023</div></th></tr>'
        '<tr class="re"><td class="pl"><a>Accounting Policies [Abstract]</a></td><td class="text">&#160;</td></tr>'
        f'<tr class="ro"><td class="pl"><a>{escape(page.block)}</a></td><td class="text">{content}</td></tr>'
        "</table></body></html>"
    )
