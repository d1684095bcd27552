"""Project settings: ``[tool.fact-checks]`` in ``pyproject.toml``, found as pytest finds its rootdir.

The command line walks up from the working folder to the first ``pyproject.toml`` holding a
``[tool.fact-checks]`` table, so ``python -m checks report`` run from a subfolder checks the
project's facts; paths in the table are relative to that file. The pytest plugin reads the same
table from its rootdir when its own ini settings leave a key out.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

TABLE = "fact-checks"
DEFAULTS = {"facts_dir": "facts", "seeds_dir": "seeds", "report_dir": ""}


@dataclass(frozen=True)
class Settings:
    """Where the inputs and the report are; ``file`` is the pyproject.toml they came from (None: defaults)."""

    facts_dir: Path = Path("facts")
    seeds_dir: Path = Path("seeds")
    report_dir: Path | None = None
    cache_dir: Path = Path(".cache/fact-checks")
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


def load(cwd: Path | None = None) -> Settings:
    """The settings for a command run in ``cwd``: the table's paths, relative to its file, as seen from cwd."""
    cwd = (cwd or Path.cwd()).resolve()
    found = find_pyproject(cwd)
    if found is None:
        return Settings()
    pyproject, values = found
    problems = tuple(f"{pyproject}: [tool.{TABLE}] {key} = {values[key]!r} is not a path — write a string"
                     for key in DEFAULTS if key in values and not isinstance(values[key], str))
    paths = {key: (values.get(key) if isinstance(values.get(key), str) else DEFAULTS[key]) for key in DEFAULTS}
    root = pyproject.parent
    return Settings(facts_dir=shown(root / paths["facts_dir"], cwd), seeds_dir=shown(root / paths["seeds_dir"], cwd),
                    report_dir=shown(root / paths["report_dir"], cwd) if paths["report_dir"] else None,
                    cache_dir=shown(root / ".cache" / "fact-checks", cwd),
                    file=pyproject, problems=problems)
