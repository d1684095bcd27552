"""Small builders for tests: fact files and sources written to a temporary folder."""

from __future__ import annotations

import tempfile
import textwrap
from pathlib import Path

from checks.pipeline import check

# One fact file that most tests can share: the ceasefire, signed on 9 November 2020.
CEASEFIRE_FACTS = """\
facts:
  - id: ceasefire-signed
    claim: The ceasefire was signed on 9 November 2020.
    kind: date
    about: [ceasefire]
    value: 2020-11-09
"""


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def project(tmp_path: Path, facts: str, sources: dict[str, str]) -> tuple[Path, Path]:
    facts_dir, seeds_dir = tmp_path / "facts", tmp_path / "seeds"
    write(facts_dir / "facts.yaml", facts)
    seeds_dir.mkdir(parents=True, exist_ok=True)
    for name, text in sources.items():
        write(seeds_dir / name, text)
    return facts_dir, seeds_dir


def verdicts(tmp_path: Path, facts: str, sources: dict[str, str]) -> dict[str, dict[str, str]]:
    """fact id -> source name -> verdict."""
    report = check(*project(tmp_path, facts, sources))
    return {fr.fact.id: {r.source: r.verdict for r in fr.results} for fr in report.facts}


def one(tmp_path: Path, record: str, text: str, *, published: str | None = None) -> tuple[str, list[str]]:
    """The verdict and found values of a single record against a single source (published on that day, if given)."""
    sources = {"a.txt": text, **({"sources.yaml": f"a.txt:\n  published: {published}\n"} if published else {})}
    report = check(*project(tmp_path, "facts:\n" + textwrap.indent(textwrap.dedent(record), "  "), sources))
    result = report.facts[0].results[0]
    return result.verdict, [e.found for e in result.evidence]


def one_verdict(tmp_path: Path, record: str, text: str, published: str | None = None) -> str:
    """Only the verdict of ``one`` (no publication date for an empty one)."""
    return one(tmp_path, record, text, published=published or None)[0]


def one_fresh(record: str, text: str, *, published: str | None = None) -> tuple[str, list[str]]:
    """``one`` in a folder of its own, for property tests (hypothesis runs many examples in one test, and pytest's
    ``tmp_path`` is one folder per test)."""
    with tempfile.TemporaryDirectory() as d:
        return one(Path(d), record, text, published=published)


def record(kind: str, about: str, value: str, unit: str = "", rivals: str = "") -> str:
    """One fact record: a number's unit with tolerance 0, a name's rivals."""
    return (f"\n- id: f\n  claim: x\n  kind: {kind}\n  about: [{about}]\n  value: {value}\n"
            + (f"  unit: [{unit}]\n  tolerance: 0\n" if unit else "") + (f"  rivals: [{rivals}]\n" if rivals else ""))
