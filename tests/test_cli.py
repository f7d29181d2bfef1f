"""The command line: parse, explain, eval, and one-line errors for bad input."""

import json
import subprocess
import sys

import pytest

SEED = "seed/R35-cloopen-2023-policies-tables.txt"


def run(*args, stdin=None):
    return subprocess.run([sys.executable, "-m", "refold.cli", *args], capture_output=True,
                          input=stdin, timeout=120)


def test_parse_json_document(shared):
    out = run("parse", str(shared / SEED), "--json")
    assert out.returncode == 0, out.stderr
    doc = json.loads(out.stdout)
    assert set(doc) >= {"source", "variant", "title", "units", "columns", "tables", "definitions",
                        "unplaced", "warnings"}
    table = doc["tables"][1]
    assert set(table) >= {"kind", "block", "caption", "prose", "columns", "rows"}
    assert set(table["rows"][0]) >= {"label", "cells"}


def test_parse_renders_tables(shared):
    out = run("parse", str(shared / SEED), "--no-color")
    assert out.returncode == 0
    assert "Total cash balances held at financial institutions" in out.stdout.decode()
    assert "526,717" in out.stdout.decode()


def test_parse_reads_stdin():
    out = run("parse", "-", "--json", stdin="|\nT (Details) - USD ($)\n|\nDec. 31, 2023\n|Cash\n|$ 5".encode())
    assert json.loads(out.stdout)["tables"][0]["rows"][0]["cells"] == ["$ 5"]


def test_explain_maps_lines_to_cells(shared):
    out = run("explain", str(shared / SEED), "--no-color").stdout.decode()
    assert "table 2 row 0 label" in out and "title" in out


def test_eval_prints_figures(shared):
    out = run("eval", str(shared / "corpus" / "labeled"))
    assert out.returncode == 0
    assert "pipe-prefix" in out.stdout.decode() and "worst pages" in out.stdout.decode()


@pytest.mark.parametrize("data,message", [
    (b"", b"empty input"),
    (b"\x00\x01\x02binary\x00\x00stuff", b"binary input"),
])
def test_bad_input_is_one_line_and_exit_2(tmp_path, data, message):
    path = tmp_path / "page.txt"
    path.write_bytes(data)
    out = run("parse", str(path))
    assert out.returncode == 2
    assert message in out.stderr and b"Traceback" not in out.stderr
    assert out.stderr.count(b"\n") == 1


def test_missing_file():
    out = run("parse", "/no/such/page.txt")
    assert out.returncode == 2 and b"no such file" in out.stderr


def test_import_refold_stays_light():
    """The core parse imports nothing heavy: a worker process stays small and the CLI starts fast."""
    code = ("import sys, refold; refold.parse('|Cash\\n|5');"
            "print(sorted(m for m in ('rich', 'pandas', 'pyarrow', 'lxml', 'numpy') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_text_that_is_no_report_page(tmp_path):
    path = tmp_path / "poem.txt"
    path.write_text("Roses are red\nand this is no filing\n")
    out = run("parse", str(path))
    assert out.returncode == 2
    assert b"no report page found" in out.stderr and out.stderr.count(b"\n") == 1


def test_debug_shows_the_traceback(tmp_path):
    path = tmp_path / "empty.txt"
    path.write_text("")
    out = subprocess.run([sys.executable, "-m", "refold.cli", "--debug", "parse", str(path)],
                         capture_output=True, timeout=60)
    assert out.returncode != 0 and b"Traceback" in out.stderr and b"InputError" in out.stderr


def test_check_json_lists_relations(shared):
    out = run("check", str(shared / SEED), "--json", "--strict")
    assert out.returncode == 0, out.stderr
    checks = json.loads(out.stdout)
    assert {c["kind"] for c in checks} == {"sum", "rollforward", "cross-table", "translation"}
    assert all({"kind", "table", "rows", "status"} <= set(c) for c in checks)
    assert next(c for c in checks if c["kind"] == "translation")["rate"] == "7.0999"


MISMATCHED = "\n".join([
    "|", "Balances (Details) - USD ($)", "|", "Dec. 31, 2023", "|", "Dec. 31, 2022", "|", "Dec. 31, 2021",
    "|Cash", "|10", "|20", "|30", "|Deposits", "|5", "|6", "|7", "|Total cash and deposits", "|15", "|26", "|99",
])


def test_check_strict_fails_on_a_mismatch():
    out = run("check", "-", "--json", "--strict", stdin=MISMATCHED.encode())
    assert out.returncode == 1
    [check] = json.loads(out.stdout)
    assert check["status"] == "mismatch" and check["total"] == "Total cash and deposits"
    assert [c["status"] for c in check["cells"]] == ["ok", "ok", "mismatch"]
    assert run("check", "-", "--json", stdin=MISMATCHED.encode()).returncode == 0  # reported, not fatal


def test_facts_csv_and_parquet(shared, tmp_path):
    out = run("facts", str(shared / SEED), "--csv")
    assert out.returncode == 0
    assert out.stdout.decode().splitlines()[0].startswith("page,table,row,label,section")
    target = tmp_path / "f.parquet"
    assert run("facts", str(shared / SEED), "--parquet", str(target)).returncode == 0
    assert target.stat().st_size > 0


def test_sparse_scores_pages_rewritten_without_their_empty_cells(tmp_path):
    """`refold sparse`: a whitespace-rows page with sparse rows is scored (one page, its cells
    counted); a page with none is skipped (no page)."""
    from pathlib import Path

    page = Path(__file__).parent / "sparse" / "w98.txt"
    out = run("sparse", str(page), "--json")
    assert out.returncode == 0, out.stderr
    totals = json.loads(out.stdout)
    assert totals["pages"] == 1 and totals["cells_expected"] > 10 and 0 < totals["f1"] <= 1
    full = tmp_path / "full.txt"
    full.write_text("XML 1 R2.htm IDEA: XBRL DOCUMENT\nT - USD ($)\nDec. 31, 2023\nDec. 31, 2022\nCash $ 5 $ 6\n")
    assert json.loads(run("sparse", str(full), "--json").stdout)["pages"] == 0
