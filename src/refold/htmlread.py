"""HTML -> `Page`: the original R pages (`table.report`) and the tables of filing documents.

The HTML keeps what flattening loses, so no guessing is needed: rows are `<tr>`, cells `<td>`,
header spans `colspan`. This reader builds the same `Page` the text readers build, so checks,
facts and exports work alike; and it keeps what only the HTML has: each R-page row's XBRL
concept (`defref_us-gaap_Cash` -> `us-gaap:Cash`), and in inline-XBRL filings the concept of an
`ix:nonFraction` value.

lxml is imported here only (`pip install 'refold[html]'`); the text parse does not need it.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from functools import lru_cache

from refold.errors import InputError
from refold.frame import RE_SCALE_LINE, split_title_units
from refold.grid import MIN_LISTED_SHARE
from refold.header import RE_SCALE_NOTE
from refold.kinds import MIN_LISTED_ROWS, RE_DAY, VALUE_KINDS, Kind, classify, is_listing_number, numbers_like_items
from refold.model import BlockInfo, Page, Row, Table
from refold.textblock import marked_note_rows, text_facts_only

RE_DEFREF = re.compile(r"defref_([A-Za-z0-9-]+)_([A-Za-z0-9_]+)")
_SPACES = re.compile(r"\s+")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NUMERIC = VALUE_KINDS | {Kind.OPEN}
_PARTS_AFTER = frozenset({Kind.CLOSE, Kind.PCT_SIGN})


def looks_like_html(text: str) -> bool:
    head = text[:4096].lower()
    return "<table" in text.lower() and ("<html" in head or "<!doctype" in head or "<table" in head[:200]
                                         or "<?xml" in head or "<div" in head)


def cell_text(element) -> str:
    """A cell's text with runs of white space (and non-breaking spaces) folded."""
    return _SPACES.sub(" ", "".join(element.itertext()).replace("\u00a0", " ")).strip()


def has_class(element, name: str) -> bool:
    return name in (element.get("class") or "").split()


@lru_cache(maxsize=1)
def _utf8_parser():
    import lxml.html

    return lxml.html.HTMLParser(encoding="utf-8")


def _tree(text: str):
    try:
        import lxml.html
    except ImportError as e:  # pragma: no cover - depends on the install
        raise InputError("reading HTML needs lxml: pip install 'refold[html]'") from e
    text = _CONTROL.sub(" ", text)  # lxml refuses control characters in the text it is given back
    try:
        # bytes with the encoding said: lxml would otherwise guess latin-1 for a page without a
        # <meta charset>, and `—` would come out as `â\x80\x94`
        doc = lxml.html.document_fromstring(text.encode("utf-8"), parser=_utf8_parser())
    except Exception as e:  # lxml raises several types for unparsable input
        raise InputError(f"not readable as HTML: {e}") from e
    for element in doc.iter("br", "div", "p"):
        element.tail = " " + (element.tail or "")  # `Average<br>Price` reads as two words
    return doc


# ------------------------------------------------------------------------------------ R pages


def report_title(th) -> tuple[str, str, str]:
    """The `th.tl` cell: title with its unit suffix, then scale lines (`$ in Millions`)."""
    lines = [_SPACES.sub(" ", s.replace("\u00a0", " ")).strip() for s in th.itertext()]
    lines = [s for s in lines if s]
    title, units = split_title_units(lines[0]) if lines else ("", "")
    scales = [s for s in lines[1:] if RE_SCALE_LINE.match(s)]
    return title, " ".join([units, *scales]).strip(), " ".join(lines)


def header_columns(rows) -> list[tuple[int, int, tuple[str, ...]]]:
    """The value columns under the title: (first grid position, end, header text of each header
    row, outermost first). A leaf `th` is one column over its colspan; a leaf that is only a
    footnote mark (`<sup>[1]</sup>`) widens the column before it and joins its leaf text."""
    grid: list[list[str]] = []
    leaves: list[tuple[int, int, str]] = []
    for k, tr in enumerate(rows):
        line: list[str] = []
        for th in tr.findall("th"):
            if has_class(th, "tl"):
                continue
            text, span = cell_text(th), _span(th)
            if k == len(rows) - 1:
                leaves.append((len(line), len(line) + span, text))
            line.extend([text] * span)
        grid.append(line)
    columns: list[list] = []
    for first, end, text in leaves:
        if columns and text and classify(text) == Kind.FOOTNOTE:
            columns[-1][1] = end
            columns[-1][2] = columns[-1][2][:-1] + (f"{columns[-1][2][-1]} {text}".strip(),)
            continue
        levels = tuple(r[first] if first < len(r) else "" for r in grid)
        columns.append([first, end, levels])
    return [(a, b, levels) for a, b, levels in columns]


def row_values(tds, columns) -> tuple[str, ...]:
    """A body row's value per column, the cells placed by grid position (colspans counted); a
    footnote cell (`td.fn`) or a second cell in a column is a mark on the value."""
    values = [""] * len(columns)
    position = 0
    k = 0
    for td in tds:
        while k < len(columns) - 1 and position >= columns[k][1]:
            k += 1
        text = cell_text(td)
        if text and columns and columns[k][0] <= position < columns[k][1]:
            values[k] = f"{values[k]} {text}".strip() if values[k] else text
        elif text and columns:
            values[-1] = f"{values[-1]} {text}".strip()
        position += _span(td)
    return tuple(values)


def concept_of(td) -> str | None:
    for a in td.iter("a"):
        m = RE_DEFREF.search(a.get("onclick") or "")
        if m:
            return f"{m[1]}:{m[2]}"
    return None


BLOCK_TAGS = frozenset({"div", "p", "table", "ul", "ol", "li", "h1", "h2", "h3", "h4", "h5", "h6"})


def is_text_block(td) -> bool:
    """A `td.text` holding the filer's own HTML (paragraphs, tables): a note, policy or table text
    block, not a one-line text fact."""
    return has_class(td, "text") and any(
        isinstance(e.tag, str) and e.tag in BLOCK_TAGS for e in td.iterdescendants())


def block_parts(element):
    """A text block's content in order: a paragraph's text, or an inner `<table>` element."""
    if element.tag == "table":
        yield element
        return
    if is_hidden(element):
        return
    if not any(isinstance(d.tag, str) and d.tag in BLOCK_TAGS for d in element.iterdescendants()):
        text = cell_text(element)
        if text:
            yield text
        return
    if element.text and element.text.strip():
        yield _SPACES.sub(" ", element.text).strip()
    for child in element:
        if isinstance(child.tag, str):
            yield from block_parts(child)
        if child.tail and child.tail.strip():
            yield _SPACES.sub(" ", child.tail.replace("\u00a0", " ")).strip()


def is_hidden(element) -> bool:
    return "display:none" in (element.get("style") or "").replace(" ", "").lower()


def text_block(label: str, td, first_index: int) -> tuple[BlockInfo, list[Table]]:
    """A text block's schedules (its inner tables with numbers) and the prose around them; a
    table's caption is the last short title-like paragraph before it, as for text."""
    from refold.pipeline import pick_caption

    tables: list[Table] = []
    waiting: list[str] = []
    for part in block_parts(td):
        if isinstance(part, str):
            waiting.append(part)
            continue
        schedules = filing_tables(part)
        if not schedules:
            waiting.extend(p for p in (cell_text(part),) if p)
            continue
        caption, prose = pick_caption(waiting)
        tables.append(replace(schedules[0], block=label, caption=caption, prose=tuple(prose)))
        tables.extend(replace(t, block=label) for t in schedules[1:])
        waiting = []
    indices = tuple(range(first_index, first_index + len(tables)))
    return BlockInfo(label, tuple(waiting), indices), tables


def in_row_order(rows: list[Row], blocks: list[BlockInfo], facts: dict[int, BlockInfo]) -> list[BlockInfo]:
    """The text blocks with the text facts made blocks among them, in the order of their rows."""
    pending = iter(blocks)
    return [facts[k] if k in facts else next(pending) for k, r in enumerate(rows)
            if k in facts or r.kind == "text-block"]


def report_page(table, source: str) -> Page:
    trs = table.findall(".//tr")
    header_trs = [tr for tr in trs if tr.find("th") is not None and tr.find("td") is None]
    title = units = heading = ""
    tl = next((th for th in table.iter("th") if has_class(th, "tl")), None)
    if tl is not None:
        title, units, heading = report_title(tl)
    grid_columns = header_columns(header_trs)
    levels = [c[2] for c in grid_columns]
    columns = [" ".join(p for p in column if p) for column in levels]
    stub = _span(tl) if tl is not None else 1  # the title spans the label column and any mark column
    rows: list[Row] = []
    blocks: list[BlockInfo] = []
    schedules: list[Table] = []
    for tr in table.iterchildren("tr") if table.find("tr") is not None else trs:
        tds = tr.findall("td")
        if not tds or tr in header_trs:
            continue
        label_td = tds[0]
        if not has_class(label_td, "pl") and not has_class(tr, "rh"):
            continue  # footnote rows (td.fn) and spacer rows
        label = cell_text(label_td)
        block_td = next((td for td in tds[1:] if is_text_block(td)), None)
        if block_td is not None:
            block, block_tables = text_block(label, block_td, len(schedules))
            blocks.append(block)
            schedules += block_tables
            rows.append(Row(label, ("",) * len(columns), "text-block", concept=concept_of(label_td)))
            continue
        marks = " ".join(t for t in (cell_text(td) for td in tds[1:stub]) if t)
        label = f"{label} {marks}" if marks else label  # a row's footnote mark (`th` under a wide title)
        if grid_columns:
            values = row_values(tds[stub:], grid_columns)
        else:
            values = tuple(cell_text(td) for td in tds[stub:])
        cls = (tr.get("class") or "").split()
        kind = "section" if not any(values) else "total" if {"rou", "reu"} & set(cls) else "value"
        rows.append(Row(label, values, kind, concept=concept_of(label_td)))
    width = max([len(columns)] + [len(r.cells) for r in rows]) if rows else len(columns)
    columns = columns + [""] * (width - len(columns))
    levels = levels + [()] * (width - len(levels))
    report: Table | None = Table("report", tuple(columns), tuple(rows), layout="html",
                                 column_levels=tuple(levels))
    abstract: tuple[str, ...] = ()
    if text_facts_only(rows):
        # a policies page's text facts (no block element in their cell): blocks of prose too
        facts = {k: BlockInfo(r.label, tuple(c for c in r.cells if c), ()) for k, r in enumerate(rows) if any(r.cells)}
        blocks = in_row_order(rows, blocks, facts)
        rows = [r if k not in facts else replace(r, cells=("",) * len(r.cells), kind="text-block")
                for k, r in enumerate(rows)]
    if not any(any(r.cells) for r in rows):
        # notes, policies and (Tables) pages: the report only frames its text blocks
        abstract, report = tuple(r.label for r in rows if r.kind != "text-block"), None
    tables = ((report,) if report and rows else ()) + tuple(schedules)
    if report is not None and blocks:
        shift = 1  # block indices count the report table first
        blocks = [replace(b, tables=tuple(i + shift for i in b.tables)) for b in blocks]
    return Page(source=source, variant="html-report", title=title, units=units, columns=tuple(columns),
                tables=tables, heading=heading, text_blocks=tuple(blocks), abstract_rows=abstract)


# ------------------------------------------------------------------------------------ filings


def _span(td) -> int:
    value = td.get("colspan") or "1"
    return int(value) if value.isdigit() else 1


def _rowspan(td) -> int:
    value = td.get("rowspan") or "1"
    return min(int(value), MAX_ROWSPAN) if value.isdigit() and int(value) > 0 else 1


MAX_ROWSPAN = 1000  # a filer's rowspan past the table's rows is cut here (the map of held columns stays small)


def positioned_cells(tr, held: dict[int, int] | None = None) -> list[tuple[int, int, str, object]]:
    """(first grid column, span, text, element) of each non-empty cell of a row. `held` maps the
    grid columns a cell of a row above still covers (its `rowspan`) to the rows it covers yet:
    a cell of this row starts past them (`Common Stock` over `Shares` `Amount`, the names beside
    it spanning both header rows). Updated for the next row."""
    held = {} if held is None else held
    out, position = [], 0
    covered = {c for c, rows in held.items() if rows > 0}
    for td in tr:
        if not isinstance(td.tag, str) or td.tag not in ("td", "th"):
            continue
        while position in covered:
            position += 1
        span = _span(td)
        text = cell_text(td)
        if text:
            out.append((position, span, text, td))
        if (down := _rowspan(td)) > 1:
            for c in range(position, position + span):
                held[c] = down  # counted down below, this row included
        position += span
    for c in list(held):
        held[c] -= 1
        if held[c] <= 0:
            del held[c]
    return out


def join_parts(cells: list) -> list:
    """`$` + `1,234`, `(1,234` + `)`, `12` + `%`: the parts a filer put in cells of their own."""
    out: list[list] = []
    for position, span, text, td in cells:
        kind = classify(text)
        if out and kind in _PARTS_AFTER and classify(out[-1][2]) in _NUMERIC | {Kind.NUMBER}:
            out[-1][2] += text
            continue
        if out and classify(out[-1][2]) is Kind.SYMBOL and kind in _NUMERIC:
            out[-1] = [position, span, f"{out[-1][2]} {text}", td, out[-1][4]]  # it starts at the `$`
            continue
        first = position
        if kind in _NUMERIC and span > 1:
            position, span = position + span - 1, 1  # a value spanning cells sits at their right end
        out.append([position, span, text, td, first])
    return out


def settle_wide_values(rows_cells, is_value) -> None:
    """A value whose cell spans several columns' cells (`7%` over a `Change` column and the
    blank one after it) belongs to the one column inside its span that other rows' values
    use, when no narrower value ends where it ends. Moves such values there, in place. That
    column may end at next-door positions no row fills two of (`$ 48.70` one cell left of `4.3`
    under one `2025`), as `value_columns` groups them; the value goes to the rightmost."""
    ends = [(c[0], c[4]) for r, flags in zip(rows_cells, is_value) for c, v in zip(r, flags) if v]
    filled = [{c[0] for c, v in zip(r, flags) if v} for r, flags in zip(rows_cells, is_value)]
    for r, flags in zip(rows_cells, is_value):
        for c, v in zip(r, flags):
            end, first = c[0], c[4]
            if not v or first == end or any(e == end and f > first for e, f in ends):
                continue
            inside = sorted({e for e, f in ends if first <= e < end and f >= first})
            if inside and inside[-1] - inside[0] == len(inside) - 1 and all(len(row & set(inside)) < 2 for row in filled):
                c[0] = inside[-1]


def nonfraction_concept(td) -> str | None:
    for element in td.iter():
        if isinstance(element.tag, str) and element.tag.lower().endswith("nonfraction"):
            return element.get("name")
    return None


def filing_tables(table) -> list[Table]:
    """One `<table>` of a filing as schedules: one, or one more after each header block that
    repeats under values (`2025` `2024` `Basis Pt Chg` over a second set of rows), as the text
    readers split them. Empty where the table holds no numbers."""
    held: dict[int, int] = {}  # grid columns covered by a cell of a row above (its rowspan)
    rows_cells = [join_parts(positioned_cells(tr, held)) for tr in table.iter("tr")]
    rows_cells = [r for r in rows_cells if r]
    is_value = [[classify(c[2]) in _NUMERIC for c in r] for r in rows_cells]
    for r, flags in zip(rows_cells, is_value):
        unmark_names_notes(r, flags)
    settle_wide_values(rows_cells, is_value)
    if rows_cells and (listing := listing_of(rows_cells)) is not None:
        return [listing]
    starts = [0, *header_blocks_after_values(rows_cells, is_value), len(rows_cells)]
    parts = (schedule_of(rows_cells[a:b], is_value[a:b]) for a, b in zip(starts, starts[1:]))
    return [t for t in parts if t is not None]


RE_NOTE_MARK_CELL = re.compile(r"^\d(?:,\d)*$")  # `4`, `1,2`: a footnote's number in a cell of its own


def unmark_names_notes(row, flags: list[bool]) -> None:
    """A header row of a date and names whose one number is a footnote's (Coca-Cola's
    `December 31, 2024` `Level 1` … `Netting Adjustment` `4` `Fair Value Measurements`): the
    mark is no value, so the row stays header. Only where every other cell is a text, a date
    among them (a table of contents' page number follows a title too), and the mark follows a text."""
    marks = [k for k, v in enumerate(flags) if v]
    if len(marks) != 1 or marks[0] == 0 or not RE_NOTE_MARK_CELL.match(row[marks[0]][2]):
        return
    kinds = [classify(c[2]) for k, c in enumerate(row) if k != marks[0]]
    if all(k in (Kind.TEXT, Kind.DATE) for k in kinds) and Kind.DATE in kinds and kinds.count(Kind.TEXT) >= 2 \
            and classify(row[marks[0] - 1][2]) is Kind.TEXT:
        flags[marks[0]] = False


def is_header_cell(text: str) -> bool:
    """A cell only a header holds: a period phrase, a year, a unit note, a date with its day."""
    kind = classify(text)
    return kind in (Kind.PERIOD, Kind.YEAR, Kind.UNIT) or (kind is Kind.DATE and bool(RE_DAY.search(text)))


def is_heading_row(row, lead: int) -> bool:
    """One cell from the label column across the table, no period or unit: a section's heading
    written full width (P&G's `DERIVATIVES IN FAIR VALUE HEDGING RELATIONSHIPS` over its rows)."""
    return len(row) == 1 and row[0][0] == lead and row[0][1] > 1 and not is_header_cell(row[0][2]) \
        and not RE_SCALE_NOTE.match(row[0][2])


def header_blocks_after_values(rows_cells, is_value) -> list[int]:
    """Rows where a new header block starts: after rows with values, a row without values
    holding a header cell over the value columns (not in the label's place: `Three Months
    Ended June 30` there heads a section of rows), back over the value-free rows of header
    cells just above it."""
    value_starts = [c[4] for r, flags in zip(rows_cells, is_value) for c, v in zip(r, flags) if v]
    if not value_starts:
        return []
    label_end = min(value_starts)  # where the value columns begin
    starts: list[int] = []
    seen_value = False
    first_values = next(i for i, flags in enumerate(is_value) if any(flags))
    opening = [names for r in rows_cells[:first_values] if len(names := column_names(r, label_end)) >= 2]
    for i, (row, flags) in enumerate(zip(rows_cells, is_value)):
        if any(flags):
            seen_value = True
        elif seen_value and (any(c[0] >= label_end and is_header_cell(c[2]) for c in row) or names_under_period(row, label_end)
                             or column_names(row, label_end) in opening):
            k = i
            while k - 1 > (starts[-1] if starts else 0) and not any(is_value[k - 1]) and all(
                    c[0] >= label_end for c in rows_cells[k - 1]):
                k -= 1
            starts.append(k)
            seen_value = False
    return starts


def column_names(row, label_end: int) -> list[str]:
    """The texts a row holds over the value columns (a header row's names; the table's opening
    names written again after values head its next block, as the text readers split them)."""
    return [c[2] for c in row if c[0] >= label_end and c[2]]


def names_under_period(row, label_end: int) -> bool:
    """`Nine Months Ended March 31, 2025` in the label's place, then column names over the value
    columns (`Net Sales Growth`, `Foreign Exchange Impact`): the header of the next block."""
    first, *rest = row
    return (first[0] < label_end and classify(first[2]) is Kind.PERIOD
            and sum(1 for c in rest if c[0] >= label_end) >= 2)


LABEL_NUMBER_ROWS = 2  # rows that may fill an unnamed column left of the named ones (`labels_numbers`)


def schedule_of(rows_cells, is_value) -> Table | None:
    """Rows of positioned cells as a schedule: value columns are the grid positions that hold
    numbers; header rows are those above the first row with a number."""
    first_body = next((i for i, flags in enumerate(is_value) if any(flags[1:]) or (flags and flags[0] and len(flags) > 1)), None)
    if first_body is None:
        return None
    value_rows = [{c[0] for c, v in zip(r, flags) if v} for r, flags in zip(rows_cells[first_body:], is_value[first_body:])]
    groups = value_columns(value_rows)
    if not groups:
        return None
    texts = text_columns(rows_cells[first_body:], is_value[first_body:], groups)
    groups = sorted(groups + [[p] for p in texts])
    groups = sorted(groups + texts_under_own_names(rows_cells[first_body - 1] if first_body else [],
                                                   rows_cells[first_body:], is_value[first_body:], groups))
    positions = [g[-1] for g in groups]
    column_of = {p: k for k, g in enumerate(groups) for p in g}
    label_place = min(c[0] for r in rows_cells for c in r)
    while first_body > 0 and (all(c[0] + c[1] <= positions[0] and not RE_SCALE_NOTE.match(c[2])
                                  for c in rows_cells[first_body - 1])
                              or is_heading_row(rows_cells[first_body - 1], label_place)):
        first_body -= 1  # a label alone above the first values (`Americas:`) is a section row, a scale note is not
    header_rows = rows_cells[:first_body]
    # a scale note over the columns (`(In millions)`) is the table's unit, as the text readers take it
    notes = [c[2] for r in header_rows for c in r if RE_SCALE_NOTE.match(c[2])]
    levels = header_levels(header_rows, groups)
    in_labels = labels_numbers(levels, groups, value_rows)
    if in_labels:
        groups, levels = groups[in_labels:], levels[in_labels:]
        positions = [g[-1] for g in groups]
        column_of = {p: k for k, g in enumerate(groups) for p in g}
    columns = [" ".join(part for part in column if part) for column in levels]
    rows = []
    for r, flags in zip(rows_cells[first_body:], is_value[first_body:]):
        # a mark right of the label whose span reaches the first value column (`*` over two
        # grid places) is that column's cell; the row's first cell is its label however wide
        in_label = [(not v or in_labels > 0) and (c[0] + c[1] <= positions[0] or (c is r[0] and c[0] < positions[0]))
                    for c, v in zip(r, flags)]
        label_parts = [c[2] for c, lab in zip(r, in_label) if lab]
        cells = [""] * len(positions)
        concept = None
        for c, v, lab in zip(r, flags, in_label):
            if lab:
                continue
            if v or c[0] in column_of:
                k = column_of.get(c[0], _nearest(positions, c[0]))
                cells[k] = (cells[k] + " " + c[2]).strip() if cells[k] else c[2]
                concept = concept or nonfraction_concept(c[3])
            else:
                k = _nearest(positions, max(c[0], positions[0]))
                cells[k] = (cells[k] + " " + c[2]).strip() if cells[k] else c[2]
        label = " ".join(label_parts)
        kind = "section" if not any(cells) else "total" if label.lower().startswith("total") else "value"
        rows.append(Row(label, tuple(cells), kind, concept=concept))
    if not any(any(r.cells) for r in rows):
        return None
    rows, footnotes = marked_note_rows(rows, columns)  # as the text readers read them
    return Table("schedule", tuple(columns), tuple(rows), header_rows=tuple(tuple(c[2] for c in r) for r in header_rows),
                 layout="html", column_levels=tuple(levels), units=" ".join(dict.fromkeys(notes)) or None,
                 footnotes=tuple(footnotes))


def labels_numbers(levels: list[tuple[str, ...]], groups: list[list[int]], value_rows: list[set[int]]) -> int:
    """How many leading columns are numbers written inside the labels: columns no header names,
    left of a named one, that at most `LABEL_NUMBER_ROWS` rows fill (P&G's `Common stock – shares
    issued – March 2025 | 4,009.2`, the share count between the label and the balance's columns)."""
    lead = 0
    while lead < len(groups) - 1 and not any(levels[lead]) and any(any(level) for level in levels[lead + 1:]) \
            and sum(1 for r in value_rows if r & set(groups[lead])) <= LABEL_NUMBER_ROWS:
        lead += 1
    return lead


def header_levels(header_rows, groups: list[list[int]]) -> list[tuple[str, ...]]:
    """Per column (its grid positions), the text of each header row over it, scale notes aside."""
    return [tuple(" ".join(c[2] for c in r if any(c[0] <= p < c[0] + c[1] for p in g) and c[0] <= g[-1]
                           and not RE_SCALE_NOTE.match(c[2]))
                  for r in header_rows) for g in groups]


def listing_of(rows_cells) -> Table | None:
    """An exhibit index: rows that open with an item's number (`31.1`, `101.INS`) in the table's
    first grid column, then texts. The number is the row's label and every other grid position
    holding a cell is a column, however few rows fill it (`Form`, `File No.`); the rows above
    the first numbered one are the header. None for any other table."""
    lead = min(c[4] for r in rows_cells for c in r)
    numbered = [i for i, r in enumerate(rows_cells)
                if len(r) > 1 and r[0][4] == lead and is_listing_number(r[0][2])]
    if len(numbered) < MIN_LISTED_ROWS or len(numbered) < MIN_LISTED_SHARE * (len(rows_cells) - numbered[0]):
        return None
    if not numbers_like_items([rows_cells[i][0][2] for i in numbered]):
        return None
    # as `grid.describes_items`: one place holds a text in nearly every numbered row, and texts
    # outnumber amounts
    after = [(c[4], classify(c[2])) for i in numbered for c in rows_cells[i][1:]]
    places = Counter(p for p, k in after if k not in _NUMERIC)
    if not places or places.most_common(1)[0][1] < MIN_LISTED_SHARE * len(numbered):
        return None
    if sum(1 for _, k in after if k not in _NUMERIC) <= sum(1 for _, k in after if k in _NUMERIC and k is not Kind.NIL):
        return None  # numbers, not items described: an ordinary schedule
    header_rows, body = rows_cells[: numbered[0]], rows_cells[numbered[0]:]
    labels = [r[0][2] if r[0][4] == lead else "" for r in body]
    rest = [r[1:] if r[0][4] == lead else r for r in body]
    # each cell where it starts, each start a column of its own: a crawl keeps every cell, so
    # the text readers see the same columns (`Provided Herewith`'s `X` and `Form`'s `8-K` are
    # never in one row, yet two columns)
    starts = sorted({c[4] for r in rest for c in r})
    groups = [[p] for p in starts]
    column_of = {p: k for k, p in enumerate(starts)}
    rows = []
    for label, r in zip(labels, rest):
        cells = [""] * len(groups)
        for c in r:
            k = column_of[c[4]]
            cells[k] = f"{cells[k]} {c[2]}" if cells[k] else c[2]
        rows.append(Row(label, tuple(cells), "value" if any(cells) else "section"))
    levels = header_levels(header_rows, groups)
    return Table("schedule", tuple(" ".join(p for p in column if p) for column in levels), tuple(rows),
                 header_rows=tuple(tuple(c[2] for c in r) for r in header_rows), layout="html",
                 column_levels=tuple(levels))


def text_columns(body, is_value, groups: list[list[int]]) -> list[int]:
    """Grid positions right of the first value column where texts stand in half the rows with
    values or more: a column of texts (`Issuance Date`, `Maturity`) among the value columns."""
    taken = {p for g in groups for p in g}
    rows = [(r, flags) for r, flags in zip(body, is_value) if any(flags)]
    counts = Counter(c[0] for r, flags in rows for c, v in zip(r, flags)
                     if not v and c[0] > groups[0][-1] and c[0] not in taken)
    return sorted(p for p, n in counts.items() if n >= max(2, len(rows) / 2))


def texts_under_own_names(names_row, body, is_value, groups: list[list[int]]) -> list[list[int]]:
    """Texts standing under a name of the header's last row that no value column falls under:
    that name's column (Tesla's `Not meaningful` under the first `%`, the only row's change).
    One column per such name, at the places its texts take."""
    taken = {p for g in groups for p in g}
    out = []
    for name in names_row:
        span = range(name[0], name[0] + name[1])
        if not name[2] or name[0] <= groups[0][-1] or any(p in taken for p in span):
            continue
        places = sorted({c[0] for r, flags in zip(body, is_value) for c, v in zip(r, flags)
                         if not v and c[0] in span and c[0] + c[1] <= span.stop})
        if places:
            out.append(places)
    return out


def value_columns(value_rows: list[set[int]]) -> list[list[int]]:
    """The grid positions holding numbers, grouped into columns: next-door positions that no
    row fills both of are one column (a share count's cell spans the `)` cell beside the dollar
    column's amounts, so its right end is one position further)."""
    positions = sorted(set().union(*value_rows)) if value_rows else []
    groups: list[list[int]] = []
    for p in positions:
        if groups and p - groups[-1][-1] == 1 and not any(p in r and r & set(groups[-1]) for r in value_rows):
            groups[-1].append(p)
        else:
            groups.append([p])
    return groups


def _nearest(positions: list[int], p: int) -> int:
    return min(range(len(positions)), key=lambda k: (abs(positions[k] - p), -positions[k]))


def filing_page(doc, source: str) -> Page:
    tables = []
    for table in doc.iter("table"):
        if table.find(".//table") is not None:
            continue  # a layout table around other tables
        tables.extend(filing_tables(table))
    title = cell_text(doc.find(".//title")) if doc.find(".//title") is not None else ""
    return Page(source=source, variant="html-filing", title=title, units="", columns=(), tables=tuple(tables))


def read_html(text: str, source: str = "<html>") -> Page:
    """An R page (`table.report`) or a filing document (every data table a schedule)."""
    doc = _tree(text)
    table = report_table(doc)
    return report_page(table, source) if table is not None else filing_page(doc, source)


def report_table(doc):
    """The R page's `table.report`, or None (a filing document)."""
    return next((t for t in doc.iter("table") if has_class(t, "report")), None)
