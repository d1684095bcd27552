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


def test_only_the_sentences_a_fact_reads_are_scanned_for_dates(monkeypatch):
    """A sentence's dates are read when a fact reads the sentence, and the sentences before it in its paragraph only
    where they may state its year; the others are never scanned (most sentences of a source)."""
    from checks.dates import forms
    from checks.index import build_vocabulary, index_source
    from checks.judge import judge_fact
    from checks.model import Fact
    from checks.sources import make_source

    text = ("Talks opened in Orsk. The pact was signed on 9 June 2019. Crowds gathered. The patrols began on 12 July,"
            " officials said.\n\nNothing here names a day. Fighting resumed in 2020.\n")
    scanned = []
    real = forms.dates
    monkeypatch.setattr(forms, "dates", lambda text, published=None: scanned.append(text) or real(text, published))
    idx = index_source(make_source("a.txt", text))
    fact = Fact(id="patrols", claim="The patrols began on 12 July 2019.", kind="date", about=("patrols",),
                value=real("12 July 2019")[0].value, file="f.yaml", line=1)
    found = judge_fact(fact, [idx], build_vocabulary([idx]))
    assert scanned == ["The patrols began on 12 July, officials said.", "The pact was signed on 9 June 2019."]
    assert [r.verdict for _, r in found] == ["agree"]  # 12 July takes the paragraph's 2019
