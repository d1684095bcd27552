"""Which way a clause leans in time, so a bare "Thursday" or "in August" can be placed.

A weekday or a month without a year names a day or month on either side of
publication.  The words of its own clause decide: "will", "is scheduled",
"as soon as" point ahead; "was", "told", "arrested" point back.  Clauses are
cut at punctuation and conjunctions, so "Since the decision was announced
Wednesday, they will appeal" reads the weekday with "was announced" only, and
a past verb right before the date wins ("the company said Monday it will cut jobs").
"""

from __future__ import annotations

import re

from ..lang.cues import (ARRANGED_MOVES, DEADLINE_BEFORE, FUTURE_BEFORE, FUTURE_CUES, PLAN_VERBS, PLANNED_PARTICIPLES, IRREGULAR_PLURALS, KNOWN_EVENT_NOUNS, NOT_PAST,
                         PARTICIPLES, PAST_CUES, PERFECT_AUXILIARIES, REMEMBERING_VERBS, SAME_FORM_PAST,
                         STATIVE_PARTICIPLES)
from .fragments import CAPITAL_AFTER
from ..words import alternation
from ..lang.calendar import DAY_PARTS, DETERMINERS, WEEKDAY_ABBREVIATIONS, WEEKDAY_NAMES
from ..lang.grammar import ADJECTIVE_MARKERS, IRREGULAR_PAST, JUDGING_VERBS, PASSIVE_AUXILIARIES, REPORTING_VERBS, TARGET_PREPOSITIONS, TENSE_BREAKS

__all__ = ["leaning", "names_a_known_event", "past_or_perfect", "past_verb_before"]


# (a comma inside a number, "481,000", breaks nothing; nor does a colon inside a clock time, "10:20 p.m.")
_BREAK = re.compile(r",(?!\d)|(?<!\d):|:(?!\d)|[;()\[\]\"“”]|--|—|–|\s_\s|\b(?:" + alternation(TENSE_BREAKS) + r")\b", re.IGNORECASE)
# "'ll" clings to its subject ("they'll"); whole words must not be the tail of another word
# ("better-than-expected" is no future); "would not say Sunday" is a refusal already made
_FUTURE = re.compile(r"['’]ll\b|(?<![\w'’-])(?:" + alternation(w for w in FUTURE_CUES if w[0].isalpha())
                     + r")\b(?!\s+in\s+part)(?<!would(?=\s+not))", re.IGNORECASE)
# A lower-case word in -ed is a past form ("arrested", "denied"); capitalised ones are names ("United").
_PAST = re.compile(r"\b(?:" + alternation(PAST_CUES) + r")\b|\b[a-z]{2,}ed\b")
_SAME_FORM = re.compile(r"\b(?:" + alternation(SAME_FORM_PAST) + r")\b")
_TARGET = re.compile(r"\b(?:" + alternation(TARGET_PREPOSITIONS) + r")\s+(?:the\s+)?(?:\S+\s+)?$", re.IGNORECASE)
_LEAD = re.compile(r"\s*(?:on|in|at|by|from|since|during|until|till|through|before|after|early|late|mid|the)?\s*$",
                   re.IGNORECASE)
# a time of day, then "on", before a fronted date: "At about 6:30 a.m. on Jan. 2, an explosion ripped through"
TIME_OF_DAY_LEAD = re.compile(r"\s*(?:(?:at|by)\s+)?(?:(?:about|around|approximately|roughly|just|shortly)\s+"
                              r"(?:after\s+|before\s+)?)?(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|noon|midnight|dawn|"
                              r"dusk)\s+on\s*$", re.IGNORECASE)


def leaning(text: str, start: int, end: int) -> str:
    """'future', 'past' or '' for the clause of text[start:end], the date itself left out (a short bracketed aside
    before it, "at 10:00 am (0800 GMT) on Saturday", left out too: no break of the clause)."""
    text = _without_asides(text, start)
    start = _weekday_start(text, start)
    left, right = _clause(text, start, end)
    if _stative_phrase(text, start, left):
        return leaning(text, start - len(left) - 1, start - len(left) - 1)  # the main clause's time
    return _leaning(text, start, end, left, right)


def _leaning(text: str, start: int, end: int, left: str, right: str) -> str:
    """``leaning`` of the date at text[start:end] in its clause (``left`` before it and ``right`` after it)."""
    right = _fronted(text, end, left, right)
    before = left.split()[-4:]
    if before and before[-1].lower() in ("on", "in") or _starting_from(before, text[end:]):
        before.pop()
    near = _leaning_before(before, left, right) if before else ""
    if near:
        return near
    if _known_past(text, start, end, left, right):
        return "past"
    if _past_relative(text, start - len(left), left) and not any(_is_future(m) for m in _FUTURE.finditer(left)):
        return "past"  # "the Airbus that crashed in the Alps on March 24 will be useful": the relative clause's verb
    if _past_subordinate(left):
        return "past"  # "expected to solve the mystery of why Flight 232 crashed in Sioux City in July"
    context = left + " " + right
    if _future_in(left, right):
        return "future"
    # a reporting verb away from the date tells when it was said, not when it happens: "they
    # said they expect it completed by Dec. 15"
    past = _past_told(context) or any(_singular_before(m) for m in _SAME_FORM.finditer(context))
    if before and before[-1].lower() in DEADLINE_BEFORE and not past:
        return "future"  # "open until Sunday", "a deal by Friday"
    return (_by_verbs(text, start, left, past) or _fronted_time_clause(text, start - len(left), end + len(right))
            or _from_main_clause(text, start - len(left)))


def _future_in(left: str, right: str) -> bool:
    """A cue of the future in the date's clause, before it or after it (``_future_after``)."""
    return any(_is_future(m) for m in _FUTURE.finditer(left)) or _future_after(left, right)


def _future_after(left: str, right: str) -> bool:
    """A cue of the future after the date ("... Tuesday, and will return"), unless, after a past verb before it, it is
    a participle right after a noun, which describes that noun ("launched early Tuesday for a mission scheduled to
    include a spacewalk")."""
    past = bool(_PAST.search(left))
    return any(_is_future(m) and not (past and m.group().lower().endswith("ed") and _NOUN_END.search(right, 0, m.start()))
               for m in _FUTURE.finditer(right))


_NOUN_END = re.compile(r"\b(?!(?:is|are|was|were|be|been|being|it|they|he|she|and|or|but)\b)[a-z]{3,}\s+\Z")


def _done_opening(text: str, start: int, end: int) -> bool:
    """'Announced in December, the deal was challenged': a sentence opening with a past participle of a done act (not
    of a plan, ``PLANNED_PARTICIPLES``: "Scheduled for December, ...") and its date, set off by a comma, tells when that
    act was done: past."""
    m = _DONE_OPENING.fullmatch(text, 0, start)
    return bool(m) and m.group("verb").lower() not in PLANNED_PARTICIPLES and text[end:end + 1] == ","


_DONE_OPENING = re.compile(r"\s*(?P<verb>[A-Z][a-z]+ed)\s+(?:(?:in|on)\s+(?:early\s+|late\s+|mid-?)?)")


# a phrase opened by a participle of combining and its preposition: ", combined with a burn ahead of splashdown on"
_STATIVE_OPENING = re.compile(r"\s*(?:" + alternation(STATIVE_PARTICIPLES) + r")\s+(?:with|to|on|in|by|from)\b")


def _stative_phrase(text: str, start: int, left: str) -> bool:
    """The date's clause (``left`` before it) is a phrase a participle of combining opens after a comma, with no
    tense of its own after it (", combined with a burn ahead of splashdown on")."""
    m = _STATIVE_OPENING.match(left)
    return bool(m) and text[start - len(left) - 1:start - len(left)] == "," and not _FUTURE.search(left) \
        and not any(_is_past(p.group(), _word_before(p)) and not (_word_before(p) or "").endswith("ly")
                    for p in _PAST.finditer(left, m.end()))  # ("a precisely timed burn": an adjective)


# the weekday a date's own day opens with, its comma the date's apposition: "will be held on Saturday, October 14"
# (after "on", a date's preposition: not "announced Saturday, October 14 as the date", "said Saturday, Oct. 14, would
# be", whose verb is no tense of the date's; an abbreviation only capitalised: "Sat., Oct. 14")
_WEEKDAY_OPENING = re.compile(r"\b(?i:on)\s+(?P<weekday>(?i:" + alternation(WEEKDAY_NAMES) + r")|"
                              + alternation(w.title() for w in WEEKDAY_ABBREVIATIONS) + r")\.?,?\s*\Z")


def _weekday_start(text: str, start: int) -> int:
    """Where the date starts once a weekday right before it is taken in: "on Saturday, October 14" is one date, so the
    comma after the weekday cuts no clause ("will be held" still tells its tense)."""
    w = _WEEKDAY_OPENING.search(text, max(0, start - 16), start)
    return w.start("weekday") if w else start


def _past_when_after(text: str, end: int) -> bool:
    """'hard to imagine Jan. 4, when McCloy was carried out of the mine': a when-clause right after the date whose own
    verb (before a relative clause or a comma) is past, with no future in it nor "will"/"would" before the date, tells
    what happened then: the date is past."""
    m = _WHEN_AFTER.match(text, end)
    if m is None or _WILL_OR_WOULD.search(text, 0, end):
        return False
    clause = _RELATIVE_CUT.split(_STRONG_BREAK.split(text[m.end():m.end() + _REACH])[0])[0].split(",")[0]
    if any(_is_future(f) for f in _FUTURE.finditer(clause)):
        return False
    words = clause.split()
    return any(_is_past(w.strip(",;:.!?\"'’”"), words[k - 1] if k else None) for k, w in enumerate(words[:8]))


_WILL_WORDS = r"\b(?:will|shall)\b|['’]ll\b"  # the auxiliaries of the future
WILL = re.compile(_WILL_WORDS, re.IGNORECASE)
_WILL_OR_WOULD = re.compile(_WILL_WORDS + r"|\bwould\b(?!\s+have\b)", re.IGNORECASE)  # a future before the date
# ("would have" is none)
_RELATIVE_CUT = re.compile(r"\b(?:that|which|who|whom|whose|where)\b", re.IGNORECASE)  # a relative clause's verb is
# no verb of the when-clause ("when lawmakers return from a recess that started in May")


_WHEN_AFTER = re.compile(r"\s*,\s*when\b", re.IGNORECASE)


def _known_past(text: str, start: int, end: int, left: str, right: str) -> bool:
    """The date names something already done: a known subject's or event's, a deed someone is charged with, what
    a when-clause in the past after it tells, or a done act opening the sentence (``_done_opening``)."""
    return _dates_a_known_subject(left, right) or _dates_a_known_event_after_past(left, right) \
        or _judged_deed(text, start) or _past_when_after(text, end) or _done_opening(text, start, end)


# a deed a verb of judging or accusing names with a gerund: "is charged with maliciously starting a fire on January 1"
_JUDGED_DEED = re.compile(r"\b(?:" + alternation(JUDGING_VERBS | {"accused", "suspected", "guilty"}) + r")\s+(?:of|with|for)"
                          r"\s+[^,;:.!?]{0,40}?\b[a-z]{3,}ing\b[^,;:.!?]{0,50}\Z", re.IGNORECASE)


def _judged_deed(text: str, start: int) -> bool:
    """Is the date in a gerund's phrase after a verb of judging or accusing ("charged with starting a fire on
    January 1", "accused of setting the blaze in March")? The deed came before the charge: it leans past."""
    return bool(_JUDGED_DEED.search(text, max(0, start - 100), start))


_ASIDE = re.compile(r"(?<=[a-z0-9] )\([^()]{1,40}\)")  # "at 10:00 am (0800 GMT)": after a lower-case word or a figure


def _without_asides(text: str, start: int) -> str:
    """The text with short bracketed asides before ``start`` blanked (offsets kept), when they follow a lower-case word
    or a figure inside a clause ("10:00 am (0800 GMT)"; not a dateline's "London (CNN)")."""
    if "(" not in text[max(0, start - _REACH):start]:
        return text
    return _ASIDE.sub(lambda a: " " * len(a.group()) if _lower_word_before(text, a.start()) else a.group(),
                      text[:start]) + text[start:]


def _lower_word_before(text: str, at: int) -> bool:
    word = text[:at].split()[-1:] or [""]
    return word[0].islower() or word[0][:1].isdigit()


def _starting_from(before: list[str], after: str) -> bool:
    """'the deal starting from Sunday': "from" after a word of what begins, unless the rest of the sentence tells it
    as past or done ("The protests, starting from Sunday, have spread")."""
    return len(before) > 1 and before[-1].lower() == "from" and before[-2].lower() in FUTURE_BEFORE \
        and not _PAST.search(after) and not _PERFECT.search(after)


def _leaning_before(before: list[str], left: str, right: str) -> str:
    """What the words right before a date say: 'future', 'past' or ''."""
    if before[-1].lower() in _STARTING and _told_as_past(left):
        return "past"  # "the flames, which swept through the hills starting Friday": a start told as past
    if before[-1].lower() in FUTURE_BEFORE or _ARRANGED.search(left):
        return "future"  # "payable Dec. 7", "the verdict, expected Monday", "I am going on Jan. 10"
    if _infinitive_before(before) and not _PAST.search(left + " " + right) and not _PERFECT.search(left + " " + right):
        return "future"  # "a six-week pause in fighting to start on Sunday": what is to happen
    if before[-1].lower() == "since":
        return "past"
    if _verb_before_is_past(before):
        return "past"  # the verb just before the date is when it happened: "said Monday", "told CNN in August"
    return ""


_STARTING = {"starting", "beginning"}
# "I am going on", "she is returning to Orsk in": a progressive of an arranged move right before the date, past a short
# place phrase (not "are returning to homes damaged in the quake on": a longer phrase, its own time)
_ARRANGED = re.compile(r"\b(?i:am|is|are|['’]m|['’]re)\s+(?i:" + alternation(ARRANGED_MOVES) + r")\s+(?:(?i:to|back|home)\s+"
                       r"(?:[A-Z][\w'’-]*\s+){0,2})?(?i:on|in|at)?\s*\Z")  # (the place's words in capitals only)


def _past_told(text: str) -> bool:
    """A past verb in ``text`` that is no reporting verb ("said Monday" tells when it was said, not the event)."""
    return any(_is_past(m.group(), _word_before(m)) and m.group().lower() not in REPORTING_VERBS
               for m in _PAST.finditer(text))


def _past_relative(text: str, begin: int, left: str) -> bool:
    """'the Airbus that crashed in the Alps on': a relative clause (its pronoun right before the date's clause, which
    starts at ``begin``) opened by a past verb (no reporting verb) with no object, a preposition right after it: the
    date is that verb's, whatever tense the clause it interrupts goes on in (not "fans who bought tickets for the
    match on Jan. 5 will get refunds": the date may be the object's)."""
    said = left.split()
    if not said or not _RELATIVE_BEFORE.search(text, max(0, begin - 8), begin) or not _past_told(said[0]):
        return False
    return len(said) == 1 or said[1].lower() in _NO_OBJECT


_NO_OBJECT = {"in", "at", "on", "near", "off", "over", "into", "onto", "outside", "inside", "across", "along"}


def _past_subordinate(left: str) -> bool:
    """'... the mystery of why Flight 232 crashed in Sioux City in': the date's words after the last subordinator
    before it (why, how, where, whether, that, which, who) open with a subject and a past verb (no reporting verb, a
    preposition right after it) and say nothing of the future: the date is that past verb's, whatever the clause
    around it says ("are expected to solve")."""
    m = next(reversed(list(_SUBORDINATOR.finditer(left))), None)  # the last subordinator
    if m is None or any(_is_future(f) for f in _FUTURE.finditer(left, m.end())) or _WILL_BEFORE.search(left, 0, m.start()):
        return False  # (not "Lind will explain how the firm he founded in Aske moves in November")
    said = left[m.end():].split()
    return any(_past_told(said[i]) and said[i + 1].lower() in _NO_OBJECT and len(said) - i <= _VERB_REACH
               and not any(w.lower() in _FINITE for w in said[i + 1:])
               for i in range(1, min(len(said) - 1, _SUBJECT_REACH + 1)))


_WILL_BEFORE = re.compile(_WILL_WORDS + r"|\bwould\b", re.IGNORECASE)
_SUBORDINATOR = re.compile(r"\b(?:why|how|where|whether|that|which|who)\b", re.IGNORECASE)
_SUBJECT_REACH = 5  # words of the subject before the verb: "United Airlines Flight 232 crashed"
_VERB_REACH = 6  # words from that verb to the date: "crashed in Sioux City in"
# finite verbs after the past one that give the date a clause of its own ("the firm he founded in Aske is moving to")
_FINITE = {"is", "are", "am", "was", "were", "will", "would", "shall", "can", "could", "may", "might", "must", "does",
           "do", "did", "has", "have", "had", "holds", "remains", "becomes", "goes"}
_RELATIVE_BEFORE = re.compile(r"\b(?:that|which|who)\s*\Z")


def _told_as_past(left: str) -> bool:
    """A past verb (no reporting verb) in the words before the date, an irregular one too ("swept")."""
    return _past_told(left) or any(w in IRREGULAR_PAST for w in left.lower().split())


def _infinitive_before(before: list[str]) -> bool:
    """'to start on Sunday', 'to take effect on Sunday': "to" and a verb of a schedule (``PLAN_VERBS``: start, begin,
    take effect, expire...) right before the date, not after a past verb ("agreed to start") nor in a clause with one
    ("had been due to expire Friday"): a plan, to come (not "clung to debris on Sunday", "rode to victory")."""
    words = [w.lower().strip(",;:") for w in before]
    k = len(words) - 1 - words[::-1].index("to") if "to" in words else -1
    if k < 1 or len(words) - k > 3 or not words[k + 1:] or not words[k + 1].isalpha():
        return False
    verb, prior = words[k + 1], words[k - 1]
    return verb in PLAN_VERBS and not (prior.endswith("ed") or prior in PAST_CUES or prior in IRREGULAR_PAST)


# "[that] the collision of its flight with a patrol plane on Tuesday would cost ...": a definite noun phrase opens the
# clause, holds the date and no verb, and the clause's verb follows the date
_DEFINITE_SUBJECT = re.compile(r"\s*(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir)\s+(?:[a-z-]+\s+){0,2}?(?P<noun>[a-z-]+)\b"
                               r"(?:\s+(?:of|with|between|at|in|near|off|involving|and|a|an|the|its|their|[\w'’.-]+))*?\s*"
                               r"(?:on|in|last|early|late)?\s*\Z")
_REPORTING = re.compile(r"\b(?:" + alternation(REPORTING_VERBS) + r")\b")
_VERB_AFTER = re.compile(r"\s*(?:would|will|could|may|might|has|have|had|was|were|is|are|left|killed|caused|forced|"
                         r"prompted|sparked|led|cost|destroyed|damaged)\b")


def _dates_a_known_subject(left: str, right: str) -> bool:
    """'the collision ... on Tuesday would result in a loss': a date inside a definite subject names when that event
    happened, whatever the clause's verb says of what it brings: only a noun of something that happens unplanned
    (KNOWN_EVENT_NOUNS: not "the company on Tuesday will announce", not "the vote on Tuesday will decide")."""
    said = None
    for said in _REPORTING.finditer(left):
        pass  # "Velmar Air said the collision ... on Tuesday would ...": what is said starts after the last one
    if said:
        left = left[said.end():]
    m = _DEFINITE_SUBJECT.match(left)
    if not m or m.group("noun") not in KNOWN_EVENT_NOUNS or not _VERB_AFTER.match(right):
        return False
    return not (_PAST.search(left) or _FUTURE.search(left))


# "a New Year's Day earthquake", "Monday's crash": the date right before a noun of an unplanned event
_EVENT_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z-]+\s+){0,1}?(?:" + alternation(KNOWN_EVENT_NOUNS) + r")\b")


# nouns of an unplanned event that no one announces ahead (not a storm or a flood, which are forecast)
_UNFORECAST = alternation(("crash", "crashes", "collision", "attack", "attacks", "shooting", "stabbing", "bombing",
                           "killing", "killings", "murder", "massacre", "collapse", "derailment", "quake", "earthquake",
                           "blast", "fire", "wildfire", "disaster", "tragedy", "accident", "sinking"))
_OWNED_EVENT = re.compile(r"\s+(?:(?!planned|scheduled|controlled|expected|upcoming|proposed)[a-z-]+\s+){0,1}?(?:"
                          + _UNFORECAST + r")\b")


def owned_by_a_past_event(rest: str) -> bool:
    """'Friday's crash is expected to rise': a day owned with 's by a noun of an unplanned event that is never
    announced ahead (a crash, an attack, a collapse) is a day already past, whatever the clause says of what follows."""
    return bool(_OWNED_EVENT.match(rest))


_REMEMBERED = re.compile(r"\b(?:" + alternation(REMEMBERING_VERBS) + r")\s+(?:the|its|their|this|that)\s+\Z",
                         re.IGNORECASE)


def _dates_a_known_event_after_past(left: str, right: str) -> bool:
    """'will deliver aid to areas devastated by a New Year's Day earthquake': a date modifying a noun of an unplanned
    event, the nearest verb before it a past form ("devastated", later than any "will"), names when it happened; so
    does one after a verb of remembering and a definite determiner ("recalling the September 8 earthquake",
    ``REMEMBERING_VERBS``; not "the town braces for the Aug. 8 storm")."""
    if not _EVENT_AFTER.match(right):
        return False
    past = [m for m in _PAST.finditer(left) if _is_past(m.group(), _word_before(m))]
    if not past:  # "recalling the September 8 earthquake": a definite unplanned event remembered is behind
        return bool(_REMEMBERED.search(left))
    future = [m for m in _FUTURE.finditer(left) if _is_future(m)]
    return not future or past[-1].start() > future[-1].start()


# "... on the deadly collision between a JAL jet and a patrol plane at the airport in ": a definite noun phrase of an
# unplanned event, then words with no clause punctuation, then the date's preposition
_EVENT_PHRASE = re.compile(r"\b(?:[Tt]he|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+(?:[\w'’-]+\s+){0,2}?(?:"
                           + alternation(KNOWN_EVENT_NOUNS) + r")\b(?P<rest>[^.;:!?,()\"“”]{0,120}?)\s(?:on|in)\s+\Z")


def names_a_known_event(text: str, start: int) -> bool:
    """'shed light on the deadly collision between a jet and a patrol plane at the airport in January': a date after
    a definite noun phrase of something that happened unplanned (KNOWN_EVENT_NOUNS), no verb between, in a clause
    that says nothing of the future, dates that known event: it is not to come."""
    start = _weekday_start(text, start)  # "footage of the shooting on Saturday, Oct. 28"
    m = _EVENT_PHRASE.search(text, max(0, start - 160), start)
    if not m or _PAST.search(m.group("rest")) or _FUTURE.search(m.group("rest")):
        return False
    left, right = _clause(text, start, start)
    return not any(_is_future(f) for f in _FUTURE.finditer(left + " " + right))


# "after"/"following" opening the date's clause: the phrase names an earlier event
_EARLIER = re.compile(r"\b(?:after|following|before)\s*\Z", re.IGNORECASE)  # (and "before": "had swirled for days
# before the announcement on Saturday" is past as its main clause is)


def _from_main_clause(text: str, begin: int) -> str:
    """'Sales waned after the launch in February': a verbless after-phrase names an event before its main
    clause's, so a main clause in the past puts the date in the past (and one that says "will" ahead); so does a
    before-phrase ("Speculation had swirled before the announcement on Saturday"), its main clause told as past."""
    cut = _EARLIER.search(text, max(0, begin - 12), begin)
    if cut is None:
        return ""
    main, _ = _clause(text, cut.start(), cut.start())
    if any(_is_future(m) for m in _FUTURE.finditer(main)):
        return "future"
    if cut.group().lower().startswith("before") and not _HAD.search(main) and not _GERUND.match(text, cut.end()):
        return ""  # "met in Geneva before the summit on Saturday": the summit may still be to come (not "crashed
        # just before landing on January 15": the subject's own next act, at the main clause's time)
    return "past" if past_or_perfect(text, cut.start(), cut.start()) else ""


_HAD = re.compile(r"\bhad\b", re.IGNORECASE)  # a past perfect: what came before a time itself past
_GERUND = re.compile(r"\s*[a-z]{2,}ing\b")  # "before landing": the main clause's subject's own act


def _by_verbs(text: str, start: int, left: str, past: bool) -> str:
    """A past verb in the clause; else a time clause after one that says "will" ("will host them as they arrive for
    the final on Sunday": a time clause's present is future)."""
    if past and not _TARGET.search(left):
        return "past"
    if _TIME_CLAUSE.match(left) and _future_before(text, start - len(left)):
        return "future"
    return ""


def _fronted_time_clause(text: str, begin: int, stop: int) -> str:
    """'When the Queen receives a state funeral on Monday, it will be ...': a time clause opening the sentence (its
    clause runs from ``begin`` to ``stop``) takes the present for what is to come when the main clause after its
    comma says "will"; a phrase opened by "After" or "Following" names what came before its main clause, so is past
    when that clause is."""
    if text[stop:stop + 1] != ",":
        return ""
    main = _STRONG_BREAK.split(text[stop + 1:stop + 1 + _REACH])[0]
    opener = _EARLIER_OPENER.search(text, max(0, begin - 12), begin + 1)
    if opener and not text[opener.end():begin].strip():
        # "After Her Late Majesty's death on September 8, the country entered ...": what came before a past main
        # clause is past too
        past = any(_is_past(m.group(), _word_before(m)) for m in _PAST.finditer(main))
        return "past" if past and not any(_is_future(m) for m in _FUTURE.finditer(main)) else ""
    if not _TIME_OPENER.search(text, max(0, begin - 8), begin):
        return ""
    return "future" if any(_is_future(m) for m in _FUTURE.finditer(main)) else ""


# a phrase opening the sentence with an earlier event than its main clause's
_EARLIER_OPENER = re.compile(r"(?:^|[.!?)\]—–-]\s*)\s*(?:After|Following)\b")
# (after a sentence's start, its stop, or a dateline's bracket or dash: "London (CNN) When ...")
_TIME_OPENER = re.compile(r"(?:^|[.!?)\]—–-]\s*)\s*(?:As|When|Once|Until|While|as|when|once|until|while)\s*\Z")
# A time clause takes the present for what is to come when its main clause says "will" before it.
_TIME_CLAUSE = re.compile(r"\s*(?:as|when|once|until|till|while)\s", re.IGNORECASE)


def _future_before(text: str, begin: int) -> bool:
    """The main clause that ends right before ``begin`` at a comma, back to a stronger break, looks ahead."""
    comma = text.rfind(",", 0, begin)
    if comma < 0 or text[comma + 1:begin].strip():
        return False
    main = _STRONG_BREAK.split(text[max(0, comma - _REACH):comma])[-1]
    return any(_is_future(m) for m in _FUTURE.finditer(main))


_STRONG_BREAK = re.compile(r"[;:()\[\]\"“”]|--|—|–")


def past_verb_before(text: str, start: int, end: int) -> bool:
    """A past verb, reporting verbs included, in the date's clause before it ("announced the deal in January")."""
    left, _ = _clause(text, start, end)
    return any(_is_past(m.group(), _word_before(m)) for m in _PAST.finditer(left))


# "has been reached", "have already paid", "hadn't settled": an auxiliary of the perfect, a few adverbs,
# then a participle.
_CLITICS = [w for w in PERFECT_AUXILIARIES if w[0] in "'’"]  # "they've": no word boundary before it
_AUXILIARY = (alternation(_CLITICS) + r"|(?<![\w'’])(?:"
              + alternation(w for w in PERFECT_AUXILIARIES if w not in _CLITICS) + ")")
_PARTICIPLE = alternation(w for w in PARTICIPLES + PAST_CUES if w not in ("last", "ago")) + r"|[a-z]{2,}ed"
_PERFECT = re.compile(r"(?:" + _AUXILIARY + r")\s+(?:(?:not|never|already|just|now|since|also|long|yet|[a-z]+ly)\s+){0,2}"
                      r"(?:" + _PARTICIPLE + r")\b", re.IGNORECASE)


def past_or_perfect(text: str, start: int, end: int) -> bool:
    """The clause of text[start:end] is past or perfect ("paid", "has been reached") and names nothing
    to come; a reporting verb tells when it was said, so it alone does not count."""
    left, right = _clause(text, start, end)
    context = left + " " + right
    if any(_is_future(m) for m in _FUTURE.finditer(context)):
        return False
    return bool(_PERFECT.search(context)) or any(
        _is_past(m.group(), _word_before(m)) and m.group().lower() not in REPORTING_VERBS
        for m in _PAST.finditer(context))


def _verb_before_is_past(before: list[str]) -> bool:
    """The word before the date, or the one before a name or pronoun it governs ("told CNN")."""
    last = len(before) - 1
    if before[last][:1].isupper() or before[last].lower() in _OBJECTS:
        last -= 1
    aux = last - 1
    while aux > 0 and before[aux].lower().endswith("ly"):
        aux -= 1  # an adverb between the auxiliary and the participle: "will be fully lifted on Tuesday"
    if aux < 0 or before[aux].lower() not in PASSIVE_AUXILIARIES:
        aux = last - 1  # (no auxiliary before: "The rally held on Saturday", "the supply delivered")
    return last >= 0 and _is_past(before[last], before[aux] if aux >= 0 else None)


_OBJECTS = {"him", "her", "them", "us", "me", "reporters", "journalists", "lawmakers", "parliament", "police"}


def _is_future(m: re.Match) -> bool:
    # "Will Smith": a capitalised "Will" before a capitalised word is a name
    if m.group() == "Will" and CAPITAL_AFTER.match(m.string, m.end()):
        return False
    # "announced plans to acquire": a noun, said of what was decided, not a future tense
    if m.group().lower().startswith("plan"):
        word = (_word_before(m) or "").lower()
        return not (word in ADJECTIVE_MARKERS or word.endswith("ed") or word in ("no", "any", "new"))
    return True


def _is_past(word: str, before: str | None) -> bool:
    """A past form, unless "to be" makes it passive ("are held") or a determiner an adjective ("the revised")."""
    if not _PAST.fullmatch(word) or word.lower() in NOT_PAST:
        return False
    before = (before or "").lower()
    return before not in PASSIVE_AUXILIARIES and before not in ADJECTIVE_MARKERS


_DETERMINED_NOUN = re.compile(r"\b(?:" + alternation((*DETERMINERS, "that")) + r")\s+([a-z]+)\s+\Z", re.IGNORECASE)


def _singular_before(m: re.Match) -> bool:
    """'A storm hit Aske', 'The quake cut power', 'Amphan hit West Bengal on May 20': a verb whose past is its bare
    form, right after a lower-case singular noun with a determiner before it, or after a one-word name opening the
    sentence (its present would be 'hits'), is past (not "storms usually hit", "Islanders hit back")."""
    found = _DETERMINED_NOUN.search(m.string, max(0, m.start() - 30), m.start())
    if found:
        return not found.group(1).endswith(("s", "ly")) and found.group(1) not in IRREGULAR_PLURALS
    name = _NAME_OPENING.match(m.string[:m.start()])
    return bool(name) and not name.group(1).lower().endswith("s")


# a sentence opening with one capitalised word and a space: a name, the subject of the verb after it
_NAME_OPENING = re.compile(r"\s*([A-Z][a-z]+)\s+\Z")


def _word_before(m: re.Match) -> str | None:
    found = re.search(r"([\w'’]+)\s+$", m.string[max(0, m.start() - 20):m.start()])
    return found.group(1) if found else None


# A clause is read at most this far either side of the date, so a long run-on line costs
# the same per date as a short one.
_REACH = 160


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    begin = max(0, start - _REACH)
    while 0 < begin < start and text[begin - 1].isalnum():
        begin += 1  # the reach starts at a whole word: "expected" cut to "ected" is no past form
    for m in _BREAK.finditer(text, begin, start):
        if not _scare_quote(text, m) and not _names_joined(text, m) and not _apposed_name(text, m) \
                and not _TIME_PREPOSITION.fullmatch(text, m.start(), start):
            begin = m.end()
    limit = min(len(text), end + _REACH)
    stop = next((m for m in _BREAK.finditer(text, end, limit) if not _scare_quote(text, m)
                 and not _names_joined(text, m)), None)
    return text[begin:start], text[end:stop.start() if stop else limit]


# "struck just before midnight on Friday": a subordinator before a time of day and "on" the date is a preposition of
# that time, no break of the clause
_TIME_PREPOSITION = re.compile(r"(?:before|after|until|till|since)\s+(?:\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.?\s?m\.?)?|noon|"
                               r"midnight|dawn|dusk|daybreak)(?:\s+on)?\s*", re.IGNORECASE)


# a name of up to four capitalised words in apposition, set off by commas ("the widow, Vanessa Bryant, at a trial in
# August"): both commas, the opening one matched from itself, the closing one searched for right before its end
_APPOSED = r",\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,"
_APPOSED_FROM = re.compile(_APPOSED)
_APPOSED_TO = re.compile(_APPOSED + r"\Z")


def _apposed_name(text: str, m: re.Match) -> bool:
    """Is the break ``m`` a comma around a name in apposition, which cuts no clause?"""
    if m.group() != ",":
        return False
    return bool(_APPOSED_FROM.match(text, m.start()) or _APPOSED_TO.search(text, max(0, m.start() - 60), m.end()))


_NAME_BEFORE = re.compile(r"[A-Z][\w.'’-]*\s+\Z")
_NAME_AFTER = re.compile(r"\s+[A-Z]")


def _names_joined(text: str, m: re.Match) -> bool:
    """'claims against Grace Ocean and Synergy following the March 26 collapse': an "and" between two names joins
    them in one phrase; it cuts no clause."""
    return m.group().lower() == "and" and bool(_NAME_BEFORE.search(text, max(0, m.start() - 40), m.start())) \
        and bool(_NAME_AFTER.match(text, m.end()))


# a few words in quotation marks inside a clause ('the "incredibly difficult" 48 hours'): a quoted word, not speech
_SHORT_QUOTE = re.compile(r"[\"“][^\"“”,.;:!?]{1,30}[\"”]")


def _scare_quote(text: str, m: re.Match) -> bool:
    """Is the break ``m`` a quotation mark of a short quoted phrase, which cuts no clause?"""
    if m.group() not in ('"', "“", "”"):
        return False
    at = m.start()
    return any(q.start() <= at < q.end() and at in (q.start(), q.end() - 1)
               for q in _SHORT_QUOTE.finditer(text, max(0, at - 32), min(len(text), at + 33)))


def _fronted(text: str, end: int, left: str, right: str) -> str:
    """A fronted date ("On Tuesday, the league plans to ...", "By Friday night, 144 had been killed") is read with
    the clause after it (past a part of the day); else the date's own clause after it, ``right``."""
    part = right.strip().lower() in DAY_PARTS
    if not left.strip(" ,") or (_LEAD.fullmatch(left) or TIME_OF_DAY_LEAD.fullmatch(left)) and (not right.strip() or part):
        return _next_clause(text, end + (len(right) if part else 0))
    return right


def _next_clause(text: str, end: int) -> str:
    limit = min(len(text), end + _REACH)
    first = _BREAK.search(text, end, limit)
    if first is None:
        return text[end:limit]
    if first.start() - end > 3:  # the date's own clause goes on: keep it
        return text[end:first.start()]
    limit = min(len(text), first.end() + _REACH)
    stop = _BREAK.search(text, first.end(), limit)
    return text[first.end():stop.start() if stop else limit]
