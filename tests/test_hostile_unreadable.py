"""Folders and files that cannot be read (issue 14, cases 1 and 9): named as errors, never passed over.

The tests marked "as a user" chmod for real and run the command as an unprivileged user (``as_user``);
the others patch ``os.scandir`` as the file system would fail, so they run the same as root or not.
"""

import os
from pathlib import Path

import pytest

from checks.cli import main
from checks.facts import read_facts

from .as_user import readable, run_as_user, user_folder
from .helpers import CEASEFIRE_FACTS, write

SENTENCE = "The ceasefire was signed on 9 November 2020."
DIFFERING = "The ceasefire was signed on 10 November 2020."
OTHER_FACT = CEASEFIRE_FACTS.replace("ceasefire-signed", "ceasefire-other")
PYPROJECT = '[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n'
FOLDER_ERROR = "cannot be read (Permission denied), so its facts were not checked — check its permissions"


def deny(monkeypatch, folder: Path) -> None:
    """Listing ``folder`` fails as it would for a user without read permission."""
    real = os.scandir

    def scandir(path="."):
        if not isinstance(path, int) and os.path.abspath(path) == os.path.abspath(folder):  # int: rmtree's fd
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)


def project(root: Path) -> Path:
    """facts/f.yaml (agreeing), facts/sub/d.yaml (a fact a source differs from), seeds/a.txt."""
    write(root / "pyproject.toml", PYPROJECT)
    write(root / "facts" / "f.yaml", CEASEFIRE_FACTS)
    write(root / "facts" / "sub" / "d.yaml", OTHER_FACT.replace("2020-11-09", "2020-11-10"))
    write(root / "seeds" / "a.txt", SENTENCE)
    readable(root)
    return root


# ------------------------------------------------------------------ fact folders (problem 1)

def test_an_unreadable_fact_folder_is_an_error_naming_it(tmp_path, monkeypatch):
    project(tmp_path)
    monkeypatch.chdir(tmp_path)
    deny(monkeypatch, tmp_path / "facts" / "sub")
    facts, problems = read_facts(Path("facts"))
    assert [f.id for f in facts] == ["ceasefire-signed"]
    assert [str(p) for p in problems] == [f"facts/sub/: {FOLDER_ERROR}"]
    assert problems[0].severity == "error" and problems[0].code == "unreadable"


def test_an_unreadable_fact_folder_makes_report_and_lint_fail(tmp_path, monkeypatch, capsys):
    project(tmp_path)
    monkeypatch.chdir(tmp_path)
    deny(monkeypatch, tmp_path / "facts" / "sub")
    assert main(["report", "--no-cache", "--format", "line"]) == 2
    err = capsys.readouterr().err
    assert f"facts/sub/: {FOLDER_ERROR}" in err
    assert "error: 1 fact file(s) or folder(s) not checked (invalid or unreadable): facts/sub/" in err
    assert main(["lint"]) == 1
    out, err = capsys.readouterr()
    assert f"facts/sub/: unreadable: {FOLDER_ERROR}" in out and "1 error(s)" in err


def test_an_unreadable_fact_folder_as_a_user(tmp_path):
    with user_folder() as root:
        project(root)
        (root / "facts" / "sub").chmod(0)
        report = run_as_user(["-m", "checks", "report", "--no-cache", "--format", "line"], root)
        lint = run_as_user(["-m", "checks", "lint"], root)
    assert report.returncode == 2, report.stderr
    assert f"facts/sub/: {FOLDER_ERROR}" in report.stderr and "Traceback" not in report.stderr
    assert "ceasefire-signed" in report.stdout  # the readable file is still checked
    assert lint.returncode == 1, lint.stderr
    assert f"facts/sub/: unreadable: {FOLDER_ERROR}" in lint.stdout


def test_the_facts_folder_itself_unreadable_as_a_user(tmp_path):
    with user_folder() as root:
        project(root)
        (root / "facts").chmod(0)
        report = run_as_user(["-m", "checks", "report", "--no-cache"], root)
        lint = run_as_user(["-m", "checks", "lint"], root)
    assert report.returncode == 2, report.stdout + report.stderr
    assert f"facts/: {FOLDER_ERROR}" in report.stderr and "Traceback" not in report.stderr
    assert lint.returncode == 1 and f"facts/: unreadable: {FOLDER_ERROR}" in lint.stdout


def test_an_unreadable_fact_file_as_a_user(tmp_path):
    with user_folder() as root:
        project(root)
        (root / "facts" / "sub" / "d.yaml").chmod(0)
        report = run_as_user(["-m", "checks", "report", "--no-cache", "--format", "line"], root)
    assert report.returncode == 2
    assert ("facts/sub/d.yaml: cannot be read (Permission denied), so its facts were not checked — check its "
            "permissions") in report.stderr


def test_pytest_names_an_unreadable_fact_folder_as_a_user(tmp_path):
    with user_folder() as root:
        project(root)
        (root / "facts" / "sub").chmod(0)
        result = run_as_user(["-m", "pytest", "-p", "checks.pytest_plugin", "-p", "no:cacheprovider",
                              "--no-report", "-rA"], root)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert f"facts/sub/: {FOLDER_ERROR}" in out
    assert "PermissionError" not in out and "Traceback" not in out and "pathlib" not in out
    assert "1 passed, 1 error" in out  # the readable fact file still ran


def test_pytest_names_the_facts_folder_itself_unreadable_as_a_user(tmp_path):
    with user_folder() as root:
        project(root)
        (root / "facts").chmod(0)
        # collected from the rootdir: `pytest facts` fails in pytest itself, looking for a config file in facts/
        result = run_as_user(["-m", "pytest", "-p", "checks.pytest_plugin", "-p", "no:cacheprovider",
                              "--no-report", "-q"], root)
    out = result.stdout
    assert result.returncode == 1, out + result.stderr
    assert f"facts/: {FOLDER_ERROR}" in out
    assert "PermissionError" not in out and "Traceback" not in out


# ------------------------------------------------------------------ sources (problems 2 and 3)

def sources_project(root: Path) -> Path:
    """facts/f.yaml, seeds/a.txt (agreeing) and seeds/sub/b.txt (differing)."""
    write(root / "pyproject.toml", PYPROJECT)
    write(root / "facts" / "f.yaml", CEASEFIRE_FACTS)
    write(root / "seeds" / "a.txt", SENTENCE)
    write(root / "seeds" / "sub" / "b.txt", DIFFERING)
    readable(root)
    return root


SUB_SKIPPED = ("sub/: SKIPPED, a folder that cannot be read (Permission denied), so none of its files were "
               "checked; check its permissions")


def test_an_unreadable_seeds_subfolder_as_a_user(tmp_path):
    with user_folder() as root:
        sources_project(root)
        (root / "seeds" / "sub").chmod(0)
        report = run_as_user(["-m", "checks", "report", "--no-cache", "--format", "line"], root)
    assert report.returncode == 3, report.stderr
    assert f"note: {SUB_SKIPPED}" in report.stderr
    assert "error: 1 source(s) could not be read: sub/" in report.stderr


def test_the_seeds_folder_itself_unreadable_is_a_read_error_as_a_user(tmp_path):
    with user_folder() as root:
        sources_project(root)
        (root / "seeds").chmod(0)
        report = run_as_user(["-m", "checks", "report", "--no-cache", "--format", "line"], root)
        lint = run_as_user(["-m", "checks", "lint"], root)
    assert report.returncode == 3, report.stderr  # a source could not be read, not a report that cannot be written
    assert ("note: seeds/: SKIPPED, a folder that cannot be read (Permission denied), so none of its files were "
            "checked; check its permissions") in report.stderr
    assert "error: 1 source(s) could not be read: seeds/" in report.stderr
    assert "NOT written" not in report.stderr + lint.stderr and "Traceback" not in report.stderr + lint.stderr
    assert lint.returncode == 0, lint.stdout + lint.stderr  # the fact files are fine; the sources are named
    assert ("seeds/: source-skipped (warning): SKIPPED, a folder that cannot be read (Permission denied), so none "
            "of its files were checked; check its permissions — `known` names and about-terms were checked "
            "without it") in lint.stdout


def test_an_unreadable_sources_yaml_is_a_read_error_as_a_user(tmp_path):
    with user_folder() as root:
        sources_project(root)
        write(root / "seeds" / "sources.yaml", "a.txt:\n  published: 2020-11-10\n")
        readable(root)
        (root / "seeds" / "sources.yaml").chmod(0)
        report = run_as_user(["-m", "checks", "report", "--no-cache", "--format", "line"], root)
    assert report.returncode == 3, report.stderr
    assert "note: sources.yaml: SKIPPED, cannot be read (Permission denied); check its permissions" in report.stderr
    assert "NOT written" not in report.stderr
    assert "a.txt:1: agree" in report.stdout  # the sources themselves are still checked


def test_a_known_source_in_an_unreadable_folder_is_not_said_not_to_exist(tmp_path, monkeypatch, capsys):
    sources_project(tmp_path)
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE_FACTS + "    known:\n      sub/b.txt: Dates it by when it took effect.\n")
    monkeypatch.chdir(tmp_path)
    deny(monkeypatch, tmp_path / "seeds" / "sub")
    assert main(["report", "--no-cache", "--format", "line"]) == 3  # a source not read, no fact file invalid
    err = capsys.readouterr().err
    assert "does not exist" not in err and "error: 1 source(s) could not be read: sub/" in err
    assert main(["lint"]) == 0
    out = capsys.readouterr().out
    assert "does not exist" not in out
    assert ("seeds/sub/: source-skipped (warning): SKIPPED, a folder that cannot be read (Permission denied), so "
            "none of its files were checked; check its permissions — `known` names and about-terms were checked "
            "without it") in out


@pytest.mark.parametrize("mode", [[], ["-q"], ["--no-matrix"], ["-q", "--no-matrix"]])
def test_pytest_shows_an_unreadable_seeds_folder_in_every_mode(pytester, monkeypatch, mode):
    sources_project(pytester.path)
    deny(monkeypatch, pytester.path / "seeds" / "sub")
    result = pytester.runpytest("-p", "checks.pytest_plugin", "-p", "no:cacheprovider", "--no-report", *mode, "facts")
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.assert_outcomes(passed=1, errors=1)  # the summary counts it
    result.stdout.fnmatch_lines([f"*{SUB_SKIPPED}*"])
    assert "Traceback" not in result.stdout.str()


def test_pytest_shows_an_unreadable_seeds_folder_as_a_user(tmp_path):
    with user_folder() as root:
        sources_project(root)
        (root / "seeds" / "sub").chmod(0)
        # from the rootdir: pytest walks seeds/ too, and must not stop on the folder itself
        result = run_as_user(["-m", "pytest", "-p", "checks.pytest_plugin", "-p", "no:cacheprovider",
                              "--no-report", "-q"], root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert SUB_SKIPPED in result.stdout and "1 passed, 1 error" in result.stdout


def test_pytest_xdist_shows_an_unreadable_seeds_folder_once_as_a_user(tmp_path):
    with user_folder() as root:
        sources_project(root)
        (root / "seeds" / "sub").chmod(0)
        result = run_as_user(["-m", "pytest", "-p", "checks.pytest_plugin", "-p", "xdist", "-p", "no:cacheprovider",
                              "--no-report", "-q", "-n", "2", "facts"], root)
    assert result.returncode == 1, result.stdout + result.stderr
    assert result.stdout.count(SUB_SKIPPED) == 1 and "1 passed, 1 error" in result.stdout
    assert "INTERNALERROR" not in result.stdout


def test_the_report_headline_says_sources_were_not_read(tmp_path, monkeypatch):
    sources_project(tmp_path)
    monkeypatch.chdir(tmp_path)
    deny(monkeypatch, tmp_path / "seeds" / "sub")
    assert main(["report", "--no-cache", "--format", "md", "--report-dir", "out", "-o", "r.md"]) == 3
    md = (tmp_path / "r.md").read_text()
    headline = md.splitlines()[2]
    assert headline.startswith("**1 source NOT READ** (see Notes) · no new discrepancies in the sources that "
                               "were read"), headline
    assert "No new discrepancies" not in md
    html = (tmp_path / "out" / "discrepancies.html").read_text()
    assert "1 source NOT READ" in html and "<strong>No new discrepancies</strong>" not in html


def test_an_unreadable_source_file_as_a_user(tmp_path):
    with user_folder() as root:
        sources_project(root)
        (root / "seeds" / "a.txt").chmod(0)
        report = run_as_user(["-m", "checks", "report", "--no-cache", "--format", "line"], root)
    assert report.returncode == 3, report.stderr
    assert "note: a.txt: SKIPPED, cannot be read (Permission denied); check its permissions" in report.stderr
    assert "sub/b.txt:1: differ" in report.stdout  # the others are still checked
