"""Find the dates a sentence states in absolute forms ("9 November 2020", "Q1 2013", "the 1990s").

Each form is a rule: a pattern built from shared pieces, a build function that turns what it
matched into a Period, and examples of both (tests/dates/test_rules.py runs every one).  All
rules are matched in one pass: their patterns are joined, in table order, into one alternation
with a named group per rule, and a match goes to the build function of the group that matched.
Every pattern is a plain alternation without nested repetition, so matching is linear in the
length of the text.
"""

from __future__ import annotations

import re
from calendar import monthrange
from dataclasses import dataclass
from datetime import date
from typing import Callable

from ..lang.calendar import AMBIGUOUS_MONTHS, MONTH_ABBREVIATIONS, MONTH_NAMES, MONTHS, PLAIN_MONTHS
from ..lang.numbers import DAY_ORDINALS, QUARTER_ORDINALS, SERVICE_NOUNS
from ..listed import coordinate
from ..model import Mention, Period
from ..numbers import counts_something, words_to_number
from ..words import alternation, fold_confusables
from . import fragments as f
from . import periods
from .relative import relative_dates

__all__ = ["RULES", "Rule", "dates", "may_state_a_year"]

Groups = dict[str, "str | None"]


@dataclass(frozen=True)
class Rule:
    """One written form of a date.  Group names in ``pattern`` are the rule's own."""

    name: str
    pattern: str
    build: Callable[[Groups, re.Match], "Period | None"]  # None: the words are no date after all
    examples: tuple[tuple[str, str | None], ...]  # text -> the label it gives (None: no date)
    # mentions the same words imply besides the one built ("1957-58": the second year)
    more: Callable[[Groups, re.Match], list[Mention]] | None = None


def _month(word: str | None) -> int | None:
    """A month name's number; an ambiguous one ("may", "mar") only when capitalised."""
    if not word:
        return None
    if word.lower() in AMBIGUOUS_MONTHS and not word[0].isupper():
        return None
    return MONTHS.get(word.lower())


def _part_word(part: str | None) -> str:
    """'the end of' -> 'end', 'the first half of' -> 'first half', 'Early' -> 'early'."""
    return f.part_key(part)


def _calendar_day(year: int | None, month: int, day: int) -> Period | None:
    y = year or 2000  # a leap year stands in for "any year"
    if not 1 <= day <= monthrange(y, month)[1]:
        return None
    return periods.day(date(y, month, day), yearless=year is None)


def _iso(g: Groups, m: re.Match) -> Period | None:
    month = int(g["month"])
    return _calendar_day(int(g["year"]), month, int(g["day"])) if 1 <= month <= 12 else None


def _day_of_month(g: Groups, m: re.Match) -> Period | None:
    month = _month(g["month"])
    if month is None:
        return None
    return _calendar_day(int(g["year"]) if g["year"] else None, month, int(g["day"]))


def _ordinal_day(g: Groups, m: re.Match) -> Period | None:
    """'the tenth of September', 'September the twenty-first': a day written as an ordinal word."""
    month = _month(g["month"])
    day = DAY_ORDINALS.get(" ".join(g["ordinal"].lower().split()))
    if month is None or day is None:
        return None
    return _calendar_day(int(g["year"]) if g["year"] else None, month, day)


_DAY_ORDINAL = r"(?P<ordinal>" + "|".join(sorted((o.replace(" ", r"\s+") for o in DAY_ORDINALS), key=len, reverse=True)) + ")"


def _day_range(g: Groups, m: re.Match) -> Period | None:
    """'14-15 March 2021', 'March 14-15', 'between 12 and 16 March': a run of days in one month."""
    month = _month(g["month"])
    if month is None:
        return None
    year = int(g["year"]) if g["year"] else None
    first, last = _calendar_day(year, month, int(g["first"])), _calendar_day(year, month, int(g["last"]))
    if first is None or last is None or not first.first < last.first:
        return None
    return periods.days(first.first, last.first, yearless=year is None)


def _range_unless_listed(g: Groups, m: re.Match) -> Period | None:
    """'14-15 March 2021', 'March 14-15', 'September 17 and 18', 'between 12 and 16 March': a run of days; with "and"
    only two days in a row ("on June 9 and 30" are two dates), and no range after a verb of moving and "from" ("moved
    from June 3 to 10" is a change): then the first day alone, as the day-and-month forms read it."""
    if _listed_days(g, m):
        return _day_of_month({"month": g["month"], "year": g["year"], "day": g["first"]}, m)
    return _day_range(g, m)


def _listed_days(g: Groups, m: re.Match) -> bool:
    """Two days joined by "and" that do not follow each other (not after "between": a range), or a change of day
    after a verb of moving and "from" ("moved from June 3 to 10")."""
    before = max(0, m.start() - 50)
    between = g.get("between") or _BETWEEN.search(m.string, before, m.start())
    return (bool(_AND.search(m.group())) and int(g["last"]) != int(g["first"]) + 1 and not between
            or bool(_MOVED_FROM.search(m.string, before, m.start())) or g.get("between", "") == "from"
            and bool(_MOVED_FROM.search(m.string, before, m.start() + 5)))


_AND = re.compile(r"\sand\s", re.IGNORECASE)
_MOVED_FROM = re.compile(r"\b(?:moved|postponed|delayed|pushed|brought|rescheduled|shifted|changed|put|pulled|advanced|"
                         r"extended)\b[^.,;:!?]{0,30}?\bfrom\s+\Z", re.IGNORECASE)
_BETWEEN = re.compile(r"\bbetween\s+\Z", re.IGNORECASE)


def _month_of_year(g: Groups, m: re.Match) -> Period | None:
    month = _month(g["month"])
    return periods.month(int(g["year"]), month, _part_word(g["part"])) if month else None


def _season_of_year(g: Groups, m: re.Match) -> Period:
    return periods.season(int(g["year"]), g["season"].lower(), (g["part"] or "").lower())


def _decade(g: Groups, m: re.Match) -> Period:
    return periods.decade(int(g["decade"]), (g["part"] or "").lower())


def _century(g: Groups, m: re.Match) -> Period:
    return periods.century(int(g["number"]))


def _year(g: Groups, m: re.Match) -> Period | None:
    """A lone four-digit number is a year unless it counts something ("1500 feet"), or is hedged before a plural noun
    ("some 2000 guests": a year is never "some" or "nearly")."""
    if not 1800 <= int(g["year"]) <= 2099 or counts_something(m.string, m.end()) or _hedged_count(m) \
            or _CLOCK_ZONE.match(m.string, m.end()) or _SERVICE_NUMBER.search(m.string, max(0, m.start() - 10), m.start()):
        return None
    return periods.year(int(g["year"]), _part_word(g["part"]))


# "Gol flight 1907", "Train 2012", "bus 1905": a number right after a numbered service is its name, no year
_SERVICE_NUMBER = re.compile(r"\b(?:" + alternation(SERVICE_NOUNS) + r")\s+\Z", re.IGNORECASE)
# "(1841 UTC)", "0800 GMT", "2130 hours": four digits before a time zone or "hours" are a clock time, no year
_CLOCK_ZONE = re.compile(r"\s*(?:UTC|GMT|hrs\b|hours\b|local\s+time\b|IST\b|EST\b|EDT\b|CET\b|CEST\b|BST\b|PST\b"
                         r"|PDT\b|JST\b|AEST\b)")


_HEDGE_BEFORE = re.compile(r"\b(?:some|around|roughly|approximately|nearly|almost|about|more\s+than|fewer\s+than"
                           r"|at\s+least)\s+\Z", re.IGNORECASE)
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?[a-z]{3,}s\b")


def _hedged_count(m: re.Match) -> bool:
    return bool(_HEDGE_BEFORE.search(m.string, max(0, m.start() - 16), m.start())) and bool(
        _PLURAL_AFTER.match(m.string, m.end()))


# "Ordinance 2023-25", "Case No. 2021-24": a number that names a document, not a span of years.
_NUMBERED = re.compile(r"\b(?:no\.?|number|order|ordinance|resolution|bill|law|act|case|decree|directive|docket"
                       r"|regulation|rule|file)\s+$", re.IGNORECASE)
_SHORT_YEAR = re.compile(r"[-–/](\d\d)(?![\w%])")


def _second_year(g: Groups, m: re.Match) -> list[Mention]:
    """The '58' of '1957-58': a year range names its second year with two digits, a few years on."""
    text, year = m.string, int(g["year"])
    if g["part"] or _NUMBERED.search(text, max(0, m.start() - 14), m.start()):
        return []
    short = _SHORT_YEAR.match(text, m.end())
    if short is None or not 0 < int(short.group(1)) - year % 100 <= 10:
        return []  # "Executive Order 2020-59" is no range of years
    second = year - year % 100 + int(short.group(1))
    return [Mention("date", short.start(1), short.end(1), short.group(1), periods.year(second))]


def _quarter(g: Groups, m: re.Match) -> Period:
    year = g["of_year"] or g["year_after"] or g["year_before"]
    return periods.quarter(int(year) if year else None, QUARTER_ORDINALS[g["ordinal"].lower()])


def _numbered_quarter(g: Groups, m: re.Match) -> Period:
    return periods.quarter(int(g["year"]), int(g["number"]))


def _word_year(g: Groups, m: re.Match) -> Period | None:
    if re.search(r"[\s-][A-Z]", g["year"]):
        return None  # a title: "Nineteen Eighty-Four"
    words = g["year"].lower().split()
    if words[0] == "two" or words[0] == "the":  # "two thousand" alone is a number: only "the year two thousand"
        if not g["year_2k"]:
            return None
        year = 2000 + int(words_to_number(" ".join(words[words.index("thousand") + 1:])) or 0)
    else:
        parts = re.split(r"[\s-]+", g["year"].lower(), maxsplit=1)
        year = int(words_to_number(parts[0])) * 100 + int(words_to_number(parts[1]) or 0)
    if g["month"]:
        month = _month(g["month"])
        return periods.month(year, month) if month else None
    if g["season"]:
        return periods.season(year, g["season"].lower())
    return periods.year(year)


# Prepositions before which even "May" and "March" are months ("in May", "since March").
_MONTH_PREPOSITIONS = {"in", "since", "by", "until", "from", "through", "during", "between"}


def _month_alone(g: Groups, m: re.Match) -> Period | None:
    """A month name standing alone ("a June agreement", "December's figures") is a month unless it
    is also a common word ("May", "March") or an abbreviation, or a name follows ("April Glaspie");
    after a preposition or with a part ("in May", "late-November") any capitalised one is."""
    month, word, prep = _month(g["month"]), g["month"], (g["prep"] or "").lower()
    if month is None or not word[0].isupper():
        return None
    ended = _month_range_end(m)  # "between March and May": the range's end is a month too
    if not (prep or g["part"] or ended) and (word not in PLAIN_MONTHS or f.NAME_AFTER.match(m.string, m.end())):
        return None
    if word not in PLAIN_MONTHS and not ended and (prep not in _MONTH_PREPOSITIONS
                                                   or prep == "between" and not _month_after_and(m)):
        return None  # "after May resigned", "support for May", "talks between May and Corbyn": the name
    return periods.month(None, month, _part_word(g["part"]))


def _month_after_and(m: re.Match) -> bool:
    """'between May and July': "and" and a month's name (maybe after early/mid/late) right after the match."""
    after = _AND_WORD.match(m.string, m.end())
    return after is not None and _month_name(after.group(1))


def _month_range_end(m: re.Match) -> bool:
    """'between March and May': the match follows "between", a month's name and "and"."""
    before = _BETWEEN_MONTH_AND.search(m.string, max(0, m.start() - 40), m.start())
    return before is not None and _month_name(before.group(1))


def _month_name(word: str) -> bool:
    """Is the word a month's name written with a capital ("May", not "may")?"""
    return _month(word) is not None and word[0].isupper()


_BETWEEN_MONTH_AND = re.compile(r"\bbetween\s+(?:(?:early|mid|late)[\s-]+)?([A-Za-z]+)\s+and\s+\Z", re.IGNORECASE)
_AND_WORD = re.compile(r"\s+and\s+(?:(?:early|mid|late)[\s-]+)?([A-Za-z]+)")
_SOME_PART = r"(?:(?P<part>early|mid|late)[\s-]+)?"
# no lower-case word right after a range's last day, but for a preposition or a conjunction ("on March 14 and 15 people
# were hurt" counts 15 people)
_NO_NOUN_AFTER = (r"(?!\s+(?!(?:in|at|on|to|as|by|for|with|when|during|after|before|and|or|the|from|until)\b)"
                  r"[a-z])")
# ...but a dash or a slash joins two days only ("December 2-3 marks the anniversary": no count of marks; "the night of
# September 6/7")
_DASHED_OR_NO_NOUN_AFTER = r"(?:(?<=[-–/]\d)|(?<=[-–/]\d\d)|" + _NO_NOUN_AFTER + ")"
# ("vanished on March 8 in 2014", "on September 23 of 2022"; not "the evacuation on June 3 of 2000 residents": a count)
_OPT_YEAR = r"(?:,?\s+(?:in\s+|of\s+(?=\d{4}\b" + _NO_NOUN_AFTER + r"))?" + f.year("year") + ")?"

# In matching order: where two rules match at one place, the earlier wins.
RULES = (
    Rule("iso", r"(?P<year>\d{4})-(?P<month>\d{2})-(?P<day>\d{2})", _iso,
         (("filed on 2021-03-04.", "2021-03-04"), ("code 2021-13-04", None), ("at 2021-03-04T16:15", "2021-03-04"))),
    # a day, a month's name and a year joined by hyphens, as forms and tables write them ("29-April-2019", "3-Jan-2020")
    # (a month's name in capitals, and no day of a range before: "2-3-May-2019" is no one day)
    Rule("day_month_hyphen", r"(?<![\d][-–])" + f.day("day") + r"-(?=(?-i:[A-Z]))" + f.month("month") + r"-"
         + f.year("year"), _day_of_month,
         (("first announced on 29-April-2019.", "2019-04-29"), ("due 3-Jan-2020", "2020-01-03"),
          ("the 31-June-2019 filing", None))),
    Rule("day_range", r"(?:(?P<between>between|from)\s+)?" + f.day("first") + r"(?:\s*[-–]\s*|\s+(?:to|and|until|through)\s+)"
         + f.day("last") + r"\s+(?:of\s+)?" + f.month("month") + _OPT_YEAR, _range_unless_listed,
         (("signed on 14-15 March 2021.", "2021-03-14–15"), ("between 12 and 16 March", "--03-12–16"),
          ("from 30 to 31 May 2020", "2020-05-30–31"), ("on 15-14 March 2021", None))),
    Rule("month_day_range", f.month("month") + r"\s+" + f.day("first") + r"(?:\s*[-–]\s*|/|\s+(?:and|to|through|until)\s+)"
         + f.day("last") + r"(?!\d|:\d)" + _DASHED_OR_NO_NOUN_AFTER + _OPT_YEAR, _range_unless_listed,
         (("on March 14-15, 2021,", "2021-03-14–15"), ("Sept. 2–4", "--09-02–04"),
          ("December 2-3 marks the anniversary", "--12-02–03"),
          ("On September 17 and 18, waves", "--09-17–18"), ("from May 3 to 5 in Aske", "--05-03–05"),
          ("on March 14 and 15 people were hurt", "--03-14"), ("went to the polls on June 9 and 30", "--06-09"),
          ("The hearing was moved from June 3 to 10.", "--06-03"), ("landing on September 6/7.", "--09-06–07"))),
    Rule("day_month", r"(?:the\s+)?" + f.day("day") + r"\s+(?:of\s+)?" + f.month("month") + _OPT_YEAR,
         _day_of_month,
         (("opened on 3 March 2019.", "2019-03-03"), ("the 4th of July", "--07-04"),
          ("the 31st of June 2019", None), ("you may 1 day", None))),
    # a day as an ordinal word only with "the" and "of", or after the month and "the" ("the first of the month" is
    # none; "the second September" is no date)
    Rule("ordinal_day", r"the\s+" + _DAY_ORDINAL + r"\s+of\s+" + f.month("month") + _OPT_YEAR, _ordinal_day,
         (("on the tenth of September, a cyclone", "--09-10"), ("the twenty-first of June 2019", "2019-06-21"),
          ("the thirty-first of June", None), ("the first of the month", None))),
    Rule("month_ordinal_day", f.month("month") + r"\s+the\s+" + _DAY_ORDINAL + r"\b" + _NO_NOUN_AFTER + _OPT_YEAR,
         _ordinal_day,
         (("on September the tenth", "--09-10"), ("May the fourth, 2020", "2020-05-04"),
          ("Every September the first rains flood the wadi.", "--09"))),  # the month alone, no day
    # scraped text may lose the space after an abbreviation's dot: "Jan.2nd, 2024"
    Rule("month_day", f.month("month") + r"(?:\s+|(?<=[a-z]\.))" + f.day("day") + r"(?!\d|:\d)" + _OPT_YEAR, _day_of_month,
         (("on March 3, 2019, the mayor", "2019-03-03"), ("Feb. 2", "--02-02"), ("Sept. 30 2018", "2018-09-30"),
          ("on Jan.2nd, 2024", "2024-01-02"), ("Sept.10", "--09-10"), ("On September 23 of 2022, he", "2022-09-23"))),
    Rule("month_year", f.part("part") + f.month("month") + r",?\s+(?:of\s+)?" + f.year("year"), _month_of_year,
         (("in June 2018", "2018-06"), ("early March 2017", "2017-03 (early)"),
          ("at the end of May 2016", "2016-05 (end)"))),
    Rule("season_year", r"(?:the\s+)?" + _SOME_PART + f.season("season") + r"\s+(?:of\s+)?" + f.year("year"),
         _season_of_year,
         (("the summer of 2015", "2015-SU"), ("winter 2014", "2014-WI"), ("late spring 2013", "2013-SP (late)"))),
    Rule("decade", r"(?:the\s+)?" + _SOME_PART + r"(?P<decade>1[5-9]\d0|20\d0)['’]?s", _decade,
         (("in the 1970s", "1970s"), ("the early 1980s", "1980s (early)"))),
    # (not before a capitalised word: "21st Century Fox" is a name)
    Rule("century", r"(?:the\s+)?(?P<number>[2-9]|1\d|2[01])(?:st|nd|rd|th)[\s-]+century(?!\s+B\.?C)"
         r"(?!\s+(?-i:[A-Z][a-z]))", _century,
         (("a 19th-century mill", "18xx"), ("the 3rd century BC", None), ("21st Century Fox's assets", None))),
    Rule("year", f.part("part") + f.year("year"), _year,
         (("built in 1998", "1998"), ("by mid-2012", "2012 (mid)"), ("1500 feet down", None),
          ("after the flood of 1912", "1912"), ("some 1900 people", None)),
         more=_second_year),
    Rule("quarter", r"(?:the\s+)?(?:" + f.year("year_before") + r"\s+)?(?P<ordinal>" + "|".join(QUARTER_ORDINALS)
         + r")[\s-]+quarter(?:\s+of\s+(?:(?:the\s+)?calendar\s+(?:year\s+)?)?" + f.year("of_year")
         + r"|,?\s+" + f.year("year_after") + r")?", _quarter,
         (("the second quarter of 2018", "2018-Q2"), ("4th-quarter 2017 sales", "2017-Q4"),
          ("the third quarter of calendar year 2024", "2024-Q3"),
          ("in the third quarter", "--Q3"))),
    Rule("numbered_quarter", r"Q(?P<number>[1-4])\s+" + f.year("year"), _numbered_quarter,
         (("Q3 2016", "2016-Q3"),)),
    Rule("word_year", r"(?:" + f.month("month") + r"\s+|(?:the\s+)?" + f.season("season") + r"\s+of\s+)?"
         + f.word_year("year"), _word_year,
         (("back in nineteen eighty-one", "1981"), ("March nineteen ninety", "1990-03"),
          ("by the year two thousand and five", "2005"), ("two thousand chairs", None))),
    Rule("month", r"(?:(?P<prep>in|since|by|until|from|through|during|for|of|at|before|after|between)\s+)?(?P<shown>"
         + f.part("part") + f.month("month") + r")(?:['’]s)?(?!\.?,?\s+\d|\s+of\s+(?:\d{4}(?!\d)|\d+(?![\d,.]*\s+[a-z])))",
         _month_alone,
         (("a July deal", "--07"), ("since March", "--03"), ("the mid-October rally", "--10 (mid)"),
          ("the March parade", None), ("June Carter sang", None),
          # "of" and a count of a noun after the month is the verb's complement, no day or year of the month
          ("convicted in July of 10 criminal counts", "--07"), ("in July of 10", None),
          ("in July of 2019 he left", "2019-07"))),  # (the month and its year: month_year)
)


def _own_groups(rule: Rule) -> tuple[tuple[str, str], ...]:
    """(the rule's name for a group, its name in the joined pattern)."""
    return tuple((local, f"{rule.name}__{local}") for local in re.compile(rule.pattern).groupindex)


_GROUPS = {rule.name: _own_groups(rule) for rule in RULES}
_RULE = {rule.name: rule for rule in RULES}
_RULES_JOINED = "(?:" + "|".join(f"(?P<{rule.name}>" + re.sub(r"\(\?P<(\w+)>", rf"(?P<{rule.name}__\1>", rule.pattern)
                                 + ")" for rule in RULES) + ")"
# (a date ends at a word's end, or at the "T" of ISO 8601's date and time: "2024-08-25T16:15")
_DATE = re.compile(r"(?<![\w$£€.,])(?=\w)" + f.gate(_RULES_JOINED) + _RULES_JOINED + r"(?!(?!(?-i:T)\d)[\w%]|[.,]\d)",
                   re.IGNORECASE)


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
        while k < len(relative) and relative[k][1] <= m.start():
            k += 1
        if k < len(relative) and relative[k][0] < m.end():
            continue  # "January" inside "January this year"
        rule = _RULE[m.lastgroup]  # the rule's own group closes last
        g = {local: m.group(name) for local, name in _GROUPS[rule.name]}
        found = rule.build(g, m)
        if found is not None:
            start, end = _span(m, rule)
            out.append(Mention("date", start, end, text[start:end], found))
            out.extend(rule.more(g, m) if rule.more else ())
    out.sort(key=lambda m: m.start)
    return coordinate(out, text)


_ABBR = {abbreviation[-3:] for abbreviation in MONTH_ABBREVIATIONS}  # "Nov.", "Sept." keep their dot


def _span(m: re.Match, rule: Rule) -> tuple[int, int]:
    """Where the date stands: without a preposition before it, a sentence's full stop or a possessive after it."""
    start = m.start(f"{rule.name}__shown") if rule.name == "month" else m.start()
    words = m.group()
    end = m.end() - 1 if words.endswith(".") and words[-4:-1].lower() not in _ABBR else m.end()
    return start, end - 2 if words[-2:] in ("'s", "’s") else end


_FOUR_DIGITS = re.compile(r"\d{4}")
# Besides four digits (a year: "2020", "the 1990s", "2020-11-09", "Q3 2016"), every absolute date holds one of these
# (a month, a quarter, a century, a year in words): a day, a month's or a century's number is never alone.
_ANCHORS = (*(name[:3] for name in MONTH_NAMES), "quarter", "century", "eighteen", "nineteen", "thousand")


def _may_hold_a_date(text: str) -> bool:
    """A cheap first look: a sentence without four digits or a month's letters has no date to scan for ("56
    people", "at 9:30")."""
    if _FOUR_DIGITS.search(text):
        return True
    return any(map(text.lower().__contains__, _ANCHORS))


_YEAR_WORDS = ("eighteen", "nineteen", "thousand")  # every year said in words holds one (fragments.word_year)


def may_state_a_year(text: str) -> bool:
    """A cheap first look: a sentence without four digits or a year in words states no date with its year (a month
    or a weekday alone, a date counted from publication)."""
    text = fold_confusables(text)
    return bool(_FOUR_DIGITS.search(text)) or any(map(text.lower().__contains__, _YEAR_WORDS))
