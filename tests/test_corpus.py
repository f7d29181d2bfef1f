"""Every crawled page parses without an exception and loses no text."""

import json

import refold
from refold.accounting import unaccounted


def corpus_pages(shared):
    with open(shared / "corpus" / "pages.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def test_every_page_parses_and_keeps_its_text(shared):
    """All variants, not only pipe-prefix: no exception, every character somewhere in the output."""
    pages = corpus_pages(shared)
    assert len(pages) > 200
    failures = []
    for i, p in enumerate(pages):
        page = refold.parse(p["text"], source=p["url"])
        missing = unaccounted(p["text"], page)
        if missing:
            failures.append((i, p["url"], dict(missing)))
    assert failures == []


def test_pipe_prefix_pages_place_their_text(shared):
    """On pipe-prefix pages nothing should need the `unplaced` list at all."""
    pages = [p for p in corpus_pages(shared) if p["variant"] == "pipe-prefix"]
    unplaced = [p["url"] for p in pages if refold.parse(p["text"]).unplaced]
    assert len(unplaced) <= len(pages) // 20, unplaced


def test_every_span_points_into_the_page(shared):
    """A row's, label's and cell's source lines exist in the page (the viewer lights them):
    readers that rewrite lines (whitespace-rows with text blocks, one-line blocks of
    pipe-suffix) map their cells back to the lines they came from."""
    outside = []
    for i, p in enumerate(corpus_pages(shared)):
        lines = p["text"].count("\n") + 1
        for table in refold.parse(p["text"]).tables:
            for row in table.rows:
                spans = [s for s in (row.span, row.label_span, *row.cell_spans) if s is not None]
                outside += [(i, row.label) for s in spans if not 1 <= s.first <= s.last <= lines]
    assert outside == []
