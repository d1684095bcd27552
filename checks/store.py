"""One packed store for everything a run can reuse: source indexes and (fact, source) results.

A single SQLite file (stdlib ``sqlite3``) per engine version, under the cache folder:

- ``indexes``: a source's index (``cache.encode``, zlib-packed), keyed by its text and date;
- ``results``: per source (keyed by name, date and text), the fact set it was last judged
  against and its results that were not plainly silent, keyed by each fact's content;
- ``factsets``: the fact keys of each fact set seen (one row per set, not per source).

A warm run judges a source only for the facts it was not judged against (a new or edited
record) and only sources it has not seen (a new or changed text).  Everything stored is
JSON of plain values, decoded field by field: a damaged, planted or foreign file is a miss,
never a crash and never code.  The folder is safe to delete.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import sys
import time
import zlib
from pathlib import Path

from .cache import _VERSION, as_int, as_list, as_str, decode, encode, row_of
from .model import Evidence, Result

__all__ = ["Store", "open_store"]

_SCHEMA = """
CREATE TABLE IF NOT EXISTS indexes (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS results (key TEXT PRIMARY KEY, factset TEXT NOT NULL, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS factsets (key TEXT PRIMARY KEY, data BLOB NOT NULL);
CREATE TABLE IF NOT EXISTS norms (key TEXT PRIMARY KEY, data BLOB NOT NULL);
"""
_ERRORS = (sqlite3.Error, OSError, ValueError, TypeError, KeyError, IndexError, zlib.error, RecursionError)


def open_store(folder: Path | str | None) -> Store | None:
    return Store(folder) if folder else None


class Store:
    """Opened lazily in each process that uses it (a connection never crosses a fork)."""

    def __init__(self, folder: Path | str):
        self.path = Path(folder) / f"store-{_VERSION}.sqlite3"
        self._db: sqlite3.Connection | None = None
        self._broken = False
        self._factsets: dict[str, frozenset[str] | None] = {}

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
        return hashlib.sha256(f"{published}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()

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
            try:
                words.append((key, zlib.compress(json.dumps([list(n) for n in norms], ensure_ascii=False)
                                                 .encode("utf-8", "surrogatepass"), 1)))
            except (TypeError, ValueError, UnicodeError):
                continue
        self._write("INSERT OR REPLACE INTO norms VALUES (?, ?)", words)

    def get_norms(self, keys: list[str]) -> dict[str, tuple[tuple[str, ...], ...]]:
        """Each source's sentences' words alone (the vocabulary, without decoding whole indexes)."""
        found = {}
        for key, (data,) in self._rows("SELECT key, data FROM norms WHERE key IN ({})", keys).items():
            try:
                rows = json.loads(zlib.decompress(data).decode("utf-8", "surrogatepass"))
                found[key] = tuple(tuple(sys.intern(as_str(w)) for w in as_list(row)) for row in as_list(rows))
            except _ERRORS + (UnicodeError,):
                continue
        return found

    # -- results ----------------------------------------------------------------------------
    def known_results(self, keys: list[str], fact_keys: tuple[str, ...]):
        """Per source: ([(fact position, Result)] already known, [fact positions still to judge])."""
        rows = self._rows("SELECT key, factset, data FROM results WHERE key IN ({})", keys)
        everything = list(range(len(fact_keys)))
        current, position = self.factset_key(fact_keys), {fk: k for k, fk in enumerate(fact_keys)}
        todo: dict[str, list[int]] = {}
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
            yield sorted((position[fk], r) for fk, r in stored.items() if fk in position and fk in judged), todo[row[0]]

    @staticmethod
    def factset_key(fact_keys) -> str:
        return hashlib.sha256("\0".join(sorted(fact_keys)).encode()).hexdigest()

    def all_judged(self, keys: list[str], fact_keys: tuple[str, ...]) -> bool:
        """Whether every source of ``keys`` has its results for exactly this fact set (a cheap count)."""
        found = self._rows("SELECT key, factset FROM results WHERE key IN ({})", keys)
        factset = self.factset_key(fact_keys)
        return all(key in found and found[key][0] == factset for key in keys)

    def save_results(self, keys: list[str], fact_keys: tuple[str, ...], said: list[list[tuple[int, Result]]]) -> None:
        factset = self.factset_key(fact_keys)
        if self._factset(factset) is None:
            self._write("INSERT OR REPLACE INTO factsets VALUES (?, ?)",
                        [(factset, zlib.compress(json.dumps(sorted(set(fact_keys))).encode(), 1))])
            self._factsets[factset] = frozenset(fact_keys)
        rows = [(key, factset, json.dumps({fact_keys[k]: _result(r) for k, r in found}, ensure_ascii=False,
                                          allow_nan=False).encode("utf-8", "surrogatepass"))
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


def _result(r: Result) -> list:
    return [r.verdict, r.known, r.reason,
            [[e.line, e.quote, e.found, e.agrees, list(e.span), e.approx, e.group] for e in r.evidence]]


def _decode_results(data) -> dict[str, Result] | None:
    try:
        doc = json.loads(bytes(data).decode("utf-8", "surrogatepass"))
        if not isinstance(doc, dict):
            return None
        return {as_str(k): _to_result(v) for k, v in doc.items()}
    except _ERRORS + (UnicodeError,):
        return None


def _to_result(row) -> Result:
    verdict, known, reason, evidence = row_of(4)(row)
    if verdict not in ("agree", "differ", "silent") or not isinstance(known, bool):
        raise ValueError("not a result")
    out = []
    for e in as_list(evidence):
        line, quote, found, agrees, span, approx, group = row_of(7)(e)
        s0, s1 = row_of(2)(span)
        if not isinstance(agrees, bool):
            raise ValueError("not a flag")
        out.append(Evidence(as_int(line), as_str(quote), as_str(found), agrees, (as_int(s0), as_int(s1)), as_str(approx),
                            as_int(group)))
    return Result("", verdict, tuple(out), known, as_str(reason))
