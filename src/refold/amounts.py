"""Display text -> a signed Decimal amount (the first step of typed values).

`(81,247)` -> -81247, `$ (264)` -> -264, `−5` -> -5, `—` -> 0, `36 [1]` -> 36, `12.5%` -> 12.5,
`(25,686` (its `)` lost) -> -25686.
Text that is no amount gives None. Decimals, never floats: sums must be exact.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from refold.kinds import CURRENCY, POINTS

_FOOTNOTES = re.compile(r"\s?\[\d{1,3}\](?:,\s?\[\d{1,3}\])*")
_CURRENCY = re.compile(rf"{CURRENCY}")
_NUMBER = re.compile(r"^([-−–]?)\(?([-−–]?)(\d[\d,]*(?:\.\d+)?|\.\d+)%?\)?%?$")
_NIL = frozenset({"-", "—", "–", "−", "--", "none", "None", "nil"})
_POINTS = re.compile(rf"\s?{POINTS}$")  # `6 pts`: the number of points


@lru_cache(maxsize=1 << 12)  # a page reads a cell's amount again and again (sums, roll-forwards, checks)
def amount(text: str) -> Decimal | None:
    t = _POINTS.sub("", _FOOTNOTES.sub("", text).strip())
    t = _CURRENCY.sub("", t).replace(" ", "")
    if not t:
        return None
    if t in _NIL:
        return Decimal(0)
    m = _NUMBER.match(t)
    if not m:
        return None
    try:
        value = Decimal(m[3].replace(",", ""))
    except InvalidOperation:
        return None
    # `(81,247)`; `(25,686` too: an accounting parenthesis whose `)` the crawl lost still negates
    negative = bool(m[1] or m[2]) or t.startswith("(")
    return -value if negative else value
