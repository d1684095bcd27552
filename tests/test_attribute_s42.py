"""Session 42, on invented sentences: the counter-examples of two rules tried and dropped after review, pinned at
what a careful reader says (and the session-start code says), so that a later draft meets them first.

- ``compared_with`` taking an amount that premodifies a term in the reference as the term's ("surpassed its $200M
  goal"): a term is often only a modifier ("beating the $800m profit forecast") and the reference most often another
  thing of the fact's kind ("topping Orsk's $3bn bid"), which made false agrees.
- ``edition_year`` (a year right after a name the claim gives with no year, "the Tokyo 2020 Games", dating the event
  only loosely): a one-off event's name with a wrong year ("the Paris 2016 attacks") is a real conflict.
- "nearly" before a round figure of one significant digit allowing a quarter of that digit's step ("nearly 300,000"
  for 284,500): "nearly 2,000 injured" is a wider tally than 1,841 for a careful reader, so it stays a differ.
"""

import pytest
from hypothesis import given, strategies as st

from .helpers import one, one_fresh, record

BID = record("number", "bid, offer", "3000000000", "USD")
PROFIT = record("number", "profit, made", "900000000", "USD")


@pytest.mark.parametrize("rec, text, verdict", [
    # another's bid in the reference is no statement of the fact's; the subject's own figure decides
    (BID, "Velmar raised its offer to $3.5bn, topping Orsk's $3bn bid.", "differ"),
    (BID, "Velmar's $2.5bn offer fell short of the $3bn bid tabled by Orsk.", "differ"),
    # a term that only modifies the reference's head ("profit forecast") names no figure of the fact's
    (PROFIT, "Velmar made $900m last quarter, beating the $800m profit forecast.", "agree"),
])
def test_a_figure_in_a_comparisons_reference_stays_the_compared_things(tmp_path, rec, text, verdict):
    assert one(tmp_path, rec, text)[0] == verdict


@given(st.integers(1, 9))
def test_a_rivals_bid_in_the_reference_never_agrees_for_the_subject(rival):
    verdict = one_fresh(BID, f"Velmar raised its offer to $3.5bn, topping Orsk's ${rival}bn bid.")[0]
    assert verdict == "differ"  # Velmar's own $3.5bn decides, whatever Orsk bid


ATTACKS = """
- id: attacks
  claim: Gunmen attacked the Bataclan during the Paris attacks on 13 November 2015.
  kind: date
  about: [attacked]
  value: 2015-11-13
"""


def test_a_one_off_events_name_with_a_wrong_year_differs(tmp_path):
    assert one(tmp_path, ATTACKS, "Gunmen attacked the Bataclan during the Paris 2016 attacks.")[0] == "differ"


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


EXIT = record("date", "quarter-finals, played", "2021-07-07")


@pytest.mark.parametrize("text, verdict, found", [
    # a predicate coordinated with "and" keeps its own time told from today when it stands before its verb
    ("The champion has not played since the 2021 Aske quarter-finals and last week announced his retirement.",
     "agree", ["2021"]),
    ("He lost in the 2021 Aske quarter-finals and yesterday announced his retirement.", "agree", ["2021"]),
    ("He lost in the 2021 Aske quarter-finals and earlier this month announced his retirement.", "agree", ["2021"]),
    # ... not without a verb after it: the time is the first predicate's
    ("He played in the 2020 Aske quarter-finals and last week.", "differ", ["2020", "2022-W37"]),
])
def test_a_coordinated_predicate_keeps_its_own_time_from_today(tmp_path, text, verdict, found):
    assert one(tmp_path, EXIT, text, published="2022-09-24") == (verdict, found)


@given(st.sampled_from(["last week", "yesterday", "earlier this month", "last Monday", "this week", "last month"]),
       st.sampled_from(["announced", "confirmed", "revealed"]), st.sampled_from(["has not played since", "lost in"]))
def test_a_time_from_today_before_a_coordinated_past_verb_is_that_verbs(time, verb, first):
    text = f"He {first} the 2021 Aske quarter-finals and {time} {verb} his retirement."
    assert one_fresh(EXIT, text, published="2022-09-24") == ("agree", ["2021"])


REFERENDUM = record("date", "referendum, trial", "2023-10-14")


@pytest.mark.parametrize("text, verdict", [
    # review of the weekday's comma: a verb right before the weekday sets or names the date, no tense of it
    ("Albanese announced Saturday, October 14 as the date for the referendum.", "agree"),
    ("Albanese said Saturday, October 14, would be referendum day.", "agree"),
    ("The judge set a trial date of Saturday, Oct. 14.", "agree"),
    ("The referendum will be held on Saturday, October 14.", "agree"),
])
def test_a_weekday_before_a_date_keeps_the_dates_year(tmp_path, text, verdict):
    assert one(tmp_path, REFERENDUM, text, published="2023-08-30")[0] == verdict


@pytest.mark.parametrize("rec, text, published, verdict", [
    # review 3: "of" and four digits before a noun is a count, no year
    (record("date", "evacuation", "2022-06-03"), "Officials ordered the evacuation on June 3 of 2000 residents near the dam.",
     "2022-09-24", "agree"),
    # ... a past form before a plural noun is its adjective, no coordinated verb keeping the time
    (record("date", "figures, released", "2022-09-20"),
     "The economy shrank in the second quarter of 2022 and last week revised figures showed a deeper fall.", "2022-09-22",  # (a Thursday: "last week" is the week of the 12th)
     "differ"),
    # ... "last" alone before a past verb is "most recently": the coordinated predicate keeps its own date
    (record("date", "declared", "2016-02-01"),
     "The experts, who declared an emergency on Feb. 1 and last convened on March 8, will meet again.", "2016-04-01",
     "agree"),
    # ... "this" alone is no time
    (record("date", "closed", "2019-05-01"), "The plant closed in May 2019 and this prompted protests in 2020.",
     "2022-09-24", "differ"),
])
def test_review_3_sentences(tmp_path, rec, text, published, verdict):
    assert one(tmp_path, rec, text, published=published)[0] == verdict
