"""Text accounting: every non-whitespace, visible character of the input must reach the output.

The input's own syntax is not text: the `|` that opens a cell line (every `|` of pipe-suffix
text), and the markers of the
definitions tail (`X`, `- Definition`, `+ References`, `+ Details`, …), and a rule drawn alone on
a line (`_____`, between a table and its footnotes). Everything else is
counted, character by character, and must appear in some output field: title, units, a header,
a label, a cell, prose, a caption, a definition, the preamble, or `unplaced`.
"""

from __future__ import annotations

from collections import Counter

from refold.cells import INVISIBLE, text_to_lines
from refold.frame import DEFINITION_MARKERS
from refold.kinds import RE_RULE_LINE
from refold.model import Page


def _chars(text: str) -> Counter:
    return Counter(ch for ch in text if not ch.isspace() and ch not in INVISIBLE)


def input_chars(text: str, variant: str = "") -> Counter:
    """The characters of the input that carry content (for pipe-suffix text every `|` is syntax,
    and so are its markdown rules)."""
    from refold.variants import PIPE_SUFFIX, RE_RULE

    counted: Counter = Counter()
    for line in text_to_lines(text):
        s = line.strip()
        if variant == PIPE_SUFFIX:
            fields = [] if RE_RULE.match(s) else [f.strip() for f in s.split("|")]
            # `X | |||`: a definition's mark, as `|X`; a field that opens with a definition's
            # marker (`… | 149,371 | + References`) is marked as a line would be
            s = " ".join(without_marker(f) for f in fields if f != "X").strip()
        if s.startswith("|"):
            s = s[1:].strip()
        if s == "X" or RE_RULE_LINE.match(s):
            continue  # a definition's mark; a rule over footnotes (layout, as a `|` is)
        counted.update(_chars(without_marker(s)))
    return counted


def without_marker(s: str) -> str:
    """The text after a definition's marker (`- Definition`, `+ References`) that opens it."""
    for marker in DEFINITION_MARKERS:
        if s.startswith(marker):
            return s[len(marker):]
    return s


def output_strings(page: Page):
    yield from (page.heading, page.title, page.units, *page.columns, *page.header, *page.prose, *page.unplaced, *page.preamble)
    yield from page.abstract_rows
    for block in page.text_blocks:
        yield block.label
        yield from block.prose
    for d in page.definitions:
        yield d.text
        yield from d.references
    for table in page.tables:
        yield from (table.caption or "", table.units or "", table.block or "", *table.prose, *table.footnotes)
        for header_row in table.header_rows:
            yield from header_row
        yield from table.columns
        for row in table.rows:
            yield row.label
            yield from row.cells


def unaccounted(text: str, page: Page) -> Counter:
    """Characters of the input that appear fewer times in the output than in the input."""
    out: Counter = Counter()
    for s in output_strings(page):
        out.update(_chars(s))
    return input_chars(text, page.variant) - out
