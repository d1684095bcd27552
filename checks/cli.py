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
from pathlib import Path

from .errors import CheckError
from .output import OutputError, write_atomic
from .pipeline import check_all
from .sources import DEFAULT_MAX_MB
from .render import FORMATS, render_chunks


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
    report.add_argument("--jobs", "-j", type=int, default=1, metavar="N",
                        help="processes to use (default 1; 0 = one per core)")
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

    args = parser.parse_args(argv)
    try:
        return args.run(args)
    except CheckError as exc:
        print(exc, file=sys.stderr)
        return 2
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _inputs(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--facts", type=Path, default=Path("facts"), metavar="PATH",
                        help="fact file or folder of *.yaml fact files (default: facts/)")
    parser.add_argument("--seeds", "--sources", dest="seeds", type=Path, default=Path("seeds"), metavar="PATH",
                        help="folder of source texts (default: seeds/)")


def _report(args: argparse.Namespace) -> int:
    jobs = args.jobs if args.jobs > 0 else (os.cpu_count() or 1)
    result, problems = check_all(args.facts, args.seeds, jobs=jobs, max_source_mb=args.max_source_mb,
                                 cache_dir=None if args.no_cache else args.cache_dir)
    for problem in problems:
        print(problem, file=sys.stderr)
    chunks = render_chunks(result, args.format)
    if str(args.output) == "-":
        sys.stdout.writelines(chunks)
    else:
        write_atomic(args.output, chunks)
        print(f"wrote {args.output}", file=sys.stderr)
    for note in result.notes:
        print(f"note: {note}", file=sys.stderr)
    if problems:
        print(f"error: {len(result.broken)} fact file(s) invalid and not checked: {', '.join(result.broken)}",
              file=sys.stderr)
        return 2
    if result.skipped:
        print(f"error: {len(result.skipped)} source(s) could not be read: "
              f"{', '.join(name for name, _ in result.skipped)}", file=sys.stderr)
        return 3
    return 0


def _explain(args: argparse.Namespace) -> int:
    from .explain import explain_lines
    from .facts import load_facts
    from .pipeline import index_source
    from .sources import read_sources

    sources, _ = read_sources(args.seeds)
    facts = {f.id: f for f in load_facts(args.facts, sources={s.name for s in sources})}
    if args.id not in facts:
        print(f"error: no fact with id '{args.id}' under {args.facts}", file=sys.stderr)
        return 2
    if args.source and args.source not in {s.name for s in sources}:
        print(f"error: no source '{args.source}' in {args.seeds}", file=sys.stderr)
        return 2
    for line in explain_lines(facts[args.id], [index_source(s) for s in sources], source=args.source):
        print(line)
    return 0
