"""Counter-examples a review of the session's rules found, pinned: each sentence is one a rule once caught though its
own statement excludes it."""

import pytest

from .helpers import one
from tests.test_attribute import names, values


@pytest.mark.parametrize("text, about, kind, expected", [
    # joint_subject needs a noun of doing together: each of the two spent the days
    ("Williams and Wilmore spent 286 days in space.", ["Williams"], "number", [("286", True, "value_clause")]),
    # a fronted date before a count ("thousands of") modifies no noun
    ("From 1 May thousands of workers went on strike.", ["strike"], "date", [("1 May", True, "value_clause")]),
    # "Beating" opens a win, no comparison
    ("Beating Australia by six wickets, India won the final.", ["won"], "number", [("six", True, "value_clause")]),
    # a day after an owned noun, after a verb's preposition, dates the verb
    ("The minister spoke to Orsk's family on 3 May.", ["spoke"], "date", [("3 May", True, "value_clause")]),
    # a headline's function word between two numbers makes no model name
    ("Floods Kill 12 In 3 Provinces", ["Kill"], "number", [("12", True, "value_clause"), ("3", True, "value_clause")]),
    # "in 10 days" is a span, no rate's base
    ("The virus killed 27 in 10 days.", ["killed"], "number", [("27", True, "value_clause"), ("10", True, "value_clause")]),
    # ", with the death toll rising to 45": the figure is the toll's
    ("The quake killed 30 people, with the death toll rising to 45 on Friday.", ["death toll"], "number",
     [("30", False, "value_clause"), ("45", True, "value_clause")]),
    # an age after an event noun ("the shooting, the 20-year-old gunman") is not the event's
    ("Hours after the shooting, the 20-year-old gunman fled.", ["shooting"], "number",
     [("20", False, "hyphenated_modifier")]),
    # "and" ends what was intended: "ended after five days" is what happened
    ("The hearing was expected to last two days and the hearing ended after five days.", ["hearing"], "number",
     [("two", False, "forecast"), ("five", True, "value_clause")]),
])
def test_values_the_rules_leave_alone(text, about, kind, expected):
    assert values(text, about, kind) == expected


@pytest.mark.parametrize("text, about, named, expected", [
    # a host, or who presides, is a party to the event
    ("Egypt hosted the summit in Sharm el-Sheikh.", ["summit"], ["Egypt"], [("Egypt", True, "name_clause")]),
    ("Judge Lewis Kaplan presided over the trial.", ["trial"], ["Lewis Kaplan"], [("Lewis Kaplan", True, "name_clause")]),
])
def test_names_the_rules_leave_alone(text, about, named, expected):
    assert names(text, about, named) == expected


RECORD = """
- id: f
  claim: x
  kind: number
  about: [{about}]
  value: {value}
  unit: [{unit}]
"""


@pytest.mark.parametrize("about, value, unit, text, verdict", [
    # "per" and the fact's own unit, or "as per": no rate
    ("winds, reached", 200, "km per hour", "Winds reached 200 km per hour on Friday.", "agree"),
    ("paid", 5000000, "USD", "The firm paid $5 million as per the agreement.", "agree"),
    # "including" members of the count: no other quantity
    ("killed", 40, "people", "The quake killed 40 people, including two children.", "agree"),
    # a count before a brand ("150 Boeing jets") buys goods, no company
    ("bought, jets", 150, "jets", "Ryanair bought 150 Boeing jets in 2023.", "agree"),
    # "another 39" may be another group: attached loosely, a matching one agrees
    ("injured", 39, "people", "One passenger was killed and another 39 people were injured.", "agree"),
    # "might have" tells of what may have happened: a matching value still agrees
    ("fired", 8, "shots", "Police said the gunman could have fired 8 shots.", "agree"),
])
def test_verdicts_the_rules_leave_alone(tmp_path, about, value, unit, text, verdict):
    assert one(tmp_path, RECORD.format(about=about, value=value, unit=unit), text)[0] == verdict


def test_a_bare_verb_after_an_adverb_is_no_past():
    text = "Forecasters warn that storms usually hit the coast in May."
    from checks.dates.tense import leaning
    at = text.index("May")
    assert leaning(text, at, at + 3) != "past"
