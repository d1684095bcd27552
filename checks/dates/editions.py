"""Editions: a year written against a name ("the 2015 World Cup final", "their 2013 Champions Trophy win",
"Premier League 2022 final") dates that edition of the named series or event.  It dates the fact's event only
when the fact's claim names the same thing in the same year, or names it with no year."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..lang.calendar import CALENDAR_WORDS, DEFINITE_DETERMINERS, HOLIDAYS
from ..lang.grammar import FUNCTION_WORDS

__all__ = ["Editions", "claim_editions", "edition_name", "another_edition"]

# a run of capitalised words (a hyphen or an apostrophe inside a word, none after it: not "India's")
_NAME = r"[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}"
_NAME_BEFORE = re.compile(r"(?<![\w'’])(" + _NAME + r")\s+\Z")
_NAME_AFTER = re.compile(r"\s+(" + _NAME + r")(?![\w'’])")
_DETERMINED = re.compile(r"(?:\b(?:" + "|".join(DEFINITE_DETERMINERS) + r")|\w['’]s)\s+\Z", re.IGNORECASE)
_YEAR = re.compile(r"(?<![\w.,-])(1[89]\d\d|2[01]\d\d)(?![\w.,-]|,\d)")


_TIMES = set(HOLIDAYS) | {"q1", "q2", "q3", "q4", "h1", "h2", "fy", "ramadan", "hanukkah", "diwali", "eid",
                                   "passover", "lent", "advent"}


def _key(name: str) -> str:
    """What identifies a named thing: its last two words, lower-cased ("Cricket World Cup" -> "world cup")."""
    words = [w for w in name.lower().rstrip(".").split() if w not in FUNCTION_WORDS and w not in CALENDAR_WORDS]
    return " ".join(words[-2:])


def _clean(name: str) -> str:
    """The name without leading words that are no part of it (a sentence's first word "The", a month)."""
    words = name.split()
    while words and (words[0].lower() in FUNCTION_WORDS or words[0].lower() in CALENDAR_WORDS):
        words.pop(0)
    return " ".join(words)


def edition_name(text: str, start: int, end: int) -> str:
    """The name a year (``text[start:end]``, four digits) is written against, right before or after it, or ''."""
    return _edition(text, start, end)[0]


def _edition(text: str, start: int, end: int) -> tuple[str, bool]:
    """``edition_name``, and whether the name stands before the year ("Euro 2020", "Premier League 2022")."""
    if not _YEAR.fullmatch(text, start, end):
        return "", False
    after = _NAME_AFTER.match(text, end)
    if after and _clean(after.group(1)) and _DETERMINED.search(text, max(0, start - 30), start):
        return _clean(after.group(1)), False  # "the 2015 World Cup", "India's 2013 Champions Trophy" (not "In 2020 Armenia")
    before = _NAME_BEFORE.search(text[max(0, start - 80):start])
    return (_clean(before.group(1)), True) if before else ("", False)


@dataclass(frozen=True)
class Editions:
    """A claim's words (lower-cased) and the years it writes against named things ({"world cup": {2023}})."""

    claim: str
    years: dict[str, frozenset[int]]


def claim_editions(claim: str) -> Editions:
    """What a date fact's claim names and in which years ("the 2023 Cricket World Cup" -> "world cup": {2023})."""
    found: dict[str, set[int]] = {}
    for m in _YEAR.finditer(claim):
        key = _key(edition_name(claim, m.start(), m.end()))
        if key:
            found.setdefault(key, set()).add(int(m.group()))
    return Editions(" ".join(claim.lower().split()), {k: frozenset(v) for k, v in found.items()})


def another_edition(text: str, start: int, end: int, editions: Editions) -> str:
    """Why a year written against a name dates something else than the fact's event, or '': the claim does not
    name that thing (in any case), or names it with another year."""
    name, before = _edition(text, start, end)
    if before and name.lower() in _TIMES:
        return ""  # "Christmas 2023", "Q3 2024": a time of the year, no series
    key = _key(name)
    if not key or len(key.split()) < 2 and not before:
        return ""  # one word before the year is most often a place naming the same event ("the 2015 Gorkha earthquake")
    # (one word after it names a series' edition: "the Euro 2020 final", "London 2012"; the claim may name the series
    # with more words: "UEFA Euro 2024")
    years = editions.years.get(key) or next((y for k, y in editions.years.items() if k.endswith(" " + key)), None)
    if years is None and not re.search(r"(?<!\w)" + re.escape(key) + r"(?!\w)", editions.claim):
        return f"dates '{name}', which the fact's claim does not name"
    if years and int(text[start:end]) not in years:
        return f"dates another edition of '{name}' than the claim's ({', '.join(map(str, sorted(years)))})"
    return ""
