"""The rules in the order they are tried, the first that decides, and restated_amount (which decides a restated
date by the whole order again)."""

from __future__ import annotations

import re
from dataclasses import replace

from ..match import Hit
from ..model import Mention
from ..money import MONEY_WORDS, is_money
from ..lang.calendar import CALENDAR_WORDS, DAY_PARTS, DAY_WORDS, TIME_NOUNS, WEEKDAYS
from ..lang.grammar import (BE_FORMS, DETERMINERS, EXPECTING_WORDS, END_WORDS, FUTURE_HOLDER_WORDS, FUTURE_MODALS, LINK_LABELS, NEGATIONS,
                            PAST_HOLDER_WORDS, VICINITY_WORDS)
from ..lang.numbers import UNITS
from ..words import normalise
from .clauses import Analysed, Decision, in_reference, _gap, _same_clause, _span, remembered
from .values import (amount_for, as_aside, attempted_harm, group_breakdown, participle_when, added_amount, amount_modifier, amount_of, bracketed_measure, change_and_level, compared_with,
                     counts_of, measure_of, noun_share, date_bound, date_modifier, quoted_number, count_of_others, kin_duration, kin_of_count, place_breakdown, population, list_item, date_of, date_when, date_with_place, difference, dimension_of, gust, not_taken,
                     earlier_figure, running_tally, forecast, hyphenated_modifier, joint_subject, respective_value, measured_quality,
                     joint_outcome, number_in_apposition, named_aside, number_in_name, part_of_whole, possible_penalty, request, timestamp, everyone_aboard, restating_relative, paired_date, several_events, own_year)
from .subjects import named_holder, own_place, ranked_before
from .relations import (acted_on, noun_modifier, anniversary_day, holiday_occasion, another_instance, name_year, date_in_term, past_plan, shared_subject, opening_participle, participle_date, legal_ground, subject_modifier, usual_figure, bound_on, cleft, dated_relative, counted_relative, counterfactual, dating_from, declared_end, obligation,
                        event_complement, perfect_past_day, intended_act, announced_act, marks_since, named_as, negated, ongoing, span_start, span_to_now, series_since,
                        status_time, target_date, temporal_relation, value_clause)
from .names import (zone_time, companion, owned_name, object_title, taken_title, place_of_head, where_place, term_place, agent_place, attributive_place, bracketed_affiliation, relative_of_name, bracketed_holder, compound_participle, dateline, demonym, member_of,
                    name_clause, name_with_title, named_in_apposition, named_noun, own_name, person_place, place_in_name, same_scene,
                    place_in_subject, possessive_name, predecessor, reference_cue, respectively, route_role, speaker,
                    title_before_apposition, title_before_name, title_in_apposition, title_of_name, titled_name, witness,
                    coordinate, between_ends)


_RESTATED = re.compile(r"\w\s*[(\[]\s*(?:about|around|some|roughly|approximately|or|nearly)?\s*\Z", re.IGNORECASE)

_CLOSE = re.compile(r"\s*[)\]]")  # a bracket closing right after a value


def restated(text: str, mention: Mention, before: tuple[Mention, ...]) -> Mention | None:
    """'US$23 billion ($36.2 billion)': the value of ``before`` that a bracketed value right after it restates."""
    m = _RESTATED.search(text, max(0, mention.start - 20), mention.start)
    return next((b for b in before if m and b.end == m.start() + 1), None)


def restated_amount(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Rs 4,100 crore (US$500 million)', 'on Thursday (July 19)', '878 ha (2,170 acres)': an amount, a date or a
    measure in brackets right after another restates the same sum, day or quantity in other words or units, and goes
    where that one goes."""
    money = mention.kind == "number" and is_money(mention.unit)
    dimension = _dimension(mention.unit) if mention.kind == "number" and not money else None
    if not (money or dimension or mention.kind == "date"):
        return None
    m = _RESTATED.search(an.sentence.text, max(0, mention.start - 20), mention.start)
    if not m:
        return None
    before = an.index_at(m.start())
    w = an.words[before]
    if dimension:  # "878 ha (2,170 acres)", "10 miles (16 km)": a number and a unit of the same dimension before it
        if not (_dimension(w.norm) == dimension and before > 0 and an.words[before - 1].norm[:1].isdigit()):
            return None
    elif not (w.norm[:1].isdigit() or (w.norm in MONEY_WORDS if money else _names_a_day(an, before))):
        return None
    if money or dimension:
        decision = _same_clause(an, before, about)
        return replace(decision, why=f"restates the {'amount' if money else 'measure'} before it, which {decision.why}",
                       via="value_clause")
    text = an.sentence.text
    close = _CLOSE.match(text, mention.end)
    end = close.end() if close else mention.end
    moved = replace(mention, start=w.start, end=end, text=text[w.start:end])  # "Monday (June 12)": decided as one date
    decision = first_decision(VALUE_RULES, an, moved, about)
    return replace(decision, why=f"restates the date before it, which {decision.why} [{decision.rule}]",
                   via=decision.via or decision.rule)


def _dimension(unit: str) -> str | None:
    """What a unit measures ("acres": area), None for a unit that converts to no other (a count's noun)."""
    found = UNITS.get(normalise(unit))
    return found[0] if found else None


def _names_a_day(an: Analysed, k: int) -> bool:
    """'Monday', 'yesterday', 'last night', 'this morning', 'Sunday morning': a time a bracketed date may restate."""
    w = an.words[k]
    return w.norm in CALENDAR_WORDS or w.norm in DAY_WORDS or (
        w.norm in TIME_NOUNS and k > 0 and an.words[k - 1].norm in ("last", "this", "that")) or (
        w.norm in DAY_PARTS and k > 0 and an.words[k - 1].norm in WEEKDAYS)


def former_holder(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'former board chair Olle Dahl', 'Dahl, Velmar's ex-chair,', 'Dahl, board chair until Friday,', 'incoming
    President Lai', 'President-elect Lai': a name the rules after this one attach only through a title marked as held
    in the past or not yet held (PAST_HOLDER_WORDS or FUTURE_HOLDER_WORDS before it, 'until', '-elect' or 'designate'
    after it) is a past or future holder: no statement of who holds it now."""
    if _elect_after(an, hit.last):  # "woke up as prime minister-designate": not held yet ("incoming" may be sworn in)
        return Decision(False, f"'{_span(an, hit)}' is a title still to be taken: no statement of who holds it now")
    formers = [h for h in about if _marked_former(an, h)]
    if not formers:
        return None
    rest = NAME_RULES[NAME_RULES.index(former_holder) + 1:]
    current = [h for h in about if h not in formers]
    if current:
        decision = first_decision(rest, an, hit, current)
        if decision.attached and decision.rule != "name_clause":
            return None  # a title in force binds the name too ("Dahl, chair since the former chair left")
    if first_decision(rest, an, hit, about).attached:
        return Decision(False, f"holds '{_span(an, formers[0])}' at another time (before or to come): no statement of who holds it now")
    return None


def span_end(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Until April 6, flags will fly at half-mast', 'the truce would run until April 22': a date right after
    "until"/"till" (not after a negation: "not until", "no deal until"; not a deadline: "has until 20 January to
    sell"; not for a fact whose terms name an end, ``END_WORDS``) ends a span, when a state stops, not when an event
    happens: it attaches as the rules after this one say, but loosely (a matching end agrees; another date is a
    possible conflict, no differ)."""
    k = an.index_at(mention.start) if mention.kind == "date" else 0
    if k < 1 or an.words[k - 1].norm not in _UNTIL or _negated_before(an, k - 1):
        return None
    if (k >= 2 and an.words[k - 2].norm in _HAVING and _DEADLINE_AFTER.match(an.sentence.text, mention.end)) or any(
            w.norm in END_WORDS for h in about for w in an.words[h.first:h.last + 1]):
        return None  # "has until January 20 to sell": a deadline; a fact about an end: the span's end is its value
    return _loosely_after(span_end, VALUE_RULES, an, mention, about,
                          f"possible conflict: '{an.words[k - 1].text} {mention.text}' ends a span, the time of no event")


def _loosely_after(rule, rules: tuple, an: Analysed, found, about: list[Hit], why: str) -> Decision | None:
    """The decision of the rules after ``rule``, attached only loosely (``why``: a possible conflict); None when those
    rules set the value aside or attach it loosely already: the rule that said so decides, under its own name."""
    decision = first_decision(rules[rules.index(rule) + 1:], an, found, about)
    return replace(decision, weak=why) if decision.attached and not decision.weak else None


_UNTIL = {"until", "till", "til", "untill"}
_HAVING = {"has", "have", "had", "given", "gets", "got", "having"}  # "has until 20 January to sell"
_DEADLINE_AFTER = re.compile(r",?\s*(?:\d{4}\s*)?,?\s*to\s+[a-z]", re.IGNORECASE)  # "until January 20 to sell"
_NEGATED = NEGATIONS | {"no", "t", "nobody", "nothing", "none"}  # "No deal was reached until May 5"


def _negated_before(an: Analysed, k: int) -> bool:
    """'It was not until 3 June that ...', 'did not sign the lease until 3 May': a negation before "until" in its
    clause says the event happened then (no span ends)."""
    return any(an.words[j].norm in _NEGATED for j in range(k - 1, -1, -1) if an.clause[j] == an.clause[k])


def reference_point(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'The quake was centred 30 km east-northeast of Wajima', 'a depot 10 km from Aske': a place after a compass
    word and "of", or after a distance and "from" (``reference_cue``), is the point things are placed from, near
    where they are: it attaches as the rules after this one say, but loosely (a matching place agrees, as "near"
    it would; another one is a possible conflict, no differ)."""
    cue = reference_cue(an, hit)
    if not cue:
        return None
    if _far(an, hit.first):
        return Decision(False, f"is a point of reference ('{cue}') more than {_NEAR_KM} km away, not where it is")
    return _loosely_after(reference_point, PLACE_RULES, an, hit, about,
                          f"possible conflict: '{cue} {_span(an, hit)}' is a point of reference, not where it is")


_NEAR_KM = 30  # a point of reference further than this is no longer near the place ("500 km south of Jakarta")


def _far(an: Analysed, k: int) -> bool:
    """A distance of more than _NEAR_KM stated in the few words before the place at word k ("500 km south of",
    "300 miles from"), or "far" ("far away from")."""
    ws = an.words
    for j in range(max(0, k - 6), k):
        if ws[j].norm == "far":
            return True
        glued = _GLUED.fullmatch(ws[j].norm)  # "500km"
        number, unit = (glued.group(1), UNITS.get(glued.group(2))) if glued else (
            ws[j].norm, UNITS.get(ws[j + 1].norm) if j + 1 < k else None)
        if number.replace(",", "").isdigit() and unit and unit[0] == "length":
            return float(number.replace(",", "")) * unit[1] > _NEAR_KM * 1000
    return False


_GLUED = re.compile(r"(\d[\d,]*)([a-z]+)")


def vicinity(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'its epicentre near Marrakesh', 'the crash just outside Aske': a place after a word of nearness
    (``VICINITY_WORDS``) is a point the thing is close to, not where it is: it attaches as the rules after this one
    say, but loosely (a matching place agrees; another one is a possible conflict, no differ)."""
    cue = _vicinity_before(an, hit.first)
    if not cue:
        return None
    return _loosely_after(vicinity, PLACE_RULES, an, hit, about,
                          f"possible conflict: '{cue} {_span(an, hit)}' only says it is close to that place")


def expected_holder(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Choi is expected to take over as acting president', 'Han will serve as acting president': a name in a clause
    told of what is to come (a modal of the future or a word of expecting before "to") names who is expected to hold
    the role, not who holds it: it attaches as the clause rule says, but loosely (a matching name agrees; another one
    is a possible conflict, no differ)."""
    if not _to_come(an, an.clause[hit.first]):
        return None
    decision = name_clause(an, hit, about)
    if decision.attached and not decision.weak:
        return replace(decision, weak=f"possible conflict: '{_span(an, hit)}' is said of what is to come, not what is")
    return None


def _to_come(an: Analysed, clause: int) -> bool:
    """Does the clause (its own words only, not an aside inside it) hold a modal of the future or "is expected to"
    and the like?  Not "Will Smith" (a name), nor "the will of the board" (a noun)."""
    ws = an.words
    if an.norms.isdisjoint(FUTURE_MODALS) and an.norms.isdisjoint(EXPECTING_WORDS):
        return False  # most sentences: no word of either kind
    for j, w in enumerate(ws):
        if an.clause[j] != clause:
            continue
        if w.norm in FUTURE_MODALS and not (w.capitalised and j + 1 < len(ws) and ws[j + 1].capitalised) \
                and not (j and ws[j - 1].norm in DETERMINERS):
            return True
        if w.norm in BE_FORMS and j + 2 < len(ws):
            e = j + 2 if ws[j + 1].norm.endswith("ly") and j + 3 < len(ws) else j + 1  # "were originally scheduled to"
            if ws[e].norm in EXPECTING_WORDS and ws[e + 1].norm == "to" and an.clause[e + 1] == clause:
                return True
    return False


def _vicinity_before(an: Analysed, k: int) -> str:
    """The word or words of nearness right before word k ('near', 'close to', 'not far from'), past a determiner
    ('near the Florida coast'), or ''."""
    ws = an.words
    if k >= 2 and ws[k - 1].norm in ("the", "a", "an") and _GAP_BREAK.search(_gap(an, k - 1)) is None:
        k -= 1
    for cue in _VICINITY:
        n = len(cue)
        if k >= n and tuple(w.norm for w in ws[k - n:k]) == cue and not _GAP_BREAK.search(
                an.sentence.text[ws[k - n].start:ws[k].start]):
            return " ".join(w.text for w in ws[k - n:k])
    return ""


_VICINITY = sorted((tuple(cue.split()) for cue in VICINITY_WORDS), key=len, reverse=True)


def _marked_former(an: Analysed, h: Hit) -> bool:
    """Is the title hit ``h`` marked as held in the past or to come ('former chair', "Velmar's ex-chair", 'chair
    until Friday', 'President-elect')?"""
    ws, k = an.words, h.first - 1
    if k >= 1 and ws[k].norm == "s" and an.sentence.text[ws[k].start - 1:ws[k].start] in ("'", "’"):
        k -= 1  # "Velmar's former chair"
        while k >= 0 and ws[k].capitalised:
            k -= 1
    if k >= 0 and ws[k].norm == "the":
        k -= 1
    before = {ws[j].norm for j in range(max(0, k - 1), min(h.first, k + 2))}
    return bool(before & PAST_HOLDER_WORDS) or _coming(an, h) or _until_after(an, h.last + 1) or _elect_after(an, h.last)


def _coming(an: Analysed, h: Hit) -> bool:
    """'incoming President Lai', 'future chair Novak': a title marked right before it as not yet held (not
    "incoming fire, President Hsiao said")."""
    ws = an.words
    return h.first > 0 and ws[h.first - 1].norm in FUTURE_HOLDER_WORDS and _GAP_BREAK.search(
        an.sentence.text[ws[h.first - 1].end:ws[h.first].start]) is None


def held_before(an: Analysed, about: list[Hit]) -> bool:
    """Are the titles ``former_holder`` finds all marked as held in the past ('former chair', 'then leader', 'chair
    until Friday'), none as to come?"""
    formers = [h for h in about if _marked_former(an, h)]
    return bool(formers) and not any(_coming(an, h) or _elect_after(an, h.last) for h in formers)


def _elect_after(an: Analysed, k: int) -> bool:
    """'President-elect Lai', 'prime minister designate Lind': a title marked as not yet held."""
    return k + 1 < len(an.words) and an.words[k + 1].norm in ("elect", "designate") \
        and an.sentence.text[an.words[k].end:an.words[k + 1].start] in ("-", " ")


def _until_after(an: Analysed, k: int) -> bool:
    """'board chair and president until Friday': 'until' within the title's phrase (a few words, no punctuation)."""
    for j in range(k, min(len(an.words), k + 4)):
        if an.words[j].norm == "until":
            return True
        if _GAP_BREAK.search(an.sentence.text[an.words[j - 1].end:an.words[j].start]):
            return False
    return False


_GAP_BREAK = re.compile(r"[,;:()\[\]—–]")


# Rule 1 (binding) for dates and numbers, then rule 2 (clause).
VALUE_RULES = (timestamp, anniversary_day, name_year, date_in_term, span_end, quoted_number, count_of_others, kin_duration, kin_of_count, place_breakdown, population, respective_value, list_item, everyone_aboard, restating_relative, number_in_name, compared_with, ranked_before, several_events, named_holder, own_year, legal_ground, speaker, part_of_whole, joint_subject, added_amount, as_aside, attempted_harm, group_breakdown, change_and_level, forecast, usual_figure, bound_on, request, not_taken, measured_quality, gust, dimension_of, difference,
               hyphenated_modifier, amount_modifier, amount_of, counts_of, measure_of, noun_share, date_with_place, paired_date, amount_for, date_bound, date_modifier, date_of, number_in_apposition, named_aside, restated_amount,
               bracketed_measure, perfect_past_day, date_when, temporal_relation, another_instance, event_complement, cleft, dated_relative, status_time, declared_end, ongoing, span_to_now, series_since, marks_since,
               dating_from, span_start, participle_when, named_as, target_date, intended_act, announced_act, counted_relative, negated, counterfactual, obligation, past_plan, acted_on, subject_modifier, noun_modifier, running_tally, earlier_figure, possible_penalty, joint_outcome, shared_subject, opening_participle, participle_date, own_place, holiday_occasion, value_clause)
# Rule 1 (binding) for value and rival names (a title, an organisation, a place), then rule 2 (clause).
NAME_RULES = (own_name, member_of, predecessor, respectively, possessive_name, owned_name, compound_participle, speaker, witness, coordinate, companion, former_holder, bracketed_holder, bracketed_affiliation, relative_of_name, title_before_name, object_title, demonym, named_noun, title_in_apposition, title_before_apposition, name_with_title, titled_name, title_of_name, another_instance, negated, named_in_apposition, expected_holder, taken_title, name_clause)


# Places: a place name is no title, so the title rules don't apply ("the mine in Orsk, Tindra": the
# apposition places Orsk in Tindra; "the Aske district of Velmar province" is Aske in Velmar).
PLACE_RULES = (own_name, zone_time, dateline, person_place, member_of, bracketed_affiliation, place_in_name, place_of_head, reference_point, where_place, vicinity, respectively, speaker, possessive_name, compound_participle, agent_place, between_ends, route_role, another_instance,
               temporal_relation, attributive_place, place_in_subject, named_aside, term_place, negated, same_scene, name_clause)


def first_decision(rules: tuple, an: Analysed, found, about: list[Hit]) -> Decision:
    """The Decision of the first rule that decides, named after it."""
    for rule in rules:
        decision = rule(an, found, about)
        if decision is not None:
            return _loose_in_link(an, _loose_in_reference(an, found, replace(decision, rule=rule.__name__)))
    raise ValueError("the last rule always decides")


# the rules tried last, when no construction decided: a value shares a clause with a term
CLAUSE_RULES = frozenset({"value_clause", "name_clause"})
IN_LINK = "possible conflict: the line links to another article ('{}'), its headline maybe of another event"
# a line that opens with a link's label: "Read more: ...", "RELATED: ...", "Related: ...", "See also ..."
_LINK_LINE = re.compile(r"[\W_]*(?P<label>(?i:" + "|".join(LINK_LABELS) + r")\b\s*[:.\-–—]?|(?i:related)\s*:|RELATED\b)")


def _loose_in_link(an: Analysed, decision: Decision) -> Decision:
    """A value attached only by sharing a clause with a term (not by a construction: "ending 58-year rule") in a line
    that links to another article ("Read more: Storm kills 40 in Orsk") is attached only loosely: the headline may be
    of another event, so it may agree but a conflicting one is a possible conflict."""
    if not decision.attached or decision.weak or decision.rule not in CLAUSE_RULES:
        return decision
    m = _LINK_LINE.match(an.sentence.text)
    return replace(decision, weak=IN_LINK.format(" ".join(m.group().split()).strip(":.-–— "))) if m else decision


IN_REFERENCE = "possible conflict: it stands in what '{}' compares with, another thing unless the fact is about it"


def _loose_in_reference(an: Analysed, found, decision: Decision) -> Decision:
    """A value attached inside a comparison's reference ("the strongest since 1960, when a magnitude 5.8 quake
    struck", with its terms there too) is attached only loosely: the reference is another thing, unless the fact is
    about that thing, so it may agree but a conflicting one is only a possible conflict."""
    if not decision.attached or decision.weak or not an.reference or decision.rule == "compared_with":
        return decision  # (compared_with attaching it has found the reference to be the fact's own)
    opener = in_reference(an, found.first if isinstance(found, Hit) else an.index_at(found.start))
    return replace(decision, weak=IN_REFERENCE.format(opener)) if opener else decision


def attach_value(an: Analysed, mention: Mention, about: list[Hit]) -> Decision:
    """Does a date or number mention belong to what the about-terms name?"""
    return _decided("value", VALUE_RULES, an, mention, about)


def attach_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision:
    """Does a value or rival name belong to what the about-terms name?"""
    return _decided("name", NAME_RULES, an, hit, about)


def attach_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision:
    """Does a value or rival place belong to what the about-terms name?"""
    return _decided("place", PLACE_RULES, an, hit, about)


def _decided(name: str, rules: tuple, an: Analysed, found, about: list[Hit]) -> Decision:
    """``first_decision``, worked out once per sentence for a value and the about-terms found: the rules read
    nothing else, and facts about the same thing (several facts share an about-term) ask the same question
    of the same sentence."""
    return remembered(an, (name, found, tuple(about)), first_decision, rules, an, found, about)
