"""Session 42, on invented sentences.

- Tried and dropped: "nearly" before a round figure of one significant digit allowing a quarter of that digit's step
  ("nearly 300,000" for 284,500): "nearly 2,000 injured" is a wider tally than 1,841 for a careful reader, so it
  stays a differ (pinned below).
- ``compared_with``: an amount that premodifies a term at the head of the reference is the term's own ("surpassed
  its $200M goal" for a fact about the goal), as "less than a norm of 1,500" already was.
"""

import pytest
from hypothesis import given, strategies as st

from .helpers import one, record

GOAL = record("number", "goal, fundraiser", "200000000", "USD")


@pytest.mark.parametrize("text, verdict", [
    ("The fundraiser surpassed its $200M goal.", "agree"),
    ("Orsk billed the trip as a fundraiser for Aske, which surpassed its $200M goal.", "agree"),
    ("The fundraiser surpassed its $150M goal.", "differ"),  # the goal's own figure, another one
    # ... the term only after the amount, not a noun of its own: still what the fund is compared with
    ("The fundraiser surpassed the $150M raised last year.", "silent"),
    # ... and the same term outside the reference is the fact's thing; the one inside another instance
    ("This year's goal surpassed last year's $150M goal.", "silent"),
    # ... and after a verb of comparing the reference is the other thing, whatever term heads it
    ("That compares to a $150M goal last year.", "silent"),
])
def test_an_amount_premodifying_a_term_in_a_comparison_is_the_terms(tmp_path, text, verdict):
    assert one(tmp_path, GOAL, text)[0] == verdict


@given(st.integers(1, 900), st.sampled_from(["surpassed", "exceeded", "beat", "topped"]))
def test_the_compared_goal_states_its_own_figure_whatever_the_verb(n, verb):
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        verdict, found = one(Path(d), GOAL, f"The fundraiser {verb} its ${n}M goal.")
    assert verdict == ("agree" if n == 200 else "differ")


INJURED = """
- id: injured
  claim: The bombings injured 1,841 people.
  kind: number
  about: [injured, wounded]
  value: 1841
  unit: [people, injured, wounded]
  tolerance: "3%"
"""


@pytest.mark.parametrize("text, verdict", [
    ("The bombs killed 191 people and nearly 2,000 were injured.", "differ"),  # 8% short of a round figure: another tally
    ("The bombs killed 191 people and nearly 1,900 were injured.", "agree"),
])
def test_nearly_a_round_figure_is_only_a_little_short_of_it(tmp_path, text, verdict):
    assert one(tmp_path, INJURED, text)[0] == verdict
