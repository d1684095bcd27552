"""The one-way flow: facts -> sources -> mentions -> attribution -> verdicts -> Report."""

from __future__ import annotations

import hashlib

import multiprocessing
import sys
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from . import extract
from .attribute import Analysed, analyse, attach_name, attach_value
from .cache import IndexCache
from .dates.placement import dated_sentences
from .errors import FactError, Problem
from .facts import read_facts
from .match import Term, Vocabulary, compile_terms, find
from .model import Evidence, Fact, FactReport, Mention, Report, Result, Sentence, Source
from .sources import DEFAULT_MAX_MB, read_folder
from .verdict import compare_date, compare_number, decide, unit_terms
from .words import words

__all__ = ["check", "check_all", "evaluate", "index_all", "index_source", "judge_all", "SourceIndex",
           "Candidate", "candidates", "relevant", "prepare"]


@dataclass(frozen=True)
class Indexed:
    """A sentence with its dates and numbers, found once per run (or read from the cache)."""

    sentence: Sentence
    dates: tuple[Mention, ...]
    numbers: tuple[Mention, ...]

    @cached_property
    def analysed(self) -> Analysed:
        """Words and clauses: worked out only for sentences some fact finds relevant."""
        return analyse(self.sentence, words(self.sentence.text))


@dataclass(frozen=True)
class SourceIndex:
    source: Source
    sentences: tuple[Indexed, ...]
    norms: tuple[tuple[str, ...], ...]  # each sentence's distinct normalised words, for the Vocabulary

    @cached_property
    def _paragraphs(self) -> dict[int, list[Indexed]]:
        groups: dict[int, list[Indexed]] = {}
        for item in self.sentences:
            groups.setdefault(item.sentence.paragraph, []).append(item)
        return groups

    def paragraph(self, number: int) -> list[Indexed]:
        """The sentences of one paragraph (for a fact's ``context``)."""
        return self._paragraphs.get(number, [])


@dataclass(frozen=True)
class Candidate:
    """A value the engine looked at for a fact, and what it made of it (for explain and evidence)."""

    sentence: Indexed
    mention: Mention | None  # dates and numbers
    found: str
    agrees: bool | None  # None: not a value of this fact (wrong unit)
    attached: bool
    why: str
    line: int
    span: tuple[int, int]


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


def index_all(sources: tuple[Source, ...], *, jobs: int = 1, cache_dir: Path | str | None = None) -> list[SourceIndex]:
    """Each source read and indexed once: from the cache when its text was seen before, else in ``jobs`` processes."""
    cache = IndexCache(cache_dir) if cache_dir else None
    keys = [cache.key(s.text, s.published) for s in sources] if cache else []
    found = [cache.get(k) for k in keys] if cache else [None] * len(sources)
    missing = [i for i, hit in enumerate(found) if hit is None]
    fresh = _map(_index_parts, [sources[i] for i in missing], jobs)
    for i, parts in zip(missing, fresh):
        found[i] = parts
        if cache:
            cache.put(keys[i], parts)
    return [SourceIndex(source, *parts) for source, parts in zip(sources, found)]


def _index_parts(source: Source) -> tuple:
    idx = index_source(source)
    return idx.sentences, idx.norms


def judge_all(facts: tuple[Fact, ...], indexes: list[SourceIndex], *, notes: tuple[str, ...] = (),
              jobs: int = 1) -> Report:
    """Every fact against every indexed source; only sentences holding an about-term are read."""
    global _SHARED
    _SHARED = (indexes, build_vocabulary(indexes))
    try:
        spoken = _map(_judge_fact, facts, jobs)
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
        h.update(f"{source.name}\0{source.outlet}\0{source.published}\0".encode("utf-8"))
        h.update(hashlib.sha256(source.text.encode("utf-8", "surrogatepass")).digest())
    return h.hexdigest()


_SHARED: tuple | None = None  # (indexes, vocabulary) while judge_all runs; forked workers inherit it


def _judge_fact(fact: Fact) -> list[tuple[int, Result]]:
    """The results of one fact that are not plainly silent, by source position."""
    indexes, vocabulary = _SHARED
    prepared = prepare(fact)
    starts = vocabulary.starts(prepared.about)
    prepared = replace(prepared, starts=starts, name_starts=vocabulary.starts(prepared.values + prepared.rivals))
    known = fact.known_map
    out = []
    for i, sentences in vocabulary.sentences_for(prepared.about, starts).items():
        result = judge(fact, indexes[i], prepared, sentences)
        if result.verdict != "silent" or result.known:
            out.append((i, result))
    if known:  # an acknowledged source that is now silent still gets its own result
        said = {i for i, _ in out}
        out.extend((i, decide(idx.source.name, fact, [])) for i, idx in enumerate(indexes)
                   if idx.source.name in known and i not in said)
    return out


def _map(function, items, jobs: int) -> list:
    """``function`` over ``items``, in ``jobs`` forked processes when there is enough work."""
    items = list(items)
    if jobs <= 1 or len(items) < 2 * jobs or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(function, items, chunksize=max(1, len(items) // (jobs * 8)))


def build_vocabulary(indexes: list[SourceIndex]) -> Vocabulary:
    vocabulary = Vocabulary()
    for i, idx in enumerate(indexes):
        for j, norms in enumerate(idx.norms):
            vocabulary.add(i, j, norms)
    return vocabulary


def index_source(source: Source) -> SourceIndex:
    out, norms = [], []
    for sentence, found_dates in dated_sentences(source):
        taken = [(d.start, d.end) for d in found_dates]
        found_numbers = tuple(extract.numbers(sentence.text, taken))
        out.append(Indexed(sentence, found_dates or (), found_numbers or ()))
        norms.append(tuple({sys.intern(w.norm): None for w in words(sentence.text)}))
    return SourceIndex(source, tuple(out), tuple(norms))


@dataclass(frozen=True)
class Prepared:
    about: tuple[Term, ...]
    values: tuple[Term, ...]
    rivals: tuple[Term, ...]
    units: tuple[Term, ...]
    context: tuple[Term, ...]
    unless: tuple[Term, ...]
    starts: dict | None = None  # word -> about-terms that may begin there (from the Vocabulary)
    name_starts: dict | None = None  # the same for value and rival names


def prepare(fact: Fact) -> Prepared:
    names = fact.value if isinstance(fact.value, tuple) else ()
    return Prepared(compile_terms(fact.about), compile_terms(names), compile_terms(fact.rivals),
                    unit_terms(fact), compile_terms(fact.context), compile_terms(fact.unless))


def judge(fact: Fact, idx: SourceIndex, prepared: Prepared, only: list[int] | None = None) -> Result:
    evidence = [Evidence(c.line, c.sentence.sentence.text, c.found, bool(c.agrees), c.span,
                         c.mention.approx if c.mention else "",
                         (c.sentence.sentence.start + c.mention.group) if c.mention and c.mention.group else 0)
                for c in candidates(fact, idx, prepared, only) if c.attached and c.agrees is not None]
    return decide(idx.source.name, fact, evidence)


def relevant(idx: SourceIndex, prepared: Prepared, only: list[int] | None = None) -> list[tuple[Indexed, list]]:
    """Sentences that mention an about-term (and pass context/unless), with the term hits.

    ``only``: the sentences worth reading (from the Vocabulary); None reads all.
    """
    out = []
    paragraphs_ok: dict[int, bool] = {}
    for item in (idx.sentences if only is None else [idx.sentences[j] for j in only]):
        an = item.analysed
        hits = find(an.words, an.sentence.text, prepared.about, prepared.starts)
        if not hits:
            continue
        if prepared.unless and find(an.words, an.sentence.text, prepared.unless):
            continue
        if prepared.context:
            para = an.sentence.paragraph
            if para not in paragraphs_ok:
                paragraphs_ok[para] = any(
                    find(s.analysed.words, s.sentence.text, prepared.context) for s in idx.paragraph(para))
            if not paragraphs_ok[para]:
                continue
        out.append((item, hits))
    return out


def candidates(fact: Fact, idx: SourceIndex, prepared: Prepared, only: list[int] | None = None) -> list[Candidate]:
    """Every value of the fact's kind in its relevant sentences, attributed or set aside."""
    out = []
    for item, hits in relevant(idx, prepared, only):
        an = item.analysed
        text = an.sentence.text
        if fact.kind == "date":
            for m in item.dates:
                d = attach_value(an, m, hits)
                c = compare_date(fact, m) if fact.value is not None else None
                out.append(Candidate(item, m, m.value.label, c.agrees if c else None, d.attached, d.why,
                                     _line(an, m.start), (m.start, m.end)))
        elif fact.kind == "number":
            for m in item.numbers:
                c = compare_number(fact, m, prepared.units) if fact.value is not None else None
                d = attach_value(an, m, hits)
                found = c.found if c else f"{m.value:g} {m.unit}".strip()
                out.append(Candidate(item, m, found, c.agrees if c else None, d.attached,
                                     d.why if c else "counts something else (unit)",
                                     _line(an, m.start), (m.start, m.end)))
        else:
            for hit in find(an.words, text, prepared.values + prepared.rivals, prepared.name_starts):
                if text[hit.end:hit.end + 1] in _MONEY:
                    continue  # "US$250,000" is a currency, not a country
                agrees = hit.term in prepared.values
                d = attach_name(an, hit, hits)
                out.append(Candidate(item, None, hit.term.text, agrees, d.attached, d.why,
                                     _line(an, hit.start), (hit.start, hit.end)))
    return out


_MONEY = set("$€£¥0123456789")


def _line(an: Analysed, offset: int) -> int:
    """The source line of a character of a sentence (counted within the sentence: linear overall)."""
    return an.sentence.line + an.sentence.text.count("\n", 0, offset)
