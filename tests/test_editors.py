"""The editors' commands: lint, survey, new, acknowledge, the schema; and context, unless, severity, drafts."""

import subprocess
import sys
from pathlib import Path

import pytest

from checks.facts import FIELDS, read_facts
from checks.schema import schema, schema_text

from .helpers import one, write

ROOT = Path(__file__).resolve().parent.parent
SOURCES = {
    "a.txt": "The checkpoint was set up on 23 April 2023.\n",
    "b.txt": "Intro.\nAzerbaijan set up the checkpoint on 24 April 2023, officials said.\n",
    "c.txt": "Nothing here.\n",
}
RECORD = """# yaml-language-server: $schema=schema.json
# Checkpoints. A comment that must survive edits.
facts:
  - id: checkpoint-date
    claim: The checkpoint was set up on 23 April 2023.
    kind: date
    about: [checkpoint]  # the word the sources use
    value: 2023-04-23

  # another record, after a comment
  - id: other
    claim: Something else.
    kind: place
    about: [zeppelin]
    value: Berlin
"""


def run(tmp_path, *args, stdin=None):
    return subprocess.run([sys.executable, "-m", "checks", *args], cwd=tmp_path, capture_output=True, text=True,
                          input=stdin)


@pytest.fixture
def project(tmp_path):
    write(tmp_path / "facts" / "checkpoints.yaml", RECORD)
    for name, text in SOURCES.items():
        write(tmp_path / "seeds" / name, text)
    return tmp_path


def test_lint_reports_every_problem_with_column_and_code(project):
    write(project / "facts" / "bad.yaml", "facts:\n  - id: x\n    claim: c\n    kind: dates\n    about: [a]\n"
                                         "    valeu: 1\n    kind: date\n")
    proc = run(project, "lint")
    assert proc.returncode == 1
    lines = proc.stdout.splitlines()
    assert "facts/bad.yaml:6:5: unknown-key: unknown field 'valeu' — did you mean 'value'?" in lines
    assert "facts/bad.yaml:7:5: duplicate-key: duplicate key 'kind' (first at line 4) — keep one of the two; " \
           "YAML would silently drop the first" in lines
    assert any(line.startswith("facts/checkpoints.yaml:11:1: about-unmatched (warning):") for line in lines)


def test_lint_is_clean_on_good_files_and_on_the_project(project):
    (project / "facts" / "checkpoints.yaml").write_text(RECORD.replace("zeppelin", "checkpoint"))
    assert run(project, "lint").returncode == 0
    assert run(ROOT, "lint").returncode == 0


def test_survey_clusters_sources_by_value(project):
    proc = run(project, "survey", "checkpoint", "--kind", "date")
    assert proc.returncode == 0
    assert proc.stdout.splitlines()[-1] == "23 Apr 2023: a.txt · 24 Apr 2023: b.txt · silent: c.txt"
    assert "line 2: 24 Apr 2023" in proc.stdout


def test_new_appends_a_record_keeping_comments_and_prints_its_verdicts(project):
    proc = run(project, "new", "--id", "checkpoint-day", "--kind", "date", "--claim", "Set up on 23 April 2023.",
               "--about", "checkpoint", "--about", "check-point", "--value", "2023-04-23",
               "--file", "facts/checkpoints.yaml")
    assert proc.returncode == 0, proc.stderr
    text = (project / "facts" / "checkpoints.yaml").read_text()
    assert text.startswith(RECORD)  # nothing before it moved or lost its comments
    assert "  - id: checkpoint-day\n    claim: Set up on 23 April 2023.\n" in text
    assert "b.txt:2: differ: found 24 Apr 2023, expected 23 Apr 2023" in proc.stdout
    assert "pytest would: fail" in proc.stdout
    facts, problems = read_facts(project / "facts")
    assert not problems and [f.id for f in facts][-1] == "checkpoint-day"


def test_new_refuses_a_record_that_would_break_the_file(project):
    before = (project / "facts" / "checkpoints.yaml").read_text()
    proc = run(project, "new", "--id", "Bad Id", "--kind", "date", "--claim", "x", "--about", "y",
               "--file", "facts/checkpoints.yaml")
    assert proc.returncode == 2 and "is not lowercase letters" in proc.stderr
    assert (project / "facts" / "checkpoints.yaml").read_text() == before


def test_acknowledge_then_stale(project):
    proc = run(project, "acknowledge", "checkpoint-date", "b.txt", "--why", "Counts from the day it opened: 24 April.")
    assert proc.returncode == 0, proc.stderr
    text = (project / "facts" / "checkpoints.yaml").read_text()
    assert "    value: 2023-04-23\n    known:\n      b.txt: \"Counts from the day it opened: 24 April.\"\n" in text
    assert "# the word the sources use" in text and "# another record, after a comment" in text
    assert "pytest would: xfail" in proc.stdout
    (project / "seeds" / "b.txt").write_text("The checkpoint was set up on 23 April 2023.\n")
    proc = run(project, "acknowledge", "--stale")
    assert "checkpoint-date: no longer acknowledged: b.txt" in proc.stdout
    assert (project / "facts" / "checkpoints.yaml").read_text() == RECORD


def test_schema_file_is_in_step_with_the_loader():
    assert (ROOT / "facts" / "schema.json").read_text() == schema_text(), "run: python -m checks schema > facts/schema.json"
    properties = schema()["properties"]["facts"]["items"]["properties"]
    assert set(properties) == set(FIELDS) and all(p["description"] for p in properties.values())
    assert properties["kind"]["enum"] == ["date", "number", "party", "place"]


@pytest.mark.parametrize("record, valid", [
    ({"id": "a", "claim": "c", "kind": "date", "about": ["x"], "value": "2020-11-09"}, True),
    ({"id": "a", "claim": "c", "kind": "number", "about": "x", "value": 44, "tolerance": "5%"}, True),
    ({"id": "a", "claim": "c", "kind": "party", "about": ["x"], "value": ["P"], "severity": "warning",
      "tags": ["lachin"]}, True),
    ({"id": "a", "claim": "c", "kind": "dates", "about": ["x"]}, False),
    ({"id": "a", "claim": "c", "kind": "date", "about": ["x"], "valeu": 1}, False),
    ({"id": "A B", "claim": "c", "kind": "date", "about": ["x"]}, False),
    ({"id": "a", "kind": "date", "about": ["x"]}, False),
    ({"id": "a", "claim": "c", "kind": "date", "about": []}, False),
    ({"id": "a", "claim": "c", "kind": "date", "about": ["x"], "severity": "fatal"}, False),
])
def test_schema_and_loader_agree(tmp_path, record, valid):
    jsonschema = pytest.importorskip("jsonschema")
    import yaml
    doc = {"facts": [record]}
    schema_ok = jsonschema.Draft202012Validator(schema()).is_valid(doc)
    path = tmp_path / "f.yaml"
    path.write_text(yaml.safe_dump(doc))
    _, problems = read_facts(path)
    assert schema_ok is valid and (not problems) is valid


def test_fact_files_carry_the_schema_modeline():
    for path in (ROOT / "facts").glob("*.yaml"):
        assert path.read_text().startswith("# yaml-language-server: $schema=schema.json\n"), path


CEASEFIRE_2023 = """
- id: ceasefire-2020
  claim: The 2020 ceasefire was signed on 9 November 2020.
  kind: date
  about: [ceasefire]
  value: 2020-11-09
  {extra}
"""


def test_context_and_unless_pick_the_event(tmp_path):
    other = "The ceasefire of 2023 was signed on 20 September 2023."
    text = other + "\nIn the 2020 war, the ceasefire came on 9 November 2020."
    # unfiltered, the other ceasefire's date is read: a differ where it is the only one, a possible conflict (shown,
    # three years off the date stated) beside the fact's
    assert one(tmp_path, CEASEFIRE_2023.format(extra=""), other)[0] == "differ"
    verdict, found = one(tmp_path, CEASEFIRE_2023.format(extra=""), text)
    assert verdict == "agree" and "2020-11-09" in found and "2023-09-20" in found
    for extra in ("unless: [2023]", "context: [war]"):
        assert one(tmp_path, CEASEFIRE_2023.format(extra=extra), other)[0] == "silent"
        verdict, found = one(tmp_path, CEASEFIRE_2023.format(extra=extra), text)
        assert verdict == "agree" and "2020-11-09" in found and "2023-09-20" not in found


def test_severity_warning_passes_with_a_warning(pytester):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "f.yaml").write_text(
        "facts:\n  - id: c\n    claim: c\n    kind: date\n    about: [ceasefire]\n    value: 2020-11-09\n"
        "    severity: warning\n  - id: d\n    claim: d\n    kind: date\n    about: [ceasefire]\n")
    (pytester.path / "seeds").mkdir()
    (pytester.path / "seeds" / "a.txt").write_text("The ceasefire was signed on 10 November 2020.\n")
    result = pytester.runpytest("-p", "checks.pytest_plugin", "facts", "--no-report", "-rs")
    result.assert_outcomes(passed=1, skipped=1, warnings=1)
    result.stdout.fnmatch_lines(["*FactWarning*", "*draft*survey: 10 Nov 2020: a.txt*"])


def test_explain_shows_every_candidate_and_what_the_filters_excluded(tmp_path):
    write(tmp_path / "facts" / "f.yaml", "facts:\n  - id: c\n    claim: c\n    kind: date\n    about: [ceasefire]\n"
                                         "    value: 2020-11-09\n    unless: [\"2023\"]\n")
    write(tmp_path / "seeds" / "a.txt", "The ceasefire of 2023 was signed on 20 September 2023.\n"
                                        "Talks on the ceasefire resumed on 3 May 2021.\n"
                                        "The ceasefire came on 10 November 2020.\n")
    proc = run(tmp_path, "explain", "c")
    assert proc.returncode == 0
    out = proc.stdout
    assert "line 1 excluded (unless: mentions '2023')" in out
    assert "3 May 2021       set aside belongs to 'Talks', which 'ceasefire' is only the topic of" in out
    assert "10 Nov 2020      DIFFERS   shares a clause with 'ceasefire'" in out
    # each reason names the attribution rule that gave it
    assert "which 'ceasefire' is only the topic of [value_clause]" in out
    assert "shares a clause with 'ceasefire' [value_clause]" in out
    assert run(tmp_path, "explain", "nope").returncode == 2


def test_explain_says_a_relative_date_needs_the_source_published_date(tmp_path):
    write(tmp_path / "facts" / "f.yaml", "facts:\n  - id: c\n    claim: c\n    kind: date\n    about: [ceasefire]\n"
                                         "    value: 2020-11-09\n")
    write(tmp_path / "seeds" / "a.txt", "The ceasefire was signed on Monday, officials said.\n")
    out = run(tmp_path, "explain", "c").stdout
    assert "'on Monday': relative, but a.txt has no published date to count from" in out
    write(tmp_path / "seeds" / "sources.yaml", "a.txt:\n  published: 2020-11-10\n")
    out = run(tmp_path, "explain", "c").stdout
    assert "relative, but" not in out and "9 Nov 2020       agrees" in out


def test_survey_says_what_unless_and_context_kept_out(project):
    write(project / "seeds" / "d.txt", "The checkpoint of 2019 was moved on 1 May 2019.\n")
    proc = run(project, "survey", "checkpoint", "--unless", "2019")
    assert "line 1 excluded (unless: mentions '2019')" in proc.stdout
    assert "2019-05-01" not in proc.stdout.splitlines()[-1]
