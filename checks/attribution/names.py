"""Rule 1 (binding) for names, titles and places: a name written as part of another phrase belongs to that
phrase; and the name's clause rule."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import lru_cache

from ..match import Hit
from ..model import Mention
from ..lang.calendar import CALENDAR_WORDS, DAY_PARTS, DAY_WORDS, MONTHS, TIME_NOUNS, WEEKDAY_NAMES, WEEKDAYS
from ..lang.cues import KNOWN_EVENT_NOUNS
from ..lang.grammar import NOUN_PHRASE_OPENERS as DETERMINERS
from ..lang.grammar import (PLACE_QUALIFIERS, COMPANY_KIND_NOUNS, BE_FORMS, LINKING_VERBS, ROLE_AS_VERBS, TITLE_QUALIFIERS, COMPANION_HEADS, COMPANION_NOUNS, KIN_NOUNS, ROLE_NOUNS, EVENT_PEOPLE, VESSEL_PREFIXES, ATTENDING_VERBS, AUXILIARIES, BRAND_NOUNS, CLAUSE_OPENERS, COMPANY_SUFFIXES, COMPASS_WORDS, COMPLEMENT_VERBS, CONFORMITY_NOUNS, COPULAS,
                            FUNCTION_WORDS, INSTITUTION_NOUNS, LOCATIVE_PREPOSITIONS,
                            NATION_OF, NATIONALITIES, NEGATIONS, PARTY_HEADS, PLACE_NOUNS, SEAT_NOUNS,
                            RELATION_NOUNS, RELATIVE_PRONOUNS, REMOVAL_VERBS, REPORTED_PRONOUNS, REPORTING_VERBS,
                            ROUTE_PREPOSITIONS, ROUTE_ROLE_WORDS, CLAIM_ROUTE_PHRASES, SEAT_PARTICIPLES, SETTING_UP_NOUNS, SUBJECT_PLACE_PREPOSITIONS,
                            SUCCESSION_VERBS, TRAILING_REPORTING_VERBS, TRYING_VERBS, VICTORY_NOUNS)
from ..lang.numbers import UNITS
from ..lang.titles import BECOMING_VERBS, BEFORE_BECOMING, DOMAIN_OFFICES, NAME_SUFFIXES, OFFICE_WORDS, TITLES
from ..words import Word, alternation, is_demonym, is_plural, words
from .clauses import (_NOT_MODIFIERS, Analysed, Decision, _gap, _hit_in, _name_run, _name_run_at, _name_run_back, _noun_like, _past,
                      _phrase, _same_clause, _span, _title_case, _verb_in_phrase, _words, per_sentence)


_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z0-9][\w’'-]*\s+){0,4}\Z")
# After a name: ", the ", ", its new ", ", Velmar's ": a comma, a determiner or one possessive name, modifiers.
# (or a bracket: "Live Nation Entertainment (an organizer of the show)")
_HOLDER_APPOSITION = re.compile(
    r"\s*[,(]\s*(?!(?:not|no|never)\b)(?:(?:the|a|an|its|his|her|their)\s+|[A-Z][\w-]*['’]s?\s+)?(?:[a-z0-9][\w’'-]*\s+){0,3}")


# Word sets the rules test words against, built once.
_LIST_BREAKERS = FUNCTION_WORDS - {"of", "the"}


def place_of_head(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the factory of Bayer AG in Wuppertal', 'the annual meeting of Bayer AG in Bonn': a place after "in"/"at" right
    after a name that completes "of" after a lower-case noun locates that noun, the phrase's head, not the name: set
    aside when the terms stand in the name only (not when the head is a term: "the crash of Flight 5 in Aske"); so
    does one after a noun the name owns with 's (``_owned_head``)."""
    ws, k = an.words, hit.first - 1
    if k < 3 or ws[k].norm not in ("in", "at") or _gap(an, k).strip() or _gap(an, k + 1).strip():
        return None
    if not ws[k - 1].capitalised:
        return _owned_head(an, k, about)
    name = _name_run_back(an, k - 1)
    j = name.start - 1
    if j < 1 or ws[j].norm != "of" or not _hit_in(about, name):
        return None
    head = ws[j - 1]
    if head.capitalised or head.norm in FUNCTION_WORDS or _past(head) or _hit_in(about, range(j - 1, j)) \
            or head.norm in PLACE_NOUNS or head.norm in SEAT_NOUNS:
        return None  # (not "the town of Tempe in central Greece", "the headquarters of Bayer in Leverkusen")
    return Decision(False, f"places the '{head.text}' of '{_words(an, name)}', not '{_words(an, name)}' itself")


def _owned_head(an: Analysed, k: int, about: list[Hit]) -> Decision | None:
    """'Speaking at Velmar's annual general meeting in Orsk': a place after "in"/"at" (word k) right after a noun a
    name term owns with 's (past up to two describing words) locates that noun, not the name: set aside (not when the
    noun is a term, or names a seat: "Velmar's headquarters in Orsk")."""
    ws, head = an.words, an.words[k - 1]
    j = k - 1
    while j > 0 and k - j <= 3 and ws[j].norm != "s" and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS \
            and not _past(ws[j]):
        j -= 1
    if ws[j].norm != "s" or _gap(an, j) not in ("'", "’") or j + 1 >= k or _hit_in(about, range(j + 1, k)) \
            or head.norm in PLACE_NOUNS or head.norm in SEAT_NOUNS:
        return None
    name = _name_run_back(an, j - 1)
    if not _hit_in(about, name) or any(an.clause[h.first] == an.clause[k] and not name.start <= h.first < name.stop
                                       for h in about):
        return None  # (a term beside the name is what happens there: "The blast at Velmar's plant in Orsk")
    return Decision(False, f"places the '{head.text}' of '{_words(an, name)}', not '{_words(an, name)}' itself")


def place_in_subject(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'The engineer in charge of the hall in Velmar, Anna Orsk, has died': a place phrase right after a noun embedded in
    the subject noun phrase (after a preposition, with no verb before it in its clause) locates that noun, not the
    event of the verb after it; one right after the subject's head ('the unrest in Velmar grew') places the event."""
    ws, k = an.words, hit.first - 1
    if k < 1 or ws[k].norm not in SUBJECT_PLACE_PREPOSITIONS or _gap(an, k + 1).strip() or _gap(an, k).strip():
        return None
    noun, here = ws[k - 1], an.clause[hit.first]
    if noun.norm in FUNCTION_WORDS or _verb_in_phrase(an, k - 1) or an.clause[k - 1] != here:
        return None
    start = k - 1
    while start > 0 and an.clause[start - 1] == here:
        start -= 1
    if any(_verb_in_phrase(an, j) for j in range(start, k - 1)) or _hit_in(about, range(start, hit.first)):
        return None  # "died in Velmar", "the death in Velmar of": the place is the verb's, or the term's own
    if not any(w.norm in SUBJECT_PLACE_PREPOSITIONS or w.norm in ("for", "to", "with", "on") for w in ws[start:k - 1]):
        return None  # "the unrest in Velmar grew": a place of the subject's head is where its predicate happens
    later = next((h for h in about if h.first > hit.last and an.clause[h.first] == here), None)
    if later is None:
        return None
    return Decision(False, f"locates '{noun.text}' in the subject, not '{_span(an, later)}'")


def where_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'landed at LaGuardia Airport, from where he took off', 'the lot on Collins Avenue, where the towers once
    stood': a place right before a relative "where" (past a comma or a dash, and a short apposition with no verb) is
    where the relative clause's event happens: attached when a term stands in it."""
    j = _where_after(an, hit)
    if j is None:
        return None
    ws = an.words
    own = next((h for h in about if h.first > j and an.clause[h.first] == an.clause[min(j + 1, len(ws) - 1)]
                and ws[h.first - 1].norm not in _TIMED_BY and ws[h.first - 2].norm not in _TIMED_BY), None)
    if own is None:
        return None
    return Decision(True, f"is where '{_span(an, own)}' happened (', where ...')")


def _where_after(an: Analysed, hit: Hit) -> int | None:
    """The word "where" opening a relative clause about the place ``hit``, or None: within _WHERE_REACH words, past
    no verb, after a comma, a dash or "from", and past no nearer place in a phrase ("in Aske, 2 miles from Orsk,
    where" is Orsk's; "Wolfsburg, Germany, where" is both names')."""
    ws, j = an.words, hit.last + 1
    while j < len(ws) and j - hit.last <= _WHERE_REACH and ws[j].norm != "where":
        if _past(ws[j]) or ws[j].norm in AUXILIARIES or ws[j].norm in CLAUSE_OPENERS:
            return None
        j += 1
    if j >= len(ws) or ws[j].norm != "where":
        return None
    if not any(c in _gap(an, j) for c in ",-—–") and ws[j - 1].norm != "from":
        return None
    between = [w.capitalised for w in ws[hit.last + 1:j - (ws[j - 1].norm == "from")]]
    return None if any(between) and not all(between) else j


_WHERE_REACH = 7  # words from the place to "where": "the lot on Collins Avenue in Surfside, where"
# a term after these is another event, the clause's time: "the corridor, where service has been suspended since the crash"
_TIMED_BY = {"since", "after", "before", "following", "during", "until"}


def term_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'hit the Noto area on Monday, centered in the town of Shika': a term ending in a participle right before a
    locative preposition and a place ('the town of' may stand between) has that place as its own (the later rules
    attach it); when it is the sentence's only term, another place of the sentence that a past verb governs ('hit the
    Noto area') is where that verb happened, not the term's place."""
    if len(about) != 1:
        return None  # "The earthquake, centered off Wajima, rocked Niigata": the event's other terms take the place
    h = about[0]
    own = _term_object(an, h)
    if own is None or hit.first in own:
        return None  # (the term's own place: the clause rule attaches it)
    verb = _governing_past(an, hit.first)
    if verb is None:
        return None
    return Decision(False, f"is where '{an.words[verb].text}' happened; '{_span(an, h)}' is in '{_words(an, own)}'")


def _term_object(an: Analysed, h: Hit) -> range | None:
    """'centered in the town of Shika', 'epicentred near Aske': the capitalised place right after a term ending in a
    participle and a locative preposition (past 'the' and a place noun with 'of'), as its words, or None."""
    ws, j = an.words, h.last + 1
    if j >= len(ws) - 1 or ws[j].norm not in LOCATIVE_PREPOSITIONS or _gap(an, j) != " " or not _past(ws[h.last]):
        return None  # (a participle's: "the only land link between Armenia and..." places no link)
    j += 1
    if ws[j].norm == "the" and j + 1 < len(ws):
        j += 1
    if j + 2 < len(ws) and ws[j].norm in PLACE_NOUNS and ws[j + 1].norm == "of":
        j += 2
    if not ws[j].capitalised or ws[j].norm in FUNCTION_WORDS or ws[j].norm in CALENDAR_WORDS:
        return None  # ("planned in January", "held in July": a time, no place)
    return _name_run_at(an, j)


def _governing_past(an: Analysed, k: int) -> int | None:
    """The past verb a few words before word k in its clause that governs it ('hit the Noto area of Ishikawa'):
    back past determiners, capitalised words, place nouns and 'of', no punctuation; its index, or None."""
    ws = an.words
    j = k - 1
    while j >= 0 and k - j <= 6 and an.clause[j] == an.clause[k] and _gap(an, j + 1).strip() == "":
        if _past(ws[j]):
            return j if j == 0 or ws[j - 1].norm not in DETERMINERS else None  # "the disputed Karabakh enclave"
        if not (ws[j].norm in DETERMINERS or ws[j].capitalised or ws[j].norm in PLACE_NOUNS or ws[j].norm == "of"):
            return None
        j -= 1
    return None


def own_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """A name inside an about-term ('Bank' in 'Bank of Harrowgate') is not said of the subject; but a name hyphened
    to "bound" inside it ('London-bound') says where the subject is bound, no name of it: left to the other rules."""
    for h in about:  # a loop, not any(): asked of every name
        if h.first <= hit.first and hit.last <= h.last and not _compounded(an, hit.last, h.last) \
                and not _place_after_preposition(an, h, hit):
            return Decision(False, "is part of the subject's own name")
    return _kin_name(an, hit, about)


def _place_after_preposition(an: Analysed, term: Hit, hit: Hit) -> bool:
    """A term that is "from" and the name ("from Orsk"), standing in a route ("from Orsk to Tindra", "bound for
    Tindra from Orsk"), is no name: it says where the journey starts, as the editor wrote it (left to the other
    rules; not "a nurse from Orsk", "volunteers from Orsk")."""
    ws = an.words
    if hit.first != term.first + 1 or ws[term.first].norm != "from":
        return False
    after = term.last + 1
    goes_on = after + 1 < len(ws) and ws[after].norm == "to" and ws[after + 1].capitalised
    came = term.first >= 2 and ws[term.first - 1].capitalised and ws[term.first - 2].norm in ("to", "for")
    return goes_on or came


def _kin_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'12 in the Palisades Fire', for the term "Eaton Fire": a name followed, in the same name, by the capitalised
    head noun of a term names another thing of that kind (another fire), not the term's."""
    ws, j = an.words, hit.last + 1
    if j >= len(ws) or not ws[j].capitalised or _gap(an, j) != " " or any(h.first <= j <= h.last for h in about):
        return None
    heads = {an.words[h.last].norm for h in about if h.last > h.first}  # a term of a name and its noun: "Eaton Fire"
    if ws[j].norm not in heads:
        return None
    return Decision(False, f"is part of the name '{_words(an, range(hit.first, j + 1))}', another than the term's")


def _compounded(an: Analysed, last: int, end: int) -> bool:
    """Word ``last`` is hyphened to a lower-case word within the term ending at word ``end``."""
    return last < end and _gap(an, last + 1) == "-" and an.words[last + 1].norm in _DIRECTION_COMPOUNDS


_DIRECTION_COMPOUNDS = {"bound"}  # "London-bound" says where to; "Moscow-backed", "Texas-based" keep own_name


def bracketed_holder(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'"We came to get the chief of General Staff (Gerasimov) and Shoigu"': a name in brackets right after a title
    is who holds it."""
    ws, text, j = an.words, an.sentence.text, hit.last + 1
    if j >= len(ws) or not ws[j].capitalised or text[ws[j - 1].end:ws[j].start].strip() != "(":
        return None
    k = j
    while k + 1 < len(ws) and ws[k + 1].capitalised and not text[ws[k].end:ws[k + 1].start].strip():
        k += 1
    if text[ws[k].end:ws[k].end + 1] != ")":
        return None
    holder = range(j, k + 1)
    return Decision(_hit_in(about, holder), f"is the title of '{_words(an, holder)}', in brackets after it")


def relative_of_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Jon Roe, who is suspected of entering the studio and setting fire to it, suffered burns': a term in the
    relative clause opened by "who" right after a name, coordinated predicates and all, is said of that name."""
    ws, j = an.words, hit.last + 1
    if j >= len(ws) or ws[j].norm != "who" or "," not in an.sentence.text[ws[hit.last].end:ws[j].start]:
        return None
    home, end = an.clause[hit.first], j
    while end < len(ws) and an.clause[end] != home:
        end += 1
    term = next((h for h in about if j < h.first < end), None)
    if term is None or any(w.norm in CLAUSE_OPENERS and w.norm not in ("and", "or") for w in ws[j + 1:term.first]):
        return None  # ("Roe, who was injured when an intruder set fire to it, ...": the nested clause's act)
    return Decision(True, f"'{_span(an, term)}' is said of '{_span(an, hit)}' in the relative clause after it")


def bracketed_affiliation(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Luiz Lind (Workers' Party, PT) was elected', 'Jon Roe (Labour) won', 'the resort of Aske (Bolu Province,
    Turkey)': a name in a short bracket right after a term's name says what that person belongs to, or where that
    place lies."""
    ws, text = an.words, an.sentence.text
    j = hit.first
    while j > 0 and hit.first - j < _AFFILIATION_WORDS and "(" not in text[ws[j - 1].end:ws[j].start]:
        if ")" in text[ws[j - 1].end:ws[j].start]:
            return None
        j -= 1
    if j == 0 or text[ws[j - 1].end:ws[j].start].strip() != "(" or not all(w.capitalised for w in ws[j:hit.first]):
        return None  # (only names before it in the bracket: not "(120 km from Tessel)", "(not Tessel)")
    close = text.find(")", ws[hit.last].end)
    if close < 0 or close - ws[hit.last].end > _AFFILIATION_CHARS or "(" in text[ws[hit.last].end:close]:
        return None
    named = next((h for h in about if h.last == j - 1), None)
    if named is None or not ws[j - 1].capitalised:
        return None  # (after a common noun the bracket names it: "the tanker (Alba)", ``named_noun``)
    return Decision(True, f"is in brackets right after '{_span(an, named)}', which it describes")


_AFFILIATION_WORDS = 6  # words from the bracket's opening to the name
_AFFILIATION_CHARS = 40  # characters from the name to the bracket's close


def reference_cue(an: Analysed, hit: Hit) -> str:
    """'The quake was centred 30 kilometres east-northeast of Wajima', 'a village 10 km from Aske', 'north of
    Velmar', 'west of the capital Velmar': the compass word and "of", or the distance and "from", that make the
    place a point of reference, or '' ("in the north of Aske" is a part of Aske)."""
    ws, k = an.words, hit.first
    if k >= 4 and ws[k - 2].norm == "the" and not ws[k - 1].capitalised and ws[k - 3].norm in ("of", "from") \
            and _gap(an, k) == " ":
        k -= 2  # "west of the capital Kathmandu": the place named after a noun describing it
    if k < 2 or ws[k - 1].norm not in ("of", "from"):
        return ""
    before = ws[k - 2]
    if ws[k - 1].norm == "of" and before.norm in COMPASS_WORDS and not (k >= 3 and ws[k - 3].norm in DETERMINERS):
        return _words(an, range(k - 2, k))
    if ws[k - 1].norm == "from" and (UNITS.get(before.norm, ("",))[0] == "length" and k >= 3
                                     and ws[k - 3].norm[:1].isdigit() or before.norm == "away"):
        return _words(an, range(k - 2, k))
    return ""


def _office_domain(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the Sultan of Sokoto died in an airplane crash': a place after "of" and an office (``DOMAIN_OFFICES``) is the
    office's domain, no place of an event the terms name (``_events_only``; none in the title), nor of a person or
    thing a term names away from the office (``_apposed_office``)."""
    ws, k = an.words, hit.first
    if k < 2 or ws[k - 1].norm != "of" or ws[k - 2].norm not in DOMAIN_OFFICES or _hit_in(about, range(k - 2, hit.last + 1)):
        return None
    before, after = _apposed_office(an, k - 2, hit, about)
    if after or before and not _events_only(an, about):
        return None
    return Decision(False, f"is the domain of the office '{ws[k - 2].text} of {_span(an, hit)}', not a place of the "
                           "event")


def _apposed_office(an: Analysed, office: int, hit: Hit, about: list[Hit]) -> tuple[bool, bool]:
    """Does a term stand in apposition to the office at word ``office`` (a few words before it: "Armin Laschet, the
    governor of North Rhine-Westphalia"), and does one stand right after the domain or in the domain's own apposition
    or relative clause ("mayor of Pedernales, a town near the quake's epicenter", "the prefect of Orsk, where the
    quake struck")? Then the domain may place that term's person, thing or event."""
    ws, nxt = an.words, hit.last + 1
    # the domain's own words, apposition or relative clause, to the next mark: "mayor of Pedernales, a town of 40,000
    # near the quake's epicenter", "the mayor of Bucharest's District 4 where the nightclub is located" (not the
    # clause's verb phrase after the domain: "The Regent of Orsk declared an emergency over the fire")
    own = nxt < len(ws) and (_gap(an, nxt).strip() == "," or _gap(an, nxt) in ("'", "’")
                             or ws[nxt].norm in RELATIVE_PRONOUNS)
    end = next((j for j in range(nxt + 1, len(ws)) if _gap(an, j).strip(" '’-")
                and not (ws[j].norm.isdigit() and ws[j - 1].norm.isdigit())), len(ws)) if own else nxt
    return (any(office - 4 <= h.last < office for h in about), any(hit.last < h.first < end for h in about))


def _events_only(an: Analysed, about: list[Hit]) -> bool:
    """Do the terms name only an event (a past verb, an event's noun), no person or thing an office's domain may
    place ("Armin Laschet, the governor of North Rhine-Westphalia" places Laschet)?"""
    return all(_past(an.words[h.first]) or an.words[h.first].norm in KNOWN_EVENT_NOUNS for h in about)


def place_in_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the MV Bukoba sank': a place after a ship's prefix (``VESSEL_PREFIXES``) names the vessel.  'The Deposit
    Insurance National Bank of Santa Clara will manage the branches': a place after "of" that ends an
    institution's capitalised name (``INSTITUTION_NOUNS``) is part of that name, not where the subject is (unless a
    term stands in the name: "the Superior Court of Fulton County" for a fact about a court).  A place after "of" and
    an office (``DOMAIN_OFFICES``: "the Sultan of Sokoto", "the governor of Sokoto state") is the office's domain."""
    ws, k = an.words, hit.first
    if k >= 1 and ws[k - 1].norm in VESSEL_PREFIXES and ws[k - 1].text.isupper() and _gap(an, k) == " " \
            and not _hit_in(about, range(k - 1, hit.last + 1)):
        return Decision(False, f"names the vessel '{_words(an, range(k - 1, hit.last + 1))}', not a place")
    longer = _longer_place_name(an, hit)
    brand = longer is not None and ws[hit.last + 1].norm in BRAND_NOUNS | COMPANY_SUFFIXES and _brand_ends(an, hit.last + 1)
    if longer is not None and (brand or not _hit_in(about, longer)):  # ("Jeju Air Flight 2216" is no flight's place)
        return Decision(False, f"is part of the name '{_words(an, longer)}'")
    domain = _office_domain(an, hit, about)
    if domain is not None:
        return domain
    if k < 2 or ws[k - 1].norm != "of" or not ws[k - 2].capitalised or ws[k - 2].norm not in INSTITUTION_NOUNS:
        return None
    run = _name_run_back(an, k - 2)
    if _hit_in(about, range(run.start, hit.last + 1)):
        return None
    return Decision(False, f"is part of the name '{_words(an, range(run.start, hit.last + 1))}'")


def _longer_place_name(an: Analysed, hit: Hit) -> range | None:
    """'Pacific Islands', 'the Pacific Islands Forum', 'Jeju Air': a place followed by a capitalised plural or a
    company's word (``BRAND_NOUNS``, ``COMPANY_SUFFIXES``) is only the start of a longer name, another place or body (not "Gaza Strip", "Tver Region", "the Velmar Museum": those are in the place
    itself); the longer name's words, or None."""
    ws, j = an.words, hit.last + 1
    joined = _hyphened_division(an, hit)
    if joined is not None:
        return joined
    if j >= len(ws) or not ws[j].capitalised or _gap(an, j) != " " or _title_case(an):
        return None
    if (not is_plural(ws[j].norm) or ws[j].norm in NATIONALITIES) \
            and not (ws[j].norm in BRAND_NOUNS | COMPANY_SUFFIXES and _brand_ends(an, j)):
        return None  # ("the Velmar Museum" is in Velmar; "Jeju Air" is a company named after Jeju)
    stop = j + 1
    while stop < len(ws) and ws[stop].capitalised and _gap(an, stop) == " ":
        stop += 1
    return range(hit.first, stop)


def _hyphened_division(an: Analysed, hit: Hit) -> range | None:
    """'Enga province's Porgera-Paiela district': names joined by hyphens before a place noun (``PLACE_NOUNS``) name
    one place, another than any of them; the whole name's words, or None."""
    ws, first, last = an.words, hit.first, hit.last
    while first >= 1 and _gap(an, first) == "-" and _other_name(ws[first - 1]):
        first -= 1
    while last + 1 < len(ws) and _gap(an, last + 1) == "-" and _other_name(ws[last + 1]):
        last += 1
    if (first, last) == (hit.first, hit.last) or last + 1 >= len(ws) or ws[last + 1].norm not in PLACE_NOUNS \
            or _gap(an, last + 1) != " ":
        return None
    return range(first, last + 2)


def _other_name(w: Word) -> bool:
    """A capitalised word that is a name of its own, no word placing a part of a place ("Orsk-North", "Old-Orsk",
    ``PLACE_QUALIFIERS``)."""
    return w.capitalised and w.norm not in PLACE_QUALIFIERS


def _brand_ends(an: Analysed, j: int) -> bool:
    """Does the company's word at j end its name, or go on only to a flight ("Jeju Air", "Jeju Air Flight 2216"; not
    "Aske Air Base", a place)?"""
    ws = an.words
    return j + 1 >= len(ws) or not ws[j + 1].capitalised or _gap(an, j + 1) != " " or ws[j + 1].norm == "flight"


def predecessor(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Lind will replace Orsk as chair', 'Lind won, defeating her rival, the former minister Orsk': the object of a
    verb of replacing or defeating (past its determiner, titles and an apposition's comma) is the one replaced; so is
    the name after "over" right after a noun of a win ("a resounding victory over far-right leader Orsk")."""
    if an.norms.isdisjoint(SUCCESSION_VERBS) and (an.norms.isdisjoint(VICTORY_NOUNS) or "over" not in an.norms):
        return None  # no verb of replacing in the sentence
    verb = _governing_verb(an, hit)
    if verb is not None and _only_tried(an, verb):
        return None  # "had attempted to depose Defence Minister Shoigu": the attempt failed, the title still held
    if verb is not None and not _hit_in(about, range(verb + 1, hit.last + 2)):  # "replacing Tory leader, Sunak": a
        # term in the object's own phrase says what the name is (or right after a title: "beat US Open champion Orsk")
        return Decision(False, f"is the one '{an.words[verb].text}' names as beaten or replaced")
    if verb is not None and an.words[verb].norm in REMOVAL_VERBS:  # "impeached acting President Han": held till then
        return Decision(False, f"held the title until '{an.words[verb].text}' removed them: no statement of who holds it")
    return None


def _only_tried(an: Analysed, verb: int) -> bool:
    """'attempted to depose', 'tried to oust', 'failed to unseat': a verb of trying or failing, then "to", right
    before the verb of removing: no one was removed."""
    ws = an.words
    return verb >= 2 and ws[verb - 1].norm == "to" and (ws[verb - 2].norm in TRYING_VERBS
                                                      or ws[verb - 2].norm in ("failed", "fails", "sought", "seeks"))


def _governing_verb(an: Analysed, hit: Hit) -> int | None:
    """The verb whose object a name is: right before it, or before its noun phrase ('her rival, former finance
    minister Orsk'); None past another verb, a clause word or punctuation other than an apposition's comma."""
    ws, k = an.words, hit.first - 1
    while k >= 0 and hit.first - k <= 8:
        if ws[k].norm in SUCCESSION_VERBS:
            return k
        if ws[k].norm == "over" and k and ws[k - 1].norm in VICTORY_NOUNS and _gap(an, k) == " ":
            return k - 1  # "victory over": the noun of the win governs the name as a verb of defeating would
        if _past(ws[k]) or ws[k].norm in AUXILIARIES or ws[k].norm in _NOT_MODIFIERS \
                or _gap(an, k + 1).strip() not in ("", ",", "-"):  # (a hyphen joins a modifier: "far-right leader")
            return None  # another verb, a preposition ("toppled by Lind": the agent), a clause word
        k -= 1
    return None


def respectively(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Alpha and Beta are based in Aske and Velmar, respectively': values listed against subjects listed
    pair in order; without a list of subjects to pair with ('its two units are based in Aske and Velmar,
    respectively') no value is said of one subject alone."""
    return respective(an, hit.first, hit.last, about) if "respectively" in an.norms else None


def respective(an: Analysed, first: int, last: int, about: list[Hit], *, alone: bool = True) -> Decision | None:
    """The pairing of the value at words ``first``..``last`` of a list ending in ', respectively' with the term listed
    at its place in a list of as many terms before it (``respectively``); when no such list is there, a set-aside
    (``alone``) or None."""
    listed = _respective_list(an, first, last)
    if listed is None:
        return None
    items, at = listed
    for h in about:
        if h.last >= items[0].start:
            continue
        subjects = _coordinated_names(an, h)
        if len(subjects) == len(items):
            mine = next(p for p, r in enumerate(subjects) if h.first in r)
            if mine == at:
                return Decision(True, f"pairs with '{_span(an, h)}' (respectively)")
            return Decision(False, f"pairs with '{_words(an, subjects[at])}' (respectively), not '{_span(an, h)}'")
    if alone or all(h.first > items[-1].stop for h in about):  # (a term after "respectively" is none it pairs with)
        return Decision(False, "is one of a 'respectively' list with no subjects listed to pair it with")
    return None


def _respective_list(an: Analysed, first: int, last: int) -> tuple[list[range], int] | None:
    """The items of the list ending in ', respectively' that holds words ``first``..``last``, and their place in it."""
    ws, text = an.words, an.sentence.text
    numeric = ws[first].norm[:1].isdigit()
    r = next((k for k in range(last + 1, min(len(ws), last + 16)) if ws[k].norm == "respectively"), None)
    if r is None or not text[ws[r - 1].end:ws[r].start].strip(" ,") == "":
        return None
    items, end, k = [], r, r - 1
    while k >= 0:
        start = _item_start(an, k, end, numeric)
        if ws[k].norm in _LIST_BREAKERS:
            break
        items.insert(0, range(start, k + 1))
        sep = text[ws[start - 1].end:ws[start].start] if start else ""
        if start >= 1 and ws[start - 1].norm in ("and", "or"):
            k, end = start - 2, start - 1
        elif "," in sep and start >= 1:
            k, end = start - 1, start
        else:
            break
    at = next((p for p, item in enumerate(items) if first in item), None)
    return (items, at) if at is not None and len(items) > 1 else None


def _item_start(an: Analysed, k: int, end: int, numeric: bool) -> int:
    """The first word of a listed item ending at word k: back past up to five words with no break between (a
    number's item only past its own digits: "numbered 10, 11 and 12")."""
    ws, text, start = an.words, an.sentence.text, k
    while start > 0 and end - start < 5 and ws[start - 1].norm not in _LIST_BREAKERS \
            and (not text[ws[start - 1].end:ws[start].start].strip(" -") or _in_number(an, start)) \
            and not (numeric and not ws[start - 1].norm[:1].isdigit()):
        start -= 1
    return start


def _in_number(an: Analysed, k: int) -> bool:
    """'17,923', '4.5': word k goes on the number before it past a comma or point with no space."""
    gap = an.sentence.text[an.words[k - 1].end:an.words[k].start]
    return gap in (",", ".") and an.words[k - 1].norm.isdigit() and an.words[k].norm.isdigit()


def _coordinated_names(an: Analysed, h: Hit) -> list[range]:
    """'Alpha, Beta and Gamma': the capitalised runs listed with the one holding the hit; for a hit in small letters,
    the single words so listed ('missing and injured')."""
    ws, text = an.words, an.sentence.text
    named = ws[h.first].capitalised
    first = _name_run_back(an, h.first).start if named else h.first
    last = _run_end(an, h.last, named)
    items = [range(first, last + 1)]
    k = first - 1  # leftwards
    while k >= 1 and (ws[k].norm in ("and", "or") or "," in text[ws[k].end:ws[k + 1].start]):
        k = k - 1 if ws[k].norm in ("and", "or") else k
        if not _listed_like(ws[k], named):
            break
        run = _name_run_back(an, k) if named else range(k, k + 1)
        items.insert(0, run)
        k = run.start - 1
    k = last + 1  # rightwards
    while k + 1 < len(ws) and (ws[k].norm in ("and", "or") or "," in text[ws[k - 1].end:ws[k].start]):
        k = k + 1 if ws[k].norm in ("and", "or") else k
        if not _listed_like(ws[k], named):
            break
        j = _run_end(an, k, named)
        items.append(range(k, j + 1))
        k = j + 1
    return items


def _run_end(an: Analysed, j: int, named: bool) -> int:
    """The last word of a name's run of capitalised words from word j (a word in small letters: itself)."""
    ws, text = an.words, an.sentence.text
    while named and j + 1 < len(ws) and ws[j + 1].capitalised and not text[ws[j].end:ws[j + 1].start].strip(" -"):
        j += 1
    return j


def _listed_like(w: Word, named: bool) -> bool:
    """A word listed with a name is a name; with a word in small letters, another such word of content."""
    return w.capitalised if named else not w.capitalised and w.norm not in FUNCTION_WORDS and w.norm.isalpha()


def possessive_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Britain's regulator': a name with 's belongs to the noun phrase after it; and 'CEO of Norland's
    ferry division' is not 'CEO of Norland'."""
    text = an.sentence.text
    if text[hit.end:hit.end + 2] not in ("'s", "’s") or hit.last + 1 >= len(an.words):
        return None
    k = an.index_after(hit.end + 2)
    head = _phrase(an, k) if k < len(an.words) and not an.words[k].capitalised else _name_run_at(an, k)
    if _hit_in(about, head):
        if any(an.words[h.last].norm in RELATION_NOUNS for h in about if h.last in head):  # "Johnson's successor"
            return Decision(False, f"is the one whose '{_words(an, head)}' is meant")
        return Decision(True, f"owns '{_words(an, head)}'")
    if " of " in _span(an, hit):  # "CEO of Norland's ferry division": the office is of the division, not of Norland
        return Decision(False, f"is cut short: the 'of' phrase is '{_words(an, range(hit.last, head.stop))}'")
    return None


def owned_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """"Matteo Salvini's League": a name right after a term and "'s" is that term's (not a title before a term's name:
    "Turkey's President Erdogan")."""
    ws, text = an.words, an.sentence.text
    if hit.first < 1 or text[max(0, ws[hit.first].start - 3):ws[hit.first].start] not in ("'s ", "’s "):
        return None
    k = an.index_at(ws[hit.first].start - 3)  # the owner's last word
    if any(hit.last < h.first <= hit.last + 2 for h in about):
        return None  # "Turkey's President Erdogan": a title before a term's name is that name's
    owner = next((h for h in about if h.last == k), None)
    if owner is None:
        return None  # ("Jamaica's Asafa Powell", "Greece's prime minister": a place's or a body's is no other owner)
    return Decision(True, f"is what '{_span(an, owner)}' owns")


def compound_participle(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'a Greek-owned, Danish-operated, Liberia-flagged tanker': a name joined by a hyphen to a past participle
    says who or what did that ('Greek-owned' names the owner, and nothing about the flag)."""
    ws, text, nxt = an.words, an.sentence.text, hit.last + 1
    if nxt >= len(ws) or text[ws[hit.last].end:ws[nxt].start] != "-" or not _past(ws[nxt]):
        return None
    done = ws[nxt]
    if any(h.first <= nxt <= h.last for h in about) or any(_same_stem(done.norm, p) for h in about for p in h.term.parts):
        return Decision(True, f"says who is '{done.text}'")
    other = next((h for h in about if _past(an.words[h.last])), None)
    if other is None:  # "the Russia-brokered truce", "Northwind, the US-based company": the compound describes
        return None    # the noun; other rules say whether that is the subject's
    return Decision(False, f"says who is '{done.text}', not who is '{_span(an, other)}'")


def _same_stem(participle: str, word: str) -> bool:
    """'owned' and 'owner', 'flagged' and 'flag', 'operated' and 'operator': one verb."""
    stem = participle[:-2] if participle.endswith("ed") else participle
    stem = stem[:-1] if len(stem) > 3 and stem[-1] == stem[-2] else stem
    stem = stem.rstrip("e") if len(stem) > 4 else stem
    return len(stem) >= 3 and word.startswith(stem)


# Participles whose "by" gives a place ("talks hosted by Qatar", "a hotel located by the lake"): no agent
_PLACING = {"hosted", "located", "situated", "based", "surrounded", "bordered", "flanked", "lined", "staged", "held"}


def agent_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'a statement released by the presidential office': a place after a past participle and "by" (past a
    determiner), heading its phrase, is who did it, the passive's agent, not where anything happened (unless a term
    stands in it; a place describing the agent, "operated by the US-based company", "by Chinese company ByteDance",
    is the agent's)."""
    ws, k = an.words, hit.first
    by = k - 2 if k >= 2 and ws[k - 1].norm in DETERMINERS else k - 1
    if by < 1 or ws[by].norm != "by" or not _past(ws[by - 1]) or ws[by - 1].norm in _PLACING \
            or _hit_in(about, range(by, hit.last + 1)):
        return None
    nxt = hit.last + 1
    if nxt < len(ws) and (_gap(an, nxt) == "-" or _gap(an, nxt) == " " and _noun_like(ws[nxt])
                          and ws[nxt].norm not in FUNCTION_WORDS):
        return None  # "operated by the US-based company", "owned by Chinese company ByteDance": the agent's place
    return Decision(False, f"is the agent of '{ws[by - 1].text} by', no place where it happened")


def between_ends(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'on a single-track route between Rosenheim and Holzkirchen', 'on the border between Velmar and Orsk': places
    after "between" (the first, or the one after "and", or a place in apposition after one: "between Orsk and
    Fuzhou, Tindra province") are the ends of a stretch the event lies on, not where it happened: set aside (not for a
    fact whose terms say "between")."""
    ws, k = an.words, hit.first
    if any(w == "between" for h in about for w in h.term.parts):
        return None
    j, end = _between_before(an, k), k
    if j < 0 and k >= 2 and _gap(an, k).strip() == "," and ws[k - 1].capitalised:
        end = _name_run_back(an, k - 1).start  # "between Orsk and Fuzhou, Fujian province": an end's apposition
        j = _between_before(an, end)
        if j >= 0 and an.clause[j] == an.clause[end]:  # (it may place that end, or the whole stretch: loosely)
            decision = name_clause(an, hit, about)
            return replace(decision, weak="possible conflict: it may place only one end of a stretch ('between ... "
                                          "and ...'), not where it happened") if decision.attached else decision
    if j < 0 or an.clause[j] != an.clause[end]:
        return None
    if any(j - 2 <= h.last < j and "," not in an.sentence.text[an.words[h.last].end:ws[j].start] for h in about):
        return None  # the term names the stretch itself: "the only road between Armenia and Karabakh"
    return Decision(False, "is an end of a stretch ('between ... and ...'), not where it happened")


def _between_before(an: Analysed, k: int) -> int:
    """The "between" whose ends the name at word k is one of (the first, or the one after "and"), or -1."""
    ws, j = an.words, k - 1
    if j >= 0 and ws[j].norm == "and":  # the second end: back past "and" and the first end's name
        j -= 1
        while j >= 0 and ws[j].capitalised and ws[j].norm != "between":
            j -= 1
    return j if j >= 0 and ws[j].norm == "between" else -1


def route_role(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'took off from Aske to Velmar', 'out of Aske, en route for Velmar', 'over Tindra': the preposition before a
    place gives its role in a journey (origin, destination, path); a term naming one role ('departure', 'flight
    from', 'bound', 'trip to') is not stated by a place in another."""
    asked = {r for h in about for r in [_role_of_term(h.term.parts)] if r}
    if not asked:
        return _origin_of_term(an, hit, about) or _journey_end(an, hit, about)
    role = _place_role(an, hit.first)
    if role is None or role[0] in asked:
        return None
    return Decision(False, f"is the journey's {role[0]} ('{role[1]}'), not its {sorted(asked)[0]}")


_ROUTE = sorted(((tuple(p.split()), r) for p, r in ROUTE_PREPOSITIONS.items()), key=lambda x: -len(x[0]))
_CLAIM_ROUTE = sorted(_ROUTE + [(tuple(p.split()), r) for p, r in CLAIM_ROUTE_PHRASES.items()], key=lambda x: -len(x[0]))
_ENDS = {"from": "to", "to": "from"}


def _origin_of_term(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'staff deployed from Wabag to the affected village': a place after "from" whose "to" leads to a term (past up
    to two words) is where a movement to the term's thing starts, not its place."""
    if hit.first < 1 or an.words[hit.first - 1].norm != "from":
        return None
    to = _name_run(an, hit.first).stop
    if to >= len(an.words) or an.words[to].norm != "to" or _gap(an, to).strip():
        return None
    term = next((h for h in about if to < h.first <= to + 3 and not _gap(an, h.first).strip() and _heads(an, h)), None)
    if term is None or any(h.last < hit.first and an.clause[h.last] == an.clause[hit.first] for h in about):
        return None  # (a term before "from" is the mover: "The blaze spread from Orsk to ...", its own place)
    return Decision(False, f"is where a movement to '{_words(an, range(term.first, term.last + 1))}' starts, "
                           "not its place")


def _heads(an: Analysed, h: Hit) -> bool:
    """Does the term end its noun phrase (no hyphen or lower-case noun after it: not "the fire station", "the
    ash-covered villages")?"""
    j = h.last + 1
    return j >= len(an.words) or _gap(an, j).strip() not in ("", "-") or an.words[j].norm in FUNCTION_WORDS \
        or an.words[j].capitalised


def _journey_end(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'crashed while on its way to Velmar from Aske', 'sank en route to Velmar': for a term that asks for no end of a
    journey (the place of an event on it), a place a journey phrase makes its origin or destination is that end, maybe
    not the event's place (attached loosely: "crashed on landing" is at the destination): a phrase of its own ('en route to', 'bound for', 'way to') or a pair ('from Aske to Velmar';
    not a lone 'to' or 'from': "the fire spread to Velmar"); not when a term stands right before the phrase, the
    journey's own ("The ferry from Aske to Velmar sank")."""
    if not any(_past(an.words[h.first]) or an.words[h.first].norm in KNOWN_EVENT_NOUNS for h in about):
        return None  # (the terms name no event: "left Dubai airport bound for Rostov" for a fact about an airport)
    role = _place_role(an, hit.first)
    if role is None or role[0] == "path":
        return None
    prep = role[1].lower()
    anchor = _role_anchor(an, hit.first)  # ("to Havelian in Khyber-Pakhtunkhwa": the place the role is Havelian's)
    opening = anchor - len(prep.split())
    if " " not in prep:
        opening = _pair_opening(an, hit, prep)  # ("from Havelian in Velmar to Aske": the pair after the place)
        if opening < 0 and anchor != hit.first:
            opening = _pair_opening(an, hit._replace(first=anchor), prep)
        if opening < 0:
            return None
    if opening >= 1 and _hit_in(about, range(opening - 1, opening)) and not _gap(an, opening).strip():
        return None  # (the journey's own, right after its term: not "The Orsk Express, bound for Havelian, met ...")
    decision = name_clause(an, hit, about)  # loosely: an event may happen at an end ("crashed on landing")
    return replace(decision, weak=f"possible conflict: the journey's {role[0]} ('{role[1]}'), maybe not where its "
                                  "event took place") if decision.attached else decision


def _role_anchor(an: Analysed, k: int) -> int:
    """The first word of the place a route preposition stands before, walking back as ``_place_role`` does from a place
    after "in" or in apposition ("to Havelian in Khyber-Pakhtunkhwa", "from Aske, Velmar,") to the one it locates."""
    for _ in range(3):
        if _route_before(an, k) or k < 2:
            return k
        if an.words[k - 1].norm == "in" and an.words[k - 2].capitalised and not _gap(an, k - 1).strip():
            k = _name_run_back(an, k - 2).start
        elif _gap(an, k).strip() == "," and an.words[k - 1].capitalised:
            k = _name_run_back(an, k - 1).start
        else:
            return k
    return k


def _pair_opening(an: Analysed, hit: Hit, prep: str) -> int:
    """Where a from-to pair holding the place at ``hit`` after ``prep`` opens: its preposition when the other end's
    stands right after the place's name ("from Aske to"), the other end's when it stands before the name right
    before ``prep`` ("to Velmar from Aske"); -1 for no pair."""
    other, ws, k = _ENDS.get(prep), an.words, hit.first - 1
    if other is None:
        return -1
    after = _name_run(an, hit.first).stop
    if after < len(ws) and ws[after].norm == other and not _gap(an, after).strip():
        return k
    if k < 2 or not ws[k - 1].capitalised or _gap(an, k).strip():
        return -1
    start = _name_run_back(an, k - 1).start
    return start - 1 if start >= 1 and ws[start - 1].norm == other else -1


def journey_role(an: Analysed, k: int) -> str:
    """The role in a journey of the place at word k, from the preposition before it ('' for none)."""
    role = _place_role(an, k)
    return role[0] if role else ""


def claim_route(claim: str, names: tuple[str, ...]) -> str:
    """The role a claim gives its value in a journey: 'took off from Barcelona, bound for Aske' makes Barcelona the
    origin (the route preposition right before the first value name the claim writes), or ''."""
    lowered = claim.lower()
    for name in names:
        at = lowered.find(name.lower())
        if at > 0:
            before = tuple(w.norm for w in words(claim[:at]))
            return next((role for phrase, role in _CLAIM_ROUTE if before[-len(phrase):] == phrase), "")
    return ""


def _route_before(an: Analysed, k: int) -> tuple[str, str] | None:
    """The route preposition right before word k ('from', 'en route for'), as (role, phrase), or None."""
    for phrase, role in _ROUTE:
        n = len(phrase)
        if k >= n and tuple(w.norm for w in an.words[k - n:k]) == phrase and not _gap(an, k).strip():
            return role, " ".join(w.text for w in an.words[k - n:k])
    return None


def _place_role(an: Analysed, k: int) -> tuple[str, str] | None:
    """A place's role from the preposition before it; a place in apposition or after 'in' takes the role of the
    place before it ('from Aske, Velmar,', 'for Aske in Velmar')."""
    return _route_before(an, _role_anchor(an, k))


_ROLE_WORDS = sorted(((tuple(p.split()), r) for p, r in ROUTE_ROLE_WORDS.items()), key=lambda x: -len(x[0]))


@lru_cache(maxsize=4096)
def _role_of_term(parts: tuple[str, ...]) -> str | None:
    """The journey role a term asks for: its last words as a route preposition ('flight from', 'on its way to'),
    or a word naming a role ('departure', 'took off', 'destination'); it depends on the term alone."""
    for phrase, role in _ROUTE:
        if len(parts) > len(phrase) and parts[-len(phrase):] == phrase:
            return role
    for phrase, role in _ROLE_WORDS:
        if any(parts[i:i + len(phrase)] == phrase for i in range(len(parts) - len(phrase) + 1)):
            return role
    return None


def coordinate(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Boeing and a major supplier are grappling with problems', 'the supplier and Boeing': a name joined by "and" to
    a noun phrase headed by a term is another party beside it, not the one the term names: set aside (not a term that
    is a verb: "Dahl and other officials announced")."""
    if "and" not in an.norms:
        return None
    term = _term_after_and(an, hit.last + 1, about) or _term_before_and(an, hit.first - 1, about)
    if term is None:
        return None
    return Decision(False, f"is joined to '{_span(an, term)}' by 'and': another party beside it")


_COMPANION_REACH = 8  # words from "with" to the name: "with its preferred allies, the Centre Party and the Greens"


def companion(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Lind began talks with the Centre Party', 'form a government with the Greens and Labour', 'could win a
    majority with its allies, the Centre Party': a name in a phrase of "with" after a word of joining with someone
    (``COMPANION_HEADS``) or naming partners (``COMPANION_NOUNS``) is the subject's partner, not said of the subject;
    set aside when a term stands before the "with" (its subject)."""
    if "with" not in an.norms:
        return None
    ws, k = an.words, hit.first - 1
    partners = False
    while k >= 0 and hit.first - k <= _COMPANION_REACH and ws[k].norm != "with":
        partners = partners or ws[k].norm in COMPANION_NOUNS
        if _past(ws[k]) and not (k > 0 and ws[k - 1].norm in DETERMINERS) or ws[k].norm in AUXILIARIES \
                or _gap(an, k + 1).strip() not in ("", ","):
            return None  # another verb or clause between (not an adjective: "with its preferred allies")
        k -= 1
    if k < 1 or ws[k].norm != "with" or not any(h.last < k for h in about):
        return None
    head = ws[k - 1] if ws[k - 1].norm in COMPANION_HEADS else None  # (not "a government minister with": a role)
    if head is None and not partners:
        return None
    return Decision(False, f"is named after '{(head.text + ' ') if head else ''}with' as a partner, not said of the subject")


def _term_after_and(an: Analysed, after: int, about: list[Hit]) -> Hit | None:
    """The term heading the noun phrase after "and" at word ``after`` ("and a major supplier"), or None."""
    ws = an.words
    if after >= len(ws) or ws[after].norm != "and" or _gap(an, after).strip():
        return None
    j = after + 1
    while j < len(ws) and j <= after + 3 and not any(h.first == j for h in about) and not ws[j].capitalised \
            and ws[j].norm not in FUNCTION_WORDS - DETERMINERS and not _gap(an, j).strip():
        j += 1  # "a major"
    term = next((h for h in about if h.first == j), None)
    if term is None or _past(ws[j]) or any(is_plural(w.norm) for w in ws[after + 1:j]):
        return None
    return term if term.last + 1 >= len(ws) or not ws[term.last + 1].capitalised else None


def _term_before_and(an: Analysed, before: int, about: list[Hit]) -> Hit | None:
    """The term ending the noun phrase before "and" at word ``before`` ("the supplier and"), or None."""
    ws = an.words
    if before < 1 or ws[before].norm != "and" or _gap(an, before).strip() or _gap(an, before + 1).strip():
        return None
    term = next((h for h in about if h.last == before - 1), None)
    return term if term is not None and _names_a_thing(an, term) else None


def _names_a_thing(an: Analysed, term: Hit) -> bool:
    """A term after a determiner ('the supplier'), so a noun phrase of its own, no title before a name."""
    k = term.first - 1
    while k >= 0 and not an.words[k].capitalised and an.words[k].norm not in DETERMINERS and term.first - k <= 3:
        k -= 1
    return k >= 0 and an.words[k].norm in DETERMINERS


def witness(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Erdogan also attended the signing', 'the ceremony was witnessed by Guterres': a name that is the subject (or
    the by-agent) of a verb of being present (``ATTENDING_VERBS``) whose object is every term of its clause watched or
    hosted the event, no party to it: set aside."""
    if an.norms.isdisjoint(ATTENDING_VERBS):
        return None
    ws, here = an.words, an.clause[hit.first]
    own = [h for h in about if an.clause[h.first] == here and h != hit]
    verbs = [j for j in range(len(ws)) if an.clause[j] == here and ws[j].norm in ATTENDING_VERBS]
    if not own or not verbs:
        return None
    v = verbs[0]
    subject = hit.last < v and not any(hit.last < h.first < v for h in own)
    agent = v < hit.first and v + 1 < hit.first and ws[hit.first - 1].norm == "by"
    if (subject and all(v < h.first <= v + 4 for h in own)) or (agent and all(h.last < v for h in own)):
        return Decision(False, f"'{ws[v].text}' the event, no party to it")
    return None


def speaker(an: Analysed, found: Hit | Mention, about: list[Hit]) -> Decision | None:
    """'According to Smith, crews deployed', '"The mission goes on," the governor Anna Novak told reporters',
    '..., inspectors found in a review published on 6 May': the one who speaks is the source of what is said, not a
    party to it (a title of the speaker's own, 'rescue chief Anna Novak said', is still hers), and a value in the
    source's words ('according to a lawsuit lodged on 3 May') dates or counts the source, not what is said; but a
    pronoun opening the reported clause is the speaker ('Northwind said it would appeal': Northwind appeals)."""
    if isinstance(found, Hit) and not an.norms.isdisjoint(COMPLEMENT_VERBS):  # no verb to report with: no report
        reported = _reported_by(an, found, about)
        if reported is not None:  # "Northwind said it would appeal": the speaker is the pronoun's subject
            return reported
    spans = _speakers(an)
    if not spans:
        return None  # no speaker in the sentence (most sentences)
    if _first_person_quote(an):
        return None  # '"We decided to declare a state of emergency," Erdogan said': the speaker is the "we"
    first = found.first if isinstance(found, Hit) else an.index_at(found.start)
    if _own_title(an, found, about):
        return None  # 'according to Damian Williams, U.S. Attorney', 'Prime Minister, Luis Montenegro said': who speaks
    at = _speaker_at(an)
    own = at.get(first)
    if own is not None:
        if _hit_in(about, own) or not about or any(h.first == own.stop and own.stop < len(an.words)
                                                   and an.words[own.stop].norm in REPORTING_VERBS for h in about):
            return None  # a term naming the speaker, or the reporting verb itself ('claimed responsibility'): its own
        acts = _speaker_acts(an, own, about)
        if acts:
            return Decision(True, f"is the speaker, and the subject of '{_span(an, acts[0])}' after the reporting verb")
        if isinstance(found, Mention):
            return _said_of_source(an, found, own, about)
        return Decision(False, f"is the speaker ('{_words(an, own)}'), not said to be what is reported")
    if about and all(h.first in at for h in about):
        return Decision(False, f"the term '{_span(an, about[0])}' names the speaker, not what is reported")
    return None


def _said_of_source(an: Analysed, found: Mention, own: range, about: list[Hit]) -> Decision:
    """A value in the speaker's words dates or counts the source, but for a term reported as just done."""
    done = _reported_as_done(an, own, about) if found.kind == "date" else None
    if done is not None:  # "Disney has completed the deal, the company said on Wednesday"
        return Decision(True, f"dates the saying that '{_span(an, done)}' is done", weak=JUST_DONE.format(_span(an, done)))
    return Decision(False, f"is said of the source ('{_words(an, own)}'), not of what is reported")


JUST_DONE = "possible conflict: the report's time, at which '{}' was said to be done; it may have been done earlier"
_PERFECT_REACH = 3  # words from "has" to its participle: "has now formally completed"


def _reported_as_done(an: Analysed, own: range, about: list[Hit]) -> Hit | None:
    """'Disney has completed the deal, the company said on Wednesday': a term that is a participle in the present perfect
    ("has"/"have" before it) in what a trailing speaker reports is done at the time of saying, as news tells what just
    happened: the term (the saying's date then dates it loosely), or None (not a term that is only the object: "have
    violated the ceasefire")."""
    ws = an.words
    if not _gap(an, own.start).strip().startswith(","):
        return None  # a trailing speaker after a comma, not a coordinated verb ("has not played and last week announced")
    for h in about:
        if h.last >= own.start or _hit_in(about, own):
            continue
        verb = h.first if _past(ws[h.first]) else None  # (the term's own verb: "have violated the ceasefire" tells of
        # another act on the ceasefire)
        aux = None if verb is None else next((j for j in range(verb - 1, max(-1, verb - 1 - _PERFECT_REACH), -1)
                                              if ws[j].norm in ("has", "have")), None)
        if aux is not None and all(not _gap(an, j).strip() and ws[j].norm not in NEGATIONS
                                   for j in range(aux + 1, h.first + 1)):
            return h  # ("has not completed" says it is not done)
    return None


def _own_title(an: Analysed, found: Hit | Mention, about: list[Hit]) -> bool:
    """A title in apposition with a term's name, either way round, says who the speaker is; so does a term joined
    by "and" to another title right before the name ("Waze co-founder and president Uri Levine told ...")."""
    return isinstance(found, Hit) and any(_apposed(an, found, h) or _apposed(an, h, found)
                                          or _joined_titles_before(an, h, found) for h in about)


_TITLE_ENDS = OFFICE_WORDS | {"executive"}  # the last word of a title right before a name ("chief executive")


def _joined_titles_before(an: Analysed, h: Hit, found: Hit) -> bool:
    """'co-founder and president Uri Levine': the term, "and", then up to three lower-case words right before the
    name, with nothing but spaces between."""
    ws, k = an.words, h.last + 1
    if not (k + 1 < found.first <= k + 4) or ws[k].norm != "and" or is_plural(ws[h.last].norm) \
            or ws[found.first - 1].norm not in _TITLE_ENDS:
        return False  # (one person's titles: not "Waze's founders and chief executive", "His mother and sister Eva")
    return all(not ws[j].capitalised and ws[j].norm.replace("-", "").isalpha() and ws[j].norm not in FUNCTION_WORDS
               and ws[j].norm not in KIN_NOUNS and _gap(an, j).strip() in ("", "-") for j in range(k + 1, found.first)) \
        and _gap(an, k).strip() == "" and _gap(an, found.first).strip() == ""


def _apposed(an: Analysed, a: Hit, b: Hit) -> bool:
    """``b`` follows ``a`` with nothing between them but a comma, or an of-phrase naming an organisation and a comma:
    a title and the name it is in apposition with ("Damian Williams, U.S. Attorney"; "the chair of the National
    Transportation Safety Board, Jennifer Homendy")."""
    between = an.sentence.text[a.end:b.start]
    if b.last + 2 < len(an.words) and an.words[b.last + 1].norm in REPORTING_VERBS and _gap(an, b.last + 2).strip() == ",":
        return False  # "The FBI, Homendy said, had not ...": a speech tag set off by commas, no apposition
    if an.words[0].norm == "according" and "," not in an.sentence.text[:a.end]:
        return False  # "According to Smith, Coast Guard crews deployed": the comma closes the opening phrase
    if b.first == a.last + 1:
        return between.strip() in ("", ",")
    return b.first > a.last and len(between) <= 80 and bool(_OF_ORGANISATION.match(between) or _TITLE_OF.match(between)
                                                            and _ends_phrase(an, b.last + 1))


def _ends_phrase(an: Analysed, k: int) -> bool:
    """Does the phrase end before word k ("head of the Electoral Council." / ", said"; not "head of the Supreme Court
    reform commission": the body only describes another)?"""
    return k >= len(an.words) or bool(_gap(an, k).strip()) or an.words[k].norm in FUNCTION_WORDS \
        or an.words[k].norm in REPORTING_VERBS


# ', head of the ': a name's own title and "of" before the body it serves ("Elvis Roe, head of the Velmar Council")
_TITLE_OF = re.compile(r",\s+(?:the\s+)?(?:(?:acting|interim|current|chief)\s+)?(?:" + alternation(sorted(OFFICE_WORDS))
                       + r")\s+(?:of|at)\s+(?:the\s+)?\Z")  # (not "citing the head of", "former head of")
# ' of the National Transportation Safety Board (NTSB), ': an of-phrase of capitalised words (joined by "of", "and", "for")
_OF_ORGANISATION = re.compile(r"\s+(?:of|for|at)\s+(?:the\s+)?(?:[A-Z][\w.'’&-]*\s+(?:(?:of|and|for|the)\s+)*)*"
                              r"[A-Z][\w.'’&-]*\s*(?:\([A-Z][\w.&-]{0,12}\)\s*)?,\s*\Z")  # "(NTSB)": its short name


def _reported_by(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Northwind said it would appeal the ruling', 'The ministry on Monday announced it was opening an inquiry': the
    pronoun opening a clause reported right after the verb is the reporting subject; a term in that clause is said
    of the name."""
    ws = an.words
    r = _reporting_verb_after(an, hit.last)  # the few words after the name first: most names have no such verb
    if r is None:
        return None
    p = r + 1 + (r + 1 < len(ws) and ws[r + 1].norm == "that")
    if p >= len(ws) or ws[p].norm not in REPORTED_PRONOUNS or _gap(an, p).strip():
        return None
    inside = next((h for h in about if h.first > p and an.clause[h.first] == an.clause[p]), None)
    if inside is None:
        return None
    here, start = an.clause[hit.first], hit.first
    while start > 0 and an.clause[start - 1] == here:
        start -= 1
    if any(_verb_in_phrase(an, j) for j in range(start, hit.first)):
        return None  # the name is no subject
    return Decision(True, f"'{ws[p].text}' after '{ws[r].text}' is the name, the subject of '{_span(an, inside)}'")


def _reporting_verb_after(an: Analysed, last: int) -> int | None:
    """The reporting verb right after a subject ending at word ``last`` (past 'on Monday', 'has'), or None."""
    ws, r = an.words, last + 1
    while r < len(ws) and r - last <= 5 and ws[r].norm not in COMPLEMENT_VERBS and not _gap(an, r).strip() \
            and not _verb_in_phrase(an, r):
        r += 1
    return r if r < len(ws) and ws[r].norm in COMPLEMENT_VERBS and not _gap(an, r).strip() else None


_SPEAKER_PRONOUNS = {"he", "she", "they"}
# The words without which no speaker is found (_speakers: 'according to', a reporting verb, _reporting_clause's verb).
_SPEAKER_OPENERS = {"according"} | REPORTING_VERBS
_SPEAKER_WORDS = _SPEAKER_OPENERS | COMPLEMENT_VERBS | TRAILING_REPORTING_VERBS
_WHILE_SPEAKING = {"as", "while", "when", "after", "before", "since"}


def _speaker_acts(an: Analysed, own: range, about: list[Hit]) -> list[Hit]:
    """'Anna Novak said as she watched from the quay', 'Orsk told reporters while he toured the site': a clause right
    after the speaker's reporting verb, opened by a subordinator with a pronoun subject, tells what the speaker did."""
    ws, r = an.words, own.stop
    if r >= len(ws) or ws[r].norm not in REPORTING_VERBS:
        return []
    k = next((k for k in range(r + 1, min(r + 4, len(ws))) if ws[k].norm in _WHILE_SPEAKING), -1)
    if k < 0 or k + 1 >= len(ws) or ws[k + 1].norm not in _SPEAKER_PRONOUNS:
        return []
    return [h for h in about if an.clause[h.first] == an.clause[k] and h.first > k]


_QUOTED = re.compile(r"[“\"]([^”\"]*)[”\"]?")
_FIRST_PERSON = re.compile(r"\b(?:I|we|We|us|our|Our|my|My|me)\b")


@per_sentence
def _first_person_quote(an: Analysed) -> bool:
    text = an.sentence.text
    if '"' not in text and "“" not in text:
        return False  # no quotation (most sentences): skip the search
    return any(_FIRST_PERSON.search(m.group(1)) for m in _QUOTED.finditer(an.sentence.text))


@per_sentence
def _speakers(an: Analysed) -> tuple[range, ...]:
    """Word spans naming a speaker: 'according to X' up to its comma, a name (with its title and
    determiner) right before a reporting verb, and a trailing reporting clause (', inspectors found in a review')."""
    if an.norms.isdisjoint(_SPEAKER_WORDS):
        return ()  # none of the words a speaker is named with
    spans = []
    for k in [k for k, w in enumerate(an.words) if w.norm in _SPEAKER_OPENERS]:  # the few words that may name one
        w = an.words[k]
        if w.norm == "according" and k + 1 < len(an.words) and an.words[k + 1].norm == "to":
            if not _conformity(an, k + 2):
                spans.append(_according_to(an, k))
        elif k and w.norm in REPORTING_VERBS and an.words[k - 1].capitalised \
                and not an.sentence.text[an.words[k - 1].end:w.start].strip():
            spans.append(_subject_before(an, k))
    trailing = _reporting_clause(an)
    return tuple(spans + [trailing] if trailing else spans)


@per_sentence
def _speaker_at(an: Analysed) -> dict[int, range]:
    """Each word of a speaker's span -> the first such span holding it (``_speakers``)."""
    at: dict[int, range] = {}
    for span in _speakers(an):
        for k in span:
            at.setdefault(k, span)
    return at


_AFTER_REPORTING = {"in", "on", "at", "during", "late", "early", "last", "this", "yesterday", "today", "tonight",
                    "while", "as", "when", "after", "before", "through", "via", "by"}


_CLOSING_VERBS = COMPLEMENT_VERBS | TRAILING_REPORTING_VERBS


def _closing_verb(ws: tuple[Word, ...], k: int) -> bool:
    """A reporting verb at word k; ', researchers report today in Nature': a present form that is a noun too is a
    verb only after its subject, not after a determiner, possessive or preposition ('in their report')."""
    return ws[k].norm in COMPLEMENT_VERBS or (
        ws[k].norm in TRAILING_REPORTING_VERBS and ws[k - 1].norm not in FUNCTION_WORDS)


def _last_closing_verb(an: Analysed) -> int:
    """The last reporting verb of the sentence (``_closing_verb``) past its first word, or 0."""
    if an.norms.isdisjoint(_CLOSING_VERBS):
        return 0  # none (most sentences): no walk over every word
    ws = an.words
    return next((k for k in range(len(ws) - 1, 0, -1) if ws[k].norm in _CLOSING_VERBS and _closing_verb(ws, k)), 0)


def _reporting_clause(an: Analysed) -> range | None:
    """', inspectors found in a review published on 6 May.', ', officials said Monday.': a clause closing the sentence
    after a comma, a short subject and a reporting verb (the content stood before it), to the sentence's end."""
    ws = an.words
    k = _last_closing_verb(an)
    if not k:
        return None
    if k + 1 < len(ws) and not (ws[k + 1].norm in _AFTER_REPORTING or ws[k + 1].norm in CALENDAR_WORDS
                                or "," in _gap(an, k + 1)):
        return None  # "..., divers found the wreck": an object follows, no report
    top = _before_relative_aside(an, k)  # ", Ivan Roe, who directs the foundation, said on Saturday"
    j = top if top == k else top - 1
    while j > 0 and top - j < 8 and "," not in _gap(an, j) and ws[j - 1].norm not in ("and", "or", "but") \
            and not (ws[j - 1].norm in AUXILIARIES or _past(ws[j - 1]) or ws[j - 1].norm in RELATIVE_PRONOUNS):
        j -= 1
    if j == top or j == 0 or "," not in _gap(an, j):
        return None
    end = next((e for e in range(k + 1, len(ws)) if an.clause[e] != an.clause[k]), len(ws))
    return range(j, end)  # "..., Novak said as she watched": the speaker's own act is a clause of its own


def _before_relative_aside(an: Analysed, k: int) -> int:
    """Word k, or, when a non-restrictive relative clause (", who ...,") closes right before it, that clause's first
    word: the speaker's name stands before it."""
    ws = an.words
    if "," not in _gap(an, k):
        return k
    for j in range(k - 1, max(0, k - 12), -1):
        if ws[j].norm in ("who", "which") and "," in _gap(an, j):
            return j
        if "," in _gap(an, j):
            return k
    return k


def _conformity(an: Analysed, k: int) -> bool:
    """'rebuilt according to the plans of Anna Orsk': 'according to' a plan, a rule or a design from word k is in
    keeping with it, and names no source of what is said."""
    ws = an.words
    while k < len(ws) and (ws[k].norm in DETERMINERS or ws[k].norm in ("original", "initial", "new", "old")):
        k += 1
    return k < len(ws) and ws[k].norm in CONFORMITY_NOUNS


def _according_to(an: Analysed, k: int) -> range:
    """'according to the former head of the agency, Anna Novak,': to the comma, and a name in apposition."""
    ws, text, j = an.words, an.sentence.text, k + 2
    while j < len(ws) and j - k < 10 and "," not in text[ws[j - 1].end:ws[j].start] and ws[j].norm not in REPORTING_VERBS:
        j += 1
    run = _name_run_at(an, j) if j < len(ws) and ws[j].capitalised else range(0)
    if run and run.stop < len(ws) and "," in text[ws[run.stop - 1].end:ws[run.stop].start]:
        j = run.stop
    return range(k, j)


def _subject_before(an: Analysed, k: int) -> range:
    """The name, title and determiner right before a reporting verb ('the harbour master Ingrid Dahl told',
    'Gov. Anna Novak said': an abbreviated title's full stop ends nothing; 'Housing Minister and party whip Anna
    Novak said': two titles of one speaker joined by "and")."""
    ws, text, j = an.words, an.sentence.text, k - 1
    while j > 0 and k - j < 10 and (not text[ws[j - 1].end:ws[j].start].strip(" -'’") or (
            ws[j - 1].norm in TITLES and text[ws[j - 1].end:ws[j].start].strip() == ".")) \
            and (ws[j - 1].norm not in _NOT_MODIFIERS and ws[j - 1].norm != "or"
                 or ws[j - 1].norm == "and" and j >= 2 and ws[j - 2].norm in OFFICE_WORDS
                 and _title_after_and(ws, j, k)):
        j -= 1
    return range(j, k)


def _title_after_and(ws: tuple[Word, ...], j: int, k: int) -> bool:
    """After 'Housing Minister and', a second title ('party whip', "'Yes' advocate") rather than a new subject
    ('... was named Housing Minister and Novak said'): a lower-case word before the reporting verb at k."""
    return not ws[j].capitalised or (j + 1 < k and not ws[j + 1].capitalised)


def named_noun(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the Aster lander and the Birch rover', 'the lander (Aster) and the rover (Birch)': a name
    that names a noun belongs to that noun; when the term is such a noun, a name of another noun is not its."""
    head = _named_head(an, hit)
    if head is None or not any(_named_head(an, h, term=True) is not None for h in about):
        return None
    if any(h.first <= head <= h.last for h in about):
        return Decision(True, f"names the '{an.words[head].text}'")
    return Decision(False, f"names the '{an.words[head].text}', not the subject")


def _named_head(an: Analysed, hit: Hit, term: bool = False) -> int | None:
    """The common noun a name names: the noun right after it ('the Aster lander'), the term's own last word
    when lower case ('Birch rover'), or the noun before a bracket holding it ('the rover (Birch)');
    for an about-term (term=True), whether a name stands right before it or in a bracket after it."""
    if term:
        return hit.last if _named_term(an, hit) else None
    ws, text = an.words, an.sentence.text
    if len(hit.term.parts) > 1 and hit.term.text.split()[-1].islower():
        return hit.last
    nxt, prev = hit.last + 1, hit.first - 1
    if nxt < len(ws) and prev >= 0 and ws[prev].norm in DETERMINERS and text[ws[hit.last].end:ws[nxt].start] == " " \
            and not ws[nxt].capitalised and _noun_like(ws[nxt]):
        return nxt
    if prev >= 0 and text[ws[prev].end:hit.start].strip() == "(" and not ws[prev].capitalised and _noun_like(ws[prev]):
        return prev
    return None


def _named_term(an: Analysed, hit: Hit) -> bool:
    """'the Aster lander', 'the lander (Aster)': the term is a common noun with a name of its own."""
    ws, text, before, after = an.words, an.sentence.text, hit.first - 1, hit.last + 1
    named_before = before >= 1 and ws[before].capitalised and ws[before].norm not in FUNCTION_WORDS \
        and text[ws[before].end:ws[hit.first].start] == " " and hit.term.text[:1].islower() \
        and ws[before - 1].norm in DETERMINERS
    gloss = after < len(ws) and text[ws[hit.last].end:ws[after].start].strip() == "(" and ws[after].capitalised
    return named_before or gloss


def title_before_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'French President Emmanuel Macron': a title right before a name is that person's (not before 'and' or 'of':
    'Mara Lind, CEO and Chief Officer of Velmar' coordinates two titles)."""
    run = _name_run(an, hit.last + 1)
    if _own_kind(an, run) or run and an.words[run.start].norm in NAME_SUFFIXES:
        return None  # ("Judge George O'Toole Jr.": the name's own suffix, no name after a title)
    if run and len(run) == 1 and an.words[run.start].norm in TITLES:
        titled = _titled_name(an, run.stop)  # "Salvage master Capt. Nick Sloane": a title before a titled name is its too
        run = titled if titled and _hit_in(about, titled) else run
    if run and _hit_in(about, run):
        if _becomes_after(an, run.stop):  # "Dow CEO Mara Lind will become executive chairman": the office before
            why = f"is the title {_words(an, run)} holds before becoming another"
            return Decision(True, why, weak="possible conflict: " + why)
        return Decision(True, f"is the title of {_words(an, run)}")
    if run and an.words[run.start].norm not in ("of", "and"):
        return Decision(False, f"belongs to {_words(an, run)}")
    before = an.words[hit.first - 1] if hit.first else None  # ("LinkedIn chairman and co-founder Reid Hoffman"; not
    # "stepped down as CEO and chairman Reid Hoffman took over")
    joined = _joined_title_after(an, hit.last + 1) if _role_word(an.words[hit.last].norm) and before is not None \
        and (before.capitalised or before.norm in DETERMINERS) else None
    if joined is not None:  # "LinkedIn chairman and co-founder Reid Hoffman": both titles are Hoffman's
        return Decision(_hit_in(about, joined), f"is a title joined by 'and' to another before {_words(an, joined)}")
    return None


def _joined_title_after(an: Analysed, k: int) -> range | None:
    """The name after "and" (word k) and up to three lower-case role words ("and co-founder Reid Hoffman"), with only
    spaces or hyphens between: the person both titles are; or None."""
    ws = an.words
    if k + 2 >= len(ws) or ws[k].norm != "and" or _gap(an, k) != " ":
        return None
    for j in range(k + 1, min(len(ws), k + 4)):
        if ws[j].capitalised or ws[j].norm in FUNCTION_WORDS or _gap(an, j).strip(" -"):
            return None
        run = _name_run(an, j + 1)
        if len(run) >= 2 and _role_word(ws[j].norm):
            return run
    return None


def _titled_name(an: Analysed, k: int) -> range:
    """The capitalised words of a name from word k on, right after an abbreviated title's full stop ("Capt. Nick
    Sloane"), or an empty range."""
    ws, j = an.words, k
    if k >= len(ws) or _gap(an, k).strip() != ".":
        return range(0)
    while j < len(ws) and j - k < 4 and ws[j].capitalised and (j == k or _gap(an, j) == " "):
        j += 1
    return range(k, j)


def _becomes_after(an: Analysed, k: int) -> bool:
    """Does a verb of becoming (``BECOMING_VERBS``) follow word k, past words that put it ahead ("will", "is set to")?"""
    ws, j = an.words, k
    if j + 1 < len(ws) and ws[j].norm.isdigit() and _gap(an, j).strip() == "," and _gap(an, j + 1).strip() == ",":
        j += 1  # past the age in apposition: "Mara Lind, 61, will become"
    start = j
    while j < len(ws) and j - start < 4 and ws[j].norm in BEFORE_BECOMING and (j == start or not _gap(an, j).strip()):
        j += 1
    return j < len(ws) and ws[j].norm in BECOMING_VERBS and (j == start or not _gap(an, j).strip()) \
        and any(w.norm in OFFICE_WORDS for w in ws[j + 1:j + 5])  # ("has become a vocal critic": no office)


def demonym(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Russian peacekeepers', 'Greek sailors': a nationality adjective describes the noun after it; it is said of the
    subject only when that noun phrase holds a term or is the subject ('Alpha is a Greek firm')."""
    if not _nationality(an.words[hit.last]):
        return None
    return _describes(an, hit, about, names=False)


def attributive_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the Aske ferry operator', 'to Velmar Harbour committee': a place name used attributively (after a determiner,
    or before a name), like a nationality adjective, describes the noun after it, not the clause's other nouns; before
    a noun of an unplanned event ("Southport stabbing suspect") it places that event, not the person the phrase names."""
    ws, after = an.words, hit.last + 1
    if after < len(ws) and ws[after].norm in KNOWN_EVENT_NOUNS and _gap(an, after) == " " and not _title_case(an) \
            and not any(h.first <= after <= h.last for h in about) and after + 1 < len(ws) \
            and _gap(an, after + 1) == " " and ws[after + 1].norm in EVENT_PEOPLE:
        return Decision(False, f"places the {ws[after].text}, not the {ws[after + 1].text}")
    return _describes(an, hit, about)


def _nationality(w: Word) -> bool:
    return is_demonym(w.norm)


def same_nation(nationality: str, word: str) -> bool:
    """'French' and 'France', 'Spanish' and 'Spain', 'Dutch' and 'Netherlands': a nationality and a word of the same
    nation (the first two letters, or ``NATION_OF``)."""
    return nationality[:2] == word[:2] or NATION_OF.get(nationality, "-").startswith(word[:4])


def context_nations(context_words: list[Word]) -> tuple[str, ...]:
    """The capitalised words of a fact's context, when one of them is a nationality ('Spanish'): the nation the fact
    is about, as ``other_nation`` compares a title's nationality with (none when the context names no nation)."""
    if not any(w.capitalised and w.norm in NATIONALITIES for w in context_words):
        return ()
    return tuple(w.norm for w in context_words if w.capitalised)


def office_words(about: tuple[str, ...]) -> frozenset[str]:
    """The organisation a party fact's titled terms name ('Credit Suisse chairman', 'chair of Credit Suisse':
    {'credit', 'suisse'}): their capitalised words that no lower-case term holds ('chairman', 'of'), or none."""
    lower = {w.norm for t in about for w in words(t) if not w.capitalised}
    mixed = [ws for t in about if (ws := words(t)) and any(w.capitalised for w in ws)
             and any(not w.capitalised for w in ws)]  # "Credit Suisse chairman", not "PM" nor "Prime Minister"
    return frozenset(w.norm for ws in mixed for w in ws
                     if w.capitalised and not w.text.isupper() and w.norm not in lower and w.norm not in FUNCTION_WORDS
                     and w.norm not in TITLES and w.norm not in OFFICE_WORDS)


def other_office(an: Analysed, hit: Hit, about: list[Hit], offices: frozenset[str]) -> Decision | None:
    """'Colm Kelleher, chairman of UBS Group AG', 'Kelleher, UBS's chair', 'UBS chairman Colm Kelleher', for a fact
    whose terms name the office at Credit Suisse: a title in apposition to the name, or right before it, bound to a
    capitalised organisation (its of-phrase, or a name or possessive before it) that holds none of the fact's office
    words (``office_words``) is that organisation's: the name holds another organisation's office, set aside."""
    title = _apposed_title(an, hit, about) or next((h for h in about if h.last == hit.first - 1), None)
    if title is None or not title.term.text.islower():
        return None
    org = _title_owner(an, title)
    if not org or an.words[org.start].norm in NATIONALITIES or any(
            an.words[j].norm == o or same_nation(an.words[j].norm, o) or same_nation(o, an.words[j].norm)
            for j in org for o in offices):
        return None  # ("Ukrainian Governor X": a nationality, no organisation; "Switzerland's" for "Swiss")
    return Decision(False, f"holds '{_span(an, title)}' of '{_words(an, org)}', another organisation than the fact's")


def _apposed_title(an: Analysed, hit: Hit, about: list[Hit]) -> Hit | None:
    """The title term in an apposition right after the name ("Kelleher, chairman of UBS", "Kelleher, UBS's chair")."""
    if hit.last + 2 >= len(an.words) or _gap(an, hit.last + 1).strip() != ",":
        return None
    return next((h for h in about if hit.last < h.first <= hit.last + 4 and an.clause[h.first] == an.clause[hit.last + 1]
                 and all(_gap(an, j).strip() in ("", "'", "’") for j in range(hit.last + 2, h.first + 1))), None)


_OWNER_REACH = 6  # words of an of-phrase's names: "of Spain's eastern Valencia region"


def _of_owner(an: Analysed, k: int) -> range | None:
    """The names of an of-phrase at word k: "of UBS Group AG", "of Spain's eastern Valencia region" (past a
    possessive and its describing words), or None."""
    ws = an.words
    if not (k + 1 < len(ws) and ws[k].norm == "of" and ws[k + 1].capitalised and _gap(an, k) == " "):
        return None
    end = k + 1
    while end + 1 < len(ws) and end - k < _OWNER_REACH and not _gap(an, end + 1).strip(" '’") and (
            ws[end + 1].capitalised or ws[end + 1].norm == "s" or ws[end].norm == "s"):
        end += 1
    return range(k + 1, end + 1)


def _title_owner(an: Analysed, title: Hit) -> range | None:
    """The capitalised organisation a title is bound to: 'of UBS Group AG' after it, 'UBS's' or 'UBS' before it."""
    ws = an.words
    owner = _of_owner(an, title.last + 1)
    if owner is not None:
        return owner
    j = title.first - 1
    if j >= 1 and ws[j].norm == "s" and _gap(an, j) in ("'", "’"):
        j -= 1
    elif j < 0 or _gap(an, title.first) != " ":
        return None
    if j < 0 or not ws[j].capitalised or ws[j].norm in FUNCTION_WORDS:
        return None
    return _name_run_back(an, j)


def other_nation(an: Analysed, hit: Hit, about: list[Hit], nations: tuple[str, ...]) -> Decision | None:
    """'Portuguese grid operator REN', for a fact about Spain's ('Spanish' in its context): a title right before a name,
    after a nationality adjective, makes the name that nation's holder; a nationality of no context word's nation
    (``same_nation``: 'Spanish', 'Spain') names another nation's."""
    title = next((h for h in about if h.last == hit.first - 1 and _gap(an, hit.first) == " "), None) if nations else None
    if title is None or title.first < 1 or _gap(an, title.first) != " ":
        return None
    k = title.first - 1
    w = an.words[k]
    if not (w.capitalised and w.norm in NATIONALITIES) or any(same_nation(w.norm, n) for n in nations):
        return None
    gap = _gap(an, k).strip() if k else ","  # what opens the nationality's noun phrase: the start, a comma or an article
    if gap != "," and (gap or an.words[k - 1].norm not in ("the", "a", "an")):
        return None  # "Spain named Italian coach Rossi", "its Portuguese chief executive": the holder's nationality
    return Decision(False, f"is the {w.text} '{_span(an, title)}', another nation's than the context's")


def _describes(an: Analysed, hit: Hit, about: list[Hit], names: bool = True) -> Decision | None:
    """A modifier describes the noun phrase after it: said of the subject only when that phrase holds a term or is the
    subject itself ('Alpha is a Velmar firm', 'Alpha, a Velmar firm,'), or the place's own name holds a term ("an Orsk
    District Court judge", for a fact about the court).  A noun so described that is itself a place
    ('Aske airport') or follows a locative preposition ('in a Velmar hotel') places what happens there too: passed on."""
    head = _described_head(an, hit, names)
    if head is None:
        return None
    named = next((h for h in about if hit.first <= h.first and h.last <= hit.last), None)
    if named is not None:  # "an Auckland District Court judge", for a fact about the court: the name is the court's
        return Decision(True, f"names '{_span(an, named)}' itself, which describes '{_words(an, head)}'")
    other = next((h for h in about if h.first < head.start <= h.last and not hit.first <= h.first <= hit.last), None)
    if other is not None:  # "the Palisades and Eaton fires" for the term "Eaton fires": Palisades names the other fire
        return Decision(False, f"names another '{_words(an, head)}' than '{_span(an, other)}'")
    if _hit_in(about, head):
        return Decision(True, f"describes '{_words(an, head)}'")
    subject = _described_subject(an, hit, head, about)
    if subject is not None:
        return Decision(True, f"describes '{_words(an, head)}', which is '{_span(an, subject)}'")
    if _locates_event(an, hit, head):
        return None
    return Decision(False, f"describes '{_words(an, head)}', not the subject")


def _described_head(an: Analysed, hit: Hit, names: bool) -> range | None:
    """The noun phrase a nationality adjective or an attributive place name describes ('peacekeepers' after
    'Russian', 'airline' after 'the Aske', 'Harbour Board' after 'the Velmar' when ``names``), or None."""
    ws, nxt = an.words, hit.last + 1
    if nxt >= len(ws) or an.clause[nxt] != an.clause[hit.last]:
        return None
    nxt = _past_region(an, nxt)
    owned = _seat_of_next(an, nxt)
    if owned:  # "Hopkinton's EMC", "the Hopkinton-based data storage company": the place is the seat of the noun after
        nxt += 1  # (to a name after its noun: "the Irvine-based video game developer Blizzard Activision")
    elif _gap(an, nxt) not in (" ", "-"):
        return None
    joined = _joined_head(an, hit)
    if joined is not None:  # "the Palisades and Eaton fires": each name describes the noun after both
        return joined
    last, w = ws[hit.last], ws[nxt]
    nationality = _nationality(last)
    if not (nationality or last.capitalised) or _opens_no_noun(w) or _time_phrase_at(an, nxt):
        return None  # (a preposition opens a phrase, no noun described: "the island of Giglio off the coast"; nor
        # does a time: "an Airbus that left Toronto late Saturday")
    compound = _gap(an, nxt) == "-" and _title_case(an)  # a headline's "Atlanta-Bound Jet": one compound modifier
    if not (nationality or owned or compound or _attributive_name(an, hit, w, nxt)):
        return None  # a name is attributive after a determiner ("the Aske ferry", "the former Aske police") or before
        # a name ("Aske Harbour Board"), or before a title and a name ("Minneapolis police officer Derek Chauvin");
        # "Orsk makes", "Orsk isn't" are a subject and its verb
    if w.capitalised and not compound:
        return _named_head_after(an, nxt) if names else None
    head = _common_head_after(an, nxt)
    return _to_name_after(an, head) if owned else head


def _attributive_name(an: Analysed, hit: Hit, w: Word, nxt: int) -> bool:
    return _determined(an, hit.first) or w.capitalised and not _title_case(an) or _title_then_name(an, nxt)


def _time_phrase_at(an: Analysed, k: int) -> bool:
    """A weekday written in full or a lower-case day's word ("Saturday", "yesterday") at word k, maybe after
    "late"/"early", with no noun after it: a time (not a name's word: "the Toronto Sun", "USA Today", "the London
    Sunday Times"; nor a modifier of its own: "Tehran Friday prayer leader")."""
    ws = an.words
    if ws[k].norm in _DAY_EDGES and k + 1 < len(ws) and _gap(an, k + 1) == " ":
        k += 1
    dotted = k + 1 < len(ws) and ws[k].norm in WEEKDAYS and _gap(an, k + 1).startswith(".")  # "Sat. night"
    if not (ws[k].norm in WEEKDAY_NAMES or ws[k].norm in DAY_WORDS and not ws[k].capitalised or dotted):
        return False
    nxt = k + 1
    if nxt >= len(ws) or _gap(an, nxt).strip(" .") != "" or ws[nxt].norm in FUNCTION_WORDS or ws[nxt].norm in DAY_PARTS:
        return True
    w = ws[nxt]  # no noun after it: a participle ("bound for", "carrying"), a count, an adverb ("shortly")
    return not w.capitalised and (w.norm.endswith(("ing", "ly")) or _past(w) or w.norm[:1].isdigit()
                                  or w.norm in _AFTER_A_TIME)


_DAY_EDGES = {"late", "early"}
_AFTER_A_TIME = {"bound", "en", "headed"} | _DAY_EDGES  # ("left Montreal Saturday bound for Halifax", "... late")


def _opens_no_noun(w: Word) -> bool:
    return w.norm in FUNCTION_WORDS or w.norm in LOCATIVE_PREPOSITIONS or w.norm[:1].isdigit()


def _to_name_after(an: Analysed, head: range | None) -> range | None:
    """A noun phrase ending in a name, run on to that name's end ("video game developer Blizzard Activision")."""
    if head is None or not an.words[head.stop - 1].capitalised:
        return head
    return range(head.start, _name_run_at(an, head.stop - 1).stop)


def _past_region(an: Analysed, nxt: int) -> int:
    """'Armonk, NY-based IBM': past the place's region after a comma, to the participle of seat joined to it."""
    ws = an.words
    if _gap(an, nxt) == ", " and ws[nxt].capitalised and nxt + 2 < len(ws) and _seat_of_next(an, nxt + 1):
        return nxt + 1
    return nxt


def _seat_of_next(an: Analysed, nxt: int) -> bool:
    """Does word ``nxt`` join the place before it to the noun after it as its owner or seat: a possessive "'s"
    ("Hopkinton's EMC") or a hyphened participle of seat (``SEAT_PARTICIPLES``: "Hopkinton-based")?"""
    ws, gap = an.words, _gap(an, nxt)
    return nxt + 1 < len(ws) and (gap in ("'", "’") and ws[nxt].norm == "s"
                                  or gap == "-" and ws[nxt].norm in SEAT_PARTICIPLES)


def _title_then_name(an: Analysed, i: int) -> bool:
    """From word i: one to three lower-case words, none a function word or a verb, then two capitalised words (a
    title before a person's name: "police officer Derek Chauvin"), or one after a kind of company (``COMPANY_KIND_NOUNS``)."""
    ws, j = an.words, i
    while j < len(ws) and j - i < 3 and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS \
            and not _past(ws[j]) and _gap(an, j + 1 if j + 1 < len(ws) else j) == " ":
        j += 1
    if i < j < len(ws) and ws[j].capitalised and ws[j - 1].norm in COMPANY_KIND_NOUNS:
        return True  # a kind of company and its one-word name: "Danvers medical device firm Abiomed"
    return i < j and j + 1 < len(ws) and ws[j].capitalised and ws[j + 1].capitalised and _gap(an, j + 1) == " "


def _joined_head(an: Analysed, hit: Hit) -> range | None:
    """'the Palisades and Eaton fires': two names joined by "and" after a determiner, then a common noun: the noun
    phrase both describe, for either name; else None."""
    ws, k = an.words, hit.last + 1
    if ws[k].norm == "and" and _determined(an, hit.first):  # the first name
        j = k + 1
        while j < len(ws) and ws[j].capitalised and _gap(an, j) == " ":
            j += 1
    elif hit.first >= 2 and ws[hit.first - 1].norm == "and" and ws[hit.first - 2].capitalised \
            and _determined(an, _name_run_back(an, hit.first - 2).start):  # the second
        j = k
    else:
        return None
    if j == k + 1 or j >= len(ws) or ws[j].capitalised or _gap(an, j) != " ":
        return None
    return _common_head_after(an, j)


def _determined(an: Analysed, k: int) -> bool:
    """A determiner before word k, or before one lower-case adjective before it ('the former Aske police officer'),
    spaced only ('a firm; Brenna lies' is two clauses)."""
    ws = an.words
    if k and ws[k - 1].norm in DETERMINERS:
        return True
    return k > 1 and ws[k - 2].norm in DETERMINERS and ws[k - 1].norm.isalpha() and not ws[k - 1].capitalised \
        and ws[k - 1].norm not in FUNCTION_WORDS and _gap(an, k - 1) == " " and _gap(an, k) == " "


def _common_head_after(an: Analysed, k: int) -> range | None:
    """'Aske residents', 'Russian peacekeepers': the common noun phrase from word k; None when word k is no noun
    ('Aske yesterday', 'Velmar announced', 'Velmar-based')."""
    w = an.words[k]
    if _past(w) or w.norm.endswith(("ed", "ly")) or w.norm in CALENDAR_WORDS or w.norm in TIME_NOUNS \
            or w.norm in AUXILIARIES:
        return None
    return _noun_phrase(an, k)  # "Russian peacekeepers", but "the Russian-Turkish monitoring center"


def _named_head_after(an: Analysed, k: int) -> range | None:
    """'the Velmar Harbour Board', 'Velmar Harbour committee': the name from word k, with a common noun after it;
    None for a place in apposition ('Aske DC')."""
    ws = an.words
    if _place_abbreviation(ws[k]):
        return None
    run = _name_run_at(an, k)
    tail = _noun_phrase(an, run.stop) if run.stop < len(ws) and not ws[run.stop].capitalised \
        and _gap(an, run.stop) == " " and not _past(ws[run.stop]) else range(run.stop, run.stop)
    return range(k, tail.stop if tail else run.stop)


def _noun_phrase(an: Analysed, k: int) -> range:
    """The noun phrase from word k, without the verb that may follow it ('border guards' in 'border guards set up')."""
    r = _phrase(an, k)
    stop = next((j for j in r if j > k and (_past(an.words[j]) or an.words[j].norm in AUXILIARIES)), r.stop)
    return range(r.start, stop)


def _place_abbreviation(w: Word) -> bool:
    """'DC', 'N.Y.': a state's or district's abbreviation after a place."""
    letters = w.text.replace(".", "")
    return letters.isupper() and len(letters) <= 2


def _described_subject(an: Analysed, hit: Hit, head: range, about: list[Hit]) -> Hit | None:
    """The term a described noun phrase stands for or is said of: 'Alpha is a Velmar firm' (a copula after the
    term), 'Alpha, a Velmar firm,' (in apposition), 'the loss of a Velmar trawler' (the term's of-phrase), 'a Velmar
    trawler that sank' (a relative clause holding the term), or None."""
    ws, d = an.words, hit.first - 1
    said = _said_after(an, head, about)
    if said is not None:
        return said
    if d < 1 or ws[d].norm not in DETERMINERS:
        return None
    before = d - 1
    if ws[before].norm in COPULAS:
        return next((h for h in about if h.last == before - 1 and an.clause[h.last] == an.clause[before]), None)
    if ws[before].norm == "of":
        return next((h for h in about if h.last == before - 1), None)
    if _gap(an, d).strip() == ",":
        return next((h for h in about if h.last == before), None)
    return None


def _said_after(an: Analysed, head: range, about: list[Hit]) -> Hit | None:
    """A term said of the phrase right after it: in a relative clause ('a Velmar trawler that sank'), its of-phrase
    ('Azerbaijan's establishment of a checkpoint': the possessor is the act's agent), or after a copula (no passive's
    participle after it) naming what the phrase is ('The EU's clearance was the final barrier'), within three words."""
    ws, c = an.words, head.stop
    if c + 1 >= len(ws):
        return None
    relative = ws[c].norm in RELATIVE_PRONOUNS and _gap(an, c).strip() in ("", ",")  # its verb, not the main clause's
    act = ws[c].norm == "of" and ws[c - 1].norm in SETTING_UP_NOUNS
    copula = ws[c].norm in COPULAS and not _past(ws[c + 1]) and ws[c + 1].norm not in NEGATIONS  # ("was not the ...")
    if not (relative or act or copula):
        return None
    return next((h for h in about if c < h.first <= c + 3 and an.clause[h.first] == an.clause[c]), None)


def _locates_event(an: Analysed, hit: Hit, head: range) -> bool:
    """'near Aske airport', 'in a Velmar hiking accident': the described noun is a place, or the object of a
    locative preposition; the place name then places what happens there too."""
    ws, k = an.words, hit.first - 1
    if _gap(an, hit.last + 1) == "-" and ws[hit.last + 1].norm in _DIRECTION_COMPOUNDS:
        return False  # "on an Atlanta-bound jet": where the jet is going, not where it is
    if ws[head.stop - 1].norm in PLACE_NOUNS:
        return True
    while k >= 0 and hit.first - k <= 3 and ws[k].norm not in LOCATIVE_PREPOSITIONS and (ws[k].norm in DETERMINERS or (
            ws[k].norm not in FUNCTION_WORDS and not ws[k].capitalised and not _past(ws[k]))):
        k -= 1  # "in the small Velmar town"; "near the Velmar Museum" ("near" is no adjective)
    return k >= 0 and ws[k].norm in LOCATIVE_PREPOSITIONS


def title_in_apposition(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Mara Lind, the 52-year-old CEO': a title in apposition after a name is that person's (not a term right before
    the value, its own title: "Stibbe, mission commander Michael López-Alegría, pilot Larry Connor")."""
    ws, text = an.words, an.sentence.text
    if any(h.last == hit.first - 1 and _gap(an, hit.first) == " " and not _title_case(an) for h in about):
        return None
    for k in range(hit.first - 1, max(-1, hit.first - 7), -1):
        if ws[k].capitalised and ws[k].norm not in FUNCTION_WORDS and ws[k].norm not in CALENDAR_WORDS \
                and not (k == 0 and ws[k].norm.endswith("ly")) and _apposition(text[ws[k].end:hit.start]):
            # ("Tragically, a volunteer firefighter named Corey Comperatore was killed": an opening adverb is no name)
            run = _name_run_back(an, k)
            if _hit_in(about, run):
                return Decision(True, f"stands in apposition to {_words(an, run)}")
            if _titled_phrase_before(an, run, about):
                return None  # "The chair of the Nobel Committee, Berit Reiss-Andersen": the chair is the name
            return Decision(False, f"describes {_words(an, run)}")
    return None


def _titled_phrase_before(an: Analysed, run: range, about: list[Hit]) -> bool:
    """Is the name ``run`` the end of a phrase a term heads ("the chair of the Norwegian Nobel Committee", "the chief
    of the agency's mission in Papua New Guinea"): a term, then a preposition, with no punctuation between?  A name in
    apposition after it is then that term's, the whole phrase's, not the last name's."""
    ws, k = an.words, run.start - 1
    if an.clause[run.start] == an.intro:
        return False  # "During the strike at Velmar Steel, Olle Berg, a welder, was injured": an opening phrase
    while k >= 0 and run.start - k <= 8 and not _gap(an, k + 1).strip(" '’"):
        if any(h.last == k - 1 for h in about) and ws[k].norm in _OF_PHRASE:
            return True
        k -= 1
    return False


_OF_PHRASE = {"of", "for", "at", "in", "s"}  # ("s": a possessive, "the agency's mission in Aske")


def title_before_apposition(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the president of Ruritania, Anna Novak, visited', 'The Prime Minister of Orsk, Ana Roe, declared': a title
    (with its of-phrase) that may open an apposition (``_opens_apposition``) and a name in apposition after it are one
    person."""
    ws, text, k = an.words, an.sentence.text, hit.last + 1
    if not _opens_apposition(an, hit):
        return None
    if k < len(ws) and ws[k].norm == "of" and k + 1 < len(ws) and ws[k + 1].capitalised:
        k += 2
        while k < len(ws) and ws[k].capitalised and not text[ws[k - 1].end:ws[k].start].strip():
            k += 1
    if k >= len(ws) or text[ws[k - 1].end:ws[k].start].strip() != "," or not ws[k].capitalised:
        return None
    run = _name_run_at(an, k)
    closing = text[ws[run.stop - 1].end:ws[run.stop].start].strip() if run.stop < len(ws) else ""
    if closing not in (",", "") or closing != "," and not hit.term.text[:1].islower():
        return None  # (a capitalised office's apposition closes with a comma: "The Prime Minister of Orsk, Ana Roe,")
    if _hit_in(about, run):
        return Decision(True, f"is the title of {_words(an, run)}, in apposition")
    return Decision(False, f"is the title of {_words(an, run)}, in apposition")


def _opens_apposition(an: Analysed, hit: Hit) -> bool:
    """May this title open an apposition: a lower-case one after a determiner, or a capitalised office's words after
    a determiner opening the sentence ("The Prime Minister of Orsk, Ana Roe,"; not "the US Department of Justice,
    Disney": no office; nor "the CEO of Northwind, Lind said": an abbreviation; nor "The wife of the President of
    Orsk, Ana Roe,", "After meeting the President of Orsk, Ana Roe declared")?"""
    ws = an.words
    if hit.first == 0 or ws[hit.first - 1].norm not in DETERMINERS:
        return False
    return hit.term.text[:1].islower() or hit.first == 1 and ws[hit.last].norm in OFFICE_WORDS \
        and not hit.term.text.isupper()


def name_with_title(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Anna Berg, the chief executive, said', 'Berg, Velmar's chief executive,': a description set off by a comma
    right after a name (an apposition) holding an about-term says what the name is."""
    text, ws = an.sentence.text, an.words
    for h in about:
        if 0 < h.first - hit.last <= 6 and _HOLDER_APPOSITION.fullmatch(text, ws[hit.last].end, h.start) \
                and _closed_after(an, h) and not _title_of_next_name(an, h):
            if ws[hit.last + 1].norm in ("a", "an"):  # "Hassan Ghani, a leading commander of the rebels,"
                return Decision(True, f"has '{_span(an, h)}' in apposition", weak=ONE_OF_SEVERAL.format(_span(an, h)))
            return Decision(True, f"has '{_span(an, h)}' in apposition")
    return None


ONE_OF_SEVERAL = "possible conflict: 'a {}' names one of several, not the one the fact names"


def _title_of_next_name(an: Analysed, h: Hit) -> bool:
    """'Stibbe, mission commander Michael López-Alegría, pilot Larry Connor': a title right before a person's name (a
    space between; two capitalised words or more, no office word) is that name's, a list's item after the comma, no
    apposition to the name before it (not an agency's name: "Cabanas, head of disaster agency CONRED,")."""
    k = h.last + 1
    return k < len(an.words) and an.words[k].capitalised and _gap(an, k) == " " and not _title_case(an) \
        and an.words[k].norm not in OFFICE_WORDS and an.words[k].norm not in TITLES and len(_name_run(an, k)) >= 2


def titled_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Judge Alison Nathan did not say when ...': an about-term right before a name (a title, no punctuation
    between) says what the name is, whatever the clause's verb then says or denies."""
    for h in about:
        before = h.last == hit.first - 1 and _gap(an, hit.first) == " "
        inside = h.first == hit.first and h.last < hit.last  # the value written with its title: "Judge Nathan"
        if (before or inside) and not _past(an.words[h.last]):
            return Decision(True, f"is titled '{_span(an, h)}'")
    return None


def _closed_after(an: Analysed, h: Hit) -> bool:
    """The apposition ends within a few words of its term: a comma, a colon, a dash, a bracket or the sentence's
    end, with no 'and' on the way (then the comma was a list's: 'Berg, the chair and Holt')."""
    ws, k = an.words, h.last + 1
    if k < len(ws) and ws[k].norm in ("who", "whose", "whom") and _gap(an, k) == " ":
        return True  # "Axel Roe, the bank's chair whose manner seemed ...": the relative clause describes the title
    # "the first interim CEO appointed by the board of directors,"; longer with a prepositional phrase after the
    # term: "the sole survivor of the Velmar Air plane crash in Aske,"
    most = _APPOSED_PHRASE + 2 if k < len(ws) and ws[k].norm in _PHRASE_PREPOSITIONS else 8
    while k < len(ws) and k - h.last <= most:
        gap = _gap(an, k).strip()
        if gap[:1] in _CLOSING_MARKS or gap[:1] == "-":
            return True
        if ws[k].norm in ("and", "or"):
            return False
        k += 1
    return k >= len(ws)


def _own_kind(an: Analysed, run: range | None) -> bool:
    """'the National Front Party': one capitalised word of a political body's kind after a name (``PARTY_HEADS``) ends
    that name; it is no other name the value would belong to."""
    if not run or len(run) != 1 or an.words[run.start].norm not in PARTY_HEADS:
        return False
    k = run.stop  # the kind word ends the phrase: not "the National Front Party leader Jon May"
    return k >= len(an.words) or bool(_gap(an, k).strip()) or an.words[k].norm in FUNCTION_WORDS or _past(an.words[k])


def title_of_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'President of Azerbaijan Ilham Aliyev'; but 'Lind, chief executive of Northwind' is Lind's (and 'Capt. Beal and
    First Officer Anna Lind' coordinates two people, each with a title: a run opened by "and" and an office is
    another's)."""
    run = _name_run(an, hit.last + 1)
    if run and not _own_kind(an, run) and not _titled_conjunct(an, run) and not _origin_of_name(an, hit, run):
        return Decision(False, f"belongs to {_words(an, run)}")
    return None


def _origin_of_name(an: Analysed, hit: Hit, run: range) -> bool:
    """'John Korir of Kenya won the men's race': after a person's name (capitalised words, no office or title among
    them, nor the head of an institution's or a party's name: "Royal Bank of Canada", "Liberal Party of Australia"),
    "of" and a name say where the person is from or whom they serve; the name is no title of another's."""
    ws = an.words
    return ws[run.start].norm == "of" and hit.last > hit.first and all(
        ws[k].capitalised and ws[k].norm not in OFFICE_WORDS and ws[k].norm not in TITLES
        and ws[k].norm not in INSTITUTION_NOUNS and ws[k].norm not in PARTY_HEADS for k in range(hit.first, hit.last + 1))


def _titled_conjunct(an: Analysed, run: range) -> bool:
    """Is the run "and" (or "or") and another person with an office of their own ("and First Officer Anna Roe")?"""
    return an.words[run.start].norm in ("and", "or") and any(an.words[j].norm in OFFICE_WORDS for j in run)


def member_of(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'altars at the crash site as well as in 17 cities and provinces, including Seoul': a place after "including"
    or "such as" is one of the noun phrase before it, and is where the event is only when that phrase holds a term
    ("the storm hit several towns, including Aske" leaves it to the clause); not a title right before a term's
    name ("officials, including President Anna Roe": the title is Roe's, title_before_name)."""
    ws, k = an.words, hit.first
    if any(h.first == hit.last + 1 and not _gap(an, h.first).strip() for h in about):
        return None
    j = k - 1
    if j >= 1 and ws[j].norm in ("the", "a", "an"):
        j -= 1
    cue = 2 if j >= 1 and ws[j - 1].norm == "such" and ws[j].norm == "as" else 1 if ws[j].norm == "including" else 0
    if not cue or _gap(an, j - cue + 1).strip() != ",":
        return None
    start = j - cue  # the words of the noun phrase before the comma, back to its preposition or verb
    first = start
    while first > 0 and start - first < _MEMBER_PHRASE and ws[first].norm not in _MEMBER_STOPS \
            and not _gap(an, first).strip():
        first -= 1
    phrase = range(first, start + 1)
    if _hit_in(about, phrase) or not _plural_head(ws[start]):
        return None
    return Decision(False, f"is one of '{_words(an, phrase)}'")


_MEMBER_PHRASE = 6  # words of "17 cities and provinces" and its preposition
_MEMBER_STOPS = {"in", "at", "to", "from", "across", "throughout", "on", "near", "into"}


def _plural_head(w: Word) -> bool:
    return w.norm.endswith("s") and not w.norm.endswith("ss") and not w.capitalised


def person_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Rep. Matt Gaetz, R-Fla., filed the motion', 'Matt Gaetz (R-FL)', 'Sen. Anna Lind, of Velmar,': a place set off
    by a comma or a bracket right after a person's name (a name after a title, or any name before a party-and-state
    label) is where that person is from or whom they represent: said of the subject only when that name is a term."""
    ws, text, k = an.words, an.sentence.text, hit.first
    after = hit.last + 1  # closed by a comma or a bracket, past an abbreviation's full stop ("R-Fla.,")
    of = k >= 2 and ws[k - 1].norm == "of" and _gap(an, k - 1).strip() == ","  # ", of Velmar,"
    if k < 1 or not (of or _gap(an, k).strip() in (",", "(")) or not (
            after >= len(ws) or _gap(an, after).lstrip(".").strip()[:1] in _CLOSING_MARKS):
        return None
    last = k - 2 if of else k - 1
    run = _name_run_back(an, last) if last >= 0 and ws[last].capitalised else range(0)
    if not run:
        return None
    titled = run.start > 0 and (ws[run.start - 1].norm in TITLES or ws[run.start - 1].norm in OFFICE_WORDS)
    if not (titled or _PARTY_STATE.fullmatch(text, ws[k].start, ws[hit.last].end)):
        return None  # "the mine in Orsk, Tindra" places Orsk
    if _hit_in(about, run):
        return Decision(True, f"is where '{_words(an, run)}' is from")
    return Decision(False, f"is where '{_words(an, run)}' is from, not the subject")


# a party's initial, a hyphen and a state: "R-Fla.", "D-CA", "I-Vt."
_PARTY_STATE = re.compile(r"[A-Z]-[A-Z][A-Za-z.]{1,6}")


def zone_time(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'at around 12:08pm (Bangkok time)', 'at 3 a.m. Beijing time': a place right before a lower-case "time", after
    a bracket or a clock time, names a time zone, no place of the event (not "in Velmar time and again", nor a term
    that is the place's own)."""
    k = hit.last + 1
    if k >= len(an.words) or an.words[k].norm != "time" or an.words[k].capitalised or _gap(an, k) != " " \
            or any(h.first <= hit.first <= h.last for h in about) \
            or not _ZONE_BEFORE.search(an.sentence.text, max(0, hit.start - 12), hit.start):
        return None  # (after a bracket or a clock time only: not "caught fire in Velmar time and again")
    return Decision(False, f"names a time zone ('{_words(an, range(hit.first, k + 1))}'), not a place")


_ZONE_BEFORE = re.compile(r"(?:\(|\d\s*(?:[ap]\.?m\.?)?)\s*\Z", re.IGNORECASE)  # "(Bangkok time)", "3 a.m. Beijing time"


def dateline(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Seoul, Jan 11 (EFE).- The black boxes ...', 'LONDON (Reuters) -', 'DUBAI // A jet ...', 'Ahmedabad: After ...': a place
    opening a sentence before a date, a news agency's bracket or a dash or colon is where the story was filed, not
    where its events happened."""
    m = _DATELINE_TAIL.match(an.sentence.text, hit.end) if hit.first == 0 else None
    if m is None or (m.group().strip() in ("-", "—", "–", "//") and not an.sentence.text[hit.start:hit.end].isupper()):
        return None  # a dash alone after a place in capitals only ("LONDON - ..."; not "Aske — the capital — ...")
    return Decision(False, "is the dateline (where the story was filed), not where it happened")


# after the place: its region or country (", Velmar"), a date (", Jan 11", ", June 12, 2025"), an agency in brackets,
# then ".-", a dash or a colon before the story (a long dash may touch it: "MONTREAL–The ...")
_DATELINE_TAIL = re.compile(r"(?:,\s*[A-Z][\w.'’ -]{1,30}?)?(?:,?\s*(?:" + "|".join(sorted(MONTHS, key=len, reverse=True))
                            + r")\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s*(?:\([A-Za-z/ .-]{2,30}\))?\s*(?:(?:\.?-|—|–|:|//)\s|[—–](?=[A-Z][a-z]))",
                            re.IGNORECASE)


def named_in_apposition(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'he met the lone survivor of the crash, Olle Dahl, a British national': a name set off by commas right after
    a noun phrase headed by a term (a determiner, the term, its of-phrase) says who that noun phrase is, whatever
    clause the phrase stands in."""
    ws, k = an.words, _title_start(an, hit)
    if k < 3 or _gap(an, k).strip() != "," or not _apposition_closes(an, hit.last + 1):
        return None
    j = k - 1
    while j >= 0 and k - j <= _APPOSED_PHRASE and (j == k - 1 or not _gap(an, j + 1).strip(" -")) \
            and not _verb_in_phrase(an, j):
        if ws[j].norm in ("the", "a", "an"):
            if any(j < h.first <= j + 2 and h.last < k for h in about):
                return Decision(True, f"is named in apposition to '{_words(an, range(j, k))}'")
            if any(h.last == j - 1 for h in about):  # "headed by the head of the guard, Ole Berg"
                return Decision(True, f"is named in apposition to '{_words(an, range(j, k))}', which the term names")
            if j == 0 or ws[j - 1].norm != "of":
                return None  # the phrase's own determiner, no term heading it
        j -= 1
    return None


def _title_start(an: Analysed, hit: Hit) -> int:
    """Where a name starts, past up to two capitalised words of a title before it (", Colonel-Major Ole Berg")."""
    ws, k = an.words, hit.first
    while k > 1 and ws[k - 1].capitalised and _gap(an, k).strip() in ("", "-") and hit.first - k < 3:
        k -= 1
    return k


_APPOSED_PHRASE = 10  # words of "the lone survivor of the AI-171 crash" before the name
_PHRASE_PREPOSITIONS = {"of", "in", "at", "from", "on", "aboard"}


def _apposition_closes(an: Analysed, k: int) -> bool:
    """After a name: a comma, a bracket, a dash, a full stop or the sentence's end (not its own clause's verb)."""
    return k >= len(an.words) or _gap(an, k).strip()[:1] in _CLOSING_MARKS


_CLOSING_MARKS = (",", ";", ":", ")", "(", "\u2013", "\u2014")  # what ends an apposition (a hyphen too, after a title)


_AT_THE_SAME_TIME = {"as", "when", "while"}
_CLAUSE_SUBJECTS = {"he", "she"}  # a singular pronoun, most likely the subject of the clause beside it
_NOT_SAME_TIME = {"just", "such", "so", "as", "much", "same"}  # "just as he had been in 2019": a comparison


def same_scene(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Fico was shot on May 15 as he greeted supporters after a meeting in Handlova': a place in a clause of the same
    time (as, when, while, then "he" or "she": not "while his brother was in Velmar", nor a clause with a time of its
    own or a pluperfect, "just as he had been in Aske in 2019") right after or before the clause of a term, with no term of its own, is
    where that happened too, most likely: attached loosely (a matching place agrees; another is a possible conflict)."""
    if an.norms.isdisjoint(_AT_THE_SAME_TIME):
        return None
    ws, here = an.words, an.clause[hit.first]
    if any(an.clause[h.first] == here for h in about) or here not in an.clause:
        return None
    opening = an.clause.index(here)
    if not _same_time_clause(an, opening, here):
        return None
    neighbours = {an.clause[opening - 1]} if opening else set()
    after = next((j for j in range(hit.last + 1, len(ws)) if an.clause[j] != here), None)
    if after is not None and _gap(an, after).strip() == ",":
        neighbours.add(an.clause[after])  # "As he greeted supporters in Handlova, Fico was shot"
    term = next((h for h in about if an.clause[h.first] in neighbours), None)
    if term is None:
        return None
    return Decision(True, f"is where '{ws[opening].text} ...' happened, at the time of '{_span(an, term)}'",
                    weak=f"possible conflict: a place of the '{ws[opening].text}' clause, at the time of '{_span(an, term)}'")


def _same_time_clause(an: Analysed, opening: int, here: int) -> bool:
    """Does clause ``here`` (from word ``opening``) tell what the subject did at the time: as/when/while and "he" or
    "she", not a comparison ("just as he had been") nor a clause with a time of its own ("in 2019") or a pluperfect?"""
    ws = an.words
    if not (opening + 1 < len(ws) and ws[opening].norm in _AT_THE_SAME_TIME and ws[opening + 1].norm in _CLAUSE_SUBJECTS):
        return False
    if opening and ws[opening - 1].norm in _NOT_SAME_TIME:
        return False
    return not any(an.clause[j] == here and (ws[j].norm == "had" or ws[j].norm[:1].isdigit() or ws[j].norm in CALENDAR_WORDS)
                   for j in range(opening, len(ws)))


def other_agent(an: Analysed, about: list[Hit]) -> bool:
    """'Jon Roe watched as a man began setting fire', 'Live Nation (not the organizer of the show) said': a term
    whose own clause, right before it, names someone else ("a man", "an intruder") or negates it: a name standing apart
    from that clause is not the one who did it."""
    for h in about:
        start = max(an.clause.index(an.clause[h.first]), h.first - _AGENT_REACH)
        if any(w.norm in _OTHER_AGENT for w in an.words[start:h.first]):
            return True
    return False


_AGENT_REACH = 3  # words before the term: "a man began setting fire", "not the organizer"


_OTHER_AGENT = frozenset({"a", "an", "another", "someone", "somebody", "no", "t", "its", "their"}) | NEGATIONS  # ("t":
# "didn't"; "its chief executive": a thing's role, whose holder the clause leaves unnamed)


def object_title(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Cameron advised the Queen to appoint the former home secretary', 'Roe met the prime minister': a title after a
    determiner, with no name after it, as the object of a verb (no copula, nor a verb of becoming) whose subject is a term,
    is the object's, another person: set aside (not after a passive: "Roe was named the new home secretary")."""
    ws, j = an.words, hit.first - 1
    if j >= 1 and ws[j].norm in TITLE_QUALIFIERS:
        j -= 1
    if j < 1 or ws[j].norm not in DETERMINERS or _name_run(an, hit.last + 1) or _gap(an, j).strip():
        return None
    after = hit.last + 1
    if after < len(ws) and not _gap(an, after).strip() and not ws[after].capitalised \
            and ws[after].norm not in FUNCTION_WORDS and not ws[after].norm[:1].isdigit():
        return None  # ("held the home secretary post": the title describes a thing, no person)
    v = j - 1
    if not _active_verb(an, v, about) or not any(h.last < v and an.clause[h.first] == an.clause[hit.first] for h in about):
        return None
    return Decision(False, f"is the title of the object of '{ws[v].text}', not of its subject")


def _active_verb(an: Analysed, v: int, about: list[Hit]) -> bool:
    """Is word v an active verb that takes an object: a past form or an infinitive after "to", no copula, no verb of
    becoming, not after a form of "be" (a passive); a verb of taking a role only right after a term ("Roe appointed";
    not "Roe, appointed the home secretary in 2010,": a participle of taking the role)?"""
    ws = an.words
    verb, infinitive = ws[v], v >= 1 and ws[v - 1].norm == "to"
    if verb.capitalised or verb.norm in LINKING_VERBS or verb.norm in BECOMING_VERBS or not (_past(verb) or infinitive) \
            or v >= 1 and ws[v - 1].norm in BE_FORMS:
        return False
    return verb.norm not in ROLE_AS_VERBS or infinitive or any(h.last == v - 1 and _gap(an, v) == " " for h in about)


def taken_title(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Expedition 63 Commander Chris Cassidy is preparing to welcome Behnken and Hurley', 'Commander and NASA astronaut
    Chris Cassidy': a title right before a full name of two words or more (past "and" and up to three role words too)
    is that person's, so another name of the clause does not hold it (when every term of the name's clause is so
    taken)."""
    here = [h for h in about if an.clause[h.first] == an.clause[hit.first]]
    if not here or any(h.first <= hit.first <= h.last for h in here):
        return None
    owners = [_titled_person(an, h) for h in here]
    if any(o is None or o.start <= hit.first < o.stop for o in owners):
        return None
    return Decision(False, f"'{_span(an, here[0])}' is the title of {_words(an, owners[0])}")


def _titled_person(an: Analysed, h: Hit) -> range | None:
    """The full name a title term stands right before (or before "and", up to three role words and a name)."""
    ws, j = an.words, h.last + 1
    if h.term.text[:1].isupper() or _past(ws[h.last]) or not _role_word(ws[h.last].norm):
        return None  # a name, a verb or an event's noun is no title ("Lee Jae-myung and PPP candidate Yoon", "elected
        # South Korean", "After the vote Lee Jae-myung conceded")
    run = _name_run(an, j)
    if not run and j + 1 < len(ws) and ws[j].norm == "and" and _gap(an, j) == " ":
        for k in range(j + 2, min(len(ws), j + 5)):  # "and NASA astronaut Chris Cassidy": a role word, then the name
            if ws[k - 1].norm in FUNCTION_WORDS or _gap(an, k - 1) != " ":
                break
            if not ws[k - 1].capitalised and len(_name_run(an, k)) >= 2:
                run = _name_run(an, k)
                break
    return run if len(run) >= 2 and all(ws[k].capitalised for k in run) else None


def _role_word(norm: str) -> bool:
    """A noun of an office or a role (``OFFICE_WORDS``: "commander", "president"; ``ROLE_NOUNS``): not an event's
    noun ("the vote", "the merger", "the takeover")."""
    return norm in OFFICE_WORDS or norm in ROLE_NOUNS


def name_clause(an: Analysed, hit: Hit, about: list[Hit]) -> Decision:
    """Rule 2: attributed when an about-term stands in the name's clause."""
    return _same_clause(an, hit.first, about, hit.last)


def _apposition(between: str) -> bool:
    """', the 61-year-old ' between a name and a title: a comma, then only modifiers."""
    m = _APPOSITION.fullmatch(between)
    return bool(m) and not any(w.lower() in _NOT_MODIFIERS for w in between.replace(",", " ").split())
