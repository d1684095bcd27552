"""Session 39, on invented sentences: rules drafted this session and dropped after review (five rounds; each rule
over-reached again after a narrowing, or gained a cell or two in one topic), and the sentences their reviewers found
them to get wrong.
The verdicts here are the session-start code's and what a careful reader says; they pin that behaviour so that a
later draft of the same rule meets these counter-examples first."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

SHARE = record("number", "Orsk, Anna Orsk", "55.5", "percent, per cent")
KILLED = record("number", "killed, dead, died", "25", "people, persons, militants")
SLAMS = record("number", "Grand Slam, slam", "5", "titles, Grand Slam titles, champion, winner")
AGE = record("number", "Anderson, Warren Anderson", "92")
DEATHS = record("number", "deaths, dead, killed", "25", "people, persons, deaths")
SEATS = record("number", "Velmar Party, Velmar", "282", "seats")
MARGIN = record("number", "Union, won", "12", "seats").replace(
    "claim: x", "claim: The Union won the election by 12 seats.")

DROPPED = [
    # joint_outcome, a count after "and" and a second act ("injured and rushed to hospital") read as one group:
    # another act names a second group counted with the first
    (KILLED, "The army said 25 militants were killed and captured in the raid.", "silent"),
    (KILLED, "Some 25 people were killed and maimed in the attacks.", "silent"),
    (KILLED, "Some 25 soldiers were killed and taken into captivity.", "silent"),
    (record("number", "injured, wounded, hurt", "79", "people, persons"),
     "Some 79 people were killed or injured in the blast.", "silent"),
    # a share of the votes after a verb of winning, left to the clause: a rival's share, a seat share, a threshold
    (SHARE, "Veld, Orsk's main rival, won 44.5 percent of the votes.", "silent"),
    (SHARE, "Orsk, whose rival Veld took 44.5 percent of the vote, was sworn in on Monday.", "silent"),
    (SHARE, "Orsk's Union party won 201 seats, or 52 percent of the total.", "silent"),
    (SHARE, "Orsk would need to win 50 percent of the votes to avoid a runoff.", "silent"),
    (SHARE, "Orsk won, and blank ballots made up 55.5% of the votes.", "silent"),
    # a year before a noun as no part of a whole: counts written like years
    (record("number", "killed, died, dead", "1900", "people, persons, children"),
     "At least 1900 children among the 6000 people in the camp died of cholera.", "agree"),
    # "the 41 people on board who died": the who-clause runs on into the main verb
    (record("number", "died, killed, dead", "3", "people, persons, crew"),
     "Three of the 12 crew on board who stayed behind died.", "agree"),
    # a measure left out of a count: it may be named before
    (record("number", "delivered", "100", "tonnes, tons"), "Of the 150 tonnes of aid pledged, 100 have been delivered.",
     "agree"),
    (record("number", "delivered", "100", "tonnes, tons"),
     "The convoy carried 150 tonnes of aid, but only 80 were delivered.", "differ"),
    # a margin "outside the" mark: outside a place is no margin
    (MARGIN, "The Union won 12 seats outside the capital.", "silent"),
    # a date in "that happened/took place on" as the noun's only: the fact's event often happens in that noun
    (record("date", "killed, died, death", "2005-07-07"),
     "Orsk was killed in a bombing that took place on July 7, 2005.", "agree"),
    # "a five-time Grand Slam champion" as a count of titles (drafted twice: anywhere, then in a clause's subject or
    # an apposition to the sentence's opening name): whose title, whether it is won yet, and whether the noun is a
    # title at all ("a two-time prime minister")
    (SLAMS, "Orsk lost to Williams, a five-time Grand Slam champion, in the final.", "silent"),
    (SLAMS, "Orsk needs one more title to become a five-time Grand Slam champion.", "silent"),
    (SLAMS, "Hingis, a five-time Grand Slam champion, also served a ban.", "silent"),
    (record("number", "prime minister, premier", "7", "prime minister, premier"),
     "Mahathir, a two-time prime minister, was sworn in on Thursday.", "silent"),
    # "the ban will end on ..." as the end's date: a verb of ending with an object or a place is no end of the event
    (record("date", "strike", "2018-03-05"), "The strike will stop production at the plant on March 5, 2018.", "agree"),
    (record("date", "parade", "2018-07-04"), "The parade will end at City Hall on July 4, 2018.", "agree"),
    # "died at 92 of ..." as an age: "at one of his homes" is a place
    (AGE, "Anderson died at one of his homes after a long illness.", "silent"),
    # "with X -ing N" as X's figure: a ministry or a day reports or brings the fact's own figure
    (DEATHS, "Floods swept Orsk, with the Health Ministry reporting 25 deaths.", "agree"),
    (SEATS, "The Velmar Party won 282 seats, with Monday marking its first day in office.", "agree"),
    # a bracketed figure as part of its clause: whose figure it restates
    (record("number", "Orsk, polled", "6924255", "votes"),
     "Veld, Orsk's rival, polled 47 percent of the votes (6,924,255).", "silent"),
    # a term of the whole's noun and its participle ("seats contested") as the whole's: the part is the holder's
    (record("number", "Velmar, seats contested", "120", "seats"),
     "Velmar won 120 of the 300 seats contested.", "agree"),
]


DATED = [
    # "Today in 1992" as a today-in-history column's day (dropped after review: "told USA Today in 2019", "restored
    # today in 2000 homes", "today in 2024 dollars", and a crash on "on this day 5000 years ago")
    (record("date", "interview, told, USA Today", "2019-03-12"),
     "She told USA Today in 2019 that she would run for the Senate.", "2025-08-24", "agree"),
    (record("date", "power, restored", "2025-08-24"), "Power was restored today in 2000 homes across the county.",
     "2025-08-24", "agree"),
    (record("date", "solstice, sun", "2025-12-21"),
     "At Newgrange the solstice sun lit the chamber on this day 5000 years ago, as it did again this morning.",
     "2025-12-21", "silent"),
]


@pytest.mark.parametrize("spec, text, published, verdict", DATED)
def test_session_39_dated(tmp_path, spec, text, published, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


@pytest.mark.parametrize("spec, text, verdict", DROPPED)
def test_session_39_counter_examples(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@settings(max_examples=15, deadline=None)
@given(n=st.integers(min_value=2, max_value=30))
def test_a_title_count_of_another_player_is_no_count_of_the_fact(tmp_path_factory, n):
    text = f"Orsk lost to Williams, a {n}-time Grand Slam champion, in the final."
    assert one(tmp_path_factory.mktemp("times"), SLAMS, text)[0] == "silent"
