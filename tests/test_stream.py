"""A streamed folder (listed once, texts read shard by shard) is exactly the folder read whole."""

import os
from pathlib import Path

import pytest
from hypothesis import given, settings, strategies as st

from checks.pipeline import check_all, check_folder
from checks.report.render import to_json
from checks.sources import Entries, Entry, read_folder
from checks.spool import Spool
from checks.stream import folder_of, list_folder, read_entries

ROOT = Path(__file__).resolve().parent.parent


def odd_folder(tmp_path: Path) -> Path:
    seeds = tmp_path / "seeds"
    (seeds / "sub").mkdir(parents=True)
    (seeds / "a.txt").write_text("On November 9, 2020, the leaders signed it.\n", encoding="utf-8")
    (seeds / "b.txt").write_bytes("Caf\xe9 talks ended on 10 November 2020.\n".encode("cp1252"))
    (seeds / "c.bin.txt").write_bytes(b"\0\0\0binary")
    (seeds / "d.json").write_text("{}", encoding="utf-8")
    (seeds / "sub" / "e.html").write_text("<p>The deal was signed on 9 November 2020.</p>", encoding="utf-8")
    (seeds / "f.txt").write_text("It was signed by the Prime Minister.\n", encoding="utf-8")
    (seeds / "sources.yaml").write_text("a.txt: {outlet: TASS, published: 2020-11-10}\nmissing.txt: {outlet: X}\n",
                                        encoding="utf-8")
    return seeds


def test_a_folder_read_shard_by_shard_in_any_order_is_the_folder_read_whole(tmp_path):
    for folder in (odd_folder(tmp_path), ROOT / "seeds"):
        listing = list_folder(folder)
        half = len(listing.entries) // 2
        shards = [read_entries(listing.entries[half:]), read_entries(listing.entries[:half])]  # the later first
        assert folder_of(listing, [r for shard in shards for r in shard]) == read_folder(folder)


def test_a_streamed_run_is_the_run_on_the_folder_read_whole(tmp_path):
    seeds = odd_folder(tmp_path)
    for jobs in (1, 2):
        streamed, problems = check_all(ROOT / "facts", seeds, jobs=jobs)
        whole, whole_problems = check_folder(ROOT / "facts", read_folder(seeds))
        assert to_json(streamed) == to_json(whole) and problems == whole_problems


def stat_corpus(tmp_path: Path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "a.txt").write_text("The Orlen bridge opened on 4 May 2019.\n", encoding="utf-8")
    (seeds / "b.txt").write_text("Nothing about bridges here.\n", encoding="utf-8")
    facts = tmp_path / "facts"
    facts.mkdir()
    (facts / "bridge.yaml").write_text("facts:\n  - id: bridge-opened\n    claim: The Orlen bridge opened on 4 May"
                                       " 2019.\n    kind: date\n    about: [Orlen bridge, opened]\n"
                                       "    value: 2019-05-04\n", encoding="utf-8")
    return seeds, facts


def test_a_file_whose_stat_is_unchanged_is_not_read_again_and_a_changed_one_is(tmp_path, monkeypatch):
    from checks import shards, sources
    from checks.facts import read_facts
    from checks.store import Store

    monkeypatch.setattr(shards, "RACY_NS", 0)  # the files were just written: record their stats at once
    reads: list[str] = []
    real_read = sources._read
    monkeypatch.setattr(sources, "_read", lambda path, *a: reads.append(path.name) or real_read(path, *a))
    seeds, facts_dir = stat_corpus(tmp_path)
    plan = shards.make_plan(read_facts(facts_dir)[0])
    store = Store(tmp_path / "cache")

    def run():
        reads.clear()
        listing = list_folder(seeds)
        out = shards.check_entries(plan, listing.entries, listing.max_mb, store)
        verdicts = Spool(names=("a.txt", "b.txt"))
        verdicts.add(0, out.packed)
        return out.judged, sorted(reads), {i: r.verdict for i, r in verdicts.found(0).items()}

    assert run() == (2, ["a.txt", "b.txt"], {0: "agree"})
    assert run() == (0, [], {0: "agree"})  # nothing changed: nothing read, nothing judged
    a = seeds / "a.txt"
    before = a.stat()
    os.utime(a, ns=(before.st_atime_ns, before.st_mtime_ns + 5_000_000_000))  # touched, same text
    assert run() == (0, ["a.txt"], {0: "agree"})  # read and hashed, but its results are the store's
    a.write_text(a.read_text(encoding="utf-8").replace("4 May", "5 May"), encoding="utf-8")  # same size
    os.utime(a, ns=(before.st_atime_ns, before.st_mtime_ns + 9_000_000_000))
    assert a.stat().st_size == before.st_size
    assert run() == (1, ["a.txt"], {0: "differ"})  # re-judged
    moved = a.stat()
    (seeds / "other").write_text("The Orlen bridge opened on 4 May 2019, they said.\n", encoding="utf-8")
    os.replace(seeds / "other", a)  # another file in its place, with the same mtime and another size
    os.utime(a, ns=(moved.st_atime_ns, moved.st_mtime_ns))
    assert run() == (1, ["a.txt"], {0: "agree"})


def test_a_warm_streamed_run_gives_the_cold_report(tmp_path, monkeypatch):
    from checks import shards

    monkeypatch.setattr(shards, "RACY_NS", 0)
    seeds = odd_folder(tmp_path)
    cold, _ = check_all(ROOT / "facts", seeds, cache_dir=tmp_path / "cache")
    for jobs in (1, 2):
        warm, _ = check_all(ROOT / "facts", seeds, jobs=jobs, cache_dir=tmp_path / "cache")
        assert to_json(warm) == to_json(cold)


def test_workers_sharing_the_work_each_give_the_whole_report(tmp_path):
    from checks.pipeline import check_listing

    seeds = odd_folder(tmp_path)
    whole, _ = check_all(ROOT / "facts", seeds)
    listing = list_folder(seeds)
    for share in ((1, 2), (0, 2)):  # the first finds nothing of the other's share and judges it after the wait
        report, _ = check_listing(ROOT / "facts", seeds, listing, cache_dir=tmp_path / "cache", share=share, wait=0)
        assert to_json(report) == to_json(whole)


def test_a_text_read_unsplit_is_the_text_read_whole(tmp_path):
    """The unsplit text (the streamed path) is normalised as the whole-folder read has it, so both give one
    digest: a decomposed accent, a zero-width space and Windows line breaks."""
    (tmp_path / "a.txt").write_text("Cafe\u0301 talks on 4\u200b May.\nThey ended.", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Talks on 9 May.\r\nThey ended.", encoding="utf-8", newline="")
    listing = list_folder(tmp_path)
    unsplit = [r.source.text for r in read_entries(listing.entries, split=False)]
    assert unsplit == [s.text for s in read_folder(tmp_path).sources]


stats = st.one_of(st.just(()), st.tuples(*[st.integers(0, 2 ** 62)] * 4))
names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=8)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(names, st.booleans(), st.sampled_from([(), (("outlet", "TASS"),)]), stats), max_size=12),
       st.sampled_from(["", "seeds/", "/"]))
def test_entries_held_as_columns_give_back_the_entries_listed(rows, base):
    listed = tuple(Entry(n * 2, name, base + name if plain else f"/elsewhere/{name}", meta, stat)
                   for n, (name, plain, meta, stat) in enumerate(rows))
    entries = Entries(base)
    for entry in listed:
        entries.append(entry)
    assert len(entries) == len(listed) and tuple(entries) == listed and entries == listed
    assert [entries[i] for i in range(-len(listed), len(listed))] == list(listed[-len(listed):] + listed)
    for start in range(len(listed) + 1):  # a part is columns of its own, and is sliced as the whole is
        part = entries[start:start + 5]
        assert isinstance(part, Entries) and part == listed[start:start + 5] and part[1:3] == listed[start + 1:start + 3]
    assert entries[::2] == listed[::2] and entries[5:2] == ()
    with pytest.raises(IndexError):
        entries[len(listed)]


def test_a_listing_holds_its_files_as_columns_and_lists_what_it_listed_before(tmp_path):
    from datetime import date

    seeds = odd_folder(tmp_path)
    listing = list_folder(seeds)

    def entry(order, name, meta=()):
        info = os.lstat(seeds / name)
        return Entry(order, name, str(seeds / name), meta, (info.st_size, info.st_mtime_ns, info.st_ctime_ns,
                                                            info.st_ino))
    assert isinstance(listing.entries, Entries) and listing.entries.paths == {}  # each path: the folder's and the name
    assert listing.entries == (entry(0, "a.txt", (("outlet", "TASS"), ("published", date(2020, 11, 10)))),
                               entry(1, "b.txt"), entry(2, "c.bin.txt"), entry(4, "f.txt"), entry(7, "sub/e.html"))
