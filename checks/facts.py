"""Load and validate fact files: every problem found, each with file:line and a fix."""

from __future__ import annotations

import difflib
import os
import re
from pathlib import Path

from .errors import FactError, Problem
from .fields import show, terms as _terms
from .kinds import KIND_FIELDS, KINDS
from .model import Fact
from .yamlnodes import Located, load


def _kinds_said(items: list[str]) -> str:
    return ", ".join(items[:-1]) + " or " + items[-1] if len(items) > 1 else "".join(items)


def _value_help() -> str:
    """'date: ...; number: ...; party/place: ...': kinds that write their value alike share an entry."""
    helps: dict[str, list[str]] = {}
    for kind in KINDS.values():
        helps.setdefault(kind.value_help, []).append(kind.name)
    return "; ".join(f"{'/'.join(names)}: {text}" for text, names in helps.items())


# The record schema as data: field -> (required, kinds it applies to or None, description).
# Kind-specific fields (a number's unit, a name's rivals) come from the kinds themselves.
FIELDS: dict[str, tuple[bool, tuple[str, ...] | None, str]] = {
    "id": (True, None, "Unique across all fact files: lowercase letters, digits and hyphens."),
    "claim": (True, None, "The fact as one plain sentence; shown in reports."),
    "kind": (True, None, f"What the value is: {_kinds_said([k.label for k in KINDS.values()])}."),
    "about": (True, None, "Terms that locate the fact: a sentence mentioning any of them is relevant. "
                          "Case, punctuation, hyphens and diacritics don't matter; small misspellings "
                          "are tolerated."),
    "value": (False, None, f"The established value. {_value_help()}. Leave it out for a draft."),
    **{name: (False, kinds, field.description) for name, (field, kinds) in KIND_FIELDS.items()},
    "known": (False, None, "Source name -> reason: an acknowledged discrepancy, still reported, "
                           "not failing the run."),
    "note": (False, None, "Free text for editors."),
    "context": (False, None, "A relevant sentence's paragraph must also mention one of these terms."),
    "unless": (False, None, "A sentence mentioning one of these terms is not relevant."),
    "severity": (False, None, "error (default): a discrepancy fails the run; warning: reported only."),
    "tags": (False, None, "Labels that become pytest markers (pytest -m TAG)."),
}
REQUIRED = tuple(k for k, (req, _, _) in FIELDS.items() if req)
MAX_FACT_FILE_BYTES = 5_000_000  # thousands of records; anything larger is a mistake or an attack
ID_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
TAG_RE = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*\Z")


def fact_files(path: Path) -> list[Path]:
    """Every *.yaml / *.yml under ``path`` (or ``path`` itself), in a stable order."""
    return find_fact_files(path)[0]


def find_fact_files(path: Path) -> tuple[list[Path], list[Problem]]:
    """``fact_files``, and an error naming each folder that cannot be listed: ``Path.rglob`` passes over
    such a folder in silence, and every fact in it with it."""
    if path.is_file():
        return [path], []
    problems: list[Problem] = []

    def unreadable(exc: OSError) -> None:
        problems.append(cannot_read(Path(exc.filename) if exc.filename else path, exc, folder=True))

    found = [Path(where) / name for where, _, names in os.walk(path, onerror=unreadable) for name in names
             if name.endswith((".yaml", ".yml")) and _file(Path(where) / name)]
    return sorted(found, key=lambda p: p.relative_to(path).as_posix()), problems


def _file(path: Path) -> bool:
    """A regular file (or a link to one): never a FIFO, whose reading would wait for ever.  One that
    cannot even be looked at is kept, for ``read_file`` to say why it cannot be read."""
    try:
        return path.is_file()
    except OSError:
        return True


def cannot_read(path: Path, exc: OSError, *, folder: bool = False) -> Problem:
    name = display_name(path) + ("/" if folder else "")
    return Problem(name, 0, f"cannot be read ({exc.strerror or exc}), so its facts were not checked",
                   "check its permissions", code="unreadable")


def display_name(path: Path) -> str:
    """A file's name as errors and reports show it: relative to the working folder if inside it."""
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def load_facts(path: Path | str, *, sources: set[str] | None = None) -> tuple[Fact, ...]:
    """All facts under ``path``; raise FactError listing every problem in every file.

    ``sources``, when given, are the source names a ``known`` entry may name.
    """
    facts, problems = read_facts(Path(path), sources=sources)
    errors = [p for p in problems if p.severity == "error"]
    if errors:
        raise FactError(errors)
    return facts


def read_facts(path: Path, *, sources: set[str] | None = None,
               unlisted: tuple[str, ...] = ()) -> tuple[tuple[Fact, ...], list[Problem]]:
    """Like load_facts, but return the valid facts and the problems instead of raising.  A ``known`` name may
    also be in a folder of the sources that could not be listed (``unlisted``: "sub/", or "" for all of it)."""
    if not path.exists():
        return (), [Problem(display_name(path), 0, "does not exist",
                            "create it, or point --facts at your fact files", code="missing")]
    facts: list[Fact] = []
    files, problems = find_fact_files(path)
    for file in files:
        got, found = read_file(file)
        facts.extend(got)
        problems.extend(found)
    problems.extend(_cross_checks(facts, sources, unlisted))
    bad = {(p.file, p.line) for p in problems if p.code in ("duplicate-id", "unknown-source")}
    return tuple(f for f in facts if (f.file, f.line) not in bad), problems


def read_file(file: Path) -> tuple[list[Fact], list[Problem]]:
    name = display_name(file)
    try:
        if file.stat().st_size > MAX_FACT_FILE_BYTES:
            return [], [Problem(name, 1, f"the file is {file.stat().st_size / 1e6:.1f} MB, over the "
                                f"{MAX_FACT_FILE_BYTES / 1e6:g} MB a fact file may be",
                                "split it into topic files", code="size")]
        raw = file.read_bytes()
    except OSError as exc:
        return [], [cannot_read(file, exc)]
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        return [], [Problem(name, line, "the file is not UTF-8 text", "save it as UTF-8",
                            code="encoding")]
    doc, problems = load(text, name)
    if doc is None:
        if not problems:
            problems = [Problem(name, 1, "the file is empty",
                                "add a 'facts:' list of records, or delete the file", code="empty")]
        return [], problems
    if not isinstance(doc.value, dict) or "facts" not in doc.value:
        return [], problems + [Problem(name, doc.line, "a fact file must be a mapping with a 'facts' key",
                                       "start the file with 'facts:' followed by a list of records",
                                       code="shape")]
    for key, line in (doc.key_lines or {}).items():
        if key != "facts":
            problems.append(Problem(name, line, f"unknown top-level key '{key}'",
                                    "only 'facts' is allowed at the top; move notes into comments",
                                    code="unknown-key"))
    records = doc.value["facts"]
    if not isinstance(records.value, list):
        return [], problems + [Problem(name, records.line, "'facts' must be a list of records",
                                       "write each record as an item starting with '- id: ...'",
                                       code="shape")]
    facts = []
    for item in records.value:
        fact = _record(item, name, problems)
        if fact is not None:
            facts.append(fact)
    return facts, problems


def _record(item: Located, file: str, problems: list[Problem]) -> Fact | None:
    if not isinstance(item.value, dict):
        problems.append(Problem(file, item.line, "a record must be a mapping of fields",
                                "write it as '- id: ...' with the fields indented below", code="shape"))
        return None
    fields = item.value
    before = len(problems)
    _check_keys(item, file, problems)
    if len(problems) > before:
        return None
    fid, claim, kind = _identity(fields, file, problems)
    about = _terms(fields, "about", file, problems, required=True)
    if None in (fid, claim, kind) or about is None:
        return None
    for key, (_, kinds, _) in FIELDS.items():
        if kinds and key in fields and kind not in kinds:
            problems.append(Problem(file, item.key_lines[key], f"'{key}' does not apply to a {kind} fact",
                                    f"remove it, or change kind to {' or '.join(kinds)}", code="field-kind"))
    value = KINDS[kind].parse_value(fields["value"], file, problems) if "value" in fields else None  # None: a draft
    extra = _extra(fields, file, problems)
    if KINDS[kind].validate:
        KINDS[kind].validate(value, extra, fields, file, problems)
    if any(p.severity == "error" for p in problems[before:]):  # a warning keeps the record
        return None
    return Fact(id=fid, claim=claim, kind=kind, about=about, value=value, file=file, line=item.line,
                **extra)


def _check_keys(item: Located, file: str, problems: list[Problem]) -> None:
    """Unknown fields (with the closest known one) and missing required fields."""
    for key, line in (item.key_lines or {}).items():
        if key not in FIELDS:
            close = difflib.get_close_matches(key, FIELDS, n=1)
            hint = f"did you mean '{close[0]}'?" if close else f"allowed fields: {', '.join(FIELDS)}"
            problems.append(Problem(file, line, f"unknown field '{key}'", hint, code="unknown-key",
                                    column=(item.key_columns or {}).get(key, 0)))
    for key in REQUIRED:
        if key not in item.value:
            problems.append(Problem(file, item.line, f"the record has no '{key}'",
                                    f"add '{key}:' ({FIELDS[key][2]})", code="missing-key"))


def _text(fields: dict, key: str, file: str, problems: list[Problem]) -> str | None:
    node = fields[key]
    if isinstance(node.value, str) and node.value.strip():
        return node.value.strip()
    problems.append(Problem(file, node.line, f"'{key}' must be non-empty text",
                            f"write it as {key}: ...", code="type"))
    return None


def _identity(fields: dict, file: str, problems: list[Problem]) -> tuple[str | None, str | None, str | None]:
    """id, claim and kind, each None when wrong (with its problem)."""
    fid, claim, kind = (_text(fields, key, file, problems) for key in ("id", "claim", "kind"))
    if fid is not None and not ID_RE.match(fid):
        problems.append(Problem(file, fields["id"].line, f"id '{fid}' is not lowercase letters, digits "
                                "and hyphens", f"use for example '{_slug(fid)}'", code="id"))
        fid = None
    if kind is not None and kind not in KINDS:
        close = difflib.get_close_matches(kind, KINDS, n=1)
        hint = f"did you mean '{close[0]}'?" if close else f"use one of: {', '.join(KINDS)}"
        problems.append(Problem(file, fields["kind"].line, f"unknown kind '{kind}'", hint, code="kind"))
        kind = None
    return fid, claim, kind


def _extra(fields: dict, file: str, problems: list[Problem]) -> dict:
    """The optional fields, kinds' own fields first."""
    extra = {
        **{name: field.read(fields, file, problems) for name, (field, _) in KIND_FIELDS.items()},
        "context": _terms(fields, "context", file, problems) or (),
        "unless": _terms(fields, "unless", file, problems) or (),
        "tags": _terms(fields, "tags", file, problems) or (),
        "known": _known(fields.get("known"), file, problems),
        "note": (_text(fields, "note", file, problems) or "") if "note" in fields else "",
        "severity": _severity(fields.get("severity"), file, problems),
    }
    for tag in extra["tags"]:
        if not TAG_RE.match(tag):
            problems.append(Problem(file, fields["tags"].line, f"tag '{tag}' can't be a pytest marker",
                                    "use letters, digits, '_' and '-', starting with a letter", code="tag"))
    return extra


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "my-fact"


def _known(node: Located | None, file: str, problems: list[Problem]) -> tuple[tuple[str, str], ...]:
    if node is None:
        return ()
    if not isinstance(node.value, dict):
        problems.append(Problem(file, node.line, "'known' must map source names to reasons",
                                "write known: then an indented line 'source.txt: why it differs'",
                                code="type"))
        return ()
    out = []
    for source, reason in node.value.items():
        if not isinstance(reason.value, str) or not reason.value.strip():
            problems.append(Problem(file, reason.line, f"the acknowledgement of '{source}' has no reason",
                                    "say in one line why this source differs", code="type"))
            continue
        out.append((source, reason.value.strip()))
    return tuple(out)


def _severity(node: Located | None, file: str, problems: list[Problem]) -> str:
    if node is None:
        return "error"
    if node.value not in ("error", "warning"):
        problems.append(Problem(file, node.line, f"severity '{show(node)}' is not error or warning",
                                "write severity: warning (or leave it out for error)", code="severity"))
        return "error"
    return str(node.value)


def duplicate_ids(facts) -> list[Problem]:
    """Two records with one id: a problem at each of the two places."""
    problems = []
    seen: dict[str, Fact] = {}
    for fact in facts:
        first = seen.setdefault(fact.id, fact)
        if first is not fact:
            for here, there in ((fact, first), (first, fact)):
                problems.append(Problem(here.file, here.line, f"duplicate id '{fact.id}' (also at "
                                        f"{there.file}:{there.line})", "rename one of the two records",
                                        code="duplicate-id"))
    return problems


def _cross_checks(facts: list[Fact], sources: set[str] | None, unlisted: tuple[str, ...] = ()) -> list[Problem]:
    problems = duplicate_ids(facts)
    if sources is not None:
        for fact in facts:
            for name, _ in fact.known:
                if name not in sources and not name.startswith(unlisted):
                    close = difflib.get_close_matches(name, sources, n=1)
                    hint = f"did you mean '{close[0]}'?" if close else "name a file in the sources folder"
                    problems.append(Problem(fact.file, fact.line, f"fact '{fact.id}': known source '{name}' "
                                            "does not exist", hint, code="unknown-source"))
    return problems
