"""Rules of session 21, on invented sentences."""

import pytest

from checks.attribution.clauses import analyse
from checks.model import Sentence
from checks.words import words

from .helpers import one, record


def opening(text: str) -> str:
    """The words of a sentence's opening phrase."""
    an = analyse(Sentence(text, 0, 1, 0), tuple(words(text)))
    return " ".join(w.text for w, c in zip(an.words, an.clause) if c == an.intro)

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


SENTENCED = record("date", "sentenced", "2024-09-30")


@pytest.mark.parametrize("text, verdict", [
    # an opening phrase of time covers a predicate coordinated to its main clause by "but", as by "and"
    ("On Sept. 30, 2024, the court acquitted Park, but sentenced Lee to two years.", "agree"),
    ("On Sept. 29, 2024, the court acquitted Park, but sentenced Lee to two years.", "differ"),
    ("On Sept. 30, 2024, the court acquitted Park, and sentenced Lee to two years.", "agree"),
    # "but" and a subject of its own: another clause, maybe another time
    ("On Sept. 29, 2024, the court acquitted Park, but Lee was sentenced to two years.", "silent"),
])
def test_an_opening_time_covers_a_predicate_coordinated_by_but(tmp_path, text, verdict):
    assert one(tmp_path, SENTENCED, text)[0] == verdict


@pytest.mark.parametrize("text, phrase", [
    # a date's own comma does not end an opening phrase
    ("On September 30, 2024, the court sentenced Orsk.", "On September 30 2024"),
    ("On Monday, Sept. 30, the court sentenced Orsk.", "On Monday Sept 30"),
    ("On Monday, the court sentenced Orsk.", "On Monday"),
    ("In 30 cases, 2024 was the year of the trial.", "In 30 cases"),
])
def test_an_opening_phrase_runs_past_its_dates_own_comma(text, phrase):
    assert opening(text) == phrase


LAID_OFF = record("number", "affected employees", "1267", "employees")


@pytest.mark.parametrize("text, verdict", [
    # a noun of how many, completed by the term, is the term's count
    ("The total number of affected employees at the site is 1,267, the notice said.", "agree"),
    ("The total number of affected employees at the site is 1,300, the notice said.", "differ"),
    # another head completed by the term is another thing's figure
    ("The severance bill of the affected employees rose to 1,300 dollars.", "silent"),
])
def test_a_noun_of_how_many_is_the_count_of_what_completes_it(tmp_path, text, verdict):
    assert one(tmp_path, LAID_OFF, text)[0] == verdict


LINWOOD = record("number", "Linwood Masjid", "7", "people")


@pytest.mark.parametrize("text, verdict", [
    # each count is counted at its own place: the term names only the other count's
    ("Police arrested 41 people at the Aske mosque, and seven at Linwood Masjid.", "agree"),
    ("Police arrested 41 people at Aske Mosque and another seven people at the Linwood Masjid.", "agree"),
    ("Police arrested 41 people at Aske Mosque and 9 people at Linwood Masjid.", "differ"),
    # the term names this count's own place
    ("Police arrested 41 people at Linwood Masjid and 7 people at Aske Mosque.", "differ"),
    # a place of nearness is no place a count is counted at
    ("Police arrested 41 people near Linwood Masjid, a day after 7 people were held at Aske Mosque.", "differ"),
])
def test_a_count_is_counted_at_its_own_place(tmp_path, text, verdict):
    assert one(tmp_path, LINWOOD, text)[0] == verdict


AGE = record("number", "Orsk", "53", "year-old, years old, years, aged")


@pytest.mark.parametrize("text, verdict", [
    # years after a preposition of duration are a span, no age
    ("Capping a rise to the presidency in just two years, Orsk won the race.", "silent"),
    ("Orsk, who sat in parliament for 20 years, won the race.", "silent"),
    # an age is still one
    ("Orsk, 53 years old, won the race.", "agree"),
    ("Orsk, aged 52, won the race.", "differ"),
])
def test_years_after_a_preposition_of_duration_are_no_age(tmp_path, text, verdict):
    assert one(tmp_path, AGE, text)[0] == verdict


DESCENT = record("number", "descended, descent", "10", "minutes")


@pytest.mark.parametrize("text, verdict", [
    # "for" a span before another event: how long the clause's own event lasted
    ("The plane descended for eight minutes before impact.", "differ"),
    ("The plane descended for about 10 minutes before impact.", "agree"),
    # without "for": the time between two events
    ("The plane crashed eight minutes after the descent began.", "silent"),
])
def test_a_span_after_for_is_the_events_length_up_to_another(tmp_path, text, verdict):
    assert one(tmp_path, DESCENT, text)[0] == verdict


TOLL_156 = record("number", "death toll", "156", "deaths, people")


@pytest.mark.parametrize("text, verdict", [
    # right after "toll of", the word after the number is no unit of its own
    ("The storm's death toll of 166 makes it the fourth-deadliest in 60 years.", "differ"),
    ("The storm's death toll of 156 makes it the fourth-deadliest in 60 years.", "agree"),
    # a total of a noun counts that noun
    ("The storm's death toll rose as a total of 410 houses were destroyed.", "silent"),
])
def test_a_number_right_after_toll_of_is_the_toll(tmp_path, text, verdict):
    assert one(tmp_path, TOLL_156, text)[0] == verdict
