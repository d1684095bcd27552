"""Rules of session 44, on invented sentences: each group pins one rule (the comment above it)."""

from pathlib import Path

from hypothesis import assume, given, settings, strategies as st

import pytest

from .helpers import one, one_fresh, project, record, verdicts

# earlier_year: a number fact whose claim names no year takes its story's time from the dated facts of its file
CRASH = """\
facts:
  - id: crash-date
    claim: The Velmar Air plane crashed on 29 May 2022.
    kind: date
    about: [crashed, crash]
    value: 2022-05-29
  - id: aboard
    claim: Twenty-two people were aboard the Velmar Air plane.
    kind: number
    about: [aboard, on board]
    value: 22
    unit: [people, persons]
"""
DATE_ONLY, NUMBER_ONLY = CRASH.split("  - id: aboard")[0], "facts:\n  - id: aboard" + CRASH.split("  - id: aboard")[1]
TEXT = ("A Velmar Air plane went missing on Sunday with 22 people on board. "
        "A similar plane had gone missing in 2016 with 23 people on board.")
PUBLISHED = {"sources.yaml": "a.txt:\n  published: 2022-05-30\n"}


def test_a_clause_dated_before_the_story_tells_of_an_earlier_time(tmp_path):
    assert verdicts(tmp_path, CRASH, {"a.txt": TEXT, **PUBLISHED})["aboard"]["a.txt"] == "agree"


def test_without_a_dated_fact_beside_it_a_recent_year_may_be_the_story_own(tmp_path):
    # with no dated fact in its file, only a year ten years before publication is history: 2016 may be the story's
    assert verdicts(tmp_path, NUMBER_ONLY, {"a.txt": TEXT, **PUBLISHED})["aboard"]["a.txt"] == "differ"


def test_a_dated_fact_in_another_file_tells_nothing_of_this_one(tmp_path):
    facts_dir, seeds_dir = project(tmp_path, NUMBER_ONLY, {"a.txt": TEXT, **PUBLISHED})
    (facts_dir / "other.yaml").write_text(DATE_ONLY, encoding="utf-8")
    from checks.pipeline import check
    report = check(facts_dir, seeds_dir)
    got = {fr.fact.id: {r.source: r.verdict for r in fr.results} for fr in report.facts}
    assert got["aboard"]["a.txt"] == "differ"


def test_a_clause_of_the_story_time_or_later_still_differs(tmp_path):
    text = "A Velmar Air plane went missing in 2022 with 23 people on board."
    assert verdicts(tmp_path, CRASH, {"a.txt": text, **PUBLISHED})["aboard"]["a.txt"] == "differ"


def test_the_earliest_dated_fact_is_the_story_time(tmp_path):
    # a background date in the file (an earlier crash of 2016) makes 2016 part of the story: its figure conflicts
    facts = CRASH.replace("  - id: aboard", "  - id: first\n    claim: An earlier crash was in 2016.\n"
                          "    kind: date\n    about: [first crash]\n    value: 2016-02-24\n  - id: aboard")
    assert verdicts(tmp_path, facts, {"a.txt": TEXT, **PUBLISHED})["aboard"]["a.txt"] == "differ"


@settings(max_examples=15, deadline=None)
@given(year=st.integers(1950, 2020), count=st.integers(23, 900))  # (2021, the year before the story, is its own)
def test_any_earlier_year_sets_its_figure_aside(year, count):
    import tempfile
    text = (f"A Velmar Air plane went missing on Sunday with 22 people on board. "
            f"In {year}, a plane crashed with {count} people on board.")
    with tempfile.TemporaryDirectory() as d:
        assert verdicts(Path(d), CRASH, {"a.txt": text, **PUBLISHED})["aboard"]["a.txt"] == "agree"


def test_the_story_time_is_part_of_the_cache_key():
    from checks.facts import load_facts
    from checks.shards import make_plan
    import tempfile
    with tempfile.TemporaryDirectory() as d:
        one = Path(d) / "one"
        one.mkdir()
        (one / "f.yaml").write_text(CRASH, encoding="utf-8")
        before = make_plan(tuple(load_facts(one))).keys
        (one / "f.yaml").write_text(CRASH.replace("2022-05-29", "2021-05-29"), encoding="utf-8")
        after = make_plan(tuple(load_facts(one))).keys
    assert before[1] != after[1]  # the number fact's record is unchanged, its story's time is not


def test_explain_names_the_rule_with_the_story_time(tmp_path):
    from checks.explain import explain_lines
    from checks.facts import load_facts
    from checks.index import index_all
    from checks.judge import story_times
    from checks.sources import read_folder
    facts_dir, seeds_dir = project(tmp_path, CRASH, {"a.txt": TEXT, **PUBLISHED})
    facts = load_facts(facts_dir)
    fact = next(f for f in facts if f.id == "aboard")
    lines = explain_lines(fact, index_all(read_folder(seeds_dir).sources),
                          story=story_times(facts).get(fact.file, frozenset()))
    assert any("earlier_year" in line and "2016" in line for line in lines), lines


# dates_apart: a date a week or more from the fact's, beside a sentence placing the fact's date in a month or day without it
ANNOUNCED = record("date", "announced, announcement", "2016-07-25")
APART = [
    ("On July 25, 2016, Velmar announced that it is buying Orsk. "
     "The revised agreement, announced on 21 February 2017, cut the price.", "agree"),
    ("Velmar announced the purchase on 25 July 2016. Orsk's board announced its approval on 2 August 2016.", "agree"),
    ("Velmar announced the purchase in July 2016. Its 2019 sale was announced on 3 May 2019.", "agree"),
    # the conflicting date alone, or beside a year only, still differs
    ("The revised agreement, announced on 21 February 2017, cut the price.", "differ"),
    ("Velmar made the announcement in 2016. The revised agreement, announced on 21 February 2017, cut it.", "differ"),
    # the same statement made again with another year is a contradiction
    ("Velmar announced the deal on 25 July 2016. Velmar announced the deal on 25 July 2017.", "differ"),
    # a near date is how a misreport looks
    ("Velmar announced the deal on 25 July 2016. The announcement came on 26 July 2016, Orsk said.", "differ"),
    # a month that holds the conflicting day does not contrast with it
    ("Velmar announced the deal in July 2016. The announcement came on 29 July 2016, Orsk said.", "differ"),
    # review 1: the fact's day in another year or month is how a slip looks; a sentence opening with the fact's event
    ("Velmar announced the deal in July 2016. Orsk shares rose after it was announced on 25 July 2015.", "differ"),
    ("Velmar announced the deal in July 2016. Orsk shares rose after it was announced on 25 August 2016.", "differ"),
    # review 2: a later step of the fact's event, its subject a term ("The deal"), is another event's date
    ("Velmar announced in July 2016 that it would buy Orsk. The deal closed on 28 November 2017.", "agree"),
    ("On July 25, 2016, Velmar announced that it is buying Orsk. A new deal was announced on 13 January 2017.",
     "agree"),
]


@pytest.mark.parametrize("text, verdict", APART)
def test_a_date_a_week_from_the_fact_beside_its_month_is_another_event(tmp_path, text, verdict):
    assert one(tmp_path, ANNOUNCED, text)[0] == verdict


@settings(max_examples=20, deadline=None)
@given(days=st.integers(7, 20 * 365), later=st.booleans())
def test_any_date_a_week_away_is_a_possible_conflict(days, later):
    from datetime import date, timedelta
    other = date(2016, 7, 25) + timedelta(days=days if later else -days)
    assume(other.day != 25)  # the fact's day of the month in another month or year is a slip: it differs (below)
    text = (f"On July 25, 2016, Velmar announced that it is buying Orsk. "
            f"A revised agreement was announced on {other.day} {other.strftime('%B')} {other.year}.")
    assert one_fresh(ANNOUNCED, text)[0] == "agree"


@settings(max_examples=20, deadline=None)
@given(shift=st.one_of(st.integers(-5, 5).filter(bool).map(lambda y: (y, 7)),
                       st.integers(1, 12).filter(lambda m: m != 7).map(lambda m: (0, m))))
def test_the_fact_day_in_another_month_or_year_is_a_slip(shift):
    years, month = shift
    from datetime import date
    other = date(2016 + years, month, 25)
    text = ("Velmar announced the deal in July 2016. "
            f"Orsk shares rose after it was announced on {other.day} {other.strftime('%B')} {other.year}.")
    assert one_fresh(ANNOUNCED, text)[0] == "differ"


def test_explain_names_dates_apart(tmp_path):
    from checks.explain import explain_lines
    from checks.facts import load_facts
    from checks.index import index_all
    from checks.sources import read_folder
    facts_dir, seeds_dir = project(tmp_path, "facts:\n" + ANNOUNCED.replace("\n- ", "\n  - ").replace("\n  ", "\n    ")
                                   .replace("\n    - id", "\n  - id"), {"a.txt": APART[0][0]})
    lines = explain_lines(load_facts(facts_dir)[0], index_all(read_folder(seeds_dir).sources))
    assert any("dates_apart" in line for line in lines), lines


# earlier_year attaches loosely; a rule that sets the value aside outright as another deal's still does
DEAL = """\
facts:
  - id: announced
    claim: Velmar announced on 3 December 2017 that it would buy Orsk.
    kind: date
    about: [announced]
    value: 2017-12-03
  - id: price
    claim: Velmar agreed to buy Orsk for $69 billion.
    kind: number
    about: [buy, deal, transaction]
    value: 69000000000
    unit: [dollars]
"""


def test_another_deal_set_aside_outweighs_the_loose_earlier_year(tmp_path):
    text = ("Velmar announced that it would buy Orsk for about $69 billion. "
            "The overall cost of the transaction rises to $77 billion with the assumption of Orsk's debt. "
            "The deal is the largest ever, a spot previously occupied by Aske's buyout of Brenna for $29 billion in "
            "2012.")
    assert verdicts(tmp_path, DEAL, {"a.txt": text})["price"]["a.txt"] == "agree"


# a count's value at least its unit's scale is written in ones: "million votes" is a way of writing it
VOTES = """
- id: f
  claim: x
  kind: number
  about: [votes, won]
  value: 30113483
  unit: [votes, million votes]
  tolerance: "0.5%"
"""


@pytest.mark.parametrize("text, verdict", [
    ("He won 30,113,483 votes.", "agree"),
    ("He won 30,047,700 votes.", "agree"),
    ("He won 30.1 million votes.", "agree"),
    ("He won 29 million votes.", "differ"),
    ("He won 29,000,000 votes.", "differ"),
])
def test_a_value_in_ones_beside_a_scaled_unit(tmp_path, text, verdict):
    assert one(tmp_path, VOTES, text)[0] == verdict


@pytest.mark.parametrize("text", ["It affected 8.5 million Windows devices.", "It affected 8,500,000 devices."])
def test_a_value_below_its_scale_is_still_in_that_scale(tmp_path, text):
    assert one(tmp_path, record("number", "devices, affected", "8.5", "million, million devices"), text)[0] == "agree"


@settings(max_examples=25, deadline=None)
@given(count=st.integers(1_000_000, 900_000_000))
def test_a_count_in_ones_agrees_with_itself_whatever_its_scaled_unit(count):
    rec = VOTES.replace("30113483", str(count))
    assert one_fresh(rec, f"He won {count:,} votes.")[0] == "agree"


# the story's time leaves the year before it to the story: results reported the next year
RESULTS = """\
facts:
  - id: results-date
    claim: Velmar reported its annual results on 20 February 2024.
    kind: date
    about: [reported, results]
    value: 2024-02-20
  - id: revenue
    claim: Velmar's annual revenue was $11.2 billion.
    kind: number
    about: [revenue]
    value: 11200000000
    unit: [dollars]
    tolerance: 1%
"""


@pytest.mark.parametrize("text", [
    "Velmar reported its annual results on Tuesday. Last year, revenue rose 8 percent to $12.2 billion.",
    "Velmar reported its results on Tuesday. In 2023, revenue rose 8 percent to $12.2 billion.",
])
def test_a_figure_of_the_year_before_the_story_is_its_own(tmp_path, text):
    got = verdicts(tmp_path, RESULTS, {"a.txt": text, "sources.yaml": "a.txt:\n  published: 2024-02-21\n"})
    assert got["revenue"]["a.txt"] == "differ"


def test_two_years_before_the_story_is_an_earlier_time(tmp_path):
    text = "Velmar reported its annual results on Tuesday. In 2022, revenue rose 8 percent to $12.2 billion."
    got = verdicts(tmp_path, RESULTS, {"a.txt": text, "sources.yaml": "a.txt:\n  published: 2024-02-21\n"})
    assert got["revenue"]["a.txt"] == "silent"


# change_and_level: the level a change starts from may stand after "the"
@pytest.mark.parametrize("text, verdict", [
    ("Velmar will hold about 43 percent of the group, up from the 42 percent that it would have held.", "agree"),
    ("Velmar will hold about 44 percent of the group, up from the 43 percent that it would have held.", "differ"),
    ("Velmar held the 42 percent stake.", "differ"),
    ("Velmar's stake is 43 percent, down from the 45-percent share it held.", "agree"),
])
def test_the_level_before_a_change_after_the(tmp_path, text, verdict):
    # (review 3: "down from the 80-seat majority" is a level, whatever the hyphen)
    assert one(tmp_path, record("number", "hold, stake", "43", "percent"), text)[0] == verdict


# earlier_year for names: a place in a clause dated before the story's time is that time's
MINE = """\
facts:
  - id: blast-date
    claim: The mine blast was on 14 October 2022.
    kind: date
    about: [blast]
    value: 2022-10-14
  - id: town
    claim: The blast hit a mine in the town of Amasra.
    kind: place
    about: [town, mine]
    value: [Amasra]
    rivals: [Soma]
"""


@pytest.mark.parametrize("text, verdict", [
    ("The blast hit the mine in the town of Amasra. In Turkey's worst mine disaster, 301 people died in 2014 in a "
     "fire inside a coal mine in the town of Soma.", "agree"),
    ("In 2014, 301 people died in a mine in the town of Soma.", "silent"),
    ("The blast hit the mine in the town of Soma.", "differ"),
    ("In 2022, the blast hit the mine in the town of Soma.", "differ"),
])
def test_a_place_of_an_earlier_time(tmp_path, text, verdict):
    got = verdicts(tmp_path, MINE, {"a.txt": text, "sources.yaml": "a.txt:\n  published: 2022-10-15\n"})
    assert got["town"]["a.txt"] == verdict


# added_amount: the adding word as a term of the fact makes the addition the fact's own figure
@pytest.mark.parametrize("about, text, verdict", [
    ("extra, additional, fees", "Jones was ordered to pay an extra $473 million on Thursday.", "agree"),
    # review 3: loosely, as the addition may be another one ("A Texas jury ordered him to pay an additional ...")
    ("extra, additional, fees", "Jones was ordered to pay an extra $470 million on Thursday.", "silent"),
    ("extra, additional, fees", "Jones must pay an additional $473 million. A Texas jury ordered him to pay an "
     "additional $45.2 million.", "agree"),
    ("fees, ordered", "Jones was ordered to pay an extra $470 million in fees.", "silent"),
    ("fees, ordered", "Jones was ordered to pay an additional $470 million on Thursday.", "silent"),
])
def test_an_addition_named_by_the_fact(tmp_path, about, text, verdict):
    assert one(tmp_path, record("number", about, "473000000", "dollars"), text)[0] == verdict


# a count with its noun left out: the subject of the fact's verb past a preposition ("following"), or a progressive
# verb's object that is a term
@pytest.mark.parametrize("rec, text, verdict", [
    (record("number", "rescued, survived", "58", "miners, workers, people"),
     "Officials said 28 miners were wounded and 58 survived following the blast.", "agree"),
    (record("number", "rescued, survived", "58", "miners, workers, people"),
     "Officials said 28 miners were wounded and 57 survived following the blast.", "differ"),
    (record("number", "medical treatment, in hospitals", "640", "people, patients"),
     "Around 640 are receiving medical treatment in hospitals.", "agree"),
    # review 3: a part of the dead after "before" is no count of them all
    (record("number", "died, killed", "30", "people"), "Five died before reaching hospital.", "silent"),
    (record("number", "medical treatment, in hospitals", "640", "people, patients"),
     "Around 600 are receiving medical treatment in hospitals.", "differ"),
    # a count and a state after "another" counts people, no other instance of a measured thing
    (record("number", "missing", "32", "people, persons, missing"),
     "Officially, 52 deaths were directly attributed to the storm, with another 32 missing.", "agree"),
    (record("number", "magnitude, quake", "7.8", "magnitude"),
     "Another 6.3-magnitude quake struck hours later. The first quake had a magnitude of 7.8.", "agree"),
])
def test_counts_with_their_noun_left_out(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


# temporal_relation: a date's own comma does not end the relation phrase
@pytest.mark.parametrize("text, verdict", [
    ("After a flawless launch on April 14, 2023 from Kourou, the spacecraft entered commissioning.", "agree"),
    ("After a flawless launch on April 14, 2023 from Baikonur, the spacecraft entered commissioning.", "differ"),
    ("After a flawless launch on April 14, 2023, the craft left Baikonur.", "silent"),
    ("Before the launch on April 14, 2023 the rocket was assembled in Baikonur.", "silent"),
])
def test_a_date_comma_inside_an_after_phrase(tmp_path, text, verdict):
    # (review 3: with no comma after the year, the phrase still ends at the date's comma when a clause follows)
    assert one(tmp_path, record("place", "launch, launched", "[Kourou]", rivals="Baikonur"), text)[0] == verdict


# review 2: a number describing its noun after "from the" is no earlier level; a list of scaled units only keeps its
# scale; a name's earlier time is never the claim's year (a time to come)
def test_a_number_describing_its_noun_after_from_the(tmp_path):
    assert one(tmp_path, record("number", "storey, tower", "24", "storey, stories"),
               "He jumped from the 24-storey tower.")[0] == "agree"


@pytest.mark.parametrize("text", ["The harvest reached 1.5 million tonnes.", "The harvest reached 1,500,000 tonnes."])
def test_a_value_in_scaled_units_only_keeps_its_scale(tmp_path, text):
    assert one(tmp_path, record("number", "tonnes, harvest", "1500", "thousand tonnes"), text)[0] == "agree"


NAME_2029 = """\
facts:
  - id: name
    claim: Otilio replaces Otis and will first be used in 2029.
    kind: party
    about: [replace, replaced, replacement]
    value: [Otilio]
    rivals: [Debora]
"""


def test_a_claim_year_to_come_makes_no_earlier_time_for_names(tmp_path):
    text = "In 2024, the WMO retired the name Otis and replaced it with Debora."
    assert verdicts(tmp_path, NAME_2029, {"a.txt": text, "sources.yaml": "a.txt:\n  published: 2024-03-20\n"}) \
        ["name"]["a.txt"] == "differ"


# part_of_whole: a whole after "of his/its" is what a term in its noun counts, not a term that is the verb after it
@pytest.mark.parametrize("rec, text, verdict", [
    (record("number", "conceded", "3", "rivals"), "Two of his three rivals conceded the night of the election.", "differ"),
    (record("number", "conceded", "3", "rivals"), "All three of his rivals conceded.", "agree"),
    (record("number", "conceded", "2", "rivals"), "Two of his three rivals conceded on election night.", "agree"),
    (record("number", "passes, planned", "24", "passes"),
     "The probe has now made three of its 24 planned passes through the corona.", "agree"),
])
def test_a_whole_counted_by_its_noun_not_the_verb_after_it(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


# review 4: describing words before the whole's noun are no verb; a participle describing the noun before a finite
# verb is none; movement "down from" is no level; a date's phrase goes on after "atop"; "since" after the verb
@pytest.mark.parametrize("rec, text, verdict", [
    (record("number", "destroyers", "12", "destroyers"), "Two of its 12 guided-missile destroyers were damaged.",
     "agree"),
    (record("number", "substations", "89", "substations"), "Crews restored 85 of its 89 damaged and flooded "
     "substations.", "agree"),
    (record("number", "jets, grounded", "24", "jets"), "Ten of its 24 jets grounded after the crash are back in the "
     "air.", "agree"),
    (record("number", "storey, tower", "24", "storey, stories"), "He climbed down from the 24-storey tower.", "agree"),
    (record("place", "launch, launched", "[Kourou]", rivals="Baikonur"),
     "Following its launch on April 14, 2023 atop an Ariane 5 from Kourou, the craft entered commissioning.",
     "agree"),
    # review 5: "since" or "before" and a clause may count a part ("Five died before firefighters arrived"): silent
    (record("number", "died, killed", "30", "people"), "Thirty died since the storm began.", "silent"),
    (record("number", "died, killed", "5", "people"), "The fire killed 30 people. Five died before firefighters "
     "arrived.", "differ"),
    # review 5: a last word is no hyphen's; a finite verb after a comma is another clause's
    (record("number", "killed", "3", "children"), "Two of their three children were killed.", "differ"),
    (record("number", "died", "4", "children"), "Three of their four children died in the fire, police have said.",
     "differ"),
    (record("number", "majority", "80", "seat, seats"), "Labour's majority fell to 60 seats, well down from the 80-seat "
     "majority.", "differ"),
])
def test_review_four_counter_examples(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


@settings(max_examples=30, deadline=None)
@given(part=st.integers(1, 9), whole=st.integers(10, 40), noun=st.sampled_from(["engines", "reactors", "jets"]),
       verb=st.sampled_from(["failed", "were damaged", "were grounded", "are running", "conceded"]),
       tail=st.sampled_from(["", " on Monday", ", officials said", " - and more"]))
def test_a_partitive_ending_anywhere_is_read_without_error(part, whole, noun, verb, tail):
    # review 5: a verb as the sentence's last word made the report stop with a traceback
    text = f"{part} of its {whole} {noun} {verb}{tail}."
    got = one_fresh(record("number", verb.split()[-1], str(whole), noun), text)[0]
    assert got in ("agree", "differ", "silent")


# review 6: the verb after an auxiliary is its clause's own; a clause opener ends the search for a later finite verb;
# a verb of movement may have its object before "down from"
@pytest.mark.parametrize("rec, text, verdict", [
    (record("number", "killed", "40", "passengers"), "Five of its 40 passengers were killed and the rest were injured.",
     "differ"),
    (record("number", "died", "4", "children"), "Three of their four children died when the house was hit by a shell.",
     "differ"),
    (record("number", "conceded", "3", "rivals"), "Two of his three rivals conceded that he had won.", "differ"),
    (record("number", "storey, tower", "24", "storey, stories"),
     "Firefighters brought the residents down from the 24-storey tower.", "agree"),
    (record("number", "majority", "80", "seat, seats"), "The majority was whittled down from the 80-seat majority to "
     "60.", "silent"),
    # review 7: "to" and a new level after it makes it a change, whatever the verb
    (record("number", "sentence, years", "10", "years, year"), "The appeal court brought his sentence down from the "
     "10-year sentence imposed in 2022 to six years.", "differ"),
    (record("number", "storey, tower", "24", "storey, stories"),
     "Firefighters brought the residents down from the 20-storey tower.", "differ"),
])
def test_review_six_counter_examples(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict
