"""What a fact kind is, as data: how its value is written and read, what a sentence offers for it,
which attribution rules apply and how a found value is compared."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from ..errors import Problem
from ..yamlnodes import Located

__all__ = ["Field", "Kind"]


@dataclass(frozen=True)
class Field:
    """A record field only some kinds have (a number's ``unit``, a name's ``rivals``)."""

    name: str
    description: str  # shown in the schema and in 'add ...' hints
    shape: dict  # its JSON Schema
    read: Callable[[dict, str, list[Problem]], object]  # (record's nodes, file, problems) -> value


@dataclass(frozen=True)
class Kind:
    name: str  # as records write it: kind: date
    label: str  # as the 'kind' field's description names it
    value_help: str  # how a value of this kind is written, for the 'value' field's description
    parse_value: Callable[[Located, str, list[Problem]], object]  # value node -> value, or None with a problem
    mentions: Callable[[object, object], Iterable]  # (Indexed sentence, Prepared fact) -> values it offers
    attach: Callable  # (Analysed, value found, about-hits) -> attribute.Decision
    compare: Callable  # (Fact, value found, Prepared) -> verdict.Comparison
    fields: tuple[Field, ...] = ()
    validate: Callable[[object, dict, dict, str, list[Problem]], None] | None = None  # value, read fields, nodes
    unresolved: Callable[[str], list[str]] | None = None  # phrases a sentence holds that need a published date
    words: Callable[[str], str] = str  # a value's label as a person reads it (JSON keeps the label)
    names: bool = False  # values are names, which a survey finds as runs of capitalised words
    ranks: Callable[[object], bool] | None = None  # Fact -> can a rank ("the fourth nation") be its value; None: no
    # a value the grammar could not tie to a term still agrees when nothing in the source conflicts (judge.only_value):
    # values specific enough that a coincidence is rare (a dated day, a figure, a person's name); not places, which a
    # story names in every role (where one spoke, where a firm sits)
    only_value: bool = False
