"""The records that flow through the engine: facts in, verdicts out.

All are frozen: a stage never edits what an earlier stage produced.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from itertools import chain
from datetime import date

@dataclass(frozen=True)
class Period:
    """A stretch of calendar time a text can state: a day, a month, a season, a decade.

    ``first``/``last`` are inclusive.  A yearless mention ("November 9") keeps
    ``year=None`` and compares on month and day only.
    """

    first: date
    last: date
    label: str  # normalised form shown in evidence: 2020-11-09, 2020-11, 1990s
    yearless: bool = False
    # what it spans: day, week, weekend, month, quarter, season, year, decade, century, or a part of
    # one ("part of year": "early 2020"); "" when not said.  It says what the label only shows, so
    # it takes no part in equality
    grain: str = field(default="", compare=False)

    def overlaps(self, other: Period) -> bool:
        if self.yearless or other.yearless:
            return _month_day_overlap(self, other)
        return self.first <= other.last and other.first <= self.last


def _month_day_overlap(a: Period, b: Period) -> bool:
    # Compare on (month, day) only; spans crossing a year end are split.
    def spans(p: Period) -> list[tuple[tuple[int, int], tuple[int, int]]]:
        lo, hi = (p.first.month, p.first.day), (p.last.month, p.last.day)
        if p.last.year > p.first.year or hi < lo:
            if (p.last - p.first).days >= 365:
                return [((1, 1), (12, 31))]
            return [(lo, (12, 31)), ((1, 1), hi)]
        return [(lo, hi)]

    return any(x0 <= y1 and y0 <= x1 for x0, x1 in spans(a) for y0, y1 in spans(b))


@dataclass(frozen=True)
class Tolerance:
    amount: float
    relative: bool = False  # True: ``amount`` is a fraction of the value

    def allows(self, expected: float, found: float) -> bool:
        limit = abs(expected) * self.amount if self.relative else self.amount
        # (plus the float error of a scaled figure: "$8.45 billion" is 8449999999.999999, not 8450000000)
        return abs(found - expected) <= limit + 1e-9 + abs(expected) * 1e-12

    def __str__(self) -> str:
        return f"{self.amount * 100:g}%" if self.relative else f"{self.amount:g}"


@dataclass(frozen=True)
class Fact:
    id: str
    claim: str
    kind: str
    about: tuple[str, ...]
    value: Period | float | tuple[str, ...] | None  # None: a draft record
    file: str
    line: int
    rivals: tuple[str, ...] = ()
    unit: tuple[str, ...] = ()
    tolerance: Tolerance = Tolerance(0)
    known: tuple[tuple[str, str], ...] = ()  # (source name, reason), in file order
    note: str = ""
    context: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    severity: str = "error"
    tags: tuple[str, ...] = ()

    @property
    def known_map(self) -> dict[str, str]:
        return dict(self.known)

    @property
    def value_text(self) -> str:
        """The expected value as reports show it."""
        if isinstance(self.value, Period):
            return self.value.label
        if isinstance(self.value, tuple):
            return " / ".join(self.value)
        if self.value is None:
            return "(draft: no value)"
        text = f"{self.value:g}"
        return f"{text} {self.unit_for(self.value)}" if self.unit else text

    def unit_for(self, amount: float) -> str:
        """The fact's unit word that reads right after ``amount``: 1 day, 42 days."""
        if amount == 1 or not self.unit:
            return self.unit[0] if self.unit else ""
        return next((u for u in self.unit if u.endswith("s")), self.unit[0])


@dataclass(frozen=True, slots=True)
class Sentence:
    text: str
    start: int  # offset of the sentence in the source text
    line: int  # 1-based line of the sentence's first character
    paragraph: int


@dataclass(frozen=True)
class Source:
    name: str  # path relative to the sources folder, with forward slashes
    text: str
    sentences: tuple[Sentence, ...]
    notes: tuple[str, ...] = ()  # e.g. decoded as cp1252
    published: date | None = None
    outlet: str = ""


@dataclass(frozen=True, slots=True)
class Mention:
    """A value stated in a sentence: a date period, a number, or a name."""

    kind: str  # date | number | name
    start: int  # span within the sentence text
    end: int
    text: str  # the words as written
    value: Period | float | str
    unit: str = ""  # number: the unit word as written (may be empty)
    approx: str = ""  # number: the hedge as written ("about", "over")
    after: str = ""  # number: the text right after it, where its unit stands
    before: str = ""  # number: the text right before it ("magnitude 7.8")
    group: int = 0  # values listed together share a group number (0: alone)
    relative: bool = False  # date: counted from publication ("on Monday"), not stated by the text
    tally: int = 0  # number: 1 or 2, the first (for) or second (against) count of a vote's tally ("passed 216-210")
    guessed: bool = False  # date: written without a year its sentence or paragraph gives, placed near publication


@dataclass(frozen=True, slots=True)
class Evidence:
    line: int
    quote: str  # the whole sentence
    found: str  # normalised value: 2020-11-10, 42 days, President
    agrees: bool
    span: tuple[int, int]  # where the value stands in ``quote``
    approx: str = ""
    group: int = 0  # values listed together in the sentence: one that fits is enough
    exact: bool = False  # agrees, and states the value as precisely as the fact (not "2020" for a day)
    aside: str = ""  # a conflicting value that does not make the verdict differ: why (a possible conflict)
    relative: bool = False  # a date counted from publication ("on Monday"), not written as a date: weighed, not kept
    # how the value was attached: "clause" (it only shares a clause with a term), "alone" (so, and its sentence's only
    # value of the fact's kind), "construction" (a construction names it the fact's: "the fire of April 15", "Governor
    # Josh Green"), "" (neither): weighed, not kept
    # (UNLINKED: set aside as in another clause only, a value only_value may take; SET_ASIDE: a conflicting value set
    # aside, which bars only_value)
    bond: str = ""
    far: int = 0  # conflicts, and is far from the fact's value (verdict.FAR_OFF: 1, REMOTE_OFF: 2, a date a week off:
    # 3): weighed, not kept
    term: str = ""  # the term a value only shares a clause with: weighed, not kept


UNLINKED, SET_ASIDE = "unlinked", "set aside"  # Evidence.bond of a value no rule attached (judge.attributed)


@dataclass(frozen=True, slots=True)
class Result:
    source: str
    verdict: str  # agree | differ | silent
    evidence: tuple[Evidence, ...] = ()
    known: bool = False  # the source is acknowledged in the fact's ``known``
    reason: str = ""  # the acknowledgement's reason


class Results(Sequence):
    """One fact's result for every source, holding only those that are not plainly silent: a run of
    500 facts x 100,000 sources keeps its few thousand findings, not 50 million cells.  Reads as a
    tuple of Result (equal to the tuple of the same results).

    ``found``: the results that are not plainly silent by source position, or a function giving them
    (a large run keeps them packed and unpacks a fact's when they are read: ``spool.Spool``)."""

    def __init__(self, silent: tuple[Result, ...], found: dict[int, Result] | Callable[[], dict[int, Result]],
                 names: frozenset[str] | None = None):
        self._silent, self._given = silent, found  # ``silent``: one plain result per source, shared
        self._names = names  # every source's name (shared by the facts of a report), made when first asked

    @property
    def _found(self) -> dict[int, Result]:
        return self._given() if callable(self._given) else self._given

    def __len__(self) -> int:
        return len(self._silent)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self)[i]
        if i < 0:
            i += len(self._silent)
        return self._found.get(i) or self._silent[i]

    def __iter__(self):
        found = self._found
        if not found:
            return iter(self._silent)
        return chain.from_iterable(self._runs(found))

    def _runs(self, found: dict[int, Result]):
        """The silent runs between findings as slices (copied in C), each finding alone."""
        last = 0
        for i in sorted(found):
            yield self._silent[last:i]
            yield (found[i],)
            last = i + 1
        yield self._silent[last:]

    def window(self, positions: range) -> list[Result]:
        """The results at ``positions``, the packed findings unpacked once (not once per position)."""
        found = self._found
        return [found.get(i) or self._silent[i] for i in positions]

    def said(self) -> list[Result]:
        """The results that are not plainly silent, in source order."""
        found = self._found
        return [found[i] for i in sorted(found)]

    def names(self) -> frozenset[str]:
        """Every source's name."""
        if self._names is None:
            self._names = frozenset(r.source for r in self._silent)
        return self._names

    def __eq__(self, other) -> bool:
        return isinstance(other, (tuple, Results)) and tuple(self) == tuple(other)

    def __hash__(self) -> int:
        return hash(tuple(self))

    def __repr__(self) -> str:
        return f"Results({len(self._silent)} sources, {len(self._found)} not silent)"


def said(results: Sequence[Result]) -> list[Result]:
    """The results that are not plainly silent (a verdict, or an acknowledged source), in source order:
    for ``Results``, without visiting the silent cells."""
    found = getattr(results, "said", None)
    return found() if found else [r for r in results if r.verdict != "silent" or r.known]


def source_names(results: Sequence[Result]) -> frozenset[str] | set[str]:
    """The names of the sources ``results`` covers (for ``Results``, made once per report)."""
    names = getattr(results, "names", None)
    return names() if names else {r.source for r in results}


@dataclass(frozen=True)
class FactReport:
    fact: Fact
    results: tuple[Result, ...] | Results


@dataclass(frozen=True)
class Report:
    sources: tuple[str, ...]
    facts: tuple[FactReport, ...]
    notes: tuple[str, ...] = field(default=())  # warnings about inputs (skipped files, encodings)
    outlets: tuple[tuple[str, str], ...] = ()  # (source name, outlet) where known
    skipped: tuple[tuple[str, str], ...] = ()  # (file, why): sources that could not be read
    broken: tuple[str, ...] = ()  # fact files left out because they are invalid
    broken_problems: tuple[tuple[str, int, str], ...] = ()  # (file, line, error) that left a file out
    digest: str = ""  # sha256 (hex) of the inputs: fact records, source names and texts; "" if not known
