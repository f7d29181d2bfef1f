"""The whitespace-rows flattening (IDEA pages, `XML 58 R34.htm IDEA: XBRL DOCUMENT`): one row a line.

Cells are split by single spaces, empty cells are U+00A0, and `$ 209` keeps its inner space,
so a line is read from the right: values (with their `$` and footnote marks) and U+00A0 empties
until the first word that is neither; the rest is the label. The frame before the rows is the
same as a pipe page's, one line a cell: crawl preamble, title, scale lines, period spans (several
on one line: `3 Months Ended 12 Months Ended`), then one date line per column.

Not read yet: text-block schedules inside such pages and glued cells (`Cash equivalents$2,720`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from refold.cover import split_cover_label
from refold.frame import RE_SCALE_LINE, assign_leaves_to_spans, split_title_units
from refold.grid import row_kind
from refold.kinds import (MONTH, RE_NOTE_NUMBER, RE_ONE_DIGIT_MARK, RE_POINTS_WORD, RE_YEAR, RE_YEAR_IN, VALUE_KINDS, VALUE_PIECE,
                          XBRL_BOOLEANS, Kind, classify)
from refold.model import Row, Span, join_lines
from refold.variants import NBSP, RE_PREAMBLE, RE_SPAN_PHRASE as RE_SPAN, preamble_end

RE_FOOTNOTE_LINE = re.compile(r"^\[\d{1,3}\]\s")
RE_FOOTNOTE_MARK = re.compile(r"^\[\d{1,3}\](?:,\[\d{1,3}\])*$")
_SYMBOLS = {"$", "€", "£", "¥", "₨", "₩", "₹", "R$", "US$", "HK$", "NT$"}
_UNIT_LINE = re.compile(r"^(?:[A-Z]{3} \(.{1,4}\)|shares|pure|\S{1,4} / shares)(?: .{0,40})?$")


MAX_UNIT_NAME_WORDS = 2
MAX_UNIT_NAMES = 3  # unit names under one date (`USD ($)`, `Investor`, `Tranche`)


def is_unit_name(s: str) -> bool:
    """`Segment`, `Investor`: a line of one or two words, a text with no value."""
    return bool(s) and len(s.split()) <= MAX_UNIT_NAME_WORDS and not split_row(s)[1] and classify(s) == Kind.TEXT


MAX_UNIT_NAMING_ROWS = 200  # rows looked through for one that names a header's unit (the look stays local)


def unit_name_in_header(lines: list[str], i: int) -> bool:
    """`Segment` (or `Employee`, `item`) under `Dec. 31, 2023` `USD ($)`, before the next date: a
    column's second unit (its rows say which with `| Segment`), not the first row's label: a row
    is never followed by a date alone. Under the last date, a row that names it (`Number of model
    iterations | Model …`) tells it is a unit."""
    if not is_unit_name(lines[i].strip()):
        return False
    ahead = [lines[j].strip() for j in range(i + 1, min(len(lines), i + 1 + 2 * MAX_UNIT_NAMES)) if lines[j].strip()]
    k = 0
    while k < min(len(ahead), MAX_UNIT_NAMES - 1) and is_unit_name(ahead[k]):
        k += 1  # `Investor` then `Tranche`: a column's units, one a line, before the next date
    following = ahead[k] if k < len(ahead) else ""
    if classify(following) == Kind.DATE or RE_SPAN.match(following) is not None:
        return True
    s = lines[i].strip()
    named = f"| {s} "
    return any(named in line for line in lines[i + 1 : i + 1 + MAX_UNIT_NAMING_ROWS])


def looks_like_rows(lines: list[str]) -> bool:
    """No `|` lines, and several lines that end in values: a row-a-line page."""
    stripped = [line.strip() for line in lines if line.strip()]
    if not stripped or sum(1 for s in stripped if s.startswith("|")) > len(stripped) // 10:
        return False
    split = [split_row(s) for s in stripped]
    labelled = sum(1 for label, cells in split if label and any(cells))
    bare = sum(1 for label, cells in split if not label and any(cells))
    return (labelled >= 3 and labelled > bare) or (bool(stripped) and RE_PREAMBLE.match(stripped[0]) is not None)


RE_GLUED_VALUE = re.compile(r"^(?P<head>.*?[^\s\d,.$(\-−–])(?P<value>\$?\(?\d[\d,]*(?:\.\d+)?\)?%?)$")
_VALUE_ENDS = frozenset("0123456789)%")
_CURRENCY_PREFIXES = frozenset({"US", "HK", "NT", "R", "C", "A", "S"})


# a year glued to an amount: digits no amount groups so (`2022263,992`: `2022` and `263,992`)
RE_YEAR_GLUED = re.compile(r"^(?P<year>(?:19|20)\d\d)(?P<value>\d{1,3}(?:,\d{3})+(?:\.\d+)?)$")
RE_GLUED_PIECES = re.compile(rf"(?:{VALUE_PIECE}){{2,}}")
# a label glued to its values; at most MAX_GLUED values, so each place the label may end costs
# a bounded try (unbounded, `(1)(1)…(1)x` took seconds: quadratic)
MAX_GLUED = 24
RE_GLUED_TAIL = re.compile(rf"^(?P<head>.*?[^\s\d,.$(\-−–])(?P<values>(?:{VALUE_PIECE}){{2,{MAX_GLUED}}})$")
RE_VALUE_PIECE = re.compile(VALUE_PIECE)


def unglue(word: str) -> list[str]:
    """`net$182,464` -> [`net`, `$182,464`]; `(30,499)(24,661)` -> both; `leases(42,163)`: a value
    glued to the word before it (a crawl that dropped the space between cells). Short bare
    numbers stay (`Q4`, `CO2`): only an amount with `$`, `(`, a comma or 3+ digits is split.
    Values glued to each other (`$(13,068)$—`, `(9,840)—`) are each a value."""
    if RE_GLUED_PIECES.fullmatch(word):
        pieces = RE_VALUE_PIECE.findall(word)
        if all(classify(p) in VALUE_KINDS for p in pieces):
            return pieces
    m = RE_GLUED_TAIL.match(word) if word[-1:] in _VALUE_ENDS else None  # `cost$5,437$5,363$5,331`
    first = RE_VALUE_PIECE.match(m["values"]) if m else None  # the tail opens on a value piece
    if m and first and not RE_NOTE_NUMBER.match(first[0]):  # `net(1)$11,809`: a mark
        pieces = RE_VALUE_PIECE.findall(m["values"])
        if all(classify(p) in VALUE_KINDS for p in pieces):
            return [*unglue(m["head"]), *pieces]
    if word[-1:] == "—" and word[-2:-1].isalpha():
        return [word[:-1], "—"]  # `Development—`: a nil glued to the label (a dash joins words, never ends one)
    if word[-2:] == "--" and word[-3:-2].isalpha():
        return [word[:-2], "--"]  # `Exercised--`: the same nil written as two hyphens
    if len(word) > 1 and word[-1] == "$" and word[-2:-1] in _VALUE_ENDS:
        return [*unglue(word[:-1]), "$"]  # `Forfeited(1,000)$`: the next amount's sign glued to this one
    if m := RE_YEAR_GLUED.match(word):
        return [m["year"], m["value"]]  # `2022263,992`: a date's year, then the row's first amount
    if word[-2:] == "$—" and word[-3:-2].isalpha():
        return [word[:-2], "$—"]  # `operations$—`: a nil under its currency sign, glued to the label
    if word[-1:] not in _VALUE_ENDS or len(word) < 3:
        return [word]  # most words: no value at their end to split off
    m = RE_GLUED_VALUE.match(word)
    if not m or m["head"] in _CURRENCY_PREFIXES or classify(m["value"]) not in VALUE_KINDS:
        return [word]
    value = m["value"]
    if not any(ch in value for ch in "$(,") and sum(ch.isdigit() for ch in value) < 3:
        return [word]
    if RE_NOTE_NUMBER.match(value) and m["head"][-1:].isalpha():
        return [word]  # `net(1)`: a footnote number on the label
    return [*unglue(m["head"]), value]


def short_values_unglued(words: list[str]) -> list[str]:
    """`Customer relationships14 years`, `Software2 - 5 years`, `Operating leases5.2 %`: a short
    number glued to a label's last word, before a unit of time or a percent sign, is a value of
    its own (a crawl that dropped the space between cells); `unglue` leaves numbers of one or two
    digits on their word, which it cannot tell from `Q4` alone."""
    out = list(words)
    for k in range(len(out) - 2, -1, -1):  # from the right: `term14 years15 years`, each split sees the next
        if out[k][-1:].isdigit() and before_a_unit(out, k + 1) and (m := RE_GLUED_DURATION.match(out[k])):
            out[k : k + 1] = [m["head"], m["number"]]
    return out


def before_a_unit(words: list[str], k: int) -> bool:
    """Word `k` is a unit of time (`years`) or a percent sign, or a range's join and bound before
    one (`- 5 years`)."""
    if k < len(words) and (RE_RANGE_UNIT.match(words[k]) or words[k] == "%"):
        return True
    return k + 2 < len(words) and words[k] in _RANGE_JOINS and bool(RE_RANGE_UNIT.match(words[k + 2]))


RE_GLUED_DURATION = re.compile(r"^(?P<head>[A-Za-z]*[a-z]{3})(?P<number>\d{1,3}(?:\.\d+)?)$")


def rejoin_parts(words: list[str]) -> list[str]:
    """`(12,417` `)`, `45` `%` and `—` `%`: a negative's `)` or a percent sign in a cell of its
    own (the filer's layout), written after a space, rejoins its amount (a nil's `%` too); so
    does a `(` written before it (`$ ( .01 )`)."""
    out: list[str] = []
    for word in words:
        if out and word[:1] in ")%" and classify(word) in (Kind.CLOSE, Kind.PCT_SIGN) \
                and classify(out[-1]) in (Kind.OPEN, Kind.NUMBER, Kind.NIL):
            out[-1] += word
        elif out and out[-1] == "(" and classify(word) == Kind.NUMBER and not word.startswith("("):
            out[-1] += word
        else:
            out.append(word)
    return out


RE_RANGE_UNIT = re.compile(r"^(?:(?P<year>years?|yrs?\.?)|(?P<month>months?)|(?P<week>weeks?)|(?P<day>days?))$",
                           re.IGNORECASE)
_UNIT_ORDER = {"day": 0, "week": 1, "month": 2, "year": 3}


def _time_unit(word: str) -> int | None:
    m = RE_RANGE_UNIT.match(word)
    return _UNIT_ORDER[m.lastgroup or ""] if m else None


def range_words(words: list[str], i: int) -> int:
    """How many words before `i` make a duration value, 0 if none: `1 year`, `3-5 years`, and
    `2 years 7 months 6 days` (parts of falling units joined; `3-5 years 10 years` is two)."""
    if i < 2 or _time_unit(words[i - 1]) is None or classify(" ".join(words[i - 2 : i])) != Kind.RANGE:
        return 0
    n = 2
    while i - n - 2 >= 0 and (bigger := _time_unit(words[i - n - 1])) is not None \
            and bigger > (_time_unit(words[i - n + 1]) or 0) and classify(" ".join(words[i - n - 2 : i])) == Kind.RANGE:
        n += 2
    if i - n >= 2 and words[i - n - 1] in _RANGE_JOINS and classify(words[i - n - 2]) == Kind.NUMBER \
            and classify(" ".join(words[i - n - 2 : i])) == Kind.RANGE:
        return n + 2  # `6 - 30 years`, `3 to 5 years`: a range written with spaces is one value
    if i - n > 0 and words[i - n - 1].lower() in _BOUND_WORDS:
        return 0  # `Less than 12 Months`, `Up to 10 years`: the duration is the label's
    return n


def value_before(words: list[str], i: int) -> bool:
    """Whether the last word before `i` (past the blanks of a run of spaces) is a value."""
    k = i - 1
    while k >= 0 and words[k] == "":
        k -= 1
    return k >= 0 and classify(words[k]) in VALUE_KINDS


# what joins a range's bounds (an em dash between two numbers is a nil cell, not a range's join)
_RANGE_JOINS = frozenset({"-", "–", "to"})


_LEVEL_WORDS = frozenset({"Level", "Tier", "Stage", "Phase"})


def names_a_level(words: list[str], i: int) -> bool:
    """`Level 2`, `Tier 1`: a digit after such a word is the label's (the fair value hierarchy's
    levels head many details rows), not a value."""
    return i > 1 and words[i - 2] in _LEVEL_WORDS and len(words[i - 1]) == 1 and words[i - 1].isdigit()


def day_of_month(words: list[str], i: int) -> bool:
    """`Apr. 1 through Apr. 30`: a day after a month's name ends a label (a period's), it is no
    value (a date in a cell of its own carries its year)."""
    return i > 1 and bool(RE_MONTH_WORD.match(words[i - 2])) and words[i - 1].isdigit() and 1 <= int(words[i - 1]) <= 31


_BOUND_WORDS = frozenset("than to through within after over under of in beyond".split())


RE_MONTH_WORD = re.compile(rf"^{MONTH}\.?$")


def month_year(words: list[str], i: int) -> bool:
    """Whether the two words before `i` are a month and a year (`February 2015`)."""
    return i >= 2 and bool(RE_MONTH_WORD.match(words[i - 2])) and bool(RE_YEAR.match(words[i - 1]))


def dates_between_values(words: list[str], i: int) -> int:
    """`… $ 800 February 2015 February 2025 $ 801`: the words (two) of a month-and-year date that
    ends at `i` when a value, or another such date with a value before it, comes right before
    it: a debt table's `Issuance Date` or `Maturity` among the amounts, not the end of a label
    (`… Notes due February 2030`). 0 otherwise."""
    k = i
    while month_year(words, k):
        k -= 2
        while k > 0 and words[k - 1] in ("", NBSP):
            k -= 1  # the spaces between cells
        if k > 0 and classify(words[k - 1]) in VALUE_KINDS:
            return 2
    return 0


MAX_DATE_WORDS = 3  # `Dec. 31, 2021`


def dated_cell(words: list[str], i: int) -> int:
    """How many words before `i` make a year or a date that an empty cell (U+00A0) parts from the
    words before it (`Maturity year [1] ␣ 2021`, `Maturity date ␣ Dec. 31, 2021`): a cell of
    its own, a text fact's value, not the end of the label (`… Notes due 2030`). 0 otherwise."""
    for n in range(1, MAX_DATE_WORDS + 1):
        if i - n - 1 >= 1 and words[i - n - 1] == NBSP and NBSP not in words[i - n : i] \
                and classify(" ".join(words[i - n : i])) in (Kind.YEAR, Kind.DATE):
            before = " ".join(w for w in words[: i - n - 1] if w != NBSP).strip()
            # a header's line (`March 29, 2025 ␣ September 28, 2024`, `(in millions) ␣ August 31, 2024 ␣
            # May 31, 2024`, `3 Months Ended ␣ …`) has no label, or dates before the last
            return n if classify(before) == Kind.TEXT and not RE_YEAR_IN.search(before) else 0
    return 0


def label_mark(words: list[str], i: int, cells: list[str]) -> bool:
    """`Residential mortgage loans (3)$3,322,136 150,627 …`: a footnote number between the label
    and a first amount that carries the `$` is the label's mark (a negative would not stand
    without its `$` before one that has it)."""
    return bool(cells) and cells[-1].startswith("$") and RE_NOTE_NUMBER.match(words[i - 1]) is not None \
        and i > 1 and classify(words[i - 2]) == Kind.TEXT


def split_row(line: str) -> tuple[str, list[str]]:
    """`Net income $ 145,389 $ 129,362` -> (`Net income`, [`$ 145,389`, `$ 129,362`]); U+00A0 cells
    are "" (empty), footnote marks after a value stay on it; values glued to a word are split."""
    label, cells = _split_row(line) if len(line) <= MAX_MEMO_LINE else _split_row.__wrapped__(line)
    return label, list(cells)


MAX_MEMO_LINE = 400  # longer lines (prose) are split each time: the memo stays small (at most ~2 MB)


@lru_cache(maxsize=1 << 12)  # a page's lines are split more than once (`variants.holds_text_blocks`, then the reader)
def _split_row(line: str) -> tuple[str, tuple[str, ...]]:
    words = rejoin_parts(short_values_unglued([part for word in line.rstrip(" ").split(" ") for part in unglue(word)]))
    cells: list[str] = []
    amount_seen, checked = False, 0  # an amount among the cells read so far (`text_cell_start`)
    marked = marks_in_cells(words)
    i = len(words)
    while i > 0:
        word = words[i - 1]
        if word == NBSP or word == "":
            if word == NBSP:
                cells.append("")
            i -= 1
            continue
        if marked and word in MARK_CELLS and i < len(words) and words[i] == NBSP:
            cells.append(word)  # `Percentage of total revenue * ␣ * ␣ ␣ ␣`: `*` (not meaningful) in cells
            i -= 1
            continue
        mark = ""
        if RE_FOOTNOTE_MARK.match(word) and i > 1 and classify(words[i - 2]) in VALUE_KINDS:
            mark, i = " " + word, i - 1
            word = words[i - 1]
        if not any(cells) and word in XBRL_BOOLEANS and i > 2:
            cells.append(word)  # an XBRL boolean ends the row: `Rule 10b5-1 Arrangement Adopted false`
            i -= 1
            continue
        if not mark and RE_RANGE_UNIT.match(word) and (n := range_words(words, i)) and (
                all(not c or classify(c) == Kind.RANGE for c in cells) or value_before(words, i - n)):
            # `1 year`, `2 years 7 months 6 days`; before amounts it ends a label (`… through 2 years`),
            # unless an amount comes before it too (`7,029,500  $ .20  5.8 years  $ 526,743`)
            cells.append(" ".join(words[i - n : i]))
            i -= n
            continue
        if not mark and i > 1 and RE_POINTS_WORD.match(word) and classify(words[i - 2]) == Kind.NUMBER:
            cells.append(f"{words[i - 2]} {word}")  # `11.9 pts`: a change in points, one value
            i -= 2
            continue
        if word in _SYMBOLS and i > 1 and (all(c in _SYMBOLS or not c for c in cells) or words[i] in ("", NBSP)):
            # `Deferred tax liability $ $`, `$ 9,237 ␣ $ ␣ $ ␣ $ 9,237`: currency signs over blank amounts
            cells.append(word)
            i -= 1
            continue
        if (date := dates_between_values(words, i)) and any(cells):
            cells.append(" ".join(words[i - date : i]))  # `February 2015` between amounts: a cell
            i -= date
            continue
        if n := dated_cell(words, i):
            cells.append(" ".join(words[i - n : i]))  # `Maturity year [1] ␣ 2021 ␣ ␣`: a year in a cell of its own
            i -= n
            continue
        if classify(word) not in VALUE_KINDS or names_a_level(words, i) or label_mark(words, i, cells) \
                or day_of_month(words, i):
            if mark:
                i += 1  # the mark belongs to the label
            elif any(cells):
                # each cell looked at once for an amount: a line of many text cells stays linear
                amount_seen, checked = amount_seen or any(map(is_amount, cells[checked:])), len(cells)
                if (start := text_cell_start(words, i, amount_seen)) is not None:
                    cells.append(" ".join(words[start:i]))  # a column of texts between amounts
                    i = start
                    continue
            break
        value = word + mark
        i -= 1
        if i > 0 and words[i - 1] in _SYMBOLS:
            value = f"{words[i - 1]} {value}"
            i -= 1
        cells.append(value)
    label = " ".join(words[:i]).replace(NBSP, " ").strip()
    if not any(cells) and (cover := split_cover_label(label)):
        return cover[0], (cover[1], *cells[::-1])  # `Entity Registrant Name Apple Inc.`
    cells.reverse()
    while cells and closes_the_labels_parenthesis(label, cells[0]):
        label = f"{label} {cells.pop(0)}"
    if label.endswith(":") and cells and all(RE_ONE_DIGIT_MARK.match(c) for c in cells):
        return f"{label} {' '.join(cells)}", ()  # `… lease obligations: (1)`: a lead-in's footnote mark
    return label, tuple(cells)


def closes_the_labels_parenthesis(label: str, cell: str) -> bool:
    """`(discount is based on imputed interest rate of` + `10.99%)`: a value that closes a
    parenthesis the label opened is the end of the label's aside, no cell of the row."""
    return bool(cell) and cell.count(")") > cell.count("(") and label.count("(") > label.count(")")


MARK_CELLS = frozenset({"*", "**", "†", "‡"})  # marks a filer writes in a cell for "not meaningful"


def marks_in_cells(words: list[str]) -> bool:
    """Two such marks or more, each with an empty cell (U+00A0) after it: the row's cells hold
    them, the first one too (`revenue * ␣`), not the label's footnote."""
    return sum(1 for k in range(len(words) - 1) if words[k] in MARK_CELLS and words[k + 1] == NBSP) >= 2


def is_amount(cell: str) -> bool:
    """A value read off a row that is no name's footnote number (`(1)` alone)."""
    return bool(cell) and classify(cell) in VALUE_KINDS and not RE_ONE_DIGIT_MARK.match(cell)


def text_cell_start(words: list[str], i: int, amounts_after: bool) -> int | None:
    """`Foreign currency contracts $ (501) ␣ ␣ Net operating revenues $ (69)`: where the text
    before word `i` starts when it is a cell of its own, empty cells (U+00A0) before it and an
    amount before those: a column of texts between amounts, not the end of the label. Not
    between names and their footnote numbers: `… Purchased (1) ␣ Average Price Paid per Share
    (2)`, no amount after the text (`amounts_after`) nor a `(1)` with its sign before it."""
    start = i
    while start > 0 and words[start - 1] not in (NBSP, ""):
        start -= 1
    if start == 0 or words[start - 1] != NBSP or classify(" ".join(words[start:i])) != Kind.TEXT \
            or classify(" ".join(words[start : i + 1])) in DATED_KINDS:
        return None  # (`Nine Months Ended March` + `31`: a period's words, not a text cell)
    k = next((k for k in range(start - 1, -1, -1) if words[k] not in (NBSP, "")), None)
    if k is None or classify(words[k]) not in VALUE_KINDS or (k and classify(" ".join(words[k - 1 : k + 1])) in DATED_KINDS):
        return None
    if not amounts_after and RE_ONE_DIGIT_MARK.match(words[k]) and not (k and words[k - 1] in _SYMBOLS):
        return None
    return start


DATED_KINDS = (Kind.DATE, Kind.PERIOD)


def mirror_name_skipped(lines: list[str], i: int, preamble: list[str]) -> int:
    """A mirror names the page (`Document and Entity Information`) before the R page's own title
    repeats it with its units (`Document and Entity Information (USD $)`): the name is preamble.
    Returns the title's line."""
    name = lines[i].strip()
    k = next((j for j in range(i + 1, len(lines)) if lines[j].strip()), None)
    if k is None or lines[k].strip() == name or not lines[k].strip().startswith(name):
        return i
    preamble.append(name)
    return k


MAX_COLUMN_NAME_WORDS = 10


def column_names_alone(lines: list[str], i: int) -> list[str]:
    """`Total`, `Common stock and additional paid-in capital`, … one a line from line `i`, then a
    row with as many values: a header of column names with no period over them (a statement of
    equity), not rows. [] where the lines do not read so."""
    names: list[str] = []
    for line in lines[i:]:
        s = line.replace(NBSP, " ").strip()
        if not s:
            continue
        label, cells = split_row(s)
        if cells:
            values = [c for c in cells if c]
            return names if len(names) >= 2 and len(values) == len(names) and label else []
        if len(s.split()) > MAX_COLUMN_NAME_WORDS or s.endswith(":"):
            return []
        names.append(s)
    return []


RANGE_DASHES = _RANGE_JOINS - {"to"}  # a range's joins that stand as cells of their own
_RANGE_ENDS = frozenset({Kind.NUMBER, Kind.PERCENT})


def ranges_rejoined(cells: list[str], n_cols: int) -> list[str]:
    """`20` `–` `40`, three cells where the columns leave room for one: a range written with
    spaces (`Buildings 20 – 40`), not an amount, a nil and an amount. Joined only where that
    brings the row's values within its columns."""
    out: list[str] = []
    k = 0
    while k < len(cells):
        if k + 2 < len(cells) and cells[k + 1] in RANGE_DASHES and classify(cells[k]) in _RANGE_ENDS \
                and classify(cells[k + 2]) in _RANGE_ENDS:
            out.append(f"{cells[k]} {cells[k + 1]} {cells[k + 2]}")
            k += 3
        else:
            out.append(cells[k])
            k += 1
    return out if len([c for c in out if c]) <= n_cols else cells


class RowsPage:
    """The parts of a row-a-line page, read in one pass."""

    def __init__(self, text: str) -> None:
        self.preamble: list[str] = []
        self.title = self.units = self.heading = ""
        self.spans: list[str] = []
        self.leaves: list[str] = []
        self.rows: list[Row] = []
        self.footnotes: list[str] = []
        self.guessed: set[int] = set()
        self.writes_empty_cells = False  # some row keeps its empty cells as spaces
        self._read(text.replace("\r\n", "\n").split("\n"))

    def _read(self, lines: list[str]) -> None:
        i = preamble_end(lines)
        self.preamble = [line.strip() for line in lines[:i] if line.strip()]
        while i < len(lines) and not lines[i].strip():
            i += 1
        if i < len(lines):
            i = mirror_name_skipped(lines, i, self.preamble)
            self.heading = lines[i].strip()
            self.title, self.units = split_title_units(self.heading)
            i += 1
        scale = []
        while i < len(lines) and RE_SCALE_LINE.match(lines[i].strip()):
            scale.append(lines[i].strip())
            i += 1
        self.units = join_lines([self.units, *scale])
        self.heading = join_lines([self.heading, *scale])
        units_seen: set[str] = set()  # the unit lines read under the dates so far
        while i < len(lines):
            s = lines[i].strip()
            rest = RE_SPAN.sub("", s).strip() if RE_SPAN.match(s) else None
            if rest is not None and (not rest or classify(rest) == Kind.DATE) and not split_row(s)[1]:
                # span phrases alone, or glued to the first date ("6 Months Ended Jun. 30, 2023");
                # anything else on the line makes it a row, so no text is dropped
                self.spans += [m.group(0) for m in RE_SPAN.finditer(s)]
                if rest:
                    self.leaves.append(rest)
            elif classify(s) == Kind.DATE or (self.leaves and (_UNIT_LINE.match(s) or unit_name_in_header(lines, i)
                                                              or s in units_seen)):
                if classify(s) == Kind.DATE:
                    self.leaves.append(s)
                else:
                    self.leaves[-1] += " " + s
                    units_seen.add(s)  # `Y` under the last date as under the one before: its unit too
            elif s:
                break
            i += 1
        if not self.spans and not self.leaves and (names := column_names_alone(lines, i)):
            self.leaves = names  # `Total`, `Common stock …`, `Retained earnings …` over equity rows
            i += len(names)
        for number in range(i, len(lines)):
            self._read_row(lines[number], number + 1)
        self._keep_last_row_in_place(lines)

    def _keep_last_row_in_place(self, lines: list[str]) -> None:
        """`Impairment $ (445)` ending the text under four columns, where the page's other rows
        write their empty cells as spaces: the store trimmed the text's end, and with it the row's
        last empty cells, so its values stand in the first columns, as read."""
        last = len(self.rows) - 1
        if last not in self.guessed or not self.writes_empty_cells:
            return
        last_line = max((n for n, line in enumerate(lines, 1) if line.strip()), default=0)
        if (span := self.rows[last].span) is not None and span.first == last_line:
            self.guessed.discard(last)

    def _read_row(self, line: str, number: int) -> None:
        s = line.strip(" \t")
        if not s.strip():
            return
        if RE_FOOTNOTE_LINE.match(s) or (len(s) > 200 and not split_row(s)[1]):
            self.footnotes.append(s)
            return
        label, cells = split_row(s)
        if self.leaves and len([c for c in cells if c]) > len(self.leaves):
            cells = ranges_rejoined(cells, len(self.leaves))
            if len([c for c in cells if c]) > len(self.leaves):
                # more values than columns: the first ones are marks in the label, `(2) (3)`
                label, cells = self._give_back(s, cells)
        n = len(self.leaves) or len(cells)
        values = [c for c in cells if c]
        self.writes_empty_cells = self.writes_empty_cells or ("" in cells and len(values) > 0)
        if len(cells) == n:
            placed = cells  # every cell present (U+00A0 for empties): positions are known
        elif "" in cells and len(cells) < n:
            # empty cells written (U+00A0) but the line's last ones trimmed: the cells written
            # stand where they are, the missing ones at the end (`␣ ␣ $ 78 $ 87` under five dates)
            placed = cells + [""] * (n - len(cells))
        else:
            placed = (values + [""] * n)[:n] if len(values) <= n else values
            if 0 < len(values) < n:
                self.guessed.add(len(self.rows))
        span = Span(number, number)
        cells_t = tuple(placed)
        self.rows.append(Row(label, cells_t, row_kind(label, cells_t), span,
                             tuple(span if c else None for c in cells_t), span))

    def _give_back(self, line: str, cells: list[str]) -> tuple[str, list[str]]:
        keep = cells[len(cells) - len(self.leaves):]
        tail = " ".join(c for c in keep if c)
        cut = line.rfind(tail) if tail else len(line)
        return line[:cut].replace(NBSP, " ").strip(), keep

    def columns(self) -> list[str]:
        groups = assign_leaves_to_spans(self.leaves, len(self.spans), self.spans)
        return [join_lines([self.spans[g], leaf]) if g >= 0 else leaf for leaf, g in zip(self.leaves, groups)]
