"""Fuzzy term matching over words: the only place that knows rapidfuzz.

A term matches where each of its words matches a word of the text in order.
Words match when equal after normalisation, or, for words of five letters or
more that start alike, within a small edit distance (Pashinian ~ Pashinyan);
a compound may be written closed, open or hyphenated (ceasefire ~ cease-fire).
Short all-capital terms (US, UN) match only capitals, so 'us' is not 'US'.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import Levenshtein

from .words import Word, normalise, words

__all__ = ["Term", "Hit", "compile_terms", "find", "same_word"]


@dataclass(frozen=True)
class Term:
    text: str  # as the editor wrote it
    parts: tuple[str, ...]  # normalised words
    exact_case: bool  # short acronyms: match capitals only


@dataclass(frozen=True)
class Hit:
    term: Term
    first: int  # index of the first word
    last: int  # index of the last word (inclusive)
    start: int  # character span in the text
    end: int


def compile_terms(terms: tuple[str, ...] | list[str]) -> tuple[Term, ...]:
    out = []
    for text in terms:
        parts = tuple(w.norm for w in words(text))
        if parts:
            raw = text.replace(".", "").replace(" ", "")
            out.append(Term(text, parts, raw.isupper() and len(raw) <= 4))
    return tuple(out)


@lru_cache(maxsize=262_144)
def same_word(a: str, b: str) -> bool:
    if a == b:
        return True
    shorter = min(len(a), len(b))
    if shorter < 5 or a[0] != b[0] or a.isdigit() or b.isdigit():
        return a + "s" == b or b + "s" == a if shorter >= 3 else False
    allowed = 1 if shorter < 9 else 2
    return Levenshtein.distance(a, b, score_cutoff=allowed) <= allowed


def _match_at(ws: tuple[Word, ...], text: str, i: int, term: Term) -> int:
    """Index after the match of ``term`` starting at word ``i``, or -1."""
    parts, j = term.parts, 0
    while j < len(parts):
        if i >= len(ws):
            return -1
        w = ws[i]
        if term.exact_case and not w.text.replace(".", "").isupper():
            return -1
        if same_word(w.norm, parts[j]):
            i, j = i + 1, j + 1
        elif (i + 1 < len(ws) and text[w.end:ws[i + 1].start] in ("-", " ", "‐", "–")
              and same_word(w.norm + ws[i + 1].norm, parts[j])):
            i, j = i + 2, j + 1
        elif j + 1 < len(parts) and same_word(w.norm, parts[j] + parts[j + 1]):
            i, j = i + 1, j + 2
        else:
            return -1
    return i


def find(ws: tuple[Word, ...], text: str, terms: tuple[Term, ...]) -> list[Hit]:
    """Every place a term matches, longest first where they overlap, in text order."""
    hits = []
    for i in range(len(ws)):
        for term in terms:
            end = _match_at(ws, text, i, term)
            if end > i:
                hits.append(Hit(term, i, end - 1, ws[i].start, ws[end - 1].end))
    hits.sort(key=lambda h: (h.first, -(h.last - h.first), -len(h.term.parts)))
    kept: list[Hit] = []
    for hit in hits:
        if kept and hit.first <= kept[-1].last:
            continue
        kept.append(hit)
    return kept


def mentions_any(ws: tuple[Word, ...], text: str, terms: tuple[Term, ...]) -> bool:
    return bool(find(ws, text, terms))


def term_key(text: str) -> str:
    return normalise(text)
