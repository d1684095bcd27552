"""The gate before the date and number patterns: it restates how a match can begin, so it never changes a match."""

import re

from hypothesis import given
from hypothesis import strategies as st

from checks import numbers
from checks.dates import forms, relative
from checks.dates.fragments import gate

# Words that begin or make up dates, words that don't, and letters case folding reads as ASCII.
_WORDS = ["the", "last", "next", "this", "on", "in", "of", "for", "over", "early", "mid", "late", "a", "an", "two",
          "ago", "earlier", "year", "years", "week", "weekend", "month", "quarter", "period", "year-ago", "between",
          "from", "to", "and", "end", "beginning", "Monday", "Friday's", "yesterday", "tonight", "summer", "Winter",
          "fall", "January", "Sept.", "sept", "May", "may", "March", "Jun", "Christmas", "Thanksgiving", "Day", "New",
          "Year's", "nineteen", "ninety-six", "thousand", "third", "first", "2nd", "2020", "1957-58", "2021-03-04",
          "9", "14-15", "31st", "1990s", "20th", "century", "BC", "Q3", "q4", ",", "-", "'s", "$", "5%", "3.5",
          "ceasefire", "signed", "troops", "said", "Pashinyan", "peace", "talks", "Thesis", "Mayor", "Jane", "FRİDAY",
          "Tueſday", "ſpring", "thouſand", "\u212aing", "2\u0663", "\u0661\u0669\u0669\u0660", "dozen", "dozens", "half",
          "hundred", "twenty-one", "million", "RM500", "Rs", "1,200", "one", "Eleven", "Athens", "sixth", "zero"]


def _without_gate(pattern: re.Pattern) -> re.Pattern:
    """The same pattern with its gate taken out."""
    start = pattern.pattern.index("(?=(?:")
    depth, k = 0, start
    while True:  # the gate's closing parenthesis
        depth += {"(": 1, ")": -1}.get(pattern.pattern[k], 0) if pattern.pattern[k - 1] != "\\" else 0
        k += 1
        if depth == 0:
            break
    return re.compile(pattern.pattern[:start] + pattern.pattern[k:], pattern.flags)


_PLAIN_DATE, _PLAIN_RELATIVE = _without_gate(forms._DATE), _without_gate(relative._RELATIVE)
_PLAIN_NUMBER = _without_gate(numbers._NUMBER)


def _found(pattern: re.Pattern, text: str) -> list:
    return [(m.span(), m.lastgroup, m.groupdict()) for m in pattern.finditer(text)]


@given(st.lists(st.sampled_from(_WORDS), max_size=14), st.sampled_from([" ", "  ", "\n", ""]))
def test_the_gate_changes_no_match(tokens, space):
    text = space.join(tokens)
    assert _found(forms._DATE, text) == _found(_PLAIN_DATE, text)
    assert _found(relative._RELATIVE, text) == _found(_PLAIN_RELATIVE, text)
    assert _found(numbers._NUMBER, text) == _found(_PLAIN_NUMBER, text)


def test_the_gate_lets_through_only_the_ways_a_match_begins():
    g = re.compile(gate(r"(?:the\s+)?(?:\d+|Q[1-4])\s+years?|spring"), re.IGNORECASE)
    assert [bool(g.match(text)) for text in ("the  2", "THE Q4", "12", "q1", "Spring", "the spring", "then 2")] \
        == [True, True, True, True, True, False, False]


def test_a_pattern_that_may_begin_with_anything_gets_no_gate():
    assert gate(r"(?:the\s+)?\w+") == ""
    assert gate(r"x?") == ""
