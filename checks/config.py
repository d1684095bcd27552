"""Project settings: ``[tool.fact-checks]`` in ``pyproject.toml``, found as pytest finds its rootdir.

The command line walks up from the working folder to the first ``pyproject.toml`` holding a
``[tool.fact-checks]`` table, so ``python -m checks report`` run from a subfolder checks the
project's facts; paths in the table are relative to that file. The pytest plugin reads the same
table from its rootdir when its own ini settings leave a key out.

Besides the paths, ``detail_max_sources`` says how many sources the terminal matrix, Markdown and
HTML show one by one before they count each fact's verdicts instead (JSON and JSON lines always
hold every result).
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

TABLE = "fact-checks"
DEFAULTS = {"facts_dir": "facts", "seeds_dir": "seeds", "report_dir": ""}
DETAIL = "detail_max_sources"
DETAIL_HINT = "write a whole number of sources, 0 or more (0: always count verdicts per fact)"


@dataclass(frozen=True)
class Settings:
    """Where the inputs and the report are; ``file`` is the pyproject.toml they came from (None: defaults)."""

    facts_dir: Path = Path("facts")
    seeds_dir: Path = Path("seeds")
    report_dir: Path | None = None
    cache_dir: Path = Path(".cache/fact-checks")
    detail_max_sources: int | None = None  # None: each output's own default (report.overview.DETAIL_DEFAULTS)
    file: Path | None = None
    problems: tuple[str, ...] = field(default=())


def table(pyproject: Path) -> dict | None:
    """The ``[tool.fact-checks]`` table of a pyproject.toml, or None when it has none (or cannot be read)."""
    try:
        with open(pyproject, "rb") as handle:
            data = tomllib.load(handle)
    except (OSError, tomllib.TOMLDecodeError):
        return None
    found = data.get("tool", {}).get(TABLE)
    return found if isinstance(found, dict) else None


def find_pyproject(start: Path) -> tuple[Path, dict] | None:
    """The nearest pyproject.toml at or above ``start`` with a ``[tool.fact-checks]`` table."""
    for folder in (start, *start.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            found = table(candidate)
            if found is not None:
                return candidate, found
    return None


def shown(path: Path, cwd: Path) -> Path:
    """A configured path as the user would type it from ``cwd`` (``../facts`` from a subfolder)."""
    try:
        return Path(os.path.relpath(path, cwd))
    except ValueError:  # another drive
        return path


def line_of(pyproject: Path, key: str) -> int:
    """The line of ``key = ...`` inside the ``[tool.fact-checks]`` table (tomllib gives no lines); 0 if not found."""
    try:
        lines = pyproject.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError):
        return 0
    inside = False
    for number, line in enumerate(lines, 1):
        stripped = line.strip()
        if stripped.startswith("["):
            inside = re.fullmatch(rf"\[\s*tool\s*\.\s*\"?{re.escape(TABLE)}\"?\s*\](\s*#.*)?", stripped) is not None
        elif inside and re.match(rf"\"?{re.escape(key)}\"?\s*=", stripped):
            return number
    return 0


def detail_value(value: object) -> int | None:
    """A ``detail_max_sources`` value as a number of sources, or None when it is not one."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        return None
    return value


def detail_from_text(text: str) -> int | None:
    """``--detail-max-sources`` or an ini value, as a number of sources; None when it is not one."""
    text = text.strip()
    return int(text) if text.isascii() and text.isdigit() else None


def detail_setting(values: dict, pyproject: Path) -> tuple[int | None, str]:
    """(``detail_max_sources`` of a ``[tool.fact-checks]`` table or None when unset, what is wrong with it or "")."""
    if DETAIL not in values:
        return None, ""
    number = detail_value(values[DETAIL])
    if number is not None:
        return number, ""
    line = line_of(pyproject, DETAIL)
    where = f"{pyproject}:{line}" if line else str(pyproject)
    quoted = " (without quotes)" if isinstance(values[DETAIL], str) else ""
    return None, (f"{where}: [tool.{TABLE}] {DETAIL} = {values[DETAIL]!r} is not a number of sources — "
                  f"{DETAIL_HINT}{quoted}")


def load(cwd: Path | None = None) -> Settings:
    """The settings for a command run in ``cwd``: the table's paths, relative to its file, as seen from cwd."""
    cwd = (cwd or Path.cwd()).resolve()
    found = find_pyproject(cwd)
    if found is None:
        return Settings()
    pyproject, values = found
    problems = tuple(f"{pyproject}: [tool.{TABLE}] {key} = {values[key]!r} is not a path — write a string"
                     for key in DEFAULTS if key in values and not isinstance(values[key], str))
    detail, wrong = detail_setting(values, pyproject)
    problems += (wrong,) if wrong else ()
    paths = {key: (values.get(key) if isinstance(values.get(key), str) else DEFAULTS[key]) for key in DEFAULTS}
    root = pyproject.parent
    return Settings(facts_dir=shown(root / paths["facts_dir"], cwd), seeds_dir=shown(root / paths["seeds_dir"], cwd),
                    report_dir=shown(root / paths["report_dir"], cwd) if paths["report_dir"] else None,
                    cache_dir=shown(root / ".cache" / "fact-checks", cwd), detail_max_sources=detail,
                    file=pyproject, problems=problems)
