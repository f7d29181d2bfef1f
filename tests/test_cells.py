"""Stage 1: text -> cells."""
import refold
from refold.cells import text_to_cells


def heads(text):
    return [(c.head, c.tail, c.piped) for c in text_to_cells(text)]


def test_pipe_lines_open_cells_and_unpiped_lines_continue_them():
    """`|Allowance` + `for credit loss` is one cell whose text joins the lines."""
    cells = text_to_cells("|Allowance\nfor credit loss\n|\n|(81,247\n|)")
    assert [c.text for c in cells] == ["Allowance for credit loss", "", "(81,247", ")"]
    assert str(cells[0].span) == "1-2"


def test_lone_pipe_with_lines_is_a_block_cell():
    """`|` then `Dec. 31, 2023` is a cell whose content sits on the next line."""
    (cell,) = text_to_cells("|\nDec. 31, 2023")
    assert cell.is_block and cell.text == "Dec. 31, 2023"


def test_lines_after_a_value_start_a_new_cell():
    """A value never wraps: `|12,262` + `Finished goods(1)` is a value and an unpiped label."""
    assert heads("|12,262\nFinished goods(1)\n|12,085") == [
        ("12,262", (), True), ("Finished goods(1)", (), False), ("12,085", (), True)]


def test_dash_opening_a_label_is_an_indent_not_a_nil():
    """`|—` + `Denominated in US$` is one label (the dash marks indentation)."""
    assert [c.text for c in text_to_cells("|—\nDenominated in US$\n|5")] == ["— Denominated in US$", "5"]


def test_dash_followed_by_a_sentence_is_a_nil_then_prose():
    """`|—` + a sentence: the dash was a nil value and prose follows the table."""
    cells = text_to_cells("|—\nThe following table shows the movement in the balance of the allowance:")
    assert [c.head for c in cells] == ["—", "The following table shows the movement in the balance of the allowance:"]


def test_lead_in_label_does_not_swallow_the_next_sentence():
    """`|Cash:` + `The following…`: a line ending `:` is not wrapped into a capitalised line."""
    cells = text_to_cells("|Cash:\nThe following table lists them:")
    assert [c.text for c in cells] == ["Cash:", "The following table lists them:"]
    assert not cells[1].piped


def test_text_before_any_pipe_is_kept_unpiped():
    """A crawl header before the first `|` becomes an unpiped cell, not lost."""
    cells = text_to_cells("XML 98 R80.htm IDEA: XBRL DOCUMENT\n|Cash")
    assert (cells[0].text, cells[0].piped) == ("XML 98 R80.htm IDEA: XBRL DOCUMENT", False)


def test_a_unit_note_whole_on_its_line_is_a_cell_and_the_next_line_another():
    """`|(MILLIONS, EXCEPT PER COMMON SHARE DATA)` + `Previous Accounting Principle`: the crawl
    lost the second cell's pipe; a note that wraps (`(in thousands,` …) stays one cell."""
    assert heads("|(MILLIONS, EXCEPT PER COMMON SHARE DATA)\nPrevious Accounting Principle\n|Impact") == [
        ("(MILLIONS, EXCEPT PER COMMON SHARE DATA)", (), True), ("Previous Accounting Principle", (), True),
        ("Impact", (), True)]
    assert heads("|(in thousands,\nexcept per share data)") == [("(in thousands,", ("except per share data)",), True)]


def test_a_currency_sign_never_wraps():
    """`|$` + `Tea`, `|$` + `$`: the line under a lone sign is the next cell (a label, the next
    sign), keeping its place as a cell; under a label it continues the label."""
    assert heads("|$\nTea\n|13,266") == [("$", (), True), ("Tea", (), True), ("13,266", (), True)]
    assert heads("|$\n$\n|Tea") == [("$", (), True), ("$", (), True), ("Tea", (), True)]
    assert heads("|Allowance\nfor credit loss") == [("Allowance", ("for credit loss",), True)]


def test_a_sign_over_a_name_among_a_headers_cells_is_one_name():
    """`|$` + `Change`, `|%` + `Change`, then a date or the stub's unit note: the header's `$ Change`
    and `% Change` columns, each one cell (a sign over the next row's label is followed by that
    row's values, and still splits)."""
    cells = text_to_cells("|Jul 27, 2025\n|Jul 28, 2024\n|$\nChange\n|%\nChange\n|($ in millions)\n|Graphics\n|5,412")
    assert [c.text for c in cells] == ["Jul 27, 2025", "Jul 28, 2024", "$ Change", "% Change", "($ in millions)",
                                       "Graphics", "5,412"]
    assert heads("|$\nTea\n|$\n|13,266") == [("$", (), True), ("Tea", (), True), ("$", (), True), ("13,266", (), True)]


def test_a_dash_right_after_a_value_is_the_rows_last_nil_not_a_bullet():
    """A crawl that dropped empty cells and the labels' pipes: `|(15` `|)` `|—` + `Share-based
    compensation`: the dash ends the row of values; the line under it is the next row's label.
    After a spacer (`|`) the dash still opens an indented label."""
    cells = text_to_cells("|15\n|(15\n|)\n|—\nShare-based compensation\n|—")
    assert [c.text for c in cells] == ["15", "(15", ")", "—", "Share-based compensation", "—"]
    assert [c.text for c in text_to_cells("|28,544\n|\n|—\nDenominated in US$\n|5")] == [
        "28,544", "", "— Denominated in US$", "5"]


def test_characters_that_show_nothing_are_blank_and_lose_no_text():
    """A crawl of IDEA pages wrote U+0EFF (an unassigned code point, where the text block opened
    with a byte-order mark) on a line of its own before a block's table: a blank line, not a
    block labelled `໿`, and no character the accounting misses."""
    from refold.accounting import unaccounted
    from refold.cells import blank_invisible

    assert blank_invisible("a\u200bb\ufeff\n\u0eff") == "a b \n "
    text = ("XML 40 R25.htm IDEA: XBRL DOCUMENT v3.8.0.1\nINCOME TAXES (Tables)\n3 Months Ended\nMar. 31, 2018\n"
            "Income Tax Disclosure [Abstract]  \nSchedule of Components of Income Tax Expense\n"
            "The provision for income tax expense is as follows:\n\u0eff\n\n \n2018\n \n2017\n\nCurrent\n \n$\n3,878\n\n"
            " \n$\n658\n\nDeferred\n \n(2,076\n)\n \n527\n\nTotal\n \n$\n1,802\n\n \n$\n1,185\n")
    page = refold.parse(text)
    assert [b.label for b in page.text_blocks] == ["Schedule of Components of Income Tax Expense"]
    assert [[r.label, *r.cells] for r in page.tables[0].rows] == [
        ["Current", "$ 3,878", "$ 658"], ["Deferred", "(2,076)", "527"], ["Total", "$ 1,802", "$ 1,185"]]
    assert not unaccounted(text, page)
