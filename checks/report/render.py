"""Render a Report: JSON (the contract), the terminal matrix, line and GitHub annotations, Markdown, HTML.

Every format is a pure function Report -> str, found by name in FORMATS.
Markdown and HTML live in their own modules; this one names them in FORMATS.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator

from ..model import FactReport, Report, Result
from ..safe_text import shell_word, terminal, terminal_quote
from ..verdict import is_stale, outcome
from .html import to_html
from .jsonl import iter_jsonl, to_jsonl
from .markdown import to_markdown
from .overview import (CELLS, at, LEGEND, NOT_CHECKED, SYMBOLS, cell, counts, detailed,
                       detail_limit, evidence_json, evidence_note, expected_words, fact_counts, not_checked, now_does, said, summary,
                       value_words)

JSON_VERSION = 1


def value_json(fr: FactReport):
    value = fr.fact.value
    if isinstance(value, tuple):
        return list(value)
    if isinstance(value, float):
        return int(value) if value.is_integer() else value
    return fr.fact.value_text if value is not None else None


def to_json(report: Report) -> str:
    return "".join(iter_json(report))


def iter_json(report: Report) -> Iterator[str]:
    """The JSON contract, streamed: a run of 500 facts x 10,000 sources never sits in memory as text.

    One result per line; a plain silent result is the same text for every fact, made once per source.
    """
    outlets, c = dict(report.outlets), counts(report)
    head = json.dumps({
        "version": JSON_VERSION,
        "sources": list(report.sources),
        "outlets": {s: outlets[s] for s in report.sources if s in outlets},
        "counts": {k: c[k] for k in CELLS},
        "notes": list(report.notes),
        # only when a fact file was left out, so a clean run's JSON is as it was
        **({"broken": [{"file": name, "status": NOT_CHECKED,
                        "errors": [{"line": line, "message": error} for line, error in errors]}
                       for name, errors in not_checked(report)]} if not_checked(report) else {}),
    }, indent=2, ensure_ascii=False)
    yield head[:-2] + ',\n  "facts": ['
    silent = {name: _result_json(Result(name, "silent")) for name in report.sources}
    for k, fr in enumerate(report.facts):
        fact = json.dumps({
            "id": fr.fact.id, "kind": fr.fact.kind, "claim": fr.fact.claim, "value": value_json(fr),
            "expected": fr.fact.value_text, "file": fr.fact.file, "line": fr.fact.line,
            "severity": fr.fact.severity, "tags": list(fr.fact.tags), "status": outcome(fr).status,
        }, ensure_ascii=False)
        yield ("\n    " if k == 0 else ",\n    ") + fact[:-1] + ', "results": ['
        for j, r in enumerate(fr.results):
            plain = r.verdict == "silent" and not r.known
            yield ("\n      " if j == 0 else ",\n      ") + (silent[r.source] if plain else _result_json(r))
        yield "\n    ]}"
    yield "\n  ]\n}\n" if report.facts else "]\n}\n"


# json.dumps with options builds an encoder per call; a large run writes a line per result
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _result_json(r: Result) -> str:
    return _encode({"source": r.source, "verdict": r.verdict, "known": r.known, "reason": r.reason,
                    "evidence": [evidence_json(e) for e in r.evidence]})


def matrix_lines(report: Report, *, width: int = 30, max_sources: int | None = None) -> list[str]:
    """Facts down, sources across (numbered, with a key below): one symbol per cell; past ``max_sources``
    sources (None: ``DETAIL_DEFAULTS["terminal"]``) one line of counts per fact instead."""
    if not report.facts:
        return ["no facts checked"] + _not_checked_lines(report)
    if not detailed(report, "terminal", max_sources):
        return _counted_lines(report, width, detail_limit("terminal", max_sources))
    name_width = min(width, max(len(fr.fact.id) for fr in report.facts))
    numbers = [f"{i + 1:>2}" for i in range(len(report.sources))]
    lines = [" " * name_width + "  " + " ".join(numbers)]
    for fr in report.facts:
        row = " ".join(f"{SYMBOLS[cell(r)]:>2}" for r in fr.results)
        lines.append(f"{terminal(_clip(fr.fact.id, name_width)):<{name_width}}  {row}")
    lines.append("")
    outlets = dict(report.outlets)
    for i, name in enumerate(report.sources):
        extra = f" ({terminal(outlets[name])})" if name in outlets else ""
        lines.append(f"{i + 1:>2}: {terminal(name)}{extra}")
    lines.append(LEGEND)
    lines.append(summary(report))
    return lines + _not_checked_lines(report)


def _counted_lines(report: Report, width: int, limit: int) -> list[str]:
    """Too many sources for a column each: per fact its counts, and the first sources that differ."""
    name_width = min(width, max(len(fr.fact.id) for fr in report.facts))
    lines = [f"{len(report.sources):,} sources are too many to show one by one (detail_max_sources = {limit:,}): "
             "per fact, its counts and the sources that differ (every result: --format json)"]
    for fr in report.facts:
        tally = fact_counts(fr)
        lines.append(f"{terminal(_clip(fr.fact.id, name_width)):<{name_width}}  "
                     + "  ".join(f"{tally[k]:,} {k}" for k in CELLS))
        differing = [r.source for r in said(fr) if cell(r) == "differ"]
        if differing:
            more = f" and {len(differing) - 5:,} more" if len(differing) > 5 else ""
            lines.append(f"  differ: {terminal(', '.join(differing[:5]))}{more}")
    lines.append(summary(report))
    return lines + _not_checked_lines(report)


def _not_checked_lines(report: Report) -> list[str]:
    """Fact files left out as invalid: each NOT CHECKED, with its errors."""
    broken = not_checked(report)
    if not broken:
        return []
    lines = [f"{NOT_CHECKED}: {len(broken)} fact file{'s' if len(broken) > 1 else ''} invalid, "
             "their facts left out of the matrix:"]
    for name, errors in broken:
        lines.append(terminal(f"  {name}: {NOT_CHECKED}") + ("" if errors else " (invalid)"))
        lines.extend(terminal(f"    {at(name, line)}: {error}") for line, error in errors)
    return lines


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def to_text(report: Report, max_sources: int | None = None) -> str:
    return "\n".join(matrix_lines(report, max_sources=max_sources)) + "\n"


def _discrepancies(report: Report):
    for fr in report.facts:
        for r in fr.results:
            if r.verdict != "silent":
                yield fr, r


def _one_line(text: str) -> str:
    """A field of a one-line format: line breaks and other white space runs become one space."""
    return " ".join(text.split()) if any(c.isspace() and c != " " for c in text) else text


def to_lines(report: Report) -> str:
    """One line per non-silent verdict, in the format of compilers and linters.

    ``facts/file.yaml:LINE: fact-id: source:LINE: VERDICT: found X, expected Y`` where VERDICT
    is agree, differ (not acknowledged) or known (acknowledged), so ``grep ': differ:'`` lists
    exactly what fails the run; ``; possible conflict: Z`` ends a line whose source also holds a
    conflicting value that did not make it differ.
    """
    out = [terminal(f"{at(name, line)}: {NOT_CHECKED}: {error}") for name, errors in _broken_or_bare(report)
           for line, error in errors]
    for fr, r in _discrepancies(report):
        first = r.evidence[0] if r.evidence else None
        # names escaped before the values' white space is folded: a line break in a name shows as \n
        where = f"{terminal(r.source)}:{first.line}" if first else terminal(r.source)
        verdict = cell(r)
        found = ", ".join(dict.fromkeys(value_words(fr.fact, e.found) for e in r.evidence
                                        if e.agrees == (r.verdict == "agree") and not e.aside))
        doubt = ", ".join(dict.fromkeys(value_words(fr.fact, e.found) for e in r.evidence if e.aside))
        doubt = f"; possible conflict: {doubt}" if doubt else ""
        out.append(terminal(f"{fr.fact.file}:{fr.fact.line}: {fr.fact.id}: {where}: {verdict}: ")
                   + terminal(_one_line(f"found {found}, expected {expected_words(fr.fact)}{doubt}")))
    return "".join(line + "\n" for line in out)


def _broken_or_bare(report: Report) -> list[tuple[str, list[tuple[int, str]]]]:
    """The broken fact files with their errors; a file whose errors are not known gets one at line 1."""
    return [(name, errors or [(1, "the fact file is invalid")]) for name, errors in not_checked(report)]


def _escape_command(text: str) -> str:
    # line breaks as GitHub reads them back; then what is left (ESC, C1, bidi) shown escaped
    return terminal(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def _escape_property(text: str) -> str:
    return _escape_command(text).replace(":", "%3A").replace(",", "%2C")


def to_github(report: Report) -> str:
    """Workflow commands, shown inline on a pull request at the fact's line.

    ``::error`` for a discrepancy nobody acknowledged (``::warning`` when the fact's severity
    is warning, as the run does not fail on it), ``::notice`` for an acknowledged one, and
    ``::error`` for an acknowledgement that no longer holds (the run fails on it).
    """
    out = [f"::error file={_escape_property(name)},line={max(line, 1)},title={_escape_property(f'{name}: {NOT_CHECKED}')}"
           f"::{_escape_command(f'{NOT_CHECKED}, the fact file is invalid: {error}')}"
           for name, errors in _broken_or_bare(report) for line, error in errors]
    for fr in report.facts:
        for r in fr.results:
            if r.verdict == "differ":
                if r.known:
                    level = "notice"
                else:
                    level = "warning" if fr.fact.severity == "warning" else "error"
                e = next((e for e in r.evidence if not e.agrees and not e.aside), None)
                message = f"{r.source}:{e.line if e else '?'} says {value_words(fr.fact, e.found) if e else '?'}, " \
                          f"expected {expected_words(fr.fact)}: \"{e.quote if e else ''}\""
                if r.known:
                    message += f" (acknowledged: {r.reason})"
                title = f"{fr.fact.id}: {r.source} differs"
            elif is_stale(r) and fr.fact.value is not None:  # a draft is skipped, not failed
                level = "error"
                now = now_does(r)
                message = (f"{r.source} is acknowledged as differing ({r.reason}) but {now}; "
                           "remove it from 'known'")
                title = f"{fr.fact.id}: stale acknowledgement of {r.source}"
            else:
                continue
            out.append(f"::{level} file={_escape_property(fr.fact.file)},line={fr.fact.line},"
                       f"title={_escape_property(title)}::{_escape_command(message)}")
    return "".join(line + "\n" for line in out)


FORMATS = {"json": to_json, "text": to_text, "line": to_lines, "github": to_github,
           "md": to_markdown, "html": to_html, "jsonl": to_jsonl}


# The formats that count verdicts per fact past ``detail_max_sources`` sources; the others keep every result.
COUNTED = ("text", "md", "html")


def render(report: Report, fmt: str, max_sources: int | None = None) -> str:
    return "".join(render_chunks(report, fmt, max_sources))


def render_chunks(report: Report, fmt: str, max_sources: int | None = None) -> Iterable[str]:
    """The format as pieces of text, for writing without holding it whole (JSON can be large);
    ``max_sources``: the ``detail_max_sources`` setting (None: each format's default)."""
    if fmt in ("json", "jsonl"):
        return iter_json(report) if fmt == "json" else iter_jsonl(report)
    if fmt in COUNTED:
        return (FORMATS[fmt](report, max_sources),)
    return (FORMATS[fmt](report),)


QUOTED_FAILURES = 10  # differing sources a failing test quotes; the others are counted (every quote: the report)


def failure_text(fr: FactReport, result) -> str:
    """What a failing fact test prints: per differing source (the first QUOTED_FAILURES, so a fact that
    10,000 sources contradict prints kilobytes, not megabytes), the quote, line and found vs expected."""
    fact = fr.fact
    lines = [f"{fact.id} ({fact.file}:{fact.line}): {result.message}",
             f"  claim:    {fact.claim}", f"  expected: {expected_words(fact)}"]
    quoted, more = result.differing[:QUOTED_FAILURES], len(result.differing) - QUOTED_FAILURES
    for r in quoted:
        for e in r.evidence:
            if not e.agrees:
                hedge = f" ({e.approx})" if e.approx else ""
                lines.append(f"  {r.source}:{e.line}: found {value_words(fact, e.found)}{hedge}{evidence_note(e, r)}")
                lines.append(f"      \"{terminal_quote(e.quote)}\"")
    if more > 0:
        lines.append(f"  and {more:,} more sources differ (every quote: the report files, or "
                     f"`python -m checks explain {fact.id}`)")
    if result.differing:
        lines.append("  if the source is wrong and that is known, acknowledge it in the record:")
        lines.append("    known:")
        lines.extend(f"      {_yaml_key(r.source)}: <why it differs>" for r in quoted)
        if more > 0:
            lines.append(f"      # ... and the {more:,} others")
    for r in result.stale:
        now = now_does(r)
        lines.append(f"  {r.source}: acknowledged as differing ({r.reason}) but {now}; "
                     "remove it from 'known'")
    names = {r.source for r in fr.results}
    for source, reason in fact.known:
        if source not in names:
            lines.append(f"  {source}: acknowledged ({reason}) but no such source; remove it from 'known'")
    return "\n".join(terminal(line) for line in lines)  # names, claims and reasons shown escaped


_PLAIN_KEY = re.compile(r"\w[\w.,()+-]*(?: [\w.,()+-]+)*")  # a name YAML reads back as written


def _yaml_key(name: str) -> str:
    """A source name as a key of ``known:``: plain when YAML reads it back as written, else in double
    quotes, whose escapes (\\n, \\x1b, \\u0085, \\\\) are the ones ``terminal`` writes."""
    if _PLAIN_KEY.fullmatch(name):
        return name
    return '"' + terminal(name.replace("\\", "\\\\").replace('"', '\\"')) + '"'


def next_commands(prog: str, fact_id: str, sources: list[str], where: str = "") -> list[str]:
    """What to run next for each source that differs unacknowledged: see why, or accept it (``where``: the
    --facts/--seeds a command needs when run from elsewhere, quoted). The CLI and pytest print the same lines,
    each pasted into a shell runs as shown (names quoted by ``shell_word``)."""
    out = []
    for source in sources:
        out.append(f"  why:    {prog} explain {fact_id} --source {shell_word(source)}{where}")
        out.append(f"  accept: {prog} acknowledge {fact_id} {shell_word(source)} --why \"...\"{where}")
    return out
