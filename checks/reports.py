"""The discrepancy report as files: what Markdown and HTML share, and writing the set.

``overview`` is the reading of a Report both human formats use (which facts were
checked, which are drafts, the new discrepancies, the stale acknowledgements).
``write_reports`` renders every format first, then writes each file atomically
inside the chosen folder, so a failed run never leaves a half or mixed report.
``append_step_summary`` adds the Markdown to GitHub's job summary, within its size limit.
"""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from .model import FactReport, Report, Result
from .output import OutputError, inside, write_set
from .render import CELLS, cell, render_chunks
from .verdict import is_stale

# format -> file name inside the report folder, in the order they are written
REPORT_FILES = {"md": "discrepancies.md", "html": "discrepancies.html", "json": "discrepancies.json"}

# GitHub refuses a whole job summary over 1024 KiB; keep ours under that with room to spare.
STEP_SUMMARY_LIMIT = 1_000_000

# A fact's status, worst first: what its matrix row is filtered by.
STATUSES = ("differ", "known", "agree", "silent")


def is_draft(fr: FactReport) -> bool:
    return fr.fact.value is None


def status(fr: FactReport) -> str:
    """The worst cell of a fact: differ (new) > known > agree > silent; 'draft' without a value."""
    if is_draft(fr):
        return "draft"
    cells = {cell(r) for r in fr.results}
    return next(s for s in STATUSES if s in cells or s == "silent")


@dataclass(frozen=True)
class Overview:
    report: Report
    checked: tuple[FactReport, ...]  # facts with a value, in report order
    drafts: tuple[FactReport, ...]
    counts: Counter  # cells of the checked facts
    new: tuple[tuple[FactReport, Result], ...]  # unacknowledged discrepancies, in report order
    stale: tuple[tuple[FactReport, Result], ...]  # acknowledged as differing, but no longer differ

    @property
    def silent_facts(self) -> tuple[FactReport, ...]:
        return tuple(fr for fr in self.checked if status(fr) == "silent")

    @property
    def discrepant(self) -> tuple[FactReport, ...]:
        """Facts with a differing source: those with new discrepancies first, then acknowledged only."""
        new = [fr for fr in self.checked if status(fr) == "differ"]
        known = [fr for fr in self.checked if status(fr) == "known"]
        return tuple(new + known)

    def count_line(self) -> str:
        return ", ".join(f"{self.counts[k]} {k}" for k in CELLS)


def overview(report: Report) -> Overview:
    checked = tuple(fr for fr in report.facts if not is_draft(fr))
    drafts = tuple(fr for fr in report.facts if is_draft(fr))
    counts = Counter({k: 0 for k in CELLS})
    counts.update(cell(r) for fr in checked for r in fr.results)
    new = tuple((fr, r) for fr in checked for r in fr.results if cell(r) == "differ")
    stale = tuple((fr, r) for fr in checked for r in fr.results if is_stale(r))
    return Overview(report, checked, drafts, counts, new, stale)


def first_differing(result: Result):
    """The evidence that makes a result differ (or, for agree, the first that agrees)."""
    wanted = result.verdict != "differ"
    return next((e for e in result.evidence if e.agrees == wanted), result.evidence[0] if result.evidence else None)


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"


# ------------------------------------------------------------------ writing the set


def write_reports(report: Report, folder: Path | str, formats=tuple(REPORT_FILES)) -> list[Path]:
    """Render every format, then write each to ``folder`` atomically; the paths written."""
    targets = {fmt: inside(folder, REPORT_FILES[fmt]) for fmt in formats}
    # Each is written to a temporary file first; only when all are written are they renamed into place.
    return write_set({targets[fmt]: render_chunks(report, fmt) for fmt in formats})


def step_summary_text(report: Report, limit: int = STEP_SUMMARY_LIMIT, full_report: str = "") -> str:
    """The Markdown for GitHub's job summary: whole, or its leading sections that fit in ``limit`` bytes."""
    from .markdown import markdown_sections

    sections = markdown_sections(report)
    text = "".join(sections).rstrip("\n") + "\n"  # as to_markdown
    if len(text.encode("utf-8")) <= limit:
        return text
    where = f" in {full_report}" if full_report else " in the Markdown and HTML reports"
    tail = f"\n_The report is longer than a job summary can hold: the rest is{where}._\n"
    out, size = [], len(tail.encode("utf-8"))
    for section in sections:
        n = len(section.encode("utf-8"))
        if size + n > limit:
            break
        out.append(section)
        size += n
    return "".join(out) + tail


def append_step_summary(report: Report, path: Path | str | None = None, full_report: str = "") -> Path | None:
    """Append the Markdown to ``$GITHUB_STEP_SUMMARY`` (or ``path``); None when there is none."""
    target = path or os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    target = Path(target)
    used = target.stat().st_size if target.exists() else 0
    text = step_summary_text(report, max(0, STEP_SUMMARY_LIMIT - used), full_report)
    with open(target, "a", encoding="utf-8", newline="\n") as handle:
        handle.write(text)
    return target


@dataclass(frozen=True)
class Published:
    """What ``publish`` did, for the pytest terminal summary to say."""

    files: tuple[Path, ...] = ()
    summary: Path | None = None
    error: str = ""

    def lines(self, cwd: Path | None = None) -> list[str]:
        if self.error:
            return [f"report: NOT written: {self.error}"]
        out = [f"report: {', '.join(shown(p, cwd) for p in self.files)}"]
        if self.summary:
            out.append(f"report: Markdown appended to the job summary ({shown(self.summary, cwd)})")
        return out


def shown(path: Path, cwd: Path | None = None) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    cwd = (cwd or Path.cwd()).resolve()
    try:
        return Path(path).resolve().relative_to(cwd).as_posix()
    except ValueError:
        return str(path)


def publish(report: Report, folder: Path | str, *, step_summary: Path | str | None = None) -> Published:
    """Write the report set into ``folder`` and, under GitHub Actions, append the Markdown to the job summary.

    Never raises for an unwritable folder: the error is returned for the caller to show.
    """
    try:
        files = tuple(write_reports(report, folder))
    except (OSError, OutputError) as exc:
        return Published(error=f"{folder}: {exc}")
    try:
        summary = append_step_summary(report, step_summary, full_report=shown(files[0]))
    except OSError as exc:
        return Published(files, error=f"job summary: {exc}")
    return Published(files, summary)
