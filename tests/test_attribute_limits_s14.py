"""Counter-examples a review of session 14's rules found, pinned: each sentence is one a rule once caught though its
own statement excludes it."""

import pytest

from .helpers import one
from tests.test_attribute import names, places, values

ATTACKERS = """
- id: attackers
  claim: The Alpha Front carried out the attack.
  kind: party
  about: [militants, claimed responsibility]
  value: [Alpha Front]
  rivals: [Beta Brigade]
"""


@pytest.mark.parametrize("text, verdict", [
    # a negated verb of saying names no act of its subject
    ("The Alpha Front has not claimed responsibility for the attack.", "silent"),
    ("No group has claimed responsibility; the Alpha Front has never claimed responsibility for attacks in the city.",
     "silent"),
    # the source "according to" is no party, whatever term follows it
    ("According to the Beta Brigade, militants attacked the convoy.", "silent"),
])
def test_attackers_the_rules_leave_alone(tmp_path, text, verdict):
    assert one(tmp_path, ATTACKERS, text)[0] == verdict


def test_a_speaker_before_a_term_that_is_no_verb_of_saying_stays_the_source():
    assert names("According to Orsk, rebels attacked the convoy.", ["rebels"], ["Orsk"]) == [("Orsk", False, "speaker")]


@pytest.mark.parametrize("text", [
    "Orsk was shot on Monday, just as he had been in Aske in 2019.",  # a comparison with another time
    "Orsk was shot on Monday while they were campaigning for him in Aske.",  # another subject
])
def test_a_clause_of_another_time_or_subject_places_nothing(text):
    assert places(text, ["shot"], ["Aske"]) == [("Aske", False, "name_clause")]


@pytest.mark.parametrize("text", [
    "On 2 May 2023, the union said that writers began the strike three days earlier.",
    "On 2 May 2023, the union said that writers began the strike last week.",
])
def test_a_report_that_dates_its_event_itself_is_not_dated_by_the_opening(text):
    assert values(text, ["began"], "date")[0][1] is False


SHARE = """
- id: share
  claim: Alpha won 44% of the vote.
  kind: number
  about: [vote, Alpha]
  value: 44
  unit: ["%"]
  tolerance: 0
"""


@pytest.mark.parametrize("text", [
    "Alpha led the vote by 6 percentage points.",
    "Alpha won the vote with a 6 percentage-point lead.",
])
def test_percentage_points_are_no_share(tmp_path, text):
    assert one(tmp_path, SHARE, text)[0] == "silent"


POPE_AGE = """
- id: pope-age
  claim: Pope Francis was 88 when he died.
  kind: number
  about: [died]
  value: 88
  unit: [years, year-old]
  tolerance: 0
"""


@pytest.mark.parametrize("text, verdict", [
    # another person's age, by the name's last word, or the clause's named subject
    ("Cardinal Angelo Sodano died in 2022, aged 94.", "silent"),
    ("Pope Benedict XVI, the 95-year-old pontiff, died in 2022.", "silent"),
    ("Pope Francis, the 88-year-old pontiff, died on Monday.", "agree"),
    ("Pope Francis died on Monday, aged 87.", "differ"),
])
def test_an_age_goes_to_the_person_by_surname(tmp_path, text, verdict):
    assert one(tmp_path, POPE_AGE, text)[0] == verdict


@pytest.mark.parametrize("text", [
    "The victim's attacker was a 27-year-old man.",  # the term is the subject's possessor, not its head
    "The driver of the car that hit the victim is a 27-year-old man.",
])
def test_an_age_after_be_is_the_subjects_head(text):
    assert values(text, ["victim"], "number") == [("27", False, "hyphenated_modifier")]


def test_a_common_noun_in_a_reference_does_not_take_its_date():
    assert values("Officials said it was the deadliest disaster since the flood of 1998.", ["flood"], "date") == [
        ("1998", False, "compared_with")]


def test_an_opening_phrase_is_no_titled_phrase():
    assert names("During the strike at Velmar Steel, Olle Berg, a welder, was injured.", ["strike"], ["Olle Berg"]) == [
        ("Olle Berg", False, "title_in_apposition")]


@pytest.mark.parametrize("text, kind, expected", [
    # a count written like a year is the value itself, no year of an instance
    ("Norland announced 3000 layoffs on Monday.", "number", [("3000", True, "value_clause")]),
    # "to" as an infinitive or a destination ends no span
    ("The union will hold rallies from 3 May to protest the pay cuts.", "date", [("3 May", True, "value_clause")]),
    # an event's time in figures, after its preposition, is no stamp
    ("The earthquake struck on 2023-09-08 22:11 UTC at a depth of 26 km.", "date", [("2023-09-08", True, "value_clause")]),
    # a state since a date, with no mark of a kind, is no reference
    ("The hostages have not had any contact with their families since 7 October.", "date",
     [("7 October", True, "value_clause")]),
    # "followed" a person is no relation to another event
    ("The gunman followed the victim home on 3 May.", "date", [("3 May", True, "value_clause")]),
])
def test_values_the_rules_leave_alone(text, kind, expected):
    assert values(text, ["layoffs", "protest", "earthquake", "hostages", "gunman"], kind) == expected


DEAL = """
- id: deal
  claim: Velmar agreed to buy Aske for $5 billion.
  kind: number
  about: [buy, deal]
  value: 5000000000
  unit: [USD]
  tolerance: 0
"""


def test_a_day_after_the_object_is_no_name_bought(tmp_path):
    assert one(tmp_path, DEAL, "Velmar agreed to buy Aske outright Tuesday for $5 billion.")[0] == "agree"
