"""Pure decisions: does a found value agree, what is a fact's verdict per source, what does pytest do."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import NamedTuple

from .dates.periods import with_year
from .match import Hit, Term, compile_terms, same_word
from .model import SET_ASIDE, UNLINKED, Evidence, Fact, FactReport, Mention, Period, Result, said, source_names
from .money import bare_dollars, fact_currency, is_money, is_per_share, same_currency, unit_scale
from .numbers import WITH_PERPETRATOR, numbers, range_bounds, superlative
from .lang.calendar import CALENDAR_WORDS, DAY_WORDS, MONTHS, WEEKDAYS
from .lang.money import MONEY_SCALES
from .lang.numbers import (EVERYONE_NOUNS, HEDGE_WORDS, POUND_WORDS, TITLE_UNITS, WON_TITLES, TON_IN_POUNDS, TON_WORDS, ABOARD_WORDS, AGAINST_WORDS, COUNT_OPENERS, DURATION_VERBS, AGE_OPENERS, AGE_SUFFIXES, DEATH_TOLL_WORDS, DEATH_WORDS, DIED_AT_VERBS,
                           HARM_HEDGES, HARM_VERBS, HARMED_UNITS, INJURY_WORDS, KILL_VERBS, LOWER_BOUNDS, NEAR_AGREES,
                           NEAR_BELOW, NEAR_HOLDS_ONE, ONES, PERCENT_UNITS, SCALE_WORDS, SCALES, PEOPLE_NOUNS, PEOPLE_UNITS, SHORT_OF, TALLY_NOUNS, TENS, TOLL_NOUNS, UNITS, UPPER_BOUNDS, VOTE_UNITS)
from .lang.grammar import STATE_FILLERS, BRINGING_TO_VERBS, COLLECTIVE_NOUNS, PLACEHOLDER_FIGURES, READING_NOUNS, FRONTED_PARTITIVE, FUNCTION_WORDS, LOCATIVE_PREPOSITIONS, PARTITIVE_OPENERS, STATE_OF
from .words import alternation, is_demonym, is_plural, normalise, singular, words


class Comparison(NamedTuple):
    """A found value compared with the fact's.  A named tuple, not a frozen dataclass (made in half the time): one is
    made for each value of each sentence a fact reads."""

    found: str  # the value normalised, as evidence shows it
    agrees: bool | None  # None: not a value of this fact (a draft has no value; a number in another unit)
    why: str = ""  # said instead of the attribution's reason, when the value is not the fact's at all
    rule: str = ""
    exact: bool = False  # agrees and is as precise as the fact's value (see decide)
    far: int = 0  # conflicts, and is far from the fact's value (FAR_OFF: 1; REMOTE_OFF: 2; a date a week off,
    # APART_DAYS: 3): no misreport of it, more likely another figure


_THIS_YEAR = re.compile(r"\bthis\s+year\b", re.IGNORECASE)


def _half_or_more(found: Period) -> bool:
    """A year, or a part of one half a year long or more ("the second half of this year")."""
    return found.grain == "year" or found.grain == "part of year" and (found.last - found.first).days >= 180


def compare_date(fact: Fact, mention: Mention) -> Comparison:
    """Agree when the periods can be the same day: one contains or overlaps the other."""
    found: Period = mention.value
    if fact.value is None:
        return Comparison(found.label, None)
    if found.yearless and (fact.value.last - fact.value.first).days >= 364:
        # "in March" against a fact's year: a month and day say nothing of which year
        return Comparison(found.label, None, "states no year, and the fact's value is a year", "no_year")
    if mention.relative and _half_or_more(found) and fact.value.grain in ("day", "month") \
            and _THIS_YEAR.search(mention.text) and found.overlaps(fact.value):
        # "Temperatures this year climbed as high as 51.8C": the publication's own year frames the story; it states
        # no day of it, nor does its half ("in the second half of this year") ("last year" places the event before
        # it; one that excludes the fact's day still differs)
        return Comparison(found.label, None, "is the publication's own year ('this year'), which states no day or "
                          "month", "this_year")
    if _own_day_placed(fact.value, mention):
        # "They launched on April 11": the writer states the fact's day; the year is only the reader's guess. A weak
        # agree (no exact statement: a year the text writes still differs); a year apart, the guess may be right and
        # the fact's year a slip ("locked down on Jan. 23" against 23 January 2019, said in 2020): no statement
        if found.first.year - fact.value.first.year < OWN_DAY_YEARS:
            return Comparison(f"--{found.first:%m-%d}", None, "states the fact's month and day, but no year, and the "
                              "year guessed near publication is the next after the fact's: a slip of either", "own_day")
        return Comparison(f"--{found.first:%m-%d}", True)
    agrees = found.overlaps(fact.value)
    # "2020" overlaps 9 November 2020 without stating it: only a period no wider than the fact's is exact
    exact = agrees and (found.last - found.first) <= (fact.value.last - fact.value.first)
    apart = 0 if agrees else _days_apart(found, fact.value)
    if found.grain in ("season", "part of season") and 0 < apart <= SEASON_EDGE_DAYS:
        # "the summer of 2020" for 25 May 2020: a season's edges are a reckoning's (the calendar's months, the
        # solstice, a holiday), weeks apart; a day that near its edge is no contradiction
        return Comparison(found.label, None, f"is a season, whose edges vary by weeks; the fact's day is {apart} "
                          "days from its calendar months", "season_edge")
    far = 3 if apart >= APART_DAYS else 2 if apart >= REMOTE_DAYS else 1 if apart >= FAR_OFF_DAYS else 0
    return Comparison(found.label, agrees, exact=exact, far=far)


SEASON_EDGE_DAYS = 31  # a day this near a season's calendar months may be in it by another reckoning
OWN_DAY_YEARS = 2  # a yearless day guessed this many years after the fact's (or more) retells it: a weak agree


def _own_day_placed(wanted: Period, mention: Mention) -> bool:
    """Is the mention a day written without a year that the text gives anywhere ("They launched on April 11", in a
    retelling published years later), on the fact's own month and day, placed near publication in a later year than
    the fact's? The year is the reader's guess; the day is the writer's. (A fact's year later than the guess, a slip
    for the year before, "The storm hit on Dec. 28" against 28 December 2021 published in January 2021, still differs.)"""
    found = mention.value
    return (mention.guessed and found.grain == "day" and wanted.grain == "day" and not wanted.yearless
            and found.first.year > wanted.first.year
            and (found.first.month, found.first.day) == (wanted.first.month, wanted.first.day))


def _days_apart(found: Period, wanted: Period) -> int:
    """Days from one period to the other (0 when they touch or overlap): "11 September" is one day from 10
    September, "November 2024" 224 days from 22 March 2024; a period written with no year ("11 September") is taken
    in the year around the fact's that puts it nearest (a fact with no year of its own: 0, no distance read)."""
    if wanted.yearless:
        return 0
    if not found.yearless:
        return _gap(found, wanted)
    placed = (with_year(found, year) for year in range(wanted.first.year - 1, wanted.first.year + 2))
    return min((_gap(p, wanted) for p in placed if not p.yearless), default=0)  # "Dec. 31" is a day from 1 January


def _gap(found: Period, wanted: Period) -> int:
    return max((found.first - wanted.last).days, (wanted.first - found.last).days, 0)


# A fact's currency, from its unit list: asked of each number the fact reads, up to three times each.
_currency = lru_cache(maxsize=4096)(fact_currency)


def compare_name(hit: Hit, values: tuple[Term, ...]) -> Comparison:
    """A name agrees when it is one of the fact's value names (else it is a rival)."""
    agrees = hit.term in values
    return Comparison(hit.term.text, agrees, exact=agrees)


def number_in_unit(fact: Fact, mention: Mention, units: tuple[Term, ...]) -> float | None:
    """The mention's value in the fact's unit, or None when it counts something else."""
    mention = _measure_not_money(fact, mention)
    scaled = _count_scale(fact.unit)
    if is_money(mention.unit) or _currency(fact.unit):
        return _money_in_unit(fact, mention)
    if mention.unit == "%" or _percent_unit(mention.unit) and not _points(mention):  # "44 percent" for a fact in "%"
        return mention.value if any(_percent_unit(u) for u in fact.unit) else None
    if scaled and not _written_in_ones(fact, scaled[0]):
        return _scaled_count(mention, *scaled)
    if not fact.unit:
        return _unitless(fact, mention)
    if _age_mismatch(fact, mention) or _ranked_on_scale(fact, mention):
        return None
    if _age_in_years(fact, mention):
        return mention.value
    if (_counted_before(fact, mention, units) and not _share_fact(fact)) or _harmed_count(fact, mention) \
            or _noun_left_out(fact, mention):
        return mention.value  # (a share's fact reads no count of a term's noun: "1,500 positions" is no percent)
    if _scale_before(mention):
        return None  # "a Category 4 hurricane" is no count of hurricanes
    return _unit_written_after(fact, mention, units)


def _written_in_ones(fact: Fact, scale: float) -> bool:
    """30113483 in [votes, million votes]: a value at least its scale, in a unit list that also names the unit
    unscaled, is written in ones; the scaled unit is a way of writing it ("30.1 million votes")."""
    return fact.value is not None and fact.value >= scale and any(
        (w := normalise(u).split()) and w[0] not in SCALES for u in fact.unit)


@lru_cache(maxsize=4096)
def _count_scale(units: tuple[str, ...]) -> tuple[float, tuple[Term, ...]] | None:
    """A count's fact whose unit opens with a scale word ("million", "million devices", value 8.5): the scale, and
    the nouns listed after it (none: any count written in that scale); None for a fact counted in ones."""
    scales = [SCALES[w[0]] for u in units if (w := normalise(u).split()) and w[0] in SCALES and w[0] != "hundred"]
    if not scales:
        return None
    nouns = [" ".join(w[1:]) for u in units if len(w := normalise(u).split()) > 1 and w[0] in SCALES]
    return scales[0], compile_terms(nouns)


def _scaled_count(mention: Mention, scale: float, nouns: tuple[Term, ...]) -> float | None:
    """'8.5 million Windows devices' for a fact of 8.5 in [million, million devices]: the count in the fact's scale,
    when it counts a listed noun (any count, when only the scale is listed, if it is written with a scale word)."""
    if nouns:
        return mention.value / scale if _unit_after(mention, nouns) else None
    written = any(w.norm in SCALES for w in words(mention.text))
    return mention.value / scale if written and normalise(mention.unit) not in UNITS else None


def _measure_not_money(fact: Fact, mention: Mention) -> Mention:
    """'11,000 pounds' for a fact in [pounds, lb]: an amount written with a word that is also a measure is that
    measure for a fact that names no currency and lists the word ("£11,000" stays money)."""
    if not is_money(mention.unit) or _currency(fact.unit):
        return mention
    head, _, last = mention.text.rpartition(" ")
    word = normalise(last) if head else ""
    if word in UNITS and any(normalise(u) == word for u in fact.unit):
        return replace(mention, unit=word, text=head, after=f" {last}{mention.after}")  # read as "N" before its unit
    return mention


def _age_in_years(fact: Fact, mention: Mention) -> bool:
    """For a fact whose unit is an age: "aged 88", "at the age of 88" (any way an age in years is written), or
    "Dick Eastland, 70, had died" (a bare number set off after a name is the person's age)."""
    if not age_fact(fact):
        return False
    if is_age(mention) and mention.after.lower().startswith(_MONTHS_OLD) == _in_months(fact):
        return True  # (an age in months only for a fact aged in months: "22 months old", [month-old])
    if _in_months(fact):
        return False  # (a bare number after a name or "was" is an age in years: "Ivan Lind, 18,")
    if _copula_age(mention):
        return True
    return not mention.unit and bool(APPOSED.search(mention.before)) and bool(_APPOSED_END.match(mention.after))


# "who was 17", "she is 41", "Novak had been 17": a bare number after a person and a form of "be", for an age fact,
# with nothing after it but a punctuation mark or "at the time" ("was 3 over par", "was 2 when the family moved": no age
# at the fact's time)
_AGE_COPULA_END = re.compile(r"\s*(?:[,.;:)]|\Z|at\s+the\s+time\b)")
_AGE_COPULA = re.compile(r"(?:\b(?:who|he|she)|(?<![\w'’.-])[A-Z][\w'’.-]*)\s+(?:was|is|had\s+been|has\s+been)\s+\Z")


def _copula_age(mention: Mention) -> bool:
    """"Anna Novak, who was 17 at the time,": a person's age (not "was 12 in the world rankings"; nor after an
    apposition, whose name may be another's: "Roe, Lind's partner, was 52 at the time")."""
    return bool(_AGE_COPULA_END.match(mention.after) and _AGE_COPULA.search(mention.before[-40:]))


def _age_mismatch(fact: Fact, mention: Mention) -> bool:
    """An age for a fact that is none ("a 25-year-old coach" is never a span of years or days), or a span of days,
    weeks or months for an age fact ("a brief eight-day mission" is no age in years), or of years after a preposition
    of duration ("in just two years", "for 20 years")."""
    unit, own = normalise(mention.unit), "month" if _in_months(fact) else "year"
    if is_age(mention):  # (an age in months or days, "at the age of 18 months", is no age in years)
        return not age_fact(fact) or UNITS.get(unit, ("",))[0] == "time" and not unit.startswith(own)
    if age_fact(fact) and unit.startswith("year") and (_SPAN_OF_YEARS.search(mention.before[-24:])
                                                       or _YEARS_OF.match(mention.after)):
        return True  # "a rise to president in just two years", "three years of litigation": a span, no age
    # (for a fact aged in months, a span of months that is no age is none: "spent 22 months in hospital"; "aged
    # between 22 months and three years" is)
    return age_fact(fact) and UNITS.get(unit, ("",))[0] == "time" and (
        not unit.startswith(own) or _in_months(fact) and not _AGE_BEFORE.search(mention.before)
        and not _OLD_RANGE_END.match(mention.after))


# the first end of a range of ages whose last end says "old": "between 22 months and three years old"
_OLD_RANGE_END = re.compile(r"\s*months?\s+(?:and|to)\s+[\w.-]+\s+(?:years?|months?)\s+old\b", re.IGNORECASE)


def _in_months(fact: Fact) -> bool:
    """An age fact counted in months ([month-old, months]): an infant's age."""
    return age_fact(fact) and any(normalise(u).startswith("month") for u in fact.unit)


# "three years of litigation", "20 years of marriage": a span of what follows, no age (not "years of age")
_YEARS_OF = re.compile(r"\s*years?\s+of\s+(?!age\b)[a-z]", re.IGNORECASE)
# years after a preposition of duration, an adverb between ("in just two years", "for 20 years", "over three years")
_SPAN_OF_YEARS = re.compile(r"\b(?:in|within|for|over|after|than|during|past)\s+(?:just|only|nearly|almost|about|"
                            r"some|around|at\s+least|at\s+most|up\s+to|more\s+than|the\s+(?:past|last|next))?\s*\Z",
                            re.IGNORECASE)  # ("jailed for at least 55 years")


def _unit_written_after(fact: Fact, mention: Mention, units: tuple[Term, ...]) -> float | None:
    """The value in the fact's first unit of the kind written after it: a listed unit of another size than that one
    ([years, months]: "a 240-month sentence" is 20 years) converts; any other unit of the fact counts as it."""
    converted = _converted(fact, mention)
    if converted is not None or not _unit_after(mention, units) or _noun_modifier(fact, mention):
        return converted
    return mention.value


_PEOPLE_NOUN = re.compile(r"(?:ers|ors|ists|ians|ees|ants|ents|people|men|women|children|soldiers|refugees|victims"
                          r"|civilians|pilgrims|migrants|tourists|fans)\Z")
_NEXT_WORD = re.compile(r"\s+([a-z]+)\b")


def _noun_modifier(fact: Fact, mention: Mention) -> bool:
    """'seven passenger cars', 'four child deaths': a count's singular noun right before a plural one modifies it; the
    count counts the plural ("cars"), no passengers (not a group's noun, "two crew members", ``COLLECTIVE_NOUNS``,
    nor a measure, nor when the fact's unit names the two words together)."""
    unit = normalise(mention.unit)
    if mention.value == 1 or mention.value != int(mention.value) or not mention.unit.isalpha() \
            or not mention.unit.islower() or is_plural(unit) or unit in COLLECTIVE_NOUNS or unit in UNITS \
            or unit in PEOPLE_UNITS:
        return False  # (a measure, "7.6 magnitude jolts", or a people's name, "196 Dutch citizens", is no count's noun)
    rest = mention.after.lstrip()
    nxt = _NEXT_WORD.match(rest[len(mention.unit):] if rest.lower().startswith(mention.unit.lower()) else mention.after)
    if nxt is None or not is_plural(nxt.group(1)) or nxt.group(1) in FUNCTION_WORDS or _PEOPLE_NOUN.search(nxt.group(1)):
        return False  # ("seven child soldiers": soldiers who are children, counted as both)
    named = {normalise(u) for u in fact.unit}
    singular = {u[:-1] for u in named if u.endswith("s")} | named  # the fact's units, written in the singular too
    return unit in singular and nxt.group(1) not in named and f"{unit} {nxt.group(1)}" not in named


def _counted_before(fact: Fact, mention: Mention, units: tuple[Term, ...]) -> bool:
    """The count's unit or tally stands before it ("Velmar's death toll rose to 40"), or it is the fact's side of a
    vote's tally ("the motion passed 216-210": 216 votes for, 210 against)."""
    return (_unit_before(mention, units) or _tally_before(fact, mention) or _partitive_before(mention, units)
            or bool(mention.tally) and mention.tally == tally_side(fact) or _brought_to(mention, units))


# "... his current career golds to the whopping number of": a noun, "to", maybe a figure's noun and "of", at the end
_BROUGHT_TO = re.compile(r"(?P<noun>(?:[^\W\d_]+\s+){0,2}[^\W\d_]+)\s+to\s+(?:(?:a|an|the)\s+(?:[^\W\d_]+\s+)?"
                         r"(?:" + alternation(PLACEHOLDER_FIGURES) + r")\s+of\s+)?\Z", re.IGNORECASE)
_BRINGING_REACH = 80  # characters before the noun a verb bringing it to the number may stand in


def _brought_to(mention: Mention, units: tuple[Term, ...]) -> bool:
    """'bringing his current career golds to 14', 'took the toll to the grim total of 40': after a verb that brings
    a count to a level (``BRINGING_TO_VERBS``), the noun before "to" is what the number after it counts."""
    if mention.unit and normalise(mention.unit) not in FUNCTION_WORDS:
        return False  # ("brought 40 troops to 3 cities": a number with a noun of its own counts that)
    m = _BROUGHT_TO.search(mention.before[-160:])
    if m is None:
        return False
    verbs = words(mention.before[-160:][max(0, m.start() - _BRINGING_REACH):m.start("noun")])
    if not any(w.norm in BRINGING_TO_VERBS for w in verbs):
        return False
    noun = list(words(m.group("noun")))
    return any(_starts_at(noun, len(noun) - len(t.parts), t) for t in units if len(noun) >= len(t.parts))


_HARM_BEFORE = re.compile(r"\b(" + "|".join(sorted(HARM_VERBS)) + r")\s+(?:(?:" + alternation(HARM_HEDGES) + r")\s+)?\Z",
                          re.IGNORECASE)


def _noun_left_out(fact: Fact, mention: Mention) -> bool:
    """A count whose noun is left out because its verb, its state or its list says what it counts."""
    return _elided_subject(fact, mention) or _state_count(fact, mention) or _respective_count(mention)


def _respective_count(mention: Mention) -> bool:
    """'The missing and the injured numbered 18 and 374, respectively': a bare count of a list closed by
    "respectively" counts the term it pairs with (the ``respective_value`` rule pairs them)."""
    return not mention.unit and _RESPECTIVELY_AFTER.match(mention.after) is not None


_RESPECTIVELY_AFTER = re.compile(r"\s*,?\s*respectively\b", re.IGNORECASE)


def _unitless(fact: Fact, mention: Mention) -> float | None:
    """With no unit, only a bare number counts ("Oskar, 19,") or an age ("19-year-old"); not a count of people right
    after a verb of harm ("Long killed twelve"), unless the fact counts them."""
    if is_age(mention) or _copula_age(mention):
        return mention.value
    if mention.unit or _HARM_BEFORE.search(mention.before[-40:]) and not _counts_harm(fact):
        return None
    return mention.value


def _predicate_noun(fact: Fact, mention: Mention) -> bool:
    """'Of the 188 on board, two were pilots and six were flight attendants': a count that is the subject of "were"
    (or "are") and a plural noun, past up to two describing words, counts that noun; when it is none of the fact's
    units, the count is no count of the fact's (not a participle or a state: "12 were killed", "two were missing")."""
    m = _COUNT_WAS.match(mention.after)
    if not m or _AND_NOUN.match(mention.after, m.end()):
        return False  # ("eight were pilots and flight attendants": one noun phrase, whose first noun is no whole)
    noun = words(m.group("noun"))
    last = noun[-1].norm if noun else ""
    if not last.isalpha() or not is_plural(last) or last.endswith("ed") or last in STATE_OF or last in FUNCTION_WORDS:
        return False
    units = {normalise(u) for u in fact.unit}
    return not any(" ".join(w.norm for w in noun[k:]) in units for k in range(len(noun)))


_AND_NOUN = re.compile(r"\s+(?:and|or)\s+(?!\d|(?:" + alternation(ONES) + r")\b)[a-z]")
# a count's "were"/"are", then a noun phrase of one to three plain words ending before a stop, a comma or "and"
_COUNT_WAS = re.compile(r"\s+(?:were|are)\s+(?P<noun>(?:[a-z]+\s+){0,2}[a-z]+)(?=\s*(?:[,;.]|\band\b|\bor\b|$))")


def _counts_harm(fact: Fact) -> bool:
    """Does the fact's claim or terms name the dead or the injured?"""
    words_of = fact_words(fact.claim, fact.about, fact.unit)
    return _counts_the_dead(fact, only_the_dead=True) or not INJURY_WORDS.isdisjoint(words_of)


def _harmed_count(fact: Fact, mention: Mention) -> bool:
    """'The attack killed 18.', 'killing at least 18 and wounding 13': a number with no unit of its own right after a
    verb of harm (``HARM_VERBS``, past a hedge) counts people, for a fact counting people or the harmed."""
    if mention.unit and normalise(mention.unit) not in FUNCTION_WORDS:
        return False
    counts_people = any(normalise(u) in PEOPLE_UNITS or normalise(u) in HARMED_UNITS for u in fact.unit)
    verb = _HARM_BEFORE.search(mention.before[-40:]) if counts_people else None
    if verb is None:
        return False
    words_of = fact_words(fact.claim, fact.about, fact.unit)
    dead, injured = _counts_the_dead(fact, only_the_dead=True), not INJURY_WORDS.isdisjoint(words_of)
    killing = verb.group(1).lower() in KILL_VERBS
    return (dead or not injured) if killing else (injured or not dead)  # "killed 18" counts no injured, "injured 40" no dead


_STATE_ADJECTIVES = frozenset({"dead", "missing", "injured", "wounded", "homeless", "displaced"})


def _state_count(fact: Fact, mention: Mention) -> bool:
    """'left six dead', 'leaving six dead and 13 injured': a count right after a verb of leaving whose noun is an
    adjective of a state people are in (``_STATE_ADJECTIVES``), with no noun after it, counts people in that state,
    for a fact counting people whose words name the same state (``STATE_OF``: "killed" and "dead" are one state); so
    does one past ``STATE_FILLERS`` after a count of people ("Thirty-three people were confirmed dead and 18 still
    missing")."""
    unit, after, filled = _past_fillers(mention)
    state = STATE_OF.get(unit) if unit in _STATE_ADJECTIVES else None
    if state is None or not any(normalise(u) in PEOPLE_UNITS for u in fact.unit) or _NOUN_AFTER_STATE.match(after) \
            or not (filled and _people_before(mention) or _LEFT_BEFORE.search(mention.before[-30:])):
        return False  # (not "six dead cows", nor a count no verb of leaving puts in its state: "including six dead")
    return any(STATE_OF.get(w) == state for w in fact_words(fact.claim, fact.about, fact.unit))


def _past_fillers(mention: Mention) -> tuple[str, str, bool]:
    """The count's noun, or the word past those that may stand between a count and its state ("18 still missing",
    "18 were still missing": ``STATE_FILLERS``), the text from its space on, and whether any was passed."""
    at, word = 0, _NEXT_WORD.match(mention.after)
    while word and normalise(word.group(1)) in STATE_FILLERS and (nxt := _NEXT_WORD.match(mention.after, word.end())):
        at, word = word.end(), nxt
    if word is None:
        return normalise(mention.unit), mention.after, False
    return normalise(word.group(1)), mention.after[at:], at > 0


# "left six dead", "leaving at least 13 injured": a verb of leaving, maybe a hedge, right before the count
_LEFT_BEFORE = re.compile(r"\b(?:left|leaving|leaves|leave)\s+(?:(?:at\s+least|about|some|nearly|more\s+than|over)\s+)?\Z",
                          re.IGNORECASE)
_NOUN_AFTER_STATE = re.compile(r"\s*[\w'’-]+\b(?!\s*(?:[,.;:!?]|\Z)|\s+(?:and|or|after|since|following)\b)")
# after the adjective, anything but a stop, "and" or a time's preposition ("18 still missing after the rains"): "left
# six dead at the scene" may be a part, "six dead cows" counts cows


# (a verb of becoming is one too: "6 went missing", "12 got hurt")
_SUBJECT_AUXILIARIES = re.compile(r"\s+(?:were|was|are|is|have|has|had|went|gone|became|got)\s+"
                                  r"(?:(?:been|being|later|also|all|then|gone|become|got)\s+){0,2}")
# a count and its noun, maybe after "of" ("30 of the horses", "dozens of horses")
_COUNT_NOUN = re.compile(r"(?:\d[\d,]*|\b(?:dozens|scores|hundreds|thousands|millions|(?:" + alternation(set(TENS)) + r")-"
                         r"(?:" + alternation(ONES) + r")|" + alternation(set(ONES) | set(TENS)) + r")\b)"
                         r"(?:\s+of(?:\s+(?:the|its|their|those))?(?=\s+[a-z]))?(?:\s+([a-z]+)\b)?")


def _earlier_noun(before: str) -> str | None:
    """The noun of the last count before in the sentence that names one, past counts that leave theirs out ("saved 40
    dogs; 30 were adopted and 12 were": dogs) and numbers with no noun ("on May 3,", "in 2019;"); "" when only counts
    that leave it out come before, None when no count does."""
    sentence = _SENTENCE_END.split(before)[-1]
    left_out = False
    for m in reversed(list(_COUNT_NOUN.finditer(sentence))):
        if m.group(1) and _SUBJECT_AUXILIARIES.match(" " + m.group(1) + " "):
            left_out = True  # "30 were": its noun is left out too, further back
        elif m.group(1) in _STATE_ADJECTIVES or m.group(1) in ABOARD_WORDS:
            return "people"  # "33 dead, 18 missing", "Of the six aboard, five were": people
        elif m.group(1) and m.group(1) not in _NOT_NOUNS:
            return normalise(m.group(1))
    return "" if left_out else None  # (past counts with no noun: a year, a day, "3 a.m."; "" names no noun at all)


_SENTENCE_END = re.compile(r"(?<![A-Z][a-z])(?<![A-Z])[.!?]\s+(?=[A-Z])")  # not "Dr. Lind", "U.S. Humane"


_NOT_NOUNS = FUNCTION_WORDS | {"a", "p"}  # "40 in 2019", "at 3 a.m.": no count's noun
_NAMED_BEFORE = re.compile(r"(?:[^\W\d_]-|\b[A-Z][\w'’]*\s)\Z")
# a past verb right after the count, then no noun: "5 killed in collision" (not "33 trapped miners")
_SUBJECT_VERB = re.compile(r"\s+[a-z]+ed\b(?=\s*(?:[^\w\s]|\Z|(?:in|at|on|to|as|after|when|while|from|by|during|near|following"
                           r"|amid)\b"
                           r"|and\s+(?![a-z]+ed\b)))")  # ("Six died and 19 were hurt", not "40 trapped and injured miners")


def _elided_subject(fact: Fact, mention: Mention) -> bool:
    """'Of the 476 on board, 172 were rescued', 'a crowd of 250,000 gathered', '5 killed in collision': a number with
    no noun of its own standing as the subject of the fact's own verb (an about-term, past its auxiliaries) counts
    what the fact counts: its noun is left out because the verb says what it is."""
    if not mention.unit or normalise(mention.unit) in UNITS or is_money(mention.unit) or mention.unit == "%" \
            or _predicate_noun(fact, mention):
        return False
    named = _NAMED_BEFORE.search(mention.before[-30:])
    if named and normalise(named.group(0).strip(" -")) not in COUNT_OPENERS:
        return False  # "Chandrayaan-3 has landed", "Apollo 11 landed": a name's number, no count ("Another 11 were")
    if _other_noun_before(fact, mention):
        return False  # "saved 40 dogs; 12 were rescued from the roof": the left-out noun is the earlier count's
    after = mention.after[m.end():] if (m := _MORE_LEAD.match(mention.after)) else mention.after
    after = after[m.end():] if (m := _WHO_LEAD.match(after)) else after  # "the 118 who died": its relative clause
    rest = _SUBJECT_AUXILIARIES.match(after)  # (past "more": "and four more were injured")
    if rest is None and not _SUBJECT_VERB.match(after):
        return False
    start = rest.end() if rest else 0
    return _fact_verb_after(fact, words(after[start:start + 60]))


def _people_before(mention: Mention) -> bool:
    """Does the last count before in the sentence count people ("Thirty-three people were confirmed dead and 18 still
    missing", "33 dead, 18 still missing": a state is people's), so that a count leaving its noun out counts them too?"""
    return _of_people(_earlier_noun(mention.before))


def _of_people(noun: str | None) -> bool:
    return noun is not None and (noun in PEOPLE_NOUNS or noun in PEOPLE_UNITS)


def _other_noun_before(fact: Fact, mention: Mention) -> bool:
    """Is the noun a count leaves out an earlier count's, one the fact does not count ("saved 40 dogs; 6 went
    missing": dogs, for a fact counting people)?"""
    other = _earlier_noun(mention.before)
    return other is not None and not any(normalise(u).split()[-1:] == [other] for u in fact.unit) \
        and not (_of_people(other) and any(normalise(u) in PEOPLE_UNITS for u in fact.unit))


def _fact_verb_after(fact: Fact, tail: list) -> bool:
    """Is the verb after a count with its noun left out the fact's own (an about-term; a verb of dying for a count
    of the dead)?"""
    if tail and tail[0].norm in _DIED and _part_of_the_dead(fact.claim, fact.value):
        return False  # "147 were killed" counts all the dead, not the part a fact of "142 of the dead" counts
    if tail and tail[0].norm in _DIED and _counts_the_dead(fact, only_the_dead=True):
        return True  # "at least six died in the warehouse", "12 were killed": a count of the dead
    # (a progressive verb's object too: "640 are receiving medical treatment")
    at = (0, 1) if tail and tail[0].norm.endswith("ing") and len(tail[0].norm) > 4 else (0,)
    return any(_starts_at(tail, i, term) for term in _about_terms(fact.about) for i in at)


_DIED = frozenset({"died", "perished", "drowned", "killed"})  # verbs whose subject the count of the dead is
# A claim counting a part of the dead: "Forty-three of the dead were children", "34 of the 78 victims were pupils"
# (a count right before "of the": "Families of the 147 victims" and "the number of the dead" count them all)
_PART_OF_THE_DEAD = re.compile(r"(?P<part>\b\d[\d,]*|\b(?:" + alternation(set(ONES) | set(TENS)) + r")(?:[-\s](?:"
                               + alternation(ONES) + r"))?)\s+of\s+the\s+"
                               r"(?:(?:[\d,]+|" + alternation(set(ONES) | set(TENS)) + r")\s+)?(?:(?:people|persons)\s+)?"
                               r"(?:dead|victims|killed|fatalities|who\s+died)\b", re.IGNORECASE)
# ("Six of the ten people killed were passengers", "Two of the 13 who died")
# ... or says its count is "among" the dead: "Three children were among the six killed"
_AMONG_THE_DEAD = re.compile(r"\bamong\s+the\s+(?:(?P<whole>[\w,-]+)\s+)?(?:(?:people|persons)\s+)?(?:dead|victims|"
                             r"killed|fatalities|who\s+died)\b", re.IGNORECASE)  # (the whole's count is no part)


@lru_cache(maxsize=1024)
def _part_of_the_dead(claim: str, value: float | None) -> bool:
    """Does a fact's claim count a part of the dead as its value ("142 of the dead were students", "Three children
    were among the six killed", but not for six; not "Fifteen people died; one of the people killed was the driver"
    for 15)?  A count of the dead whose noun is left out ("147 killed", "two have died") then counts them all, no
    part."""
    among = _AMONG_THE_DEAD.search(claim)
    return any(_count_value(m.group("part")) == value for m in _PART_OF_THE_DEAD.finditer(claim)) \
        or among is not None and not (among.group("whole") and _count_value(among.group("whole")) == value)


def _count_value(said: str) -> float | None:
    """'142' -> 142, 'Forty-three' -> 43, 'six' -> 6."""
    found = numbers(said)
    return found[0].value if found else None
_WHO_LEAD = re.compile(r"\s+(?:who|that)(?=\s)", re.IGNORECASE)
_MORE_LEAD = re.compile(r"\s+more\b(?=\s+(?:were|was|had|have|has)\b)", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _about_terms(about: tuple[str, ...]) -> tuple[Term, ...]:
    return compile_terms(list(about))


def tally_side(fact: Fact) -> int:
    """Which count of a vote's tally a fact counting votes reads: 2 when its unit says against ("votes against"),
    else 1 (the votes for); 0 for a fact that counts no votes."""
    units = [normalise(u).split() for u in fact.unit]
    if not any(w in VOTE_UNITS for u in units for w in u):  # "votes", "votes against", "opposing votes"
        return 0
    return 2 if any(w in AGAINST_WORDS for u in units for w in u) else 1


def age_fact(fact: Fact) -> bool:
    """A fact whose unit is an age ("year-old", "years old", "aged")."""
    return any(re.split(r"[\s-]", normalise(u))[-1] in ("old", "age", "aged") for u in fact.unit)  # not "percentage"


# "Dick Eastland, 70, had died", "(Anna Novak, 41)": a bare number between commas (or a comma and a bracket or a semicolon) right
# after a capitalised name
APPOSED = re.compile(r"(?<![\w'’.-])[A-Z][\w'’.-]*,\s*\Z")  # the lookbehind: one try per word, linear
_APPOSED_END = re.compile(r"\s*(?:[,);]|\.(?!\d))")  # (";": a list of names and ages, "Mirzoyev, 32; Faizov, 19")


def _scale_before(mention: Mention) -> bool:
    """'Category 4', 'Level 3': a rank on the scale the word before it names (in capitals, or before a singular
    noun: 'in the first phase 200 homes were built' counts homes)."""
    if mention.before[-1:] != " ":  # asked first: it needs no words
        return False
    before = words(mention.before)
    if not before or before[-1].norm not in SCALE_WORDS:
        return False
    after = words(mention.after)
    return before[-1].capitalised or not (after and is_plural(after[0].norm))


# "two category 5 hurricanes", "several Category 4 storms": a count or a word of quantity, a scale word, its rank and a
# plural noun
_COUNTED_CLASS = re.compile(r"\s+(?:" + alternation(SCALE_WORDS) + r")\s+\d+(?:\.\d+)?\s+[a-z]+s\b", re.IGNORECASE)
_ONE_OF = re.compile(r"\b(?:is|was|became|remains|remained)\s+one\s+of\s+(?:the\s+|only\s+|just\s+)*(?:\S+\s+){0,2}\Z",
                     re.IGNORECASE)  # the subject's predicate: "Ian was one of only two Category 5 hurricanes"
_CLASS_QUANTIFIERS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                                "several", "many", "few", "no", "other", "most", "some", "all", "both"})


def _class_on_scale(mention: Mention) -> bool:
    """'only two category 5 hurricanes have made landfall': the count counts the hurricanes, no rank; and the rank
    ranks them all, a class of things, none of them the one thing a fact ranks."""
    if _COUNTED_CLASS.match(mention.after):
        return True
    if _ONE_OF.search(mention.before[-40:]):
        return False  # "Ian was one of only two Category 5 hurricanes": a member, ranked so
    before = words(mention.before)[-2:]
    return len(before) == 2 and before[1].norm in SCALE_WORDS and mention.before[-1:] == " " and (
        before[0].norm in _CLASS_QUANTIFIERS or before[0].norm[:1].isdigit()) and is_plural(_next_norm(mention.after)) \
        and not _PREDICATE_CLASS.search(mention.before[-40:])  # ("Irma and Maria were both Category 5 hurricanes")


_PREDICATE_CLASS = re.compile(r"\b(?:is|are|was|were|be|been|became|become)\s+(?:both|all)\s+\S+\s*\Z", re.IGNORECASE)


def _next_norm(text: str) -> str:
    """The first word of ``text``, lower-cased ('' for none)."""
    after = words(text)
    return after[0].norm if after else ""


def _ranked_on_scale(fact: Fact, mention: Mention) -> bool:
    """Is the number a rank on a scale (``_scale_before``) naming one of the things the fact counts ('won stage 5'
    for a fact in [stages] or [stage wins]: the fifth stage, no five of them)?  Not for a fact in the scale's word
    alone ('Category 4' for a fact in [category] is its rank).  A class's rank, or a count of a class, is neither
    (``_class_on_scale``)."""
    if _class_on_scale(mention):
        return True
    if not _scale_before(mention):
        return False
    scale = words(mention.before)[-1].norm
    for unit in fact.unit:
        unit_words = re.split(r"[\s-]+", normalise(unit))
        if len(unit_words) > 1 and scale in unit_words or any(is_plural(w) and singular(w) == scale for w in unit_words):
            return True
    return False


def _points(mention: Mention) -> bool:
    """'6 percentage points', 'a 6 percentage-point lead': a difference of shares, no share."""
    return normalise(mention.unit) == "percentage" or mention.after.lstrip(" -").lower().startswith("point")


def _share_fact(fact: Fact) -> bool:
    """Is the fact a share, every unit of it a percentage ('percent', '%')?"""
    return bool(fact.unit) and all(_percent_unit(u) for u in fact.unit)


def _percent_unit(unit: str) -> bool:
    """'%', 'percent', 'pc': a share is a fact's value only when its unit is a percentage; 'PC' in capitals is a
    computer ('8 million PCs'), and '1% of all PCs' is no count of them."""
    return normalise(unit) in PERCENT_UNITS and not unit.isupper()


_MONTHS_OLD = ("-month-old", " months old")  # an age, but not in years
_AGE = AGE_SUFFIXES


_AGE_BEFORE = re.compile(r"\b(?:" + "|".join(AGE_OPENERS) + r")\s+\Z", re.IGNORECASE)
_AT_THE_AGE = re.compile(r"\bat\s+the\s+age\s+of\s+\Z", re.IGNORECASE)
# How an age opener can end ("aged", "at age", "age of"), lowered: no letter of theirs is one that case-insensitive
# matching takes for another (as it takes "ſ" for "s"), so a text _AGE_BEFORE matches ends so once stripped and lowered.
_AGE_OPENER_ENDS = tuple(sorted({opener.lower()[-4:] for opener in AGE_OPENERS}))


def is_age(mention: Mention) -> bool:
    """'25-year-old', '38 years old', '11 years of age', 'aged 96', 'at the age of 7': a person's or thing's age (a
    number after an age opener is one only with no unit of its own: 'an age of 4.5 billion years' is a span); 'she
    turned 70 on Sunday': a bare number after a form of "turn" is the age reached."""
    if (mention.before.rstrip()[-4:].lower().endswith(_AGE_OPENER_ENDS) and _AGE_BEFORE.search(mention.before)
            and (normalise(mention.unit) not in UNITS or _AT_THE_AGE.search(mention.before))):
        return True  # (the search only where an opener can end: one in 20 numbers; "at the age of 35 years and 342
        # days" is an age with its unit, as a person's age at a time)
    return mention.after.lower().startswith(_AGE) or turned_age(mention) or died_at_age(mention)


_DIED_AT = re.compile(r"\b(?:" + alternation(DIED_AT_VERBS) + r")\s+at\s+\Z", re.IGNORECASE)


def died_at_age(mention: Mention) -> bool:
    """'Gorbachev died at 91.', 'dies at 91': a number after a verb of dying and "at", with nothing after it but a
    punctuation mark or the end, is the age at death ('died at 91 Main Street' is no age)."""
    return (mention.before[-3:].lower() == "at " and bool(_DIED_AT.search(mention.before[-20:]))
            and bool(_BARE_AFTER.match(mention.after)) and not mention.unit)


TURN_BEFORE = re.compile(r"\bturn(?:s|ed|ing)?\s+\Z", re.IGNORECASE)
_BARE_AFTER = re.compile(r"\s*(?:[^\w\s]|\Z)")


def turned_age(mention: Mention) -> bool:
    """'Pope Leo turned 70 on Sunday', 'I have turned 70,': a number after "turn" with no noun of its own (the word
    after it, if any, a function word) is an age; 'turned 200 people away' counts people."""
    return mention.before[-1:] == " " and bool(TURN_BEFORE.search(mention.before[-9:])) and bare_number(mention)


def bare_number(mention: Mention) -> bool:
    """No noun of its own after the number: nothing, a punctuation mark or a function word ('70 on Sunday')."""
    after = words(mention.after)
    return (not after or bool(_BARE_AFTER.match(mention.after)) or after[0].norm in FUNCTION_WORDS
            or after[0].norm in _WHEN_WORDS)


_WHEN_WORDS = frozenset(DAY_WORDS | set(WEEKDAYS) | {"next", "last"})  # "turn 41 next week", "turned 70 Sunday"


def _money_in_unit(fact: Fact, mention: Mention) -> float | None:
    """An amount counts only for a fact priced in the same currency (and per share when it is)."""
    wanted = _currency(fact.unit)
    scaled = _count_scale(fact.unit)
    if wanted is None and scaled and scaled[1]:
        return None  # "$550 million" is no count of a fact's [million devices]
    if wanted is None:  # "$95 a share" for a fact whose unit is "per share"
        per_share = any(is_per_share(u) for u in fact.unit)
        if per_share:
            said = mention.unit.endswith("per share") or _share_price_said_whole(fact, mention, " per share")
            return mention.value if said else None
        return _in_scale(fact, mention)
    if not wanted.endswith(" per share") and (_priced_per_share(fact.about) or _claim_per_share(fact.claim,
                                                                                              fact.value)):
        wanted += " per share"  # terms [per share, a share]: the fact's sum is the price of one share
    same = same_currency(wanted, mention.unit, _as_written(mention), *fact.unit)
    if not same and _share_price_said_whole(fact, mention, wanted):
        return mention.value  # "its IPO price of 32 riyals" for 32 riyals a share
    return mention.value / _value_scale(fact) if same else None


def _value_scale(fact: Fact) -> float:
    """The scale a money fact's value is counted in (``_fact_scale``), unless its claim writes the value in ones
    ("The grant was $250,000." for 250000 in [dollars, thousand]; "$61 billion" for 61000000000 in [dollars, billion]:
    the scale word then only says how the sum is often written); when the claim writes it neither way, in ones if it
    is at least that scale and a million."""
    scale = _fact_scale(fact.unit)
    if fact.value is None or scale == 1.0:
        return scale
    written = {m.value for m in _claim_numbers(fact.claim)}
    if fact.value in written:
        return 1.0  # the claim writes the value as it is ("The grant was $250,000.", "$61 billion" for 61e9)
    if fact.value * scale in written:
        return scale  # the claim writes it in the scale ("$1.2 million" for 1200 thousand)
    return 1.0 if fact.value >= max(scale, _WRITTEN_OUT) else scale


_WRITTEN_OUT = 1_000_000  # with no claim to tell, a value at least this (and its unit's scale) is written in ones


@lru_cache(maxsize=4096)
def _claim_numbers(claim: str) -> tuple[Mention, ...]:
    """The numbers a fact's claim writes (read once per claim: asked for each amount the fact reads)."""
    return tuple(numbers(claim, []))


def _share_price_said_whole(fact: Fact, mention: Mention, wanted: str) -> bool:
    """'its initial public offering price of 32 riyals', for a fact of 32 riyals a share (``wanted``: its currency, or
    none, " per share"): an amount with no "a share" that a word of pricing names, the price of one share within the
    fact's tolerance, states it; another such amount may be a total (a deal's price), so it is set aside, never a
    difference; so does one a term of the fact names right before it ("opened at $42.05", for an opening price), but
    no other trading price ("shares opened at $42.05 and sank to $38", for an IPO price of $38)."""
    return wanted.endswith(" per share") and not mention.unit.endswith(" per share") \
        and isinstance(fact.value, float) and (wanted == " per share" or same_currency(
            wanted.removesuffix(" per share"), mention.unit, _as_written(mention), *fact.unit)) \
        and fact.tolerance.allows(fact.value, mention.value) \
        and (_PRICING_BEFORE.search(mention.before[-70:]) is not None or _term_right_before(fact, mention)
             or _term_right_after(fact, mention))


def _term_right_after(fact: Fact, mention: Mention) -> bool:
    """Does a term of the fact begin right after the amount ("a $16.50 cash dividend": the amount modifies it)?"""
    ws = words(mention.after)[:_TERM_REACH]
    return any(len(ws) >= len(term.parts) and _starts_at(ws, 0, term) for term in compile_terms(fact.about))


def _term_right_before(fact: Fact, mention: Mention) -> bool:
    """Does a term of the fact end right before the amount or its preposition ("shares opened at $42.05", for a fact
    of the opening price located by "opened"; not "opened lower but closed at $42.05")?"""
    ws = words(mention.before)[-_TERM_REACH - 3:]
    if ws and ws[-1].norm in ("at", "of", "to"):
        ws = ws[:-1]
    cut = next((j for j in range(len(ws) - 1, max(-1, len(ws) - 4), -1) if ws[j].norm in ("on", "in")), None)
    if cut is not None and all(w.norm in CALENDAR_WORDS or w.norm.isdigit() for w in ws[cut + 1:]):
        ws = ws[:cut]  # past a time phrase ("opened on May 18 at $42.05", "opened in May at $42.05")
    return any(len(ws) >= len(term.parts) and _starts_at(ws, len(ws) - len(term.parts), term)
               for term in _about_terms(fact.about))


_TERM_REACH = 5  # words


# the amount is what a word of pricing names ("its IPO price of 32 riyals", "priced its IPO at $68"; not "shares
# opened at $68", a trading price)
_PRICING_BEFORE = re.compile(r"\b(?:price|priced|pricing)\b(?:(?!\b(?:and|but|then|while)\b)[^.;:,]){0,60}?\b(?:of|at)\s+\Z",
                             re.IGNORECASE)  # (in one clause: not "priced its IPO at $30 and the shares closed at $38")


# a dollar named by its country's letters ("NZ$1.1 million", "A$5", "US$3m") near an amount
_NAMED_DOLLAR = re.compile(r"\b[A-Z]{1,3}\$")


def _as_written(mention: Mention) -> str:
    """The amount as written, or "" when a dollar named by its country stands right beside a bare "$" amount (a
    restatement in another dollar: "fined $760,000 (NZ$1.1 million)"): then the bare "$" is no dollar of the fact's."""
    near = mention.before[-25:] + " " + mention.after[:25]
    bare = mention.text.lstrip().startswith("$") or bare_dollars(mention.text)
    return "" if bare and _NAMED_DOLLAR.search(near) else mention.text


@lru_cache(maxsize=4096)
def _priced_per_share(about: tuple[str, ...]) -> bool:
    """Does a term name the price of one share ('per share', 'a share': ``PER_SHARE``)?"""
    return any(is_per_share(" ".join(t.lower().split())) for t in about)


@lru_cache(maxsize=4096)
def _claim_per_share(claim: str, value) -> bool:
    """Does the claim write the fact's value as the price of one share ("a special dividend of $16.50 per share")?"""
    return any(m.value == value and m.unit.endswith("per share") for m in _claim_numbers(claim))


@lru_cache(maxsize=4096)
def _fact_scale(units: tuple[str, ...]) -> float:
    """A fact priced in a currency and a scale word ('unit: [crore, INR]', value 1500) counts in that scale: 'Rs 1,500
    crore' and 'Rs 15 billion' both state it. With a currency named, 'm' is a million, never a metre."""
    return next((scale for u in units if (scale := unit_scale(u))), 1.0)


def _in_scale(fact: Fact, mention: Mention) -> float | None:
    """A fact counted in a scale word ('unit: [crore]'): an amount written with that word, in that scale
    ('Rs 615 crore' is 615 crore; '$74 million' is not counted in crores)."""
    written = None  # the scales the amount is written with, once a unit is a scale word
    for unit in fact.unit:
        scale = MONEY_SCALES.get(normalise(unit))
        if not scale or normalise(unit) in UNITS:
            continue  # ("m" for a fact in metres is no million)
        if written is None:  # ("$145billion", "Rs 20,000-crore", "$150bn" for a fact in billions)
            written = {MONEY_SCALES.get(w) for w in _LETTERS.findall(mention.text.lower())}
        if scale in written and not mention.unit.endswith("per share"):
            return mention.value / scale
    return None


_LETTERS = re.compile(r"[^\W\d_]+")


def another_currency(fact: Fact, mention: Mention) -> bool:
    """An amount in a currency the fact is not priced in: set aside, no exchange rate guessed."""
    wanted = _currency(fact.unit)
    return bool(wanted) and is_money(mention.unit) \
        and not same_currency(wanted[:3], mention.unit[:3], _as_written(mention), *fact.unit)


_TALLY_BREAK = re.compile(r"[,;:.()\d]")  # what ends the phrase a tally noun governs
# a name set off by commas inside that phrase is in apposition, no end of it: "the toll in the capital, Orsk, rose to 33"
_NAME_APPOSITION = re.compile(r",\s*[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s*,(?=\s*[a-z])")  # (its verb follows)


def _tally_before(fact: Fact, mention: Mention) -> bool:
    """'the death toll has risen to at least 2,900', 'Death toll rises to 2,900 in ...': for a fact counting things (a
    plural unit: deaths, people), a number with no unit of its own, a few words after a tally noun in the same phrase
    (no punctuation, no other number between), is that tally."""
    tail = [w.norm for w in words(_TALLY_BREAK.split(_NAME_APPOSITION.sub(" ", mention.before))[-1])[-_TALLY_REACH:]]
    if not _no_unit_of_its_own(mention, tail):
        return False
    if not _counts_things(fact):
        return False
    if any(w in TOLL_NOUNS for w in tail) and not _toll_counts(fact, tail):
        return False  # "the death toll has risen to 137" counts no gunmen, nor only the children among them
    if any(w in TOLL_NOUNS and tail[k - 1:k] and tail[k - 1] in DEATH_TOLL_WORDS for k, w in enumerate(tail)) \
            and not _counts_the_dead(fact, only_the_dead=True):
        return False  # nor the injured
    last = max((k for k, w in enumerate(tail) if w in TALLY_NOUNS), default=-1)
    if _tally_verb(fact, tail, last):
        return False
    # ("no official death toll ... but crews had evacuated about 200": a conjunction after the tally ends its phrase)
    after = tail[last + 1:]
    return last >= 0 and not any(w in _TALLY_ENDS or w == "as" and after[k + 1:k + 2] != ["of"]
                                 for k, w in enumerate(after))


def _counts_things(fact: Fact) -> bool:
    """A fact counting things (a plural unit that is no measure): a magnitude, a share or a measure ("feet": "the
    number of cracked blades is 23") is no tally."""
    return any(is_plural(normalise(u)) and normalise(u) not in UNITS for u in fact.unit)


def _tally_verb(fact: Fact, tail: list[str], last: int) -> bool:
    """'employees total 87,000': a tally word right after a plural noun is a verb whose subject is what the number
    counts; true when that noun is none of the fact's units."""
    return last >= 1 and tail[last] in _TALLY_VERBS and is_plural(tail[last - 1]) and tail[last - 1] not in FUNCTION_WORDS \
        and tail[last - 1] not in HARMED_UNITS and tail[last - 1] not in STATE_OF \
        and not any(same_word(tail[last - 1], normalise(u)) for u in fact.unit)


_TALLY_VERBS = {"total", "totals", "totalled", "totaled", "number", "numbered"}


def _no_unit_of_its_own(mention: Mention, tail: list[str]) -> bool:
    """The number has no unit of its own: none, a function word, or any word right after a toll and "of" ("Ian's
    death toll of 166 makes it"; "a total of 410 houses" counts houses)."""
    return not mention.unit or normalise(mention.unit) in FUNCTION_WORDS or \
        (len(tail) >= 2 and tail[-2] in TOLL_NOUNS and tail[-1] == "of")


_TALLY_ENDS = {"but", "while", "whereas", "although", "though", "because"}  # clause conjunctions (and "as", not "as of")
_TALLY_REACH = 18  # words: "the death toll from the devastating earthquake in Velmar has climbed to 2,946"


def _counts_anyone(fact: Fact) -> bool:
    """A fact counting the harmed whoever they are (people, deaths, victims), not one group of them ("20 children"):
    a toll counts everyone it names."""
    return any(normalise(u) in PEOPLE_UNITS or normalise(u) in DEATH_WORDS for u in fact.unit)


def _toll_counts(fact: Fact, tail: list[str]) -> bool:
    """Does a toll in ``tail`` count what the fact counts: the dead, and everyone or the group its words name?"""
    return _counts_the_dead(fact) and (_counts_anyone(fact) or _names_the_group(fact, tail))


def _names_the_group(fact: Fact, tail: list[str]) -> bool:
    """'bringing the child death toll to 20': a toll whose words name the fact's group (its unit, singular or plural)
    counts that group."""
    units = {normalise(u) for u in fact.unit}
    return any(w in units or w + "s" in units or w + "ren" in units for w in tail)


def _counts_the_dead(fact: Fact, only_the_dead: bool = False) -> bool:
    """Whether the fact's words name the dead (or the harmed: the injured too, unless ``only_the_dead``)."""
    words_of = fact_words(fact.claim, fact.about, fact.unit)
    return not (DEATH_WORDS - INJURY_WORDS - TOLL_NOUNS if only_the_dead else DEATH_WORDS).isdisjoint(words_of)


@lru_cache(maxsize=4096)
def fact_words(claim: str, about: tuple[str, ...], unit: tuple[str, ...]) -> frozenset[str]:
    """The words of a fact's claim, terms and units, normalised: asked of each value the fact reads, made once."""
    return frozenset(w for t in (claim, *about, *unit) for w in normalise(t).split())


# "Of the six crew members, five died": a partitive opening the clause, its noun phrase, then the comma before the count
_PARTITIVE = re.compile(FRONTED_PARTITIVE + r"(?:about\s+|some\s+|nearly\s+)?\S+\s+(?P<noun>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s*,\s*\Z",
                        re.IGNORECASE)


def _partitive_before(mention: Mention, units: tuple[Term, ...]) -> bool:
    """'Of the six crew members, five died': a count with no noun of its own after a fronted partitive counts the
    partitive's noun (the number in the partitive is the whole, which attribution sets aside)."""
    unit = normalise(mention.unit)
    if unit and not (unit in FUNCTION_WORDS or unit in STATE_OF or unit.endswith("ed")):
        return False  # "Of the 40 people aboard, 12 children died": a noun of its own
    m = _PARTITIVE.search(mention.before[-120:])
    noun = words(m.group("noun")) if m else ()
    return any(_starts_at(noun, k, term) for term in units for k in range(len(noun)))



def _unit_before(mention: Mention, units: tuple[Term, ...]) -> bool:
    """'magnitude 7.8', 'a magnitude of 7.9', 'gave the magnitude as 6.8', 'the magnitude was 6.9': the unit written
    before the number, or before a word linking it to the number (not across a comma, nor with a unit of measure
    of its own after it: in '12 cameras, six microphones' six counts no cameras; nor into a bracket with a word of its
    own after the number: '0.4 degrees Celsius (0.72 degrees Fahrenheit)' restates it in another unit)."""
    last, unit = _mark_before(mention), normalise(mention.unit)
    if last in (",", ";", ":") or (unit and (unit in UNITS or last == "(" and unit in _MEASURE_WORDS
                                              or written_unit(words(mention.after)))):
        return False  # (a unit of two or three words after it is its own: "survivors 47 nautical miles off Pylos")
    if _BREAKDOWN.match(mention.after) or _own_plural(mention, units):
        return False  # "The passengers were 37 men, 25 women and three children": one part, in a noun of its own
    seen = list(words(mention.before)[-7:])
    stripped = _past_hedge(mention, seen)
    before = stripped[-4:]
    if len(stripped) < len(seen) and not (before and before[-1].norm in _UNIT_LINKS):
        return False  # past a hedge only after a link ("a magnitude of up to 7.0"; not "told firefighters about 30")
    if _own_noun(mention, before, unit):
        return False
    if before and before[-1].norm in _NUMBER_SIGNS and not _numbered_scale(mention, units):
        return False  # "Car No. 23" for [car, cars], "Fire crew No. 3": one of several named, no count
    before = _past_link(before)
    for term in units:
        at = len(before) - len(term.parts)
        if at >= 0 and _starts_at(before, at, term) and not _own_number_before(mention.before, before, at):
            return True  # (past a number sign only for a fact whose units are all singular: "danger signal No. 10")
    return False


def _numbered_scale(mention: Mention, units: tuple[Term, ...]) -> bool:
    """May a number sign link the fact's unit to the number ("danger signal No. 10"): every unit singular, no
    collective noun, and no mark before the sign (", number 7 on the list")?"""
    return not any(is_plural(w) or w in COLLECTIVE_NOUNS for u in units for w in u.parts) \
        and not _SIGN_AFTER_MARK.search(mention.before)


def _mark_before(mention: Mention) -> str:
    """The last character before a number, past its hedge (the mark before it: "all passengers and crew, nearly 400")."""
    bare = mention.before.rstrip()
    if mention.approx and bare.lower().endswith(mention.approx.lower()):
        bare = bare[:-len(mention.approx)].rstrip()
    return bare[-1:]


def _past_link(before: list) -> list:
    """The words before a number without a word linking a unit to it ("a magnitude of", "the magnitude was"), nor a
    noun naming the unit's figure before "of" ("a magnitude rating of 7.0", ``READING_NOUNS``)."""
    if before and before[-1].norm in _UNIT_LINKS:
        linked = before.pop().norm == "of"
        if linked and before and before[-1].norm in READING_NOUNS:
            before.pop()
    return before


def _past_hedge(mention: Mention, before: list) -> list:
    """The words before a number without its hedge ("a magnitude of up to 7.0": the unit and its link are before
    "up to")."""
    hedge = [w.norm for w in words(mention.approx)] if mention.approx else []
    if hedge and [w.norm for w in before[-len(hedge):]] == hedge:
        return before[:-len(hedge)]
    return before


def _own_number_before(text: str, before: list, at: int) -> bool:
    """'the 26 kg six-wheeled rover': a unit right after a number of its own (a plain space between) is that number's;
    not after a year or a day of a month ("The February 6, 2023, magnitude 7.8 earthquake", "Feb. 6 magnitude 7.8")."""
    if at < 1 or not before[at - 1].norm[:1].isdigit() or text[before[at - 1].end:before[at].start] != " ":
        return False
    number = before[at - 1].norm
    return not (len(number) == 4 and number[:2] in ("19", "20")) and not (at > 1 and before[at - 2].norm in MONTHS)


_HYPHENED_WORD = re.compile(r"-[^\W\d_]")


def _own_noun(mention: Mention, before: list, unit: str) -> bool:
    """'an eighth gold at one Olympics', 'golds at three Olympics': a count after "at" with a plural noun of its own
    counts that noun (a noun that is one of the fact's units still counts it after); 'the 26 kg six-wheeled rover': a
    number joined to a word by a hyphen is that compound's. No unit before counts either."""
    return bool(before) and before[-1].norm == "at" and is_plural(unit) and unit not in FUNCTION_WORDS \
        or bool(_HYPHENED_WORD.match(mention.after))


def _own_plural(mention: Mention, units: tuple[Term, ...]) -> bool:
    """'victims of two devastating terror attacks': a plural noun a few words after the number, past describing words,
    is what it counts; when that noun is none of the fact's units, a unit written before counts nothing here."""
    if not mention.unit or normalise(mention.unit) in FUNCTION_WORDS or not _OF_BEFORE.search(mention.before[-6:]):
        return False  # (only a unit linked by "of": "The victims were 16 young students" counts the victims)
    after = words(_PHRASE_END.split(mention.after, maxsplit=1)[0])[:4]
    for k, w in enumerate(after):
        if w.capitalised or w.norm in FUNCTION_WORDS or not w.norm.isalpha():
            return False
        if is_plural(w.norm):  # (past one describing word at least: a plural right after may be a shared unit)
            return k > 0 and not any(_starts_at(after, j, term) for term in units for j in range(k + 1))
    return False


_PHRASE_END = re.compile(r"[,;:.()!?]")
_OF_BEFORE = re.compile(r"\bof\s+\Z", re.IGNORECASE)


# "a magnitude of", "the magnitude as", "was"; a number sign: "danger signal No. 10", "signal number 10"
_NUMBER_SIGNS = {"no", "number", "nr"}
_SIGN_AFTER_MARK = re.compile(r"[,;:]\s*(?:" + alternation(_NUMBER_SIGNS) + r")\.?\s*\Z", re.IGNORECASE)  # ", number 7"
_UNIT_LINKS = {"of", "as", "at", "was", "is", "were", "are", *_NUMBER_SIGNS}
_MEASURE_WORDS = {"degrees", "degree", "percent", "%", "points", "point"}  # units of measure UNITS does not convert
# a count's own plural noun, then a comma or "and" and another count: one part of a breakdown ("37 men, 25 women")
_BREAKDOWN = re.compile(r"\s+(?:[a-z]+(?<!s)s|[a-z]*men|children|people)\s*(?:,|\band\b)\s*(?:and\s+)?"
                        r"(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten)\b)", re.IGNORECASE)


def _unit_after(mention: Mention, units: tuple[Term, ...]) -> bool:
    """The fact's unit within the next words, before any other unit; past two words only across names modifying it
    ('8.5 million Velmar (VLM) Windows devices') or two modifiers joined by and/or ('seven fraud and theft counts')."""
    after = _past_partitive(words(mention.after))
    if _aboard(after) and any(" ".join(t.parts) in PEOPLE_UNITS for t in units):
        return True  # "all 67 aboard": the people on board
    if _own_hyphened_noun(mention, after, units):
        return False
    for skip in range(min(6, len(after))):  # past the last word no term starts
        if _cannot_skip(mention, after, skip):
            return False
        for term in units:
            if _starts_at(after, skip, term) and not _modifies_next(mention, after, skip + len(term.parts) - 1, term):
                return True
        norm = after[skip].norm
        if norm in UNITS or norm in _SCALE_UNITS or (skip + 1 < len(after) and f"{norm} {after[skip + 1].norm}" in UNITS):
            return False  # a unit of its own that is not the fact's ("cubic metres" is no length; "7.5 magnitude
            # aftershock hours later" is no span of hours)
        if skip == 0 and _nationals(after[0]):
            return False  # "Three Filipinos dead": the count's noun is a nationality, a part of those counted
    return False


def _own_hyphened_noun(mention: Mention, after: tuple, units: tuple[Term, ...]) -> bool:
    """'the 12-story Champlain Towers South condo building': a noun hyphen-joined to the number is its own, and the
    fact's unit may stand only right after that, a plural or a scale ("7.8-degree magnitude tremors"; not "a 24-storey
    apartment block": one block)."""
    return mention.after[:1] == "-" and bool(after) and after[0].start == 1 \
        and not any(_starts_at(after, k, t) and (k == 0 or is_plural(after[k].norm) or after[k].norm in _SCALE_UNITS
                                                 or superlative(after[0].norm)  # "15th-largest bank": a rank
                                                 or after[0].norm in _CLASSIFIERS  # "the 27-member crew"
                                                 or after[0].norm in _MULTIPLIERS and _title_counted(mention, after, t, units))
                    for t in units for k in range(min(2, len(after))))


_CLASSIFIERS = {"member", "man", "woman", "person", "strong", "seat"}  # "a 12-member jury" counts its members
# "a 20-time Grand Slam champion", "a three-time winner": the count is how often the title after it was won
_MULTIPLIERS = {"time"}
_SCALE_UNITS = {"magnitude", "richter"}  # a reading on a scale, a unit of its own


def _title_counted(mention: Mention, after: tuple, unit: Term, units: tuple[Term, ...]) -> bool:
    """'a 20-time Grand Slam champion', for a fact in [Grand Slam champion] or [Grand Slams, titles]: a unit of the fact
    that is the title won (``WON_TITLES``), or names it right before the title's noun when the fact counts titles
    (``TITLE_UNITS``: not "nine-time Olympic champion" as a count of Olympics; not "14-time Grand Slam doubles
    champions": another title); not "one-time" (former), nor a goal ("bidding to become a 24-time champion")."""
    if mention.value == 1 or _BECOMING.search(mention.before[-40:]):
        return False
    if unit.parts[-1] in WON_TITLES:
        return True
    end = 1 + len(unit.parts)  # the word after the unit, when it starts right after the multiplier
    return end < len(after) and after[end].norm in WON_TITLES and any(u.parts[-1] in TITLE_UNITS for u in units)


_BECOMING = re.compile(r"\b(?:become|becoming)\s+(?:an?\s+|the\s+)?\Z", re.IGNORECASE)


def _modifies_next(mention: Mention, after: tuple, k: int, term: Term) -> bool:
    """'two passenger trains', for a fact counting passengers: the singular of a plural unit right before a plural
    noun modifies that noun, which the count counts (not a collective noun: 'five crew members' counts crew; not a
    singular unit: '7.8 magnitude tremors' is a magnitude)."""
    w = after[k]
    if k + 1 >= len(after) or is_plural(w.norm) or not is_plural(term.parts[-1]) or w.norm in COLLECTIVE_NOUNS \
            or not w.norm.isalpha() or mention.value <= 1:
        return False  # ("1 passenger dies": after one, the singular is the counted noun, and a verb follows)
    nxt = after[k + 1]
    return (mention.after[w.end:nxt.start] == " " and nxt.norm.isalpha() and is_plural(nxt.norm)
            and nxt.norm not in FUNCTION_WORDS and not nxt.capitalised)


def _noun_modifiers(after: tuple, text: str, skip: int, titled: bool) -> bool:
    """'five of its reaction control system thrusters', '8.5 million Microsoft Windows-based computers': up to four
    words before the counted noun that can only modify it (no function word, number, verb form or unit; a word
    hyphen-joined to the one before it is part of that one: "Windows-based"; ``titled``: a title-case headline's,
    whose capitals name nothing)."""
    own = [w for k, w in enumerate(after[:skip]) if not (k and text[after[k - 1].end:w.start] == "-")]
    return len(own) <= 4 and all(
        w.norm.isalpha() and w.norm not in FUNCTION_WORDS and w.norm not in UNITS and w.norm not in ONES
        and w.norm not in TENS and not w.norm.endswith("ly")
        and (w.capitalised and not titled or not (w.norm.endswith(("ed", "ing")) or is_plural(w.norm)))  # a verb, a noun
        for w in own)


def _cannot_skip(mention: Mention, after: tuple, skip: int) -> bool:
    """Can the unit not stand ``skip`` words after the number: past two words only across names or modifiers, and
    never past a comma or a dash ("one passenger – a British man" counts no Britons) or a preposition ("three
    relatives of victims": the count's noun came before it)?"""
    titled = all(w.capitalised for w in after[:skip + 1])  # capitals up to a capitalised unit: a headline's words
    names = all(w.capitalised for w in after[:skip]) and not titled
    if skip > 2 and not names and not (skip == 3 and _paired_modifiers(after)) \
            and not _noun_modifiers(after, mention.after, skip, titled):
        return True
    if _UNIT_BREAK.search(mention.after, 0, after[0].start):
        return True  # "rises to 632, several buildings reduced to rubble": the comma ends the number's phrase
    if any(w.norm[:1].isdigit() for w in after[:skip]):
        return True  # "6.94 million (48.85 percent)": a unit after another number is that number's
    if _own_plural_before(after, skip) and _LAST_OF_BREAKDOWN.search(mention.before[-60:]):
        return True
    return bool(skip) and (bool(_UNIT_BREAK.search(mention.after, after[skip - 1].end, after[skip].start))
                           or any(w.norm in _NOUN_ENDS for w in after[:skip]) and not _scale_phrase(after, skip))


# the last count of a breakdown: another count, its noun and "and" right before ("the eight crew members and 181")
_LAST_OF_BREAKDOWN = re.compile(r"\b(?:\d[\d,.]*|" + alternation(ONES) + r")\s+"
                                r"(?:[a-z-]+\s+){1,3}(?:and|,)\s*\Z", re.IGNORECASE)


def _own_plural_before(after: tuple, skip: int) -> bool:
    """'the eight crew members and 181 passengers on board': the last count of a breakdown (``_LAST_OF_BREAKDOWN``,
    asked by the caller) with its own plural noun within two words, then a phrase opened by a preposition ("on board",
    "aboard"): that phrase is no unit of the count, one part (but "469 passengers on board" alone may be everyone; a
    state still says what the count is: "Three Velmar residents dead")."""
    return skip <= 2 and (after[skip].norm in FUNCTION_WORDS or after[skip].norm in ABOARD_WORDS) and any(
        not w.capitalised and w.norm.isalpha() and w.norm not in FUNCTION_WORDS and is_plural(w.norm)
        and w.norm not in EVERYONE_NOUNS for w in after[:skip])  # ("all 189 souls on board": everyone)


def _scale_phrase(after: tuple, skip: int) -> bool:
    """'7.0 on the Richter scale': "on the" and a capitalised scale's name, the unit's own phrase."""
    return skip <= 2 and len(after) > 2 and after[0].norm == "on" and after[1].norm == "the" and after[2].capitalised


def _aboard(after: tuple) -> bool:
    """'67 aboard', '12 on board the ship': the count's next words say it counts those on board (``ABOARD_WORDS``),
    with nothing after them but a function word or a verb of being ('3 onboard cameras' counts cameras)."""
    if not after:
        return False
    if after[0].norm in ABOARD_WORDS:
        n = 1
    elif len(after) > 1 and f"{after[0].norm} {after[1].norm}" in ABOARD_WORDS:
        n = 2
    else:
        return False
    nxt = after[n] if len(after) > n else None
    if nxt is None or nxt.norm in FUNCTION_WORDS or nxt.norm in ("were", "was", "are", "is", "had", "have"):
        return True
    # "67 on board survived", "on board Flight 5342": a verb or a name after "aboard"/"on board"; one word "onboard"
    # before anything else is an adjective ("3 onboard GPS receivers")
    return n == 2 or after[0].norm == "aboard" and (nxt.capitalised or nxt.norm.endswith("ed"))


def _nationals(w) -> bool:
    """'Filipinos', 'Indians', 'Pakistanis': a capitalised plural of a nationality (a noun of its own, no name
    modifying the noun after it)."""
    stem = w.norm[:-1]
    return w.capitalised and w.norm.endswith("s") and is_demonym(stem)


_NOUN_ENDS = {"of", "in", "at", "on", "for", "from", "with", "by", "to", "near", "among"}  # prepositions
_UNIT_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s")


_PARTITIVE_OR_PRONOUN = PARTITIVE_OPENERS | {"those", "these", "them"}  # "Eight of those identified were ..."


def _past_partitive(after: tuple) -> tuple:
    """'two of the plane's crew', 'five of its 40 staff' (a number of its own is a whole, left as it is): the words
    after "of" and its determiner or possessive, where the counted noun stands; "Eight of those identified were U.S.
    citizens", "two of the dead were Americans": the noun a be-form after the partitive's phrase names."""
    if len(after) < 3 or after[0].norm not in ("of", "among"):
        return after
    be = next((k for k in range(2, min(5, len(after) - 1)) if after[k].norm in ("were", "are")), None)
    if be is not None and after[1].norm in _PARTITIVE_OR_PRONOUN:
        return after[be + 1 + (after[be + 1].norm == "all"):]
    if after[1].norm not in PARTITIVE_OPENERS:
        return after
    k = 2
    while k + 1 < len(after) and after[k + 1].norm == "s" and k < 5:  # "the plane's crew", "the Velmar Air's crew"
        k += 2
    if k >= len(after):
        return after  # "Tesla made 5 of the firm's.": a possessive with no noun after it
    if after[k].norm[:1].isdigit() or after[k].norm in ONES or after[k].norm in TENS:
        return after  # "one of the four nations": a whole of its own
    return after[k:] if after[k - 1].norm == "s" or k == 2 else after




def _paired_modifiers(after) -> bool:
    """'fraud and theft [counts]', 'Kurdish and Turkish [activists]': two plain singular words (or nationalities) joined
    by and/or before the counted noun (not '171 passengers and six crew': a plural is a counted noun of its own, a
    number word another count)."""
    return (len(after) > 3 and after[1].norm in ("and", "or") and all(
        w.norm.isalpha() and (not w.capitalised or is_demonym(w.norm)) and not w.norm.endswith("s")
        and w.norm not in UNITS
        and w.norm not in ONES and w.norm not in TENS for w in (after[0], after[2])))


def _converted(fact: Fact, mention: Mention) -> float | None:
    """A unit of time or length converted to the fact's ('6 weeks' for days), or None."""
    ratio = _unit_ratio(fact, mention)
    return None if ratio is None else mention.value * ratio


def _unit_ratio(fact: Fact, mention: Mention) -> float | None:
    """How many of the fact's units one of the unit written after the mention is (the first of the fact's units of
    the same dimension, no more than _FARTHEST apart), or None."""
    after = words(mention.after)
    if ":" in mention.text and mention.unit == "seconds":
        said = UNITS["seconds"]  # "1:59:40": a span in hours, minutes and seconds, read as seconds
    else:
        said = written_unit(after) if after else None
    for unit in _measure_units(fact.unit):
        wanted = UNITS.get(normalise(unit))
        if said and wanted and said[0] == wanted[0] and 1 / _FARTHEST <= said[1] / wanted[1] <= _FARTHEST:
            if normalise(unit) in POUND_WORDS and after[0].norm in TON_WORDS and isinstance(fact.value, (int, float)):
                # a ton beside pounds may be short or metric: the reading nearest the fact's value
                return min(TON_IN_POUNDS, key=lambda r: abs(mention.value * r - fact.value))
            return said[1] / wanted[1]
    return None


@lru_cache(maxsize=4096)
def _measure_units(units: tuple[str, ...]) -> tuple[str, ...]:
    """The fact's units that name a measure: not a short abbreviation in capitals ("M", not the metre's "m") beside a
    unit of the list that is no unit of measure, which it abbreviates ("M" beside "magnitude" or "Mw" is no metre; "mm"
    beside "rainfall" is still millimetres)."""
    other = any(normalise(u) not in UNITS for u in units)
    return tuple(u for u in units if not (other and len(u) <= 2 and u[:1].isupper()))


def written_unit(after) -> tuple[str, float] | None:
    """The unit of measure the words after a number begin with, longest first ("kilometres per hour", "km/h",
    "cubic metres", "feet"), as (dimension, size), or None."""
    for n in (3, 2, 1):
        if len(after) >= n:
            found = UNITS.get(" ".join(w.norm for w in after[:n]))
            if found:
                return found
    return None


def _within_stated_precision(fact: Fact, mention: Mention, value: float) -> bool:
    """'nine months' for 286 days: a value stated in a coarser unit than the fact's is only as precise as its last
    digit in that unit (half a month either way), so the fact's value within that agrees (not above it after
    "nearly", "almost": at most that)."""
    half = _stated_precision(fact, mention)[1]
    if mention.approx.lower() in NEAR_BELOW and fact.value > value:
        return False  # "nearly nine months" is at most nine: 286 days is past it
    if mention.approx.lower() in _ROUGH_HEDGES[1:] and mention.value >= 5:
        half *= 2  # "about 13 weeks": a whole week either way (87 days); not "about two weeks"
    # a value right at the half step is as far from the number as from the next one: a bare number does not state it
    # ("a 7-year sentence" for 90 months, "three years" for 30 months), a hedged one may ("about seven years")
    if not mention.approx:
        return bool(half) and abs(fact.value - value) < half - 1e-9
    return bool(half) and abs(fact.value - value) <= half + 1e-9


def _agrees_as_stated(fact: Fact, mention: Mention, value: float) -> tuple[bool, bool]:
    """Whether the value agrees (within tolerance, as precisely as it is stated, or as a round unit), and whether
    only as a round unit ("a week")."""
    rough = _rough_unit(fact, mention, value)
    exact = fact.tolerance.allows(fact.value, value) or _within_stated_precision(fact, mention, value) \
        or _rounded_decimal(fact, mention, value)
    return exact or rough, rough and not exact


_ROUGH_HEDGES = ("", "about", "around", "roughly", "some", "approximately")
_ROUGH_SHARE = 0.15  # how far a fact's value may stray from a single coarse unit ("a week") it is told in


def _rough_unit(fact: Fact, mention: Mention, value: float) -> bool:
    """'a week', 'a one-week stay', 'a year' for 8 days, 7 days, 400 days: one unit coarser than the fact's is a round
    figure, which a value within a quarter of it agrees with (not "nearly a week" for 8 days: at most a week)."""
    if mention.value != 1 or range_bounds(mention) or mention.approx.lower() not in _ROUGH_HEDGES:
        return False  # ("almost a week" is a bound: ``_short_by``)
    step = _unit_ratio(fact, mention)
    return step is not None and step > 1 and abs(fact.value - value) <= value * _ROUGH_SHARE


def _rounded_decimal(fact: Fact, mention: Mention, value: float) -> bool:
    """'47.3 percent' for 47.31: a decimal written in the fact's own unit with fewer decimals than the fact's value is
    that value rounded, stated as precisely as its last digit: it agrees within half that digit's step (not a whole
    number: "47 percent" says no tenths; not "50.5" for 50.44, which rounds to 50.4)."""
    if value != mention.value or range_bounds(mention) or mention.approx.lower() in LOWER_BOUNDS + UPPER_BOUNDS:
        return False
    written = _NUMBER.findall(mention.text)
    places = len(written[0]) if len(written) == 1 else 0
    wanted = f"{fact.value}".partition(".")[2]
    if not places or len(wanted) <= places:
        return False
    return abs(fact.value - value) <= 10 ** -places / 2 + 1e-9


def _stated_precision(fact: Fact, mention: Mention) -> tuple[float, float]:
    """Half a step of the last digit of the mention's first and of its last number (one number: both the same), in the
    fact's unit, when it is written in a coarser unit than the fact's ("nine months": half a month; "2.5 to 3 meters"
    for feet: 0.05 m at the low end, 0.5 m at the high one); when it is written in a finer one (a rounded
    conversion), 1% of the fact's value; else (0, 0)."""
    hedge = mention.approx.lower()
    if hedge in LOWER_BOUNDS or hedge in UPPER_BOUNDS or mention.value < 2 and not range_bounds(mention):
        return 0.0, 0.0  # "more than a fortnight": a bound; "a week": one unit is a rough figure, no precise statement
    step = _unit_ratio(fact, mention)
    if step is not None and step < 1 and fact.value:
        # a finer unit ("265 km/h" for "165 mph"): a conversion, rounded; it states the fact's value within 1% of it
        # (265 km/h is 164.7 mph), not "60 cm" for 1 m nor "2 km" for 1 mile
        half = abs(fact.value) * _CONVERSION_SLACK
        return half, half
    if step is None or step <= 1 or _listed_unit(fact, mention):
        return 0.0, 0.0  # the fact's own unit, or one it lists ("two-hour" for [minutes, hours]): the tolerance decides
    numbers = _NUMBER.findall(mention.text) or [""]
    return tuple(step * 10 ** -len(decimals) / 2 for decimals in (numbers[0], numbers[-1]))


_NUMBER = re.compile(r"\d+(?:\.(\d+))?")  # (the decimals of each number)


def _listed_unit(fact: Fact, mention: Mention) -> bool:
    """Is the mention's unit one the fact lists (an editor who lists hours beside minutes takes "two hours" as said
    in the fact's own terms, within its tolerance, not as a round figure)?"""
    unit = normalise(mention.unit)
    return any(u in (unit, unit + "s") or u + "s" == unit for u in map(normalise, fact.unit))
_CONVERSION_SLACK = 0.01  # how far a rounded conversion may stray from the value it converts, relatively


# Units more than this many times apart measure different things: "nine years" is no length of a 7-minute raid,
# though "300 m" is 0.3 km, "90 minutes" 1.5 hours and "two years" 730 days.
_FARTHEST = 5000


def _starts_at(ws, i: int, term: Term) -> bool:
    """Whether ``term`` is written from word ``i`` of ``ws`` on (a loop, not all() over a generator: asked for
    every unit of every number a fact reads)."""
    parts = term.parts
    if len(ws) - i < len(parts):
        return False
    for k, part in enumerate(parts):
        if not same_word(ws[i + k].norm, part):
            return False
    return True


def compare_number(fact: Fact, mention: Mention, units: tuple[Term, ...]) -> Comparison:
    value = number_in_unit(fact, mention, units) if fact.value is not None else None
    if value is None:
        if another_currency(fact, mention):
            return Comparison(f"{mention.value:g} {mention.unit}", None, "another currency", "currency")
        if fact.unit and is_age(mention):
            return Comparison(f"{mention.value:g} {mention.unit}".strip(), None, "is an age, not a span of time", "age")
        return Comparison(f"{mention.value:g} {mention.unit}".strip(), None, "counts something else (unit)", "unit")
    bounds = range_bounds(mention)
    if bounds:  # "between 40,000 and 50,000 people": a range agrees when it holds the fact's value
        return _compare_range(fact, mention, value, bounds)
    shown = round(value, 6)
    found = f"{shown:g} {fact.unit_for(shown)}".rstrip()
    agrees, rough = _agrees_as_stated(fact, mention, value)
    if not agrees:
        loose = _loosely_agrees(fact, mention, value, found)
        if loose is not None:
            return loose
    return Comparison(found, agrees, exact=agrees and mention.approx.lower() not in SHORT_OF and not rough,
                      far=not agrees and _far_off(fact.value, value))


def _loosely_agrees(fact: Fact, mention: Mention, value: float, found: str) -> Comparison | None:
    """A number that is not the fact's value as written but holds it: the victims besides the perpetrator a count
    holds, a hedge a little short of it ("nearly 300"), a bound it is within ("more than 200"); None otherwise."""
    if mention.approx == WITH_PERPETRATOR and fact.tolerance.allows(fact.value, value - 1):
        # "seven people dead, including the attacker": six victims besides him
        return Comparison(f"{round(value - 1, 6):g} {fact.unit_for(value - 1)}".rstrip() + " besides the perpetrator",
                          True, exact=False)
    near = _short_by(fact.value, value, mention.approx.lower())
    if near is not None and near <= NEAR_AGREES or (_round_holds(fact.value, value, mention.approx.lower())
                                                     and not _BOUND_BEFORE.search(mention.before[-20:])):
        return Comparison(f"{mention.approx.lower()} {found}", True, exact=False)
    if (_bound_holds(fact.value, value, mention.approx.lower()) or near is not None
            and mention.value == 1 and near <= NEAR_HOLDS_ONE) and not _span_of(mention):
        return Comparison(f"{mention.approx.lower()} {found}", None,
                          "is a bound that holds the fact's value: no conflict, but no statement of it", "bound")
    return None


# a bound before the hedge (mention.before ends with the hedge): "no more than about 1,100", "up to about 1,100"
_BOUND_BEFORE = re.compile(r"\b(?:than|most|least|to|under|over|below|above|within)\s+[a-z]+\s*\Z", re.IGNORECASE)


def _round_holds(wanted: float, written: float, hedge: str) -> bool:
    """'around 1,100 workers' for 1,134: a round number after a hedge of roughness (``_ROUGH_HEDGES``) is only as precise
    as its last non-zero digit: it holds a value within half that step (at most ``NEAR_AGREES`` of it), loosely."""
    if hedge not in _ROUGH_HEDGES[1:] or written < 100 or written != int(written) or int(written) % 10:
        return False
    step = 10
    while int(written) % (step * 10) == 0:
        step *= 10
    return abs(wanted - written) < min(step / 2, written * NEAR_AGREES + 1e-9)


def _far_off(wanted: float, written: float) -> int:
    """How far off a conflicting number is: 2 at least ``REMOTE_OFF`` times the fact's, or at most its share, 1 so
    for ``FAR_OFF``, else 0 (both above zero)."""
    if wanted <= 0 or written <= 0:
        return 0
    ratio = max(wanted, written) / min(wanted, written)
    return 2 if ratio >= REMOTE_OFF else 1 if ratio >= FAR_OFF else 0


# How far off a conflicting value is "far" (``outweighed``): a misreport of the same figure is mostly near it, a day
# off or a count off by one ("9 November" for 10 November, "11 boys" for 12), another figure mostly farther
FAR_OFF = 1.1  # a number at least 10% off the fact's
FAR_OFF_DAYS = 2  # a day at least two days off the fact's
# A count twice the stated one or half of it, a date three days or more from it, in another sentence than one stating
# the fact's value, is another figure (a part, another event's, an earlier toll, the day of a later step) far more
# often than the same one misreported: "the 22 victims" / "Nine victims were Italian" (REMOTE; not the same statement
# made again, ``_said_again``)
REMOTE_OFF = 2
# A date a week or more from the fact's, beside a sentence placing the fact's date in a month or day that excludes it
# (``dates_apart``): on 238 labelled topics another event's date 48 times of 48; nearer (three days) a forecast's day
# against its month, a contradiction
APART_DAYS = 7
REMOTE_DAYS = 3  # a misreported day is mostly one off (the night's two dates, time zones, a weekday miscounted)


def _span_of(mention: Mention) -> bool:
    """'held over three days': "over"/"under" before a span of time says during, not more than (but after a
    preposition it is the bound: "knelt for over nine minutes", "after over three hours", "sentenced to over 11
    years")."""
    return mention.approx.lower() in ("over", "under") and UNITS.get(normalise(mention.unit), ("",))[0] == "time" \
        and not _SPAN_BOUND_BEFORE.search(mention.before)


_SPAN_BOUND_BEFORE = re.compile(r"\b(?:for|after|in|within|of|to|at|" + "|".join(DURATION_VERBS) + r")\s+(?:over|under)\s*\Z",
                                re.IGNORECASE)  # ("waited over an hour": more than an hour)


def _short_by(wanted: float, written: float, hedge: str) -> float | None:
    """How far short of a number written after "nearly"/"almost" the fact's value is, as a share of that number
    (None for another hedge, or a value not below it)."""
    if hedge not in NEAR_BELOW or not 0 < wanted < written:
        return None
    return (written - wanted) / written


def _compare_range(fact: Fact, mention: Mention, value: float, bounds: tuple[float, float]) -> Comparison:
    """A range agrees when it holds the fact's value, differs when it excludes it; the spread of several values holds
    it without stating it."""
    low, high = value, value * bounds[1] / bounds[0]
    shown = round(high, 6)
    found = f"{round(low, 6):g}–{shown:g} {fact.unit_for(shown)}".rstrip()
    # each end is only as precise as its last digit in a coarser unit ("8 to 10 feet (2.5 to 3 meters)")
    below, above = _stated_precision(fact, mention)
    holds = fact.tolerance.allows(fact.value, min(max(fact.value, low - below), high + above))
    if holds and _SPREAD_BEFORE.search(mention.before):
        # "36 aftershocks, ranging from magnitude 2.8 to 7.5": the spread of many values, no statement of one
        return Comparison(found, None, "is the spread of several values, which holds the fact's value: no statement "
                                       "of it", "bound")
    return Comparison(found, holds)


_SPREAD_BEFORE = re.compile(r"\branging\s+(?:from\s+)?(?:[a-z]+\s+)?\Z", re.IGNORECASE)  # "ranging from magnitude"


def _bound_holds(wanted: float, bound: float, hedge: str) -> bool:
    """'more than $300 million' holds $325 million, 'up to 40' holds 12: a bound that holds the fact's value does
    not contradict it; nor does it state it (read as agreeing, such bounds made false agrees on four dev topics)."""
    return (hedge in LOWER_BOUNDS and wanted > bound) or (hedge in UPPER_BOUNDS and wanted < bound)


SAME_SENTENCE = "possible conflict: its sentence states the fact's value, so this value is about something else"
OUTNUMBERED = "possible conflict: {agree} sentences state the fact's value, {differ} another"
OUTWEIGHED = ("possible conflict: outweighed by {agree} sentences whose own construction names the fact's value, "
              "against {differ} that only share a clause with a term")
FAR_OUTWEIGHED = ("possible conflict: outweighed by {agree} sentences stating the fact's value plainly, against {differ} "
                  "that only share a clause with a term and give a value far from it")
COUNTED_DATE = "possible conflict: a date counted from publication, where a sentence writes the fact's date out"
COUNTED_ONLY = ("possible conflict: a date counted from publication (its day may be a reprint's or a time zone's), and "
                "the source states no date of the fact's")
OTHER_ROLE = ("possible conflict: a place after another preposition than the one before the fact's place, which a "
              "sentence states: another role (a destination, an origin), maybe")
FAR_FIGURE = ("possible conflict: {agree} sentences state the fact's value, against {differ} that give a count far "
              "from it and only share a clause with another term: more likely another figure")
REMOTE = ("possible conflict: outweighed by {agree} sentences stating the fact's value, against one in another sentence "
          "far from it (a count twice or half of it, a date three or more days away): more likely another figure")


def decide(source: str, fact: Fact, evidence: list[Evidence]) -> Result:
    """Differ if an attributed value conflicts, agree if one states it, else silent.

    A source states a fact once per sentence, so a conflicting value is set aside as a possible
    conflict (shown, not a differ) when a sentence holding it also states the fact's value exactly,
    or when more sentences, and at least two, state the value exactly than hold conflicting ones.
    A date fact's value written out as a date outweighs a conflicting date counted from publication
    ("on Monday"): ``written_date``."""
    known = fact.known_map
    verdict, ordered = weigh(fact, evidence)
    return Result(source, verdict, ordered if verdict != "silent" else (),
                  known=source in known, reason=known.get(source, ""))


def weigh(fact: Fact, evidence: list[Evidence]) -> tuple[str, tuple[Evidence, ...]]:
    """``decide``'s verdict and its evidence in the order it shows it, the possible conflicts marked ``aside`` (a silent
    verdict's too, which ``decide`` does not keep and ``explain`` shows)."""
    evidence = only_value(evidence)
    fitting = {(e.line, e.group) for e in evidence if e.group and e.agrees}
    evidence = possible_conflicts([e for e in evidence if e.agrees or not e.group or (e.line, e.group) not in fitting],
                                  dated=fact.kind == "date", placed=fact.kind == "place",
                                  named=fact.kind in ("party", "place"))
    if fact.kind == "date":
        evidence = _weigh_dates(fact, evidence)
    if fact.kind == "number":
        evidence = far_figures(evidence)
    if any(not e.agrees and not e.aside for e in evidence):
        verdict = "differ"
    elif any(e.agrees for e in evidence):
        verdict = "agree"
    else:
        verdict = "silent"
    # what decided first: a differ's conflicting values (then those set aside, then agreeing ones), an agree's
    # agreeing values (then its possible conflicts)
    evidence = [replace(e, bond="", far=0, term="") if e.bond or e.far or e.term else e for e in evidence]  # weighed
    return verdict, tuple(sorted(evidence, key=lambda e: (e.agrees != (verdict == "agree") or bool(e.aside), e.agrees,
                                                          e.line, e.span)))


def _weigh_dates(fact: Fact, evidence: list[Evidence]) -> list[Evidence]:
    """A date fact's evidence with the conflicting dates ``dates_apart`` and ``counted_only`` set aside."""
    wanted = fact.value.label if isinstance(fact.value, Period) else ""
    return counted_only(dates_apart(evidence, wanted))


_LOOSE = (UNLINKED, SET_ASIDE)
ONLY_VALUE = "agrees: the source's only statement of the fact's value, and nothing near a term conflicts"


def counted_only(evidence: list[Evidence]) -> list[Evidence]:
    """A source that states no date of the fact's, whose every conflicting date is counted from its publication ("on
    Sunday", "a week ago"; resolved against a published date that may be a reprint's or a time zone away) and none
    written out, is no contradiction: its dates are possible conflicts, and it stays silent."""
    conflicting = [e for e in evidence if not e.agrees and not e.aside]
    if not conflicting or any(e.agrees for e in evidence) or not all(e.relative for e in conflicting):
        return evidence
    return _aside_conflicts(evidence, COUNTED_ONLY)


def far_figures(evidence: list[Evidence]) -> list[Evidence]:
    """far_figure: 'The toll rose to 9 people.' / '... while 5 passengers were killed at the scene.': where sentences
    state a count fact's value exactly, at least as many as give another count (whether or not another rule set those
    aside), and each conflicting count is far from the value (``FAR_OFF``), only shares a clause with a term, and is
    neither the object right after it ('killed 17') nor a count of it ('14 victims'), and no conflicting count shares
    a term with a sentence stating the value (one predicate said twice with two values is a contradiction), the
    conflicting counts are more likely other figures: possible conflicts."""
    conflicting = [e for e in evidence if not e.agrees and not e.aside]
    stated = [e for e in evidence if e.agrees and e.exact]
    stating = {e.quote for e in stated}
    others = {e.quote for e in evidence if not e.agrees} - stating  # counted whether or not another rule set them aside
    if not conflicting or not stated or len(stating) < len(others):
        return evidence
    said = {e.term for e in stated if e.term}
    if not all(_another_figure(e, said) for e in conflicting):
        return evidence
    return _aside_conflicts(evidence, FAR_FIGURE.format(agree=len(stating), differ=len(others)))


def _aside_conflicts(evidence: list[Evidence], reason: str) -> list[Evidence]:
    """The evidence with every conflicting value not yet set aside shown as a possible conflict, for ``reason``."""
    return [replace(e, aside=reason) if not e.agrees and not e.aside else e for e in evidence]


def _another_figure(e: Evidence, said: set[str]) -> bool:
    """A conflicting count far from the value that only shares a clause with a term no stating sentence uses, and is
    neither its object nor a count of it."""
    return bool(e.far) and e.bond in _SHARED_CLAUSE and e.term not in said and not _object_of_term(e)


# a count right after its term, past hedges and an article or currency sign ("killed at least 17", "paid $16 billion")
_OBJECT_GAP = frozenset({"the", "a", "an", "us", "$"})


def _object_of_term(e: Evidence) -> bool:
    """Is the conflicting count the object right after the term it shares a clause with ('killed at least 17'), or a
    count of the term itself ('14 victims')?"""
    if not e.term:
        return False
    if re.match(r"\s+" + re.escape(e.term) + r"\b", e.quote[e.span[1]:e.span[1] + len(e.term) + 2], re.IGNORECASE):
        return True
    m = re.search(re.escape(e.term) + r"\W+((?:[\w$€£]+\s+){0,3})\Z", e.quote[max(0, e.span[0] - 60):e.span[0]],
                  re.IGNORECASE)
    return bool(m) and all(w.lower() in HEDGE_WORDS or w.lower() in _OBJECT_GAP for w in m.group(1).split())


def only_value(evidence: list[Evidence]) -> list[Evidence]:
    """The evidence ``decide`` weighs: the attributed values; when there are none, a source that states the fact's
    value only where the grammar could not tie it to a term (another clause of a sentence naming one: "Shares rose
    after the board, which met on 4 May 2021, approved the sale"), and no value that conflicts anywhere near a term,
    not even one set aside, agrees: its agreeing values.  Kinds whose values are specific enough to make a coincidence
    rare (``Kind.only_value``)."""
    if not any(e.bond in _LOOSE for e in evidence):
        return evidence
    attributed = [e for e in evidence if e.bond not in _LOOSE]
    if attributed or any(e.bond == SET_ASIDE for e in evidence):
        return attributed
    return [e for e in evidence if e.bond == UNLINKED]


def possible_conflicts(evidence: list[Evidence], *, dated: bool = False, placed: bool = False,
                       named: bool = False) -> list[Evidence]:
    """The evidence with each conflicting value that cannot make the verdict differ marked ``aside``.  Linear in the
    evidence: a large source repeating one sentence gives thousands of rows with the same quote.  ``placed``: a place
    fact's, where a value placed in a conflicting one states nothing (``_placed_in``); ``named``: a name fact's, whose
    values have no distance between them (``_outweighed``)."""
    conflicting = [e for e in evidence if not e.agrees]
    if not conflicting:
        return evidence
    stating = _stating(evidence, conflicting, placed)
    if not stating:
        return evidence
    elsewhere = {e.quote for e in conflicting} - stating
    outnumbered = len(stating) >= 2 and len(stating) > len(elsewhere)
    reason = OUTNUMBERED.format(agree=len(stating), differ=len(elsewhere)) if outnumbered else _outweighed(
        evidence, conflicting, stating, elsewhere, named)
    written = dated and written_date(evidence, stating)
    stated = [e for e in evidence if e.agrees and e.quote in stating]
    out = []
    for e in evidence:
        aside = "" if e.agrees else _aside(e, stated, reason, written, placed)
        out.append(replace(e, aside=aside) if aside and not e.aside else e)  # a loose attachment keeps its own why
    return out


def _aside(e: Evidence, stated: list[Evidence], reason: str, written: bool, placed: bool = False) -> str:
    """Why conflicting value e is only a possible conflict beside the sentences stating the fact's value (``stated``),
    or ''."""
    if any(e.quote == s.quote for s in stated):
        return SAME_SENTENCE
    if reason:
        return reason
    if e.relative and written:
        return COUNTED_DATE
    if placed and _other_role(e, stated):
        return OTHER_ROLE
    return REMOTE.format(agree=len({s.quote for s in stated})) if _remote(e, stated) else ""


def dates_apart(evidence: list[Evidence], wanted: str) -> list[Evidence]:
    """dates_apart: 'On July 25, 2016, Verizon announced it is buying Yahoo.' / 'The revised agreement, announced
    Tuesday, ...' (February 2017): where a sentence places a date fact's value in a month or a day (loosely attached
    too) that excludes a conflicting date a week or more from the value (``APART_DAYS``), in another sentence, the
    conflicting date is another event's (a later step, an earlier instance, an anniversary) far more often than the
    same date misreported, which is mostly a day or two off: a possible conflict.  Not the same statement made again
    (``_said_again``), a date the placing month holds ("in October" / "scheduled for October 10"), nor the fact's
    day in another month or year (``_slip``: "sank on 16 April 2013")."""
    out = []
    for e in evidence:
        if not e.agrees and not e.aside and e.far >= 3:
            placing = [s for s in evidence if s.agrees and s.quote != e.quote and _MONTH_OR_DAY.match(s.found)
                       and not e.found.startswith(s.found)]
            if placing and not _slip(e.found, wanted) and not any(_said_again(e, s) for s in placing):
                e = replace(e, aside=DATES_APART)
        out.append(e)
    return out


_MONTH_OR_DAY = re.compile(r"\d{4}-\d\d(?!\d)")  # a label with a year and a month: 2016-07, 2016-07-25 (no week, season)


def _slip(found: str, wanted: str) -> bool:
    """'16 April 2013' or '16 May 2014' for 16 April 2014: the same day of the month in the same month of another year
    or in another month of the same year, how a slip of the pen looks (day labels: 2014-04-16; yearless: --04-16)."""
    if not (_DAY_LABEL.fullmatch(found) and _DAY_LABEL.fullmatch(wanted)) or found[-2:] != wanted[-2:]:
        return False
    return found[-5:-3] == wanted[-5:-3] or found[:4] == wanted[:4] or found.startswith("--")


_DAY_LABEL = re.compile(r"(?:\d{4}|-)-\d\d-\d\d")

DATES_APART = ("possible conflict: a date a week or more from the fact's, where another sentence places the fact's date "
               "in a month or day without it: another event's, more likely")


def _other_role(e: Evidence, stated: list[Evidence]) -> bool:
    """'It says the accident occurred about 3km from Aktau airport in Kazakhstan.' / '... crashed while operating a
    service to Grozny.': where the sentences stating a place fact's value place it after a locative preposition ("in",
    "at", "near"), a conflicting place after none of their prepositions ("to", "from", "blamed Russia") plays another
    role in its sentence (a destination, an origin, an actor); one after the same preposition ("in the southeast" /
    "in central Turkey") is the same statement with another place."""
    mine = {_preposition(s) for s in stated}
    return bool(mine & LOCATIVE_PREPOSITIONS) and _preposition(e) not in mine


# the word before a value, past "the" and up to three capitalised words ("in the Dutch port of Rotterdam": "in")
_PREPOSITION_BEFORE = re.compile(r"([A-Za-z]+)\W*(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}\Z")


def _preposition(e: Evidence) -> str:
    m = _PREPOSITION_BEFORE.search(e.quote[max(0, e.span[0] - 80):e.span[0]])
    return m.group(1).lower() if m else ""


def _remote(e: Evidence, stated: list[Evidence]) -> bool:
    """A conflicting value far from the fact's (``REMOTE_OFF``, ``REMOTE_DAYS``) that does not say again what a
    sentence stating the value says: another figure.  'The ferry sank on 16 April.' / 'The ferry sank on 26 April, a
    survivor said.' is one statement made twice with two values: a contradiction."""
    return e.far >= 2 and not any(_said_again(e, s) for s in stated)


_SAID_AGAIN = 0.6  # share of the shorter sentence's words the other holds


def _said_again(one: Evidence, other: Evidence) -> bool:
    """One statement made twice: the same word before each value ("sank on 16 April" / "sank on 26 April", past
    function words and hedges) and at least ``_SAID_AGAIN`` of the shorter sentence's words in the other."""
    anchor = _word_before(one.quote[:one.span[0]])
    if not anchor or anchor != _word_before(other.quote[:other.span[0]]):
        return False
    a, b = _content_words(one.quote), _content_words(other.quote)
    return len(a & b) >= _SAID_AGAIN * min(len(a), len(b))


def _word_before(text: str) -> str:
    """The last word of ``text`` that is no function word, number or hedge ("killed" in "Gunmen killed at least")."""
    return next((w.norm for w in reversed(words(text)) if w.norm not in FUNCTION_WORDS and not w.norm[:1].isdigit()
                 and w.norm not in HEDGE_WORDS), "")


@lru_cache(maxsize=4096)
def _content_words(quote: str) -> frozenset[str]:
    """A sentence's words less function words and numbers: what it says, whatever the value."""
    return frozenset(w.norm for w in words(quote) if w.norm not in FUNCTION_WORDS and not w.norm[:1].isdigit())


def _outweighed(evidence: list[Evidence], conflicting: list[Evidence], stating: set[str], elsewhere: set[str],
                named: bool = False) -> str:
    """'... collapsed in the fire of April 15, 2019.' / '... visible on the skyline on Nov. 28 as the reconstruction
    from a devastating fire approached completion.': conflicting values that only share a clause with a term, each far
    from the fact's value (``FAR_OFF``; a near one, "11 boys" for 12, is how a misreport looks), are outweighed by as
    many sentences whose own construction names the fact's value ("the fire of April 15"): the clause they share is
    more likely about something else than the source about the fact twice.  So they are by as many sentences stating
    the value plainly, as their only value of the fact's kind ("The death toll stands at 18." / "... where he killed
    seven people"), unless a conflicting value, itself its sentence's only value, shares its clause with the very term
    such a sentence states the value by ("The quake killed 230 people." / "The quake killed 320 people, officials
    said."): one predicate said twice with two values is a contradiction.  A conflicting value attached by a
    construction ("President Nikol Pashinian") is never outweighed so.  Names (``named``) have no distance: a
    construction outweighs any, a plain sentence none."""
    others = [e for e in conflicting if e.quote in elsewhere]
    if not others or any(e.bond not in _SHARED_CLAUSE or not (e.far or named) for e in others):
        return ""
    built = {e.quote for e in evidence if e.agrees and e.bond == "construction" and e.quote in stating}
    if len(built) >= len(elsewhere):
        return OUTWEIGHED.format(agree=len(built), differ=len(elsewhere))
    return "" if named else _plainly_outweighed(evidence, others, stating, len(elsewhere))


def _plainly_outweighed(evidence: list[Evidence], others: list[Evidence], stating: set[str], elsewhere: int) -> str:
    """``_outweighed`` by sentences stating the value plainly, unless a conflicting value, plain itself, shares its
    clause with the term such a sentence states the value by (one predicate said twice with two values)."""
    plain = [e for e in evidence if e.agrees and e.bond in ("construction", "alone") and e.quote in stating]
    said = {e.term for e in plain if e.term}
    if any(e.term in said and e.bond == "alone" for e in others):
        return ""
    quotes = {e.quote for e in plain}
    return FAR_OUTWEIGHED.format(agree=len(quotes), differ=elsewhere) if len(quotes) >= elsewhere else ""


_SHARED_CLAUSE = ("clause", "alone")  # bonds of a value that only shares a clause with a term


def _stating(evidence: list[Evidence], conflicting: list[Evidence], placed: bool = False) -> set[str]:
    """The sentences that state the fact's value exactly (not merely restating a conflicting name more broadly, nor,
    for a place, naming a place of its name inside a conflicting one)."""
    spans: dict[str, set] = {}  # quote -> the spans of its conflicting values
    for d in conflicting:
        spans.setdefault(d.quote, set()).add(d.span)
    restates: dict[tuple, bool] = {}
    stating = set()
    for e in evidence:
        if e.exact and e.agrees and e.quote not in stating:
            key = (e.quote, e.span)
            if key not in restates:
                conflicts = spans.get(e.quote, ())
                restates[key] = _restates(e, conflicts) or placed and _placed_in(e, conflicts)
            if not restates[key]:
                stating.add(e.quote)
    return stating


_PLACED_IN = re.compile(r"\s*(?:,|\bin)\s*(?:the\s+)?\Z")


def _placed_in(e: Evidence, conflicts) -> bool:
    """'head to the port of Tripoli in Libya', 'Tripoli, Libya': a place right after the value, joined by 'in' or a
    comma, says where the place it names lies; when that place conflicts, the value names another place of the same
    name and states nothing of the fact's."""
    return any(start >= e.span[1] and _PLACED_IN.match(e.quote, e.span[1], start) for start, _ in conflicts)


_FAR_FIGURE_TAIL = FAR_FIGURE.split("{differ}")[1]  # FAR_FIGURE's words after its last count, which ends it
_OUTWEIGHED_BY = "possible conflict: outweighed by "  # how OUTWEIGHED and FAR_OUTWEIGHED open


def aside_rule(aside: str) -> str:
    """The rule name ``explain`` prints beside a possible conflict's reason."""
    named = {COUNTED_DATE: "written_date", COUNTED_ONLY: "counted_only", OTHER_ROLE: "other_role",
             DATES_APART: "dates_apart"}.get(aside)
    if not named and _FAR_FIGURE_TAIL in aside:
        named = "far_figure"
    return named or ("outweighed" if aside.startswith(_OUTWEIGHED_BY) else "possible_conflict")


def written_date(evidence: list[Evidence], stating: set[str]) -> bool:
    """written_date: whether a sentence states a date fact's value exactly, written out as a date.  A conflicting
    date counted from publication elsewhere ("on Sunday", resolved against a day that may be wrong) does not
    outweigh it: a possible conflict.  The reverse stays a differ: a date the source only counts ("Wednesday's
    crash") against a conflicting one written out; so does one written date against another."""
    return any(e.agrees and e.exact and not e.relative and e.quote in stating for e in evidence)


def _restates(e: Evidence, conflicts) -> bool:
    """'Laguna Beach, California, U.S.': a value in apposition right after a conflicting one (``conflicts``: the
    spans of the conflicting values in its sentence) restates it more broadly, so it states nothing exactly of its own."""
    before = e.quote[:e.span[0]].rstrip()
    return before.endswith(",") and any(
        end <= e.span[0] and _names_only(e.quote[end:len(before) - 1]) for _, end in conflicts)


def _names_only(text: str) -> bool:
    """Nothing but capitalised words and commas between two values: one chain of names ("Laguna Beach, California")."""
    return all(w[:1].isupper() for w in text.replace(",", " ").split())


# ------------------------------------------------------------------ pytest outcome

@dataclass(frozen=True)
class Outcome:
    """What a fact's test does: fail, xfail, skip or pass, and the message saying why."""

    status: str  # fail | xfail | skip | pass | warn
    message: str
    differing: tuple[Result, ...] = ()  # unacknowledged discrepancies
    stale: tuple[Result, ...] = ()  # acknowledgements that no longer hold


def is_stale(result: Result) -> bool:
    """An acknowledged source that no longer differs: its acknowledgement no longer holds."""
    return result.known and result.verdict != "differ"


def unknown_acknowledged(fact: Fact, sources) -> tuple[str, ...]:
    """Sources the fact's ``known`` names that are not among ``sources`` (a stale acknowledgement too)."""
    return tuple(s for s, _ in fact.known if s not in sources)


def outcome(report: FactReport) -> Outcome:
    """Read from the results that are not plainly silent (``model.said``): a silent, unacknowledged
    cell never changes an outcome, so a sparse report is never walked cell by cell."""
    fact = report.fact
    if fact.value is None:
        return Outcome("skip", f"draft: '{fact.id}' has no value yet")
    found = said(report.results)
    new = tuple(r for r in found if r.verdict == "differ" and not r.known)
    stale = tuple(r for r in found if is_stale(r))
    missing = unknown_acknowledged(fact, source_names(report.results)) if fact.known else ()
    if new and fact.severity == "error":
        return Outcome("fail", f"{len(new)} source(s) differ from the fact", new, stale)
    if stale or missing:
        return Outcome("fail", "an acknowledged discrepancy no longer holds", new, stale)
    if new:
        return Outcome("warn", f"{len(new)} source(s) differ (severity: warning)", new)
    return _quiet_outcome(found)


def _quiet_outcome(found: list[Result]) -> Outcome:
    """A fact no source newly contradicts: xfail on acknowledged discrepancies, skip when all are silent.
    ``found``: the results that are not plainly silent."""
    acknowledged = [r for r in found if r.verdict == "differ"]
    if acknowledged:
        return Outcome("xfail", "; ".join(f"{r.source}: {r.reason}" for r in acknowledged))
    if all(r.verdict == "silent" for r in found):
        return Outcome("skip", "no source mentions it")
    return Outcome("pass", "")


def unit_terms(fact: Fact) -> tuple[Term, ...]:
    return compile_terms(fact.unit)
