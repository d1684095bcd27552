"""Find the dates a sentence states in absolute forms, as Mentions with spans.

Every pattern is a plain alternation without nested repetition, so matching
is linear in the length of the text.
"""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from ..listed import coordinate
from ..model import Mention, Period
from ..numbers import counts_something, words_to_number
from ..vocab import AMBIGUOUS_MONTHS, MONTH_PARTS, MONTHS, SEASON_LABELS, SEASONS, YEAR_PARTS
from ..words import fold_confusables
from .relative import relative_dates

__all__ = ["dates", "with_year"]

_MONTH = (r"(?P<{n}>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DAY = r"(?P<{n}>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<{n}>1[5-9]\d\d|20\d\d)"
_PART = r"(?:(?P<{n}>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)[\s-]+)?"
# Years said in words, as radio transcripts write them: "nineteen ninety-six", "the year two thousand".
_W_ONES = "one|two|three|four|five|six|seven|eight|nine"
_W_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_W_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_WORD_YEAR = (r"(?P<{n}>(?:eighteen|nineteen)[\s-]+(?:(?:" + _W_TENS + r")(?:[\s-]+(?:" + _W_ONES + r"))?|" + _W_TEENS
              + r")|(?P<{n}_2k>the\s+year\s+)?two\s+thousand(?:\s+and)?(?:[\s-]+(?:" + _W_ONES + "|" + _W_TEENS
              + r"|twenty(?:[\s-]+(?:" + _W_ONES + r"))?))?)\b(?!-)")


def _p(template: str, **names: str) -> str:
    return template.format(**names)


_DATE = re.compile(
    r"(?<![\w$£€.,])(?=\w)(?:"
    + r"(?P<iso>(?P<iy>\d{4})-(?P<im>\d{2})-(?P<id>\d{2}))"
    + r"|(?:the\s+)?" + _p(_DAY, n="d1") + r"\s+(?:of\s+)?" + _MONTH.format(n="m1")
    + r"(?:,?\s+" + _YEAR.format(n="y1") + r")?"
    + r"|" + _MONTH.format(n="m2") + r"\s+" + _DAY.format(n="d2") + r"(?!\d|:\d)"
    + r"(?:,?\s+" + _YEAR.format(n="y2") + r")?"
    + r"|" + _PART.format(n="part") + _MONTH.format(n="m3") + r",?\s+(?:of\s+)?" + _YEAR.format(n="y3")
    + r"|(?:the\s+)?(?:(?P<spart>early|mid|late)[\s-]+)?(?P<season>spring|summer|autumn|fall|winter)"
    + r"\s+(?:of\s+)?" + _YEAR.format(n="y4")
    + r"|(?:the\s+)?(?:(?P<dpart>early|mid|late)[\s-]+)?(?P<decade>1[5-9]\d0|20\d0)['’]?s"
    + r"|(?:the\s+)?(?P<century>[2-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century(?!\s+B\.?C)"
    + r"|(?:(?P<ypart>early|mid|late|the\s+(?:beginning|start|middle|end)\s+of)[\s-]+)?"
    + _YEAR.format(n="y5")
    + r"|(?:the\s+)?(?:" + _YEAR.format(n="qy4") + r"\s+)?(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+quarter"
    + r"(?:\s+of\s+" + _YEAR.format(n="qy") + r"|,?\s+" + _YEAR.format(n="qy2") + r")?"
    + r"|Q(?P<qn>[1-4])\s+" + _YEAR.format(n="qy3")
    + r"|(?:" + _MONTH.format(n="wm") + r"\s+|(?:the\s+)?(?P<wseason>spring|summer|autumn|fall|winter)\s+of\s+)?"
    + _WORD_YEAR.format(n="wy")
    + r"|(?:(?P<prep>in|since|by|until|from|through|during|for|of|at|before|after)\s+)?"
    + _PART.format(n="part4") + _MONTH.format(n="m4") + r"(?:['’]s)?(?!\.?,?\s+(?:of\s+)?\d)"
    + r")(?![\w%]|[.,]\d)",
    re.IGNORECASE,
)


def _month_period(year: int | None, month: int, part: str | None) -> Period:
    y = year or 2000  # a leap year stands in for "any year"
    last_day = monthrange(y, month)[1]
    lo, hi = MONTH_PARTS.get(_part_word(part), (1, last_day)) if part else (1, last_day)
    hi = hi or last_day
    label = f"{year:04d}-{month:02d}" if year else f"--{month:02d}"
    if part:
        label += f" ({_part_word(part)})"
    return Period(date(y, month, lo), date(y, month, hi), label, year is None)


def _part_word(part: str | None) -> str:
    return part.split()[-2] if part and " " in part.strip() else (part or "").strip().lower()


def _month(text: str | None, strict: bool) -> int | None:
    if not text:
        return None
    word = text.rstrip(".")
    key = word.lower()
    if key in AMBIGUOUS_MONTHS and (strict or not word[0].isupper()):
        return None if strict else (MONTHS[key] if word[0].isupper() else None)
    return MONTHS.get(key)


def _day(year: int | None, month: int, day: int) -> Period | None:
    y = year or 2000
    if not 1 <= day <= monthrange(y, month)[1]:
        return None
    d = date(y, month, day)
    label = d.isoformat() if year else f"--{month:02d}-{day:02d}"
    return Period(d, d, label, year is None)


def with_year(found: Period, year: int) -> Period:
    """A yearless period placed in ``year`` ("November 10" after "September 2020")."""
    try:
        first = found.first.replace(year=year)
    except ValueError:  # the day 29 February in a common year: no such day
        return found
    last = found.last.replace(year=year, day=min(found.last.day, monthrange(year, found.last.month)[1]))
    if last < first:
        last = last.replace(year=year + 1)
    return Period(first, last, f"{year:04d}{found.label[1:]}")


def dates(text: str, reference: date | None = None) -> list[Mention]:
    """Date mentions in ``text``, each with the period it names.

    With a ``reference`` (the source's publication date), relative dates
    ("on Sunday", "last year") are resolved against it; without one they are
    not dates at all.
    """
    text = fold_confusables(text)
    out = relative_dates(text, reference) if reference else []
    relative, k = [(r.start, r.end) for r in out], 0  # both in start order: one walk finds overlaps
    for m in _DATE.finditer(text) if _may_hold_a_date(text) else ():
        if m.group("y5") and not _bare_year(m, text):
            continue
        while k < len(relative) and relative[k][1] <= m.start():
            k += 1
        if k < len(relative) and relative[k][0] < m.end():
            continue  # "January" inside "January this year"
        found = _date_value(m)
        if found is not None:
            start = m.start("part4") if m.group("part4") else m.start("m4") if m.group("m4") else m.start()
            end = m.end() - 1 if m.group().endswith(".") and m.group()[-4:-1].lower() not in _ABBR else m.end()
            end -= 2 if m.group()[-2:] in ("'s", "’s") else 0
            out.append(Mention("date", start, end, text[start:end], found))
            if m.group("y5") and not m.group("ypart") and not _NUMBERED.search(text, max(0, m.start() - 14), m.start()):
                out.extend(_second_year(text, m.end(), int(m.group("y5"))))
    out.sort(key=lambda m: m.start)
    return coordinate(out, text)


def _word_year(m: re.Match) -> Period | None:
    g = m.groupdict()
    if re.search(r"[\s-][A-Z]", g["wy"]):
        return None  # a title: "Nineteen Eighty-Four"
    words = g["wy"].lower().split()
    if words[0] == "two" or words[0] == "the":  # "two thousand" alone is a number: only "the year two thousand"
        if not g["wy_2k"]:
            return None
        year = 2000 + int(words_to_number(" ".join(words[words.index("thousand") + 1:])) or 0)
    else:
        parts = re.split(r"[\s-]+", g["wy"].lower(), maxsplit=1)
        year = int(words_to_number(parts[0])) * 100 + int(words_to_number(parts[1]) or 0)
    if g["wm"]:
        month = _month(g["wm"], strict=False)
        return _month_period(year, month, None) if month else None
    if g["wseason"]:
        return _season(year, g["wseason"].lower())
    return Period(date(year, 1, 1), date(year, 12, 31), f"{year:04d}")


def _season(year: int, season: str, part: str = "") -> Period:
    """'the autumn of 2020', 'early summer 2019': winter runs into the next year; a part is a third."""
    lo, hi = SEASONS[season]
    end_year = year + 1 if hi < lo else year
    first, last = date(year, lo, 1), date(end_year, hi, monthrange(end_year, hi)[1])
    if part:
        span = (last - first).days // 3
        offset = {"early": 0, "mid": span, "late": 2 * span}[part]
        first = date.fromordinal(first.toordinal() + offset)
        last = date.fromordinal(first.toordinal() + span)
    return Period(first, last, f"{year}-{SEASON_LABELS[season]}" + (f" ({part})" if part else ""))


# "Ordinance 2023-25", "Case No. 2021-24": a number that names a document, not a span of years.
_NUMBERED = re.compile(r"\b(?:no\.?|number|order|ordinance|resolution|bill|law|act|case|decree|directive|docket"
                       r"|regulation|rule|file)\s+$", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"[-–/](\d\d)(?![\w%])")


def _second_year(text: str, pos: int, year: int) -> list[Mention]:
    """The '58' of '1957-58': a year range names its second year with two digits, a few years on."""
    m = _SHORT_YEAR.match(text, pos)
    if m is None or not 0 < int(m.group(1)) - year % 100 <= 10:
        return []  # "Executive Order 2020-59" is no range of years
    second = year - year % 100 + int(m.group(1))
    period = Period(date(second, 1, 1), date(second, 12, 31), f"{second:04d}")
    return [Mention("date", m.start(1), m.end(1), m.group(1), period)]


_DIGIT = re.compile(r"\d")
# Besides digits, every absolute date holds one of these (a month, a quarter, a year in words).
_ANCHORS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "quarter",
            "eighteen", "nineteen", "thousand")


def _may_hold_a_date(text: str) -> bool:
    """A cheap first look: a sentence without a digit or a month's letters has no date to scan for."""
    if _DIGIT.search(text):
        return True
    low = text.lower()
    return any(word in low for word in _ANCHORS)


def _bare_year(m: re.Match, text: str) -> bool:
    """A lone four-digit number is a year unless it counts something ("1500 feet")."""
    if not 1800 <= int(m.group("y5")) <= 2099:
        return False
    return not counts_something(text, m.end())


_ABBR = {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "ept", "oct", "nov", "dec"}  # "Nov." keeps its dot
QUARTERS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4, "4th": 4}


def _date_value(m: re.Match) -> Period | None:
    g = m.groupdict()
    if g["iso"]:
        month, day = int(g["im"]), int(g["id"])
        return _day(int(g["iy"]), month, day) if 1 <= month <= 12 else None
    for d, mo, y in (("d1", "m1", "y1"), ("d2", "m2", "y2")):
        if g[mo] is not None:
            month = _month(g[mo], strict=False)
            if month is None or (g[y] is None and g[mo].lower() in AMBIGUOUS_MONTHS and not g[mo][0].isupper()):
                return None
            return _day(int(g[y]) if g[y] else None, month, int(g[d]))
    if g["m3"]:
        month = _month(g["m3"], strict=False)
        return _month_period(int(g["y3"]), month, g["part"]) if month else None
    if g["wy"]:
        return _word_year(m)
    if g["qord"] or g["qn"]:
        number = int(g["qn"]) if g["qn"] else QUARTERS[g["qord"].lower()]
        year = g["qy"] or g["qy2"] or g["qy3"] or g["qy4"]
        y = int(year) if year else 2000
        first_month = 3 * number - 2
        last = date(y, first_month + 2, monthrange(y, first_month + 2)[1])
        label = f"{y:04d}-Q{number}" if year else f"--Q{number}"
        return Period(date(y, first_month, 1), last, label, year is None)
    if g["season"]:
        return _season(int(g["y4"]), g["season"].lower(), (g["spart"] or "").lower())
    if g["century"]:
        first = (int(g["century"]) - 1) * 100
        return Period(date(first, 1, 1), date(first + 99, 12, 31), f"{first // 100:02d}xx")
    if g["decade"]:
        start = int(g["decade"])
        lo, hi, part = start, start + 9, (g["dpart"] or "").lower()
        if part:
            lo, hi = {"early": (start, start + 3), "mid": (start + 3, start + 6), "late": (start + 6, start + 9)}[part]
        return Period(date(lo, 1, 1), date(hi, 12, 31), f"{start}s" + (f" ({part})" if part else ""))
    if g["y5"]:
        year, part = int(g["y5"]), _part_word(g["ypart"])
        lo, hi = YEAR_PARTS.get(part, (1, 12))
        label = f"{year:04d}" + (f" ({part})" if part else "")
        return Period(date(year, lo, 1), date(year, hi, monthrange(year, hi)[1]), label)
    if g["m4"]:
        month = _month(g["m4"], strict=False)
        if month is None or not g["m4"][0].isupper():
            return None
        if not (g["prep"] or g["part4"]) and not _plain_month(g["m4"], m.string, m.end()):
            return None
        if g["m4"] not in PLAIN_MONTHS and (g["prep"] or "").lower() not in _MONTH_PREPOSITIONS:
            return None  # "after May resigned", "support for May": the name, not the month
        return _month_period(None, month, g["part4"])
    return None


_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# Prepositions before which even "May" and "March" are months ("in May", "since March").
_MONTH_PREPOSITIONS = {"in", "since", "by", "until", "from", "through", "during"}
PLAIN_MONTHS = {"January", "February", "April", "June", "July", "August", "September", "October", "November",
                "December"}


def _plain_month(word: str, text: str, end: int) -> bool:
    """A month name standing alone ("a June agreement", "December's figures") is a month unless it
    is also a common word ("May", "March") or an abbreviation, or a name follows ("April Glaspie")."""
    return word in PLAIN_MONTHS and not _NAME_AFTER.match(text, end)
