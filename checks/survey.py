"""Survey a question before a record exists: which values of a kind do the sources give for these terms?"""

from __future__ import annotations

from collections import defaultdict

from .model import Fact
from .explain import excluded_lines
from .index import SourceIndex
from .judge import candidates, prepare, relevant


def survey(terms: tuple[str, ...], kind: str, indexes: list[SourceIndex], *,
           context: tuple[str, ...] = (), unless: tuple[str, ...] = ()) -> tuple[list[str], str]:
    """Per source the relevant sentences and attributed values; and one line clustering sources by value."""
    probe = Fact(id="survey", claim="(survey)", kind=kind, about=terms, value=None, file="-", line=0,
                 context=context, unless=unless)
    prepared = prepare(probe)
    lines: list[str] = []
    clusters: dict[str, list[str]] = defaultdict(list)
    silent: list[str] = []
    for idx in indexes:
        found = [c for c in candidates(probe, idx, prepared) if c.attached]
        values = list(dict.fromkeys(c.found for c in found))
        lines.append(f"{idx.source.name}: {', '.join(values) if values else 'silent'}")
        lines.extend(excluded_lines(probe, idx, prepared, relevant(idx, prepared)))
        for c in found:
            lines.append(f"  line {c.line}: {c.found}  \"{c.sentence.sentence.text}\"")
        for value in values:
            clusters[value].append(idx.source.name)
        if not values:
            silent.append(idx.source.name)
    order = sorted(clusters, key=lambda v: (-len(clusters[v]), v))
    parts = [f"{value}: {', '.join(clusters[value])}" for value in order]
    if silent:
        parts.append(f"silent: {', '.join(silent)}")
    return lines, " · ".join(parts)
