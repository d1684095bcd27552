"""Words of a sentence with their spans, normalised for matching."""

from __future__ import annotations

import re
import sys
import unicodedata
from functools import lru_cache
from typing import NamedTuple

from .lang.grammar import DEMONYM_ENDINGS, DEMONYMS, FUNCTION_WORDS, IRREGULAR_PLURALS

def alternation(phrases) -> str:
    """A regex alternation of word lists' phrases, longest first, a space matching any run of white space: the one
    way the rules turn a table of words into a search."""
    return "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(phrases, key=len, reverse=True))


# Dotted acronyms (U.S., U.N.) are one word; otherwise runs of letters/digits.
WORD = _WORD = re.compile(r"(?:[A-Za-z]\.){2,}|[^\W_]+")
# Without a dot between two letters (".S." in "U.S.") WORD's first branch cannot match: most sentences are cut by
# its second branch alone, in two thirds of the time.
_PLAIN_WORD = re.compile(r"[^\W_]+")
_DOTTED = re.compile(r"\.[A-Za-z]\.")


def word_pattern(text: str) -> re.Pattern:
    """WORD, or the quicker pattern that finds the same words in ``text``."""
    return WORD if _DOTTED.search(text) else _PLAIN_WORD


# ASCII capitals lowered, letters and digits kept, every other ASCII character a space: an ASCII text translated so
# and split on white space gives _PLAIN_WORD's words of it, lowered.
ASCII_WORDS = str.maketrans({c: (chr(c).lower() if chr(c).isalnum() else " ") for c in range(128)})


class Word(NamedTuple):
    """A word as written and where, with its norm.  A named tuple, not a frozen dataclass: every sentence a
    fact's term is looked for in is cut into words, and a tuple is made in half the time."""

    norm: str  # case-folded, diacritics and dots removed
    start: int
    end: int
    text: str  # as written

    @property
    def capitalised(self) -> bool:
        """Does it open with a capital, or a small letter before one ("iRobot", "eBay"): written as a name?"""
        t = self.text
        return t[:1].isupper() or (t[1:2].isupper() and t[:1].islower())


@lru_cache(maxsize=65_536)
def normalise(text: str) -> str:
    """Case, diacritics and dots don't matter: 'Türkiye' -> 'turkiye', 'U.S.' -> 'us'.

    Interned: a word's norm is one string however often it is written (the Vocabulary keeps millions)."""
    if text.isascii():
        return sys.intern(text.lower().replace(".", ""))
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    return sys.intern(plain.casefold().replace(".", "").replace("ı", "i"))


def is_demonym(norm: str) -> bool:
    """'kurdish', 'indian', 'dutch': a nationality adjective (``DEMONYMS``, or a demonym's ending)."""
    return norm.endswith(DEMONYM_ENDINGS) or norm in DEMONYMS


def is_plural(norm: str) -> bool:
    """'seats', 'homes' (not 'class', 'press'): a plural by its ending, where the rules need no more than that, or
    one of the plurals that have none ('people', 'children')."""
    return norm.endswith("s") and not norm.endswith("ss") or norm in IRREGULAR_PLURALS


def singular(norm: str) -> str:
    """'seats' -> 'seat': the plural ending dropped, as far as ``is_plural`` reads one."""
    return norm[:-1] if is_plural(norm) else norm


def title_case(ws: tuple[Word, ...]) -> bool:
    """A headline in title case ('Airline Grounds 65 Planes'): capitals say nothing about names there."""
    plain = [w for w in ws if w.norm not in FUNCTION_WORDS and not w.norm[:1].isdigit()]
    capitals = sum(w.capitalised for w in plain)
    # (three lower-case words or more are prose full of names: "Acting President Choi Sang-mok made the announcement
    # during a meeting at the Central Disaster and Safety Countermeasure Headquarters in Seoul")
    return len(plain) >= 3 and capitals > 0.7 * len(plain) and len(plain) - capitals < 3


@lru_cache(maxsize=8_192)  # full within a worker's first 10 shards, flat after (16,384: +40 MB by its 100th)
def words(text: str) -> tuple[Word, ...]:
    # each Word made by tuple.__new__, as Word(...) would make it, without a call to its Python __new__
    return tuple([_new(Word, (normalise(g := m.group()), m.start(), m.end(), g))
                  for m in word_pattern(text).finditer(text)])


_new = tuple.__new__


# The only letters Python's case-insensitive matching takes for ASCII ones ("FRİDAY" matches
# "friday"); mapped one for one, so spans stay valid and matched words are found in the tables.
_CONFUSABLE = str.maketrans({"İ": "I", "ı": "i", "ſ": "s", "\u212a": "K"})
_HAS_CONFUSABLE = re.compile("[" + "".join(map(chr, _CONFUSABLE)) + "]")


def fold_confusables(text: str) -> str:
    """``text`` with the four letters that case-insensitive patterns read as ASCII made ASCII.

    Asked of every sentence several times (dates, numbers, ranks): most text that is not ASCII (curly quotes,
    accents) holds none of the four, and is passed over by one search instead of translated."""
    return text if text.isascii() or not _HAS_CONFUSABLE.search(text) else text.translate(_CONFUSABLE)
