"""Rules for dates and numbers tied to another event or thing: a temporal relation ("two days after the
vote"), another instance, an event's complement, a cleft, a target date, an intended act, a counted relative, a
negated clause; and the value's clause rule."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from ..match import Hit
from ..model import Mention
from ..lang.calendar import CALENDAR_WORDS, DAY_PARTS, DAY_WORDS, HOLIDAYS, MONTH_NAMES, SEASONS, TIME_NOUNS, WEEKDAY_NAMES, WEEKDAYS
from ..dates.fragments import is_year
from ..lang.cues import KNOWN_EVENT_NOUNS, SCHEDULED_EVENTS
from ..lang.grammar import NOUN_PHRASE_OPENERS as DETERMINERS
from ..lang.grammar import (ATTACK_WORDS, BOUND_NOUNS, RANK_WORDS, FUTURE_MODALS, TELLING_VERBS, EVENT_PEOPLE, PERFECT_ADVERBS, SETTING_VERBS, LIKENESS_ADJECTIVES, PLACE_NOUNS, PARTICLES, ACTING_ON_PREPOSITIONS, ACTING_ON_VERBS, JUDGING_VERBS, EARLIER_SAYING_LEADS, HABITUAL_ADVERBS, NAME_YEAR_NOUNS,
                            LEGAL_ACTS, LEGAL_GROUND_EVENTS, LEGAL_GROUND_PREPOSITIONS, PART_NOUNS, PLAN_VERBS, QUANTITY_HEADS,
                            TRYING_VERBS,
                            SCOPE_WORDS, SHARE_VERBS, AFTERMATH_NOUNS, PLAN_NOUNS, ASKING_WORDS, ATTEMPT_NOUNS, ACTOR_HEADS, AUXILIARIES, BE_FORMS, BEFORE_AUDIENCES, CLAIM_NOUNS,
                            CLAUSE_OPENERS, COMPARATIVES, COMPLEMENT_PREPOSITIONS, COMPLEMENT_VERBS, CONTRASTS,
                            DECLARING_VERBS, DENIAL_VERBS, ERROR_ADVERBS, ERROR_SAYING_VERBS, ENACTING_VERBS, END_COMPLEMENTS, ENDING_VERBS, EVENT_ASPECTS,
                            FAILURE_VERBS, FAILURE_WORDS, FIGURE_NOUNS, FUNCTION_WORDS, GOING_ON_AFTER,
                            INFINITIVE_SHARERS, IRREGULAR_PAST, APPOINTING_VERBS, KEEPING_VERBS, OBJECT_PRONOUNS, POST_VERBS, NAMING_VERBS, NEGATIONS, NON_RESTRICTIVE, NOT_DENIALS,
                            LATER_INSTANCE_WORDS, NOT_TEMPORAL_BEFORE, ONGOING_BEFORE, ONGOING_WORDS, ORDINAL_NOT_INSTANCE, OTHER_INSTANCE, PAST_INSTANCE_ADVERBS, PERFECT_MODALS, REPLACED_NOUNS,
                            PLAN_CHANGES, PROPOSAL_NOUNS, RELATIVE_PRONOUNS, RUN_HEADS, REPORT_NOUNS, REPORTING_VERBS, RESPONSE_VERBS, ROLE_NOUNS, SAYING_VERBS, SHOWING_VERBS, TELLING_NOUNS,
                            SCHEDULED_WORDS, SETTING_PARTICIPLES, SPAN_WORDS, TEMPORAL_RELATIONS)
from ..lang.numbers import DECIMAL_PARTS, FRACTION_WORDS, ONES, ORDINAL_WORDS, TENS, UNITS, VAGUE_PARTS
from ..numbers import range_bounds, superlative
from ..words import Word, alternation, is_plural, normalise, singular
from .clauses import (_name_run_back, Analysed, FAR_AWAY, _span_then_past, _aside_after, is_ordinal, _CLAUSE_PUNCT, _covered, Decision, described_from, _gap, _has_unit, _hit_in,
                      _name_run_at, _NOT_MODIFIERS, noun_before_participle, _noun_like, OTHER_NOUNS_EVENT, _plain_noun,
                      _ing, _participle_aside, _past, per_sentence, _phrase_at, phrase_ends, phrase_table, _plain_run,
                      _relative_to, _same_clause, _SPACED_DASH, _span, _SUBJECT_PRONOUNS, _unit_inside, _verb_in_phrase,
                      _verb_like, _words)


# A part of the day may stand between the preposition and the date ("It was in the early afternoon of Friday 7 April
# that ..."), and a weekday before it.
_CLEFT = re.compile(r"\b(?:it|this)\s+(?:was|is|wasn['’]t|isn['’]t|had\s+been|has\s+been|will\s+be)\s+(?:not\s+)?"
                    r"(?:(?:until|till|only|just|not\s+until|only\s+after|early|late)\s+)?(?:(?:on|in|at|by|after|since)\s+)?"
                    rf"(?:the\s+(?:(?:early|late|small)\s+)?(?:{alternation(DAY_PARTS + ('hours',))})\s+of\s+)?"
                    rf"(?:(?:{alternation(WEEKDAY_NAMES)}),?\s+)?\Z", re.IGNORECASE)
_TELLING = ACTING_ON_VERBS | SAYING_VERBS | REPORTING_VERBS | SHOWING_VERBS
_TELLING_NOUNS = REPORT_NOUNS | TELLING_NOUNS
_RELATIVE_AFTER_DATE = re.compile(r"\s*,?\s*(?:that|which)\b", re.IGNORECASE)
_CLEFT_THAT = re.compile(r"\s*,?\s*(?:that|when)\b", re.IGNORECASE)


# Word sets the rules test words against, built once.
_RELATIVE_OR_THAT = (NON_RESTRICTIVE - {"where"}) | {"that"}  # "the 12 sailors where the reef ...": a place, not them
_OPENS_NOUN_OR_VERB = DETERMINERS | AUXILIARIES


def perfect_past_day(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Prosecutors have filed murder charges over the shootout on April 3': a present perfect ("have filed", "has been
    charged") takes no past day of its own, so a day after "on" right after a noun of an event dates that event."""
    if mention.kind != "date" or mention.value.grain != "day" or mention.relative:
        return None
    ws, k = an.words, an.index_at(mention.start) - 1  # the "on" before the day
    if k < 2 or ws[k].norm != "on" or _gap(an, k).strip():
        return None
    noun = _event_before_of(ws, k)
    if ws[noun].norm not in KNOWN_EVENT_NOUNS or not _perfect_before(an, noun):
        return None
    if any(h.first <= noun <= h.last for h in about):
        return Decision(True, f"dates '{ws[noun].text}'")
    return Decision(False, f"dates '{ws[noun].text}': a present perfect takes no past day of its own")


def _event_before_of(ws: tuple[Word, ...], k: int) -> int:
    """The word before word ``k``, or before the of-phrase ending there ("the crash of Dana aircraft 992 on June 3":
    "of", maybe a determiner, then up to four words that are no function words): the noun a phrase at ``k`` follows."""
    j = k - 1
    while j > max(0, k - 5) and ws[j].norm not in FUNCTION_WORDS:
        j -= 1
    j -= j < k - 1 and ws[j].norm in DETERMINERS
    return j - 1 if j < k - 1 and j >= 1 and ws[j].norm == "of" else k - 1


def _perfect_before(an: Analysed, k: int) -> bool:
    """Is the clause of word k a present perfect ("have filed", "has been charged") before it?"""
    ws, here = an.words, an.clause[k]
    for j in range(k - 1, 0, -1):
        if an.clause[j] != here:
            return False
        if (_past(ws[j]) or ws[j].norm == "been") and an.clause[j - 1] == here and _has_before(ws, j):
            return True
    return False


def _has_before(ws: tuple[Word, ...], j: int) -> bool:
    """Is "has"/"have" right before word j, or before adverbs there ("has all but handed", "have already filed")?"""
    k = j - 1
    while k > 0 and j - k <= 3 and (ws[k].norm in PERFECT_ADVERBS or ws[k].norm.endswith("ly") and len(ws[k].norm) > 4):
        k -= 1
    return ws[k].norm in ("has", "have")


def temporal_relation(an: Analysed, mention: Hit | Mention, about: list[Hit]) -> Decision | None:
    """'suspended the licences following a collision in 2019', 'toured the port on Monday, ten days after the storm hit': a
    phrase opened by after/following/before/prior to/in response to names another event at another time; a value
    inside it is that event's, a value outside it is not that event's.  A place only when a span of time sets the two
    events apart ('held 10 days after the flood, in Aske' does not place the flood; 'the ferry from Aske lost power
    after departure' may)."""
    phrases = _relations_for(an, mention)
    if not phrases:
        return None
    own = _phrase_holding(phrases, _restated_weekday(an, mention))
    about = _event_terms(an, about)
    if any(_phrase_holding(phrases, h.first) == own for h in about):
        return None
    span = _interval_before(an, mention, phrases, about)
    if span:
        return span
    if isinstance(mention, Hit) and not (_after_interval(an, own or _phrase_holding(phrases, about[0].first))
                                         or _dated_phrase(an, _phrase_holding(phrases, about[0].first))
                                         or own is None and _gerund_act(an, _phrase_holding(phrases, about[0].first),
                                                                        mention)):
        return None
    if own is not None:
        apart = isinstance(mention, Mention) and _after_interval(an, own, 1)
        if an.words[own.start].norm in ("after", "before") and not apart and not any(
                _verb_in_phrase(an, j) and an.words[j].norm not in REPORTING_VERBS
                for j in range(own.start + 1, own.stop)):  # ("the intended landing": an adjective, no verb)
            # "disappeared after a picnic on 3 May": a date in a verbless after-phrase may date both, so it dates the
            # term only loosely (not "came a year after his arrest in May": a span of days or more sets them apart)
            decision = _same_clause(an, an.index_at(mention.start), about)
            return replace(decision, weak=f"possible conflict: it stands in '{_words(an, own)}', maybe that event's "
                                          "time") if decision.attached else None
        return Decision(False, f"belongs to the other event '{_words(an, own)}'")
    other = _phrase_holding(phrases, about[0].first)
    return _outside_the_phrase(an, mention, about[0], other)


def _event_terms(an: Analysed, about: list[Hit]) -> list[Hit]:
    """The terms that may name the clause's event: not one naming an event right before a noun of people it names
    (``_people_modifier``: "the shooting suspect appeared in court following this week's shooting": the suspect's),
    unless every term is so."""
    events = [h for h in about if not _people_modifier(an, h)]
    return events or about


def _relations_for(an: Analysed, mention: Hit | Mention) -> tuple[range, ...]:
    """The relation phrases that may hold the value: for a number, not one whose gerund shares the clause's subject
    ("All 12 boys were rescued after being trapped for 18 days": its counts are the other event's too)."""
    phrases = _relation_phrases(an)
    if phrases and isinstance(mention, Mention) and mention.kind == "number":
        phrases = tuple(p for p in phrases if an.words[p.start].norm not in ("related", "stemming"))
        # ("17 deaths related to the heatwave", "40 lawsuits stemming from the crash": the count is of that event's)
        phrases = tuple(p for p in phrases if p.stop - p.start < 2 or an.words[p.start + 1].norm not in _GERUND_AUX
                        and not _span_then_past(an.words, p.start + 1))
        # ("emerged after 69 days trapped underground": how long the clause's own subject was so)
    return phrases


def _interval_before(an: Analysed, mention: Hit | Mention, phrases: tuple[range, ...], about: list[Hit]) -> Decision | None:
    """'seven months after Russia invaded Ukraine', 'a week after Lula's inauguration': a span of time right before an
    after- or before-phrase is the time between the clause's event and the phrase's, so it is the phrase's event's too:
    attached when a term stands in that phrase."""
    if not (isinstance(mention, Mention) and mention.kind == "number"
            and UNITS.get(normalise(mention.unit), ("",))[0] == "time"):
        return None
    k = an.index_after(mention.end)  # past the unit's word ("months")
    k += k < len(an.words) and an.words[k].norm == normalise(mention.unit)
    phrase = next((p for p in phrases if p.start == k and an.words[k].norm in ("after", "before")), None)
    term = next((h for h in about if phrase is not None and h.first in phrase), None)
    if term is None:
        return None
    why = f"is the time from '{_words(an, phrase)}', where '{_span(an, term)}' stands"
    # loosely: the span may run to another event than the fact's ("Finland applied three months after the invasion")
    return Decision(True, why, weak="possible conflict: the time from the event the term names to another, maybe")


def _outside_the_phrase(an: Analysed, mention: Hit | Mention, term: Hit, other: range | None) -> Decision:
    """A value outside the relation phrase holding the term is not that event's; but 'arrived at 10:17 p.m. on Oct.
    29, minutes after the accident occurred': a day outside a phrase of moments after or before the term's event is
    that event's day too, attached loosely."""
    if not (isinstance(mention, Mention) and mention.kind == "date" and mention.value.grain == "day" and other
            and other.start >= 2 and an.words[other.start - 1].norm in _MOMENTS_APART
            and an.words[other.start].norm == "after" and _gap(an, other.start - 1).strip() == ","
            and an.words[other.start - 2].end <= mention.end):  # right after the date: ", minutes after"
        return Decision(False, f"'{_span(an, term)}' is in '{_words(an, other)}', another event than this value's")
    return Decision(True, f"dates what happened '{an.words[other.start - 1].text} {_words(an, other)}'",
                    weak=f"possible conflict: '{_span(an, term)}' is in '{_words(an, other)}', moments apart")


_MOMENTS_APART = {"seconds", "minutes", "moments", "shortly"}  # (not "soon", "just": often days)


def _restated_weekday(an: Analysed, mention: Hit | Mention) -> int:
    """The word a value starts at; for 'on Tuesday, January 2' the weekday's, as the date after the comma restates it."""
    k = an.index_at(mention.start)
    if isinstance(mention, Mention) and mention.kind == "date" and k >= 1 and an.words[k - 1].norm in WEEKDAYS \
            and _gap(an, k).strip() == ",":
        return k - 1
    return k


def _dated_phrase(an: Analysed, phrase: range | None) -> bool:
    """'lies in rest in the chapel following his death April 21, 2025': a relation phrase with a date of its own
    names an event at its own time, apart from the clause's, whose place it does not take."""
    return phrase is not None and any(
        is_year(an.words[j].norm) or an.words[j].capitalised and an.words[j].norm in MONTH_NAMES for j in phrase)


def _gerund_act(an: Analysed, phrase: range | None, place: Hit) -> bool:
    """'landed in Sindh before flying over the worst-hit areas': a relation phrase opened by a gerund of motion or
    act of its own (not "being"/"having", an event done to the subject) tells the subject's next or earlier act, at
    its own place, which the clause's place before it is not (a place after it may go on the phrase: "grazed Florida
    before making landfall at 6:10 a.m. on Aug. 29, in Buras")."""
    if phrase is None or phrase.stop - phrase.start < 3 or an.words[phrase.start].norm not in ("before", "after") \
            or place.last >= phrase.start:
        return False
    word = an.words[phrase.start + 1]
    return word.norm.endswith("ing") and word.norm not in _GERUND_AUX and word.norm not in _LINKING_GERUNDS \
        and not word.capitalised and len(word.norm) > 4


# gerunds of what the subject itself became or did in place ("after becoming the worst-hit province", "after making
# landfall"): no act at another place
_LINKING_GERUNDS = frozenset({"becoming", "remaining", "ending", "leaving", "turning", "proving", "emerging", "staying",
                              "making", "going"})


def _after_interval(an: Analysed, phrase: range | None, least: float = 0) -> bool:
    """'10 days after the flood', 'a week before the vote': the relation phrase follows a span of time (of at least
    ``least`` days)."""
    k = phrase.start - 1 if phrase else -1
    dimension, size = UNITS.get(an.words[k].norm, ("", 0)) if k >= 0 else ("", 0)
    return dimension == "time" and size >= least


_GERUND_AUX = ("being", "having")  # "after being shot", "after having been arrested": an event in a gerund
_TEMPORAL = phrase_table(TEMPORAL_RELATIONS)
_TEMPORAL_ENDS = phrase_ends(_TEMPORAL)
_BEFORE_OBJECT = {"nearly", "about", "almost", "just", "some", "only", "over", "more", "than", "around", "roughly",
                  "shortly", "soon", "days", "weeks", "hours", "months", "years"}


def _phrase_holding(phrases: list[range], k: int) -> range | None:
    return next((p for p in phrases if k in p), None)


@per_sentence
def _relation_phrases(an: Analysed) -> tuple[range, ...]:
    """The temporal relation phrases of the sentence: from 'after'/'following'/... to the next comma, bracket,
    dash or subordinator (a relative clause in it describes the other event and stays in it)."""
    ws, spans, k = an.words, [], 0
    reason = "for" in an.norms and not an.norms.isdisjoint(RESPONSE_VERBS)
    if an.norms.isdisjoint(_TEMPORAL_ENDS) and not reason:
        return ()  # no relation phrase (most sentences)
    while k < len(ws):
        p = _phrase_at(ws, k, _TEMPORAL) if ws[k].norm in _TEMPORAL else None
        if p is None and reason and ws[k].norm == "for" and _answers_before(an, k):
            p = ("for",)  # "apologized on Tuesday for the update that ...": the reason, another event
        if p is None:
            k += 1
            continue
        obj = k + len(p)
        if _relation_object(an, k, obj):
            end = obj
            while end + 1 < len(ws):
                past = _after_participle_aside(an, end + 1)
                if past is not None:  # ", handcuffed and lying prone on the street,": an aside inside the phrase
                    end = past
                elif _ends_relation(an, end + 1):
                    break
                else:
                    end += 1
            if tuple(p) in _NOUN_RELATIONS:  # ("charges in relation to the disaster were brought in June 2017":
                # a noun phrase's relation ends at its sentence's verb)
                end = next((j - 1 for j in range(obj, end + 1) if an.words[j].norm in _FINITE_WORDS), end)
            spans.append(range(k, end + 1))
        k = obj
    return tuple(spans)


_FINITE_WORDS = BE_FORMS | AUXILIARIES
_NOUN_RELATIONS = {("in", "connection", "with"), ("in", "connection", "to"), ("related", "to"), ("stemming", "from"),
                   ("in", "relation", "to")}  # relations that take a noun phrase, never a clause


_GLOSS = re.compile(r"\(\s*[$€£¥₹]?[\d.,]+\s?[A-Za-z]{0,8}\s*\)")  # "(£36bn)", "(57 km)": another form of a value


def _after_participle_aside(an: Analysed, j: int) -> int | None:
    """If word j opens a participle aside set off by commas ('video showed him kneeling on Lind, handcuffed and
    lying prone, for nine minutes'), the first word after it: the phrase it interrupts goes on there."""
    if not _participle_aside(an.sentence.text, an.words, j, _gap(an, j)):
        return None
    k = an.index_after(an.sentence.text.find(",", an.words[j].end))
    return k if k < len(an.words) else None


def _ends_relation(an: Analysed, j: int) -> bool:
    between, w = _gap(an, j), an.words[j]
    if _own_separator(an, j, between):
        return False
    if "(" in between or ")" in between:  # "before he completed the $44bn (£36bn) takeover": a gloss goes on
        text = an.sentence.text
        opening = text.rfind("(", 0, w.start if "(" in between else an.words[j - 1].end)
        gloss = _GLOSS.match(text, opening) if opening >= 0 else None
        if gloss and "," not in between:
            return False
    if between.strip() == "," and w.norm in _DESCRIBING:
        return False  # "following the devastation caused by Helene, which struck in September": it describes it
    return ("," in between or bool(_CLAUSE_PUNCT.search(between)) or bool(_SPACED_DASH.search(between))
            or (w.norm in CLAUSE_OPENERS and w.norm not in RELATIVE_PRONOUNS)
            or (w.norm in _TEMPORAL and _phrase_at(an.words, j, _TEMPORAL) is not None)
            or (w.norm == "for" and _answers_before(an, j)))  # another reason phrase: each word read once


_DESCRIBING = {"which", "who", "whose"}  # after a comma: a relative clause describing the phrase's last noun


def _own_separator(an: Analysed, j: int, between: str) -> bool:
    """'left more than 300,000 dead', 'at 5:41 p.m.', 'on April 14, 2023 from Kourou': a number's, a time's or a
    date's own separator before word j, no end of a phrase."""
    if between in (",", ".", ":") and an.words[j].norm[:1].isdigit() and an.words[j - 1].norm[-1:].isdigit():
        return True
    return between.strip() == "," and _date_comma(an, j)


def _date_comma(an: Analysed, j: int) -> bool:
    """Is the comma before word j a date's own ("April 14, 2023": a month, a day, then the year; "Monday, April 14":
    a weekday, then the month), the phrase going on past the date with a preposition ("on April 14, 2023 from
    Kourou"; not "after the crash on May 3, 2019 investigators published ...", a clause of its own)?"""
    ws = an.words
    if is_year(ws[j].norm) and j >= 2 and ws[j - 1].norm.isdigit() and ws[j - 2].norm in MONTH_NAMES:
        end = j + 1
    elif ws[j - 1].norm in WEEKDAY_NAMES and ws[j].norm in MONTH_NAMES and ws[j].capitalised:
        end = j + 2 if j + 1 < len(ws) and ws[j + 1].norm.isdigit() else j + 1
    else:
        return False
    return end < len(ws) and not _gap(an, end).strip() and ws[end].norm in _GOES_ON


_GOES_ON = frozenset({"from", "at", "in", "near", "off", "to", "aboard", "over", "on", "by", "with", "atop",
                      "under"})  # a date's phrase going on


def _answers_before(an: Analysed, k: int) -> bool:
    """A verb of answering for something (``RESPONSE_VERBS``) earlier in the clause of the "for" at k."""
    first = _first_response(an).get(an.clause[k])
    return first is not None and first < k


@per_sentence
def _first_response(an: Analysed) -> dict[int, int]:
    """Each clause's first verb of answering for something (one pass over the sentence, however many "for"s)."""
    out: dict[int, int] = {}
    for j, w in enumerate(an.words):
        if w.norm in RESPONSE_VERBS:
            out.setdefault(an.clause[j], j)
    return out


def _relation_object(an: Analysed, k: int, obj: int) -> bool:
    """Does the relation word at k open a phrase naming another event (not a time: 'after 9 May', 'before
    dawn', 'two days after that'; not 'named after', 'the following day', 'appeared before the court')?"""
    ws = an.words
    if obj >= len(ws) or _gap(an, obj).strip(" \"“'‘"):
        return False
    if k and (ws[k - 1].norm in NOT_TEMPORAL_BEFORE or (ws[k].norm == "following" and ws[k - 1].norm in _OPENS_NOUN_OR_VERB)):
        return False
    j = _object_head(an, obj)
    w = ws[j]
    if w.norm in _GERUND_AUX and j + 1 < len(ws) and ws[j + 1].norm not in FUNCTION_WORDS - {"been"}:
        return True  # "after being shot", "after having been arrested": a passive or perfect gerund, an event
    if ws[k].norm in ("follows", "followed") and not _event_object(an, obj):
        return False  # "the gunman followed the victim home": no event followed
    if _counted_subject(an, j):
        return True  # "after 96% voted to strike", "after 200 people died": a count that is a clause's subject
    if _time_word(w) or (w.norm in FUNCTION_WORDS and w.norm not in _SUBJECT_PRONOUNS):
        return False
    return not (ws[k].norm == "before" and (w.capitalised or w.norm in BEFORE_AUDIENCES))


def _event_object(an: Analysed, obj: int) -> bool:
    """After "follows"/"followed": "by" (the passive: "was followed by a tsunami"), or within four words a year or a
    noun of something that happens unplanned (``KNOWN_EVENT_NOUNS``): an event, not a person or a thing."""
    ws = an.words
    if ws[obj].norm == "by":
        return True
    return any(is_year(w.norm) or w.norm in _EVENT_NOUNS for w in ws[obj:obj + 5])


_EVENT_NOUNS = frozenset(KNOWN_EVENT_NOUNS)


def _object_head(an: Analysed, j: int) -> int:
    """The word a relation phrase's object turns on, past determiners and a span describing the event ("after a
    170-day closure", "after three days of protests")."""
    ws = an.words
    while j + 1 < len(ws) and (ws[j].norm in DETERMINERS or ws[j].norm in _BEFORE_OBJECT):
        j += 1
    if _span_modifier(an, j):
        return j + 2  # "after a 170-day closure", "before a two-week strike": a span describing the event's noun
    if _span_of(an, j):
        return j + 3  # "after three days of protests": the event, with how long it went on
    if j + 3 < len(ws) and _time_word(ws[j]) and ws[j + 1].norm == "s" and _gap(an, j + 1) in ("'", "’"):
        return _object_head(an, j + 2)  # "following this week's mass shooting": a time owning the event's noun
    return j


def _counted_subject(an: Analysed, j: int) -> bool:
    """'96% voted', '200 people died', 'two of them were hurt': a number at word j whose noun (if any) a past verb
    or an auxiliary follows within three words, with no punctuation between: the subject of a clause, no time."""
    ws = an.words
    if not (ws[j].norm[:1].isdigit() or ws[j].norm in ONES or ws[j].norm in TENS):
        return False
    for i in range(j + 1, min(j + 4, len(ws))):
        if _gap(an, i).strip(" %"):
            return False
        if ws[i].norm in CALENDAR_WORDS or ws[i].norm in TIME_NOUNS or ws[i].norm in UNITS:
            return False  # "after 9 May", "after 10 days", "after 3 km"
        if _past(ws[i]) or ws[i].norm in AUXILIARIES:
            return True
    return False


def _span_of(an: Analysed, j: int) -> bool:
    """'three days of protests', 'two weeks of talks': a count, a unit of time and "of" before a noun that is no time:
    how long that noun's event went on."""
    ws = an.words
    return (j + 3 < len(ws) and (ws[j].norm[:1].isdigit() or ws[j].norm in ONES or ws[j].norm in TENS)
            and UNITS.get(ws[j + 1].norm, ("",))[0] == "time" and ws[j + 2].norm == "of"
            and ws[j + 3].norm not in FUNCTION_WORDS and not _time_word(ws[j + 3]))


def _span_modifier(an: Analysed, j: int) -> bool:
    """A count hyphen-joined to a noun before a noun ('a 170-day closure', 'a two-week strike', 'the 15-page preliminary
    report'): an adjective of the noun's event or thing, not a time."""
    ws = an.words
    return (j + 2 < len(ws) and (ws[j].norm[:1].isdigit() or ws[j].norm in ONES or ws[j].norm in TENS)
            and _gap(an, j + 1) == "-" and ws[j + 1].norm.isalpha() and _gap(an, j + 2) == " "
            and ws[j + 2].norm not in FUNCTION_WORDS)


def _time_word(w: Word) -> bool:
    """A word that opens a time, not an event: a number, a month or weekday, 'week', 'dawn'."""
    return (w.norm[:1].isdigit() or w.norm in CALENDAR_WORDS or w.norm in TIME_NOUNS or w.norm in SEASONS
            or w.norm in ONES or w.norm in TENS or w.norm in ("dusk", "noon", "midnight", "dark"))  # dawn is a TIME_NOUN


def another_instance(an: Analysed, found: Hit | Mention, about: list[Hit]) -> Decision | None:
    """'Another landslide near Orsk also buried 30 homes', 'another quake of magnitude 6.1': a noun phrase opened by
    another/a separate/a second/an earlier names another instance of its kind; a value in it, or in the clause it is
    the subject of when its head or verb is a term, is that instance's, not the one the fact is about.  So is a value
    in a clause whose verb "last" comes right before ('The union last went on strike in 2008': ``_last_time``), and in
    one whose term "again" comes right before or after ('in July he was again arrested': ``_again``)."""
    first = found.first if isinstance(found, Hit) else an.index_at(found.start)
    told = _told_of_another_time(an, found, first, about) or _last_time_was(an, first, about)
    if told is not None:
        return told
    opened = _opened_clause(an, first)  # "On Wednesday, another quake struck": the clause the opening phrase dates
    for np, verb in _other_instances(an, about):
        if first in np or _in_its_aside(an, np, first, _hit_in(about, np)) or _in_its_of_phrase(an, np, first):
            return Decision(False, f"belongs to another instance: '{_words(an, np)}'")
        if _sets_the_scene(an, np) and first >= np.stop:
            # "During the last leadership election, Orsk won 137 nominations": the clause tells of that instance
            return Decision(False, f"is told of another instance: '{_words(an, np)}'")
        if verb is not None and first > verb and _when_after(an, an.clause[verb], first):
            # "Velmar's last referendum was closer, when 55% rejected it": the when-clause tells of that instance
            return Decision(False, f"is told of another instance: '{_words(an, np)}'")
        if _said_of_instance(an, np, verb, first, opened, about) or (verb is None and _only_terms_of(an, np, first, about, opened)):
            # (the object's: "next week they will pay a return visit", when its head is the clause's only term)
            return Decision(False, f"is said of another instance: '{_words(an, np)}'")
    return None


_LAST_TIME = (("the", "last", "time"), ("the", "previous", "time"), ("the", "only", "other", "time"))


def _last_time_was(an: Analysed, first: int, about: list[Hit]) -> Decision | None:
    """'The last time a South American team won the World Cup was Brazil in 2002': a sentence whose subject is "the last
    time" (previous, only other) and a clause tells of that earlier time after its "was": a value there is its."""
    ws = an.words
    opening = next((t for t in _LAST_TIME if tuple(w.norm for w in ws[:len(t)]) == t), None)
    if opening is None:
        return None
    be = next((k for k in range(len(opening), len(ws)) if ws[k].norm in ("was", "were")), None)
    if be is None or first < be or an.clause[first] != an.clause[be]:
        return None
    if opening[1] == "last" and not (be + 1 < len(ws) and ws[be + 1].capitalised):
        return None  # ("The last time Orsk was seen was on 5 May": maybe the most recent, the fact's own; only "was
        # Brazil in 2002", another who did it, tells of an earlier one)
    return Decision(False, f"is told of '{' '.join(opening)}', an earlier instance")


def _said_of_instance(an: Analysed, np: range, verb: int | None, first: int, opened: int, about: list[Hit]) -> bool:
    """Is word ``first`` in the clause whose subject is the other instance's phrase ``np`` (its verb at ``verb``), with a
    term in the phrase or the verb, or in the participle clause after it whose participle is a term ("Another jet
    crashed in Orsk, killing 45 people")?"""
    if verb is None:
        return False
    named = _hit_in(about, np) or _hit_in(about, range(verb, verb + 1))
    if an.clause[verb] == an.clause[first] and first > verb or an.clause[verb] == opened:
        return named
    start = an.clause.index(an.clause[first])
    return _its_participle_clause(an, verb, first) and any(h.first == start for h in about)  # ("killing 45 people";
    # not "Another victim died, bringing the death toll to 230": the toll is everyone's)


def _its_participle_clause(an: Analysed, verb: int, k: int) -> bool:
    """'Another jet crashed in Orsk, killing 45 people': is word k in a clause that an -ing participle opens right
    after a comma, just after the clause of the verb at word ``verb`` (what that subject did next)?"""
    start = an.clause.index(an.clause[k])
    return start > verb and an.clause[start - 1] == an.clause[verb] and _gap(an, start).strip() == "," \
        and an.words[start].norm.endswith("ing") and not an.words[start].capitalised


_NOT_ADVERB_BEFORE = DETERMINERS | {"at", "s"}  # "at last"; "the last", "Velmar's last": an adjective


def _noun_after(an: Analysed, k: int) -> bool:
    """'last elected mayor', 'last recorded eruption': a participle before a noun is an adjective, no verb."""
    ws = an.words
    return k < len(ws) and not _gap(an, k).strip() and ws[k].norm not in FUNCTION_WORDS and not _past(ws[k]) \
        and not ws[k].norm[:1].isdigit()  # (a preposition after it is a function word: "last went on strike")


def _after_subject(an: Analysed, j: int) -> bool:
    """Does "last" at word j follow a name or an aside's closing comma ('Velmar last held elections', 'Velmar, an
    island state, last held elections'): an adverb on the verb after it, whatever noun follows that verb?"""
    return j > 0 and (an.words[j - 1].capitalised or "," in _gap(an, j))


def _last_time(an: Analysed, k: int, about: list[Hit]) -> int | None:
    """'The union last went on strike in 2008', 'the ship was last seen in 2019': "last" right before a past verb
    tells of the latest time before now, another instance of the event; the word "last" in word k's clause, or None
    (not "at last": finally; nor a "last" inside a term: "last seen" for a fact about the last sighting)."""
    if "last" not in an.norms:
        return None  # most sentences
    ws, here = an.words, an.clause[k]
    for j in range(len(ws) - 1):
        if ws[j].norm == "last" and an.clause[j] == here and _past(ws[j + 1]) and not (j and ws[j - 1].norm in (
                _NOT_ADVERB_BEFORE)) and not any(h.first <= j <= h.last for h in about) \
                and not (_noun_after(an, j + 2) and not _after_subject(an, j)):
            return j
    return None


def _loosely_last(an: Analysed, j: int) -> bool:
    """Is the "last" at word j, after a name or a comma, before a verb with a noun after it ('Velmar last held
    elections', 'Flight 12 last made contact'): the latest time, maybe an earlier instance, maybe the fact's own last?"""
    return _noun_after(an, j + 2)


def dated_instance(an: Analysed, k: int, about: list[Hit], years: frozenset[str]) -> Decision | None:
    """'The purge follows Cisco's late 2022 cutbacks that shed 5,000 workers': a term dated by a year right before it
    names that year's instance; a number in its clause (or in a relative clause right after it) counts
    that instance, another one when the fact's claim names other years (``years``): set aside."""
    ws, here = an.words, an.clause[k]
    for h in about:
        if h.first < 1 or not (an.clause[h.first] == here or _relative_to(an, h, here)):
            continue  # (a relative clause right after the term is said of it: "cutbacks that shed 5,000 workers")
        y = ws[h.first - 1].norm
        if h.first - 1 != k and is_year(y) and y not in years and not _gap(an, h.first).strip():
            return Decision(False, f"counts the {y} {_span(an, h)}, and the claim's event is of {'/'.join(sorted(years))}")
        dated = _dated_antecedent(an, h) if an.clause[h.first] == here else None
        if dated is not None and ws[dated].norm not in years:
            return Decision(False, f"counts the {ws[dated].text} {ws[dated + 1].text} the relative clause of "
                                   f"'{_span(an, h)}' tells of, and the claim's event is of {'/'.join(sorted(years))}")
    return None


def _dated_antecedent(an: Analysed, h: Hit) -> int | None:
    """'a 1979 disaster at Chicago's O'Hare Airport that killed 275': a term in a relative clause whose noun is dated
    by a year right before it (after a determiner): the year's word, or None."""
    ws = an.words
    rel = next((j for j in range(h.first - 1, max(-1, h.first - 4), -1) if ws[j].norm in ("that", "which")), None)
    if rel is None or an.clause[rel] != an.clause[h.first]:
        return None
    for j in range(rel - 1, max(0, rel - 9), -1):
        if is_year(ws[j].norm) and ws[j - 1].norm in DETERMINERS and j + 1 < rel and not ws[j + 1].capitalised:
            return j
    return None


def earlier_year(an: Analysed, value: Mention, dates: tuple[Mention, ...], years: frozenset[str], *,
                 whose: str = "the claim's {first}") -> Decision | None:
    """'Last year, the pilgrimage saw 240 deaths', 'Polyakov spent 437 days on Mir in 1994': a clause dated by a
    time adjunct (a year written out, or "last year"; opening the sentence or after in/on/during) to a year before
    every year the fact's claim names (``years``) tells of an earlier time; a number in it (the adjunct before it,
    or right after it with no other figure or comparison between: not "rose to 1,301, up from 240 in 2023") is
    attached loosely.  Not when the clause also names the claim's time or a later one."""
    first = min(int(y) for y in years)
    k, after = an.index_at(value.start), an.index_after(value.end)
    here, ws = an.clause[k], an.words
    dated = [(j, d) for d in dates for j in (an.index_at(d.start),) if an.clause[j] == here
             or (an.intro >= 0 and an.clause[j] == an.intro == an.clause[0] and _time_opening(an))]
    if any(d.value.last.year >= first for _, d in dated if not d.value.yearless):
        return None  # the clause mixes times: "the 2024 toll of 1,301, against 240 in 2023"
    told = [(abs(j - k), d) for j, d in dated if not d.value.yearless and _year_adjunct(an, j, d) and (
        j < k or (an.clause[j] == here and not any(w.norm in _BETWEEN_FIGURES or w.norm[:1].isdigit()
                                                   for w in ws[after:j])))]
    if not told:
        return None
    d = min(told, key=lambda t: t[0])[1]  # the nearest: "437 days in 1994, or 379 days in 1998-1999"
    why = f"told of {d.text}, before " + whose.format(first=first)
    return Decision(True, "is " + why, weak="possible conflict: " + why)


_BETWEEN_FIGURES = frozenset({"from", "than", "since", "compared", "against", "versus", "vs"})


def _time_opening(an: Analysed) -> bool:
    """Does the opening phrase open with a time ("In 2011, ...", "Last year, ...", "Back in 1950, ..."), not a
    participle whose year describes the subject ("Founded in 1998, the firm employs 5,000")?"""
    return an.words[0].norm in ("in", "on", "during", "back", "last") or an.words[0].norm[:1].isdigit()


def _year_adjunct(an: Analysed, j: int, d: Mention) -> bool:
    """Does date mention d (at word j) date its clause: "last year" (not "since last year", a span to now), or a
    year written out, opening the sentence or after in/on/during (not "since 1999"; not "a 2015 quake", a name's
    year)?"""
    said, before = d.text.lower(), an.words[j - 1].norm if j else ""
    if said.endswith("last year"):  # an adverb of time by itself ("a quake near Herat last year")
        return before not in _BETWEEN_FIGURES and before not in ("until", "till")
    return any(is_year(w) for w in re.findall(r"\d+", said)) and (
        j == 0 or before in ("in", "on", "during") or (j == 1 and before == "back") or _event_of_year(an, j))


def _event_of_year(an: Analysed, j: int) -> bool:
    """'a low of 21 seats in the 2011 general election', 'in the 2005 Lower House election': a year between
    "in/at/during the" and the noun of an event (one describing word, or a two-word name, may stand between) dates
    the clause as well as a bare "in 2011" does."""
    ws = an.words
    if j < 2 or ws[j - 1].norm != "the" or ws[j - 2].norm not in ("in", "at", "during"):
        return False
    for n, w in enumerate(ws[j + 1:j + 4]):
        if w.norm in _EVENTS_OF_A_YEAR:
            return True
        if n and not (w.capitalised and ws[j + 1].capitalised) or w.norm in FUNCTION_WORDS:
            return False  # (two words between only as a name: "the 2005 Lower House election")
    return False


_EVENTS_OF_A_YEAR = frozenset(SCHEDULED_EVENTS) | frozenset(KNOWN_EVENT_NOUNS)


def _told_of_another_time(an: Analysed, found: Hit | Mention, first: int, about: list[Hit]) -> Decision | None:
    """``_last_time``'s earlier time, ``_earlier_or_counted``'s instance, or ``_again``'s repeat (for a date)."""
    last = _last_time(an, first, about)
    if last is not None:
        shown = f"{an.words[last].text} {an.words[last + 1].text}"
        if _loosely_last(an, last):
            decision = _same_clause(an, first, about, found.last if isinstance(found, Hit) else None)
            return replace(decision, weak=f"possible conflict: the latest time ('{shown}'), maybe an earlier "
                                          "instance") if decision.attached else None
        return Decision(False, f"is told of an earlier time ('{shown}')")
    counted = (_later_instance(an, first, about) or _earlier_or_counted(an, first, about, _coarse(found))
               or _indefinite_instance(an, first, about, _coarse(found)))
    if counted:
        decision = _same_clause(an, first, about, found.last if isinstance(found, Hit) else None)
        return replace(decision, weak=f"possible conflict: '{counted}' tells of one instance of several, maybe "
                                      "another") if decision.attached else None
    return _again(an, found, about) if isinstance(found, Mention) and found.kind == "date" else None


def _later_instance(an: Analysed, k: int, about: list[Hit]) -> str:
    """'the new deadline for a sale will fall on June 18': every term of word k's clause marked as a later instance
    (``_later_mark``), maybe the fact's; the words that say so, or ''."""
    own = [h for h in about if an.clause[h.first] == an.clause[k]]
    later = [_later_mark(an, h) for h in own]
    return later[0] if own and all(later) else ""


def _later_mark(an: Analysed, h: Hit) -> str:
    """'the new deadline', 'its revised sale deadline': an adjective of a later instance (``LATER_INSTANCE_WORDS``, or
    "new" before a noun of what replaces an earlier one, ``REPLACED_NOUNS``) right before the term, or before one word
    modifying it; the words that say so, or ''."""
    ws = an.words
    for j in (h.first - 1, h.first - 2):
        if j >= 0 and not _gap(an, j + 1).strip() and (ws[j].norm in LATER_INSTANCE_WORDS or ws[j].norm == "new") \
                and ws[h.last].norm in REPLACED_NOUNS:
            return _words(an, range(j, h.last + 1))
    return ""


def _on_the_clause_verb(an: Analysed, j: int) -> bool:
    """Does the adverb at word j modify its clause's verb: after an auxiliary ("had previously won"), or before a past
    verb that no later verb of the clause follows (not "the soldiers previously stationed in Niger left")?"""
    ws, here = an.words, an.clause[j]
    if j and (ws[j - 1].norm in AUXILIARIES or ws[j - 1].norm in BE_FORMS):
        return True
    later = [w for k, w in enumerate(ws[j + 2:], j + 2) if an.clause[k] == here]
    return j + 1 < len(ws) and _past(ws[j + 1]) and not any(_past(w) or w.norm in AUXILIARIES for w in later)


def _coarse(found: Hit | Mention) -> bool:
    """A date that names no day ("in 1964 and 2008", "in October"): history told in passing, where a day would be an
    event's own date ("had previously been shot at a rally on July 12")."""
    return isinstance(found, Mention) and found.kind == "date" and found.value.grain not in ("day", "days")


def _earlier_or_counted(an: Analysed, k: int, about: list[Hit], year: bool) -> str:
    """'Spain had previously won the title in 1964 and 2008', 'lifted the title for the third time in 2012': an
    adverb of an earlier time (``PAST_INSTANCE_ADVERBS``) in word k's clause, or "for the Nth time" there, tells of one
    instance of several, which may be another than the fact's ("previously" for a date of no day only, ``year``: a day is
    the event's own date, "had previously been shot at a rally on July 12"); the words that say so, or ''."""
    if "time" not in an.norms and an.norms.isdisjoint(PAST_INSTANCE_ADVERBS):
        return ""  # most sentences
    ws, here = an.words, an.clause[k]
    for j, w in enumerate(ws):
        if an.clause[j] != here or any(h.first <= j <= h.last for h in about):
            continue
        if year and w.norm in PAST_INSTANCE_ADVERBS and _on_the_clause_verb(an, j):
            return w.text
        if w.norm == "time" and j >= 3 and ws[j - 3].norm == "for" and ws[j - 2].norm in ("the", "a") \
                and is_ordinal(ws[j - 1]) and ws[j - 1].norm not in ("first", "1st"):  # "for the first time": the first, often the fact's
            return _words(an, range(j - 3, j + 1))
    return ""


def _again_before(an: Analysed, k: int) -> int:
    """The "again" whose date word k is: right before it, past a preposition ("again in July"), or the span's other end
    ("served from 2010 to 2014 and again from 2018 to 2022": both ends a repeat's; not "again in September and on 9
    November", another clause's); -1 when there is none."""
    ws = an.words
    if k >= 1 and ws[k - 1].norm == "again":
        return k - 1
    a = k - 2
    if a >= 1 and ws[a].norm == "again" and ws[k - 1].norm in ("in", "on", "from", "between", "during"):
        return a
    j = k - 2  # the span's end: "again from 2018 to 2022"
    while j > 0 and (ws[j].norm.isdigit() or ws[j].norm in MONTH_NAMES):
        j -= 1
    opening = ws[j].norm in ("from", "between") and ws[k - 1].norm in ("to", "until", "through", "and")
    return j - 1 if opening and j >= 2 and ws[j - 1].norm == "again" and j < k - 2 else -1


def _indefinite_instance(an: Analysed, k: int, about: list[Hit], year: bool) -> str:
    """'In 2017, 10 students died in a school fire in Nairobi': a year opening the sentence ("In 2017,") whose clause
    names the event only in an indefinite noun phrase ("a", "an" and up to two plain words before every term) tells of
    one instance of a kind, maybe another than the fact's; the phrase, or ''."""
    if not year or an.norms.isdisjoint(("a", "an")) or not _opening_year(an, k):
        return ""
    here = an.clause[k]
    clauses = _covered(an, here) | {here} if here == an.intro else {here}
    own = [h for h in about if an.clause[h.first] in clauses]
    opened = [_indefinite_article(an, h) for h in own]
    if not own or None in opened or any(an.words[j - 1].norm not in _SETTING_PREPOSITIONS for j in opened):
        return ""  # (not the subject: "In 2023, a fire tore through the academy" may be the fact's own)
    return _words(an, range(opened[0], own[0].last + 1))


_SETTING_PREPOSITIONS = {"in", "at", "during", "after", "from", "by", "since"}  # "died in a school fire"


def _opening_year(an: Analysed, k: int) -> bool:
    """Is word k the year of an opening "In 2017," phrase?"""
    ws = an.words
    return k == 1 and ws[0].norm == "in" and is_year(ws[1].norm) and len(ws) > 2 and _gap(an, 2).strip() == ","


def _indefinite_article(an: Analysed, h: Hit) -> int | None:
    """The "a"/"an" opening the term's noun phrase, up to two plain words before it ("a school fire"), or None."""
    ws = an.words
    j = next((j for j in range(h.first - 1, max(-1, h.first - 4), -1) if ws[j].norm in ("a", "an")), None)
    if j is None or any(w.norm in FUNCTION_WORDS or _past(w) or w.capitalised for w in ws[j + 1:h.first]):
        return None
    return j


def _again(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'arrested in January and again in July': a date right after "again" (and its preposition) is a repeat's, set
    aside.  'In July he was again arrested', 'he was arrested again in July': "again" right before or after a term
    that is a past verb in word k's clause (or the clause an opening phrase holding k covers) tells of a repeat of the
    event, which may be the one the fact is about ('the conflict flared up again in 2020'): attached loosely (not
    "once again", a comment)."""
    if "again" not in an.norms or not about:
        return None  # most sentences
    ws, k = an.words, an.index_at(mention.start)
    here = an.clause[k]
    a = _again_before(an, k)
    if a >= 1 and not any(h.last == a - 1 for h in about):  # not "flared up again in 2020": the term's own repeat
        return Decision(False, f"is the date of a repeat ('again {ws[a + 1].text}')")
    clauses = _covered(an, here) if here == an.intro else {here}
    for h in about:
        if an.clause[h.first] in clauses and _past(ws[h.last]) and _again_beside(an, h) and _placed(an, mention, h):
            return Decision(True, f"shares a clause with '{_span(an, h)}'",
                            weak=f"possible conflict: '{_span(an, h)}' with 'again' tells of a repeat of the event")
    return None


def _again_beside(an: Analysed, h: Hit) -> bool:
    """"again" right before term h ("was again arrested"; not "once again") or right after it."""
    ws, before = an.words, h.first - 1
    return (before > 0 and ws[before].norm == "again" and ws[before - 1].norm != "once"
            or h.last + 1 < len(ws) and ws[h.last + 1].norm == "again" and not _gap(an, h.last + 1).strip())


def _placed(an: Analysed, mention: Mention, h: Hit) -> bool:
    """Does the value open the sentence or a fronted phrase ("However, in July, he was again arrested"), or stand
    right after term h ("was again arrested in July") or its "again" ("arrested again in July")?  Not any value of the
    clause ("a feud dating back to 1901 flared again")."""
    ws, k, end = an.words, an.index_at(mention.start), an.index_after(mention.end)
    start = k - 1 if k >= 1 and ws[k - 1].norm in ("in", "on", "at") else k  # where the value's phrase starts
    after = h.last + 1 < len(ws) and ws[h.last + 1].norm == "again"
    fronted = k < h.first and end < len(ws) and _gap(an, end).strip() == ","
    return an.clause[k] == an.intro or start == 0 or fronted or start == h.last + 1 + after


def _only_terms_of(an: Analysed, np: range, k: int, about: list[Hit], opened: int | None = None) -> bool:
    """Is every term in word k's clause (or the clause its opening phrase dates, ``opened``) inside the other-instance
    phrase ``np`` (in that clause too)?"""
    here = an.clause[k] if opened is None or an.clause[np.start] != opened else opened
    inside = [h for h in about if an.clause[h.first] == here]
    return an.clause[np.start] == here and bool(inside) and all(np.start <= h.first < np.stop for h in inside)


def _opened_clause(an: Analysed, k: int) -> int | None:
    """The clause an opening phrase holding word k dates ('On Wednesday, another quake struck'), or None."""
    if an.intro < 0 or an.clause[k] != an.intro:
        return None
    if an.main >= 0:
        return an.main
    last = len(an.clause) - 1 - an.clause[::-1].index(an.intro)  # the intro's last word: the clause after it
    return an.clause[last + 1] if last + 1 < len(an.clause) else None


def _in_its_of_phrase(an: Analysed, np: range, k: int) -> bool:
    """'a second tremor of magnitude 6.4', 'another offer of 30 percent': word k in the of-phrase right after a phrase
    of another or a later instance (up to four words, no punctuation or verb between) measures that instance (not
    after one that looks back, "the previous bid of 25 percent": the earlier instance is often the fact's)."""
    ws, stop = an.words, np.stop
    if stop >= len(ws) or ws[stop].norm != "of" or not stop < k <= stop + 4 or any(
            ws[j].norm in _LOOKING_BACK for j in np):
        return False
    return all(not _gap(an, j).strip() and not _past(ws[j]) for j in range(stop + 1, k + 1))


_LOOKING_BACK = {"previous", "earlier", "preceding", "last"}


_OPENERS_OR_RELATIVES = DETERMINERS | RELATIVE_PRONOUNS


def _in_its_aside(an: Analysed, np: range, k: int, named: bool) -> bool:
    """'Another therapy for the disease, developed by Orsk Bio, ...': an aside after the phrase (past a short
    prepositional phrase of its own) describes that instance; so does a relative clause when a term names it ("the
    previous elections, which took place in March 2021"; not "a second suspect who was involved in the shooting at
    the park": the shooting is the term's own)."""
    here, stop, ws = an.clause[k], np.stop, an.words
    opening = an.clause.index(here)
    while opening and ws[opening].norm in ("and", "or") and an.clause[opening - 1] != an.clause[np.start]:
        here = an.clause[opening - 1]  # ", called Lumo and developed by Orsk Bio,": one aside, coordinated
        opening = an.clause.index(here)
    if here == an.clause[np.start] or stop >= len(ws):
        return False
    if ws[stop].norm in RELATIVE_PRONOUNS and not named:
        return False
    if ws[stop].norm in FUNCTION_WORDS and ws[stop].norm not in _OPENERS_OR_RELATIVES:  # "for the disease"
        end = stop + 1
        while end < len(ws) and end - stop <= 3 and not _gap(an, end).strip() and not _past(ws[end]) \
                and an.clause[end] == an.clause[np.start]:
            end += 1
        stop = end
    return _aside_after(an, stop - 1, here)


def _when_after(an: Analysed, clause: int, k: int) -> bool:
    """Is word k in a when-clause right after ``clause`` ('the last vote was closer, when 55% rejected it')?"""
    start = an.clause.index(an.clause[k])
    return an.words[start].norm == "when" and start > 0 and an.clause[start - 1] == clause


_OTHER = phrase_table(OTHER_INSTANCE)
_OTHER_ENDS = phrase_ends(_OTHER)


def _other_instances(an: Analysed, about: list[Hit]) -> list[tuple[range, int | None]]:
    """Each noun phrase opened by an other-instance determiner ('another landslide near Orsk'), with the verb after it
    when it is its clause's subject (else None); not when the determiner is part of a term ('second quake')."""
    return [(range(k, end), _subject_verb(an, k, end, about)) for k, head, end in _instance_phrases(an)
            if not _hit_in(about, range(k, head))]


@per_sentence
def _instance_phrases(an: Analysed) -> tuple[tuple[int, int, int], ...]:
    """The noun phrases opened by an other-instance determiner, whatever the terms: (determiner, head, end) words."""
    found = list(_bare_ordinals(an)) + list(_also_phrases(an)) + list(_record_phrases(an)) + list(_likeness_phrases(an))
    if an.norms.isdisjoint(_OTHER_ENDS):
        return tuple(found)  # no such phrase (most sentences)
    for k in range(len(an.words)):
        p = _phrase_at(an.words, k, _OTHER) if an.words[k].norm in _OTHER else None
        if p is not None and _opens_instance(an, k, p):
            ranked = p[0] == "the" and p[-1] in ORDINAL_WORDS
            end = _instance_end(an, k + len(p), dated=not ranked)  # ("on the third attempt on 3 May": the clause's)
            if p[0] in ("s", "its", "their") and p[-1] == "last" and not _looks_back(an, k + len(p), end):
                continue  # "the airline's last flight": its final one, the event itself
            if ranked and (_rank_or_part(an, k + len(p)) or _predicate(an, k)):
                continue  # "the second-largest bank failure", "the second half", "making it the fourth nation"
            if end > k + len(p):
                owner = k - 1 if p[0] == "s" else k  # "Velmar's last referendum": the owner opens the phrase
                found.append((k + len(p) if ranked else owner, k + len(p), end))  # (the rank itself is no
                # other instance's: "elected on the fourth ballot" for a fact counting ballots)
    return tuple(found)


def _opens_instance(an: Analysed, k: int, p: tuple[str, ...]) -> bool:
    """Does phrase p at word k open an other-instance phrase: a possessive's "s" only after an apostrophe, and "a
    second" not after tenths, hundredths or thousandths "of" ("eleven-hundredths of a second": a span of time; "the
    arrest of a second suspect" is another instance)?"""
    if p[0] == "s":
        return bool(k) and _gap(an, k) in ("'", "’")
    return not (p == ("a", "second") and k >= 2 and an.words[k - 1].norm == "of"
                and an.words[k - 2].norm in DECIMAL_PARTS)


def _also_phrases(an: Analysed):
    """'A 5.3 magnitude quake also struck off the coast on Wednesday': an indefinite noun phrase (a few words, no verb)
    whose verb "also" comes right before tells of one more instance of its kind, as "another quake" would."""
    ws = an.words
    yield from _as_well_phrase(an)
    if "also" not in an.norms:
        return
    for k, w in enumerate(ws[:-3]):
        if w.norm not in ("a", "an"):
            continue
        j = next((j for j in range(k + 2, min(len(ws) - 1, k + 6)) if ws[j].norm == "also"), None)
        if j is not None and _past(ws[j + 1]) and not any(
                x.norm in FUNCTION_WORDS or _past(x) or x.norm in AUXILIARIES for x in ws[k + 1:j]):
            yield k, k + 1, j


def _as_well_phrase(an: Analysed):
    """'A magnitude 5.0 foreshock with its epicentre near Orsk has caused damage as well': an indefinite noun phrase
    opening the sentence (a few plain words) whose sentence ends with "as well" or "too" tells of one more instance,
    as "also" before its verb does."""
    ws = an.words
    if len(ws) < 5 or ws[0].norm not in ("a", "an") or not (ws[-1].norm == "too" or
                                                            (ws[-2].norm, ws[-1].norm) == ("as", "well")):
        return
    head = next((j for j in range(1, len(ws)) if ws[j].norm in FUNCTION_WORDS or _past(ws[j])
                 or ws[j].norm in AUXILIARIES), len(ws))
    # the subject runs on through its with-phrase to the verb ("... foreshock with its epicentre near Orsk has caused")
    end = next((j for j in range(head, len(ws)) if _past(ws[j]) or ws[j].norm in AUXILIARIES
                or _gap(an, j).strip()), len(ws))
    if 1 < head <= 5 and end < len(ws) and (end == head or ws[head].norm == "with") and end - head <= 10 \
            and len(set(an.clause)) == 1:  # one clause: "as well" of its one verb (not "..., and it was felt there too")
        yield 0, 1, end


def _likeness_phrases(an: Analysed):
    """'a massacre of similar proportions', 'a quake of comparable strength': an indefinite noun phrase (up to three
    plain words) whose of-phrase holds an adjective of likeness (``LIKENESS_ADJECTIVES``) and a noun is another
    instance of its kind, as 'a similar massacre' is."""
    ws = an.words
    if an.norms.isdisjoint(LIKENESS_ADJECTIVES) and "same" not in an.norms:
        return  # (most sentences)
    for k, w in enumerate(ws[:-3]):
        if w.norm not in ("a", "an"):
            continue
        j = next((j for j in range(k + 2, min(len(ws) - 2, k + 5)) if ws[j].norm == "of"), None)
        like = _likeness_at(ws, j) if j is not None else None
        if like is None or k and ws[k - 1].norm in BE_FORMS or like + 2 < len(ws) and ws[like + 2].norm in _COMPARED_WITH:
            continue  # "It was a massacre of similar scale": what the subject is; "... of similar proportions to
            # Westgate": the fact's own, compared with another
        if _plain_noun(ws[like + 1]) and not any(x.norm in FUNCTION_WORDS or _past(x) or i > k + 1 and _gap(an, i).strip()
                                                 for i, x in enumerate(ws[k + 1:j], k + 1)):
            yield k, k + 1, like + 2


def _likeness_at(ws, j: int) -> int | None:
    """The word of likeness after the "of" at word j ("of similar proportions": "similar"; "of the same kind":
    "same"), with a word after it, or None."""
    if j + 3 < len(ws) and ws[j + 1].norm == "the" and ws[j + 2].norm == "same" and ws[j + 3].norm in _KIND_NOUNS:
        return j + 2  # "a jet of the same kind" (not "a judge of the same court": an owner)
    return j + 1 if j + 2 < len(ws) and ws[j + 1].norm in LIKENESS_ADJECTIVES else None


_COMPARED_WITH = {"to", "with", "as"}
_KIND_NOUNS = {"kind", "type", "model", "make", "class", "sort", "variety", "design", "series", "family", "breed"}


def _record_phrases(an: Analysed):
    """'Egypt's deadliest train crash was in 2002, when over 300 people were killed': a superlative noun phrase (after
    "the" or a possessive) that is the subject of "was" and a time names the record holder, an instance of its own."""
    ws = an.words
    if an.norms.isdisjoint(("was", "were")):
        return  # (most sentences)
    for k, w in enumerate(ws[1:-4], start=1):
        owned = ws[k - 1].norm == "s" and _gap(an, k - 1) in ("'", "’")  # "Egypt's deadliest"
        if not superlative(w.norm) or not (ws[k - 1].norm == "the" or owned):
            continue
        j = next((j for j in range(k + 1, min(len(ws) - 2, k + 5)) if ws[j].norm in ("was", "were")), None)
        if j is not None and ws[j + 1].norm in ("in", "on") and not any(x.norm in FUNCTION_WORDS for x in ws[k + 1:j]) \
                and (ws[j + 2].norm[:1].isdigit() or ws[j + 2].norm in MONTH_NAMES):
            yield k, k + 1, j


def _bare_ordinals(an: Analysed):
    """'Second earthquake of 7.6 magnitude jolts Turkey', 'Horrific scenes as second earthquake hits': an ordinal past
    the first with no determiner, opening a headline or after a subordinator (as, after, when...), opens a phrase of
    another instance, as "a second" would (not a rank or a part: "Second-largest ...", "second half")."""
    ws = an.words
    if an.norms.isdisjoint(_LATER_ORDINALS):
        return
    for k, w in enumerate(ws[:-1]):
        if w.norm in _LATER_ORDINALS and (k == 0 or ws[k - 1].norm in _HEADLINE_OPENERS) and not _rank_or_part(an, k + 1):
            yield k + 1, k + 1, _instance_end(an, k + 1, dated=False)  # (the rank itself is no other instance's
            # value: "won a record fourth Euro title" for a fact counting titles)


_LATER_ORDINALS = {"second", "third", "fourth", "fifth"}
_HEADLINE_OPENERS = {"as", "after", "before", "when", "while", "amid"}  # "as second earthquake hits" (not "their
# record fourth Euro title": the subject's own count)


def _predicate(an: Analysed, k: int) -> bool:
    """'This is the second round', 'making it the fourth nation': a phrase after a form of "be" or "become", or after
    "it"/"them", says what the subject is, no other instance."""
    return k > 0 and (an.words[k - 1].norm in BE_FORMS or an.words[k - 1].norm in ("it", "them", "became", "become",
                                                                                 "becomes", "becoming"))


def _rank_or_part(an: Analysed, j: int) -> bool:
    """After a definite ordinal, word j joined by a hyphen, a superlative, or a word of a place or a part
    (ORDINAL_NOT_INSTANCE): "the second-largest", "the second deadliest", "the third time", "the second half"."""
    return j >= len(an.words) or _gap(an, j) == "-" or an.words[j].norm in ORDINAL_NOT_INSTANCE \
        or superlative(an.words[j].norm)


def _instance_end(an: Analysed, head: int, dated: bool = True) -> int:
    """The end of the noun phrase from word ``head`` (a few plain words, a participle hyphen-joined to the word before
    among them: 'another wind-whipped fire'), with a place after 'in' ('landslide near Orsk')."""
    ws, end, taken = an.words, head, 0
    while end < len(ws) and taken < 4 and ws[end].norm not in FUNCTION_WORDS \
            and (not _past(ws[end]) or _gap(an, end) == "-") and _gap(an, end).strip() in ("", "-"):
        if ws[end].norm[:1].isdigit():
            measured = _measure_noun(an, end)  # "another massive 6.3 magnitude earthquake": past the measure
            if measured is None:
                break
            end = measured
        end, taken = end + 1, taken + 1
    if end > head:
        end = _with_its_places(an, end, ws[end - 1].norm in KNOWN_EVENT_NOUNS)
    return _with_its_time(an, head, end) if dated else end


def _with_its_places(an: Analysed, end: int, event: bool) -> int:
    """'landslide near Orsk': the phrase ending at ``end`` runs on through a place, a name after in/at/near/on; after
    a noun of an event (``event``) through up to two, maybe after "the", and maybe the name's noun: 'a separate attack
    at the Bardo museum in Tunis' (not 'the fourth day at the Jury Court')."""
    ws = an.words
    for _ in range(2 if event else 1):
        name = end + 1 + (event and end + 2 < len(ws) and ws[end + 1].norm == "the")
        if not (name < len(ws) and ws[end].norm in ("in", "at", "near", "on") and ws[name].capitalised):
            break
        end = _name_run_at(an, name).stop
        if event and end < len(ws) and not ws[end].capitalised and ws[end].norm not in FUNCTION_WORDS and not _past(ws[end]) \
                and not ws[end].norm[:1].isdigit() and _gap(an, end) == " ":
            end += 1
    return end


def _with_its_time(an: Analysed, head: int, end: int) -> int:
    """'its previous worst accident in 1992', 'the last vote in May 2019': the phrase ending at ``end`` runs on
    through its time after in/on."""
    ws = an.words
    if end > head and end + 1 < len(ws) and ws[end].norm in ("in", "on") and _date_word(ws[end + 1]):
        end += 2
        while end < len(ws) and end - head < 8 and _date_word(ws[end]) and not _gap(an, end).strip(" "):
            end += 1
    return end


def _measure_noun(an: Analysed, k: int) -> int | None:
    """'another massive 6.3 magnitude earthquake', 'a second 6.1-magnitude quake': a number (word k on, its decimals
    too) and a singular noun after it, inside a noun phrase, measure its head: the noun's word; None for a count
    (no modifier: "another 30 people")."""
    ws, j = an.words, k
    while j + 1 < len(ws) and _gap(an, j + 1) in (".", ",") and ws[j + 1].norm.isdigit():
        j += 1
    if j + 1 < len(ws) and _gap(an, j + 1) in (" ", "-") and ws[j + 1].norm.isalpha() \
            and ws[j + 1].norm not in FUNCTION_WORDS and not is_plural(ws[j + 1].norm) \
            and not (_gap(an, j + 1) == " " and (_past(ws[j + 1]) or ws[j + 1].norm.endswith("ing")
                                                  or ws[j + 1].norm == "dead")):
        return j + 1  # (not a count and a state, its people left out: "another 32 missing", "another 12 injured")
    return None


def _looks_back(an: Analysed, head: int, end: int) -> bool:
    """After a possessive "last", a time that puts it in the past: 'its last referendum 24 years ago', 'its last
    accident in 1992'."""
    ws = an.words
    if any(ws[j].norm == "in" and ws[j + 1].norm.isdigit() and len(ws[j + 1].norm) == 4 for j in range(head, end - 1)):
        return True
    return end < len(ws) and ws[end].norm[:1].isdigit() and _AGO.match(an.sentence.text, ws[end].end) is not None


def _date_word(w: Word) -> bool:
    return w.norm in CALENDAR_WORDS or (w.norm.isdigit() and len(w.norm) <= 4)


_SCENE_PREPOSITIONS = ("during", "in", "at", "for", "after", "since")


def _sets_the_scene(an: Analysed, np: range) -> bool:
    """'(He recalled that) during the last election, ...': the phrase after a preposition opens its clause and ends
    at a comma, so it sets the scene of what follows."""
    k = np.start - 1
    if k < 0 or an.words[k].norm not in _SCENE_PREPOSITIONS or np.stop >= len(an.words):
        return False
    opens = k == 0 or an.clause[k - 1] != an.clause[k] or an.words[k - 1].norm in ("that", "and", "but")
    return opens and _gap(an, np.stop).strip() == ","


_AGO = re.compile(r"\s+[a-z]+\s+(?:ago|earlier|before)\b", re.IGNORECASE)  # after a number: " years ago"


def _subject_verb(an: Analysed, k: int, end: int, about: list[Hit]) -> int | None:
    """The verb after the noun phrase k..end when the phrase opens its clause (past adverbs: 'also destroyed')."""
    ws, verb = an.words, end
    ago = _AGO.match(an.sentence.text, ws[end].end) if end < len(ws) and ws[end].norm[:1].isdigit() else None
    if ago:
        verb = an.index_after(ago.end())  # "the last vote 24 years ago was closer"
    verb = _past_of_phrase_to_verb(an, verb)  # "a second wave of blasts killed 25"
    while verb < len(ws) and (ws[verb].norm in ("also", "then", "later", "too") or ws[verb].norm.endswith("ly")):
        verb += 1
    if verb >= len(ws) or _gap(an, end).strip():
        return None
    if "," not in _gap(an, k) and any(an.clause[j] == an.clause[k] and ws[j].norm not in FUNCTION_WORDS
                                      for j in range(k)):
        return None  # not the clause's subject (past an opening phrase and its comma it is: "Minutes later, a second")
    if _past(ws[verb]) or ws[verb].norm in AUXILIARIES or _hit_in(about, range(verb, verb + 1)):
        return verb
    return None


def _past_of_phrase_to_verb(an: Analysed, k: int) -> int:
    """From an "of" at word k ('a second wave of device blasts killed'), past its few plain words (no punctuation) to
    the verb after them; else k."""
    ws = an.words
    if k >= len(ws) or ws[k].norm != "of":
        return k
    j = k + 1
    while j < len(ws) and j - k <= 4 and not _gap(an, j).strip() and not _past(ws[j]) and ws[j].norm not in AUXILIARIES:
        j += 1
    return j if j < len(ws) and (_past(ws[j]) or ws[j].norm in AUXILIARIES) and not _gap(an, j).strip() else k


def event_complement(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The repair bill from the floods rose to $40 million on 3 May', 'the survey of the flood damage on
    4 May counted', 'Alpha's debt to Beta was $10 million': a noun completing another noun (after 'of'/'from'/'to')
    does not take the clause's date or number; they belong to the head noun and its predicate (not when the head is an
    aspect or a time of the event: 'the outbreak of the war', 'the night of the fire'; nor an act done to it: 'the
    signing of the truce'; nor, for a number, a noun of how many: 'the number of affected employees is 1,267')."""
    i = an.index_at(mention.start)
    own = [h for h in about if an.clause[h.first] == an.clause[i]]
    heads = [_complement_head(an, h, about, mention.kind == "date") for h in own]
    if not own or any(k is None or k < i <= own[n].last for n, k in enumerate(heads)):
        return None
    if mention.kind == "number" and any(an.words[k].norm in QUANTITY_HEADS for k in heads):
        return None  # "the total number of affected employees is 1,267": the count of the term's noun
    said = "dates" if mention.kind == "date" else "is said of"
    return Decision(False, f"{said} '{an.words[heads[0]].text}', which '{_span(an, own[0])}' only completes")


def _complement_head(an: Analysed, hit: Hit, about: list[Hit], dated: bool = False) -> int | None:
    """The noun a term completes through 'of'/'from'/'to' ('bill' in 'the repair bill from the floods'), or None (a verb
    is no complement: 'a group of 13 trapped in the cave')."""
    ws, k = an.words, hit.first - 1
    if _past(ws[hit.last]) or ws[hit.last].norm.endswith("ing"):
        return None
    while k >= 0 and hit.first - k <= 4 and ws[k].norm not in COMPLEMENT_PREPOSITIONS and not _gap(an, k + 1).strip() \
            and (ws[k].norm in DETERMINERS or (ws[k].norm not in FUNCTION_WORDS and not _past(ws[k]))):
        k -= 1  # "the Velmar floods", "the flood damage" (the term modifying the noun completing the head)
    if k < 1 or ws[k].norm not in COMPLEMENT_PREPOSITIONS or _gap(an, k + 1).strip() or _gap(an, k).strip():
        return None
    if not _complements(an, k, hit) or not _head_noun(an, k - 1) or _hit_in(about, range(k - 1, k)):
        return None
    if not (_subject_with_verb(an, k - 1, hit.last) or dated and ws[k - 1].norm in FIGURE_NOUNS):
        return None  # a date of a figure of the event ("revised the toll from the landslide to 670 on Sunday"), anywhere
        # (a number there is the figure itself, which a fact about the event may count)
    return k - 1


def _complements(an: Analysed, k: int, hit: Hit) -> bool:
    """Does the term after the preposition at word k complete the noun before it?  Not an infinitive ('its bid to
    land'), nor a name after 'of' ('the territory of Aske': the head names the name itself), nor events after a noun
    of their run ('a series of explosions occurred': the explosions occurred, ``RUN_HEADS``)."""
    ws, capital = an.words, an.words[hit.first].capitalised
    if ws[k].norm == "to" and k + 1 == hit.first and not capital:
        return False
    return not (ws[k].norm == "of" and (capital or ws[k - 1].norm in RUN_HEADS and _run_of_events(an, k, hit)))


def _run_of_events(an: Analysed, k: int, hit: Hit) -> bool:
    """'A series of explosions occurred': "a" and a run's noun open the clause, the term after "of" (word k) ends the
    phrase and an active past verb follows (not "a wave of strike votes", "a wave of protests was crushed", "the last
    of a series of explosions rocked")."""
    ws, after = an.words, hit.last + 1
    return k >= 2 and ws[k - 2].norm in ("a", "an") and (k == 2 or an.clause[k - 3] != an.clause[k - 2]) \
        and after < len(ws) and not _gap(an, after).strip() and _past(ws[after]) and ws[after].norm not in AUXILIARIES


def _subject_with_verb(an: Analysed, head: int, last: int) -> bool:
    """The head noun is its clause's subject (no verb before it) and a verb follows the phrase ('the bill from the
    floods rose'); 'called it a breach of the truce of both sides in 2020' has no predicate of the head's."""
    def verb(w: Word) -> bool:
        return _past(w) or w.norm in AUXILIARIES or w.norm in REPORTING_VERBS
    here = an.clause[head]
    return (not any(verb(w) for j, w in enumerate(an.words[:head]) if an.clause[j] == here)
            and any(verb(w) for j, w in enumerate(an.words[last + 1:], last + 1) if an.clause[j] == here))


def _head_noun(an: Analysed, k: int) -> bool:
    """Is word k a noun other than an aspect, time or quantity of an event, in a phrase opened by a determiner
    ('the repair bill'; 'smoke rises from' is a verb's, 'the signing of' an act done to the event)?"""
    ws, head = an.words, an.words[k]
    if (head.norm in FUNCTION_WORDS or head.norm in EVENT_ASPECTS or head.norm in TIME_NOUNS or _past(head)
            or head.norm.endswith("ing") or head.capitalised):
        return False
    d = k - 1
    while d >= 0 and k - 1 - d < 3 and ws[d].norm not in FUNCTION_WORDS:
        d -= 1
    return d >= 0 and ws[d].norm in DETERMINERS


def cleft(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'It was not until 3 June that the vessel was freed': in a cleft the date belongs to the that-clause."""
    text = an.sentence.text
    if mention.kind != "date" or not _CLEFT.search(text, max(0, mention.start - 80), mention.start):
        return None
    m = _CLEFT_THAT.match(text, mention.end)
    if not m:
        return None
    k = an.index_after(m.end() - 4)
    if k + 1 < len(an.words) and _past(an.words[k + 1]):
        return None  # "It was that morning that changed everything": the day is the clause's subject, not its time
    inside = [h for h in about if h.first > k and an.clause[h.first] == an.clause[k]]
    if inside:
        return Decision(True, f"is the time of the clefted clause holding '{_span(an, inside[0])}'")
    return Decision(False, f"is the time of the clause after '{an.words[k].text}'")


def dated_relative(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the flight on 15 January 2009 that landed in the river': a date after a noun's 'on' dates what the noun names,
    and a relative clause right after the date tells what that thing did, so the clause's event is on that day."""
    if mention.kind != "date":
        return None
    m = _RELATIVE_AFTER_DATE.match(an.sentence.text, mention.end)
    first = an.index_after(mention.start)
    if not m or first < 2 or an.words[first - 1].norm != "on" or not _head_noun(an, first - 2):
        return None
    k = an.index_after(m.end()) - 1  # 'that' or 'which'
    inside = [h for h in about if h.first > k and an.clause[h.first] == an.clause[k + 1]]
    if not inside or an.words[first - 2].norm in _TELLING_NOUNS or any(
            w.norm in _TELLING for w in an.words[k + 1:inside[0].first]):
        return None  # "the report on 3 May that described the landing": the telling's day, not the landing's
    opening = an.clause.index(an.clause[first - 2])
    if any(w.norm in REPORTING_VERBS or w.norm in SAYING_VERBS for w in an.words[opening:first - 2]):
        return None  # "said in a press conference on 30 May that ...": "that" opens what was said
    return Decision(True, f"dates '{an.words[first - 2].text}', and the relative clause after the date holding "
                          f"'{_span(an, inside[0])}' tells what it did")


def declared_end(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the outbreak was declared over in December', 'the fire was pronounced contained on 3 May': a term that is a verb
    of declaring (``DECLARING_VERBS``) with a complement of ending right after it (``END_COMPLEMENTS``) declares the
    end of the thing; the clause's date is that end, not the declaration the fact is about (unless its term says
    the ending too: 'declared over').  So does a term right before a verb of ending (``ENDING_VERBS``: 'The
    eruption ended on December 21'), unless the term is that verb."""
    if mention.kind != "date" or an.norms.isdisjoint(END_COMPLEMENTS) and an.norms.isdisjoint(ENDING_VERBS):
        return None
    ws, at = an.words, an.index_after(mention.start)
    here = (_opened_clause(an, at) if ws[0].norm == "by" else None) or an.clause[at]  # ("By 00:15 on May 3, the fire
    # was extinguished": the opening phrase's date; not "On 10 May, a fire was contained within minutes")
    own = [(h, _ended_by(an, h, about), _ended_passive(an, h, at)) for h in about if an.clause[h.first] == here]
    ended = [(h, j, passive) for h, j, passive in own if j is not None or passive or h.last + 1 < len(ws) and (
        ws[h.last].norm in DECLARING_VERBS and ws[h.last + 1].norm in END_COMPLEMENTS
        or ws[h.last + 1].norm in ENDING_VERBS and ws[h.last].norm not in DECLARING_VERBS)]
    if not own or len(ended) < len(own):
        return None
    h, j, passive = ended[0]
    said = f"{ws[j].text} {_span(an, h)}" if j is not None else _words(an, range(h.first, passive or h.last + 2))
    return Decision(False, f"dates the end ('{said}'), not the event itself")


_ENDING_ACTS = ENDING_VERBS - {"concluded", "concludes"}  # ("concluded the trade agreement": made it)


def _ended_passive(an: Analysed, h: Hit, at: int) -> int:
    """'The fire was contained on 13 May', 'the fire was essentially extinguished': a term that is the subject of a
    form of "be" and a complement of ending (``END_COMPLEMENTS`` but "closed" and "finished", which may be the event
    itself: "The deal was closed on 3 March"), past one adverb in -ly, is ended by it when the date (word ``at``)
    follows within three words or opens the sentence after "By" ("By 00:15 on 13 May, the fire was extinguished"):
    the end of that complement (0: none)."""
    ws, k = an.words, h.last + 1
    if k >= len(ws) or ws[k].norm not in BE_FORMS:
        return 0
    k += 1 + (k + 1 < len(ws) and ws[k + 1].norm.endswith("ly"))
    if k >= len(ws) or ws[k].norm not in _ENDED_STATES or not (k < at <= k + 3 or ws[0].norm == "by" and at < h.first):
        return 0
    return k + 1


_ENDED_STATES = END_COMPLEMENTS - {"closed", "finished"}


def _ended_by(an: Analysed, h: Hit, about: list[Hit]) -> int | None:
    """'finished discharging the planned amount on Sunday', 'stopped the pumping': the word of a verb of ending
    (ENDING_VERBS, no term itself) right before the term, or before a determiner before it; else None."""
    ws = an.words
    for j in (h.first - 1, h.first - 2):
        if j < 0 or (j == h.first - 2 and ws[j + 1].norm not in DETERMINERS):
            continue
        if ws[j].norm in _ENDING_ACTS and not _hit_in(about, range(j, j + 1)):
            return j
    return None


def status_time(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The fire was 90% contained as of Thursday', 'As of Monday, 40 people had died': a date after "as of" in a
    sentence stating a figure is when that figure was reported; it dates the figure, not the event the clause
    names (a term inside the as-of phrase itself, 'as of the May 3 update', is dated by it)."""
    if mention.kind != "date":
        return None
    ws, i = an.words, an.index_after(mention.start)
    k = _as_of_before(an, i)
    if k is None:
        return None
    if not any(_figure(an, j) and not mention.start <= ws[j].start < mention.end for j in range(len(ws))):
        return None  # "as of 1 January the ban applies": when a rule takes effect, no status
    inside = [h for h in about if k < h.first <= an.index_after(mention.end)]
    if inside:
        return Decision(True, f"dates '{_span(an, inside[0])}', a status reported 'as of' it")
    return Decision(False, "is when a figure was reported ('as of'), not when the event happened")


def _as_of_before(an: Analysed, i: int) -> int | None:
    """The "of" of an "as of" in word i's clause, at most _AS_OF_REACH words before it, or None."""
    ws = an.words
    for k in range(i - 1, max(0, i - _AS_OF_REACH - 1), -1):
        if ws[k - 1].norm == "as" and ws[k].norm == "of":
            return k
        if an.clause[k] != an.clause[i]:
            return None
    return None


def _figure(an: Analysed, j: int) -> bool:
    """Is word j a figure ('90%', '40 people'), not a part of a date ('1 July 2023', 'June 12')?"""
    ws = an.words
    if not ws[j].norm[:1].isdigit() or (len(ws[j].norm) == 4 and ws[j].norm[:2] in ("19", "20")):
        return False
    return not any(0 <= n < len(ws) and ws[n].norm in CALENDAR_WORDS for n in (j - 1, j + 1))


_AS_OF_REACH = 14  # words from "as of" to its date: "as of the latest update from the county at 9:30 p.m. Thursday"


_ONCE = r"originally|initially|first|once|previously"
_CHANGED_PLAN = re.compile(r"\b(?:" + alternation(PLAN_CHANGES) + r")\b", re.IGNORECASE)  # "was postponed", "scrubbed"
# a participle of scheduling before "for" and a date ("The launch, scheduled for 3 May", "was set for"), or after
# "originally"/"initially"; not a verb after its subject ("The union scheduled for 3 May a vote")
_SCHEDULED = re.compile(r"(?:(?:^|[,(;\u2013\u2014]\s*|\b(?:is|was|are|were|be|been|being)\s+)(?:(?P<once>" + _ONCE
                        + r")\s+)?|\b(?P<once2>" + _ONCE + r")\s+)(?:" + alternation(SCHEDULED_WORDS)
                        + r")\s+for\s+(?:the\s+)?\Z", re.IGNORECASE)
_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE)
_DATE_AFTER_FOR = re.compile(r"\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:"
                             + alternation(CALENDAR_WORDS) + r")\b|(?:" + alternation(CALENDAR_WORDS | set(SEASONS))
                             + r")\b|(?:1[89]|20)\d\d\b(?![\s-]*[a-z]))", re.IGNORECASE)


def _event_before_for(an: Analysed, f: int) -> int | None:
    """'called an election for July 4', 'a national election on May 22 for July 4': the noun that the
    'for DATE' at word f sets a time for (past a date phrase between them, or a participle of setting right after
    it: 'a vote set for Monday'), or None when a verb governs 'for' ('waited for May', 'was scheduled for June')."""
    ws, text, k = an.words, an.sentence.text, f - 1
    while k > 0 and (ws[k].norm in CALENDAR_WORDS or ws[k].norm[:1].isdigit() or ws[k].norm in ("on", "of")):
        k -= 1  # "on May 22", "on 22 May 2024"
    if k < 0 or k == f - 1 and text[ws[k].end:ws[f].start].strip():
        return None
    w = ws[k]
    if _set_after_noun(an, k, f):
        return _qualified_noun(an, k - 1)  # "a vote on the new proposal set for Monday": the vote's time
    if (w.norm in FUNCTION_WORDS or w.norm in AUXILIARIES or w.norm in REPORTING_VERBS or _past(w)
            or (w.norm.endswith("ing") and len(w.norm) > 4 and not (k and ws[k - 1].norm in DETERMINERS))
            or an.clause[k] != an.clause[f]):  # "a hearing for 3 May" is a noun, "waiting for May" a verb
        return None
    return k




def _set_after_noun(an: Analysed, k: int, f: int) -> bool:
    """Is word k a participle of setting ("set", "scheduled") right after a noun of the same clause as "for" at f,
    with the clause's own verb before that noun (else the participle is the verb: "The union scheduled for 3 May a
    strike vote")?"""
    ws = an.words
    if not (ws[k].norm in SETTING_PARTICIPLES and k > 0 and _noun_like(ws[k - 1]) and an.clause[k - 1] == an.clause[f]):
        return False
    here = an.clause[k]
    return any(an.clause[j] == here and (_past(ws[j]) or ws[j].norm in AUXILIARIES) for j in range(k - 1))


def _qualified_noun(an: Analysed, k: int) -> int:
    """'a vote on the new proposal': from the noun at k back over a prepositional phrase to the noun it qualifies."""
    ws, j = an.words, k
    while j > 0 and ws[j - 1].norm not in FUNCTION_WORDS and k - j < 3:
        j -= 1  # "the new proposal": its modifiers
    while j > 0 and ws[j - 1].norm in DETERMINERS:
        j -= 1
    if j > 1 and ws[j - 1].norm in ("on", "about", "over", "of") and _noun_like(ws[j - 2]):
        return j - 2
    return k


def _for_targets(an: Analysed) -> list[tuple[int, int]]:
    """(event noun, 'for') for each 'NOUN for DATE' in the sentence."""
    text = an.sentence.text
    found = []
    for f, w in enumerate(an.words):
        if w.norm == "for" and _DATE_AFTER_FOR.match(text, w.end):
            k = _event_before_for(an, f)
            if k is not None:
                found.append((k, f))
    return found


_UNTIL = re.compile(r"\b(?:until|till|through|to)\s+(?:the\s+)?\Z", re.IGNORECASE)


def ongoing(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The fire continued to rage on Wednesday', 'the fire was still burning on 3 May', 'pickets during an ongoing
    strike on 23 October': a date in a clause that says the event went on is a time it was under way, not when it
    happened (a date after until/through is its end, and the clause rule decides)."""
    if mention.kind != "date" or _UNTIL.search(an.sentence.text, max(0, mention.start - 12), mention.start):
        return None
    i = an.index_after(mention.start)
    here = an.clause[min(i, len(an.words) - 1)]
    going = next((k for k in range(i) if an.clause[k] == here and _goes_on(an, k)), None)
    own = [h for h in about if an.clause[h.first] == here]
    if going is None and own:
        going = _kept_as(an, own)
    if going is None and own and all(_ongoing_in_phrase(an, h.first) for h in own):
        going = own[0].first - 1  # "during an ongoing strike in Renton, October 23": every term said to go on
    if going is None or not own:
        return None
    return Decision(False, f"is a time it went on ('{an.words[going].text}'), not when it happened")


_SPAN_TO_NOW = re.compile(r"(?:the\s+)?(?:past|last)\s+(?:(?:few|two|three|several|\d+)\s+)?"
                          r"(?:days?|weeks?|months?|years?|decades?)", re.IGNORECASE)
_SPAN_OPENERS = {"over", "during", "throughout", "in", "within"}  # (not "for": "profit for last year", a period)


def span_to_now(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The continuous discharge ... over the past year have damaged its reputation': a stretch up to publication
    after over/during/in tells how long something went on, not when the event happened: attached as the clause
    says, but loosely (one holding the fact's date agrees; another is a possible conflict); the span of events in the
    plural ("quakes that killed 500 in the past month", ``_series``) dates no one of them: set aside."""
    if mention.kind != "date" or not mention.relative or not _SPAN_TO_NOW.fullmatch(mention.text):
        return None
    k = an.index_at(mention.start)
    j = k - 2 if k >= 2 and an.words[k - 1].norm == "the" else k - 1  # ("over the past year": "past year" read)
    if j < 0 or an.words[j].norm not in _SPAN_OPENERS:
        return None
    plural = _series(an, k, about)
    if plural is not None:  # "earthquakes that killed 500 in the past month": a series' span dates no one of them
        return Decision(False, f"is the span of a series of '{_span(an, plural)}', no date of one of them")
    decision = _same_clause(an, k, about)
    why = f"possible conflict: '{_words(an, range(j, an.index_at(mention.end - 1) + 1))}' is how long something went on"
    return replace(decision, weak=why) if decision.attached and not decision.weak.startswith(FAR_AWAY) else None


def series_since(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Orsk has been hit by a series of powerful quakes since late July': a date after "since" in a clause whose
    terms name events in the plural (and no single one after a determiner) starts their series; the one event a
    fact dates came at or after it, so the date is attached as the clause says, but loosely (a matching one agrees;
    another is a possible conflict)."""
    if mention.kind != "date":
        return None
    ws, k = an.words, an.index_at(mention.start)
    plural = _series(an, k, about)
    if k < 1 or ws[k - 1].norm != "since" or plural is None:
        return None
    decision = _same_clause(an, k, about)
    why = f"possible conflict: 'since {mention.text}' starts a series of '{_span(an, plural)}'"
    return replace(decision, weak=why) if decision.attached and not decision.weak.startswith(FAR_AWAY) else None


def _series(an: Analysed, k: int, about: list[Hit]) -> Hit | None:
    """The term naming events in the plural (``KNOWN_EVENT_NOUNS``) in the clause of word k ("quakes"), or right
    before the relative clause holding it ("quakes that killed 500 in the past month"), when no term there names a
    single one after a determiner ("the quake"; a verb beside the plural says what the series did: "hit by
    quakes"), or None."""
    ws, opening = an.words, an.clause.index(an.clause[k])
    own = [h for h in about if an.clause[h.first] == an.clause[k]] or [
        h for h in about if h.last + 1 == opening and ws[opening].norm in RELATIVE_PRONOUNS]  # ("quakes that killed")
    if any(not is_plural(ws[h.last].norm) and h.first and ws[h.first - 1].norm in DETERMINERS for h in own):
        return None
    return next((h for h in own if is_plural(ws[h.last].norm) and singular(ws[h.last].norm) in KNOWN_EVENT_NOUNS), None)


_MARKS = {"marks", "marked", "mark"}
_SINCE_WORDS = {"since", "after", "from"}


def marks_since(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'as Thursday marks one week since the start of the release': a date that marks a span since (or after) the
    event is that span after it, not the event's day: set aside when a term stands after the since."""
    if mention.kind != "date":
        return None
    ws, k = an.words, an.index_after(mention.end)
    if k < len(ws) and ws[k].norm == "will":
        k += 1
    if k >= len(ws) or ws[k].norm not in _MARKS:
        return None
    since = next((j for j in range(k + 1, min(len(ws), k + 7)) if ws[j].norm in _SINCE_WORDS), None)
    if since is None or not any(h.first > since for h in about) \
            or not any(UNITS.get(w.norm, ("",))[0] == "time" for w in ws[k + 1:since]):
        return None  # (a span between: "marks one week since"; not "marks a sharp break from")
    return Decision(False, f"marks '{_words(an, range(k + 1, since + 1))}' the event, not the event's day")


def _ongoing_in_phrase(an: Analysed, k: int) -> bool:
    """'during an ongoing strike', 'amid the continuing crisis': an adjective of going on before the term at k, in a
    prepositional phrase (not the subject: "The ongoing strike began on 3 May" dates the start)."""
    ws = an.words
    if k < 2 or ws[k - 1].norm not in ONGOING_BEFORE:
        return False
    j = k - 1  # the adjective, and the determiner before it
    if ws[j - 1].norm in DETERMINERS:
        j -= 1
    return j >= 1 and ws[j - 1].norm in _PHRASE_PREPOSITIONS


_PHRASE_PREPOSITIONS = {"during", "amid", "amidst", "in", "despite", "throughout", "through", "over", "of"}


def _kept_as(an: Analysed, own: list[Hit]) -> int | None:
    """'he kept the general as head of the guard': a verb of keeping (``KEEPING_VERBS``), then "as" right before
    every term (past an article) in the clause: the post went on; the verb's index, or None."""
    ws = an.words
    for h in own:
        j = h.first - 1 if h.first >= 1 and ws[h.first - 1].norm not in ("the", "a", "an") else h.first - 2
        if j < 1 or ws[j].norm != "as" or _past(ws[h.last]) or any(
                _past(w) or w.norm in AUXILIARIES or w.norm.endswith("ing") for w in ws[h.last + 1:h.last + 3]):
            return None  # (not "kept watch as voting began": "as" opening a clause)
    keep = next((k for k in range(own[0].first) if ws[k].norm in KEEPING_VERBS and an.clause[k] == an.clause[own[0].first]),
                None)
    if keep is None or own[0].first - keep > 6 or not _kept_person(_before_as(ws[keep + 1:own[0].first])):
        return None  # (not "kept order by appointing Lind as head", "kept a low profile as head": no person kept)
    return keep


def _kept_person(between) -> bool:
    """The words between "kept" and "as" name a person kept: a pronoun, a name, or "the" and one noun ("the
    general"); not "a low profile", "his distance", "quiet"."""
    ws = [w for w in between if w.norm not in ("the", "a", "an")]
    if not ws:
        return False
    if len(ws) == 1 and ws[0].norm in OBJECT_PRONOUNS or all(w.capitalised for w in ws):
        return True
    return len(between) == 2 and between[0].norm == "the" and not _past(between[1])


def _before_as(words) -> list:
    """The words before the last "as" (past an article after it), or [] when there is none."""
    words = list(words)
    while words and words[-1].norm in ("the", "a", "an"):
        words.pop()
    return words[:-1] if words and words[-1].norm == "as" else []


def _goes_on(an: Analysed, k: int) -> bool:
    """'continued to rage', 'continued on', 'continues at 9pm tonight', 'was still burning': a word of going on at k,
    before its verb or its phrase of time (not an opening 'Still,' nor 'still the strongest': no verb after it)."""
    ws = an.words
    if ws[k].norm not in ONGOING_WORDS or k + 1 >= len(ws) or _gap(an, k + 1).strip():
        return False
    after = ws[k + 1].norm
    if ws[k].norm == "still":
        return k > 0 and (after.endswith("ing") or after in AUXILIARIES)
    return after in GOING_ON_AFTER or after.endswith("ing")


_DATING = re.compile(r"\b(?:dating|dates|dated)\s+(?:back\s+)?(?:to|from)\s+(?:the\s+|around\s+|about\s+)?"
                     r"(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE)


def dating_from(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'eight jewels dating from the 19th century', 'a law that dates back to 1901': a date after "dating from" or
    "dates back to" tells how old the thing before it is, not when an event happened (a term naming that thing
    takes it)."""
    m = mention.kind == "date" and _DATING.search(an.sentence.text, max(0, mention.start - 40), mention.start)
    if not m:
        return None
    k = an.index_at(m.start())
    thing = [h for h in about if k - 3 <= h.last < k]
    if thing:
        return Decision(True, f"tells how old '{_span(an, thing[0])}' is")
    return Decision(False, f"tells how old '{an.words[k - 1].text if k else 'it'}' is, not when an event happened")


_SPAN_ENDS = {"until", "till"}  # (not "to", "through": "from 3 May to protest", "from 12 May to the new terminal")


def span_start(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'He led the church from 13 March 2013 until his death in April 2025': a date after "from" starts a span that
    the words after "until" (or "till") end; when every term of the sentence stands in that ending phrase,
    the term names the end, and the start is no date of it: set aside."""
    ws, k = an.words, an.index_at(mention.start)
    if mention.kind != "date" or k < 1 or ws[k - 1].norm != "from" or not about:
        return None
    end = an.index_after(mention.end)
    while end < len(ws) and end - k < 8 and ws[end].norm not in _SPAN_ENDS:
        end += 1
    if end >= len(ws) or ws[end].norm not in _SPAN_ENDS or end + 1 >= len(ws) or ws[end + 1].norm[:1].isdigit() \
            or ws[end + 1].norm in CALENDAR_WORDS:
        return None  # "from 3 May to 9 May": two dates of one span, the clause decides
    if not all(end < h.first <= end + 4 for h in about):
        return None
    return Decision(False, f"starts a span that '{_words(an, range(end, about[0].last + 1))}' ends")


def named_as(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The referendum date was announced as 14 October': a date after a naming verb and "as" is what the verb
    names, which the clause's subject may be ('referendum date' takes it by the clause rule), not when the naming
    was done: a term that is the verb itself does not take it."""
    ws, k = an.words, an.index_after(mention.start) - 1
    if mention.kind != "date" or k < 1 or ws[k].norm != "as" or ws[k - 1].norm not in NAMING_VERBS:
        return None
    subject = next((h for h in about if 0 < k - 1 - h.last <= 3 and all(
        ws[j].norm in AUXILIARIES or ws[j].norm in ("been", "be") for j in range(h.last + 1, k - 1))), None)
    if subject is not None:  # "the referendum date was announced as": the subject is what is named
        return Decision(True, f"is what '{_span(an, subject)}' is named as")
    if any(not h.first <= k - 1 <= h.last and an.clause[h.first] == an.clause[k] for h in about):
        return None
    return Decision(False, f"is what '{ws[k - 1].text} as' names, not when that was done")


def target_date(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'called an election for July 4', 'set a hearing for 3 May': a date after 'for' is the time set for
    the noun before it, not the time of the verb (after a verb of moving a plan and "from", the time it had:
    ``_moved_from``); and when a term has such a date of its own, the clause's
    other dates go to the verb ('on May 22 called an election for July 4': 22 May is the calling)."""
    if mention.kind != "date":
        return None
    planned = _planned(an, mention) or _due(an, mention, about) or _deadline(an, mention) or _target_of(an, mention) \
        or _given_until(an, mention, about) or _setting_act(an, mention, about) or _moved_from(an, mention)
    if planned is not None:
        return planned
    targets = _for_targets(an)
    if not targets:
        return None
    if _FOR_BEFORE.search(an.sentence.text, max(0, mention.start - 20), mention.start):
        return _set_for(an, mention, about, targets)
    here = an.clause[an.index_at(mention.start)]
    own = [h for h in about if an.clause[h.first] == here]
    bound = [h for h in own if any(k in range(h.first, h.last + 1) for k, _ in targets)]
    if own and len(bound) == len(own):
        return Decision(False, f"'{_span(an, bound[0])}' has its own date after 'for'; this one dates the verb")
    return None


def _moved_from(an: Analysed, mention: Mention) -> Decision | None:
    """'the report was pushed back from mid-September', 'postponed from 3 May to 9 May': a date after "from" right
    after a verb of putting off or moving a plan (``PLAN_CHANGES``) is the time it had been set for, no time it
    happened: set aside."""
    m = _MOVED_FROM.search(an.sentence.text, max(0, mention.start - 40), mention.start)
    return Decision(False, f"is the time a plan was moved from ('{' '.join(m.group(0).split())}'), no time it happened") \
        if m else None


_MOVED_FROM = re.compile(r"\b(?:" + alternation(PLAN_CHANGES) + r")\s+from\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z",
                         re.IGNORECASE)


_DUE = re.compile(r"(?<![\w'’-])(?P<noun>[A-Za-z][\w-]*)\s+(?P<be>(?:is|are|was|were)\s+)?due\s+(?:in|on|by|at|for)?\s*"
                  r"(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE)


def _due(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'with a final report due in early February': a date after "due" is when the noun before it is due, a plan
    (attached loosely when a term names that noun or the clause's subject is due: 'the verdict is due on 3 May'), and
    no date of anything else: set aside when the noun right before "due" is no term."""
    due = _DUE.search(an.sentence.text, max(0, mention.start - 60), mention.start)
    if due is None:
        return None
    noun = an.index_at(due.start("noun"))
    if due.group("be") or any(h.first <= noun <= h.last for h in about):
        return Decision(True, "is the date it is due", weak=f"possible conflict: the date '{due.group('noun')}' is "
                        "due, which it may not have kept")
    return Decision(False, f"is the date '{an.words[noun].text}' is due")


# a modal and a verb (passive or not) before "by": "should be completed by", "will close by", "must be paid by"
_DEADLINE = re.compile(r"\b(?P<said>(?:should|must|will|would|could|shall|(?:is|are|was|were)\s+(?:expected|due|set)\s+to)"
                       r"\s+(?:be\s+|have\s+been\s+)?[a-z]+\s+by\s+(?:the\s+)?)\Z", re.IGNORECASE)


def _set_for(an: Analysed, mention: Mention, about: list[Hit], targets) -> Decision | None:
    """'called an election for July 4': the date set for the noun before "for" (attached when a term names it)."""
    f = an.index_at(mention.start - 1)
    while f > 0 and an.words[f].norm != "for":
        f -= 1
    owner = next((k for k, g in targets if g == f), None)
    if owner is None:
        return None
    noun = an.words[owner].text
    if any(h.first <= owner <= h.last for h in about):
        return Decision(True, f"is the date set for '{noun}'")
    return Decision(False, f"is the date set for '{noun}', not the subject")


def _deadline(an: Analysed, mention: Mention) -> Decision | None:
    """'The merger should be completed by the end of 2023': a date after "by", after a modal and its verb, is a
    deadline set, when nothing need have happened yet: attached loosely (a matching one agrees, another is a possible
    conflict)."""
    m = _DEADLINE.search(an.sentence.text, max(0, mention.start - 50), mention.start)
    if m is None:
        return None
    said = " ".join(m.group("said").split())
    return Decision(True, "is a deadline", weak=f"possible conflict: a deadline ('{said}'), no time anything happened")


def _given_until(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The agency had until Dec. 10 to start the return': a date after "had until" and before "to" is a deadline
    given, no time anything happened: set aside; the date of the deadline itself when the verb after "to" is a term
    ("ByteDance has until January 20 to sell the app")."""
    m = _HAD_UNTIL.search(an.sentence.text, max(0, mention.start - 30), mention.start)
    to = _TO_AFTER.match(an.sentence.text, mention.end)
    if m is None or not to:
        return None
    verb = an.index_after(to.end() - 1)
    if any(h.first == verb for h in about):
        return Decision(True, f"is the deadline given to '{an.words[verb].text}'")
    return Decision(False, f"is a deadline given ('{' '.join(m.group().split())}'), no time anything happened")


_HAD_UNTIL = re.compile(r"\b(?:had|has|have|was\s+given|were\s+given|is\s+given|are\s+given)\s+until\s+\Z", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s+to\s+[a-z]", re.IGNORECASE)


def _target_of(an: Analysed, mention: Mention) -> Decision | None:
    """'delayed from a previous target of end-2021', 'a deadline of 30 June': a date a target or deadline names is a
    plan (attached loosely), and one since changed when the target is an earlier one ("previous", "original")."""
    m = _TARGET_OF.search(an.sentence.text, max(0, mention.start - 60), mention.start)
    if m is None:
        return None
    said = " ".join(m.group().split())
    if m.group("once"):
        return Decision(False, f"is the date first planned ('{said}'), since changed")
    return Decision(True, "is the date a target names",
                    weak=f"possible conflict: the date a target names ('{said}'), which the event may not have kept")


_TARGET_OF = re.compile(r"\b(?:a|an|the|its|their)\s+(?:(?P<once>previous|original|earlier|initial|prior|old)\s+)?"
                        r"(?:target(?:\s+date)?|deadline|timeline|timetable)\s+of\s+(?:the\s+)?"
                        r"(?:(?:end|early|late|mid)(?:\s+of)?[\s-]+)?\Z", re.IGNORECASE)


def _setting_act(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'when the election was called in April', 'the vote was postponed on Monday': a verb of setting an event's time
    (``SETTING_VERBS``, ``PLAN_CHANGES``), the nearest verb before the date in its clause, dates that act, not the
    event a term names as a noun (not when a term is that verb: a fact about the calling); a date after "to"/"until"/
    "for" there is the time the act sets ("postponed the election to Oct 17"), the event's, not the act's."""
    ws, k = an.words, an.index_at(mention.start)
    here = an.clause[k]
    j = k - 1
    while j >= 0 and an.clause[j] == here and not _past(ws[j]):
        j -= 1
    if j < 1 or an.clause[j] != here or ws[j].norm not in _SETTING or ws[j - 1].norm in DETERMINERS \
            or ws[j].norm == "called" and ws[j - 1].norm not in BE_FORMS \
            or any(w.norm == "to" and not _time_word(ws[m + 1]) for m, w in enumerate(ws[j + 1:k - 1], j + 1)):
        return None  # ("is scheduled to meet Tuesday": the meeting's day; "the postponed election": an adjective)
    if k >= 1 and ws[k - 1].norm in _NEW_TIME:  # "postponed the election to Oct 17": the event's new time
        return Decision(False, f"is the time '{ws[j].text}' sets ('{ws[k - 1].text}'), not the act's") \
            if _hit_in(about, range(j, j + 1)) else None
    if _hit_in(about, range(j, j + 1)) or not any(an.clause[h.first] == here and not _past(ws[h.first]) for h in about):
        return None
    return Decision(False, f"dates the act of '{ws[j].text}', not the event it sets")


_SETTING = SETTING_VERBS | {v for v in PLAN_CHANGES if " " not in v}
_NEW_TIME = frozenset({"to", "until", "till", "for"})


def _planned(an: Analysed, mention: Mention) -> Decision | None:
    """'The launch, set for 14 May, ...': a date after a participle of scheduling is a plan the event may have kept
    (attached loosely); 'Originally set for February 14, the launch was postponed': one since changed."""
    planned = _SCHEDULED.search(an.sentence.text, max(0, mention.start - 50), mention.start)
    if planned is None:
        return None
    said = " ".join(planned.group().split()).strip(",;(")
    if planned.group("once") or planned.group("once2") or _CHANGED_PLAN.search(an.sentence.text):
        return Decision(False, f"is the date first planned ('{said}'), since changed")
    return Decision(True, "is the date planned",
                    weak=f"possible conflict: the date planned ('{said}'), which the event may not have kept")


def _infinitive_head(an: Analysed, hit: Hit, mention: Mention) -> int | None:
    """'sued to block the deal', 'its failed effort in 2019 to land': the verb or noun whose intended act the
    term's to-infinitive names (past a date between them), or None when the term is no such infinitive or
    the word before 'to' shares its time ('is set to close', 'decided to block')."""
    ws, j = an.words, _infinitive_to(an, hit)
    if j < 1 or ws[j].norm != "to" or ws[j].start < mention.start < ws[hit.first].start:
        return None  # (a date between 'to' and the term is the term's own: 'to debate the Mar 19 deal')
    k = j - 1
    if mention.end <= ws[j].start and not an.sentence.text[mention.end:ws[j].start].strip():
        k = _word_before_date(an, mention)  # "effort nearly four years ago to land", "sued on Monday to block"
    if k < 0 or an.clause[k] != an.clause[j]:
        return None
    w = ws[k]
    if hit.first == j + 1 and _appointed_to_post(an, k, j):
        return None  # "was appointed to lead the guard in 2011", "appointed him to lead": the post taken up then
    if w.capitalised:
        return _head_of_subject(an, k)
    if w.norm in FUNCTION_WORDS or w.norm in AUXILIARIES:
        return None
    if not _noun_after_determiner(ws, k) and w.norm.startswith(INFINITIVE_SHARERS):
        return None
    return k


def _appointed_to_post(an: Analysed, k: int, j: int) -> bool:
    """'appointed him to lead the guard', 'was elected to head the party': a verb of putting someone in a post
    (``APPOINTING_VERBS``, as done: not after "to", a try), maybe past an object pronoun, before "to" (word j) and a
    verb of holding a post (``POST_VERBS``; not "run for", a candidacy), which the term opens (not "to oversee the
    ceasefire" for a fact about the ceasefire)."""
    ws = an.words
    if ws[k].norm in OBJECT_PRONOUNS and k >= 1:
        k -= 1
    if not ws[k].norm.startswith(APPOINTING_VERBS) or _noun_after_determiner(ws, k) or k and ws[k - 1].norm == "to":
        return False
    return j + 1 < len(ws) and ws[j + 1].norm in POST_VERBS and not (j + 2 < len(ws) and ws[j + 2].norm == "for")


def _infinitive_to(an: Analysed, hit: Hit) -> int:
    """The "to" of the to-infinitive holding the term: its own ("to buy"), right before it past an adverb or a
    passive's "be" ("to successfully land", "to be released"; not after a rank, "the first mayor to be sworn in",
    which says it happened), or further back in its phrase; -1 or another word's index when there is none."""
    ws, j = an.words, hit.first - 1
    if ws[hit.first].norm == "to" and hit.last > hit.first:
        return hit.first  # a term that holds its "to" ("to buy")
    if j >= 1 and ws[j].norm.endswith("ly") and ws[j - 1].norm == "to":
        return j - 1
    if j >= 1 and ws[j].norm == "be" and ws[j - 1].norm == "to" and not any(
            w.norm in ORDINAL_WORDS or w.norm in RANK_WORDS for w in ws[max(0, j - 5):j - 1]):
        return j - 1  # (not "the first mayor to be sworn in": an act that happened)
    if j >= 1 and ws[j].norm != "to":
        return _infinitive_before(an, hit.first)  # "to block Northwind from completing the deal"
    return j


def _head_of_subject(an: Analysed, k: int) -> int | None:
    """The head of an infinitive whose word before "to" is a name (word k): 'a deadline for Velmar Corp. to buy' ("for"
    and the name are the infinitive's subject, the noun before them its head), or the verb whose object the name ends
    ('appeared before the Committee on Industry to discuss': the purpose of the verb before)."""
    ws = an.words
    subject = _name_run_back(an, k).start - 1
    if subject > 0 and ws[subject].norm == "for" and (subject == 1 or not ws[subject - 1].capitalised) \
            and ws[subject - 1].norm not in FUNCTION_WORDS:
        return subject - 1
    return _object_verb(an, k) if k > 0 else None


def _object_verb(an: Analysed, k: int) -> int | None:
    """'appeared before the Committee on Industry and Technology to discuss', 'hired Xona Partners to review': the
    past verb (up to twelve words before, in its clause) whose object or phrase the name at word k ends, so that the
    infinitive after the name is that verb's purpose; None when there is none ('Smith to lead the team')."""
    ws = an.words
    return next((j for j in range(k - 1, max(-1, k - 13), -1) if an.clause[j] == an.clause[k] and _past(ws[j])), None)


def _infinitive_before(an: Analysed, first: int) -> int:
    """The 'to' of a to-infinitive whose phrase (up to nine words) holds the word ``first`` ('to block Northwind from
    completing', 'to undertake the review and determine what caused the outage'), or -1."""
    ws, left, j = an.words, _INFINITIVE_REACH, first - 2
    while j > 0 and left > 0:  # (a name's words count as one: "to honor the victims of the Aske Tower South collapse")
        if _gap(an, j + 1).strip() or an.clause[j] != an.clause[first]:
            return -1
        if ws[j].norm == "to" and not ws[j + 1].capitalised and ws[j + 1].norm not in FUNCTION_WORDS \
                and not _past(ws[j + 1]):
            return j
        left -= not (ws[j].capitalised and ws[j + 1].capitalised)
        j -= 1
    return -1


_INFINITIVE_REACH = 8  # words from a to-infinitive's verb to a term in its phrase, names counted as one word


def _word_before_date(an: Analysed, mention: Mention) -> int:
    ws, k = an.words, an.index_at(mention.start)
    while k >= 0 and ws[k].end > mention.start:
        k -= 1
    while k >= 0 and ws[k].norm in ("on", "in", "at", "during", "since", "nearly", "about", "almost", "some", "just"):
        k -= 1
    return k


def _noun_after_determiner(ws: tuple[Word, ...], k: int) -> bool:
    """'its attempt', 'its failed attempt' (not 'the ship began')."""
    return k >= 1 and (ws[k - 1].norm in DETERMINERS or k >= 2 and ws[k - 2].norm in DETERMINERS
                       and ws[k - 1].norm.endswith(("ed", "ful", "ous", "al", "ive", "ic", "st")))


def intended_act(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The agency in March sued to block the merger', 'a failed effort four years ago to land': a term in a
    to-infinitive after a verb or noun names an intended act; a date before 'to' dates that verb or noun
    (and, after a past verb or a try that failed, one inside the infinitive too: 'sued to block the deal on Monday',
    'the first attempt to impeach him last Saturday failed'); not after a word that shares its infinitive's time ('is
    set to close on 13 October', 'decided to block it in April')."""
    if mention.kind != "date":
        return None
    here = an.clause[an.index_at(mention.start)]
    clauses = _covered(an, here) | {here} if here == an.intro else {here}  # ("On Tuesday, a court ordered ...")
    own = [h for h in about if an.clause[h.first] in clauses]
    if not own:
        return None
    heads = []
    for h in own:
        k = _infinitive_head(an, h, mention)
        if k is None:
            return None
        before = mention.end <= an.words[h.first].start
        if an.words[h.first].norm == "to":  # a term holding its "to" ("to buy") is the deal's own act but when put off
            if not _rescheduled(an, k, h, mention):
                return None
        elif not (before and mention.start < an.words[h.first - 1].start or _past(an.words[k]) or _failed_try(an, k)
                  or _put_forward_noun(an, k) or _rescheduled(an, k, h, mention)):
            return None
        heads.append(k)
    return Decision(False, f"dates '{an.words[heads[0]].text}'; '{_span(an, own[0])}' is only its intended act")


def announced_act(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'May has announced she will resign as Prime Minister on 7th June', 'said that it would close the plant in
    May': a date after a modal of the future that opens the complement of a term of saying (its subject, maybe
    "that", between them) dates the act announced, not the announcing: set aside when every term stands before."""
    if mention.kind != "date" or not about:
        return None
    ws, d = an.words, an.index_at(mention.start)
    modal = next((j for j in range(d - 1, max(-1, d - 12), -1) if ws[j].norm in FUTURE_MODALS), None)
    last = max(h.last for h in about)
    if modal is None or last >= modal or ws[last].norm not in _TELLING_VERB or modal - last > 5:
        return None
    between = an.sentence.text[ws[last].end:ws[modal].start]
    if any(mark in between for mark in ",;:()\"“”") or any(_past(w) for w in ws[last + 1:modal]):
        return None  # ("announced on Friday, when it would", "said the firm, which had ...")
    if _occasion_between(an, modal, d, mention):
        return None
    return Decision(False, f"dates what '{ws[last].text}' says is to come ('{ws[modal].text} "
                           f"{ws[modal + 1].text}'), not the saying")


def _occasion_between(an: Analysed, modal: int, d: int, mention: Mention) -> bool:
    """Between the modal (word ``modal``) and the date (word ``d``): a comma, a noun of saying or a phrase of its own
    ("would resign, speaking outside her office on 24 May", "will close it in a filing on May 24", "will step down at
    a rally in Leeds on May 24"): the saying's own occasion may hold the date."""
    ws = an.words
    act = an.sentence.text[ws[modal].end:mention.start]
    return any(mark in act for mark in ",;:()") or any(w.norm in _SAYING_NOUNS for w in ws[modal + 1:d]) or any(
        ws[j].norm in _OCCASION_PREPOSITIONS and ws[j + 1].norm in DETERMINERS for j in range(modal + 1, d - 1))


_OCCASION_PREPOSITIONS = {"in", "at", "during", "on", "via", "through", "after", "before", "with"}
_SAYING_NOUNS = TELLING_NOUNS | REPORT_NOUNS | {"filing", "letter", "announcement", "briefing", "conference", "address",
                                               "release", "remarks", "testimony", "hearing", "appearance"}
_TELLING_VERB = SAYING_VERBS | REPORTING_VERBS


def _rescheduled(an: Analysed, k: int, h: Hit, mention: Mention) -> bool:
    """'A deadline for Velmar to buy Orsk shares was pushed to August 11': the infinitive's noun (word k, before the
    term) is what a verb of putting off or moving (``_RESCHEDULING``) between the term and the date moved: the date is
    that noun's."""
    ws, at = an.words, an.index_at(mention.start)
    return k < h.first and not _past(ws[k]) and ws[h.last].end <= mention.start \
        and any(ws[j].norm in _RESCHEDULING for j in range(h.last + 1, at))


_RESCHEDULING = frozenset({w for w in PLAN_CHANGES if " " not in w} | {"pushed", "extended", "moved", "deferred"})


def _put_forward_noun(an: Analysed, k: int) -> bool:
    """'introduced the motion to remove Lind', 'filed a petition to oust him': word k is a noun of proposing that
    a past verb just before it puts forward: its infinitive's act is only proposed, and the clause's date is the
    putting forward."""
    ws = an.words
    if ws[k].norm not in PROPOSAL_NOUNS:  # not a try: "made an attempt to rescue the bank on 3 March" is the rescue's
        return False
    j = k - 1
    while j >= 0 and k - j <= 3 and (ws[j].norm in DETERMINERS or not (_past(ws[j]) or ws[j].norm in FUNCTION_WORDS)):
        j -= 1  # "the", "a new", "its second"
    return j >= 0 and k - j <= 3 and _past(ws[j]) and ws[j].norm not in ENACTING_VERBS  # "passed a motion to" enacts


def _failed_try(an: Analysed, k: int) -> bool:
    """'the first attempt to impeach him failed', 'a failed bid to land': word k is a noun of trying said to have
    failed (a word of failing right before it, or a verb of failing after it in its clause), so its infinitive's act
    did not happen when the infinitive says (not "an attempt to rescue the failing bank")."""
    ws = an.words
    if ws[k].norm not in ATTEMPT_NOUNS:
        return False
    if k and ws[k - 1].norm in FAILURE_WORDS:
        return True  # "a failed bid", "an abortive attempt"
    return any(an.clause[j] == an.clause[k] and ws[j].norm in FAILURE_VERBS for j in range(k + 1, len(ws)))


def counted_relative(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the 12 sailors who were rescued', 'the 12 sailors, ages 19-40, and their captain, who were rescued':
    a relative clause after the counted noun (past an apposition, or a coordinated noun before a comma) describes
    what is counted; a term in it is said of the count."""
    if not _has_unit(mention) or _unit_inside(mention):
        return None
    opening = _relative_after_count(an, an.index_after(mention.end))
    if opening < 0:
        return None
    inside = [h for h in about if an.clause[h.first] == an.clause[opening] and h.first > opening]
    if not inside or _told_that(an, an.index_at(mention.start), opening, inside[0]):
        return None
    if any(_denies(an, j) for j in range(opening, inside[0].first)):
        # "all 179 people, who could not be rescued, died": the count is of those the term is denied of
        return Decision(False, f"counts what the relative clause denies '{_span(an, inside[0])}' of")
    return Decision(True, f"counts what the relative clause with '{_span(an, inside[0])}' describes")


def _told_that(an: Analysed, k: int, opening: int, term: Hit) -> bool:
    """'informing Salesforce's 80,000 employees that the company planned to lay off staff': "that" after those a verb
    of telling (``TELLING_VERBS``) tells, a few words before the count, opens what they are told, no relative clause
    (when the term there has an object of its own: "told the 9,000 employees that it laid off to return ..." is a
    relative clause, its object the employees)."""
    ws, after = an.words, term.last + 1
    return ws[opening].norm == "that" and any(w.norm in TELLING_VERBS for w in ws[max(0, k - _TOLD_REACH):k]) \
        and after < len(ws) and ws[after].norm not in FUNCTION_WORDS and not _gap(an, after).strip()


_TOLD_REACH = 4  # words from the verb of telling to the count: "informing Salesforce's estimated 80,000"


def _relative_after_count(an: Analysed, k: int) -> int:
    """The relative pronoun opening a clause about the noun phrase counted from word k on, or -1."""
    ws = an.words
    j = _plain_run(an, k, 3)  # the counted noun ("12 young sailors")
    if j == k or j >= len(ws):
        return -1
    j = _past_apposition(an, j)
    coordinated = ws[j].norm == "and" and _gap(an, j).strip() in ("", ",")
    if coordinated:
        start = j + 1 + (j + 1 < len(ws) and ws[j + 1].norm in DETERMINERS)
        j = _plain_run(an, start, 2)
        if j == start:
            return -1
    if j >= len(ws) or ws[j].norm not in _RELATIVE_OR_THAT or _gap(an, j).strip() not in ("", ","):
        return -1
    if coordinated and _gap(an, j).strip() != ",":
        return -1  # "the 12 sailors and a captain who ...": a restrictive clause describes the captain only
    return j


def _past_apposition(an: Analysed, j: int) -> int:
    """Past an apposition ', ages 19-40,' at word j (a few words, no verb, up to the next comma); else j."""
    ws = an.words
    if _gap(an, j).strip() != ",":
        return j
    end = next((e for e in range(j + 1, min(j + 5, len(ws))) if _gap(an, e).strip() == ","), -1)
    if end < 0 or ws[end].norm in RELATIVE_PRONOUNS \
            or any(w.norm in _NOT_MODIFIERS or _past(w) for w in ws[j:end]):
        return j
    return end


def negated(an: Analysed, found: Hit | Mention, about: list[Hit]) -> Decision | None:
    """'It is unclear why Orsk isn't scheduled to testify', 'the council did not sign the lease on 3 May': a clause
    whose verb is negated does not state that its name or value holds: set aside, never a difference.  The negation
    reaches to a subordinator, a contrast or a participle after a noun ('not a storm, but a flood of 3 May', 'did not
    believe the report published on 3 May'); a focus or a bound is no denial ('not until 3 May', 'not more than 40'),
    nor is a span of the negated state ('did not sail for 12 days'), nor a name in a subject that holds it and the
    terms ('Boeing chief executive Kelly Ortberg did not specify': the predicate is denied, not who the chief is)."""
    first = found.first if isinstance(found, Hit) else an.index_at(found.start)
    denied = _denied_claim(an, first, about)
    if denied:
        return denied
    denials = _denials(an)
    if not denials:
        return None  # most sentences deny nothing
    here = an.clause[first]
    if isinstance(found, Mention) and found.kind == "number" and _span_before(an, first):
        return None
    for k in denials:
        if not _denies_here(an, k, here, first, about):
            continue
        scope = _negation_scope(an, k)
        terms = [h for h in about if h.first in scope or h.last in scope]
        if isinstance(found, Hit) and first < k and all(h.last < k for h in terms):
            continue  # "Boeing chief executive Kelly Ortberg did not specify": the subject's name, no denied predicate
        if first in scope and terms:
            shown = an.sentence.text[an.words[k - 1 if an.words[k].norm == "t" else k].start:an.words[k].end]
            return Decision(False, f"is in a negated clause ('{shown}'): not said to hold")
    return None


def _denies_here(an: Analysed, k: int, here: int, first: int, about: list[Hit]) -> bool:
    """May the negation at word k deny the value at word ``first``: in its clause, not quoted apart from it, not
    inside a term (what the fact says: "did not exist", "not guilty"), and not a participle's "not" after it?"""
    return an.clause[k] == here and not _quoted_apart(an, k, first) and not any(h.first <= k <= h.last for h in about) \
        and not (first < k and _denies_participle(an, k))


_UNREAL_VALUE = re.compile(r"\b(?:would|could|might)\s+(?:\w+\s+)?have\s+been\s+(?:(?:about|around|some|nearly|"
                           r"roughly|only|just)\s+)?\Z", re.IGNORECASE)


# "would/could/might have" and a participle, then the rest of its clause (no mark) up to the value
_UNREAL_ACT = re.compile(r"\b(?:would|could|might|may)\s+(?:[a-z]+ly\s+)?have\s+(?!been\b)(?:[a-z]+(?:ed|en|wn)|"
                         + alternation(IRREGULAR_PAST) + r")\b(?=(?:(?!\b(?:" + alternation(RELATIVE_PRONOUNS) + r")\b)"
                         r"[^,.;:()])*\Z)", re.IGNORECASE)  # (not into a relative clause: "the fire that killed 10")


def _unreal_value(an: Analysed, mention: Mention) -> str:
    """'the deal would have been $880 million', 'Ida would have needed winds of 156 mph to be upgraded to a category
    5 storm': a value right after "would/could/might have been", or in the rest of the clause of "would have" and a
    participle, is what did not happen: the phrase, or ''."""
    text = an.sentence.text
    m = _UNREAL_VALUE.search(text, max(0, mention.start - 40), mention.start) \
        or _UNREAL_ACT.search(text, max(0, mention.start - 100), mention.start)
    return " ".join(m.group().split()) if m else ""


def counterfactual(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'would potentially have created a crisis', 'could have been avoided', 'might have started on 3 May': a term
    right after a modal and "have" (up to one adverb and "been" between) tells of what did not or may not have
    happened; when every term of the value's clause is so, the value is attached loosely (a matching one agrees,
    another is a possible conflict)."""
    k = an.index_at(mention.start)
    unreal = _unreal_condition(an, k) or _unreal_value(an, mention) or _as_if(an, k)
    if unreal:
        decision = _same_clause(an, k, about)
        return replace(decision, weak=f"possible conflict: said of what did not happen ('{unreal}')") \
            if decision.attached and not decision.weak else None
    if "have" not in an.norms or an.norms.isdisjoint(PERFECT_MODALS):
        return None
    return _every_term_marked(an, k, about, _counterfactual_before, "said of what may not have happened")


def _every_term_marked(an: Analysed, k: int, about: list[Hit], mark, said: str) -> Decision | None:
    """When ``mark`` finds its words right before every term of word k's clause ("would have", "should be"), the
    value is attached as the clause says, but loosely (``said``: why a conflicting one is only possible)."""
    own = [h for h in about if an.clause[h.first] == an.clause[k]]
    decision = None
    if not own:  # the term of a coordinated predicate ("convicted ... and acquitted one for")
        decision = _same_clause(an, k, about)
        own = [h for h in about if _span(an, h) == decision.term] if decision.attached else []
    shown = [mark(an, h.first) for h in own]
    if not own or not all(shown):
        return None
    decision = decision or _same_clause(an, k, about)
    if not decision.attached or decision.weak:
        return None
    return replace(decision, weak=f"possible conflict: {said} ('{shown[0]}')")


_PAST_PARTICIPLE_ENDS = ("been", "ed", "en", "wn")  # "had been", "had stayed", "had taken", "had known"


def obligation(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'arguing that CZ should be sentenced to three years', 'the plant must be shut by 2030': a term right after a
    modal of obligation (should, must, ought to; "be" between) tells of what someone holds ought to happen; when
    every term of the value's clause is so, the value is attached loosely (a matching one agrees, another is a
    possible conflict)."""
    if an.norms.isdisjoint(_OBLIGING):
        return None
    return _every_term_marked(an, an.index_at(mention.start), about, _obliged_before, "said of what ought to happen")


_OBLIGING = {"should", "must", "ought"}


def past_plan(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Tesla promised that deliveries would begin in 2021', 'Tesla had said it would deliver them in the summer of 2023',
    'promising a release date in 2021', 'Musk said he wanted the base model to sell at under $50,000': a value in what
    was promised, wanted or said before ("had said", "originally said"; ``PLAN_VERBS``, ``EARLIER_SAYING_LEADS``) and
    put with "would" or an infinitive is that plan's: attached as the clause says, but loosely (a matching one
    agrees, another is a possible conflict). Not when the plan's verb is a term."""
    if an.norms.isdisjoint(PLAN_VERBS) and not ("would" in an.norms and "said" in an.norms) \
            and (mention.kind != "number" or an.norms.isdisjoint(TRYING_VERBS)):
        return None
    k = an.index_at(mention.start)
    plan = _plan_before(an, k, about)
    goal = "" if plan or mention.kind != "number" else _goal_before(an, k)
    if not (plan or goal):
        return None
    decision = _same_clause(an, k, about, agents=mention.kind == "date")  # (as value_clause asks it)
    if not decision.attached or decision.weak:
        return None
    return replace(decision, weak=f"possible conflict: a plan told of an earlier time ('{plan}')" if plan else
                   f"possible conflict: what was tried for ('{goal}'), not what came of it")


def _plan_before(an: Analysed, k: int, about: list[Hit]) -> str:
    """The words of a plan before word k, within 12 words: a plan verb ("promised") or an earlier saying ("had said")
    with "would" or "to" between it and word k (not needed after a promise); or ''."""
    ws = an.words
    taken = {j for h in about for j in range(h.first, h.last + 1)}
    for j in range(k - 1, max(-1, k - _PLAN_REACH), -1):
        w = ws[j]
        earlier = w.norm == "said" and j > 0 and ws[j - 1].norm in EARLIER_SAYING_LEADS
        if (w.norm in PLAN_VERBS or earlier) and j not in taken:
            between = {x.norm for x in ws[j + 1:k]}
            if w.norm in ("promising", "promised", "pledging", "pledged") or "would" in between or "to" in between:
                return f"{ws[j - 1].text} {w.text}" if earlier else w.text
    return ""


def _goal_before(an: Analysed, k: int) -> str:
    """'was trying to climb to 4,000 feet', 'tried to raise $2 billion': a verb of trying (``TRYING_VERBS``), "to", a
    verb, then the number at word k (past "to", "for" or "at"): the words of trying, or ''."""
    ws = an.words
    if k < 4 or ws[k - 1].norm not in ("to", "for", "at"):
        return ""  # (a direct object counts real things: "attempted to disperse 2,000 protesters")
    j = k - 1
    if ws[j - 2].norm == "to" and ws[j - 3].norm in TRYING_VERBS and not ws[j - 1].capitalised:
        return ws[j - 3].text
    return ""


_PLAN_REACH = 12  # words from the plan's verb to its value: "Tesla promised that deliveries would begin in 2021"


def name_year(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the controversial Finance Bill, 2024', 'anti-Finance Bill 2024 protests': a year right after a capitalised noun of
    a law or a plan (``NAME_YEAR_NOUNS``, past a comma) is part of that name; it dates no event: set aside."""
    if mention.kind != "date" or not is_year(mention.text.strip()):
        return None
    k = an.index_at(mention.start)
    if k < 1 or _gap(an, k).strip() not in ("", ","):
        return None
    noun = an.words[k - 1]
    if not (noun.capitalised and noun.norm in NAME_YEAR_NOUNS):
        return None
    first = k - 1
    while first > 0 and an.words[first - 1].capitalised and _gap(an, first) in (" ", "-"):
        first -= 1
    return Decision(False, f"is part of the name '{_words(an, range(first, k + 1))}'")


def date_in_term(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'refused to sign the 2019 accounts last week', for a fact with the term "2019 accounts": a date inside a term's
    words is part of what the term names, no date of the event: set aside."""
    if mention.kind != "date":
        return None
    inside = next((h for h in about if an.words[h.first].start <= mention.start and mention.end <= an.words[h.last].end),
                  None)
    return Decision(False, f"is part of the term '{_span(an, inside)}'") if inside else None


def usual_figure(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Usually, the region receives around 1.5 mm of rain for the whole of September', 'typically costs $20': a number
    in a clause with an adverb of what is usual (``HABITUAL_ADVERBS``, or "on average") states the norm, not what
    happened: set aside (not when that adverb is a term)."""
    if mention.kind != "number" or (an.norms.isdisjoint(HABITUAL_ADVERBS) and "average" not in an.norms):
        return None
    ws, here = an.words, an.clause[an.index_at(mention.start)]
    usual = next((j for j, w in enumerate(ws) if an.clause[j] == here and (
        w.norm in HABITUAL_ADVERBS and _adverb_of_verb(an, j) or w.norm == "average" and j and ws[j - 1].norm == "on")),
        None)
    if usual is None or _hit_in(about, range(usual, usual + 1)):
        return None
    return Decision(False, f"states what is usual ('{ws[usual].text}'), not what happened")


def bound_on(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'where the speed limit was 110 mph', 'a price cap of $50': a term right before a noun of a bound (``BOUND_NOUNS``)
    only describes that bound; when every term of the number's clause is so, the number is the bound's, not the
    measure the fact counts: set aside (not for a term holding the bound's noun: "speed limit")."""
    if mention.kind != "number" or an.norms.isdisjoint(BOUND_NOUNS):
        return None
    ws, here = an.words, an.clause[an.index_at(mention.start)]
    own = [h for h in about if an.clause[h.first] == here]
    if not own or not all(h.last + 1 < len(ws) and ws[h.last + 1].norm in BOUND_NOUNS and _gap(an, h.last + 1) == " "
                          for h in own):
        return None
    return Decision(False, f"is the {ws[own[0].last + 1].text} on '{_span(an, own[0])}', no measure of it")


def per_member(an: Analysed, mention: Mention) -> Decision | None:
    """'Four banks are each making a $5 billion deposit', 'The banks each paid $5 billion': a figure in a clause where
    "each" stands between the subject and its verb is each member's, not the group's total (``judge`` asks it only of
    a fact whose claim says no "each"; "paid $5 billion each", right after the figure, is ``_no_total``'s)."""
    if mention.kind != "number" or "each" not in an.norms:
        return None
    ws, k = an.words, an.index_at(mention.start)
    for j in range(max(1, k - _EACH_REACH), k):
        if ws[j].norm == "each" and an.clause[j] == an.clause[k] and j + 1 < len(ws) and ws[j + 1].norm in SHARE_VERBS \
                and (ws[j - 1].norm in AUXILIARIES or ws[j - 1].norm in BE_FORMS or is_plural(ws[j - 1].norm)):
            return Decision(False, "is each one's share ('each'), not the total")
    return None


_EACH_REACH = 10  # words from "each" to the figure: "are each making a $5 billion uninsured deposit"


def wider_count(an: Analysed, mention: Mention) -> str:
    """'Authorities counted more than 90 deaths statewide', 'Statewide, the death toll has reached 95': a count
    followed within three words by a word of a wider whole (``SCOPE_WORDS``), or in a sentence opened by one, counts
    over that whole (not "during the nationwide blackout", which widens the blackout); for a fact whose claim names no
    such whole it is attached loosely (``judge``): the word, or ''."""
    if mention.kind != "number" or an.norms.isdisjoint(SCOPE_WORDS):
        return ""
    ws, k = an.words, an.index_after(mention.end)
    for j in range(k, min(k + 3, len(ws))):  # "90 deaths statewide": right after the count and its noun
        if _gap(an, j).strip() if j > k else False:
            break
        if ws[j].norm in SCOPE_WORDS:
            return ws[j].text
    opening = ws[0].norm in SCOPE_WORDS and len(ws) > 1 and _gap(an, 1).strip() == ","  # "Statewide, the toll ..."
    return ws[0].text if opening and an.main in (-1, an.clause[an.index_at(mention.start)]) else ""


def _adverb_of_verb(an: Analysed, j: int) -> bool:
    """'Usually, the region ...', 'the region usually gets ...': the adverb opens its clause with a comma or stands
    before a verb (not "the usually arid region", an adjective's)."""
    ws = an.words
    if j + 1 >= len(ws):
        return False
    nxt = ws[j + 1]
    return (_gap(an, j + 1).strip() == "," or nxt.norm in AUXILIARIES or nxt.norm in BE_FORMS or _past(nxt)
            or nxt.norm.endswith("s") and not nxt.capitalised and not _gap(an, j + 1).strip())


def subject_modifier(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The plane involved in the crash, a 787-8, was built in 2013', 'The man accused of the attack was arrested on
    3 May': when every term of a date's clause stands in a phrase after the subject's noun (a participle's or a
    preposition's, not "of"), before the clause's verb, the term only says which thing the subject is; the date, after that
    verb, is the verb's: set aside."""
    if mention.kind != "date":
        return None
    ws, k = an.words, an.index_at(mention.start)
    first = an.clause.index(an.clause[k])
    head = _subject_head_end(an, first)
    if head < 0:
        return None
    own = [h for h in about if an.clause[h.first] == an.clause[k]]
    last_term = max((h.last for h in own), default=head)
    finite = not _past(ws[head])  # after a past participle ("involved in"), only an auxiliary is surely the verb
    verb = next((v for v in range(last_term + 1, k) if an.clause[v] == an.clause[k]
                 and (ws[v].norm in AUXILIARIES or ws[v].norm in BE_FORMS or finite and _past(ws[v]))), None)
    if verb is None or not own or any(not head < h.first <= h.last < verb for h in own):
        return None
    said = ws[verb].text + (" " + ws[verb + 1].text if verb + 1 < len(ws) and _past(ws[verb + 1]) else "")
    subject = _words(an, range(first + (ws[first].norm in DETERMINERS), head))
    return Decision(False, f"'{_span(an, own[0])}' only says which {subject} are meant; the date is of '{said}'"
                    if is_plural(ws[head - 1].norm) else
                    f"'{_span(an, own[0])}' only says which {subject} is meant; the date is of '{said}'")


def noun_modifier(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the local disaster agency put the death toll at 174 on Sunday', 'the crash site was sealed off on 3 May':
    when every term of a date's clause is a noun modifying the next noun, a noun of an actor or a site
    (``ACTOR_HEADS``), then a past verb or an auxiliary (the subject's head), the term only says which one acts; the
    date is the verb's: set aside (not "the ceasefire document was signed", "the rescue effort ended": the event's own)."""
    if mention.kind != "date":
        return None
    ws, k = an.words, an.index_at(mention.start)
    own = [h for h in about if an.clause[h.first] == an.clause[k]]
    if not own or any(h.last > k or ws[h.last].capitalised or _past(ws[h.last]) or not _modifies_subject(an, h.last + 1)
                      for h in own):
        return None  # (a name's is its own rule's, _name_modifier; "the Orsk-controlled port": a compound adjective)
    head = ws[own[0].last + 1]
    return Decision(False, f"'{_span(an, own[0])}' only says which {head.text} is meant; the date is of "
                           f"'{ws[own[0].last + 2].text}'")


def _modifies_subject(an: Analysed, j: int) -> bool:
    """Is word j a noun of an actor or a site (``ACTOR_HEADS``) right after the word before (a space between), with
    a past verb or an auxiliary right after it?"""
    ws = an.words
    if j + 1 >= len(ws) or _gap(an, j) != " " or ws[j].capitalised or ws[j].norm not in ACTOR_HEADS:
        return False
    return _gap(an, j + 1) == " " and (_past(ws[j + 1]) or ws[j + 1].norm in AUXILIARIES)


def _subject_head_end(an: Analysed, first: int) -> int:
    """Where the phrase after a subject's noun begins ('The plane | involved in ...', 'The man | accused of ...',
    'Civilians | fleeing the fighting ...'): the index of the participle or preposition after a determiner (or none,
    before a plural noun opening the sentence) and up to three nouns, or -1."""
    ws = an.words
    bare = first == 0 and is_plural(ws[0].norm) and ws[0].norm not in FUNCTION_WORDS
    if not bare and (ws[first].norm not in DETERMINERS or ws[first].norm == "that"):
        return -1
    j = first + 1
    while j < len(ws) and j - first <= 3 and _subject_noun(ws[j]):
        j += 1
    if (j == first + 1 and not bare) or j >= len(ws) or _gap(an, j) != " ":
        return -1
    participle = _past(ws[j]) and not bare or _ing(ws[j])
    return j if participle or ws[j].norm in _AFTER_NOUN_PREPOSITIONS or _of_people(ws, j) else -1


def _of_people(ws: list[Word], j: int) -> bool:
    """'Suspects of the attack', 'the victims of the crash': "of" after a plural noun that names neither a part, a
    group nor an amount (``PART_NOUNS``; "Thousands of protesters", "Parts of the dam" tell of what follows)."""
    head = ws[j - 1].norm
    # a determiner after "of" names a particular thing ("of the attack"; not a kind or a mass: "Sounds of explosions",
    # "Hours of heavy rain", which tell of the explosions and the rain)
    return ws[j].norm == "of" and is_plural(head) and head not in PART_NOUNS and head not in VAGUE_PARTS \
        and head not in FRACTION_WORDS and head not in ONES and head not in TENS \
        and j + 1 < len(ws) and ws[j + 1].norm in DETERMINERS


def _subject_noun(w: Word) -> bool:
    return _noun_like(w) and not _past(w) and w.norm not in FUNCTION_WORDS and not w.norm.endswith("ing")


_AFTER_NOUN_PREPOSITIONS = {"in", "behind", "from", "at", "during", "after"}  # ("of" only after a plural noun of
# people or things: _of_people)


def acted_on(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'His lawyers appealed the verdict on 5 February', 'violated the ceasefire on 12 December', 'the verdict was
    appealed on 5 February': a term that is what a verb of acting on a past event, or of putting off a coming one,
    acts on (``ACTING_ON_VERBS``, the term its object or passive subject) is dated by that act; when every term of
    the date's clause is so, the date is attached loosely (a matching one agrees, another is a possible conflict).
    Not when the verb is a term itself ("extended" for a fact about an extension)."""
    if mention.kind != "date" or an.norms.isdisjoint(ACTING_ON_VERBS) and an.norms.isdisjoint(JUDGING_VERBS):
        return None
    taken = {k for h in about for k in range(h.first, h.last + 1)}
    ends = {h.first: h.last for h in about}
    at = an.index_at(mention.start)
    return _every_term_marked(an, at, about,
                              lambda a, k: _acting_before(a, k, taken, at) or _acting_after(a, ends[k], taken),
                              "the date of an act on it")


_ACTED_REACH = 6  # words between the verb and its object's noun: "appealed the jury's guilty verdict"; one more
# for each complement link passed ("condoled the death of children in a fire")
_OBJECT_LINKS = {"of", "in"}  # an object's own complements
_MOST_LINKS = 4  # words of reach the links may add at most
_OWN_CLAUSE_OPENERS = {"when", "after", "while"}  # "decried the deaths in the fire after flames swept ... on 16 May"
# (not "as": "condemned the coup as illegal on 28 July" describes it)


def _acting_before(an: Analysed, k: int, taken: set[int], at: int) -> str:
    """The verb (as written) whose object is the noun phrase ending in the term at word k, or ''; a verb of judging
    whose "for" names the term only for a date at word ``at`` before that "for" (after it, the deed's own date)."""
    ws, owner, links = an.words, False, 0
    for j in range(k - 1, max(-1, k - 1 - _ACTED_REACH - _MOST_LINKS), -1):
        if _gap(an, j + 1).strip(" '’s") or an.clause[j] != an.clause[k] or k - j > _ACTED_REACH + links:
            return ""  # a comma, a dash: no longer one noun phrase; another clause's verb ("Supporters who welcomed
            # the move joined the rally")
        w = ws[j]
        if w.norm in ACTING_ON_VERBS:
            if j and ws[j - 1].norm in DETERMINERS:
                return ""  # "the disputed election was held on 4 May": an adjective, no act on it
            if any(x.norm in RELATIVE_PRONOUNS or x.norm in _OWN_CLAUSE_OPENERS for x in ws[k + 1:at]):
                return ""  # "lamented the loss of life in the flood, which hit Orsk on 3 May": the flood's own date
            return w.text if j not in taken else ""
        if w.norm == "for":
            return _judged_for(an, j, taken) if at < j else ""
        owner = owner or w.norm == "s" and _gap(an, j) in ("'", "’")  # "the National Assembly's impeachment"
        links += w.norm in _OBJECT_LINKS
        if not _inside_object(w, owner):
            return ""  # a name, a conjunction, another preposition
    return ""


def _inside_object(w: Word, owner: bool) -> bool:
    """A word that may stand inside an acted-on object: a determiner, a complement link, a plain lower-case word,
    a name after an owner's 's."""
    return (w.norm in DETERMINERS and w.norm != "that" or w.norm in ACTING_ON_PREPOSITIONS or w.norm in _OBJECT_LINKS
            or w.text[:1].islower() and w.norm not in FUNCTION_WORDS and not _past(w) or owner and w.capitalised)


def _judged_for(an: Analysed, j: int, taken: set[int]) -> str:
    """The verb of judging (``JUDGING_VERBS``) whose "for" at word j names the deed ("convicted three men and
    acquitted one for the downing"): past its object's plain words, in the same clause; or ''."""
    ws = an.words
    for v in range(j - 1, max(-1, j - 1 - _ACTED_REACH), -1):
        if _gap(an, v + 1).strip(" '’s") or an.clause[v] != an.clause[j]:
            return ""
        if ws[v].norm in JUDGING_VERBS:
            return ws[v].text if v not in taken else ""
        if ws[v].capitalised and ws[v].norm not in DETERMINERS or _in_time_phrase(ws, v):
            continue  # a name as the object: "jailed Lee for the sinking"; the verb's own time: "on Tuesday"
        if ws[v].norm in FUNCTION_WORDS and ws[v].norm not in DETERMINERS and ws[v].norm != "and" \
                or _past(ws[v]) and ws[v].norm not in JUDGING_VERBS and ws[v].norm not in _PASSIVE_RUN:
            return ""
    return ""


def _in_time_phrase(ws: tuple[Word, ...], v: int) -> bool:
    """Word v is a word of time or the preposition opening one ("on Tuesday", "in May 2020"), or of a length of time
    ("for at least 55 years")."""
    w = ws[v]
    if w.norm in CALENDAR_WORDS or w.norm in DAY_WORDS or w.norm.isdigit() or w.norm in TIME_NOUNS \
            or w.norm in _SPAN_UNITS:
        return True
    if w.norm in _SPAN_LEADS and any(x.norm.isdigit() for x in ws[v + 1:v + 4]):
        return True  # a term's length: "jailed for at least 55 years in August 2020 for helping ..."
    return w.norm in ("on", "in", "last", "this") and v + 1 < len(ws) and (
        ws[v + 1].norm in CALENDAR_WORDS or ws[v + 1].norm in DAY_WORDS or ws[v + 1].norm.isdigit())


_SPAN_LEADS = {"for", "at", "least", "most", "more", "than", "up", "to", "about", "nearly", "almost", "over"}
_SPAN_UNITS = {"years", "year", "months", "month", "weeks", "days", "hours"}


def _acting_after(an: Analysed, last: int, taken: set[int]) -> str:
    """The passive verb after the term ending at word ``last`` ("the verdict was later appealed"), or ''."""
    ws, j = an.words, last + 1
    while j < len(ws) and j <= last + 3 and ws[j].norm in _PASSIVE_RUN and _gap(an, j) == " ":
        j += 1
    passive = any(w.norm in BE_FORMS for w in ws[last + 1:j])
    if passive and j < len(ws) and ws[j].norm in ACTING_ON_VERBS and j not in taken and _gap(an, j) == " ":
        return ws[j].text
    return ""


_PASSIVE_RUN = BE_FORMS | {"has", "have", "had", "later", "then", "also", "subsequently"}


def _obliged_before(an: Analysed, k: int) -> str:
    """'should be', 'must', 'ought to be' right before word k, as written, or ''."""
    ws, j = an.words, k - 1
    if j >= 0 and ws[j].norm == "be":
        j -= 1
    if j >= 1 and ws[j].norm == "to" and ws[j - 1].norm == "ought":
        j -= 1
    return an.sentence.text[ws[j].start:ws[k - 1].end] if j >= 0 and ws[j].norm in _OBLIGING else ""


def _as_if(an: Analysed, k: int) -> str:
    """'describe their stories as if the tornado hit yesterday': "as if"/"as though" before word k in its sentence,
    with no stop between, likens to what is not so: the words as written, or ''."""
    ws = an.words
    if "as" not in an.norms or an.norms.isdisjoint(("if", "though")):
        return ""  # (most sentences)
    for j in range(k - 1, 0, -1):
        if ws[j - 1].norm == "as" and ws[j].norm in ("if", "though"):
            seeming = any(w.norm in _SEEMING for w in ws[max(0, j - 4):j - 1])
            return "" if seeming else f"{ws[j - 1].text} {ws[j].text}"  # ("it looks as if the fire started")
        if any(mark in _gap(an, j) for mark in ",;:"):
            return ""
    return ""


_SEEMING = {"look", "looks", "looked", "seem", "seems", "seemed", "appear", "appears", "appeared", "sound", "sounds",
            "sounded"}  # "it looks as if ...": what seems so, no likeness to what is not


def _unreal_condition(an: Analysed, k: int) -> str:
    """'If Novak had been 18 at the time, she would have...': a clause opened by "if" whose verb is "had" (the past
    perfect of a condition), in a sentence with a modal (would, could, might), supposes what did not happen; not after
    a verb of asking or knowing ("asked if", "unclear if": whether); the words "if ... had" as written, or ''."""
    if "if" not in an.norms or "had" not in an.norms or an.norms.isdisjoint(PERFECT_MODALS):
        return ""  # the unreal past is answered by a modal: "..., she would have received", "would be in prison now"
    here, start = an.clause[k], k
    while start > 0 and an.clause[start - 1] == here:
        start -= 1
    ws = an.words
    if ws[start].norm != "if" or start and ws[start - 1].norm in ASKING_WORDS:
        return ""  # ("Asked if Novak had been 18": whether, no condition)
    had = next((j for j in range(start + 1, min(k - 1, start + 6)) if ws[j].norm == "had"
                and ws[j + 1].norm.endswith(_PAST_PARTICIPLE_ENDS)), None)  # not "if she had 18 votes"
    return an.sentence.text[ws[start].start:ws[had].end] if had is not None else ""


def _counterfactual_before(an: Analysed, k: int) -> str:
    """'would have', 'could potentially have been' right before word k, as written, or ''."""
    ws, j = an.words, k - 1
    if j >= 0 and ws[j].norm == "been":
        j -= 1
    if j < 1 or ws[j].norm != "have":
        return ""
    j -= 1
    if j >= 1 and ws[j].norm.endswith("ly"):
        j -= 1  # "would potentially have"
    return an.sentence.text[ws[j].start:ws[k - 1].end] if j >= 0 and ws[j].norm in PERFECT_MODALS else ""


def _quoted_apart(an: Analysed, k: int, first: int) -> bool:
    """Is word k inside a quotation that word ``first`` is outside of ('were built by a Yugoslav firm, "not to collect
    water but to protect the city"': the quoted negation denies nothing before it)?"""
    marks = _quote_marks(an)
    if not marks:
        return False
    lo, hi = sorted((an.words[k].start, an.words[first].start))
    return (bisect_left(marks, hi) - bisect_left(marks, lo)) % 2 == 1


@per_sentence
def _quote_marks(an: Analysed) -> tuple[int, ...]:
    """Where the sentence's quotation marks stand, in order (counted between two words by bisection: linear)."""
    return tuple(i for i, c in enumerate(an.sentence.text) if c in _QUOTES)


_QUOTES = frozenset('"“”')


def _denied_claim(an: Analysed, first: int, about: list[Hit]) -> Decision | None:
    """'denied that the toll had reached 11,300', 'dismissed reports that it sank on 3 May': what the that-clause of a
    verb of denial says is what the subject says is false: set aside with the term it shares, never a difference.  So
    is what a verb of saying reports after an adverb of error ('police mistakenly said the bomb struck the gate':
    ``ERROR_ADVERBS``, ``ERROR_SAYING_VERBS``), which the writer says is false."""
    for verb, scope in _denied_clauses(an):
        if first in scope and any(h.first in scope for h in about):
            return Decision(False, f"is in what '{an.words[verb].text}' says is false: not said to hold")
    return None


@per_sentence
def _denied_clauses(an: Analysed) -> tuple[tuple[int, range], ...]:
    """Each verb of denial and the words of the that-clause it denies (to the clause's end)."""
    if an.norms.isdisjoint(DENIAL_VERBS) and an.norms.isdisjoint(ERROR_ADVERBS):
        return ()
    ws, out = an.words, []
    for k in range(len(ws) - 1):
        if k and ws[k - 1].norm in ERROR_ADVERBS and ws[k].norm in ERROR_SAYING_VERBS:
            out.append((k, _reported(an, k + 1 + (ws[k + 1].norm == "that"))))  # "police mistakenly said the bomb ..."
            continue
        if ws[k].norm not in DENIAL_VERBS:
            continue
        j = k + 1
        if ws[j].norm in ("the", "a", "any") and j + 1 < len(ws):
            j += 1
        if ws[j].norm in CLAIM_NOUNS and j + 1 < len(ws):
            j += 1
        if ws[j].norm != "that" or j + 1 >= len(ws):
            continue
        out.append((k, _reported(an, j + 1)))
    return tuple(out)


def _reported(an: Analysed, start: int) -> range:
    """The words of the reported clause opening at word ``start``, to that clause's end."""
    stop = start
    while stop < len(an.words) and an.clause[stop] == an.clause[start]:
        stop += 1
    return range(start, stop)


@per_sentence
def _denials(an: Analysed) -> tuple[int, ...]:
    """The words that negate their clause's verb (``_denies``), whatever the value."""
    if an.norms.isdisjoint(NEGATIONS) and "t" not in an.norms:
        return ()
    return tuple(k for k in range(len(an.words)) if _denies(an, k))


def _denies(an: Analysed, k: int) -> bool:
    """Does word k negate its clause's verb ('not', 'never', 'cannot', an auxiliary's "n't"), not a focus or a bound?"""
    ws = an.words
    w = ws[k]
    contraction = w.norm == "t" and k and ws[k - 1].norm.endswith("n") and _gap(an, k) in ("'", "’")
    if not (w.norm in NEGATIONS or contraction):
        return False
    return not (k + 1 < len(ws) and (ws[k + 1].norm in NOT_DENIALS or ws[k + 1].norm in COMPARATIVES))


def _denies_participle(an: Analysed, k: int) -> bool:
    """'charged three officials with culpable homicide not amounting to murder': "not" between a noun and an -ing
    participle denies the participle's phrase after the noun, not what stands before it ("Orsk not having signed"
    denies all; so does a headline's "the government not planning to raise VAT to 25 percent" what follows)."""
    ws = an.words
    return ws[k].norm == "not" and 0 < k < len(ws) - 1 and ws[k + 1].norm.endswith("ing") \
        and ws[k + 1].norm not in ("having", "being") and _noun_like(ws[k - 1]) and not ws[k - 1].capitalised \
        and _gap(an, k) == " "


def _negation_scope(an: Analysed, k: int) -> range:
    """The words a negation at word k denies: its clause, from its start to a subordinator, a contrast or a
    participle after a noun ('the report published on 3 May') after the negation; a noun phrase's contrast after a
    comma ("killed 230 people, not a criminal act") denies only what follows it."""
    ws, here = an.words, an.clause[k]
    contrast = _gap(an, k).strip() == "," and k + 1 < len(ws) and ws[k + 1].norm in ("a", "an", "the")
    start = k if contrast else an.clause.index(here)
    stop = k + 1
    while stop < len(ws) and an.clause[stop] == here and ws[stop].norm not in CONTRASTS \
            and ws[stop].norm not in CLAUSE_OPENERS and ws[stop].norm != "as" \
            and not (stop > k + 2 and _past(ws[stop]) and _noun_like(ws[stop - 1]) and not ws[stop - 1].norm.endswith("ly")):
        stop += 1
    return range(start, stop)


def _span_before(an: Analysed, k: int) -> bool:
    """'for 12 days', 'during the next 15 years': a number counting a span."""
    return any(w.norm in SPAN_WORDS for w in an.words[max(0, k - 3):k])


_OCCASION_BEFORE = re.compile(r"\b(?:during|over|around|throughout|ahead\s+of|for)\s+(?:the\s+)?\Z", re.IGNORECASE)


# ", the first anniversary of the disaster", ", its 10th anniversary": an anniversary in apposition after a date
_ANNIVERSARY_APPOSED = re.compile(r",\s+(?:the|its|their)\s+(?:[\w-]+\s+){0,2}anniversar(?:y|ies)\s+of\s+", re.IGNORECASE)
_ANNIVERSARY_OF_REACH = 5  # words of what the anniversary is of: "the tower's completion", "the disaster"


def anniversary_day(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'at the site of the 2024 crash in Muan on Dec 29, the first anniversary of the disaster': a date with an
    anniversary of a term in apposition after it is the anniversary's day, later than the event it marks: set aside
    (not for a fact whose terms name the anniversary)."""
    if mention.kind != "date":
        return None
    m = _ANNIVERSARY_APPOSED.match(an.sentence.text, mention.end)
    if m is None or any("anniversar" in h.term.text.lower() for h in about):
        return None
    k = an.index_after(m.end())
    if not any(k <= h.first < k + _ANNIVERSARY_OF_REACH for h in about):
        return None  # ("on 23 June, the 40th anniversary of the tower's completion": of another thing)
    return Decision(False, f"is the day of an anniversary ('{' '.join(m.group().strip(', ').split())}'), later than the "
                    "event it marks")


def holiday_occasion(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'a crush occurred in a narrow alley during Halloween': a holiday written with no day or year after a word of
    span ("during", "over", "around", "ahead of") names the occasion, which may span days (a Halloween weekend, the
    Christmas holidays): attached as the clause says, but loosely: a matching day agrees, another is only a possible
    conflict ("on Halloween" names the day)."""
    if mention.kind != "date" or any(c.isdigit() for c in mention.text) \
            or mention.text.lower().replace("’", "'") not in HOLIDAYS \
            or not _OCCASION_BEFORE.search(an.sentence.text[max(0, mention.start - 14):mention.start]):
        return None
    decision = value_clause(an, mention, about)
    if not decision.attached or decision.weak:
        return decision
    why = f"'{mention.text}' names an occasion, which may span days"
    return replace(decision, why=why, weak="possible conflict: " + why)


def value_clause(an: Analysed, mention: Mention, about: list[Hit]) -> Decision:
    """Rule 2: attributed when an about-term stands in the value's clause."""
    if mention.kind == "date":
        events = _date_events(an, mention, about)
        if isinstance(events, Decision):
            return events
        about = events
    elif mention.kind == "number" and about and all(_compound_adjective(an, h) for h in about):
        return _described_by(an, about[0])  # "the BJP-led alliance won 353 seats": the term tells the noun's state
    k = an.index_at(mention.start)
    done = _done_to_noun(an, k, about) if mention.kind == "date" else None
    if done is not None:
        return done
    decision = _same_clause(an, k, about, agents=mention.kind == "date")
    if decision.attached and decision.weak.startswith(FAR_AWAY) and (mention.relative or range_bounds(mention)):
        return _too_far(decision)
    if mention.kind == "date" and decision.attached and not decision.weak:
        weak = _loose_date(an, k, about)
        return replace(decision, weak=weak) if weak else decision
    return decision


_DONE_REACH = 3  # words from the participle to the date: "released late on Wednesday"


def _done_to_noun(an: Analysed, k: int, about: list[Hit]) -> Decision | None:
    """'The failures leading up to the July rally shooting were preventable, according to a Senate investigation
    released Wednesday': a date right after a past participle that follows a noun, after its clause's finite verb (a
    reduced relative clause: no "be" before it), dates what was done to that noun; when neither is a term, it is no
    date of the clause's terms."""
    ws = an.words
    p = next((j for j in range(k - 1, max(-1, k - 1 - _DONE_REACH), -1) if _past(ws[j])), None)
    if p is None or p < 2 or any(not (w.norm in ("on", "late", "early", "last") or w.norm in DETERMINERS)
                                 for w in ws[p + 1:k]):
        return None
    noun = ws[p - 1]
    if not _noun_like(noun) or noun.capitalised or noun.norm in BE_FORMS or any(h.first <= j <= h.last for h in about
                                                                                for j in (p - 1, p)):
        return None
    if an.clause[p - 1] != an.clause[k] or not any(w.norm in AUXILIARIES or w.norm in BE_FORMS or _finite_past(an, j)
                                                    for j, w in enumerate(ws[:p - 1])):
        return None  # no finite verb before it: the participle may be the sentence's own verb
    return Decision(False, f"dates what was done to '{noun.text}' ('{ws[p].text}'), no term's event")


def _date_events(an: Analysed, mention: Mention, about: list[Hit]) -> list[Hit] | Decision:
    """The terms that may be a date's event (not one only describing a noun, or dated by its own date); a Decision
    setting the date aside when there is none."""
    k = an.index_at(mention.start)
    events = [h for h in about if _own_relative(an, h, k)
              or not _attributive(an, h) and not _before_aftermath_noun(an, h) and not _epithet(an, h)
              and not _name_modifier(an, h) and not _people_modifier(an, h)]
    if not events:
        return Decision(False, f"'{_span(an, about[0])}' only describes the noun after it, it is not the clause's event")
    described = [_reduced_relative(an, h, an.index_at(mention.start)) for h in events]
    if all(n is not None for n in described):
        return Decision(False, f"'{_span(an, events[0])}' only describes '{an.words[described[0]].text}' (a "
                               "participle's phrase after it); the date is the clause verb's")
    owns = [own if own is None or k not in own else None for own in (_own_date(an, h) for h in events)]
    if all(own is not None for own in owns):
        return Decision(False, f"'{_span(an, events[0])}' has its own date ('{_words(an, owns[0])}'), this one is "
                               "the clause's")
    return [h for h, own in zip(events, owns) if own is None]


def _own_relative(an: Analysed, h: Hit, k: int) -> bool:
    """'victims of the earthquake that struck on Jan. 1': a date in a relative clause opened right after the term
    dates what the term's noun did, however the noun's phrase stands in its sentence (`_in_relative_only` says how
    firmly)."""
    here = an.clause[k]
    opening = an.clause.index(here)
    return an.words[opening].norm in RELATIVE_PRONOUNS and an.clause[h.last] != here and _aside_after(an, h.last, here)


def _too_far(decision: Decision) -> Decision:
    """Far off, and only counted from publication or a span ("has intensified over the past week"): too loose."""
    why = decision.weak.removeprefix(FAR_AWAY + ": ")
    return Decision(False, why.replace("words from", "words (a span or a counted date) from"))


# Participles of what happened to people in an event ("two people wounded in the shooting"), not of where they were
# ("supporters gathered at the rally": the clause's event may be there and then)
_HARMED = {"wounded", "injured", "killed", "hurt", "arrested", "detained", "displaced", "evacuated", "rescued",
           "trapped", "affected", "hospitalised", "hospitalized", "caught", "stranded", "missing", "dead", "abducted",
           "kidnapped", "taken", "seized", "captured", "held", "shot", "stabbed",
           # places an event did harm to: "searched a huge area buried by mud from the collapse"
           "buried", "destroyed", "damaged", "flattened", "flooded", "devastated", "hit", "struck"}
_PARTICIPLE_PREPOSITIONS = {"in", "during", "at", "by", "from", "after", "on", "since", "over", "near"}


def _reduced_relative(an: Analysed, h: Hit, k: int) -> int | None:
    """'Police on Sunday identified two people wounded in the shooting': a term in the prepositional phrase of a past
    participle right after a noun (a reduced relative clause: no "be" before it) describes that noun; a date before
    that noun, with the clause's verb between them, dates the verb, not the term.  The noun's word, or None."""
    ws = an.words
    p = h.first - 2
    while p > 0 and h.first - p <= 5 and ws[p].norm not in _PARTICIPLE_PREPOSITIONS:
        if ws[p].norm in FUNCTION_WORDS and ws[p].norm not in DETERMINERS:
            return None
        p -= 1
    p -= 1  # the participle, right before its preposition
    if p >= 4 and ws[p].norm not in _HARMED and ws[p - 1].norm in _PARTICIPLE_PREPOSITIONS and ws[p - 2].norm in _HARMED:
        p -= 2  # past its agent: "an area buried by mud from the collapse"
    if p < 2 or ws[p].norm not in _HARMED or not _noun_like(ws[p - 1]) or ws[p - 1].norm in BE_FORMS \
            or ws[p - 1].norm in AUXILIARIES or an.clause[p] != an.clause[k]:
        return None
    verb = any(_past(w) or w.norm in AUXILIARIES for w in ws[k + 1:p - 1])
    return p - 1 if k < p - 1 and verb else None


def _loose_date(an: Analysed, k: int, about: list[Hit]) -> str:
    """Why a date attached in its clause dates the term only loosely (a conflicting one is a possible conflict),
    or '': in a relative clause about the term's noun, as an opening date of a verb of saying, or where each term
    is a participle said of another noun."""
    if _in_relative_only(an, k, about):
        return RELATIVE_ONLY
    verb = _opening_dates_a_verb_of_saying(an, about) if an.clause[k] == an.intro else None
    if verb is not None:
        return SAID_THEN.format(an.words[verb].text)
    noun = _participle_of_another_noun(an, k, about)
    if noun is not None:
        return OTHER_NOUNS_EVENT.format(_words(an, noun), an.words[noun.stop].text)
    act = _person_act(an, k, about)
    return PERSON_ACT.format(_span(an, about[0]), an.words[act].text) if act is not None else ""


PERSON_ACT = ("possible conflict: '{}' names a person, and the date may be another act of theirs ('{}'), not the "
              "event")


def _person_act(an: Analysed, k: int, about: list[Hit]) -> int | None:
    """'In Nov. 2021, the school shooter downloaded a game': when every term of the date's clause is a noun for a
    person of the event (``EVENT_PEOPLE``: shooter, gunman, suspect), the clause's past verb, no term, may be any act of
    theirs: its word, or None."""
    clause = an.clause[k]
    if clause == an.intro:  # an opening phrase's date: the clause right after the phrase
        clause = next((c for c in an.clause[k:] if c != an.intro), clause)
    here = [h for h in about if an.clause[h.first] == clause]
    if not here or len(here) != len(about) or any(an.words[h.last].norm not in EVENT_PEOPLE for h in here) \
            or any(an.clause[j] == clause and w.norm in ATTACK_WORDS for j, w in enumerate(an.words)):
        return None  # (a verb of the attack itself is the event: "The gunman opened fire on May 23")
    return next((j for j, w in enumerate(an.words) if an.clause[j] == clause and _past(w)
                 and not any(h.first <= j <= h.last for h in about)), None)


SAID_THEN = ("possible conflict: the opening phrase dates '{}', and what it says may have happened at another time "
             "(\"On Tuesday, the board determined the crash resulted from ...\")")


def _opening_dates_a_verb_of_saying(an: Analysed, about: list[Hit]) -> int | None:
    """'On Tuesday, the NTSB determined the accident resulted from ...': the opening phrase's date dates the main
    clause's verb; when every term stands after a verb of saying or finding (``COMPLEMENT_VERBS``, no term itself)
    in its clause, the terms are in what was said, whose time the date does not give.  That verb's word, or None."""
    ws, verbs = an.words, []
    for h in about:
        if an.clause[h.first] == an.intro:
            return None
        start = an.clause.index(an.clause[h.first])
        verb = next((j for j in range(start, h.first) if ws[j].norm in COMPLEMENT_VERBS
                     and not any(x.first <= j <= x.last for x in about)), None)
        if verb is None:
            return None
        verbs.append(verb)
    return verbs[0] if verbs else None


def _participle_of_another_noun(an: Analysed, k: int, about: list[Hit]) -> range | None:
    """'the initial tally of 27 announced Thursday', 'a 2018 advisory issued by the FAA': when every term in the
    value's clause is a past participle right after a noun (a reduced relative clause: after its clause's finite
    verb, or with "by" after it) and no term stands in that noun's phrase, the clause tells what was done to that
    noun, maybe another thing than the fact's.  The noun's phrase (its words), or None."""
    here = an.clause[k]
    terms = [h for h in about if an.clause[h.first] == here]
    nouns = [noun_before_participle(an, h, about) for h in terms]
    return nouns[0] if terms and all(n is not None for n in nouns) else None


RELATIVE_ONLY = ("possible conflict: it dates a relative clause about the term's noun whose verb is no term "
                 "(\"the mutiny that halted over the weekend\"), maybe another event")


def _in_relative_only(an: Analysed, k: int, about: list[Hit]) -> bool:
    """A date in a relative clause right after the term's noun, no term in that clause: it dates what the relative
    clause says the noun did, which may be another event ("an armed mutiny that halted over the weekend")."""
    here = an.clause[k]
    if any(here in (an.clause[h.first], an.clause[h.last]) for h in about):
        return False
    opening = an.clause.index(here)
    if any((w.norm in _OCCURRING and not (j and an.words[j - 1].norm in BE_FORMS))  # (not a passive: "was hit by")
           or w.norm == "took" and j + 1 < len(an.words) and an.words[j + 1].norm == "place"
           for j, w in enumerate(an.words[opening:opening + 3], opening)):
        return False  # "the explosion, which occurred early on Saturday": the noun's own event, no other
    return any(_relative_to(an, h, here) for h in about)


_OCCURRING = {"occurred", "occurs", "happened", "happens", "unfolded", "struck", "hit", "erupted"}  # and "took place"


def _own_date(an: Analysed, hit: Hit) -> range | None:
    """'her 2021 conviction', 'the May 13 disaster', 'a near-catastrophic January incident': the words of a date
    modifying the term (after its clause's verb), after a determiner or a possessive (a month maybe after one
    describing word too), or None.  The clause's other dates are then its verb's ('a panel on 17 Sept rejected her
    2021 conviction')."""
    ws = an.words
    relative = _relative_possessive(an, hit.first) or _relative_after(an, hit)
    if relative is not None:
        return relative
    month = hit.first >= 2 and ws[hit.first - 1].norm in MONTH_NAMES and _gap(an, hit.first) == " "
    k = hit.first - 1 if month else _date_word_before(an, hit.first)
    if k < 1 or not _after_a_verb(an, hit.first, k):
        return None  # the subject: "Velmar's 2021 referendum was held on 3 May" dates the referendum more finely
    start = k - 1 if ws[k - 1].norm in CALENDAR_WORDS and (len(ws[k].norm) <= 2 or ws[k - 1].norm in MONTH_NAMES) else k
    if start == k and len(ws[k].norm) != 4 and not month:
        return None
    opener = described_from(an, start) if month else start
    if opener < 1 or not (ws[opener - 1].norm in DETERMINERS or _gap(an, opener).strip() in ("'s", "’s")
                          or ws[opener - 1].norm == "s" and _gap(an, opener - 1) in ("'", "’")):
        return None
    return range(start, k + 1)


_RELATIVE_LEADS = {"last", "this"}
_RELATIVE_SPANS = {"week", "month", "year", "weekend"}


def _relative_after(an: Analysed, hit: Hit) -> range | None:
    """'protests over a massive explosion in Beirut last week', 'a settlement over a train crash in Orsk in 2015': a
    relative date or "in" and a year right after the term (past a short phrase of place), after its clause's verb,
    dates the term's noun; its words, or None."""
    ws, k = an.words, hit.last + 1
    if k + 2 < len(ws) and ws[k].norm in ("in", "at") and ws[k + 1].capitalised:
        k += 2
        while k < len(ws) and ws[k].capitalised and k - hit.last <= 4:
            k += 1  # "in Beirut", "in the port of ..." (names only)
    if k + 1 >= len(ws) or _gap(an, k).strip() or _gap(an, k + 1).strip() or not _verb_before(an, hit.first, hit.first):
        return None
    if ws[k].norm == "in" and is_year(ws[k + 1].norm) and (k + 2 >= len(ws) or not ws[k + 2].norm.isdigit()):
        return range(k + 1, k + 2)  # "a settlement over a train crash in Orsk in 2015": a past year of the noun's own
    if ws[k].norm not in _RELATIVE_LEADS or ws[k + 1].norm not in _RELATIVE_SPANS:
        return None
    return range(k, k + 2)


def _date_word_before(an: Analysed, first: int) -> int:
    """The number of a date right before the term at word ``first``, past up to three names or describing words
    ('the 2014 Soma mining disaster', 'the June 2023 Balasore triple train accident'), or -1."""
    ws, k = an.words, first - 1
    while k > 0 and first - k <= 4 and _gap(an, k + 1) == " " and not ws[k].norm.isdigit() and (
            ws[k].capitalised or ws[k].norm not in FUNCTION_WORDS and ws[k].norm not in AUXILIARIES and not _past(ws[k])):
        k -= 1
    return k if k >= 1 and ws[k].norm.isdigit() and _gap(an, k + 1) == " " else -1


def _after_a_verb(an: Analysed, first: int, k: int) -> bool:
    """Is the date at word k (before the term at ``first``) after its clause's verb, or in the object of a
    participle ("investigating the 2024 flood")?"""
    ws = an.words
    if k >= 2 and ws[k - 1].norm in DETERMINERS and _ING.search(ws[k - 2].norm):
        return True
    return _verb_before(an, first, k)


def _verb_before(an: Analysed, first: int, k: int) -> bool:
    """A verb in the clause of word ``first`` before word k."""
    opening = an.clause.index(an.clause[first])
    return any(_verb_in_phrase(an, j) for j in range(opening, k))


_ING = re.compile(r"...ing\Z")  # a participle ("investigating"), not "king", "ring"


def _relative_possessive(an: Analysed, first: int) -> range | None:
    """'last year's floods', 'Sunday's crash', 'yesterday's vote', 'October's crowd crush': a relative date or a month
    owning the term with 's, maybe past three describing words or a name ("last year's deadly crowd crush", "last
    year's fiery Velmar Rail derailment"), after its clause's
    verb, as for a written date; its words, or None."""
    ws, k = an.words, first - 1
    while k >= 3 and first - k <= 3 and ws[k].norm.isalpha() and ws[k].norm not in FUNCTION_WORDS \
            and _gap(an, k + 1) == " ":
        k -= 1  # past describing words and a name: "last year's deadly crowd crush", "last year's fiery Velmar Rail
        # derailment"
    if k < 2 or ws[k].norm != "s" or _gap(an, k) not in ("'", "’"):
        return None
    day = k - 1
    if not (ws[day].norm in WEEKDAYS or ws[day].norm in DAY_WORDS or ws[day].norm in MONTH_NAMES
            or (ws[day].norm in _RELATIVE_SPANS and ws[day - 1].norm in ("last", "this", "next"))):
        return None
    start = day - 1 if ws[day].norm in _RELATIVE_SPANS else day
    if not (_verb_before(an, first, start) or start > 0 and ws[start - 1].norm == "of"):
        return None  # the subject: "Sunday's crash killed 40" is dated by its possessive and its verb alike (not one
        # completing another noun: "plan to visit victims of last week's flooding on July 11")
    return range(start, k + 1)


def _before_aftermath_noun(an: Analysed, hit: Hit) -> bool:
    """'visiting the crash site on Friday', 'a convoy carrying earthquake relief supplies on Tuesday', 'will return to
    the site of the first assassination attempt in October': a term modifying or completing a noun of what follows
    an event (``AFTERMATH_NOUNS``) names no event of the clause's time."""
    ws, after = an.words, hit.last + 1
    if after < len(ws) and (ws[after].norm in AFTERMATH_NOUNS or ws[after].norm in PLAN_NOUNS) \
            and _gap(an, after) == " " and not _court_modifier(an, after):
        return True  # ("the FTX bankruptcy plan was proposed in May": a plan for the event, ``PLAN_NOUNS``)
    k = hit.first - 1  # "the site of the first assassination attempt": the term completes such a noun
    while k > 0 and hit.first - k <= 3 and ws[k].norm != "of" and (ws[k].norm in DETERMINERS or ws[k].norm not in FUNCTION_WORDS) \
            and not _gap(an, k + 1).strip():
        k -= 1
    return k > 0 and ws[k].norm == "of" and ws[k - 1].norm in AFTERMATH_NOUNS and not _gap(an, k).strip()


def _court_modifier(an: Analysed, k: int) -> bool:
    """'filed for bankruptcy court protection': a noun of the proceedings (``_PROCEEDING_NOUNS``) before another
    lower-case noun only describes it; the term goes with that noun ("bankruptcy protection"), no aftermath."""
    ws = an.words
    return ws[k].norm in _PROCEEDING_NOUNS and k + 1 < len(ws) and _gap(an, k + 1) == " " and _plain_noun(ws[k + 1])


_PROCEEDING_NOUNS = {"court", "judge", "hearing", "trial"}


def _attributive(an: Analysed, hit: Hit) -> bool:
    """'the missing team', 'its damaged hull': a one-word participle between a determiner and a noun describes
    the noun; the clause's date is its verb's, not the participle's event.  So does a compound adjective
    holding the term ('the fire-ravaged hall', 'a quake-hit town', 'war-torn Velmar')."""
    if _compound_adjective(an, hit):
        return True
    ws, k = an.words, hit.last
    d = _determiner_before(an, hit)
    if d < 0 or k + 1 >= len(ws):
        return False
    if ws[d].norm == "that" and d >= 1 and _noun_like(ws[d - 1]) and not _gap(an, d).strip() \
            and not (d >= 2 and (_past(ws[d - 2]) or ws[d - 2].norm in COMPLEMENT_VERBS)):
        return False  # "the quake that rocked the region on 7 Sept": after a noun "that" is a relative pronoun (not
        # after a verb's object: "told residents that collapsed buildings would be cleared")
    w, nxt = ws[k], ws[k + 1]
    participle = w.norm.endswith(("ed", "ing")) and len(w.norm) > 4 or w.norm in IRREGULAR_PAST  # ("the lost crew")
    return (participle and nxt.norm not in FUNCTION_WORDS and not _past(nxt)
            and an.sentence.text[w.end:nxt.start] == " ")


def _people_modifier(an: Analysed, hit: Hit) -> bool:
    """'Shooting suspect Ivan Roe appeared in court on 6 September', 'the crash victims were buried on Monday': a term
    naming an event right before a lower-case noun of people the event names (``EVENT_PEOPLE``) describes them; the
    date is their clause's, not the event's."""
    k, event, ws = hit.last + 1, an.words[hit.last].norm, an.words
    if k + 1 < len(ws) and _gap(an, k) == " " and ws[k].norm in KNOWN_EVENT_NOUNS and not ws[k].capitalised \
            and _after_of(an, hit.first):
        k += 1  # "the bodies of the Orsk fire tragedy victims": a compound after "of" (not the subject: "fire tragedy
        # victims perished in the blaze on 12 May")
    return k < len(ws) and _gap(an, k) == " " and not ws[k].capitalised and ws[k].norm in EVENT_PEOPLE \
        and (event in KNOWN_EVENT_NOUNS or event.endswith("ing"))  # (an event's noun: not "the two men accused of")


_PARTITIVE_HEADS = {"all", "some", "many", "most", "none", "each", "both", "several", "few", "dozens", "hundreds",
                    "thousands", "half", "third", "quarter", "majority", "rest"}  # and any count: "Twenty-seven of the fire tragedy victims"


def _after_of(an: Analysed, k: int) -> bool:
    """Does the noun phrase of word k follow "of", past a determiner and capitalised words ("of the Orsk fire")?"""
    j = k - 1
    while j >= 0 and k - j <= 3 and (an.words[j].norm in DETERMINERS or an.words[j].capitalised):
        j -= 1
    before = an.words[j - 1].norm if j >= 1 else ""
    return an.words[j].norm == "of" and bool(before) and not (before[:1].isdigit() or before in _PARTITIVE_HEADS
                                                              or before in ONES or before in TENS)


def _name_modifier(an: Analysed, hit: Hit) -> bool:
    """'13 February 2012: Love Parade mayor removed from office', 'the Lockerbie bomber was freed in 2009': an event's
    name right before a lower-case noun of a person's role (``ROLE_NOUNS``), itself before its verb, describes that
    person; the date is that clause's, not the named event's (not "Love Parade stampede killed 21 on 24 July")."""
    ws, k = an.words, hit.last + 1
    if k + 1 >= len(ws) or not ws[hit.first].capitalised or not ws[hit.last].capitalised or _gap(an, k) != " ":
        return False
    noun, after = ws[k], ws[k + 1]
    return (not noun.capitalised and noun.norm in ROLE_NOUNS and _gap(an, k + 1) == " "
            and _opens_its_clause(an, hit.first) and (_past(after) or after.norm in AUXILIARIES or after.norm in BE_FORMS))


def _opens_its_clause(an: Analysed, k: int) -> bool:
    """Does word k (past "the") open its clause, its subject ("The Lockerbie bomber was freed", "2012: Love Parade
    mayor removed"; not "voters in the Port Waikato electorate will go")?"""
    d = k - 1 if k and an.words[k - 1].norm in DETERMINERS else k
    return d == 0 or an.clause[d - 1] != an.clause[d] or ":" in _gap(an, d)


def _determiner_before(an: Analysed, hit: Hit) -> int:
    """The determiner before a one-word term, past an adverb ("the partially collapsed"), or before a term of an
    adverb and a participle ("partially collapsed"); else -1."""
    ws = an.words
    adverb = hit.last == hit.first + 1 and ws[hit.first].norm.endswith("ly")
    if hit.first != hit.last and not adverb:
        return -1
    d = hit.first - 1
    if d >= 1 and (ws[d].norm.endswith("ly") or _past(ws[d]) and hit.last + 1 < len(ws) and ws[hit.last + 1].norm
                   in PLACE_NOUNS) and ws[d - 1].norm in DETERMINERS and not _gap(an, d + 1).strip():
        d -= 1  # ("the partially collapsed", "the planned landing area"; not "the delayed landing attempt", the event)
    return d if d >= 0 and ws[d].norm in DETERMINERS else -1


def _epithet(an: Analysed, hit: Hit) -> bool:
    """'arrested impeached President Yoon on Wednesday', 'ousted Prime Minister Hasina': a one-word participle right
    before a capitalised title or name describes the person; the clause's date is not its event."""
    ws, k = an.words, hit.first
    if hit.first != hit.last or k == 0 or k + 1 >= len(ws) or ws[k - 1].norm in BE_FORMS or ws[k - 1].norm in AUXILIARIES:
        return False
    if not (_past(ws[k - 1]) or ws[k - 1].norm in FUNCTION_WORDS) or ws[k - 1].norm in ("that", "which", "who"):
        return False  # "Parliament impeached President Yoon": after its subject the participle is the verb (so after
        # a relative pronoun: "a storm that slammed Guerrero on Oct. 25")
    if ws[k - 1].norm in ("and", "but") and k >= 2 and "," in an.sentence.text[ws[k - 2].end:ws[k - 1].start]:
        return False  # "the court acquitted Park, but sentenced Lee": a predicate coordinated after a comma
    w, nxt = ws[k], ws[k + 1]
    return _past(w) and nxt.capitalised and nxt.norm.rstrip(".") not in CALENDAR_WORDS \
        and an.sentence.text[w.end:nxt.start] == " "  # ("which began Nov. 8": a date is no person)


def _described_by(an: Analysed, h: Hit) -> Decision:
    """'the BJP-led alliance won 353 seats': a term that is only a compound adjective (``_compound_adjective``)
    describes the noun after it; a number of the clause is that noun's."""
    return Decision(False, f"'{_span(an, h)}' only describes the noun after it (a compound adjective), not what the "
                           "number counts")


def _compound_adjective(an: Analysed, hit: Hit) -> bool:
    """'the fire-ravaged hall', 'a quake-hit town', 'Russian-controlled Ukraine': the term hyphen-joined to a past
    participle (or a hyphened term ending in one), before a noun or a name, is a compound adjective telling the
    noun's state."""
    ws, p = an.words, hit.last + 1
    if hit.first < hit.last and _past(ws[hit.last]) and all(_gap(an, j) == "-" for j in range(hit.first + 1, p)):
        p = hit.last  # the term is the whole compound: "Russian-controlled"
    elif hit.first == hit.last and hit.first > 0 and _gap(an, hit.first) == "-" and _past(ws[hit.last]):
        p = hit.last  # the term is the compound's participle: "ravaged" in "a tornado-ravaged town"
    elif p + 1 >= len(ws) or _gap(an, p) != "-" or not _past(ws[p]):
        return False
    if p + 1 >= len(ws) or _gap(an, p + 1) != " ":
        return False
    nxt = ws[p + 1]
    return nxt.capitalised or (nxt.norm not in FUNCTION_WORDS and not _past(nxt) and nxt.norm not in AUXILIARIES)


def shared_subject(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The Palisades fire scorched 23,448 acres, destroyed 6,837 structures and damaged 1,017 more': predicates
    joined by commas and "and", each opening with a past verb (or a trailing -ing participle) and no subject of its own, share the first one's
    subject; when a term is that subject (right after the sentence's start or a determiner, right before the first
    verb), a count in any of them is said of it."""
    if mention.kind != "number":
        return None
    ws, clause = an.words, an.clause
    k = an.index_at(mention.start)
    subject = next((h for h in about if h.last + 1 < len(ws) and _past(ws[h.last + 1]) and clause[h.first] < clause[k]
                    and _gap(an, h.last + 1) == " "  # (not "Dahl, aged 59,": an apposition, no predicate)
                    and (h.first == 0 or h.first == 1 and ws[0].norm in DETERMINERS)), None)
    if subject is None:
        return None
    for c in range(clause[subject.first] + 1, clause[k] + 1):
        first = next((i for i, w in enumerate(ws) if clause[i] == c), None)
        if first is None:
            return None
        if ws[first].norm == "and" and first + 1 < len(ws):
            first += 1
        if not _predicate_opener(an, first, c):
            return None
    return Decision(True, f"is said of '{_span(an, subject)}', the subject its predicate shares")


def _predicate_opener(an: Analysed, first: int, c: int) -> bool:
    """A predicate with no subject of its own opens at word ``first`` of clause ``c``: a past verb, or a trailing
    participle ("..., destroying 8,000 homes and killing at least 12 people"), after a comma or a space."""
    w = an.words[first]
    return (_past(w) or bool(_ING.search(w.norm)) and c in an.trailing) and _gap(an, first).strip() in ("", ",")


# ", seemingly contained by early January", ", reopened on 3 May": a comma, an optional -ly adverb, a past participle and
# a preposition, then the date (its own words only: a determiner or a part of a month between)
_PARTICIPLE_DATE = re.compile(r",\s+(?:[a-z]+ly\s+)?(?P<verb>[a-z]+ed|[a-z]+en|built|held|kept|left|lost|made|set|shut)"
                              r"\s+(?:by|until|on|in|around|from|since)\s+(?:(?:the|early|mid|late|about|around)[\s-]+)?\Z")


def participle_date(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The Aske fire started small on New Year's Eve, seemingly contained by early January': a date in a phrase set off
    by a comma that a past participle opens, running to the sentence's end, (with or without an adverb before it) dates that participle's event, not
    the clause's: set aside, unless the participle is a term or the phrase describes a term's noun right before it
    ("the NTSB's preliminary findings, released in February 2024,")."""
    if mention.kind != "date":
        return None
    m = _PARTICIPLE_DATE.search(an.sentence.text, max(0, mention.start - 60), mention.start)
    if m is None or "," in an.sentence.text[mention.end:]:
        return None  # ("The dam in Aske, built in 1961, burst": an aside closed by a comma describes a noun)
    verb, noun = an.index_at(m.start("verb")), an.index_at(m.start() - 1)
    if any(h.first <= verb <= h.last or h.first <= noun <= h.last for h in about) or not _past(an.words[verb]):
        return None  # "the first round of the elections, held on October 22": the phrase describes the term's noun
    return Decision(False, f"dates '{an.words[verb].text}', the participle opening its phrase, not the clause's event")


def opening_participle(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Built in 1980, the ferry sank in 1994', 'Launched in 1997, the probe reached Saturn in 2004': a date in a phrase
    a past participle opens at the sentence's start, closed by a comma, dates that participle's event, not the main
    clause's: set aside when no term stands in the phrase, attached when the participle is a term."""
    ws = an.words
    if mention.kind != "date" or len(ws) < 4 or not _opening_past(ws[0]) or not _opens_a_phrase(ws[1]):
        return None  # ("Elected officials joined ...": a participle before its noun is an adjective, no phrase)
    comma = _opening_phrase_end(an)
    if comma < 0 or not ws[1].start < comma:
        return None
    inside = [h for h in about if h.start < comma]
    own = any(h.first == 0 for h in inside)
    if mention.start > comma:  # the main clause's date: not the opening participle's when that is the only term
        return Decision(False, f"dates the main clause, not '{ws[0].text}', the participle opening the sentence") \
            if own and len(inside) == len(about) else None
    if own:
        return Decision(True, f"dates '{ws[0].text}', the participle opening the sentence")
    return None if inside else Decision(False, f"dates '{ws[0].text}', the participle opening the sentence, not the "
                                               "main clause's event")


def _opens_a_phrase(w: Word) -> bool:
    """A preposition or an adverb after an opening participle ("Built in", "Launched aboard", "Founded jointly")."""
    return w.norm in FUNCTION_WORDS or w.norm in _AFTER_OPENING_PARTICIPLE or w.norm.endswith("ly")


# prepositions the function-word table lacks ("Launched aboard", "Built near")
_AFTER_OPENING_PARTICIPLE = frozenset({"aboard", "off", "onboard", "near", "outside", "inside", "atop"})


def _opening_phrase_end(an: Analysed) -> int:
    """Where an opening phrase ends: its first comma that neither goes on a date ("on March 2, 2004") nor sets a place
    beside a place ("from Kourou, French Guiana"); -1 when no comma clearly ends it."""
    ws = an.words
    for k in range(2, len(ws)):
        if "," not in _gap(an, k):
            continue
        year = ws[k].norm.isdigit() and len(ws[k].norm) == 4
        if not year and not (ws[k].capitalised and ws[k - 1].capitalised):
            return an.sentence.text.index(",", ws[k - 1].end)
    return -1


def _opening_past(w: Word) -> bool:
    """A past participle opening a sentence ('Built', 'Launched'; not 'Indeed')."""
    return w.norm in IRREGULAR_PAST or w.norm.endswith("ed") and len(w.norm) > 4 and w.norm not in _NOT_PARTICIPLES


_NOT_PARTICIPLES = frozenset({"indeed", "instead", "hundred", "unrelated"})  # words in -ed that open no participle


def legal_ground(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Chauvin was convicted in April of the murder of George Floyd in May 2020', 'sentenced on Friday for the murder
    of Floyd': a legal act (``LEGAL_ACTS``) and its ground after "of"/"for"/"in"/"over" (to the next comma) are two
    events; a date inside the ground dates the ground's noun, one outside it in the act's clause dates the act.  A date
    is set aside when the fact's terms stand only on the other side, and attached when they stand in its ground."""
    if mention.kind != "date" or an.norms.isdisjoint(LEGAL_ACTS):
        return None
    k = an.index_at(mention.start)
    ground = _legal_ground_span(an, k, about)
    if not ground:
        return None
    inside = [h for h in about if h.first in ground]
    # (a term after the ground is its list going on: "of second-degree murder, third-degree murder and ...")
    outside = [h for h in about if h.first < ground.start and an.clause[h.first] == an.clause[ground.start - 1]]
    if k in ground:
        if inside:  # (a deed told by verbs: its coordinated predicates keep their own dates, the rules after this)
            return None if _gerund_ground(an, ground) else Decision(True, f"dates '{_span(an, inside[0])}', the ground of a legal act")
        return Decision(False, f"dates the ground '{_words(an, ground)}', not the legal act") if outside else None
    describing = _describing_act(an, k, ground, about)
    if describing is not None or _after_describing_act(an, k, ground):
        return describing  # (or None: "one of the men acquitted Friday in the rail disaster, paid tribute to the 47
        # killed in 2013": the sentence's verb's clause decides)
    if inside and not outside:  # (the act in an apposition or a relative clause too: "Rana, the key accused in the
        # 26/11 attack, arrived on Thursday")
        return Decision(False, f"dates the legal act, not its ground '{_words(an, ground)}'")
    return None


def _act_before(an: Analysed, ground: range) -> int | None:
    """The first legal act (``LEGAL_ACTS``) before a ground, or None."""
    return next((i for i, w in enumerate(an.words) if w.norm in LEGAL_ACTS and i < ground.start), None)


def _after_describing_act(an: Analysed, k: int, ground: range) -> bool:
    """Is word k past the ground of a legal act that only describes the noun before it, with the sentence's own verb
    between (the date is of that verb's clause, not of the act)?"""
    act = _act_before(an, ground)
    return act is not None and k >= ground.stop and _reduced_act(an, act) \
        and any(_verb_like(w) for w in an.words[ground.stop:k])


def _describing_act(an: Analysed, k: int, ground: range, about: list[Hit]) -> Decision | None:
    """'The only man convicted in the 1988 bombing returned home on Thursday': a legal act that only describes the
    noun before it (a term) does not own the date its sentence's verb has after the act's ground."""
    act = _act_before(an, ground)
    if act is None or k < ground.stop or not _reduced_act(an, act) or not any(h.first == act for h in about) \
            or not any(_verb_like(w) for w in an.words[ground.stop:k]):
        return None
    return Decision(False, f"dates the sentence's verb; '{an.words[act].text}' only describes '{an.words[act - 1].text}'")


def _legal_ground_span(an: Analysed, k: int, about: list[Hit]) -> range:
    """The ground of the legal act in word k's clause: from its "of"/"for"/"in"/"over" whose noun (past a determiner
    and modifiers) names a dated event (``LEGAL_GROUND_EVENTS``) to the next comma, semicolon or relative pronoun;
    or none.  Of several grounds ("pleaded guilty to 17 counts of murder ... for carrying out the shooting"), the
    first that holds word k or a term."""
    ws = an.words
    act = _legal_act(an, k)
    if act is None:
        return range(0)
    first = None
    for g in range(act + 1, min(len(ws) - 1, act + 30)):
        if _LEGAL_BREAK.search(_gap(an, g)):
            break
        if ws[g].norm not in LEGAL_GROUND_PREPOSITIONS or ws[g].norm == "with" and ws[act].norm not in _CHARGING:
            continue  # ("arrested with the shooting suspect": together with, no ground)
        head = _ground_head(an, g)
        if head is not None:
            end = _ground_end(an, g, head)
            if head + 1 < end and _verb_like(ws[head + 1]) and _reduced_act(an, act):
                end = head + 1  # "the trial of the men accused of the 2015 attacks opened on ...": the subject's verb
            for ground in _deeds(an, g, end):  # ("of assaulting Lind in 2006 and raping Aske in 2013": two deeds)
                if k in ground or any(h.first in ground for h in about):
                    return ground
                first = first or ground
    return first or range(0)


def _deeds(an: Analysed, g: int, end: int) -> list[range]:
    """The ground from word g to ``end``, and each deed coordinated after it ("and raping Aske in 2013"), a ground of
    its own to its own end."""
    out, ws = [range(g, end)], an.words
    while end < len(ws) and _next_deed(ws, end):
        ing = next(j for j in range(end + 1, end + 3) if _ing(ws[j]))
        nxt = _deed_end(an, ing)
        out.append(range(end, nxt))
        end = nxt
    return out


def _legal_act(an: Analysed, k: int) -> int | None:
    """The legal act of word k's clause, or after an opening phrase k stands in ("On Wednesday, a man was sentenced
    ... for killing three": its act)."""
    opening = an.clause[k] == an.intro >= 0
    return next((i for i, w in enumerate(an.words) if w.norm in LEGAL_ACTS and (an.clause[i] == an.clause[k]
                                                                             or opening and i > k)), None)


_CHARGING = {"charged", "charges", "charge"}  # the acts whose ground follows "with": "charged with murdering ..."


# and the prepositions of a legal act's ground: "accused of", "charged with", "jailed for"
_DESCRIBED_PREPOSITIONS = frozenset(_PARTICIPLE_PREPOSITIONS | {"of", "for", "with"})


def _finite_past(an: Analysed, j: int) -> bool:
    """A past form that may be its clause's verb: not a participle describing the noun before it, with a preposition
    after it and no verb before it ("the trial of 20 men accused over the attacks opened on ...": "accused" describes
    the men, "opened" is the verb)."""
    ws = an.words
    if j + 2 < len(ws) and ws[j + 1].norm == "at" and ws[j + 2].norm in ("least", "most"):
        return _past(ws[j])  # ("an officer killed at least 20 children": a hedge, no preposition)
    return _past(ws[j]) and not (j + 1 < len(ws) and ws[j + 1].norm in _DESCRIBED_PREPOSITIONS and _reduced_act(an, j))


def _reduced_act(an: Analysed, act: int) -> bool:
    """Is the past form at word ``act`` a participle describing the noun before it ("the men accused of ..."), with no
    verb before it in its clause, so the sentence's own verb comes after it?"""
    ws = an.words
    return act >= 1 and _noun_like(ws[act - 1]) and not any(  # ("teary-eyed": a compound adjective, no verb)
        _verb_like(ws[j]) and (j == 0 or _gap(an, j) != "-") for j in range(act) if an.clause[j] == an.clause[act])


def _ground_head(an: Analysed, g: int) -> int | None:
    """The noun of a dated event within five words after the ground's preposition at g, past determiners, modifiers
    and a deed's verb with its particle only ("of the murder", "of second-degree murder", "for carrying out the
    shooting"; not "of two counts of fraud", "in prison")."""
    ws = an.words
    head = next((j for j in range(g + 1, min(len(ws), g + 6)) if ws[j].norm in LEGAL_GROUND_EVENTS), None)
    if head is None and _deed_at(ws, g) and not ws[g + 1].capitalised:
        return g + 1  # a deed told by its verb: "convicted of helping Lind abuse girls", "jailed for running a scheme"
    if head is None or any(ws[j].norm in FUNCTION_WORDS and ws[j].norm not in DETERMINERS
                           and not (ws[j].norm in PARTICLES and _ing(ws[j - 1])) for j in range(g + 1, head)):
        return None
    return head


_DEED_PREPOSITIONS = {"of", "for", "with"}  # a legal act's ground told by a gerund right after it
# words opening a point in time after a gerund's deed: the act's time ("convicted of spying on Monday")
_ACT_TIME_OPENERS = {"on", "at", "by"}


def _deed_at(ws, g: int) -> bool:
    """Does a deed told by a gerund open at word g ("of helping", "for running")?"""
    return ws[g].norm in _DEED_PREPOSITIONS and g + 1 < len(ws) and _ing(ws[g + 1])


def _gerund_ground(an: Analysed, ground: range) -> bool:
    """Is the ground a deed told by a gerund ("of spying on Velmar")?"""
    return len(ground) > 1 and _deed_at(an.words, ground.start)


def _ground_end(an: Analysed, g: int, head: int) -> int:
    """Where the ground ends: the next comma, semicolon or relative pronoun; right after a bare offence (no
    determiner, -ing or of-phrase: "convicted of murder on April 20", the date after it is the act's)."""
    ws = an.words
    if head == g + 1 and _ing(ws[head]) and ws[head].norm not in LEGAL_GROUND_EVENTS:
        return _deed_end(an, head)
    if ws[g + 1].norm not in DETERMINERS and not ws[head].norm.endswith("ing") \
            and not (head + 1 < len(ws) and ws[head + 1].norm == "of") \
            and not any(_ing(ws[j]) for j in range(g + 1, head)):  # ("of starting a blaze in February": a deed)
        return head + 1
    end = g + 1
    while end < len(ws) and not _LEGAL_BREAK.search(_gap(an, end)) and ws[end].norm not in RELATIVE_PRONOUNS \
            and not _next_deed(ws, end):
        end += 1
    return end


def _deed_end(an: Analysed, head: int) -> int:
    """Where a deed told by a gerund (word ``head``) ends: before a point in time, which is the act's ("convicted of
    spying on Monday"; not "spying on Velmar": no time after the preposition), a break or the next deed."""
    ws, end = an.words, head + 1
    while end < len(ws) and not _LEGAL_BREAK.search(_gap(an, end)) and ws[end].norm not in RELATIVE_PRONOUNS \
            and not (ws[end].norm in _ACT_TIME_OPENERS and end + 1 < len(ws) and _time_word(ws[end + 1])) \
            and not _next_deed(ws, end):
        end += 1
    return end


def _next_deed(ws, k: int) -> bool:
    """'of sexually assaulting Haleyi in 2006 and raping Mann in 2013': "and" before an -ing form (past an adverb)
    opens the next deed, a ground of its own with its own time (not right after a gerund: "drugging and molesting a
    friend in 2004" is one deed, its two verbs sharing the object and the time)."""
    return ws[k].norm == "and" and any(_ing(w) for w in ws[k + 1:k + 3]) and k > 0 and not _ing(ws[k - 1])


_LEGAL_BREAK = re.compile(r"[,;:()\[\]—–]")
