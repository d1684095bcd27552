"""Rules of session 53, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from .helpers import verdicts


def _number(fid: str, about: str, value: str, unit: str, claim: str = "x") -> str:
    return (f"  - id: {fid}\n    claim: {claim}\n    kind: number\n    about: [{about}]\n    value: {value}\n"
            f"    unit: [{unit}]\n    tolerance: 0\n")


def _place(fid: str, about: str, value: str, rivals: str = "") -> str:
    extra = f"    rivals: [{rivals}]\n" if rivals else ""
    return f"  - id: {fid}\n    claim: x\n    kind: place\n    about: [{about}]\n    value: [{value}]\n{extra}"


def _one(tmp_path, record: str, text: str, published: str = "") -> str:
    sources = {"a.txt": text}
    if published:
        sources["sources.yaml"] = f"a.txt:\n  published: {published}\n"
    got = verdicts(tmp_path, "facts:\n" + record, sources)
    return next(iter(got.values()))["a.txt"]


# A unit before its number: past the number's hedge ("a magnitude of up to 7.0") and past a noun naming the unit's
# figure ("a magnitude rating of 7.0", READING_NOUNS); not across a mark before the hedge ("all crew, nearly 400").
MAGNITUDE = _number("mag", "quake", "7.0", "magnitude")
CREW = _number("crew", "escaped", "379", "passengers and crew, occupants")


@given(hedge=st.sampled_from(["up to ", "about ", "nearly ", "around ", ""]),
       reading=st.sampled_from(["", "rating ", "reading "]))
@settings(max_examples=30, deadline=None)
def test_a_unit_before_a_hedge_or_a_reading_noun_counts_the_number(tmp_path_factory, hedge, reading):
    tmp = tmp_path_factory.mktemp("unit")
    got = _one(tmp, MAGNITUDE, f"The quake struck with a magnitude {reading}of {hedge}6.1, the survey said.")
    assert got == "differ"


def test_a_unit_before_the_hedge_agrees_with_its_value(tmp_path):
    assert _one(tmp_path, MAGNITUDE, "The quake was given a preliminary magnitude rating of 7.0 by the survey.") \
        == "agree"


def test_a_comma_before_the_hedge_still_cuts_the_unit_off(tmp_path):
    text = "Remarkably, all passengers and crew, nearly 400 in total, escaped unharmed."
    assert _one(tmp_path, CREW, text) == "silent"


# A comparative and "than" before a definite count ("far more than the 1.94 inches that fell in August") names the
# amount compared with, no bound: the count is the reference's.
RAIN = _number("rain", "Orsk Park, an hour", "3.15", "inches")


def test_a_definite_count_after_than_is_the_reference(tmp_path):
    text = "That is far more than the 1.94 inches that drenched Orsk Park for an hour on the night of Aug. 21."
    assert _one(tmp_path, RAIN, text) == "silent"


def test_a_count_after_than_without_a_determiner_is_still_a_bound_or_a_value(tmp_path):
    assert _one(tmp_path, RAIN, "Orsk Park got more than 1.94 inches in an hour.") == "silent"
    assert _one(tmp_path, RAIN, "Orsk Park got 1.94 inches in an hour.") == "differ"


# counterfactual: a value in the rest of the clause of "would/could/might have" and a participle ("would have needed
# winds of 156 mph to be upgraded") is what did not happen: a matching one agrees, another is a possible conflict.
WINDS = _number("winds", "Orsk, winds", "150", "mph")


@given(modal=st.sampled_from(["would", "could", "might"]),
       verb=st.sampled_from(["needed", "required", "reached", "shown"]))
@settings(max_examples=20, deadline=None)
def test_a_value_after_a_modal_perfect_is_no_conflict(tmp_path_factory, modal, verb):
    tmp = tmp_path_factory.mktemp("unreal")
    text = f"Orsk {modal} have {verb} sustained winds of 156 mph to be upgraded."
    assert _one(tmp, WINDS, text) == "silent"


def test_the_same_value_without_the_modal_differs(tmp_path):
    assert _one(tmp_path, WINDS, "Orsk reached sustained winds of 156 mph before it was upgraded.") == "differ"


def test_a_value_after_the_modal_clause_ends_is_the_sentences_own(tmp_path):
    text = "Forecasters said Orsk would have weakened by then; its sustained winds of 156 mph were recorded at dawn."
    assert _one(tmp_path, WINDS, text) == "differ"


# named_holder: a name in another noun's of-phrase ("the party of Chancellor Ana Lind took 16.4%") is no subject
# holding the figure; the noun before "of" is.
SHARE = _number("share", "Social Democrats, SDP", "16.4", '"%"', claim="The Social Democrats took 16.4% of the vote.")


def test_a_name_in_an_of_phrase_does_not_hold_the_figure(tmp_path):
    text = "The Greens won 20.8% and the Social Democrats (SDP) of outgoing Chancellor Ana Lind took 16.4% of the vote."
    assert _one(tmp_path, SHARE, text) == "agree"


def test_a_name_that_is_the_subject_still_holds_its_figure(tmp_path):
    text = "The Social Democrats won 20.8% and Ana Lind took 16.4% of the vote."
    assert _one(tmp_path, SHARE, text) == "differ"


# own_name: a term that is a preposition and the place ("from Orsk", "in Velmar") is no name holding the place; the
# place in it is said where, as the editor wrote the term.
DEPARTURE = _place("dep", "departed, flight from, from Orsk, from Velmar", "Orsk", "Velmar")


@given(route=st.sampled_from(["bound for Tindra from Orsk", "from Orsk to Tindra", "en route to Tindra from Orsk"]))
@settings(max_examples=10, deadline=None)
def test_a_place_inside_a_prepositional_term_is_stated(tmp_path_factory, route):
    tmp = tmp_path_factory.mktemp("route")
    assert _one(tmp, DEPARTURE, f"All 66 people aboard the jet {route} were killed.") == "agree"


def test_the_rival_inside_a_prepositional_term_differs(tmp_path):
    assert _one(tmp_path, DEPARTURE, "All 66 people aboard the jet from Velmar to Tindra were killed.") == "differ"


def test_a_place_inside_a_name_term_is_still_the_name(tmp_path):
    record = _place("hq", "Orsk Airlines", "Velmar", "Orsk")
    assert _one(tmp_path, record, "Orsk Airlines said it would cut 40 jobs.") == "silent"


# amount_for: in a list of counts each followed by "for" and what it is for, a count goes with its own for-phrase;
# one whose phrase holds no term, when another's does, is that other thing's.
AID = _number("aid", "flattened, financial assistance", "50000000", "rupiah, Rp")
LISTED = ("Orsk has paid financial assistance to help villagers rebuild, amounting to Rp 50 million for a "
          "flattened home, Rp 25 million for a damaged home, and Rp 10 million for repairs.")


def test_each_count_goes_with_its_own_for_phrase(tmp_path):
    assert _one(tmp_path, AID, LISTED) == "agree"


def test_the_terms_own_count_still_differs(tmp_path):
    assert _one(tmp_path, AID, LISTED.replace("Rp 50 million", "Rp 45 million")) == "differ"


def test_a_single_count_for_something_else_is_left_to_the_clause(tmp_path):
    assert _one(tmp_path, AID, "Orsk paid financial assistance of Rp 25 million for repairs.") == "differ"
