"""Values listed together in a sentence ("7.8 and 7.5 magnitude", "in 2020, 2021 and 2022")."""

from __future__ import annotations

import re
from dataclasses import replace

from .lang.grammar import FUNCTION_WORDS, IRREGULAR_PAST
from .lang.money import MONEY_SCALES
from .model import Mention
from .money import is_money
from .words import alternation

__all__ = ["coordinate"]

_CONNECTOR = re.compile(r"\s*(?:,\s*(?:and|or)?|and|or|to|-|–|through)\s*")
# a range's ends: "$3-4 billion", "$3 to 4 billion" (a spaced dash too; the high end then in digits, with no unit
# or a function word after it: not "£100m – one of the biggest fees", "$10,000 to 1,200 families")
_RANGE_DASH = re.compile(r"(?:[-–](?!\s)|\s[-–]\s|\s+to\s)")
_CLOSED_DASH = re.compile(r"[-–]\d")  # "$5-6 million", "£20-25m": a range, whatever word follows its high end
_SCALED = re.compile(r"\d\s*(?:" + alternation(MONEY_SCALES) + r")\b", re.IGNORECASE)  # "6 million", "25m"
# ", or $1.05 a share": one of two amounts said again another way (a total, then per share), no list sharing a rate
# (not "offers of $4, $4.25, or $4.50 a share"; only amounts count: "rose 12% to $2.1 billion, or $1.05 a share")
_RESTATED = re.compile(r"\s*,\s*or\s")


def coordinate(found: list[Mention], text: str) -> list[Mention]:
    """Mark values listed together ("7.8 and 7.5 magnitude", "in 2020, 2021 and 2022") as one group.

    A group states several values for a plural subject; the verdict takes the
    one that fits.  Earlier numbers borrow the unit of the last ("7.8 and 7.5 magnitude"), but not a participle,
    which tells what happened to its own count only ("rose to 2,025, 1,200 wounded": 2,025 is no count of wounded),
    and not an amount with a unit of its own beside one of another currency or kind ("6.5 billion rupiah, or $471,500":
    the rupiah stay rupiah).
    """
    out = list(found)
    group_start = 0
    for k in range(1, len(out) + 1):
        if k < len(out) and _CONNECTOR.fullmatch(text[out[k - 1].end:out[k].start]):
            continue
        if k - group_start > 1 and not _commas_only(out[group_start:k], text):
            last = out[k - 1]
            monies = sum(is_money(x.unit) for x in out[group_start:k])
            for j in range(group_start, k):
                m = out[j]
                borrow = (m.kind == "number" and j < k - 1 and _CONNECTOR.match(m.after) is not None
                          and not _participle(last.unit) and not _own_currency(m, last)
                          and not (is_money(m.unit) and monies == 2 and _RESTATED.match(m.after)))
                out[j] = replace(m, group=group_start + 1,
                                 unit=last.unit if borrow else m.unit, after=last.after if borrow else m.after)
        group_start = k
    return out


_BARE_COMMA = re.compile(r"\s*,\s*")


def _commas_only(group: list[Mention], text: str) -> bool:
    """Numbers joined by commas alone are no list, which puts "and" or "or" before its last: the second says the first
    again another way or adds to it ("polled 6,942,930, 48.85 per cent of the votes": no per cent of 6,942,930)."""
    return all(_BARE_COMMA.fullmatch(text[a.end:b.start]) for a, b in zip(group, group[1:]))


def _own_currency(m: Mention, last_m: Mention) -> bool:
    """An amount with a unit of its own, beside a last amount in another currency ("6.5 billion rupiah, or $471,500"),
    or a price of a share beside a total ("$61 a share, or $1.7 billion"): it keeps its unit (a bare amount in the
    last's currency borrows its rate, "$31 and $33 a share"; so does a range's low end before a number with no currency
    of its own, "$3-4 billion in damage" is no 3 dollars; not "$3.2 billion, one of its largest deals")."""
    unit, last = m.unit, last_m.unit
    if not is_money(unit):
        return False
    if is_money(last):
        return unit != last[:3]
    if _CLOSED_DASH.match(m.after) or _RANGE_DASH.match(m.after) and _SCALED.search(last_m.text) \
            and not _SCALED.search(m.text):
        return False  # "a $5-6 million contract", "£20-25m", "$3 to 4 billion worth": a range's low end
    return not (_RANGE_DASH.match(m.after) and last_m.text[:1].isdigit()
                and (not last or last.lower() in FUNCTION_WORDS))


def _participle(unit: str) -> bool:
    word = unit.lower()
    return word.endswith("ed") and len(word) > 4 or word in IRREGULAR_PAST
