"""Cells -> tokens: split parts joined, positions kept."""

from refold.cells import text_to_cells
from refold.kinds import Kind, classify
from refold.model import Span, Token
from refold.tokens import cells_to_tokens


def texts(text):
    return [t.text for t in cells_to_tokens(text_to_cells(text))]


def test_negative_split_over_two_cells_is_joined_and_the_place_kept():
    """`(81,247` + `)` -> `(81,247)` and an empty token where `)` stood."""
    assert texts("|(81,247\n|)\n|5") == ["(81,247)", "", "5"]


def test_percent_sign_in_its_own_cell():
    assert texts("|100\n|%") == ["100%", ""]


def test_a_negative_percents_bracket_in_its_own_cell_closes_it():
    """`(4.2%` then `)`: the percent's bracket closes in the next cell, one value."""
    assert texts("|(4.2%\n|)\n|1.1") == ["(4.2%)", "", "1.1"]


def test_percent_sign_after_a_nil():
    """`—` + `%`: a nil percent (`—%`), so the `%` cell takes no column of its own."""
    assert texts("|—\n|%\n|5\n|%") == ["—%", "", "5%", ""]


def test_a_year_before_a_percent_sign_heads_a_column_of_percents():
    """`2018` + `%`: a header's year over its unit, not a percent of 2018 (a rate table's
    `2020` `2019` `2018` then `%` `%` `%`, one cell a line)."""
    assert texts("|2020\n|2019\n|2018\n|%\n|%\n|%") == ["2020", "2019", "2018", "%", "%", "%"]


def test_points_in_their_own_cell():
    """`11.9` + `pts`, `(2.7` + `)` + `pts`: a change in percentage points; a `pts` label stays."""
    assert texts("|11.9\n|pts\n|(2.7\n|)\n|pts\n|pts") == ["11.9 pts", "", "(2.7) pts", "", "", "pts"]


def test_currency_symbol_in_its_own_cell():
    """`$` + `95,359` -> `$ 95,359` (the symbol's place is left empty)."""
    assert texts("|$\n|95,359") == ["", "$ 95,359"]


def test_currency_before_a_split_negative():
    assert texts("|$\n|(7,875\n|)") == ["", "$ (7,875)", ""]


def test_footnote_mark_cell_joins_the_value_before_it():
    assert texts("|36\n|[1]") == ["36 [1]", ""]


def test_a_lone_symbol_before_text_stays():
    """`RMB` over a column header is a unit, not a currency waiting for an amount."""
    assert texts("|RMB\n|RMB") == ["RMB", "RMB"]


def test_a_month_day_and_its_year_in_cells_of_their_own_are_one_date():
    """A header cell `June 30,` / `2025` written one line a cell: one date, as in the HTML."""
    assert texts("|June 30,\n|2025\n|June 30,\n|2024\n|Change") == ["", "June 30, 2025", "", "June 30, 2024", "Change"]


def test_a_month_day_over_several_years_stays_apart():
    """`June 30,` over `2025` and `2024`: a header row over two columns, not one date."""
    assert texts("|June 30,\n|2025\n|2024") == ["June 30,", "2025", "2024"]


def test_a_defined_footnote_mark_after_a_label_is_the_labels():
    """`Revenue` `(1)` `$` `1,200`: where the table defines `(1)` under itself (`(1)` + a
    sentence), the mark in its own cell is the label's, not an amount of -1. A `(63)` before a
    member path is an amount, and a mark no note defines stays as read."""
    from refold.tokens import join_label_marks

    def toks(*texts):
        return [Token(t, classify(t), Span(1, 1)) for t in texts]

    out = join_label_marks(toks("Revenue", "(1)", "$ 1,200", "(1)", "Includes sales to related parties of $50."))
    assert [t.text for t in out] == ["Revenue (1)", "", "$ 1,200", "(1)", "Includes sales to related parties of $50."]
    path = toks("Cashflow", "(63)", "(63)", "Designated as hedging instruments | Interest Rate Risk | Cash inflows.")
    assert join_label_marks(path) == path
    undefined = toks("Revenue", "(1)", "$ 1,200")
    assert join_label_marks(undefined) == undefined
    letters = toks("REINTEGRA program", "(b)", "20,615", "102,166")
    assert [t.text for t in join_label_marks(letters)] == ["REINTEGRA program (b)", "", "20,615", "102,166"]
    stars = toks("Corporate", "*", "*", "*")  # `*`: not meaningful, a cell of each column
    assert join_label_marks(stars) == stars


def test_a_defined_bare_note_number_after_a_value_is_the_values_mark():
    """Corpus page 145's shape: `-` `1` `-` `1` `23` `2` `(657)` `3` `(634)` in a table of five
    columns whose notes `1` … `3` stand under its last value: each note number after a value is
    that value's mark, so the row has five values. A row whose count is the table's keeps its
    `1` (an amount), and without the notes under the table nothing is joined."""
    from refold.tokens import join_value_marks

    def toks(*texts):
        return [Token(t, classify(t), Span(1, 1)) for t in texts]

    rows = ("Balance", "(2,054)", "660", "1,402", "7,009", "7,017",
            "Reclassified", "-", "1", "-", "1", "23", "2", "(657)", "3", "(634)",
            "Other", "1", "-", "1", "2", "3",
            "Total", "(2,054)", "660", "1,424", "6,352", "6,383")
    notes = ("1", "Gains are included in other income.", "2", "Gains are included in interest expense.",
             "3", "The amortization of prior service credits.")
    out = [t.text for t in join_value_marks(toks(*rows, *notes)) if t.text]
    assert out[6:12] == ["Reclassified", "- [1]", "- [1]", "23 [2]", "(657) [3]", "(634)"]
    assert out[12:18] == ["Other", "1", "-", "1", "2", "3"]
    assert out[-6:] == list(notes)
    assert join_value_marks(toks(*rows)) == toks(*rows)


def test_a_durations_unit_in_its_own_cell_joins_its_number():
    """`7.2` + `years` (a weighted-average lease term, the unit a line of its own): one value."""
    assert texts("|Operating leases\n|7.2\n|years\n|7.3\n|years") == ["Operating leases", "7.2 years", "", "7.3 years", ""]


def test_a_range_written_in_three_cells_is_one_value():
    """`$ 2.50` `to` `5.00`: exercise prices from one to the other, one cell (a range), so the row
    keeps its width; `to` alone between texts stays a text."""
    from refold.tokens import join_split_ranges

    tokens = join_split_ranges([Token("$ 2.50", Kind.MONEY, Span(1, 1)), Token("to", Kind.TEXT, Span(2, 2)),
                                Token("5.00", Kind.NUMBER, Span(3, 3))])
    assert [(t.text, t.kind) for t in tokens] == [("$ 2.50 to 5.00", Kind.RANGE), ("", Kind.EMPTY), ("", Kind.EMPTY)]
    kept = [Token("Up", Kind.TEXT, Span(1, 1)), Token("to", Kind.TEXT, Span(2, 2)), Token("5.00", Kind.NUMBER, Span(3, 3))]
    assert join_split_ranges(kept) == kept
