"""The JSON Schema of a fact file, made from the loader's own field table (facts.FIELDS).

Editors get completion and inline errors from it (`# yaml-language-server: $schema=schema.json`);
`python -m checks schema > facts/schema.json` writes it, and a test keeps the file in step.
"""

from __future__ import annotations

import json

from .facts import FIELDS, REQUIRED
from .fields import TERMS_SHAPE as _TERMS
from .kinds import KIND_FIELDS, KINDS
_SHAPES = {
    "id": {"type": "string", "pattern": "^[a-z0-9]+(-[a-z0-9]+)*$"},
    "claim": {"type": "string", "minLength": 1},
    "kind": {"enum": list(KINDS)},
    "about": _TERMS,
    "value": {"anyOf": [{"type": "string", "minLength": 1}, {"type": "number"}, {"type": "integer"},
                        {"type": "array", "items": {"type": "string", "minLength": 1}, "minItems": 1}]},
    **{name: field.shape for name, (field, _) in KIND_FIELDS.items()},
    "known": {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}},
    "note": {"type": "string"},
    "context": _TERMS,
    "unless": _TERMS,
    "severity": {"enum": ["error", "warning"]},
    "tags": {"type": "array", "items": {"type": "string", "pattern": "^[A-Za-z_][A-Za-z0-9_-]*$"}},
}


def schema() -> dict:
    record = {
        "type": "object",
        "required": list(REQUIRED),
        "additionalProperties": False,
        "properties": {name: {**_SHAPES[name], "description": description}
                       for name, (_, _, description) in FIELDS.items()},
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Fact records",
        "description": "A fact file: curated fact records checked against every source text.",
        "type": "object",
        "required": ["facts"],
        "additionalProperties": False,
        "properties": {"facts": {"type": "array", "description": "The fact records.", "items": record}},
    }


def schema_text() -> str:
    return json.dumps(schema(), indent=2) + "\n"
