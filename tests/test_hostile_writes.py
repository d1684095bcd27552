"""Hostile input, round two, as a verifier found it after the fixes (issue 14): edits and writes
that lost or replaced what they should have kept.

Each test asserts what the user sees and what is on disk afterwards: edits that all land, user
files beside a report that survive, a replaced file's permissions kept, nothing written outside,
and no report that says less than the one it replaces.
"""

from pathlib import Path

import pytest

from checks.cli import main

from .helpers import write

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

