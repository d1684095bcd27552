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

MAX_NODES = 200_000  # far beyond any real fact file; stops alias bombs early


@dataclass(frozen=True)
class Located:
    """A plain value (str, list, dict) with the line and column it starts at."""

    value: Any
    line: int
    column: int
    key_lines: dict[str, int] | None = None  # mappings: the line of each key
    key_columns: dict[str, int] | None = None  # mappings: the column of each key


class _Budget:
    def __init__(self) -> None:
        self.left = MAX_NODES


def load(text: str, file: str) -> tuple[Located | None, list[Problem]]:
    """Parse one YAML document; return it with marks, or the problems found."""
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        if not text.splitlines()[line - 1].lstrip().startswith("#"):
            return None, [
                Problem(file, line, "a tab character is used for indentation or spacing",
                        "YAML allows only spaces; replace the tab with spaces", code="tab")
            ]
    try:
        node = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line = mark.line + 1 if mark else 1
        what = exc.problem or str(exc)
        return None, [Problem(file, line, f"this is not valid YAML: {what}",
                              "check indentation, colons and quotes on this line or the one above",
                              code="yaml")]
    except yaml.YAMLError as exc:
        return None, [Problem(file, 1, f"this is not valid YAML: {exc}",
                              "check the file's syntax", code="yaml")]
    if node is None:
        return None, []
    problems: list[Problem] = []
    try:
        return _plain(node, file, problems, _Budget(), set()), problems
    except _TooLarge:
        return None, [Problem(file, node.start_mark.line + 1,
                              "the file expands to too many values (aliases nested too deep?)",
                              "write the records out without YAML aliases (&, *)", code="size")]


_SCALAR_TAGS = {"!"} | {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}


class _TooLarge(Exception):
    pass


def _plain(node: yaml.Node, file: str, problems: list[Problem], budget: _Budget,
           active: set[int]) -> Located:
    budget.left -= 1
    if budget.left < 0:
        raise _TooLarge
    line, col = node.start_mark.line + 1, node.start_mark.column + 1
    if id(node) in active:  # a recursive alias
        raise _TooLarge
    if isinstance(node, yaml.ScalarNode):
        if node.tag not in _SCALAR_TAGS:
            problems.append(Problem(file, line, f"the tag {node.tag} is not allowed",
                                    "remove the tag; fact files hold plain values", code="tag",
                                    column=col))
        quoted = node.style in ("'", '"', "|", ">")
        return Located(_Scalar(node.value, quoted), line, col)
    active.add(id(node))
    try:
        if isinstance(node, yaml.SequenceNode):
            _check_tag(node, "seq", file, problems)
            return Located([_plain(n, file, problems, budget, active) for n in node.value], line, col)
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
            out[str(key)] = _plain(value_node, file, problems, budget, active)
        return Located(out, line, col, keys, columns)
    finally:
        active.discard(id(node))


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
