"""`refold eval LABELDIR`: score the parser on hand-labeled pages.

The measures follow the labeled-pages README and the maintainers' scorer (`score.py`), which a
test runs side by side with this module to keep the two in agreement:

* cell precision / recall / F1 over (row label, column, typed value) triples; a section row
  counts as (label, -1, ROW);
* whole-table exact match;
* header token agreement (Jaccard of the header's word tokens, per column).

Values compare as typed: `$ (264)`, `(264)` and `-264` agree; `-`, `—`, `–` are one nil mark;
footnote marks are ignored.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

WS = re.compile(r"\s+")
FOOT = re.compile(r"\[\d+\]")
CUR = re.compile(r"^(?:US\$|\$|RMB|HK\$|€|£|¥|USD|EUR|CAD|C\$|A\$)\s*")
NUM = re.compile(r"^(\()?\s*([-−–]?)\s*(\d[\d,]*(?:\.\d+)?|\.\d+)\s*(\))?\s*(%)?\s*(\))?$")
NIL = {"-", "—", "–", "−", "--", "— —", "none"}


def norm_text(s) -> str:
    if s is None:
        return ""
    return WS.sub(" ", FOOT.sub(" ", str(s))).strip()


def norm_value(s) -> str:
    t = norm_text(s)
    if not t:
        return ""
    u = CUR.sub("", CUR.sub("", t).strip()).strip()
    if u in NIL or u.replace(" ", "") in NIL:
        return "NIL"
    m = NUM.match(u.replace(" ", ""))
    if m:
        open_p, minus, digits, _close, pct, _close2 = m.groups()
        v = float(digits.replace(",", ""))
        if open_p or minus:
            v = -v
        return ("PCT:" if pct else "NUM:") + repr(round(v, 9))
    return "TXT:" + t


def table_rows(table: dict) -> list[tuple[str, list[str]]]:
    out = []
    for r in table.get("rows", []):
        if isinstance(r, dict):
            label, cells = r.get("label", ""), r.get("cells", r.get("values")) or []
        else:
            label, cells = r[0], list(r[1:])
        out.append((norm_text(label), [norm_value(c) for c in cells]))
    return out


def triples(rows) -> Counter:
    c: Counter = Counter()
    for label, values in rows:
        nonempty = [(j, v) for j, v in enumerate(values) if v]
        if not nonempty:
            c[(label, -1, "ROW")] += 1
        for j, v in nonempty:
            c[(label, j, v)] += 1
    return c


def tokens(s) -> set[str]:
    return set(re.findall(r"[a-z0-9$%]+", norm_text(s).lower()))


def header_agreement(expected: list[str], predicted: list[str]) -> float:
    if not expected:
        return 1.0
    scores = []
    for j, e in enumerate(expected):
        te = tokens(e)
        tp = tokens(predicted[j]) if j < len(predicted) else set()
        scores.append(1.0 if not te and not tp else len(te & tp) / len(te | tp))
    return sum(scores) / len(scores)


@dataclass
class TableWhy:
    """A table a flattening does not give back exactly, and what differs (`differences`)."""

    page: str
    variant: str
    index: int  # the table's place among the page's tables
    f1: float
    differences: list  # of differences.Difference

    @property
    def not_written(self) -> bool:
        from refold.differences import not_written

        return not_written(self.differences)


@dataclass
class PageScore:
    name: str
    variant: str
    tp: int = 0
    expected: int = 0
    predicted: int = 0
    exact: int = 0
    tables: int = 0
    headers: list[float] = field(default_factory=list)
    # each expected table with the predicted one it was scored against (None: none shared a value)
    matched: list[tuple[dict, dict | None]] = field(default_factory=list, repr=False)
    why: list[TableWhy] = field(default_factory=list, repr=False)  # filled by `roundtrip(why=True)`

    @property
    def f1(self) -> float:
        return prf(self.tp, self.predicted, self.expected)[2]


def prf(tp: int, n_pred: int, n_exp: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else (1.0 if not n_exp else 0.0)
    r = tp / n_exp if n_exp else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score_page(expected: dict, predicted: dict, name: str = "") -> PageScore:
    """Match each expected table to the unused predicted table sharing most triples."""
    etabs = [t for t in expected.get("tables", []) if t.get("rows")]
    ptabs = list(predicted.get("tables", []))
    score = PageScore(name, expected.get("variant", "?"), tables=len(etabs))
    used: set[int] = set()
    for ti, et in enumerate(etabs):
        erows = table_rows(et)
        ec = triples(erows)
        best = None
        for pi, pt in enumerate(ptabs):
            if pi in used or (et.get("kind") and pt.get("kind") and et["kind"] != pt["kind"]):
                continue
            prows = table_rows(pt)
            if expected.get("truncated") and ti == len(etabs) - 1:
                prows = prows[: len(erows)]
            pc = triples(prows)
            tp = sum((ec & pc).values())
            cand = (tp, -abs(sum(pc.values()) - sum(ec.values())), pi, pc, pt)
            if best is None or cand[:2] > best[:2]:
                best = cand
        n_exp = sum(ec.values())
        score.expected += n_exp
        if best is None or best[0] == 0:
            score.headers.append(0.0)
            score.matched.append((et, None))
            continue
        tp, _, pi, pc, pt = best
        used.add(pi)
        score.matched.append((et, pt))
        n_pred = sum(pc.values())
        score.tp += tp
        score.predicted += n_pred
        score.exact += int(tp == n_exp == n_pred)
        score.headers.append(header_agreement(et.get("columns", []), [norm_text(c) for c in pt.get("columns", [])]))
    kinds = {t.get("kind") for t in etabs}
    for pi, pt in enumerate(ptabs):
        ignored = etabs and etabs[0].get("kind") and pt.get("kind") and pt.get("kind") not in kinds
        if pi not in used and not ignored:
            score.predicted += sum(triples(table_rows(pt)).values())
    return score


@dataclass
class Summary:
    pages: list[PageScore]

    def totals(self, variant: str | None = None) -> dict:
        ps = [p for p in self.pages if variant is None or p.variant == variant]
        tp = sum(p.tp for p in ps)
        n_pred = sum(p.predicted for p in ps)
        n_exp = sum(p.expected for p in ps)
        headers = [h for p in ps for h in p.headers]
        precision, recall, f1 = prf(tp, n_pred, n_exp)
        return {
            "pages": len(ps), "tables": sum(p.tables for p in ps), "cells_expected": n_exp,
            "precision": precision, "recall": recall, "f1": f1,
            "table_exact": sum(p.exact for p in ps),
            "header": sum(headers) / len(headers) if headers else 0.0,
        }


def label_pairs(label_dir: Path) -> list[tuple[str, Path, Path]]:
    pairs = []
    for expected in sorted(label_dir.glob("*.expected.json")):
        name = expected.name[: -len(".expected.json")]
        text = label_dir / f"{name}.txt"
        if text.exists():
            pairs.append((name, text, expected))
    return pairs


def evaluate(label_dir: Path, parse=None) -> Summary:
    """Parse every `NAME.txt` in `label_dir` and score it against `NAME.expected.json`."""
    if parse is None:
        from refold.pipeline import parse
    scores = []
    for name, text_path, expected_path in label_pairs(label_dir):
        expected = json.loads(expected_path.read_text(encoding="utf-8"))
        page = parse(text_path.read_text(encoding="utf-8"), source=text_path.name)
        scores.append(score_page(expected, page.to_dict(), name))
    return Summary(scores)


def expected_from(page) -> dict:
    """A page (read from HTML) in the labeled pages' schema, as the expected side of a score."""
    return {"variant": page.variant, "tables": [
        {"kind": t.kind, "columns": list(t.columns), "rows": [[r.label, *r.cells] for r in t.rows]}
        for t in page.tables]}


def table_why(score: PageScore, variant: str, text: str = "") -> list[TableWhy]:
    """The tables of a scored page that came back inexact, each with its differences (`text`:
    the flattening they were read from, whose lines some checks look at)."""
    from refold.differences import NO_TABLE, Difference, row_differences

    lines = tuple(norm_text(line) for line in text.splitlines())
    out = []
    for k, (et, pt) in enumerate(score.matched):
        erows = table_rows(et)
        if pt is None:
            out.append(TableWhy(score.name, variant, k, 0.0, [Difference(NO_TABLE, erows[0][0] if erows else "")]))
            continue
        prows = table_rows(pt)
        ec, pc = triples(erows), triples(prows)
        if ec == pc:
            continue
        tp = sum((ec & pc).values())
        f1 = prf(tp, sum(pc.values()), sum(ec.values()))[2]
        out.append(TableWhy(score.name, variant, k, f1, row_differences(variant, et.get("kind", ""), erows, prows, lines)))
    return out


def roundtrip(paths, variants, why: bool = False) -> Summary:
    """For each R page: read its HTML (the expected tables), flatten it as each variant, parse
    the text (variant detected), and score what came back. A filing document (`.html`, `.gz`)
    counts as one note page per data table (`flatten.note_pages`). A page that fails to flatten or parse
    scores 0 for that variant, it is not skipped. With `why`, each page's inexact tables carry
    their differences (`PageScore.why`, `refold.differences`)."""
    from refold.flatten import flatten, note_pages
    from refold.htmlread import read_html
    from refold.inputs import read_text
    from refold.pipeline import parse

    scores = []
    for path in paths:
        html = read_text(str(path))
        pages = note_pages(html)
        for k, page in enumerate(pages):
            name = Path(path).name if len(pages) == 1 else f"{Path(path).name}#{k}"
            expected = expected_from(read_html(page, str(path)))
            for variant in variants:
                expected["variant"] = variant
                text = ""
                try:
                    text = flatten(page, variant)
                    predicted = parse(text, source=str(path)).to_dict(meaning=False)
                except Exception:  # noqa: BLE001 - a crash is a score of 0, reported, never hidden
                    predicted = {"tables": []}
                score = score_page(expected, predicted, name)
                if why:
                    score.why = table_why(score, variant, text)
                scores.append(score)
    return Summary(scores)


def sparse_crawl(page) -> str:
    """A page's report table written as a details page's pipe-prefix crawl writes it: title and
    units, each span phrase once (`|3 Months Ended`, `|9 Months Ended`), a date a cell, then each
    row's label and only the values it holds, empty cells dropped. Where a row's values stood
    is then no longer written: the question `placement.py` answers."""
    from refold.placement import RE_SPAN_PHRASE

    table = page.tables[0]
    lines = ["|", page.heading or page.title]
    if page.units and page.units not in lines[1]:
        lines.append(page.units)
    spans: list[str] = []
    for name in table.columns:
        if (m := RE_SPAN_PHRASE.match(name)) and (not spans or spans[-1] != m.group(0)):
            spans.append(m.group(0))
    lines += ["|" + span for span in spans]
    for name in table.columns:
        m = RE_SPAN_PHRASE.match(name)
        lines += ["|", name[m.end():].strip() if m else name]
    for row in table.rows:
        lines += ["|" + row.label, *("|" + cell for cell in row.cells if cell)]
    return "\n".join(lines)


def has_sparse_rows(page) -> bool:
    """One report table of two columns or more, some row holding a value and an empty cell."""
    if len(page.tables) != 1 or page.tables[0].kind != "report" or len(page.tables[0].columns) < 2:
        return False
    return any(any(row.cells) and not all(row.cells) for row in page.tables[0].rows)


def sparse_roundtrip(texts) -> Summary:
    """Placement on real pages: each whitespace-rows page of `texts` ((name, text) pairs), whose
    crawl writes every empty cell (U+00A0), read with a sparse report table (`has_sparse_rows`),
    is written back as a crawl that drops empty cells (`sparse_crawl`) and read again; the
    second reading is scored against the first. Other pages are skipped."""
    from refold.pipeline import parse
    from refold.variants import PIPE_PREFIX, WHITESPACE_ROWS

    scores = []
    for name, text in texts:
        page = parse(text, source=name)
        if page.variant != WHITESPACE_ROWS or not has_sparse_rows(page):
            continue
        expected = expected_from(page)
        expected["variant"] = PIPE_PREFIX
        try:
            predicted = parse(sparse_crawl(page), source=name).to_dict(meaning=False)
        except Exception:  # noqa: BLE001 - a crash is a score of 0, reported, never hidden
            predicted = {"tables": []}
        scores.append(score_page(expected, predicted, name))
    return Summary(scores)
