"""Change fact files the way an editor would by hand: lines added or removed, comments and order kept.

PyYAML cannot write a file back with its comments, so edits are made to the text,
guided by the line marks of the loaded records, and the result is loaded again
before it replaces the file: an edit that would break the file is refused.
"""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

import yaml

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


def _spans(lines: list[str], fact: Fact) -> tuple[int, int, tuple[int, int] | None, dict[str, tuple[int, int]]]:
    """Where a record's parts are in ``lines``, from the YAML node marks (never by scanning the text,
    which a block-scalar reason holding 'x.txt: ...' would fool): (end of the record's last field,
    the column of its fields, the lines of `known:` with its entries or None, each entry's lines)."""
    record = _record_node(lines, fact)
    known = next(((k, v) for k, v in record.value if k.value == "known"), None)
    entries = _known_entries(lines, fact, known)
    span = (known[0].start_mark.line, max([_end(lines, known[0].start_mark.line, known[1]),
                                           *(e for _, e in entries.values())])) if known else None
    last = max(_end(lines, k.start_mark.line, v) for k, v in record.value)
    return last, record.start_mark.column, span, entries


def _record_node(lines: list[str], fact: Fact) -> yaml.MappingNode:
    """The record's node, found by its id in the file as it is now: not by the line it was read at,
    which an earlier edit of the same run (another record's `known:` shortened) has moved."""
    try:
        root = yaml.compose("".join(lines), Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        root = None
    found = []
    if isinstance(root, yaml.MappingNode):
        for key, value in root.value:
            if key.value == "facts" and isinstance(value, yaml.SequenceNode):
                found += [item for item in value.value if _id_of(item) == fact.id]
    record = found[0] if len(found) == 1 else None
    if not isinstance(record, yaml.MappingNode) or not record.value:
        raise FactError([Problem(fact.file, fact.line, f"fact '{fact.id}' is no longer where it was read",
                                 "the file changed meanwhile: run the command again")])
    return record


def _id_of(node: yaml.Node) -> str | None:
    if isinstance(node, yaml.MappingNode):
        return next((str(v.value) for k, v in node.value if k.value == "id" and isinstance(v, yaml.ScalarNode)), None)
    return None


def _known_entries(lines: list[str], fact: Fact, known) -> dict[str, tuple[int, int]]:
    """Each acknowledgement's lines; refused when two share a line (a flow mapping)."""
    entries: dict[str, tuple[int, int]] = {}
    if known is None or not isinstance(known[1], yaml.MappingNode):
        return entries
    for key, value in known[1].value:
        entries[str(key.value)] = (key.start_mark.line, _end(lines, key.start_mark.line, value))
    lines_used = [i for span in entries.values() for i in range(*span)]
    if known[0].start_mark.line in lines_used or len(lines_used) != len(set(lines_used)):
        raise FactError([Problem(fact.file, known[0].start_mark.line + 1,
                                 f"the acknowledgements of '{fact.id}' share a line (written as {{...}})",
                                 "write `known:` with one indented 'source.txt: why' per line, then run again")])
    return entries


def _end(lines: list[str], first: int, node: yaml.Node) -> int:
    """The index after the last line of a node begun on line ``first`` (trailing blank lines left out)."""
    if isinstance(node, yaml.CollectionNode) and not node.flow_style and node.value:
        # a block collection ends where the next thing begins, comments between included: use its parts
        parts = node.value if isinstance(node, yaml.SequenceNode) else [v for _, v in node.value]
        return max(_end(lines, part.start_mark.line, part) for part in parts)
    end = node.end_mark.line + (1 if node.end_mark.column else 0)
    while end > first + 1 and not lines[end - 1].strip():
        end -= 1
    return max(end, first + 1)


def _save(path: Path, lines: list[str], sources: set[str] | None) -> None:
    text = "".join(lines)
    with tempfile.TemporaryDirectory() as scratch:  # not beside it: a user's file of that name is theirs
        trial = Path(scratch) / path.name
        trial.write_text(text, encoding="utf-8")
        _, problems = read_file(trial)
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
    end, indent, at, entries = _spans(lines, fact)
    entry = " " * (indent + 2) + f"{scalar(source)}: {scalar(why)}\n"
    if source in entries:
        lines[entries[source][0]:entries[source][1]] = [entry]
    elif at is not None:
        lines.insert(at[1], entry)
    else:
        if not lines[end - 1].endswith("\n"):
            lines[end - 1] += "\n"
        lines[end:end] = [" " * indent + "known:\n", entry]
    _save(path, lines, sources)


def unacknowledge(fact: Fact, names: list[str]) -> None:
    """Remove these sources from the record's `known:` (and `known:` itself when it empties)."""
    path = Path(fact.file)
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    _, _, at, entries = _spans(lines, fact)
    drop = {i for n in names if n in entries for i in range(*entries[n])}
    if at is not None and all(n in names for n in entries):
        drop.update(range(*at))
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
