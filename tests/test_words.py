"""Cutting text into words."""

from hypothesis import given, strategies as st

from checks.words import WORD, word_pattern, words


@given(st.text(alphabet="Ab.é_ 1,-ı", max_size=40))
def test_the_quick_pattern_finds_what_word_finds(text):
    assert [m.span() for m in word_pattern(text).finditer(text)] == [m.span() for m in WORD.finditer(text)]


def test_dotted_acronyms_stay_one_word():
    assert [w.norm for w in words("The U.S. envoy met U.N. staff at 9.30 in Orsk.")] == [
        "the", "us", "envoy", "met", "un", "staff", "at", "9", "30", "in", "orsk"]
