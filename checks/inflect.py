"""A verb's other forms, for about-terms: an editor writes "crash" and a source "crashed".

Regular English inflection (-s, -ed, -ing, with a final e dropped, a y turned to i and a short
word's last consonant doubled) and ``IRREGULAR_VERBS``. A form built from a guessed stem that is
no English word ("collaps") does no harm: no source writes it.
"""

from __future__ import annotations

import re

from functools import lru_cache

from .lang.grammar import FUNCTION_WORDS, IRREGULAR_VERBS
from .match import Term, compile_terms
from .words import words

__all__ = ["about_terms", "verb_terms", "word_forms"]

_BASE_OF = {form: base for base, forms in IRREGULAR_VERBS.items() for form in forms if form != base}
_SHORT_CVC = re.compile(r"(?:^|[^aeiou])[aeiou][bdgklmnprt]$")  # "stop", "plan": the consonant doubles


def _past(base: str) -> set[str]:
    if base in IRREGULAR_VERBS:
        return set(IRREGULAR_VERBS[base])
    if base.endswith("e"):
        return {base + "d"}
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return {base[:-1] + "ied"}
    return {base + "ed"} | ({base + base[-1] + "ed"} if _SHORT_CVC.search(base) else set())


def _ing(base: str) -> set[str]:
    if base.endswith("ie"):
        return {base[:-2] + "ying"}
    if base.endswith("e") and not base.endswith(("ee", "ye", "oe")):
        return {base[:-1] + "ing"}
    return {base + "ing"} | ({base + base[-1] + "ing"} if _SHORT_CVC.search(base) else set())


def _third(base: str) -> str:
    if base.endswith("y") and base[-2:-1] not in set("aeiou"):
        return base[:-1] + "ies"
    return base + ("es" if base.endswith(("s", "x", "z", "ch", "sh")) else "s")


def _undoubled(stem: str) -> set[str]:
    """"stopp" (of "stopped") -> "stop"; "kill" keeps its double l ("travell" may lose it)."""
    if len(stem) > 3 and stem[-1] == stem[-2] and stem[-1] in "bdgklmnprt":
        return {stem[:-1]} | ({stem} if stem[-1] == "l" else set())
    return {stem}


def _bases_of_past(word: str) -> set[str]:
    """The bases a past form in -ed may come from: "crashed" crash, "collapsed" collapse, "stopped" stop."""
    if word.endswith("ied"):
        return {word[:-1]} if len(word) == 4 else {word[:-3] + "y"}  # "died": die; "buried": bury
    return _undoubled(word[:-2]) | {word[:-1]}


def _bases_of_ing(word: str) -> set[str]:
    if word.endswith("ying") and len(word) == 5:
        return {word[0] + "ie"}  # "dying": die
    return _undoubled(word[:-3]) | {word[:-3] + "e"}


def word_forms(word: str) -> frozenset[str]:
    """The other forms of a lower-case word used as a verb: a base gives its past, participle, -s and -ing forms;
    a past form its base and those; an -ing form only its past ("landing" is also a noun: "landed" is its event,
    "land" may be another thing). Words of under three letters, function words and plurals give none."""
    if len(word) < 3 or not word.isalpha() or not word.islower() or word in FUNCTION_WORDS:
        return frozenset()
    if word in _BASE_OF:
        bases = {_BASE_OF[word]}
    elif word.endswith("ed") and (len(word) > 4 or word.endswith("ied")):
        bases = _bases_of_past(word)
    elif word.endswith("ing") and len(word) > 4:
        return frozenset(f for base in _bases_of_ing(word) for f in _past(base)) - {word}
    elif word.endswith("s"):
        return frozenset()  # a plural or a third person: its base already matches (match.same_word)
    else:
        bases = {word}
    forms = {f for base in bases for f in ({base, _third(base)} | _past(base) | _ing(base))}
    return frozenset(forms - {word})


def verb_terms(about: tuple[str, ...], claim: str) -> dict[str, frozenset[str]]:
    """About-term -> the other forms its words may take in a source, where the claim writes one of its words in
    another of those forms: the claim "The tower collapsed on ..." makes the term "collapse" a verb, so "collapsed",
    "collapsing" say its event too, and "took off" in the claim gives "take off" its "took off". Without that a term
    keeps its form: "fire" is not "fired", "report" not "reported", "voted" not "votes" (ballots)."""
    claimed = {w.norm for w in words(claim)}
    out = {}
    for term in about:
        ws = [w.norm for w in words(term)]
        if any(w[:1].isupper() for w in term.split()) or not ws:
            continue
        forms = {w: word_forms(w) for w in ws}
        verbs = {w for w, f in forms.items() if f & claimed - {w}}
        if verbs:
            out[term] = frozenset(" ".join(ws[:k] + [f] + ws[k + 1:]) for k, w in enumerate(ws) if w in verbs
                                  for f in forms[w])
    return out


@lru_cache(maxsize=4096)
def about_terms(about: tuple[str, ...], claim: str) -> tuple[Term, ...]:
    """A fact's about-terms, compiled with their other forms."""
    return compile_terms(about, forms=verb_terms(about, claim))
