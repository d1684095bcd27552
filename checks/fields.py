"""Reading one field of a fact record: a YAML node in, a value out, every mistake a Problem."""

from __future__ import annotations

from .errors import Problem
from .yamlnodes import Located

__all__ = ["TERMS_SHAPE", "show", "terms"]

# The JSON Schema of a term or a list of terms.
TERMS_SHAPE = {"anyOf": [{"type": "string", "minLength": 1},
                         {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}]}


def show(node: Located) -> str:
    """A node as a problem message quotes it."""
    if isinstance(node.value, str):
        return node.value
    return "a list" if isinstance(node.value, list) else "a mapping"


def terms(fields: dict, key: str, file: str, problems: list[Problem], *,
          required: bool = False) -> tuple[str, ...] | None:
    """A term or a list of terms (None when the field is absent or wrong)."""
    node = fields.get(key)
    if node is None:
        return None
    items = node.value if isinstance(node.value, list) else [node]
    out = []
    for item in items:
        if not isinstance(item.value, str) or not item.value.strip():
            problems.append(Problem(file, item.line, f"'{key}' must be a term or a list of terms",
                                    f"write {key}: [first term, second term]", code="type"))
            return None
        out.append(" ".join(item.value.split()))
    if required and not out:
        problems.append(Problem(file, node.line, f"'{key}' is empty",
                                "give at least one term that locates the fact in a text", code="empty-about"))
        return None
    return tuple(out)
