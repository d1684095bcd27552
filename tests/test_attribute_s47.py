"""Rules of session 47, on invented sentences: each group pins one rule (the comment above it)."""

from hypothesis import given, settings, strategies as st

from checks.numbers import ordinals

from .helpers import one, one_fresh, record

_ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh"]


def _claimed(claim: str, *parts: str) -> str:
    return record(*parts).replace("claim: x", f"claim: {claim}")


# A rank on a scale written after its word ("won stage 5", "Stage five") names one of the things a fact counting
# them counts: no count of them (a fact in the scale's word alone still reads it: "Category 4").
STAGES = _claimed("Orsk won his 12th Velmar Tour stage.", "number", "Orsk", "12", "stage, stages, stage wins")


def test_a_ranked_stage_is_no_count_of_stages(tmp_path):
    assert one(tmp_path, STAGES, "Orsk won stage 5 of the Velmar Tour in a sprint.") == ("silent", [])
    assert one(tmp_path, STAGES, "Orsk won Stage five in Aske.") == ("silent", [])


def test_a_count_of_stages_still_counts(tmp_path):
    assert one(tmp_path, STAGES, "Orsk has won 12 stages of the Velmar Tour.")[0] == "agree"
    assert one(tmp_path, STAGES, "Orsk has won 11 stages of the Velmar Tour.")[0] == "differ"


def test_a_fact_in_the_scale_word_alone_reads_its_rank(tmp_path):
    storm = record("number", "landfall", "4", "category")
    assert one(tmp_path, storm, "Velmar made landfall as a Category 4 hurricane.")[0] == "agree"
    assert one(tmp_path, storm, "Velmar made landfall as a Category 3 hurricane.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=1, max_value=21), st.sampled_from(["stage", "Stage", "leg", "phase"]))
def test_any_ranked_scale_word_before_a_number_counts_none_of_its_kind(n, word):
    fact = _claimed("Orsk won 40 stages.", "number", "Orsk", "40", "stages, phases")
    verdict, found = one_fresh(fact, f"Orsk won {word} {n} in Aske.")
    assert verdict == "silent" if word.lower() in ("stage", "phase") else verdict in ("silent", "differ")
    assert word.lower() not in ("stage", "phase") or found == []


# An ordinal's ranked phrase runs through a name with a particle inside it ("Tour de France") and past a noun
# modifying the name ("his 35th career Velmar Cup title"): it ranks the noun heading them.
def test_the_ranked_phrase_runs_through_a_particle_inside_a_name():
    assert [(m.text, m.unit) for m in ordinals("He won his 35th Tour de Velmar stage.")] == [
        ("35th", "Tour de Velmar stage")]


def test_the_ranked_phrase_runs_past_a_noun_modifying_a_name():
    assert [(m.text, m.unit) for m in ordinals("a record 35th career Velmar Cup title")] == [
        ("35th", "career Velmar Cup title")]


def test_a_name_with_no_noun_after_it_leaves_the_first_noun_ranked():
    assert [m.unit for m in ordinals("the second time Orsk won")] == ["time"]
    assert [m.unit for m in ordinals("the first woman Orsk named")] == ["woman"]
    assert [m.unit for m in ordinals("the first woman Prime Minister")] == ["woman"]


def test_a_ranked_stage_through_a_named_race_states_the_count(tmp_path):
    assert one(tmp_path, STAGES, "Orsk won his 12th career Tour de Velmar stage on Friday.")[0] == "agree"
    assert one(tmp_path, STAGES, "Orsk won his 13th Tour de Velmar stage on Friday.")[0] == "differ"


@settings(max_examples=25, deadline=None)
@given(st.sampled_from(_ORDINAL_WORDS), st.sampled_from(["de", "du", "van", "von", "al"]))
def test_any_name_particle_keeps_the_ranked_phrase_whole(ordinal, particle):
    [m] = ordinals(f"his {ordinal} Tour {particle} Aske title")
    assert m.unit == f"Tour {particle} Aske title"
