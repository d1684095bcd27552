"""The reading of a Report every format shares: its cells, symbols and words, and an overview.

A cell is one fact x source verdict as a reader sees it (a differ that is acknowledged
is 'known'); a fact's status is its worst cell.  ``overview`` is what the human formats
(Markdown, HTML) report: which facts were checked, which are drafts, the new
discrepancies, the stale acknowledgements.

This is the bottom of the report layer: it imports no format.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from functools import cached_property

from ..kinds import KINDS
from ..model import Evidence, Fact, FactReport, Report, Result
from ..model import said as model_said
from ..verdict import is_stale

TITLE = "Fact consistency report"
CELLS = ("agree", "differ", "known", "silent")
SYMBOLS = {"agree": "+", "differ": "X", "known": "k", "silent": "."}
LEGEND = "+ agree   X differs (new)   k differs (acknowledged)   . silent"
WORDS = {"differ": "differs", "known": "differs, acknowledged", "agree": "agrees", "silent": "silent"}
SILENT_NAMES = 10  # silent sources named per fact before "and N more"

# How many sources each output shows one by one (a matrix column, a terminal cell) before its matrix
# counts each fact's verdicts instead: the default of each when ``detail_max_sources``
# ([tool.fact-checks], --detail-max-sources) is not set.  JSON and JSON lines always hold every result.
DETAIL_DEFAULTS = {"terminal": 100, "md": 40, "html": 60}

# A fact's status, worst first: what its matrix row is filtered by.
STATUSES = ("differ", "known", "agree", "silent")


def cell(result: Result) -> str:
    """The matrix cell of one result: a differ that is acknowledged shows as 'known'."""
    return "known" if result.verdict == "differ" and result.known else result.verdict


def counts(report: Report) -> Counter:
    tally = Counter()
    for fr in report.facts:
        tally.update(fact_counts(fr))
    return +tally


def summary(report: Report) -> str:
    """'33 facts x 5 sources: 84 agree, 0 differ, 4 known, 77 silent': the last line of every matrix."""
    c = counts(report)
    return f"{len(report.facts)} facts x {len(report.sources)} sources: " + ", ".join(f"{c[k]} {k}" for k in CELLS)


def said(fr: FactReport) -> list[Result]:
    """A fact's results that are not plainly silent, in source order (``model.said``)."""
    return model_said(fr.results)


def fact_counts(fr: FactReport) -> Counter:
    """A fact's cells counted (every one of CELLS, zeros included), without visiting its silent results."""
    found = said(fr)
    tally = Counter({k: 0 for k in CELLS})
    tally.update(cell(r) for r in found)
    tally["silent"] += len(fr.results) - len(found)
    return tally


def detailed(report: Report, output: str, max_sources: int | None = None) -> bool:
    """Whether ``output`` ("terminal", "md", "html") shows every source of ``report`` one by one, or counts
    verdicts per fact: more sources than ``max_sources`` (None: that output's default) are counted."""
    return len(report.sources) <= detail_limit(output, max_sources)


def detail_limit(output: str, max_sources: int | None = None) -> int:
    """How many sources ``output`` shows one by one: ``max_sources``, else that output's default."""
    return DETAIL_DEFAULTS[output] if max_sources is None else max_sources


def is_draft(fr: FactReport) -> bool:
    return fr.fact.value is None


def status(fr: FactReport) -> str:
    """The worst cell of a fact: differ (new) > known > agree > silent; 'draft' without a value."""
    if is_draft(fr):
        return "draft"
    cells = {cell(r) for r in said(fr)}  # a plainly silent cell changes no status: not walked
    return next(s for s in STATUSES if s in cells or s == "silent")


def now_does(result: Result) -> str:
    """What a stale acknowledgement's source does now that it no longer differs."""
    return "now agrees" if result.verdict == "agree" else "is now silent"


@dataclass(frozen=True)
class Overview:
    report: Report
    checked: tuple[FactReport, ...]  # facts with a value, in report order
    drafts: tuple[FactReport, ...]
    counts: Counter  # cells of the checked facts
    new: tuple[tuple[FactReport, Result], ...]  # unacknowledged discrepancies, in report order
    stale: tuple[tuple[FactReport, Result], ...]  # acknowledged as differing, but no longer differ

    @cached_property
    def silent_facts(self) -> tuple[FactReport, ...]:
        return tuple(fr for fr in self.checked if status(fr) == "silent")

    @cached_property
    def discrepant(self) -> tuple[FactReport, ...]:
        """Facts with a differing source: those with new discrepancies first, then acknowledged only."""
        new = [fr for fr in self.checked if status(fr) == "differ"]
        known = [fr for fr in self.checked if status(fr) == "known"]
        return tuple(new + known)

    @cached_property
    def doubtful(self) -> tuple[tuple[FactReport, tuple[Result, ...]], ...]:
        """Facts no source differs from whose evidence shows possible conflicts (verdict.decide), with the
        results that show them."""
        out = []
        for fr in self.checked:
            found = said(fr)
            shown = tuple(r for r in found if any(e.aside for e in r.evidence))
            if shown and not any(cell(r) in ("differ", "known") for r in found):
                out.append((fr, shown))
        return tuple(out)

    def count_line(self) -> str:
        return ", ".join(f"{self.counts[k]} {k}" for k in CELLS)


def overview(report: Report) -> Overview:
    checked = tuple(fr for fr in report.facts if not is_draft(fr))
    drafts = tuple(fr for fr in report.facts if is_draft(fr))
    # read from the results that are not plainly silent: a new or stale one never is
    tally = Counter({k: 0 for k in CELLS})
    for fr in checked:
        tally.update(fact_counts(fr))
    new = tuple((fr, r) for fr in checked for r in said(fr) if cell(r) == "differ")
    stale = tuple((fr, r) for fr in checked for r in said(fr) if is_stale(r))
    return Overview(report, checked, drafts, tally, new, stale)


def value_words(fact: Fact, label: str) -> str:
    """A value as a person reads it: a date fact's labels in words ('14 Dec (no year)'), others as they are."""
    return KINDS[fact.kind].words(label)


def expected_words(fact: Fact) -> str:
    """The fact's expected value as a person reads it."""
    return fact.value_text if fact.value is None else value_words(fact, fact.value_text)


NOT_CHECKED = "NOT CHECKED"
NOT_READ = "NOT READ"  # sources that could not be read (report.skipped): the headline says so first


def at(name: str, line: int) -> str:
    """``file:line``, or the file alone for line 0 (a problem with the whole file: no ':0:')."""
    return f"{name}:{line}" if line else name


def not_checked(report: Report) -> list[tuple[str, list[tuple[int, str]]]]:
    """The fact files left out because they are invalid, each with its errors (line, text), in report order."""
    files: dict[str, list[tuple[int, str]]] = {name: [] for name in report.broken}
    for file, line, error in report.broken_problems:
        files.setdefault(file, []).append((line, error))
    return list(files.items())


def notes_shown(report: Report) -> tuple[str, ...]:
    """The notes, less the bare "NOT CHECKED" line per broken file: the formats show those files with their errors."""
    said = tuple(f"{name}: {NOT_CHECKED}" for name, _ in not_checked(report))
    return tuple(n for n in report.notes if not (said and n.startswith(said)))


def first_differing(result: Result):
    """The evidence that makes a result differ (or, for agree, the first that agrees)."""
    wanted = result.verdict != "differ"
    return next((e for e in result.evidence if e.agrees == wanted and not e.aside),
                result.evidence[0] if result.evidence else None)


def shown_evidence(result: Result) -> tuple[Evidence, ...]:
    """The quotes a report shows for a result: a differing source's every quote; an agreeing one's first,
    and each possible conflict (a conflicting value that did not make it differ: verdict.decide)."""
    if result.verdict == "differ":
        return result.evidence
    return result.evidence[:1] + tuple(e for e in result.evidence[1:] if e.aside)


def evidence_note(e: Evidence, result: Result) -> str:
    """What a quote adds to its verdict: ' (agrees)' beside a differing source's conflicts, ' (possible
    conflict)' for a conflicting value set aside."""
    if e.aside:
        return " (possible conflict)"
    return " (agrees)" if e.agrees and result.verdict == "differ" else ""


def evidence_json(e: Evidence) -> dict:
    """One quote in JSON and JSON lines; ``possible_conflict`` (why it did not make the verdict differ)
    only where one was set aside, so every other result reads as before."""
    out = {"line": e.line, "quote": e.quote, "found": e.found, "agrees": e.agrees, "span": list(e.span),
           "approx": e.approx}
    if e.aside:
        out["possible_conflict"] = e.aside
    return out


def plural(n: int, word: str, many: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else (many or word + 's')}"
