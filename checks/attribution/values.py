"""Rule 1 (binding) for numbers and dates: a value written as part of another phrase belongs to that phrase."""

from __future__ import annotations

import re
from dataclasses import replace

from ..match import Hit
from ..model import Mention
from ..money import MONEY_WORDS, is_money
from ..numbers import RANGE
from ..dates.fragments import is_year
from ..lang.cues import KNOWN_EVENT_NOUNS
from ..lang.calendar import CALENDAR_WORDS, DAY_PART_NARROWERS, DAY_PARTS, HOLIDAYS, MONTH_NAMES, NEWS_AGENCIES, TIME_NOUNS, TIME_ZONES, WEEKDAY_NAMES
from ..lang.grammar import NOUN_PHRASE_OPENERS as DETERMINERS
from ..lang.grammar import (REVISED_TO_VERBS, REVISION_FILLERS, COMPLEMENT_VERBS, PERFECT_SAYING_VERBS, RUNNING_TALLY_WORDS, STATE_OF, STATE_VERBS, ANOTHER_TIME_WORDS, WINNING_VERBS, BESIDES_WORDS, COMPANY_SUFFIXES, NAMED_THING_WORDS, BARE_BE_LEADS, MANDATIVE_WORDS, MOVEMENT_VERBS, DIVIDED_NOUNS, GAP_WORDS, GROUP_NOUNS, PEOPLE_GROUPS, OTHER_INSTANCE, AGREEMENT_NOUNS, DEAL_NOUNS, GIVING_VERBS, POSSIBILITY_MODALS, REACHING_VERBS, EXPECTED_LEVEL_WORDS, LEVEL_VERBS, SAYING_VERBS, ADDED_WORDS, AUXILIARIES, BREAKDOWN_PLACE_WORDS, KIN_NOUNS, PLACE_NOUNS, BE_FORMS, BELIEF_WORDS, CHANGE_WORDS, REVISING_WORDS, COMPARED, DIMENSION_ADJECTIVES, HOLDING_GERUNDS, SIZE_ADJECTIVES,
                            DIMENSION_NOUNS, DIMENSION_OF, EARLIER_ADVERBS, EARLIER_SAYING, EARLIER_WORDS,
                            FORECAST_WORDS, FRAME_NOUNS, FUNCTION_WORDS, GAP_PHRASES, JOINT_NOUNS,
                            COMPASS_POINTS, FRONTED_PARTITIVE, GENERIC_FIGURE_NOUNS, LOCATIVE_PREPOSITIONS, MEASURE_QUALIFIERS, REFERENCE_NOUNS, NORM_NOUNS, OFFER_VERBS, OWNER_PREPOSITIONS,
                            PARTITIVE_OPENERS, POSITION_QUALIFIERS, POSSESSIVES, PROPOSAL_PARTICIPLES, REQUEST_OBJECT_VERBS,
                            OUTCOME_WORDS, REDUCED_PREPOSITIONS, RELATIVE_PRONOUNS, REPORT_NOUNS, REQUEST_WORDS,
                            STAMP_WORDS, TEMPORAL_PREPS, WHOLE_OPENERS)
from ..lang.numbers import APPROXIMATE_SUFFIXES, DEATH_WORDS, SHARE_GROUPS, HARM_VERBS, KILL_VERBS, AGE_SUFFIXES, FRACTION_WORDS, HEDGES, ONES, PERCENT_UNITS, SCALE_WORDS, SCALES, TENS, UNITS, VAGUE_PARTS, VOTE_UNITS
from ..words import Word, alternation, is_plural, normalise, words
from .names import respective
from .clauses import (_ing, _MORE, _main_clause, per_sentence, SPACED_DASHES, Analysed, Decision, _count_word, described_from, item_opening, _gap, _has_unit, _hit_in, _name_run, _name_run_back,
                      noun_before_participle, _noun_like, OTHER_NOUNS_EVENT, _past, _phrase, _phrase_at, phrase_table,
                      _same_clause, _SINCE_SUPERLATIVE, _span, _superlative, _title_case, _unit_inside, _verb_in_phrase, _verb_like,
                      _time_word, _words)


_IN_PLACE = re.compile(r",?\s+(?:in|at)\s+(?=[A-Z])")  # ", in Prague" after a date


def _unit_end(an: Analysed, mention: Mention) -> int:
    """The word after a number's unit word ("44-day [war]", "7.8 magnitude [quake]", "$69 billion [deal]")."""
    if _unit_inside(mention):
        return an.index_after(mention.end)
    return an.index_after(mention.end + 1) + 1


def number_in_name(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Aster 310 trains', 'Train 880', 'the 310-2 trains', 'Mark-4 engines': a numeral right after a capitalised
    name word (or hyphen-joined to such a numeral) is part of the name, an identifier, not a count."""
    if mention.kind != "number" or _unit_inside(mention) or mention.approx and not _DESIGNATION.fullmatch(mention.text) \
            or mention.text[:1].islower():
        return None  # a number in words is a name's only in capitals ("Route One"; not "told Radio Norland six died")
    if an.sentence.text[mention.end:mention.end + 1] == "-" and normalise(mention.unit) in UNITS:
        return None  # "the Aske 93-metre tower": a measure joined to its unit is no identifier
    if mention.unit and _list_item(an, mention) and any(not m.group(1)[:1].isupper() for m in re.finditer(
            r"(\S*)\s+\d[\d,.]*\s+" + re.escape(mention.unit) + r"\b", an.sentence.text[:mention.start], re.IGNORECASE)):
        return None  # "has 48 seats, the Finns Party 46 and SDP 43 seats": one more count of a list, no identifier
        # (after another name's number, "a KLM Boeing 747 passenger jet", it is a name's too)
    k = an.index_after(mention.start) - 1  # the word before the number
    if _term_holds_count(an, mention, about, k) or _grouped_count(mention):
        return None
    model = _model_after(an, k + 1)
    if model:
        return Decision(False, f"is part of the name '{model}'")
    if not _name_before_number(an, k, mention.start) or _title_case(an) or an.words[k].norm in SCALE_WORDS:
        return None  # "a Category 4 hurricane": a rank on a scale, which the fact's unit may name
    first = k - 2 if an.words[k].norm in ("and", "or") else k  # ("Stream 1 and 2")
    return Decision(False, f"is part of the name '{an.sentence.text[an.words[first].start:mention.end]}'")


def _grouped_count(mention: Mention) -> bool:
    """'beating Lee of the Minjoo Party 247,077 votes': a number grouped by thousands before votes or seats
    (``DIVIDED_NOUNS``) is a count; no party's identifier is written so (but "the Fortune 1,000 companies" is a name's
    number)."""
    return bool(_THOUSANDS.match(mention.text)) and normalise(mention.unit) in DIVIDED_NOUNS


_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+\b")


def _term_holds_count(an: Analysed, mention: Mention, about: list[Hit], k: int) -> bool:
    """'gives the Likud 32 seats': a term's name after a verb of giving and "the", right before a count of plural
    things, holds that count (no identifier; not "honoured the Apollo 11 astronauts")."""
    return any(h.last == k and h.first > 1 and an.words[h.first - 1].norm == "the"
               and an.words[h.first - 2].norm in GIVING_VERBS for h in about) \
        and bool(mention.unit) and is_plural(normalise(mention.unit))


def _list_item(an: Analysed, mention: Mention) -> bool:
    """Does the name before the number open an item of a list, after "and" or a comma (past "the")?"""
    k = an.index_after(mention.start) - 1
    while k > 0 and an.words[k - 1].capitalised and not _gap(an, k).strip():
        k -= 1  # back to the name's first word
    k = item_opening(an, k)
    return k > 0 and (an.words[k - 1].norm in ("and", "or") or _gap(an, k).strip() == ",")


# a model's number read as a range: "Boeing 737-800" (digits joined by a hyphen, no space)
_DESIGNATION = re.compile(r"\d+-\d+")
_QUOTE_MARKS = "\"“”'‘’"


def quoted_number(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Kobe's numbers, "8" and "24"': a number alone inside quotation marks is a label or a name, not a count."""
    if mention.kind != "number" or not mention.text[:1].isdigit():
        return None
    text = an.sentence.text
    before = text[max(0, mention.start - 1):mention.start]
    after = text[mention.end:mention.end + 2].lstrip(".,")
    if before and before in _QUOTE_MARKS and after[:1] and after[:1] in _QUOTE_MARKS:
        k = an.index_after(mention.start) - 1
        if k >= 0 and (an.words[k].norm in BE_FORMS or an.words[k].norm in ("at", "to", "of")):
            return None  # ('the toll was "17"': a value said of something, quoted)
        return Decision(False, "is a label in quotation marks, not a count")
    return None


def population(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'in this town of nearly 30,000 people': a count after a noun of place and "of" (past a hedge) is how many live
    there, not a count of the event."""
    if mention.kind != "number":
        return None
    ws, first = an.words, an.index_after(mention.start)
    j = first - 1
    while j >= 0 and (ws[j].norm in HEDGES or ws[j].norm in ("some", "around", "over")):
        j -= 1
    if j < 1 or ws[j].norm != "of" or ws[j - 1].norm not in PLACE_NOUNS or any(j - 6 <= h.last < j for h in about):
        return None  # (a term right before the place: its object, "cut off a district of 40,000 residents")
    k = an.index_after(mention.end)
    while k < len(ws) and ws[k].norm in SCALE_WORDS:
        k += 1
    if k >= len(ws) or ws[k].norm not in _RESIDENTS:
        return None  # ("an area of 86.6 thousand square kilometres" measures the place)
    return Decision(False, f"counts the people of the {ws[j - 1].text}, its population")


_RESIDENTS = {"people", "residents", "inhabitants", "souls", "persons"}


def list_item(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'• 10 counts of first-degree murder.': a count opening a bulleted list's item counts that item, a part of the
    list."""
    if mention.kind != "number":
        return None
    text = an.sentence.text
    if not _BULLET_ITEM.match(text) or text[:mention.start].strip(" \t•▪●◦*-–") \
            or any(w.norm in AUXILIARIES or w.norm in BE_FORMS or w.norm in _ITEM_OUTCOMES for w in an.words):
        return None  # ("• 17 people were killed.", "• 40 injured": a statement of its own, not an item of a list)
    return Decision(False, "counts one item of a bulleted list, a part")


_ITEM_OUTCOMES = HARM_VERBS | {"dead", "died", "missing", "rescued", "evacuated", "arrested"}
_BULLET_ITEM = re.compile(r"\s*[•▪●◦*–-]\s")


def kin_of_count(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the mother and widow of two people killed in the shooting', 'families of 14 victims': a count after a noun of
    kin and "of" counts the ones those kin belong to, some of the victims, a part."""
    found = _after_kin(an, mention)
    if found is None:
        return None
    kin, noun = found
    if not is_plural(noun.norm) or _past(noun) or _time_unit(noun):
        return None  # ("a family of five died": the family's size, those people; a span: ``kin_duration``)
    return Decision(False, f"counts those the {kin.text} belong to, a part")


def _after_kin(an: Analysed, mention: Mention) -> tuple[Word, Word] | None:
    """The noun of kin before "of" and a number ("widow of two", "wife of 20"), and the word after the number."""
    if mention.kind != "number":
        return None
    ws, first = an.words, an.index_after(mention.start)
    k = an.index_after(mention.end)
    if first < 2 or ws[first - 1].norm != "of" or ws[first - 2].norm not in KIN_NOUNS or k >= len(ws):
        return None
    return ws[first - 2], ws[k]


def kin_duration(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'his wife of 20 years': a span of time after a noun of kin and "of" tells how long the kin have been kin, no
    figure of anything else in the clause: set aside."""
    found = _after_kin(an, mention)
    if found is None or not _time_unit(found[1]):
        return None
    return Decision(False, f"is how long the {found[0].text} has been one")


def _time_unit(w: Word) -> bool:
    return UNITS.get(w.norm, ("",))[0] == "time"


def place_breakdown(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Twelve people were killed inside the school building, two outside, and one on the street', '31 were killed at
    the scene, with 27 more dying in hospitals': a count said of one place, with another bare count of another place
    after it in the sentence, is one part of a breakdown by place, not the whole."""
    if mention.kind != "number":
        return None
    ws, k = an.words, an.index_after(mention.end)
    place = None
    for j in range(k, min(len(ws), k + 6)):
        if j > k and _gap(an, j).strip():
            break  # ("Of the 67 passengers, 32 were from ...": the phrase ends at its comma)
        if ws[j].norm in BREAKDOWN_PLACE_WORDS:
            place = j
            break
    if place is None or an.clause[place] != an.clause[k - 1 if k else 0] \
            or any(place <= h.last and h.first <= place + 2 for h in about):
        return None  # ("all 259 people aboard and 11 on the ground" for a fact counting those aboard: its own place)
    n = _other_place_count(an, place, k)
    if n is None:
        return None
    return Decision(False, f"counts one place of a breakdown ('{ws[place].text} ...', '{ws[n].text} {ws[n + 1].text} "
                           "...'), a part")


def _verb_word(w: Word) -> bool:
    return _verb_like(w) or w.norm in ("remain", "remains", "remained")


def _verb_between(ws: tuple[Word, ...], a: int, b: int) -> bool:
    """A verb between words a and b: the first count's clause had its own ("17 were killed in Velmar, and 40 in Orsk
    were injured": two predicates, not one breakdown; "259 aboard and 11 on the ground died" shares one)."""
    return any(_verb_word(w) for w in ws[a:b])


def _other_place_count(an: Analysed, place: int, start: int) -> int | None:
    """After a count's word of place, a bare count of another place ("two outside", "27 more in hospitals") joined by
    a comma, "and", "with", "while" or "plus": its word, or None."""
    ws = an.words
    for j in range(place + 1, min(len(ws) - 1, place + 14)):
        joins = ws[j].norm in ("and", "with", "while", "plus") \
            or ws[j].norm == "as" and tuple(w.norm for w in ws[j - 2:j]) == ("as", "well")  # "..., as well as five others"
        grouped = ws[j].norm.isdigit() and ws[j - 1].norm.isdigit()  # ("1,200": the comma groups thousands)
        if joins or _gap(an, j).strip() == "," and not grouped:
            n = j + 1 if joins else j
            if n < len(ws) - 1 and _count_word(ws[n]) and (_place_count(an, n, start) or _same_death(an, start, n)):
                return n
    return None


def _place_count(an: Analysed, n: int, start: int) -> bool:
    """Is the count at word n one of another place (its word of place right after it, after "more" and a participle,
    or after its own noun), with no outcome of its own ("with 27 more injured", "3 more in hospital", "40 in Orsk were
    injured")?"""
    ws = an.words
    return (ws[n + 1].norm in BREAKDOWN_PLACE_WORDS or ws[n + 1].norm == "more" and n + 3 < len(ws)
            and (_past(ws[n + 2]) or ws[n + 2].norm in ("dying", "dead")) and ws[n + 3].norm in BREAKDOWN_PLACE_WORDS
            or _counted_noun_then_place(an, n, start)) \
        and not (_verb_between(ws, start, n) and any(_verb_word(w) for w in ws[n + 2:n + 7]))


def _counted_noun_then_place(an: Analysed, n: int, start: int) -> bool:
    """'plus 4 people on the ground': the count's own noun, then its word of place, and no predicate of its own after
    it ("killed 113 people in the market and 40 people in nearby homes were injured": another outcome; but "All 109
    people aboard plus 4 people on the ground died" shares one, with no verb before the first count) nor
    "among"/"including" (a part of the first)."""
    ws = an.words
    nouns = {w.norm for w in ws[max(0, start - 1):start + 2] if _noun_like(w) and not _verb_word(w)
             and not w.norm[:1].isdigit()} | {"others", "more"}  # the first count's noun, near it
    if not (n + 2 < len(ws) and ws[n + 1].norm in nouns
            and ws[n + 2].norm in BREAKDOWN_PLACE_WORDS and _gap(an, n + 2) == " ") \
            or any(w.norm in _STATES for w in ws[n + 3:n + 5]):
        return False  # (the first count's own noun: not "with 300 homes in ruins", "40 people in critical condition")
    rest = next((j for j in range(n + 3, len(ws)) if _gap(an, j).strip()), len(ws))
    shared = not any(_verb_word(w) for w in ws[:start])
    return not any((_verb_word(w) and not shared) or w.norm in ("among", "including") for w in ws[n + 3:rest])


def _same_death(an: Analysed, start: int, n: int) -> bool:
    """'109 people died on the plane, and four were killed in the hotel': a second count of the dead, with its verb
    of death and its word of place, after a first count with a verb of death: both parts of one toll by place."""
    ws = an.words
    if n >= len(ws) - 3:
        return False
    first = any(w.norm in _DEATH_VERBS for w in ws[start:start + 3]) and not any(
        w.norm in KNOWN_EVENT_NOUNS for w in ws[start:n])  # ("died in the crash, and 100 died on impact": a subset)
    j = n + 1
    if j < len(ws) and ws[j].norm in BE_FORMS:
        j += 1
    if not (first and j + 1 < len(ws) and ws[j].norm in _DEATH_VERBS and ws[j + 1].norm in BREAKDOWN_PLACE_WORDS):
        return False
    place = " ".join(w.norm for w in ws[j + 2:j + 6])  # not "in a separate accident nearby": another event's dead
    return not any(place.startswith(o) for o in OTHER_INSTANCE) and not any(
        w.norm in KNOWN_EVENT_NOUNS or w.norm in _SUBSET_WORDS for w in ws[j + 2:j + 7])


_STATES = {"critical", "serious", "stable", "condition", "custody", "ruins", "shock", "hiding"}  # a state, no place
_SUBSET_WORDS = {"alone", "impact", "instantly", "immediately"}  # a part of the first count, no other place
_DEATH_VERBS = {"died", "killed", "perished"}  # a count's own verb of death ("four were killed in the hotel")


def count_of_others(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'left Kobe Bryant, his daughter and seven others dead': a count after "and" of "others" (or "other" and a noun)
    counts those besides the ones named before it (by a name, with no count among them), a part of the whole; so does
    a count whose verb has a named companion after it ("seven people died alongside Ana Lind", ``BESIDES_WORDS``)."""
    if mention.kind != "number":
        return None
    ws, k = an.words, an.index_after(mention.end)
    first = an.index_after(mention.start)
    beside = _besides_named(an, k)
    if beside is not None:
        return Decision(False, f"counts those besides '{ws[beside].text}' ('{ws[beside - 1].text}'), a part of the whole")
    if k >= len(ws) or first < 2 or ws[first - 1].norm != "and" or ws[k].norm not in ("others", "other"):
        return None
    if k + 1 < len(ws) and _verb_word(ws[k + 1]):
        return None  # ("... and 12 others were injured": others with a verb of their own)
    named = ws[max(1, first - 7):first - 1]
    if not any(w.capitalised for w in named) or any(w.norm[:1].isdigit() for w in named):
        return None  # no one named: "2,053 people had lost their lives and 1,240 others wounded" are other people
    return Decision(False, "counts the others besides those named before it, a part of the whole")


def _besides_named(an: Analysed, k: int) -> int | None:
    """The name right after a word of company (``BESIDES_WORDS``) within six words after word k, no punctuation
    between, with a verb between ("people died alongside Lind"), or None."""
    ws = an.words
    for j in range(k + 1, min(len(ws) - 1, k + 6)):
        if _gap(an, j).strip():
            return None
        if ws[j].norm in BESIDES_WORDS and ws[j + 1].capitalised and any(_past(w) for w in ws[k:j]) \
                and _a_person_after(an, j + 1):
            return j + 1
    return None


def _a_person_after(an: Analysed, j: int) -> bool:
    """'alongside Ana Lind in a crash': the capitalised run from word j names a person: no word of a place or a
    company in it ("Lake Orsk", "Orsk Highway", "Orsk Airlines"), no number after it ("Route 9"), and no noun in small
    letters right after it ("Orsk Airlines staff")."""
    ws, end = an.words, j
    while end < len(ws) and ws[end].capitalised and not _gap(an, end).strip(" -") or end == j:
        end += 1
    if any(w.norm in PLACE_NOUNS or w.norm in COMPANY_SUFFIXES or w.norm in NAMED_THING_WORDS for w in ws[j:end]):
        return False
    return end >= len(ws) or _gap(an, end).strip() != "" or ws[end].norm in FUNCTION_WORDS or _past(ws[end])


def _model_after(an: Analysed, k: int) -> str:
    """'its fleet of 737 MAX 9 planes', a headline's 'Grounding of Boeing 737 Max 9 Planes': a numeral, a word in
    capitals (in a title-case headline, any capitalised word) and another numeral are one model's name, whichever
    numeral word k is (not '300 FBI agents', where no numeral follows; not '171 Boeing 737 jets', which counts the
    model); the name as written, or ''."""
    ws = an.words
    for first in (k, k - 2):
        if first >= 0 and first + 2 < len(ws) and ws[first].norm.isdigit() and ws[first + 2].norm.isdigit() \
                and _gap(an, first + 1) == " " and _gap(an, first + 2) == " " and _model_word(an, ws[first + 1]):
            return an.sentence.text[ws[first].start:ws[first + 2].end]
    return ""


def _model_word(an: Analysed, w: Word) -> bool:
    if _title_case(an):  # (not "Floods Kill 12 In 3 Provinces": a function word)
        return w.capitalised and not w.norm.isdigit() and w.norm not in FUNCTION_WORDS
    return w.text.isupper() and len(w.text) > 1


def _name_before_number(an: Analysed, k: int, start: int) -> bool:
    """Is word k, right before a numeral at ``start``, a name word the numeral belongs to ('Aster 310', 'Mark 4',
    'Mark-4'), or a numeral of such a name hyphen-joined to it ('310-2')?"""
    if k < 1 or an.sentence.text[an.words[k].end:start] not in (" ", "-", "\u00a0"):
        return False  # a sentence's first word is capitalised whatever it is ("Nearly 300 people")
    if any(c in _gap(an, k) for c in ":;—–\"“‘"):
        return False  # so is a word opening a quotation or what follows a colon ("SAFE: All 12 divers")
    w = an.words[k]
    if w.norm.isdigit():
        return an.sentence.text[w.end:start] == "-" and _name_before_number(an, k - 1, w.start)
    if w.norm in ("and", "or") and k >= 2 and an.words[k - 1].norm.isdigit() and _gap(an, k) == " " \
            and an.words[k - 2].norm not in SCALE_WORDS and _plural_after(an, start):
        # "the Nord Stream 1 and 2 pipelines": a numeral joined to one of a name is the name's too (not "Flight 5342
        # and 3 Army soldiers", "Game 6 and 7 straight road games": a count with its own words)
        return _name_before_number(an, k - 2, an.words[k - 1].start)
    # "gave the Greens 44 seats": a plural name is a group, no model
    return (w.capitalised and not is_plural(w.norm) and w.norm not in FUNCTION_WORDS and w.norm not in CALENDAR_WORDS
            and (w.norm not in MONEY_WORDS or an.sentence.text[w.end:start] == "-" and w.text.isupper()))
    # (a capital letter hyphen-joined to the numeral is a designation, no scale: "TOR M-1 missiles")


def _plural_after(an: Analysed, start: int) -> bool:
    """Is the word right after the numeral at ``start`` a lower-case plural noun ("2 pipelines")?"""
    k = an.index_after(start) + 1
    return k < len(an.words) and not an.words[k].capitalised and is_plural(an.words[k].norm) \
        and an.words[k].norm not in FUNCTION_WORDS


def compared_with(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'eclipsing its 2016 purchase of Brenna for $1.1 billion', 'compared with 2019': a value in a
    comparison's reference belongs to the other thing compared."""
    k = an.index_at(mention.start)
    if an.is_reference(k):
        record = _record_term(an, k, about)
        if record is not None:  # "the deadliest crash since 2001" for a fact about what it is the deadliest since
            return Decision(True, f"is what '{_span(an, record)}' is counted from")
        if about and all(an.clause[h.first] == an.clause[k] for h in about) and (
                _has_verb(an, an.clause[k]) or mention.kind == "number") and not _compares(an, k):
            return None  # "the first protest since dams burst on 10 Sept" for a fact about the dams: the terms' event
            # (not a verbless "since his aborted June mutiny just two days ago": that date is the sentence's); a
            # number beside the terms is the compared thing's own ("higher than its ceiling of 61 m", for the ceiling)
        owner = _term_owning(an, k, about) if mention.kind == "number" else None
        if owner is not None:  # "much less than a norm of 1,500 becquerels" for a fact about the norm
            return Decision(True, f"is the '{_span(an, owner)}' compared with, which a term names")
        owned = _possessed_by_term(an, k, about)
        if owned is not None:  # "took 27.8% of the vote compared to ANO's 27.1%" for a fact about ANO's share
            if _told_of_a_time(an, k):  # "compared with Spolu's 27.8% in 2021": maybe another election's figure
                return Decision(False, f"is what '{_span(an, owned)}' owns, told of a time, maybe another than the fact's")
            return Decision(True, f"is what '{_span(an, owned)}' owns, the side compared with")
        named = _named_reference(an, k, about, mention.value.grain == "day") if mention.kind == "date" else None
        if named is not None:  # "since the Apollo 17 mission in 1972" for a fact about Apollo 17
            return Decision(True, f"dates '{_span(an, named)}', the reference the term names")
        return Decision(False, "belongs to what it is compared with")
    return None


def _possessed_by_term(an: Analysed, k: int, about: list[Hit]) -> Hit | None:
    """The term, a name, whose possessive stands right before the value at word k ("ANO's 27.1%"), or None (not a
    common noun, "the last election's 65.4%", another instance's)."""
    ws = an.words
    if k < 2 or ws[k - 1].norm != "s" or _gap(an, k - 1) not in ("'", "’") or _gap(an, k).strip():
        return None
    return next((h for h in about if h.last == k - 2 and ws[h.first].capitalised), None)


def _told_of_a_time(an: Analysed, k: int) -> bool:
    """Does a year or a word of another time follow the value at word k in its clause, before a comma ("compared with
    ANO's 29.6% in 2017", "Apple's 21% a year earlier": maybe another time's figure, maybe the fact's own year)?"""
    for j in range(k + 1, len(an.words)):
        if an.clause[j] != an.clause[k] or "," in _gap(an, j):
            return False
        if an.words[j].norm in ANOTHER_TIME_WORDS or is_year(an.words[j].norm):
            return True
    return False


def _term_owning(an: Analysed, k: int, about: list[Hit]) -> Hit | None:
    """The term heading the reference whose of-phrase the number at word k is ('less than a norm of 1,500', a term
    at most three words into the reference; not 'surpassing Hurricane Patricia which made landfall with winds of
    150 mph', another thing's), or None."""
    j = k - 1
    while j >= 0 and an.words[j].norm in _HEDGE_WORDS:
        j -= 1
    if j < 1 or an.words[j].norm != "of":
        return None
    opening = an.clause.index(an.clause[k])
    owner = next((h for h in about if h.last == j - 1 and h.first - opening <= 3), None)
    if owner is not None and any(_span(an, h).lower() == _span(an, owner).lower() and an.clause[h.first] != an.clause[k]
                                 for h in about):
        return None  # "a crowd larger than a crowd of 80,000 in 2019": the same noun outside, another instance
    return owner


def _compares(an: Analysed, k: int) -> bool:
    """Is the reference holding word k opened by a verb or noun of comparing ('That compares to £162 million spent
    on the funeral', 'compared with 2019'): what it names is the other thing, whatever terms stand in it?"""
    opening = an.clause.index(an.clause[k])
    return an.words[opening].norm in COMPARED


def _has_verb(an: Analysed, clause: int) -> bool:
    """Does the clause hold a verb (a clause of its own, not a noun phrase)?"""
    return any(an.clause[j] == clause and _verb_in_phrase(an, j) for j in range(len(an.words)))


def _record_term(an: Analysed, k: int, about: list[Hit]) -> Hit | None:
    """The term that is the superlative whose 'since' opens the reference holding word k, or that holds that 'since'
    itself ("for the first time since 2008" for a fact located by "first time since"), or None."""
    since = an.clause.index(an.clause[k])
    if an.words[since].norm != "since":
        return None
    return next((h for h in about if h.first == h.last and since - _SINCE_SUPERLATIVE <= h.first < since
                 and _superlative(an.words[h.first]) or h.first < since <= h.last), None)


def _named_reference(an: Analysed, k: int, about: list[Hit], day: bool = False) -> Hit | None:
    """'the first landing since the Apollo 17 mission in 1972': a term naming one thing (``_names_one``) inside the
    reference, every term of the sentence there, that a date (word k) follows within a few words, past a noun and its
    preposition (no verb, no comma), is what the date is of; so is a common noun's day after "on" ("back for the first
    time since the deadliest shooting in state history on Oct. 1": a day names one event, not "the storm of 1998")."""
    here = an.clause[k]
    if not all(an.clause[h.first] == here for h in about):
        return None  # "the flood was the deadliest since the storm of 1998": a term outside names the fact's thing
    for h in about:
        on_day = day and an.words[k - 1].norm == "on" and not _superlative_before(an, k)
        if h.last < k <= h.last + (6 if on_day else 4) and an.words[k - 1].norm in ("in", "of", "on") \
                and (_names_one(an, h) or on_day) \
                and not any(_gap(an, j).strip() or _verb_in_phrase(an, j) for j in range(h.last + 1, k)):
            return h
    return None


def _superlative_before(an: Analysed, k: int) -> bool:
    """Is the reference holding word k the point of a superlative before it ("the strongest since an earthquake on 3
    May 1998": another event of the kind, not the fact's)?"""
    opening = an.clause.index(an.clause[k])
    main = an.clause[opening - 1] if opening else -1  # (the clause the comparison is made in, not an opening phrase's)
    return any(_superlative(w) and w.norm not in ("first", "last") and an.clause[j] == main
               for j, w in enumerate(an.words[:opening]))  # ("the first day back since the shooting on Oct. 1": another
    # kind of thing, the reference the fact's)


def _names_one(an: Analysed, h: Hit) -> bool:
    """Does term h name one thing: a capitalised word (not the sentence's first) or a number ("Apollo 17"), not a
    common noun of the fact's kind ("the flood of 1998")?"""
    return any((an.words[j].capitalised and j) or an.words[j].norm[:1].isdigit() for j in range(h.first, h.last + 1))


_GAP_AFTER = re.compile(r"\s+(?:" + alternation(GAP_PHRASES) + r")\b", re.IGNORECASE)


# "an increase of 12 from the initial tally of 27": a number after a noun of change and "of" is that change
_CHANGE_OF = re.compile(r"\b(?P<noun>increase|rise|drop|decrease|jump|fall|decline|reduction|surge)\s+of\s+"
                        r"(?:(?:" + alternation(h for h in HEDGES if h[0].isalpha()) + r")\s+)?\Z", re.IGNORECASE)


def difference(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'$13 shy of the price', '5 points below the target': a number before a comparison states a gap (unless a term is
    the comparison itself: 'the offer is 44 percent higher than' for a fact located by 'higher than' is that gap)."""
    if mention.kind != "number":
        return None
    change = _CHANGE_OF.search(an.sentence.text, max(0, mention.start - 40), mention.start)
    if change and not any(an.words[h.first].start >= change.start() and an.words[h.last].end <= change.end()
                          for h in about):
        return Decision(False, f"is a change ('{' '.join(change.group('noun').split())} of'), not the value")
    moved = _MOVED_BY.search(an.sentence.text, max(0, mention.start - 24), mention.start)
    if moved and not any(h.first == an.index_at(moved.start("dir")) for h in about):
        return Decision(False, f"is a change ('{moved.group('dir')}'), not the value")
    m = _GAP_AFTER.match(an.sentence.text, mention.end)
    if not m and mention.unit and not _unit_inside(mention):  # "5 points below", "2.3 per cent lower than"
        last = an.index_after(mention.end) + len(mention.unit.split()) - 1
        m = _GAP_AFTER.match(an.sentence.text, an.words[min(len(an.words) - 1, last)].end)
    if not m:
        return None
    gap = range(an.index_after(m.start()), an.index_at(m.end() - 1) + 1)
    named = next((h for h in about if h.first in gap), None)
    if named is not None:
        return _gap_measure(an, mention, named, about)
    return Decision(False, "states a difference, not the value")


def _gap_measure(an: Analysed, mention: Mention, named: Hit, about: list[Hit]) -> Decision | None:
    """A term that names the gap: a term holding the gap word is measured by the number ("landed 225 metres short
    of the runway", for a fact located by "short of the runway"), loosely (whose gap, which race, "ahead of" as
    "before" are not read: a conflicting one is a possible conflict), firmly with another term of the act before it
    in its clause ("hit the ground about 335 metres short of the runway"); any other: the rules after this one."""
    if an.words[named.first].norm not in GAP_WORDS:
        return None
    why = f"measures the gap '{_span(an, named)}' names"
    k = an.index_after(mention.start)
    if any(h.last < k and an.clause[h.first] == an.clause[k] and h is not named for h in about):
        return Decision(True, why)
    return Decision(True, why, weak=f"possible conflict: {why}, maybe of another thing")


# "Fianna Fáil is up 10 seats", "shares were down by 3%", "Fine Gael, up three,": "up"/"down" after a form of "be" or
# a comma, right before the count, tell a change, not the level (not a verb's particle: "set up 10 tents")
_MOVED_BY = re.compile(r"(?:\b(?:is|are|was|were|been|be)\s+(?:now\s+)?|[,(;]\s*)(?P<dir>up|down)\s+(?:by\s+)?\Z",
                       re.IGNORECASE)
_SHARE_OF = re.compile(r"\s*(?:%|\s(?:per\s?cent|percent))?\s+of\s+", re.IGNORECASE)


def part_of_whole(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """A part and its whole: '4% of those who stayed away' is a share of its own of-phrase; in '1,900 roles out
    of the 22,000 people', '12 of the 40 seats' the number after 'out of'/'of the' is the whole, set aside, unless
    a term qualifies the whole's noun ('241 of the 242 people on board': 242 is what 'on board' counts, 241 a part)."""
    return (_rate(an, mention) or _excepted(an, mention) or _share_of(an, mention, about) or _whole(an, mention, about)
            or _part(an, mention, about) or _included(an, mention, about) or _part_of_unstated(an, mention, about)
            or _fronted_part(an, mention, about) or _mostly(an, mention, about) or _relative_part(an, mention, about))


def _relative_part(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Another 61 passengers were injured, 19 of whom suffered serious injuries': a count opening a relative clause
    with "of whom"/"of which" is a part of the whole before it; when a term stands in the clause before, that whole is
    what the term counts, and the part is set aside (a term only in the relative clause counts the part itself)."""
    if mention.kind != "number" or _RELATIVE_PART.match(an.sentence.text, mention.end) is None:
        return None
    k = an.index_at(mention.start)
    if k < 1 or not any(an.clause[h.first] != an.clause[k] and h.last < k for h in about):
        return None
    return Decision(False, "is a part ('of whom') of the count before it, which the term counts")


_RELATIVE_PART = re.compile(r"\s+of\s+(?:whom|which|them)\b", re.IGNORECASE)


_EXCEPTING = (("all", "but"), ("all", "except"), ("all", "save"))


def _excepted(an: Analysed, mention: Mention) -> Decision | None:
    """'killing all but two of the 181 people on board': a count after "all but" counts those left out, not the
    rest the clause speaks of."""
    if mention.kind != "number":
        return None
    k = an.index_at(mention.start)
    if k < 2 or tuple(w.norm for w in an.words[k - 2:k]) not in _EXCEPTING or _gap(an, k - 1) != " ":
        return None
    return Decision(False, f"counts those left out ('{an.words[k - 2].text} {an.words[k - 1].text}'), not the rest")


_MOSTLY = {"mostly", "mainly", "largely", "predominantly", "chiefly", "overwhelmingly", "primarily"}
_MOSTLY_REACH = 5  # words from the number to the comma: "All 298 people on board, mostly Dutch citizens"


def _mostly(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'All 298 people on board, mostly Dutch citizens, perished': an apposition after a count opened by a word of
    most (mostly, mainly, largely) names most of what is counted, not all: when every term of the clause stands in
    it, the count is a whole the term's group is only a part of."""
    if mention.kind != "number":
        return None
    ws, k = an.words, an.index_after(mention.end)
    while k < len(ws) and k - an.index_after(mention.start) <= _MOSTLY_REACH and not _gap(an, k).strip():
        k += 1
    if k + 1 >= len(ws) or _gap(an, k).strip() != "," or ws[k].norm not in _MOSTLY:
        return None
    end = next((j for j in range(k + 1, len(ws)) if _gap(an, j).strip()), len(ws))
    here = [h for h in about if an.clause[h.first] == an.clause[k]]
    if not here or any(not k < h.first < end for h in here):
        return None
    return Decision(False, f"counts a whole that '{_span(an, here[0])}' names only most of ('{ws[k].text}')")


# "(that) of the total passengers onboard, 169 were": a fronted partitive with no count of its own, then its comma
_FRONTED_PART = re.compile(r"(?:^|[,;:]\s*|\b(?:that|and|but|while)\s+)(?:(?:of|among)\s+(?:"
                           + alternation(PARTITIVE_OPENERS | {"those", "these", "all"}) + r")\s+|among\s+(?=\d))"
                           r"(?P<noun>(?:\d[\d,]*\s+)?(?:[^\W\d_][\w'’-]*\s+){0,4}[^\W\d_][\w'’-]*)\s*,\s*\Z",
                           re.IGNORECASE)  # (with the whole's own count too: "Of the 13 defendants, six pleaded guilty")


def _fronted_part(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Air India said that of the total passengers onboard, 169 were Indian nationals': a count after a fronted
    partitive that sizes no whole counts a part of it; when every term of its clause stands in the partitive (none
    in what is said of the part: not "Of the crew, five died" for a fact about deaths), it is no count of theirs."""
    if mention.kind != "number":
        return None
    m = _FRONTED_PART.search(an.sentence.text, max(0, mention.start - 80), mention.start)
    if not m:
        return None
    inside = range(an.index_after(m.start("noun")), an.index_at(m.end("noun") - 1) + 1)
    here = an.clause[an.index_at(mention.start)]
    mine = [h for h in about if an.clause[h.first] == here or h.first in inside]
    if not mine or not all(h.first in inside for h in mine):
        return None
    if m.group("noun")[:1].isdigit():
        return Decision(False, f"counts a part of '{_words(an, inside)}'")
    return Decision(False, f"counts a part of '{_words(an, inside)}', whose number the sentence does not give")


_TIME_UNIT = r"(?!\s+(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?|decades?)\b)"  # (not "killed 27 in 10
# days": a span)
_RATE_AFTER = re.compile(r"\s+(?:in|out\s+of)\s+(?:10|100|1,?000|ten|a\s+hundred|a\s+thousand)\b(?![,.]?\d)" + _TIME_UNIT,
                         re.IGNORECASE)
_RATE_BEFORE = re.compile(r"(?:\b\d[\d,.]*|\b(?:" + alternation(set(ONES) | set(TENS)) + r"))\s+(?:in|out\s+of)\s+(?:a\s+)?\Z",
                          re.IGNORECASE)


# "one in three people": one out of a small number is a proportion too
_ONE_IN_AFTER = re.compile(r"\s+in\s+(?:" + alternation(set(ONES) - {"zero", "one"}) + r"|[2-9]|1\d)\s+(?:"
                           + alternation(SHARE_GROUPS) + r")\b", re.IGNORECASE)
_ONE_IN_BEFORE = re.compile(r"\b(?:one|1)\s+in\s+\Z", re.IGNORECASE)


def _rate(an: Analysed, mention: Mention) -> Decision | None:
    """'as many as 9 out of 10 patients have died', '2 in 100 adults', 'one in three people': a number out of ten, a
    hundred or a thousand with no determiner, or one out of a small number, is a rate, a proportion of any group, and
    neither number counts the fact's things: set aside."""
    if mention.kind != "number" or mention.unit == "%":
        return None
    text = an.sentence.text
    m = _RATE_AFTER.match(text, mention.end) or (_ONE_IN_AFTER.match(text, mention.end) if mention.value == 1 else None)
    if m:
        return Decision(False, f"is a rate ('{mention.text}{m.group()}'), not a count")
    if (mention.value in (10, 100, 1000) and _RATE_BEFORE.search(text, max(0, mention.start - 20), mention.start)
            or 2 <= mention.value <= 19 and normalise(mention.unit) in SHARE_GROUPS
            and _ONE_IN_BEFORE.search(text, max(0, mention.start - 12), mention.start)) \
            and UNITS.get(normalise(mention.unit), ("",))[0] != "time":
        return Decision(False, f"is the base of a rate ('... {mention.text}'), not a count")
    return None


_OF_THE_AFTER = re.compile(r"\s+of\s+(?:" + alternation(PARTITIVE_OPENERS | {"those", "these"}) + r")\s+",
                           re.IGNORECASE)


def _part_of_unstated(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'One of the bullets grazed his ear', 'two of the Marburg patients': a number before 'of the' and a noun
    with no number of its own counts a part of what the noun names, a whole the sentence does not size.  When the
    number's clause holds terms only in that noun (its first word after the determiner, past possessives: "the
    plane's crew"), the number is no count of theirs: set aside.  A term outside it
    counts the part ('two of the crew survived', for a fact about survivors): left to the rules after this one.  After
    a form of "be" ("Orsk was one of the passengers on board") the number says who belongs: set aside."""
    if mention.kind != "number":
        return None
    m = _OF_THE_AFTER.match(an.sentence.text, mention.end)
    if not m:
        return None
    k = an.index_after(m.end() - 1)
    if k >= len(an.words) or _WHOLE_AFTER.match(an.sentence.text, mention.end) or an.words[k].norm[:1].isdigit() \
            or an.words[k].norm in ONES or an.words[k].norm in TENS:
        return None  # "one of the four nations": a whole of its own (``_whole``)
    noun = range(k, _described_head(an, _partitive_head(an, k)) + 1)  # a term may run on: "crew members"
    if _member(an, an.index_at(mention.start)):
        return Decision(False, f"names a member of '{_words(an, noun)}', no count of them")
    mine = [h for h in about if an.clause[h.first] == an.clause[k]]
    if not mine or not all(h.first in noun for h in mine):
        return None
    named = range(k, max(h.last for h in mine) + 1)
    return Decision(False, f"counts a part of '{_words(an, named)}', whose number the sentence does not give")


_PERSON_PRONOUNS = {"he", "she", "they", "who", "i", "we"}


def _member(an: Analysed, at: int) -> bool:
    """"Prigozhin was one of the passengers", "he was one of them", "the driver is believed to have been one of the
    people on board": a count of a partitive after a form of "be" says who belongs, no count ("The dead are three of
    the crew" counts)."""
    if at < 2 or an.words[at - 1].norm not in BE_FORMS:
        return False
    before = an.words[at - 2]
    return (not before.norm.isalpha() or before.capitalised or before.norm in _PERSON_PRONOUNS
            or an.words[at].norm == "one")


def _described_head(an: Analysed, head: int) -> int:
    """'four of the journalists killed in the attack have been named': a past participle right after the head noun,
    with the clause's own verb (an auxiliary or a form of "be") later on, describes that noun: the participle's
    position, else ``head``."""
    ws, j = an.words, head + 1
    if j >= len(ws) or _gap(an, j) != " " or not _past(ws[j]) or ws[j].capitalised:
        return head
    later = (w.norm in AUXILIARIES or w.norm in BE_FORMS for w, c in zip(ws[j + 1:], an.clause[j + 1:])
             if c == an.clause[j])
    return j if any(later) else head


def _partitive_head(an: Analysed, k: int) -> int:
    """The head noun of the phrase at word k after 'of the': past possessives ('the plane's crew') and names
    modifying it ('the Marburg patients', 'the Air Velmar crew')."""
    head, ws = k, an.words
    while head + 2 < len(ws) and ws[head + 1].norm == "s" and head < k + 4:
        head += 2
    while head + 1 < len(ws) and _gap(an, head + 1) == "-" and head < k + 3:
        head += 1  # "one of the hardest-hit provinces": through the compound to its noun
    if head > k and head + 1 < len(ws) and _gap(an, head + 1) == " " and is_plural(ws[head + 1].norm):
        head += 1
    while head + 1 < len(ws) and head < k + 3 and ws[head].capitalised and _gap(an, head + 1) == " ":
        head += 1
    return _plural_past_describers(an, k) if head == k and not is_plural(ws[k].norm) else head


def _plural_past_describers(an: Analysed, k: int) -> int:
    """'five of the derailed hazmat cars': past lower-case describing words, the plural noun (else word k)."""
    ws = an.words
    for j in range(k + 1, min(len(ws), k + 4)):
        if _gap(an, j) != " " or ws[j].norm in FUNCTION_WORDS or not ws[j].norm.isalpha() or ws[j].capitalised:
            break
        if is_plural(ws[j].norm):
            return j
    return k


_INCLUDED_BEFORE = re.compile(r"\b(?P<said>includes?|included|including|comprises|comprising|contains|containing|such\s+as"
                              r"|as\s+were|as\s+was|so\s+were)\s+"  # "the driver was killed, as were four civilians"
                              r"(?:also\s+)?(?:(?:" + alternation(HEDGES) + r")\s+)?\S?\Z", re.IGNORECASE)


# "including $4 billion in cash and $12 billion in stock": a later part of the list the including word opens (a
# number in it, no clause or bracket between)
_INCLUDED_LIST = re.compile(r"\b(?P<said>includes?|included|including|comprising|such\s+as)\s+[^\d,;:()]{0,12}\d"
                            r"[^,;:()]{0,50}?\s(?:and|as\s+well\s+as)\s+(?:(?:" + alternation(HEDGES) + r")\s+)?\S?\Z",
                            re.IGNORECASE)


def _included(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The package includes 838 million euros in cash handouts', 'killed 39, including 12 children', 'charges such as
    two counts of murder': a number after a word of including (or of an example) is a part of the whole that includes
    it, unless a term names that part ('includes $5 billion in loans' for a fact about the loans)."""
    if mention.kind != "number":
        return None
    m = _INCLUDED_BEFORE.search(an.sentence.text, max(0, mention.start - 40), mention.start) \
        or _INCLUDED_LIST.search(an.sentence.text, max(0, mention.start - 90), mention.start)
    if not m:
        return None
    head = an.index_after(mention.end)
    if head + 1 < len(an.words) and an.words[head].norm == "worth" and an.words[head + 1].norm == "of":
        head += 2  # "$12 billion worth of shares": a quantity of what follows "of", which names the part
    reach = next((j for j in range(head, min(len(an.words), head + 6)) if j > head and _gap(an, j).strip()), head + 6)
    named = next((h for h in about if head <= h.first < reach), None)  # ("in military and economic aid")
    if named is not None:
        return Decision(True, f"is the part '{_span(an, named)}' names")
    said = " ".join(m.group("said").split())
    if is_money(mention.unit) and said == "including" \
            and _SUM_BEFORE.search(an.sentence.text, max(0, m.start() - 40), m.start()):
        return Decision(False, f"is a part of the sum before it ('{said}')")  # ("for $16 billion, including $4 billion
        # in cash": a price's part, which no currency unit of the fact counts)
    return Decision(False, f"{ADDED_PART if said.endswith(('were', 'was')) else INCLUDED_PART} ('{said}')")


_SUM_BEFORE = re.compile(r"\d[\d.,]*\s*(?:[a-z]{1,8}\s*)?,?\s*\Z", re.IGNORECASE)  # "$16 billion, " / "USD 16 bn "


INCLUDED_PART = "is a part of a whole that includes it"  # (judge._counted_part reads it)
ADDED_PART = "is a part added to the count before it"  # "the driver was killed, as were four civilians"


def share_whole(an: Analysed, mention: Mention) -> range:
    """'4% of those who stayed away', '55.69% of the votes': the words of the whole a share is of, or none."""
    if not (mention.kind == "number" and (mention.unit == "%" or mention.unit.lower() in ("percent", "per"))):
        return range(0)
    after = an.index_after(mention.end)
    if mention.unit != "%" and after >= len(an.words):
        return range(0)  # "... rose to 11percent." (the unit glued to the figure, ending the sentence): no whole
    end = mention.end if mention.unit == "%" else an.words[after].end
    m = _SHARE_OF.match(an.sentence.text, end)
    if not m or m.end() >= len(an.sentence.text):
        return range(0)
    start = an.index_after(m.end())
    if start >= len(an.words):
        return range(0)  # "97% of (" ends the sentence: no whole written
    while start + 1 < len(an.words) and an.words[start].norm in DETERMINERS:
        start += 1
    while start + 1 < len(an.words) and an.words[start].norm.isdigit() and (
            an.words[start + 1].norm.isdigit() and _gap(an, start + 1) in (",", ".") or not an.words[start + 1].norm.isdigit()):
        start += 1  # "99% of the 8,525 members": the whole is the members the figure counts
    return _phrase(an, start) or range(start, start + 1)  # "of those who stayed home": the pronoun


def _share_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'4% of those who stayed away': a share counts its own of-phrase."""
    head = share_whole(an, mention)
    if not head:
        return None
    if _hit_in(about, head):
        last = an.words[head.stop - 1]
        outside = any(an.clause[h.first] == an.clause[an.index_at(mention.start)] and not head.start <= h.first < head.stop
                      for h in about)
        if last.norm in SHARE_GROUPS and not outside and not any(h.first <= head.stop - 1 <= h.last for h in about):
            # "6 per cent of Remain voters": the term only describes the group the share is taken of
            return Decision(False, f"is a share of '{_words(an, head)}', a group the term only describes")
        return Decision(True, f"is a share of '{_words(an, head)}'")
    verb = _governing_term(an, mention, about)
    if verb is not None:  # "owns 49% of the company", "won 52% of the vote": the share is what the term's verb takes
        return Decision(True, f"is what '{_span(an, verb)}' takes, a share of '{_words(an, head)}'")
    said = _said_of_share(an, head, about)
    if said is not None:  # "83% of whom were not authorised", "83% of the deceased travelled without a permit"
        whole = range(head.start, whole_end(an, head))
        return Decision(True, f"is the share of '{_words(an, whole)}' that '{_span(an, said)}' is said of")
    taker = _share_taker(an, mention, about, head)
    if taker is not None:  # "Lind garnered 50.89 percent of the vote": loosely, as it may be another round's or vote's
        return Decision(True, f"is the share of '{_words(an, head)}' that '{_span(an, taker)}' won",
                        weak="possible conflict: a share won, maybe in another round or vote")
    return Decision(False, f"is a share of '{_words(an, head)}', not of the subject")


def _winning_verb(an: Analysed, mention: Mention) -> int:
    """The verb of winning a share right before it (past hedges), or before its "with" in its clause; -1 for none, or
    for a bare form, no share won ("would need to win 50 percent of the votes")."""
    ws, k = an.words, an.index_at(mention.start) - 1
    while k >= 0 and ws[k].norm in _BEFORE_SHARE:
        k -= 1
    if k >= 0 and ws[k].norm == "with":
        k = next((j for j in range(k - 1, max(-1, k - _WITH_REACH), -1)
                  if an.clause[j] == an.clause[k] and ws[j].norm in WINNING_VERBS), -1)
    if k < 0 or ws[k].norm not in WINNING_VERBS or not (_past(ws[k]) or ws[k].norm.endswith(("ing", "s"))):
        return -1
    return k


_WITH_REACH = 14  # words from a verb of winning to its "with": "had won the first round of the election on May 18 with"


def _share_taker(an: Analysed, mention: Mention, about: list[Hit], head: range) -> Hit | None:
    """'Ana Lind garnered 50.89 percent of the vote', 'Lind won the runoff, having garnered 50.89%', 'won the runoff on
    Sunday with 50.89%': a share of the votes (``VOTE_UNITS``) right after a verb of winning (``WINNING_VERBS``, past
    hedges; or after "with" and such a verb before it in its clause) is its subject's: the term opening that verb's
    clause (a trailing participle's: the sentence's), or None."""
    ws = an.words
    k = _winning_verb(an, mention) if ws[head.stop - 1].norm in VOTE_UNITS else -1
    if k < 0:
        return None
    opening = an.clause.index(an.clause[k])
    if an.clause[k] in an.trailing:  # ", having garnered 50.89%": the main clause's subject
        main = _main_clause(an, an.clause[k])
        opening = an.clause.index(main) if main >= 0 else 0
    return next((h for h in about if h.first in (opening, opening + 1) and ws[h.first].capitalised
                 and not any(ws[j].capitalised for j in range(opening, h.first))), None)


def whole_end(an: Analysed, head: range) -> int:
    """Where a share's whole ends: at a past verb its phrase ran into ("the deceased travelled"), or its end."""
    return next((j for j in range(head.start + 1, head.stop) if _past(an.words[j])), head.stop)


def _said_of_share(an: Analysed, head: range, about: list[Hit]) -> Hit | None:
    """A term in the predicate the share is the subject of: within a few words after its whole, in its clause, past
    a verb or an auxiliary right after the whole ("83% of whom were not authorised")."""
    ws, k = an.words, whole_end(an, head)
    if k < len(ws) and ws[k].norm in ("who", "that") and not _gap(an, k).strip():
        k = _verb_past_relative(an, k)  # "99% of the members who cast ballots voted to ratify": the clause's own verb
    if k >= len(ws) or not (_past(ws[k]) or ws[k].norm in AUXILIARIES or ws[k].norm in BE_FORMS) \
            or _gap(an, k).strip():
        return None
    return next((h for h in about if k <= h.first <= k + 6 and an.clause[h.first] == an.clause[k]
                 and not an.is_reference(h.first)), None)  # (not "27.8% of the vote compared to ANO's 27.1%":
    # a comparison's other side)


def _verb_past_relative(an: Analysed, k: int) -> int:
    """The verb after a short relative clause opened at word k ("who cast ballots voted"): its own verb, one or two
    plain words, then a second past verb; past the words' end when there is none."""
    ws = an.words
    if k + 2 >= len(ws) or ws[k + 1].norm in FUNCTION_WORDS or ws[k + 1].capitalised:
        return len(ws)
    main = next((j for j in range(k + 2, min(len(ws), k + 5)) if _past(ws[j])
                 and (j + 1 >= len(ws) or ws[j + 1].norm in FUNCTION_WORDS)), None)  # (not "who left damaged homes")
    if main is None or any(ws[j].norm in ("and", "or") or _gap(an, j).strip() for j in range(k + 1, main + 1)):
        return len(ws)
    return main


# hedges a number may carry after the word that takes it ("owns nearly 49%", "is up to 300 m"), and what else may stand
# there before a share or a measure
_HEDGE_WORDS = {"about", "around", "some", "nearly", "almost", "roughly", "over", "more", "than", "at", "least", "up", "to"}
_BEFORE_SHARE = _HEDGE_WORDS | {"under", "just", "a", "an", "the", "its", "their", "less"}


def _governing_term(an: Analysed, mention: Mention, about: list[Hit]) -> Hit | None:
    """The about-term right before a share (past hedges: 'owns nearly 49% of'), whose object the share is."""
    k = an.index_at(mention.start) - 1
    while k >= 0 and an.words[k].norm in _BEFORE_SHARE and not _gap(an, k + 1).strip():
        k -= 1
    if k < 0 or _gap(an, k + 1).strip():
        return None
    return next((h for h in about if h.last == k), None)


_CHANGE_BEFORE = re.compile(r"\b(?:" + alternation(CHANGE_WORDS) + r")(?:\s+by)?\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                            r"almost\s+|over\s+|more\s+than\s+)?\S*\Z", re.IGNORECASE)
# (past an infinitive of winning: "picked up nine seats to win a 222-213 majority")
_TO_AFTER = re.compile(r"\s*[^\W\d_]*\s+to\s+(?:(?:" + alternation(WINNING_VERBS) + r")\s+(?:a\s+|an\s+)?)?"
                       r"(?:about\s+|around\s+)?[$€£]?\d", re.IGNORECASE)


def respective_value(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The missing and the injured numbered 18 and 374, respectively': a value listed with ', respectively'
    pairs with the term at its place in a list of as many terms before it (no list of terms: no decision here)."""
    if "respectively" not in an.norms:
        return None
    return respective(an, an.index_at(mention.start), an.index_at(mention.end - 1), about, alone=False)


def joint_subject(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Head and Labuschagne stitched a partnership of 192 runs', 'Head (137) and Labuschagne (58) took them home
    with a 192-run stand': a number after a name term coordinated with another name in its clause ('A and B', past a
    bracket after either), in a clause with a noun of doing together (``JOINT_NOUNS``), counts what the two did
    together, not the one the term names: set aside (not with 'respectively' or 'each', which give each their own;
    not "Williams and Wilmore spent 286 days": each did)."""
    if mention.kind != "number" or "and" not in an.norms and "-" not in an.sentence.text \
            or not an.norms.isdisjoint(("respectively", "each")):
        return None
    k = an.index_at(mention.start)
    held = _held_together(an, k, about)
    if held is not None:
        return held
    fronted = an.words[0].norm in JOINT_NOUNS and _gap(an, 1).strip() == ","  # "Combined, the fires in A and B killed"
    names = [h for h in about if an.words[h.first].capitalised and h.last < k
             and (fronted or an.clause[h.first] == an.clause[k])]
    pairs = [_coordinated_name(an, h) for h in names]
    if not names or not all(p and p.stop <= k for p in pairs):
        return None
    if not fronted and not _done_together(an, pairs[0], k, mention):
        return None  # "Williams and Wilmore spent 286 days in space": each spent them
    return Decision(False, f"counts what '{_words(an, pairs[0])}' did together, not one's own")


def _done_together(an: Analysed, pair: range, k: int, mention: Mention) -> bool:
    """A noun of doing together in the count's clause after the pair, or a count of things divided among holders
    that a pair joined by a hyphen or named as partners holds ("A and its partner B won 293 seats", "the A-B
    alliance won 215 seats": the two hold them together)."""
    joined = next((j for j in pair if an.words[j].norm == "and"), None)
    partner = joined is None or _past_partner_noun(an, joined)  # ("the Orsk-Velmar alliance": one name of the two)
    return partner and normalise(mention.unit) in DIVIDED_NOUNS or any(
        an.clause[j] == an.clause[k] and an.words[j].norm in JOINT_NOUNS for j in range(pair.stop, len(an.words)))


def _held_together(an: Analysed, k: int, about: list[Hit]) -> Decision | None:
    """'With a combined 86 seats, A and B will govern': a count right after "combined"/"joint" (word k) is what
    coordinated names hold together, wherever they stand in the sentence."""
    if not k or an.words[k - 1].norm not in ("combined", "joint"):
        return None
    pair = next((p for h in about if an.words[h.first].capitalised and (p := _coordinated_name(an, h))), None)
    return Decision(False, f"counts what '{_words(an, pair)}' hold together ('{an.words[k - 1].text}')") if pair else None


def _coordinated_name(an: Analysed, h: Hit) -> range | None:
    """The words of 'A and B' (past a bracket after A), or of 'A-B' (two names joined by a hyphen: "the Orsk-Velmar
    alliance"), where the name term h is A or B, or None."""
    ws = an.words
    hyphened = _hyphened_name(an, h)
    if hyphened is not None:
        return hyphened
    after = _past_bracket(an, h.last + 1)
    if after + 1 < len(ws) and ws[after].norm == "and" and (ws[after + 1].capitalised or _past_partner_noun(an, after)):
        end = _past_partner_noun(an, after) or after + 1  # ("the LDP and its junior coalition partner Komeito")
        while end + 1 < len(ws) and ws[end + 1].capitalised and _gap(an, end + 1) == " ":
            end += 1
        return range(h.first, end + 1)
    j = h.first - 1
    if j < 1 or ws[j].norm != "and":
        return None
    start = j - 1
    if ")" in _gap(an, j):  # "Head (137) and Labuschagne": back over the bracket
        while start > 0 and "(" not in _gap(an, start):
            start -= 1
        start -= 1
    if start < 0 or not ws[start].capitalised:
        return None
    return range(_name_run_back(an, start).start, h.last + 1)


def _hyphened_name(an: Analysed, h: Hit) -> range | None:
    """'Orsk-Velmar', 'Orsk- Velmar': the name term h and a name joined to it by a hyphen, or None."""
    ws = an.words
    if h.last + 1 < len(ws) and _gap(an, h.last + 1).strip() == "-" and ws[h.last + 1].capitalised:
        return range(h.first, h.last + 2)
    if h.first >= 1 and _gap(an, h.first).strip() == "-" and ws[h.first - 1].capitalised:
        return range(h.first - 1, h.last + 1)
    return None


def _past_partner_noun(an: Analysed, j: int) -> int:
    """'and its junior coalition partner Komeito', 'and its partner, Komeito,': past "and" at word j, a possessive and
    up to three lower-case words (and a comma) to the name: the name's first word, else 0."""
    ws = an.words
    if j + 2 >= len(ws) or ws[j + 1].norm not in ("its", "their", "his", "her"):
        return 0
    k = j + 2
    while k < len(ws) and k - j <= 5 and not ws[k].capitalised and ws[k].norm not in FUNCTION_WORDS \
            and _gap(an, k) == " ":
        k += 1
    partner = any(w.norm in _PARTNER_NOUNS for w in ws[j + 2:k])  # (not "and its leader Fumio Kishida": a person)
    return k if partner and k < len(ws) and ws[k].capitalised and _gap(an, k).strip() in ("", ",") else 0


_PARTNER_NOUNS = {"partner", "partners", "ally", "allies"}


def _past_bracket(an: Analysed, j: int) -> int:
    """The word after a bracket that opens right before word j ("Head (137) and": the "and"), else j."""
    ws = an.words
    if j >= len(ws) or _gap(an, j).strip() != "(":
        return j
    while j + 1 < len(ws) and ")" not in _gap(an, j + 1):
        j += 1
    return j + 1


def added_amount(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'will extend an additional 100 billion yen', 'a further 50 deaths were confirmed': a number after words that
    add it to an earlier one (``ADDED_WORDS``) is the addition, neither the first sum nor the total: set aside.  One
    right before 'new' ('4 new cases', 'zero new cases') or after 'another' ('cut another 39 jobs', 'one was killed and
    another 39 injured') may count only the latest additions or another group: attached as the clause says, but
    loosely (unless a term says 'new' too)."""
    if mention.kind != "number":
        return None
    m = _ADDED_BEFORE.search(an.sentence.text, max(0, mention.start - 24), mention.start)
    if m and not any(h.start < m.end(1) <= h.end for h in about):
        return Decision(False, f"is added to another figure ('{m.group(1)}')")
    if m:  # a term of the fact: it counts an addition ("an extra $473 million"), maybe another one: loosely
        decision = _same_clause(an, an.index_at(mention.start), about)
        return replace(decision, weak=f"possible conflict: '{m.group(1)} {mention.text}' may be another addition") \
            if decision.attached and not decision.weak else None
    if _added_to_earlier(an, mention):
        return Decision(False, f"is added to an earlier count ('{mention.text} {an.words[an.index_at(mention.start) + 1].text}')")
    another = _ANOTHER_BEFORE.search(an.sentence.text, max(0, mention.start - 10), mention.start)
    later = _added_later(an, mention)
    if later and not another:  # "killed eight people ... and killed 10 more": eight is the first part only
        decision = _same_clause(an, an.index_at(mention.start), about)
        return replace(decision, weak=f"possible conflict: '{later}' is added to it later, so it may be no total") \
            if decision.attached and not decision.weak else None
    if not (another or _NEW_AFTER.match(an.sentence.text, mention.end)):
        return None
    decision = _same_clause(an, an.index_at(mention.start), about)  # "zero new cases": maybe only the latest ones
    if not decision.attached or decision.weak or any(an.words[h.first].norm == "new" for h in about):
        return None
    said = f"another {mention.text}" if another else f"{mention.text} new"
    return replace(decision, weak=f"possible conflict: '{said}' counts the latest additions or another group, maybe "
                                  "not the total")


def _added_later(an: Analysed, mention: Mention) -> str:
    """'killed eight people and then drove across town and killed 10 more': the words of the next count, which a later
    predicate joined by "and" adds to this one with the same verb before it ("10 more", "10 others"), or ''."""
    ws, k = an.words, an.index_after(mention.end)
    verbs = {w.norm for w in ws[max(0, k - 4):an.index_at(mention.start)] if not w.capitalised}
    joined = False
    dashed = False  # inside a dashed aside after the count ("Fifteen people — eight men and seven women — were ...")
    for j in range(k, len(ws) - 1):
        if any(d in _gap(an, j) for d in "—–"):
            dashed = not dashed
        if dashed:
            continue
        joined = joined or ws[j].norm == "and"
        if joined and ws[j + 1].norm in _MORE and _count_word(ws[j]) \
                and ws[j - 1].norm in verbs and (j + 2 >= len(ws) or ws[j + 2].norm != "than"):
            return f"{ws[j].text} {ws[j + 1].text}"
        if _count_word(ws[j]):
            if joined and _died_later(ws[j + 1:j + 6]) and _states(ws[k:j]) & _states(ws[j + 1:j + 6]):
                # "15 were killed instantly and one person died later" (not "three injured and one later died")
                return f"{ws[j].text} {' '.join(w.text for w in ws[j + 1:j + 4])}"
            return ""  # another count first: "killed 18 in all: he killed eight at a bar and ten more" (18 is the sum)
    return ""


def _states(ws: tuple[Word, ...]) -> set[str]:
    """The states (``STATE_GROUPS``) these words name ("killed", "died": dead)."""
    return {STATE_OF[STATE_VERBS.get(w.norm, w.norm)] for w in ws if w.norm in STATE_OF or w.norm in STATE_VERBS}


def _died_later(after: tuple[Word, ...]) -> bool:
    """Does a count's predicate (its next words, to a punctuation mark) say its state came later ("one person died
    later in hospital", "two later died")?"""
    own = next((i for i, w in enumerate(after) if w.norm in ("and", "or", "but")), len(after))
    # (a verb or adjective of the state, no noun: "their 12 bodies were later recovered" are the same dead)
    return any(w.norm == "later" for w in after[:own]) and bool(_states(tuple(w for w in after[:own]
                                                                               if not is_plural(w.norm))))


def _added_to_earlier(an: Analysed, mention: Mention) -> bool:
    """'killed eight people and then drove across town and killed ten others': a count right before "more"/"others"
    whose verb stands before an earlier count of the sentence too adds to that count; so does one after "and" whose
    state came later ("15 were killed instantly and one person died later in hospital")."""
    ws, k = an.words, an.index_at(mention.start)
    if k < 1 or k + 1 >= len(ws):
        return False
    if ws[k - 1].norm == "and" and _died_later(ws[k + 1:k + 6]):  # "15 were killed and one person died later"
        return any(_count_word(w) for w in ws[:k - 1]) and bool(_states(ws[:k - 1]) & _states(ws[k + 1:k + 6]))
    return ws[k + 1].norm in _MORE and any(ws[j].norm == ws[k - 1].norm and _count_word(ws[j + 1]) for j in range(k - 2))


_NEW_AFTER = re.compile(r"\s+new\b", re.IGNORECASE)
_ANOTHER_BEFORE = re.compile(r"\banother\s+\Z", re.IGNORECASE)  # "cut another 39 jobs", "another 39 were injured"


_ADDED_BEFORE = re.compile(r"\b(" + alternation(ADDED_WORDS) + r")\s+\Z", re.IGNORECASE)  # (a money mention starts at
# its currency: "an additional $5 million")


def as_aside(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the crash was not caused, as the NTSB concluded in 2000, by a fuel tank explosion': a clause of "as", a
    subject (no pronoun) and a past verb of saying or finding set off by commas is an aside; a date in it dates that
    verb, not a term outside it."""
    if mention.kind != "date":
        return None
    text = an.sentence.text
    m = _AS_ASIDE.search(text, max(0, mention.start - 60), mention.start)
    if m is None:
        return None
    end = text.find(",", mention.end)
    if end < 0 or any(m.start() <= h.start < end for h in about):
        return None
    return Decision(False, f"dates the aside '{' '.join(text[m.start() + 1:end].split())}', not the clause around it")


# ", as the NTSB concluded in ": "as", a subject (up to four words) and a past verb of saying or finding, no comma
_AS_ASIDE = re.compile(r",\s+as\s+(?!(?:he|she|it|they|we)\b)(?:[\w.'’-]+\s+){1,4}?(?:concluded|reported|said|found|noted|"
                       r"ruled|determined|stated|confirmed|announced|claimed|alleged|testified|wrote|recalled|estimated|"
                       r"established|showed)\b[^,;:()]{0,20}\Z")  # (not "as it weakened": a time)


def attempted_harm(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'charged with the attempted murder of 68 people', 'attempted to kill the 51 people': a count after an attempt
    at harm counts those the attempt was made on, not the harmed: set aside."""
    if mention.kind != "number":
        return None
    m = _ATTEMPT_BEFORE.search(an.sentence.text, max(0, mention.start - 50), mention.start)
    if m is None or any(an.words[h.last].norm not in _HARM_TERMS for h in about):
        return None  # (a fact located by the attempt or the people's own words counts them: "attempted murder")
    return Decision(False, f"counts those an attempt was made on ('{' '.join(m.group(0).split())}'), not the harmed")


_HARM_TERMS = DEATH_WORDS | KILL_VERBS | {"murder", "murders", "murdered", "shot"}  # words of the harm done


_ATTEMPT_BEFORE = re.compile(r"\b(?:attempted|attempting|attempts?|tried|trying)\s+(?:to\s+)?(?:murder|murders|kill|"
                             r"killing|killings|homicide|murdering|shoot|shooting)\s+(?:of\s+)?(?:(?:the|at\s+least|some|"
                             r"about|nearly|more\s+than)\s+)?\Z", re.IGNORECASE)


def group_breakdown(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'By prefecture, turnout was highest in Yamagata at 64.34%', 'Turnout came to 56.06% for men and 55.80% for
    women': a figure in a sentence opened by "By" and a noun of the groups, or one of two or more figures each said
    "for"/"among" a group, is one group's figure of a breakdown, not the whole."""
    if mention.kind != "number" or any(an.words[h.first].capitalised and (h.first or h.term.text[:1].isupper())
                                       for h in about):
        return None  # (a term naming a group, "By party, the LDP won 261 seats", counts the group's own figure; a
        # term opening the sentence is capitalised as its first word, unless written so: "Voter turnout came to
        # 56.06% for men" against "Trump won 55% among men and 42% among women" for the term "Trump")
    text = an.sentence.text
    m = _BY_GROUPS.match(text)
    if m and m.end() <= mention.start and m.group("group").lower() in GROUP_NOUNS:
        return Decision(False, f"is one group's figure of a breakdown ('{m.group(0).rstrip(', ')}')")
    if an.norms.isdisjoint(("for", "among")):
        return None
    groups = [g.lower() for g in _FOR_GROUP_ANY.findall(text)]
    if any(an.words[h.first].norm in groups for h in about):
        return None  # ("women's turnout": a term naming the group counts its figure)
    if _FOR_GROUP.match(text, mention.end) and len(groups) >= 2 and all(g in PEOPLE_GROUPS for g in groups):
        return Decision(False, "is one group's figure of a breakdown (another figure is said for another group)")
    return None


_BY_GROUPS = re.compile(r"\s*By\s+(?P<group>[a-z]+)(?:\s+group)?,\s")  # "By prefecture, ", "By age group, " (not "By 2030")
_GROUP_AFTER = r"\s*(?:%|percent\b|per\s+cent\b)?\s*(?:for|among)\s+(?:the\s+)?"  # "56.06% for (the) men"
_FOR_GROUP = re.compile(_GROUP_AFTER + r"[a-z]+\b(?!\s+of\b)", re.IGNORECASE)  # right after this figure
_FOR_GROUP_ANY = re.compile(r"\d" + _GROUP_AFTER + r"([a-z]+)\b", re.IGNORECASE)  # after any figure


def change_and_level(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'down 250 seats to 121', 'rose by 3% to 12%': the first number is the change, the one after 'to' the level."""
    if mention.kind != "number":
        return None
    text = an.sentence.text
    change = _CHANGE_BEFORE.search(text, max(0, mention.start - 30), mention.start)
    if change and _TO_AFTER.match(text, mention.end) and not any(change.start() < h.end and h.start < mention.start for h in about):
        return Decision(False, "states a change; the level follows 'to'")  # (unless a term is the verb of change:
        # a fact about the gain, "gained nine seats to win a majority")
    level = _FROM_LEVEL.search(text, max(0, mention.start - 30), mention.start)
    if level and not _describes_a_place(text, level, mention):
        return Decision(False, "is the level it changed from, an earlier figure ('down from', 'up from')")
    listed = _LISTED_LEVEL.search(text, max(0, mention.start - 90), mention.start)
    first = listed.start() - len(re.search(r"[\d.,]*\Z", text[:listed.start()]).group()) if listed else 0
    if listed and _FROM_LEVEL.search(text, max(0, first - 30), first) and _IN_A_YEAR.match(text, mention.end):
        return Decision(False, "is another earlier level, listed after the one the change came from ('down from 67% "
                               "in 2019 and 69.5% in 2015')")
    return None


# a dated earlier level and "and" before the figure: "from [67] per cent in 2019 and 68.3 per cent in 2015"
_LISTED_LEVEL = re.compile(r"(?<=\d)\s*(?:%|per\s?cent\b|percent\b)?\s+in\s+\d{4}\s+and\s+(?:about\s+)?[$€£¥]?\Z",
                           re.IGNORECASE)
_IN_A_YEAR = re.compile(r"\s*(?:%|per\s?cent\b|percent\b)?\s+in\s+\d{4}\b", re.IGNORECASE)


def _describes_a_place(text: str, level: re.Match, mention: Mention) -> bool:
    """'jumped from the 24-storey tower', 'brought the residents down from the 24-storey tower': after "from the", a
    number hyphen-joined to its noun describes a place moved from, no earlier level; but not after "up/down" with no
    verb of movement before it ("well down from the 80-seat majority"), nor with "to" and a new level after it
    ("brought his sentence down from the 10-year sentence imposed in 2022 to six years")."""
    if not level.group().rstrip().endswith(("the", "The")) or mention.after[:1] != "-":
        return False
    if _UP_DOWN_FROM.match(level.group()) and not _MOVED_BEFORE.search(text, 0, level.start()):
        return False
    return not _TO_A_LEVEL.match(text, mention.end)


_UP_DOWN_FROM = re.compile(r"(?:up|down)\s+from\b", re.IGNORECASE)
_TO_A_LEVEL = re.compile(r"[^.;:!?]{0,60}?\bto\s+(?:about\s+|around\s+|just\s+)?(?:\d|(?:" + alternation(set(ONES) | set(TENS))
                        + r")\b)", re.IGNORECASE)
_MOVED_BEFORE = re.compile(r"\b(?:" + alternation(MOVEMENT_VERBS) + r")\s+(?:[\w'’-]+\s+){0,3}\Z", re.IGNORECASE)
# "Turnout was down from 71 per cent in 2019", "rose from 40 to 45": the figure a change starts from
_FROM_LEVEL = re.compile(r"\b(?:" + alternation(CHANGE_WORDS + REVISING_WORDS) + r"|went|go|goes|going|gone)\s+from\s+"
                         r"(?:(?:" + alternation(HOLDING_GERUNDS) + r")\s+)?"  # "went from holding 11 seats to taking 41"
                         r"(?:the\s+)?"  # "up from the 42 percent that it would have held"
                         r"(?:(?:about|around|some|nearly|almost|over|more\s+than|a\s+record)\s+)?[$€£¥]?\Z",
                         re.IGNORECASE)


# (case matters only in a possessive name: "hundreds of Velmar Air's 750 staff")
# (a part is a count, no year ending a date: "announced on February 16, 2024, the death of the 47-year-old")
_WHOLE_BEFORE = re.compile(r"(?:\d(?:[\d,.]*\d)?(?![\d,])|\b(?i:" + alternation((set(ONES) - {"one"}) | set(TENS) | set(FRACTION_WORDS)
                                                     | set(VAGUE_PARTS))
                           + r")\b)\s*%?\s*(?:[^\W\d_]+\s+){0,2}(?i:"
                           + alternation(WHOLE_OPENERS)
                           + r")\s+(?:(?i:the|its|their|our|his|her)\s+(?:[a-z][\w-]*['’]s\s+)?|(?i:a\s+total\s+of)\s+"
                             r"|(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*['’]s\s+|[a-z][\w-]*['’]s\s+)?"
                             r"(?:(?i:nearly|almost|about|around|roughly|some|over)\s+)?\S?\Z")  # "of the nearly 500 towns"


def _whole(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'1,900 roles out of the 22,000 people', '12 of the 40 seats': the number after 'out of' is the whole."""
    if mention.kind == "number" and _fronted_whole(an, mention):
        return _fronted_whole_of(an, mention, about)
    m = mention.kind == "number" and _WHOLE_BEFORE.search(an.sentence.text, max(0, mention.start - 40), mention.start)
    if not m or _day_of_month(an, m.start()):  # "the May 6 sale of 40 ferries": 6 is a day, no part
        return None
    if mention.unit and an.sentence.text[mention.end:mention.end + 1] == "-":
        return None  # "the last 16 minutes of the 16-day mission": a measure joined to its noun, no whole of parts
    head = an.index_after(mention.end)
    named = next((h for h in about if head <= h.first <= head + 1), None)
    if named is not None and m.group().split()[0].lower() in FRACTION_WORDS:
        return Decision(True, f"is the whole '{_span(an, named)}'")  # "half of the $4.4 million ransom": its sum
    vague = named if named is not None and m.group().split()[0].lower() in VAGUE_PARTS else None
    named = _qualifier(an, about, an.index_at(mention.end - 1))
    if named is not None:
        return Decision(True, f"is the whole that '{_span(an, named)}' counts")
    named = _whole_of_a_share(an, about, m, an.index_at(mention.end - 1))
    if named is not None:  # "97% of his $700 million, record-setting contract": a share is no count of the whole's noun
        return Decision(True, f"is the whole a share is taken of, which '{_span(an, named)}' names")
    named = _counted_whole(an, about, m.start(), mention) or _owned_whole(an, about, m, an.index_at(mention.end - 1))
    if named is not None:  # "restored 85 of its 89 substations", "won 12 of the 40 seats": either may be the count
        why = f"is the whole, and '{_span(an, named)}' names only its noun: the part may be the count"
        return Decision(True, why, weak="possible conflict: " + why)
    if vague is not None:
        # "Some of the 155 survivors said ...": a part with no number of its own states the whole the term counts;
        # loosely, as the fact may count the part ("Most of the 40 seats went to Labour")
        why = f"is the whole '{_span(an, vague)}' counts, its part '{m.group().split()[0]}' no number"
        return Decision(True, why, weak="possible conflict: " + why)
    return Decision(False, "is the whole the number before it is part of")


def _fronted_whole_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision:
    """'Of the 242 people on board flight 171, 241 died': the fronted whole is what a term right after it counts
    (loosely: the fact may count the part), else the whole a part after it is of."""
    k = an.index_at(mention.end - 1)
    named = next((h for h in about if k < h.first and an.clause[h.first] == an.clause[k]
                  and all(not _gap(an, j).strip() for j in range(k + 1, h.first + 1))), None)
    if named is not None:
        return Decision(True, f"is the whole that '{_span(an, named)}' counts",
                        weak=f"possible conflict: the whole of a partitive ('{_span(an, named)}'), a part follows")
    return Decision(False, "is the whole the count after it is part of ('of the ...,')")


_WHOLE_AFTER = re.compile(r"\s+(?:out\s+of\s+(?:(?:the|its|their|his|her|our)\s+)?|(?:of|among)\s+(?:the|its|their|his|her|our|all|all\s+the)\s+)"
                          r"(?:(?:(?-i:[A-Z])[\w.-]*\s+){0,3}[\w.-]+['’]s\s+)?"  # (a possessive: "of the town's 1,113")
                          r"(?:(?:US)?[$£€¥]\s?)?(?:\d[\d,.]*|(?i:"
                          + alternation((set(ONES) - {"one"}) | set(TENS)) + r"))\b", re.IGNORECASE)


def _part(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'killing 241 out of 242 persons on board': when a term qualifies the whole's noun, the count before it is a
    part, not what the term counts."""
    if mention.kind != "number":
        return None
    m = _WHOLE_AFTER.match(an.sentence.text, _past_own_noun(an.sentence.text, mention))
    named = m and _qualifier(an, about, an.index_at(m.end() - 1))
    if named:
        return Decision(False, f"is a part of the whole that '{_span(an, named)}' counts")
    named = m and (_only_in_noun(an, about, an.index_at(m.end() - 1)) or _owned_whole(an, about, m, an.index_at(m.end() - 1)))
    if named:  # (either may be the count: both loosely)
        why = f"is a part, and '{_span(an, named)}' names only the whole's noun: the whole may be the count"
        return Decision(True, why, weak="possible conflict: " + why)
    return None


def _past_own_noun(text: str, mention: Mention) -> int:
    """Where a part's whole may open: past the part's own noun before "out of" ("114 crew members out of the 118
    who died"), else right after its number."""
    m = _WORDS_BEFORE_OUT_OF.match(text, mention.end) if mention.unit else None
    if m is None:
        return mention.end
    unit, said = mention.unit.lower().split(), m.group().lower().split()
    return m.end() if said[:len(unit)] == unit and len(said) <= len(unit) + 2 else mention.end


_WORDS_BEFORE_OUT_OF = re.compile(r"(?:\s+[\w'’-]+){1,5}?(?=\s+out\s+of\b)")


def _counted_whole(an: Analysed, about: list[Hit], part_at: int, mention: Mention) -> Hit | None:
    """After a counted part ("85 of its 89 substations"; not a vague one, "most of the 40 seats"), the term naming
    only the whole's noun."""
    part = an.words[an.index_after(part_at)].norm
    if not (part[:1].isdigit() or part in ONES or part in TENS):
        return None
    return _only_in_noun(an, about, an.index_at(mention.end - 1))


def _owned_whole(an: Analysed, about: list[Hit], m: re.Match, k: int) -> Hit | None:
    """'The booster re-lit three of its 33 Raptor engines': a whole after "of its"/"of their" (in ``m``, the phrase
    between part and whole) is its owner's own total; a term in the noun after the whole's number (word k) may
    count that whole (the term, or None)."""
    if not _OWNED.search(m.group()):
        return None
    # (a term in the whole's noun, "three of its 24 planned passes"; not the verb after it, "two of his three rivals
    # conceded the night")
    return next((h for h in about if k < h.first <= k + _NOUN_REACH
                 and not any(_verb_after_noun(an, j, k) for j in range(k + 1, h.first + 1))), None)


def _verb_after_noun(an: Analysed, j: int, k: int) -> bool:
    """A past or -ing form at word j that is the verb after the whole's noun (its number at word k), not a describing
    word: a noun between them, no hyphen joining it, followed by a function word, punctuation or the sentence's end,
    and no finite verb after it in its clause, which would make it a participle describing the noun ("rivals
    conceded the night"; not "24 planned passes", "12 guided-missile destroyers", "four reactors damaged by the
    quake", "24 jets grounded after the crash are back")."""
    ws = an.words
    if j <= k + 1 or not (_past(ws[j]) or ws[j].norm.endswith("ing")) or _gap(an, j) == "-":
        return False
    if ws[j - 1].norm in AUXILIARIES or ws[j - 1].norm in BE_FORMS:
        return True  # "Five of its 40 passengers were killed and ...": its clause's own verb
    if j + 1 == len(ws):
        return True  # "Two of his three rivals conceded."
    if _gap(an, j + 1)[:1] == "-" or not (ws[j + 1].norm in FUNCTION_WORDS or _gap(an, j + 1).strip()):
        return False
    x = j + 1  # a finite verb after it in its own clause: "24 jets grounded after the crash are back" (not ", police
    while x < len(ws) and not _gap(an, x).strip() and ws[x].norm not in _OPENING_CLAUSE:  # have said", "when ...")
        if ws[x].norm in _FINITE_AFTER:
            return False
        x += 1
    return True


_OPENING_CLAUSE = frozenset({"and", "but", "that", "when", "while", "which", "who", "as", "because", "before",
                             "until", "if"})  # ("after" may open the participle's own phrase: "grounded after the crash")
_FINITE_AFTER = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "would", "remain", "remained"})


def _whole_of_a_share(an: Analysed, about: list[Hit], m: re.Match, k: int) -> Hit | None:
    """After a percentage ("97% of his $700 million contract"), the term in the whole's noun (past a comma and
    describing words, within _NOUN_REACH words of its number, word k, in its clause), or None."""
    if not _PERCENT_PART.match(m.group()):
        return None
    return next((h for h in about if k < h.first <= k + _NOUN_REACH and an.clause[h.first] == an.clause[k]
                 and not any(_loose_word(an, j) for j in range(k + 1, h.first))), None)


def _loose_word(an: Analysed, j: int) -> bool:
    """A word that ends the whole's noun phrase: a preposition or a verb form not hyphen-joined ("the $680 million
    owed under his contract"; not "$700 million, record-setting contract")."""
    w = an.words[j]
    joined = _gap(an, j) == "-" or (j + 1 < len(an.words) and _gap(an, j + 1) == "-")
    return w.norm in FUNCTION_WORDS and w.norm != "of" or (not joined and (_past(w) or w.norm.endswith("ing")))


_PERCENT_PART = re.compile(r"[\d.,]+\s*(?:%|(?i:percent|per\s+cent))", re.IGNORECASE)
_OWNED = re.compile(r"\bof\s+(?:its|their|his|her|our)\b", re.IGNORECASE)


_NOUN_REACH = 5  # words of the noun after a whole's number: "89 substations and switching stations"


def _only_in_noun(an: Analysed, about: list[Hit], k: int) -> Hit | None:
    """'restored 85 of its 89 substations': when every term of the clause stands in the noun right after the whole's
    number k (a term opening it; spaced words, up to an auxiliary or a past verb), the term names the whole, and the whole is what it
    counts (with a term outside it, 'Labour won 12 of the 40 seats', '31 of the 140 passengers were aboard', the part
    is)."""
    ws, end = an.words, k + 1
    while (end < len(ws) and end <= k + _NOUN_REACH and _gap(an, end) == " " and ws[end].norm not in AUXILIARIES
           and not _past(ws[end])):
        end += 1
    mine = [h for h in about if an.clause[h.first] == an.clause[k]]
    if not mine or not any(h.first == k + 1 for h in mine) or any(not k < h.first <= h.last < end for h in mine):
        return None
    return next(h for h in mine if h.first == k + 1)


def _qualifier(an: Analysed, about: list[Hit], k: int) -> Hit | None:
    """A term that opens a prepositional phrase right after numeral word k or its noun ('242 people on board',
    '40 aboard'), or stands in a relative clause there ('the 67 people who died'): it qualifies the counted noun.
    Not the noun itself, which may be the fact's unit ('12 of the 40 seats'), nor a verb the noun phrase is the
    subject of ('242 passengers died')."""
    ws = an.words
    # "242 passengers and crew (members) on board"
    reach = 5 if k + 2 < len(ws) and ws[k + 2].norm in ("and", "or") else 2
    found = next((h for h in about if k < h.first <= k + reach and ws[h.first].norm in _NOUN_QUALIFIERS), None)
    found = found or next((h for h in about if h.first == k + 1 and any(  # a term of the noun and its qualifier
        ws[j].norm in _NOUN_QUALIFIERS for j in range(h.first + 1, h.last + 1))), None)  # ("people on board")
    return found or _term_after_qualifier(an, about, k) or _in_relative_after(an, about, k) \
        or _participle_after(an, about, k) or _participle_before(an, about, k)


def _participle_before(an: Analysed, about: list[Hit], k: int) -> Hit | None:
    """'1,500 of the 2,000 evacuated residents': a term that is a past participle between numeral word k and its
    noun says what happened to those counted: it qualifies the counted noun."""
    ws = an.words
    if k + 2 >= len(ws) or not _past(ws[k + 1]) or ws[k + 2].norm in FUNCTION_WORDS or _gap(an, k + 1).strip() \
            or _gap(an, k + 2).strip():
        return None
    part = next((j for j in range(k - 1, max(-1, k - 5), -1) if ws[j].norm == "of"), None)
    if part is not None and any(h.last < part - 1 and an.clause[h.first] == an.clause[k] for h in about):
        return None  # ("airlifted 12 of the 40 injured passengers", for a fact located by "airlifted": the part)
    return next((h for h in about if h.first == h.last == k + 1), None)


def _term_after_qualifier(an: Analysed, about: list[Hit], k: int) -> Hit | None:
    """'230 seats in the Assembly of the Republic': a term right after a preposition of place (and a determiner)
    after the counted noun: what the count is of."""
    ws, j = an.words, k + 2
    if j >= len(ws) or ws[j].norm not in LOCATIVE_PREPOSITIONS or _gap(an, j).strip() or _gap(an, k + 1).strip():
        return None
    if any(h.last < k and an.clause[h.first] == an.clause[k] for h in about):
        return None  # ("Labour won 80 of the 230 seats in the Assembly": the part is Labour's)
    t = j + 1 + (j + 1 < len(ws) and ws[j + 1].norm in DETERMINERS)
    if t == j + 1 and t < len(ws) and _past(ws[t]):
        return None  # "out of 78 people aboard died": an adverb ("aboard"), then the clause's verb
    return next((h for h in about if h.first == t), None)


def _participle_after(an: Analysed, about: list[Hit], k: int) -> Hit | None:
    """'the 1,500 French soldiers previously stationed in Niger left', 'eight of 110 people working at the factory
    died': a term that is a past participle (or an -ing one before a preposition of place) after the counted noun
    (past its names, and one adverb), with the clause's own verb after it, describes the noun (a reduced relative
    clause)."""
    ws, j = an.words, k + 1
    while j < len(ws) and j <= k + 3 and ws[j].capitalised:
        j += 1  # "French"
    if j >= len(ws) or ws[j].capitalised or ws[j].norm in FUNCTION_WORDS or _past(ws[j]):
        return None
    j += 1  # the noun ("soldiers")
    if j < len(ws) and ws[j].norm.endswith("ly"):
        j += 1  # "previously"
    if j >= len(ws) or not (_past(ws[j]) or _ing_before_place(ws, j)) or not (_in_phrase(an, k) or any(
            _past(w) and an.clause[m] == an.clause[j] for m, w in enumerate(ws) if m > j + 1)):
        return None  # "Only two of the 40 crew survived": the clause's own verb, no participle of the noun
    return next((h for h in about if h.first == j), None)


def _ing_before_place(ws: tuple[Word, ...], j: int) -> bool:
    """'110 people working at the factory': an -ing form right before a preposition of place is a participle too."""
    return _ing(ws[j]) and j + 1 < len(ws) and ws[j + 1].norm in LOCATIVE_PREPOSITIONS


_PHRASE_OPENERS = {"of", "for", "to", "with", "among", "from"}


def _in_phrase(an: Analysed, k: int) -> bool:
    """'attended the funeral of three of the six men killed in the attack': is the number at word k (past a part
    counted of it, "three of the") inside a prepositional phrase, after its clause's verb, or the object of a past verb
    right before the part ("named five of the six victims killed")?  Then it is no subject, and a past form after its
    noun describes that noun."""
    ws, j = an.words, k - 1
    while j >= 1 and ws[j].norm in DETERMINERS:
        j -= 1
    if j >= 2 and ws[j].norm == "of" and _count_word(ws[j - 1]):
        j -= 2  # past the part: "three of"
        if j >= 1 and _past(ws[j]) and ws[j].norm not in SAYING_VERBS and an.clause[j] == an.clause[k]:
            return True  # "Police have named five of the six victims killed": the verb's object, no subject either
    if j < 1 or ws[j].norm not in _PHRASE_OPENERS or an.clause[j] != an.clause[k]:
        return False
    return any((_past(w) or w.norm in AUXILIARIES or w.norm in BE_FORMS) and an.clause[m] == an.clause[k]
               for m, w in enumerate(ws[:j]))


def _in_relative_after(an: Analysed, about: list[Hit], k: int) -> Hit | None:
    """'the 67 people who died in the accident': a term in a relative clause right after the counted noun."""
    ws = an.words
    r = next((j for j in range(k + 1, min(len(ws), k + 5)) if ws[j].norm in ("who", "that", "which")), None)
    if r is None or any(ws[j].norm in FUNCTION_WORDS for j in range(k + 1, r)):
        return None  # the counted noun ("figure skaters") between the number and the pronoun, nothing else
    return next((h for h in about if h.first > r and an.clause[h.first] == an.clause[r]), None)


_NOUN_QUALIFIERS = LOCATIVE_PREPOSITIONS | REDUCED_PREPOSITIONS


# "Of the six crew members, five died": a partitive opening its clause names the whole, the count after it the part
_FRONTED_OF = re.compile(FRONTED_PARTITIVE + r"\Z", re.IGNORECASE)
_PART_AFTER = re.compile(r"(?:\s+[\w'’-]+){1,8}?\s*,\s+(?:about\s+|some\s+|nearly\s+|only\s+|just\s+|at\s+least\s+)?"
                         r"(?:\d|(?:" + alternation(set(ONES) | set(TENS) | {"all", "most", "half", "none", "many", "few"})
                         + r")\b)", re.IGNORECASE)


def _fronted_whole(an: Analysed, mention: Mention) -> bool:
    text = an.sentence.text
    return bool(_FRONTED_OF.search(text, max(0, mention.start - 24), mention.start)
                and _PART_AFTER.match(text, mention.end))


def _day_of_month(an: Analysed, start: int) -> bool:
    k = an.index_at(start)
    return k >= 1 and an.words[k - 1].norm in CALENDAR_WORDS


_POSSIBLE = re.compile(rf"\b(?:{alternation(POSSIBILITY_MODALS)})\s+(?:well\s+|even\s+|eventually\s+|still\s+)?"
                       rf"(?:{alternation(REACHING_VERBS)})\s+(?:(?:as\s+(?:high|many|much)\s+as|more\s+than|over|up\s+to"
                       r"|at\s+least|around|about|nearly|almost)\s+)?\Z", re.IGNORECASE)
# "is likely to remain 100-110 kmph gusting to 120 kmph": an expected level, the value right after the verb (past a
# hedge), or after a first level and its gust ("... kmph gusting to"); not "remain functional for two weeks"
_EXPECTED_LEVEL = re.compile(rf"\b(?:is|are|was|were)\s+(?:now\s+|still\s+|also\s+)?(?:{alternation(EXPECTED_LEVEL_WORDS)})\s+to\s+"
                             rf"(?:{alternation(LEVEL_VERBS)})\s+(?:(?:about|around|near|above|below|over|under|up\s+to)\s+)?"
                             r"(?:\d[\d.,]*(?:\s*[-–]\s*\d[\d.,]*)?\s*[^\W\d_]+\s+(?:gusting|rising|going)\s+(?:up\s+)?to\s+)?\Z",
                             re.IGNORECASE)
_FORECAST = re.compile(r"\b(?:" + alternation(FORECAST_WORDS) + r")\b[^;—–]*\Z", re.IGNORECASE)


def _expected_date(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'UBS expects to complete the takeover as early as June 12', 'is expected to land on 23 August': a date in a
    clause told as expected or planned is the date foreseen, which the event may have kept: attached loosely."""
    i = an.index_at(mention.start)
    m = _EXPECTS.search(an.sentence.text, max(0, mention.start - 80), mention.start)
    if m is None or an.clause[an.index_at(m.start())] != an.clause[i]:
        return None
    k = an.index_after(m.end())  # the subject, or the act foreseen and its object, name the term ("The takeover is
    # expected to close", "expects to complete its takeover"; not "plan to visit victims of last week's flooding")
    if not any(k <= h.first <= k + _FORESEEN_REACH or (h.last < k and an.clause[h.last] == an.clause[i]) for h in about):
        return None
    said = " ".join(m.group().split())
    return Decision(True, f"is the date foreseen ('{said}')",
                    weak=f"possible conflict: the date foreseen ('{said}'), which the event may not have kept")


_FORESEEN_REACH = 3  # words from the verb after "to" to a term: "complete its takeover"
# a verb of expecting or planning and its "to" ("expects to", "is expected to", "plans to"), or a forecast's word
_EXPECTS = re.compile(r"\b(?:(?:expects?|expected|plans?|planned|aims?|aimed|hopes?|hoped|intends?|intended|"
                      r"poised)\s+to|(?:was|were|had\s+been)\s+(?:originally\s+|initially\s+)?"
                      r"(?:set|scheduled|slated|supposed|meant)\s+to|"  # "was set to launch on December 24": a plan
                      + alternation(FORECAST_WORDS) + r")\b", re.IGNORECASE)  # not "due to": a cause


def forecast(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The poll predicted the party would win 410 seats': a forecast's figure is not a result.  Nor is a figure of
    what was intended ('what was meant to be an eight-day mission', 'was supposed to last a week'), unless the words
    of intending are a term: then the fact is the plan."""
    if mention.kind == "date":
        return _expected_date(an, mention, about)
    if mention.kind != "number":
        return None
    if _FORECAST.search(an.sentence.text, 0, mention.start):
        return Decision(False, "is a forecast, not a result")
    possible = _POSSIBLE.search(an.sentence.text, max(0, mention.start - 60), mention.start) \
        or _EXPECTED_LEVEL.search(an.sentence.text, max(0, mention.start - 80), mention.start)
    if possible:
        return Decision(False, f"is a figure that might come ('{' '.join(possible.group().split())}'), not a result")
    m = _INTENDED.search(an.sentence.text, max(0, mention.start - 80), mention.start)
    if m and not any(an.words[h.first].start < m.end(1) and an.words[h.last].end > m.start(1) for h in about):
        return Decision(False, f"is what was intended ('{m.group(1)}'), not what happened")
    return None


# "what was meant to be an eight-day mission", "was supposed to last a week", "their mission, planned to last eight
# days,": up to the value, within its clause (not
# past "but" or "and": "was supposed to last 3 days but ran for 40", "was expected to last two days and ended after five")
# "Originally slated for a brief eight-day mission", "Originally intended to be a one-week test mission" (a fronted
# participle of the plan) too
_INTENDED = re.compile(r"(?:\b|,\s*)((?:(?:was|were|is|are|had\s+been)\s+(?:originally\s+|initially\s+)?|(?:originally|initially)\s+|(?<=,\s))"
                       r"(?:meant|supposed|intended|planned|scheduled|due|billed|slated|expected)"
                       r"\s+(?:to\s+(?:be|last|take|run|span)|as|for))\b(?:(?!\b(?:but|yet|instead|and)\b)[^,;:.!?()]){0,60}\Z",
                       re.IGNORECASE)


_REQUESTS = phrase_table(REQUEST_WORDS)


# "from a previous report that said 11,300 were dead", "an earlier estimate put the toll at 50": within a clause or
# two after an earlier report's noun (a comma inside a number breaks nothing)
_EARLIER = re.compile(r"\b(?:" + alternation(EARLIER_WORDS) + r")\s+(?:[\w'’-]+\s+)?(?:" + alternation(REPORT_NOUNS)
                      + r")\b(?:(?!\b(?:and|but|now)\b)[^,;:!?()\[\]—–]|,(?=\d)){0,90}\Z", re.IGNORECASE)
_EARLIER_SAID = re.compile(r"\b(?:" + alternation(EARLIER_ADVERBS) + r")\s+(?:" + alternation(EARLIER_SAYING)
                           + r")\b(?:[^,;:!?()\[\]—–]|,(?=\d)){0,60}\Z", re.IGNORECASE)

# "the DPP, which had only seven seats previously, ...": an adverb of earlier time after the count, in its phrase
_EARLIER_AFTER_WORDS = ("previously", "formerly", "beforehand")
_EARLIER_AFTER = re.compile(r"(?:(?!\b(?:but|and|while|whereas)\b)[^,;:.!?()\d]){0,30}?\b(?:"
                            + "|".join(_EARLIER_AFTER_WORDS) + r")\b", re.IGNORECASE)

# "a figure of 448 fatalities which has now been revised down to 435": a figure a later one replaced, named after it
_REVISED_TO_VERBS = frozenset(REVISED_TO_VERBS)
# (the figure's own words only between: its noun, "which has now been", "was later": not "448 people as interest rates
# were lowered to 4 percent", another thing revised)
_REVISED_TO = re.compile(r"\s+(?:[a-z]+\s+)?(?:(?:" + alternation(REVISION_FILLERS) + r")\s+)*(?P<talk>(?:"
                         + alternation(REVISED_TO_VERBS) + r")\s+(?:(?:down|up)(?:wards?)?\s+)?to)\s+"
                         r"(?:about\s+|around\s+)?\d", re.IGNORECASE)

# "At first, the axle was 38 degrees above ambient", "First there was talk of 3,500 dead fish; finally ...": a sentence
# opened by a word of earlier time tells a state since changed, up to its first semicolon
_EARLIER_OPENING = re.compile(r"\s*(?:(?P<opening>at\s+first|initially|originally)\s*,|(?P<talk>first)\s+there\s+(?:was|were)\b)"
                              r"(?:(?!,\s*but\b)[^;:!?]){0,200}\Z", re.IGNORECASE)  # (not past ", but": a later figure)
# "Earlier, the ministry said 753 were killed": "Earlier,"/"Previously," before a verb of saying opens an earlier report
# (not a story told in time order: "Earlier, the stampede killed 753")
# "Previously, the coalition had 305 seats", "the LDP previously held 276": a state of holding told as an earlier one
_EARLIER_STATE = re.compile(r"(?:\A\s*(?P<opening>previously|formerly)\s*,(?:(?!,\s*but\b)[^;:!?]){0,60}?|"
                            r"\b(?P<talk>previously|formerly)\s+)"
                            r"\b(?:had|held)\b[^;:,!?]{0,30}\Z", re.IGNORECASE)
# "Officials had said that 17 people had been killed, but ...": a saying in the past perfect, before the story's own
# past, is an earlier report (in the count's clause: no stop or comma between; not "had estimated winds of 120 mph",
# an adjective, nor "had added 300 jobs", an act: ``PERFECT_SAYING_VERBS``)
_HAD_SAID = re.compile(r"\b(?P<talk>had\s+(?:[a-z]+ly\s+)?(?:" + alternation(PERFECT_SAYING_VERBS) + r"))\b[^,;:!?.]{0,80}\Z",
                       re.IGNORECASE)
_SAID_BEFORE = re.compile(r"\b(?:" + alternation(SAYING_VERBS) + r")\b", re.IGNORECASE)


def _had_said(text: str, start: int, end: int) -> re.Match | None:
    """A saying in the past perfect before the count (``_HAD_SAID``), unless a saying in the simple past stands
    before it, whose that-clause shifts its tense back ("The ministry said that hospitals had reported 35 deaths")."""
    m = _HAD_SAID.search(text, start, end)
    return None if m is None or _SAID_BEFORE.search(text, 0, m.start()) else m
_EARLIER_REPORTED = re.compile(r"\s*(?P<opening>earlier|previously)\s*,[^;:!?]{0,80}?\b(?:" + alternation(EARLIER_SAYING)
                               + r")\b(?:(?!,\s*but\b)[^;:!?]){0,200}\Z", re.IGNORECASE)


def possible_penalty(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'an attack on a public official, which carries a sentence of seven to 12 years', 'punishable by up to 20
    years', 'faces up to 110 years': a penalty the law allows or someone risks is no sentence imposed: attached as
    the clause says, but loosely (a matching one agrees; another is a possible conflict)."""
    if mention.kind != "number":
        return None
    m = _PENALTY_BEFORE.search(an.sentence.text, max(0, mention.start - 60), mention.start)
    if not m:
        return None
    decision = _same_clause(an, an.index_at(mention.start), about)
    if not decision.attached or decision.weak:
        return None
    shown = " ".join(m.group().split())
    if mention.approx == RANGE:  # ("could face eight to 25 years": a value inside it would agree by containment)
        return Decision(False, f"is the range of a penalty that may be given ('{shown}'), states none imposed")
    return replace(decision, weak=f"possible conflict: a penalty that may be given ('{shown}'), not one imposed")


_PENALTY_BEFORE = re.compile(
    r"\b(?:carr(?:y|ies|ied|ying)\s+(?:a|an)|punishable\s+by|fac(?:e|es|ed|ing)\s+(?:a|an|up\s+to))\s+"
    r"(?:(?:maximum|minimum|possible|potential|mandatory|jail|prison)\s+){0,2}"
    r"(?:(?:sentence|term|penalty)\s+of\s+)?(?:up\s+to\s+|between\s+)?\Z", re.IGNORECASE)


def several_events(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'31 Britons who lost their lives during two terrorist attacks', 'nearly 1200 people have died in more than 40
    plane crashes': a count in a clause that counts its event in the plural ("two attacks", "both crashes", "the twin
    blasts") is a total over several events, not the one a fact is about."""
    if mention.kind != "number" or an.norms.isdisjoint(_PLURAL_EVENTS):
        return None  # (no plural event noun: most sentences, read once, not per number)
    ws, k = an.words, an.index_at(mention.start)
    for j in range(k + 1, len(ws)):  # after the count, in its clause or that of a term between ("who lost their lives
        # during"), after a preposition ("died in the two attacks"; not "two bomb explosions targeted a rally")
        if not _several(ws[j]) or _word_before_count(ws, j).norm not in _SEVERAL_AFTER or not (
                an.clause[j] == an.clause[k] or any(k < h.first < j and an.clause[h.first] == an.clause[j] for h in about)):
            continue
        end = j + 1
        while end < len(ws) and end <= j + 2 and ws[end].norm not in KNOWN_EVENT_NOUNS and ws[end].norm not in FUNCTION_WORDS:
            end += 1  # its adjectives ("two terrorist attacks")
        if end < len(ws) and ws[end].norm in _PLURAL_EVENTS \
                and not _hit_in(about, range(j, end + 1)):  # (a term there: the fact is about them all)
            return Decision(False, f"totals '{' '.join(x.text for x in ws[j:end + 1])}', several events")
    return None


def _several(w: Word) -> bool:
    """A count of more than one ("two", "both", "twin", "40")."""
    n = w.norm
    # (a figure's last chunk: "1,000" is read as "1" and "000")
    return n in _SEVERAL or (n in ONES and ONES[n] > 1) or n in TENS or (n.isdigit() and (int(n) > 1 or len(n) == 3)
                                                                         and not is_year(n))


def _word_before_count(ws: tuple[Word, ...], j: int) -> Word:
    """The word before the count at word j, past "the" and a hedge ("in the two attacks", "in more than 40 crashes")."""
    i = j - 1
    while i > 0 and j - i <= 4 and (ws[i].norm in _COUNT_HEDGES or ws[i].norm.isdigit()):
        i -= 1  # (past the figure's first chunks: "more than 1,000")
    return ws[i]


_SEVERAL = frozenset({"both", "twin"})
_PLURAL_EVENTS = frozenset(n for n in KNOWN_EVENT_NOUNS if is_plural(n)) - {"deaths"}  # ("deaths" counts people)
_COUNT_HEDGES = frozenset({"the", "more", "than", "over", "some", "nearly", "almost", "about", "around"})
_SEVERAL_AFTER = frozenset({"in", "during", "from"})  # (not "of": "the first of two attacks" is one; nor "by": "killed
# by two explosions" may be one bombing's blasts)


def running_tally(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the Republicans have secured 49 seats so far', 'As of 13:30, 203 seats had been called': a count told as a
    tally still running (``RUNNING_TALLY_WORDS`` right after it and its noun, opening the sentence or between a perfect's
    auxiliary and its verb, or "as of" and a time opening the sentence) may be
    short of the final one: attached as the clause says, but loosely (unless a term says so too)."""
    if mention.kind != "number":
        return None
    text = an.sentence.text
    m = _RUNNING_AFTER.match(text, mention.end) or _AS_OF.match(text, 0, mention.start) \
        or _TALLY_OPENING.match(text, 0, mention.start) or _TALLY_PERFECT.search(text, max(0, mention.start - 40), mention.start)
    if m is None or any(h.start < m.end("tally") and m.start("tally") < h.end for h in about):
        return None
    decision = _same_clause(an, an.index_at(mention.start), about)
    shown = " ".join(m.group("tally").split())
    return replace(decision, weak=f"possible conflict: a tally still running ('{shown}'), maybe short of the final "
                                  "one") if decision.attached and not decision.weak else None


# right after the count and its noun (maybe a second noun word): "49 seats so far", "35 deaths to date" (not "in their
# largest win to date", "and so far nobody": another phrase's; not "up to date")
_RUNNING_AFTER = re.compile(r"(?:\s+(?!(?:and|but|or|in|that|who|which)\b)[a-z][\w'’-]*){0,2}?\s+(?<!\bup\s)(?P<tally>" + alternation(RUNNING_TALLY_WORDS)
                            + r")\b", re.IGNORECASE)
# "So far, 49 seats have been called": a tally word opening the sentence, before the count
_TALLY_OPENING = re.compile(r"\s*(?P<tally>" + alternation(RUNNING_TALLY_WORDS) + r")\s*,[^.;:!?]{0,60}\Z", re.IGNORECASE)
# "Republicans have so far won 49 seats": a tally word between a perfect's auxiliary and its verb, right before the count
_TALLY_PERFECT = re.compile(r"\b(?:have|has|had)\s+(?P<tally>" + alternation(RUNNING_TALLY_WORDS) + r")\s+[a-z]+\s+"
                            r"(?:(?:about|some|nearly|at\s+least)\s+)?\Z", re.IGNORECASE)
# "As of 13:30 (ET) 203 seats had been called": "as of" and a time opening the sentence, before the count
_AS_OF = re.compile(r"\s*(?P<tally>as\s+of)\s(?:[^.;:!?]|(?<=\d)[.:](?=\d)){0,40}\Z", re.IGNORECASE)


def earlier_figure(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'adjusting the numbers from a previous report that said 11,300 were dead', 'had previously suggested that the
    credit would cover one day': a figure an earlier report or statement gave, since revised, is attributed only
    loosely: it may agree, but a conflicting one is a possible conflict."""
    if mention.kind != "number" or an.norms.isdisjoint(EARLIER_WORDS) and an.norms.isdisjoint(EARLIER_ADVERBS) \
            and "first" not in an.norms and an.norms.isdisjoint(_EARLIER_AFTER_WORDS) and "had" not in an.norms \
            and an.norms.isdisjoint(_REVISED_TO_VERBS):
        return None
    text, start = an.sentence.text, max(0, mention.start - 100)
    m = _EARLIER.search(text, start, mention.start) or _EARLIER_SAID.search(text, start, mention.start) \
        or _EARLIER_OPENING.match(text, 0, mention.start) or _EARLIER_REPORTED.match(text, 0, mention.start) \
        or _EARLIER_AFTER.match(text, mention.end) or _REVISED_TO.match(text, mention.end) \
        or _EARLIER_STATE.search(text, start, mention.start) \
        or _had_said(text, start, mention.start)
    if not m:
        return None
    decision = _same_clause(an, an.index_at(mention.start), about)
    if not decision.attached:
        return None
    shown = " ".join((m.groupdict().get("opening") or m.groupdict().get("talk") or " ".join(m.group().split()[:2])).split())
    return replace(decision, why=f"{decision.why}, as an earlier figure ('{shown}')",
                   weak=f"possible conflict: an earlier figure ('{shown}'), since revised")


def request(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Prosecutors asked the judge to sentence him to a 30-year term', 'sought $5 million in damages': a figure in
    what someone asks for is the request, not what was decided (a passive 'was asked to pay' is an order: it passes)."""
    if mention.kind == "date":
        return _put_forward(an, mention, about)
    if not _may_be_asked(mention):
        return None
    mandative = _mandative(an, an.index_at(mention.start), about)
    if mandative is not None:
        return mandative
    ws, at = an.words, min(an.index_after(mention.start), len(an.words) - 1)  # "is $3,499": from the digits' word
    here, told = an.clause[at], False
    for k in range(at - 1, max(-1, at - 40), -1):  # back through the value's clause
        if an.clause[k] != here:
            break
        asked = told and _phrase_at(ws, k, _REQUESTS)
        if _proposal(an, k):
            return Decision(False, f"is what was {ws[k].norm} ('{ws[k].text} {ws[k + 1].text}'), not what was decided")
        if not told and ws[k].norm in REQUEST_OBJECT_VERBS:  # "had sought a three-year jail term": its object
            return _asked_for(an, k, about, (ws[k].text,))
        if not asked and (ws[k].norm in BE_FORMS or ws[k].norm in AUXILIARIES or _past(ws[k])):
            return None  # "sought $5 million and Roe was sentenced to 22 years": the value is that verb's
        told = told or ws[k].norm in ("to", "for")
        if asked:
            return _asked_for(an, k, about, asked)
    return None


_MANDATIVE_REACH = 16  # words back from a value to the "that" opening its clause


def _mandative(an: Analysed, at: int, about: list[Hit]) -> Decision | None:
    """'the prosecution's request that he be sentenced to 24 years': a value after a bare "be" (no modal or "to" before
    it) in a that-clause of asking (``MANDATIVE_WORDS``) is what was asked for, not what was decided."""
    ws, be = an.words, None
    for k in range(at - 1, max(-1, at - _MANDATIVE_REACH), -1):
        if be is None and ws[k].norm == "be" and _bare_be(ws, k):
            be = k
        elif be is None and (_gap(an, k + 1).strip() or ws[k].norm in ("but", "and", "while", "whereas", "yet")):
            return None  # (another clause between the value and its "be": "asked that Orsk be jailed for life, but
            # Lind sentenced Orsk to 12 years"; between "that" and "be" the subject may hold commas and "and")
        elif ws[k].norm == "that":
            ask = next((j for j in range(k - 1, max(-1, k - 3), -1) if ws[j].norm in MANDATIVE_WORDS), None)
            if be is None or ask is None or _hit_in(about, range(ask, ask + 1)):
                return None  # (a "that" with no bare "be" ends the search; a term asking: the fact is the request)
            return Decision(False, f"is what '{ws[ask].text} that ... {ws[be].text}' asks for, not what was decided")
        elif _gap(an, k + 1).strip() in (";", ":"):
            return None
    return None


def _bare_be(ws, k: int) -> bool:
    """Is "be" at word k bare, with no modal or "to" before it (past an adverb: "will also be")?"""
    j = k - 1
    while j > 0 and ws[j].norm in _BE_ADVERBS:
        j -= 1
    return j > 0 and ws[j].norm not in BARE_BE_LEADS


_BE_ADVERBS = frozenset({"also", "still", "then", "only", "even", "never", "not", "now", "again", "further"})


def _asked_for(an: Analysed, k: int, about: list[Hit], asked: tuple[str, ...]) -> Decision | None:
    """The words of asking at word k ask for the value: set aside, unless they are a passive (an order: "was asked to
    pay"; not "are seeking", a progressive) or a term (the fact is about the request: "Prosecutors had asked for")."""
    ws = an.words
    passive = k > 0 and ws[k - 1].norm in BE_FORMS and not ws[k].norm.endswith("ing")
    if passive or _hit_in(about, range(k, k + len(asked))):
        return None
    return Decision(False, f"is what '{' '.join(asked)}' asks for, not what was decided")


def _may_be_asked(mention: Mention) -> bool:
    """A number that can be asked for: not an age ("the request for the detention of Mondaca, a 22-year-old")."""
    return mention.kind == "number" and not mention.after.lower().startswith(AGE_SUFFIXES)


_PUT_FORWARD_REACH = 6  # words from the verb of asking or offering to the terms it takes: "offered Boeing a plea deal"


def _put_forward(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The department offered Boeing a plea agreement on June 30', 'called for a ceasefire on 3 May': when every term
    of the date's clause is in what a verb of asking or offering (not a term itself, nor an adjective after a
    determiner: "the proposed merger") takes, the date is the asking's or offering's, not that of the event it puts
    forward."""
    ws, here = an.words, an.clause[an.index_at(mention.start)]
    mine = [h for h in about if an.clause[h.first] == here] or (list(about) if here == an.intro else [])
    if not mine:  # an opening phrase's date ("On August 4, ... as calls for her resignation grew") dates every clause
        return None
    first = min(h.first for h in mine)
    for j in range(max(0, first - _PUT_FORWARD_REACH), first):
        asked = ws[j].norm in OFFER_VERBS or _phrase_at(ws, j, _REQUESTS)
        if asked and an.clause[j] == an.clause[first] and not any(h.first <= j <= h.last for h in about) \
                and not (j and ws[j - 1].norm in DETERMINERS) and _takes(an, j, first):
            return Decision(False, f"dates what '{ws[j].text}' puts forward, not the event itself")
    return None


def _takes(an: Analysed, j: int, first: int) -> bool:
    """Is the term at ``first`` in what the verb at j takes: no verb, auxiliary or "and"/"but"/"or" between them ("Boeing
    offered workers a raise and the strike ended on 3 May": the strike is no offer's)?"""
    ws = an.words
    return not any(w.norm in ("and", "but", "or") or w.norm in BE_FORMS or w.norm in AUXILIARIES or _past(w)
                   for w in ws[j + 1:first])


def _proposal(an: Analysed, k: int) -> bool:
    """"prosecutors' suggested restitution", "the requested term": a proposal participle between a determiner or a
    possessive and a noun."""
    ws = an.words
    if ws[k].norm not in PROPOSAL_PARTICIPLES or k + 1 >= len(ws) or k < 1 or ws[k + 1].norm in FUNCTION_WORDS \
            or ws[k + 1].norm in NORM_NOUNS:
        return False  # "a suggested retail price", "the recommended dose": a norm, no side's request
    return ws[k - 1].norm in DETERMINERS or ws[k - 1].norm in POSSESSIVES or _gap(an, k).strip() in ("'", "’")


def _qualifier_at(an: Analysed, mention: Mention) -> int:
    """The measure qualifier right after the mention's unit ("long", "from", "away"), or -1; one with a number of its
    own after it is a preposition ("burned for 31 days across 37 square miles")."""
    ws = an.words
    at = _past_conversion(an, _unit_end(an, mention)) if _has_unit(mention) else len(ws)
    if at >= len(ws) or ws[at].norm not in MEASURE_QUALIFIERS:
        return -1
    if ws[at].capitalised and at + 1 < len(ws) and ws[at + 1].capitalised and _gap(an, at + 1) == " ":
        return -1  # "a 6,800-ton South Korean ferry": a compass point opening a name is no qualifier
    if ws[at].norm in ("up", "down") and at + 1 < len(ws) and ws[at + 1].norm == "from" \
            and any(w.norm[:1].isdigit() for w in ws[at + 2:at + 9]):
        return -1  # "stood at 49.8 percent, up from about 40 percent": a change from an earlier level, no position
        # (not "40 metres down from the surface")
    return -1 if at + 1 < len(ws) and ws[at + 1].norm[:1].isdigit() else at


def _past_conversion(an: Analysed, k: int) -> int:
    """Word k, or the word after a bracketed conversion opening there ("35 kilometers (21 miles) southeast of": the
    word after the bracket)."""
    ws, text = an.words, an.sentence.text
    if k >= len(ws) or not ws[k].norm[:1].isdigit() or text[ws[k - 1].end:ws[k].start].strip() != "(":
        return k
    close = text.find(")", ws[k].end, ws[k].end + 30)
    return an.index_after(close + 1) if close > 0 else k


def _distance(an: Analysed, mention: Mention, unit_end: int, head: range, about: list[Hit]) -> Decision | None:
    """'3.2 km from the cave entrance': a distance from the cave, not the cave's own length; it is the fact's only
    when the term says so ("from the wreck", "kilometres from", "distance", "away"). A count says where it comes from
    ("three deaths from the blast"), and a span of time before "off" is a cut ("took 34 seconds off the previous
    record"): neither is a distance (None)."""
    ws = an.words
    dimension = UNITS.get(normalise(mention.unit), ("",))[0]
    if not dimension or dimension == "time" and ws[unit_end].norm == "off":
        return None
    if any(h.first <= unit_end <= h.last or (h.first in head and ws[h.first].norm in POSITION_QUALIFIERS)
           or ws[h.first].norm == "distance" or _away_in(an, unit_end, h) for h in about):
        return Decision(True, f"measures '{_words(an, head)}'")
    return Decision(False, f"is a distance '{_words(an, head)}', not a measure of the subject")


def measured_quality(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'300 metres long', '96 hours of oxygen supply': a measure qualifier names what is measured (an amount of money
    measures no length or distance: 'stole $8 billion from its clients')."""
    ws, text = an.words, an.sentence.text
    if mention.kind == "number" and is_money(mention.unit):
        return None
    unit_end = _qualifier_at(an, mention)
    if unit_end < 0:
        return None
    stop = max(unit_end + 1, _past_dimensions(an, unit_end))  # (past "-wide, 10-foot-deep")
    while stop < min(len(ws), unit_end + 6) and not ws[stop].norm[:1].isdigit() and \
            ws[stop].norm not in ("and", "or") and not text[ws[stop - 1].end:ws[stop].start].strip():
        stop += 1
    head = range(unit_end, stop)
    if ws[unit_end].norm == "across" and normalise(mention.unit) not in UNITS:
        return None  # "460 stores across the US": a count spread over a place, no breadth
    if ws[unit_end].norm in POSITION_QUALIFIERS:
        return _distance(an, mention, unit_end, head, about)
    if _hit_in(about, head):
        return Decision(True, f"measures '{_words(an, head)}'")
    measured = _measured_before(an, mention, ws[unit_end].norm, about)
    if measured:
        return Decision(True, f"is the {DIMENSION_ADJECTIVES[ws[unit_end].norm]} of '{measured}'")
    return Decision(False, f"measures '{_words(an, head)}', not the subject")


def _away_in(an: Analysed, k: int, h: Hit) -> bool:
    """'27 miles (43 km) away in Aske City': a term naming a place (capitalised) right after "away in" (word k:
    "away") is where the distance is measured to, the fact's."""
    ws = an.words
    return ws[k].norm == "away" and k + 2 < len(ws) and ws[k + 1].norm == "in" and h.first == k + 2 \
        and ws[h.first].capitalised and an.sentence.text[ws[h.last].end:ws[h.last].end + 1] not in ("'", "’")
    # (not "12 kilometres away in Fuego's shadow": a possessive name is no place it is in)


def distance_from(after: str) -> frozenset[str]:
    """'(25 miles) northwest of Herat city', ' away from the old harbour': the words naming the place a distance
    right before this text is measured from, or none: its capitalised words if it has any ('herat'), else its other
    words (no function word, no compass point); each cut to six letters, so spellings meet ("epicenter", "epicentre")."""
    m = _DISTANCE_FROM.match(after[:160])  # (a reference point stands right after its distance)
    if m is None:
        return frozenset()
    content = [w for w in words(m.group(1))[:6]
               if w.norm not in FUNCTION_WORDS and w.norm not in COMPASS_POINTS and w.norm.isalpha()]
    named = [w for w in content if w.capitalised]
    return frozenset(w.norm[:6] for w in named or content)


# a distance's point of reference: past its unit ("nautical miles", "km)") and a bracketed conversion, a compass point
# (or "away") and of/from
_DISTANCE_FROM = re.compile(r"\s*(?:[a-z]+\.?\s+){0,2}(?:\)\s*)?(?:\([^()]{0,40}\)\s*)?(?:(?:due\s+)?(?:north|south|east|west)[\w-]*\s+of|"
                            r"(?:away\s+)?from|off)\s+([^.;:!?()]{1,80})", re.IGNORECASE)


# what a measure's dimension adjective is said of may stand before it: "a wave 7 metres high", "the bridge is 300 m long"
_BEFORE_MEASURE = _HEDGE_WORDS | {"is", "was", "are", "were", "stands", "stood", "measures", "measured", "reaching",
                                  "reached"}


def _measured_before(an: Analysed, mention: Mention, adjective: str, about: list[Hit]) -> str:
    """'a wave 7 metres high', 'the dam, 75 m tall,': a dimension adjective after a measure says it of the noun phrase
    right before the number (past a copula), unless the about-terms name another dimension; the term found there,
    or ''.  Which dimension the fact measures is the number kind's to check."""
    if adjective not in SIZE_ADJECTIVES:
        return ""
    dimension = DIMENSION_ADJECTIVES[adjective]
    if any(DIMENSION_OF.get(w, dimension) != dimension for h in about for w in _span(an, h).lower().split()):
        return ""  # "300 metres long and 48 metres wide" for a length: 48 is a width
    ws, text = an.words, an.sentence.text
    k = an.index_at(mention.start) - 1
    while k >= 0 and ws[k].norm in _BEFORE_MEASURE and not text[ws[k].end:ws[k + 1].start].strip(" "):
        k -= 1
    stop = k + 1
    # back over the noun phrase: to its determiner, at most four words, no verb or clause word on the way
    while k >= 0 and stop - k <= 4 and not text[ws[k].end:ws[k + 1].start].strip(" ,"):
        if ws[k].norm in DETERMINERS:
            k -= 1
            break
        if ws[k].norm in FUNCTION_WORDS and ws[k].norm != "of" or _past(ws[k]):
            break
        k -= 1
    hits = [h for h in about if k < h.first and h.last < stop]
    return _span(an, hits[-1]) if hits else ""


_DIMENSION_BEFORE = re.compile(r"\b(?P<noun>" + "|".join(sorted(DIMENSION_NOUNS)) + r")\s+of\s+(?:about\s+|around\s+|some\s+|"
                               r"nearly\s+|almost\s+|over\s+|roughly\s+|more\s+than\s+|up\s+to\s+)?\S*\Z", re.IGNORECASE)


# "30 feet in diameter", "12 m in length": the unit, then "in" and a dimension's noun
_DIMENSION_AFTER = re.compile(r"\s*(?:[^\W\d_]+\s+)?in\s+(?P<noun>" + "|".join(sorted(DIMENSION_NOUNS)) + r")\b",
                              re.IGNORECASE)


def not_taken(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'fired for three seconds, instead of the 30-second-long burn that had been planned', 'rather than the 12 hours
    first expected': a value in a phrase opened by "instead of" or "rather than" is the alternative not taken: set
    aside."""
    if "instead" not in an.norms and "rather" not in an.norms:
        return None
    m = _NOT_TAKEN.search(an.sentence.text, max(0, mention.start - 60), mention.start)
    return Decision(False, f"is what did not happen ('{m.group(1)} ...')") if m else None


# "instead of", "rather than", then the value within its noun phrase: a determiner and up to two words ("instead of the
# 30-second-long burn"; not "instead of the mosque and killed 12 people", "Instead of building its own chips, Velmar
# bought Orsk on 13 March")
_NOT_TAKEN = re.compile(r"\b(instead\s+of|rather\s+than)\s+(?:(?:the|a|an|its|their|his|her)\s+)?"
                        r"(?:(?!(?:on|in|at|by|for|from|to|with|after|before|during|and|or)\b)[\w'’-]+\s+){0,2}\Z",
                        re.IGNORECASE)


def gust(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'winds of 200-210 kmph gusting to 220 kmph', 'with gusts of up to 160 km/h': a speed right after a word of a
    gust (and "to", "of", "up to") is the gusts', no sustained wind: set aside, unless a term names the gusts."""
    if mention.kind != "number" or an.norms.isdisjoint(_GUST_WORDS) or any(
            an.words[j].norm in _GUST_WORDS for h in about for j in range(h.first, h.last + 1)):
        return None
    m = _GUST_BEFORE.search(an.sentence.text, max(0, mention.start - 30), mention.start)
    return Decision(False, f"is the speed of gusts ('{m.group(1)}'), no sustained wind") if m else None


_GUST_WORDS = {"gust", "gusts", "gusting", "gusted"}
_GUST_BEFORE = re.compile(r"\b(gust(?:s|ing|ed)?)\s+(?:(?:of|to|at|reaching|up|as\s+high\s+as|around|about|near|"
                          r"nearly)\s+){0,3}\Z", re.IGNORECASE)


def dimension_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'a length of 300 m and a width of 48 m', '30 feet in diameter': a measure after 'DIMENSION of', or before
    'in DIMENSION', is that dimension; it is set aside when the term asks for another one ('long', 'length' against 'a
    width of', 'tall' against 'in diameter')."""
    m = mention.kind == "number" and (_DIMENSION_BEFORE.search(an.sentence.text, max(0, mention.start - 40), mention.start)
                                      or _DIMENSION_AFTER.match(mention.after))
    if not m:
        return None
    noun = m.group("noun").lower()
    if any(an.words[h.first].norm == noun for h in about):
        return Decision(True, f"is the {noun}")
    asked = {DIMENSION_ADJECTIVES.get(an.words[h.first].norm, an.words[h.first].norm) for h in about}
    other = sorted(asked & (DIMENSION_NOUNS - {noun}))
    if other:
        return Decision(False, f"is the {noun}, not the {other[0]}")
    return None


def hyphenated_modifier(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the 44-day war': a hyphenated number and unit modify the noun after them; so does a measure written without
    the hyphen but in the singular or short ("a 50 metre section", "climbed 6m trees"): ``_bare_measure_head``."""
    bare = _bare_head(an, mention)
    if bare is not None:
        return _premodifier(an, bare, about, mention, hyphened=True)
    owned = _possessive_head(an, mention)
    if owned is not None:
        return _premodifier(an, owned, about, mention, hyphened=True)
    if not _has_unit(mention) or an.sentence.text[mention.end:mention.end + 1] != "-" or mention.tally \
            or normalise(mention.unit) in APPROXIMATE_SUFFIXES:
        return None  # "the 216-210 vote" is a tally, no modifier; "the union's 11,500-odd members" counts members
    ws, head = an.words, _unit_end(an, mention)
    if head < len(ws) and ws[head].norm == "old" and _gap(an, head) == "-":
        head += 1  # "a 25-year-old coach": the noun after the age
        if head >= len(ws) or _past(ws[head]) or _gap(an, head).strip() or ws[head].norm in FUNCTION_WORDS:
            return None  # "a 25-year-old identified as Kwon", "the 25-year-old, who": the age names a person
        aged = _age_holder(an, mention, head, about)
        if aged is not None:
            return aged
    head = _past_dimensions(an, head)
    own = [h for h in about if an.index_after(mention.start) <= h.first and h.last < head]
    if own and len(own) == len(about):
        # "a 6.8-magnitude quake" for a fact about the magnitude, with no other term ("a 6.3-magnitude aftershock
        # followed the quake" names another thing): the term is the value's own unit
        return Decision(True, f"its unit is the term '{_span(an, own[0])}', and no other term is near")
    return _premodifier(an, head, about, mention, hyphened=True)


# ", 10-foot-deep", " and 3 m high": a further measure of the same noun, coordinated with one before it
_FURTHER_MEASURE = re.compile(r"(?:\s*,\s*(?:and\s+)?|\s+(?:and|by)\s+)[\d.,]*\d[-\s]?[^\W\d_]+[-\s](?:"
                              + alternation(SIZE_ADJECTIVES) + r")\b", re.IGNORECASE)


def _past_dimensions(an: Analysed, k: int) -> int:
    """'a 93-foot-wide, 10-foot-deep crater': a dimension adjective joined to the measure (word k), and the measures
    coordinated with it, stand before the noun they all measure: the word after them (else k)."""
    ws = an.words
    if k >= len(ws) or ws[k].norm not in SIZE_ADJECTIVES or _gap(an, k) != "-":
        return k
    end = ws[k].end
    for m in iter(lambda: _FURTHER_MEASURE.match(an.sentence.text, end), None):
        end = m.end()
    nxt = an.index_after(end)
    if nxt >= len(ws) or ws[nxt].norm in FUNCTION_WORDS or an.sentence.text[end:ws[nxt].start].strip():
        return k  # ("is 93-foot-wide, 10-foot-deep, and the crater ...": no noun they stand before)
    return nxt


def _possessive_head(an: Analysed, mention: Mention) -> int | None:
    """'a minute's silence', 'two hours' drive': a measure in the possessive measures the noun after it (its word)."""
    if normalise(mention.unit) not in UNITS or mention.tally:
        return None  # (a count's noun in the possessive owns what follows: "16,000 people's homes" are theirs)
    unit_end = _unit_end(an, mention)
    if not 0 < unit_end <= len(an.words):
        return None
    owned = _POSSESSIVE_MEASURE.match(an.sentence.text, an.words[unit_end - 1].end)
    return an.index_after(owned.end()) if owned else None


_POSSESSIVE_MEASURE = re.compile(r"(?:['’]s|(?<=s)['’])\s+(?=[a-z])")


def _age_holder(an: Analysed, mention: Mention, head: int, about: list[Hit]) -> Decision | None:
    """Whom an age before the noun at word ``head`` is said of, when a term names them."""
    named = _apposed_to(an, an.index_after(mention.start) - 1, about)
    if named is not None:  # "Sunita Williams, the 59-year-old astronaut": the astronaut is Williams
        return Decision(True, f"is the age of '{_span(an, named)}', in apposition")
    acting = _apposed_subject(an, an.index_after(mention.start) - 1, head, about)
    if acting is not None:  # "Anna Novak, the 88-year-old pontiff, died": the pontiff is who died
        return Decision(True, f"is the age of the subject of '{_span(an, acting)}', in apposition to it")
    named = _name_after_noun(an, head, about)
    if named is not None:  # "a 27-year-old German man 'Stephan B'": the man is the name right after his noun
        return Decision(True, f"is the age of '{_span(an, named)}', named right after the noun")
    named = _name_of_noun(an, head, about)
    if named is not None:  # "the 28-year-old German, Anna Roe,", "a 28-year-old German named Anna Roe": the German is Roe
        return Decision(True, f"is the age of '{_span(an, named)}', whom the noun names")
    named = _identified_as(an, head, about) or _subject_of_term(an, head, about)
    if named is not None:  # "a 20-year-old man, identified by the FBI as Thomas Crooks,": the man is Crooks;
        # "a 29-year-old man was arrested": the man is who the term's verb says was arrested
        return Decision(True, f"is the age of the noun '{_span(an, named)}' is said of")
    return None


def _name_after_noun(an: Analysed, head: int, about: list[Hit]) -> Hit | None:
    """A term that is a name standing right after the noun an age describes, up to two more noun words on, past a
    space or an opening quotation mark ("a 27-year-old German man 'Stephan B'", "the 40-year-old gunman Jon Roe")."""
    ws = an.words
    for j in range(head + 1, min(len(ws), head + 4)):
        if _gap(an, j).strip() not in ("", '"', "'", "“", "‘"):
            return None
        hit = next((h for h in about if h.first == j and ws[j].capitalised), None)
        if hit is not None:
            return hit
        if ws[j].norm in FUNCTION_WORDS or ws[j].capitalised or _past(ws[j]):
            return None
    return None


_IDENTIFYING = {"identified", "named", "described"}
_IDENTIFIED_REACH = 8  # words from the noun to "as": "man, identified by the Federal Bureau of Investigation as"


def _name_of_noun(an: Analysed, head: int, about: list[Hit]) -> Hit | None:
    """The name term the noun at word ``head`` is given by "named"/"called" right after it, or in apposition after a
    comma, closed by another comma, a bracket or the sentence's end ("the 28-year-old German, Anna Roe, had ..."),
    or None."""
    ws, k = an.words, head + 1
    if k >= len(ws) or ws[k].norm in ("named", "called") and not _gap(an, k).strip() and k + 1 < len(ws):
        k += 1
        closed = True
    else:
        closed = False
        if _gap(an, k).strip() != ",":
            return None
        if ws[k].norm in _NAMING_WORDS and k + 1 < len(ws) and not _gap(an, k + 1).strip():
            k += 1  # "a 62-year-old man, surnamed Fan, drove": the name after its naming word
    hit = next((h for h in about if h.first == k and ws[k].capitalised), None)
    if hit is None:
        return None
    after = hit.last + 1
    if after == len(ws) or _gap(an, after).strip()[:1] in (",", "("):
        return hit
    # after "named"/"called" the clause's own verb may follow ("a man named Anna Roe was arrested"); anything else makes
    # them verbs: "the pilot called Anna Roe minutes before", "named Anna Roe as his accomplice"
    return hit if closed and (ws[after].norm in AUXILIARIES or ws[after].norm in BE_FORMS or _past(ws[after])) else None


_NAMING_WORDS = {"surnamed", "named", "called", "nicknamed"}


def _subject_of_term(an: Analysed, head: int, about: list[Hit]) -> Hit | None:
    """The term that is the verb of the noun at word ``head`` as its subject, past its auxiliaries ("a 29-year-old man
    was arrested"), or None."""
    ws, k = an.words, head + 1
    while k < len(ws) and k - head <= 3 and _gap(an, k) == " " and (ws[k].norm in BE_FORMS or ws[k].norm in AUXILIARIES):
        k += 1
    return next((h for h in about if h.first == k and _past(ws[k]) and _gap(an, k) == " "), None)


def _identified_as(an: Analysed, head: int, about: list[Hit]) -> Hit | None:
    """The name term right after "as" in ", identified (by ...) as NAME" following the noun at word ``head``, or None."""
    ws = an.words
    if head + 2 >= len(ws) or _gap(an, head + 1).strip() != "," or ws[head + 1].norm not in _IDENTIFYING:
        return None
    k = next((j for j in range(head + 2, min(len(ws) - 1, head + 2 + _IDENTIFIED_REACH)) if ws[j].norm == "as"), None)
    if k is None or any(_gap(an, j).strip(" ()") for j in range(head + 2, k + 1)):
        return None
    end = k + 1
    while end < len(ws) and ws[end].capitalised and _gap(an, end) == " ":
        end += 1  # the name after "as": "as Thomas Crooks", whose term may be its last word
    return next((h for h in about if k + 1 <= h.first < end), None)


def _bare_measure_head(an: Analysed, mention: Mention) -> int | None:
    """The noun a measure with no hyphen modifies: a unit of length, area, volume or mass written in the singular
    ("a 50 metre section") or short, then a plural noun ("climbed 6m trees"); not before a word of dimension, place or
    time ("6 metres high", "6m above", "rose 6m overnight"), nor a plural unit ("6 metres of mud")."""
    if mention.kind != "number" or not mention.unit or mention.tally:
        return None
    unit = normalise(mention.unit)
    if UNITS.get(unit, ("",))[0] not in _MEASURES or is_plural(unit) and len(unit) > 3:
        return None
    ws = an.words
    k = an.index_after(mention.end)
    if k < len(ws) and ws[k].norm == unit:
        k += 1  # the unit written as a word of its own ("50 metre")
    if k >= len(ws) or _gap(an, k) != " " or not _head_word(ws[k]):
        return None
    w = ws[k].norm
    short = len(unit) <= 3
    return k if not short or (is_plural(w) and w.endswith("s") and not w.endswith("ss")) else None


def _bare_count_head(an: Analysed, mention: Mention) -> int | None:
    """'the 737 passenger jet', 'a 300 seat theatre': a number other than one before a singular noun and another
    singular noun is no count of the first (a count takes a plural: "737 passengers", "three crew members") but a
    name's number or a modifier of the second; the index of that second noun, or None."""
    if mention.kind != "number" or not mention.unit or mention.tally or mention.value == 1 or mention.approx \
            or mention.value != int(mention.value) or normalise(mention.unit) in SCALE_WORDS:
        return None  # (a decimal counts nothing: "a 7.7 magnitude quake" is a measure)
    ws, k = an.words, an.index_after(mention.end)
    if k >= len(ws) or ws[k].norm != normalise(mention.unit) or _gap(an, k) != " ":
        return None
    end = k  # the noun phrase's last word: "28 young figure skaters" counts skaters
    while end + 1 < len(ws) and end - k < 3 and not is_plural(ws[end].norm) and _gap(an, end + 1) == " " \
            and _head_word(ws[end + 1]) and not ws[end + 1].norm.endswith("ing"):  # (a plural ends the phrase)
        end += 1
    return end if end > k and _singular_nouns(ws[k], ws[end]) else None


def _bare_head(an: Analysed, mention: Mention) -> int | None:
    """The noun a value with no hyphen modifies: ``_bare_measure_head``, else ``_bare_count_head``."""
    head = _bare_measure_head(an, mention)
    return _bare_count_head(an, mention) if head is None else head


def _singular_nouns(unit: Word, head: Word) -> bool:
    """Two singular nouns, the first no unit of measure nor a participle: "passenger jet"."""
    return _head_word(unit) and not is_plural(unit.norm) and unit.norm not in UNITS and not unit.norm.endswith("ing") \
        and not is_plural(head.norm)


def _head_word(w: Word) -> bool:
    """A lower-case word that may head the noun phrase a measure modifies (no word of dimension, place or time)."""
    n = w.norm
    return not w.capitalised and n.isalpha() and n not in FUNCTION_WORDS and n not in DIMENSION_OF \
        and n not in _NOT_HEADS and not _past(w) and not n.endswith("ly")


_MEASURES = {"length", "area", "volume", "mass"}
_NOT_HEADS = {"still", "again", "already", "also", "ever", "never", "now", "then", "soon", "too", "yet",  # adverbs
              "above", "below", "off", "away", "across", "along", "into", "deep", "overnight", "apart", "ahead",
              "behind", "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "inland",
              "offshore", "per", "each", "tonight", "today", "yesterday", "earlier", "later", "ago"}


def _apposed_subject(an: Analysed, lead: int, head: int, about: list[Hit]) -> Hit | None:
    """The term right after an apposition to a name that the apposition closes with a comma ("Anna Novak, the
    88-year-old pontiff, died": the noun phrase from word ``lead`` to the noun at ``head`` is the subject's), or None."""
    ws = an.words
    if lead < 1 or ws[lead].norm not in ("the", "a", "an") or _gap(an, lead).strip() != "," \
            or not ws[lead - 1].capitalised:
        return None
    end = next((j for j in range(head, min(head + 3, len(ws) - 1)) if _gap(an, j + 1).strip()), None)
    if end is None or _gap(an, end + 1).strip() != ",":
        return None
    return next((h for h in about if h.first == end + 1), None)


def _apposed_to(an: Analysed, lead: int, about: list[Hit]) -> Hit | None:
    """The name term right before ', the'/', a' at word ``lead`` (a noun phrase in apposition to it), or None (not
    "after the shooting, the 20-year-old gunman": an event noun)."""
    ws = an.words
    if lead < 1 or ws[lead].norm not in ("the", "a", "an") or _gap(an, lead).strip() != ",":
        return None
    return next((h for h in about if h.last == lead - 1 and an.words[h.first].capitalised), None)  # a name, no event


def amount_modifier(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the firm's $80 billion shortfall', 'a €2 million fine': an amount between a determiner or possessive and the
    noun right after it measures that noun (a past form after it is a verb: 'the $5 million paid').  Only after a
    possessive is a noun without a term another thing: 'pay $40 million and a $5 million grant' may still be paid."""
    if not _unit_inside(mention) or mention.unit == "%":
        return None
    after = an.index_after(mention.end)
    if not _touches(an.sentence.text, mention.end, an.words, after) or _past(an.words[after]):
        return None
    decision = _premodifier(an, after, about, mention)
    lead = an.index_after(mention.start) - 1
    if decision is not None and not decision.attached and an.words[lead].norm not in POSSESSIVES:
        return None
    return decision


def amount_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'left it with a negative cash balance of about $958 million', 'a fine of €2 million': an amount after a noun
    and "of" measures that noun: set aside when the noun is no term (nor only a frame: "a total of $42 billion",
    ``FRAME_NOUNS``), unless the noun phrase is what a term does ("paid a fine of $5 million": the fine is paid)."""
    if mention.kind != "number" or not is_money(mention.unit):
        return None  # a count names what it counts itself ("a force of 2,000 peacekeepers")
    m = _NOUN_OF.search(an.sentence.text, max(0, mention.start - 60), mention.start)
    if not m:
        return None
    noun = an.index_at(m.start("noun"))
    if any(h.first <= noun <= h.last for h in about):
        return _another_one(an, noun) or Decision(True, f"is the {an.words[noun].text}")
    if an.words[noun].norm in FRAME_NOUNS:
        return _holder_with(an, noun, about)
    if an.words[noun].norm in FUNCTION_WORDS:
        return None
    opener = noun - 1
    while opener >= 0 and noun - opener <= 4 and an.words[opener].norm not in DETERMINERS:
        opener -= 1  # "a negative cash balance": back to the determiner
    if opener < 0 or an.words[opener].norm not in DETERMINERS:
        if not is_plural(an.words[noun].norm) or noun < 1 or not _past(an.words[noun - 1]):
            return None
        opener = noun  # "reported losses of $1.8 billion": a plural needs no determiner
    if opener > 0 and any(h.first <= opener - 1 <= h.last for h in about):
        return None  # "paid a fine of $5 million": the term's object
    return Decision(False, f"is the {an.words[noun].text}'s, not the subject's")


def _another_one(an: Analysed, noun: int) -> Decision | None:
    """'hit with another fine of $87 million': a noun opened by an other-instance determiner is another one than the
    one told of before, maybe the fact's: attached loosely (not "the last", "its last": maybe the fact's)."""
    other = next((j for j in range(max(0, noun - 3), noun) if _phrase_at(an.words, j, _OTHER_ONE)), None)
    if other is None:
        return None
    why = f"is {_words(an, range(other, noun + 1))}'s, another one than told before"
    return Decision(True, why, weak=f"possible conflict: {why}, maybe not the fact's")


_LINKING_WORDS = FUNCTION_WORDS - DETERMINERS  # (the words a noun phrase does not run past)
_OTHER_ONE = phrase_table([p for p in OTHER_INSTANCE if p.split()[-1] != "last"])  # ("its last fine": maybe the fact's)


def _holder_with(an: Analysed, noun: int, about: list[Hit]) -> Decision | None:
    """'create a chip major with an enterprise value of $135bn': a frame noun's amount in a with-phrase right after a
    noun is that noun's; set aside when the noun is no term ("The deal, with a value of $36bn," is the deal's)."""
    ws, j = an.words, noun - 1
    while j >= 0 and noun - j <= 3 and ws[j].norm != "with" and ws[j].norm not in _LINKING_WORDS:
        j -= 1
    if j < 1 or ws[j].norm != "with" or _gap(an, j).strip():
        return None
    holder = j - 1
    if any(h.first <= holder <= h.last for h in about):
        return None
    w = ws[holder]
    if w.norm in FUNCTION_WORDS or w.norm in AUXILIARIES or _past(w) or w.capitalised or w.norm[:1].isdigit() \
            or w.norm in DEAL_NOUNS or w.norm in AGREEMENT_NOUNS:
        return None  # ("was signed with a value of": the verb's; "Orsk with a value of": a name, maybe the subject)
    return Decision(False, f"is the {ws[noun].text} of '{w.text}', not the subject's")


# a noun, "of" and a hedge right before an amount
_NOUN_OF = re.compile(r"\b(?P<noun>[^\W\d_]{3,})\s+of\s+(?:(?:" + alternation(h for h in HEDGES if h[0].isalpha())
                      + r")\s+)?\Z", re.IGNORECASE)


def counts_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'44 days of war' counts the war."""
    if not _has_unit(mention) or an.sentence.text[mention.end:mention.end + 1] == "-":
        return None
    unit_end = _unit_end(an, mention)
    if unit_end < len(an.words) and an.words[unit_end].norm == "of":
        head = _phrase(an, unit_end + 1)
        if _hit_in(about, head):
            return Decision(True, f"counts the {_words(an, head)}")
    return None


_MEASURE_OF = re.compile(r"\s*(?:\)\s*)?(?:\([^()]{0,30}\)\s*)?of\s+(?:(?:the|its|their|new|old|damaged)\s+)?(?=[a-z])")


_NOUN_OF_SHARE = re.compile(r"\b([a-z][a-z-]+)\s+of\s+(?:(?:about|around|nearly|almost|some|roughly|just|up\s+to|"
                            r"more\s+than|over)\s+)?\Z")


def noun_share(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The deal includes pay raises of 38% over four years, and ratification bonuses': a percentage after a noun and
    "of" is that noun's figure; when no term names the noun (and it names a particular figure, not "a share of",
    ``GENERIC_FIGURE_NOUNS``), it is no figure of the fact's."""
    if mention.kind != "number" or normalise(mention.unit) not in PERCENT_UNITS:
        return None
    m = _NOUN_OF_SHARE.search(mention.before[-60:])
    if m is None or m.group(1) in FUNCTION_WORDS or m.group(1) in GENERIC_FIGURE_NOUNS:
        return None
    k = an.index_at(mention.start)
    j = next((i for i in range(k - 1, max(-1, k - 6), -1) if an.words[i].norm == m.group(1).lower()), None)
    if j is None or any(h.first <= j <= h.last for h in about) \
            or any(an.words[i].norm in BE_FORMS for i in range(max(0, j - 3), j)):
        return None  # ("The new offer is a raise of 40 percent": the noun is said of the subject)
    return Decision(False, f"is the figure of '{an.words[j].text}', which no term names")


def measure_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'about 90 kilometers (56 miles) of cable', '3 metres of mud': a length followed
    by "of" and a lower-case noun measures that noun; when no term names it, it is no measure of the fact's thing
    ("within 200 km of Moscow": a capitalised place after "of" is a reference point, passed on)."""
    if mention.kind != "number" or UNITS.get(normalise(mention.unit), ("",))[0] != "length":
        return None
    k = _unit_end(an, mention)
    if not 0 < k <= len(an.words) or UNITS.get(an.words[k - 1].norm, ("",))[0] != "length":
        return None  # ("5,000 m2 of paving": an area)
    end = mention.end if normalise(mention.text.split()[-1]) == normalise(mention.unit) else _unit_stop(an, mention)
    m = _MEASURE_OF.match(an.sentence.text, end)
    if m is None:
        return None
    head = _phrase(an, an.index_after(m.end()))
    if not head or _hit_in(about, head) or _WITHIN.search(mention.before[-12:]) \
            or any(an.words[j].norm in REFERENCE_NOUNS for j in head):
        return None  # "came within 120 miles of the capital", "40 km of the provincial capital": a reference point
    return Decision(False, f"measures the {_words(an, head)}, not the subject")


_WITHIN = re.compile(r"\bwithin\s+(?:about\s+|some\s+|roughly\s+)?\Z", re.IGNORECASE)


def _unit_stop(an: Analysed, mention: Mention) -> int:
    """The character offset right after the mention's unit word."""
    k = _unit_end(an, mention)
    return an.words[k - 1].end if 0 < k <= len(an.words) else mention.end


def date_with_place(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'on October 6, 2022, in Prague and May 14, 2023, in Brussels': each date goes with its place."""
    if mention.kind != "date":
        return None
    m = _IN_PLACE.match(an.sentence.text, mention.end)
    if not m:
        return None
    run = _name_run(an, an.index_after(m.end()))
    if not run:
        return None
    if _hit_in(about, run):
        return Decision(True, f"dates what happened in {_words(an, run)}")
    places = [h for h in about if h.first > 0 and an.words[h.first - 1].norm in ("in", "at")]
    if places:
        return Decision(False, f"dates what happened in {_words(an, run)}, not in '{_span(an, places[0])}'")
    return None


_TIME_PREPS = {"in", "on", "by", "at"}
_TIME_LEADS_BEFORE = {"late", "early", "mid", "last", "the"}


def paired_date(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'won approval from US regulators in May and European Union regulators in late June': in a coordination of
    noun phrases each followed by its own time, a date goes with the noun phrase right before it: when that phrase
    holds no term and the other one, joined by "and", holds a term and a time of its own, the date is not the term's."""
    phrase = _phrase_before_time(an, mention) if mention.kind == "date" else None
    if phrase is None or _hit_in(about, phrase):
        return None
    ws, start, k = an.words, phrase.start, phrase.stop
    own = None
    if start >= 2 and ws[start - 1].norm == "and":  # the second of the pair
        own = next((h for h in about if h.last < start - 1 and _timed_before_and(an, h.last + 1, start - 1)), None)
    after = an.index_after(mention.end)
    if own is None and after < len(ws) - 2 and ws[after].norm == "and":  # the first of the pair
        own = next((h for h in about if after < h.first <= after + 5 and _timed_after(an, h.last + 1)), None)
    if own is None:
        return None
    return Decision(False, f"dates '{_words(an, range(start, k))}', paired with it, as '{_span(an, own)}' has its own")


def amount_for(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Rp 50 million for a flattened home, Rp 25 million for a damaged home and Rp 10 million for repairs': in a list
    of counts each followed by "for" and what it is for, a count goes with its own for-phrase: when that phrase holds
    no term and another count's does, the count is that other thing's."""
    if mention.kind != "number" or "for" not in an.norms:
        return None
    pairs = _counts_for(an)
    k = an.index_at(mention.end - 1)  # the count's last word: "Rp 50 million" is read from its sign
    own = next((p for p in pairs if p[0] <= k < p[1].start), None)
    if own is None or len(pairs) < 2 or _hit_in(about, own[1]):
        return None
    other = next((p for p in pairs if p is not own and _hit_in(about, p[1])), None)
    if other is None:
        return None
    return Decision(False, f"is the figure for '{_words(an, own[1])}', as '{_words(an, other[1])}' has its own")


@per_sentence
def _counts_for(an: Analysed) -> tuple[tuple[int, range], ...]:
    """Each count followed (past up to two words of its unit) by "for" and a phrase to the next mark, "and" or "or":
    the count's first word and the phrase (read once per sentence, asked for each value and fact)."""
    ws, pairs = an.words, []
    for j, w in enumerate(ws):
        if w.norm != "for" or j < 1:
            continue
        start = next((i for i in range(j - 1, max(-1, j - 4), -1) if _count_word(ws[i])), None)
        if start is None or any(_gap(an, i).strip() for i in range(start + 1, j + 1)):
            continue
        while start > 0 and not _gap(an, start).strip() and (ws[start - 1].norm in SCALES or _count_word(ws[start - 1])):
            start -= 1  # (not across a mark: "$85 million, $50 million for housing")
        end = next((i for i in range(j + 1, len(ws)) if _gap(an, i).strip() or ws[i].norm in ("and", "or")), len(ws))
        if end > j + 1:
            pairs.append((start, range(j + 1, end)))
    return tuple(pairs)


def _phrase_before_time(an: Analysed, mention: Mention) -> range | None:
    """The noun phrase right before a date's time phrase ("European Union regulators" in "... European Union
    regulators in late June"), back to "and" or a preposition, or None (not an adverb: "and again in July")."""
    ws, k = an.words, an.index_at(mention.start)
    if ws[k].start >= mention.start:
        k -= 1
    while k > 0 and ws[k].norm in _TIME_LEADS_BEFORE:
        k -= 1
    if k < 2 or ws[k].norm not in _TIME_PREPS or not _noun_like(ws[k - 1]) or ws[k - 1].norm in _NOT_NOUNS:
        return None
    start = k - 1
    while start > 0 and k - start < 6 and ws[start - 1].norm != "and" and ws[start - 1].norm not in _PHRASE_STOPS:
        start -= 1
    return range(start, k)


_PHRASE_STOPS = FUNCTION_WORDS - {"the", "a", "an"}
_NOT_NOUNS = {"again", "also", "then", "later", "once", "twice", "too", "still"}


def _timed_after(an: Analysed, j: int) -> bool:
    """Does a time phrase ("in May", "on 3 May") open at word j?"""
    ws = an.words
    while j < len(ws) and ws[j].norm in _TIME_LEADS_BEFORE:
        j += 1
    return j + 1 < len(ws) and ws[j].norm in _TIME_PREPS and any(_time_word(w) for w in ws[j + 1:j + 4])


def _timed_before_and(an: Analysed, j: int, conj: int) -> bool:
    """Do the words from j to the "and" at ``conj`` hold only a time phrase ("in May", "on 3 May 2019")?"""
    ws = an.words
    if j >= conj or ws[j].norm not in _TIME_PREPS or conj - j > 6:
        return False
    return any(_time_word(w) for w in ws[j + 1:conj]) and not _gap(an, conj).strip(" ,")


# "2024-08-25 16:15:55", "25/08/2024 16:15": a date in figures with a clock time right after it
_NUMERIC_DATE = re.compile(r"\d{4}-\d\d-\d\d")  # (the one date in figures the date finder reads: ISO's)
_CLOCK_AFTER = re.compile(r"(?:T|,?\s{1,3})\d{1,2}:\d{2}(?::\d{2})?\b")


def timestamp(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Italy opens investigation into the sinking – 2024-08-25 16:15:55', 'Updated 2024-08-25 16:15': a date written
    in figures with a clock time right after it, after punctuation, the line's start or a word of stamping (not after
    a preposition or a verb: 'struck on 2023-09-08 22:11 UTC'), is a record's stamp (a page's, a file's, a post's),
    no statement of when anything happened; so is a dateline's date, after a place and a comma at the line's start and
    before an agency in brackets or a dash ("Tokyo, Jan. 3 (Jiji Press)--"; opening the line before an agency in
    brackets and a dash, its place dropped: "Sept. 14 (UPI) --"): when the story was filed; and so is a
    photo caption's, after a comma and before a credit in brackets that ends the line ("..., January 7, 2024 (NTSB)"):
    when the picture was taken."""
    if mention.kind != "date":
        return None
    if _dateline(an, mention):
        return Decision(False, "is the dateline's date (when the story was filed), no date of an event")
    aside = _caption_or_zone(an, mention, about)
    if aside is not None:
        return aside
    if _STAMP_LABEL.fullmatch(an.sentence.text, 0, mention.start):
        return Decision(False, "is a page's stamp ('Published: ...'), no date of an event")
    if not _NUMERIC_DATE.fullmatch(mention.text.strip()):
        return None
    if not _CLOCK_AFTER.match(an.sentence.text, mention.end):
        return None
    before = an.sentence.text[:mention.start].rstrip()
    if before and before[-1].isalpha() and before.split()[-1].lower() not in STAMP_WORDS:
        return None  # "The earthquake struck on 2023-09-08 22:11 UTC": an event's time, after its preposition
    return Decision(False, "is a stamp (a date in figures with a clock time), no date of an event")


def _caption_or_zone(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """A photo caption's date, or a date restating the moment in another time zone in brackets: set aside."""
    text = an.sentence.text
    if _caption_tail(an, mention, about):  # loosely: the picture may be of the event on its day
        decision = _same_clause(an, an.index_at(mention.start), about)
        return replace(decision, weak="possible conflict: a photo caption's date, closing it after its place (when the "
                                      "picture was taken), maybe not the event's") if decision.attached else decision
    if _other_zone(text, mention):
        return Decision(False, "restates the moment in another time zone, in brackets (the clause's own date stands "
                               "before it)")
    before = _WEEKDAY_END.sub(",", text[:mention.start].rstrip())  # (", Wednesday 1 March 2023 (AP)": its weekday)
    if _CAPTION_END.match(text, mention.end) and before.endswith(",") \
            and before[:-1].split()[-1:] != [] and before[:-1].split()[-1].lower() not in WEEKDAY_NAMES:
        # "A hole where a door plug blew out is inspected by the NTSB, January 7, 2024 (NTSB)": a photo caption
        return Decision(False, "is a photo caption's date and credit (when the picture was taken), no date of an event")
    return None


def _caption_tail(an: Analysed, mention: Mention, about: list[Hit]) -> bool:
    """'Survivors gather around a fire in devastated Bam, Iran, Tuesday, Dec. 30, 2003.': a day with its year closing
    a sentence with no past verb (a participle after a determiner or preposition is an adjective), after a comma (and
    a weekday) right after a place's name, is a photo caption's date."""
    text = an.sentence.text
    if mention.value.yearless or mention.value.grain != "day":
        return False
    if _PLACE_END.match(text, mention.end):  # "... on Saturday, July 5, 2025, in Kerrville, Texas.": the place after
        return _no_past(an.words[:an.index_at(mention.start)])
    if not _SENTENCE_END.match(text, mention.end):
        return False
    place = _CAPTION_PLACE.search(text, max(0, mention.start - 60), mention.start)
    if place is None:  # "A mourner rubs ... at Smith Point County Park on July 17, 2019.": a caption's present
        place = _present_place(an, mention, about) if _present_one(an) else None
    elif place.group("place").lower() in WEEKDAY_NAMES or _ON_BEFORE.search(text, 0, place.start()):
        return False  # ("in Elm, Northia, on Friday, July 26, 2024": a preposition's date, the clause's)
    if place is None:
        return False
    return _no_past(an.words[:an.index_at(place.start())])


def _no_past(ws) -> bool:
    """No past verb among the words (a participle after a determiner or preposition is an adjective), nor a time to
    come ("The trial will open in Paris, Wednesday, ..."): a caption's present."""
    return not any(w.norm in _PAST_AUXILIARIES or w.norm in _TO_COME or _past(w) and not (
        j and ws[j - 1].norm in _ADJECTIVE_AFTER and ws[j - 1].norm != "that") for j, w in enumerate(ws))
    # ("the flooding that struck a camp": "that" before a past verb opens a relative clause)


def _present_place(an: Analysed, mention: Mention, about: list[Hit]) -> re.Match | None:
    """In a caption's present, the "on" before the date after a place's name (not "A report blames a fuel tank
    explosion for the crash on July 18, 1996"), its verb no term (not "A jet crashes in the Alps on ...": the event)."""
    place = _ON_BEFORE.search(an.sentence.text, max(0, mention.start - 4), mention.start)
    k = an.index_at(place.start()) if place else 0
    if k < 1 or not an.words[k - 1].capitalised or an.words[k - 1].norm in WEEKDAY_NAMES \
            or any(h.first <= 2 <= h.last for h in about):
        return None
    return place


def _present_one(an: Analysed) -> bool:
    """'A mourner rubs her hand over the names ...': a sentence opened by "a"/"an", a singular noun and a verb in the
    present's -s, a photo caption's present (a story tells its past in the past)."""
    ws = an.words
    return len(ws) > 3 and ws[0].norm in ("a", "an") and not ws[1].norm.endswith("s") and not ws[1].capitalised \
        and ws[2].norm.endswith("s") and not ws[2].norm.endswith(("ss", "us", "is")) and ws[2].norm not in FUNCTION_WORDS


_PAST_AUXILIARIES = frozenset({"was", "were", "had", "has", "have"})
_TO_COME = frozenset({"will", "would", "shall", "set", "expected", "due", "scheduled"})
_ADJECTIVE_AFTER = DETERMINERS | LOCATIVE_PREPOSITIONS | {"of"}


_SENTENCE_END = re.compile(r"\s*\.?\s*\Z")
# a caption's place after its date, closing it: ", in Kerrville, Texas."
_PLACE_END = re.compile(r",\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})?"
                        r"\s*\.?\s*\Z")
_WEEKDAY_END = re.compile(r",\s*(?i:" + "|".join(WEEKDAY_NAMES) + r"),?\Z")  # a comma and a weekday closing the text
# a place's name (capitalised), a comma, maybe a weekday and its comma, right before the date
_CAPTION_PLACE = re.compile(r"\b(?P<place>[A-Z][\w'’-]+),\s+(?:(?i:" + "|".join(WEEKDAY_NAMES) + r"),\s+)?\Z")
_ON_BEFORE = re.compile(r"\bon\s+\Z", re.IGNORECASE)


_ZONE_BRACKET = re.compile(r"\([^()]{0,30}\d(?::\d\d)?\s*[ap]\.?m\.?[^()]{0,20}\b(?:" + "|".join(TIME_ZONES)
                           + r")\b[^()]{0,10}\)")


def _other_zone(text: str, mention: Mention) -> bool:
    """'lost contact on Saturday at 2:40 a.m. local time (1:40 p.m. Friday ET)': a day inside a bracket with a clock
    time and a time zone restates the same moment elsewhere."""
    opening = text.rfind("(", max(0, mention.start - 30), mention.start)
    return opening >= 0 and bool(_ZONE_BRACKET.match(text, opening)) and _ZONE_BRACKET.match(text, opening).end() >= mention.end


# a page's stamp label and its colon opening the line: "PUBLISHED : Thursday, 29 December, 2011, 12:00am", "Updated: 3
# May 2024" (not "Published on 3 May, the report found ...", the report's own date)
_STAMP_LABEL = re.compile(r"\s*(?:last\s+)?(?:" + "|".join(sorted(STAMP_WORDS)) + r")(?:\s+(?:on|at))?\s*:\s*"
                          r"(?:(?:" + "|".join(WEEKDAY_NAMES) + r"),?\s*)?", re.IGNORECASE)


# a caption's end: a credit in brackets (capitalised words or an agency, "(NTSB)", "(AP Photo/Jae C. Hong)") and
# nothing after it but a full stop
_CAPTION_END = re.compile(r"\s*\((?:[A-Z][\w.&'’/-]*)(?:[ /][\w.&'’-]+){0,5}\)\s*\.?\s*\Z")


def _dateline(an: Analysed, mention: Mention) -> bool:
    """Is the date a dateline's (``timestamp``)?"""
    place = _DATELINE_BEFORE.fullmatch(an.sentence.text, 0, mention.start)
    after = _DATELINE_AFTER.match(an.sentence.text, mention.end)
    if not place and after and (after.group("agency") or after.group("bare")):
        place = _CAPITAL_PLACE_BEFORE.search(an.sentence.text, max(0, mention.start - 40), mention.start)  # after a byline
    if not place and after and _agency(after.group("agency")) and not an.sentence.text[:mention.start].strip():
        place = after  # "Sept. 14 (UPI) -- Typhoon Mangkhut made landfall": its place on the line before, or dropped
    # (a place in capitals, or an agency after the date: not a headline's "Noto Earthquake, Jan. 1 – Toll Rises"; a
    # place in capitals needs no comma nor dash: "NEW YORK Oct 28 A fatal derailment ...", an agency's dropped)
    return bool(place and after and (after.group("agency") or after.group("bare") or place.group().strip(" ,").isupper())
                or _caps_place(an.sentence.text[:mention.start]) and _STORY_AFTER.match(an.sentence.text, mention.end))


def _agency(bracket: str | None) -> bool:
    """'(UPI)', '(Reuters)', '(Jiji Press)': a bracket that names a news agency (``NEWS_AGENCIES``), not a weekday, a
    clock time, a time zone or a place ('(Fri)', '(1:40 a.m.)', '(local time)', '(PHT)', '(Manila)')."""
    return bool(bracket) and " ".join(bracket.strip("() ").lower().split()) in NEWS_AGENCIES


# A dateline: a place in capitals or a capitalised place (a few words) and a comma at the line's start, the date, then
# an agency in brackets or a dash: "Tokyo, Jan. 3 (Jiji Press)--", "OSLO, Dec 9, 2023 (BSS/AFP) -", "Orsk, Velmar,
# Mar 13 (EFE).-" (a full stop before the dash, EFE's style); an agency may
# stand without its dash, the story right after it: "London, Jun 15 (PTI) The death toll ..."
# (with the region it lies in: "ORSK, Velmar, Aug. 22 (UPI) --")
# (or in brackets: "SAN JOSE (California), Oct 24 (Bernama-dpa) --")
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([A-Z][^()]{0,30}\))?\s*,\s*"
                              r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}\s*,\s*)?")
# a dateline inside a line, after a byline or a list of highlights: a place in capitals and a comma ("... By Jo Roe
# LOS ANGELES, Oct 23 (Reuters) – The man ..."); it needs the agency after the date
_CAPITAL_PLACE_BEFORE = re.compile(r"(?<![\w,])[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,2}\s*,\s*\Z")
_DATELINE_AFTER = re.compile(r"\s*(?:(?P<agency>\([^()]{1,40}\))\s*)?\.?(?:-{1,2}|[\u2013\u2014])"
                             r"|\s*(?P<bare>\([A-Z][^()]{0,39}\))\s+[A-Z]")
# a dateline with no comma nor dash, its agency dropped: a place in capitals, the date, the story's first capitalised
# word ("NEW YORK Oct 28 A fatal derailment ...")
_CAPS_PLACE_BEFORE = re.compile(r"\s*[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3}\s*,?\s*")
_STORY_AFTER = re.compile(r"\s+(?:\([A-Z][^()]{0,39}\)\s+)?[A-Z][a-z]*\b")


def _caps_place(before: str) -> bool:
    """A place in capitals before a dateline's date: capital words, none a verb's form in -ED or -ING ("TRAIN DERAILED
    Dec 1" is a headline; "LOS ANGELES", "PARIS" are places whatever their last letter)."""
    return bool(_CAPS_PLACE_BEFORE.fullmatch(before)) and not any(
        w.endswith(("ED", "ING")) and len(w) > 3 for w in re.findall(r"[A-Z][A-Z.'’-]+", before))


def joint_outcome(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Over 17,000 homes destroyed or severely damaged', '40 people were killed or injured': a count whose term
    (an outcome: a past participle or ``OUTCOME_WORDS``) joined by "or"/"and" to another outcome with no number or
    object of its own counts both together, not the term's alone (not "destroyed 6,837 structures and damaged 973")."""
    if mention.kind != "number" or ("or" not in an.norms and "and" not in an.norms):
        return None
    ws, k = an.words, an.index_after(mention.end)
    for h in about:
        if k <= h.first <= k + 4 and an.clause[h.first] == an.clause[k - 1 if k else 0]:
            other = _other_outcome(an, h, about)
            if other is not None:
                return Decision(False, f"counts those '{_span(an, h)} {ws[h.last + 1].text} {ws[other].text}' together")
    return None


def _other_outcome(an: Analysed, h: Hit, about: list[Hit]) -> int | None:
    """The word of the outcome joined to term h by or/and ("destroyed or severely damaged"), with no number or object
    of its own, when h is an outcome itself; else None."""
    ws, j = an.words, h.last + 1
    if j + 1 >= len(ws) or ws[j].norm not in ("or", "and") or _gap(an, j).strip() \
            or not (_past(ws[h.last]) or ws[h.last].norm in OUTCOME_WORDS):
        return None  # (the term an outcome itself, not a noun: "burned 23,448 acres and destroyed 6,837 structures")
    m = j + 1
    while m < len(ws) - 1 and ws[m].norm.endswith("ly"):
        m += 1  # "or severely damaged"
    objectless = m + 1 >= len(ws) or _gap(an, m + 1).strip() or ws[m + 1].norm in FUNCTION_WORDS - DETERMINERS
    if (_past(ws[m]) or ws[m].norm in OUTCOME_WORDS) and objectless and not any(x.first <= m <= x.last for x in about):
        return m
    return None


def date_bound(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'A verdict is expected before the summer', 'due by the end of June', 'no later than 30 June': a date right after
    a word of a latest time is a bound, no date of the event: set aside."""
    if mention.kind != "date":
        return None
    text = an.sentence.text
    m = _BOUND_BEFORE.search(text, max(0, mention.start - 24), mention.start)
    if m is None or _FRONTED.search(text, max(0, m.start() - 6), m.start()) \
            or _SPAN_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
            or text[mention.end:mention.end + 2] in ("'s", "’s") or mention.text.endswith(("'s", "’s")):
        return None  # ("But, by the 8th of July, Musk had tried": a fronted time, the narrative's; "three months
        # before October's first round": a span from another event)
    after = an.index_after(mention.end)
    if after < len(an.words) and _gap(an, after) == " " and an.words[after].norm not in FUNCTION_WORDS \
            and not an.words[after].capitalised and not _past(an.words[after]):
        return None  # "devastated by the March 11 earthquake": the date names a noun's event
    return Decision(False, f"is a latest time ('{' '.join(m.group(1).split())}'), a bound, no date of the event")


_SPAN_BEFORE = re.compile(r"\b(?:days?|weeks?|months?|years?|hours?|minutes?)\s+\Z", re.IGNORECASE)
_FRONTED = re.compile(r"(?:\A|[,;:(]|\b(?:and|but|so)\b)\s*\Z", re.IGNORECASE)
_BOUND_BEFORE = re.compile(r"\b(before|by|ahead\s+of|prior\s+to|no\s+later\s+than)\s+(?:the\s+)?\Z", re.IGNORECASE)


def date_modifier(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the 2020 ceasefire', 'Monday's earthquakes': a date right before a noun, plain or possessive, modifies it; so
    does a span of years joined by a dash ("Bosnia's 1992-1995 war", "the 1992-95 war": each year the war's)."""
    if mention.kind != "date":
        return None
    mention = _year_span(an.sentence.text, mention)
    after = an.index_after(mention.end)
    owned = mention.text.endswith(("'s", "’s"))
    if not owned and an.sentence.text[mention.end:mention.end + 3] in ("'s ", "’s "):
        owned, after = True, an.index_after(mention.end + 2)  # "last week's record-breaking rains"
    head = _phrase(an, after) if owned else None
    if head:
        return Decision(_hit_in(_noun_terms(an, about), head), f"dates '{_words(an, head)}'")
    if mention.text.lower().endswith("-century") and after < len(an.words) and not _gap(an, after).strip() \
            and an.words[after].norm not in FUNCTION_WORDS:
        # "the magnificent 12th-century gothic cathedral": a century before a noun phrase says how old that thing is
        head = _century_noun(an, after)
        named = _hit_in(_noun_terms(an, about), head)
        return Decision(named, f"dates '{_words(an, head)}'" + ("" if named else ", its age, not the clause's event"))
    if not (_touches(an.sentence.text, mention.end, an.words, after) or _year_comma(an, mention, after)):
        return None
    decision = _premodifier(an, after, about, mention)
    if decision is None and _holiday_name(mention):
        decision = _occasion_of_noun(an, mention, after, about)
    if _holiday_name(mention) and (decision is None or decision.attached):
        # "the Halloween crowd crush", "impeached over Halloween crush" (on the 29th): the occasion, loosely
        head = _phrase(an, after)
        if head and _hit_in(_noun_terms(an, about), head):
            why = f"'{mention.text}' before '{_words(an, head)}' names its occasion, which may span days"
            return Decision(True, why, weak="possible conflict: " + why)
    return decision


def _year_span(text: str, mention: Mention) -> Mention:
    """A year joined by a dash to another ("1992-1995", "1992-95"), widened to the span the two years write; else
    the mention itself."""
    if not (is_year(mention.text) or len(mention.text) == 2 and mention.text.isdigit()):
        return mention  # (the second year may be written with two digits: "1992-95")
    after = _NEXT_YEAR.match(text, mention.end) if len(mention.text) == 4 else None
    if after:
        return replace(mention, end=after.end())
    before = _LAST_YEAR.search(text, max(0, mention.start - 6), mention.start)
    return replace(mention, start=before.start()) if before else mention


_NEXT_YEAR = re.compile(r"[-–](?:\d{4}|\d\d)(?![\w%])")  # "-1995", "-95" right after a year
_LAST_YEAR = re.compile(r"(?<![\w.,])\d{4}[-–]\Z")  # "1992-" right before one


def own_year(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The trial of 18 people accused over the deadly 2016 attack opened on Wednesday': a term naming an unplanned event
    (``KNOWN_EVENT_NOUNS``) dated by a year right before it has its time; a date of its sentence outside that year is
    another event's (not when another term of the sentence has no such year; not a thing's year: "the 2024 budget")."""
    if mention.kind != "date" or mention.value.yearless:
        return None
    ws = an.words
    years = {h.first - 1 for h in about if h.first >= 2 and is_year(ws[h.first - 1].norm)
             and ws[h.last].norm in KNOWN_EVENT_NOUNS  # (an unplanned event's; not "the 2024 budget was passed in 2023")
             and _determined(ws, h.first - 1) and not ws[h.first - 1].start <= mention.start < ws[h.first - 1].end}
    if not about or len(years) != len(about):
        return None
    here = about
    owned = {int(ws[j].norm) for j in years}
    if any(mention.value.first.year <= y <= mention.value.last.year for y in owned):
        return None
    return Decision(False, f"'{_span(an, here[0])}' has its own year ('{ws[min(years)].text}'), which this date is "
                           "outside")


def _determined(ws: tuple[Word, ...], y: int) -> bool:
    """Does the year at word ``y`` open with its noun's determiner, maybe past one describing word ("the 2016 attack",
    "the deadly 2016 attack"; not a date's year: "launched August 5, 2011 arrived")?"""
    before = ws[y - 1]
    if before.norm in DETERMINERS:
        return True
    return y >= 2 and not before.capitalised and before.norm not in FUNCTION_WORDS and not _past(before) \
        and ws[y - 2].norm in DETERMINERS


def _occasion_of_noun(an: Analysed, mention: Mention, after: int, about: list[Hit]) -> Decision | None:
    """'charges against 25 Easter Sunday bombing suspects': a holiday's name right before a lower-case noun names
    that noun's occasion, with no determiner too; set aside when no term stands in the noun's phrase."""
    ws = an.words
    if after >= len(ws) or ws[after].capitalised or ws[after].norm in FUNCTION_WORDS or _past(ws[after]) \
            or _time_noun(ws[after]):
        return None  # ("broke out on Christmas Eve night": the night is that day's)
    head = _phrase(an, after)
    if _hit_in(_noun_terms(an, about), head):
        return None
    return Decision(False, f"'{mention.text}' names the occasion of '{_words(an, head)}', not the subject's")


def _century_noun(an: Analysed, after: int) -> range:
    """The noun phrase a century modifies: spaced words up to a function word or punctuation (at most six)."""
    end = after
    while end < len(an.words) and end - after < 6 and an.words[end].norm not in FUNCTION_WORDS \
            and (end == after or _gap(an, end) == " "):
        end += 1
    return range(after, max(end, after + 1))


def _holiday_name(mention: Mention) -> bool:
    """A holiday written without a day or year ("Halloween", "Christmas"): before a noun it names an occasion."""
    return not any(c.isdigit() for c in mention.text) and mention.text.lower().replace("’", "'") in HOLIDAYS


def _year_comma(an: Analysed, mention: Mention, i: int) -> bool:
    """'the Aug. 8, 2023, wildfire', 'the March 14, 2004, Velmar train bombings': a full date before a noun, set off
    by the comma American style puts after its year; a name may open the noun phrase when a lower-case noun follows
    it ("on March 14, 2004, Velmar voted" opens a clause)."""
    ws = an.words
    if not (i < len(ws) and mention.text[-4:].isdigit() and an.sentence.text[mention.end:ws[i].start] == ", "):
        return False
    j = i
    while j < len(ws) and j - i < 4 and ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS \
            and (j + 1 == len(ws) or _gap(an, j + 1) == " "):
        j += 1
    if j > i and j + 1 < len(ws) and (ws[j + 1].norm in AUXILIARIES or _past(ws[j + 1])):
        return False  # ("Since the bombings of March 11, 2004, Velmar officials have tightened ...": a clause's subject)
    return j < len(ws) and (j == i and not ws[j].capitalised or j > i and _head_word(ws[j]))


def date_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the statement of November 9, 2020' dates the statement; so does 'in' and a year or month after a noun owned
    with 's ("counts related to FTX's collapse in 2022": the collapse's year; not "spoke to Orsk's family on 3 May",
    the speaking's day)."""
    if mention.kind != "date":
        return None
    i = an.index_at(mention.start)
    if an.words[i].start >= mention.start:
        i -= 1
    if i >= 3 and an.words[i].norm == "in" and _owned_noun(an, i - 1) and mention.value.grain in ("year", "month"):
        noun = an.words[i - 1]
        if any(h.last == i - 1 for h in about):
            return Decision(True, f"dates '{noun.text}'")
        return Decision(False, f"dates '{an.words[i - 3].text}'s {noun.text}', not the subject")
    if i < 1 or an.words[i].norm != "of":
        return None
    return _date_after_of(an, mention, about, i)


def _adverbial_day_part(an: Analysed, k: int) -> bool:
    """'On the morning of August 15', 'in the early morning of July 6': a part of a day after "on the"/"in the",
    an adverbial of time (not a span: "within days of May 2 attack", nor "the night of the May 3 attack" after
    another word)."""
    ws = an.words
    if ws[k].norm == "hours" and k >= 1 and (ws[k - 1].norm in DAY_PARTS or ws[k - 1].norm in DAY_PART_NARROWERS):
        k -= 1  # ("in the early morning hours of 6 July", "in the small hours of 6 July")
    elif ws[k].norm not in _DAY_PART_NOUNS:
        return False
    if k >= 1 and ws[k - 1].norm in DAY_PART_NARROWERS and ws[k].norm in _DAY_PART_NOUNS:
        k -= 1
    return k >= 2 and ws[k - 1].norm == "the" and ws[k - 2].norm in ("on", "in")


_DAY_PART_NOUNS = frozenset(DAY_PARTS) | {"day"}


def _date_after_of(an: Analysed, mention: Mention, about: list[Hit], i: int) -> Decision | None:
    """``date_of`` for a date after the "of" at word i: the noun before "of" is dated, unless the date premodifies
    the noun phrase after it."""
    after = an.index_after(mention.end)
    if _adverbial_day_part(an, i - 1):
        return None  # "On the morning of August 15 passenger aircraft Airbus A321 crash landed": no premodifier
    if _noun_at(an, after):  # "releases preliminary report of March 10 crash": the date is the crash's, its premodifier
        return _premodifier(an, after, about, mention, hyphened=True)
    noun = an.words[i - 1]
    if noun.norm in TIME_NOUNS and not _event_date_noun(an, i - 1):
        return None  # ("the night of November 10": look through it)
    if _year_comma(an, mention, after) and an.words[after].capitalised:
        # "victims of March 14, 2004, Velmar train bombings": the bombings' date (not "the attack of Nov 26, 2008,
        # was ...": the attack's)
        return _premodifier(an, after, about, mention, hyphened=True)
    owner = [h for h in about if h.last == i - 1 or h.last == i - 2 and noun.norm == "date"]
    if owner:
        return Decision(True, f"dates '{_span(an, owner[0])}'")
    if noun.norm in FUNCTION_WORDS:
        return None
    return Decision(False, f"dates '{noun.text}', not the subject")


def _noun_at(an: Analysed, k: int) -> bool:
    """A noun phrase's head at word k, right after a space: no preposition of place ("of 27 December near the
    airport" dates what its clause says; "of 27 December near-fatal crash", hyphen-joined, is the crash's)."""
    return k < len(an.words) and _gap(an, k) == " " and _head_word(an.words[k]) and (
        an.words[k].norm not in LOCATIVE_PREPOSITIONS or k + 1 < len(an.words) and _gap(an, k + 1) == "-")


def _event_date_noun(an: Analysed, k: int) -> bool:
    """'a trial date of December 16', 'the election date of 4 July': "date" after the noun of the event it is the
    date of (a lower-case noun, no function word)."""
    ws = an.words
    return ws[k].norm == "date" and k >= 1 and not ws[k - 1].capitalised and ws[k - 1].norm.isalpha() \
        and ws[k - 1].norm not in FUNCTION_WORDS and _gap(an, k) == " "


def _owned_noun(an: Analysed, k: int) -> bool:
    """'related to FTX's collapse': word k a lower-case noun right after a name's 's, the name after a preposition
    (not a verb's object, whose phrase after it is the verb's: "sold Alpha Line's ferry on 9 May"; nor the
    subject: "FTX's collapse in 2022 shocked markets")."""
    ws = an.words
    if not (k >= 3 and not ws[k].capitalised and ws[k].norm not in FUNCTION_WORDS and not _past(ws[k])
            and ws[k - 1].norm == "s" and _gap(an, k - 1) in ("'", "’") and ws[k - 2].capitalised):
        return False
    j = _name_run_back(an, k - 2).start  # "Velmar Air's": the whole name
    return j > 0 and ws[j - 1].norm in OWNER_PREPOSITIONS


def number_in_apposition(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Oskar, 19,' and 'Oskar (19)' give Oskar's age."""
    if mention.kind != "number":
        return None
    text, i = an.sentence.text, an.index_at(mention.start)
    if an.words[i].start >= mention.start:
        i -= 1
    mark = text[an.words[i].end:mention.start].strip() if i >= 0 else ""
    if i < 0 or not an.words[i].capitalised or mark not in (",", "("):
        return None
    after = text[mention.end:mention.end + 1]
    if (after != ")" if mark == "(" else after not in (",", ")", ";", ".", "") and mention.end < len(text)):
        return None
    if mark == "(" and _BARE_COUNT.search(_BRACKETS.sub(" ", text)):
        return None  # "Lind (30) and Roe (37) put on 89", "Lind (30) led Roe (33) by three shots": scores, no ages
    run = _name_run_back(an, i)
    if _hit_in(about, run):
        return Decision(True, f"is given for {_words(an, run)}")
    return Decision(False, f"is given for {_words(an, run)}, not the subject")


def named_aside(an: Analysed, mention: Mention | Hit, about: list[Hit]) -> Decision | None:
    """'Slack, purchased in 2021, and Mulesoft, acquired in 2018, brought 3,700', 'MuleSoft, the platform it acquired
    in May 2018, according to ...': a date in an aside set off by commas right after a name, opened by a past
    participle or a determiner, describes that name: attached when the name is a term; set aside when the term is
    another name with an aside of its own (each name of such a list keeps its own).  A place so placed too ("Tableau,
    an analytics vendor founded in 2003 and based in Seattle,")."""
    if isinstance(mention, Mention) and mention.kind != "date":
        return None  # (a number in an aside is an age's or a count's: "Dahl, aged 59,", number_in_apposition's)
    k = mention.first if isinstance(mention, Hit) else an.index_at(mention.start)
    name = _aside_owner(an, k)
    if name is None:
        return None
    if _hit_in(about, name):
        why = f"is said of {_words(an, name)} in the aside after it"
        if any(name.stop <= h.first < _aside_end(an, k) and an.clause[h.first] == an.clause[k]
               for h in about) or _based_in(an, k):
            return Decision(True, why)
        # (the aside's act no term: "Lind, a former aide hired in 2015,": the name's hiring, maybe no part of the fact)
        return Decision(True, why, weak="possible conflict: said in an aside about the name, of an act no term names")
    others = [h for h in about if an.words[h.first].capitalised and _aside_owner_after(an, h.last)]
    if others:
        return Decision(False, f"is said of {_words(an, name)} in the aside after it, not of "
                               f"'{_span(an, others[0])}'")
    return None


def _aside_owner(an: Analysed, k: int) -> range | None:
    """The name whose aside (", acquired in 2018," or ", the platform it bought in May 2018,") holds word k."""
    ws = an.words
    start = _comma_before(an, k)
    if start <= 0 or not _aside_opener(an, start) or not ws[start - 1].capitalised \
            or ws[start - 1].norm in FUNCTION_WORDS or not _aside_closes(an, k):
        return None
    name = _name_run_back(an, start - 1)
    return None if _closes_an_aside(an, name.start) else name


def _closes_an_aside(an: Analysed, i: int) -> bool:
    """Does the name opening at word i end an aside of its own ("Velmar, a startup based in Aske, acquired Orsk": the
    comma after Aske closes the aside, and "acquired" is the main verb)?"""
    before = _comma_before(an, i)
    return before > 0 and (an.words[before].norm in ("a", "an", "the") or _past(an.words[before]))


def _comma_before(an: Analysed, k: int) -> int:
    """The word right after the nearest comma at or before word k, up to ``_ASIDE_REACH`` words back, or -1."""
    return next((j for j in range(k, max(0, k - _ASIDE_REACH), -1) if _gap(an, j).strip() == ","), -1)


def _aside_end(an: Analysed, k: int) -> int:
    """The word after the aside holding word k (its closing comma's, or the sentence's end)."""
    return next((j for j in range(k + 1, len(an.words)) if _gap(an, j).strip() == ","), len(an.words))


def _based_in(an: Analysed, k: int) -> bool:
    """Is word k a place right after "based in" ("an analytics vendor based in Seattle")?"""
    ws = an.words
    return k >= 2 and ws[k - 1].norm == "in" and ws[k - 2].norm in ("based", "headquartered")


def _aside_owner_after(an: Analysed, i: int) -> bool:
    """Does an aside (opened by a comma and a past participle or a determiner) follow the name ending at word i?"""
    return i + 1 < len(an.words) and _gap(an, i + 1).strip() == "," and _aside_opener(an, i + 1)


def _aside_opener(an: Analysed, j: int) -> bool:
    """Does word j open an aside: a past participle with no object right after it (not "acquired Orsk": a main verb),
    or a determiner not before a noun of time ("a day after 7 people were held" tells when)?"""
    ws = an.words
    if _past(ws[j]):
        return not (j + 1 < len(ws) and (ws[j + 1].capitalised or ws[j + 1].norm in DETERMINERS))
    return ws[j].norm in ("the", "a", "an") and not (j + 1 < len(ws) and ws[j + 1].norm in TIME_NOUNS)


def _aside_closes(an: Analysed, k: int) -> bool:
    """Does the aside holding word k end at a comma or the sentence's end, with no verb of saying in it ("Orsk, the
    company said on Monday, ...": a speaker, no aside)?"""
    ws = an.words
    for j in range(k + 1, len(ws)):
        if _gap(an, j).strip() == ",":
            break
        if ws[j].norm in SAYING_VERBS:
            return False
    return True


_ASIDE_REACH = 12  # words from the aside's comma to the value


_BRACKETS = re.compile(r"\([^()]*\)")
# a count outside brackets: digits not part of a date's day or year, or a count word
_BARE_COUNT = re.compile(r"\b(?:\d[\d,.]*(?!\s*(?:" + "|".join(MONTH_NAMES) + r"))(?<!\d{4})|(?:" + alternation(set(ONES) | set(TENS))
                         + r"))\b(?!\s*(?:st|nd|rd|th)\b)", re.IGNORECASE)


_MEASURE_BRACKET = re.compile(r"\(\s*(?:[a-z]+ing\s+)?(?:about|around|some|nearly|over|roughly|approximately)?\s*\Z",
                              re.IGNORECASE)


def bracketed_measure(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'a lander (1,723.89 kg) and a rover (26 kg)', 'a module (weighing 2,148 kg)': a bracket holding only a
    measure gives the measure of the noun right before it."""
    text = an.sentence.text
    if mention.kind != "number" or not mention.unit:
        return None
    restating = _RESTATING.search(text, max(0, mention.start - 30), mention.start) if normalise(mention.unit) in \
        PERCENT_UNITS else None
    if restating and restating.start():  # "received 16.5 million votes, which is 27.45%": the count as a share
        k = an.index_at(restating.start() - 1)
        if _counted(an, k):
            return _restated_count(an, k, about)
    m = _MEASURE_BRACKET.search(text, max(0, mention.start - 30), mention.start)
    if not m or m.start() == 0:
        return None
    close = text.find(")", mention.end)
    if close < 0 or close > mention.end + len(mention.unit) + 3:
        return None
    k = an.index_at(m.start() - 1)
    if not text[an.words[k].end:m.start()].strip() == "" or an.words[k].norm in FUNCTION_WORDS:
        return None
    part = _fraction_of(an, k)
    if part:  # "after two thirds of his sentence (15 years)": the part's measure, not the whole's
        return Decision(False, f"is the measure of a part of '{an.words[k].text}' ('{part}'), not of all of it")
    if any(h.first <= k <= h.last for h in about):
        return Decision(True, f"is the measure of '{an.words[k].text}'")
    if _counted(an, k):  # "won 7.18 million votes (50.49 percent)": the same count in another measure
        return _restated_count(an, k, about)
    return Decision(False, f"is the measure of '{an.words[k].text}', not the subject")


# a share said again of the count before it: ", which is 27.45%", ", or 27.45%", ", that is 27.45%"
_RESTATING = re.compile(r",\s*(?:which\s+(?:is|was|represents|represented)|or|that\s+is)\s+"
                        r"(?:(?:about|around|some|nearly|roughly|approximately)\s+)?\Z", re.IGNORECASE)


def _restated_count(an: Analysed, k: int, about: list[Hit]) -> Decision | None:
    """A share restating the count whose noun is word k: its holder's (a list item's, or a term's in its clause)."""
    held = _listed_holder(an, k - 1 - (an.words[k - 1].norm in SCALES))
    if held is not None:  # "the Free Democratic Party - 80 seats (10.7%)": the list item's holder's
        named = _hit_in(about, held)
        return Decision(named, f"restates the count of '{an.words[k].text}' that '{_words(an, held)}' holds")
    shared = next((h for h in about if an.clause[h.first] == an.clause[k]), None)
    return Decision(True, f"restates the count of '{an.words[k].text}', in a clause with '{_span(an, shared)}'") \
        if shared else None


def _fraction_of(an: Analysed, k: int) -> str:
    """'two thirds of his sentence', 'half of the distance': the fraction and "of" before the noun at word k (past a
    determiner), or ''."""
    ws = an.words
    j = k - 1 - (k > 0 and ws[k - 1].norm in DETERMINERS)
    if j >= 1 and ws[j].norm == "of" and ws[j - 1].norm in FRACTION_WORDS:
        return _words(an, range(j - 1, j + 1))
    return ""


def _listed_holder(an: Analysed, j: int) -> range | None:
    """'the Left Party – 69 seats', 'the Alternative for Germany party – 94 seats': the name a spaced dash parts from
    the count at word j (past one lower-case noun), a list item's holder; else None."""
    ws = an.words
    if j < 1 or _gap(an, j) not in SPACED_DASHES:
        return None
    n = j - 1
    if not ws[n].capitalised and ws[n].norm not in FUNCTION_WORDS and n > 0:
        n -= 1  # "party"
    return _name_run_back(an, n) if ws[n].capitalised and ws[n].norm not in FUNCTION_WORDS else None


def _counted(an: Analysed, k: int) -> bool:
    """Is word k a noun a number right before it counts ('7.18 million votes', '300 homes')?"""
    j = k - 1
    if j >= 0 and an.words[j].norm in SCALES:
        j -= 1
    return j >= 0 and an.words[j].norm[:1].isdigit()


# words between a when-clause's opening and its term that make the term's event another one ("two days after the
# shooting", "in the wake of", "in response to", "another shooting")
_ANOTHER_EVENT = {"after", "before", "since", "following", "followed", "prior", "until", "ago", "wake", "aftermath",
                  "response", "another", "unlike", "than"}


def _another_event_before(an: Analysed, k: int, h: Hit) -> bool:
    """A word of another event (``_ANOTHER_EVENT``) between the "when" at word k and term h, in one phrase with the
    term (no comma between: "when, just before dawn, an explosion tore through" keeps the explosion)."""
    return any(an.words[j].norm in _ANOTHER_EVENT and "," not in an.sentence.text[an.words[j].end:an.words[h.first].start]
               for j in range(k + 1, h.first))


def date_when(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'ending on 11 July, when all 13 were brought out': a when-clause right after a date tells what
    happened at that date."""
    k = an.index_after(mention.end)
    if mention.kind != "date" or k >= len(an.words) or an.words[k].norm != "when" \
            or an.sentence.text[mention.end:an.words[k].start].strip() not in ("", ","):
        return None
    inside = [h for h in about if an.clause[h.first] == an.clause[k] and not _another_event_before(an, k, h)]
    if inside:  # (not "when police raided a house two days after the shooting": another event's time)
        return Decision(True, f"is the time of the when-clause holding '{_span(an, inside[0])}'")
    return None


def participle_when(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'resumed the search on March 25 for the remains of the 150 people killed when a plane slammed into a mountain':
    a when-clause right after a participle that follows its noun (a reduced relative: "people killed when", "children,
    killed when") tells when that participle's event was, not when the clause before it was: a date before the
    participle is not the time of a term in that when-clause (when every term after the date stands in one)."""
    if mention.kind != "date":
        return None
    ws, d = an.words, an.index_at(mention.start)
    later = [h for h in about if h.first > d]
    if not later or len(later) != len(about):
        return None
    whens = [_reduced_relative_when(an, h, d) for h in later]
    if any(w is None for w in whens):
        return None
    w = whens[-1]
    return Decision(False, f"'{_span(an, later[0])}' is in the when-clause of '{ws[w - 1].text}', which describes "
                           f"'{ws[w - 2].text}', not this date's clause")


def _reduced_relative_when(an: Analysed, h: Hit, d: int) -> int | None:
    """The "when" between the date at word d and term h that follows a reduced relative's participle, or None: the
    clause's own verb comes first ("On March 25, 150 people died when ..." has none), and the participle stands in the
    date's own clause after a common noun (not "..., and 150 people perished when", "the plane that left Barcelona
    disintegrated when")."""
    ws = an.words
    w = next((j for j in range(h.first - 1, d, -1) if ws[j].norm == "when"), None)
    if w is None or w < d + 3 or not _past(ws[w - 1]) or _gap(an, w) != " " \
            or ws[w - 2].norm in BE_FORMS or ws[w - 2].norm in AUXILIARIES or not _noun_like(ws[w - 2]) \
            or _gap(an, w - 1).strip() not in ("", ",") or not any(_past(x) for x in ws[:w - 2]) \
            or an.clause[w - 1] != an.clause[d] or ws[w - 2].capitalised:
        return None
    return w


def _touches(text: str, end: int, ws: tuple[Word, ...], i: int) -> bool:
    return i < len(ws) and text[end:ws[i].start] in (" ", "-", "\u00a0")


def _lead(an: Analysed, mention: Mention, i: int) -> int | None:
    """The word before a value that makes it a noun's modifier: a determiner or possessive ("the 2020 ceasefire",
    "its June 18 descent", "Iran's 44-day war") or, as headlines drop "the", a preposition before a bare year and a
    lower-case noun ("sentences over 2014 mining disaster"; not "for 2019 Lind served"); None otherwise."""
    ws, first = an.words, an.index_after(mention.start)
    lead = _date_lead(an, mention, first) if mention.kind == "date" and first < len(ws) else first - 1
    if lead < 0:
        return None
    if ws[lead].norm in DETERMINERS or (mention.kind == "date" and mention.text.isdigit() and ws[lead].norm in _YEAR_LEADS
                                        and not ws[i].capitalised):
        return lead
    if mention.kind == "date" and lead > 0 and ws[lead].norm in _YEAR_LEADS | {"from"} and _noun_of_after(an, i):
        return lead  # "taken from 6 February drone footage of the derailment": a noun phrase with its of-phrase
    return None


def _date_lead(an: Analysed, mention: Mention, first: int) -> int:
    """The word before a date that may make it a noun's modifier: past describing words before a month or year ("a
    near-catastrophic January incident", "the deadly 2020 blast"), or the date's own determiner ("since the 4 July
    demolition"; not "of the 1990s", which is ``date_of``'s)."""
    ws = an.words
    if ws[first].norm in DETERMINERS and ws[first].start == mention.start and (first == 0 or ws[first - 1].norm != "of") \
            and not _before_time_noun(an, mention):
        return first
    if ws[first].norm in MONTH_NAMES or mention.text.isdigit():
        return described_from(an, first) - 1
    return first - 1


def _time_noun(w: Word) -> bool:
    return w.norm in TIME_NOUNS or w.norm in _TIME_PERIOD_NOUNS


def _time_head(ws: tuple[Word, ...], head: range) -> bool:
    return any(_time_noun(ws[j]) for j in head)


def _before_time_noun(an: Analysed, mention: Mention) -> bool:
    """Is the word after the date a noun of time ("on the 6 January holiday", "the 4 July weekend")?"""
    k = an.index_after(mention.end)
    return k < len(an.words) and _time_noun(an.words[k])


_TIME_PERIOD_NOUNS = {"holiday", "holidays", "weekend", "festival", "season", "break", "vacation", "anniversary"}


def _noun_of_after(an: Analysed, i: int) -> bool:
    """Words i.. are one or two lower-case nouns and then 'of' ('drone footage of'), no verb nor break among them."""
    ws = an.words
    for j in range(i, min(i + 3, len(ws))):
        if _gap(an, j).strip():
            return False
        w = ws[j]
        if w.norm == "of":
            return j > i
        if w.capitalised or w.norm in FUNCTION_WORDS or w.norm in AUXILIARIES or _past(w) or w.norm.isdigit() \
                or w.norm in VAGUE_PARTS:
            return False  # "From 1 May thousands of workers went on strike": a count, no noun the date modifies
    return False


def _relative_holds_term(an: Analysed, head: range, about: list[Hit]) -> bool:
    """'the 2023 wildfire that burned down the town': a relative clause right after the dated noun, its verb a term,
    tells what the noun did: the date is that event's."""
    r = head.stop
    if r >= len(an.words) or an.words[r].norm not in ("that", "which") or an.sentence.text[an.words[r - 1].end:an.words[r].start].strip():
        return False
    return any(h.first == r + 1 or (h.first == r + 2 and an.words[r + 1].norm.endswith("ly")) for h in about)


_YEAR_LEADS = {"over", "for", "of", "about", "against", "with"}  # not "from": "from 2019 onwards" is a start


def _modifies_term(an: Analysed, head: range, about: list[Hit], mention: Mention) -> Decision:
    """A value before a noun phrase holding a term: attached; loosely when every term there is only a participle said
    of the noun ("a 2018 advisory issued by the FAA": the date is the advisory's)."""
    participles = [h for h in about if head.start < h.first <= h.last < head.stop]
    if mention.kind == "date" and participles and all(noun_before_participle(an, h, about) for h in participles):
        return Decision(True, f"modifies '{_words(an, head)}'", weak=OTHER_NOUNS_EVENT.format(
            _words(an, range(head.start, participles[0].first)), an.words[participles[0].first].text))
    return Decision(True, f"modifies '{_words(an, head)}'")


def _premodifier(an: Analysed, i: int, about: list[Hit], mention: Mention, hyphened: bool = False) -> Decision | None:
    """A value written before a noun belongs to that noun (``hyphened``: joined to its unit, "a new 3-year deal", "a
    nearly five-month strike", an adjective whatever stands before it)."""
    ws = an.words
    if i >= len(ws) or ws[i].norm in FUNCTION_WORDS or ws[i].text[:1].isdigit():
        return None
    if an.sentence.text[mention.end if mention.kind == "date" else ws[i - 1].end:ws[i].start].strip(" -\u00a0") \
            and not _year_comma(an, mention, i):
        return None
    lead = _lead(an, mention, i)
    if lead is None and hyphened:
        lead = an.index_after(mention.start) - 1
    if lead is None:
        return None
    head = _longer_phrase(an, _phrase(an, i), about)
    if hyphened:
        head = _before_verb(an, head)
    if _hit_in(_noun_terms(an, about), head):
        return _modifies_term(an, head, about, mention)
    if mention.kind == "date" and _relative_holds_term(an, head, about):
        return Decision(True, f"modifies '{_words(an, head)}', whose relative clause is the event")
    described = _described(an, head, about, mention)
    if described is not None:
        return described
    return _other_noun(an, lead, head, about, mention)


def _other_noun(an: Analysed, lead: int, head: range, about: list[Hit], mention: Mention) -> Decision | None:
    """_premodifier's reading of a value before a noun phrase with no term: set aside (it is that noun's), unless the
    phrase is a time the clause's event is told in."""
    ws = an.words
    while lead >= 0 and ws[lead].norm in DETERMINERS:
        lead -= 1
    if mention.kind == "date" and _event_time(ws, lead, head) or _time_head(ws, head):
        return None  # ("during Velmar's busy 2023 tourist season": a time, the clause's; not a measure: "during a
        # two-hour float" is the float's length)
    if _time_frame_of(ws, lead):
        return None  # "captured at the start of Moscow's February 2022 invasion": a time told by the event's
    return Decision(False, f"modifies '{_words(an, head)}', not the subject")


def _described(an: Analysed, head: range, about: list[Hit], mention: Mention) -> Decision | None:
    """What the noun a value modifies says of a term: its of-phrase names it, or the value describes it."""
    return _of_phrase_term(an, head, about, mention) or _described_with(an, an.index_after(mention.start) - 1, about)


def _of_phrase_term(an: Analysed, head: range, about: list[Hit], mention: Mention) -> Decision | None:
    """'its $26.2 billion acquisition of LinkedIn', 'a $13.7 billion purchase of supermarket chain Whole Foods': a
    term in the of-phrase right after the noun a sum of money measures (within ``_OF_REACH`` words, no comma or other
    preposition between) names what that noun is of, what changed hands: the sum is said of the term's thing (not a
    measure: "a 50 metre section of the wall" measures the section only)."""
    ws, j = an.words, head.stop
    if mention.kind != "number" or not is_money(mention.unit) or j >= len(ws) or ws[j].norm != "of" or _gap(an, j) != " ":
        return None
    for h in about:
        between = ws[j + 1:h.first]
        if j < h.first <= j + _OF_REACH and all(w.norm not in FUNCTION_WORDS or w.norm in DETERMINERS for w in between) \
                and "," not in an.sentence.text[ws[j].end:ws[h.first].start]:
            return Decision(True, f"modifies '{_words(an, head)}' of '{_span(an, h)}'")
    return None


_OF_REACH = 5  # words from "of" to the term: "of American supermarket chain Whole Foods"


def _before_verb(an: Analysed, head: range) -> range:
    """"the seven-car train derailed": the phrase a measure describes ends before a past verb after its noun."""
    return range(head.start, next((j for j in head if j > head.start and _past(an.words[j]) and _gap(an, j) == " "),
                                  head.stop))


def _longer_phrase(an: Analysed, head: range, about: list[Hit]) -> range:
    """A noun phrase of four words going on, spaced, to a term within two more ("the 2019 Easter Sunday suicide bomb
    attacks"): the phrase to that term; else the phrase as it is."""
    ws, end = an.words, head.stop
    if len(head) < 4:
        return head
    for j in range(end, min(len(ws), end + 2)):
        if _gap(an, j) != " " or ws[j].norm in FUNCTION_WORDS:
            return head
        if any(h.first <= j <= h.last for h in about):
            return range(head.start, j + 1)
    return head


def _event_time(ws: tuple[Word, ...], lead: int, head: range) -> bool:
    """'during its June 18 descent', 'in a May 16 court order': a temporal preposition before the dated noun gives the
    clause's time (not after a noun: "the suspect in the Nov. 24 shooting")."""
    return lead >= 0 and ws[lead].norm in TEMPORAL_PREPS and not _after_noun(ws, lead)


# "at the start of", "on the eve of", "in the early days of": a part of an event's time, which tells a clause's time
_TIME_FRAMES = {"start", "beginning", "outset", "end", "eve", "height", "dawn", "onset", "days", "hours", "weeks"}


def _time_frame_of(ws: tuple[Word, ...], lead: int) -> bool:
    """Is word ``lead`` the "of" of a time frame opened by a temporal preposition ("at the start of", "on the eve of",
    "in the first days of"), past a possessive ("Moscow's")?"""
    while lead >= 1 and (ws[lead].capitalised or ws[lead].norm == "s"):
        lead -= 1  # past a possessive name: "Moscow's"
    if lead < 2 or ws[lead].norm != "of" or ws[lead - 1].norm not in _TIME_FRAMES:
        return False
    return any(w.norm in TEMPORAL_PREPS for w in ws[max(0, lead - 4):lead - 1])


def _described_with(an: Analysed, j: int, about: list[Hit]) -> Decision | None:
    """'their planned eight-day mission': a term among the words before the value, after the noun phrase's determiner,
    describes the same noun, so the value is the term's; 'The first patient is believed to be a 27-year-old man': a
    noun phrase after a form of "be" says what the subject is, so its value is the subject's when a term stands in the
    subject."""
    ws, k, term = an.words, j, None
    while k >= 0 and j - k < 3 and ws[k].norm not in DETERMINERS and ws[k].norm not in FUNCTION_WORDS \
            and not _gap(an, k + 1).strip():
        term = term or next((ws[k] for h in about if h.first <= k <= h.last), None)
        k -= 1
    if term is not None and k >= 0 and ws[k].norm in DETERMINERS:  # a describing word between determiner and value
        return Decision(True, f"describes the same noun as '{term.text}'")
    return _complement_of_be(an, k, about)


def _after_saying(ws: tuple[Word, ...], k: int) -> bool:
    """Does a verb of saying stand right before word k, or before a short phrase a preposition opens ("said in a
    statement that")?"""
    if k >= 1 and ws[k - 1].norm in COMPLEMENT_VERBS:
        return True
    verb = next((j for j in range(k - 2, max(-1, k - 6), -1) if ws[j].norm in COMPLEMENT_VERBS), None)
    return verb is not None and ws[verb + 1].norm in ("in", "on", "at", "to", "during")


def _complement_of_be(an: Analysed, k: int, about: list[Hit]) -> Decision | None:
    """'The first patient is believed to be a 27-year-old man': the noun phrase whose determiner is word k, after a
    form of "be", says what a subject holding a term is."""
    ws = an.words
    if k < 1 or ws[k].norm not in DETERMINERS or ws[k - 1].norm not in BE_FORMS:
        return None
    opening = an.clause.index(an.clause[k])
    said = ws[opening].norm == "that" and _after_saying(ws, opening)
    if ws[opening].norm in RELATIVE_PRONOUNS and not said:
        return None  # "the car that hit the victim is a ...": the term is in a relative clause, no subject ("Police
        # said that the suspect was a ...": what was said, a clause of its own)
    subject = [h for h in about if h.last < k - 1 and an.clause[h.first] == an.clause[k]]
    # the term heads the subject: only "be", words of belief and a phrase of place between ("The first patient in
    # Rwanda is believed to be a"),
    # not a possessive or a noun after it ("The victim's attacker was a 27-year-old man")
    if subject and all(ws[m].norm in BE_FORMS or ws[m].norm in BELIEF_WORDS or ws[m].capitalised
                       or ws[m].norm in LOCATIVE_PREPOSITIONS for m in range(subject[-1].last + 1, k - 1)):
        return Decision(True, f"describes the subject ('{_span(an, subject[-1])}'), after '{ws[k - 1].text}'")
    return None



def _noun_terms(an: Analysed, about: list[Hit]) -> list[Hit]:
    """The terms that may head a noun phrase: not those that are only part of an adjective (``_adjective_part``)."""
    return [h for h in about if not _adjective_part(an, h)]


def _adjective_part(an: Analysed, h: Hit) -> bool:
    """'record-breaking rains': a term hyphen-joined to a participle after it is part of an adjective, not the noun the
    phrase names."""
    ws, p = an.words, h.last + 1
    return p < len(ws) and _gap(an, p) == "-" and (ws[p].norm.endswith("ing") or _past(ws[p]))


def _after_noun(ws: tuple[Word, ...], p: int) -> bool:
    """'the suspect in the Nov. 24 shooting', 'for complicity in the May 2017 attack': a preposition right after a
    determiner's or a preposition's noun qualifies that noun; its phrase says which thing, not when the clause's event
    was."""
    if p >= 3 and ws[p].norm not in ("during", "amid", "throughout") \
            and ws[p - 3].norm in DETERMINERS | _NOUN_PREPOSITIONS and _noun_like(ws[p - 2]) \
            and not ws[p - 2].capitalised and _noun_like(ws[p - 1]):
        return True  # past a describing word: "not guilty of professional negligence in the 2011 disaster"
    return p >= 2 and (ws[p - 2].norm in DETERMINERS or ws[p - 2].norm in _NOUN_PREPOSITIONS) and _noun_like(ws[p - 1])


_NOUN_PREPOSITIONS = {"for", "of", "over", "about", "with", "against"}  # before a noun phrase's head


# "killing everyone on board", "killed all aboard": a verb of killing whose object is everyone aboard, with no number
_ALL_ABOARD = re.compile(r"\b(?:" + alternation(KILL_VERBS) + r")\s+(?:everyone|everybody|all)\s+(?:(?:the\s+)?(?:people|"
                         r"passengers|persons|occupants)\s+)?(?:on\s*board|aboard)\b(?!,?\s+(?:and|except|but|save|apart|"
                         r"other|besides|plus|as\s+well)\b)", re.IGNORECASE)  # (not "... and two on the ground",
# "... except the driver": more dead, or fewer, than those aboard)
# a count of those on board: after "carrying"/"with" (past a hedge), or before "on board"/"aboard"
_CARRIED_BEFORE = re.compile(r"\b(?:carrying|carried|with)\s+(?:(?:" + alternation(HEDGES) + r")\s+)?\Z", re.IGNORECASE)
_ABOARD_AFTER = re.compile(r"\s+(?:[a-z]+\s+)?(?:on\s*board|aboard)\b", re.IGNORECASE)
_ABOARD_WORDS = ("board", "aboard", "onboard")


def everyone_aboard(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'A jet carrying 176 people crashed ..., killing everyone on board': a count of those on board counts the dead
    when a term stands in a phrase that kills everyone aboard with no number of its own."""
    if mention.kind != "number" or an.norms.isdisjoint(_ABOARD_WORDS):
        return None  # (most sentences: no one aboard)
    text = an.sentence.text
    killed = _ALL_ABOARD.search(text)
    if killed is None or not (_CARRIED_BEFORE.search(text, max(0, mention.start - 30), mention.start)
                              or _ABOARD_AFTER.match(text, mention.end)):
        return None
    if not any(killed.start() <= an.words[h.first].start < killed.end() for h in about):
        return None
    return Decision(True, f"counts everyone on board, who '{killed.group()}' says were killed")


# ", which is 41.45 per cent of the vote", ", which was about $3bn": a relative clause of "be" (or of equalling) right
# after a figure, with only a hedge before the value: the value restates that figure in other terms
_WHICH_RESTATES = re.compile(r"\d[\d,.]*(?:\s+[^\W\d_]+)?\s*,\s+which\s+(?:is|was|are|were|represents|represented|amounts\s+to|"
                             r"amounted\s+to|equals|equalled|equaled)\s+(?:(?:" + alternation(HEDGES) + r")\s+)?\Z",
                             re.IGNORECASE)


def restating_relative(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Le Pen received 13,288,688 votes, which is 41.45 per cent of the vote': a value in a relative clause of "be"
    right after a figure restates that figure, and is said of what the figure's clause says it of."""
    if mention.kind != "number" or "which" not in an.norms:
        return None
    m = _WHICH_RESTATES.search(an.sentence.text, max(0, mention.start - 80), mention.start)
    if m is None:
        return None
    k = an.index_at(m.start())
    own = [h for h in about if an.clause[h.first] == an.clause[k] and h.last < k]
    if not own:
        return None
    return Decision(True, f"restates the figure said of '{_span(an, own[-1])}' (', which is ...')")
