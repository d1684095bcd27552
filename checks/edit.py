"""Change fact files the way an editor would by hand: lines added or removed, comments and order kept.

PyYAML cannot write a file back with its comments, so edits are made to the text,
guided by the line marks of the loaded records, and the result is loaded again
before it replaces the file: an edit that would break the file is refused.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from .errors import CheckError, FactError, Problem
from .facts import read_file
from .model import Fact
from .report.output import write_atomic

_PLAIN = re.compile(r"[A-Za-z0-9_][A-Za-z0-9_ .,()/'-]*\Z")
MODELINE = "# yaml-language-server: $schema=schema.json\n"


def scalar(text: str) -> str:
    """``text`` as a YAML scalar: plain when safe, else double-quoted (JSON strings are valid YAML)."""
    if _PLAIN.match(text) and not text.endswith(" ") and text.lower() not in ("yes", "no", "true", "false",
                                                                                 "null", "on", "off", "~"):
        return text
    return json.dumps(text, ensure_ascii=False)


def _block(lines: list[str], fact: Fact) -> tuple[int, int, int]:
    """(first line index, end index, field indent) of a record in ``lines``."""
    first = fact.line - 1
    indent = len(lines[first]) - len(lines[first].lstrip(" -"))
    end = first + 1
    while end < len(lines):
        line = lines[end]
        stripped = line.lstrip(" ")
        if stripped and not stripped.startswith("#") and len(line) - len(stripped) < indent:
            break
        end += 1
    while end > first + 1 and not lines[end - 1].strip():
        end -= 1
    return first, end, indent


def _known_entries(lines: list[str], first: int, end: int, indent: int) -> tuple[int | None, dict[str, int]]:
    """The line of `known:` in a record, and each acknowledged source's line."""
    at = next((i for i in range(first, end) if lines[i].startswith(" " * indent + "known:")), None)
    entries: dict[str, int] = {}
    if at is not None:
        for i in range(at + 1, end):
            line = lines[i]
            if line.strip() and len(line) - len(line.lstrip(" ")) <= indent:
                break
            key = line.strip().split(":", 1)[0].strip().strip("\"'")
            if key and not key.startswith("#"):
                entries[key] = i
    return at, entries


def _save(path: Path, lines: list[str], sources: set[str] | None) -> None:
    text = "".join(lines)
    trial = path.with_name(f".{path.name}.check")
    trial.write_text(text, encoding="utf-8")
    try:
        _, problems = read_file(trial)
    finally:
        trial.unlink(missing_ok=True)
    errors = [Problem(str(path), p.line, p.message, p.hint, code=p.code) for p in problems if p.severity == "error"]
    if errors:
        raise FactError(errors)
    write_atomic(path, text)


def acknowledge(fact: Fact, source: str, why: str, *, sources: set[str] | None = None) -> None:
    """Add ``source: why`` under the record's `known:` (made if missing)."""
    if sources is not None and source not in sources:
        raise CheckError([Problem(source, 0, "no such source", "give a file name from the sources folder")])
    path = Path(fact.file)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first, end, indent = _block(lines, fact)
    at, entries = _known_entries(lines, first, end, indent)
    entry = " " * (indent + 2) + f"{scalar(source)}: {scalar(why)}\n"
    if source in entries:
        lines[entries[source]] = entry
    elif at is not None:
        lines.insert(max([at, *entries.values()]) + 1, entry)
    else:
        if not lines[end - 1].endswith("\n"):
            lines[end - 1] += "\n"
        lines[end:end] = [" " * indent + "known:\n", entry]
    _save(path, lines, sources)


def unacknowledge(fact: Fact, names: list[str]) -> None:
    """Remove these sources from the record's `known:` (and `known:` itself when it empties)."""
    path = Path(fact.file)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    first, end, indent = _block(lines, fact)
    at, entries = _known_entries(lines, first, end, indent)
    drop = {entries[n] for n in names if n in entries}
    if at is not None and len(drop) == len(entries):
        drop.add(at)
    _save(path, [line for i, line in enumerate(lines) if i not in drop], None)


def new_record(path: Path, fields: dict[str, object]) -> None:
    """Append a record to ``path`` (made, with the schema modeline, if it does not exist)."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True) if path.exists() else [MODELINE, "facts:\n"]
    first = next((line for line in lines if line.lstrip().startswith("- id:")), "  - id:")
    dash = len(first) - len(first.lstrip())
    pad = " " * (dash + 2)
    record = []
    for key, value in fields.items():
        if value is None or (not value and value != 0):
            continue
        if isinstance(value, (list, tuple)):
            text = "[" + ", ".join(scalar(str(v)) for v in value) + "]"
        else:
            text = scalar(str(value))  # "2020-11-09" and "44" stay plain, as the loader wants them
        record.append(f"{pad}{key}: {text}\n")
    if not record:
        return
    record[0] = " " * dash + "- " + record[0][len(pad):]
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += "\n"
    if lines and lines[-1].strip() and lines[-1].strip() != "facts:":
        lines.append("\n")  # a blank line between records, as editors write them
    _save(path, lines + record, None)
