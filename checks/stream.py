"""A sources folder read in shards: listed once (names, metadata, what is not a source), each
shard's texts read where it is checked, so a run never holds every text at once.

``list_folder`` + ``read_entries`` + ``folder_of`` (in ``sources``) are ``read_folder`` cut where
the texts are read; this module adds what a shard needs on top: a Read without its text, and
sentences split only when a source is judged.
"""

from __future__ import annotations

from dataclasses import replace

from .model import Source
from .sources import (UNSPLIT, Entry, Listing, Read, folder_of, list_folder, read_entries, prepared_text,
                      split_sentences)

__all__ = ["Entry", "Listing", "list_folder", "read_entries", "Read", "folder_of", "light", "split_now"]


def light(read: Read) -> Read:
    """A Read without its text (what a shard sends back: name, date and outlet are enough)."""
    source = read.source
    if source is None or (source.text == "" and source.sentences == () and type(source.outlet) is str):
        return read  # already light (a file not read: shards.stub)
    # plain str: sources.yaml's values are str subclasses that do not travel by pickle
    kept = replace(source, text="", sentences=(), outlet=str(source.outlet) if source.outlet else source.outlet)
    return Read(read.order, read.name, kept, read.why, read.note)


def split_now(source: Source) -> Source:
    """A source read with ``split=False``, with its sentences (exactly what make_source gives)."""
    if source.sentences is not UNSPLIT:
        return source
    return replace(source, sentences=split_sentences(prepared_text(source.text)))
