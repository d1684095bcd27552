"""Rules of session 15, on invented sentences."""

import pytest

from tests.test_attribute import values


@pytest.mark.parametrize("text, kind, expected", [
    # a phrase set off by commas after the subject, before its verb: a clause opened inside it ends at its closing
    # comma, and the subject's clause goes on after it
    ("About 400 dockers, mostly from the port where the ferries are built, have been on strike since 3 May.", "date",
     [("3 May", True, "value_clause")]),
    ("About 400 dockers, mostly from the port where the ferries are built, have been on strike since 3 May.", "number",
     [("400", True, "value_clause")]),
    ("The crew, including two pilots who trained in Aske, went on strike on 3 May.", "date",
     [("3 May", True, "value_clause")]),
    # a plain relative clause still keeps its own values, and a phrase closed by no verb is no aside
    ("The dockers, who joined the union on 3 May, went on strike.", "date", [("3 May", False, "value_clause")]),
    ("The dockers, mostly from the port where the ferries are built on 3 May, met the minister who went on strike.",
     "date", [("3 May", False, "value_clause")]),
    ("The dockers met the minister, who had been on strike since 3 May.", "date", [("3 May", True, "value_clause")]),
])
def test_a_clause_inside_an_aside_after_the_subject_ends_at_its_comma(text, kind, expected):
    assert values(text, ["on strike", "went on strike"], kind) == expected
