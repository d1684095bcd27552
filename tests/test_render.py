"""The report formats as a whole: line and GitHub output, the CLI, the report files pytest writes.

``sample()`` is a small hand-built Report (straight from checks.model records, no
fact files or sources) that the Markdown, HTML and browser tests use too.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from checks import cli, reports
from checks.model import Evidence, Fact, FactReport, Period, Report, Result
from checks.output import OutputError
from checks.render import FORMATS, render

from .helpers import CEASEFIRE_FACTS

pytest_plugins = ["pytester"]

NOV9 = Period(date(2020, 11, 9), date(2020, 11, 9), "2020-11-09")


def ev(line: int, quote: str, value: str, found: str, agrees: bool) -> Evidence:
    """Evidence whose span is where ``value`` stands in ``quote``."""
    start = quote.index(value)
    return Evidence(line, quote, found, agrees, (start, start + len(value)))


def sample() -> Report:
    """Three sources, five facts: a new and an acknowledged discrepancy, a stale acknowledgement,
    a fact every source agrees on, one no source mentions, and a draft."""
    ceasefire = Fact("ceasefire-signed", "The ceasefire was signed on 9 November 2020.", "date",
                     ("ceasefire",), NOV9, "facts/war.yaml", 2,
                     known=(("c.txt", "Dates it by when it took effect."),))
    war = Fact("war-length", "The war lasted 44 days.", "number", ("war",), 44.0, "facts/war.yaml", 9,
               unit=("days",), known=(("b.txt", "Said 42 days once."),))
    office = Fact("pm-office", "Pashinyan is Prime Minister.", "party", ("Pashinyan",), ("Prime Minister",),
                  "facts/people.yaml", 2)
    silent = Fact("orphan", "Nobody mentions this.", "date", ("orphan",), NOV9, "facts/people.yaml", 8)
    draft = Fact("draft-fact", "Still being researched.", "date", ("draft",), None, "facts/people.yaml", 14)
    truce_10 = "The truce of Nov. 10, 2020 held."
    signed_9 = "The ceasefire was signed on 9 November 2020."
    took_10 = "The ceasefire took effect on 10 November."
    facts = (
        FactReport(ceasefire, (
            Result("a.txt", "differ", (ev(3, truce_10, "Nov. 10, 2020", "2020-11-10", False),)),
            Result("b.txt", "agree", (ev(7, signed_9, "9 November 2020", "2020-11-09", True),)),
            Result("c.txt", "differ", (ev(1, took_10, "10 November", "2020-11-10", False),),
                   known=True, reason="Dates it by when it took effect."),
        )),
        FactReport(war, (
            Result("a.txt", "agree", (ev(5, "The war lasted 44 days.", "44 days", "44 days", True),)),
            Result("b.txt", "silent", known=True, reason="Said 42 days once."),
            Result("c.txt", "silent"),
        )),
        FactReport(office, tuple(
            Result(name, "agree", (ev(2, "Prime Minister Pashinyan spoke.", "Prime Minister", "Prime Minister",
                                      True),))
            for name in ("a.txt", "b.txt", "c.txt"))),
        FactReport(silent, tuple(Result(name, "silent") for name in ("a.txt", "b.txt", "c.txt"))),
        FactReport(draft, tuple(Result(name, "silent") for name in ("a.txt", "b.txt", "c.txt"))),
    )
    return Report(("a.txt", "b.txt", "c.txt"), facts, ("c.txt: not UTF-8; decoded as Windows-1252",),
                  (("a.txt", "Daily Ledger"),))


# ------------------------------------------------------------------ line and github: golden output

def test_line_format_golden():
    assert render(sample(), "line").splitlines() == [
        "facts/war.yaml:2: ceasefire-signed: a.txt:3: differ: found 2020-11-10, expected 2020-11-09",
        "facts/war.yaml:2: ceasefire-signed: b.txt:7: agree: found 2020-11-09, expected 2020-11-09",
        "facts/war.yaml:2: ceasefire-signed: c.txt:1: known: found 2020-11-10, expected 2020-11-09",
        "facts/war.yaml:9: war-length: a.txt:5: agree: found 44 days, expected 44 days",
        "facts/people.yaml:2: pm-office: a.txt:2: agree: found Prime Minister, expected Prime Minister",
        "facts/people.yaml:2: pm-office: b.txt:2: agree: found Prime Minister, expected Prime Minister",
        "facts/people.yaml:2: pm-office: c.txt:2: agree: found Prime Minister, expected Prime Minister",
    ]


def test_github_format_golden():
    assert render(sample(), "github").splitlines() == [
        "::error file=facts/war.yaml,line=2,title=ceasefire-signed%3A a.txt differs::a.txt:3 says 2020-11-10, "
        'expected 2020-11-09: "The truce of Nov. 10, 2020 held."',
        "::notice file=facts/war.yaml,line=2,title=ceasefire-signed%3A c.txt differs::c.txt:1 says 2020-11-10, "
        'expected 2020-11-09: "The ceasefire took effect on 10 November." (acknowledged: Dates it by when it '
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
    assert lines == ["facts/a,b:c.yaml:4: f: odd name.txt:8: differ: found 2020-11-10, expected 2020-11-09"]
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
        assert cli.main(["report", "--facts", str(facts), "--seeds", str(seeds), "--format", fmt,
                         "--output", str(out)]) == 0
        first = out.read_bytes()
        assert cli.main(["report", "--facts", str(facts), "--seeds", str(seeds), "--format", fmt,
                         "--output", str(out)]) == 0
        assert out.read_bytes() == first, f"{fmt} is not byte-identical across runs"
    assert "a.txt:1" in (tmp_path / "out" / "report.md").read_text(encoding="utf-8")
    assert "<mark>10 November 2020</mark>" in (tmp_path / "out" / "report.html").read_text(encoding="utf-8")
    assert ": differ: found 2020-11-10" in (tmp_path / "out" / "report.line").read_text(encoding="utf-8")


# ------------------------------------------------------------------ the report files

def test_write_reports_writes_the_set(tmp_path):
    paths = reports.write_reports(sample(), tmp_path / "report")
    assert [p.name for p in paths] == ["discrepancies.md", "discrepancies.html", "discrepancies.json"]
    assert json.loads(paths[2].read_text(encoding="utf-8"))["counts"]["differ"] == 1
    assert sorted(p.name for p in (tmp_path / "report").iterdir()) == sorted(p.name for p in paths)


def test_a_failure_mid_write_leaves_the_old_report_intact(tmp_path, monkeypatch):
    folder = tmp_path / "report"
    reports.write_reports(sample(), folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    real_fdopen = os.fdopen

    class Exploding:
        def __init__(self, handle):
            self.handle = handle

        def __enter__(self):
            return self

        def __exit__(self, *exc):
            self.handle.close()

        def write(self, text):
            self.handle.write(text[: len(text) // 2])  # half the report reaches the disk, then the crash
            raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "fdopen", lambda *a, **k: Exploding(real_fdopen(*a, **k)))
    changed = Report(sample().sources, sample().facts[:1])
    with pytest.raises(OSError):
        reports.write_reports(changed, folder)
    monkeypatch.undo()
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # no temporary file left either


def test_a_failed_render_writes_nothing(tmp_path, monkeypatch):
    folder = tmp_path / "report"
    reports.write_reports(sample(), folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}

    def broken(report):
        raise RuntimeError("renderer bug")

    monkeypatch.setitem(FORMATS, "html", broken)
    with pytest.raises(RuntimeError):
        reports.write_reports(sample(), folder)
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before  # not even the Markdown, rendered first


def test_report_names_cannot_leave_the_folder(tmp_path, monkeypatch):
    monkeypatch.setitem(reports.REPORT_FILES, "md", "../escaped.md")
    with pytest.raises(OutputError):
        reports.write_reports(sample(), tmp_path / "report")
    assert not (tmp_path / "escaped.md").exists()


def test_publish_reports_an_unwritable_folder_instead_of_raising(tmp_path):
    blocker = tmp_path / "report"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    done = reports.publish(sample(), blocker)
    assert done.error and not done.files
    assert done.lines(tmp_path)[0].startswith("report: NOT written:")


def test_step_summary_is_appended(tmp_path, monkeypatch):
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    done = reports.publish(sample(), tmp_path / "report")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("# Earlier step\n\n# Fact consistency report\n")
    assert text.endswith(render(sample(), "md"))
    assert done.summary == summary


def test_step_summary_stays_under_githubs_limit():
    text = reports.step_summary_text(sample(), limit=900, full_report="report/discrepancies.md")
    assert len(text.encode("utf-8")) <= 900
    assert text.startswith("# Fact consistency report\n")
    assert text.rstrip().endswith("the rest is in report/discrepancies.md._")


def test_no_step_summary_outside_github(tmp_path, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    assert reports.publish(sample(), tmp_path / "report").summary is None


# ------------------------------------------------------------------ pytest writes the report

FACTS = CEASEFIRE_FACTS


@pytest.fixture
def suite(pytester, monkeypatch):
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    pytester.makeini("[pytest]\ntestpaths = facts\n")
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "f.yaml").write_text(FACTS, encoding="utf-8")
    (pytester.path / "seeds").mkdir()
    (pytester.path / "seeds" / "a.txt").write_text("The ceasefire was signed on 10 November 2020.\n",
                                                    encoding="utf-8")
    return pytester


def run(pytester, *args):
    return pytester.runpytest("-p", "checks.pytest_plugin", "-p", "no:cacheprovider", *args)


def test_pytest_writes_the_report_by_default(suite):
    result = run(suite)
    result.assert_outcomes(failed=1)
    folder = suite.path / "report"
    assert sorted(p.name for p in folder.iterdir()) == ["discrepancies.html", "discrepancies.json",
                                                        "discrepancies.md"]
    result.stdout.fnmatch_lines(["report: report/discrepancies.md, report/discrepancies.html, "
                                 "report/discrepancies.json"])
    assert "**1 new discrepancy**" in (folder / "discrepancies.md").read_text(encoding="utf-8")


def test_pytest_report_dir_option_and_ini(suite):
    run(suite, "--report-dir", "out/here")
    assert (suite.path / "out" / "here" / "discrepancies.md").is_file()
    suite.makeini("[pytest]\ntestpaths = facts\nreport_dir = from-ini\n")
    result = run(suite)
    assert (suite.path / "from-ini" / "discrepancies.html").is_file()
    result.stdout.fnmatch_lines(["report: from-ini/discrepancies.md, *"])


def test_pytest_no_report(suite):
    result = run(suite, "--no-report")
    assert not (suite.path / "report").exists()
    assert "report:" not in result.stdout.str()
    suite.makeini("[pytest]\ntestpaths = facts\nreport_dir =\n")
    run(suite)
    assert not (suite.path / "report").exists()


def test_pytest_appends_the_job_summary(suite, monkeypatch, tmp_path):
    summary = tmp_path / "step-summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    result = run(suite)
    assert summary.read_text(encoding="utf-8") == (suite.path / "report" / "discrepancies.md").read_text(
        encoding="utf-8")
    result.stdout.fnmatch_lines(["report: Markdown appended to the job summary*"])


def test_pytest_says_when_the_report_cannot_be_written(suite):
    (suite.path / "report").write_text("in the way", encoding="utf-8")
    result = run(suite)
    result.assert_outcomes(failed=1)  # the checks still ran and still decide the exit status
    result.stdout.fnmatch_lines(["report: NOT written: *"])


def test_pytest_writes_no_report_without_facts(pytester):
    pytester.makepyfile(test_plain="def test_ok():\n    pass\n")
    result = run(pytester)
    result.assert_outcomes(passed=1)
    assert not (pytester.path / "report").exists()


def test_source_names_in_paths_are_shown_relative(tmp_path):
    assert reports.shown(tmp_path / "report" / "x.md", tmp_path) == "report/x.md"
    assert reports.shown(Path("/elsewhere/x.md"), tmp_path) == "/elsewhere/x.md"
