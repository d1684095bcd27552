"""Rules of session 39, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

SHARE = record("number", "Orsk, Anna Orsk", "55.5", "percent, per cent")
VICTIMS = record("number", "massacre, killed", "8000", "men and boys, men, people")
DIED = record("number", "died, killed, dead", "41", "people, persons, passengers")
CUSTODY = record("number", "arrested, custody, jail", "473", "days, day")
KILLED_ON = record("date", "killed, died, death", "2005-07-07")
ROBBERY = record("date", "robbery, robbed", "2007-09-13")
BODIES = record("number", "bodies recovered, recovered", "12", "bodies")
MISSED = record("number", "missed, fell short, outside the mark", "25", "seconds, second").replace(
    "claim: x", "claim: Orsk missed the two-hour mark by 25 seconds.")
AGE = record("number", "Anderson, Warren Anderson", "92")
SEATS = record("number", "Velmar Party, Velmar", "282", "seats")
VOTES = record("number", "Orsk, secured, polled", "6924255", "votes")
SLAMS = record("number", "Grand Slam, slam", "5", "titles, Grand Slam titles, champion, winner")
BANNED = record("date", "ban, banned, suspension", "2016-06-08")
ATHLETES = record("number", "killed, massacre, victims", "11", "Israelis, athletes, victims")
HURT = record("number", "injured, wounded, hurt", "79", "people, persons, students")

CASES = [
    # Rules drafted this session and dropped after two reviews (each needed a second narrowing): a count after
    # "injured and rushed to hospital" (joint_outcome), a share of the votes after a verb of winning, a year before a
    # noun as no part ("the 1995 massacre of 8,000"), "41 people on board who died", a measure left out of a count,
    # a margin "outside the mark". Their reviewers' counter-examples stay pinned here and in REVIEWED.
    (HURT, "Some 79 people were killed or injured in the blast.", "silent"),
    (HURT, "Some 79 people were killed and injured in the blast.", "silent"),
    (HURT, "Some 79 people were injured and displaced by the storm.", "silent"),
    (SHARE, "Orsk won, as 56.1 percent of the farmers backed her.", "silent"),
    (SHARE, "Orsk won, with Veld capturing 44.5 percent of ballots cast.", "silent"),
    (SHARE, "Orsk won, and blank ballots made up 55.5% of the votes.", "silent"),
    (SHARE, "Orsk won, though turnout was 55.5 percent of the total.", "silent"),
    (VICTIMS, "Troops killed 2000 of the 8,000 men held in the camp.", "silent"),
    (DIED, "Most of the 78 people on board survived, and 41 died.", "agree"),
    (DIED, "Most of the 78 people on board, which had 41 seats, died.", "silent"),
    (CUSTODY, "Orsk spent 473 days in custody.", "agree"),
    (CUSTODY, "Orsk spent 470 days in custody.", "differ"),
    # part_of_whole: a term of the whole's noun and its participle ("bodies recovered") describes the whole
    (BODIES, "Two of 12 bodies recovered by divers last year are buried in the cemetery.", "agree"),
    (BODIES, "Two of 13 bodies recovered by divers last year are buried in the cemetery.", "differ"),
    (BODIES, "Divers recovered 12 bodies, two of which are buried in the cemetery.", "agree"),
    (MISSED, "Orsk fell short after 25 seconds of the race.", "silent"),
    # an age at death: "died at 92" before "after", "following", "of" or "from" as well as at the end
    (AGE, "Warren Anderson, the former chief executive, has died at 92 after a long illness.", "agree"),
    (AGE, "Warren Anderson, the former chief executive, has died at 93 of heart failure.", "differ"),
    (AGE, "Warren Anderson died at 5 in the morning, his family said.", "silent"),
    (AGE, "Warren Anderson died at 92 Main Street, police said.", "silent"),
    # named_holder: in a phrase opened by "with", a name and a verb in -ing hold the figure after them
    (SEATS, "Velmar leader Anna Orsk crafted a historic win for the party, which could end up with 282 seats, with the "
            "Alliance bagging 336 seats.", "silent"),
    (SEATS, "Velmar won 282 seats, with the Alliance taking 336.", "agree"),
    (SEATS, "With the Velmar Party winning 282 seats, the Alliance lost power.", "agree"),
    (SEATS, "With the Velmar Party winning 280 seats, the Alliance lost power.", "differ"),
    (SEATS, "The Velmar Party won 282 seats, with Monday marking its first day in office.", "agree"),
    # a bracket holding a bare figure restates the one before it, in its clause
    (VOTES, "Orsk secured 52.25 percent of the votes (6,924,255), while Veld bagged 41.99 percent (5,564,239).", "agree"),
    (VOTES, "Orsk secured 52.25 percent of the votes (6,924,000), while Veld bagged 41.99 percent (5,564,239).",
     "differ"),
    (VOTES, "Veld bagged 41.99 percent (5,564,239) after Orsk secured a majority.", "silent"),
    # "a five-time Grand Slam champion": the count of times, for a fact whose unit ends in the noun after it
    (SLAMS, "Orsk, a five-time Grand Slam champion, announced her retirement.", "agree"),
    (SLAMS, "Orsk, a four-time Grand Slam champion, announced her retirement.", "differ"),
    (SLAMS, "Orsk, a five-time Olympic medallist, played in every Grand Slam event.", "silent"),
    # declared_end: a term, a modal and a verb of ending in its bare form ("the ban will end on") dates the end
    (BANNED, "The federation backdated the punishment, meaning the ban will end on January 25, 2018.", "silent"),
    (BANNED, "Orsk was banned on June 8, 2016, and the ban will end on January 25, 2018.", "agree"),
    (BANNED, "The ban will begin on June 8, 2016.", "agree"),
    # "the widow of one of the victims": "one" after a noun and "of" names a member, no count
    (ATHLETES, "The campaign was launched by the widow of one of the victims of the massacre.", "silent"),
    (ATHLETES, "The campaign was launched by the widow of one of the 11 victims of the massacre.", "agree"),
    # a date in "that happened/took place on ..." after a noun: a first draft set it aside as that noun's
    # (occurrence_relative), dropped after review, since the fact's event often happens in that noun
    (KILLED_ON, "Orsk was killed in a bombing that took place on July 7, 2005.", "agree"),
    (ROBBERY, "The robbery that happened on Sept. 13, 2007 led to his conviction.", "agree"),
    (ROBBERY, "The armed robbery that happened on Sept. 14, 2007 led to his conviction.", "differ"),
]

REVIEWED = [
    # joint_outcome: after "and" only what is then done to the same people (taken, rushed, treated...) keeps the
    # count theirs; another act names a second group counted with them
    (record("number", "killed, dead, died", "25", "people, persons, militants"),
     "The army said 25 militants were killed and captured in the raid.", "silent"),
    (record("number", "killed, dead, died", "25", "people, persons"), "Some 25 people were killed and maimed.",
     "silent"),
    # a share of the total is the winner's only when the term wins it
    (SHARE, "Veld, Orsk's main rival, won 44.5 percent of the votes.", "silent"),
    (SHARE, "Orsk, whose rival Veld took 44.5 percent of the vote, was sworn in on Monday.", "silent"),
    (SHARE, "Orsk's Union party won 201 seats, or 52 percent of the total.", "silent"),
    (SHARE, "Orsk would need to win 50 percent of the votes to avoid a runoff.", "silent"),
    (SHARE, "Orsk got 31.6 million votes, and Veld 24.1 million, or 44.5 percent of the total.", "silent"),
    # a year only after a determiner: "at least 1900 children" is a count
    (record("number", "killed, died, dead", "1900", "people, persons, children"),
     "At least 1900 children among the 6000 people in the camp died of cholera.", "agree"),
    # "on board who": only a term opening the relative clause qualifies the whole
    (record("number", "died, killed, dead", "3", "people, persons, crew"),
     "Three of the 12 crew on board who stayed behind died.", "agree"),
    # a measure left out after a count that names it is still counted
    (record("number", "delivered", "100", "tonnes, tons"), "Of the 150 tonnes of aid pledged, 100 have been delivered.",
     "agree"),
    (record("number", "delivered", "100", "tonnes, tons"), "The convoy carried 150 tonnes of aid, but only 80 were "
     "delivered.", "differ"),
    # a margin "outside the" mark, not outside a place
    (record("number", "Union, won", "12", "seats").replace("claim: x", "claim: The Union won the election by 12 seats."),
     "The Union won 12 seats outside the capital.", "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES + REVIEWED)
def test_session_39(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


_NUMBER_WORDS = ["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"]


@settings(max_examples=20, deadline=None)
@given(n=st.integers(min_value=2, max_value=12), as_word=st.booleans())
def test_a_count_of_times_won_reads_as_the_titles(tmp_path_factory, n, as_word):
    count = _NUMBER_WORDS[n - 2] if as_word else str(n)
    text = f"Orsk, a {count}-time Grand Slam champion, announced her retirement."
    assert one(tmp_path_factory.mktemp("times"), SLAMS, text)[0] == ("agree" if n == 5 else "differ")
