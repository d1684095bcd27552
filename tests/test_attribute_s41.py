"""Session 41, on invented sentences: ``dated_event``, a weighing rule for date facts.  A source that names the
fact's event with its year before a term ("the 2015 collapse", "his 2017 conviction") tells which year the event is
in; its conflicting dates of other years belong to the later events it reports on (a trial, an appeal, a survivor's
death): possible conflicts, not a differ.  A date right after a term and its preposition ("The dam collapsed on 5
November 2016") dates the event again, and still differs."""

import datetime
import tempfile
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

COLLAPSE = record("date", "collapse, collapsed", "2015-11-05")
CONVICTED = record("date", "conviction, convicted", "2017-11-22")
PUBLISHED = "2024-10-23"

CASES = [
    # the event's year before a term: the conflicting dates of other years are other events'
    (COLLAPSE, "Their 2015 collapse still haunts the valley. On 21 October 2024, a survivor of the collapse died.",
     "agree"),
    (CONVICTED, "His 2017 conviction stands. On 8 June 2021, a witness in the conviction retracted.", "agree"),
    (CONVICTED, "Ana Orsk's 2017 conviction stands. On 8 June 2021, a witness in the conviction retracted.", "agree"),
    # ... not a year of another noun, nor one with no determiner or possessive before it
    (COLLAPSE, "Their 2015 season ended early. On 21 October 2024, a survivor of the collapse died.", "differ"),
    (COLLAPSE, "In 2015 floods hit. On 21 October 2024, a survivor of the collapse died.", "differ"),
    # a year that conflicts names another year for the event: it differs
    (COLLAPSE, "Their 2016 collapse still haunts the valley. On 21 October 2024, a survivor of the collapse died.",
     "differ"),
    # a date of the event's own year stays a conflict: another day
    (COLLAPSE, "Their 2015 collapse still haunts the valley. The dam collapsed on 6 November 2015.", "differ"),
    # the event dated again right after a term and its preposition: a contradiction
    (COLLAPSE, "Their 2015 collapse still haunts the valley. The dam collapsed on 5 November 2016.", "differ"),
    (COLLAPSE, "Unlike their 2015 collapse, the collapse on 25 January 2019 killed 270.", "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_a_year_before_a_term_dates_the_event(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text, published=PUBLISHED)[0] == verdict


@settings(max_examples=25, deadline=None)
@given(year=st.integers(1990, 2013), later=st.integers(2016, 2030))
def test_the_events_own_year_before_a_term_outweighs_later_dates_only(year, later):
    """Whatever the years: the source agrees when the year before the term is the fact's, and differs when it is
    another year, however the later date is written."""
    spec = record("date", "crash, crashed", f"{year}-03-08")
    text = f"Its {{}} crash is remembered. On 8 March {later}, a survivor of the crash died."
    folder = Path(tempfile.mkdtemp())
    assert one(folder, spec, text.format(year), published=f"{later}-03-09")[0] == "agree"
    assert one(folder, spec, text.format(year + 1), published=f"{later}-03-09")[0] == "differ"


def test_explain_names_dated_event():
    from checks.explain import explain_lines
    from checks.facts import read_facts
    from checks.index import index_all
    from checks.sources import make_source

    folder = Path(tempfile.mkdtemp())
    (folder / "f.yaml").write_text("facts:\n" + "\n".join("  " + line for line in COLLAPSE.strip().splitlines())
                                   + "\n")
    fact = read_facts(folder)[0][0]
    text = "Their 2015 collapse still haunts the valley. On 21 October 2024, a survivor of the collapse died."
    source = replace(make_source("a.txt", text), published=datetime.date(2024, 10, 23))
    lines = explain_lines(fact, index_all((source,)))
    assert lines[-1] == "  verdict: agree (1 possible conflict set aside)", "\n".join(lines)
    assert any(line.endswith("[dated_event]") and '"2015 collapse"' in line for line in lines), lines


# weekday_year: a yearless day with its weekday, whose year was guessed near publication, goes to the year next to
# the guess where it falls on that weekday, across publication only where the tense says so
ELECTION = record("date", "election", "2023-10-14")
STORM = record("date", "storm", "2018-12-27")

WEEKDAY_CASES = [
    (ELECTION, "2023-01-19", "Ardern announced this year's election will be on Saturday, October 14.", "agree"),
    (ELECTION, "2023-01-19", "The election will be held on Sat., Oct. 14.", "agree"),
    (ELECTION, "2023-01-19", "The election will be held on Oct. 14.", "agree"),
    # the tense says the day has passed: a weekday that only fits next year is a slip, the year stays
    (STORM, "2019-01-05", "The storm hit on Friday, Dec. 27.", "agree"),
    (STORM, "2019-01-05", "The storm struck around midnight on Friday, Dec. 27.", "agree"),
    # a paragraph's stated year is kept whatever the weekday
    (STORM, "2019-01-05", "In 2018 the storm season was long. The storm struck on Friday, Dec. 27.", "agree"),
]


@pytest.mark.parametrize("spec, published, text, verdict", WEEKDAY_CASES)
def test_a_weekday_gives_a_guessed_year(tmp_path, spec, published, text, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


@settings(max_examples=40, deadline=None)
@given(day=st.dates(datetime.date(2001, 1, 1), datetime.date(2035, 12, 31)), ahead=st.integers(1, 330))
def test_a_future_day_with_its_weekday_is_read_in_its_own_year(day, ahead):
    """'The vote will be held on Saturday, October 14', published up to eleven months before: whatever the day, the
    weekday and the tense put it in its own year."""
    published = day - datetime.timedelta(days=ahead)
    text = f"The vote will be held on {day.strftime('%A')}, {day.strftime('%B')} {day.day}."
    spec = record("date", "vote", day.isoformat())
    assert one(Path(tempfile.mkdtemp()), spec, text, published=published.isoformat())[0] == "agree"


# ROLE_PREFIXES: "assistant" before a role word makes another role, as "deputy" and "vice" do
CHIEF = record("party", "Director-General, director general", "[Margaret Chan, Chan]", "", "Keiji Fukuda")


@pytest.mark.parametrize("text, verdict", [
    ("WHO Assistant Director-General Keiji Fukuda spoke in Geneva.", "silent"),
    ("WHO Deputy Director-General Keiji Fukuda spoke in Geneva.", "silent"),
    ("WHO Director-General Keiji Fukuda spoke in Geneva.", "differ"),
    ("WHO Director-General Margaret Chan spoke beside her assistant, Keiji Fukuda.", "agree"),
])
def test_an_assistant_holds_another_role(tmp_path, text, verdict):
    assert one(tmp_path, CHIEF, text)[0] == verdict
