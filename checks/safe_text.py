"""Text from sources and file names made safe to print to a terminal.

A source's text and its file name come from anywhere. Printed raw, an escape sequence clears
the screen, hides text or plants a link (ESC [, ESC ]), and a line break followed by
``::error file=…::`` becomes a GitHub workflow command in a CI log. Every terminal renderer
passes names and quotes through ``terminal`` (one place to get it right).
"""

from __future__ import annotations

import re

# C0 controls but the space, DEL, C1 controls (0x9b is a one-byte CSI), and the bidirectional
# overrides and isolates that reorder what a reader sees (Trojan Source).
_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]")
_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t", "\x1b": "\\x1b"}


def _escaped(match: re.Match) -> str:
    char = match.group()
    return _NAMED.get(char) or (f"\\x{ord(char):02x}" if ord(char) < 0x100 else f"\\u{ord(char):04x}")


def terminal(text: str) -> str:
    """``text`` with every control character shown escaped (``\\n``, ``\\x1b``, ``\\u202e``): one line,
    nothing a terminal would act on. Plain text is returned as it is."""
    return _UNSAFE.sub(_escaped, text) if _UNSAFE.search(text) else text


def terminal_quote(text: str) -> str:
    """A quoted sentence for a terminal: its line breaks and other white space runs become one space
    (a sentence may run over lines), then what is left unsafe is shown escaped."""
    if any(c.isspace() and c != " " for c in text):
        text = " ".join(text.split())
    return terminal(text)
