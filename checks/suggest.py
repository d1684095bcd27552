"""Names a user types (a fact id, a source name): the nearest ones when it matches none, and
source names given by an unambiguous prefix (``002`` for ``002_2a55fcc27fdfc66d.txt``)."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def nearest(word: str, choices: Iterable[str], n: int = 3) -> list[str]:
    """The choices closest to ``word`` (by spelling, then those it is a part of), best first."""
    choices = sorted(set(choices))
    close = difflib.get_close_matches(word, choices, n=n, cutoff=0.6)
    folded = word.casefold()
    close += [c for c in choices if folded and folded in c.casefold() and c not in close]
    return close[:n]


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' — did you mean a or b?' (empty when nothing is near)."""
    near = nearest(word, choices)
    if not near:
        return ""
    return " — did you mean " + " or ".join(near) + "?"


def resolve(name: str, choices: Iterable[str]) -> tuple[str | None, list[str]]:
    """(the choice meant, []) for an exact name or an unambiguous prefix; else (None, the candidates):
    every choice the prefix fits when it fits several, else the nearest by spelling."""
    choices = list(choices)
    if name in choices:
        return name, []
    fits = [c for c in choices if c.startswith(name)] if name else []
    if len(fits) == 1:
        return fits[0], []
    return None, sorted(fits) if fits else nearest(name, choices)
