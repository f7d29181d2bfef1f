"""Rows -> their place in the table: sections, items, subtotals, totals, balances.

Labels say some of it (a row with no values opens a section; `Total …`, `…, net` close one; a
leading `—` indents), the page's arithmetic says the rest: a row that the sums found to be a total
is the parent of its parts, and closes the section its parts opened.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from refold.checks import Check, is_balance
from refold.model import Table

RE_INDENT_MARKS = re.compile(r"^(?:[—–\-]\s?)+")
RE_TOTAL_LABEL = re.compile(r"^(?:total|sub-?total)\b", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class RowInfo:
    """role: section | item | subtotal | total | balance; `path` is the enclosing sections' labels;
    `parent` is the index of the row this row adds into, when the sums found one."""

    role: str
    depth: int
    path: tuple[str, ...] = ()
    parent: int | None = None

    def to_dict(self) -> dict:
        out: dict = {"role": self.role, "depth": self.depth}
        if self.path:
            out["path"] = list(self.path)
        if self.parent is not None:
            out["parent"] = self.parent
        return out


def indent_of(label: str) -> int:
    """`—Denominated in US$` is one level in; `— — Other` two."""
    m = RE_INDENT_MARKS.match(label)
    return m[0].count("—") + m[0].count("–") + m[0].count("-") if m else 0


def sum_parents(table_index: int, checks: list[Check]) -> tuple[dict[int, int], set[int]]:
    """Each part's total, and the rows that are verified totals."""
    parents: dict[int, int] = {}
    totals: set[int] = set()
    for check in checks:
        if check.kind != "sum" or check.tables != (table_index,):
            continue
        total = check.row_indices[0][1]
        totals.add(total)
        for _, part in check.row_indices[1:]:
            parents[part] = total
    return parents, totals


def read_hierarchy(table: Table, table_index: int, checks: list[Check]) -> tuple[RowInfo, ...]:
    parents, totals = sum_parents(table_index, checks)
    first_part_of: dict[int, int] = {}  # total row -> its first part, to close the section that part opened
    for part, total in parents.items():
        first_part_of[total] = min(part, first_part_of.get(total, part))
    stack: list[tuple[str, int, bool]] = []  # (label, row, has rows)
    out = []
    for r, row in enumerate(table.rows):
        depth = indent_of(row.label)
        if row.is_section and row.label:
            if stack and stack[-1][2]:
                stack.pop()  # a section that already held rows and was not closed: a sibling follows
            out.append(RowInfo("section", depth + len(stack), tuple(s[0] for s in stack)))
            stack.append((row.label, r, False))
            continue
        if r in first_part_of:
            opened_by = first_part_of[r] - 1
            while stack and stack[-1][1] >= opened_by:
                stack.pop()
        if stack:
            stack[-1] = (stack[-1][0], stack[-1][1], True)
        role = role_of(row.label, r, parents, totals)
        out.append(RowInfo(role, depth + len(stack), tuple(s[0] for s in stack), parents.get(r)))
    return tuple(out)


def role_of(label: str, r: int, parents: dict[int, int], totals: set[int]) -> str:
    if r in totals:
        return "subtotal" if r in parents else "total"
    if is_balance(label):
        return "balance"
    if RE_TOTAL_LABEL.match(label):
        return "total"  # says so, though the sums could not confirm it
    return "item"
