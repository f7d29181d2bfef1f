"""Cells -> tokens: join the parts a cell split left in neighbouring cells.

Filers' tables put `$`, `)` and `%` in cells of their own, so the flattening shows `(81,247`
then `)`, `100` then `%`, `$` then `95,359`. Each rule joins one such pair. The absorbed part
leaves an empty token where it stood: tokens keep the positions of the cells they came from,
so column positions survive the joins.
"""

from __future__ import annotations

import re
from dataclasses import replace

from refold.kinds import (RE_BARE_MARK, RE_MONTH_DAY, RE_POINTS_WORD, VALUE_KINDS, Kind, classify, is_amount_range,
                          stacked_dates)
from refold.model import Cell, Token

_AMOUNT = frozenset({Kind.NUMBER, Kind.NIL, Kind.PERCENT, Kind.OPEN})


_SPLIT_CLOSE = re.compile(r"\s+(?=[)%]+$)")


def cell_to_token(cell: Cell) -> Token:
    """One cell's token. A value whose closing part wrapped onto the next line of the same cell
    (`(10,062` + `)`) is written as the joined parts are: `(10,062)`."""
    text = cell.text
    kind = classify(text)
    if cell.tail and kind in _AMOUNT:
        text = _SPLIT_CLOSE.sub("", text)
    elif cell.tail and kind == Kind.TEXT and stacked_dates(text):
        kind = Kind.PERIOD  # a period over its dates, a header's rows in one cell (`header.unstack_dates`)
    return Token(text, kind, cell.span, cell.is_block)


def last_nonempty(tokens: list[Token], i: int) -> int | None:
    """The index of the last non-empty token before `i`."""
    return next((k for k in range(i - 1, -1, -1) if tokens[k].kind != Kind.EMPTY), None)


def next_nonempty_index(tokens: list[Token], i: int, end: int) -> int | None:
    """The index of the first non-empty token after `i`, before `end`."""
    return next((k for k in range(i + 1, end) if tokens[k].kind != Kind.EMPTY), None)


def next_nonempty(tokens: list[Token], i: int) -> Token | None:
    """The first non-empty token after `i`."""
    for k in range(i + 1, len(tokens)):
        if tokens[k].kind != Kind.EMPTY:
            return tokens[k]
    return None


def _absorb(tokens: list[Token], into: int, part: int, text: str) -> None:
    """Put `text` in token `into` (re-classified) and leave `part` empty in place."""
    keep, gone = tokens[into], tokens[part]
    tokens[into] = Token(text, classify(text), keep.span + gone.span, keep.block)
    tokens[part] = Token("", Kind.EMPTY, gone.span, absorbed=True)


def join_closing_parts(tokens: list[Token]) -> list[Token]:
    """`(81,247` + `)` -> `(81,247)`; `(4.2%` + `)` -> `(4.2%)`; `100` + `%` -> `100%`; `—` + `%` -> `—%`. Not a year's
    `2018` + `%`: a header's year over its column's unit (`2020 2019 2018` then `% % %`)."""
    out = list(tokens)
    for i in range(1, len(out)):
        before, part = out[i - 1], out[i]
        if part.kind == Kind.CLOSE and (before.kind == Kind.OPEN or opens_a_percent(before.text)):
            _absorb(out, i - 1, i, before.text + part.text.replace(" ", ""))
        elif part.kind == Kind.PCT_SIGN and before.kind in (Kind.NUMBER, Kind.OPEN, Kind.NIL):
            _absorb(out, i - 1, i, before.text + part.text)
    return out


def opens_a_percent(text: str) -> bool:
    """`(4.2%` before a `)` of its own: a negative percent whose bracket closes in the next cell."""
    return text.startswith("(") and text.endswith("%") and ")" not in text


RE_DURATION_WORD = re.compile(r"^(?:years?|months?|days?)$", re.IGNORECASE)


def join_point_units(tokens: list[Token]) -> list[Token]:
    """`11.9` + `pts` -> `11.9 pts`: a change in points whose unit a filer put in a cell of its own;
    so is a duration's (`7.2` + `years`: a weighted-average lease term, one value)."""
    out = list(tokens)
    for i in range(1, len(out)):
        if out[i].kind != Kind.TEXT or not (RE_POINTS_WORD.match(out[i].text) or RE_DURATION_WORD.match(out[i].text)):
            continue
        k = i - 1
        while k > 0 and out[k].absorbed:
            k -= 1  # `(2.7` + `)` + `pts`: past the `)` joined already
        if out[k].kind == Kind.NUMBER:
            _absorb(out, k, i, f"{out[k].text} {out[i].text}")
    return out


def join_currency_symbols(tokens: list[Token]) -> list[Token]:
    """`$` + `95,359` -> `$ 95,359` (the way R pages show it); `$` + `2.09 -12.00`, a range."""
    out = list(tokens)
    for i in range(len(out) - 1):
        symbol, amount = out[i], out[i + 1]
        if symbol.kind == Kind.SYMBOL and amount.kind in _AMOUNT:
            _absorb(out, i + 1, i, f"{symbol.text} {amount.text}")
        elif symbol.kind == Kind.SYMBOL and amount.kind == Kind.TEXT and is_amount_range(amount.text):
            # `$` + `2.09 -12.00`: a range of exercise prices under its sign, one value (a range)
            out[i] = Token(f"{symbol.text} {amount.text}", Kind.RANGE, symbol.span + amount.span, symbol.block)
            out[i + 1] = Token("", Kind.EMPTY, amount.span, absorbed=True)
    return out


def join_footnote_marks(tokens: list[Token]) -> list[Token]:
    """`36` + `[1]` -> `36 [1]`: a footnote mark in its own cell belongs to the cell before."""
    out = list(tokens)
    for i in range(1, len(out)):
        mark, before = out[i], out[i - 1]
        if mark.kind == Kind.FOOTNOTE and mark.text.startswith("[") and before.kind != Kind.EMPTY:
            merged = f"{before.text} {mark.text}"
            out[i - 1] = replace(before, text=merged, span=before.span + mark.span)
            out[i] = Token("", Kind.EMPTY, mark.span, absorbed=True)
    return out


RE_MARK_TOKEN = re.compile(r"^(?:\(\d{1,2}\)|\(?[a-z]\)|\*{1,3})$")  # `(1)`, `(a)`, `a)`, `*`
RE_LETTER_MARK = re.compile(r"^\([a-z]\)$")


def reads_as_note(text: str) -> bool:
    """A footnote's text: a sentence of six words or more (not a details page's member path,
    `Designated as hedging instruments | Interest Rate Risk | …`)."""
    return len(text.split()) >= 6 and text.rstrip().endswith(".") and " | " not in text


def defined_marks(tokens: list[Token]) -> set[str]:
    """The marks a table defines under itself: `(1)` then `Includes sales to related parties …`."""
    found: set[str] = set()
    for i, tok in enumerate(tokens):
        if RE_MARK_TOKEN.match(tok.text):
            after = next_nonempty(tokens, i)
            if after is not None and after.kind == Kind.TEXT and reads_as_note(after.text):
                found.add(tok.text)
    numbered = {m for m in found if m[1:-1].isdigit()}
    return found if not numbered or "(1)" in numbered else found - numbered  # notes count from (1)


def join_label_marks(tokens: list[Token]) -> list[Token]:
    """`Revenue` + `(1)` + `$` + `1,200`: a footnote mark in a cell of its own after a row's label
    is the label's (`Revenue (1)`), not an amount of -1, where the table defines that mark under
    itself (`(1)` + `Includes sales to related parties …`). A letter's mark (`(a)`) is never an
    amount: the label's wherever it follows one and a value follows it."""
    marks = defined_marks(tokens)
    out = list(tokens)
    for i, tok in enumerate(out):
        if tok.text not in marks and not RE_LETTER_MARK.match(tok.text):
            continue  # `(a)` is a mark wherever it stands; `(1)` only where defined (`*` fills n/m cells)
        k = last_nonempty(out, i)
        after = next_nonempty(out, i)
        if k is not None and out[k].kind == Kind.TEXT and not reads_as_note(out[k].text) and after is not None \
                and after.kind not in (Kind.TEXT, Kind.FOOTNOTE):
            _absorb(out, k, i, f"{out[k].text} {tok.text}")
    return out


MIN_NOTE_WORDS = 4
_MARKED = frozenset({Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.NIL})


def trailing_bare_notes(tokens: list[Token]) -> dict[int, str]:
    """`1` then `(Gains) losses are included in …`, `2` then `…`: the bare numbers of the notes
    under a table's last value (each followed by its text, running 1, 2, 3 …), by position."""
    notes: dict[int, str] = {}
    for i in range(len(tokens) - 1, -1, -1):
        tok = tokens[i]
        if tok.kind not in VALUE_KINDS:
            continue
        after = next_nonempty(tokens, i)
        if not RE_BARE_MARK.match(tok.text) or after is None or after.kind != Kind.TEXT \
                or len(after.text.split()) < MIN_NOTE_WORDS:
            break
        notes[i] = tok.text
    numbers = [int(notes[i]) for i in sorted(notes)]
    return notes if numbers and numbers == list(range(1, len(numbers) + 1)) else {}


def label_rows(tokens: list[Token]) -> list[range]:
    """The tokens from each text (a row's label) to the next."""
    starts = [i for i, t in enumerate(tokens) if t.kind == Kind.TEXT]
    return [range(a, b) for a, b in zip(starts, [*starts[1:], len(tokens)])]


def join_value_marks(tokens: list[Token]) -> list[Token]:
    """`-` `1` `-` `1` `23` `2` `(657)` `3` `(634)` in a table of five columns whose notes
    `1` … `3` stand under it: a defined footnote number right after a value is that value's
    mark (`(657) [3]`), not an amount, where the row then has as many values as most rows."""
    notes = trailing_bare_notes(tokens)
    marks = set(notes.values())
    if not marks:
        return tokens
    out = list(tokens)
    rows = label_rows(out)
    counts = [sum(1 for i in row if out[i].kind in VALUE_KINDS and i not in notes) for row in rows]
    usual = max(set(c for c in counts if c), key=counts.count, default=0)
    for row, count in zip(rows, counts):
        if count <= usual:
            continue
        marked: list[tuple[int, int]] = []  # (value, mark) positions
        for i in row:
            k = last_nonempty(out, i)
            if out[i].text in marks and i not in notes and k is not None and k > row.start \
                    and out[k].kind in _MARKED and not (marked and marked[-1][1] == k):
                marked.append((k, i))
        if count - len(marked) == usual:
            for k, i in marked:
                _absorb(out, k, i, f"{out[k].text} [{out[i].text}]")
    return out


def join_split_dates(tokens: list[Token]) -> list[Token]:
    """`June 30,` + `2025` -> `June 30, 2025`: a header cell's two lines, each a line of its own
    where a crawl wrote one cell a line. Not where more years follow the year: `June 30,` over
    `2025` `2024` is a header row over two columns."""
    out = list(tokens)
    for i in range(len(out) - 1):
        day, year = out[i], out[i + 1]
        if day.kind != Kind.PERIOD or year.kind != Kind.YEAR or not RE_MONTH_DAY.match(day.text):
            continue
        after = next_nonempty(out, i + 1)
        if after is None or after.kind != Kind.YEAR:
            _absorb(out, i + 1, i, f"{day.text} {year.text}")
    return out


_BOUND_KINDS = frozenset({Kind.NUMBER, Kind.MONEY, Kind.PERCENT})


def join_split_ranges(tokens: list[Token]) -> list[Token]:
    """`$ 2.50` + `to` + `5.00` -> `$ 2.50 to 5.00`: a range of amounts (exercise prices) a filer
    wrote in three cells, one value (a range), not a value, a row's label and a value."""
    out = list(tokens)
    for i in range(len(out) - 2):
        low, word, high = out[i], out[i + 1], out[i + 2]
        if low.kind in _BOUND_KINDS and word.kind == Kind.TEXT and word.text.lower() == "to" and high.kind in _BOUND_KINDS:
            out[i] = Token(f"{low.text} {word.text} {high.text}", Kind.RANGE, low.span + high.span, low.block)
            out[i + 1] = Token("", Kind.EMPTY, word.span, absorbed=True)
            out[i + 2] = Token("", Kind.EMPTY, high.span, absorbed=True)
    return out


#: the rules in the order they run; a plugin may insert its own by name
RULES = [
    ("closing_parts", join_closing_parts),
    ("point_units", join_point_units),
    ("currency_symbols", join_currency_symbols),
    ("footnote_marks", join_footnote_marks),
    ("label_marks", join_label_marks),
    ("value_marks", join_value_marks),
    ("split_dates", join_split_dates),
    ("split_ranges", join_split_ranges),
]


def cells_to_tokens(cells: list[Cell]) -> list[Token]:
    tokens = [cell_to_token(c) for c in cells]
    for _name, rule in RULES:
        tokens = rule(tokens)
    return tokens
