"""A physical event's noun used as a figure of speech names no such event (issue 12). Invented sentences."""

import pytest

from checks.attribution.figures import figurative
from checks.match import compile_terms, find
from checks.words import words

from .helpers import one

STORM = """
- id: storm-landfall
  claim: Storm Velma made landfall on 10 September 2023.
  kind: date
  about: [storm, made landfall]
  value: 2023-09-10
"""


@pytest.mark.parametrize("text, verdict", [
    ("The storm made landfall on 10 September 2023.", "agree"),
    ("The storm reached the coast on 12 September 2023.", "differ"),
    # a figure of speech: an adjective of public life, or "of" and something that is no matter
    ("The floods grew into a political storm on 19 September 2023.", "silent"),
    ("The mayor faced a storm of criticism on 19 September 2023.", "silent"),
    ("It was the perfect storm for the ruling party on 19 September 2023.", "silent"),
])
def test_a_figurative_storm_is_no_storm(tmp_path, text, verdict):
    assert one(tmp_path, STORM, text)[0] == verdict


@pytest.mark.parametrize("text, term, expected", [
    ("a wave of protests swept the city", "wave", True),
    ("a wave 7 metres high swept the city", "wave", False),
    ("a storm of criticism", "storm", True),
    ("a storm of hail", "storm", False),
    ("a political storm", "political storm", False),  # a term that says it means it
])
def test_figurative(text, term, expected):
    ws = words(text)
    hits = find(ws, text, compile_terms([term]))
    assert [figurative(ws, h) for h in hits] == [expected]
