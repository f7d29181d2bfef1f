"""An XBRL instance's numeric facts, and how many of a page's numbers they confirm.

`read_instance(xml)` gives every numeric fact: concept (`us-gaap:Revenues`), period (start and
end, or an instant), dimensions, unit and value. `match_page(page, facts)` looks up every number
refold read with a concept (R-page HTML rows carry one): the same concept, the same period end
(and start, for durations), and the same value once the scale is applied. R pages show some
values negated for presentation (a "negated label"), so a match on the absolute value is counted
apart. This is the ground truth the HTML path is held to.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation

XBRLI = "{http://www.xbrl.org/2003/instance}"
XBRLDI = "{http://xbrl.org/2006/xbrldi}"


@dataclass(frozen=True, slots=True)
class XbrlFact:
    concept: str
    start: str | None  # ISO dates; None for an instant
    end: str
    dimensions: tuple[tuple[str, str], ...]
    unit: str | None
    value: Decimal


def read_instance(xml: bytes) -> list[XbrlFact]:
    from lxml import etree

    root = etree.fromstring(xml)
    prefixes = {uri: prefix for prefix, uri in root.nsmap.items() if prefix}
    contexts: dict[str, tuple[str | None, str, tuple]] = {}
    for context in root.iter(f"{XBRLI}context"):
        period = context.find(f"{XBRLI}period")
        instant = period.findtext(f"{XBRLI}instant")
        start, end = (None, instant) if instant else (period.findtext(f"{XBRLI}startDate"), period.findtext(f"{XBRLI}endDate"))
        dims = tuple(sorted((m.get("dimension"), (m.text or "").strip()) for m in context.iter(f"{XBRLDI}explicitMember")))
        contexts[context.get("id")] = (start, end, dims)
    facts = []
    for element in root:
        if not isinstance(element.tag, str) or element.get("contextRef") is None or element.get("unitRef") is None:
            continue
        uri, _, name = element.tag[1:].partition("}")
        try:
            value = Decimal((element.text or "").strip())
        except InvalidOperation:
            continue
        start, end, dims = contexts[element.get("contextRef")]
        facts.append(XbrlFact(f"{prefixes.get(uri, uri)}:{name}", start, end, dims, element.get("unitRef"), value))
    return facts


@dataclass(frozen=True, slots=True)
class MatchReport:
    numbers: int  # numeric cells with a concept the instance has numeric facts for, in a dated column
    exact: int  # concept, period and signed value all match a fact
    absolute: int  # matched only up to sign (a negated label)
    unmatched: tuple[tuple[str, str, str], ...]  # (concept, column, display) of the rest
    not_numeric: int = 0  # cells that read as numbers but whose concept is text in the instance (a ZIP code)

    @property
    def share(self) -> float:
        return (self.exact + self.absolute) / self.numbers if self.numbers else 0.0


XLINK = "{http://www.w3.org/1999/xlink}"
LINK = "{http://www.xbrl.org/2003/linkbase}"
_MARKS = re.compile(r"\s*\[\d{1,3}\]")


def label_key(text: str) -> str:
    """A label as the lookup compares it: footnote marks dropped, spaces folded, case ignored."""
    return " ".join(_MARKS.sub(" ", text).split()).lower()


def read_labels(xml: bytes) -> dict[str, set[str]]:
    """The label linkbase as label text -> the concepts that use it (every role: terse, total,
    period start and end, negated…, which is how R pages show a row)."""
    from lxml import etree

    root = etree.fromstring(xml)
    concept_of = {}
    for loc in root.iter(f"{LINK}loc"):
        fragment = loc.get(f"{XLINK}href", "").rpartition("#")[2]
        prefix, _, name = fragment.partition("_")
        concept_of[loc.get(f"{XLINK}label")] = f"{prefix}:{name}"
    texts: dict[str, list[str]] = defaultdict(list)
    for label in root.iter(f"{LINK}label"):
        texts[label.get(f"{XLINK}label")].append(label.text or "")
    by_text: dict[str, set[str]] = defaultdict(set)
    for arc in root.iter(f"{LINK}labelArc"):
        concept = concept_of.get(arc.get(f"{XLINK}from"))
        for text in texts.get(arc.get(f"{XLINK}to"), []):
            if concept:
                by_text[label_key(text)].add(concept)
    return dict(by_text)


def concepts_from_labels(page, labels: dict[str, set[str]]):
    """The page with each row that names no concept given the concepts its label stands for in
    the filing's label linkbase (flattened text loses the concept; the label keeps it). A label
    several concepts share gives them all, joined by spaces; the match then needs the value too."""
    from dataclasses import replace

    def named(row):
        if row.concept:
            return row
        found = labels.get(label_key(row.label)) or labels.get(label_key(row.label.rpartition(" | ")[0]))
        return replace(row, concept=" ".join(sorted(found))) if found else row

    return replace(page, tables=tuple(replace(t, rows=tuple(named(r) for r in t.rows)) for t in page.tables))


def match_page(page, facts: list[XbrlFact]) -> MatchReport:
    """See the module docstring. A row's concept may be several, space-separated (a label shared
    by several concepts, `concepts_from_labels`): any of them with the cell's period and value
    is a match."""
    from refold.facts import page_facts

    index: dict[tuple[str, str], list[XbrlFact]] = defaultdict(list)
    numeric_concepts = set()
    for fact in facts:
        index[(fact.concept, fact.end)].append(fact)
        numeric_concepts.add(fact.concept)
    numeric_instants: dict[str, list[XbrlFact]] = defaultdict(list)
    for fact in facts:
        if fact.start is None:
            numeric_instants[fact.concept].append(fact)
    numbers = exact = absolute = not_numeric = 0
    unmatched = []
    for cell in page_facts(page):
        if cell.kind not in ("number", "percent") or cell.concept is None or cell.period_end is None or cell.value is None:
            continue
        concepts = [c for c in cell.concept.split() if c in numeric_concepts]
        if not concepts:
            not_numeric += 1
            continue
        numbers += 1
        value = cell.value / 100 if cell.kind == "percent" else cell.value
        # the period's end must agree and its kind (duration or instant); its start is not compared,
        # because a 52/53-week fiscal period's start is not "end minus N months"
        duration = cell.period_type == "duration"
        candidates = [f for c in concepts for f in index.get((c, cell.period_end), [])
                      if (f.start is not None) == duration or cell.period_type not in ("duration", "instant")]
        if duration and not any(abs(f.value) == abs(value) for f in candidates):
            # a balance in a roll-forward: an instant at the period's end, or just before its start
            candidates = [f for c in concepts
                          for f in opening_or_closing(index, numeric_instants, replace(cell, concept=c))]
        if any(f.value == value for f in candidates):
            exact += 1
        elif any(abs(f.value) == abs(value) for f in candidates):
            absolute += 1
        else:
            unmatched.append((cell.concept, cell.header, cell.display))
    return MatchReport(numbers, exact, absolute, tuple(unmatched), not_numeric)


def opening_or_closing(index, instants, cell) -> list[XbrlFact]:
    """Instant facts of the cell's concept at the column's end, or within 10 days before the
    column's start (a 52/53-week year starts a few days off the calendar estimate)."""
    from datetime import date, timedelta

    closing = [f for f in index.get((cell.concept, cell.period_end), []) if f.start is None]
    if not cell.period_start:
        return closing
    start = date.fromisoformat(cell.period_start)
    window = {(start - timedelta(days=d)).isoformat() for d in range(-10, 11)}
    return closing + [f for f in instants.get(cell.concept, []) if f.end in window]
