"""The per-shard check: a shard of sources in, the results that are not plainly silent out.

``check_shard`` is a pure function of the shard's sources and the fact set (a ``Plan``), with an
optional store that only saves work: the same call gives the same answer on one process, in
forked workers (``pipeline``) or on a Dask worker (``dask_backend``).  A shard is indexed, its
vocabulary built, every fact judged against it, and only its non-silent results leave it, so
neither indexes nor silent cells ever cross a process boundary or stay in memory.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, replace

from .index import SourceIndex, index_sources, build_vocabulary
from .judge import Prepared, judge_fact, prepare
from .model import Fact, Result, Source
from .store import Store
from .stream import light, read_entries
from .windows import judge_windows, windowed

__all__ = ["Plan", "ShardResult", "make_plan", "check_shard", "check_entries", "shard_ranges", "fact_key", "source_key"]


@dataclass(frozen=True)
class Plan:
    """The fact set, its compiled terms and content keys: made once, shared by every shard."""

    facts: tuple[Fact, ...]
    prepared: tuple[Prepared, ...]
    keys: tuple[str, ...]  # each fact's content key (for the store)


@dataclass(frozen=True)
class ShardResult:
    hits: tuple[tuple[int, int, Result], ...]  # (fact position, source position in the shard, result)
    digests: tuple[bytes, ...]  # sha256 of each source's text, for the report's inputs digest
    judged: int = 0  # sources judged afresh (the rest came from the store)
    reads: tuple = ()  # streamed shards: each entry as read (stream.Read, without its text)


def make_plan(facts: tuple[Fact, ...]) -> Plan:
    return Plan(tuple(facts), tuple(prepare(f) for f in facts), tuple(fact_key(f) for f in facts))


def fact_key(fact: Fact) -> str:
    """The content of a fact record (every field, its file and line included)."""
    return hashlib.sha256(repr(fact).encode("utf-8", "surrogatepass")).hexdigest()


def source_key(source: Source) -> str:
    """What a source's results depend on: its name (facts acknowledge sources by name), date and text."""
    return hashlib.sha256(f"{source.name}\0{source.published}\0{source.text}".encode("utf-8", "surrogatepass")
                          ).hexdigest()


def shard_ranges(count: int, jobs: int, most: int = 500) -> list[range]:
    """Consecutive shards: enough for ``jobs`` workers to share evenly, none larger than ``most``."""
    if count == 0:
        return []
    size = max(1, min(most, -(-count // max(1, 2 * jobs)) if jobs > 1 else most))
    return [range(i, min(count, i + size)) for i in range(0, count, size)]


def check_shard(plan: Plan, sources: tuple[Source, ...] | list[Source], store=None, *, stored_only: bool = False
                ) -> ShardResult | None:
    """Every fact of ``plan`` against ``sources``; ``store`` (a ``store.Store`` or None) saves work only.

    ``stored_only``: None unless every result is already in ``store`` (nothing is judged).
    """
    digests = tuple(hashlib.sha256(s.text.encode("utf-8", "surrogatepass")).digest() for s in sources)
    keys = [source_key(s) for s in sources] if store is not None else []
    said, wanted = _from_store(plan, sources, keys, store)
    judged = [i for i, todo in enumerate(wanted) if todo]
    if stored_only and judged:
        return None
    _judge(plan, sources, judged, wanted, said, store)
    if store is not None and judged:
        store.save_results([keys[i] for i in judged], plan.keys, [said[i] for i in judged])
    hits = sorted(((k, i, r) for i, found in enumerate(said) for k, r in found), key=lambda h: (h[0], h[1]))
    return ShardResult(tuple(hits), digests, len(judged))


def _from_store(plan: Plan, sources, keys: list[str], store):
    """(results already known, facts still to judge) per source."""
    everything = tuple(range(len(plan.facts)))
    if store is None:
        return [[] for _ in sources], [everything for _ in sources]
    said, wanted = [], []
    for source, (known, todo) in zip(sources, store.known_results(keys, plan.keys)):
        said.append([(k, _named(r, source.name)) for k, r in known])
        wanted.append(tuple(todo))
    return said, wanted


def _judge(plan: Plan, sources, judged: list[int], wanted, said, store) -> None:
    """Judge each source for the facts it still needs; sources needing the same facts (usually all of
    them, or none) are indexed and judged together."""
    groups: dict[tuple[int, ...], list[int]] = {}
    for i in judged:
        groups.setdefault(wanted[i], []).append(i)
    for facts, members in groups.items():
        for i in [i for i in members if windowed(sources[i])]:  # a large source: never indexed whole
            found = judge_windows([plan.facts[k] for k in facts], [plan.prepared[k] for k in facts], sources[i])
            said[i].extend((facts[k], result) for k, result in found)
        members = [i for i in members if not windowed(sources[i])]
        if not members:
            continue
        indexes, vocabulary = _few_facts(plan, facts, [sources[i] for i in members], store)
        if indexes is None:
            indexes = index_sources([sources[i] for i in members], store=store)  # split there, if not stored
            vocabulary = build_vocabulary(indexes)
        for k in facts:
            for j, result in judge_fact(plan.facts[k], indexes, vocabulary, plan.prepared[k]):
                said[members[j]].append((k, result))


def _few_facts(plan: Plan, facts: tuple[int, ...], sources: list[Source], store):
    """(indexes, vocabulary) for judging a few facts (records just edited or added) against sources
    whose words are all in the store: the vocabulary is built from the words alone and only the
    sources where one of these facts may be mentioned are read whole; the others stand in with no
    sentences (a silent source the fact acknowledges still gets its result).  (None, None) otherwise."""
    if store is None or len(facts) * 4 > len(plan.facts):
        return None, None
    keys = [Store.index_key(s.text, s.published) for s in sources]
    norms = store.get_norms(keys)
    if len(norms) < len(keys):
        return None, None
    vocabulary = build_vocabulary([SourceIndex(s, (), norms[k]) for s, k in zip(sources, keys)])
    needed = sorted({i for k in facts for i in vocabulary.sentences_for(plan.prepared[k].about)})
    whole = index_sources([sources[i] for i in needed], store=store)
    if any(idx.norms != norms[keys[i]] for i, idx in zip(needed, whole)):
        return None, None  # the stored words and index disagree: read everything
    indexes = [SourceIndex(s, (), ()) for s in sources]
    for i, idx in zip(needed, whole):
        indexes[i] = idx
    return indexes, vocabulary


def check_entries(plan: Plan, entries, max_mb: float, store=None) -> ShardResult:
    """``check_shard`` on a shard of a folder's entries (stream.Entry), read here: the texts never
    leave the process that checks them."""
    reads = read_entries(entries, max_mb, split=False)
    out = check_shard(plan, [r.source for r in reads if r.source is not None], store)
    return replace(out, reads=tuple(light(r) for r in reads))


def _named(result: Result, name: str) -> Result:
    return result if result.source == name else Result(name, result.verdict, result.evidence, result.known,
                                                       result.reason)
