"""Per-source indexing: each source's sentences with their dates, numbers and words, found once (or cached)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from .numbers import numbers, ordinals
from .attribution import Analysed, analyse
from .dates.placement import Carry, carried_dates
from .match import Vocabulary, positions_of
from .model import Mention, Sentence, Source
from .store import Store, open_store
from .cache import spans_to_sentences
from .sources import WINDOW_CHARS, prepared_text
from .stream import split_now
from .words import ASCII_WORDS, WORD, Word, normalise, word_pattern, words

__all__ = ["Indexed", "SourceIndex", "index_source", "index_window", "index_sources", "index_all", "build_vocabulary",
           "kept_whole"]


class cached_property:
    """functools.cached_property without its lock: before Python 3.12 it takes a lock, one for every
    instance, on each first reading, and a sentence's words, positions and numbers are each read first
    once per sentence a fact reads.  Nothing here is read from two threads."""

    def __init__(self, work):
        self.work, self.name, self.__doc__ = work, work.__name__, work.__doc__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        value = instance.__dict__[self.name] = self.work(instance)  # found there from now on
        return value


@dataclass(frozen=True)
class Indexed:
    """A sentence with its dates, found once per run (or read from the store); its numbers are read
    only when a fact looks at the sentence (a number needs nothing outside its sentence but the
    sentence's dates, while a date's year can come from the sentences before it)."""

    sentence: Sentence
    dates: tuple[Mention, ...]

    @cached_property
    def numbers(self) -> tuple[Mention, ...]:
        return tuple(numbers(self.sentence.text, [(d.start, d.end) for d in self.dates]))

    @cached_property
    def ordinals(self) -> tuple[Mention, ...]:
        """Its ranks ("the fourth nation"), each fact keeping those whose noun is one of its units."""
        return tuple(ordinals(self.sentence.text, [(d.start, d.end) for d in self.dates]))

    @cached_property
    def words(self) -> tuple[Word, ...]:
        """Its words, where facts' terms are looked for."""
        return words(self.sentence.text)

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Where each word stands (``match.find``'s ``at``): each fact that reads the sentence visits only the words
        that can begin one of its terms, not every word."""
        return positions_of(self.sentence.text)

    @cached_property
    def analysed(self) -> Analysed:
        """Words and clauses: worked out only for sentences where some fact has a value to attribute (most
        sentences that name a fact's term hold none of its values)."""
        return analyse(self.sentence, self.words)


@dataclass(frozen=True)
class SourceIndex:
    source: Source
    sentences: tuple[Indexed, ...]
    norms: tuple[tuple[str, ...], ...]  # each sentence's distinct normalised words, for the Vocabulary

    @cached_property
    def _paragraphs(self) -> dict[int, list[Indexed]]:
        groups: dict[int, list[Indexed]] = {}
        for item in self.sentences:
            groups.setdefault(item.sentence.paragraph, []).append(item)
        return groups

    def paragraph(self, number: int) -> list[Indexed]:
        """The sentences of one paragraph (for a fact's ``context``)."""
        return self._paragraphs.get(number, [])


def index_all(sources: tuple[Source, ...], *, cache_dir: Path | str | None = None) -> list[SourceIndex]:
    """Each source read and indexed once: from the store when its text was seen before (explain, lint and survey;
    a run is indexed shard by shard, in parallel, by checks/shards.py)."""
    return index_sources(sources, store=open_store(cache_dir))


def index_sources(sources, *, store: Store | None = None) -> list[SourceIndex]:
    """Each source indexed in this process, or read from ``store`` when its text was seen before."""
    if store is None:
        return [index_source(split_now(s)) for s in sources]
    keys = [Store.index_key(s.text, s.published) for s in sources]
    found = store.get_indexes(keys)
    out, new = [], []
    for source, key in zip(sources, keys):
        stored = _from_cache(found[key], source) if key in found else None
        if stored is not None:
            out.append(SourceIndex(source, *stored))
        else:
            idx = index_source(split_now(source))
            if kept_whole(source):
                new.append((key, (idx.sentences, idx.norms)))
            out.append(idx)
    store.put_indexes(new)
    return out


def kept_whole(source: Source) -> bool:
    """Whether the store keeps a source's index: not a large one's, which is 10-15 times its text (such
    a source is judged window by window, its results kept in the store; its index is never held whole)."""
    return len(source.text) <= WINDOW_CHARS


def _from_cache(parts, source: Source):
    """(sentences, norms) of a stored index, its sentences cut from the source's text; None if they do not fit."""
    rows = spans_to_sentences(parts[0], prepared_text(source.text))
    return None if rows is None else (tuple(Indexed(*row) for row in rows), parts[1])


def build_vocabulary(indexes: list[SourceIndex]) -> Vocabulary:
    vocabulary = Vocabulary()
    for i, idx in enumerate(indexes):
        for j, norms in enumerate(idx.norms):
            vocabulary.add(i, j, norms)
    return vocabulary


def index_source(source: Source) -> SourceIndex:
    return index_window(source, Carry())[0]


def index_window(source: Source, carry: Carry) -> tuple[SourceIndex, Carry]:
    """The index of ``source``'s sentences (a window of a large source: checks/windows.py), its years
    placed from where ``carry`` left off; and what it carries to the next window."""
    out, norms = [], []
    for sentence, found_dates, carry in carried_dates(source, carry):
        out.append(Indexed(sentence, found_dates or ()))
        norms.append(sentence_norms(sentence.text))
    return SourceIndex(source, tuple(out), tuple(norms)), carry


def sentence_norms(text: str) -> tuple[str, ...]:
    """The distinct normalised words of a sentence, in order: ``words(text)``'s norms, without making
    a Word for each (this runs on every sentence of every source)."""
    pattern = word_pattern(text)
    if text.isascii():  # an ASCII word's norm is its lower case without dots: the sentence is lowered once
        if pattern is not WORD:  # no dotted acronym: split where the words end (a quarter quicker than findall)
            return tuple(dict.fromkeys(text.translate(ASCII_WORDS).split()))
        found = dict.fromkeys(pattern.findall(text.lower()))
        return tuple(dict.fromkeys(w.replace(".", "") for w in found))
    return tuple(dict.fromkeys(map(normalise, pattern.findall(text))))  # normalise interns them
