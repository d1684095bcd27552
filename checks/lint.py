"""Lint fact files: every problem at once, as `file:line:col: code: message — hint`."""

from __future__ import annotations

from pathlib import Path

from .errors import CheckError, Problem
from .facts import read_facts
from .match import compile_terms
from .index import build_vocabulary, index_all
from .sources import read_folder


def lint(paths: list[Path], seeds: Path | None) -> list[Problem]:
    """Errors and warnings for the fact files under ``paths``, checked against the sources in ``seeds``."""
    sources = None
    problems: list[Problem] = []
    vocabulary = None
    if seeds is not None:
        try:
            folder = read_folder(seeds)
        except CheckError as exc:
            problems.extend(exc.problems)
        else:
            sources = {s.name for s in folder.sources}
            vocabulary = build_vocabulary(index_all(folder.sources))
    facts = []
    for path in paths:
        found, trouble = read_facts(path, sources=sources)
        facts.extend(found)
        problems.extend(trouble)
    if len(paths) > 1:  # duplicates across the paths given
        seen: dict[str, object] = {}
        for fact in facts:
            first = seen.setdefault(fact.id, fact)
            if first is not fact:
                problems.append(Problem(fact.file, fact.line, f"duplicate id '{fact.id}' (also at "
                                        f"{first.file}:{first.line})", "rename one of the two records",
                                        code="duplicate-id"))
    if vocabulary is not None:
        for fact in facts:
            for term in compile_terms(fact.about):
                if not vocabulary.sentences_for((term,)):
                    problems.append(Problem(
                        fact.file, fact.line, f"fact '{fact.id}': about-term '{term.text}' matches nothing "
                        "in any source", "check its spelling, or use the words the sources use",
                        code="about-unmatched", severity="warning"))
    return sorted(problems, key=lambda p: (p.file, p.line, p.column, p.code))


def lint_line(problem: Problem) -> str:
    where = f"{problem.file}:{problem.line}:{problem.column or 1}"
    kind = "" if problem.severity == "error" else " (warning)"
    hint = f" — {problem.hint}" if problem.hint else ""
    return f"{where}: {problem.code}{kind}: {problem.message}{hint}"


def default_paths(paths: list[Path]) -> list[Path]:
    return paths or [Path("facts")]

