"""Rules of session 28, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import tempfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.numbers import numbers

from .helpers import one, record

AGE = record("number", "Ana Lind, Lind, defendant", "52")
STRUCK = record("date", "quake, earthquake", "2005-10-08")
SHOT = record("date", "opened fire, shot", "2011-07-22")
WOUNDED = record("number", "wounded, wounding, injured", "53", "people, others")
ABOARD = record("number", "on board, aboard", "10", "people")
AGED = record("number", "Lind, gunman", "28")
CARS = record("number", "derailed, cars", "7", "cars")
DERAILED = record("date", "derailment, derailed", "2013-12-01")
DOWNED = record("date", "shot down", "2020-01-08")
OPENED = record("date", "opened, dedicated", "2019-11-07")
FIRE = record("date", "fire, wildfire", "2018-11-08")
TREMOR = record("date", "tremors, quake", "2016-10-30")
REPORT = record("date", "report, published", "2011-12-28")
LANDED = record("date", "landed, landing", "2024-01-20")
US_CLEARED = record("date", "US regulators", "2019-05-03")
EU_CLEARED = record("date", "European regulators", "2019-06-27")
DEAD = record("number", "killed, killing", "176", "victims, people")
SHARE = record("number", "Lind, Ana Lind", "41.45", "percent, per cent")
ISLAND = record("place", "holed, wreck", "[Giglio]", "", "Elba")
TOOK_OFF = record("place", "took off, crash", "[Aske]", "", "Orsk")
FINED = record("number", "fined, fine", "760000", 'NZD, NZ$, dollars, "$"')
FINED_NZD = record("number", "fined, fine", "760000", "NZD, NZ$")
SEAT = record("place", "Velmar AG, Velmar", "[Aske]", "", "Orsk")
LIST_SEATS = record("number", "Labour", "25", "seats")
HQ = record("place", "Velmar, headquarters, based", "[Aske]", "", "Orsk")
FINE = record("number", "fine, fined", "6700000", "pounds, GBP")
ON_BOARD = record("number", "on board, aboard", "9", "people")
MAGNITUDE = record("number", "magnitude, quake", "6.4", "magnitude")
INJURED4 = record("number", "injured, wounded", "4", "people, others")
KILLED20 = record("number", "killed, died", "20", "people, deaths")
PASSENGERS = record("number", "passengers, passenger", "55", "passengers")
MISSILES = record("number", "missiles, fired", "2", "missiles")
CRASH_CITY = record("place", "crashed, crash", "[Orsk]", "", "Aske")
PASSENGERS56 = record("number", "passengers", "56", "passengers")

CASES = [
    # a bare number in brackets right after a name is that person's age, as it is between commas
    (AGE, "Ana Lind (52) had been under arrest since the day after the crash.", "agree"),
    (AGE, "Ana Lind (53) had been under arrest since the day after the crash.", "differ"),
    (AGE, "Ana Lind (52), Jon Roe (6) and Eva Holm (7) were named.", "agree"),
    (AGE, "Jon Roe (52), Ana Lind (6) and Eva Holm (7) were named.", "differ"),
    (AGE, "Ana Lind, 52, had been under arrest since the day after the crash.", "agree"),
    # (a bracket that goes on after the number is no age: a count, a year)
    (AGE, "Ana Lind (52 votes) came third.", "silent"),
    # "was 17 at the time" is an age then, whatever the word after the number
    (AGE, "The defendant, who was 52 at the time of the crash, admitted the charges.", "agree"),
    (AGE, "The defendant, who was 51 at the time of the crash, admitted the charges.", "differ"),
    (AGE, "The defendant drove 52 at the time of the crash.", "silent"),
    # (not after a name and its apposition, which may name another: the age is no term's)
    (AGE, "Jon Roe, Lind's partner, was 52 at the time of the crash.", "silent"),
    # a hyphen-joined participle after "and" is a compound adjective of the noun after it, no subject and verb: the
    # clause (and its date) goes on
    (STRUCK, "A quake tore through the province and Pakistani-administered Kashmir on 8 October 2005.", "agree"),
    (STRUCK, "A quake tore through the province and Pakistani-administered Kashmir on 9 October 2005.", "differ"),
    # (a name and its verb after "and" still open a clause of their own)
    (STRUCK, "A quake tore through the province and Kashmir reported damage on 9 October 2005.", "silent"),
    # a time phrase opening a "where"/"when" clause, closed by a comma before the clause's subject, is that clause's
    (SHOT, "She went back to the island, where on July 22, 2011, a gunman opened fire on teenagers.", "agree"),
    (SHOT, "She went back to the island, where on July 23, 2011, a gunman opened fire on teenagers.", "differ"),
    (SHOT, "She recalled that summer, when in late July 2011, a gunman opened fire on teenagers.", "agree"),
    # (a relative clause with its verb before the comma ends there)
    (SHOT, "She went back to the island, where she lived on July 23, 2011, and a gunman opened fire.", "silent"),
    # a word of addition between a verb of harm and its bare count ("wounding another 53") leaves it the harmed count
    (WOUNDED, "The gunman opened fire, killing 49 people and wounding another 53.", "agree"),
    # (another value is only a possible conflict: "another" may count the latest additions, `added_amount`)
    (WOUNDED, "The gunman opened fire, killing 49 people and wounding another 54.", "silent"),
    (WOUNDED, "The gunman opened fire, killing 49 people and wounding 54.", "differ"),
    # a count after "and" with its own verb right after its noun, the count before a verb's object, is a clause of
    # its own, no part of a group with that count
    (WOUNDED, "The dead included 27 foreigners and 53 people were wounded.", "agree"),
    (WOUNDED, "The dead included 27 foreigners and 52 people were wounded.", "differ"),
    # (one subject of two counts is still two parts of one group)
    (ABOARD, "Seven passengers and three crew were on board.", "silent"),
    # for a fact with no unit (an age), a bare number right after a verb of harm counts people, no value of it
    (AGED, "Before he was shot, Lind killed twelve, firing sixty rounds.", "silent"),
    (AGED, "Lind, 28, killed twelve people.", "agree"),
    # a hyphen-joined measure describes its noun, and a past verb after that noun is no word of the phrase: "the
    # seven-car train derailed" counts no derailed cars
    (CARS, "The seven-car train derailed near the station.", "silent"),
    (CARS, "All seven cars derailed near the station.", "agree"),
    # a cause after "because of"/"owing to" is another event, earlier: the clause's date is not its
    (FIRE, "The school said it would close on Friday because of the fire.", "silent"),
    (FIRE, "The fire broke out on Thursday, 8 November 2018.", "agree"),
    # a count of those on board counts the dead when a term kills "everyone on board" with no number of its own
    (DEAD, "A jet carrying 176 people crashed near the city, scattering debris and killing everyone on board.", "agree"),
    (DEAD, "A jet carrying 180 people crashed near the city, killing everyone on board.", "differ"),
    (DEAD, "A jet carrying 176 people crashed near the city, injuring everyone on board.", "silent"),
    (DEAD, "A jet carrying 176 people crashed near the city.", "silent"),
    # a value in ", which is ..." right after a figure restates that figure, said of a term before it in its clause
    (SHARE, "Ana Lind received 13,288,688 votes, which is 41.45 per cent of the vote.", "agree"),
    (SHARE, "Ana Lind received 13,288,688 votes, which is 41.46 per cent of the vote.", "differ"),
    (SHARE, "Jon Roe received 18,768,639 votes, which is 41.45 per cent of the vote.", "silent"),
    # a place before a preposition describes no noun: it is the clause's
    (ISLAND, "The wreck lies close to the island of Giglio off the west coast, holed by a rock.", "agree"),
    (ISLAND, "The wreck lies close to the island of Elba off the west coast, holed by a rock.", "differ"),
    # a place right before a relative "where" is where that clause's event happens
    (TOOK_OFF, "The pilot could have landed safely at Aske Airport, from where he took off.", "agree"),
    (TOOK_OFF, "The pilot could have landed safely at Orsk Airport, from where he took off.", "differ"),
    (TOOK_OFF, "The hearing was held in Orsk, some 2 miles from Aske, where the crash took place.", "agree"),
    # (a point of reference far off stays set aside; a head place before a phrase with a nearer place is not the one)
    (TOOK_OFF, "The hearing was held in Orsk, some 200 miles from Aske, where the crash took place.", "silent"),
    # (not a term after "since": another event, the clause's time)
    (TOOK_OFF, "Trains run again in the Orsk corridor, where service had stopped since the crash.", "silent"),
    # a bare "$" is the fact's own dollar when the fact is priced in another dollar and lists a bare "$"
    (FINED, "On July 5, the company was fined $760,000, the largest fine ever imposed.", "agree"),
    (FINED, "On July 5, the company was fined $750,000, the largest fine ever imposed.", "differ"),
    (FINED, "On July 5, the company was fined US$760,000.", "silent"),
    (FINED_NZD, "On July 5, the company was fined $760,000.", "silent"),
    # a place after "NOUN of NAME in" places the noun, the phrase's head, not the name
    (SEAT, "A logo hangs in front of the factory of Velmar AG in Orsk.", "silent"),
    (SEAT, "The chief attended the annual meeting of Velmar AG in Orsk.", "silent"),
    # (not an organisation's seat, nor a head that is a place noun)
    (SEAT, "The headquarters of Velmar AG in Orsk were searched.", "differ"),
    (SEAT, "The headquarters of Velmar AG in Aske were searched.", "agree"),
    (SEAT, "Velmar AG is based in Aske.", "agree"),
    # each later count of a list of holders "with" their counts counts the first's unit
    (LIST_SEATS, "The Greens are first with 37 seats, followed by Labour with 25, the Liberals with 24.", "agree"),
    (LIST_SEATS, "The Greens are first with 37 seats, followed by Labour with 26, the Liberals with 24.", "differ"),
    (LIST_SEATS, "The Greens are first with 37 seats, followed by the Liberals with 25, Labour with 24.", "differ"),
    # a place and its region hyphen-joined to a participle of seat is the seat of the name after it
    (HQ, "Orsk, NY-based Lindco has made many acquisitions.", "silent"),
    (HQ, "Lindco will pay $190 a share for Aske, NC-based Velmar.", "agree"),
    (HQ, "Lindco will pay $190 a share for Orsk, NC-based Velmar.", "differ"),
    # a figure after a verb of revising and "from" is the one before the revision
    (FINE, "The fine was reduced from £10m because the firm admitted its guilt.", "silent"),
    (FINE, "The fine was reduced from £10m to £6.7m.", "agree"),
    (FINE, "The fine was reduced from £10m to £6m.", "differ"),
    # "one of" after a form of "be" names a member, whatever the subject
    (ON_BOARD, "The driver is believed to have been one of the people on board who died.", "silent"),
    (ON_BOARD, "The dead are three of the people on board.", "differ"),
    # an indefinite noun phrase whose verb "also" comes right before names one more instance of its kind
    (MAGNITUDE, "A 5.3 magnitude quake also struck just off the coast on Wednesday, causing cracks.", "silent"),
    (MAGNITUDE, "A 5.3 magnitude quake struck just off the coast on Wednesday, causing cracks.", "differ"),
    # "12 people were killed and four more were injured": the injured count, in a clause of its own
    (INJURED4, "On 31 May, 12 people were shot and killed and four more were injured after a gunman opened fire.", "agree"),
    (INJURED4, "On 31 May, 12 people were shot and killed and five more were injured after a gunman opened fire.",
     "differ"),
    (INJURED4, "Two bodies were found on Monday, and four more were recovered on Tuesday.", "silent"),
    # a superlative noun phrase that "was" at a time is the record holder, another instance, and so is its when-clause
    (KILLED20, "Velmar's deadliest train crash was in 2002, when over 300 people were killed.", "silent"),
    (KILLED20, "At least 20 people were killed. The deadliest crash was in 2002, when over 300 people were killed.",
     "agree"),
    (KILLED20, "Over 300 people were killed in the crash.", "differ"),
    # a model's numbers joined by a hyphen are no range, and a capital letter joined to a numeral is a designation
    (PASSENGERS, "The Boeing 737-800 passenger jet crashed on landing.", "silent"),
    (PASSENGERS, "The jet, carrying 55 passengers, crashed on landing.", "agree"),
    (MISSILES, "The jet was hit by one TOR M-1 missile.", "silent"),
    # "//" after a place in capitals opening the text closes a dateline
    (CRASH_CITY, "ASKE // A Velmar airliner crashed in Orsk on Saturday.", "agree"),
    (CRASH_CITY, "ASKE // A Velmar airliner crashed in the south on Saturday.", "silent"),
    # a fronted partitive opened by "among" sizes the whole, as one opened by "of" does: the count after it is a part
    (PASSENGERS56, "Among the 56 passengers, 30 were Egyptian and 15 were French.", "agree"),
    (PASSENGERS56, "Among 56 passengers, 30 were Egyptian.", "agree"),
    # (the whole of a fronted partitive is attached loosely: another one is only a possible conflict, as after "of")
    (PASSENGERS56, "Among 57 passengers, 30 were Egyptian.", "silent"),
    (PASSENGERS56, "Of the 57 passengers, 30 were Egyptian.", "silent"),
]


DATED_CASES = [
    # a dateline with its place in capitals and no comma nor dash before the story ("NEW YORK Oct 28 A fatal ...",
    # the agency dropped) dates the filing, no event
    (DERAILED, "2014-10-28", "NEW YORK Oct 28 A fatal train derailment last year was caused by the engineer.", "agree"),
    (DERAILED, "2014-10-28", "The train derailed on Oct 28. It was towed a year later.", "differ"),
    (DERAILED, "2014-10-28", "LOS ANGELES Oct 28 A fatal train derailment last year was caused by the engineer.",
     "agree"),
    # "on January 8 that year": the year of an earlier sentence of the paragraph; with none, the date stays yearless
    (DOWNED, "2023-04-16", "Forces shot down the flight after takeoff on January 8 that year.", "agree"),
    (DOWNED, "2023-04-16", "In January 2020 tensions rose. Forces shot down the flight on January 8 that year.", "agree"),
    (DOWNED, "2023-04-16", "In January 2021 tensions rose. Forces shot down the flight on January 8 that year.",
     "differ"),
    # a day word right before a comma and a written date is restated by it: the written date is the day meant
    (OPENED, "2019-11-07", "A garden is being dedicated today, Nov. 8, to remember the victims.", "differ"),
    (OPENED, "2019-11-07", "A garden is being dedicated today, Nov. 7, to remember the victims.", "agree"),
    (OPENED, "2019-11-07", "A garden is being dedicated today to remember the victims.", "agree"),
    # a day listed with "and" before a date with a year takes that year, or the year before when its month is later
    (TREMOR, "2021-08-24", "Tremors followed, the worst on October 30 with a magnitude of 6.5 and on January 18, 2017.",
     "agree"),
    (TREMOR, "2021-08-24", "Tremors struck on October 30 and on November 18, 2016.", "agree"),
    (TREMOR, "2021-08-24", "Tremors struck on October 30 and on November 18, 2017.", "differ"),
    # a page's stamp label and its colon: no date of an event (but "Published on ..." opening a sentence is one)
    (REPORT, "2011-12-29", "PUBLISHED : Thursday, 29 December, 2011, 12:00am", "silent"),
    (REPORT, "2011-12-29", "Published on 29 December, the report blamed design flaws.", "differ"),
    # a weekday restated in a bracket in another time zone by the weekday next to it is the day next to the bracket's
    (LANDED, "2024-01-19", "The lander landed at about 12.20am Tokyo time on Saturday (1520 GMT Friday).", "agree"),
    (LANDED, "2024-01-19", "The lander landed at about 12.20am Tokyo time on Saturday.", "silent"),  # counted_only
    # a participle term between a describing past participle and a noun describes that noun
    (LANDED, "2024-01-19", "The capsule was found in the planned landing area at 4am on Sunday (1900 GMT Saturday).",
     "silent"),
    # noun phrases joined by "and", each with its own time: a date goes with the phrase right before it
    (US_CLEARED, "2019-07-10", "It won approval from US regulators in May and European regulators in late June.",
     "agree"),
    (US_CLEARED, "2019-07-10", "It won approval from European regulators in late June and US regulators in May.",
     "agree"),
    (EU_CLEARED, "2019-07-10", "It won approval from US regulators in May and European regulators in late June.",
     "agree"),
    (US_CLEARED, "2019-07-10", "It won approval from US regulators in late June.", "differ"),
]


@pytest.mark.parametrize("spec, published, text, verdict", DATED_CASES)
def test_dates_of_session_28(tmp_path, spec, published, text, verdict):
    assert one(tmp_path, spec, text, published=published)[0] == verdict


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_rules_of_session_28(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


NAMES = st.sampled_from(["Ana Lind", "Lind"])


def test_a_list_of_holders_with_their_counts_shares_the_first_unit():
    text = "The PVV is first with 37 seats, followed by Labour with 25, the VVD with 24, and D66 with 9."
    assert [(m.value, m.unit) for m in numbers(text)] == [(37, "seats"), (25, "seats"), (24, "seats"), (9, "seats")]
    # not a count after "with" that follows no list's comma
    assert [(m.value, m.unit) for m in numbers("The PVV won 37 seats with 25 more to come.")] == [(37, "seats"),
                                                                                              (25, "more")]


@given(NAMES, st.integers(10, 99), st.integers(10, 99))
def test_a_bracketed_age_agrees_only_with_its_own_value(name, age, stated):
    with tempfile.TemporaryDirectory() as d:
        got = one(Path(d), record("number", "Ana Lind, Lind", str(age)),
                  f"{name} ({stated}) was arrested on Monday.")[0]
    assert got == ("agree" if age == stated else "differ")
