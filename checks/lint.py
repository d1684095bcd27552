"""Lint fact files: every problem at once, as `file:line:col: code: message — hint`."""

from __future__ import annotations

from pathlib import Path

from .errors import CheckError, Problem
from .facts import duplicate_ids, read_facts
from .match import Vocabulary, compile_terms
from .safe_text import terminal
from .index import build_vocabulary, index_all
from .sources import read_folder


def lint(paths: list[Path], seeds: Path | None) -> list[Problem]:
    """Errors and warnings for the fact files under ``paths``, checked against the sources in ``seeds``."""
    sources, vocabulary, problems, unlisted = _sources(seeds)
    facts = []
    for path in paths:
        found, trouble = read_facts(path, sources=sources, unlisted=unlisted)
        facts.extend(found)
        problems.extend(trouble)
    if len(paths) > 1:  # duplicates across the paths given (read_facts found those within each)
        problems.extend(p for p in duplicate_ids(facts) if p not in problems)
    if vocabulary is not None:
        problems.extend(_unmatched_terms(facts, vocabulary))
    return sorted(problems, key=lambda p: (p.file, p.line, p.column, p.code))


def _sources(seeds: Path | None) -> tuple[set[str] | None, Vocabulary | None, list[Problem], tuple[str, ...]]:
    """The source names and their vocabulary (None, None without a sources folder), its problems, and the
    folders in it that could not be listed."""
    if seeds is None:
        return None, None, [], ()
    try:
        folder = read_folder(seeds)
    except CheckError as exc:
        return None, None, list(exc.problems), ()
    # a source that could not be read is named (inside the folder, or the folder itself): the checks ran without it
    here = str(seeds).rstrip("/") + "/"
    skipped = [Problem(name if name == here else here + name, 0, f"SKIPPED, {why}",
                       "`known` names and about-terms were checked without it", code="source-skipped",
                       severity="warning") for name, why in folder.skipped]
    # with none of its files read, no about-term can match anything: say so once (above), not per term
    vocabulary = None if "" in folder.unlisted else build_vocabulary(index_all(folder.sources))
    return {s.name for s in folder.sources}, vocabulary, skipped, folder.unlisted


def _unmatched_terms(facts, vocabulary: Vocabulary) -> list[Problem]:
    """A warning for each about-term no source sentence matches (a misspelling, or the wrong words)."""
    return [Problem(fact.file, fact.line, f"fact '{fact.id}': about-term '{term.text}' matches nothing "
                    "in any source", "check its spelling, or use the words the sources use",
                    code="about-unmatched", severity="warning")
            for fact in facts for term in compile_terms(fact.about) if not vocabulary.sentences_for((term,))]


def lint_line(problem: Problem) -> str:
    """The problem on one line; what it quotes from the file (a key, an id, a value) shown escaped."""
    where = f"{problem.file}:{problem.line}:{problem.column or 1}" if problem.line else problem.file
    kind = "" if problem.severity == "error" else " (warning)"
    hint = f" — {problem.hint}" if problem.hint else ""
    return terminal(f"{where}: {problem.code}{kind}: {problem.message}{hint}")
