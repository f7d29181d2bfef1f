"""Stage 0: which flattening a text is, and its cells in the form stage 1 gives the rest.

Crawls flatten the same R page in several ways (`../shared/notes/formats.md`). Each is scored
on simple line statistics (`detect`), and each has a reader that turns it into the cells the
pipe-prefix flattening yields: a `|` line per cell, a lone `|` with lines below for a cell that
holds a block (the title, a text block's prose). From there every variant goes through the same
frame, text-block and grid stages, so a new variant needs only a scorer and a reader here.

* pipe-prefix / mixed: `cells.text_to_cells` (mixed pages are pipe-prefix pages whose inner
  tables lost their pipes; the text-block stage reads those one cell a line).
* line-per-cell: every line a cell; a line of white space is an empty cell; a line that reads
  as prose is a block; a report row written on one line (`Insurance [Abstract]  `) is its
  label and an empty cell.
* blank-line: as line-per-cell, but cells are separated by blank lines, so a cell may wrap
  over several lines.
* whitespace-rows: one row a line; a report page is read by `rows.RowsPage` (rows are known,
  not inferred); a page with text blocks by `row_cells` (each row line as label and value
  cells, then the line reader).
* pipe-suffix: `cell | cell |`, one row a line; every non-empty field a cell (`suffix_cells`).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, replace

from refold.cells import text_to_cells, text_to_lines
from refold.cover import split_cover_label
from refold.frame import DEFINITION_MARKERS, RE_REFERENCE_LINE, RE_SCALE_LINE
from refold.grid import RE_ITEM_HEADING, ROW_VALUE_KINDS
from refold.header import MAX_STACKED_WORDS, RE_SCALE_NOTE, regroup_wrapped
from refold.kinds import (BRACKET_MARKS, FUNCTION_WORDS, MAX_STACKED_LINE_WORDS, MONTH, RE_NOTE_MARK, RE_NOTE_NUMBER, RE_NOTE_OPENING, RE_ONE_DIGIT_MARK,
                          RE_RULE_LINE, RE_YEAR_IN, VALUE_KINDS, VALUE_PIECE, XBRL_BOOLEANS, Kind, classify, is_listing_number, is_name_unit,
                          numbers_of_a_listing, rate_range)
from refold.model import Cell, Span, join_lines, next_filled
from refold.textblock import (CONNECTING_WORDS, RE_ANY_DASH, MIN_CONNECTED_WORDS, MIN_PROSE_WORDS, RE_NOTE_HEADING, RE_TABLE_LEAD_IN,
                              without_note_number,
                              RE_XBRL_LABEL, continues, heads_columns, is_prose, is_sentence, reads_as_sentence)

NBSP = "\u00a0"  # the crawls' empty cell
PIPE_PREFIX = "pipe-prefix"
MIXED = "mixed"
LINE_PER_CELL = "line-per-cell"
BLANK_LINE = "blank-line"
WHITESPACE_ROWS = "whitespace-rows"
PIPE_SUFFIX = "pipe-suffix"
UNKNOWN = "unknown"
VARIANTS = (PIPE_PREFIX, MIXED, LINE_PER_CELL, BLANK_LINE, WHITESPACE_ROWS, PIPE_SUFFIX)
PARAGRAPH_SHARE = 0.6  # blank lines after this share of lines: cells are paragraphs
MIN_SCORE = 0.25  # below this no variant fits and the text is read as `unknown`

_CELL_PARTS = VALUE_KINDS | {Kind.OPEN, Kind.CLOSE, Kind.SYMBOL, Kind.PCT_SIGN}
# a renderer's version: `v3.23.3`, `v3.24.1.1.u2` (a build suffix after the numbers)
VERSION = r"v\d+(?:\.\d+){1,4}(?:\.[a-z]\w*)?"
RE_PREAMBLE = re.compile(rf"^(?:XML \d+ R\d+\.(?:htm|xml) IDEA: XBRL DOCUMENT.*|{VERSION}|"
                         r"(?:Quarterly|Annual) report pursuant to Section 13 (?:or|and) 15\(d\).*)$")
RE_VERSION = re.compile(rf"^{VERSION}$")
RE_TRAILING_EMPTY = re.compile(r"\S {2,}$")  # `Insurance [Abstract]  ` (U+00A0 read as spaces)


@dataclass(frozen=True, slots=True)
class Detection:
    """The variant chosen and the score (0..1) of every candidate, best first; the line counts
    they came from (the readers reuse them)."""

    variant: str
    scores: tuple[tuple[str, float], ...]
    stats: "LineStats | None" = None

    def to_dict(self) -> dict:
        return {"variant": self.variant, "scores": dict(self.scores)}

    def __repr__(self) -> str:
        return f"Detection(variant={self.variant!r}, scores={self.scores!r})"


@dataclass(frozen=True, slots=True)
class LineStats:
    """Counts over the non-blank lines (definition help lines left out) of each variant's marks."""

    lines: int = 0
    pipe_lead: int = 0  # start with `|`
    lone_pipes: int = 0  # `|` alone (an empty cell: counted in pipe_lead too)
    pipe_trail: int = 0  # end with `|` without starting with it
    pipe_rows: int = 0  # `| a | b |`: start and end with `|`, more inside (markdown-like rows)
    parts: int = 0  # a value or a part of one alone on its line (`3,377`, `$`, `)`, `(63`)
    unpiped_parts: int = 0  # such lines among lines that do not start with `|`
    rows: int = 0  # a label followed by values on the same line (`Net sales $ 3,204 $ 2,187`)
    spaced_values: int = 0  # such rows with two values or more apart by runs of spaces
    blank_after: int = 0  # followed by a blank line
    frame: int = 0  # a crawl preamble or a period line (`12 Months Ended`): an R page's frame

    def share(self, count: int) -> float:
        return count / max(1, self.lines)


SAMPLE_LINES = 250  # a page's variant shows in its first lines; a 1 MB page is not read twice


def line_stats(text: str) -> LineStats:
    """Count the marks over the first `SAMPLE_LINES` lines (cheap tests only: the last word of a
    line, not a full row split, so detection stays a small share of the parse)."""
    raw = text_to_lines("\n".join(text.split("\n", SAMPLE_LINES + 1)[:SAMPLE_LINES]))
    counts = dict.fromkeys(LineStats.__dataclass_fields__, 0)
    for k, line in enumerate(raw):
        s = line.strip()
        if not s:
            continue
        if s[0] == "|":
            counts["lines"] += 1
            counts["pipe_lead"] += 1
            counts["lone_pipes"] += s == "|"
            counts["pipe_rows"] += s[-1] == "|" and s.count("|") >= 3
            continue
        if s[0] in "-+RNDBP" and (s.startswith(DEFINITION_MARKERS) or RE_REFERENCE_LINE.match(s)):
            continue  # the definitions' help text looks alike in every variant
        counts["lines"] += 1
        counts["blank_after"] += k + 1 < len(raw) and raw[k + 1] == ""
        if s[-1] == "|":
            counts["pipe_trail"] += 1
            continue
        kind = classify(s)
        if kind in _CELL_PARTS:
            counts["parts"] += 1
            counts["unpiped_parts"] += 1
        else:
            spaced = spaced_values(s)
            row = ends_in_value(s) or RE_VALUES_LINE.fullmatch(s.replace("$ ", "$")) is not None or (
                split_cover_label(s.rstrip(" \u00a0")) is not None  # a cover row
            ) or RE_DURATION_END.search(s) is not None or spaced >= 2
            counts["rows"] += row
            counts["spaced_values"] += row and spaced >= 2
            counts["frame"] += kind == Kind.PERIOD or RE_PREAMBLE.match(s) is not None
    return LineStats(**counts)


def spaced_values(line: str) -> int:
    """How many of the fields that runs of spaces part a line into are values. Two or more
    make a row whatever its last field reads (`31.1   Rule 13a-14(a) Certification   —   —   X`:
    a text column last), as no cell's own text keeps runs of spaces inside."""
    if "  " not in line:
        return 0
    return sum(classify(part) in VALUE_KINDS for part in RE_WIDE_GAP.split(line))


# a row's values on a line of their own, spaced or glued (`3,823 — (9,840)—`, `$ 210,369   $ 243,483`
# with its signs a space before the amounts): a row, not one cell
RE_VALUES_LINE = re.compile(rf"(?:{VALUE_PIECE})(?:\s*(?:{VALUE_PIECE}))+")


# a row that ends in a duration (`Property, Plant and Equipment, Useful Life 30 years`)
RE_DURATION_END = re.compile(r"\S \d{1,3}(?:\.\d+)? (?:years?|months?|days?)$")


def ends_in_value(line: str) -> bool:
    """`Net sales $ 3,204 $ 2,187`: a line whose last word is an amount and whose first is not
    (a last `%`, `)` or `)%` with the word before it: `Total revenue … 18 %`, `… (53 )%`)."""
    words = line.split()
    last = words[-1] if words else ""
    if last in ("%", ")", "%)", ")%") and len(words) > 2:
        last = words[-2] + last
    if len(words) < 2 or (classify(words[0]) in _CELL_PARTS and not names_after_a_number(words)):
        return False
    return classify(last) in VALUE_KINDS or last in XBRL_BOOLEANS or (
        last[-1:] in _VALUE_END_CHARS and RE_GLUED_ROW_END.search(last) is not None)


_VALUE_END_CHARS = frozenset("0123456789)%—–")


def names_after_a_number(words: list[str]) -> bool:
    """`5.875% Senior Notes … $ 801`: a label that opens with a number (a rate, a year) and goes
    on in words, not a line of values."""
    return len(words) > 2 and words[1][:1].isalpha() and classify(words[1]) is Kind.TEXT


# a label's last word glued to the row's values: `cost$5,437$5,363$5,331` (`rows.unglue` splits it)
RE_GLUED_ROW_END = re.compile(rf"[^\s\d,.$(\-−–](?:{VALUE_PIECE}){{2,}}$")


MIN_SUFFIX_LINES = 2
# a share of lines with a blank line after them that rows written a line each rarely reach (at
# most 0.17 on the corpus's whitespace-rows pages): above it, cells are written a paragraph each
BLANK_ROWS_SHARE = 0.3
MIN_SPACED_ROWS = 2
SPACED_ROWS_FIT = 0.5


MAX_PIPED_TEXTS_PER_LONE = 20  # a suffix page's lone pipes outnumber lines opening `|` + text twenty to one


def score(stats: LineStats) -> dict[str, float]:
    """Each variant's fit (0..1), from the line counts.

    Pipes at the start of lines make a pipe page: `mixed` when its unpiped value lines outnumber
    its piped lines (the inner tables lost their pipes). Pipes at the ends of lines, or `| a | b |`
    rows, make pipe-suffix. Without pipes, values alone on their lines make a line page (blank-line
    when blank lines follow most lines), labels with values on one line a whitespace-rows page;
    a page with neither (prose only) reads best one line a cell if it has an R page's frame.
    """
    share = stats.share
    suffix = share(stats.pipe_trail + stats.pipe_rows)
    prefix = share(stats.pipe_lead - stats.pipe_rows)
    texts_after_pipes = stats.pipe_lead - stats.pipe_rows - stats.lone_pipes
    if texts_after_pipes * MAX_PIPED_TEXTS_PER_LONE <= stats.lone_pipes and stats.pipe_trail + stats.pipe_rows >= MIN_SUFFIX_LINES:
        # no text after a leading pipe (but in rows of pipes, `||||`, or a title written `| … |`),
        # text before trailing ones: the lone pipes are a suffix page's empty cells
        prefix = 0.0
    unpiped = max(0.0, 1 - prefix - suffix)
    piped = min(1.0, 3 * prefix) if stats.pipe_lead >= 2 else 0.0
    mixed = stats.unpiped_parts >= 4 and stats.unpiped_parts > stats.pipe_lead
    parts, rows = min(1.0, 3 * share(stats.parts)), min(1.0, 3 * share(stats.rows))
    lines = unpiped * max(0.3 if stats.frame else 0.0, parts * (1 - min(1.0, 2 * share(stats.rows))))
    if stats.pipe_lead >= 2:
        lines *= 0.5  # the report's own cells kept their pipes: a mixed page, not a line page
    blank = share(stats.blank_after) >= PARAGRAPH_SHARE
    rows_fit = unpiped * rows * (1 - min(1.0, 2 * share(stats.parts)))
    if share(stats.blank_after) >= BLANK_ROWS_SHARE and stats.spaced_values < MIN_SPACED_ROWS:
        # rows are written one after another, not between blank lines, unless lines of amounts
        # apart by runs of spaces show rows (a crawl writes a cell's paragraphs between blank lines)
        rows_fit *= 1 - share(stats.blank_after)
    if stats.spaced_values >= MIN_SPACED_ROWS and not stats.parts:
        # lines of amounts runs of spaces apart and no value alone on a line: a line reader would
        # keep each such line one cell, so rows fit better than a frame alone says lines do
        rows_fit = max(rows_fit, SPACED_ROWS_FIT)
    return {
        PIPE_PREFIX: piped * (0.5 if mixed else 1.0) * (1 - suffix),
        MIXED: min(1.0, 0.6 + share(stats.unpiped_parts)) if mixed and stats.pipe_lead >= 2 else 0.0,
        PIPE_SUFFIX: min(1.0, 2 * suffix),
        WHITESPACE_ROWS: rows_fit,
        BLANK_LINE: lines if blank or share(stats.blank_after) >= 0.2 else lines * 0.5,
        LINE_PER_CELL: lines * 0.5 if blank or share(stats.blank_after) >= 0.2 else lines,
    }


def detect(text: str) -> Detection:
    """Score every variant on the text's lines; `unknown` when none reaches `MIN_SCORE`."""
    stats = line_stats(text)
    ranked = tuple(sorted(((v, round(s, 3)) for v, s in score(stats).items()), key=lambda p: -p[1]))
    best, top = ranked[0]
    return Detection(best if top >= MIN_SCORE else UNKNOWN, ranked, stats)


# ------------------------------------------------------------------------------------ readers


def preamble_end(lines: list[str]) -> int:
    """Index of the first line after the crawl's preamble: `XML 58 R34.htm IDEA…`, or an IR
    mirror's form name and page name up to a version line (`v3.21.2`)."""
    i = 0
    while i < len(lines) and (not lines[i].strip() or RE_PREAMBLE.match(lines[i].strip())):
        i += 1
    ahead = [k for k in range(i, min(len(lines), i + 8)) if lines[k].strip()]
    version = next((k for k in ahead if RE_VERSION.match(lines[k].strip())), None)
    return version + 1 if version is not None else i


def line_units(lines: list[str], paragraphs: bool, start: int) -> list[tuple[int, int, list[str]]]:
    """(first line, last line, lines) of each cell from line `start` on (0-based). A line of white
    space is an empty cell (no lines). In paragraph mode blank lines separate cells and a cell's
    lines run to the next blank line; otherwise blank lines carry nothing."""
    units: list[tuple[int, int, list[str]]] = []
    open_unit = False
    for k in range(start, len(lines)):
        line = lines[k]
        if line == "":
            open_unit = False
            continue
        if not line.strip():
            units.append((k, k, []))
            open_unit = False
            continue
        if paragraphs and open_unit and _wrapped_text(units[-1][2][-1], line):
            first, _, held = units[-1]
            units[-1] = (first, k, held + [line])
            continue
        units.append((k, k, [line]))
        open_unit = paragraphs
    return units


def _wrapped_text(previous: str, line: str) -> bool:
    """In a paragraph, text after text continues a label; a frame line (title, period, date) or
    a report row written on one line (ending in its empty cells) stands alone."""
    before = previous.strip()
    if classify(before) != Kind.TEXT or RE_TRAILING_EMPTY.search(previous):
        return False
    if _range_goes_on(before, line.strip()):
        return True
    # `Number of` + `Shares`: a unit word after a line broken on a connecting word ends the name
    return classify(line.strip()) == Kind.TEXT or (before.split()[-1] in CONNECTING_WORDS and is_name_unit(line.strip()))


_ONE_WORD_VALUES = XBRL_BOOLEANS | {"yes", "no"}
RE_AMOUNT_NOTE = re.compile(r"^\(\$?\d[\d,.]* per [a-z ]+\):?$")  # `($1.0065 per share):`, a label's last line
# the last word of a company's name, alone on a line where a label wrapped inside the name
ENTITY_ENDINGS = frozenset({"Company", "Companies", "Corporation", "Inc", "Incorporated", "Ltd", "Limited", "LLC",
                            "L.L.C", "LP", "L.P", "plc", "PLC", "Co", "Group", "Holdings", "N.V", "S.A", "AG", "SE"})
# a word or two, then an amount per unit in brackets: a wrapped label's last line (`Company ($0.51 per share)`)
RE_NOTE_AFTER_WORDS = re.compile(r"^(?:\S+ ){1,2}(?P<note>\(.*\):?)$")
_DASHES = (" —", " –", " -")  # a label broken after a dash goes on


RE_CLAUSE_GOES_ON = re.compile(r"^[a-z0-9][^()]*\b[a-z]{2,}\b")  # `2025 and 2024`, `respectively`; no `(in millions) 2024`


RE_RANGE_OPENED = re.compile(r"^\$?\s?\d[\d,]*(?:\.\d+)?\s+(?:to|-|–|—)$")  # `$11.61 to`: a range's first bound


def _range_goes_on(last: str, line: str) -> bool:
    """`$11.61 to` + `$16.93`: a range of exercise prices a header cell broke over two lines."""
    return RE_RANGE_OPENED.match(last) is not None and classify(line) in (Kind.MONEY, Kind.NUMBER)


def _wraps(previous: list[str], line: str, following: str | None = None) -> bool:
    """A line continues the text line before it: it starts lower case (a wrapped label), or it
    completes a date (`March 29,` + `2025`, a header cell with a line break; not a row of years
    under a row of days, `March 31,` `December 31,` over `2021` `2020`: the next line is no
    year), or the line before ends on a connecting word or a comma (`… at June 30, 2025 and`,
    `… six months ended June 30,` + `2025 and 2024`), or it opens
    a bracket in lower case after a line broken after a lower-case word (`Other comprehensive
    income` + `(loss), …`), or an amount per unit in brackets (`Dividends and dividend
    equivalents` + `($1.0065 per share):`), after a word or two where the label wrapped already
    (`… to` + `shareowners of The Coca-Cola` + `Company ($0.51 per share)`), or a company's name's
    last word after a label in sentence case that breaks inside the name (`… of The Coca-Cola` +
    `Company`)."""
    if not previous:
        return False
    last, line = previous[-1].strip(), line.strip()
    if _range_goes_on(last, line):
        return True
    if last.endswith(",") and classify(f"{last} {line}") == Kind.DATE:
        return following is None or classify(following.strip()) != Kind.YEAR
    if len(last.split()) >= MIN_CONNECTED_WORDS and (last.split()[-1] in CONNECTING_WORDS or (
            last.endswith(",") and RE_CLAUSE_GOES_ON.match(line))) and classify(line) == Kind.TEXT and classify(last) == Kind.TEXT and not is_prose([line]):
        return True  # `… outstanding at June 30, 2025 and` + `December 31, 2024, respectively`; a
        # sentence after it is the block's prose under its label (`Schedule of Cash in`)
    if line.rstrip(".,") in ENTITY_ENDINGS and last.split()[-1][:1].isupper() and len(last.split()) >= MIN_CONNECTED_WORDS \
            and any(word[:1].islower() for word in last.split()):
        return True  # `… attributable to shareowners of The Coca-Cola` + `Company`: a company's name wrapped
    if (note := RE_NOTE_AFTER_WORDS.match(line)) and RE_AMOUNT_NOTE.match(note["note"]) and classify(last) == Kind.TEXT \
            and not last.endswith((":", ".", ";")) and len(previous) > 1:
        return True  # `… to` + `shareowners of The Coca-Cola` + `Company ($0.51 per share)`: a wrapped label's end
    if is_aside(line) and classify(last) == Kind.TEXT and not last.endswith((":", ".")) and not RE_ABSTRACT_ROW.search(last):
        return True  # `Senior secured notes - 10.50% due February 15, 2028` + `(discount is based on …)`
    if line[:1] == "(" and (line[1:2].islower() or RE_AMOUNT_NOTE.match(line)) and len(line.split()) > 1 \
            and classify(line) == Kind.TEXT:
        # `Other comprehensive income` + `(loss), net of tax`; not a name's note (`Exercise Price` + `(per share)`)
        return classify(last) == Kind.TEXT and last.split()[-1][:1].islower() and continues(last, line)
    # one lower-case word is more often a value (`false`, `none`) than the end of a label, unless
    # the line before broke off after a lower-case word (`Dividends paid to noncontrolling`) or
    # a dash (`Weighted-average common shares outstanding —` + `basic`)
    return line[:1].islower() and classify(last) == Kind.TEXT and continues(last, line) and (
        len(line.split()) > 1 or ((last.split()[-1][:1].islower() or last.endswith(_DASHES))
                                  and classify(line) == Kind.TEXT and line.lower() not in _ONE_WORD_VALUES))


def line_cells(text: str, paragraphs: bool = False) -> list[Cell]:
    """line-per-cell and blank-line text as pipe-prefix cells (see the module docstring)."""
    lines = text_to_lines(text)
    start = preamble_end(lines)
    cells = [Cell(lines[k].strip(), (), Span(k + 1, k + 1), piped=False) for k in range(start)
             if lines[k].strip()]
    units = line_units(lines, paragraphs, start)
    units = _names_between_spacers(units)
    units = _join_bracketed_notes(units) if paragraphs else _join_wrapped(units)
    units = _join_note_numbers(units if paragraphs else _join_broken_sentences(units))
    described = item_descriptions(units)
    title_done = tables_page = False
    after_row = False  # the previous cell closed a report row written on one line
    after_value = False  # a value was read since the last prose: a table is open
    in_block = False  # a text block's content has begun
    notes, skip = False, -1  # under a rule: footnotes, each a mark then its text (that unit skipped)
    for n, (first, last, held) in enumerate(units):
        span = Span(first + 1, last + 1)
        if not held:
            cells.append(Cell("", (), span))
            continue
        held = [h.strip() for h in held]
        if not title_done and opens_with_column_names(units):
            title_done = True  # a crawl cut before the title: the page opens on its table's names
        if not title_done:
            title_done = True
            tables_page = held[0].endswith("(Tables)")
            if classify(held[0]) not in (Kind.PERIOD, Kind.DATE):  # else a page without its title
                cells.append(Cell("", tuple(held), span))  # the title cell: name, then scale lines
                continue
        if len(cells) and cells[-1].is_block and cells[-1].span.last == first and RE_SCALE_LINE.match(held[0]) \
                and len(held) == 1:  # a scale line with a line wrapped onto it is no scale line: kept whole below
            cells[-1] = Cell("", (*cells[-1].tail, held[0]), cells[-1].span + span)
            continue
        if first == last and RE_TRAILING_EMPTY.search(lines[first]) and not is_prose(held):
            cells += [Cell(held[0], (), span), Cell("", (), span)]  # `Label` + its empty value cell
            after_row, after_value = True, False
            continue
        if n == skip:
            continue  # a footnote's text, joined to its mark
        if RE_RULE_LINE.match(held[0]) and len(held) == 1:
            cells.append(Cell(held[0], (), span, piped=False))  # `_____`: the rule above footnotes
            after_value, notes = False, True
            continue
        if notes and (note := footnote_at(units, n)) is not None:
            cells.append(note)
            skip = n + 1
            continue
        notes = False
        if tables_page and after_value and len(held) == 1 and RE_SCHEDULE_LABEL.match(held[0]) \
                and classify(next_text(units, n) or "") != Kind.TEXT:
            # `Schedule of maturity analysis of …` after a table's values on a (Tables) page, its
            # table's header next (a scale note, a date, an empty cell): the next block's label (an
            # XBRL table text block's), with its empty cell as pipes write it (a heading or a
            # lead-in next: `_next_block_headings`)
            cells += [Cell(held[0], (), span), Cell("", (), span)]
            after_value = in_block = False
            continue
        in_table = n in described or (after_value and heads_rows(held, units, n))
        # `Allowance for excess and obsolete inventories:` under the header's dates, over `(in
        # thousands)`: the stub's caption (a section row), no lead-in to a header
        caption = held[-1].endswith(":") and len(held) == 1 and under_header_dates(cells)
        if not in_table and not caption and reads_as_prose(held, after_value, next_text(units, n)):
            glued = split_glued_label(held[0]) if after_row and len(held) == 1 else None
            leads_in = RE_LEADS_TO_TABLE.search(" ".join(held).strip()) is not None
            # a (Tables) page holds a table a block: a heading after its values, then a lead-in,
            # opens the next block (`Income Tax Reconciliation` + `The income tax … as follows:`)
            next_block = tables_page and after_value and leads_in and heading_before(cells, leads_to_table=True)
            if glued:
                cells += [Cell(glued[0], (), span), Cell("", (glued[1],), span)]
            elif after_value and not heading_before(cells) and not next_block:
                if leads_in and heading_before(cells, leads_to_table=True):
                    heading = cells[-1]  # `Summary of Cash …` straight after the values, then `The following
                    cells[-1] = Cell(heading.head, heading.tail, heading.span, piped=False)  # table …`: its heading
                cells.append(Cell(held[0], tuple(held[1:]), span, piped=False))  # a note under a table
                after_value = False
            else:
                headings = _next_block_headings(cells) if next_block else _headings_before(cells, in_block)
                del cells[len(cells) - len(headings):]
                start_span = headings[0].span if headings else span
                cells.append(Cell("", (*(h.head for h in headings if h.head), *held), start_span + span))
                in_block = True
        elif len(held) == 1 and (label := written_twice(held[0])) \
                and (following := next_text(units, n)) is not None and reads_as_prose([following], False):
            cells += [Cell(label, (), span), Cell("", (label,), span)]  # `Income Taxes Income Taxes`: a
            in_block, after_value = True, False  # block's label and its heading on one line
        elif cells and cells[-1].piped and not cells[-1].tail and same_name(cells[-1].head, held[0]) \
                and classify(held[0]) == Kind.TEXT and not (after_value and held[0].endswith(":")) \
                and not _after_header_dates(cells):
            cells.append(Cell("", tuple(held), span))  # the label repeated: its block's heading
            in_block, after_value = True, False
        elif len(held) == 1 and (values := values_apart(held[0])):
            cells += [Cell(value, (), span) for value in values]  # `(5 )     (5 )`: a row's values on one line
            after_value = True
        elif len(held) == 1 and (row := label_apart_from_values(held[0])):
            cells += [Cell(part, (), span) for part in row]  # `Furniture and fixtures   3 Years`: a row on one line
            after_value = True
        elif len(held) == 1 and (row := glued_row(held[0])):
            # `Interest costs charged to expense$2,267 $1,305 $1,168`: a row written on one line,
            # its label glued to its values, among cells one a line
            cells += [Cell(part, (), span) for part in row]
            after_value = True
        elif len(held) == 1 and RE_GLUED_YEARS.match(held[0].strip()):
            cells += [Cell(year, (), span) for year in header_dates(held[0])]  # `202020192018`: a header's years, glued
        else:
            cells.append(Cell(held[0], tuple(held[1:]), span))
            after_value = after_value or classify(held[-1]) in _CELL_PARTS  # a section row keeps it open
        after_row = False
    return column_names_as_header(header_lines_joined(cells))


def opens_with_column_names(units) -> bool:
    """`Change in Fair Value of Financial Instruments (1)` `Foreign Currency Translation
    Adjustments` `Postretirement Benefit Obligation (2)` `Total`, then `Balance at January 1,
    2015` and four amounts: a page cut before its title and periods opens on its table's column
    names, short texts a line each, as many as the first row that follows them has amounts (two
    or more), with no period, date or unit among them. The first line is then no title."""
    names = 0
    while names < min(len(units), MAX_OPENING_NAMES) and len(units[names][2]) == 1 \
            and classify(units[names][2][0].strip()) == Kind.TEXT and len(units[names][2][0].split()) <= MAX_OPENING_NAME_WORDS:
        names += 1
    amounts = 0
    for _, _, held in units[names : names + MAX_OPENING_NAMES]:
        if not held:
            continue
        kind = classify(held[0].strip())
        if kind == Kind.TEXT:
            break
        amounts += kind in (Kind.NUMBER, Kind.MONEY) or RE_OPEN_AMOUNT.match(held[0].strip()) is not None
    return names >= 3 and amounts == names - 1  # the last text labels the first row


RE_OPEN_AMOUNT = re.compile(r"^\(\$?\s?\d[\d,.]*$")  # `(17`: a negative amount whose `)` is on the next line
MAX_OPENING_NAME_WORDS = 10  # `Change in Fair Value of Financial Instruments (1)`: a name, not a sentence
MAX_OPENING_NAMES = 24  # lines looked at for the names and the first row's amounts (the look stays local)


def values_apart(line: str) -> list[str] | None:
    """`(5 )           (5 )`: values that runs of spaces part, two or more and nothing else on
    the line (a filer's row written on one line among cells one a line); None otherwise."""
    if "  " not in line:
        return None
    parts = RE_WIDE_GAP.split(line.strip())
    return parts if len(parts) > 1 and all(classify(part) in VALUE_KINDS for part in parts) else None


def label_apart_from_values(line: str) -> list[str] | None:
    """`Furniture and fixtures   3 Years`, `Office equipment   3 Years`: a label, then values a run
    of spaces apart, one or more and nothing else (an IDEA page's table written a row a line among
    cells one a line): the label and the values as cells; None otherwise (a label ending a
    sentence, or anything but values after it)."""
    if "  " not in line:
        return None
    parts = RE_WIDE_GAP.split(line.strip())
    if len(parts) < 2 or classify(parts[0]) != Kind.TEXT or parts[0].endswith((".", ";")) \
            or len(parts[0].split()) > MAX_LABEL_APART_WORDS:
        return None
    return parts if all(classify(part) in VALUE_KINDS for part in parts[1:]) else None


MAX_LABEL_APART_WORDS = 16  # a row's label, at most, before its values on one line


RE_LABEL_GLUED_TO_VALUE = re.compile(r"[a-z)]\(?[$\d(]")


def glued_row(line: str) -> list[str] | None:
    """`Interest costs charged to expense$2,267 $1,305 $1,168`, `Plus: Interest cost
    capitalized246 575 562`: a row a crawl wrote on one line with its label glued to its first
    value, two values or more: the label and the values as cells (`rows.split_row` reads them);
    None for any other line."""
    from refold.rows import split_row

    if not RE_LABEL_GLUED_TO_VALUE.search(line):
        return None  # most lines glue nothing: no row split for them
    label, values = split_row(line.strip())
    if not label or len(values) < 2 or not all(classify(v) in VALUE_KINDS for v in values):
        return None
    glue = line.strip()[len(label) - 1 : len(label) + 2]
    return [label, *(part for v in values for part in cell_parts(v))] if RE_LABEL_GLUED_TO_VALUE.match(glue) else None


def footnote_at(units: list[tuple[int, int, list[str]]], n: int) -> Cell | None:
    """`(1)` then `Net revenue by operating segment excludes …` under a table's rule: one footnote,
    prose (its mark alone would read as an amount, `(1)`, and open a row)."""
    first, _, held = units[n]
    if len(held) != 1 or not RE_NOTE_MARK.match(held[0].strip()) or n + 1 >= len(units) or not units[n + 1][2]:
        return None
    _, last, text = units[n + 1]
    lines = [line.strip() for line in text]
    return Cell(f"{held[0].strip()} {lines[0]}", tuple(lines[1:]), Span(first + 1, last + 1), piped=False)


def header_lines_joined(cells: list[Cell]) -> list[Cell]:
    """`Mar. 29, 2025` + `USD ($)` + `Vendor`: a header cell's lines (a date, then unit and
    member lines), one a line here, are one header cell, as a `|` block holds them."""
    title = next((k for k, c in enumerate(cells) if c.is_block), None)
    if title is None:
        return cells
    out = cells[: title + 1]
    k = title + 1
    while k < len(cells) and cells[k].head and not cells[k].tail:
        kind = classify(cells[k].head)
        if kind == Kind.PERIOD:
            out.append(cells[k])
            k += 1
            continue
        if kind != Kind.DATE:
            break
        lines, span = [cells[k].head], cells[k].span
        k += 1
        while k < len(cells) and _header_line(cells, k):
            lines.append(cells[k].head)
            span = span + cells[k].span
            k += 1
        out.append(Cell("", tuple(lines), span) if len(lines) > 1 else cells[k - 1])
    return out + cells[k:]


def _header_line(cells: list[Cell], k: int) -> bool:
    """A unit or member line under a date: text that is no report row (`Label  ` read as label
    and an empty cell on the same line) and that no value follows."""
    cell = cells[k]
    if not cell.head or cell.tail or classify(cell.head) not in (Kind.TEXT, Kind.UNIT):
        return False
    if k + 1 < len(cells) and cells[k + 1].is_empty and cells[k + 1].span == cell.span:
        return False
    nxt = next_filled(cells, k)
    if nxt is not None and nxt.is_block:
        return False  # a block's label: its content follows
    return nxt is None or classify(nxt.text) not in VALUE_KINDS | {Kind.OPEN, Kind.SYMBOL}


def column_names_as_header(cells: list[Cell]) -> list[Cell]:
    """`Total`, `Common stock …`, `Retained earnings` after the title: text header cells (an
    equity statement's members) look like labels one a line. As many texts as the first row
    has values, then that row's label: the texts are header cells (written as `|` blocks, the
    form the frame stage reads as header)."""
    title = next((k for k, c in enumerate(cells) if c.is_block), None)
    if title is None:
        return cells
    k = title + 1
    while k < len(cells) and cells[k].head and classify(cells[k].head) in (Kind.PERIOD, Kind.DATE):
        k += 1
    texts = k
    while texts < len(cells) and cells[texts].head and not cells[texts].tail \
            and classify(cells[texts].head) == Kind.TEXT:
        texts += 1
    names = texts - k - 1  # the last text is the first row's label
    values = 0
    for cell in cells[texts:]:
        kind = classify(cell.text) if cell.text else Kind.EMPTY
        if kind == Kind.TEXT:
            break
        values += kind in VALUE_KINDS
    if names < 2 or values != names:
        return cells
    return cells[:k] + [Cell("", (c.head,), c.span) for c in cells[k : texts - 1]] + cells[texts - 1 :]


def _headings_before(cells: list[Cell], in_block: bool) -> list[Cell]:
    """The short text lines just before a block's prose that belong to its content: headings
    (`Debt`, `Commercial Paper`). The first of them is the block's label unless a block is
    already open (one line a cell cannot tell a new block from a heading in the open one, and
    a heading keeps no text out of place)."""
    end = len(cells)
    if not in_block and end > 1 and cells[end - 1].is_empty and not cells[end - 2].is_empty \
            and cells[end - 1].span != cells[end - 2].span:
        end -= 1  # before a page's first block, a spacer line between its label's headings and the
        # prose (`N. INTERIM …` ␣ `The following …`); not a label's own empty cell (`… [Abstract]  `,
        # written on its line), nor a spacer between a block's rows (an exhibit list's)
    k = end
    while k > 0 and cells[k - 1].piped and cells[k - 1].head and not cells[k - 1].tail \
            and classify(cells[k - 1].head) == Kind.TEXT:
        k -= 1
    if not in_block:
        k += 1  # the label stays a cell of its own
    if k >= end:
        return []  # no heading: a spacer before the prose stays where it is (a label's empty value)
    return cells[k:]


# the standard label of a table text block (`Schedule of Inventory, Current [Table Text Block]`)
RE_SCHEDULE_LABEL = re.compile(r"^Schedule of [A-Za-z].*[^.:;]$")


def _after_header_dates(cells: list[Cell]) -> bool:
    """The texts at the end of `cells` come after a header row of dates or years, two or more
    (`2025` `2024` `2025` `2024` then `Operating` `Operating` `Finance` `Finance`): names over
    columns, which repeat; a label repeated there is no block's heading."""
    k = len(cells)
    while k > 0 and len(cells) - k < MAX_NAMES_BACK and classify(cells[k - 1].head) == Kind.TEXT:
        k -= 1
    return k >= 2 and all(classify(c.head) in (Kind.YEAR, Kind.DATE) for c in cells[k - 2 : k])


MAX_NAMES_BACK = 8  # header names looked back over for the dates above them


def under_header_dates(cells: list[Cell]) -> bool:
    """The last two cells that hold text, a header cell's lines joined (`June 30,` + `2019`), are
    dates or years: the next text stands right under a header row of them."""
    filled = [c for c in cells[-2 * MAX_NAMES_BACK :] if c.text]
    return len(filled) >= 2 and all(classify(c.text) in (Kind.YEAR, Kind.DATE) for c in filled[-2:])


def _next_block_headings(cells: list[Cell]) -> list[Cell]:
    """After a table on a (Tables) page, the next block's label and its heading when it has one
    (`Schedule of Goodwill` + `Goodwill`), texts with no figure: the heading, which goes to the
    block's content (the label stays a cell of its own); none where the label is alone."""
    k = len(cells)
    while k > 0 and len(cells) - k < 2 and cells[k - 1].piped and cells[k - 1].head and not cells[k - 1].tail \
            and classify(cells[k - 1].head) == Kind.TEXT and not any(ch.isdigit() for ch in cells[k - 1].head):
        k -= 1
    return cells[k + 1 :] if k < len(cells) else []


def same_name(a: str, b: str) -> bool:
    """`PROPERTY AND EQUIPMENT-` and `PROPERTY AND EQUIPMENT`: one name, a dash after it or not,
    and `Accrued Liabilities` and `6. Accrued Liabilities` or `15.Accrued Liabilities` (the note's
    number before its heading)
    or `ACCRUED LIABILITIES` (`Schedule II …:`, an abstract's label, is no block's title: its `:`
    counts); a dash inside the name is one mark however written (`Schedule II - …`, `Schedule II – …`)."""
    a, b = RE_ANY_DASH.sub("-", a), RE_ANY_DASH.sub("-", b)
    name = a.rstrip(" -")
    return name == b.rstrip(" -") or name.casefold() == without_note_number(b).rstrip(" -").casefold()


def heading_before(cells: list[Cell], leads_to_table: bool = False) -> bool:
    """After a table, a title-case line then prose (`Share-Based Compensation Expense and the
    Related Income Tax Benefit`, `The following table shows …`): the next block's heading over its
    lead-in, not the table's last row nor a note under it. Over a lead-in to a table, an XBRL
    table block's standard label in sentence case too (`Schedule of company's stock option activity`)."""
    if len(cells) < 2 or not (cells[-2].is_empty or leads_to_table):
        return False  # a row's label stands right after its table's values, a heading after a
        # blank, or right after the values where a lead-in to the next table follows it
    last = cells[-1]
    return last.piped and bool(last.head) and not last.tail and classify(last.head) == Kind.TEXT \
        and not last.head.endswith((":", ".")) and (is_title_case(last.head.split())
                                                    or (leads_to_table and bool(RE_SCHEDULE_LABEL.match(last.head))))


# a sentence that introduces a table (a stub's name, `Contractual obligations (in thousands):`, does not)
RE_LEADS_TO_TABLE = re.compile(r"^the following\b|\bfollows:$", re.IGNORECASE)


def reads_as_prose(held: list[str], after_value: bool, following: str | None = None) -> bool:
    """Prose, not a cell. A lead-in ending `:` is prose when a header follows it, a section label
    when rows do (`Derivative instruments designated as hedges:`). Inside a table (after a
    value) only a sentence is prose (`textblock.is_sentence`). Elsewhere a line in title case (a block's label:
    `Disaggregated Net Sales and Portion of Net Sales…`), or one without an end mark that prose
    follows (`Reconciliation of changes in claim liabilities and …` + `The following table…`),
    is a label."""
    text = " ".join(held).rstrip()
    words = text.split()
    lead_in = text.endswith(":")
    if after_value:
        return is_sentence(text, following)
    if lead_in and 3 <= len(words) < 12 and following is not None:
        if is_title_case([w.lstrip("(") for w in words]) and classify(following) == Kind.UNIT:
            return False  # `Other Assets (Long Term):` over `(In millions)`: the stub's caption, a cell
        # `The following table shows the investments:` leads in to a table, never labels rows
        return heads_columns(following) or RE_LEADS_TO_TABLE.search(text) is not None
    if not text.endswith((".", ":", ";")) and following is not None and is_prose([following]) \
            and following.endswith((".", ":")):
        return False
    if not text.endswith((".", ":", ";")) and following is not None and classify(following) in (Kind.NUMBER, Kind.MONEY):
        return False  # `Senior secured notes … (discount is based on … 10.99%)` + `$2,900,000`: a row's label
    return is_prose(held) and not (is_title_case(words) and not lead_in and not text.endswith("."))


def item_descriptions(units) -> set[int]:
    """The units that describe a listing's items (an exhibit index: `31.1` then `Certification of
    Chief Executive Officer Pursuant to Section 302 …`): the text after each item number, where
    `MIN_LISTED_ROWS` numbers or more look like items and run in order. Cells, however much they
    read as prose."""
    described: dict[int, int] = {}  # a number's unit -> its description's (spacer cells between)
    for n, (_, _, held) in enumerate(units):
        if len(held) == 1 and is_listing_number(held[0].strip()):
            after = next((m for m in range(n + 1, min(len(units), n + 4)) if units[m][2]), None)
            if after is not None and classify(units[after][2][0].strip()) == Kind.TEXT:
                described[n] = after
    numbers = [units[n][2][0].strip() for n in described]
    if not numbers_of_a_listing(numbers):
        return set()
    return set(described.values())


def heads_rows(held: list[str], units, n: int) -> bool:
    """Inside a table, `Other comprehensive income (loss):` then a row whose long label (`Foreign
    currency translation adjustments, net of income tax benefit of $21 million, …`) has its values
    after it: a section's lead-in, however much that label reads as a sentence; not a table's
    lead-in (`… are as follows:`). So is a long text that ends as no sentence does (`Weighted
    average shares used in computing net income per share of common stock` over `Basic`)."""
    if len(held) != 1 or held[0].rstrip().endswith((".", "!", "?")) or RE_TABLE_LEAD_IN.search(held[0]):
        return False
    texts = [m for m in range(n + 1, min(len(units), n + 1 + LOOKAHEAD_UNITS)) if units[m][2]]
    return len(texts) >= 2 and classify(units[texts[0]][2][0].strip()) == Kind.TEXT \
        and classify(units[texts[1]][2][0].strip()) in ROW_VALUE_KINDS


LOOKAHEAD_UNITS = 12  # a section row's empty cells, then the next row's label and first value


def next_text(units, n: int) -> str | None:
    """The first line of the next cell with text after unit `n`."""
    # by index, not a slice: called for every unit, a slice would copy the rest of the page each time
    return next((units[j][2][0].strip() for j in range(n + 1, len(units)) if units[j][2]), None)


def is_title_case(words: list[str]) -> bool:
    long_words = [w for w in words if len(w) > 3]
    return bool(long_words) and sum(w[:1].isupper() for w in long_words) >= 0.8 * len(long_words)


def _names_between_spacers(units: list[tuple[int, int, list[str]]]) -> list[tuple[int, int, list[str]]]:
    """`Number` `of` `Options` ␣ `Weighted` `Average` `Exercise` `Price` ␣ …: a header whose names
    were written a word or two a line, a line of spaces (a spacer cell) between names. Runs of
    two short text lines or more, straight after one another, where two runs or more stand a
    spacer apart, are a name each (one cell, its lines kept). The last name ends where the first
    row begins, its label then a value (`Aggregate` `Intrinsic Value` `(in millions)` then
    `Outstanding as of January 1, 2019` `5,869,211`: `_first_row_after`). A name's lines stand
    as far apart as the page's cells mostly do: next to each other, or a blank line between them
    where the store wrote one after every cell (`Number of` ␣ `Restricted` ␣ `Stock Units`)."""
    step = _cell_step(units)
    runs: list[tuple[int, int]] = []  # [start, end) of each run of short text lines
    k = 0
    while k < len(units):
        end, row = k, None
        while end < len(units) and _name_line(units[end]) and (end == k or units[end][0] == units[end - 1][1] + step):
            end += 1
        if end < len(units) and units[end][2] and (row := _first_row_after(units, k, end)) is not None:
            end = row
        closed = end < len(units) and (not units[end][2] or row is not None)  # by a spacer, or by the first row
        if end - k >= 2 and k > 0 and not units[k - 1][2] and closed \
                and all(_goes_on_a_name(units[j][2][0].strip()) for j in range(k + 1, end)):
            runs.append((k, end))
        k = max(end, k + 1)

    def spacers_apart(end: int, start: int) -> bool:  # a spacer cell or two between two runs, nothing else
        return 1 <= start - end <= MAX_SPACERS_BETWEEN_NAMES and not any(units[j][2] for j in range(end, start))

    joined = [(a, b) for n, (a, b) in enumerate(runs)
              if (n and spacers_apart(runs[n - 1][1], a)) or (n + 1 < len(runs) and spacers_apart(b, runs[n + 1][0]))]
    if not joined or _one_run_repeated(units, joined):
        return units  # one run under each group (`Trading Securities` `Available-for-Sale Securities` twice): sub-names
    out: list[tuple[int, int, list[str]]] = []
    k = 0
    for a, b in joined:
        out += units[k:a]
        out.append((units[a][0], units[b - 1][1], [line for unit in units[a:b] for line in unit[2]]))
        k = b
    return out + units[k:]


def _one_run_repeated(units: list[tuple[int, int, list[str]]], runs: list[tuple[int, int]]) -> bool:
    """Whether every run holds the same lines as the first."""
    first = [unit[2] for unit in units[runs[0][0] : runs[0][1]]]
    return all([unit[2] for unit in units[a:b]] == first for a, b in runs)


MAX_SPACERS_BETWEEN_NAMES = 2  # spacer cells between two names of a header row (a column's `$` and its spacer)


def _cell_step(units: list[tuple[int, int, list[str]]]) -> int:
    """How many lines on one cell's next mostly stands: 1, or 2 where a blank line follows each."""
    gaps = Counter(b[0] - a[1] for a, b in zip(units, units[1:]))
    return 2 if gaps and gaps.most_common(1)[0][0] == 2 else 1


def _first_row_after(units: list[tuple[int, int, list[str]]], k: int, end: int) -> int | None:
    """Where a run of name lines from `k` that no spacer closes (it stops at `end`) meets the
    table's first row: a longer label then a value (`Outstanding as of January 1, 2019`
    `5,869,211`: the run ends at `end`), or the run's own last line a short label before a
    value (`Granted` `2,436,811`: the run ends a line sooner). None where no value follows."""
    def value_at(j: int) -> bool:
        return j < len(units) and bool(units[j][2]) and classify(units[j][2][0].strip()) in ROW_VALUE_KINDS

    if value_at(end):
        return end - 1 if end - 1 - k >= 2 else None
    return end if value_at(end + 1) and classify(units[end][2][0].strip()) == Kind.TEXT else None


def _name_line(unit: tuple[int, int, list[str]]) -> bool:
    """A line of a name written a word or two a line: a short text, or a unit word (`Shares`)."""
    held = unit[2]
    return len(held) == 1 and name_piece_text(held[0].strip(), MAX_STACKED_WORDS)


def _goes_on_a_name(line: str) -> bool:
    """A name's later line: a word in capitals (`Principal`), a connecting word (`of Shares`) or an
    aside (`(1)`); not a label's text value one a line after it (`false`, `001-36743`, `NASDAQ`:
    a cover page's `Document Transition Report` then `false`)."""
    first = line.split()[0]
    return line.lower() not in _ONE_WORD_VALUES and not RE_CODE_VALUE.match(line) \
        and (first[:1].isupper() or first[:1] == "(" or first in CONNECTING_WORDS)


RE_CODE_VALUE = re.compile(r"^[A-Z][A-Z0-9.\-]+$")  # `AAPL`, `NASDAQ`, `Q2`: a cover page's code, no word of a name


def _join_wrapped(units):
    out = []
    for k, unit in enumerate(units):
        following = units[k + 1][2][0] if k + 1 < len(units) and units[k + 1][2] else None
        if out and unit[2] and out[-1][2] and out[-1][1] + 1 == unit[0] and _wraps(out[-1][2], unit[2][0], following):
            first, _, held = out[-1]
            out[-1] = (first, unit[1], held + unit[2])
        else:
            out.append(unit)
    return out


def _join_broken_sentences(units):
    """`… inventories totaled approximately` `$1,000` `and` `$19,000` `for the` `three` `months
    ended` … `respectively.`: a sentence the crawl broke at each fact tagged in it (the inline
    XBRL's own elements, a line each). A line of prose that ends mid-sentence, then lines next
    to it, one of the first two going on in lower case, up to the line that ends the sentence,
    is one paragraph. Left as they are where no line within `MAX_BROKEN_LINES` ends it."""
    out = []
    k = 0
    while k < len(units):
        unit = units[k]
        end = broken_sentence_end(units, k)
        if end is None:
            out.append(unit)
            k += 1
            continue
        lines = [line.strip() for u in units[k : end + 1] for line in u[2]]
        out.append((unit[0], units[end][1], [" ".join(lines)]))
        k = end + 1
    return out


MAX_BROKEN_LINES = 40  # lines a sentence broken at its tagged facts runs over at most


def broken_sentence_end(units, k: int) -> int | None:
    """The unit that ends the sentence unit `k` opens and breaks off (see `_join_broken_sentences`)."""
    held = units[k][2]
    text = " ".join(line.strip() for line in held)
    if not held or len(text.split()) < MIN_PROSE_WORDS or text.endswith(SENTENCE_ENDS) or classify(text) != Kind.TEXT:
        return None
    following = units[k + 1 : k + 3]
    if not any(u[2] and u[2][0].strip()[:1].islower() for u in following):
        return None
    for j in range(k + 1, min(len(units), k + 1 + MAX_BROKEN_LINES)):
        if not units[j][2] or units[j][0] != units[j - 1][1] + 1:
            return None  # an empty cell or a blank line: no sentence runs across it
        if units[j][2][-1].strip().endswith(SENTENCE_ENDS):
            return j
    return None


SENTENCE_ENDS = (".", "!", "?", ":", ";")


def _join_note_numbers(units):
    """`(` `5` `)` `Inventories`, a line each: a note's heading whose number and brackets the
    crawl wrote on lines of their own, one cell `(5) Inventories` (not an amount `(5)`)."""
    out = []
    k = 0
    while k < len(units):
        parts = [unit[2] for unit in units[k : k + 4]]
        if len(parts) == 4 and all(len(p) == 1 for p in parts) and parts[0][0].strip() == "(" \
                and RE_NOTE_NUMBER_ALONE.match(parts[1][0].strip()) and parts[2][0].strip() == ")" \
                and classify(parts[3][0].strip()) == Kind.TEXT:
            out.append((units[k][0], units[k + 3][1], [f"({parts[1][0].strip()}) {parts[3][0].strip()}"]))
            k += 4
            continue
        out.append(units[k])
        k += 1
    return out


RE_NOTE_NUMBER_ALONE = re.compile(r"^\d{1,2}$")


def _join_bracketed_notes(units):
    """Blank-line: `Current portion of pension liability`, then `(see Note 16)`, then the row's
    values: a note in brackets, in lower case, a paragraph of its own after a label broken
    after a lower-case word, is the label's end (the cell's second paragraph), as `_wraps`
    joins it on adjacent lines."""
    out = []
    for k, unit in enumerate(units):
        following = units[k + 1][2] if k + 1 < len(units) else None
        if (len(unit[2]) == 1 and unit[2][0].lstrip()[:1] == "(" and out and out[-1][2] and following
                and classify(following[0].strip()) in _CELL_PARTS and _wraps(out[-1][2], unit[2][0])):
            first, _, held = out[-1]
            out[-1] = (first, unit[1], held + unit[2])
        else:
            out.append(unit)
    return out


def written_twice(line: str) -> str | None:
    """`Income Taxes Income Taxes` -> `Income Taxes`: a label and the same words again (the
    line reader takes it for a block's label and heading only where prose follows)."""
    words = line.split(" ")
    half = len(words) // 2
    if len(words) % 2 or not half or words[:half] != words[half:] or classify(line) != Kind.TEXT:
        return None
    return " ".join(words[:half])


def split_glued_label(line: str) -> tuple[str, str] | None:
    """`Reconciliation of … expenses Reconciliations of the changes … follow (in millions).`:
    a text block's label and the first line of its content, joined by one space. The content
    starts at the first capitalised word, after a title-like start, that opens a sentence (the
    three words after it are lower case)."""
    words = line.split(" ")
    for k in range(2, min(len(words) - 4, 30)):
        w = words[k]
        if not w[:1].isupper() or words[k - 1].lower() in FUNCTION_WORDS:
            continue
        if any(ch in words[k - 1] for ch in ".:;"):
            return None
        if all(x[:1].islower() for x in words[k + 1 : k + 4]):
            return " ".join(words[:k]), " ".join(words[k:])
    return None


def paragraph_cells(text: str, stats: LineStats | None = None) -> bool:
    """Whether blank lines separate (nearly) all cells, so a cell's lines run to the next one."""
    stats = stats or line_stats(text)
    return stats.share(stats.blank_after) >= PARAGRAPH_SHARE


RE_RULE = re.compile(r"^\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?$")  # `---|---|`, `|---|---|`


def suffix_cells(text: str) -> list[Cell]:
    """pipe-suffix text (`cell | cell |`, a row a line) as pipe-prefix cells. Empty fields are
    dropped: these crawls drop empty cells and pad rows with trailing `|`, so a field's position
    says nothing and values are placed as on details pages. Lines without `|` continue the text
    before them; after a row they are a block (a text block's content)."""
    lines = text_to_lines(text)
    start = preamble_end(lines)
    cells = [Cell(lines[k].strip(), (), Span(k + 1, k + 1), piped=False) for k in range(start)
             if lines[k].strip()]
    title_done = in_header = False
    in_block = False  # a text block's content has begun: its rows are the filer's table
    closes_title = -1  # a lone `|` that closes a title cell written on the line before
    title_cell = -1
    leading: list[int] = []  # lines that open the field the next piped line closes
    rule_at, rule_width = markdown_rule(lines)
    for k in range(start, len(lines)):
        s = lines[k].strip()
        span = Span(k + 1, k + 1)
        if not s or RE_RULE.match(s) or k == closes_title:
            continue  # blank lines and markdown rules carry no text
        if "|" not in s:
            if title_done and opens_next_field(lines, k, len(leading)):
                leading.append(k)  # `Plant and` + `machinery |`: the field's first line
                continue
            if title_done and not in_block and cells and cells[-1].is_empty and cells[-1].span == Span(k, k) \
                    and lines[k - 1].strip() == "|":
                # `|` + `Dec. 31, 2013`: the date is that cell's content, as pipe-prefix writes it
                cells[-1] = Cell("", (s,), Span(k, k + 1))
                continue
            if not title_done and next_line_is_lone_pipe(lines, k):
                title_done = in_header = True  # `Trust Investments (Tables)` + `|`: the title cell
                title_cell = len(cells)
                cells.append(Cell("", split_scale(s), span))
                closes_title = next(j for j in range(k + 1, len(lines)) if lines[j].strip())
            elif not title_done:
                cells.append(Cell(s, (), span, piped=False))  # a mirror's page name before the table
            elif cells and (cells[-1].is_block or not cells[-1].piped):
                last = cells[-1]
                cells[-1] = Cell(last.head, (*last.tail, s), last.span + span, last.piped)
            else:
                if len(cells) > 1 and cells[-1].is_empty and cells[-1].span == cells[-2].span:
                    cells.pop()  # the label's content follows: it heads a text block, not a section
                cells.append(Cell("", (s,), span))
                in_block = True
            continue
        fields = [f.strip() for f in s.split("|") if f.strip()]
        if leading:
            fields[0] = join_lines([*(lines[j].strip() for j in leading), fields[0]])
            span, leading = Span(leading[0] + 1, k + 1), []
        if not fields:
            cells.append(Cell("", (), span))
            continue
        if fields[0] == "X":
            cells.append(Cell("X", (), span))  # a definition's opening mark (`X | ||||`)
            cells += [Cell(f, (), span) for f in fields[1:]]
            continue
        if not title_done:
            title_done = in_header = True
            if RE_SCALE_LINE.match(fields[0]) and cells and not cells[-1].piped and cells[-1].span == Span(k, k):
                # `Deferred Revenues (Details) (USD $)` + `In Thousands, unless otherwise specified |`:
                # the title on the line before its scale line
                title = cells.pop()
                if cells and cells[-1].is_empty and cells[-1].span == Span(k - 1, k - 1):
                    title = replace(title, span=cells.pop().span + title.span)  # the lone `|` the title is under
                cells.append(Cell("", (*split_scale(title.head), fields[0]), title.span + span))
            else:
                cells.append(Cell("", split_scale(fields[0]), span))  # the title cell
            title_cell = len(cells) - 1
            fields = fields[1:]
            if len(fields) == 1 and len(fields[0].split()) >= MIN_PROSE_WORDS:
                # a page on one line: the title, then its one text block (label and text run together)
                label, prose = split_block_label(fields[0], cells[-1].tail[0])
                cells += [Cell(label, (), span), Cell("", (prose,), span)]
                continue
        elif in_header and not starts_header(fields[0]):
            in_header = False
        if in_header:
            # a date's lines under a lone `|`, as pipe-prefix has them; a span phrase or a
            # footnote mark (`Nov. 03, 2018 | [1] |`) on its pipe's line, a header cell of its own
            cells += [Cell(f, (), span) if classify(f) in (Kind.PERIOD, Kind.FOOTNOTE) else Cell("", split_date(f), span)
                      for f in fields]
            continue
        if is_block_line(fields) and after_a_label(cells, title_cell):
            if cells[-1].is_empty:
                cells.pop()  # the label's empty value: its content follows
            cells.append(Cell("", tuple(fields), span))  # a text block: its prose and its table's cells
            in_block = True
            continue
        if k < rule_at and not in_block:
            cells += [Cell(f, (), span) for f in fields]  # the markdown header row, a cell a line
            continue
        if k > rule_at and rule_width > 2 and len(positional := markdown_fields(s)) == rule_width:
            cells += [Cell(f, (), span) for f in positional]  # a markdown row keeps its empty cells
            continue
        fields = label_with_pipes(fields, in_block)
        if dimension_path(fields, next((lines[j] for j in range(k + 1, len(lines)) if lines[j].strip()), "")):
            fields = [" | ".join(fields)]
        cells += [Cell(f, (), span) for f in fields]
        if len(fields) == 1 and classify(fields[0]) == Kind.TEXT and not fields[0].endswith(","):
            cells.append(Cell("", (), span))  # a label alone is a section row, as `|label` + `|`
    return cells


def line_before(raws: list[str], k: int) -> int | None:
    """The line before line `k`, blank lines passed over (a store may write one between cells)."""
    j = k - 1
    while j >= 0 and raws[j] == "":
        j -= 1
    return j if j >= 0 else None


def header_follows(raws: list[str], k: int) -> bool:
    """The next line with text opens with an empty stub (`   Year ended December 31`, `   2021
    2020`): a table's header, not a block's prose."""
    # by index, not a slice: called for many lines, a slice would copy the rest of the page each time
    after = next((raws[j] for j in range(k + 1, len(raws)) if raws[j].strip(NBSP + " ")), "")
    return after.startswith("  ")


RE_GLUED_NOTE_VALUE = re.compile(r"^(?P<label>.*[A-Za-z])(?P<value>\(\d{1,2}\)|\d[\d,]*\.\d+|\d{2,3})$")
RE_GLUED_DECIMALS = re.compile(r"^(?P<label>.*[A-Za-z])(?P<run>\d+\.\d+\d*\.\d+[\d.]*)$")
MAX_DECIMAL_PLACES = 3


def glued_decimals(run: str, count: int) -> list[str] | None:
    """`17.217.8` -> `17.2`, `17.8`: `count` decimals written without a space, split where each
    has the same number of places; None unless exactly one number of places does."""
    found = []
    for places in range(1, MAX_DECIMAL_PLACES + 1):
        pieces, rest = [], run
        while rest:
            dot = rest.find(".")
            if dot < 1 or len(rest) < dot + 1 + places or not rest[dot + 1 : dot + 1 + places].isdigit():
                break
            pieces.append(rest[: dot + 1 + places])
            rest = rest[dot + 1 + places :]
        if not rest and len(pieces) == count:
            found.append(pieces)
    return found[0] if len(found) == 1 else None


def filled(cells: list[str]) -> int:
    """A row's values, its empty cells (U+00A0, read as "") left out."""
    return sum(1 for c in cells if c)


def value_off_label(split: list[tuple[str, list[str]]], k: int) -> tuple[str, list[str]]:
    """`Tax benefit from stock options(24) (1,786)` among rows of two values: a small negative
    glued to the label (read as a footnote's mark, `net(1)`), or a small decimal or number of two
    or three digits (`Restricted cash8.0 8.0 —`, `leases90 90 179`: too short for `rows.unglue`
    to split), is the row's first value where the row has one value fewer than the rows around
    it. A row of decimals glued to its label and to each other (`Operating leases17.217.8`) is
    split where each has the same places and they are as many as the rows around it have."""
    label, values = split[k]

    def widest() -> int:  # read only for a label that ends in a glued number: most rows have none
        around = max((filled(v) for lab, v in rows_around(split, k) if lab), default=0)
        return max(around, dates_above(split, k))  # rows around glued alike: the header's dates tell
    if not values and (g := RE_GLUED_DECIMALS.match(label)):
        pieces = glued_decimals(g["run"], widest())
        return (g["label"], pieces) if pieces else split[k]  # `Operating leases17.217.8`
    m = RE_GLUED_NOTE_VALUE.match(label)
    if m and not values and "." in m["value"]:
        # a decimal, a row's only value where the rows under it have one (`Operating leases8.2`
        # under `Weighted-average remaining lease term (years):`)
        after = max((filled(v) for lab, v in split[k + 1 : k + 1 + NEIGHBOUR_ROWS] if lab), default=0)
        return (m["label"], [m["value"]]) if after == 1 else split[k]
    if not m or not values:
        return split[k]
    if filled(values) + 1 != widest():
        return split[k]  # the widest row around has one value more: this one's first is glued on
    return m["label"], [m["value"], *values]


def spaced_ranges_joined(split: list[tuple[str, list[str]]], k: int) -> tuple[str, list[str]]:
    """`Risk free interest rate     0.88 – 0.90 %` among rows of one value: a range of rates
    written with a spaced dash, which the row's split read as three values (`0.88`, a nil `–`,
    `0.90%`), is one value where the rows around hold as many values as the row then has."""
    label, values = split[k]
    if not label or len(values) < 3 or not any(v in RANGE_DASHES for v in values):
        return split[k]
    joined: list[str] = []
    for value in values:
        if len(joined) >= 2 and joined[-1] in RANGE_DASHES and rate_range(f"{joined[-2]} {joined[-1]} {value}"):
            joined[-2:] = [f"{joined[-2]} {joined[-1]} {value}"]
        else:
            joined.append(value)
    around = [filled(v) for lab, v in rows_around(split, k) if lab and filled(v)]
    if len(joined) == len(values) or not around or Counter(around).most_common(1)[0][0] != filled(joined):
        return split[k]
    return label, joined


RANGE_DASHES = ("–", "-")  # a range's dash; an em dash alone is a nil


def dates_above(split: list[tuple[str, list[str]]], k: int) -> int:
    """The dates of the nearest line above row `k` that holds only dates, a stub's scale note
    before them or not (`(in millions)December 31, 2021December 31, 2020…`): the table's width
    where every row around glues its first value to its label alike; 0 where none is near."""
    for j in range(k - 1, max(-1, k - 1 - 2 * NEIGHBOUR_ROWS), -1):
        label, values = split[j]
        if not values and len(dates := header_dates(RE_LEADING_NOTE.sub("", label))) > 1:
            return len(dates)
    return 0


RE_LEADING_NOTE = re.compile(r"^\([^)]*\)\s*")  # `(in millions)` before a header's dates


def markdown_rule(lines: list[str]) -> tuple[int, int]:
    """The line of a markdown table's rule (`---|---|---|`) and the fields it has, or (-1, 0).
    A mirror that writes its pages as markdown keeps every cell of a row, empty ones too, and
    writes the header row's cells before the rule, one a line."""
    k = next((k for k, line in enumerate(lines) if RE_RULE.match(line.strip())), None)
    return (-1, 0) if k is None else (k, lines[k].count("---"))


def markdown_fields(line: str) -> list[str]:
    """A markdown row's fields, empty ones included (`Balance | | 513,300,000 | |`)."""
    return [f.strip() for f in line.strip().strip("|").split("|")]


MAX_FIELD_LINES = 3  # lines a field's text takes before the line its `|` closes
MAX_FIELD_LINE_WORDS = 6


def opens_next_field(lines: list[str], k: int, held: int) -> bool:
    """`Plant and` + `machinery |`, `Industrial and` + `commercial` + `equipment |`, `Balance at
    December 31,` + `2015 |`: short lines, no sentence's end, straight before a line that closes
    one short field, are that field's first lines (a cell written over lines). Not a block's
    heading over a sentence (`All prior year share data … |`) or over a row of the header
    (`Inventories` + `March 29, 2025 | September 28, 2024 |`)."""
    run, last = held, ""
    for j in range(k, len(lines)):
        s = lines[j].strip()
        if not s:
            continue
        if "|" in s:
            fields = [f.strip() for f in s.split("|") if f.strip()]
            if run == held or len(fields) != 1 or not s.split("|", 1)[0].strip():
                return False
            field = fields[0]
            dated = classify(field) in (Kind.DATE, Kind.PERIOD, Kind.YEAR) and not last.endswith(",")
            return len(field.split()) <= MAX_FIELD_LINE_WORDS and not field.endswith(".") and not dated
        run, last = run + 1, s
        if run >= MAX_FIELD_LINES or len(s.split()) > MAX_FIELD_LINE_WORDS or s.endswith((".", ":", ";")):
            return False
    return False


RE_SCALE_TAIL = re.compile(r"^(?P<title>.+?)\s(?P<scale>(?:[^\s,]{1,8}(?:\s/\s[^\s,]{1,8})?\sin\s"
                           r"(?:Thousands|Millions|Billions|Units)(?:,\s|$))+)$")
RE_DATE_HEAD = re.compile(rf"^(?P<date>{MONTH}\.?\s{{1,2}}\d{{1,2}},\s{{1,2}}\d{{4}})\s(?P<rest>.+)$")


def split_scale(title: str) -> tuple[str, ...]:
    """`… (Details) - USD ($) shares in Thousands`, `… $ / shares in Units, $ in Millions`: the
    title cell's lines, joined on one line."""
    m = RE_SCALE_TAIL.match(title)
    return (m["title"], m["scale"].strip()) if m else (title,)


def split_date(field: str) -> tuple[str, ...]:
    """`Mar. 29, 2025 $ / shares shares`: a header cell's date, then its unit and member lines."""
    m = RE_DATE_HEAD.match(field)
    return (m["date"], m["rest"]) if m else (field,)


def starts_header(field: str) -> bool:
    return classify(field) in (Kind.PERIOD, Kind.DATE) or RE_DATE_HEAD.match(field) is not None


def label_with_pipes(fields: list[str], in_block: bool = False) -> list[str]:
    """`Beginning balance (in shares) | shares | 163,326`: texts before a row's first value are
    one label (a ` | ` inside a label is a dimension path or a unit, not a cell border). Inside a
    text block, the filer's own table has no such paths: `Money market funds | Level 1 | 5,245`
    is two label columns, joined with a space as the other readers join them."""
    first_value = next((k for k, f in enumerate(fields) if classify(f) in VALUE_KINDS | {Kind.OPEN}), None)
    if first_value and classify(fields[first_value - 1]) == Kind.SYMBOL and classify(fields[first_value]) != Kind.MONEY:
        first_value -= 1  # `$` + `46,841` is one amount; `$` + `$ 48.3` ends a label (`Amount | $`)
    if first_value is None or first_value < 2:
        return fields
    if any(reads_as_sentence(f) or classify(f) == Kind.PERIOD for f in fields[:first_value]):
        return fields  # a lead-in and a header before the first row (`Three Months Ended …`, names): cells
    if is_listing_number(fields[0]):
        return fields  # `32.1* | Section 1350 Certifications | — |`: an exhibit's number, then its description
    label = fields[0]
    item = RE_ITEM_HEADING.match(label) is not None  # `Item 2.` + its title: two label columns, one label
    for field in fields[1:first_value]:  # a footnote mark joins as the pipe-prefix crawl shows it
        label += f" {field}" if item or in_block or RE_FOOTNOTE_MARKS.match(field) else f" | {field}"
    return [label, *fields[first_value:]]


RE_FOOTNOTE_MARKS = re.compile(rf"^{BRACKET_MARKS}$")


def dimension_path(fields: list[str], next_line: str) -> bool:
    """`Derivatives designated as accounting hedges | Foreign exchange contracts |` over a
    `… [Line Items]` row: a details page's members, one label (as `Segment | Member` reads in the
    pipe-prefix crawl), not a label and its text value (`Entity Registrant Name | Apple Inc.`)."""
    if len(fields) < 2 or any(classify(f) != Kind.TEXT for f in fields):
        return False
    return any(f.endswith("[Member]") for f in fields) or RE_ABSTRACT_ROW.search(next_line.split("|")[0]) is not None


# the abstract rows a details page writes under each member path (`… [Line Items]`, `… [Abstract]`)
RE_ABSTRACT_ROW = re.compile(r"\[(?:Line Items|Abstract|Roll Forward|Table)\]\s*$")


def after_a_label(cells: list[Cell], title_cell: int) -> bool:
    """The last line was a row's label alone (with its empty value), not the title: a text block's
    label, whose content the next line holds."""
    k = len(cells) - 1
    if k > 0 and cells[k].is_empty and cells[k].span == cells[k - 1].span:
        k -= 1
    label = cells[k] if k > title_cell else None
    return (label is not None and label.piped and not label.tail and classify(label.head) == Kind.TEXT
            and (k == 0 or cells[k - 1].span != label.span))


def next_line_is_lone_pipe(lines: list[str], k: int) -> bool:
    nxt = next((line.strip() for line in lines[k + 1:] if line.strip()), "")
    return nxt == "|"


MIN_BLOCK_FIELDS = 4
MIN_BLOCK_LEAD_WORDS = 6  # a block line's lead-in sentence (the textblock stage asks 8 of a table's lead-in)


def split_block_label(text: str, title: str) -> tuple[str, str]:
    """`SUMMARY OF … POLICIES As used herein, …` or `Note 2 — Summary of … Policies Basis of
    Presentation The accompanying …` after the title `Summary of … Policies`: the block's label
    (its note number and the title's words) and its text. The title labels the block when its
    text does not open with it."""
    heading = RE_NOTE_HEADING.match(text)
    start = heading.end() if heading else 0
    words = title.split()
    found = text[start:].split(maxsplit=len(words))
    if [w.lower() for w in found[: len(words)]] == [w.lower() for w in words] and len(found) > len(words):
        return " ".join(text.split()[: len(words) + (len(text[:start].split()) if heading else 0)]), found[-1]
    return title, text


def is_block_line(fields: list[str]) -> bool:
    """`The components … are as follows (in thousands): | | … | September 30, 2024 | … | $ |
    105,617 | …`: a text block's lead-in sentence and then its table's cells, all on one line
    (a row of the report, whose one cell held the block); or a policy's prose alone."""
    lead = fields[0].rstrip()
    if len(fields) == 1:  # a policy's text alone, ending as a sentence does (not `… [Line Items]`)
        return len(lead.split()) >= MIN_PROSE_WORDS and lead.endswith((".", ":"))
    return (len(fields) >= MIN_BLOCK_FIELDS and len(lead.split()) >= MIN_BLOCK_LEAD_WORDS
            and lead.endswith((":", ".")))


def suffix_pages(text: str) -> list[tuple[int, int]]:
    """Line ranges [first, last) of the pages a mirror concatenated: a page starts at a line
    without `|` that the next line's title repeats (`Balance sheet` + `Balance sheet - USD ($) | …`)."""
    lines = text_to_lines(text)
    starts = [0]
    for k in range(1, len(lines) - 1):
        name, nxt = lines[k].strip(), lines[k + 1].strip()
        if name and "|" not in name and "|" in nxt and nxt.split("|")[0].strip().startswith(name):
            if any("|" in line for line in lines[starts[-1] : k]):
                starts.append(k)
    return [(a, b) for a, b in zip(starts, starts[1:] + [len(lines)])]


RE_SPAN_PHRASE = re.compile(r"\d{1,2} (?:Months|Weeks) Ended")


RE_BLOCKS_TITLE = re.compile(r"\((?:Tables|Policies)\)$")


def holds_text_blocks(text: str) -> bool:
    """A row-a-line page holds text blocks when a sentence (no values, no footnote mark) follows
    a line without values (a block's label), or when its title names a page of blocks (`… (Tables)`,
    `… (Policies)`): the rows reader (`rows.RowsPage`) reads only a report's rows, so such a page
    goes through the cells."""
    from refold.rows import split_row

    lines = text_to_lines(text)
    title = next((line.strip() for line in lines[preamble_end(lines):] if line.strip()), "")
    if RE_BLOCKS_TITLE.search(title):
        return True  # every row of a tables or policies page is a text block
    previous_has_values = True
    seen_row = False
    for line in lines:
        s = line.strip()
        if not s:
            continue
        values = bool(split_row(line)[1])
        if (not previous_has_values and not values and s.endswith((".", ":")) and not RE_NOTE_OPENING.match(s)
                and (len(s.split()) >= MIN_PROSE_WORDS or (s.endswith(":") and RE_TABLE_LEAD_IN.search(s)))):
            return True  # a sentence, or a table's lead-in (`… were as follows:`)
        if seen_row and header_dates(s):
            return True  # column dates below the report's rows head an inner table
        seen_row = seen_row or values or RE_TRAILING_EMPTY.search(line) is not None
        previous_has_values = values
    return False


RE_DATE_IN_LINE = re.compile(rf"{MONTH}\.?\s{{1,2}}\d{{1,2}},?\s{{1,2}}(?:19|20)\d\d|\b(?:19|20)\d\d\b")


RE_STUB_YEARS = re.compile(r"^(?P<stub>.*?\D)\s?(?P<years>(?:(?:19|20)\d\d){2,6})(?P<name>[A-Z][A-Za-z ]{0,30})?$")
RE_GLUED_MONTHS = re.compile(rf"^(?:{MONTH}\.?\s\d{{1,2}},\s?){{2,}}$")
RE_GLUED_YEARS = re.compile(r"^(?:(?:19|20)\d\d){2,6}$")


def header_dates(line: str) -> list[str]:
    """`March 29, 2025   September 28, 2024`: the dates (or years) of a line that holds only those;
    `20202019` (years whose cells lost the space between them) is two years."""
    if RE_GLUED_YEARS.match(line.strip()):
        return [line.strip()[k : k + 4] for k in range(0, len(line.strip()), 4)]
    found = RE_DATE_IN_LINE.findall(line)
    return found if found and not RE_DATE_IN_LINE.sub("", line).strip() else []


RE_INNER_RUN = re.compile(r"(?<=\S) {2,}(?=\S)")
RE_TRAILING_RUN = re.compile(r"(?<=\S) +$")


def spaces_as_empty_cells(text: str) -> str:
    """A whitespace-rows page whose empty cells (U+00A0, one between two spaces) a store turned
    into spaces: `Impairment   (445)    ` is `Impairment`, an empty cell, `(445)` and two empty
    cells (2k+1 spaces between cells hold k empty cells, 2k at a line's end k). Put back as
    U+00A0 cells, the same length, so positions and columns hold. Only on a page where every
    run of spaces inside a line is odd (the preamble's `DOCUMENT  v2.3` aside): runs of even
    length are a text block's alignment, not cells (`Inventories   16,000    15,500`)."""
    if NBSP in text or "   " not in text:
        return text
    lines = text.split("\n")
    body = [line.strip(" ") for line in lines if not RE_PREAMBLE.match(line.strip())]
    if any(len(run) % 2 == 0 for line in body for run in RE_INNER_RUN.findall(line)):
        return text
    return "\n".join(line if RE_PREAMBLE.match(line.strip()) else cells_spaced_back(line) for line in lines)


def cells_spaced_back(line: str) -> str:
    """One line's runs of spaces as the empty cells they held (`spaces_as_empty_cells`): 2k+1
    between cells, 2k before the first or after the last, 2k-1 on a line of nothing else."""
    if not line.strip(" "):
        return NBSP + f" {NBSP}" * (len(line) // 2) if len(line) % 2 else line
    leading = len(line) - len(line.lstrip(" "))
    trailing = RE_TRAILING_RUN.search(line)
    if leading % 2 or (trailing and len(trailing.group()) % 2):
        return line  # a line's end of odd spaces is no run of empty cells
    line = f"{NBSP} " * (leading // 2) + line[leading:]
    line = RE_INNER_RUN.sub(lambda m: " " + f"{NBSP} " * (len(m.group()) // 2) if len(m.group()) % 2 else m.group(),
                            line)
    return RE_TRAILING_RUN.sub(lambda m: f" {NBSP}" * (len(m.group()) // 2), line)


RE_SCALE_WORD = re.compile(r"\b(?:thousands|millions|billions)\b", re.IGNORECASE)


def scale_note_apart(line: str) -> list[str] | None:
    """`Inventories: (In millions)`: a scale note ending a line of no values, after a text ending
    `:`, is a cell of its own, as pipe-prefix writes it (the text names the stub). Without the
    `:` (`Definite-lived intangible assets(in thousands)`) the text may head rows as a section's
    label does: the line stays whole."""
    k = line.rfind("(")
    if k <= 0 or not line.endswith(")") or not (head := line[:k].rstrip()).endswith(":"):
        return None
    note = line[k:]
    return [head, note] if RE_SCALE_WORD.search(note) and classify(note) == Kind.UNIT else None


def row_cells(text: str) -> list[Cell]:
    """whitespace-rows text as pipe-prefix cells, for pages with text blocks: a row line is its
    label and its values (U+00A0 cells empty), a span line (`3 Months Ended 12 Months Ended`) its
    spans, a prose line a block; the line reader's rules do the rest."""
    from refold.rows import split_row

    out: list[str] = []
    origins: list[int] = []  # the source line of each line of `out`
    raws = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    split = [split_row(raw[len(raw) - len(raw.lstrip(NBSP + " ")):]) for raw in raws]
    split = [label_marks_off_values(split, k, raws[k]) for k in range(len(split))]
    split = [value_off_label(split, k) for k in range(len(split))]
    split = [spaced_ranges_joined(split, k) for k in range(len(split))]
    listed = listing_lines(raws)
    written_in_paragraphs = paragraph_names(raws, split)
    stacked_names = {**indented_names(raws, split), **names_stacked_by_cells(raws, split)}
    label_at: dict[int, int] = {}  # a row line's label: its index in `out`
    text_column = False  # a header named a column of texts glued to its date: rows glue it to their labels
    for k, raw in enumerate(raws):
        origins += [k] * (len(out) - len(origins))  # the lines the previous source line became
        if k in written_in_paragraphs:  # `Income` + `(Numerator)`: a name written a paragraph a line
            out += [written_in_paragraphs[k]] if written_in_paragraphs[k] else []
            continue
        if k in stacked_names:  # a header's names rebuilt from lines each holding a piece of several
            out += stacked_names[k]
            continue
        stub = len(raw) - len(raw.lstrip(NBSP + " "))
        out += [NBSP] * raw[:stub].count(NBSP)  # leading empty cells (a header's stub) stay cells
        start = len(out)
        line = raw[stub:].replace(NBSP, " ")
        label, values = split[k]
        s = line.strip()
        if (j := label_at.get(k - 1)) is not None and label_goes_on(out[j], s, values):
            out[j] = f"{out[j]} {s}"  # `Provision for … excess and` `794 (72)…` + `obsolete inventories`
            continue
        if not values and (named := name_glued_to_date(s)):
            out += [NBSP, *named]  # `Classification on the Balance SheetSeptember 30, 2019`: the stub (empty), a text column's name, the date
            text_column = True
            continue
        if text_column and not values and is_prose([s]):
            text_column = False  # the table ended
        if text_column and values and label and (cells := text_cell_glued(label)) is not None:
            # `Operating lease assetsOperating right-of-use assets$30,054`: the label, the text
            # column's cell, then the values
            out += [*cells, *(part for v in values for part in cell_parts(v))]
            continue
        if RE_PREAMBLE.match(s):
            out.append(line)  # `XML 22 R9.htm IDEA: XBRL DOCUMENT v3.24`: its version is no value
        elif (not values or k in listed) and spaced_values(s) >= 2:
            out += RE_WIDE_GAP.split(s)  # `31.1   Rule 13a-14(a) Certification   —   —   X`: wide gaps part its cells
        elif k in listed:
            out += listed[k]  # `31.1*   Certification of …`: an exhibit's number and its description
        elif m := RE_STUB_YEARS.match(s):
            # `(Amounts in thousands)20202019`, `(In thousands)202120202019Prior Years`
            out += [m["stub"], *header_dates(m["years"]), *([m["name"].strip()] if m["name"] else [])]
        elif not values and (m := RE_TRAILING_YEARS.match(s)) and len(m["years"].split()) == next_row_values(split, k):
            out += [m["stub"], *m["years"].split()]  # `Millions, except per share amounts, for … June 30, 2025 2024`
        elif not values and (dated := trailing_dates(s, next_row_values(split, k))):
            out += dated  # `Millions, except ratios for the trailing twelve months ended [1] Jun. 30, 2025 Dec. 31, 2024`
        elif names := stub_and_names_apart(s, split, k):
            out += names  # `Period   Total Number of Shares Purchased (1)   Average Price …`
        elif values and not label and len(values) > 1:
            # ` $815  $397 `: a row's values on a line of their own
            out += [part for v in values_with_gaps(raw[stub:], values) for part in cell_parts(v)]
        elif values and label and (ends_in_a_day(values) or (len(values) == 1 and RE_NOTE_NUMBER.match(
                values[0]))) and values_line_follows(split, k):
            # `Balance at January 1`, `Sublease income (1)`, its values on the next line: the day
            # or the footnote number is the label's
            out.append(line)
        elif values and label and NBSP in raw[:stub] and RE_ONE_DIGIT_MARK.match(" ".join(values)):
            out.append(line)  # a header line over an empty stub, ending in its note mark (`… March 31) (1)`)
        elif not any(values) and (names := header_line_cells(raw[stub:])):
            out += names  # `(dollars in thousands) 2025 ␣ 2024 ␣ $ Change`: a header's cells, empty cells apart
        elif values and not any(values) and NBSP in raw[stub:].rstrip(NBSP + " "):
            # `Exhibit Description ␣ Form ␣ File No. ␣`: empty cells between texts part a header's names
            out += nbsp_parted(raw[stub:])
        elif values and label and not any(values):
            # `Segment Reporting [Abstract]` and empty cells: a section row, its label a cell of its own
            out += [f"{label} {NBSP}", *[NBSP] * (len(values) - 1)]
        elif values and label and classify(s) not in (Kind.DATE, Kind.PERIOD):
            label_at[k] = len(out)
            out += [label, *(part for v in values for part in cell_parts(v))]
        elif RE_SPAN_PHRASE.match(s) and not RE_SPAN_PHRASE.sub("", s).strip():
            out += RE_SPAN_PHRASE.findall(s)
        elif len(periods := period_phrases(s)) > 1:
            out += periods  # `Three Months Ended September 30, Nine Months Ended September 30,`
        elif len(dates := header_dates(s)) > 1:
            out += dates
        elif RE_SIGNS_LINE.match(s):
            out += s.split()  # `% % %` under `2020 2019 2018`: each column's sign, a cell each
        elif RE_GLUED_MONTHS.match(s):
            out += [part + "," for part in s.rstrip(",").split(",")]  # `March 31,December 31,`
        elif not values and (names := glued_names(s, split, k) or spaced_names(s, split, k)
                             or (title_case_names(s, split, k) if stub else [])
                             or (title_case_names(s, split, k, stub_named=True) if after_lead_in(raws, k) else [])):
            # `Originated (1)Acquired (2)Total…`: column names glued together, or a space apart
            out += names
        elif NBSP in raw[stub:].rstrip(NBSP + " ") and not values:
            # `RMB \u00a0 RMB`: an empty cell (U+00A0) between texts parts them (a header's units)
            pieces = RE_EMPTY_CELL.split(raw[stub:].rstrip(NBSP + " "))
            out += [piece.strip() or NBSP for piece in pieces]
        elif not values and stub >= 2 and len(names := RE_WIDE_GAP.split(s)) > 1 \
                and all(len(name.split()) <= MAX_NAME_WORDS for name in names):
            out += names  # `   Amount   %   Amount   %`: column names over an empty stub, wide gaps apart
        elif not values and (parts := scale_note_apart(s)):
            out += parts  # `Inventories: (In millions)`: the stub's caption, then the scale note
        elif not s and raw and (j := line_before(raws, k)) is not None and split[j][0] and not split[j][1] \
                and header_follows(raws, k):
            out.append(NBSP)  # `State Income Tax Expense`, then a line of spaces: the label's empty
            # cell (the block's inner table opens with a row of empty cells a store wrote as spaces)
        else:
            out.append(line)
        if len(out) - start > 1 and any(RE_RULE_LINE.match(piece.strip()) for piece in out[start:]):
            out[start:] = [line]  # `__© ␣ _____`: a rule is a whole line, or it is text (never a cell of one)
    origins += [len(raws)] * (len(out) - len(origins))
    return [source_lines(cell, origins) for cell in line_cells("\n".join(out))]


RE_SIGNS_LINE = re.compile(r"^[%$](?: [%$])+$")


def name_glued_to_date(line: str) -> list[str] | None:
    """`Classification on the Balance SheetSeptember 30, 2019`: a header line whose column name (a
    few words, no sentence) runs into the date after it with no space; None otherwise."""
    m = RE_NAME_GLUED_DATE.match(line)
    if m is None or len(m["name"].split()) > MAX_GLUED_NAME_WORDS or is_prose([m["name"]]):
        return None
    return [m["name"], m["date"]]


RE_NAME_GLUED_DATE = re.compile(rf"^(?P<name>[A-Z][^$\d]*[a-z)])(?P<date>{MONTH}\.? \d{{1,2}}, (?:19|20)\d\d)$")
MAX_GLUED_NAME_WORDS = 8


def text_cell_glued(label: str) -> list[str] | None:
    """`Operating lease assetsOperating right-of-use assets`, under a header that names a column
    of texts: the label and the text cell the crawl glued to it, parted where a lower-case letter
    runs into a capital (once only: `FinanceCurrent portion of finance leases`); a label with no
    such place has an empty text cell (`Total lease assets`)."""
    places = [m.start() + 1 for m in RE_LOWER_UPPER.finditer(label)]
    if len(places) > 1:
        return None  # (a name written so, `PayPal`, with a glued cell as well: too unsure)
    if not places:
        return [label, NBSP]
    return [label[: places[0]], label[places[0] :]]


RE_LOWER_UPPER = re.compile(r"[a-z\)][A-Z]")


def label_goes_on(label: str, line: str, values: list[str]) -> bool:
    """`Provision for (recoveries of) excess and` and its amounts, then `obsolete inventories`: a
    line of text in lower case with no values, after a row whose label breaks off on a
    connecting word, ends that label (the cell's second line, written after the row's values)."""
    return not any(values) and line[:1].islower() and bool(label.split()) and label.split()[-1] in CONNECTING_WORDS \
        and classify(line) == Kind.TEXT and not is_prose([line])


def paragraph_names(raws: list[str], split: list[tuple[str, list[str]]]) -> dict[int, str]:
    """`Income` `(Numerator)` ␣ `Shares` `(Denominator)` ␣ `Per-Share` `Amount`, each line between
    blank lines, the names apart by lines of spaces (a spacer cell): a header whose cells were
    written a paragraph a line. Each run of two short texts or more is one name, where two runs
    or more stand next to each other. {line: the name at its first line, "" at its others}."""
    def spacer(k: int) -> bool:
        return raws[k] != "" and not raws[k].strip(NBSP + " ")

    runs: list[list[int]] = []  # the text lines of each stretch between spacer lines
    current: list[int] = []
    for k in range(len(raws) + 1):
        if k == len(raws) or spacer(k):
            runs.append(current)
            current = []
        elif raws[k]:
            current.append(k)
    found: dict[int, str] = {}
    for before, run, after in zip([[]] + runs, runs, runs[1:] + [[]]):
        if name_run(run, raws, split) and (name_run(before, raws, split) or name_run(after, raws, split)):
            found.update({k: "" for k in run})
            found[run[0]] = " ".join(raws[k].strip() for k in run)
    return found


def indented_names(raws: list[str], split: list[tuple[str, list[str]]]) -> dict[int, list[str]]:
    """`    Shares` `Subject to` `Options` `    Weighted` `Average` `Exercise Price` …: a header
    whose names each open on a line indented by spaces (the spacer cells before the cell) and go
    on flush left (the cell's line breaks), no value among them. Two names or more, one after
    another, then rows whose widest holds as many values: one name each. {line: its names at
    the first line of the header, [] at its others}."""
    found: dict[int, list[str]] = {}
    k = 0
    while k < len(raws):
        runs: list[tuple[int, int]] = []
        j = k
        while j < len(raws) and raws[j][:2].isspace() and name_piece(raws, split, j):
            end = j + 1
            while end < len(raws) and raws[end][:1] not in ("", " ", NBSP) and name_piece(raws, split, end):
                end += 1
            runs.append((j, end))
            j = end
        if len(runs) >= 2 and values_after(raws, split, j) == len(runs):
            found.update({line: [] for line in range(k, j)})
            found[k] = [join_lines(raws[line] for line in range(a, b)) for a, b in runs]
        k = max(j, k + 1)
    return found


def names_stacked_by_cells(raws: list[str], split: list[tuple[str, list[str]]]) -> dict[int, list[str]]:
    """`                      Weighted` / `          Weighted     Weighted     Average` / …
    / `    Shares     Price     Value     Life`: a header written row by row, each row a line whose
    runs of spaces are its empty cells (2k spaces before the first piece, 2k+1 between pieces: k
    cells), no value on it. A piece's cell counted so is its column; each column's pieces, top
    down, are its name, where the last line fills every column and the widest of the rows after
    the header holds as many values. {line: the names at the header's first line, [] at its
    others}."""
    found: dict[int, list[str]] = {}
    k = 0
    while k < len(raws):
        lines: list[dict[int, str]] = []
        j = k
        while j < len(raws) and (placed := pieces_by_cell(raws[j])) is not None and all(
                name_piece_text(piece) for piece in placed.values()) and not split[j][1]:
            lines.append(placed)
            j += 1
        if len(lines) >= 2:
            columns = sorted(lines[-1])
            if len(columns) >= 2 and all(set(line) <= set(columns) for line in lines) \
                    and values_after(raws, split, j) == len(columns):
                found.update({line: [] for line in range(k, j)})
                found[k] = [join_lines(line[c] for line in lines if c in line) for c in columns]
        k = max(j, k + 1)
    return found


def pieces_by_cell(raw: str) -> dict[int, str] | None:
    """A header line's pieces by the cell each stands in, its runs of spaces read as empty cells
    (`names_stacked_by_cells`): None where the line is not indented or a run does not read so."""
    lead = len(raw) - len(raw.lstrip(" "))
    text = raw.strip(" ")
    if not text or lead < 2 or lead % 2:
        return None
    placed: dict[int, str] = {}
    cell = lead // 2
    pos = 0
    for m in RE_CELL_GAP.finditer(text):
        if len(m.group()) % 2 == 0:
            return None  # an even run inside a line: alignment, not empty cells
        placed[cell] = text[pos : m.start()]
        cell += 1 + len(m.group()) // 2
        pos = m.end()
    placed[cell] = text[pos:]
    return placed


RE_CELL_GAP = re.compile(r" {3,}")  # a run of spaces holding an empty cell or more (one space parts words)


def name_piece(raws: list[str], split: list[tuple[str, list[str]]], k: int) -> bool:
    """A line that can be a piece of a column name: a few words, no value (a unit note may be)."""
    return not split[k][1] and name_piece_text(raws[k].strip())


def name_piece_text(text: str, max_words: int = MAX_STACKED_LINE_WORDS) -> bool:
    """A piece of a column's name: a few words of text (or a unit word), no sentence's or lead-in's end."""
    return bool(text) and len(text.split()) <= max_words and classify(text) in (Kind.TEXT, Kind.UNIT) \
        and not text.endswith((".", ":"))


def values_after(raws: list[str], split: list[tuple[str, list[str]]], k: int) -> int:
    """The most values a row holds among the first rows after line `k` (lines of spaces passed
    over; 0 where the next line is no row, a label and values): the header's width."""
    while k < len(raws) and not raws[k].strip(NBSP + " "):
        k += 1
    if k == len(raws) or not split[k][0] or not split[k][1]:
        return 0
    return max(filled(values) for label, values in split[k : k + WIDTH_ROWS] if label)


WIDTH_ROWS = 8  # rows looked at for a header's width: sparse rows (`Granted   -`) come between full ones


def name_run(run: list[int], raws: list[str], split: list[tuple[str, list[str]]]) -> bool:
    """Two to four short texts, each alone between blank lines, no value among them; a unit may
    stand among them (`Shares` names a column, `shares` ends a name: `Number of` `shares`)."""
    kinds = [classify(raws[k].strip()) for k in run]
    return 2 <= len(run) <= MAX_NAME_WORDS and all(b - a == 2 for a, b in zip(run, run[1:])) \
        and Kind.TEXT in kinds and all(kind in (Kind.TEXT, Kind.UNIT) for kind in kinds) \
        and all(not split[k][1] and len(raws[k].split()) <= MAX_STACKED_LINE_WORDS for k in run)


RE_LISTED_LINE = re.compile(r"^(?P<number>\S+(?: \(\d\))?)\s+(?P<text>\S.*?)\s*$")
RE_WIDE_GAP = re.compile(r"\s{2,}")


def listed_row(text: str) -> list[str] | None:
    """`31.1*   Certification of …`: an item's number and its description, or None."""
    m = RE_LISTED_LINE.match(text)
    if m and is_listing_number(m["number"]) and classify(m["text"]) == Kind.TEXT:
        return [m["number"], m["text"]]
    return None


def listing_lines(raws: list[str]) -> dict[int, list[str]]:
    """An exhibit index written a row a line (`31.1*   Certification of Chief Executive Officer
    …`): each line's item number and its description as two cells, where three lines or more so
    open with numbers that look like items and run in order (`kinds.numbers_of_a_listing`), and the
    line over them, when wide gaps part it in two (`Exhibit No.   Exhibit Description`), its
    header's two cells. {line: cells}."""
    found = {k: row for k, raw in enumerate(raws) if (row := listed_row(raw.replace(NBSP, " ").strip()))}
    if not numbers_of_a_listing([row[0] for row in found.values()]):
        return {}
    first = min(found)
    head = next((j for j in range(first - 1, -1, -1) if raws[j].strip()), None)
    if head is not None and len(parts := RE_WIDE_GAP.split(raws[head].replace(NBSP, " ").strip())) == 2:
        found[head] = parts
    return found


def split_listed_cells(cells: list[Cell]) -> list[Cell]:
    """`31(a) Certifications Pursuant to Rule 13a-14(a) …` a cell of its own, three cells or more
    so (numbers like items, in order): each an exhibit's number and its description, two cells on
    the same line (a crawl that wrote a listing's row on one line)."""
    found = {k: row for k, cell in enumerate(cells) if (row := listed_row(cell.text))}
    if not numbers_of_a_listing([row[0] for row in found.values()]):
        return cells
    out: list[Cell] = []
    for k, cell in enumerate(cells):
        out += [Cell(part, (), cell.span) for part in found[k]] if k in found else [cell]
    return out


RE_NAME_GLUE = re.compile(r"(?<=[a-z)\d])(?=[A-Z])")  # `TotalOriginated`, `(1)Acquired`, `Level 1Level 2`: where two names touch
MAX_NAME_WORDS = 4


def next_full_row(split: list[tuple[str, list[str]]], k: int) -> list[str]:
    """The cells of the first row after line `k` that has several values (empty cells of a section
    row, `Personal Banking: \u00a0 \u00a0`, are not values); [] if none comes soon."""
    return next((v for _, v in split[k + 1 : k + 1 + 2 * NEIGHBOUR_ROWS] if filled(v) > 1), [])


def next_row_values(split: list[tuple[str, list[str]]], k: int) -> int:
    """The values, empty cells left out, of the first row after line `k` that has several."""
    return filled(next_full_row(split, k))


# a stub's note, then a year for each column a space apart (`… for the three months ended June 30, 2025 2024`)
RE_TRAILING_YEARS = re.compile(r"^(?P<stub>\S.*?) (?P<years>(?:19|20)\d\d(?: (?:19|20)\d\d)+)$")


RE_LAST_DATE = re.compile(rf"\s({MONTH}\.?\s\d{{1,2}},\s(?:19|20)\d\d)$")


def trailing_dates(line: str, width: int) -> list[str]:
    """A stub's note, then a date for each of the `width` columns, a space apart (`… ended [1] Jun.
    30, 2025 Dec. 31, 2024`): the stub and the dates; [] where the line does not end so."""
    dates: list[str] = []
    rest = line
    while len(dates) < width and (m := RE_LAST_DATE.search(rest)):
        dates.insert(0, m[1])
        rest = rest[: m.start()]
    if width < 2 or len(dates) != width or not rest.strip() or RE_LAST_DATE.search(rest) \
            or classify(rest.strip()) not in (Kind.TEXT, Kind.UNIT):
        return []
    return [rest.strip(), *dates]


def next_row_width(split: list[tuple[str, list[str]]], k: int) -> int:
    """The cells, empty ones too, of the first row after line `k` that has several values."""
    return len(next_full_row(split, k))


def glued_names(line: str, split: list[tuple[str, list[str]]], k: int) -> list[str]:
    """`Originated (1)Acquired (2)TotalOriginated (1)Acquired (2)Total` over rows of six values:
    short names whose cells lost the space between them, as many as the rows below have
    values; [] where the line does not split so (`McDonald's`, prose, `vX`: a letter is no name)."""
    width = next_row_width(split, k)
    pieces, stub = RE_NAME_GLUE.split(line), []
    if len(pieces) != width and len(pieces) > 1 and classify(pieces[0]) == Kind.UNIT:
        # `(in millions)GBSGISTotal …`: the stub's scale note glued to names fewer than the values
        stub, pieces = pieces[:1], acronyms_apart(pieces[1:], width)
    if len(pieces) < 2 or len(pieces) != width:
        return []
    return [*stub, *pieces] if all(len(p) > 1 and len(p.split()) <= MAX_NAME_WORDS for p in pieces) else []


def acronyms_apart(pieces: list[str], width: int) -> list[str]:
    """`GBSGISTotal Reportable Segments` where the names glued after a scale note are fewer than
    the values: an acronym ends where a capital opens a word in lower case (`GBSGIS` `Total …`),
    and, one name still short, the one run of capitals alone of an even length parts in halves
    (`GBS` `GIS`: two segments' names)."""
    pieces = [part for piece in pieces for part in RE_ACRONYM_END.split(piece)]
    runs = [k for k, p in enumerate(pieces) if RE_CAPITALS_RUN.match(p) and len(p) % 2 == 0]
    if len(pieces) == width - 1 and len(runs) == 1:
        k = runs[0]
        half = len(pieces[k]) // 2
        pieces = [*pieces[:k], pieces[k][:half], pieces[k][half:], *pieces[k + 1:]]
    return pieces


RE_ACRONYM_END = re.compile(r"(?<=[A-Z])(?=[A-Z][a-z])")
RE_CAPITALS_RUN = re.compile(r"^[A-Z]{4,8}$")


RE_MONTH_WORD = re.compile(rf"\b{MONTH}\b")
RE_NAME_START = re.compile(r" (?=[A-Z])")  # a capital opens each name of a header in sentence case
MAX_SPACED_NAME_WORDS = 8


def spaced_names(line: str, split: list[tuple[str, list[str]]], k: int) -> list[str]:
    """`Millions Defined benefit plans Foreign currency translation Unrealized gain on derivative
    instruments [a] Total` over rows of four values: names in sentence case whose cells were
    written a space apart, each opened by its capital; as many as the rows below have values,
    or one more (the stub's). [] where a name in title case, a period or a year would be cut, or
    the line is a label (`Costs Incurred for the Year:`, an XBRL element's)."""
    names = RE_NAME_START.split(line.strip())
    width = next_row_values(split, k)
    if width < 2 or len(names) not in (width, width + 1) or classify(line.strip()) != Kind.TEXT or ":" in line \
            or "  " in line.strip() or RE_YEAR_IN.search(line) or RE_MONTH_WORD.search(line) or RE_XBRL_LABEL.search(line):
        return []  # a lead-in or section (`Other Assets (Long Term):`), cells apart by empty ones, a period
    if not any(word[:1].islower() and word not in CONNECTING_WORDS for name in names for word in name.split()[1:]):
        return []  # no name goes on in lower case (`of`, `the` aside): title case, where capitals do not part names
    if after_values(split, k):
        return []  # `Expiring state NOL’s` under a row's values: a row's label inside the body, not its header
    return names if all(len(name.split()) <= MAX_SPACED_NAME_WORDS and name[-1] not in ",.;"
                        and name.count("(") == name.count(")") for name in names) else []


def after_values(split: list[tuple[str, list[str]]], k: int) -> bool:
    """The last line with text before line `k` holds values (a row's, or a row's values alone)."""
    j = next((j for j in range(k - 1, -1, -1) if split[j][0].strip(NBSP + " ") or split[j][1]), None)
    return j is not None and filled(split[j][1]) > 0


MAX_TITLE_NAME_WORDS = 3  # words a column's name in title case takes on average at most


def after_lead_in(raws: list[str], k: int) -> bool:
    """The line before line `k` (blank lines passed over) is a table's lead-in, a sentence that
    ends `:` (`… payments as of June 30, 2023 are as follows (in thousands):`)."""
    j = line_before(raws, k)
    return j is not None and raws[j].rstrip().endswith(":") and reads_as_prose([raws[j].strip()], False)


def title_case_names(line: str, split: list[tuple[str, list[str]]], k: int, stub_named: bool = False) -> list[str]:
    """`  Cost Estimated Fair Value` over rows of two values: a header's names in title case
    written a space apart over an empty stub (the leading spaces), straight before its first row.
    Capitals do not part such names, so the words are grouped into as many names as the row has
    values, a name rather opening on a modifier (`Estimated`) and closing on a head noun
    (`Cost`, `Value`: `header.regroup_wrapped`); each run that wide gaps part takes as many
    (`Trading Securities Available-for-Sale Securities` under each of two dates). [] where the
    line is no such header. With `stub_named` (the line straight after a lead-in, no empty stub
    before it), the stub's name comes first, one name more: `Year Ending Term Loan Revolving
    Facility Total` over three values."""
    words = line.split()
    label, values = split[k + 1] if k + 1 < len(split) else ("", [])
    width = filled(values) + (1 if stub_named else 0) if label else 0
    groups = RE_WIDE_GAP.split(line.strip())
    if stub_named and len(groups) > 1:
        return []
    if width < 2 or width % len(groups) or len(words) < width or len(words) > MAX_TITLE_NAME_WORDS * width or ":" in line \
            or classify(line) != Kind.TEXT or RE_YEAR_IN.search(line) or RE_MONTH_WORD.search(line) \
            or not all(word[:1].isupper() or word in CONNECTING_WORDS for word in words):
        return []
    names: list[str] = []
    each = width // len(groups)
    for group in groups:
        parts = group.split()
        grouped = parts if len(parts) == each else regroup_wrapped(parts, each, WORD_EVENNESS, kinds_checked=True) \
            if len(parts) > each else None
        if grouped is None:
            return []
        names += grouped
    return names


def stub_and_names_apart(line: str, split: list[tuple[str, list[str]]], k: int) -> list[str]:
    """`Period   Total Number of Shares Purchased (1)   Average Price Paid per Share (2)   …` over
    rows of four values: the stub's name and the columns' names, wide gaps apart, one more than
    the values of the row after it (a name's note mark, `(1)`, is no value). [] where the line
    is no such header (a value, a period or a date among its parts)."""
    parts = RE_WIDE_GAP.split(line.strip())
    if len(parts) < 3 or len(parts[0].split()) > MAX_NAME_WORDS:
        return []  # (most lines: no rows after them are looked at)
    width = next_row_values(split, k)
    if width < 2 or len(parts) != width + 1:
        return []
    if any(classify(part) != Kind.TEXT or RE_YEAR_IN.search(part) for part in parts):
        return []
    return parts


WORD_EVENNESS = 0.1  # names a few words each: their lengths vary more than wrapped lines' counts


NEIGHBOUR_ROWS = 3  # rows looked at on each side for the table's width


def rows_around(split: list[tuple[str, list[str]]], k: int) -> list[tuple[str, list[str]]]:
    """The rows within NEIGHBOUR_ROWS of row `k`, on each side, without it."""
    return split[max(0, k - NEIGHBOUR_ROWS) : k] + split[k + 1 : k + 1 + NEIGHBOUR_ROWS]


def is_aside(line: str) -> bool:
    """`(discount is based on imputed interest rate of 10.99%)`: a line wholly an aside in lower
    case, of a few words, no scale note (`(in thousands)`): a label's second line after a label."""
    return bool(RE_LOWER_ASIDE.match(line)) and len(line.split()) >= MIN_ASIDE_WORDS and not RE_SCALE_NOTE.match(line)


RE_LOWER_ASIDE = re.compile(r"^\([a-z][^()]*\)$")
MIN_ASIDE_WORDS = 4  # `(discount is based on …)`; `(unaudited)`, `(restated)` are marks of their own


def label_marks_off_values(split: list[tuple[str, list[str]]], k: int, raw: str = "") -> tuple[str, list[str]]:
    """`Commercial real estate loans (4)2,286,563 267,081 …`, `Total (2)(3) $ 160,600 …`: footnote
    numbers before the amounts of a row that has as many values more than the rows around it are
    the label's marks, not values (written as the line has them)."""
    label, values = split[k]
    marks = next((m for m, v in enumerate(values) if not RE_NOTE_NUMBER.match(v)), len(values))
    if not label or len(values) < 3 or not marks:
        return split[k]
    # rows that open with marks as well (`Debt (2)`, `Operating lease obligations (3)`) say nothing
    near = [len(v) for lab, v in rows_around(split, k) if lab and v and not RE_NOTE_NUMBER.match(v[0])]
    if len(values) in near:
        return split[k]
    cut = next((m for m in range(marks, 0, -1) if len(values) - m in near), 0)
    if not cut:
        return split[k]
    return marked_label(label, values[:cut], raw.replace(NBSP, " ")), values[cut:]


def marked_label(label: str, marks: list[str], line: str) -> str:
    """The label with its marks as the line writes them (`Total (2)(3)`), else a space apart."""
    start = line.find(label)
    end = start + len(label) if start >= 0 else -1
    for mark in marks:
        at = line.find(mark, end) if end >= 0 else -1
        end = at + len(mark) if at >= 0 else -1
    return line[start:end].strip() if end > 0 else " ".join([label, *marks])


def source_lines(cell: Cell, origins: list[int]) -> Cell:
    """A cell of the rewritten text, its span put back on the source lines it came from."""
    first, last = cell.span.first, cell.span.last
    if not 1 <= first <= last <= len(origins):
        return cell
    return replace(cell, span=Span(origins[first - 1], origins[last - 1]))


RE_PERIOD_PHRASE = re.compile(  # (`For the Three Months Ended March 31,For the Six Months …`: glued too;
    # `As of September 30, 2020As of December 31, 2019`, instants alike)
    rf"(?:For the )?(?:\d{{1,2}}|One|Three|Six|Nine|Twelve) (?:Months|Weeks) Ended(?: {MONTH}\.? \d{{1,2}},?(?: \d{{4}})?)?"
    rf"|As of {MONTH}\.? \d{{1,2}}, \d{{4}}",
    re.IGNORECASE)


def period_phrases(line: str) -> list[str]:
    """The period phrases of a line that holds only those (each a header cell of its own)."""
    found = RE_PERIOD_PHRASE.findall(line)
    return found if found and not RE_PERIOD_PHRASE.sub("", line).strip() else []


EMPTY_CELL_GAP = 5  # spaces between two values on a line of values where an empty cell stood


def values_with_gaps(line: str, values: list[str]) -> list[str]:
    """`  100      200   (400)`: values spaced two or three apart, and where a wider gap stands
    an empty cell stood (`""`). Only where each value is one word of the line."""
    words = list(re.finditer(r"\S+", line))
    if len(words) != len(values) or any(w.group() != v for w, v in zip(words, values)):
        return values
    out = [values[0]]
    for before, word in zip(words, words[1:]):
        if word.start() - before.end() >= EMPTY_CELL_GAP:
            out.append("")
        out.append(word.group())
    return out


def ends_in_a_day(values: list[str]) -> bool:
    """One bare number a day of the month could be (`Balance at December 31`)."""
    return len(values) == 1 and values[0].isdigit() and 1 <= int(values[0]) <= 31


def values_line_follows(split: list[tuple[str, list[str]]], k: int) -> bool:
    """The next line that holds anything is values alone, several of them (a row whose label
    and values a crawl wrote on lines of their own)."""
    for label, values in split[k + 1:]:
        if label or values:
            return not label and len(values) > 1
    return False


def cell_parts(value: str) -> list[str]:
    """`$ 2,673` was two cells (`$`, `2,673`) joined by the row's space: kept apart, positions
    stay those of the other rows; an empty cell is a U+00A0 line."""
    if not value:
        return [NBSP]
    symbol, _, rest = value.partition(" ")
    return [symbol, rest] if rest and classify(symbol) == Kind.SYMBOL else [value]


RE_EMPTY_CELL = re.compile(r" ?\u00a0 ?")


def nbsp_parted(line: str) -> list[str]:
    """A line's texts apart at its U+00A0 words, each of those an empty cell of its own
    (`Shares ␣ ␣ $ ␣` -> `Shares`, ␣, ␣, `$`, ␣), as a pipe crawl keeps each."""
    cells: list[str] = []
    words: list[str] = []
    for word in line.split(" "):
        if word == NBSP:
            if words:
                cells.append(" ".join(words))
                words = []
            cells.append(NBSP)
        elif word:
            words.append(word)
    return cells + [" ".join(words)] if words else cells


RE_YEAR_WORD = re.compile(r"(?<!\S)(?<!\d, )((?:19|20)\d\d)(?!\S)")  # not a date's (`June 30, 2025`)


def years_apart(piece: str) -> list[str]:
    """`Average revenue per car 2025 2024 Change`: the cells a space apart around years (the
    stub's name, each year, the name after them); a date or period keeps its year (`Jul 27, 2025`),
    and so does a phrase that joins two years (`Percent Change 2025 versus 2024`)."""
    if classify(piece) in (Kind.PERIOD, Kind.DATE):
        return [piece]
    parts = [part.strip() for part in RE_YEAR_WORD.split(piece)]  # text, year, text, year, …, text
    if any(parts[k][:1].islower() for k in range(2, len(parts) - 2, 2)):
        return [piece]  # a word between two years joins them
    return [part for part in parts if part]


MIN_HEADER_PERIODS = 2
MAX_STUB_WORDS = 8  # a stub's name or note (`(dollars in thousands)`), not a lead-in sentence


def header_line_cells(line: str) -> list[str]:
    """`(dollars in thousands) 2025 ␣ 2024 ␣ $ Change ␣ % Change ␣ 2025 …`: a header row, its cells
    apart by empty cells (U+00A0) or, years, by a space (cells are written a space apart:
    `years_apart`), or `Three Months Ended June 30, ␣ … Six Months Ended June 30,`; its
    cells, where two years, dates or periods or more and short names only stand among them (else
    a label that holds an empty cell, [])."""
    pieces = [cell for piece in RE_EMPTY_CELL.split(line.strip(NBSP + " ")) for cell in years_apart(piece.strip())]
    periods = sum(classify(piece) in (Kind.YEAR, Kind.PERIOD, Kind.DATE) for piece in pieces)
    if periods < MIN_HEADER_PERIODS or pieces[0].endswith(":") or len(pieces[0].split()) > MAX_STUB_WORDS or not all(
            classify(piece) in (Kind.YEAR, Kind.PERIOD, Kind.DATE, Kind.UNIT) or len(piece.split()) <= MAX_NAME_WORDS
            for piece in pieces[1:]):
        return []
    return pieces


def cells_for(text: str, variant: str, stats: LineStats | None = None) -> list[Cell]:
    """The cells of `text` read as `variant` (one of the cell variants); `stats`, when detection
    has counted them already, spare a second count."""
    if variant == PIPE_SUFFIX:
        return suffix_cells(text)
    if variant == WHITESPACE_ROWS:
        return row_cells(text)
    if variant in (LINE_PER_CELL, BLANK_LINE):
        return split_listed_cells(line_cells(text, paragraphs=variant == BLANK_LINE and paragraph_cells(text, stats)))
    return text_to_cells(text)
