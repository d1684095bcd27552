"""Rules of session 38, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

AGE = record("number", "Orsk, age, aged", "85", "year, years, year-old, years old").replace(
    "claim: x", "claim: Anna Orsk was 85 when she announced her resignation.")
MARGIN = record("number", "faster, below, off, margin", "0.11", "seconds, second")
TOLL = record("number", "death toll, died", "3787", "persons, people")
LEAK = record("date", "leak, leaked, tragedy", "1984-12-03")
CONVICTED = record("date", "convicted, convicts, verdict", "2017-11-22")
BUS = record("number", "bus, killed", "13", "people, persons")
CONVICTION = record("date", "convicted, conviction", "2018-04-26")
TURNOUT = record("number", "turnout, voter turnout", "55.93", "percent, per cent")

CASES = [
    # an age "at age N" at the claim's own event states it (a first draft's age_at_event, dropped after three reviews:
    # an age at another event stays a conflict)
    (AGE, "Orsk announced her resignation at age 85.", "agree"),
    (AGE, "Orsk announced her resignation at age 86.", "differ"),
    (AGE, "Orsk stepped down at age 85.", "agree"),
    (AGE, "Orsk, 86, announced her resignation on Monday.", "differ"),
    # a count of parts "of a second" is a span of time, not "a second" instance of anything
    (MARGIN, "The new record was eleven-hundredths of a second below the old mark.", "agree"),
    (MARGIN, "Her record was 11 tenths of a second faster than the old one.", "differ"),
    (MARGIN, "She was twelve-hundredths of a second faster than the field.", "differ"),
    # a word opening a clause is no unit: the number before it is the toll's
    (TOLL, "The official death toll was pegged at 3,787 whereas rights groups claim that 25,000 people died.", "agree"),
    (TOLL, "The official death toll was pegged at 3,790 although rights groups say 25,000 died.", "differ"),
    (TOLL, "Museum staff remember the 3,787 who died.", "agree"),
    # a day range joined by a dash is a range whatever follows it ("December 2-3 marks": no count of marks)
    (LEAK, "The leak of December 2-3 killed thousands in 1984.", "agree"),
    (LEAK, "The gas leak on December 1-2 killed thousands in 1984.", "differ"),
    (LEAK, "The leak on December 2 and 3 people died in 1984.", "differ"),  # ("and": 3 people)
    # date_modifier: a span of years joined by a dash before a noun dates that noun, each year of it
    (CONVICTED, "The tribunal convicted Orsk on Wednesday of crimes during Velmar's 1992-1995 war.", "silent"),
    (CONVICTED, "The tribunal convicted Orsk of atrocities during the 1992-95 war.", "silent"),
    (CONVICTED, "Orsk was convicted in 2015-2016 of fraud.", "differ"),
    # a phrase of addition opening the sentence: a value in it is its own
    (record("date", "seized, seizure", "2024-05-03"),
     "In addition to the tanker seized on 3 May 2024, troops boarded a ferry on 9 May 2024.", "agree"),
    # a ton beside a fact in pounds is the short, long or metric ton nearest its value; beside metric units, a tonne
    (record("number", "telescope, weighs, weighed", "24500", "pounds, lb"), "The 12-ton telescope was released.", "agree"),
    (record("number", "telescope, weighs, weighed", "24500", "pounds, lb"), "The 14-ton telescope was released.", "differ"),
    (record("number", "telescope, weighs, weighed", "12", "tonnes"), "The 12-ton telescope was released.", "agree"),
    (record("number", "bomb, weighed", "5000", "pounds, lb"), "The 2.5-ton bomb destroyed the building.", "agree"),
    (record("number", "lander, weighed", "5500", "pounds, lb"), "The 2.5-ton lander touched down.", "agree"),
    (record("number", "bomb, weighed", "4800", "pounds, lb"), "The 2.5-ton bomb destroyed the building.", "differ"),
    # group_breakdown: a term opening the sentence is capitalised as its first word, not as a group's name
    (TURNOUT, "Voter turnout came to 56.06% for men and 55.80% for women.", "silent"),
    (TURNOUT, "Voter turnout stood at 54.30% among men and 53.42% among women.", "silent"),
    (TURNOUT, "Voter turnout came to 55.93%, with 56.06% for men and 55.80% for women.", "agree"),
]

DATED = [
    # a time at the end of a clause judging a deed dates the judging (a first draft's gerund_act, dropped after three
    # reviews: "convicted of spying on Monday" is Monday's conviction)
    (CONVICTION, "Orsk was convicted on 26 April 2018 of assaulting Lind.", "2018-09-25", "agree"),
    (CONVICTION, "Orsk was convicted on 27 April 2018 of assaulting Lind.", "2018-09-25", "differ"),
    (record("date", "convicted, guilty, verdict", "2024-05-06"),
     "Orsk was found guilty of spying by a military court on Monday.", "2024-05-07", "agree"),
    (record("date", "convicted, conviction", "2024-05-06"),
     "Orsk was convicted of being a member of a terrorist group on Monday.", "2024-05-07", "agree"),
    (record("date", "cleared, clearance", "2024-05-06"), "The plane was cleared for landing on 6 May 2024.",
     "2024-05-07", "agree"),
    # earlier_year: a year between "in the" and an event's noun may be followed by a two-word name
    (TURNOUT, "Turnout reached 67.51% in the 2005 Lower House election.", "2021-11-01", "silent"),
    (TURNOUT, "Turnout reached 67.51% in the 2021 Lower House election.", "2021-11-01", "differ"),
    (TURNOUT, "Turnout reached 55.93% in the 2021 Lower House election.", "2021-11-01", "agree"),
    # (lower-case words between are no name: the year may be the subject's own)
    (TURNOUT, "Turnout reached 67.51% in the 2005 snap general election.", "2021-11-01", "differ"),
]


# counter-examples a review of this session's rules found, pinned: each once went wrong under a first draft
AGE_86 = AGE
INJURED = record("number", "injured, wounded, attack", "700", "people, persons")
REVIEWED = [
    # "of a second" is a span of time only after parts: "the arrest of a second suspect" is another instance
    (record("date", "arrested, arrest", "2024-05-03"), "Police announced the arrest of a second suspect on 3 May 2024.",
     "silent"),
    (record("date", "died, death", "2024-05-03"), "The hospital confirmed the death of a second patient on 5 May 2024.",
     "silent"),
    (record("number", "killed, explosion", "12", "people, persons"),
     "Witnesses reported the sound of a second explosion that killed 30 people.", "silent"),
    # (a first draft's title_of_another and besides, dropped: a value right before a title term is part of it; a
    # value after a phrase of addition may be the same event's)
    (record("party", "candidate, nominee", "[Democratic Party, Democratic, Democrats]",
            rivals="Republican Party, Republican, Republicans"), "Democratic candidate Joe Biden won Pennsylvania.", "agree"),
    (record("party", "candidate, nominee", "[Democratic Party, Democratic, Democrats]",
            rivals="Republican Party, Republican, Republicans"),
     "Republican nominee Donald Trump lost Pennsylvania to Democratic nominee Joe Biden.", "agree"),
    (record("party", "striker, forward", "[Manchester United, United]"),
     "Manchester United striker Marcus Rashford scored twice on Sunday.", "agree"),
    (INJURED, "In addition to the 52 people killed in the attack, more than 700 were injured.", "agree"),
    (INJURED, "As well as the 52 killed in the attack, 700 people were wounded.", "agree"),
    (BUS, "Apart from the bus, where 13 people were killed, bombs hit three trains.", "agree"),
    (record("party", "candidate, nominee", "[Democratic Party, Democratic, Democrats]",
            rivals="Republican Party, Republican, Republicans"),
     "Republican presidential nominee Donald Trump lost Pennsylvania to Democratic presidential nominee Joe Biden.",
     "agree"),
    (INJURED, "Apart from the 52 people who died in the attack, 700 people needed hospital treatment.", "agree"),
    # "of a second" is a span of time only after tenths, hundredths or thousandths
    (record("date", "delivery, delivered, shipment", "2024-05-03"),
     "Officials confirmed the delivery of half of a second shipment on 5 May 2024.", "silent"),
    # an age at the claim's own event, however its clause is written, is judged
    (AGE_86, "Orsk announced her long-awaited resignation at age 86.", "differ"),
    (AGE_86, "Orsk announced her widely expected resignation at the age of 86.", "differ"),
    (AGE_86, "Orsk announced her resignation in a televised address at the age of 86.", "differ"),
    (AGE_86, "Orsk announced her resignation to a startled group of ministers at age 86.", "differ"),
    (AGE_86, "Orsk made the announcement of her resignation at age 86.", "differ"),
    (AGE_86, "Orsk's resignation announcement came at age 86.", "differ"),
    # a ton beside pounds is no long ton (2,240 pounds), and a bound holds by the reading nearest the fact's value
    (record("number", "whale, weighed", "60000", "pounds, lb").replace("tolerance: 0", "tolerance: 3%"),
     "The whale weighed 26 tons.", "differ"),
    (record("number", "statue, weighs", "28000", "pounds, lb"), "The 12-ton statue was unveiled.", "differ"),
    (record("number", "statue, weighs", "26700", "pounds, lb"), "The statue weighs more than 12 tons.", "silent"),
    # group_breakdown: a term written with a capital is a name even when it opens the sentence
    (record("number", "Trump, exit polls", "55", "percent, per cent"), "Trump won 55% among men and 42% among women.",
     "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES + REVIEWED)
def test_session_38(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict



REVIEWED_DATED = [
    # a verb's "of"/"for" and a gerund date nothing of their own
    (record("date", "pledged, pledge, funding", "2024-05-06"), "The government pledged £2bn of funding on 6 May 2024.",
     "2024-05-07", "agree"),
    (record("date", "pledged, pledge, funding", "2024-05-06"), "The government pledged £2bn of funding on 7 May 2024.",
     "2024-05-07", "differ"),
    (record("date", "arrested, detained, arrest", "2023-03-29"),
     "Gershkovich was arrested on suspicion of spying on March 29.", "2023-03-31", "agree"),
    (record("date", "ceasefire, agreed", "2024-05-03"), "A ceasefire was agreed after weeks of fighting on 3 May 2024.",
     "2024-05-04", "agree"),
    (record("date", "flooding, floods", "2024-05-06"), "On Monday, the region saw its worst day of flooding.",
     "2024-05-07", "agree"),
    (record("date", "sentencing, sentenced", "2024-05-06"), "Orsk appeared in court on Monday for sentencing.",
     "2024-05-07", "agree"),
    (record("date", "runoff, vote", "2024-05-05"), "Polls opened on Sunday for voting in the presidential runoff.",
     "2024-05-06", "agree"),
    (record("date", "closed, closure", "2024-05-06"), "The museum was closed for cleaning on 6 May 2024.", "2024-05-07",
     "agree"),
]


@pytest.mark.parametrize("spec, text, published, verdict", DATED + REVIEWED_DATED)
def test_session_38_dated(tmp_path, spec, text, published, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


@settings(max_examples=25, deadline=None)
@given(age=st.integers(min_value=20, max_value=99), form=st.sampled_from(["at age {}", "at the age of {}"]))
def test_an_age_at_the_claims_event_is_judged(tmp_path_factory, age, form):
    text = f"Orsk announced her resignation {form.format(age)}."
    assert one(tmp_path_factory.mktemp("age"), AGE, text)[0] == ("agree" if age == 85 else "differ")
