"""Issue 13: what a new user meets in the first hour, from the command line, pytest and CI."""

import contextlib
import io
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checks import __version__
from checks.cli import build_parser, main, prog_name

from .helpers import CEASEFIRE_FACTS, write

ROOT = Path(__file__).resolve().parent.parent

SOURCES = {
    "nine.txt": "The ceasefire was signed on 9 November 2020.\n",
    "ten.txt": "Intro line.\nThe ceasefire was signed on the night of November 10, 2020.\n",
    "none.txt": "Nothing relevant here.\n",
    "leader.txt": "Armenian Prime Minister Nikol Pashinyan met the press.\nPashinyan spoke at length.\n",
}
FACTS = "# yaml-language-server: $schema=schema.json\n" + CEASEFIRE_FACTS + "{known}"


def subprocess_run(cwd, *args):
    return subprocess.run([sys.executable, "-m", "checks", *args], cwd=cwd, capture_output=True, text=True)


def run(cwd, *args):
    """``python -m checks ARGS`` in ``cwd``, in this process (a subprocess per call would double the suite's time)."""
    out, err, old = io.StringIO(), io.StringIO(), os.getcwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            try:
                code = main(list(args))
            except SystemExit as exc:  # argparse: --help, --version, usage errors
                code = exc.code
    finally:
        os.chdir(old)
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


@pytest.fixture
def project(tmp_path):
    write(tmp_path / "facts" / "war.yaml", FACTS.format(known=""))
    for name, text in SOURCES.items():
        write(tmp_path / "seeds" / name, text)
    return tmp_path


def acknowledged(project):
    write(project / "facts" / "war.yaml", FACTS.format(known="    known:\n      ten.txt: Dates it by when it took "
                                                              "effect.\n"))


# ---------------------------------------------------------------- bug 1: new and an id that exists

@pytest.mark.parametrize("file", ["facts/war.yaml", "facts/other.yaml"])
def test_new_refuses_an_existing_id_before_writing_anything(project, file):
    before = {p: p.read_bytes() for p in (project / "facts").rglob("*")}
    proc = run(project, "new", "--id", "ceasefire-signed", "--kind", "date", "--claim", "Signed.",
               "--about", "ceasefire", "--value", "2020-11-09", "--file", file)
    assert proc.returncode == 2
    assert "added" not in proc.stdout
    assert "facts/war.yaml:3: a fact with id 'ceasefire-signed' already exists" in proc.stderr
    assert {p: p.read_bytes() for p in (project / "facts").rglob("*")} == before
    assert not (project / "facts" / "other.yaml").exists()


# ---------------------------------------------------------------- bug 2: survey of names and places

def test_survey_lists_the_titles_attached_to_a_person(project):
    proc = run(project, "survey", "Pashinyan", "--kind", "party")
    assert proc.returncode == 0, proc.stderr
    assert "leader.txt: Armenian Prime Minister" in proc.stdout
    assert proc.stdout.splitlines()[-1].startswith("Armenian Prime Minister: leader.txt")
    assert "silent: nine.txt, none.txt, ten.txt" in proc.stdout


def test_survey_tells_a_relevant_sentence_without_a_value_from_silence(project):
    proc = run(project, "survey", "Pashinyan", "--kind", "date")
    assert "leader.txt: mentions the terms; no value attached" in proc.stdout
    assert 'line 2: mentions the term; no value attached  "Pashinyan spoke at length."' in proc.stdout
    assert proc.stdout.splitlines()[-1] == "no value attached: leader.txt · silent: nine.txt, none.txt, ten.txt"


def test_survey_help_names_the_default_kind(project):
    assert "(default: date)" in run(project, "survey", "--help").stdout


# ---------------------------------------------------------------- bug 4: acknowledge a source that agrees

def test_acknowledge_refuses_a_source_that_does_not_differ(project):
    proc = run(project, "acknowledge", "ceasefire-signed", "nine.txt", "--why", "no reason")
    assert proc.returncode == 2
    assert "nine.txt does not differ from 'ceasefire-signed': it agrees (line 1: 2020-11-09)" in proc.stderr
    assert "known" not in (project / "facts" / "war.yaml").read_text()
    silent = run(project, "acknowledge", "ceasefire-signed", "none.txt", "--why", "no reason")
    assert silent.returncode == 2 and "it is silent" in silent.stderr
    forced = run(project, "acknowledge", "ceasefire-signed", "none.txt", "--why", "checked by hand", "--force")
    assert forced.returncode == 0, forced.stderr
    assert "none.txt: checked by hand" in (project / "facts" / "war.yaml").read_text()


# ---------------------------------------------------------------- bug 5: list values and every field

def test_new_builds_lists_from_repeated_options_and_takes_every_field(project):
    proc = run(project, "new", "--id", "pashinyan-office", "--kind", "party", "--claim", "He is Prime Minister.",
               "--about", "Pashinyan", "--value", "Prime Minister", "--value", "premier", "--rivals", "President",
               "--rivals", "Speaker", "--context", "Armenia", "--context", "Armenian", "--unless", "former",
               "--tags", "leaders", "--tags", "armenia", "--severity", "warning", "--note", "Checked 2023.",
               "--file", "facts/leaders.yaml")
    assert proc.returncode == 0, proc.stderr
    text = (project / "facts" / "leaders.yaml").read_text()
    for line in ("value: [Prime Minister, premier]", "rivals: [President, Speaker]", "context: [Armenia, Armenian]",
                 "unless: [former]", "tags: [leaders, armenia]", "severity: warning", "note: Checked 2023."):
        assert f"    {line}\n" in text
    number = run(project, "new", "--id", "war-length", "--kind", "number", "--claim", "44 days.", "--about", "war",
                 "--value", "44", "--unit", "day", "--unit", "days", "--tolerance", "3")
    assert number.returncode == 0, number.stderr
    assert "    unit: [day, days]\n" in (project / "facts" / "war-length.yaml").read_text()


# ---------------------------------------------------------------- bug 7: every hint names a real option

def _options() -> set[str]:
    parser = build_parser()
    found = {o for a in parser._actions for o in a.option_strings if o.startswith("--")}
    for action in parser._subparsers._group_actions[0].choices.values():  # each command's parser
        for sub in action._actions:
            found.update(o for o in sub.option_strings if o.startswith("--"))
    return found


def test_every_option_a_hint_names_exists():
    pytest_options = {"--facts-dir", "--seeds-dir", "--report-dir", "--no-report", "--fact-jobs", "--no-matrix",
                      "--cache-clear", "--color"}
    named = set()
    for path in (ROOT / "checks").rglob("*.py"):
        for string in re.findall(r'"[^"\n]*"', path.read_text(encoding="utf-8")):
            named.update(re.findall(r"(?<![\w-])--[a-z][a-z-]+", string))
    assert named - _options() - pytest_options == set()


@pytest.mark.parametrize("command", [["report"], ["lint"], ["explain", "ceasefire-signed"],
                                     ["acknowledge", "--stale"]])
def test_the_missing_facts_hint_works_for_every_command(project, command):
    proc = run(project, *command, "--facts", "nowhere")
    assert proc.returncode in (1, 2)
    assert "does not exist — create it, or point --facts at your fact files" in proc.stderr + proc.stdout
    assert (proc.stderr + proc.stdout).startswith("nowhere: ") or "\nnowhere: " in proc.stderr + proc.stdout
    assert ":0:" not in proc.stderr + proc.stdout
    fixed = run(project, *command, "--facts", "facts")  # doing what the hint says
    assert "unrecognized arguments" not in fixed.stderr
    assert fixed.returncode in (0, 1), fixed.stderr


# ---------------------------------------------------------------- CI gating: exit codes, --fail-on

def test_report_exits_1_on_an_unacknowledged_discrepancy_and_fail_on_chooses(project):
    proc = run(project, "report")
    assert proc.returncode == 1
    assert "error: 1 fact(s) fail (--fail-on differ): ceasefire-signed" in proc.stderr
    assert run(project, "report", "--fail-on", "never").returncode == 0
    acknowledged(project)
    assert run(project, "report").returncode == 0
    assert run(project, "report", "--fail-on", "known").returncode == 1
    assert run(project, "report", "--fail-on", "never").returncode == 0


def test_report_exits_1_on_a_stale_acknowledgement_and_2_on_a_broken_fact_file(project):
    write(project / "facts" / "war.yaml", FACTS.format(known="    known:\n      ten.txt: took effect.\n"
                                                              "      none.txt: wrong.\n"))
    stale = run(project, "report")
    assert stale.returncode == 1, stale.stderr  # none.txt is acknowledged as differing, but is silent
    write(project / "facts" / "bad.yaml", "facts:\n  - id: x\n")
    proc = run(project, "report", "--fail-on", "never")
    assert proc.returncode == 2 and "facts/bad.yaml" in proc.stderr


def test_help_documents_the_exit_codes():
    for args in (["--help"], ["report", "--help"]):
        out = subprocess.run([sys.executable, "-m", "checks", *args], capture_output=True, text=True).stdout
        assert "exit codes:" in out and "--fail-on" in out
        for code in ("0  ", "1  ", "2  ", "3  "):
            assert f"\n  {code}" in out


# ---------------------------------------------------------------- --version, the console script, settings

def test_version_and_usage_name_the_command_as_invoked(project):
    proc = subprocess_run(project, "--version")
    assert proc.stdout.strip() == f"python -m checks {__version__}"
    assert subprocess_run(project, "report", "--help").stdout.startswith("usage: python -m checks report")
    assert prog_name("/venv/bin/fact-checks") == "fact-checks" and prog_name("pytest") == "fact-checks"
    script = Path(sys.executable).with_name("fact-checks")
    if script.exists():
        out = subprocess.run([str(script), "report", "--help"], capture_output=True, text=True, cwd=project).stdout
        assert out.startswith("usage: fact-checks report")


def test_the_package_version_is_the_projects():
    import tomllib
    assert tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"] == __version__


def test_the_command_line_reads_tool_fact_checks_from_a_subfolder(tmp_path):
    write(tmp_path / "pyproject.toml", '[tool.fact-checks]\nfacts_dir = "data/facts"\nseeds_dir = "data/seeds"\n'
                                       'report_dir = "out"\n')
    write(tmp_path / "data" / "facts" / "war.yaml", FACTS.format(known=""))
    for name, text in SOURCES.items():
        write(tmp_path / "data" / "seeds" / name, text)
    sub = tmp_path / "docs" / "deep"
    sub.mkdir(parents=True)
    proc = run(sub, "report", "--format", "line", "--report-dir")
    assert proc.returncode == 1, proc.stderr
    assert "../../data/facts/war.yaml:3: ceasefire-signed: ten.txt:2: differ" in proc.stdout
    assert (tmp_path / "out" / "discrepancies.md").exists()
    assert not (sub / ".cache").exists()
    assert "(default: ../../data/facts)" in " ".join(run(sub, "explain", "--help").stdout.split())


def test_pytest_reads_tool_fact_checks_too(pytester):
    pytester.makefile(".toml", pyproject='[tool.fact-checks]\nfacts_dir = "data/facts"\nseeds_dir = "data/seeds"\n'
                                         'report_dir = "out"\n')
    write(pytester.path / "data" / "facts" / "war.yaml", FACTS.format(known=""))
    for name, text in SOURCES.items():
        write(pytester.path / "data" / "seeds" / name, text)
    result = pytester.runpytest("-p", "checks.pytest_plugin", "data/facts")
    result.assert_outcomes(failed=1)
    assert (pytester.path / "out" / "discrepancies.md").exists()


# ---------------------------------------------------------------- suggestions

def test_unknown_ids_and_sources_get_suggestions_and_prefixes_work(project):
    proc = run(project, "explain", "ceasefire-signd")
    assert proc.returncode == 2 and "did you mean ceasefire-signed?" in proc.stderr
    proc = run(project, "explain", "ceasefire-signed", "--source", "te")
    assert proc.returncode == 0 and "ten.txt:" in proc.stdout and "nine.txt:" not in proc.stdout
    proc = run(project, "explain", "ceasefire-signed", "--source", "n")
    assert proc.returncode == 2 and "'n' begins several sources" in proc.stderr
    proc = run(project, "acknowledge", "ceasefire-signed", "tne.txt", "--why", "x")
    assert proc.returncode == 2 and "no source 'tne.txt'" in proc.stderr and "did you mean ten.txt" in proc.stderr
    proc = run(project, "acknowledge", "ceasefire-signed", "te", "--why", "Took effect on the 10th.")
    assert proc.returncode == 0, proc.stderr
    assert "ten.txt: Took effect on the 10th." in (project / "facts" / "war.yaml").read_text()


def test_a_missing_seeds_folder_says_so_without_a_pseudo_line(project):
    proc = run(project, "report", "--seeds", "nowhere")
    assert proc.returncode == 2
    assert proc.stderr.startswith("nowhere: ") and ":0:" not in proc.stderr


# ---------------------------------------------------------------- pytest: failure text, the matrix

@pytest.fixture
def suite(pytester):
    def make(sources: dict[str, str] = SOURCES, facts: str = FACTS.format(known="")):
        write(pytester.path / "facts" / "war.yaml", facts)
        for name, text in sources.items():
            write(pytester.path / "seeds" / name, text)
        return pytester
    return make


def pyrun(pytester, *args):
    return pytester.runpytest("-p", "checks.pytest_plugin", "facts", *args)


def test_failure_names_the_next_commands(suite):
    result = pyrun(suite())
    result.stdout.fnmatch_lines(["*why:    python -m checks explain ceasefire-signed --source ten.txt",
                                 '*accept: python -m checks acknowledge ceasefire-signed ten.txt --why "..."'])


def test_failure_commands_carry_the_folders_when_the_cli_would_not_find_them(pytester):
    write(pytester.path / "data" / "war.yaml", FACTS.format(known=""))
    write(pytester.path / "texts" / "ten.txt", SOURCES["ten.txt"])
    result = pytester.runpytest("-p", "checks.pytest_plugin", "data", "--facts-dir", "data", "--seeds-dir", "texts")
    result.stdout.fnmatch_lines(["*explain ceasefire-signed --source ten.txt --facts data --seeds texts"])


def test_quiet_gives_one_summary_line(suite):
    result = pyrun(suite(), "-q")
    facts_lines = [line for line in result.outlines if "facts x" in line]
    assert len(facts_lines) == 1 and facts_lines[0].startswith("facts: 1 facts x 4 sources")
    assert "report: report/discrepancies.md" in facts_lines[0]
    assert not any("LEGEND" in line or "+ agree" in line for line in result.outlines)


def test_no_matrix_and_selection(suite):
    two = FACTS.format(known="") + ("\n  - id: pashinyan-office\n    claim: PM.\n    kind: party\n"
                                    "    about: [Pashinyan]\n    value: Prime Minister\n")
    pytester = suite(facts=two)
    result = pyrun(pytester, "--no-matrix")
    assert "every fact against every source" not in result.stdout.str()
    result.stdout.fnmatch_lines(["facts: 2 facts x 4 sources*"])
    result = pyrun(pytester, "-k", "pashinyan")
    out = result.stdout.str()
    assert "pashinyan-office" in out and "1 facts x 4 sources" in out
    assert not re.search(r"^ceasefire-signed ", out, re.M)


def test_a_selection_of_no_fact_leaves_the_report_alone(suite):
    pytester = suite()
    pyrun(pytester)
    report = pytester.path / "report" / "discrepancies.md"
    report.write_text("the last report\n")
    result = pyrun(pytester, "-m", "number")
    assert result.ret == pytest.ExitCode.NO_TESTS_COLLECTED
    assert report.read_text() == "the last report\n"
    pyrun(pytester, "-m", "date")
    assert report.read_text() != "the last report\n"


def test_the_matrix_uses_colour_when_asked(suite):
    result = pyrun(suite(), "--color=yes")
    assert "\x1b[31m" in result.stdout.str() and "\x1b[32m" in result.stdout.str()
    assert "\x1b[" not in pyrun(suite(), "--color=no").stdout.str()


@pytest.mark.parametrize("sources", [60, 400])
def test_the_matrix_stays_within_the_terminal_width(suite, monkeypatch, sources):
    monkeypatch.setenv("COLUMNS", "80")
    many = {f"source-{i:03}.txt": ("The ceasefire was signed on 10 November 2020.\n" if i % 7 == 0 else "Nothing.\n")
            for i in range(sources)}
    result = pyrun(suite(sources=many))
    lines = result.stdout.str().split("fact consistency")[1].split(" sources: ")[0].splitlines()[1:]
    assert len(lines) > 5 and max(len(line) for line in lines) <= 80
    out = result.stdout.str()
    if sources == 60:
        assert "sources 1-" in out and "source-059.txt" in out
    else:
        assert "400 sources are too many to show one by one" in out and "differ: source-000.txt, source-007.txt" in out


# ---------------------------------------------------------------- ready-to-copy integration

def _yaml(path: Path):
    import yaml
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _copy(tmp_path: Path) -> Path:
    import shutil
    for folder in ("facts", "seeds"):
        shutil.copytree(ROOT / folder, tmp_path / folder)
    (tmp_path / "pyproject.toml").write_text('[tool.fact-checks]\nreport_dir = "report"\n'
                                             '[tool.pytest.ini_options]\ntestpaths = ["facts"]\n')
    return tmp_path


def _shell(command: str, cwd: Path, env=None) -> subprocess.CompletedProcess:
    bindir = str(Path(sys.executable).parent)
    env = {**os.environ, **(env or {}), "PATH": bindir + os.pathsep + os.environ.get("PATH", "")}
    command = re.sub(r"^python\b", sys.executable, command)
    return subprocess.run(command, shell=True, cwd=cwd, capture_output=True, text=True, env=env)


def test_the_github_workflow_runs(tmp_path):
    workflow = _yaml(ROOT / "examples" / "github-workflow.yml")
    steps = workflow["jobs"]["facts"]["steps"]
    assert any(s.get("uses", "").startswith("actions/upload-artifact") and s["with"]["path"] == "report/"
               for s in steps)
    commands = [s["run"] for s in steps if "run" in s and "pip install" not in s["run"]]
    assert any("--format github" in c for c in commands)
    project = _copy(tmp_path)
    summary = tmp_path / "summary.md"
    for command in commands:
        proc = _shell(command, project, env={"GITHUB_STEP_SUMMARY": str(summary)})
        assert proc.returncode == 0, (command, proc.stdout[-2000:], proc.stderr[-2000:])
    assert (project / "report" / "discrepancies.md").exists()
    # a new discrepancy fails the check step, and the annotation step still passes and annotates it
    war = project / "facts" / "war-2020.yaml"
    war.write_text(re.sub(r"      001_95ab33f6f5344fd0.txt: .*\n", "", war.read_text()))
    results = [_shell(c, project) for c in commands]
    assert results[0].returncode == 1
    annotate = next(r for c, r in zip(commands, results) if "--format github" in c)
    assert annotate.returncode == 0 and "::error file=" in annotate.stdout


def test_the_pre_commit_hooks_run(tmp_path):
    hooks = _yaml(ROOT / ".pre-commit-hooks.yaml")
    project = _copy(tmp_path)
    files = sorted(str(p.relative_to(project)) for p in (project / "facts").glob("*.yaml"))
    for hook in hooks:
        assert {"id", "name", "entry", "language"} <= set(hook)
        pattern = re.compile(hook["files"])
        chosen = [f for f in files if pattern.search(f)]
        assert chosen == files
        ok = _shell(" ".join([hook["entry"], *chosen]), project)
        assert ok.returncode == 0, ok.stdout + ok.stderr
        (project / "facts" / "war-2020.yaml").write_text(
            (project / "facts" / "war-2020.yaml").read_text().replace("kind: date", "kind: dates", 1))
        bad = _shell(" ".join([hook["entry"], "facts/war-2020.yaml"]), project)
        assert bad.returncode == 1 and "facts/war-2020.yaml:" in bad.stdout
