"""pytest shell over the engine: one test item per fact record.

Collection reads every fact file and every source once per session (a Run);
items only look up their fact's verdicts and act on the pure Outcome.
"""

from __future__ import annotations

import os
import warnings
from dataclasses import replace
from pathlib import Path

import pytest

from . import config as settings
from .errors import CheckError, Problem
from .facts import cannot_read, display_name
from .fsspec_sources import is_url
from .kinds import KINDS
from .model import FactReport, Report
from .pipeline import check_listing
from .report.render import failure_text, next_commands
from .xdist_split import worker_share
from .report.publish import Published, publish
from .safe_text import shell_word, terminal
from .sources import DEFAULT_MAX_MB, read_folder
from .stream import Listing, list_folder
from .terminal_matrix import matrix, summary
from .verdict import Outcome, outcome

_RUN = pytest.StashKey["Run"]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("checks", "fact-consistency checks")
    group.addoption("--facts-dir", help="folder of fact files (overrides the facts_dir ini setting)")
    group.addoption("--seeds-dir", help="folder of source texts, or an fsspec URL such as s3://bucket/news "
                    "(overrides the seeds_dir ini setting)")
    parser.addini("facts_dir", "folder of *.yaml fact files, relative to the rootdir (default: facts_dir of "
                  "[tool.fact-checks] in the rootdir's pyproject.toml, else facts)", default=None)
    parser.addini("seeds_dir", "folder of source texts, relative to the rootdir (default: seeds_dir of "
                  "[tool.fact-checks], else seeds)", default=None)
    group.addoption("--report-dir", metavar="DIR",
                    help="folder for discrepancies.md/.html/.json (overrides the report_dir ini setting)")
    group.addoption("--no-report", action="store_true", help="write no discrepancy report")
    group.addoption("--no-matrix", action="store_true",
                    help="leave the facts x sources matrix out of the terminal summary (-q shows one line)")
    group.addoption("--detail-max-sources", metavar="N",
                    help="past N sources the matrix (terminal, Markdown, HTML) counts each fact's verdicts instead "
                         "of showing every source (overrides the detail_max_sources ini setting)")
    parser.addini("detail_max_sources", "sources shown one by one before the matrix counts verdicts per fact "
                  "(default: detail_max_sources of [tool.fact-checks], else terminal 100, Markdown 40, HTML 60)",
                  default=None)
    group.addoption("--fact-jobs", type=int, metavar="N",
                    help="processes the engine uses (overrides the fact_jobs ini setting; 0 = one per core)")
    parser.addini("max_source_mb", f"refuse a source larger than this many MB (default {DEFAULT_MAX_MB})",
                  default=str(DEFAULT_MAX_MB))
    parser.addini("fact_jobs", "processes the engine uses to check facts (0 = one per core)", default="1")
    parser.addini("report_dir", "folder for the discrepancy report, relative to the rootdir; empty: no report "
                  "(default: report_dir of [tool.fact-checks], else report)", default=None)


def pytest_configure(config: pytest.Config) -> None:
    for kind in KINDS:
        config.addinivalue_line("markers", f"{kind}: a fact record of kind {kind}")
    config.stash[_RUN] = Run(config)


class Run:
    """Everything the session learns from the fact files and sources, computed once."""

    def __init__(self, config: pytest.Config):
        root = config.rootpath
        self.config = config
        self.facts_dir = (root / (config.getoption("facts_dir") or setting(config, "facts_dir"))).resolve()
        seeds = config.getoption("seeds_dir") or setting(config, "seeds_dir")
        # an fsspec URL (s3://bucket/news, memory://...) is read as typed, as the CLI's --seeds does
        self.seeds_dir = str(seeds) if is_url(seeds) else (root / seeds).resolve()
        self.selected: set[str] | None = None  # fact ids the session selected (-k, -m), once collected
        self._loaded = False
        self.problems: dict[str, list[Problem]] = {}
        self.report: Report | None = None
        self.source_error: CheckError | None = None
        self.published = None  # reports.Published, once the session wrote the report
        self.by_file: dict[str, list[FactReport]] = {}
        self.indexes = None  # built only to survey draft records
        # Source indexes are kept in pytest's cache folder between runs (pytest --cache-clear empties it).
        self.cache_dir = config.cache.mkdir("fact-checks") if getattr(config, "cache", None) else None
        jobs = config.getoption("fact_jobs")
        jobs = int(config.getini("fact_jobs") or 1) if jobs is None else jobs
        self.jobs = jobs if jobs > 0 else (os.cpu_count() or 1)
        self.max_source_mb = float(config.getini("max_source_mb") or DEFAULT_MAX_MB)
        self.detail = detail_max_sources(config)

    def survey(self, fact) -> str:
        """The survey line of a draft record (sources clustered by the value they give)."""
        from .index import index_all
        from .survey import survey

        if self.indexes is None:  # the run itself reads no text it has results for: read them here
            sources = read_folder(self.seeds_dir, max_mb=self.max_source_mb).sources
            self.indexes = index_all(sources, cache_dir=self.cache_dir)
        return survey(fact.about, fact.kind, self.indexes, context=fact.context, unless=fact.unless)[1]

    def owns(self, path: Path) -> bool:
        return path.suffix in (".yaml", ".yml") and self.facts_dir in path.resolve().parents

    def owns_folder(self, path: Path) -> bool:
        """The facts folder or a folder in it."""
        path = path.resolve()
        return path == self.facts_dir or self.facts_dir in path.parents

    def load(self) -> None:
        if self._loaded:
            return
        self._loaded = True
        try:
            listing = list_folder(self.seeds_dir, max_mb=self.max_source_mb)
        except CheckError as exc:
            self.source_error, listing = exc, Listing(str(self.seeds_dir), (), (), (), (), (), (), self.max_source_mb)
        # Streamed: each shard's texts read where it is judged (under xdist, by the one worker whose
        # shard holds it), and a file unchanged since the store recorded it not read at all.
        self.report, errors = check_listing(self.facts_dir, self.seeds_dir, listing, cache_dir=self.cache_dir,
                                            jobs=self.jobs, share=worker_share(self.config))
        for problem in errors:
            self.problems.setdefault(problem.file, []).append(problem)
        for fr in self.report.facts:
            self.by_file.setdefault(str(Path(fr.fact.file).resolve()), []).append(fr)


def setting(config: pytest.Config, name: str) -> str:
    """An ini setting if the ini file has it, else [tool.fact-checks] of the rootdir's pyproject.toml,
    else the default (``facts``, ``seeds``, ``report``)."""
    value = config.getini(name)  # None when the ini file leaves it out
    if value is not None:
        return str(value)
    table = settings.table(config.rootpath / "pyproject.toml") or {}
    value = table.get(name)
    return value if isinstance(value, str) else {"report_dir": "report"}.get(name, settings.DEFAULTS[name])


def detail_max_sources(config: pytest.Config) -> int | None:
    """--detail-max-sources, else the ini setting, else [tool.fact-checks]; None: each output's default."""
    given = config.getoption("detail_max_sources")
    where = "--detail-max-sources"
    if given is None:
        given, where = config.getini("detail_max_sources"), f"the ini setting {settings.DETAIL}"
    if given is None:
        pyproject = config.rootpath / "pyproject.toml"
        number, wrong = settings.detail_setting(settings.table(pyproject) or {}, pyproject)
        if wrong:
            raise pytest.UsageError(wrong)
        return number
    number = settings.detail_from_text(str(given))
    if number is None:
        raise pytest.UsageError(f"{where} = {given!r} is not a number of sources — {settings.DETAIL_HINT}")
    return number


@pytest.hookimpl(trylast=True)
def pytest_collection_modifyitems(session: pytest.Session, config: pytest.Config, items) -> None:
    """Sources that could not be read are one collection error naming each (the report's notes), so the run
    fails where everyone looks (-q and --no-matrix show it, the summary counts it); the facts still run."""
    run = config.stash.get(_RUN, None)
    if run is None or run.report is None or not run.report.skipped:
        return
    seeds = run.seeds_dir if is_url(run.seeds_dir) else settings.shown(run.seeds_dir, config.invocation_params.dir)
    message = "\n".join(terminal(f"{name}: SKIPPED, {why}") for name, why in run.report.skipped)
    node = NotRead.from_parent(session, name=str(seeds), nodeid=str(seeds), message=message)
    session.ihook.pytest_collectstart(collector=node)  # collected as pytest collects a node
    report = session.ihook.pytest_make_collect_report(collector=node)
    report.__dict__.pop("call", None)  # as pytest does: no report leaves the process carrying it (xdist)
    session.ihook.pytest_collectreport(report=report)


def pytest_ignore_collect(collection_path: Path, config: pytest.Config) -> bool | None:
    """pytest walking the rootdir goes into the sources folder too: a folder there that cannot be listed is
    the sources' error (above), not pytest's PermissionError."""
    run = config.stash.get(_RUN, None)
    if run is None or is_url(run.seeds_dir) or not collection_path.is_dir():
        return None
    path = collection_path.resolve()
    if path != run.seeds_dir and run.seeds_dir not in path.parents:
        return None
    try:
        os.scandir(path).close()
    except OSError:
        return True
    return None


def pytest_collection_finish(session: pytest.Session) -> None:
    """Remember which facts -k / -m left selected: the matrix shows those, and none means no report."""
    run = session.config.stash.get(_RUN, None)
    if run is not None and run.report is not None:
        run.selected = {item.fact_report.fact.id for item in session.items if isinstance(item, FactItem)}


def pytest_collect_file(file_path: Path, parent: pytest.Collector):
    run = parent.config.stash[_RUN]
    if run.owns(file_path):
        return FactFile.from_parent(parent, path=file_path)
    return None


@pytest.hookimpl(tryfirst=True, optionalhook=True)  # pytest 8 and later
def pytest_collect_directory(path: Path, parent: pytest.Collector):
    """A fact folder that cannot be listed: pytest's own collector would end the session on a PermissionError;
    here it is a collection error naming the folder as the command line does, and the other files still run."""
    if not parent.config.stash[_RUN].owns_folder(path):
        return None
    try:
        os.scandir(path).close()
    except OSError as exc:
        where = path.relative_to(parent.config.rootpath) if parent.config.rootpath in path.parents else path
        return NotRead.from_parent(parent, name=path.name, nodeid=where.as_posix(), path=path,
                                   message=str(cannot_read(path, exc, folder=True)))
    return None


class NotRead(pytest.Collector):
    """Input that could not be read (a fact folder, sources): collecting it is the error, saying what."""

    def __init__(self, *, message: str, **kwargs):
        super().__init__(**kwargs)
        self.message = message

    def collect(self):
        self.config.stash[_RUN].load()  # the report says so too, and what could be read is checked
        self.config.option.continue_on_collection_errors = True  # one error must not stop the others
        raise self.CollectError(self.message)


class FactFile(pytest.File):
    def collect(self):
        run = self.config.stash[_RUN]
        run.load()
        mine = [p for name, ps in run.problems.items() for p in ps if _same_file(name, self.path)]
        if run.source_error is not None:  # the sources' problems first, then this file's own
            raise self.CollectError("\n".join(str(p) for p in [*map(shown_problem, run.source_error.problems),
                                                                 *mine]))
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


def shown_problem(problem: Problem) -> Problem:
    """A problem with its file named as the command line names it (relative to the working folder)."""
    return replace(problem, file=display_name(Path(problem.file))) if os.path.isabs(problem.file) else problem


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
            text = failure_text(excinfo.value.fact_report, excinfo.value.outcome)
            return text + "\n" + "\n".join(self._next_commands(excinfo.value.outcome))
        return super().repr_failure(excinfo, style)

    def _next_commands(self, result: Outcome) -> list[str]:
        """The commands to run next, as typed from where pytest was run (with --facts/--seeds when the
        command line would not find these folders by itself)."""
        run, fact = self.config.stash[_RUN], self.fact_report.fact
        cwd = self.config.invocation_params.dir
        found = settings.load(cwd)
        where = ""
        seeds = run.seeds_dir if is_url(run.seeds_dir) else settings.shown(run.seeds_dir, cwd)
        if (cwd / found.facts_dir).resolve() != run.facts_dir or is_url(run.seeds_dir) or \
                (cwd / found.seeds_dir).resolve() != run.seeds_dir:
            facts = settings.shown(run.facts_dir, cwd)
            where = f" --facts {shell_word(str(facts))} --seeds {shell_word(str(seeds))}"
        out = next_commands("python -m checks", fact.id, [r.source for r in result.differing[:3]], where)
        if len(result.differing) > 3:
            out.append(f"  (and the same for the {len(result.differing) - 3} other sources that differ)")
        if result.stale:
            out.append(f"  remove stale acknowledgements: python -m checks acknowledge --stale{where}")
        return out

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
    if (run.report.skipped or run.source_error) and session.exitstatus == pytest.ExitCode.OK:
        session.exitstatus = pytest.ExitCode.TESTS_FAILED  # a source nobody could read is not a pass
    folder = config.getoption("report_dir") or setting(config, "report_dir")
    if config.getoption("no_report") or not folder:
        return
    if run.source_error is not None:  # a report would say there are no sources: the last one stays
        run.published = Published(error=f"NOT written: {folder}/: the sources could not be read (see the errors "
                                        "above) — fix them; the last run's report is kept")
        return
    if run.selected is not None and not run.selected and not run.problems and not run.report.broken:
        return  # -k / -m selected no fact: the last report stays as it was
    run.published = publish(run.report, config.rootpath / folder, max_sources=run.detail)


def _distributed(config: pytest.Config) -> bool:
    return bool(getattr(config.option, "numprocesses", None)) or bool(getattr(config.option, "dist", "no") != "no")


def pytest_terminal_summary(terminalreporter, exitstatus, config: pytest.Config) -> None:
    run = config.stash.get(_RUN, None)
    if run is None or run.report is None or hasattr(config, "workerinput"):  # xdist: the controller shows it
        return
    report = run.report
    if run.selected is not None:
        report = replace(report, facts=tuple(fr for fr in report.facts if fr.fact.id in run.selected))
    published = run.published.lines(config.invocation_params.dir) if run.published is not None else []
    if run.source_error is not None:  # no fact was checked against anything: say only why no report was written
        for line in published:
            terminalreporter.write_line(terminal(line), red=True)
        return
    if config.get_verbosity() < 0:  # -q: one line
        if report.facts or published:
            terminalreporter.write_line(terminal("; ".join([f"facts: {summary(report)}", *published])),
                                        red=bool(run.published and run.published.failed))
        return
    if report.facts and not config.getoption("no_matrix"):
        _show_matrix(terminalreporter, report, config.get_terminal_writer().fullwidth, run.detail)
    elif report.facts:
        terminalreporter.write_line(f"facts: {summary(report)}")
    for line in published:
        terminalreporter.write_line(terminal(line), red=run.published.failed)


def _show_matrix(terminalreporter, report: Report, width: int, detail: int | None) -> None:
    terminalreporter.section("fact consistency: every fact against every source")
    for line in matrix(report, width, detail):
        for text, colour in line:
            terminalreporter.write(text, **({colour: True} if colour else {}))
        terminalreporter.line("")
    for note in report.notes:
        terminalreporter.write_line(f"note: {terminal(note)}")
