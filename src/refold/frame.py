"""Stage 2: cells -> the report frame (title, units, period columns, body cells, definitions).

An R page is one `table.report`: a title cell (`th.tl`: the report name, a unit suffix such as
` - USD ($)`, then scale lines like `$ in Thousands`), header cells (`12 Months Ended` spanning
date cells such as `Dec. 31, 2023`, possibly with unit or member lines), the body, and after the
table the hidden `X - Definition + References` help of every concept. This stage cuts the cell
list into those parts; the body is left for `report.py` to read row by row.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from refold.cells import RE_MEMBER_LINE
from refold.kinds import Kind, classify
from refold.model import Cell, Definition, Span, join_lines, next_filled

# A scale line under the title: "$ in Thousands", "shares in Millions, $ in Thousands",
# "In Thousands, unless otherwise specified", "In Millions, except Share data, unless otherwise specified"
RE_SCALE_LINE = re.compile(
    r"^(?:[^\s,]{1,8}(?:\s/\s[^\s,]{1,8})?\sin\s(?:Thousands|Millions|Billions|Units)(?:,\s|$))+$"
    r"|^In\s(?:Thousands|Millions|Billions)(?:,\s[^\n]{0,80})?$"
)
# A unit suffix of the title: " - USD ($)", " - CNY (¥)", " - shares", " - USD ($) $ / shares"
_UNIT_TOKEN = r"(?:[A-Z]{3}\s\([^()\s]{1,4}\)|shares|pure|[^\s()]{1,4}\s/\s\w{1,10}|[A-Z]{3})"
RE_TITLE_UNITS = re.compile(rf"^(?P<title>.+?)\s-\s(?P<units>{_UNIT_TOKEN}(?:,?\s{_UNIT_TOKEN}){{0,4}})$")
RE_TITLE_UNITS_OLD = re.compile(r"^(?P<title>.+?)\s\((?P<units>[A-Z]{3}\s[^()\s]{1,4})\)$")

DEFINITION_MARKERS = ("- Definition", "- References", "- Details", "+ References", "+ Details")
RE_REFERENCE_LINE = re.compile(
    r"^(?:Reference\s\d+:|No definition available\.|Name:|Namespace Prefix:|Data Type:|"
    r"Balance Type:|Period Type:|-Publisher|-Name|-Topic|-SubTopic|-Section|-Paragraph|-URI|"
    r"-Subparagraph|-Number|-Chapter|-Article)"
)

MONTH_NUMBERS = {m: i for i, m in enumerate(  # jan -> 1 … dec -> 12
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)}
RE_DATE_PARTS = re.compile(r"([A-Za-z]{3})[a-z]*\.?\s{1,2}(\d{1,2}),?\s{1,2}(\d{4})")
_MAX_HEADER_LINE = 60
# Mirrors head a page with the filing's form, not the report's name
RE_FORM_HEADING = re.compile(r"(?:Quarterly|Annual|Current|Transition) report pursuant to", re.I)
_MAX_TITLE = 200
MIN_SENTENCE_WORDS = 8  # a title's wrapped line is a few words; a line this long ending `.` is prose


@dataclass(slots=True)
class Frame:
    """The page cut into its parts; `body` still holds cells in source order."""

    title: str = ""
    units: str = ""
    heading: str = ""
    title_span: Span | None = None
    columns: list[str] = field(default_factory=list)
    column_groups: list[int] = field(default_factory=list)  # index of the span each column sits under
    column_levels: list[tuple[str, str]] = field(default_factory=list)  # (span, leaf) per column
    header_cells: list[Cell] = field(default_factory=list)
    body: list[Cell] = field(default_factory=list)
    definitions: list[Definition] = field(default_factory=list)
    preamble: list[str] = field(default_factory=list)


def is_definition_start(cells: list[Cell], i: int) -> bool:
    """`|X` followed by `- Definition` / `- References` / `- Details` (directly or after a lone `|`,
    a markdown mirror's `| ` line too), or a page that opens with such a line."""
    cell = cells[i]
    if i == 0 and not cell.piped and cell.head.startswith(DEFINITION_MARKERS):
        return True  # a fragment cut inside its first entry: `- Definition` opens the page
    if not cell.piped or cell.head != "X":
        return False
    if cell.tail:
        return cell.tail[0].startswith(DEFINITION_MARKERS)
    nxt = next((cells[j] for j in range(i + 1, min(len(cells), i + 3)) if not cells[j].is_empty), None)
    if nxt is None:
        return False  # a last cell `X` (an exhibit's `Filed Herewith`), not a definition cut at once
    lines = (nxt.head, *nxt.tail) if nxt.head else nxt.tail
    return bool(lines) and lines[0].startswith(DEFINITION_MARKERS)


def split_definitions(cells: list[Cell]) -> tuple[list[Cell], list[Definition]]:
    """Cut off the definitions tail; each `|X` opens one entry."""
    start = next((i for i in range(len(cells)) if is_definition_start(cells, i)), len(cells))
    entries: list[list[Cell]] = []
    for cell in cells[start:]:
        if cell.piped and cell.head == "X" or not entries:
            entries.append([cell])
        else:
            entries[-1].append(cell)
    return cells[:start], [entry_to_definition(e) for e in entries]


def entry_to_definition(entry: list[Cell]) -> Definition:
    lines = [line for c in entry for line in (c.head, *c.tail) if line and line != "X"]
    text: list[str] = []
    refs: list[str] = []
    for line in lines:
        for marker in DEFINITION_MARKERS:
            if line.startswith(marker):
                line = line[len(marker):].strip()
                break
        if not line:
            continue
        (refs if RE_REFERENCE_LINE.match(line) else text).append(line)
    span = entry[0].span + entry[-1].span
    return Definition(join_lines(text), tuple(refs), span)


def split_title_units(line: str) -> tuple[str, str]:
    """`RESTRICTED NET ASSETS (Details) - CNY (¥)` -> (`RESTRICTED NET ASSETS (Details)`, `CNY (¥)`)."""
    for pattern in (RE_TITLE_UNITS, RE_TITLE_UNITS_OLD):
        m = pattern.match(line)
        if m:
            return m["title"].strip(), m["units"].strip()
    return line.strip(), ""


def read_title(cells: list[Cell], frame: Frame) -> list[Cell]:
    """The title cell is a lone `|` whose lines are the report name and its scale lines."""
    if not cells:
        return cells
    first = cells[0]
    if (header := unpiped_title_header(first)) is not None:
        cells = [*header, *cells[1:]]
        first = cells[0]
    if not first.piped and (RE_FORM_HEADING.match(first.text) or not opens_header(cells, 1)):
        frame.preamble.append(first.text)
        return read_title(cells[1:], frame)
    if not first.is_block:
        return read_title_on_its_line(cells, frame)
    if len(first.tail[0]) > 300:
        return cells
    title, units = split_title_units(first.tail[0])
    extra: list[str] = []
    scale: list[str] = []
    for line in first.tail[1:]:
        (scale if RE_SCALE_LINE.match(line) else extra).append(line)
    if any(len(line.split()) >= MIN_SENTENCE_WORDS and line.endswith(".") for line in extra):
        return cells  # a heading and a sentence: a text block's start (the crawl cut the title)
    if extra:  # a title that wrapped
        title = join_lines([title, *extra])
    frame.title = title
    frame.heading = join_lines(first.tail)
    frame.units = join_lines([units, *scale])
    frame.title_span = first.span
    return cells[1:]


def unpiped_title_header(first: Cell) -> list[Cell] | None:
    """An older R page's crawl that wrote the header's cells without pipes: `Retirement Benefits
    (Details) (USD $)`, `In Millions`, `Sep. 30, 2011` on lines of their own before the first
    row. As the cells the usual crawl writes: the title's lone `|` with the title and scale
    lines, then a lone `|` over each date (and over the first row's member line, if one follows).
    None where the first cell is no such header."""
    if first.piped or not first.tail or split_title_units(first.head)[1] == "":
        return None
    k = 0
    while k < len(first.tail) and RE_SCALE_LINE.match(first.tail[k]):
        k += 1
    end = len(first.tail)
    while end > k and RE_MEMBER_LINE.match(first.tail[end - 1]):
        end -= 1  # the first row's member, `Pension Plans, Defined Benefit [Member]`
    dates = first.tail[k:end]
    if not dates or any(classify(line) != Kind.DATE for line in dates):
        return None
    line = first.span.first
    title = Cell("", (first.head, *first.tail[:k]), Span(line, line + k), piped=True)
    header = [Cell("", (date,), Span(line + k + 1 + d, line + k + 1 + d), piped=True) for d, date in enumerate(dates)]
    members = first.tail[end:]
    if members:
        header.append(Cell("", tuple(members), Span(line + end + 1, first.span.last), piped=True))
    return [title, *header]


def read_title_on_its_line(cells: list[Cell], frame: Frame) -> list[Cell]:
    """Some crawls keep the title on its pipe's line (`|Leases (Details)`) or drop its pipe:
    before a period header the first cell is the title. A first cell before a text block is not:
    it is the block's label, the page's title and header lost (as the labeled pages read it)."""
    first = cells[0]
    if first.tail or not is_title_text(first.head) or not opens_header(cells, 1):
        return cells
    frame.title, frame.units = split_title_units(first.head)
    frame.heading = first.head
    frame.title_span = first.span
    return cells[1:]


def opens_header(cells: list[Cell], i: int) -> bool:
    """`|12 Months Ended`: the period cell a report's header starts with."""
    return i < len(cells) and bool(cells[i].head) and classify(cells[i].head) == Kind.PERIOD


def is_title_text(text: str) -> bool:
    """A name, not a value, a lead-in (`Current assets:`) or a paragraph."""
    return len(text) <= _MAX_TITLE and classify(text) == Kind.TEXT and not text.endswith(":")


def is_header_cell(cell: Cell) -> bool:
    """Period spans, dates, empty tops of instant columns, footnote marks, and `<div>` cells."""
    if cell.is_empty:
        return True
    if cell.head:
        kind = classify(cell.head)
        if kind in (Kind.PERIOD, Kind.DATE, Kind.FOOTNOTE):
            return all(len(t) <= _MAX_HEADER_LINE for t in cell.tail)
        return False
    return all(len(t) <= _MAX_HEADER_LINE for t in cell.tail) and len(cell.tail) <= 6


def labels_values(cells: list[Cell], i: int) -> bool:
    """A text cell with a value next (`|` + `Total revenues`, `|$`, `|109,173`, in crawls that put
    every cell's text under its pipe): the first row's label, whatever its lone pipe looks like.
    No header cell is followed by an amount."""
    if not cells[i].text or classify(cells[i].text) != Kind.TEXT:
        return False
    after = next_filled(cells, i)
    return after is not None and classify(after.text) in (
        Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.NIL, Kind.OPEN, Kind.SYMBOL)


def read_header(cells: list[Cell], frame: Frame) -> list[Cell]:
    """Take header cells up to the first body label."""
    i = 0
    while i < len(cells) and is_header_cell(cells[i]) and not labels_values(cells, i):
        i += 1
    header = cells[:i]
    # trailing empty cells belong to the body (an abstract row's empty values)
    while header and header[-1].is_empty:
        header.pop()
        i -= 1
    if header and member_row_opens_body(cells, i - 1):
        header.pop()
        i -= 1
    frame.header_cells = header
    frame.columns, frame.column_groups, frame.column_levels = header_to_columns(header)
    return cells[i:]


def member_row_opens_body(cells: list[Cell], k: int) -> bool:
    """`|` `Computer hardware [Member]` (or `Minimum`, as pages without the suffix write members)
    after the header's last date, then `|Amortization declining balance rate`: a member in a cell
    of its own (written under its pipe, as the older pages write dates) is the body's first
    section row, not a column, where the body holds another such member followed by the same
    label (each member heads its rows alike)."""
    def member(j: int) -> bool:
        return cells[j].is_block and classify(cells[j].text) == Kind.TEXT

    def label_after(j: int) -> str | None:
        return cell.text if (cell := next_filled(cells, j)) is not None else None

    if k < 1 or not member(k) or not any(is_header_cell(c) and c.is_block for c in cells[:k]):
        return False
    follows = label_after(k)
    return follows is not None and any(member(j) and label_after(j) == follows for j in range(k + 1, len(cells)))


def header_to_columns(header: list[Cell]) -> tuple[list[str], list[int], list[tuple[str, str]]]:
    """Spans (`12 Months Ended`) over leaves (dates with unit lines), levels joined by a space."""
    spans: list[str] = []
    leaves: list[str] = []
    for cell in header:
        lines = [line for line in (cell.head, *cell.tail) if line]
        if not lines:
            continue
        if cell.head and classify(cell.head) == Kind.FOOTNOTE:
            if leaves:
                leaves[-1] = f"{leaves[-1]} {cell.head}"
            continue
        if cell.head and _is_span(cell.head):
            spans.append(cell.head)
            lines = lines[1:]
        if lines:
            leaves.append(join_lines(lines))
    groups = assign_leaves_to_spans(leaves, len(spans), spans)
    columns = [join_lines([spans[g], leaf]) if g >= 0 else leaf for leaf, g in zip(leaves, groups)]
    levels = [(spans[g] if g >= 0 else "", leaf) for leaf, g in zip(leaves, groups)]
    return columns, groups, levels


def _is_span(text: str) -> bool:
    return classify(text) == Kind.PERIOD and "nded" in text


def assign_leaves_to_spans(leaves: list[str], n_spans: int, spans: list[str] | None = None) -> list[int]:
    """Which span each leaf sits under (-1: none, an instant column).

    The flattening loses colspans. R pages list each span's dates newest first, so a date later
    than the one before (or the same leaf again) starts the next span; where the dates say less
    than that (fewer runs than spans), the spans share the dates equally.
    """
    n = len(leaves)
    if n_spans == 0:
        return [-1] * n
    dates = [parse_date(leaf) for leaf in leaves]
    runs = [0]
    for k, (before, current) in enumerate(zip(dates, dates[1:])):
        # a later date starts the next span; so does the same column again (`Mar. 31, 2023` twice:
        # one span holds a period once, the second is the next span's or an instant)
        again = leaves[k] == leaves[k + 1]
        runs.append(runs[-1] + (1 if before and current and (current > before or again) else 0))
    if n_spans == 1 and runs[-1] > 0 and (yearly := longest_yearly_run(dates, runs)) is not None:
        return [0 if r == yearly else -1 for r in runs]
    if n_spans == 1 and runs[-1] == 0 and spans and RE_TWELVE_MONTHS.match(spans[0]) \
            and (chains := yearly_chains(dates))[-1] > 0:
        # `12 Months Ended` over `Dec. 31, 2021` `Jan. 20, 2021`: a year's span holds dates a year
        # apart, the first run of them; a date after it is an instant (an offering's date)
        return [0 if c == 0 else -1 for c in chains]
    if n_spans > 1 and (repeated := spans_of_repeated_runs(leaves, runs, n_spans)) is not None:
        return repeated
    if runs[-1] + 1 >= n_spans:
        return [r if r < n_spans else -1 for r in runs]
    if (chains := yearly_chains(dates))[-1] + 1 == n_spans:
        return chains  # `Jul. 01, 2011` then `Apr. 01, 2011` `Apr. 02, 2010` `Apr. 03, 2009`: a quarter, three years
    if n % n_spans == 0:
        per = n // n_spans
        return [i // per for i in range(n)]
    return last_spans_apart(dates, runs, n_spans)


def last_spans_apart(dates: list[date | None], runs: list[int], n_spans: int) -> list[int]:
    """`1 Months Ended` `6 Months Ended` `12 Months Ended` over five dates that rise once (`Apr.
    28, 2023` `Mar. 31, 2022` `Jan. 31, 2022`, then `Jun. 30, 2023` `Dec. 31, 2022`): every span
    holds a column, so where the rises leave spans without one, the last spans start where the
    dates last fall (not where a date is the one a year before it, the same period's); the
    trailing spans then take a column each. The runs as they are where too few dates fall."""
    need = n_spans - (runs[-1] + 1)
    falls = [k for k in range(1, len(runs)) if runs[k] == runs[k - 1] and dates[k] and dates[k - 1]
             and not one_year_apart([dates[k - 1], dates[k]])]
    if need <= 0 or len(falls) < need:
        return runs
    cuts = set(falls[-need:])
    out = [0]
    for k in range(1, len(runs)):
        out.append(out[-1] + (1 if runs[k] != runs[k - 1] or k in cuts else 0))
    return out


def spans_of_repeated_runs(leaves: list[str], runs: list[int], n_spans: int) -> list[int] | None:
    """`3 Months Ended` `9 Months Ended` over `Jul. 27, 2023`, then `Sep. 30, 2023` `Sep. 30, 2022`
    twice, then `Jun. 30, 2023` …: each span lists the same period ends, so as many runs alike in
    a row as spans are the spans' own dates; a date before them is the first span's (an event's
    period of about as many months), the dates after them instants. None where no runs repeat so."""
    groups: dict[int, list[str]] = {}
    for leaf, r in zip(leaves, runs):
        groups.setdefault(r, []).append(leaf)
    for first in range(runs[-1] - n_spans + 2):
        if len(groups[first]) >= 2 and all(groups[first + j] == groups[first] for j in range(1, n_spans)):
            last = first + n_spans - 1
            return [max(0, r - first) if r <= last else -1 for r in runs]
    return None


RE_TWELVE_MONTHS = re.compile(r"^12 Months Ended$", re.IGNORECASE)  # a span of years


def longest_yearly_run(dates: list[date | None], runs: list[int]) -> int | None:
    """Under one span, the run of dates a year apart (`Dec. 31, 2019`, `2018`, `2017`: the span's
    periods, as many years) that is longest, where it is longer than the first run: the dates
    outside it are instants the crawl wrote with no span of their own (`Jun. 30, 2019` before
    them, an amendment's date). None where the first run is as long (the usual layout)."""
    lengths = {r: runs.count(r) for r in set(runs)}
    yearly = [r for r in lengths if lengths[r] >= 2 and one_year_apart([d for d, k in zip(dates, runs) if k == r])]
    best = max(yearly, key=lambda r: (lengths[r], -r), default=None)
    return best if best is not None and best != 0 and lengths[best] > lengths[0] else None


def yearly_chains(dates: list[date | None]) -> list[int]:
    """Each leaf's chain of dates a year apart, numbered in order: a span's columns are most
    often one period in successive years, so where the dates do not rise between spans (a
    quarter ending after the years before it) the chains tell the spans apart."""
    out = [0]
    for before, current in zip(dates, dates[1:]):
        out.append(out[-1] + (0 if current == before or one_year_apart([before, current]) else 1))
    return out


MAX_YEAR_DRIFT_DAYS = 7  # a 52/53-week year ends within a week of the date a year before


def one_year_apart(dates: list[date | None]) -> bool:
    """Each date a year before the one before it; a date again is the same year in another unit
    (`Dec. 31, 2022 TWD`, `Dec. 31, 2022 USD`: a translated column)."""
    years = [d for k, d in enumerate(dates) if k == 0 or d != dates[k - 1]]
    return len(years) >= 2 and all(a is not None and b is not None
                                   and abs((a - b).days - 365) <= MAX_YEAR_DRIFT_DAYS + 1
                                   for a, b in zip(years, years[1:]))


def parse_date(text: str) -> date | None:
    m = RE_DATE_PARTS.search(text)
    if not m or m[1].lower()[:3] not in MONTH_NUMBERS:
        return None
    try:
        return date(int(m[3]), MONTH_NUMBERS[m[1].lower()[:3]], int(m[2]))
    except ValueError:
        return None


def cells_to_frame(cells: list[Cell]) -> Frame:
    """The whole of stage 2."""
    frame = Frame()
    cells, frame.definitions = split_definitions(cells)
    cells = read_title(cells, frame)
    if frame.title or opens_header(cells, 0):
        cells = read_header(cells, frame)
    frame.body = cells
    return frame
