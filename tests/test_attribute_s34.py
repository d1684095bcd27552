"""Rules of session 34, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

CRASH_DAY = record("date", "crash", "2012-06-03")
CRASHED_DAY = record("date", "crashed", "2009-02-25")
SENTENCE = record("number", "sentence, prison", "20", "years")
CRASH_SITE = record("place", "crashed, came down", "Havelian", rivals="Islamabad, Chitral")
ELECTION_DAY = record("date", "election", "2020-10-17")
ATTACK_DAY = record("date", "attack, killed", "2015-06-26")
QUAKE_DAY = record("date", "earthquake, devastated, election", "2003-12-26")
POLL_DAY = record("date", "election, general election", "2017-06-08")
POSTPONED_DAY = record("date", "postponed", "2020-08-17")
BRITISH_DEAD = record("number", "killed, died, lost their lives", "30", "Britons, British nationals, people")

PRICE = ("\n- id: f\n  claim: Velmar paid $2.6 billion for Orsk.\n  kind: number\n  about: [Orsk, paid, bought, deal]\n"
         "  value: 2600000000\n  unit: [USD, dollars, $]\n  tolerance: 2%\n")

LEADER = record("party", "Labor leader", "Bill Shorten", rivals="Tanya Plibersek")

CRASH_CITY = record("place", "crash, crashed", "Abuja", rivals="Sokoto, Lagos")
FG_SEATS = record("number", "Fine Gael", "50", "seats")
FF_SEATS = ("\n- id: f\n  claim: In the 2016 election Fianna Fail won 44 seats.\n  kind: number\n  about: [Fianna Fail]\n"
            "  value: 44\n  unit: [seats]\n  tolerance: 0\n")

FINE = record("number", "fine", "50000000", "USD, dollars, $")

USERS = record("number", "users, user base", "30000000", "users")

HOME = record("place", "gunman, loner, sank", "Laval", rivals="Montreal")


SHOOTING_DAY = record("date", "shooting", "2015-10-01")

VALUED = ("\n- id: f\n  claim: Amazon valued the deal at $807 million.\n  kind: number\n  about: [deal, valued]\n"
          "  value: 807000000\n  unit: [USD, dollars, $]\n  tolerance: 1%\n")

VICTIMS = record("number", "killed, dead", "10", "people, persons")

CASES = [
    # a count of the dead "including himself" holds the perpetrator
    (VICTIMS, "The 22-year-old gunman killed 11 people including himself at a vocational school.", "agree"),
    (VICTIMS, "The gunman killed 11 people at a school.", "differ"),
    # a value right after "would have been" is what did not happen: loosely
    (VALUED, "Based on the closing price today alone, the deal would have been $880 million.", "silent"),
    (VALUED, "The deal would have been $807 million.", "agree"),
    (VALUED, "The deal was $880 million.", "differ"),
    # a day after "on" that a common noun's term in a since-reference is dated by names that one event
    (SHOOTING_DAY, "Monday was the first day back for students since the deadliest shooting in state history on Oct. 1.",
     "agree"),
    (SHOOTING_DAY, "Monday was the first day back to campus since the shooting on Oct. 2, 2015.", "differ"),
    # a dateline's long dash may touch the story (not a route: "MONTREAL–TORONTO train"); a term in a relative clause
    # after the described noun is said of it
    (HOME, "MONTREAL–The hallways fell silent today as students mourned a life taken by a loner.", "silent"),
    (HOME, "A Montreal trawler that sank was found.", "differ"),
    (record("place", "nightclub", "Bucharest", rivals="Cluj"),
     "Protesters demanded the resignation of the mayor of Bucharest's District 4 where the nightclub is located.",
     "agree"),  # (the relative's subject is said of the phrase)
    (record("place", "fire", "Oakland", rivals="Berkeley"),
     "Almena ran an Oakland warehouse that erupted in fire and killed 36 people in 2016.", "agree"),
    # a level after "to" that leaves its noun out counts the noun of the level after "from"; the "from" level is the
    # earlier one (a change verb: "skyrocket" too)
    (USERS, "Its user base has skyrocketed from 1 million users in January 2011 to 30 million today.", "agree"),
    (USERS, "Its user base rose from 1 million users to 30 million.", "agree"),
    # an amount after "another" noun and "of" is another one than told before, maybe the fact's: loosely
    (FINE, "It was hit with another fine of $87 million in 2009.", "silent"),
    (FINE, "It was hit with another fine of $50 million in 2009.", "agree"),
    (FINE, "It was hit with a fine of $87 million in 2007.", "differ"),
    # a place after "of" and an office is the office's domain, no place of the event
    (CRASH_CITY, "The Sultan of Sokoto died in an airplane crash on Sunday.", "silent"),
    (CRASH_CITY, "The plane carrying the governor of Sokoto state crashed in Abuja.", "agree"),
    (CRASH_CITY, "The plane carrying the Sultan of Sokoto crashed in Lagos.", "differ"),
    (record("place", "Armin Laschet", "North Rhine-Westphalia", rivals="Bavaria"),
     "Armin Laschet, the governor of North Rhine-Westphalia state, lost.", "agree"),  # a person's: the office places him
    # a whole after a possessive ("of parliament's 158 seats") is a whole; its part counts the whole's noun
    (FG_SEATS, "Fine Gael won 50 of parliament's 158 seats.", "agree"),
    (FG_SEATS, "Fine Gael won 52 of parliament's 158 seats.", "differ"),
    (record("number", "structures", "1113", "structures"), "Officials said 358 of the town's 1,113 structures burned.",
     "agree"),  # the whole the term names (the part loosely)
    # a year between "in the" and an event's noun dates the clause: an earlier year's count is loose
    (FF_SEATS, "Fianna Fail recovered from a low of 21 seats in the 2011 general election.", "silent"),
    (FF_SEATS, "Fianna Fail won 41 seats in the 2016 general election.", "differ"),
    # a role prefix ("Deputy", "Vice") inside a term's words makes another role, no match of the term
    (LEADER, "Labor Deputy Leader Tanya Plibersek said the loss hurt.", "silent"),
    (LEADER, "Labor Leader Tanya Plibersek said the loss hurt.", "differ"),
    # a sum tied to the fact only by a name its terms hold may be any of that name's sums: loosely
    (PRICE, "Orsk's revenue grew 25 per cent to $170 million.", "silent"),
    (PRICE, "Velmar took a $1.4bn charge for Orsk.", "silent"),
    (PRICE, "Orsk was valued at $2.6 billion.", "agree"),
    (PRICE, "Velmar paid $1.9 billion for Orsk.", "differ"),
    # a value right after the term's own of-phrase is the term's, not the topic noun's before it
    (CRASH_DAY, "The bureau has released its final report into the crash of Dana aircraft 992 on June 3rd, 2012.",
     "agree"),
    (CRASH_DAY, "A probe into the crash of Flight 992 in Lagos on 3 June 2012 is under way.", "agree"),
    (CRASH_DAY, "A probe into the crash of Flight 992 in Lagos on 4 June 2012 is under way.", "differ"),
    (CRASH_DAY, "The inquiry into the crash of the plane opened on 3 June 2012.", "silent"),  # the opening's day
    (CRASH_DAY, "The inquiry into the crash of the plane and the rescue that followed on 4 June 2012 ended.", "silent"),
    # a participle after a determiner in a before-phrase is an adjective: the phrase is verbless, its date loose
    (CRASHED_DAY, "The jet crashed shortly before the intended landing at Aske on 25 February 2009.", "agree"),
    (CRASHED_DAY, "The jet crashed after the landing gear failed on 25 February 2009.", "silent"),
    (CRASHED_DAY, "The jet crashed a week after the scheduled landing on 25 February 2009.", "silent"),
    # a range of a penalty that may be given states none imposed; a single one agrees loosely
    (SENTENCE, "He could face a prison sentence of eight to 25 years if convicted.", "silent"),
    (SENTENCE, "He faces up to 20 years in prison.", "agree"),
    (SENTENCE, "He faces a prison sentence of 20 years.", "agree"),
    (SENTENCE, "He was given a prison sentence of 18 years.", "differ"),
    # a journey phrase's end is maybe no place of an event on the journey (a phrase of its own or a from-to pair):
    # attached loosely, so it agrees ("crashed on landing") but does not differ
    (CRASH_SITE, "The plane crashed while on way to Islamabad from Chitral.", "silent"),
    (CRASH_SITE, "The plane crashed on a flight from Chitral to Islamabad.", "silent"),
    (CRASH_SITE, "The plane crashed near Havelian en route to Islamabad.", "agree"),
    (CRASH_SITE, "The plane took off from Chitral and crashed in Islamabad.", "differ"),
    (CRASH_SITE, "The flight from Chitral to Havelian crashed on landing.", "agree"),
    (CRASH_SITE, "The wreckage came down and the fire spread to Islamabad.", "differ"),
    # a present perfect with adverbs before its participle takes no past day either
    (ELECTION_DAY, "Ardern has all but handed the election to National with her resignation on 19 January 2023.",
     "silent"),
    (ELECTION_DAY, "Ardern has effectively lost the election to National on 19 January 2023.", "differ"),
    # another instance's phrase runs through its places ("at the Bardo museum in Tunis") to its time
    (ATTACK_DAY, "A tourist was one of 22 killed in a separate attack at the Bardo museum in Tunis in March 2015.",
     "silent"),
    (ATTACK_DAY, "A tourist was one of 38 killed in the attack at the Imperial hotel in Sousse in June 2015.", "agree"),
    # a count in a clause that counts its event in the plural totals several events
    (BRITISH_DEAD, "A memorial honours 31 British nationals who lost their lives during two terrorist attacks.",
     "silent"),
    (BRITISH_DEAD, "Sixty people died in the two attacks.", "silent"),
    (BRITISH_DEAD, "Nearly 1200 people have died in more than 40 plane crashes since 1991.", "silent"),
    (BRITISH_DEAD, "Both attacks were condemned; 31 people died in the first.", "differ"),
    (BRITISH_DEAD, "The two gunmen killed 31 people.", "differ"),
    (BRITISH_DEAD, "Two bomb explosions killed 31 people.", "differ"),  # the events' own subject: no total of others
    # a term dated by a year right before it has its time: a date of the sentence outside that year is another's
    (ATTACK_DAY, "The trial of 18 people accused over the deadly 2015 attack on the resort opened on 30 November 2022.",
     "agree"),
    (ATTACK_DAY, "The 2015 attack began on 27 June 2015.", "differ"),
    (ATTACK_DAY, "The attack began on 30 November 2022.", "differ"),
    # a day with its year closing a sentence with no past verb, after a place's name and a comma: a photo caption's
    (QUAKE_DAY, "Survivors gather around a fire in devastated city of Bam, Iran, Tuesday, Dec. 30, 2003.", "silent"),
    (QUAKE_DAY, "Survivors gather at a counting centre for the election in London, December 30, 2003.", "silent"),
    (QUAKE_DAY, "Survivors of the earthquake gather in Bam, Iran, Friday, Dec. 26, 2003.", "agree"),  # loosely
    (QUAKE_DAY, "The earthquake devastated the city of Bam, Iran, Dec. 30, 2003.", "differ"),
    (QUAKE_DAY, "The earthquake hit Bam, Iran, Dec. 30, 2003.", "differ"),
    (QUAKE_DAY, "The earthquake devastated Bam, Iran, on Dec. 30, 2003, officials said.", "differ"),
    # a verb of setting an event's time dates that act, not the event a term names; its "to" date is the event's
    (POLL_DAY, "The Conservatives had 330 seats when the election was called on 18 April.", "silent"),
    (POLL_DAY, "The election was rescheduled on 18 April.", "silent"),
    (POLL_DAY, "The ministry called the election a farce on 18 April.", "differ"),  # "called" naming: no setting
    (POLL_DAY, "The election was held on 9 June.", "differ"),
    (POLL_DAY, "The election was postponed to June 8.", "agree"),
    (POLL_DAY, "The election was postponed to June 9.", "silent"),  # a plan: another date is a possible conflict
    (POLL_DAY, "The election board is scheduled to meet Friday, June 9, 2017, to certify the election.", "differ"),
    (POSTPONED_DAY, "The prime minister has postponed the general election by a month to Oct 17.", "silent"),
    (POSTPONED_DAY, "The prime minister postponed the general election on 17 August.", "agree"),
    (BRITISH_DEAD, "31 people were killed in twin attacks on hotels.", "silent"),
]


# the review's counter-examples: each rule's limit, pinned
REVIEWED = [
    (record("date", "budget", "2023-12-15"), "The 2024 budget was passed on 15 December 2023.", "agree"),  # own_year:
    # an unplanned event's year only
    (CRASH_DAY, "An inquest into the crash of the plane opens on 4 June 2012.", "silent"),  # a verb after the of-phrase
    (record("date", "deaths", "2012-06-03"), "An inquest into the deaths of the passengers opens on 4 June 2012.",
     "silent"),
    (record("date", "election", "2017-06-08"), "The postponed election takes place on 9 June.", "differ"),  # an
    # adjective, no act of setting
    (record("date", "launch", "2017-05-30"), "The scrubbed launch takes place on 31 May.", "differ"),
    (BRITISH_DEAD, "Thirty people were killed in the first of the two attacks.", "agree"),  # "of": one of them
    (BRITISH_DEAD, "Thirty people died in the attack, one of two attacks that day.", "agree"),
    (record("number", "bombing, killed", "103", "people"),
     "In the bombing, 104 people were killed by two explosions outside the station.", "differ"),  # "by": its blasts
    (record("number", "Labour", "37", "seats"), "Labour won 37 of the seats in Dublin's 11 constituencies.", "agree"),
    (record("place", "capsized", "Loch Fyne", rivals="Oban"), "The boat capsized at the head of Loch Fyne on Sunday.",
     "agree"),  # "head of": no office's domain
    (record("date", "trial, opens", "2021-09-08"),
     "The trial of the 20 defendants will open in Paris, Wednesday, Sept. 9, 2021.", "differ"),  # to come: no caption
    (PRICE, "Velmar acquired Orsk for $1.9 billion.", "differ"),  # a price after "for" and a verb of buying
    (FINE, "It was hit with its last fine of $87 million in 2009.", "differ"),  # "its last": maybe the fact's
    (BRITISH_DEAD, "Over 1,200 people have died in more than 1,000 plane crashes since 1991.", "silent"),
    (ELECTION_DAY, "Ardern has effectively handed the election to National with her resignation on 19 January 2023.",
     "silent"),  # an adverb in -ly between "has" and its participle
    # the second review's
    (SHOOTING_DAY, "It was the deadliest since a shooting on 3 May 1998.", "silent"),  # a superlative's reference
    (record("date", "overtook", "2024-07-24"), "Despite firefighters' best efforts, the fire overtook the town on "
     "July 24.", "agree"),  # (a superlative in an opening phrase makes no reference of the main clause's)
    (record("number", "arrested", "10", "people"), "Police arrested 11 people including the suspect in the killing.",
     "differ"),  # no death word: no perpetrator among the dead
    (PRICE, "Orsk sued Velmar for $1.9 billion in damages.", "silent"),  # "for" after no verb of buying
    (record("place", "died, crash", "Abuja", rivals="Lagos"), "The Minister of Lagos State died in the crash.",
     "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES + REVIEWED)
def test_session_34(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@pytest.mark.parametrize("named", ["of Dana aircraft 992", "of the plane", "of Flight 992", ""])
def test_a_perfect_takes_no_past_day_past_the_event_nouns_of_phrase(tmp_path, named):
    text = f"Investigators have filed their report on the crash {named} on June 3, 2012.".replace("  ", " ")
    assert one(tmp_path, CRASH_DAY, text)[0] == "agree"
    assert one(tmp_path, CRASH_DAY, text.replace("June 3", "June 4"))[0] == "differ"



@settings(max_examples=20, deadline=None)
@given(office=st.sampled_from(["Sultan", "Emir", "Governor", "Mayor", "Archbishop", "governor", "mayor"]),
       state=st.sampled_from(["", " state"]))
def test_a_place_after_an_office_is_its_domain(tmp_path_factory, office, state):
    text = f"The plane carrying the {office} of Sokoto{state} crashed shortly after take-off."
    assert one(tmp_path_factory.mktemp("office"), CRASH_CITY, text)[0] == "silent"


@settings(max_examples=25, deadline=None)
@given(part=st.integers(min_value=30, max_value=70), whole=st.integers(min_value=100, max_value=200),
       owner=st.sampled_from(["parliament's", "the parliament's", "Ireland's", "the"]))
def test_a_part_of_a_possessive_whole_counts_its_noun(tmp_path_factory, part, whole, owner):
    text = f"Fine Gael won {part} of {owner} {whole} seats."
    assert one(tmp_path_factory.mktemp("whole"), FG_SEATS, text)[0] == ("agree" if part == 50 else "differ")
