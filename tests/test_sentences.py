"""Sentence splitting (checks/sources.py): where a sentence ends, including a space lost in scraped text."""

from hypothesis import given, strategies as st

from checks.lang.abbreviations import ABBREVIATIONS
from checks.sources import split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


def test_a_stop_right_before_a_capitalised_word_ends_a_sentence_when_the_space_was_lost():
    assert texts("The court upheld the ruling.Lind was removed. Then it rained.") == [
        "The court upheld the ruling.", "Lind was removed.", "Then it rained."]
    assert [s.start for s in split_sentences("It ended.Lind left.")] == [0, 9]


def test_abbreviations_domains_and_initials_keep_their_sentence():
    for text in ("Mrs.Lind said so.", "See velmar.co.uk for more.", "The U.S.Army came.", "It cost 3.5 million."):
        assert texts(text) == [text]


WORDS = st.text(alphabet="abcdefghij", min_size=3, max_size=8).filter(lambda w: w not in ABBREVIATIONS)


@given(st.lists(st.lists(WORDS, min_size=2, max_size=6), min_size=2, max_size=5))
def test_sentences_joined_without_a_space_are_split_back(sentences):
    # (a stop after an abbreviation, "Dec.Lind", stays inside its sentence)
    written = [" ".join(ws).capitalize() + "." for ws in sentences]
    assert texts("".join(written)) == written
