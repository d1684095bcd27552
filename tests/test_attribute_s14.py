"""Rules of session 14, on invented sentences."""

import pytest

from tests.test_attribute import names


@pytest.mark.parametrize("text, expected", [
    # a term opened by a verb of saying is its subject's act, past an auxiliary and a trailing common noun
    ("The Alpha Front group has claimed responsibility for the attack.", [("Alpha Front", True, "name_clause")]),
    ("Alpha Front claimed responsibility for the attack.", [("Alpha Front", True, "name_clause")]),
    # the one who reports what another claimed is still only the source
    ("Orsk said the Alpha Front claimed responsibility.",
     [("Orsk", False, "speaker"), ("Alpha Front", True, "name_clause")]),
])
def test_a_term_opened_by_a_verb_of_saying_is_its_subjects_act(text, expected):
    assert names(text, ["claimed responsibility"], ["Alpha Front", "Orsk"]) == expected


def test_a_speaker_is_still_no_party_to_what_is_said():
    assert names("Orsk said the talks collapsed.", ["talks"], ["Orsk"]) == [("Orsk", False, "speaker")]
