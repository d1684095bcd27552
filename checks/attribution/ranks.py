"""An owner's ranked instance: 'his second Wimbledon title', 'its 7th mission' name one of a series; when the fact's
claim ranks its own instance of that series otherwise ('his first Wimbledon title'), a value said of that one is
another instance's."""

from __future__ import annotations

from ..lang.grammar import FUNCTION_WORDS, POSSESSIVES
from ..match import Hit
from ..numbers import ordinal_values
from ..words import Word, words
from .clauses import Analysed, Decision, _gap, is_ordinal, per_sentence
from .relations import _instance_end, _opened_clause, _predicate, _rank_or_part

__all__ = ["claim_ordinals", "other_rank"]

_SERIES_WORDS = 5  # words after a claim's ordinal that name its series at most ("seventh Formula One world title")


def rank_of(w: Word) -> int | None:
    """'second': 2, '14th': 14; None for a word that is no ordinal."""
    return next(iter(ordinal_values(w.text)), None) if is_ordinal(w) else None


def claim_ordinals(claim: str) -> tuple[tuple[int, frozenset[str]], ...]:
    """Each rank a claim's ordinals name, with the words of the series it ranks in ('his seventh Formula One world
    title by winning': (7, {formula, one, world, title})); empty when it names none."""
    ws, out = words(claim), []
    for i, w in enumerate(ws):
        n = rank_of(w)
        if n is not None:
            series = []
            for v in ws[i + 1:i + 1 + _SERIES_WORDS]:
                if v.norm == "s":
                    continue  # a possessive inside the series: "men's singles title"
                if v.norm in FUNCTION_WORDS or v.norm[:1].isdigit():
                    break
                series.append(v.norm)
            out.append((n, frozenset(series)))
    return tuple(out)


def other_rank(an: Analysed, k: int, about: list[Hit], ranks: tuple[tuple[int, frozenset[str]], ...],
               later: bool | None) -> Decision | None:
    """'Hamilton had won his first world title in 2008', 'In 2016, he won his second Wimbledon title': a possessive
    and an ordinal before a term ('his second Wimbledon title') name one instance of the owner's series; when the
    fact's claim ranks its own instance of that series (its words hold the phrase's: "his first Wimbledon men's
    singles title", not "his second Grand Slam title", which may be the same win) otherwise (``ranks``), the phrase
    names another instance.  A date in the phrase, its clause or the opening phrase dating its clause is that
    instance's when it lies on the rank's side of the fact's year (``later``: a higher rank, a later year): set aside;
    a number only when it is the rank itself ("chasing his 25th Grand Slam title", for a claim of his 24th; ``later``
    None).  Not a predicate ("It was Velmar's fifth title", "took office as Britain's 76th prime minister", "May,
    Britain's 76th prime minister,"); not when a term stands in the clause outside the phrase ("won Wimbledon on 7
    July 2013, his second major title": the phrase renames the event); not when the ordinal is part of a term."""
    for o, end in _ranked_phrases(an):
        rank = rank_of(an.words[o])
        claimed = _claimed_rank(an, o, end, ranks)
        if claimed is None or claimed == rank:
            continue
        if not any(o < h.first and h.last < end for h in about) or any(h.first <= o <= h.last for h in about):
            continue
        if later is None and k != o or later is not None and later != (rank > claimed):
            continue
        here = an.clause[o - 1]
        if not (o <= k < end or an.clause[k] == here or _opened_clause(an, k) == here):
            continue  # (the opening phrase dates the clause: "In 2016, he won his second title")
        if any(an.clause[h.first] == here and not (o - 1 <= h.first < end) for h in about):
            continue
        phrase = " ".join(w.text for w in an.words[o - 1:end])
        return Decision(False, f"belongs to another instance: '{phrase}', and the claim ranks its own {claimed}")
    return None


def _claimed_rank(an: Analysed, o: int, end: int, ranks) -> int | None:
    """The claim's rank in the series the phrase from ordinal o to ``end`` names (the claim's words after its ordinal
    hold all the phrase's words), or None."""
    series = {w.norm for w in an.words[o + 1:end] if w.norm not in FUNCTION_WORDS}
    return next((n for n, words_ in ranks if series and series <= words_), None)


@per_sentence
def _ranked_phrases(an: Analysed) -> tuple[tuple[int, int], ...]:
    """Each owner's ranked noun phrase: (the ordinal's word, the phrase's end), after a possessive ('his', 'its', or
    the "s" of "Murray's"); not a rank or part ('his second-largest', 'its second half'), nor a predicate's."""
    ws, out = an.words, []
    for o in range(1, len(ws)):
        if rank_of(ws[o]) is None or ws[o - 1].norm not in POSSESSIVES or _rank_or_part(an, o + 1):
            continue
        if ws[o - 1].norm == "s" and _gap(an, o - 1) not in ("'", "’"):
            continue
        owner = _owner(an, o - 1)
        if _predicate(an, owner) or owner and ws[owner - 1].norm == "as" or _gap(an, owner).strip() == ",":
            continue  # "It was Velmar's fifth title", "took office as its 76th", "May, Britain's 76th prime minister,"
        end = _instance_end(an, o + 1, dated=False)
        if end > o + 1:
            out.append((o, end))
    return tuple(out)


def _owner(an: Analysed, p: int) -> int:
    """Where the possessive at word p opens its phrase: the possessive word itself, or the first word of the name
    before an "s" ("Andy Murray's")."""
    if an.words[p].norm != "s":
        return p
    start = p - 1
    while start > 0 and an.words[start].capitalised and an.words[start - 1].capitalised:
        start -= 1
    return start
