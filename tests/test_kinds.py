"""The token classifier: what a cell's text is, by shape."""

import pytest

from refold.kinds import Kind, classify, is_listing_number, is_title, numbers_like_items, rate_range, stacked_dates

CASES = [
    ("", Kind.EMPTY), ("1,234", Kind.NUMBER), ("(81,247)", Kind.NUMBER), ("(45)", Kind.NUMBER),
    ("-5", Kind.NUMBER), (".65", Kind.NUMBER), ("0001815753", Kind.NUMBER),
    ("$ 95,359", Kind.MONEY), ("$(857)", Kind.MONEY), ("€ 23", Kind.MONEY), ("¥ 1,531,183", Kind.MONEY),
    ("$ (264)", Kind.MONEY), ("100%", Kind.PERCENT), ("(2.00%)", Kind.PERCENT), ("10.00%", Kind.PERCENT),
    ("—", Kind.NIL), ("-", Kind.NIL), ("$ —", Kind.NIL), ("none", Kind.NIL),
    ("3-5 years", Kind.RANGE), ("4-7 year", Kind.RANGE), ("20 years", Kind.RANGE),
    ("2 years 7 months 6 days", Kind.RANGE),
    ("(81,247", Kind.OPEN), ("(.65", Kind.OPEN), (")", Kind.CLOSE), ("%", Kind.PCT_SIGN),
    ("$", Kind.SYMBOL), ("US$", Kind.SYMBOL), ("RMB", Kind.SYMBOL),
    ("[1]", Kind.FOOTNOTE), ("[2],[3]", Kind.FOOTNOTE), ("(a)", Kind.FOOTNOTE), ("36 [1]", Kind.NUMBER),
    ("2023", Kind.YEAR), ("Dec. 31, 2023", Kind.DATE), ("June 30, 2018", Kind.DATE),
    ("Mar. 29,  2025", Kind.DATE), ("12 Months Ended", Kind.PERIOD), ("December 31,", Kind.PERIOD),
    ("Year ended December 31,", Kind.PERIOD), ("Three Months Ended June 30,", Kind.PERIOD),
    ("As of", Kind.PERIOD), ("(in millions)", Kind.UNIT), ("(In thousands, except per share)", Kind.UNIT),
    ("USD ($)", Kind.UNIT), ("Cash on hand", Kind.TEXT), ("10-Q", Kind.TEXT), ("false", Kind.TEXT),
    ("Total cash balances held at Korean financial institutions", Kind.TEXT),
    # a filing's footnote mark after a date or year; a negative percent with `%` outside
    ("May 31, 2024(2)", Kind.DATE), ("2024 (a)", Kind.YEAR), ("EMEA(1)", Kind.TEXT),
    ("(1)%", Kind.PERCENT), ("(1,234.5) %", Kind.PERCENT), ("1)%", Kind.TEXT), ("—%", Kind.NIL),
    # a unit note in capitals, or with no `in`; a period's day alone
    ("(MILLIONS, EXCEPT PER COMMON SHARE DATA)", Kind.UNIT), ("(Millions)", Kind.UNIT),
    ("(millions, except per share data)", Kind.UNIT), ("March 31", Kind.PERIOD),
    # a period phrase opening `For the`, its number of months hyphenated
    ("For the three-months ended", Kind.PERIOD), ("Three Month Period Ended September 30, 2013", Kind.PERIOD),
    ("Nine-Month Period Ended", Kind.PERIOD), ("For the Year Ended December 31,", Kind.PERIOD),
    ("For the", Kind.TEXT), ("Three-month", Kind.TEXT),
    # a scale note naming its currency after the scale
    ("(Millions of Dollars)", Kind.UNIT), ("(MILLIONS OF DOLLARS)", Kind.UNIT), ("(Millions of shares)", Kind.TEXT),
]


@pytest.mark.parametrize("text,kind", CASES, ids=[c[0] or "empty" for c in CASES])
def test_classify(text, kind):
    """Each shape the corpus shows gets its kind."""
    assert classify(text) == kind


def test_long_text_is_text_without_regex_work():
    """A 50 MB cell is text at once: the shape regexes are never run on long strings."""
    assert classify("1" * 50_000_000) == Kind.TEXT


def test_a_period_over_its_dates_in_one_cell():
    """A crawl joined a header's rows into one cell: the period and each date, apart."""
    assert stacked_dates("Three Months Ended October 3, 2021 September 27, 2020") == (
        "Three Months Ended", ["October 3, 2021", "September 27, 2020"])
    assert stacked_dates("Three Months Ended October 3, 2021") is None  # one date: a column's own header
    assert stacked_dates("Sales to October 3, 2021 and September 27, 2020") is None


@pytest.mark.parametrize("text", ["3.1", "10.2+*", "31(a)", "101.INS", "101.SCH (1)", "32.1#*", "104", "31.01‡"])
def test_an_exhibits_number_is_a_listing_number(text):
    assert is_listing_number(text)


@pytest.mark.parametrize("text", ["2025", "1,234", "Item 1.", "(1)", "12.5%", "$ 3.1", "Exhibit"])
def test_years_amounts_and_words_are_not_listing_numbers(text):
    assert not is_listing_number(text)


def test_page_numbers_are_not_numbered_like_items():
    assert numbers_like_items(["3.1", "31.1", "32.1*", "104"])
    assert not numbers_like_items(["3", "4", "26", "35"])


@pytest.mark.parametrize("text", ["Millions", "In millions", "Dollars in millions", "Thousands",
                                  "Amounts in millions except per share amounts", "In millions, except per share data"])
def test_a_scale_stub_is_a_unit_note(text):
    """A table's stub cell that only states the scale is a header's unit note, like `(In millions)`."""
    assert classify(text) == Kind.UNIT


def test_a_scale_stub_with_a_long_tail_is_text():
    """Only a short exception after the scale: a sentence that opens so is prose."""
    assert classify("In millions, except as otherwise noted in the tables that follow this note below") == Kind.TEXT


def test_a_long_name_in_title_case_is_no_sentence():
    """Column names run long (`Change in Unrealized Gains (Losses) on Excluded Component of Fair
    Value Hedges`, twelve words); a sentence has words in lower case, a heading is all capitals."""
    assert is_title("Change in Unrealized Gains (Losses) on Excluded Component of Fair Value Hedges")
    assert is_title("Total Number of Shares Purchased as Part of Publicly Announced Plans or Programs (3)")
    assert not is_title("The Company leases offices in three cities under leases that end in 2027")
    assert not is_title("CHANGE IN CURRENT YEAR REPORTED (GAAP) MEASURES VERSUS PRIOR YEAR NON-GAAP (CORE) MEASURES")
    assert not is_title("The Following Table Presents the Amounts for the Periods Presented (In Millions):")



def test_a_date_in_digits_a_point_apart_is_a_date():
    """`12.31.23`, `31.12.2023` (a Brazilian filer's columns): two digits a part, a month and a
    day either way round; not a listing's `10.1.10` nor an amount's `12.31`."""
    assert classify("12.31.23") == Kind.DATE and classify("31.12.2023") == Kind.DATE
    assert classify("10.1.10") != Kind.DATE and classify("12.31") == Kind.NUMBER
    assert classify("13.13.23") != Kind.DATE


def test_a_currency_and_its_scale_is_a_unit():
    """`€ million` over each column (a 20-F's table), `$ millions`, `£m`: a column's unit, no
    label nor value; `$ 5` stays money."""
    for text in ("€ million", "$ millions", "£m", "US$ thousands", "EUR million"):
        assert classify(text) == Kind.UNIT, text
    assert classify("$ 5") == Kind.MONEY


@pytest.mark.parametrize("text, expected", [
    (".34% - .92%", True), ("0.88 – 0.90%", True), ("$10.00 - $15.00", True), ("4.75 – 5.25", True),
    ("1-434", False), ("2019-2020", False), ("Risk-free rate", False), ("3-5 years", False)])
def test_a_rate_range_has_a_rate_a_price_or_decimals(text, expected):
    assert rate_range(text) is expected
