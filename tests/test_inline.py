"""Schedules written inline, every cell a space apart in one paragraph (`refold.inline`)."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from strategies import CAPITALS, WORDS

import refold
from refold.accounting import unaccounted
from refold.inline import InlineTable, inline_tables

LOANS = ("The following table shows our loans at amortized cost (in thousands): June 30, 2023 December 31, 2022 "
         "Originated (1) Acquired Total Originated (1) Acquired Total Personal Banking: Residential mortgage "
         "loans (2) $ 3,338,525 156,632 3,495,157 3,327,879 170,720 3,498,599 Home equity loans 1,135,044 141,018 "
         "1,276,062 1,131,641 166,033 1,297,674 Commercial Banking: Commercial real estate loans - owner occupied "
         "341,559 26,526 368,085 341,704 33,823 375,527 Total loans, net $ 4,815,128 324,176 5,139,304 4,801,224 "
         "370,576 5,171,800 (1) Includes loan pools purchased. (2) Includes $16.1 million of loans held-for-sale. "
         "The allowance is described below.")


def test_a_schedule_written_into_its_paragraph_is_read_back():
    """Dates, then the names under them written once per date; sections ending `:`; a dash
    inside a label; footnotes after the last row up to the first sentence without a mark."""
    table, after = inline_tables(LOANS)
    assert isinstance(table, InlineTable) and table.lead_in.endswith("at amortized cost (in thousands):")
    assert table.header.startswith("June 30, 2023") and table.header.endswith("Acquired Total")
    assert table.columns == tuple(f"{d} {n}" for d in ("June 30, 2023", "December 31, 2022")
                                  for n in ("Originated (1)", "Acquired", "Total"))
    assert [(r.label, r.cells[0], r.kind) for r in table.rows] == [
        ("Personal Banking:", "", "section"), ("Residential mortgage loans (2)", "$ 3,338,525", "value"),
        ("Home equity loans", "1,135,044", "value"), ("Commercial Banking:", "", "section"),
        ("Commercial real estate loans - owner occupied", "341,559", "value"),
        ("Total loans, net", "$ 4,815,128", "total")]
    assert table.footnotes == "(1) Includes loan pools purchased. (2) Includes $16.1 million of loans held-for-sale."
    assert after == "The allowance is described below."


def test_a_one_line_page_loses_nothing_and_reads_its_schedule():
    """The crawl that writes a whole note on one line (`Title | text …`): the schedule is a table
    of the block, its lead-in the table's prose, every character accounted for."""
    text = "Loans Receivable | Loans Receivable " + LOANS
    page = refold.parse(text)
    assert [t.layout for t in page.tables] == ["inline"]
    assert page.tables[0].rows[1].cells[-1] == "3,498,599"
    assert not unaccounted(text, page)


def test_years_under_a_period_name_the_columns():
    """`Three Months Ended June 30, 2023 2022` (or years alone): a year a column, under the period."""
    table, after = inline_tables("Net revenues were as follows (in millions): Three Months Ended June 30, 2023 2022 "
                                 "Americas 1,234 1,100 Europe 567 540 Asia Pacific 321 300 Total 2,122 1,940 "
                                 "The increase reflects pricing.")
    assert table.columns == ("Three Months Ended June 30, 2023", "Three Months Ended June 30, 2022")
    assert [r.label for r in table.rows] == ["Americas", "Europe", "Asia Pacific", "Total"]
    assert after == "The increase reflects pricing."
    table, = inline_tables("Balances (in millions): 2023 2022 Cash 1,234 1,100 Receivables 567 540 Inventories 321 300")
    assert table.columns == ("2023", "2022") and table.rows[-1].cells == ("321", "300")


def test_prose_with_numbers_is_no_table():
    """Numbers a sentence holds stand between words, never in runs of rows alike."""
    assert inline_tables("Revenue rose 5% to $1,234 million in 2023 from $1,100 million in 2022, and margins "
                         "grew 2% to 31% as costs fell 3% to $850 million.") is None
    assert inline_tables("Balances were 1 2 in one place and 3 4 in another.") is None


SETTINGS = settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
NAMES = ["Current", "Noncurrent", "Total", "Gross", "Net", "Level"]


@st.composite
def inline_schedules(draw):
    """A schedule under one or two dates with names under each, written as one paragraph."""
    dates = draw(st.sampled_from([["June 30, 2023"], ["June 30, 2023", "December 31, 2022"]]))
    names = draw(st.lists(st.sampled_from(NAMES), min_size=3 - len(dates), max_size=3, unique=True))
    width = len(dates) * len(names)  # two columns at least: one value alone is no run
    rows = []
    for k in range(draw(st.integers(3, 6))):
        label = " ".join([CAPITALS[k % len(CAPITALS)], *draw(st.lists(st.sampled_from(WORDS), max_size=3))])
        # (a negative of one digit after a label reads as its footnote mark, `loans (3)`)
        values = [f"{v:,}" if v >= 0 else f"({-v:,})" for v in draw(st.lists(
            st.integers(-99_999, 9_999_999).filter(lambda v: not -10 < v < 0), min_size=width, max_size=width))]
        rows.append((label, values))
    header = " ".join([*dates, *(" ".join(names) for _ in dates)])
    body = " ".join(f"{label} {' '.join(values)}" for label, values in rows)
    return f"The table below shows the balances (in thousands): {header} {body}", dates, names, rows


@SETTINGS
@given(inline_schedules())
def test_property_an_inline_schedule_reads_back_as_written(case):
    paragraph, dates, names, rows = case
    parts = inline_tables(paragraph)
    tables = [p for p in parts or [] if isinstance(p, InlineTable)]
    assert len(tables) == 1
    assert tables[0].columns == tuple(f"{d} {n}" for d in dates for n in names)
    assert [(r.label, list(r.cells)) for r in tables[0].rows] == [(label, values) for label, values in rows]


PIECES = ["Total", "Cash", "loans", "(1)", "(12)", "$", "—", "-", "1,234", "56", "(7,890)", "12%", "2023", "2022",
          "June", "30,", "December", "31,", "Originated", "Acquired:", "The", "following", "table:", "net.", "(in", "thousands):"]


VALUES = ["1,234", "56", "(7,890)", "12%", "—", "$", "(1)", "(12)", "0"]


@st.composite
def table_like_paragraphs(draw):
    """A paragraph shaped like an inline schedule (lead-in, dates, names twice, rows), with odd
    words anywhere: marks, dashes, signs, colons, years."""
    words = lambda: draw(st.lists(st.sampled_from(PIECES), max_size=6))  # noqa: E731
    width = st.sampled_from([4, 4, 4, 3, 5])  # mostly the header's four columns
    label = lambda: draw(st.lists(st.sampled_from(PIECES), min_size=1, max_size=4))  # noqa: E731
    rows = [[*label(), *draw(st.lists(st.sampled_from(VALUES), min_size=(k := draw(width)), max_size=k))]
            for _ in range(draw(st.integers(3, 6)))]
    return " ".join([*words(), "(in thousands): June 30, 2023 December 31, 2022 Current Total Current Total",
                     *(w for row in rows for w in row), *words()])


@SETTINGS
@given(st.one_of(st.lists(st.sampled_from(PIECES), max_size=80).map(" ".join), table_like_paragraphs()))
def test_property_an_inline_reading_keeps_every_word(paragraph):
    """Whatever the paragraph, the parts hold every word once: lead-in, header, labels, cells,
    footnotes and the texts between tables."""
    parts = inline_tables(paragraph)
    if parts is None:
        return
    out: list[str] = []
    for part in parts:
        if isinstance(part, str):
            out += part.split()
            continue
        out += part.lead_in.split() + part.header.split()
        for row in part.rows:
            out += row.label.split() + [w for cell in row.cells for w in cell.split()]
        out += part.footnotes.split()
    assert sorted(out) == sorted(paragraph.split())
