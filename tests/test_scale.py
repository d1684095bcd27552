"""Parallel runs and the index cache give exactly the serial, uncached report."""

import shutil
from pathlib import Path

import pytest

from checks.cache import IndexCache
from checks.pipeline import check
from checks.report.render import to_json

SEEDS = Path(__file__).resolve().parent.parent / "seeds"
FACTS = Path(__file__).resolve().parent.parent / "facts"


@pytest.fixture
def corpus(tmp_path):
    """The project's seeds, each copied a few times with small changes, so there is work to share."""
    folder = tmp_path / "seeds"
    folder.mkdir()
    for i in range(4):
        for path in sorted(SEEDS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (folder / f"{i}-{path.name}").write_text(text.replace("November 9", f"November {9 + i % 2}"))
    return folder


def facts_for(corpus, tmp_path):
    # the curated facts' `known` names the original files; drop those for the copies
    out = tmp_path / "facts"
    out.mkdir()
    for path in FACTS.glob("*.yaml"):
        lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
        kept, skipping = [], False
        for line in lines:
            if line.strip() == "known:":
                skipping = True
                continue
            if skipping and line.startswith("      "):
                continue
            skipping = False
            kept.append(line)
        (out / path.name).write_text("".join(kept), encoding="utf-8")
    return out


def test_jobs_give_the_serial_report(corpus, tmp_path):
    facts = facts_for(corpus, tmp_path)
    serial = to_json(check(facts, corpus))
    assert to_json(check(facts, corpus, jobs=2)) == serial


def test_the_cache_never_changes_a_verdict(corpus, tmp_path):
    facts = facts_for(corpus, tmp_path)
    plain = to_json(check(facts, corpus))
    cache = tmp_path / "cache"
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # cold: fills the cache
    entries = [p for p in cache.rglob("*") if p.is_file()]
    assert len(entries) == len({p.read_bytes() for p in corpus.glob("*.txt")})  # one per distinct text
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # warm
    for entry in entries[:3]:
        entry.write_bytes(b"not a pickle")  # a damaged entry is read again from the source
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain
    shutil.rmtree(cache)
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # deleting it is safe


def test_a_changed_source_is_indexed_again(tmp_path):
    cache = IndexCache(tmp_path)
    assert cache.key("text", None) != cache.key("text!", None)
    assert cache.key("text", "2023-01-01") != cache.key("text", None)


def test_pytest_xdist_gives_the_serial_report(pytester):
    pytest.importorskip("xdist")
    pytester.makefile(".toml", pyproject='[tool.pytest.ini_options]\nfacts_dir = "facts"\nseeds_dir = "seeds"\n')
    shutil.copytree(FACTS, pytester.path / "facts")
    shutil.copytree(SEEDS, pytester.path / "seeds")
    serial = pytester.runpytest_subprocess("-p", "checks.pytest_plugin", "facts", "--report-dir", "serial")
    parallel = pytester.runpytest_subprocess("-p", "checks.pytest_plugin", "facts", "-n", "2",
                                             "--report-dir", "parallel")
    assert serial.ret == parallel.ret == 0
    for name in ("discrepancies.json", "discrepancies.md", "discrepancies.html"):
        assert (pytester.path / "serial" / name).read_bytes() == (pytester.path / "parallel" / name).read_bytes()
    parallel.stdout.fnmatch_lines(["*fact consistency*", "*ceasefire-signed*"])
