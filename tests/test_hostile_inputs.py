"""Bad and hostile input: clear errors, nothing lost, nothing executed, time linear in the input."""

import os
import subprocess
import sys
import tracemalloc
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from checks.errors import CheckError
from checks.facts import read_facts
from checks.pipeline import check, check_all, evaluate
from checks.report.render import render
from checks.sources import make_source, read_folder

from .helpers import CEASEFIRE_FACTS, write

FIXTURES = Path(__file__).parent / "fixtures" / "hostile"
FACT = CEASEFIRE_FACTS
SENTENCE = "The ceasefire was signed on 9 November 2020."


# ------------------------------------------------------------------ fact files

EXPECTED = {
    "malformed.yaml": "malformed.yaml:4: this is not valid YAML",
    "tabs.yaml": "tabs.yaml:2: a tab character",
    "duplicate-key.yaml": "duplicate-key.yaml:5: duplicate key 'kind' (first at line 4)",
    "wrong-types.yaml": "wrong-types.yaml:6: 'a list' is not a number",
    "mapping-not-list.yaml": "mapping-not-list.yaml:2: 'facts' must be a list of records",
    "empty.yaml": "empty.yaml:1: the file is empty",
    "billion-laughs.yaml": "billion-laughs.yaml:1: the file's aliases expand to 6,053,427 more values",
    "deep-nesting.yaml": "deep-nesting.yaml:3: values are nested more than 50 levels deep",
    "control-character.yaml": "control-character.yaml:3: the control character U+0007 cannot appear in YAML",
    "year-zero.yaml": "year-zero.yaml:6: '0000-01-01' is not a possible date",
    "python-tag.yaml": "python-tag.yaml:2: the tag tag:yaml.org,2002:python/object/apply:os.system is not allowed",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_broken_fact_file_says_where_and_how_to_fix(name, monkeypatch):
    monkeypatch.chdir(FIXTURES)
    tracemalloc.start()
    facts, problems = read_facts(Path(name))
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    assert peak < 20_000_000, "refused without expanding anything"  # a bomb expanded takes gigabytes
    assert problems and all(p.severity == "error" for p in problems)  # the whole file is left out
    lines = [str(p) for p in problems]
    assert any(line.startswith(EXPECTED[name]) for line in lines), lines
    assert all(" — " in line for line in lines)


def test_a_python_tag_constructs_nothing(tmp_path, monkeypatch):
    marker = tmp_path / "pwned"
    write(tmp_path / "f.yaml", f'facts:\n  - !!python/object/apply:os.system ["touch {marker}"]\n')
    read_facts(tmp_path / "f.yaml")
    assert not marker.exists()


def test_a_huge_fact_file_is_refused(tmp_path):
    path = tmp_path / "huge.yaml"
    path.write_text("facts:\n" + "# padding\n" * 600_000)
    _, problems = read_facts(path)
    assert [p.code for p in problems] == ["size"] and "split it into topic files" in str(problems[0])


def test_one_broken_fact_file_does_not_hide_the_others_in_the_cli(tmp_path):
    write(tmp_path / "facts" / "good.yaml", FACT)
    write(tmp_path / "facts" / "bad.yaml", "facts: [\n")
    write(tmp_path / "seeds" / "a.txt", SENTENCE)
    out = tmp_path / "r.json"
    proc = subprocess.run([sys.executable, "-m", "checks", "report", "--facts", "facts", "--seeds", "seeds",
                           "--format", "json", "--output", str(out), "--no-cache"],
                          cwd=tmp_path, capture_output=True, text=True)
    assert proc.returncode == 2
    assert "facts/bad.yaml:2: this is not valid YAML" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert '"ceasefire-signed"' in out.read_text()  # the good file was still checked and reported
    assert "facts/bad.yaml: NOT CHECKED" in out.read_text()
    report, problems = check_all(tmp_path / "facts", tmp_path / "seeds")
    assert [fr.fact.id for fr in report.facts] == ["ceasefire-signed"] and report.broken


# ------------------------------------------------------------------ sources

def folder_with(tmp_path, files: dict[str, bytes]) -> Path:
    root = tmp_path / "seeds"
    root.mkdir(exist_ok=True)
    for name, data in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
    return root


def verdict(tmp_path, root: Path, name: str):
    write(tmp_path / "facts" / "f.yaml", FACT)
    report = check(tmp_path / "facts", root)
    result = next(r for r in report.facts[0].results if r.source == name)
    return result.verdict, [e.line for e in result.evidence]


@pytest.mark.parametrize("data, note", [
    (SENTENCE.encode("utf-8"), ""),
    (b"\xef\xbb\xbf" + SENTENCE.encode("utf-8"), ""),
    ("Le cessez-le-feu — signé. ".encode("cp1252") + SENTENCE.encode(), "decoded as Windows-1252"),
    ("Ceasefire “signed” ".encode("cp1252") + b"\x81 " + SENTENCE.encode(), "decoded as Latin-1"),
])
def test_encodings_are_detected_and_said(tmp_path, data, note):
    root = folder_with(tmp_path, {"a.txt": data})
    found = read_folder(root)
    assert found.sources[0].text.endswith(SENTENCE)
    assert (note in " ".join(found.notes)) if note else not found.notes
    assert verdict(tmp_path, root, "a.txt")[0] == "agree"


def test_mojibake_is_noted(tmp_path):
    root = folder_with(tmp_path, {"a.txt": "Itâ€™s over. ".encode() + SENTENCE.encode()})
    assert any("mojibake" in n for n in read_folder(root).notes)


@pytest.mark.parametrize("newline", ["\n", "\r\n", "\r"])
def test_line_numbers_survive_any_line_ending(tmp_path, newline):
    text = newline.join(["Title", "", "Other words.", SENTENCE, ""])
    root = folder_with(tmp_path, {"a.txt": text.encode()})
    assert verdict(tmp_path, root, "a.txt") == ("agree", [4])


def test_markdown_and_html_sources(tmp_path):
    page = ("<html><head><title>x</title><script>var s = 'the ceasefire was signed on 1 May 1999';\n"
            "</script></head>\n<body><nav>Home | ceasefire 3 March 2001</nav>\n"
            f"<p>Intro.</p>\n<p>{SENTENCE}</p>\n<footer>ceasefire 4 April 2002</footer></body></html>\n")
    root = folder_with(tmp_path, {"page.html": page.encode(), "notes.md": f"# Notes\n\n{SENTENCE}\n".encode()})
    assert verdict(tmp_path, root, "page.html") == ("agree", [5])  # script, nav, footer dropped; line kept
    assert verdict(tmp_path, root, "notes.md") == ("agree", [3])
    assert any("web page" in n for n in read_folder(root).notes)


def test_other_files_are_listed_once_and_binary_files_skipped(tmp_path):
    root = folder_with(tmp_path, {"a.txt": SENTENCE.encode(), "photo.jpg": b"\xff\xd8", "data.csv": b"x,y",
                                  "blob.txt": b"MZ\x00\x00\x01binary", "empty.txt": b""})
    found = read_folder(root)
    assert [s.name for s in found.sources] == ["a.txt", "empty.txt"]
    assert sum("not sources" in n for n in found.notes) == 1
    assert [n for n in found.notes if "not sources" in n][0].endswith("data.csv, photo.jpg")
    assert found.skipped == (("blob.txt", "binary, not text (it holds NUL bytes)"),)
    assert verdict(tmp_path, root, "empty.txt") == ("silent", [])


def test_a_too_large_source_is_refused_with_a_way_out(tmp_path):
    root = folder_with(tmp_path, {"big.txt": b"word " * 300_000, "a.txt": SENTENCE.encode()})
    found = read_folder(root, max_mb=1)
    assert [s.name for s in found.sources] == ["a.txt"]
    assert "--max-source-mb" in found.skipped[0][1]
    assert [s.name for s in read_folder(root, max_mb=2).sources] == ["a.txt", "big.txt"]


def test_an_unreadable_source_is_reported_and_the_run_goes_on(tmp_path, monkeypatch):
    root = folder_with(tmp_path, {"locked.txt": SENTENCE.encode(), "a.txt": SENTENCE.encode()})
    (root / "locked.txt").chmod(0)
    if os.geteuid() == 0:  # root reads every file: make the permission error the file system would give
        real = Path.read_bytes

        def read_bytes(self):
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied")
            return real(self)
        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    found = read_folder(root)
    assert [s.name for s in found.sources] == ["a.txt"]
    assert found.skipped[0][0] == "locked.txt" and "permissions" in found.skipped[0][1]


def test_an_unreadable_source_makes_the_exit_status_say_so(tmp_path, monkeypatch):
    # A file that cannot be read is simulated by one read_folder must skip: a binary file.
    write(tmp_path / "facts" / "f.yaml", FACT)
    folder_with(tmp_path, {"a.txt": SENTENCE.encode(), "b.txt": b"\x00\x01"})
    proc = subprocess.run([sys.executable, "-m", "checks", "report", "--no-cache"], cwd=tmp_path,
                          capture_output=True, text=True)
    assert proc.returncode == 3
    assert "b.txt" in proc.stderr and "could not be read" in proc.stderr
    assert "ceasefire-signed" in proc.stdout


def test_links_out_of_the_folder_are_not_followed(tmp_path):
    outside = tmp_path / "secret.txt"
    outside.write_text(SENTENCE)
    root = folder_with(tmp_path, {"a.txt": SENTENCE.encode()})
    (root / "link.txt").symlink_to(outside)
    (root / "inner.txt").symlink_to(root / "a.txt")
    found = read_folder(root)
    assert [s.name for s in found.sources] == ["a.txt", "inner.txt"]
    assert any(n.startswith("link.txt: not followed") for n in found.notes)


ODD_NAMES = ["with space.txt", "ünïcødé.txt", "hash#tag.txt", "pipe|name.txt", "star*name.txt",
             "less<than.txt", "sub dir/deeper/x.txt"]


def test_odd_names_are_kept_literally_in_every_format(tmp_path):
    differing = SENTENCE.replace("9 November", "10 November")
    root = folder_with(tmp_path, {name: differing.encode() for name in ODD_NAMES})
    write(tmp_path / "facts" / "f.yaml", FACT)
    report = check(tmp_path / "facts", root)
    assert set(report.sources) == set(ODD_NAMES)
    for fmt in ("json", "line", "text", "github"):
        text = render(report, fmt)
        for name in ODD_NAMES:
            shown = name.replace("%", "%25") if fmt != "github" else name
            assert shown in text, (fmt, name)
    html_text = render(report, "html")
    assert "less&lt;than.txt" in html_text and "less<than.txt" not in html_text


# ------------------------------------------------------------------ linear time

PATHOLOGICAL = {
    "digits and commas": "1,2,3,4,5,6,7,8,9,0," * 50_000,
    "month names": "November November 9 September " * 35_000,
    "hyphens": "-" * 1_000_000,
    "capitalised words": "Prime Minister President Nikol Pashinyan Ceasefire " * 20_000,
    "dotted initials": "U.S. A.B. Nov. 10, " * 50_000,
    # every "for" after a verb of answering for something opens a reason phrase that ends at the next one
    "reason phrases": 'The ceasefire was criticised for the "war" and for the ceasefire of 9 November 2020 and ' * 5_000,
}


@pytest.mark.parametrize("kind", sorted(PATHOLOGICAL))
def test_pathological_megabyte_lines_finish(kind):
    text = PATHOLOGICAL[kind]
    write_facts = Path(__file__).parent.parent / "facts"
    from checks.facts import load_facts
    facts = load_facts(write_facts)
    report = evaluate(facts, (make_source("big.txt", text),))
    assert len(report.facts) == len(facts)  # it finishes; its time per MB is benchmarks/linear.py's


# ------------------------------------------------------------------ anything at all

@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=st.text(max_size=600))
def test_any_source_text_gets_a_verdict_for_every_fact(text):
    from checks.facts import load_facts
    facts = load_facts(Path(__file__).parent.parent / "facts")
    report = evaluate(facts, (make_source("x.txt", text),))
    assert all(len(fr.results) == 1 and fr.results[0].verdict in ("agree", "differ", "silent")
               for fr in report.facts)


MUTATIONS = st.lists(st.tuples(st.integers(0, 10_000), st.sampled_from(
    ["", ":", "-", " ", "\n", "[", "]", "{", "}", "&a", "*a", "!!str", "'", '"', "#", "2020-13-45", "\t", "…"])),
    max_size=6)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(cuts=MUTATIONS)
def test_mutated_fact_files_load_or_raise_only_our_error(tmp_path, cuts):
    text = (Path(__file__).parent.parent / "facts" / "war-2020.yaml").read_text(encoding="utf-8")
    for at, piece in cuts:
        at %= len(text) + 1
        text = text[:at] + piece + text[at + len(piece):]
    path = tmp_path / "m.yaml"
    path.write_text(text, encoding="utf-8")
    try:
        facts, problems = read_facts(path)
    except CheckError:
        return
    assert all(str(p).startswith(str(path)) or "m.yaml" in str(p) for p in problems)
    if facts:
        report = evaluate(facts, (make_source("a.txt", SENTENCE),))
        assert len(report.facts) == len(facts)


def test_pytest_fails_when_a_source_was_skipped(pytester):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    (pytester.path / "facts").mkdir()
    (pytester.path / "facts" / "f.yaml").write_text(FACT)
    (pytester.path / "seeds").mkdir()
    (pytester.path / "seeds" / "a.txt").write_text(SENTENCE)
    (pytester.path / "seeds" / "b.txt").write_bytes(b"\x00\x01\x02")
    result = pytester.runpytest("-p", "checks.pytest_plugin", "facts", "--no-report", "-q")
    result.assert_outcomes(passed=1, errors=1)
    assert result.ret == pytest.ExitCode.TESTS_FAILED
    result.stdout.fnmatch_lines(["*b.txt: SKIPPED, binary, not text*"])  # -q too
