"""Which way a clause leans in time, so a bare "Thursday" or "in August" can be placed.

A weekday or a month without a year names a day or month on either side of
publication.  The words of its own clause decide: "will", "is scheduled",
"as soon as" point ahead; "was", "told", "arrested" point back.  Clauses are
cut at punctuation and conjunctions, so "Since the decision was announced
Wednesday, they will appeal" reads the weekday with "was announced" only.
"""

from __future__ import annotations

import re

from .vocab import FUTURE_CUES, PAST_CUES, TARGET_PREPOSITIONS, TENSE_BREAKS

__all__ = ["leaning"]


def _alternation(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))


_BREAK = re.compile(r"[,;:()\[\]\"“”]|--|—|–|\s_\s|\b(?:" + _alternation(TENSE_BREAKS) + r")\b", re.IGNORECASE)
# "'ll" clings to its subject ("they'll"); whole words must not be the tail of another word
_FUTURE = re.compile(r"['’]ll\b|(?<![\w'’])(?:" + _alternation(w for w in FUTURE_CUES if w[0].isalpha())
                     + r")\b", re.IGNORECASE)
# A lower-case word in -ed is a past form ("arrested", "denied"); capitalised ones are names ("United").
_PAST = re.compile(r"\b(?:" + _alternation(PAST_CUES) + r")\b|\b[a-z]{2,}ed\b")
_TARGET = re.compile(r"\b(?:" + _alternation(TARGET_PREPOSITIONS) + r")\s+(?:the\s+)?(?:\S+\s+)?$", re.IGNORECASE)
_LEAD = re.compile(r"\s*(?:on|in|at|by|from|since|during|early|late|mid|the)?\s*$", re.IGNORECASE)


def leaning(text: str, start: int, end: int) -> str:
    """'future', 'past' or '' for the clause of text[start:end], the date itself left out."""
    left, right = _clause(text, start, end)
    if not left.strip(" ,") or _LEAD.fullmatch(left) and not right.strip():
        # a fronted date ("On Tuesday, the league plans to ...") is read with what follows it
        right = _next_clause(text, end)
    context = left + " " + right
    if _FUTURE.search(context):
        return "future"
    if _PAST.search(context) and not _TARGET.search(left):
        return "past"
    return ""


# A clause is read at most this far either side of the date, so a long run-on line costs
# the same per date as a short one.
_REACH = 160


def _clause(text: str, start: int, end: int) -> tuple[str, str]:
    begin = max(0, start - _REACH)
    for m in _BREAK.finditer(text, begin, start):
        begin = m.end()
    limit = min(len(text), end + _REACH)
    stop = _BREAK.search(text, end, limit)
    return text[begin:start], text[end:stop.start() if stop else limit]


def _next_clause(text: str, end: int) -> str:
    limit = min(len(text), end + _REACH)
    first = _BREAK.search(text, end, limit)
    if first is None:
        return text[end:limit]
    if first.start() - end > 3:  # the date's own clause goes on: keep it
        return text[end:first.start()]
    limit = min(len(text), first.end() + _REACH)
    stop = _BREAK.search(text, first.end(), limit)
    return text[first.end():stop.start() if stop else limit]
