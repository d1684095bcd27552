"""Safe YAML reading that keeps line numbers and catches what PyYAML lets slip.

The parser's events are turned into plain values in one pass, each keeping its line, so that
duplicate keys are reported (PyYAML keeps the last one silently), aliases cannot blow up memory
(they are shared and their expansion counted, never copied), nesting and the number of values
are bounded as they come, and no tag ever constructs an object. PyYAML's composer is not used:
it recurses (a RecursionError near 500 levels) and its node graph, kept beside the values, made
a 5 MB file of records take some 17 s and 500 MB.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import yaml

from .errors import Problem

MAX_DEPTH = 50  # a fact file nests four levels
FACTS_NESTING = "fact records nest at most four levels"
# libyaml's parser where PyYAML was built with it: five times faster on a large file, same marks
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
MAX_ALIAS_VALUES = 10_000  # values that aliases may add by expanding; a billion-laughs file adds 9**7
# values (scalars, lists, mappings) in one file: a 5 MB file of records holds some 600,000, so more
# is a list of millions (a 5 MB '[1,1,1,...]' holds 2.5 million), refused before it is all read
MAX_VALUES = 1_000_000


class Located(NamedTuple):  # not a dataclass: a large file makes hundreds of thousands, ten times faster so
    """A plain value (str, list, dict) with the line and column it starts at."""

    value: Any
    line: int
    column: int
    key_lines: dict[str, int] | None = None  # mappings: the line of each key
    key_columns: dict[str, int] | None = None  # mappings: the column of each key


def load(text: str, file: str, *, nesting: str = FACTS_NESTING) -> tuple[Located | None, list[Problem]]:
    """Parse one YAML document; return it with marks, or the problems found.  ``nesting`` says how
    deep the file's own values go, for the message on nesting that is too deep."""
    if "\t" in text:
        line = text[: text.index("\t")].count("\n") + 1
        if not text.splitlines()[line - 1].lstrip().startswith("#"):
            return None, [
                Problem(file, line, "a tab character is used for indentation or spacing",
                        "YAML allows only spaces; replace the tab with spaces", code="tab")
            ]
    odd = _ODD_BREAK.search(text)
    if odd:
        return None, [_odd_break(text, file, odd.start())]
    composer = _Composer(file, nesting)
    try:
        return composer.compose(yaml.parse(text, Loader=_LOADER))
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        return None, [_not_yaml(file, mark.line + 1 if mark else 1, exc.problem or str(exc))]
    except yaml.reader.ReaderError as exc:
        return None, [_unreadable_character(text, file, exc)]
    except yaml.YAMLError as exc:
        return None, [Problem(file, 1, f"this is not valid YAML: {exc}",
                              "check the file's syntax", code="yaml")]


# Line breaks to YAML (1.1, as PyYAML and libyaml read it) that editors show as nothing or a space: after
# one, YAML reads a new line the editor does not show (a comment's end read as a key), and every line
# number after it would be one off the editor's. Refused where they are, so no line number ever differs.
_ODD_BREAKS = {"\x85": "U+0085 (NEXT LINE)", "\u2028": "U+2028 (LINE SEPARATOR)",
               "\u2029": "U+2029 (PARAGRAPH SEPARATOR)"}
_ODD_BREAK = re.compile("[\x85\u2028\u2029]")


def _odd_break(text: str, file: str, at: int) -> Problem:
    line, column = text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at)
    return Problem(file, line, f"the character {_ODD_BREAKS[text[at]]} is a line break to YAML but not to most "
                   "editors, so YAML would read this line as two", "replace it with a line break or a space",
                   code="line-break", column=column)


def _not_yaml(file: str, line: int, what: str) -> Problem:
    return Problem(file, line, f"this is not valid YAML: {what}",
                   "check indentation, colons and quotes on this line or the one above", code="yaml")


class _Stop(Exception):
    """The file is refused: one problem says why, and nothing else is reported."""

    def __init__(self, problem: Problem):
        super().__init__(problem.message)
        self.problem = problem


@dataclass(slots=True)
class _Open:
    """A list or mapping whose end has not come yet."""

    line: int
    column: int
    anchor: str | None
    items: Any  # list, or dict for a mapping
    flow_list: bool = False  # a [...] list: a thousands comma splits a number in two
    size: int = 1  # values it holds, aliases expanded (itself included)
    key: Any = None  # a mapping's key waiting for its value: a Located, or _BAD_KEY
    keys: dict = field(default_factory=dict)
    columns: dict = field(default_factory=dict)
    last: Any = None  # a flow list's previous item, if a plain scalar (its event)


_BAD_KEY = object()  # a key that is not plain text: its value is dropped (the problem is reported)
_SCALAR_TAGS = {"!"} | {f"tag:yaml.org,2002:{t}" for t in ("str", "int", "float", "bool", "null", "timestamp")}
# plain scalars PyYAML gives a tag outside those (a merge key, the value key)
_SPECIAL = {"<<": "tag:yaml.org,2002:merge", "=": "tag:yaml.org,2002:value"}


class _Composer:
    """Plain values from the parser's events, one pass and no recursion."""

    def __init__(self, file: str, nesting: str):
        self.file, self.nesting = file, nesting
        self.problems: list[Problem] = []
        self.stack: list[_Open] = []
        self.anchors: dict[str, tuple[Located, int] | None] = {}  # None: the anchored value is still open
        self.values = 0
        self.added = 0  # values the aliases would add, expanded
        self.documents = 0
        self.root: Located | None = None

    def compose(self, events) -> tuple[Located | None, list[Problem]]:
        handlers = {yaml.ScalarEvent: self.scalar, yaml.AliasEvent: self.alias,
                    yaml.SequenceStartEvent: self.start, yaml.MappingStartEvent: self.start,
                    yaml.SequenceEndEvent: self.end, yaml.MappingEndEvent: self.end,
                    yaml.DocumentStartEvent: self.document}
        try:
            for event in events:
                handler = handlers.get(type(event))
                if handler is not None:
                    handler(event)
        except _Stop as stop:
            return None, [stop.problem]
        if self.root is not None and self.added > MAX_ALIAS_VALUES:
            return None, [self.refuse(self.root.line, f"the file's aliases expand to {self.added:,} more values "
                                      f"(at most {MAX_ALIAS_VALUES:,})").problem]
        return self.root, self.problems

    def refuse(self, line: int, what: str) -> _Stop:
        return _Stop(Problem(self.file, line, what, "write the records out without YAML aliases (&, *)",
                             code="size"))

    def document(self, event) -> None:
        self.documents += 1
        if self.documents > 1:
            raise _Stop(_not_yaml(self.file, event.start_mark.line + 1,
                                  "expected a single document, but found another document"))

    def counted(self, event) -> tuple[int, int]:
        """A new value: counted, its anchor checked; its line and column."""
        line, column = event.start_mark.line + 1, event.start_mark.column + 1
        self.values += 1
        if self.values > MAX_VALUES:
            raise _Stop(Problem(self.file, line, f"the file holds more than {MAX_VALUES:,} values (lists, "
                                "mappings and the values in them)", "split it into topic files", code="size",
                                column=column))
        if event.anchor is not None and event.anchor in self.anchors:
            raise _Stop(_not_yaml(self.file, line, f"the anchor '&{event.anchor}' is defined twice"))
        return line, column

    def scalar(self, event) -> None:
        line, column = self.counted(event)
        value, plain = event.value, not event.style  # style None or "": not quoted, not a block scalar
        top = self.stack[-1] if self.stack else None
        key = top is not None and top.key is None and isinstance(top.items, dict)  # only its text is used
        if (event.tag is not None or (plain and value in _SPECIAL)) and not key:
            self.check_tag(event.tag or _SPECIAL[value], line, column)
        located = Located(value if plain else _Quoted(value), line, column)
        if event.anchor is not None:
            self.anchors[event.anchor] = (located, 1)
        last = top.last if top is not None else None
        self.add(located, 1)
        if plain and top is not None and top.flow_list:
            if last is not None:
                self.problems.extend(_split_number(last, event, self.file))
            top.last = event  # a plain item, for the next one (add forgot the one before)

    def check_tag(self, tag: str, line: int, column: int) -> None:
        if tag not in _SCALAR_TAGS:
            self.problems.append(Problem(self.file, line, f"the tag {tag} is not allowed",
                                         "remove the tag; fact files hold plain values", code="tag", column=column))

    def alias(self, event) -> None:
        if event.anchor not in self.anchors:
            raise _Stop(_not_yaml(self.file, event.start_mark.line + 1, f"found undefined alias '*{event.anchor}'"))
        found = self.anchors[event.anchor]
        if found is None:
            raise self.refuse(self.stack[0].line, "an alias refers to the value that holds it")
        located, size = found
        self.added += size
        self.add(located, size)

    def start(self, event) -> None:
        line, column = self.counted(event)
        if len(self.stack) >= MAX_DEPTH:
            raise _Stop(Problem(self.file, line, f"values are nested more than {MAX_DEPTH} levels deep",
                                f"flatten the structure; {self.nesting}", code="depth", column=column))
        kind = "seq" if isinstance(event, yaml.SequenceStartEvent) else "map"
        if event.tag not in (None, "!", f"tag:yaml.org,2002:{kind}"):
            self.problems.append(Problem(self.file, line, f"the tag {event.tag} is not allowed",
                                         "remove the tag; fact files hold plain values", code="tag"))
        if event.anchor is not None:
            self.anchors[event.anchor] = None
        self.stack.append(_Open(line, column, event.anchor, [] if kind == "seq" else {},
                                kind == "seq" and bool(event.flow_style)))

    def end(self, event) -> None:
        done = self.stack.pop()
        if isinstance(done.items, list):
            located = Located(done.items, done.line, done.column)
        else:
            located = Located(done.items, done.line, done.column, done.keys, done.columns)
        if done.anchor is not None:
            self.anchors[done.anchor] = (located, done.size)
        self.add(located, done.size)

    def add(self, located: Located, size: int) -> None:
        """A finished value into the list or mapping it is in (or the document itself)."""
        if not self.stack:
            self.root = located
            return
        top = self.stack[-1]
        top.size += size
        top.last = None
        if isinstance(top.items, list):
            top.items.append(located)
        elif top.key is None:
            top.key = located if isinstance(located.value, str) else _BAD_KEY
            if top.key is _BAD_KEY:
                self.problems.append(Problem(self.file, located.line, "a key must be plain text",
                                             "write the key as a word", code="key"))
        else:
            self.entry(top, located)

    def entry(self, top: _Open, value: Located) -> None:
        key, top.key = top.key, None
        if key is _BAD_KEY:
            return
        name = str(key.value)
        if name in top.keys:
            self.problems.append(Problem(
                self.file, key.line, f"duplicate key '{name}' (first at line {top.keys[name]})",
                "keep one of the two; YAML would silently drop the first", code="duplicate-key", column=key.column))
            return
        top.keys[name], top.columns[name] = key.line, key.column
        top.items[name] = value


def _unreadable_character(text: str, file: str, exc: yaml.reader.ReaderError) -> Problem:
    """PyYAML names a control character by its offset in the file; say its line and column."""
    before = text[: exc.position]
    line, column = before.count("\n") + 1, exc.position - (before.rfind("\n") + 1) + 1
    char = exc.character if isinstance(exc.character, str) else chr(exc.character)
    return Problem(file, line, f"the control character U+{ord(char):04X} cannot appear in YAML",
                   "delete it (it is invisible in most editors; retype the line)", code="yaml",
                   column=column)


def _split_number(a, b, file: str) -> list[Problem]:
    """'[40,000, milestone]': in a bracketed list a comma separates items, so a number written with a thousands
    comma becomes two values (40 and 000): a plain item of three digits right after a plain number and a comma
    with no space (``a`` and ``b``: the two items' events)."""
    if not (a.value.isdigit() and len(b.value) == 3 and b.value.isdigit()
            and b.start_mark.index == a.end_mark.index + 1):
        return []
    shown = f"{a.value},{b.value}"
    return [Problem(file, a.start_mark.line + 1, f"{shown} in a [...] list is read as two values, {a.value} and {b.value}",
                    f"quote it ('{shown}') or write it without the comma ({a.value}{b.value})",
                    column=a.start_mark.column + 1, code="number-split")]


class _Quoted(str):
    """A quoted scalar's text: "44" is the text, not the number (a plain one is a str)."""

    __slots__ = ()
    quoted = True
