"""The periods dates name, one constructor per grain; each sets the label reports show.

A part of a unit ("early 2020", "late-November") has a grain of its own, "part of year" or
"part of month": what holds for a whole year need not hold for a third of one.
"""

from __future__ import annotations

from calendar import monthrange
from dataclasses import replace
from datetime import date, timedelta

from ..lang.calendar import MONTH_PARTS, SEASON_LABELS, SEASONS, YEAR_PARTS
from ..model import Period

__all__ = ["century", "day", "days", "decade", "month", "quarter", "season", "week", "weekend", "with_year", "year"]

_ANY_YEAR = 2000  # a leap year stands in for "any year" in a yearless period


def day(d: date, yearless: bool = False) -> Period:
    label = f"--{d.month:02d}-{d.day:02d}" if yearless else d.isoformat()
    return Period(d, d, label, yearless, grain="day")


def days(first: date, last: date, yearless: bool = False) -> Period:
    """A run of days ("14-15 March 2021", "between 12 and 16 March"): shown as a range, 2021-03-14–15."""
    head = day(first, yearless).label
    tail = (day(last, yearless).label if last.year != first.year else
            f"{last.day:02d}" if last.month == first.month else f"{last.month:02d}-{last.day:02d}")
    return Period(first, last, f"{head}–{tail}", yearless, grain="days")


def month(year: int | None, number: int, part: str = "") -> Period:
    """A month, or a part of one ("early", "the end of"); without a year, a month of any year."""
    y = year or _ANY_YEAR
    last_day = monthrange(y, number)[1]
    lo, hi = MONTH_PARTS.get(part, (1, last_day)) if part else (1, last_day)
    label = f"{year:04d}-{number:02d}" if year else f"--{number:02d}"
    if part:
        label += f" ({part})"
    return Period(date(y, number, lo), date(y, number, hi or last_day), label, year is None,
                  grain="part of month" if part else "month")


def quarter(year: int | None, number: int) -> Period:
    y = year or _ANY_YEAR
    first = 3 * number - 2
    label = f"{year:04d}-Q{number}" if year else f"--Q{number}"
    return Period(date(y, first, 1), date(y, first + 2, monthrange(y, first + 2)[1]), label, year is None,
                  grain="quarter")


def season(year: int, name: str, part: str = "") -> Period:
    """'the autumn of 2020', 'early summer 2019': winter runs into the next year; a part is a third."""
    lo, hi = SEASONS[name]
    end_year = year + 1 if hi < lo else year
    first, last = date(year, lo, 1), date(end_year, hi, monthrange(end_year, hi)[1])
    if part:
        span = (last - first).days // 3
        offset = {"early": 0, "mid": span, "late": 2 * span}[part]
        first = date.fromordinal(first.toordinal() + offset)
        last = date.fromordinal(first.toordinal() + span)
    return Period(first, last, f"{year}-{SEASON_LABELS[name]}" + (f" ({part})" if part else ""),
                  grain="part of season" if part else "season")


def week(monday: date) -> Period:
    iso = monday.isocalendar()
    return Period(monday, monday + timedelta(days=6), f"{iso.year}-W{iso.week:02d}", grain="week")


def weekend(saturday: date) -> Period:
    return Period(saturday, saturday + timedelta(days=1), f"{saturday.isoformat()}/weekend", grain="weekend")


def year(number: int, part: str = "") -> Period:
    """A year, or a part of one ("mid-2020", "the end of the year")."""
    lo, hi = YEAR_PARTS.get(part, (1, 12))
    label = f"{number:04d}" + (f" ({part})" if part else "")
    return Period(date(number, lo, 1), date(number, hi, monthrange(number, hi)[1]), label,
                  grain="part of year" if part else "year")


def decade(start: int, part: str = "") -> Period:
    lo, hi = start, start + 9
    if part:
        lo, hi = {"early": (start, start + 3), "mid": (start + 3, start + 6), "late": (start + 6, start + 9)}[part]
    return Period(date(lo, 1, 1), date(hi, 12, 31), f"{start}s" + (f" ({part})" if part else ""),
                  grain="part of decade" if part else "decade")


def century(number: int) -> Period:
    first = (number - 1) * 100
    return Period(date(first, 1, 1), date(first + 99, 12, 31), f"{first // 100:02d}xx", grain="century")


def with_year(found: Period, number: int) -> Period:
    """A yearless period placed in ``number`` ("November 10" after "September 2020")."""
    try:
        first = found.first.replace(year=number)
    except ValueError:  # the day 29 February in a common year: no such day
        return found
    last = found.last.replace(year=number, day=min(found.last.day, monthrange(number, found.last.month)[1]))
    if last < first:
        last = last.replace(year=number + 1)
    return replace(found, first=first, last=last, label=f"{number:04d}{found.label[1:]}", yearless=False)
