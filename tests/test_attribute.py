"""Attribution rules, one by one, on invented sentences: which rule decides, and whether the value is attached.

The rules are tried in order (VALUE_RULES for dates and numbers, NAME_RULES for names); the first that
decides wins and names itself in the Decision.
"""

from datetime import date

import pytest

from checks.dates.forms import dates
from checks.numbers import numbers
from checks.attribute import NAME_RULES, VALUE_RULES, analyse, attach_name, attach_value
from checks.match import compile_terms, find
from checks.model import Mention, Period, Sentence
from checks.words import words


def _read(text: str, about: list[str]):
    an = analyse(Sentence(text, 0, 1, 0), words(text))
    hits = find(an.words, text, compile_terms(about))
    assert hits, "an about-term must be in the sentence (as in every relevant sentence)"
    return an, hits


def values(text: str, about: list[str], kind: str) -> list[tuple[str, bool, str]]:
    """(value as written, attached, deciding rule) for each date or number in the sentence."""
    an, hits = _read(text, about)
    found = list(dates(text))
    if kind == "number":
        found = list(numbers(text, [(d.start, d.end) for d in found]))
    return [(m.text, d.attached, d.rule) for m in found for d in [attach_value(an, m, hits)]]


def names(text: str, about: list[str], named: list[str]) -> list[tuple[str, bool, str]]:
    """(name, attached, deciding rule) for each value or rival name in the sentence."""
    an, hits = _read(text, about)
    return [(h.term.text, d.attached, d.rule)
            for h in find(an.words, text, compile_terms(named)) for d in [attach_name(an, h, hits)]]


def test_rules_are_named_and_ordered_binding_first_clause_last():
    assert [r.__name__ for r in VALUE_RULES] == [
        "measured_quality", "hyphenated_modifier", "counts_of", "date_with_place", "possessive_date",
        "date_modifier", "date_of", "number_in_apposition", "restated_amount", "value_clause"]
    assert [r.__name__ for r in NAME_RULES] == [
        "own_name", "title_before_name", "demonym", "title_in_apposition", "title_of_name", "name_clause"]


# ------------------------------------------------------------------ dates and numbers

@pytest.mark.parametrize("text, about, expected", [
    ("The wreck lay 300 metres below the surface.", ["surface"], [("300", True, "measured_quality")]),
    ("The bridge is 300 metres long.", ["bridge"], [("300", False, "measured_quality")]),
])
def test_measured_quality(text, about, expected):
    assert values(text, about, "number") == expected


@pytest.mark.parametrize("text, about, expected", [
    ("The 12-day festival closed the bridge.", ["festival"], [("12", True, "hyphenated_modifier")]),
    ("The 12-day strike closed the bridge.", ["bridge"], [("12", False, "hyphenated_modifier")]),
])
def test_hyphenated_modifier(text, about, expected):
    assert values(text, about, "number") == expected


def test_counts_of():
    assert values("The storm brought 300 millimetres of rainfall.", ["rainfall"], "number") == [
        ("300", True, "counts_of")]


def test_date_with_place():
    text = "The regatta took place on 4 June 2019, in Oslo and 2 July 2020, in Bergen."
    assert values(text, ["Oslo"], "date") == [("4 June 2019", True, "date_with_place"),
                                              ("2 July 2020", False, "date_with_place")]


@pytest.mark.parametrize("text, attached", [
    ("Saturday's regatta drew crowds.", True),
    ("Saturday's parade drew crowds to the regatta.", False),
])
def test_possessive_date(text, attached):
    saturday = Mention("date", 0, len("Saturday's"), "Saturday's", Period(date(2019, 6, 8), date(2019, 6, 8),
                                                                          "2019-06-08"), relative=True)
    an, hits = _read(text, ["regatta"])
    decision = attach_value(an, saturday, hits)
    assert (decision.attached, decision.rule) == (attached, "possessive_date")


@pytest.mark.parametrize("text, attached", [
    ("The 2019 regatta drew crowds.", True),
    ("The 2019 budget funded the regatta.", False),
])
def test_date_modifier(text, attached):
    assert values(text, ["regatta"], "date") == [("2019", attached, "date_modifier")]


@pytest.mark.parametrize("text, about, attached", [
    ("The charter of 4 June 2019 founded the regatta.", ["charter"], True),
    ("The decree of 4 June 2019 founded the regatta.", ["regatta"], False),
])
def test_date_of(text, about, attached):
    assert values(text, about, "date") == [("4 June 2019", attached, "date_of")]


@pytest.mark.parametrize("text, attached", [
    ("The winner, Halvorsen, 19, was cheered.", True),
    ("Halvorsen beat Brekke, 19, after the race.", False),
])
def test_number_in_apposition(text, attached):
    assert values(text, ["Halvorsen"], "number") == [("19", attached, "number_in_apposition")]


@pytest.mark.parametrize("text, attached", [
    ("The regatta was held on 4 June 2019.", True),
    ("The regatta was announced, and the sailors who trained for months in cold northern waters arrived "
     "on 4 June 2019.", False),
])
def test_value_clause(text, attached):
    assert values(text, ["regatta"], "date") == [("4 June 2019", attached, "value_clause")]


# ------------------------------------------------------------------ names

def test_own_name():
    assert names("The Harbour Master Office opened.", ["Harbour Master Office"], ["Master"]) == [
        ("Master", False, "own_name")]


@pytest.mark.parametrize("text, expected", [
    ("Harbour Master Ingrid Dahl opened the regatta.", [("Harbour Master", True, "title_before_name")]),
    ("Mayor Ole Berg opened the regatta beside Ingrid Dahl.", [("Mayor", False, "title_before_name")]),
])
def test_title_before_name(text, expected):
    assert names(text, ["Ingrid Dahl"], ["Harbour Master", "Mayor"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Norwegian sailors won the regatta.", [("Norwegian", True, "demonym")]),
    ("Swedish boats trailed the sailors.", [("Swedish", False, "demonym")]),
])
def test_demonym(text, expected):
    assert names(text, ["sailors"], ["Norwegian", "Swedish"]) == expected


@pytest.mark.parametrize("text, expected", [
    ("Ingrid Dahl, the harbour master, opened it.", [("harbour master", True, "title_in_apposition")]),
    ("Ole Berg, the mayor, greeted Ingrid Dahl.", [("mayor", False, "title_in_apposition")]),
])
def test_title_in_apposition(text, expected):
    assert names(text, ["Ingrid Dahl"], ["harbour master", "mayor"]) == expected


def test_title_of_name():
    assert names("The mayor of Bergen Ole Berg greeted Ingrid Dahl.", ["Ingrid Dahl"], ["mayor"]) == [
        ("mayor", False, "title_of_name")]


def test_name_clause():
    assert names("Ingrid Dahl became mayor in 2019.", ["Ingrid Dahl"], ["mayor"]) == [("mayor", True, "name_clause")]


def test_restated_amount():
    assert values("The port cost Rs 4,100 crore (US$500 million) to build.", ["port"], "number") == [
        ("Rs 4,100 crore", True, "value_clause"), ("US$500 million", True, "restated_amount")]
