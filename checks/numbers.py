"""Find the numbers a sentence states, with the unit word after them and any hedge before them.

Every pattern is a plain alternation without nested repetition, so matching
is linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .dates.fragments import gate
from .listed import coordinate
from .model import Mention
from .money import amount, is_money
from .lang.grammar import REVISED_TO_VERBS, REVISION_FILLERS, BE_FORMS, CHANGE_WORDS, CLAUSE_OPENERS, FUNCTION_WORDS, HOLDING_GERUNDS, IRREGULAR_PAST, NAME_PARTICLES, NOT_SUPERLATIVES, SUPERLATIVES
from .lang.numbers import (DECIMAL_PARTS, DEATH_WORDS, HARMED_UNITS, INJURY_WORDS, PEOPLE_UNITS, PERPETRATOR_NOUNS, VOTE_REJECTING, VOTE_TALLY_NOUNS, VOTE_TALLY_VERBS, COUNT_WORDS, COUNTED_NOUNS, FRACTION_COUNTS, FRACTIONS, HEDGES, PART_OWNER_STOPS, PART_SIGNS, PART_WORDS, ONES, ORDINAL_SUFFIXES, ORDINAL_WORDS, SCALES,
                           SCALE_WORDS, TEMPERATURE_UNITS, TENS, UNITS, VAGUE_QUANTIFIERS)
from .words import alternation, fold_confusables, is_plural, normalise, singular, title_case, words
from .lang.calendar import CALENDAR_WORDS, WEEKDAY_NAMES as WEEKDAYS

__all__ = ["RANGE", "WITH_PERPETRATOR", "counts_something", "is_ordinal", "numbers", "ordinal_values", "ordinals", "range_bounds", "superlative",
           "words_to_number"]

_ONES_TENS = "|".join(sorted([*ONES, *TENS], key=len, reverse=True))
_ONES_ORDINALS = "|".join(w for w, n in ORDINAL_WORDS.items() if n < 10)  # "twenty-first" is one ordinal
_COUNT = "|".join(COUNT_WORDS)
# A count word follows a number and multiplies it ("two dozen", "2 dozen"); its plural is no number
# ("dozens of"); a fraction takes "a" and a count word or scale ("half a dozen", "half a million").
# the part of a mixed number after its whole ("and a half", "½", "1/2"); not a date's "1/8/2024"
_PART = (r"[\s-]+and[\s-]+an?[\s-]+(?:" + "|".join(PART_WORDS) + r")\b|\s?[" + "".join(PART_SIGNS) + r"]"
         r"|[\s-][1-7]/[2-8](?![\d/])")
# "a" is a number only before a unit ("an hour", "half a mile") or with a part ("a and a half hours"): the unit as
# ``_unit_after`` reads it (a run of letters after one space).  Most "a"s are neither: left unmatched, they cost the
# scan a look ahead instead of a mention made and dropped (half of all matches in prose).
_A_UNIT = (r"(?=\s)(?=" + _PART + r"|[ \u00a0]-?(?:" + alternation(u for u in UNITS if u.isalpha())
           + r")(?![^\W\d_]))")
# "and" inside a number in words only after a scale ("three hundred and fifty"; "six and eight" are two numbers)
_AND_AFTER_SCALE = "(?:" + "|".join(rf"(?<={s}[\s-])" for s in ("hundred", "thousand", "million", "billion")) + ")"
_IN_WORDS = (r"(?P<words>(?:(?:(?:(?:" + "|".join(FRACTION_COUNTS) + r")[\s-]+)?(?:half(?:[\s-]+of)?|(?:"
             + "|".join(f for f in FRACTIONS if f != "half") + r")[\s-]+of)[\s-]+)?(?:a|an)[\s-]+(?:(?:half|quarter)[\s-]+)?(?:hundred|thousand|million|billion|"
             + _COUNT + r")|" + _ONES_TENS + "|" + _COUNT + r")"
             r"(?:[\s-]+(?:" + _AND_AFTER_SCALE + r"and[\s-]+)?(?:" + _ONES_TENS + "|" + "|".join(SCALES) + "|" + _COUNT
             + r"))*|(?:half[\s-]+)?an?" + _A_UNIT
             + r")\b(?!-(?:" + _ONES_ORDINALS + r")\b)")
# A number hyphen-joined to a capital letter is part of a code, no count ("Soyuz MS-12 crew", "an F-16 pilot", "the
# COVID-19 wave"; not after a word in small letters: "a magnitude-7.1 quake", "a 30-to-60-year sentence").
# Each branch asks its cheapest question first (a digit; a word's start and the gate), so the scan passes over
# most places at once instead of trying the lookbehinds, and then every word, at each character.
_FIGURE_AFTER = re.compile(r"[ \u00a0](?:[A-Z][A-Za-z]?|[a-z]{1,2})[ \u00a0]?\d")  # "An M 6.4", "a Mw 7.1": the sign of the figure after
_PLURAL_LONG = re.compile(r"[ \u00a0]-?[^\W\d_]+s-long\b", re.IGNORECASE)  # "a years-long", "a decades-long"
_A_WORDS = re.compile(r"(?:half[\s-]+)?an?", re.IGNORECASE)  # "a", "an", "half a": a number only before a unit
_NUMBER = re.compile(
    r"(?=\d)(?<!(?-i:[A-Z])-)(?:(?<=\bRM)|(?<=\bRs)|(?<=\bRp)|(?<=\bTk)|(?<=\bSR)|(?<=\$US)|(?<=\$AU)|(?<=\$A)|(?<=\$NZ)|(?<=\$C)|(?<=\$HK)|(?<![\w.,/]))(?P<digits>\d{1,3}(?:[ \u00a0\u2009\u202f]\d{3})+(?![\d,]|\.\d)|\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000|\d{1,3}, 0\d\d(?![\d,]|\.\d)|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)(?!\d|,\d|/\d)(?![\d,]*(?:st|nd|rd|th)\b)"
    r"(?P<part>" + _PART + r")?"  # a mixed number: "22 1/2", "22-and-a-half", "2½"
    # a scale word after a space, or hyphen-joined as a modifier ("the $44-billion deal")
    r"(?:(?:\s?|-(?=(?:thousand|million|billion|trillion)\b))(?P<scale>thousand|million|billion|trillion|bn|mn|mln|bln|k|lakhs?|"
    r"crores?|"
    + _COUNT + r")\b)?"
    r"|\b" + gate(_IN_WORDS) + _IN_WORDS + r"(?:(?P<wpart>" + _PART + r")(?:\s(?P<wscale>thousand|million|billion|trillion)\b)?)?",  # the gate passes over a word that begins no number at once
    re.IGNORECASE,
)
# A quantifier that leaves a count word vague: "a few dozen", "several dozen", "a couple of dozen".
_VAGUE = re.compile(r"\b(?:" + "|".join(VAGUE_QUANTIFIERS) + r")(?:\s+of)?[\s-]+\Z", re.IGNORECASE)
_HEDGE = re.compile(r"(?:^|\W)(" + "|".join(re.escape(h) for h in sorted(HEDGES, key=len, reverse=True))
                    + r")\s*$", re.IGNORECASE)
_DOT_GROUPED = re.compile(r"\d{1,3}(?:\.\d{3}){2,}|\d{1,3}\.000")
# "2 200 structures", "1\u202f000 000": thousands grouped by a space (SI style; no-break, thin and narrow spaces too)
_SPACES = re.compile(r"[ \u00a0\u2009\u202f]")
_AGO = re.compile(r"\s+ago\b", re.IGNORECASE)
# what stands before a rate's "a" ("a billion dollars a month", "twice a day", "40 hours a week", "$31 a share"): a
# number, a plural noun or a word of frequency, right before it
_RATE_BEFORE = re.compile(r"(?:\d|\b(?:[A-Za-z]{2,}s|once|twice|thrice|times|thousand|million|billion|trillion|bn|mn|mln|bln|"
                          r"crore|lakh))\s+\Z", re.IGNORECASE)
# (and "respectively", which closes a list of values: "were 18 and 374, respectively" names no unit)
_OPENERS_NOT_FUNCTION_WORDS = frozenset(CLAUSE_OPENERS - FUNCTION_WORDS) | {"respectively"}
_FOLLOW = re.compile(r"(?P<hyphen>-)?(?P<word>[^\W\d_]+)")
_MILLION_JOINED = re.compile(r"m-(?P<unit>[^\W\d_]+)\b")  # "420m-mile": "m" is million before a joined unit


# Characters of text kept before a number for the rules that read back from it ("The death toll from the devastating
# earthquake in Velmar has climbed to 2,946": the tally noun 70 characters back).
_BEFORE = 100


def numbers(text: str, taken: list[tuple[int, int]] | Callable[[], list[tuple[int, int]]] = ()) -> list[Mention]:
    """Number mentions with the unit word after them and any hedge before them.

    ``taken`` spans (dates) are skipped: a function giving them is asked only if the text holds something that
    reads as a number (many sentences hold none, and need not be scanned for dates).  Compound durations ("1 hour
    and 45 minutes") become one mention in the smaller unit.
    """
    out: list[Mention] = []
    text = fold_confusables(text)
    first = _NUMBER.search(text)
    if first is None:
        return out
    taken = [*(taken() if callable(taken) else taken), *_times(text)]
    timed = _race_times(text, taken) + _decimal_parts(text)
    taken += [(t.start, t.end) for t in timed]
    for m in _outside(text, first, taken):
        value = _number_value(m)
        if value is None:
            continue
        value, unit, start, end, after_at = _unit_of(m, text, value)
        if m.group("words") and _A_WORDS.fullmatch(m.group("words")) and (unit.lower() not in UNITS
                                                                          or _RATE_BEFORE.search(text, max(0, start - 24), start)
                                                                          or _PLURAL_LONG.match(text, end)
                                                                          or _FIGURE_AFTER.match(text, end)):
            continue  # "a" is a number only before a unit: "an hour"; not a rate's "a": "$1 billion a month"; nor
            # before a plural span made an adjective: "a years-long war" is no one year; nor before a unit's sign
            # that a figure follows: "An M 6.4 earthquake" is a magnitude of 6.4
        if _vague(m, text) or _pronoun(m, text, unit) or _in_a_name(m, text) or _GLUED_NAME.match(text, m.end()):
            continue  # "a few dozen homes": no exact number; "a loved one", "Those One Medical offices": no count
        if unit and _AGO.match(text, _unit_after(text, end)[1]):
            continue  # "a week ago", "nearly four years ago": a time counted back, a date not an amount
        value, start = _nobody(m, text, start, _signed(m, text, end, unit, value))
        approx, unit, end = _approx(text, start, end, unit)
        mention = Mention("number", start, end, text[start:end], value, unit=unit, approx=approx,
                          after=text[end:end + 60] if after_at is None else text[after_at:after_at + 60],
                          before=text[max(0, start - _BEFORE):start])
        out.append(_ranged(out, _borrow_unit(out, _merge(out, mention, text), text), text))
    out = _without_scores(sorted(out + timed, key=lambda x: x.start), text)
    return _of_which(_tallies(_totals(coordinate(_to_levels(_included_bare(_parts_of_wholes(out, text), text), text), text),
                                      text), text), text)


# letters glued to the figure that turn to a capital inside, "23andMe": a name's own digits, no number
_GLUED_NAME = re.compile(r"[a-z]{3,}[A-Z]")  # (not a unit's capital: "930hPa", "20mSv", "180mmHg", "27.5inHg")


# a score line: two or more dash-joined pairs of one-digit whole numbers in a row, a tiebreak's in brackets ("2-6 6-7 (5-7)
# 6-4", "7-5, 6-3"): games won, no amounts (bounded repeats, each its own separator: linear time)
_SCORE_PAIR = r"\d[-–]\d(?:\s?\(\d{1,2}[-–]\d{1,2}\))?"
_SCORE_RUN = re.compile(r"(?<![\w.,-])" + _SCORE_PAIR + r"(?:,?\s" + _SCORE_PAIR + r")+(?![\w-])")


def _without_scores(out: list[Mention], text: str) -> list[Mention]:
    """The mentions outside score lines ("won 2-6 6-7 (5-7) 6-4 6-4 7-5": set scores count nothing a fact counts)."""
    if "-" not in text and "–" not in text:
        return out
    spans = [m.span() for m in _SCORE_RUN.finditer(text)]
    return [m for m in out if not any(a <= m.start and m.end <= b for a, b in spans)] if spans else out


def _hedge_before(text: str, start: int) -> str:
    """The hedge right before a number ("about", "nearly"), in small letters, or ''."""
    hedge = _HEDGE.search(text, max(0, start - 20), start)
    return hedge.group(1).lower() if hedge else ""


def _approx(text: str, start: int, end: int, unit: str) -> tuple[str, str, int]:
    """The hedge before a number ("about"), its unit and its end: "1,000-plus deaths" is more than 1,000 deaths; a
    toll with its perpetrator is marked so."""
    approx = _hedge_before(text, start)
    if unit.lower() == "plus" and text[end:end + 1] == "-":  # "1,000-plus deaths": more than 1,000 deaths
        unit, approx, end = _unit_after(text, end + 5)[0], "more than", end + 5
    if not approx and (held := _WITH_PERPETRATOR.match(text, end)) \
            and _DEATH_WORD.search(text, max(0, start - 40), held.end() + 12):
        approx = WITH_PERPETRATOR
    return approx, unit, end


# "clocked 1:59:40.2", "a course record of 2:02:37": hours, minutes and seconds of a span (a race's time); not a time
# of day ("at 10:15:30", "10:15:30 GMT")
_RACE_TIME = re.compile(r"(?<![\w.:$])(?!0\d)(\d{1,2}):([0-5]\d):([0-5]\d(?:\.\d{1,3})?)(?![\d:]|\s?[ap]\.?m\b|"
                        r"\s?(?-i:[A-Z]{1,4}T\b|UTC\b)|\s+(?-i:(?:[A-Z][a-z]+\s+){1,3})?time\b|\s+local\b|\s+(?:and|to|until|till)\s+\d|"
                        r"\s+(?:on\s+)?(?:" + "|".join(WEEKDAYS) + r")\b)",
                        re.IGNORECASE)
_AT_BEFORE = re.compile(r"\b(?:at|by|from|until|till|before|after|to|and|between|started|starts|starting|began|begins|"
                        r"ended|ends|opened|opens|closed|closes)\s+\Z",
                        re.IGNORECASE)


def _decimal_parts(text: str) -> list[Mention]:
    """'eleven-hundredths of a second', '11 tenths of a second', 'a tenth of a second': a count of parts of ten, a
    hundred or a thousand of a unit is that fraction of it (0.11 seconds, 1.1 seconds, 0.1 seconds)."""
    if not _DECIMAL_GATE.search(text):
        return []  # (most sentences: no part "of" anything)
    out = []
    for m in _DECIMAL_PART.finditer(text):
        said = m.group("count")
        count = float(said) if said[0].isdigit() else words_to_number(said)
        value = round(count / DECIMAL_PARTS[m.group("part").lower()], 6)
        out.append(_span_mention(text, m.start(), m.end(), value, m.group("unit"), m.start("unit")))  # (read from the
        # unit on: the unit written after the number)
    return out


def _span_mention(text: str, start: int, end: int, value: float, unit: str, after_at: int) -> Mention:
    """A number mention read from a span of its own (a race time, a count of parts), the text after it read from
    ``after_at``."""
    return Mention("number", start, end, text[start:end], value, unit=unit, approx=_hedge_before(text, start),
                   after=text[after_at:after_at + 60], before=text[max(0, start - _BEFORE):start])


# "eleven-hundredths of a second", "11 tenths of a second": a count (digits or words) and a part, then "of a" unit
_DECIMAL_PART = re.compile(r"(?<![\w.,])(?P<count>\d{1,3}|an?|one|(?:" + "|".join(TENS) + r")(?:[\s-]+(?:"
                           + "|".join(ONES) + r"))?|(?:" + "|".join(ONES) + r"))[\s-]+(?P<part>"
                           + "|".join(DECIMAL_PARTS) + r")\s+of\s+an?\s+(?P<unit>[a-z]+)\b", re.IGNORECASE)
_DECIMAL_GATE = re.compile(r"(?:enth|dth)s?\s+of\s", re.IGNORECASE)  # what every count of parts holds


def _race_times(text: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """Spans written as hours:minutes:seconds, each a number of seconds ("1:59:40.2" is 7,180.2 seconds)."""
    if text.count(":") < 2:
        return []
    out = []
    for m in _RACE_TIME.finditer(text):
        if _AT_BEFORE.search(text, max(0, m.start() - 8), m.start()):
            continue  # "at 10:15:30": a time of day
        value = int(m.group(1)) * 3600 + int(m.group(2)) * 60 + float(m.group(3))
        out.append(_span_mention(text, m.start(), m.end(), value, "seconds", m.end()))
    return out


def _unit_of(m: re.Match, text: str, value: float) -> tuple[float, str, int, int, int | None]:
    """The number's value, unit, span and where the text after it is read from (None: its end), with the unit read
    after it: a currency around it, a per cent sign, or "m" as million before a joined unit."""
    start, end = m.start(), m.end()
    unit, _ = _unit_after(text, end)
    if unit.lower() in _OPENERS_NOT_FUNCTION_WORDS:
        unit = ""  # "pegged at 3,787 whereas rights groups claim ...": a word opening a clause is no unit (a function
        # word, "who", "while", is read as none where it matters: "the 112 who died")
    money = amount(text, start, end, value, bool(m.group("scale"))) if m.group("digits") or _WORDED_SCALE.search(
        m.group()) else None  # ("three billion Swiss francs"; not "one pound", a weight as often)
    if money:  # "$69 billion", "€9bn", "Rs 2,300 crore": the currency is the unit, the amount one mention
        return (*money, None)
    if text[end:end + 1] == "%":
        return value, "%", start, end + 1, None  # "60%": the sign is the unit
    if text[end:end + 2] in (" %", "\u00a0%", "\u202f%"):
        return value, "%", start, end + 2, None  # "52.25 %": a space before the sign, as French style writes it
    per_cent = _PER_CENT.match(text, end) if unit.lower() == "per" else None
    if per_cent:
        return value, "per cent", start, end, per_cent.end()  # ("52.25 per cent votes": a share)
    millions = _MILLION_JOINED.match(text, end)
    if millions and millions.group("unit").lower() in UNITS and not millions.group("unit").lower().startswith(
            ("metre", "meter")):
        # "a 420m-mile journey": a unit hyphen-joined after "m" makes the "m" a scale, million (one unit takes no
        # other after it: "a 100m-long bridge" is 100 metres)
        return value * 1e6, millions.group("unit"), start, end, millions.start("unit") - 1
    return value, unit, start, end, None


_PER_CENT = re.compile(r"\s+per\s+cent\b", re.IGNORECASE)


# a sign or "minus" before a number ("-190°C", "minus 40 degrees"); the sign not after a word, a number or a dot
# ("COVID-19", "10-15", "v2.-1")
_NEGATIVE = re.compile(r"(?:(?<![\w.,])[-\u2212]|\bminus\s+)\Z", re.IGNORECASE)


def _signed(m: re.Match, text: str, end: int, unit: str, value: float) -> float:
    """A number in digits below zero: "minus" before it, or a minus sign before a temperature ("-190°C", "-40
    degrees"); a sign before another figure ("-3.2%") is left to read as a fall, how news states most of them."""
    sign = _NEGATIVE.search(text, max(0, m.start() - 7), m.start()) if m.group("digits") else None
    if sign is None:
        return value
    if sign.group()[0] in "-\u2212" and unit.lower() not in TEMPERATURE_UNITS and text[end:end + 1] != "°":
        return value
    return -value


_WORDED_SCALE = re.compile(r"\b(?:million|billion|trillion)\Z", re.IGNORECASE)  # a number in words ending in a scale


def _outside(text: str, m: re.Match | None, taken: list[tuple[int, int]]):
    """The number matches from ``m`` on that start outside the taken spans (dates).  A space-grouped match that starts
    in a date ("on May 12 150 people") gives way at its first space: the date's day, then a number of its own."""
    while m is not None:
        at = m.end()
        if not (taken and _inside(m.start(), taken)):
            yield m
        elif m.group("digits") and (gap := _SPACES.search(m.group("digits"))):
            at = m.start("digits") + gap.end()
        m = _NUMBER.search(text, at)


# between the counts of a sum: the counted noun (one modifier before it: "felony counts", "direct deaths"), the phrase
# that sets its part apart ("of fraud", "from flooding", "on board the plane", "in Syria"), then a comma or "and"
_QUALIFIERS = ("of", "from", "on", "in", "at", "aboard", "onboard", "inside", "outside")
_SUMMAND_GAP = re.compile(r"\s+(?:(?P<unit>[^\W\d_]+)(?:\s+(?P<noun>[^\W\d_]+))?\s+)?(?:" + "|".join(_QUALIFIERS)
                          + r")\s+[^,;:.()\d]{1,60}?(?P<join>,\s+and|,|\s+and|\s+along\s+with)\s+", re.IGNORECASE)
_LAST_JOINS = ("and", "with")  # the join before a list's last part: "and", or "along with" ("died along with four
# people on the ground")
# a later part whose noun is left out: its qualifier follows the count at once ("and 19 on the ground", "and one of
# conspiracy")
_ELIDED = re.compile(r"\s+(?:more\s+)?(?:" + "|".join(q for q in _QUALIFIERS if q != "of") + r")\s(?!\s*\d)"  # not a ratio ("2 in 10")
                     r"|\s+of\s(?!\s*(?:them|those|these|us|whom|which|the|its|their|his|her|our|\d))",  # nor a partitive
                     re.IGNORECASE)


def _totals(out: list[Mention], text: str) -> list[Mention]:
    """'three counts of fraud and one count of conspiracy': counts of one noun, each with its own of-phrase, listed
    with "and", also state their total (4 counts), which follows its parts as a mention of its own."""
    totals, k = [], 0
    while k < len(out):
        j = k
        while j + 1 < len(out) and _summand(out[k], out[j], out[j + 1], text):
            j += 1
        if j > k and _SUMMAND_GAP.fullmatch(text, out[j - 1].end, out[j].start).group("join").endswith(_LAST_JOINS):
            out[k + 1:j + 1] = [_restored(out[k], p, text) for p in out[k + 1:j + 1]]
            parts = out[k:j + 1]
            totals.append((j, Mention("number", parts[0].start, parts[-1].end, text[parts[0].start:parts[-1].end],
                                      sum(p.value for p in parts), unit=_plural(*_nouns(text, parts), parts[-1].unit),
                                      approx=parts[0].approx, after=parts[-1].after, before=parts[0].before)))
        k = j + 1
    for j, total in reversed(totals):
        out.insert(j + 1, total)
    return out


def _summand(first: Mention, a: Mention, b: Mention, text: str) -> bool:
    """``b`` follows ``a`` in a list of parts that ``first`` opens, counting its noun."""
    if _SUMMAND_GAP.fullmatch(text, a.end, b.start) is None or b.approx or is_money(a.unit) or a.unit == "%":
        return False
    noun = _counted_noun(text, first.end)
    if noun == "" and first is a and _elided(text, a):  # "all 109 on board and four people on the ground": the first
        return _written_noun(text, b.end).lower() in PEOPLE_UNITS  # part leaves out the noun the next one names, people
        # (a count "on board" counts people; "40 sheep on the ground" no part of them)
    return (noun != "" and (noun == _counted_noun(text, b.end) or _elided(text, b) or _both_people(text, a, b))
            and noun not in UNITS)  # "20 years of prison and 5 years of probation": spans, no sum; "49 people on
    # board and one person on the ground": people either way


def _both_people(text: str, a: Mention, b: Mention) -> bool:
    return _written_noun(text, a.end).lower() in PEOPLE_UNITS and _written_noun(text, b.end).lower() in PEOPLE_UNITS


def _restored(first: Mention, part: Mention, text: str) -> Mention:
    """A part that leaves its noun out ("and 19 on the ground") read with the first part's noun restored."""
    if not _elided(text, part):
        return part
    noun = _written_noun(text, first.end)
    return replace(part, unit=first.unit, after=f" {noun}{part.after}")


def _elided(text: str, b: Mention) -> bool:
    """The count ``b`` leaves its noun out ("and 19 on the ground"): it counts the noun of the count before it."""
    return _ELIDED.match(text, b.end) is not None


_COUNTED = re.compile(r"\s+(?P<unit>[^\W\d_]+)(?:\s+(?P<noun>[^\W\d_]+))?\s+(?:" + "|".join(_QUALIFIERS) + r")\s",
                      re.IGNORECASE)


def _counted_noun(text: str, end: int) -> str:
    """The noun a count before an of- or from-phrase counts, singular: 'counts' in '3 counts of fraud' and '3 felony
    counts of fraud', 'deaths' in '12 direct deaths from flooding'; '' when no such phrase follows."""
    return _singular(normalise(_written_noun(text, end)))


def _written_noun(text: str, end: int) -> str:
    """That noun as written after the count ending at ``end``, or ''."""
    m = _COUNTED.match(text, end)
    return (m.group("noun") or m.group("unit")) if m else ""


def _nouns(text: str, parts: list[Mention]) -> list[str]:
    """The counted nouns of a sum's parts as written ("deaths" in "12 direct deaths from ...")."""
    return [noun for noun in (_written_noun(text, p.end) for p in parts) if noun]


def _singular(word: str) -> str:
    return singular(word.lower())


def _plural(*units: str) -> str:
    return next((u for u in units if u.lower().endswith("s")), units[0])


_PART_OF = re.compile(r"\s+(?:(?:out\s+)?of|among)(?:\s+(?:the|its|their|our|his|her|all))?"
                      r"(?:\s+(?:(?!(?:" + alternation(PART_OWNER_STOPS) + r")\s)[\w.-]+\s+){0,3}[\w.-]+['’]s)?\s+",
                      re.IGNORECASE)  # ("of parliament's 158", "of the lower house's 200")


def _included_bare(out: list[Mention], text: str) -> list[Mention]:
    """'killed 265 people, including five on the ground': a count right after "including" that leaves its noun out
    (none, or a word of place) counts the people the count before it counts, as do the counts at other places listed
    after it ("69 deaths, including 52 in Ostia and 11 in Varnia": 11 deaths; so after a dash or a colon right after the
    noun: "29 lives—17 in the Orsk Fire and 12 in the Velmar Fire"; only people and the harmed: "destroyed 350 homes,
    including 300 in Buras" leaves the part a part, not a count in the fact's unit); so does a count after a clause
    of likeness or contrast that leaves its noun out before a word of place, when the count before it is counted at a
    place ("All 243 people on the KLM jet were killed, as were 335 on the Pan Am plane")."""
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.kind == b.kind == "number" and (a.unit.lower() in PEOPLE_UNITS or a.unit.lower() in HARMED_UNITS) \
                and (not b.unit or b.unit.lower() in _PLACE_AFTER) \
                and (_INCLUDING_BETWEEN.fullmatch(text, a.end, b.start) or _DASHED_PARTS.fullmatch(text, a.end, b.start)
                     or b.unit.lower() in _PLACE_AFTER and (_LIKEWISE_BETWEEN.fullmatch(text, a.end, b.start)
                                                            or _PLACES_BETWEEN.fullmatch(text, a.end, b.start)
                                                            and _elided(text, a))):
            out[i] = replace(b, unit=a.unit, after=f" {a.unit}{b.after}")  # (read as if written: "five people")
    return out


# ("deaths have been reported across the region, including 52 in Ostia": the count's clause, a comma, "including")
_INCLUDING_BETWEEN = re.compile(r"\s+[^\W\d_]+(?:\s+[^,;:.()\d]{1,60}?,)?\s*(?:,|--|—|–|\()?\s*including\s+",
                                re.IGNORECASE)
# ("at least 29 lives—17 in the Eaton Fire and 12 in the Palisades Fire": the count's noun, then a dash or a colon)
_DASHED_PARTS = re.compile(r"\s+[^\W\d_]+\s*(?:—|–|--|:)\s*", re.IGNORECASE)
# a count at a place, then one at another: "including 52 in Ostia and 11 in Varnia" (the first's noun restored)
_PLACES_BETWEEN = re.compile(r"\s+[^,;:.()\d]{1,40}?(?:,\s*and|,|\s+and)\s+", re.IGNORECASE)
_PLACE_AFTER = frozenset({"on", "in", "at", "aboard", "inside", "outside"})
# between a count of people at a place and a count that leaves its noun out: the place, the clause's rest, then a
# comma and a word of likeness or contrast ("people on the KLM jet were killed, as were 335 on the Pan Am plane")
_LIKEWISE_BETWEEN = re.compile(r"\s+[^\W\d_]+\s+(?:on|in|at|aboard)\s[^;:.()\d]{1,60}?,\s*(?:as\s+(?:were|was|did|had|have)"
                               r"|while|whereas)\s+(?:(?:at\s+least|about|some|nearly|another)\s+)?", re.IGNORECASE)


def _to_levels(out: list[Mention], text: str) -> list[Mention]:
    """'from 1 million users in January 2011 to around 30 million today': the level after "to" that leaves its noun
    out (none, or a word of time) counts the noun of the level after "from"."""
    for i in range(1, len(out)):
        a, b = out[i - 1], out[i]
        if a.unit and (not b.unit or b.unit.lower() in _TIME_AFTER) and _FROM_BEFORE.search(text, max(0, a.start - 20),
                                                                                             a.start) \
                and _TO_BETWEEN.fullmatch(text, a.end, b.start):
            out[i] = replace(b, unit=a.unit, after=f" {a.unit}{b.after}")  # (read as if written: "30 million users")
    return out


# ("went from holding 11 seats to taking 41": a gerund of holding may open each level)
_HOLDING = r"(?:(?:" + alternation(HOLDING_GERUNDS) + r")\s+)?"
_FROM_BEFORE = re.compile(r"\bfrom\s+" + _HOLDING + r"\Z", re.IGNORECASE)
_TO_BETWEEN = re.compile(r"\s+[^\W\d_]+(?:\s+[^,;:()\d]{0,24}?\d{0,4})?\s+to\s+" + _HOLDING
                         + r"(?:(?:about|around|nearly|almost|some|over|roughly|more\s+than)\s+)?", re.IGNORECASE)
_TIME_AFTER = frozenset({"today", "now", "yesterday", "tonight", "currently", "this", "last", "by", "in", "on", "at"})


def _parts_of_wholes(out: list[Mention], text: str) -> list[Mention]:
    """'four out of 11 charges', '12 of the 40 seats', 'five among the six crew members', '50 of parliament's 158
    seats': the part counts the whole's unit (4 charges, 12 seats, 5 crew members, 50 seats)."""
    for i in range(len(out) - 1):
        part, whole = out[i], out[i + 1]
        if part.unit.lower() in ("", "out", "of", "among") and whole.unit \
                and (part.text.lower() not in ("one", "a", "an") or _FOCUS_BEFORE.search(part.before)) \
                and _PART_OF.fullmatch(text, part.end, whole.start):  # "one of the four nations" is membership
            out[i] = replace(part, unit=whole.unit, after=whole.after)
    return [_partitive_noun(m, text) for m in out]


_FOCUS_BEFORE = re.compile(r"\b(?:only|just)\s+\Z", re.IGNORECASE)  # "only one of three engines fired": a count, no membership


# "five of those cars", "12 of the injured children": a determiner and up to two describing words before the noun
_OF_DETERMINED = re.compile(r"\s+(?:out\s+)?of\s+(?:the|those|these|its|their|our|his|her)\s+((?:[a-z-]+\s+){0,2}?)"
                            r"([a-z]+)\b(?![-'’])")


def _partitive_noun(m: Mention, text: str) -> Mention:
    """'five of those cars', 'two of the injured workers': a count with no noun of its own, then "of" and a
    determined plural noun, counts that noun (five cars); "one of the cars" is membership, and "of them" names none."""
    if m.kind != "number" or m.unit.lower() not in ("of", "out") or m.text.lower() in ("one", "a", "an", "1"):
        return m
    found = _OF_DETERMINED.match(text, m.end)
    if found is None or not is_plural(found.group(2)) or found.group(2) in FUNCTION_WORDS \
            or any(w in FUNCTION_WORDS for w in found.group(1).split()):
        return m
    return replace(m, unit=found.group(2), after=text[found.start(2) - 1:found.start(2) - 1 + len(m.after)])


_ORDINAL = (r"(?:(?:" + "|".join(TENS) + r")-(?:" + _ONES_ORDINALS + r")|" + "|".join(sorted(ORDINAL_WORDS, key=len, reverse=True))
            + r"|\d+(?:" + "|".join(ORDINAL_SUFFIXES) + r"))")
_ORDINAL_ANYWHERE = re.compile(r"(?<![\w-])" + _ORDINAL + r"\b", re.IGNORECASE)
# An ordinal and the noun it ranks, one space apart: "the fourth nation", "its 12th title", "the
# twenty-first country" (not "fourth-largest", not "the 30 second delay").
_RANKED = re.compile(r"(?<![\w-])(?<!\d\s)" + gate(_ORDINAL) + r"(?P<ordinal>" + _ORDINAL + r")(?:-(?P<sup>[a-z]+est) | )"
                     r"(?P<noun>[a-z]+)\b(?!-)", re.IGNORECASE)  # ("the second-deadliest wildfire": a superlative's rank)
_NOT_HEAD = {"ever", "yet", "so", "far", "than", "since", "then", "now", "last", "next", "this", "year", "nationwide",
             "worldwide", "overall", "globally", "today"}  # after a ranked noun: "the largest bank ever"
_NOT_A_NOUN = {*ONES, *TENS, *SCALES, "and", "or", "of", "to", "in", "on", "at", "for", "by", "with", "times"}
# after a name modifying the ranked noun ("its sixth World Cup title", "the third ODI win"): the name's other words,
# then the lower-case noun that heads the phrase
_NAME_WORD = re.compile(r" ([A-Z][\w'’]*|[a-z]+)\b(?![-'’])")


def _ordinal_value(word: str) -> int:
    """'fourth' -> 4, '12th' -> 12, 'twenty-first' -> 21."""
    word = word.lower()
    if word[0].isdigit():
        return int(word.rstrip("".join(ORDINAL_SUFFIXES)))
    parts = word.split("-")
    return (TENS[parts[0]] if len(parts) == 2 else 0) + ORDINAL_WORDS[parts[-1]]


def ordinals(text: str, taken: list[tuple[int, int]] = ()) -> list[Mention]:
    """An ordinal directly before a counted noun states that number of the noun: "the fourth nation" is
    4 nations (ranked); before a unit of measure it is a position, not an amount ("the third day").

    Kept apart from ``numbers``: a rank is read only by a fact whose unit names its noun.
    ``taken`` spans (dates: "the 4th of July") are skipped."""
    out = []
    text = fold_confusables(text)
    for m in _RANKED.finditer(text):
        noun = m.group("noun")
        if noun.lower() in _NOT_A_NOUN or normalise(noun) in UNITS or any(a <= m.start() < b for a, b in taken):
            continue
        start, end = m.span("ordinal")
        sup = m.group("sup")
        unit = _ranked_phrase(text, sup, m.end("sup")) if sup else _ranked_phrase(text, noun, m.end("noun"))
        out.append(Mention("number", start, end, m.group("ordinal"), float(_ordinal_value(m.group("ordinal"))),
                           unit=unit, after=text[end:end + 60],
                           before=text[max(0, start - 60):start]))
    return out


def _ranked_phrase(text: str, noun: str, end: int) -> str:
    """The words an ordinal ranks, up to the noun that heads them: a capitalised first word is a name modifying a
    noun after it ("sixth World Cup title" ranks titles), so the phrase runs on through the name to one lower-case
    noun; a lower-case first word is the noun."""
    if superlative(noun):  # "the second deadliest inferno" ranks infernos, "the second largest bank collapse" collapses
        return _superlative_phrase(text, noun, end)
    words = [noun]
    modifier = noun.islower() and noun not in _CLAUSE_NOUNS and (m := _NAME_WORD.match(text, end)) \
        and m.group(1)[:1].isupper() and normalise(m.group(1)) not in CALENDAR_WORDS
    if modifier:  # "his 35th career Tour de France stage": a noun modifying the name and its noun
        words.append(m.group(1))
        end = m.end()
    words, end = _through_name(text, words, end)
    if modifier and (not words[-1].islower() or words[-1] in IRREGULAR_PAST or is_plural(words[-1])
                     or _goes_on(text, end)):
        return noun  # no singular noun ends the phrase: the first word was the noun ("the fourth nation Velmar
        # diplomats named", "the fourth country Orsk ever visited")
    return " ".join(words)


def _goes_on(text: str, end: int) -> bool:
    """Does a word other than a function word follow at ``end`` (the phrase then is a clause's start, no noun's)?"""
    nxt = _NAME_WORD.match(text, end)
    return nxt is not None and nxt.group(1).lower() not in FUNCTION_WORDS


def _superlative_phrase(text: str, noun: str, end: int) -> str:
    words = [noun]
    while len(words) < 3 and (m := _NAME_WORD.match(text, end)) and m.group(1).islower() \
            and m.group(1) not in FUNCTION_WORDS and m.group(1) not in _NOT_HEAD \
            and not m.group(1).endswith(("ing", "ed", "ly")):
        words.append(m.group(1))
        end = m.end()
    return " ".join(words)


def _through_name(text: str, words: list[str], end: int) -> tuple[list[str], int]:
    """The phrase's words on through a capitalised name (and a particle inside it: "Tour de France") to the
    lower-case noun after it, and where they end."""
    while words[-1][:1].isupper() and len(words) < 5 and (m := _NAME_WORD.match(text, end)):
        word = m.group(1)
        if word in _INNER_PARTICLES and (n := _NAME_WORD.match(text, m.end())) and n.group(1)[:1].isupper():
            words += [word, n.group(1)]  # a particle inside the name
            end = n.end()
            continue
        if word.islower() and (word in _NOT_A_NOUN or word in FUNCTION_WORDS or word.endswith(("ing", "ed", "ly"))):
            break
        words.append(word)
        end = m.end()
    return words, end


_CLAUSE_NOUNS = {"time", "times", "day", "year", "week", "month"}  # ranked nouns a clause follows: "the third time Velmar voters"
_INNER_PARTICLES = NAME_PARTICLES - {"and", "of"}  # ("of", "and" join two things: "Bank of Aske", "Aske and Orsk")


def superlative(word: str) -> bool:
    """'worst', 'deadliest', 'largest', 'richest': a word of SUPERLATIVES, or an adjective in -est (not 'protest',
    'interest', 'west': NOT_SUPERLATIVES)."""
    w = word.lower()
    return w in SUPERLATIVES or (len(w) > 5 and w.endswith("iest")) or (
        len(w) > 6 and w.endswith(_EST_ENDINGS) and w not in NOT_SUPERLATIVES)


_EST_ENDINGS = ("gest", "test", "lest", "dest", "nest", "rest", "best", "west", "hest")


def _of_which(out: list[Mention], text: str) -> list[Mention]:
    """'12 payloads, six of which were for Velmar', '20 hazardous material cars were in the train, 11 of which
    derailed': a count before "of which"/"of whom" counts a part of an earlier count in its sentence, the nearest
    larger one (a part is smaller than its whole: in "400 homes in 12 villages, 300 of which", the homes), and is
    read with that count's noun."""
    for k, b in enumerate(out):
        if b.kind != "number" or b.unit == "%" or not _OF_WHICH.match(text, b.end):
            continue  # ("83% of whom": a share, no count of the noun)
        for a in reversed(out[:k]):
            if a.kind != "number" or "." in text[a.end:b.start] or a.value <= b.value:
                continue
            noun = _head_noun(text, a)
            if noun:
                out[k] = replace(b, unit=noun, after=f" {noun}{b.after}")
            break
    return out


def _head_noun(text: str, a: Mention) -> str:
    """The plural noun a count counts, right after it (past names modifying it: "12 Velmar payloads"), or '' when
    lower-case describing words narrow it ("20 hazardous material cars": a part of those is no count of cars)."""
    for w in words(text[a.end:a.end + 60])[:_NOUN_REACH]:
        if w.capitalised:
            continue
        return w.text if w.norm.isalpha() and is_plural(w.norm) and w.norm not in FUNCTION_WORDS else ""
    return ""


_NOUN_REACH = 4  # "20 hazardous material cars"


_OF_WHICH = re.compile(r"\s+of\s+(?:which|whom)\b", re.IGNORECASE)


def _tallies(out: list[Mention], text: str) -> list[Mention]:
    """'The motion passed 216-210', 'a 216 to 210 vote': two whole counts joined by a dash or "to", after a verb of
    voting or before a vote's noun, are a tally: the first counts the votes for, the second the votes against."""
    for k in range(len(out) - 1):
        a, b = out[k], out[k + 1]
        if a.kind != "number" or b.kind != "number" or not _JOIN.fullmatch(text, a.end, b.start) \
                or a.value != int(a.value) or b.value != int(b.value) or a.approx or b.approx:
            continue
        if _REJECTED.search(text, max(0, a.start - 60), min(len(text), b.end + 20)):
            continue  # "was defeated 282-140", "voted 230-197 to reject": the first count is the side against
        if _TALLY_NOUN.match(text, b.end) or _TALLY_VERB.search(text, max(0, a.start - 60), a.start):
            out[k], out[k + 1] = replace(a, tally=1), replace(b, tally=2)
    return out


_JOIN = re.compile(r"\s*[-–]\s*|\s+to\s+")
_REJECTED = re.compile(r"\b(?:" + alternation(VOTE_REJECTING) + r")\b", re.IGNORECASE)
_TALLY_NOUN = re.compile(r"\s+(?:" + alternation(VOTE_TALLY_NOUNS) + r")\b", re.IGNORECASE)
# the verb, up to three words of its object, then "by" ("approved the bill by 300 to 50"), or "a"/"the" before a noun
_TALLY_VERB = re.compile(r"\b(?:" + alternation(VOTE_TALLY_VERBS) + r")(?:\s+[\w'’-]+){0,3}?\s+(?:by\s+|a\s+|the\s+)?\Z",
                         re.IGNORECASE)


def is_ordinal(mention: Mention) -> bool:
    """The number mention is a rank ("fourth", "4th"), not a count."""
    return mention.kind == "number" and bool(_ORDINAL_ANYWHERE.fullmatch(mention.text))


def ordinal_values(text: str) -> set[int]:
    """The ranks a text names in ordinals: "India became the fourth country" -> {4}."""
    return {_ordinal_value(m.group()) for m in _ORDINAL_ANYWHERE.finditer(text)}


RANGE = "range"  # the ``approx`` of a range mention: its text holds both ends ("40,000-50,000", "six to eight")
WITH_PERPETRATOR = "including the perpetrator"  # the ``approx`` of a count of the dead that holds the one who did it
# a word of death near such a count ("left seven people dead", "the death of eight"; not of injury: "wounded seven")
_DEATH_WORD = re.compile(r"\b(?:" + alternation(DEATH_WORDS - INJURY_WORDS - {"casualties"}) + r")\b", re.IGNORECASE)
# "seven people dead, including the attacker", "15 people – including the perpetrator – dead", "killed 11 people
# including himself": up to three words of the count's phrase, then "including" and the perpetrator alone (not "the
# attacker's wife", nor a list: "the suspect, his wife and his son")
_WITH_PERPETRATOR = re.compile(r"(?:\s+[^\W\d_]+){0,3}(?:\s*[,–—-]\s*including\s+the\s+(?:" + "|".join(PERPETRATOR_NOUNS)
                               + r")|\s*,?\s*including\s+(?:himself|herself))\b(?!['’]s)\s*(?:[.;:)–—-]|,\s+(?!his\b|her\b|"
                               r"their\b|and\b)|\Z|(?<=self)\s+(?:at|in|on)\s)",
                               re.IGNORECASE)  # ("who killed 11 people including himself at a school")
# (a suspended hyphen too: "a 30- to 60-year sentence", "a 30-to-60-year term", "two- to three-year")
_RANGE_JOIN = re.compile(r"\s*[-–]\s*|\s+to\s+|-\s+to\s+|-to-")
_BETWEEN = re.compile(r"\b(?P<word>between|from)\s+(?:some\s+|about\s+|around\s+)?[$€£]?\Z", re.IGNORECASE)
_CHANGED = re.compile(r"\b(?:by|" + "|".join(CHANGE_WORDS) + r")\s+(?:from\s+)?(?:about\s+|around\s+)?[$€£]?\Z", re.IGNORECASE)


def _ranged(out: list[Mention], mention: Mention, text: str) -> Mention:
    """'between 40,000 and 50,000 people', 'six to eight kilometres', '6-8 km': two numbers of one unit joined
    by 'to' or a dash (or 'and' after 'between') are one range, low end first; 'rose from 40 to 50' is a change."""
    if not out or out[-1].approx == RANGE:
        return mention
    low = _past_conversion(out, text)
    prev = out[low]
    between = text[prev.end:mention.start] if low == -1 else text[out[-1].end:mention.start].lstrip(")")
    if not _joinable_units(prev, mention):
        return mention
    if prev.unit == mention.unit and prev.unit:
        between = between[len(prev.unit) + 1:] if between.lstrip(" -").startswith(prev.unit) else between
    opened = _BETWEEN.search(text, max(0, prev.start - 20), prev.start)
    if _CHANGED.search(text, max(0, prev.start - 30), prev.start):
        return mention  # "rose from 40 to 50", "cut by 5 to 7": a change, not a range
    joined = (opened and opened.group("word").lower() == "between" and between.strip() == "and") or (
        _RANGE_JOIN.fullmatch(between) and (not opened or opened.group("word").lower() == "from"))
    if not joined or not isinstance(prev.value, float) or not 0 <= prev.value < mention.value:
        return mention
    del out[low:]
    start = opened.start() if opened else prev.start
    return Mention("number", start, mention.end, text[start:mention.end], _low_end(prev, mention), unit=mention.unit,
                   approx=RANGE, after=mention.after, before=prev.before)


def _low_end(prev: Mention, high: Mention) -> float:
    """A range's low end: a bare number before a high end with a scale word takes that scale when it still stays
    below it ("between two and four billion" is 2 billion, "between six and eight hundred" 600, "between one and two
    hundred thousand" 100,000, "between two and three dozen" 24; not "between 500 and 2 million")."""
    if _scale_of(prev):
        return prev.value
    scale = _scale_of(high)
    return prev.value * scale if scale and prev.value * scale < high.value else prev.value


def _scale_of(mention: Mention) -> float:
    """The whole scale a number's scale words put on its leading figure, its value over that figure ('four billion'
    1e9, 'twenty-five thousand' 1,000, 'two hundred thousand' 1e5, 'three dozen' 12), or 0 for none."""
    tokens = re.findall(r"[a-z]+|\d[\d,.]*", mention.text.lower())
    k = next((j for j, w in enumerate(tokens) if w in _MULTIPLIERS), None)
    if not k:
        return 0
    lead = words_to_number(" ".join(tokens[:k])) if tokens[0].isalpha() else _figure(tokens[k - 1])
    return mention.value / lead if lead else 0


def _figure(token: str) -> float | None:
    """A number written in figures ('50', '1,500', '3.5'), as the text's numbers are read."""
    m = _NUMBER.fullmatch(token)
    return _number_value(m) if m else None


def _joinable_units(prev: Mention, mention: Mention) -> bool:
    """May two numbers be a range's ends: the same unit, or none before the second's ("between 40 and 50 people"), or
    a sum and a price a share in its currency ("between $66 and $68 each")?"""
    return not prev.unit or prev.unit.lower() in ("and", "to") or prev.unit == mention.unit \
        or is_money(prev.unit) and mention.unit == prev.unit + " per share"


def _past_conversion(out: list[Mention], text: str) -> int:
    """-2 when the last amount is a bracketed conversion of the one before it ("between $66 (£40.7) and $68"): the
    range's low end is that one; else -1."""
    if len(out) < 2 or not (is_money(out[-1].unit) and is_money(out[-2].unit)):
        return -1
    gap, close = text[out[-2].end:out[-1].start], text[out[-1].end:out[-1].end + 1]
    return -2 if gap.strip() == "(" and close == ")" else -1


def range_bounds(mention: Mention) -> tuple[float, float] | None:
    """A range mention's low and high ends, in the mention's own scale ('$40-50 million' is 40 and 50 million)."""
    if mention.approx != RANGE:
        return None
    found = [v for m in _NUMBER.finditer(fold_confusables(mention.text)) if not (m.group("words") or "").lower()
             in ("a", "an") for v in [_number_value(m)] if v is not None]
    if len(found) < 2 or not found[0]:
        return None
    if found[0] < mention.value < found[-1]:
        return mention.value, found[-1]  # the low end took the high end's scale ("between two and four billion")
    return mention.value, mention.value * found[-1] / found[0]


_TO_LEVEL = re.compile(r"\s*-?(?P<unit>[^\W\d_]+)\s+(?:(?:" + alternation(REVISION_FILLERS) + r")\s+)*(?:(?:"
                       + alternation(REVISED_TO_VERBS) + r")\s+(?:(?:down|up)(?:wards?)?\s+)?)?(?:to|from)\s+"
                       r"(?:about\s+|around\s+)?", re.IGNORECASE)
# ("down 250 seats to 121"; "448 fatalities which has now been revised down to 435": the later figure counts them too)


def _borrow_unit(out: list[Mention], mention: Mention, text: str) -> Mention:
    """'down 250 seats to 121', 'from 300 staff to 240': the number after 'to'/'from' counts the same unit; so does
    each later count of a list of counts "for" their holders ('364 seats for the Conservatives, 203 for Labour') or of
    holders "with" their counts ('the PVV with 37 seats, followed by Labour with 25'), or of holders with their
    verb and noun left out ('the Liberals won 157 seats, the Conservatives 121, the Bloc 32')."""
    if not out or not out[-1].unit:
        return mention
    prev = out[-1]
    if not (mention.unit.lower() == "for" and _FOR_LIST.fullmatch(text, prev.end, mention.start)
            or not mention.unit and (_WITH_LIST.fullmatch(text, prev.end, mention.start)
                                     or _GAPPED_LIST.fullmatch(text, prev.end, mention.start))):
        m = None if mention.unit else _TO_LEVEL.fullmatch(text, prev.end, mention.start)
        if not m or m.group("unit") != prev.unit:
            return mention
    return replace(mention, unit=prev.unit, after=" " + prev.unit + mention.after)


# between two counts of a list of holders: the first's unit, "for" and its holder, a comma ("364 seats for the
# Conservatives, 203 for Labour")
_FOR_LIST = re.compile(r"(?:\s+[^\W\d_]+)?\s+for\s+[^,;:.\d]{1,40}?(?:,\s*(?:and\s+)?|\s+and\s+)")


# between two counts of a list of holders "with" their counts: a comma, a holder and "with" ("the PVV is first with 37
# seats, followed by Labour with 25, the VVD with 24")
_WITH_LIST = re.compile(r"(?:\s+[^\W\d_]+)?,\s*(?:(?:and|followed\s+by|then|ahead\s+of)\s+)?[^,;:.()]{1,40}?\s+with\s+"
                        r"(?:(?:about|around|some|nearly|almost)\s+)?")


# between two counts of a list whose later items leave out the verb and the noun: a comma, maybe "and", "the" and a
# describing word, then a holder's capitalised name right before the count ("The Liberals won 157 seats, the
# opposition Conservatives 121, Bloc Quebecois 32")
_GAPPED_LIST = re.compile(r"(?:\s+[^\W\d_]+)?,\s*(?:and\s+)?(?:the\s+)?(?:[a-z]+\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}")


# "one" after a determiner and a describing word, with no noun after it, stands for a thing: "addressed to a loved one"
_PRONOUN_ONE = re.compile(r"\b(?:a|an|the|this|that|every|another|each|any|no)\s+[\"“‘']?[a-z]+\s+\Z", re.IGNORECASE)


def _pronoun(m: re.Match, text: str, unit: str) -> bool:
    """'a loved one', 'the last one was found': "one" after a determiner and a describing word, no noun after it."""
    if not (m.group("words") and m.group("words").lower() == "one"):
        return False
    return ((not unit or unit.lower() in FUNCTION_WORDS or unit.lower() in BE_FORMS)
            and _PRONOUN_ONE.search(text, max(0, m.start() - 30), m.start()) is not None)


def _nobody(m: re.Match, text: str, start: int, value: float) -> tuple[float, int]:
    """'no one was hurt': a count of none, from "no" on; else the value and start as they are."""
    nobody = (m.group("words") or "").lower() == "one" and _NO_ONE.search(text, max(0, start - 4), start)
    return (0.0, nobody.start()) if nobody else (value, start)


_NO_ONE = re.compile(r"\bno[\s-]\Z", re.IGNORECASE)


def _in_a_name(m: re.Match, text: str) -> bool:
    """'Those One Medical offices', 'the Three Mile Island plant', 'the Big Four banks': a number in words written with a
    capital inside a sentence (after a word or a comma, not opening it, a quotation or a bracket) is a word of a name,
    no count (not in a title-case headline, where capitals say nothing; not a rank: "a Category Four storm")."""
    said = m.group("words")
    if not said or not said[0].isupper():
        return False
    before = text[:m.start()].rstrip()
    if not before or not (before[-1].isalpha() or before[-1] == ","):
        return False  # (not after a figure: "Sep 24, 2022 Two people were killed" is a stamp glued to the lead)
    last = before.split()[-1].lower()
    return last not in SCALE_WORDS and not title_case(words(text))


def _vague(m: re.Match, text: str) -> bool:
    """A bare count word after a vague quantifier ("several dozen") states no number; nor do two small numbers joined
    by "or" ("one or two people", "a day or two": a few)."""
    words = (m.group("words") or "").lower()
    if words in COUNT_WORDS and _VAGUE.search(text, max(0, m.start() - 20), m.start()):
        return True
    return bool(_SMALL_OR_AFTER.match(text, m.end()) or _SMALL_OR_BEFORE.search(text, max(0, m.start() - 12), m.start()))


_SMALL = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|[1-9]|10)"
_SMALL_OR_AFTER = re.compile(r"\s+or\s+" + _SMALL + r"\b", re.IGNORECASE)
_SMALL_OR_BEFORE = re.compile(r"\b" + _SMALL + r"\s+or\s+\Z", re.IGNORECASE)


_MULTIPLIERS = {**SCALES, **COUNT_WORDS}  # a scale word or a count word after digits


def _number_value(m: re.Match) -> float | None:
    if m.group("digits"):
        digits = m.group("digits")
        # "250.000", "1.234.567": thousands grouped by dots (two dot groups of three digits, or one of "000")
        value = float(digits.replace(".", "") if _DOT_GROUPED.fullmatch(digits) else _SPACES.sub("", digits.replace(",", "")))
        value += _part(m.group("part"))
        if m.group("scale"):
            value *= _MULTIPLIERS[m.group("scale").lower()]
        return value
    value = words_to_number(m.group("words"))
    if value is None:
        return None
    value += _part(m.group("wpart"))  # "one and a half million": the scale after the part takes both
    return value * SCALES[m.group("wscale").lower()] if m.group("wscale") else value


def _part(text: str | None) -> float:
    """The value of a mixed number's part: ' and a half' 0.5, '½' 0.5, '-1/2' 0.5; none 0."""
    if not text:
        return 0.0
    text = text.strip().strip("-").lower()  # any white space: "3\u00a0½" (a no-break space) is 3.5 too
    if text[:1] in PART_SIGNS:
        return PART_SIGNS[text[:1]]
    if "/" in text:
        top, bottom = text.split("/")
        return int(top) / int(bottom)
    return PART_WORDS[text.split()[-1].split("-")[-1]]


def words_to_number(phrase: str) -> float | None:
    """'forty-four' -> 44, 'three hundred and fifty' -> 350, 'a dozen' -> 12, 'two dozen' -> 24,
    'half a dozen' -> 6, 'half a million' -> 500,000, 'an' -> 1."""
    total, current, fraction, seen = 0.0, 0.0, 1.0, False
    for word in re.split(r"[\s-]+", phrase.lower()):
        if word in ("a", "an"):
            current, seen = max(current, 1), True
        elif word == "and":
            continue
        elif word in FRACTIONS:
            fraction *= FRACTIONS[word]
        elif word in ONES:
            current, seen = current + ONES[word], True
        elif word in TENS:
            current, seen = current + TENS[word], True
        elif word in COUNT_WORDS:  # multiplies all before it: "two hundred dozen"
            total, current, seen = 0.0, ((total + current) or 1) * COUNT_WORDS[word], True
        elif word in SCALES:
            scale = SCALES[word]
            current = max(current, 1) * scale
            if scale >= 1000:
                total, current = total + current, 0.0
            seen = True
    return (total + current) * fraction if seen else None


def _unit_after(text: str, pos: int) -> tuple[str, int]:
    """The word right after a number ('-day' in '44-day', 'peacekeepers'), or ''."""
    m = _FOLLOW.match(text, pos) or _FOLLOW.match(text, pos + 1) if pos < len(text) else None
    if m is None or m.start() > pos + 1 or (m.start() == pos + 1 and text[pos] not in " -\u00a0"):
        return "", pos
    return m.group("word"), m.end()


_TIME = re.compile(r"\b\d{1,2}(?:[:.]\d{2})?\s?(?:[ap]\.m(?:\.|\b)|[ap]m\b)|\b\d{1,2}:\d{2}(?::\d{2})?\b", re.IGNORECASE)
# ("05.30 p.m", "7 p.m.": a dot may part hours and minutes, and the last dot of "p.m." may be left out)
# what every time of day holds: a digit right before its colon or its "am"/"pm" (a search that begins with a digit
# passes over the rest of the text at once; _TIME, which begins with a word boundary, tries every character)
_TIME_GATE = re.compile(r"\d(?::|\s?[ap])", re.IGNORECASE)


def _times(text: str) -> list[tuple[int, int]]:
    """The spans of times of day ("9:30", "7 p.m."): no amounts."""
    return [t.span() for t in _TIME.finditer(text)] if _TIME_GATE.search(text) else []


def _inside(position: int, spans: list[tuple[int, int]]) -> bool:
    for a, b in spans:
        if a <= position < b:
            return True
    return False
_COMPOUND_GAP = re.compile(r"\s*(?:,|and|,\s*and)?\s*$")


def _merge(out: list[Mention], mention: Mention, text: str) -> Mention:
    """Fold '1 hour and 45 minutes' into one mention of 105 minutes."""
    if not out:
        return mention
    prev = out[-1]
    a, b = UNITS.get(normalise(prev.unit)), UNITS.get(normalise(mention.unit))
    if not (a and b and a[0] == b[0] == "time" and b[1] < a[1]):
        return mention
    between = text[prev.end:mention.start]
    between = between[len(prev.unit) + 1:] if between.lstrip(" -").startswith(prev.unit) else between
    if not _COMPOUND_GAP.fullmatch(between) or len(between) > 8:
        return mention
    out.pop()
    value = prev.value * a[1] / b[1] + mention.value
    return Mention("number", prev.start, mention.end, text[prev.start:mention.end], value,
                   unit=mention.unit, approx=prev.approx, after=mention.after, before=prev.before)



def counts_something(text: str, end: int) -> bool:
    """The number ending at ``end`` has a unit or a counted noun right after it ("1500 feet"). A participle that counts
    ("1500 killed") is the clause's verb when a count of its own follows it ("in 2018 killed 39"): the number before
    is then its subject's, no count."""
    following = _FOLLOW.match(text, end + 1) if text[end:end + 1] in (" ", "-") else None
    if not following:
        return False
    word = following.group("word")
    if word.lower() in COUNTED_NOUNS and _OWN_OBJECT.match(text, following.end()):
        return False
    return normalise(word) in UNITS or word.lower() in COUNTED_NOUNS


# A count right after a verb of harm: its object ("killed 39", "killed at least 39")
_OWN_OBJECT = re.compile(r"\s+(?:(?:" + "|".join(re.escape(h) for h in HEDGES if h[0].isalpha()) + r")\s+)?\d")
