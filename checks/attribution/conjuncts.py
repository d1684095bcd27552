"""Coordinated noun phrases that each carry their own date: 'hit by a flood in March and a fire in July'."""

from __future__ import annotations

from ..lang.calendar import CALENDAR_WORDS, DAY_WORDS, SEASONS
from ..match import Hit
from ..model import Mention
from .clauses import Analysed, Decision, _gap, _past, _span, _words
from ..lang.grammar import AUXILIARIES, BE_FORMS
from ..lang.grammar import NOUN_PHRASE_OPENERS as DETERMINERS

_DATE_PREPOSITIONS = {"in", "on", "at", "during"}
_NP_WORDS = 4  # "and heavy rain in September": a short noun phrase, no verb, between "and" and the date
_DATE_REACH = 4  # "on New Year's Day": words from a preposition to its date word


def own_conjunct_date(an: Analysed, mention: Mention, about: list[Hit]) -> Decision | None:
    """'hit by a flood in March and a fire in July': in two noun phrases joined by "and", each followed by its own
    date, each date is its own noun's. A date of the second belongs to it when a term stands in the first and none
    in the second (a verb term before both governs both), and a date of the first when every term is in the second;
    not when no term stands in either ("The hurricane battered Aske on 18 May and Velmar on 20 May": both its own)."""
    if mention.kind != "date" or "and" not in an.norms:
        return None
    k, end = an.index_at(mention.start), an.index_after(mention.end)
    opening = _preposition_before(an, k)
    if opening is None:
        return None
    hits = [h for h in about if an.clause[h.first] == an.clause[k]]
    if not hits:
        return None
    return _of_the_second(an, opening, hits) or _of_the_first(an, end, hits)


def _of_the_second(an: Analysed, opening: int, hits: list[Hit]) -> Decision | None:
    """The value closes the second conjunct ("and", a short noun phrase before its preposition, a date before
    "and"), and a term stands in the first, none in the second: the second noun's date."""
    j = _and_before(an, opening)
    first = _first_conjunct(an, j - 1) if j is not None and _date_phrase_ends_at(an, j - 1) else None
    if first is not None and any(first.start <= h.first and h.last < first.stop for h in hits) \
            and all(h.last < j for h in hits):  # (a verb term before both, "hit by a flood ... and a fire", governs both)
        return Decision(False, f"dates '{_words(an, range(j + 1, opening))}', the noun coordinated after "
                               f"'{_span(an, hits[-1])}', which has its own date")
    return None


def _of_the_first(an: Analysed, end: int, hits: list[Hit]) -> Decision | None:
    """The value closes the first conjunct, and "and", a short noun phrase holding every term and its own date
    follow: the first noun's date."""
    ws = an.words
    if end < len(ws) and ws[end].norm == "and" and _gap(an, end) == " ":
        second = _second_conjunct(an, end)
        if second and all(second.start <= h.first and h.last < second.stop for h in hits):
            return Decision(False, f"dates the noun before 'and'; '{_words(an, second)}' after it has its own date")
    return None


def _preposition_before(an: Analysed, k: int) -> int | None:
    """The date preposition ("in", "on") opening the date phrase word k starts, within a few words."""
    for p in range(k - 1, max(-1, k - _DATE_REACH), -1):
        if an.words[p].norm in _DATE_PREPOSITIONS:
            return p
        if _gap(an, p + 1) != " ":
            return None
    return None


def _and_before(an: Analysed, p: int) -> int | None:
    """The "and" opening a short verbless noun phrase that ends right before word p."""
    for j in range(p - 1, max(-1, p - 1 - _NP_WORDS - 1), -1):
        w = an.words[j]
        if _gap(an, j + 1) != " ":
            return None
        if w.norm == "and":
            return j if _noun_phrase(an, range(j + 1, p)) and _gap(an, j) == " " else None
        if _verb(w) or w.norm in _DATE_PREPOSITIONS:
            return None
    return None


def _noun_phrase(an: Analysed, np: range) -> bool:
    """A determiner and its noun, or two words or more ("heavy rain"), not one adverb ("and again in July")."""
    ws = [an.words[j] for j in np]
    return bool(ws) and not any(w.norm.endswith("ly") for w in ws) and (
        ws[0].norm in DETERMINERS or len(ws) >= 2)


def _first_conjunct(an: Analysed, j: int) -> range | None:
    """The noun phrase before the date phrase ending at word j ("a flood" in "a flood in March"): back from the
    date's preposition over describing words to a determiner or the word after a verb or preposition; None when a
    verb stands right before the date's preposition ("battered Dominica on 18 September": its object, not the
    conjunct that holds the term)."""
    ws = an.words
    p = next((q for q in range(j, max(-1, j - _DATE_REACH - 1), -1) if ws[q].norm in _DATE_PREPOSITIONS), None)
    if p is None or p < 1:
        return None
    start = p
    while start > 0 and p - start < _NP_WORDS and _gap(an, start) == " " and not _verb(ws[start - 1]) \
            and ws[start - 1].norm not in _DATE_PREPOSITIONS and ws[start - 1].norm not in ("by", "of", "and", "or"):
        start -= 1
        if ws[start].norm in DETERMINERS:
            break
    return range(start, p) if start < p and (ws[start].norm in DETERMINERS or start == 0 or _verb(ws[start - 1])
                                             or ws[start - 1].norm in ("by", "of")) else None


def _date_phrase_ends_at(an: Analysed, j: int) -> bool:
    """Does a date phrase ("in January", "on New Year's Day", "on 1 May") end at word j?"""
    if j < 1 or not _date_word(an.words[j].norm):
        return False
    return any(an.words[p].norm in _DATE_PREPOSITIONS for p in range(max(0, j - _DATE_REACH), j))


def _second_conjunct(an: Analysed, j: int) -> range | None:
    """After "and" (word j): the short verbless noun phrase up to a date preposition whose date phrase follows."""
    ws = an.words
    for p in range(j + 2, min(len(ws), j + 2 + _NP_WORDS)):
        if _gap(an, p) != " " or _verb(ws[p - 1]):
            return None
        if ws[p].norm in _DATE_PREPOSITIONS:
            reach = range(p + 1, min(len(ws), p + 1 + _DATE_REACH))
            dated = any(_date_word(ws[q].norm) for q in reach) and _noun_phrase(an, range(j + 1, p))
            return range(j + 1, p) if dated else None
    return None


def _date_word(norm: str) -> bool:
    return norm in CALENDAR_WORDS or norm in DAY_WORDS or norm in SEASONS or norm == "day" or (norm[:1].isdigit() and len(norm) <= 4)


def _verb(w) -> bool:
    return w.norm in AUXILIARIES or w.norm in BE_FORMS or _past(w)
