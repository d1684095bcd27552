"""Run the command line or pytest as an unprivileged user, in a folder that user can enter.

Root reads any file and lists any folder, so a ``chmod 000`` proves nothing when the suite runs as
root (as CI containers often do): there the command is run as ``nobody`` through ``setpriv``. Run as
any other user, the command runs as that user. The test is skipped, saying why, only when neither
can be done (no ``setpriv``, or no Python the unprivileged user may run).
"""

from __future__ import annotations

import contextlib
import functools
import os
import shutil
import site
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
NOBODY = 65534


def _env() -> dict[str, str]:
    # the checkout first (the package under test), then the installed packages (yaml, rapidfuzz, pytest)
    paths = [str(ROOT), *site.getsitepackages()]
    return {**os.environ, "PYTHONPATH": os.pathsep.join(paths), "PYTEST_DISABLE_PLUGIN_AUTOLOAD": "1",
            "HOME": tempfile.gettempdir(), "LC_ALL": "C.UTF-8"}


@functools.lru_cache(maxsize=None)
def _python_for_nobody() -> str | None:
    """A Python of this version that the unprivileged user can run (a virtual environment's python may
    link into root's home, which nobody can enter), with the packages importable."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    candidates = [os.path.realpath(sys.executable), os.path.realpath(getattr(sys, "_base_executable", "")),
                  shutil.which(version) or "", f"/usr/bin/{version}", f"/usr/local/bin/{version}"]
    for exe in dict.fromkeys(c for c in candidates if c and os.path.isfile(c)):
        # and it can start itself again (pytest -n starts workers with sys.executable)
        probe = subprocess.run([*_setpriv(), exe, "-c", "import subprocess, sys, yaml, rapidfuzz, pytest, checks; "
                                "subprocess.run([sys.executable, '-c', ''], check=True)"],
                               env=_env(), capture_output=True, cwd=tempfile.gettempdir())
        if probe.returncode == 0:
            return exe
    return None


def _setpriv() -> list[str]:
    return [shutil.which("setpriv") or "setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups"]


def run_as_user(args: list[str], cwd: Path) -> subprocess.CompletedProcess:
    """``python ARGS`` in ``cwd`` as an unprivileged user; text output captured."""
    if os.geteuid() != 0:
        command = [sys.executable, *args]
    else:
        if shutil.which("setpriv") is None:
            pytest.skip("setpriv (util-linux) is missing: as root, no unprivileged user can be made to run this")
        exe = _python_for_nobody()
        if exe is None:
            pytest.skip(f"no Python {sys.version_info.major}.{sys.version_info.minor} that user {NOBODY} can run "
                        "with this suite's packages")
        command = [*_setpriv(), exe, *args]
    return subprocess.run(command, cwd=cwd, env=_env(), capture_output=True, text=True, timeout=300)


@contextlib.contextmanager
def user_folder():
    """A temporary folder an unprivileged user can enter and read (pytest's tmp_path is root's alone);
    every folder in it made listable again, then all of it removed."""
    folder = Path(tempfile.mkdtemp(prefix="fact-checks-user-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        for where, folders, _ in os.walk(folder):  # top down: each folder opened before it is entered
            for name in folders:
                if not os.path.islink(os.path.join(where, name)):
                    os.chmod(os.path.join(where, name), 0o755)
        shutil.rmtree(folder, ignore_errors=True)


def readable(folder: Path) -> None:
    """Make every folder and file under ``folder`` readable by anyone (files written by root are 0644 already
    under the usual umask; this makes sure of it)."""
    for path in [folder, *folder.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IROTH | (stat.S_IXOTH if path.is_dir() else 0))
