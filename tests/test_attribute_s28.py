"""Rules of session 28, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from .helpers import one, record

AGE = record("number", "Ana Lind, Lind, defendant", "52")
STRUCK = record("date", "quake, earthquake", "2005-10-08")
SHOT = record("date", "opened fire, shot", "2011-07-22")
WOUNDED = record("number", "wounded, wounding, injured", "53", "people, others")
ABOARD = record("number", "on board, aboard", "10", "people")

CASES = [
    # a bare number in brackets right after a name is that person's age, as it is between commas
    (AGE, "Ana Lind (52) had been under arrest since the day after the crash.", "agree"),
    (AGE, "Ana Lind (53) had been under arrest since the day after the crash.", "differ"),
    (AGE, "Ana Lind (52), Jon Roe (6) and Eva Holm (7) were named.", "agree"),
    (AGE, "Jon Roe (52), Ana Lind (6) and Eva Holm (7) were named.", "differ"),
    (AGE, "Ana Lind, 52, had been under arrest since the day after the crash.", "agree"),
    # (a bracket that goes on after the number is no age: a count, a year)
    (AGE, "Ana Lind (52 votes) came third.", "silent"),
    # "was 17 at the time" is an age then, whatever the word after the number
    (AGE, "The defendant, who was 52 at the time of the crash, admitted the charges.", "agree"),
    (AGE, "The defendant, who was 51 at the time of the crash, admitted the charges.", "differ"),
    (AGE, "The defendant drove 52 at the time of the crash.", "silent"),
    # a hyphen-joined participle after "and" is a compound adjective of the noun after it, no subject and verb: the
    # clause (and its date) goes on
    (STRUCK, "A quake tore through the province and Pakistani-administered Kashmir on 8 October 2005.", "agree"),
    (STRUCK, "A quake tore through the province and Pakistani-administered Kashmir on 9 October 2005.", "differ"),
    # (a name and its verb after "and" still open a clause of their own)
    (STRUCK, "A quake tore through the province and Kashmir reported damage on 9 October 2005.", "silent"),
    # a time phrase opening a "where"/"when" clause, closed by a comma before the clause's subject, is that clause's
    (SHOT, "She went back to the island, where on July 22, 2011, a gunman opened fire on teenagers.", "agree"),
    (SHOT, "She went back to the island, where on July 23, 2011, a gunman opened fire on teenagers.", "differ"),
    (SHOT, "She recalled that summer, when in late July 2011, a gunman opened fire on teenagers.", "agree"),
    # (a relative clause with its verb before the comma ends there)
    (SHOT, "She went back to the island, where she lived on July 23, 2011, and a gunman opened fire.", "silent"),
    # a word of addition between a verb of harm and its bare count ("wounding another 53") leaves it the harmed count
    (WOUNDED, "The gunman opened fire, killing 49 people and wounding another 53.", "agree"),
    # (another value is only a possible conflict: "another" may count the latest additions, `added_amount`)
    (WOUNDED, "The gunman opened fire, killing 49 people and wounding another 54.", "silent"),
    (WOUNDED, "The gunman opened fire, killing 49 people and wounding 54.", "differ"),
    # a count after "and" with its own verb right after its noun, the count before a verb's object, is a clause of
    # its own, no part of a group with that count
    (WOUNDED, "The dead included 27 foreigners and 53 people were wounded.", "agree"),
    (WOUNDED, "The dead included 27 foreigners and 52 people were wounded.", "differ"),
    # (one subject of two counts is still two parts of one group)
    (ABOARD, "Seven passengers and three crew were on board.", "silent"),
]


@pytest.mark.parametrize("spec, text, verdict", CASES)
def test_rules_of_session_28(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


NAMES = st.sampled_from(["Ana Lind", "Lind"])


@given(NAMES, st.integers(10, 99), st.integers(10, 99))
def test_a_bracketed_age_agrees_only_with_its_own_value(name, age, stated):
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as d:
        got = one(Path(d), record("number", "Ana Lind, Lind", str(age)),
                  f"{name} ({stated}) was arrested on Monday.")[0]
    assert got == ("agree" if age == stated else "differ")
