"""kind: party and place — a name (a title, an office, an organisation, a country, a place).

A sentence offers the fact's value names and its rivals; both kinds share this reading.
"""

from __future__ import annotations

import re

from ..attribution import attach_name, attach_place
from ..errors import Problem
from ..fields import TERMS_SHAPE, terms
from ..match import find
from ..verdict import compare_name
from ..yamlnodes import Located
from .base import Field, Kind

__all__ = ["PARTY", "PLACE"]

_MONEY = set("$€£¥0123456789")


def _parse(node: Located, file: str, problems: list[Problem]) -> tuple[str, ...] | None:
    return terms({"value": node}, "value", file, problems, required=True)


def _mentions(item, prepared) -> list:
    text = item.sentence.text
    # "US$250,000" is a currency, not a country
    return [hit for hit in find(item.words, text, prepared.values + prepared.rivals, prepared.name_starts,
                                item.positions)
            if text[hit.end:hit.end + 1] not in _MONEY]


def _validate(value, read: dict, nodes: dict, file: str, problems: list[Problem]) -> None:
    """A name may not be both the value and a rival; a name listed twice is most often a comma that split a value."""
    if isinstance(value, tuple):
        _repeated(value, nodes["value"].line, file, problems)
        _value_as_term(value, nodes.get("about"), file, problems)
        clash = {t.casefold() for t in value} & {t.casefold() for t in read["rivals"]}
        if clash:
            problems.append(Problem(file, nodes["rivals"].line, f"'{sorted(clash)[0]}' is both a value and a rival",
                                    "remove it from one of the two lists", code="rival-is-value"))


def _repeated(value: tuple[str, ...], line: int, file: str, problems: list[Problem]) -> None:
    """'[Portland, Portland, Oregon]': in a list written with brackets each comma starts a new value, so the
    editor's 'Portland, Oregon' became 'Portland' and 'Oregon', and a source naming only the state agrees."""
    seen: set[str] = set()
    for name in value:
        if name.casefold() in seen:
            problems.append(Problem(
                file, line, f"'{name}' is listed twice in value: in a list written [a, b] each comma starts a new "
                "value, so a name like 'Aske, Velmar' becomes two values and a source naming only 'Velmar' agrees",
                "quote a value that holds a comma (['Aske, Velmar']), or remove the repeat", code="value-repeated",
                severity="warning"))
            return
        seen.add(name.casefold())


def _value_as_term(value: tuple[str, ...], about, file: str, problems: list[Problem]) -> None:
    """'about: [Cambrils, second attack]' for the place Cambrils: a value listed among the fact's own terms is read, in
    every sentence that names it, as the thing the fact is about (its own name), never as a statement of the value."""
    items = [] if about is None else about.value if isinstance(about.value, list) else [about]
    names = {v.casefold() for v in value}
    for item in items:
        if isinstance(item.value, str) and " ".join(item.value.split()).casefold() in names:
            problems.append(Problem(
                file, item.line, f"about-term '{item.value}' is also a value: a sentence naming it is read as about the "
                "fact's subject, never as stating the value", "name the event or the subject in about, not the value",
                code="value-as-term", severity="warning", column=item.column))
            return
    _value_in_term(value, items, file, problems)


def _value_in_term(value: tuple[str, ...], items, file: str, problems: list[Problem]) -> None:
    """'about: [Dusseldorf-based]' for the place Dusseldorf: a value joined by a hyphen to a word in a term is read as
    part of the subject's own name (``own_name``), so the term finds sentences but its value never states the fact
    (not "X-bound", which says where the subject goes; not a longer name, "Second Nagorno-Karabakh War")."""
    for item in items:
        held = isinstance(item.value, str) and next(
            (v for v in value if re.match(rf"(?i:{re.escape(v)})-(?!bound\b)[a-z]", item.value)), None)
        if held:
            problems.append(Problem(
                file, item.line, f"about-term '{item.value}' joins the value '{held}' to a word: a name inside a term "
                "is read as the subject's own, so it never states the value",
                f"write the word alone ('{item.value[len(held) + 1:]}'): '{item.value}' in a text is read as the "
                "value and that word", code="value-in-term", severity="warning", column=item.column))
            return


RIVALS = Field("rivals", "Names that contradict the value when a source attaches them to the fact's subject.",
               TERMS_SHAPE, lambda nodes, file, problems: terms(nodes, "rivals", file, problems) or ())


def _name_kind(name: str, label: str, attach=attach_name, only_value: bool = False) -> Kind:
    return Kind(name=name, label=label, value_help="a name or list of names", parse_value=_parse,
                mentions=_mentions, attach=attach,
                compare=lambda fact, hit, prepared: compare_name(hit, prepared.values),
                fields=(RIVALS,), validate=_validate, names=True, only_value=only_value)


PARTY = _name_kind("party", "party (person, office, organisation, country)", only_value=True)
PLACE = _name_kind("place", "place", attach_place)
