"""differences.py: what differs between the HTML's reading of a table and a flattening's, and
whether the flattened text writes it."""

import json

from refold.differences import (CELL_LINES_AS_CELLS, CELLS_JOINED_BY_SPACES, EMPTY_CELLS_DROPPED, LABELS_SPLIT, PLACEMENT,
                                ROWS_DIFFER, ROWS_MISSING, VALUES, not_written, row_differences, spaced_line)
from refold.evaluate import table_rows
from refold.variants import NBSP
from test_cli import run


def rows(*table):
    """Rows in the scored form (`evaluate.table_rows`) from [label, *cells] lists."""
    return table_rows({"rows": [list(r) for r in table]})


def test_a_row_whose_values_moved_is_not_written_where_the_flattening_drops_empty_cells():
    """`Rent | 5 |` is what pipe-suffix writes for 5 under either column; pipe-prefix writes the
    empty cell, so there the same difference is a misreading."""
    html, text = rows(["Revenue", "10", "12"], ["Rent", "", "5"]), rows(["Revenue", "10", "12"], ["Rent", "5", ""])
    dropped = row_differences("pipe-suffix", "schedule", html, text)
    assert [(d.kind, d.label, d.not_written) for d in dropped] == [(PLACEMENT, "Rent", EMPTY_CELLS_DROPPED)]
    assert not_written(dropped)
    assert row_differences("mixed", "schedule", html, text)[0].not_written == EMPTY_CELLS_DROPPED
    for variant, kind in (("mixed", "report"), ("pipe-prefix", "schedule"), ("line-per-cell", "schedule")):
        assert not not_written(row_differences(variant, kind, html, text)), variant


def test_other_values_are_a_misreading_even_where_empty_cells_are_dropped():
    found = row_differences("pipe-suffix", "schedule", rows(["Rent", "5", "6"]), rows(["Rent", "5", "7"]))
    assert [(d.kind, d.not_written) for d in found] == [(VALUES, None)] and not not_written(found)


def test_a_text_cell_after_the_label_is_not_written_apart_in_whitespace_rows():
    """`(Address of principal executive offices) (Zip Code)`: one label, or a label and a cell."""
    html = rows(["121 Albright Way", "95032"], ["(Address of principal executive offices)", "(Zip Code)"])
    text = rows(["121 Albright Way", "95032"], ["(Address of principal executive offices) (Zip Code)", ""])
    found = row_differences("whitespace-rows", "schedule", html, text)
    assert [(d.kind, d.not_written) for d in found] == [(ROWS_DIFFER, CELLS_JOINED_BY_SPACES)]
    assert not not_written(row_differences("pipe-prefix", "schedule", html, text))


def test_an_empty_cell_between_is_written_so_moved_texts_are_a_misreading():
    """Whitespace-rows writes an empty cell as a no-break space: a leading gap (`Core EPS` over
    the last column) or a gap between two marks tells the readings apart."""
    assert spaced_line(("", ["", "", "TXT:Core EPS"])) == f"{NBSP} {NBSP} Core EPS"
    html, text = rows(["", "", "", "Core EPS"]), rows(["Core EPS", "", "", ""])
    assert not not_written(row_differences("whitespace-rows", "schedule", html, text))
    html, text = rows(["Share", "*", "", "*"]), rows(["Share", "*", "*", ""])
    assert not not_written(row_differences("whitespace-rows", "schedule", html, text))


def test_missing_rows_and_split_labels_are_misreadings():
    html = rows(["Assets", "", ""], ["Cash and equivalents held", "1", "2"], ["Total", "1", "2"])
    lost = row_differences("pipe-suffix", "schedule", html, rows(["Cash and equivalents held", "1", "2"], ["Total", "1", "2"]))
    assert [(d.kind, d.label, d.not_written) for d in lost] == [(ROWS_MISSING, "Assets", None)]
    split = row_differences("line-per-cell", "schedule", html,
                            rows(["Assets", "", ""], ["Cash and equivalents", "", ""], ["held", "1", "2"], ["Total", "1", "2"]))
    assert [(d.kind, d.not_written) for d in split] == [(LABELS_SPLIT, None)]


def test_a_label_over_two_lines_is_not_written_apart_from_two_rows_where_empty_cells_are_dropped():
    """Mixed writes a text block's table a cell a line and drops empty cells: `Other
    comprehensive income … The Coca-Cola` then `Company` then `$ 422` is one label broken in its
    cell, or a row of no values and a row. Only where the text has those lines in a row; in
    line-per-cell the first row's empty cells would be written."""
    html = rows(["Other comprehensive income attributable to The Coca-Cola Company", "$ 422"])
    text = rows(["Other comprehensive income attributable to The Coca-Cola", ""], ["Company", "$ 422"])
    lines = ("Other comprehensive income attributable to The Coca-Cola", "Company", "$", "422")
    found = row_differences("mixed", "schedule", html, text, lines)
    assert [(d.kind, d.not_written) for d in found] == [(LABELS_SPLIT, CELL_LINES_AS_CELLS)]
    assert not not_written(row_differences("mixed", "schedule", html, text, ("Company", "$", "422")))
    assert not not_written(row_differences("line-per-cell", "schedule", html, text, lines))
    assert not not_written(row_differences("mixed", "report", html, text, lines))


def test_roundtrip_why_lists_every_inexact_table_once(shared):
    """`refold roundtrip --why --json`: a record for each table × flattening not given back
    exactly, none for the exact ones, each with what differs."""
    filing = next((shared / "html" / "filings").glob("nvda-*.gz"))
    doc = json.loads(run("roundtrip", "--why", "--json", "--variant", "pipe-suffix", "--variant", "pipe-prefix",
                         str(filing)).stdout)
    for variant in ("pipe-suffix", "pipe-prefix"):
        scores = doc["scores"][variant]
        mine = [w for w in doc["why"] if w["variant"] == variant]
        assert len(mine) == scores["tables"] - scores["table_exact"] > 0
        assert all(w["differences"] and w["f1"] < 1 or w["differences"][0]["kind"] == "no table" for w in mine)
        assert all(w["not_written"] == all(d["not_written"] for d in w["differences"]) for w in mine)
    assert not any(w["not_written"] for w in doc["why"] if w["variant"] == "pipe-prefix")
