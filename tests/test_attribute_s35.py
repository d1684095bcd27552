"""Rules of session 35, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from checks.numbers import numbers

from .helpers import one, record

PRICE = record("number", "deal, worth", "21800000000", "USD, dollars, $")
CHILDREN = record("number", "killed", "12", "children")
WORST_HIT = record("place", "worst-affected, worst-hit", "Sindh", rivals="Punjab, Balochistan")
CRASH_DAY = record("date", "crash, crashed, slammed", "2015-03-24")
SCHOOL_DEAD = record("number", "killed, shot dead", "19", "children, students")
TOLL = record("number", "killed, died, dead", "113", "people, persons")
SHOOTING_DAY = record("date", "shooting, shooter, gunman", "2022-05-24")
TURNOUT = record("number", "turnout", "55.93", "percent")
LDP_SEATS = record("number", "LDP, Liberal Democratic Party", "261", "seats")
COALITION_SEATS = record("number", "coalition, LDP", "293", "seats")
ISHIN_SEATS = record("number", "Ishin", "41", "seats")
COMMANDER = record("party", "commander, mission commander", "[Doug Hurley, Hurley]", rivals="Bob Behnken, Behnken")

CASES = [
    # a currency names no part: the parts of a price after "including" are set aside, the later ones past "and" too,
    # and "worth of" is a quantity of what follows, no name of the part
    (PRICE, "Velmar agreed to buy Orsk for $16 billion, including $4 billion in cash and approximately $12 billion "
            "worth of Velmar shares.", "silent"),
    (PRICE, "The deal was worth $21.8 billion, including $4 billion in cash.", "agree"),
    (PRICE, "The deal was worth $19 billion, including $4 billion in cash.", "differ"),
    # a hedge may stand before an included part ("including about 12 children"); a part in the fact's unit counts
    (CHILDREN, "The attack killed 39 people, including about 12 children.", "agree"),
    (CHILDREN, "The attack killed 39 people, including 10 women and about 11 children.", "differ"),
    (CHILDREN, "The attack killed 39 people, including 10 women and 12 children.", "agree"),
    # a before/after phrase opened by a gerund tells the subject's other act, at its own place: the clause's place is
    # not that act's
    (WORST_HIT, "The UN chief landed in Punjab on Saturday, before flying over the worst-affected areas.", "silent"),
    (WORST_HIT, "The UN chief landed in Punjab on Saturday, before visiting the worst-affected areas of Sindh.",
     "agree"),
    (WORST_HIT, "The worst-hit province, Punjab, was flooded.", "differ"),
    (record("place", "making landfall, landfall", "Buras", rivals="Grand Isle"),
     "Katrina grazed Florida before making landfall at 6:10 a.m. on Aug. 29, 2005, in Buras, a fishing town.", "agree"),
    # a title right before a full name (or before "and", role words and a full name) is that person's: another name
    # of the clause does not hold it
    (COMMANDER, "Aboard the station, Expedition 63 Commander Chris Cassidy is preparing to welcome Behnken and Hurley.",
     "silent"),
    (COMMANDER, "Aboard the station, Commander and NASA astronaut Chris Cassidy is preparing to welcome Behnken and "
                "Hurley.", "silent"),
    (COMMANDER, "Mission commander Bob Behnken and Doug Hurley docked.", "differ"),
    (COMMANDER, "Mission commander Doug Hurley and Bob Behnken docked.", "agree"),
    (COMMANDER, "Commander and pilot Doug Hurley flew the craft.", "agree"),
    (COMMANDER, "Commander Chris Cassidy said Doug Hurley was the mission commander.", "agree"),
    # a term written as a name, or a verb, is no title: the name after it is not its holder
    (record("party", "Lee Jae-myung", "[Democratic Party, DP]", rivals="People Power Party, PPP"),
     "DP presidential candidate Lee Jae-myung and PPP candidate Yoon Suk-yeol cast their ballots Friday.", "agree"),
    (record("party", "won, elected", "[Yoon Suk-yeol, Yoon]", rivals="Lee Jae-myung, Lee"),
     "Yonhap said Yoon was elected South Korean president after his rival Lee Jae-myung conceded.", "agree"),
    # a when-clause right after a participle that follows its noun (a reduced relative) is that participle's time,
    # not the time of the clause before it (whose own verb comes first)
    (CRASH_DAY, "Rescuers resumed the search Wednesday, March 25, for the remains of the 150 people, including 16 "
                "children, killed when a plane slammed into a mountain.", "silent"),
    (CRASH_DAY, "Rescuers on March 25 found the wreck of the plane destroyed when it crashed.", "silent"),
    (CRASH_DAY, "On March 25, 150 people died when a plane slammed into a mountain.", "differ"),
    (CRASH_DAY, "On March 24, 150 people were killed when a plane slammed into a mountain.", "agree"),
    (CRASH_DAY, "Rescuers resumed the search on March 25 when a plane slammed into a mountain.", "differ"),
    # a count of one place followed by a count of another place with its own noun, or with its own verb of death after
    # a first one, is a part of a breakdown by place
    (TOLL, "All 109 people aboard plus 4 people on the ground died. The crash killed 113 people.", "agree"),
    (TOLL, "109 people died on the plane, and four were killed in the hotel. The crash killed 113.", "agree"),
    (TOLL, "109 people died on the plane, and four were injured in the hotel. The crash killed 113.", "differ"),
    (TOLL, "All 109 people aboard died.", "differ"),
    # a number grouped by thousands before a plural noun is a count, no part of the name before it
    (record("number", "beating, margin", "247077", "votes"),
     "Yoon won, beating rival Lee Jae-myung of the ruling Minjoo Party 247,077 votes or 0.73 percentage points.",
     "agree"),
    (record("number", "trains", "12", "trains"), "The Aster 310 trains were withdrawn.", "silent"),
    # a date whose clause's terms all name a person of the event dates that person's act, loosely
    (SHOOTING_DAY, "In Nov. 2021, the school shooter downloaded a game.", "silent"),
    (SHOOTING_DAY, "The gunman struck on May 24, 2022.", "agree"),
    (SHOOTING_DAY, "The shooting happened on May 25, 2022.", "differ"),
    (SHOOTING_DAY, "On May 24, 2022, the shooter killed 21 people in a school shooting.", "agree"),
    # a figure of one group of a breakdown ("By prefecture,", "for men and ... for women") is no whole
    (TURNOUT, "By prefecture, turnout was highest in Aske at 64.34 percent, and lowest in Orsk at 49.67 percent.",
     "silent"),
    (TURNOUT, "Voter turnout came to 56.06 percent for men and 55.80 percent for women.", "silent"),
    (TURNOUT, "Voter turnout came to 55.93 percent for the whole country.", "agree"),
    (TURNOUT, "By 2021, turnout had fallen to 52 percent.", "differ"),
    # a count of seats won by two named holders together is their sum; the second may follow a possessive and noun
    (LDP_SEATS, "The LDP and its junior coalition partner Komeito had won 293 of the 465 seats.", "silent"),
    (LDP_SEATS, "The LDP and its partner, Komeito, secured 294 of the 465 seats.", "silent"),
    (LDP_SEATS, "The LDP and Komeito won 261 and 32 seats respectively.", "agree"),
    (LDP_SEATS, "The LDP won 276 seats.", "differ"),
    (record("number", "Williams", "286", "days"), "Williams and Wilmore spent 280 days in space.", "differ"),
    # "went from (holding) X to (taking) Y": X is the earlier level, Y counts X's noun
    (ISHIN_SEATS, "Ishin went from holding 11 seats to taking 41 in the Sunday vote.", "agree"),
    (ISHIN_SEATS, "Ishin went from holding 11 seats to taking 40 in the Sunday vote.", "differ"),
    # a state of holding told as an earlier one is an earlier figure: loosely
    (COALITION_SEATS, "Previously, the coalition had 305 seats in parliament.", "silent"),
    (COALITION_SEATS, "The coalition previously had 293 seats.", "agree"),
    (COALITION_SEATS, "Previously, the coalition won 305 seats.", "differ"),
    # a count after an attempt at harm counts those the attempt was made on, not the harmed (unless a term names the
    # attempt)
    (record("number", "killed, murder, murdered, dead", "2", "people, persons"),
     "Prosecutors charged him with double murder and the attempted murder of 68 people.", "silent"),
    (record("number", "killed, murder, murdered, dead", "2", "people, persons"),
     "He attempted to kill the 51 people inside and murdered 3.", "differ"),
    (record("number", "attempted murder, charged", "68", "people, counts"),
     "Prosecutors charged him with double murder and the attempted murder of 68 people.", "agree"),
    # a caption's present ("A mourner rubs ...") with a full date closing it after "on": the picture's day, loosely
    (record("date", "crash, tragedy", "1996-07-17"),
     "A mourner rubs her hand over the names of those lost in the Flight 800 tragedy at Smith Point County Park on "
     "July 17, 2019.", "silent"),
    (record("date", "crash, tragedy", "1996-07-17"),
     "A mourner rubs her hand over the names of those lost in the Flight 800 tragedy on July 17, 1996.", "agree"),
    (record("date", "crash, tragedy", "1996-07-17"), "The Flight 800 tragedy happened on July 17, 2019.", "differ"),
    # a date in an aside of "as", a subject and a past verb dates that verb, not a term outside it
    (record("date", "crash, exploded, explosion", "1996-07-17"),
     "The petitioners argued that the crash was not caused, as the NTSB concluded in 2000, by a fuel tank explosion.",
     "silent"),
    (record("date", "crash, exploded, explosion", "1996-07-17"),
     "The plane exploded, as expected on July 18, 1996, near the shore.", "differ"),
    (record("date", "crash, exploded, explosion", "1996-07-17"), "The plane exploded on July 17, 1996, as it climbed.",
     "agree"),
    # a term in a relative clause whose noun has a year before it counts that year's instance (a claim of 2001)
    ("\n- id: f\n  claim: The crash on 12 November 2001 killed 265 people.\n  kind: number\n  about: [killed]\n"
     "  value: 265\n  unit: [people, persons]\n",
     "The deadliest was a 1979 disaster at Chicago's O'Hare Airport that killed 275.", "silent"),
    ("\n- id: f\n  claim: The crash on 12 November 2001 killed 265 people.\n  kind: number\n  about: [killed]\n"
     "  value: 265\n  unit: [people, persons]\n", "It was a 2001 crash that killed 260.", "differ"),
    # a when-clause (or one opened by "in which") right after a comparison's reference tells of that reference's time
    (SCHOOL_DEAD, "It was the deadliest school shooting since the massacre at Sandy Hook Elementary School in "
                  "Connecticut, when a gunman shot dead 26 people, including 20 children.", "silent"),
    (SCHOOL_DEAD, "It was the deadliest school shooting since the Sandy Hook massacre in 2012, in which a gunman shot "
                  "dead 20 children.", "silent"),
    (SCHOOL_DEAD, "A gunman shot dead 20 children in the deadliest school shooting since 1999.", "differ"),
    (SCHOOL_DEAD, "A gunman shot dead 19 children, the most since the massacre at Aske, when a gunman killed 26 "
                  "students.", "agree"),
]


# The review's counter-examples: each rule of the session narrowed so that these keep their verdict
TOLL_113 = record("number", "killed, died, dead", "113", "people, persons")
YOON = record("party", "won, election, vote", "[Yoon Suk-yeol, Yoon]", rivals="Lee Jae-myung, Lee")
SLAM_DAY = record("date", "slammed, crash", "2015-03-24")
GUNMAN_DAY = record("date", "shooting, shooter, gunman", "2022-05-24")
REVIEWED = [
    (TOLL_113, "The bomb killed 113 people in the market and 40 people in nearby homes were injured.", "agree"),
    (TOLL_113, "The bomb killed 113 people at the market and 40 people at the mosque were wounded.", "agree"),
    (TOLL_113, "The crash killed 113 people in Gonesse, with 4 people on the ground among them.", "agree"),
    (TOLL_113, "113 people died in the crash, and four were killed in a separate accident nearby.", "agree"),
    (TOLL_113, "The quake killed 113 people in Aske, while 40 people in Orsk lost their homes.", "agree"),
    (TOLL_113, "By contrast, the Concorde crash killed 113 people.", "agree"),
    (TOLL_113, "By nightfall, officials said 113 people had died.", "agree"),
    (YOON, "After the vote Lee Jae-myung conceded defeat to Yoon Suk-yeol.", "agree"),
    (YOON, "In the election Lee Jae-myung lost narrowly to Yoon Suk-yeol.", "agree"),
    (record("party", "deal, acquisition, buyer", "[Velmar Group, Velmar]", rivals="Orsk Holdings, Orsk"),
     "In the deal Orsk Holdings agreed to sell itself to Velmar Group.", "agree"),
    (TURNOUT, "By contrast, turnout in the general election was 55.93 percent.", "agree"),
    (TURNOUT, "By comparison, national turnout was 52 percent.", "differ"),
    (TURNOUT, "Turnout was 55.93 percent for the general election, up from 53.68 percent for the previous one.",
     "agree"),
    (SLAM_DAY, "On March 24, the co-pilot locked the captain out, and 150 people perished when the plane slammed into "
               "a mountain.", "agree"),
    (SLAM_DAY, "On March 23, the co-pilot locked the captain out, and 150 people perished when the plane slammed into "
               "a mountain.", "differ"),
    (SLAM_DAY, "On March 24, 2015, the plane that left Barcelona disintegrated when it slammed into a mountain.", "agree"),
    (SLAM_DAY, "On March 24, 2015, all 150 people who boarded the flight died when it slammed into a mountain.", "agree"),
    (GUNMAN_DAY, "The gunman opened fire at Robb Elementary School on May 23, 2022.", "differ"),
    (GUNMAN_DAY, "The gunman killed 19 children and two teachers on May 23, 2022.", "differ"),
    (GUNMAN_DAY, "In May 2021, the gunman stormed Robb Elementary.", "differ"),
    (LDP_SEATS, "The LDP and its leader Fumio Kishida won 261 seats.", "agree"),
    (LDP_SEATS, "The LDP and Kishida won 276 seats.", "differ"),
    (record("number", "aid", "40000000000", "USD, dollars, $"),
     "The bill includes $40 billion in military and economic aid for Ukraine.", "agree"),
    (record("number", "aid", "40000000000", "USD, dollars, $"),
     "Congress passed a $1.7 trillion spending bill, including $45 billion in emergency military and economic aid to "
     "Ukraine.", "differ"),
    (WORST_HIT, "Sindh was declared a calamity zone after becoming the worst-hit province.", "agree"),
    (WORST_HIT, "Punjab received record rainfall in August, before ending up the worst-affected province.", "differ"),
    (record("date", "shooting, gunman, opened fire", "2022-05-24"),
     "A gunman killed 19 children, the worst school shooting since Sandy Hook, when he opened fire at Robb Elementary "
     "on May 24, 2022.", "agree"),
    (TURNOUT, "It was the first general election since 2014 in which turnout rose, reaching 55.93 percent.", "agree"),
    (record("date", "crash, tragedy, exploded", "1996-07-17"),
     "A report blames a fuel tank explosion for the crash on July 18, 1996.", "differ"),
]


# The second review's counter-examples
HOMES = record("number", "destroyed, homes", "300", "homes")
REVIEWED_2 = [
    (HOMES, "The storm destroyed 350 homes, including 300 in Buras.", "differ"),
    (TOLL_113, "113 people died in the crash, and 100 died on impact.", "agree"),
    (TOLL_113, "The bomb killed 113 people in the square, with 40 people in critical condition.", "agree"),
    (TOLL_113, "The quake killed 113 people and injured 1,200 people in the surrounding region.", "agree"),
    (record("number", "aid", "40000000000", "USD, dollars, $"),
     "The bill, worth $1.7 trillion, includes $40 billion in military and economic aid.", "agree"),
    (record("party", "deal, merger, buyer", "[Velmar Group, Velmar]", rivals="Orsk Holdings, Orsk"),
     "After the merger Orsk Holdings agreed to sell itself to Velmar Group.", "agree"),
    (LDP_SEATS, "By party, the LDP won 261 seats.", "agree"),
    (record("date", "made landfall, landfall", "2005-08-29"),
     "Katrina made landfall near Buras, as it weakened on Aug. 29, 2005, to a Category 3 storm.", "agree"),
    (record("number", "killed, left, dead", "21", "people, persons"),
     "It was the deadliest school shooting since Sandy Hook, when 26 people died, and it left 21 people dead.", "agree"),
    (GUNMAN_DAY, "The gunman wounded 17 people at the school on May 23, 2022.", "differ"),
    (record("date", "crash, crashes", "2015-03-24"), "A jet crashes in the French Alps on March 25, 2015.", "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES + REVIEWED + REVIEWED_2)
def test_session_35(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@settings(max_examples=20, deadline=None)
@given(cash=st.integers(min_value=1, max_value=9), stock=st.integers(min_value=10, max_value=20),
       hedge=st.sampled_from(["", "about ", "approximately ", "nearly "]))
def test_the_parts_of_a_price_are_no_price(tmp_path_factory, cash, stock, hedge):
    text = f"Velmar agreed to buy Orsk, including ${cash} billion in cash and {hedge}${stock} billion in stock."
    assert one(tmp_path_factory.mktemp("parts"), PRICE, text)[0] == "silent"


@settings(max_examples=30, deadline=None)
@given(whole=st.integers(min_value=0, max_value=99), cents=st.integers(min_value=0, max_value=99),
       sign=st.sampled_from([" %", "\u00a0%", " per cent", " per cent votes", "%"]))
def test_a_share_is_read_as_a_share_however_its_sign_is_spaced(whole, cents, sign):
    text = f"He won {whole}.{cents:02d}{sign} of the votes."
    found = [m for m in numbers(text, []) if m.value == float(f"{whole}.{cents:02d}")]
    assert [m.unit for m in found] in (["%"], ["per cent"])
