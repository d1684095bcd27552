"""Fact files and sources.yaml that are large, deep or odd (issue 14, cases 9, 11, 16 and 19): each
refused at once with its true reason at its line, or loaded whole."""

from pathlib import Path

import pytest

from checks.cli import main
from checks.facts import MAX_FACT_FILE_BYTES, read_facts
from checks.yamlnodes import MAX_VALUES

from .helpers import CEASEFIRE_FACTS, write

HEAD = """\
facts:
  - id: big
    claim: The war lasted 44 days.
    kind: number
    about: [war]
    value: 44
"""
RECORD = """\
  - id: fact-{n:05d}
    claim: The 2020 war lasted 44 days.
    kind: number
    about: [war, conflict]
    value: 44
    unit: [day, days]
"""


# ------------------------------------------------------------------ size (case 16)

def test_a_plain_file_of_millions_of_values_is_refused_for_what_it_holds(tmp_path):
    # under the 5 MB limit, no alias: one list of 2.45 million values (it took 40 s and 2.3 GB to be
    # refused over the note's type; benchmarks/fact_files.py times it)
    path = tmp_path / "list.yaml"
    path.write_text(HEAD + "    note: [" + ",".join("1" * 2_450_000) + "]\n")
    assert path.stat().st_size < MAX_FACT_FILE_BYTES
    facts, problems = read_facts(path)
    assert facts == () and len(problems) == 1
    [problem] = problems
    assert (problem.line, problem.code) == (7, "size") and problem.column > 9
    assert str(problem) == (f"{path}:7: the file holds more than {MAX_VALUES:,} values (lists, mappings and the "
                            "values in them) — split it into topic files")


def test_a_large_plain_file_of_records_loads_whole(tmp_path):
    path = tmp_path / "records.yaml"
    count = 4_800_000 // len(RECORD.format(n=0))
    path.write_text("facts:\n" + "".join(RECORD.format(n=n) for n in range(count)))
    assert 4_000_000 < path.stat().st_size < MAX_FACT_FILE_BYTES
    facts, problems = read_facts(path)
    assert problems == [] and len(facts) == count  # some 35,000 records, none lost
    assert (facts[-1].id, facts[-1].line) == (f"fact-{count - 1:05d}", 2 + 6 * (count - 1))


# ------------------------------------------------------------------ line breaks editors do not show (case 19)

@pytest.mark.parametrize("char, name", [("\x85", "U+0085 (NEXT LINE)"), ("\u2028", "U+2028 (LINE SEPARATOR)"),
                                        ("\u2029", "U+2029 (PARAGRAPH SEPARATOR)")])
@pytest.mark.parametrize("where", ["comment", "claim"])
def test_a_line_break_editors_do_not_show_is_named_at_the_editors_line(tmp_path, monkeypatch, capsys, char, name,
                                                                       where):
    # YAML counts it as a line break, an editor does not: in a comment, what follows it would be read
    # as YAML the editor shows as a comment; and every line number after it was one off
    comment, claim = ("  # a note" + char + "value: 1999\n", "b") if where == "comment" else ("", "b" + char + "c")
    text = f"facts:\n{comment}  - id: a\n    claim: {claim}\n    kind: date: x\n"
    line, column = (2, 11) if where == "comment" else (3, 13)
    write(tmp_path / "facts" / "n.yaml", text)
    monkeypatch.chdir(tmp_path)
    facts, problems = read_facts(tmp_path / "facts")
    assert facts == () and [(p.line, p.column) for p in problems] == [(line, column)]
    assert str(problems[0]) == (f"facts/n.yaml:{line}: the character {name} is a line break to YAML but not to "
                                "most editors, so YAML would read this line as two — replace it with a line break "
                                "or a space")
    assert main(["lint", "facts", "--seeds", "none"]) == 1
    assert f"facts/n.yaml:{line}:{column}: line-break: the character {name}" in capsys.readouterr().out


# ------------------------------------------------------------------ year 0, nesting, sources.yaml (cases 9, 11)

@pytest.mark.parametrize("value", ["0000-01-01", "0000", "0000-05"])
def test_year_zero_is_no_possible_date_at_its_line_and_column(tmp_path, monkeypatch, capsys, value):
    write(tmp_path / "facts" / "f.yaml", HEAD.replace("kind: number", "kind: date").replace("value: 44",
                                                                                            f"value: {value}"))
    write(tmp_path / "seeds" / "a.txt", "The war began in 2020.")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line"]) == 2
    err = capsys.readouterr().err
    assert (f"facts/f.yaml:6: '{value}' is not a possible date — write value: YYYY-MM-DD, YYYY-MM or YYYY "
            "(e.g. 2020-11-09)") in err and "Traceback" not in err
    assert main(["lint"]) == 1
    assert f"facts/f.yaml:6:12: date: '{value}' is not a possible date" in capsys.readouterr().out  # the value's column


DEEP = "facts:\n  - id: deep\n    about: " + "[" * 600 + "]" * 600 + "\n"


def test_deep_nesting_is_a_collection_error_and_the_other_fact_files_run(pytester):
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    write(pytester.path / "facts" / "a-deep.yaml", DEEP)
    write(pytester.path / "facts" / "b-good.yaml", CEASEFIRE_FACTS)
    write(pytester.path / "seeds" / "a.txt", "The ceasefire was signed on 9 November 2020.")
    result = pytester.runpytest("-p", "checks.pytest_plugin", "-p", "no:cacheprovider", "--no-report", "facts")
    result.assert_outcomes(passed=1, errors=1)
    result.stdout.fnmatch_lines(["*facts/a-deep.yaml:3: values are nested more than 50 levels deep — flatten the "
                                 "structure; fact records nest at most four levels*"])
    assert "RecursionError" not in result.stdout.str()


def sources_yaml(tmp_path, text: str) -> Path:
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    write(tmp_path / "seeds" / "a.txt", "The ceasefire was signed on 9 November 2020.")
    (tmp_path / "seeds" / "sources.yaml").write_text(text, encoding="utf-8")
    return tmp_path


def test_sources_yaml_nested_too_deep_is_refused_with_its_own_words(tmp_path, monkeypatch, capsys):
    sources_yaml(tmp_path, "a.txt:\n  note: " + "[" * 600 + "]" * 600 + "\n")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line"]) == 2
    err = capsys.readouterr().err
    assert ("seeds/sources.yaml:2: values are nested more than 50 levels deep — flatten the structure; sources.yaml "
            "nests two levels: a source's file name, then its fields") in err
    assert "four levels" not in err and "RecursionError" not in err


@pytest.mark.parametrize("entry, line, shown", [("outlet: {a: 1}", 2, "{a: 1}"), ("title: [x, y]", 2, "[x, y]"),
                                                ("url: [u]", 2, "[u]"), ("note: {}", 2, "{}")])
def test_a_sources_yaml_field_that_is_not_text_is_an_error(tmp_path, monkeypatch, capsys, entry, line, shown):
    key = entry.split(":")[0]
    sources_yaml(tmp_path, f"a.txt:\n  {entry}\n  published: 2020-11-10\n")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--no-cache", "--format", "line"]) == 2
    assert (f"seeds/sources.yaml:{line}: '{key}' must be text, not '{shown}' — write {key}: and one line of "
            "text") in capsys.readouterr().err


def test_a_single_file_of_another_kind_is_named_as_the_readme_says(tmp_path, monkeypatch, capsys):
    write(tmp_path / "facts" / "f.yaml", CEASEFIRE_FACTS)
    (tmp_path / "one.pdf").write_bytes(b"%PDF-1.4")
    monkeypatch.chdir(tmp_path)
    assert main(["report", "--seeds", "one.pdf", "--no-cache"]) == 2
    said = ("one.pdf: this is a file, not a folder of sources, and not a source either (only .txt, .md, .markdown, "
            ".text, .html, .htm, .xhtml are read) — point --seeds at the folder of source texts, or at one text file")
    assert capsys.readouterr().err.strip() == said  # no ':0:': the message is about the whole file
    readme = (Path(__file__).parent / "fixtures" / "hostile" / "README.md").read_text(encoding="utf-8")
    assert "`one.pdf: this is a file, not a folder of sources, and not a source either (…) — point --seeds" in readme
