"""The per-shard check: a shard of sources in, the results that are not plainly silent out.

``check_shard`` is a pure function of the shard's sources and the fact set (a ``Plan``), with an
optional store that only saves work: the same call gives the same answer on one process, in
forked workers (``pipeline``) or on a Dask worker (``dask_backend``).  A shard is indexed, its
vocabulary built, every fact judged against it, and only its non-silent results leave it, so
neither indexes nor silent cells ever cross a process boundary or stay in memory.
"""

from __future__ import annotations

import gc
import hashlib
import os
import pickle
import time
from contextlib import contextmanager
from operator import itemgetter
from dataclasses import dataclass, replace

from .index import SourceIndex, index_sources, build_vocabulary
from .judge import Prepared, judge_fact, prepare_all
from .match import Vocabulary
from .model import Evidence, Fact, Result, Source
from .sources import WINDOW_CHARS
from .store import Store, text_digest
from .stream import Read, light, read_entries
from .windows import judge_windows, windowed

__all__ = ["Plan", "ShardResult", "as_row", "packed_row", "plain_row", "pack", "unpack", "make_plan",
           "check_shard", "check_entries", "entry_keys", "shard_ranges", "fact_key", "source_key", "collector_paused",
           "set_aside_survivors"]


@dataclass(frozen=True)
class Plan:
    """The fact set, its compiled terms and content keys: made once, shared by every shard."""

    facts: tuple[Fact, ...]
    prepared: tuple[Prepared, ...]
    keys: tuple[str, ...]  # each fact's content key (for the store)


@dataclass(frozen=True)
class ShardResult:
    """What a shard sends back.  Its results travel packed (``pack``): plain values pickle and unpickle
    about ten times faster than Result and Evidence objects (frozen dataclasses unpickle field by field
    in Python), and the parent keeps them so until they are read (``spool.Spool``)."""

    packed: tuple[tuple[int, bytes], ...]  # (fact position, its results in the shard, packed)
    digests: tuple[bytes, ...]  # sha256 of each source's text, for the report's inputs digest
    judged: int = 0  # sources judged afresh (the rest came from the store)
    reads: tuple = ()  # streamed shards: each entry as read (stream.Read, without its text)


def as_row(r: Result) -> tuple:
    """A result as plain values (its source is named by its position): what the store and the packed
    form hold.  (verdict, known, reason, ((line, quote, found, agrees, span, approx, group, exact, aside), ...))."""
    return (r.verdict, r.known, r.reason,
            tuple([(e.line, e.quote, e.found, e.agrees, e.span, e.approx, e.group, e.exact, e.aside) for e in r.evidence]))


def packed_row(r: Result) -> bytes:
    """``as_row`` packed on its own: a large source's results are held so until the shard is packed (its
    evidence can run to 100,000 rows, some 90 bytes each as tuples and a fifth of that packed).
    ``pack`` and ``unpack`` take such a row where they take a plain one."""
    return _packed(as_row(r))


def plain_row(row) -> tuple:
    """A row (``as_row``) that may be held packed (``packed_row``)."""
    return pickle.loads(row) if type(row) is bytes else row


def pack(hits) -> tuple[tuple[int, bytes], ...]:
    """(fact position, source position, row) sorted by fact, as (fact position, bytes) per fact."""
    out, rows, last = [], [], None
    for k, i, row in hits:
        if k != last and rows:
            out.append((last, _packed(rows)))
            rows = []
        last = k
        rows.append((i, row))
    if rows:
        out.append((last, _packed(rows)))
    return tuple(out)


def _packed(rows: list) -> bytes:
    # plain tuples, str, int and bool only, between this program's own processes; the store holds JSON
    return pickle.dumps(rows, pickle.HIGHEST_PROTOCOL)


def unpack(blob: bytes, offset: int, names, out: dict[int, Result]) -> None:
    """One fact's rows packed by a shard into ``out``, by source position (``offset`` + position in the
    shard); ``names`` names the sources by position."""
    for i, row in pickle.loads(blob):
        verdict, known, reason, evidence = plain_row(row)
        out[offset + i] = Result(names[offset + i], verdict, tuple([Evidence(*e) for e in evidence]), known, reason)


def make_plan(facts: tuple[Fact, ...]) -> Plan:
    prepared = prepare_all(facts)
    digest = {id(f): hashlib.sha256(repr(f).encode("utf-8", "surrogatepass")).hexdigest() for f in facts}
    beside: dict[int, str] = {}  # records of one shape share their siblings' tuple: its digests joined once
    for p in prepared:
        if p.siblings and id(p.siblings) not in beside:
            beside[id(p.siblings)] = "".join(digest[id(s.fact)] for s in p.siblings)
    return Plan(tuple(facts), tuple(prepared),
                tuple(fact_key(f, p.story, beside.get(id(p.siblings), "")) for f, p in zip(facts, prepared)))


def fact_key(fact: Fact, story: frozenset[str] = frozenset(), beside: str = "") -> str:
    """The content of a fact record (every field, its file and line included), its story's time when the dated facts
    beside it give one (they decide ``earlier_year`` for it) and the digests of the records of its kind beside it
    (``beside``; ``another_record``): an edit to them re-checks it."""
    said = repr(fact) + (repr(sorted(story)) if story else "") + beside
    return hashlib.sha256(said.encode("utf-8", "surrogatepass")).hexdigest()


def source_key(source: Source, digest: bytes | None = None) -> str:
    """What a source's results depend on: its name (facts acknowledge sources by name), date and text
    (by its digest, ``store.text_digest``, given when the text was not read)."""
    digest = text_digest(source.text) if digest is None else digest
    return hashlib.sha256(f"{source.name}\0{source.published}\0{digest.hex()}".encode("utf-8", "surrogatepass")
                          ).hexdigest()


def shard_ranges(count: int, jobs: int, most: int = 500) -> list[range]:
    """Consecutive shards: enough for ``jobs`` workers to share evenly, none larger than ``most``."""
    if count == 0:
        return []
    size = max(1, min(most, -(-count // max(1, 2 * jobs)) if jobs > 1 else most))
    return [range(i, min(count, i + size)) for i in range(0, count, size)]


def check_shard(plan: Plan, sources: tuple[Source, ...] | list[Source], store=None, *,
                digests: tuple[bytes, ...] | None = None, load=None) -> ShardResult:
    """Every fact of ``plan`` against ``sources``; ``store`` (a ``store.Store`` or None) saves work only.

    ``digests`` and ``load``: sources whose text was not read (files unchanged since the store recorded
    them) stand in with an empty text and their recorded digest; ``load(i)`` reads source ``i`` when it
    must be judged after all (None: it was read).
    """
    digests = tuple(text_digest(s.text) for s in sources) if digests is None else digests
    keys = [source_key(s, d) for s, d in zip(sources, digests)] if store is not None else []
    said, wanted = _from_store(plan, sources, keys, store)
    judged = [i for i, todo in enumerate(wanted) if todo]
    with collector_paused():
        _judge(plan, _Loading(sources, load or (lambda i: None)), judged, wanted, said, store, digests)
        set_aside_survivors()  # the shard's indexes are freed: what is left is kept on purpose
    if store is not None and judged:
        store.save_results([keys[i] for i in judged], plan.keys, [[(k, plain_row(row)) for k, row in said[i]]
                                                                   for i in judged])
    hits = sorted(((k, i, row) for i, found in enumerate(said) for k, row in found), key=itemgetter(0, 1))
    del said
    return ShardResult(pack(hits), digests, len(judged))


@contextmanager
def collector_paused():
    """Python's cycle collector paused while a shard is judged (restored as it was after).  Indexing and
    judging make millions of small objects (sentences, mentions, words) that stay alive until the shard
    is done and form no reference cycles, so each pass, one every 700 new objects and full ones over
    the whole growing heap, finds nothing: on a cold run the passes cost about 15% of the time.  The
    shard's objects are freed by their reference counts as before."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


SWEEP_EVERY = 50  # shards whose survivors are set aside between two full passes of the collector
_set_aside = [0]  # shards set aside since the last full pass, in this process


def set_aside_survivors() -> None:
    """Move the objects alive after a shard out of the cycle collector's sight (``gc.freeze``).  Most are
    kept on purpose (the caches of sentences' words and positions, for a sentence written again; the shard's
    results until they are packed); the first pass after the pause would walk them all, then each later
    pass of the older generations again: 5-10% of a cold run's time, for no cycle found.  They are still
    freed by their reference counts.  Anything the pause left uncollected is set aside with them (none of
    the engine's objects form cycles; another thread's might, in a Dask worker), so every SWEEP_EVERY
    shards they are put back and one full pass collects what is garbage among them."""
    _set_aside[0] += 1
    if _set_aside[0] < SWEEP_EVERY:
        gc.freeze()
        return
    _set_aside[0] = 0
    gc.unfreeze()
    gc.collect()


def _from_store(plan: Plan, sources, keys: list[str], store):
    """(results already known, facts still to judge) per source."""
    everything = tuple(range(len(plan.facts)))
    if store is None:
        return [[] for _ in sources], [everything for _ in sources]
    said, wanted = [], []
    for known, todo in store.known_results(keys, plan.keys):
        said.append(known)
        wanted.append(tuple(todo))
    return said, wanted


class _Loading(list):
    """A shard's sources, where those not read yet (``load(i)`` gives them, None once read) are read
    only where they are needed whole."""

    def __init__(self, sources, load):
        super().__init__(sources)
        self.load = load

    def whole(self, ids) -> list[Source]:
        for i in ids:
            found = self.load(i)
            if found is not None:
                self[i] = found
        return [self[i] for i in ids]


def _judge(plan: Plan, sources: _Loading, judged: list[int], wanted, said, store, digests) -> None:
    """Judge each source for the facts it still needs; sources needing the same facts (usually all of
    them, or none) are indexed and judged together."""
    groups: dict[tuple[int, ...], list[int]] = {}
    for i in judged:
        groups.setdefault(wanted[i], []).append(i)
    for facts, members in groups.items():
        for i in [i for i in members if windowed(sources[i])]:  # a large source: never indexed whole
            found = judge_windows([plan.facts[k] for k in facts], [plan.prepared[k] for k in facts], sources[i])
            said[i].extend((facts[k], packed_row(result)) for k, result in found)
        members = [i for i in members if not windowed(sources[i])]  # a source not read is never large
        if not members:
            continue
        indexes, vocabulary = _few_facts(plan, facts, sources, members, store, digests)
        if indexes is None:
            indexes = index_sources(sources.whole(members), store=store)  # split there, if not stored
            vocabulary = build_vocabulary(indexes)
        for k in facts:
            for j, result in judge_fact(plan.facts[k], indexes, vocabulary, plan.prepared[k]):
                said[members[j]].append((k, as_row(result)))


def _few_facts(plan: Plan, facts: tuple[int, ...], sources: _Loading, members: list[int], store, digests):
    """(indexes, vocabulary) of ``members`` for judging a few facts (records just edited or added)
    against sources whose words are all in the store: these facts' terms are looked up in the words
    alone, and only the sources where one may be mentioned are read whole; the others stand in with no
    sentences (a silent source the fact acknowledges still gets its result).  The vocabulary lists those
    sources' sentences and knows every other word of the shard, so a term finds the words it finds in
    the whole shard.  (None, None) when not worth it or not possible."""
    if store is None or len(facts) * 4 > len(plan.facts):
        return None, None
    keys = [Store.index_key_of(digests[i], sources[i].published) for i in members]
    words = store.get_words(keys)
    if len(words) < len(keys):
        return None, None
    every = set().union(*words.values())
    corpus = Vocabulary()
    corpus.add_words(every)
    firsts = set().union(*(corpus.starts(plan.prepared[k].about) for k in facts))
    needed = [j for j, key in enumerate(keys) if not firsts.isdisjoint(words[key])]
    whole = index_sources(sources.whole([members[j] for j in needed]), store=store)
    for j, idx in zip(needed, whole):
        if set().union(*idx.norms) != set(words[keys[j]]):
            return None, None  # the stored words and index disagree: read everything
        for n, norms in enumerate(idx.norms):
            corpus.add(j, n, norms)  # the corpus knows every word: it lists these sentences too
    indexes = [SourceIndex(sources[i], (), ()) for i in members]
    for j, idx in zip(needed, whole):
        indexes[j] = idx
    return indexes, corpus


def check_entries(plan: Plan, entries, max_mb: float, store=None) -> ShardResult:
    """``check_shard`` on a shard of a folder's entries (stream.Entry), read here: the texts never
    leave the process that checks them.  A file whose stat is what the store recorded when it was last
    read is not read (its recorded text digest keys its results) unless it must be judged after all."""
    entries = list(entries)
    paths, unread = _unchanged(entries, store)
    reads, digests = _read_changed(entries, paths, unread, max_mb, store)
    sources = [r.source for r in reads if r.source is not None]
    position = {n: i for i, n in enumerate(n for n, r in enumerate(reads) if r.source is not None)}
    waiting = {position[n]: entries[n] for n in unread}

    def load(i: int) -> Source | None:
        entry = waiting.pop(i, None)
        return None if entry is None else (read_entries([entry], max_mb, split=False)[0].source or sources[i])

    out = check_shard(plan, sources, store, digests=tuple(digests), load=load)
    return replace(out, reads=tuple(light(r) for r in reads))


def entry_keys(entries, max_mb: float, store) -> list[str]:
    """``source_key`` of each entry that is a source, its text read only if its stat changed."""
    entries = list(entries)
    paths, unread = _unchanged(entries, store)
    reads, digests = _read_changed(entries, paths, unread, max_mb, store)
    return [source_key(r.source, d) for r, d in zip([r for r in reads if r.source is not None], digests)]


def _unchanged(entries: list, store) -> tuple[list[str], dict[int, tuple]]:
    """(each entry's path as the store records it, "" if its stat is unknown; {entry position: (stat,
    digest, note)} of the files whose stat is what the store recorded)."""
    paths = [os.path.abspath(e.path) if e.stat else "" for e in entries]
    recorded = store.get_stats([p for p in paths if p]) if store is not None else {}
    return paths, {n: recorded[p] for n, (e, p) in enumerate(zip(entries, paths))
                   if p in recorded and recorded[p][0] == e.stat and e.stat[0] <= WINDOW_CHARS}


def _read_changed(entries: list, paths: list[str], unread: dict, max_mb: float, store) -> tuple[list, list[bytes]]:
    """Every entry's Read (those in ``unread`` with no text) and each source's text digest; the stats
    of the files read are recorded once they are settled (``RACY_NS``)."""
    settled = time.time_ns() - RACY_NS
    fresh = iter(read_entries([e for n, e in enumerate(entries) if n not in unread], max_mb, split=False))
    reads, digests, seen = [], [], []
    for n, entry in enumerate(entries):
        if n in unread:
            _, digest, note = unread[n]
            reads.append(Read(entry.order, entry.name, stub(entry, note), "", note))
            digests.append(digest)
            continue
        read = next(fresh)
        reads.append(read)
        if read.source is not None:
            digests.append(text_digest(read.source.text))
            if paths[n] and max(entry.stat[1], entry.stat[2]) < settled:
                seen.append((paths[n], entry.stat, digests[-1], read.note))
    if store is not None and seen:
        store.put_stats(seen)
    return reads, digests


# A file changed within a clock tick of being listed may keep its stat through a later edit (timestamps
# are coarse): its stat is recorded only once it is this old, as git does for its "racily clean" files.
RACY_NS = 2_000_000_000


def stub(entry, note: str) -> Source:
    """The source of a file not read, as ``stream.light`` leaves a source (no text, no sentences); it is
    read (``_Loading.whole``) before it is ever indexed."""
    return Source(entry.name, "", (), (note,) if note else (), **dict(entry.meta))
