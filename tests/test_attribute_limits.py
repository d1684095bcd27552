"""What the attribution rules must not catch: sentences that look like a rule's case and are not (each found by a
review of the rule, and kept so the rule stays as narrow as its statement)."""

from __future__ import annotations

import pytest

from tests.helpers import one
from tests.test_attribute import names, values


@pytest.mark.parametrize("text, about, expected", [
    # a weekday's comma before a word that is no date closes the relative clause as any comma does
    ("Orsk, who was arrested on Monday, may face trial in June.", ["arrested"], [("June", False, "value_clause")]),
    # an aside opened by a comparison after a bracket ends at its comma
    ("The crest (39 feet), surpassing the 1987 flood, came on 5 July.", ["crest"],
     [("1987", False, "compared_with"), ("5 July", True, "value_clause")]),
    # "more than a hundred" is a bound, no comparison's reference
    ("Police arrested more than a hundred protesters on 3 May.", ["arrested"], [("3 May", True, "value_clause")]),
    ("Rescuers freed more than a dozen miners on 3 May.", ["freed"], [("3 May", True, "value_clause")]),
    # "last" as an adjective before a participle and a noun tells of no earlier time
    ("Velmar's last elected mayor took office in 2019.", ["took office"], [("2019", True, "value_clause")]),
    # a participle of setting is the verb when no verb comes before its noun; the noun set is the phrase's head
    ("The union scheduled for 3 May a strike vote.", ["strike vote"], [("3 May", True, "value_clause")]),
    ("Workers will hold a vote on the new proposal set for 3 May.", ["vote"], [("3 May", True, "target_date")]),
    # "ongoing" on the subject of its clause's verb: the verb dates it
    ("The ongoing strike began on 3 May.", ["strike"], [("3 May", True, "value_clause")]),
    # a failing thing is no failed try
    ("Regulators made an attempt to rescue the failing bank on 3 March.", ["rescue"],
     [("3 March", True, "value_clause")]),
    # an attributive participle of proposing, or a term past "and" and a new subject, is no offer's object
    ("The proposed merger was completed on 3 May.", ["merger"], [("3 May", True, "value_clause")]),
    ("Boeing offered workers a raise and the strike ended on 3 May.", ["ended"], [("3 May", True, "value_clause")]),
])
def test_dates_the_rules_leave_alone(text, about, expected):
    assert values(text, about, "date") == expected


@pytest.mark.parametrize("text, expected", [
    # a modal in an aside, "Will" as a name, "will" as a noun: nothing to come in the name's own clause
    ("Orsk, who will retire next year, was named chair of the board.", [("Orsk", True, "name_clause")]),
    ("Will Smith was named chair of the board.", [("Will Smith", True, "name_clause")]),
    ("Lind, against the will of the board, was named chair.", [("Lind", True, "name_clause")]),
])
def test_names_told_of_what_is_are_no_expected_holders(text, expected):
    assert names(text, ["chair"], ["Orsk", "Will Smith", "Lind"]) == expected


ASKE_DEAD = """
- id: aske-fire-deaths
  claim: The Aske fire killed 12 people.
  kind: number
  about: [killed, died, dead, deaths, rescue]
  context: [Aske]
  value: 12
  unit: [people, lives, residents]
"""


@pytest.mark.parametrize("text", [
    "Firefighters worked together to rescue 29 residents of Aske.",  # "together" not set off: no sum
    "Both sides agreed that 29 people died in the Aske fire.",  # "both sides" are not what is counted
    "The two reports said 29 people died in Aske.",  # what is said counts no reports
])
def test_no_joint_count_where_the_things_are_not_counted(tmp_path, text):
    assert one(tmp_path, ASKE_DEAD, text)[0] == "differ"


def test_an_intended_figure_is_set_aside_whatever_the_terms_after_the_intending_words():
    text = "The astronauts were supposed to be aboard the station for 8 days."
    assert values(text, ["astronauts"], "number") == [("8", False, "forecast")]
