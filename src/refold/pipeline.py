"""The stages in order: text -> cells -> frame -> text blocks -> grids -> `Page`.

`trace()` keeps every intermediate; `parse()` is `trace().page`.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refold.cells import blank_invisible
from refold.errors import InputError
from refold.frame import DEFINITION_MARKERS, Frame, cells_to_frame
from refold.grid import (
    ROW_VALUE_KINDS, Grid, date_heads_a_section, listing_grid, nonempty_after, report_grid, row_follows, span_of, tokens_to_grid,
)
from refold.header import header_levels
from refold.inline import InlineTable, inline_tables
from refold.kinds import MAX_STACKED_LINE_WORDS, RE_DAY, RE_YEAR_IN, RE_NOTE_NUMBER, RE_NOTE_OPENING, RE_RULE_LINE, VALUE_KINDS, Kind
from refold.model import BlockInfo, Cell, Page, Row, Span, Table, Trace
from refold.placement import refine_placements, spread_over_periods, spread_over_years
from refold.rows import RowsPage, looks_like_rows
from refold.textblock import (Prose, TextBlock, body_to_blocks, headless_block, is_prose, marked_note_rows,
                              notes_a_mark_of, text_facts_only)
from refold.tokens import cells_to_tokens, last_nonempty, next_nonempty, reads_as_note
from refold.variants import (RE_BLOCKS_TITLE, PIPE_PREFIX, PIPE_SUFFIX, UNKNOWN, VARIANTS, WHITESPACE_ROWS, cells_for, detect,
                             holds_text_blocks, spaces_as_empty_cells, suffix_pages)

ROW_VARIANTS = (WHITESPACE_ROWS,)
RE_CAPTION_END = re.compile(r"[.:;]$")
MAX_CAPTION_WORDS = 16
NO_STRUCTURE = "no report structure found: nothing was recognised as a title, table, text block or definition"


def trace(text: str | bytes, source: str = "<text>", variant: str | None = None) -> Trace:
    """Parse `text` and keep every intermediate (cells, frame, blocks, grids, page).

    The flattening is detected (`variants.detect`) unless `variant` names it."""
    text = blank_invisible(as_text(text))
    t = Trace(text)
    chosen, stats = read_variant(text, variant)
    if chosen in ROW_VARIANTS:
        text = spaces_as_empty_cells(text)  # empty cells a store wrote as spaces (same length: spans hold)
    if chosen in ROW_VARIANTS and not holds_text_blocks(text):
        t.page = rows_page(text, source)
        return t
    if chosen == PIPE_SUFFIX and len(pages := suffix_pages(text)) > 1:
        t.page = joined_pages(text, pages, source)
        return t
    t.cells = cells_for(text, chosen, stats)
    frame = cells_to_frame(t.cells)
    t.frame = frame
    report_cells, t.blocks = body_to_blocks(frame.body, len(frame.columns), bool(RE_BLOCKS_TITLE.search(frame.title)))
    if (headless := headless_block(report_cells, t.blocks, len(frame.columns))) is not None:
        report_cells, t.blocks = [], [headless]
    assembler = _Assembler(rows_as_lines=chosen in ROW_VARIANTS, lines_are_rows=chosen == PIPE_SUFFIX or chosen in ROW_VARIANTS)
    report = assembler.report_table(frame, report_cells, [b.label for b in t.blocks])
    fact_blocks: list[BlockInfo] = []
    if report is not None and text_facts_only(report.rows):
        # a policies page: its text facts are blocks of prose, and the report only frames them
        fact_blocks = [BlockInfo(r.label, tuple(c for c in r.cells if c), (), r.span) for r in report.rows if any(r.cells)]
        assembler.abstract_rows.extend(r.label for r in report.rows if not any(r.cells) and r.kind != "text-block")
        report = None
    tables = [report] if report else []
    blocks = []
    for block in t.blocks:
        schedules, prose = assembler.block_tables(block)
        indices = tuple(range(len(tables), len(tables) + len(schedules)))
        tables += schedules
        blocks.append(BlockInfo(block.label, tuple(prose), indices, block.span))
    if fact_blocks:
        blocks = sorted(blocks + fact_blocks, key=lambda b: b.span.first if b.span else 0)
    t.grids = assembler.grids
    t.page = Page(
        source=source,
        variant=chosen,
        title=frame.title,
        units=frame.units,
        columns=tuple(frame.columns),
        tables=tuple(tables),
        header=tuple(c.text for c in frame.header_cells if c.text),
        prose=tuple(assembler.prose),
        text_blocks=tuple(blocks),
        abstract_rows=tuple(assembler.abstract_rows),
        definitions=tuple(frame.definitions),
        unplaced=tuple(assembler.unplaced),
        warnings=tuple(assembler.warnings)
        + (() if report or blocks or frame.title or frame.definitions else (NO_STRUCTURE,)),
        heading=frame.heading,
        preamble=tuple(frame.preamble),
    )
    return t


def read_variant(text: str, variant: str | None):
    """The variant named, or the one detected (with the line counts detection made); text no
    variant fits is read as before detection existed: row-a-line when it looks so, else
    pipe-prefix (which keeps every line)."""
    if variant is not None:
        if variant not in VARIANTS:
            raise InputError(f"unknown variant {variant!r}; one of: {', '.join(VARIANTS)}")
        return variant, None
    found = detect(text)
    if found.variant in (UNKNOWN, WHITESPACE_ROWS) and opens_with_definition(text):
        return PIPE_PREFIX, None  # a definitions fragment: its lines are kept as the `|X` tail's
    if found.variant in (UNKNOWN, WHITESPACE_ROWS) and is_one_line_page(text):
        return PIPE_SUFFIX, None  # `Title | its text …`: cells split by ` | ` on one line
    if found.variant == UNKNOWN:
        return (WHITESPACE_ROWS if looks_like_rows(text.split("\n")) else UNKNOWN), found.stats
    return found.variant, found.stats


MIN_ONE_LINE_PAGE = 500  # characters: a whole page written on one line, not a short fragment


def is_one_line_page(text: str) -> bool:
    """A crawl that wrote a whole page on one line, its title first: `Loans Receivable | Loans
    Receivable The following table …`."""
    line = text.strip()
    return "\n" not in line and len(line) >= MIN_ONE_LINE_PAGE and 0 < line.find(" | ") < 300


def opens_with_definition(text: str) -> bool:
    """A crawl cut inside the hidden definitions: the page's first line is `- Definition` or kin."""
    first = next((line.strip() for line in text.split("\n", 20)[:20] if line.strip()), "")
    return first.startswith(DEFINITION_MARKERS)


def joined_pages(text: str, pages: list[tuple[int, int]], source: str) -> Page:
    """Several R pages in one text (a mirror's concatenation): each is read alone, with the other
    pages' lines blanked so line numbers stay true; the first page carries the others' tables,
    each captioned with its page's title, and everything else they hold."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    parts = []
    for first, last in pages:
        alone = "\n".join(line if first <= k < last else "" for k, line in enumerate(lines))
        parts.append(trace(alone, source, PIPE_SUFFIX).result)
    head = parts[0]
    tables = list(head.tables)
    blocks = list(head.text_blocks)
    for part in parts[1:]:
        blocks += [replace(b, tables=tuple(i + len(tables) for i in b.tables)) for b in part.text_blocks]
        tables += [replace(t, caption=t.caption or part.title, units=t.units or part.units or None)
                   for t in part.tables]
    # everything else a later page holds is kept beside the first page's own, its heading as header text
    merged = {name: getattr(head, name) + tuple(x for part in parts[1:] for x in getattr(part, name))
              for name in JOINED_FIELDS}
    header = head.header + tuple(h for part in parts[1:] for h in (part.heading, *part.header))
    return replace(head, tables=tuple(tables), text_blocks=tuple(blocks), header=header, **merged)


JOINED_FIELDS = ("preamble", "prose", "definitions", "unplaced", "warnings", "abstract_rows")


def rows_page(text: str, source: str) -> Page:
    """A whitespace-rows page (one row a line), read by `rows.RowsPage`."""
    read = RowsPage(text)
    columns = read.columns()
    n = max([len(columns)] + [len(r.cells) for r in read.rows])
    rows = refine_placements(read.rows, read.guessed, n, tuple(columns))
    tables = (Table("report", tuple(columns) or ("",) * n, tuple(rows), layout="row-a-line"),) if rows else ()
    return Page(
        source=source, variant="whitespace-rows", title=read.title, units=read.units,
        columns=tuple(columns), tables=tables, header=tuple(read.spans + read.leaves),
        prose=tuple(read.footnotes), heading=read.heading, preamble=tuple(read.preamble),
        warnings=() if rows else (NO_STRUCTURE,),
    )


def parse(text: str | bytes, source: str = "<text>", variant: str | None = None) -> Page:
    """Recover the page: title, units, columns, tables, prose, definitions, unplaced text.

    `bytes` are decoded by `refold.inputs.decode` (BOM, UTF-8, UTF-16, cp1252); anything else
    that is not text raises `InputError`.
    """
    return trace(as_text(text), source, variant).result


def parse_any(text: str | bytes, source: str = "<text>", variant: str | None = None) -> Page:
    """`parse` for flattened text; `htmlread.read_html` for HTML (an R page or a filing's tables).
    A `variant` forces the text reader (and so the text path)."""
    from refold.htmlread import looks_like_html, read_html

    text = as_text(text)
    if variant is None and looks_like_html(text):
        return read_html(text, source=source)
    return parse(text, source=source, variant=variant)


def as_text(text: str | bytes) -> str:
    if isinstance(text, str):
        return text
    if isinstance(text, (bytes, bytearray, memoryview)):
        from refold.inputs import decode

        return decode(bytes(text))
    raise InputError(f"a page is text or bytes, not {type(text).__name__}")


def has_report_structure(page: Page) -> bool:
    """Whether anything of a report page was found: a title, a table, a block, definitions."""
    return bool(page.title or page.tables or page.text_blocks or page.definitions or page.abstract_rows)


class _Assembler:
    """Turns grids into `Table`s and collects what did not fit anywhere."""

    def __init__(self, rows_as_lines: bool = False, lines_are_rows: bool = False) -> None:
        self.rows_as_lines = rows_as_lines  # whitespace-rows: cells counted per line, not per cell
        self.lines_are_rows = lines_are_rows  # pipe-suffix, whitespace-rows: a text block's table may write a row a line
        self.grids: list[Grid] = []
        self.prose: list[str] = []
        self.unplaced: list[str] = []
        self.warnings: list[str] = []
        self.abstract_rows: list[str] = []

    def report_overflow(self, grid: Grid, where: str) -> None:
        """Values a row had past its table's width: kept as unplaced text, with a warning."""
        if grid.unplaced:
            self.unplaced.extend(t.text for t in grid.unplaced)
            self.warnings.append(f"{where}: {len(grid.unplaced)} value(s) past the table's width left unplaced")

    def report_table(self, frame: Frame, cells, block_labels: list[str]) -> Table | None:
        cells, notes = split_footnotes(cells)
        self.prose.extend(notes)
        tokens = cells_to_tokens(cells)
        if not any(t.text for t in tokens):
            return None
        grid = report_grid(tokens, len(frame.columns), frame.column_groups)
        self.grids.append(grid)
        self.report_overflow(grid, "the report")
        self.unplaced.extend(t.text for t in grid.header if t.text)
        columns = tuple(frame.columns) if frame.columns else ("",) * grid.n_cols
        placed = refine_placements(grid.rows, grid.guessed, grid.n_cols, columns)
        rows = tuple(mark_block_rows([r for r in placed if r.label or any(r.cells)], block_labels))
        if not any(any(r.cells) for r in rows):
            # notes, policies and (Tables) pages: the report only frames its text blocks
            self.abstract_rows.extend(r.label for r in rows if r.kind != "text-block")
            return None
        levels = tuple(frame.column_levels) if len(frame.column_levels) == len(columns) else ()
        return Table("report", columns, rows, layout="report", span=span_of(tokens), column_levels=levels)

    def block_tables(self, block: TextBlock) -> tuple[list[Table], list[str]]:
        """The block's schedules, and the prose left over (after the last table, or all of it)."""
        tables: list[Table] = []
        waiting: list[str] = []
        notes_open = False  # under a table's rule (`_____`): its footnotes, each opening with its mark
        for part in block.parts:
            if not isinstance(part, Prose):
                notes_open = False
                tables.extend(self.schedules(part, block.label, waiting))
                continue
            for paragraph in part.paragraphs:
                if (inline := inline_tables(paragraph)) is not None:  # a schedule written into its paragraph
                    notes_open = False
                    for piece in inline:
                        if isinstance(piece, str):
                            waiting.append(piece)
                        else:
                            tables.append(inline_table(piece, block.label, part.span, waiting))
                            waiting.clear()
                    continue
                if tables and not waiting and RE_RULE_LINE.match(paragraph):
                    notes_open = True  # the rule itself is layout, as a `|` is
                elif (notes_open and RE_NOTE_OPENING.match(paragraph)) or (
                        tables and not waiting and notes_a_mark_of(tables[-1], paragraph)):
                    notes_open = True  # a footnote opens with its mark; the next may follow it
                    tables[-1] = replace(tables[-1], footnotes=(*tables[-1].footnotes, paragraph))
                else:
                    notes_open = False
                    waiting.append(paragraph)
        return tables, waiting

    def schedules(self, cells, block_label: str, waiting: list[str]) -> list[Table]:
        """The tables of one run of cells: a new header after rows starts the next table."""
        tokens = cells_to_tokens(cells)
        tables: list[Table] = []
        listed = listing_grid(tokens, self.lines_are_rows)  # one table: its dates (`2/6/06`) are cells, never a new header
        while tokens:
            restart = 0 if listed else next_table_start(tokens)
            piece, tokens = (tokens[:restart], tokens[restart:]) if restart else (tokens, [])
            table = self.schedule_tokens(piece, block_label, waiting, listed)
            if table is not None and tables and table.caption and notes_a_mark_of(tables[-1], table.caption):
                # `(1)Additional provision …` between two tables: the first one's footnote
                tables[-1] = replace(tables[-1], footnotes=(*tables[-1].footnotes, table.caption))
                table = replace(table, caption=None)
            if table is not None:
                tables.append(table)
                waiting.clear()  # in place: headings after this table stay the caller's to place
        return tables

    def schedule_tokens(self, tokens, block_label: str, waiting: list[str], grid: Grid | None = None) -> Table | None:
        """The table of a run of tokens (`grid`: its rows already read, a listing)."""
        texts = [t.text for t in tokens if t.text]
        values = [t for t in tokens if t.kind in VALUE_KINDS]
        if (not values or (len(values) == 1 and values[0].kind == Kind.NIL)) and len(texts) <= 2 + len(values):
            # a heading inside the block, not a table (`NOTE 3` `-` `PROPERTY, PLANT AND EQUIPMENT:`
            # in a layout table's cells: the dash joins the note's number to its name)
            waiting.extend(texts)
            return None
        defined: list[str] = []
        if grid is None:
            tokens, defined = notes_split_off(tokens)
            grid = tokens_to_grid(tokens, counted_cells=not self.rows_as_lines, lines_are_rows=self.lines_are_rows)
        self.grids.append(grid)
        self.report_overflow(grid, f"text block {block_label!r}")
        if grid.rows and not any(t.kind in VALUE_KINDS for t in tokens) and not any(any(r.cells) for r in grid.rows):
            # labels and names with no value under them (a header the crawl cut its table from, a
            # label cut mid-word at the page's end): the block's text, not a table of empty rows
            waiting.extend(texts)
            return None
        if not grid.rows:
            self.unplaced.extend(texts)
            self.warnings.append(f"text block {block_label!r}: cells with no row structure left unplaced")
            return None
        columns, header_rows, note, levels, stub = header_levels(grid.header, grid.n_cols)
        caption, prose = pick_caption(waiting)
        caption = caption or stub
        levels = tuple(tuple(level) for level in levels)
        rows = spread_over_years(spread_over_periods(grid.rows, grid.guessed, levels), grid.guessed, levels)
        rows = refine_placements(rows, grid.guessed, grid.n_cols, tuple(columns))
        rows, notes = trailing_footnotes(rows)
        rows, marked = marked_note_rows(rows, columns)
        notes = [*notes, *marked, *defined]
        return Table(
            "schedule", tuple(columns), tuple(rows), block=block_label, caption=caption,
            prose=tuple(prose), header_rows=tuple(tuple(r) for r in header_rows), units=note,
            footnotes=tuple(notes), layout=grid.layout, span=span_of(tokens), column_levels=levels,
        )


RE_FOOTNOTE_MARK_LINE = re.compile(r"^\[\d{1,3}\]")
RE_FOOTNOTE_MARK_ONLY = re.compile(r"^\[\d{1,3}\]$")
RE_FOOTNOTE_TEXT = re.compile(r"^\[\d{1,3}\]\s\S+(?:\s\S+){3}")  # a mark and four words at least
RE_NEXT_NOTE = re.compile(r"\s(?=\[\d{1,3}\]\s)")  # `… periods. [2] Previously …`: the next note


def split_footnotes(cells: list[Cell]) -> tuple[list[Cell], list[str]]:
    """The report's footnotes after its last row (`[1]`, `Previously labeled as …`, `[2]`, …,
    under a lone `|` or without pipes): page prose, one paragraph a note, not rows."""
    k = len(cells)
    while k > 0 and (cells[k - 1].is_empty or cells[k - 1].is_block or not cells[k - 1].piped
                     or RE_FOOTNOTE_MARK_ONLY.match(cells[k - 1].text)  # `[1]` a cell of its own
                     or RE_FOOTNOTE_TEXT.match(cells[k - 1].text)):  # `[1] Previously labeled …` in one
        k -= 1
    start = next((i for i in range(k, len(cells)) if cells[i].text), None)
    if start is None or not RE_FOOTNOTE_MARK_LINE.match(cells[start].lines[0]):
        return cells, []
    notes: list[str] = []
    for cell in cells[start:]:
        for line in (part for text in cell.lines for part in RE_NEXT_NOTE.split(text) if part):
            if RE_FOOTNOTE_MARK_LINE.match(line) or not notes:
                notes.append(line)
            else:
                notes[-1] = f"{notes[-1]} {line}"
    if all(RE_FOOTNOTE_MARK_ONLY.match(note) for note in notes):
        return cells, []  # marks alone (a last value's `[4]`): no footnote's text, no footnotes
    return cells[:start], notes


RE_MARK = re.compile(r"^(?:\((?P<paren>\d{1,2})\)|(?P<bare>\d{1,2})|\*{1,3}|\([a-z]\))$")


def trailing_footnotes(rows: list[Row]) -> tuple[list[Row], list[str]]:
    """`(1)` then `Per common share amounts … calculated separately.` after a table's last row:
    footnotes the crawl wrote as cells of the table (a mark read as a value, its text as a row's
    label). The rows after the last real one whose labels are sentences or empty and whose only
    value is a mark, marks numbered in turn from the first, are the table's footnotes, each mark
    with its text."""
    k = len(rows)
    while k > 0 and footnote_like(rows[k - 1]):
        k -= 1
    parts = [part for row in rows[k:] for part in (row.label, *(c for c in row.cells if c)) if part]
    marks = [m for part in parts if (m := RE_MARK.match(part))]
    sentences = [part for part in parts if not RE_MARK.match(part)]
    if not marks or not sentences or not RE_MARK.match(parts[0]) or not marks_in_turn(marks) \
            or not all(is_prose([text]) for text in sentences):
        return rows, []
    notes: list[str] = []
    for part in parts:
        if RE_MARK.match(part) or not notes:
            notes.append(part)
        else:
            notes[-1] = f"{notes[-1]} {part}"
    return rows[:k], notes


def notes_split_off(tokens) -> tuple[list, list[str]]:
    """`… 137,401` `(1)` `The Company elected to early adopt ASU 2016-09 …`: a run of cells that
    ends in footnotes, each a mark and its sentence (marks in turn), after its last value. The
    tokens without them, and the notes: the mark (read as an amount of -1) would overflow the
    last row and unsettle the table's width."""
    k = len(tokens)
    pairs: list[tuple[str, str, re.Match]] = []  # mark, text, the mark's match
    while (j := last_nonempty(tokens, k)) is not None and (m := last_nonempty(tokens, j)) is not None:
        mark = RE_MARK.match(tokens[m].text)
        if mark is None or tokens[j].kind != Kind.TEXT or not reads_as_note(tokens[j].text):
            break
        pairs.insert(0, (tokens[m].text, tokens[j].text, mark))
        k = m
    numbers = mark_numbers([mark for _, _, mark in pairs])
    if not pairs or not marks_in_turn([mark for _, _, mark in pairs]) or (numbers and numbers[0] != 1) \
            or not any(t.kind in VALUE_KINDS for t in tokens[:k]):
        return tokens, []  # notes count from 1: a row's `0` before a label is no note's mark
    return tokens[:k], [f"{mark} {text}" for mark, text, _ in pairs]


def footnote_like(row: Row) -> bool:
    """A row that is a footnote's mark, its text, or its text and the next one's mark."""
    values = [c for c in row.cells if c]
    return len(values) <= 1 and all(RE_MARK.match(v) for v in values) and (
        not row.label or RE_MARK.match(row.label) is not None or is_prose([row.label]))


def mark_numbers(marks: list[re.Match]) -> list[int]:
    """The numbers of the numbered marks (`(1)`, `2`); `*` and `(a)` have none."""
    return [int(m["paren"] or m["bare"]) for m in marks if m["paren"] or m["bare"]]


def marks_in_turn(marks: list[re.Match]) -> bool:
    """`(1)` `(2)` …, `1` `2` …: numbered marks count up from where they start; `*` and `(a)` pass."""
    numbers = mark_numbers(marks)
    return numbers == list(range(numbers[0], numbers[0] + len(numbers))) if numbers else True


def next_table_start(tokens) -> int:
    """Where a new table starts inside a run of cells: the first label, after some value, that is
    followed by header-only cells (a period phrase, a year, a unit note) before any value; or
    where the column names the run opens with come again (`repeated_names`)."""
    by_header = header_after_values(tokens)
    again = repeated_names(tokens)
    return min(by_header, again) if by_header and again else by_header or again


MIN_REPEATED_NAMES = 2
MAX_OPENING_NAMES = 40  # the opening names looked for again, at most (the last ones: the columns')


def repeated_names(tokens) -> int:
    """`Foreign Currency …` `Net Unrealized …` … `Accumulated Other Comprehensive Income` over
    a year's rows, then the same names over the year before's: the run's opening column names
    (the texts before its first value, less the first row's label) written again after values
    start the next table, with or without the lines above them (a caption, `Selected Quarterly
    Financial Data (Unaudited)`, heads only the first), years aside (`Year 2012` then `Year 2011`
    over the same quarters). 0 where they do not come again."""
    first_value = next((i for i, t in enumerate(tokens) if t.kind in VALUE_KINDS), None)
    if first_value is None:
        return 0
    opening = [without_years(t.text) for t in tokens[:first_value] if t.kind == Kind.TEXT][:-1][-MAX_OPENING_NAMES:]
    while opening and opening[-1].endswith(":"):
        opening.pop()  # `December 31, 2011:` `Available for sale securities:` lead in to the rows: no names
    texts = [i for i in range(first_value, len(tokens)) if tokens[i].kind == Kind.TEXT]
    later = [without_years(tokens[i].text) for i in texts]  # each text read once
    at: dict[str, list[int]] = {}
    for n, text in enumerate(later):
        at.setdefault(text, []).append(n)
    for start in range(len(opening) - MIN_REPEATED_NAMES + 1):  # the names alone too: a caption is not repeated
        names = opening[start:]
        for n in at.get(names[0], ()):
            if later[n : n + len(names)] == names \
                    and not any(t.kind in VALUE_KINDS for t in tokens[texts[n] : texts[n + len(names) - 1]]):  # a row of names
                k = texts[n]
                while k > 0 and (tokens[k - 1].kind == Kind.EMPTY or names_line(tokens[k - 1])):
                    k -= 1  # lines of the header before the names found (`North America` a line, not two)
                return k
    return 0


def names_line(tok) -> bool:
    """A short text that can open a header written again (`Operating Segments (continued)`)."""
    return tok.kind == Kind.TEXT and len(tok.text.split()) <= MAX_STACKED_LINE_WORDS and not tok.text.endswith(":")


def without_years(text: str) -> str:
    """`Year 2011` and `Year 2012` alike: the same name over another year's columns."""
    return RE_YEAR_IN.sub("", text)


def header_after_values(tokens) -> int:
    seen_value = False
    for i, tok in enumerate(tokens):
        if tok.kind in VALUE_KINDS:
            seen_value = seen_value or not RE_NOTE_NUMBER.match(tok.text)  # `(1)`: a name's note mark
        elif seen_value and ((tok.kind in (Kind.PERIOD, Kind.YEAR, Kind.UNIT) and not labels_rows(tokens, i))
                             or date_heads_next_table(tokens, i)):
            k = i
            while k > 0 and tokens[k - 1].kind in (Kind.TEXT, Kind.EMPTY, Kind.PERIOD, Kind.YEAR, Kind.UNIT):
                k -= 1
            return k if 0 < k < len(tokens) else 0
    return 0


def labels_rows(tokens, i: int) -> bool:
    """A period or year that labels rows of the same table, not the header of a new one: with
    values straight after it (`2024` `3,550` …, a row's sub-label), or over a row's label and
    values (`Three Months Ended June 27, 2025`, then `Concentrate operations` `$ 2,268`, or
    a section's lead-in first)."""
    following = nonempty_after(tokens, i, 4)
    while tokens[i].kind == Kind.YEAR and following and (following[0].kind == Kind.YEAR or (
            following[0].kind == Kind.DATE and not RE_DAY.search(following[0].text))):
        # `2003` `2017` `$ 5,894`: a row's years (built, acquired), then its values; `1975`
        # `Jun. 2008` `30 yrs.`: a year built, a month acquired, a life, a real estate schedule's row
        following = following[1:]
    if following and following[0].kind in ROW_VALUE_KINDS:
        return True
    # a unit note (`(in thousands)`) over a row's label and values heads columns, not rows
    return tokens[i].kind != Kind.UNIT and row_follows(tokens, i)


def date_heads_next_table(tokens, i: int) -> bool:
    """A date after values that no value follows heads the next table's columns (a date that
    labels a row, `December 31, 2023` in a roll-forward, has the row's values after it)."""
    if tokens[i].kind != Kind.DATE or not RE_DAY.search(tokens[i].text) or date_heads_a_section(tokens, i):
        return False  # `January 2028` is a maturity in a row more often than a column's date
    nxt = next_nonempty(tokens, i)
    return nxt is not None and nxt.kind not in VALUE_KINDS and nxt.kind != Kind.OPEN


def mark_block_rows(rows: list[Row], block_labels: list[str]) -> list[Row]:
    """The report row of each text block, in order (a label may also stand on other rows)."""
    pending = list(block_labels)
    out = []
    for r in rows:
        if pending and r.is_section and r.label == pending[0]:
            pending.pop(0)
            r = replace(r, kind="text-block")
        out.append(r)
    return out


def inline_table(table: InlineTable, block_label: str, span: Span, waiting: list[str]) -> Table:
    """A schedule read from a paragraph (`inline.py`): its lead-in and the text before it are
    its caption and prose, as for a schedule read from cells."""
    caption, prose = pick_caption([*waiting, table.lead_in] if table.lead_in else waiting)
    return Table("schedule", table.columns, table.rows, block=block_label, caption=caption, prose=tuple(prose),
                 header_rows=((table.header,),), footnotes=(table.footnotes,) if table.footnotes else (),
                 layout="inline", span=span)


def pick_caption(paragraphs: list[str]) -> tuple[str | None, list[str]]:
    """The last short title-like line before a table is its caption; the rest is prose."""
    for i in range(len(paragraphs) - 1, -1, -1):
        p = paragraphs[i]
        if len(p.split()) <= MAX_CAPTION_WORDS and not RE_CAPTION_END.search(p) and not RE_RULE_LINE.match(p):
            return p, paragraphs[:i] + paragraphs[i + 1 :]
    return None, list(paragraphs)
