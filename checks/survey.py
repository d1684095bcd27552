"""Survey a question before a record exists: which values of a kind do the sources give for these terms?

Dates and numbers are the values the engine reads in every sentence. A name (kind party or
place) has no list to look for before the record exists, so the survey offers each run of
capitalised words in a relevant sentence ("Armenian President", "Lachin", "the Kremlin") to the
same attribution rules the record's names would meet. A relevant sentence that attaches no
value is shown too ("mentions the term; no value attached"), so a source listed as silent is
one with no relevant sentence at all.
"""

from __future__ import annotations

from collections import defaultdict

from .attribution import attach_name
from .explain import excluded_lines
from .index import SourceIndex
from .judge import candidates, prepare, relevant
from .lang.calendar import CALENDAR_WORDS
from .kinds import KINDS
from .lang.grammar import FUNCTION_WORDS, NAME_PARTICLES
from .lang.titles import OFFICE_WORDS
from .match import Hit, Term
from .model import Fact
from .safe_text import terminal, terminal_quote

def survey(terms: tuple[str, ...], kind: str, indexes: list[SourceIndex], *,
           context: tuple[str, ...] = (), unless: tuple[str, ...] = ()) -> tuple[list[str], str]:
    """Per source the relevant sentences and attributed values; and one line clustering sources by value
    (names, sentences and values from the files shown escaped: safe to print)."""
    probe = Fact(id="survey", claim="(survey)", kind=kind, about=terms, value=None, file="-", line=0,
                 context=context, unless=unless)
    prepared = prepare(probe)
    lines: list[str] = []
    clusters: dict[str, list[str]] = defaultdict(list)
    silent, unattached = [], []
    for idx in indexes:
        sentences = relevant(idx, prepared)
        found = _names(idx, sentences) if KINDS[kind].names else _values(probe, idx, prepared)
        found = [(KINDS[kind].words(value), line, text) for value, line, text in found]
        values = list(dict.fromkeys(value for value, _, _ in found))
        state = ", ".join(values) if values else ("mentions the terms; no value attached" if sentences else "silent")
        lines.append(f"{idx.source.name}: {state}")
        lines.extend(excluded_lines(probe, idx, prepared, sentences))
        for value, line, text in found:
            lines.append(f"  line {line}: {value}  \"{terminal_quote(text)}\"")
        with_value = {line for _, line, _ in found}
        for item, _ in sentences:
            if item.analysed.sentence.line not in with_value:
                lines.append(f"  line {item.analysed.sentence.line}: mentions the term; no value attached  "
                             f"\"{terminal_quote(item.analysed.sentence.text)}\"")
        for value in values:
            clusters[value].append(idx.source.name)
        if not values:
            (unattached if sentences else silent).append(idx.source.name)
    return [terminal(line) for line in lines], terminal(_cluster_line(clusters, unattached, silent))


def _cluster_line(clusters: dict[str, list[str]], unattached: list[str], silent: list[str]) -> str:
    order = sorted(clusters, key=lambda v: (-len(clusters[v]), v))
    parts = [f"{value}: {', '.join(clusters[value])}" for value in order]
    if unattached:
        parts.append(f"no value attached: {', '.join(unattached)}")
    if silent:
        parts.append(f"silent: {', '.join(silent)}")
    return " · ".join(parts)


def _values(probe: Fact, idx: SourceIndex, prepared) -> list[tuple[str, int, str]]:
    """Dates and numbers the engine attributes to the terms: (value, line, sentence)."""
    return [(c.found, c.line, c.sentence.sentence.text) for c in candidates(probe, idx, prepared) if c.attached]


def _names(idx: SourceIndex, sentences) -> list[tuple[str, int, str]]:
    """Names, titles and places attached to the terms: each capitalised run put to the name rules."""
    out = []
    for item, hits in sentences:
        an = item.analysed
        for first, last in _capitalised_runs(an.words, an.sentence.text, hits):
            text = an.sentence.text[an.words[first].start:an.words[last].end]
            hit = Hit(Term(text, tuple(w.norm for w in an.words[first:last + 1]), False), first, last,
                      an.words[first].start, an.words[last].end)
            if attach_name(an, hit, hits).attached:
                out.append((text, an.sentence.line, an.sentence.text))
    return out


def _capitalised_runs(ws, text: str, hits) -> list[tuple[int, int]]:
    """(first, last) word of each run of capitalised words outside the about-terms ("Prime Minister",
    "Bank of England"), joined only by spaces, hyphens, an initial's dot and name particles ("of",
    "bin"); function words, calendar words and a lone capitalised word opening the sentence
    ("Similarly") left out."""
    taken = {i for h in hits for i in range(h.first, h.last + 1)}
    particles = (NAME_PARTICLES | {"of"}) - {"and", "y", "e", "i"}

    def name(i: int) -> bool:
        w = ws[i]
        return i not in taken and w.capitalised and w.norm not in CALENDAR_WORDS and w.norm not in FUNCTION_WORDS

    runs: list[list[int]] = []
    for i in range(len(ws)):
        joined = bool(runs) and runs[-1][-1] == i - 1 and text[ws[i - 1].end:ws[i].start] in _JOINS
        if name(i) or (joined and ws[i].norm in particles and i + 1 < len(ws) and name(i + 1)):
            if joined:
                runs[-1].append(i)
            else:
                runs.append([i])
    starts = {h.first for h in hits}
    for r in runs:  # "Armenian Prime Minister Nikol" before "Pashinyan": Nikol is his first name
        if len(r) > 1 and r[-1] + 1 in starts and ws[r[-1]].norm not in OFFICE_WORDS:
            r.pop()
    return [(r[0], r[-1]) for r in runs if not (r[0] == 0 and len(r) == 1)]


_JOINS = (" ", "-", "\u00a0", ". ")
