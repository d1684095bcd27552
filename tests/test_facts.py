"""The fact loader: valid records load, every mistake is reported as file:line: what — how."""

import pytest

from checks.errors import FactError
from checks.facts import load_facts, read_facts
from checks.kinds.date import parse_date_value
from checks.model import Period

from .helpers import write

GOOD = """
facts:
  - id: ceasefire-signed
    claim: The ceasefire was signed on 9 November 2020.
    kind: date
    about: [ceasefire, truce]
    value: 2020-11-09
    known:
      a.txt: Dates it by when it took effect.

  - id: war-length
    claim: The war lasted 44 days.
    kind: number
    about: war
    value: 44
    unit: [day, days]
    tolerance: "5%"

  - id: pm
    claim: Pashinyan is Prime Minister.
    kind: party
    about: [Nikol Pashinyan]
    value: Prime Minister
    rivals: [President]
"""


def problems(tmp_path, text, name="f.yaml", sources=None):
    path = write(tmp_path / "facts" / name, text)
    with pytest.raises(FactError) as err:
        load_facts(path.parent, sources=sources)
    return [str(p).replace(str(path.parent) + "/", "") for p in err.value.problems]


def test_valid_records_load_with_their_lines(tmp_path):
    write(tmp_path / "facts" / "f.yaml", GOOD)
    facts = load_facts(tmp_path / "facts", sources={"a.txt"})
    assert [(f.id, f.line) for f in facts] == [("ceasefire-signed", 2), ("war-length", 10), ("pm", 18)]
    date, number, party = facts
    assert date.value == parse_date_value("2020-11-09") and date.known == (("a.txt", "Dates it by when it took effect."),)
    assert number.value == 44 and number.unit == ("day", "days") and number.tolerance.relative
    assert number.about == ("war",)
    assert party.value == ("Prime Minister",) and party.rivals == ("President",)


def test_facts_in_subfolders_and_yml(tmp_path):
    write(tmp_path / "facts" / "a" / "x.yml", GOOD.replace("ceasefire-signed", "x1").replace("war-length", "x2").replace("id: pm", "id: x3"))
    write(tmp_path / "facts" / "b.yaml", GOOD)
    assert len(load_facts(tmp_path / "facts", sources={"a.txt"})) == 6


@pytest.mark.parametrize("change, expected", [
    ("    claim: The ceasefire was signed on 9 November 2020.\n", "f.yaml:2: the record has no 'claim'"),
    ("    kind: date\n", "f.yaml:2: the record has no 'kind'"),
    ("    value: 2020-11-09\n", None),  # a draft: no value is allowed
])
def test_missing_keys(tmp_path, change, expected):
    text = GOOD.replace(change, "")
    if expected is None:
        assert load_facts(write(tmp_path / "f.yaml", text), sources={"a.txt"})[0].value is None
    else:
        found = problems(tmp_path, text, sources={"a.txt"})
        assert any(p.startswith(expected) for p in found), found


@pytest.mark.parametrize("old, new, expected", [
    ("    kind: date\n", "    kind: date\n    valeu: 3\n", "f.yaml:5: unknown field 'valeu' — did you mean 'value'?"),
    ("kind: date", "kind: dates", "f.yaml:4: unknown kind 'dates' — did you mean 'date'?"),
    ("value: 2020-11-09", "value: 2020-02-30", "f.yaml:6: '2020-02-30' is not a possible date"),
    ("about: [ceasefire, truce]", "about: []", "f.yaml:5: 'about' is empty"),
    ("id: ceasefire-signed", "id: Ceasefire Signed", "f.yaml:2: id 'Ceasefire Signed' is not lowercase"),
    ("value: 44", "value: forty-four", "f.yaml:14: 'forty-four' is not a number"),
    ('tolerance: "5%"', "tolerance: lots", "f.yaml:16: tolerance 'lots' is not a number or a percentage"),
    ("rivals: [President]", "rivals: [President, Prime Minister]", "f.yaml:23: 'prime minister' is both a value and a rival"),
    ("    unit: [day, days]\n", "    unit: [day, days]\n    rivals: [x]\n", "f.yaml:16: 'rivals' does not apply to a number fact"),
    ("      a.txt: Dates", "      b.txt: Dates", "f.yaml:2: fact 'ceasefire-signed': known source 'b.txt' does not exist"),
    ("    kind: date\n", "    kind: date\n    kind: number\n", "f.yaml:5: duplicate key 'kind' (first at line 4)"),
    ("claim: The war lasted 44 days.", "claim: [a, b]", "f.yaml:11: 'claim' must be non-empty text"),
])
def test_each_mistake_is_located_and_explained(tmp_path, old, new, expected):
    assert old in GOOD
    found = problems(tmp_path, GOOD.replace(old, new, 1), sources={"a.txt"})
    assert any(p.startswith(expected) for p in found), found
    assert all(" — " in p for p in found), "every message says how to fix it"


def test_duplicate_ids_name_both_places(tmp_path):
    write(tmp_path / "facts" / "a.yaml", GOOD)
    found = problems(tmp_path, GOOD, name="b.yaml", sources={"a.txt"})
    assert any("a.yaml:2: duplicate id 'ceasefire-signed' (also at" in p and "b.yaml:2" in p for p in found)
    assert any(p.split(": ")[0].endswith("b.yaml:2") for p in found)


@pytest.mark.parametrize("text, expected", [
    ("", "f.yaml:1: the file is empty"),
    ("facts: [\n", "f.yaml:2: this is not valid YAML"),
    ("- a\n- b\n", "f.yaml:1: a fact file must be a mapping with a 'facts' key"),
    ("facts: 3\n", "f.yaml:1: 'facts' must be a list of records"),
    ("facts:\n  - just text\n", "f.yaml:2: a record must be a mapping of fields"),
    ("facts:\n\t- id: x\n", "f.yaml:2: a tab character"),
    ("facts: []\nother: 1\n", "f.yaml:2: unknown top-level key 'other'"),
    ("facts:\n  - !!python/object:os.system {}\n", "f.yaml:2: the tag tag:yaml.org,2002:python/object:os.system is not allowed"),
])
def test_bad_files(tmp_path, text, expected):
    found = problems(tmp_path, text)
    assert any(p.startswith(expected) for p in found), found


def test_alias_bomb_is_refused_quickly(tmp_path):
    bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
    for i in range(1, 12):
        bomb += f"{chr(97 + i)}: &{chr(97 + i)} [" + ", ".join([f"*{chr(96 + i)}"] * 10) + "]\n"
    found = problems(tmp_path, bomb + "facts: []\n")
    assert any("f.yaml:1: the file's aliases expand to" in p and "more values (at most 10,000)" in p for p in found), found


def test_read_facts_keeps_good_files_when_one_is_broken(tmp_path):
    write(tmp_path / "facts" / "good.yaml", GOOD)
    write(tmp_path / "facts" / "bad.yaml", "facts: [\n")
    facts, found = read_facts(tmp_path / "facts", sources={"a.txt"})
    assert len(facts) == 3
    assert [p.file.rsplit("/", 1)[-1] for p in found] == ["bad.yaml"]


def test_period_overlap_rules():
    nov9 = parse_date_value("2020-11-09")
    assert parse_date_value("2020-11").overlaps(nov9) and parse_date_value("2020").overlaps(nov9)
    assert not parse_date_value("2020-11-10").overlaps(nov9)
    assert Period(nov9.first.replace(year=2000), nov9.last.replace(year=2000), "--11-09", True).overlaps(nov9)
