"""Rules of session 29, on invented sentences: one table of (record, text, verdict), a case per row, grouped by the
rule it pins (the comment above each group)."""

import tempfile
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from .helpers import one, record

PRICE = record("number", "Norcap", "2620000000", "dollars, USD")
CHILDREN = record("number", "stranded, stuck, aboard", "6", "children, schoolchildren")
INJURED = record("number", "injured, injuries, wounded", "61", "passengers, people, others")
SERIOUS = record("number", "serious injuries", "19", "passengers, people")
ABOARD = record("number", "on board, aboard", "67", "people, passengers and crew")

CASES = [
    # amount_modifier: an amount before a noun whose of-phrase names the term is said of the term's thing
    (PRICE, "It is the firm's second-largest deal, after its $2.62 billion acquisition of Norcap in 2016.", "agree"),
    (PRICE, "It is the firm's second-largest deal, after its $2.62 billion purchase of software maker Norcap.", "agree"),
    (PRICE, "Its $2.62 billion purchase of Norcap closed in 2016.", "agree"),
    (PRICE, "Its $3 billion purchase of Norcap closed in 2016.", "differ"),
    # not past a comma or another preposition, nor a noun of another thing
    (PRICE, "Its $2.62 billion purchase of the studio, Norcap said, was a mistake.", "silent"),
    (PRICE, "Its $9 billion purchase of Velmar came years after it bought Norcap.", "silent"),
    # counted_part: a part after a word of including, in the fact's own unit, is the count the fact wants
    (CHILDREN, "A cable car with eight passengers, including six children, was stuck above the valley.", "agree"),
    (CHILDREN, "A cable car with eight passengers, including five children, was stuck above the valley.", "differ"),
    # a part in a word for people in general stays a part
    (record("number", "stranded, stuck, aboard", "6", "people"),
     "A cable car with eight passengers, including six people from Aske, was stuck above the valley.", "silent"),
    # a whole qualified by a term past a two-word noun after "and": "passengers and crew members on board"
    (ABOARD, "The jet crashed, killing 38 of the 67 passengers and crew members on board.", "agree"),
    (ABOARD, "The jet crashed, killing 38 of the 69 passengers and crew members on board.", "differ"),
    # a count opening ", N of whom" is a part of the whole before it, which the term there counts
    (INJURED, "In all, 61 passengers were injured, 19 of whom suffered serious injuries.", "agree"),
    (INJURED, "In all, 60 passengers were injured, 19 of whom suffered serious injuries.", "differ"),
    # a term only in the relative clause counts the part itself
    (SERIOUS, "Another 61 passengers were hurt, 19 of whom suffered serious injuries.", "agree"),
    # "were fatally wounded" counts the dead, no injured
    (INJURED, "Eleven people were fatally wounded and another 61 were injured.", "agree"),
    (record("number", "killed, dead, wounded", "11", "people"),
     "Eleven people were fatally wounded and another 61 were injured.", "agree"),
]


@pytest.mark.parametrize("rec, text, verdict", CASES)
def test_rules_of_session_29(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


SITE = record("place", "crash, crashed, accident", "[Aktau]", rivals="Grozny, Russia")
REGION = record("place", "earthquake, quake", "[south-east]", rivals="central Turkey")


@pytest.mark.parametrize("text, verdict", [
    # other_role: a rival place after another preposition than the stated place's locative one plays another role
    ("The accident occurred at Aktau. The jet crashed while operating a service to Grozny.", "agree"),
    ("The jet crashed in Aktau. Russia has denied any part in the crash.", "agree"),
    # after the same preposition it is the same statement with another place: a difference
    ("The jet crashed in Aktau. The jet crashed in Grozny, officials said.", "differ"),
    ("A quake struck in the south-east. The new earthquake occurred in central Turkey.", "differ"),
    # with no locative preposition before the stated place (nor an exact one: "near"), nothing is set aside
    ("Aktau was where the accident occurred. The jet crashed while operating a service to Grozny.", "differ"),
    ("The accident occurred near Aktau. The jet crashed while operating a service to Grozny.", "differ"),
])
def test_a_rival_place_in_another_role_is_a_possible_conflict(tmp_path, text, verdict):
    rec = REGION if "quake" in text else SITE
    assert one(tmp_path, rec, text)[0] == verdict


DEAL = record("number", "acquire, bought, deal", "8500000000", "dollars, USD")


@pytest.mark.parametrize("text, verdict", [
    # a single capitalised word that only describes the noun before the object's name is no object: the name after it
    ("Amazon agreed to acquire American media company Metro-Goldwyn-Mayer for $8.5 billion.", "agree"),
    ("Amazon has bought AI speech tech company Norcap in an $8.5 billion deal.", "agree"),
    # the name after the describing words is still another deal's when the claim does not name it
    ("Amazon agreed to acquire American media company Velmar for $8.5 billion.", "silent"),
])
def test_a_described_object_of_a_deal(tmp_path, text, verdict):
    rec = DEAL.replace("claim: x", "claim: Amazon bought MGM (Metro-Goldwyn-Mayer) and Norcap")
    assert one(tmp_path, rec, text)[0] == verdict


@settings(max_examples=60, deadline=None)
@given(st.integers(min_value=100, max_value=99999), st.sampled_from([("million", 10**6), ("billion", 10**9)]))
def test_a_scaled_sum_agrees_with_its_whole_value_exactly(hundredths, scale):
    """'$8.45 billion' against a value of 8450000000 with no tolerance: the float error of scaling is no difference."""
    word, factor = scale
    written = f"{hundredths // 100}.{hundredths % 100:02d}"
    value = hundredths * factor // 100
    rec = record("number", "deal", str(value), "dollars, USD")
    assert one(Path(tempfile.mkdtemp()), rec, f"The deal is worth ${written} {word}.")[0] == "agree"


SANK = record("date", "sank, disappeared", "2023-06-18")


@pytest.mark.parametrize("text, verdict", [
    # counted_only: the only conflicting date is counted from publication (2023-06-22), and no date of the fact's is
    # stated: a possible conflict, silent
    ("The vessel disappeared on Saturday.", "silent"),
    ("The vessel disappeared last week.", "agree"),  # (a week that holds the fact's day)
    # a conflicting date written out still differs; so does a counted one beside it
    ("The vessel disappeared on June 17.", "differ"),
    ("The vessel disappeared on Saturday. It sank on June 17.", "differ"),
    # beside the fact's date written out, the counted one is a possible conflict (written_date): agree
    ("The vessel disappeared on Saturday. It sank on June 18.", "agree"),
    # a holiday with its year is written out, no count from publication
    ("The vessel sank on Christmas Day in 2022 after a storm.", "differ"),
])
def test_a_date_only_counted_from_publication_is_no_contradiction(tmp_path, text, verdict):
    assert one(tmp_path, SANK, text, published="2023-06-22")[0] == verdict


@settings(max_examples=40, deadline=None)
@given(st.sampled_from(["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]),
       st.integers(min_value=0, max_value=60))
def test_a_counted_weekday_alone_never_differs(weekday, days):
    """Whatever the publication day, a weekday alone never makes a source differ: it agrees or stays silent."""
    published = (date(2023, 6, 18) + timedelta(days=days)).isoformat()
    got = one(Path(tempfile.mkdtemp()), SANK, f"The vessel disappeared on {weekday}.", published=published)[0]
    assert got in ("agree", "silent")


def test_explain_names_counted_only_and_only_value():
    """explain shows the rule that made a silent or an agree of set-aside values, as the README names it."""
    import datetime
    from dataclasses import replace

    from checks.explain import explain_lines
    from checks.facts import read_facts
    from checks.index import index_all
    from checks.sources import make_source

    folder = Path(tempfile.mkdtemp())
    (folder / "f.yaml").write_text("facts:\n" + "\n".join("  " + line for line in SANK.strip().splitlines()) + "\n")
    fact = read_facts(folder)[0][0]
    counted = replace(make_source("a.txt", "The vessel disappeared on Saturday."), published=datetime.date(2023, 6, 22))
    lines = explain_lines(fact, index_all((counted,)))
    assert lines[-1] == "  verdict: silent (1 possible conflict set aside)"
    assert any(line.endswith("[counted_only]") for line in lines), lines
    apart = make_source("b.txt", "The storm, which made landfall on 18 June 2023 after days at sea, left the coast "
                                 "road closed as the vessel disappeared.")
    lines = explain_lines(fact, index_all((apart,)))
    assert lines[-1] == "  verdict: agree"
    assert any(line.endswith("[only_value]") for line in lines), lines
