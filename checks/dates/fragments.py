"""Pattern pieces the date rules share, each built from the word tables in checks/lang.

A piece takes the name of its group, so one rule can hold several.
"""

from __future__ import annotations

import re

from ..lang.calendar import MONTHS, SEASONS
from ..lang.numbers import ONES, TENS

__all__ = ["CAPITAL_AFTER", "NAME_AFTER", "YEAR", "day", "is_year", "month", "part", "season", "word_year", "year"]

# A capitalised word follows: "April Glaspie", "Christmas Island", "the Winter Olympics" are names.
NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
# Any capital follows, acronyms too: "Will Smith", "Will UN inspectors" ("Will" is a name, not a future).
CAPITAL_AFTER = re.compile(r"\s+[A-Z]")


def _prefix_chain(words: list[str]) -> str:
    """'sep', 'sept', 'september' -> 'sep(?:t(?:ember)?)?': each word a prefix of the next, longest tried first."""
    tail = ""
    for shorter, longer in reversed(list(zip(words, words[1:]))):
        rest = longer[len(shorter):]
        tail = f"{rest}?" if len(rest) == 1 and not tail else f"(?:{rest}{tail})?"
    return words[0] + tail


def _month_words() -> str:
    by_number: dict[int, list[str]] = {}
    for word, number in MONTHS.items():
        by_number.setdefault(number, []).append(word)
    return "|".join(_prefix_chain(sorted(words, key=len)) for _, words in sorted(by_number.items()))


_MONTH_WORDS = _month_words()


def month(name: str) -> str:
    """A month name or its abbreviation, with the abbreviation's dot after the group."""
    return f"(?P<{name}>{_MONTH_WORDS})\\.?"


def day(name: str) -> str:
    return f"(?P<{name}>[0-3]?\\d)(?:st|nd|rd|th)?"


YEAR = r"(?:1[5-9]\d\d|20\d\d)"  # a year the date finder reads
_YEAR_WORD = re.compile(YEAR)


def year(name: str) -> str:
    return f"(?P<{name}>{YEAR})"


def is_year(word: str) -> bool:
    """Is the word a year the date finder reads ("2004"; not "3000", a count)?"""
    return bool(_YEAR_WORD.fullmatch(word))


def part(name: str) -> str:
    """'early ', 'mid-', 'the end of ', 'the first half of ': an optional part of a month or year."""
    return f"(?:(?P<{name}>early|mid|late|the\\s+(?:beginning|start|middle|end|(?:first|second)\\s+half)\\s+of)[\\s-]+)?"


def part_key(part: str | None) -> str:
    """The part's key in ``MONTH_PARTS``/``YEAR_PARTS``: 'the end of' -> 'end', 'the first half of' -> 'first half',
    'Early' -> 'early'."""
    words = (part or "").lower().split()
    return " ".join(words[1:-1]) if len(words) > 2 and words[0] == "the" and words[-1] == "of" else " ".join(words)


def season(name: str) -> str:
    return f"(?P<{name}>{'|'.join(SEASONS)})"


_W_ONES = "|".join(w for w, n in ONES.items() if 1 <= n <= 9)
_W_TEENS = "|".join(w for w, n in ONES.items() if n >= 10)
_W_TENS = "|".join(TENS)


def word_year(name: str) -> str:
    """Years said in words, as radio transcripts write them: "nineteen ninety-six", "the year two thousand".

    ``{name}_2k`` holds "the year" before "two thousand".
    """
    return (f"(?P<{name}>(?:eighteen|nineteen)[\\s-]+(?:(?:{_W_TENS})(?:[\\s-]+(?:{_W_ONES}))?|{_W_TEENS})"
            f"|(?P<{name}_2k>the\\s+year\\s+)?two\\s+thousand(?:\\s+and)?(?:[\\s-]+(?:{_W_ONES}|{_W_TEENS}"
            f"|twenty(?:[\\s-]+(?:{_W_ONES}))?))?)\\b(?!-)")


# A gate before a long alternation: the ways a match can begin, as one lookahead shaped like a trie,
# worked out from the pattern itself.  The regex engine tries every alternative at every word start;
# with the gate, a word that begins no match is passed over after a character or two (date finding
# is several times faster on prose).  The gate only restates what the pattern requires, so the
# matches are the same (tests/dates/test_fragments.py).
_DIGITS, _SPACES = r"\d", r"\s+"


def gate(pattern: str, flags: int = re.IGNORECASE) -> str:
    """A lookahead ``(?=...)`` that every match of ``pattern`` (compiled with ``flags``) passes where
    it begins, or "" when a match may begin with anything."""
    from re import _parser  # the standard library's own parser of patterns

    starts = _starts(list(_parser.parse(pattern, flags)), _parser, bool(flags & re.IGNORECASE))
    return "" if () in starts else "(?=" + _trie(starts) + ")"


def _starts(items: list, p, fold: bool, room: int = 12) -> set[tuple[str, ...]]:
    """Every beginning a match of ``items`` can have: tuples of at most ``room`` atoms (an ASCII
    letter, ``\\d`` or ``\\s+``), cut where the pattern is no longer one of them.  A beginning cut
    short is still a beginning, so a cut is always safe; () is a match that may begin with anything."""
    if not items or not room:
        return {()}
    (op, av), rest = items[0], items[1:]
    if op in (p.ASSERT, p.ASSERT_NOT, p.AT):  # takes no characters
        return _starts(rest, p, fold, room)
    if op is p.SUBPATTERN:
        if all(sub_op in (p.ASSERT, p.ASSERT_NOT, p.AT) for sub_op, _ in av[-1]):
            return _starts(rest, p, fold, room)  # "(?-i:(?=[A-Z]))": takes no characters, whatever its flags
        if av[1] or av[2]:  # flags changed inside: cut
            return {()}
        return _starts(list(av[-1]) + rest, p, fold, room)
    if op is p.BRANCH:
        return set().union(*(_starts(list(alt) + rest, p, fold, room) for alt in av[1]))
    if op in (p.MAX_REPEAT, p.MIN_REPEAT, p.POSSESSIVE_REPEAT):
        low, high, sub = av
        if low and high > 1 and list(sub) == [(p.IN, [(p.CATEGORY, p.CATEGORY_SPACE)])]:
            return _then(_SPACES, rest, p, fold, room)  # "the\\s+weekend": spaces between words
        once = _starts(list(sub) + rest if high == 1 else list(sub), p, fold, room)  # cut after a repeat
        return once if low else once | _starts(rest, p, fold, room)
    atoms = _atoms(op, av, p, fold)
    if atoms == {_DIGITS}:
        return {(_DIGITS,)}  # a run of digits: cut after the first
    return set().union(*(_then(atom, rest, p, fold, room) for atom in atoms)) if atoms else {()}


def _then(atom: str, rest: list, p, fold: bool, room: int) -> set[tuple[str, ...]]:
    return {(atom, *after) for after in _starts(rest, p, fold, room - 1)}


def _atoms(op, av, p, fold: bool) -> set[str]:
    """What one character of the pattern can be: ASCII letters, or {``\\d``}; set() for anything else."""
    members = [(op, av)] if op is p.LITERAL else av if op is p.IN else []
    found = set()
    for kind, value in members:
        if kind is p.LITERAL and chr(value).isascii() and chr(value).isalpha():
            found.add(chr(value).lower() if fold else chr(value))
        elif (kind is p.LITERAL and chr(value) in "0123456789" or kind is p.CATEGORY and value is p.CATEGORY_DIGIT
              or kind is p.RANGE and all(chr(x) in "0123456789" for x in value)):
            found.add(_DIGITS)
        else:
            return set()
    return found if _DIGITS not in found or len(found) == 1 else set()


def _trie(starts: set[tuple[str, ...]]) -> str:
    """The beginnings as one alternation sharing prefixes; one that holds another needs only the shorter."""
    by_first: dict[str, set[tuple[str, ...]]] = {}
    for atoms in starts:
        by_first.setdefault(atoms[0], set()).add(atoms[1:])
    out = [first if () in tails else first + _trie(tails) for first, tails in sorted(by_first.items())]
    return out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")"
