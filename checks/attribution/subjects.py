"""Whose event a clause tells of: the thing its subject names (rule ``other_subject``).

Needs the fact's ``context`` terms (the thing the fact is about), so judge.py asks it after the attribution rules,
only for facts that have them.
"""

from __future__ import annotations

import re

from ..lang.calendar import CALENDAR_WORDS, DAY_WORDS
from ..lang.cues import KNOWN_EVENT_NOUNS
from ..lang.grammar import (ACQUIRING_WORDS, AUXILIARIES, HOLDING_VERBS, DEMONYMS, NATIONALITIES, CONTRASTING_QUALIFIERS, CRAFT_NOUNS, OFFERING_VERBS, REPORTING_VERBS, BE_FORMS, DEAL_NOUNS, DETERMINERS, FUNCTION_WORDS, GAPPING_OPENERS, GIVING_VERBS, JOINT_WORDS,
                            NAME_PARTICLES, SAYING_VERBS)
from ..lang.numbers import HEDGE_WORDS, HEDGES, ONES
from ..lang.titles import OFFICE_WORDS, TITLES
from ..match import Hit
from ..words import alternation, is_plural, singular, words
from .clauses import (_time_phrase_back, SPACED_DASHES, Analysed, Decision, _count_word, _title_case, item_opening, _gap, _hit_in, _ing, _name_run_at, _name_run_back, _noun_like, _past, _phrase_at,
                      _possessive_s, phrase_table, _words)

__all__ = ["claim_names", "claim_qualifiers", "other_kind", "joint_count", "named_holder", "other_deal", "other_owner", "other_person", "other_place", "other_recipient", "other_holder", "other_subject"]

_HAVE = {"has", "have", "had"}
_MODIFIERS = 3  # lower-case words between a determiner and a name: "the startup-focused Silicon Valley Bank"
_HEADS = 2  # lower-case nouns after the name, before the verb: "the Beta Line car ferry was sold"


def other_subject(an: Analysed, k: int, context: list[Hit], about: list[Hit], figure_at: int | None = None) -> Decision | None:
    """'Signature Bank was closed by regulators on Sunday', 'Washington Mutual collapsed in 2008', 'Beta Line's ferry
    was sold on 9 May': a clause whose subject is a name that none of the fact's context terms is part of (or that
    name's own thing), with a passive verb or a past verb taking no object, tells what happened to that other thing:
    a value in it (word ``k``) is set aside.  With an active verb and an object the subject is only who acted ("The
    FDIC closed Alpha Bank on Friday" is Alpha's closing)."""
    clause = an.clause[k]
    if clause == an.intro:  # "On Sunday, Signature Bank was closed": the opening phrase dates the main clause
        clause = an.main if an.main >= 0 else clause + 1
    opening = _past_subordinator(an, an.clause.index(clause)) if clause in an.clause else -1
    found = _subject_name(an, opening) if opening >= 0 else None
    if found is None and figure_at is not None and opening == 0:
        state = _opening_owner_state(an, figure_at, context)
        if state is not None:
            return state
    if found is None:
        found = _shared_subject_name(an, clause)
    if found is None:
        return _named_complement(an, k, clause, context, about)
    run, verb = found
    if any(run.start <= h.first < verb for h in context):
        return None  # "Alpha Bank", "Hawaii's wildfire" (a context term naming the fact's kind of thing)
    if _figure_object(an, verb, k, about):  # "The Eaton Fire burned 14,021 acres": the figure is the name's own
        return Decision(False, f"is what '{_words(an, run)}' {an.words[verb].text}, which the context terms do not name")
    acted = _participle_term(an, verb, k, about)
    if acted is not None:  # "the Eaton Fire consumed 14,201 acres after igniting on January 7": the name ignited
        return Decision(False, f"'{an.words[acted].text}' tells what '{_words(an, run)}' did, which the context terms "
                               "do not name")
    if figure_at is not None and _state_of(an, verb, figure_at):  # "Pfizer's market cap was $219 billion"
        return _owner_state(an, run)
    if not (_passive(an, verb, about) or _no_object(an, verb)):
        return None
    return Decision(False, f"the clause tells what happened to '{_words(an, run)}', which the context terms do not name")


def _opening_owner_state(an: Analysed, start: int, context: list[Hit]) -> Decision | None:
    """"Pfizer's market cap was $219 billion": a possessive name opening its sentence, no context term, whose figure
    right after "be"/"have" (``_state_of``) is its own; else None."""
    run = _name_at(an, 0, possessive=True)
    verb = None if run is None else _verb_slot(an, run)
    if verb is None or not _state_of(an, verb, start) or any(run.start <= h.first < verb for h in context):
        return None
    return _owner_state(an, run)


def _owner_state(an: Analysed, run: range) -> Decision:
    """A figure of a name that holds no context term: attached loosely (the name may be the fact's thing named
    another way, "the Twin Otter", "Waze's sale price"), so a conflicting one is only a possible conflict."""
    why = f"is a figure of '{_words(an, run)}', which the context terms do not name"
    return Decision(True, why, weak=f"possible conflict: {why}")


def _state_of(an: Analysed, verb: int, start: int) -> bool:
    """A form of "be" or "have" as the named subject's own verb (no auxiliary: "has been dragging"), the number (at
    character ``start``) its complement right after it, past a hedge: a state of the subject ("Pfizer's market cap
    was about $219 billion"; not a figure further on: "..., nearly double Allergan's $113 billion")."""
    ws = an.words
    if ws[verb].norm not in _STATE_VERBS or verb + 1 >= len(ws) or ws[verb + 1].norm in BE_FORMS \
            or _past(ws[verb + 1]) or ws[verb + 1].norm.endswith("ing"):
        return False
    between = an.sentence.text[ws[verb].end:start].lower().replace(",", " ").split()
    return start > ws[verb].end and all(w in _STATE_ADVERBS or w in HEDGE_WORDS for w in between)


_STATE_ADVERBS = {"now", "currently", "also", "still", "only", "just", "then", "already", "at", "by", "contrast",
                  "roughly"}  # "Pfizer's market cap is now about $219 billion"


def _shared_subject_name(an: Analysed, clause: int) -> tuple[range, int] | None:
    """'The Eaton Fire burned 14,021 acres and destroyed 10,491 structures': a predicate coordinated by 'and' (or
    'or') right before its verb has the subject of the clause before it: (that subject's name, the verb)."""
    ws = an.words
    i = an.clause.index(clause) if clause in an.clause else -1
    if not (0 < i < len(ws) - 1 and ws[i].norm in ("and", "or") and _past(ws[i + 1])):
        return None
    found = _subject_name(an, an.clause.index(an.clause[i - 1]))
    return None if found is None else (found[0], i + 1)


def _past_subordinator(an: Analysed, i: int) -> int:
    """'while the Eaton Fire consumed ...': a clause's subject stands past its subordinator."""
    return i + 1 if i + 1 < len(an.words) and an.words[i].norm in _SUBORDINATORS else i


_SUBORDINATORS = {"while", "whereas", "although", "though"}


def _participle_term(an: Analysed, verb: int, k: int, about: list[Hit]) -> int | None:
    """A term that is an -ing verb right after a subordinator, between the clause's verb and the value ("consumed
    14,201 acres after igniting on January 7"): its subject is the clause's; its word, or None."""
    ws = an.words
    return next((h.first for h in about if verb < h.first < k and _ing(ws[h.first])
                 and ws[h.first - 1].norm in _PARTICIPLE_OPENERS and an.clause[h.first] == an.clause[k]), None)


_PARTICIPLE_OPENERS = {"after", "before", "while", "since", "when", "upon"}


def _figure_object(an: Analysed, verb: int, k: int, about: list[Hit]) -> bool:
    """'The Eaton Fire burned about 14,021 acres': a value right after the subject's verb (past a hedge only), when that
    verb is a term of the fact, is what the subject did: the subject's own figure."""
    if k <= verb or not any(h.first <= verb <= h.last for h in about):
        return False
    between = an.sentence.text[an.words[verb].end:an.words[k].start].strip().lower()
    return not between or between in HEDGES


def _named_complement(an: Analysed, k: int, clause: int, context: list[Hit], about: list[Hit]) -> Decision | None:
    """'The last bank to close was Almena State Bank on 23 October 2020': a subject that only describes (a
    determiner and lower-case words holding the term; a name
    hyphen-joined to a word, "FDIC-insured", is only a modifier) and a form of be, then a name: the name is what the
    description picks out, so the clause tells of that name's event."""
    ws = an.words
    if clause not in an.clause:
        return None
    i = an.clause.index(clause)
    if not (i < len(ws) and ws[i].norm in DETERMINERS):
        return None
    be = next((j for j in range(i + 1, min(len(ws), i + _DESCRIPTION + 1)) if ws[j].norm in _FINITE_BE), None)
    if be is None or an.clause[be] != clause or any(ws[j].capitalised and an.sentence.text[ws[j].end:ws[j + 1].start] != "-" for j in range(i + 1, be)) \
            or not any(i < h.first < be for h in about):
        return None
    run = _name_at(an, be + 1, followed=False)
    if run is None or k in run or ws[run.start].norm in CALENDAR_WORDS or any(h.first in run for h in context):
        return None
    return Decision(False, f"the clause tells of '{_words(an, run)}', which the context terms do not name")


_FINITE_BE = BE_FORMS - {"be", "been", "being"}  # "the last ferry to be sold was ...": the copula is "was"
_STATE_VERBS = _FINITE_BE | {"had", "has", "have"}  # "Pfizer's market cap was ...", "Pfizer had ..." (``_state_of``)
_DESCRIPTION = 8  # words of a describing subject before its be: "the last FDIC-insured institution to close"


def other_owner(an: Analysed, k: int, end: int, context: list[Hit]) -> Decision | None:
    """'following the 2008 collapse of Washington Mutual', 'Washington Mutual's 2008 collapse': a value right before
    a noun dates or measures that noun, and a name after it with "of" (or before it with 's) owns it; when none of
    the fact's context terms is part of that name, the value is that other thing's."""
    ws, text = an.words, an.sentence.text
    head = an.index_after(end)  # past the value's own words ("2008", "9 May", "$5 million")
    compound = _compound_owner(an, head, end, context)
    if compound is not None:
        return compound
    j = _nouns_from(an, head)
    if j == head or j >= len(ws) - 1:
        return _possessor(an, k, end, context)
    if ws[j].norm != "of" or text[ws[j - 1].end:ws[j].start].strip():
        return _possessor(an, k, end, context)
    run = _name_at(an, j + 1, followed=False)
    if run is None or (run.stop - run.start == 1 and ws[run.start].norm in DETERMINERS):
        return None
    if any(head <= h.first < run.stop for h in context):
        return None
    return Decision(False, f"is of '{_words(an, range(head, run.stop))}', which the context terms do not name")



def _compound_owner(an: Analysed, head: int, end: int, context: list[Hit]) -> Decision | None:
    """'North Carolina-based First-Citizens Bank': a value hyphen-joined to a participle before a name ("-based",
    "-owned") says that of the name; when no context term is part of the name, the value is that other thing's."""
    ws = an.words
    if head + 1 >= len(ws) or an.sentence.text[end:end + 1] != "-" or not _past(ws[head]) \
            or _gap(an, head + 1) != " " or not ws[head + 1].capitalised:
        return None
    stop = head + 2
    while stop < len(ws) and (ws[stop].capitalised or _gap(an, stop) in ("-", " & ")) and _gap(an, stop) != ", ":
        stop += 1
    if any(head < h.first < stop for h in context):
        return None
    return Decision(False, f"is of '{_words(an, range(head + 1, stop))}', which the context terms do not name")


def _possessor(an: Analysed, k: int, value_end: int, context: list[Hit]) -> Decision | None:
    """'Washington Mutual's 2008 collapse': the name with 's right before the value owns what it dates."""
    ws, text = an.words, an.sentence.text
    if k < 2 or ws[k - 1].norm != "s" or text[ws[k - 2].end:ws[k - 1].start] not in ("'", "’") \
            or not ws[k - 2].capitalised:
        return None
    name = range(_name_run_back(an, k - 2).start, k - 1)
    if len(name) == 1 and name.start == 0:
        return None  # one capitalised word opening the sentence: maybe no name
    noun = an.index_after(value_end)
    if any(h.first in name or noun <= h.first < _nouns_from(an, noun) for h in context):
        return None  # "Alpha's 9 May sale", "Hawaii's 8 August wildfire" (a context term naming its kind)
    return Decision(False, f"is of '{_words(an, name)}', which the context terms do not name")


def _nouns_from(an: Analysed, j: int) -> int:
    """Past the lower-case nouns (two at most) from word j: the noun a name owns or a value modifies."""
    ws, head = an.words, j
    while j < len(ws) and j - head < _HEADS and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS \
            and not _past(ws[j]):
        j += 1
    return j


def _subject_name(an: Analysed, i: int) -> tuple[range, int] | None:
    """The name opening a clause at word ``i`` (past a determiner and a few lower-case modifiers) and where its verb
    should stand (past a possessive and a noun or two: "Beta Line's ferry", "the Beta Line ferry")."""
    ws = an.words
    j = i
    if j < len(ws) and ws[j].norm in DETERMINERS:
        j += 1
        while j < len(ws) and j - i <= _MODIFIERS and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS:
            j += 1
    elif j < len(ws) and not ws[j].capitalised:
        j = _past_role(an, i)
        if j < 0:
            return None
    run = _name_at(an, j)
    verb = None if run is None else _verb_slot(an, run)
    return None if verb is None else (run, verb)


def _past_role(an: Analysed, i: int) -> int:
    """'co-conspirator Caroline Ellison was given ...': the first word of a name of two words or more after a lower-case
    title or role (up to three words) at word ``i``, or -1."""
    ws, j = an.words, i
    while j < len(ws) and j - i < _MODIFIERS and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS \
            and not _past(ws[j]) and ws[j].norm.replace("-", "").isalpha():
        j += 1
    run = _name_at(an, j) if j < len(ws) and ws[j].capitalised and j > i else None
    return j if run is not None and len(run) >= 2 else -1


def _name_at(an: Analysed, first: int, followed: bool = True, possessive: bool = False) -> range | None:
    """Capitalised words from ``first`` apart by spaces only (and name particles: "Bank of Aske"), in one clause: two
    or more, or one that does not open the sentence (a sentence's first word is capitalised whatever it is)."""
    ws, text = an.words, an.sentence.text
    j = first
    while j < len(ws) and (ws[j].capitalised or (ws[j].norm in NAME_PARTICLES and j + 1 < len(ws)
                                                  and ws[j + 1].capitalised and j > first)) \
            and (j == first or not text[ws[j - 1].end:ws[j].start].strip()):
        j += 1
    if j == first or (j - first == 1 and first == 0 and not (possessive and _possessive_name(an, first))):
        return None
    if followed and (j >= len(ws) or an.clause[j] != an.clause[first]):
        return None  # a subject's verb comes after it in its clause
    return range(first, j)


def _possessive_name(an: Analysed, k: int) -> bool:
    """'Pfizer's market cap': a capitalised word with a possessive is a name, at a sentence's opening too (not a day's
    word: "Monday's vote", "Today's ruling")."""
    ws = an.words
    return k + 1 < len(ws) and ws[k + 1].norm == "s" and an.sentence.text[ws[k].end:ws[k + 1].start] in ("'", "’") \
        and ws[k].norm not in CALENDAR_WORDS and ws[k].norm not in DAY_WORDS


def _verb_slot(an: Analysed, run: range) -> int | None:
    """Where the verb of a subject opening with the name ``run`` stands: right after it, or after the name's
    possessive and the noun it owns or describes; None when the name is not the subject ("Alpha Bank, its parent,",
    "the FDIC-insured bank")."""
    ws, text = an.words, an.sentence.text
    j = run.stop
    gap = text[ws[j - 1].end:ws[j].start]
    if ws[j].norm == "s" and gap in ("'", "’"):
        j += 1
    elif gap.strip():
        return None
    head, j = j, _nouns_from(an, j)
    if j >= len(ws) or any(text[ws[m - 1].end:ws[m].start].strip() for m in range(head + 1, j)):
        return None
    if text[ws[j - 1].end:ws[j].start].strip():
        return _past_time_aside(an, j)
    return j


def _past_time_aside(an: Analysed, j: int) -> int | None:
    """"Pfizer's market cap, through Wednesday, was ...": past a prepositional aside in commas (up to four words)
    between a subject and its verb, where the verb stands; None when no such aside opens at word j."""
    ws, text = an.words, an.sentence.text
    if text[ws[j - 1].end:ws[j].start].strip() != "," or ws[j].norm not in _ASIDE_PREPOSITIONS:
        return None
    end = next((m for m in range(j + 1, min(len(ws), j + 5)) if text[ws[m - 1].end:ws[m].start].strip()), None)
    return end if end is not None and text[ws[end - 1].end:ws[end].start].strip() == "," else None


_ASIDE_PREPOSITIONS = {"through", "as", "on", "at", "in", "by", "until", "since"}  # "X's value, as of Friday, was"


def _passive(an: Analysed, v: int, about: list[Hit]) -> bool:
    """'was closed', 'has been shut down', 'were quickly seized': a form of be and a past participle."""
    ws = an.words
    if v < len(ws) and ws[v].norm in _HAVE:
        v += 1
    if not (v < len(ws) and ws[v].norm in BE_FORMS):
        return False
    p = v + 1
    if p < len(ws) and ws[p].norm.endswith("ly"):
        p += 1
    return p < len(ws) and (_past(ws[p]) or any(h.first == p for h in about))


def _no_object(an: Analysed, v: int) -> bool:
    """'collapsed in 2008', 'failed on Sunday', 'closed.': a past verb with no noun phrase after it."""
    ws = an.words
    if not (v < len(ws) and _past(ws[v])):
        return False
    if v + 1 == len(ws) or an.sentence.text[ws[v].end:ws[v + 1].start].strip():
        return True
    after = ws[v + 1]
    return after.norm in FUNCTION_WORDS and after.norm not in DETERMINERS and not after.capitalised


_AGE_LEAD = {"aged", "age", "of", "at", "the", "a", "an"}  # between a name's comma and its age: ", aged 91", ", the 91-year-old"


def other_person(an: Analysed, k: int, known: frozenset[str]) -> Decision | None:
    """'Cardinal Giovanni Re, aged 91, led the Mass', 'Orsk, 71,', 'Orsk, the 71-year-old poet,': an age (word ``k``) in
    apposition to a name (or after a comma closing the clause of a named subject: 'Cardinal Sodano died in 2022, aged
    94') is that person's; when the name's last word (no numeral: "Pope Benedict XVI") is not among the fact's
    (``known``: its claim, terms and context), it is another person's age: set aside."""
    ws, j = an.words, k - 1
    while j > 0 and k - j <= 3 and ws[j].norm in _AGE_LEAD and not _gap(an, j + 1).strip():
        j -= 1
    if j < 0 or _gap(an, j + 1).strip() != ",":
        return None
    run = _name_run_back(an, j) if ws[j].capitalised else _clause_subject(an, k)
    if run is None or any(ws[i].norm in CALENDAR_WORDS for i in run):
        return None  # a date ("died on Monday, aged 88")
    if _place_chain(an, run):
        return None  # "died in Rome, aged 88", "at Balmoral Castle, Aberdeen, Scotland, aged 96": a place
    surname = _surname(an, run)
    if surname is None or surname in known:
        return None  # the fact's person (by the name's last word: "Pope Benedict XVI" is no "Pope Francis")
    return Decision(False, f"is the age of '{_words(an, run)}', whom the claim does not name")


def _place_chain(an: Analysed, run: range) -> bool:
    """Is the name run a place after its preposition, or the last of a chain of names set off by commas that starts
    after one ("at Balmoral Castle, Aberdeen, Scotland")?"""
    ws, start = an.words, run.start
    while True:
        if start > 0 and ws[start - 1].norm in FUNCTION_WORDS and not _gap(an, start).strip():
            return True
        if start < 2 or _gap(an, start).strip() != "," or not ws[start - 1].capitalised:
            return False
        start = _name_run_back(an, start - 1).start


def _clause_subject(an: Analysed, k: int) -> range | None:
    """'Cardinal Angelo Sodano died in 2022, aged 94': the name opening the clause of word k, its subject."""
    found = _subject_name(an, an.clause.index(an.clause[k]))
    return found[0] if found else None


_NUMERALS = re.compile(r"[ivxlc]+|jr|sr")  # "Benedict XVI", "Orsk Jr.": no surname


def _surname(an: Analysed, run: range) -> str | None:
    """The name's last word that is no numeral or suffix, lower-cased."""
    return next((an.words[i].norm for i in reversed(run) if not _NUMERALS.fullmatch(an.words[i].norm)), None)


def claim_qualifiers(claim: str) -> frozenset[str]:
    """'Lind was sentenced in state court to 22 years': the qualifiers a claim puts before a noun that exclude others
    (``CONTRASTING_QUALIFIERS``: {'state'}), in its first statement, before a semicolon or a bracket ("...granted a
    preliminary injunction; a state judge enjoined it the same day" is about the injunction)."""
    head = re.split(r"[;(]", claim, maxsplit=1)[0]
    ws = words(head)
    return frozenset(ws[i].norm for i in range(len(ws)) if _qualifier_at(ws, i, head))


def _qualifier_at(ws, i: int, text: str = "") -> bool:
    """Is word i a contrasting qualifier written in small letters (or opening the sentence) before a noun ("state
    court", "International flights resume", not "the state",
    "state of emergency", "Islamic State", "state-owned"), not coordinated with another ("domestic and international
    flights" covers both)?"""
    if ws[i].norm not in CONTRASTING_QUALIFIERS or ws[i].capitalised and not _opening(ws, i, text) or i + 1 >= len(ws) \
            or ws[i + 1].norm in FUNCTION_WORDS or not ws[i + 1].norm.isalpha() or ws[i + 1].capitalised \
            or text and text[ws[i].end:ws[i + 1].start] != " ":
        return False
    return not (i >= 2 and ws[i - 1].norm in ("and", "or") and ws[i - 2].norm in CONTRASTING_QUALIFIERS)


def _opening(ws, i: int, text: str) -> bool:
    """Does word i open its sentence or a line's statement after a colon ("Japan: International flights resume"), where
    a capital is the position's, not a name's?"""
    return i == 0 or bool(text) and text[ws[i - 1].end:ws[i].start].strip() == ":"


def other_kind(an: Analysed, k: int, qualifiers: frozenset[str], hits: list[Hit]) -> Decision | None:
    """'a 21-year federal sentence and a 22 1/2-year state sentence', for a claim of the sentence in state court: the
    qualifier nearest the value (word k) in its clause, before a term's noun, that excludes one the claim gives tells
    of another kind of thing (the federal sentence): set aside."""
    ws, here, text = an.words, an.clause[k], an.sentence.text
    found = [j for j in range(len(ws)) if an.clause[j] == here and _qualifier_at(ws, j, text)
             and _qualifies_value(an, j, k, hits)
             and (ws[j].norm in qualifiers or not qualifiers.isdisjoint(CONTRASTING_QUALIFIERS[ws[j].norm]))]
    if not found:
        return None
    j = min(found, key=lambda j: (abs(j - k), j < k))  # (at the same reach, the one after: "a 22-year state sentence")
    if ws[j].norm in qualifiers:
        return None
    claimed = next(q for q in CONTRASTING_QUALIFIERS[ws[j].norm] if q in qualifiers)
    return Decision(False, f"tells of the {ws[j].norm} one ('{ws[j].text} {ws[j + 1].text}'), not the claim's {claimed} one")


def _qualifies_value(an: Analysed, j: int, k: int, hits: list[Hit]) -> bool:
    """May the qualifier at word j tell the kind of the value at word k: before it, of a term's noun ("a federal judge
    sentenced him", not "the final tally showed"); after it, in its own noun phrase and its of-, on- or for-phrase ("a
    22-year state sentence", "his 22-year sentence on state charges", "21 years in federal prison"; not "to be served
    after his federal sentence"); before it, a term's subject too ("a federal judge on Thursday sentenced him")?"""
    if j < k:
        return any(h.first <= j + 1 <= h.last or _subject_of(an, j + 1, h) for h in hits)
    ws = an.words
    start = next((i for i in range(k + 1, j) if not ws[i].norm[:1].isdigit() and _gap(an, i).strip(" -/") == ""), j)
    between = range(start, j)  # past the value's own figures ("22 1/2-year"); not past a comma or another number:
    # "22 years, on top of 21 years on federal charges"
    return all((ws[i].norm not in FUNCTION_WORDS or ws[i].norm in ("on", "for", "of", "in"))
               and not _gap(an, i).strip(" -") and not ws[i].norm[:1].isdigit() for i in between) \
        and not _gap(an, j).strip()


def _subject_of(an: Analysed, n: int, h: Hit) -> bool:
    """Is the noun at word n the subject right before the term's past verb, past the verb's own time ("a federal judge
    on Thursday sentenced him": the qualifier tells the kind of what the judge did)?"""
    ws = an.words
    return n < h.first and _time_phrase_back(ws, h.first)[0] == n and ws[n].norm not in FUNCTION_WORDS \
        and _past(ws[h.first]) and not any(_gap(an, i).strip() for i in range(n + 1, h.first + 1))


def claim_buyer(claim: str) -> frozenset[str]:
    """'Lenovo bought Motorola Mobility from Google for $2.91 billion', 'Nvidia's all-cash acquisition of Mellanox':
    the words of the buyer a claim opens with (the name before its verb of buying, or owning its deal noun), or
    none."""
    m = _CLAIM_BUYER.match(claim) or _CLAIM_BUYER_OWNS.match(claim)
    return frozenset(w.norm for w in words(m.group("name"))) if m else frozenset()


_BUYING_VERBS = tuple(w for w in ACQUIRING_WORDS if " " not in w and not w.endswith("ing"))  # (a finite verb)
_CLAIM_BUYER = re.compile(r"(?:The\s+)?(?P<name>(?:[A-Z][\w&.'’-]*\s+){1,4}?)(?:(?:has|had|will|then)\s+)?"
                          rf"(?:agreed\s+to\s+)?(?:{alternation(_BUYING_VERBS)})\b")


# "Nvidia's all-cash acquisition of Mellanox ...": the buyer owns the deal's noun (``DEAL_NOUNS``)
_CLAIM_BUYER_OWNS = re.compile(r"(?:The\s+)?(?P<name>(?:[A-Z][\w&.-]*\s+){0,3}[A-Z][\w&.-]*)['’]s\s+(?:[\w-]+\s+){0,2}"
                               rf"(?:{alternation(DEAL_NOUNS)})\b")


def _other_buyer(an: Analysed, k: int, buyer: frozenset[str], known: frozenset[str]) -> Decision | None:
    """'Google Buys Motorola Mobility for $12.5B' for a claim that Lenovo bought it: a verb of buying in the value's
    clause whose subject, a name right before it, shares no word with the claim's buyer tells of another deal."""
    ws, here = an.words, an.clause[k]
    for j in range(1, len(ws)):
        if ws[j].norm in _BUYING_VERBS and an.clause[j] == here and ws[j - 1].capitalised \
                and ws[j - 1].norm not in FUNCTION_WORDS and _gap(an, j) == " " \
                and not (j + 1 < len(ws) and ws[j + 1].norm == "by"):  # ("Mojang Bought By Microsoft": a passive)
            name = _name_run_back(an, j - 1)
            if buyer.isdisjoint(ws[n].norm for n in name):
                return Decision(False, f"tells of another buyer's deal ('{_words(an, range(name.start, j + 1))}'), "
                                       "not the claim's buyer's")
    return _other_bidder(an, k, known)


def _other_bidder(an: Analysed, k: int, known: frozenset[str]) -> Decision | None:
    """'Intel had floated an acquisition offer of $6 billion', for a claim that Nvidia bought it: a deal noun
    (``DEAL_NOUNS``) before the value in its clause, right after its verb's subject, a name (two words or more, or past
    the sentence's start; no verb of saying between: "Anna Roe said the acquisition values Orsk at") sharing no word
    with the claim, its terms or its context (``known``, which hold the claim's buyer), is another bidder's."""
    ws, here = an.words, an.clause[k]
    deal = next((j for j in range(an.clause.index(here), k) if ws[j].norm in DEAL_NOUNS and an.clause[j] == here), None)
    if deal is None:
        return None
    j = deal - 1  # back to the subject of the verb the deal noun is the object of ("Intel had floated an acquisition
    while j > 0 and deal - j <= _BIDDER_REACH and _verb_phrase_word(ws[j]):
        j -= 1  # offer"); not past a verb of saying ("Anna Roe said the acquisition values Orsk at") or a preposition
    if not ws[j].capitalised or ws[j].norm in FUNCTION_WORDS or deal - j > _BIDDER_REACH:
        return None
    name = _name_run_back(an, j)
    if (name.start == 0 and len(name) < 2) or any(ws[n].norm in known for n in name):
        return None  # (the claim's words hold its buyer's)
    return Decision(False, f"is another bidder's ('{_words(an, name)}'), not the claim's buyer's")


def _verb_phrase_word(w) -> bool:
    """A word a verb phrase before its object may hold: lower-case, no verb of saying, no preposition (a determiner or
    an auxiliary may stand there)."""
    return not w.capitalised and w.norm not in REPORTING_VERBS and (
        w.norm not in FUNCTION_WORDS or w.norm in DETERMINERS or w.norm in AUXILIARIES)


_BIDDER_REACH = 5  # words from a bidder's name to its deal noun: "Intel had floated an acquisition offer"


def other_deal(an: Analysed, k: int, known: frozenset[str], buyer: frozenset[str] = frozenset()) -> Decision | None:
    """'buying pipeline operator Denbury in an all-share deal valued at $4.9 billion', 'a $6.6 billion acquisition of
    Bass family acreage': a word of acquiring (``ACQUIRING_WORDS``) in the value's clause (the value is word ``k``)
    whose object is a name none of the fact's words (``known``: its claim, terms and context, lower-cased) holds tells
    of another deal: set aside."""
    owned = _owned_deal(an, k, known) or (_other_buyer(an, k, buyer, known) if buyer else None) or _deal_with(an, k, known) \
        or _offered_for(an, k, known)
    if owned is not None:
        return owned
    if an.norms.isdisjoint(_ACQUIRING_STARTS):
        return None  # most sentences: no word of acquiring
    ws, here = an.words, an.clause[k]
    for j in range(len(ws)):
        if an.clause[j] != here or ws[j].norm not in _ACQUIRING_STARTS:
            continue
        p = _phrase_at(ws, j, _ACQUIRING)
        if p is None:
            continue
        name = _object_name(an, j + len(p), known)
        if name and not any(ws[n].norm in known for n in name) and not _short_form_known(an, name, known):
            return Decision(False, f"tells of another deal ('{_words(an, range(j, name.stop))}'), which the claim "
                                   "does not name")
    return None


def _short_form_known(an: Analysed, name: range, known: frozenset[str]) -> bool:
    """'Metro-Goldwyn-Mayer (MGM)': a short form in brackets right after the name that the fact's words hold names
    the same thing."""
    k = name.stop
    return k < len(an.words) and _gap(an, k).strip() == "(" and an.words[k].norm in known \
        and an.sentence.text[an.words[k].end:an.words[k].end + 1] == ")"  # (not an aside: "(MGM spun it off)")


def _owned_deal(an: Analysed, k: int, known: frozenset[str]) -> Decision | None:
    """'Comcast's deal is valued at $65 billion': a deal noun (``DEAL_NOUNS``) owned by a name none of the fact's words
    holds, in the value's clause, is that other buyer's deal."""
    if an.norms.isdisjoint(DEAL_NOUNS) or "s" not in an.norms:
        return None
    ws, here = an.words, an.clause[k]
    for j in range(2, len(ws)):
        if an.clause[j] == here and ws[j].norm in DEAL_NOUNS and _possessive_s(ws, an.sentence.text, j - 1) \
                and ws[j - 2].capitalised and ws[j - 2].norm not in known and ws[j - 2].norm not in CALENDAR_WORDS \
                and _owns_value(an, j, k) \
                and not (j + 1 < len(ws) and ws[j + 1].norm == "with"):  # ("Pellan's deal with Karvo": both sides)
            return Decision(False, f"tells of another buyer's deal ('{_words(an, range(j - 2, j + 1))}'), which the "
                                   "claim does not name")
    return None


def _deal_with(an: Analysed, k: int, known: frozenset[str]) -> Decision | None:
    """'Last July, it signed a deal with Ford': a deal noun (``DEAL_NOUNS``) in the value's clause followed by "with" and
    a name none of the fact's words holds is a deal with another party: set aside."""
    if an.norms.isdisjoint(DEAL_NOUNS) or "with" not in an.norms:
        return None
    ws, here = an.words, _clause_of_fronted(an, k)
    if _names_claims_thing(an, here, known):
        return None  # "agreed to buy Orsk ... after reaching a deal with the European Commission": the claim's deal
    deals = [j for j in range(len(ws)) if an.clause[j] == here and (ws[j].norm in DEAL_NOUNS or ws[j].norm in _ACQUIRING_STARTS)]
    if len(deals) > 1:
        return None  # "Velmar's $40 billion purchase won approval after a deal with the European Commission"
    for j in range(len(ws) - 2):
        if an.clause[j] == here and ws[j].norm in DEAL_NOUNS and ws[j + 1].norm == "with":
            name = _object_name(an, j + 2, known)
            if name and not any(ws[n].norm in known for n in name):
                return Decision(False, f"tells of another deal ('{_words(an, range(j, name.stop))}'), which the claim "
                                       "does not name")
    return None


def _names_claims_thing(an: Analysed, here: int, known: frozenset[str]) -> bool:
    """Does clause ``here`` hold a capitalised word the fact's words hold, past the clause's opening name (its
    subject): "Velmar announced a deal with Dunmore to buy Orsk" names Orsk?"""
    ws = an.words
    idx = [j for j in range(len(ws)) if an.clause[j] == here]
    start = idx[0] if idx else 0
    while start in idx and (ws[start].capitalised or ws[start].norm in ("the", "s")):
        start += 1  # past the subject's name ("Velmar", "The Velmar Group", "Velmar's")
    return any(ws[j].capitalised and ws[j].norm in known and ws[j].norm not in CALENDAR_WORDS for j in idx if j >= start)


def _offered_for(an: Analysed, k: int, known: frozenset[str]) -> Decision | None:
    """'In October 2016, Qualcomm offered $38 billion for Dutch-based NXP', 'Broadcom bid $5.5 billion last year for
    data center company Brocade': a verb of offering or paying (``OFFERING_VERBS``) and, a few words on in the value's
    clause, "for" and a name none of the fact's words holds tells of another deal: set aside."""
    if an.norms.isdisjoint(OFFERING_VERBS) or "for" not in an.norms:
        return None
    ws, here = an.words, _clause_of_fronted(an, k)
    for j in range(len(ws)):
        if an.clause[j] != here or ws[j].norm not in OFFERING_VERBS:
            continue
        to = next((f for f in range(j + 1, min(len(ws), j + _OFFER_REACH)) if ws[f].norm == "for"
                   and an.clause[f] == here), None)
        name = _object_name(an, to + 1, known) if to is not None and to + 1 < len(ws) else None
        if name and not any(ws[n].norm in known for n in name):
            return Decision(False, f"tells of another deal ('{_words(an, range(j, name.stop))}'), which the claim "
                                   "does not name")
    return None


_OFFER_REACH = 8  # words from the verb to "for": "bid $5.5 billion last year for"


def _clause_of_fronted(an: Analysed, k: int) -> int:
    """The clause of word k, or, when word k opens the sentence in a phrase of its own closed by a comma ("Last July,
    it signed ..."), the clause that phrase is fronted to."""
    ws, here = an.words, an.clause[k]
    end = next((j for j in range(k, len(ws)) if an.clause[j] != here), len(ws))
    if an.clause[0] == here and end < len(ws) and end <= _FRONTED_REACH and _gap(an, end).strip() == ",":
        return an.clause[end]
    return here


_FRONTED_REACH = 5  # words of a fronted time: "Earlier this year in July,"


def _owns_value(an: Analysed, j: int, k: int) -> bool:
    """Is the value at word k the deal noun's at word j: a few words after it with no other deal noun between
    ("Comcast's deal is valued at $65 billion"; not "pushed back on Comcast's offer with a higher bid of $71.3
    billion")?"""
    return 0 < k - j <= _DEAL_REACH and not any(w.norm in DEAL_NOUNS for w in an.words[j + 1:k])


_DEAL_REACH = 5  # words from the deal noun to its value: "deal is valued at $"


def _object_name(an: Analysed, i: int, known: frozenset[str] = frozenset()) -> range | None:
    """The capitalised name from word i, past a determiner and up to two lower-case describing words ('pipeline
    operator Denbury', 'the chip maker Qualcomm') and
    through hyphen-joined words ('Texas-based Pioneer'), past an owner's possessive to the name it owns ("SoftBank's
    chip business Arm": Arm), or None (not past a count: "bought 150 Boeing jets" buys
    jets)."""
    ws = an.words
    determined = i < len(ws) - 1 and ws[i].norm in ("the", "a", "an")
    if determined:
        i += 1  # "takeover of the chip maker Qualcomm"
    j = _past_describing(an, i)
    if j >= len(ws) or not ws[j].capitalised or (j > i and _gap(an, j) != " "):
        return None
    end = _name_end(an, j)
    if end > j and _gap(an, end) == "-" and not ws[end].capitalised:
        return _name_described(an, end + 1)
    owned = _owned_name(an, end, known)
    if owned is not None:
        return owned
    acronym = end == j and ws[j].text.isupper() and len(ws[j].text) > 1  # "healthcare IT provider Cerner"
    described = _described_name(an, end + 1) if (j == i and (determined or end == j)) or acronym else -1
    if described >= 0:  # "the Call of Duty maker Activision Blizzard", "American media company MGM": the name after
        return _object_name(an, described, known)
    return None if _no_name_bought(an, j, end) else range(j, end + 1)


def _no_name_bought(an: Analysed, j: int, end: int) -> bool:
    """'buy Aske stock Tuesday': a day, no name bought; 'offered $1 billion for the Israeli company': a nationality
    adjective (``NATIONALITIES``, ``DEMONYMS``) alone before a lower-case noun describes it, no name bought."""
    ws = an.words
    if any(ws[m].norm in CALENDAR_WORDS for m in range(j, end + 1)):
        return True
    return end == j and (ws[j].norm in NATIONALITIES or ws[j].norm in DEMONYMS) and end + 1 < len(ws) \
        and not ws[end + 1].capitalised and ws[end + 1].norm.isalpha() and _gap(an, end + 1) == " " \
        and ws[end + 1].norm not in FUNCTION_WORDS and ws[end + 1].norm not in BE_FORMS and not _past(ws[end + 1])
    # (a noun after it: not "bought Austrian in 2009", "the takeover of Swiss was completed": a company's name)


def _owned_name(an: Analysed, end: int, known: frozenset[str] = frozenset()) -> range | None:
    """'purchase of SoftBank's chip business Arm': the name an owner's possessive (ending at word ``end``) opens, which
    is bought, not the owner; None when no name follows ("SoftBank's stake")."""
    ws = an.words
    if end + 2 < len(ws) and _possessive_s(ws, an.sentence.text, end + 1):
        owned = _object_name(an, end + 2, known)
        after = owned.stop if owned else -1
        if owned and after < len(ws) and not ws[after].capitalised and ws[after].norm not in FUNCTION_WORDS \
                and _gap(an, after) == " " and ws[after].norm.isalpha() and not any(ws[n].norm in known for n in owned):
            return None  # "Yahoo's Internet properties": a capitalised word describing the owner's thing, no name
        return owned
    return None


def _past_describing(an: Analysed, i: int) -> int:
    """The word after up to three lower-case describing words from word i ("pipeline operator Denbury": Denbury; words
    joined by a hyphen count as one, an acronym among them too: "data center-connectivity company Brocade",
    "satellite-TV provider Velmar")."""
    ws, j, count = an.words, i, 0
    while j < len(ws) and count < 3 and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS \
            and not ws[j].norm[:1].isdigit():
        while j + 1 < len(ws) and _gap(an, j + 1) == "-" and (not ws[j + 1].capitalised or ws[j + 1].text.isupper()):
            j += 1  # "center-connectivity", "satellite-TV": one word
        if _gap(an, j + 1 if j + 1 < len(ws) else j) != " ":
            break
        j, count = j + 1, count + 1
    return j


def _name_described(an: Analysed, after: int) -> range | None:
    """'rival US-based chip company Xilinx': a name joined to a describing word ("US-based") describes the name after
    them (up to three lower-case words on), which is the object; None when none follows."""
    described = _described_name(an, after)
    return _object_name(an, described) if described >= 0 else None


def _described_name(an: Analysed, after: int) -> int:
    """Where a name opens that the name before word ``after`` describes with up to three lower-case words ("the Call of
    Duty maker Activision Blizzard", "American media company Metro-Goldwyn-Mayer", "AI speech tech company Nuance"),
    or -1 (no name after them, or a day or month)."""
    ws, j = an.words, after
    while j < len(ws) and j - after < 3 and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS \
            and ws[j].norm.isalpha() and _gap(an, j) == " ":
        j += 1
    found = after < j < len(ws) and ws[j].capitalised and ws[j].norm not in CALENDAR_WORDS and _gap(an, j) == " "
    return j if found else -1


def _name_end(an: Analysed, j: int) -> int:
    """The last word of the name opening at word j: through capitalised words, hyphen-joined words ("Santa
    Monica-based Activision Blizzard": a place-based name, the name after it included) and particles ("Call of Duty")."""
    ws, end = an.words, j
    while end + 1 < len(ws) and (ws[end + 1].capitalised and _gap(an, end + 1) == " " or _gap(an, end + 1) == "-"
                                 or ws[end + 1].norm in NAME_PARTICLES and end + 2 < len(ws) and ws[end + 2].capitalised):
        end += 1
    return end


_ACQUIRING = phrase_table(ACQUIRING_WORDS)
_ACQUIRING_STARTS = {w.split()[0] for w in ACQUIRING_WORDS}


_JOINT_REACH = 12  # words before the number where what it counts together is named


def joint_count(an: Analysed, k: int) -> Decision | None:
    """'The two fires have claimed 29 lives', 'the Eaton and Palisades fires that, combined, killed 31', 'Together,
    the quakes killed 50': a number said of several things together is their sum, not the count of the one thing a
    fact with context terms is about: set aside (the number is word ``k``).  The things must be said in the number's
    own clause, or in the noun a relative clause holding it describes, with no verb of saying between ("The two
    reports said 29 died" counts no reports); "together"/"combined" only set off by commas or opening the sentence
    ("worked together to rescue 29" is no sum).  Not with "respectively", which pairs each thing with a number."""
    ws = an.words
    if "respectively" in an.norms:
        return None
    for j in range(max(0, k - _JOINT_REACH), k):
        if any(w.norm in SAYING_VERBS for w in ws[j + 1:k]):
            continue  # "The two reports said 29 people died": what is said counts no reports
        if ws[j].norm in JOINT_WORDS and (j == 0 or "," in _gap(an, j) + _gap(an, j + 1)):  # an aside of its own
            return Decision(False, f"counts several things together ('{ws[j].text}')")
        things = _several_at(an, j, k)
        if things and _same_statement(an, j, k):
            return Decision(False, f"counts several things together ('{_words(an, things)}')")
    return None


def _several_at(an: Analysed, j: int, k: int) -> range | None:
    """'both fires', 'the two fires', 'the Eaton and Palisades fires' from word j, before word k: the words, or None."""
    ws, w = an.words, an.words[j].norm
    if j + 2 < k and (w == "both" or (w == "the" and ws[j + 1].norm in ONES and ONES[ws[j + 1].norm] >= 2)) \
            and is_plural(ws[j + 2 if w == "the" else j + 1].norm):
        return range(j, j + 3)
    if j + 3 < k and ws[j].capitalised and ws[j + 1].norm == "and" and ws[j + 2].capitalised \
            and not ws[j + 3].capitalised and is_plural(ws[j + 3].norm):
        return range(j, j + 4)
    return None


def _same_statement(an: Analysed, j: int, k: int) -> bool:
    """Word j in the clause of word k, in the one a relative clause holding k describes ("the fires that killed
    31"), or in the subject before a verb that opens k's clause."""
    here, there = an.clause[k], an.clause[j]
    if there == here:
        return True
    opening = an.clause.index(here)
    if opening <= 0 or an.clause[opening - 1] != there:
        return False
    w = an.words[opening]
    if w.norm in ("that", "which", "who"):  # a noun before "that": a relative clause ("agreed that" is no noun's)
        return _noun_like(an.words[opening - 1])
    return _past(w)  # "The two fires have claimed 29 lives": a verb read as opening a clause, after its subject


def ranked_before(an: Analysed, found, about: list[Hit]) -> Decision | None:
    """'Likud won 32 seats, followed by Religious Zionism with 14': ", followed by" parts a ranking in two, a figure
    before it the holder's before it, one after it the holder's named after it; a figure on the other side from
    every term of the sentence is not the term's."""
    if found.kind != "number" or "followed" not in an.norms or not about:
        return None
    ws, k = an.words, an.index_at(found.start)
    j = next((j for j in range(1, len(ws) - 1) if ws[j].norm == "followed" and ws[j + 1].norm == "by"
              and "," in _gap(an, j)), None)
    if j is None:
        return None
    after = [h.first > j for h in about]
    if all(after) and k < j and about[0].first <= j + 6 and an.words[about[0].first].capitalised:
        return Decision(False, f"is the figure of what comes before 'followed by', not of "
                               f"'{_words(an, range(about[0].first, about[0].last + 1))}'")
    named = next((w for w in ws[j + 2:j + 6] if w.capitalised), None)  # ("followed by the Likud party")
    if not any(after) and j + 1 < k <= j + 12 and named is not None:
        return Decision(False, f"is the figure of '{named.text}', which 'followed by' names, not of "
                               f"'{_words(an, range(about[0].first, about[0].last + 1))}'")
    return None


def named_holder(an: Analysed, found, about: list[Hit]) -> Decision | None:
    """'Milei obtained 55.69%, against Massa's 44.30%', 'Massa won 37% of the vote and Milei 30%': a number right
    after another name's possessive, after a name that follows "and", "against", "versus" (a verb left out), or after
    a name and one past verb, with no noun of its own after it, is that name's figure: set aside, for a fact whose
    terms name someone in the sentence by a capitalised name that is not part of it ("Microsoft's $69 billion deal":
    the name owns the deal, not the figure)."""
    if getattr(found, "kind", "") != "number" or not any(an.words[h.first].capitalised for h in about):
        return None
    k = an.index_at(found.start)
    run = _holder(an, k)
    acted = bool(run) and run.stop == k - 1 and _past(an.words[k - 1]) and an.words[k - 1].norm not in REPORTING_VERBS \
        and _subject_holds(an, run, k, about)  # (not "the Health Ministry reported 120 deaths": the count it gives)
    if not (run and (_no_noun_after(an, found) or _listed_count(an, run, found) or acted)):
        run = _holder_after(an, an.index_at(found.end - 1))
    if not run or _hit_in(about, run):
        return _dashed_own_figure(an, found, about) or _term_with_own_figure(an, found, about)
    return Decision(False, f"is {_words(an, run)}'s figure, not of the name the fact is about")


def _subject_holds(an: Analysed, run: range, k: int, about: list[Hit]) -> bool:
    """'The NDP won 24 seats, ... behind the Liberals, Conservatives': a name opening its clause (past "the"), then a
    past verb and the figure at word k: the figure is that subject's, when no term follows in the figure's clause
    ("Jabbar posted four videos on Facebook": the term tells of the figure) and the subject is no item of a
    coordination with the term ("Dahl and Ole Berg scored 137 and 58")."""
    opening = item_opening(an, run.start)
    if opening and an.clause[opening - 1] == an.clause[opening] and an.words[opening - 1].norm != "s":
        return False
    return not any(an.clause[h.first] == an.clause[k] and h.first > k for h in about)


def _dashed_own_figure(an: Analysed, found, about: list[Hit]) -> Decision | None:
    """'the Alternative for Germany party – 94 seats (12.6%)': a list item's name, a spaced dash and its figure: the
    term's own."""
    ws, k = an.words, an.index_at(found.start)
    if _gap(an, k) not in SPACED_DASHES or _title_case(an):
        return None
    own = next((h for h in about if ws[h.first].capitalised and _own_figure_at(an, h) == k), None)
    return Decision(True, f"is the figure of '{_words(an, range(own.first, own.last + 1))}', right after it") \
        if own is not None else None


def _term_with_own_figure(an: Analysed, found, about: list[Hit]) -> Decision | None:
    """'Kokoomus now has 48 seats, the Finns Party 46 and SDP 43 seats', '... the far-right with 46 and the Social
    Democrats with 43': a capitalised term with a figure right after it (past "with") holds that figure; another
    figure of its clause, of the same noun or of none written, is another holder's."""
    ws, k = an.words, an.index_at(found.start)
    if _title_case(an):
        return None  # "Railway Withdraws 40 Trains, 3 Engines": a headline's capitals make no name
    for h in about:
        j = _own_figure_at(an, h)
        if ws[h.first].capitalised and h.first > 0 and ws[h.last].norm not in CALENDAR_WORDS \
                and ws[h.first].norm not in FUNCTION_WORDS \
                and (an.clause[h.first] == an.clause[k] or _possessed(an, h)) and j < len(ws) and j != k \
                and (ws[j].norm[:1].isdigit() or _count_word(ws[j])) and _gap(an, j) in _SPACED_OR_SPACE \
                and (not _gap(an, h.last + 1).strip() or _possessed(an, h)) and _counted_figure(an, j) \
                and _same_noun(an, j, found):
            term = _words(an, range(h.first, h.last + 1))
            return Decision(False, f"'{term}' holds its own figure ('{ws[j].text}'); this one is another's")
    return None


_SPACED_OR_SPACE = (*SPACED_DASHES, " ")


def _possessed(an: Analysed, h: Hit) -> bool:
    """Is the term a possessive ("Hernandez's", "Massa’s")?"""
    j = h.last + 1
    return j < len(an.words) and an.words[j].norm == "s" and _gap(an, j) in ("'", "’")


def _own_figure_at(an: Analysed, h: Hit) -> int:
    """Where a term's own figure would stand: right after it, past "with" ("the far-right with 46") or its possessive
    ("Hernandez's 47.3%"), or past one lower-case noun and a spaced dash ("the Alternative for Germany party – 94 seats")."""
    ws, j = an.words, h.last + 1
    if j < len(ws) and ws[j].norm == "with" or _possessed(an, h):
        return j + 1  # ("to Hernandez's 47.3%": the possessive's figure)
    if j + 1 < len(ws) and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS and _gap(an, j + 1) in SPACED_DASHES:
        return j + 1
    return j


def _same_noun(an: Analysed, j: int, found) -> bool:
    """Does the figure at word j count what ``found`` counts (its noun, or none written: "with 43.")? "gave Labour 411
    seats and 9.1 million votes": the votes are no other holder's seats."""
    ws = an.words
    if j + 1 >= len(ws) or _gap(an, j + 1).strip() or not is_plural(ws[j + 1].norm) or not found.unit:
        return True
    return singular(ws[j + 1].norm) == singular(found.unit.lower())


def _counted_figure(an: Analysed, j: int) -> bool:
    """Is the figure at word j a count (no noun after it, or a plural one: "SDP 43 seats", "with 43."), not a name's
    number ("Velmar Air 310 crashed")?"""
    ws = an.words
    return j + 1 >= len(ws) or bool(_gap(an, j + 1).strip()) or ws[j + 1].norm in ("and", "or") \
        or is_plural(ws[j + 1].norm) and not _past(ws[j + 1])


def _holder_after(an: Analysed, k: int) -> range:
    """'364 seats for the Conservatives, 203 for Labour': the name after "for" right behind a figure (past its unit)
    holds it; else none."""
    ws, j = an.words, k + 1
    if j < len(ws) and ws[j].norm != "for" and not ws[j].capitalised and ws[j].norm not in FUNCTION_WORDS:
        j += 1  # the unit: "seats"
    if j + 1 >= len(ws) or ws[j].norm != "for" or _gap(an, j).strip():
        return range(0)
    j += 2 if ws[j + 1].norm == "the" and j + 2 < len(ws) else 1
    if not ws[j].capitalised or ws[j].norm in FUNCTION_WORDS or _gap(an, j).strip():
        return range(0)
    run = _name_run_at(an, j)
    described = _name_after_description(an, run.stop)  # "for the Peronist candidate Sergio Massa"
    return range(run.start, described.stop) if described else run


def _name_after_description(an: Analysed, j: int) -> range | None:
    """The name that lower-case words from word j describe (``_described_name``: "Peronist candidate Sergio Massa"),
    unless a word of its own follows it, a relative clause's verb ("the Peronist governors Sergio Massa courted");
    else None."""
    k = _described_name(an, j)
    if k < 0 or an.words[k].norm in FUNCTION_WORDS:
        return None
    run = _name_run_at(an, k)
    after = an.words[run.stop] if run.stop < len(an.words) else None
    if after is not None and not _gap(an, run.stop).strip() and after.norm not in FUNCTION_WORDS:
        return None  # "the Peronist governors Sergio Massa courted": a relative clause, its subject the name
    return run


def _holder(an: Analysed, k: int) -> range:
    """The name that holds the figure at word k: its possessive, a name after a gapping word, or a name and one past
    verb (not a sentence's first word alone: "Turnout reached 76%", nor a name in an of-phrase); else none."""
    ws = an.words
    possessive = k >= 2 and ws[k - 1].norm == "s" and _gap(an, k - 1) in ("'", "’")
    j = k - 2 if possessive else k - 1
    acted = not possessive and j > 0 and _past(ws[j]) and ws[j - 1].capitalised and not _gap(an, j).strip()
    j = j - 1 if acted else j
    if j < 0 or not ws[j].capitalised or ws[j].norm in FUNCTION_WORDS \
            or _gap(an, j + 1).strip() and not possessive and _gap(an, j + 1) not in SPACED_DASHES:
        return range(0)  # ("the Free Democratic Party - 80 seats": a list item's name and its count, a dash between)
    run = _name_run_back(an, j)
    if acted:
        owner = _of_phrase_owner(an, run)
        if owner is not None:  # "the alliance of Ana Lind took 16.4%": the alliance's figure
            return range(owner, owner + 1)
        return run if _acting_subject(an, run) else range(0)
    return run if possessive or _opens_item(an, run) else range(0)


def _acting_subject(an: Analysed, run: range) -> bool:
    """May the name before a past verb be its subject: not the sentence's first word, no mark but a comma or a
    semicolon before it?"""
    return bool(run.start) and _gap(an, run.start).strip() in ("", ",", ";")


def _of_phrase_owner(an: Analysed, run: range) -> int | None:
    """The noun before an "of" up to three words before the name ("the alliance of Ana Lind", "the Social Democrats
    (SDP) of Chancellor Ana Lind"): the head whose of-phrase the name is in, or None."""
    ws = an.words
    of = next((j for j in range(run.start - 1, max(0, run.start - 4), -1) if ws[j].norm == "of"), None)
    if of is None or of < 1 or any(_gap(an, j).strip() for j in range(of + 1, run.start + 1)):
        return None  # (not across a mark: "With 100% of votes counted, Lula secured 50.9%")
    return of - 1 if ws[of - 1].norm.isalpha() and ws[of - 1].norm not in FUNCTION_WORDS else None


def _opens_item(an: Analysed, run: range) -> bool:
    """Does the name follow a gapping word ("and Milei 30%") or open an item of a comma list?"""
    return run.start > 0 and an.words[run.start - 1].norm in GAPPING_OPENERS \
        or (_after_comma(an, run) and not _title_case(an))  # (not a headline's capitals: "..., Killing All 260 ...")


def _after_comma(an: Analysed, run: range) -> bool:
    """Does the name open an item of a comma list, past "the" ("144 seats, the Bloc Québécois 22 seats")?"""
    start = item_opening(an, run.start)
    return start > 0 and _gap(an, start).strip() == ","


def _listed_count(an: Analysed, run: range, found) -> bool:
    """'the Bloc Québécois 22 seats, the NDP seven seats, and the Greens one seat': a name opening a list's item
    with its count and the count's noun (a plural, or one of it) holds that count."""
    after = words(found.after[:40])
    if run.stop != an.index_at(found.start) or not after or not (is_plural(after[0].norm) or found.value == 1):
        return False  # (the count right after the name: "Wilmore spent 286 days" is no list's item)
    before = item_opening(an, run.start)  # (past "the": "and the Greens")
    return _after_comma(an, run) or before > 0 and an.words[before - 1].norm in GAPPING_OPENERS


def _no_noun_after(an: Analysed, found) -> bool:
    """Nothing after the number's unit but a punctuation mark, the end or a function word ("30%.", "44.3% of")."""
    after = found.after.lstrip()
    if after[:1] in ("-", "‑"):
        return False  # "Dawood's 19-year-old son": the figure modifies a noun
    if not after or not after[0].isalnum():
        return True
    word = after.split(None, 1)[0].lower().strip(".,;:")
    return word in FUNCTION_WORDS


def claim_names(claim: str) -> list[str]:
    """The names a claim gives, one word each (hyphen-joined words as one: "Bankman-Fried"): not an office or a title
    ("President"), a day or month, nor a function word; the claim's first word only when hyphen-joined, followed by
    another capitalised word ("Sam Bankman-Fried was sentenced") or capitalised again later (a sentence opens with a
    capital whatever it is)."""
    ws = words(claim)
    out: list[str] = []
    i = 0
    while i < len(ws):
        j = i + 1
        while j < len(ws) and claim[ws[j - 1].end:ws[j].start] == "-" and ws[j].capitalised:
            j += 1
        w = ws[i]
        text = claim[w.start:ws[j - 1].end]
        plain = w.norm in FUNCTION_WORDS or w.norm in CALENDAR_WORDS or w.norm in OFFICE_WORDS or w.norm in TITLES
        opener = i == 0 or claim[:w.start].rstrip().endswith((".", "!", "?", ":"))
        named = w.capitalised and not plain and (not opener or j - i > 1 or (j < len(ws) and ws[j].capitalised
                                                                                and claim[w.end:ws[j].start] == " ")
                                                 or any(v.norm == w.norm for v in ws[j:]))
        if named and text not in out:
            out.append(text)
        i = j
    return out


_RECIPIENT_DESCRIBERS = 2  # lower-case words before the recipient's name: "awarded co-plaintiff Chris Orsk"


def other_recipient(an: Analysed, k: int, known: frozenset[str]) -> Decision | None:
    """'The jury also awarded co-plaintiff Chris Orsk $15 million', 'paid Velmar Line $2 million': a sum right after a
    verb of giving (``GIVING_VERBS``) and the name it is given to is that name's; when none of the name's words is
    among the fact's (``known``: its claim, terms and context), it is another's sum: set aside."""
    ws = an.words
    if k < 2 or not ws[k - 1].capitalised or _gap(an, k).strip(" $£€¥") or ws[k - 1].norm in CALENDAR_WORDS:
        return None
    run = _name_run_back(an, k - 1)
    j = run.start - 1
    while j >= 0 and run.start - j <= _RECIPIENT_DESCRIBERS and not ws[j].capitalised \
            and ws[j].norm not in GIVING_VERBS and ws[j].norm not in FUNCTION_WORDS:
        j -= 1
    if j < 0 or ws[j].norm not in GIVING_VERBS or any(ws[n].norm in known for n in run):
        return None
    return Decision(False, f"is what '{_words(an, run)}' was given, whom the claim does not name")


def other_holder(an: Analysed, k: int, known: frozenset[str]) -> Decision | None:
    """'Qatar owns 12 percent of Xstrata', for a fact of Glencore's stake: a figure right after a verb of holding
    (``HOLDING_VERBS``, past a hedge or "a"/"an") is its subject's, a name right before that verb; when none of the
    name's words is among the fact's (``known``: its claim, terms and context), it is another holder's: set aside."""
    ws, j = an.words, k - 1
    while j >= 1 and (ws[j].norm in HEDGE_WORDS or ws[j].norm in ("a", "an")):
        j -= 1
    if j < 1 or ws[j].norm not in HOLDING_VERBS or not ws[j - 1].capitalised or ws[j - 1].norm in FUNCTION_WORDS \
            or _gap(an, j).strip():
        return None
    run = _name_run_back(an, j - 1)
    if any(ws[n].norm in known for n in run):
        return None
    return Decision(False, f"is what '{_words(an, run)}' {ws[j].text}, a holder the claim does not name")


_PLACE_REACH = 6  # words from a count to the place it is counted in: "Twenty-one people died in Oman"


def claim_places(claim: str) -> frozenset[str]:
    """The places a claim counts its figure in: the capitalised words after "in" ("killed four people in the UAE":
    {"uae"}), lower-cased; not an event's name ("died in the Palisades fire": the fire, no place)."""
    ws = words(claim)
    return frozenset(ws[j].norm for i, w in enumerate(ws[:-1]) if w.norm == "in" and not _names_event(ws, i + 1)
                     for j in range(i + 1, min(len(ws), i + 4)) if ws[j].capitalised
                     and ws[j].norm not in CALENDAR_WORDS)


def _names_event(ws, i: int) -> bool:
    """Do the words from i (past "the") end, within three, in a noun of an event ("the Palisades fire")?"""
    return any(w.norm in KNOWN_EVENT_NOUNS for w in ws[i:i + 4])


def other_place(an: Analysed, k: int, places: frozenset[str]) -> Decision | None:
    """'Twenty-one people died in Oman and four in the UAE', 'in Oman, where at least 21 people died': a count said to
    be in a place (after it, in its clause; or before ", where") is that place's; when the sentence also names the
    claim's place (``places``) elsewhere, a count in another place is another's: set aside."""
    ws = an.words
    if not any(w.norm in places for w in ws):
        return None
    place = _place_after(an, k) or _place_before_where(an, k)
    if place is None or any(ws[j].norm in places for j in place):
        return None
    return Decision(False, f"is counted in '{_words(an, place)}', not the claim's place")


def _place_after(an: Analysed, k: int, prepositions: tuple[str, ...] = ("in",), reach: int = _PLACE_REACH,
                 same_clause: bool = True) -> range | None:
    """The capitalised place a count at word k is counted in ("21 people died in Oman"), or None."""
    ws = an.words
    for j in range(k + 1, min(len(ws) - 1, k + reach)):
        if (same_clause and an.clause[j] != an.clause[k]) or ws[j].norm in ("and", "or") or "," in _gap(an, j) \
                or (_count_word(ws[j]) and not (j == k + 1 and _count_word(ws[k]))):  # ("Twenty-one")
            return None  # (another count's place: "21 in Oman and four in the UAE")
        if ws[j].norm in prepositions:
            place = _place_at(an, j)
            if place is not None:
                return place
    return None


def _place_at(an: Analysed, j: int) -> range | None:
    """The capitalised place the preposition at word j names (past "the"), or None (a day or month, or after "on" or
    "aboard" no craft: ``_place_for``)."""
    ws = an.words
    at = j + 2 if ws[j + 1].norm == "the" and j + 2 < len(ws) else j + 1
    if ws[at].capitalised and ws[at].norm not in CALENDAR_WORDS and _place_for(an, j, at):
        return _place_run(an, at)
    return None


def _place_for(an: Analysed, j: int, at: int) -> bool:
    """After "on" or "aboard" (word j), only "the", a name and a common noun name a place a count is counted at (a
    craft: "on the KLM jet"; not "on Main Street in Aske", "on Christmas Eve", "on Runway 2")."""
    ws = an.words
    if ws[j].norm not in ("on", "aboard"):
        return True
    end = _place_run(an, at).stop
    return at == j + 2 and end < len(ws) and ws[end].norm in CRAFT_NOUNS


def own_place(an: Analysed, mention, about: list[Hit]) -> Decision | None:
    """'killing 43 people at Al Noor Mosque and another seven people at the Linwood Islamic Centre', 'Forty-one
    people were killed at the Al Noor mosque, seven at Linwood Masjid': a count followed by a place of its own (at or
    in a capitalised name, its verb between) is that place's; when the terms name only the place of another count in
    the sentence, it is not the count they locate: set aside."""
    if mention.kind != "number" or an.norms.isdisjoint(_COUNT_PLACES):
        return None
    k = an.index_at(mention.end - 1)  # the count's last word ("Forty-one")
    mine = _place_after(an, k, _COUNT_PLACES, _OWN_PLACE_REACH, same_clause=False)
    if mine is None or any(_hit_in([h], mine) for h in about):
        return None
    ws = an.words
    for m in range(len(ws)):
        if m != k and _count_word(ws[m]) and not (m + 1 < len(ws) and _count_word(ws[m + 1])):
            theirs = _place_after(an, m, _COUNT_PLACES, _OWN_PLACE_REACH, same_clause=False)
            if theirs is not None and theirs != mine and all(_hit_in([h], theirs) for h in about):
                return Decision(False, f"is counted at '{_words(an, mine)}'; the terms name the place of another "
                                       f"count ('{_words(an, theirs)}')")
    theirs = _other_named_place(an, mine, about)
    if theirs is not None:  # "All passengers on the KLM plane died, while 330 people on the Pan Am plane were killed"
        return Decision(False, f"is counted at '{_words(an, mine)}'; the terms name another place "
                               f"('{_words(an, theirs)}')")
    return None


def _other_named_place(an: Analysed, mine: range, about: list[Hit]) -> range | None:
    """Another capitalised place after a preposition of place (``_COUNT_PLACES``) than the count's own that holds
    every term (a name: "on the KLM plane"), or None."""
    ws = an.words
    for j in range(len(ws) - 1):
        if ws[j].norm in _COUNT_PLACES and j + 1 not in mine and j + 2 not in mine:
            theirs = _place_at(an, j)
            if theirs is not None and about and all(_hit_in([h], theirs) for h in about):
                return theirs
    return None


_COUNT_PLACES = ("in", "at", "on", "aboard")
_OWN_PLACE_REACH = 10  # "Forty-one people are believed to have been killed at the Al Noor mosque"


def _place_before_where(an: Analysed, k: int) -> range | None:
    ws = an.words
    w = next((j for j in range(k - 1, max(-1, k - _PLACE_REACH), -1) if ws[j].norm == "where"), None)
    if w is None or w < 3 or _gap(an, w).strip() != "," or not ws[w - 1].capitalised:
        return None
    run = _name_run_back(an, w - 1)
    return run if run.start > 0 and ws[run.start - 1].norm == "in" else None


def _place_run(an: Analysed, j: int) -> range:
    ws, end = an.words, j
    while end + 1 < len(ws) and ws[end + 1].capitalised and _gap(an, end + 1) == " ":
        end += 1
    return range(j, end + 1)
