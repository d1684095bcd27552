"""Rules of session 19, on invented sentences."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import verdicts

AGE = """
facts:
  - id: age
    claim: Anna Orsk was 91 when she died.
    kind: number
    about: [died, dies, death, passed away]
    value: 91
    unit: [years old, aged]
"""
SPAN = """
facts:
  - id: span
    claim: The mill ran for 91 years before it closed.
    kind: number
    about: [died, closed]
    value: 91
    unit: [years]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a bare number after a verb of dying and "at" is the age at death
    (AGE, "Anna Orsk died at 91.", "agree"),
    (AGE, "Writer Anna Orsk dies at 91", "agree"),
    (AGE, "Anna Orsk, the novelist, passed away at 90, her family said.", "differ"),
    # a number with a noun of its own after "died at" is no age
    (AGE, "Anna Orsk died at 91 Harbour Street.", "silent"),
    # an age is no span of years
    (SPAN, "Its founder died at 91.", "silent"),
])
def test_died_at_a_bare_number_is_an_age(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})[record.split("id: ")[1].split()[0]]["a.txt"] == verdict


@settings(max_examples=40, deadline=None)
@given(age=st.integers(min_value=1, max_value=119),
       verb=st.sampled_from(["died", "dies", "passed away"]),
       end=st.sampled_from([".", ",", ""]))
def test_any_age_after_died_at_is_read_as_that_age(tmp_path_factory, age, verb, end):
    got = verdicts(tmp_path_factory.mktemp("age"), AGE, {"a.txt": f"Anna Orsk {verb} at {age}{end}"})["age"]["a.txt"]
    assert got == ("agree" if age == 91 else "differ")


def _number(claim: str, terms: str, value, units: str, tolerance: str = "0") -> str:
    return f"""
facts:
  - id: n
    claim: {claim}
    kind: number
    about: [{terms}]
    value: {value}
    unit: [{units}]
    tolerance: "{tolerance}"
"""


OUTPUT = _number("The plant builds 250,000 trucks a year.", "builds, build, production", 250000, "trucks")
TOWING = _number("The truck tows 11,000 pounds.", "tows, towing capacity", 11000, "pounds, lb", "2%")
PRICE = _number("The painting sold for 11,000 pounds.", "sold", 11000, "pounds")


@pytest.mark.parametrize("record, text, verdict", [
    # a fraction of a scale word: "a quarter of a million" is 250,000 (it was read as "a million")
    (OUTPUT, "The plant builds a quarter of a million trucks a year.", "agree"),
    (OUTPUT, "The plant builds a quarter-million trucks a year.", "agree"),
    (OUTPUT, "The plant builds three quarters of a million trucks a year.", "differ"),
    (OUTPUT, "The plant builds a third of a million trucks a year.", "differ"),
    # a claim that writes its value as a rate reads rates ("a year", "per year"); other facts still set them aside
    (OUTPUT, "By 2025, the plant will build 250,000 trucks per year.", "agree"),
    (OUTPUT, "Production reached 200,000 trucks annually.", "differ"),  # (an expected level is a forecast: s46)
    # "pounds" listed beside a measure ("lb") is a weight: written as a word it converts like "lb" and "kg"
    (TOWING, "The truck's towing capacity is 11,000 pounds.", "agree"),
    (TOWING, "It tows 11,000lb.", "agree"),
    (TOWING, "Its towing capacity is 5,000kg.", "agree"),
    (TOWING, "The truck tows 7,500 pounds.", "differ"),
    # a sum of money is none
    (TOWING, "The towing kit costs £11,000.", "silent"),
    # with no measure listed, "pounds" stays a currency
    (PRICE, "The painting sold for 11,000 pounds.", "agree"),
    (PRICE, "The painting sold for £12,000.", "differ"),
])
def test_fractions_rates_and_pounds_of_weight(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == verdict


@settings(max_examples=60, deadline=None)
@given(count=st.sampled_from(["a", "one", "two", "three"]),
       part=st.sampled_from(["half", "quarter", "quarters", "third", "thirds"]),
       scale=st.sampled_from([("thousand", 1e3), ("million", 1e6), ("billion", 1e9)]),
       of=st.sampled_from([" of a ", " a "]))
def test_a_fraction_of_a_scale_word_is_that_share_of_it(count, part, scale, of):
    from checks.numbers import numbers
    if part != "half":
        of = " of a "  # "half a million", but "a quarter of a million": "quarter a million" is no fraction
    text = f"They counted {count} {part}{of}{scale[0]} votes."
    share = {"half": 0.5, "quarter": 0.25, "quarters": 0.25, "third": 1 / 3, "thirds": 1 / 3}[part]
    times = {"a": 1, "one": 1, "two": 2, "three": 3}[count]
    got = [m.value for m in numbers(text) if m.unit == "votes"]
    assert got == [pytest.approx(times * share * scale[1])]


HOLDER = """
facts:
  - id: holder
    claim: Anna Novak chairs the Velmar Safety Board.
    kind: party
    about: [Anna Novak, Novak]
    value: [chair, chairwoman]
    rivals: [vice-chair, president]
"""


@pytest.mark.parametrize("text, verdict", [
    # the speaker's title in apposition with the term's name is the speaker's own
    ("The hull cracked, according to the chair of the Velmar Safety Board, Anna Novak.", "agree"),
    ("The hull cracked, according to the chair of the Velmar Safety Board (VSB), Anna Novak.", "agree"),
    ("The hull cracked, according to Anna Novak, chair of the board.", "agree"),
    ("Velmar chair, Anna Novak said the hull had cracked.", "agree"),
    ("The hull cracked, according to the vice-chair of the Velmar Safety Board, Anna Novak.", "differ"),
    # a title of someone else in what the speaker reports is still not hers
    ("According to Anna Novak, the president of the union resigned.", "silent"),
    ("According to Anna Novak, President Orsk resigned.", "silent"),
])
def test_a_title_in_apposition_with_the_speaker_is_hers(tmp_path, text, verdict):
    assert verdicts(tmp_path, HOLDER, {"a.txt": text})["holder"]["a.txt"] == verdict


EPICENTRE = _number("The epicentre was about 40 km (25 miles) northwest of Orsk city.", "epicentre, epicenter", 40,
                    "km, kilometres", "10%")
SHIP = _number("The ferry is 120 metres long.", "ferry", 120, "metres, m")


@pytest.mark.parametrize("record, text, verdict", [
    # a distance from the place the claim measures from is the fact's
    (EPICENTRE, "The epicenter was 35 kilometers northwest of Orsk city.", "differ"),
    (EPICENTRE, "The epicentre lay 40 km north-west of Orsk.", "agree"),
    (EPICENTRE, "Its epicentre was 25 miles from Orsk, the survey said.", "agree"),
    # a distance from another place, or a fact that measures no distance, stays set aside
    (EPICENTRE, "The epicentre was 12 km south of Velmar, a village near the border.", "silent"),
    (SHIP, "The ferry sank 30 metres off the coast of Crete.", "silent"),
])
def test_a_distance_from_the_claims_own_reference_point(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == verdict


@given(st.sampled_from(["northwest of", "north-west of", "south-east of", "away from", "from", "off"]),
       st.sampled_from(["Orsk", "the Orsk harbour", "Orsk city"]))
def test_the_reference_point_of_a_distance_is_read_past_its_unit_and_bracket(direction, place):
    from checks.attribution.values import distance_from
    assert distance_from(f" km (25 miles) {direction} {place}.") == {"orsk"}
    assert distance_from(f" {direction} {place}") == {"orsk"}


def _share(name: str, value: float) -> str:
    return f"""
facts:
  - id: share
    claim: {name} won about {value}% of the valid votes.
    kind: number
    about: [{name}, {name}'s]
    value: {value}
    unit: ["%", percent]
    tolerance: 0.4
"""


NOVAK, ORSK = _share("Novak", 55.7), _share("Orsk", 44.3)


@pytest.mark.parametrize("record, text, verdict", [
    # a share of the whole the claim names ("of the votes") is the fact's share, whatever the verb
    (NOVAK, "With most ballots counted, Novak obtained 55.69% of the votes.", "agree"),
    (NOVAK, "Novak took 52% of the vote.", "differ"),
    # another name's figure: its possessive, a name after "and"/"against" (verb left out), or that name's subject
    (NOVAK, "Novak obtained 55.69% of the votes, against Orsk's 44.30%.", "agree"),
    (ORSK, "Novak obtained 55.69% of the votes, against Orsk's 44.30%.", "agree"),
    (ORSK, "In the first round, Novak won 44% of the vote and Orsk 37%.", "differ"),
    (NOVAK, "In the first round, Orsk won 52% of the vote and Novak 55.7%.", "agree"),
    # a name that owns a noun after the figure owns the noun, not the figure
    (NOVAK, "Novak praised Orsk's 40-year-old deputy.", "silent"),
])
def test_a_figure_belongs_to_the_name_that_holds_it(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["share"]["a.txt"] == verdict


OFFSHORE = _number("The trawler sank about 47 nautical miles (some 87 km) southwest of Orsk.", "Orsk, sank", 87,
                   "km, kilometres", "10%")
ESTIMATE = _number("Velmar Weather estimated the damage at $250 billion.", "damage, Velmar Weather", 250000000000,
                   "dollars, USD", "10%")
RESULT = _number("The storm caused $250 billion of damage.", "damage", 250000000000, "dollars, USD", "10%")
GAIN = _number("The reaction released about 50 percent more energy than the lasers delivered.", "more energy, gain", 54,
               "percent, '%'", "10%")
DURATION = _number("The Aske fire burned for 24 days.", "burned for", 24, "days")
HOMES = _number("The Aske fire destroyed 6,837 structures.", "Aske fire", 6837, "structures")


@pytest.mark.parametrize("record, text, verdict", [
    # a claim's reference point past two unit words and a closing bracket
    (OFFSHORE, "The trawler sank 75 kilometers off Orsk in the south.", "differ"),
    (OFFSHORE, "It sank in international waters 87 km southwest of Orsk.", "agree"),
    # a claim that is an estimate reads a forecast's figure; a claim of a result does not
    (ESTIMATE, "The storm is projected to cause $250 billion in damage, according to Velmar Weather.", "agree"),
    (RESULT, "The storm is projected to cause $300 billion in damage.", "silent"),
    # another's differing forecast is only a possible conflict
    (ESTIMATE, "Orsk Bank projected $900 billion of damage across the region.", "silent"),
    # a share before "more" is how much more, not more members of a group
    (GAIN, "The blast released 50% more energy than was carried to it.", "agree"),
    (GAIN, "It produced 20% more energy than the lasers delivered.", "differ"),
    # a dimension word with a number of its own after it is a preposition
    (DURATION, "The Aske fire burned for 31 days across 37 square miles.", "differ"),
    # predicates joined by commas and "and" share the subject a term names
    (HOMES, "The Aske fire scorched 23,448 acres, destroyed 6,837 structures and damaged 1,017 more.", "agree"),
    (HOMES, "The Aske fire scorched 23,448 acres and destroyed 6,000 structures.", "differ"),
    # not past a clause with a subject of its own
    # a term that is no subject is not what the predicates tell of
    (HOMES, "Crews fought the Aske fire, saved 400 homes and cleared 6,000 structures.", "silent"),
])
def test_readings_from_batches_47_and_48(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == verdict


ASKE_START = """
facts:
  - id: start
    claim: The Aske fire broke out on 7 January 2025.
    kind: date
    about: [broke out, started, igniting, ignited]
    context: [Aske]
    value: 2025-01-07
"""
FINDINGS = """
facts:
  - id: start
    claim: The board released its preliminary findings on 6 February 2024.
    kind: date
    about: [preliminary findings]
    value: 2024-02-06
"""


@pytest.mark.parametrize("record, text, verdict", [
    # an -ing term after a subordinator tells what the clause's subject did; another name's is not the fact's
    (ASKE_START, "The Aske fire burned 23,448 acres, while the Velmar Fire consumed 14,201 acres after igniting on "
                 "January 9, 2025.", "silent"),
    (ASKE_START, "The Aske fire burned 23,448 acres after igniting on January 9, 2025.", "differ"),
    # a comma, a past participle (after an adverb or not) and a preposition: the date is the participle's event
    (ASKE_START, "The Aske fire started small on 7 January 2025, seemingly contained by 9 January 2025.", "agree"),
    (ASKE_START, "The Aske fire started small, seemingly contained by 9 January 2025.", "silent"),
    # unless the phrase describes the term's noun right before the comma
    (FINDINGS, "The preliminary findings, released in February 2024, showed four bolts were missing.", "agree"),
])
def test_dates_of_another_subject_or_a_participle(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["start"]["a.txt"] == verdict


LAUNCH = """
facts:
  - id: launch
    claim: The telescope launched on 25 December 2021.
    kind: date
    about: [launch, launched]
    value: 2021-12-25
"""


@pytest.mark.parametrize("text, verdict", [
    # a date a plan was set for ("was set to", "was scheduled to") is the date foreseen: only a possible conflict
    ("Originally, the telescope was set to launch on 24 December 2021.", "silent"),
    ("The telescope had been scheduled to launch on 22 December 2021.", "silent"),
    ("The telescope was set to launch on 25 December 2021.", "agree"),
    # a plain past date still differs
    ("The telescope launched on 24 December 2021.", "differ"),
])
def test_a_date_a_plan_was_set_for_is_only_foreseen(tmp_path, text, verdict):
    assert verdicts(tmp_path, LAUNCH, {"a.txt": text})["launch"]["a.txt"] == verdict


VERDICT_DATE = """
facts:
  - id: d
    claim: A jury convicted Anna Orsk on 20 April 2021.
    kind: date
    about: [convicted, verdict, guilty]
    value: 2021-04-20
"""
KILLING_DATE = """
facts:
  - id: d
    claim: Orsk killed Lena Berg on 25 May 2020.
    kind: date
    about: [killing, murder, death]
    value: 2020-05-25
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a legal act and its ground are two events: a date inside the ground dates the ground's noun ...
    (VERDICT_DATE, "Orsk was convicted in April 2021 of the murder of Lena Berg in May 2020.", "agree"),
    (KILLING_DATE, "Orsk was convicted in April 2021 of the murder of Lena Berg in May 2020.", "agree"),
    (KILLING_DATE, "A judge sentenced Orsk on 25 June 2021 for the killing of Lena Berg during a robbery in May 2020.",
     "agree"),
    (VERDICT_DATE, "Orsk, who was convicted of murdering Lena Berg in May 2019, will appeal.", "silent"),
    # ... and one outside it, in the act's clause, dates the act
    (KILLING_DATE, "Jurors on 20 April 2021 found Orsk guilty of all charges in the death of Lena Berg.", "silent"),
    (KILLING_DATE, "A jury found Orsk guilty on 20 April 2021 of second-degree murder, third-degree murder and "
                   "manslaughter.", "silent"),
    # a ground that names no dated event ("of two counts of fraud", "in prison") leaves the act its date
    (VERDICT_DATE, "Orsk was found guilty of two counts of fraud in a courtroom on 2 November 2023.", "differ"),
])
def test_a_legal_act_and_its_ground_keep_their_own_dates(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["d"]["a.txt"] == verdict


DEATH_PLACE = """
facts:
  - id: p
    claim: Lena Berg was killed in Velmar.
    kind: place
    about: [murder, killing, death]
    value: [Velmar]
    rivals: [Orsk]
"""


@pytest.mark.parametrize("text, verdict", [
    # a place before a title and a name describes the title ("Velmar police officer Anna Orsk")
    ("Former Velmar police officer Anna Novak was convicted of the murder of Lena Berg.", "silent"),
    ("Orsk police officer Anna Novak was convicted of the murder of Lena Berg.", "silent"),
    # a place of the event itself still counts
    ("The murder of Lena Berg in Orsk shocked the country.", "differ"),
    ("Velmar residents mourned the murder of Lena Berg.", "agree"),
])
def test_a_place_before_a_title_and_a_name_describes_the_title(tmp_path, text, verdict):
    assert verdicts(tmp_path, DEATH_PLACE, {"a.txt": text})["p"]["a.txt"] == verdict


PEAK = """
facts:
  - id: peak
    claim: The heat peaked on 17 June 2024.
    kind: date
    about: [peaked, climbed]
    value: 2024-06-17
"""


@pytest.mark.parametrize("text, verdict", [
    # the publication's own year frames the story, it states no day of it
    ("Temperatures this year climbed as high as 51.8C.", "silent"),
    # a written year still agrees, and "last year" places the event (here: before the fact's day)
    ("In 2024 temperatures climbed as high as 51.8C.", "agree"),
    ("Temperatures last year climbed as high as 51.8C.", "silent"),  # counted_only
])
def test_this_year_states_no_day(tmp_path, text, verdict):
    files = {"a.txt": text, "sources.yaml": "a.txt:\n  published: '2024-06-25'\n"}
    assert verdicts(tmp_path, PEAK, files)["peak"]["a.txt"] == verdict


PILGRIMS = _number("About 1.8 million pilgrims performed the pilgrimage.", "pilgrims, pilgrimage", 1800000,
                   "pilgrims", "5%")
ABOARD = _number("The ferry carried 350 passengers.", "passengers, carried, aboard", 350, "passengers", "3%")
TOLL = _number("The storm killed 40 people.", "storm", 40, "people")


@pytest.mark.parametrize("record, text, verdict", [
    # a count of those a harm befell is a part of a total the claim names no state of
    (PILGRIMS, "In all, 1,301 pilgrims died during the pilgrimage.", "silent"),
    (ABOARD, "At least 57 passengers were killed when the ferry sank.", "silent"),
    (PILGRIMS, "About 1.8 million pilgrims took part in the pilgrimage.", "agree"),
    # a claim that names a state reads its own state ("killed") as before
    (TOLL, "The storm killed 40 people.", "agree"),
    (TOLL, "The storm left 45 people dead.", "differ"),
])
def test_a_harmed_count_is_a_part_of_a_total(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == verdict


@pytest.mark.parametrize("text, value, unit", [
    # Indian English scales after digits count too, not only money
    ("It said that 1.75 lakh pilgrims went to Mecca.", 175000, "pilgrims"),
    ("Over 2 lakh people were evacuated.", 200000, "people"),
    ("About 3 crore voters took part.", 30000000, "voters"),
])
def test_lakh_and_crore_scale_a_count(text, value, unit):
    from checks.numbers import numbers
    assert [(m.value, m.unit) for m in numbers(text) if m.unit == unit] == [(value, unit)]


COMMISSION = _number("The commission has five members.", "commission, committee members", 5, "members")


@pytest.mark.parametrize("text, verdict", [
    # "N out of M" with no determiner is a part and its whole, as "N of the M" is: the part only loosely
    ("Three out of five committee members approved the filings.", "agree"),
    ("Three of the five committee members approved the filings.", "agree"),
])
def test_a_part_out_of_a_whole_without_a_determiner(tmp_path, text, verdict):
    assert verdicts(tmp_path, COMMISSION, {"a.txt": text})["n"]["a.txt"] == verdict


SEA = """
facts:
  - id: sea
    claim: The water is released into the Pacific Ocean.
    kind: place
    about: [release, released]
    value: [Pacific Ocean, Pacific]
    rivals: [Atlantic Ocean]
"""
AFFECTED = _number("The floods affected 478 towns.", "affected", 478, "towns, municipalities", "2%")


@pytest.mark.parametrize("record, key, text, verdict", [
    # a place followed by a capitalised plural or institution noun starts a longer name: another place or body
    (SEA, "sea", "Pacific Islands are divided over the water release.", "silent"),
    (SEA, "sea", "The Pacific Islands Forum criticised the release.", "silent"),
    (SEA, "sea", "Japan began the release into the Pacific on Thursday.", "agree"),
    # a whole after a hedge ("of the nearly 500 towns") is still the whole of the part before it
    (AFFECTED, "n", "Flooding has affected more than two-thirds of the nearly 500 towns in the state.", "silent"),
    (AFFECTED, "n", "Flooding has affected 470 towns in the state.", "agree"),
])
def test_longer_names_and_hedged_wholes(tmp_path, record, key, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})[key]["a.txt"] == verdict


WAVE = _number("The tsunami's waves reached 15 metres.", "tsunami, waves", 15, "metres, m", "5%")
ADVANCE = _number("The convoy came within 200 km of the capital.", "convoy", 200, "km")


@pytest.mark.parametrize("record, text, verdict", [
    # a length, area, volume or mass before "of" and a lower-case noun measures that noun
    (WAVE, "About 90 kilometers (56 miles) of cable damaged by the tsunami had been replaced.", "silent"),
    (WAVE, "The tsunami left 3 metres of mud in the streets.", "silent"),
    (WAVE, "The tsunami's waves reached 12 metres.", "differ"),
    # a distance of a place, or within a distance, keeps its reference point
    (ADVANCE, "The convoy came within 120 miles of the capital.", "differ"),
    (ADVANCE, "The convoy stopped 200 km of the capital.", "agree"),
])
def test_a_measure_of_another_noun(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == verdict


@pytest.mark.parametrize("text, months", [
    # a rate's "a" counts no single unit ("$1 billion a month", "40 hours a week", "twice a week")
    ("The strike cost the firm a billion dollars a month.", []),
    ("The strike cost $1 billion a month.", []),
    ("Crews worked 40 hours a month.", []),
    ("Workers met twice a month.", []),
    # "a" before a unit after a preposition or verb is still one of it
    ("The strike lasted a month.", [1.0]),
    ("Talks resumed after a month.", [1.0]),
])
def test_a_rates_a_counts_no_unit(text, months):
    from checks.numbers import numbers
    assert [m.value for m in numbers(text) if m.unit == "month"] == months


RATIFIED = _number("Members ratified the deal with 59% of the vote.", "ratified, ratification, accepted", 59,
                   "'%', percent")


@pytest.mark.parametrize("text, verdict", [
    # a percentage after a noun and "of" is that noun's figure, when no term names the noun
    ("The deal includes pay raises of 38% over four years, and ratification bonuses.", "silent"),
    ("The offer price represents a premium of 38% to the stock's close before Musk announced his stake.", "silent"),
    # a generic noun ("a majority of") leaves the figure to its clause
    ("Members accepted the deal with a majority of 59%.", "agree"),
    ("Members accepted the deal with a majority of 52%.", "differ"),
])
def test_a_percentage_of_a_noun_is_that_nouns(tmp_path, text, verdict):
    assert verdicts(tmp_path, RATIFIED, {"a.txt": text})["n"]["a.txt"] == verdict


@pytest.mark.parametrize("record, text, verdict", [
    # review counter-examples (session 19), each once decided wrongly by a new rule
    # a predicate that shares the subject counts for the fact only by the claim's own verb
    (HOMES, "The Aske fire destroyed 5,000 structures, damaged 6,837 structures and threatened more.", "differ"),
    # a share of the claim's whole is the fact's only when its holder is the claim's
    (NOVAK, "Novak won, and blank ballots made up 5% of the votes.", "silent"),
    (NOVAK, "Novak won; Orsk took 44.3% of the valid votes.", "silent"),
    # a claim's rate reads rates over its own period only
    (OUTPUT, "The plant will build 250,000 trucks a month.", "silent"),
    (OUTPUT, "The plant will build 250,000 trucks annually.", "agree"),
    # a distance from the claim's place is the fact's only near a term
    (EPICENTRE, "The epicentre was shallow, and the nearest hospital in the region is 40 km from Orsk.", "silent"),
    # "quarter a million" is no fraction
    (OUTPUT, "Last quarter a million trucks left the plant.", "silent"),
])
def test_review_s19_counter_examples(tmp_path, record, text, verdict):
    key = record.split("id: ")[1].split()[0]
    assert verdicts(tmp_path, record, {"a.txt": text})[key]["a.txt"] == verdict


@pytest.mark.parametrize("record, text, verdict", [
    # "higher than expected" makes no claim an estimate
    (_number("Turnout reached 76%, higher than expected.", "turnout", 76, "'%'"),
     "Pollsters had predicted turnout of 76%.", "silent"),
    # a bare offence leaves the date after it to the act
    (VERDICT_DATE, "Orsk was convicted of murder on 20 April 2021.", "agree"),
    (VERDICT_DATE, "Orsk was found guilty of murder on 20 April 2021.", "agree"),
    # a speech tag set off by commas is no apposition
    (HOLDER, "The board, Novak said, had asked the police for help.", "silent"),
])
def test_review_s19_counter_examples_2(tmp_path, record, text, verdict):
    key = record.split("id: ")[1].split()[0]
    assert verdicts(tmp_path, record, {"a.txt": text})[key]["a.txt"] == verdict


def test_a_possessive_with_no_noun_after_it_is_no_crash(tmp_path):
    assert verdicts(tmp_path, _number("Tesla made 5 cars.", "Tesla", 5, "cars"),
                    {"a.txt": "Tesla made 5 of the firm's."})["n"]["a.txt"] in ("agree", "silent")


CHARGED = _number("WorkSafe charged 13 parties.", "charged, defendants, parties", 13, "parties, defendants")


@pytest.mark.parametrize("record, text, verdict", [
    # a fronted partitive with its own count: the count after its comma is a part of that whole
    (CHARGED, "Of the 13 defendants, six pleaded guilty.", "agree"),
    # (the whole itself is attached only loosely, as before: a possible conflict)
    (CHARGED, "Of the 12 defendants, six pleaded guilty.", "silent"),
    # two small numbers joined by "or" state no number ("one or two people": a few)
    (_number("The crush killed 135 people.", "died, killed", 135, "people"),
     "It wasn't just one or two people who died.", "silent"),
    (_number("Two boats sank.", "sank", 2, "boats"), "Two or three boats sank.", "silent"),
])
def test_a_partitive_whole_and_small_alternatives(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})["n"]["a.txt"] == verdict


THRUSTERS = _number("Five thrusters failed.", "thrusters, failed, went down", 5, "thrusters")


@pytest.mark.parametrize("text, verdict", [
    # a whole after a lower-case possessive ("of the capsule's 28 thrusters") is the whole, as after a name's (28 had
    # differed); since session 34 the part counts the whole's noun: five thrusters went down
    ("Later, five of the capsule's 28 thrusters went down.", "agree"),
    ("Later, four of the capsule's 28 thrusters went down.", "differ"),
])
def test_a_whole_after_a_lower_case_possessive(tmp_path, text, verdict):
    assert verdicts(tmp_path, THRUSTERS, {"a.txt": text})["n"]["a.txt"] == verdict
