"""Rules of session 21, on invented sentences."""

import pytest

from .helpers import one, record

STRIKERS = record("number", "union", "33000", "workers")


@pytest.mark.parametrize("text, verdict", [
    # a thousands separator or a decimal point is part of its number, no comma closing an aside
    ("The stoppage, involving about 33,000 workers represented by the union, ended on Monday.", "agree"),
    ("The stoppage, involving about 31,000 workers represented by the union, ended on Monday.", "differ"),
    # a real comma after the aside still closes it: the count after it is the main clause's
    ("The stoppage, involving the union, ended with 31,000 workers back at work.", "silent"),
])
def test_a_numbers_separator_is_no_clause_mark(tmp_path, text, verdict):
    assert one(tmp_path, STRIKERS, text)[0] == verdict


JAILED = record("date", "jailed", "2021-11")


@pytest.mark.parametrize("text, verdict", [
    # "since" right after a past participle starts the state the participle names: no clause of its own
    ("Orsk, jailed since November 2021 for her activism, has spent a decade in and out of prison.", "agree"),
    ("Orsk, jailed since March 2019 for her activism, has spent a decade in and out of prison.", "differ"),
    # a span's start after a superlative is no such state ("the worst since ...")
    ("Orsk was jailed in the worst crackdown since November 2021.", "silent"),
])
def test_since_after_a_past_participle_starts_its_state(tmp_path, text, verdict):
    assert one(tmp_path, JAILED, text)[0] == verdict


FIRE = record("date", "fire", "2017-06-14")


@pytest.mark.parametrize("text", [
    "London, Jun 15 (PTI) The death toll in the fire rose to 17.",
    "London, June 15 (Reuters) - The death toll in the fire rose to 17.",
    "LONDON, June 15 - The death toll in the fire rose to 17.",
])
def test_a_datelines_date_is_when_the_story_was_filed(tmp_path, text):
    assert one(tmp_path, FIRE, text)[0] == "silent"


def test_a_bracket_after_a_date_that_is_no_agency_makes_no_dateline(tmp_path):
    # the bracket is lower-case words: no agency, the date is the sentence's own
    assert one(tmp_path, FIRE, "Aske, June 15 (local time) brought the fire to the port.")[0] == "differ"


COLLAPSE = record("date", "collapse", "2018-08-14")


@pytest.mark.parametrize("text", [
    "The bridge was inspected every year except 2009 for the ten years preceding the collapse.",
    "Cracks were found in 2016, in the years leading up to the collapse.",
])
def test_a_phrase_of_what_came_before_is_another_time(tmp_path, text):
    assert one(tmp_path, COLLAPSE, text)[0] == "silent"
