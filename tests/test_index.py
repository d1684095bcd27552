"""Indexing a source: what every sentence is given once per run."""

from hypothesis import given, strategies as st

from checks.index import sentence_norms
from checks.words import words


@given(st.text(alphabet="AbZé_ 1,-.ıU.S", max_size=60) | st.text(alphabet="Ab. U.N 9", max_size=60)
       | st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_a_sentences_norms_are_its_words_norms_once_each(text):
    """The vocabulary's words of a sentence (lowered once for an ASCII sentence) are the norms its Words carry."""
    assert sentence_norms(text) == tuple(dict.fromkeys(w.norm for w in words(text)))


def test_dotted_acronyms_and_capitals_are_one_norm():
    assert sentence_norms("The U.S. envoy met the U.S. Envoy in Orsk.") == ("the", "us", "envoy", "met", "in", "orsk")
