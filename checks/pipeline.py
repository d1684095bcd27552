"""The one-way flow: facts -> sources -> mentions -> attribution -> verdicts -> Report.

Only the orchestration lives here: indexing is in index.py, judging one fact in judge.py.
"""

from __future__ import annotations

import gc
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .dask_backend import run_shards_on_dask
from .errors import FactError, Problem
from .facts import read_facts
from .model import Fact, FactReport, Report, Result, Results, Source
from .parallel import imap_jobs
from .shards import Plan, ShardResult, check_entries, entry_keys, check_shard, make_plan, shard_ranges, source_key
from .store import open_store, text_digest
from .sources import DEFAULT_MAX_MB, SourceFolder, read_folder
from .spool import Collected, Spool, add_source, start_digest
from .stream import folder_of, list_folder

__all__ = ["check", "check_all", "check_listing", "check_folder", "evaluate"]


def check(facts_path: Path | str, sources_path: Path | str, *, jobs: int = 1,
          cache_dir: Path | str | None = None, max_source_mb: float = DEFAULT_MAX_MB) -> Report:
    """Check every fact under ``facts_path`` against every source under ``sources_path``.

    ``jobs`` processes share the work; ``cache_dir`` keeps source indexes between runs.
    Raises FactError if any fact file is invalid (``check_all`` reports the others anyway).
    """
    report, problems = check_all(facts_path, sources_path, jobs=jobs, cache_dir=cache_dir,
                                 max_source_mb=max_source_mb)
    if problems:
        raise FactError(problems)
    return report


def check_all(facts_path: Path | str, sources_path: Path | str, *, jobs: int = 1,
              cache_dir: Path | str | None = None, max_source_mb: float = DEFAULT_MAX_MB,
              scheduler: str | None = None, dask_workers: list | None = None) -> tuple[Report, list[Problem]]:
    """Like check, but a broken fact file only leaves that file out: the report and the problems.

    The sources are streamed: listed here, each shard's texts read by the process that checks them.
    ``scheduler`` ("local" or a Dask scheduler's address) runs the shards on Dask (``dask_backend``);
    ``dask_workers``, a list, gets each Dask worker's figures (shards, seconds, CPU, peak memory).
    """
    return check_listing(facts_path, sources_path, list_folder(sources_path, max_mb=max_source_mb), jobs=jobs,
                         cache_dir=cache_dir, scheduler=scheduler, dask_workers=dask_workers)


def check_listing(facts_path: Path | str, sources_path: Path | str, listing, *, jobs: int = 1,
                  cache_dir: Path | str | None = None, scheduler: str | None = None,
                  share: tuple[int, int] | None = None, wait: float = 900.0,
                  dask_workers: list | None = None) -> tuple[Report, list[Problem]]:
    """check_all on the sources folder ``sources_path`` already listed (``stream.list_folder``).

    ``share`` (this process's number, how many share the work; with ``cache_dir``): judge only this
    process's shards, keeping their results, then take the others' from the store as they arrive
    (pytest-xdist's workers); after ``wait`` seconds without them, judge what is still missing here.
    """
    max_source_mb = listing.max_mb
    _let_go()
    good, broken, errors = _facts(facts_path, _Names(listing), listing.unlisted)
    plan = make_plan(good)
    if scheduler:
        ranges = shard_ranges(len(listing.entries), max(jobs, 2))
        shards = run_shards_on_dask(plan, listing, ranges, scheduler, workers=jobs,  # local: a worker per job
                                    seen=dask_workers)
    elif share and cache_dir and share[1] > 1:
        shards = _shared(plan, listing, share, cache_dir, wait)
    else:
        shards = _streamed(plan, listing, jobs, cache_dir)
    collected = Collected(plan.facts, listing.meta_names)
    for out in shards:  # spooled as they come: never every shard's results, nor a record per source
        collected.add(out)
    if collected.unread:  # a file could not be read: facts may name it in `known`
        return check_folder(facts_path, read_folder(sources_path, max_mb=max_source_mb), jobs=jobs,
                            cache_dir=cache_dir)
    folder = folder_of(listing, collected.reads)  # its notes and skipped files (every source is in `collected`)
    report = report_from(plan.facts, tuple(collected.names), tuple(collected.outlets), collected.spool,
                         collected.digest.hexdigest(), notes=_notes(folder, broken, errors))
    return _finish(report, folder, broken, errors), errors


def _let_go() -> None:
    """Hand back to the system what listing a large folder used and let go of, before anything else is
    made among it and before the workers are forked (each would hold it): the objects Python keeps for
    reuse (its free lists) lie scattered over that memory and keep it from the system until a full
    collection clears them.  At 100,000 files: 22 of 33 arenas, 23 MB; the collection takes milliseconds."""
    gc.collect()


class _Names:
    """The entries' names as a set (what a fact's ``known`` may name), made only if a fact asks: a set of
    100,000 names made among the facts as they are read would leave its memory scattered among them."""

    def __init__(self, listing):
        self.listing, self.names = listing, None

    def _set(self) -> set[str]:
        if self.names is None:
            entries = self.listing.entries
            name = getattr(entries, "name", None) or (lambda i: entries[i].name)  # sources.Entries holds them joined
            self.names = set(map(name, range(len(entries))))
        return self.names

    def __contains__(self, name) -> bool:
        return name in self._set()

    def __iter__(self):
        return iter(self._set())

    def __len__(self) -> int:
        return len(self._set())


def _shared(plan: Plan, listing, share: tuple[int, int], cache_dir, wait: float):
    """Each shard's ShardResult, in order: this process's share judged here (its results kept), the
    others' read from the store once every one of their sources has its results there."""
    index, count = share
    ranges = shard_ranges(len(listing.entries), count)
    store = open_store(cache_dir)
    mine = {n: check_entries(plan, listing.entries[span.start:span.stop], listing.max_mb, store)
            for n, span in enumerate(ranges) if n % count == index}
    deadline = time.monotonic() + wait
    for n, span in enumerate(ranges):
        if n in mine:
            yield mine.pop(n)
            continue
        entries = listing.entries[span.start:span.stop]
        keys = entry_keys(entries, listing.max_mb, store)
        while not store.all_judged(keys, plan.keys) and time.monotonic() < deadline:
            time.sleep(0.2)
        yield check_entries(plan, entries, listing.max_mb, store)  # what is still missing is judged here


def _judge_share(plan: Plan, sources, share: tuple[int, int], cache_dir, jobs: int, wait: float) -> None:
    """This process's shards judged into the store; return once every shard's results are there."""
    index, count = share
    ranges = shard_ranges(len(sources), count)
    store = open_store(cache_dir)
    for span in ranges[index::count]:
        check_shard(plan, [sources[i] for i in span], store)
    deadline = time.monotonic() + wait
    keys = [source_key(s) for s in sources]
    pending = [span for n, span in enumerate(ranges) if n % count != index]
    while pending and time.monotonic() < deadline:
        pending = [span for span in pending if not store.all_judged(keys[span.start:span.stop], plan.keys)]
        if pending:
            time.sleep(0.2)


def _streamed(plan: Plan, listing, jobs: int, cache_dir):
    """Each shard's ShardResult, in order, as the workers finish them."""
    global _SHARED
    _SHARED = (plan, listing, cache_dir)
    try:
        yield from imap_jobs(_check_entries, shard_ranges(len(listing.entries), jobs), jobs)
    finally:
        _SHARED = None


def _facts(facts_path, names: set[str], unlisted: tuple[str, ...] = ()):
    """(facts of the good files, broken files, their errors)."""
    facts, problems = read_facts(Path(facts_path), sources=names, unlisted=unlisted)
    errors = [p for p in problems if p.severity == "error"]
    broken = tuple(dict.fromkeys(p.file for p in errors))
    return tuple(f for f in facts if f.file not in broken), broken, errors


def _notes(folder: SourceFolder, broken: tuple[str, ...], errors) -> tuple[str, ...]:
    unread = {p.file for p in errors if p.code == "unreadable"}
    return folder.notes + tuple(f"{name}: NOT CHECKED, " + ("it cannot be read" if name in unread else
                                                           "the fact file is invalid") + " (see the errors)"
                                for name in broken)


def _finish(report: Report, folder: SourceFolder, broken, errors) -> Report:
    why = tuple((p.file, p.line, f"{p.message} — {p.hint}" if p.hint else p.message) for p in errors)
    return replace(report, skipped=folder.skipped, broken=broken, broken_problems=why)


def check_folder(facts_path: Path | str, folder: SourceFolder, *, jobs: int = 1,
                 cache_dir: Path | str | None = None, share: tuple[int, int] | None = None,
                 wait: float = 900.0) -> tuple[Report, list[Problem]]:
    """check_all on a sources folder already read (the pytest plugin reads it itself, to report its errors).

    ``share`` (this process's number, how many share the work; with ``cache_dir``): judge only this
    process's shards into the store, then take the others' from it as they arrive (pytest-xdist's
    workers); after ``wait`` seconds without them, judge what is still missing here.
    """
    good, broken, errors = _facts(facts_path, {s.name for s in folder.sources}, folder.unlisted)
    if share and cache_dir and share[1] > 1:
        _judge_share(make_plan(good), folder.sources, share, cache_dir, jobs, wait)
    report = evaluate(good, folder.sources, notes=_notes(folder, broken, errors), jobs=jobs, cache_dir=cache_dir)
    return _finish(report, folder, broken, errors), errors


def evaluate(facts: tuple[Fact, ...], sources: tuple[Source, ...], *, notes: tuple[str, ...] = (),
             jobs: int = 1, cache_dir: Path | str | None = None) -> Report:
    """Every fact against every source, shard by shard (``shards.check_shard``), in ``jobs`` processes;
    ``cache_dir`` keeps indexes and results between runs (``store``).  Only results that are not plainly
    silent are ever kept or sent between processes."""
    plan = make_plan(tuple(facts))
    ranges = shard_ranges(len(sources), jobs)
    shards = run_shards(plan, sources, ranges, jobs=jobs, cache_dir=cache_dir)
    return assemble(plan.facts, sources, shards, notes=notes)


def run_shards(plan: Plan, sources, ranges: list[range], *, jobs: int = 1, cache_dir=None):
    """Each shard's ShardResult, in order; forked workers share ``plan`` and ``sources`` by the fork."""
    global _SHARED
    _SHARED = (plan, sources, cache_dir)
    try:
        yield from imap_jobs(_check_range, ranges, jobs)
    finally:
        _SHARED = None


def assemble(facts: tuple[Fact, ...], sources, shards, *, notes: tuple[str, ...] = ()) -> Report:
    """The Report from each shard's ShardResult, in source order: silent wherever a shard said nothing.
    ``sources`` need only their names, dates and outlets (a streamed run keeps no text)."""
    spool, digest, position = Spool(), start_digest(facts), 0
    for out in shards:  # spooled as they come
        spool.add(position, out.packed)
        for sha in out.digests:  # each source's text's
            add_source(digest, sources[position], sha)
            position += 1
    return report_from(facts, tuple(s.name for s in sources), tuple((s.name, s.outlet) for s in sources if s.outlet),
                       spool, digest.hexdigest(), notes=notes)


def report_from(facts: tuple[Fact, ...], names: tuple[str, ...], outlets: tuple[tuple[str, str], ...], spool: Spool,
                digest: str, *, notes: tuple[str, ...] = ()) -> Report:
    """The Report of every source (``names``, in order) with its results read from ``spool`` fact by fact."""
    spool.names = names
    silent = tuple(Result(name, "silent") for name in names)
    every = frozenset(names)
    reports = tuple(FactReport(fact, Results(silent, spool.reader(k), every)) for k, fact in enumerate(facts))
    return Report(names, reports, notes, outlets, digest=digest)


def inputs_digest(facts: tuple[Fact, ...], sources, digests: list[bytes] | None = None) -> str:
    """sha256 (hex) of what a report is made from: every fact record and every source's name, outlet, date and text."""
    h = start_digest(facts)
    for source, digest in zip(sources, digests or _digests(sources)):
        add_source(h, source, digest)
    return h.hexdigest()


def _digests(sources) -> list[bytes]:
    return [text_digest(s.text) for s in sources]


_SHARED: tuple | None = None  # (plan, sources, cache_dir) while run_shards runs; forked workers inherit it


def _check_entries(span: range) -> ShardResult:
    plan, listing, cache_dir = _SHARED
    with _shard_store(cache_dir) as store:
        return check_entries(plan, listing.entries[span.start:span.stop], listing.max_mb, store)


def _check_range(span: range) -> ShardResult:
    plan, sources, cache_dir = _SHARED
    with _shard_store(cache_dir) as store:
        return check_shard(plan, [sources[i] for i in span], store)


@contextmanager
def _shard_store(cache_dir):
    """The store one shard uses (None without a cache folder), closed once the shard is done (Store.close)."""
    store = open_store(cache_dir)
    try:
        yield store
    finally:
        if store is not None:
            store.close()
