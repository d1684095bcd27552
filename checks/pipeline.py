"""The one-way flow: facts -> sources -> mentions -> attribution -> verdicts -> Report.

Only the orchestration lives here: indexing is in index.py, judging one fact in judge.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from .errors import FactError, Problem
from .facts import read_facts
from .index import SourceIndex, build_vocabulary
from .judge import judge_fact
from .model import Fact, FactReport, Report, Result, Source
from .parallel import imap_jobs
from .shards import Plan, ShardResult, check_shard, make_plan, shard_ranges
from .store import open_store
from .sources import DEFAULT_MAX_MB, SourceFolder, read_folder

__all__ = ["check", "check_all", "check_folder", "evaluate", "judge_all"]


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
              cache_dir: Path | str | None = None, max_source_mb: float = DEFAULT_MAX_MB
              ) -> tuple[Report, list[Problem]]:
    """Like check, but a broken fact file only leaves that file out: the report and the problems."""
    folder = read_folder(sources_path, max_mb=max_source_mb)
    return check_folder(facts_path, folder, jobs=jobs, cache_dir=cache_dir)


def check_folder(facts_path: Path | str, folder: SourceFolder, *, jobs: int = 1,
                 cache_dir: Path | str | None = None) -> tuple[Report, list[Problem]]:
    """check_all on a sources folder already read (the pytest plugin reads it itself, to report its errors)."""
    facts, problems = read_facts(Path(facts_path), sources={s.name for s in folder.sources})
    errors = [p for p in problems if p.severity == "error"]
    broken = tuple(dict.fromkeys(p.file for p in errors))
    good = tuple(f for f in facts if f.file not in broken)
    notes = folder.notes + tuple(f"{name}: NOT CHECKED, the fact file is invalid (see the errors)" for name in broken)
    report = evaluate(good, folder.sources, notes=notes, jobs=jobs, cache_dir=cache_dir)
    why = tuple((p.file, p.line, f"{p.message} — {p.hint}" if p.hint else p.message) for p in errors)
    return replace(report, skipped=folder.skipped, broken=broken, broken_problems=why), errors


def evaluate(facts: tuple[Fact, ...], sources: tuple[Source, ...], *, notes: tuple[str, ...] = (),
             jobs: int = 1, cache_dir: Path | str | None = None) -> Report:
    """Every fact against every source, shard by shard (``shards.check_shard``), in ``jobs`` processes;
    ``cache_dir`` keeps indexes and results between runs (``store``).  Only results that are not plainly
    silent are ever kept or sent between processes."""
    plan = make_plan(tuple(facts))
    ranges = shard_ranges(len(sources), jobs)
    shards = run_shards(plan, sources, ranges, jobs=jobs, cache_dir=cache_dir)
    return assemble(plan.facts, sources, zip(ranges, shards), notes=notes)


def run_shards(plan: Plan, sources, ranges: list[range], *, jobs: int = 1, cache_dir=None):
    """Each shard's ShardResult, in order; forked workers share ``plan`` and ``sources`` by the fork."""
    global _SHARED
    _SHARED = (plan, sources, cache_dir)
    try:
        yield from imap_jobs(_check_range, ranges, jobs)
    finally:
        _SHARED = None


def assemble(facts: tuple[Fact, ...], sources, shards, *, notes: tuple[str, ...] = ()) -> Report:
    """The Report from each (range, ShardResult): silent wherever a shard said nothing."""
    said: list[dict[int, Result]] = [{} for _ in facts]
    digests: list[bytes] = [b""] * len(sources)
    for span, out in shards:
        for k, i, result in out.hits:
            said[k][span.start + i] = result
        digests[span.start:span.stop] = out.digests
    silent = [Result(s.name, "silent") for s in sources]
    reports = tuple(FactReport(fact, tuple(found.get(i, silent[i]) for i in range(len(sources))))
                    for fact, found in zip(facts, said))
    outlets = tuple((s.name, s.outlet) for s in sources if s.outlet)
    return Report(tuple(s.name for s in sources), reports, notes, outlets,
                  digest=inputs_digest(facts, sources, digests))


def judge_all(facts: tuple[Fact, ...], indexes: list[SourceIndex], *, notes: tuple[str, ...] = (),
              jobs: int = 1) -> Report:
    """Every fact against sources already indexed (one shard)."""
    plan = make_plan(tuple(facts))
    vocabulary = build_vocabulary(indexes)
    hits = tuple((k, i, r) for k, fact in enumerate(plan.facts)
                 for i, r in judge_fact(fact, indexes, vocabulary, plan.prepared[k]))
    sources = [idx.source for idx in indexes]
    return assemble(plan.facts, sources, [(range(len(sources)), ShardResult(hits, _digests(sources)))], notes=notes)


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
    return [hashlib.sha256(s.text.encode("utf-8", "surrogatepass")).digest() for s in sources]


_SHARED: tuple | None = None  # (plan, sources, cache_dir) while run_shards runs; forked workers inherit it


def _check_range(span: range) -> ShardResult:
    plan, sources, cache_dir = _SHARED
    return check_shard(plan, [sources[i] for i in span], open_store(cache_dir))
