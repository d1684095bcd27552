"""Rules of session 19, on invented sentences."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import verdicts

AGE = """
facts:
  - id: age
    claim: Anna Orsk was 91 when she died.
    kind: number
    about: [died, dies, death, passed away]
    value: 91
    unit: [years old, aged]
"""
SPAN = """
facts:
  - id: span
    claim: The mill ran for 91 years before it closed.
    kind: number
    about: [died, closed]
    value: 91
    unit: [years]
"""


@pytest.mark.parametrize("record, text, verdict", [
    # a bare number after a verb of dying and "at" is the age at death
    (AGE, "Anna Orsk died at 91.", "agree"),
    (AGE, "Writer Anna Orsk dies at 91", "agree"),
    (AGE, "Anna Orsk, the novelist, passed away at 90, her family said.", "differ"),
    # a number with a noun of its own after "died at" is no age
    (AGE, "Anna Orsk died at 91 Harbour Street.", "silent"),
    # an age is no span of years
    (SPAN, "Its founder died at 91.", "silent"),
])
def test_died_at_a_bare_number_is_an_age(tmp_path, record, text, verdict):
    assert verdicts(tmp_path, record, {"a.txt": text})[record.split("id: ")[1].split()[0]]["a.txt"] == verdict


@settings(max_examples=40, deadline=None)
@given(age=st.integers(min_value=1, max_value=119),
       verb=st.sampled_from(["died", "dies", "passed away"]),
       end=st.sampled_from([".", ",", ""]))
def test_any_age_after_died_at_is_read_as_that_age(tmp_path_factory, age, verb, end):
    got = verdicts(tmp_path_factory.mktemp("age"), AGE, {"a.txt": f"Anna Orsk {verb} at {age}{end}"})["age"]["a.txt"]
    assert got == ("agree" if age == 91 else "differ")
