"""Year placement: each sentence's dates, yearless ones given the year the paragraph,
the publication day and the clause's tense allow."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Iterator

from . import forms, periods
from ..model import Mention, Period, Sentence, Source
from .tense import TIME_OF_DAY_LEAD, leaning, names_a_known_event, past_or_perfect, past_verb_before
from .holidays import holiday_date, holiday_key
from ..lang.calendar import DAY_WORDS, HOLIDAYS, DEFINITE_DETERMINERS, DETERMINERS, MONTH_NAMES, OF_NOT_A_THING, SEASONS, TIME_NOUNS, TIME_ZONES, WEEKDAY_NAMES
from ..lang.cues import AHEAD_OF, FUTURE_BEFORE, KNOWN_EVENT_NOUNS, MODAL_FUTURE, ORDERING_VERBS, RECURRENCE_WORDS, RESULTS_WORDS, SCHEDULED_EVENTS, SPORTS_WORDS
from ..lang.grammar import FUNCTION_WORDS, IRREGULAR_PAST, POSSESSIVES, REPLACED_NOUNS, SUBJECT_OPENERS
from ..lang.numbers import ONES, TENS
from ..words import alternation

__all__ = ["Carry", "SourceDates", "carried_dates", "dated_sentences"]


@dataclass(frozen=True)
class Carry:
    """What year placement carries from one sentence to the next (a window of a large source starts
    where the one before left off): the paragraph, its last stated year, the quarter in focus."""

    paragraph: int | None = None
    year: int | None = None
    focus: Period | None = None
    quoted: bool = False  # the paragraph's sentence ended inside a direct quotation


def dated_sentences(source: Source) -> Iterator[tuple[Sentence, tuple[Mention, ...]]]:
    """Each sentence with its dates, years placed from the paragraph, publication and tense."""
    for sentence, found_dates, _ in carried_dates(source, Carry()):
        yield sentence, found_dates


def carried_dates(source: Source, carry: Carry) -> Iterator[tuple[Sentence, tuple[Mention, ...], Carry]]:
    """``dated_sentences`` from where ``carry`` left off, with what each sentence carries to the next: every
    sentence in turn (``SourceDates`` works out only the sentences asked for, and gives the same dates)."""
    paragraph, year, focus, quoted = carry.paragraph, carry.year, carry.focus, carry.quoted
    years_of = _EventYears(source.sentences)
    for sentence in source.sentences:
        if sentence.paragraph != paragraph:
            paragraph, year, quoted = sentence.paragraph, None, False
        found_dates = _kept(forms.dates(sentence.text, source.published), sentence.text, quoted)
        quoted = _inside_quote(sentence.text, len(sentence.text), quoted)
        if not found_dates:  # most sentences: no year to place or set
            yield sentence, (), Carry(paragraph, year, focus, quoted)
            continue
        found_dates, year = _place_years(found_dates, year, source.published, sentence.text, years_of)
        if _of_results(found_dates, sentence.text, source.published):
            found_dates, focus = _quarter_in_focus(found_dates, focus, source.published)
        yield sentence, found_dates, Carry(paragraph, year, focus, quoted)


class SourceDates:
    """A source's dates (or a window's, from where ``carry`` left off), each sentence's worked out when it is first
    asked for (``of``, or ``spans`` for where they stand): most sentences are read by no fact that needs dates,
    and are never scanned for them.

    The dates are those ``carried_dates`` gives.  A sentence's dates depend on it and on what the sentences
    before it carry: the quotation its paragraph is inside, the paragraph's last stated year, the quarter in
    focus.  The first two are worked out back to the paragraph's start (or the last sentence already worked
    out), scanning for dates only the sentences that may state a year (a stated year does not depend on what
    came before it, ``_year_set``); the quarter in focus, read only by a sentence of company results, from the
    source's start, scanning only the sentences of company results."""

    def __init__(self, sentences: tuple[Sentence, ...], published: date | None, carry: Carry = Carry()):
        self.sentences, self.published, self.carry = sentences, published, carry
        self.years_of = _EventYears(sentences)
        self.position: dict[int, int] | None = None  # a sentence's start -> its position
        self.found: dict[int, list[Mention]] = {}  # position -> its dates (``_kept``), years not placed
        self.done: dict[int, tuple[Mention, ...]] = {}  # position -> its dates
        self.quoted: dict[int, bool] = {}  # position -> whether a quotation is open after it
        self.year: dict[int, int | None] = {}  # position -> the paragraph's year after it
        self.focus = [carry.focus]  # the quarter in focus before each sentence, as far as worked out
        self.focus_set: dict[int, Period | None] = {}  # position -> the quarter in focus it leaves

    def of(self, sentence: Sentence) -> tuple[Mention, ...]:
        """The dates of one of the sentences, years placed."""
        return self.dates(self._position(sentence))

    def spans(self, sentence: Sentence) -> list[tuple[int, int]]:
        """Where the sentence's dates stand (no number is read there), found without placing their years."""
        return [(m.start, m.end) for m in self._found(self._position(sentence))]

    def _position(self, sentence: Sentence) -> int:
        if self.position is None:
            self.position = {s.start: j for j, s in enumerate(self.sentences)}
        return self.position[sentence.start]

    def dates(self, j: int) -> tuple[Mention, ...]:
        done = self.done.get(j)
        if done is None:
            done = self.done[j] = self._work_out(j)
        return done

    def _work_out(self, j: int) -> tuple[Mention, ...]:
        found = self._found(j)
        if not found:
            return ()
        text = self.sentences[j].text
        placed, _ = _place_years(found, self._year_before(j), self.published, text, self.years_of)
        placed = _zone_neighbours(placed, text)
        if _of_results(placed, text, self.published):
            placed, self.focus_set[j] = _quarter_in_focus(placed, self._focus_before(j), self.published)
        return placed

    def _found(self, j: int) -> list[Mention]:
        found = self.found.get(j)
        if found is None:
            text = self.sentences[j].text
            found = forms.dates(text, self.published)
            quoted = self._quoted_before(j, self.sentences[j].paragraph) if any(m.relative for m in found) else False
            found = self.found[j] = _kept(found, text, quoted)
        return found

    def _quoted_before(self, j: int, paragraph: int) -> bool:
        """Whether a quotation is open where sentence ``j`` begins (``j`` may be one past the last sentence, given
        the last one's paragraph)."""
        def step(i: int, quoted: bool) -> bool:
            text = self.sentences[i].text
            return _inside_quote(text, len(text), quoted)
        return self._carried(j, paragraph, self.quoted, self.carry.quoted, False, step)

    def _year_before(self, j: int, paragraph: int | None = None) -> int | None:
        """The paragraph's last stated year where sentence ``j`` begins."""
        def step(i: int, year: int | None) -> int | None:
            text = self.sentences[i].text
            stated = _year_set(self._found(i), text) if forms.may_state_a_year(text) else None
            return year if stated is None else stated
        paragraph = self.sentences[j].paragraph if paragraph is None else paragraph
        return self._carried(j, paragraph, self.year, self.carry.year, None, step)

    def _carried(self, j: int, paragraph: int, memo: dict, carried, blank, step):
        """What the paragraph's sentences before ``j`` carry to it: ``blank`` at the paragraph's start (``carried``
        where the window opens inside the carry's paragraph), ``step(i, state)`` after sentence ``i``; worked
        out forward from the paragraph's start or the last sentence worked out (kept in ``memo``)."""
        back, i = [], j - 1
        while i >= 0 and self.sentences[i].paragraph == paragraph and i not in memo:
            back.append(i)
            i -= 1
        if i >= 0 and self.sentences[i].paragraph == paragraph:
            state = memo[i]
        else:
            state = carried if i < 0 and paragraph == self.carry.paragraph else blank
        for i in reversed(back):
            state = memo[i] = step(i, state)
        return state

    def _focus_before(self, j: int) -> Period | None:
        """The quarter in focus where sentence ``j`` begins: set by the last sentence of company results before it
        that names one (only those are scanned)."""
        while len(self.focus) <= j:
            i = len(self.focus) - 1
            if self.published and _RESULTS.search(self.sentences[i].text):
                self.dates(i)  # asks this for i at most, known by now
            self.focus.append(self.focus_set.get(i, self.focus[i]))
        return self.focus[j]

    def carry_out(self) -> Carry:
        """What the sentences carry to the next window."""
        if not self.sentences:
            return self.carry
        n, paragraph = len(self.sentences), self.sentences[-1].paragraph
        return Carry(paragraph, self._year_before(n, paragraph), self._focus_before(n),
                     self._quoted_before(n, paragraph))


def _kept(found: list[Mention], text: str, quoted: bool) -> list[Mention]:
    """A sentence's dates less those it only seems to state (``quoted``: the sentence opens inside a quotation):
    a speaker's day word, a game's quarter."""
    if not found:
        return found
    if any(m.relative for m in found):
        found = [_holiday_of_year(m, found, text) for m in found
                 if not _speakers_day(m, text, quoted) and not _restated_weekday(m, found, text)
                 and not _restated_by_date(m, found, text)]
    if any(_yearless_quarter(m.value) for m in found) and _SPORTS.search(text):
        found = [m for m in found if not _yearless_quarter(m.value)]  # a game's quarter
    return _calendar_only(found, text)


def _calendar_only(found: list[Mention], text: str) -> list[Mention]:
    """Less a fiscal period (``_fiscal``) and a time right after "ago" ("five years ago this week")."""
    if "iscal" in text or "FY" in text:
        found = [m for m in found if m.relative or not _fiscal(m, text)]
    if " ago " in text:
        found = [m for m in found if not (m.relative and _AGO_BEFORE.search(text, max(0, m.start - 8), m.start))]
    return found


# "flew by the comet five years ago this week": a span counted back, then the week or day it lands in now; the second
# phrase dates no event of its own (the first, counted back, does)
_AGO_BEFORE = re.compile(r"\bago\s+\Z", re.IGNORECASE)


# "fiscal 2022", "fiscal year 2022", "FY2022"; "2022 fiscal year", "the second quarter of its 2022 fiscal year", "the
# second quarter of Orsk's fiscal year 2022": a company's fiscal period, whose calendar months the text does not
# give (a year or a quarter named so is no calendar one)
_FISCAL_BEFORE = re.compile(r"(?:\bfiscal(?:\s+year)?\s+|\bFY\s*)\Z", re.IGNORECASE)
_FISCAL_AFTER = re.compile(r"\s+(?:of\s+(?:its|the|their|our|this|[\w.&-]+['’]s)\s+(?:\d{4}\s+)?)?fiscal\b", re.IGNORECASE)


def _fiscal(m: Mention, text: str) -> bool:
    return bool(_FISCAL_BEFORE.search(text, max(0, m.start - 14), m.start) or _FISCAL_AFTER.match(text, m.end))


_BRACKETED_WEEKDAY = re.compile(r"\s*\(\s*(?:" + "|".join(WEEKDAY_NAMES) + r")\s*\)", re.IGNORECASE)


def _restated_weekday(m: Mention, found: list[Mention], text: str) -> bool:
    """'on June 2 (Friday)': a weekday in brackets right after a date names that date's weekday, no day of its own."""
    return any(o is not m and not o.relative and o.end <= m.start
               and (b := _BRACKETED_WEEKDAY.match(text, o.end)) is not None and b.end() >= m.end for o in found)


_RESTATING_COMMA = re.compile(r"\s*,\s*")


def _restated_by_date(m: Mention, found: list[Mention], text: str) -> bool:
    """'dedicated today, Nov. 8': a day word right before a comma and a date written out is restated by it: the
    written date is the day meant (it holds when the text was written a day before its stamp)."""
    return m.text.lower() in DAY_WORDS and any(
        not o.relative and o.start > m.end and _RESTATING_COMMA.fullmatch(text, m.end, o.start) for o in found)


_YEAR_AFTER = re.compile(r"\s*(?:,|\s+in)\s*\Z")


def _holiday_of_year(m: Mention, found: list[Mention], text: str) -> Mention:
    """'the 2019 Easter Sunday bombings', 'The 2022 Christmas Day storm', 'on New Year's Day in 2017': a holiday's name
    right after a year, or before one after "in" or a comma, is that year's holiday, no day near publication."""
    if not m.relative or any(c.isdigit() for c in m.text):
        return m
    year = next((o.value.first.year for o in found if o is not m and o.value.grain == "year" and (
        (o.end < m.start and not text[o.end:m.start].strip())
        or (o.start > m.end and _YEAR_AFTER.match(text[m.end:o.start]) is not None))), None)
    name = holiday_key(m.text)
    if year is None or name not in HOLIDAYS:
        return m
    return replace(m, value=periods.day(holiday_date(name, year)), relative=False)  # written out with its year


def _of_results(found: tuple[Mention, ...], text: str, published: date | None) -> bool:
    """A sentence of company results naming a quarter or "a year ago": it reads and sets the quarter in focus."""
    return bool(published and any(_dated_quarter(m.value) or _A_YEAR_AGO.fullmatch(m.text) for m in found)
                and _RESULTS.search(text))


_DAY_WORD = re.compile(r"(?:today|tonight|yesterday|tomorrow)(?:['’]s)?", re.IGNORECASE)


def _speakers_day(m: Mention, text: str, quoted: bool) -> bool:
    """'“... Today’s verdict proves it,” he said': a day word inside a direct quotation is the speaker's day, said at
    a time the text does not give, so it is no date counted from publication."""
    return bool(_DAY_WORD.fullmatch(m.text)) and _inside_quote(text, m.start, quoted)


def _inside_quote(text: str, end: int, quoted: bool) -> bool:
    """Is text[end] inside a direct quotation, given whether the text opens inside one?  Curly quotes open and
    close; a straight double quote toggles."""
    opening, closing = text.rfind("“", 0, end), text.rfind("”", 0, end)
    last = max(opening, closing)
    if last >= 0:
        quoted = opening > closing  # the last curly quote decides
    return quoted != (text.count('"', last + 1, end) % 2 == 1)  # then each straight one after it toggles


def _yearless_quarter(period: Period) -> bool:
    return period.grain == "quarter" and period.yearless


def _dated_quarter(period: Period) -> bool:
    return period.grain == "quarter" and not period.yearless


def _winter(period: Period) -> bool:
    """A whole winter (a part of one keeps to the year it begins in)."""
    return period.grain == "season" and period.first.month == 12


def _place_years(found: list[Mention], year: int | None, published: date | None,
                 text: str = "", years_of: "_EventYears | None" = None) -> tuple[tuple[Mention, ...], int | None]:
    """Give a yearless date the year of the paragraph's last stated year, else one near publication.

    Only a year the text states sets the paragraph's year ("September 2020", "founded in 2019");
    a date counted from publication ("on Monday", "last week") does not, nor a year that only
    names something ("the 2020 conflict"), nor a date inside a noun phrase that names a document
    or an event ("the accord of 12 June 2019", "its 12 June 2019 ruling", "a report dated 4 March 2018").
    """
    out = []
    counted = setter = None
    for k, m in enumerate(found):
        if not m.value.yearless:  # "A year ago, on June 3, ...; two years ago, on June 3, ...": each its own year
            counted = _counted_year(m, text)
        listed = _listed_year(m, found[k + 1:], text) if m.value.yearless else None
        if m.value.yearless and (counted is not None or listed is not None):
            m = replace(m, value=_fill_year(m, counted if listed is None else listed, published, text) or m.value)
        elif m.value.yearless:
            if _before_its_setter(m, setter, year):
                year, setter = year + 1, None  # ("Launched in November 2013, it reached orbit on Sept. 22": 2014)
            placed, guessed = _yearless_placed(m, year, published, text, years_of)
            if placed:
                m = replace(m, value=placed, guessed=guessed)
        elif _sets_the_year(m, text):
            # a winter names the year it begins, but what follows it ("In January") is in the next
            year = m.value.last.year if _winter(m.value) else m.value.first.year
            setter = m if _FRONTED_PARTICIPLE.match(text) else None
        out.append(m)
    return tuple(out), year


def _yearless_placed(m: Mention, year: int | None, published: date | None, text: str,
                     years_of: "_EventYears | None") -> tuple[Period | None, bool]:
    """Where ``_place_years`` puts a yearless date with no year counted or listed for it: none after "the anniversary
    of" nor, with no paragraph year, on its own day recalled or "that year"; else its event's year or the paragraph's.
    With it, whether the year is only a guess from publication (the text gives none)."""
    if _ANNIVERSARY_OF.search(text, max(0, m.start - 40), m.start) \
            or year is None and (_recalled_on_its_day(m, text, published, years_of) or _THAT_YEAR.match(text, m.end)):
        return None, False
    event = _event_year(m, text, years_of)
    if event:
        return event, False
    placed = _fill_year(m, year, published, text)
    return placed, year is None and _only_guessed(m, placed, published, text)


def _only_guessed(m: Mention, placed: Period | None, published: date | None, text: str) -> bool:
    """Is a yearless day's year, placed near publication with no paragraph year, the reader's guess alone? Only for a
    day gone more than a week before publication (nearer, the guess is the likely year: "Italy won the final on July
    11", published 12 July; one placed after it may be a coming one, "The rocket is due to launch on April 11"), not in
    a sentence naming a holiday ("the Independence Day parade on July 4": a yearly event), one in a sentence that writes a
    year ("The 2022 launch took place on April 11") or gives it in words ("of last year", "This year's parade"), one
    with a weekday before it ("on Tuesday, April 11": the weekday gives the year), nor in a sentence of a recurring
    event ("again", "every year", "the annual parade") or after a modal future ("Crowds will gather on Jan. 4"): each
    may be another year's day."""
    return (placed is not None and published is not None and (published - placed.first).days > 7
            and not _HOLIDAY_NAMED.search(text) and not _A_CENTURY_YEAR.search(text)
            and not _YEAR_IN_WORDS.search(text) and not _WEEKDAY_BEFORE.search(text, max(0, m.start - 12), m.start)
            and not _RECURRENCE.search(text) and not _MODAL_FUTURE.search(text, 0, m.start)
            and leaning(text, m.start, m.end) != "future")  # (the tense last: it walks the clause)


_RECURRENCE = re.compile(r"\b(?:" + alternation(RECURRENCE_WORDS) + r")\b", re.IGNORECASE)
# a holiday or a named day, a yearly event on a fixed day ("Boxing Day", "the Bastille Day parade", "Anzac Day")
_HOLIDAY_NAMED = re.compile(r"(?i:\b(?:" + alternation(HOLIDAYS) + r")\b)|\b[A-Z][\w'’]+\s+Day\b")
# a modal as a word of its own, or "'ll" glued to its subject ("they'll")
_MODAL_FUTURE = re.compile(r"(?:(?<!\w)|(?=['’]))(?:" + alternation(MODAL_FUTURE) + r")\b", re.IGNORECASE)
# "on April 11 of last year", "This year's parade on July 4": the text gives the year, in words
_YEAR_IN_WORDS = re.compile(r"\b(?:last|this|next|the\s+(?:previous|following|same))\s+year\b", re.IGNORECASE)


# a fronted past participle's phrase ("Launched in November 2013, ..."): its event comes before the main clause's
_FRONTED_PARTICIPLE = re.compile(r"\s*[A-Z][a-z]+ed\b[^,;:.]{0,60},")


def _before_its_setter(m: Mention, setter: Mention | None, year: int | None) -> bool:
    """Would a yearless date after a fronted participle's dated phrase fall, in that phrase's year, before it ("Launched
    in November 2013, it reached orbit on Sept. 22")? Then it is in the next year: the main clause's event follows."""
    if setter is None or year is None or not m.value.yearless or m.start < setter.end:
        return False
    placed = periods.with_year(m.value, year)
    return placed is not None and placed.last < setter.value.first


# "on January 8 that year": the year of an earlier sentence, not publication's; with none stated in the paragraph
# the date stays yearless (its month and day still compare)
_THAT_YEAR = re.compile(r",?\s+(?:of\s+)?that\s+year\b", re.IGNORECASE)
_COUNTED_YEAR_END = re.compile(r"\s*(?:,\s*)?(?:on\s|in\s+(?:(?:early|mid|late)[\s-]+)?(?:" + "|".join(MONTH_NAMES)
                               + r")\b)", re.IGNORECASE)  # ("Five years ago, in September"; not "in a speech")


# a bracket restating a moment in another time zone: a clock time and a zone's code ("(1520 GMT Friday)")
_ZONE_BRACKET = re.compile(r"\s*\([^()]{0,20}\d[^()]{0,20}\b(?:" + "|".join(TIME_ZONES) + r")\b[^()]{0,20}\)")


def _zone_neighbours(found: tuple[Mention, ...], text: str) -> tuple[Mention, ...]:
    """'landed at 12.20am Tokyo time on Saturday (1520 GMT Friday)': a weekday restated in a bracket, in another
    time zone, by the weekday next to it is the day next to the bracket's (the bracket's, nearer publication's zone,
    is read from publication): one day after or before it, as the two names say."""
    out = list(found)
    for k, m in enumerate(found):
        bracket = _ZONE_BRACKET.match(text, m.end) if m.relative and m.value.grain == "day" else None
        other = next((n for n in found[k + 1:] if n.relative and n.value.grain == "day" and bracket
                      and n.end <= bracket.end()), None)
        if other is None:
            continue
        step = (m.value.first.weekday() - other.value.first.weekday()) % 7
        if step in (1, 6):
            out[k] = replace(m, value=periods.day(other.value.first + timedelta(days=1 if step == 1 else -1)))
    return tuple(out)


_LIST_GAP = re.compile(r"(?:[^.;:!?]|(?<=\d)\.(?=\d)){0,60}?\b(?:and|or)\s+(?:on\s+|in\s+)?\Z", re.IGNORECASE)


# ... or a predicate joined by "and" with its own date after "on"/"in": "was launched on July 22 from Orsk and had
# entered the moon's orbit on August 20, 2019" (no mark ending a clause between)
_PREDICATE_GAP = re.compile(r"[^.;:!?,]{0,60}?\band\s+(?P<rest>[^.;:!?,]{0,60}?)\b(?:on|in)\s+\Z", re.IGNORECASE)


def _same_subjects_predicate(text: str, start: int, end: int) -> bool:
    """Is text[start:end] a predicate joined by "and" to the one before, sharing its subject (a verb right after "and",
    no subject of its own: "and had entered the moon's orbit on"; not "and its builder was founded on"), with no other
    past form (a participle describing a noun of its own: "and matched a record set on")?"""
    gap = _PREDICATE_GAP.fullmatch(text, start, end)
    if gap is None:
        return False
    after = text[gap.start("rest"):end].split()
    past = [w for w in after if w.lower() in IRREGULAR_PAST or w.lower().endswith("ed")]
    return bool(after) and after[0].lower() not in SUBJECT_OPENERS and not after[0][:1].isupper() and len(past) <= 1


def _listed_year(m: Mention, later: list[Mention], text: str) -> int | None:
    """'tremors on October 30 and on January 18, 2017', 'launched on July 22 and entered orbit on August 20, 2019': a
    yearless day listed before a date with a year ("and"/"or" right before it, or before a predicate of its own, in
    the same sentence) is in that year, or in the year before when its month comes later in the
    year (a list of dates runs forward in time)."""
    nxt = next((n for n in later if not n.relative), None)
    if nxt is None or nxt.value.yearless or m.value.grain != "day" or nxt.value.grain not in ("day", "month") \
            or not (_LIST_GAP.fullmatch(text, m.end, nxt.start) or _same_subjects_predicate(text, m.end, nxt.start)):
        return None
    year = nxt.value.first.year
    return year - 1 if (m.value.first.month, m.value.first.day) > (nxt.value.first.month, nxt.value.first.day) else year


def _counted_year(m: Mention, text: str) -> int | None:
    """'A year ago, on May 7, Macron won', 'Last year on May 7 ...', 'Five years ago, in September, ...': a year
    counted from publication opening the sentence (or a part of it after a semicolon), right before "on" and a day or
    "in" and a month, is the year of the days after it, up to the next date with a year (of this sentence's yearless
    dates only: a counted year sets no paragraph's year)."""
    before = text[:m.start].rstrip()
    if not m.relative or m.value.grain != "year" or (before and not before.endswith(";")) \
            or not _COUNTED_YEAR_END.match(text, m.end):
        return None
    return m.value.first.year


def _recalled_on_its_day(m: Mention, text: str, published: date | None, years_of: "_EventYears | None") -> bool:
    """'The rebels seized Damascus on December 8', in a story marking the first anniversary, published on 8 December
    2025: in a text that marks an anniversary (``_MARKS_ANNIVERSARY``), a yearless day within a week of publication's,
    in a paragraph that states no year, is the recalled event's or the present's, which the text does not tell apart:
    it stays yearless (its month and day still compare).  Not a day with its weekday ("on Monday, Oct. 26": the weekday gives the year), a dateline's
    ("BRUSSELS, December 2 (Xinhua)": the day the story was filed), or one in the sentence that marks the anniversary
    ("The anniversary fell on July 13": the anniversary's own day), or one the tense puts ahead ("will be held on")."""
    if published is None or years_of is None or m.value.grain != "day" or not years_of.anniversary():
        return False
    if _WEEKDAY_BEFORE.search(text, max(0, m.start - 12), m.start) or _WEEKDAY_IN.search(m.text) \
            or _DATELINE_NEXT.match(text, m.end) or _MARKS_ANNIVERSARY.search(text) \
            or leaning(text, m.start, m.end) == "future":
        return False  # (the marking sentence's day is the anniversary's: "fell on July 13"; "will be held" is to come)
    return any(abs((periods.with_year(m.value, y).first - published).days) <= 7
               for y in (published.year - 1, published.year, published.year + 1))


_WEEKDAY_BEFORE = re.compile(r"\b(?:" + "|".join(WEEKDAY_NAMES) + r")\b[,\s]*\Z", re.IGNORECASE)
_WEEKDAY_IN = re.compile(r"\b(?:" + "|".join(WEEKDAY_NAMES) + r")\b", re.IGNORECASE)
_DATELINE_NEXT = re.compile(r"\s*(?:\(|--|—|–)")
# "marking the first anniversary", "the anniversary of", "one year on", "a year since": a text told on an anniversary
_YEARS_COUNTED = [w for w in (*ONES, *TENS) if ONES.get(w, 20) > 1]  # two and more: "a year ago" is no anniversary
_MARKS_ANNIVERSARY = re.compile(r"\b(?:first|second|third|fourth|fifth|tenth|\d+(?:st|nd|rd|th)|one-year|1-year)\s+"
                                r"anniversary\b|\banniversary\s+of\b|\b(?:one|a|two|three|five|ten)\s+years?\s+(?:on|since)\b"
                                # a count of years back to the recalled day with the present time ("50 years ago this
                                # month", "33 years ago today"), or the day itself ("on this day in 1992"); not "joined
                                # the firm 12 years ago, and led it", "Twenty years ago, it was robbed", "25 years on
                                # the force", "released 15 years later": background, no anniversary
                                r"|\b(?:\d{1,3}|" + alternation(_YEARS_COUNTED) + r")(?:-\w+)?\s+(?:years|yrs)\s+ago"
                                r"\s+(?:today|this\s+(?:day|date|week|month))\b"
                                r"|\bon\s+this\s+(?:day|date)\b|\btoday\s+in\s+history\b",
                                re.IGNORECASE)  # (not "his wedding anniversary", "a year after")


# "on the anniversary of the July 13 rally": the date the anniversary recalls is of some earlier year, neither the
# paragraph's nor the one near publication: it stays yearless (its month and day still compare)
_ANNIVERSARY_OF = re.compile(r"\banniversary\s+of\s+(?:the|its|their|his|her|this)?\s*\Z", re.IGNORECASE)


def _sets_the_year(m: Mention, text: str) -> bool:
    """A date with its year that gives the year to the paragraph's yearless dates after it (whatever the sentences
    before it said: ``SourceDates`` relies on this)."""
    return not m.relative and not _years_apart(m, text) and (
        m.value.grain in _STATED_GRAINS and not _names_a_thing(m, text) or _time_of_events(m, text))


def _year_set(found: list[Mention], text: str) -> int | None:
    """The year a sentence's dates (``_kept``) give the paragraph from there on, None if they give none: what
    ``_place_years`` leaves, found without placing anything."""
    year = setter = None
    for m in found:
        if not m.value.yearless and _sets_the_year(m, text):
            year = m.value.last.year if _winter(m.value) else m.value.first.year
            setter = m if _FRONTED_PARTICIPLE.match(text) else None
        elif _before_its_setter(m, setter, year):
            year, setter = year + 1, None
    return year


# Periods a text states a year for: they set the paragraph's year ("September 2020"); a bare year
# does so only when it sets the scene.
_STATED_GRAINS = {"day", "days", "week", "weekend", "month", "part of month", "quarter", "season", "part of season"}
# A bare year sets the paragraph's year when it sets the scene: "In 2019, the firm was founded."
# or "Orbix was founded in 2019." Not "ended the 2020 conflict", "arrested since 1990 for
# protesting", "a program approved in 1987 that didn't specify".
_FRONTED_YEAR = re.compile(r"\s*(?:in|during)\s+\d{4}\s*(?:,|(?=on\s))", re.IGNORECASE)  # ("In 2023 on June 2 ...")
_CLOSING_YEAR = re.compile(r"\b(?:in|during)\s+\d{4}\s*[.!?]?\s*$", re.IGNORECASE)
# ... or closes an opening phrase that says when: "After returning to office in 2025, Trump ordered a review in April."
_OPENING_YEAR = re.compile(r"\s*(?:after|before|following|upon|when|by|until)\b[^,;:.]{0,60}?\b(?:in|during)\s+"
                           r"(?P<year>\d{4})\s*,", re.IGNORECASE)


# A date names a thing, not the time of the clause, when it completes a noun with "of" ("the accord of
# 12 June 2019"), follows "dated", or stands between a determiner and a noun ("its 12 June 2019 ruling").
_OF_A_NOUN = re.compile(r"\b(?P<noun>[a-z]+)\s+of\s+\Z", re.IGNORECASE)
_DATED = re.compile(r"\bdated\s+(?:on\s+)?\Z", re.IGNORECASE)
_DETERMINER = re.compile(r"(?:\b(?:" + "|".join(DETERMINERS) + r")|\w['’]s)\s+\Z", re.IGNORECASE)
_DETERMINER_FIRST = re.compile(r"(?:" + "|".join(DETERMINERS) + r")\s", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s+(?!(?:and|or|to|of|in|on|at|for|by|with|was|were|is|are)\b)[a-z]+\b")
_SAYS_WHEN = OF_NOT_A_THING | TIME_NOUNS | set(SEASONS)


def _names_a_thing(m: Mention, text: str) -> bool:
    """The date is part of a noun phrase naming a document or event, so its year is that thing's."""
    before = text[max(0, m.start - 30):m.start]
    of = _OF_A_NOUN.search(before)
    if of:
        return of.group("noun").lower() not in _SAYS_WHEN
    # the date's own text may hold the determiner ("the 12 June 2019"), not "the 3rd of May"
    determined = _DETERMINER.search(before) or _DETERMINER_FIRST.match(m.text) and " of " not in m.text
    return bool(_DATED.search(before) or determined and _NOUN_AFTER.match(text, m.end))


# "comes more than a year after he knelt on his neck May 25, 2020": a span of a year or more before after/since/
# before sets the event it dates that far from the story's time
_YEARS_APART = re.compile(r"\b(?:years?|decades?)\s+(?:after|before|since)\b[^.;:!?]*\Z", re.IGNORECASE)


def _years_apart(m: Mention, text: str) -> bool:
    """A date of an event a year or more away from the clause it is told in lends the paragraph no year."""
    return bool(_YEARS_APART.search(text, max(0, m.start - 120), m.start))


def _time_of_events(m: Mention, text: str) -> bool:
    if m.value.grain != "year":
        return False
    if _FRONTED_YEAR.match(text) and m.start < 12:
        return True
    opening = _OPENING_YEAR.match(text)
    if opening and opening.start("year") == m.start:
        return True
    # a closing year sets the scene of a sentence told in the past ("Orbix was founded in 2019."), not the background
    # of one told in the present ("Libya remains divided after the uprising of 2011.")
    return bool(_CLOSING_YEAR.search(text, max(0, m.start - 12))) and past_or_perfect(text, 0, 0)


def _fill_year(m: Mention, year: int | None, published: date | None, text: str) -> Period | None:
    """The date placed in the paragraph's year, unless the clause's tense puts it on the other
    side of publication; else in the year near publication the tense allows."""
    placed = periods.with_year(m.value, year) if year else None
    if published is None:
        return placed
    if text and _known_event(m, text):
        return placed if placed and placed.first <= published else _at_or_before(m.value, published)
    ordered = bool(text) and _ORDERED_ACT.search(text, max(0, m.start - 70), m.start) is not None
    lean = _lean(m, text, ordered)
    if placed and not (lean == "future" and placed.last < published or lean == "past" and placed.first > published):
        return placed
    near = _year_near(m.value, published, lean)
    if near and periods.with_year(m.value, near).first > published and not ordered and _past_verbs_own(m, text, lean):
        near -= 1  # "announced the deal in January" or "In January, he was arrested", said in December: a past
        # verb's own date is not to come
    return periods.with_year(m.value, near) if near else None


def _lean(m: Mention, text: str, ordered: bool) -> str:
    """The tense a yearless date's clause leans to, but none after a past verb setting or ordering what it dates ("A
    trial date of December 16 was set", "ordered to surrender on April 27": that day may be to come)."""
    lean = leaning(text, m.start, m.end) if text else ""
    if lean == "past" and (ordered or _PLANNED_DATE.search(text, max(0, m.start - 40), m.start)):
        return ""
    return lean


def _past_verbs_own(m: Mention, text: str, lean: str) -> bool:
    """Is the date, after "in"/"on" (a day also with none: "disappeared Dec. 28"), a past verb's own: after the verb,
    or opening the sentence it is told in?"""
    bare = m.value.grain == "day" and _BARE_AFTER_WORD.search(text, max(0, m.start - 16), m.start)
    governed = _GOVERNED.search(text, max(0, m.start - 16), m.start) or bare and bare.group(1) not in FUNCTION_WORDS \
        and bare.group(1) not in FUTURE_BEFORE and bare.group(1) not in REPLACED_NOUNS
    return lean != "future" and bool(governed) and (
        past_verb_before(text, m.start, m.end) or lean == "past" and _opens_sentence(text, m))


def _opens_sentence(text: str, m: Mention) -> bool:
    """'In January, he was arrested': the date, after its preposition, opens the sentence, set off by a comma."""
    before = text[:m.start].strip().lower()
    return (before in _OPENING_PREPS or TIME_OF_DAY_LEAD.fullmatch(before) is not None) \
        and text[m.end:].lstrip().startswith(",")


_OPENING_PREPS = {"in", "on"}  # as _GOVERNED: the prepositions a past verb's own month may follow


# "the Aug. 8 fire", "the county's June 3 flood": a yearless date between a definite determiner (or a
# possessive) and a noun; "ahead of the June 4 vote" puts the event ahead, and so does a noun of a planned
# event (SCHEDULED_EVENTS), within the next three words.
_DEFINITE = re.compile(r"(?:\b(?:" + "|".join(DEFINITE_DETERMINERS) + r")|\w['’]s)\s+"
                       r"(?:(?!(?:on|in|at|of|by|for|since|until|to|from|and|or)\s)[a-z][a-z-]*\s+)?\Z", re.IGNORECASE)
# (one describing word may stand between: "the historic July 4 floods")
_AHEAD = re.compile(r"\b(?:" + alternation(AHEAD_OF) + r")\s+(?:[\w'’-]+\s+){0,3}\Z",
                    re.IGNORECASE)
# the noun, after any names that modify it ("the Aug. 8 Ruritania floods")
_HEAD_AFTER = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}(?!(?:and|or|to|of|in|on|at|for|by|with|was|were|is|are)\b)"
                         r"[a-z]+\b")
_SCHEDULED = re.compile(r"\s+(?:[\w'’.-]+\s+){0,3}?(?:" + "|".join(SCHEDULED_EVENTS) + r")\b", re.IGNORECASE)
# a sentence's definite subject and its past verb: "The 26-hour outage started", "The ferry's grounding was reported"
# (with no year of its own, and no comma or semicolon on to the date: one clause)
_DEFINITE_SUBJECT = re.compile(r"(?:The|This|That)\s+(?:(?!(?:19|20)\d\d\b)[\w'’-]+\s+){0,3}?([a-z]+)\s+"
                               r"(?:(?:was|were|had|has)\s+)?(?:[a-z]+ed|" + alternation(IRREGULAR_PAST) + r")\b[^,;]*\Z")


# the date a planned event was given: "a trial date of December 16", "the hearing date for May 9"
_ORDERED_ACT = re.compile(r"\b(?:" + alternation(ORDERING_VERBS) + r")\s+to\s+[a-z]+(?:\s+[\w'’-]+){0,5}?\s+(?:on|by|in)\s+\Z",
                          re.IGNORECASE)
_PLANNED_DATE = re.compile(r"\b(?:" + "|".join(SCHEDULED_EVENTS) + r")\s+date\s+(?:of|for|on)\s+\Z", re.IGNORECASE)
# a relative clause in the past right after the dated noun: "the July 4 floods that killed 137"
_PAST_RELATIVE_AFTER = re.compile(r"\s+(?:that|which|who)\s+(?:(?:had|has|have)\s+)?(?:[a-z]+ed|"
                                  + alternation(IRREGULAR_PAST) + r")\b")


# "the 2014 Soma mining disaster", "sentences over 2014 mining disaster" (a headline's bare year): a year before up to
# three words (names, then lower-case ones) of a noun phrase
_YEAR_BEFORE_NOUN = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Tt]his|[Ll]ast|over|for|of)\s+((?:19|20)\d\d)"
                               r"((?:\s+[A-Z][\w'’.-]*){0,3}"
                               r"(?:\s+(?!(?:in|on|at|of|for|to|and|or|was|were|is|are|by|with|that|which)\b)[a-z][a-z-]*){1,3})")


# "plotting an attack on a cafe in 2016", "the collapse of the dam in January 2019": a noun of an unplanned event, up
# to five words of its phrase (no verb among them), then "in" and its year (maybe after a month)
_EVENT_IN_YEAR = re.compile(r"(?:\b(?:[Tt]he|[Ii]ts|[Tt]heir)|(?<=ing\s)an?)\s+(?:[a-z-]+\s+){0,2}?(" + alternation(KNOWN_EVENT_NOUNS)
                            + r")\b((?:\s+(?!(?:was|were|is|are|has|had|have|that|which|who)\b)[\w'’-]+){0,5}?)"
                            r"\s+in\s+(?:[A-Z][a-z]+\s+)?((?:19|20)\d\d)\b")


_ANOTHER_INSTANCE = {"same", "previous", "earlier", "another", "similar", "prior", "last", "other"}


_A_CENTURY_YEAR = re.compile(r"(?:19|20)\d\d")  # what _YEAR_BEFORE_NOUN needs: most sentences have none


class _EventYears:
    """``_event_years`` of a source's sentences, found when a date first asks (most sources never do)."""

    def __init__(self, sentences: tuple[Sentence, ...]):
        self.sentences, self.found, self.marked = sentences, None, None

    def anniversary(self) -> bool:
        """Does the text mark an anniversary (``_MARKS_ANNIVERSARY``)?  Found when a date first asks."""
        if self.marked is None:
            self.marked = any(_MARKS_ANNIVERSARY.search(s.text) for s in self.sentences)
        return self.marked

    def __call__(self) -> dict[str, tuple[int, frozenset[str]]]:
        if self.found is None:
            self.found = _event_years(self.sentences)
        return self.found


def _event_years(sentences: tuple[Sentence, ...]) -> dict[str, tuple[int, frozenset[str]]]:
    """Each noun the text dates with a year before it ("the 2014 mining disaster"), or a noun of an unplanned event
    with "in" and a year after its phrase ("an attack on a cafe in 2016"), when it dates it with one year only: a later "the May 13 disaster" is that event's day, in that year.  With the year, the words before it
    ("the", "her"): "her 1953 coronation" gives no year to "his May 6 coronation", another's."""
    years: dict[str, set[int]] = {}
    openers: dict[str, set[str]] = {}
    for sentence in sentences:
        if not _A_CENTURY_YEAR.search(sentence.text):
            continue
        for m in _YEAR_BEFORE_NOUN.finditer(sentence.text):
            for word in m.group(2).split():  # the head is one of them ("the 2014 disaster killed 301")
                if word[:1].islower():
                    years.setdefault(word, set()).add(int(m.group(1)))
                    openers.setdefault(word, set()).add(m.group().split()[0].lower())
        for m in _EVENT_IN_YEAR.finditer(sentence.text):
            if not any(w.endswith("ed") or w in _ANOTHER_INSTANCE for w in m.group(2).split()):  # ("an attack foiled in
                # 2016": another act's; "a fire at the same plant in 2015": maybe another fire)
                years.setdefault(m.group(1), set()).add(int(m.group(3)))
                openers.setdefault(m.group(1), set()).add("the")
    return {noun: (next(iter(ys)), frozenset(openers[noun])) for noun, ys in years.items() if len(ys) == 1}


def _dated_apart(noun: str, text: str) -> bool:
    """'the first round of the election on April 23, the first time since the 1969 election that ...': a sentence that
    compares with an instance of the noun named with a year before it ("since"/"than" the ...), beside the yearless
    date's own phrase of it, tells of two instances; the year is the other's (not "making the 2014 disaster the
    deadliest": the same one)."""
    return any(noun in m.group(2).split() and _COMPARED_BEFORE.search(text, max(0, m.start() - 12), m.start() + 1)
               for m in _YEAR_BEFORE_NOUN.finditer(text))


_COMPARED_BEFORE = re.compile(r"\b(?:since|than)\s+\S\Z", re.IGNORECASE)  # "since the 1969 election": compared with


def _same_owner(determiner: str, openers: frozenset[str]) -> bool:
    """A yearless date's determiner against the words before the event's year: a possessive names whose event it is,
    so one that differs ("his" against "her 1953 coronation"), or a possessive where the year had none, is
    another's."""
    determiner = determiner.lower()
    if determiner in ("the", "this", "that", ""):
        return not openers <= POSSESSIVES  # "the May 6 coronation" after only "her 1953 coronation": whose?
    return openers == {determiner}


# "The attack on 1 July on the restaurant": a definite noun and "on" right before the date
_NOUN_ON = re.compile(r"\b(?:[Tt]he|[Tt]his|[Tt]hat)\s+([a-z]+)\s+on\s+\Z")


def _event_year(m: Mention, text: str, years_of: _EventYears | None) -> Period | None:
    """'smouldering for days before the May 13 disaster', 'The 26-hour outage started on July 8', in a text that
    speaks of 'the 2014 disaster' or 'the 2022 outage': the yearless day of an event the text dates elsewhere (named
    right after the date, or as the definite subject of the sentence's first verb) takes that year."""
    if not years_of:
        return None
    definite = _DEFINITE.search(text[max(0, m.start - 40):m.start])
    if definite:
        head = _HEAD_AFTER.match(text, m.end)
    else:
        head = _NOUN_ON.search(text, max(0, m.start - 40), m.start) or _DEFINITE_SUBJECT.match(text, 0, m.start)
    noun = head.group(head.lastindex or 0).split()[-1].lower() if head else ""
    years = years_of() if noun else {}
    if noun not in years or _dated_apart(noun, text):
        return None
    year, openers = years[noun]
    determiner = definite.group().split()[0] if definite else "the"
    return periods.with_year(m.value, year) if _same_owner(determiner, openers) else None


def _known_event(m: Mention, text: str) -> bool:
    """A yearless date premodifying a definite noun in a past or perfect clause names an event already
    known ("a settlement has been reached over the Aug. 8 fires"): it is at or before publication."""
    before = text[max(0, m.start - 40):m.start]
    owned = m.text.endswith(("'s", "’s")) or text[m.end:m.end + 3] in ("'s ", "’s ")
    after = m.end + 2 if text[m.end:m.end + 3] in ("'s ", "’s ") else m.end  # "October's crowd crush": the month's own
    if not ((_DEFINITE.search(before) or owned) and _HEAD_AFTER.match(text, after)):
        return names_a_known_event(text, m.start)
    if _AHEAD.search(before) or _SCHEDULED.match(text, after):
        return False
    if _PAST_RELATIVE_AFTER.match(text, _HEAD_AFTER.match(text, after).end()):
        return True  # "will investigate the July 4 floods that killed 137": the relative clause's past tells
    return past_or_perfect(text, m.start, m.end) or leaning(text, m.start, m.end) == "past"  # "recalling the Sept 8 quake"


def _at_or_before(found: Period, published: date) -> Period | None:
    """The yearless period placed in the latest year that does not begin it after publication."""
    for number in (published.year, published.year - 1, published.year - 4):  # 29 February: a leap year
        placed = periods.with_year(found, number)
        if not placed.yearless and placed.first <= published:
            return placed
    return None


_GOVERNED = re.compile(r"\b(?:in|on)\s+(?:early\s+|late\s+|mid-?)?\Z", re.IGNORECASE)
# a day with no preposition, as agencies write it, after a word of its clause: "disappeared from radar Dec. 28"
# (a word of content: not "by Jan. 14", "to Nov. 20", "the Jan. 14 deadline"; nor one that points ahead: "due Dec. 28",
# "given a deadline Dec. 28")
_BARE_AFTER_WORD = re.compile(r"\b([a-z]+)\s+\Z")


_A_YEAR_AGO = re.compile(r"an?\s+year\s+(?:ago|earlier)", re.IGNORECASE)


def _quarter_in_focus(found: tuple[Mention, ...], focus: Period | None,
                      published: date) -> tuple[tuple[Mention, ...], Period | None]:
    """In a sentence of business, "a year ago" is the quarter in focus a year before, not the whole year.

    The quarter in focus is the last one such a sentence named ("third-quarter profit") that
    ended within a year of publication.
    """
    out = []
    for m in found:
        if focus and _A_YEAR_AGO.fullmatch(m.text):
            m = replace(m, value=periods.quarter(focus.first.year - 1, (focus.first.month + 2) // 3))
        elif _dated_quarter(m.value) and 0 <= (published - m.value.last).days <= 366:
            focus = m.value
        out.append(m)
    return tuple(out), focus


_RESULTS = re.compile(r"\b(?:" + "|".join(RESULTS_WORDS) + r")\b", re.IGNORECASE)
_SPORTS = re.compile(r"\b(?:" + "|".join(SPORTS_WORDS) + r")\b", re.IGNORECASE)


def _year_near(found, published, lean: str = "") -> int | None:
    """The year that puts a yearless date nearest the publication day, unless its clause says otherwise.

    News speaks of the recent past and the near future alike ("in August", "on April 7"), so
    the nearest year wins, within half a year either way, unless the clause's tense puts the
    month on the other side of publication ("arrested both men in early August", said in
    March, is last August; "will raise rates in December", said in January, is this December;
    a past verb leaves next month alone, as it is often another event's).
    A date after "to", "until" or "through" is a target, so its verb is not asked
    ("was extended to Nov. 16").  On TempEval-3 nearest alone beats always-past (value F1
    0.74 against 0.68).
    """
    if published is None:
        return None
    month = found.first.month
    if _yearless_quarter(found):
        # companies report a quarter once it has begun, mostly after it ended; "expects to close
        # the deal in the first quarter" is the first one not yet over
        begun = published.year if month <= published.month else published.year - 1
        # still to come only if it ended before the last quarter did: the one just ended is
        # what "expects to report third-quarter results" speaks of
        long_over = (date(begun, found.last.month, found.last.day) - published).days < -92
        return begun + 1 if lean == "future" and long_over else begun
    here = date(published.year, month, min(found.first.day, 28))
    days = (here - published).days
    year = published.year - 1 if days > 183 else published.year + 1 if days < -183 else published.year
    months = (year - published.year) * 12 + month - published.month
    if lean == "past" and (months >= 2 or months == 1 and found.grain == "day"):  # a past verb cannot name a month
        return year - 1  # still to come (next month's "buy orders for November transactions", said in October, can;
        # not next month's day: "crashed just before landing on January 15", said on 29 December, is last January's)
    if lean == "future" and months < 0:
        return year + 1
    return year
