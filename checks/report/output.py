"""Write reports atomically, and only inside the folder they are meant for."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """A report cannot be written where it was asked to go."""


def write_atomic(path: Path | str, text: str | Iterable[str]) -> Path:
    """Write to a temporary file beside ``path``, then rename: never a half-written report."""
    return write_set({Path(path): text})[0]


def write_set(files: dict[Path, str | Iterable[str]]) -> list[Path]:
    """Write every file to a temporary beside it, then rename them all: all or nothing is replaced."""
    done: list[tuple[str, Path]] = []
    try:
        for target, text in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
            done.append((tmp, target))
            os.chmod(tmp, 0o666 & ~_UMASK)  # as an ordinary file would be, not mkstemp's 0600
            with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
                for chunk in ((text,) if isinstance(text, str) else text):
                    handle.write(chunk)
        for tmp, target in done:
            os.replace(tmp, target)
    except BaseException:
        for tmp, _ in done:
            Path(tmp).unlink(missing_ok=True)
        raise
    return [target for _, target in done]


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


_UMASK = _umask()


def inside(folder: Path | str, name: str) -> Path:
    """``folder/name``, refusing names that would leave the folder (../, absolute paths, links)."""
    base = Path(folder).resolve()
    target = (base / name).resolve()
    if target != base and base not in target.parents:
        raise OutputError(f"'{name}' would be written outside {folder}; use a plain file name")
    return target
