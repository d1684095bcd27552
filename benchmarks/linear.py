"""Time per MB on pathological inputs: it must stay flat as the input grows (no backtracking blow-up).

    python benchmarks/linear.py [--sizes 0.25,0.5,1,2] [--json PATH]

Each input kind is one source of the given size, checked against the project's facts/.
"""

from __future__ import annotations

import argparse
import json
import sys
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
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", default="0.25,0.5,1,2", help="sizes in MB, comma-separated")
    parser.add_argument("--json", type=Path, help="write the rows here")
    args = parser.parse_args()
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
