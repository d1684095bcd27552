"""Fact files and sources.yaml that are large, deep or odd (issue 14, cases 9, 11, 16 and 19): each
refused at once with its true reason at its line, or loaded whole."""

import pytest

from checks.cli import main
from checks.facts import MAX_FACT_FILE_BYTES, read_facts
from checks.yamlnodes import MAX_VALUES

from .helpers import write

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
