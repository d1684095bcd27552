"""Rules of session 48, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import one, one_fresh, record


def _claimed(claim: str, *parts: str) -> str:
    return record(*parts).replace("claim: x", f"claim: {claim}")


# A dimension adjective joined to its measure by a hyphen ("a 10-foot-deep crater") names the dimension measured, as
# one after a space does ("10 feet deep"); measures coordinated before one noun ("a 93-foot-wide, 10-foot-deep
# crater") all measure that noun.
WIDTH = _claimed("The blast left a crater 93 feet wide.", "number", "crater", "93", "feet, foot")
DEPTH = _claimed("The crater is 10 feet deep.", "number", "crater", "10", "feet, foot")


def test_a_hyphened_depth_is_no_width(tmp_path):
    assert one(tmp_path, WIDTH, "The blast left a 10-foot-deep crater in the field.") == ("silent", [])


def test_coordinated_hyphened_measures_all_measure_the_noun_after_them(tmp_path):
    assert one(tmp_path, WIDTH, "The blast left a 93-foot-wide, 10-foot-deep crater.")[0] == "agree"
    assert one(tmp_path, WIDTH, "The blast left a 90-foot-wide, 10-foot-deep crater.")[0] == "differ"
    assert one(tmp_path, DEPTH, "The blast left a 93-foot-wide, 10-foot-deep crater.")[0] == "agree"
    assert one(tmp_path, DEPTH, "The blast left a 93-foot-wide, 12-foot-deep crater.")[0] == "differ"


def test_measures_of_another_noun_stay_that_nouns(tmp_path):
    assert one(tmp_path, WIDTH, "A 90-foot-wide, 10-foot-deep pit opened beside the crater.")[0] == "silent"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=2, max_value=400), st.sampled_from(["deep", "high", "tall", "long"]),
       st.sampled_from(["foot", "metre", "m", "ft"]))
def test_a_hyphened_measure_of_another_dimension_never_decides_a_width(n, adjective, unit):
    fact = _claimed("The crater is 93 feet wide.", "number", "crater", "93", "feet, foot, metres, metre, m, ft")
    assert one_fresh(fact, f"It left a {n}-{unit}-{adjective} crater.")[0] == "silent"


# A term that is a past participle between a whole's number and its noun ("1,500 of the 2,000 evacuated residents")
# says what happened to those the whole counts: the whole is the term's count, the part before it another's.
EVACUATED = _claimed("About 2,000 residents were evacuated.", "number", "evacuated", "2000", "people, residents")


def test_a_participle_before_the_wholes_noun_makes_the_whole_its_count(tmp_path):
    text = "A plan lets 1,500 of the {} evacuated residents return home tomorrow."
    assert one(tmp_path, EVACUATED, text.format("2,000")) == ("agree", ["2000 residents"])
    assert one(tmp_path, EVACUATED, text.format("3,000"))[0] == "differ"


def test_a_participle_after_the_part_still_counts_the_part(tmp_path):
    assert one(tmp_path, EVACUATED, "Police evacuated 2,000 of the 6,000 residents.")[0] == "agree"
    assert one(tmp_path, EVACUATED, "Only 1,500 of the 5,000 residents were evacuated.")[0] == "differ"


# A value in a that-clause of asking whose verb is a bare "be" (the mandative subjunctive: "the request that he be
# sentenced to 24 years") is what was asked for, not what was decided; "would be", "should be" and an order ("the
# judge ordered that he be jailed") are not such a request.
SENTENCE = _claimed("Orsk was sentenced to 11 years in prison.", "number", "sentenced, jailed", "11", "years")


def test_a_mandative_request_is_no_decision(tmp_path):
    assert one(tmp_path, SENTENCE, "The judge refused the prosecution's request that the trader be sentenced to as "
                                   "much as 24 years in prison.") == ("silent", [])
    assert one(tmp_path, SENTENCE, "Prosecutors asked that Orsk be sentenced to 24 years.") == ("silent", [])


def test_an_order_and_a_forecast_are_no_request(tmp_path):
    assert one(tmp_path, SENTENCE, "The judge ordered that Orsk be jailed for 24 years.")[0] == "differ"
    assert one(tmp_path, SENTENCE, "He said that Orsk would be sentenced to 24 years.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(["asked", "urged", "demanded", "request", "recommendation"]), st.integers(2, 40))
def test_any_word_of_asking_makes_its_subjunctive_clause_a_request(word, years):
    verdict, found = one_fresh(SENTENCE, f"The {word} that Orsk be sentenced to {years} years was rejected.")
    assert (verdict, found) == ("silent", [])
