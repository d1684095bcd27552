"""Per-source indexing: each source's sentences with their dates, numbers and words, found once (or cached)."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .numbers import numbers, ordinals
from .attribution import Analysed, analyse
from .dates.placement import Carry, SourceDates
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
    """A sentence of a source; its dates and numbers are read only when a fact looks at the sentence (a number
    needs nothing outside its sentence but the sentence's dates; a date's year can come from the sentences before
    it, which ``dating``, shared by the source's sentences, works out as far as it needs)."""

    sentence: Sentence
    dating: SourceDates

    @cached_property
    def dates(self) -> tuple[Mention, ...]:
        return self.dating.of(self.sentence)

    @cached_property
    def numbers(self) -> tuple[Mention, ...]:
        return tuple(numbers(self._flat, self._taken))

    @cached_property
    def ordinals(self) -> tuple[Mention, ...]:
        """Its ranks ("the fourth nation"), each fact keeping those whose noun is one of its units."""
        return tuple(ordinals(self._flat, self._taken()))

    @cached_property
    def _flat(self) -> str:
        """Its text with a line wrapped inside it a space (same offsets): "stage\n5" is "stage 5" to the numbers."""
        return self.sentence.text.replace("\n", " ")

    def _taken(self) -> list[tuple[int, int]]:
        """Where its dates stand (no number is read there): their years need not be placed."""
        return self.dating.spans(self.sentence)

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
        sentence = self.sentence  # (a line wrapped inside it is a space to its grammar too: ``_flat``)
        return analyse(replace(sentence, text=self._flat) if "\n" in sentence.text else sentence, self.words)


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
    if rows is None:
        return None
    dating = SourceDates(rows, source.published)
    return tuple(Indexed(sentence, dating) for sentence in rows), parts[1]


def build_vocabulary(indexes: list[SourceIndex]) -> Vocabulary:
    vocabulary = Vocabulary()
    for i, idx in enumerate(indexes):
        for j, norms in enumerate(idx.norms):
            vocabulary.add(i, j, norms)
    return vocabulary


def index_source(source: Source) -> SourceIndex:
    return _indexed(source, SourceDates(source.sentences, source.published))


def index_window(source: Source, carry: Carry) -> tuple[SourceIndex, Carry]:
    """The index of ``source``'s sentences (a window of a large source: checks/windows.py), its years
    placed from where ``carry`` left off; and what it carries to the next window."""
    dating = SourceDates(source.sentences, source.published, carry)
    return _indexed(source, dating), dating.carry_out()


def _indexed(source: Source, dating: SourceDates) -> SourceIndex:
    return SourceIndex(source, tuple([Indexed(s, dating) for s in source.sentences]),
                       tuple([sentence_norms(s.text) for s in source.sentences]))


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
