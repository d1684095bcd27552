"""An owner's ranked instance: 'his second Wimbledon title', 'its 7th mission' name one of a series; when the fact's
claim ranks its own instance otherwise ('his first Wimbledon title'), a value said of that one is another instance's."""

from __future__ import annotations

from ..lang.grammar import POSSESSIVES
from ..lang.numbers import ORDINAL_SUFFIXES, ORDINAL_WORDS
from ..match import Hit
from ..words import Word, words
from .clauses import Analysed, Decision, _gap
from .relations import _instance_end, _opened_clause, _predicate, _rank_or_part

__all__ = ["claim_ordinals", "other_rank"]


def rank_of(w: Word) -> int | None:
    """'second': 2, '14th': 14; None for a word that is no ordinal."""
    if w.norm in ORDINAL_WORDS:
        return ORDINAL_WORDS[w.norm]
    return int(w.norm[:-2]) if w.norm[:-2].isdigit() and w.norm.endswith(ORDINAL_SUFFIXES) else None


def claim_ordinals(claim: str) -> frozenset[int]:
    """The ranks a claim's ordinals name ('his seventh world title': {7}); empty when it names none."""
    return frozenset(n for w in words(claim) for n in (rank_of(w),) if n is not None)


def other_rank(an: Analysed, k: int, about: list[Hit], ranks: frozenset[int]) -> Decision | None:
    """'Hamilton had won his first world title in 2008', 'In 2016, he won his second Wimbledon title': a possessive
    and an ordinal before a term ('his second Wimbledon title') name one instance of the owner's series; when the
    fact's claim ranks its own instance otherwise (``ranks``: 'his seventh world title'), a value in that phrase, in
    its clause or in the opening phrase that dates its clause is the other instance's: set aside.  Not when a term stands in the clause outside the phrase ("won
    Wimbledon on 7 July 2013, his second major title": the phrase renames the event the clause tells of), nor when
    the ordinal is part of a term ("seventh title")."""
    for o, end in _ranked_phrases(an):
        if rank_of(an.words[o]) in ranks:
            continue
        inside = [h for h in about if o < h.first and h.last < end]
        if not inside or any(h.first <= o <= h.last for h in about):
            continue
        here = an.clause[o - 1]
        if not (o <= k < end or an.clause[k] == here or _opened_clause(an, k) == here):
            continue  # (the opening phrase dates the clause: "In 2016, he won his second title")
        if any(an.clause[h.first] == here and not (o - 1 <= h.first < end) for h in about):
            continue
        phrase = " ".join(w.text for w in an.words[o - 1:end])
        return Decision(False, f"belongs to another instance: '{phrase}', and the claim ranks its own "
                               f"{'/'.join(str(r) for r in sorted(ranks))}")
    return None


def _ranked_phrases(an: Analysed) -> list[tuple[int, int]]:
    """Each owner's ranked noun phrase: (the ordinal's word, the phrase's end), after a possessive ('his', 'its', or
    the "s" of "Murray's"); not a rank or part ('his second-largest', 'its second half'), nor a predicate's."""
    ws, out = an.words, []
    for o in range(1, len(ws)):
        if rank_of(ws[o]) is None or ws[o - 1].norm not in POSSESSIVES or _rank_or_part(an, o + 1):
            continue
        if ws[o - 1].norm == "s" and _gap(an, o - 1) not in ("'", "’"):
            continue
        if _predicate(an, _owner(an, o - 1)):
            continue  # "It was Velmar's fifth title", "making it his fifth title": what the event is, no other one
        end = _instance_end(an, o + 1, dated=False)
        if end > o + 1:
            out.append((o, end))
    return out


def _owner(an: Analysed, p: int) -> int:
    """Where the possessive at word p opens its phrase: the possessive word itself, or the first word of the name
    before an "s" ("Andy Murray's")."""
    if an.words[p].norm != "s":
        return p
    start = p - 1
    while start > 0 and an.words[start].capitalised and an.words[start - 1].capitalised:
        start -= 1
    return start
