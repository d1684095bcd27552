"""Rules of session 27, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.numbers import numbers

from .helpers import one, record

KILLING = record("date", "killing, killed", "2003-02-01")
INJURED = record("number", "injured, injuring", "500", "people")
SIX = record("number", "killed", "6", "men, people")
SEATS = record("number", "BJP", "303", "seats")
LABOUR = record("number", "Labour", "203", "seats")
WOUNDED = record("number", "wounded, injured, shot", "17", "people")
VOTES = record("number", "votes, Lind", "36000000", "votes")
MARGIN = record("number", "margin, lead", "2100000", "votes")

SEAT = record("place", "Dell, headquartered", "Round Rock", "", "Hopkinton")
ENDS = record("place", "accident, crash", "Aske", "", "Rosenheim, Holzkirchen")
LINK = record("place", "corridor, road", "[Aske, Orsk]", "", "Velmar")
CHECKPOINT = record("place", "checkpoint", "[Velmar]", "", "Orsk")
BARRIER = record("place", "final barrier, final approval", "[European Union, EU]", "", "Brazil")

CASES = [
    # a participle trailing its clause (", killing ...") happens when that clause's event does: the clause's date
    # dates the participle when it is the term
    (KILLING, "The shuttle broke apart over Texas on 1 February 2003, killing all seven astronauts.", "agree"),
    (KILLING, "The shuttle broke apart over Texas on 3 February 2003, killing all seven astronauts.", "differ"),
    (KILLING, "On 1 February 2003 the shuttle broke apart, killing all seven astronauts.", "agree"),
    # not a participle with a time of its own, to the sentence's end ("later", "the next day")
    (KILLING, "The shuttle broke apart on 1 February 2003, killing all seven astronauts days later.", "silent"),
    (KILLING, "The storm formed on 1 February 2003, killing seven when it struck land six days later.", "silent"),
    (KILLING, "The dam failed on 1 February 2003, killing seven in the weeks that followed.", "silent"),
    (KILLING, "The fire started on 30 January 2003, killing seven on 1 February when it reached the town.", "agree"),
    (KILLING, "The bridge fell on 1 February 2003, killing seven people who had crowded onto it.", "silent"),
    # not a noun inside the participle's phrase, nor a participle of comment ("underscoring")
    (record("date", "recall", "2024-03-01"),
     "The pump failed on 5 May 2023, leading to a recall of the model.", "silent"),
    (record("date", "risks", "2024-03-01"),
     "The pump failed on 5 May 2023, underscoring the risks of the design.", "silent"),
    # a participle opening its own sentence's clause is no trailing one
    (KILLING, "Killing all seven astronauts, the accident of 3 February 2003 shocked the nation.", "silent"),
    # the number of a trailing participle stays its own: the clause's count is not the participle's
    (INJURED, "The blast killed 12 people on Monday, injuring 500.", "agree"),
    (INJURED, "The blast killed 12 people on Monday, injuring many.", "silent"),
    # a term that is only a compound adjective describes the noun after it: the clause's number is that noun's
    (SEATS, "Of the 542 seats, the BJP-led alliance won 353 seats.", "silent"),
    (SEATS, "The BJP won 303 seats.", "agree"),
    (SEATS, "The BJP won 353 seats.", "differ"),
    # a name after "for" right behind a figure holds it: no figure of another name the fact is about
    (LABOUR, "The final tally stood at 364 seats for the Conservatives, 203 for Labour.", "agree"),  # (203 borrows
    # "seats": a list of counts "for" their holders)
    (LABOUR, "The final tally stood at 203 seats for Labour, 364 for the Conservatives.", "agree"),
    (LABOUR, "Labour won 364 seats, the party said.", "differ"),
    # a partitive inside a prepositional phrase after its clause's verb is no subject: a past participle after the
    # whole's noun describes the whole, which the term counts
    (SIX, "The minister attended the funeral of three of the six men killed in the attack.", "agree"),
    (SIX, "He spoke with relatives of two of the six men killed on Sunday.", "agree"),
    (SIX, "The minister attended the funeral of three of the seven men killed in the attack.", "differ"),
    # a partitive that is the subject: a participle with the clause's verb after it describes the whole too, but a
    # past form with none is the clause's verb, whose count is the part
    (SIX, "Officials said that two of the 40 men killed were police officers.", "differ"),
    (SIX, "Officials said six of the 40 men were killed.", "agree"),
    # a harm an adverb makes deadly counts the dead, no count of the wounded
    (WOUNDED, "Ten years after a student fatally shot 32 people at the school, survivors returned.", "silent"),
    (WOUNDED, "The gunman mortally wounded 32 people at the school.", "silent"),
    (WOUNDED, "The gunman shot 32 people at the school.", "differ"),
    (WOUNDED, "The gunman shot 17 people at the school.", "agree"),
    # a number after a noun of a gap and "of" is that gap, no side's figure, unless a term holds the noun
    (VOTES, "With a lead of nearly 20 million votes, the count confirmed Lind's victory.", "silent"),
    (VOTES, "Lind won with a margin of 12 million votes over Roe.", "silent"),
    (VOTES, "Lind won 36 million votes, a gap of 20 million votes over Roe.", "agree"),
    (MARGIN, "That equates to a winning margin of 2.1 million votes.", "agree"),
    (MARGIN, "Lind won with a lead of 3 million votes.", "differ"),
    # only a lead or a margin: "a gap of 3 years" is a span, "advantage of" no gap
    (record("number", "festival, returned", "3", "years"), "After a gap of 3 years, the festival returned.", "agree"),
    # a place owning the noun after it, or joined to it as its seat ("-based"), describes that noun
    (SEAT, "Dell to buy Hopkinton's EMC in $67 billion deal", "silent"),
    (SEAT, "Dell will buy the Hopkinton-based data storage company.", "silent"),
    (SEAT, "The Hopkinton-based Dell will buy EMC.", "differ"),
    (SEAT, "Hopkinton's Dell will buy EMC.", "differ"),
    (SEAT, "The Hopkinton-based computer maker Dell will buy EMC.", "differ"),
    (SEAT, "Dell, based in Round Rock, will buy Hopkinton's EMC.", "agree"),
    # places after "between" are the ends of a stretch, not where the event happened
    (ENDS, "The accident occurred on a single-track route between Rosenheim and Holzkirchen.", "silent"),
    (ENDS, "The crash near Aske, between Rosenheim and Holzkirchen, killed 12.", "agree"),
    (ENDS, "The accident occurred in Rosenheim.", "differ"),
    (LINK, "The corridor is the only road between Aske and Orsk.", "agree"),
    # ... and is what a copula and a term after it say
    (BARRIER, "The EU's clearance was the final barrier to closing the deal.", "agree"),
    (BARRIER, "Brazil's clearance was the final barrier to closing the deal.", "differ"),
    (BARRIER, "Brazil's fans were told the final barrier had fallen.", "silent"),
    # ... or is the agent of the act its of-phrase names ("Velmar's setting up of the checkpoint")
    (CHECKPOINT, "Orsk criticised Velmar's establishment of a checkpoint.", "agree"),
    (CHECKPOINT, "The checkpoint was set up under Orsk's sovereign rights.", "silent"),
    # ... of an act of putting in place only (SETTING_UP_NOUNS): no saying or looking into
    (ENDS, "Rosenheim's coverage of the crash was thin.", "silent"),
    # a negated copula says what the phrase is not
    (BARRIER, "Brazil's approval was not the final barrier to the deal.", "silent"),
]

# dates placed by a year beside them: a holiday's year after "in" or a comma; a counted year opening the sentence
NEW_YEAR = record("date", "attack", "2017-01-01")
WON = record("date", "won", "2017-05-07")
FIRE = record("date", "fire", "2016-12-02")
HIT = record("date", "hit West Bengal", "2020-05-20")
DATED_CASES = [
    (NEW_YEAR, "2020-01-16", "A court sentenced the suspect in the attack at a nightclub on New Year's Day in 2017.",
     "agree"),
    (NEW_YEAR, "2020-01-16", "The attack at a nightclub on New Year's Day, 2017, killed 39.", "agree"),
    (NEW_YEAR, "2020-01-16", "The attack at a nightclub on New Year's Day in 2018 was claimed by a group.", "differ"),
    # a year before a verb of harm with its own count is the year, not a count ("in 2018 killed 39")
    (NEW_YEAR, "2020-01-16", "The attack at a nightclub on New Year's Day in 2018 killed 39 people.", "differ"),
    (NEW_YEAR, "2020-01-16", "The attack at a nightclub on New Year's Day in 2017 killed at least 39.", "agree"),
    (WON, "2018-05-07", "A year ago, on May 7, Emmanuel Macron won the French presidential election.", "agree"),
    (WON, "2018-05-07", "Last year on May 7, Emmanuel Macron won the French presidential election.", "agree"),
    (WON, "2019-05-07", "Two years ago, on May 7, Emmanuel Macron won the French presidential election.", "agree"),
    # a term modifying a noun of those who respond to events ("the fire chief", "the fire department") is no event:
    # the clause's date is the report's
    (FIRE, "2021-12-01", "Early on the morning of Dec. 3, the Oakland fire chief reported nine people were dead.",
     "silent"),
    (FIRE, "2021-12-01", "On Dec. 3, the fire department said nine people were dead.", "silent"),
    (FIRE, "2021-12-01", "The fire broke out on Dec. 3, 2016, the fire chief said.", "differ"),
    # a verb whose past is its bare form after a one-word name opening the sentence is past ("Amphan hit"): the
    # yearless day is before publication
    (HIT, "2020-12-01", "Amphan hit West Bengal on May 20, killing 98 people.", "agree"),
    (HIT, "2020-12-01", "Storms hit West Bengal on May 20 every year.", "differ"),
    # up to the next year the sentence names: "two years ago, on May 7" is another May 7
    (WON, "2019-05-07", "A year ago, on May 7, Macron lost; two years ago, on May 7, Macron won.", "agree"),
    # only an opening counted year: elsewhere the day takes the year near publication
    (WON, "2018-05-07", "Macron won the election on May 7; his party was founded a year ago.", "differ"),
]


@pytest.mark.parametrize("spec, published, text, verdict", DATED_CASES)
def test_dates_of_session_27(tmp_path, spec, published, text, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict



@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_rules_of_session_27(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


COLD = record("number", "temperature, dropped to", "-190", "degrees Celsius, Celsius, °C")


@pytest.mark.parametrize("text, verdict", [
    # a number below zero: "minus", or a minus sign before a temperature
    ("The temperature dropped to as low as minus 190 degrees Celsius.", "agree"),
    ("The temperature dropped to -190 degrees Celsius.", "agree"),
    ("The temperature dropped to \u2212190°C.", "agree"),
    ("The temperature dropped to 190 degrees Celsius.", "differ"),
])
def test_a_number_below_zero(tmp_path, text, verdict):
    assert one(tmp_path, COLD, text)[0] == verdict


@given(st.integers(1, 10_000))
def test_minus_reads_below_zero_and_a_sign_only_before_a_temperature(n):
    assert [m.value for m in numbers(f"It fell to minus {n} degrees.")] == [-n]
    assert [m.value for m in numbers(f"It fell to -{n}°C.")] == [-n]
    assert [m.value for m in numbers(f"Shares closed -{n}% lower.")] == [n]  # a fall, as news states it
    # a hyphen after a letter is no sign: the number is part of a name (session 46: no count either)
    assert [m.value for m in numbers(f"The COVID-{n} wave passed.")] == []


def test_a_list_of_counts_for_their_holders_shares_the_first_unit():
    text = "The tally was 364 seats for the Conservatives, 203 for Labour and 11 for the Liberal Democrats."
    assert [(m.value, m.unit) for m in numbers(text)] == [(364, "seats"), (203, "seats"), (11, "seats")]
    # not a count after "for" that is no list of holders
    assert [(m.value, m.unit) for m in numbers("The 364 seats were counted for days.")] == [(364, "seats")]
