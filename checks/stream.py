"""A sources folder read in shards: listed once (names, metadata, what is not a source), each
shard's texts read where it is checked, so a run never holds every text at once.

``list_folder`` + ``read_entries`` give exactly what ``sources.read_folder`` gives (the same
sources, notes in the same order, the same skipped files; ``tests/test_stream.py`` holds them
to it): they are its loop, cut where the texts are read.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .model import Source
from .sources import (DEFAULT_MAX_MB, METADATA, PAGE_SUFFIXES, TEXT_SUFFIXES, SourceFolder, _classify, _read,
                      _walk, make_source, missing_folder, one_source_file, read_metadata, shown_name)

__all__ = ["Entry", "Listing", "list_folder", "read_entries", "Read", "folder_of", "light", "split_now"]


@dataclass(frozen=True)
class Entry:
    order: int  # position among every entry of the folder, by name (notes keep this order)
    name: str
    path: str
    meta: tuple[tuple[str, object], ...]  # from sources.yaml


@dataclass(frozen=True)
class Listing:
    root: str
    entries: tuple[Entry, ...]  # the files to read, by name
    head: tuple[str, ...]  # notes before any entry's (sources.yaml's own)
    notes: tuple[tuple[int, str], ...]  # (order, note) of entries that are not sources
    skipped: tuple[tuple[int, str, str], ...]  # (order, name, why) found while listing
    ignored: tuple[str, ...]
    meta_names: tuple[str, ...]  # names sources.yaml describes
    max_mb: float


@dataclass(frozen=True)
class Read:
    """One entry, read: its source, or why it was skipped; and its note."""

    order: int
    name: str
    source: Source | None
    why: str
    note: str


def list_folder(folder: Path | str, *, max_mb: float = DEFAULT_MAX_MB) -> Listing:
    root = Path(folder)
    if root.is_file():  # one file is a corpus of one source, without sources.yaml
        entry = Entry(0, one_source_file(root), str(root), ())
        return Listing(str(root.parent), (entry,), (), (), (), (), (), max_mb)
    if not root.is_dir():
        raise missing_folder(root)
    meta, head = read_metadata(root)
    entries, notes, skipped, ignored = [], [], [], []
    base = root.resolve()
    paths, unreadable = _walk(root)
    if root in unreadable:
        skipped.append((-1, "./", unreadable[root]))
    for order, path in enumerate(sorted(paths, key=lambda p: shown_name(p.relative_to(root).as_posix()))):
        name = shown_name(path.relative_to(root).as_posix())
        kind, why = _classify(path, base)
        if kind == "note":
            notes.append((order, f"{name}: {why}"))
        elif kind == "skip" or path in unreadable:
            skipped.append((order, f"{name}/" if path in unreadable else name, why or unreadable[path]))
        elif kind == "file" and name != METADATA:
            if path.suffix.lower() in TEXT_SUFFIXES + PAGE_SUFFIXES:
                entries.append(Entry(order, name, str(path), _plain(meta.get(name, {}))))
            else:
                ignored.append(name)
    return Listing(str(root), tuple(entries), tuple(head), tuple(notes), tuple(skipped), tuple(ignored),
                   tuple(meta), max_mb)


def _plain(meta: dict) -> tuple:
    """sources.yaml's values as plain values: its scalars are str subclasses that do not travel by pickle."""
    return tuple((key, str(value) if isinstance(value, str) else value) for key, value in meta.items())


def light(read: Read) -> Read:
    """A Read without its text (what a shard sends back: name, date and outlet are enough)."""
    if read.source is None:
        return read
    source = read.source  # plain str: sources.yaml's values are str subclasses that do not travel by pickle
    kept = replace(source, text="", sentences=(), outlet=str(source.outlet) if source.outlet else source.outlet)
    return Read(read.order, read.name, kept, read.why, read.note)


def read_entries(entries, max_mb: float = DEFAULT_MAX_MB, *, split: bool = True) -> list[Read]:
    """Each entry read; ``split=False`` leaves the sentences to ``split_now`` (a source whose results
    are all in the store is never split)."""
    out = []
    for entry in entries:
        path = Path(entry.path)
        why, text, note = _read(path, path.suffix.lower(), max_mb)
        source = None
        if not why:
            source = make_source(entry.name, text if split else "", notes=(note,) if note else (), **dict(entry.meta))
            source = source if split else replace(source, text=_lines(text), sentences=UNSPLIT)
        out.append(Read(entry.order, entry.name, source, why, "" if why else note))
    return out


UNSPLIT = None  # a source read with split=False: its sentences are made by split_now


def _lines(text: str) -> str:
    return make_source("", text).text if "\r" in text else text  # line breaks as make_source has them


def split_now(source: Source) -> Source:
    """A source read with ``split=False``, with its sentences (exactly what make_source gives)."""
    if source.sentences is not UNSPLIT:
        return source
    return replace(source, sentences=make_source(source.name, source.text).sentences)


def folder_of(listing: Listing, reads: list[Read]) -> SourceFolder:
    """The SourceFolder ``read_folder`` gives, from the listing and every entry's Read (texts may be
    left out of ``reads``' sources: only names, dates and outlets are used here)."""
    by_order = sorted([(order, "note", note) for order, note in listing.notes]
                      + [(r.order, "read", r) for r in reads]
                      + [(order, "skip", (name, why)) for order, name, why in listing.skipped])
    notes, skipped, sources = list(listing.head), [], []
    for _, what, item in by_order:
        if what == "note":
            notes.append(item)
        elif what == "skip":
            skipped.append(item)
        elif item.source is None:
            skipped.append((item.name, item.why))
        else:
            sources.append(item.source)
            if item.note:
                notes.append(f"{item.source.name}: {item.note}")
    if listing.ignored:
        notes.append(f"not sources (only {', '.join(TEXT_SUFFIXES + PAGE_SUFFIXES)} are read): "
                     f"{', '.join(listing.ignored)}")
    notes.extend(f"{name}: SKIPPED, {why}" for name, why in skipped)
    names = {s.name for s in sources}
    notes.extend(f"{METADATA}: '{name}' is not a source in this folder" for name in listing.meta_names
                 if name not in names)
    return SourceFolder(tuple(sources), tuple(notes), tuple(skipped))
