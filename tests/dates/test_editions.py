"""A year written against a name dates that edition of the named thing (checks.dates.editions)."""

import re

import pytest
from hypothesis import given, strategies as st

from checks.dates.editions import another_edition, claim_editions, edition_name
from tests.helpers import one


def _year_at(text: str) -> tuple[int, int]:
    m = re.search(r"\b\d{4}\b", text)
    return m.start(), m.end()


@pytest.mark.parametrize("text, name", [
    ("They last won at the 2015 Aske Cup final.", "Aske Cup"),
    ("Their 2013 Velmar Trophy win was the last.", "Velmar Trophy"),
    ("Orsk's 2019 Brenna Open title came first.", "Brenna Open"),
    ("The Aske Cup 2023 final drew a crowd.", "Aske Cup"),        # the year after the name
    ("Notably, the Velmar League 2022 final was bigger.", "Velmar League"),
    ("In 2020 Velmar lost the war.", ""),                      # a preposition before the year: no name's edition
    ("The 2020 war ended.", ""),                               # no name
    ("It opened on 12 May 2023 Velmar time.", ""),             # not a year alone
    ("The team won in 2013, Velmar said.", ""),                # a comma apart
])
def test_a_year_against_a_name_is_that_names_edition(text, name):
    start, end = _year_at(text)
    assert edition_name(text, start, end) == name


CLAIM = "Orsk beat Velmar in the final of the 2023 Aske Cup on Sunday 19 November 2023."


@pytest.mark.parametrize("text, set_aside", [
    ("Orsk won the 2023 Aske Cup final.", False),                # the claim's edition
    ("The Aske Cup 2023 final went to Orsk.", False),
    ("More people attended the 2015 Aske Cup final.", True),     # another edition of the claim's name
    ("Velmar's 2013 Brenna Trophy win was long ago.", True),     # a name the claim does not give
    ("The final was held in 2023, Orsk said.", False),           # a year of no name
])
def test_an_edition_the_claim_does_not_name_is_set_aside(text, set_aside):
    start, end = _year_at(text)
    assert bool(another_edition(text, start, end, claim_editions(CLAIM))) is set_aside


def test_a_name_the_claim_gives_in_lower_case_is_named():
    editions = claim_editions("The Velmar general election was held on 4 July 2024.")
    text = "Labour won a landslide at the 2024 General Election."
    assert another_edition(text, *_year_at(text), editions) == ""


@given(st.integers(1900, 2099), st.integers(1900, 2099))
def test_only_another_year_of_the_claims_own_edition_is_set_aside(claimed, written):
    editions = claim_editions(f"Orsk won the {claimed} Aske Cup final on 3 May {claimed}.")
    text = f"Velmar hosted the {written} Aske Cup final."
    assert bool(another_edition(text, *_year_at(text), editions)) is (claimed != written)


FINAL = """
- id: cup-final
  claim: Orsk beat Velmar in the final of the 2023 Aske Cup on 19 November 2023.
  kind: date
  about: [final, won, win]
  value: 2023-11-19
"""


@pytest.mark.parametrize("text, verdict", [
    ("Orsk won the final on 19 November 2023.", "agree"),
    ("Orsk won the final on 19 November 2023, their first since their 2013 Brenna Trophy win.", "agree"),
    ("More fans saw the 2015 Aske Cup final.", "silent"),
    ("Orsk won the final on 18 November 2023.", "differ"),
])
def test_another_editions_year_does_not_date_the_fact(tmp_path, text, verdict):
    assert one(tmp_path, FINAL, text)[0] == verdict


SERIES_CLAIM = "Orsk beat Velmar in the Aske Euro 2024 final on 14 July 2024."


@pytest.mark.parametrize("text, set_aside", [
    # one word before a year names a series' edition; the claim may name the series with more words
    ("Velmar also reached the Euro 2020 final.", True),
    ("Orsk won the Euro 2024 final.", False),
    ("The Brenna 2012 games were bigger.", True),  # a name the claim does not give
    # one word after the year is still most often a place naming the same event
    ("Orsk recalled the 2015 Gorkha earthquake.", False),
])
def test_one_word_before_a_year_names_a_series_edition(text, set_aside):
    assert bool(another_edition(text, *_year_at(text), claim_editions(SERIES_CLAIM))) is set_aside


@given(st.integers(1960, 2099))
def test_a_series_edition_of_another_year_is_set_aside_whatever_the_year(written):
    text = f"Velmar also reached the Euro {written} final."
    assert bool(another_edition(text, *_year_at(text), claim_editions(SERIES_CLAIM))) is (written != 2024)
