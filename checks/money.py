"""Money amounts: a currency symbol or code before or after a number, a scale word
("m", "bn", "million", "crore", "lakh") and "a share"/"per share" belong to the amount.

An amount's unit is its currency code ("USD", "USD per share"); a fact whose ``unit`` names a
currency compares only amounts in that currency.  Another currency is set aside, never a
difference: no exchange rate is guessed.
"""

from __future__ import annotations

import re

from .words import alternation
from .lang.numbers import UNITS
from .lang.money import (CODES_AFTER, CURRENCY_PREFIXES, CURRENCY_WORDS, DOLLAR_CODES, MONEY_SCALE_ABBREVIATIONS, MONEY_SCALES,
                          PER_SHARE, PREFIX_SPELLINGS, SHARE_CLASSES, SHARED_NAMES)

__all__ = ["MONEY_WORDS", "amount", "bare_dollars", "fact_currency", "is_money", "same_currency", "unit_scale"]

# The last word of an amount written with a scale or currency word ("Rs 4,100 crore", "3 billion dollars").
MONEY_WORDS = frozenset(MONEY_SCALES) | {w for w in CURRENCY_WORDS if w.isalpha()}

def _prefix_forms(key: str) -> set[str]:
    """How a prefix of ``CURRENCY_PREFIXES`` is written: a symbol as it is, letters in capitals or with a capital
    ("USD", "US$", "Rs", "Rs.", "RM"), or as ``PREFIX_SPELLINGS`` has it ("KSh")."""
    return {key.upper(), key.capitalize(), *PREFIX_SPELLINGS.get(key, ())} if any(c.isalpha() for c in key) else {key}


# A currency before the amount (from CURRENCY_PREFIXES; the longest written form first: "US$" before "$")
_PREFIXES = sorted({f for key in CURRENCY_PREFIXES for f in _prefix_forms(key)}, key=len, reverse=True)
_SYMBOLS = sorted(f for f in _PREFIXES if len(f) == 1 and not f.isalpha())  # "$", "€", "£" ...: one sign each
_BEFORE = re.compile(r"(?:(?<![\w$])(?P<code>" + "|".join(re.escape(f).replace(r"\ ", r"\s?") for f in _PREFIXES
                                                         if f not in _SYMBOLS)
                     + r")|(?P<sym>[" + re.escape("".join(_SYMBOLS)) + r"]))\s?\Z")
# (an abbreviation may be hyphen-joined too: "a $53-B buyout", "US$53-bn")
_SCALE_AFTER = re.compile(r"[\s-]?(?P<scale>" + alternation(MONEY_SCALE_ABBREVIATIONS) + r")\b|[\s-](?P<word>"
                          + alternation(set(MONEY_SCALES) - set(MONEY_SCALE_ABBREVIATIONS)) + r")\b", re.IGNORECASE)
# A currency after the amount (from CURRENCY_WORDS, longest first), or hyphen-joined as a modifier ("a 44-million-dollar
# deal"; not "pound", a weight too)
_WORDS = sorted((w for w in CURRENCY_WORDS if any(c.isalpha() for c in w) and "$" not in w), key=len, reverse=True)
_WORD_AFTER = re.compile(r"\s(?P<cur>" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _WORDS) + r")\b"
                         r"|-(?P<joined>dollar|euro|rupee)\b", re.IGNORECASE)
# "a share", "per ordinary share", "for each Velmar share": an opener, up to two words of class or of a capitalised
# name, then "share" (bounded repeats: linear time)
_OPENERS = "|".join(p.rsplit(" ", 1)[0].replace(" ", r"\s+") for p in PER_SHARE)
_CLASSES = "|".join(c.replace(" ", r"\s+") for c in SHARE_CLASSES)
_PER_SHARE = re.compile(rf"\s(?:{_OPENERS})\s+(?:(?:{_CLASSES})\s+|(?-i:[A-Z][\w&.'’-]*)\s+){{0,2}}share\b",
                        re.IGNORECASE)


def amount(text: str, start: int, end: int, value: float, scaled: bool) -> tuple[float, str, int, int] | None:
    """The money amount around the number text[start:end]: (value, unit, start, end), or None.

    ``scaled``: the number already took a scale word ("69 billion").  The unit is the
    currency's code, with " per share" for the price of one share.
    """
    code, first = None, start
    m = _BEFORE.search(text, max(0, start - 8), start)
    if m:
        first = m.start()
        code = CURRENCY_PREFIXES.get((m.group("code") or m.group("sym")).lower().replace(" ", ""))
    pos = end
    if not scaled:
        s = _SCALE_AFTER.match(text, pos)
        if s and (code or s.group("word")):  # "$300m", "€9bn"; but "the 300m sprint" is metres
            value *= MONEY_SCALES[(s.group("scale") or s.group("word")).lower()]
            pos = s.end()
    w = _WORD_AFTER.match(text, pos)
    if w and (code is None or CURRENCY_WORDS.get((w.group("cur") or w.group("joined")).lower()) == code):
        word = w.group("cur") or w.group("joined")
        if word.lower() not in CODES_AFTER or word.isupper():
            code = code or CURRENCY_WORDS.get(" ".join(word.lower().split()))
            pos = w.end()
    if code is None:
        return None
    return _shared(text, value, code, first, pos)


def _shared(text: str, value: float, code: str, first: int, pos: int) -> tuple[float, str, int, int]:
    """The amount, priced per share when a share follows it ("$31 a share"), or follows how it is paid ("$190 in cash,
    without interest, for each share") or its conversion in brackets ("$65 (£23.40) per share": the bracket's own
    amount is a mention of its own)."""
    p = _PER_SHARE.match(text, pos)
    if p:
        return value, code + " per share", first, p.end()
    between = _IN_CASH.match(text, pos) or _GLOSS.match(text, pos)
    if between and _PER_SHARE.match(text, between.end()):
        return value, code + " per share", first, pos
    return value, code, first, pos


_GLOSS = re.compile(r"\s\([^()]{1,30}\)")  # a short bracket right after an amount: its conversion ("(£23.40)")
_IN_CASH = re.compile(r"\s+in\s+cash(?:\s*,\s*without\s+interest\s*,)?", re.IGNORECASE)


_CODES = frozenset(CURRENCY_PREFIXES.values()) | frozenset(CURRENCY_WORDS.values())


def is_money(unit: str) -> bool:
    """An amount's unit: a currency code, perhaps per share (not any word in capitals: '40 ABC trains')."""
    return unit[:3] in _CODES and unit[3:] in ("", " per share")


def is_per_share(unit: str) -> bool:
    """'per share', 'a share', 'per Velmar share' (``PER_SHARE``): a unit naming the price of one share (not "share
    sale", "shares"); a fact's unit may be written in lower case ('per velmar share')."""
    words = unit.lower().split()
    opener = next((p for p in _UNIT_OPENERS if tuple(words[:len(p)]) == p), None)
    return opener is not None and words[-1:] == ["share"] and len(words) - len(opener) <= 3


_UNIT_OPENERS = tuple(tuple(p.split()[:-1]) for p in PER_SHARE)


def fact_currency(units: tuple[str, ...]) -> str | None:
    """The currency a fact's unit list names ('USD', 'USD per share'), or None."""
    code, per_share = None, False
    lows = [" ".join(u.lower().split()) for u in units]
    # a currency named by its country before a bare name several share: [dollars, AUD, A$] is priced in AUD
    lows.sort(key=lambda low: _unscaled(low) in _BARE_NAMES)
    # "pounds" beside "lb" or "kg" is a weight: a word of both kinds is a currency only with no measure listed
    measures = {UNITS[low][0] for low in lows if low in UNITS and low not in CURRENCY_WORDS}
    for low in lows:
        if low in CURRENCY_WORDS and UNITS.get(low, ("",))[0] in measures:
            continue
        low = _unscaled(low)  # "billion dirhams": the currency after a scale word
        code = code or CURRENCY_WORDS.get(low) or CURRENCY_PREFIXES.get(low.replace(" ", ""))
        per_share = per_share or is_per_share(low)
    if code is None:
        return None
    return code + " per share" if per_share else code


_BARE_NAMES = {"$", "dollar", "dollars", *SHARED_NAMES}  # names of no one country's currency


def _unscaled(low: str) -> str:
    """A fact's unit without a leading scale word ("billion dirhams" -> "dirhams"), when the rest is a currency."""
    head, _, rest = low.partition(" ")
    return rest if head in MONEY_SCALES and (rest in CURRENCY_WORDS or rest.replace(" ", "") in CURRENCY_PREFIXES) else low


def unit_scale(unit: str) -> float | None:
    """The scale a fact's unit is counted in: a scale word alone ("crore") or before a currency ("billion dirhams")."""
    low = " ".join(unit.lower().split())
    if low in MONEY_SCALES:
        return MONEY_SCALES[low]
    return MONEY_SCALES[low.partition(" ")[0]] if _unscaled(low) != low else None


_SHARED_WORD = re.compile(r"(?<![\w$])(?:" + "|".join(sorted(SHARED_NAMES, key=len, reverse=True)) + r")(?![\w$])",
                          re.IGNORECASE)


def same_currency(wanted: str, unit: str, *texts: str) -> bool:
    """Is an amount in currency ``unit`` in the currency ``wanted``: the same code, or, where the amount's text or the
    fact's unit names it by a bare name several countries share ("dirhams", "Rs"), any two of those currencies."""
    if wanted == unit:
        return True
    if unit.endswith(" per share") != wanted.endswith(" per share"):
        return False
    if _bare_dollar(wanted, unit, texts):
        return True
    pair = {wanted.removesuffix(" per share"), unit.removesuffix(" per share")}
    return any(pair <= family for family in map(_bare_family, texts))


def _bare_dollar(wanted: str, unit: str, texts: tuple[str, ...]) -> bool:
    """'fined $760,000' for a fact priced in [NZD, NZ$, dollars, $]: a bare "$" (no country before it) is any dollar,
    the fact's own when the fact lists a bare "$" among its units."""
    if unit.removesuffix(" per share") != "USD" or wanted.removesuffix(" per share") not in DOLLAR_CODES or not texts:
        return False
    written, units = texts[0].strip().lower(), {_unscaled(" ".join(u.lower().split())) for u in texts[1:]}
    return (written.startswith("$") and "$" in units) or (  # "12 million dollars" for a fact listing "(million) dollars"
        bare_dollars(written) and not units.isdisjoint({"dollars", "dollar"}))


# "12 million dollars": the word right before is the amount's own, no country's
_BARE_DOLLARS = re.compile(r"(?:\d|\b(?:thousand|million|billion|trillion))\s*dollars?\Z", re.IGNORECASE)


def bare_dollars(text: str) -> bool:
    """'12 million dollars': an amount in dollars of no country named (the word right before is the amount's own)."""
    return _BARE_DOLLARS.search(text.strip()) is not None


def _bare_family(text: str) -> set[str]:
    """The currencies a bare shared name in ``text`` may be; none when its country's word is written before it
    ("UAE dirhams", "Sri Lankan rupees")."""
    m = _SHARED_WORD.search(text)
    if not m:
        return set()
    before = text[:m.start()].split()
    if any(" ".join([*before[-n:], m.group()]).lower() in CURRENCY_WORDS for n in (1, 2) if len(before) >= n):
        return set()
    return set(SHARED_NAMES[m.group().lower()])
