"""Rules of session 22, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, strategies as st

from checks.money import fact_currency, same_currency, unit_scale

from .helpers import one, record, verdicts

STRUCK = record("date", "earthquake, struck, rocked", "2023-09-08")
MAGNITUDE = record("number", "magnitude, measured", "6.8", "magnitude")
QUAKE_MAGNITUDE = record("number", "quake, magnitude", "7.8", "magnitude")
BUDGET = record("number", "budget, spend", "120", "billion dirhams")
BUDGET_MAD = record("number", "budget, spend", "120", "billion Moroccan dirhams")
BUDGET_PKR = record("number", "budget", "500", "crore, PKR")
BUYER = record("party", "agreed to buy", "Alder Bank", rivals="Birch Bank")
BUYER_SEAT = record("place", "Alder Bank", "Raleigh", rivals="Durham")
LOSSES = record("date", "losses, loss", "2023-03-08")
FAILURE = record("date", "failure, failures", "2023-03-10")
CAPSIZED = record("date", "capsized", "2014-04-16")
TOLL = record("number", "death toll", "72", "people, dead")
BUILT = record("date", "built", "1956")
RESCUED = record("number", "rescued", "172", "people, survivors, passengers")
REPORT = record("date", "report", "2023-10-17")
DOWNING = record("date", "downing", "2014-07-17")
DUTCH = record("number", "Dutch, Dutch citizens", "196", "Dutch, people")
ON_BOARD = record("number", "on board", "298", "people")
HOMES = record("number", "homes, buildings, damaged", "59674", "homes, buildings")
TONNAGE = record("number", "ferry", "6825", "tons, ton")
SANK = record("date", "sank", "2014-04-16")
BANKRUPTCY = record("date", "bankruptcy, filed for bankruptcy", "2022-11-11")
ELECTION = record("date", "election", "2024-07-04")

CASES = [
    # after a noun, "that" before a participle is a relative pronoun, no determiner: the participle is the clause's
    # verb, and its date is the event's ("that damaged houses" after a verb stays a determiner)
    (STRUCK, "The earthquake that rocked the region on Sept. 7 last year damaged 900 homes.", "differ"),
    (STRUCK, "The earthquake that rocked the region on Sept. 8 last year damaged 900 homes.", "agree"),

    # a hyphened measure whose unit is the fact's only term there states the fact ("a 6.8-magnitude quake" for a
    # fact about the magnitude); beside another term it still modifies its own noun ("a 6.3-magnitude aftershock
    # followed the quake")
    (MAGNITUDE, "A 6.8-magnitude earthquake hit the region on Friday.", "agree"),
    (MAGNITUDE, "A 6.9-magnitude earthquake hit the region on Friday.", "differ"),
    (QUAKE_MAGNITUDE, "A 6.3-magnitude aftershock followed the quake.", "silent"),
    (QUAKE_MAGNITUDE, "A 6.3-magnitude aftershock followed the 7.8 magnitude quake.", "agree"),

    # money: a fact's unit may hold its scale and currency in one ("billion dirhams"); a currency's country
    # adjective names one of several that share a name ("Moroccan dirhams"); a bare shared name ("dirhams",
    # "Rs") is in whichever of them the fact names; another named currency is set aside, never a difference
    (BUDGET, "The state will spend a budget of 120 billion dirhams.", "agree"),
    (BUDGET, "The state will spend a budget of 125 billion dirhams.", "differ"),
    (BUDGET, "The state will spend a budget of 120 billion Moroccan dirhams.", "agree"),
    (BUDGET_MAD, "The state will spend a budget of 120 billion dirhams.", "agree"),
    (BUDGET_MAD, "The state will spend a budget of 125 billion Moroccan dirhams.", "differ"),
    (BUDGET_MAD, "The state will spend a budget of 125 billion UAE dirhams.", "silent"),
    (BUDGET_PKR, "The budget is Rs 500 crore.", "agree"),
    (BUDGET_PKR, "The budget is Rs 510 crore.", "differ"),

    # a day or a month before a comma is no name with an apposition after it: the clause after the comma is the
    # sentence's own ("Late Sunday, the regulator said that ...")
    (BUYER, "Late Sunday, the regulator said that Alder Bank, based in Raleigh, had agreed to buy the assets.", "agree"),
    (BUYER, "Late Sunday, the regulator said that Birch Bank, based in Raleigh, had agreed to buy the assets.", "differ"),
    (BUYER_SEAT, "Late Sunday, the regulator said that Alder Bank, based in Raleigh, had agreed to buy it.", "agree"),
    (BUYER_SEAT, "Late Sunday, the regulator said that Alder Bank, based in Durham, had agreed to buy it.", "differ"),

    # a participle that is never a past tense ("driven", "taken") after a date and a comma opens an aside, which
    # its terms do not leave ("Roe on Friday, 8 July, terminated ..." is still the verb after a date in apposition)
    (LOSSES, "The bank's collapse in March 2023, driven by withdrawals and losses on bonds, cost the fund $23bn.",
     "silent"),
    (LOSSES, "The bank's collapse, driven by losses on bonds on March 8, 2023, cost the fund $23bn.", "agree"),

    # "alongside" adds another thing beside the subject, like "in addition to": its dates are that thing's
    (FAILURE, "The bank ranks among the largest failures, alongside Lehman Brothers in 2008.", "silent"),
    (FAILURE, "The bank's failure on March 10, 2023, ranks among the largest, alongside Lehman Brothers in 2008.",
     "agree"),

    # a restrictive relative clause ("that"/"which"/"who" right after a noun, then its own verb) ends where a verb
    # form that is only ever finite follows its words: that verb and what follows are the interrupted clause's
    (CAPSIZED, "The captain of a ferry that capsized in April killing 304 passengers was jailed on 11 November.",
     "agree"),
    (CAPSIZED, "The captain of a ferry that capsized in March killing 304 passengers was jailed on 16 April.",
     "differ"),
    (TOLL, "The death toll from the fire that engulfed the tower rose to 72 on Tuesday.", "agree"),
    (TOLL, "The death toll from the fire that engulfed the tower rose to 71 on Tuesday.", "differ"),
    (BUILT, "The dam that burst in 2023 had been built in 1956.", "agree"),
    (BUILT, "The dam that burst in 2023 had been built in 1955.", "differ"),
    # ... not after "and": a second verb of the relative clause itself
    (CAPSIZED, "The ferry that listed and capsized on 16 April was carrying 476 people.", "agree"),
    # ... nor a relative whose subject is its own ("the report that officials said was wrong")
    (BUILT, "The dam that engineers built in 1956 was destroyed in 2023.", "agree"),

    # "among" opens a partitive like "of the": its number is the whole, the count after its comma the part
    (RESCUED, "Among 476 passengers on board the vessel, 172 were rescued.", "agree"),
    (RESCUED, "Among the 476 passengers, 172 were rescued.", "agree"),
    (RESCUED, "Among the 476 passengers, 174 were rescued.", "differ"),

    # a reporting verb ending the sentence after a comma and a verbless subject makes a clause with that subject:
    # the subject's words are the saying's, not the main clause's
    (REPORT, "The flood in June caused $14 billion of damage, a report by the UN said on 17 October 2023.", "agree"),
    (REPORT, "The flood in June caused $14 billion of damage, a report by the UN said.", "silent"),
    (REPORT, "The report in June caused an outcry, the ministry said.", "differ"),
    # ... the subject then goes with the saying: its date is the report's
    (REPORT, "The flood in June caused damage, the UN report said on 17 October 2023.", "agree"),

    # the deed a verb of judging is "for" is dated by the judging only loosely (a conflicting date is a possible
    # conflict), the term of a coordinated predicate too; the deed's own date still agrees or differs
    (DOWNING, "A court on Thursday convicted three men and acquitted one for the downing of the jet in 2014.", "agree"),
    (DOWNING, "A court on 17 November 2022 convicted three men for the downing of the jet.", "silent"),
    (DOWNING, "A court on 17 November 2022 jailed Lind for the downing of the jet in 2015.", "differ"),
    (DOWNING, "The downing of the jet on 17 July 2015 killed 298 people.", "differ"),

    # an apposition opened by a word of most names most of what a count counts, not all: the count is a whole
    (DUTCH, "All 298 people on board, mostly Dutch citizens, perished in the crash.", "silent"),
    (DUTCH, "All 298 people on board, mainly Dutch, perished in the crash.", "silent"),
    (DUTCH, "The crash killed 196 Dutch citizens.", "agree"),
    (ON_BOARD, "All 298 people on board, mostly Dutch citizens, perished in the crash.", "agree"),

    # a comma right after a number ends its phrase: the noun after it is no unit of the number's
    (HOMES, "The death toll rose to 632, and several buildings were reduced to rubble.", "silent"),
    (HOMES, "The death toll rose to 632, several buildings reduced to rubble.", "silent"),
    (HOMES, "The quake damaged 59,674 buildings, officials said.", "agree"),


    # a capitalised compass point opening a name after a measure is no qualifier of place
    (TONNAGE, "A 6,825-ton South Korean ferry was hoisted to the surface on Thursday.", "agree"),
    (TONNAGE, "A 6,325-ton South Korean ferry was hoisted to the surface on Thursday.", "differ"),
    (TONNAGE, "The ferry sank 20 tons south of the island.", "silent"),

    # a noun phrase in apposition to a name inside a relative clause, with a phrase of time or place after it, does
    # not end the relative clause at its commas
    (SANK, "The ship Sewol, which sank off Jindo Island, a southern tip of the country, on April 16, was modified.",
     "agree"),
    (SANK, "The ship Sewol, which sank off Jindo Island, a southern tip of the country, on April 15, was modified.",
     "differ"),
    (SANK, "The ship Sewol, which sank off Jindo Island, was modified on 3 March.", "silent"),


    # a term modifying a noun of a plan or a campaign for its event names no event of the clause's time
    (BANKRUPTCY, "The firm's bankruptcy plan was first proposed in May 2024.", "silent"),
    (BANKRUPTCY, "The firm filed for bankruptcy in May 2024.", "differ"),
    (ELECTION, "He gave an election campaign speech on 3 June 2024.", "silent"),
    (ELECTION, "The election on 3 June 2024 was won by Labour.", "differ"),
    (ELECTION, "The ruling on 25 August marks a sharp break from the election plan.", "silent"),
]

TERM = """
- id: f
  claim: Anna Lind was sentenced to 25 years in prison.
  kind: number
  about: [sentenced, prison sentence]
  context: [Lind, Anna Lind]
  value: 25
  unit: [years, year]
"""
TRAPPED = record("number", "trapped", "33", "miners, men")
CAPTURED = record("date", "captured", "2022-02-24")
SHOOTING = record("date", "shooting", "2024-07-13")
SHOOTER_AGE = record("number", "Thomas Crooks, Crooks", "20", "years, year-old")
KILLED = record("party", "killed", "Corey Comperatore", rivals="David Dutch")
RELEASED = record("date", "released", "2024-09-25")

CASES += [
    # an age whose noun is then identified or named as a name term is that name's
    (SHOOTER_AGE, "The agency faced scrutiny after a 20-year-old man, identified by the FBI as Thomas Crooks, fired.",
     "agree"),
    (SHOOTER_AGE, "A 22-year-old man, identified as Thomas Crooks, fired.", "differ"),
    (SHOOTER_AGE, "A 50-year-old man, identified as the father of Crooks, spoke.", "silent"),
    # an opening adverb before a comma is no name with an apposition
    (KILLED, "Tragically, a volunteer firefighter named Corey Comperatore was killed.", "agree"),
    (KILLED, "Tragically, a volunteer firefighter named David Dutch was killed.", "differ"),
    # a date right after a past participle that follows a noun, after a finite verb, dates what was done to the noun
    (SHOOTING, "The failures leading up to the July 2024 rally shooting were preventable, according to a Senate "
               "inquiry released on 25 September 2024.", "agree"),
    (SHOOTING, "The shooting was preventable, according to a Senate inquiry released on 25 September 2024.", "silent"),
    (RELEASED, "The failures were preventable, according to an inquiry released on September 25, 2024.", "agree"),
    # a date modifying an event's noun after a part of its time ("at the start of") may tell the clause's time
    (CAPTURED, "The dam was captured by Russia at the start of Moscow's February 2022 invasion.", "agree"),
    (CAPTURED, "The dam was captured by Russia at the start of the March 2022 offensive.", "differ"),
    (CAPTURED, "The dam was captured by troops who had fought in the March 2022 offensive.", "silent"),
    # after "after", a span of time and a past participle open no clause: the clause's subject is what was so
    (TRAPPED, "The world watched as 33 miners emerged from the mine after 69 days trapped underground.", "agree"),
    (TRAPPED, "The world watched as 34 miners emerged from the mine after 69 days trapped underground.", "differ"),
    (TRAPPED, "Thirty rescuers arrived after the miners were trapped for 69 days.", "silent"),
    # a lower-case title or role before a name of two words or more: the name is still the clause's subject
    (TERM, "Lind was jailed. In May, co-conspirator Mara Orsk was given a two-year prison sentence after "
           "testifying at Lind's trial.", "silent"),
    (TERM, "Lind was jailed. In May, co-conspirator Mara Orsk said Lind was given a two-year prison sentence.",
     "differ"),
]




SCALES = {"million": 1e6, "billion": 1e9, "bn": 1e9, "crore": 1e7}
CURRENCIES = {"dirhams": "AED", "Moroccan dirhams": "MAD", "euros": "EUR", "dollars": "USD", "rupees": "INR"}


@given(st.sampled_from(sorted(SCALES)), st.sampled_from(sorted(CURRENCIES)))
def test_a_scale_before_a_currency_in_a_facts_unit_is_read_as_both(scale, currency):
    unit = f"{scale} {currency}"
    assert fact_currency((unit,)) == CURRENCIES[currency]
    assert unit_scale(unit) == SCALES[scale]


@given(st.sampled_from(["AED", "MAD", "INR", "PKR", "LKR", "MXN", "CLP", "USD", "EUR"]),
       st.sampled_from(["AED", "MAD", "INR", "PKR", "USD", "EUR"]))
def test_only_a_bare_shared_name_crosses_currencies(wanted, unit):
    # a code or a country's own name matches only itself; "dirhams" or "Rs" written bare matches any currency
    # of that name, never one of another
    assert same_currency(wanted, unit, f"12 {unit}") == (wanted == unit)
    dirhams = {"AED", "MAD"}
    assert same_currency(wanted, unit, "12 billion dirhams") == (wanted == unit or {wanted, unit} <= dirhams)


SHOOTING_FACT = """
facts:
  - id: d
    claim: The rally shooting happened on 13 July 2024.
    kind: date
    about: [shooting]
    value: 2024-07-13
"""


@pytest.mark.parametrize("text, verdict", [
    # "released Wednesday" dates the investigation (a reduced relative clause after a finite verb), not the shooting
    ("The failures leading up to the July rally shooting were preventable, according to the results of a bipartisan "
     "Senate investigation released Wednesday.", "agree"),
    ("The failures leading up to the rally shooting were preventable, according to the results of a bipartisan "
     "Senate investigation released Wednesday.", "silent"),
])
def test_a_date_after_a_reduced_relative_participle_dates_its_noun(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2024-09-25'\n"}
    assert verdicts(tmp_path, SHOOTING_FACT, files)["d"]["a.txt"] == verdict


LANDFALL = record("date", "struck, slammed", "2023-10-25")
INITIAL = record("number", "initial tally", "27", "deaths, dead")
UNITS_136 = record("number", "units, building", "136", "units, condos, apartments")
COLLAPSED = record("date", "partially collapsed, collapsed", "2021-06-24")
CASES += [
    # a noun hyphen-joined to a number is its own: the fact's unit may stand only right after it
    (UNITS_136, "Teams search the 12-story Champlain Towers South condo building.", "silent"),
    (UNITS_136, "Teams search the 136-unit building.", "agree"),
    # an adverb before an attributive participle (or in the term) leaves it describing the noun
    (COLLAPSED, "Rescue teams searched the partially collapsed building on 26 June 2021.", "silent"),
    (COLLAPSED, "The building partially collapsed on 26 June 2021.", "differ"),
    # "including" opens an aside inside a relative clause that goes on after it with a phrase of time
    (LANDFALL, "The toll rose to 39 from the storm, which struck the Pacific coast, including the resort city of "
               "Acapulco, on 25 October 2023 as a Category 5 storm.", "agree"),
    (LANDFALL, "The toll rose to 39 from the storm, which struck the Pacific coast, including the resort city of "
               "Acapulco, on 24 October 2023 as a Category 5 storm.", "differ"),
    # a participle after a relative pronoun is the relative's verb, no epithet of the name after it
    (LANDFALL, "Crews sifted through the rubble left by a storm that slammed Guerrero state on 25 October 2023.",
     "agree"),
    # a number after a noun of change and "of" is that change
    (INITIAL, "The new toll was an increase of 12 from the initial tally of 27 announced Thursday.", "agree"),
    # (an initial tally that conflicts is an earlier figure, since revised: a possible conflict, no differ)
    (INITIAL, "The new toll was an increase of 12 from the initial tally of 29 announced Thursday.", "silent"),
    (INITIAL, "The initial tally was an increase of 12 on the day before.", "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_22_rule_cases(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


# Counter-examples a review of this session's rules found (/work/review-s22.md, outside the project); each gives the
# verdict the code before the session gave, and the narrowed rule keeps the case it was made for
REVIEW_CASES = [
    # "that" after a verb's object is a complementizer, no relative pronoun
    (record("date", "collapsed", "2023-09-08"),
     "Engineers told residents that collapsed buildings would be cleared by 20 September.", "silent"),
    # a month that is a name's last word ("Jon May") has its apposition as an aside
    (record("date", "stabbed", "2023-11-24"), "Police said Jon May, the officer convicted in 2019, was stabbed.",
     "silent"),
    # "Month the ordinal" before a noun is no day: "the first rains"
    (record("date", "rains, flood", "2023-09-01"), "Every September the first rains flood the wadi.", "agree"),
]


@pytest.mark.parametrize("spec, text, verdict", REVIEW_CASES)
def test_review_s22_counter_examples(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


def test_review_s22_the_end_of_the_month_said_of_a_due_date_is_this_months():
    from datetime import date
    from checks.dates.forms import dates
    tenth = date(2024, 3, 10)
    assert [m.value.label for m in dates("The bank said the loan was due at the end of the month.", tenth)] \
        == ["2024-03"]
    assert [m.value.label for m in dates("Before the end of the month, the bank had agreed to it.", tenth)] == []
