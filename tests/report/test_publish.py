"""The report files: written as a set, atomically, inside their folder; GitHub's job summary; pytest writes them."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from checks.model import Report
from checks.report import publish as reports
from checks.report.output import OutputError
from checks.report.render import FORMATS, render
from tests.helpers import CEASEFIRE_FACTS

from .samples import sample

pytest_plugins = ["pytester"]


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

    def broken(report, max_sources=None):
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
