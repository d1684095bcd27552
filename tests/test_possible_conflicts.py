"""verdict.decide's possible conflicts: a source states a fact once per sentence, so a conflicting value beside an
exact statement of the fact (in its sentence, or outnumbered by such sentences) is shown, not made a differ."""

from __future__ import annotations

from dataclasses import replace

import pytest
from hypothesis import given
from hypothesis import strategies as st

from checks.model import Evidence, Fact
from checks.verdict import COUNTED_DATE, FAR_OUTWEIGHED, OUTNUMBERED, OUTWEIGHED, SAME_SENTENCE, decide

from .helpers import one, record
from .report.samples import NOV9

FACT = Fact("ceasefire-signed", "The ceasefire was signed on 9 November 2020.", "date", ("ceasefire",), NOV9,
            "facts/war.yaml", 2)


def ev(quote: str, value: str, agrees: bool, *, exact: bool | None = None, line: int = 1,
       relative: bool = False, bond: str = "", far: bool = False, term: str = "") -> Evidence:
    start = quote.index(value)
    return Evidence(line, quote, value, agrees, (start, start + len(value)), exact=agrees if exact is None else exact,
                    relative=relative, bond=bond, far=far, term=term)


def verdict(*evidence: Evidence, fact: Fact = FACT) -> tuple[str, list[str]]:
    result = decide("a.txt", fact, list(evidence))
    return result.verdict, [e.aside for e in result.evidence if e.aside]


COUNT = replace(FACT, id="talks-rounds", kind="number", value=9.0)


S1 = "The ceasefire signed on 9 November followed the truce of 10 October."
S2 = "The ceasefire of 9 November held."
S3 = "A ceasefire was agreed on 10 October."
S4 = "Another report gives the ceasefire as 10 November."


def test_a_conflicting_value_in_a_sentence_stating_the_fact_is_a_possible_conflict():
    assert verdict(ev(S1, "9 November", True), ev(S1, "10 October", False)) == ("agree", [SAME_SENTENCE])


def test_a_coarser_agreement_sets_nothing_aside():
    # "2020" contains the day without stating it: the day in the same sentence still differs
    quote = "The 2020 ceasefire came on 10 November."
    assert verdict(ev(quote, "2020", True, exact=False), ev(quote, "10 November", False)) == ("differ", [])


def test_one_sentence_against_one_still_differs():
    one, other = "The talks ran to 9 rounds.", "The talks ran to 10 rounds, another report says."
    assert verdict(ev(one, "9", True), ev(other, "10", False, line=2), fact=COUNT) == ("differ", [])


# written_date: a date fact's value written out as a date, against dates given otherwise
S5 = "The ceasefire came on Tuesday."  # a date counted from publication


def test_one_written_date_against_another_still_differs():
    assert verdict(ev(S2, "9 November", True), ev(S4, "10 November", False, line=2)) == ("differ", [])


def test_a_counted_date_never_outweighs_a_written_one():
    assert verdict(ev(S2, "9 November", True), ev(S5, "Tuesday", False, line=2, relative=True)) == (
        "agree", [COUNTED_DATE])


def test_a_date_only_counted_is_outweighed_by_a_conflicting_written_date():
    assert verdict(ev(S5, "Tuesday", True, relative=True), ev(S4, "10 November", False, line=2)) == ("differ", [])


def test_counted_conflicts_are_set_aside_but_a_written_one_still_differs():
    result = decide("a.txt", FACT, [ev(S2, "9 November", True), ev(S4, "10 November", False, line=2),
                                    ev(S5, "Tuesday", False, line=3, relative=True)])
    assert result.verdict == "differ"
    assert [e.aside for e in result.evidence if not e.agrees] == ["", COUNTED_DATE]


def test_numbers_have_no_written_date_rule():
    one, other = "The talks ran to 9 rounds.", "The talks ran to 10 rounds on Tuesday."
    assert verdict(ev(one, "9", True), ev(other, "10", False, line=2, relative=True), fact=COUNT)[0] == "differ"


def test_two_exact_sentences_outnumber_one_conflicting():
    result = verdict(ev(S2, "9 November", True), ev(S1, "9 November", True, line=2), ev(S3, "10 October", False, line=3))
    assert result == ("agree", [OUTNUMBERED.format(agree=2, differ=1)])


def test_as_many_conflicting_sentences_as_exact_ones_differ():
    n1, n2, o1, o2 = "The talks ran to 9 rounds.", "After 9 rounds, talks ended.", "10 rounds of talks.", "Talks: 8 rounds."
    assert verdict(ev(n1, "9", True), ev(n2, "9", True, line=2), ev(o1, "10", False, line=3), ev(o2, "8", False, line=4),
                   fact=COUNT)[0] == "differ"


def test_a_broader_name_in_apposition_after_a_conflicting_one_states_nothing_of_its_own():
    quote = "The chief spoke at a conference in Sandbay, Westland, Northia."
    fact = replace(FACT, kind="place", value=("Northia", "Eastmark"))
    e = [ev(quote, "Westland", False), ev(quote, "Northia", True)]
    assert decide("a.txt", fact, e).verdict == "differ"


def test_the_decisive_evidence_comes_first():
    result = decide("a.txt", FACT, [ev(S1, "10 October", False), ev(S1, "9 November", True)])
    assert [e.agrees for e in result.evidence] == [True, False]


@given(st.lists(st.tuples(st.sampled_from([S1, S2, S3, S4]), st.booleans(), st.booleans()), max_size=8),
       st.randoms())
def test_properties(items, rng):
    evidence = [Evidence(i + 1, quote, "x", agrees, (0, 1), exact=agrees and exact)
                for i, (quote, agrees, exact) in enumerate(items)]
    result = decide("a.txt", FACT, evidence)
    shuffled = list(evidence)
    rng.shuffle(shuffled)
    assert decide("a.txt", FACT, shuffled).verdict == result.verdict  # order of evidence never matters
    conflicting = [e for e in evidence if not e.agrees]
    if not any(e.exact for e in evidence):  # without an exact statement nothing is set aside
        assert result.verdict == ("differ" if conflicting else "agree" if evidence else "silent")
    assert all(not e.agrees for e in result.evidence if e.aside)  # only conflicting values are set aside
    if conflicting and result.verdict == "agree":
        assert all(e.aside for e in result.evidence if not e.agrees)  # an agree never hides a conflict unshown


# end to end, on invented sentences
CEASEFIRE = """
- id: ceasefire-signed
  claim: The ceasefire was signed on 9 November 2020.
  kind: date
  about: [ceasefire, truce]
  value: 2020-11-09
"""
WAR = """
- id: war-length
  claim: The war lasted 44 days.
  kind: number
  about: [war]
  value: 44
  unit: [day, days]
"""


def test_a_source_repeating_the_value_agrees_despite_one_earlier_event(tmp_path):
    text = ("The ceasefire was signed on 9 November 2020. A truce was agreed on 10 October 2020. "
            "Since the ceasefire of 9 November 2020, the front has been quiet.")
    assert one(tmp_path, CEASEFIRE, text) == ("agree", ["2020-11-09", "2020-11-09", "2020-10-10"])


def test_nearly_is_no_exact_statement(tmp_path):
    text = "The war lasted nearly 44 days, and 40 days of the war were spent in the mountains."
    assert one(tmp_path, WAR, text)[0] == "differ"


def _report():
    from checks.model import FactReport, Report
    result = decide("a.txt", FACT, [ev(S1, "9 November", True), ev(S1, "10 October", False)])
    return Report(("a.txt",), (FactReport(FACT, (result,)),))


def test_reports_show_a_possible_conflict_beside_the_agreement():
    import json

    from checks.report.html import to_html
    from checks.report.markdown import to_markdown
    from checks.report.render import to_json, to_lines
    report = _report()
    md = to_markdown(report)
    assert "## Possible conflicts" in md and "**agrees** in `a.txt`" in md
    assert "found 10 October (possible conflict)" in md
    assert "(possible conflict)" in to_html(report)
    evidence = json.loads(to_json(report))["facts"][0]["results"][0]["evidence"]
    assert [e.get("possible_conflict") for e in evidence] == [None, SAME_SENTENCE]
    assert to_lines(report).endswith(": agree: found 9 November, expected 9 Nov 2020; possible conflict: 10 October\n")


def test_explain_names_the_possible_conflict(tmp_path):
    from checks.explain import explain_lines
    from checks.index import index_all
    from checks.model import Source
    from checks.sources import make_source
    text = "The ceasefire of 9 November 2020 replaced the ceasefire of 10 October 2020."
    source = make_source("a.txt", text)
    lines = explain_lines(FACT, index_all((source,)))
    assert lines[-1] == "  verdict: agree (1 possible conflict set aside)"
    assert any(f"but {SAME_SENTENCE} [possible_conflict]" in line for line in lines)
    assert Source  # the record explain reads


LOOSE = "possible conflict: only 'announced' ties it to the fact"


def test_a_loosely_attached_conflict_alone_is_no_differ_and_no_agree():
    quote = "On 10 November, the council announced new talks."
    loose = replace(ev(quote, "10 November", False), aside=LOOSE)
    assert verdict(loose) == ("silent", [])
    assert verdict(loose, ev(S2, "9 November", True, line=2)) == ("agree", [LOOSE])


def test_an_opening_date_of_a_reporting_term_agrees_but_cannot_differ(tmp_path):
    record = """
        - id: talks-announced
          claim: The council announced the talks on 9 May 2021.
          kind: date
          about: [announced]
          value: 2021-05-09
    """
    assert one(tmp_path, record, "On 9 May 2021, the council announced new talks.") == ("agree", ["2021-05-09"])
    assert one(tmp_path, record, "On 10 May 2021, the council announced new talks.") == ("silent", [])


def test_explain_names_written_date():
    import datetime

    from checks.explain import explain_lines
    from checks.index import index_all
    from checks.sources import make_source
    text = "The ceasefire was signed on 9 November 2020. Fighting ended with the ceasefire on Tuesday."
    source = replace(make_source("a.txt", text), published=datetime.date(2020, 11, 12))
    lines = explain_lines(FACT, index_all((source,)))
    assert any(line.endswith(f"but {COUNTED_DATE} [written_date]") for line in lines), lines
    assert lines[-1] == "  verdict: agree (1 possible conflict set aside)"


# outweighed: a value a construction names the fact's, against conflicting values that only share a clause with a term
BUILT, CLAUSE = "construction", "clause"
FIRE = "The roof burned in the ceasefire of 9 November."  # the wording does not matter to decide; the bonds do
REPAIRS = "Repairs after the ceasefire ended on 10 October."
OTHER = "The ceasefire talks met on 2 May."


def test_a_value_named_by_a_construction_outweighs_a_far_one_sharing_a_clause_elsewhere():
    assert verdict(ev(FIRE, "9 November", True, bond=BUILT), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE,
                                                                 far=True)) == (
        "agree", [OUTWEIGHED.format(agree=1, differ=1)])


def test_a_near_value_is_never_outweighed_even_by_a_construction():
    # "The fire broke out on April 16, 2019." against "the fire of April 15, 2019": how a misreport looks
    assert verdict(ev(FIRE, "9 November", True, bond=BUILT), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE)) == (
        "differ", [])


def test_one_predicate_said_twice_with_two_values_still_differs():
    # "The quake killed 230 people." / "The quake killed 320 people, officials said.": the same term both times
    assert verdict(ev(FIRE, "9 November", True, bond=ALONE, term="ceasefire"),
                   ev(REPAIRS, "10 October", False, line=2, bond=ALONE, far=True, term="ceasefire"))[0] == "differ"


def test_a_conflicting_value_named_by_a_construction_is_never_outweighed():
    assert verdict(ev(FIRE, "9 November", True, bond=BUILT), ev(REPAIRS, "10 October", False, line=2, bond=BUILT)) == (
        "differ", [])


def test_two_values_each_only_sharing_a_clause_still_differ():
    assert verdict(ev(FIRE, "9 November", True, bond=CLAUSE), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE)) == (
        "differ", [])


def test_more_conflicting_sentences_than_constructions_still_differ():
    assert verdict(ev(FIRE, "9 November", True, bond=BUILT), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE),
                   ev(OTHER, "2 May", False, line=3, bond=CLAUSE))[0] == "differ"


def test_a_restated_value_neither_outweighs_nor_is_outweighed():
    assert verdict(ev(FIRE, "9 November", True, bond=""), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE))[0] == (
        "differ")
    assert verdict(ev(FIRE, "9 November", True, bond=BUILT), ev(REPAIRS, "10 October", False, line=2, bond=""))[0] == (
        "differ")


def test_an_inexact_value_named_by_a_construction_outweighs_nothing():
    # "in 2020" names no day: it does not state a day fact, however it is attached
    quote = "The ceasefire of 2020 held."
    assert verdict(ev(quote, "2020", True, exact=False, bond=BUILT),
                   ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE))[0] == "differ"


@given(st.lists(st.tuples(st.booleans(), st.sampled_from([BUILT, CLAUSE, ""]), st.integers(0, 3)), min_size=1,
                max_size=6), st.randoms(use_true_random=False))
def test_outweighing_does_not_depend_on_the_order_of_the_evidence(rows, rnd):
    quotes = [FIRE, REPAIRS, OTHER, S2]
    evidence = [ev(quotes[q], "ceasefire", agrees, line=q + 1, bond=bond) for agrees, bond, q in rows]
    shuffled = list(evidence)
    rnd.shuffle(shuffled)
    assert decide("a.txt", FACT, evidence).verdict == decide("a.txt", FACT, shuffled).verdict


def test_the_fire_of_a_date_outweighs_a_later_date_sharing_a_clause_with_the_fire(tmp_path):
    text = ("The old roof burned in the fire of April 15, 2019. "
            "The new roof was shown to donors on May 2, 2024 as repairs from the fire neared their end.")
    assert one(tmp_path, record("date", "fire", "2019-04-15"), text) == ("agree", ["2019-04-15", "2024-05-02"])


def test_two_dates_each_sharing_a_clause_with_the_fire_still_differ(tmp_path):
    # a day apart: near, so not outweighed by the first sentence's plain statement either
    text = ("The old roof burned in a fire on April 15, 2019. "
            "The new roof was shown to donors on April 16, 2019 as repairs from the fire began.")
    assert one(tmp_path, record("date", "fire", "2019-04-15"), text)[0] == "differ"


def test_a_date_a_construction_gives_the_fire_is_never_outweighed_unless_remote(tmp_path):
    # two days off is far, no more: a construction naming it the fire's date is a contradiction
    text = "The old roof burned in the fire of April 15, 2019. The fire of April 17, 2019 spared it."
    assert one(tmp_path, record("date", "fire", "2019-04-15"), text)[0] == "differ"
    # five years off is another fire's date (REMOTE_DAYS): a possible conflict
    text = "The old roof burned in the fire of April 15, 2019. The 2024 fire of May 2 spared it."
    assert one(tmp_path, record("date", "fire", "2019-04-15"), text)[0] == "agree"


# outweighed, far: a plain statement (its sentence's only value) against a far value that only shares a clause
ALONE = "alone"


def test_a_plain_statement_outweighs_a_far_value_sharing_a_clause_elsewhere():
    assert verdict(ev(FIRE, "9 November", True, bond=ALONE), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE,
                                                                 far=True)) == (
        "agree", [FAR_OUTWEIGHED.format(agree=1, differ=1)])


def test_a_near_value_is_how_a_misreport_looks_and_still_differs():
    assert verdict(ev(FIRE, "9 November", True, bond=ALONE), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE))[0] \
        == "differ"


def test_a_statement_among_other_values_of_its_kind_outweighs_no_far_value():
    assert verdict(ev(FIRE, "9 November", True, bond=CLAUSE), ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE,
                                                                  far=True))[0] == "differ"


def test_a_far_value_named_by_a_construction_still_differs():
    assert verdict(ev(FIRE, "9 November", True, bond=ALONE), ev(REPAIRS, "10 October", False, line=2, bond=BUILT,
                                                                 far=True))[0] == "differ"


def test_every_conflicting_value_must_be_far():
    assert verdict(ev(FIRE, "9 November", True, bond=ALONE), ev(S2, "9 November", True, line=4, bond=ALONE),
                   ev(REPAIRS, "10 October", False, line=2, bond=CLAUSE, far=True),
                   ev(OTHER, "2 May", False, line=3, bond=CLAUSE))[0] == "differ"


TOLL = record("number", "death toll, killed", "18", "people, victims")


@pytest.mark.parametrize("text, verdict", [
    # the toll said plainly; the other count is far from it (not twice or half: not remote) and only shares a
    # clause with "killed"
    ("The death toll stands at 18. The gunman killed 12 people at the bowling alley.", "agree"),
    # near: a misreport of the same toll, maybe
    ("The death toll stands at 18. The gunman killed 17 people at the bowling alley.", "differ"),
    # the toll's sentence holds another number: no plain statement
    ("The death toll stands at 18, with 13 injured. The gunman killed 12 people at the bowling alley.", "differ"),
    # two far values against one plain statement
    ("The death toll stands at 18. The gunman killed 12 people at the alley. He killed 10 people at the bar.",
     "differ"),
    # remote values (REMOTE_OFF) are outweighed by one exact statement, however plainly they are said
    ("The death toll stands at 18, with 13 injured. The gunman killed seven people at the bowling alley.", "agree"),
    ("The death toll stands at 18. At the alley, the gunman killed 400 people.", "agree"),
    ("The death toll stands at 18. The gunman killed seven people at the alley. He killed 4 people at the bar.",
     "agree"),
])
def test_a_far_count_sharing_a_clause_is_outweighed_by_the_toll_said_plainly(tmp_path, text, verdict):
    assert one(tmp_path, TOLL, text)[0] == verdict


ATTACK = record("date", "attack, struck", "2024-03-22")


@pytest.mark.parametrize("text, verdict", [
    ("The attack struck on 22 March 2024. Officials warned of an attack on 5 March 2024.", "agree"),
    # a day off is how a misreport of the day looks; a day written with no year is taken in the fact's year
    ("The attack struck on 22 March 2024. Officials warned of an attack on 23 March 2024.", "differ"),
    ("The attack struck on 22 March 2024. Officials warned of an attack on 23 March.", "differ"),
    ("The attack struck on 22 March 2024. Officials warned of an attack on 5 March.", "agree"),
    # a coarser period is as far as its nearest day: November is far from 22 March, April touches 31 March
    ("The attack struck on 22 March 2024. Officials warned of an attack in November 2024.", "agree"),
    # one predicate said twice with two values is a contradiction when far apart, no more (20 March: two days)
    ("The attack struck on 22 March 2024. The attack struck on 20 March 2024, officials said.", "differ"),
    # and so when remote (REMOTE_DAYS): the same words before the value and most of the sentence said again
    ("The attack struck on 22 March 2024. The attack struck on 5 March 2024, officials said.", "differ"),
    # ... but a remote date the sentence says with other words is another event's
    ("The attack struck on 22 March 2024. The group claimed the attack on 5 March 2024.", "agree"),
])
def test_a_far_date_sharing_a_clause_is_outweighed_by_the_date_said_plainly(tmp_path, text, verdict):
    assert one(tmp_path, ATTACK, text)[0] == verdict


@given(st.integers(1, 5000), st.integers(1, 5000))
def test_a_count_is_far_from_the_facts_when_ten_percent_or_more_off_and_remote_when_twice_or_half(stated, wanted):
    from checks.verdict import FAR_OFF, REMOTE_OFF, compare_number
    from checks.match import compile_terms
    from checks.numbers import numbers
    fact = replace(COUNT, value=float(wanted), unit=("people",))
    mention = numbers(f"The gunman killed {stated} people.")[0]
    c = compare_number(fact, mention, compile_terms(("people",)))
    ratio = max(stated, wanted) / min(stated, wanted)
    assert c.far == (0 if stated == wanted else 2 if ratio >= REMOTE_OFF else 1 if ratio >= FAR_OFF else 0)


GUNMEN = record("number", "victims, killed", "22", "victims, people")
STRUCK = record("date", "attack, struck", "2024-03-22")


@pytest.mark.parametrize("spec, text, verdict", [
    # a count twice the stated one or half of it, in another sentence, is another figure (a part, another event's)
    (GUNMEN, "Gunmen killed 22 people at the cafe. Nine victims were Italian.", "agree"),
    (GUNMEN, "The 22 victims were mourned on Friday. A similar attack in 2015 killed 50 people.", "agree"),
    # the same statement made again with a remote value is a contradiction (the same word before each value, most of
    # the shorter sentence's words in the other)
    (GUNMEN, "Gunmen killed 22 people at the cafe. Gunmen killed 10 people at the cafe.", "differ"),
    (GUNMEN, "Gunmen killed 22 people at the Orsk cafe. The gunmen killed 11 people at the cafe, police said.", "differ"),
    (STRUCK, "The ferry struck the rocks on 22 March 2024. The ferry struck the rocks on 26 March 2024, a survivor said.",
     "differ"),
    # a near one is how a misreport looks: one statement against one still differs
    (GUNMEN, "Gunmen killed 22 people at the cafe. Police said 21 victims were shot.", "differ"),
    (GUNMEN, "Gunmen killed 22 people and wounded 30 at the cafe. Police said 14 victims were shot.", "differ"),  # far,
    # not remote: 14 is more than half of 22
    # with no exact statement of the fact's value, a far value still differs
    (GUNMEN, "Gunmen killed nearly 22 people at the cafe. Nine victims were Italian.", "differ"),
    (GUNMEN, "Nine victims were Italian.", "differ"),
    # a date three days or more from the stated one, in another sentence, is another event's day
    (STRUCK, "The attack struck on 22 March 2024. On 26 March 2024, the attack was claimed by a group.", "agree"),
    # a day or two off is a misreport's distance: still differs
    (STRUCK, "The attack struck on 22 March 2024. The attack on 23 March 2024 was claimed by a group.", "differ"),
    # a year that holds the day states it no more exactly: the far day still differs
    (STRUCK, "The 2024 attack was mourned. The attack struck on 26 March 2024.", "differ"),
])
def test_a_value_remote_from_one_stated_exactly_in_another_sentence_is_a_possible_conflict(tmp_path, spec, text,
                                                                                            verdict):
    assert one(tmp_path, spec, text)[0] == verdict


@pytest.mark.parametrize("spec, text, verdict", [
    # a restated value weighs as the value it restates: here one that only shares a clause with a term
    (record("date", "demolition, tearing down", "2024-04-05"),
     "Demolition of the tower began on April 5, 2024. "
     "Workers on Wednesday (April 17, 2024) completed the tearing down of the tower.", "agree"),
    (record("number", "debt", "300000000000", "dollars, USD"),
     "Velmar has debt of $300 billion. A lender sued Velmar over unpaid debt of HK$863 million (about $110 million).",
     "agree"),
    # restating a date a construction names it: not outweighed (two days off: far, not remote)
    (record("date", "demolition, tearing down", "2024-04-05"),
     "Demolition of the tower began on April 5, 2024. The Sunday (April 7, 2024) demolition ended it.", "differ"),
])
def test_a_restated_value_weighs_as_the_value_it_restates(tmp_path, spec, text, verdict):
    assert one(tmp_path, spec, text)[0] == verdict


def test_a_coarser_period_touching_the_facts_day_is_near(tmp_path):
    text = "The attack happened on 31 March 2024. Officials said the attack came in April 2024."
    assert one(tmp_path, record("date", "attack", "2024-03-31"), text)[0] == "differ"


@given(st.dates(), st.dates())
def test_the_days_between_two_periods_are_symmetric_and_zero_when_they_touch(a, b):
    from checks.model import Period
    from checks.verdict import _days_apart
    p, q = Period(a, a, a.isoformat(), grain="day"), Period(b, b, b.isoformat(), grain="day")
    assert _days_apart(p, q) == _days_apart(q, p) == abs((a - b).days)
    wide = Period(min(a, b), max(a, b), "span")
    assert _days_apart(wide, p) == _days_apart(wide, q) == 0


def test_a_day_with_no_year_is_as_near_as_its_nearest_year_makes_it():
    from checks.model import Period
    from checks.verdict import _days_apart
    from datetime import date
    new_year = Period(date(2024, 1, 1), date(2024, 1, 1), "2024-01-01", grain="day")
    eve = Period(date(2000, 12, 31), date(2000, 12, 31), "--12-31", yearless=True, grain="day")
    assert _days_apart(eve, new_year) == 1
