"""A sentence cut into clauses, the phrase helpers the rules share, and rule 2 (the clause) itself."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import wraps

from ..lang.calendar import CALENDAR_WORDS, DAY_WORDS, MONTHS, SEASONS, TIME_NOUNS, WEEKDAYS
from ..lang.numbers import (COUNT_WORDS, HEDGE_WORDS, HEDGES, ONES, ORDINAL_SUFFIXES, ORDINAL_WORDS, PEOPLE_UNITS, SCALES, TENS, UNITS,
                            VAGUE_PARTS)
from ..match import Hit
from ..model import Mention, Sentence
from ..money import is_money
from ..numbers import superlative
from ..lang.grammar import NOUN_PHRASE_OPENERS as DETERMINERS
from ..lang.grammar import (PHRASE_PREPOSITIONS, AFTER_EVENT_NOUNS, LIKE_LEADS, LIKENING_PREPOSITIONS, INTENT_NOUNS, ANOTHER_THING, AUXILIARIES, BE_FORMS, CLAUSE_OPENERS, COMMENT_PARTICIPLES,
                            DETECTED_EVENTS, RESEMBLING, RESEMBLING_BEFORE,
                            COMPANY_SUFFIXES, COMPARED, ING_NOT_VERBS, COMPARISON_VERBS, COMPLEMENT_VERBS, FRONTED_SUBORDINATORS,
                            FUNCTION_WORDS, GAP_PREPOSITIONS, COUNTED_GAP_WORDS, GAP_WORDS, GERUND_OPENERS, ING_ADJECTIVES, INTRO_PREPS, IRREGULAR_PAST,
                            LOCATIVE_PREPOSITIONS, NAME_PARTICLES, NEW_SUBJECT, NON_RESTRICTIVE, RECORDING_VERBS,
                            PICTURE_NOUNS, REDUCED_OPENERS, SAYING_PARTICIPLES, CONTRAST_OPENERS, SUBJECT_OPENERS, AFTER_REPORT_PREPOSITIONS, DEFINITE_REFERENCE, OCCURRING_VERBS, REDUCED_PREPOSITIONS, RELATIVE_PRONOUNS, REPORTING_VERBS, ROLE_AS_VERBS,
                            STATE_OF, TOPIC_NOUNS, TOPIC_PREPOSITIONS, PROCEEDING_NOUNS)
from ..lang.grammar import (EXPECTING_WORDS, POSSIBILITY_MODALS, AMOUNTING_PARTICIPLES, CHANGE_WORDS, COMPARATIVES, FINITE_ONLY, FRONTED_OUTDOING, FUTURE_MODALS,
                            DECISION_VERBS, NEGATIONS, OWN_TIME_WORDS, PARTICIPLE_LEADS, PLAN_BEFORE_TO, RECORD_BREAKING, TIE_VERBS,
                            VERB_LEADS)
from ..dates.fragments import is_year
from ..lang.cues import PARTICIPLES, SCHEDULED_EVENTS
from ..words import Word, is_plural, title_case


COMMA_WEIGHT = 4
MAX_DISTANCE = 20  # words between a value and the term it describes, within one clause
FAR_AWAY = "possible conflict: far off"  # the weak reason of a far value (value_clause reads it)
FAR_DISTANCE = 32  # past MAX_DISTANCE and up to this, attached loosely: a matching value agrees, another only may conflict
# Square brackets are not here: "[with the director] Anna Orsk" is an editor's insertion read in line.
_CLAUSE_PUNCT = re.compile(r"[;:()—–]|\s-\s|\s\ufffd\s")
_SPACED_DASH = re.compile(r"\s(?:[—–\-\ufffd]|--)\s|—")  # a dash around an aside ("--" typed for one; U+FFFD: a dash lost
# in decoding)


@dataclass(frozen=True)
class Decision:
    attached: bool
    why: str
    rule: str = ""  # the name of the rule that decided
    # attached only loosely: the value may agree, but a conflicting one is a possible conflict (why), no differ
    weak: str = ""
    via: str = ""  # a restatement's: the rule that attached the value it restates ("value_clause")
    term: str = ""  # the term a value only shares a clause with (lower-cased), for decide's weighing
    apart: bool = False  # set aside only as standing apart from every term (another clause, far in a long one): nothing
    # says the value is another thing's, so the source's only statement of the fact's value may still agree (only_value)


@dataclass(frozen=True)
class Analysed:
    """A sentence cut into words and clauses, read once and used for every fact."""

    sentence: Sentence
    words: tuple[Word, ...]
    clause: tuple[int, ...]  # clause number of each word
    starts: tuple[int, ...]  # each word's start offset, for lookups
    trailing: frozenset[int] = frozenset()  # clauses that are participle phrases (", killing 40")
    intro: int = -1  # the opening phrase "During the 44-day conflict," (-1: none)
    reference: frozenset[int] = frozenset()  # clauses naming what something is compared with
    main: int = -1  # the clause the opening phrase covers when a subordinate aside stands between them
    memo: dict = field(default_factory=dict, compare=False, repr=False)  # per_sentence's answers, the rules' decisions
    # the sentence's word norms: a rule whose trigger words are all absent cannot fire, and says so at once
    norms: frozenset[str] = field(default=frozenset(), compare=False, repr=False)

    def is_reference(self, i: int) -> bool:
        return bool(self.words) and self.clause[i] in self.reference

    def index_at(self, offset: int) -> int:
        """The word at or before a character offset."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def index_after(self, offset: int) -> int:
        """The first word starting at or after a character offset."""
        return bisect_right(self.starts, offset - 1)


def per_sentence(read):
    """A reading of the sentence alone (``Analysed -> value``, the same for every fact and value) worked out once
    per sentence, when first asked: several rules ask it for each value and each fact of the sentence.  The value
    is shared, so it must not be changed (tuples, not lists)."""
    key = f"{read.__module__}.{read.__qualname__}"  # a name, not the function: an Analysed still pickles

    @wraps(read)
    def once(an: Analysed):
        return remembered(an, key, read, an)
    return once


def remembered(an: Analysed, key, work, *args):
    """``work(*args)``, kept in the sentence's memo under ``key``: worked out once, however often asked."""
    value = an.memo.get(key, _UNKNOWN)  # not try/except: most decisions are asked once, and a KeyError costs more
    if value is _UNKNOWN:
        value = an.memo[key] = work(*args)
    return value


_UNKNOWN = object()


# Word sets the rules test words against, built once (they are asked of every word of a sentence).
_GLOSS_BLOCKERS = (FUNCTION_WORDS | AUXILIARIES) - {"of", "and", "the"}
_NOT_MODIFIERS = FUNCTION_WORDS - DETERMINERS


def analyse(sentence: Sentence, words: tuple[Word, ...]) -> Analysed:
    clause, weak, fresh, reference = _clauses(sentence.text, words)
    clause = _quantified_relative(words, clause)
    clause = _trailing_attribution(sentence.text, words, clause)
    clause, intro = _intro(sentence.text, words, clause, fresh)
    clause, intro, reference = _fronted_addition(sentence.text, words, clause, intro, reference, fresh + 3)
    clause, main = _past_aside(sentence.text, words, clause, intro, fresh + 2)
    clause = _fronted(sentence.text, words, clause, fresh + 2)
    reference = _reference_when(sentence.text, words, clause, reference)
    return Analysed(sentence, words, tuple(clause), tuple(w.start for w in words), frozenset(weak), intro,
                    frozenset(reference), main, norms=frozenset(w.norm for w in words))


_QUANTIFIERS = {*VAGUE_PARTS, "both", "each", "half", "one"}  # ", most of whom", ", half of which"


def _quantified_relative(words: tuple[Word, ...], clause: list[int]) -> list[int]:
    """', 11 of which derailed', ', most of whom survived': a relative clause opened by a count or quantifier and
    "of which"/"of whom" starts at the count, which is its subject."""
    for i in range(2, len(words)):
        if words[i].norm in ("which", "whom") and words[i - 1].norm == "of" and clause[i] != clause[i - 2] and (
                words[i - 2].norm[:1].isdigit() or words[i - 2].norm in ONES or words[i - 2].norm in TENS
                or words[i - 2].norm in _QUANTIFIERS):
            clause[i - 2] = clause[i - 1] = clause[i]
    return clause


_ATTRIBUTION_SUBJECT = 12  # words: "a report by the Ukrainian government and the United Nations"
_ATTRIBUTION_TAIL = 6  # words after the verb: "said in a statement on Tuesday"
_ATTRIBUTION_AFTER = {"on", "in", "at", "during", "late", "last", "earlier", "this", "yesterday", "today", "tonight",
                      "after", "before", "according", "when", "as"}


def _trailing_attribution(text: str, words: tuple[Word, ...], clause: list[int]) -> list[int]:
    """'The flood caused $14 billion of damage, a report by the UN said on Tuesday': a reporting verb ending the
    sentence (nothing after it but a phrase of time or place), after a main clause, a comma and a subject with no
    verb of its own, makes a clause with that subject: the subject's words are the saying's, not the main clause's."""
    k = next((j for j in range(len(words) - 1, 0, -1) if words[j].norm in REPORTING_VERBS
              and clause[j] != clause[j - 1]), None)
    if k is None or len(words) - k > _ATTRIBUTION_TAIL + 1 or any(c != clause[k] for c in clause[k:]):
        return clause
    start = _attribution_subject(text, words, k)
    if start < 2 or clause[start] != clause[k - 1] or not _bare_tail(words[k + 1:k + 2]):
        return clause
    if not any(_past(w) or w.norm in AUXILIARIES for w in words[:start]):
        return clause  # no main clause before the comma: "On 10 May, the council announced new talks"
    return clause[:start] + [clause[k]] * (k - start) + clause[k:]


def _attribution_subject(text: str, words: tuple[Word, ...], k: int) -> int:
    """The first word of a verbless subject between a comma and the reporting verb at word k, or -1."""
    start = k - 1
    while start > 0 and k - start < _ATTRIBUTION_SUBJECT and text[words[start - 1].end:words[start].start] != ", ":
        start -= 1
    if start < 1 or text[words[start - 1].end:words[start].start] != ", ":
        return -1
    subject = words[start:k]
    if not (subject[0].norm in ("the", "a", "an") or subject[0].capitalised) \
            or any(_past(w) or w.norm in AUXILIARIES or w.norm in CLAUSE_OPENERS for w in subject):
        return -1
    return _named_before_apposition(text, words, start)


def _named_before_apposition(text: str, words: tuple[Word, ...], start: int) -> int:
    """'..., Pinarayi Lind, Kerala chief minister, said': a name set off by commas right before the subject found is
    the one the subject describes (an apposition): where that name begins, else ``start``."""
    if words[start].norm in DETERMINERS or all(w.capitalised for w in words[start:start + 3]):
        return start  # ("in Aske, Velmar, a report said": no apposition; nor a name of its own)
    j = start - 1
    while j > 0 and start - j <= _NAME_BEFORE_APPOSITION and words[j].capitalised \
            and text[words[j - 1].end:words[j].start] == " ":
        j -= 1
    if j < 1 or not all(w.capitalised for w in words[j:start]) or words[j].norm in FUNCTION_WORDS:
        return start
    return j if text[words[j - 1].end:words[j].start].strip("\"”’' ") == "," else start


_NAME_BEFORE_APPOSITION = 4  # words of the name


def _bare_tail(tail: tuple[Word, ...]) -> bool:
    """Nothing after a reporting verb, or a phrase of time or place ("said on Tuesday"), no object ("announced new
    talks")."""
    return not tail or tail[0].norm in _ATTRIBUTION_AFTER or tail[0].norm in CALENDAR_WORDS


def _reference_when(text: str, words: tuple[Word, ...], clause: list[int], reference: list[int]) -> list[int]:
    """'the strongest since 1960, when a magnitude 5.8 quake struck near Agadir and caused thousands of deaths': a
    when-clause right after a reference that ends in a year or a month tells of the reference's time, so it and the
    clauses after it to the sentence's end are the reference's too (after a name or a noun, up to a clause joined by
    "and"/"but"; "in which" after a comma too: ``_reference_time_clause``); a relative clause right after a reference ending in
    a name or a noun describes that compared thing ("surpassing Hurricane Patricia, which made landfall with 150 mph
    winds", "surpassing the toll of the Orsk nightclub massacre, which killed 49 people")."""
    if not reference:
        return reference
    for i in range(1, len(words)):
        told = _reference_time_clause(text, words, clause, reference, i)
        if told:
            whole = is_year(words[i - 1].norm) or words[i - 1].norm in MONTHS  # to the sentence's end; a name's or a
            # noun's when-clause up to a clause joined by "and"/"but" ("since Sandy Hook, when 26 people died, and it
            # left 21 dead")
            end = len(words) if whole else next((j for j in range(told + 1, len(words)) if clause[j] != clause[j - 1]
                                                 and words[j].norm in _JOINING), len(words))
            return reference + sorted(set(clause[told:end]) - set(reference))
        if words[i].norm in ("which", "who") and clause[i] != clause[i - 1] and clause[i - 1] in reference \
                and clause[i] not in reference and (words[i - 1].capitalised or _plain_noun(words[i - 1])) \
                and not _new_subject_in(words, clause, i):
            reference = reference + [clause[i]]  # "surpassing Hurricane Patricia which made landfall with 150 mph",
            # "surpassing the death toll of the Orsk nightclub massacre, which killed 49 people in 2016"
        elif _reference_participle(text, words, clause, reference, i):
            reference = reference + [clause[i]]
    return reference


def _reference_participle(text: str, words: tuple[Word, ...], clause: list[int], reference: list[int], i: int) -> bool:
    """'since a magnitude 6.5 quake struck Yunnan in 2014, claiming the lives of 617 people': an -ing participle
    after a comma, right after a reference clause opened by "since" or "than" with a past verb of its own, tells what
    the compared event did (not after a bare reference: "the strongest since 1960, killing 40 people" is the main
    clause's)."""
    if not (words[i].norm.endswith("ing") and clause[i] != clause[i - 1] and clause[i - 1] in reference
            and clause[i] not in reference and "," in text[words[i - 1].end:words[i].start]):
        return False
    own = [j for j in range(i) if clause[j] == clause[i - 1]]
    return words[own[0]].norm in ("since", "than") and any(_past(words[j]) for j in own[1:])  # (not "outperformed
    # those benchmarks, cutting ...": the main clause's verb before its compared object)


_PREPOSITIONS_OF_WHICH = {"in", "during", "at"}  # after a comma only: "since 2014 in which" restricts the head
_JOINING = {"and", "but", "yet", "while", "so"}


def _reference_time_clause(text: str, words: tuple[Word, ...], clause: list[int], reference: list[int], i: int) -> int:
    """Where a clause at word i that tells of a reference's time starts ("when", or "in which" after a comma), or 0:
    a when-clause after a reference ending in a year or month, or in a name or an event's noun ("since the massacre at
    Sandy Hook, when a gunman shot dead 26"; not with a pronoun back to the main clause's subject: "since Sandy Hook,
    when he opened fire"); "since the 2012 massacre, in which" (not "since 2014 in which": it restricts the head)."""
    if clause[i - 1] not in reference:
        return 0
    if words[i].norm == "when" and clause[i] != clause[i - 1] and (
            is_year(words[i - 1].norm) or words[i - 1].norm in MONTHS
            or i + 1 < len(words) and (words[i + 1].norm == "there" or words[i + 1].norm not in _SUBJECT_PRONOUNS)):
        return i
    if words[i].norm in _PREPOSITIONS_OF_WHICH and i + 1 < len(words) and words[i + 1].norm == "which" \
            and clause[i + 1] != clause[i - 1] and "," in text[words[i - 1].end:words[i].start]:
        return i + 1
    return 0


def _new_subject_in(words: tuple[Word, ...], clause: list[int], i: int) -> bool:
    """Does word i's clause go on, after "and"/"but", with a subject of its own ("..., who was elected at 58, and Leo
    himself is 72")?"""
    return any(words[j].norm in ("and", "but") and (words[j + 1].capitalised or words[j + 1].norm in NEW_SUBJECT)
               for j in range(i + 1, len(words) - 1) if clause[j] == clause[i])


_BRACKETED = re.compile(r"\(([^()\d,;:.!?\"“”]{1,40})\)")


def _unbracket_glosses(text: str) -> str:
    """'the "Iron" (Steel Town) mayor', 'the port authority (PAX) said': a bracket holding a short gloss
    (a name or noun, no verb, no number) stands in apposition to the word before it; it cuts no clause."""
    def gloss(m: re.Match) -> str:
        ws = m.group(1).split()
        plain = 1 <= len(ws) <= 4 and not any(w.lower() in _GLOSS_BLOCKERS for w in ws)
        return " " + m.group(1) + " " if plain else m.group()
    return _BRACKETED.sub(gloss, text) if "(" in text else text


def _clauses(text: str, words: tuple[Word, ...]) -> tuple[list[int], list[int], int, list[int]]:
    """Each word's clause number, the participle clauses, the last clause number used, the comparison references."""
    text = _unbracket_glosses(text)
    clause, weak, outside, reference = [], [], [], []
    current = fresh = 0
    negated = dash_open = False
    relative_open: list[int] = []  # the clause a non-restrictive relative clause (", who ...,") interrupts
    restrictive: tuple[int, int, int] | None = None  # (its clause, the clause it interrupts, where its verb ends)
    for i, (w, (between, dash)) in enumerate(zip(words, _gaps(text, words))):
        current, restrictive = _after_restrictive(text, words, i, current, restrictive)
        if between is None:
            pass  # most words: after a plain space, no opener: the clause goes on
        elif outside and _resumes(between, dash, dash_open):
            # after a bracket or a dashed aside the interrupted clause goes on, unless a comparison opens there
            current, fresh, relative_open = _reference_at(words, i, outside.pop(), fresh, reference, relative_open)
            current, fresh = _opened_after_aside(text, words, i, negated, current, fresh)
            dash_open = False if dash else dash_open
        elif relative_open and _ends_relative(text, words, i, between):
            current, fresh = _after_relative(words, i, relative_open.pop(), fresh)  # "Mr Orsk, who was arrested in
            # May, spoke"
        elif i:  # not the first word, nor a plain one (_gaps): it may open a clause
            if dash:
                outside.append(current)
                dash_open = True
            participle = _participle(w, between) and _verb_before(words, i)
            compared = _compared_at(words, i, between, clause, reference)
            if _opens_bracket(between):
                outside.append(current)
            cut, aside = _cut_here(text, words, i, between, negated, clause, current)
            opens = participle or compared or cut
            relative_open = _kept_for_aside(text, words, i, between, opens, current, relative_open)
            if opens:
                relative_open = [*relative_open, current] if aside else relative_open
                fresh += 1
                restrictive = _restrictive_at(words, i, between, fresh, current)
                current, negated = fresh, False
                # a participle of comment (", underscoring the difficulty of ... in 2023") says no more of what
                # happened: a clause of its own, not tied to the one before (COMMENT_PARTICIPLES); nor does one of
                # saying (", adding on Tuesday that ...": SAYING_PARTICIPLES), whose time is the saying's
                tied = participle and w.norm not in _UNTIED_PARTICIPLES
                (reference if compared else weak if tied else []).append(current)
        negated = negated or w.norm in ("not", "no", "never")
        clause.append(current)
    fresh = _fronted_comparison(text, words, clause, reference, fresh)
    return clause, weak, _absolutes(words, clause, weak, fresh), reference


_UNTIED_PARTICIPLES = COMMENT_PARTICIPLES | SAYING_PARTICIPLES


def _cut_here(text: str, words: tuple[Word, ...], i: int, between: str, negated: bool, clause: list[int],
              current: int) -> tuple[bool, bool]:
    """(opens a clause, as an aside) at word i: ``_opens``, or a phrase after a trailing reporting clause."""
    cut, aside = _opens(text, words, i, between, negated)
    return cut or _after_report(text, words, clause, current, i, between), aside


def _after_report(text: str, words: tuple[Word, ...], clause: list[int], current: int, i: int, between: str) -> bool:
    """'Up to 174 people were killed in a stampede, officials said on Sunday, in one of the worst disasters': a
    phrase opened by a preposition after a comma that closes a reporting clause set off by a comma (a subject of
    up to three words and a verb of reporting, maybe its time) is no part of the saying: a clause of its own."""
    if "," not in between or words[i].norm not in AFTER_REPORT_PREPOSITIONS or not clause or clause[-1] != current:
        return False
    start = clause.index(current)
    verb = next((j for j in range(start, min(i, start + 4)) if words[j].norm in REPORTING_VERBS), None)
    if not start or verb is None or current == clause[start - 1]:
        return False
    return any("," in text[words[k - 1].end:words[k].start] for k in range(max(1, start - 3), start + 1))




def _after_relative(words: tuple[Word, ...], i: int, interrupted: int, fresh: int) -> tuple[int, int]:
    """The clause and the last clause number after a non-restrictive relative clause ends at word i: the interrupted
    one resumes, unless a word of contrast opens another ("received 16.5 million votes, which is 27.45%, while Roe
    won ...", "..., which one official put at 174, but the disaster appeared ...": "but" before a subject's opening
    word; not "who won 52% in 2019, but only 41% in 2023")."""
    if words[i].norm in CONTRAST_OPENERS or words[i].norm == "but" and i + 1 < len(words) \
            and words[i + 1].norm in SUBJECT_OPENERS:
        return fresh + 1, fresh + 1
    return interrupted, fresh


def _opened_after_aside(text: str, words: tuple[Word, ...], i: int, negated: bool, current: int,
                        fresh: int) -> tuple[int, int]:
    """(clause, last number used) at word i, right after a bracket or a dashed aside closed: a subordinator there
    opens a clause of its own ("ruled on Thursday (Oct 17) that the chief was not guilty")."""
    if words[i].norm in CLAUSE_OPENERS and _opens(text, words, i, " ", negated)[0]:
        return fresh + 1, fresh + 1
    return current, fresh


def _restrictive_at(words: tuple[Word, ...], i: int, between: str, number: int,
                    interrupted: int) -> tuple[int, int, int] | None:
    """The restrictive relative clause word i opens as clause ``number``: (its number, the clause it interrupts, the
    word after its verb), or None."""
    verb_end = _restrictive_verb_end(words, i, between)
    return (number, interrupted, verb_end) if verb_end else None


def _after_restrictive(text: str, words: tuple[Word, ...], i: int, current: int,
                       restrictive: tuple[int, int, int] | None) -> tuple[int, tuple[int, int, int] | None]:
    """(clause, open restrictive relative) at word i: back in the interrupted clause where the relative ends."""
    if restrictive and current == restrictive[0] and _ends_restrictive(text, words, i, restrictive[2]):
        return restrictive[1], None  # "the ferry that capsized in April was raised"
    return current, restrictive


def _restrictive_verb_end(words: tuple[Word, ...], i: int, between: str) -> int:
    """'the ferry that capsized in April', 'a plane which was carrying 150': a relative pronoun right after a noun
    (no comma) and right before its own verb, the relative's subject: the word after that verb's group, else 0."""
    if between.strip() or words[i].norm not in _RESTRICTIVE or not _plain_noun(words[i - 1]) or i + 1 >= len(words):
        return 0
    j = i + 1
    while j < len(words) and (_past(words[j]) or words[j].norm in AUXILIARIES or words[j].norm in BE_FORMS):
        j += 1
    return j if j > i + 1 else 0


_RESTRICTIVE = {"that", "which", "who"}


def _ends_restrictive(text: str, words: tuple[Word, ...], i: int, verb_end: int) -> bool:
    """Does a restrictive relative clause end before word i: a verb form that is only ever finite (``FINITE_ONLY``),
    after the relative's own verb group and a noun, with no "and"/"or" before it ("the ferry that capsized in April
    killing 304 passengers was raised": "was" is the verb of the clause the relative interrupts)?"""
    if i <= verb_end or words[i].norm not in FINITE_ONLY or words[i].capitalised:
        return False
    prev = words[i - 1]
    return not text[prev.end:words[i].start].strip() and prev.norm not in FUNCTION_WORDS and not _past(prev) \
        and prev.norm not in AUXILIARIES and not prev.norm.endswith("ly")


def _fronted_comparison(text: str, words: tuple[Word, ...], clause: list[int], reference: list[int], fresh: int) -> int:
    """'Surpassing anything documented since 1949, the downpour hit the country': a sentence opening with a verb of
    outdoing names, up to its comma, what the main clause is compared with (a reference), and the main clause
    follows the comma; the last clause number used."""
    if not words or words[0].norm not in FRONTED_OUTDOING:
        return fresh  # (not "Beating Australia by six wickets, India won": a win)
    comma = next((j for j in range(1, len(words)) if "," in text[words[j - 1].end:words[j].start]), None)
    if comma is None:
        return fresh
    clause[:comma] = [fresh + 1] * comma
    clause[comma:] = [fresh + 2 if c == clause[comma] else c for c in clause[comma:]]
    reference.append(fresh + 1)
    return fresh + 2


def _absolutes(words: tuple[Word, ...], clause: list[int], weak: list[int], fresh: int) -> int:
    """Give each absolute clause's verb phrase (``_absolute_verb``) a clause of its own, to the end of the trailing
    ', with' phrase; the last clause number used."""
    for c in weak:
        i = clause.index(c)
        j = _absolute_verb(words, i) if words[i].norm == "with" else -1
        if j < 0:
            continue
        if all(w.capitalised for w in words[i + 1:j]):
            j = i + 1  # ", with Lind garnering 33.5 per cent": a name is the verb's own subject, in its clause
        fresh += 1
        while j < len(words) and clause[j] == c:
            clause[j] = fresh
            j += 1
    return fresh


def _reference_at(words: tuple[Word, ...], i: int, current: int, fresh: int, reference: list[int],
                  relative_open: list[int]) -> tuple[int, int, list[int]]:
    """(clause, last clause number used, the clause an aside interrupts) at word i after a bracket or a dashed aside:
    a new comparison reference if one opens there ("The crest (39 feet), surpassing the 1987 flood, came on 5 July":
    an aside, closed by its comma), else ``current``."""
    if not _comparison_opens(words, i):
        return current, fresh, relative_open
    reference.append(fresh + 1)
    return fresh + 1, fresh + 1, [current]


def _gaps(text: str, words: tuple[Word, ...]) -> list[tuple[str | None, bool]]:
    """The text before each word and whether it holds a spaced dash; (None, False) for a word that cannot open a
    clause: after a plain space only a word of an opener table (_MAY_OPEN) or a word after a complement verb (or its
    time phrase: ``_dated_complement``) can (the other openers need punctuation before them), and ``_clauses`` passes the rest by."""
    out: list[tuple[str | None, bool]] = [("", False)] if words else []
    for prev, w in zip(words, words[1:]):
        between = text[prev.end:w.start]
        if between == " ":
            plain = w.norm not in _MAY_OPEN and prev.norm not in COMPLEMENT_VERBS \
                and not _dated_complement(words, len(out))
            out.append((None, False) if plain else (between, False))
        elif between in (",", ".") and prev.norm[-1:].isdigit() and w.norm[:1].isdigit():
            out.append((None, False))  # "33,000", "6.3": one number, its separator no clause mark
        elif between == "–":
            out.append((None, False))  # an unspaced en dash joins: "June 23–24", "Dallas–Fort Worth"
        else:
            out.append((between, bool(_SPACED_DASH.search(between))))
    return out


def _opens_bracket(between: str) -> bool:
    return "(" in between and ")" not in between


def _opens(text: str, words: tuple[Word, ...], i: int, between: str, negated: bool) -> tuple[bool, bool]:
    """Does word i start a new clause, and is that clause an aside that ends at its comma (", who ...,", ", published
    on 3 May,")?"""
    aside = (_opens_relative(between, words[i]) or _participle_aside(text, words, i, between)
             or _appositive_aside(text, words, i, between))
    return aside or _cuts(text, words, i, between, negated), aside


_DAY_LEADS = FUNCTION_WORDS | CALENDAR_WORDS | {"late", "early", "last", "next", "this", "mid"}  # "Late Sunday,"
_APPOSITION_MAX = 30  # words: an appositive longer than this is read as the sentence goes


def _appositive_aside(text: str, words: tuple[Word, ...], i: int, between: str) -> bool:
    """'Jon Roe, the former officer convicted of murdering Abe Lind in 2020, was stabbed on Friday': a noun phrase in
    apposition after a name, closed by a comma and then the name's verb, describes the name like a relative clause;
    what it holds is not what the main clause says happened."""
    if between != ", " or words[i].norm not in ("the", "a", "an") or not _ends_a_name(words, i - 1) \
            or words[i - 1].norm in CALENDAR_WORDS and not (i >= 2 and words[i - 2].capitalised
                                                            and words[i - 2].norm not in _DAY_LEADS):
        return False  # ("Late Sunday, the FDIC said ...": a day or a month is no name with an apposition; "Jon May,
        # the officer" is)
    return _closed_by_verb(text, words, i)


def _ends_a_name(words: tuple[Word, ...], k: int) -> bool:
    """Does word k end a name: a capitalised word, or a number after one ("Galaxy Note 7", "Flight 370")?"""
    return words[k].capitalised or k >= 1 and words[k].norm.isdigit() and words[k - 1].capitalised


def _subject_aside(text: str, words: tuple[Word, ...], i: int, between: str) -> bool:
    """'About 400 workers, mostly from the plant where the engines are built, have been on strike since 3 May': a
    phrase set off by commas after the subject, before its verb, stays the subject's (it describes it), but a clause
    opened inside it ends at its closing comma, where the subject's clause goes on."""
    return between == ", " and _after_subject(words, i) and _closed_by_verb(text, words, i)


def _kept_for_aside(text: str, words: tuple[Word, ...], i: int, between: str, opens: bool, current: int,
                    relative_open: list[int]) -> list[int]:
    """``_subject_aside``: the clause to go back to at the aside's closing comma (it gets no clause of its own; only
    a clause opened inside it ends there)."""
    return [current] if not opens and _subject_aside(text, words, i, between) else relative_open


def _after_subject(words: tuple[Word, ...], i: int) -> bool:
    """Word i - 1 ends a noun phrase with no verb before it: the sentence's subject so far (not a date, a number or
    a function word, nor a list's next item)."""
    prev = words[i - 1]
    if prev.norm in FUNCTION_WORDS or prev.norm in CALENDAR_WORDS or prev.norm[:1].isdigit() \
            or words[i].norm in ("and", "or") or words[i].capitalised:
        return False
    return not any(_verb_or_saying(w) for w in words[:i])


def _closed_by_verb(text: str, words: tuple[Word, ...], i: int) -> bool:
    """The phrase from word i ends, within _APPOSITION_MAX words and no clause mark, at a comma followed by a verb."""
    end = text.find(",", words[i].end)
    if end < 0 or _CLAUSE_PUNCT.search(text, words[i].end, end):
        return False
    j = i
    while j < len(words) and words[j].start < end:
        j += 1
        if j - i > _APPOSITION_MAX:
            return False
    if j >= len(words) or text[end:words[j].start] != ", ":
        return False
    while j + 1 < len(words) and j - i <= _APPOSITION_MAX and _verb_lead(words[j]):
        j += 1  # ", partially collapsed", ", later died"
    verb = words[j]
    return verb.norm in BE_FORMS or verb.norm in AUXILIARIES or verb.norm in REPORTING_VERBS or _past(verb)


def _cuts(text: str, words: tuple[Word, ...], i: int, between: str, negated: bool) -> bool:
    """Punctuation, a subordinator or a reporting verb before word i starts a new clause."""
    return (between != " " and bool(_CLAUSE_PUNCT.search(between)) and not _clock_colon(words, i, between)
            and not _label_colon(words, i, between)
            or words[i].norm in REPORTING_VERBS and not _name_word(words, i, between) and not _reported_state(words, i)
            or (words[i].norm in RECORDING_VERBS and words[i - 1].norm in BE_FORMS and not _detected(words, i))
            or _opens_clause(text, words, i, between, negated))


def _verb_lead(w: Word) -> bool:
    return not w.capitalised and (w.norm in VERB_LEADS or w.norm.endswith("ly") and len(w.norm) > 4)


def _detected(words: tuple[Word, ...], i: int) -> bool:
    """'A magnitude 6.8 earthquake was recorded on Friday': a subject that instruments record as it happens
    (``DETECTED_EVENTS``) right before "was recorded": the record's time is the event's, one clause (not "had been
    recorded by Friday", a tally to a time; "the earthquake damage was documented", the damage's record; "was recorded
    by seismographs in Ohio", where the record was made)."""
    return i >= 2 and words[i].norm == "recorded" and words[i - 1].norm in ("was", "were") \
        and words[i - 2].norm in DETECTED_EVENTS \
        and (i + 1 >= len(words) or words[i + 1].norm != "by")


def _reported_state(words: tuple[Word, ...], i: int) -> bool:
    """'11,300 people were reported killed', 'two were said to be missing': a passive verb of saying before a state or
    an infinitive tells what is reported of the subject, inside its clause; it opens no report."""
    return (0 < i < len(words) - 1 and words[i - 1].norm in BE_FORMS
            and (_past(words[i + 1]) or words[i + 1].norm in _REPORTED_STATES))


_REPORTED_STATES = {"to", "alive", "safe", "stranded"} | set(STATE_OF)


def _clock_colon(words: tuple[Word, ...], i: int, between: str) -> bool:
    """'at 7:20 a.m.', 'a 3:1 vote': a colon between digits is part of a time or a ratio, no clause break."""
    return between == ":" and words[i - 1].norm[-1:].isdigit() and words[i].norm[:1].isdigit()


_LABEL_MAX = 4  # words of a label before its colon ("Highest altitude:")
_LABELLED_MAX = 6  # words of the value after it ("10,900 feet")


def _label_colon(words: tuple[Word, ...], i: int, between: str) -> bool:
    """'Highest altitude: 10,900 feet', 'Death toll: 62': a short label opening the sentence, then a colon and a short
    value with no verb, is one statement, a fact box's line (not "Ukraine war: Russia says five were killed")."""
    if between.strip() != ":" or i > _LABEL_MAX or len(words) - i > _LABELLED_MAX:
        return False
    return not any(_verb_or_saying(w) for w in words)


def _name_word(words: tuple[Word, ...], i: int, between: str) -> bool:
    """'the United States on 2 May': a capitalised word after a capitalised one, inside a sentence that is not a
    title-case headline, is part of a name, not a verb ('States' is no 'states')."""
    return between == " " and words[i].capitalised and words[i - 1].capitalised and not title_case(words)


def _opens_relative(between: str, w: Word) -> bool:
    """', who ...', ', which ...': a non-restrictive relative clause, an aside that ends at its comma."""
    return "," in between and w.norm in NON_RESTRICTIVE and not _CLAUSE_PUNCT.search(between)


def _participle_aside(text: str, words: tuple[Word, ...], i: int, between: str) -> bool:
    """'The report, published on 3 May, says ...': a past participle after a noun and a comma, its phrase closed by
    another comma, is a non-restrictive aside like a relative clause: it says when the noun was published."""
    # ", wearing a cap,": an -ing aside only after the subject, before any verb (", replacing the leader, Orsk," after
    # a verb is a trailing participle whose object has an apposition)
    if between.strip() != "," or words[i - 1].norm in FUNCTION_WORDS:
        return False  # the cheap tests first: this is asked of every word
    if (words[i - 1].norm in CALENDAR_WORDS or words[i - 1].norm.isdigit()) and words[i].norm not in _ONLY_PARTICIPLES:
        return False  # "Roe on Friday, 8 July, terminated ...": the comma closes a date in apposition, not a noun's aside
        # (but "The collapse in March 2023, driven by withdrawals, cost ...": a participle that is no past tense)
    if _closes_apposition(text, words, i):
        return False  # "the boat, the Bayesian, capsized during a storm": the subject's verb, after its apposition
    return _verb_phrase_aside(text, words, i)


def _verb_phrase_aside(text: str, words: tuple[Word, ...], i: int) -> bool:
    """_participle_aside past its cheap tests: does the participle (or "including") phrase at word i close as an
    aside?"""
    # "marketing and sales director": an -ing word joined to another by and/or is a noun, no participle
    ing = words[i].norm.endswith("ing") and len(words[i].norm) > 5 and (
        i + 1 >= len(words) or words[i + 1].norm not in ("and", "or"))
    gerund = ing and not any(_past(w) or w.norm in AUXILIARIES or w.norm in REPORTING_VERBS
                             for w in words[_coordinated_from(text, words, i):i])
    if words[i].norm == "including" and _plain_noun(words[i - 1]) and _closed_by_verb(text, words, i):
        return True  # "when 22 people, including two officers, were killed": the noun's members, then its verb
    if _led_participle(words, i):
        # ", once located in the town,"; longer when the subject's verb follows its closing comma
        return _aside_closes(text, words[i].end, True, False) or _closed_by_verb(text, words, i)
    if not (_past(words[i]) or ing):
        return False
    return _aside_closes(text, words[i].end, _past(words[i]) or gerund, ing) and not _main_verb_then_participle(
        text, words, i)


def _coordinated_from(text: str, words: tuple[Word, ...], i: int) -> int:
    """Where the clause holding word i begins when it is coordinated after a comma ("The trial has ended, and the
    court, seeing no chance of change, has sentenced him": after ", and") or a semicolon; else 0."""
    for j in range(i - 1, 0, -1):
        gap = text[words[j - 1].end:words[j].start]
        if ";" in gap or words[j].norm in ("and", "but") and "," in gap:
            return j
    return 0


def _main_verb_then_participle(text: str, words: tuple[Word, ...], i: int) -> bool:
    """'Flight 171, en route to Gatwick, crashed seconds after takeoff, plunging into a hostel': a past form after the
    subject and its aside, no verb before it, with an -ing participle after its phrase's comma, is the subject's verb
    (its phrase no aside: "The report, published on 3 May, says" has its verb after the comma)."""
    end = text.find(",", words[i].end)
    nxt = next((w for w in words[i + 1:] if w.start > end), None)
    return nxt is not None and nxt.norm.endswith("ing") and not any(_verb_or_saying(w) for w in words[:i])


def _ing_word(w: Word) -> bool:
    """An -ing verb form (``_ing``) of six letters or more: a participle opening a phrase ("killing", "facing"; not
    "going", "being")."""
    return _ing(w) and len(w.norm) > 5


def _led_participle(words: tuple[Word, ...], i: int) -> bool:
    """', once located in the town,', ', already facing execution for the rampage,': an adverb of time and a
    participle (past, or -ing) open an aside."""
    if words[i].norm not in PARTICIPLE_LEADS or i + 1 >= len(words):
        return False
    return _past(words[i + 1]) or _ing_word(words[i + 1])


# Irregular past participles that are never a past tense ("driven", "taken"; not "hit", "cut", "set")
_ONLY_PARTICIPLES = frozenset(p for p in PARTICIPLES if p.endswith("n"))


def _closes_apposition(text: str, words: tuple[Word, ...], i: int) -> bool:
    """Does the comma before word i close a short apposition ("the boat, the Bayesian,"): up to four words since the
    comma before, opened by a determiner or a name, with no verb, after a noun?"""
    j = i - 1
    while j > 0 and i - j <= 4 and "," not in text[words[j - 1].end:words[j].start]:
        j -= 1
    if j < 1 or "," not in text[words[j - 1].end:words[j].start] or words[j - 1].norm in FUNCTION_WORDS:
        return False
    if not (words[j].norm in ("the", "a", "an") or words[j].capitalised) or any(
            _past(w) or w.norm in AUXILIARIES or w.norm in BE_FORMS for w in words[j:i]):
        return False
    # ("Velmar Air, the carrier, based in Aske, said": a verb after the participle's phrase leaves it an aside)
    return not _closed_by_verb(text, words, i)


def _aside_closes(text: str, start: int, participle: bool, ing: bool) -> bool:
    """Whether a participle's phrase from ``start`` closes with a comma as an aside: within 8 words; an -ing phrase
    after a verb only when its clause goes on after it with a preposition ("faced $42 billion in withdrawals,
    representing nearly a quarter of its deposit base at the end of 2022, in one day on 9 March")."""
    end = text.find(",", start)
    if not (0 < end and not _CLAUSE_PUNCT.search(text, start, end)):
        return False
    size = len(text[start:end].split())
    return size <= 8 and participle or (ing and size <= _RESUMED_ASIDE_MAX and _RESUMING.match(text, end + 1) is not None)


_RESUMED_ASIDE_MAX = 14  # words


_RESUMING = re.compile(r"\s*(?:in|on|at|during|within|over|by)\b", re.IGNORECASE)


def _restated_day(words: tuple[Word, ...], i: int) -> bool:
    """'since Wednesday, February 14', 'on Monday, 3 May': a date after a weekday and a comma restates the day; the
    comma closes nothing (not "on Monday, may face trial": a capitalised month and a day, or a day, must follow)."""
    if i == 0 or words[i - 1].norm not in WEEKDAYS:
        return False
    w, nxt = words[i], words[i + 1].norm if i + 1 < len(words) else ""
    return w.norm.isdigit() or (w.capitalised and w.norm in MONTHS and nxt.isdigit())


def _ends_relative(text: str, words: tuple[Word, ...], i: int, between: str) -> bool:
    """Does the comma before word i end an open non-restrictive relative clause (not one restating a weekday's day,
    nor one inside a chain of names, nor one before a trailing participle of the relative's own verb)?"""
    return (_closes_relative(between, words[i]) and not _restated_day(words, i) and not _date_year(words, i)
            and not _name_chain(text, words, i) and not _name_apposition(text, words, i)
            and not _relative_goes_on(text, words, i) and not _fronted_in_relative(words, i))


_FRONTED_REACH = 7  # words from "where" to the comma: "where on the night of 22 July 2011,"


def _fronted_in_relative(words: tuple[Word, ...], i: int) -> bool:
    """'Utoya, where on July 22, 2011, Breivik shot 69 people': a time phrase opening a "where"/"when" clause,
    closed by a comma before the clause's subject: that comma is the phrase's, not the relative clause's end (it has
    no verb yet)."""
    j = next((k for k in range(i - 1, max(0, i - _FRONTED_REACH) - 1, -1) if words[k].norm in ("where", "when")), -1)
    return (j >= 1 and words[j + 1].norm in _TIME_LEADS
            and not any(_past(w) or w.norm in AUXILIARIES or w.norm in BE_FORMS for w in words[j + 1:i]))


def _relative_goes_on(text: str, words: tuple[Word, ...], i: int) -> bool:
    """'Roe, who admitted blowing up the offices with a bomb, killing eight, was sentenced': an -ing participle after
    the comma, its phrase closed by a comma and the interrupted clause's verb, trails the relative's verb: the
    relative goes on to that comma."""
    if not _ing_word(words[i]) or words[i].norm in COMMENT_PARTICIPLES:
        return False
    for j in range(i + 1, min(len(words), i + _APPOSITION_MAX)):
        if "," in text[words[j - 1].end:words[j].start]:
            v = words[j]
            if v.norm in BE_FORMS or v.norm in AUXILIARIES or _past(v) and not v.capitalised:
                return True
    return False


_APPOSED_GOES_ON = {"in", "on", "at", "near", "off"}  # a phrase of the relative's verb after the apposition
_APPOSITION_WORDS = 8


def _name_apposition(text: str, words: tuple[Word, ...], i: int) -> bool:
    """'which sank off Jindo Island, a southwestern tip of the country, on April 16, was': a noun phrase in apposition
    to a name (a determiner and a few words with no verb, between commas), with a phrase of time or place after it,
    goes on in the relative clause: neither of its commas ends it."""
    def apposition(start: int) -> int:  # the word after its closing comma, or -1
        for j in range(start + 1, min(len(words), start + _APPOSITION_WORDS)):
            if _past(words[j]) or words[j].norm in AUXILIARIES:
                return -1
            if "," in text[words[j - 1].end:words[j].start]:
                return j if words[j].norm in _APPOSED_GOES_ON else -1
        return -1
    if words[i].norm in ("a", "an", "the") and i and words[i - 1].capitalised or words[i].norm == "including":
        return apposition(i) > 0  # its opening comma ("..., including the resort city of Acapulco, on Wednesday")
    if words[i].norm not in _APPOSED_GOES_ON:
        return False
    start = next((j for j in range(i - 1, max(0, i - _APPOSITION_WORDS), -1)
                  if "," in text[words[j - 1].end:words[j].start]), None)
    return start is not None and (words[start].norm in ("a", "an", "the") and words[start - 1].capitalised
                                  or words[start].norm == "including") and apposition(start) == i  # its closing comma


def _date_year(words: tuple[Word, ...], i: int) -> bool:
    """'which occurred on Jan. 5, 2024 near Portland': a year after a month's day and a comma is the date's own."""
    return (i >= 2 and is_year(words[i].norm) and words[i - 1].norm.isdigit() and len(words[i - 1].norm) <= 2
            and words[i - 2].norm in MONTHS)


def _name_chain(text: str, words: tuple[Word, ...], i: int) -> bool:
    """'in Athens, Greece, in 1896': a name after a comma right after a name, itself followed by a comma, a
    preposition or the end, goes on naming the place (a chain of names), no subject of the interrupted clause; nor
    does the comma closing such a chain end the clause."""
    if i >= 2 and words[i - 1].capitalised and words[i - 2].capitalised \
            and "," in text[words[i - 2].end:words[i - 1].start]:
        return True  # the comma closing the chain: "Athens, Greece, in 1896"
    if not (i and words[i].capitalised and words[i - 1].capitalised):
        return False
    j = i
    while j + 1 < len(words) and words[j + 1].capitalised and text[words[j].end:words[j + 1].start] == " ":
        j += 1
    return j + 1 >= len(words) or "," in text[words[j].end:words[j + 1].start] or words[j + 1].norm in (
        "in", "on", "at", "near", "and")


def _closes_relative(between: str, w: Word) -> bool:
    """The comma that ends a non-restrictive relative clause: the interrupted clause goes on after it
    (not before a list's 'and'/'or', which continues the relative clause)."""
    return "," in between and w.norm not in ("and", "or") and not _CLAUSE_PUNCT.search(between)


def _comparison_opens(words: tuple[Word, ...], i: int) -> bool:
    """'eclipsing the 2016 purchase of X for $26bn', 'shy of the sale price', 'compared with 2019':
    a comparison's reference; its terms and values are the other thing's.  So is another thing added beside
    the subject ('in addition to its $5 million grant') and what a superlative outdoes ('the deadliest storm
    since the 1990 flood', 'the worst crash the country has seen since 1997') or what ranks above it ('the second
    most powerful after a magnitude 8 quake'), or the record a verb of breaking outdoes ('breaking the previous record
    of 23.1 feet from July 1916'), or what a verb of drawing level is matched with ('tied for strongest landfall
    with the Labor Day hurricane of 1935 and Dorian in 2019')."""
    w, nxt = words[i].norm, words[i + 1].norm if i + 1 < len(words) else ""
    return (w in COMPARISON_VERBS or _gap_opens(words, i, w, nxt)
            or (w in COMPARED and nxt in ("with", "to")) or _another_thing(words, i) or _likened(w, nxt)
            or _like_preposition(words, i, w, nxt)
            or (w == "since" and (_before_since(words, i, _superlative)
                                  or _time_after(words, i) and _before_since(words, i, _ranking)
                                  or _negated_kind(words, i)))
            or (w == "after" and _ranked_before(words, i)) or _outdone(words, i) or _difference_than(words, i))


def _event_next(words: tuple[Word, ...], j: int) -> bool:
    """Does a noun of a planned event (``SCHEDULED_EVENTS``) follow word j, past a determiner and a describing word
    ("the vote", "Sunday's election", "the shareholder meeting")?"""
    return any(w.norm in SCHEDULED_EVENTS for w in words[j:j + 3])


def _gap_opens(words: tuple[Word, ...], i: int, w: str, nxt: str) -> bool:
    """'shy of the sale price', '1,325 points behind Orsk', '20 points clear of Orsk': a gap word (``GAP_WORDS`` before
    "of"; ``GAP_PREPOSITIONS``, and ``COUNTED_GAP_WORDS`` before "of", after a number) opens the gap's reference."""
    if w in GAP_WORDS and nxt == "of":
        return not (w == "ahead" and _event_next(words, i + 2))  # ("ahead of the vote": before it, no gap)
    return (w in GAP_PREPOSITIONS or w in COUNTED_GAP_WORDS and nxt == "of") \
        and any(x.norm[:1].isdigit() for x in words[max(0, i - 3):i])


def _difference_than(words: tuple[Word, ...], i: int) -> bool:
    """'38 seats, one more than Sinn Fein', 'three years later than planned': "than" after a count (of time too) and a
    comparative names what the difference is counted from, the reference (not a bound: "more than 200 people"); so
    does "than" before a definite count ("far more than the 1.94 inches that fell in August")."""
    if words[i].norm != "than" or i < 2 or i + 1 >= len(words) or words[i - 1].norm not in COMPARATIVES:
        return False
    if words[i + 1].norm in DEFINITE_REFERENCE and i + 2 < len(words) and _count_word(words[i + 2]):
        return True  # "far more than the 1.94 inches that fell on 21 Aug": a known amount, no bound ("more than 200")
    counted = _count_word(words[i - 2]) or (  # "three years later than initially predicted": a span counted too
        i >= 3 and _count_word(words[i - 3]) and UNITS.get(words[i - 2].norm, ("",))[0] == "time")
    return counted and not _count_word(words[i + 1])


_NEGATED_KIND = NEGATIONS | {"no"}  # "no storm like it since 1990"
_INDEFINITE = {"a", "an", "any", "such", "anything", "one"}  # then a mark of kind: ``_negated_kind``


def _likened(w: str, nxt: str) -> bool:
    """'mirrored the Capitol invasion', 'reminiscent of the 2021 invasion': what follows is what is likened to."""
    return (w in RESEMBLING and nxt in _LIKENED_OPENERS) or RESEMBLING_BEFORE.get(w) == nxt


def _compared_at(words: tuple[Word, ...], i: int, between: str, clause: list[int], reference: list[int]) -> bool:
    """Does word i open a comparison's reference (``_comparison_opens``), or a restrictive relative clause (no comma)
    right after a noun of one, which describes the thing compared: 'like the Minneapolis bridge that collapsed in
    2007' (not "since 2014 in which turnout rose": after a preposition the clause is another noun's)?"""
    return _comparison_opens(words, i) or words[i].norm in _RESTRICTIVE and between == " " and bool(clause) \
        and clause[-1] in reference and words[i - 1].norm.isalpha() and words[i - 1].norm not in FUNCTION_WORDS


def _like_preposition(words: tuple[Word, ...], i: int, w: str, nxt: str) -> bool:
    """'just like the Minneapolis bridge', 'Unlike the 2019 vote': "like" or "unlike" before a determiner, no verb
    ("they like the plan", "Investors like the deal that closed")."""
    if w not in LIKENING_PREPOSITIONS or nxt not in _LIKENED_OPENERS \
            or i + 2 < len(words) and words[i + 2].norm in ("one", "ones"):
        return False  # ("engines like the one that blew apart at 32,500 feet": "the one" is the subject's own kind)
    if i <= 1:
        return False  # a fronted likeness ("Much like the bridge that fell in 2024, the span ...") runs to its comma,
        # which this reading does not close
    if w == "unlike":
        return True
    # "like" is a preposition after a mark ("critical, like the"), or after a word that takes one ("just like",
    # "much like"); after a noun it may be a verb ("Investors like the deal")
    return words[i].start - words[i - 1].end > 1 or words[i - 1].norm in LIKE_LEADS


# a verb of likeness takes an object ("mirrored the Capitol invasion"; not "Explosions echoed across Kyiv")
_LIKENED_OPENERS = {"the", "a", "an", "its", "their", "his", "her", "that", "those", "earlier", "previous"}


def _negated_kind(words: tuple[Word, ...], i: int) -> bool:
    """'has not experienced a disaster of this magnitude since 2004', 'had never seen such a storm since 1990': a
    negation, then an indefinite thing marked as of a kind (such, like, "of this magnitude"), before "since": the last
    such thing was then, another of its kind (not "has not reopened since 3 May", "has not had any contact since",
    states)."""
    before = [x.norm for x in words[max(0, i - _SINCE_SUPERLATIVE):i]]
    neg = next((j for j, x in enumerate(before) if x in _NEGATED_KIND), None)
    if neg is None or not any(x in _INDEFINITE for x in before[neg + 1:]):
        return False
    after = before[neg + 1:]  # a mark of kind: "such", "like it", "of this magnitude" (not "any contact since")
    return any(x in ("such", "like") for x in after) or any(
        a == "of" and b in ("this", "that", "its", "such") for a, b in zip(after, after[1:]))


def _outdone(words: tuple[Word, ...], i: int) -> bool:
    """Word i opens what something outdoes or draws level with: "than" after a comparative, a verb of breaking before
    "record", "with" after a verb of drawing level."""
    w = words[i].norm
    return (_than_reference(words, i) or (w in RECORD_BREAKING and any(x.norm == "record" for x in words[i + 1:i + 5]))
            or (w == "with" and any(x.norm in TIE_VERBS for x in words[max(0, i - 6):i])) or _as_reference(words, i))


_AS_MEASURES = {"many", "much", "few", "little", "long", "high", "large", "big", "great", "far", "often", "strong",
                "severe", "deadly", "bad", "costly", "popular"}


def _as_reference(words: tuple[Word, ...], i: int) -> bool:
    """'did not draw as many viewers as the final of Euro 2020 last year': the second "as" of an equal comparison
    with words between the measure and it opens what is compared with (not a bound: "as many as 159", nothing
    between)."""
    if words[i].norm != "as" or i + 1 >= len(words) or words[i + 1].norm[:1].isdigit():
        return False
    return any(words[j].norm == "as" and words[j + 1].norm in _AS_MEASURES and words[j + 2].norm != "as"
               for j in range(max(0, i - 6), i - 2))  # ("as many as 5,000 people as it swept": a bound, then "as")


_AMOUNTS = set(SCALES) | set(COUNT_WORDS) | {"few", "couple", "handful", "score", "half", "quarter", "third"}
_THAN_DETERMINERS = {"the", "a", "an", "its", "their", "his", "her", "our", "this", "that", "these", "those"}


def _than_reference(words: tuple[Word, ...], i: int) -> bool:
    """'longer than a standard six-month mission', 'larger than the 2011 quake': after a comparative, "than" and a
    noun phrase open what the subject is compared with.  Not a bound ("more than 200", "more than a week": a number
    or a measure after it), which is the value's hedge."""
    if words[i].norm != "than" or not i or words[i - 1].norm not in COMPARATIVES or i + 2 >= len(words):
        return False
    det, nxt = words[i + 1].norm, words[i + 2].norm
    if det not in _THAN_DETERMINERS or nxt in ORDINAL_WORDS or nxt in ONES or nxt in TENS or nxt in _AMOUNTS:
        return False  # "more than a hundred protesters", "more than a dozen", "more than a few": a bound
    if nxt[:1].isdigit():  # "larger than the 2011 quake": a year naming the compared thing; "than 200" is a bound
        return det not in ("a", "an") and len(nxt) == 4 and i + 3 < len(words) and words[i + 3].norm.isalpha()
    return det not in ("a", "an") or nxt not in UNITS


def _ranked_before(words: tuple[Word, ...], i: int) -> bool:
    """'the second most powerful in its history after a magnitude 8 quake': a rank and a superlative before "after"
    name what ranks above it, another thing."""
    before = words[max(0, i - _RANK_REACH):i]
    return any(x.norm in ORDINAL_WORDS and x.norm != "first" for x in before) and any(_superlative(x) for x in before)


_SINCE_SUPERLATIVE = 12  # "the most serious assassination attempt on a US president or presidential candidate since 1981"
_SINCE_NEAR = 8  # "the worst airplane crash the country has seen since 1997": verbs and all
_RANK_REACH = 12  # "the second most powerful in the country's recorded history after ..."


def phrase_table(phrases) -> dict[str, tuple[tuple[str, ...], ...]]:
    """Phrases (strings of words) by their first word, in their order: built once per table at load, as
    ``_phrase_at`` is asked of every word of a sentence."""
    out: dict[str, list[tuple[str, ...]]] = {}
    for text in phrases:
        p = tuple(text.split())
        out.setdefault(p[0], []).append(p)
    return {first: tuple(ps) for first, ps in out.items()}


def phrase_ends(table: dict[str, tuple[tuple[str, ...], ...]]) -> frozenset[str]:
    """The last words of a ``phrase_table``'s phrases: a sentence holding none of them holds none of the phrases."""
    return frozenset(p[-1] for phrases in table.values() for p in phrases)


_ANOTHER_THING = phrase_table(ANOTHER_THING)
# Subject pronouns: one after a noun opens a clause (_contact_relative). "it" and "there", often an object or no
# subject at all ("found it on Sunday", "there on Sunday"), open none after a plain space (_MAY_OPEN).
_SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "there"}
# The words that may open a clause after a plain space (_comparison_opens, _cuts, _opens_clause; _gaps): any
# other word after a space goes on its clause.
_MAY_OPEN = (COMPARISON_VERBS | GAP_WORDS | GAP_PREPOSITIONS | COUNTED_GAP_WORDS | COMPARED | set(_ANOTHER_THING) | REPORTING_VERBS
             | RECORDING_VERBS | RECORD_BREAKING | CLAUSE_OPENERS | {"since", "and", "or", "as", "than", "with"}
             | (_SUBJECT_PRONOUNS - {"it", "there"}) | RESEMBLING | set(RESEMBLING_BEFORE) | LIKENING_PREPOSITIONS)


def _phrase_at(words: tuple[Word, ...], i: int, table: dict[str, tuple[tuple[str, ...], ...]]) -> tuple[str, ...] | None:
    """The first phrase of ``table`` (from ``phrase_table``) written from word i on, or None."""
    phrases = table.get(words[i].norm)
    if not phrases:
        return None
    ahead = tuple(w.norm for w in words[i:i + max(map(len, phrases))])  # the words read once, not per phrase
    for p in phrases:
        if ahead[:len(p)] == p:
            return p
    return None


def _another_thing(words: tuple[Word, ...], i: int) -> bool:
    """'in addition to', 'besides', 'apart from' at word i, before a noun phrase."""
    if words[i].norm not in _ANOTHER_THING:  # most words open no phrase: no call
        return False
    p = _phrase_at(words, i, _ANOTHER_THING) if i + 1 < len(words) else None
    return p is not None and i + len(p) < len(words)


def _superlative(w: Word) -> bool:
    return superlative(w.norm)


def _before_since(words: tuple[Word, ...], i: int, test) -> bool:
    """A word within reach before "since" (word i) that passes ``test`` (a superlative, a rank): eight words ("the
    worst crash the country has seen since"), or up to twelve across a noun phrase with no verb ("the most serious
    assassination attempt on a US president or presidential candidate since"); not a capitalised word inside the
    sentence, a name's ("First Citizens has acquired 20 banks since 2008"); "the first time" opens a relative clause,
    verbs and all, that "since" still ends ("the first time the agency has issued a major warning since 2011")."""
    for k in range(max(0, i - _SINCE_SUPERLATIVE), i):
        if test(words[k]) and not (words[k].capitalised and k):
            if i - k <= _SINCE_NEAR or words[k + 1].norm == "time" or not any(_verb_like(w) for w in words[k + 1:i]):
                return True
    return False


def _verb_like(w: Word) -> bool:
    """A verb form that ends a superlative's noun phrase ("The worst storm ... has lingered for days since")."""
    return w.norm in AUXILIARIES or w.norm in BE_FORMS or _past(w)


def _verb_or_saying(w: Word) -> bool:
    """A verb form or a verb of saying: a word that shows the clause's verb has come."""
    return _verb_like(w) or w.norm in REPORTING_VERBS


def _time_after(words: tuple[Word, ...], i: int) -> bool:
    """A year, a number or a month right after word i ("the sixth year since 1950"; not "a third day since the quake
    struck": an event the count runs from, often the fact's)."""
    return i + 1 < len(words) and (words[i + 1].norm[:1].isdigit() or words[i + 1].norm in MONTHS)


def _ranking(w: Word) -> bool:
    """A superlative or an ordinal ("the sixth year since 1950", "its 3rd title since 2010"): what comes after
    "since" is the time it counts from, not the time of what it ranks."""
    return _superlative(w) or is_ordinal(w)


def is_ordinal(w: Word) -> bool:
    """'sixth', '3rd': an ordinal in words or in figures."""
    return w.norm in ORDINAL_WORDS or (w.norm[:-2].isdigit() and w.norm.endswith(ORDINAL_SUFFIXES))


def _resumes(between: str, dash: bool, dash_open: bool) -> bool:
    """A closing bracket, or the dash closing a dashed aside: the interrupted clause goes on."""
    return (")" in between and "(" not in between) or (dash and dash_open)


def _participle(w: Word, between: str) -> bool:
    """', killing 40', ', with 40 dead': a participle phrase after a comma."""
    return "," in between and (w.norm in ("with", "including", "according")
                               or (w.norm.endswith("ing") and len(w.norm) > 5))


def described_from(an: "Analysed", k: int) -> int:
    """'a deadly January storm', 'a near-catastrophic January incident': where the describing word (one, or one
    hyphen-joined compound) between a determiner and word k begins; k when there is none."""
    ws, j = an.words, k - 1
    while j > 0 and _gap(an, j) == "-":
        j -= 1
    if j < 1 or j == k or ws[j - 1].norm not in DETERMINERS:
        return k
    return j if all(not w.capitalised and w.norm not in FUNCTION_WORDS and not _past(w) and not w.norm[:1].isdigit()
                    for w in ws[j:k]) else k


def _absolute_verb(words: tuple[Word, ...], i: int) -> int:
    """', with investigators combing through the wreckage on Thursday': after 'with' and a noun phrase (up to four
    words; two names joined by "and" too: ', with Orsk and Velmar hoping to close in May'), the absolute clause's own
    -ing verb (or -1).  The noun phrase says more of the clause before (', with
    eight Republicans joining Democrats': the vote's eight), the verb's phrase tells of its own act and time."""
    for j in range(i + 2, min(i + 6, len(words))):
        w = words[j]
        if _ing_word(w):
            if w.norm in CHANGE_WORDS or w.norm in AMOUNTING_PARTICIPLES:
                return -1  # ", with the death toll rising to 45": the noun's own figure, said of it
            return j if words[j - 1].norm not in FUNCTION_WORDS else -1
        if w.norm in FUNCTION_WORDS and w.norm not in DETERMINERS and not _joins_names(words, j):
            return -1
    return -1


def _joins_names(words: tuple[Word, ...], j: int) -> bool:
    """'Orsk and Velmar': "and" at word j between two capitalised words, one subject of two names."""
    return words[j].norm == "and" and 0 < j < len(words) - 1 and words[j - 1].capitalised and words[j + 1].capitalised


def _verb_before(words: tuple[Word, ...], i: int) -> bool:
    """Whether a verb stands before word i: a participle phrase after a comma trails a clause that has one ("the
    bank failed, leaving ..."); before any verb the -ing word opens the subject ("Two days later, on 10 March,
    banking regulators seized the bank")."""
    return any(_past(w) or w.norm in AUXILIARIES or w.norm in REPORTING_VERBS for w in words[:i])


def _opens_clause(text: str, words: tuple[Word, ...], i: int, between: str, negated: bool) -> bool:
    """Does word i open a new clause (a subordinator, a coordinated verb phrase, a bare complement)?"""
    w = words[i]
    opener = _subordinator(words, i)
    if w.norm in ("and", "or") and i + 1 < len(words) and _and_opens(text, words, i, "," in between):
        opener = True  # "missing on 18 June and was declared imploded on 22 June"; ", and the truce ..."
    if (words[i - 1].norm in COMPLEMENT_VERBS and w.norm not in _NOT_MODIFIERS and w.norm not in CALENDAR_WORDS
            and w.norm not in DAY_WORDS and _aux_soon(words, i)):
        opener = True  # "confirmed [that] Mr Brandt was on board": a clause without its "that" (not "announce
        # Tuesday that ...": the day is the verb's time)
    if _dated_complement(words, i):
        opener = True
    if w.norm == "as" and _temporal_as(words, i, reach=_AS_REACH_AFTER_COMMA if "," in between else 4):
        opener = True  # "crashed on 20 May as it was preparing to land": "as" with a subject and verb is a subordinator
    if w.norm == "but" and negated:
        opener = False  # "was not an aftershock, but a fresh tremor of 7.5": one subject
    return opener or _contact_relative(words, i, between)


def _aux_soon(words: tuple[Word, ...], i: int) -> bool:
    """An auxiliary within three words after word i, no "and"/"or" before it ("announced last August and had
    received": a coordinated predicate, no complement clause)."""
    for x in words[i + 1:i + 4]:
        if x.norm in ("and", "or"):
            return False
        if x.norm in AUXILIARIES:
            return True
    return False


_TIME_PHRASE_WORDS = {"on", "in", "at", "last", "this", "late", "early", "earlier", "of"}
_TIME_PHRASE_REACH = 5  # words: "said late on 5 October 2022"


def _dated_complement(words: tuple[Word, ...], i: int) -> bool:
    """'officials confirmed in October [that] explosions had caused the damage', 'said on Monday the ship had
    sunk', 'figures on Saturday showed the quake killed 820': a complement verb and its own time phrase (after it or
    right before it), then a subject with an auxiliary soon after (or a determiner's noun and a past verb), is a clause
    without its "that": the time is the saying's, not the event's."""
    w = words[i]
    aux = next((j for j in range(i + 1, min(len(words), i + 4)) if words[j].norm in AUXILIARIES), None)
    aux = _subject_past_verb(words, i) if aux is None else aux
    if w.norm in _NOT_MODIFIERS or w.norm in CALENDAR_WORDS or w.norm in DAY_WORDS or w.norm[:1].isdigit() \
            or aux is None or any(x.norm in _RESTRICTIVE or x.norm in ("and", "or") for x in words[i:aux]):
        return False  # (not an object and its relative clause: "announced on 1 March an agreement that would end";
        # nor a coordinated predicate: "was announced last August and had received approvals")
    j, dated = _time_phrase_back(words, i)
    if not dated:
        return _dated_before_verb(words, i)
    if dated and j < i - 1 and words[j].norm not in COMPLEMENT_VERBS:
        j = _past_told_object(words, j)  # "told a news conference early on Saturday [that] the shooter ..."
    # (not a count: "said 98 victims have been identified")
    return dated and j < i - 1 and words[j].norm in COMPLEMENT_VERBS and not words[j + 1].norm[:1].isdigit()


def _dated_before_verb(words: tuple[Word, ...], i: int) -> bool:
    """'figures on Saturday showed the quake killed 820': a complement verb right before word i with its own time right
    before it: the time is as much the saying's (not before a count: "said 98 victims have been identified")."""
    return words[i - 1].norm in COMPLEMENT_VERBS and _time_phrase_back(words, i - 1)[1] and not words[i].norm[:1].isdigit()


def _subject_past_verb(words: tuple[Word, ...], i: int) -> int | None:
    """'said on Tuesday a loose wire caused the failure': a determiner opening a short noun phrase, then a past verb
    (not right after the determiner or an adverb: "the closed road", "the newly built span" are noun phrases)."""
    if words[i].norm not in DETERMINERS:
        return None
    for j in range(i + 2, min(len(words), i + 5)):
        if _past(words[j]) and words[j - 1].norm not in DETERMINERS and not words[j - 1].norm.endswith("ly"):
            return j
    return None


def _time_phrase_back(words: tuple[Word, ...], i: int) -> tuple[int, bool]:
    """The word before the time phrase that ends before word i ("said late on 5 October [the ship ...]"), and
    whether that phrase names a time at all."""
    j, dated = i - 1, False
    while j > 0 and i - j <= _TIME_PHRASE_REACH and (words[j].norm in _TIME_PHRASE_WORDS or _time_word(words[j])):
        dated = dated or _time_word(words[j])
        j -= 1
    return j, dated


def _past_told_object(words: tuple[Word, ...], j: int) -> int:
    """Word j ends the object of a verb of telling ("told a news conference", "told reporters"): the verb's word if it
    is "told" or "told" up to three plain words before; else j."""
    for k in range(j, max(-1, j - 4), -1):
        if words[k].norm == "told":
            return k
        if words[k].norm in FUNCTION_WORDS and words[k].norm not in ("a", "an", "the"):
            break
    return j


def _time_word(w: Word) -> bool:
    return w.norm in CALENDAR_WORDS or w.norm in DAY_WORDS or w.norm in TIME_NOUNS or w.norm[:1].isdigit()


def _plain_noun(w: Word) -> bool:
    """A lower-case word that may be a noun: no function word, word of time, number, or verb form."""
    n = w.norm
    return not w.capitalised and n.isalpha() and n not in FUNCTION_WORDS and n not in CALENDAR_WORDS \
        and n not in TIME_NOUNS and n not in DAY_WORDS and n not in ONES and not _past(w) and not n.endswith("ing")


_CONTACT_REACH = 3  # words from the pronoun to its verb: "the company he had co-founded"


def _contact_relative(words: tuple[Word, ...], i: int, between: str) -> bool:
    """'the company he co-founded in 2015', 'the deal they signed on 3 May': a subject pronoun right after a
    lower-case noun, with a verb soon after it, opens a relative clause whose "that" is left out: the date in it is
    that verb's (not after a word of time: "that day he resigned", "on Friday he said")."""
    if words[i].norm not in _SUBJECT_PRONOUNS or between != " " or not _plain_noun(words[i - 1]):
        return False
    verb = next((j for j in range(i + 1, min(len(words), i + 1 + _CONTACT_REACH))
                 if _past(words[j]) or words[j].norm in AUXILIARIES), None)
    if verb is None:
        return False
    # where it ends is told only by the outer clause's verb coming back ("the tunnel they were working on
    # collapsed"): with another verb after its own, the clause is left whole
    j = verb + 1
    while j < len(words) and (_past(words[j]) or words[j].norm in AUXILIARIES):
        j += 1  # its own verb group: "had led", "were working"
    while j < len(words) and words[j].start - words[j - 1].end <= 1 and not _past(words[j]):
        j += 1
    return j >= len(words) or not _past(words[j])


def _subordinator(words: tuple[Word, ...], i: int) -> bool:
    """A clause opener at word i that opens a clause: not "after diving on June 18" (it stays with its event), a
    preposition ("after practice") or a reduced clause ("while in custody")."""
    w = words[i]
    return w.norm in CLAUSE_OPENERS and not (
        i + 1 < len(words) and words[i + 1].norm.endswith("ing") and words[i + 1].norm not in ING_ADJECTIVES
        and w.norm in GERUND_OPENERS) \
        and not _preposition(words, i) and not _reduced(words, i)


def _reduced(words: tuple[Word, ...], i: int) -> bool:
    """'killed while in police custody on a Velmar street', 'once aboard the ferry': a subordinator with only a
    preposition's phrase after it shares the main clause's subject and time ('when in 2019 the ship sank', 'while in
    March it sank' have a clause of their own: a date right after the preposition, or a verb soon after, opens one)."""
    if not (words[i].norm in REDUCED_OPENERS and i + 2 < len(words) and words[i + 1].norm in REDUCED_PREPOSITIONS
            and not words[i + 2].norm[:1].isdigit() and words[i + 2].norm not in CALENDAR_WORDS):
        return False
    # "while at the station officers seized 12 phones": a subject and its verb soon after make a clause of its own
    return not any(_past(w) or w.norm in AUXILIARIES for w in words[i + 2:i + 7])


def _temporal_as(words: tuple[Word, ...], i: int, reach: int = 4) -> bool:
    """'as it was preparing to land', 'as the crowd watched': 'as' then a subject (a pronoun, or a determiner
    and up to two words; after a comma a longer noun phrase: ", as the threat of further landslides in the highlands
    complicated the work") then its verb opens a clause; 'as a result', 'served as the chief' do not."""
    j = i + 1
    if j >= len(words) or words[j].norm not in NEW_SUBJECT:
        return False
    if i and words[i - 1].norm in ROLE_AS_VERBS and words[i].start - words[i - 1].end == 1:
        return False  # "a gunman dressed as an officer embarked on a rampage": "as" names a role, no clause
    subject_pronoun = words[j].norm in _SUBJECT_PRONOUNS
    for k in range(j + 1, min(j + (2 if subject_pronoun else reach), len(words))):
        if words[k].start - words[k - 1].end > 1:
            return False
        if words[k].norm in AUXILIARIES or _past(words[k]):
            return True
    return False


_AS_REACH_AFTER_COMMA = 20  # words from ", as" to the verb of its clause, past a long subject
_PREPOSITIONAL = {"after", "before", "since", "until", "till"}


def _preposition(words: tuple[Word, ...], i: int) -> bool:
    """'after soccer practice on June 23', 'have been trapped since June 23': after/before/until before a noun
    phrase with no verb of its own is a preposition, not a subordinator; its phrase stays in the clause ("since"
    only after a state that lasts, "has been closed since", "who have closed the road since", "Orsk, jailed since
    November 2021," (a past participle right before it))."""
    if words[i].norm not in _PREPOSITIONAL:
        return False
    if words[i].norm == "since" and not (any(w.norm in ("been", "has", "have", "had") for w in words[max(0, i - 12):i])
                                         or i and _past(words[i - 1])):
        return False  # "the worst since 1990", "its first win since 2010": a span's start, not the event's time
    if any(w.norm == "since" for w in words[max(0, i - 4):i]):
        return False  # "first leader since 2010 after the victory": the span's phrase ends here
    if _span_then_past(words, i + 1):
        return True  # "emerged after 69 days trapped underground": how long the subject was so, no clause of its own
    for k, w in enumerate(words[i + 1:i + 7], i + 1):
        if w.norm in CLAUSE_OPENERS or w.norm in ("and", "or") or w.start - words[k - 1].end > 1:
            return True  # the phrase ends at a clause opener or a punctuation mark ("since 5 May, said")
        if w.norm in _SUBJECT_PRONOUNS or w.norm in AUXILIARIES or w.norm in REPORTING_VERBS or _past(w):
            return False
    return True


_HEDGE_WORDS = sorted((tuple(h.split()) for h in HEDGES if h[0].isalpha()), key=len, reverse=True)


def _span_then_past(words: tuple[Word, ...], j: int) -> bool:
    """A span of time then a past participle from word j ("69 days trapped", "more than 60 days stranded")."""
    hedge = next((h for h in _HEDGE_WORDS if [w.norm for w in words[j:j + len(h)]] == list(h)), ())
    j += len(hedge)  # "more than 60 days stranded", "nearly 70 days trapped"
    return j + 2 < len(words) and (words[j].norm.isdigit() or words[j].norm in ONES or words[j].norm in TENS) \
        and UNITS.get(words[j + 1].norm, ("",))[0] == "time" and _past(words[j + 2])


def _past(word: Word) -> bool:
    return not word.capitalised and (word.norm in IRREGULAR_PAST or (word.norm.endswith("ed") and len(word.norm) > 3))


def _coordinated_predicate(words: tuple[Word, ...], i: int) -> bool:
    """'introduced in 2022 and used for the first time in 2024', 'owned by A and operated by B':
    a second past verb after something of the first's ('signed and ratified' share their values)."""
    if _past(words[i + 1]) and not _past(words[i - 1]):
        return True
    if _fronted_time_then_past(words, i + 1):  # "arrived in 2004, and in 2005 released the lander"
        return True
    # "killing 1,396 people and affecting 33 million others": a second -ing verb after an -ing verb's object (past an
    # adverb: "raping an actress in 2013 and sexually assaulting an assistant in 2006")
    second = i + 1 + (words[i + 1].norm.endswith("ly") and i + 2 < len(words))
    return (_ing(words[second]) and not _ing(words[i - 1])
            and any(_ing(w) for w in words[max(0, i - _ING_REACH):i - 1]))


def _fronted_time_then_past(words: tuple[Word, ...], j: int) -> bool:
    """'in 2005 released', 'on 3 May sold', 'last week announced', 'yesterday said': "in"/"on" and a time of one to
    three calendar words or numbers, or a time told from today ("last week", "earlier this month", "yesterday"), then
    a past verb: a predicate with its own time before its verb."""
    if j >= len(words):
        return False
    if words[j].norm not in ("in", "on"):
        return _from_today_then_past(words, j)
    k = j + 1
    while k < len(words) and k - j <= 3 and (words[k].norm in CALENDAR_WORDS or words[k].norm[:1].isdigit()):
        k += 1
    return j + 1 < k < len(words) and _past(words[k])


def _from_today_then_past(words: tuple[Word, ...], j: int) -> bool:
    """'last week announced', 'yesterday said', 'earlier this month revealed', 'last convened': a time told from today
    (up to three words, ending in a time word), or "last" alone ("most recently"), then a past verb."""
    k = j
    while k < len(words) and k - j < 3 and words[k].norm in _TODAY_PHRASE:
        k += 1
    if k >= len(words) or not _past(words[k]) or _describes_noun(words, k):
        return False
    if k == j + 1 and words[j].norm == "last":
        return True  # "and last convened on March 8": most recently
    return j < k and words[j].norm in _TODAY_OPENERS and words[k - 1].norm not in _FROM_TODAY


def _describes_noun(words: tuple[Word, ...], k: int) -> bool:
    """Is the past form at word k an adjective of a plural noun right after it ("and last week revised figures showed")?"""
    return k + 1 < len(words) and not words[k + 1].capitalised and is_plural(words[k + 1].norm) \
        and words[k + 1].norm not in FUNCTION_WORDS


_FROM_TODAY = {"last", "this", "earlier"}  # the words a time told from today opens with ("last week", "earlier this month")
_TODAY_OPENERS = _FROM_TODAY | DAY_WORDS  # ... or is ("yesterday")
_TODAY_PHRASE = _TODAY_OPENERS | TIME_NOUNS | set(WEEKDAYS)  # the words such a time is made of


_ING_REACH = 14  # words back from "and" to the first -ing verb: "raping an aspiring actress in a New York City hotel room in 2013 and"


def _ing(word: Word) -> bool:
    return (word.norm.endswith("ing") and len(word.norm) > 4 and not word.capitalised
            and word.norm not in ING_NOT_VERBS)


def _and_opens(text: str, words: tuple[Word, ...], i: int, comma: bool) -> bool:
    """Does "and"/"or" at word i open a clause: a coordinated predicate or a new subject with its verb?"""
    return (words[i + 1].norm in AUXILIARIES or (comma and words[i + 1].norm in NEW_SUBJECT)
            or _coordinated_predicate(words, i) or _coordinated_subject(text, words, i)
            or comma and (_counted_subject(words, i + 1) or _named_noun_subject(words, i + 1))
            or _elided_count(words, i + 1))


def _named_noun_subject(words: tuple[Word, ...], j: int) -> bool:
    """', and US regulators cleared it in June': after a comma and "and", a capitalised word or two, then one or two
    lower-case plural nouns and a past verb or an auxiliary (past its time: ", and Seagen shareholders in May approved
    the deal"), plain spaces between, is a subject of its own."""
    k = j
    while k < len(words) and k - j < 2 and words[k].capitalised:
        k += 1
    m = k
    while m < len(words) and m - k < 2 and not words[m].capitalised and words[m].norm.isalpha() \
            and words[m].norm not in FUNCTION_WORDS and is_plural(words[m].norm):
        m += 1
    v = _past_time(words, m) if k < m else m  # (", and Seagen shareholders in May approved the deal")
    return j < k < m and v < len(words) and (_past(words[v]) or words[v].norm in AUXILIARIES) \
        and all(words[n].start - words[n - 1].end == 1 for n in range(j + 1, v + 1)) \
        and any(_past(w) or w.norm in AUXILIARIES for w in words[max(0, j - 16):j - 1])  # (a first clause with a
    # verb: not a list of subjects, "Canada, Japan, and EU regulators approved")


def _past_time(words: tuple[Word, ...], m: int) -> int:
    """The word after a short time phrase at word m ("in May", "on Tuesday", "last week"), or m."""
    if m + 1 < len(words) and words[m].norm in ("in", "on", "last", "this") and (
            words[m + 1].norm in CALENDAR_WORDS or words[m + 1].norm in TIME_NOUNS):
        return m + 2
    return m


def _counted_subject(words: tuple[Word, ...], j: int) -> bool:
    """', and one of the victims had ...', ', and two of the crew were hurt': a part ("one of the ...") opening a noun
    phrase whose verb (an auxiliary or a past form) follows within a few spaced words is a subject of its own (not ',
    and 48 m wide'; nor ', and 40 people were killed', which tells what the first clause's event did)."""
    if j + 1 >= len(words) or not _count_word(words[j]) or words[j + 1].norm != "of":
        return False
    for k in range(j + 1, min(j + _COUNTED_REACH, len(words))):
        if words[k].start - words[k - 1].end != 1:
            return False  # punctuation, or a joined word: no longer one phrase
        if words[k].norm in AUXILIARIES or _past(words[k]):
            return True
    return False


def _elided_count(words: tuple[Word, ...], j: int) -> bool:
    """'2,053 people had died and 1,240 more wounded', 'killed 20 and 40 injured', 'with 14 killed in subways and
    another six drowning in tunnels': a count and its participle right after it (past "more", "others"), its "were"
    left out, is a clause of its own."""
    if j + 1 < len(words) and words[j].norm == "another":
        j += 1
    if j >= len(words) or not _count_word(words[j]):
        return False
    while j + 1 < len(words) and words[j + 1].norm.isdigit() and words[j + 1].start - words[j].end == 1:
        j += 1  # "1,240": the groups of one number
    k = j + 1 + (j + 1 < len(words) and words[j + 1].norm in _MORE)
    if k + 1 < len(words) and words[k].norm in ("were", "was") and _past(words[k + 1]):
        return True  # "12 people were killed and four more were injured": the count, its "were" and its participle
    if not (k < len(words) and (_past(words[k]) or words[k].norm in _DYING)
            and all(words[m].start - words[m - 1].end == 1 for m in range(j + 1, k + 1))):
        return False
    # a participle before a noun is its adjective ("and 40 armoured vehicles"), no predicate
    return k + 1 >= len(words) or words[k + 1].start - words[k].end != 1 or words[k + 1].norm in FUNCTION_WORDS


_DYING = {"dying", "drowning", "missing"}  # the -ing forms a count's left-out "were" goes with ("another six drowning")


def _count_word(w: Word) -> bool:
    return w.norm.isdigit() or w.norm in ONES or w.norm in TENS


_MORE = {"more", "others", "other"}
_COUNTED_REACH = 6  # words from the count to its verb: "one of the elderly victims had"


_SUBJECT_NAME_WORDS = 6  # capitalised words of a coordinated subject's name


def _coordinated_subject(text: str, words: tuple[Word, ...], i: int) -> bool:
    """'Lind was elected in Aske and Orsk won in Tindra', 'the window is at 10 p.m. and a backup slot is open on
    24 May': 'and', a name (or a determiner and up to three nouns) and its verb start a clause."""
    j, determined = i + 1, False
    if j < len(words) and words[j].norm in DETERMINERS and words[j].norm in NEW_SUBJECT:
        j += 1
        while j < len(words) and j - i <= 4 and _noun_like(words[j]) and not words[j].norm[:1].isdigit():
            j += 1
        determined = j > i + 2
        j = j if determined else i + 1  # a determiner alone is no subject
    while j < len(words) and j - i <= _SUBJECT_NAME_WORDS and words[j].capitalised:
        j += 1  # (a title and a name: "and U.S. District Judge David Lind ordered")
    # after a common noun only an auxiliary is its verb: "arrested the driver and the two men accused of ..."
    # (not a compound adjective: "and Pakistani-administered Kashmir" names a place, no subject and its verb)
    return (i + 1 < j < len(words) and text[words[j - 1].end:words[j].start] == " "
            and ((_past(words[j]) and not determined) or words[j].norm in AUXILIARIES)
            and any(_past(w) or w.norm in AUXILIARIES for w in words[max(0, i - 15):i]))  # not "A and B held talks"


def _after_comma(text: str, words: tuple[Word, ...], start: int) -> int | None:
    """The first word after the first comma from character ``start`` on, or None; a date's own comma is passed by
    ("On September 30, 2024, the court ...", "On Monday, Sept. 30, the court ...")."""
    comma = text.find(",", start)
    while comma > 0 and _DATE_COMMA.search(text, max(0, comma - 12), comma) and _DATE_AFTER_COMMA.match(text, comma):
        comma = text.find(",", comma + 1)
    return next((k for k, w in enumerate(words) if w.start > comma), None) if comma > 0 else None


# a comma inside a date: a day number before a year ("30, 2024"), a weekday before a month and its day ("Monday,
# Sept. 30"): the search runs right before the comma, the match from it
_DATE_COMMA = re.compile(r"(?:\b\d{1,2}|\b(?:" + "|".join(sorted((w.capitalize() for w in WEEKDAYS if len(w) > 3),
                                                                   key=len, reverse=True)) + r"))\Z")
_DATE_AFTER_COMMA = re.compile(r",\s+(?:(?:19|20)\d\d\b|(?:" + "|".join(sorted((m.capitalize() for m in MONTHS if len(m) > 2),
                                                                             key=len, reverse=True)) + r")\.?\s+\d{1,2}\b)")


def _fronted(text: str, words: tuple[Word, ...], clause: list[int], fresh: int) -> list[int]:
    """'While the Senate approved the bill, the court blocked it in June': a fronted subordinate
    clause ends at its first comma, and covers nothing after it."""
    first = _after_dateline(text, words) if words else 0
    if not words or not (words[first].norm in FRONTED_SUBORDINATORS or _fronted_as(words, first)):
        return clause
    cut = _after_comma(text, words, words[first].end)
    closing = _apposition_closed(text, words, cut) if cut is not None else None
    if closing is not None:  # "While Alpha won 75 seats and Beta, a key partner, secured 54, ...": past the aside
        cut = _after_comma(text, words, words[closing + 1].start)
    if cut is None or cut - first > 20:
        return clause
    opening = clause[first]
    return clause[:cut] + [fresh + 1 if c == opening else c for c in clause[cut:]]


def _apposition_closed(text: str, words: tuple[Word, ...], k: int) -> int | None:
    """', a key partner in the coalition, secured': an aside on the name before word k (``_appositive_aside``), closed
    by a comma and the name's verb; the word before that comma, or None."""
    if k < 1 or k >= len(words) or not _appositive_aside(text, words, k, text[words[k - 1].end:words[k].start]):
        return None
    end = text.find(",", words[k].end)
    return next(j for j in range(k, len(words)) if words[j].start > end) - 1


def _fronted_as(words: tuple[Word, ...], i: int) -> bool:
    """'As officials continue to investigate the collapse, ...', 'As Lebanon prepares to mark ...': "as" opening the
    sentence with a subject (a determiner, a pronoun or a name) and a verb of its own is a fronted subordinate clause
    (not "As a result", "As of Monday", "As Prime Minister, he ...": no verb)."""
    if words[i].norm != "as" or i + 2 >= len(words) or words[i + 1].norm in ("a", "an", "of", "part", "well", "many",
                                                                              "much", "such", "soon", "far", "long"):
        return False
    if not (words[i + 1].norm in NEW_SUBJECT or words[i + 1].capitalised or _plain_noun(words[i + 1])):
        return False
    for j in range(i + 2, min(len(words) - 1, i + 6)):
        w = words[j]
        if w.norm in AUXILIARIES or w.norm in BE_FORMS or _past(w) or (
                w.norm.isalpha() and w.norm not in FUNCTION_WORDS and words[j + 1].norm == "to"):
            return True  # ("officials continue to investigate", "Lebanon prepares to mark")
        if words[j].start - words[j - 1].end > 1:
            return False  # a comma first: "As Prime Minister, he signed"
    return False


def _intro(text: str, words: tuple[Word, ...], clause: list[int], fresh: int) -> tuple[list[int], int]:
    """An opening phrase "During the 44-day conflict," is a clause of its own: (clauses, its number or -1); so it
    is after a dateline ("BUTLER, Pa. – On July 13, a rally ...")."""
    first = _after_dateline(text, words)
    if first >= len(words) or words[first].norm not in INTRO_PREPS or _as_many_as(words, first):
        return clause, -1
    cut = _after_comma(text, words, words[first].end)
    if cut is None or cut - first > 12 or len(set(clause[first:cut])) != 1:
        return clause, -1
    intro = clause[first]
    picture = _picture_end(text, words, first, cut)
    end = max(cut, picture)
    split = clause[:end] + [fresh + 1 if c == intro else c for c in clause[end:]]
    return split, (-1 if picture >= 0 or _reduced_relative(words, first, cut) else intro)


def _picture_end(text: str, words: tuple[Word, ...], first: int, cut: int) -> int:
    """'In this June 18, 2015, file photo, ...', 'In a photo taken on 3 May, ...': an opening phrase naming a picture
    (``PICTURE_NOUNS``) dates the picture, not the main clause: where the phrase ends (past an American year's comma
    and the noun it dates), or -1 for any other opening phrase."""
    if any(w.norm in PICTURE_NOUNS for w in words[first + 1:cut]):
        return cut
    for j in range(cut, min(cut + 3, len(words))):
        if words[j].capitalised or words[j].norm in FUNCTION_WORDS:
            return -1
        if words[j].norm in PICTURE_NOUNS and j + 1 < len(words) and "," in text[words[j].end:words[j + 1].start]:
            return j + 1
    return -1


def _reduced_relative(words: tuple[Word, ...], first: int, cut: int) -> bool:
    """'In a statement released on June 10, the agency stressed ...': an opening phrase whose noun a past participle
    describes (a relative clause with its "that was" left out) tells when that noun's own event was (the release), not
    when the main clause's was: it is a phrase of its own, covering nothing."""
    return any(words[k - 1].norm in DETERMINERS and words[k].norm in _STATEMENT_NOUNS and _past(words[k + 1])
               and not words[k + 1].norm in AUXILIARIES for k in range(first + 2, cut - 1))


# nouns of what is said or written, whose own release an opening phrase may date ("In a statement released on June 10,";
# not "In a vote held on 5 May," nor "During a raid conducted on ...": the main clause's time)
_STATEMENT_NOUNS = {"statement", "report", "letter", "interview", "post", "release", "filing", "video", "speech",
                    "message", "note", "document", "memo", "ruling"}


def _as_many_as(words: tuple[Word, ...], k: int) -> bool:
    """'As many as 159 people were killed in the incident, when ...', 'At least 39 people, including a police officer,
    were killed': "as many as", "as much as", "as few as" and a hedge of several words (``HEDGES``: "at least", "at
    most") hedge the number after them; they open no phrase."""
    if words[k].norm == "as" and k + 2 < len(words) and words[k + 1].norm in ("many", "much", "few", "little"):
        return words[k + 2].norm == "as"
    return any(len(h) > 1 and tuple(w.norm for w in words[k:k + len(h)]) == h for h in _WORDED_HEDGES)


_WORDED_HEDGES = tuple(tuple(h.split()) for h in HEDGES if " " in h)


def _after_dateline(text: str, words: tuple[Word, ...]) -> int:
    """The first word after a dateline of a few capitalised words and a dash opening the sentence, else 0."""
    for k in range(1, min(len(words), _DATELINE_WORDS + 1)):
        if not words[k - 1].capitalised:
            return 0
        if _SPACED_DASH.search(text[words[k - 1].end:words[k].start]):
            return k
    return 0


_DATELINE_WORDS = 5  # "Butler, PA", "NEW DELHI", "Port-au-Prince, Haiti"


def _fronted_addition(text: str, words: tuple[Word, ...], clause: list[int], intro: int, reference: list[int],
                      fresh: int) -> tuple[list[int], int, list[int]]:
    """'In addition to its $5 million grant, the city will pay $40 million': an opening phrase adding another
    thing, up to its comma, is a reference of its own; it covers nothing after it."""
    if not _another_thing(words, 0):
        return clause, intro, reference
    if intro >= 0:
        return clause, -1, [*reference, intro]
    cut = _after_comma(text, words, words[0].end)
    if cut is None or cut > 12 or len(set(clause[:cut])) != 1:
        return clause, intro, reference
    return [fresh] * cut + clause[cut:], intro, [*reference, fresh]


def _past_aside(text: str, words: tuple[Word, ...], clause: list[int], intro: int, fresh: int) -> tuple[list[int], int]:
    """'On 2 May, two days after the ferry sank, divers found the wreck': a subordinate clause set off by commas
    right after the opening phrase ends at its second comma; the opening phrase covers the main clause after it."""
    if intro < 0:
        return clause, -1
    cut = next(k for k, c in enumerate(clause) if c != intro)
    comma = text.find(",", words[cut].start)
    after = _after_comma(text, words, words[cut].start)
    if after is None or after - cut > 12 or _CLAUSE_PUNCT.search(text, words[cut].start, comma):
        return clause, -1
    if not any(w.norm in CLAUSE_OPENERS for w in words[cut:after]) or clause[after] != clause[after - 1]:
        return clause, -1
    aside = clause[after - 1]
    return clause[:after] + [fresh if c == aside else c for c in clause[after:]], fresh


def _unit_inside(mention: Mention) -> bool:
    """A sign or currency read with the number ("60%", "$69 billion"): no unit word follows."""
    return mention.kind == "number" and (mention.unit == "%" or is_money(mention.unit))


def _has_unit(mention: Mention) -> bool:
    return mention.kind == "number" and bool(mention.unit)


def _title_case(an: Analysed) -> bool:
    return title_case(an.words)


def item_opening(an: Analysed, k: int) -> int:
    """The word opening a list's item whose name starts at word k: "the" right before it, else k ("144 seats, the Bloc
    22 seats")."""
    return k - 1 if k > 0 and an.words[k - 1].norm == "the" and not _gap(an, k).strip() else k


def _gap(an: Analysed, j: int) -> str:
    return an.sentence.text[an.words[j - 1].end:an.words[j].start]


def _plain_run(an: Analysed, k: int, most: int) -> int:
    """The end of up to ``most`` plain words (no function word, no past verb) from word k, spaced only."""
    ws, j = an.words, k
    while j < len(ws) and j - k < most and _gap(an, j) == " " and ws[j].norm not in FUNCTION_WORDS \
            and not _past(ws[j]):
        j += 1
    return j


def _verb_in_phrase(an: Analysed, j: int) -> bool:
    """A verb at word j: an auxiliary, a reporting verb, or a past form not used as an adjective ('the decorated
    general', 'fire-ravaged')."""
    w = an.words[j]
    if w.norm in AUXILIARIES or w.norm in REPORTING_VERBS:
        return True
    return _past(w) and not (j and (an.words[j - 1].norm in DETERMINERS or _gap(an, j) == "-"))


def _noun_like(w: Word) -> bool:
    return w.norm not in FUNCTION_WORDS and w.norm not in AUXILIARIES and not _past(w)


def in_reference(an: Analysed, k: int) -> str:
    """The first word of the comparison whose reference word k stands in ("since" in "the strongest since 1960, when
    a magnitude 5.8 quake struck"), or "" when it stands in none."""
    if not an.reference or an.clause[k] not in an.reference:
        return ""
    first = an.clause[k]
    while first - 1 in an.reference and first - 1 in an.clause:
        first -= 1
    return an.words[an.clause.index(first)].text


_RELATIVE_TIME_REACH = 8  # words of the relative clause read for its time: "that took place in the spring of 2023"


def _own_dated_relative(an: Analysed, h: Hit, i: int) -> bool:
    """Does a relative clause right after term h ("the election that took place this year", "the crash, which happened
    on 1 June") state a time of its own, with the value (word i) outside it? Then the term's time is that one."""
    ws, r = an.words, h.last + 1
    if r + 2 >= len(ws) or ws[r].norm not in ("that", "which") or not _occurring(ws, r + 1):
        return False
    end = min(len(ws), r + _RELATIVE_TIME_REACH)
    for j in range(r + 1, end):
        if _gap(an, j).strip() and j > r + 1:
            end = j  # the clause ends at a mark
            break
    if r <= i < end:
        return False
    return any(ws[j].norm in CALENDAR_WORDS or ws[j].norm in SEASONS or is_year(ws[j].norm) or ws[j].norm == "ago"
               or ws[j].norm in TIME_NOUNS and ws[j - 1].norm in ("this", "last", "that") for j in range(r + 2, end))


def _occurring(ws: tuple[Word, ...], j: int) -> bool:
    """A verb of taking place at word j ("took place", "happened", "was held"; not "was postponed": an act on it)?"""
    if ws[j].norm in BE_FORMS:
        j += 1
    return j < len(ws) and ws[j].norm in OCCURRING_VERBS and (ws[j].norm != "took" or j + 1 < len(ws)
                                                              and ws[j + 1].norm == "place")


def _coordinated_clause(an: Analysed, h: Hit) -> bool:
    """Does term h stand in a predicate coordinated with "and" ("visited the site and began its probe into the
    crash"), which shares the clause's subject and time (not a relative clause: "the report on the incident, which
    occurred on 5 May")?"""
    opening = an.clause.index(an.clause[h.first])
    return an.words[opening].norm == "and" or opening > 0 and an.words[opening - 1].norm == "and"


def _same_clause(an: Analysed, i: int, about: list[Hit], last: int | None = None, agents: bool = False) -> Decision:
    here = an.clause[i] if an.words else 0
    about = _outside_reference(an, about, here)
    if not about:
        return Decision(False, "the term only names what something is compared with")
    same = [h for h in about if _linked(an, i, last, here, h) or (agents and _dates_result(an, here, h))]
    if not same:
        return (agents and _timed_apart(an, here, about)) or _unlinked(an, i, here, about, last is not None)
    # (a term a relative clause describes is no topic: "the report on the incident, which occurred on 5 May")
    # (nor one the opening phrase covers: "On Tuesday, the damage caused by the blaze became clear")
    if agents:
        dated = [h for h in same if _own_dated_relative(an, h, i)]
        if dated and len(dated) == len(same):  # "confirmed on Thursday the victory in the election that took place
            return Decision(False, f"'{_span(an, dated[0])}' is dated by its own relative clause")  # this year"
    kept = _past_topics(an, i, last, here, same, agents)
    if isinstance(kept, Decision):
        return kept
    same = kept
    near = min(same, key=lambda h: min(abs(h.first - i), abs(h.last - i)))
    opening = an.clause.index(here)
    if i - opening <= 4:  # an opening "On 9 November, ...": no distance to count
        return Decision(True, f"shares a clause with '{_span(an, near)}'", term=_span(an, near).lower())
    lo, hi = sorted((i, near.first if near.first > i else near.last))
    distance = _clause_distance(an, lo, hi)
    return _by_distance(an, near, distance, last is not None, (lo, hi))


def _past_topics(an: Analysed, i: int, last: int | None, here: int, same: list[Hit], agents: bool) -> Decision | list[Hit]:
    """The terms linked to the value that are more than the topic of another noun; or the decision when the value
    describes a term in its noun phrase (attached) or every term is only a topic (set aside)."""
    own = _own_describer(an, i if last is None else last, same)
    if own is not None:  # "a trial on the 2015 Ankara train station attack": the term's own describing words
        return own
    topics = [h for h in same if (an.clause[h.first] == here or here == an.intro >= 0 or _coordinated_clause(an, h))
              and _topic_or_agent(an, h, i, agents) is not None]
    if len(topics) == len(same):  # "the updates on the earthquakes on Tuesday": the updates' day
        noun = an.words[_topic_or_agent(an, topics[0], i, agents)].text
        return Decision(False, f"belongs to '{noun}', which '{_span(an, topics[0])}' is only the topic of")
    return [h for h in same if h not in topics]


def _own_describer(an: Analysed, last: int, same: list[Hit]) -> Decision | None:
    """Attached when the value ending at word ``last`` describes a term in its noun phrase (``_describes_term``)."""
    own = next((h for h in same if _describes_term(an, last, h)), None)
    return None if own is None else Decision(True, f"describes '{_span(an, own)}' in its noun phrase",
                                             term=_span(an, own).lower())


def _describes_term(an: Analysed, last: int, h: Hit) -> bool:
    """Does the value ending at word ``last`` stand among the describing words of the term's noun phrase ("the deadly
    2015 Ankara train station attack"): before the term, up to four words between, each a noun or a name (no
    function word, verb form or punctuation: "on 16 June 2021 ordered a new mine disaster inquiry" is the verb's)?"""
    if not last < h.first <= last + 5 or _before_noun_phrase(an, h) >= last:
        return False
    return all(not (an.words[j].norm in FUNCTION_WORDS or _past(an.words[j]) or an.words[j].norm.endswith("ing"))
               and _gap(an, j).strip() in ("", "-") for j in range(last + 1, h.first)) \
        and _gap(an, h.first).strip() in ("", "-")


def _outside_reference(an: Analysed, about: list[Hit], here: int) -> list[Hit]:
    """The terms, less those inside a comparison's reference ("shy of the sale price": the other thing) unless the
    value is there too."""
    if not an.reference:
        return about
    return [h for h in about if an.clause[h.first] not in an.reference or an.clause[h.first] == here]


def _by_distance(an: Analysed, near: Hit, distance: int, name: bool, span: tuple[int, int]) -> Decision:
    """Close by: attached; far in a long clause: loosely, unless a result participle parts a name from the term
    ("made landfall on the coast as a Category 3 storm, causing damage in the Aske area": Aske is the damage's
    place); farther: set aside."""
    if distance <= MAX_DISTANCE:
        return Decision(True, f"shares a clause with '{_span(an, near)}'", term=_span(an, near).lower())
    if distance <= FAR_DISTANCE and not (name and _result_participle_between(an, *span)):
        return Decision(True, f"shares a long clause with '{_span(an, near)}', {distance} words away",
                        term=_span(an, near).lower(),
                        weak=f"{FAR_AWAY}: {distance} words from '{_span(an, near)}' in a long clause")
    return Decision(False, f"is {distance} words from '{_span(an, near)}' in a long clause", apart=True)


def _result_participle_between(an: Analysed, lo: int, hi: int) -> bool:
    """A comma, then an -ing verb, between words lo and hi: a participle clause of its own ("..., causing damage")."""
    return any(an.words[j].norm.endswith("ing") and _gap(an, j).strip() == "," for j in range(lo + 1, hi + 1))


def _unlinked(an: Analysed, i: int, here: int, about: list[Hit], name: bool) -> Decision:
    """No term in the value's clause: set aside, unless the term is a verb of saying whose subject (or opening
    phrase) the value is in: a name there is the one who says, a date dates the saying (loosely, as what was said
    may be another matter)."""
    reported = [h for h in about if (here == an.intro and _reports_covered(an, here, h)) or _says(an, here, h)]
    if reported:
        h = reported[0]
        if name and _negated_verb(an, h.first):  # "The Alpha Front has not claimed responsibility"
            return Decision(False, f"is the subject of a negated '{_span(an, h)}'")
        if name:
            return Decision(True, f"is the subject of '{_span(an, h)}'")
        return Decision(True, f"dates '{_span(an, h)}'", weak=REPORTED_ONLY.format(_span(an, h)))
    opening = here == an.intro or (i >= 1 and an.clause[i - 1] == an.intro and an.words[i - 1].norm in WEEKDAYS)
    told = None if name or not opening else next((h for h in about if _told_in_covered(an, an.intro, h)), None)
    if told is not None:  # "In May, the WGA said that writers began the strike": the saying's time, maybe the event's
        return Decision(True, f"dates the report of '{_span(an, told)}'", weak=REPORT_OF_EVENT.format(_span(an, told)))
    near = min(about, key=lambda h: abs(h.first - i))
    return Decision(False, f"is in another clause than '{_span(an, near)}'", apart=True)


def _negated_verb(an: Analysed, k: int) -> bool:
    """Is the verb at word k negated: "not", "never" or "n't" among the three words before it ("has not claimed",
    "had never claimed")?"""
    return any(an.words[j].norm in NEGATIONS or an.words[j].norm == "t" for j in range(max(0, k - 3), k))


def _told_in_covered(an: Analysed, intro: int, h: Hit) -> bool:
    """'In May, the WGA said that writers began the strike': is term h in the clause reported by a verb of saying
    whose clause (or its subject's) the opening phrase covers?"""
    o = an.clause.index(an.clause[h.first])
    if o < 2:
        return False
    r = an.clause.index(an.clause[o - 1])  # the reporting verb's clause, right before the report
    if not (r >= 1 and an.words[r].norm in REPORTING_VERBS and an.clause[r - 1] in _covered(an, intro)):
        return False
    here = an.clause[h.first]  # not a plan ("said France would withdraw", "is expected to"), nor an event the report
    ws = an.words  # puts at its own time ("began the strike three days earlier", "last week", "had begun")
    for j in range(o, len(ws)):
        if an.clause[j] != here:
            break
        if ws[j].norm in FUTURE_MODALS or ws[j].norm in _OWN_TIME or ws[j].norm == "to" and ws[j - 1].norm in PLAN_BEFORE_TO:
            return False
    return True


_OWN_TIME = OWN_TIME_WORDS | set(WEEKDAYS)


def _linked(an: Analysed, i: int, last: int | None, here: int, h: Hit) -> bool:
    """Is the term in the value's clause, or in a clause the grammar ties to it?"""
    return (here in (an.clause[h.first], an.clause[h.last]) or _relative_to(an, h, here)
            or _relative_to_value(an, last, h) or (last is not None and _recorded(an, here, an.clause[h.first]))
            or (here in an.trailing and an.clause[h.last] in (_before_clause(an, here), _main_clause(an, here)))
            or (here == an.intro and an.clause[h.first] in _covered(an, here))
            or _shared_subject(an, i, here, an.clause[h.first]) or _shares_object(an, here, h)
            or (last is None and _sets_the_time(an, here, h) and not _counts_people(an, i))
            or (last is None and _timeline_entry(an, here, h))
            or (last is not None and _subject_of_trailing(an, i, here, h)))


def _shares_object(an: Analysed, here: int, h: Hit) -> bool:
    """'the man who shot and injured Robert Fico in May 2024': a past verb right before "and" and another past verb
    shares that verb's object and what follows it, in the value's clause."""
    ws, j = an.words, h.last + 1
    return j + 1 < len(ws) and ws[j].norm in ("and", "or") and _past(ws[h.last]) and _past(ws[j + 1]) \
        and an.clause[j + 1] == here and not _gap(an, j).strip() and not _gap(an, j + 1).strip()


def _dates_result(an: Analysed, here: int, h: Hit) -> bool:
    """'The shuttle broke apart on 1 February 2003, killing all seven astronauts': a participle trailing a clause (its
    result or its manner) happens when that clause's event does, so a date there dates the participle when it is
    the term (not a noun inside its phrase: "..., leading to a recall in March"), unless a word of another time, a
    month or a weekday follows it, to the sentence's end ("..., killing 1,800 when it struck land six days later")."""
    return _result_participle(an, here, h) and not _own_time(an, h)


def says_its_own(an: Analysed, about: list[Hit], words: frozenset[str], value: tuple[int, int]) -> bool:
    """Does a term's own clause hold one of ``words`` outside the value's span: a measure of its own ("the blast
    injured many", "killed seven days later"), which a value standing apart from the term is not?"""
    clauses = {an.clause[h.first] for h in about}
    return any(w.norm in words and not value[0] <= w.start < value[1] for w, c in zip(an.words, an.clause)
               if c in clauses)


def _timed_apart(an: Analysed, here: int, about: list[Hit]) -> Decision | None:
    """'The shuttle broke apart on 1 February 2003, killing all seven astronauts days later': a date of the clause a
    term trails with a time of its own is no date of the term's (a reason, not only standing apart)."""
    timed = next((h for h in about if _result_participle(an, here, h)), None)
    return None if timed is None else Decision(False, f"'{_span(an, timed)}' trails the clause with a time of its own")


def _result_participle(an: Analysed, here: int, h: Hit) -> bool:
    """Is the term a participle trailing the value's clause (", killing all seven astronauts")?"""
    other = an.clause[h.first]
    return other in an.trailing and an.clause.index(other) == h.first \
        and here in (_before_clause(an, other), _main_clause(an, other))


def _own_time(an: Analysed, h: Hit) -> bool:
    """Does a word of another time, a month or a weekday follow the term, to the sentence's end?"""
    return any(w.norm in _AFTERWARDS or w.norm in MONTHS or w.norm in WEEKDAYS for w in an.words[h.first:])


# words that give a trailing participle a time of its own ("left port on 2 March, sinking three weeks later", "killing
# 31 in the weeks that followed", "finding that deputies had violated"); not "before", "since", which a comparison
# may hold ("the worst toll since 1990")
_AFTERWARDS = {"later", "afterwards", "afterward", "next", "following", "followed", "subsequently", "subsequent",
               "eventually", "ensuing", "within", "until", "had"}


def _timeline_entry(an: Analysed, here: int, h: Hit) -> bool:
    """'SEPT. 6 - TRUSS OFFICIALLY BECOMES PM', '23 September: Kwasi Kwarteng's mini-budget': a date alone opening
    the sentence, then a dash or a colon and a heading of at most ten words ending the sentence, heads a timeline's
    entry: it dates the heading (not a story's dated lead: "Sunday, July 10, 2022 – The suspect in the ..."); after
    a colon, which no dated lead takes, the entry may be a clause of any length ("• July 1: Beryl makes landfall in
    Grenada as a powerful Category 4 hurricane.")."""
    other = an.clause[h.first]
    if here != an.clause[0] or other == here:
        return False
    start = an.clause.index(other)
    if any(w.norm in _HEADING_PREPOSITIONS for w in an.words[start:h.first]):
        return False  # the heading's event, not a noun after a preposition: "Death toll from Itaewon crush rises"
    if start > 5 or any(c != here for c in an.clause[:start]) or an.clause[start - 1] != here:
        return False  # (a date of at most five words: "Friday, Oct. 14, 2022")
    if not all(w.norm[:1].isdigit() or _calendar_word(w) for w in an.words[:start]):
        return False
    rest = sum(1 for c in an.clause[start:] if c == other)  # a heading, not a dated lead ("July 10 – The suspect ...")
    mark = _ENTRY_BREAK.fullmatch(an.sentence.text[an.words[start - 1].end:an.words[start].start])
    if mark is None or len(an.words) - start != rest:
        return False
    return rest <= _ENTRY_WORDS or ":" in mark.group() and _long_entry(an, start, h)


def _long_entry(an: Analysed, start: int, h: Hit) -> bool:
    """May the words from ``start`` be a long timeline entry that dates the term ``h``: its heading names a month or a
    day (not a score: "6-5: 15-15 Lind wins the rally"), the entry names no day of its own ("November 11: ... on
    Monday") and no forecast ("will", "could", "expected"), and the term opens it as its subject or verb, within
    four words, no noun's modifier ("July 9: The election commission certifies ...", "The ceasefire agreed by ...
    collapses") nor a later relative clause's."""
    nxt = an.words[h.last + 1] if h.last + 1 < len(an.words) else None
    lead = max([j for j in range(start + 1, h.first + 1) if "," in _gap(an, j)], default=start)  # past an opening
    # phrase: "July 5: Weakened to a tropical storm, Beryl makes landfall"
    opens = h.first - lead <= 4 and (nxt is None or nxt.norm in FUNCTION_WORDS or nxt.capitalised
                                     or _gap(an, h.last + 1).strip() not in ("", "-"))
    return opens and any(_calendar_word(w) for w in an.words[:start]) and not any(
        _calendar_word(w) or w.norm in _OWN_TIME or w.norm in _FORECAST for w in an.words[start:])


def _calendar_word(w: Word) -> bool:
    """A month's or a weekday's name, abbreviated too ("Sept.")."""
    return w.norm in CALENDAR_WORDS or w.norm.rstrip(".") in CALENDAR_WORDS


_FORECAST = frozenset(FUTURE_MODALS | EXPECTING_WORDS | set(POSSIBILITY_MODALS))  # "June 30: Beryl will make landfall"


_NOT_A_SUBJECT = {"like", "unlike", "as", "with", "after", "before", "during", "in", "on", "at", "for", "from", "by"}
_ENTRY_WORDS = 10
_HEADING_PREPOSITIONS = {"from", "of", "after", "over", "in", "on", "at", "by", "for", "since", "before", "following",
                         "amid", "about", "into"}


_ENTRY_BREAK = re.compile(r"\s*(?:[-–—]{1,2}|:)\s+")


def _subject_of_trailing(an: Analysed, i: int, here: int, h: Hit) -> bool:
    """'Rishi Sunak became prime minister this week, replacing Liz Truss': a name that is the subject of a clause
    (no verb before it in the clause) is the subject of the participle trailing that clause, when that participle is
    the term (not a noun inside its phrase: "The Starliner suffered leaks, leading to postponements of its return")."""
    other = an.clause[h.first]
    if other not in an.trailing or _before_clause(an, other) != here or an.clause.index(other) != h.first:
        return False
    start, ws = an.clause.index(here), an.words
    if not start <= i or ws[start].norm in _NOT_A_SUBJECT or any(_verb_in_phrase(an, j) for j in range(start, i + 1)):
        return False  # ("Like Mara Lind four years ago, the senator won, defeating ...": Lind is no subject)
    return not any(ws[j].norm in BE_FORMS and ws[j + 1].norm.endswith(("ed", "en"))  # a passive's subject is done to
                   for j in range(i + 1, len(ws) - 1) if an.clause[j] == here)


_AT_THE_TIME = {"at", "upon"}  # an opening phrase of the same moment ("At landfall, ..."; not "During the war,", a
# stretch of time whose events are counted apart: "During the 44-day war, villages occupied for 30 years were retaken")
_SAME_TIME = {"when", "as"}  # a clause of the same moment after the value's ("... when it made landfall"; not
# "while", as often a contrast: "killing 52 while another 32 are missing")


def _counts_people(an: Analysed, i: int) -> bool:
    """Is the number at word i a count of people ("About 300 people were inside the club when it caught fire"): who
    were there at the moment, no figure of the event itself?"""
    ws, j = an.words, i
    while j + 1 < len(ws) and ws[j + 1].norm.isdigit() and _gap(an, j + 1) in (",", "."):
        j += 1
    return ws[i].norm[:1].isdigit() and j + 1 < len(ws) and ws[j + 1].norm in PEOPLE_UNITS


def _sets_the_time(an: Analysed, here: int, h: Hit) -> bool:
    """'Milton packed 120 mph winds when it made landfall', 'At landfall, Milton had winds of 120 mph': a term in an
    opening phrase of the same moment (at or upon, the term heading it: "At landfall", "At its peak", "At the time of
    landfall"; not "At a memorial for the victims"), or in a when/as clause right after the value's,
    dates the value's clause: its date or figure is the state at the term's event.  Not for a name ("Trump was
    speaking when the gunman fired": no gunman), nor a capitalised term (a person: "Novak, 78, was speaking when
    Orsk fired")."""
    other, ws = an.clause[h.first], an.words
    if other == here or any(ws[j].capitalised for j in range(h.first, h.last + 1)):
        return False
    start = an.clause.index(other)
    if other == an.intro and start == 0:
        return ws[0].norm in _AT_THE_TIME and here == _after_clause(an, other) and _moment_head(ws, h)
    if not (start and an.clause[start - 1] == here and ws[start].norm in _SAME_TIME) or h.first - start > 4 \
            or _dated_word(ws[start - 1]) or any(ws[j].norm == "to" for j in range(start, h.first)):
        return False  # (the clause's own event opens it, "as it made landfall", not "as they prayed for victims of
        # the quake"; "until 1999 when he was elected" dates that year; "as it was preparing to attempt a landing")
    # the term is the clause's verb or after it, its event ("when it made landfall"; not its subject, "when revelers
    # flooded the alleys": the clause before counts no revelers); an "as" with no verb is a role ("as a hurricane")
    return any(_past(ws[j]) or ws[j].norm in AUXILIARIES for j in range(start + 1, h.first + 1))


_MOMENT_LEADS = {"the", "its", "their", "time", "of", "height", "moment"}  # "At the time of landfall", "At its peak"


def _moment_head(ws: tuple[Word, ...], h: Hit) -> bool:
    """Does term h head the opening at-phrase: only the words of a moment's lead between "at" and it?"""
    return all(w.norm in _MOMENT_LEADS for w in ws[1:h.first])


def _dated_word(w: Word) -> bool:
    """A year, a day's number or a word of the calendar: what a when-clause right after it says more of."""
    return w.norm[:1].isdigit() or w.norm in CALENDAR_WORDS or w.norm in TIME_NOUNS


_MEASURED = {"recorded", "measured", "logged"}  # (not "filed", "registered": a lawsuit filed in California)


def _recorded(an: Analysed, here: int, other: int) -> bool:
    """'The highest rainfall was recorded in the Khatm Al Shakla area': a clause a passive verb of measuring opens,
    "in"/"at" right after it, says where its subject, in the clause before, was measured; for a place the two are one
    (a date there is the recording's; "was recorded by seismographs in Aske" places the seismographs)."""
    if here == other or here not in an.clause or other not in an.clause or here < other:
        return False  # (the value in the recording's clause, the term in the subject's before it)
    k = an.clause.index(here)
    ws = an.words
    return (k >= 1 and ws[k].norm in _MEASURED and ws[k - 1].norm in BE_FORMS and an.clause[k - 1] == other
            and k + 1 < len(ws) and ws[k + 1].norm in ("in", "at"))


def _shared_subject(an: Analysed, i: int, here: int, other: int) -> bool:
    """'The fire in Aske left 15 dead and destroyed 200 homes': a value in the subject (no verb before it in its clause)
    is the subject of each predicate coordinated to its clause by 'and'."""
    ws = an.words
    if other == here or other not in an.clause:
        return False
    o = an.clause.index(other)
    if not (1 <= o < len(ws) - 1 and ws[o].norm in ("and", "or") and an.clause[o - 1] == here
            and (_past(ws[o + 1]) or ws[o + 1].norm in AUXILIARIES)):
        return False
    start = an.clause.index(here)
    return start <= i and not any(_verb_in_phrase(an, j) for j in range(start, i + 1))


def noun_before_participle(an: Analysed, h: Hit, about: list[Hit]) -> range | None:
    """The words of the noun phrase that term ``h`` is a past participle said of (a reduced relative clause: "the
    tally of 27 announced Thursday", after its clause's verb; "an advisory issued by the FAA", before "by"; in a
    clause a preposition opens: "on top of the 7,500 redundancies announced last July"), when no term stands in that
    phrase; else None."""
    ws, j = an.words, h.first - 1
    if h.first != h.last or j < 1 or not _past(ws[h.first]) or _gap(an, h.first) != " ":
        return None
    if not _noun_like(ws[j]) or ws[j].norm.endswith("ly") or ws[j].capitalised:
        return None
    start = an.clause.index(an.clause[j])  # the noun's clause (the participle may open one of its own)
    if not _reduced_after(an, h, j, start):
        return None
    first = j
    while first > start and ws[first - 1].norm not in DETERMINERS and ws[first - 1].norm not in ("from", "by", "to", "with") \
            and not _gap(an, first).strip() and j - first < 5:
        first -= 1  # back to the phrase's determiner: "a 2018 advisory", "the initial tally of 27"
    if any(first <= x.first <= j for x in about):
        return None
    return range(first, j + 1)


def _reduced_after(an: Analysed, h: Hit, j: int, start: int) -> bool:
    """Can term h, a past participle after the noun at word j (its clause opening at ``start``), be a reduced relative
    clause: before "by", or after its clause's own verb, or after a plural noun in a clause a preposition opens (no
    subject there: "– on top of the 7,500 redundancies announced last July"; not "From the time the ship launched")?"""
    ws = an.words
    if h.last + 1 < len(ws) and ws[h.last + 1].norm == "by":
        return True
    if any(ws[i].norm in BE_FORMS or _verb_in_phrase(an, i) for i in range(start, j)):
        return True
    return ws[start].norm in PHRASE_PREPOSITIONS and is_plural(ws[j].norm)


OTHER_NOUNS_EVENT = ("possible conflict: '{1}' is said of '{0}', a noun no term names "
                     "(\"the tally of 27 announced Thursday\"), maybe another event")
REPORT_OF_EVENT = ("possible conflict: the opening phrase dates the report of '{}', and the event may be "
                   "earlier")
REPORTED_ONLY = ("possible conflict: only '{}' ties it to the fact, and what was announced may be another "
                 "matter")


def _opens_report(an: Analysed, h: Hit) -> bool:
    """A term opened by a reporting verb that opens a clause (of what is said): the verb itself, with its object when
    the term names one ('claimed responsibility'), is the clause before's."""
    k = h.first
    return 0 < k and an.words[k].norm in REPORTING_VERBS and an.clause[k - 1] != an.clause[k]


def _says(an: Analysed, here: int, h: Hit) -> bool:
    """'Granholm and other officials announced Tuesday ...': the clause right before the verb is its subject's."""
    return _opens_report(an, h) and an.clause[h.first - 1] == here and _gap(an, h.first) == " "


def _reports_covered(an: Analysed, intro: int, h: Hit) -> bool:
    """'On 8 March, the bank announced a loss': the opening phrase dates the announcing (not what is announced)."""
    return _opens_report(an, h) and an.clause[h.first - 1] in _covered(an, intro)


def _covered(an: Analysed, intro: int) -> set[int]:
    """The clauses an opening phrase covers: the one after it, each clause coordinated to that by "and" ("On 2 May,
    the ferry sank, and the crew were rescued": both happened on 2 May; not "but", a contrast that often moves the
    time: "In 1998, the plant employed 4,000 workers, but closed after years of losses"), and a when-clause right after
    it ("On 5 July, the rally turned tragic when shots were fired")."""
    covered, last = {_after_clause(an, intro)}, _after_clause(an, intro)
    for k in range(1, len(an.words)):
        c = an.clause[k]
        if c != an.clause[k - 1] and an.clause[k - 1] == last and c not in covered:
            if an.words[k].norm == "when" and not _gap(an, k).strip():
                covered.add(c)  # "On 5 July, a rally turned tragic when shots were fired": at the same time
                break
            if an.words[k].norm != "and":
                break
            covered.add(c)
            last = c
    return covered


def _main_clause(an: Analysed, trailing: int) -> int:
    """The clause a trailing participle phrase (", winning only 37 seats") says more of: the sentence's main
    clause, after an opening phrase or a fronted subordinate clause, when only subordinate clauses
    ("since the party's founding in 1901") stand between them; else -1."""
    ws, k = an.words, 0
    while k < len(ws) and (an.clause[k] == an.intro or (ws[0].norm in FRONTED_SUBORDINATORS and an.clause[k] == an.clause[0])):
        k += 1
    opening = an.clause.index(trailing)
    if k >= opening:
        return -1
    main = an.clause[k]
    between = {an.clause[j] for j in range(k, opening)} - {main}
    if all(ws[an.clause.index(c)].norm in CLAUSE_OPENERS for c in between):
        return main
    return -1


def _clause_distance(an: Analysed, lo: int, hi: int) -> int:
    """Words from lo to hi, not counting a relative clause or a participle aside between them (", which ...,",
    ", handcuffed and lying prone,"); a list between them ("the leaders of Armenia, Russia, and Azerbaijan in
    2020") puts them further apart."""
    text, own = an.sentence.text, an.clause[lo]
    aside = {an.clause[k] for k in range(lo + 1, hi) if an.clause[k] != own and an.clause[k - 1] != an.clause[k] and (
             an.words[k].norm in NON_RESTRICTIVE or an.words[k].norm not in REPORTING_VERBS  # ", told reporters," is a verb
             and _participle_aside(text, an.words, k, _gap(an, k)))}
    kept = [k for k in range(lo, hi + 1) if an.clause[k] not in aside or k in (lo, hi)]
    if "," not in text[an.words[lo].end:an.words[hi].start]:
        return len(kept) - 1  # no comma between them to count (most values near their term)
    commas = sum(text.count(",", an.words[a].end, an.words[b].start) for a, b in zip(kept, kept[1:])
                 if (b == a + 1 or not aside) and not _place_apposition(an, a, b))
    return len(kept) - 1 + COMMA_WEIGHT * commas


def _place_apposition(an: Analysed, a: int, b: int) -> bool:
    """'in Elm, Northia, on Friday': a name, a comma and the name of where it lies, then a comma and lower-case
    words, names where the first is: the comma cuts no clause.  Not a list ('Ostia, Varnia and Tamm', 'Ostia,
    Varnia, Tamm'), which goes on with a name or and/or."""
    ws = an.words
    if b != a + 1 or not (ws[a].capitalised and ws[b].capitalised) or _gap(an, b) != ", ":
        return False
    if a > 0 and _gap(an, a).strip() == "," and ws[a - 1].capitalised:
        return False  # a third name before: a list
    after = b + 1
    while after < len(ws) and ws[after].capitalised and not _gap(an, after).strip():
        after += 1  # the rest of a name of several words ("New South Wales")
    if after >= len(ws):
        return True
    return _gap(an, after).strip() == "," and not ws[after].capitalised and ws[after].norm not in ("and", "or")


def _topic(an: Analysed, hit: Hit, value: int = -1) -> int | None:
    """The word of a noun that ``hit`` is only the topic of ('talks on the ceasefire', 'the crash investigation': a
    term modifying a noun that follows an event, AFTER_EVENT_NOUNS, or in its of-phrase: 'the anniversary of the
    crash', unless the value ``value`` (a word) stands up to four words after the term, where it may qualify it: 'the
    investigation of the crash in Tver', not a bare 'today' or weekday: 'the anniversary of their coronation today'),
    or None."""
    ws = an.words
    after = hit.last + 1
    if hit.first and ws[hit.first - 1].norm in ("that", "which", "who") and _past(ws[hit.first]):
        return None  # "a hearing into a jet crash that killed 112 people": the relative clause's verb, its own value
    if after < len(ws) and ws[after].norm in AFTER_EVENT_NOUNS and _gap(an, after) == " " \
            and an.clause[after] == an.clause[hit.last]:
        return after
    marked = _own_anniversary(an, hit, value)
    if marked is not None:
        return marked
    k = _before_noun_phrase(an, hit)
    if k >= 1 and ws[k].norm == "of" and ws[k - 1].norm in AFTER_EVENT_NOUNS:
        # "the anniversary of the outbreak", "the investigation of the crash": a later event about it (a bare
        # time right after the term, "the anniversary of their coronation today", is no phrase of the term's)
        marked = ws[k - 1].norm in _MARKED_LATER and any(is_year(w.norm) for w in ws[value:value + 4])
        qualifies = hit.last < value <= _own_of_phrase(ws, hit.last, value) + 4 and not marked \
            and ws[hit.last + 1].norm not in DAY_WORDS \
            and ws[hit.last + 1].norm not in WEEKDAYS \
            and not any(w.norm in WEEKDAYS for w in ws[value:value + 2])  # ("on Thursday": the day marked)
        return None if qualifies else k - 1
    return _topic_by_preposition(ws, hit, _past_of_phrase(ws, k), value)


def _own_anniversary(an: Analysed, hit: Hit, value: int) -> int | None:
    """'paid tribute to the victims of the gas tragedy on its 37th anniversary here on Friday': a value up to four
    words after the term's own anniversary ("its"/"their", maybe an ordinal, then the noun) is the day marked; the
    anniversary noun's word, or None."""
    ws = an.words
    for j in range(hit.last + 2, min(value, len(ws))):
        owner = j - 2 if is_ordinal(ws[j - 1]) else j - 1
        if ws[j].norm in _MARKED_LATER and ws[owner].norm in ("its", "their") and value - j <= 4 \
                and an.clause[j] == an.clause[value]:
            return j
    return None


def _topic_by_preposition(ws: tuple[Word, ...], hit: Hit, prep: int, value: int) -> int | None:
    """The topic noun before the preposition at word ``prep`` ("talks on the truce", "a probe into his death"), or
    None: not past a wh-clause, nor for a value the term's own after a noun of aftermath."""
    if any(w.norm in _WH_WORDS for w in ws[prep + 1:hit.first]) and value > hit.last \
            and not any(_past(w) or w.norm in AUXILIARIES for w in ws[hit.last + 1:value]):
        return None  # "the investigation into why the submersible imploded during its June 18 descent": the value in
        # a clause of its own (not "the inquiry into how it imploded opened on 20 June": the inquiry's date)
    noun = _topic_noun_before(ws, prep)
    end = _own_of_phrase(ws, hit.last, value)
    if noun is not None and ws[noun].norm not in TOPIC_NOUNS and hit.last < value <= end + 4 \
            and not any(w.norm in ("and", "but", "or") or _past(w) or w.norm in AUXILIARIES
                        for w in ws[hit.last + 1:value]):
        return None  # "an investigation into a warehouse collapse in Illinois last year": as after "of", the term's own
        # (not past a verb: "inquests into the tragedy began in 2014" is the inquests' year)
    return noun


def _own_of_phrase(ws: tuple[Word, ...], last: int, value: int) -> int:
    """The last word of the term's own of-phrase ("the crash of Dana aircraft 992", "the crash of the plane": a
    determiner, then up to four words that are no function words) before the value at word ``value``, else ``last``."""
    if last + 2 >= value or ws[last + 1].norm != "of":
        return last
    j = last + 2 + (ws[last + 2].norm in DETERMINERS)
    end, plain = last, 0
    while j < value and j <= last + 6 and ws[j].norm not in FUNCTION_WORDS and not _past(ws[j]):
        plain += not (ws[j].capitalised or ws[j].norm[:1].isdigit())
        if plain > 1:
            break  # one common noun ("the plane"; not "the plane opens": a verb)
        end, j = j, j + 1
    if end > last and not all(w.norm in _PLAIN_PATH or w.capitalised or _time_word(w) for w in ws[end + 1:value]):
        return last  # ("the crash of the plane opens on 4 June": a verb between, the date its clause's)
    return end


_PLAIN_PATH = frozenset({"in", "on", "at", "near", "off", "the", "a", "an"})  # what may stand between it and the value


def _topic_or_agent(an: Analysed, hit: Hit, value: int, agents: bool) -> int | None:
    """``_topic``, and with ``agents`` (a date's question: not a name's, a place may be what a participle describes;
    nor a number's, "40,000 people died in buildings destroyed by the quake" counts the quake's dead) ``_agent_of``."""
    topic = _topic(an, hit, value)
    if topic is not None or not agents:
        return topic
    return _agent_of(an, hit, value) or _intended_object(an, hit, value)


def _intended_object(an: Analysed, hit: Hit, value: int) -> int | None:
    """'denied CrowdStrike's motion to dismiss Delta's complaint': a term in the object of a to-infinitive after a noun
    of an intended act (``INTENT_NOUNS``) names what that act is about; the word of that noun, or None (not when the
    value stands right after the term: "a bid to block the deal in May")."""
    ws = an.words
    if hit.first >= 2 and ws[hit.first - 1].norm == "to" and value < hit.first:
        decided = _decided_before(an, hit.first - 1, value)
        if decided is not None:
            return decided  # "agreed in July last year to call off the search": the agreeing's date
    k = _before_noun_phrase(an, hit)  # (past the object's determiner and possessive: "to dismiss Delta's complaint")
    if k < 1 or ws[k].norm != "to" or ws[k - 1].norm not in INTENT_NOUNS or ws[k + 1].norm in FUNCTION_WORDS \
            or ws[k + 1].capitalised or k + 1 >= hit.first:
        return None
    return None if hit.last < value <= hit.last + 4 else k - 1


def _decided_before(an: Analysed, to: int, value: int) -> int | None:
    """A verb of committing (``DECISION_VERBS``) before the "to" at word ``to``, past only the value's own time phrase
    ("agreed in July last year to call off"), its word; or None."""
    ws, j = an.words, to - 1
    while j > 0 and to - j <= _TIME_PHRASE_REACH + 1 and (ws[j].norm in _TIME_PHRASE_WORDS or _time_word(ws[j])):
        j -= 1
    return j if j < value < to and ws[j].norm in DECISION_VERBS and _gap(an, j + 1) == " " else None


def _before_noun_phrase(an: Analysed, hit: Hit) -> int:
    """The word before the term's noun phrase (its determiner and describing words): "the updates on the Turkey-Syria
    earthquakes", "talks on a new truce", "a report on Maine's deadliest rampage", "the fiery and toxic train
    derailment", 'the so-called "Miracle on the Hudson"', "U.S. Airways Flight 1549 crash-landing" (a name's words); not
    past a comma ("a conference on Friday, Mayor Orsk said": the mayor is no topic) but a place's ("the Orsk, Velmar,
    crash")."""
    ws, k, reach = an.words, hit.first - 1, 4
    while k >= 0 and hit.first - k <= reach and ws[k].norm not in TOPIC_PREPOSITIONS and (
            ws[k].norm in DETERMINERS or ws[k].norm not in FUNCTION_WORDS or _joins_adjectives(ws, k, hit.first)
            or ws[k].norm == "so" and _gap(an, k + 1) == "-") \
            and (_gap(an, k + 1).strip() in ("", "-", "'", "’", '"', "“") or _place_comma(an, k)):
        reach += 2 if ws[k].norm in ("and", "or") else 0
        reach += 1 if (ws[k].capitalised or ws[k].norm[:1].isdigit()) and reach < 8 else 0  # a name's words: "the
        # anniversary of U.S. Airways Flight 1549 crash-landing"
        reach += 4 if ws[k].norm == "s" and _gap(an, k) in ("'", "’") else 0  # an owner's words: "opposition leader
        # Alexey Navalny's sudden death"
        k -= 1
    return k


def _place_comma(an: Analysed, k: int) -> bool:
    """'the Orsk, Velmar, crash': a comma after word k of a place and the place it lies in, naming one place."""
    return _place_apposition(an, k, k + 1) or k > 0 and _place_apposition(an, k - 1, k)


def _joins_adjectives(ws: tuple[Word, ...], k: int, first: int) -> bool:
    """'fiery and toxic': "and"/"or" between two describing words of one noun phrase."""
    return ws[k].norm in ("and", "or") and 0 < k and k + 1 < first and ws[k - 1].norm not in FUNCTION_WORDS \
        and not ws[k - 1].capitalised and ws[k - 1].norm.isalpha() and not _past(ws[k + 1]) \
        and not is_plural(ws[k - 1].norm)  # (not "talks on a truce and clashes": two nouns, the term the second)


def _agent_of(an: Analysed, hit: Hit, value: int) -> int | None:
    """'the damage caused by the blaze', 'those afflicted by the quake', 'the four men involved in the attack': a term that
    is only the agent (or another complement) of a participle
    describing the noun before it tells what that noun is, and a date outside the phrase is that noun's clause's
    (unless the value stands right after the term, where it may date it: 'the homes destroyed by the quake on 8 May');
    the word of that noun, or None."""
    k = _agent_by(an, hit)
    if k is None:
        return None
    ws = an.words
    if k < value <= hit.last + _OWN_PHRASE and not any(_verb_like(w) or _gap(an, j).strip()
                                                       for j, w in enumerate(ws[hit.last + 1:value], hit.last + 1)):
        return None  # ("affected by a major earthquake in the country on January 1": the term's own date)
    return k - 2


def _agent_by(an: Analysed, hit: Hit) -> int | None:
    """The "by" of a participle after a noun whose agent ``hit`` is (past its determiner and adjectives), or None:
    not after a verb of its own ('was hit by the quake', 'badly hit by'), nor a means ('reacted by initiating'), nor
    a dated agent ('by last week's rains')."""
    ws, k = an.words, _before_noun_phrase(an, hit)  # "by the massive blaze"
    if k < 2 or ws[k].norm not in _PARTICIPLE_LINKS or not _past(ws[k - 1]) or _gap(an, k - 1) != " " or _gap(an, k) != " " \
            or ws[k + 1].norm.endswith("ing") or any(_time_word(w) for w in ws[k + 1:hit.first]):
        return None
    noun = ws[k - 2]
    if noun.norm in AUXILIARIES or noun.norm in BE_FORMS or noun.norm.endswith("ly") or _past(noun) \
            or noun.norm in _NOT_DESCRIBED or _gapped_passive(an, k - 2, hit):
        return None
    if ws[k].norm != "by" and not (k >= 3 and (ws[k - 3].norm in DETERMINERS or ws[k - 3].norm[:1].isdigit()
                                               or ws[k - 3].norm in ONES)):
        return None  # past "in" or "of" only a determined noun: "the four men involved in" ("inspectors found in a
        # review": a subject and its verb)
    return k


def _gapped_passive(an: Analysed, noun: int, hit: Hit) -> bool:
    """'117 workers were killed and more than 200 others injured in a fire': a count's noun phrase after "and", after
    a passive verb ("were killed"), shares that verb's "were": the participle after it is its own verb (gapping), no
    participle describing the noun (not when a verb follows the term in its clause: "and 12 workers injured in the
    blaze were discharged")."""
    ws, j = an.words, noun - 1
    end = next((m for m in range(hit.last + 1, len(ws)) if _gap(an, m).strip()), len(ws))
    if any(_finite_after(ws, m) for m in range(hit.last + 1, end)):
        return False
    while j >= 0 and noun - j <= 4 and (ws[j].norm[:1].isdigit() or ws[j].norm in ONES or ws[j].norm in TENS
                                        or ws[j].norm in HEDGE_WORDS):
        j -= 1
    if j < 2 or j == noun - 1 or ws[j].norm != "and" or _gap(an, j).strip():
        return False  # (a count must stand between: "and others injured" is no count of its own)
    return any(ws[b].norm in BE_FORMS and _past(ws[b + 1]) for b in range(max(0, j - 8), j - 1))


def _finite_after(ws: tuple[Word, ...], m: int) -> bool:
    """Is word m a verb of its noun's own clause: a form of be, an auxiliary, a verb of staying on ("remain",
    "continue"), or a past form that is no participle opening a phrase ("owned by", "located in")?"""
    w = ws[m]
    if w.norm in BE_FORMS or w.norm in AUXILIARIES or w.norm in _STAYING_VERBS:
        return True
    return _past(w) and not (m + 1 < len(ws) and ws[m + 1].norm in _PARTICIPLE_PREPOSITIONS) \
        and ws[m - 1].norm not in ("that", "which", "who")


_STAYING_VERBS = {"remain", "remains", "continue", "continues", "face", "faces", "stay", "stays"}
_PARTICIPLE_PREPOSITIONS = {"by", "in", "at", "on", "near", "to", "as", "for", "from", "with"}


# the prepositions joining a participle after a noun to a term: "caused by the blaze", "the individuals involved in the
# attack", "the men accused of the killing"
_PARTICIPLE_LINKS = {"by", "in", "of", "over"}
_NOT_DESCRIBED = {"and", "or", "not", "never", "been", "being"}  # words before a participle that make it a verb


_OWN_PHRASE = 8  # words from the agent term to a date of its own phrase: "the earthquake in the country on January 1"


_MARKED_LATER = {"anniversary", "anniversaries", "commemoration", "commemorations"}  # "the first anniversary of the
# earthquake, in Antakya on February 6, 2024": a dated day after it is the day it is marked (a yearless one, "the
# anniversary of the collapse on June 24", is the event's day of the year too)


def _past_of_phrase(ws: tuple[Word, ...], k: int) -> int:
    """'a report in February on the cause of the crash': from the "of" at word k, back past its noun (up to three
    words, a determiner included) to the word before it, where a topic preposition may stand; else k."""
    if k < 2 or ws[k].norm != "of":
        return k
    j = k - 1
    while j > 0 and k - j <= 3 and ws[j].norm not in TOPIC_PREPOSITIONS and (
            ws[j].norm not in FUNCTION_WORDS or ws[j].norm in DETERMINERS):
        j -= 1
    return j


def _topic_noun_before(ws: tuple[Word, ...], k: int) -> int | None:
    """The topic noun before the preposition at word k ('talks on'), past the noun's own time, or None."""
    if k < 1 or ws[k].norm not in TOPIC_PREPOSITIONS:
        return None
    n = k - 1
    while n >= 1 and k - n <= 9 and (ws[n].norm in CALENDAR_WORDS or ws[n].norm in TIME_NOUNS
                                     or ws[n].norm in _TIME_LEADS or ws[n].norm.isdigit()
                                     or ws[n].capitalised or _leads_name(ws, n)):
        n -= 1  # "an announcement next week regarding the launch", "a briefing on Friday at Orsk Airport on the
        # crash": the noun's own time and place between them
    if n >= 2 and n < k - 1 and ws[n - 1].norm in ("that", "which") and not ws[n].capitalised:
        n -= 2  # "a trial that opens on Monday over the crash": the noun's relative verb and its time
    return n if ws[n].norm in TOPIC_NOUNS or ws[n].norm in AFTER_EVENT_NOUNS or ws[n].norm in PROCEEDING_NOUNS \
        else None  # ("a probe into his death")


_WH_WORDS = {"why", "how", "whether", "what", "who", "when", "where", "which"}
_TIME_LEADS = {"next", "last", "this", "on", "in", "early", "late"}
_PLACE_LEADS = {"at", "in", "the"}


def _leads_name(ws: tuple[Word, ...], n: int) -> bool:
    """'at the Orsk Airport': a place preposition or article before a name."""
    return ws[n].norm in _PLACE_LEADS and (ws[n + 1].capitalised or _leads_name(ws, n + 1))


def _relative_to(an: Analysed, hit: Hit, clause: int) -> bool:
    """'the oxygen supply that had 96 hours': a relative clause right after the term describes it; so does a
    predicate coordinated to it with no subject of its own ("the fire that burned 6,900 structures, claimed 12 lives,
    and scorched 23,000 acres")."""
    if _aside_after(an, hit.last, clause):
        return True
    for _ in range(4):
        opening = an.clause.index(clause) if clause in an.clause else -1
        verb = opening + 1 if opening >= 0 and an.words[opening].norm == "and" else opening
        if opening < 1 or verb >= len(an.words) or not _past(an.words[verb]) \
                or not ("," in _gap(an, opening) or an.words[opening].norm == "and"):
            return False
        clause = an.clause[opening - 1]  # the clause it continues: a relative clause on the term?
        base = an.clause.index(clause)
        if an.words[base].norm in RELATIVE_PRONOUNS and _aside_after(an, hit.last, clause):
            return True
    return False


def _aside_after(an: Analysed, last: int, clause: int) -> bool:
    """Is ``clause`` a relative clause or an aside describing the noun ending at word ``last``?"""
    opening = an.clause.index(clause) if clause in an.clause else -1
    if opening != last + 1 and not _place_phrase_between(an, last, opening) and not _dashed_between(an, last, opening):
        return False
    between = _gap(an, opening)
    term = an.words[last]
    if an.words[opening].norm == "that" and (_past(term) or term.norm in REPORTING_VERBS):
        return False  # "Alpha revealed that the lander would launch on 2 May": what is revealed, no relative clause
    return ((an.words[opening].norm in RELATIVE_PRONOUNS and between.strip() in ("", ",", "—", "–", "--"))
            or (an.words[opening].norm in _SUBJECT_PRONOUNS and between == " ")  # "the company he co-founded in 2015"
            or _participle_aside(an.sentence.text, an.words, opening, between)  # "the report, published on 3 May,"
            or _appositive_aside(an.sentence.text, an.words, opening, between))  # "Orsk, the Elm-based firm that ...,"


def _dashed_between(an: Analysed, last: int, opening: int) -> bool:
    """'Religious Zionism – headed by Orsk – which earned 14 seats': an aside in dashes between a noun and its
    relative clause leaves the relative clause the noun's."""
    return (last + 1 < opening <= last + _APPOSITION_MAX and _DASH.fullmatch(_gap(an, last + 1)) is not None
            and _DASH.fullmatch(_gap(an, opening)) is not None
            and not any(_DASH.fullmatch(_gap(an, j)) for j in range(last + 2, opening)))


_DASH = re.compile(r"\s+(?:–|—|--)\s+")
# A dash with a space on each side, which parts a list item's name from its figure ("the Left Party – 69 seats")
SPACED_DASHES = (" - ", " – ", " — ", " -- ")


def _place_phrase_between(an: Analysed, last: int, opening: int) -> bool:
    """'the government in Dhaka, led by Orsk', 'the incident aboard Alaska Airlines Flight 1282, which occurred on 5
    January': a short phrase of place (a name, its numbers included) between a noun and its aside leaves the aside
    the noun's."""
    ws = an.words
    return (1 < opening - last <= 6 and ws[last + 1].norm in LOCATIVE_PREPOSITIONS
            and all(ws[j].capitalised or ws[j].norm in DETERMINERS or ws[j].norm.isdigit() and ws[j - 1].capitalised
                    for j in range(last + 2, opening))
            and not any(_gap(an, j).strip() for j in range(last + 1, opening)))


def _before_clause(an: Analysed, clause: int) -> int:
    opening = an.clause.index(clause)
    return an.clause[opening - 1] if opening else -1


def _after_clause(an: Analysed, clause: int) -> int:
    """The clause that follows the opening phrase: 'On 9 November, [the ceasefire was signed]'."""
    if an.main >= 0:
        return an.main
    start = an.clause.index(clause)  # once, not for every word after it
    return next((c for c in an.clause[start + 1:] if c != clause), -1)


def _relative_to_value(an: Analysed, last: int | None, hit: Hit) -> bool:
    """'Erdogan, who has declared a state of emergency', 'Alpha Co., the firm whose lines failed': the value (or its
    apposition) is the relative clause's antecedent."""
    if last is None or last + 1 >= len(an.words):
        return False
    opening = _past_described_apposition(an, last + 1)
    return (an.words[opening].norm in RELATIVE_PRONOUNS and an.clause[hit.first] == an.clause[opening]
            and an.sentence.text[an.words[opening - 1].end:an.words[opening].start].strip() in ("", ","))


def _past_described_apposition(an: Analysed, k: int) -> int:
    """', the firm whose ...': past an apposition (a determiner and up to three plain words) whose relative clause
    follows it, to that clause's pronoun; else k."""
    ws = an.words
    if _gap(an, k).replace(".", "").strip() != "," or ws[k].norm not in DETERMINERS:
        return k  # "Alpha Co., the firm": an abbreviation's full stop ends nothing
    j = _plain_run(an, k + 1, 3)
    return j if k + 1 < j < len(ws) and ws[j].norm in RELATIVE_PRONOUNS and _gap(an, j) == " " else k


def _phrase(an: Analysed, i: int) -> range:
    """The noun phrase starting at word i: up to four words, to the next function word or punctuation (a
    possessive's apostrophe goes on: "the Bryan women's federal prison")."""
    ws, text, j = an.words, an.sentence.text, i
    while j < len(ws) and j - i < 4 and (ws[j].norm not in FUNCTION_WORDS or j > i and _possessive_s(ws, text, j)):
        if j > i and (text[ws[j - 1].end:ws[j].start].strip(" -\u00a0") and not _possessive_s(ws, text, j)
                      or _time_adverbial(ws, j)):
            break
        j += 1
    return range(i, j)


def _time_adverbial(ws: tuple[Word, ...], j: int) -> bool:
    """Does a time adverbial open at word j ("last week", "this month", "next year"): no part of a noun phrase before it
    ("signed the 2019 accounts last week")?"""
    return ws[j].norm in ("last", "next", "this") and j + 1 < len(ws) and ws[j + 1].norm in _ADVERBIAL_TIMES


_ADVERBIAL_TIMES = {"week", "month", "year", "weekend", "night", "morning", "evening", "afternoon", "summer", "winter",
                    "spring", "autumn", "fall"} | set(WEEKDAYS)


def _possessive_s(ws: tuple[Word, ...], text: str, j: int) -> bool:
    """Is word j the "s" of a possessive ("women's", "Aske’s")?"""
    return ws[j].norm == "s" and text[ws[j - 1].end:ws[j].start] in ("'", "’")


def _name_run(an: Analysed, i: int) -> range:
    """Capitalised words right after word i-1 ('Emmanuel Macron', 'of Azerbaijan Ilham Aliyev')."""
    ws, text = an.words, an.sentence.text
    if i >= len(ws) or i == 0 or text[ws[i - 1].end:ws[i].start].strip() or an.clause[i] != an.clause[i - 1]:
        return range(0)  # "elected in Aske and Orsk won": a name opening another clause has no title before it
    start = j = _run_start(ws, i)
    while j < len(ws) and j - start < 5 and _in_name(ws, j):
        if j > start and text[ws[j - 1].end:ws[j].start].strip(" -'’"):
            break
        if ws[j].norm in FUNCTION_WORDS and ws[j].norm not in NAME_PARTICLES:
            break
        j += 1
    if j == start:
        return range(0)  # no capitalised word (most words after a title)
    if any(ws[k].norm in COMPANY_SUFFIXES for k in range(i, j)):
        return range(0)  # "Northwind Ocean Private Ltd", "Beta Corp.": the company's name goes on, no person follows
    return range(i, j) if j > start else range(0)


def _name_run_at(an: Analysed, k: int) -> range:
    """Capitalised words from word k on, joined by 'and'/'of' ('Competition and Markets Authority')."""
    j = k
    while j < len(an.words) and j - k < 6 and (an.words[j].capitalised or (
            an.words[j].norm in ("and", "of") and j + 1 < len(an.words) and an.words[j + 1].capitalised)) \
            and (j == k or not _NAME_BREAK.search(_gap(an, j))):
        j += 1
    return range(k, max(j, k + 1))


_NAME_BREAK = re.compile(r"[,;:()\[\]—–]")  # a name runs on across spaces, "&" and full stops, never past a comma


def _run_start(ws: tuple[Word, ...], i: int) -> int:
    """Where the name itself starts: past 'of' ('of Azerbaijan ...') and 'and' ('President and Founder ...')."""
    j = i
    if ws[j].norm == "of" and j + 1 < len(ws) and ws[j + 1].capitalised:
        j += 1
    if ws[j].norm == "and" and j + 2 < len(ws) and ws[j + 1].capitalised and ws[j + 2].capitalised:
        j += 1  # "President and Founder Mara Lind"
    return j


def _in_name(ws: tuple[Word, ...], j: int) -> bool:
    """A capitalised word, or a particle inside a name ('Ursula von der Leyen')."""
    return ws[j].capitalised or (
        ws[j].norm in NAME_PARTICLES and ws[j].norm != "and" and j + 1 < len(ws) and ws[j + 1].capitalised)


def _name_run_back(an: Analysed, i: int) -> range:
    ws, text, j = an.words, an.sentence.text, i
    while j > 0 and ws[j - 1].capitalised and not text[ws[j - 1].end:ws[j].start].strip(" -'’") \
            and ws[j - 1].norm not in FUNCTION_WORDS:
        j -= 1
    return range(j, i + 1)


def _hit_in(about: list[Hit], run: range) -> bool:
    return any(h.first in run or h.last in run for h in about)


def _words(an: Analysed, run: range) -> str:
    if not run:
        return "another phrase"
    return an.sentence.text[an.words[run.start].start:an.words[run.stop - 1].end]


def _span(an: Analysed, hit: Hit) -> str:
    return an.sentence.text[hit.start:hit.end]
