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

# The modules whose code decides what an index holds: any change to them is a new cache.
_INDEXING_MODULES = ("extract.py", "relative.py", "vocab.py", "sources.py", "words.py", "model.py",
                     "pipeline.py", "cache.py", "tense.py", "holidays.py")


def engine_version() -> str:
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for name in _INDEXING_MODULES:
        path = here / name
        digest.update(path.read_bytes() if path.exists() else name.encode())
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
