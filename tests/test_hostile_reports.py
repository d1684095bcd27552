"""Hostile input, round two (issue 14): reports that lied or left debris.

13. ``kill -9`` while the report set was written left ``.discrepancies.*.tmp`` files no later run
removed, and could leave a mixed set. 14. A job summary on a full disk was left half-written, and the
message said the report itself was not written although it was. The kills are real (SIGKILL in a
child process), so no clean-up code runs.
"""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from checks.pipeline import check
from checks.report import output
from checks.report import publish as reports

from .helpers import CEASEFIRE_FACTS, write

SENTENCE = "The ceasefire was signed on 9 November 2020."
DIFFERING = "The ceasefire was signed on 10 November 2020."
SET = ["discrepancies.html", "discrepancies.json", "discrepancies.md"]

KILLED_RUN = textwrap.dedent("""
    import os, signal, sys
    from pathlib import Path
    from checks.pipeline import check
    from checks.report import output, publish

    report = check(Path("facts"), Path("seeds"))
    if sys.argv[1] == "while-writing":
        real_write = output._write
        def _write(path, text):
            real_write(path, text)
            os.kill(os.getpid(), signal.SIGKILL)  # the first file of the set is on disk, then kill -9
        output._write = _write
    else:
        real_replace = os.replace
        def replace(source, target):
            real_replace(source, target)
            os.kill(os.getpid(), signal.SIGKILL)  # the first file renamed into place, then kill -9
        os.replace = replace
    publish.write_reports(report, Path("out"))
""")


def project(tmp_path, text: str) -> Path:
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    write(tmp_path / "seeds" / "a.txt", text)
    return tmp_path / "out"


def contents(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in folder.iterdir() if p.is_file()}


def killed(tmp_path, when: str) -> None:
    proc = subprocess.run([sys.executable, "-c", KILLED_RUN, when], cwd=tmp_path, capture_output=True)
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode(errors="replace")


def report_of(tmp_path):
    if Path.cwd() == tmp_path:
        return check(Path("facts"), Path("seeds"))
    return check(tmp_path / "facts", tmp_path / "seeds")


# ------------------------------------------------------------------ 13. kill -9 while the set is written

def test_a_run_killed_while_writing_leaves_the_old_set_whole(tmp_path):
    out = project(tmp_path, SENTENCE)
    reports.write_reports(report_of(tmp_path), out)
    old = contents(out)
    write(tmp_path / "seeds" / "a.txt", DIFFERING)
    killed(tmp_path, "while-writing")
    assert contents(out) == old  # the old set, whole and unchanged
    leftovers = [p.name for p in out.iterdir() if p.name not in SET]
    assert len(leftovers) == 1 and leftovers[0].startswith(".discrepancies.")  # the killed run's staging folder
    new = reports.write_reports(report_of(tmp_path), out)  # a later run sweeps it
    assert sorted(p.name for p in out.iterdir()) == SET
    assert "2020-11-10" in (out / "discrepancies.json").read_text() and [p.name for p in new] == [
        "discrepancies.md", "discrepancies.html", "discrepancies.json"]


def test_a_run_killed_between_renames_is_finished_by_the_next(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the killed run names the fact file as facts/f.yaml
    out = project(tmp_path, SENTENCE)
    reports.write_reports(report_of(tmp_path), out)
    write(tmp_path / "seeds" / "a.txt", DIFFERING)
    expected = {name: text.encode() for name, text in zip(
        ["discrepancies.md", "discrepancies.html", "discrepancies.json"],
        ("".join(reports.render_chunks(report_of(tmp_path), fmt)) for fmt in ("md", "html", "json")))}
    killed(tmp_path, "between-renames")
    stage = [p for p in out.iterdir() if p.name.startswith(".discrepancies.")]
    assert len(stage) == 1 and (stage[0] / output.MANIFEST).is_file()  # the new set, complete, half moved in

    def full_disk(path, text):
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(output, "_write", full_disk)
    with pytest.raises(OSError):  # the next run fails, yet it first finished the killed run's set
        reports.write_reports(report_of(tmp_path), out)
    assert sorted(p.name for p in out.iterdir()) == SET
    assert contents(out) == expected  # one whole set, not md from one run and json from another


def test_temporaries_of_an_older_version_are_swept(tmp_path):
    out = project(tmp_path, SENTENCE)
    out.mkdir()
    for name in (".discrepancies.md.k3j4h5x_.tmp", ".discrepancies.json.abcdefgh.tmp"):
        (out / name).write_bytes(b"x" * 1000)
    (out / "notes.txt").write_text("mine")
    reports.write_reports(report_of(tmp_path), out)
    assert sorted(p.name for p in out.iterdir()) == SET + ["notes.txt"]
    assert (out / "notes.txt").read_text() == "mine"


def test_a_live_runs_staging_folder_is_left_alone(tmp_path):
    out = project(tmp_path, SENTENCE)
    live = out / f".discrepancies.{os.getppid()}.abcd1234.tmp"  # our parent process: alive
    live.mkdir(parents=True)
    (live / "discrepancies.md").write_text("being written")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                          text=True).stdout.strip()
    gone = out / f".discrepancies.{dead}.efgh5678.tmp"  # a process that has ended, no manifest
    gone.mkdir()
    (gone / "discrepancies.md").write_text("half")
    old = out / f".discrepancies.{os.getppid()}.ijkl9012.tmp"
    old.mkdir()
    past = time.time() - output.STALE_AFTER - 60
    os.utime(old, (past, past))  # a day old: abandoned whoever made it
    reports.write_reports(report_of(tmp_path), out)
    assert sorted(p.name for p in out.iterdir()) == sorted(SET + [live.name])
    assert (live / "discrepancies.md").read_text() == "being written"


def test_output_temporaries_of_a_killed_run_are_swept(tmp_path):
    target = tmp_path / "r.json"
    (tmp_path / ".r.json.12x45ab_.tmp").write_text("partial")  # an older version's temporary (mkstemp's 8)
    output.write_atomic(target, "{}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.json"]


# ------------------------------------------------------------------ 14. the job summary on a full disk

def test_a_job_summary_on_a_full_disk_is_left_as_it_was(tmp_path, monkeypatch):
    out = project(tmp_path, DIFFERING)
    summary = tmp_path / "summary.md"
    summary.write_text("# Earlier step\n\n", encoding="utf-8")
    real_write = os.write

    def write_half(fd, data):
        real_write(fd, bytes(data[: len(data) // 2]))  # half reaches the disk, cut mid-table
        raise OSError(28, "No space left on device")
    monkeypatch.setattr(os, "write", write_half)
    done = reports.publish(report_of(tmp_path), out, step_summary=summary)
    monkeypatch.undo()
    assert summary.read_text(encoding="utf-8") == "# Earlier step\n\n"  # nothing half-written
    assert sorted(p.name for p in out.iterdir()) == SET and not done.error  # the report itself was written
    assert done.lines(tmp_path) == [
        "report: out/discrepancies.md, out/discrepancies.html, out/discrepancies.json",
        f"report: job summary NOT appended: {summary}: No space left on device — it was left as it was; "
        "the report files above were written"]
    assert done.failed


@pytest.mark.skipif(not os.path.exists("/dev/full"), reason="no /dev/full here")
def test_pytest_names_the_job_summary_not_the_report(pytester, monkeypatch):
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", "/dev/full")
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    project(pytester.path, DIFFERING)
    result = pytester.runpytest("-p", "checks.pytest_plugin", "-p", "no:cacheprovider", "facts")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines([
        "report: report/discrepancies.md, report/discrepancies.html, report/discrepancies.json",
        "report: job summary NOT appended: /dev/full: No space left on device — it was left as it was; "
        "the report files above were written"])
    assert "NOT written" not in result.stdout.str()
    assert sorted(p.name for p in (pytester.path / "report").iterdir()) == SET
