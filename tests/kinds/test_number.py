"""kind: number — its value, its own fields (unit, tolerance), and unit conversion."""

import pytest

from checks.errors import Problem
from checks.kinds import KINDS
from checks.yamlnodes import load

from ..helpers import one

BRIDGE = """
- id: bridge-length
  claim: The bridge is 300 metres long.
  kind: number
  about: [bridge]
  value: 300
  unit: [metre, metres]
  tolerance: "5%"
"""


@pytest.mark.parametrize("text, ok", [("86.6\n", True), ("1_000\n", True), ("'44'\n", False), ("forty\n", False)])
def test_a_value_is_a_plain_number(text, ok):
    node, _ = load(text, "f.yaml")
    problems: list[Problem] = []
    value = KINDS["number"].parse_value(node, "f.yaml", problems)
    assert (value is not None, [p.code for p in problems]) == (ok, [] if ok else ["number"])


def test_unit_and_tolerance_are_number_fields():
    assert [f.name for f in KINDS["number"].fields] == ["unit", "tolerance"]
    assert not KINDS["date"].fields


@pytest.mark.parametrize("text, verdict, found", [
    ("The bridge spans 310 metres.", "agree", ["310 metres"]),
    ("The bridge spans 0.4 kilometres.", "differ", ["400 metres"]),
    ("The bridge cost 300 dollars a day to run.", "silent", []),  # another unit: not the fact's value
])
def test_a_number_counts_in_the_facts_unit_within_tolerance(tmp_path, text, verdict, found):
    assert one(tmp_path, BRIDGE, text) == (verdict, found)
