"""The `--json` document: a `Page` as plain JSON-able data (schema in the README)."""

from __future__ import annotations

from refold.model import BlockInfo, Definition, Page, Row, Table


def row_to_dict(row: Row) -> dict:
    out = {"label": row.label, "cells": list(row.cells), "kind": row.kind}
    if row.span:
        out["lines"] = str(row.span)
    if row.concept:
        out["concept"] = row.concept
    return out


def table_to_dict(table: Table) -> dict:
    return {
        "kind": table.kind,
        "block": table.block,
        "caption": table.caption,
        "prose": list(table.prose),
        "columns": list(table.columns),
        "rows": [row_to_dict(r) for r in table.rows],
        "header_rows": [list(r) for r in table.header_rows],
        "units": table.units,
        "footnotes": list(table.footnotes),
        "layout": table.layout,
        "column_levels": [list(levels) for levels in table.column_levels],
        "lines": str(table.span) if table.span else None,
    }


def definition_to_dict(d: Definition) -> dict:
    return {"text": d.text, "references": list(d.references), "lines": str(d.span)}


def block_to_dict(b: BlockInfo) -> dict:
    return {"label": b.label, "prose": list(b.prose), "tables": list(b.tables),
            "lines": str(b.span) if b.span else None}


def add_meaning(out: dict, page: Page) -> None:
    """Beside each display string its typed value; per table the columns' periods and the rows'
    roles; per page the checks."""
    from refold.meaning import understand

    meaning = understand(page)
    for table_out, tm in zip(out["tables"], meaning.tables):
        table_out["column_info"] = [c.to_dict() for c in tm.columns]
        for row_out, values, info in zip(table_out["rows"], tm.values, tm.rows):
            row_out["values"] = [v.to_dict() for v in values]
            row_out.update(info.to_dict())
    out["checks"] = [c.to_dict() for c in meaning.checks]


def page_to_dict(page: Page, meaning: bool = True) -> dict:
    out = {
        "source": page.source,
        "variant": page.variant,
        "title": page.title,
        "heading": page.heading,
        "units": page.units,
        "columns": list(page.columns),
        "header": list(page.header),
        "tables": [table_to_dict(t) for t in page.tables],
        "prose": list(page.prose),
        "text_blocks": [block_to_dict(b) for b in page.text_blocks],
        "abstract_rows": list(page.abstract_rows),
        "definitions": [definition_to_dict(d) for d in page.definitions],
        "unplaced": list(page.unplaced),
        "warnings": list(page.warnings),
        "preamble": list(page.preamble),
    }
    if meaning:
        add_meaning(out, page)
    return out
