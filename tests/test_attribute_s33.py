"""Rules of session 33, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

HIJACK_DAY = record("date", "hijacked, attack", "2017-04-07")
LANDING_DAY = record("date", "landing, landed", "2009-01-15")
SURVIVORS = record("number", "survivors", "155", "survivors")
AMERICANS = record("number", "Americans, U.S. citizens", "8", "Americans, U.S. citizens")
OFFSHORE = record("number", "from the shore", "800", "metres").replace("tolerance: 0", "tolerance: 10%")
LENOVO_PRICE = ("\n- id: f\n  claim: Lenovo bought Motorola Mobility from Google for $2.91 billion.\n  kind: number\n"
                "  about: [buys, buying, deal]\n  value: 2910000000\n  unit: [USD, dollars, $]\n  tolerance: 1%\n")
PARADE_DAY = record("date", "Love Parade, tragedy", "2010-07-24")
CDU_SHARE = record("number", "CDU", "33", "\"%\"").replace("tolerance: 0", "tolerance: 0.5").replace(
    "claim: x", "claim: The CDU won 33% of the vote.")
AFD_SEATS = record("number", "Alternative for Germany", "94", "seats")
AFD_SHARE = record("number", "Alternative for Germany", "12.6", "\"%\"").replace("tolerance: 0", "tolerance: 0.1")
SCHEER_TITLE = record("party", "Andrew Scheer", "Conservative leader", rivals="Prime Minister")
DESCENT = record("number", "descent", "147", "minutes, hours").replace("tolerance: 0", "tolerance: 10%")
CREW_ABOARD = record("number", "crew, aboard", "24", "crew, crew members").replace("claim: x", "claim: The ship had 24 "
                                                                                     "crew aboard.")
CREW_DEAD_22 = record("number", "crew, deaths", "22", "crew").replace("claim: x", "claim: 22 crew died.")
MOJANG_PRICE = ("\n- id: f\n  claim: Microsoft bought Mojang for $2.5 billion.\n  kind: number\n  about: [bought, deal]"
                "\n  value: 2500000000\n  unit: [USD, dollars, $]\n  tolerance: 1%\n")
TOLL = record("number", "death toll", "366")
LASTED = record("number", "attack, lasted", "82", "seconds")
TUNNEL_DEAD = record("number", "tunnels", "6", "people")
LANDFALL_PLACE = record("place", "made landfall", "Aske", rivals="Brenna")
FIRE_DAY = record("date", "accident, disaster", "2000-11-11")
POLL_DAY = record("date", "elections, election", "2022-11-01")
SEATS_14 = record("number", "Religious Zionism", "14", "seats")
DEAL_VALUE = ("\n- id: f\n  claim: When announced, the deal valued Xilinx at $35 billion.\n  kind: number\n"
              "  about: [deal, acquisition]\n  value: 35000000000\n  unit: [USD, dollars, $]\n")
CLOSING_DAY = record("date", "close, closed", "2022-02-14")
SAMPLE_MASS = record("number", "samples", "1935.3", "grams, kilograms").replace("tolerance: 0", "tolerance: 4%")

CASES = [
    # cleft: a part of the day and a weekday may stand between the preposition and the date
    (HIJACK_DAY, "It was in the early afternoon of Friday 8 April 2017 that Mr Vell hijacked a truck.", "differ"),
    (HIJACK_DAY, "It was in the small hours of Saturday, 8 April 2017, that Mr Vell hijacked a truck.", "differ"),
    (HIJACK_DAY, "It was late on 8 April 2017 that Mr Vell hijacked a truck.", "differ"),
    (HIJACK_DAY, "It was on the morning of 7 April 2017 that Mr Vell hijacked a truck.", "agree"),
    # ... a verb right after "that" makes the day the clause's subject, not its time
    (HIJACK_DAY, "It was 8 April 2017 that changed everything for the attack victims.", "silent"),
    (HIJACK_DAY, "It was the morning of 8 April 2017 that changed everything for the attack victims.", "silent"),
    # dated_relative: "NOUN on DATE, that/which ...": the date dates the noun, the relative clause tells what it did
    (LANDING_DAY, "They remembered the flight on 16 January 2009, that made a safe landing in the river.", "differ"),
    (LANDING_DAY, "They remembered the flight on 15 January 2009, which landed in the river.", "agree"),
    (LANDING_DAY, "The crew on 16 January 2009 that landed safely was praised.", "differ"),
    # ... not where the noun or the clause's verb tells of the event, or looks into it
    (LANDING_DAY, "They published the report on 16 January 2009 that described the landing.", "silent"),
    (LANDING_DAY, "They held a hearing on 16 January 2009 that discussed the landing.", "silent"),
    (LANDING_DAY, "The pilot spoke on 16 January 2009, that the landing was safe.", "silent"),
    # name_clause: a name far from the term in a long clause is attached loosely (a matching one agrees, another may
    # conflict), unless a result participle parts them ("..., causing damage in ...": that damage's place)
    (LANDFALL_PLACE, "After a long eastward track across the open gulf, the storm made landfall on the west coast of "
                     "the peninsula as a very strong and dangerous Category 3 hurricane near the small city of Aske.",
     "agree"),
    (LANDFALL_PLACE, "After a long eastward track across the open gulf, the storm made landfall on the west coast of "
                     "the peninsula as a very strong and dangerous Category 3 hurricane near the small city of Brenna.",
     "silent"),
    (LANDFALL_PLACE, "After a long eastward track across the open gulf, the storm made landfall on the west coast of "
                     "the peninsula as a Category 3 hurricane, causing major damage in the Aske and Brenna areas.",
     "silent"),
    # legal_ground: the deed of a charge of causing harm ("not guilty of having caused the accident") is the ground;
    # the legal act's date is not its date
    (FIRE_DAY, "In 2005, an appeal court found 16 defendants not guilty of having caused the accident.", "silent"),
    (FIRE_DAY, "A court in 2005 acquitted 16 defendants of causing the disaster in November 2000.", "agree"),
    (FIRE_DAY, "The accident in 2005 was caused by a heater.", "differ"),
    # ... not when the act only describes a noun ("the men acquitted Friday in the disaster") and the date is of the
    # sentence's own verb after it
    (FIRE_DAY, "A teary-eyed Tom Labrie, one of the men acquitted Friday in the rail disaster, paid tribute to the 47 "
               "people killed in the disaster in 2001.", "differ"),
    # another_instance: a relative clause after another instance's noun is not that instance's when the term is
    # elsewhere ("a second suspect who was involved in the shooting at the park")
    (record("place", "shooting", "Aske Park", rivals="Brenna Park"),
     "Police were looking for a second suspect who may have been involved in the shooting at Brenna Park.", "differ"),
    # another_instance: a relative clause after "the previous elections" tells of that other instance
    (POLL_DAY, "The previous elections, which took place in March 2021, had a turnout of 67.4%.", "silent"),
    (POLL_DAY, "The election, which took place in March 2021, had a turnout of 67.4%.", "differ"),
    # value_clause: "while" before an adjective in -ing ("while outgoing Prime Minister ...") opens a clause of its own
    (record("number", "Yesh Atid", "24", "seats"),
     "Likud won 30 seats, while outgoing Prime Minister Lapid's Yesh Atid took 24.", "silent"),
    # ... a relative clause after an aside in dashes is still the noun's
    (SEATS_14, "The far-right Religious Zionism – headed by Bezalel Smotrich – which earned 15 seats, came third.",
     "differ"),
    # ranked_before: ", followed by" parts a ranking in two
    (SEATS_14, "Likud won 32 seats, followed by Religious Zionism with 15.", "differ"),
    (SEATS_14, "Religious Zionism won 32 seats, followed by Likud with 14.", "differ"),
    (SEATS_14, "Religious Zionism won 14 seats, followed by the Likud party with 12.", "agree"),
    (SEATS_14, "Religious Zionism won 14 seats, followed by the far-right Likud with 12.", "agree"),
    # other_deal: "rival US-based chip company Brix": the name after the describing words is what is bought
    (DEAL_VALUE, "Alpha has wrapped up its previously announced $35bn acquisition of rival US-based chip company "
                 "Xilinx.", "agree"),
    (DEAL_VALUE, "Alpha has wrapped up its $36bn acquisition of rival US-based chip company Brix.", "silent"),
    # amount_of: a value in a with-phrase right after a noun is that noun's
    (DEAL_VALUE, "The deal created a chip giant with a market value of $135bn.", "silent"),
    (DEAL_VALUE, "The deal, with a value of $36bn, closed on Monday.", "differ"),
    # target_date: a date a target or deadline names is a plan; an earlier one, since changed
    (CLOSING_DAY, "The deal is now expected to close in the first quarter of 2022, delayed from a previous target of "
                  "end-2021.", "agree"),
    (CLOSING_DAY, "The deal closed on 14 February 2022, beating a target of end-March 2022.", "agree"),
    (CLOSING_DAY, "The deal closed, meeting a target of March 2022.", "silent"),
    # forecast: a figure after a modal of possibility and a verb of reaching is one that might come
    (TOLL, "The coast guard says the death toll could be more than 400.", "silent"),
    (TOLL, "The death toll may rise to 400.", "silent"),
    (TOLL, "The death toll rose to 400.", "differ"),
    # hyphenated_modifier: a measure in the possessive measures the noun after it
    (LASTED, "A minute's silence was held for the victims of the attack.", "silent"),
    (LASTED, "The attack lasted a minute.", "differ"),
    # ... not a count's noun in the possessive: "16,000 people's homes" are theirs
    (record("number", "critical risk", "16000", "people"),
     "Around 16,000 people's homes are located in critical risk zones.", "agree"),
    # value_clause: "and another six drowning": a count and its participle, "were" left out, is a clause of its own
    (TUNNEL_DEAD, "It was the deadliest day, with 14 people killed in flooded subways and another six drowning in "
                  "tunnels.", "silent"),
    (record("number", "subways", "14", "people"), "It was the deadliest day, with 14 people killed in flooded subways "
                                                  "and another six drowning in tunnels.", "agree"),
    # part_of_whole: a part with no number of its own ("Some of") leaves the whole the term's count, loosely
    (SURVIVORS, "Some of the 155 survivors of the tragedy said the vessel was full.", "agree"),
    (SURVIVORS, "Some of the 156 survivors said the vessel was full.", "silent"),  # (loosely: a possible conflict)
    (record("number", "seats", "25", "seats"), "Most of the 40 seats went to Labour.", "silent"),
    # units: "Eight of those identified were U.S. citizens": a partitive's be-form names what is counted
    (AMERICANS, "Eight of those identified were U.S. citizens.", "agree"),
    (AMERICANS, "Nine of the dead were Americans.", "differ"),
    (AMERICANS, "Nine of the victims were children, and Americans mourned.", "silent"),
    # number_in_name: "gives the Likud 32 seats": a term's name right before a plural count holds it, no identifier
    (record("number", "Likud", "32", "seats"), "The final tally gives the Likud 31 seats.", "differ"),
    # numbers: "half a mile" is half of the unit
    (OFFSHORE, "The boat sank about half a mile from the shore.", "agree"),
    (OFFSHORE, "The boat sank about a mile from the shore.", "differ"),
    # other_deal: a verb of buying whose subject shares no word with the claim's buyer tells of another deal
    (LENOVO_PRICE, "Google Buys Motorola Mobility for $12.5B", "silent"),
    (LENOVO_PRICE, "Lenovo buys Motorola Mobility for $2.5B", "differ"),
    # hedges: "close to" puts the true number a little short of the one written, as "nearly" does
    (LENOVO_PRICE, "Lenovo is said to be buying the unit for close to $3bn.", "agree"),
    (LENOVO_PRICE, "Lenovo is said to be buying the unit for close to $2bn.", "differ"),
    # value_clause: an event's name right before a lower-case noun and its verb describes that noun
    (PARADE_DAY, "13 February 2012: Love Parade mayor removed from office", "silent"),
    (PARADE_DAY, "The Love Parade tragedy happened on 25 July 2010.", "differ"),
    # another_instance: a share a claim's whole names, told of another instance ("At the last election in 2013")
    (CDU_SHARE, "At the last election in 2013, Mrs Merkel's CDU won 41.5% of the vote.", "silent"),
    (CDU_SHARE, "Mrs Merkel's CDU won 41.5% of the vote.", "differ"),
    # named_holder: a list's items, each a name, a spaced dash and its figure (a bracket restating it, the item's)
    (AFD_SEATS, "The SPD got 153 seats (20.5%), the Free Democratic Party - 80 seats (10.7%), the Alternative for "
                "Germany party – 94 seats (12.6%), the Left Party – 69 seats (9.2%).", "agree"),
    (AFD_SHARE, "The SPD got 153 seats (20.5%), the Free Democratic Party - 80 seats (10.7%), the Alternative for "
                "Germany party – 94 seats (12.9%), the Left Party – 69 seats (9.2%).", "differ"),
    (AFD_SHARE, "The SPD got 153 seats (20.5%), the Free Democratic Party - 80 seats (12.6%), the Alternative for "
                "Germany party – 94 seats (12.9%).", "differ"),
    # ... not a name inside another phrase: "voters in the Port Aske electorate will go to the polls"
    (record("date", "Port Aske", "2023-11-25"), "On November 26, voters in the Port Aske electorate will go to the "
                                                 "polls.", "differ"),
    # clauses: a coordinated predicate after a verb of saying and its date is no complement clause ("was announced
    # last August and had received all approvals")
    (record("date", "approvals", "2012-02-13"), "The deal was announced in August 2011 and had received all "
                                                "regulatory approvals.", "silent"),
    # numbers: "no one was hurt" counts none, no one person
    (record("number", "hurt, injured", "8", "passengers"), "The pilot landed and no one was hurt.", "differ"),
    (record("number", "hurt, injured", "0", "passengers"), "The pilot landed and no one was hurt.", "agree"),
    # units: a measure is no tally ("the total number of cracked blades is 23" is no altitude in feet)
    (record("number", "failed, altitude", "32500", "feet").replace("tolerance: 0", "tolerance: 2500"),
     "Including this, the total number of failed or cracked fan blades is 23, he said.", "silent"),
    # compared_with: "three years later than initially predicted": a span counted from a reference, which holds the
    # term
    (record("date", "initially predicted", "2007-06-01"), "It returned to Earth on June 13, 2010, three years later "
                                                          "than initially predicted.", "silent"),
    # target_date: "had until Dec. 10 to start the return": a deadline given, no time anything happened
    (record("date", "return, returned", "2010-06-13"), "The agency had until 10 December 2005 to start the return.",
     "silent"),
    (record("date", "return, returned", "2010-06-13"), "The probe began its return on 10 December 2005.", "differ"),
    # named_holder: a figure after another name and its past verb is that name's ("The NDP claimed 24 seats"), not
    # after a coordinated subject the term shares ("Dahl and Ole Berg scored ...")
    (record("number", "Conservatives", "121", "seats"),
     "The NDP won 24 seats, falling to fourth place behind the Liberals, Conservatives and the Bloc.", "silent"),
    (record("number", "Conservatives", "121", "seats"), "The Conservatives won 122 seats.", "differ"),
    # former_holder: a title joined to "-designate" or "-elect" is not held yet
    (SCHEER_TITLE, "Andrew Scheer woke up as prime minister-designate.", "silent"),
    (SCHEER_TITLE, "Andrew Scheer became prime minister.", "differ"),
    # units: a value said in a unit the fact lists is judged by the fact's tolerance, not as a rounded figure
    (DESCENT, "Huygens began its two-hour descent through the atmosphere.", "differ"),
    (DESCENT, "The descent lasted two and a half hours.", "agree"),
    (DESCENT.replace("minutes, hours", "minutes"), "Huygens began its two-hour descent through the atmosphere.", "agree"),
    # state: a noun of a state befalling those counted after "of" ("the deaths of 22 crew") counts those in that
    # state, a part of a fact counting all aboard (not "the loss of 2,000 jobs")
    (CREW_ABOARD, "The sinking resulted in the deaths of 22 crew.", "silent"),
    (record("number", "jobs, lost", "2000", "jobs"), "The collapse led to the loss of 2,000 jobs.", "agree"),
    (CREW_ABOARD, "The ship had 23 crew members aboard.", "differ"),
    (CREW_DEAD_22, "The sinking resulted in the deaths of 23 crew.", "differ"),
    # clauses: "told a news conference early on Saturday [that] ...": the object of "told" and the saying's time stand
    # before a complement clause without its "that"
    (record("date", "attack", "2016-07-22"), "Police told a news conference early on 23 July 2016 the shooter had "
                                             "staged the attack alone.", "silent"),
    (record("date", "attack", "2016-07-22"), "The shooter staged the attack alone on 23 July 2016, police told a news "
                                             "conference.", "differ"),
    # the review's counter-examples, pinned: each narrowed rule leaves these as they were
    (LANDING_DAY, "The crew posted a video on 16 January 2009 that showed the landing.", "silent"),
    (PARADE_DAY, "Love Parade stampede killed 21 on 24 July 2010.", "agree"),
    (record("number", "Apollo", "3", "astronauts"), "NASA honoured the Apollo 11 astronauts.", "silent"),
    (record("number", "deaths, Iran", "120", "deaths"), "In Iran, the Health Ministry reported 120 deaths.", "agree"),
    (DEAL_VALUE, "They signed an acquisition agreement with a value of $35 billion.", "agree"),
    (record("number", "landfall, rain", "20", "inches"), "Hurricane Ian made landfall on Wednesday, followed by heavy "
                                                         "rain in Florida of up to 20 inches.", "agree"),
    (record("number", "phone", "150", "grams"), "Its 5G phone weighs less than 200 grams.", "silent"),
    (MOJANG_PRICE, "Mojang Bought By Microsoft For $2.5 Billion", "agree"),
    # units: grams and milligrams are masses, converted to the fact's unit
    (SAMPLE_MASS, "The mission will bring back two kilograms of samples.", "agree"),
    (SAMPLE_MASS, "The mission brought back 1.5 kg of samples.", "differ"),
    (SAMPLE_MASS, "The mission brought back 1,935,300 mg of samples.", "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_33(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@settings(max_examples=25, deadline=None)
@given(part=st.sampled_from(["morning", "afternoon", "evening", "night", "hours"]),
       early=st.sampled_from(["", "early ", "late "]), prep=st.sampled_from(["on", "in"]),
       day=st.integers(min_value=1, max_value=28))
def test_a_clefted_date_with_a_part_of_the_day_is_the_clauses(tmp_path_factory, part, early, prep, day):
    text = f"It was {prep} the {early}{part} of {day} April 2017 that Mr Vell hijacked a truck."
    verdict = one(tmp_path_factory.mktemp("c"), HIJACK_DAY, text)[0]
    assert verdict == ("agree" if day == 7 else "differ")
