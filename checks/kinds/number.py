"""kind: number — a count or measure in a unit, within a tolerance; a sentence offers its numbers."""

from __future__ import annotations

import re
from functools import lru_cache

from ..attribution import attach_value
from ..attribution.names import same_nation
from ..errors import Problem
from ..fields import TERMS_SHAPE, show, terms
from ..lang.grammar import NOUN_PHRASE_OPENERS as DETERMINERS
from ..lang.grammar import (SPEAKING_VERBS, DEFINITE_REFERENCE, BE_FORMS, CHANGE_NOUNS, PARTICLES, PARTICIPATION_VERBS, HOUSING_VERBS, RESIDENT_TERMS, BY_CHANGE_VERBS, IRREGULAR_PAST, COLLECTIVE_NOUNS, COMPARATIVES, DIMENSION_ADJECTIVES, DIMENSION_OF, SIZE_ADJECTIVES,
                            FATAL_ADVERBS, FATAL_HARMS, FUNCTION_WORDS, MARGIN_NOUNS, MARGIN_WORDS, MEASURE_INCLUSIONS, NATIONALITIES, STATE_FILLERS, STATE_NOUNS_OF, STATE_OF, STATE_VERBS, SUPERLATIVES)
from ..lang.calendar import CALENDAR_WORDS, DAY_WORDS
from ..lang.money import CURRENCY_PREFIXES, HOLDING_NOUNS, MONEY_SCALES
from ..lang.numbers import ABOARD_WORDS, IN_HOSPITAL, APPROXIMATE_SUFFIXES, DEATH_WORDS, HEDGES, INJURY_WORDS, MORE_WORDS, NARROWING_WORDS, ONES, ORDINAL_WORDS, PEOPLE_UNITS, PERCENT_UNITS, RATE_PERIODS, RATE_WORDS, SUBSET_WORDS, TENS, UNITS
from ..match import same_word
from ..model import Fact, Mention, Tolerance
from ..money import is_money
from ..numbers import is_ordinal, numbers, ordinal_values, superlative
from ..words import alternation, is_plural, normalise
from ..words import words as word_list
from ..verdict import (TURN_BEFORE, Comparison, age_fact, bare_number, compare_number, fact_words, is_age, tally_side,
                       turned_age, written_unit)
from ..yamlnodes import Located
from .base import Field, Kind

__all__ = ["NUMBER"]


def _parse(node: Located, file: str, problems: list[Problem]) -> float | None:
    number = _number(node)
    if number is None:
        problems.append(Problem(file, node.line, f"'{show(node)}' is not a number",
                                "write value: 44 or 86.6 (no units or separators)", code="number"))
    return number


def _number(node: Located) -> float | None:
    if not isinstance(node.value, str) or getattr(node.value, "quoted", False):
        return None
    try:
        number = float(node.value.replace("_", ""))
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def _tolerance(node: Located | None, file: str, problems: list[Problem]) -> Tolerance:
    if node is None:
        return Tolerance(0)
    text = node.value.strip() if isinstance(node.value, str) else ""
    relative = text.endswith("%")
    try:
        amount = float(text.rstrip("%").strip())
    except ValueError:
        amount = -1.0
    if not amount >= 0 or amount == float("inf"):
        problems.append(Problem(file, node.line, f"tolerance '{show(node)}' is not a number or a percentage",
                                "write tolerance: 3 (absolute) or tolerance: \"5%\" (relative)",
                                code="tolerance"))
        return Tolerance(0)
    return Tolerance(amount / 100, True) if relative else Tolerance(amount)


def _validate(value, read: dict, nodes: dict, file: str, problems: list[Problem]) -> None:
    """A unit list that mixes sizes of one dimension ([m, feet]): conversion follows each unit's meaning."""
    problem = mixed_units(read.get("unit") or ())
    if problem:
        problems.append(Problem(file, nodes["unit"].line, problem, "keep one of them: a number in any unit of its kind is converted to it",
                                code="unit-mixed", severity="warning"))


def mixed_units(units) -> str:
    """'feet converts to metres by itself; list one unit' for [metres, feet], else ''."""
    seen: dict[str, tuple[str, float]] = {}
    for unit in units:
        known = UNITS.get(normalise(unit))
        if not known:
            continue
        dimension, size = known
        if dimension in seen and seen[dimension][1] != size:
            return f"'{unit}' converts to '{seen[dimension][0]}' by itself; list one unit"
        seen.setdefault(dimension, (unit, size))
    return ""


def is_rank(fact: Fact) -> bool:
    """A rank fact: its claim writes its value as an ordinal ("India became the fourth country")."""
    return isinstance(fact.value, float) and fact.value in ordinal_values(fact.claim)


def _mentions(item, prepared) -> tuple[Mention, ...]:
    """The sentence's numbers, and its ranks whose noun is one of the fact's units ("the fourth nation"), unless
    the fact's evidence reads no ranks (``Prepared.ranks``)."""
    if not prepared.ranks:
        return item.numbers
    ranks = tuple(m for m in item.ordinals if _names_a_unit(m, prepared.units) and _ranks_alike(m, prepared))
    return tuple(sorted((*item.numbers, *ranks), key=lambda m: m.start)) if ranks else item.numbers


def _ranks_alike(mention: Mention, prepared) -> bool:
    """A rank through a superlative ("the fifth-largest nation") ranks by that measure: read only by a fact whose
    claim, terms or context name it ("deadliest" for "the second-deadliest wildfire"), not by "the fourth nation to
    land"."""
    first = normalise(mention.unit).split()[0]
    return not superlative(first) or first in prepared.known


def _names_a_unit(mention: Mention, units) -> bool:
    """The ranked phrase ends in one of the fact's units ("sixth World Cup title" in title, or in World Cup)."""
    ranked = normalise(mention.unit).split()
    return any(len(t.parts) <= len(ranked) and all(same_word(a, b) for a, b in zip(ranked[-len(t.parts):], t.parts))
               for t in units)


# a span of time right before "after"/"before"/"later"/"earlier": the time between two events
_INTERVAL = re.compile(r"\s*[\w'’-]+\s+(after|before|later|earlier)\b", re.IGNORECASE)
_INTERVAL_CLAIM = re.compile(r"\b(?:after|before|later|earlier|since|into|within)\b", re.IGNORECASE)

# a span after "for" lasts up to the other event: the clause's own event's length, no time between two events
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:about|nearly|almost|some|around|roughly|just|only|over|more\s+than)\s+)?\Z",
                         re.IGNORECASE)
_AGE_GAP = re.compile(r"[\s-]*(?:years?|months?)[\s-]+(younger|older|junior|senior)\b", re.IGNORECASE)
_EACH = re.compile(r"\s*(?:[\w'’-]+\s+)?each\b(?!\s+other)", re.IGNORECASE)

def _interval_claim(fact: Fact) -> bool:
    """Is the fact itself a time between two events: a claim with a word of it ("after", "since", "into"), not one
    only naming the fact's value as an age ("Nadal was 36 when he won, two days after his 36th birthday")?"""
    return bool(_INTERVAL_CLAIM.search(fact.claim)) and not age_fact(fact)


# the rate after the count's noun ("units daily", "barrels of oil a day"); not "in a day" (a total within one) nor
# "a year ago" (a time)
_RATE = re.compile(r"\s*(?:(?!(?:in|on|for|within|over|during|the|that|this|a|an|every|each|per|of)\b)[\w'’-]+\s+){0,2}"
                   r"(?:\([^()]{0,60}\)\s*)?(?:of\s+(?:[\w'’-]+\s+){1,2}?)?"
                   r"(?:" + alternation(RATE_WORDS) + r")\b"
                   r"(?!\s+(?:ago|earlier|later|before|after|since|old|into|apart|on|early|late|away)\b)", re.IGNORECASE)
_NOW_BEFORE = re.compile(r"\bnow\s+(?:aged\s+)?\Z", re.IGNORECASE)

# "per" and the one each amount is for ("per Fortune 500 company", "per passenger"; not "per cent": a percentage)
_PER = re.compile(r"\s*(?:(?!as\b)[A-Za-z]+\s+)?(?i:per)\s+(?!(?i:cent)\b)((?:\S+\s+){0,3}\S+)")  # (not "as per")
_SUBSET = re.compile(r"\bthe\s+(?:" + "|".join(SUBSET_WORDS) + r")\s+(?:(?:about|some|nearly|almost|over)\s+)?\Z",
                     re.IGNORECASE)


# "Two Chinese passengers were among the victims": a count of some of a group named after "among"
_AMONG = re.compile(r"(?:\s+[\w'’-]+){0,4}?\s+(?:were|are|was|is)\s+(?:also\s+|reportedly\s+)?(among)\b", re.IGNORECASE)
# "two other men", "three more bodies", "two additional suspects": a count of some beside those already counted
_MORE = re.compile(r"\s+(?:" + "|".join(MORE_WORDS) + r")\b", re.IGNORECASE)
# "three main contenders among 38 candidates": a word of rank, its noun, then the larger group's count
_NARROWED = re.compile(r"\s+(?:" + "|".join(NARROWING_WORDS) + r")\s+[^\W\d_]+\s+(?:among|of|out\s+of)\s+(?:the\s+|all\s+)?"
                       r"\d", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:" + alternation(DEFINITE_REFERENCE) + r")\s+\Z|['’]s\s+\Z", re.IGNORECASE)


def _narrowed(fact: Fact, mention: Mention) -> re.Match | None:
    """'the three main contenders among 38 candidates': a definite count narrowed by a word of rank, the foremost of a
    larger group counted after it (not "35 leading scientists", which describes them, nor "only the five major parties
    won seats", nor a claim that counts them so: "12 major aftershocks")."""
    m = _NARROWED.match(mention.after)
    if m is None or not _DEFINITE_BEFORE.search(mention.before[-12:]) \
            or m.group().strip().lower() in fact.claim.lower().split():
        return None
    return m
# "98% of the votes counted", "90% of precincts reporting", "with 95 percent of ballots in"
# (past a passive's auxiliary too: "after 97% of the votes were counted", "94% of the poll stations scrutinized")
_COUNTED_SO_FAR = re.compile(r"\s*(?:%|per\s?cent|percent)?\s+of\s+(?:the\s+|all\s+)?(?:votes?|ballots?|precincts|poll(?:ing)?\s+"
                             r"(?:stations|places|districts)|districts|constituencies|returns)\s+(?:(?:were|was|had\s+been|"
                             r"have\s+been)\s+)?(?:counted|tallied|processed|reporting|scrutini[sz]ed)\b(?!\s+(?:twice|again))", re.IGNORECASE)
_WITH_BEFORE = re.compile(r"\b(?:with|after)\s+(?:(?:just\s+)?(?:over|under|about|nearly|almost|some|more\s+than|"
                          r"less\s+than)\s+)?\Z", re.IGNORECASE)  # "with 98% of the votes counted"
_FEWER = re.compile(r"\s+(?:fewer|less)\b(?!-)", re.IGNORECASE)  # "two fewer seats", "$5 less" (not "40 less-developed")


def _no_margin(fact: Fact, mention: Mention) -> Comparison | None:
    """'won the final by six wickets': a fact whose claim gives its value as a margin ("by six wickets") reads only
    margins: a count after "by" or "a margin/lead/majority of", or hyphened to its unit ("a six-wicket win"); "lost
    three early wickets" counts what was lost, no margin."""
    if not _margin_claim(fact.claim, fact.value):
        return _a_margin(fact, mention)
    if _MARGIN_BEFORE.search(mention.before) or mention.after.startswith("-"):
        return None
    return Comparison(f"{mention.value:g} {mention.unit}".strip(), None,
                      "is no margin, and the fact's value is one ('by ...')", "margin")


def _a_change(fact: Fact, mention: Mention) -> Comparison | None:
    """'a 2 per cent rise to the VAT', 'a 5% pay increase': a figure after "a"/"an" and right before a noun of change
    (``CHANGE_NOUNS``; past its unit and one describing word) is the size of a change, no level; not for a fact whose
    claim writes its own value so, or after "by", or whose terms name the change."""
    if not _A_BEFORE.search(mention.before[-8:]):
        return None
    m = _CHANGE_NOUN_AFTER.match(_past_unit(mention))
    if m is None or _change_claim(fact.claim, fact.value) \
            or any(w in CHANGE_NOUNS for t in fact.about for w in normalise(t).split()):
        return None
    return Comparison(f"{mention.value:g} {mention.unit}".strip(), None,
                      f"is the size of a change ('{m.group(1).lower()}'), no level", "change_noun")


_A_BEFORE = re.compile(r"\b(?:an?|the)\s+[$€£¥]?\Z", re.IGNORECASE)
_CHANGE_NOUN_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+)?(" + alternation(CHANGE_NOUNS) + r")\b", re.IGNORECASE)


def _past_unit(mention: Mention) -> str:
    """The text after a figure, past its unit word when the unit is written after it ("2 percent rise")."""
    after = mention.after
    unit = mention.unit
    if unit and after.lstrip().lower().startswith(unit.lower()):
        return after.lstrip()[len(unit):]
    return after


@lru_cache(maxsize=1024)
def _change_claim(claim: str, value) -> bool:
    """Does the claim write the fact's value as a change: right before a noun of change, or after "by"?"""
    return any(m.value == value and (_CHANGE_NOUN_AFTER.match(_past_unit(m)) or _CHANGED_BEFORE.search(m.before))
               for m in numbers(claim, []))


# "by 5%", "rose 5 per cent", "jumped 12%", "a pay rise of 10 per cent": the claim's value is a change
_CHANGED_BEFORE = re.compile(r"\b(?:by|(?:" + alternation(set(BY_CHANGE_VERBS) | CHANGE_NOUNS) + r")(?:\s+of)?)\s+"
                             r"(?:(?:about|around|some|nearly|almost|over|more\s+than)\s+)?[$€£¥]?\Z", re.IGNORECASE)


def _clock_no_gap(fact: Fact, mention: Mention) -> Comparison | None:
    """'in 2:01:09': a time read off a clock ("h:mm:ss", "m:ss") is a point or a total, never a gap; a fact whose
    claim gives its value as a gap ("took 34 seconds off the record", "207 seconds ahead of", "won by 34 seconds")
    reads none."""
    if not _CLOCK.search(mention.text) or not _gap_claim(fact.claim, fact.value):
        return None
    return Comparison(f"{mention.value:g} {mention.unit}".strip(), None,
                      "is a clock time, a total, and the fact's value is a gap", "margin")


_CLOCK = re.compile(r"\d:\d\d")
_GAP_AFTER_VALUE = re.compile(r"\W*(?:[a-z]+\W+)?(?:ahead\s+of|behind|off|short\s+of|clear\s+of|faster\s+than|slower\s+than)\b",
                              re.IGNORECASE)


@lru_cache(maxsize=1024)
def _gap_claim(claim: str, value) -> bool:
    """The claim writes the fact's value as a gap: before "ahead of", "behind", "off", "short of", or as a margin."""
    return _margin_claim(claim, value) or any(m.value == value and _GAP_AFTER_VALUE.match(m.after)
                                              and not _CLOCK.search(m.text) for m in numbers(claim, []))


def _a_margin(fact: Fact, mention: Mention) -> Comparison | None:
    """'With a lead of nearly 20 million votes', 'a margin of 12 seats': a count after a noun of a gap between two
    figures and "of" (``MARGIN_NOUNS``) is that gap, no figure of a fact whose claim gives none and whose terms name
    none ("winning margin")."""
    m = _MARGIN_NOUN_OF.search(mention.before) or (None if _TALLY_AFTER.match(mention.after) else _won_by(mention.before))
    if m is None or any(w in MARGIN_NOUNS for t in fact.about for w in normalise(t).split()):
        return None
    return Comparison(f"{mention.value:g} {mention.unit}".strip(), None,
                      f"is a gap between two figures ('{m.group(1).lower()}{'' if m.group(1) == 'by' else ' of'}'), "
                      "not the fact's value", "margin")


def _won_by(before: str) -> re.Match | None:
    """'retained its majority by just one seat', 'won by six votes', 'leads by 3 points': "by" and a count after a
    word of a contest's result or standing (``MARGIN_WORDS``, among the few words before "by") give the margin (not
    after a verb of change or a passive: "raised by 3%", "was settled by four seats")."""
    m = _BY_BEFORE.search(before)
    if m is None or _agent_or_change(before[:m.start()]):
        return None
    if _AGENT_PARTICIPLE.search(before[:m.start()]):
        return None  # "The delegation, led by 12 senators,": a participle after a comma names who
    return m if any(normalise(w) in MARGIN_WORDS for w in before[:m.start()].split()[-_BY_REACH:]) else None


_AGENT_PARTICIPLE = re.compile(r",\s*(?:led|defeated|won|beaten)\s*\Z", re.IGNORECASE)
_TALLY_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+)?(?:to|-|–)\s*\d", re.IGNORECASE)  # "by 312 votes to 250": a tally
_BY_BEFORE = re.compile(r"\b(by)\s+(?:(?:just|only|about|some|nearly|almost|around|roughly|a\s+single|a\s+mere|a)\s+)?\Z",
                        re.IGNORECASE)


@lru_cache(maxsize=1024)
def _margin_claim(claim: str, value) -> bool:
    """The claim writes the fact's value after "by" or "a margin of" ("Alpha won by six wickets"), not after a verb of
    change ("raises wages by 38%": ``BY_CHANGE_VERBS``, among the few words before "by")."""
    for m in numbers(claim, []):
        found = _MARGIN_BEFORE.search(m.before) if m.value == value else None
        if found and not (found.group().lower().startswith("by") and _agent_or_change(m.before[:found.start()])):
            return True
    return False


def _agent_or_change(before: str) -> bool:
    """A bare "by" after a verb of change ("raises wages by 38%", ``BY_CHANGE_VERBS``, among the few words before it) or
    right after a passive participle, maybe with its particle ("is powered by 33 engines", "were signed by 40 states",
    "was carried out by five gunmen": who or what does it) gives no margin."""
    ws = [normalise(w) for w in before.split()]
    if any(w in BY_CHANGE_VERBS for w in ws[-_BY_REACH:]):
        return True
    if len(ws) >= 3 and ws[-1] in PARTICLES:
        ws = ws[:-1]  # "was carried out by five gunmen"
    return len(ws) >= 2 and ws[-2] in BE_FORMS and (ws[-1].endswith(("ed", "en")) or ws[-1] in IRREGULAR_PAST)


_BY_REACH = 5  # words before "by" its verb may stand in: "raises general wages by"


@lru_cache(maxsize=1024)
def _claim_writes(claim: str, value, before: re.Pattern | None, after: re.Pattern | None = None) -> bool:
    """Does the claim write the fact's value with ``before`` searched before it (or ``after`` matched after it)?"""
    return any(m.value == value and (before is not None and before.search(m.before)
                                     or after is not None and after.match(m.after))
               for m in numbers(claim, []))


def _average_claim(claim: str, value) -> bool:
    """The claim writes the fact's value as an average ("an average of 40 a day", "40 on average")."""
    return _claim_writes(claim, value, _AVERAGE_BEFORE, _AVERAGE_AFTER)


# "by", "by a margin of", "a lead of", "a majority of", past a hedge ("by just", "by about")
_MARGIN_BEFORE = re.compile(r"\b(?:by(?:\s+a\s+margin\s+of)?|(?:margin|lead|majority)\s+of)\s+(?:(?:just|only|about|some|"
                            r"nearly|almost|around|roughly)\s+)?\Z", re.IGNORECASE)


_MARGIN_NOUN_OF = re.compile(r"\b(" + alternation(MARGIN_NOUNS) + r")\s+of\s+(?:(?:" + alternation(HEDGES)
                             + r")\s+)?\Z", re.IGNORECASE)


def _other_side(fact: Fact, mention: Mention) -> Comparison | None:
    """'The motion passed 216-210': of a vote's tally, the count the fact does not read (210 voted against)."""
    if not mention.tally or mention.tally == (tally_side(fact) or 1):
        return None
    side = "the votes against" if mention.tally == 2 else "the votes for"
    return Comparison(f"{mention.value:g} {mention.unit}".strip(), None,
                      f"is the other side's count in a vote's tally ({side})", "tally")


def _no_total(fact: Fact, mention: Mention) -> Comparison | None:
    """A count that is no total of what the fact counts, set aside with its reason: the time between two events,
    a count per item, a rate, an age at another time, the rest of a group; None for any other count."""
    found = f"{mention.value:g} {mention.unit}".strip()
    interval = _INTERVAL.match(mention.after)
    if interval and UNITS.get(normalise(mention.unit), ("",))[0] == "time" and not _interval_claim(fact) \
            and not _FOR_BEFORE.search(mention.before[-24:]):  # ("descended for eight minutes before impact": how long)
        # "His sentencing comes more than a year after the killing": no length of anything the fact measures
        return Comparison(found, None, f"is the time between two events ('{mention.unit} {interval.group(1)}')",
                          "interval")
    gap = _AGE_GAP.match(mention.after)
    if gap:
        # "the sixteen-year-younger Spaniard", "16 years older than his rival": a gap between two ages, no age
        return Comparison(found, None, f"is a gap between two ages ('{gap.group(1)}'), no age", "interval")
    counted = _COUNTED_SO_FAR.match(mention.after) if _WITH_BEFORE.search(mention.before[-30:]) else None
    if counted and _percent(mention) and not _COUNTED_SO_FAR.search(fact.claim):
        # "with 98% of the votes counted so far": how much of the count is done, no share any party won
        return Comparison(found, None, f"is how much of the count is done ('{' '.join(counted.group().split())}'), "
                                       "no share", "progress")
    each = _EACH.match(mention.after)
    if each and not _each_claim(fact):
        # "convicted on one count each of murder, manslaughter and assault": a count per item, no total (not for a
        # fact that counts one for each itself: "would pay $50,000 to the family of each victim")
        return Comparison(found, None, f"counts each of several ('{' '.join(each.group().split())}'), no total",
                          "each")
    return _rate_or_time(fact, mention, found) or _part_of_group(fact, mention, found)


def _each_claim(fact: Fact) -> bool:
    """Does the fact count one for each itself: its units or terms say "each", or its claim writes its value for each
    ("would pay $50,000 to the family of each victim"; not "a total of $1.8 million, $150,000 to each of 12")?"""
    if any("each" in normalise(t).split() for t in (*fact.unit, *fact.about)):
        return True
    return any(m.value == fact.value and _EACH_NEAR.match(m.after) for m in numbers(fact.claim, []))


# (or, past a bracket closing a restated value, a recipient of each: "Rs 2 lakh (200,000 rupees) from the fund for
# the next of kin of each person killed")
_EACH_NEAR = re.compile(r"\s*(?:[^\W\d]+\s+){0,4}?(?:each|per|apiece)\b|\)?\s*(?:[^\W\d]+\s+){0,4}?(?:to|for)\s+"
                        r"(?:the\s+)?(?:[^\W\d]+\s+){0,3}?of\s+each\b", re.IGNORECASE)  # ("of each": one's own)


def _per_term(fact: Fact, per: str) -> bool:
    """'250 miles per charge', for a fact whose terms name the charge ("per charge", "a charge"): what the fact measures
    is that rate, no total."""
    noun = next(iter(normalise(per).split()), "")
    return bool(noun) and any(noun in normalise(t).split() for t in fact.about)


def _rate_claim(fact: Fact, said: str) -> bool:
    """'Tesla expects to build about 250,000 Cybertrucks a year': a claim that writes its value as a rate is about
    that rate, so a rate over the same period (``said``: the rate's words, "a year", "per year", "annually") is the
    fact's own figure ("250,000 a month" is not)."""
    if not (_claim_writes(fact.claim, fact.value, None, _RATE) or _claim_writes(fact.claim, fact.value, None, _PER)):
        return False
    period = _period(said)
    return not period or period in {_period(w) for w in re.findall(r"[A-Za-z]+", fact.claim)}


def _period(text: str) -> str:
    """The period a rate's words name ('a year', 'annually', 'per month'), or ''."""
    return next((RATE_PERIODS[w] for w in reversed(re.findall(r"[a-z]+", text.lower())) if w in RATE_PERIODS), "")


def _rate_or_time(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """A rate ('1,000 units daily', '$44M per Fortune 500 company') or an age at another time ('the now
    72-year-old')."""
    if (written_unit(word_list(mention.after)) or ("",))[0] == "speed":
        return None  # "270 kilometres per hour": a speed, no rate of a count
    rate = _RATE.match(mention.after)
    if rate and not any(r in normalise(u) for u in fact.unit for r in RATE_WORDS) and not _rate_claim(fact, rate.group()):
        return Comparison(found, None, f"is a rate ('{' '.join(rate.group().split())}'), not a total", "rate")
    if _NOW_BEFORE.search(mention.before) and is_age(mention) and not re.search(r"\bnow\b", fact.claim, re.I):
        # "the now 72-year-old attacker", for his age at the attack: an age at publication, another time's
        return Comparison(found, None, "is an age now ('now'), not at the time of the fact", "age_now")
    if turned_age(mention) and not _claim_writes(fact.claim, fact.value, TURN_BEFORE):
        # "Pope Leo turned 70 on Sunday", for his age at his election: the age reached on a birthday, another time's
        return Comparison(found, None, "is the age reached on a birthday ('turned'), not at the time of the fact",
                          "age_now")
    per = _PER.match(mention.after)
    if per and not any(w in normalise(u).split() or "per" in normalise(u).split()
                       for u in fact.unit for w in normalise(per.group(1)).split()) \
            and not _per_term(fact, per.group(1)) and not _rate_claim(fact, per.group()):
        # "$44M per Fortune 500 company", "£20 per passenger": an amount for each one, no total
        return Comparison(found, None, f"is a rate ('{' '.join(per.group().split())}'), not a total", "rate")
    return None


def _percent(mention: Mention) -> bool:
    """'50%', '50 percent', '50 per cent': a share."""
    return normalise(mention.unit) in PERCENT_UNITS


def _part_of_group(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """The rest of a group ('the remaining 12', 'two more'), its foremost ('the three main contenders'), a difference
    ('two fewer'), or another thing (``_other_thing``)."""
    fewer = _FEWER.match(mention.after)
    if fewer:  # "The National Party has two fewer seats": by how much fewer, no count of them
        return Comparison(found, None, f"is a difference ('{mention.text}{fewer.group()}'), not the count", "difference")
    # "50% more energy than was used": a share before "more" is how much more, no further members of a group
    more = None if _percent(mention) or _other_harm_before(mention) else _MORE.match(mention.after)
    subset = None if _sized_remainder(mention) else _SUBSET.search(mention.before)
    part = subset or more or _narrowed(fact, mention) or _AMONG.match(mention.after) or _span_part(fact, mention)
    # not for a fact that counts them itself (unit: [more cases]; about: [additional]; a claim "Eight other children
    # were stabbed")
    # (unit "others" counts "three other staff members", not "the other three": a remainder)
    if part and not _counted_part(fact, part, subset, mention.before) \
            and not _more_in_terms(fact, part.group().split()[-1].lower()) \
            and not _claim_writes(fact.claim, fact.value, _SUBSET, _MORE):
        return Comparison(found, None, f"counts a part of a group ('{' '.join(part.group().split())}')", "subset")
    return _other_thing(fact, mention, found)


_HYPHENED_BEFORE_NOUN = re.compile(r"-[^\W\d_]+(?:-[^\W\d_]+)*\s+[^\W\d_]+")  # "-story structure", "-year-old boy"


def _counted_part(fact: Fact, part: re.Match, subset: re.Match | None, before: str) -> bool:
    """Does the fact's unit name the part's word: "more cases" for "two more", or "others" for "three other" (not
    after "the": "the other three" is a remainder; nor after another count: "Two teachers were injured and three other
    staff" counts one part)?"""
    word = part.group().split()[-1].lower()
    units = {w for u in fact.unit for w in normalise(u).split()}
    return word in units or (word == "other" and part is not subset and "others" in units
                             and not _COUNT_BEFORE.search(re.split(r"[,;:]", before)[-1]))


# a count earlier in the sentence ("Two teachers were injured and three other staff"): "N other" is then one part
_COUNT_BEFORE = re.compile(r"(?:\d|\b(?:" + alternation([*ONES, *TENS]) + r")\b)", re.IGNORECASE)  # (in the count's clause)


def _sized_remainder(mention: Mention) -> bool:
    """'the remaining 12-story structure': a measure hyphen-joined to its unit before a singular noun, after
    "remaining", sizes what remains of one thing; no part of a group (not "the other 13-story tower", another one, nor
    "the remaining 40-odd passengers": "odd" is no unit)."""
    m = _HYPHENED_BEFORE_NOUN.match(mention.after)
    return m is not None and normalise(mention.unit) not in APPROXIMATE_SUFFIXES and not is_plural(m.group().split()[-1].lower()) \
        and mention.before.rstrip().lower().endswith("remaining")


def _more_in_terms(fact: Fact, word: str) -> bool:
    """A word of more (``MORE_WORDS``: "additional", "further") that a term of the fact holds ("sentenced to 43
    additional months", about: [additional]): the fact counts those (not a span's edge: "the last two days")."""
    return word in MORE_WORDS and any(word in normalise(a).split() for a in fact.about)


# "12 people were killed and four more were injured": "more" beside a count of another harm adds people harmed
# otherwise, no further members of the same count
_DEATHS_BEFORE = re.compile(r"\b(?:" + alternation(DEATH_WORDS) + r")\b[^.;:]{0,30}\Z", re.IGNORECASE)
_INJURED_AFTER = re.compile(r"\s+(?:" + "|".join(MORE_WORDS) + r")\s+(?:\w+\s+){0,2}(?:" + alternation(INJURY_WORDS) + r")\b",
                            re.IGNORECASE)


def _other_harm_before(mention: Mention) -> bool:
    """Does "more" and a word of injury follow the count, with a word of death before it in its sentence?"""
    return bool(_INJURED_AFTER.match(mention.after) and _DEATHS_BEFORE.search(mention.before))


def _span_part(fact: Fact, mention: Mention) -> re.Match | None:
    """'in the last 16 minutes of the 16-day mission', 'the first two days of the trial': a span opening or closing a
    longer one is a part of it, no length of the whole (unless the claim writes its value so)."""
    m = _EDGE_BEFORE.search(mention.before)
    if m is None or not _EDGE_OF.match(mention.after) or _claim_writes(fact.claim, fact.value, _EDGE_BEFORE):
        return None
    return m


_EDGE_BEFORE = re.compile(r"\bthe\s+(?:first|last|final|opening|closing)\s+\Z", re.IGNORECASE)
_EDGE_OF = re.compile(r"\s*[\w-]+\s+of\s+(?:the|its|their|his|her|this|that)\b", re.IGNORECASE)


def _other_thing(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """A count of another group or a part of one, an amount of another thing, a measure of another dimension."""
    return (_joint(fact, mention, found) or _summand(fact, mention, found) or _money_part(fact, mention, found)
            or _other_recipient(fact, mention, found)
            or _money_of(fact, mention, found) or _average(fact, mention, found) or _other_measure(fact, mention, found)
            or _other_state(fact, mention, found) or _other_dimension(fact, mention, found)
            or _national_part(fact, mention, found))


# "The Iranian death toll reached 17": a nationality right before the last tally noun ahead of the count, in the same
# clause (no comma between; the lookahead keeps a later tally noun out: "... while the overall toll rose to 1,301")
_NATIONAL_TALLY = re.compile(r"\b([A-Z][a-z]+)\s+(?:(?:death|official|provisional)\s+)?(?:toll|tally|count)\b"
                             r"(?:(?!\b(?:toll|tally|count)\b)[^.;:!?,]){0,80}\Z"
                             r"|\bnumber\s+of\s+([A-Z][a-z]+)\s+deaths\b[^.;:!?,]{0,40}\Z")  # ("the number of Indian deaths to 46")
_TALLY_WORDS = re.compile(r"\b(?:toll|tally|count|deaths)\b")


def _national_part(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'The Iranian death toll reached 17': a count read through a tally noun that a nationality adjective modifies is
    that nation's part of the dead, unless the fact's claim, terms, context or units name the nation
    (``same_nation``: 'Iran', 'Iranians')."""
    before = mention.before[-160:]
    tally = _NATIONAL_TALLY.search(before) if _TALLY_WORDS.search(before) else None  # (the search: only near a tally)
    # "28 Egyptian pilgrims died", "the 45 dead Indians": the nationality of the count's own noun
    own = _NATIONAL_NOUN.match(mention.after) or _NATIONALS_AFTER.match(mention.after)
    share = _NATIONALS_ACCOUNT.search(before)  # "Egyptians accounted for 658 deaths": that nation's share
    if own is not None and own.group(1).lower() in NATIONALITIES:
        nation, said = own.group(1), f"{own.group(1)} {own.group(2)}"
    elif share is not None:
        nation, said = share.group(1), share.group().strip()
    elif tally is not None and bare_number(mention):  # ("... officials said 1,250 pilgrims died" counts its own)
        nation = tally.group(1) or tally.group(2)
        said = f"{nation} toll"
    else:
        return None
    if nation.lower() not in NATIONALITIES:
        return None  # ("The Maui death toll" is the whole's)
    if any(same_nation(nation.lower(), w) for w in fact_words(fact.claim, (*fact.about, *fact.context), fact.unit)):
        return None
    return Comparison(found, None, f"counts the {nation} part ('{said}'), not the whole", "subset")


# a nation's people, then "accounted for" before the count: "Egyptians accounted for 658 deaths"
_NATIONALS_ACCOUNT = re.compile(r"\b([A-Z][a-z]+)s\s+account(?:ed|s)?\s+for\s+(?:[a-z]+\s+){0,2}\Z")
# a nationality adjective right after the count, before its noun: "28 Egyptian pilgrims"
_NATIONAL_NOUN = re.compile(r"\s+([A-Z][a-z]+)\s+([a-z]+)\b")
# a nation's people as the count's noun, past a lower-case word: "45 dead Indians" (Indian, its people)
_NATIONALS_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?([A-Z][a-z]+)(s)\b")


# "The transaction's value, including debt, is about 64.5 billion", "$59.5bn excluding debt": what the figure takes in
# (or an opening phrase: "Including debt, Orsk is committing about $64.5 billion"; the owner and a describing word may
# stand before the noun: "including Velmar's net debt")
_WHAT_INCLUDED = r"(?:including|excluding|not\s+including)\s+((?:[\w'’.-]+\s+){0,3}[a-z][\w'’-]*)"
_MEASURE_BEFORE = re.compile(r"(?:\A|,)\s*" + _WHAT_INCLUDED + r"\s*,[^,;.]{0,60}\Z", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+)?,?\s*" + _WHAT_INCLUDED + r"\b", re.IGNORECASE)


def _other_measure(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'The transaction's value, including debt, is about $64.5 billion': a figure said to take in (or leave out) what
    a figure may take in (``MEASURE_INCLUSIONS``: debt, fees, tax...), which the fact's claim, terms and unit never
    name, measures another quantity than the fact's."""
    m = _MEASURE_BEFORE.search(mention.before) or _MEASURE_AFTER.match(mention.after)
    noun = next((w for w in map(normalise, m.group(1).split()) if w in MEASURE_INCLUSIONS), "") if m else ""
    if not noun or noun in fact_words(fact.claim, fact.about, fact.unit):
        return None  # "killed 40, including two children": members of the count, no other quantity
    said = re.search(r"(?:not\s+)?(?:including|excluding)\s+.*?\b" + re.escape(noun) + r"\w*", m.group(),
                     re.IGNORECASE).group()
    return Comparison(found, None, f"measures another quantity ('{said}')", "measure")


# "an average of 18.8 million", "averaging 40", "40 a day on average": a mean, not a total nor a peak
_AVERAGE_BEFORE = re.compile(r"\b(?:(?:an?|the|its|their)\s+average\s+of|averag(?:ing|ed|es))\s+(?:(?:about|around|some|"
                             r"nearly|almost|roughly|just)\s+)?\Z", re.IGNORECASE)
_AVERAGE_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,3}?on\s+average\b", re.IGNORECASE)


def _average(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'An average of 18.8 million people watched', 'averaging 40 a day': a mean, no figure of a fact whose value is
    no average (its claim does not write it after 'an average of', its terms and unit never say average)."""
    m = _AVERAGE_BEFORE.search(mention.before) or _AVERAGE_AFTER.match(mention.after)
    if not m or "averag" in " ".join((*fact.about, *fact.unit)).lower() or _average_claim(fact.claim, fact.value):
        return None
    return Comparison(found, None, f"is an average ('{' '.join(m.group().split())}'), not the fact's figure", "average")


# "7 metres high", "300 m long", "a 10-foot-deep crater": the unit, then the adjective of the dimension measured
_DIMENSION_AFTER = re.compile(r"(?:\s*[\w'’.-]+\s+|-?[\w'’.]+-)(" + alternation(SIZE_ADJECTIVES)
                              + r")\b", re.IGNORECASE)
_DIMENSION_WORDS = {**DIMENSION_OF, "heights": "height", "lengths": "length", "depths": "depth", "span": "length"}


def _other_dimension(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'48 metres wide' is a width: no measure of a fact whose claim or terms name only another dimension ('7 metres
    high' for a wave's height, 'length' for a bridge); a fact naming none takes any."""
    m = _DIMENSION_AFTER.match(mention.after)
    if not m:
        return None
    dimension = DIMENSION_ADJECTIVES[m.group(1).lower()]
    words = re.findall(r"[a-z]+", " ".join((fact.claim, *fact.about, *fact.unit)).lower())
    named = {_DIMENSION_WORDS[w] for w in words if w in _DIMENSION_WORDS} - {"distance"}
    if not named or dimension in named:
        return None
    return Comparison(found, None, f"is a {dimension}, not the {' or '.join(sorted(named))} the fact measures",
                      "dimension")


# "379 passengers and crew": the count's noun joined by and/or to another noun that has no number of its own
_JOINT = re.compile(r"\s*([\w'’-]+)\s+(?:and|or|&)\s+([a-z][\w'’-]*)\b(?!['’]s)")
_NOT_A_NOUN = FUNCTION_WORDS | set(MORE_WORDS) | set(ONES) | set(TENS) | set(COMPARATIVES)


def _joint(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'All 379 passengers and crew' counts both groups together: no count of passengers alone, nor of the crew,
    unless the fact's units name both groups (unit: [passengers and crew], or [passengers, crew]) or everyone
    ([people, deaths]: the two groups together are everyone)."""
    m = _JOINT.match(mention.after)
    if not m or normalise(m.group(1)) != normalise(mention.unit):
        return None
    other = m.group(2).lower()
    if other in _NOT_A_NOUN or not (other in COLLECTIVE_NOUNS or is_plural(other)):
        return None  # "40 people and injured 200", "10 provinces and sent troops": a verb; "90 seconds or less": a bound
    named = [normalise(u).split() for u in fact.unit]
    if any(other in u for u in named) and any(same_word(normalise(m.group(1)), w) for u in named for w in u):
        return None
    if _counts_everyone(fact.unit):
        return None  # "the 242 passengers and crew on board", for a fact counting the people on board: everyone
    return Comparison(found, None, f"counts '{m.group(1)} and {m.group(2)}' together", "joint")


# "seven passengers and three crew": a count and its noun, "and", then (before) or after it another count and noun
_COUNT = r"(?:\d[\d,]*|" + alternation([*ONES, *TENS]) + r")"
_SUMMAND_BEFORE = re.compile(r"\b" + _COUNT + r"\s+([a-z][\w'’-]*)\s+and\s+\Z", re.IGNORECASE)
_SUMMAND_AFTER = re.compile(r"\s*[\w'’-]+\s+and\s+" + _COUNT + r"\s+([a-z][\w'’-]*)\b", re.IGNORECASE)


def _amount_pattern(prefixes) -> str:
    """An amount after one of ``prefixes``, maybe with a scale word: "$380 million", "Rs 2 lakh"."""
    return r"(?<!\w)(?:" + alternation(prefixes) + r")\s?\d[\d.,]*(?:\s?(?:" + alternation(MONEY_SCALES) + r")\b)?"


# "$380 million in customer refunds and $170 million for maintenance": amounts, each of its own item, joined by "and"
_ITEM = r"\s+(?:in|for|on)\s+(?P<item>[^,;.$€£¥₹()]{1,40}?)"
_AMOUNT = _amount_pattern(p for p in CURRENCY_PREFIXES if not p.isalpha())
_PART_AFTER = re.compile(_ITEM + r"\s+and\s+(?:about\s+|some\s+|nearly\s+|another\s+)?" + _AMOUNT, re.IGNORECASE)
_PART_BEFORE = re.compile(_AMOUNT + _ITEM + r"\s+and\s+(?:about\s+|some\s+|nearly\s+|another\s+)?\Z", re.IGNORECASE)


# "Rs 2 lakh each to kin of deceased, Rs 50,000 to injured": amounts listed by a comma or "and", each given to its own
# recipient after "to"
_WHO = r"\s+(?:each\s+)?to\s+(?P<who>[^,;.$€£¥₹()]{1,40}?)"
_JOIN = r"\s*(?:,|\band\b)\s*(?:and\s+)?"
_OWN_RECIPIENT = re.compile(_WHO + r"(?=\s*(?:[,;.)]|\band\b|\Z))", re.IGNORECASE)
_ANY_AMOUNT = _amount_pattern(CURRENCY_PREFIXES)  # ("Rs 2 lakh": a currency in letters too)
_RECIPIENT_AFTER = re.compile(_WHO + _JOIN + _ANY_AMOUNT + _WHO.replace("who", "other"), re.IGNORECASE)
_RECIPIENT_BEFORE = re.compile(_ANY_AMOUNT + _WHO.replace("who", "other") + _JOIN + r"\Z", re.IGNORECASE)


def _other_recipient(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'an ex-gratia of Rs 2 lakh each to kin of deceased, Rs 50,000 to injured': of amounts listed each with its own
    recipient after "to", one whose recipient the fact's claim, terms and units do not name is another's share."""
    if not is_money(mention.unit):
        return None
    own = _OWN_RECIPIENT.match(mention.after)
    other = _RECIPIENT_AFTER.match(mention.after) or _RECIPIENT_BEFORE.search(mention.before[-80:])
    if own is None or other is None:
        return None
    named = fact_words(fact.claim, fact.about, fact.unit)
    if not _names_none(own.group("who"), named) or _names_none(other.group("other"), named):
        return None  # (only when the other recipient is the fact's: "to kin of deceased" beside "to injured")
    return Comparison(found, None, f"is the share of another recipient ('to {own.group('who')}')", "money_part")


def _names_none(who: str, named: frozenset[str]) -> bool:
    """Do the recipient's plain words name nothing the fact names?"""
    return not any(w in named or w.rstrip("s") in named for w in normalise(who).split() if w not in FUNCTION_WORDS)


# "16 billion francs of AT1 debt", "16 billion francs ($17 billion) worth in debt": an amount and what it is an amount of
_AMOUNT_OF = re.compile(r"\s*(?:\([^()]{0,40}\)\s*)?(?:worth\s+(?:of|in)|of)\s+(?P<item>(?:[\w'’-]+\s+){0,3}?[\w'’-]+)"
                        r"(?=\s*(?:[,;.)]|\s(?:is|are|was|were|has|have|had|will|would|to|from|as|in|on|at|by|and|"
                        r"that|which)\b|\Z))", re.IGNORECASE)


def _money_of(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'16 billion francs of AT1 debt is to be written off': an amount followed by "of" (or "worth of/in") and a noun
    is an amount of that thing; it is no amount the fact states unless the fact's words name the thing."""
    if not is_money(mention.unit):
        return None
    m = _AMOUNT_OF.match(mention.after)
    if not m:
        return None
    item = [w for w in normalise(m.group("item")).split() if w not in FUNCTION_WORDS]
    named = fact_words(fact.claim, fact.about, fact.unit)
    if not any(w in HOLDING_NOUNS for w in item) or any(w in named or w.rstrip("s") in named for w in item):
        return None  # only a holding ("of debt", "of bonds"), not a kind of the amount ("of new capital")
    return Comparison(found, None, f"is an amount of '{m.group('item')}'", "amount_of_item")


def _money_part(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'lost $380 million in customer refunds and $170 million for maintenance expenses': amounts joined by "and",
    each with its own item after in/for/on, are parts of a sum; neither is the whole a fact states (unless the fact's
    terms name the amount's own item)."""
    if not is_money(mention.unit):
        return None
    after = _PART_AFTER.match(mention.after)
    if after:
        item = after.group("item")
    else:
        before = _PART_BEFORE.search(mention.before)
        item = _ITEM_AFTER.match(mention.after)
        if not before or not item:
            return None
        item = item.group("item")
    words = set(normalise(item).split())
    if any(set(normalise(t).split()) <= words for t in (*fact.about, *fact.unit)):
        return None
    return Comparison(found, None, f"is one part of a sum ('{item.strip()}')", "money_part")


_ITEM_AFTER = re.compile(_ITEM + r"(?:[,;.)]|\s*\Z|\s+(?:from|to|by|as|after|before)\b)", re.IGNORECASE)


def _summand(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'Seven passengers and three crew were on board': two counts of different nouns joined by "and" are parts of
    one group; neither counts what a fact counts under a word of its own for the whole ("people", "on board"), unless
    the fact's unit names the count's own noun (unit: [crew])."""
    unit = normalise(mention.unit)
    if not unit or unit in _NOT_A_NOUN:
        return None
    one_more = _one_more(fact, mention)
    own = _counts_its_own(fact, unit)
    if one_more and (one_more.group("modifier") or not own):
        # "Three Tongan nationals and a British woman lost their lives": for a fact counting everyone, a count
        # narrowed by a describing word beside one more of another kind is a part
        return Comparison(found, None, f"counts a part of a group ('{mention.unit}' beside '{one_more.group(2)}')",
                          "summand")
    if own:
        return None
    listed = _LISTED_GROUPS_AFTER.match(mention.after) if _counts_everyone(fact.unit) else None
    head = normalise(mention.after[:listed.start(1)].split(",")[0].split()[-1]) if listed else ""
    if listed and _group_noun(normalise(listed.group(1))) and not _counts_its_own(fact, head):
        # (not when the fact's unit names the count's own noun: "28 figure skaters" for a fact in [skaters, people])
        # "claimed the lives of 28 young figure skaters, their coaches, and family members": the first of listed groups
        return Comparison(found, None, f"counts a part of a group ('{mention.unit}' beside '{listed.group(1)}')",
                          "summand")
    m = _summand_before(mention) or _SUMMAND_AFTER.match(mention.after)
    if not m or normalise(m.group(1)) == unit or not all(_group_noun(w) for w in (unit, normalise(m.group(1)))):
        return None  # "9 new and seven old charges": modifiers of one noun
    if (normalise(m.group(1)) in INJURY_WORDS) != (unit in INJURY_WORDS):
        return None  # "the deaths of 46 miners and 28 injuries": a count of harms, no part of a group of people
    return Comparison(found, None, f"counts a part of a group ('{mention.unit}' beside '{m.group(1)}')", "summand")


def _one_more(fact: Fact, mention: Mention) -> re.Match | None:
    """For a fact counting everyone, "and" and one more of another kind after the count's noun ("Three Tongan nationals
    and a British woman"); not "and a further two were injured", another count, nor "and one later died", a filler."""
    one_more = _ONE_MORE_AFTER.match(mention.after) if _counts_everyone(fact.unit) else None
    if one_more and (_NOT_ONE_MORE.search(one_more.group()) or normalise(one_more.group(2)) in STATE_FILLERS):
        return None
    return one_more


def _summand_before(mention: Mention) -> re.Match | None:
    """The count and its noun joined to this one by "and" before it, unless this one opens a clause of its own."""
    before = _SUMMAND_BEFORE.search(mention.before)
    return None if before and _own_clause(mention.before[:before.start()], mention.after) else before


def _own_clause(before: str, after: str) -> bool:
    """A count after "and" with its own verb right after its noun ("and 79 people were wounded"), the count before it
    the object of a verb ("included 27 foreigners"): two clauses, no two parts of one group ("Seven passengers and
    three crew were on board" is one subject)."""
    return bool(_OWN_VERB_AFTER.match(after)) and any(_VERB_WORD.fullmatch(w) for w in before.lower().split())


_OWN_VERB_AFTER = re.compile(r"\s+[\w'’-]+\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+[a-z]+ed\b")
_VERB_WORD = re.compile(r"[a-z]{3,}ed|were|was|are|is|had|has|have|includes?")


# after a count's noun (past up to two describing words): a comma, another group, and "and": "28 skaters, their
# coaches, and family members"
_LISTED_GROUPS_AFTER = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}[\w'’-]+,\s+(?:their|the|his|her|its|other)\s+([a-z][\w'’-]*)"
                                  r",?\s+and\s+")
# after a count's noun (past up to two describing words): "and" then one more of another kind ("a British woman")
_ONE_MORE_AFTER = re.compile(r"\s*(?P<modifier>[A-Z][\w'’-]*\s+)?[\w'’-]+\s+and\s+(?:a|an|one)\s+(?:[A-Za-z][\w'’-]*\s+)?"
                             r"([a-z][\w'’-]*)\b(?!\s+(?:of|in|at|on)\b)")


_NOT_ONE_MORE = re.compile(r"\b(?:further|more|other|others|total|number|few|couple|dozen|handful|"
                           + alternation([*ONES, *TENS]) + r")\s*\Z", re.IGNORECASE)


@lru_cache(maxsize=1024)
def _counts_everyone(units: tuple[str, ...]) -> bool:
    """Does a fact's unit list name everyone counted (people, deaths, victims), not only one group (crew)?"""
    return any(normalise(u) in PEOPLE_UNITS or normalise(u) in DEATH_WORDS for u in units)


def _counts_its_own(fact: Fact, unit: str) -> bool:
    """Does the fact count the count's own noun: its unit list names it by itself ('crew'), and, when that list also
    names everyone counted ([people, passengers]), its terms name it too (a fact about '379 people on board' lists
    'passengers' only as a word for them; one about 'Australians' names them in its terms)?"""
    if not any(_names_alone(unit, normalise(u).split()) for u in fact.unit):
        return False
    return not _counts_everyone(fact.unit) or any(_names_alone(unit, normalise(t).split()) for t in fact.about)


def _names_alone(unit: str, words: list[str]) -> bool:
    """Does a fact's unit (its words) name the count's noun by itself ('crew', 'crew members'), not only joined to
    another group ('passengers and crew' names the whole)?"""
    return unit in words and "and" not in words


def _group_noun(word: str) -> bool:
    """A noun naming a group of things counted: a plural ("passengers") or a collective noun ("crew")."""
    return word not in _NOT_A_NOUN and (word in COLLECTIVE_NOUNS or is_plural(word))


def _other_state(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'3,958 people dead and more than 9,000 still missing': a count followed by a word of a state (STATE_GROUPS)
    counts those in that state; it is no count of a fact whose about-terms name only other states."""
    state = _count_state(mention)
    if state is None:
        return _took_part(fact, mention, found)
    named = _states_named((*fact.about, *fact.unit))  # ("rescue" names the rescued)
    if state[0] in named:
        return None
    if not named:
        # "1,301 pilgrims died", for a fact counting the pilgrims who took part: a count of those a harm befell is a
        # part, unless the claim names a state too (then its terms decide, as above)
        if state[0] not in _HARM_STATES or not _counted_noun(mention) or not _role_count(fact) \
                or _states_named(re.findall(r"[\w'’-]+", fact.claim)):
            return None  # (not a measure: "a 6.3 magnitude quake killed 15" counts no magnitudes)
        return Comparison(found, None, f"counts the {state[0]} ('{state[1]}'), a part of what the fact counts",
                          "state")
    return Comparison(found, None, f"counts the {state[0]} ('{state[1]}'), not what the fact counts", "state")


_HARM_STATES = {"dead", "missing", "injured", "arrested"}


def _took_part(fact: Fact, mention: Mention, found: str) -> Comparison | None:
    """'175,000 Indians have gone for Haj', for a fact whose claim counts the dead ("98 Indian pilgrims died"): a count
    of those who took part (``PARTICIPATION_VERBS`` after its noun) is no count of a harm's toll; nor is a count of who
    live somewhere, right after a verb of housing or "home to" (``HOUSING_VERBS``)."""
    m = _TOOK_PART.match(mention.after) or _HOUSED.search(mention.before[-40:])
    if m is None or not (_states_named(re.findall(r"[\w'’-]+", fact.claim)) & _HARM_STATES) \
            or _states_named((*fact.about, *fact.unit)) - _HARM_STATES:
        return None
    if m.re is _HOUSED:  # "camps that house almost one million refugees", "Ostia, home to 600,000 people": who live
        if normalise(mention.unit) in STATE_OF or any(normalise(t) in RESIDENT_TERMS for t in (*fact.about, *fact.unit)):
            return None  # (the housed in a state, "housing 300 injured people"; a fact of the population itself)
        return Comparison(found, None, f"counts who live there ('{m.group(1)}'), not the harmed", "state")
    return Comparison(found, None, f"counts those who took part ('{m.group(1)}'), not the harmed", "state")


# a verb of housing or "home to" right before a count (past a hedge), no state of its own after it
_HOUSED = re.compile(r"\b(" + alternation(HOUSING_VERBS) + r"|home\s+to)\s+(?:(?:almost|nearly|about|around|some|over|"
                     r"more\s+than|roughly|an\s+estimated)\s+)?\Z", re.IGNORECASE)


_TOOK_PART = re.compile(r"\s+(?:[A-Za-z’'-]+\s+){0,2}?(?:(?:have|has|had|will)\s+)?(?:also\s+)?("
                        + alternation(PARTICIPATION_VERBS) + r")\b", re.IGNORECASE)


def _role_count(fact: Fact) -> bool:
    """A fact counting people by a role ("pilgrims", "passengers"), not people as such or victims, whom a harm may
    be what makes them the fact's."""
    units = {normalise(u) for u in fact.unit}
    return bool(units - PEOPLE_UNITS) and units.isdisjoint(DEATH_WORDS | {"victims"})


def _counted_noun(mention: Mention) -> bool:
    """A count of a plural noun that is no unit of measure ("1,301 pilgrims", "10 missing climbers"; not "6.3
    magnitude", "40%")."""
    unit, after = normalise(mention.unit), mention.after.split()[:2]
    if unit in STATE_OF and _attributive(after):
        unit = normalise(after[1].strip(_MARKS))
    one = mention.value == 1 and unit.isalpha() and unit not in FUNCTION_WORDS  # ("One climber remained missing")
    return bool(unit) and (is_plural(unit) or one) and unit not in UNITS


def _states_named(texts) -> set[str]:
    """The states (STATE_GROUPS) the words of these texts name."""
    return {STATE_OF[STATE_VERBS.get(w, w)] for text in texts for w in normalise(text).replace("on board", "aboard").split()
            if w in STATE_OF or w in STATE_VERBS}


def _count_state(mention: Mention) -> tuple[str, str] | None:
    """The state a count's next words name (after its noun, up to two words modifying it, and a few fillers: "9,000
    still missing", "40 people were killed", "1,301 Muslim pilgrims died"), or a verb of a state right before it
    ("Greece arrests 9 survivors", "killed at least 40"), as (state, word), or None."""
    fatal = _FATAL_BEFORE.search(mention.before[-40:]) or _FATAL_AFTER.match(mention.after)
    if fatal:  # "fatally shot 32 people", "11 were fatally wounded": the dead, whatever state the verb alone names
        return "dead", " ".join(fatal.group(1).lower().split())
    before = _STATE_BEFORE.search(mention.before[-40:])
    if before:
        w = normalise(before.group(1))
        return STATE_OF[STATE_VERBS[w]], w
    noun = _STATE_NOUN_BEFORE.search(mention.before[-40:])
    if noun:  # "resulted in the deaths of 22 crew": the count of the dead
        return STATE_NOUNS_OF[noun.group(1).lower()], noun.group(1).lower()
    return _state_after(mention)


def _own_predicate(window: list[str], k: int) -> bool:
    """'claimed the lives of 40 people and injured at least 90': a state word after "and" with a count of its own
    (or a hedge before one) right after it is a predicate of its own, no state of the count before."""
    if not k or window[k - 1].lower() != "and" or k + 1 >= len(window):
        return False
    w = normalise(window[k + 1].strip(_MARKS))
    return w[:1].isdigit() or w in ONES or w in TENS or w in _HEDGE_STARTS


_HEDGE_STARTS = frozenset(h.split()[0] for h in HEDGES)


# a count's noun, then a part of it set off by commas: "146 people, including six children, were killed"
_PART_ASIDE = re.compile(r"(?P<head>\s*(?:[\w'’-]+\s+){0,2}?[\w'’-]+),\s+(?:including|among\s+them|mostly)\s+[^,;:.()]{1,40},")


def _state_after(mention: Mention) -> tuple[str, str] | None:
    """_count_state's reading of the words after the count."""
    nouns, head = 0, False  # the count's noun phrase so far: its words, and whether its (plural) head was read
    named = None  # a head noun that names a state itself ("9 survivors", "40 deaths"), unless a verb after names one
    passive = False  # a form of "be" read before the state word ("were arrested Thursday": no act of the count's)
    aside = _PART_ASIDE.match(mention.after)  # ("146 people, including six children, were killed": past the part)
    window = (aside.group("head") + mention.after[aside.end():] if aside else mention.after).split()[:6]
    for k, word in enumerate(window):
        w = normalise(word.strip(_MARKS))
        aboard = _aboard(mention, window, k, w)
        if aboard is not None:
            if aboard:
                return aboard
            continue
        if w in STATE_OF and not head and is_plural(w) and w not in _STATE_ENDS:
            named, head = (STATE_OF[w], w), True  # "9 survivors were arrested": the verb's state, if any, wins
            if _ALL_BEFORE.search(mention.before[-8:]):
                return named  # "all 110 survivors were hospitalised": the whole group, whatever befalls it
        elif w in STATE_OF:
            return _state_word(mention, window, k, passive, named)
        elif w in STATE_FILLERS or w in ("people", "persons") or head and w in ("who", "that") and not named:
            # ("a dozen hikers who went missing": the relative clause tells the noun's state)
            head, passive = True, passive or w in BE_FORMS
        else:
            step = _noun_step(w, word, nouns, head, named is not None, k > 0 and window[k - 1].lower() in ("and", "or"))
            if step is None:
                return named
            nouns, head = step
        if word[-1:] in ",;:.!?":
            return named
    return named


def _in_hospital(window: list[str], k: int) -> bool:
    """Do the words from k say "in (the) hospital" (``IN_HOSPITAL``), closing the clause: a mark after it, or the
    window's end (not "in the hospital bus", "in the hospital when they were killed")?"""
    words = [normalise(x.strip(_MARKS)) for x in window[k:k + 3]]
    return any(" ".join(words[:n]) in IN_HOSPITAL and (k + n == len(window) or window[k + n - 1][-1:] in ",;:.!?")
               for n in (2, 3) if len(words) >= n and not any(x[-1:] in ",;:.!?" for x in window[k:k + n - 1]))


def _relative_state(mention: Mention, window: list[str], k: int) -> bool:
    """In a relative clause after the count's noun, only a word that is a state itself, no participle of something done
    to them ("a dozen hikers who went missing"; not "30 pilgrims who were injured when it overturned", "40 hostages who
    were held", which may be all of those counted), with no object after it ("hikers that were missing a guide")."""
    w = normalise(window[k].strip(_MARKS))
    nxt = window[k + 1].lower() if k + 1 < len(window) and window[k][-1:] not in ",;:.!?" else ""
    return not w.endswith("ed") and w not in IRREGULAR_PAST and not _active(mention.after, window[k]) \
        and nxt not in DETERMINERS


def _state_word(mention: Mention, window: list[str], k: int, passive: bool,
                named: tuple[str, str] | None) -> tuple[str, str] | None:
    """The state the word of a state at word k of the count's window names, or None where it is a verb with an object
    ("350 firefighters evacuated residents") or a predicate of its own (``named``, the noun's own state, in a relative
    clause that tells none)."""
    w = normalise(window[k].strip(_MARKS))
    if any(x.lower() in ("who", "that") for x in window[:k]) and not _relative_state(mention, window, k):
        return named
    if not k and _attributive(window):
        return STATE_OF[w], w  # "10 missing climbers": a state word before the count's noun describes it
    return None if _own_predicate(window, k) or not passive and _active(mention.after, window[k]) else (STATE_OF[w], w)


def _attributive(window: list[str]) -> bool:
    """Is the state word right after a count followed by the count's plural noun ("10 missing climbers", "11 deceased
    hikers"), an adjective before it, not a verb with an object?"""
    nxt = normalise(window[1].strip(_MARKS)) if len(window) > 1 and window[0][-1:] not in ",;:.!?" else ""
    return nxt.isalpha() and is_plural(nxt) and nxt not in FUNCTION_WORDS and nxt not in STATE_OF


def _noun_step(w: str, word: str, nouns: int, head: bool, named: bool, joined: bool) -> tuple[int, bool] | None:
    """The count's noun phrase read on to word ``w`` (``word`` as written; ``joined``: right after "and"): its noun words
    so far and whether its head is read, or None where the phrase ends."""
    if joined and w not in COLLECTIVE_NOUNS:
        return None  # ("476 passengers and coastguards rescued 172": another clause's subject)
    if not head and nouns < 3 and w.isalpha() and w not in FUNCTION_WORDS:
        # "Muslim pilgrims": the phrase ends at its plural noun (or a collective one after "and": "passengers and crew")
        return nouns + 1, is_plural(w) or nouns > 0 and w in COLLECTIVE_NOUNS
    if head and w in ("and", "or") and not named and word[-1:] not in ",;:.!?":
        return nouns, False  # "32 passengers and crew died": a second noun joined to the first, one phrase
    return None


def _aboard(mention: Mention, window: list[str], k: int, w: str) -> tuple[str, str] | None | tuple[()]:
    """'a plane with 72 people on board' counts those aboard: ("aboard", word), and "12 were in hospital" the injured;
    () for a word of being aboard that leaves the count to what follows ("all 72 people on board", "72 on board were
    killed": the harmed as well, when "all" stands before or a state follows); None for any other word."""
    if w == "in" and k and window[k - 1].lower() in STATE_FILLERS and _in_hospital(window, k):
        return STATE_OF["hospitalised"], "in hospital"  # ("12 students were in the hospital": the injured)
    after = k + 1
    if k + 1 < len(window) and f"{w} {normalise(window[k + 1].strip(_MARKS))}" in ABOARD_WORDS:
        w, after = "aboard", k + 2  # "72 people on board"
    if STATE_OF.get(w) != "aboard":
        return None
    everyone = _ALL_BEFORE.search(mention.before[-8:]) or _WHOLE_BEFORE.search(mention.before[-16:])
    if _survived_after(window, after) and not everyone:
        return "rescued", "survived"  # "185 people on board survived the crash": the survivors
    if _PART_OF_BEFORE.search(mention.before[-40:]):
        return "aboard", w  # "41 out of 78 people aboard died": the whole a part is taken from, all of those aboard
    return () if everyone or _harm_follows(mention.after) else ("aboard", w)


def _harm_follows(after: str) -> bool:
    """A word of another state than being aboard later in the count's phrase, up to its punctuation ("the 181 aboard
    a crashed Boeing 737-800 died"): those aboard are the harmed too."""
    phrase = re.split(r"[,;:.!?]\s", after, maxsplit=1)[0].split()[:_HARM_REACH]
    return any(STATE_OF.get(normalise(x.strip("\"“”()")), "aboard") != "aboard" or normalise(x) in STATE_VERBS
               for x in phrase)


_HARM_REACH = 12  # words
_MARKS = ".,;:!?\"“”()"  # the punctuation around a word of the count's phrase


_STATE_ENDS = {"dead", "missing", "injured", "killed"}  # states that are no plural noun, though they may end in s
_ALL_BEFORE = re.compile(r"\ball\s+\Z", re.IGNORECASE)


def _active(after: str, verb: str) -> bool:
    """'350 firefighters evacuated residents': a verb of a state right after the count's noun, with an object after it
    (a word that is no function word or filler), is the count's own act: the count is its agent, in no state."""
    if normalise(verb.strip(_MARKS)) in _SURVIVING or verb[-1:] in ",;:.!?":
        return False  # "185 people on board survived the crash": survivors, whatever they survived; "6 went
        # missing, totaling": a punctuation mark ends the clause before any object
    rest = after.split(verb, 1)[1].split()[:1] if verb in after else []
    if not rest or rest[0][-1:] in ",;:.!?":
        return False
    w = normalise(rest[0].strip("\"“”()"))
    return w.isalpha() and w not in FUNCTION_WORDS and w not in STATE_FILLERS and w not in CALENDAR_WORDS \
        and w not in DAY_WORDS  # ("55 people injured Tuesday": a time, no object)

_SURVIVING = {"survived", "survive", "survives"}
# "None of the 296 people on board survived", "Only two of the 296 ...": the count is the whole the part is taken from
_WHOLE_BEFORE = re.compile(r"\b(?:of|among)\s+(?:the\s+|its\s+|their\s+)?\Z", re.IGNORECASE)


# "41 out of 78 people aboard died", "two of the 150 on board": a count, "of" and the whole the part is taken from
_PART_OF_BEFORE = re.compile(r"(?:\b\d[\d,]*|(?<!every\s)(?<!each\s)(?<!any\s)(?<!not\s)(?<!single\s)(?<!last\s)\b(?:" + alternation(set(ONES) | set(TENS))
                             + r")(?:-[a-z]+)?|\bout)\s+(?:of|among)"
                             r"\s+(?:the\s+|its\s+|their\s+)?\Z", re.IGNORECASE)


def _survived_after(window: list[str], k: int) -> bool:
    """Does a verb of surviving stand at word k of the count's window (right after "on board")?"""
    return k < len(window) and normalise(window[k].strip(_MARKS)) in _SURVIVING
# "fatally shot 32 people": an adverb of death, a verb of harm, a hedge, then the count
_FATAL_BEFORE = re.compile(r"\b((?:" + alternation(FATAL_ADVERBS) + r")\s+(?:" + alternation(FATAL_HARMS) + r"))\s+(?:(?:"
                           + alternation(HEDGES) + r")\s+)?\Z", re.IGNORECASE)
# "11 people were fatally wounded": the count's noun (up to three words), a form of "be", the adverb and the harm
_FATAL_AFTER = re.compile(r"\s+(?:[A-Za-z’'-]+\s+){0,3}?(?:were|was|are|is|have\s+been|had\s+been)\s+((?:"
                          + alternation(FATAL_ADVERBS) + r")\s+(?:" + alternation(FATAL_HARMS) + r"))\b", re.IGNORECASE)
# "Greece arrests 9 survivors", "the quake killed at least 40": a verb of a state, a hedge, then the count
_STATE_NOUN_BEFORE = re.compile(r"\b(" + alternation(STATE_NOUNS_OF) + r")\s+of\s+(?:(?:the|all|" + alternation(HEDGES)
                                + r")\s+)*\Z", re.IGNORECASE)
_STATE_BEFORE = re.compile(r"\b(" + alternation(STATE_VERBS) + r")\s+(?:(?:" + alternation(HEDGES) + r")\s+)?\Z",
                           re.IGNORECASE)


def compare(fact: Fact, mention: Mention, prepared) -> Comparison:
    """A rank fact reads ordinals ("the fourth nation") and counts ("one of four nations") of its unit; a count
    fact reads counts only, as "the fifth country to sign" says nothing of how many signed in the end.  A count
    that is no total ("1,000 units daily", "the remaining 12", "a year after", "one count each") is set aside."""
    if not is_ordinal(mention):
        return (_rank_set(fact, mention) or _one_speaker(mention) or _other_side(fact, mention) or _no_margin(fact, mention) or _clock_no_gap(fact, mention)
                or _a_change(fact, mention) or _no_total(fact, mention) or compare_number(fact, mention, prepared.units))
    found = f"{mention.text} {mention.unit}"
    if not is_rank(fact):
        return Comparison(found, None, "a rank, and this fact is a count", "ordinal")
    if mention.value == 1 and fact.value != 1:
        # news marks each new record with "first" ("the first country to land near the pole"): a "first"
        # that is not the fact's rank ranks a record of its own
        return Comparison(found, None, "'first' ranks a record of its own", "first_record")
    return compare_number(fact, mention, prepared.units)


def _one_speaker(mention: Mention) -> Comparison | None:
    """'with one student telling reporters', 'When one resident shouted at Macron': "one" and a singular noun before a
    verb of speaking (``SPEAKING_VERBS``) names a speaker, no count of a group (not after "only")."""
    m = _SPEAKER_AFTER.match(mention.after)
    if mention.text.lower() != "one" or m is None or is_plural(normalise(m.group(1))) or _ONLY_BEFORE.search(mention.before):
        return None  # ("Only one province reported new cases": a count)
    return Comparison(f"one {m.group(1)}", None, f"names one speaker ('one {m.group(1)} {m.group(2)}'), no count",
                      "unit")


# a singular noun right after the count, then a verb of speaking (not "wrote", "announced", "reported", "claimed": a
# count may do those: "One judge wrote a dissent")
_SPEAKER_AFTER = re.compile(r"\s+([a-z][\w'’-]*)\s+(" + alternation(SPEAKING_VERBS) + r")\b")
_ONLY_BEFORE = re.compile(r"\b(?:only|just)\s+\Z", re.IGNORECASE)


def _rank_set(fact: Fact, mention: Mention) -> Comparison | None:
    """'the third highest of four alert levels': for a rank fact, a count after a rank and "of" is the size of the
    set the rank is taken from, no rank."""
    m = _RANK_OF_BEFORE.search(mention.before) if is_rank(fact) else None
    if m is None:
        return None
    return Comparison(f"{mention.text} {mention.unit}", None,
                      f"the size of the set a rank is taken from ('{' '.join(m.group(1).split())} of')", "ordinal")


# a rank (an ordinal, a superlative, or both: "the third highest"), "of" and maybe a determiner, right before a count
_RANK_OF_BEFORE = re.compile(r"\b((?:(?:" + alternation(ORDINAL_WORDS) + r"|last)[\s-]+)?(?:" + alternation(ORDINAL_WORDS)
                             + "|" + alternation(SUPERLATIVES) + r"))\s+of\s+(?:the\s+|its\s+|their\s+)?\Z", re.IGNORECASE)


UNIT = Field("unit", "Word(s) naming what is counted; a number counts only with one of them. Units of time "
                     "and length convert.", TERMS_SHAPE,
             lambda nodes, file, problems: terms(nodes, "unit", file, problems) or ())
TOLERANCE = Field("tolerance", "How far a stated number may be from the value and still agree: absolute (3) "
                               "or relative (\"5%\"). Default 0.",
                  {"anyOf": [{"type": "number", "minimum": 0}, {"type": "string", "pattern": "^[0-9.]+ *%$"}]},
                  lambda nodes, file, problems: _tolerance(nodes.get("tolerance"), file, problems))


def words(label: str) -> str:
    """'2.86e+07 viewers' as a person reads it, '28,600,000 viewers' (labels keep Python's short form, which
    JSON keeps); a number written without an exponent is left as it is."""
    amount, _, rest = label.partition(" ")
    if "e" not in amount:
        return label
    try:
        value = float(amount)
    except ValueError:
        return label
    shown = f"{int(value):,}" if value.is_integer() else f"{value:,.9f}".rstrip("0").rstrip(".")
    return f"{shown} {rest}".rstrip()


NUMBER = Kind(
    name="number",
    label="number",
    value_help="integer or decimal",
    parse_value=_parse,
    mentions=_mentions,
    attach=attach_value,
    compare=compare,
    fields=(UNIT, TOLERANCE),
    validate=_validate,
    words=words,
    ranks=is_rank,
    only_value=True,
)
