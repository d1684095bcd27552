"""Large plain fact files (issue 14, case 16): how long loading takes and what memory it adds.

    python benchmarks/fact_files.py [--json PATH]

Two files just under the 5 MB a fact file may be, made here, no aliases in either: one list of
2.45 million values (refused: more than ``yamlnodes.MAX_VALUES`` values) and some 38,000 records
(loaded whole). Each is read in a fresh process (``facts.read_facts``, what ``report``, ``lint`` and
pytest do first), giving seconds, CPU seconds and the peak resident memory the load added (from
/proc); then ``python -m checks lint`` runs on it against the project's seeds, timed as a user
would see it. Before the loader built values from the parser's events (PyYAML's composer, its node
graph, then the values), the list took 39.7 s and 2.3 GB in ``lint`` to be refused and the records
16 s and 483 MB. The machine may be shared: the load average is printed with each row.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

HEAD = "facts:\n  - id: big\n    claim: The war lasted 44 days.\n    kind: number\n    about: [war]\n    value: 44\n"
RECORD = ("  - id: fact-{n:05d}\n    claim: The 2020 war lasted 44 days.\n    kind: number\n    about: [war]\n"
          "    value: 44\n    unit: [day, days]\n")
SIZE = 4_900_000


def make(kind: str, path: Path) -> None:
    if kind == "one list":
        path.write_text(HEAD + "    note: [" + ",".join("1" * 2_450_000) + "]\n")
    else:
        count = (SIZE - len("facts:\n")) // len(RECORD.format(n=0))
        path.write_text("facts:\n" + "".join(RECORD.format(n=n) for n in range(count)))


def _memory(field: str) -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1]) * 1024
    raise SystemExit("no /proc/self/status: memory is measured on Linux only")


def one(path: Path) -> int:
    """In the child: load the file, print what it took."""
    from checks.facts import read_facts
    before = _memory("VmRSS")
    start, cpu = time.perf_counter(), time.process_time()
    facts, problems = read_facts(path)
    seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
    print(json.dumps({"seconds": round(seconds, 2), "cpu_seconds": round(cpu, 2), "facts": len(facts),
                      "problem": str(problems[0]) if problems else "", "peak_mb": round((_memory("VmHWM") - before) / 1e6, 1)}))
    return 0


def measure(kind: str) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        facts = Path(tmp) / "facts"
        facts.mkdir()
        path = facts / "big.yaml"
        make(kind, path)
        load = round(os.getloadavg()[0], 2)
        proc = subprocess.run([sys.executable, __file__, "--one", str(path)], capture_output=True, text=True)
        if proc.returncode:
            raise SystemExit(proc.stderr)
        row = json.loads(proc.stdout.splitlines()[-1])
        start = time.perf_counter()
        lint = subprocess.run([sys.executable, "-m", "checks", "lint", str(facts), "--seeds", str(ROOT / "seeds")],
                              cwd=tmp, capture_output=True, text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
        row["lint_seconds"] = round(time.perf_counter() - start, 2)
        row["lint_exit"] = lint.returncode
        row.update(input=kind, mb=round(path.stat().st_size / 1e6, 2), load=load)
    return row


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--one", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.one:
        return one(args.one)
    rows = []
    print(f"{'input':<9} {'MB':>5} {'load s':>7} {'cpu s':>6} {'peak MB':>8} {'lint s':>7} {'load avg':>8}  outcome")
    for kind in ("one list", "records"):
        row = measure(kind)
        rows.append(row)
        outcome = row["problem"] or f"{row['facts']:,} facts loaded"
        print(f"{kind:<9} {row['mb']:>5g} {row['seconds']:>7.2f} {row['cpu_seconds']:>6.2f} {row['peak_mb']:>8.0f} "
              f"{row['lint_seconds']:>7.2f} {row['load']:>8.2f}  {outcome}", flush=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
