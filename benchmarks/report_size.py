"""How big and how slow the discrepancy report gets: a synthetic Report rendered in each format.

    python benchmarks/report_size.py [--facts 500] [--sources 2000] [--mentions 8] [--seed 1] [--json PATH]

The Report is built directly from checks.model records (no fact files, no source
texts), reproducibly from ``--seed``: each source mentions ``--mentions`` facts on
average (a news article touches a handful of the facts, not all of them); of those
verdicts about 85% agree, 10% differ and 5% differ with an acknowledgement, and
each carries one to three quoted sentences of 12 to 40 words.  Every other cell is
silent.  The target: the HTML stays under 5 MB for 500 facts x 2,000 sources.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.model import Evidence, Fact, FactReport, Period, Report, Result  # noqa: E402
from checks.report.render import render  # noqa: E402

FORMATS = ("md", "html", "json")
HTML_TARGET = 5_000_000
WORDS = ("the ministry said talks on the corridor resumed after officials from both sides met in the capital "
         "while observers noted that the agreement signed earlier had not been fully implemented by either "
         "government and several convoys were delayed at the border crossing near the river according to "
         "reports published by regional outlets and international agencies").split()
OUTLETS = ("Daily Ledger", "Evening Post", "Regional Wire", "Capital Times", "Border Herald", "Morning Star",
           "Open Press", "Harbour News")


def synthetic_report(n_facts: int, n_sources: int, mentions: float, seed: int) -> Report:
    rng = random.Random(seed)
    sources = tuple(f"outlet-{i % 97:02d}/article-{i:05d}.txt" for i in range(n_sources))
    facts = []
    for i in range(n_facts):
        day = date(2020, 1 + i % 12, 1 + i % 28)
        facts.append(Fact(id=f"fact-{i:04d}", claim=f"Event number {i} happened on {day:%d %B %Y}.", kind="date",
                          about=(f"event {i}",), value=Period(day, day, day.isoformat()),
                          file="facts/synthetic.yaml", line=1 + 6 * i))
    # which facts each source mentions, and with what verdict
    said: dict[tuple[int, int], str] = {}
    per_source = max(0.0, min(1.0, mentions / max(1, n_facts)))
    for s in range(n_sources):
        for f in rng.sample(range(n_facts), k=min(n_facts, _poisson(rng, mentions))) if per_source else ():
            roll = rng.random()
            said[(f, s)] = "agree" if roll < 0.85 else "differ" if roll < 0.95 else "known"
    reports = []
    for f, fact in enumerate(facts):
        results = []
        for s, name in enumerate(sources):
            verdict = said.get((f, s))
            if verdict is None:
                results.append(Result(name, "silent"))
                continue
            evidence = tuple(_evidence(rng, fact, verdict, k) for k in range(rng.choice((1, 1, 1, 1, 1, 1, 1, 2, 2, 3))))
            evidence = tuple(sorted(evidence, key=lambda e: (e.agrees, e.line, e.span)))
            known = verdict == "known"
            results.append(Result(name, "agree" if verdict == "agree" else "differ", evidence, known=known,
                                  reason="Dates it by when it took effect." if known else ""))
        reports.append(FactReport(fact, tuple(results)))
    outlets = tuple((name, OUTLETS[i % len(OUTLETS)]) for i, name in enumerate(sources) if i % 3)
    return Report(sources, tuple(reports), (), outlets)


def _poisson(rng: random.Random, mean: float) -> int:
    # Knuth's method; fine for the small means used here
    limit, k, p = pow(2.718281828459045, -mean), 0, 1.0
    while True:
        p *= rng.random()
        if p <= limit:
            return k
        k += 1


def _evidence(rng: random.Random, fact: Fact, verdict: str, k: int) -> Evidence:
    agrees = verdict == "agree" or k > 0
    day = fact.value.first if agrees else fact.value.first.replace(day=min(28, fact.value.first.day + 1))
    value = f"{day:%B} {day.day}, {day.year}"
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 40))]
    at = rng.randrange(len(words))
    before = " ".join(["On"] + words[:at]) + " "
    quote = before + value + " " + " ".join(words[at:]) + "."
    return Evidence(line=rng.randint(1, 80), quote=quote, found=day.isoformat(), agrees=agrees,
                    span=(len(before), len(before) + len(value)))


def measure(report: Report) -> list[dict]:
    rows = []
    for fmt in FORMATS:
        start = time.perf_counter()
        text = render(report, fmt)
        seconds = time.perf_counter() - start
        rows.append({"format": fmt, "bytes": len(text.encode("utf-8")), "seconds": round(seconds, 3)})
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--facts", type=int, default=500)
    parser.add_argument("--sources", type=int, default=2000)
    parser.add_argument("--mentions", type=float, default=8.0, help="facts a source mentions, on average")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results as JSON here")
    args = parser.parse_args(argv)

    start = time.perf_counter()
    report = synthetic_report(args.facts, args.sources, args.mentions, args.seed)
    built = time.perf_counter() - start
    cells = sum(1 for fr in report.facts for r in fr.results if r.verdict != "silent")
    rows = measure(report)
    print(f"{args.facts} facts x {args.sources} sources, {cells:,} non-silent cells "
          f"(seed {args.seed}, built in {built:.2f} s)")
    print(f"{'format':<8}{'bytes':>14}{'seconds':>10}")
    for row in rows:
        print(f"{row['format']:<8}{row['bytes']:>14,}{row['seconds']:>10.3f}")
    html_bytes = next(r["bytes"] for r in rows if r["format"] == "html")
    verdict = "under" if html_bytes < HTML_TARGET else "OVER"
    print(f"html is {verdict} the {HTML_TARGET / 1e6:g} MB target")
    if args.json:
        doc = {"facts": args.facts, "sources": args.sources, "mentions": args.mentions, "seed": args.seed,
               "non_silent_cells": cells, "results": rows, "html_target_bytes": HTML_TARGET}
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(doc, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
