"""How a source index is kept between runs (in ``store``): keyed by content and engine version.

A source's index (sentences and words; dates and numbers are read again when a
fact needs them) depends only on its text,
its publication date and the engine code that reads it, so the key is a hash
of exactly those.  Entries are written atomically; an unreadable or stale
entry is simply read again from the source.  The folder is safe to delete.

Entries are JSON of plain values with a format mark, decoded field by field
with each type checked: a file planted in the folder (a CI cache restored
across branches) can run nothing, and one that is not exactly ours is a miss.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from .model import Sentence

def engine_version() -> str:
    """A hash of the source of every module in the package: a moved, added or edited module is
    a new cache (hashing a list of names would miss a module that moved)."""
    here = Path(__file__).parent
    digest = hashlib.sha256()
    for path in sorted(here.rglob("*.py")):
        digest.update(path.relative_to(here).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


_VERSION = engine_version()


FORMAT = "fact-checks source index 5"  # 2: periods keep their grain; 3: numbers are not kept (read when needed);
# 4: a sentence is kept as its span (its text is the source's, which its key is a digest of); 5: nor are dates (read
# only in the sentences a fact needs them in: most sentences are never read for dates, and a warm run reads few)


def encode(parts) -> bytes:
    """(sentences, norms) of a source index as JSON of plain values; a sentence is anything with a
    ``sentence``, kept as its span, line and paragraph (its text was most of the entry, and is the
    source's own: cut again from it when read, ``spans_to_sentences``)."""
    sentences, norms = parts
    rows = [_sentence(i.sentence) for i in sentences]
    return json.dumps({"format": FORMAT, "sentences": rows, "norms": [list(n) for n in norms]},
                      ensure_ascii=False, allow_nan=True).encode("utf-8", "surrogatepass")


def decode(data: bytes):
    """What ``encode`` wrote, as (((start, length, line, paragraph), ...), norms), or None for anything
    else (not ours, damaged, planted)."""
    try:
        doc = json.loads(data.decode("utf-8", "surrogatepass"))
        if not isinstance(doc, dict) or doc.get("format") != FORMAT:
            return None
        rows, norms = as_list(doc["sentences"]), as_list(doc["norms"])
        if len(rows) != len(norms):
            return None
        sentences = tuple(map(_to_sentence, rows))
        return sentences, tuple(tuple(as_str(w) for w in as_list(n)) for n in norms)
    except (ValueError, TypeError, KeyError, IndexError, UnicodeError, RecursionError):
        return None


def _sentence(s: Sentence) -> list:
    return [s.start, len(s.text), s.line, s.paragraph]


def _to_sentence(row) -> tuple[int, int, int, int]:
    start, length, line, paragraph = row_of(4)(row)
    return as_int(start), as_int(length), as_int(line), as_int(paragraph)


def spans_to_sentences(rows, text: str):
    """``decode``'s rows as sentences cut from ``text`` (the prepared text they were split from), or None
    when a span does not fit in it (not ours after all: read again)."""
    out = []
    for start, length, line, paragraph in rows:
        if start < 0 or length < 0 or start + length > len(text):
            return None
        out.append(Sentence(text[start:start + length], start, line, paragraph))
    return tuple(out)


def row_of(n: int):
    def check(row):
        if not isinstance(row, list) or len(row) != n:
            raise ValueError(f"not a row of {n}")
        return row
    return check


def as_list(value) -> list:
    if not isinstance(value, list):
        raise TypeError("not a list")
    return value


def as_str(value) -> str:
    if not isinstance(value, str):
        raise TypeError("not text")
    return value


def as_int(value) -> int:
    if type(value) is not int:
        raise TypeError("not a whole number")
    return value
