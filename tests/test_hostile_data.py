"""Hostile input, round two (issue 14): cases that lost data, ran code or reached the terminal raw.

Each test asserts what the user sees and that nothing was lost or written outside. They run as
root (as CI does): a permission error root would never get is made by patching the call that
would raise it.
"""

import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

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
    result.assert_outcomes(passed=1, errors=1)  # the folder is a collection error the summary counts
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*sub/: SKIPPED, a folder that cannot be read (Permission denied)*"])


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


# ------------------------------------------------------------------ 2. what --output points at

def report_to(tmp_path, monkeypatch, target) -> int:
    seeds_with(tmp_path, {"a.txt": SENTENCE})
    monkeypatch.chdir(tmp_path)
    return main(["report", "--no-cache", "--format", "json", "--output", str(target)])


def expected_json(tmp_path, monkeypatch, capsys) -> str:
    assert report_to(tmp_path, monkeypatch, "-") == 0
    return capsys.readouterr().out


def test_a_character_device_is_written_to_not_replaced(tmp_path, monkeypatch, capsys):
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))  # a /dev/null of our own (root, as in CI)
    except PermissionError:
        null = Path("/dev/null")  # not root: the real one is safe, it cannot be replaced
    assert report_to(tmp_path, monkeypatch, null) == 0
    assert stat.S_ISCHR(os.lstat(null).st_mode), "still a device"
    assert f"wrote {null}" in capsys.readouterr().err
    assert not list(null.parent.glob(".null.*.tmp"))


def test_a_fifo_is_written_to_as_a_stream(tmp_path, monkeypatch, capsys):
    expected = expected_json(tmp_path, monkeypatch, capsys)
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    # The reading end is open before the run, and a writer of ours holds it open until the run is over,
    # so the reader sees the end only then, whatever the run did to the path (no wait can hang).
    readable = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)
    held = os.open(fifo, os.O_WRONLY)
    os.set_blocking(readable, True)
    got = []
    reader = threading.Thread(target=lambda: got.append(os.fdopen(readable, encoding="utf-8").read()))
    reader.start()
    try:
        code = report_to(tmp_path, monkeypatch, fifo)
    finally:
        os.close(held)
        reader.join()
    assert code == 0
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode), "still a FIFO"
    assert got == [expected], "the reader got the whole report"


def test_a_link_to_a_file_is_followed_and_kept(tmp_path, monkeypatch, capsys):
    expected = expected_json(tmp_path, monkeypatch, capsys)
    (tmp_path / "out").mkdir()
    real = tmp_path / "out" / "real.json"
    real.write_text("old")
    link = tmp_path / "latest.json"
    link.symlink_to(real)
    assert report_to(tmp_path, monkeypatch, link) == 0
    assert link.is_symlink() and os.readlink(link) == str(real), "the link is kept"
    assert real.read_text(encoding="utf-8") == expected
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == ["real.json"]  # no temporary left


def test_a_link_to_a_device_is_written_through(tmp_path, monkeypatch, capsys):
    null = tmp_path / "null"
    try:
        os.mknod(null, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        null = Path("/dev/null")
    link = tmp_path / "stdout"
    link.symlink_to(null)
    assert report_to(tmp_path, monkeypatch, link) == 0
    assert link.is_symlink() and stat.S_ISCHR(os.stat(link).st_mode)


def test_dev_stdout_keeps_the_shells_redirection(tmp_path):
    # /dev/stdout is a link to /proc/self/fd/1; a link of our own of the same kind is used, since a
    # run that replaced it would replace the system's /dev/stdout
    seeds_with(tmp_path, {"a.txt": SENTENCE})
    stdout = tmp_path / "stdout"
    stdout.symlink_to("/proc/self/fd/1")
    out = tmp_path / "log.txt"
    out.write_text("before\n")
    with open(out, "a") as handle:  # as `>> log.txt`
        proc = subprocess.run([sys.executable, "-m", "checks", "report", "--no-cache", "--format", "line",
                               "-o", str(stdout)], cwd=tmp_path, stdout=handle, stderr=subprocess.PIPE, text=True)
    assert proc.returncode == 0, proc.stderr
    assert out.read_text().startswith("before\n") and "ceasefire-signed" in out.read_text()
    assert stdout.is_symlink() and os.readlink(stdout) == "/proc/self/fd/1"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts", "log.txt", "seeds", "stdout"]


def test_a_folder_as_output_is_refused(tmp_path, monkeypatch, capsys):
    (tmp_path / "out").mkdir()
    assert report_to(tmp_path, monkeypatch, tmp_path / "out") == 2
    err = capsys.readouterr().err
    assert (f"error: NOT written: '{tmp_path / 'out'}' is a folder, not a file — give the path of a file to "
            "write") in err
    assert "Traceback" not in err and not list((tmp_path / "out").iterdir())


# ------------------------------------------------------------------ 3. edits find keys from the YAML, not the text

RECORD_HEAD = """facts:
  - id: ceasefire-signed
    claim: The ceasefire was signed on 9 November 2020.
    kind: date
    about: [ceasefire]
    value: 2020-11-09
    known:
"""
NEXT_RECORD = """
  # the next record, after a comment
  - id: other
    claim: Something else.
    kind: place
    about: [zeppelin]
    value: Berlin
"""


def acknowledged_project(tmp_path, monkeypatch, known: str) -> Path:
    """a.txt agrees (its acknowledgement is stale), b.txt differs (still acknowledged)."""
    seeds_with(tmp_path, {"a.txt": SENTENCE, "b.txt": DIFFERING})
    path = write(tmp_path / "facts" / "f.yaml", RECORD_HEAD + known + NEXT_RECORD)
    monkeypatch.chdir(tmp_path)
    return path


def test_stale_removes_the_entry_not_a_line_of_a_block_reason(tmp_path, monkeypatch, capsys):
    b_entry = ("      b.txt: |\n"
               "        Gives the day it took effect.\n"
               "        a.txt: says the 9th, which is right.\n")
    path = acknowledged_project(tmp_path, monkeypatch, "      a.txt: Thought to differ once.\n" + b_entry)
    assert main(["acknowledge", "--stale"]) == 0
    assert "ceasefire-signed: no longer acknowledged: a.txt" in capsys.readouterr().out
    assert path.read_text() == RECORD_HEAD + b_entry + NEXT_RECORD  # the reason whole, the stale entry gone


def test_stale_removes_a_folded_reason_whole(tmp_path, monkeypatch, capsys):
    path = acknowledged_project(tmp_path, monkeypatch, "      a.txt: >\n        Thought to differ\n        once.\n")
    assert main(["acknowledge", "--stale"]) == 0
    out, err = capsys.readouterr()
    assert "ceasefire-signed: no longer acknowledged: a.txt" in out and not err
    assert path.read_text() == RECORD_HEAD.replace("    known:\n", "") + NEXT_RECORD


def test_acknowledging_again_replaces_a_block_reason_whole(tmp_path, monkeypatch, capsys):
    path = acknowledged_project(tmp_path, monkeypatch,
                                "      b.txt: |\n        Old reason,\n        a.txt: on two lines.\n")
    assert main(["acknowledge", "ceasefire-signed", "b.txt", "--why", "Dates it by when it took effect."]) == 0
    assert path.read_text() == RECORD_HEAD + '      b.txt: Dates it by when it took effect.\n' + NEXT_RECORD


def test_a_new_acknowledgement_goes_after_a_block_reason(tmp_path, monkeypatch, capsys):
    seeds_with(tmp_path, {"a.txt": SENTENCE, "b.txt": DIFFERING, "c.txt": DIFFERING})
    b_entry = "      b.txt: |\n        Gives the day\n        c.txt: it took effect.\n"
    path = write(tmp_path / "facts" / "f.yaml", RECORD_HEAD + b_entry + "    # about b\n" + NEXT_RECORD)
    monkeypatch.chdir(tmp_path)
    assert main(["acknowledge", "ceasefire-signed", "c.txt", "--why", "Same as b."]) == 0
    assert path.read_text() == (RECORD_HEAD + b_entry + "      c.txt: Same as b.\n" + "    # about b\n"
                                + NEXT_RECORD)


def test_acknowledgements_on_one_line_are_not_guessed_at(tmp_path, monkeypatch, capsys):
    seeds_with(tmp_path, {"a.txt": SENTENCE, "b.txt": DIFFERING})
    text = RECORD_HEAD.replace("    known:\n", "    known: {a.txt: once, b.txt: took effect}\n") + NEXT_RECORD
    path = write(tmp_path / "facts" / "f.yaml", text)
    monkeypatch.chdir(tmp_path)
    assert main(["acknowledge", "--stale"]) == 2
    assert ("facts/f.yaml:7: the acknowledgements of 'ceasefire-signed' share a line (written as {...}) — write "
            "`known:` with one indented 'source.txt: why' per line, then run again") in capsys.readouterr().err
    assert path.read_text() == text


# ------------------------------------------------------------------ 4. the index cache runs nothing it reads

ROOT = Path(__file__).resolve().parent.parent


class _Touch:
    """A pickle that, loaded, creates a file: what a planted cache entry could do."""

    def __init__(self, path):
        self.path = str(path)

    def __reduce__(self):
        return (Path.touch, (Path(self.path),))


def test_a_planted_pickle_in_the_cache_is_not_run(tmp_path, monkeypatch, capsys):
    import pickle

    import sqlite3

    from checks.store import Store

    seeds_with(tmp_path, {"a.txt": SENTENCE, "b.txt": DIFFERING})
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", "--fail-on", "never"]) == 0
    plain = capsys.readouterr().out
    assert main(["report", "--format", "json", "--fail-on", "never"]) == 0  # fills the store; its keys are computable from the repository
    capsys.readouterr()
    marker = tmp_path / "pwned"
    db = sqlite3.connect(Store(tmp_path / ".cache" / "fact-checks").path)
    for table in ("indexes", "results", "factsets"):
        db.execute(f"UPDATE {table} SET data = ?", (pickle.dumps(_Touch(marker)),))
    db.commit()
    db.close()
    assert main(["report", "--format", "json", "--fail-on", "never"]) == 0
    assert not marker.exists(), "the planted pickle ran"
    assert capsys.readouterr().out == plain
    assert main(["report", "--format", "json", "--fail-on", "never"]) == 0  # the entries were rewritten in our format: warm
    assert capsys.readouterr().out == plain and not marker.exists()


@pytest.mark.parametrize("planted", [
    b"", b"\x80\x04K\x01.", b"not json", b"[]", b'{"format": "fact-checks source index 1"}',
    b'{"format": "other", "sentences": [], "norms": []}',
    b'{"format": "fact-checks source index 1", "sentences": [[["x", "0", 1, 0], [], []]], "norms": [[]]}',
    b'{"format": "fact-checks source index 1", "sentences": [], "norms": [[]]}',
    b'{"format": "fact-checks source index 1", "sentences": [[["x", 0, 1, 0], [["date", 0, 1, "x", '
    b'{"first": "2020-13-01", "last": "2020-11-09", "label": "x", "yearless": false}, "", "", "", "", 0, false]],'
    b' []]], "norms": [[]]}',
    b"\xff\xfe" + b"[" * 100_000,
])
def test_an_entry_that_is_not_exactly_ours_is_a_miss(tmp_path, planted):
    import sqlite3
    import zlib

    from checks.store import Store

    store = Store(tmp_path)
    store.put_indexes([])  # creates the file
    key = Store.index_key(SENTENCE, None)
    db = sqlite3.connect(store.path)
    db.execute("INSERT INTO indexes VALUES (?, ?)", (key, zlib.compress(planted)))
    db.execute("INSERT INTO indexes VALUES (?, ?)", (key + "raw", planted))
    db.commit()
    db.close()
    assert store.get_indexes([key, key + "raw"]) == {}


def test_the_cache_round_trip_is_exact_on_the_seeds(tmp_path):
    from checks.cache import decode, encode, spans_to_sentences
    from checks.index import index_source
    from checks.sources import prepared_text, read_folder
    from checks.stream import split_now

    for source in read_folder(ROOT / "seeds").sources:
        idx = index_source(split_now(source))
        sentences, norms = idx.sentences, idx.norms
        spans, read_norms = decode(encode((sentences, norms)))
        rows = spans_to_sentences(spans, prepared_text(source.text))
        assert read_norms == norms, source.name
        assert rows == tuple(i.sentence for i in sentences), source.name  # dates are read again, not kept


@pytest.mark.parametrize("text", ["Line one ends here.\r\nThe ceasefire began on 10 November 2020.\r\n",
                                  "The ce\u0301asefire be\u00adgan on 10 November 2020. It held."])
def test_a_stored_index_reads_back_its_sentences_from_the_text(tmp_path, text):
    """The store keeps a sentence as its span in the text it was split from (line breaks and composition
    made one, checks.sources.prepared_text): read back, it is the sentence indexed afresh."""
    from checks.index import index_source, index_sources
    from checks.model import Source
    from checks.sources import UNSPLIT, make_source
    from checks.store import Store

    fresh = index_source(make_source("a.txt", text))
    store = Store(tmp_path)
    for given in (make_source("a.txt", text), Source(name="a.txt", text=text, sentences=UNSPLIT)):  # split, or as read
        cold = index_sources([given], store=store)[0]
        warm = index_sources([given], store=store)[0]
        for idx in (cold, warm):
            assert [(i.sentence, i.dates) for i in idx.sentences] == [(i.sentence, i.dates) for i in fresh.sentences]
            assert idx.norms == fresh.norms
    assert len(store.get_indexes([Store.index_key(text, None), Store.index_key(make_source("a.txt", text).text, None)])) == 2


def test_the_words_kept_for_a_source_are_one_a_line(tmp_path):
    """A source's distinct words are kept one a line (an edited fact looks its terms up in them); a source with a
    word holding a line break, which no line can hold, keeps none, and is read whole instead."""
    from checks.store import Store

    store = Store(tmp_path)
    store.put_indexes([("a", ((), (("the", "ferry"), ("ferry", "left")))), ("b", ((), (("odd\nword",),))),
                       ("c", ((), ()))])
    assert store.get_words(["a", "b", "c"]) == {"a": ["ferry", "left", "the"], "c": []}


def test_a_stored_span_past_the_text_is_a_miss(tmp_path):
    """A stored index whose sentence does not fit in the source's text (not ours after all) is indexed again."""
    import sqlite3
    import zlib

    from checks.index import index_source, index_sources
    from checks.sources import make_source
    from checks.store import Store

    store = Store(tmp_path)
    store.put_indexes([])  # creates the file
    planted = b'{"format": "fact-checks source index 5", "sentences": [[0, 999, 1, 0]], "norms": [["x"]]}'
    db = sqlite3.connect(store.path)
    db.execute("INSERT INTO indexes VALUES (?, ?)", (Store.index_key(SENTENCE, None), zlib.compress(planted)))
    db.commit()
    db.close()
    assert store.get_indexes([Store.index_key(SENTENCE, None)])  # well formed, so decoded
    read = index_sources([make_source("a.txt", SENTENCE)], store=store)[0]
    fresh = index_source(make_source("a.txt", SENTENCE))
    assert [i.sentence for i in read.sentences] == [i.sentence for i in fresh.sentences] and read.norms == fresh.norms


def test_the_seeds_report_is_the_same_cold_warm_and_uncached(tmp_path):
    def report(*flags):
        return subprocess.run([sys.executable, "-m", "checks", "report", "--format", "json", *flags], cwd=ROOT,
                              capture_output=True, check=True).stdout
    plain = report("--no-cache")
    cache = str(tmp_path / "cache")
    assert report("--cache-dir", cache) == plain  # cold
    assert report("--cache-dir", cache) == plain  # warm


# ------------------------------------------------------------------ 5-6. nothing reaches the terminal raw

INJECTED = "x\n::error file=facts/f.yaml,line=1::pwned.txt"  # a workflow command, if printed raw
HIDDEN = ("The ceasefire was signed on 10 November 2020 \x1b[2J\x1b]8;;http://evil.example\x1b\\here\x1b]8;;\x1b\\ "
          "\x1b[8mhidden\x1b[0m.")  # clear screen, an OSC-8 link, hidden text


def hostile_names(tmp_path):
    from checks.pipeline import check

    root = seeds_with(tmp_path, {INJECTED: DIFFERING, "esc\x1b[31m.txt": DIFFERING, "a.txt": HIDDEN})
    return check(tmp_path / "facts", root)


def assert_terminal_safe(text: str):
    assert "\x1b" not in text and "\x9b" not in text
    assert not any(line.startswith("::") for line in text.splitlines()), text


@pytest.mark.parametrize("fmt", ["text", "line"])
def test_names_and_quotes_reach_the_terminal_escaped(tmp_path, fmt):
    from checks.report.render import render

    text = render(hostile_names(tmp_path), fmt)
    assert_terminal_safe(text)
    assert "esc\\x1b[31m.txt" in text
    if fmt == "text":
        assert " 3: x\\n::error file=facts/f.yaml,line=1::pwned.txt" in text.splitlines()


def test_the_failure_quote_shows_escapes(tmp_path):
    from checks.report.render import failure_text
    from checks.verdict import outcome

    fr = hostile_names(tmp_path).facts[0]
    text = failure_text(fr, outcome(fr))
    assert_terminal_safe(text)
    assert ('      "The ceasefire was signed on 10 November 2020 \\x1b[2J\\x1b]8;;evil.example\\x1b\\here'
            '\\x1b]8;;\\x1b\\ \\x1b[8mhidden\\x1b[0m."') in text.splitlines()
    assert "  x\\n::error file=facts/f.yaml,line=1::pwned.txt:1: found 10 Nov 2020" in text.splitlines()


def test_pytest_output_shows_names_and_quotes_escaped(pytester):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    write(pytester.path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    for name, text in {INJECTED: DIFFERING, "a.txt": HIDDEN, "b\x07.csv": "x"}.items():
        write(pytester.path / "seeds" / name, text)
    result = pytester.runpytest("-p", "checks.pytest_plugin", "facts", "--no-report")
    result.assert_outcomes(failed=1)
    out = result.stdout.str()
    assert_terminal_safe(out)
    assert "x\\n::error file=facts/f.yaml,line=1::pwned.txt" in out
    assert "\\x1b[8mhidden\\x1b[0m" in out
    assert "note: not sources (only .txt, .md, .markdown, .text, .html, .htm, .xhtml are read): b\\x07.csv" in out


# ------------------------------------------------------------------ 12. a reader that stops

@pytest.mark.parametrize("output", [[], ["-o", "/dev/stdout"]])
def test_a_closed_pipe_ends_the_run_quietly(tmp_path, output):
    seeds_with(tmp_path, {"a.txt": SENTENCE, "b.txt": DIFFERING})
    read_end, write_end = os.pipe()
    os.close(read_end)  # as `| head -c 0`: nobody reads, every write fails
    try:
        proc = subprocess.run([sys.executable, "-m", "checks", "report", "--no-cache", "--format", "json", *output],
                              cwd=tmp_path, stdout=write_end, stderr=subprocess.PIPE, text=True)
    finally:
        os.close(write_end)
    assert proc.returncode == 141, proc.stderr  # 128 + SIGPIPE, as `yes | head` ends
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr and "Exception" not in proc.stderr
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts", "seeds"]


# ------------------------------------------------------------------ 7. output that cannot be written: a message, exit 2

@pytest.mark.parametrize("flags, expected", [
    (["-o", "/dev/full"], "error: NOT written: /dev/full: No space left on device — check the path and that it "
                          "can be written"),
    (["--report-dir", "afile"], "error: NOT written: {tmp}/afile: this is a file, where a folder was needed — check the path and that it can "
                                "be written"),
    (["-o", "afile/x.json"], "error: NOT written: afile: this is a file, where a folder was needed — check the path and that it can be written"),
    (["-o", ""], "error: NOT written: '.' is a folder, not a file — give the path of a file to write"),
])
def test_output_that_cannot_be_written_says_so(tmp_path, monkeypatch, capsys, flags, expected):
    if flags[1] == "/dev/full" and not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full here")
    seeds_with(tmp_path, {"a.txt": SENTENCE})
    (tmp_path / "afile").write_text("keep")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "json", *flags]) == 2
    err = capsys.readouterr().err
    assert expected.format(tmp=tmp_path) in err.splitlines() and "Traceback" not in err
    assert (tmp_path / "afile").read_text() == "keep"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["afile", "facts", "seeds"]
