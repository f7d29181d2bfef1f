"""Column headers -> what each column is: a period, a currency, a member.

`12 Months Ended Dec. 31, 2023` is a duration ending 2023-12-31 that started 2023-01-01;
`Dec. 31, 2022` alone is an instant; `2022 RMB` is the fiscal year 2022 in renminbi;
`December 31, US$` beside `December 31, 2023 RMB` is the same date in dollars (a convenience
translation): its year is taken from its siblings and marked `inferred`.
What is neither period nor unit (`Level 1`, `Segment A [Member]`, `Total`) is the member.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import lru_cache

from refold.frame import MONTH_NUMBERS, parse_date
from refold.kinds import MONTH
from refold.values import currency_in

RE_FULL_DATE = re.compile(rf"\b{MONTH}\.?\s{{1,2}}\d{{1,2}},?\s{{1,2}}(?:19|20)\d\d\b", re.IGNORECASE)
RE_SLASH_DATE = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
RE_MONTH_DAY = re.compile(rf"\b(?P<month>{MONTH})\.?\s{{1,2}}(?P<day>\d{{1,2}}),?(?!\s?\d)", re.IGNORECASE)
RE_YEAR = re.compile(r"(?<![\d,.$])((?:19|20)\d\d)(?![\d,.%])")
_WORD_MONTHS = {"one": 1, "three": 3, "six": 6, "nine": 9, "twelve": 12}
RE_MONTHS_ENDED = re.compile(
    r"\b(\d{1,2}|one|three|six|nine|twelve)\s(?:months?)\s(?:ended|ending)\b", re.IGNORECASE)
RE_WEEKS_ENDED = re.compile(r"\b(\d{1,2})\s(?:weeks?)\s(?:ended|ending)\b", re.IGNORECASE)
RE_YEAR_ENDED = re.compile(r"\b(?:fiscal\s)?years?\s(?:ended|ending)\b", re.IGNORECASE)
RE_QUARTER_ENDED = re.compile(r"\bquarters?\s(?:ended|ending)\b", re.IGNORECASE)
RE_FISCAL_QUARTER = re.compile(r"\b(?:Q([1-4])|(first|second|third|fourth)\squarter)\b[\s,]*(?:(?:fiscal\s)?((?:19|20)\d\d))?",
                               re.IGNORECASE)
RE_FISCAL_YEAR = re.compile(r"\b(?:fiscal|FY)\s?((?:19|20)\d\d)\b", re.IGNORECASE)
# words that only say "this is a period" and are not a member's name
RE_PERIOD_WORDS = re.compile(
    r"\b(?:\d{1,2}|one|three|six|nine|twelve)\s(?:months?|weeks?)\s(?:ended|ending)\b|"
    r"\b(?:fiscal\s)?(?:years?|quarters?|periods?)\s(?:ended|ending)\b|\bas\sof\b|\bat\b|\bfiscal\b|\bended\b|"
    r"\b(?:for\sthe)\b",
    re.IGNORECASE,
)
_UNIT_WORDS = re.compile(
    r"(?<![A-Za-z])(?:[A-Z]{3}\s\([^()\s]{1,4}\)|US\$|HK\$|NT\$|USD|RMB|CNY|HKD|EUR|JPY|GBP|\$|€|£|¥|shares|pure|"
    r"\((?:[^()]{0,30}\s)?in\s(?:thousands|millions|billions)[^()]{0,40}\)|in\s(?:thousands|millions|billions))(?![A-Za-z])",
    re.IGNORECASE,
)
_QUARTER_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4}


@dataclass(frozen=True, slots=True)
class Period:
    """An instant (`start` None, `months` None) or a duration ending on `end`.

    `end` is None when only the (fiscal) year is known: then `year` holds it.
    """

    end: date | None = None
    start: date | None = None
    months: int | None = None
    year: int | None = None
    inferred: bool = False  # the year was taken from sibling columns

    @property
    def is_instant(self) -> bool:
        return self.end is not None and self.months is None and self.start is None

    @property
    def key(self) -> tuple:
        """What makes two columns report the same period (for matching across tables)."""
        return (self.end, self.year if self.end is None else None)

    def to_dict(self) -> dict:
        out: dict = {"type": "instant" if self.is_instant else "duration" if self.months else "year"}
        if self.start:
            out["start"] = self.start.isoformat()
        if self.end:
            out["end"] = self.end.isoformat()
        if self.months:
            out["months"] = self.months
        if self.year and not self.end:
            out["year"] = self.year
        if self.inferred:
            out["inferred"] = True
        return out


@dataclass(frozen=True, slots=True)
class ColumnInfo:
    header: str
    period: Period | None = None
    currency: str | None = None
    member: str | None = None

    def to_dict(self) -> dict:
        return {"header": self.header, "period": self.period.to_dict() if self.period else None,
                "currency": self.currency, "member": self.member}


def months_before(end: date, months: int) -> date:
    """The first day of a `months`-long period that ends on `end`."""
    after = end + timedelta(days=1)
    month_index = after.year * 12 + after.month - 1 - months
    year, month = divmod(month_index, 12)
    return date(year, month + 1, min(after.day, monthrange(year, month + 1)[1]))


def duration_months(header: str) -> int | None:
    """`12 Months Ended` -> 12; `Year ended` -> 12; `Quarter ended` -> 3; `13 Weeks Ended` -> 3."""
    if m := RE_MONTHS_ENDED.search(header):
        n = m[1].lower()
        return _WORD_MONTHS.get(n) or int(n)
    if m := RE_WEEKS_ENDED.search(header):
        return max(1, round(int(m[1]) * 12 / 52))
    if RE_YEAR_ENDED.search(header):
        return 12
    if RE_QUARTER_ENDED.search(header):
        return 3
    return None


def header_date(header: str) -> tuple[date | None, re.Match | None]:
    """The full date a header names, and where it is."""
    m = RE_FULL_DATE.search(header)
    if m:
        return parse_date(m[0]), m
    m = RE_SLASH_DATE.search(header)
    if m:
        try:
            return date(int(m[3]), int(m[1]), int(m[2])), m
        except ValueError:
            return None, None
    return None, None


def _end_date(period: Period) -> date:
    return period.end or date.min  # called on dated periods only


def cut(text: str, match: re.Match) -> str:
    """`text` without what `match` found (a space in its place)."""
    return text[: match.start()] + " " + text[match.end():]


def month_day(match: re.Match) -> tuple[int, int] | None:
    """(month, day) of an `RE_MONTH_DAY` match."""
    number = MONTH_NUMBERS.get(match["month"][:3].lower())
    return (number, int(match["day"])) if number else None


def read_period(header: str) -> tuple[Period | None, str]:
    """The period a header names, and the header with the period's words taken out."""
    months = duration_months(header)
    end, m = header_date(header)
    rest = header
    period = None
    if end is not None and m is not None:
        rest = cut(rest, m)
        period = Period(end=end, start=months_before(end, months) if months else None, months=months)
    elif q := RE_FISCAL_QUARTER.search(header):
        year = int(q[3]) if q[3] else None
        rest = cut(rest, q)
        if year is None and (y := RE_YEAR.search(rest)):
            year, rest = int(y[1]), cut(rest, y)
        period = Period(months=3, year=year) if year else None
    elif (fy := RE_FISCAL_YEAR.search(header)) or (fy := RE_YEAR.search(header)):
        rest = cut(rest, fy)
        md = RE_MONTH_DAY.search(rest)
        end = None
        if md and (parts := month_day(md)):
            try:
                end = date(int(fy[1]), *parts)
            except ValueError:
                end = None
        if end and md:
            rest = cut(rest, md)
            period = Period(end=end, start=months_before(end, months) if months else None, months=months)
        else:
            fiscal = fy.re is RE_FISCAL_YEAR
            period = Period(months=months or (12 if fiscal else None), year=int(fy[1]))
    return period, " ".join(RE_PERIOD_WORDS.sub(" ", rest).split())


def read_column(header: str) -> ColumnInfo:
    period, rest = read_period(header)
    currency = currency_in(rest)
    member = " ".join(_UNIT_WORDS.sub(" ", rest).split()).strip(" ,:;-") or None
    return ColumnInfo(header=header, period=period, currency=currency, member=member)


def month_day_without_year(header: str) -> tuple[int, int] | None:
    if RE_YEAR.search(header):
        return None
    m = RE_MONTH_DAY.search(header)
    return month_day(m) if m else None


def read_columns(headers: tuple[str, ...]) -> tuple[ColumnInfo, ...]:
    """Every column of a table, with a missing year inferred from its siblings.

    `December 31, US$` next to `December 31, 2022 RMB` and `December 31, 2023 RMB` is the latest
    of those dates: a convenience translation shows the latest period.
    """
    return _read_columns(tuple(headers))


@lru_cache(maxsize=1 << 12)  # pages of a corpus repeat their headers (`12 Months Ended Dec. 31, 2023`, …)
def _read_columns(headers: tuple[str, ...]) -> tuple[ColumnInfo, ...]:
    infos = [read_column(h) for h in headers]
    dated = [i.period for i in infos if i.period and i.period.end]
    latest = max(dated, key=_end_date, default=None)
    out = []
    for info in infos:
        md = month_day_without_year(info.header)
        if info.period is None and md and latest is not None and (_end_date(latest).month, _end_date(latest).day) == md:
            info = replace(info, period=replace(latest, inferred=True),
                           member=_strip_month_day(info.member))
        out.append(info)
    return tuple(out)


def _strip_month_day(member: str | None) -> str | None:
    if not member:
        return None
    return " ".join(RE_MONTH_DAY.sub(" ", member).split()).strip(" ,") or None
