"""Rules of session 17, on invented sentences."""

import pytest

from .helpers import verdicts

TOLL = """
facts:
  - id: toll
    claim: The 2024 Aske floods killed 95 people.
    kind: number
    about: [killed, died, deaths, toll]
    value: 95
    unit: [people, deaths]
    tolerance: 0
"""


def _dated(text: str, day: str = "2024-06-20") -> dict[str, str]:
    return {"a.txt": text, "sources.yaml": f"a.txt:\n  published: {day}\n"}


@pytest.mark.parametrize("text, verdict", [
    # a clause dated to a year before the claim's tells of an earlier time: its figure is only a possible conflict
    ("Last year 40 people died in the floods.", "silent"),
    ("Last year, the floods killed 40 people.", "silent"),
    ("In 2011, floods killed 40 people in Aske.", "silent"),
    ("In September 1999, a storm killed 40 people in Aske.", "silent"),
    ("Back in 1950, a storm killed 40 people.", "silent"),
    ("A flood near Aske last year killed 40 people.", "silent"),
    ("The river had killed 40 people on 2016/3/9.", "silent"),
    ("Norland's worst storm killed 40 people in 1998, and the floods killed 95 people.", "agree"),
    # the figure is the fact's when the clause names the claim's year or a later one, or the year is the
    # comparison's ("compared with 12 in 2023"), a span to now ("since 2016") or a name's ("the 2015 storm")
    ("The floods killed 40 people, compared with 12 in 2023.", "differ"),
    ("The floods killed 40 people this year and 12 people in 2023.", "differ"),
    ("Since 2016 the floods have killed 40 people.", "differ"),
    ("The 2015 storm's floods killed 40 people.", "differ"),
    ("In 2025, the toll of the floods was raised to 40 deaths.", "differ"),
    ("Last year 95 people died in the floods.", "agree"),  # an agreeing figure still agrees
])
def test_a_clause_dated_before_the_claims_year_tells_of_an_earlier_time(tmp_path, text, verdict):
    assert verdicts(tmp_path, TOLL, _dated(text))["toll"]["a.txt"] == verdict


def test_last_year_is_counted_from_the_publication_day(tmp_path):
    # a year after the floods, "last year" is the claim's own year
    assert verdicts(tmp_path, TOLL, _dated("Last year 40 people died in the floods.", "2025-03-01"))["toll"][
        "a.txt"] == "differ"


def test_an_age_is_not_dated_by_a_birth_year(tmp_path):
    age = TOLL.replace("toll\n", "age\n", 1).replace("[killed, died, deaths, toll]", "[Novak]").replace(
        "value: 95", "value: 17").replace("[people, deaths]", "[years, year-old]")
    assert verdicts(tmp_path, age, _dated("Born in 2006, Novak was 18 at the time."))["age"]["a.txt"] == "differ"
