"""Write reports atomically, and only inside the folder they are meant for."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


class OutputError(Exception):
    """A report cannot be written where it was asked to go."""


def write_atomic(path: Path | str, text: str) -> Path:
    """Write to a temporary file beside ``path``, then rename: never a half-written report."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            handle.write(text)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


def inside(folder: Path | str, name: str) -> Path:
    """``folder/name``, refusing names that would leave the folder (../, absolute paths, links)."""
    base = Path(folder).resolve()
    target = (base / name).resolve()
    if target != base and base not in target.parents:
        raise OutputError(f"'{name}' would be written outside {folder}; use a plain file name")
    return target
