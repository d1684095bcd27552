"""Relative dates ("on Sunday", "yesterday", "last year", "two days ago") resolved against a reference.

Without a reference date (a source's ``published``) they have no calendar
value, so they are not returned at all: they can neither agree nor differ.
"""

from __future__ import annotations

import re
from calendar import isleap
from dataclasses import replace
from datetime import date, timedelta

from ..model import Mention, Period
from . import periods
from .fragments import NAME_AFTER, gate, part_key
from .holidays import holiday_date, holiday_key
from .tense import _HAD, WILL, leaning, owned_by_a_past_event  # (a past perfect: a time before another)
from ..words import alternation, fold_confusables, title_case, words
from ..lang.calendar import DAY_PARTS, HOLIDAYS, MONTH_NAMES, MONTHS, NAMED_DAYS, SEASONS, WEEKDAY_NAMES
from ..lang.cues import AHEAD_OF, AWARD_WORDS
from ..lang.grammar import FUNCTION_WORDS
from ..lang.numbers import BOUNDS, ONES, TENS

_HOLIDAY_NAMES = "|".join(re.escape(h).replace(r"\ ", r"\s+").replace("'", "['’]")
                          for h in sorted(HOLIDAYS, key=len, reverse=True))
_MONTH_NAMES = "|".join(MONTH_NAMES)
_MONTH_WORDS = alternation(MONTHS)  # names and abbreviations: "Dec. 3 last year"
_SEASON_NAMES = "|".join(SEASONS)
_BARE_SEASON_NAMES = "|".join(season for season in SEASONS if season != "fall")  # "fall" alone is too often a noun
_COUNT = r"(?P<n>\d{1,3}|" + "|".join(sorted([*ONES, *TENS, "a", "an"], key=len, reverse=True)) + ")"
_RELATIVE_FORMS = (
    r"(?:"
    r"(?:(?P<which>last|this|next|past|coming|earlier\s+on|late\s+on|on|the\s+previous|the\s+following)\s+)?(?P<weekday>"
    + "|".join(WEEKDAY_NAMES) + r")(?:['’]s)?"
    # "Friday evening last week", "Monday of next week": that weekday in the week named
    r"(?:(?:\s+(?:" + "|".join(DAY_PARTS) + r"))?\s+(?:of\s+)?(?P<in_week>last|next)\s+week\b)?"
    r"|(?P<day>yesterday|today|tomorrow|tonight)"
    r"|(?:(?P<holiday_which>last|this|next)\s+)?(?P<holiday>" + _HOLIDAY_NAMES + r")(?:['’]s)?(?![\w'’])"
    r"(?:,?\s+(?P<holiday_year>1[5-9]\d\d|20\d\d)(?![\w%]|[.,]\d))?"
    # the reporting quarter of company results: "in the quarter", "the year-ago quarter"
    r"|(?:(?P<q_before>in|for|during)\s+)?(?P<q_which>the(?:\s+(?:latest|most\s+recent|current|same|comparable"
    r"|corresponding))?(?:\s+year[-\s](?:ago|earlier))?|this|last\s+year['’]s)\s+(?P<q_span>quarter|period)(?![-\w])"
    r"(?!\s+(?:century|of\b|hours?\b|miles?\b))(?:\s+(?P<q_year_ago>last\s+year|a\s+year\s+(?:ago|earlier)))?"
    # "September 8 last year", "8 September this year", "November of last year": a day of the month (or the month) in
    # the year the phrase names
    r"|(?:(?-i:(?=[A-Z]))(?P<dated_month>" + _MONTH_WORDS + r")\.?\s+(?P<dated_day>\d{1,2})|(?P<day_first>\d{1,2})(?:st|nd|rd|th)?"
    r"\s+(?-i:(?=[A-Z]))(?P<month_after>" + _MONTH_WORDS + r")\.?)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<dated_which>this|last|next)\s+year"
    r"|(?P<named_month>" + _MONTH_NAMES + r")\s+(?:of\s+)?(?P<named_which>this|last|next)\s+year"
    r"|(?:(?P<weekend_before>over|during|ahead\s+of|before)\s+)?(?P<weekend>the\s+weekend)"
    # "over the summer", "the early summer": the latest one begun ("fall" is too often a noun)
    r"|the\s+(?:(?P<bare_part>early|mid|late)[\s-]+)?(?P<bare_season>" + _BARE_SEASON_NAMES + r")(?!\s+(?:of\b|\d))"
    # "for the year", "the first nine months of the year": the year of publication
    r"|(?P<year_before>for|of|during|throughout)\s+(?P<the_year>the\s+year)(?![-\s]+(?:\d|ago|earlier|before|after"
    r"|that|when|in|two|thousand|ended|ending|to|through|from))(?!\s+of\s+\d)"
    # "early next year", "mid-this month", "late last year": a part of the span
    r"|(?:(?P<span_part>early|mid|late|the\s+(?:first|second)\s+half\s+of)[\s-]+(?=(?:last|this|next)\s))?"
    r"(?P<span_which>last|this|next|past|earlier\s+this|later\s+this|the\s+end\s+of(?:\s+the)?"
    r"|the\s+end\s+of\s+this|the\s+end\s+of\s+last|this\s+fiscal|last\s+fiscal|next\s+fiscal"
    r"|the\s+current(?:\s+fiscal)?|the\s+full|the\s+fiscal)"
    r"\s+(?P<span>week|month|year|weekend"
    r"|(?:" + _MONTH_NAMES + "|" + _SEASON_NAMES + r")(?!\s+\d{4}\b|,\s+\d{4}\b(?!\s+[a-z])|\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b))"
    # "next June 19", "last May 30,": a day of that month, at the clause's end (not "last May 30 people")
    r"(?:\s+(?P<span_day>\d{1,2})(?:st|nd|rd|th)?(?=\s*[,.;:!?)]|\s*\Z))?"
    # (a month's stated year: "the end of September 2022"; not "the end of May, 2000 workers said"; nor its day and
    # year: "In this June 18, 2015, file photo", where "this" goes with the photo; "last May 30" is last year's May)
    r"|" + _COUNT + r"\s+(?P<unit>days?|weeks?|months?|years?)\s+(?P<dir>ago|earlier|later)(?!\s+than)"
    r"|(?P<year_ago>year-(?:ago|earlier))(?=\s+[a-z])"
    r")\b"
)
_RELATIVE = re.compile(r"(?<!\w)(?=\w)" + gate(_RELATIVE_FORMS) + _RELATIVE_FORMS, re.IGNORECASE)
# A weekday that only decorates a full date ("Tuesday, February 14") is not a date of its own.
_DATE_FOLLOWS = re.compile(r",?\s+(?:the\s+)?\d|,?\s+[A-Z][a-z]{2,8}\.?\s+\d")


# Every relative expression holds one of these; a sentence with none is skipped unscanned,
# which halves the time on news text (tests/test_relative.py checks the shortcut changes nothing).
ANCHORS = ("day", "tomorrow", "tonight", "week", "month", "year", "quarter", "period", *SEASONS,
           "christmas", "thanksgiving", "easter", "halloween", *(name[:3] for name in MONTH_NAMES))


def relative_dates(text: str, reference: date) -> list[Mention]:
    text = fold_confusables(text)
    out = sorted(_days_of_the_month(text, reference) + _this_day_in(text, reference), key=lambda m: m.start)
    if not any(map(text.lower().__contains__, ANCHORS)):  # no Python step per anchor: asked of every sentence
        return out
    for m in _RELATIVE.finditer(text):
        if m.group("weekday") and (_DATE_FOLLOWS.match(text, m.end()) or _in_a_name(m) or _any_such_day(m)):
            continue
        if m.group("day") and _day_word_in_a_name(m):
            continue
        if m.group("span_which") and m.group("span_which").lower() == "this" and _DAY_AFTER.match(text, m.end()):
            continue  # "this June 25", "In this June 18, 2015, file photo": a date of its own (forms.py reads it)
        found = _next_of_told(text, m) if _told_next(text, m) else _resolve(m, reference)
        if found is not None:
            # "on Sunday", "in the quarter": the preposition is not part of the date
            start = m.start("q_which") if m.group("q_before") else m.start()
            if m.group("year_before"):
                start = m.start("the_year")
            if m.group("weekend_before"):
                start = m.start("weekend")  # "over the weekend": from "the"
            out.append(Mention("date", start, m.end(), text[start:m.end()], found, relative=True))
    return _anniversaries(out, text, reference)


# "On this day in 1977", "this date in 1977": a "today in history" column's day of the year, in that year
_THIS_DAY_IN = re.compile(r"\b(?:on\s+)?(?P<this>this\s+(?:very\s+)?(?:day|date)\s+in\s+(?P<year>1\d{3}|20\d{2}))\b",
                          re.IGNORECASE)


def _this_day_in(text: str, ref: date) -> list[Mention]:
    """'On this date in 1977, two jetliners collided': publication's day of the year in the year named (an earlier
    one), one date, not the year alone."""
    out = []
    for m in _THIS_DAY_IN.finditer(text) if "this" in text.lower() else ():
        year = int(m.group("year"))
        if year < ref.year:
            start = m.start("this")
            out.append(Mention("date", start, m.end(), text[start:m.end()], _years_back(ref, ref.year - year),
                               relative=True))
    return out


# "Ten years ago Sunday", "Ten years ago this Saturday": years counted back from a day named right after them
_YEARS_AGO = re.compile(r"(?P<n>\w+)\s+years?\s+ago\Z", re.IGNORECASE)
_DAY_NAMED = re.compile(r"\s+(?:(?P<this>this|on|last)\s+)?(?P<day>" + "|".join(WEEKDAY_NAMES) + r"|today|yesterday)\Z",
                        re.IGNORECASE)


def _anniversaries(out: list[Mention], text: str, ref: date) -> list[Mention]:
    """'Ten years ago Sunday, a mine collapsed': years counted back from the day named right after them are that day
    of the year so many years back (the anniversary falls on Sunday), one date, not the year and the day apart.  The
    day is the anniversary's, near publication whatever the tense of the event: "this Saturday" in this week, a bare
    weekday the nearest one."""
    if len(out) < 2:
        return out
    out.sort(key=lambda m: m.start)
    merged: list[Mention] = []
    for m in out:
        prev = merged[-1] if merged else None
        back = _YEARS_AGO.search(prev.text) if prev and prev.relative else None
        named = _DAY_NAMED.fullmatch(text, prev.end, m.end) if back else None
        if named:
            count = _count_of(back.group("n"))
            day = _anniversary_day(named, ref)
            if count:
                merged[-1] = Mention("date", prev.start, m.end, text[prev.start:m.end], _years_back(day, count),
                                     relative=True)
                continue
        merged.append(m)
    return merged


def _count_of(word: str) -> int | None:
    """'two', '10', 'a': the count a relative date's number word says, or None."""
    word = word.lower()
    return int(word) if word.isdigit() else {"a": 1, "an": 1, **ONES, **TENS}.get(word)


def _years_back(day: date, count: int) -> Period:
    """The day so many years back; 29 February in a year with none is the days around it (28 February, 1 March)."""
    year = day.year - count
    if day.month == 2 and day.day == 29 and not isleap(year):
        return periods.days(date(year, 2, 28), date(year, 3, 1))
    return periods.day(day.replace(year=year))


def _anniversary_day(named: re.Match, ref: date) -> date:
    word = named.group("day").lower()
    if word in ("today", "yesterday"):
        return ref - timedelta(days=word == "yesterday")
    ahead = (WEEKDAY_NAMES.index(word) - ref.weekday()) % 7  # days to the next such weekday (0: today)
    if (named.group("this") or "").lower() == "this":
        return ref + timedelta(days=WEEKDAY_NAMES.index(word) - ref.weekday())  # in this week, Monday to Sunday
    if (named.group("this") or "").lower() == "last":
        return ref - timedelta(days=(7 - ahead) or 7)
    return ref + timedelta(days=ahead) if ahead <= 3 else ref - timedelta(days=7 - ahead)


_WORD_BEFORE = re.compile(r"([A-Za-z]+)\s+$")
_DAY_AFTER = re.compile(r"\s+\d{1,2}(?:st|nd|rd|th)?\b(?![,.]\d)")


def _in_a_name(m: re.Match) -> bool:
    """'the Black Monday crash', 'Super Tuesday', 'The Sunday Times': a weekday inside a name.

    Only these: wire copy puts a weekday right after any name ("Iran Saturday condemned").
    """
    text, start = m.string, m.start("weekday")
    before = _WORD_BEFORE.search(text, max(0, start - 20), start)
    if before and before.group(1)[0].isupper() and before.group(1).lower() in NAMED_DAYS and m.start() == start:
        return True
    return text[max(0, start - 4):start].lower() == "the " and NAME_AFTER.match(text, m.end()) is not None


_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|every|each|any|one|some|another)\s+\Z", re.IGNORECASE)


def _any_such_day(m: re.Match) -> bool:
    """'fired on a Friday the week before a holiday', 'every Monday': an indefinite or every such day is no one day."""
    if not m.group("which") and not m.group().endswith(("'s", "’s")) and _RECURRING_AFTER.match(m.string, m.end()) \
            and _RECURRING_BEFORE.search(m.string, max(0, m.start() - 10), m.start()):
        return True  # "during Friday prayers", "at Sunday services": a weekday naming a kind of recurring event
    return not m.group("which") and bool(_INDEFINITE_BEFORE.search(m.string, max(0, m.start() - 10), m.start()))


# a preposition before it ("Iran Saturday condemns": a verb, wire style)
# (not "the": "The Friday explosions" are that Friday's)
_RECURRING_BEFORE = re.compile(r"\b(?:during|at|after|before|for|weekly)\s+\Z", re.IGNORECASE)
# a noun of a weekly observance right after a weekday ("Friday prayers"; not "Tuesday talks", a one-off)
_RECURRING_AFTER = re.compile(r"\s+(?:prayers|services|sermons|markets|masses|classes|lessons|worship)\b")


def _day_word_in_a_name(m: re.Match) -> bool:
    """'broadcaster India Today', 'USA Today', 'The Tonight Show': a capitalised Today, Tonight, Yesterday or Tomorrow
    right after a capitalised word, inside a sentence, is part of a name (wire copy writes "Iran today said")."""
    word = m.group("day")
    before = _WORD_BEFORE.search(m.string, max(0, m.start("day") - 20), m.start("day"))
    if not (word[0].isupper() and before is not None and before.group(1)[0].isupper() and before.start() > 0):
        return False
    return not title_case(words(m.string))  # in a title-case headline capitals say nothing


def relative_phrases(text: str) -> list[str]:
    """The relative dates in ``text`` ("on Sunday", "last year"), for saying why they count for nothing
    in a source without a publication date."""
    return [m.text for m in relative_dates(text, date(2000, 6, 15))]


def _resolve(m: re.Match, ref: date) -> Period | None:
    """The period the matched form names, by the form's own group."""
    return next(resolve(m, ref) for group, resolve in _RESOLVERS if m.group(group))


def _weekday(m: re.Match, ref: date) -> Period:
    target = WEEKDAY_NAMES.index(m.group("weekday").lower())
    which = (m.group("which") or "").lower().split()[0] if m.group("which") else ""
    if (m.group("which") or "").lower().endswith("following"):
        which = "next"
    if m.group("in_week"):  # "Friday last week": the week's Monday, then the weekday
        monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=1 if m.group("in_week").lower() == "next" else -1)
        return periods.day(monday + timedelta(days=target))
    back = (ref.weekday() - target) % 7
    if which in ("last", "the"):  # "last Friday", "the previous Friday"
        back = back or 7
    if which in ("next", "coming"):
        return periods.day(ref + timedelta(days=(target - ref.weekday()) % 7 or 7))
    # "Saturday's match will be shown": a possessive reads only what it owns
    possessive = m.group()[-2:] in ("'s", "’s")
    lean = leaning(m.string[m.start():], 0, m.end() - m.start()) if possessive else leaning(m.string, m.start(), m.end())
    if possessive and owned_by_a_past_event(m.string[m.end():]):
        lean = "past"
    ahead = which == "on" and lean == "" and _AHEAD.search(m.string, max(0, m.start() - 60), m.start())
    if which in ("", "on") and (lean == "future" or ahead):
        # "will leave on Thursday"; "crowds gather ahead of the final on Sunday": with no past verb, the event
        # something is ahead of ("on" a weekday after its noun) is still to come
        return periods.day(ref + timedelta(days=(target - ref.weekday()) % 7))
    return periods.day(ref - timedelta(days=back))


_AHEAD = re.compile(r"\b(?:" + alternation(AHEAD_OF) + r")\s+(?:[\w'’-]+\s+){1,4}\Z",
                    re.IGNORECASE)


def _day_word(m: re.Match, ref: date) -> Period:
    shift = {"yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1}[m.group("day").lower()]
    return periods.day(ref + timedelta(days=shift))


_MONTH_END_FROM = 21  # the day a month's last third begins


def _this_or_last(m: re.Match, ref: date) -> Period | None:
    """'last week', 'this fiscal year', 'next July', 'the end of the year'."""
    span, which = m.group("span").lower(), " ".join(m.group("span_which").lower().split())
    if span in MONTHS:
        return _month_named(m, MONTHS[span], which, ref)
    if span in SEASONS:
        return _named_season(span, which, ref)
    if span == "month" and which == "the end of the" and ref.day < _MONTH_END_FROM and _HAD.search(m.string) \
            and leaning(m.string, m.start(), m.end()) == "past":
        return None  # "before the end of the month, it had agreed", said on 9 March: a month the story told of
    found = _span(span, which, ref)
    if span == "year" and which in ("the end of", "the end of the") and found.first > ref and leaning(m.string, m.start(), m.end()) == "past":
        found = _span(span, which, date(ref.year - 1, 12, 31))  # "flu peaked by the end of the year", said in March
    return _part_of(found, part_key(m.group("span_part")))


def _month_named(m: re.Match, month: int, which: str, ref: date) -> Period | None:
    """'next July', 'the end of January', 'early next June', 'next June 19'."""
    if which.startswith("the end of") and "this" not in which and "last" not in which:
        which = {"future": "next", "past": "last"}.get(leaning(m.string, m.start(), m.end()), "this")
        if which == "next" and month == ref.month:
            which = "this"  # "will have stock by the end of January", said on 8 January: this month's end
    found = _part_of(_named_month(month, which, ref), part_key(m.group("span_part")))
    if m.group("span_day") and which in ("last", "this", "next"):
        try:  # "next June 19": that day of the month named
            return periods.day(date(found.first.year, found.first.month, int(m.group("span_day"))))
        except ValueError:
            return None  # ("next June 31": no such day)
    return found


def _part_of(found: Period, part: str) -> Period:
    """'early next year', 'late this month': that part of the year or month named."""
    if part and found.grain == "year":
        return periods.year(found.first.year, part)
    if part and found.grain == "month":
        return periods.month(found.first.year, found.first.month, part)
    return found


def _day_this_year(m: re.Match, ref: date) -> Period | None:
    """'September 8 last year', 'Dec. 3 last year', '8 September next year': that day in the year before, of or after
    publication."""
    month = m.group("dated_month") or m.group("month_after")  # capitalised: "may 8 last year" is no month
    shift = {"this": 0, "last": -1, "next": 1}[m.group("dated_which").lower()]
    try:
        return periods.day(date(ref.year + shift, MONTHS[month.lower()], int(m.group("dated_day") or m.group("day_first"))))
    except ValueError:
        return None  # "February 30 last year": no such day


# "on the 28th": a day of the month alone (not "the 28th floor", "the 28th of May", which forms.py reads)
_NTH = re.compile(r"\bon\s+(the\s+([12]?\d|3[01])(?:st|nd|rd|th))\b(?:\s+([a-z]+))?")


def _days_of_the_month(text: str, ref: date) -> list[Mention]:
    """'on the 28th': the latest such day up to publication, in its month or the one before."""
    out = []
    for m in _NTH.finditer(text) if "on the " in text else ():
        if m.group(3) and (m.group(3) == "of" or m.group(3) not in FUNCTION_WORDS):
            continue  # "on the 28th floor", "on the 28th of May": a rank, or a date forms.py reads ("on the 28th when
            # ...", a function word after it: the day alone)
        found = _day_of_this_month(int(m.group(2)), ref)
        if found is not None:
            out.append(Mention("date", m.start(1), m.end(1), m.group(1), found, relative=True))
    return out


def _day_of_this_month(day: int, ref: date) -> Period | None:
    """The latest ``day`` of a month up to ``ref`` (a day the month lacks names nothing)."""
    year, month = ref.year, ref.month
    if day > ref.day:
        year, month = (year - 1, 12) if month == 1 else (year, month - 1)
    try:
        return periods.day(date(year, month, day))
    except ValueError:
        return None


def _month_this_year(m: re.Match, ref: date) -> Period | None:
    """'January this year', 'June last year'."""
    if not m.group("named_month")[0].isupper():
        return None  # "inflation may this year reach 10%"
    shift = {"this": 0, "last": -1, "next": 1}[m.group("named_which").lower()]
    return periods.month(ref.year + shift, MONTHS[m.group("named_month").lower()])


def _the_season(m: re.Match, ref: date) -> Period | None:
    if NAME_AFTER.match(m.string, m.end()) or m.group("bare_season")[0].isupper():
        return None  # "the Winter Olympics", "the Summer Palace"
    if m.group("bare_season").lower() == "spring" and not _SEASON_PREPOSITION.search(m.string, 0, m.start()):
        return None  # "water flowed from the spring": only "in the spring", "over the spring" is the season
    return _bare_season(m.group("bare_season").lower(), ref, leaning(m.string, m.start(), m.end()))


def _weekend(m: re.Match, ref: date) -> Period:
    """'over the weekend': the one just past; 'ahead of the weekend': the coming one."""
    ahead = (m.group("weekend_before") or "").lower() in ("ahead of", "before") or (
        leaning(m.string, m.start(), m.end()) == "future")
    return _span("weekend", "this" if ahead or ref.weekday() >= 5 else "last", ref)


def _counted(m: re.Match, ref: date) -> Period | None:
    """'two days ago', 'six weeks later', 'a year earlier'; 'less than two weeks ago' is a bound, not a date."""
    if _BOUND.search(m.string, max(0, m.start() - 20), m.start()):
        return None
    count = _count_of(m.group("n"))
    unit = m.group("unit").lower().rstrip("s")
    if m.group("dir").lower() != "ago" and (unit != "year" or m.group("dir").lower() == "later"):
        # "reinstated four days later", "ten days earlier, the board met", "five years later, in March 1990": counted
        # from an event the text told of before, which is not the publication day (a year earlier is a year-ago
        # figure: _quarter_in_focus; a year later than publication has not happened)
        return None
    sign = -1  # "ago", or a year "earlier": back from publication ("later" returned above)
    if unit == "day":
        if count >= 5 and _HEDGED.search(m.string, max(0, m.start() - 16), m.start()):
            # "some ten days ago": about that many, a few days either side (a fifth of the count)
            spread = max(1, round(count / 5))
            return periods.days(ref + timedelta(days=sign * count - spread), ref + timedelta(days=sign * count + spread))
        return periods.day(ref + timedelta(days=sign * count))
    if unit == "week":  # "six weeks ago" names a week, not a day, and loosely: three days either side of it too
        back = ref + timedelta(days=sign * 7 * count)
        week = _span("week", "this", back)
        return replace(week, first=min(week.first, back - timedelta(days=3)), last=max(week.last, back + timedelta(days=3)))
    if unit == "month":  # from three on loosely too: half a month either side of that many months back
        months = ref.year * 12 + ref.month - 1 + sign * count
        found, back = periods.month(months // 12, months % 12 + 1), ref - timedelta(days=round(30.44 * count))
        if count < 3:
            return found
        return replace(found, first=min(found.first, back - timedelta(days=15)), last=max(found.last, back + timedelta(days=15)))
    found = periods.year(ref.year + sign * count)  # "five years ago": the year, or half a year either side of the day
    if count < 3:
        return found  # ("a year ago" is that year)
    back = date(ref.year + sign * count, ref.month, min(ref.day, 28))
    return replace(found, first=min(found.first, back - timedelta(days=183)), last=max(found.last, back + timedelta(days=183)))


_HEDGED = re.compile(r"\b(?:some|about|around|roughly|approximately|nearly|almost)\s+\Z", re.IGNORECASE)
_BOUND = re.compile(r"\b(?:" + "|".join(b.replace(" ", r"\s+") for b in BOUNDS) + r")\s+\Z", re.IGNORECASE)


def _reporting_quarter(m: re.Match, ref: date) -> Period | None:
    """'the latest quarter' is the last one ended by publication; 'year-ago' ones are a year before it.

    A bare "the period" names no quarter; "the current quarter" is the one under way.
    """
    which = " ".join((m.group("q_which") or "").lower().split())
    if m.group("q_span") and m.group("q_span").lower() == "period" and not (
            "latest" in which or "recent" in which or "year" in which or "comparable" in which
            or "corresponding" in which):
        return None
    if m.group("q_span") and which == "the" and not m.group("q_before"):
        return None  # "the quarter" means the reporting quarter only after in/for/during
    under_way = "current" in which or which == "this"
    quarters = ref.year * 4 + (ref.month - 1) // 3 - (0 if under_way else 1)
    if m.group("year_ago") or m.group("q_year_ago") or "year" in which or which in ("the comparable", "the corresponding"):
        quarters -= 4
    return periods.quarter(quarters // 4, quarters % 4 + 1)


_SEASON_PREPOSITION = re.compile(r"\b(?:in|during|over|through|until|by|since|into|this|last|next|of)\s+$", re.IGNORECASE)


def _holiday(m: re.Match, ref: date) -> Period | None:
    """'Thanksgiving', 'last Christmas', 'Easter 2021': the stated year, else the one 'last' or
    'next' names, else the clause's tense, else the occurrence nearest publication."""
    name = holiday_key(m.group("holiday"))
    if m.group("holiday").islower() and name not in ("the fourth of july",):
        return None  # "christmas" in lower case is the season's word, not the day
    if not m.group("holiday_year") and NAME_AFTER.match(m.string, m.end()):
        return None  # "Christmas Island", "the Good Friday Agreement": part of a name
    if m.group("holiday_year"):
        year = int(m.group("holiday_year"))
        if year < 1583 and HOLIDAYS[name] in ("easter", "good friday"):
            return None  # Easter before the Gregorian calendar is another reckoning
        return periods.day(holiday_date(name, year))
    which = (m.group("holiday_which") or "").lower()
    around = [holiday_date(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    lean = {"last": "past", "next": "future"}.get(which) or leaning(m.string, m.start(), m.end())
    if which == "this":
        return periods.day(around[1])
    if lean == "past":
        return periods.day(max(d for d in around if d <= ref))
    if lean == "future":
        return periods.day(min(d for d in around if d >= ref))
    return periods.day(min(around, key=lambda d: abs((d - ref).days)))


_PAST_SPAN_DAYS = {"year": 365, "month": 30, "week": 7}


def _told_next(text: str, m: re.Match) -> bool:
    """'the next year', 'the next month': "the" before "next" counts from a year the sentence has told ("in 2021"), not
    from now (not "in the next year", "will close the next year", nor after a year in an aside: "Velmar, founded in
    2015, plans to go public the next year")."""
    if not (m.group("span_which") and m.group("span_which").lower() == "next"
            and text[max(0, m.start() - 4):m.start()].lower() == "the "):
        return False
    year = _last_told_year(text, m.start())
    return year is not None and not _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start() - 4) \
        and not WILL.search(text, 0, m.start()) and not _in_aside(text, year, m.start())


def _last_told_year(text: str, end: int) -> re.Match | None:
    """The last year the text names with "in" before ``end`` ("in 2021"), or None."""
    return next(reversed(list(_TOLD_YEAR.finditer(text, 0, end))), None)


def _next_of_told(text: str, m: re.Match) -> Period | None:
    """'Back in 2021, ... should they win the election the next year': the year after the last year the sentence
    names before it ("in 2021"); None for a month or week (which one the text does not say here)."""
    if m.group("span").lower() != "year":
        return None
    return periods.year(int(_last_told_year(text, m.start()).group(1)) + 1, "")


def _in_aside(text: str, year: re.Match, end: int) -> bool:
    """Is the year in an aside closed before ``end`` ("Velmar, founded in 2015, plans to go public the next year":
    the founding's year, no time the story tells), opened by a comma and a relative pronoun or a past participle?"""
    start = text.rfind(",", 0, year.start())
    return start >= 0 and "," in text[year.end():end] and bool(_ASIDE_OPENING.match(text, start))


_ASIDE_OPENING = re.compile(r",\s+(?:which|who|that|where|[a-z]+ed\b)", re.IGNORECASE)


_SPAN_BEFORE = re.compile(r"\b(?:in|over|within|during|for|through|throughout)\s+\Z", re.IGNORECASE)
_TOLD_YEAR = re.compile(r"\b(?i:in)\s+(1[89]\d\d|20\d\d)\b")  # ("in 2019", not "employs 1900 people")


def _span(span: str, which: str, ref: date) -> Period:
    words = which.split()
    # "the end of last year" / "last fiscal year": the shift is the last word that names one
    shift = next((s for w in reversed(words) for s in [{"last": -1, "past": -1, "next": 1}.get(w)] if s), 0)
    if words and words[-1] == "past" and span in _PAST_SPAN_DAYS:
        # "the past year", "over the past month": the stretch up to now, not the last calendar one
        return periods.days(ref - timedelta(days=_PAST_SPAN_DAYS[span]), ref)
    if span == "year":
        # "the end of the year": its last third
        return periods.year(ref.year + shift, "end" if "end" in words else "")
    if span == "month":
        months = ref.year * 12 + ref.month - 1 + shift
        found = periods.month(months // 12, months % 12 + 1)
        if which == "earlier this":
            return replace(found, last=ref)
        return found
    monday = ref - timedelta(days=ref.weekday()) + timedelta(weeks=shift)
    if span == "weekend":
        return periods.weekend(monday + timedelta(days=5))
    return periods.week(monday)


def _named_month(month: int, which: str, ref: date) -> Period:
    """'last July': the most recent July before this month; 'next July' the coming one; 'this July' this year's."""
    year = ref.year
    if which in ("last", "past"):
        year = ref.year if month < ref.month else ref.year - 1
    elif which == "next":
        year = ref.year if month > ref.month else ref.year + 1
    return periods.month(year, month)


def _bare_season(season: str, ref: date, lean: str) -> Period:
    """'the summer' said in October is the summer just past; with 'will' in March, the coming one;
    'the summer was the hottest', said in June, last year's."""
    first, _ = SEASONS[season]
    started = ref.month >= first or (first == 12 and ref.month <= 2)  # this year's has begun
    year = ref.year if started or lean == "future" else ref.year - 1
    if first == 12 and ref.month <= 2:
        year = ref.year - 1  # the winter under way began last December
    found = _named_season(season, "this", date(year, 6, 15))
    if lean == "past" and found.last >= ref:  # under way: a past verb speaks of the last one
        found = _named_season(season, "this", date(found.first.year - 1, 6, 15))
    return found


def _the_year(m: re.Match, ref: date) -> Period | None:
    """'for the year': the year of publication, or, in results told early in a year, the one before."""
    if "Year" in m.group("the_year"):
        return None  # a title: "Person of the Year"
    words_before = m.string[max(0, m.start() - 20):m.start()].split()
    if m.group("year_before").lower() == "of" and words_before and words_before[-1].lower() in AWARD_WORDS:
        return None  # "player of the year"
    if ref.month <= 3 and leaning(m.string, m.start(), m.end()) == "past":
        return periods.year(ref.year - 1)  # "net profit for the year rose 12%", published in February
    return periods.year(ref.year)


def _named_season(season: str, which: str, ref: date) -> Period:
    first, last = SEASONS[season]
    year = ref.year
    if which in ("last", "past"):
        end_year = year if (last < first or last < ref.month) else year - 1
        year = end_year - 1 if last < first else end_year
    elif which == "next":
        year = year if first > ref.month else year + 1
    return periods.season(year, season)


# Each form of _RELATIVE by a group only it has, and what resolves it.
_RESOLVERS = (("weekday", _weekday), ("day", _day_word), ("span", _this_or_last), ("holiday", _holiday),
              ("named_month", _month_this_year), ("dated_which", _day_this_year), ("bare_season", _the_season), ("the_year", _the_year),
              ("weekend", _weekend), ("q_span", _reporting_quarter), ("year_ago", _reporting_quarter),
              ("unit", _counted))


# "the past two years" and "as soon as" are a span and a conjunction, not a vague time.
_VAGUE = re.compile(r"\b(?:(?P<present>now|currently|nowadays|at present|these days|today's)"
                    r"|(?P<past>in the past|recently|formerly|at the time|the past)"
                    r"|(?P<future>in the future|the future|(?<!as )soon(?! as)))\b"
                    r"(?!\s+(?:\d|few|several|two|three|four|five|six|seven|eight|nine|ten|decades?|years?"
                    r"|months?|weeks?|days?))", re.IGNORECASE)


def vague_references(text: str) -> list[tuple[int, int, str]]:
    """Spans of "now", "recently", "in the future": (start, end, PRESENT_REF | PAST_REF | FUTURE_REF).

    They name no calendar period, so the engine never lets them agree or differ with a
    fact; the TempEval benchmark scores them as TimeML does.
    """
    out = []
    for m in _VAGUE.finditer(fold_confusables(text)):
        kind = "PRESENT_REF" if m.group("present") else "PAST_REF" if m.group("past") else "FUTURE_REF"
        out.append((m.start(), m.end(), kind))
    return out
