"""A fact file left out because it is invalid: every format says it was NOT CHECKED, with its error,
and no headline says all is well."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from checks.pipeline import check_all
from checks.report.publish import write_reports
from checks.report.render import FORMATS, render
from tests.helpers import CEASEFIRE_FACTS

from .samples import sample

BROKEN = "facts/broken.yaml"
ERROR = "'value' is not a date: 2020-13-45"


def broken_report(*, errors: bool = True):
    """The sample with every discrepancy gone (nothing new to report), and one broken fact file."""
    clean = sample()
    facts = tuple(fr for fr in clean.facts if fr.fact.id in ("pm-office", "orphan"))
    return replace(clean, facts=facts, notes=(f"{BROKEN}: NOT CHECKED, the fact file is invalid (see the errors)",),
                   broken=(BROKEN,), broken_problems=((BROKEN, 4, ERROR),) if errors else ())


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_names_the_broken_file_as_not_checked(fmt):
    out = render(broken_report(), fmt)
    assert BROKEN in out and "NOT CHECKED" in out
    shown = out.replace("&#x27;", "'").replace("\\'", "'")  # escaped as each format escapes
    assert "is not a date: 2020-13-45" in shown


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_a_broken_file_without_known_errors_is_still_named(fmt):
    out = render(broken_report(errors=False), fmt)
    assert BROKEN in out and "NOT CHECKED" in out


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_the_headline_does_not_say_all_is_well(fmt):
    out = render(broken_report(), fmt)
    head = out[:out.index("Matrix")]
    assert "No new discrepancies" not in head
    assert "1 fact file NOT CHECKED" in head
    assert "No new discrepancies" in render(replace(broken_report(), broken=(), broken_problems=()), fmt)


def test_markdown_lists_the_errors_before_the_matrix_and_not_again_as_a_bare_note():
    out = render(broken_report(), "md")
    assert out.index("## NOT CHECKED") < out.index("## Matrix")
    assert f"- `{BROKEN}`: **NOT CHECKED**" in out
    assert f"  - `{BROKEN}:4`: 'value' is not a date: 2020-13-45" in out
    assert "(see the errors)" not in out


def test_line_and_github_point_at_the_error_line():
    assert render(broken_report(), "line").splitlines()[0] == f"{BROKEN}:4: NOT CHECKED: {ERROR}"
    first = render(broken_report(), "github").splitlines()[0]
    assert first.startswith(f"::error file={BROKEN},line=4,title={BROKEN}%3A NOT CHECKED::")
    assert render(broken_report(errors=False), "line").splitlines()[0].startswith(f"{BROKEN}:1: NOT CHECKED")


def test_json_carries_the_broken_files_and_is_unchanged_without_them():
    data = json.loads(render(broken_report(), "json"))
    assert data["broken"] == [{"file": BROKEN, "status": "NOT CHECKED", "errors": [{"line": 4, "message": ERROR}]}]
    assert "broken" not in json.loads(render(sample(), "json"))


def test_the_text_matrix_ends_with_the_broken_file():
    lines = render(broken_report(), "text").splitlines()
    assert lines[-3].startswith("NOT CHECKED: 1 fact file invalid")
    assert lines[-2:] == [f"  {BROKEN}: NOT CHECKED", f"    {BROKEN}:4: {ERROR}"]


def test_check_all_gives_the_reports_their_errors(tmp_path):
    facts, seeds = tmp_path / "facts", tmp_path / "seeds"
    facts.mkdir()
    seeds.mkdir()
    (facts / "good.yaml").write_text(CEASEFIRE_FACTS, encoding="utf-8")
    (facts / "bad.yaml").write_text(CEASEFIRE_FACTS.replace("2020-11-09", "2020-13-45"), encoding="utf-8")
    (seeds / "a.txt").write_text("The ceasefire was signed on 9 November 2020.\n", encoding="utf-8")
    report, problems = check_all(facts, seeds)
    assert problems and report.broken and report.broken_problems
    (file, line, error), = report.broken_problems
    assert file.endswith("bad.yaml") and line == problems[0].line and problems[0].message in error
    written = {p.suffix: p.read_text(encoding="utf-8") for p in write_reports(report, tmp_path / "report")}
    assert "No new discrepancies" not in written[".md"].split("## Matrix")[0]
    for text in written.values():
        assert "bad.yaml" in text and "NOT CHECKED" in text
