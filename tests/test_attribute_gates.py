"""The shortcuts that skip an attribution rule when the sentence lacks its trigger words (``Analysed.norms``) and
the faster term search give the same answers as the full reading, on invented sentences drawn from a word list
rich in those trigger words."""

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.attribution import NAME_RULES, PLACE_RULES, VALUE_RULES, analyse
from checks.dates.forms import dates
from checks.match import compile_terms, find, positions
from checks.model import Sentence
from checks.numbers import numbers
from checks.words import words


class _Everything:
    """A set of words that holds every word: with it as a sentence's norms no shortcut applies."""

    def __contains__(self, word) -> bool:
        return True

    def isdisjoint(self, other) -> bool:
        return False


# Trigger words of the gated rules and readings, with plain words, names, values and punctuation around them.
WORDS = ["the", "a", "an", "its", "their", "Velmar's", "ferry", "crew", "sank", "was", "rescued", "is", "not", "never",
         "didn't", "no", "said", "says", "told", "reporters", "according", "to", "announced", "found", "report",
         "respectively", "and", "or", "replaced", "defeating", "succeeded", "after", "before", "following", "prior",
         "ahead", "of", "in", "response", "the wake of", "for her role in", "another", "second", "last", "previous",
         "earlier", "separate", "who", "which", "published", "on", "3 May", "2019", "12", "40 people", "$5 million",
         "Orsk", "Lind", "Aske", "Mayor", "chief", "officials", ",", ";", "(", ")", "\"", "“We", "we", "—", "—",
         # whole phrases, so the rarer rules fire often enough
         "Aske and Velmar, respectively", "replaced Orsk as chair", "according to Lind,", ", Orsk said.",
         "another ferry in Aske", "after the storm in Velmar,", "did not name Orsk", "Lind said it would sell the ferry",
         "after the storm on 3 May,", "another ferry sank in 2019", "12 days after the storm in Velmar,",
         ", inspectors found in a review.", "a second crew of 40", "its last ferry in 2019"]
TERMS = compile_terms(["ferry", "crew", "report"])
NAMES = compile_terms(["Orsk", "Lind", "Aske", "Velmar", "Mayor"])

SENTENCES = st.lists(st.sampled_from(WORDS), min_size=3, max_size=24).map(
    lambda ws: " ".join(["The ferry"] + ws) + ".")


def _both(text: str):
    """The sentence read with its real norms and with norms that hold every word (fresh memos for each)."""
    an = analyse(Sentence(text, 0, 1, 0), words(text))
    return an, replace(an, memo={}, norms=_Everything())


def _every_rule(rules, an, found, about):
    return [rule(an, found, about) for rule in rules]


@settings(max_examples=500, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=SENTENCES)
def test_each_rule_decides_alike_with_and_without_its_word_gate(text):
    gated, full = _both(text)
    about = find(gated.words, text, TERMS)
    found = list(dates(text))
    for mention in [*found, *numbers(text, [(d.start, d.end) for d in found])]:
        assert _every_rule(VALUE_RULES, gated, mention, about) == _every_rule(VALUE_RULES, full, mention, about)
    for hit in find(gated.words, text, NAMES):
        assert _every_rule(NAME_RULES, gated, hit, about) == _every_rule(NAME_RULES, full, hit, about)
        assert _every_rule(PLACE_RULES, gated, hit, about) == _every_rule(PLACE_RULES, full, hit, about)


@settings(max_examples=300, deadline=None)
@given(text=SENTENCES)
def test_find_with_the_sentences_word_positions_finds_what_trying_every_word_finds(text):
    """``at`` only spares visiting the words that begin no term (by ``starts``)."""
    ws = words(text)
    for terms in (TERMS, NAMES):
        starts = {t.parts[0]: (t,) for t in terms}
        assert find(ws, text, terms, starts, positions(ws)) == find(ws, text, terms, starts)
