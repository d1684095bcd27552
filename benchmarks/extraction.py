"""What reading dates and numbers lazily saves: a sentence's dates and numbers are extracted only when a
fact looks at it (checks/index.py, ``Indexed``), not for every sentence of every source.

    python benchmarks/extraction.py FOLDER     # FOLDER holds facts/ and seeds/ (scale.py --keep makes such)

One cold run in this process (``--jobs 1``, no store), with each sentence's ``dates``, ``numbers`` and
``ordinals`` counted and timed where they are first read; then the same sources indexed afresh and every
sentence's dates, numbers and ordinals extracted, as an eager extractor would (after the run, so with the
word caches it filled: if anything, the eager figure is low).  Prints one line and, with
``--json``, writes the figures.  ``scale.py`` runs it on its profile corpus.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks import index  # noqa: E402
from checks.pipeline import check  # noqa: E402
from checks.sources import read_folder  # noqa: E402

_READS = ("dates", "numbers", "ordinals")


class _Timed:
    """Counts and times the first reading of one of a sentence's lazy fields; a reading inside another (numbers
    asks where the dates stand) is timed once, in the outer one."""

    depth = 0
    seconds = 0.0

    def __init__(self, name: str, work):
        self.name, self.work, self.count = name, work, 0

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        self.count += 1
        _Timed.depth += 1
        start = time.perf_counter()
        try:
            value = self.work(instance)
        finally:
            _Timed.depth -= 1
            if _Timed.depth == 0:
                _Timed.seconds += time.perf_counter() - start
        instance.__dict__[self.name] = value
        return value


def measure(folder: Path) -> dict:
    facts, seeds = folder / "facts", folder / "seeds"
    originals = {name: index.Indexed.__dict__[name] for name in _READS}
    timed = {name: _Timed(name, originals[name].work) for name in _READS}
    for name, wrapper in timed.items():
        setattr(index.Indexed, name, wrapper)
    _Timed.seconds, _Timed.depth = 0.0, 0
    try:
        start = time.perf_counter()
        check(facts, seeds, jobs=1, cache_dir=None)
        run = time.perf_counter() - start
        lazy = _Timed.seconds
    finally:
        for name, original in originals.items():
            setattr(index.Indexed, name, original)
    indexed = index.index_sources(read_folder(seeds).sources)
    sentences = sum(len(i.sentences) for i in indexed)
    start = time.perf_counter()
    for source in indexed:
        for item in source.sentences:
            for name in _READS:
                getattr(item, name)
    eager = time.perf_counter() - start
    return {"sentences": sentences, **{f"{name}_read": timed[name].count for name in _READS},
            "lazy_seconds": round(lazy, 2), "eager_seconds": round(eager, 2), "run_seconds": round(run, 2),
            "saved_seconds": round(eager - lazy, 2), "saved_percent_of_run": round(100 * (eager - lazy) / run, 1)}


def line(figures: dict) -> str:
    f = figures
    return (f"extraction, lazy (only sentences a fact looks at): dates read in {f['dates_read']:,} of {f['sentences']:,} "
            f"sentences, numbers in {f['numbers_read']:,}; {f['lazy_seconds']:.2f} s extracting, against "
            f"{f['eager_seconds']:.2f} s to extract every sentence: {f['saved_seconds']:.2f} s saved (an eager extractor "
            f"would make this cold --jobs 1 run of {f['run_seconds']:.2f} s {f['saved_percent_of_run']:.0f}% longer)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", type=Path, help="a folder with facts/ and seeds/")
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()
    figures = measure(args.folder)
    print(line(figures))
    if args.json:
        args.json.write_text(json.dumps(figures, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
