"""kind: date — a day, month or year; a sentence offers the dates extraction found in it."""

from __future__ import annotations

import re
from calendar import monthrange
from datetime import date

from ..attribution import attach_value
from ..errors import Problem
from ..fields import show
from ..model import Period
from ..dates import periods
from ..dates.readable import readable_date
from ..dates.relative import relative_phrases
from ..verdict import compare_date
from ..yamlnodes import Located
from .base import Kind

__all__ = ["DATE", "parse_date_value"]

DATE_RE = re.compile(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?\Z")


def parse_date_value(text: str) -> Period | None:
    """YYYY-MM-DD, YYYY-MM or YYYY as the period it names; None if impossible (year 0 included:
    the calendar goes from 1 BC to AD 1)."""
    m = DATE_RE.match(text.strip())
    if not m or int(m[1]) < 1:
        return None
    year, month, day = int(m[1]), m[2] and int(m[2]), m[3] and int(m[3])
    if month is not None and not 1 <= month <= 12:
        return None
    if not month:
        return periods.year(year)
    if day is None:
        return periods.month(year, month)
    if not 1 <= day <= monthrange(year, month)[1]:
        return None
    return periods.day(date(year, month, day))


def _parse(node: Located, file: str, problems: list[Problem]) -> Period | None:
    period = parse_date_value(node.value) if isinstance(node.value, str) else None
    if period is None:
        problems.append(Problem(file, node.line, f"'{show(node)}' is not a possible date",
                                "write value: YYYY-MM-DD, YYYY-MM or YYYY (e.g. 2020-11-09)", code="date",
                                column=node.column))
    return period


DATE = Kind(
    name="date",
    label="date",
    value_help="YYYY-MM-DD, YYYY-MM or YYYY",
    parse_value=_parse,
    mentions=lambda item, prepared: item.dates,
    attach=attach_value,
    compare=lambda fact, mention, prepared: compare_date(fact, mention),
    unresolved=relative_phrases,
    words=readable_date,
    only_value=True,
)
