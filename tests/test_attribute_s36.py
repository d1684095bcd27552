"""Rules of session 36, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

from datetime import date

import pytest
from hypothesis import given, settings, strategies as st

from checks.dates.relative import relative_dates
from checks.lang.grammar import CONTRASTING_QUALIFIERS
from checks.words import words

from .helpers import one, record


def claimed(claim: str, kind: str, about: str, value: str, unit: str = "") -> str:
    """A record whose claim names things (a deal's buyer and object), which some rules read."""
    return record(kind, about, value, unit).replace("claim: x", f"claim: {claim}")


ARM_PRICE = claimed("Velmar agreed to buy Orsk for $40 billion.", "number", "purchase, deal, bid, takeover, bought",
                    "40000000000", "dollars, USD")
KILLED = record("number", "killed, dead, died", "6", "people, persons")
INJURED = record("number", "injured, wounded", "13", "people, persons")
DEAD_ABOARD = record("number", "killed", "230", "people, persons")
ACQUIRED = record("date", "Velmar", "2018-05")
HEADQUARTERS = record("place", "Velmar", "[Aske]", rivals="Orsk")
LAID_OFF = record("number", "laid off, lay off", "8000", "employees")
LANDFALL = record("place", "hit, landfall", "[Aske]", rivals="Orsk, Dunmore")
WIND = record("number", "wind speed, winds", "205", "km/h, kmph")
SENTENCE = record("number", "sentenced, sentence", "22.5", "years")
STATE_SENTENCE = claimed("Lind was sentenced in state court to 22 1/2 years in prison.", "number", "sentenced, sentence",
                         "22.5", "years")
FINAL_REPORT = claimed("The final report was published on 3 June 2020.", "date", "report, published", "2020-06-03")
ORSK_DEAD = record("number", "Orsk plane, Orsk jet", "7", "people, persons")
BUY_DAY = record("date", "to buy, buy, acquire", "2017-03-13")
ANNOUNCED = claimed("Velmar announced on 13 March 2017 that it had agreed to buy Orsk.", "date",
                    "deal, agreed to buy, announced", "2017-03-13")
CRASH_DAY = record("date", "crashed, crash", "1989-07-19").replace("claim: x", "claim: Flight 8 crashed in 1989.")
RELIT = record("number", "relit, fired", "1", "engines, engine")
ABOARD = record("number", "on board, aboard", "296", "people, persons")
JET_DEAD = claimed("The Velmar jet crash-landed in Aske on 5 May 2019, killing 41 people.", "number", "killing, killed",
                   "41", "people, persons")
CRASH_2019 = record("date", "crashed, crash", "2019-05-05")
ACCOUNTS = record("date", "refused to sign, 2019 accounts", "2020-06-18")
FORCED_OUT = record("date", "forcing out, forced out, resigned", "2020-06-19")
BURN = record("number", "fired, burn", "3", "seconds")
RELATIVE_DEAD = record("number", "killed", "112", "people, persons")
CRASH_SITE = record("place", "crash", "[Aske Airport]", rivals="Orsk Airport")
WON_SEATS = claimed("The NLD won 390 seats in the Union Parliament.", "number", "NLD", "390", "seats")
OFFER_DAY = claimed("Velmar made its unsolicited offer to acquire Orsk on 6 November 2017.", "date", "offer, offered, bid",
                    "2017-11-06")
ASSAULT_YEAR = record("date", "assaulting, assault, Orsk", "2006")
BOUGHT_DAY = record("date", "bought, buy", "2017-03-13")
BUY_PRICE = claimed("Velmar agreed to buy Orsk for $40 billion.", "number", "purchase, deal, buy", "40000000000",
                    "dollars, USD")

CASES = [
    # other_deal: a possessive owner before the bought name is no object of the deal ("SoftBank's business Arm" buys
    # Arm); a name after an acronym describing it ("IT provider") is the object; a name may open with a small letter
    # before a capital ("iRobot")
    (ARM_PRICE, "Regulators opened a probe into Velmar's planned $40 billion purchase of Dunmore's chip business "
                "Orsk Ltd.", "agree"),
    (ARM_PRICE, "Velmar ended its $40 billion bid for Dunmore's Orsk Holdings.", "agree"),
    (ARM_PRICE, "Velmar made a $40 billion bid for Orsk's rival Kestrel Inc.", "silent"),
    (ARM_PRICE, "Velmar made a $40 billion bid for Dunmore's stake in Kestrel.", "silent"),
    (ARM_PRICE, "Velmar made a $30 billion bid for Dunmore's chip unit Orsk.", "differ"),
    (ARM_PRICE, "In 2017, Velmar bought Orsk's Internet properties for about $40 billion.", "agree"),  # (no name owned)
    (ARM_PRICE, "Velmar has bought healthcare IT provider Orsk for $40bn.", "agree"),
    (ARM_PRICE, "Velmar has bought healthcare IT provider Kestrel for $40bn.", "silent"),
    (ARM_PRICE, "Velmar has bought the IT provider Orsk for $40bn.", "agree"),
    (claimed("Velmar agreed to buy iOrsk for $40 billion.", "number", "buy, deal", "40000000000", "dollars, USD"),
     "Velmar will buy vacuum maker iOrsk for $40 billion.", "agree"),
    (claimed("Velmar agreed to buy iOrsk for $40 billion.", "number", "buy, deal", "40000000000", "dollars, USD"),
     "Velmar will buy vacuum maker eKestrel for $40 billion.", "silent"),
    # a count whose noun is an adjective of a state ("six dead") counts people in that state, for a fact counting
    # people in it; a count as the subject of a verb of dying, before "and" and another clause, is the dead's
    (KILLED, "The governor was the target in the shooting that has left six dead, he said.", "agree"),
    (KILLED, "The storm left six dead and 40 homeless.", "agree"),
    (KILLED, "The storm left seven dead and 40 homeless.", "differ"),
    (KILLED, "The crash left six injured.", "silent"),
    (KILLED, "The blast left six missing.", "silent"),
    (KILLED, "Six died and 19 others were wounded in the attack.", "agree"),
    (KILLED, "Seven died and 19 others were wounded in the attack.", "differ"),
    (KILLED, "Six trapped and injured miners were freed.", "silent"),
    (INJURED, "The shooting left six dead and 13 injured.", "agree"),
    (INJURED, "The shooting left 13 dead.", "silent"),
    # negated: ", not a ..." after a comma contrasts a noun phrase and denies only what follows it
    (DEAD_ABOARD, "Investigators say a short circuit sparked the blast that killed all 230 people aboard Flight 8, not "
                  "a criminal act.", "agree"),
    (DEAD_ABOARD, "The blast killed all 231 people aboard, not a bomb.", "differ"),
    (DEAD_ABOARD, "The blast did not kill 230 people.", "silent"),
    (DEAD_ABOARD, "A short circuit, not a bomb, killed 230 people.", "agree"),
    # named_aside: a value in an aside after a name (a participle or a determiner opening it) describes the name;
    # each name of a list keeps its own; a speaker's aside is none
    (ACQUIRED, "Orsk came with 4,200 staff while Kestrel, purchased in 2021, and Velmar, acquired in 2018, together "
               "brought another 3,700.", "agree"),
    (ACQUIRED, "Orsk came with 4,200 staff while Kestrel, purchased in 2018, and Velmar, acquired in 2021, together "
               "brought another 3,700.", "silent"),  # (the aside's act no term: a conflict only possible)
    (record("date", "Velmar, acquired", "2018-05"), "Orsk came with 4,200 staff while Kestrel, purchased in 2018, and "
                                                    "Velmar, acquired in 2021, together brought another 3,700.", "differ"),
    (ACQUIRED, "Dunmore wanted the data gathered through Velmar, the platform it acquired for $6.5 billion in May "
               "2018, according to two people.", "agree"),
    (ACQUIRED, "Velmar, the company said on May 3, 2019, is growing.", "silent"),
    (HEADQUARTERS, "Dunmore acquired Velmar, an analytics vendor founded in 2003 and based in Aske, for $15 billion.",
     "agree"),
    (HEADQUARTERS, "Dunmore acquired Velmar, a rival based in Orsk, in 2019.", "differ"),
    (HEADQUARTERS, "Dunmore, based in Orsk, acquired Velmar.", "silent"),
    # counted_relative: "that" after those a verb of telling tells opens what they are told, no relative clause
    (LAID_OFF, "Dunmore sent an email informing its estimated 80,000 employees that the company planned to lay off "
               "staff.", "silent"),
    (LAID_OFF, "Dunmore told its 80,000 employees that it would lay off 8,000 employees.", "agree"),
    (LAID_OFF, "The 8,000 employees that the company laid off got emails.", "agree"),
    (LAID_OFF, "The 9,000 employees that the company laid off got emails.", "differ"),
    # (terms) a one-word term right after an adverb of degree is an adjective ranking those it befell ("the worst hit
    # districts"), no mention of the act; a term holding the adverb means just that
    (LANDFALL, "Helicopters flew relief missions, the worst hit districts being Dunmore and Orsk.", "silent"),
    (LANDFALL, "The hardest-hit district was Orsk.", "silent"),
    (LANDFALL, "The storm hit Orsk.", "differ"),
    (LANDFALL, "The storm hit Aske on Saturday.", "agree"),
    (record("place", "worst hit, worst-hit", "[Aske]", rivals="Orsk"), "The worst-hit district was Orsk.", "differ"),
    # gust: a speed right after a word of a gust is the gusts', no sustained wind (unless a term names the gusts)
    (WIND, "The cyclone crossed the coast with sustained winds of 200-210 kmph gusting to 220 kmph.", "agree"),
    (WIND, "Winds of 180 km/h with gusts of up to 205 km/h hit the coast.", "differ"),
    (WIND, "Winds of 205 km/h hit the coast.", "agree"),
    (record("number", "gusts, gusting", "220", "km/h"), "Winds of 200 km/h gusting to 220 km/h hit the coast.", "agree"),
    # bracketed_measure: a bracket after a fraction of a noun ("two thirds of his sentence (15 years)") measures
    # the part, not the whole
    (SENTENCE, "Lind could be paroled after two thirds of his sentence (15 years) if he is on good behavior.", "silent"),
    (SENTENCE, "He began his sentence (22.5 years) in June.", "agree"),
    (SENTENCE, "He began his sentence (20 years) in June.", "differ"),
    # other_kind: the qualifier nearest the value that excludes the claim's ("federal" against "state") tells of
    # another kind of thing
    (STATE_SENTENCE, "The federal sentence of 21 years was handed down on Thursday.", "silent"),
    # (the kind of the subject of the term's verb, "a federal judge ... sentenced", is the kind of what it hands down:
    # session 50 turned this from differ to silent)
    (STATE_SENTENCE, "A federal judge on Thursday sentenced Lind to 21 years in prison.", "silent"),
    (STATE_SENTENCE, "A state judge on Thursday sentenced Lind to 21 years in prison.", "differ"),
    (STATE_SENTENCE, "A judge sentenced Lind to 22 1/2 years, to be served after his federal sentence.", "agree"),
    (STATE_SENTENCE, "A state judge on Thursday sentenced Lind to 21 years in prison.", "differ"),
    (STATE_SENTENCE, "Lind was sentenced to 21 years.", "differ"),
    (STATE_SENTENCE, "The judge said the federal sentence will run at the same time as his 22 1/2-year sentence on "
                     "state charges.", "agree"),
    (STATE_SENTENCE, "He serves a 21-year federal sentence and a 22 1/2-year state sentence.", "agree"),
    (STATE_SENTENCE, "He serves a 22 1/2-year federal sentence and a 21-year state sentence.", "differ"),
    (FINAL_REPORT, "The preliminary report was published on 6 May 2020.", "silent"),
    (FINAL_REPORT, "The report was published on 6 May 2020.", "differ"),
    (FINAL_REPORT, "The state of emergency ended and the final report was published on 3 June 2020.", "agree"),
    (claimed("On 10 May a federal judge granted a preliminary injunction; a state judge blocked it too.", "date",
             "injunction, blocked", "2024-05-10"), "The deal was blocked by a federal judge on 10 May 2024.", "agree"),
    # own_place: a count at its own place ("on the Aske jet") is not the one terms naming another place locate, a
    # place after a preposition too ("on the Orsk plane"); numbers: a count that leaves its noun out after ", as were"
    # or ", while" counts the people of the count before it
    (ORSK_DEAD, "All 243 people on the Aske jet were killed, as were 7 on the Orsk plane.", "agree"),
    (ORSK_DEAD, "All 243 people on the Aske jet were killed, as were 8 on the Orsk plane.", "differ"),
    (ORSK_DEAD, "All 243 people on the Aske jet were killed, while 7 on the Orsk plane died.", "agree"),
    (ORSK_DEAD, "All passengers on the Orsk plane lost their lives, while at least 330 people on the Aske plane were "
                "killed.", "silent"),
    (ORSK_DEAD, "At least 7 people on the Orsk plane were killed.", "agree"),
    # intended_act: a term holding its "to" ("to buy") is an infinitive too; "for" and a name before "to" are the
    # infinitive's subject, the noun before them its head; a verb of putting off or moving between the term and the
    # date dates that noun ("A deadline to buy ... was pushed to August 11")
    (BUY_DAY, "The deadline for Velmar to buy Orsk shares was pushed to August 11, 2017.", "silent"),
    (BUY_DAY, "A deadline to buy Orsk shares was pushed to August 11, 2017.", "silent"),
    (BUY_DAY, "Deadline for Velmar Corp. to buy Orsk shares now pushed to August 11, 2017", "silent"),
    (BUY_DAY, "Velmar said on March 13, 2017 that it would buy Orsk.", "agree"),
    (BUY_DAY, "Velmar agreed on 14 March 2017 to buy Orsk.", "differ"),
    (BUY_DAY, "The decision to buy Orsk was made on 14 March 2017.", "differ"),
    # other_deal: a deal noun followed by "with" and a name the claim does not hold is a deal with another party;
    # a time fronted in a phrase of its own belongs to the clause after its comma
    (ANNOUNCED, "Last July, it signed a deal with Dunmore to support its next generation of cars.", "silent"),
    (ANNOUNCED, "Velmar announced a deal with Dunmore on 14 March 2017.", "silent"),
    (ANNOUNCED, "Velmar announced the deal with Orsk on 13 March 2017.", "agree"),
    (ANNOUNCED, "Velmar announced the deal with Orsk on 14 March 2017.", "differ"),
    (ANNOUNCED, "On 14 March 2017 Velmar agreed to buy Orsk.", "differ"),
    # numbers: "only one of three engines" counts one engine, no membership
    (RELIT, "Engineers believed only one of three engines fired during the burn.", "agree"),
    (RELIT, "Only two of the three engines fired.", "differ"),
    (RELIT, "Aske is one of the four engines.", "silent"),
    # a count of those aboard that a verb of surviving follows counts the survivors (with "all", everyone aboard)
    (ABOARD, "Stunningly, 185 people on board survived the fiery crash landing.", "silent"),
    (ABOARD, "All 296 people on board survived.", "agree"),
    (ABOARD, "All 296 people on board were killed.", "agree"),
    (ABOARD, "The jet had 296 people on board.", "agree"),
    (record("number", "survived, survivors", "185", "people, persons"),
     "Stunningly, 185 people on board survived the fiery crash landing.", "agree"),
    # another_instance: "a jet of the same kind" is another instance, as "a similar jet" is; the participle clause
    # after its clause ("..., killing 45 people") is its too; a fronted time dates the clause after the comma
    (JET_DEAD, "In 2012, a jet of the same kind crashed into a mountain in Orsk, killing 45 people.", "silent"),
    (JET_DEAD, "Another jet crashed in Orsk, killing 45 people.", "silent"),
    (JET_DEAD, "A jet of the same type crashed in 2012, killing 45 people.", "silent"),
    (JET_DEAD, "The jet crashed in Aske, killing 41 people.", "agree"),
    (JET_DEAD, "The jet crashed in Aske, killing 45 people.", "differ"),
    (JET_DEAD, "It was a jet of the same kind that crashed in Aske, killing 41 people.", "agree"),
    (CRASH_2019, "In 2012, another jet crashed into a mountain in Orsk.", "silent"),
    (CRASH_2019, "In 2012, a jet of the same kind crashed into a mountain.", "silent"),
    (CRASH_2019, "On 5 May 2019, the jet crashed.", "agree"),
    (CRASH_2019, "On 6 May 2019, the jet crashed.", "differ"),
    # date_in_term: a date inside a term's words ("2019 accounts") is part of what the term names
    (ACCOUNTS, "Shares fell after the auditor refused to sign the 2019 accounts last week.", "silent"),
    (ACCOUNTS, "The auditor refused to sign the accounts on 18 June 2020.", "agree"),
    (ACCOUNTS, "The auditor refused on 19 June 2020 to sign the 2019 accounts.", "differ"),
    # a noun phrase ends before a time adverbial ("the 2019 accounts last week"): the year modifies "accounts"
    (FORCED_OUT, "Shares fell after the auditor refused to sign the 2019 accounts last week, forcing out chief "
                 "executive Lind.", "silent"),
    (FORCED_OUT, "Lind was forced out on 19 June 2020.", "agree"),
    # not_taken: a value after "instead of" or "rather than" is the alternative not taken
    (BURN, "The module fired its retrorockets for three seconds instead of the 30-second-long burn that had been "
           "planned.", "agree"),
    (BURN, "The module fired its retrorockets, instead of the 30-second-long burn that had been planned.", "silent"),
    (BURN, "The module fired its thrusters for 30 seconds rather than three.", "differ"),
    # a term that is a relative clause's past verb ("a crash that killed 112 people") is no topic of the noun before;
    # the term's own of-phrase ("the crash of Flight 232 at ...") reaches a value four words past it
    (RELATIVE_DEAD, "Officials at a federal hearing into a jet crash that killed 112 people said Tuesday they are not "
                    "ready to conclude.", "agree"),
    (RELATIVE_DEAD, "The inquiry into the crash that killed 113 people opened on Monday.", "differ"),
    (CRASH_SITE, "Today is the 35th anniversary of the crash of United Airlines flight 232 at the Aske Airport.", "agree"),
    (CRASH_SITE, "Today is the 35th anniversary of the crash of United Airlines flight 232 at the Orsk Airport.", "differ"),
    # shared_subject: verbs of winning are one act ("capturing 390 seats" for a claim that the party "won" them)
    (WON_SEATS, "The NLD won the November elections by a landslide, capturing 390 national parliamentary seats out of "
                "664.", "agree"),
    (WON_SEATS, "The NLD won the elections by a landslide, capturing 391 seats.", "differ"),
    (WON_SEATS, "The NLD won the elections, losing 12 seats.", "silent"),
    # other_deal: a verb of offering or paying, then "for" and a name the claim does not hold, is another deal (past
    # up to three describing words, hyphen-joined ones as one)
    (OFFER_DAY, "In October 2016, Orsk offered $38 billion for Dutch-based Kestrel.", "silent"),
    (OFFER_DAY, "Velmar bid $5.5 billion in 2016 for data center-connectivity company Kestrel.", "silent"),
    (OFFER_DAY, "On 6 November 2017 Velmar offered $103 billion for chip-maker Orsk.", "agree"),
    (OFFER_DAY, "On 7 November 2017 Velmar offered $103 billion for Orsk.", "differ"),
    # coordinated -ing predicates keep their own values, past an adverb after "and" and over a long first object
    (ASSAULT_YEAR, "The jury found Lind guilty of raping an aspiring actress in a New York City hotel room in 2013 and "
                   "sexually assaulting assistant Mimi Orsk at his apartment in 2006.", "agree"),
    (ASSAULT_YEAR, "The jury found Lind guilty of raping an actress in 2006 and assaulting assistant Mimi Orsk at his "
                   "apartment in 2013.", "differ"),
]


# The review of this session's rules found these over-reaches; each is narrowed, and pinned here.
REVIEWED = [
    # "six dead" counts people only after a verb of leaving, with no noun after it
    (KILLED, "Six dead cows were found near the village after the storm killed 12 people.", "differ"),
    (KILLED, "The crash, which killed 12 people, left six dead trees along the road.", "differ"),
    (KILLED, "The blast killed 12 people, including six dead at the scene.", "differ"),
    (INJURED, "The fire injured 20 people and left 13 injured horses.", "differ"),
    # a toll brought up to date after "Another ..." is everyone's; "of the same" needs a noun of kind
    (record("number", "death toll, killed, dead", "230", "people, persons"),
     "Another victim died in hospital, bringing the death toll to 230.", "agree"),
    (record("number", "death toll, killed, dead", "230", "people, persons"),
     "Another body was found on Monday, raising the death toll to 231.", "differ"),
    (record("number", "sentenced, sentence", "22", "years"), "A judge of the same court sentenced Lind to 22 years.",
     "agree"),
    # other_kind: a qualifier of a noun that is no term, coordinated, or hyphen-joined tells no other kind
    (claimed("Velmar raised $2 billion in its initial public offering.", "number", "raised, IPO, offering",
             "2000000000", "USD, dollars"), "Velmar raised $2 billion in its IPO, the final tally showed.", "agree"),
    (claimed("Airlines resumed domestic flights on 3 May 2020.", "date", "flights, resumed", "2020-05-03"),
     "Airlines resumed domestic and international flights on 3 May 2020.", "agree"),
    (claimed("The state-owned Velmar bought Orsk for $2 billion.", "number", "bought, purchase, deal", "2000000000",
             "USD, dollars"), "Velmar bought Orsk for $2 billion after federal approval.", "agree"),
    (STATE_SENTENCE, "The former federal agent was sentenced to 22 1/2 years in prison.", "agree"),
    # other_deal: a deal with a party is another deal only when the clause names nothing the claim names
    (BUY_PRICE, "Velmar agreed to buy Orsk for $40 billion after reaching a deal with the European Commission.", "agree"),
    (ARM_PRICE, "Velmar's $40 billion purchase of Orsk is funded by a loan deal with JPMorgan.", "agree"),
    (ARM_PRICE, "Velmar struck a $40 billion deal with Dunmore to buy its chip unit Orsk.", "agree"),
    (ANNOUNCED, "Velmar announced a deal with Dunmore to buy Orsk on 13 March 2017.", "agree"),
    # not_taken ends at its comma
    (BOUGHT_DAY, "Instead of building its own chips, Velmar bought Orsk on 13 March 2017.", "agree"),
    (BOUGHT_DAY, "Rather than wait for a rival bid, Velmar bought Orsk on 13 March 2017.", "agree"),
    # an adverb of degree makes an adjective of a participle only ("the most votes" is a count's)
    (record("number", "votes", "52", "percent"), "Lind won the most votes, 52 percent, in the first round.", "agree"),
    (record("party", "votes, vote", "[Lind]", rivals="Aske"), "Aske won the most votes but fell short of a majority.",
     "differ"),
    # a count's own place after "on" is a craft's ("on the KLM jet"), not a street, a day or a runway
    (record("number", "Aske", "12", "people, persons"), "Twelve people died on Main Street in Aske on Sunday.", "agree"),
    (record("number", "Aske", "12", "people, persons"), "Twelve people died on Christmas Eve in Aske.", "agree"),
    (ORSK_DEAD, "Seven people on Runway 2 were killed in the fire on the Orsk plane.", "agree"),
    # the whole of a partitive ("None of the 296 people on board survived") counts everyone aboard
    (ABOARD, "None of the 296 people on board survived.", "agree"),
    (ABOARD, "Only two of the 296 people on board survived the crash.", "agree"),
    # a term holding its "to" takes intended_act only when a verb of putting off moved its noun
    (BUY_DAY, "Velmar on 13 March 2017 signed a deal to buy Orsk.", "agree"),
    # "told the 9,000 employees that it laid off to return ...": a relative clause, the employees its object
    (LAID_OFF, "The firm told the 9,000 employees that it laid off to return their laptops.", "differ"),
    # named_aside: an aside whose act no term names (hired, founded, born) gives a conflict only as possible
    (record("date", "Lind, arrested", "2019-05-03"), "Lind, a former aide hired in 2015, was arrested on Friday.",
     "silent"),
    (ACQUIRED, "Employees of Velmar, the startup founded in 2011, learned of the deal by email.", "silent"),
    (HEADQUARTERS, "Dunmore acquired Velmar, a company whose founder was born in Orsk.", "silent"),
]

# The second review's counter-examples, narrowed and pinned.
REVIEWED_2 = [
    (KILLED, "The crash killed 12 people and left six dead at the scene.", "differ"),
    (KILLED, "The storm left six dead in Aske, bringing the national toll to 12.", "differ"),
    (record("date", "Velmar, acquired, acquisition", "2018-05"), "Velmar, a startup based in Aske, acquired Orsk in May 2018.",
     "agree"),
    (record("date", "Velmar, acquired, acquisition", "2018-05"), "Velmar, a unit of Dunmore, acquired Orsk in May 2018.",
     "agree"),
    (record("place", "Velmar, headquarters", "[Aske]", rivals="Orsk"),
     "Velmar, the chipmaker run by Lind, moved its headquarters to Orsk.", "differ"),
    (KILLED, "The gunman targeted the market instead of the mosque and killed six people.", "agree"),
    (BOUGHT_DAY, "Velmar bought Orsk instead of Dunmore on 13 March 2017.", "agree"),
    (record("number", "killed", "12", "people, persons"), "Twelve people died, most killed by falling debris.", "agree"),
    (STATE_SENTENCE, "Lind was sentenced to 22 1/2 years, on top of 21 years on federal charges.", "agree"),
    (BUY_PRICE, "Velmar's $40 billion purchase won approval after a deal with the European Commission.", "agree"),
    (ARM_PRICE, "Velmar bid $40 billion for Dunmore's Orsk unit.", "agree"),
    (record("number", "Orsk", "12", "people, persons"), "Twelve people died on the Aske highway in Orsk province.",
     "agree"),
]

DATED_REVIEWED = [
    # a past verb decides only with no finite verb between it and the date, within six words, and not under a
    # future verb before the subordinator
    (record("date", "moves, move", "1989-11"), "Lind will explain how the firm he founded in Aske moves in November.",
     "agree"),
    (record("date", "moving", "1989-11"), "Lind is expected to explain why the firm he founded in Aske is moving to "
                                          "Orsk in November.", "agree"),
    (record("date", "summit", "1989-11"), "Leaders will decide whether the plan agreed in March holds at the summit "
                                          "in November.", "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES + REVIEWED + REVIEWED_2)
def test_session_36(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


# year placement: a yearless date after a subordinator and a past verb ("why Flight 8 crashed in Aske in July") is that
# verb's, past, whatever the clause around it says ("are expected to"); read against a publication in October 1989
DATED = [
    (CRASH_DAY, "Engine pieces found on a farm are expected to solve the mystery of why Flight 8 crashed in Aske in "
                "July, investigators said yesterday.", "agree"),
    (CRASH_DAY, "Investigators found out why the jet crashed in July.", "agree"),
    (CRASH_DAY, "Investigators found out why the jet crashed in June.", "differ"),
    (CRASH_DAY, "Officials said the flight that will depart in July is full.", "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", DATED + DATED_REVIEWED)
def test_session_36_dated(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text, published="1989-10-12")[0] == verdict


@settings(max_examples=50, deadline=None)
@given(first=st.sampled_from("abcdefghijklmnopqrstuvwxyz"), rest=st.text("abcdefghijklmnopqrstuvwxyz", min_size=1,
                                                                          max_size=8),
       capital=st.sampled_from("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
def test_a_name_may_open_with_a_small_letter_before_a_capital(first, rest, capital):
    # "iRobot", "eBay": written as a name; "ebay", "i" and a word of small letters are not
    assert words(f"{first}{capital}{rest}")[0].capitalised
    assert not words(f"{first}{rest}")[0].capitalised


@settings(max_examples=20, deadline=None)
@given(adverb=st.sampled_from(["worst", "hardest", "most", "least"]), joint=st.sampled_from([" ", "-"]),
       term=st.sampled_from(["hit", "affected", "struck"]))
def test_a_term_after_an_adverb_of_degree_names_no_act(tmp_path_factory, adverb, joint, term):
    spec = record("place", f"{term}, landfall", "[Aske]", rivals="Orsk")
    text = f"Relief flights reached the {adverb}{joint}{term} district of Orsk on Sunday."
    assert one(tmp_path_factory.mktemp("degree"), spec, text)[0] == "silent"


@settings(max_examples=30, deadline=None)
@given(pair=st.sampled_from([(q, o) for q, others in CONTRASTING_QUALIFIERS.items() for o in others]),
       years=st.integers(min_value=1, max_value=40))
def test_a_value_qualified_against_the_claim_is_never_a_difference(tmp_path_factory, pair, years):
    claimed_kind, other = pair
    spec = claimed(f"Lind was given a {claimed_kind} sentence of 50 years.", "number", "sentence, sentenced", "50",
                   "years")
    text = f"Lind was handed a {other} sentence of {years} years on Monday."
    assert one(tmp_path_factory.mktemp("kind"), spec, text)[0] == "silent"


def test_the_next_year_counts_from_the_year_the_sentence_told():
    # "the next year" counts from a year told before it in the sentence, "next year" from the reference; with no year
    # told, or for a month or a week, "the next ..." names no date
    ref = date(2024, 12, 31)
    found = lambda text: [(m.text, m.value.label) for m in relative_dates(text, ref)]
    assert found("Back in 2021, Lind said they would win the election the next year, May 9.") == [("next year", "2022")]
    assert found("The election will be held next year.") == [("next year", "2025")]
    assert found("It reopened in 2019 and closed the next month.") == []
    # a year in an aside is no time the story tells: "the next year" counts from the reference
    assert found("Velmar, founded in 2015, plans to go public the next year.") == [("next year", "2025")]
    assert found("It will reopen the next month.") == [("next month", "2025-01")]  # (under "will": from now)
    assert found("The plant, which opened in 2019, will close the next year.") == [("next year", "2025")]
    assert found("In 2019 sales grew, and they will grow in the next year.") == [("next year", "2025")]


@settings(max_examples=30, deadline=None)
@given(year=st.integers(min_value=1900, max_value=2099))
def test_the_next_year_is_the_year_after_the_one_told(year):
    found = relative_dates(f"In {year} the plant opened, and the next year it closed.", date(2024, 12, 31))
    assert [m.value.label for m in found] == [str(year + 1)]
