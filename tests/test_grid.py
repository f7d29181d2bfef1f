"""Stage 4: tokens -> rows and columns, by scoring row templates."""

from refold.cells import text_to_cells
from refold.grid import best_fixed_width, tokens_to_grid
from refold.tokens import cells_to_tokens


def grid(text):
    return tokens_to_grid(cells_to_tokens(text_to_cells(text)))


def rows(g):
    return [[r.label, *r.cells] for r in g.rows]


KEPT = "\n".join([
    "|", "|", "|2023", "|", "|", "|2022", "|",
    "|Cash", "|", "|$", "|5", "|", "|$", "|6", "|",
    "|Loss", "|", "|", "|(1", "|)", "|", "|(2", "|)",
    "|Assets:", "|", "|", "|", "|", "|", "|", "|",
    "|Net", "|", "|", "|4", "|", "|", "|—", "|",
])


def test_fixed_width_found_where_empty_cells_were_kept():
    """Labels recur every 8 tokens: spacer, `$` and `)` columns drop out, two value columns stay."""
    g = grid(KEPT)
    assert g.layout == "fixed-width 8"
    assert rows(g) == [["Cash", "$ 5", "$ 6"], ["Loss", "(1)", "(2)"], ["Assets:", "", ""], ["Net", "4", "—"]]
    assert [t.text for t in g.header if t.text] == ["2023", "2022"]


def test_text_values_stay_in_their_column():
    """`PRC` is a value of its row, not a new row, when positions are fixed."""
    text = "\n".join(["|A Co.", "|", "|PRC", "|", "|100", "|%", "|B Co.", "|", "|HK", "|", "|VIE", "|",
                      "|C Co.", "|", "|PRC", "|", "|60", "|%"])
    assert rows(grid(text)) == [["A Co.", "PRC", "100%"], ["B Co.", "HK", "VIE"], ["C Co.", "PRC", "60%"]]


def test_multiple_of_the_width_does_not_win():
    """Rows of 2W fit a W table as regularly; the smaller width is chosen."""
    tokens = cells_to_tokens(text_to_cells(KEPT))
    width, _, _ = best_fixed_width(tokens)
    assert width == 8


def test_label_delimited_where_empty_cells_were_dropped():
    """A label, then its values; more values than the width start an unlabeled total row."""
    text = "\n".join(["|2020", "|2019", "|Receivable", "|$", "|45,277", "|$", "|68,988", "|Notes", "|—",
                      "|156", "|Allowance", "|(45)", "|(254)", "|", "|$", "|45,232", "|$", "|68,890"])
    g = grid(text)
    assert g.layout == "label-delimited"
    assert rows(g) == [["Receivable", "$ 45,277", "$ 68,988"], ["Notes", "—", "156"],
                       ["Allowance", "(45)", "(254)"], ["", "$ 45,232", "$ 68,890"]]
    assert g.rows[-1].kind == "total"


def test_sparse_rows_do_not_set_the_width():
    """Most rows with one value, a few with two: the table is two wide."""
    text = "\n".join(["|A", "|1", "|2", "|B", "|3", "|C", "|4", "|5", "|D", "|6"])
    assert grid(text).n_cols == 2
