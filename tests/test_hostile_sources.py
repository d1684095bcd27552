"""Hostile input, round two (issue 14): sources that crashed a run or were read wrong.

Items 8 (a file name that is not UTF-8), 11 (sources.yaml: year 0, not UTF-8), 15 (line breaks
written as HTML references), 17 (UTF-16 and UTF-32), 18 (decomposed accents, invisible format
characters), 20 (``--seeds one.txt``) and 21 (``published: [2020]``). Each test asserts what the
user sees and that nothing was lost or written outside.
"""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from checks.cli import main
from checks.errors import SourceError
from checks.htmltext import visible_text
from checks.pipeline import check
from checks.sources import make_source, read_folder, source_text

from .helpers import CEASEFIRE_FACTS, project, write

SENTENCE = "The ceasefire was signed on 9 November 2020."
DIFFERING = "The ceasefire was signed on 10 November 2020."


def seeds_with(tmp_path, files: dict[str, bytes]) -> Path:
    root = tmp_path / "seeds"
    root.mkdir(exist_ok=True)
    for name, data in files.items():
        (root / name).write_bytes(data)
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    return root


def results(tmp_path, root):
    report = check(tmp_path / "facts", root)
    return {r.source: (r.verdict, [(e.line, e.quote) for e in r.evidence]) for r in report.facts[0].results}


# ------------------------------------------------------------------ 8. a file name that is not UTF-8

LATIN1_NAME = os.fsdecode(b"caf\xe9.txt")  # as the file system hands it over: a surrogate escape


def latin1_named(tmp_path) -> Path:
    root = seeds_with(tmp_path, {"a.txt": SENTENCE.encode()})
    (root / LATIN1_NAME).write_bytes(DIFFERING.encode())
    return root


def test_a_name_that_is_not_utf8_is_shown_escaped(tmp_path):
    root = latin1_named(tmp_path)
    found = read_folder(root)
    assert [s.name for s in found.sources] == ["a.txt", "caf\\xe9.txt"]
    assert results(tmp_path, root)["caf\\xe9.txt"][0] == "differ"  # still read and checked


def test_a_name_that_is_not_utf8_reaches_every_output(tmp_path):
    latin1_named(tmp_path)
    proc = subprocess.run([sys.executable, "-m", "checks", "report", "--no-cache", "--format", "json",
                           "--report-dir", "out", "-o", "r.md"], cwd=tmp_path, capture_output=True)
    assert proc.returncode == 1, proc.stderr.decode(errors="replace")  # 1: a source differs; the run went through
    assert b"Traceback" not in proc.stderr
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [
        "discrepancies.html", "discrepancies.json", "discrepancies.md"]
    assert "caf\\xe9.txt" in json.loads((tmp_path / "r.md").read_text(encoding="utf-8"))["sources"]
    for name in ("discrepancies.html", "discrepancies.md"):
        assert "caf\\xe9.txt" in (tmp_path / "out" / name).read_text(encoding="utf-8")
    data = json.loads((tmp_path / "out" / "discrepancies.json").read_text(encoding="utf-8"))
    assert data["sources"] == ["a.txt", "caf\\xe9.txt"]
    stdout = subprocess.run([sys.executable, "-m", "checks", "report", "--no-cache", "--format", "json"],
                            cwd=tmp_path, capture_output=True).stdout
    assert json.loads(stdout.decode("utf-8")) == data  # valid UTF-8, valid JSON
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts", "out", "r.md", "seeds"]


def test_a_name_that_is_not_utf8_does_not_stop_pytest(pytester):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n'
                                         'report_dir = "out"\n')
    write(pytester.path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    (pytester.path / "seeds").mkdir()
    (pytester.path / "seeds" / LATIN1_NAME).write_bytes(DIFFERING.encode())
    result = pytester.runpytest("-p", "checks.pytest_plugin", "facts")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["*1: caf\\xe9.txt*", "report: out/discrepancies.md, *"])
    assert "Traceback" not in result.stdout.str() + result.stderr.str()


# ------------------------------------------------------------------ 11. sources.yaml: year 0, not UTF-8

@pytest.mark.parametrize("data, expected", [
    (b"a.txt:\n  published: 0000-01-01\n",
     "sources.yaml:2: '0000-01-01' is not a day — write published: YYYY-MM-DD, or leave it out if the day is "
     "unknown"),
    (b"a.txt:\n  outlet: Caf\xe9 Press\n",
     "sources.yaml:2: byte 0xE9 is not UTF-8 — save sources.yaml as UTF-8 (retype the accented letters on "
     "this line)"),
    (b"a.txt:\n  published: [2020]\n",  # 21: the YAML text, not the loader's Located(value=...)
     "sources.yaml:2: '[2020]' is not a day — write published: YYYY-MM-DD, or leave it out if the day is "
     "unknown"),
    (b"a.txt:\n  published: {year: 2020}\n",
     "sources.yaml:2: '{year: 2020}' is not a day — write published: YYYY-MM-DD, or leave it out if the day is "
     "unknown"),
])
def test_a_bad_sources_yaml_says_where_and_how_to_fix(tmp_path, monkeypatch, capsys, data, expected):
    seeds_with(tmp_path, {"a.txt": SENTENCE.encode(), "sources.yaml": data})
    with pytest.raises(SourceError) as raised:
        read_folder(tmp_path / "seeds")
    assert [str(p) for p in raised.value.problems] == [f"{tmp_path / 'seeds'}/{expected}"]
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line"]) == 2
    err = capsys.readouterr().err
    assert f"seeds/{expected}" in err.splitlines() and "Traceback" not in err and "Located" not in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts", "seeds"]


# ------------------------------------------------------------------ 15. line breaks written as references

def test_line_breaks_written_as_references_do_not_move_lines(tmp_path):
    page = ("<html><body>\n<p>Intro&#10;one&NewLine;two&#13;three&#x0A;four.</p>\n"
            f"<p>{DIFFERING[:-1]}</p>\n</body></html>\n")
    root = seeds_with(tmp_path, {"a.html": page.encode()})
    verdict, evidence = results(tmp_path, root)["a.html"]
    assert verdict == "differ"
    assert evidence == [(3, DIFFERING[:-1])]  # line 3 of the file, and no period the page does not have
    assert visible_text(page).count("\n") == page.count("\n")


def test_a_block_edge_ends_a_sentence_without_a_period(tmp_path):
    text = visible_text("<ul><li>signed Nov</li><li>next item</li></ul><p>last</p>")
    assert [s.text for s in make_source("a.html", text).sentences] == ["signed Nov", "next item", "last"]


# ------------------------------------------------------------------ 17. UTF-16 and UTF-32 with a byte order mark

@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"])
def test_utf16_and_utf32_with_a_bom_are_read(tmp_path, codec):
    bom = {"utf-16-le": b"\xff\xfe", "utf-16-be": b"\xfe\xff",
           "utf-32-le": b"\xff\xfe\x00\x00", "utf-32-be": b"\x00\x00\xfe\xff"}.get(codec, b"")
    text = f"Première ligne.\r\n{DIFFERING}\r\n"
    root = seeds_with(tmp_path, {"a.txt": bom + text.encode(codec)})
    found = read_folder(root)
    assert not found.skipped and not found.notes
    assert found.sources[0].text == text.replace("\r\n", "\n")
    assert results(tmp_path, root)["a.txt"] == ("differ", [(2, DIFFERING)])


def test_nul_bytes_without_a_bom_are_still_binary(tmp_path):
    found = read_folder(seeds_with(tmp_path, {"a.txt": SENTENCE.encode("utf-16-le")}))
    assert found.skipped == (("a.txt", "binary, not text (it holds NUL bytes)"),)


# ------------------------------------------------------------------ 18. decomposed accents, format characters

@pytest.mark.parametrize("written, read", [
    ("The ce\u0301asefire", "The céasefire"),
    ("Lasted 4\u200b44 days", "Lasted 444 days"),
    ("On 1\u00ad6 November", "On 16 November"),
    ("Cease\u00adfire", "Ceasefire"),
    ("Cease\u200dfire\ufeff", "Ceasefire"),
])
def test_text_is_composed_and_invisible_characters_removed(written, read):
    source = make_source("a.txt", f"First line.\n{written}.")
    assert source.text == f"First line.\n{read}."
    assert [(s.line, s.text) for s in source.sentences] == [(1, "First line."), (2, f"{read}.")]


def test_a_soft_hyphen_in_a_date_does_not_change_the_verdict(tmp_path):
    root = seeds_with(tmp_path, {"a.txt": "Intro.\nThe cease\u00adfire was signed on 1\u00ad0 Novem\u200bber 2020.\n"
                                  .encode()})
    assert results(tmp_path, root)["a.txt"] == ("differ", [(2, DIFFERING)])


# ------------------------------------------------------------------ 20. --seeds one file

def test_a_single_file_is_a_corpus_of_one(tmp_path, monkeypatch, capsys):
    root = seeds_with(tmp_path, {"one.txt": DIFFERING.encode()})
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line", "--seeds", "seeds/one.txt"]) == 1  # it differs: the one source was read
    captured = capsys.readouterr()
    assert "ceasefire-signed: one.txt:1: differ: found 10 Nov 2020, expected 9 Nov 2020" in captured.out and "does not exist" not in captured.err
    assert results(tmp_path, root / "one.txt") == {"one.txt": ("differ", [(1, DIFFERING)])}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["facts", "seeds"]


def test_a_single_file_that_is_not_a_source_says_so(tmp_path, monkeypatch, capsys):
    seeds_with(tmp_path, {"one.pdf": b"%PDF"})
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line", "--seeds", "seeds/one.pdf"]) == 2
    err = capsys.readouterr().err
    assert ("seeds/one.pdf: this is a file, not a folder of sources, and not a source either (only .txt, .md, "
            ".markdown, .text, .html, .htm, .xhtml are read) — point --seeds at the folder of source texts, or at "
            "one text file") in err


# ------------------------------------------------------------------ the benchmark's ". " input

def test_punctuation_alone_makes_no_sentence():
    # ". " repeated made a sentence of "." every two characters: 23 s/MB and 120 times the text in memory
    source = make_source("a.txt", ". " * 10_000 + "\n***\n" + DIFFERING + "\n" + "?! " * 1_000)
    assert [(s.line, s.text) for s in source.sentences] == [(3, DIFFERING)]


@pytest.mark.parametrize("text, expected", [
    # an initialism's full stop before a capitalised sentence opener ends the sentence
    ("Talks stalled in the U.S., Europe and U.K. On Tuesday, the regulator spoke.",
     ["Talks stalled in the U.S., Europe and U.K.", "On Tuesday, the regulator spoke."]),
    ("The vote was held at the U.N. The council met later.", ["The vote was held at the U.N.", "The council met later."]),
    # before a name or a noun it does not
    ("U.S. President Anna Novak met U.K. officials.", ["U.S. President Anna Novak met U.K. officials."]),
    ("The U.K. Treasury agreed.", ["The U.K. Treasury agreed."]),
    # nor after a title or a single initial
    ("Dr. On Lee spoke. John F. The Third came.", ["Dr. On Lee spoke.", "John F. The Third came."]),
])
def test_an_initialism_before_a_sentence_opener_ends_the_sentence(text, expected):
    assert [s.text for s in make_source("a.txt", text).sentences] == expected


# ------------------------------------------------------------------ found by the fuzzer

def test_a_quoted_key_cannot_write_a_workflow_command(tmp_path, monkeypatch, capsys):
    write(tmp_path / "facts" / "f.yaml", 'facts:\n  - id: x\n    "k\\n::error file=a::pwned": 1\n')
    write(tmp_path / "seeds" / "a.txt", SENTENCE)
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line"]) == 2
    err = capsys.readouterr().err
    assert "facts/f.yaml:3: unknown field 'k\\n::error file=a::pwned' — allowed fields: " in err
    assert not any(line.startswith("::") for line in err.splitlines())


def test_html_tags_left_in_a_text_source_are_read_without_them(tmp_path):
    # scraped text keeps a link: its address (with a date in it) is markup, not prose; the note says so
    text = ('The <a href="https://example.com/2020/11/10/story" target="_blank">ceasefire</a> was signed on '
            '<i>9 November 2020</i>. If x < 5 and y > 3 nothing is a tag.')
    facts_dir, seeds_dir = project(tmp_path, CEASEFIRE_FACTS, {"a.txt": text})
    report = check(facts_dir, seeds_dir)
    result = report.facts[0].results[0]
    assert result.verdict == "agree"
    assert [e.quote for e in result.evidence] == ["The ceasefire was signed on 9 November 2020."]
    skipped, read, note = source_text(text.encode(), ".txt")
    assert "x < 5 and y > 3" in read and "held 4 HTML tag(s)" in note


def test_a_web_address_in_a_text_is_read_as_its_host(tmp_path):
    # a bare address's path (a date, the words of a story's slug) states nothing; the sentence's full stop stays
    text = ("Source: https://www.example.com/2020/11/10/ceasefire-signed\n"
            "The ceasefire was signed on 9 November 2020, www.example.org/2020/11/10/ceasefire says.")
    facts_dir, seeds_dir = project(tmp_path, CEASEFIRE_FACTS, {"a.txt": text})
    result = check(facts_dir, seeds_dir).facts[0].results[0]
    assert result.verdict == "agree"
    assert [e.quote for e in result.evidence] == ["The ceasefire was signed on 9 November 2020, example.org says."]
    skipped, read, note = source_text(b"See http://a.example/b?c=1. Then www.bbc.co.uk.", ".txt")
    assert read == "See a.example. Then bbc.co.uk." and "held 2 web address(es)" in note


def test_reading_web_addresses_never_loses_a_line_or_adds_text():
    from hypothesis import given, settings, strategies as st
    from checks.sources import _URL

    @settings(max_examples=300, deadline=None)
    @given(st.lists(st.sampled_from(["https://", "www.", "a", ".", "/", "-", "?", "1", " ", ",", ")", "é", "\n"]),
                    max_size=60))
    def check_text(pieces):
        text = "".join(pieces)
        out = _URL.sub(lambda m: m.group("host"), text)
        assert len(out) <= len(text) and out.count("\n") == text.count("\n")  # line numbers stay true
        assert all(m.group()[:4].lower() in ("http", "www.") for m in _URL.finditer(text))
    check_text()
