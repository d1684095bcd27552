"""The report formats as a whole: line and GitHub output, every format from the CLI."""

from __future__ import annotations

import pytest

from checks import cli
from checks.model import Fact, FactReport, Report, Result
from checks.report.render import FORMATS, render
from tests.helpers import CEASEFIRE_FACTS

from .samples import NOV9, ev, sample


# ------------------------------------------------------------------ line and github: golden output

def test_line_format_golden():
    assert render(sample(), "line").splitlines() == [
        "facts/war.yaml:2: ceasefire-signed: a.txt:3: differ: found 10 Nov 2020, expected 9 Nov 2020",
        "facts/war.yaml:2: ceasefire-signed: b.txt:7: agree: found 9 Nov 2020, expected 9 Nov 2020",
        "facts/war.yaml:2: ceasefire-signed: c.txt:1: known: found 10 Nov 2020, expected 9 Nov 2020",
        "facts/war.yaml:9: war-length: a.txt:5: agree: found 44 days, expected 44 days",
        "facts/people.yaml:2: pm-office: a.txt:2: agree: found Prime Minister, expected Prime Minister",
        "facts/people.yaml:2: pm-office: b.txt:2: agree: found Prime Minister, expected Prime Minister",
        "facts/people.yaml:2: pm-office: c.txt:2: agree: found Prime Minister, expected Prime Minister",
    ]


def test_github_format_golden():
    assert render(sample(), "github").splitlines() == [
        "::error file=facts/war.yaml,line=2,title=ceasefire-signed%3A a.txt differs::a.txt:3 says 10 Nov 2020, "
        'expected 9 Nov 2020: "The truce of Nov. 10, 2020 held."',
        "::notice file=facts/war.yaml,line=2,title=ceasefire-signed%3A c.txt differs::c.txt:1 says 10 Nov 2020, "
        'expected 9 Nov 2020: "The ceasefire took effect on 10 November." (acknowledged: Dates it by when it '
        "took effect.)",
        "::error file=facts/war.yaml,line=9,title=war-length%3A stale acknowledgement of b.txt::b.txt is "
        "acknowledged as differing (Said 42 days once.) but is now silent; remove it from 'known'",
    ]


def test_line_and_github_stay_one_line_per_entry():
    fact = Fact("f", "c", "date", ("x",), NOV9, "facts/a,b:c.yaml", 4, severity="warning")
    quote = "Line one\nline two, 100% sure"
    report = Report(("odd\nname.txt",), (FactReport(fact, (
        Result("odd\nname.txt", "differ", (ev(8, quote, "two", "2020-11-10", False),)),)),))
    lines = render(report, "line").splitlines()
    # a line break in a name shown as \\n, as the README promises (a space would name another file)
    assert lines == ["facts/a,b:c.yaml:4: f: odd\\nname.txt:8: differ: found 10 Nov 2020, expected 9 Nov 2020"]
    (github,) = render(report, "github").splitlines()
    # a severity-warning fact does not fail the run: a warning, not an error
    assert github.startswith("::warning file=facts/a%2Cb%3Ac.yaml,line=4,title=f%3A odd%0Aname.txt differs::")
    assert "Line one%0Aline two, 100%25 sure" in github


# ------------------------------------------------------------------ every format: determinism, the CLI

@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_is_deterministic(fmt):
    assert render(sample(), fmt) == render(sample(), fmt)
    assert render(sample(), fmt).endswith("\n")


def test_cli_writes_every_format_from_fact_files(tmp_path, capsys):
    facts, seeds = tmp_path / "facts", tmp_path / "seeds"
    facts.mkdir()
    seeds.mkdir()
    (facts / "f.yaml").write_text(CEASEFIRE_FACTS, encoding="utf-8")
    (seeds / "a.txt").write_text("The ceasefire was signed on 10 November 2020.\n", encoding="utf-8")
    for fmt in ("md", "html", "json", "line", "github"):
        out = tmp_path / "out" / f"report.{fmt}"
        assert cli.main(["report", "--facts", str(facts), "--seeds", str(seeds), "--format", fmt, "--fail-on", "never",
                         "--output", str(out)]) == 0
        first = out.read_bytes()
        assert cli.main(["report", "--facts", str(facts), "--seeds", str(seeds), "--format", fmt, "--fail-on", "never",
                         "--output", str(out)]) == 0
        assert out.read_bytes() == first, f"{fmt} is not byte-identical across runs"
    assert "a.txt:1" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "<mark>10 November 2020</mark>" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert ": differ: found 10 Nov 2020" in (tmp_path / "out" / "report.line").read_text(encoding="utf-8")


# ------------------------------------------------------------------ a failing test's text stays small

def test_a_failure_quotes_the_first_sources_that_differ_and_counts_the_rest():
    from checks.report.render import QUOTED_FAILURES, failure_text
    from checks.verdict import outcome

    names = tuple(f"s{i:03d}.txt" for i in range(QUOTED_FAILURES + 15))
    fact = Fact("signed", "Signed on 9 November 2020.", "date", ("signed",), NOV9, "facts/f.yaml", 1)
    wrong = "Signed on 10 November 2020."
    results = tuple(Result(n, "differ", (ev(i + 1, wrong, "10 November 2020", "2020-11-10", False),)) for i, n in
                    enumerate(names))
    fr = FactReport(fact, results)
    text = failure_text(fr, outcome(fr))
    quoted = [line for line in text.splitlines() if line.startswith("  s") and ": found " in line]
    assert [line.split(":")[0].strip() for line in quoted] == list(names[:QUOTED_FAILURES])
    assert "  and 15 more sources differ (every quote: the report files, or `python -m checks explain signed`)" \
        in text.splitlines()
    assert text.count("<why it differs>") == QUOTED_FAILURES and "      # ... and the 15 others" in text
    few = FactReport(fact, results[:3])
    assert "more sources differ" not in failure_text(few, outcome(few))
