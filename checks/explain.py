"""Why a fact got its verdicts: every sentence and candidate value the engine considered."""

from __future__ import annotations

from dataclasses import replace

from .index import SourceIndex
from .judge import Candidate, Prepared, attributed, candidates, prepare, relevant
from .kinds import KINDS
from .match import find
from .model import Fact
from .report.overview import expected_words, value_words
from .safe_text import terminal, terminal_quote
from .verdict import ONLY_VALUE, aside_rule, weigh


def excluded_lines(fact: Fact, idx: SourceIndex, prepared, sentences) -> list[str]:
    """The sentences a fact's ``context``/``unless`` kept out of ``sentences``, and why."""
    if not (prepared.context or prepared.unless):
        return []
    kept, out = {id(item) for item, _ in sentences}, []
    for item, _ in relevant(idx, replace(prepared, context=(), unless=())):
        if id(item) not in kept:
            an = item.analysed
            barred = find(an.words, an.sentence.text, prepared.unless) if prepared.unless else []
            why = (f"unless: mentions '{an.sentence.text[barred[0].start:barred[0].end]}'" if barred
                   else "context: its paragraph mentions none of " + ", ".join(fact.context))
            out.append(f"  line {an.sentence.line} excluded ({why}): {terminal_quote(an.sentence.text)}")
    return out


def explain_lines(fact: Fact, indexes: list[SourceIndex], *, source: str | None = None,
                  story: frozenset[str] = frozenset(), prepared: Prepared | None = None) -> list[str]:
    """One line each (names, sentences and values from the files shown escaped: safe to print); ``story``: the
    earliest year of the dated facts in the fact's file (``judge.story_times``), as the checks use it; ``prepared``:
    the fact as the checks prepare it among the others (``judge.prepare_all``), which sets ``story`` aside."""
    return [terminal(line) for line in _explained(fact, indexes, source, prepared or prepare(fact, story=story))]


def _explained(fact: Fact, indexes: list[SourceIndex], source: str | None, prepared: Prepared) -> list[str]:
    out = [f"{fact.id} ({fact.file}:{fact.line}) {fact.kind}, expected {expected_words(fact)}"]
    for idx in indexes:
        if source and idx.source.name != source:
            continue
        out.append(f"{idx.source.name}:")
        sentences = relevant(idx, prepared)
        out.extend(excluded_lines(fact, idx, prepared, sentences))
        if not sentences:
            out.append("  no sentence mentions an about-term: silent")
            continue
        found = candidates(fact, idx, prepared)
        verdict, weighed = weigh(fact, attributed(found))
        asides = {(e.line, e.span): e.aside for e in weighed if e.aside}
        taken = {(c.line, c.span) for c in found if c.unlinked} if verdict == "agree" and not any(
            c.attached for c in found) else set()
        by_sentence: dict[int, list[Candidate]] = {}
        for c in found:
            by_sentence.setdefault(id(c.sentence), []).append(c)
        for item, hits in sentences:
            out.extend(_sentence_lines(fact, idx, item, hits, by_sentence.get(id(item), []), asides, taken))
        out.append(f"  verdict: {verdict}" + (f" ({len(asides)} possible conflict{'s' if len(asides) > 1 else ''}"
                                                      f" set aside)" if asides else ""))
    return out


def _sentence_lines(fact: Fact, idx: SourceIndex, item, hits, mine: list[Candidate], asides: dict,
                    taken: set) -> list[str]:
    """A relevant sentence, then each candidate value in it: its state, why, and the rule that said so."""
    terms = ", ".join(sorted({h.term.text for h in hits}))
    text = item.analysed.sentence.text
    out = [f"  line {item.analysed.sentence.line} (mentions {terms}): {terminal_quote(text)}"]
    if not mine:
        out.append(f"    no {fact.kind} value in this sentence")
        kind = KINDS[fact.kind]
        unresolved = kind.unresolved(text) if kind.unresolved and idx.source.published is None else []
        if unresolved:
            out.append(f"    {', '.join(repr(t) for t in unresolved)}: relative, but {idx.source.name} has no "
                       f"published date to count from (add it to sources.yaml beside the sources)")
    for c in mine:
        if c.agrees is None or not c.attached:
            state = "set aside"
        else:
            state = "agrees" if c.agrees else "DIFFERS"
        out.append(f"    {value_words(fact, str(c.found)):<16} {state:<9} {c.why} [{c.rule}]")
        # the verdict's reason, or the candidate's own when no verdict kept it (a silent cell of loose conflicts)
        aside = (asides.get((c.line, c.span)) or c.aside) if c.attached and c.agrees is False else None
        if (c.line, c.span) in taken:  # a value set aside that only_value took
            out.append(f"    {'':<16} {'':<9} but {ONLY_VALUE} [only_value]")
        if aside:
            out.append(f"    {'':<16} {'':<9} but {aside} [{aside_rule(aside)}]")
    return out
