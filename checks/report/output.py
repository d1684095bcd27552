"""Write reports atomically, and only inside the folder they are meant for."""

from __future__ import annotations

import os
import re
import shutil
import stat
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path

from ..safe_text import terminal


class OutputError(Exception):
    """A report cannot be written where it was asked to go."""


WRITE_HINT = "check the path and that it can be written"


def not_written(exc: OSError | OutputError) -> str:
    """Why a report was not written, in the words the CLI (after ``error:``) and pytest (after
    ``report:``) both use: ``NOT written: PATH: why — what to do``."""
    if isinstance(exc, OutputError):
        return f"NOT written: {exc}"
    where = f"{terminal(os.fsdecode(exc.filename))}: " if exc.filename is not None else ""
    if isinstance(exc, (FileExistsError, NotADirectoryError)) and exc.filename is not None \
            and os.path.isfile(exc.filename):  # a folder was to be made, or looked into, where a file stands
        return f"NOT written: {where}this is a file, where a folder was needed — {WRITE_HINT}"
    return f"NOT written: {where}{exc.strerror or exc} — {WRITE_HINT}"


def write_atomic(path: Path | str, text: str | Iterable[str]) -> Path:
    """Write to a temporary file beside ``path``, then rename: never a half-written report.

    Only a new path or a regular file is replaced so.  A character device (``/dev/null``), a FIFO,
    or a link to one (``/dev/stdout``) is written to as a stream and left as it is; a link to a
    regular file is followed: the file it points to is replaced and the link kept.  A folder or
    anything else is refused, and so is a link that leads nowhere a file can be written."""
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
        path = _link_target(path)
    return write_set({path: text})[0]


def _link_target(link: Path) -> Path:
    """Where a link given as the output leads, the file there to be replaced (the link kept).  No
    folder is made for it: a link into a folder that does not exist is refused, as is a loop."""
    target = Path(os.path.realpath(link))
    if target.is_symlink():  # realpath stops inside a loop
        raise OutputError(f"'{link}' is a link that leads back to itself — give the path of a file to write")
    if not target.parent.is_dir():
        raise OutputError(f"'{link}' is a link to '{os.readlink(link)}', whose folder does not exist — "
                          "create that folder, or give the path of a file to write")
    return target


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
    """Write every file to a temporary beside it, then rename them all: all or nothing is replaced.

    Temporaries are named ``.NAME.PID.RANDOM.tmp``; those a killed run left are swept first."""
    done: list[tuple[str, Path]] = []
    try:
        for target, text in files.items():
            target.parent.mkdir(parents=True, exist_ok=True)
            sweep(target.parent, f".{target.name}.", older=(f".{target.name}.",))
            tmp = _temporary(target.parent, f".{target.name}.")
            done.append((tmp, target))
            _write(Path(tmp), text)
            _keep_owner(tmp, target)
        for tmp, target in done:
            os.replace(tmp, target)
    except BaseException as exc:
        for tmp, _ in done:
            Path(tmp).unlink(missing_ok=True)
        if files and _about_ours(exc, target.parent / f".{target.name}."):
            raise OSError(exc.errno, exc.strerror, str(target)) from exc
        raise
    return [target for _, target in done]


def _about_ours(exc: BaseException, prefix: Path) -> bool:
    """Whether ``exc`` names one of this run's temporaries (``PREFIX PID.…``, or a file in such a
    staging folder) or no file at all (a full disk): the error is then told of the path the user
    gave, as a temporary's name means nothing to them."""
    if not isinstance(exc, OSError) or not exc.errno:
        return False
    ours = os.path.abspath(f"{prefix}{os.getpid()}.")
    return exc.filename is None or os.path.abspath(os.fsdecode(exc.filename)).startswith(ours)


def _keep_owner(tmp: str | Path, target: Path) -> None:
    """Give the temporary that will replace ``target`` the mode of the file it replaces (and, as root,
    its owner and group): a private file stays private, and a user's file does not become root's."""
    try:
        st = os.lstat(target)
    except FileNotFoundError:
        return  # a new file: made as any other (umask applied)
    if not stat.S_ISREG(st.st_mode):
        return
    if os.geteuid() == 0 and (st.st_uid, st.st_gid) != (os.geteuid(), os.getegid()):
        os.chown(tmp, st.st_uid, st.st_gid)  # before chmod: chown clears set-id bits
    os.chmod(tmp, stat.S_IMODE(st.st_mode))


MANIFEST = "COMPLETE"  # in a staging folder: every file of the set is written; lists them, one a line


def write_folder_set(folder: Path, files: dict[str, str | Iterable[str]], prefix: str) -> list[Path]:
    """Write a set of files (``name -> text``) into ``folder`` so that a reader finds the old set or the new.

    The new set is written into a fresh staging folder inside ``folder`` (``PREFIX.PID.RANDOM.tmp``);
    a manifest written last marks it complete, and only then is each file renamed into place.
    A run killed while writing leaves the old set untouched; one killed between the renames leaves a
    complete manifest, and the next write finishes those renames first (``sweep``), so after any later
    run, even one that fails, the folder holds one whole set.  Staging folders and temporaries whose
    process is gone are removed by the next write."""
    folder.mkdir(parents=True, exist_ok=True)
    sweep(folder, prefix, older=tuple(f".{name}." for name in files))  # older versions wrote each file alone
    stage = None
    try:
        stage = Path(_temporary(folder, prefix, folder=True))
        for name, text in files.items():
            _write(stage / name, text)
            _keep_owner(stage / name, folder / name)
        _write(stage / MANIFEST, "".join(f"{name}\n" for name in files))
    except BaseException as exc:
        if stage is not None:
            _remove(stage)
        if _about_ours(exc, folder / prefix):  # a full disk, a read-only folder: say which folder
            raise OSError(exc.errno, exc.strerror, str(folder)) from exc
        raise
    _finish(stage, folder)
    return [folder / name for name in files]


def _finish(stage: Path, folder: Path) -> None:
    """Rename the files of a complete staging folder into ``folder``, then remove the staging folder."""
    for name in (stage / MANIFEST).read_text(encoding="utf-8").splitlines():
        try:
            os.replace(stage / name, folder / name)
        except FileNotFoundError:
            pass  # renamed already, before a crash (or by a concurrent sweep)
    _remove(stage)


# tempfile's random part of a name: 8 of these characters
_RANDOM = "[a-z0-9_]{8}"


def sweep(folder: Path, prefix: str, older: tuple[str, ...] = ()) -> None:
    """Remove what a killed run left in ``folder``: names exactly as this tool writes them,
    ``PREFIX PID.RANDOM.tmp`` (temporaries, staging folders: a complete one is finished first), and
    files named ``OLD RANDOM.tmp`` for each ``OLD`` in ``older``, as versions before the process id
    wrote them.  A user's file of a like name (``.out.json.notes.tmp``) is never touched, nor a live
    run's files."""
    ours = re.compile(re.escape(prefix) + rf"(\d+)\.{_RANDOM}\.tmp")
    theirs = re.compile(f"(?:{'|'.join(map(re.escape, older))}){_RANDOM}\\.tmp") if older else None
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return
    for entry in entries:
        path = Path(entry.path)
        try:
            mine = ours.fullmatch(entry.name)
            if mine and _abandoned(path, int(mine.group(1))):
                if entry.is_dir(follow_symlinks=False) and (path / MANIFEST).is_file():
                    _finish(path, folder)
                elif entry.is_dir(follow_symlinks=False):
                    _remove(path)
                else:
                    path.unlink(missing_ok=True)
            elif theirs and theirs.fullmatch(entry.name) and entry.is_file(follow_symlinks=False):
                path.unlink(missing_ok=True)
        except OSError:
            pass  # a concurrent sweep got there first, or it cannot be removed: the write goes on


STALE_AFTER = 24 * 3600  # seconds: a temporary this old is abandoned whoever made it


def _abandoned(path: Path, pid: int) -> bool:
    """Whether the run that made ``path`` (process ``pid``) is gone: its process no longer exists
    (or the temporary is a day old: the number may have been given to another process since)."""
    try:
        if time.time() - path.lstat().st_mtime > STALE_AFTER:
            return True
    except OSError:
        return False
    if pid == os.getpid():
        return False  # ours: another thread of this process may be writing it
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists (another user's)
    return False


def _temporary(parent: Path, prefix: str, *, folder: bool = False) -> str:
    """A new file (or folder) in ``parent`` named ``PREFIX PID.RANDOM.tmp``."""
    if folder:
        return tempfile.mkdtemp(prefix=f"{prefix}{os.getpid()}.", suffix=".tmp", dir=parent)
    fd, tmp = tempfile.mkstemp(prefix=f"{prefix}{os.getpid()}.", suffix=".tmp", dir=parent)
    os.close(fd)
    return tmp


def _write(path: Path, text: str | Iterable[str]) -> None:
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o666)  # as an ordinary file, umask applied
    os.chmod(path, 0o666 & ~_UMASK)  # mkstemp made it 0600
    with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
        for chunk in ((text,) if isinstance(text, str) else text):
            handle.write(chunk)


def _remove(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)


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
        raise OutputError(f"'{name}' would be written outside {folder} — use a plain file name")
    return target
