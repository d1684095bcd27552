"""The discrepancy report as files: writing the set, and GitHub's job summary.

``write_reports`` renders every format into a staging folder inside the chosen folder, then
renames the complete set into place, so a failed or killed run never leaves a half or mixed report
(``output.write_folder_set``).  ``append_step_summary`` adds the Markdown to GitHub's job summary,
within its size limit, all or nothing.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from ..model import Report
from .markdown import markdown_sections
from .output import OutputError, inside, not_written, write_folder_set
from .render import render_chunks

# format -> file name inside the report folder, in the order they are written
REPORT_FILES = {"md": "discrepancies.md", "html": "discrepancies.html", "json": "discrepancies.json"}

# GitHub refuses a whole job summary over 1024 KiB; keep ours under that with room to spare.
STEP_SUMMARY_LIMIT = 1_000_000


def write_reports(report: Report, folder: Path | str, formats=tuple(REPORT_FILES), *,
                  max_sources: int | None = None) -> list[Path]:
    """Render every format, then write the set to ``folder``: the old set or the new, never a mix.
    ``max_sources``: the ``detail_max_sources`` setting (None: each format's default)."""
    targets = {fmt: inside(folder, REPORT_FILES[fmt]) for fmt in formats}
    parents = {target.parent for target in targets.values()}
    if len(parents) != 1:
        raise OutputError("the report files must share one folder")
    # Each is written into a staging folder first; only when all are written are they renamed into place.
    return write_folder_set(parents.pop(), {targets[fmt].name: render_chunks(report, fmt, max_sources)
                                                 for fmt in formats},
                            prefix=".discrepancies.")


def step_summary_text(report: Report, limit: int = STEP_SUMMARY_LIMIT, full_report: str = "",
                      max_sources: int | None = None) -> str:
    """The Markdown for GitHub's job summary: whole, or its leading sections that fit in ``limit`` bytes."""
    sections = markdown_sections(report, max_sources)
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


def append_step_summary(report: Report, path: Path | str | None = None, full_report: str = "",
                        max_sources: int | None = None) -> Path | None:
    """Append the Markdown to ``$GITHUB_STEP_SUMMARY`` (or ``path``); None when there is none."""
    target = path or os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return None
    target = Path(target)
    used = target.stat().st_size if target.exists() else 0
    data = step_summary_text(report, max(0, STEP_SUMMARY_LIMIT - used), full_report, max_sources).encode("utf-8")
    # All or nothing: appended in one write; if the disk fills part way, cut back to where it was.
    fd = os.open(target, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o666)
    try:
        before = os.fstat(fd).st_size
        try:
            view = memoryview(data)
            while view:
                view = view[os.write(fd, view):]
        except OSError as exc:
            try:
                os.ftruncate(fd, before)
            except OSError:
                pass
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
    finally:
        os.close(fd)
    return target


@dataclass(frozen=True)
class Published:
    """What ``publish`` did, for the pytest terminal summary to say."""

    files: tuple[Path, ...] = ()
    summary: Path | None = None
    error: str = ""  # the report files were not written: "NOT written: PATH: why — what to do"
    summary_error: str = ""  # they were, but the job summary could not be appended to

    def lines(self, cwd: Path | None = None) -> list[str]:
        if self.error:
            return [f"report: {self.error}"]
        out = [f"report: {', '.join(shown(p, cwd) for p in self.files)}"]
        if self.summary:
            out.append(f"report: Markdown appended to the job summary ({shown(self.summary, cwd)})")
        if self.summary_error:
            out.append(f"report: job summary NOT appended: {self.summary_error} — it was left as it was; "
                       "the report files above were written")
        return out

    @property
    def failed(self) -> bool:
        return bool(self.error or self.summary_error)


def shown(path: Path, cwd: Path | None = None) -> str:
    """A path as the user would type it: relative to the working folder when inside it."""
    cwd = (cwd or Path.cwd()).resolve()
    try:
        return Path(path).resolve().relative_to(cwd).as_posix()
    except ValueError:
        return str(path)


def publish(report: Report, folder: Path | str, *, step_summary: Path | str | None = None,
            max_sources: int | None = None) -> Published:
    """Write the report set into ``folder`` and, under GitHub Actions, append the Markdown to the job summary.

    Never raises for an unwritable folder: the error is returned for the caller to show.
    """
    try:
        files = tuple(write_reports(report, folder, max_sources=max_sources))
    except (OSError, OutputError) as exc:
        return Published(error=not_written(exc))  # as the CLI says it
    try:
        summary = append_step_summary(report, step_summary, full_report=shown(files[0]), max_sources=max_sources)
    except OSError as exc:
        where = exc.filename or step_summary or os.environ.get("GITHUB_STEP_SUMMARY")
        return Published(files, summary_error=f"{where}: {exc.strerror or exc}")
    return Published(files, summary)
