"""What a run keeps of its shards' answers while they come, in memory that does not grow with the sources.

``Spool``: every shard's packed results (``shards.pack``) written to a temporary file as the shard
arrives; memory holds only where each fact's results lie in it, and a fact's results are unpacked
when they are read (the first facts read are kept unpacked up to a budget, the others unpacked at each
reading).  ``Collected``: the rest of a streamed run's answers, source by source: the names, the
outlets, the inputs digest hashed as the shards come, and the few entries that were not read plainly
(a note, a file skipped, metadata), so a run of 100,000 sources keeps its names and little else.
"""

from __future__ import annotations

import hashlib
import tempfile
import weakref
from array import array

from .model import Fact, Result
from .shards import collector_paused, unpack

__all__ = ["Spool", "Collected", "KEEP_RESULTS", "MEMORY_MB", "start_digest", "add_source"]

# Unpacked results a run keeps (some 600 bytes each); past them a fact's are unpacked at each reading, which
# costs 0.1 s a pass over every result of 10,000 x 500 synthetic (41,000), and a report makes two to four passes
KEEP_RESULTS = 10_000
MEMORY_MB = 4  # packed results held in memory before the spool moves to a file on disk


class Spool:
    """Every shard's packed results, per fact, unpacked when a fact's results are read.

    The packed results go to an anonymous temporary file (in memory until ``memory_mb`` of them came:
    a small run never touches the disk); per fact, an array of (place in the file, length, the shard's
    first source) says where they are.  Unpacked facts are kept until ``budget`` results are held; past
    it a fact is read and unpacked at each reading.
    """

    def __init__(self, names: tuple[str, ...] = (), budget: int | None = None, memory_mb: float | None = None):
        self.names = names  # every source's name, by position (may be set once every shard is in)
        self.budget = KEEP_RESULTS if budget is None else budget
        size = int((MEMORY_MB if memory_mb is None else memory_mb) * 1_000_000)
        self.file = tempfile.SpooledTemporaryFile(max_size=size, prefix="fact-checks-")
        weakref.finalize(self, self.file.close)  # closed (and gone from the disk) with the last report reading it
        self.end = 0
        self.where: dict[int, array] = {}  # fact position -> [place, length, first source, ...]
        self.kept: dict[int, dict[int, Result]] = {}
        self.held = 0

    def add(self, offset: int, packed: tuple[tuple[int, bytes], ...]) -> None:
        """A shard's packed results (``ShardResult.packed``); ``offset``: the position of its first source."""
        if not packed:
            return
        self.file.seek(self.end)
        for k, blob in packed:
            self.file.write(blob)
            self.where.setdefault(k, array("q")).extend((self.end, len(blob), offset))
            self.end += len(blob)

    def found(self, k: int) -> dict[int, Result]:
        """Fact ``k``'s results that are not plainly silent, by source position."""
        if k in self.kept:
            return self.kept[k]
        out: dict[int, Result] = {}
        spots = self.where.get(k, ())
        with collector_paused():  # as for judging: thousands of results, no cycles among them
            for n in range(0, len(spots), 3):
                self.file.seek(spots[n])
                unpack(self.file.read(spots[n + 1]), spots[n + 2], self.names, out)
        if self.held + len(out) <= self.budget:  # first come, kept: passes over the facts in order then
            self.kept[k] = out                   # unpack only the facts past the budget again
            self.held += len(out)
        return out

    def reader(self, k: int):
        return lambda: self.found(k)


def start_digest(facts: tuple[Fact, ...]):
    """The inputs digest (``pipeline.inputs_digest``) begun: every fact record; the sources follow."""
    h = hashlib.sha256()
    for fact in facts:
        h.update(repr(fact).encode("utf-8") + b"\0")
    return h


def add_source(h, source, digest: bytes) -> None:
    """One source into the inputs digest: its name, outlet, date and text (by its digest)."""
    h.update(f"{source.name}\0{source.outlet}\0{source.published}\0".encode("utf-8", "surrogatepass"))
    h.update(digest)


class Collected:
    """A streamed run's answers, shard by shard in source order (``add``): its results spooled, each
    source's name, the outlets, the inputs digest, and the Reads a report needs whole: those with a
    note, a file skipped, or metadata."""

    def __init__(self, facts: tuple[Fact, ...], meta_names=()):
        self.meta = frozenset(meta_names)
        self.spool = Spool()
        self.digest = start_digest(facts)
        self.names: list[str] = []
        self.outlets: list[tuple[str, str]] = []
        self.reads: list = []  # the Reads folder_of needs (stream.Read, no text)
        self.unread = False  # an entry had no source (skipped): the run reads the folder whole instead

    def add(self, out) -> None:
        """One shard's ShardResult (``reads``: each of its entries, in order)."""
        self.spool.add(len(self.names), out.packed)
        digests = iter(out.digests)
        for read in out.reads:
            source = read.source
            if source is None:
                self.unread = True
            else:
                self.names.append(source.name)
                if source.outlet:
                    self.outlets.append((source.name, source.outlet))
                add_source(self.digest, source, next(digests))
            if source is None or read.note or source.outlet or source.published or read.name in self.meta:
                self.reads.append(read)
