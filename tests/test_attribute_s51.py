"""Rules of session 51, on invented sentences: each group pins one rule (the comment above it)."""

import tempfile
from pathlib import Path

from hypothesis import given, settings, strategies as st

from .helpers import project, verdicts


def _number(fid: str, claim: str, about: str, value: str, unit: str = "seconds, second") -> str:
    return (f"  - id: {fid}\n    claim: {claim}\n    kind: number\n    about: [{about}]\n    value: {value}\n"
            f"    unit: [{unit}]\n    tolerance: 0\n")


def _date(fid: str, claim: str, about: str, value: str) -> str:
    return f"  - id: {fid}\n    claim: {claim}\n    kind: date\n    about: [{about}]\n    value: {value}\n"


# another_record: a conflicting value that the grammar gives as well to a term only another record of the same file and
# kind holds, and that is that record's value, is that record's ("Lund ran the 100 metres in 9.58 seconds" for Roe's
# time, filed beside Lund's 100-metre time of 9.58).
ROE = _number("roe-time", "Ana Roe ran 9.71 seconds.", "Ana Roe, Roe, silver", "9.71")
LUND = _number("lund-time", "Bea Lund won the 100 metres in 9.58 seconds.", "Bea Lund, Lund, 100 metres", "9.58")
RACE = "Ana Roe took silver as Bea Lund won the 100 metres in 9.58 seconds."


def test_a_value_of_a_record_filed_beside_is_that_records(tmp_path):
    got = verdicts(tmp_path, "facts:\n" + ROE + LUND, {"a.txt": RACE})
    assert got == {"roe-time": {"a.txt": "silent"}, "lund-time": {"a.txt": "agree"}}


def test_without_the_record_beside_the_value_still_differs(tmp_path):
    assert verdicts(tmp_path, "facts:\n" + ROE, {"a.txt": RACE})["roe-time"]["a.txt"] == "differ"


def test_a_record_in_another_file_is_not_beside(tmp_path):
    facts_dir, seeds_dir = project(tmp_path, "facts:\n" + ROE, {"a.txt": RACE})
    (facts_dir / "other.yaml").write_text("facts:\n" + LUND, encoding="utf-8")
    from checks.pipeline import check
    report = check(facts_dir, seeds_dir)
    assert {fr.fact.id: fr.results[0].verdict for fr in report.facts}["roe-time"] == "differ"


def test_the_sentence_must_name_the_other_records_own_term(tmp_path):
    # 9.58 is Lund's value, but nothing here names Lund or the 100 metres: a plain conflict for Roe
    got = verdicts(tmp_path, "facts:\n" + ROE + LUND, {"a.txt": "Ana Roe took silver in 9.58 seconds."})
    assert got["roe-time"]["a.txt"] == "differ"


SIGNED = _date("signed", "The truce was signed on 9 November 2020.", "signed", "2020-11-09")
EFFECT = _date("effect", "The truce took effect on 10 November 2020.", "took effect", "2020-11-10")


def test_coordinated_predicates_keep_their_own_dates_against_a_record_beside(tmp_path):
    # "signed on 10 November" is the signing's date, though the record beside (took effect) holds 10 November
    text = "The truce was signed on 10 November 2020 and took effect at midnight."
    assert verdicts(tmp_path, "facts:\n" + SIGNED + EFFECT, {"a.txt": text})["signed"]["a.txt"] == "differ"


def test_a_date_the_grammar_gives_to_the_record_besides_term_is_its(tmp_path):
    text = "The truce, signed and in force since it took effect on 10 November 2020, holds."
    got = verdicts(tmp_path, "facts:\n" + SIGNED + EFFECT, {"a.txt": text})
    assert got["effect"]["a.txt"] == "agree" and got["signed"]["a.txt"] != "differ"


@settings(max_examples=25, deadline=None)
@given(st.integers(min_value=900, max_value=1100).filter(lambda n: n not in (958, 971)))
def test_only_the_record_besides_exact_value_is_set_aside(hundredths):
    # any other time Lund is said to run is a conflict for Roe as before: the rule reads the record's value only
    value = f"{hundredths / 100:.2f}"
    with tempfile.TemporaryDirectory() as d:
        got = verdicts(Path(d), "facts:\n" + ROE + LUND,
                       {"a.txt": f"Ana Roe took silver as Bea Lund won the 100 metres in {value} seconds."})
    assert got["roe-time"]["a.txt"] == "differ", value


def test_explain_names_another_record(tmp_path, capsys):
    from checks.cli import main
    facts_dir, seeds_dir = project(tmp_path, "facts:\n" + ROE + LUND, {"a.txt": RACE})
    main(["explain", "roe-time", "--source", "a.txt", "--facts", str(facts_dir), "--seeds", str(seeds_dir)])
    out = capsys.readouterr().out
    assert "another_record" in out and "lund-time" in out, out
