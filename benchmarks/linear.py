"""Time per MB on pathological inputs: it must stay flat as the input grows (no backtracking blow-up).

    python benchmarks/linear.py [--sizes 0.25,0.5,1,2] [--json PATH]
    python benchmarks/linear.py --large [--large-mb 20] [--line-mb 20] [--dots-mb 20] [--json PATH]

Each input kind is one source of the given size, checked against the project's facts/.

``--large`` instead runs the three large inputs of issue 14, each in a fresh process, as a user
would (a file in a sources folder, read with ``--max-source-mb 200``, then checked): prose of
the seeds repeated to ``--large-mb`` (the issue's 100 MB; 20 MB by default so it runs in
minutes), one line of words and spaces with no sentence punctuation (``--line-mb``) and
``". "`` repeated (``--dots-mb``). Each row gives seconds per MB and the peak memory the run
added (the peak resident set, from /proc) as a multiple of the source's size, against the targets of
at most 2 s/MB and 4 times the size.  The machine may be shared: each row also gives the CPU
seconds of the run (``process_time``, which other processes slow down less than the clock) and
the load average when it started.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.facts import load_facts  # noqa: E402
from checks.pipeline import evaluate  # noqa: E402
from checks.sources import make_source  # noqa: E402

UNITS = {  # one repeating unit per kind; repeated to the size asked, on one line
    "digits and commas": "1,2,3,4,5,6,7,8,9,0,",
    "month names": "November November 9 September ",
    "hyphens": "-",
    "capitalised words": "Prime Minister President Nikol Pashinyan Ceasefire ",
    "dotted initials": "U.S. A.B. Nov. 10, ",
    "ordinary prose": "The ceasefire was signed on 9 November 2020 after 44 days of war. ",
    "mixed dates": "in May, Monday, June last year, the Fourth of July, ",
    "weekdays": "Monday ",
    "quarters": "in the quarter, ",
    "reason phrases": 'The ceasefire was criticised for the "war" and for the ceasefire of 9 November 2020 and ',
}


TARGET_SECONDS_PER_MB = 2.0
TARGET_MEMORY_TIMES = 4.0


def large_text(kind: str, mb: float) -> str:
    """One of issue 14's large inputs, ``mb`` MB of it."""
    size = int(mb * 1_000_000)
    prose = "\n".join(p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt")))
    if kind == "prose":
        unit = prose + "\n"
    elif kind == "one line":  # words and spaces, no sentence punctuation, no line break
        unit = re.sub(r" +", " ", re.sub(r"[^\w ]+", " ", prose.replace("\n", " "))) + " "
    else:
        unit = ". "
    return (unit * (size // len(unit) + 1))[:size]


def measure_large(kind: str, mb: float) -> dict:
    """Write the input to a sources folder, then time and measure a run on it in a fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        seeds.mkdir()
        (seeds / "big.txt").write_text(large_text(kind, mb), encoding="utf-8")
        proc = subprocess.run([sys.executable, __file__, "--one-large", str(seeds)], capture_output=True, text=True)
    if proc.returncode:
        raise SystemExit(proc.stderr)
    row = json.loads(proc.stdout.splitlines()[-1])
    mb_on_disk = row["bytes"] / 1e6
    return {"input": kind, "mb": round(mb_on_disk, 2), "seconds": row["seconds"],
            "seconds_per_mb": round(row["seconds"] / mb_on_disk, 3), "cpu_seconds": row["cpu_seconds"],
            "cpu_seconds_per_mb": round(row["cpu_seconds"] / mb_on_disk, 3), "load": row["load"],
            "peak_mb": round(row["peak_bytes"] / 1e6, 1), "memory_times_size": round(row["peak_bytes"] / row["bytes"], 2)}


def _memory(field: str) -> int:
    """Bytes of this process's resident set: now (VmRSS) or at its peak (VmHWM), from /proc (Linux).

    Not ``getrusage``'s ru_maxrss: Linux carries it across exec from the parent, so a child started
    by a parent that was once larger (this script, after building a 100 MB text) starts with the
    parent's peak, and what the run added was understated (by up to the whole run)."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise SystemExit("no /proc/self/status: the large-input rows measure memory on Linux only")


def one_large(seeds: Path) -> int:
    """In the child: read the folder and check it; print seconds and the memory the run added
    (the peak resident set above the one before reading: the text, its index, the results)."""
    from checks.sources import read_folder
    facts = load_facts(ROOT / "facts")
    before = _memory("VmRSS")
    load = round(os.getloadavg()[0], 2)
    start, cpu = time.perf_counter(), time.process_time()
    folder = read_folder(seeds, max_mb=200)
    sources = tuple(replace(s, published=date(2023, 6, 22)) for s in folder.sources)
    evaluate(facts, sources)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    peak = _memory("VmHWM") - before
    size = (seeds / "big.txt").stat().st_size
    print(json.dumps({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "load": load,
                      "peak_bytes": peak, "bytes": size}))
    return 0


def large(args) -> int:
    rows = []
    print(f"{'input':<10} {'MB':>6} {'seconds':>8} {'s/MB':>6} {'cpu s/MB':>8} {'load':>5} {'peak MB':>8} "
          f"{'x size':>7}  target: <= {TARGET_SECONDS_PER_MB:g} s/MB, <= {TARGET_MEMORY_TIMES:g}x")
    for kind, mb in (("prose", args.large_mb), ("one line", args.line_mb), ("'. '", args.dots_mb)):
        row = measure_large(kind, mb)
        row["meets_target"] = (row["seconds_per_mb"] <= TARGET_SECONDS_PER_MB
                               and row["memory_times_size"] <= TARGET_MEMORY_TIMES)
        rows.append(row)
        print(f"{kind:<10} {row['mb']:>6g} {row['seconds']:>8.1f} {row['seconds_per_mb']:>6.2f} "
              f"{row['cpu_seconds_per_mb']:>8.2f} {row['load']:>5.2f} {row['peak_mb']:>8.0f} "
              f"{row['memory_times_size']:>7.2f}  {'ok' if row['meets_target'] else 'MISSED'}", flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"targets": {"seconds_per_mb": TARGET_SECONDS_PER_MB,
                                                     "memory_times_size": TARGET_MEMORY_TIMES},
                                         "rows": rows}, indent=2) + "\n")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.25,0.5,1,2", help="sizes in MB, comma-separated")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--large", action="store_true", help="run issue 14's three large inputs instead")
    parser.add_argument("--large-mb", type=float, default=20, help="size of the large prose source (issue: 100)")
    parser.add_argument("--line-mb", type=float, default=20, help="size of the single line of words")
    parser.add_argument("--dots-mb", type=float, default=20, help="size of the text of repeated '. '")
    parser.add_argument("--one-large", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one_large:
        return one_large(args.one_large)
    if args.large:
        return large(args)
    facts = load_facts(ROOT / "facts")
    rows = []
    print(f"{'input':<20} {'MB':>5} {'seconds':>8} {'s/MB':>7}")
    for kind, unit in UNITS.items():
        for mb in (float(x) for x in args.sizes.split(",")):
            text = unit * max(1, int(mb * 1_000_000 / len(unit)))
            # with a publication date, so relative dates, tense and year placement are timed too
            source = replace(make_source("big.txt", text), published=date(2023, 6, 22))
            start = time.perf_counter()
            evaluate(facts, (source,))
            seconds = time.perf_counter() - start
            rows.append({"input": kind, "mb": mb, "seconds": round(seconds, 3), "seconds_per_mb": round(seconds / mb, 3)})
            print(f"{kind:<20} {mb:>5g} {seconds:>8.2f} {seconds / mb:>7.2f}")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"facts": len(facts), "rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
