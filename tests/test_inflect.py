"""An about-term's other verb forms (checks/inflect.py): "crash" in the record, "crashed" in the source, where the
claim writes the word as a verb."""

import subprocess
import sys

from hypothesis import assume, given, settings, strategies as st

from checks.inflect import verb_terms, word_forms
from checks.lang.grammar import IRREGULAR_PAST, IRREGULAR_VERBS

from .helpers import one, record, write


def test_a_base_gives_its_past_participle_third_person_and_ing_forms():
    assert {"crashed", "crashes", "crashing"} <= word_forms("crash")
    assert {"collapsed", "collapses", "collapsing"} <= word_forms("collapse")
    assert {"stopped", "stopping"} <= word_forms("stop")
    assert {"buried", "buries", "burying"} <= word_forms("bury")
    assert {"died", "dies", "dying"} <= word_forms("die")


def test_irregular_verbs_come_from_the_table_both_ways():
    assert {"struck", "stricken", "striking"} <= word_forms("strike")
    assert {"take", "taken", "taking"} <= word_forms("took")
    assert "sank" in word_forms("sinking")


def test_a_past_gives_its_base_and_an_ing_form_only_its_past():
    assert {"crash", "crashing"} <= word_forms("crashed")
    assert {"die", "dying"} <= word_forms("died")
    assert word_forms("landing") == {"landed"}  # "land" may be another thing: the noun's event is "landed"


def test_plurals_short_words_function_words_and_names_have_no_forms():
    for word in ("crashes", "at", "the", "Boeing", "9525"):
        assert word_forms(word) == frozenset(), word


@settings(max_examples=60)
@given(st.text(alphabet="bcdfgklmnprstvw", min_size=1, max_size=3), st.sampled_from(["ash", "ound", "ect", "ilt"]))
def test_a_regular_past_and_its_base_give_each_other(stem, ending):
    base = stem + ending
    assume(base not in IRREGULAR_VERBS and base not in IRREGULAR_PAST)  # ("built" is the past of "build")
    assert base + "ed" in word_forms(base)
    assert base in word_forms(base + "ed")
    assert base + "ing" in word_forms(base)


@settings(max_examples=60)
@given(st.text(alphabet="bcdfgklmnprstvw", min_size=1, max_size=3), st.sampled_from(["apse", "ade", "ure"]))
def test_a_final_e_is_dropped_before_ing_and_found_again_from_the_past(stem, ending):
    base = stem + ending
    assume(base not in IRREGULAR_VERBS and base not in IRREGULAR_PAST)  # ("made" is the past of "make")
    assert base + "d" in word_forms(base) and base[:-1] + "ing" in word_forms(base)
    assert base in word_forms(base + "d")


def test_the_claim_decides_which_terms_are_verbs():
    forms = verb_terms(("collapse", "fire", "take off", "Champlain Towers"),
                       "The tower collapsed after the fire, a day after the crew took off.")
    assert {"collapsed", "collapsing"} <= forms["collapse"]
    assert "took off" in forms["take off"]
    assert "fire" not in forms and "Champlain Towers" not in forms  # "fire" is not "fired"; names keep their form
    assert verb_terms(("collapse",), "The collapse killed 98 people.") == {}


COLLAPSE = record("date", "collapse", "2021-06-24").replace("claim: x", "claim: The tower collapsed on 24 June 2021.")


def test_a_term_matches_its_verb_form_when_the_claim_writes_it(tmp_path):
    assert one(tmp_path, COLLAPSE, "The tower collapsed on 23 June 2021, officials said.")[0] == "differ"
    assert one(tmp_path, COLLAPSE, "The tower partially collapsed on 24 June 2021.")[0] == "agree"


def test_a_noun_term_does_not_match_a_verb_the_claim_never_writes(tmp_path):
    fire = record("date", "fire", "2019-04-15").replace("claim: x", "claim: A fire broke out on 15 April 2019.")
    assert one(tmp_path, fire, "The priest was fired on 3 May 2019.")[0] == "silent"
    assert one(tmp_path, fire, "The fire on 16 April 2019 gutted the roof.")[0] == "differ"


def test_lint_does_not_call_a_term_unmatched_when_a_source_has_its_verb_form(tmp_path):
    write(tmp_path / "facts" / "f.yaml", "facts:\n  - id: tower\n    claim: The tower collapsed on 24 June 2021.\n"
          "    kind: date\n    about: [collapse]\n    value: 2021-06-24\n")
    write(tmp_path / "seeds" / "a.txt", "The tower collapsed on 24 June 2021.\n")
    proc = subprocess.run([sys.executable, "-m", "checks", "lint"], cwd=tmp_path, capture_output=True, text=True)
    assert "about-unmatched" not in proc.stdout, proc.stdout
    assert proc.returncode == 0
