"""Parallel runs and the index cache give exactly the serial, uncached report."""

import shutil
import sqlite3
from pathlib import Path

import pytest

from checks import shards
from checks.facts import load_facts
from checks.pipeline import check
from checks.report.render import to_json
from checks.sources import read_folder

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


def test_the_store_never_changes_a_verdict(corpus, tmp_path):
    facts = facts_for(corpus, tmp_path)
    plain = to_json(check(facts, corpus))
    cache = tmp_path / "cache"
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # cold: fills the store
    stores = list(cache.glob("store-*.sqlite3"))
    assert len(stores) == 1 and not [p for p in cache.rglob("*") if p.is_dir()]  # one packed file, no folders
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # warm
    assert to_json(check(facts, corpus, jobs=2, cache_dir=cache)) == plain  # warm, shared by two processes
    shutil.rmtree(cache)
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # deleting it is safe


def test_each_shard_closes_the_store_it_opened(corpus, tmp_path, monkeypatch):
    """A shard's store is closed once it is done (its connection would wait for the cycle collector), and a closed
    store opens again when used: the warm run after finds everything the cold one stored."""
    from checks.store import Store
    facts = facts_for(corpus, tmp_path)
    plain = to_json(check(facts, corpus))
    closed = []
    real = Store.close

    def spy(self):
        closed.append(self._db is not None)
        real(self)
    monkeypatch.setattr(Store, "close", spy)
    cache = tmp_path / "cache"
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain
    assert closed and all(closed)
    store = Store(cache)
    store.close()  # never opened: nothing to do
    keys = [shards.source_key(s) for s in read_folder(corpus).sources]
    assert store.all_judged(keys, shards.make_plan(load_facts(facts)).keys)
    store.close()
    assert store.all_judged(keys, shards.make_plan(load_facts(facts)).keys)  # opened again


def test_a_damaged_store_is_a_miss_not_a_crash(corpus, tmp_path):
    facts = facts_for(corpus, tmp_path)
    plain = to_json(check(facts, corpus))
    cache = tmp_path / "cache"
    check(facts, corpus, cache_dir=cache)
    db = sqlite3.connect(next(cache.glob("store-*.sqlite3")))
    db.execute("UPDATE results SET data = CAST('{\"x\": [1, 2]}' AS BLOB) WHERE rowid % 2 = 0")
    db.execute("UPDATE results SET factset = 'nothing known' WHERE rowid % 3 = 0")
    db.execute("UPDATE indexes SET data = CAST('not zlib' AS BLOB)")
    db.execute("UPDATE factsets SET data = CAST('[1]' AS BLOB)")
    db.commit()
    db.close()
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # damaged rows: read again
    for path in cache.glob("store-*"):
        path.write_bytes(b"not a database, not a pickle" * 100)
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain  # a damaged file: started afresh
    assert to_json(check(facts, corpus, cache_dir=cache)) == plain


def judged_pairs(monkeypatch) -> set:
    """(fact id, source name) of every judgement the engine makes from now on."""
    seen = set()
    real = shards.judge_fact

    def spy(fact, indexes, vocabulary, prepared=None):
        seen.update((fact.id, idx.source.name) for idx in indexes)
        return real(fact, indexes, vocabulary, prepared)
    monkeypatch.setattr(shards, "judge_fact", spy)
    return seen


def test_a_warm_run_judges_only_what_changed(corpus, tmp_path, monkeypatch):
    facts = facts_for(corpus, tmp_path)
    cache = tmp_path / "cache"
    check(facts, corpus, cache_dir=cache)
    seen = judged_pairs(monkeypatch)
    check(facts, corpus, cache_dir=cache)
    assert seen == set()  # nothing changed: nothing judged
    changed = sorted(corpus.glob("*.txt"))[2]
    changed.write_text(changed.read_text(encoding="utf-8") + "\nA new closing line.\n", encoding="utf-8")
    report = check(facts, corpus, cache_dir=cache)
    assert {name for _, name in seen} == {changed.name}  # only the changed source
    assert to_json(report) == to_json(check(facts, corpus))
    seen.clear()
    path = sorted(facts.glob("*.yaml"))[0]
    text = path.read_text(encoding="utf-8")
    edited = text.replace("claim: ", "claim: Edited. ", 1)
    path.write_text(edited, encoding="utf-8")
    report = check(facts, corpus, cache_dir=cache)
    first = next(fr.fact.id for fr in report.facts if fr.fact.claim.startswith("Edited. "))
    plan = shards.make_plan(tuple(load_facts(facts)))
    beside = {f.id for f, p in zip(plan.facts, plan.prepared) if first in {s.fact.id for s in p.siblings}}
    # only the edited fact, and the records of its kind filed beside it (whose verdicts may read it: another_record)
    assert {fact for fact, _ in seen} == {first} | beside
    assert to_json(report) == to_json(check(facts, corpus))  # the same as a cold run
    path.write_text(edited.replace("claim: Edited. ", "claim: Edited twice. ", 1), encoding="utf-8")
    check(facts, corpus, cache_dir=cache)  # the stored results extended with the edited fact's only
    seen.clear()
    report = check(facts, corpus, cache_dir=cache)
    assert seen == set() and to_json(report) == to_json(check(facts, corpus))


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


def test_workers_sharing_a_store_split_the_work(corpus, tmp_path, monkeypatch):
    """pytest-xdist's workers (check_folder(share=...)): each judges its own shards, none repeats another's."""
    import json
    import os

    from checks.pipeline import check_folder
    from checks.sources import read_folder

    facts, cache, folder = facts_for(corpus, tmp_path), tmp_path / "cache", read_folder(corpus)
    serial = to_json(check(facts, corpus))
    seen = judged_pairs(monkeypatch)
    child = os.fork()
    if child == 0:  # the other worker
        code = 1
        try:
            report, _ = check_folder(facts, folder, cache_dir=cache, share=(1, 2), wait=60)
            (tmp_path / "other.json").write_text(json.dumps([to_json(report) == serial, sorted({s for _, s in seen})]))
            code = 0
        finally:
            os._exit(code)
    report, _ = check_folder(facts, folder, cache_dir=cache, share=(0, 2), wait=60)
    _, status = os.waitpid(child, 0)
    assert status == 0 and to_json(report) == serial
    same, other = json.loads((tmp_path / "other.json").read_text())
    mine = {s for _, s in seen}
    assert same and mine and other and not mine & set(other)
    assert mine | set(other) == {p.name for p in corpus.glob("*.txt")}


def test_an_outcome_read_from_what_was_said_is_the_outcome_of_every_cell():
    """outcome() reads a sparse report (model.Results) from its non-silent results alone; it must say
    what walking every cell says, acknowledged sources (present, silent or missing) included."""
    from hypothesis import given, settings, strategies as st

    from checks.model import Evidence, Fact, FactReport, Result, Results
    from checks.verdict import outcome

    names = [f"s{i}.txt" for i in range(6)]
    evidence = (Evidence(1, "An invented sentence.", "7", False, (0, 1)),)

    @settings(max_examples=200, deadline=None)
    @given(st.lists(st.sampled_from(["agree", "differ", "silent"]), min_size=6, max_size=6),
           st.sets(st.sampled_from(names + ["gone.txt"])), st.sampled_from(["error", "warning"]))
    def same(verdicts, acknowledged, severity):
        fact = Fact("f", "A claim.", "number", ("thing",), 7.0, "f.yaml", 1, severity=severity,
                    known=tuple((n, "an invented reason") for n in sorted(acknowledged)))
        cells = tuple(Result(n, v, evidence if v != "silent" else (), n in acknowledged,
                             "an invented reason" if n in acknowledged else "") for n, v in zip(names, verdicts))
        silent = tuple(Result(n, "silent") for n in names)
        sparse = Results(silent, {i: r for i, r in enumerate(cells) if r.verdict != "silent" or r.known})
        assert outcome(FactReport(fact, sparse)) == outcome(FactReport(fact, cells))
    same()


def test_results_held_compressed_or_unpacked_again_give_the_same_report(corpus, tmp_path, monkeypatch):
    """A large run keeps few results unpacked and spools the packed ones to a file (spool.Spool): the
    report must not depend on it."""
    from checks import spool
    facts = facts_for(corpus, tmp_path)
    plain = to_json(check(facts, corpus, jobs=2))
    monkeypatch.setattr(spool, "KEEP_RESULTS", 3)
    monkeypatch.setattr(spool, "MEMORY_MB", 0.0001)
    assert to_json(check(facts, corpus, jobs=2)) == plain
    assert to_json(check(facts, corpus)) == plain


def test_an_edited_fact_finds_what_a_cold_run_finds(tmp_path):
    """An edited fact is judged only where its terms may be mentioned (shards._few_facts); its terms must
    still find every word form a cold run finds, a compound split across sources included."""
    seeds, facts, cache = tmp_path / "seeds", tmp_path / "facts", tmp_path / "cache"
    seeds.mkdir()
    facts.mkdir()
    texts = {"a.txt": "The cease-fires in Norvale began on 9 May 2020, the council said.\n",
             "b.txt": "A fire closed the Norvale market on 2 June 2021.\n",
             "c.txt": "The truce in Norvale began on 10 May 2020, a spokesman said.\n",
             "d.txt": "Nothing about it here at all.\n"}
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    record = ("facts:\n  - id: truce-began\n    claim: The truce began on 9 May 2020.\n    kind: date\n"
              "    about: [ceasefire, truce]\n    value: 2020-05-09\n"
              "  - id: other\n    claim: Another record.\n    kind: date\n    about: [market]\n    value: 2021-06-02\n"
              + "".join(f"  - id: filler-{i}\n    claim: Filler {i}.\n    kind: date\n    about: [nothing{i}]\n"
                        f"    value: 2020-01-01\n" for i in range(8)))
    (facts / "f.yaml").write_text(record, encoding="utf-8")
    check(facts, seeds, cache_dir=cache)
    (facts / "f.yaml").write_text(record.replace("claim: The truce", "claim: Edited. The truce"), encoding="utf-8")
    assert to_json(check(facts, seeds, cache_dir=cache)) == to_json(check(facts, seeds))


@pytest.mark.parametrize("enabled", [True, False])
def test_judging_pauses_the_cycle_collector_and_restores_it(corpus, tmp_path, monkeypatch, enabled):
    """A shard is judged with the cycle collector paused (it finds nothing there and costs time); after, the
    collector is as the caller left it, and the report is the one judged with it running."""
    import contextlib
    import gc
    facts = facts_for(corpus, tmp_path)
    with monkeypatch.context() as patched:
        patched.setattr(shards, "collector_paused", contextlib.nullcontext)
        plain = to_json(check(facts, corpus))  # judged with the collector running
    states = []
    real = shards.judge_fact

    def spy(fact, indexes, vocabulary, prepared=None):
        states.append(gc.isenabled())
        return real(fact, indexes, vocabulary, prepared)
    monkeypatch.setattr(shards, "judge_fact", spy)
    was = gc.isenabled()
    (gc.enable if enabled else gc.disable)()
    try:
        assert to_json(check(facts, corpus)) == plain
        assert gc.isenabled() == enabled
    finally:
        (gc.enable if was else gc.disable)()
    assert states and not any(states)


@pytest.mark.parametrize("others", [0, 8])  # 8 others: the added fact is judged alone (shards._few_facts)
def test_a_fact_added_reads_the_dates_a_cold_run_reads(tmp_path, others):
    """The store keeps no dates (a sentence's are read when a fact first reads the sentence): a fact added after a
    warm run, whose terms name sentences no fact read before, sees every date a cold run sees, its year from an
    earlier sentence of the paragraph or the quarter in focus included, and every number those dates leave."""
    seeds, facts, cache = tmp_path / "seeds", tmp_path / "facts", tmp_path / "cache"
    seeds.mkdir()
    facts.mkdir()
    texts = {"a.txt": "The pact was signed on 9 June 2019. The first patrols began on 12 July, officials said.\n\n"
                      "By 14 August the patrols counted 301 soldiers.\n",
             "b.txt": "Velmar reported second-quarter 2023 earnings on Aug. 3. The patrols company said "
                      "third-quarter profit rose from a year ago.\n",
             "c.txt": "“Today we march,” the patrols said. Tomorrow the pact is signed, on 12 July.\n"}
    for name, text in texts.items():
        (seeds / name).write_text(text, encoding="utf-8")
    (seeds / "sources.yaml").write_text("b.txt:\n  published: 2023-10-20\nc.txt:\n  published: 2024-07-10\n",
                                        encoding="utf-8")
    record = ("facts:\n  - id: pact-signed\n    claim: The pact was signed on 9 June 2019.\n    kind: date\n"
              "    about: [pact]\n    value: 2019-06-09\n"
              + "".join(f"  - id: filler-{i}\n    claim: Filler {i}.\n    kind: date\n    about: [nothing{i}]\n"
                        f"    value: 2020-01-01\n" for i in range(others)))
    added = ("  - id: patrols-began\n    claim: The patrols began on 12 July 2019.\n    kind: date\n"
             "    about: [patrols]\n    value: 2019-07-12\n"
             "  - id: soldiers\n    claim: The patrols counted 301 soldiers.\n    kind: number\n"
             "    about: [patrols]\n    value: 301\n    unit: [soldiers]\n")
    (facts / "f.yaml").write_text(record, encoding="utf-8")
    check(facts, seeds, cache_dir=cache)
    check(facts, seeds, cache_dir=cache)  # warm: the indexes come from the store
    (facts / "f.yaml").write_text(record + added, encoding="utf-8")
    warm = to_json(check(facts, seeds, cache_dir=cache))
    assert warm == to_json(check(facts, seeds))
    assert '"verdict": "agree"' in warm


def test_judging_a_shard_leaves_no_cycles_behind(corpus, tmp_path, monkeypatch):
    """What set_aside_survivors rests on: a shard's objects form no reference cycles, so none of them is garbage
    only the cycle collector could free, and setting the survivors aside keeps nothing that would be freed."""
    import gc
    monkeypatch.setattr(shards, "set_aside_survivors", lambda: None)  # left in the collector's sight
    plan = shards.make_plan(load_facts(facts_for(corpus, tmp_path)))
    sources = read_folder(corpus).sources
    shards.check_shard(plan, sources)  # once first: patterns compiled, caches made
    was = gc.isenabled()
    gc.collect()
    gc.disable()
    try:
        shards.check_shard(plan, sources)
        assert gc.collect() == 0
    finally:
        (gc.enable if was else gc.disable)()


def test_survivors_set_aside_are_swept_every_so_many_shards(monkeypatch):
    """Garbage set aside with a shard's survivors (a cycle another thread left) is collected at the next sweep."""
    import gc
    import weakref

    class Node:
        pass
    monkeypatch.setattr(shards, "SWEEP_EVERY", 3)
    monkeypatch.setattr(shards, "_set_aside", [0])
    node = Node()
    node.itself = node  # a cycle, then garbage
    gone = weakref.ref(node)
    del node
    try:
        shards.set_aside_survivors()
        gc.collect()
        assert gone() is not None  # set aside: out of the collector's sight
        shards.set_aside_survivors()
        assert gone() is not None
        shards.set_aside_survivors()  # the third: swept
        assert gone() is None and gc.get_freeze_count() == 0
    finally:
        gc.unfreeze()
