"""Every number refold reads from the Apple 10-Q's R pages (HTML) against the filing's own XBRL
instance: the same concept, period and value (scale applied). The bundle is
../shared/html/aapl-10q-2025q2.tar.gz (42 R pages, the instance, the linkbases)."""

import tarfile

import pytest

import refold
from refold.xbrl import match_page, read_instance

BUNDLE = "html/aapl-10q-2025q2.tar.gz"


@pytest.fixture(scope="module")
def bundle(shared):
    with tarfile.open(shared / BUNDLE) as tar:
        members = {m.name.rsplit("/", 1)[-1]: tar.extractfile(m).read() for m in tar.getmembers() if m.isfile()}
    return members


def test_instance_facts(bundle):
    facts = read_instance(bundle["aapl-20250329_htm.xml"])
    assert len(facts) == 672  # every fact with a unit
    revenue = [f for f in facts if f.concept == "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax"
               and f.end == "2025-03-29" and f.start == "2024-12-29" and not f.dimensions]
    assert revenue and {f.value for f in revenue} == {95359000000}  # the instance may repeat a fact


def test_r_page_numbers_are_facts_of_the_instance(bundle):
    facts = read_instance(bundle["aapl-20250329_htm.xml"])
    pages = sorted((name for name in bundle if name.startswith("R") and name.endswith(".htm")),
                   key=lambda n: int(n[1:-4]))
    assert len(pages) == 42
    numbers = matched = 0
    unmatched = []
    for name in pages:
        report = match_page(refold.read_html(bundle[name].decode("utf-8"), name), facts)
        numbers += report.numbers
        matched += report.exact + report.absolute
        unmatched += [(name, *u) for u in report.unmatched]
    assert numbers > 600
    # measured: 619 of 621; the two left are a count of vendors ("2") in a column whose units
    # line says "USD ($) Vendor", read with the page's $ scale
    assert matched / numbers >= 0.99, unmatched
    assert all(concept == "aapl:NumberOfSignificantVendors" for _, concept, _, _ in unmatched), unmatched


@pytest.mark.parametrize("variant", ["pipe-prefix", "mixed", "line-per-cell", "blank-line", "pipe-suffix",
                                     "whitespace-rows"])
def test_flattened_r_pages_match_the_instance_through_labels(bundle, variant):
    """The same R pages flattened as a crawl stores them (refold.flatten), parsed as text, with
    each row's concept found through its label in the filing's label linkbase. Only the report
    tables count, as for the HTML: their rows are the ones the R page ties to concepts."""
    from dataclasses import replace

    from refold.flatten import flatten
    from refold.xbrl import concepts_from_labels, read_labels

    facts = read_instance(bundle["aapl-20250329_htm.xml"])
    labels = read_labels(bundle["aapl-20250329_lab.xml"])
    numbers = matched = 0
    for name in (n for n in bundle if n.startswith("R") and n.endswith(".htm")):
        page = concepts_from_labels(refold.parse(flatten(bundle[name].decode("utf-8"), variant)), labels)
        page = replace(page, tables=tuple(t for t in page.tables if t.kind == "report"))
        report = match_page(page, facts)
        numbers += report.numbers
        matched += report.exact + report.absolute
    # measured: 619/621 for every variant but pipe-suffix (as the HTML), 617/621 pipe-suffix
    # (empty cells dropped: a lone value's column is a guess where no sum or roll-forward settles it)
    assert numbers >= 600
    assert matched / numbers >= (0.98 if variant == "pipe-suffix" else 0.99)


def test_labels_name_concepts(bundle):
    from refold.xbrl import label_key, read_labels

    labels = read_labels(bundle["aapl-20250329_lab.xml"])
    assert "us-gaap:RevenueFromContractWithCustomerExcludingAssessedTax" in labels[label_key("Net sales")]
    assert label_key("Net income [1]") == "net income"
