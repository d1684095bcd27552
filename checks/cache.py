"""An on-disk cache of source indexes, keyed by content and engine version.

A source's index (sentences, dates, numbers, words) depends only on its text,
its publication date and the engine code that reads it, so the key is a hash
of exactly those.  Entries are written atomically; an unreadable or stale
entry is simply read again from the source.  The folder is safe to delete.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from pathlib import Path

def engine_version() -> str:
    """A hash of the source of every module in the package: a moved, added or edited module is
    a new cache (hashing a list of names would miss a module that moved)."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(here.rglob("*.py")):
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


_VERSION = engine_version()


class IndexCache:
    def __init__(self, folder: Path | str):
        self.folder = Path(folder) / _VERSION

    def key(self, text: str, published) -> str:
        return hashlib.sha256(f"{published}\0{text}".encode("utf-8", "surrogatepass")).hexdigest()

    def get(self, key: str):
        path = self.folder / key[:2] / key
        try:
            with open(path, "rb") as handle:
                return pickle.load(handle)  # our own files, written by put() below
        except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
            return None

    def put(self, key: str, value) -> None:
        folder = self.folder / key[:2]
        try:
            folder.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=".", suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump(value, handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(tmp, folder / key)
        except OSError:
            pass  # a cache that cannot be written only makes the next run slower
