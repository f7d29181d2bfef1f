"""exports.py: every format written, and read back equal where the format allows."""

import csv
import io
import json
import subprocess
import sys
from decimal import Decimal

import pytest

import refold
from refold.exports import (
    header_levels, merged_header_rows, page_to_html, page_to_markdown, page_to_xlsx, read_xlsx_table,
    table_rows, table_to_csv,
)
from refold.model import Page, Row, Table

SEED = "seed/R35-cloopen-2023-policies-tables.txt"


@pytest.fixture(scope="module")
def seed(shared):
    return refold.parse((shared / SEED).read_text(encoding="utf-8"), source="seed")


def test_csv_reads_back_equal(seed):
    for table in seed.tables:
        assert list(csv.reader(io.StringIO(table_to_csv(table)))) == table_rows(table)


def test_xlsx_reads_back_equal(seed, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "seed.xlsx"
    page_to_xlsx(seed, path)
    meaning = seed.meaning()
    book = load_workbook(path)
    assert len(book.worksheets) == len(seed.tables)
    for t, table in enumerate(seed.tables):
        depth = len(merged_header_rows(table))
        body = read_xlsx_table(path, t, depth)
        for r, row in enumerate(table.rows):
            assert body[r][0] == row.label
            for c, display in enumerate(row.cells):
                got = body[r][c + 1]
                value = meaning.tables[t].values[r][c]
                if not display:
                    assert got is None
                elif value.kind in ("number", "nil"):
                    assert Decimal(str(got)) == value.number  # a number, not text
                elif value.kind == "percent":
                    assert Decimal(str(got)) * 100 == value.number
                else:
                    assert got == display


def test_xlsx_formats_merges_and_bold_totals(seed, tmp_path):
    from openpyxl import load_workbook

    path = tmp_path / "seed.xlsx"
    page_to_xlsx(seed, path)
    sheet = load_workbook(path).worksheets[5]  # accounts receivable: "December 31," over three columns
    assert "B1:D1" in {str(r) for r in sheet.merged_cells.ranges}
    allowance = next(row for row in sheet.iter_rows(min_row=4) if row[0].value == "Allowance for credit loss")
    assert allowance[1].value == -81247 and allowance[1].number_format == "#,##0;(#,##0)"
    cash = load_workbook(path).worksheets[1]
    total = next(row for row in cash.iter_rows() if row[0].value == "Total cash balances")
    assert total[0].font.bold and total[1].font.bold
    ownership = load_workbook(path).worksheets[0]
    assert ownership["C3"].value == 1 and ownership["C3"].number_format == "0%"  # 100% stored as 1


def test_dataframe_multiindex_and_decimals(seed):
    frame = seed.tables[5].to_dataframe()
    assert frame.columns.nlevels == 3
    assert frame.loc["Allowance for credit loss", ("December 31,", "", "US$")] == Decimal(-14035)
    floats = seed.tables[5].to_dataframe(as_float=True)
    assert str(floats.dtypes.iloc[0]) == "float64"
    assert floats.loc["Accounts receivable, net"].sum() == 133676 + 144125 + 20300


def test_markdown_and_html_escape_what_they_show():
    table = Table("schedule", ("a|b", "<i>c</i>"), (Row("x <script>alert(1)</script>", ("1|2", "3")),
                                                   Row("Total", ("4", "5"), "total")))
    page = Page(source="t", variant="test", title="<b>T</b>", units="", columns=(), tables=(table,))
    md = page_to_markdown(page)
    assert "a\\|b" in md and "1\\|2" in md and "| **Total** |" in md
    out = page_to_html(page)
    assert "<script>" not in out and "&lt;script&gt;" in out and "&lt;i&gt;c&lt;/i&gt;" in out
    assert '<tr class="total">' in out


def test_header_levels_merge_under_the_same_parent(seed):
    rows = merged_header_rows(seed.tables[5])
    assert rows[0] == [("December 31,", 3)]
    assert rows[1] == [("2022", 1), ("2023", 1), ("", 1)]
    assert header_levels(seed.tables[0]) == [("Palace of Incorporation",), ("Percentage of ownership",)]


@pytest.mark.parametrize("fmt", ["csv", "json", "md", "html", "xlsx", "parquet"])
def test_cli_export_every_format(shared, tmp_path, fmt):
    target = tmp_path / f"seed.{fmt}"
    out = subprocess.run([sys.executable, "-m", "refold.cli", "export", str(shared / SEED), "--to", fmt,
                          "-o", str(target)], capture_output=True, timeout=120)
    assert out.returncode == 0, out.stderr
    written = sorted(tmp_path.iterdir())
    assert written and all(p.stat().st_size > 0 for p in written)
    if fmt == "csv":
        assert len(written) == 9  # one file per table
    if fmt == "json":
        assert json.loads(target.read_text())["title"].startswith("SUMMARY")


def test_cli_export_long_csv_to_stdout(shared):
    out = subprocess.run([sys.executable, "-m", "refold.cli", "export", str(shared / SEED), "--to", "csv", "--long"],
                         capture_output=True, timeout=120)
    assert out.stdout.decode().startswith("page,table,row,label")


def test_cli_binary_export_needs_a_path(shared):
    out = subprocess.run([sys.executable, "-m", "refold.cli", "export", str(shared / SEED), "--to", "xlsx"],
                         capture_output=True, timeout=120)
    assert out.returncode == 2 and b"-o" in out.stderr
