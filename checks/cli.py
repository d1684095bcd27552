"""The command line: a thin shell over the pipeline and the renderers.

Exit codes: 0 done; 1 the checks found a problem the command is about (lint
errors); 2 bad input (a fact file or folder the engine cannot use: the other
files are still checked and reported) or usage; 3 a source could not be read
(unreadable, binary or too large: named on standard error and in the report).
"""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path

from .errors import CheckError
from .kinds import KINDS
from .report.output import OutputError, write_atomic
from .parallel import default_jobs
from .pipeline import check_all
from .sources import DEFAULT_MAX_MB
from .report.publish import write_reports
from .report.render import FORMATS, render_chunks, to_lines
from .schema import schema_text
from .safe_text import terminal


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m checks",
                                     description="Check curated fact records against source texts.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    report = commands.add_parser("report", help="check every fact against every source and render the result",
                                 description="Check every fact against every source and write a report.")
    _inputs(report)
    report.add_argument("--format", choices=sorted(FORMATS), default="text",
                        help="output format (default: text, the matrix)")
    report.add_argument("--output", "-o", default="-", metavar="PATH",
                        help="file to write (default: - for standard output)")
    report.add_argument("--report-dir", type=Path, metavar="DIR",
                        help="also write discrepancies.md, .html and .json into DIR (as pytest does)")
    report.add_argument("--jobs", "-j", type=int, default=0, metavar="N",
                        help="processes to use (default 0 = one per core available)")
    report.add_argument("--scheduler", metavar="ADDRESS", help="run on Dask: 'local' (a LocalCluster) or a "
                        "scheduler address such as tcp://host:8786 (pip install 'fact-checks[dask]')")
    report.add_argument("--cache-dir", type=Path, default=Path(".cache/fact-checks"), metavar="DIR",
                        help="keep source indexes here between runs (default .cache/fact-checks; safe to delete)")
    report.add_argument("--no-cache", action="store_true", help="read every source afresh, keep nothing")
    report.add_argument("--max-source-mb", type=float, default=DEFAULT_MAX_MB, metavar="MB",
                        help=f"refuse a source larger than this (default {DEFAULT_MAX_MB})")
    report.set_defaults(run=_report)

    explain = commands.add_parser("explain", help="show every value the engine considered for one fact, and why",
                                  description="For one fact, per source: every relevant sentence, every "
                                              "candidate value, and why it was accepted or set aside.")
    explain.add_argument("id", help="the fact's id")
    explain.add_argument("--source", help="only this source (its file name)")
    _inputs(explain)
    explain.set_defaults(run=_explain)

    lint = commands.add_parser("lint", help="validate fact files and report every problem at once",
                               description="Validate fact files: every problem as file:line:col: code: message "
                                           "— hint. Exit 1 on errors, 0 when clean (warnings alone: 0).")
    lint.add_argument("paths", nargs="*", type=Path, metavar="PATH", help="fact files or folders (default facts/)")
    lint.add_argument("--seeds", "--sources", dest="seeds", type=Path, default=Path("seeds"), metavar="PATH",
                      help="sources folder, to check `known` names and that about-terms match something")
    lint.set_defaults(run=_lint)

    survey = commands.add_parser("survey", help="before writing a record: what the sources say for some terms",
                                 description="Per source, the relevant sentences and the values of a kind the "
                                             "engine attributes to the terms, then sources clustered by value.")
    survey.add_argument("terms", nargs="+", metavar="TERM", help="about-terms, as a record would have them")
    survey.add_argument("--kind", choices=list(KINDS), default="date")
    survey.add_argument("--seeds", "--sources", dest="seeds", type=Path, default=Path("seeds"), metavar="PATH")
    survey.add_argument("--context", action="append", default=[], metavar="TERM",
                        help="a relevant sentence's paragraph must also mention one of these (repeatable)")
    survey.add_argument("--unless", action="append", default=[], metavar="TERM",
                        help="a sentence mentioning one of these is not relevant (repeatable)")
    survey.set_defaults(run=_survey)

    new = commands.add_parser("new", help="add a fact record to a fact file, keeping its comments and order",
                              description="Append a record (asked for on a terminal, else given as flags), "
                                          "validate it, and print the verdicts it gets.")
    for flag in ("id", "claim", "kind", "value", "unit", "tolerance"):
        new.add_argument(f"--{flag}")
    for flag in ("about", "rivals"):
        new.add_argument(f"--{flag}", action="append", default=[], help="repeat for several terms")
    new.add_argument("--file", type=Path, help="fact file to append to (default facts/<id>.yaml)")
    _inputs(new)
    new.set_defaults(run=_new)

    ack = commands.add_parser("acknowledge", help="acknowledge a source's discrepancy in a record's `known`",
                              description="Add `SOURCE: why` under the record's `known:`; with --stale, "
                                          "remove every acknowledgement that no longer holds.")
    ack.add_argument("id", nargs="?", help="the fact's id")
    ack.add_argument("source", nargs="?", help="the source's file name")
    ack.add_argument("--why", help="one line: why the source differs")
    ack.add_argument("--stale", action="store_true", help="remove acknowledgements that no longer hold")
    _inputs(ack)
    ack.set_defaults(run=_acknowledge)

    schema = commands.add_parser("schema", help="print the JSON Schema of fact files (facts/schema.json)")
    schema.set_defaults(run=lambda args: sys.stdout.write(schema_text()) and 0)

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except CheckError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except BrokenPipeError:
        return _reader_gone()
    except OSError as exc:  # a report that cannot be written (a full disk, a file where a folder goes, ...)
        where = f"{terminal(str(exc.filename))}: " if exc.filename is not None else ""
        print(f"error: NOT written: {where}{exc.strerror or exc} — check the path and that it can be written",
              file=sys.stderr)
        return 2


def _reader_gone() -> int:
    """Whoever read standard output stopped (``| head``): end quietly, as a Unix tool killed by
    SIGPIPE does (status 141), with nothing left to flush into the closed pipe at exit."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + 13


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--facts", type=Path, default=Path("facts"), metavar="PATH",
                        help="fact file or folder of *.yaml fact files (default: facts/)")
    parser.add_argument("--seeds", "--sources", dest="seeds", type=Path, default=Path("seeds"), metavar="PATH",
                        help="folder of source texts (default: seeds/)")


def _report(args: argparse.Namespace) -> int:
    jobs = args.jobs if args.jobs > 0 else default_jobs()
    result, problems = check_all(args.facts, args.seeds, jobs=jobs, max_source_mb=args.max_source_mb,
                                 cache_dir=None if args.no_cache else args.cache_dir, scheduler=args.scheduler)
    for problem in problems:
        print(problem, file=sys.stderr)
    if args.report_dir:
        for path in write_reports(result, args.report_dir):
            print(f"wrote {path}", file=sys.stderr)
    chunks = render_chunks(result, args.format)
    if str(args.output) == "-":
        sys.stdout.writelines(chunks)
    else:
        write_atomic(args.output, chunks)
        print(f"wrote {args.output}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {terminal(note)}", file=sys.stderr)
    if problems:
        print(f"error: {len(result.broken)} fact file(s) invalid and not checked: {', '.join(result.broken)}",
              file=sys.stderr)
        return 2
    if result.skipped:
        print(f"error: {len(result.skipped)} source(s) could not be read: "
              f"{terminal(', '.join(name for name, _ in result.skipped))}", file=sys.stderr)
        return 3
    return 0


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain_lines
    from .facts import load_facts
    from .index import index_all
    from .sources import read_folder

    sources = read_folder(args.seeds).sources
    facts = {f.id: f for f in load_facts(args.facts, sources={s.name for s in sources})}
    if args.id not in facts:
        print(f"error: no fact with id '{args.id}' under {args.facts}", file=sys.stderr)
        return 2
    if args.source and args.source not in {s.name for s in sources}:
        print(f"error: no source '{args.source}' in {args.seeds}", file=sys.stderr)
        return 2
    for line in explain_lines(facts[args.id], index_all(sources), source=args.source):
        print(line)
    return 0


def _lint(args: argparse.Namespace) -> int:
    from .lint import default_paths, lint, lint_line

    problems = lint(default_paths(args.paths), args.seeds if args.seeds.is_dir() else None)
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
    fields = {"id": args.id, "claim": args.claim, "kind": args.kind, "about": args.about, "value": args.value,
              "unit": [args.unit] if args.unit else None, "tolerance": args.tolerance, "rivals": args.rivals}
    new_record(path, fields)
    print(f"added '{args.id}' to {path}")
    return _verdicts_of(args, args.id)


def _ask(args: argparse.Namespace) -> None:
    """On a terminal: ask for what the flags left out."""
    for field, prompt in (("id", "id (lowercase-with-hyphens)"), ("kind", f"kind ({'/'.join(KINDS)})"),
                          ("claim", "claim (one sentence)"), ("value", "value")):
        if not getattr(args, field):
            setattr(args, field, input(f"{prompt}: ").strip())
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
        print(f"error: no fact with id '{args.id}' under {args.facts}", file=sys.stderr)
        return 2
    acknowledge(facts[args.id].fact, args.source, args.why, sources=set(report.sources))
    print(f"{args.id}: {args.source} acknowledged ({args.why})")
    return _verdicts_of(args, args.id)


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
            print(f"{fr.fact.id}: no longer acknowledged: {', '.join(stale)}")
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
    print(f"pytest would: {outcome(mine[0]).status}")
    return 0
