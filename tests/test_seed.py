"""The page refold started from: its 9 schedules exactly, as `seed/*.expected.json` gives them."""

import json

import pytest

import refold
from refold.accounting import unaccounted

SEED = "seed/R35-cloopen-2023-policies-tables"


@pytest.fixture(scope="module")
def seed(shared):
    text = (shared / f"{SEED}.txt").read_text(encoding="utf-8")
    expected = json.loads((shared / f"{SEED}.expected.json").read_text(encoding="utf-8"))
    return text, expected, refold.parse(text)


def test_page_frame(seed):
    _, expected, page = seed
    assert page.title == expected["title"]
    assert list(page.columns) == expected["columns"]
    assert list(page.abstract_rows) == expected["abstract_rows"]


def test_nine_schedules_exactly(seed):
    """Rows exactly; headers, blocks, captions and prose as given."""
    _, expected, page = seed
    schedules = [t for t in page.tables if t.kind == "schedule"]
    assert len(schedules) == len(expected["tables"]) == 9
    for got, want in zip(schedules, expected["tables"]):
        assert [[r.label, *r.cells] for r in got.rows] == want["rows"]
        assert list(got.columns) == want["columns"]
        assert (got.block, got.caption, list(got.prose)) == (want["block"], want["caption"], want["prose"])


def test_nothing_unplaced_or_lost(seed):
    text, _, page = seed
    assert page.unplaced == () and page.warnings == ()
    assert not unaccounted(text, page)
