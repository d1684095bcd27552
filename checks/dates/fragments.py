"""Pattern pieces the date rules share, each built from the word tables in checks/lang.

A piece takes the name of its group, so one rule can hold several.
"""

from __future__ import annotations

import re

from ..lang.calendar import MONTHS, SEASONS
from ..lang.numbers import ONES, TENS

__all__ = ["CAPITAL_AFTER", "NAME_AFTER", "day", "month", "part", "season", "word_year", "year"]

# A capitalised word follows: "April Glaspie", "Christmas Island", "the Winter Olympics" are names.
NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# Any capital follows, acronyms too: "Will Smith", "Will UN inspectors" ("Will" is a name, not a future).
CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _prefix_chain(words: list[str]) -> str:
    """'sep', 'sept', 'september' -> 'sep(?:t(?:ember)?)?': each word a prefix of the next, longest tried first."""
    tail = ""
    for shorter, longer in reversed(list(zip(words, words[1:]))):
        rest = longer[len(shorter):]
        tail = f"{rest}?" if len(rest) == 1 and not tail else f"(?:{rest}{tail})?"
    return words[0] + tail


def _month_words() -> str:
    by_number: dict[int, list[str]] = {}
    for word, number in MONTHS.items():
        by_number.setdefault(number, []).append(word)
    return "|".join(_prefix_chain(sorted(words, key=len)) for _, words in sorted(by_number.items()))


_MONTH_WORDS = _month_words()


def month(name: str) -> str:
    """A month name or its abbreviation, with the abbreviation's dot after the group."""
    return f"(?P<{name}>{_MONTH_WORDS})\\.?"


def day(name: str) -> str:
    return f"(?P<{name}>[0-3]?\\d)(?:st|nd|rd|th)?"


def year(name: str) -> str:
    return f"(?P<{name}>1[5-9]\\d\\d|20\\d\\d)"


def part(name: str) -> str:
    """'early ', 'mid-', 'the end of ': an optional part of a month or year."""
    return f"(?:(?P<{name}>early|mid|late|the\\s+(?:beginning|start|middle|end)\\s+of)[\\s-]+)?"


def season(name: str) -> str:
    return f"(?P<{name}>{'|'.join(SEASONS)})"


_W_ONES = "|".join(w for w, n in ONES.items() if 1 <= n <= 9)
_W_TEENS = "|".join(w for w, n in ONES.items() if n >= 10)
_W_TENS = "|".join(TENS)


def word_year(name: str) -> str:
    """Years said in words, as radio transcripts write them: "nineteen ninety-six", "the year two thousand".

    ``{name}_2k`` holds "the year" before "two thousand".
    """
    return (f"(?P<{name}>(?:eighteen|nineteen)[\\s-]+(?:(?:{_W_TENS})(?:[\\s-]+(?:{_W_ONES}))?|{_W_TEENS})"
            f"|(?P<{name}_2k>the\\s+year\\s+)?two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?:{_W_ONES}|{_W_TEENS}"
            f"|twenty(?:[\\s-]+(?:{_W_ONES}))?))?)\\b(?!-)")
