"""Date labels as a person reads them: '14 Dec (no year)', 'April 2023', 'Q3 2020 (Jul–Sep)'.

The engine labels every date period it finds in a normalised, ISO-like form (``2020-11-10``,
``--11-14`` for a day without a year, ``2020-11``, ``2020-Q3``, ``2020-FA``, ``1990s (early)``);
JSON keeps those, and every format a person reads shows ``readable_date(label)`` instead.

It reads labels as text (no engine records), and gives back any
text it does not recognise unchanged (a number or a name, or a label form it does not know).
"""

from __future__ import annotations

import re
from datetime import date

from ..lang.calendar import MONTH_NAMES, SEASON_LABELS

MONTHS = tuple(name.capitalize() for name in MONTH_NAMES)
SHORT = tuple(m[:3] for m in MONTHS)
SEASONS = {label: name for name, label in SEASON_LABELS.items() if name != "fall"}  # autumn, not fall
# how a part word ("early", "end") reads before what it is a part of
PARTS = {"early": "early ", "mid": "mid-", "middle": "middle of ", "late": "late ", "beginning": "beginning of ",
         "start": "start of ", "end": "end of "}
NO_YEAR = "(no year)"

_PART = re.compile(r"^(?P<core>.*?) \((?P<part>[a-z]+)\)$")
_DAY = re.compile(r"(?P<y>\d{4}|-)-(?P<m>\d\d)-(?P<d>\d\d)")
_MONTH = re.compile(r"(?P<y>\d{4}|-)-(?P<m>\d\d)")
_QUARTER = re.compile(r"(?P<y>\d{4}|-)-Q(?P<q>[1-4])")
_SEASON = re.compile(r"(?P<y>\d{4})-(?P<s>SP|SU|FA|WI)")
_WEEK = re.compile(r"(?P<y>\d{4})-W(?P<w>\d\d)")
_WEEKEND = re.compile(r"(?P<day>\d{4}-\d\d-\d\d)/weekend")
_YEAR = re.compile(r"\d{4}")
_DECADE = re.compile(r"\d{3}0s")
_CENTURY = re.compile(r"(?P<c>\d\d)xx")


def readable_date(label: str) -> str:
    """A date period's label as words a reader knows; text that is no date label comes back unchanged."""
    m = _PART.match(label)
    if m and m.group("part") in PARTS:
        core = _core(m.group("core"))
        return label if core is None else PARTS[m.group("part")] + core  # "early April 2023"
    core = _core(label)
    return label if core is None else core


def _core(label: str) -> str | None:
    """The words for a label without a part, or None when it is no label this module knows."""
    for pattern, words in ((_DAY, _day), (_MONTH, _month), (_QUARTER, _quarter), (_SEASON, _season),
                           (_WEEK, _week), (_WEEKEND, _weekend)):
        m = pattern.fullmatch(label)
        if m:
            return words(m)
    if _YEAR.fullmatch(label) or _DECADE.fullmatch(label):
        return label
    m = _CENTURY.fullmatch(label)
    if m:
        return f"the {m.group('c')}00s"
    return None


def _year(m: re.Match) -> str:
    return NO_YEAR if m.group("y") == "-" else m.group("y")


def _day(m: re.Match) -> str | None:
    month, day = int(m.group("m")), int(m.group("d"))
    year = 2000 if m.group("y") == "-" else int(m.group("y"))  # 2000: a leap year stands in for any year
    try:
        date(year, month, day)
    except ValueError:
        return None
    return f"{day} {SHORT[month - 1]} {_year(m)}"


def _month(m: re.Match) -> str | None:
    month = int(m.group("m"))
    return f"{MONTHS[month - 1]} {_year(m)}" if 1 <= month <= 12 else None


def _quarter(m: re.Match) -> str:
    q = int(m.group("q"))
    months = f"{SHORT[3 * q - 3]}–{SHORT[3 * q - 1]}"
    if m.group("y") == "-":
        return f"Q{q} ({months}, no year)"
    return f"Q{q} {m.group('y')} ({months})"


def _season(m: re.Match) -> str:
    year, season = int(m.group("y")), SEASONS[m.group("s")]
    if season == "winter":  # December to February: it runs into the next year
        return f"winter {year}–{(year + 1) % 100:02d}"
    return f"{season} {year}"


def _week(m: re.Match) -> str | None:
    try:
        monday = date.fromisocalendar(int(m.group("y")), int(m.group("w")), 1)
    except ValueError:
        return None
    return f"week of {monday.day} {SHORT[monday.month - 1]} {monday.year}"


def _weekend(m: re.Match) -> str | None:
    try:
        saturday = date.fromisoformat(m.group("day"))
    except ValueError:
        return None
    return f"weekend of {saturday.day} {SHORT[saturday.month - 1]} {saturday.year}"


__all__ = ["readable_date"]
