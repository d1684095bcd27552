"""Rules of session 30, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

SHARE = record("number", "Novak, won", "52.3", "percent, per cent")
HOSPITAL = record("number", "taken to hospital", "11", "miners, people")
CRASH = record("place", "crash, crashed", "Aske", rivals="Velmar")
SANK = record("date", "sank, sinking", "1994-09-28")
ARRIVED = record("date", "arriving, arrived", "2004-07-01")
LAUNCHED = record("date", "launched", "1997-10-15")
LANDED = record("date", "landing, land", "2023-04-25")
SEAT = record("place", "Norcap", "Aske", rivals="Velmar")
AGE = record("number", "Jon Roe, suspect", "27")
TANKER = record("party", "tanker", "[Vector]", rivals="Victor")
HOMES = record("number", "flooded", "12", "percent, per cent")

CASES = [
    # bracketed_measure: a bracketed measure after a counted noun restates that count in another measure, said of the
    # term whose clause the count shares
    (SHARE, "Officials said Novak had won 3.1 million votes (52.3 percent) in the first round.", "agree"),
    (SHARE, "Officials said Novak had won 3.1 million votes (48.1 percent) in the first round.", "differ"),
    # ... a bracket after a noun no number counts is still that noun's measure ("a lander (1,723 kg)")
    (HOMES, "The river flooded the valley (12 percent of the county).", "silent"),
    # elided_subject: a capitalised word opening the sentence before a count is no name ("Apollo 11") when it is a
    # determiner or hedge ("Another 11 were taken to hospital")
    (HOSPITAL, "Some 40 miners died. Another 11 were taken to hospital.", "agree"),
    (HOSPITAL, "Only 11 were taken to hospital.", "agree"),
    (HOSPITAL, "Apollo 11 was taken to hospital.", "silent"),
    # attributive_place: a place hyphen-joined to "bound" names where the thing is going, never where it is, after a
    # locative preposition too; a headline's capital ("Velmar-Bound Ferry") joins the compound all the same
    (CRASH, "Nine people on a Velmar-bound ferry died in the crash.", "silent"),
    (CRASH, "Nine on Velmar-Bound Ferry Die in Crash", "silent"),
    (CRASH, "The ferry crashed in Velmar.", "differ"),
    # opening_participle: a date in a phrase a past participle opens at the sentence's start, closed by a comma, dates
    # that participle's event, not the main clause's (an opening phrase with no participle dates the main clause)
    (SANK, "Built in 1980, the ferry sank in the Baltic.", "silent"),
    (SANK, "Built in 1980, the ferry sank in September 1994.", "agree"),
    (ARRIVED, "Launched in 1997, the probe had toured Saturn since arriving there in 2004.", "agree"),
    (LAUNCHED, "Launched in 1997, the probe reached Saturn in 2004.", "agree"),
    (LAUNCHED, "Launched in 1998, the probe reached Saturn in 2004.", "differ"),
    (SANK, "In 1980, the ferry sank in the Baltic.", "differ"),
    (SANK, "Indeed in 1980, the ferry sank in the Baltic.", "differ"),
    # the phrase runs on past a comma that goes on a date or sets a place beside a place
    (LAUNCHED, "Launched from Kourou, French Guiana on October 15, 1997, the probe reached Saturn in 2004.", "agree"),
    (SANK, "Built in Papenburg, Germany in 1980, the ferry sank in the Baltic.", "silent"),
    # a participle right before its noun is an adjective, no phrase ("Elected officials ...")
    (SANK, "Stranded passengers recalled on Sunday, Sept. 28, 1994, how the ferry sank.", "agree"),
    # a predicate coordinated with "and" keeps its own time when the time stands before its verb ("and in 2005
    # released the lander"), as it does after its verb
    (ARRIVED, "The probe arrived in 2004, and in 2005 released the lander.", "agree"),
    (ARRIVED, "The probe arrived in 2004 and on 3 May 2005 released the lander.", "agree"),
    (ARRIVED, "The probe flew for years and in 2004 arrived at Saturn.", "agree"),
    (ARRIVED, "The probe flew for years and in 2005 arrived at Saturn.", "differ"),
    # another_instance: an owner's next one is a coming instance ("its next landing attempt in 2024"); "the next day"
    # is a time, no instance
    (LANDED, "The company is on track for its next landing attempt in 2024.", "silent"),
    # a name runs on across spaces and "and"/"of", never past a comma: "the Velmar Stock Exchange, and Norcap" is
    # two names, so Velmar describes the exchange, not Norcap
    (SEAT, "Its stock stopped trading on the Velmar Stock Exchange, and Norcap is folding in its revenue.", "silent"),
    (SEAT, "Norcap, the Aske software maker, was bought in 2019.", "agree"),
    # hyphenated_modifier: an age before a noun is the age of a term that names that noun's person right after it,
    # past a quotation mark too
    (AGE, 'The suspect, named by local media as 27-year-old Velmar man "Jon Roe", was arrested.', "agree"),
    (AGE, 'Police said a 31-year-old man "Jon Roe" was arrested.', "differ"),
    (AGE, "A 40-year-old woman and Jon Roe were seen.", "silent"),
    # a rival spelled as written is that rival, not the value misspelt ("Victor" beside the value "Vector")
    (TANKER, "The ferry and the tanker Victor both sank.", "differ"),
    (TANKER, "The ferry and the tanker Vector both sank.", "agree"),
    (LANDED, "The firm's next landing is planned for 2024.", "silent"),
    (LANDED, "The lander was due to land on 24 April 2023 but the landing slipped to the next day, 25 April 2023.",
     "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_30(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


def test_a_unit_after_another_number_is_that_numbers(tmp_path):
    # "2.9 million (47.7 percent)": the bracket's number owns the unit; 2.9 million is no count of percent
    verdict, found = one(tmp_path, SHARE, "Novak won 52.3 percent, against 2.9 million (47.7 percent) for Lind.")
    assert (verdict, sorted(found)) == ("agree", ["47.7 percent", "52.3 percent"])
