"""Stage 3: the report body -> report cells and text blocks; a text block -> prose and schedules.

Notes, policies and `(Tables)` pages put the filer's own HTML into one cell of the report: a
label cell, then a cell holding paragraphs and whole tables. Flattened, that cell is a lone `|`
(or a `|` line repeating the label) with prose on the following lines, then the inner tables'
cells, then more prose. This stage finds where each block starts, and cuts its content into
prose paragraphs and runs of table cells (one schedule each).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from refold.kinds import (HEADER_KINDS, MAX_STACKED_LINE_WORDS, RE_BARE_MARK, RE_BLOCK_ELEMENT, RE_NOTE_LEAD, RE_NOTE_MARK,
                          RE_RULE_LINE, VALUE_KINDS, Kind, classify, is_listing_number, is_title, numbers_of_a_listing,
                          stacked_rows_fit)
from refold.model import Cell, Row, Span, Table, join_lines, next_filled

_PARTS = frozenset({Kind.OPEN, Kind.CLOSE, Kind.SYMBOL, Kind.PCT_SIGN, Kind.FOOTNOTE})
RE_SENTENCE_END = re.compile(r"[.:;?!)\]”\"]$")
LOOKAHEAD = 4  # cells looked at after a text to see whether values follow it


@dataclass(slots=True)
class Prose:
    """Paragraphs of a text block, with the lines they came from."""

    paragraphs: list[str]
    span: Span


@dataclass(slots=True)
class TextBlock:
    label: str
    span: Span
    parts: list = field(default_factory=list)  # Prose | list[Cell] (a run of table cells)


MIN_PROSE_WORDS = 12  # a text this long reads as a sentence, whatever it ends with


def _words(text: str) -> int:
    return len(text.split())


def same_words(a: str, b: str) -> bool:
    """One text however spaced, cased or its dashes written (`-`, `–`, `—`)."""
    return plain_words(a) == plain_words(b)


def plain_words(text: str) -> str:
    return " ".join(RE_ANY_DASH.sub("-", text).lower().split())


RE_ANY_DASH = re.compile(r"[–—]")


# A note's heading numbers it before repeating its name: `NOTE 16.`, `Note 5 —`, `13.`, `NOTE G –`
RE_NOTE_HEADING = re.compile(r"^(?:note\s+)?(?:\d{1,2}|[A-Z])\s?[.:\-–—]\s+|^note\s+\d{1,2}\s+", re.I)
RE_GLUED_NOTE_NUMBER = re.compile(r"^\d{1,2}\.(?=[^\W\d_])")  # `15.Fair Value Measurements`


def without_note_number(heading: str) -> str:
    """A note's heading without the number before its name (`NOTE 16. `, `6. `, glued `15.`)."""
    return RE_GLUED_NOTE_NUMBER.sub("", RE_NOTE_HEADING.sub("", heading, count=1), count=1)


def starts_with_words(text: str, prefix: str) -> bool:
    """Whether `text` opens with the words of `prefix`, a dash after them or not (a block's title
    `PROPERTY AND EQUIPMENT-` over its heading `PROPERTY AND EQUIPMENT`); a dash inside is one mark
    however written (`Schedule II - …` over `Schedule II – …`)."""
    return plain_words(text).startswith(plain_words(prefix.rstrip(" -–—")))


# an XBRL element's label (`… Start Date [Axis]: 2025-03-30`, `… [Line Items]`): a row, however long
RE_XBRL_LABEL = re.compile(r"\[(?:Axis|Member|Domain|Line Items|Abstract|Table|Roll Forward)\]")


def is_prose(lines: tuple[str, ...] | list[str]) -> bool:
    """A sentence or more: many words, or a line that ends like a sentence or a lead-in; never
    an XBRL element's label."""
    text = join_lines(lines)
    if RE_XBRL_LABEL.search(text):
        return False
    if _words(text) >= MIN_PROSE_WORDS:
        return True
    return any(_words(p) >= 3 and p.endswith((".", ":")) and not ends_in_abbreviation(p) for p in split_paragraphs(lines))


# words whose point is an abbreviation's, not a sentence's end (`SEC File no.`, `HubSpot, Inc.`)
_ABBREVIATIONS = frozenset("no. nos. inc. co. corp. ltd. etc. n.a. u.s. l.p. llc. plc. s.a. n.v.".split())


def ends_in_abbreviation(text: str) -> bool:
    return text.rsplit(" ", 1)[-1].lower() in _ABBREVIATIONS


def starts_text_block(cells: list[Cell], i: int, n_cols: int = 0) -> bool:
    """A label cell followed by a cell holding prose (or repeating the label over more lines),
    or by more cells than a report row has before anything but a header shows up."""
    if i + 1 >= len(cells):
        return False
    label, content = cells[i], cells[i + 1]
    if i == 0 and label.is_empty and content.is_block:
        return True  # the unlabeled block a page cut inside one opens with (`body_to_blocks`)
    if not label.piped or not label.head or classify(label.text) != Kind.TEXT or is_listing_number(label.text):
        return False  # `32.1*` + a sentence: an exhibit index's row, not a block's title
    if label.text.endswith(":"):
        return False  # a section row's lead-in (`Current assets:`), never a block's title
    if content.is_block:
        opening = without_note_number(join_lines(content.tail))
        return is_prose(content.tail) or starts_with_words(opening, label.text)
    if content.is_empty:
        if after_a_table(cells, i) and blank_amounts_follow(cells, i + 1):
            return False  # `Total tax expense` `$` ␣ `$` ␣ `$`: the table's last row, its amounts blank
        return opens_inner_table(cells, i + 1, n_cols) or lead_in_follows(cells, i + 2) \
            or (RE_BLOCK_ELEMENT.search(label.text) is not None and i + 2 < len(cells)) \
            or numbered_heading_then_prose(cells, i + 2) \
            or (after_a_table(cells, i) and wider_rows_follow(cells, i + 2, n_cols))
    if content.text.endswith(":") and lead_in_follows(cells, i + 1):
        return True  # a row a line: the block's title, then its table's lead-in on the next line
    if RE_BLOCK_ELEMENT.search(label.text) and heading_then_prose(cells, i + 1):
        return True  # `… Disclosure [Text Block]`, `NOTE 3:`, `PROPERTY, PLANT AND EQUIPMENT`, then the note's prose
    return content.piped and bool(content.tail) and same_words(content.head, label.text)


MAX_HEADING_CELLS = 3


def heading_then_prose(cells: list[Cell], i: int) -> bool:
    """From cell `i`: a few short texts (a note's number and name, one a cell, as a crawl that
    writes no pipes and drops the label's empty cell gives them), then a paragraph of prose,
    before any value."""
    headings = 0
    for k in range(i, min(len(cells), i + MAX_HEADING_CELLS + 2)):
        cell = cells[k]
        if holds_a_note_number(cell) and headings < MAX_HEADING_CELLS:
            headings += 1  # `|` + `14.`: the note's number in a layout table's cell, its name and prose in the next
            continue
        if cell.is_block or (not cell.piped and cell.head):
            return headings > 0 and is_prose(cell.lines)
        if cell.is_empty:
            continue
        if classify(cell.text) != Kind.TEXT or _words(cell.text) > MAX_HEADING_WORDS_IN_CELL or headings >= MAX_HEADING_CELLS:
            return False
        headings += 1
    return False


MAX_HEADING_WORDS_IN_CELL = 8
RE_NOTE_NUMBER_CELL = re.compile(r"^(?:(?:NOTE|Note)\s+)?(?:\d{1,2}|[A-Z])[.:]?$")  # `14.`, `Note 5`, `G.`: a note's number alone


def holds_a_note_number(cell: Cell) -> bool:
    return cell.is_block and len(cell.tail) == 1 and RE_NOTE_NUMBER_CELL.match(cell.tail[0].strip()) is not None


def numbered_heading_then_prose(cells: list[Cell], i: int) -> bool:
    """`|` + `14.`, then `|` + `CONSOLIDATED QUARTERLY FINANCIAL DATA (UNAUDITED)` + `The following
    …`: after a label's empty cell, the note's number alone in a layout table's cell, then its
    heading and prose (not another label: `|Leases` after an `[Abstract]` row opens its own block)."""
    return i < len(cells) and holds_a_note_number(cells[i]) and heading_then_prose(cells, i)


def starts_text_row(cells: list[Cell], i: int) -> bool:
    """After a block's prose, `|Fair Value Measurements` + `|The valuation techniques…` is the
    report's next row (a text fact whose HTML held no block), not more of the block."""
    if i == 0 or i + 1 >= len(cells):
        return False
    before, label, value = cells[i - 1], cells[i], cells[i + 1]
    return (before.is_block or not before.piped) and label.piped and bool(label.head) \
        and not label.tail and value.piped and bool(value.head) and _words(value.text) >= MIN_PROSE_WORDS \
        and not is_listing_number(label.text)  # `3.1` + its description: an exhibit index's first row


def lead_in_follows(cells: list[Cell], i: int) -> bool:
    """After the label's empty cell, the block's prose in a piped cell of its own (crawls that
    dropped the spacer cells: `|Summary of Change…`, `|`, `|The impacts … are summarized as
    follows:`): a sentence, not a row's label."""
    if i >= len(cells) or not cells[i].piped or not cells[i].head or values_follow(cells, i):
        return False  # a long label with its values is a row
    text = cells[i].text
    if text.endswith(":"):  # a table's lead-in, not a section's (`Stockholders' deficit:`)
        following = next((cells[j].text for j in range(i + 1, len(cells)) if cells[j].text), "")
        return (_words(text) >= MIN_LEAD_IN_WORDS and RE_TABLE_LEAD_IN.search(text) is not None) \
            or RE_LEAD_IN_ENDING.search(text) is not None or heads_columns(following)
    return text.endswith(".") and is_sentence(text)  # a long row label (`… [Line Items]`) ends otherwise


MIN_INNER_NAMES = 2
MAX_INNER_HEADER_CELLS = 200  # cells looked at for an inner table's names (the look stays local)


def after_a_table(cells: list[Cell], i: int) -> bool:
    """Whether the last cell with anything in it before cell `i` is a value (a table's last row)."""
    k = i - 1
    while k >= 0 and cells[k].is_empty:  # by index: no copy of the page's cells for each label
        k -= 1
    if k > 0 and classify(cells[k].text) in (Kind.CLOSE, Kind.PCT_SIGN):
        k -= 1  # `(62,838` then `)`: the amount's closing part in a cell of its own
    return k >= 0 and not cells[k].is_block and classify(cells[k].text) in VALUE_KINDS | {Kind.OPEN}


def wider_rows_follow(cells: list[Cell], i: int, n_cols: int) -> bool:
    """After the label's empty cell, texts (the names over an inner table's columns), then a row
    with more values than the report has columns: no row of the report (a notes page's one
    column) holds that many, so the label's content is a table (`Warrants provided …` `All other
    warrants` over `Number of warrants issued` `200,000` `3,853,566`). Only after a table's last
    value (`after_a_table`): after a block's prose the label is its table's stub name (`Warrants`
    over its columns), and inside a header (an exhibit index's `Exhibit` `Description` …) a name."""
    if n_cols < 1:
        return False
    texts: list[int] = []
    k = i
    while k < len(cells) and k - i < MAX_INNER_HEADER_CELLS and (cells[k].is_empty or classify(cells[k].text) == Kind.TEXT):
        if not cells[k].is_empty:
            texts.append(k)
        k += 1
    if len(texts) < MIN_INNER_NAMES + 1 or k >= len(cells) or classify(cells[k].text) not in VALUE_KINDS | {Kind.SYMBOL}:
        return False
    values = 0
    while k < len(cells) and values < len(texts) and classify(cells[k].text) != Kind.TEXT:
        values += classify(cells[k].text) in VALUE_KINDS  # past as many values as names: no match
        k += 1
    # a name over each value; the last text labels the row. A group's name over the names
    # (`Options outstanding`) may make one text more, where no text is an item's number (`3.1*`
    # and `X` of an exhibit index's rows)
    grouped = values == len(texts) - 2 and not any(is_listing_number(cells[t].text) or len(cells[t].text) < 2 for t in texts)
    return values > n_cols and (values == len(texts) - 1 or grouped)


def opens_inner_table(cells: list[Cell], i: int, n_cols: int) -> bool:
    """After the label's empty cell: a header-only cell (a year, a period phrase, a unit not
    followed by an amount; not a year with values after it, the first row's label), or a date
    after more empty cells than a report row has."""
    empties = 0
    for k in range(i, len(cells)):
        if cells[k].is_empty:
            empties += 1
            continue
        kind = classify(cells[k].text)
        if kind == Kind.SYMBOL:
            return not values_follow(cells, k)
        if kind == Kind.YEAR and values_follow(cells, k):
            return False  # `2017` `$ 80`, `2018` `283`: a section's rows labelled by year, no header
        return kind in HEADER_KINDS or (kind == Kind.DATE and n_cols > 0 and empties > n_cols)
    return False


def blank_amounts_follow(cells: list[Cell], i: int) -> bool:
    """From cell `i`: currency signs, two or more, each with an empty cell after it (its blank
    amount's), then a text or nothing: a row's amounts left blank, no header's sign."""
    signs, k = 0, i
    while k < len(cells) and (cells[k].is_empty or classify(cells[k].text) == Kind.SYMBOL):
        if not cells[k].is_empty:
            if k + 1 < len(cells) and not cells[k + 1].is_empty:
                return False  # signs together (`$` `%`): a header's, over its columns
            signs += 1
        k += 1
    return signs >= 2 and (k == len(cells) or classify(cells[k].text) == Kind.TEXT)


def says_value(cell: Cell) -> bool | None:
    """What a cell says of the values after a label: True a value (or an amount's opening
    part), False anything else, None where it is looked past (empty, a `$`/unit sign, a mark)."""
    if cell.is_empty:
        return None
    kind = classify(cell.text)
    if kind in VALUE_KINDS or kind == Kind.OPEN:
        return True
    return None if kind in (Kind.SYMBOL, Kind.FOOTNOTE) else False


def values_following(cells: list[Cell]) -> list[bool]:
    """`values_follow(cells, i)` for every `i`, read once from the end (a block's long runs of
    spacer cells are crossed once, not once per cell before them)."""
    out = [False] * len(cells)
    ahead = False  # what the first cell after `i` that is not looked past says
    for k in range(len(cells) - 1, -1, -1):
        out[k] = ahead
        if (says := says_value(cells[k])) is not None and not marks_a_note_between_sentences(cells, k):
            ahead = says
    return out


def marks_a_note_between_sentences(cells: list[Cell], i: int) -> bool:
    """`… deferred revenue is as follows:` then `(1)` then `Beginning deferred revenue … included
    $16 of …`: a footnote's mark between sentences (the note's table lost in the crawl, its
    notes kept), not a value of a row whose label is the sentence before it."""
    if not 0 < i < len(cells) - 1 or not RE_NOTE_MARK.match(cells[i].text):
        return False
    before, after = join_lines(cells[i - 1].lines), cells[i + 1].lines
    return before.endswith((".", ":")) and is_prose(cells[i - 1].lines) and is_prose(after)


def values_follow(cells: list[Cell], i: int) -> bool:
    """Whether the next non-empty cell is a value (looking past `$`/unit cells and footnote marks)."""
    return next((says for k in range(i + 1, len(cells)) if (says := says_value(cells[k])) is not None), False)


def split_paragraphs(lines: tuple[str, ...] | list[str]) -> list[str]:
    """Join wrapped lines; a line ending a sentence, or a capitalised next line, starts anew."""
    paragraphs: list[list[str]] = []
    for line in lines:
        if paragraphs and continues(paragraphs[-1][-1], line):
            paragraphs[-1].append(line)
        else:
            paragraphs.append([line])
    return [join_lines(p) for p in paragraphs]


def continues(previous: str, line: str) -> bool:
    if RE_SENTENCE_END.search(previous):
        return False
    first = line.lstrip()[:1]
    if first.islower() or first.isdigit() or first in ",;)(–-":
        return True
    return previous.isupper() and line.isupper()  # an all-caps caption wrapped


def content_to_parts(cells: list[Cell]) -> list:
    """Cut a text block's cells into prose and runs of table cells."""
    parts: list = []
    run: list[Cell] = []

    def flush() -> None:
        if run:
            parts.append(list(run))
            run.clear()

    labels_in_blocks = rows_label_in_blocks(cells)
    follows = values_following(cells)
    prose = [is_prose_cell(cells, i, labels_in_blocks, follows[i]) for i in range(len(cells))]
    mark: Cell | None = None  # a footnote's mark in a cell of its own, waiting for its text
    for i, cell in enumerate(cells):
        if prose[i]:
            lines = cell.lines
            heading = heading_after_rows(run)
            if cell.is_block and run:
                run.append(Cell("", (), Span(cell.span.first, cell.span.first)))
            flush()
            if heading is not None:
                parts.append(Prose([heading.text], heading.span))
            paragraphs, span = split_paragraphs(lines), cell.span
            if mark is not None and paragraphs:
                paragraphs[0] = f"{mark.text} {paragraphs[0]}"
                span, mark = mark.span + cell.span, None
            parts.append(Prose(paragraphs, span))
        elif i + 1 < len(cells) and prose[i + 1] and (marks_a_cell(cell.text, run)
                                                      or marks_a_note_between_sentences(cells, i)):
            mark = cell  # `(1)` then `Due to the adoption of …`: the footnote's own mark
        else:
            run.append(cell)
    flush()
    return parts


MAX_HEADING_WORDS = 16


def heading_after_rows(run: list[Cell]) -> Cell | None:
    """`Inventories, Net` after a table's last row, then the next table's lead-in sentence: the
    heading over what follows, not a row of the table. Taken off the run (returned) when the run
    holds values and its last cell is a short label with no value after it."""
    if len(run) < 3 or not run[-1].piped or run[-1].is_block:
        return None
    last = run[-1]
    if classify(last.text) != Kind.TEXT or _words(last.text) > MAX_HEADING_WORDS or last.text.endswith(":"):
        return None
    if classify(run[-2].text) not in VALUE_KINDS | {Kind.CLOSE, Kind.PCT_SIGN, Kind.FOOTNOTE}:
        return None  # a label after a label: rows of their own (a section and its first row)
    return run.pop()


def is_prose_cell(cells: list[Cell], i: int, labels_in_blocks: bool, followed: bool | None = None) -> bool:
    """Whether cell `i` is prose between a block's tables, not one of their cells (`followed`:
    `values_follow(cells, i)`, when the caller read it for every cell at once)."""
    cell = cells[i]
    if is_rule(cell):
        return True  # `_____` closes the table above it, whatever follows (`(1)` reads as an amount)
    if values_follow(cells, i) if followed is None else followed:
        return False  # a row's label, whatever it reads like
    if not cell.piped and classify(cell.text) in VALUE_KINDS:
        return False  # `15 - 40 years` after a row's amounts: its last cell, its pipe lost
    lines = cell.lines
    in_place = labels_in_blocks and cell.is_block and _words(join_lines(lines)) < MIN_PROSE_WORDS
    return (not cell.piped or (cell.is_block and not in_place)) and (
        is_prose(lines) or not cell.piped or heads_next_table(cells, i)
    ) and not lost_pipe_lead_in(cells, i) and not text_value_of_label(cells, i)


def is_rule(cell: Cell) -> bool:
    """A line of underscores or dashes alone, not in a cell of the table: the rule between a
    table and its footnotes (a piped `---` may be an amount's nil)."""
    return not cell.piped and RE_RULE_LINE.match(cell.text) is not None


def marks_a_cell(text: str, cells: list[Cell]) -> bool:
    """A footnote's mark (`(1)`, `*`) that a cell of the table ends with (`Allowance for sales
    returns (1)`, `Earnings per share (1):`), so not an amount (`(45)` after `$` is one). A bare
    number marks a cell only where it ends a word (`Net income (loss) per share1`, a superscript
    that lost its tag): a value `1` at a table's end is an amount."""
    ends = [c.text.rstrip(":") for c in cells]  # a section's label ends on its colon, after the mark
    if RE_BARE_MARK.match(text):
        return any(end.endswith(text) and end[-len(text) - 1 : -len(text)].isalpha() for end in ends)
    return RE_NOTE_MARK.match(text) is not None and any(end.endswith(text) and end != text for end in ends)


MAX_LEAD_IN_WORDS = 12


def rows_label_in_blocks(cells: list[Cell]) -> bool:
    """Crawls that put every cell's text under its pipe (`|` + `Balance at Beginning of Year`,
    the pipe-spacer form): most rows' labels are block cells, so a short block cell is a cell
    of the table (a column name, `Year ended December 31, 2014:`), not prose."""
    if not any(cell.is_block for cell in cells):
        return False  # the common case, told at once
    in_blocks = labels = 0
    for i, cell in enumerate(cells):
        if cell.text and classify(cell.text) == Kind.TEXT and values_follow(cells, i):
            labels += 1
            in_blocks += cell.is_block
    return labels >= 2 and in_blocks * 2 > labels


MAX_TEXT_VALUE_LABEL_WORDS = 8


def text_value_of_label(cells: list[Cell], i: int) -> bool:
    """`Leasehold improvements` then `Over the shorter of their estimated useful lives or the terms
    of the applicable lease agreements` after `Machinery and equipment` `3 to 20 years`, a cell a
    line: a text that ends no sentence, straight after a short label that follows the row before's
    value, a duration or range (a table of useful lives), is that label's value, not prose
    ending the table. After an amount, such a text is a note's sentence the crawl cut."""
    text = cells[i].text
    if not text or text.endswith((".", ":", ";", "?", "!")):
        return False
    before = [k for k in range(i - 1, max(-1, i - 6), -1) if cells[k].text][:2]
    if len(before) < 2:
        return False
    label, value = cells[before[0]].text, cells[before[1]].text
    return classify(label) == Kind.TEXT and _words(label) <= MAX_TEXT_VALUE_LABEL_WORDS and not label.endswith(":") \
        and classify(value) == Kind.RANGE


def lost_pipe_lead_in(cells: list[Cell], i: int) -> bool:
    """`Earnings per common share––basic:` without its pipe, between a row's last value and a
    row's label and values: a section row of the table, not prose that ends it."""
    cell = cells[i]
    if cell.piped or cell.tail or not cell.head.endswith(":") or _words(cell.head) > MAX_LEAD_IN_WORDS:
        return False
    if i == 0 or i + 1 >= len(cells) or not cells[i + 1].piped:
        return False
    before = classify(cells[i - 1].text)
    return (before in VALUE_KINDS or before == Kind.CLOSE) and classify(cells[i + 1].text) == Kind.TEXT \
        and values_follow(cells, i + 1)


def heads_next_table(cells: list[Cell], i: int) -> bool:
    """A lone `|` (the last cell of a table) with a text line under it, then a header: the line
    is the next table's caption, written after the cell as crawls write prose after a table."""
    cell = cells[i]
    if not cell.is_block or not all(classify(line) == Kind.TEXT for line in cell.tail):
        return False
    nxt = next_filled(cells, i)
    return nxt is not None and classify(nxt.text) in HEADER_KINDS | {Kind.DATE}


MIN_HEADER_LINES = 3
MAX_HEADER_LINE_WORDS = 8


def holds_line_cells(lines) -> bool:
    """A block whose lines hold a table one cell a line (the inner table lost its pipes): values
    alone on their lines (one is enough: `$0.25 Par Value` over `4,303,667,252`), and a value
    for every three other short lines or fewer."""
    if listed_descriptions(list(lines)):
        return True  # an exhibit index one cell a line: numbers and their descriptions
    kinds = [classify(line) for line in lines]
    values = sum(1 for kind in kinds if kind in VALUE_KINDS or kind == Kind.OPEN)
    # a table's header alone (`For the three-months ended` … `July 30,` … `2022` `2021`), its
    # rows in piped cells after it
    if is_header_alone(lines):
        return True
    # not counted: section headings (`…:`), sentences, a value's parts (`$`, `)`, `%`), and the
    # header's periods and years (`June 27,` `2025`), which are a table's cells as much as values
    others = sum(1 for line, kind in zip(lines, kinds) if kind not in VALUE_KINDS | _PARTS | HEADER_KINDS
                 and not (line.rstrip().endswith(":") and _words(line) < 12) and _words(line) < 12)
    return values >= 1 and values * 3 >= others


MIN_NAME_LINES = 3


def names_over_piped_rows(lines, after: list[Cell]) -> bool:
    """A lead-in, then short lines with no value (the columns' names and the first row's label,
    `Common Stock` `Shares` … `Total` `Balance at December 31, 2020*`), then the rows' values in
    piped cells: the crawl dropped the pipes of the table's text cells only, so those lines
    are cells, not prose."""
    tail = list(lines)
    k = len(tail)
    while k > 0 and not is_prose([tail[k - 1]]):
        k -= 1
    names = tail[k:]
    if len(names) < MIN_NAME_LINES or not all(
            _words(line) <= MAX_HEADER_LINE_WORDS and classify(line) not in VALUE_KINDS for line in names):
        return False
    return bool(after) and after[0].piped and values_follow(after, -1)  # from the first cell on


def expand_headers(cells: list[Cell]) -> list[Cell]:
    """An unpiped run of lines inside a block that holds a table's header alone (`For the three
    months ended` … `October 31, 2020` … `Canada` `US`, the next table's, between two tables
    whose values kept their pipes): its lines are cells, not prose."""
    out: list[Cell] = []
    for cell in cells:
        if not cell.piped and len(cell.tail) + 1 >= MIN_HEADER_LINES and (
                is_header_alone(lines := cell.lines) or table_after_a_lead_in(lines)):
            out += lines_to_line_cells(lines, cell.span.first)
        else:
            out.append(cell)
    return out


def table_after_a_lead_in(lines) -> bool:
    """`As of December 31, 2019` `First Quarter` … `Net sales` `$` `173,370` …: the lines after a
    block's lead-in (`… as follows (dollars in thousands …):`, which ends the cell before them)
    hold a whole table one cell a line, its header first (no sentence opens them)."""
    return len(lines) >= MIN_LINE_TABLE_LINES and not is_sentence(lines[0]) and holds_line_cells(lines)


MIN_LINE_TABLE_LINES = 8  # a header's line or two, then a row's label and values at least


def is_header_alone(lines) -> bool:
    """Periods, dates and years (three at least) among short names, no value and no sentence."""
    kinds = [classify(line) for line in lines]
    headers = sum(1 for kind in kinds if kind in HEADER_KINDS or kind == Kind.DATE)
    return not any(kind in VALUE_KINDS or kind == Kind.OPEN for kind in kinds) and headers >= MIN_HEADER_LINES \
        and all(_words(line) <= MAX_HEADER_LINE_WORDS and not line.rstrip().endswith(".") for line in lines)


def lines_to_line_cells(lines, first_line: int) -> list[Cell]:
    """One cell per line; a line that reads as a sentence stays unpiped so it is told apart (a
    short lead-in ending `:` is a section row: `Rest of Asia Pacific:`); a line opening in
    lower case continues the label above it (`Professional services and other cost` +
    `of revenue`)."""
    lines = list(lines)
    cells: list[Cell] = []
    header = stacked_header_lines(lines)
    described = listed_descriptions(lines)
    long_label = False  # the open cell is a long label that wraps over lower-case lines to its values
    in_body = False  # a value has been read: the table's rows have begun
    for k, line in enumerate(lines):
        in_body = in_body or classify(line) in VALUE_KINDS
        if cells and k not in header and k not in described and (
                continues_label(cells[-1], line, lines[k + 1] if k + 1 < len(lines) else None, in_body)
                or (long_label and line[:1].islower())):
            last = cells[-1]
            cells[-1] = Cell(last.head, (*last.tail, line), Span(last.span.first, first_line + k), last.piped)
            continue
        long_label = wraps_to_values(lines, k)
        cells.append(Cell(line, (), Span(first_line + k, first_line + k),
                          piped=long_label or k in described or not is_sentence(line, lead_in_context(lines, k))))
    return cells


def wraps_to_values(lines: list[str], k: int) -> bool:
    """`Less: Net gains (losses) recognized … equity securities sold` + `during the period` +
    `(6)`: a long line with no sentence's end, whose lower-case continuation lines lead to a value,
    is a row's label wrapped, however long; so is one ending on a connecting word, one line of any
    case before the value (`… PSUs, and the` + `Conversion Options`)."""
    if lines[k].rstrip().endswith((".", ":", ";")) or k + 1 >= len(lines) or classify(lines[k]) != Kind.TEXT \
            or not is_sentence(lines[k]):
        return False  # a short label wraps by `continues_label`; this is for those that read as sentences
    if lines[k].split()[-1] in CONNECTING_WORDS and k + 2 < len(lines) and classify(lines[k + 1]) == Kind.TEXT:
        return classify(lines[k + 2]) in VALUE_KINDS | {Kind.SYMBOL, Kind.OPEN}  # `… PSUs, and the` + `Conversion Options`
    if not lines[k + 1][:1].islower():
        return False
    j = k + 1
    while j < len(lines) and lines[j][:1].islower():
        j += 1
    return j < len(lines) and classify(lines[j]) in VALUE_KINDS | {Kind.SYMBOL, Kind.OPEN}


def listed_descriptions(lines: list[str]) -> set[int]:
    """The lines that describe a listing's items, one cell a line (an exhibit index: `31.1*` then
    `Certification of Chief Executive Officer …`): the line after each item number, where three
    numbers or more look like items and run in order (`kinds.numbers_of_a_listing`). Cells of the
    table, however much they read as sentences."""
    described = [k + 1 for k, line in enumerate(lines[:-1])
                 if is_listing_number(line.strip()) and classify(lines[k + 1].strip()) == Kind.TEXT]
    if not numbers_of_a_listing([lines[k - 1].strip() for k in described]):
        return set()
    return set(described)


def stacked_header_lines(lines: list[str]) -> set[int]:
    """The lines of a header of several text rows written one cell a line, row after row
    (`Accumulated` `Accumulated` `Total` / `foreign` `unrealized` `accumulated` / …), before a
    table's first row: the lower-case lines continue a name in the column above, not the line
    before them. Found before the first value: as many short lines as a whole number of rows
    of the first row's width (`kinds.stacked_rows_fit`)."""
    kinds = [classify(line) for line in lines]
    v = next((k for k, kind in enumerate(kinds) if kind in VALUE_KINDS), None)
    label = next((k for k in range(v - 1, -1, -1) if kinds[k] != Kind.SYMBOL), None) if v else None
    if label is None or label < 2 or kinds[label] != Kind.TEXT:
        return set()
    width = 0
    for kind in kinds[label + 1 :]:
        if kind == Kind.TEXT:
            break
        width += kind in VALUE_KINDS
    start = label
    while start > 0 and kinds[start - 1] == Kind.TEXT and _words(lines[start - 1]) <= MAX_STACKED_LINE_WORDS:
        start -= 1
    for rows in range((label - start) // width if width >= 2 else 0, 1, -1):
        first = label - rows * width
        if stacked_rows_fit(lines[first:label], width):
            return set(range(first, label))
    return set()


CONNECTING_WORDS = frozenset("and or of the to for with by at from in on as".split())  # a label never ends so
# words a line needs before its last, connecting one joins the next line: a column's name
# wrapped one line a cell, `Number of` + `RSUs` + `(in thousands)`, is regrouped line by line in
# the header (`header.regroup_wrapped`), where joined lines would skew the even runs it seeks
MIN_CONNECTED_WORDS = 3


def continues_label(cell: Cell, line: str, following: str | None = None, in_body: bool = False) -> bool:
    """A line opening in lower case after a short label (not a value, a header or a sentence); or
    any text after a label of three words or more that ends on a connecting word (`… PSUs, and
    the` + `Conversion Options`), not a sentence itself, where a value follows it (a row's label;
    a header's names wrapped a line a cell are regrouped in the header, `header.regroup_wrapped`);
    after the table's first value, any such text after a label already wrapped over lines."""
    if not cell.piped or classify(cell.text) != Kind.TEXT or cell.text.rstrip().endswith((":", ".")):
        return False
    words = cell.text.split()
    if ((cell.tail and in_body) or (len(words) >= MIN_CONNECTED_WORDS and words[-1] in CONNECTING_WORDS)) \
            and classify(line) == Kind.TEXT and not is_prose([line]) and following is not None \
            and classify(following) in VALUE_KINDS | {Kind.SYMBOL, Kind.OPEN}:
        return True  # in the body, a label already wrapped goes on too (`… to` / `shareowners of The Coca-Cola` / `Company …`)
    if cell.tail and in_body and line[:1].islower() and classify(line) == Kind.TEXT and not is_prose([line]):
        return True  # in the body, a label wrapped over lines goes on in lower case, however long (`… three and six` + `months ended …`)
    return line[:1].islower() and _words(cell.text) < 12


def lead_in_context(lines: list[str], k: int) -> str | None:
    """What decides whether line `k`, a lead-in ending `:`, is a sentence: the first line that
    heads columns among the next few before a value (a wrapped header, `Three Months` +
    `Ended June 30,`, hides it from the next line alone); the first value, where the next line
    labels a row (rows follow the lead-in, so it is a section label); else the next line."""
    if lines[k].rstrip().endswith(":"):
        for line in lines[k + 1 : k + 1 + LOOKAHEAD]:
            if classify(line) in VALUE_KINDS:
                break
            if heads_columns(line):
                return line
        if k + 2 < len(lines) and classify(lines[k + 2]) in VALUE_KINDS | {Kind.SYMBOL, Kind.OPEN}:
            return lines[k + 2]  # the next line labels a row, however long (`… net of tax, respectively` + `97,341`)
    return lines[k + 1] if k + 1 < len(lines) else None


def text_facts_only(rows) -> bool:
    """A report whose only values are sentences (`Fair Value Measurements` | `The valuation
    techniques … market data.`): a policies or notes page, each such row a text block whose HTML
    held no block element. Such a report only frames its text blocks."""
    valued = [r for r in rows if any(r.cells)]
    return bool(valued) and all(is_sentence(c) for r in valued for c in r.cells if c)


MIN_SENTENCE_WORDS = 8
MIN_LOWER_WORDS = 3


def reads_as_sentence(text: str) -> bool:
    """Prose, not names or a title run together (a header line of several long names, `Item 2.`
    `Unregistered Sales of Equity Securities, Use of Proceeds …`): eight words or more, three of
    them in lower case at least, ending as a sentence or a lead-in does."""
    words = text.split()
    return text.rstrip().endswith((".", ":")) and len(words) >= MIN_SENTENCE_WORDS \
        and sum(1 for w in words if w[:1].islower()) >= MIN_LOWER_WORDS


def is_sentence(line: str, following: str | None = None) -> bool:
    """A sentence: twelve words or more, or six ending `.`. A lead-in ending `:` is one only when
    a header (`heads_columns`), a sentence or nothing follows it; followed by rows it is a section label,
    however long (`Securities excluded … greater than the average market price:`). A long label
    with no full stop over a short row label is none either (`heads_short_rows`)."""
    if line.rstrip().endswith(":") and _words(line) >= 3:
        return following is None or heads_columns(following) or _words(following) >= MIN_PROSE_WORDS or (
            not following.rstrip().endswith(":") and is_sentence(following)) or (
            _words(line) >= MIN_LEAD_IN_WORDS and RE_TABLE_LEAD_IN.search(line) is not None)
    words, end = _words(line), line.rstrip()[-1:]
    if end == ".":
        return words >= 6 or (words >= MIN_PROSE_WORDS and not is_title(line))
    # `Weighted average shares used in computing net income per share …` over `Basic`: a label
    return words >= MIN_PROSE_WORDS and not is_title(line) and not (
        end != ";" and following is not None and heads_short_rows(line, following))


MAX_SUB_LABEL_WORDS = 3  # a sub-row's label under a long one (`Basic`, `Diluted`, `Weighted average`)
MAX_LONG_LABEL_WORDS = 20  # a statement's longest labels (`Net income attributable to noncontrolling …`)


def heads_short_rows(line: str, following: str) -> bool:
    """A long label with no full stop over a short row label (`Basic`, `Diluted`): the rows'
    section label, as a statement writes it, not a sentence of prose (a lead-in says what
    follows: `RE_TABLE_LEAD_IN`)."""
    if _words(line) > MAX_LONG_LABEL_WORDS or any(ch.isdigit() for ch in line):
        return False  # prose runs longer and tells figures (`… totaling 15,162,050, 15,302,345 …`)
    return RE_TABLE_LEAD_IN.search(line) is None and classify(following) == Kind.TEXT \
        and _words(following) <= MAX_SUB_LABEL_WORDS and following[:1].isupper() and not following.rstrip().endswith(":")


# what a table's lead-in says and a section's label does not (`… are detailed below (in thousands):`)
RE_TABLE_LEAD_IN = re.compile(
    r"\b(?:the following|as follows|(?:shown|detailed|presented|summarized) below|"
    r"in (?:thousands|millions|billions))\b", re.IGNORECASE)
MIN_LEAD_IN_WORDS = 8
# a short sentence ending as a lead-in does (`These carryforwards expire as follows:`): a verb's
# object, no section's name (`Deferred tax assets:`)
RE_LEAD_IN_ENDING = re.compile(r"\w+ (?:\w+ )+(?:as follows|the following):$", re.IGNORECASE)


def heads_columns(text: str) -> bool:
    """A year, date, period or unit, or `December 31,` (a date whose year is on the next line)."""
    return classify(text) in HEADER_KINDS | {Kind.DATE} or text.rstrip().endswith(",")


MAX_COLUMN_NAME_WORDS = 5


def in_table_header(cells: list[Cell], start: int, j: int) -> bool:
    """Whether cell `j` sits in the header of a table the block has begun: table cells since the
    block's last prose, none of them a value (nor a value among the content's own lines, where a
    crawl put the block's whole table). A header cell over columns (`Accrued` above
    `Three Months Ended …`) looks like a block's label opening a table, but a block starts only
    after rows, or prose, or straight after another block's label."""
    seen_cells = False
    names: list[str] = []
    for k in range(j - 1, start, -1):
        cell = cells[k]
        if cell.is_block or not cell.piped:
            break  # prose: what follows may be a new block
        kind = classify(cell.text)
        if kind in VALUE_KINDS or kind == Kind.OPEN:
            return names_over_columns(names) and j + 1 < len(cells) and cells[j + 1].is_empty
        if cell.text:
            names.append(cell.text)
        seen_cells = True
    else:  # back at the block's content: a table inside it that shows values is past its header
        content = cells[start]
        if content.is_block and any(classify(line) in VALUE_KINDS for line in content.tail):
            return False
    return seen_cells


def names_over_columns(names: list[str]) -> bool:
    """`2010 Quarter`, `First`, `Second`, `Third` after a table's rows: short names, no values
    between them, are the next table's header, and a cell after them that looks like a block's
    label opening a table (`Fourth` + an empty cell + `(in thousands)`) is one more of them."""
    return len(names) >= 2 and all(_words(n) <= MAX_COLUMN_NAME_WORDS for n in names)


def within(span: Span, outer: Span) -> Span:
    """`span` moved inside `outer` (a cell's lines, where several cells shared them)."""
    first = min(max(span.first, outer.first), outer.last)
    return Span(first, min(max(span.last, first), outer.last))


def opens_blocks_table(body: list[Cell], i: int) -> bool:
    """On a page of blocks (`… (Tables)`), the first label after the abstract row's empty cell,
    followed by a header's text rather than its own value (`Estimated lives of property and
    equipment`, `Asset Category`, …; `Schedule of financial assets …:`, a spacer, `December 31,
    2022`, …): a block whose table starts straight under its label, with no lead-in sentence."""
    if i < 1 or i + 1 >= len(body) or not body[i - 1].is_empty:
        return False
    label = body[i]
    if not (label.piped and label.head and not label.tail) or classify(label.text) != Kind.TEXT \
            or is_listing_number(label.text):
        return False
    after = next_filled(body, i)
    return after is not None and classify(after.text) not in VALUE_KINDS


def body_to_blocks(body: list[Cell], n_cols: int = 0, blocks_page: bool = False) -> tuple[list[Cell], list[TextBlock]]:
    """Separate the report's own row cells from its text blocks. `blocks_page`: the title names a
    page of blocks (`… (Tables)`), whose report holds no row of its own but abstracts."""
    report: list[Cell] = []
    blocks: list[TextBlock] = []
    if any(cell.head and cell.tail and block_in_label_cell(cell) for cell in body):
        body = [part for i, cell in enumerate(body) for part in split_label_and_block(cell, body[i - 1] if i else None)]
    if body and body[0].is_block and is_prose(body[0].tail):
        # the page opens inside a text block (the crawl cut its title and label): an unlabeled block
        body = [Cell("", (), Span(body[0].span.first, body[0].span.first)), *body]
    i = 0
    while i < len(body):
        if blocks_page and not blocks and opens_blocks_table(body, i) and not starts_text_block(body, i, n_cols):
            j = i + 1
            while j < len(body) and not starts_text_row(body, j) and not starts_text_block(body, j, n_cols):
                j += 1
            block = TextBlock(body[i].text, body[i].span + body[j - 1].span, content_to_parts(expand_headers(body[i + 1 : j])))
            blocks.append(block)
            report += [body[i], Cell("", (), Span(body[i].span.last, body[i].span.last))]
            i = j
        elif starts_text_block(body, i, n_cols):
            j = i + 2
            while j < len(body) and not starts_text_row(body, j) and not (
                    starts_text_block(body, j, n_cols) and not in_table_header(body, i + 1, j)):
                j += 1
            label, content, rest = body[i], body[i + 1], i + 2
            if content.is_empty and lead_in_follows(body, rest):
                content, rest = body[rest], rest + 1  # the lead-in in a cell of its own is the prose
            lead = content.lines
            block = TextBlock(label.text, label.span + body[j - 1].span)
            if holds_line_cells(lead) or names_over_piped_rows(lead, body[rest:j]):
                first = content.span.last - len(lead) + 1
                line_cells = lines_to_line_cells(lead, first)
                if first < content.span.first:  # the cells share lines (pipe-suffix: a block on one line)
                    line_cells = [replace(c, span=within(c.span, content.span)) for c in line_cells]
                block.parts = content_to_parts(line_cells + expand_headers(body[rest:j]))
            else:
                block.parts = [Prose(split_paragraphs(lead), content.span)]
                block.parts += content_to_parts(expand_headers(body[rest:j]))
            blocks.append(block)
            # the label's row in the report; the empty cell stands for the block's content
            report += [label, Cell("", (), Span(content.span.first, content.span.first))]
            i = j
        else:
            report.append(body[i])
            i += 1
    return report, blocks


MAX_BLOCK_LABEL_WORDS = 12


def block_in_label_cell(cell: Cell) -> bool:
    """`|Net Income (Loss) Per Share` then `NOTE 6 — NET INCOME (LOSS) PER SHARE` and the note's
    paragraphs with no `|` (a 2011 crawl): a block's label with its content in the lines after it,
    not a label wrapped over them. The label is short and complete (no comma or connecting word
    left open), the lines after it open anew and read as prose."""
    head, tail = cell.head, cell.tail
    return cell.piped and _words(head) <= MAX_BLOCK_LABEL_WORDS and classify(head) == Kind.TEXT \
        and not head.endswith((",", ";", ":", "-", "—")) and (head.split() or [""])[-1].lower() not in OPEN_WORDS \
        and tail[0][:1].isupper() and is_prose(tail) and _words(join_lines(tail)) >= 2 * MIN_PROSE_WORDS


OPEN_WORDS = frozenset("and or of the for to in on at by with from".split())  # a label wrapped after them goes on


def split_label_and_block(cell: Cell, before: Cell | None) -> list[Cell]:
    """The cell as a block's label and its content (`block_in_label_cell`), else itself: not
    where it repeats the label before it (`|Leases` then `|LEASES` and the note: the content's
    own heading, `starts_text_block`)."""
    if not (cell.head and cell.tail and block_in_label_cell(cell)) or (before is not None and same_words(before.text, cell.head)):
        return [cell]
    first = cell.span.first
    return [Cell(cell.head, (), Span(first, first)), Cell("", cell.tail, Span(first + 1, cell.span.last))]


def headless_block(report: list[Cell], blocks: list[TextBlock], n_cols: int) -> TextBlock | None:
    """Values under no period header, on a page with no text block: the crawl cut the page's
    top (its header, or its title and the block's label), and what is left is a note's table.
    Read as an unlabeled block, its own header (column names, `$` signs apart) is found, not
    taken for rows. None where the page has a header or a block."""
    if n_cols or blocks or not any(classify(c.text) in VALUE_KINDS for c in report if c.text):
        return None
    return TextBlock("", report[0].span + report[-1].span, content_to_parts(report))


def notes_a_mark_of(table: Table, paragraph: str) -> bool:
    """`(1)Additional provision related to …` straight after a table one of whose labels, names
    or values carries `(1)` (`Provision (1)`): that mark's footnote, not the next table's caption."""
    return opens_with_a_mark_in(paragraph, carried_texts(table.columns, table.rows))


def carried_texts(columns, rows) -> str:
    """A table's names, labels and values, one a line: where its footnote marks are looked up."""
    return "\n".join((*columns, *(r.label for r in rows), *(c for r in rows for c in r.cells)))


def opens_with_a_mark_in(text: str, carried: str) -> bool:
    m = RE_NOTE_LEAD.match(text)
    return m is not None and m.group(1) in carried


def notes_after_bare_marks(rows: list[Row], columns) -> tuple[list[Row], list[str]] | None:
    """`a)` then `The tax proceedings related to these judicial deposits refer …`, `b)` then its
    note, after the table's last values, each a row of its own: footnotes whose marks a label of
    the table carries (`Unaccrued tax proceedings(a)`), each mark joined to its note. None where
    the table does not end so."""
    k = len(rows)
    notes: list[tuple[str, str]] = []  # (mark, the note with its mark)
    while k >= 2 and not any(rows[k - 1].cells) and not any(rows[k - 2].cells) \
            and (m := RE_BARE_ROW_MARK.match(rows[k - 2].label)) and len(rows[k - 1].label.split()) >= MIN_NOTE_WORDS:
        notes.insert(0, (m.group(1) or m.group(0), f"{rows[k - 2].label} {rows[k - 1].label}"))
        k -= 2
    if not notes or k == 0 or not any(rows[j].cells for j in range(k)):
        return None
    carried = carried_texts(columns, rows[:k])
    if not all(mark in carried if mark.startswith("*") else f"{mark})" in carried for mark, _ in notes):
        return None
    return rows[:k], [note for _, note in notes]


RE_BARE_ROW_MARK = re.compile(r"^\(?([a-z]|\d{1,2})\)$|^\*{1,3}$")  # `a)`, `(b)`, `(1)`, `*`: a mark alone
MIN_NOTE_WORDS = 4


def marked_note_rows(rows: list[Row], columns) -> tuple[list[Row], list[str]]:
    """Rows after the table's last values whose labels open with a mark the table carries
    (`(1)Additional provision related to …` under `Provision (1)`), and nothing else: its
    footnotes, not section rows."""
    if (alone := notes_after_bare_marks(rows, columns)) is not None:
        return alone
    k = len(rows)
    while k > 0 and not any(rows[k - 1].cells) and RE_NOTE_LEAD.match(rows[k - 1].label):
        k -= 1
    if k in (0, len(rows)):
        return rows, []
    carried = carried_texts(columns, rows[:k])  # joined once, not once per note
    if not all(opens_with_a_mark_in(row.label, carried) for row in rows[k:]):
        return rows, []
    return rows[:k], [row.label for row in rows[k:]]
