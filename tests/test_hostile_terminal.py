"""Hostile input, round three (issue 14 cases 5, 6 and 8): what every command prints is safe to print.

A source's name and text and a fact file's keys, ids and values come from anywhere. Each command is
run here on such inputs, as a user runs it, and nothing it writes to standard output or error may
hold a control character (C0 but the line break and tab, DEL, C1, a bidirectional override) or a
line starting with ``::`` (a GitHub workflow command); the names it prints must tell two files apart,
and the commands it suggests must run as printed when pasted into a shell.
"""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from checks.cli import main
from checks.facts import load_facts

from .helpers import CEASEFIRE_FACTS, write

DIFFERING = "The ceasefire was signed on 10 November 2020."
INJECTED = "x\n::error file=facts/f.yaml,line=1::pwned.txt"  # a workflow command, if printed raw
HIDDEN = ("The ceasefire was signed on 10 November 2020 \x1b[2J\x1b]8;;http://evil.example\x1b\\here\x1b]8;;\x1b\\ "
          "\x1b[8mhidden\x1b[0m.")  # clear screen, an OSC-8 link, hidden text
NAMES = {INJECTED: DIFFERING, "esc\x1b[31m.txt": DIFFERING, "a.txt": HIDDEN, "my file.txt": DIFFERING,
         "bidi\u202etxt.exe.txt": DIFFERING, "c1\u0085.txt": DIFFERING, "caf\\xe9.txt": DIFFERING}
LATIN1 = b"caf\xe9.txt"  # the same text as the name above once its byte is shown escaped

# What no output may hold: C0 controls but line break and tab, DEL, C1, bidirectional controls.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
# The only lines the github format may write: its own commands, one per discrepancy or broken file.
OWN_COMMAND = re.compile(r"::(error|warning|notice) file=[^,\n]*,line=\d+,title=[^:\n]*::")

# Fact files an attacker could write: a quoted key, an id and values holding a line break and ESC.
HOSTILE_FACTS = {
    "key.yaml": 'facts:\n  - id: a\n    "k\\n::error file=a::pwned": 1\n',
    "id.yaml": 'facts:\n  - id: "bad\\n::error::id"\n    claim: c\n    kind: date\n    about: [x]\n'
               '    value: 2020-11-09\n',
    "value.yaml": 'facts:\n  - id: v\n    claim: c\n    kind: date\n    about: [x]\n'
                  '    value: "2020\\e[2J\\n::error::v"\n',
    "kind.yaml": 'facts:\n  - id: k\n    claim: c\n    kind: "date\\e]8;;http://evil.example\\e\\\\"\n    about: [x]\n'
                 '    value: 2020-11-09\n',
    "known.yaml": 'facts:\n  - id: kn\n    claim: The ceasefire was signed on 9 November 2020.\n    kind: date\n'
                  '    about: [ceasefire]\n    value: 2020-11-09\n    known:\n      "gone\\n::error::\\e[8m.txt": old\n',
    "x\n::error file=a::f.yaml": 'facts:\n  - id: [\n',
}


def hostile_sources(root: Path) -> Path:
    """facts/f.yaml (the ceasefire) and a seeds folder of hostile names and quotes."""
    write(root / "facts" / "f.yaml", CEASEFIRE_FACTS)
    for name, text in NAMES.items():
        write(root / "seeds" / name, text)
    (root / "seeds" / os.fsdecode(LATIN1)).write_text(DIFFERING, encoding="utf-8")
    return root


def hostile_facts(root: Path) -> Path:
    write(root / "seeds" / "a.txt", DIFFERING)
    for name, text in HOSTILE_FACTS.items():
        (root / "facts").mkdir(parents=True, exist_ok=True)
        (root / "facts" / name).write_text(text, encoding="utf-8")
    return root


def assert_safe(text: str, github: bool = False):
    """No control character, and no line a CI log would read as a workflow command (but the github
    format's own commands)."""
    assert not UNSAFE.search(text), [m.group() for m in UNSAFE.finditer(text)]
    for line in text.splitlines():
        if line.startswith("::"):
            assert github and OWN_COMMAND.match(line), line


def run(capsys, *argv) -> tuple[int, str, str]:
    status = main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


FORMATS = ["text", "line", "github", "json", "jsonl", "md", "html"]
ON_SOURCES = [
    *(["report", "--no-cache", "--format", f] for f in FORMATS),
    ["report", "--no-cache", "--report-dir", "out"],
    ["explain", "ceasefire-signed"],
    ["explain", "ceasefire-signed", "--source", "x\n::error"],
    ["explain", "ceasefire-signed", "--source", "nothing\x1b[2J"],
    ["survey", "ceasefire"],
    ["survey", "ceasefire", "--kind", "name"],
    ["survey", "ceasefire", "--context", "truce"],
    ["lint"],
    ["acknowledge", "ceasefire-signed", "a.txt", "--why", "it says \x1b[8m10"],
    ["acknowledge", "ceasefire-signed", "esc\x1b", "--why", "x"],
    ["acknowledge", "nope\x1b[2J", "a.txt", "--why", "x"],
    ["acknowledge", "--stale"],
    ["new", "--id", "n", "--kind", "date", "--claim", "Signed \x1b[2J.", "--about", "ceasefire",
     "--value", "2020-11-09"],
    ["report", "--format", "x\x1b[2J"],
    ["report", "--no-cache", "unexpected\x1b[2J\n::error::x"],
]


@pytest.mark.parametrize("argv", ON_SOURCES, ids=lambda argv: " ".join(argv)[:40])
def test_every_command_prints_hostile_names_and_quotes_escaped(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(hostile_sources(tmp_path))
    try:
        status, out, err = run(capsys, *argv)
    except SystemExit as exc:  # argparse's usage errors
        status, (out, err) = exc.code, capsys.readouterr()
    assert status in (0, 1, 2), err
    assert_safe(out, github="github" in argv)
    assert_safe(err)
    assert "Traceback" not in err


@pytest.mark.parametrize("argv", [["lint"], *(["report", "--no-cache", "--format", f] for f in FORMATS),
                                  ["explain", "v"], ["survey", "ceasefire"]],
                         ids=lambda argv: " ".join(argv)[:40])
def test_every_command_prints_hostile_fact_files_escaped(tmp_path, monkeypatch, capsys, argv):
    monkeypatch.chdir(hostile_facts(tmp_path))
    status, out, err = run(capsys, *argv)
    assert status in ((0,) if argv[0] == "survey" else (1, 2)), err  # survey reads no fact file
    assert_safe(out, github="github" in argv)
    assert_safe(err)


def test_lint_shows_what_a_fact_file_quotes_escaped(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(hostile_facts(tmp_path))
    status, out, err = run(capsys, "lint")
    assert status == 1
    assert "facts/key.yaml:3:5: unknown-key: unknown field 'k\\n::error file=a::pwned' — allowed fields: " \
           "id, claim, kind, about, value, rivals, unit, tolerance, known, note, context, unless, severity, " \
           "tags" in out.splitlines()
    assert any(line.startswith("facts/id.yaml:2:") and "'bad\\n::error::id'" in line for line in out.splitlines())
    assert any(line.startswith("facts/value.yaml:") and "'2020\\x1b[2J\\n::error::v'" in line
               for line in out.splitlines()), out
    assert any(line.startswith("facts/x\\n::error file=a::f.yaml:") for line in out.splitlines()), out


@pytest.mark.parametrize("fmt", ["text", "line"])
def test_report_shows_fact_file_problems_on_stdout_as_on_stderr(tmp_path, monkeypatch, capsys, fmt):
    monkeypatch.chdir(hostile_facts(tmp_path))
    status, out, err = run(capsys, "report", "--no-cache", "--format", fmt)
    assert status == 2
    problem = next(line for line in err.splitlines() if line.startswith("facts/value.yaml:"))
    assert "\\x1b[2J\\n::error::v" in problem
    assert any(line.strip().endswith(problem.split(": ", 1)[1]) for line in out.splitlines()), out


def test_github_annotations_show_escapes_escaped(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(hostile_sources(tmp_path))
    status, out, _ = run(capsys, "report", "--no-cache", "--format", "github")
    assert status == 1
    assert ('::error file=facts/f.yaml,line=2,title=ceasefire-signed%3A a.txt differs::a.txt:1 says 10 Nov 2020, '
            'expected 9 Nov 2020: "The ceasefire was signed on 10 November 2020 \\x1b[2J\\x1b]8;;evil.example'
            '\\x1b\\here\\x1b]8;;\\x1b\\ \\x1b[8mhidden\\x1b[0m."') in out.splitlines()


def test_the_line_format_shows_a_line_break_in_a_name_as_backslash_n(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(hostile_sources(tmp_path))
    _, out, _ = run(capsys, "report", "--no-cache", "--format", "line")
    assert ("facts/f.yaml:2: ceasefire-signed: x\\n::error file=facts/f.yaml,line=1::pwned.txt:1: differ: "
            "found 10 Nov 2020, expected 9 Nov 2020") in out.splitlines()


def test_explain_and_survey_show_names_and_quotes_escaped(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(hostile_sources(tmp_path))
    _, out, _ = run(capsys, "explain", "ceasefire-signed")
    lines = out.splitlines()
    assert "x\\n::error file=facts/f.yaml,line=1::pwned.txt:" in lines
    assert ("  line 1 (mentions ceasefire): The ceasefire was signed on 10 November 2020 \\x1b[2J\\x1b]8;;"
            "evil.example\\x1b\\here\\x1b]8;;\\x1b\\ \\x1b[8mhidden\\x1b[0m.") in lines
    assert "bidi\\u202etxt.exe.txt:" in lines and "c1\\u0085.txt:" in lines
    _, out, _ = run(capsys, "survey", "ceasefire")
    assert "x\\n::error file=facts/f.yaml,line=1::pwned.txt: 10 Nov 2020" in out.splitlines()
    status, _, err = run(capsys, "explain", "ceasefire-signed", "--source", "my fil.txt")
    assert status == 2 and err == "error: no source 'my fil.txt' in seeds — did you mean 'my file.txt'?\n"


# ------------------------------------------------------------------ two files, two names

def test_a_literal_backslash_and_a_byte_keep_two_names(tmp_path, monkeypatch, capsys):
    import json

    monkeypatch.chdir(hostile_sources(tmp_path))
    _, out, _ = run(capsys, "report", "--no-cache", "--format", "json")
    sources = json.loads(out)["sources"]
    assert len(sources) == len(set(sources)) == len(NAMES) + 1
    assert "caf\\xe9.txt" in sources and "caf\\\\xe9.txt" in sources  # the byte; the name with a backslash
    _, out, _ = run(capsys, "report", "--no-cache")
    key = [line.split(": ", 1)[1] for line in out.splitlines() if re.match(r" ?\d+: caf", line)]
    assert key == ["caf\\\\xe9.txt", "caf\\xe9.txt"]


@pytest.mark.parametrize("typed, meant", [("caf\\xe9.txt", "caf\\xe9.txt"), ("caf\\\\xe9.txt", "caf\\\\xe9.txt"),
                                          (os.fsdecode(LATIN1), "caf\\xe9.txt")])
def test_acknowledge_picks_the_source_named_as_shown(tmp_path, monkeypatch, capsys, typed, meant):
    monkeypatch.chdir(hostile_sources(tmp_path))
    status, out, err = run(capsys, "acknowledge", "ceasefire-signed", typed, "--why", "w")
    assert status == 0, err
    assert out.startswith(f"ceasefire-signed: {meant} acknowledged (w)\n")
    shown = {"caf\\xe9.txt": "caf\\xe9.txt", "caf\\\\xe9.txt": "caf\\\\xe9.txt"}[meant]
    assert dict(load_facts(tmp_path / "facts")[0].known) == {shown: "w"}


# ------------------------------------------------------------------ commands that run as printed

def _pasted(tmp_path: Path, command: str) -> subprocess.CompletedProcess:
    """``command`` run by bash as pasted, with ``python`` this interpreter."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir(exist_ok=True)
    (bin_dir / "python").write_text(f'#!/bin/sh\nexec "{sys.executable}" "$@"\n')
    (bin_dir / "python").chmod(0o755)
    env = {**os.environ, "PATH": f"{bin_dir}{os.pathsep}{os.environ['PATH']}"}
    return subprocess.run(["bash", "-c", command], cwd=tmp_path, env=env, capture_output=True, timeout=120)


def test_suggested_commands_run_as_printed(pytester):
    """pytest's failure text names, per differing source, the command to see why and the one to accept it;
    each, pasted into a shell, does what it says for that source (a space, a backslash, a byte that is not
    UTF-8, a line break)."""
    root = pytester.path
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    write(root / "facts" / "f.yaml", CEASEFIRE_FACTS)
    for name in ("caf\\xe9.txt", "my file.txt", INJECTED):
        write(root / "seeds" / name, DIFFERING)
    (root / "seeds" / os.fsdecode(LATIN1)).write_text(DIFFERING, encoding="utf-8")
    out = pytester.runpytest("-p", "checks.pytest_plugin", "facts", "--no-report").stdout.str()
    assert_safe(out)
    whys = [line.split("why:", 1)[1].strip() for line in out.splitlines() if line.strip().startswith("why:")]
    accepts = [line.split("accept:", 1)[1].strip() for line in out.splitlines() if line.strip().startswith("accept:")]
    shown = ["caf\\\\xe9.txt", "caf\\xe9.txt", "my file.txt"]  # the first three; the fourth is counted
    assert accepts == [f"python -m checks acknowledge ceasefire-signed '{name}' --why \"...\"" for name in shown]
    for command, name in zip(whys, shown):
        done = _pasted(root, command)
        assert done.returncode == 0, done.stderr.decode()
        assert [line for line in done.stdout.decode().splitlines() if not line.startswith(" ")][1:] == [f"{name}:"]
    for command, name in zip(accepts, shown):
        done = _pasted(root, command.replace('"..."', f"'reason {name}'"))
        assert done.returncode == 0, done.stderr.decode()
    # the fourth, from the acknowledge command's own suggestions (quoted by the same rule): bash's $'...'
    line = next(line for line in done.stdout.decode().splitlines() if "accept:" in line)
    assert line == ("  accept: python -m checks acknowledge ceasefire-signed "
                    "$'x\\n::error file=facts/f.yaml,line=1::pwned.txt' --why \"...\"")
    done = _pasted(root, line.split("accept:", 1)[1])
    assert done.returncode == 0, done.stderr.decode()
    assert dict(load_facts(root / "facts")[0].known) == {
        "caf\\\\xe9.txt": "reason caf\\\\xe9.txt", "caf\\xe9.txt": "reason caf\\xe9.txt",
        "my file.txt": "reason my file.txt", INJECTED: "..."}


def test_the_known_lines_suggested_read_back_as_the_names(tmp_path):
    """The `known:` lines pytest suggests are YAML that names each source exactly (quoted where needed)."""
    import yaml

    from checks.pipeline import check
    from checks.report.render import failure_text
    from checks.verdict import outcome

    fr = check(hostile_sources(tmp_path) / "facts", tmp_path / "seeds").facts[0]
    text = failure_text(fr, outcome(fr))
    assert_safe(text)
    block = text.split("    known:\n", 1)[1].split("\n  why", 1)[0]
    keys = [line for line in block.splitlines() if line.startswith("      ") and not line.lstrip().startswith("#")]
    read = yaml.safe_load("\n".join(k.replace("<why it differs>", "w") for k in keys))
    assert sorted(read) == sorted(r.source for r in fr.results) and len(read) == len(NAMES) + 1
