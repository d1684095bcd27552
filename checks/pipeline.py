"""The one-way flow: facts -> sources -> mentions -> attribution -> verdicts -> Report.

Only the orchestration lives here: indexing is in index.py, judging one fact in judge.py.
"""

from __future__ import annotations

import hashlib
import time
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

from .dask_backend import run_shards_on_dask
from .errors import FactError, Problem
from .facts import read_facts
from .model import Fact, FactReport, Report, Result, Results, Source
from .parallel import imap_jobs
from .shards import Gathered, Plan, ShardResult, check_entries, entry_keys, check_shard, make_plan, shard_ranges, source_key
from .store import open_store, text_digest
from .sources import DEFAULT_MAX_MB, SourceFolder, read_folder
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
              scheduler: str | None = None) -> tuple[Report, list[Problem]]:
    """Like check, but a broken fact file only leaves that file out: the report and the problems.

    The sources are streamed: listed here, each shard's texts read by the process that checks them.
    ``scheduler`` ("local" or a Dask scheduler's address) runs the shards on Dask (``dask_backend``).
    """
    return check_listing(facts_path, sources_path, list_folder(sources_path, max_mb=max_source_mb), jobs=jobs,
                         cache_dir=cache_dir, scheduler=scheduler)


def check_listing(facts_path: Path | str, sources_path: Path | str, listing, *, jobs: int = 1,
                  cache_dir: Path | str | None = None, scheduler: str | None = None,
                  share: tuple[int, int] | None = None, wait: float = 900.0) -> tuple[Report, list[Problem]]:
    """check_all on the sources folder ``sources_path`` already listed (``stream.list_folder``).

    ``share`` (this process's number, how many share the work; with ``cache_dir``): judge only this
    process's shards, keeping their results, then take the others' from the store as they arrive
    (pytest-xdist's workers); after ``wait`` seconds without them, judge what is still missing here.
    """
    max_source_mb = listing.max_mb
    names = {e.name for e in listing.entries}
    good, broken, errors = _facts(facts_path, names, listing.unlisted)
    plan = make_plan(good)
    if scheduler:
        ranges = shard_ranges(len(listing.entries), max(jobs, 2))
        shards = run_shards_on_dask(plan, listing, ranges, scheduler, workers=jobs)  # local: a worker per job
    elif share and cache_dir and share[1] > 1:
        shards = _shared(plan, listing, share, cache_dir, wait)
    else:
        shards = _streamed(plan, listing, jobs, cache_dir)
    reads: list = []
    gathered, digests = gather(_reads_into(shards, reads))  # packed as they come: never every shard's raw results
    folder = folder_of(listing, reads)
    if {s.name for s in folder.sources} != names:  # a file could not be read: facts may name it in `known`
        return check_folder(facts_path, read_folder(sources_path, max_mb=max_source_mb), jobs=jobs,
                            cache_dir=cache_dir)
    report = report_of(plan.facts, folder.sources, gathered, digests, notes=_notes(folder, broken, errors))
    return _finish(report, folder, broken, errors), errors


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


def _reads_into(shards, reads: list):
    for out in shards:
        reads.extend(out.reads)
        yield out


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
    gathered, digests = gather(shards)
    return report_of(facts, sources, gathered, digests, notes=notes)


def gather(shards) -> tuple[Gathered, list[bytes]]:
    """Each shard's packed results and text digests, taken as the shards come: the results stay packed
    (compressed past a size) and are unpacked fact by fact when read (``shards.Gathered``)."""
    gathered, digests = Gathered(), []
    for out in shards:
        gathered.add(len(digests), out.packed)
        digests.extend(out.digests)
    return gathered, digests


def report_of(facts: tuple[Fact, ...], sources, gathered: Gathered, digests: list[bytes], *,
              notes: tuple[str, ...] = ()) -> Report:
    names = tuple(s.name for s in sources)
    gathered.names = names
    silent = tuple(Result(name, "silent") for name in names)
    every = frozenset(names)
    reports = tuple(FactReport(fact, Results(silent, gathered.reader(k), every)) for k, fact in enumerate(facts))
    outlets = tuple((s.name, s.outlet) for s in sources if s.outlet)
    return Report(names, reports, notes, outlets, digest=inputs_digest(facts, sources, digests))


def inputs_digest(facts: tuple[Fact, ...], sources, digests: list[bytes] | None = None) -> str:
    """sha256 (hex) of what a report is made from: every fact record and every source's name, outlet, date and text."""
    h = hashlib.sha256()
    for fact in facts:
        h.update(repr(fact).encode("utf-8") + b"\0")
    for source, digest in zip(sources, digests or _digests(sources)):
        h.update(f"{source.name}\0{source.outlet}\0{source.published}\0".encode("utf-8", "surrogatepass"))
        h.update(digest)
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
