"""Hostile input, round two (issue 14): cases that lost data, ran code or reached the terminal raw.

Each test asserts what the user sees and that nothing was lost or written outside. They run as
root (as CI does): a permission error root would never get is made by patching the call that
would raise it.
"""

import os
import pytest

from checks.cli import main
from checks.sources import read_folder

from .helpers import CEASEFIRE_FACTS, write

SENTENCE = "The ceasefire was signed on 9 November 2020."
DIFFERING = "The ceasefire was signed on 10 November 2020."


def seeds_with(tmp_path, files: dict[str, str]):
    root = tmp_path / "seeds"
    for name, text in files.items():
        write(root / name, text)
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    return root


def deny(monkeypatch, folder):
    """Make listing ``folder`` fail as it would for a user without read permission."""
    real = os.scandir

    def scandir(path="."):
        if os.path.abspath(path) == os.path.abspath(folder):
            raise PermissionError(13, "Permission denied", str(path))
        return real(path)
    monkeypatch.setattr(os, "scandir", scandir)


# ------------------------------------------------------------------ 1. folders that cannot be listed

def test_an_unreadable_subfolder_is_named_not_passed_over(tmp_path, monkeypatch):
    root = seeds_with(tmp_path, {"a.txt": SENTENCE, "sub/b.txt": DIFFERING, "sub/deeper/c.txt": DIFFERING})
    deny(monkeypatch, root / "sub")
    found = read_folder(root)
    assert [s.name for s in found.sources] == ["a.txt"]
    assert found.skipped == (("sub/", "a folder that cannot be read (Permission denied), so none of its "
                                      "files were checked; check its permissions"),)
    assert "sub/: SKIPPED, a folder that cannot be read (Permission denied)" in " ".join(found.notes)


def test_an_unreadable_subfolder_makes_report_exit_3(tmp_path, monkeypatch, capsys):
    root = seeds_with(tmp_path, {"a.txt": SENTENCE, "sub/b.txt": DIFFERING})
    deny(monkeypatch, root / "sub")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line"]) == 3
    err = capsys.readouterr().err
    assert "note: sub/: SKIPPED, a folder that cannot be read (Permission denied)" in err
    assert "error: 1 source(s) could not be read: sub/" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts", "seeds"]  # nothing written beside


def test_an_unreadable_subfolder_fails_pytest(pytester, monkeypatch):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    write(pytester.path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    write(pytester.path / "seeds" / "a.txt", SENTENCE)
    write(pytester.path / "seeds" / "sub" / "b.txt", DIFFERING)
    deny(monkeypatch, pytester.path / "seeds" / "sub")
    result = pytester.runpytest("-p", "checks.pytest_plugin", "facts", "--no-report")
    result.assert_outcomes(passed=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*sub/: SKIPPED, a folder that cannot be read (Permission denied)*"])


@pytest.mark.skipif(os.geteuid() == 0, reason="root lists any folder; the patched test above covers it")
def test_a_folder_without_permissions_is_named(tmp_path):
    root = seeds_with(tmp_path, {"a.txt": SENTENCE, "sub/b.txt": DIFFERING})
    (root / "sub").chmod(0)
    try:
        found = read_folder(root)
    finally:
        (root / "sub").chmod(0o755)
    assert [name for name, _ in found.skipped] == ["sub/"]


def test_broken_links_pipes_and_link_loops_are_noted(tmp_path):
    root = seeds_with(tmp_path, {"a.txt": SENTENCE})
    (root / "gone.txt").symlink_to(root / "nowhere.txt")
    os.mkfifo(root / "pipe.txt")  # reading it would wait for a writer for ever
    (root / "loop.txt").symlink_to(root / "loop.txt")
    (root / "ping.txt").symlink_to(root / "pong.txt")
    (root / "pong.txt").symlink_to(root / "ping.txt")
    (root / "again").symlink_to(root)
    found = read_folder(root)
    assert [s.name for s in found.sources] == ["a.txt"] and not found.skipped
    assert found.notes == (
        "again: not followed, a link to a folder (the files in the folder are read where they are)",
        f"gone.txt: not followed, a broken link (to '{root / 'nowhere.txt'}', which does not exist)",
        "loop.txt: not followed, the link is a loop (it leads back to itself)",
        "ping.txt: not followed, the link is a loop (it leads back to itself)",
        "pipe.txt: not read, a named pipe (FIFO) is not a file of text",
        "pong.txt: not followed, the link is a loop (it leads back to itself)",
    )


def test_a_link_loop_does_not_stop_the_report(tmp_path, monkeypatch, capsys):
    root = seeds_with(tmp_path, {"a.txt": SENTENCE})
    (root / "loop.txt").symlink_to(root / "loop.txt")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line"]) == 0
    assert "note: loop.txt: not followed, the link is a loop" in capsys.readouterr().err
