"""Typed values: a cell's display text -> `Value` (number with scale and unit, percent, nil, range, date…).

The display text is kept as written; the typed reading sits beside it. Amounts are `Decimal`,
never float: sums must be exact, and `14,035` vs `14,034` must stay one unit apart.

Scale and unit come from the context, most specific first:
  the cell (`$ 5`, `RMB 5`), the row label (`… (in shares)`, `… per share`),
  the column header (`RMB`, `US$`), the table's notes (`(in thousands)`, `RMB in thousands`),
  and the page's title units (`USD ($)`, `$ in Thousands`, `shares in Millions`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from datetime import date
from decimal import Decimal

from refold.amounts import amount
from refold.frame import parse_date
from refold.kinds import POINTS, RE_RANGE, Kind, amount_range, classify

# ---------------------------------------------------------------------------------------- units

#: currency marks as written -> ISO 4217 code
CURRENCY_CODES = {
    "US$": "USD", "$": "USD", "USD": "USD", "HK$": "HKD", "HKD": "HKD", "NT$": "TWD", "TWD": "TWD",
    "R$": "BRL", "C$": "CAD", "CAD": "CAD", "A$": "AUD", "AUD": "AUD", "S$": "SGD", "SGD": "SGD",
    "€": "EUR", "EUR": "EUR", "£": "GBP", "GBP": "GBP", "₩": "KRW", "KRW": "KRW", "₹": "INR",
    "INR": "INR", "RMB": "CNY", "CNY": "CNY", "JPY": "JPY", "¥": "JPY", "CHF": "CHF", "MXN": "MXN",
    "MYR": "MYR", "Renminbi": "CNY",
}
_CURRENCY_MARK = re.compile(
    r"(?<![A-Za-z])(US\$|HK\$|NT\$|R\$|C\$|A\$|S\$|USD|HKD|TWD|CAD|AUD|SGD|EUR|GBP|KRW|INR|RMB|CNY|JPY|"
    r"CHF|MXN|MYR|Renminbi|\$|€|£|₩|₹|¥)(?![A-Za-z])"
)
# "CNY (¥)": the ISO code names the currency; the symbol in brackets only shows it
_ISO_WITH_SYMBOL = re.compile(r"\b([A-Z]{3})\s\([^()]{1,4}\)")

_SCALES = {"thousand": 3, "thousands": 3, "million": 6, "millions": 6, "billion": 9, "billions": 9}
# one "X in Thousands" clause of a units note: X is a currency, "shares", or nothing
_SCALE_CLAUSE = re.compile(
    r"(?:(?P<subject>[^\s,()]{1,8}(?:\s/\s\w{1,10})?|shares|Shares)\s)?\(?\b(?:in|In|IN)\s"
    r"(?P<scale>thousands?|millions?|billions?)\b",
    re.IGNORECASE,
)

RE_PER_SHARE = re.compile(
    r"\bper\s(?:basic\s|diluted\s)?(?:common\s|ordinary\s)?(?:share|ADS|unit)(?![a-z])|"  # `per share1`: a mark
    r"\(in\s[^()]{1,20}\sper\s(?:share|unit)\)|\$\s/\sshares",
    re.IGNORECASE,
)
# "Cash dividends declared ($0.01 per common share)", "Dividends paid, $0.04 per share": the
# label quotes a rate (in parentheses, or after its currency sign); its values are amounts
RE_RATE_IN_LABEL = re.compile(r"(?:\(\s?(?:[A-Z]{0,3}\$|€|£|¥)?|[A-Z]{0,3}\$|€|£|¥)\s?\d[\d.,]*\s(?:per|a)\s",
                              re.IGNORECASE)
# "Common stock, $0.00001 par value: 50,400,000 shares authorized; … issued and outstanding": the
# row is the stock's dollar amount; the share counts are only quoted in its label
RE_PAR_VALUE = re.compile(r"\bpar\svalue\b|\bno\spar\b", re.IGNORECASE)
RE_SHARE_COUNT = re.compile(
    r"\(in\sshares\)|\bnumber\sof\s(?:\w+\s){0,3}shares\b|\bweighted[-\s]average\s(?:\w+\s){0,4}shares\b|"
    r"\bshares\s(?:outstanding|issued|authorized|granted|vested|forfeited|exercised|repurchased)\b",
    re.IGNORECASE,
)


@lru_cache(maxsize=1 << 14)
def currency_in(text: str) -> str | None:
    """The ISO code of the first currency mark in `text` ("CNY (¥)" -> CNY, "US$" -> USD)."""
    m = _ISO_WITH_SYMBOL.search(text)
    if m and m[1] in CURRENCY_CODES:
        return CURRENCY_CODES[m[1]]
    m = _CURRENCY_MARK.search(text)
    return CURRENCY_CODES[m[1]] if m else None


@dataclass(frozen=True, slots=True)
class Scales:
    """Powers of ten a note sets: money amounts and share counts scale separately on R pages."""

    money: int = 0
    shares: int = 0

    def merged_over(self, outer: "Scales") -> "Scales":
        """This (more specific) note's scales, falling back to an outer note's."""
        return Scales(self.money or outer.money, self.shares or outer.shares)


@lru_cache(maxsize=1 << 12)
def scales_in(note: str) -> Scales:
    """Read the scale clauses of a units note.

    >>> scales_in("shares in Thousands, $ in Millions")
    Scales(money=6, shares=3)
    >>> scales_in("(in thousands, except per share data)")
    Scales(money=3, shares=3)
    """
    money = shares = 0
    for m in _SCALE_CLAUSE.finditer(note):
        power = _SCALES[m["scale"].lower()]
        subject = m["subject"] or ""
        if subject.lower().startswith("share"):
            shares = power
        elif subject and currency_in(subject):
            money = power
        else:  # "(in thousands)": every amount and count in the table
            money = money or power
            shares = shares or power
    return Scales(money, shares)


# ---------------------------------------------------------------------------------------- values


def apply_scale(number: Decimal, scale: int) -> Decimal:
    """`number` × 10**scale, written out: multiply rather than scaleb, so 93,736 in millions
    reads 93736000000, not 9.3736E+10."""
    return number * (Decimal(10) ** scale) if scale else number


@dataclass(frozen=True, slots=True)
class Value:
    """One cell, typed. `number` is as shown (signed); `amount` applies the scale.

    kind: empty | number | percent | nil | range | date | bool | text
    unit: an ISO currency (USD), `USD/share`, `shares`, `%`, a duration unit for ranges
    (years, months, days), or None for a pure number or text.
    """

    kind: str
    display: str
    number: Decimal | None = None
    scale: int = 0
    unit: str | None = None
    low: Decimal | None = None  # ranges: 3-5 years -> 3, 5
    high: Decimal | None = None
    day: date | None = None

    @property
    def amount(self) -> Decimal | None:
        """The number with its scale applied (`1,234` in thousands -> 1234000)."""
        return None if self.number is None else apply_scale(self.number, self.scale)

    @property
    def last_digit(self) -> Decimal:
        """One unit of the last digit shown, before scale: `1,234` -> 1, `12.5` -> 0.1."""
        if self.number is None:
            return Decimal(1)
        exponent = self.number.as_tuple().exponent
        return Decimal(1).scaleb(min(int(exponent), 0)) if isinstance(exponent, int) else Decimal(1)

    def to_dict(self) -> dict:
        out: dict = {"kind": self.kind}
        if self.number is not None:
            out["number"] = str(self.number)
            out["amount"] = str(self.amount)
        if self.scale:
            out["scale"] = self.scale
        if self.unit:
            out["unit"] = self.unit
        if self.low is not None:
            out["low"], out["high"] = str(self.low), str(self.high)
        if self.day is not None:
            out["date"] = self.day.isoformat()
        return out


@dataclass(frozen=True, slots=True)
class Context:
    """What a cell's surroundings say about its unit and scale (built once per row and column)."""

    currency: str | None = None  # from the column header, table notes or page units
    scales: Scales = Scales()
    row_unit: str | None = None  # "shares", "per-share" or "%" from the row label


RE_POINTS_UNIT = re.compile(rf"{POINTS}$")  # `6 pts` -> percentage points (pp), `150 bps` -> basis points (bp)
_RANGE_UNITS = {"y": "years", "m": "months", "d": "days", "w": "weeks"}
_BOOLEANS = {"yes": True, "true": True, "no": False, "false": False}


def read_range(text: str) -> Value | None:
    """`3-5 years` -> 3..5 years; `20 years` -> 20..20; `2 years 7 months` -> 31 months."""
    m = RE_RANGE.match(text.strip())
    if not m:
        return None
    unit = _RANGE_UNITS[m["unit"][0].lower()]
    high = Decimal(m["high"])
    low = Decimal(m["low"]) if m["low"] else high
    if m["more"]:  # "2 years 7 months": one duration, in months
        parts = re.findall(r"(\d+)\s(years?|months?|days?)", text)
        if unit == "years" and all(u.startswith(("year", "month")) for _, u in parts):
            months = sum(int(n) * (12 if u.startswith("year") else 1) for n, u in parts)
            return Value("range", text, number=Decimal(months), unit="months",
                         low=Decimal(months), high=Decimal(months))
        return Value("range", text, unit=unit, low=low, high=high)
    return Value("range", text, number=high if low == high else None, unit=unit, low=low, high=high)


def read_amount_range(text: str, context: Context) -> Value | None:
    """`0.01 - 13.49` -> 0.01..13.49; `4.70-5.75%` -> 4.70..5.75 %; `$10.00 - $15.00` in the
    currency: a range of amounts or rates written in a cell, low first; None for anything else
    (`2019-2020` is a span of years)."""
    m = amount_range(text)
    if m is None:
        return None
    low, high = Decimal(m["low"].replace(",", "")), Decimal(m["high"].replace(",", ""))
    if low > high:
        return None
    if m["lowpct"] or m["highpct"]:
        unit: str | None = "%"
    elif m["lowcur"] or m["highcur"]:
        unit = currency_in(text) or context.currency or "USD"
    else:
        unit = None
    return Value("range", text, unit=unit, low=low, high=high)


def amount_unit(kind: Kind, text: str, context: Context) -> tuple[str | None, int]:
    """The unit and scale of an amount cell."""
    if kind is Kind.PERCENT or context.row_unit == "%":
        return "%", 0
    cell_currency = currency_in(text) if kind is Kind.MONEY else None
    currency = cell_currency or context.currency
    if context.row_unit == "per-share":
        return (f"{currency}/share" if currency else "per share"), 0
    if context.row_unit == "shares":
        return "shares", context.scales.shares
    if currency:
        return currency, context.scales.money
    return None, context.scales.money


@lru_cache(maxsize=1 << 16)  # the same cell in the same context reads the same (Values are frozen)
def read_value(display: str, context: Context = Context()) -> Value:
    """The typed reading of one display string in its context.

    >>> read_value("(81,247)", Context(currency="CNY", scales=Scales(money=3))).amount
    Decimal('-81247000')
    >>> read_value("3-5 years")
    Value(kind='range', display='3-5 years', number=None, scale=0, unit='years', low=Decimal('3'), high=Decimal('5'), day=None)
    """
    text = display.strip()
    if not text:
        return Value("empty", display)
    kind = classify(text)
    if kind is Kind.NIL:
        unit, scale = ("%", 0) if text.endswith("%") else amount_unit(kind, text, context)
        return Value("nil", display, number=Decimal(0), scale=scale, unit=unit)
    if kind is Kind.OPEN:  # `(25,686`: a negative whose `)` the crawl lost, read as its closed form
        kind = Kind.PERCENT if text.endswith("%") else Kind.MONEY if currency_in(text) else Kind.NUMBER
    if kind in (Kind.NUMBER, Kind.MONEY, Kind.PERCENT, Kind.YEAR):
        number = amount(text)
        if number is not None and kind is Kind.PERCENT and (points := RE_POINTS_UNIT.search(text)):
            return Value("number", display, number=number, unit="bp" if points[0].lower().startswith("b") else "pp")
        if number is not None:
            if kind is Kind.YEAR and context.row_unit is None and context.currency is None:
                return Value("number", display, number=number)
            unit, scale = amount_unit(kind, text, context)
            return Value("percent" if unit == "%" else "number", display, number=number, scale=scale, unit=unit)
    if kind is Kind.RANGE:
        rng = read_range(text)
        if rng is not None:
            return rng
    if kind is Kind.TEXT and (amounts := read_amount_range(text, context)) is not None:
        return amounts
    if kind is Kind.DATE:
        day = parse_date(text)
        if day is not None:
            return Value("date", display, day=day)
    if text.lower() in _BOOLEANS:
        return Value("bool", display, number=Decimal(int(_BOOLEANS[text.lower()])))
    return Value("text", display)


# the rows a per-share section heads (`Net income per share:` then `Basic`, `Diluted`): labels that
# name only the kind of share count, so they count what the section's label counts
RE_SHARE_BASIS = re.compile(r"^(?:basic|diluted|basic\s(?:and|&)\sdiluted)\b[^()]{0,30}$", re.IGNORECASE)


def section_row_unit(label: str, section: str | None) -> str | None:
    """`row_unit` of a row, or its section's unit where the row names only the share basis:
    `Basic` under `Net income (loss) per share` is a per-share amount, unscaled by the table's
    `(in thousands, except per share amounts)`; under `Weighted average shares outstanding:` a
    share count."""
    unit = row_unit(label)
    if unit is None and section and RE_SHARE_BASIS.match(label):
        return counted if (counted := row_unit(section)) in ("per-share", "shares") else None
    return unit


@lru_cache(maxsize=1 << 14)
def row_unit(label: str) -> str | None:
    """What a row label says its values count: share counts, per-share amounts or percents."""
    if RE_PER_SHARE.search(label) and not RE_RATE_IN_LABEL.search(label):
        return "per-share"
    if RE_SHARE_COUNT.search(label) and not RE_PAR_VALUE.search(label):
        return "shares"
    if "(in percent)" in label.lower():
        return "%"
    return None

