"""The one-way flow: facts -> sources -> mentions -> attribution -> verdicts -> Report.

Only the orchestration lives here: indexing is in index.py, judging one fact in judge.py.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from .errors import FactError, Problem
from .facts import read_facts
from .index import SourceIndex, build_vocabulary, index_all
from .judge import judge_fact
from .model import Fact, FactReport, Report, Result, Source
from .parallel import map_jobs
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
    indexes = index_all(sources, jobs=jobs, cache_dir=cache_dir)
    return judge_all(facts, indexes, notes=notes, jobs=jobs)


def judge_all(facts: tuple[Fact, ...], indexes: list[SourceIndex], *, notes: tuple[str, ...] = (),
              jobs: int = 1) -> Report:
    """Every fact against every indexed source; only sentences holding an about-term are read."""
    global _SHARED
    _SHARED = (indexes, build_vocabulary(indexes))
    try:
        spoken = map_jobs(_judge_fact, facts, jobs)
    finally:
        _SHARED = None
    silent = {idx.source.name: Result(idx.source.name, "silent") for idx in indexes}
    reports = []
    for fact, said in zip(facts, spoken):
        results = [silent[idx.source.name] for idx in indexes]
        for i, result in said:
            results[i] = result
        reports.append(FactReport(fact, tuple(results)))
    outlets = tuple((idx.source.name, idx.source.outlet) for idx in indexes if idx.source.outlet)
    return Report(tuple(idx.source.name for idx in indexes), tuple(reports), notes, outlets,
                  digest=inputs_digest(facts, [idx.source for idx in indexes]))


def inputs_digest(facts: tuple[Fact, ...], sources: list[Source]) -> str:
    """sha256 (hex) of what a report is made from: every fact record and every source's name, outlet, date and text."""
    h = hashlib.sha256()
    for fact in facts:
        h.update(repr(fact).encode("utf-8") + b"\0")
    for source in sources:
        h.update(f"{source.name}\0{source.outlet}\0{source.published}\0".encode("utf-8", "surrogatepass"))
        h.update(hashlib.sha256(source.text.encode("utf-8", "surrogatepass")).digest())
    return h.hexdigest()


_SHARED: tuple | None = None  # (indexes, vocabulary) while judge_all runs; forked workers inherit it


def _judge_fact(fact: Fact) -> list[tuple[int, Result]]:
    indexes, vocabulary = _SHARED
    return judge_fact(fact, indexes, vocabulary)
