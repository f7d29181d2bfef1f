"""Tables written inline: a note's schedule flattened into its paragraph, every cell a space
apart (the one-line pages of some crawls: `… (in thousands): June 30, 2023 December 31, 2022
Originated (1) Acquired (2) Total Originated (1) Acquired (2) Total Personal Banking: Residential
mortgage loans (3) $ 3,338,525 156,632 3,495,157 3,327,879 170,720 3,498,599 Home equity loans …`).

A run of value words is a row's cells and the words before it the row's label; the commonest
run length is the table's width. Before the first row stand the lead-in (up to its last `:` or
sentence end), then the header: its dates, then the names under them written once per date
(`Originated (1) Acquired (2) Total` twice under two dates). A label holding a phrase that ends
in `:` (`Commercial Banking: Commercial real estate loans`) is a section row, then the row. Words
after the last row, up to the next table's lead-in, are the table's footnotes.

`inline_tables(paragraph)` returns the paragraph's parts in order: text (`str`) and tables
(`InlineTable`), or None where the paragraph holds no such table (prose, whose numbers stand
between words, never in runs of three rows alike).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass

from refold.kinds import MONTH, RE_YEAR as RE_BARE_YEAR, VALUE_KINDS, Kind, classify
from refold.model import Row

MIN_ROWS = 3  # rows of the table's width, at least
MIN_WIDTH = 2
MAX_LABEL_WORDS = 24  # a row's label; a longer stretch of words between runs is prose
MAX_OPENING_WORDS = 120  # a header and its lead-in's end stand within this many words of the first row
RE_MARK = re.compile(r"^\((?:\d|[a-z])\)$")  # `(3)` after a label or a name: a footnote's mark (`(12)` an amount)
RE_SYMBOL = re.compile(r"^(?:\$|US\$|€|£|¥)$")
RE_SENTENCE_END = re.compile(r"[.;:]$")
RE_DATE_START = re.compile(rf"^(?:{MONTH})\.?$", re.IGNORECASE)
RE_DAY = re.compile(r"^\d{1,2},$")
RE_DATE_YEAR = re.compile(r"^(?:19|20)\d\d,?$")  # a date's year, its comma kept


@dataclass(frozen=True, slots=True)
class InlineTable:
    lead_in: str
    header: str  # the header's words as written
    columns: tuple[str, ...]
    rows: tuple[Row, ...]
    footnotes: str


def value_mask(words: list[str]) -> list[bool]:
    """Which words are a cell's: an amount, a percent, a nil mark, a `$` before one. Not a mark
    after a word (`loans (3)`), nor a dash between words (`real estate loans - owner occupied`)."""
    kinds = [classify(w) for w in words]
    plain = [k in VALUE_KINDS for k in kinds]
    mask = list(plain)
    for i, w in enumerate(words):
        after_word = i > 0 and not plain[i - 1] and not RE_SYMBOL.match(words[i - 1])
        if RE_MARK.match(w) and after_word:
            mask[i] = False
        elif kinds[i] == Kind.NIL and after_word and i + 1 < len(words) and kinds[i + 1] == Kind.TEXT:
            mask[i] = False
    for i in range(len(words) - 1, -1, -1):
        if RE_SYMBOL.match(words[i]):
            mask[i] = i + 1 < len(words) and mask[i + 1]
    return mask


def value_runs(words: list[str]) -> list[tuple[int, int]]:
    """(start, end) of each run of value words."""
    mask = value_mask(words)
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(words):
        if mask[i]:
            j = i
            while j < len(words) and mask[j]:
                j += 1
            runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def cells_of(words: list[str]) -> list[str]:
    """A run's words as cells: `$` joined to its amount."""
    cells: list[str] = []
    for w in words:
        if cells and RE_SYMBOL.match(cells[-1]):
            cells[-1] = f"{cells[-1]} {w}"
        else:
            cells.append(w)
    return cells


def is_label(words: list[str]) -> bool:
    """Words between two runs that can label a row: few, and no sentence ending inside them."""
    return len(words) <= MAX_LABEL_WORDS and not any(RE_SENTENCE_END.search(w) and w[-1] != ":" for w in words[:-1])


def date_words(words: list[str], start: int) -> list[int]:
    """Where each date of the header starts (`June 30, 2023`, `December 31, 2022`), from `start`."""
    starts = []
    i = start
    while i + 2 < len(words) and RE_DATE_START.match(words[i]) and RE_DAY.match(words[i + 1]) \
            and RE_DATE_YEAR.match(words[i + 2]):
        starts.append(i)
        i += 3
    return starts


def split_names(words: list[str], count: int) -> list[str] | None:
    """`Originated (1) Acquired (2) Total` as `count` names: each opens on a capitalized word."""
    opens = [k for k, w in enumerate(words) if w[:1].isupper() and (k == 0 or not words[k - 1].endswith("-"))]
    if len(opens) != count or opens[0] != 0:
        return None
    return [" ".join(words[a:b]) for a, b in zip(opens, [*opens[1:], len(words)])]


def read_header(words: list[str], width: int) -> tuple[int, list[str]] | None:
    """How many of `words` the header takes, and the columns' names: dates, then the names under
    them written once per date (`Originated (1) Acquired (2) Total` twice), or one date a column."""
    dates = date_words(words, 0)
    d = len(dates)
    after = 3 * d
    names_of_dates = [" ".join(words[k : k + 3]) for k in dates]
    if d == 0:
        return years_under_a_period(words, width)
    if width % d:
        return None
    per_date = width // d
    for size in range(per_date, min(4 * per_date, (len(words) - after) // d) + 1):
        pattern = words[after : after + size]
        if words[after : after + size * d] != pattern * d:
            continue
        names = split_names(pattern, per_date)
        if names is not None:
            return after + size * d, [f"{date} {name}" for date in names_of_dates for name in names]
    return (after, names_of_dates) if d == width else None


MAX_PERIOD_WORDS = 8  # `Three Months Ended June 30,` before the years


def years_under_a_period(words: list[str], width: int) -> tuple[int, list[str]] | None:
    """`Three Months Ended June 30, 2023 2022`, `2023 2022`: a year a column, under the period
    phrase before them if any."""
    first = next((k for k, w in enumerate(words[: MAX_PERIOD_WORDS + 1]) if RE_BARE_YEAR.match(w)), None)
    if first is None:
        return None
    years = words[first : first + width]
    if len(years) < width or not all(RE_BARE_YEAR.match(w) for w in years):
        return None
    period = " ".join(words[:first])
    return first + width, [f"{period} {year}".strip() for year in years]


def section_and_label(words: list[str]) -> tuple[list[str], str]:
    """`Commercial Banking: Commercial real estate loans`: the section rows (phrases ending `:`)
    and the row's own label."""
    sections: list[str] = []
    start = 0
    for k, w in enumerate(words[:-1]):
        if w.endswith(":"):
            sections.append(" ".join(words[start : k + 1]))
            start = k + 1
    return sections, " ".join(words[start:])


def lead_in_end(words: list[str]) -> int:
    """Where the lead-in before a table ends: after its last word ending `:` or a sentence."""
    ends = [k + 1 for k, w in enumerate(words) if RE_SENTENCE_END.search(w)]
    return ends[-1] if ends else 0


def first_row(words: list[str], width: int) -> tuple[int, int, list[str]] | None:
    """The words before a table's first run: (where the header starts, where the first label
    starts, the columns' names). The header stands after the lead-in's last `:` or sentence
    end; a section heading ending `:` after the header opens the body."""
    for start in sorted({lead_in_end(words), *(k + 1 for k, w in enumerate(words) if w.endswith(":"))}):
        header = read_header(words[start:], width)
        if header is not None:
            return start, start + header[0], header[1]
    return None


# a number and the next word's number straight after it (`156,632 3,495,157`, `(8,548) $ (124,423)`)
RE_NUMBER_PAIR = re.compile(r"\d\)?%?\s(?:\$\s)?[(—–-]?\d")


def inline_tables(paragraph: str) -> list[str | InlineTable] | None:
    if len(RE_NUMBER_PAIR.findall(paragraph)) < MIN_ROWS * (MIN_WIDTH - 1):
        return None  # numbers side by side in fewer places than a table has rows: most paragraphs stop here
    words = paragraph.split()
    runs = value_runs(words)
    widths = Counter(b - a - sum(1 for w in words[a:b] if RE_SYMBOL.match(w)) for a, b in runs)
    widths = Counter({w: c for w, c in widths.items() if w >= MIN_WIDTH})
    if not widths:
        return None
    width, count = widths.most_common(1)[0]
    if count < MIN_ROWS:
        return None
    parts: list[str | InlineTable] = []
    done = 0  # words placed so far
    k = 0
    while k < len(runs):
        found = table_from(words, runs, k, done, width)
        if found is None:
            k += 1
            continue
        table, k_next, done = found
        parts.append(table)
        k = next((i for i in range(k_next, len(runs)) if runs[i][0] >= done), len(runs))
    if not any(isinstance(p, InlineTable) for p in parts):
        return None
    if done < len(words):
        parts.append(" ".join(words[done:]))
    return parts


def run_width(words: list[str], run: tuple[int, int]) -> int:
    return len(cells_of(words[run[0] : run[1]]))


def table_from(words: list[str], runs: list[tuple[int, int]], k: int, done: int,
               width: int) -> tuple[InlineTable, int, int] | None:
    """The table whose first row is run `k`: (table, the next run after it, where its words
    end), or None. Its lead-in runs from `done`; its header is looked for in the words just
    before the run (a bounded look: the search stays linear on long paragraphs)."""
    a, b = runs[k]
    if run_width(words, runs[k]) != width:
        return None
    opening = max(done, a - MAX_OPENING_WORDS)
    opened = first_row(words[opening:a], width)
    if opened is None:
        return None
    header_start, label_start, columns = opening + opened[0], opening + opened[1], opened[2]
    rows: list[Row] = []
    j = k
    label_from = label_start
    while j < len(runs):
        a, b = runs[j]
        label_words = words[label_from:a]
        if j > k and not is_label(label_words):
            break
        cells = cells_of(words[a:b])
        while len(cells) > width and RE_MARK.match(cells[-1]):
            cells.pop()  # `… 10,802,416 (1) Includes …`: the mark opens the first footnote
            b -= 1
        if len(cells) > width:
            break
        sections, label = section_and_label(label_words)
        rows += [Row(s, ("",) * width, "section") for s in sections]
        rows.append(Row(label, (*cells, *("",) * (width - len(cells))), "total" if label.lower().startswith("total") else "value"))
        label_from = b
        j += 1
    if sum(1 for r in rows if r.kind != "section" and all(r.cells)) < MIN_ROWS:
        return None
    end = footnotes_end(words, label_from)
    table = InlineTable(" ".join(words[done:header_start]), " ".join(words[header_start:label_start]), tuple(columns),
                        tuple(rows), " ".join(words[label_from:end]))
    return table, j, end


def footnotes_end(words: list[str], start: int) -> int:
    """Where the footnotes after a table's last row (from `start`) end: the sentences that open
    with a mark (`(1) Includes originated …`), up to the first that does not."""
    k = start
    while k < len(words) and RE_MARK.match(words[k]):
        k = next((i + 1 for i in range(k + 1, len(words)) if words[i].endswith(".") and (
            i + 1 == len(words) or RE_MARK.match(words[i + 1]) or words[i + 1][:1].isupper())), len(words))
    return k
