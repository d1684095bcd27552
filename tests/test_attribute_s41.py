"""Session 41, on invented sentences.

- Kept: a preposition of place after "of" and a date heads no noun phrase (``_noun_at``): "the crash that killed 12
  in the morning of 27 December near Aske airport" leaves the date to its clause; hyphen-joined it is a noun's
  ("report of 27 December near-fatal crash").
- Dropped after review, their reviewers' sentences pinned at what a careful reader says (and the session-start code
  says), so that a later draft meets them first:
  - ``dated_event`` (two rounds): a source naming the fact's event with its year before a term ("their 2015
    collapse") made conflicting dates of other (then: later) years possible conflicts.  The year is often a name
    (a postponed edition, a law, "the 2015 Paris agreement"), one end of a span, or another instance, and a record
    with a wrong year must still differ.
  - ``weekday_year``: a yearless day moved to the year where its weekday fits; weekdays of lists, a day off at
    midnight or across time zones, and "wed", "Sun".
  - "on from" / "on," as an interval ("A year on from her resignation"): "Fifty days on, the hostages were freed"
    states the span; "12 hours on, 12 hours off" a shift.
  - "assistant" as a role prefix ("Assistant Director-General"): an assistant professor is a professor."""

import datetime
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from checks.lang.grammar import FUNCTION_WORDS, LOCATIVE_PREPOSITIONS

from .helpers import one, record

CRASH = record("date", "crash, crashed", "2019-12-27")


@pytest.mark.parametrize("text, verdict", [
    ("Officials will investigate the plane crash that killed 12 people in the morning of 27 December near Aske "
     "airport.", "agree"),
    ("The plane crashed in the morning of 28 December near Aske airport.", "differ"),
    ("The plane crashed in the morning of 27 December near Aske airport.", "agree"),
    # a noun after the date is still what it premodifies, and so is a hyphen-joined word of place
    ("The report of 27 December crash findings near Aske was leaked.", "agree"),
    ("The report of 27 December near Aske was leaked.", "silent"),
    ("Investigators released their report of 27 December near-fatal crash at Aske airport on 3 January.", "agree"),
    ("Investigators released their report of 28 December near-fatal crash at Aske airport.", "differ"),
])
def test_a_place_preposition_after_a_date_heads_no_noun(tmp_path, text, verdict):
    assert one(tmp_path, CRASH, text, published="2020-01-05")[0] == verdict


PLACES = sorted(LOCATIVE_PREPOSITIONS - FUNCTION_WORDS)


@settings(max_examples=30, deadline=None)
@given(day=st.dates(datetime.date(2001, 1, 1), datetime.date(2030, 12, 31)), place=st.sampled_from(PLACES),
       other=st.integers(1, 20))
def test_a_date_before_any_place_preposition_is_its_clauses(day, place, other):
    """Whatever the day and the preposition of place after it, the date dates the clause's verb: it agrees when it is
    the fact's day, and differs when it is another."""
    spec = record("date", "crashed", day.isoformat())
    text = "The plane crashed in the morning of {} {} Aske airport."
    folder, published = Path(tempfile.mkdtemp()), (day + datetime.timedelta(days=30)).isoformat()
    written = f"{day.day} {day.strftime('%B')} {day.year}"
    assert one(folder, spec, text.format(written, place), published=published)[0] == "agree"
    moved = day + datetime.timedelta(days=other)
    written = f"{moved.day} {moved.strftime('%B')} {moved.year}"
    assert one(folder, spec, text.format(written, place), published=published)[0] == "differ"


# dated_event, dropped: both reviews' sentences (the record's year is the one a name or another instance carries)
GAMES = record("date", "Olympics, Games, opened, opening ceremony", "2020-07-23")
TOURNAMENT = record("date", "tournament, kicked off", "2020-06-12")
DAM = record("date", "collapse, collapsed", "2015-01-25")
DROPPED_DATED_EVENT = [
    (GAMES, "2021-07-24", "The 2020 Games opened in Tokyo on 23 July 2021, a year late because of the pandemic."),
    (TOURNAMENT, "2021-07-01", "The 2020 tournament was postponed by a year because of the pandemic. It kicked off "
                               "in Rome on 11 June 2021."),
    (record("date", "election, voting, vote", "2020-08-29"), "2021-07-01",
     "Ethiopia's 2020 election was postponed because of the pandemic. Voting finally took place on 21 June 2021."),
    (record("date", "law, came into force", "2021-06-11"), "2023-01-05",
     "Germany's 2021 law requires big companies to police their suppliers. The law took effect on 1 January 2023."),
    (record("date", "agreement, took effect", "2015-12-12"), "2016-11-05",
     "The 2015 Paris agreement aims to limit warming to 1.5C. The agreement entered into force on 4 November 2016."),
    (record("date", "conviction, convicted", "2017-10-02"), "2018-05-10",
     "His 2017 murder conviction was upheld on appeal. A jury convicted him on 3 March 2018."),
    (record("date", "epidemic, outbreak", "2014-03-23"), "2016-01-14",
     "The 2014 Ebola epidemic began in December 2013, when a toddler fell ill."),
    (record("date", "collapse, collapsed", "2015-11-05"), "2024-10-23",
     "Their 2015 collapse still haunts the valley. Records show the dam collapsed shortly after 4pm on 4 February "
     "2016."),
    (DAM, "2019-01-28", "On 25 January 2019, a tailings dam collapsed at Brumadinho. The 2015 collapse at Mariana "
                        "killed 19."),
    (record("date", "election", "2017-12-12"), "2019-12-14",
     "Boris Johnson won an 80-seat majority at the general election held on 12 December 2019. Theresa May had lost "
     "her majority in the 2017 election."),
]


@pytest.mark.parametrize("spec, published, text", DROPPED_DATED_EVENT)
def test_a_year_before_a_term_does_not_outweigh_a_written_date(tmp_path, spec, published, text):
    assert one(tmp_path, spec, text, published=published)[0] == "differ"


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


# "on from" / "on," as an interval, dropped: the span it states may be the fact's, or a shift's
HELD = record("number", "hostages, held", "50", "days")
SHIFT = record("number", "shifts, shift", "12", "hours")
DROPPED_ON_INTERVAL = [
    (HELD, "Fifty days on, the hostages were freed.", "agree"),
    (record("number", "first minister, in office, resignation", "8", "years"),
     "Eight years on from her election as first minister, Sturgeon announced her resignation.", "agree"),
    (SHIFT, "Nurses worked 12 hours on, 12 hours off, in shifts that ran for weeks.", "agree"),
    (SHIFT, "Nurses worked 14 hours on, 10 hours off, in shifts that ran for weeks.", "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", DROPPED_ON_INTERVAL)
def test_a_span_before_on_may_be_the_facts(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


# "assistant" as a role prefix, dropped: an assistant professor is a professor
PROFESSOR = record("party", "professor, lecturer", "[Ana Orsk, Orsk]", "", "Ian Vell")


@pytest.mark.parametrize("text, verdict", [
    ("The study's lead author, Ana Orsk, an assistant professor of biology at Aske University, said more work was "
     "needed.", "agree"),
    ("The study's lead author, assistant professor Ian Vell, said more work was needed.", "differ"),
])
def test_an_assistant_professor_is_a_professor(tmp_path, text, verdict):
    assert one(tmp_path, PROFESSOR, text)[0] == verdict
