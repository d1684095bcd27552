"""Rules of session 33, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given, settings, strategies as st

from .helpers import one, record

HIJACK_DAY = record("date", "hijacked, attack", "2017-04-07")
LANDING_DAY = record("date", "landing, landed", "2009-01-15")

CASES = [
    # cleft: a part of the day and a weekday may stand between the preposition and the date
    (HIJACK_DAY, "It was in the early afternoon of Friday 8 April 2017 that Mr Vell hijacked a truck.", "differ"),
    (HIJACK_DAY, "It was in the small hours of Saturday, 8 April 2017, that Mr Vell hijacked a truck.", "differ"),
    (HIJACK_DAY, "It was late on 8 April 2017 that Mr Vell hijacked a truck.", "differ"),
    (HIJACK_DAY, "It was on the morning of 7 April 2017 that Mr Vell hijacked a truck.", "agree"),
    # ... a verb right after "that" makes the day the clause's subject, not its time
    (HIJACK_DAY, "It was 8 April 2017 that changed everything for the attack victims.", "silent"),
    (HIJACK_DAY, "It was the morning of 8 April 2017 that changed everything for the attack victims.", "silent"),
    # dated_relative: "NOUN on DATE, that/which ...": the date dates the noun, the relative clause tells what it did
    (LANDING_DAY, "They remembered the flight on 16 January 2009, that made a safe landing in the river.", "differ"),
    (LANDING_DAY, "They remembered the flight on 15 January 2009, which landed in the river.", "agree"),
    (LANDING_DAY, "The crew on 16 January 2009 that landed safely was praised.", "differ"),
    # ... not where the noun or the clause's verb tells of the event, or looks into it
    (LANDING_DAY, "They published the report on 16 January 2009 that described the landing.", "silent"),
    (LANDING_DAY, "They held a hearing on 16 January 2009 that discussed the landing.", "silent"),
    (LANDING_DAY, "The pilot spoke on 16 January 2009, that the landing was safe.", "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_session_33(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@settings(max_examples=25, deadline=None)
@given(part=st.sampled_from(["morning", "afternoon", "evening", "night", "hours"]),
       early=st.sampled_from(["", "early ", "late "]), prep=st.sampled_from(["on", "in"]),
       day=st.integers(min_value=1, max_value=28))
def test_a_clefted_date_with_a_part_of_the_day_is_the_clauses(tmp_path_factory, part, early, prep, day):
    text = f"It was {prep} the {early}{part} of {day} April 2017 that Mr Vell hijacked a truck."
    verdict = one(tmp_path_factory.mktemp("c"), HIJACK_DAY, text)[0]
    assert verdict == ("agree" if day == 7 else "differ")
