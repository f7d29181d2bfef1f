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
