"""kind: date — how a record's value is read, and what a sentence offers."""

import pytest

from checks.errors import Problem
from checks.kinds import KINDS
from checks.kinds.date import parse_date_value
from checks.yamlnodes import load
from tests.helpers import one


@pytest.mark.parametrize("text, value", [("2020-11-09", "2020-11-09"), ("2020-11", "2020-11"), ("2020", "2020")])
def test_date_values(text, value):
    assert parse_date_value(text).label == value


@pytest.mark.parametrize("text", ["2020-02-30", "2020-13", "20-11-09", "9 November 2020", "", "0000", "0000-05",
                                  "0000-01-01"])
def test_impossible_dates(text):
    assert parse_date_value(text) is None


def test_an_impossible_value_is_a_located_problem():
    node, _ = load("2021-02-29\n", "f.yaml")
    problems: list[Problem] = []
    assert KINDS["date"].parse_value(node, "f.yaml", problems) is None
    assert [(p.line, p.code) for p in problems] == [(1, "date")]


def test_a_relative_date_needs_a_publication_date():
    assert KINDS["date"].unresolved("The bridge opened on Sunday.") == ["on Sunday"]
    assert KINDS["number"].unresolved is None


@pytest.mark.parametrize("text, grain", [("2020-11-09", "day"), ("2020-11", "month"), ("2020", "year")])
def test_a_value_knows_its_grain(text, grain):
    assert parse_date_value(text).grain == grain


def test_the_calendar_ends_are_values_and_year_zero_is_not():
    assert parse_date_value("0001-01-01").label == "0001-01-01"
    assert parse_date_value("9999-12-31").label == "9999-12-31"
    node, _ = load("0000-01-01\n", "f.yaml")
    problems: list[Problem] = []
    assert KINDS["date"].parse_value(node, "f.yaml", problems) is None  # not a ValueError
    assert [str(p) for p in problems] == ["f.yaml:1: '0000-01-01' is not a possible date — write value: YYYY-MM-DD, "
                                          "YYYY-MM or YYYY (e.g. 2020-11-09)"]


FOUNDED = """
- id: founded
  claim: The bank was founded in 1856.
  kind: date
  about: [founded, created]
  value: 1856
"""


@pytest.mark.parametrize("text, verdict", [
    ("These rules were created under an emergency law in March.", "silent"),  # a month says nothing of the year
    ("The bank was founded in 1856.", "agree"),
    ("The bank was founded in March 1856.", "agree"),
    ("The bank was founded in 1857.", "differ"),
])
def test_a_yearless_date_states_nothing_of_a_year(tmp_path, text, verdict):
    assert one(tmp_path, FOUNDED, text)[0] == verdict


LAUNCH = """
- id: launch
  claim: The rocket was launched on 15 February 2024.
  kind: date
  about: [launch, launched]
  value: 2024-02-15
"""


@pytest.mark.parametrize("text, verdict", [
    # a date first planned, since changed, is no date of the event
    ("Originally set for February 14, 2024, the launch was postponed.", "silent"),
    ("The launch, initially scheduled for February 14, 2024, slipped a day.", "silent"),
    # a date planned may have been kept: it agrees, and a conflicting one is only a possible conflict
    ("The launch, set for February 15, 2024, went ahead.", "agree"),
    ("The launch, set for February 16, 2024, drew crowds.", "silent"),  # no differ, and no statement of it
    ("The rocket was launched on February 16, 2024.", "differ"),
])
def test_a_date_planned_is_the_plans(tmp_path, text, verdict):
    assert one(tmp_path, LAUNCH, text)[0] == verdict


TAKEOVER = """
- id: takeover-completed
  claim: Alpha completed its takeover of Beta on 12 June 2023.
  kind: date
  about: [takeover, completed, complete]
  value: 2023-06-12
"""


@pytest.mark.parametrize("text, verdict", [
    # a date foreseen may have been kept: it agrees, and a conflicting one is only a possible conflict
    ("Alpha expects to complete its takeover of Beta as early as June 12, 2023.", "agree"),
    ("Alpha expects to complete its takeover of Beta as early as June 2, 2023.", "silent"),
    ("The takeover is expected to close on June 2, 2023.", "silent"),
    ("Alpha completed its takeover of Beta on June 2, 2023.", "differ"),  # no expecting: a statement
])
def test_a_date_foreseen_is_no_statement_of_the_event(tmp_path, text, verdict):
    assert one(tmp_path, TAKEOVER, text)[0] == verdict


def test_a_yearless_date_states_nothing_of_any_year(tmp_path):
    # a common year is 364 days from its first to its last day: the same as a leap year
    record = FOUNDED.replace("value: 1856", "value: 2023")
    assert one(tmp_path, record, "The rules were created on 5 March.")[0] == "silent"


@pytest.mark.parametrize("text, verdict", [
    # a plan said to have changed is no date of the event
    ("The launch, set for February 15, 2024, was postponed after a fuel leak.", "silent"),
    ("The launch had been scheduled for February 15, 2024 but was scrubbed.", "silent"),
])
def test_a_date_planned_then_changed_is_no_date_of_the_event(tmp_path, text, verdict):
    assert one(tmp_path, LAUNCH, text)[0] == verdict


def test_a_cause_is_no_forecast(tmp_path):
    record = TAKEOVER.replace("[takeover, completed, complete]", "[takeover, failed]")
    assert one(tmp_path, record, "The takeover failed due to a court ruling on June 2, 2023.")[0] == "differ"


EDITION = """
- id: quake-date
  claim: The Velmar earthquake struck on 25 April 2015.
  kind: date
  about: [earthquake]
  value: 2015-04-25
"""


def test_a_one_word_name_before_an_event_names_no_edition(tmp_path):
    # "the 2015 Aske earthquake" is most often the same event, named by its place
    assert one(tmp_path, EDITION, "The 2015 Aske earthquake killed 9,000 people.")[0] == "agree"
