"""The day a holiday falls on in a given year: fixed ones, the n-th weekday of a month, Easter."""

from __future__ import annotations

from calendar import monthrange
from datetime import date, timedelta

from ..lang.calendar import HOLIDAYS

__all__ = ["holiday_date"]


def holiday_key(text: str) -> str:
    """A holiday's name as ``HOLIDAYS`` keys it: lower case, one space, a plain apostrophe ("New Year’s  Day")."""
    return " ".join(text.lower().replace("’", "'").split())


def holiday_date(name: str, year: int) -> date:
    rule = HOLIDAYS[name]
    if rule in ("easter", "good friday"):
        easter = _easter(year)
        return easter - timedelta(days=2) if rule == "good friday" else easter
    if len(rule) == 2:
        return date(year, *rule)
    month, weekday, n = rule
    if n == "election":  # the Tuesday after the first Monday of November
        first_monday = date(year, month, 1) + timedelta(days=(0 - date(year, month, 1).weekday()) % 7)
        return first_monday + timedelta(days=1)
    if n == -1:
        last = date(year, month, monthrange(year, month)[1])
        return last - timedelta(days=(last.weekday() - weekday) % 7)
    first = date(year, month, 1) + timedelta(days=(weekday - date(year, month, 1).weekday()) % 7)
    return first + timedelta(weeks=n - 1)


def _easter(year: int) -> date:
    """Easter Sunday in the Gregorian calendar (the anonymous algorithm)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return date(year, month, day + 1)
