"""far_figure (verdict.far_figures): a count fact's value stated in as many sentences as give another count, each of
those far from the value, sharing only a clause with another term and not the object right after it, is not
contradicted: the other counts are possible conflicts."""

import pytest
from hypothesis import given, strategies as st

from .helpers import one, record

DEAD = record("number", "toll, killed, dead", "9", "people, passengers")
DEAD20 = record("number", "toll, killed, dead", "20", "people, passengers")
STATED = "The toll from the ferry fire rose to 9 people as 3 ships searched the bay."

CASES = [
    # the statement's term ("toll") is not the other count's ("killed"), which is far from 9: another figure
    (DEAD, f"{STATED} Nearly 300 people were hurt, while 5 passengers were killed at the scene.", "agree"),
    (DEAD, f"{STATED} Nearly 300 people were hurt, while 8 passengers were killed at the scene.", "agree"),
    # the same term with another count: one predicate said twice with two values
    (DEAD, f"{STATED} Nearly 300 people were hurt, while the toll reached 5 people at the scene.", "differ"),
    # the other count is the object right after its term: said of the term as plainly as the value
    (DEAD, f"{STATED} Nearly 300 people were hurt, while the fire killed 5 passengers at the scene.", "differ"),
    # fewer sentences state the value than give another count
    (DEAD, f"{STATED} Nearly 300 people were hurt, while 5 passengers were killed at the scene. The toll was 4 people "
           "on Sunday.", "differ"),
    # a near count (under FAR_OFF) is how a misreport looks
    (DEAD20, "The toll from the ferry fire rose to 20 people as 3 ships searched the bay. Nearly 300 people were hurt, "
             "while 19 passengers were killed at the scene.", "differ"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_far_figure(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


DEAD90 = record("number", "toll, killed, dead", "90", "people, passengers")


@given(count=st.integers(46, 179).filter(lambda n: n != 90))
def test_another_count_beside_a_statement_agrees_only_when_far_and_under_another_term(tmp_path_factory, count):
    # counts under twice or half the value (a remote one is outweighed by another rule, ``verdict._remote``)
    path = tmp_path_factory.mktemp("far")
    stated = "The toll from the ferry fire rose to 90 people as 3 ships searched the bay. Nearly 300 people were hurt"
    far = max(count, 90) / min(count, 90) >= 1.1
    assert one(path, DEAD90, f"{stated}, while {count} passengers were killed at the scene.")[0] \
        == ("agree" if far else "differ")
    assert one(path, DEAD90, f"{stated}, while the fire killed {count} passengers.")[0] == "differ"


def test_explain_names_far_figure(tmp_path):
    from checks.explain import explain_lines
    from checks.facts import read_facts
    from checks.index import index_all
    from checks.sources import make_source

    (tmp_path / "f.yaml").write_text("facts:\n" + "\n".join("  " + line for line in DEAD.strip().splitlines()) + "\n")
    fact = read_facts(tmp_path)[0][0]
    text = f"{STATED} Nearly 300 people were hurt, while 5 passengers were killed at the scene."
    lines = explain_lines(fact, index_all((make_source("a.txt", text),)))
    assert lines[-1].startswith("  verdict: agree (")
    assert any(line.endswith("[far_figure]") for line in lines), lines
