"""A term used as a figure of speech names no event of its kind: 'a political storm', 'a storm of criticism'."""

from __future__ import annotations

from ..lang.grammar import FIGURATIVE_MODIFIERS, FIGURATIVE_NOUNS, FIGURATIVE_OBJECTS
from ..match import Hit
from ..words import Word

__all__ = ["degree_adjective", "figurative"]

# Adverbs of degree that make a participle after them an adjective ranking those it befell: "the worst hit districts",
# "the hardest-hit areas", "the most affected villages".
_DEGREE_ADVERBS = frozenset({"worst", "hardest", "most", "least", "worse", "harder"})


def degree_adjective(ws: tuple[Word, ...], hit: Hit, text: str = "") -> bool:
    """Is a one-word term an adjective of degree, right after an adverb of degree ("the worst hit districts", "the
    most affected villages"): it ranks those the event befell, no mention of the event's act ("hit", for a landfall)?
    A term that holds the adverb ("worst hit") is matched from it and means just that."""
    k = hit.first
    return hit.first == hit.last and k > 1 and ws[k - 1].norm in _DEGREE_ADVERBS \
        and (ws[k].norm.endswith(("ed", "en")) or ws[k].norm in _BARE_PARTICIPLES) \
        and not text[ws[k - 2].end:ws[k - 1].start].strip()  # (not "the most votes"; not "died, most killed by":
    # "most" a pronoun after a comma, the participle its predicate)


_BARE_PARTICIPLES = {"hit", "struck", "hurt", "stricken"}  # participles with no -ed or -en


def figurative(ws: tuple[Word, ...], hit: Hit) -> bool:
    """Is the term a physical event's noun used as a figure: after an adjective of public life ('a political storm',
    'the perfect storm', FIGURATIVE_MODIFIERS) or before 'of' and something that is no matter ('a storm of criticism',
    'a wave of protests', FIGURATIVE_OBJECTS)?  Only a one-word term: 'political storm' as a term means just that."""
    if hit.first != hit.last or ws[hit.first].norm not in FIGURATIVE_NOUNS:
        return False
    k = hit.first
    if k > 0 and ws[k - 1].norm in FIGURATIVE_MODIFIERS:
        return True
    return k + 2 < len(ws) and ws[k + 1].norm == "of" and ws[k + 2].norm in FIGURATIVE_OBJECTS
