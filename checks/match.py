"""Fuzzy term matching over words: the only place that knows rapidfuzz.

A term matches where each of its words matches a word of the text in order.
Words match when equal after normalisation, or, for words of five letters or
more that start alike, within a small edit distance (Pashinian ~ Pashinyan);
a compound may be written closed, open or hyphenated (ceasefire ~ cease-fire).
Short all-capital terms (US, UN) match only capitals, so 'us' is not 'US'.
"""

from __future__ import annotations

import re

from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz import process
from rapidfuzz.distance import Levenshtein

from .lang.calendar import CALENDAR_WORDS
from .lang.grammar import ORGANISATION_HEADS
from .lang.spelling import SOUND_ALIKE, VOWELS
from .lang.titles import OFFICE_WORDS
from .lang.grammar import COMPASS_WORDS, FUNCTION_WORDS, HYPHEN_PREFIXES, ROLE_PREFIXES, TRY_FORMS
from .words import Word, title_case, words

__all__ = ["Term", "Hit", "Vocabulary", "compile_terms", "find", "positions", "positions_of", "same_word"]


@dataclass(frozen=True)
class Term:
    text: str  # as the editor wrote it
    parts: tuple[str, ...]  # normalised words
    exact_case: bool  # short acronyms: match capitals only
    proper: bool = False  # a one-word name (a value or rival): a capitalised word only ("Read", not "read out")
    strict: bool = False  # a rival: a short name with one unlike letter changed is another name ("Tainan", "Taiwan")


class Hit(NamedTuple):
    """Where a term matched.  A named tuple, not a frozen dataclass (made in half the time): one is made for
    each term found in each sentence a fact reads."""

    term: Term
    first: int  # index of the first word
    last: int  # index of the last word (inclusive)
    start: int  # character span in the text
    end: int


def compile_terms(terms: tuple[str, ...] | list[str], *, names: bool = False, strict: bool = False) -> tuple[Term, ...]:
    """``names``: the terms are names (a party or place fact's values and rivals); a one-word one that is a word of
    a longer name among them, every word capitalised, and no office ("Read" beside "Peter Read"), is that name's, a
    proper name matched by a capitalised word only: "read out the names" does not name Peter Read."""
    out = []
    named = _name_words(terms) if names else frozenset()
    for text in terms:
        parts = tuple(w.norm for w in words(text))
        if parts:
            raw = text.replace(".", "").replace(" ", "")
            out.append(Term(text, parts, raw.isupper() and len(raw) <= 4, len(parts) == 1 and parts[0] in named, strict))
    return tuple(out)


def _name_words(terms) -> frozenset[str]:
    """The words of the terms of two or more words, each capitalised: a person's or a body's name (no office)."""
    return frozenset(w.norm for text in terms for ws in [words(text)] if len(ws) > 1 and all(w.capitalised for w in ws)
                     for w in ws if w.norm not in OFFICE_WORDS)


@lru_cache(maxsize=262_144)
def same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if a.startswith(b) or b.startswith(a):  # an ending added: only a plural is the same word
        return a in (b + "s", b + "es") or b in (a + "s", a + "es")
    if shorter < 5 or a[0] != b[0] or a.isdigit() or b.isdigit():
        return a + "s" == b or b + "s" == a if shorter >= 3 else False
    if _another_ending(a, b) or _another_suffix(a, b):
        return False
    allowed = 1 if shorter < 9 else 2
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


_SUBSTITUTION_FROM = 8  # letters: from here one changed letter in a lower-case word may be a misspelling


def _another_word(w: Word, part: str, opening: bool = False, strict: bool = False) -> bool:
    """'death' for 'depth', 'protect' for 'protest', 'northwest' for 'northeast', 'detention' for 'detonation': letters
    changed inside a lower-case word, or one opening the sentence for a lower-case term (or one changed besides one
    added or dropped) make another word (in a name they are a spelling of the same one: "Nikil Pashinyan", "Mircosoft"; a last
    letter changed to or from an inflection's letter is an ending: "robbers" for "robbery", not "plane" for "plant")."""
    if w.norm != part and _closed_class(w, part):
        return True
    if strict and w.capitalised and not opening and len(w.norm) == len(part) < _SUBSTITUTION_FROM:
        return _unlike_letter(w.norm, part)  # a rival "Tainan" is not "Taiwan"; "Kharkov" is "Kharkiv"
    if w.norm == part or (w.capitalised and not opening) or part[:1].isdigit():
        return False  # (a capital that only opens the sentence makes no name: "Detention" for a lower-case "detonation")
    if len(w.norm) != len(part):  # "detention" for "detonation": a letter changed besides one added is another word
        ops = Levenshtein.editops(w.norm, part)
        return len(ops) > 1 and any(op.tag == "replace" for op in ops)
    changed = [k for k, (x, y) in enumerate(zip(w.norm, part)) if x != y]
    ending = changed[0] == len(part) - 1 and bool({w.norm[-1], part[-1]} & _ENDING_LETTERS)
    return len(changed) > 1 or (len(part) < _SUBSTITUTION_FROM and not ending)


def _closed_class(w: Word, part: str) -> bool:
    """A word of a closed class, each its own: "Northwest Libya" is not "northeast Libya", "March 16" is a month, not
    a misspelt "match"."""
    return w.norm in COMPASS_WORDS or part in COMPASS_WORDS or w.capitalised and w.norm in CALENDAR_WORDS


def _unlike_letter(a: str, b: str) -> bool:
    """Two names of one length, one letter apart, where the two letters sound unlike (``SOUND_ALIKE``)."""
    changed = [(x, y) for x, y in zip(a, b) if x != y]
    return len(changed) == 1 and not (set(changed[0]) <= VOWELS or frozenset(changed[0]) in SOUND_ALIKE)


_ENDINGS = ("ing", "ers", "ed", "er", "es", "s", "d")
_ENDING_LETTERS = {"s", "d", "y"}  # the last letters of a plural, a past, a noun in -y ("robbers"/"robbery")


def _stem(word: str) -> tuple[str, str]:
    """A word's stem and its inflection ending ('voted' -> ('vot', 'ed')), or (word, '')."""
    for end in _ENDINGS:
        if word.endswith(end) and len(word) - len(end) >= 3:
            return word[:-len(end)], end
    return word, ""


def _squeezed(stem: str) -> str:
    return "".join(c for k, c in enumerate(stem) if k == 0 or c != stem[k - 1])


def _another_suffix(a: str, b: str) -> bool:
    """'presidency' for 'president', 'election' for 'elected': the same stem with another derivational ending (the
    endings two edits apart or more, not both an inflection's) is another word, not a misspelling."""
    p = 0
    while p < min(len(a), len(b)) and a[p] == b[p]:
        p += 1
    tail_a, tail_b = a[p:], b[p:]
    if p < 4 or not (tail_a and tail_b) or Levenshtein.distance(tail_a, tail_b) < 2:
        return False  # one letter changed, added or dropped: a misspelling ("Pashinian", "droped")
    return not (tail_a in _INFLECTION_TAILS and tail_b in _INFLECTION_TAILS)


_INFLECTION_TAILS = {*_ENDINGS, "y", "ies", "ied", "e"}


def _another_ending(a: str, b: str) -> bool:
    """Another inflection, not a misspelling: the same stem with another ending ('votes'/'voted'), or
    a short stem with a letter changed ('vowed'/'voted').  A dropped or doubled letter in a short
    stem is still a misspelling ('kiled'/'killed')."""
    (stem_a, end_a), (stem_b, end_b) = _stem(a), _stem(b)
    if not (end_a and end_b):
        return False
    if end_a != end_b and stem_a.rstrip("e") == stem_b.rstrip("e"):
        return True
    return min(len(stem_a), len(stem_b)) <= 4 and _squeezed(stem_a) != _squeezed(stem_b)


def _spells(w: Word, part: str, opening: bool, lower: bool = False, strict: bool = False) -> bool:
    """The word is the term's part, or a misspelling of it (``opening``: the word opens the sentence, the term is
    lower-case; ``lower``: the term is lower-case, and a capitalised word inside the sentence that only resembles it is
    a name's: "the Committee on ..." is no misspelt "committed")."""
    if lower and not opening and w.capitalised and w.norm != part and not _stem(w.norm)[0] == _stem(part)[0]:
        return False
    return same_word(w.norm, part) and not _another_word(w, part, opening, strict)


_BREAKS_TERM = re.compile(r"[,;:—]")  # (not brackets: an editor's insertion is read in line, "(Gov. Ricardo) Rosselló")


def _barred(ws: tuple[Word, ...], text: str, i: int, j: int, term: Term) -> bool:
    """Word i cannot be the term's part j: not in capitals for an acronym's term, or past a comma, a colon, a
    semicolon or a dash ("with the LAFD, Chief Moore" is no "LAFD chief": the mark parts two phrases; a bracket does
    not)."""
    if term.exact_case and not ws[i].text.replace(".", "").isupper() or term.proper and not ws[i].text[:1].isupper():
        return True
    return j > 0 and bool(_BREAKS_TERM.search(text, ws[i - 1].end, ws[i].start)) and not _BREAKS_TERM.search(term.text)


def _match_at(ws: tuple[Word, ...], text: str, i: int, term: Term) -> int:
    """Index after the match of ``term`` starting at word ``i``, or -1."""
    parts, j, skipped = term.parts, 0, False
    while j < len(parts):
        if i >= len(ws):
            return -1
        w = ws[i]
        if _barred(ws, text, i, j, term):
            return -1
        if _spells(w, parts[j], i == 0 and not term.text[:1].isupper(), not term.text[:1].isupper(), term.strict):
            i, j = i + 1, j + 1
        elif (0 < j == len(parts) - 1 and parts[j] not in FUNCTION_WORDS and not skipped and w.capitalised
              and w.norm not in ROLE_PREFIXES  # ("Labor Deputy Leader" is no "Labor leader": another role)
              and i + 1 < len(ws) and text[w.end:ws[i + 1].start] == " "
              and text[ws[i - 1].end:w.start] == " " and same_word(ws[i + 1].norm, parts[j])):
            i, skipped = i + 1, True  # "in Minnesota prison" for "in prison": a name modifying the term's last noun
        elif (i + 1 < len(ws) and text[w.end:ws[i + 1].start] in ("-", " ", "‐", "–")
              and same_word(w.norm + ws[i + 1].norm, parts[j])):
            i, j = i + 2, j + 1
        elif j + 1 < len(parts) and same_word(w.norm, parts[j] + parts[j + 1]):
            i, j = i + 1, j + 2
        else:
            return -1
    return i


@lru_cache(maxsize=4_096)  # sentences only: full early, flat after (hits past 4,096 saved no measurable time)
def positions_of(text: str) -> dict[str, list[int]]:
    """``positions(words(text))``, kept for a sentence written again (as ``words`` is): archives repeat boilerplate
    sentences.  Kept by the text, whose hash Python keeps with it, not by its words, a tuple hashed anew (a hundred
    values) at each look-up."""
    return positions(words(text))


def positions(ws: tuple[Word, ...]) -> dict[str, list[int]]:
    """Where each normalised word of a sentence stands (word indexes): ``find``'s ``at`` (not to be changed)."""
    out: dict[str, list[int]] = {}
    for i, w in enumerate(ws):
        norm = w.norm
        if norm in out:  # no list made per word, as setdefault would
            out[norm].append(i)
        else:
            out[norm] = [i]
    return out


def find(ws: tuple[Word, ...], text: str, terms: tuple[Term, ...],
         starts: dict[str, tuple[Term, ...]] | None = None, at: dict[str, list[int]] | None = None
         ) -> list[Hit]:
    """Every place a term matches, longest first where they overlap (a longer one starting inside a kept one
    replaces it), in text order.

    ``starts`` (from Vocabulary.starts) maps a word to the terms that can begin at it;
    without it every term is tried at every word.  ``at``: the sentence's ``positions(ws)``, kept
    for the many facts that read it, so only the words that can begin a term are visited.
    """
    tried = range(len(ws)) if starts is None or at is None else _tried(starts, at)
    hits = []
    for i in tried:
        w = ws[i]
        for term in (terms if starts is None else starts.get(w.norm, ())):
            end = _match_at(ws, text, i, term)
            if end > i and not _regnal_after(ws, text, end, term) and not _attempting(ws, end, term) \
                    and not _prefixed(ws, text, i) \
                    and not _inside_a_name(ws, text, i, term) and not _modifies_a_name(ws, text, i, end, term):
                hits.append(Hit(term, i, end - 1, w.start, ws[end - 1].end))
    if len(hits) < 2:
        return hits  # most often none or one: nothing overlaps
    # at one span, a term spelled as written before one matched only loosely ("the tanker Victor" is the rival
    # "Victor", not a misspelling of the value "Vector")
    hits.sort(key=lambda h: (h.first, -(h.last - h.first), -len(h.term.parts), not _spelled_as(ws, h)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.first <= kept[-1].last:
            if hit.last > kept[-1].last and hit.last - hit.first > kept[-1].last - kept[-1].first \
                    and (len(kept) < 2 or kept[-2].last < hit.first):
                kept[-1] = hit  # a longer match starting inside the kept one: "President Park Geun-hye", for the
                # values "President Park" and "Park Geun-hye", is the three-word name
            continue
        kept.append(hit)
    return kept


def _spelled_as(ws: tuple[Word, ...], hit: Hit) -> bool:
    """Do the hit's words spell its term exactly (no fuzzy letter)?"""
    return tuple(w.norm for w in ws[hit.first:hit.last + 1]) == hit.term.parts


_NAME_LINKS = {"of", "on", "for", "and"}  # the lower-case words inside an organisation's name


def _inside_a_name(ws: tuple[Word, ...], text: str, i: int, term: Term) -> bool:
    """'the Committee on Foreign Investment in the United States' is no "investment": a term written in lower case
    that matches the capitalised tail of a name after "the", a capitalised word and a linking word of it ("the
    Committee on", "the Ministry of"), names the organisation, not the thing (not in a title-case headline, where
    capitals say nothing; not "2,750 Tonnes of Ammonium Nitrate", nor a title: "Department of State Spokesperson")."""
    if not ws[i].capitalised or term.text[:1].isupper() or i < 2:
        return False
    j, linked = i - 1, False
    while j >= 0 and text[ws[j].end:ws[j + 1].start] == " " and ws[j].norm != "the" \
            and (ws[j].capitalised or ws[j].norm in _NAME_LINKS):  # (a sentence's opening "The" is the determiner)
        linked = linked or ws[j].norm in _NAME_LINKS and j > 0 and ws[j - 1].capitalised
        j -= 1
    return linked and j >= 0 and ws[j].norm == "the" and not title_case(ws)  # (a name the sentence calls "the ...")


def _modifies_a_name(ws: tuple[Word, ...], text: str, i: int, end: int, term: Term) -> bool:
    """'the Federal Deposit Insurance Corp.' is no "deposits", 'the Fire Department' no "fire": a term written in lower
    case that matches capitalised words of a body's name after "the" or another lower-case word ("former Fire Service
    officials") (its last word a head of ``ORGANISATION_HEADS``),
    with the name going on after it in capitals (past an "and": "the Central Disaster and Safety Headquarters"), modifies
    the name's head; the name is another thing (not the name's last word: "the Palisades Fire" is a fire; not in a
    title-case headline)."""
    if term.text[:1].isupper() or not ws[i].capitalised or end >= len(ws) or text[ws[end - 1].end:ws[end].start] != " ":
        return False
    if ws[end].norm == "and" and end + 1 < len(ws) and text[ws[end].end:ws[end + 1].start] == " ":
        end += 1  # "the Central Disaster and Safety Headquarters" (not "of": "the Superior Court of Tindra" is a court)
    if not ws[end].capitalised or ws[end].norm in CALENDAR_WORDS or not _body_name_ends(ws, text, end):
        return False  # ("the Hurricane Velmar death toll": a storm's name, no body's)
    j = i - 1
    while j >= 0 and ws[j].capitalised and ws[j].norm != "the" and text[ws[j].end:ws[j + 1].start] == " ":
        j -= 1
    opens = ws[j].norm == "the" or j == i - 1  # after "the", or the term opens the name ("former Fire Service")
    return j >= 0 and opens and not ws[j].capitalised and text[ws[j].end:ws[j + 1].start] == " " \
        and not title_case(ws)


def _body_name_ends(ws: tuple[Word, ...], text: str, end: int) -> bool:
    """Does the run of capitalised words from word ``end`` end a body's name (``ORGANISATION_HEADS``)?"""
    last = end
    while last + 1 < len(ws) and ws[last + 1].capitalised and text[ws[last].end:ws[last + 1].start] == " ":
        last += 1
    return ws[last].norm.rstrip(".") in ORGANISATION_HEADS


def _prefixed(ws: tuple[Word, ...], text: str, i: int) -> bool:
    """'semi-finals', 'Vice-President', 'pro-Russian': a word a prefix is hyphen-joined to (``HYPHEN_PREFIXES``), or
    a role word after "vice" or "deputy" ('vice president', ``ROLE_PREFIXES``), names another thing than the term it
    spells (a term that holds the prefix starts at the prefix, not here; "Washington
    Post-ABC" is a name)."""
    if i and ws[i - 1].norm in ROLE_PREFIXES and text[ws[i - 1].end:ws[i].start] == " ":
        return True  # "vice president", "deputy prime minister": another role than the term's
    if i == 0 or ws[i - 1].norm not in HYPHEN_PREFIXES or text[ws[i - 1].end:ws[i].start] not in ("-", "‐"):
        return False
    # "Post" right after another capitalised word is part of a name ("Washington Post-ABC")
    return not (ws[i - 1].norm == "post" and ws[i - 1].capitalised and i >= 2 and ws[i - 2].capitalised)


_REGNAL = re.compile(r"(?:X{0,3})(?:IX|IV|V?I{0,3})\Z")


def _regnal_after(ws: tuple[Word, ...], text: str, end: int, term: Term) -> bool:
    """'Felipe IV' is not 'Felipe': a regnal number right after a name the term ends in makes another name (unless
    the term ends in one itself)."""
    if end >= len(ws) or text[ws[end - 1].end:ws[end].start] != " " or not ws[end].text.isupper():
        return False
    return bool(_REGNAL.match(ws[end].text)) and not _REGNAL.match(term.parts[-1].upper())


def _attempting(ws: tuple[Word, ...], end: int, term: Term) -> bool:
    """'tried to enter' is no 'tried' (judged): a term ending in a form of "try" with "to" right after it names an
    attempt (a term that goes on past "to", "tried to flee", still matches)."""
    return term.parts[-1] in TRY_FORMS and end + 1 < len(ws) and ws[end].norm == "to" \
        and ws[end + 1].norm not in ("a", "an", "the")  # ("tried to a jury": judged before it)


def _tried(starts: dict[str, tuple[Term, ...]], at: dict[str, list[int]]) -> list[int]:
    """The words of a sentence where a term may begin, in order: the same as trying every word, as no other
    word begins one (most sentences a fact reads have one such word, many none)."""
    small, big = (starts, at) if len(starts) < len(at) else (at, starts)
    common = [norm for norm in small if norm in big]  # the smaller dict walked: a set of both keys cost more
    if len(common) == 1:
        return at[common[0]]  # a word's positions are in order
    return sorted([i for norm in common for i in at[norm]])


class Vocabulary:
    """Every word of every source, pointing to the sentences that hold it.

    A fact's about-terms are looked up here once, so the precise (and slower)
    word-by-word matching runs only on the few sentences that can match.
    """

    def __init__(self) -> None:
        # word -> [source << 24 | sentence]; a defaultdict, so adding a sentence's words is one append each
        self.postings: defaultdict[str, list[int]] = defaultdict(list)
        self._buckets: dict[tuple[str, int], list[str]] | None = None
        self._like: dict[str, frozenset[str]] = {}  # words_like's answers, while the words are unchanged

    def add(self, source: int, sentence: int, norms) -> None:
        key, postings = source << 24 | sentence, self.postings
        for norm in norms:
            postings[norm].append(key)
        self._buckets = None

    def add_words(self, words) -> None:
        """Words of the corpus whose sentences are not listed here (a few facts judged against the
        sources that may mention them): their terms' words are still found as in the whole corpus."""
        for word in words:
            self.postings.setdefault(word, [])
        self._buckets = None

    def words_like(self, part: str) -> set[str]:
        """Words of the corpus that ``same_word`` accepts for ``part`` (and compounds' first halves).

        Found once per part while the words are unchanged: many facts share a term's words."""
        if self._buckets is None:
            self._buckets, self._like = {}, {}
            for word in self.postings:
                self._buckets.setdefault((word[:1], len(word)), []).append(word)
        found = self._like.get(part)
        if found is None:
            found = self._like[part] = frozenset(self._words_like(part))
        return set(found)

    def _words_like(self, part: str) -> set[str]:
        found = {w for w in (part, part + "s", part[:-1] if part.endswith("s") else "") if w in self.postings}
        if len(part) >= 5:
            for length in range(len(part) - 2, len(part) + 3):
                bucket = self._buckets.get((part[:1], length), ())
                for word, _, _ in process.extract(part, bucket, scorer=Levenshtein.distance,
                                                  score_cutoff=2, limit=None):
                    if same_word(word, part):
                        found.add(word)
        for k in range(3, len(part) - 2):  # "ceasefire" written "cease-fire"
            if part[:k] in self.postings and part[k:] in self.postings:
                found.add(part[:k])
        return found

    def starts(self, terms: tuple[Term, ...]) -> dict[str, tuple[Term, ...]]:
        """word of the corpus -> the terms that may begin at it."""
        out: dict[str, tuple[Term, ...]] = {}
        for term in terms:
            firsts = self.words_like(term.parts[0])
            if len(term.parts) > 1:
                firsts |= self.words_like(term.parts[0] + term.parts[1])
            for word in firsts:
                out[word] = out.get(word, ()) + (term,)
        return out

    def sentences_for(self, terms: tuple[Term, ...], starts: dict[str, tuple[Term, ...]] | None = None
                      ) -> dict[int, list[int]]:
        """source -> sorted sentences that may mention one of ``terms``."""
        keys: set[int] = set()
        for word in (self.starts(terms) if starts is None else starts):
            keys.update(self.postings.get(word, ()))  # get: a defaultdict would add the word
        out: dict[int, list[int]] = {}
        for key in sorted(keys):
            out.setdefault(key >> 24, []).append(key & 0xFFFFFF)
        return out
