"""The engine's one error type for bad input, carrying every problem found."""

from __future__ import annotations

from dataclasses import dataclass

from .safe_text import terminal


@dataclass(frozen=True)
class Problem:
    """One thing wrong with an input file, located and with a way to fix it."""

    file: str
    line: int
    message: str
    hint: str = ""
    column: int = 0
    code: str = "invalid"
    severity: str = "error"  # error | warning

    def __str__(self) -> str:
        # line 0: the whole file or folder (no ':0:' pseudo-line).  A key or value quoted in a message
        # comes from the file: its control characters are shown escaped, so a quoted "x\n::error::" key
        # cannot write a workflow command (found by the fuzzer).
        text = f"{self.file}:{self.line}: {self.message}" if self.line else f"{self.file}: {self.message}"
        return terminal(f"{text} — {self.hint}" if self.hint else text)


class CheckError(Exception):
    """Bad input: fact files or sources the engine cannot use as they are."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...]):
        self.problems = tuple(problems)
        super().__init__("\n".join(str(p) for p in self.problems))


class FactError(CheckError):
    """One or more fact files are invalid."""


class SourceError(CheckError):
    """A sources folder cannot be read."""
