"""pytest shell over the engine: one test item per fact record.

Collection reads every fact file and every source once per session (a Run);
items only look up their fact's verdicts and act on the pure Outcome.
"""

from __future__ import annotations

import os
import warnings
from pathlib import Path

import pytest

from .errors import CheckError, Problem
from .kinds import KINDS
from .model import FactReport, Report
from .pipeline import check_folder
from .xdist_split import worker_share
from .report.render import failure_text, matrix_lines
from .report.publish import publish
from .safe_text import terminal
from .sources import DEFAULT_MAX_MB, SourceFolder, read_folder
from .verdict import Outcome, outcome

_RUN = pytest.StashKey["Run"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("checks", "fact-consistency checks")
    group.addoption("--facts-dir", help="folder of fact files (overrides the facts_dir ini setting)")
    group.addoption("--seeds-dir", help="folder of source texts (overrides the seeds_dir ini setting)")
    parser.addini("facts_dir", "folder of *.yaml fact files, relative to the rootdir", default="facts")
    parser.addini("seeds_dir", "folder of source texts, relative to the rootdir", default="seeds")
    group.addoption("--report-dir", metavar="DIR",
                    help="folder for discrepancies.md/.html/.json (overrides the report_dir ini setting)")
    group.addoption("--no-report", action="store_true", help="write no discrepancy report")
    group.addoption("--fact-jobs", type=int, metavar="N",
                    help="processes the engine uses (overrides the fact_jobs ini setting; 0 = one per core)")
    parser.addini("max_source_mb", f"refuse a source larger than this many MB (default {DEFAULT_MAX_MB})",
                  default=str(DEFAULT_MAX_MB))
    parser.addini("fact_jobs", "processes the engine uses to check facts (0 = one per core)", default="1")
    parser.addini("report_dir", "folder for the discrepancy report, relative to the rootdir; empty: no report",
                  default="report")


def pytest_configure(config: pytest.Config) -> None:
    for kind in KINDS:
        config.addinivalue_line("markers", f"{kind}: a fact record of kind {kind}")
    config.stash[_RUN] = Run(config)


class Run:
    """Everything the session learns from the fact files and sources, computed once."""

    def __init__(self, config: pytest.Config):
        root = config.rootpath
        self.config = config
        self.facts_dir = (root / (config.getoption("facts_dir") or config.getini("facts_dir"))).resolve()
        self.seeds_dir = (root / (config.getoption("seeds_dir") or config.getini("seeds_dir"))).resolve()
        self._loaded = False
        self.problems: dict[str, list[Problem]] = {}
        self.report: Report | None = None
        self.source_error: CheckError | None = None
        self.published = None  # reports.Published, once the session wrote the report
        self.by_file: dict[str, list[FactReport]] = {}
        self.sources: tuple = ()
        self.indexes = None  # built only to survey draft records
        # Source indexes are kept in pytest's cache folder between runs (pytest --cache-clear empties it).
        self.cache_dir = config.cache.mkdir("fact-checks") if getattr(config, "cache", None) else None
        jobs = config.getoption("fact_jobs")
        jobs = int(config.getini("fact_jobs") or 1) if jobs is None else jobs
        self.jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
        self.max_source_mb = float(config.getini("max_source_mb") or DEFAULT_MAX_MB)

    def survey(self, fact) -> str:
        """The survey line of a draft record (sources clustered by the value they give)."""
        from .index import index_all
        from .survey import survey

        if self.indexes is None:
            self.indexes = index_all(self.sources, cache_dir=self.cache_dir)
        return survey(fact.about, fact.kind, self.indexes, context=fact.context, unless=fact.unless)[1]

    def owns(self, path: Path) -> bool:
        return path.suffix in (".yaml", ".yml") and self.facts_dir in path.resolve().parents

    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            folder = read_folder(self.seeds_dir, max_mb=self.max_source_mb)
        except CheckError as exc:
            self.source_error, folder = exc, SourceFolder((), (), ())
        self.sources = folder.sources
        self.report, errors = check_folder(self.facts_dir, folder, cache_dir=self.cache_dir, jobs=self.jobs,
                                           share=worker_share(self.config))  # xdist: split, not repeated
        for problem in errors:
            self.problems.setdefault(problem.file, []).append(problem)
        for fr in self.report.facts:
            self.by_file.setdefault(str(Path(fr.fact.file).resolve()), []).append(fr)


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    run = parent.config.stash[_RUN]
    if run.owns(file_path):
        return FactFile.from_parent(parent, path=file_path)
    return None


class FactFile(pytest.File):
    def collect(self):
        run = self.config.stash[_RUN]
        run.load()
        if run.source_error is not None:
            raise self.CollectError(str(run.source_error))
        mine = [p for name, ps in run.problems.items() for p in ps if _same_file(name, self.path)]
        if mine:
            # One broken fact file must not hide the others: they still run, and the run fails.
            self.config.option.continue_on_collection_errors = True
            raise self.CollectError("\n".join(str(p) for p in mine))
        for fr in run.by_file.get(str(self.path.resolve()), ()):
            item = FactItem.from_parent(self, name=fr.fact.id, fact_report=fr)
            item.add_marker(fr.fact.kind)
            for tag in fr.fact.tags:
                self.config.addinivalue_line("markers", f"{tag}: facts tagged {tag}")
                item.add_marker(tag)
            yield item


def _same_file(name: str, path: Path) -> bool:
    return Path(name).resolve() == path.resolve()


class FactWarning(UserWarning):
    """A discrepancy on a fact of `severity: warning`: shown, never failing the run."""


class FactMismatch(Exception):
    """A fact's sources contradict it; carries the evidence for repr_failure."""

    def __init__(self, fact_report: FactReport, result: Outcome):
        super().__init__(result.message)
        self.fact_report, self.outcome = fact_report, result


class FactItem(pytest.Item):
    def __init__(self, *, fact_report: FactReport, **kwargs):
        super().__init__(**kwargs)
        self.fact_report = fact_report

    def runtest(self) -> None:
        result = outcome(self.fact_report)
        if result.status == "fail":
            raise FactMismatch(self.fact_report, result)
        if result.status == "xfail":
            pytest.xfail(terminal(f"acknowledged: {result.message}"))
        if result.status == "warn":
            warnings.warn(FactWarning(failure_text(self.fact_report, result)))
        if result.status == "skip":
            message = result.message
            if self.fact_report.fact.value is None:  # a draft: say what the sources give for its terms
                message += "; survey: " + self.config.stash[_RUN].survey(self.fact_report.fact)
            # Reported at the fact's own line, not at this plugin's.
            raise pytest.skip.Exception(terminal(message), _use_item_location=True)

    def repr_failure(self, excinfo, style=None):
        if isinstance(excinfo.value, FactMismatch):
            return failure_text(excinfo.value.fact_report, excinfo.value.outcome)
        return super().repr_failure(excinfo, style)

    def reportinfo(self):
        fact = self.fact_report.fact
        return self.path, fact.line - 1, f"fact {fact.id}"


def pytest_sessionfinish(session: pytest.Session, exitstatus) -> None:
    """Write report/discrepancies.{md,html,json} (and the GitHub job summary) for the facts checked."""
    config = session.config
    run = config.stash.get(_RUN, None)
    if run is None or hasattr(config, "workerinput"):  # the xdist controller writes the report
        return
    if run.report is None and _distributed(config) and run.facts_dir.is_dir():
        run.load()  # under xdist the workers collected; the controller reads the same inputs once
    if run.report is None:
        return
    if run.report.skipped and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED  # a source nobody could read is not a pass
    folder = config.getoption("report_dir") or config.getini("report_dir")
    if config.getoption("no_report") or not folder:
        return
    run.published = publish(run.report, config.rootpath / folder)


def _distributed(config: pytest.Config) -> bool:
    return bool(getattr(config.option, "numprocesses", None)) or bool(getattr(config.option, "dist", "no") != "no")


def pytest_terminal_summary(terminalreporter, exitstatus, config: pytest.Config) -> None:
    run = config.stash.get(_RUN, None)
    if run is None or run.report is None:
        return
    if run.report.facts:
        terminalreporter.section("fact consistency: every fact against every source")
        for line in matrix_lines(run.report):
            terminalreporter.write_line(line)
        for note in run.report.notes:
            terminalreporter.write_line(f"note: {terminal(note)}")
    if run.published is not None:
        for line in run.published.lines(config.invocation_params.dir):
            terminalreporter.write_line(line, red=bool(run.published.error))
