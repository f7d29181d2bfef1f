"""No crash, no hang, no silent loss, whatever the input (issue: reliability and safety).

Every input returns a `Page` (possibly with warnings) or raises a `RefoldError`; never another
exception. Every non-whitespace character of a parsed input reaches the output.
"""

import codecs
import json
import re
import signal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import refold
from refold import (
    accounting, amounts, cells, checks, frame, grid, header, hierarchy, inline, kinds, meaning, periods, placement, rows,
    textblock, values, variants,
)
from refold.accounting import unaccounted
from refold.errors import InputError, RefoldError
from refold.inputs import decode

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
PIECES = ["|", "|X", "X", "- Definition", "+ References", "- References", "+ Details", "(81,247", ")",
          "%", "|%", "|)", "$", "|$", "Dec. 31, 2023", "|12 Months Ended", "|2023", "2022", "|Total cash",
          "—", "|—", "| | |", "[1]", "|[1]", "Cash on hand", "The following table lists:", "RMB", "|US$",
          "|(5", "|100", "|Segment [Member] | A", "$ in Thousands", "Title (Details) - USD ($)", "|\t",
          "\u00a0", "|Balance sheet components", "Restricted Cash", "|Current assets:", "|1,234", ""]


def check(text):
    page = refold.parse(text)
    assert isinstance(page, refold.Page)
    assert not unaccounted(text, page)
    page.to_json()  # the document can always be written
    return page


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(PIECES), st.text(max_size=30)), max_size=120))
def test_random_structural_text(lines):
    """Lines drawn from the page's own vocabulary, mixed with arbitrary unicode."""
    check("\n".join(lines))


@SETTINGS
@given(st.text(max_size=2000))
def test_arbitrary_unicode(text):
    check(text)


@SETTINGS
@given(st.binary(max_size=2000))
def test_random_bytes_give_a_page_or_an_input_error(data):
    try:
        page = refold.parse(data)
    except InputError:
        return
    assert isinstance(page, refold.Page)


def corpus(shared):
    with open(shared / "corpus" / "pages.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


MUTATIONS = ["delete", "duplicate", "swap", "strip_pipe", "add_pipe", "truncate"]


def mutate(text, ops):
    lines = text.split("\n")
    for op, where in ops:
        if not lines:
            break
        i = where % len(lines)
        j = (where * 7 + 3) % len(lines)
        if op == "delete":
            del lines[i]
        elif op == "duplicate":
            lines.insert(i, lines[i])
        elif op == "swap":
            lines[i], lines[j] = lines[j], lines[i]
        elif op == "strip_pipe":
            lines[i] = lines[i].lstrip("|")
        elif op == "add_pipe":
            lines[i] = "|" + lines[i]
        elif op == "truncate":
            lines = lines[: i + 1]
            lines[-1] = lines[-1][: where % (len(lines[-1]) + 1)]
    return "\n".join(lines)


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.data())
def test_mutated_corpus_pages(shared, data):
    """Every corpus page with lines deleted, duplicated, swapped, pipes removed or added, or cut."""
    pages = corpus(shared)
    text = pages[data.draw(st.integers(0, len(pages) - 1))]
    ops = data.draw(st.lists(st.tuples(st.sampled_from(MUTATIONS), st.integers(0, 10_000)),
                             min_size=1, max_size=6))
    check(mutate(text, ops))


def test_single_50_mb_line():
    """One 50 MB line: no regex runs on it, the parse returns."""
    page = refold.parse("1,234 " * (50 * 1024 * 1024 // 6))
    assert page.warnings


def test_huge_table_and_only_pipes():
    rows = "".join(f"|Row {i}\n|{i:,}\n|({i}\n|)\n" for i in range(20_000))
    page = check("|\nBig (Details) - USD ($)\n|\nDec. 31, 2023\n|\nDec. 31, 2022\n" + rows)
    assert len(page.tables[0].rows) == 20_000
    check("|\n" * 200_000)


def test_deeply_nested_html_is_text_not_a_crash():
    check("<div>" * 50_000 + "cash" + "</div>" * 50_000)
    check("<table><tr><td>" * 5_000 + "|Cash\n|5")


def test_regression_inputs(shared):
    """Inputs that once crashed or lost text (found by fuzzing) stay fixed."""
    for path in sorted((Path(__file__).parent / "regressions").glob("*")):
        try:
            check(decode(path.read_bytes()))
        except InputError:
            pass


# --------------------------------------------------------------------------- regular expressions

MODULES = [kinds, cells, frame, header, textblock, amounts, accounting, values, periods, checks, meaning,
           hierarchy, placement, rows, variants, grid, inline]
ADVERSARIAL = ["1" * 20_000, "1," * 10_000, "(" * 10_000 + "1", " " * 20_000 + "x", "a " * 10_000 + "-",
               "$ " * 10_000, "Dec. " * 5_000, "1 in Thousands, " * 2_000 + "!", "[1]," * 5_000 + "x",
               "- " * 10_000 + "USD ($)!", "(USD $) " * 3_000 + "(", "3-" * 10_000 + "years!",
               "Three Months " * 2_000 + "Ended x", ". " * 10_000, "%" * 20_000 + "1",
               "1" * 20_000 + "x", "1 " * 10_000 + "x", "(1)" * 5_000 + "x"]


def compiled_patterns():
    for module in MODULES:
        for name, value in vars(module).items():
            if isinstance(value, re.Pattern):
                yield f"{module.__name__}.{name}", value


@pytest.mark.parametrize("name,pattern", list(compiled_patterns()), ids=lambda x: x if isinstance(x, str) else "")
def test_no_regex_backtracks_catastrophically(name, pattern):
    """Each pattern against long strings built to make a backtracking regex explode. A linear
    regex answers in milliseconds; the alarm only turns a hang into a failure."""
    def hang(*_):
        raise TimeoutError(f"{name} did not finish on an adversarial input")

    previous = signal.signal(signal.SIGALRM, hang)
    try:
        for text in ADVERSARIAL:
            signal.alarm(10)
            pattern.match(text)
            pattern.search(text)
            pattern.fullmatch(text)  # a pattern used whole must fail fast when the end does not fit
            signal.alarm(0)
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


# --------------------------------------------------------------------------- decoding

@pytest.mark.parametrize("data,text", [
    (codecs.BOM_UTF8 + "|Café".encode(), "|Café"),
    (codecs.BOM_UTF16_LE + "|Café".encode("utf-16-le"), "|Café"),
    (codecs.BOM_UTF16_BE + "|Café".encode("utf-16-be"), "|Café"),
    ("|Cash and cash equivalents".encode("utf-16-le"), "|Cash and cash equivalents"),
    ("|Caf\u00e9 \u2014 \u201cRMB\u201d".encode("cp1252"), "|Caf\u00e9 \u2014 \u201cRMB\u201d"),
    ("|plain".encode(), "|plain"),
])
def test_decoding_rule(data, text):
    """BOM first, then UTF-8, then BOM-less UTF-16, then cp1252."""
    assert decode(data) == text


def test_binary_is_refused():
    with pytest.raises(InputError, match="binary"):
        decode(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")


def test_non_text_input_is_a_refold_error():
    with pytest.raises(RefoldError):
        refold.parse(3.5)


HTML_PIECES = ["<table class='report'>", "</table>", "<tr>", "</tr>", "<th class='tl'>", "<th colspan='2'>",
               "<th colspan='x'>", "<td class='pl'>", "<td class='nump'>", "<td colspan='3'>", "</td>", "<br>",
               "$", "(81,247", ")", "%", "1,234", "Dec. 31, 2023", "12 Months Ended", "Total", "<a onclick=\"defref_us-gaap_Cash\">",
               "</a>", "<div>", "</div>", "<ix:nonFraction name='us-gaap:Cash'>", "</ix:nonFraction>", "N/A", "—"]


@SETTINGS
@given(st.lists(st.one_of(st.sampled_from(HTML_PIECES), st.text(max_size=10)), max_size=80))
def test_random_html_gives_a_page_or_an_input_error(pieces):
    """The HTML reader and everything after it (checks, facts) on broken markup."""
    from refold.facts import page_facts

    try:
        page = refold.read_html("<html><body>" + "".join(pieces))
    except RefoldError:
        return
    page.to_json()
    page_facts(page)


def test_no_module_name_is_bound_twice():
    """A second `MIN_… = …` or `def f` at a module's top level silently replaces the first for
    every rule that reads it (a constant named alike in one long module did once); each name of
    the package's modules is bound once."""
    import ast
    from collections import Counter

    for path in sorted((Path(refold.__file__).parent).glob("*.py")):
        names: Counter = Counter()
        for node in ast.parse(path.read_text(encoding="utf-8")).body:
            if isinstance(node, ast.Assign):
                names.update(t.id for t in node.targets if isinstance(t, ast.Name))
            elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
                names[node.target.id] += 1
            elif isinstance(node, (ast.FunctionDef, ast.ClassDef)):
                names[node.name] += 1
        assert [n for n, c in names.items() if c > 1] == [], path.name
