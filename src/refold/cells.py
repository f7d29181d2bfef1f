"""Stage 1: pipe-prefix text -> cells.

Every line that starts with `|` opens a cell; the lines after it that do not start with `|`
continue it (a wrapped label, or the content of a cell that holds a block). Two rules then
undo what the flattening merged:

* `split_value_tails`: a value never wraps, so unpiped lines after `|12,262` are a new cell
  (a label that lost its pipe, or prose after the table);
* blank lines carry nothing and are dropped, but their line numbers stay in the spans.
"""

from __future__ import annotations

import re

from dataclasses import replace

from refold.kinds import VALUE_KINDS, Kind, classify
from refold.model import Cell, Span, next_filled

DASHES = frozenset({"-", "—", "–", "−", "--"})
_AFTER_VALUE = VALUE_KINDS | {Kind.CLOSE, Kind.PCT_SIGN, Kind.FOOTNOTE, Kind.OPEN}
_CLOSING_PARTS = frozenset({Kind.CLOSE, Kind.PCT_SIGN, Kind.FOOTNOTE})


#: characters that show nothing: zero-width spaces and joiners, the byte-order mark, and U+0EFF,
#: an unassigned code point a crawl of IDEA pages wrote where a text block opened with a BOM
INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u0eff"
_INVISIBLE_AS_SPACE = str.maketrans({ch: " " for ch in INVISIBLE})


def blank_invisible(text: str) -> str:
    """The text with characters that show nothing as spaces (the same length: line and column
    positions hold), so a line of them is a blank line, not a cell."""
    return text.translate(_INVISIBLE_AS_SPACE) if any(ch in text for ch in INVISIBLE) else text


def text_to_lines(text: str) -> list[str]:
    """Normalise line ends and non-breaking spaces; keep every line (numbers stay true)."""
    return text.replace("\r\n", "\n").replace("\r", "\n").replace("\u00a0", " ").split("\n")


def lines_to_cells(lines: list[str]) -> list[Cell]:
    """Group lines into cells: a `|` line opens one, unpiped lines continue the open one."""
    cells: list[Cell] = []
    head: str | None = None
    piped = False
    tail: list[str] = []
    first = last = 0
    for number, line in enumerate(lines, start=1):
        stripped = line.strip()
        if stripped.startswith("|"):
            if head is not None or tail:
                cells.append(Cell(head or "", tuple(tail), Span(first, last), piped))
            head, piped, tail, first, last = stripped[1:].strip(), True, [], number, number
        elif stripped:
            if head is None and not tail:
                head, piped, first = "", False, number
            tail.append(stripped)
            last = number
    if head is not None or tail:
        cells.append(Cell(head or "", tuple(tail), Span(first, last), piped))
    return [_head_first(c) for c in cells]


def _head_first(cell: Cell) -> Cell:
    """An unpiped run keeps its first line as its head, so `text` reads naturally."""
    if cell.piped or cell.head or not cell.tail:
        return cell
    return Cell(cell.tail[0], cell.tail[1:], cell.span, piped=False)


def is_dash_bullet(cell: Cell, before: Cell | None = None) -> bool:
    """`|—` + `Denominated in US$`: a dash that opens a wrapped label marks indentation, not nil
    (unless what follows reads as a sentence: then the dash was a nil value and prose follows).
    A dash right after a value (`|15` `|(15` `|)` `|—` + `Share-based compensation`) is the
    row's last nil where a crawl dropped the empty cells and the labels' pipes: a bullet opens
    a row, and a row opens after the spacer or label cells, not straight after an amount."""
    if cell.head not in DASHES or (before is not None and follows_a_value(before)):
        return False
    text = " ".join(cell.tail)
    return len(text.split()) < 12 and not text.rstrip().endswith((".", ":"))


def split_cell(cell: Cell, k: int) -> tuple[Cell, Cell]:
    """The cell up to tail line `k`, and from tail line `k` on as an unpiped cell of its own."""
    cut = cell.span.first + k + 1
    return (Cell(cell.head, cell.tail[:k], Span(cell.span.first, cut - 1), cell.piped),
            Cell(cell.tail[k], cell.tail[k + 1 :], Span(cut, cell.span.last), piped=False))


RE_MEMBER_LINE = re.compile(r"^\S.*\[(?:Member|Axis)\]$")


def split_value_tails(cells: list[Cell]) -> list[Cell]:
    """`|12,262` + `Finished goods(1)`: the unpiped lines after a value start a cell of their own.
    A member's line so written (`|1,085` + `Other Postretirement Benefit Plans [Member]`, an
    older R page's dimension row) is the lone `|` over its label that crawls usually write."""
    out: list[Cell] = []
    for i, cell in enumerate(cells):
        k = value_tail_start(cell, out[-1] if out else None)
        if k < 0 or sign_over_a_name(cells, i):
            out.append(cell)
            continue
        kept, rest = split_cell(cell, k)
        if RE_MEMBER_LINE.match(rest.head):
            rest = Cell("", (rest.head, *rest.tail), rest.span, piped=True)
        out += [kept, rest]
    return out


def split_unit_note_tails(cells: list[Cell]) -> list[Cell]:
    """`|(MILLIONS, EXCEPT PER COMMON SHARE DATA)` + `Previous Accounting Principle`: a unit note
    whole on its line is a header cell of its own; the line under it is the next header cell,
    its pipe lost (a note that wraps, `(in thousands,` + `except per share)`, is not whole)."""
    out: list[Cell] = []
    for cell in cells:
        if cell.piped and cell.tail and is_unit_note(cell.head):
            head, rest = split_cell(cell, 0)
            out += [head, replace(rest, piped=True)]
        else:
            out.append(cell)
    return out


def split_sign_tails(cells: list[Cell]) -> list[Cell]:
    """`|$` + `Tea`, `|$` + `$`: a lone currency sign never wraps, so the line under it is the
    next cell (a label or the next sign), its pipe lost."""
    out: list[Cell] = []
    for i, cell in enumerate(cells):
        if cell.piped and cell.tail and classify(cell.head) == Kind.SYMBOL and classify(cell.tail[0]) in (
                Kind.TEXT, Kind.SYMBOL) and not sign_over_a_name(cells, i):
            head, rest = split_cell(cell, 0)
            out += [head, replace(rest, piped=True)]
        else:
            out.append(cell)
    return out


MAX_SIGNED_NAME_WORDS = 3


def sign_over_a_name(cells: list[Cell], i: int) -> bool:
    """`|$` + `Change`, then `|%` + `Change` or `|Jul 27, 2025`: a header's name written under
    its sign (`$ Change`, `% Change`), one cell, where the next cell is another such name or a
    header's (a date, a period, a unit note, a name), not a value or a sign: after `|$` + `Tea`
    comes `Tea`'s row (`|$`, `|12`)."""
    cell = cells[i]
    if not (cell.piped and len(cell.tail) == 1 and classify(cell.head) in (Kind.SYMBOL, Kind.PCT_SIGN)
            and classify(cell.tail[0]) == Kind.TEXT and len(cell.tail[0].split()) <= MAX_SIGNED_NAME_WORDS):
        return False
    after = next_filled(cells, i)
    if after is None or not after.piped:
        return False
    if after.tail and classify(after.head) in (Kind.SYMBOL, Kind.PCT_SIGN):
        return classify(after.tail[0]) == Kind.TEXT  # the next name under its sign
    return classify(after.text) in (Kind.DATE, Kind.PERIOD, Kind.UNIT, Kind.TEXT, Kind.YEAR)


def is_unit_note(line: str) -> bool:
    return line.startswith("(") and line.endswith(")") and classify(line) == Kind.UNIT


def follows_a_value(cell: Cell) -> bool:
    """A piped cell that is a value or a value's closing part, with nothing under it."""
    return cell.piped and not cell.tail and classify(cell.head) in VALUE_KINDS | _CLOSING_PARTS


def value_tail_start(cell: Cell, before: Cell | None = None) -> int:
    """Index into `cell.tail` where the text after a leading value starts, or -1.

    The value is the head (`|12,262`), or, when the crawl put the cell's content under a lone
    `|`, the first line below it (`|` + `(10,062` + `)` + `Total incurred…`).
    """
    if not cell.tail:
        return -1
    if cell.head:
        return 0 if not is_dash_bullet(cell, before) and classify(cell.head) in _AFTER_VALUE else -1
    if len(cell.tail) < 2 or not cell.piped or cell.tail[0] in DASHES or classify(cell.tail[0]) not in _AFTER_VALUE:
        return -1
    k = 1
    while k < len(cell.tail) - 1 and classify(cell.tail[k]) in _CLOSING_PARTS:
        k += 1  # `(10,062` + `)` stay one value
    return k if k < len(cell.tail) and classify(cell.tail[k]) not in _CLOSING_PARTS else -1


def sentence_break(cell: Cell) -> int:
    """Index into `cell.tail` of the first line that starts anew after a line ending `:`/`.`."""
    previous = cell.head
    for k, line in enumerate(cell.tail):
        if len(previous) > 2 and previous.endswith((":", ".")) and line[:1].isupper():
            return k
        previous = line
    return -1


def split_sentence_tails(cells: list[Cell]) -> list[Cell]:
    """`|Cash:` + `The following table…`: a capitalised line after a label line that ends like
    a sentence or a lead-in does not continue the label."""
    out: list[Cell] = []
    for cell in cells:
        k = sentence_break(cell) if cell.piped and cell.head and cell.tail else -1
        if k < 0:
            out.append(cell)
        else:
            out.extend(split_cell(cell, k))
    return out


#: the rules in the order they run
RULES = [("value_tails", split_value_tails), ("unit_note_tails", split_unit_note_tails),
         ("sign_tails", split_sign_tails), ("sentence_tails", split_sentence_tails)]


def text_to_cells(text: str) -> list[Cell]:
    """The whole of stage 1."""
    cells = lines_to_cells(text_to_lines(text))
    for _name, rule in RULES:
        cells = rule(cells)
    return cells
