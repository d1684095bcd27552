"""Rules of session 31, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, strategies as st

from .helpers import one, record

BOMBINGS = record("date", "bombings, attack", "2004-03-11")

JOURNEY = record("number", "journey", "422000000", "mile, miles").replace("tolerance: 0", "tolerance: 1%")
FIRE_DATE = record("date", "fire, wildfire", "2018-07-23")

VICTIMS = record("number", "killed, victims, died", "6", "deaths, people, victims, dead")

SEATS = record("number", "PPP", "54", "seats")

EXEC_CHAIR = record("party", "Mara Lind, Lind", "[executive chairman]", rivals="CEO, chief executive officer")
CEO = record("party", "Mara Lind, Lind", "[CEO]", rivals="executive chairman")

CUTS = record("number", "workforce, positions", "10", "percent, per cent")

DPP = record("number", "DPP", "28", "seats")
FIRE_DAY = record("date", "fire", "2012-11-24")
DEATHS = record("number", "killed", "8", "people")

VICTIMS_6 = record("number", "killed, dead", "6", "people, victims")
ALL_DEAD_7 = record("number", "killed, dead", "7", "people, victims")

HOUSE_SIZE = record("number", "Assembly, parliament", "230", "seats")

SF_SEATS = record("number", "Sinn Fein", "37", "seats")
CAPTAIN = record("party", "captain, Capt.", "[Mara Lind, Lind]", rivals="Anna Roe, Roe")

SANK_AT = record("place", "sank, capsized", "[Mwanza]", rivals="Bukoba")

CHARGED = record("date", "charges, charged", "2022-05-03")
SHOOTOUT = record("date", "shootout", "2022-04-03")

CASES = [
    # date_of / date_modifier: a full date set off by commas before a noun phrase opened by a name is that phrase's
    # ("the March 14, 2004, Velmar train bombings"), not the noun before "of"; a name and a verb after the comma open
    # a clause the date fronts
    (BOMBINGS, "Crowds mourned the 190 victims of March 14, 2004, Velmar train bombings.", "differ"),
    (BOMBINGS, "Crowds mourned the 190 victims of March 11, 2004, Velmar train bombings.", "agree"),
    (BOMBINGS, "Crowds recalled the March 14, 2004, Velmar train bombings.", "differ"),
    (BOMBINGS, "On March 14, 2004, Velmar voted, three days after the bombings.", "silent"),
    # ... nor a name and its noun that a verb follows: a fronted phrase's date and the clause's subject
    (BOMBINGS, "Since the bombings of March 11, 2004, Velmar officials have tightened security.", "agree"),
    (BOMBINGS, "The gunman of the attack of March 11, 2004, was jailed.", "agree"),  # the attack's date
    (BOMBINGS, "Ruins stand after the Velmar bombings of March 11, 2004, leaving 190 dead.", "agree"),
    # part_of_whole: a past participle after the whole's noun describes it when the part is a past verb's object (no
    # subject of its own), not when a verb of saying reports it
    (VICTIMS, "Police have named five of the six victims killed in a fire at a tower block.", "agree"),
    (VICTIMS, "Police have named five of the seven victims killed in a fire at a tower block.", "differ"),
    (VICTIMS, "Only two of the six victims survived.", "silent"),
    # clauses: a fronted subordinate clause ends at its comma, but not at the comma of an aside inside it that a
    # verb follows (", a key partner in the coalition, secured")
    (SEATS, "While the PML-N won 75 seats and the PPP, a key partner, secured 54 seats, independents claimed 93.",
     "agree"),
    (SEATS, "While the PML-N won 75 seats and the PPP, a key partner, secured 60 seats, independents claimed 93.",
     "differ"),
    # ... a comma after a count and a new subject with its participle aside is the fronted clause's end
    (SEATS, "Although the PML-N won 75 seats, the PPP, backed by rural voters, won 54 seats.", "agree"),
    # title_before_name: a title right before a name followed by a verb of becoming ("will become", "became") is the
    # office held before: loosely attached (a conflicting one is a possible conflict); without it, that person's title
    (EXEC_CHAIR, "Velmar CEO Mara Lind will become executive chairman of the combined company.", "agree"),
    (EXEC_CHAIR, "Velmar CEO Mara Lind is set to become executive chairman.", "agree"),
    (EXEC_CHAIR, "Velmar Chief Executive Officer Mara Lind, 61, will become executive chairman.", "agree"),
    (EXEC_CHAIR, "Velmar CEO Mara Lind spoke on Monday.", "differ"),
    (EXEC_CHAIR, "Velmar CEO Mara Lind has become a vocal critic of the merger.", "differ"),  # no office after it
    (CEO, "Velmar CEO Mara Lind will become executive chairman of the combined company.", "agree"),
    # unit: a share's fact (its units all percentages) reads no count of a term's noun ("1,500 positions" is no
    # percent), though a fact counting that noun does
    (CUTS, "Velmar said it would cut 10 percent (1,500 positions) of its workforce.", "agree"),
    (CUTS, "Velmar said it would cut 1,500 positions from its workforce.", "silent"),
    # earlier_figure: an adverb of earlier time after a count, in its phrase ("which had only seven seats
    # previously"), makes it an earlier figure: loosely attached, a conflicting one a possible conflict
    (DPP, "The DPP, which had only seven seats previously, did much better than expected.", "silent"),
    (DPP, "The DPP had only seven seats.", "differ"),
    (DPP, "The DPP won 7 seats but had previously held 40.", "differ"),  # the adverb is another clause's
    # value_clause: a term in the "over" phrase of a noun of legal proceedings ("a case over the fire") is only its
    # topic: the clause's date is the proceeding's; a value right after the term is still the term's own
    (FIRE_DAY, "A court sent the owner to jail on 9 February 2014 in a case over the factory fire.", "silent"),
    (FIRE_DAY, "The court heard a lawsuit over the fire on 24 November 2012.", "agree"),
    (DEATHS, "Velmar Rail will pay $265 million to settle a lawsuit over the crash that killed eight people.", "agree"),
    # numbers: a count of the dead followed by "including the attacker" (the perpetrator alone) holds him: it states
    # the victims one fewer too; not "the attacker's wife"
    (VICTIMS_6, "Two gun battles left seven people dead, including the attacker, police said.", "agree"),
    (ALL_DEAD_7, "Two gun battles left seven people dead, including the attacker, police said.", "agree"),
    (VICTIMS_6, "Two gun battles left nine people dead, including the attacker, police said.", "differ"),
    (VICTIMS_6, "The attack left seven people dead, including the attacker's wife.", "differ"),
    (VICTIMS_6, "The blast left seven people – including the bomber – dead.", "agree"),
    (record("number", "arrested", "6", "people"), "Police arrested seven people, including the suspect, on Monday.",
     "differ"),  # no count of the dead
    # part_of_whole: a term right after a preposition of place after the whole's noun ("230 seats in the Assembly")
    # is what the whole counts; the part before it is set aside
    (HOUSE_SIZE, "Majority parties have only 80 of the 230 seats in the Assembly.", "agree"),
    (HOUSE_SIZE, "Majority parties have only 80 of the 250 seats in the Assembly.", "differ"),
    # ... not when another term holds the part ("Labour won 80 of the 230 seats": Labour's 80)
    (record("number", "Labour, Assembly", "80", "seats"), "Labour won 80 of the 230 seats in the Assembly.", "agree"),
    # clauses: "than" after a count and a comparative opens the reference the difference is counted from ("38 seats,
    # one more than Sinn Fein": the 38 is not Sinn Fein's)
    (SF_SEATS, "Fianna Fail won 38 seats, one more than Sinn Fein.", "silent"),
    (SF_SEATS, "Sinn Fein won 37 seats, three more than Fine Gael.", "agree"),
    (SF_SEATS, "Sinn Fein won 38 seats, one more than Fianna Fail.", "differ"),
    # title_of_name: a name run opened by "and" after a value is another person, not the one the value is a title of
    (CAPTAIN, "The airline identified the pilots as Capt. Lind and First Officer Anna Roe.", "agree"),
    # place_in_name: a place after a ship's prefix in capitals ("the MV Bukoba") names the vessel, not a place
    (SANK_AT, "Three days after the MV Bukoba sank, 92 bodies floated free.", "silent"),
    (SANK_AT, "The MV Bukoba sank near Mwanza.", "agree"),
    (SANK_AT, "The ferry sank off Bukoba.", "differ"),
    # perfect_past_day: a present perfect takes no past day of its own: a day after "on" right after a noun of an
    # event dates that event ("has been charged ... over the shootout on April 3"); a simple past may take it
    (CHARGED, "Roe has been charged with murder over the shootout on April 3, 2022.", "silent"),
    (SHOOTOUT, "Roe has been charged with murder over the shootout on April 3, 2022.", "agree"),
    (CHARGED, "Prosecutors filed murder charges over the shootout on April 3, 2022.", "differ"),
    # numbers: "m" before a hyphen-joined unit is million ("a 420m-mile journey"), not metres
    (JOURNEY, "The lander touched down, ending a 420m-mile, 10-month journey.", "agree"),
    (JOURNEY, "The lander touched down, ending a 300m-mile journey.", "differ"),
    # matching: a lower-case term is no word of a body's name after a lower-case word ("former Fire Service
    # officials"): the clause's date is not the fire's, which has its own
    (FIRE_DATE, "A court on Monday, April 29, 2024, convicted former Fire Service officials over a 2018 wildfire.",
     "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_31(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@given(dead=st.integers(2, 400), fact=st.integers(1, 402), perpetrator=st.sampled_from(["gunman", "attacker", "bomber"]))
def test_a_count_including_the_perpetrator_agrees_with_it_and_with_one_fewer_only(tmp_path_factory, dead, fact,
                                                                                  perpetrator):
    # "N people dead, including the gunman": N in all, N - 1 besides him; any other count of the dead differs
    spec = record("number", "killed, dead", str(fact), "people, victims")
    text = f"The shooting left {dead} people dead, including the {perpetrator}, police said."
    assert one(tmp_path_factory.mktemp("perp"), spec, text)[0] == ("agree" if fact in (dead, dead - 1) else "differ")


def test_a_share_fact_reads_no_count_of_a_terms_noun(tmp_path):
    # the 1,500 positions in the bracket are no 1,500 percent: only the share is found
    assert one(tmp_path, CUTS, "Velmar said it would cut 10 percent (1,500 positions) of its workforce.") \
        == ("agree", ["10 percent"])
