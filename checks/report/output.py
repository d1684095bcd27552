"""Write reports atomically, and only inside the folder they are meant for."""

from __future__ import annotations

import os
import stat
import tempfile
from collections.abc import Iterable
from pathlib import Path


class OutputError(Exception):
    """A report cannot be written where it was asked to go."""


def write_atomic(path: Path | str, text: str | Iterable[str]) -> Path:
    """Write to a temporary file beside ``path``, then rename: never a half-written report.

    Only a new path or a regular file is replaced so.  A character device (``/dev/null``), a FIFO,
    or a link to one (``/dev/stdout``) is written to as a stream and left as it is; a link to a
    regular file is followed: the file it points to is replaced and the link kept.  A folder or
    anything else is refused."""
    path = Path(path)
    kind = _kind(path)
    if kind == "stream":
        try:
            with open(path, "a", encoding="utf-8", newline="\n") as handle:
                for chunk in ((text,) if isinstance(text, str) else text):
                    handle.write(chunk)
        except BrokenPipeError:
            raise
        except OSError as exc:  # /dev/full: name the path the write was for
            raise OSError(exc.errno, exc.strerror, exc.filename or str(path)) from exc
        return path
    if kind != "file":
        raise OutputError(f"'{path}' is {kind}, not a file — give the path of a file to write")
    if path.is_symlink():
        path = Path(os.path.realpath(path))
    return write_set({path: text})[0]


def _kind(path: Path) -> str:
    """"file" (new or regular: replace atomically), "stream" (write through it) or what else it is."""
    if os.path.abspath(path).startswith(("/proc/", "/dev/fd/")) or _links_through_proc(path):
        return "stream"  # the process's own file descriptors: keep the shell's redirection (even >>)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        return "file"  # a new path, or a link to one
    except OSError:
        return "file"  # writing says why (permissions, a file where a folder should be)
    if stat.S_ISREG(mode):
        return "file"
    if stat.S_ISCHR(mode) or stat.S_ISFIFO(mode):
        return "stream"
    return "a folder" if stat.S_ISDIR(mode) else "a socket or block device"


def _links_through_proc(path: Path) -> bool:
    """Whether ``path`` is a link (or a chain of links) to /proc/self/fd/N, as /dev/stdout is."""
    here = os.path.abspath(path)
    for _ in range(40):
        try:
            here = os.path.normpath(os.path.join(os.path.dirname(here), os.readlink(here)))
        except OSError:
            return False
        if here.startswith(("/proc/", "/dev/fd/")):
            return True
    return False


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
    except BaseException as exc:
        for tmp, _ in done:
            Path(tmp).unlink(missing_ok=True)
        if isinstance(exc, OSError) and exc.filename is None and done and exc.errno:  # a full disk: say where
            raise OSError(exc.errno, exc.strerror, str(done[-1][1])) from exc
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
