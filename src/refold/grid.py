"""Stage 4: tokens of one table -> rows and value columns.

Row boundaries are gone from the flattened text, so they are inferred from the tokens, the way
CleverCSV infers a CSV dialect: each candidate row template is scored by how regular the rows
it produces are (a label first, then columns of one type each), and the best one wins.

Two templates:

* **fixed width** `W`: where empty cells were kept (a lone `|` each), every body row has the
  same number of cells, so labels recur every `W` tokens. Spacer, `$` and `)` columns come out
  empty in every row and are dropped.
* **label-delimited**: where empty cells were dropped, a row is a label followed by its values;
  too many values for the table's width start an unlabeled (total) row.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from refold.kinds import (HEADER_KINDS, MAX_STACKED_LINE_WORDS, MIN_LISTED_ROWS, RE_AUDIT_NOTE, RE_BLOCK_ELEMENT, RE_YEAR_IN, RE_QUALIFIER_LINE, VALUE_KINDS, Kind,
                          classify, is_amount_range, is_listing_number, is_name_unit, is_title, numbers_like_items,
                          rate_range, stacked_rows_fit)
from refold.model import Row, Span, Token, join_spans
from refold.header import RE_TOTAL_NAME, SUB_NAME_PAIRS, stacked_by_position, stacked_tail
from refold.tokens import last_nonempty, next_nonempty, next_nonempty_index

TEXT_KINDS = frozenset({Kind.TEXT, Kind.DATE})
MAX_WIDTH = 48  # widest row template tried (spacer-heavy 10-K tables reach ~40 cells)
MIN_FIXED_SCORE = 0.55
MIN_EMPTY_SHARE = 0.2  # kept empty cells (spacers, missing values) make up this much of a fixed-width table
FIXED_MARGIN = 0.8  # positions are exact where empty cells were kept: fixed width wins near-ties
NEAR_BEST = 0.97  # a smaller width this close to the best score wins (2W also fits a W table)
MAX_IRREGULAR_ROWS = 0.25  # more rows than this cut short, unlabeled or passing a label: a wrong width


@dataclass(slots=True)
class Grid:
    """Rows found in a token run, with the header tokens that came before them."""

    header: list[Token]
    rows: list[Row]
    n_cols: int
    layout: str
    score: float
    unplaced: list[Token] = field(default_factory=list)
    guessed: set[int] = field(default_factory=set)  # rows whose values' columns were guessed
    irregular_rows: float = 0.0  # share of rows with values a fixed width cut short or found unlabeled


# --------------------------------------------------------------------------- fixed width


AMOUNT_KINDS = frozenset({Kind.NUMBER, Kind.MONEY})
E, V, T, H, X = range(5)  # token classes for the width search: empty, value, text, header-only, other
Links = tuple[list[int], list[int], list[int]]  # `code_links`: next text, next value, value after a text


def _code(tok: Token) -> int:
    if tok.kind == Kind.EMPTY:
        return E
    if tok.kind in VALUE_KINDS:
        return V
    if tok.kind in TEXT_KINDS:
        return T
    if tok.kind in HEADER_KINDS or tok.kind == Kind.SYMBOL:
        return H
    return X


def ranges_as_values(tokens: list[Token], codes: list[int]) -> list[int]:
    """`Risk-free interest rate` `.34% - .92%` `.92% - 1.10%`: a range of rates or amounts (a
    text by its kind) right after a label, or after such a range, holds a value's place in the
    row (`range_value`); one with values after it labels its row (`$ .05 - .20`, exercise prices)."""
    previous = E  # the last non-empty token's class, a range taken as a value counting as a text
    for k, tok in enumerate(tokens):
        if codes[k] == E:
            continue
        if codes[k] == T and previous == T and rate_range(tok.text) \
                and codes[next((j for j in range(k + 1, len(codes)) if codes[j] != E), k)] != V:
            codes[k] = V  # (`previous` stays T: a second range after the first is a value too)
            continue
        previous = codes[k]
    return codes


class Shape:
    """Token classes as small ints with prefix sums: every width is scored without re-reading
    the tokens' kinds, and a chunk's header test is O(1)."""

    def __init__(self, tokens: list[Token]) -> None:
        self.tokens = tokens
        self.codes = ranges_as_values(tokens, [_code(t) for t in tokens])
        self.is_range = [t.kind == Kind.RANGE for t in tokens]  # read once: every width's score counts them
        self.n = len(tokens)
        self._headers = [0]
        self._texts = [0]
        self._nonempty = [0]
        for c in self.codes:
            self._headers.append(self._headers[-1] + (c == H))
            self._texts.append(self._texts[-1] + (c == T))
            self._nonempty.append(self._nonempty[-1] + (c != E))
        self.text_positions = [i for i, c in enumerate(self.codes) if c == T]
        self._header_end: int | None = None
        self._links: Links | None = None

    def is_header_chunk(self, p: int, q: int) -> bool:
        """Years, period phrases and units only appear in headers; so does text over an empty stub."""
        q = min(q, self.n)
        if self._headers[q] - self._headers[p]:
            return True
        rest_nonempty = self._nonempty[q] - self._nonempty[p + 1]
        rest_texts = self._texts[q] - self._texts[p + 1]
        return self.codes[p] == E and rest_nonempty > 0 and rest_texts == rest_nonempty

    def label_residues(self, width: int, keep: int = 2) -> list[int]:
        """Positions (mod width) where labels may sit, best first: most distinct texts, then most
        texts. More than one is kept: section labels (`Americas:`, `Europe:`) can outnumber in
        distinct texts the row labels they head (`Net sales`, `Operating income`)."""
        counts: Counter[int] = Counter()
        distinct: dict[int, set[str]] = {}
        for i in self.text_positions:
            counts[i % width] += 1
            distinct.setdefault(i % width, set()).add(self.tokens[i].text)
        if not counts:
            return [0]
        return sorted(counts, key=lambda r: (-len(distinct[r]), -counts[r], r))[:keep]

    def body_start(self, width: int, r: int) -> int:
        """Where the W-chunks after the last header-like chunk begin (n if none), and never
        before the chunks of column names that head the first row with values."""
        first = self.n
        for p in reversed(range(r, self.n, width)):
            if self.is_header_chunk(p, p + width):
                break
            first = p
        label = self.first_label(r)
        if label is not None and (named := self.stub_named_names(r, width, label)) != r:
            return max(first, named)  # a header naming its stub: no section row before its first row
        return self.sections_before(max(first, self.names_end(width, r)), width)

    def sections_before(self, start: int, width: int) -> int:
        """Section rows just before the body, cut from a header whose chunks a short row
        misaligned: a text followed by half a row of empty cells or more is a row's label, not a
        column name (those are a spacer apart)."""
        while start > 0:
            k = start - 1
            while k >= 0 and self.codes[k] == E:
                k -= 1
            if k < 0 or self.codes[k] != T or start - 1 - k < width // 2:
                return start
            start = k
        return start

    def names_end(self, width: int, r: int) -> int:
        """Before the first row with a value, the last chunk with texts beyond its place for a
        label and no row label there (a row of column names over an empty stub, or cut across:
        `August 31, 2024`, `Accrued to Date`, `Program Costs`) ends the header; chunks after
        it are body (section rows, rows of text cells such as `PRC`, `VIE`)."""
        codes, tokens = self.codes, self.tokens
        label = self.first_label(r)
        if label is None:
            return r
        if (named := self.stub_named_names(r, width, label)) != r:
            return named  # found from the first text on, however the chunks fall
        for p in reversed(range(r, label, width)):
            q = min(p + width, label)
            labelled = codes[p] == T and tokens[p].kind != Kind.DATE
            if not labelled and self._texts[q] - self._texts[p + 1]:
                return q
        return r

    def first_label(self, r: int) -> int | None:
        """The label of the first row with a value (from `r`): the last text before that value,
        or the value itself where none is; None where no value is."""
        first_value = next((i for i in range(r, self.n) if self.codes[i] == V), None)
        if first_value is None:
            return None
        return next((i for i in range(first_value - 1, r - 1, -1) if self.codes[i] == T), first_value)

    def stub_named_names(self, r: int, width: int, label: int) -> int:
        """`Property and Equipment` ␣ `Estimated Useful Life`, then `Building improvements` ␣ `15
        years`: the table's first row of cells (from its first text, a row wide or up to two),
        straight before the first row with a value, holding short texts and empty cells only, as
        many texts after the first as that row's values, names the stub and the columns (a header
        that names its stub too), under the years or periods over it if any (`2019`, then
        `Liabilities per balance sheet` ␣ `Note` ␣ … `Total`). Where it ends, or `r`."""
        # the table's first text, wherever the chunks fall (after the years or periods over it)
        p = next((i for i in range(label) if self.codes[i] not in (E, H)), None)
        if p is None or not width <= label - p <= 2 * width or self.codes[p] != T \
                or any(c not in (T, E) for c in self.codes[p:label]):
            return r  # a header row one row wide, or up to two (spacers around its merged cells)
        row_end = next((i for i in range(label + 1, self.n) if self.codes[i] == T), self.n)
        if self._texts[label] - self._texts[p + 1] != self.codes[label:row_end].count(V):
            return r  # a name for each of the first row's values (not a second section row's label)
        unit = last_nonempty(self.tokens, p)
        if unit is not None and p - unit <= 2 and self.tokens[unit].kind == Kind.UNIT:
            return r  # `(in thousands)` heads the stub, straight before the first name (then `ALLL` is a section row)
        names = [t for t in self.tokens[p:label] if t.kind in TEXT_KINDS]
        # a text ending `:` leads in rows (`Finance lease cost:`), it names no column
        return label if all(len(t.text.split()) <= MAX_SPACED_NAME_WORDS and not t.text.endswith(":")
                            for t in names) else r

    @property
    def header_end(self) -> int:
        """Where the header found token by token (`body_start`) ends; computed once."""
        if self._header_end is None:
            self._header_end = body_start(self.tokens)
        return self._header_end

    def commonest_spacing(self) -> int:
        """The commonest distance from a text to the next: a row's width, where rows are full."""
        tp = self.text_positions
        spacings = Counter(tp[k + 1] - tp[k] for k in range(len(tp) - 1))
        return spacings.most_common(1)[0][0] if spacings else 0

    def candidate_widths(self) -> list[int]:
        """Row widths worth scoring: spacings between a text token and the next few."""
        tp = self.text_positions
        widths = {tp[k + m] - tp[k] for m in (1, 2, 3) for k in range(len(tp) - m)}
        return sorted(w for w in widths if 2 <= w <= min(MAX_WIDTH, self.n // 2))

    def score(self, width: int) -> tuple[float, int]:
        """The best template score over the likely label positions."""
        return max((self.score_at(width, r), -k, r) for k, r in enumerate(self.label_residues(width)))[::2]

    def score_at(self, width: int, r: int) -> float:
        """The template score of fixed chunks of `width` from the body's start."""
        first = self.body_start(width, r)
        return self.template_score([(p, min(p + width, self.n)) for p in range(first, self.n, width)], width)

    def segmented_score(self, width: int, r: int) -> float:
        """The template score of the rows `segment_rows` cuts (rows cut short kept aligned)."""
        return self.template_score(segment_rows(self.codes, body_first(self, width, r), width, links=self.links), width)

    @property
    def links(self) -> Links:
        """The codes' `code_links`, computed once for every width cut."""
        if self._links is None:
            self._links = code_links(self.codes)
        return self._links

    def template_score(self, rows: list[tuple[int, int]], width: int) -> float:
        """Share of labelled rows (spacer rows of empty cells in the body aside) x type purity of
        the other columns x evidence (1 - 1/rows)."""
        if len(rows) < 2:
            return 0.0
        codes, is_range = self.codes, self.is_range
        # a row of empty cells only between labelled rows (a spacer row) neither has a label nor
        # lacks one; before the first, such rows are the header's spacers and count as unlabelled
        filled_before, n = self._nonempty, self.n  # prefix counts of non-empty cells
        named = blank = 0
        for p, q in rows:
            if codes[p] == T:
                named += 1
            elif named and filled_before[min(q, n)] == filled_before[p]:
                blank += 1
        labelled = named / (len(rows) - blank)
        total = weighted = 0.0
        for j in range(1, width):
            counts = [0, 0, 0, 0, 0]
            ranges = 0  # `3-5 years`: a value that sits as well among texts (`Shorter of lease term …`)
            for p, q in rows:
                if p + j < q:
                    counts[codes[p + j]] += 1
                    ranges += is_range[p + j]
            nonempty = counts[V] + counts[T] + counts[H] + counts[X]
            if not nonempty:
                continue
            # a text cell in a value column is common (`VIE`, `The shorter of…`): half a fault
            values = counts[V] - ranges
            purity = (max(values, counts[T]) + ranges + 0.5 * min(values, counts[T])) / nonempty
            weighted += purity * nonempty
            total += nonempty
        if not total:
            return 0.0
        # more rows are more evidence (CleverCSV's pattern score rewards it too); this also keeps
        # a multiple of the true width, which has fewer, equally regular rows, from winning
        return labelled * (weighted / total) * (1 - 1 / len(rows))


RESCORED = 6  # widths rescored with rows cut short allowed for (`Shape.segmented_score`)


def best_fixed_width(tokens: list[Token] | Shape) -> tuple[int, int, float]:
    """The row width (and label residue) whose template scores best; smallest among near-ties.
    The few best by fixed chunks, and the commonest spacing of texts, are scored again on the
    rows `segment_rows` cuts: a merged blank cell shifts every fixed chunk after it, and then a
    wrong width can look regular."""
    shape = tokens if isinstance(tokens, Shape) else Shape(tokens)
    scored = [(*shape.score(w), w) for w in shape.candidate_widths()]
    if not scored:
        return 0, 0, 0.0
    best = max(s for s, _, _ in scored)
    if best <= 0:
        return 0, 0, 0.0
    top = sorted((x for x in scored if x[0] >= best / 2), reverse=True)[:RESCORED]
    commonest = shape.commonest_spacing()
    top += [x for x in scored if x[2] == commonest and x not in top]
    if len(top) == 1:
        return top[0][2], top[0][1], top[0][0]  # nothing to weigh it against
    rescored = [(shape.segmented_score(w, r), r, w, s) for s, r, w in top]
    best = max(x[0] for x in rescored)
    for segmented, r, width, score in sorted(rescored, key=lambda x: x[2]):
        if segmented >= best * NEAR_BEST and segmented > 0:
            return width, r, score  # the fixed chunks' score: what the label-delimited reading is weighed against
    return 0, 0, 0.0


def body_first(shape: Shape, width: int, r: int) -> int:
    """Where the body's rows begin: after the header found by chunks of `width`; or where the
    header found token by token ends, when the chunks' header would hold values (a short row
    before the body misaligned the chunks searched for a header)."""
    first = shape.body_start(width, r)
    after_header = shape.header_end
    if 0 < after_header < first and V in shape.codes[after_header:first]:
        return after_header
    return first


def body_chunks(shape: Shape, width: int, r: int) -> tuple[int, list[list[Token]], set[int]]:
    """Rows of `width` from the label residue on, after the last chunk that looks like a header;
    rows cut short (blank cells spanning columns) are found by `segment_rows`. With the places
    of the columns of texts the cutting allowed for."""
    first = body_first(shape, width, r)
    text_columns = text_offsets(shape.codes, first, width)
    rows = segment_rows(shape.codes, first, width, text_columns, shape.links)
    return first, [shape.tokens[p:q] for p, q in rows], text_columns


def text_offsets(codes: list[int], first: int, width: int) -> set[int]:
    """Places in a row (after the label) where several fixed-width chunks that open with a label
    hold a text: a column of text cells (`PRC`), not a label passed over."""
    counts = Counter(k for p in range(first, len(codes), width) if codes[p] == T for k in range(1, width)
                     if p + k < len(codes) and codes[p + k] == T)
    return {k for k, c in counts.items() if c >= 2}


SHORT_ROW_COST = 1  # a row with fewer cells than the width (a blank cell spanning two columns)
STRAY_TEXT_COST = 1.0  # a text inside a row, not in a column of texts: a text value (`The shorter of…`)
LABEL_PASSED_COST = 1.5  # the same with values after it in the row: more likely a label passed over
VALUELESS_ROW_TEXT_COST = 2.5  # a row read as a label and empty cells twice: two section rows
START_COST = {T: 0, E: 1}  # a row opens with its label, or (a total) with an empty label cell
BAD_START_COST = 4  # a row opening with a value: only where nothing else fits


def code_links(codes: list[int]) -> Links:
    """For each position: the first text at or after it, the first value at or after it, and
    (at a text) the first value after it before the next text (len(codes): none)."""
    n = len(codes)
    next_text = [n] * (n + 2)
    next_value = [n] * (n + 1)
    value_after = [n] * (n + 1)
    for i in range(n - 1, -1, -1):
        next_text[i] = i if codes[i] == T else next_text[i + 1]
        next_value[i] = i if codes[i] == V else next_value[i + 1]
    seen_value = n
    for i in range(n - 1, -1, -1):
        if codes[i] == T:
            value_after[i] = seen_value
            seen_value = n
        elif codes[i] == V:
            seen_value = i
    return next_text, next_value, value_after


def segment_rows(codes: list[int], first: int, width: int,
                 text_columns: set[int] | None = None, links: Links | None = None) -> list[tuple[int, int]]:
    """Cut the body into rows of `width` cells, where a row may end early at a text (the next
    row's label): the cutting with the fewest short rows, texts passed over and label-less
    starts wins (dynamic programming from the end). Filers merge a row's blank cells
    (`colspan`), which leaves it short, and a fixed chunking would misalign every row after it.
    `links`: the codes' `code_links`, where the caller cuts the same codes at several widths."""
    n = len(codes)
    if text_columns is None:
        text_columns = text_offsets(codes, first, width)
    next_text, next_value, value_after = links or code_links(codes)

    def two_section_rows(p: int, k: int, full: int) -> bool:
        """The row is a label and empty cells twice over, the second label `k` at its middle."""
        return next_value[p] >= full and next_text[p + 1] == k and next_text[k + 1] >= full and k - p == full - k

    best = [0.0] * (n + 1)
    cut = [n] * (n + 1)
    for p in range(n - 1, first - 1, -1):
        full = min(p + width, n)
        cost, end = float("inf"), full
        strays = 0.0  # what the texts inside the row so far cost
        k = next_text[p + 1]
        while k < full:  # each text inside may end the row early (the next row's label)
            if strays + SHORT_ROW_COST + best[k] < cost:
                cost, end = strays + SHORT_ROW_COST + best[k], k
            if k - p not in text_columns:  # a text value, or a label passed over when values follow
                strays += VALUELESS_ROW_TEXT_COST if two_section_rows(p, k, full) \
                    else LABEL_PASSED_COST if value_after[k] < full else STRAY_TEXT_COST
            k = next_text[k + 1]
        if strays + best[full] <= cost:  # the full row (or the last) wins ties
            cost, end = strays + best[full], full
        # empty cells that end the body open no row: nothing to pay for (a table's trailing spacer)
        best[p] = 0.0 if next_value[p] >= n and next_text[p] >= n and codes[p] == E else \
            START_COST.get(codes[p], BAD_START_COST) + cost
        cut[p] = end
    rows = []
    p = first
    while p < n:
        rows.append((p, cut[p]))
        p = cut[p]
    return rows


def fixed_width_grid(shape: Shape, width: int, r: int, score: float) -> Grid:
    tokens = shape.tokens
    first, chunks, text_columns = body_chunks(shape, width, r)
    if chunks and first == 0 and names_columns(chunks):
        first, chunks = len(chunks[0]), chunks[1:]  # `Description` `Useful Life` over the rows
    if not chunks:
        return Grid(list(tokens), [], 0, f"fixed-width {width}", score)
    value_cols = [j for j in range(1, width) if any(j < len(c) and c[j].text for c in chunks)]
    rows = [chunk_to_row(c, value_cols) for c in chunks if any(t.text for t in c)]
    with_values = [c for c in chunks if any(t.kind in VALUE_KINDS for t in c)]
    irregular = sum(1 for k, c in enumerate(with_values)
                    if (len(c) < width and k < len(with_values) - 1) or not c[0].text
                    or passes_a_label(c, text_columns))
    share = irregular / len(with_values) if irregular >= 2 else 0.0  # one is a merged blank
    return Grid(tokens[:first], rows, len(value_cols), f"fixed-width {width}", score, irregular_rows=share)


def names_columns(chunks: list[list[Token]]) -> bool:
    """`Description` `Useful Life`, then `Buildings` `40 years` …: a first row of texts only,
    over columns that hold values in the rows below it, is the header the table opens with
    (nothing else headed it: a stub's name and the columns')."""
    head = chunks[0]
    named = [j for j in range(1, len(head)) if head[j].kind in TEXT_KINDS]
    if not named or any(t.kind in VALUE_KINDS for t in head):
        return False
    return all(any(j < len(c) and c[j].kind in VALUE_KINDS for c in chunks[1:]) for j in named)


def passes_a_label(chunk: list[Token], text_columns: set[int]) -> bool:
    """A text inside the row, not in a column of texts, with values after it: the label of a
    row the width ran over."""
    seen_text = False
    for k, tok in enumerate(chunk[1:], 1):
        if tok.kind in TEXT_KINDS:
            seen_text = k not in text_columns
        elif seen_text and tok.kind in VALUE_KINDS:
            return True
    return False


def chunk_to_row(chunk: list[Token], value_cols: list[int]) -> Row:
    picked = [chunk[j] if j < len(chunk) else None for j in value_cols]
    cells = tuple(t.text if t else "" for t in picked)
    spans = tuple(t.span if t and t.text else None for t in picked)
    label = chunk[0].text
    span = join_spans(t.span for t in chunk)
    return Row(label, cells, row_kind(label, cells), span, spans, chunk[0].span)


# --------------------------------------------------------------------------- label-delimited


@dataclass(slots=True)
class _Pending:
    label: Token | None
    slots: list[Token]  # every token after the label, empty ones included
    n_values: int = 0  # kept as slots grow: recounting per token would be quadratic
    exact: bool = False  # the slots are the row's columns, in order (`join_text_columns`)

    def add(self, tok: Token) -> None:
        self.slots.append(tok)
        if tok.kind != Kind.EMPTY:
            self.n_values += 1

    def values(self) -> list[Token]:
        return [t for t in self.slots if t.kind != Kind.EMPTY]

    @property
    def label_text(self) -> str:
        return self.label.text if self.label else ""


SECTION_MARKS = ("[Abstract]", "[abstract]", "[Line Items]", "[line items]", "[Member]", "[member]", "[Axis]",
                 "[axis]", "[Domain]", "[Roll Forward]", "[Table]", "[table]", " | ")


def is_section_label(text: str) -> bool:
    # an XBRL abstract without brackets (`Cryptocurrencies Abstract`) heads rows as `[Abstract]` does
    return text.endswith((":", " Abstract")) or any(m in text for m in SECTION_MARKS)


# the members of a details page's range axis: headings over the rows a range bounds, never a
# line item with a text value (`Minimum` + `Warranty Liability` is a member over its line items)
RE_RANGE_MEMBER = re.compile(r"^(?:Minimum|Maximum|Weighted Average|Average)(?: \[Member\])?$", re.IGNORECASE)


def is_text_value(tokens: list[Token], i: int, row: _Pending, n_cols: int | None = None) -> bool:
    """`Entity Registrant Name` + `Thunder Bridge…`: text after a label is its value when that
    label has none yet, neither looks like a section, and no value follows the text. A range of
    amounts (`1.5%-2.0%` then `2.0%-2.5%`, one a period) is a value after values too, while the
    row has a column left: no row's label reads so."""
    tok = tokens[i]
    if row.label is None or is_section_label(row.label.text) or RE_RANGE_MEMBER.match(row.label.text):
        return False
    if row.slots and repeats_the_rows_text(tok, row, n_cols):
        return True
    if row.slots and not (is_amount_range(tok.text) and (not n_cols or row.n_values < n_cols) and all(
            t.kind in VALUE_KINDS or t.kind == Kind.EMPTY or is_amount_range(t.text) for t in row.slots)):
        return False
    if is_section_label(tok.text) or RE_BLOCK_ELEMENT.search(tok.text):
        return False  # `… disclosure [Text Block]`: a block's own row (the crawl dropped its text), no value
    if sibling_label(row.label.text, tok.text):
        return False
    after = next_nonempty(tokens, i)
    return after is None or after.kind not in VALUE_KINDS


def range_value(tokens: list[Token], i: int, row: _Pending | None, n_cols: int | None) -> bool:
    """`Risk-free interest rate` `.34% - .92%` `.92% - 1.10%`: a range of rates or amounts right
    after a row's label (or after such ranges) is the row's value while the row has a column
    left; a range that labels a row (`$ .05 - .20`, exercise prices) has its values after it."""
    if row is None or row.label is None or not rate_range(tokens[i].text) or (n_cols and row.n_values >= n_cols):
        return False
    if is_section_label(row.label.text) or is_amount_range(row.label.text):
        return False
    if any(t.kind != Kind.EMPTY and not rate_range(t.text) for t in row.slots):
        return False  # after amounts a range may open a column of texts (`join_text_columns`)
    after = next_nonempty(tokens, i)
    return after is None or after.kind not in VALUE_KINDS


def repeats_the_rows_text(tok: Token, row: _Pending, n_cols: int | None) -> bool:
    """The text value the row holds already, again, while the row has a column left: the same
    text under the next period (`… [Extensible Enumeration]` + `Long-term debt` + `Long-term
    debt`; a description again without its full stop), not the next row's label, which never
    repeats a value."""
    if not n_cols or row.n_values >= n_cols:
        return False
    last = next((t for t in reversed(row.slots) if t.kind != Kind.EMPTY), None)
    return last is not None and last.kind == Kind.TEXT and same_text(last.text, tok.text)


def same_text(a: str, b: str) -> bool:
    """Two texts that differ at most in case, spacing and closing punctuation (a filer's
    description under one period ends with a full stop, under the next without)."""
    return " ".join(a.split()).rstrip(".;,").lower() == " ".join(b.split()).rstrip(".;,").lower()


def sibling_label(label: str, text: str) -> bool:
    """`Weighted price, warrants expired` then `Weighted price, warrants cancelled`: a text that
    opens as the label before it does, up to the comma, is the next line item's label (a details
    page's rows with no values), not the first one's text value."""
    head, comma, _ = label.partition(", ")
    return bool(comma) and text.lower().startswith(head.lower() + ", ") and text.lower() != label.lower()


def unit_heads_rows(tokens: list[Token], i: int, current: _Pending | None) -> bool:
    """`Shares` alone where a row would start, a label next (`Warrants outstanding, beginning
    balance`): a unit word heading the rows under it, a section row, not a value with no label."""
    tok = tokens[i]
    if tok.kind != Kind.UNIT or not tok.text.isalpha() or (current is not None and current.label is not None
                                                          and not current.n_values):
        return False
    after = next_nonempty(tokens, i)
    return after is not None and after.kind in TEXT_KINDS


def labels_a_row(tokens: list[Token], i: int) -> bool:
    """A year with the row's values after it (`Beauty` `2025` `$ 3,490` …, then `2024` `3,550`):
    part of the row's label, not a column's value."""
    after = next_nonempty(tokens, i)
    return after is not None and after.kind in VALUE_KINDS | {Kind.OPEN}


def year_labels_report_row(tokens: list[Token], i: int, current: _Pending | None, n_cols: int | None) -> bool:
    """A details page's schedule by year (`… [Abstract]`, `2017` `$ 80`, `2018` `283`): a year
    with values after it labels their row where the row before could not take the year and
    them too (a section's heading, a full row, or more values than its columns left); a year
    that is a label's value (`Maturity year` `2025`, then a label) has no values after it."""
    if not n_cols or not labels_a_row(tokens, i):
        return False
    if current is None or current.label is None or is_section_label(current.label.text):
        return True
    run = 0
    for k in range(i + 1, len(tokens)):  # by index: no copy of the tokens for each year
        if tokens[k].kind in VALUE_KINDS:
            run += 1
            if current.n_values + 1 + run > n_cols:
                return True
        elif tokens[k].kind != Kind.EMPTY and not tokens[k].absorbed:
            break
    return False


def labels_after_sections(tokens: list[Token]) -> set[str]:
    """Texts that follow a section's label somewhere on the page (`Assets` after `… (Level 1) |
    Fair Value, Recurring`), and the heading the rows open with (`Goodwill` over `Goodwill,
    beginning balance`, which recurs under each member: `Americas` + `Goodwill`): row labels,
    so never another label's text value; and texts a value follows somewhere on the page
    (`60-89 days past due` `524` under one member, then under the next, where the crawl dropped
    the empty cells, straight after `30-59 days past due`): a text value never has one after it
    (`is_text_value`), so such a text labels its rows wherever it stands."""
    found = {tok.text for k, tok in enumerate(tokens) if tok.kind == Kind.TEXT
             and (after := next_nonempty(tokens, k)) is not None and after.kind in VALUE_KINDS}
    first = next((k for k, tok in enumerate(tokens) if tok.kind != Kind.EMPTY), None)
    if first is not None and tokens[first].kind in TEXT_KINDS and (after := next_nonempty(tokens, first)):
        if after.kind in TEXT_KINDS:
            found.add(tokens[first].text)
    for k, tok in enumerate(tokens):
        if tok.kind in TEXT_KINDS and is_section_label(tok.text) and (after := next_nonempty(tokens, k)):
            if after.kind in TEXT_KINDS:
                found.add(after.text)
    return found


MIN_ROW_LINE_SHARE = 0.8  # of the lines holding values, those that open on a label


def on_one_line(header: list[Token], body: list[Token]) -> bool:
    """Values on the header's last line: a table written on a line or a few
    (`… (in thousands): | | September 30, 2024 | … | Deferred revenue, gross | $ | 1,000 |`)."""
    last = next((t for t in reversed(header) if t.kind != Kind.EMPTY), None)
    return last is not None and any(t.kind in VALUE_KINDS and t.span.first <= last.span.last for t in body)


def names_line(row: _Pending) -> bool:
    """A line of texts alone, two or more: the stub's name and the columns' names (no range of
    rates among them: `Risk free interest rate` `0.88 – 0.90%` is a row)."""
    cells = row.values()
    return row.label is not None and row.label.kind == Kind.TEXT and bool(cells) \
        and all(t.kind == Kind.TEXT and not rate_range(t.text) for t in cells)


def labels_inside(line: list[Token]) -> int:
    """Texts after a line's first cell that have a value right after them, as rows' labels do."""
    return sum(1 for a, b in zip(line[1:], line[2:]) if a.kind in TEXT_KINDS and b.kind in VALUE_KINDS)


def lines_hold_rows(tokens: list[Token]) -> bool:
    """Whether each line holds a row: the lines with values open on a label nearly all, with
    two cells a line or more on average. Some pipe-suffix crawls write a row a line
    (`Land | $ 85,000 | $ 85,000 |`), others a cell a line (`$ |` then `(10,785) |`) or a few
    cells a line across rows' ends; only the first make the line a row's boundary."""
    lines: list[list[Token]] = []
    line_end = -1
    for tok in tokens:
        if tok.kind == Kind.EMPTY:  # absorbed parts among them
            continue
        if tok.span.first > line_end or not lines:
            lines.append([])
        line_end = max(line_end, tok.span.last)
        lines[-1].append(tok)
    valued = [line for line in lines if any(t.kind in VALUE_KINDS for t in line)]
    if not valued or sum(len(line) for line in lines) < 2 * len(lines):
        return False
    if any(labels_inside(line) > 1 for line in valued):
        return False  # a line holding several rows (a table written on a line or a few)
    # a year or a date opening a line of values labels that row (`2024 | 3,550 | 753 |` under `Beauty | 2025 | …`)
    return sum(1 for line in valued if line[0].kind in TEXT_KINDS or line[0].kind in LEAF_KINDS and len(line) > 1) \
        >= MIN_ROW_LINE_SHARE * len(valued)


def label_alone(row: _Pending) -> bool:
    """A row that is so far a label with nothing after it, and no section's heading (`… :`)."""
    return row.label is not None and not row.slots and not row.label.text.endswith(":")


def label_delimited_rows(tokens: list[Token], n_cols: int | None, text_values: bool,
                         lines_are_rows: bool = False) -> list[_Pending]:
    rows: list[_Pending] = []
    row_labels = labels_after_sections(tokens) if text_values else set()
    line_end = -1  # the last line of the token before, where lines are rows
    for i, tok in enumerate(tokens):
        if tok.absorbed:
            continue  # a `$`, `)` or `[1]` joined into a neighbour held no column of its own
        current = rows[-1] if rows else None
        if lines_are_rows and tok.kind != Kind.EMPTY:
            starts_line, line_end = tok.span.first > line_end, max(line_end, tok.span.last)
            labelled = tok.kind in TEXT_KINDS or tok.kind in (Kind.PERIOD, Kind.YEAR)
            if starts_line and not labelled and current is not None and (
                    label_alone(current) or (current.label is not None and n_cols and current.n_values < n_cols)):
                # `Sublease income (1)` then `(158) (586)`, `Accrued royalties 250,000` then `-`: a
                # row's values going on to the next line, while the row has a column left
                current.add(tok)
            elif starts_line or current is None:
                rows.append(_Pending(tok if labelled else None, []))
                if not labelled:
                    rows[-1].add(tok)  # a row of values with no label (a total's)
            else:
                current.add(tok)  # a text later on the line is the row's cell (`Over life of lease`)
            continue
        if tok.kind == Kind.YEAR and text_values and year_labels_report_row(tokens, i, current, n_cols):
            rows.append(_Pending(tok, []))
        elif tok.kind == Kind.YEAR and not text_values and labels_a_row(tokens, i):
            if current is not None and current.label is not None and not current.n_values:
                label = current.label
                current.label = Token(f"{label.text} {tok.text}", label.kind, label.span + tok.span)
            else:
                rows.append(_Pending(tok, []))
        elif tok.kind == Kind.YEAR and heads_rows_alone(tokens, i):
            rows.append(_Pending(tok, []))  # `2022` over a row of empty cells: a section row of years
        elif (tok.kind in TEXT_KINDS or tok.kind == Kind.PERIOD) and not (
            text_values and current is not None and tok.text not in row_labels and is_text_value(tokens, i, current, n_cols)
        ) and not range_value(tokens, i, current, n_cols) or (text_values and unit_heads_rows(tokens, i, current)):
            rows.append(_Pending(tok, []))
        elif current is None or (n_cols and tok.kind != Kind.EMPTY and current.n_values >= n_cols):
            rows.append(_Pending(None, []))  # values before any label, or a total row whose label cell is empty
            rows[-1].add(tok)
        else:
            current.add(tok)
    return rows


MIN_LABEL_PAIRS = 3
MIN_REPEATED_PAIRS = 2
# a table of contents' first label column (`Item 1.`, `Item 1A.`): pairs with the next label
# however few rows pair up (crawls that drop empty cells leave no blank to count)
RE_ITEM_HEADING = re.compile(r"^(?:Item|ITEM)\s\d{1,2}[A-D]?\.?$")


def join_label_columns(pending: list[_Pending], width: int) -> list[_Pending]:
    """Two label columns (`Debt securities …` + `Level 2`, `Foreign currency contracts` +
    `Prepaid expenses …`; a table of contents' `Item 1.` + `Financial Statements`): a label
    with no cell at all after it, then a label with values, on most rows, the others showing
    the first column's cell blank (`blank_first_labels`), or one of the two columns repeating
    its labels. Each pair is one row, its label the two joined (as the HTML reader reads it)."""
    pairs = [k for k in range(len(pending) - 1)
             if pending[k].label is not None and not pending[k].slots and pending[k + 1].label is not None
             and pending[k + 1].n_values and not pending[k].label_text.endswith(":")]
    with_values = sum(1 for p in pending if p.n_values)
    headed = [k for k in range(len(pending) - 1) if pending[k].label is not None and not pending[k].slots
              and RE_ITEM_HEADING.match(pending[k].label_text) and pending[k + 1].label is not None]
    items = len(headed) >= MIN_LABEL_PAIRS
    if items:
        pairs = headed  # `Item 1.` + `Financial Statements`, its page or none (sections under it)
    firsts = [pending[k].label_text for k in pairs]
    seconds = [pending[k + 1].label_text for k in pairs]
    blanks = blank_first_labels(pending, width) if len(pairs) >= MIN_LABEL_PAIRS and not items else 0
    # two pairs are enough where their second labels are one text (`Interest expense` under
    # `Interest rate contracts` and under `Fixed-rate debt`: the line item both impact)
    enough = MIN_LABEL_PAIRS if len(set(seconds)) > 1 else MIN_REPEATED_PAIRS
    if not items and (len(pairs) < enough or 3 * (len(pairs) + blanks) < 2 * with_values):
        return pending
    if not items and blanks < MIN_LABEL_PAIRS and min(len(set(firsts)), len(set(seconds))) > 0.6 * len(pairs):
        return pending  # neither column repeats: sections of one row each
    out: list[_Pending] = []
    skip = set(pairs)
    for k, p in enumerate(pending):
        if k in skip:
            continue
        if k - 1 in skip:
            a, b = pending[k - 1].label, p.label
            assert a is not None and b is not None  # a pair has a label on both sides
            p = _Pending(Token(f"{a.text} {b.text}", b.kind, a.span + b.span), p.slots, p.n_values)
        out.append(p)
    return out


def blank_first_labels(pending: list[_Pending], width: int) -> int:
    """Rows with values whose cell in the first of two label columns is blank (`|` `Consolidated
    Balance Sheets` `4` between `Item 1.` rows): the row before, with values, ends in one empty
    cell more than the width (no spacer cells), or than a row before a filled first cell
    (`Item 2.`) commonly has (spacer cells after each value), that blank cell read as its own."""
    before_pairs = Counter(len(before.slots) for before, row in zip(pending, pending[1:])
                           if before.n_values and row.label is not None and not row.slots)
    ends = {width + 1} | ({before_pairs.most_common(1)[0][0] + 1} if before_pairs else set())
    return sum(1 for before, row in zip(pending, pending[1:])
               if row.label is not None and row.n_values and before.n_values
               and len(before.slots) in ends and before.slots[-1].kind == Kind.EMPTY)


MIN_TEXT_COLUMN_ROWS = 0.6  # share of the rows with values that must pair up into full rows


def join_text_columns(pending: list[_Pending], width: int, named: int) -> tuple[list[_Pending], int]:
    """A column of texts among the value columns (`Financial Statement Line Item Impacted`
    between two amounts; `Issuance Date`, `Maturity`) or after them (`Contractual Interest
    Rates`, `Contractual Maturity Date`): each of its texts reads as the label of a row of its
    own. Where the header names more columns than the rows hold values, and most rows with
    values join the rows after them into exactly that many cells, the texts always at the same
    places, each such run is one row; a row of values alone as many as the value columns (a
    total) gets empty cells at those places. One name fewer is tried too: a name over a group
    of columns (`Net Carrying Value` over `Current` and `Long-Term`) heads no column of its own.
    Returns the rows and their width."""
    counts = Counter(p.n_values for p in pending if p.n_values)
    usual = counts.most_common(1)[0][0] if counts else 0
    named = max(named, cells_with_date_columns(pending))
    for count in range(named, max(usual, named - 2), -1):
        joined = rows_with_text_columns(pending, count, usual)
        if joined is not None:
            return joined, count
    return pending, width


def rows_with_text_columns(pending: list[_Pending], named: int, usual: int) -> list[_Pending] | None:
    """`join_text_columns` for a header that names `named` columns; None where the rows do not
    join so."""
    as_read, plan = pending, with_year_places(plan_runs(pending, named))
    shapes = Counter(places for _, _, cells, places in plan if cells)
    if not shapes:
        return None
    places, _ = shapes.most_common(1)[0]
    trailing = min(places) == named - len(places)  # the texts after every value
    if named - len(places) < usual or (named - len(places) == usual and not trailing):
        return None  # the texts explain no value column the rows lack
    pending = total_split_off(pending, named - len(places))
    if pending is not as_read:
        plan = with_year_places(plan_runs(pending, named))
    def fits(texts: tuple[int, ...]) -> bool:  # a text column may hold a value (`2.11%` among `2.53-6.57%`)
        return set(texts) <= set(places)

    covered = sum(1 for i, j, cells, p in plan if cells and fits(p)
                  for row in pending[i:j] if row.n_values)  # rows with values the runs join
    if trailing:  # rows without the texts (totals) but with every value column filled agree too
        covered += sum(1 for i, j, cells, p in plan if not cells and pending[i].n_values == named - len(places))
    with_values = sum(1 for p in pending if p.n_values)
    if shapes[places] < (3 if trailing else 2) or covered < MIN_TEXT_COLUMN_ROWS * with_values:
        return None
    runs = [(pending[i].label_text, cells) for i, j, cells, p in plan if cells and fits(p)]
    if {label for label, _ in runs} & {cells[c].text for _, cells in runs for c in places if cells[c].kind == Kind.TEXT}:
        return None  # a text that also labels a row: rows misjoined (a miscounted header)
    year_columns = {c for _, cells in runs for c in places if cells[c].kind == Kind.YEAR}
    dated = any(all(cells[c].kind in (Kind.DATE, Kind.YEAR) for _, cells in runs) for c in places)
    if year_columns and (not dated or any(not any(cells[c].kind == Kind.TEXT for _, cells in runs) for c in year_columns)):
        return None  # `2022` heading the next rows (`heads_rows_alone`), not a text cell (a column of
        # years and texts alike, `1975` `1982; 1996` `Various`, a real estate schedule's, is one)
    out: list[_Pending] = []
    done = filled = 0
    for i, j, cells, p in plan:
        if i < done:
            continue  # values joined to the row before them
        if cells and fits(p):
            out.append(_Pending(pending[i].label, cells, named, exact=True))
            continue
        values, k = pending[i].values(), i + 1
        while len(values) < named - len(places) and k < len(pending) and pending[k].label is None:
            values, k = values + pending[k].values(), k + 1  # a total's values past the old width
        if values and len(values) == named - len(places):
            given = iter(values)
            slots = [Token("", Kind.EMPTY, values[0].span) if c in places else next(given) for c in range(named)]
            out.append(_Pending(pending[i].label, slots, len(values), exact=True))
            done, filled = k, filled + 1
            out.extend(pending[k:j])  # the rest of a run of another shape, as read (never dropped)
        else:
            out.extend(pending[i:j])
    # the evidence: a row of values alone (a total) fills every value column, which rows of a
    # label and fewer values (a table of contents' `Item 1.` `3`) cannot explain; or every row
    # with values joins a run of the one shape, three runs or more of several values each, a
    # column of the texts a date in every run (a real estate schedule's `Date Acquired`, cut off
    # before its total)
    every_row = covered == with_values and shapes[places] >= 3 and named - len(places) >= MIN_RUN_VALUES and dated
    return out if filled or every_row else None


MIN_RUN_VALUES = 3  # value cells a run holds besides its texts, where no total row vouches for the shape


def with_year_places(plan: list[tuple[int, int, list[Token] | None, tuple[int, ...]]]):
    """The plan's runs with a year among their values counted as a text column's cell too
    (`1975` where other rows of a real estate schedule hold `1982; 1996` or `Various` under
    `Date of Construction`): the runs then share one shape, the year's place among the texts'."""
    places_of = {places for _, _, cells, places in plan if cells}
    out = []
    for i, j, cells, places in plan:
        if cells:
            years = {c for c, t in enumerate(cells) if t.kind == Kind.YEAR and c not in places}
            widened = tuple(sorted({*places, *years}))
            places = widened if years and widened in places_of else places
        out.append((i, j, cells, places))
    return out


def cells_with_date_columns(pending: list[_Pending]) -> int:
    """Dates between a row's values, as a debt table's `Issuance Date` and `Maturity` hold them,
    each read as a row of its own (`5.875% Senior Notes | — | 800`, `February 2015`, `February
    2025 | — | 801`): the cells such a row holds, when two rows or more read so (their header
    names dates and texts alike, so `header_names` cannot count them); else 0."""
    sizes: Counter[int] = Counter()
    for i, first in enumerate(pending):
        if first.label is None or not first.n_values:
            continue
        j = i + 1
        while j < len(pending) and _is_date_label(pending[j]) and not pending[j].n_values:
            j += 1
        if j < len(pending) and _is_date_label(pending[j]) and pending[j].n_values:
            sizes[first.n_values + (j - i) + pending[j].n_values] += 1
    size, n = sizes.most_common(1)[0] if sizes else (0, 0)
    return size if n >= 2 else 0


def _is_date_label(row: _Pending) -> bool:
    return row.label is not None and row.label.kind == Kind.DATE


def plan_runs(pending: list[_Pending], named: int) -> list[tuple[int, int, list[Token] | None, tuple[int, ...]]]:
    """Each run of rows that joins into `named` cells (first row, row after, cells, where the
    texts stand), and each row outside a run on its own (no cells)."""
    plan: list[tuple[int, int, list[Token] | None, tuple[int, ...]]] = []
    i = 0
    while i < len(pending):
        cells, places, j = run_with_texts(pending, i, named)
        plan.append((i, j, cells, places) if cells else (i, i + 1, None, ()))
        i = j if cells else i + 1
    return plan


def total_split_off(pending: list[_Pending], columns: int) -> list[_Pending]:
    """The last row with values holding more values than there are value columns read a
    label-less total into it (`| August 2054 | 791 | 782` then `|` `$ 14,515` …): its last
    `columns` values become a row of their own, as a total's values are."""
    last = max((k for k, p in enumerate(pending) if p.n_values), default=None)
    if last is None or pending[last].n_values <= columns:
        return pending
    row = pending[last]
    keep, seen = row.n_values - columns, 0
    for cut, token in enumerate(row.slots):
        seen += token.kind != Kind.EMPTY
        if seen > keep:
            break
    head = _Pending(row.label, row.slots[:cut], keep)
    total = _Pending(None, row.slots[cut:], columns)
    return [*pending[:last], head, total, *pending[last + 1:]]


def run_with_texts(pending: list[_Pending], i: int, named: int) -> tuple[list[Token] | None, tuple[int, ...], int]:
    """Row `i`'s values, then each next row's label (a text) and values, until `named` cells:
    the cells, where the texts stand, and the row after the run; no cells if it does not fit."""
    first = pending[i]
    if first.label is None or not first.n_values or is_section_label(first.label.text):
        return None, (), i + 1
    cells, places, j = first.values(), [], i + 1
    while len(cells) < named and j < len(pending):
        nxt = pending[j]
        if nxt.label is None and nxt.n_values and len(cells) + nxt.n_values < named:
            cells, j = [*cells, *nxt.values()], j + 1  # values past the width read (`2.11%` in the rates column)
            continue
        if nxt.label is None or is_section_label(nxt.label.text):
            break
        places.append(len(cells))
        cells = [*cells, nxt.label, *nxt.values()]
        j += 1
    if len(cells) != named or not places:
        return None, (), i + 1
    return cells, tuple(places), j


def column_slots(row: _Pending, n_cols: int) -> list[Token]:
    """The row's cells after its label, trailing empty ones beyond the width dropped."""
    slots = row.slots
    end = len(slots)
    while end > n_cols and slots[end - 1].kind == Kind.EMPTY:
        end -= 1  # (an index, not a shorter copy each time: a row may trail thousands of empties)
    return slots[:end] if end < len(slots) else slots


def slots_are_columns(pending: list[_Pending], n_cols: int) -> bool:
    """Whether a row's cells are its columns, one each (empty cells kept, no spacers): so in
    most full rows. Where spacers sit between values, a sparse row's cell count says nothing."""
    full = [p for p in pending if p.n_values == n_cols]
    return not full or 2 * sum(1 for p in full if len(column_slots(p, n_cols)) == n_cols) >= len(full)


def cell_columns(slots: list[Token], n_cols: int) -> list[Token | None]:
    """A row's cells read as columns of filers' merged cells: a value with the `)` cell after
    it is one column (its `$` cell absorbed into it), a lone empty cell (a blank column merged
    into one) another. Trailing empty columns beyond `n_cols` dropped."""
    columns: list[Token | None] = []
    k = 0
    while k < len(slots):
        tok = slots[k]
        k += 1
        if tok.absorbed:
            continue
        if tok.kind == Kind.EMPTY:
            columns.append(None)
            continue
        columns.append(tok)
        while k < len(slots) and slots[k].absorbed:
            k += 1
        if k < len(slots) and slots[k].kind == Kind.EMPTY:
            k += 1  # the value's `)` or `%` cell
    while len(columns) > n_cols and columns[-1] is None:
        columns.pop()
    return columns


def reads_as_columns(slots: list[Token], n_cols: int) -> bool:
    """`cell_columns` reads the row as `n_cols` columns before any trailing blank is cut: where it
    reads wider (`␣` `16` `␣` `␣` under two dates, a spacer before its value) its blanks may not be
    columns, so where its values go is a guess the sums may overrule."""
    return len(cell_columns(slots, len(slots))) == n_cols


def merged_cells_width(pending: list[_Pending]) -> int:
    """The column count `cell_columns` reads from rows sparse and full alike, where most rows
    with values give it and none has more values (a filer who merges each blank column into
    one cell: `Net earnings` + seven blank cells + three amounts, each with its `)` cell, is ten
    columns like the balance rows' ten amounts); 0 where the rows do not agree or fewer than
    two rows fill every column (spacer columns read as columns too)."""
    valued = [(p.n_values, len(cell_columns(p.slots, len(p.slots)))) for p in pending if p.n_values]
    counts = Counter(read for _, read in valued)
    if not counts:
        return 0
    width, rows = counts.most_common(1)[0]
    sparse = sum(1 for values, read in valued if values < width and read == width)
    full = sum(1 for values, _ in valued if values == width)
    if 3 * rows < 2 * len(valued) or not sparse or full < 2 or any(values > width for values, _ in valued):
        return 0
    return width


def cells_are_columns(pending: list[_Pending], n_cols: int) -> bool:
    """Whether `cell_columns` reads most full rows as `n_cols` columns (a filer whose blank
    columns are one merged cell each: then a sparse row's blanks say where its values go)."""
    full = [p for p in pending if p.n_values == n_cols]
    return bool(full) and 2 * sum(1 for p in full if len(cell_columns(p.slots, n_cols)) == n_cols) > len(full)


def spaced_cell_map(pending: list[_Pending], n_cols: int) -> tuple[int, tuple[int, ...]] | None:
    """(columns `cell_columns` reads, the places of the values) that most full rows share, where
    spacer columns sit between the value columns (each blank, merged or not, reads as a column
    of its own): a sparse row read so, as long, shows its values' columns by their places."""
    full = [cell_columns(p.slots, len(p.slots)) for p in pending if p.n_values == n_cols]
    shapes = Counter((len(cols), tuple(i for i, c in enumerate(cols) if c is not None)) for cols in full)
    if not shapes:
        return None
    (count, places), rows = shapes.most_common(1)[0]
    # two full rows at least, and every full row's values as far apart (a total row may start a
    # cell later): rows whose `$` cells were joined into their amounts read their values closer
    # than rows whose `$` column is empty, and a sparse row's places then say nothing
    spaced = all(spacing(other) == spacing(places) for _, other in shapes)
    return (count, places) if rows >= 2 and 2 * rows > len(full) and spaced and len(places) == n_cols \
        and count > n_cols else None


def spacing(places: tuple[int, ...]) -> tuple[int, ...]:
    return tuple(b - a for a, b in zip(places, places[1:]))


def spaced_values(row: _Pending, shape: tuple[int, tuple[int, ...]]) -> list[Token | None] | None:
    """The row's values by `spaced_cell_map`'s shape, when its values stand in its places."""
    columns = cell_columns(row.slots, len(row.slots))
    while len(columns) > shape[0] and columns[-1] is None:
        columns.pop()
    filled = {i for i, c in enumerate(columns) if c is not None}
    if len(columns) != shape[0] or not filled or not filled <= set(shape[1]):
        return None
    return [columns[i] for i in shape[1]]


def slot_map(pending: list[_Pending], n_cols: int) -> tuple[int, tuple[int, ...]] | None:
    """(cells a row has, the places of its values) that most full rows share: an R page whose
    footnote columns (`Nov. 03, 2018` `[1]`) give every row more cells than columns. A sparse row
    with as many cells then shows its columns by where its values stand."""
    full = [p for p in pending if p.n_values == n_cols]
    shapes = Counter((len(p.slots), tuple(i for i, t in enumerate(p.slots) if t.kind != Kind.EMPTY))
                     for p in full)
    if not shapes:
        return None
    (count, places), rows = shapes.most_common(1)[0]
    return (count, places) if 2 * rows > len(full) and len(places) == n_cols and count > n_cols else None


def mapped_values(row: _Pending, shape: tuple[int, tuple[int, ...]] | None) -> list[Token | None] | None:
    """The row's values by the shared shape of `slot_map`, when its values stand in its places."""
    if shape is None:
        return None
    slots = row.slots
    while len(slots) > shape[0] and slots[-1].kind == Kind.EMPTY:
        slots = slots[:-1]  # empty cells after the last row (a footnote's lone `|`)
    filled = {i for i, t in enumerate(slots) if t.kind != Kind.EMPTY}
    if len(slots) != shape[0] or not filled <= set(shape[1]):
        return None
    return [slots[i] if i in filled else None for i in shape[1]]


def place_values(row: _Pending, n_cols: int, groups: list[int] | None,
                 positional: bool = True, by_cells: bool = False,
                 mapped: list[Token | None] | None = None) -> list[Token | None]:
    """Put a row's values in columns: by position when every cell is there, else by rule
    (`mapped`: the row read by the shape its full rows share, `mapped_values`)."""
    if row.exact:
        return [t if t.kind != Kind.EMPTY else None for t in row.slots]
    slots = column_slots(row, n_cols)
    if positional and len(slots) == n_cols:
        return [t if t.kind != Kind.EMPTY else None for t in slots]
    if mapped is not None:
        return mapped
    if by_cells and len(columns := cell_columns(row.slots, n_cols)) == n_cols:
        return columns
    values = row.values()[:n_cols]
    placed: list[Token | None] = [None] * n_cols
    # each span once, in the columns' order; a column under no span (a date alone) is a span of its own
    spans = list(dict.fromkeys(g if g >= 0 else -1 - c for c, g in enumerate(groups or [])))
    if groups and len(spans) > 1 and len(values) == len(spans):
        # one value per span: each is the span's first (current-period) column
        for value, g in zip(values, spans):
            placed[groups.index(g) if g >= 0 else -1 - g] = value
        return placed
    placed[: len(values)] = values
    return placed


def label_delimited_grid(
    tokens: list[Token], n_cols: int | None = None, groups: list[int] | None = None,
    text_values: bool = False, find_header: bool = True, lines_are_rows: bool = False,
) -> Grid:
    start = body_start(tokens) if find_header else 0
    header, body = tokens[:start], tokens[start:]
    lines_are_rows = lines_are_rows and lines_hold_rows(body) and not on_one_line(header, body)
    pending = label_delimited_rows(body, n_cols, text_values, lines_are_rows)
    # a caption alone on the first line (`Net Sales Change Drivers 2025 vs. 2024 (…) (1)`) over the names
    named = 1 if len(pending) > 2 and pending[0].label is not None and not pending[0].n_values \
        and names_line(pending[1]) else 0
    if lines_are_rows and find_header and pending and names_line(pending[named]) \
            and any(p.n_values for p in pending[named + 1:]):
        # `Period | Total Number of Shares Purchased | …`: a first line of names alone heads the columns
        end = start + next(k for k, t in enumerate(body) if t is pending[named].slots[-1]) + 1
        header, body = tokens[:end], tokens[end:]
        pending = label_delimited_rows(body, n_cols, text_values, lines_are_rows)
    names = header_names(header)
    width = n_cols or table_width(pending, header_leaves(header), names)
    if not n_cols and find_header:
        width = max(width, merged_cells_width(pending))
    if not n_cols and width:
        body = note_numbers_to_labels(body, pending, width, header)
        pending = label_delimited_rows(body, width, text_values, lines_are_rows)  # now overflow starts total rows
    pending = [p for p in pending if p.label or p.n_values]
    if find_header:  # a filer's schedule; an R page's own rows have one label column
        pending = join_label_columns(pending, width)
        pending, width = join_text_columns(pending, width, names)
        pending = last_text_value(pending, width)
        if keeps_empty_cells(body):
            pending = texts_ending_text_columns(pending, width)
    rows: list[Row] = []
    guessed: set[int] = set()
    positional = slots_are_columns(pending, width)
    by_cells = not positional and cells_are_columns(pending, width)
    shape = None if positional else slot_map(pending, width)
    spaced = None if positional or by_cells else spaced_cell_map(pending, width)
    overflow: list[Token] = []  # values a row has past the table's width: reported, never dropped
    for p in pending:
        mapped = mapped_values(p, shape)
        if mapped is None and spaced is not None:
            mapped = spaced_values(p, spaced)  # a row whose blanks were merged: by its cells
        placed = place_values(p, width, groups, positional, by_cells, mapped)
        kept = {id(t) for t in placed if t is not None}
        overflow += [t for t in p.values() if id(t) not in kept]
        if 0 < p.n_values < width and not (positional and len(p.slots) == width) \
                and not (by_cells and reads_as_columns(p.slots, width)) and mapped is None:
            guessed.add(len(rows))
        label = p.label.text if p.label else ""
        span = join_spans([p.label.span if p.label else None, *(t.span for t in p.slots)])
        cells = tuple(t.text if t else "" for t in placed)
        rows.append(Row(label, cells, row_kind(label, cells), span,
                        tuple(t.span if t else None for t in placed),
                        p.label.span if p.label else None))
    return Grid(header, rows, width, "label-delimited", label_delimited_score(pending, width),
                unplaced=overflow, guessed=guessed)


MIN_TEXT_VALUE_WORDS = 4
MIN_VALUED_ROWS = 2


def last_text_value(pending: list[_Pending], width: int) -> list[_Pending]:
    """`Leasehold improvements` then `Shorter of estimated life of improvement or the lease term`
    ending a table of one value column whose rows above hold a value each: the long text is the
    last row's value (a text cell, as `3 years` is the rows' above), not a row of its own."""
    if width != 1 or len(pending) < MIN_VALUED_ROWS + 2:
        return pending
    label, text = pending[-2], pending[-1]
    if label.label is None or label.n_values or text.label is None or text.n_values \
            or len(text.label.text.split()) < MIN_TEXT_VALUE_WORDS or is_section_label(label.label.text):
        return pending
    if sum(1 for p in pending[:-2] if p.label is not None and p.n_values == 1) < MIN_VALUED_ROWS:
        return pending
    return [*pending[:-2], _Pending(label.label, [text.label], 1)]


def texts_ending_text_columns(pending: list[_Pending], width: int) -> list[_Pending]:
    """Netflix's `Estimated Useful Lives`: `30 years`, `3-5 years` end the full rows, and
    `Leasehold improvements` `1,080,760` `1,026,593` is followed by `Over life of lease` and at
    once by the next label. Where empty cells are kept, a row of its own would write its empty
    cells; a text with none, right after a row that lacks its last value, in a table whose last
    column holds no amounts, is that row's last value."""
    if width < 2:
        return pending
    last_kinds = [values[-1].kind for p in pending if p.label is not None and len(values := p.values()) == width]
    if sum(1 for k in last_kinds if k not in AMOUNT_KINDS and k != Kind.NIL) < MIN_VALUED_ROWS \
            or any(k in AMOUNT_KINDS for k in last_kinds):
        return pending
    out: list[_Pending] = []
    for p in pending:
        before = out[-1] if out else None
        if before is not None and before.label is not None and before.n_values == width - 1 \
                and p.label is not None and p.label.kind == Kind.TEXT and not p.slots \
                and not is_section_label(p.label.text):
            out[-1] = _Pending(before.label, [*before.slots, p.label], before.n_values + 1)
            continue
        out.append(p)
    return out


RE_NOTES_NAME = re.compile(r"^Notes?$", re.IGNORECASE)
RE_NOTE_NUMBER_CELL = re.compile(r"^\d{1,2}(?:\.\d{1,2})?$")


def note_numbers_to_labels(body: list[Token], pending: list[_Pending], width: int, header: list[Token]) -> list[Token]:
    """An IFRS statement's `Notes` column, its empty cells dropped: a row with one value more
    than the table's columns opens with its note's number (`… business combination` `3` `—`
    `40` …), which is the label's, not an amount pushing the row's last value into a row of its
    own. Only under a header that names the `Notes` column, in a crawl that dropped the empty cells."""
    if not any(RE_NOTES_NAME.match(t.text) for t in header) or keeps_empty_cells(body):
        return body  # where the empty cells were kept, the `Notes` column is a column
    marked = set()
    for p in pending:
        values = p.values()
        if p.label is not None and p.n_values == width + 1 and RE_NOTE_NUMBER_CELL.match(values[0].text):
            marked.add(id(values[0]))
    if not marked:
        return body
    out = list(body)
    label = None
    for i, tok in enumerate(out):
        if tok.kind in TEXT_KINDS:
            label = i
        elif id(tok) in marked and label is not None:
            keep = out[label]
            out[label] = Token(f"{keep.text} {tok.text}", keep.kind, keep.span + tok.span, keep.block)
            out[i] = Token("", Kind.EMPTY, tok.span, absorbed=True)
    return out


LEAF_KINDS = frozenset({Kind.YEAR, Kind.DATE})


def header_leaves(header: list[Token]) -> int:
    """How many columns the header's last row names: from its first year or date to the end,
    the column names among them included (`2024`, `Actual`, `Constant`, `2023`); 0 where it
    names no year or date. The row ends, going back, at a period phrase or a unit note. Dates
    over one run of names each name the runs' columns (`March 31, 2024` `December 31, 2023` over
    `Total` `Level 1` `Level 2` twice: six)."""
    run: list[int] = []  # the row's tokens, by index, last first
    for k in range(len(header) - 1, -1, -1):
        tok = header[k]
        if tok.kind == Kind.PCT_SIGN or (tok.kind == Kind.SYMBOL and run):
            run.append(k)  # `2025` `2024` `$` `%`: the change's columns, named by their signs
            continue
        if tok.kind == Kind.EMPTY or tok.absorbed or (tok.kind in (Kind.UNIT, Kind.SYMBOL) and not run):
            continue  # a unit note under the names (`(in thousands, except percentages)`)
        if tok.kind not in LEAF_KINDS and tok.kind not in TEXT_KINDS:
            break
        run.append(k)
    run.reverse()
    first = next((k for k, i in enumerate(run) if header[i].kind in LEAF_KINDS), None)
    if first is None:
        return 0
    dates, each = names_under_dates(header, run[first:])
    if each and dates * each == len(run) - first - dates:
        return dates * each
    return len(run) - first


def table_width(pending: list[_Pending], named: int = 0, names: int = 0) -> int:
    """The widest value count that several rows share (sparse rows are common, overfull rare);
    but the count the header names where a row has it, unless it is narrower and fewer rows
    have it (rows that run over it are a full row and an unlabeled total after it: `229 219`
    + `4,709 4,625`; rows under it are sparse). Where the header's column names (`names`) are
    about as many as the widest rows' values, two such rows are enough (a statement of equity
    whose balances alone fill its ten columns, every movement sparse)."""
    counts = Counter(p.n_values for p in pending if p.n_values)
    if not counts:
        return 0
    enough = max(2, 0.2 * sum(counts.values()))
    shared = [c for c, n in counts.items() if n >= enough]
    widest = max(shared, default=0)
    most = max(counts)
    if most > widest and counts[most] >= 2 and names - NAMES_OVER_WIDTH <= most <= names:
        return most
    if named >= 2 and named in counts and (named > widest or counts[named] >= counts[widest]):
        return named  # rows with fewer values are sparse; with more, a row and its total
    if names >= 2 and most == names and widest < most - 1:
        # the names alone over the columns, a row filling them all, the rows that share a count
        # far short of it (sparse: `Granted` `-` among option balances); rows one short of the
        # names are no such evidence (a stub's name among them, or a note mark read as a value)
        return most
    if shared:
        return widest
    # too few rows to vote: a count the others are multiples of (a row and its unlabeled total),
    # unless the first row is the widest (a total comes after rows, not first)
    first = next(p.n_values for p in pending if p.n_values)
    dividing = [c for c in counts if c >= 2 and all(x < c or x % c == 0 for x in counts)]
    return min(dividing) if dividing and first < max(counts) else max(counts)


def label_delimited_score(pending: list[_Pending], width: int) -> float:
    """Rows of full width or none, many rows, and few label-only rows in a row."""
    if not pending:
        return 0.0
    fits = sum(1 for p in pending if p.n_values in (0, width)) / len(pending)
    sections = sum(1 for p in pending if not p.n_values) / len(pending)
    evidence = 1 - 1 / (len(pending) + 1)
    return fits * evidence * (1 - max(0.0, sections - 0.25))


def body_start(tokens: list[Token]) -> int:
    """Where rows begin: after the last header-only token (year, period, unit) before the first
    value, and after the column names that end the header (`trailing_column_names`,
    `column_name_row`)."""
    first_value = next((i for i, t in enumerate(tokens) if t.kind in VALUE_KINDS or blank_amounts_row(tokens, i)
                        or range_after_label(tokens, i)), len(tokens))
    if (numbered := numbered_columns_end(tokens, first_value)) is not None:
        return numbered
    if (wrapped := names_around_years_end(tokens, first_value)) is not None:
        return wrapped
    last_header = top_wrapped_names_end(tokens, first_value) - 1
    for i in range(first_value if last_header < 0 else 0):
        if tokens[i].kind in HEADER_KINDS or tokens[i].kind in (Kind.SYMBOL, Kind.DATE, Kind.PCT_SIGN):
            last_header = i  # dates above the first value are column headers, not row labels; so is
            # a `%` (`$` `%` under `Change`: a percent's sign comes after its value, not before)
    if last_header < 0:
        last_header = (text_header_end(tokens, first_value) or stacked_names_end(tokens, first_value)
                       or leading_names_end(tokens, first_value) or name_over_one_column(tokens, first_value)) - 1
    elif period_heads_rows(tokens, last_header, first_value):
        last_header -= 1  # the period is the body's first row; what came before is header
    elif tokens[last_header].kind == Kind.DATE and labels_a_row(tokens, last_header) \
            and (names_over_year_rows(tokens, last_header) or opens_valued_line(tokens, last_header)):
        last_header -= 1  # `March 28, 2025` `4,304` …: a balance's date labels the first row
    elif date_heads_a_section(tokens, last_header):
        last_header -= 1  # `June 27, 2025` and a row of empty cells over rows: the first section
    elif tokens[last_header].kind == Kind.YEAR and labels_a_row(tokens, last_header):
        label = last_nonempty(tokens, last_header)  # `Beauty` `2025` `3,490`: the year is in the row's label
        if names_over_year_rows(tokens, last_header) or (label is None and next_year_labels_a_row(tokens, last_header)):
            last_header -= 1  # the year is the first row's whole label, the texts before it name columns
        elif label is not None and tokens[label].kind in TEXT_KINDS:
            last_header = label - 1
    last_header = later_years_after(tokens, audit_note_after(tokens, last_header, first_value), first_value)
    last_header = sub_name_partner(tokens, last_header, first_value)
    last_header = names_in_step(tokens, last_header, first_value)
    if (stacked := stacked_names_by_place(tokens, first_value)) is not None:
        return stacked
    start = trailing_column_names(tokens, last_header + 1, first_value)
    return lead_in_out_of_header(tokens, column_name_row(tokens, start, first_value))


def range_after_label(tokens: list[Token], i: int) -> bool:
    """`Risk free interest rate` `0.88 – 0.90%` over `Dividend yield` `0%`: a range of rates right
    after a text, no value after it, is the first row's value (`range_value`), not a column's name."""
    if tokens[i].kind != Kind.TEXT or not rate_range(tokens[i].text):
        return False
    before, after = last_nonempty(tokens, i), next_nonempty(tokens, i)
    return before is not None and tokens[before].kind in TEXT_KINDS and (after is None or after.kind not in VALUE_KINDS) \
        and not rate_range(tokens[before].text) and not totals_before_a_first_row(tokens, before)


def totals_before_a_first_row(tokens: list[Token], i: int) -> bool:
    """`Exercise Price Range` `Total` then `$11.61 to $16.93` …: a total, before any value and
    after other texts, is a column's name (no first row totals rows above it)."""
    return RE_TOTAL_NAME.match(tokens[i].text) is not None and any(t.kind in TEXT_KINDS for t in tokens[:i])


def names_around_years_end(tokens: list[Token], first_value: int) -> int | None:
    """`Remaining` `2024` … `2028` `Later` `Years` `Total Lease` `Payments` `Less: Imputed`
    `Interest` `Total`, then `Operating Leases` and nine values: a header of names one line a
    cell, years among them, more lines than the first row has values, that regroup into as
    many names (`header.names_wrapped_around_years`). Where the body starts (the first row's
    label), or None."""
    from refold.header import names_wrapped_around_years

    label = last_nonempty(tokens, first_value)
    if label is None or tokens[label].kind not in TEXT_KINDS:
        return None
    lines = [t for t in tokens[:label] if t.kind != Kind.EMPTY]
    # a date, a period or a unit note over them all stays above (`September 30, 2024`, `(In thousands)`)
    lines = lines[next((k for k in range(len(lines), 0, -1) if lines[k - 1].kind in (Kind.DATE, Kind.PERIOD, Kind.UNIT)), 0):]
    width = first_row_values(tokens, first_value)
    if width < 2 or names_wrapped_around_years([t.text for t in lines], [t.kind for t in lines], width) is None:
        return None
    return label


def name_over_one_column(tokens: list[Token], first_value: int) -> int:
    """`|` `|` `|Consolidated` `|` then `|Balance as of December 31, 2021` `|` `|585,284` `|`, empty
    cells kept: one text before the first row, at the place in its row where the rows hold their
    one value (the rows' width read from the first label to the next), names that column; a
    section's label stands where labels do. Where the header ends, or 0."""
    texts = [i for i in range(first_value) if tokens[i].kind in TEXT_KINDS]
    if len(texts) != 2 or tokens[0].kind != Kind.EMPTY or first_row_values(tokens, first_value) != 1:
        return 0
    name, label = texts
    following = next((i for i in range(first_value + 1, len(tokens)) if tokens[i].kind in TEXT_KINDS), None)
    after = nonempty_after(tokens, following, 1) if following is not None else []
    if following is None or not after or after[0].kind not in VALUE_KINDS:
        return 0  # the next row's label and value give the rows' width
    width = following - label
    if width < 2 or label - name >= width or width - (label - name) != first_value - label:
        return 0
    return name + 1


def numbered_columns_end(tokens: list[Token], first_value: int) -> int | None:
    """`2018` then `1` `2` `3` `4` then `Revenue` `$ 12,136` …: the quarters numbered under their
    year, the header's last row, not a row of values with no label. Where the body starts, or
    None. The numbers run 1, 2, … (two or more) straight after a year, a period or a date, a
    row's label after them."""
    before = last_nonempty(tokens, first_value)
    if before is None or tokens[before].kind not in (Kind.YEAR, Kind.PERIOD, Kind.DATE):
        return None
    k, expected = first_value, 1
    while k < len(tokens) and (tokens[k].kind == Kind.EMPTY or tokens[k].text == str(expected)):
        expected += tokens[k].kind != Kind.EMPTY
        k += 1
    label = next((j for j in range(k, len(tokens)) if tokens[j].kind != Kind.EMPTY), None)
    if expected <= MIN_NUMBERED_COLUMNS or label is None or tokens[label].kind != Kind.TEXT:
        return None
    return label


MIN_NUMBERED_COLUMNS = 2  # columns numbered 1, 2, … at least


def stacked_names_by_place(tokens: list[Token], first_value: int) -> int | None:
    """`June 30, 2014` then `Weighted` / `Average` / `Exercise` / `Shares` ␣ `Price`, a word or
    two a cell, row by row, empty cells kept: the lines fall in as many places as the first row
    has values (`header.stacked_by_position`), so all of them are header, the first row's label
    after them. Where the header ends, or None."""
    label = last_nonempty(tokens, first_value)
    if label is None or tokens[label].kind not in TEXT_KINDS:
        return None
    _above, tail = stacked_tail(tokens[:label])
    if not tail or stacked_by_position(tail, first_row_values(tokens, first_value)) is None:
        return None
    return label


def lead_in_out_of_header(tokens: list[Token], start: int) -> int:
    """`Net Revenues` … `Diluted Earnings per Share(a)` then `FY 2012:` over the year's rows: a
    text ending `:` that ends the header leads in rows (the first section row), names no column."""
    last = last_nonempty(tokens, start)
    if last is None or tokens[last].kind != Kind.TEXT or not tokens[last].text.endswith(":"):
        return start
    names = any(t.kind in TEXT_KINDS or t.kind in HEADER_KINDS for t in tokens[:last])
    return last if names else start


def audit_note_after(tokens: list[Token], last_header: int, first_value: int) -> int:
    """`2018` `2019` `2020` then `(unaudited)`: the note under the header's last dates (an
    interim column's) is header, not a section row of the body."""
    if last_header < 0:
        return last_header
    k = next_nonempty_index(tokens, last_header, first_value)
    return k if k is not None and RE_AUDIT_NOTE.match(tokens[k].text) else last_header


RE_LATER_YEARS = re.compile(r"^(?:(?:After|Beyond|Subsequent to) (?:19|20)\d\d|Thereafter|(?:19|20)\d\d and (?:thereafter|beyond|after))$",
                            re.IGNORECASE)


def later_years_after(tokens: list[Token], last_header: int, first_value: int) -> int:
    """`2026` … `2029` then `After 2029` (or `Thereafter`) before the first row's label: the
    years after the last one name the header's last column, not a section of the body."""
    if last_header < 0 or tokens[last_header].kind != Kind.YEAR:
        return last_header
    k = next_nonempty_index(tokens, last_header, first_value)
    if k is None or not RE_LATER_YEARS.match(tokens[k].text) or labels_a_row(tokens, k):
        return last_header
    return k


def sub_name_partner(tokens: list[Token], last_header: int, first_value: int) -> int:
    """`Common Stock` … `Total` then `Shares` `Amount`: the header's last token (`Shares` reads as
    a unit) and the next text a known pair of sub-names (`header.SUB_NAME_PAIRS`) are both header;
    the partner is no section row of the body."""
    if last_header < 0:
        return last_header
    k = next_nonempty_index(tokens, last_header, first_value)
    pair = (tokens[last_header].text.lower(), tokens[k].text.lower()) if k is not None else None
    return k if k is not None and pair in SUB_NAME_PAIRS else last_header


def names_in_step(tokens: list[Token], last_header: int, first_value: int) -> int:
    """`Shares` ␣␣ `$` ␣␣ `Shares` ␣␣ `$` ␣␣ `Capital` ␣␣ `Income (Loss)` ␣␣ `Deficit` ␣␣ `Total`
    ␣ `Balances at December 31, 2023` `50,448`: the header's last row of names, evenly spaced
    (empty cells kept), goes on after its last unit or sign in the same step (the rest of the
    names wrapped from the row above, and `Total`) until the row names as many columns as the
    first row has values. Those texts are names, not section rows. The last header token
    otherwise."""
    if last_header < 1 or tokens[last_header].kind == Kind.EMPTY:
        return last_header
    run = [last_header]  # the row's names so far, back from the last, in one step
    k = last_nonempty(tokens, last_header)
    while k is not None and is_name_like(tokens[k]) and (len(run) < 2 or run[-1] - k == run[0] - run[1]):
        run.append(k)
        k = last_nonempty(tokens, k)
    if len(run) >= 2 and run[0] - run[1] == 1:
        return names_after_units(tokens, last_header, first_value)  # a crawl that dropped empty cells
    if len(run) < 2 or (step := run[0] - run[1]) < 2:
        return last_header
    missing = first_row_values(tokens, first_value) - len(run)
    if missing <= 0:
        return last_header  # the row names every column already
    end = last_header
    for _ in range(missing):
        nxt = end + step
        if nxt >= first_value or any(t.kind != Kind.EMPTY for t in tokens[end + 1 : nxt]) \
                or tokens[nxt].kind != Kind.TEXT or not short_name(tokens[nxt].text):
            return last_header
        end = nxt
    label = next_nonempty_index(tokens, end, first_value)
    return end if label is not None and tokens[label].kind in TEXT_KINDS else last_header


def names_after_units(tokens: list[Token], last_header: int, first_value: int) -> int:
    """`Shares` `$` `Shares` `$` then `Capital` `Income (Loss)` `Deficit` `Total`, then
    `Balances at December 31, 2024` and eight values, side by side (empty cells dropped): the
    header's last row is its run of units and signs and as many short texts after it as the
    first row has values more, the next text that row's label. Where the header ends."""
    units = 0
    k: int | None = last_header
    while k is not None and (tokens[k].kind == Kind.SYMBOL or is_name_word(tokens[k])):
        units += 1
        k = last_nonempty(tokens, k)
    texts = [i for i in range(last_header + 1, first_value) if tokens[i].kind != Kind.EMPTY]
    missing = first_row_values(tokens, first_value) - units
    if units < 2 or missing < 1 or len(texts) != missing + 1:
        return last_header
    if not all(tokens[i].kind == Kind.TEXT and short_name(tokens[i].text) for i in texts[:-1]) \
            or tokens[texts[-1]].kind not in TEXT_KINDS:
        return last_header
    return texts[-2]


def is_name_like(tok: Token) -> bool:
    """A column name's cell in a header row: a text, a unit (`Shares`) or a sign (`$`)."""
    return tok.kind in (Kind.TEXT, Kind.UNIT, Kind.SYMBOL)


def short_name(text: str) -> bool:
    return len(text.split()) <= MAX_SPACED_NAME_WORDS and not text.endswith(":")


MIN_SECTION_BLANKS = 3


def blank_amounts_row(tokens: list[Token], i: int) -> bool:
    """`Federal` `$` ␣ `$` ␣ `$` ␣ `$` ␣, then `State` `123`: a row's `$` signs over blank amounts,
    after its label: the first row has begun (its values blank), the label is no column name.
    Signs together count under a section's label (`Current:` `Federal` `$` `$`)."""
    if tokens[i].kind != Kind.SYMBOL or tokens[i].absorbed or i == 0:
        return False
    before = last_nonempty(tokens, i)
    if before is None or tokens[before].kind != Kind.TEXT:
        return False
    section = last_nonempty(tokens, before)
    under_section = section is not None and tokens[section].kind == Kind.TEXT and tokens[section].text.endswith(":")
    signs, k = 0, i
    while k < len(tokens) and tokens[k].kind in (Kind.SYMBOL, Kind.EMPTY):
        if tokens[k].kind == Kind.SYMBOL:
            if k + 1 < len(tokens) and tokens[k + 1].kind == Kind.SYMBOL and not under_section:
                # signs apart, over their blank amounts' cells (`$` `$` `$` together: a header's);
                # together under a section's label (`Current:` `Federal` `$` `$`), a row whose
                # crawl dropped the empty cells
                return False
            signs += 1
        k += 1
    return signs >= 2 and k < len(tokens) and tokens[k].kind == Kind.TEXT and row_follows(tokens, k - 1)


def date_heads_a_section(tokens: list[Token], i: int) -> bool:
    """A date with a row of empty cells after it, as many as the next row has values, then that
    row (`June 27, 2025` `|` `|` `|` `|`, `Trading securities` `$ 48` …): a section row of dates
    in the label column (a second one, `December 31, 2024`, heads more rows below), not a
    column's date (a header's date has a spacer after it at most, or other dates before it).
    A year so placed after the columns' names heads a section where a later year heads another."""
    before = last_nonempty(tokens, i)
    if tokens[i].kind == Kind.YEAR and before is not None and tokens[before].kind in LEAF_KINDS | HEADER_KINDS \
            and heads_repeated_rows(tokens, i):
        return True  # `December 31` then `2016` `Net sales` …, `2015` `Net sales` …: the year heads its quarters' rows
    if tokens[i].kind not in LEAF_KINDS or (before is not None and tokens[before].kind in LEAF_KINDS | HEADER_KINDS):
        return False
    if tokens[i].kind == Kind.YEAR and not any(heads_rows_alone(tokens, k) for k in range(i + 1, len(tokens))
                                               if tokens[k].kind == Kind.YEAR):
        return False  # `2023` after the columns' names heads a section where `2022` heads the next
    # a date over two columns' blanks heads rows too: no date or period is before it, and a
    # header's dates come over its names, not under them
    return heads_rows_alone(tokens, i, MIN_SECTION_BLANKS - 1 if tokens[i].kind == Kind.DATE else MIN_SECTION_BLANKS) \
        or heads_repeated_rows(tokens, i)


def heads_repeated_rows(tokens: list[Token], i: int) -> bool:
    """`June 27, 2025` `Trading securities` `$ 48` … then `December 31, 2024` `Trading
    securities` `$ 45` …: dates (or periods) each followed by the same row's label head sections
    of the same rows, in a crawl that dropped the empty cells after them as in one that kept them."""
    kind = tokens[i].kind
    if kind not in (Kind.DATE, Kind.PERIOD, Kind.YEAR):
        return False
    label = next_label_after(tokens, i)
    if label is None:
        return False
    # within a window, so that a page of many dates costs no pass over the page per date
    near = range(max(0, i - REPEAT_WINDOW), min(len(tokens), i + REPEAT_WINDOW))
    return any(k != i and tokens[k].kind == kind and next_label_after(tokens, k) == label for k in near)


REPEAT_WINDOW = 400  # cells either side of a date where the date heading the same rows is looked for


def next_label_after(tokens: list[Token], i: int) -> str | None:
    """The text right after cell `i` (empty cells aside) when a value follows it."""
    j = i + 1 + empties_after(tokens, i)
    if j >= len(tokens) or tokens[j].kind != Kind.TEXT:
        return None
    after = next_nonempty(tokens, j)
    return tokens[j].text if after is not None and after.kind in VALUE_KINDS else None


def heads_rows_alone(tokens: list[Token], i: int, min_blanks: int = MIN_SECTION_BLANKS) -> bool:
    """A row of empty cells after cell `i`, as many as the next row has values, then that row."""
    blanks = empties_after(tokens, i)
    k = i + 1 + blanks  # the next row's label
    return blanks >= min_blanks and k < len(tokens) and tokens[k].kind == Kind.TEXT \
        and row_follows(tokens, i) and blanks >= first_row_values(tokens, k + 1)


def period_heads_rows(tokens: list[Token], i: int, first_value: int) -> bool:
    """`United States`, `International`, `Total`, then `Three Months Ended June 27, 2025`: a
    period after column names enough for the first row's values is a section row over rows (the
    next period will head more of them), not a column header. A period that the same row's
    label follows, as it follows a later period, heads rows whatever the names before it
    (`United States International Total`, written a space apart on one line)."""
    if tokens[i].kind != Kind.PERIOD:
        return False
    names = sum(1 for t in tokens[:i] if t.kind in TEXT_KINDS or t.kind == Kind.YEAR)
    return row_follows(tokens, i) and (names >= max(2, first_row_values(tokens, first_value))
                                       or heads_repeated_rows(tokens, i))


ROW_VALUE_KINDS = VALUE_KINDS | {Kind.OPEN, Kind.SYMBOL}  # what a row's first value cell may be
REACH = 48  # cells looked through (spacers, a row of empties) for what follows a cell


def nonempty_after(tokens: list[Token], i: int, count: int) -> list[Token]:
    """The first `count` non-empty tokens after `i`, within `REACH` cells."""
    return [t for t in tokens[i + 1 : i + 1 + REACH] if t.kind != Kind.EMPTY][:count]


def row_follows(tokens: list[Token], i: int) -> bool:
    """A row's label and its values come next, with sections' lead-ins before them or not
    (`Revenues:`; `Revenues—external customers` then `Premiums:`, each over a row of empty
    cells): what follows a period phrase that heads rows, not columns."""
    k = i
    for _ in range(MAX_LEAD_INS + 1):
        j = next_nonempty_index(tokens, k, min(len(tokens), k + 1 + REACH))
        if j is None or tokens[j].kind != Kind.TEXT:
            return False
        after = next_nonempty_index(tokens, j, min(len(tokens), j + 1 + REACH))
        if after is not None and tokens[after].kind in ROW_VALUE_KINDS:
            return True
        if not (tokens[j].text.endswith(":") or empties_after(tokens, j) >= MIN_SECTION_BLANKS):
            return False
        k = j
    return False


MAX_LEAD_INS = 2  # section rows (lead-ins) a period heading rows may stand over before the first row


MAX_NAME_GAP = 2  # empty cells between two column names of a header row (spacers)


def names_apart(texts: list[int], count: int) -> bool:
    """Whether the first `count` texts (token positions) sit a spacer or two apart, as a row of
    column names does; a row of empty cells after a text makes it a section row's label."""
    return all(texts[j + 1] - texts[j] - 1 <= MAX_NAME_GAP for j in range(count - 1))


def stacked_names_end(tokens: list[Token], first_value: int) -> int:
    """`Accumulated` `Accumulated` `Total` / `foreign` `unrealized` `accumulated` / … / `adjustments`
    `debt securities` `(loss) income`, then the first row's label: a header of several text rows
    as many cells wide as the first row has values, one cell a line with no stub cell, the lines
    after the first row continuing the names (in lower case). Where the header ends; 0 if the
    table does not open so."""
    texts = [i for i in range(first_value) if tokens[i].kind in TEXT_KINDS]
    names = texts[:-1]  # the last text is the first row's label
    width = first_row_values(tokens, first_value)
    if width < 2 or len(names) < 2 * width or len(names) % width or names != list(range(names[0], names[-1] + 1)):
        return 0
    lines = [tokens[i].text for i in names]
    if not stacked_rows_fit(lines, width) or any(len(line.split()) > MAX_STACKED_LINE_WORDS for line in lines):
        return 0
    return names[-1] + 1


MAX_LEADING_TEXTS = 2  # a group's name, a stub's label (`Contractual obligations (in thousands):`)
MAX_LEADING_NAME_WORDS = 6
MAX_LEADING_TEXT_WORDS = 8  # a group's name or a stub's label, not a lead-in sentence


def leading_names_end(tokens: list[Token], first_value: int) -> int:
    """`Payments due by Period`, `Contractual obligations (in thousands):`, then `Total`, `Next 12
    Months`, `Beyond 12 Months` and the first row (`Content obligations (1)` and three values),
    a cell a line with no stub cell: the texts straight before the first row's label, as many as
    its values, name the columns (short, none a lead-in); one or two texts before them head the
    names or the stub. Where the header ends; 0 if the table does not open so."""
    texts = [i for i in range(first_value) if tokens[i].kind in TEXT_KINDS]
    width = first_row_values(tokens, first_value)
    sections = 0  # `Senior Notes:` between the names and the first row's label heads rows
    while sections + width + 1 < len(texts) and tokens[texts[-2 - sections]].text.endswith(":"):
        sections += 1
    if width < 2 or not width + sections < len(texts) <= width + 1 + sections + MAX_LEADING_TEXTS \
            or any(tokens[i].kind != Kind.EMPTY for i in range(texts[0])):
        return 0
    names = texts[-1 - sections - width : len(texts) - 1 - sections]
    if any(b - a - 1 > MAX_NAME_GAP for a, b in zip(names, names[1:] + [texts[-1 - sections]])):
        return 0  # a row of empty cells between: section rows, not names
    if any(tokens[i].text.endswith(":") or (len(tokens[i].text.split()) > MAX_LEADING_NAME_WORDS
                                            and not is_title(tokens[i].text)) for i in names):
        return 0  # (a long name in title case is a name: `Average Price Paid per Share (2)`)
    if any(len(tokens[i].text.split()) > MAX_LEADING_TEXT_WORDS for i in texts[: -1 - width]):
        return 0
    return names[-1] + 1


def top_wrapped_names_end(tokens: list[Token], first_value: int) -> int:
    """`Common Stock` `Shares` `Common Stock` `Amount` … `Treasury` `Stock` `Total`, then
    `Balance at December 31, 2020*` and six values: column names that wrapped, one line a cell,
    opening the table (no period or date over them), then the first row's label
    (`wrapped_names`). Where the header ends; 0 if the table does not open so."""
    names = [i for i in range(first_value) if tokens[i].kind in TEXT_KINDS or is_name_word(tokens[i])]
    if not names or any(tokens[i].kind != Kind.EMPTY for i in range(first_value) if i not in names):
        return 0
    width = first_row_values(tokens, first_value)
    if sum(1 for i in names if tokens[i].kind == Kind.DATE) >= width:
        return 0  # dates name every column: `ASSETS`, `Current Assets` after them are no name's lines
    dates, run = names_under_dates(tokens, names)
    names = names[dates:]  # `September 30, 2023` over `Level 1` …: a date heads the names, no line of one
    if run and len(names) > dates * run:
        return names[dates * run]  # the names end where their runs do; the texts after them head rows
    sections = 0  # `Recourse debt:` between the names and the first row's label heads rows
    while sections + 2 < len(names) and tokens[names[-2 - sections]].text.endswith(":"):
        sections += 1
    wrapped = names[: len(names) - 1 - sections] + names[-1:]
    if wrapped_names(tokens, wrapped, width) or (
            (widest := widest_row(tokens, first_value)) > width and wrapped_names(tokens, wrapped, widest)):
        return names[-1 - sections]  # (a first row short of values: the widest row counts the columns)
    return 0


def names_under_dates(tokens: list[Token], cells: list[int]) -> tuple[int, int]:
    """(the dates opening `cells`, by index, and the length of the run of names after them that
    comes once for each date, side by side: `March 31, 2024` `December 31, 2023` over `Total`
    `Level 1` `Level 2` `Total` `Level 1` `Level 2` is (2, 3)); the run 0 where the names do not
    repeat so, or fewer than two dates open them."""
    dates = next((k for k, i in enumerate(cells) if tokens[i].kind != Kind.DATE), len(cells))
    names = cells[dates:]
    if dates < 2:
        return dates, 0
    texts = [tokens[i].text for i in names]
    for run in range(2, len(texts) // dates + 1):
        if all(texts[k * run : (k + 1) * run] == texts[:run] for k in range(1, dates)) \
                and all(b - a == names[1] - names[0] for a, b in zip(names[: dates * run], names[1 : dates * run])):
            return dates, run
    return dates, 0


MAX_ROWS_LOOKED = 12  # rows after the first whose values are counted for the table's width


def widest_row(tokens: list[Token], first_value: int) -> int:
    """The most values one of the first rows holds, from `first_value` on (a row ends at a text)."""
    widest = count = rows = 0
    for tok in tokens[first_value:]:
        if tok.kind in TEXT_KINDS:
            widest, count, rows = max(widest, count), 0, rows + 1
            if rows > MAX_ROWS_LOOKED:
                break
        elif tok.kind in VALUE_KINDS:
            count += 1
    return max(widest, count)


def is_name_word(token: Token) -> bool:
    return token.kind == Kind.UNIT and is_name_unit(token.text)


def text_header_end(tokens: list[Token], first_value: int) -> int:
    """A header of column names alone (`Net Carrying Value`, `Unpaid Principal Balance`, …):
    over an empty stub, texts a spacer or two apart; the first text after a wider gap (a row
    of empty cells) is a row's label, as is the text the names run into when they are as many
    as the first row's values (and its stub). 0 where the table does not open so."""
    texts = [i for i in range(first_value) if tokens[i].kind in TEXT_KINDS]
    if len(texts) < 3 or tokens[0].kind != Kind.EMPTY:
        return 0
    if evenly_spaced_names(tokens, texts, first_value):
        return texts[-1]
    k = 1
    while k < len(texts) - 1 and texts[k] - texts[k - 1] - 1 <= MAX_NAME_GAP:
        k += 1
    if k < 2:
        return 0
    if texts[k] - texts[k - 1] - 1 > MAX_NAME_GAP:
        if k >= 3 and texts[k - 1] - texts[k - 2] == 1 and all(texts[j] - texts[j - 1] > 1 for j in range(1, k - 1)):
            return texts[k - 2] + 1  # a section's label, no spacer before it, its row's empty cells after it
        return texts[k - 1] + 1
    # straight on to the first row's label: names, not rows of text cells, when as many as the
    # first row's values (and its stub), or when no text repeats (rows repeat `PRC`, `PRC`)
    names = [tokens[i].text for i in texts[: k + 1]]
    as_many = k - first_row_values(tokens, first_value) in (0, 1)
    return texts[k - 1] + 1 if as_many or len(set(names)) == len(names) else 0


MIN_SPACED_NAMES = 3
MAX_SPACED_GAP = 4  # empty cells between two names of a header whose cells merge (colspan) more than its rows'
MAX_SPACED_NAME_WORDS = 6  # `Weighted Average Remaining Contractual Life`: a name, not a sentence


def evenly_spaced_names(tokens: list[Token], texts: list[int], first_value: int) -> bool:
    """`Year 2011` ␣␣ `First Quarter` ␣␣␣ `Second Quarter` ␣␣␣ `Third Quarter` ␣␣␣ `Fourth
    Quarter`, then the first row's label: as many short texts as the first row has values (three
    or more), evenly spaced a few empty cells apart (a header's merged cells), with one more
    before them (the stub's name) or none, are the columns' names, however wide their spacing."""
    width = first_row_values(tokens, first_value)
    names = texts[:-1]  # the last text labels the first row
    if width < MIN_SPACED_NAMES or len(names) not in (width, width + 1):
        return False
    core = names[-width:]
    gaps = {b - a - 1 for a, b in zip(core, core[1:])}
    return len(gaps) == 1 and 0 < min(gaps) <= MAX_SPACED_GAP \
        and all(len(tokens[i].text.split()) <= MAX_SPACED_NAME_WORDS for i in names)


def opens_valued_line(tokens: list[Token], i: int) -> bool:
    """Cell `i` opens a line and a value follows it on that line: where a text writes a row a
    line (whitespace-rows; pipe-suffix mirrors), the row's label, whatever its kind (an equity
    statement's `March 28, 2025` balance under names glued into one line)."""
    after = next_nonempty(tokens, i)  # an absorbed part is an empty cell too
    return opens_line(tokens, i) and after is not None and after.kind in VALUE_KINDS \
        and after.span.first <= tokens[i].span.last


def names_over_year_rows(tokens: list[Token], year: int) -> bool:
    """`Year Ended December 31`, `Operating Leases`, `Finance Leases`, then `2020` `$ 302` `$ 91`:
    as many texts since the header's last period, date or unit as the year's row has values
    are column names over rows labeled by years (a maturity table), so the year is the row's
    whole label (so is a date: an equity statement's `March 28, 2025` balance). With one text more (`Net Sales`, `Net Earnings`, `Beauty`, `2025`), the last
    text and the year label the row together."""
    # a unit note after the names (`Operating Leases` `Finance Leases` `(In thousands)`) ends no names
    start = max((i for i in range(year) if tokens[i].kind in (Kind.PERIOD, Kind.DATE)), default=-1)
    texts = sum(1 for i in range(start + 1, year) if tokens[i].kind in TEXT_KINDS)
    values = first_row_values(tokens, year + 1, ROW_ENDS_AT_YEARS)  # the next year labels the next row
    return values >= 2 and texts == values


ROW_ENDS_AT_YEARS = TEXT_KINDS | {Kind.YEAR}
MAX_YEAR_ROW_CELLS = 12  # cells looked at past a year's values for the next year's row


def next_year_labels_a_row(tokens: list[Token], year: int) -> bool:
    """`2024` `$ 50,106`, then `2025` `150,096`: the table's first token is a year with values
    after it, and the next year (one more or one less) labels the row after them: a schedule of
    maturities by year, its years the rows' labels, no header over them."""
    after = next((k for k in range(year + 1, min(len(tokens), year + 1 + MAX_YEAR_ROW_CELLS))
                  if tokens[k].kind == Kind.YEAR), None)
    return after is not None and abs(int(tokens[after].text) - int(tokens[year].text)) == 1 \
        and all(tokens[k].kind not in TEXT_KINDS for k in range(year + 1, after)) and labels_a_row(tokens, after)


def only_row(tokens: list[Token], first_value: int) -> bool:
    """No value after the first row's: a table of one row (a free cash flow's figures under the
    names of its columns), which texts before it cannot be section rows of."""
    return not any(t.kind in VALUE_KINDS for t in tokens[first_row_end(tokens, first_value):])


def first_row_end(tokens: list[Token], first_value: int, ends: frozenset = TEXT_KINDS) -> int:
    """Where the first row ends: at the next text (or other kind in `ends`) after its first value,
    or at a year that labels the next row (`Remaining in 2019` `$ 5,585`, then `2020` `23,253`)."""
    return next((i for i in range(first_value, len(tokens))
                 if tokens[i].kind in ends or year_labels_next_row(tokens, i)), len(tokens))


def year_labels_next_row(tokens: list[Token], i: int) -> bool:
    """A year between two amounts: the label of a maturity table's next row, no cell of this one."""
    if tokens[i].kind != Kind.YEAR:
        return False
    before, after = last_nonempty(tokens, i), next_nonempty(tokens, i)
    return before is not None and tokens[before].kind in VALUE_KINDS and after is not None and after.kind in VALUE_KINDS


def first_row_values(tokens: list[Token], first_value: int, ends: frozenset = TEXT_KINDS) -> int:
    """Values from the first one to the next text (or other kind in `ends`): the first row's count.
    A `$` with no amount after it (`$ 170,889` `$` `$` `$ 170,889`: a blank amount under its
    currency sign) holds a column too."""
    return sum(1 for t in tokens[first_value:first_row_end(tokens, first_value, ends)]
               if t.kind in VALUE_KINDS or (t.kind == Kind.SYMBOL and not t.absorbed))


def trailing_column_names(tokens: list[Token], start: int, first_value: int) -> int:
    """`2025`, `2024`, `$ Change`, `% Change` over rows of four values: texts after the header's
    last year, date or unit note, before the first row's label, are column names when they,
    or the header's last row with them, name as many columns as the first row has values; the
    texts after them are section rows (`Assets`, `CURRENT ASSETS`). Over a table of one row, as
    many texts as values, a spacer or two apart, are all names: the row has no label."""
    texts = [i for i in range(start, first_value) if tokens[i].kind in TEXT_KINDS]
    if len(texts) < 2 or start == 0:
        return start
    after = tokens[start - 1].kind
    width = first_row_values(tokens, first_value)
    if (after in LEAF_KINDS or after in (Kind.UNIT, Kind.PERIOD)) and len(texts) == width \
            and names_apart(texts, width) and only_row(tokens, first_value):
        return texts[-1] + 1  # every text names a column of the one row, which has no label
    if (after in LEAF_KINDS or after in (Kind.UNIT, Kind.PERIOD)) and stub_label_then_names(tokens, texts, width):
        return texts[width + 1]  # the first row's label, or a section's (`Assets`) before it
    if (after in LEAF_KINDS or after in (Kind.UNIT, Kind.PERIOD)) and (body := names_broken_over_rows(tokens, texts, width)):
        return body
    if after == Kind.PERIOD and RE_YEAR_IN.search(tokens[start - 1].text) and len(texts) == width + 2 \
            and all(len(tokens[i].text.split()) <= MAX_STACKED_LINE_WORDS for i in texts[:-1]):
        # `Three Months Ended June 30, 2025` over every column (a leaf, its date in it), then the
        # stub's name and as many names as values: `Allowance for credit losses`, `Commercial …` … `Total`
        return texts[-1]
    dated_period = after == Kind.PERIOD and RE_YEAR_IN.search(tokens[start - 1].text) is not None
    if after not in LEAF_KINDS and after != Kind.UNIT and not dated_period:
        return start  # (a period with its date, `Six Months Ended June 27, 2025`, is a leaf)
    if wrapped_names(tokens, names_before_unit(tokens, start) + texts, width):
        return texts[-1]
    if dated_period:
        return start  # the rules below read names under years or dates alone
    if after in LEAF_KINDS and len(texts) == width + 1 and names_in_turn([tokens[i].text for i in texts[:-1]]) \
            and names_apart(texts, width):
        return texts[-1]  # `Operating` `Operating` `Finance` `Finance` under four years: names, in runs or in turn
    if after in LEAF_KINDS and leaves_name_every_column(tokens, start, width):
        return start
    for k in range(len(texts) - 1, 0, -1):  # the texts after the names are section rows
        if any(tokens[i].text.endswith(":") for i in texts[:k]):
            continue  # `Derivative instruments designated as hedges:` heads rows, never a column
        if not names_apart(texts, k):
            continue  # a row of empty cells after a text: it labels a section row, it names no column
        header = tokens[: texts[k - 1] + 1]
        named = header_leaves(header) if after in LEAF_KINDS else header_names(header)
        # a qualifier line (`Higher/(Lower)` under `Effect of Change`) is its name's, no name of its own
        qualified = sum(1 for i in texts[1:k] if RE_QUALIFIER_LINE.match(tokens[i].text))
        if k == width or named == width or (after == Kind.UNIT and qualified and k - qualified == width):
            return texts[k + 1] if names_the_stub_too(tokens, texts, k) else texts[k]
    return start


def names_broken_over_rows(tokens: list[Token], texts: list[int], width: int) -> int | None:
    """`Land and` `Plant and`, then `Movements during 2017` `buildings` `equipment` `Total`, under
    the header's units: names' first parts, each breaking off on a connecting word (no section's
    label ends so), then a row whose texts in lower case, as many, end them, with a stub's
    caption before them or not, as many as the columns: both rows are header. Where the body
    starts (the text after them: a section's label, `Cost`), or None."""
    from refold.header import ends_on_connector

    tops = 0
    while tops < len(texts) and ends_on_connector(tokens[texts[tops]].text):
        tops += 1
    rest = texts[tops:]
    for m in (width + 1, width):  # a stub's caption first, or none
        row = rest[:m]
        if not tops or len(rest) <= m or any(tokens[i].text.endswith(":") for i in row):
            continue
        if sum(1 for i in row if tokens[i].text[:1].islower()) == tops and not (
                m > width and tokens[row[0]].text[:1].islower()):
            return rest[m]
    return None


def names_in_turn(names: list[str]) -> bool:
    """`Operating` `Operating` `Finance` `Finance`, or `Operating` `Finance` twice, or one name
    over every column: fewer distinct names than cells, each repeated alike in runs or in turn,
    as column names under dates repeat; section rows never do."""
    distinct = list(dict.fromkeys(names))
    k = len(names)
    if not 0 < len(distinct) < k or k % len(distinct):
        return False
    times = k // len(distinct)
    return names == [n for n in distinct for _ in range(times)] or names == distinct * times


def stub_label_then_names(tokens: list[Token], texts: list[int], width: int) -> bool:
    """`Consolidated Statement of Operations (unaudited):` then `As Previously Reported`,
    `Adjustments …`, `As Adjusted` over rows of three values: a text ending `:` in the stub, then
    as many names as the first row has values, a spacer or two apart, then the first row's label.
    The names head the columns; the text ending `:` is the stub's, not a section row. Section
    rows may come between the names and the first row (`Assets` and its empty cells)."""
    if width < 2 or len(texts) < width + 2 or not tokens[texts[0]].text.endswith(":"):
        return False
    names = texts[1 : width + 1]
    if any(tokens[i].text.endswith(":") for i in names):
        return False
    if all(tokens[i].kind != Kind.EMPTY for i in range(texts[0], texts[-1])):
        # a crawl that dropped the empty cells (one cell a line): no spacer tells names from
        # sections, so the names follow the stub's text straight on and a section or two at most
        # come before the first row's label (`Assets`)
        return names == list(range(texts[0] + 1, texts[0] + width + 1)) and len(texts) <= width + 2 + MAX_SECTIONS_BEFORE
    if not names_apart(names, width):
        return False
    # the text after the names labels the first row, or a section row with its empty cells
    return len(texts) == width + 2 or texts[width + 2] - texts[width + 1] - 1 > MAX_NAME_GAP


MAX_SECTIONS_BEFORE = 2  # section rows between a header's names and its first row (`Assets`, `Current assets:`)


def names_the_stub_too(tokens: list[Token], texts: list[int], k: int) -> bool:
    """`Assets per balance sheet` `Note` … `Total`, a spacer apart, then straight on `Cash and cash
    equivalents` and its values: the text after the columns' names sits as far from them as
    they sit from each other, and the first row's label follows it with no spacer. So the first
    of the texts names the stub, the last a column, not a section row. A bare `Total` there is
    always a column's name (`Notes` `Land …` … `Other` `Total`, one a line)."""
    if k < 2 or k + 1 >= len(texts):
        return False
    if RE_TOTAL_NAME.match(tokens[texts[k]].text):
        return True  # `Total` right after the names: a column's name, never a section of rows
    gaps = {texts[j + 1] - texts[j] for j in range(k - 1)}
    spacing = gaps.pop() if len(gaps) == 1 else None
    return spacing is not None and spacing > 1 and texts[k] - texts[k - 1] == spacing \
        and texts[k + 1] - texts[k] < spacing


def wrapped_names(tokens: list[Token], texts: list[int], width: int) -> bool:
    """`Adjusted`, `Cost`, `Unrealized`, `Gains`, … one line a cell: column names that wrapped,
    more lines than columns (two more at least, so a section row or two under the names does
    not count), all short, none a lead-in, side by side (a crawl that drops empty cells) or in as
    many runs as columns a spacer apart, then the first row's label. The header stage regroups
    them (`header.join_name_runs`, `header.regroup_wrapped`)."""
    names = texts[:-1]
    if width < 2 or len(names) < width + 2 or len(names) > MAX_WRAP * width:
        return False
    gaps = [name_gap(tokens[a + 1 : b]) for a, b in zip(names, names[1:])]
    # side by side, or in runs one spacer apart that are as many as the columns
    if any(gaps) and not (max(gaps) == 1 and sum(1 for g in gaps if g) + 1 == width):
        return False
    return all(len(tokens[i].text.split()) <= MAX_STACKED_LINE_WORDS and not tokens[i].text.endswith(":")
               for i in names)


MAX_WRAP = 4  # lines a wrapped column name takes at most


def name_gap(between: list[Token]) -> int:
    """The spacers between two names' lines. A unit note followed by a spacer is the first name's
    last line (`Number of` `RSUs` `(in thousands)` ␣ `Weighted-Average` …): the spacer is the gap;
    a unit note alone between them parts them as a spacer would."""
    spacers = sum(1 for t in between if t.kind != Kind.UNIT)
    return spacers or sum(1 for t in between if t.kind == Kind.UNIT and not is_name_word(t))


def names_before_unit(tokens: list[Token], start: int) -> list[int]:
    """`Number of` `RSUs` before `(in thousands)`: a wrapped name's lines before the unit note
    that ends them, side by side (the note is one of the name's lines)."""
    if start < 2 or tokens[start - 1].kind != Kind.UNIT:
        return []
    k = start - 1
    while k > 0 and tokens[k - 1].kind in TEXT_KINDS:
        k -= 1
    return list(range(k, start - 1))


NAMES_OVER_WIDTH = 2  # names a header may hold beyond its columns (group names over two of them)


def header_names(header: list[Token]) -> int:
    """Column names in a header of names and unit notes (`Number of RSUs`, `(in thousands)`,
    `Weighted-Average Grant-Date Fair Value Per RSU`): the texts back to a period or a date."""
    names = 0
    for tok in reversed(header):
        if tok.kind in TEXT_KINDS and tok.kind != Kind.DATE:
            names += 1
        elif tok.kind not in (Kind.EMPTY, Kind.UNIT, Kind.SYMBOL):
            break
    return names


def leaves_name_every_column(tokens: list[Token], start: int, width: int) -> bool:
    """The header's last row before `start` has a date or year over every column (`June 27,
    2025` `December 31, 2024` over rows of two values): the texts after it head the body's
    sections (`ASSETS`, `Current Assets`); they are no second row of names."""
    leaves = 0
    for tok in reversed(tokens[:start]):
        if tok.kind in LEAF_KINDS:
            leaves += 1
        elif tok.kind != Kind.EMPTY:
            break
    return leaves == width


def column_name_row(tokens: list[Token], start: int, first_value: int) -> int:
    """`Adjusted Cost`, `Unrealized Gains`, … under a date: as many texts in a row (only empty
    cells between them) as the first row has values, then that row's label, are column names;
    at a table's very top, one short text more before them names the stub (`stub_named_names`
    alike)."""
    texts = [i for i in range(start, first_value) if tokens[i].kind in TEXT_KINDS]
    if len(texts) < 3 or any(tokens[i].kind not in TEXT_KINDS and tokens[i].kind != Kind.EMPTY
                             for i in range(start, first_value)):
        return start
    width = first_row_values(tokens, first_value)
    if stub_label_then_names(tokens, texts, width):
        return texts[width + 1]  # `Allowance for loan and lease losses:` then the names, under a group row
    if not names_apart(texts, len(texts) - 1):
        return start  # texts a row of empty cells apart label section rows (`Assets`, `CURRENT ASSETS`)
    if any(tokens[i].text.endswith(":") for i in texts[:-1]):
        return start  # `Current assets:` heads rows, never a column (crawls that drop empty cells)
    if leaves_name_every_column(tokens, start, width):
        return start
    if len(texts) - 1 == width:
        return texts[-1]
    if start == 0 and len(texts) - 2 == width \
            and all(len(tokens[i].text.split()) <= MAX_STACKED_LINE_WORDS for i in texts[:-1]):
        return texts[-1]  # the table's top names its stub first (`Warrants`, `Number of shares` …)
    names = [i for i in texts[1:-1] if not RE_NAME_MARK.match(tokens[i].text)]  # `[a]` is its name's mark
    if start == 0 and len(names) == width and width >= 2 and len(tokens[texts[0]].text.split()) <= MAX_STACKED_LINE_WORDS \
            and all(len(tokens[i].text.split()) <= MAX_LONG_NAME_WORDS for i in names) and not is_sentence_like(tokens, names):
        # `Period`, then long names one a line (`Total number of shares purchased as part of a
        # publicly announced plan or program [c]`), then the first row's label: a repurchase table
        return texts[-1]
    return start


RE_NAME_MARK = re.compile(r"^\[[a-z0-9]{1,2}\]$")
MAX_LONG_NAME_WORDS = 16


def is_sentence_like(tokens: list[Token], names: list[int]) -> bool:
    """A name that reads as prose: it ends with a full stop."""
    return any(tokens[i].text.rstrip().endswith(".") for i in names)


# --------------------------------------------------------------------------- choosing


RE_TOTAL_LABEL = re.compile(
    r"^(?:total\b|net (?:cash|increase|decrease|change)\b)", re.IGNORECASE)


def row_kind(label: str, cells: tuple[str, ...]) -> str:
    if not any(cells):
        return "section"
    if not label or RE_TOTAL_LABEL.match(label):
        return "total"
    return "value"


def tokens_to_grid(tokens: list[Token], counted_cells: bool = True, lines_are_rows: bool = False) -> Grid:
    """Pick the row template that explains a schedule's tokens best. `counted_cells`: every
    cell of the HTML is a token (not so for whitespace-rows, a line a row, whose empty cells
    are a guess), so a table of contents' rows can be told by their width. `lines_are_rows`:
    the text wrote a row a line (pipe-suffix), so a line's first cell starts a row and a text
    later on the line is a cell of that row (`label_delimited_rows`)."""
    listed = listing_grid(tokens, lines_are_rows) or (contents_grid(tokens) if counted_cells else None)
    if listed is not None:
        return listed
    free = label_delimited_grid(tokens, lines_are_rows=lines_are_rows)
    if not keeps_empty_cells(tokens):
        return free  # few lone `|` kept: nothing marks fixed positions
    shape = Shape(tokens)  # built once: the width search and the chosen grid share it
    width, r, score = best_fixed_width(shape)
    if width and score >= MIN_FIXED_SCORE and score >= free.score * FIXED_MARGIN:
        fixed = fixed_width_grid(shape, width, r, score)
        if fixed.rows and not misaligned(fixed) and (fixed.n_cols == free.n_cols or not every_row_full(free)
                                                     or (holds_text_column(fixed) and not holds_text_column(free))):
            # (where every label-delimited row is full or empty, a fixed width of another count
            # merged rows, unless its extra column is a column of texts the label-delimited
            # reading took for the next rows' labels: `Statement of Operations Line Item`)
            return fixed
    return free


MIN_LISTED_SHARE = 0.8  # of the rows from the first numbered one on, those that open with a number


def listing_start(tokens: list[Token]) -> int | None:
    """Where an exhibit index's rows begin: its first item number (`3.1`, `101.INS`), with
    nothing but texts (the header) and empty cells before it."""
    for i, tok in enumerate(tokens):
        if tok.kind == Kind.EMPTY or tok.absorbed:
            continue
        if is_listing_number(tok.text):
            return i
        if tok.kind not in TEXT_KINDS:
            return None
    return None


def describes_items(rows: list[list[Token]]) -> bool:
    """After the numbers, texts (descriptions, forms, `X`) outnumber values (nil marks aside),
    and one place holds a text in nearly every row (the description)."""
    after = [t for row in rows for t in row[1:] if t.kind != Kind.EMPTY and not t.absorbed]
    texts = sum(1 for t in after if t.kind in TEXT_KINDS)
    places = Counter(j for row in rows for j, t in enumerate(row) if j and t.kind in TEXT_KINDS)
    described = bool(places) and places.most_common(1)[0][1] >= MIN_LISTED_SHARE * len(rows)
    return described and texts > sum(1 for t in after if t.kind in VALUE_KINDS and t.kind != Kind.NIL)


RE_ITEM_MARKS = re.compile(r"[*#+†‡]+(?: \(\d\))?$")  # `2.1*` is `2.1` listed again


def listing_grid(tokens: list[Token], lines_are_rows: bool = False) -> Grid | None:
    """An exhibit index whose crawl kept every cell: rows that open with an item's number, then
    its texts. Rows are cut at numbers at least `width` cells after the row's own (a number
    closer is a cell of the row: `Exhibit`'s `3.1`); the narrowest width whose rows' numbers
    are all distinct (marks aside), whose rows are `MIN_LISTED_SHARE` filled and describe items
    (`describes_items`) wins. Each row's first cell is its label, and every place in a row that
    some row fills is a column, as the HTML reader reads the table (its `listing_of`). Blank
    rows between (their cell counts vary with merged cells) only add empty places. None for
    any other table."""
    start = listing_start(tokens)
    if start is None:
        return None
    numbers = [i for i in range(start, len(tokens)) if is_listing_number(tokens[i].text)]
    if len(numbers) < MIN_LISTED_ROWS:
        return None
    if lines_are_rows:
        # a row a line (pipe-suffix mirrors): the rows are the lines a number opens, the
        # item's texts after it on its line
        cuts = [i for i in numbers if i == start or opens_line(tokens, i)]
        if sum(1 for i in cuts if i + 1 < len(tokens) and tokens[i + 1].span.first <= tokens[i].span.last) \
                >= MIN_ROW_LINE_SHARE * len(cuts):
            grid = listing_rows(tokens, start, cuts)
            if not isinstance(grid, bool):
                return grid
    for width in range(2, MAX_WIDTH + 1):
        cuts = [start]
        for i in numbers[1:]:
            if i - cuts[-1] >= width:
                cuts.append(i)
        if len(cuts) < MIN_LISTED_ROWS:
            return None
        grid = listing_rows(tokens, start, cuts)
        if grid is None or isinstance(grid, Grid):
            return grid
    return None


def opens_line(tokens: list[Token], i: int) -> bool:
    """Cell `i` is the first of its line (the cell before it ends on an earlier line)."""
    before = last_nonempty(tokens, i)
    return before is None or tokens[before].span.last < tokens[i].span.first


def listing_rows(tokens: list[Token], start: int, cuts: list[int]) -> Grid | None | bool:
    """The listing whose rows begin at `cuts`; False where these cuts are wrong (numbers inside
    rows taken for rows' own, rows not describing items), None where the numbers are no items."""
    labels = [tokens[c].text for c in cuts]
    if len(cuts) < MIN_LISTED_ROWS or len({RE_ITEM_MARKS.sub("", label) for label in labels}) < len(labels):
        return False  # numbers inside rows (`Exhibit`'s `3.1`) taken for rows' own: too narrow
    rows = [tokens[a:b] for a, b in zip(cuts, [*cuts[1:], len(tokens)])]
    filled = [r for r in rows if any(t.kind != Kind.EMPTY for t in r[1:])]
    if len(filled) < MIN_LISTED_SHARE * len(rows) or not describes_items(filled):
        return False
    if not numbers_like_items(labels):
        return None
    columns = sorted({j for r in rows for j in range(1, len(r)) if r[j].kind != Kind.EMPTY and not r[j].absorbed})
    return Grid(tokens[:start], [chunk_to_row(r, columns) for r in rows], len(columns), "listing", 1.0)


MIN_CONTENTS_ROWS = 4
MIN_SECTION_GAP = 2  # empty cells after a text that make it a row of its own, rows' width unknown


def are_page_numbers(texts: list[str]) -> bool:
    """Small whole numbers that never go down: a table of contents' pages."""
    if len(texts) < MIN_CONTENTS_ROWS or not all(t.isdigit() and len(t) <= 3 for t in texts):
        return False
    numbers = [int(t) for t in texts]
    return all(a <= b for a, b in zip(numbers, numbers[1:]))


def contents_grid(tokens: list[Token]) -> Grid | None:
    """A table of contents: one page number a row, never going down, every text of the row
    before it its label however many cells they took (`Item 1.` + `Financial Statements`, as
    the HTML reader joins texts before a row's value). Rows end at their page's cell: where
    the crawl kept every cell, the commonest distance between two pages is the rows' width,
    so a stretch of whole rows before a page holds rows without a page (`Part I. Financial
    Information`, an item heading its statements), and the header is the rows before the
    first page that end in a text over the page column (`Page`). Without that, a text with a
    row of empty cells after it is a row of its own. Only where empty cells were kept; None
    for any other table."""
    values = [i for i, t in enumerate(tokens) if t.kind in VALUE_KINDS]
    if not are_page_numbers([tokens[i].text for i in values]):
        return None
    if not keeps_empty_cells(tokens):
        return None  # no empty cells kept (a line a row): rows are read by their labels
    if any(not any(tokens[k].kind in TEXT_KINDS for k in range(a + 1, b)) for a, b in zip(values, values[1:])):
        return None  # two numbers in a row: a schedule's columns
    width = Counter(b - a for a, b in zip(values, values[1:])).most_common(1)[0][0]
    start = contents_start(tokens, values[0], width)
    rows: list[Row] = []
    ends = [start - 1, *values]
    for a, b in zip(ends, ends[1:]):
        pieces = contents_pieces(tokens[a + 1:b], width)
        for piece in pieces[:-1]:
            rows.extend(contents_row(piece, None))
        rows.extend(contents_row(pieces[-1] if pieces else [], tokens[b]))
    for piece in contents_pieces(tokens[values[-1] + 1:], width, trailing=True):
        rows.extend(contents_row(piece, None))
    return Grid(tokens[:start], rows, 1, "contents", 1.0)


def contents_start(tokens: list[Token], first_page: int, width: int) -> int:
    """Where the rows begin: back from the first page a row's width at a time, after the row
    whose cell over the pages is a text (`Page`); else where `body_start` says, less the section
    rows it took (a text with a row of empty cells after it)."""
    end = first_page - width  # the page cell of the row before the first page's
    while end >= 0:
        if tokens[end].kind in TEXT_KINDS:
            return end + 1
        if tokens[end].kind != Kind.EMPTY:
            break
        end -= width
    start = body_start(tokens)
    while (last := last_nonempty(tokens, start)) is not None and tokens[last].kind in TEXT_KINDS \
            and empties_after(tokens, last) >= MIN_SECTION_GAP:
        start = last
    return start


def contents_pieces(cells: list[Token], width: int, trailing: bool = False) -> list[list[Token]]:
    """The rows of the cells between two pages (the later page's row last, its page cell not
    among them): whole rows of `width` where they fit, else cut after each text that has a row
    of empty cells after it."""
    whole = len(cells) if trailing else len(cells) + 1
    if whole % width == 0:
        return [cells[k:k + width] for k in range(0, len(cells), width)] or [[]]
    pieces: list[list[Token]] = [[]]
    for k, tok in enumerate(cells):
        pieces[-1].append(tok)
        if tok.kind in TEXT_KINDS and k + MIN_SECTION_GAP < len(cells) + 1 and \
                all(t.kind == Kind.EMPTY for t in cells[k + 1:k + 1 + MIN_SECTION_GAP]):
            pieces.append([])
    return pieces


def contents_row(cells: list[Token], page: Token | None) -> list[Row]:
    """A row of the contents from its cells and page (none: a section's heading); no row for
    blank cells."""
    texts = [t for t in cells if t.kind in TEXT_KINDS]
    if not texts and page is None:
        return []
    label = " ".join(t.text for t in texts)
    value = (page.text,) if page is not None else ("",)
    kind = "section" if page is None else row_kind(label, value)
    return [Row(label, value, kind, span_of([*texts, *([page] if page else [])]),
                (page.span if page is not None else None,), span_of(texts))]


def empties_after(tokens: list[Token], i: int) -> int:
    k = i + 1
    while k < len(tokens) and tokens[k].kind == Kind.EMPTY:
        k += 1
    return k - i - 1


def keeps_empty_cells(tokens: list[Token]) -> bool:
    """Whether the crawl kept empty cells (lone `|`, not a `$` or `)` joined into a value) as
    `MIN_EMPTY_SHARE` of the tokens at least: only then do cells' places and counts tell rows."""
    return sum(1 for t in tokens if t.kind == Kind.EMPTY and not t.absorbed) >= MIN_EMPTY_SHARE * len(tokens)


def misaligned(grid: Grid) -> bool:
    """Signs that a fixed width cut rows in the wrong places: many rows cut short or without a
    label, amounts in the header or in the label column, or a first row without its label while the header ends in text (the label)."""
    first = grid.rows[0]
    return (grid.irregular_rows > MAX_IRREGULAR_ROWS  # e.g. twice the true width, cut at every other label
            or any(t.kind in AMOUNT_KINDS for t in grid.header)
            or any(classify(r.label) in AMOUNT_KINDS for r in grid.rows)
            or (not first.label and any(first.cells) and bool(grid.header) and grid.header[-1].kind in TEXT_KINDS)
            or has_stray_column(grid))


def has_stray_column(grid: Grid) -> bool:
    """A column few rows fill, each leaving the column to its right empty while most rows fill
    that one: a row whose cells were merged (`17%` over a `$` cell and its amount's) cut at
    other places than the full rows, its values a column early. A row that fills the column to
    the right too but not the last was so cut as well (`(2.0)` `(1.9)` written without their
    spacers). (A footnote's text under the label column is no sign.)"""
    valued = [r.cells for r in grid.rows if any(r.cells)]
    if len(valued) < 3:
        return False
    for c in range(grid.n_cols - 1):
        here = [cells for cells in valued if cells[c]]
        right = sum(1 for cells in valued if cells[c + 1])
        if here and 3 * len(here) <= len(valued) and 2 * right >= len(valued) and not any(
                (cells[c + 1] and cells[-1]) or classify(cells[c]) not in VALUE_KINDS for cells in here):
            return True
    return False


MIN_TEXT_CELLS = 2  # texts a column of texts holds at least


def holds_text_column(grid: Grid) -> bool:
    """The first column, right after the labels, holds texts in half the rows with values or
    more, two at least (`Interest expense`, `Cost of goods sold; …` under `Statement of
    Operations Line Item`). A width that merges rows puts the next labels further in."""
    rows = [r for r in grid.rows if any(r.cells)]
    texts = sum(1 for r in rows if r.cells and r.cells[0] and classify(r.cells[0]) == Kind.TEXT)
    return grid.n_cols > 1 and texts >= MIN_TEXT_CELLS and 2 * texts >= len(rows)


def every_row_full(grid: Grid, min_rows: int = 2) -> bool:
    """Each row has a value in every column or none, and enough rows have values to say so."""
    full = sum(1 for r in grid.rows if all(r.cells))
    return grid.n_cols > 1 and full >= min_rows and all(all(r.cells) or not any(r.cells) for r in grid.rows)


def report_grid(tokens: list[Token], n_cols: int, groups: list[int]) -> Grid:
    """The R page's own rows: the width is known from the header."""
    return label_delimited_grid(tokens, n_cols or None, groups if n_cols else None,
                                text_values=True, find_header=False)


def span_of(tokens: list[Token]) -> Span | None:
    return join_spans(t.span for t in tokens)
