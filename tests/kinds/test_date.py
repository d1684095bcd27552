"""kind: date — how a record's value is read, and what a sentence offers."""

import pytest

from checks.errors import Problem
from checks.kinds import KINDS
from checks.kinds.date import parse_date_value
from checks.yamlnodes import load


@pytest.mark.parametrize("text, value", [("2020-11-09", "2020-11-09"), ("2020-11", "2020-11"), ("2020", "2020")])
def test_date_values(text, value):
    assert parse_date_value(text).label == value


@pytest.mark.parametrize("text", ["2020-02-30", "2020-13", "20-11-09", "9 November 2020", ""])
def test_impossible_dates(text):
    assert parse_date_value(text) is None


def test_an_impossible_value_is_a_located_problem():
    node, _ = load("2021-02-29\n", "f.yaml")
    problems: list[Problem] = []
    assert KINDS["date"].parse_value(node, "f.yaml", problems) is None
    assert [(p.line, p.code) for p in problems] == [(1, "date")]


def test_a_relative_date_needs_a_publication_date():
    assert KINDS["date"].unresolved("The bridge opened on Sunday.") == ["on Sunday"]
    assert KINDS["number"].unresolved is None
