"""One packed store for everything a run can reuse: source indexes and (fact, source) results.

A single SQLite file (stdlib ``sqlite3``) per engine version, under the cache folder:

- ``indexes``: a source's index (``cache.encode``, zlib-packed), keyed by its text and date;
- ``results``: per source (keyed by name, date and text), the fact set it was last judged
  against and its results that were not plainly silent, keyed by each fact's content;
- ``factsets``: the fact keys of each fact set seen (one row per set, not per source);
- ``words``: a source's distinct words, keyed as its index (to find where an edited fact may be mentioned);
- ``stats``: per file path, its stat when it was last read (size, mtime_ns, ctime_ns, inode) with its
  text's digest and decoding note: a file whose stat is unchanged is neither read nor decoded again.

Sources are keyed by their text's sha256 (with name and date), so a file unchanged since it was
recorded needs no reading to find its results.

A warm run judges a source only for the facts it was not judged against (a new or edited
record) and only sources it has not seen (a new or changed text).  Everything stored is
JSON of plain values, decoded field by field: a damaged, planted or foreign file is a miss,
never a crash and never code.  The folder is safe to delete.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import time
import zlib
from pathlib import Path

from .cache import _VERSION, as_list, as_str, decode, encode

__all__ = ["Store", "open_store", "text_digest"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS indexes (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, factset TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS factsets (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS words (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS stats (path TEXT PRIMARY KEY, stat TEXT NOT NULL, digest BLOB NOT NULL, note TEXT NOT NULL);
"""
_ERRORS = (sqlite3.Error, OSError, ValueError, TypeError, KeyError, IndexError, zlib.error, RecursionError)


def text_digest(text: str) -> bytes:
    """sha256 of a source's text: what keys its index and results, and goes into a report's digest.
    Encoded a slice at a time, so a large text is never held twice (UTF-8 encodes code point by code
    point, lone surrogates too: the slices' bytes are the whole text's)."""
    if len(text) <= _DIGEST_SLICE:
        return hashlib.sha256(text.encode("utf-8", "surrogatepass")).digest()
    h = hashlib.sha256()
    for start in range(0, len(text), _DIGEST_SLICE):
        h.update(text[start:start + _DIGEST_SLICE].encode("utf-8", "surrogatepass"))
    return h.digest()


_DIGEST_SLICE = 1 << 20


def open_store(folder: Path | str | None) -> Store | None:
    return Store(folder) if folder else None


class Store:
    """Opened lazily in each process that uses it (a connection never crosses a fork)."""

    def __init__(self, folder: Path | str):
        self.path = Path(folder) / f"store-{_VERSION}.sqlite3"
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._factsets: dict[str, frozenset[str] | None] = {}
        self._kept: dict[str, tuple[bytes, object]] = {}  # known_results' stored JSON that save_results extends

    def __getstate__(self):  # a Store sent to another process opens its own connection there
        return {"path": self.path}

    def __setstate__(self, state):
        self.__init__(state["path"].parent)

    def _connect(self) -> sqlite3.Connection | None:
        if self._db is not None or self._broken:
            return self._db
        discarded = False
        for _ in range(100):
            try:
                self.path.parent.mkdir(parents=True, exist_ok=True)
                db = sqlite3.connect(self.path, timeout=60, isolation_level=None)
                db.execute("PRAGMA busy_timeout=60000")
                db.execute("PRAGMA journal_mode=WAL")
                db.execute("PRAGMA synchronous=NORMAL")
                db.executescript(_SCHEMA)
                self._db = db
                return db
            except sqlite3.OperationalError:  # busy (another process is creating it): try again shortly
                time.sleep(0.05)
            except sqlite3.DatabaseError:  # not a database (damaged, or something else): start afresh
                if discarded:
                    break
                self._discard()
                discarded = True
            except (sqlite3.Error, OSError):
                break
        self._broken = True  # no store: the run only does all the work
        return None

    def close(self) -> None:
        """Close the connection now (it opens again if the store is used after): a connection and its statement
        cache form a reference cycle, so a store let go of without it keeps its database open until the cycle
        collector finds it (a worker opens one per shard; shards.set_aside_survivors may set it aside)."""
        if self._db is not None:
            self._db.close()
            self._db = None

    def _discard(self) -> None:
        for suffix in ("", "-wal", "-shm"):
            try:
                Path(f"{self.path}{suffix}").unlink()
            except OSError:
                pass

    def _rows(self, sql: str, keys: list[str]) -> dict:
        db = self._connect()
        out: dict = {}
        if db is None:
            return out
        try:
            for start in range(0, len(keys), 500):
                part = keys[start:start + 500]
                out.update((row[0], row[1:]) for row in
                           db.execute(sql.format(",".join("?" * len(part))), part))
        except _ERRORS:
            return {}
        return out

    def _write(self, sql: str, rows: list[tuple]) -> None:
        db = self._connect()
        if db is None or not rows:
            return
        try:
            with db:
                db.execute("BEGIN IMMEDIATE")
                db.executemany(sql, rows)
        except _ERRORS:
            pass  # a store that cannot be written only makes the next run slower

    # -- source indexes ---------------------------------------------------------------------
    @staticmethod
    def index_key(text: str, published) -> str:
        return Store.index_key_of(text_digest(text), published)

    @staticmethod
    def index_key_of(digest: bytes, published) -> str:
        """``index_key`` from the text's digest (``text_digest``): a file known unchanged is not read for it."""
        return hashlib.sha256(f"{published}\0{digest.hex()}".encode()).hexdigest()

    # -- file stats -------------------------------------------------------------------------
    def get_stats(self, paths: list[str]) -> dict[str, tuple[tuple[int, ...], bytes, str]]:
        """path -> (stat, text digest, note) as recorded when the file was last read."""
        found = {}
        for path, (recorded, digest, note) in self._rows("SELECT path, stat, digest, note FROM stats "
                                                         "WHERE path IN ({})", paths).items():
            try:
                numbers = tuple(int(x) for x in recorded.split())
            except (AttributeError, ValueError):
                continue
            if len(numbers) == 4 and type(digest) is bytes and len(digest) == 32 and type(note) is str:
                found[path] = (numbers, digest, note)
        return found

    def put_stats(self, rows: list[tuple[str, tuple[int, ...], bytes, str]]) -> None:
        """(path, stat, text digest, note) of files just read."""
        self._write("INSERT OR REPLACE INTO stats VALUES (?, ?, ?, ?)",
                    [(path, " ".join(map(str, found)), digest, note) for path, found, digest, note in rows])

    def get_indexes(self, keys: list[str]) -> dict[str, tuple]:
        found = {}
        for key, (data,) in self._rows("SELECT key, data FROM indexes WHERE key IN ({})", keys).items():
            try:
                parts = decode(zlib.decompress(data))
            except _ERRORS:
                parts = None
            if parts is not None:
                found[key] = parts
        return found

    def put_indexes(self, items: list[tuple[str, tuple]]) -> None:
        rows = []
        for key, parts in items:
            try:
                rows.append((key, zlib.compress(encode(parts), 1)))
            except (TypeError, ValueError):
                continue  # a value the format does not hold is simply not kept
        self._write("INSERT OR REPLACE INTO indexes VALUES (?, ?)", rows)
        words = []
        for key, (_, norms) in items:
            distinct = sorted(set().union(*norms))
            lines = "\n".join(distinct)
            if lines.count("\n") == max(0, len(distinct) - 1):  # one word a line: none holds a line break
                words.append((key, zlib.compress(lines.encode("utf-8", "surrogatepass"), 1)))
        self._write("INSERT OR REPLACE INTO words VALUES (?, ?)", words)

    def get_words(self, keys: list[str]) -> dict[str, list[str]]:
        """Each source's distinct words (sorted): what a fact's terms are looked up in before any source
        is read whole.  Kept as plain lines, since an edited fact reads them for every source."""
        found = {}
        for key, (data,) in self._rows("SELECT key, data FROM words WHERE key IN ({})", keys).items():
            try:
                text = zlib.decompress(data).decode("utf-8", "surrogatepass")
            except _ERRORS + (UnicodeError,):
                continue
            found[key] = text.split("\n") if text else []
        return found

    # -- results ----------------------------------------------------------------------------
    def known_results(self, keys: list[str], fact_keys: tuple[str, ...]):
        """Per source: ([(fact position, row)] already known, [fact positions still to judge]); a row is
        a result as plain values (``shards.as_row``)."""
        rows = self._rows("SELECT key, factset, data FROM results WHERE key IN ({})", keys)
        everything = list(range(len(fact_keys)))
        current, position = self.factset_key(fact_keys), {fk: k for k, fk in enumerate(fact_keys)}
        todo: dict[str, list[int]] = {}
        self._kept = {}
        for key in keys:
            row = rows.get(key)
            if row and row[0] == current and self._factset(current) is not None:  # judged against these facts
                stored = _decode_results(row[1])
                if stored is not None and stored.keys() <= position.keys():
                    yield sorted((position[fk], r) for fk, r in stored.items()), []
                    continue
            judged = self._factset(row[0]) if row else None
            stored = _decode_results(row[1]) if judged is not None else None
            if stored is None:
                yield [], everything
                continue
            if row[0] not in todo:  # the same for every source judged against that fact set
                todo[row[0]] = [k for k, fk in enumerate(fact_keys) if fk not in judged]
            self._keep(key, row[1], stored, todo[row[0]], judged, position)
            yield sorted((position[fk], r) for fk, r in stored.items() if fk in position and fk in judged), todo[row[0]]

    def _keep(self, key: str, data, stored: dict, todo: list[int], judged, position: dict) -> None:
        """Keep a source's stored JSON for save_results to extend when every result in it still stands."""
        if todo and stored.keys() <= judged and stored.keys() <= position.keys():
            self._kept[key] = (bytes(data), stored.keys())

    @staticmethod
    def factset_key(fact_keys) -> str:
        return hashlib.sha256("\0".join(sorted(fact_keys)).encode()).hexdigest()

    def all_judged(self, keys: list[str], fact_keys: tuple[str, ...]) -> bool:
        """Whether every source of ``keys`` has its results for exactly this fact set (a cheap count)."""
        found = self._rows("SELECT key, factset FROM results WHERE key IN ({})", keys)
        factset = self.factset_key(fact_keys)
        return all(key in found and found[key][0] == factset for key in keys)

    def save_results(self, keys: list[str], fact_keys: tuple[str, ...], said: list[list[tuple[int, tuple]]]) -> None:
        """Each source's rows (``shards.as_row``) by fact position, kept under the facts' keys."""
        factset = self.factset_key(fact_keys)
        if self._factset(factset) is None:
            self._write("INSERT OR REPLACE INTO factsets VALUES (?, ?)",
                        [(factset, zlib.compress(json.dumps(sorted(set(fact_keys))).encode(), 1))])
            self._factsets[factset] = frozenset(fact_keys)
        kept, self._kept = self._kept, {}
        rows = [(key, factset, _with(kept.get(key), {fact_keys[k]: row for k, row in found}))
                for key, found in zip(keys, said)]
        self._write("INSERT OR REPLACE INTO results VALUES (?, ?, ?)", rows)

    def _factset(self, key: str) -> frozenset[str] | None:
        if key not in self._factsets:
            row = self._rows("SELECT key, data FROM factsets WHERE key IN ({})", [key]).get(key)
            try:
                keys = json.loads(zlib.decompress(row[0])) if row else None
                self._factsets[key] = frozenset(as_str(k) for k in as_list(keys)) if keys is not None else None
            except _ERRORS:
                self._factsets[key] = None
        return self._factsets[key]


def _with(kept: tuple[bytes, object] | None, results: dict[str, tuple]) -> bytes:
    """A source's results as stored JSON; where its stored JSON still stands (``kept``: the bytes and
    their fact keys), only the results of the facts it lacks are encoded and spliced in (an edited fact
    re-encodes one result a source, not all of them)."""
    if kept is not None and kept[0][:1] == b"{" and kept[0][-1:] == b"}":
        data, had = kept
        results = {fk: row for fk, row in results.items() if fk not in had}
    else:
        kept = None
    encoded = json.dumps(results, ensure_ascii=False, allow_nan=False).encode("utf-8", "surrogatepass")
    if kept is None or not results:
        return data if kept is not None else encoded
    return data[:-1] + (b", " if len(data) > 2 else b"") + encoded[1:]


def _decode_results(data) -> dict[str, tuple] | None:
    try:
        doc = json.loads(bytes(data).decode("utf-8", "surrogatepass"))
        if type(doc) is not dict:
            return None
        return {as_str(k): _to_row(v) for k, v in doc.items()}
    except _ERRORS + (UnicodeError,):
        return None


# The types of a stored result's and evidence's fields, in order: a row is decoded only when they all
# match (compared as one tuple, since a warm run decodes every stored result).
_RESULT = (str, bool, str, list)
_EVIDENCE = (int, str, str, bool, list, str, int, bool, str)
_SPAN = (int, int)
_VERDICTS = ("agree", "differ", "silent")


def _to_row(row) -> tuple:
    """A stored result as the row ``shards.as_row`` makes, its every field checked."""
    if type(row) is not list or tuple(map(type, row)) != _RESULT or row[0] not in _VERDICTS:
        raise ValueError("not a result")
    verdict, known, reason, evidence = row
    out = []
    for e in evidence:
        if type(e) is not list or tuple(map(type, e)) != _EVIDENCE or tuple(map(type, e[4])) != _SPAN:
            raise ValueError("not evidence")
        line, quote, found, agrees, span, approx, group, exact, aside = e
        out.append((line, quote, found, agrees, (span[0], span[1]), approx, group, exact, aside))
    return verdict, known, reason, tuple(out)
