"""A large source judged in windows: its sentences taken a window at a time, each window indexed,
judged and let go, the facts' evidence added up across windows and decided once at the end.

A source's index is 10-15 times its text, so a source larger than ``WINDOW_CHARS`` never has it
whole: memory stays a few times the text, whatever its size.  Its windows are smaller still
(``JUDGED_CHARS``): a window's index and the readings its sentences get as they are judged take
some 60 bytes a character, 16 MB for a window of ``WINDOW_CHARS``, where the text of a 20 MB source
takes 20-40.  The verdict is the one the whole text gets, because what judging a sentence needs is
carried or found in its window:

- the sentences are the whole text's (split as one stream, then grouped; a window never cuts one);
- a window closes at a paragraph's end once it is full, so a fact's ``context`` (its paragraph)
  is within it; only a paragraph longer than two windows (text with no line break) is cut
  mid-way, and then a ``context`` term is looked for in the window's part of the paragraph;
- year placement carries the paragraph's last stated year and the quarter in focus from one
  window to the next (``dates.placement.Carry``) (but the nouns a text dates with one year, "the
  2014 disaster", are found in the window alone: a day of that event in another window is placed
  otherwise; a known gap, pinned by an xfail in tests/test_windows.py);
- evidence keeps the source's own lines and offsets, and ``decide`` sees it all at once.

The store keeps a windowed source's results (by its text and the facts, as any source's), never
its index (``index.kept_whole``).
"""

from __future__ import annotations

from array import array
from dataclasses import replace
from typing import Iterator

from .dates.placement import Carry
from .index import build_vocabulary, index_window
from .judge import Prepared, fact_evidence
from .model import Evidence, Fact, Result, Sentence, Source
from .sources import WINDOW_CHARS, iter_sentences, prepared_text
from .verdict import decide

__all__ = ["WINDOW_CHARS", "JUDGED_CHARS", "windowed", "windows", "judge_windows"]

# A large source's window: some 6 MB of index and readings at a time.  The work a window costs beside its
# sentences (its vocabulary, each fact's look-up) is some 4 ms, under 1% of judging 100,000 characters.
JUDGED_CHARS = 100_000


def windowed(source: Source, size: int = WINDOW_CHARS) -> bool:
    """Whether a source is judged in windows (a longer text than one window)."""
    return len(source.text) > size


def windows(source: Source, size: int = JUDGED_CHARS) -> Iterator[Source]:
    """The source a window at a time: each a Source holding the whole text and some of its sentences.

    A window takes sentences until it holds ``size`` characters, then closes where a paragraph
    ends; a paragraph that goes on past twice the size is cut between two of its sentences.
    """
    taken: list[Sentence] = []
    chars = 0
    for sentence in iter_sentences(prepared_text(source.text)):
        if taken and chars >= size and (sentence.paragraph != taken[-1].paragraph or chars >= 2 * size):
            yield replace(source, sentences=tuple(taken))
            taken, chars = [], 0
        taken.append(sentence)
        chars += len(sentence.text)
    if taken:
        yield replace(source, sentences=tuple(taken))


def judge_windows(facts: list[Fact], prepared: list[Prepared], source: Source, size: int = JUDGED_CHARS
                  ) -> Iterator[tuple[int, Result]]:
    """The results of ``facts`` (by position) on ``source`` that are not plainly silent, judged window
    by window: the same as ``judge.judge_fact`` on the whole source's index.  Yielded fact by fact, each
    decided only when asked, so that a caller keeping plain rows never holds every fact's Results."""
    found: list[_Rows | None] = [_Rows() for _ in facts]
    carry = Carry()
    shared: dict = {}
    for window in windows(source, size):
        idx, carry = index_window(window, carry)
        vocabulary = build_vocabulary([idx])
        for k, (fact, ready) in enumerate(zip(facts, prepared)):
            for _, evidence in fact_evidence(fact, [idx], vocabulary, ready):
                found[k].add(evidence, shared)
        del idx, vocabulary  # only one window's index is ever held
    del shared
    for k, fact in enumerate(facts):
        rows, found[k] = found[k], None
        result = decide(source.name, fact, rows.evidence())
        del rows
        if result.verdict != "silent" or result.known:
            yield k, result


class _Rows:
    """A fact's evidence kept until the end of the source, in columns: its line and group as machine integers,
    the rest (quote, value, span, ...) one shared tuple per distinct value of a sentence.  Some 24 bytes a row,
    where a tuple of Python objects took near 200: a large source's evidence can run to many thousand rows, and
    a sentence said again (boilerplate, a text pasted twice) is held once, however many windows quote it."""

    __slots__ = ("lines", "groups", "rest")

    def __init__(self) -> None:
        self.lines, self.groups, self.rest = array("q"), array("q"), []

    def add(self, evidence: list[Evidence], shared: dict) -> None:
        for e in evidence:
            self.lines.append(e.line)
            self.groups.append(e.group)
            rest = (shared.setdefault(e.quote, e.quote), shared.setdefault(e.found, e.found), e.agrees,
                    shared.setdefault(e.span, e.span), e.approx, e.exact, e.aside, e.relative, e.bond, e.far, e.term)
            self.rest.append(shared.setdefault(rest, rest))

    def evidence(self) -> list[Evidence]:
        """The rows as ``decide`` weighs them, in the order they were found (``decide`` adds its own ``aside``)."""
        return [Evidence(line, quote, value, agrees, span, approx, group, exact, aside, relative, bond, far, term)
                for line, group, (quote, value, agrees, span, approx, exact, aside, relative, bond, far, term)
                in zip(self.lines, self.groups, self.rest)]
