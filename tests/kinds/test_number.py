"""kind: number — its value, its own fields (unit, tolerance), and unit conversion."""

import pytest

from checks.errors import Problem
from checks.kinds import KINDS
from checks.yamlnodes import load

from ..helpers import one

BRIDGE = """
- id: bridge-length
  claim: The bridge is 300 metres long.
  kind: number
  about: [bridge]
  value: 300
  unit: [metre, metres]
  tolerance: "5%"
"""


@pytest.mark.parametrize("text, ok", [("86.6\n", True), ("1_000\n", True), ("'44'\n", False), ("forty\n", False)])
def test_a_value_is_a_plain_number(text, ok):
    node, _ = load(text, "f.yaml")
    problems: list[Problem] = []
    value = KINDS["number"].parse_value(node, "f.yaml", problems)
    assert (value is not None, [p.code for p in problems]) == (ok, [] if ok else ["number"])


def test_unit_and_tolerance_are_number_fields():
    assert [f.name for f in KINDS["number"].fields] == ["unit", "tolerance"]
    assert not KINDS["date"].fields


@pytest.mark.parametrize("text, verdict, found", [
    ("The bridge spans 310 metres.", "agree", ["310 metres"]),
    ("The bridge spans 0.4 kilometres.", "differ", ["400 metres"]),
    ("The bridge cost 300 dollars a day to run.", "silent", []),  # another unit: not the fact's value
])
def test_a_number_counts_in_the_facts_unit_within_tolerance(tmp_path, text, verdict, found):
    assert one(tmp_path, BRIDGE, text) == (verdict, found)


TOLL = """
- id: flood-toll
  claim: The flood killed 412 people.
  kind: number
  about: [death toll, toll, killed]
  value: 412
  unit: [people, dead, deaths]
"""
MAGNITUDE = """
- id: quake-magnitude
  claim: The quake measured 6.1.
  kind: number
  about: [quake, toll]
  value: 6.1
  unit: [magnitude]
"""


@pytest.mark.parametrize("text, verdict, found", [
    ("The death toll from the flood has risen to at least 412.", "agree", ["412 deaths"]),
    ("Death toll rises to 380 in Velmar flood", "differ", ["380 deaths"]),
    ("The toll road opened in May and 380 cars used it.", "silent", []),  # cars are no people
    ("The death toll, officials said on 3 May, was unclear; 380 was a guess.", "silent", []),  # across punctuation
])
def test_a_number_after_a_tally_noun_counts_what_the_fact_counts(tmp_path, text, verdict, found):
    assert one(tmp_path, TOLL, text) == (verdict, found)


def test_a_tally_is_no_magnitude(tmp_path):
    assert one(tmp_path, MAGNITUDE, "The toll from the magnitude 6.1 quake rose to 412.") == ("agree", ["6.1 magnitude"])


# ------------------------------------------------------------------ money (issue 12 §2)

PRICE = """
- id: ferry-deal-value
  claim: Norland Lines bought the Velmar ferry company for $4.2 billion.
  kind: number
  about: [acquisition, deal, bought, buy, purchase, takeover]
  value: 4200000000
  unit: [dollars, USD]
  tolerance: "2%"
"""
PER_SHARE = """
- id: ferry-share-price
  claim: Norland paid $31 a share.
  kind: number
  about: [per share, a share, shareholders]
  value: 31
  unit: [per share, a share]
"""


@pytest.mark.parametrize("text, verdict", [
    ("Norland Lines bought Velmar for $4.2 billion.", "agree"),
    ("Norland agreed to buy Velmar for about $4.25bn in cash.", "agree"),
    ("Norland paid 4.2 billion dollars for the takeover.", "agree"),
    ("The deal, worth $5.9 billion, was signed in Oslo.", "differ"),
    ("The takeover was valued at €3.9 billion.", "silent"),  # another currency: no exchange rate guessed
    ("The deal was worth Rs 4,100 crore.", "silent"),
    ("The deal was worth Rs 34,000 crore (US$4.2 billion).", "agree"),  # one sum in two currencies
    ("Norland will pay $31 a share in the takeover.", "silent"),  # a price per share is not the total
])
def test_money_verdicts(tmp_path, text, verdict):
    assert one(tmp_path, PRICE, text)[0] == verdict


def test_a_unit_list_naming_shares_without_a_price_of_one_is_no_per_share_price(tmp_path):
    # "share sale", "shares" beside the currency: the fact is a total in dollars, not a price per share
    sale = PRICE.replace("unit: [dollars, USD]", "unit: [dollars, USD, share sale, shares]")
    assert one(tmp_path, sale, "Norland Lines bought Velmar for $4.2 billion.")[0] == "agree"
    assert one(tmp_path, sale, "Norland will pay $31 a share in the takeover.")[0] == "silent"
    per_share = PRICE.replace("unit: [dollars, USD]", "unit: [dollars, per share]").replace("value: 4200000000", "value: 31")
    assert one(tmp_path, per_share, "Norland will pay $31 a share in the takeover.")[0] == "agree"


@pytest.mark.parametrize("text, verdict", [
    # a bound that holds the fact's value contradicts nothing, and states nothing either
    ("Norland paid more than $4 billion for the takeover.", "silent"),
    ("Norland paid at least $3.9 billion for the takeover.", "silent"),
    ("The takeover could cost up to $5 billion.", "silent"),
    # a bound that excludes it is a difference
    ("Norland paid more than $5 billion for the takeover.", "differ"),
    ("The takeover cost less than $3 billion.", "differ"),
    # the signs too
    ("Norland paid ≥ $4 billion for the takeover.", "silent"),
    ("Norland paid >$5 billion for the takeover.", "differ"),
    # a bound within tolerance of the value still agrees, as before
    ("Norland paid more than $4.15 billion for the takeover.", "agree"),
])
def test_a_bound_is_an_open_range(tmp_path, text, verdict):
    assert one(tmp_path, PRICE, text)[0] == verdict


def test_another_currency_is_set_aside_with_its_reason(tmp_path):
    from checks.facts import read_facts
    from checks.index import index_source
    from checks.judge import candidates, prepare
    from checks.sources import make_source
    from ..helpers import write
    write(tmp_path / "f.yaml", "facts:\n" + "\n".join("  " + line for line in PRICE.strip().splitlines()) + "\n")
    facts, _ = read_facts(tmp_path)
    idx = index_source(make_source("a.txt", "The takeover was valued at €3.9 billion."))
    assert [(c.why, c.rule, c.agrees) for c in candidates(facts[0], idx, prepare(facts[0]))] == [
        ("another currency", "currency", None)]


def test_price_per_share(tmp_path):
    assert one(tmp_path, PER_SHARE, "Norland will pay $31 a share to Velmar's shareholders.")[0] == "agree"


TURNOUT = """
- id: poll-turnout
  claim: Turnout in the Valdor referendum was 63.4%.
  kind: number
  about: [turnout]
  value: 63.4
  unit: ["%", percent, per cent]
  tolerance: 0.5
"""


@pytest.mark.parametrize("text, verdict", [
    ("Turnout stood at 63%, the highest since 1998.", "agree"),  # the sign is the unit
    ("The 63.1% turnout surprised the organisers.", "agree"),
    ("Turnout was 71 per cent.", "differ"),
])
def test_percent_sign_is_a_unit(tmp_path, text, verdict):
    assert one(tmp_path, TURNOUT, text)[0] == verdict


COMPUTERS = """
- id: crash-computers
  claim: The faulty patch crashed 4.2 million Velmar computers.
  kind: number
  about: [computers, PCs]
  value: 4200000
  unit: [computers, PCs, PC]
"""


@pytest.mark.parametrize("text, verdict", [
    # a share is no count: "PC" in capitals is a computer, not a per cent sign
    ("The patch crashed under 2% of all PCs in Velmar.", "silent"),
    ("The patch crashed 4.2 million PCs in Velmar.", "agree"),
    ("The patch crashed 3 million PCs in Velmar.", "differ"),
    # a number counts its noun past names modifying it, and only past names
    ("The patch crashed about 4.2 million Velmar (VLM) Aske computers.", "agree"),
    ("The patch crashed 3 million users of Velmar computers.", "silent"),
])
def test_a_share_is_no_count(tmp_path, text, verdict):
    assert one(tmp_path, COMPUTERS, text)[0] == verdict


CHARGES = """
- id: clerk-charges
  claim: The clerk faces seven charges.
  kind: number
  about: [clerk]
  value: 7
  unit: [charges, charge]
"""


@pytest.mark.parametrize("text, verdict", [
    # two singular modifiers joined by and/or before the counted noun
    ("The clerk faces seven theft and fraud charges.", "agree"),
    ("The clerk faces five theft or fraud charges.", "differ"),
    # a plural is a counted noun of its own; a number word another count
    ("The clerk faces 9 lawsuits and seven charges.", "agree"),
    ("The clerk faces 9 new and seven old charges.", "agree"),
])
def test_a_number_counts_its_noun_past_paired_modifiers(tmp_path, text, verdict):
    assert one(tmp_path, CHARGES, text)[0] == verdict


@pytest.mark.parametrize("units, warned", [
    (["m", "feet"], "'feet' converts to 'm' by itself; list one unit"),
    (["days", "weeks"], "'weeks' converts to 'days' by itself; list one unit"),
    (["metre", "metres", "m"], ""),
    (["seats", "seat"], ""),
])
def test_a_unit_list_mixing_sizes_is_a_warning(units, warned):
    from checks.kinds.number import mixed_units
    assert mixed_units(units) == warned


def test_the_mixed_unit_warning_keeps_the_record(tmp_path):
    from checks.facts import read_facts
    from ..helpers import write
    write(tmp_path / "f.yaml", "facts:\n  - id: bridge\n    claim: c\n    kind: number\n    about: [bridge]\n"
                               "    value: 300\n    unit: [m, feet]\n")
    facts, problems = read_facts(tmp_path)
    assert [f.id for f in facts] == ["bridge"]
    assert [(p.code, p.severity) for p in problems] == [("unit-mixed", "warning")]


# ------------------------------------------------------------------ ranks (issue 12: ordinals)

RANK = """
- id: summit-rank
  claim: Ruritania became the third country to reach the summit of Mount Velk.
  kind: number
  about: [reach the summit, reached the summit, summit]
  value: 3
  unit: [country, countries, nation, nations]
"""
COUNT = """
- id: treaty-signatories
  claim: Nine countries signed the Velk treaty.
  kind: number
  about: [signed, sign, signatories]
  value: 9
  unit: [country, countries, nation, nations]
"""


@pytest.mark.parametrize("text, verdict, found", [
    ("Ruritania became the third nation to reach the summit.", "agree", ["3 countries"]),
    ("Ruritania became the 3rd country to reach the summit.", "agree", ["3 countries"]),
    ("With Ruritania, three nations have now reached the summit.", "agree", ["3 countries"]),  # a count
    ("Ruritania became the fifth country to reach the summit.", "differ", ["5 countries"]),
    ("Ruritania became the third-largest country to reach the summit.", "silent", []),  # ranks its size
    ("It was the third attempt to reach the summit.", "silent", []),                    # ranks attempts
])
def test_a_rank_fact_reads_ordinals_and_counts_of_its_unit(tmp_path, text, verdict, found):
    assert one(tmp_path, RANK, text) == (verdict, found)


def test_a_first_beside_the_facts_rank_ranks_a_record_of_its_own(tmp_path):
    text = ("Ruritania became the first country to reach the summit in winter, and the third nation "
            "to reach the summit at all.")
    assert one(tmp_path, RANK, text) == ("agree", ["3 countries"])
    assert one(tmp_path, RANK, "Ruritania became the first nation to reach the summit in winter.") == ("silent", [])


def test_a_first_states_a_rank_of_one(tmp_path):
    record = RANK.replace("the third country", "the first country").replace("value: 3", "value: 1")
    assert one(tmp_path, record, "Ruritania became the first nation to reach the summit.") == ("agree", ["1 country"])


@pytest.mark.parametrize("text, verdict, found", [
    ("Nine countries signed the treaty.", "agree", ["9 countries"]),
    ("Ostrava became the fifth country to sign the treaty.", "silent", []),  # a rank says nothing of the total
    ("Ostrava became the ninth country to sign the treaty.", "silent", []),
])
def test_a_count_fact_reads_counts_not_ranks(tmp_path, text, verdict, found):
    assert one(tmp_path, COUNT, text) == (verdict, found)


def test_large_and_small_numbers_read_without_an_exponent():
    from checks.kinds.number import words
    assert words("2.86e+07 viewers") == "28,600,000 viewers"
    assert words("4.037e+09 dollars") == "4,037,000,000 dollars"
    assert words("3.8e-05 years") == "0.000038 years"
    assert words("44 days") == "44 days" and words("24.25 years") == "24.25 years" and words("1e+06") == "1,000,000"


_BUILT = """
- id: units-built
  claim: The plant built 500,000 headsets.
  kind: number
  about: [built, produced, producing, parade]
  value: 500000
  unit: [headsets, units, boats]
"""
_RATE_FACT = """
- id: daily-output
  claim: The plant builds 1,000 headsets a day.
  kind: number
  about: [builds, producing]
  value: 1000
  unit: [headsets a day, units daily]
"""


@pytest.mark.parametrize("text, verdict", [
    # a rate is no total
    ("The plant was producing only 1,000 units daily by October.", "silent"),
    ("The plant produced 1,000 units a day.", "silent"),
    ("The plant produced 20,000 barrels of oil per day.", "silent"),
    ("The plant produced 1,000 units in a day.", "differ"),  # a total within one day
    ("The plant produced 1,000 units per Velmar 500 site.", "silent"),  # an amount for each one
    ("The plant produced 1,000 units, 20 per cent more.", "differ"),  # "per cent" is a percentage, no rate
    ("The plant produced 1,000 units a year ago.", "differ"),  # a time, not a rate
    ("The plant produced 500,000 units.", "agree"),
    # a part picked from a group is no count of the group
    ("The other two boats in the parade carried the hosts.", "silent"),
    ("The remaining 12 units were built in May.", "silent"),
    ("The parade's last two boats carried the hosts.", "differ"),  # "first"/"last" N may be the very batch counted
    # a count of some beside those already counted
    ("Two other boats joined the parade later.", "silent"),
    ("Three more boats joined the parade.", "silent"),
    ("Two additional boats were built in May.", "silent"),
    ("The parade had 85 boats.", "differ"),
    # a count of some among a group
    ("Two Velmar boats were among those built in the parade year.", "silent"),
    ("Two boats built in Aske are also among the parade's.", "silent"),
    ("Two boats were built, among other things.", "differ"),  # no "be" before "among": no part
])
def test_rates_and_parts_are_no_totals(tmp_path, text, verdict):
    assert one(tmp_path, _BUILT, text)[0] == verdict


def test_a_rate_fact_reads_rates(tmp_path):
    assert one(tmp_path, _RATE_FACT, "The plant was producing 1,000 units daily.")[0] == "agree"


_PEAK = """
- id: peak-audience
  claim: The audience peaked at 20.4 million; the average was 18.8 million.
  kind: number
  about: [peaked, watched]
  value: 20400000
  unit: [viewers, people]
"""
_MEAN = _PEAK.replace("peak-audience", "mean-audience").replace("20400000", "18800000").replace(
    "The audience peaked at 20.4 million; the average was 18.8 million.", "An average of 18.8 million people watched.")


@pytest.mark.parametrize("record, text, verdict", [
    # an average is no peak nor total, unless the fact's value is one (its claim writes it after "an average of")
    (_PEAK, "An average of 18.8 million people watched.", "silent"),
    (_PEAK, "The show was watched by 18.8 million viewers on average.", "silent"),
    (_PEAK, "The show was watched by 18.8 million viewers.", "differ"),
    (_MEAN, "An average of 18.8 million people watched.", "agree"),
    (_MEAN, "An average of 17 million people watched.", "differ"),
])
def test_an_average_is_no_peak_nor_total(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


_SENTENCE = """
- id: prison-term
  claim: Roe was sentenced to 22.5 years in prison.
  kind: number
  about: [sentenced, sentence, sentencing, prison term]
  value: 22.5
  unit: [years, year]
"""
_COUNTS = """
- id: guilty-counts
  claim: Roe was convicted on three counts.
  kind: number
  about: [convicted, conviction]
  value: 3
  unit: [counts, count, charges]
"""
_DIVE = """
- id: contact-lost
  claim: The sub lost contact 105 minutes into its dive.
  kind: number
  about: [lost contact]
  value: 105
  unit: [minutes]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a span of time before "after"/"before"/"later" is the time between two events
    (_SENTENCE, "His sentencing comes more than a year after the killing.", "silent"),
    (_SENTENCE, "He was sentenced to 22 years in prison two weeks after the verdict.", "differ"),  # the term's own value
    (_DIVE, "The sub lost contact 105 minutes after it began its descent.", "agree"),  # the claim is an interval
    # "one count each of": a count per item, no total
    (_COUNTS, "The trial ended with his conviction on one count each of murder, manslaughter and assault.", "silent"),
    (_COUNTS, "He was convicted on two counts.", "differ"),
])
def test_intervals_and_each_are_no_totals(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


# ------------------------------------------------------------------ a rank on a named scale

CATEGORY = """
- id: storm-category
  claim: Storm Aske made landfall as a Category 4 hurricane.
  kind: number
  about: [landfall]
  value: 4
  unit: [Category]
"""
HURRICANES = """
- id: season-hurricanes
  claim: The season had 14 hurricanes.
  kind: number
  about: [season]
  value: 14
  unit: [hurricanes]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # "Category 4" is a rank on the scale the word before it names, not part of a name
    (CATEGORY, "Aske made landfall in Velmar as a Category 4 hurricane.", "agree"),
    (CATEGORY, "Aske made landfall in Velmar as a Category 3 hurricane.", "differ"),
    # and no count of the noun after it
    (HURRICANES, "The season's first landfall was a Category 4 hurricane.", "silent"),
    (HURRICANES, "The season brought 14 hurricanes.", "agree"),
])
def test_a_rank_on_a_named_scale(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


RAID = """
- id: raid-length
  claim: The raid lasted seven minutes.
  kind: number
  about: [raid, lasted]
  value: 7
  unit: [minutes]
"""


@pytest.mark.parametrize("text, verdict", [
    ("The raid lasted 420 seconds.", "agree"),  # converted: units 60 times apart
    ("The raid lasted a quarter of an hour, or 0.25 hours.", "differ"),
    # units more than 5,000 times apart measure different things: no conversion, no difference
    ("The raid ended a hunt that lasted nine years.", "silent"),
])
def test_units_far_apart_are_not_converted(tmp_path, text, verdict):
    assert one(tmp_path, RAID, text)[0] == verdict


TERM = """
- id: prison-term
  claim: Orsk was sentenced to 25 years (300 months) in prison.
  kind: number
  about: [sentenced, sentence]
  value: 25
  unit: [years, months]
"""


@pytest.mark.parametrize("text, verdict", [
    # the value is in the first unit listed; a listed unit of another size converts to it, never counts as it
    ("The judge ordered a 300-month sentence.", "agree"),
    ("The judge ordered a 240-month sentence.", "differ"),
    ("Orsk was sentenced to 25 years.", "agree"),
    ("Orsk was sentenced to 25 months.", "differ"),
])
def test_a_listed_unit_of_another_size_converts(tmp_path, text, verdict):
    assert one(tmp_path, TERM, text)[0] == verdict


CUPS = """
- id: cup-titles
  claim: The win gave Velmar its sixth Aske Cup title.
  kind: number
  about: [Aske Cup]
  value: 6
  unit: [title, titles, time, times]
"""


@pytest.mark.parametrize("text, verdict", [
    ("Velmar lifted the Aske Cup for the sixth time.", "agree"),
    ("It was Velmar's sixth Aske Cup title.", "agree"),  # the rank's noun phrase ends in a unit of the fact
    ("It was Velmar's fifth Aske Cup title.", "differ"),
    ("It was Velmar's sixth Aske Cup final.", "silent"),  # finals are not titles
])
def test_a_rank_reads_the_noun_that_heads_its_phrase(tmp_path, text, verdict):
    assert one(tmp_path, CUPS, text)[0] == verdict


VOTES_FOR = """
- id: votes-for
  claim: The motion to remove Lind passed with 216 votes to 210.
  kind: number
  about: [motion, passed, vote, removed]
  value: 216
  unit: [votes, members]
"""


@pytest.mark.parametrize("text, verdict", [
    ("The motion passed 216-210.", "agree"),
    ("The motion passed 218-208.", "differ"),
    ("Lind was removed in a 216 to 210 vote.", "agree"),
    ("The motion passed 226-200.", "differ"),  # the first count is the votes for
])
def test_a_tally_gives_the_votes_for_first(tmp_path, text, verdict):
    assert one(tmp_path, VOTES_FOR, text)[0] == verdict


def test_a_fact_counting_the_votes_against_reads_the_second(tmp_path):
    record = VOTES_FOR.replace("value: 216", "value: 210").replace("[votes, members]", "[votes against]")
    assert one(tmp_path, record, "The motion passed 216-210.")[0] == "agree"
    assert one(tmp_path, record, "The motion passed 216-208.")[0] == "differ"


GUNMEN = """
- id: gunmen
  claim: Four gunmen carried out the attack.
  kind: number
  about: [attack]
  value: 4
  unit: [gunmen, attackers]
"""


def test_a_toll_counts_the_dead_only(tmp_path):
    # a number after a toll is a count of the dead: no count of gunmen, but a fact about the dead reads it
    text = "The attack's death toll rose to 137 on Monday."
    assert one(tmp_path, GUNMEN, text)[0] == "silent"
    dead = GUNMEN.replace("value: 4", "value: 145").replace("[gunmen, attackers]", "[deaths, dead]")
    assert one(tmp_path, dead, text)[0] == "differ"


CHF_PRICE = """
- id: deal-price
  claim: Alpha agreed to pay 3 billion francs for Beta, in its own shares.
  kind: number
  about: [deal, takeover, merger]
  value: 3000000000
  unit: [CHF]
"""


@pytest.mark.parametrize("text, verdict", [
    # an amount of something else named after "of" or "worth in" is no amount the fact states
    ("Under the merger, CHF 16 billion ($17 billion) of bonds is to be written off.", "silent"),
    ("In the takeover, CHF 16 billion of deposits left the bank.", "silent"),
    ("Bondholders with CHF 16 billion worth in debt are hit by the takeover.", "silent"),
    # the fact's own thing, or what a price is paid in, is still the amount
    ("Alpha agreed the takeover for CHF 3 billion of its own stock.", "agree"),
    ("The merger raised CHF 4 billion of new capital.", "differ"),  # what the amount is, no other holding
    ("Alpha agreed the takeover for CHF 4 billion of its own stock.", "differ"),
    ("The deal values Beta at CHF 4 billion.", "differ"),
])
def test_an_amount_of_another_thing_is_set_aside(tmp_path, text, verdict):
    assert one(tmp_path, CHF_PRICE, text)[0] == verdict


def test_a_fact_counting_more_ones_reads_them(tmp_path):
    record = ('- id: more-cases\n  claim: Velmar reported 12 more cases.\n  kind: number\n  about: [reported]\n'
              '  value: 12\n  unit: [more cases]\n')
    assert one(tmp_path, record, "Velmar reported 12 more cases on Monday.")[0] == "agree"


def test_new_things_are_a_total(tmp_path):
    assert one(tmp_path, _BUILT, "The yard built 500,000 new units.")[0] == "agree"


TRIAL = """
- id: trial-length
  claim: The trial lasted four days.
  kind: number
  about: [trial]
  value: 4
  unit: [days]
"""
HOMES = """
- id: homes-built
  claim: The scheme built 300 homes.
  kind: number
  about: [built]
  value: 300
  unit: [homes]
"""


@pytest.mark.parametrize("record, text, verdict", [
    (TRIAL, "The trial was held over three days in Aske.", "differ"),  # "over" a span says during, no bound
    (HOMES, "In the first phase 200 homes were built.", "differ"),  # a lower-case scale word before a plural counts it
    (HOMES, "At that stage 300 homes were built.", "agree"),
])
def test_review_counter_examples(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


MISSING = """
- id: flood-missing
  claim: The flood left 900 people missing.
  kind: number
  about: [missing, unaccounted for]
  value: 900
  unit: [people, persons]
"""


@pytest.mark.parametrize("record, text, verdict, found", [
    # a count followed by a word of a state counts those in that state, not another state the fact counts
    (MISSING, "The flood left 412 people dead and 900 people still missing.", "agree", ["900 persons"]),
    (MISSING, "The flood left 412 people dead and 850 people missing.", "differ", ["850 persons"]),
    (MISSING, "The flood left 412 people dead, officials said, and many missing.", "silent", []),
    (TOLL, "The toll stood at 412 people dead and 900 people still missing.", "agree", ["412 deaths"]),
    (TOLL, "In all 380 people were killed and 900 people were injured.", "differ", ["380 deaths"]),
    (TOLL, "The flood killed dozens; 900 people were reported missing.", "silent", []),
])
def test_a_count_in_one_state_is_no_count_of_another(tmp_path, record, text, verdict, found):
    assert one(tmp_path, record, text) == (verdict, found)


PASSENGERS = """
- id: ferry-passengers
  claim: The ferry carried 240 passengers.
  kind: number
  about: [passengers, aboard, escaped]
  value: 240
  unit: [passengers]
"""
ABOARD = """
- id: ferry-aboard
  claim: 252 people were aboard the ferry.
  kind: number
  about: [aboard, escaped]
  value: 252
  unit: [people, passengers and crew]
"""


CREW = """
- id: ferry-crew
  claim: The ferry had 12 crew on board.
  kind: number
  about: [carrying, carried, on board]
  value: 12
  unit: [crew, crew members]
"""
BRITONS = """
- id: britons
  claim: 53 Britons were on the ferry.
  kind: number
  about: [survived, killed]
  value: 53
  unit: [Britons, British nationals, British]
"""


@pytest.mark.parametrize("text, verdict", [
    ("Only one passenger - a British man seated in row 11 - survived.", "silent"),  # no unit past a dash
    ("Only one passenger, a British man, survived.", "silent"),  # nor past a comma
    ("241 were killed, among them 53 British nationals.", "agree"),
])
def test_a_unit_never_stands_past_a_comma_or_a_dash(tmp_path, text, verdict):
    assert one(tmp_path, BRITONS, text)[0] == verdict


@pytest.mark.parametrize("record, text, verdict", [
    # a count of two groups joined by and/or is no count of the first alone
    (PASSENGERS, "All 252 passengers and crew escaped the fire.", "silent"),
    (PASSENGERS, "All 240 passengers and 12 crew escaped the fire.", "agree"),  # each group its own number
    (PASSENGERS, "The ferry carried 252 passengers and students to Orsk.", "silent"),
    # unless the fact's unit names both groups
    (ABOARD, "All 252 passengers and crew escaped the fire.", "agree"),
    # nor of the second group alone
    (CREW, "The ferry, carrying 252 passengers and crew, sank.", "silent"),
    (CREW, "The ferry carried 240 passengers and 12 crew.", "agree"),
    # no group after and/or: a verb, a bound
    (PASSENGERS, "The ferry picked up 250 passengers and sailed at dawn.", "differ"),
    (PASSENGERS, "The ferry carries 250 passengers or more on summer days.", "differ"),
])
def test_a_count_of_two_groups_together_is_no_count_of_one(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


ABOARD_PEOPLE = ABOARD.replace("[people, passengers and crew]", "[people, persons, aboard]")


@pytest.mark.parametrize("record, text, verdict", [
    # two counts of different nouns joined by "and" are parts of one group: neither is the group's count
    (ABOARD_PEOPLE, "Some 240 passengers and 12 crew were aboard the ferry.", "silent"),
    (ABOARD_PEOPLE, "Some 240 passengers and 12 crew, 252 people, were aboard.", "agree"),
    # a fact whose unit names the count's own noun takes it (by itself: "passengers and crew" names the whole)
    (PASSENGERS, "Some 240 passengers and 12 crew were aboard the ferry.", "agree"),
    (ABOARD.replace("[people, passengers and crew]", "[people, on board, passengers and crew]").replace(
        "[aboard, escaped]", "[on board]"), "There were 240 passengers and 12 crew members on board the ferry.", "silent"),
    # one count: the group's
    (ABOARD_PEOPLE, "Some 260 people were aboard the ferry.", "differ"),
])
def test_counts_of_two_groups_joined_are_parts_of_the_whole(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


WAVE = """
- id: wave-height
  claim: The flood wave was about 7 metres high.
  kind: number
  about: [wave, wall of water]
  value: 7
  unit: [metres, m]
"""
SPAN = """
- id: bridge-span
  claim: The bridge spans 310 metres.
  kind: number
  about: [bridge]
  value: 310
  unit: [metres]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a measure keeps its dimension: a fact naming one takes only that one
    (WAVE, "A wave 7 metres high swept the harbour.", "agree"),
    (WAVE, "A wave 9 metres high swept the harbour.", "differ"),
    (WAVE, "A wave 300 metres long swept the harbour.", "silent"),  # a length, not the height the claim names
    # a fact naming no dimension takes any
    (SPAN, "The bridge is 300 metres long.", "differ"),
])
def test_a_measure_keeps_its_dimension(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


CREW_DEATHS = """
- id: crew-deaths
  claim: Five of the patrol plane's crew died.
  kind: number
  about: [died, killed]
  value: 5
  unit: [crew members, crew]
"""


@pytest.mark.parametrize("text, verdict", [
    # after a fronted partitive a count with no noun of its own counts the partitive's noun; the whole is set aside
    ("Of the six crew members, five died on the spot.", "agree"),
    ("Of the six crew members, four died on the spot.", "differ"),
    ("Police said that of the six crew members, five died.", "agree"),
    # a noun of its own is counted, not the partitive's
    ("Of the six crew members, five passengers died.", "silent"),
])
def test_a_count_after_a_partitive_counts_its_noun(tmp_path, text, verdict):
    assert one(tmp_path, CREW_DEATHS, text)[0] == verdict


LOSS = """
- id: airline-loss
  claim: The outage cost the airline $500 million.
  kind: number
  about: [lost, cost]
  value: 500000000
  unit: [dollars, USD]
"""
REFUNDS = LOSS.replace("about: [lost, cost]", "about: [lost, refunds]").replace("500000000", "380000000")


@pytest.mark.parametrize("record, text, verdict", [
    # amounts joined by "and", each with an item of its own, are parts of a sum: neither is the whole
    (LOSS, "The airline lost $380 million in refunds and $170 million for repairs.", "silent"),
    (LOSS, "The airline lost $500 million: $380 million in refunds and $120 million for repairs.", "agree"),
    # a fact whose terms name a part's own item takes that part
    (REFUNDS, "The airline lost $380 million in refunds and $170 million for repairs.", "agree"),
    # one amount with its item: the whole
    (LOSS, "The airline lost $550 million in refunds.", "differ"),
])
def test_amounts_of_their_own_items_joined_are_parts_of_a_sum(tmp_path, record, text, verdict):
    assert one(tmp_path, record, text)[0] == verdict


def test_a_fronted_wholes_conflict_is_only_possible(tmp_path):
    record = ('- id: died\n  claim: 241 people on the plane died.\n  kind: number\n  about: [on the plane]\n'
              '  value: 241\n  unit: [people]\n')
    # the whole a term inside the partitive counts may be what the fact counts, or not: never a differ
    assert one(tmp_path, record, "Of the 242 people on the plane, 241 died.")[0] == "silent"
    on_board = record.replace("value: 241", "value: 242")
    assert one(tmp_path, on_board, "Of the 242 people on the plane, 241 died.")[0] == "agree"


def test_a_unit_naming_opposing_votes_reads_the_votes_against(tmp_path):
    record = VOTES_FOR.replace("value: 216", "value: 210").replace("[votes, members]", "[opposing votes]")
    assert one(tmp_path, record, "The motion passed 216-210.")[0] == "agree"


MARGIN = """
- id: margin
  claim: Aske won the final by six wickets.
  kind: number
  about: [won, win, lost, beat]
  value: 6
  unit: [wickets]
"""


@pytest.mark.parametrize("text, verdict", [
    # a fact whose claim gives a margin ("by six wickets") reads margins only
    ("Aske won the final by six wickets.", "agree"),
    ("It was a six-wicket win for Aske.", "agree"),
    ("Velmar lost by just six wickets.", "agree"),
    ("Aske beat Velmar by a margin of three wickets.", "differ"),
    ("Aske lost three early wickets in the chase.", "silent"),  # what was lost, no margin
])
def test_a_margin_fact_reads_margins_only(tmp_path, text, verdict):
    assert one(tmp_path, MARGIN, text)[0] == verdict


def test_a_count_fact_still_reads_counts(tmp_path):
    count = MARGIN.replace("won the final by six wickets", "took six wickets in the final")
    assert one(tmp_path, count, "Aske lost three early wickets in the chase.")[0] == "differ"


ATTACKER_AGE = """
- id: attacker-age
  claim: The attacker was 71 when he fired.
  kind: number
  about: [attacker, gunman]
  value: 71
"""


@pytest.mark.parametrize("text, verdict", [
    # an age marked "now" is the age at publication, another time's than the fact's
    ("The now 72-year-old attacker said he would appeal.", "silent"),
    ("The gunman, now aged 72, said he would appeal.", "silent"),
    ("The then 71-year-old attacker was arrested.", "agree"),
    ("The 72-year-old attacker was arrested.", "differ"),
])
def test_an_age_now_is_another_times(tmp_path, text, verdict):
    assert one(tmp_path, ATTACKER_AGE, text)[0] == verdict


DEAL = """
- id: deal-value
  claim: Norland agreed to buy Velmar Energy for $59.5 billion.
  kind: number
  about: [buy, buying, deal, valued]
  value: 59500000000
  unit: [dollars]
  tolerance: "1%"
"""


@pytest.mark.parametrize("text, verdict", [
    # a deal for something the claim does not name is another deal
    ("In July Norland said it was buying pipeline operator Orsk in a deal valued at $4.9 billion.", "silent"),
    ("It grew through a $6.6 billion acquisition of Aske family acreage in 2017.", "silent"),
    # the claim's own target, past a place-based name before it
    ("Norland will buy Texas-based Velmar Energy for $59.5 billion.", "agree"),
    ("Norland will buy Velmar for $50 billion.", "differ"),
    # a figure taking in something the claim never names measures another quantity
    ("The deal's value, including debt, is about $64.5 billion.", "silent"),
    ("The deal is valued at $64.5 billion including debt.", "silent"),
])
def test_another_deal_or_measure_is_set_aside(tmp_path, text, verdict):
    assert one(tmp_path, DEAL, text)[0] == verdict


@pytest.mark.parametrize("text, verdict", [
    # a bid or offer for another name, past a determiner and describing words, is another deal too
    ("Orsk's $75 billion bid for Aske Games is the biggest.", "silent"),
    ("Regulators blocked Orsk's $117 billion takeover of the chip maker Tindra in 2018.", "silent"),
    # a name that only describes the noun before the object's name ("the Call of Duty maker") is no object
    ("Norland's $59.5 billion acquisition of the Aske of Tindra maker Velmar Energy was approved.", "agree"),
    ("Norland's $50 billion acquisition of the Aske of Tindra maker Velmar Energy was approved.", "differ"),
])
def test_a_bid_for_another_name_is_another_deal(tmp_path, text, verdict):
    record = DEAL.replace("[buy, buying, deal, valued]", "[buy, deal, bid, takeover, acquisition]")
    assert one(tmp_path, record, text)[0] == verdict


def test_a_fact_that_takes_in_the_debt_reads_it(tmp_path):
    record = DEAL.replace("for $59.5 billion.", "for $64.5 billion including debt.").replace("59500000000", "64500000000")
    assert one(tmp_path, record, "The deal's value, including debt, is about $64.5 billion.")[0] == "agree"


PILOT_AGE = """
- id: pilot-age
  claim: Anna Dahl was 58 when she flew.
  kind: number
  about: [Anna Dahl, Dahl]
  value: 58
  unit: [year-old, years old, years, aged]
"""


@pytest.mark.parametrize("text, verdict", [
    # an age fact reads ages (and years), never a span of days converted to years
    ("Dahl began a brief eight-day mission.", "silent"),
    ("Dahl, 58 years old, flew.", "agree"),
    ("Dahl, aged 59, flew.", "differ"),
])
def test_an_age_fact_reads_no_span_of_days(tmp_path, text, verdict):
    assert one(tmp_path, PILOT_AGE, text)[0] == verdict


NATIONALS_TOLL = """
- id: toll
  claim: Four people died in the floods.
  kind: number
  about: [dead, died]
  value: 4
  unit: [people, dead]
"""


@pytest.mark.parametrize("text, verdict", [
    # a count of nationals is a part of those counted, no total (a capitalised plural of a nationality)
    ("Three Filipinos dead in Aske floods, officials confirm.", "silent"),
    ("Twelve Indians died in the floods.", "silent"),
    # a name modifying the noun counts the noun
    ("Three Velmar residents dead in Aske floods.", "differ"),
    ("Four people died in the floods.", "agree"),
])
def test_a_count_of_nationals_is_a_part(tmp_path, text, verdict):
    assert one(tmp_path, NATIONALS_TOLL, text)[0] == verdict


@pytest.mark.parametrize("text, verdict", [
    # a claim that names no deal's object cannot tell its deal from another: the bid's figure is the deal's
    ("The company filed suit over the decision to block a $59.5 billion acquisition of Velmar Energy.", "agree"),
    ("Regulators held off on the $50 billion bid for Velmar Energy.", "differ"),
])
def test_a_claim_naming_no_object_reads_any_deal(tmp_path, text, verdict):
    record = DEAL.replace("Norland agreed to buy Velmar Energy for $59.5 billion.", "The acquisition was valued at $59.5 billion.")
    record = record.replace("[buy, buying, deal, valued]", "[buy, deal, bid, acquisition]")
    assert one(tmp_path, record, text)[0] == verdict
