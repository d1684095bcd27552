"""The command line: a thin shell over the pipeline and the renderers.

Exit codes (every command): 0 done; 1 the checks found what the command is about (``report``:
a discrepancy nobody acknowledged or an acknowledgement that no longer holds, as ``--fail-on``
chooses; ``lint``: errors); 2 bad input (a fact file or folder the engine cannot use: the other
files are still checked and reported), a usage error, or a report that cannot be written;
3 a source could not be read (unreadable, binary or too large: named on standard error and in
the report); 141 standard output was closed.
"""

from __future__ import annotations

import argparse
import io
import os
import sys
from dataclasses import replace
from pathlib import Path

from . import __version__
from .config import DETAIL_HINT, Settings, detail_from_text, load as load_settings
from .errors import CheckError
from .fsspec_sources import is_url
from .kinds import KINDS
from .report.output import OutputError, not_written, write_atomic
from .parallel import default_jobs
from .pipeline import check_all
from .sources import DEFAULT_MAX_MB
from .report.publish import shown, write_reports
from .report.render import FORMATS, next_commands, render_chunks, to_lines
from .schema import schema_text
from .safe_text import lines as safe_lines, shell_word, terminal
from .sources import shown_name
from .suggest import did_you_mean, resolve

EXIT_CODES = """\
exit codes:
  0  done (report: no discrepancy that --fail-on fails on)
  1  report: a source differs from a fact and nobody acknowledged it, or an acknowledgement
     no longer holds (--fail-on known: any discrepancy; never: none); lint: errors
  2  an invalid or unreadable fact file or folder (the others are still checked), a usage
     error, or a report that cannot be written
  3  a source could not be read (binary, unreadable or too large)
  141  standard output was closed (| head)

settings: [tool.fact-checks] in the nearest pyproject.toml at or above the working folder
(facts_dir, seeds_dir, report_dir, relative to that file) gives the defaults of --facts,
--seeds and --report-dir; detail_max_sources the default of --detail-max-sources."""

FAIL_ON = {"differ": ("fail",), "known": ("fail", "xfail"), "never": ()}


def prog_name(argv0: str | None = None) -> str:
    """The command as the user typed it: ``python -m checks`` or the ``fact-checks`` console script."""
    base = os.path.basename(sys.argv[0] if argv0 is None else argv0)
    if base == "__main__.py":
        return "python -m checks"
    return base if base.startswith("fact-checks") else "fact-checks"


class _Escaping(io.TextIOBase):
    """Standard output or error, with every control character but the line break and tab shown escaped
    (``safe_text.lines``): a name or quote that a printer forgot to escape still cannot clear the screen,
    hide text or plant a link. Line breaks in names and quotes are escaped where they are printed."""

    def __init__(self, stream):
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(safe_lines(text))
        return len(text)

    def flush(self) -> None:
        self.stream.flush()

    def fileno(self) -> int:  # input()'s line editing and _reader_gone use the real descriptor
        return self.stream.fileno()

    def isatty(self) -> bool:
        return self.stream.isatty()


def main(argv: list[str] | None = None) -> int:
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = _Escaping(out), _Escaping(err)
    try:
        return _main(argv)
    finally:
        sys.stdout, sys.stderr = out, err


def _main(argv: list[str] | None) -> int:
    settings = load_settings()
    for problem in settings.problems:
        print(f"error: {problem}", file=sys.stderr)
    parser = build_parser(settings)
    args = parser.parse_args(argv)
    args.prog = parser.prog
    try:
        return args.run(args)
    except CheckError as exc:
        print(exc, file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _reader_gone()
    except (OSError, OutputError) as exc:  # a report that cannot be written (a full disk, a read-only folder, ...)
        print(f"error: {not_written(exc)}", file=sys.stderr)  # as pytest says it
        return 2


class _Parser(argparse.ArgumentParser):
    """argparse, quoting what was typed escaped in its usage errors (an argument may hold a line break)."""

    def error(self, message: str):
        super().error(terminal(message))


def build_parser(settings: Settings = Settings()) -> argparse.ArgumentParser:
    parser = _Parser(prog=prog_name(), description="Check curated fact records against source "
                                     "texts.", epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    _add_report(commands, settings)
    _add_explain(commands, settings)
    _add_lint(commands, settings)
    _add_survey(commands, settings)
    _add_new(commands, settings)
    _add_acknowledge(commands, settings)
    schema = commands.add_parser("schema", help="print the JSON Schema of fact files (facts/schema.json)")
    schema.set_defaults(run=lambda args: sys.stdout.write(schema_text()) and 0)
    return parser


def _add_report(commands, settings: Settings) -> None:
    report = commands.add_parser("report", help="check every fact against every source and render the result",
                                 description="Check every fact against every source and write a report.",
                                 epilog=EXIT_CODES, formatter_class=argparse.RawDescriptionHelpFormatter)
    _inputs(report, settings)
    report.add_argument("--format", choices=sorted(FORMATS), default="text",
                        help="output format (default: text, the matrix)")
    report.add_argument("--output", "-o", default="-", metavar="PATH",
                        help="file to write (default: - for standard output)")
    report.add_argument("--report-dir", type=Path, nargs="?", const=settings.report_dir or Path("report"),
                        metavar="DIR", help="also write discrepancies.md, .html and .json into DIR, as pytest does "
                        "(DIR left out: " + (f"{settings.report_dir}, report_dir from {settings.file}"
                                              if settings.report_dir else "report") + ")")
    report.add_argument("--fail-on", choices=list(FAIL_ON), default="differ",
                        help="exit 1 on: differ (default) a discrepancy nobody acknowledged, or an "
                             "acknowledgement that no longer holds, as pytest fails; known: also an "
                             "acknowledged one; never: exit 0 whatever the sources say")
    report.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                        help="processes to use (default 0 = one per core available)")
    report.add_argument("--scheduler", metavar="ADDRESS", help="run on Dask: 'local' (a LocalCluster) or a "
                        "scheduler address such as tcp://host:8786 (pip install 'fact-checks[dask]')")
    report.add_argument("--cache-dir", type=Path, default=settings.cache_dir, metavar="DIR",
                        help=f"keep source indexes here between runs (default {settings.cache_dir}, beside the "
                             "settings file when there is one; safe to delete)")
    report.add_argument("--no-cache", action="store_true", help="read every source afresh, keep nothing")
    report.add_argument("--max-source-mb", type=float, default=DEFAULT_MAX_MB, metavar="MB",
                        help=f"refuse a source larger than this (default {DEFAULT_MAX_MB})")
    report.add_argument("--detail-max-sources", type=_detail, default=settings.detail_max_sources, metavar="N",
                        help="past N sources the text matrix, Markdown and HTML count each fact's verdicts instead "
                             "of showing every source (JSON keeps every result; default: "
                             + (f"{settings.detail_max_sources}, detail_max_sources from {settings.file}"
                                if settings.detail_max_sources is not None else
                                "detail_max_sources of [tool.fact-checks], else text 100, md 40, html 60") + ")")
    report.set_defaults(run=_report)


def _detail(text: str) -> int:
    number = detail_from_text(text)
    if number is None:
        raise argparse.ArgumentTypeError(f"--detail-max-sources {text!r} is not a number of sources — {DETAIL_HINT}")
    return number


def _add_explain(commands, settings: Settings) -> None:
    explain = commands.add_parser("explain", help="show every value the engine considered for one fact, and why",
                                  description="For one fact, per source: every relevant sentence, every "
                                              "candidate value, and why it was accepted or set aside.")
    explain.add_argument("id", help="the fact's id")
    explain.add_argument("--source", help="only this source (its file name, or a prefix of it that names one)")
    _inputs(explain, settings)
    explain.set_defaults(run=_explain)


def _add_lint(commands, settings: Settings) -> None:
    lint = commands.add_parser("lint", help="validate fact files and report every problem at once",
                               description="Validate fact files: every problem as file:line:col: code: message "
                                           "— hint. Exit 1 on errors, 0 when clean (warnings alone: 0).")
    lint.add_argument("paths", nargs="*", type=Path, metavar="PATH",
                      help=f"fact files or folders (default: {settings.facts_dir})")
    lint.add_argument("--facts", action="append", type=Path, default=[], metavar="PATH",
                      help="a fact file or folder to lint, as PATH (repeatable)")
    lint.add_argument("--seeds", "--sources", dest="seeds", type=Path, default=settings.seeds_dir, metavar="PATH",
                      help=f"sources folder, to check `known` names and that about-terms match something "
                           f"(default: {settings.seeds_dir})")
    lint.set_defaults(run=_lint, default_facts=settings.facts_dir)


def _add_survey(commands, settings: Settings) -> None:
    survey = commands.add_parser("survey", help="before writing a record: what the sources say for some terms",
                                 description="Per source, the values of a kind the engine attributes to the terms "
                                             "(dates, numbers, or the names, titles and places attached to them), "
                                             "and the relevant sentences that attach none; then the sources "
                                             "clustered by value.")
    survey.add_argument("terms", nargs="+", metavar="TERM", help="about-terms, as a record would have them")
    survey.add_argument("--kind", choices=list(KINDS), default="date",
                        help="the kind of value to look for (default: date)")
    survey.add_argument("--seeds", "--sources", dest="seeds", type=Path, default=settings.seeds_dir, metavar="PATH",
                        help=f"folder of source texts (default: {settings.seeds_dir})")
    survey.add_argument("--context", action="append", default=[], metavar="TERM",
                        help="a relevant sentence's paragraph must also mention one of these (repeatable)")
    survey.add_argument("--unless", action="append", default=[], metavar="TERM",
                        help="a sentence mentioning one of these is not relevant (repeatable)")
    survey.set_defaults(run=_survey)


NEW_LISTS = ("about", "value", "unit", "rivals", "context", "unless", "tags")


def _add_new(commands, settings: Settings) -> None:
    new = commands.add_parser("new", help="add a fact record to a fact file, keeping its comments and order",
                              description="Append a record (asked for on a terminal, else given as flags), "
                                          "validate it, and print the verdicts it gets. Repeat a list option "
                                          "for several items: --value 'Prime Minister' --value premier.")
    for flag in ("id", "claim", "kind", "tolerance", "note"):
        new.add_argument(f"--{flag}")
    new.add_argument("--severity", choices=("error", "warning"))
    for flag in NEW_LISTS:
        new.add_argument(f"--{flag}", action="append", default=[], help="repeat for several")
    new.add_argument("--file", type=Path, help="fact file to append to (default: FACTS/<id>.yaml)")
    _inputs(new, settings)
    new.set_defaults(run=_new)


def _add_acknowledge(commands, settings: Settings) -> None:
    ack = commands.add_parser("acknowledge", help="acknowledge a source's discrepancy in a record's `known`",
                              description="Add `SOURCE: why` under the record's `known:`; with --stale, "
                                          "remove every acknowledgement that no longer holds.")
    ack.add_argument("id", nargs="?", help="the fact's id")
    ack.add_argument("source", nargs="?", help="the source's file name (or a prefix of it that names one)")
    ack.add_argument("--why", help="one line: why the source differs")
    ack.add_argument("--force", action="store_true", help="acknowledge a source even though it does not differ")
    ack.add_argument("--stale", action="store_true", help="remove acknowledgements that no longer hold")
    _inputs(ack, settings)
    ack.set_defaults(run=_acknowledge)


def _reader_gone() -> int:
    """Whoever read standard output stopped (``| head``): end quietly, as a Unix tool killed by
    SIGPIPE does (status 141), with nothing left to flush into the closed pipe at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + 13


def _inputs(parser: argparse.ArgumentParser, settings: Settings) -> None:
    parser.add_argument("--facts", type=Path, default=settings.facts_dir, metavar="PATH",
                        help=f"fact file or folder of *.yaml fact files (default: {settings.facts_dir})")
    parser.add_argument("--seeds", "--sources", dest="seeds", type=_sources, default=settings.seeds_dir,
                        metavar="PATH", help=f"folder of source texts, or an fsspec URL such as s3://bucket/folder "
                                             f"(default: {settings.seeds_dir})")


def _sources(text: str) -> Path | str:
    """A local folder as a Path; a URL (s3://..., memory://...) kept as typed, for fsspec to read."""
    return text if is_url(text) else Path(text)


def _report(args: argparse.Namespace) -> int:
    jobs = args.jobs if args.jobs > 0 else default_jobs()
    workers: list[dict] = []
    result, problems = check_all(args.facts, args.seeds, jobs=jobs, max_source_mb=args.max_source_mb,
                                 cache_dir=None if args.no_cache else args.cache_dir, scheduler=args.scheduler,
                                 dask_workers=workers)
    for figures in workers:
        print(worker_line(figures), file=sys.stderr)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.report_dir:
        for path in write_reports(result, args.report_dir, max_sources=args.detail_max_sources):
            print(f"wrote {terminal(shown(path))}", file=sys.stderr)
    chunks = render_chunks(result, args.format, args.detail_max_sources)
    if str(args.output) == "-":
        sys.stdout.writelines(chunks)
    else:
        write_atomic(args.output, chunks)
        print(f"wrote {terminal(str(args.output))}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {terminal(note)}", file=sys.stderr)
    if problems:
        print(f"error: {len(result.broken)} fact file(s) or folder(s) not checked (invalid or unreadable): "
              f"{terminal(', '.join(result.broken))}", file=sys.stderr)
        return 2
    if result.skipped:
        print(f"error: {len(result.skipped)} source(s) could not be read: "
              f"{terminal(', '.join(name for name, _ in result.skipped))}", file=sys.stderr)
        return 3
    return _discrepancy_status(result, args.fail_on, args.prog)


def worker_line(figures: dict) -> str:
    """One Dask worker's share of a run, as the report command prints it on standard error."""
    return (f"dask worker {terminal(str(figures['worker']))}: {figures['shards']} shards in {figures['seconds']:.1f} s, "
            f"{figures['cpu']:.1f} s CPU, peak memory {figures['peak_mb']:.1f} MB")


def _discrepancy_status(result, fail_on: str, prog: str) -> int:
    """1 when a fact's outcome is one ``--fail-on`` fails on (saying which), else 0."""
    from .verdict import outcome

    failing = [fr for fr in result.facts if outcome(fr).status in FAIL_ON[fail_on]]
    if not failing:
        return 0
    print(f"error: {len(failing)} fact(s) fail (--fail-on {fail_on}): "
          f"{terminal(', '.join(fr.fact.id for fr in failing))} — `{prog} explain ID` says why; "
          f"`{prog} acknowledge ID SOURCE --why \"...\"` accepts a source's difference", file=sys.stderr)
    return 1


def _no_fact(fact_id: str, ids, where: Path) -> int:
    print(terminal(f"error: no fact with id '{fact_id}' under {where}{did_you_mean(fact_id, ids)}"), file=sys.stderr)
    return 2


def _source(name: str, names, seeds: Path) -> str | None:
    """The source meant by ``name`` (its name as shown, or an unambiguous prefix; else the file's own name);
    None after saying what is wrong."""
    names = list(names)
    found, near = resolve(name, names)
    if found is None and shown_name(name) in names:  # the file's own name, as a shell's completion types it;
        found, near = shown_name(name), []  # the name as shown comes first: the commands printed use it
    if found is None:
        if near and all(n.startswith(name) for n in near):
            print(f"error: '{terminal(name)}' begins several sources in {seeds}: {terminal(', '.join(near))} — "
                  "give more of the name", file=sys.stderr)
        else:
            hint = f" — did you mean {' or '.join(shell_word(n) for n in near)}?" if near else ""  # as typed
            print(f"error: no source '{terminal(name)}' in {seeds}{hint}", file=sys.stderr)
    return found


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain_lines
    from .facts import load_facts
    from .index import index_all
    from .judge import prepare_all
    from .sources import read_folder

    sources = read_folder(args.seeds).sources
    facts = {f.id: f for f in load_facts(args.facts, sources={s.name for s in sources})}
    if args.id not in facts:
        return _no_fact(args.id, facts, args.facts)
    source = args.source and _source(args.source, [s.name for s in sources], args.seeds)
    if args.source and source is None:
        return 2
    fact = facts[args.id]
    prepared = dict(zip(facts, prepare_all(facts.values())))[args.id]  # as the checks prepare it, among the others
    for line in explain_lines(fact, index_all(sources), source=source, prepared=prepared):
        print(line)
    return 0


def _lint(args: argparse.Namespace) -> int:
    from .lint import lint, lint_line

    paths = list(args.paths) + list(args.facts) or [args.default_facts]
    problems = lint(paths, args.seeds if args.seeds.is_dir() else None)
    for problem in problems:
        print(lint_line(problem))
    errors = sum(p.severity == "error" for p in problems)
    print(f"{errors} error(s), {len(problems) - errors} warning(s)", file=sys.stderr)
    return 1 if errors else 0


def _survey(args: argparse.Namespace) -> int:
    from .index import index_all
    from .sources import read_folder
    from .survey import survey

    folder = read_folder(args.seeds)
    lines, clusters = survey(tuple(args.terms), args.kind, index_all(folder.sources),
                             context=tuple(args.context), unless=tuple(args.unless))
    print("\n".join(lines))
    print(clusters)
    return 0


def _new(args: argparse.Namespace) -> int:
    from .edit import new_record

    if sys.stdin.isatty():
        _ask(args)
    missing = [f for f in ("id", "kind", "claim") if not getattr(args, f)] + ([] if args.about else ["about"])
    if missing:
        print(f"error: give {', '.join('--' + m for m in missing)}", file=sys.stderr)
        return 2
    path = args.file or args.facts / f"{args.id}.yaml"
    taken = _existing(args.id, args.facts, path)
    if taken is not None:
        print(terminal(f"error: {taken.file}:{taken.line}: a fact with id '{args.id}' already exists — choose "
                       f"another id (ids are unique across {args.facts}), or edit that record; nothing was written"),
              file=sys.stderr)
        return 2
    value = args.value[0] if len(args.value) == 1 else args.value
    fields = {"id": args.id, "claim": args.claim, "kind": args.kind, "about": args.about, "value": value,
              "unit": args.unit, "tolerance": args.tolerance, "rivals": args.rivals, "context": args.context,
              "unless": args.unless, "severity": args.severity, "tags": args.tags, "note": args.note}
    new_record(path, fields)
    print(terminal(f"added '{args.id}' to {path}"))
    return _verdicts_of(args, args.id)


def _existing(fact_id: str, facts: Path, path: Path):
    """The record already holding ``fact_id`` in the fact files or in ``path``, or None."""
    from .facts import fact_files, read_file

    files = list(fact_files(facts)) if facts.exists() else []
    if path.is_file() and path.resolve() not in {f.resolve() for f in files}:
        files.append(path)
    for file in files:
        for fact in read_file(file)[0]:
            if fact.id == fact_id:
                return fact
    return None


def _ask(args: argparse.Namespace) -> None:
    """On a terminal: ask for what the flags left out."""
    for field, prompt in (("id", "id (lowercase-with-hyphens)"), ("kind", f"kind ({'/'.join(KINDS)})"),
                          ("claim", "claim (one sentence)")):
        if not getattr(args, field):
            setattr(args, field, input(f"{prompt}: ").strip())
    if not args.value:
        args.value = [t.strip() for t in input("value (several: comma-separated): ").split(",") if t.strip()]
    if not args.about:
        args.about = [t.strip() for t in input("about (terms, comma-separated): ").split(",") if t.strip()]


def _acknowledge(args: argparse.Namespace) -> int:
    from .edit import acknowledge

    report, problems = check_all(args.facts, args.seeds)
    if problems:
        raise CheckError(problems)
    if args.stale:
        return _remove_stale(report)
    if not (args.id and args.source and args.why):
        print("error: give ID SOURCE --why '...' (or --stale)", file=sys.stderr)
        return 2
    facts = {fr.fact.id: fr for fr in report.facts}
    if args.id not in facts:
        return _no_fact(args.id, facts, args.facts)
    source = _source(args.source, report.sources, args.seeds)
    if source is None:
        return 2
    result = next(r for r in facts[args.id].results if r.source == source)
    if result.verdict != "differ" and not args.force:
        print(f"error: {terminal(source)} does not differ from '{args.id}': {_verdict_words(result)} — nothing "
              f"to acknowledge (`{args.prog} explain {args.id} --source {shell_word(source)}` shows why; "
              "--force acknowledges it anyway)", file=sys.stderr)
        return 2
    acknowledge(facts[args.id].fact, source, args.why, sources=set(report.sources))
    print(f"{args.id}: {terminal(source)} acknowledged ({terminal(args.why)})")
    return _verdicts_of(args, args.id)


def _verdict_words(result) -> str:
    """A result's verdict as a sentence: 'it agrees (line 25: 2020-11-09)', 'it is silent'."""
    if result.verdict == "silent":
        return "it is silent (no relevant sentence states a value)"
    first = result.evidence[0]
    return f"it agrees (line {first.line}: {terminal(first.found)})"


def _remove_stale(report) -> int:
    """Remove every acknowledgement that no longer holds (the source agrees, is silent, or is gone)."""
    from .edit import unacknowledge
    from .verdict import is_stale, unknown_acknowledged

    removed = 0
    for fr in report.facts:
        stale = [r.source for r in fr.results if is_stale(r)] + list(unknown_acknowledged(fr.fact, report.sources))
        if stale:
            unacknowledge(fr.fact, stale)
            removed += len(stale)
            print(terminal(f"{fr.fact.id}: no longer acknowledged: {', '.join(stale)}"))
    print(f"{removed} stale acknowledgement(s) removed")
    return 0


def _verdicts_of(args: argparse.Namespace, fact_id: str) -> int:
    from .verdict import outcome

    report, problems = check_all(args.facts, args.seeds)
    if problems:
        raise CheckError(problems)
    mine = [fr for fr in report.facts if fr.fact.id == fact_id]
    if not mine:
        return 0
    lines = to_lines(replace(report, facts=tuple(mine)))
    print(lines.rstrip() if lines.strip() else f"{fact_id}: every source is silent")
    result = outcome(mine[0])
    print(f"pytest would: {result.status}")
    for line in next_commands(args.prog, fact_id, [r.source for r in result.differing]):
        print(line)
    return 0

