"""facts.py and hierarchy.py: the tidy long table, its DataFrame / Parquet / CSV forms, row roles."""

import csv
import io
from decimal import Decimal

import pytest

import refold
from refold.facts import FACT_COLUMNS, _fit, decimal_array, page_facts, write_csv

SEED = "seed/R35-cloopen-2023-policies-tables.txt"


@pytest.fixture(scope="module")
def seed_page(shared):
    return refold.parse((shared / SEED).read_text(encoding="utf-8"), source="seed")


def test_one_fact_per_non_empty_cell(seed_page):
    facts = page_facts(seed_page)
    assert len(facts) == sum(1 for t in seed_page.tables for r in t.rows for c in r.cells if c)


def test_a_translated_fact_has_its_period_unit_and_sign(seed_page):
    fact = next(f for f in page_facts(seed_page)
                if f.table == 5 and f.label == "Allowance for credit loss" and f.header == "December 31, US$")
    assert (fact.value, fact.unit, fact.period_end, fact.period_type) == (Decimal(-14035), "USD", "2023-12-31", "instant")
    assert fact.display == "(14,035)" and fact.kind == "number"


def test_ranges_and_percents_are_typed(seed_page):
    facts = page_facts(seed_page)
    assert any(f.kind == "range" for f in facts)
    pct = next(f for f in facts if f.display == "100%")
    assert (pct.kind, pct.value, pct.unit) == ("percent", Decimal(100), "%")


def test_sections_and_totals_in_the_cash_table(seed_page):
    facts = [f for f in page_facts(seed_page) if f.table == 1 and f.column == 0]
    by_label = {f.label: f for f in facts}
    assert by_label["Total cash balances"].role == "total"
    assert by_label["Total cash balances held at HKSAR financial institutions"].role == "subtotal"
    assert by_label["—Denominated in Renminbi (“RMB”)"].section == (
        "Cash balances include deposits in: Financial institutions in the mainland of the PRC")


def test_hierarchy_parents_point_at_totals(seed_page):
    meaning = seed_page.meaning()
    rows = seed_page.tables[1].rows
    infos = meaning.tables[1].rows
    total = next(i for i, r in enumerate(rows) if r.label.startswith("Total cash balances held at mainland"))
    parts = [i for i, info in enumerate(infos) if info.parent == total]
    assert [rows[i].label for i in parts] == ["—Denominated in Renminbi (“RMB”)", "—Denominated in US$"]
    assert all(infos[i].depth > infos[total].depth for i in parts)


def test_dataframe_keeps_decimals(seed_page):
    frame = seed_page.facts()
    assert list(frame.columns) == list(FACT_COLUMNS)
    numbers = frame[frame["kind"] == "number"]["value"]
    assert all(isinstance(v, Decimal) for v in numbers)
    assert frame[(frame.table == 1) & (frame.label == "Total cash balances") & (frame.column == 0)]["value"].item() == Decimal(526740)


def test_parquet_round_trip(seed_page, tmp_path):
    import pyarrow.parquet as pq

    from refold.facts import write_parquet

    facts = page_facts(seed_page)
    write_parquet(facts, tmp_path / "facts.parquet")
    table = pq.read_table(tmp_path / "facts.parquet")
    assert table.num_rows == len(facts)
    values = table.column("value").to_pylist()
    assert [v if v is None else v.normalize() for v in values] == [
        None if f.value is None else f.value.normalize() for f in facts]


def test_csv_has_a_header_and_one_line_per_fact(seed_page):
    out = io.StringIO()
    facts = page_facts(seed_page)
    write_csv(facts, out)
    lines = list(csv.reader(io.StringIO(out.getvalue())))
    assert lines[0] == list(FACT_COLUMNS) and len(lines) == len(facts) + 1


def test_a_number_too_long_for_decimal128_is_stored_as_null(tmp_path):
    """Glued cells can make a 30-digit "number"; Parquet stores null for it, and the row's display
    keeps the text, instead of the batch stopping on a decimal overflow."""
    pa = pytest.importorskip("pyarrow")
    from refold.facts import _fit, arrow_table

    assert _fit(Decimal("1" * 30)) is None
    assert _fit(Decimal("1234.56789012345")) == Decimal("1234.5678901234")
    page = refold.parse("|\nT (Details) - USD ($)\n|\nDec. 31, 2023\n|Huge\n|" + "9" * 30 + "\n|Cash\n|5\n")
    table = arrow_table(page_facts(page))
    rows = {r["label"]: r for r in table.to_pylist()}
    assert rows["Huge"]["value"] is None and rows["Huge"]["display"] == "9" * 30
    assert rows["Cash"]["value"] == Decimal(5) and isinstance(table.schema.field("value").type, pa.Decimal128Type)


@pytest.mark.parametrize("values", [
    [Decimal("1234"), Decimal("-12.5"), None, Decimal("1E+3")],  # as they are: no value fitted
    [Decimal("1234"), Decimal("0.123456789012"), None],  # a fraction past ten places: rounded
    [Decimal("1234"), Decimal("1" + "0" * 30)],  # too long for Decimal128: null
])
def test_the_value_column_is_what_fitting_each_value_gives(values):
    """`decimal_array` converts a column as it is when it can, and fits it value by value when
    not; either way the column holds what `_fit` gives each value."""
    assert decimal_array(values).to_pylist() == [_fit(v) for v in values]
