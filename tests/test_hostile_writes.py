"""Hostile input, round two, as a verifier found it after the fixes (issue 14): edits and writes
that lost or replaced what they should have kept.

Each test asserts what the user sees and what is on disk afterwards: edits that all land, user
files beside a report that survive, a replaced file's permissions kept, nothing written outside,
and no report that says less than the one it replaces.
"""

import os
import shutil
import signal
import stat
import subprocess
import sys
import sysconfig
import tempfile
from pathlib import Path

import pytest

from checks.cli import main

from .helpers import write

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The ceasefire was signed on 9 November 2020."
DIFFERING = "The ceasefire was signed on 10 November 2020."


def record(fact_id: str, known: str) -> str:
    return (f"  - id: {fact_id}\n"
            f"    claim: The ceasefire was signed on 9 November 2020.\n"
            f"    kind: date\n"
            f"    about: [ceasefire]\n"
            f"    value: 2020-11-09\n"
            f"    known:\n{known}")


# ------------------------------------------------------------------ acknowledge --stale, several records

STALE_PLAIN = "      a.txt: Thought to differ once.\n"
STALE_BLOCK = "      a.txt: |\n        Thought to differ,\n        b.txt: a line of the reason.\n"
STALE_FOLDED = "      a.txt: >\n        Thought to differ\n        once.\n"
KEPT_BLOCK = "      b.txt: |\n        Gives the day it took effect.\n        a.txt: not an entry.\n"
KEPT_FOLDED = "      b.txt: >\n        Gives the day\n        it took effect.\n"


def stale_project(tmp_path, monkeypatch, files: dict[str, list[tuple[str, str]]]) -> dict[str, Path]:
    """a.txt agrees with every record (so acknowledging it is stale); b.txt differs (still holds)."""
    write(tmp_path / "seeds" / "a.txt", SENTENCE)
    write(tmp_path / "seeds" / "b.txt", DIFFERING)
    paths = {}
    for name, records in files.items():
        paths[name] = tmp_path / "facts" / name
        paths[name].parent.mkdir(parents=True, exist_ok=True)
        paths[name].write_text("facts:\n" + "\n".join(record(i, known) for i, known in records), encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return paths


def after(records: list[tuple[str, str]]) -> str:
    """The file once every a.txt entry is gone (and `known:` with it when nothing else is left)."""
    out = []
    for fact_id, known in records:
        kept = "".join(part for part in (KEPT_BLOCK, KEPT_FOLDED) if part in known)
        out.append(record(fact_id, kept) if kept else record(fact_id, "").replace("    known:\n", ""))
    return "facts:\n" + "\n".join(out)


@pytest.mark.parametrize("records", [
    [("one", STALE_PLAIN), ("two", STALE_PLAIN)],
    [("one", STALE_BLOCK + KEPT_FOLDED), ("two", STALE_FOLDED), ("three", KEPT_BLOCK + STALE_PLAIN)],
    [("one", STALE_FOLDED + KEPT_BLOCK), ("two", KEPT_FOLDED + STALE_BLOCK), ("three", STALE_BLOCK)],
], ids=["two-plain", "three-block-folded", "three-reasons-first-and-last"])
def test_stale_acknowledgements_of_several_records_in_one_file_all_go(tmp_path, monkeypatch, capsys, records):
    paths = stale_project(tmp_path, monkeypatch, {"f.yaml": records})
    assert main(["acknowledge", "--stale"]) == 0
    out, err = capsys.readouterr()
    assert not err
    assert out.splitlines() == [f"{i}: no longer acknowledged: a.txt" for i, _ in records] + [
        f"{len(records)} stale acknowledgement(s) removed"]
    assert paths["f.yaml"].read_text(encoding="utf-8") == after(records)
    assert main(["acknowledge", "--stale"]) == 0  # nothing left to remove
    assert capsys.readouterr().out == "0 stale acknowledgement(s) removed\n"


def test_stale_acknowledgements_in_two_files_all_go(tmp_path, monkeypatch, capsys):
    files = {"f.yaml": [("one", STALE_BLOCK), ("two", KEPT_FOLDED + STALE_PLAIN)],
             "g.yaml": [("three", STALE_FOLDED + KEPT_BLOCK), ("four", STALE_PLAIN)]}
    paths = stale_project(tmp_path, monkeypatch, files)
    assert main(["acknowledge", "--stale"]) == 0
    out, err = capsys.readouterr()
    assert not err and out.splitlines()[-1] == "4 stale acknowledgement(s) removed"
    for name, records in files.items():
        assert paths[name].read_text(encoding="utf-8") == after(records)


# ------------------------------------------------------------------ sources that cannot be read: the old report stays

CEASEFIRE = """facts:
  - id: ceasefire-signed
    claim: The ceasefire was signed on 9 November 2020.
    kind: date
    about: [ceasefire]
    value: 2020-11-09
"""
YEAR_ZERO = ("seeds/sources.yaml:2: '0000-01-01' is not a day — write published: YYYY-MM-DD, or leave it out if "
             "the day is unknown")


def good_then_unreadable_sources(folder: Path) -> None:
    """A project whose report says '1 new discrepancy'; then sources.yaml and another fact file break."""
    write(folder / "facts" / "f.yaml", CEASEFIRE)
    write(folder / "seeds" / "a.txt", DIFFERING)


def break_sources(folder: Path) -> None:
    write(folder / "seeds" / "sources.yaml", "a.txt:\n  published: 0000-01-01\n")
    write(folder / "facts" / "g.yaml", "facts:\n  - id: [\n")


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir())}


@pytest.mark.parametrize("other_broken, xdist", [(True, []), (False, []), (True, ["-n", "2"])])
def test_pytest_keeps_the_report_when_the_sources_cannot_be_read(pytester, other_broken, xdist):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    good_then_unreadable_sources(pytester.path)
    pytester.runpytest("-p", "checks.pytest_plugin", "-p", "no:cacheprovider", "facts").assert_outcomes(failed=1)
    report = pytester.path / "report"
    before = snapshot(report)
    assert b"1 new discrepancy" in before["discrepancies.md"]
    break_sources(pytester.path)
    if not other_broken:
        (pytester.path / "facts" / "g.yaml").unlink()
    result = pytester.runpytest_subprocess("-p", "checks.pytest_plugin", "-p", "no:cacheprovider", "facts", *xdist)
    assert result.ret != pytest.ExitCode.OK
    assert "0 sources" not in result.stdout.str()  # no matrix of facts against no sources
    result.stdout.fnmatch_lines([YEAR_ZERO, "report: NOT written: report/: the sources could not be read (see the "
                                            "errors above) — fix them; the last run's report is kept"])
    assert snapshot(report) == before  # the last good report, not one that says there are no sources


@pytest.mark.parametrize("flags", [["--report-dir", "report"], ["--format", "json", "-o", "report/out.json"]])
def test_report_keeps_the_report_when_the_sources_cannot_be_read(tmp_path, monkeypatch, capsys, flags):
    good_then_unreadable_sources(tmp_path)
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", *flags]) == 1
    before = snapshot(tmp_path / "report")
    break_sources(tmp_path)
    capsys.readouterr()
    assert main(["report", "--no-cache", *flags]) == 2
    assert YEAR_ZERO in capsys.readouterr().err.splitlines()
    assert snapshot(tmp_path / "report") == before


# ------------------------------------------------------------------ the sweep removes only what this tool wrote

KILLED_WRITE = """
import os, signal, sys
from checks.report import output

def replace(source, target):
    os.kill(os.getpid(), signal.SIGKILL)  # the temporary is written, kill -9 before it is renamed
os.replace = replace
if sys.argv[1] == "file":
    output.write_atomic("out.json", "new")
else:
    output.write_folder_set(output.Path("rr"), {"discrepancies.md": "new"}, prefix=".discrepancies.")
"""


def killed_write(folder: Path, what: str) -> list[str]:
    """Temporaries a run killed with SIGKILL (no clean-up code runs) left in ``folder``."""
    before = set(os.listdir(folder))
    proc = subprocess.run([sys.executable, "-c", KILLED_WRITE, what], cwd=folder.parent if what == "set" else
                          folder, capture_output=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert proc.returncode == -signal.SIGKILL, proc.stderr.decode(errors="replace")
    left = sorted(set(os.listdir(folder)) - before)
    assert len(left) == 1, left
    return left


def dead_pid() -> int:
    return int(subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True,
                              text=True).stdout)


USERS_OUTPUT_FILES = [".out.json.notes.tmp", ".out.json.mine.tmp", ".out.json.12345.tmp", ".out.json.1.2.tmp",
                      ".out.json.abcdefgh.tmp.bak", ".out.json.ABCDEFGH.tmp", ".out.json.abcdefghi.tmp",
                      ".out.json.123.abcdefg.tmp", "out.json.abcdefgh.tmp"]


def test_sweeping_beside_an_output_leaves_the_users_files(tmp_path, monkeypatch, capsys):
    (tmp_path / "out.json").write_text("old")
    for name in USERS_OUTPUT_FILES:
        (tmp_path / name).write_text("mine")
    left = killed_write(tmp_path, "file")  # a real killed run's temporary: ours, its process gone
    assert left[0].startswith(".out.json.") and (tmp_path / left[0]).read_text() == "new"
    older = tmp_path / ".out.json.k3j4h5x_.tmp"  # what versions before the process id wrote (mkstemp's 8)
    older.write_text("half")
    gone = tmp_path / f".out.json.{dead_pid()}.abcd1234.tmp"
    gone.write_text("half")
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE)
    write(tmp_path / "seeds" / "a.txt", SENTENCE)
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", "-o", "out.json"]) == 0
    assert "ceasefire-signed" in (tmp_path / "out.json").read_text()
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith((".out", "out"))) == sorted(
        USERS_OUTPUT_FILES + ["out.json"])
    assert all((tmp_path / name).read_text() == "mine" for name in USERS_OUTPUT_FILES)


def test_sweeping_the_report_folder_leaves_the_users_files(tmp_path, monkeypatch, capsys):
    rr = tmp_path / "rr"
    rr.mkdir()
    mine = [".discrepancies.mine.tmp", ".discrepancies.md.notes.tmp", ".discrepancies.12.tmp",
            ".discrepancies.txt.abcdefgh.tmp"]
    for name in mine:
        (rr / name).write_text("mine")
    (rr / ".discrepancies.drafts.tmp").mkdir()
    (rr / ".discrepancies.drafts.tmp" / "draft.md").write_text("mine")
    killed = killed_write(rr, "set")  # a real killed run's staging folder
    assert (rr / killed[0] / "discrepancies.md").read_text() == "new"
    (rr / ".discrepancies.json.abcdefgh.tmp").write_text("half")  # an older version's temporary
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE)
    write(tmp_path / "seeds" / "a.txt", SENTENCE)
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", "--report-dir", "rr", "-o", "-"]) == 0
    assert sorted(p.name for p in rr.iterdir()) == sorted(mine + [".discrepancies.drafts.tmp", "discrepancies.html",
                                                                  "discrepancies.json", "discrepancies.md"])
    assert all((rr / name).read_text() == "mine" for name in mine)
    assert (rr / ".discrepancies.drafts.tmp" / "draft.md").read_text() == "mine"


def test_an_edit_leaves_a_users_file_of_the_trial_name(tmp_path, monkeypatch, capsys):
    paths = stale_project(tmp_path, monkeypatch, {"f.yaml": [("one", STALE_PLAIN)]})
    (tmp_path / "facts" / ".f.yaml.check").write_text("mine")
    assert main(["acknowledge", "--stale"]) == 0
    assert (tmp_path / "facts" / ".f.yaml.check").read_text() == "mine"
    assert sorted(p.name for p in (tmp_path / "facts").iterdir()) == [".f.yaml.check", "f.yaml"]
    assert paths["f.yaml"].read_text() == after([("one", STALE_PLAIN)])


# ------------------------------------------------------------------ run as a user who is not root

NOBODY = 65534  # uid and gid of `nobody`: what a CI runner or a shared machine's user may be


def nobody_python() -> list[str]:
    """A command line that runs this checkout's Python as ``nobody`` (the venv's interpreter may link into
    a folder nobody can enter, e.g. /root/.pyenv: then a system python3.X of the same version runs it)."""
    if not shutil.which("setpriv"):
        pytest.skip("setpriv (util-linux) is missing: it is what runs a command as an unprivileged user")
    if os.geteuid() != 0:
        return [sys.executable]  # not root already: run as we are
    setpriv = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]
    minor = f"python{sys.version_info.major}.{sys.version_info.minor}"
    for python in dict.fromkeys([os.path.realpath(sys.executable), shutil.which(minor) or "",
                                 f"/usr/bin/{minor}", f"/usr/local/bin/{minor}"]):
        if python and subprocess.run([*setpriv, python, "-c", "import checks.cli, pytest"], env=nobody_env(),
                                     capture_output=True).returncode == 0:
            return [*setpriv, python]
    pytest.skip(f"no {minor} that uid {NOBODY} can run with this checkout ({ROOT}) and its packages: they are "
                "in a folder only root can enter")


def nobody_env() -> dict[str, str]:
    paths = dict.fromkeys([str(ROOT), sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]])
    return {"PATH": os.environ.get("PATH", "/usr/bin:/bin"), "PYTHONPATH": os.pathsep.join(paths),
            "LANG": "C.UTF-8", "HOME": "/nonexistent", "PYTHONDONTWRITEBYTECODE": "1"}


@pytest.fixture
def shared_tmp():
    """A scratch folder every user can enter (pytest's tmp_path is under a root-only folder)."""
    folder = Path(tempfile.mkdtemp(prefix="fact-checks-nobody-"))
    folder.chmod(0o755)
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def as_nobody(folder: Path, *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([*nobody_python(), *args], cwd=folder, env=nobody_env(), capture_output=True, text=True)


def open_project(folder: Path) -> None:
    """facts/ and seeds/ that ``nobody`` can read; the project folder itself stays root's."""
    write(folder / "facts" / "f.yaml", CEASEFIRE)
    write(folder / "seeds" / "a.txt", DIFFERING)
    for path in [folder / "facts", folder / "seeds", *folder.rglob("*")]:
        path.chmod(0o755 if path.is_dir() else 0o644)


# ------------------------------------------------------------------ a read-only output folder

HINT = " — check the path and that it can be written"


def test_a_read_only_output_folder_names_the_target_not_a_temporary(shared_tmp):
    open_project(shared_tmp)
    (shared_tmp / "ro").mkdir(mode=0o755)  # root's: nobody cannot write in it
    proc = as_nobody(shared_tmp, "-m", "checks", "report", "--no-cache", "--format", "json", "-o", "ro/x.json")
    assert proc.returncode == 2, proc.stderr
    assert f"error: NOT written: ro/x.json: Permission denied{HINT}" in proc.stderr.splitlines(), proc.stderr
    assert ".tmp" not in proc.stderr and "Traceback" not in proc.stderr
    assert not list((shared_tmp / "ro").iterdir())


def test_a_read_only_report_folder_is_named_alike_by_report_and_pytest(shared_tmp):
    open_project(shared_tmp)
    (shared_tmp / "report").mkdir(mode=0o755)
    (shared_tmp / "report" / "discrepancies.md").write_text("the last report")
    (shared_tmp / "pyproject.toml").write_text('[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    (shared_tmp / "pyproject.toml").chmod(0o644)
    line = f"NOT written: {shared_tmp / 'report'}: Permission denied{HINT}"
    cli = as_nobody(shared_tmp, "-m", "checks", "report", "--no-cache", "--report-dir", "report")
    assert cli.returncode == 2 and f"error: {line}" in cli.stderr.splitlines(), cli.stderr
    run = as_nobody(shared_tmp, "-m", "pytest", "-p", "checks.pytest_plugin", "-p", "no:cacheprovider", "facts")
    assert run.returncode == 1 and f"report: {line}" in run.stdout.splitlines(), run.stdout
    assert ".tmp" not in cli.stderr + run.stdout
    assert [p.name for p in (shared_tmp / "report").iterdir()] == ["discrepancies.md"]
    assert (shared_tmp / "report" / "discrepancies.md").read_text() == "the last report"


def test_a_file_where_the_report_folder_goes_is_named_alike(pytester, monkeypatch, capsys):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n'
                                         'report_dir = "afile"\n')
    write(pytester.path / "facts" / "f.yaml", CEASEFIRE)
    write(pytester.path / "seeds" / "a.txt", SENTENCE)
    (pytester.path / "afile").write_text("keep")
    line = f"NOT written: {pytester.path / 'afile'}: this is a file, where a folder was needed{HINT}"
    result = pytester.runpytest("-p", "checks.pytest_plugin", "-p", "no:cacheprovider", "facts")
    result.stdout.fnmatch_lines([f"report: {line}"])
    monkeypatch.chdir(pytester.path)
    assert main(["report", "--no-cache", "--report-dir", "afile"]) == 2
    assert f"error: {line}" in capsys.readouterr().err.splitlines()
    assert (pytester.path / "afile").read_text() == "keep"


# ------------------------------------------------------------------ a replaced file keeps its mode, owner and group

def owned(path: Path, mode: int) -> tuple[int, int, int]:
    """Give ``path`` this mode and, as root, to nobody; return what it should still have afterwards."""
    path.chmod(mode)
    if os.geteuid() == 0:
        os.chown(path, NOBODY, NOBODY)
    st = path.stat()
    return stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid


def kept(path: Path) -> tuple[int, int, int]:
    st = path.stat()
    return stat.S_IMODE(st.st_mode), st.st_uid, st.st_gid


def test_a_replaced_output_keeps_its_mode_and_owner(tmp_path, monkeypatch, capsys):
    open_project(tmp_path)
    out = tmp_path / "out.json"
    out.write_text("old")
    before = owned(out, 0o600)
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", "-o", "out.json"]) == 1
    assert "ceasefire-signed" in out.read_text() and kept(out) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".")]


def test_a_replaced_report_set_keeps_each_files_mode_and_owner(tmp_path, monkeypatch, capsys):
    open_project(tmp_path)
    (tmp_path / "rr").mkdir()
    md, html = tmp_path / "rr" / "discrepancies.md", tmp_path / "rr" / "discrepancies.html"
    md.write_text("old")
    html.write_text("old")
    before = {md: owned(md, 0o640), html: owned(html, 0o604)}
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--report-dir", "rr", "-o", os.devnull]) == 1
    assert {path: kept(path) for path in before} == before
    json_mode = stat.S_IMODE((tmp_path / "rr" / "discrepancies.json").stat().st_mode)
    assert json_mode == 0o666 & ~current_umask()  # a new file: as any other the user makes


def current_umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def test_an_edited_fact_file_keeps_its_mode_and_owner(tmp_path, monkeypatch, capsys):
    paths = stale_project(tmp_path, monkeypatch, {"f.yaml": [("one", STALE_PLAIN)]})
    before = owned(paths["f.yaml"], 0o640)
    assert main(["acknowledge", "--stale"]) == 0
    assert paths["f.yaml"].read_text() == after([("one", STALE_PLAIN)]) and kept(paths["f.yaml"]) == before


def test_a_user_replacing_their_own_output_keeps_its_mode(shared_tmp):
    open_project(shared_tmp)
    (shared_tmp / "mine").mkdir()
    if os.geteuid() == 0:
        os.chown(shared_tmp / "mine", NOBODY, NOBODY)
    out = shared_tmp / "mine" / "out.json"
    out.write_text("old")
    before = owned(out, 0o600)
    proc = as_nobody(shared_tmp, "-m", "checks", "report", "--no-cache", "--format", "json", "-o", "mine/out.json")
    assert proc.returncode == 1, proc.stderr
    assert "ceasefire-signed" in out.read_text() and kept(out) == before


# ------------------------------------------------------------------ an output link that leads nowhere

def test_a_dangling_output_link_is_refused_and_makes_no_folders(tmp_path, monkeypatch, capsys):
    open_project(tmp_path)
    (tmp_path / "out.json").symlink_to("nowhere/dir/x.json")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", "-o", "out.json"]) == 2
    assert ("error: NOT written: 'out.json' is a link to 'nowhere/dir/x.json', whose folder does not exist — "
            "create that folder, or give the path of a file to write") in capsys.readouterr().err.splitlines()
    assert not (tmp_path / "nowhere").exists()
    assert os.readlink(tmp_path / "out.json") == "nowhere/dir/x.json"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts", "out.json", "seeds"]


def test_a_link_to_a_new_file_in_a_folder_that_exists_writes_there(tmp_path, monkeypatch, capsys):
    open_project(tmp_path)
    (tmp_path / "there").mkdir()
    (tmp_path / "out.json").symlink_to("there/x.json")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", "-o", "out.json"]) == 1
    assert "ceasefire-signed" in (tmp_path / "there" / "x.json").read_text()
    assert os.readlink(tmp_path / "out.json") == "there/x.json"
    assert [p.name for p in (tmp_path / "there").iterdir()] == ["x.json"]


def test_an_output_link_loop_is_refused(tmp_path, monkeypatch, capsys):
    open_project(tmp_path)
    (tmp_path / "out.json").symlink_to("out.json")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", "-o", "out.json"]) == 2
    assert ("error: NOT written: 'out.json' is a link that leads back to itself — give the path of a file to "
            "write") in capsys.readouterr().err.splitlines()
    assert os.readlink(tmp_path / "out.json") == "out.json"
