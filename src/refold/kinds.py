"""What a cell's text is, by shape alone: the token classifier every later stage uses.

`classify(text)` runs an ordered list of small named rules and returns the first kind that
matches. All regular expressions are anchored and free of nested quantifiers, so each runs in
time linear in the cell's length (a 50 MB line cannot make them backtrack).
"""

from __future__ import annotations

import enum
import re
from functools import lru_cache


class Kind(enum.Enum):
    EMPTY = "empty"
    NUMBER = "number"  # 1,234  (1,234)  -5  .65  1.239434862
    MONEY = "money"  # $ 1,234  $(857)  € 23  ¥ 0  US$ 5
    PERCENT = "percent"  # 10.00%  (2.00%)  (2)%  100 %
    NIL = "nil"  # —  –  -  $ —  —%  none
    RANGE = "range"  # 3-5 years  20 years  4-7 year  2 years 7 months
    OPEN = "open"  # (81,247   — a negative whose ')' went to the next cell
    CLOSE = "close"  # )  )%
    PCT_SIGN = "pct_sign"  # %  — a percent whose number is in the previous cell
    SYMBOL = "symbol"  # $  US$  € — a currency whose amount is in the next cell
    FOOTNOTE = "footnote"  # [1]  [1],[2]  (a)  *
    YEAR = "year"  # 2023
    DATE = "date"  # Dec. 31, 2023   June 30, 2018   12/31/2023
    PERIOD = "period"  # 12 Months Ended   Year ended December 31,   December 31,   As of
    UNIT = "unit"  # RMB  US$  USD ($)  shares  (in thousands)
    TEXT = "text"

    # members are singletons compared by identity: the identity hash (in C) serves the many set
    # and dict lookups of kinds, where Enum's own hashes the member's name in Python each time
    __hash__ = object.__hash__


#: kinds that hold an amount or an explicit nil: what a value column is made of
VALUE_KINDS = frozenset({Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.NIL, Kind.RANGE})
#: an XBRL boolean as R pages write it (`Amendment Flag` `false`): a row's value, though text by shape
XBRL_BOOLEANS = frozenset({"true", "false"})
#: kinds that only ever appear in column headers of a schedule
HEADER_KINDS = frozenset({Kind.YEAR, Kind.PERIOD, Kind.UNIT})

CURRENCY = r"(?:US\$|HK\$|NT\$|R\$|C\$|A\$|S\$|\$|€|£|¥|₩|₨|₹|RMB|USD|EUR|CAD|JPY|CNY|TWD|GBP)"
_NUM = r"(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+"
_MINUS = r"[-−–]"

RE_NUMBER = re.compile(rf"^(?:{_MINUS}\s?)?(?:\(\s?(?:{_NUM})\s?\)|(?:{_NUM}))$")
RE_MONEY = re.compile(
    rf"^(?:{_MINUS}\s?)?\(?\s?{CURRENCY}\s?(?:{_MINUS}\s?)?\(?\s?(?:{_NUM})\s?\)?$"
)
RE_PERCENT = re.compile(rf"^(?:\(?\s?(?:{_MINUS}\s?)?(?:{_NUM})\s?%\s?\)?|\(\s?(?:{_NUM})\s?\)\s?%)$")
# a change in percentage or basis points (`6 pts`, `(2.7) pts`, `150 bps`): a percent-like value
POINTS = r"(?:pts|ppts|pp|bps|bp|basis\spoints|percentage\spoints)\.?"
RE_POINTS = re.compile(rf"^(?:{_MINUS}\s?)?(?:\(\s?(?:{_NUM})\s?\)|(?:{_NUM}))\s?{POINTS}$")
RE_POINTS_WORD = re.compile(rf"^{POINTS}$")  # the unit alone, in a cell or a word of its own (`pts`)
RE_NIL = re.compile(rf"^(?:{CURRENCY}\s?)?(?:[-—–−]{{1,2}}\s?%?|none|None|NONE|nil|N/A|n/a|NM|nm)$")
RE_RANGE = re.compile(  # named groups: values.read_range reads the parts
    r"^(?:(?P<low>\d+(?:\.\d+)?)\s?(?:[-–—]|to)\s?)?(?P<high>\d+(?:\.\d+)?)\s?"
    r"(?P<unit>years?|yrs?\.?|months?|days?|weeks?)"
    r"(?P<more>(?:\s\d+\s(?:years?|months?|days?))*)$",
    re.IGNORECASE,
)
_BOUND = r"(?P<{0}cur>\$)?\s?(?P<{0}>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|\.\d+)\s?(?P<{0}pct>%)?"
# `0.01 - 13.49` (exercise prices), `4.70-5.75%`, `2.53% to 6.57%`, `$10.00 - $15.00`: a text by shape
# (it could be a span of anything), typed as a range by `values.read_amount_range`
RE_AMOUNT_RANGE = re.compile(rf"^{_BOUND.format('low')}\s?(?:[-–—]|to)\s?{_BOUND.format('high')}$")
RE_YEAR_SPAN = re.compile(r"^(?:19|20)\d\d\s?[-–—]\s?(?:19|20)?\d\d$")  # `2019-2020`: years, no amounts


def amount_range(text: str) -> re.Match | None:
    """The parts of a range of amounts or rates (`RE_AMOUNT_RANGE`'s groups), None for anything
    else, a span of years (`2019-2020`) too."""
    return None if RE_YEAR_SPAN.match(text) else RE_AMOUNT_RANGE.match(text)


def is_amount_range(text: str) -> bool:
    return amount_range(text) is not None


def rate_range(text: str) -> bool:
    """A range of rates or prices (`.34% - .92%`, `$10.00 - $15.00`, `4.75 – 5.25`), not two whole
    numbers a dash apart (`1-434`, a commission file number)."""
    m = amount_range(text)
    return m is not None and bool(m["lowpct"] or m["highpct"] or m["lowcur"] or m["highcur"] or "." in text)


RE_OPEN = re.compile(rf"^(?:{CURRENCY}\s?)?\(\s?(?:{_NUM})%?$")
RE_CLOSE = re.compile(r"^\)\s?%?$")
RE_PCT_SIGN = re.compile(r"^%\)?$")
RE_SYMBOL = re.compile(rf"^{CURRENCY}$")
# one amount as written in a row of several (`$(13,068)`, `3,823`, `—`), for lines whose cells
# are words: `rows.unglue` splits `$(13,068)$—` into these, `variants` counts lines of them.
# A grouped number takes three digits a comma, so `3,7513,3964,057` is three amounts.
# Atomic, so a run of digits is one piece: repeated, it cannot be split every possible way
VALUE_PIECE = (r"(?>\$?(?:\(\d[\d,]*(?:\.\d+)?\)|(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|[—–])%?)")
RE_DAY = re.compile(r"\d\s*,|/")  # a date that names its day: `June 30, 2024`, `6/30/2024`
BRACKET_MARKS = r"\[\d{1,3}\](?:,\s?\[\d{1,3}\])*"  # `[1]`, `[2],[3]`: an R page's footnote marks
RE_FOOTNOTE = re.compile(rf"^(?:{BRACKET_MARKS}|\([a-z]{{1,2}}\)|\*{{1,3}})$")
RE_YEAR = re.compile(r"^(?:19|20)\d\d$")
RE_YEAR_IN = re.compile(r"\b(?:19|20)\d\d\b")  # a year inside a text (`Year 2012`, `… June 30, 2025`)
MONTH = (  # a month name or its abbreviation, as a regex fragment
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
    r"Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)"
)
RE_DATE = re.compile(
    rf"^(?:{MONTH}\.?\s{{1,2}}\d{{1,2}},?\s{{1,2}}(?:19|20)\d\d|\d{{1,2}}/\d{{1,2}}/(?:19|20)?\d\d|"
    rf"{MONTH}\.?\s(?:19|20)\d\d|"
    # `12.31.23`, `31.12.2023`: a date in digits a point apart (Brazilian filers' columns), two digits each
    r"(?:(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2]))\.(?:19|20)?\d\d)$"
)
RE_MONTH_DAY = re.compile(rf"^{MONTH}\.?\s\d{{1,2}},?$")  # `March 31`, `Dec. 31,`: a period's day alone
RE_PERIOD = re.compile(
    rf"^(?:\d+\s(?:Months?|Weeks?|Days?)\sEnded|"
    rf"(?:For\sthe\s)?(?:(?:Three|Six|Nine|Twelve|Fiscal|Quarter|Year|Month|Week|Period)s?[\s-])*"
    rf"(?:ended|ending|Ended|Ending|as\sof|As\sof|At|at)(?:\s{MONTH}\.?\s\d{{1,2}},?(?:\s(?:19|20)\d\d)?)?:?|"
    rf"{MONTH}\.?\s\d{{1,2}},?|As\sof|At)$",
    re.IGNORECASE,
)
RE_UNIT = re.compile(
    rf"^(?:{CURRENCY}|[A-Z]{{3}}\s\(.{{1,4}}\)|shares|Shares|pure|"
    rf"\((?:[^()]{{0,40}}\s)?(?:in|In|IN)\s(?:thousands|millions|billions|Thousands|Millions|Billions|THOUSANDS|MILLIONS)[^()]{{0,60}}\)|"
    rf"\((?:{CURRENCY}\s)?(?:in\s|IN\s)?(?:thousands|millions|billions|Thousands|Millions|Billions|THOUSANDS|MILLIONS|BILLIONS)"
    rf"(?:\s(?:of|OF)\s(?:U\.S\.\s)?(?:Dollars|dollars|DOLLARS))?"  # `(Millions of Dollars)`, `(MILLIONS OF DOLLARS)`
    rf"(?:,\s[^()]{{0,60}})?\)|"  # `(MILLIONS, EXCEPT PER COMMON SHARE DATA)`
    rf"(?:{CURRENCY}\s)?in\s(?:thousands|millions|billions)|"
    # a table's stub cell: `Millions`, `In millions`, `Dollars in millions`, `Amounts in millions
    # except per share amounts`
    r"(?:(?:Amounts|amounts|Dollars|dollars)\s)?(?:In|in)\s(?:thousands|millions|billions)"
    r"(?:,?\sexcept\s[^()]{1,40})?|"
    r"Thousands|Millions|Billions|THOUSANDS|MILLIONS|"
    # a column's unit under its name: `€ million`, `$ millions`, `£m`, `US$ thousands`
    rf"{CURRENCY}\s?(?:millions?|thousands?|billions?|m|bn))$"
)

#: the ordered rules; the first that matches names the kind
RULES: list[tuple[Kind, re.Pattern[str]]] = [
    (Kind.FOOTNOTE, RE_FOOTNOTE),
    (Kind.NIL, RE_NIL),
    (Kind.YEAR, RE_YEAR),
    (Kind.NUMBER, RE_NUMBER),
    (Kind.PERCENT, RE_PERCENT),
    (Kind.PERCENT, RE_POINTS),
    (Kind.MONEY, RE_MONEY),
    (Kind.RANGE, RE_RANGE),
    (Kind.OPEN, RE_OPEN),
    (Kind.CLOSE, RE_CLOSE),
    (Kind.PCT_SIGN, RE_PCT_SIGN),
    (Kind.SYMBOL, RE_SYMBOL),
    (Kind.DATE, RE_DATE),
    (Kind.PERIOD, RE_PERIOD),
    (Kind.UNIT, RE_UNIT),
]


# a line that qualifies the name above it, never opens one: `Higher/(Lower)`, `(Decrease)`
RE_QUALIFIER_LINE = re.compile(r"^(?:\(|[A-Za-z]+/\()")


def is_name_unit(text: str) -> bool:
    """`Shares` on a line of its own reads as a unit, but among a header's names it is a column's
    name or a name's last word (`Common Stock` `Shares`, `Shares` `Weighted-Average Price`)."""
    return text == "Shares"


_FOOTNOTE_TAIL = re.compile(r"\s?\[\d{1,3}\](?:,\s?\[\d{1,3}\])*$")
_PAREN_NOTE = re.compile(r"\s?\((?:\d{1,2}|[a-z])\)$")  # `May 31, 2024(2)`: a filing's footnote mark
_MAX_SHAPE_LEN = 80  # no amount, date or unit is longer; longer cells are text without a regex pass


@lru_cache(maxsize=1 << 16)  # cells repeat (`|`, `$`, `)`, `2023`…): a bounded memo, at most ~10 MB
def classify(text: str) -> Kind:
    """The kind of one cell's text (already stripped and joined).

    >>> classify("(81,247)"), classify("$ 95,359"), classify("100%"), classify("Dec. 31, 2023")
    (<Kind.NUMBER: 'number'>, <Kind.MONEY: 'money'>, <Kind.PERCENT: 'percent'>, <Kind.DATE: 'date'>)
    """
    t = text.strip()
    if not t:
        return Kind.EMPTY
    if len(t) > _MAX_SHAPE_LEN:
        return Kind.TEXT
    t = t.replace("\u00a0", " ")
    stripped = _FOOTNOTE_TAIL.sub("", t) if t.endswith("]") else t
    if stripped != t and stripped:
        t = stripped  # "36 [1]" is a number with a footnote mark
    for kind, pattern in RULES:
        if pattern.match(t):
            return kind
    return noted_date(t)


# `3.1`, `10.2+*`, `31(a)`, `101.INS`, `101.SCH (1)`, `104`: an item's number in a listing (an
# exhibit index), marks and a footnote's number after it; three digits at most before the point,
# so never a year
RE_LISTING_NUMBER = re.compile(r"^\d{1,3}(?:\.\d{1,3})?(?:\([a-z0-9]\))?(?:\.?[A-Z]{2,4})?[*#+†‡]*(?: \(\d\))?$")


def is_listing_number(text: str) -> bool:
    return bool(RE_LISTING_NUMBER.match(text))


def numbers_like_items(numbers: list[str]) -> bool:
    """Most numbers of a listing have a point or a mark (`3.1`, `31(a)`, `101.INS`); a table of
    contents' page numbers (`3`, `4`, `26`) never do."""
    return 2 * sum(1 for n in numbers if not n.isdigit()) > len(numbers)


RE_ITEM_ORDER = re.compile(r"(\d+)(?:\.(\d+))?")


def item_order(number: str) -> tuple[int, int]:
    """`10.2` -> (10, 2), `101.INS` -> (101, 0): where an item stands in its listing."""
    m = RE_ITEM_ORDER.match(number)
    return (int(m[1]), int(m[2] or 0)) if m else (0, 0)


MIN_LISTED_ROWS = 3  # item numbers that make a listing (an exhibit index)


def numbers_of_a_listing(numbers: list[str]) -> bool:
    """`MIN_LISTED_ROWS` numbers or more that look like a listing's items (`numbers_like_items`)
    and run in order (prices, `158.73` `228.10` `148.90`, do not)."""
    order = [item_order(number) for number in numbers]
    return len(numbers) >= MIN_LISTED_ROWS and numbers_like_items(numbers) \
        and all(a <= b for a, b in zip(order, order[1:]))


RE_NOTE_MARK = re.compile(r"^(?:\(\d{1,2}\)|\([a-z]\)|\*{1,3}|\[\d{1,2}\])$")  # `(1)`, `(a)`, `*`, `[2]`: a footnote mark alone
RE_NOTE_OPENING = re.compile(r"^(?:\[\d{1,3}\]|\(\d{1,2}\)|\*{1,3})\s")  # `[1] …`, `(2) …`: a footnote's text
RE_NOTE_LEAD = re.compile(r"^(\(\d{1,2}\)|\[\d{1,3}\])\s?(?=[A-Z])")  # `(1)Additional provision …`, `[2] The …`
RE_NOTE_NUMBER = re.compile(r"^\(\d{1,2}\)$")  # `(3)`: a filing's footnote number, alone
RE_ONE_DIGIT_MARK = re.compile(r"^\(\d\)$")  # `(1)`: a name's footnote mark as much as an amount
RE_BARE_MARK = re.compile(r"^\d{1,2}$")  # `3`: a footnote's number without its parentheses
RE_AUDIT_NOTE = re.compile(r"^\((?:un)?audited\)$", re.IGNORECASE)  # an interim column's `(unaudited)`
RE_RULE_LINE = re.compile(r"^[_=\-–—]{3,}$")  # `_____`: the rule a filer draws between a table and its footnotes
RE_BLOCK_ELEMENT = re.compile(r"\[(?:[A-Za-z]+ )?Text Block\]$")  # `[Text Block]`, `[Policy Text Block]`
MAX_STACKED_LINE_WORDS = 4  # words on a line of a header written row after row (`stacked_rows_fit`)


def noted_date(t: str) -> Kind:
    """A date or year with a footnote mark in parentheses after it is that date or year."""
    if t.endswith(")") and (m := _PAREN_NOTE.search(t)) and m.start() > 0:
        head = t[: m.start()]
        if RE_DATE.match(head):
            return Kind.DATE
        if RE_YEAR.match(head):
            return Kind.YEAR
    return Kind.TEXT


RE_DATE_IN_TEXT = re.compile(rf"{MONTH}\.?\s\d{{1,2}},?\s(?:19|20)\d\d")


def stacked_dates(text: str) -> tuple[str, list[str]] | None:
    """`Three Months Ended October 3, 2021 September 27, 2020`: a period phrase over two or more
    dates, a header's rows joined in one cell -> (period, dates); None for anything else."""
    dates = RE_DATE_IN_TEXT.findall(text)
    if len(dates) < 2:
        return None
    first = text.find(dates[0])
    period = text[:first].strip()
    if RE_DATE_IN_TEXT.sub("", text[first:]).strip() or not RE_PERIOD.match(period):
        return None
    return period, dates


def stacked_rows_fit(lines: list[str], width: int) -> bool:
    """Lines that read as header rows `width` cells wide, row after row (`Accumulated`
    `Accumulated` `Total` / `foreign` `unrealized` `accumulated` / …): the first row's cells open
    names (none in lower case) and most later cells continue them (lower case or `(`)."""
    first, later = lines[:width], lines[width:]
    continuing = sum(1 for line in later if line[:1].islower() or line[:1] == "(")
    return bool(later) and not any(line[:1].islower() for line in first) and 2 * continuing > len(later)


# articles, conjunctions and prepositions a name keeps in lower case (`Cash and Cash Equivalents`)
FUNCTION_WORDS = frozenset("a an and as at by for from in of on or the to with".split())
# the words a title leaves in lower case
TITLE_SMALL_WORDS = FUNCTION_WORDS | {"into", "per"}
MAX_TITLE_WORDS = 16


def is_title(line: str) -> bool:
    """`Change in Unrealized Gains (Losses) on Excluded Component of Fair Value Hedges`: every
    word capitalized but the small ones, nothing after the last word, and not many words: a
    long name (a column's), not a sentence. A line all in capitals is a heading's, not a name's."""
    words, end = [w.strip("()[],") for w in line.split()], line.rstrip()[-1:]
    if len(words) > MAX_TITLE_WORDS or line.isupper() or not (end.isalnum() or end == ")"):
        return False
    return all(not w[:1].isalpha() or w[:1].isupper() or w.lower() in TITLE_SMALL_WORDS for w in words)
