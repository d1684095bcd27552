"""The facts x sources matrix for a terminal of a given width, as coloured pieces.

Sources are numbered across the top, with a key below. When they do not fit in the width the
matrix comes in pages of as many sources as fit (sources 1-25, 26-50, ...); past
``detail_max_sources`` sources (``[tool.fact-checks]``; 100 by default) each fact gets one line of
counts and names the sources that differ, and the full matrix is left to the report files. Each line is a list of (text, colour) pieces: the caller writes them
with or without colour (pytest's ``--color``).
"""

from __future__ import annotations

from .model import Report
from .report.overview import CELLS, LEGEND, SYMBOLS, cell, detail_limit, detailed, fact_counts, said, summary
from .safe_text import terminal

COLOURS = {"agree": "green", "differ": "red", "known": "yellow", "silent": ""}
ID_WIDTH = 30

Piece = tuple[str, str]  # (text, colour name or "")
Line = list[Piece]


def matrix(report: Report, width: int = 80, max_sources: int | None = None) -> list[Line]:
    """The matrix within ``width`` columns (paged; counted per fact past ``max_sources`` sources, None: the
    default), its key, legend and summary."""
    if not report.facts:
        return [[("no facts checked", "")]]
    id_width = max(8, min(ID_WIDTH, max(len(fr.fact.id) for fr in report.facts), width // 3))
    per_page = max(1, (width - id_width - 2) // 3)
    n = len(report.sources)
    pages = [range(start, min(n, start + per_page)) for start in range(0, n, per_page)] or [range(0)]
    if not detailed(report, "terminal", max_sources):
        lines = _counted(report, id_width, width, detail_limit("terminal", max_sources))
    else:
        lines = [line for k, page in enumerate(pages) for line in _page(report, page, id_width, k, len(pages))]
        lines += _key(report, width)
    return lines + [[(LEGEND, "")], [(summary(report), "")]]


def _clip(text: str, width: int) -> str:
    text = terminal(text)
    return text if len(text) <= width else text[: max(1, width - 1)] + "…"


def _page(report: Report, page: range, id_width: int, k: int, pages: int) -> list[Line]:
    out: list[Line] = []
    if pages > 1:
        out.append([(f"sources {page.start + 1}-{page.stop} of {len(report.sources)}:", "")])
    out.append([(" " * id_width + "  " + " ".join(f"{i + 1:>2}"[-2:] for i in page), "")])
    for fr in report.facts:
        line: Line = [(f"{_clip(fr.fact.id, id_width):<{id_width}} ", "")]
        results = fr.results
        # a large run's packed findings unpacked once per row, not once per cell
        row = results.window(page) if hasattr(results, "window") else [results[i] for i in page]
        for result in row:
            verdict = cell(result)
            line.append((f" {SYMBOLS[verdict]:>2}", COLOURS[verdict]))
        out.append(line)
    out.append([("", "")])
    return out


def _key(report: Report, width: int) -> list[Line]:
    outlets = dict(report.outlets)
    out = []
    for i, name in enumerate(report.sources):
        extra = f" ({outlets[name]})" if name in outlets else ""
        out.append([(_clip(f"{i + 1:>2}: {name}{extra}", width), "")])
    return out


def _counted(report: Report, id_width: int, width: int, limit: int) -> list[Line]:
    """One line per fact: its counts, and the sources that differ (too many sources for a matrix)."""
    out: list[Line] = [[(_clip(f"{len(report.sources)} sources are too many to show one by one "
                               f"(detail_max_sources = {limit}):", width), "")],
                       [(_clip("per fact: counts, and the sources that differ (full matrix: the report files)",
                               width), "")]]
    for fr in report.facts:
        c = fact_counts(fr)
        line: Line = [(f"{_clip(fr.fact.id, id_width):<{id_width}}  ", "")]
        for k in CELLS:
            line.append((f"{c[k]} {k}", COLOURS[k] if c[k] and k != "silent" else ""))
            line.append(("  " if k != CELLS[-1] else "", ""))
        out.append(line)
        differing = [r.source for r in said(fr) if cell(r) == "differ"]
        if differing:
            shown = ", ".join(differing[:5]) + (f" and {len(differing) - 5} more" if len(differing) > 5 else "")
            out.append([(_clip(f"  differ: {shown}", width), "red")])
    out.append([("", "")])
    return out
