"""Text from sources and file names made safe to print to a terminal.

A source's text and its file name come from anywhere. Printed raw, an escape sequence clears
the screen, hides text or plants a link (ESC [, ESC ]), and a line break followed by
``::error file=…::`` becomes a GitHub workflow command in a CI log. Every name, quote and
message is passed through ``terminal`` (one place to get it right); the command line also
passes all it prints through ``lines`` (``checks.cli``), so what a printer forgot still
reaches the terminal escaped.
"""

from __future__ import annotations

import re
import shlex

# C0 controls but the space, DEL, C1 controls (0x9b is a one-byte CSI), and the bidirectional
# overrides and isolates that reorder what a reader sees (Trojan Source); and lone surrogates (bytes of
# a typed argument that are not UTF-8), which no UTF-8 output can hold.
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_UNSAFE_IN_LINES = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029\ud800-\udfff]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\x1b"}


def _escaped(match: re.Match) -> str:
    # DEL and above as \uXXXX: a name's byte that is not UTF-8 is shown \xNN (sources.shown_name), so
    # U+0085 (\u0085) and the byte 0x85 (\x85) stay apart; \uXXXX is also what JSON and YAML read back.
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x7f else f"\\u{ord(char):04x}")


def terminal(text: str) -> str:
    """``text`` with every control character shown escaped (``\\n``, ``\\x1b``, ``\\u202e``): one line,
    nothing a terminal would act on. Plain text is returned as it is."""
    return _UNSAFE.sub(_escaped, text) if _UNSAFE.search(text) else text


def lines(text: str) -> str:
    """Text of several lines (a whole report, a message) with every control character but the line
    break and tab shown escaped, as ``terminal`` shows it: the last guard before a terminal."""
    return _UNSAFE_IN_LINES.sub(_escaped, text) if _UNSAFE_IN_LINES.search(text) else text


def terminal_quote(text: str) -> str:
    """A quoted sentence for a terminal: its line breaks and other white space runs become one space
    (a sentence may run over lines), then what is left unsafe is shown escaped."""
    if any(c.isspace() and c != " " for c in text):
        text = " ".join(text.split())
    return terminal(text)


def shell_word(text: str) -> str:
    """``text`` as one word to paste into a shell, giving back ``text`` exactly: quoted as needed
    (``'my file.txt'``), and with control characters as bash's ``$'…'`` escapes (``$'x\\n::y'``),
    so the command shown is both safe to print and right to run."""
    if not _UNSAFE.search(text):
        return shlex.quote(text)
    return "$'" + terminal(text.replace("\\", "\\\\").replace("'", "\\'")) + "'"
