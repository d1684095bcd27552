"""Session 41, on invented sentences.

- ``dated_event``, a weighing rule for date facts: a source that names the fact's event with its year before a term
  ("the 2015 collapse", "his 2017 conviction") tells which year the event is in; its conflicting dates of later years,
  in other sentences, belong to the later story it reports on (a trial, an appeal, a survivor's death): possible
  conflicts, not a differ.  A date right after a term and its preposition ("The dam collapsed on 5 November 2016")
  dates the event again, and still differs; so do the counter-examples of its first version's review.
- ``weekday_year``, dropped after review: the sentences its reviewer found, pinned at what a reader says.
- ``ROLE_PREFIXES``: "assistant" before a role word makes another role."""

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


# counter-examples of a first version, found in review: the year names the thing, or another instance, and the
# source dates the fact's own event in another year (a record with a wrong year must still differ)
GAMES = record("date", "Olympics, Games, opened, opening ceremony", "2020-07-23")
EPIDEMIC = record("date", "epidemic, outbreak", "2014-03-23")
DAM = record("date", "collapse, collapsed", "2015-01-25")
REVIEWED = [
    (GAMES, "2021-07-24", "The 2020 Games opened in Tokyo on 23 July 2021, a year late because of the pandemic.",
     "differ"),
    (GAMES, "2021-07-24", "Tokyo's 2020 Olympics opened to empty stands on 23 July 2021, a year late.", "differ"),
    (record("date", "agreement", "2015-11-04"), "2016-11-05",
     "The 2015 Paris agreement entered into force on 4 November 2016, 30 days after 55 countries had ratified it.",
     "differ"),
    (record("date", "law, came into force", "2021-01-01"), "2023-01-02",
     "The 2021 law took effect on 1 January 2023 for companies with more than 3,000 staff.", "differ"),
    (EPIDEMIC, "2016-01-14", "The 2014 Ebola epidemic began in December 2013, when a toddler fell ill.", "differ"),
    (record("date", "crisis", "2008-09-15"), "2018-09-15",
     "The 2008 financial crisis began on 9 August 2007, when BNP Paribas froze three of its funds.", "differ"),
    (record("date", "trial", "2017-05-04"), "2018-05-05",
     "The 2017 trial of the five defendants ended with convictions on 4 May 2018 after 14 months of hearings.",
     "differ"),
    (DAM, "2019-01-28", "A dam collapse at Brumadinho on 25 January 2019 killed at least 65 people. It came three "
                        "years after the 2015 collapse of a Vale dam in Mariana.", "differ"),
    (DAM, "2019-01-28", "On 25 January 2019, a tailings dam collapsed at Brumadinho. The 2015 collapse at Mariana "
                        "killed 19.", "differ"),
    (record("date", "election", "2017-12-12"), "2019-12-14",
     "Boris Johnson won an 80-seat majority at the general election held on 12 December 2019. Theresa May had lost "
     "her majority in the 2017 election.", "differ"),
    (record("date", "floods, flooding", "2023-10-29"), "2024-11-05",
     "The floods hit Valencia on 29 October 2024, killing at least 217 people. Residents compared the damage with "
     "last year's 2023 floods in Italy.", "differ"),
    # ... and a later story's date in another sentence is still set aside
    (EPIDEMIC, "2016-01-14", "Their 2014 outbreak is over. On 14 January 2016, officials said the outbreak had "
                             "ended.", "agree"),
]


@pytest.mark.parametrize("spec, published, text, verdict", REVIEWED)
def test_a_year_naming_the_thing_or_another_instance_is_no_anchor(tmp_path, spec, published, text, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_a_year_before_a_term_dates_the_event(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text, published=PUBLISHED)[0] == verdict


@settings(max_examples=25, deadline=None)
@given(year=st.integers(1990, 2013), later=st.integers(2016, 2030))
def test_the_events_own_year_before_a_term_outweighs_later_dates_only(year, later):
    """Whatever the years: the source agrees when the year before the term is the fact's, and differs when it is
    another year, however the later date is written."""
    spec = record("date", "crash, crashed", f"{year}-03-08")
    text = f"Its {{}} crash is remembered. On 9 May {later}, a survivor of the crash died."
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


# weekday_year, dropped after review: a yearless day with its weekday, its year guessed near publication, moved to the
# year next to the guess where the weekday fits ("The election will be on Saturday, October 14", said in January
# 2023).  It fixed one cell; its reviewer found weekdays that belong to a list, a day off at midnight or across time
# zones, and words that only look like weekdays ("wed", "Sun").  These are what a reader takes, and the engine says.
DROPPED_WEEKDAY_YEAR = [
    (record("date", "festival", "2022-10-14"), "2022-09-20",
     "The festival will be held on Friday and Saturday, Oct. 14 and Oct. 15, at the fairgrounds.", "agree"),
    (record("date", "hearings", "2022-10-13"), "2022-09-20", "Hearings are set for Thursday and Friday, Oct. 13 and "
                                                             "Oct. 14.", "agree"),
    (record("date", "ban, took effect", "2022-01-01"), "2022-01-03", "The ban took effect at midnight Friday, Jan. 1.",
     "agree"),
    (record("date", "fired, missile", "2017-11-29"), "2018-01-19",
     "North Korea fired the missile early Tuesday, Nov. 29, local time.", "agree"),
    (record("date", "voted", "2022-10-14"), "2023-01-19", "She said they voted on Thursday, October 14.", "agree"),
    (record("date", "wed, wedding", "2022-10-11"), "2022-09-20",
     "The prince and his fiancee will wed Oct. 11 at Westminster Abbey, the palace said.", "agree"),
    (record("date", "interview", "2022-11-14"), "2022-12-01",
     "In an interview with the Toronto Sun Nov. 14, the mayor denied the claims.", "agree"),
]


@pytest.mark.parametrize("spec, published, text, verdict", DROPPED_WEEKDAY_YEAR)
def test_a_weekday_before_a_day_does_not_move_its_year(tmp_path, spec, published, text, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


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


# interval: a span of time before "on from", or before "on" closing a phrase, is the time since an event
TENURE = record("number", "first minister, in office, resignation", "8", "years")


@pytest.mark.parametrize("text, verdict", [
    ("A year on from her resignation as first minister, polls fell.", "silent"),
    ("Two years on, her resignation as first minister still divides the party.", "silent"),
    ("Two years after her resignation as first minister, polls fell.", "silent"),
    ("She resigned as first minister after eight years in office.", "agree"),
    ("She resigned as first minister after nine years in office.", "differ"),
])
def test_a_span_on_from_an_event_is_the_time_since_it(tmp_path, text, verdict):
    assert one(tmp_path, TENURE, text)[0] == verdict


# a preposition of place after a date or a measure heads no noun phrase: "of 27 December near the airport" leaves the
# date to what the clause says ("the crash that killed 12 ... in the morning of 27 December near Aske airport")
CRASH = record("date", "plane crash, crashed", "2019-12-27")


@pytest.mark.parametrize("text, verdict", [
    ("Officials will investigate the plane crash that killed 12 people in the morning of 27 December near Aske "
     "airport.", "agree"),
    ("The plane crashed in the morning of 28 December near Aske airport.", "differ"),
    ("The plane crashed in the morning of 27 December near Aske airport.", "agree"),
    # a noun after the date is still what it premodifies: the report of the 27 December crash names the report's
    ("The report of 27 December crash findings near Aske was leaked.", "silent"),
])
def test_a_place_preposition_after_a_date_heads_no_noun(tmp_path, text, verdict):
    assert one(tmp_path, CRASH, text, published="2020-01-05")[0] == verdict
