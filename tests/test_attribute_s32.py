"""Rules of session 32, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest

from .helpers import one, record

QUAKE_DAY = record("date", "earthquake, quake", "2024-01-01")
MASSACRE_DAY = record("date", "massacre, attack", "2015-04-02")
STUDENTS = record("number", "killed, died, dead", "142", "students")
CREW_DEAD = record("number", "crew, died", "118", "crew, crew members, sailors")
IDENTIFIED = record("number", "identified", "114", "crew, crew members, sailors")
ABOARD = record("number", "people on board, aboard", "454", "people")
SDP = record("number", "SDP, Social Democrats", "43", "seats")
CONSERVATIVES = record("number", "Conservatives", "144", "seats")
TOLL = record("number", "killed, dead, death toll", "769", "people, pilgrims")
POLLING_DAY = record("date", "election, voting", "2023-10-14")
BY_ELECTION = record("date", "by-election", "2023-11-25")
FF_SEATS = record("number", "Fianna Fail", "48", "seats")
LEAK_DAY = record("date", "gas tragedy, disaster", "1984-12-03")
AIR_DEAD = record("number", "Velmar Air, killing", "157", "people")
STUDENTS_PART = STUDENTS.replace("claim: x", "claim: 142 of the dead were students.")

CASES = [
    # value_clause: a relative clause right after the term dates the term's noun, wherever that noun's phrase stands
    # ("victims of", "relief for"); a verb of occurring ("struck", "hit") is the event itself
    (QUAKE_DAY, "Volunteers helped victims of the earthquake that struck on 2 January 2024.", "differ"),
    (QUAKE_DAY, "Volunteers helped victims of the earthquake that struck on 1 January 2024.", "agree"),
    (QUAKE_DAY, "Relief reached victims of the Velmar earthquake, which hit the coast on 2 January 2024.", "differ"),
    (QUAKE_DAY, "The earthquake that hit on 2 January 2024 killed 200.", "differ"),
    # ... a passive "was hit by" is something done to the noun, no occurring of it: loosely
    (record("date", "ferry", "2024-01-05"), "Rescuers reached the ferry, which was hit by a missile on 2 January 2024.",
     "silent"),
    # ... another verb in the relative clause: loosely, a conflicting date is only a possible conflict
    (QUAKE_DAY, "Volunteers helped victims of the earthquake that flattened Aske on 2 January 2024.", "silent"),
    # ... the date outside the relative clause is still the helping's, not the quake's
    (QUAKE_DAY, "Volunteers on 2 January 2024 helped victims of the earthquake that struck the coast.", "silent"),
    (QUAKE_DAY, "On 2 January 2024 a convoy carried earthquake relief that reached Aske.", "silent"),
    # another_instance: an indefinite noun whose of-phrase holds an adjective of likeness is another instance, as
    # "a similar massacre" is
    (MASSACRE_DAY, "It follows a massacre of similar proportions in Velmar in December where 141 people died.",
     "silent"),
    (MASSACRE_DAY, "It follows a massacre of comparable scale carried out by militants in Velmar in December.",
     "silent"),
    (MASSACRE_DAY, "It follows a similar massacre in Velmar in December.", "silent"),
    # ... not the fact's own noun with an of-phrase of another kind, nor a likeness said after the noun's verb
    (MASSACRE_DAY, "It follows a massacre of students in Velmar in December.", "differ"),
    (MASSACRE_DAY, "The massacre of 2 April 2015 was of similar proportions.", "agree"),
    (MASSACRE_DAY, "Gunmen carried out a massacre of similar proportions to Westgate on 3 April 2015.", "differ"),
    (MASSACRE_DAY, "It was a massacre of comparable scale, carried out on 3 April 2015.", "differ"),
    # a count of the dead with its noun left out ("147 were killed") counts all the dead, so it states nothing of a
    # part a fact's claim counts ("142 of the dead were students"); a count naming the part still does
    (STUDENTS_PART, "147 were killed when gunmen stormed the campus.", "silent"),
    (STUDENTS_PART, "Since then two have died in stampedes.", "silent"),
    (STUDENTS_PART, "Gunmen killed 140 students.", "differ"),
    (STUDENTS_PART, "In all 142 students were killed.", "agree"),
    # part_of_whole: a part with its own noun before "out of" ("114 crew members out of the 118") is a part as "114
    # of the 118 crew members" is; a whole whose noun is left out before a relative clause ("the 118 who died") counts
    # the part's noun, and the relative clause's verb is the fact's
    (CREW_DEAD, "Divers identified the remains of 114 crew members out of the 118 who died.", "agree"),
    (CREW_DEAD, "Divers identified the remains of 114 crew members out of the 120 who died.", "differ"),
    (CREW_DEAD, "Divers identified 114 crew members out of the 118 crew members who died.", "agree"),
    (IDENTIFIED, "Divers identified the remains of 114 crew members out of the 118 who died.", "agree"),
    (IDENTIFIED, "Divers identified the remains of 110 crew members out of the 118 who died.", "differ"),
    # ... a term that holds the whole's noun and its qualifier ("people on board") qualifies it as "on board" does
    (ABOARD, "So far 15 people out of the 458 people on board have been rescued.", "differ"),
    (ABOARD, "So far 15 people out of the 454 people on board have been rescued.", "agree"),
    (ABOARD, "So far 15 of the 454 people on board have been rescued.", "agree"),
    # ... only a claim with a count right before "of the dead": "Families of the 147 victims" counts them all
    (STUDENTS.replace("claim: x", "claim: Families of the 142 victims were compensated."),
     "147 were killed when gunmen stormed the campus.", "differ"),
    # ... a fact of the group alone reads the left-out noun as its own, as before
    (STUDENTS, "147 were killed when gunmen stormed the campus.", "differ"),
    # named_holder: a capitalised term with a count right after it ("SDP 43 seats", "the Social Democrats with 43")
    # holds that count; another count of its clause is another holder's; "SDP 43 seats" after another count of seats
    # is one more count of the list, no name's number
    (SDP, "The Centre Party now has 48 seats, the Finns Party 46 and SDP 43 seats.", "agree"),
    (SDP, "The Centre Party now has 48 seats, the Finns Party 46 and SDP 41 seats.", "differ"),
    (SDP, "The right was credited with 48 seats, the far-right with 46 and the Social Democrats with 43.", "silent"),
    (SDP, "SDP won 40 seats.", "differ"),
    # ... a count of another noun is no other holder's: "411 seats and 9.1 million votes"
    (record("number", "Labour", "9700000", "votes"), "The count gave Labour 411 seats and 9.1 million votes.", "differ"),
    # ... and a name opening an item of a comma list with its count and the count's noun holds that count
    (CONSERVATIVES, "The Conservatives have won 144 seats, the Bloc 22 seats, the NDP seven seats, and the Greens one "
                    "seat.", "agree"),
    (CONSERVATIVES, "The Liberals have won 169 seats, the Bloc 22 seats, the Conservatives 144 seats.", "agree"),
    (CONSERVATIVES, "The Liberals have won 169 seats, the Bloc 22 seats, the Conservatives 140 seats.", "differ"),
    # ... not a month with its year, a capitalised function word, or a headline's capitals
    (record("number", "offer, December", "52400000000", "dollars, USD"),
     "Disney agreed to buy Fox for 52.4 billion dollars in an offer in December 2017.", "agree"),
    (record("number", "After, journey", "9.5", "years").replace("tolerance: 0", "tolerance: 1"),
     "PASADENA >> After 9 years and a long journey, the probe phoned home.", "agree"),
    (record("number", "passengers", "251", "passengers"), "Airliner Crashes in Queens, Killing All 260 Passengers",
     "differ"),
    # ... not after another name's number of the same noun: "a Velmar Boeing 747 passenger jet" is a name's too
    (record("number", "Pan Am", "380", "passengers"),
     "A Velmar Boeing 747 passenger jet hit a Pan Am Boeing 747 passenger jet on the runway.", "silent"),
    # ... only as an item of a list (after "and" or a comma)
    (record("number", "trains", "40", "trains"),
     "Velmar Rail owns 40 trains, among them the Aster 310 trains on the coast line.", "agree"),
    # ... not a name's number ("Velmar Air 310 crashed"): the count after it is the term's
    (AIR_DEAD, "Velmar Air 310 crashed on Sunday, killing 150 people.", "differ"),
    (AIR_DEAD, "Velmar Air 310 crashed on Sunday, killing 157 people.", "agree"),
    # part_of_whole: a fronted partitive ends at its comma (without one, "Of the 60 passengers on board 12 were
    # children" reads no part: review of this session)
    (record("number", "passengers", "60", "passengers"), "Of the 60 passengers on board 12 were children.", "agree"),
    (record("number", "injured", "3", "people"),
     "Rescuers saved 40 dogs from the shelter; 30 were adopted and 12 were injured.", "silent"),
    # earlier_figure: a sentence opened by "Earlier," or "Previously," tells an earlier report, and "previous updates"
    # is one: a matching figure agrees, another is only a possible conflict
    (TOLL, "Earlier, the ministry said that 753 people were killed in the crush.", "silent"),
    (TOLL, "Earlier, the ministry said that 769 people were killed in the crush.", "agree"),
    (TOLL, "Previously, officials had said that 717 people were killed.", "silent"),
    (TOLL, "Previous updates from the health ministry had put the number of dead pilgrims at 717.", "silent"),
    (TOLL, "The ministry said that 753 people were killed in the crush.", "differ"),
    # ... not a story told in time order, nor a current figure past "and ... now"
    (TOLL, "Earlier, the stampede killed 753 pilgrims near the bridge.", "differ"),
    (TOLL, "The previous figures were withdrawn on Friday and the ministry now puts the final death toll at 753.",
     "differ"),
    # clauses: "suggested" is no reporting verb (review of this session: "Orsk suggested Lind as chair" proposes Lind)
    (record("party", "chair", "[Orsk]", rivals="Lind"), "Orsk suggested Lind as chair.", "agree"),
    # matching: "by-" joined before a term makes another thing ("a by-election" is no general election), as "semi-"
    # does; a term that holds the prefix still matches
    (POLLING_DAY, "A death a week before the election has triggered a by-election for 25 November 2023.", "silent"),
    (BY_ELECTION, "A death a week before the election has triggered a by-election on 25 November 2023.", "agree"),
    (POLLING_DAY, "The election on 14 October 2023 was followed by a by-election.", "agree"),
    # joint_subject: a count right after "combined"/"joint" is what coordinated names hold together, wherever they stand
    (FF_SEATS, "With a combined 86 seats, Fianna Fail and Fine Gael will likely form the next government.", "silent"),
    (FF_SEATS, "With 48 seats, Fianna Fail and Fine Gael will likely form the next government.", "agree"),
    # difference: "up"/"down" (and "by") after a form of "be" or a comma, right before a count, tell a change
    (FF_SEATS, "Fianna Fail is up 10 seats, Sinn Fein is up two.", "silent"),
    (FF_SEATS, "Fianna Fail was down by 5 seats on its 2020 result.", "silent"),
    (FF_SEATS, "Fianna Fail, up 10, finished first with 48 seats.", "agree"),
    (FF_SEATS, "Fianna Fail is up to 40 seats in the latest count.", "differ"),
    (FF_SEATS, "Fianna Fail won 40 seats.", "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_32(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text, published="2015-04-05" if spec is MASSACRE_DAY else "2024-03-01")[0] == verdict


@pytest.mark.parametrize("text, verdict", [
    # value_clause: a date up to four words after the term's own anniversary ("on its 37th anniversary here on
    # Friday") is the day marked, not the event's
    ("Officials paid tributes to the victims of the Velmar gas tragedy, known as the worst industrial disaster, on its "
     "37th anniversary here on 3 December 2021.", "silent"),
    ("Officials paid tributes to the victims of the gas tragedy on its 37th anniversary here on 3 December 2021.",
     "silent"),
    ("The gas tragedy on 2 December 1984 killed thousands.", "differ"),
    ("The gas tragedy on 3 December 1984 killed thousands, on the eve of its anniversary.", "agree"),
])
def test_a_date_after_the_terms_own_anniversary_is_the_day_marked(tmp_path, text, verdict):
    assert one(tmp_path, LEAK_DAY, text, published="2021-12-04")[0] == verdict


def test_a_list_items_count_is_its_own_holders_and_no_possible_conflict(tmp_path):
    # named_holder: "the NDP seven seats" is the NDP's, not a possible conflict shown beside the term's own count
    text = "The Conservatives have won 144 seats, the Bloc 22 seats, the NDP seven seats, and the Greens one seat."
    assert one(tmp_path, CONSERVATIVES, text) == ("agree", ["144 seats"])
