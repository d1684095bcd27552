"""The reading every report format shares: cells, a fact's status, the overview of a Report."""

from __future__ import annotations

from checks.model import Result
from checks.report.overview import cell, first_differing, now_does, overview, plural, status

from .samples import ev, sample


def test_an_acknowledged_difference_is_a_known_cell():
    assert cell(Result("a.txt", "differ")) == "differ"
    assert cell(Result("a.txt", "differ", known=True, reason="old figure")) == "known"
    assert cell(Result("a.txt", "silent", known=True, reason="old figure")) == "silent"


def test_a_fact_is_as_bad_as_its_worst_source():
    by_id = {fr.fact.id: fr for fr in sample().facts}
    assert status(by_id["ceasefire-signed"]) == "differ"  # one new, one acknowledged, one agreeing
    assert status(by_id["pm-office"]) == "agree"
    assert status(by_id["orphan"]) == "silent"
    assert status(by_id["draft-fact"]) == "draft"


def test_overview_of_the_sample():
    ov = overview(sample())
    assert [fr.fact.id for fr in ov.checked] == ["ceasefire-signed", "war-length", "pm-office", "orphan"]
    assert [fr.fact.id for fr in ov.drafts] == ["draft-fact"]
    assert [(fr.fact.id, r.source) for fr, r in ov.new] == [("ceasefire-signed", "a.txt")]
    assert [(fr.fact.id, r.source) for fr, r in ov.stale] == [("war-length", "b.txt")]
    assert [fr.fact.id for fr in ov.discrepant] == ["ceasefire-signed"]
    assert [fr.fact.id for fr in ov.silent_facts] == ["orphan"]
    assert ov.count_line() == "5 agree, 1 differ, 1 known, 5 silent"  # drafts not counted


def test_first_differing_skips_a_quote_that_agrees():
    fits = ev(2, "The bridge opened on 3 May.", "3 May", "05-03", True)
    wrong = ev(5, "It opened on 4 May.", "4 May", "05-04", False)
    assert first_differing(Result("a.txt", "differ", (fits, wrong))) is wrong
    assert first_differing(Result("a.txt", "agree", (fits,))) is fits
    assert first_differing(Result("a.txt", "silent")) is None


def test_words():
    assert now_does(Result("a.txt", "agree")) == "now agrees"
    assert now_does(Result("a.txt", "silent")) == "is now silent"
    assert plural(1, "fact") == "1 fact"
    assert plural(1200, "discrepancy", "discrepancies") == "1,200 discrepancies"
