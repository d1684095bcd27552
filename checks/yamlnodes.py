"""Safe YAML reading that keeps line numbers and catches what PyYAML lets slip.

PyYAML's composer gives nodes with marks; we turn them into plain values
ourselves so that every value keeps its line, duplicate keys are reported
(PyYAML keeps the last one silently), aliases cannot blow up memory, and no
tag ever constructs an object.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import yaml

from .errors import Problem

MAX_DEPTH = 50  # a fact file nests four levels; PyYAML's composer recurses and would crash near 500
# libyaml's parser where PyYAML was built with it: five times faster on a large file, same marks
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_ALIAS_VALUES = 10_000  # values that aliases may add by expanding; a billion-laughs file adds 9**7


@dataclass(frozen=True)
class Located:
    """A plain value (str, list, dict) with the line and column it starts at."""

    value: Any
    line: int
    column: int
    key_lines: dict[str, int] | None = None  # mappings: the line of each key
    key_columns: dict[str, int] | None = None  # mappings: the column of each key


def load(text: str, file: str) -> tuple[Located | None, list[Problem]]:
    """Parse one YAML document; return it with marks, or the problems found."""
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        if not text.splitlines()[line - 1].lstrip().startswith("#"):
            return None, [
                Problem(file, line, "a tab character is used for indentation or spacing",
                        "YAML allows only spaces; replace the tab with spaces", code="tab")
            ]
    problem = _too_deep(text, file)
    if problem:
        return None, [problem]
    try:
        node = yaml.compose(text, Loader=_LOADER)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or str(exc)
        return None, [Problem(file, line, f"this is not valid YAML: {what}",
                              "check indentation, colons and quotes on this line or the one above",
                              code="yaml")]
    except yaml.reader.ReaderError as exc:
        return None, [_unreadable_character(text, file, exc)]
    except yaml.YAMLError as exc:
        return None, [Problem(file, 1, f"this is not valid YAML: {exc}",
                              "check the file's syntax", code="yaml")]
    if node is None:
        return None, []
    added = _alias_values(node)
    if added is None or added > MAX_ALIAS_VALUES:
        what = ("an alias refers to the value that holds it" if added is None
                else f"the file's aliases expand to {added:,} more values (at most {MAX_ALIAS_VALUES:,})")
        return None, [Problem(file, node.start_mark.line + 1, what,
                              "write the records out without YAML aliases (&, *)", code="size")]
    problems: list[Problem] = []
    return _plain(node, file, problems), problems


def _too_deep(text: str, file: str) -> Problem | None:
    """Nesting deeper than MAX_DEPTH, found from the parser's events (which need no recursion)
    before the composer, which recurses, is asked."""
    depth = 0
    try:
        for event in yaml.parse(text, Loader=_LOADER):
            if isinstance(event, yaml.CollectionStartEvent):
                depth += 1
                if depth > MAX_DEPTH:
                    return Problem(file, event.start_mark.line + 1,
                                   f"values are nested more than {MAX_DEPTH} levels deep",
                                   "flatten the structure; fact records nest at most four levels",
                                   code="depth", column=event.start_mark.column + 1)
            elif isinstance(event, yaml.CollectionEndEvent):
                depth -= 1
    except yaml.YAMLError:
        return None  # the composer reports it with its line
    return None


def _unreadable_character(text: str, file: str, exc: yaml.reader.ReaderError) -> Problem:
    """PyYAML names a control character by its offset in the file; say its line and column."""
    before = text[: exc.position]
    line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
    char = exc.character if isinstance(exc.character, str) else chr(exc.character)
    return Problem(file, line, f"the control character U+{ord(char):04X} cannot appear in YAML",
                   "delete it (it is invisible in most editors; retype the line)", code="yaml",
                   column=column)


def _alias_values(root: yaml.Node) -> int | None:
    """How many values the aliases add when expanded (None for an alias inside its own anchor),
    counted once per distinct node, so a bomb is measured without being expanded."""
    sizes: dict[int, int] = {}
    distinct: set[int] = set()
    open_: set[int] = set()

    def size(node: yaml.Node) -> int | None:
        key = id(node)
        if key in sizes:
            return sizes[key]
        if key in open_:
            return None
        distinct.add(key)
        total = 1
        if not isinstance(node, yaml.ScalarNode):
            open_.add(key)
            children = node.value if isinstance(node, yaml.SequenceNode) else [n for kv in node.value for n in kv]
            for child in children:
                sub = size(child)
                if sub is None:
                    return None
                total += sub
            open_.discard(key)
        sizes[key] = total
        return total

    total = size(root)  # depth is bounded by MAX_DEPTH, so the recursion is too
    return None if total is None else total - len(distinct)


_SCALAR_TAGS = {"!"} | {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}


def _plain(node: yaml.Node, file: str, problems: list[Problem]) -> Located:
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if isinstance(node, yaml.ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            problems.append(Problem(file, line, f"the tag {node.tag} is not allowed",
                                    "remove the tag; fact files hold plain values", code="tag",
                                    column=col))
        quoted = node.style in ("'", '"', "|", ">")
        return Located(_Scalar(node.value, quoted), line, col)
    if isinstance(node, yaml.SequenceNode):
        _check_tag(node, "seq", file, problems)
        if node.flow_style:
            problems.extend(_split_numbers(node, file))
        return Located([_plain(n, file, problems) for n in node.value], line, col)
    _check_tag(node, "map", file, problems)
    out: dict[str, Located] = {}
    keys: dict[str, int] = {}
    columns: dict[str, int] = {}
    for key_node, value_node in node.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        key_line = key_node.start_mark.line + 1
        if key is None:
            problems.append(Problem(file, key_line, "a key must be plain text",
                                    "write the key as a word", code="key"))
            continue
        if key in keys:
            problems.append(Problem(
                file, key_line, f"duplicate key '{key}' (first at line {keys[key]})",
                "keep one of the two; YAML would silently drop the first",
                code="duplicate-key", column=key_node.start_mark.column + 1))
            continue
        keys[key] = key_line
        columns[key] = key_node.start_mark.column + 1
        out[str(key)] = _plain(value_node, file, problems)
    return Located(out, line, col, keys, columns)


def _split_numbers(node: yaml.SequenceNode, file: str) -> list[Problem]:
    """'[40,000, milestone]': in a bracketed list a comma separates items, so a number written with a thousands
    comma becomes two values (40 and 000); a plain item of three digits right after a comma with no space is one."""
    out = []
    for a, b in zip(node.value, node.value[1:]):
        if (isinstance(a, yaml.ScalarNode) and isinstance(b, yaml.ScalarNode) and not a.style and not b.style
                and a.value.isdigit() and len(b.value) == 3 and b.value.isdigit()
                and b.start_mark.index == a.end_mark.index + 1):
            shown = f"{a.value},{b.value}"
            out.append(Problem(file, a.start_mark.line + 1,
                               f"{shown} in a [...] list is read as two values, {a.value} and {b.value}",
                               f"quote it ('{shown}') or write it without the comma ({a.value}{b.value})",
                               column=a.start_mark.column + 1, code="number-split"))
    return out


def _check_tag(node: yaml.Node, kind: str, file: str, problems: list[Problem]) -> None:
    if node.tag != f"tag:yaml.org,2002:{kind}":
        problems.append(Problem(file, node.start_mark.line + 1, f"the tag {node.tag} is not allowed",
                                "remove the tag; fact files hold plain values", code="tag"))


class _Scalar(str):
    """A scalar's text, remembering whether it was quoted ("44" vs 44)."""

    quoted: bool

    def __new__(cls, text: str, quoted: bool) -> _Scalar:
        obj = super().__new__(cls, text)
        obj.quoted = quoted
        return obj
