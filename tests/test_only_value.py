"""only_value, on invented sentences: a source whose only statement of a fact's value stands apart from every term
(another clause, or far in a long one), with no conflicting value near a term, agrees; anything that says the value is
another thing's, or any conflicting value, leaves it silent."""

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import one, record

KILLED = record("date", "killed", "2003-02-01")
INJURED = record("number", "injured", "53", "people")
CEO = record("party", "chief executive", "[Anna Orsk, Orsk]", rivals="Jon Roe")
SUCCESSOR = record("party", "successor, succeeded", "[Lidia Jones, Jones]")
SANK = record("place", "sank", "[Aske]", rivals="Velmar")
LANDFALL = "The storm, which made landfall on {} after days at sea, left the coast road closed and killed seven people."


@pytest.mark.parametrize("rec, text, published, verdict", [
    # the value in a relative clause, the term in the main one: the source's only date, nothing conflicts
    (KILLED, LANDFALL.format("1 February 2003"), None, "agree"),
    # a day with no year (none to place it in) may be an anniversary's: no statement
    (KILLED, LANDFALL.format("1 February"), None, "silent"),
    (KILLED, LANDFALL.format("1 February"), "2003-02-03", "agree"),  # placed in the source's year
    # a conflicting date near a term, even one set aside, bars it; one attached makes the verdict differ as before
    (KILLED, LANDFALL.format("1 February 2003") + " Officials, who met on 5 February 2003, said seven were killed.",
     None, "silent"),
    (KILLED, LANDFALL.format("1 February 2003") + " Seven people were killed on 5 February 2003.", None, "differ"),
    # the term's clause says when for itself
    (KILLED, "The storm, which made landfall on 1 February 2003, killed seven people days later.", None, "silent"),
    # a count: apart from the term, alone, it agrees; the term's clause counting for itself ("many") bars it
    (INJURED, "The clinic, which admitted 53 people overnight, said the blast had injured them.", None, "agree"),
    (INJURED, "The hospital, which treated 53 people overnight, said the blast had injured many more.", None, "silent"),
    # a name: not inside a longer one, not apart from a term whose clause names another agent, a thing's role or a
    # negation
    (CEO, "The board, which Anna Orsk has led since 2019, named her chief executive.", None, "agree"),
    (CEO, "The board, which Anna Orsk joined in 2019, said its chief executive would appeal.", None, "silent"),
    (CEO, "Anna Orsk watched as a chief executive from a rival firm took the stage.", None, "silent"),
    (SUCCESSOR, "Slack did not name a successor, a person familiar with the matter told Dow Jones.", None, "silent"),
    # a place: named in every role in a story, never taken so
    (SANK, "The ferry, which sailed from Aske on Monday, sank in a storm.", None, "silent"),
])
def test_only_value(tmp_path, rec, text, published, verdict):
    assert one(tmp_path, rec, text, published=published)[0] == verdict


@settings(max_examples=40, deadline=None)
@given(st.integers(min_value=1, max_value=4000).map(lambda d: date(2003, 2, 1) + timedelta(days=d)))
def test_a_conflicting_date_near_a_term_always_bars_it(other):
    """Whatever other day a term's sentence gives, set aside or not, the source never agrees by only_value."""
    said = f"{other.day} {other:%B %Y}"
    text = LANDFALL.format("1 February 2003") + f" Officials, who met on {said}, said seven were killed."
    assert one(Path(tempfile.mkdtemp()), KILLED, text)[0] != "agree"
