"""The fact kinds, as data: the one place that knows which kinds there are.

Everything that depends on a fact's kind looks it up here (``KINDS[fact.kind]``);
adding a kind is a module in this package and a line below.
"""

from __future__ import annotations

from .base import Field, Kind
from .date import DATE
from .name import PARTY, PLACE
from .number import NUMBER

__all__ = ["KINDS", "KIND_FIELDS", "Field", "Kind"]

# In the order records and the schema list them (their fields appear in KIND_FIELDS in _FIELD_ORDER).
KINDS: dict[str, Kind] = {kind.name: kind for kind in (DATE, NUMBER, PARTY, PLACE)}
_FIELD_ORDER = (DATE, PARTY, PLACE, NUMBER)  # facts/schema.json lists rivals before unit and tolerance

# Field name -> (the field, the kinds that have it).
KIND_FIELDS: dict[str, tuple[Field, tuple[str, ...]]] = {
    field.name: (field, tuple(k.name for k in KINDS.values() if field in k.fields))
    for kind in _FIELD_ORDER for field in kind.fields}
