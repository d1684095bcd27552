"""Does a value found in a sentence belong to what the fact's about-term names?

The rules, in order (each returns a small frozen Decision saying why):
1. Binding: a value written as part of another phrase belongs to that phrase:
   a date or hyphenated number before a noun ("the 2020 ceasefire",
   "the 44-day conflict"), a date after "X of" ("the statement of 9 November"),
   a title right before a name ("French President Emmanuel Macron"), a title
   or age in apposition after a name ("Mara Lind, the CEO", "Oskar, 19,").
   It is attributed when that phrase holds an about-term, and set aside when
   it holds something else.
2. Clause: otherwise the value is attributed when an about-term stands in the
   same clause.  Clauses are cut at subordinators and relative pronouns
   ("before", "after", "which", "that"), at reporting verbs ("said on
   Monday" dates the saying) and at semicolons, dashes and brackets.

Each rule is a named function in VALUE_RULES (dates, numbers) or NAME_RULES
(names), tried in order; the first that decides wins, and its name goes with
the Decision (``python -m checks explain`` shows it).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, replace

from .match import Hit
from .model import Mention, Sentence
from .money import MONEY_WORDS, is_money
from .lang.calendar import CALENDAR_WORDS, SEASONS, TIME_NOUNS
from .lang.grammar import NOUN_PHRASE_OPENERS as DETERMINERS
from .lang.grammar import (AUXILIARIES, COMPLEMENT_VERBS, DEMONYM_ENDINGS, DEMONYMS, FUNCTION_WORDS, GERUND_OPENERS,
                           INTRO_PREPS, NEW_SUBJECT, NON_RESTRICTIVE, RELATIVE_PRONOUNS, TEMPORAL_PREPS)
from .lang.grammar import DIMENSION_ADJECTIVES, DIMENSION_NOUNS, POSITION_QUALIFIERS
from .lang.grammar import COMPANY_SUFFIXES, FRONTED_SUBORDINATORS, INFINITIVE_SHARERS, IRREGULAR_PAST, SUCCESSION_VERBS
from .lang.grammar import ANOTHER_THING, SUPERLATIVES
from .lang.grammar import ROUTE_PREPOSITIONS, ROUTE_ROLE_WORDS, OTHER_INSTANCE
from .lang.grammar import COMPLEMENT_PREPOSITIONS, EVENT_ASPECTS
from .lang.grammar import COPULAS, LOCATIVE_PREPOSITIONS, PLACE_NOUNS, SUBJECT_PLACE_PREPOSITIONS
from .lang.grammar import COMPARATIVES, CONFORMITY_NOUNS, CONTRASTS, NEGATIONS, NOT_DENIALS, REPORTED_PRONOUNS, SPAN_WORDS
from .lang.grammar import BEFORE_AUDIENCES, NOT_TEMPORAL_BEFORE, TEMPORAL_RELATIONS
from .lang.numbers import ONES, TENS, UNITS
from .lang.titles import TITLES
from .lang.grammar import CHANGE_WORDS, COMPARED, COMPARISON_VERBS, FORECAST_WORDS, GAP_PHRASES, GAP_WORDS, WHOLE_OPENERS
from .lang.grammar import TOPIC_NOUNS, TOPIC_PREPOSITIONS, CLAUSE_OPENERS, MEASURE_QUALIFIERS, NAME_PARTICLES, REPORTING_VERBS
from .words import Word, normalise

COMMA_WEIGHT = 4
MAX_DISTANCE = 20  # words between a value and the term it describes, within one clause
_CLAUSE_PUNCT = re.compile(r"[;:()\[\]—–]|\s-\s|\s\ufffd\s")
_SPACED_DASH = re.compile(r"\s[—–\-\ufffd]\s|—")  # a dash around an aside (U+FFFD: a dash lost in decoding)
_IN_PLACE = re.compile(r",?\s+(?:in|at)\s+(?=[A-Z])")  # ", in Prague" after a date
_APPOSITION = re.compile(r"\s*,\s*(?:(?:the|a|an|its|his|her|their)\s+)?(?:[a-z0-9][\w’'-]*\s+){0,4}\Z")


@dataclass(frozen=True)
class Decision:
    attached: bool
    why: str
    rule: str = ""  # the name of the rule that decided


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

    def is_reference(self, i: int) -> bool:
        return bool(self.words) and self.clause[i] in self.reference

    def index_at(self, offset: int) -> int:
        """The word at or before a character offset."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def index_after(self, offset: int) -> int:
        """The first word starting at or after a character offset."""
        return bisect_right(self.starts, offset - 1)


def analyse(sentence: Sentence, words: tuple[Word, ...]) -> Analysed:
    clause, weak, fresh, reference = _clauses(sentence.text, words)
    clause, intro = _intro(sentence.text, words, clause, fresh)
    clause, intro, reference = _fronted_addition(sentence.text, words, clause, intro, reference, fresh + 3)
    clause, main = _past_aside(sentence.text, words, clause, intro, fresh + 2)
    clause = _fronted(sentence.text, words, clause, fresh + 2)
    return Analysed(sentence, words, tuple(clause), tuple(w.start for w in words), frozenset(weak), intro,
                    frozenset(reference), main)


_BRACKETED = re.compile(r"\(([^()\d,;:.!?\"“”]{1,40})\)")


def _unbracket_glosses(text: str) -> str:
    """'the "Iron" (Steel Town) mayor', 'the port authority (PAX) said': a bracket holding a short gloss
    (a name or noun, no verb, no number) stands in apposition to the word before it; it cuts no clause."""
    def gloss(m: re.Match) -> str:
        ws = m.group(1).split()
        plain = 1 <= len(ws) <= 4 and not any(w.lower() in (FUNCTION_WORDS | AUXILIARIES) - {"of", "and", "the"} for w in ws)
        return " " + m.group(1) + " " if plain else m.group()
    return _BRACKETED.sub(gloss, text) if "(" in text else text


def _clauses(text: str, words: tuple[Word, ...]) -> tuple[list[int], list[int], int, list[int]]:
    """Each word's clause number, the participle clauses, the last clause number used, the comparison references."""
    text = _unbracket_glosses(text)
    clause, weak, outside, reference = [], [], [], []
    current = fresh = 0
    negated = dash_open = False
    relative_open: list[int] = []  # the clause a non-restrictive relative clause (", who ...,") interrupts
    for i, w in enumerate(words):
        between = text[words[i - 1].end:w.start] if i else ""
        dash = bool(_SPACED_DASH.search(between))
        if outside and _resumes(between, dash, dash_open):
            current = outside.pop()  # after a bracket or a dashed aside the interrupted clause goes on
            dash_open = False if dash else dash_open
        elif relative_open and _closes_relative(between, w):
            current, relative_open = relative_open.pop(), []  # "Mr Orsk, who was arrested in May, spoke"
        elif i:
            if dash:
                outside.append(current)
                dash_open = True
            participle, compared = _participle(w, between), _comparison_opens(words, i)
            if "(" in between and ")" not in between:
                outside.append(current)
            if participle or compared or _cuts(words, i, between, negated):
                relative_open = [current] if _opens_relative(between, w) else relative_open
                fresh += 1
                current, negated = fresh, False
                (reference if compared else weak if participle else []).append(current)
        negated = negated or w.norm in ("not", "no", "never")
        clause.append(current)
    return clause, weak, fresh, reference


def _cuts(words: tuple[Word, ...], i: int, between: str, negated: bool) -> bool:
    """Punctuation, a subordinator or a reporting verb before word i starts a new clause."""
    return bool(_CLAUSE_PUNCT.search(between)) or words[i].norm in REPORTING_VERBS or _opens_clause(words, i, between, negated)


def _opens_relative(between: str, w: Word) -> bool:
    """', who ...', ', which ...': a non-restrictive relative clause, an aside that ends at its comma."""
    return "," in between and w.norm in NON_RESTRICTIVE and not _CLAUSE_PUNCT.search(between)


def _closes_relative(between: str, w: Word) -> bool:
    """The comma that ends a non-restrictive relative clause: the interrupted clause goes on after it
    (not before a list's 'and'/'or', which continues the relative clause)."""
    return "," in between and w.norm not in ("and", "or") and not _CLAUSE_PUNCT.search(between)


def _comparison_opens(words: tuple[Word, ...], i: int) -> bool:
    """'eclipsing the 2016 purchase of X for $26bn', 'shy of the sale price', 'compared with 2019':
    a comparison's reference; its terms and values are the other thing's.  So is another thing added beside
    the subject ('in addition to its $5 million grant') and what a superlative outdoes ('the deadliest storm
    since the 1990 flood')."""
    w, nxt = words[i].norm, words[i + 1].norm if i + 1 < len(words) else ""
    return (w in COMPARISON_VERBS or (w in GAP_WORDS and nxt == "of")
            or (w in COMPARED and nxt in ("with", "to")) or _another_thing(words, i)
            or (w == "since" and any(_superlative(x) for x in words[max(0, i - 5):i])))


_ANOTHER_THING = tuple(tuple(p.split()) for p in ANOTHER_THING)


def _phrase_at(words: tuple[Word, ...], i: int, phrases: tuple[tuple[str, ...], ...]) -> tuple[str, ...] | None:
    """The first of ``phrases`` (word tuples) written from word i on, or None."""
    first = words[i].norm
    for p in phrases:
        if p[0] == first and tuple(w.norm for w in words[i:i + len(p)]) == p:
            return p
    return None


def _another_thing(words: tuple[Word, ...], i: int) -> bool:
    """'in addition to', 'besides', 'apart from' at word i, before a noun phrase."""
    p = _phrase_at(words, i, _ANOTHER_THING) if i + 1 < len(words) else None
    return p is not None and i + len(p) < len(words)


def _superlative(w: Word) -> bool:
    return w.norm in SUPERLATIVES or (w.norm.endswith("iest") and len(w.norm) > 5)


def _resumes(between: str, dash: bool, dash_open: bool) -> bool:
    """A closing bracket, or the dash closing a dashed aside: the interrupted clause goes on."""
    return (")" in between and "(" not in between) or (dash and dash_open)


def _participle(w: Word, between: str) -> bool:
    """', killing 40', ', with 40 dead': a participle phrase after a comma."""
    return "," in between and (w.norm in ("with", "including", "according")
                               or (w.norm.endswith("ing") and len(w.norm) > 5))


def _opens_clause(words: tuple[Word, ...], i: int, between: str, negated: bool) -> bool:
    """Does word i open a new clause (a subordinator, a coordinated verb phrase, a bare complement)?"""
    w = words[i]
    opener = w.norm in CLAUSE_OPENERS and not (  # "after diving on June 18" stays with its event
        i + 1 < len(words) and words[i + 1].norm.endswith("ing") and w.norm in GERUND_OPENERS) \
        and not _preposition(words, i)
    if w.norm in ("and", "or") and i + 1 < len(words) and (
            words[i + 1].norm in AUXILIARIES or ("," in between and words[i + 1].norm in NEW_SUBJECT)
            or _coordinated_predicate(words, i) or _coordinated_subject(words, i)):
        opener = True  # "missing on 18 June and was declared imploded on 22 June"; ", and the truce ..."
    if (words[i - 1].norm in COMPLEMENT_VERBS and w.norm not in FUNCTION_WORDS - DETERMINERS
            and any(x.norm in AUXILIARIES for x in words[i + 1:i + 4])):
        opener = True  # "confirmed [that] Mr Brandt was on board": a clause without its "that"
    if w.norm == "as" and _temporal_as(words, i):
        opener = True  # "crashed on 20 May as it was preparing to land": "as" with a subject and verb is a subordinator
    if w.norm == "but" and negated:
        opener = False  # "was not an aftershock, but a fresh tremor of 7.5": one subject
    return opener


def _temporal_as(words: tuple[Word, ...], i: int) -> bool:
    """'as it was preparing to land', 'as the crowd watched': 'as' then a subject (a pronoun, or a determiner
    and up to two words) then its verb opens a clause; 'as a result', 'served as the chief' do not."""
    j = i + 1
    if j >= len(words) or words[j].norm not in NEW_SUBJECT:
        return False
    subject_pronoun = words[j].norm in _SUBJECT_PRONOUNS
    for k in range(j + 1, min(j + (2 if subject_pronoun else 4), len(words))):
        if words[k].start - words[k - 1].end > 1:
            return False
        if words[k].norm in AUXILIARIES or _past(words[k]):
            return True
    return False


_PREPOSITIONAL = {"after", "before", "since", "until", "till"}
_SUBJECT_PRONOUNS = {"i", "we", "you", "he", "she", "it", "they", "there"}


def _preposition(words: tuple[Word, ...], i: int) -> bool:
    """'after soccer practice on June 23', 'have been trapped since June 23': after/before/until before a noun
    phrase with no verb of its own is a preposition, not a subordinator; its phrase stays in the clause ("since"
    only after a state that lasts, "has been closed since", "who have closed the road since")."""
    if words[i].norm not in _PREPOSITIONAL:
        return False
    if words[i].norm == "since" and not any(w.norm in ("been", "has", "have", "had") for w in words[max(0, i - 12):i]):
        return False  # "the worst since 1990", "its first win since 2010": a span's start, not the event's time
    if any(w.norm == "since" for w in words[max(0, i - 4):i]):
        return False  # "first leader since 2010 after the victory": the span's phrase ends here
    for k, w in enumerate(words[i + 1:i + 7], i + 1):
        if w.norm in CLAUSE_OPENERS or w.norm in ("and", "or") or w.start - words[k - 1].end > 1:
            return True  # the phrase ends at a clause opener or a punctuation mark ("since 5 May, said")
        if w.norm in _SUBJECT_PRONOUNS or w.norm in AUXILIARIES or w.norm in REPORTING_VERBS or _past(w):
            return False
    return True


def _past(word: Word) -> bool:
    return not word.capitalised and (word.norm in IRREGULAR_PAST or (word.norm.endswith("ed") and len(word.norm) > 3))


def _coordinated_predicate(words: tuple[Word, ...], i: int) -> bool:
    """'introduced in 2022 and used for the first time in 2024', 'owned by A and operated by B':
    a second past verb after something of the first's ('signed and ratified' share their values)."""
    return _past(words[i + 1]) and not _past(words[i - 1])


def _coordinated_subject(words: tuple[Word, ...], i: int) -> bool:
    """'Lind was elected in Aske and Orsk won in Tindra': 'and', a name and its verb start a clause."""
    j = i + 1
    while j < len(words) and j - i <= 4 and words[j].capitalised:
        j += 1
    return (i + 1 < j < len(words) and words[j].start - words[j - 1].end == 1
            and (_past(words[j]) or words[j].norm in AUXILIARIES)
            and any(_past(w) or w.norm in AUXILIARIES for w in words[max(0, i - 15):i]))  # not "A and B held talks"


def _fronted(text: str, words: tuple[Word, ...], clause: list[int], fresh: int) -> list[int]:
    """'While the Senate approved the bill, the court blocked it in June': a fronted subordinate
    clause ends at its first comma, and covers nothing after it."""
    if not words or words[0].norm not in FRONTED_SUBORDINATORS:
        return clause
    comma = text.find(",", words[0].end)
    cut = next((k for k, w in enumerate(words) if w.start > comma), None) if comma > 0 else None
    if cut is None or cut > 20:
        return clause
    opening = clause[0]
    return clause[:cut] + [fresh + 1 if c == opening else c for c in clause[cut:]]


def _intro(text: str, words: tuple[Word, ...], clause: list[int], fresh: int) -> tuple[list[int], int]:
    """An opening phrase "During the 44-day conflict," is a clause of its own: (clauses, its number or -1)."""
    if not words or words[0].norm not in INTRO_PREPS:
        return clause, -1
    comma = text.find(",", words[0].end)
    cut = next((k for k, w in enumerate(words) if w.start > comma), None) if comma > 0 else None
    if cut is None or cut > 12 or len(set(clause[:cut])) != 1:
        return clause, -1
    intro = clause[0]
    return clause[:cut] + [fresh + 1 if c == intro else c for c in clause[cut:]], intro


def _fronted_addition(text: str, words: tuple[Word, ...], clause: list[int], intro: int, reference: list[int],
                      fresh: int) -> tuple[list[int], int, list[int]]:
    """'In addition to its $5 million grant, the city will pay $40 million': an opening phrase adding another
    thing, up to its comma, is a reference of its own; it covers nothing after it."""
    if not _another_thing(words, 0):
        return clause, intro, reference
    if intro >= 0:
        return clause, -1, [*reference, intro]
    comma = text.find(",", words[0].end)
    cut = next((k for k, w in enumerate(words) if w.start > comma), None) if comma > 0 else None
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
    after = next((k for k, w in enumerate(words) if w.start > comma), None) if comma > 0 else None
    if after is None or after - cut > 12 or _CLAUSE_PUNCT.search(text, words[cut].start, comma):
        return clause, -1
    if not any(w.norm in CLAUSE_OPENERS for w in words[cut:after]) or clause[after] != clause[after - 1]:
        return clause, -1
    aside = clause[after - 1]
    return clause[:after] + [fresh if c == aside else c for c in clause[after:]], fresh


# ------------------------------------------------------------------ the rules, in order
# Each rule returns a Decision when it applies, or None to pass to the next; the first that decides wins.
# The last rule of each tuple always decides.  A rule's name is its function's name (explain shows it).


def _unit_end(an: Analysed, mention: Mention) -> int:
    """The word after a number's unit word ("44-day [war]", "7.8 magnitude [quake]", "$69 billion [deal]")."""
    if _unit_inside(mention):
        return an.index_after(mention.end)
    return an.index_after(mention.end + 1) + 1


def _unit_inside(mention: Mention) -> bool:
    """A sign or currency read with the number ("60%", "$69 billion"): no unit word follows."""
    return mention.kind == "number" and (mention.unit == "%" or is_money(mention.unit))


def _has_unit(mention: Mention) -> bool:
    return mention.kind == "number" and bool(mention.unit)


def _alternation(phrases) -> str:
    return "|".join(p.replace(" ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


def number_in_name(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Aster 310 trains', 'Train 880', 'the 310-2 trains', 'Mark-4 engines': a numeral right after a capitalised
    name word (or hyphen-joined to such a numeral) is part of the name, an identifier, not a count."""
    if mention.kind != "number" or _unit_inside(mention) or mention.approx or mention.text[:1].islower():
        return None  # a number in words is a name's only in capitals ("Route One"; not "told Radio Norland six died")
    if an.sentence.text[mention.end:mention.end + 1] == "-" and normalise(mention.unit) in UNITS:
        return None  # "the Aske 93-metre tower": a measure joined to its unit is no identifier
    k = an.index_at(mention.start)
    if an.words[k].start >= mention.start:
        k -= 1
    if not _name_before_number(an, k, mention.start) or _title_case(an):
        return None
    return Decision(False, f"is part of the name '{an.sentence.text[an.words[k].start:mention.end]}'")


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
    plural = w.norm.endswith("s") and not w.norm.endswith("ss")  # "gave the Greens 44 seats": a group, no model
    return (w.capitalised and not plural and w.norm not in FUNCTION_WORDS and w.norm not in CALENDAR_WORDS
            and w.norm not in MONEY_WORDS)


def _title_case(an: Analysed) -> bool:
    """A headline in title case ('Airline Grounds 65 Planes'): capitals say nothing about names there."""
    plain = [w for w in an.words if w.norm not in FUNCTION_WORDS and not w.norm[:1].isdigit()]
    return len(plain) >= 3 and sum(w.capitalised for w in plain) > 0.7 * len(plain)


def compared_with(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'eclipsing its 2016 purchase of Brenna for $1.1 billion', 'compared with 2019': a value in a
    comparison's reference belongs to the other thing compared."""
    if an.is_reference(an.index_at(mention.start)):
        return Decision(False, "belongs to what it is compared with")
    return None


_GAP_AFTER = re.compile(r"\s+(?:" + _alternation(GAP_PHRASES) + r")\b", re.IGNORECASE)


def difference(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'$13 shy of the price', '5 points below the target': a number before a comparison states a gap."""
    if mention.kind != "number":
        return None
    m = _GAP_AFTER.match(an.sentence.text, mention.end)
    if not m and mention.unit and not _unit_inside(mention):  # "5 points below"
        m = _GAP_AFTER.match(an.sentence.text, an.words[min(len(an.words) - 1, an.index_after(mention.end))].end)
    if m:
        return Decision(False, "states a difference, not the value")
    return None


_SHARE_OF = re.compile(r"\s*(?:%|\s(?:per\s?cent|percent))?\s+of\s+", re.IGNORECASE)


def part_of_whole(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """A part and its whole: '4% of those who stayed away' is a share of its own of-phrase; in '1,900 roles out
    of the 22,000 people', '12 of the 40 seats' the number after 'out of'/'of the' is the whole, set aside."""
    return _share_of(an, mention, about) or _whole(an, mention)


def _share_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'4% of those who stayed away': a share counts its own of-phrase."""
    if not (mention.kind == "number" and (mention.unit == "%" or mention.unit.lower() in ("percent", "per"))):
        return None
    end = mention.end if mention.unit == "%" else an.words[an.index_after(mention.end)].end
    m = _SHARE_OF.match(an.sentence.text, end)
    if not m or m.end() >= len(an.sentence.text):
        return None
    start = an.index_after(m.end())
    while start + 1 < len(an.words) and an.words[start].norm in DETERMINERS:
        start += 1
    head = _phrase(an, start) or range(start, start + 1)  # "of those who stayed home": the pronoun
    if _hit_in(about, head):
        return Decision(True, f"is a share of '{_words(an, head)}'")
    return Decision(False, f"is a share of '{_words(an, head)}', not of the subject")


_CHANGE_BEFORE = re.compile(r"\b(?:" + _alternation(CHANGE_WORDS) + r")(?:\s+by)?\s+(?:about\s+|around\s+|some\s+|nearly\s+|"
                            r"almost\s+|over\s+|more\s+than\s+)?\S*\Z", re.IGNORECASE)
_TO_AFTER = re.compile(r"\s*[^\W\d_]*\s+to\s+(?:about\s+|around\s+)?[$€£]?\d", re.IGNORECASE)


def change_and_level(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'down 250 seats to 121', 'rose by 3% to 12%': the first number is the change, the one after 'to' the level."""
    if mention.kind != "number":
        return None
    text = an.sentence.text
    if _CHANGE_BEFORE.search(text, max(0, mention.start - 30), mention.start) and _TO_AFTER.match(text, mention.end):
        return Decision(False, "states a change; the level follows 'to'")
    return None


_WHOLE_BEFORE = re.compile(r"\d[\d,.]*\s*%?\s*(?:[^\W\d_]+\s+){0,2}(?:" + _alternation(WHOLE_OPENERS)
                           + r")\s+(?:(?:the|its|their|our|his|her)\s+|a\s+total\s+of\s+)?\S?\Z", re.IGNORECASE)


def _whole(an: Analysed, mention: Mention) -> Decision | None:
    """'1,900 roles out of the 22,000 people', '12 of the 40 seats': the number after 'out of' is the whole."""
    m = mention.kind == "number" and _WHOLE_BEFORE.search(an.sentence.text, max(0, mention.start - 40), mention.start)
    if m and not _day_of_month(an, m.start()):  # "the May 6 sale of 40 ferries": 6 is a day, no part
        return Decision(False, "is the whole the number before it is part of")
    return None


def _day_of_month(an: Analysed, start: int) -> bool:
    k = an.index_at(start)
    return k >= 1 and an.words[k - 1].norm in CALENDAR_WORDS


_FORECAST = re.compile(r"\b(?:" + _alternation(FORECAST_WORDS) + r")\b[^;—–]*\Z", re.IGNORECASE)


def forecast(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The poll predicted the party would win 410 seats': a forecast's figure is not a result."""
    if mention.kind == "number" and _FORECAST.search(an.sentence.text, 0, mention.start):
        return Decision(False, "is a forecast, not a result")
    return None


def measured_quality(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'300 metres long', '96 hours of oxygen supply': a measure qualifier names what is measured."""
    ws, text = an.words, an.sentence.text
    unit_end = _unit_end(an, mention) if _has_unit(mention) else len(ws)
    if unit_end >= len(ws) or ws[unit_end].norm not in MEASURE_QUALIFIERS:
        return None
    stop = unit_end + 1
    while stop < min(len(ws), unit_end + 6) and not ws[stop].norm[:1].isdigit() and \
            ws[stop].norm not in ("and", "or") and not text[ws[stop - 1].end:ws[stop].start].strip():
        stop += 1
    head = range(unit_end, stop)
    if ws[unit_end].norm in POSITION_QUALIFIERS:
        # "3.2 km from the cave entrance": a distance from the cave, not the cave's own length; it is the
        # fact's only when the term says so ("from the wreck", "distance", "away")
        if any(h.first == unit_end or (h.first in head and ws[h.first].norm in POSITION_QUALIFIERS)
               or ws[h.first].norm == "distance" for h in about):
            return Decision(True, f"measures '{_words(an, head)}'")
        return Decision(False, f"is a distance '{_words(an, head)}', not a measure of the subject")
    if _hit_in(about, head):
        return Decision(True, f"measures '{_words(an, head)}'")
    return Decision(False, f"measures '{_words(an, head)}', not the subject")


_DIMENSION_BEFORE = re.compile(r"\b(?P<noun>" + "|".join(sorted(DIMENSION_NOUNS)) + r")\s+of\s+(?:about\s+|around\s+|some\s+|"
                               r"nearly\s+|almost\s+|over\s+|roughly\s+|more\s+than\s+|up\s+to\s+)?\S*\Z", re.IGNORECASE)


def dimension_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'a length of 300 m and a width of 48 m': a measure after 'DIMENSION of' is that dimension; it is set
    aside when the term asks for another one ('long', 'length' against 'a width of')."""
    m = mention.kind == "number" and _DIMENSION_BEFORE.search(an.sentence.text, max(0, mention.start - 40), mention.start)
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
    """'the 44-day war': a hyphenated number and unit modify the noun after them."""
    if not _has_unit(mention) or an.sentence.text[mention.end:mention.end + 1] != "-":
        return None
    return _premodifier(an, _unit_end(an, mention), about, mention)


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


def date_modifier(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the 2020 ceasefire', 'Monday's earthquakes': a date right before a noun, plain or possessive, modifies it."""
    if mention.kind != "date":
        return None
    after = an.index_after(mention.end)
    head = _phrase(an, after) if mention.text.endswith(("'s", "’s")) else None
    if head:
        return Decision(_hit_in(about, head), f"dates '{_words(an, head)}'")
    if not _touches(an.sentence.text, mention.end, an.words, after):
        return None
    return _premodifier(an, after, about, mention)


def date_of(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'the statement of November 9, 2020' dates the statement."""
    if mention.kind != "date":
        return None
    i = an.index_at(mention.start)
    if an.words[i].start >= mention.start:
        i -= 1
    if i < 1 or an.words[i].norm != "of":
        return None
    noun = an.words[i - 1]
    if noun.norm in TIME_NOUNS:
        return None
    owner = [h for h in about if h.last == i - 1]
    if owner:
        return Decision(True, f"dates '{_span(an, owner[0])}'")
    if noun.norm in FUNCTION_WORDS:
        return None
    return Decision(False, f"dates '{noun.text}', not the subject")


def number_in_apposition(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Oskar, 19,' gives Oskar's age."""
    if mention.kind != "number":
        return None
    text, i = an.sentence.text, an.index_at(mention.start)
    if an.words[i].start >= mention.start:
        i -= 1
    if i < 0 or not an.words[i].capitalised or text[an.words[i].end:mention.start].strip() != ",":
        return None
    if text[mention.end:mention.end + 1] not in (",", ")", ";", ".", "") and mention.end < len(text):
        return None
    run = _name_run_back(an, i)
    if _hit_in(about, run):
        return Decision(True, f"is given for {_words(an, run)}")
    return Decision(False, f"is given for {_words(an, run)}, not the subject")


_RESTATED = re.compile(r"\w\s*[(\[]\s*(?:about|around|some|roughly|approximately|or|nearly)?\s*\Z", re.IGNORECASE)


def restated_amount(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'Rs 4,100 crore (US$500 million)', 'on Thursday (July 19)': an amount or a date in brackets right after another
    restates the same sum or day, and goes where that one goes."""
    money = mention.kind == "number" and is_money(mention.unit)
    if not (money or mention.kind == "date"):
        return None
    m = _RESTATED.search(an.sentence.text, max(0, mention.start - 20), mention.start)
    if not m:
        return None
    before = an.index_at(m.start())
    w = an.words[before]
    if not (w.norm[:1].isdigit() or (w.norm in MONEY_WORDS if money else w.norm in CALENDAR_WORDS)):
        return None
    if money:
        decision = _same_clause(an, before, about)
        return replace(decision, why=f"restates the amount before it, which {decision.why}")
    text = an.sentence.text
    close = re.match(r"\s*[)\]]", text[mention.end:])
    end = mention.end + close.end() if close else mention.end
    moved = replace(mention, start=w.start, end=end, text=text[w.start:end])  # "Monday (June 12)": decided as one date
    decision = first_decision(VALUE_RULES, an, moved, about)
    return replace(decision, why=f"restates the date before it, which {decision.why} [{decision.rule}]")


_MEASURE_BRACKET = re.compile(r"\(\s*(?:[a-z]+ing\s+)?(?:about|around|some|nearly|over|roughly|approximately)?\s*\Z",
                              re.IGNORECASE)


def bracketed_measure(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'a lander (1,723.89 kg) and a rover (26 kg)', 'a module (weighing 2,148 kg)': a bracket holding only a
    measure gives the measure of the noun right before it."""
    text = an.sentence.text
    if mention.kind != "number" or not mention.unit:
        return None
    m = _MEASURE_BRACKET.search(text, max(0, mention.start - 30), mention.start)
    if not m or m.start() == 0:
        return None
    close = text.find(")", mention.end)
    if close < 0 or close > mention.end + len(mention.unit) + 3:
        return None
    k = an.index_at(m.start() - 1)
    if not text[an.words[k].end:m.start()].strip() == "" or an.words[k].norm in FUNCTION_WORDS:
        return None
    if any(h.first <= k <= h.last for h in about):
        return Decision(True, f"is the measure of '{an.words[k].text}'")
    return Decision(False, f"is the measure of '{an.words[k].text}', not the subject")


def date_when(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'ending on 11 July, when all 13 were brought out': a when-clause right after a date tells what
    happened at that date."""
    k = an.index_after(mention.end)
    if mention.kind != "date" or k >= len(an.words) or an.words[k].norm != "when" \
            or an.sentence.text[mention.end:an.words[k].start].strip() not in ("", ","):
        return None
    inside = [h for h in about if an.clause[h.first] == an.clause[k]]
    if inside:
        return Decision(True, f"is the time of the when-clause holding '{_span(an, inside[0])}'")
    return None


_CLEFT = re.compile(r"\b(?:it|this)\s+(?:was|is|wasn['’]t|isn['’]t|had\s+been|has\s+been|will\s+be)\s+(?:not\s+)?"
                    r"(?:(?:until|till|only|just|not\s+until|only\s+after)\s+)?(?:(?:on|in|at|by|after|since)\s+)?\Z", re.IGNORECASE)
_CLEFT_THAT = re.compile(r"\s*,?\s*(?:that|when)\b", re.IGNORECASE)


def temporal_relation(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'suspended the licences following a collision in 2019', 'toured the port on Monday, ten days after the storm hit': a
    phrase opened by after/following/before/prior to/in response to names another event at another time; a value
    inside it is that event's, a value outside it is not that event's."""
    phrases = _relation_phrases(an)
    if not phrases:
        return None
    own = _phrase_holding(phrases, an.index_at(mention.start))
    if any(_phrase_holding(phrases, h.first) == own for h in about):
        return None
    if own is not None:
        if an.words[own.start].norm in ("after", "before") and not any(
                _past(w) or w.norm in AUXILIARIES for w in an.words[own.start + 1:own.stop]):
            return None  # "disappeared after a picnic on 3 May": a date in a verbless after-phrase may date both
        return Decision(False, f"belongs to the other event '{_words(an, own)}'")
    other = _phrase_holding(phrases, about[0].first)
    return Decision(False, f"'{_span(an, about[0])}' is in '{_words(an, other)}', another event than this value's")


_TEMPORAL = tuple(tuple(p.split()) for p in TEMPORAL_RELATIONS)
_BEFORE_OBJECT = {"nearly", "about", "almost", "just", "some", "only", "over", "more", "than", "around", "roughly",
                  "shortly", "soon", "days", "weeks", "hours", "months", "years"}


def _phrase_holding(phrases: list[range], k: int) -> range | None:
    return next((p for p in phrases if k in p), None)


def _relation_phrases(an: Analysed) -> list[range]:
    """The temporal relation phrases of the sentence: from 'after'/'following'/... to the next comma, bracket,
    dash or subordinator (a relative clause in it describes the other event and stays in it)."""
    ws, spans, k = an.words, [], 0
    while k < len(ws):
        p = _phrase_at(ws, k, _TEMPORAL)
        if p is None:
            k += 1
            continue
        obj = k + len(p)
        if _relation_object(an, k, obj):
            end = obj
            while end + 1 < len(ws) and not _ends_relation(an, end + 1):
                end += 1
            spans.append(range(k, end + 1))
        k = obj
    return spans


def _ends_relation(an: Analysed, j: int) -> bool:
    between, w = _gap(an, j), an.words[j]
    return ("," in between or bool(_CLAUSE_PUNCT.search(between)) or bool(_SPACED_DASH.search(between))
            or (w.norm in CLAUSE_OPENERS and w.norm not in RELATIVE_PRONOUNS)
            or _phrase_at(an.words, j, _TEMPORAL) is not None)


def _relation_object(an: Analysed, k: int, obj: int) -> bool:
    """Does the relation word at k open a phrase naming another event (not a time: 'after 9 May', 'before
    dawn', 'two days after that'; not 'named after', 'the following day', 'appeared before the court')?"""
    ws = an.words
    if obj >= len(ws) or _gap(an, obj).strip(" \"“'‘"):
        return False
    if k and (ws[k - 1].norm in NOT_TEMPORAL_BEFORE or (ws[k].norm == "following" and ws[k - 1].norm in DETERMINERS | AUXILIARIES)):
        return False
    j = obj
    while j + 1 < len(ws) and (ws[j].norm in DETERMINERS or ws[j].norm in _BEFORE_OBJECT):
        j += 1
    w = ws[j]
    if _time_word(w) or (w.norm in FUNCTION_WORDS and w.norm not in _SUBJECT_PRONOUNS):
        return False
    return not (ws[k].norm == "before" and (w.capitalised or w.norm in BEFORE_AUDIENCES))


def _time_word(w: Word) -> bool:
    """A word that opens a time, not an event: a number, a month or weekday, 'week', 'dawn'."""
    return (w.norm[:1].isdigit() or w.norm in CALENDAR_WORDS or w.norm in TIME_NOUNS or w.norm in SEASONS
            or w.norm in ONES or w.norm in TENS or w.norm in ("dawn", "dusk", "noon", "midnight", "dark"))


def another_instance(an: Analysed, found: Hit | Mention, about: list[Hit]) -> Decision | None:
    """'Another landslide near Orsk also buried 30 homes', 'another quake of magnitude 6.1': a noun phrase opened by
    another/a separate/a second/an earlier names another instance of its kind; a value in it, or in the clause it is
    the subject of when its head or verb is a term, is that instance's, not the one the fact is about."""
    first = found.first if isinstance(found, Hit) else an.index_at(found.start)
    for np, verb in _other_instances(an, about):
        if first in np:
            return Decision(False, f"belongs to another instance: '{_words(an, np)}'")
        subject = verb is not None and an.clause[verb] == an.clause[first] and first > verb and (
            _hit_in(about, np) or _hit_in(about, range(verb, verb + 1)))
        if subject:
            return Decision(False, f"is said of another instance: '{_words(an, np)}'")
    return None


_OTHER = tuple(tuple(p.split()) for p in OTHER_INSTANCE)


def _other_instances(an: Analysed, about: list[Hit]) -> list[tuple[range, int | None]]:
    """Each noun phrase opened by an other-instance determiner ('another landslide near Orsk'), with the verb after it
    when it is its clause's subject (else None); not when the determiner is part of a term ('second quake')."""
    found = []
    for k in range(len(an.words)):
        p = _phrase_at(an.words, k, _OTHER)
        if p is None or _hit_in(about, range(k, k + len(p))):
            continue
        end = _instance_end(an, k + len(p))
        if end > k + len(p):
            found.append((range(k, end), _subject_verb(an, k, end, about)))
    return found


def _instance_end(an: Analysed, head: int) -> int:
    """The end of the noun phrase from word ``head`` (a few plain words), with a place after 'in' ('landslide near Orsk')."""
    ws, end = an.words, head
    while end < len(ws) and end - head < 4 and ws[end].norm not in FUNCTION_WORDS and not _past(ws[end]) \
            and not _gap(an, end).strip() and not ws[end].norm[:1].isdigit():
        end += 1
    if end > head and end + 1 < len(ws) and ws[end].norm in ("in", "at", "near", "on") and ws[end + 1].capitalised:
        end = _name_run_at(an, end + 1).stop
    return end


def _subject_verb(an: Analysed, k: int, end: int, about: list[Hit]) -> int | None:
    """The verb after the noun phrase k..end when the phrase opens its clause (past adverbs: 'also destroyed')."""
    ws, verb = an.words, end
    while verb < len(ws) and (ws[verb].norm in ("also", "then", "later", "too") or ws[verb].norm.endswith("ly")):
        verb += 1
    if verb >= len(ws) or _gap(an, end).strip():
        return None
    if any(an.clause[j] == an.clause[k] and ws[j].norm not in FUNCTION_WORDS for j in range(k)):
        return None  # not the clause's subject
    if _past(ws[verb]) or ws[verb].norm in AUXILIARIES or _hit_in(about, range(verb, verb + 1)):
        return verb
    return None


def event_complement(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'The repair bill from the floods rose to $40 million on 3 May', 'the survey of the flood damage on
    4 May counted', 'Alpha's debt to Beta was $10 million': a noun completing another noun (after 'of'/'from'/'to')
    does not take the clause's date or number; they belong to the head noun and its predicate (not when the head is an
    aspect or a time of the event: 'the outbreak of the war', 'the night of the fire'; nor an act done to it: 'the
    signing of the truce')."""
    i = an.index_at(mention.start)
    own = [h for h in about if an.clause[h.first] == an.clause[i]]
    heads = [_complement_head(an, h, about) for h in own]
    if not own or any(k is None or k < i <= own[n].last for n, k in enumerate(heads)):
        return None
    said = "dates" if mention.kind == "date" else "is said of"
    return Decision(False, f"{said} '{an.words[heads[0]].text}', which '{_span(an, own[0])}' only completes")


def _complement_head(an: Analysed, hit: Hit, about: list[Hit]) -> int | None:
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
    if not _complements(an, k, hit) or not _head_noun(an, k - 1) or _hit_in(about, range(k - 1, k)) or not _subject_with_verb(an, k - 1, hit.last):
        return None
    return k - 1


def _complements(an: Analysed, k: int, hit: Hit) -> bool:
    """Does the term after the preposition at word k complete the noun before it?  Not an infinitive ('its bid to
    land'), nor a name after 'of' ('the territory of Aske': the head names the name itself)."""
    ws, capital = an.words, an.words[hit.first].capitalised
    if ws[k].norm == "to" and k + 1 == hit.first and not capital:
        return False
    return not (ws[k].norm == "of" and capital)


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
    if mention.kind != "date" or not _CLEFT.search(text, max(0, mention.start - 40), mention.start):
        return None
    m = _CLEFT_THAT.match(text, mention.end)
    if not m:
        return None
    k = an.index_after(m.end() - 4)
    inside = [h for h in about if h.first > k and an.clause[h.first] == an.clause[k]]
    if inside:
        return Decision(True, f"is the time of the clefted clause holding '{_span(an, inside[0])}'")
    return Decision(False, f"is the time of the clause after '{an.words[k].text}'")


_FOR_BEFORE = re.compile(r"\bfor\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?\Z", re.IGNORECASE)
_DATE_AFTER_FOR = re.compile(r"\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:"
                             + _alternation(CALENDAR_WORDS) + r")\b|(?:" + _alternation(CALENDAR_WORDS | set(SEASONS))
                             + r")\b|(?:1[89]|20)\d\d\b(?![\s-]*[a-z]))", re.IGNORECASE)


def _event_before_for(an: Analysed, f: int) -> int | None:
    """'called an election for July 4', 'a national election on May 22 for July 4': the noun that the
    'for DATE' at word f sets a time for (past a date phrase between them), or None when a verb governs
    'for' ('waited for May', 'was scheduled for June')."""
    ws, text, k = an.words, an.sentence.text, f - 1
    while k > 0 and (ws[k].norm in CALENDAR_WORDS or ws[k].norm[:1].isdigit() or ws[k].norm in ("on", "of")):
        k -= 1  # "on May 22", "on 22 May 2024"
    if k < 0 or k == f - 1 and text[ws[k].end:ws[f].start].strip():
        return None
    w = ws[k]
    if (w.norm in FUNCTION_WORDS or w.norm in AUXILIARIES or w.norm in REPORTING_VERBS or _past(w)
            or (w.norm.endswith("ing") and len(w.norm) > 4 and not (k and ws[k - 1].norm in DETERMINERS))
            or an.clause[k] != an.clause[f]):  # "a hearing for 3 May" is a noun, "waiting for May" a verb
        return None
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


def target_date(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'called an election for July 4', 'set a hearing for 3 May': a date after 'for' is the time set for
    the noun before it, not the time of the verb; and when a term has such a date of its own, the clause's
    other dates go to the verb ('on May 22 called an election for July 4': 22 May is the calling)."""
    if mention.kind != "date":
        return None
    targets = _for_targets(an)
    if not targets:
        return None
    if _FOR_BEFORE.search(an.sentence.text, max(0, mention.start - 20), mention.start):
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
    here = an.clause[an.index_at(mention.start)]
    own = [h for h in about if an.clause[h.first] == here]
    bound = [h for h in own if any(k in range(h.first, h.last + 1) for k, _ in targets)]
    if own and len(bound) == len(own):
        return Decision(False, f"'{_span(an, bound[0])}' has its own date after 'for'; this one dates the verb")
    return None


def _infinitive_head(an: Analysed, hit: Hit, mention: Mention) -> int | None:
    """'sued to block the deal', 'its failed effort in 2019 to land': the verb or noun whose intended act the
    term's to-infinitive names (past a date between them), or None when the term is no such infinitive or
    the word before 'to' shares its time ('is set to close', 'decided to block')."""
    ws, j = an.words, hit.first - 1
    if j >= 1 and ws[j].norm.endswith("ly") and ws[j - 1].norm == "to":
        j -= 1  # "to successfully land"
    if j >= 1 and ws[j].norm != "to":
        j = _infinitive_before(an, hit.first)  # "to block Northwind from completing the deal"
    if j < 1 or ws[j].norm != "to":
        return None
    k = j - 1
    if mention.end <= ws[j].start and not an.sentence.text[mention.end:ws[j].start].strip():
        k = _word_before_date(an, mention)  # "effort nearly four years ago to land", "sued on Monday to block"
    if k < 0 or an.clause[k] != an.clause[j]:
        return None
    w = ws[k]
    if w.norm in FUNCTION_WORDS or w.norm in AUXILIARIES or w.capitalised:
        return None
    if not _noun_after_determiner(ws, k) and w.norm.startswith(INFINITIVE_SHARERS):
        return None
    return k


def _infinitive_before(an: Analysed, first: int) -> int:
    """The 'to' of a to-infinitive whose phrase (up to five words) holds the word ``first`` ('to block Northwind from
    completing'), or -1."""
    ws = an.words
    for j in range(first - 2, max(0, first - 6), -1):
        if _gap(an, j + 1).strip() or an.clause[j] != an.clause[first]:
            return -1
        if ws[j].norm == "to" and not ws[j + 1].capitalised and ws[j + 1].norm not in FUNCTION_WORDS \
                and not _past(ws[j + 1]):
            return j
    return -1


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
    (and, after a past verb, one inside the infinitive too: 'sued to block the deal on Monday'); not after a
    word that shares its infinitive's time ('is set to close on 13 October', 'decided to block it in April')."""
    if mention.kind != "date":
        return None
    here = an.clause[an.index_at(mention.start)]
    own = [h for h in about if an.clause[h.first] == here]
    if not own:
        return None
    heads = []
    for h in own:
        k = _infinitive_head(an, h, mention)
        if k is None:
            return None
        before = mention.end <= an.words[h.first].start
        if not (before and mention.start < an.words[h.first - 1].start or _past(an.words[k])):
            return None
        heads.append(k)
    return Decision(False, f"dates '{an.words[heads[0]].text}'; '{_span(an, own[0])}' is only its intended act")


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
    if not inside:
        return None
    return Decision(True, f"counts what the relative clause with '{_span(an, inside[0])}' describes")


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
    if j >= len(ws) or ws[j].norm not in NON_RESTRICTIVE | {"that"} or _gap(an, j).strip() not in ("", ","):
        return -1
    if coordinated and _gap(an, j).strip() != ",":
        return -1  # "the 12 sailors and a captain who ...": a restrictive clause describes the captain only
    return j


def _gap(an: Analysed, j: int) -> str:
    return an.sentence.text[an.words[j - 1].end:an.words[j].start]


def _plain_run(an: Analysed, k: int, most: int) -> int:
    """The end of up to ``most`` plain words (no function word, no past verb) from word k, spaced only."""
    ws, j = an.words, k
    while j < len(ws) and j - k < most and _gap(an, j) == " " and ws[j].norm not in FUNCTION_WORDS \
            and not _past(ws[j]):
        j += 1
    return j


def _past_apposition(an: Analysed, j: int) -> int:
    """Past an apposition ', ages 19-40,' at word j (a few words, no verb, up to the next comma); else j."""
    ws = an.words
    if _gap(an, j).strip() != ",":
        return j
    end = next((e for e in range(j + 1, min(j + 5, len(ws))) if _gap(an, e).strip() == ","), -1)
    if end < 0 or ws[end].norm in RELATIVE_PRONOUNS \
            or any(w.norm in FUNCTION_WORDS - DETERMINERS or _past(w) for w in ws[j:end]):
        return j
    return end


def negated(an: Analysed, found: Hit | Mention, about: list[Hit]) -> Decision | None:
    """'It is unclear why Orsk isn't scheduled to testify', 'the council did not sign the lease on 3 May': a clause
    whose verb is negated does not state that its name or value holds: set aside, never a difference.  The negation
    reaches to a subordinator, a contrast or a participle after a noun ('not a storm, but a flood of 3 May', 'did not
    believe the report published on 3 May'); a focus or a bound is no denial ('not until 3 May', 'not more than 40'),
    nor is a span of the negated state ('did not sail for 12 days')."""
    first = found.first if isinstance(found, Hit) else an.index_at(found.start)
    here = an.clause[first]
    if isinstance(found, Mention) and found.kind == "number" and _span_before(an, first):
        return None
    for k in range(len(an.words)):
        if an.clause[k] != here or not _denies(an, k):
            continue
        scope = _negation_scope(an, k)
        if first in scope and any(h.first in scope or h.last in scope for h in about):
            shown = an.sentence.text[an.words[k - 1 if an.words[k].norm == "t" else k].start:an.words[k].end]
            return Decision(False, f"is in a negated clause ('{shown}'): not said to hold")
    return None


def _denies(an: Analysed, k: int) -> bool:
    """Does word k negate its clause's verb ('not', 'never', 'cannot', an auxiliary's "n't"), not a focus or a bound?"""
    ws = an.words
    w = ws[k]
    contraction = w.norm == "t" and k and ws[k - 1].norm.endswith("n") and _gap(an, k) in ("'", "’")
    if not (w.norm in NEGATIONS or contraction):
        return False
    return not (k + 1 < len(ws) and (ws[k + 1].norm in NOT_DENIALS or ws[k + 1].norm in COMPARATIVES))


def _negation_scope(an: Analysed, k: int) -> range:
    """The words a negation at word k denies: its clause, from its start to a subordinator, a contrast or a
    participle after a noun ('the report published on 3 May') after the negation."""
    ws, here = an.words, an.clause[k]
    start = an.clause.index(here)
    stop = k + 1
    while stop < len(ws) and an.clause[stop] == here and ws[stop].norm not in CONTRASTS \
            and ws[stop].norm not in CLAUSE_OPENERS and ws[stop].norm != "as" \
            and not (stop > k + 2 and _past(ws[stop]) and _noun_like(ws[stop - 1]) and not ws[stop - 1].norm.endswith("ly")):
        stop += 1
    return range(start, stop)


def _span_before(an: Analysed, k: int) -> bool:
    """'for 12 days', 'during the next 15 years': a number counting a span."""
    return any(w.norm in SPAN_WORDS for w in an.words[max(0, k - 3):k])


def value_clause(an: Analysed, mention: Mention, about: list[Hit]) -> Decision:
    """Rule 2: attributed when an about-term stands in the value's clause."""
    if mention.kind == "date":
        events = [h for h in about if not _attributive(an, h)]
        if not events:
            return Decision(False, f"'{_span(an, about[0])}' only describes the noun after it, it is not the clause's event")
        about = events
    return _same_clause(an, an.index_at(mention.start), about)


def _attributive(an: Analysed, hit: Hit) -> bool:
    """'the missing team', 'its damaged hull': a one-word participle between a determiner and a noun describes
    the noun; the clause's date is its verb's, not the participle's event.  So does a compound adjective
    holding the term ('the fire-ravaged hall', 'a quake-hit town', 'war-torn Velmar')."""
    if _compound_adjective(an, hit):
        return True
    ws, k = an.words, hit.first
    if hit.first != hit.last or k == 0 or k + 1 >= len(ws) or ws[k - 1].norm not in DETERMINERS:
        return False
    w, nxt = ws[k], ws[k + 1]
    participle = w.norm.endswith(("ed", "ing")) or w.norm in IRREGULAR_PAST
    return (participle and len(w.norm) > 4 and nxt.norm not in FUNCTION_WORDS and not _past(nxt)
            and an.sentence.text[w.end:nxt.start] == " ")


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


def _verb_in_phrase(an: Analysed, j: int) -> bool:
    """A verb at word j: an auxiliary, a reporting verb, or a past form not used as an adjective ('the decorated
    general', 'fire-ravaged')."""
    w = an.words[j]
    if w.norm in AUXILIARIES or w.norm in REPORTING_VERBS:
        return True
    return _past(w) and not (j and (an.words[j - 1].norm in DETERMINERS or _gap(an, j) == "-"))


def _compound_adjective(an: Analysed, hit: Hit) -> bool:
    """'the fire-ravaged hall', 'a quake-hit town': the term hyphen-joined to a past participle, before a noun or
    a name, is a compound adjective telling the noun's state."""
    ws, p = an.words, hit.last + 1
    if p + 1 >= len(ws) or _gap(an, p) != "-" or not _past(ws[p]) or _gap(an, p + 1) != " ":
        return False
    nxt = ws[p + 1]
    return nxt.capitalised or (nxt.norm not in FUNCTION_WORDS and not _past(nxt) and nxt.norm not in AUXILIARIES)


def own_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """A name inside an about-term ('Bank' in 'Bank of Harrowgate') is not said of the subject."""
    if any(h.first <= hit.first and hit.last <= h.last for h in about):
        return Decision(False, "is part of the subject's own name")
    return None


def predecessor(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Lind will replace Orsk as chair': the object of replace/succeed is the one replaced."""
    if hit.first > 0 and an.words[hit.first - 1].norm in SUCCESSION_VERBS and not _hit_in(about, range(hit.first, hit.last + 1)):
        return Decision(False, f"is the one '{an.words[hit.first - 1].text}' names as replaced")
    return None


def respectively(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Alpha and Beta are based in Aske and Velmar, respectively': values listed against subjects listed
    pair in order; without a list of subjects to pair with ('its two units are based in Aske and Velmar,
    respectively') no value is said of one subject alone."""
    listed = _respective_list(an, hit)
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
    return Decision(False, "is one of a 'respectively' list with no subjects listed to pair it with")


def _respective_list(an: Analysed, hit: Hit) -> tuple[list[range], int] | None:
    """The items of the list ending in ', respectively' that holds the hit, and the hit's place in it."""
    ws, text = an.words, an.sentence.text
    r = next((k for k in range(hit.last + 1, min(len(ws), hit.last + 16)) if ws[k].norm == "respectively"), None)
    if r is None or not text[ws[r - 1].end:ws[r].start].strip(" ,") == "":
        return None
    items, end, k = [], r, r - 1
    while k >= 0:
        start = k
        while start > 0 and end - start < 5 and ws[start - 1].norm not in FUNCTION_WORDS - {"of", "the"} \
                and not text[ws[start - 1].end:ws[start].start].strip(" -"):
            start -= 1
        if ws[k].norm in FUNCTION_WORDS - {"of", "the"}:
            break
        items.insert(0, range(start, k + 1))
        sep = text[ws[start - 1].end:ws[start].start] if start else ""
        if start >= 1 and ws[start - 1].norm in ("and", "or"):
            k, end = start - 2, start - 1
        elif "," in sep and start >= 1:
            k, end = start - 1, start
        else:
            break
    at = next((p for p, item in enumerate(items) if hit.first in item), None)
    return (items, at) if at is not None and len(items) > 1 else None


def _coordinated_names(an: Analysed, h: Hit) -> list[range]:
    """'Alpha, Beta and Gamma': the capitalised runs listed with the one holding the hit."""
    ws, text = an.words, an.sentence.text
    first = _name_run_back(an, h.first).start
    last = h.last
    while last + 1 < len(ws) and ws[last + 1].capitalised and not text[ws[last].end:ws[last + 1].start].strip(" -"):
        last += 1
    items = [range(first, last + 1)]
    k = first - 1  # leftwards
    while k >= 1 and (ws[k].norm in ("and", "or") or "," in text[ws[k].end:ws[k + 1].start]):
        k = k - 1 if ws[k].norm in ("and", "or") else k
        if not ws[k].capitalised:
            break
        run = _name_run_back(an, k)
        items.insert(0, run)
        k = run.start - 1
    k = last + 1  # rightwards
    while k + 1 < len(ws) and (ws[k].norm in ("and", "or") or "," in text[ws[k - 1].end:ws[k].start]):
        k = k + 1 if ws[k].norm in ("and", "or") else k
        if not ws[k].capitalised:
            break
        j = k
        while j + 1 < len(ws) and ws[j + 1].capitalised and not text[ws[j].end:ws[j + 1].start].strip(" -"):
            j += 1
        items.append(range(k, j + 1))
        k = j + 1
    return items


def possessive_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Britain's regulator': a name with 's belongs to the noun phrase after it; and 'CEO of Norland's
    ferry division' is not 'CEO of Norland'."""
    text = an.sentence.text
    if text[hit.end:hit.end + 2] not in ("'s", "’s") or hit.last + 1 >= len(an.words):
        return None
    k = an.index_after(hit.end + 2)
    head = _phrase(an, k) if k < len(an.words) and not an.words[k].capitalised else _name_run_at(an, k)
    if _hit_in(about, head):
        return Decision(True, f"owns '{_words(an, head)}'")
    if " of " in _span(an, hit):  # "CEO of Norland's ferry division": the office is of the division, not of Norland
        return Decision(False, f"is cut short: the 'of' phrase is '{_words(an, range(hit.last, head.stop))}'")
    return None


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


def route_role(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'took off from Aske to Velmar', 'out of Aske, en route for Velmar', 'over Tindra': the preposition before a
    place gives its role in a journey (origin, destination, path); a term naming one role ('departure', 'flight
    from', 'bound', 'trip to') is not stated by a place in another."""
    role = _place_role(an, hit.first)
    asked = {r for h in about for r in [_term_role(an, h)] if r}
    if role is None or not asked or role[0] in asked:
        return None
    return Decision(False, f"is the journey's {role[0]} ('{role[1]}'), not its {sorted(asked)[0]}")


_ROUTE = sorted(((tuple(p.split()), r) for p, r in ROUTE_PREPOSITIONS.items()), key=lambda x: -len(x[0]))


def _route_before(an: Analysed, k: int) -> tuple[str, str] | None:
    """The route preposition right before word k ('from', 'en route for'), as (role, phrase), or None."""
    for phrase, role in _ROUTE:
        n = len(phrase)
        if k >= n and tuple(w.norm for w in an.words[k - n:k]) == phrase and not _gap(an, k).strip():
            return role, " ".join(w.text for w in an.words[k - n:k])
    return None


def _place_role(an: Analysed, k: int, depth: int = 0) -> tuple[str, str] | None:
    """A place's role from the preposition before it; a place in apposition or after 'in' takes the role of the
    place before it ('from Aske, Velmar,', 'for Aske in Velmar')."""
    found = _route_before(an, k)
    if found or depth > 2 or k < 2:
        return found
    before = an.words[k - 1]
    if before.norm == "in" and an.words[k - 2].capitalised and not _gap(an, k - 1).strip():
        return _place_role(an, _name_run_back(an, k - 2).start, depth + 1)
    if _gap(an, k).strip() == "," and before.capitalised:
        return _place_role(an, _name_run_back(an, k - 1).start, depth + 1)
    return None


_ROLE_WORDS = sorted(((tuple(p.split()), r) for p, r in ROUTE_ROLE_WORDS.items()), key=lambda x: -len(x[0]))


def _term_role(an: Analysed, hit: Hit) -> str | None:
    """The journey role a term asks for: its last words as a route preposition ('flight from', 'on its way to'),
    or a word naming a role ('departure', 'took off', 'destination')."""
    parts = hit.term.parts
    for phrase, role in _ROUTE:
        if len(parts) > len(phrase) and parts[-len(phrase):] == phrase:
            return role
    for phrase, role in _ROLE_WORDS:
        if any(parts[i:i + len(phrase)] == phrase for i in range(len(parts) - len(phrase) + 1)):
            return role
    return None


def speaker(an: Analysed, found: Hit | Mention, about: list[Hit]) -> Decision | None:
    """'According to Smith, crews deployed', '"The mission goes on," the governor Anna Novak told reporters',
    '..., inspectors found in a review published on 6 May': the one who speaks is the source of what is said, not a
    party to it (a title of the speaker's own, 'rescue chief Anna Novak said', is still hers), and a value in the
    source's words ('according to a lawsuit lodged on 3 May') dates or counts the source, not what is said; but a
    pronoun opening the reported clause is the speaker ('Northwind said it would appeal': Northwind appeals)."""
    if isinstance(found, Hit):
        reported = _reported_by(an, found, about)
        if reported is not None:  # "Northwind said it would appeal": the speaker is the pronoun's subject
            return reported
    spans = _speakers(an)
    if spans and _first_person_quote(an):
        return None  # '"We decided to declare a state of emergency," Erdogan said': the speaker is the "we"
    first = found.first if isinstance(found, Hit) else an.index_at(found.start)
    own = next((s for s in spans if first in s), None)
    if own is not None:
        if _hit_in(about, own) or not about:
            return None
        acts = _speaker_acts(an, own, about)
        if acts:
            return Decision(True, f"is the speaker, and the subject of '{_span(an, acts[0])}' after the reporting verb")
        if isinstance(found, Mention):
            return Decision(False, f"is said of the source ('{_words(an, own)}'), not of what is reported")
        return Decision(False, f"is the speaker ('{_words(an, own)}'), not said to be what is reported")
    if about and all(any(h.first in s for s in spans) for h in about):
        return Decision(False, f"the term '{_span(an, about[0])}' names the speaker, not what is reported")
    return None


def _reported_by(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Northwind said it would appeal the ruling', 'The ministry on Monday announced it was opening an inquiry': the
    pronoun opening a clause reported right after the verb is the reporting subject; a term in that clause is said
    of the name."""
    ws, here = an.words, an.clause[hit.first]
    start = hit.first
    while start > 0 and an.clause[start - 1] == here:
        start -= 1
    if any(_verb_in_phrase(an, j) for j in range(start, hit.first)):
        return None  # the name is no subject
    r = _reporting_verb_after(an, hit.last)
    if r is None:
        return None
    p = r + 1 + (r + 1 < len(ws) and ws[r + 1].norm == "that")
    if p >= len(ws) or ws[p].norm not in REPORTED_PRONOUNS or _gap(an, p).strip():
        return None
    inside = next((h for h in about if h.first > p and an.clause[h.first] == an.clause[p]), None)
    if inside is None:
        return None
    return Decision(True, f"'{ws[p].text}' after '{ws[r].text}' is the name, the subject of '{_span(an, inside)}'")


def _reporting_verb_after(an: Analysed, last: int) -> int | None:
    """The reporting verb right after a subject ending at word ``last`` (past 'on Monday', 'has'), or None."""
    ws, r = an.words, last + 1
    while r < len(ws) and r - last <= 5 and ws[r].norm not in COMPLEMENT_VERBS and not _gap(an, r).strip() \
            and not _verb_in_phrase(an, r):
        r += 1
    return r if r < len(ws) and ws[r].norm in COMPLEMENT_VERBS and not _gap(an, r).strip() else None


_SPEAKER_PRONOUNS = {"he", "she", "they"}
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


def _first_person_quote(an: Analysed) -> bool:
    return any(_FIRST_PERSON.search(m.group(1)) for m in _QUOTED.finditer(an.sentence.text))


def _speakers(an: Analysed) -> list[range]:
    """Word spans naming a speaker: 'according to X' up to its comma, a name (with its title and
    determiner) right before a reporting verb, and a trailing reporting clause (', inspectors found in a review')."""
    spans = []
    for k, w in enumerate(an.words):
        if w.norm == "according" and k + 1 < len(an.words) and an.words[k + 1].norm == "to":
            if not _conformity(an, k + 2):
                spans.append(_according_to(an, k))
        elif k and w.norm in REPORTING_VERBS and an.words[k - 1].capitalised \
                and not an.sentence.text[an.words[k - 1].end:w.start].strip():
            spans.append(_subject_before(an, k))
    trailing = _reporting_clause(an)
    return spans + [trailing] if trailing else spans


_AFTER_REPORTING = {"in", "on", "at", "during", "late", "early", "last", "this", "yesterday", "today", "tonight",
                    "while", "as", "when", "after", "before", "through", "via", "by"}


def _reporting_clause(an: Analysed) -> range | None:
    """', inspectors found in a review published on 6 May.', ', officials said Monday.': a clause closing the sentence
    after a comma, a short subject and a reporting verb (the content stood before it), to the sentence's end."""
    ws = an.words
    for k in range(len(ws) - 1, 0, -1):
        if ws[k].norm in COMPLEMENT_VERBS:
            break
    else:
        return None
    if k + 1 < len(ws) and not (ws[k + 1].norm in _AFTER_REPORTING or ws[k + 1].norm in CALENDAR_WORDS
                                or "," in _gap(an, k + 1)):
        return None  # "..., divers found the wreck": an object follows, no report
    j = k
    while j > 0 and k - j < 8 and "," not in _gap(an, j) and ws[j - 1].norm not in ("and", "or", "but") \
            and not (ws[j - 1].norm in AUXILIARIES or _past(ws[j - 1]) or ws[j - 1].norm in RELATIVE_PRONOUNS):
        j -= 1
    if j == k or j == 0 or "," not in _gap(an, j):
        return None
    end = next((e for e in range(k + 1, len(ws)) if an.clause[e] != an.clause[k]), len(ws))
    return range(j, end)  # "..., Novak said as she watched": the speaker's own act is a clause of its own


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
    'Gov. Anna Novak said': an abbreviated title's full stop ends nothing)."""
    ws, text, j = an.words, an.sentence.text, k - 1
    while j > 0 and k - j < 8 and (not text[ws[j - 1].end:ws[j].start].strip(" -'’") or (
            ws[j - 1].norm in TITLES and text[ws[j - 1].end:ws[j].start].strip() == ".")) \
            and ws[j - 1].norm not in FUNCTION_WORDS - DETERMINERS and ws[j - 1].norm not in ("and", "or"):
        j -= 1
    return range(j, k)


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


def _noun_like(w: Word) -> bool:
    return w.norm not in FUNCTION_WORDS and w.norm not in AUXILIARIES and not _past(w)


def _named_term(an: Analysed, hit: Hit) -> bool:
    """'the Aster lander', 'the lander (Aster)': the term is a common noun with a name of its own."""
    ws, text, before, after = an.words, an.sentence.text, hit.first - 1, hit.last + 1
    named_before = before >= 1 and ws[before].capitalised and ws[before].norm not in FUNCTION_WORDS \
        and text[ws[before].end:ws[hit.first].start] == " " and hit.term.text[:1].islower() \
        and ws[before - 1].norm in DETERMINERS
    gloss = after < len(ws) and text[ws[hit.last].end:ws[after].start].strip() == "(" and ws[after].capitalised
    return named_before or gloss


def title_before_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'French President Emmanuel Macron': a title right before a name is that person's."""
    run = _name_run(an, hit.last + 1)
    if run and _hit_in(about, run):
        return Decision(True, f"is the title of {_words(an, run)}")
    if run and an.words[run.start].norm != "of":
        return Decision(False, f"belongs to {_words(an, run)}")
    return None


def demonym(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Russian peacekeepers', 'Greek sailors': a nationality adjective describes the noun after it; it is said of the
    subject only when that noun phrase holds a term or is the subject ('Alpha is a Greek firm')."""
    if not _nationality(an.words[hit.last]):
        return None
    return _describes(an, hit, about, names=False)


def attributive_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the Aske ferry operator', 'to Velmar Harbour committee': a place name used attributively (after a determiner,
    or before a name), like a nationality adjective, describes the noun after it, not the clause's other nouns."""
    return _describes(an, hit, about)


def _nationality(w: Word) -> bool:
    return w.norm.endswith(DEMONYM_ENDINGS) or w.norm in DEMONYMS


def _describes(an: Analysed, hit: Hit, about: list[Hit], names: bool = True) -> Decision | None:
    """A modifier describes the noun phrase after it: said of the subject only when that phrase holds a term or is the
    subject itself ('Alpha is a Velmar firm', 'Alpha, a Velmar firm,').  A noun so described that is itself a place
    ('Aske airport') or follows a locative preposition ('in a Velmar hotel') places what happens there too: passed on."""
    head = _described_head(an, hit, names)
    if head is None:
        return None
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
    ws, text, nxt = an.words, an.sentence.text, hit.last + 1
    if nxt >= len(ws) or text[ws[hit.last].end:ws[nxt].start] not in (" ", "-") or an.clause[nxt] != an.clause[hit.last]:
        return None
    last, w = ws[hit.last], ws[nxt]
    nationality = _nationality(last)
    if not (nationality or last.capitalised) or w.norm in FUNCTION_WORDS or w.norm[:1].isdigit():
        return None
    if not (nationality or hit.first and ws[hit.first - 1].norm in DETERMINERS or w.capitalised and not _title_case(an)):
        return None  # a name is attributive after a determiner ("the Aske ferry") or before a name ("Aske Harbour
        # Board"); "Orsk makes", "Orsk isn't" are a subject and its verb
    if w.capitalised:
        return _named_head_after(an, nxt) if names else None
    return _common_head_after(an, nxt)


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
    if head.stop < len(ws) and ws[head.stop].norm in RELATIVE_PRONOUNS and _gap(an, head.stop).strip() in ("", ","):
        inside = next((h for h in about if head.stop < h.first <= head.stop + 3  # its verb, not the main clause's
                       and an.clause[h.first] == an.clause[head.stop]), None)
        if inside is not None:
            return inside
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


def _locates_event(an: Analysed, hit: Hit, head: range) -> bool:
    """'near Aske airport', 'in a Velmar hiking accident': the described noun is a place, or the object of a
    locative preposition; the place name then places what happens there too."""
    ws, k = an.words, hit.first - 1
    if ws[head.stop - 1].norm in PLACE_NOUNS:
        return True
    while k >= 0 and hit.first - k <= 3 and (ws[k].norm in DETERMINERS or (
            ws[k].norm not in FUNCTION_WORDS and not ws[k].capitalised and not _past(ws[k]))):
        k -= 1  # "in the small Velmar town"
    return k >= 0 and ws[k].norm in LOCATIVE_PREPOSITIONS


def title_in_apposition(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'Mara Lind, the 52-year-old CEO': a title in apposition after a name is that person's."""
    ws, text = an.words, an.sentence.text
    for k in range(hit.first - 1, max(-1, hit.first - 7), -1):
        if ws[k].capitalised and ws[k].norm not in FUNCTION_WORDS and ws[k].norm not in CALENDAR_WORDS \
                and _apposition(text[ws[k].end:hit.start]):
            run = _name_run_back(an, k)
            if _hit_in(about, run):
                return Decision(True, f"stands in apposition to {_words(an, run)}")
            return Decision(False, f"describes {_words(an, run)}")
    return None


def title_before_apposition(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'the president of Ruritania, Anna Novak, visited': a lower-case title (with its of-phrase) and a name in
    apposition after it are one person."""
    ws, text, k = an.words, an.sentence.text, hit.last + 1
    if not hit.term.text[:1].islower() or hit.first == 0 or ws[hit.first - 1].norm not in DETERMINERS:
        return None
    if k < len(ws) and ws[k].norm == "of" and k + 1 < len(ws) and ws[k + 1].capitalised:
        k += 2
        while k < len(ws) and ws[k].capitalised and not text[ws[k - 1].end:ws[k].start].strip():
            k += 1
    if k >= len(ws) or text[ws[k - 1].end:ws[k].start].strip() != "," or not ws[k].capitalised:
        return None
    run = _name_run_at(an, k)
    if run.stop < len(ws) and text[ws[run.stop - 1].end:ws[run.stop].start].strip() not in (",", ""):
        return None
    if _hit_in(about, run):
        return Decision(True, f"is the title of {_words(an, run)}, in apposition")
    return Decision(False, f"is the title of {_words(an, run)}, in apposition")


def title_of_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision | None:
    """'President of Azerbaijan Ilham Aliyev'; but 'Lind, chief executive of Northwind' is Lind's."""
    run = _name_run(an, hit.last + 1)
    if run:
        return Decision(False, f"belongs to {_words(an, run)}")
    return None


def name_clause(an: Analysed, hit: Hit, about: list[Hit]) -> Decision:
    """Rule 2: attributed when an about-term stands in the name's clause."""
    return _same_clause(an, hit.first, about, hit.last)


# Rule 1 (binding) for dates and numbers, then rule 2 (clause).
VALUE_RULES = (number_in_name, compared_with, speaker, part_of_whole, change_and_level, forecast, measured_quality, dimension_of, difference,
               hyphenated_modifier, counts_of, date_with_place, date_modifier, date_of, number_in_apposition, restated_amount,
               bracketed_measure, temporal_relation, another_instance, event_complement, cleft, date_when, target_date, intended_act,
               counted_relative, negated, value_clause)
# Rule 1 (binding) for value and rival names (a title, an organisation, a place), then rule 2 (clause).
NAME_RULES = (own_name, predecessor, respectively, possessive_name, compound_participle, speaker, title_before_name, demonym, named_noun, title_in_apposition, title_before_apposition, title_of_name, negated, name_clause)

# Places: a place name is no title, so the title rules don't apply ("the mine in Orsk, Tindra": the
# apposition places Orsk in Tindra; "the Aske district of Velmar province" is Aske in Velmar).
PLACE_RULES = (own_name, respectively, speaker, possessive_name, compound_participle, route_role, another_instance,
               attributive_place, place_in_subject, negated, name_clause)


def first_decision(rules: tuple, an: Analysed, found, about: list[Hit]) -> Decision:
    """The Decision of the first rule that decides, named after it."""
    for rule in rules:
        decision = rule(an, found, about)
        if decision is not None:
            return replace(decision, rule=rule.__name__)
    raise ValueError("the last rule always decides")


def attach_value(an: Analysed, mention: Mention, about: list[Hit]) -> Decision:
    """Does a date or number mention belong to what the about-terms name?"""
    return first_decision(VALUE_RULES, an, mention, about)


def attach_name(an: Analysed, hit: Hit, about: list[Hit]) -> Decision:
    """Does a value or rival name belong to what the about-terms name?"""
    return first_decision(NAME_RULES, an, hit, about)


def attach_place(an: Analysed, hit: Hit, about: list[Hit]) -> Decision:
    """Does a value or rival place belong to what the about-terms name?"""
    return first_decision(PLACE_RULES, an, hit, about)


def _apposition(between: str) -> bool:
    """', the 61-year-old ' between a name and a title: a comma, then only modifiers."""
    m = _APPOSITION.fullmatch(between)
    return bool(m) and not any(w.lower() in FUNCTION_WORDS - DETERMINERS for w in between.replace(",", " ").split())


def _touches(text: str, end: int, ws: tuple[Word, ...], i: int) -> bool:
    return i < len(ws) and text[end:ws[i].start] in (" ", "-", "\u00a0")


def _premodifier(an: Analysed, i: int, about: list[Hit], mention: Mention) -> Decision | None:
    """A value written before a noun belongs to that noun."""
    ws = an.words
    if i >= len(ws) or ws[i].norm in FUNCTION_WORDS or ws[i].text[:1].isdigit():
        return None
    if an.sentence.text[mention.end if mention.kind == "date" else ws[i - 1].end:ws[i].start].strip(" -\u00a0"):
        return None
    lead = an.index_after(mention.start) - 1
    if lead < 0 or ws[lead].norm not in DETERMINERS:
        return None  # only "the 2020 ceasefire", "its June 18 descent", "Iran's 44-day war" modify a noun
    head = _phrase(an, i)
    if _hit_in(about, head):
        return Decision(True, f"modifies '{_words(an, head)}'")
    while lead >= 0 and ws[lead].norm in DETERMINERS:
        lead -= 1
    if lead >= 0 and ws[lead].norm in TEMPORAL_PREPS:
        return None  # "during its June 18 descent": the event's time
    return Decision(False, f"modifies '{_words(an, head)}', not the subject")



def _same_clause(an: Analysed, i: int, about: list[Hit], last: int | None = None) -> Decision:
    here = an.clause[i] if an.words else 0
    if an.reference:  # a term inside a comparison's reference ("shy of the sale price") names the other thing
        about = [h for h in about if an.clause[h.first] not in an.reference or an.clause[h.first] == here]
        if not about:
            return Decision(False, "the term only names what something is compared with")
    same = [h for h in about if _linked(an, i, last, here, h)]
    if not same:
        near = min(about, key=lambda h: abs(h.first - i))
        return Decision(False, f"is in another clause than '{_span(an, near)}'")
    topics = [h for h in same if _topic(an, h) is not None]
    if len(topics) == len(same):  # "the updates on the earthquakes on Tuesday": the updates' day
        noun = an.words[_topic(an, topics[0])].text
        return Decision(False, f"belongs to '{noun}', which '{_span(an, topics[0])}' is only the topic of")
    same = [h for h in same if h not in topics]
    near = min(same, key=lambda h: min(abs(h.first - i), abs(h.last - i)))
    lo, hi = sorted((i, near.first if near.first > i else near.last))
    distance = _clause_distance(an, lo, hi)
    opening = an.clause.index(here)
    if distance <= MAX_DISTANCE or i - opening <= 4:  # close by, or an opening "On 9 November, ..."
        return Decision(True, f"shares a clause with '{_span(an, near)}'")
    return Decision(False, f"is {distance} words from '{_span(an, near)}' in a long clause")


def _linked(an: Analysed, i: int, last: int | None, here: int, h: Hit) -> bool:
    """Is the term in the value's clause, or in a clause the grammar ties to it?"""
    return (here in (an.clause[h.first], an.clause[h.last]) or _relative_to(an, h, here)
            or _relative_to_value(an, i, last, h)
            or (here in an.trailing and an.clause[h.last] in (_before_clause(an, here), _main_clause(an, here)))
            or (here == an.intro and an.clause[h.first] in _covered(an, here))
            or _shared_subject(an, i, here, an.clause[h.first]))


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


def _covered(an: Analysed, intro: int) -> set[int]:
    """The clauses an opening phrase covers: the one after it, and each clause coordinated to that by "and"
    ("On 2 May, the ferry sank, and the crew were rescued": both happened on 2 May)."""
    covered, last = {_after_clause(an, intro)}, _after_clause(an, intro)
    for k in range(1, len(an.words)):
        c = an.clause[k]
        if c != an.clause[k - 1] and an.clause[k - 1] == last and c not in covered:
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
    """Words from lo to hi, not counting a relative clause between them (", which ...,"); a list between
    them ("the leaders of Armenia, Russia, and Azerbaijan in 2020") puts them further apart."""
    text, own = an.sentence.text, an.clause[lo]
    aside = {an.clause[k] for k in range(lo + 1, hi) if an.clause[k] != own and an.words[k].norm in NON_RESTRICTIVE
             and an.clause[k - 1] != an.clause[k]}
    kept = [k for k in range(lo, hi + 1) if an.clause[k] not in aside or k in (lo, hi)]
    commas = sum(text.count(",", an.words[a].end, an.words[b].start) for a, b in zip(kept, kept[1:])
                 if b == a + 1 or not aside)
    return len(kept) - 1 + COMMA_WEIGHT * commas


def _topic(an: Analysed, hit: Hit) -> int | None:
    """The word of a noun that ``hit`` is only the topic of ('talks on the ceasefire'), or None."""
    k = hit.first - 1
    while k >= 0 and hit.first - k <= 4 and (an.words[k].norm in DETERMINERS or an.words[k].norm not in FUNCTION_WORDS):
        k -= 1  # "the updates on the Turkey-Syria earthquakes", "talks on a new truce"
    if k >= 1 and an.words[k].norm in TOPIC_PREPOSITIONS and an.words[k - 1].norm in TOPIC_NOUNS:
        return k - 1
    return None


def _relative_to(an: Analysed, hit: Hit, clause: int) -> bool:
    """'the oxygen supply that had 96 hours': a relative clause right after the term describes it."""
    opening = an.clause.index(clause) if clause in an.clause else -1
    return (opening == hit.last + 1 and an.words[opening].norm in RELATIVE_PRONOUNS
            and an.sentence.text[an.words[hit.last].end:an.words[opening].start].strip() in ("", ","))


def _before_clause(an: Analysed, clause: int) -> int:
    opening = an.clause.index(clause)
    return an.clause[opening - 1] if opening else -1


def _after_clause(an: Analysed, clause: int) -> int:
    """The clause that follows the opening phrase: 'On 9 November, [the ceasefire was signed]'."""
    if an.main >= 0:
        return an.main
    following = [c for k, c in enumerate(an.clause) if c != clause and k > an.clause.index(clause)]
    return following[0] if following else -1


def _relative_to_value(an: Analysed, first: int, last: int | None, hit: Hit) -> bool:
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
    """The noun phrase starting at word i: up to four words, to the next function word or punctuation."""
    ws, text, j = an.words, an.sentence.text, i
    while j < len(ws) and j - i < 4 and ws[j].norm not in FUNCTION_WORDS:
        if j > i and text[ws[j - 1].end:ws[j].start].strip(" -\u00a0"):
            break
        j += 1
    return range(i, j)


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
    if any(ws[k].norm in COMPANY_SUFFIXES for k in range(i, j)):
        return range(0)  # "Northwind Ocean Private Ltd", "Beta Corp.": the company's name goes on, no person follows
    return range(i, j) if j > start else range(0)


def _name_run_at(an: Analysed, k: int) -> range:
    """Capitalised words from word k on, joined by 'and'/'of' ('Competition and Markets Authority')."""
    j = k
    while j < len(an.words) and j - k < 6 and (an.words[j].capitalised or (
            an.words[j].norm in ("and", "of") and j + 1 < len(an.words) and an.words[j + 1].capitalised)):
        j += 1
    return range(k, max(j, k + 1))


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
