"""How the suite scales: N sources x F facts, for the report and for pytest.

    python benchmarks/scale.py [--sources 100,1000,10000] [--facts 500] [--jobs 2] [--json PATH]

A corpus is generated reproducibly (``--seed``) from real sentences: the
project's seeds/ and, when present, the TempEval-3 texts in
../shared/data/tempeval3/.  Dates, numbers and names in the sentences are
perturbed so verdicts vary; facts are drawn from the same material.  Each
run is a fresh process, measured for wall time and peak RSS.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from checks.dates.forms import dates  # noqa: E402
from checks.numbers import numbers  # noqa: E402
from checks.sources import split_sentences  # noqa: E402

TEMPEVAL = ROOT.parent / "shared" / "data" / "tempeval3"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
NAMES = ["Pashinyan", "Aliyev", "Blinken", "Putin", "Lavrov", "Macron", "Erdogan", "Scholz", "Mirzoyan",
         "Bayramov", "Miller", "Peskov"]
TITLES = ["Prime Minister", "President", "Foreign Minister", "Secretary of State", "spokesperson"]


def real_sentences() -> list[str]:
    texts = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]
    for path in sorted(TEMPEVAL.rglob("*.tml")) if TEMPEVAL.is_dir() else []:
        raw = path.read_text(encoding="utf-8", errors="replace")
        body = raw.split("<TEXT>", 1)[-1].split("</TEXT>", 1)[0]
        texts.append(re.sub(r"<[^>]{0,300}>", "", body))
    out = []
    for text in texts:
        out.extend(s.text.replace("\n", " ") for s in split_sentences(text) if 40 <= len(s.text) <= 400)
    return out


def perturb(sentence: str, rng: random.Random) -> str:
    """Shift the numbers and days a little, swap titles, so that sources disagree."""
    def day(m: re.Match) -> str:
        return str(max(1, min(28, int(m.group(1)) + rng.choice((-1, 0, 0, 0, 1)))))
    sentence = re.sub(r"\b([1-9]|[12]\d)\b(?=,? \d{4}|\s+[A-Z][a-z]+ \d{4})", day, sentence)
    sentence = re.sub(r"\b\d{2,3}\b", lambda m: str(int(m.group()) + rng.choice((0, 0, 0, 1, 5))), sentence)
    if rng.random() < 0.2:
        sentence = sentence.replace("Prime Minister", "President")
    return sentence


def make_corpus(folder: Path, n_sources: int, n_facts: int, seed: int) -> dict:
    rng = random.Random(seed)
    pool = real_sentences()
    seeds_dir, facts_dir = folder / "seeds", folder / "facts"
    for d in (seeds_dir, facts_dir):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    total = 0
    for i in range(n_sources):
        paragraphs = []
        for _ in range(rng.randint(3, 8)):
            paragraphs.append(" ".join(perturb(rng.choice(pool), rng) for _ in range(rng.randint(1, 4))))
        text = "\n\n".join(paragraphs) + "\n"
        (seeds_dir / f"s{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    frequency: dict[str, int] = {}
    for sentence in pool:
        for word in set(_WORD.findall(sentence)):
            frequency[word] = frequency.get(word, 0) + 1
    records = []
    for j in range(n_facts):
        records.append(_fact(j, rng.choice(pool), rng, frequency))
    (facts_dir / "generated.yaml").write_text("facts:\n" + "".join(records), encoding="utf-8")
    return {"text_mb": round(total / 1e6, 2)}


_WORD = re.compile(r"\b[A-Za-z][a-z]{5,}\b")


def _fact(j: int, sentence: str, rng: random.Random, frequency: dict[str, int]) -> str:
    """A record as an editor would write it: about-terms are the sentence's most specific words."""
    found_dates = dates(sentence)
    found_numbers = [m for m in numbers(sentence) if m.unit.isalpha() and len(m.unit) > 3]
    words = sorted({w for w in _WORD.findall(sentence) if w not in MONTHS}, key=lambda w: (frequency[w], w))
    about = ", ".join(words[:2]) or "report"
    if found_dates and rng.random() < 0.5:
        value = found_dates[0].value.label[:10].split(" ")[0].lstrip("-") or "2020"
        if not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
            value = "2020"
        return (f"  - id: f{j:04d}\n    claim: Generated date fact {j}.\n    kind: date\n"
                f"    about: [{about}]\n    value: {value}\n")
    if found_numbers and rng.random() < 0.7:
        m = found_numbers[0]
        return (f"  - id: f{j:04d}\n    claim: Generated number fact {j}.\n    kind: number\n"
                f"    about: [{about}]\n    value: {m.value:g}\n    unit: [{m.unit.lower()}]\n")
    name = rng.choice(NAMES)
    value = rng.choice(TITLES)
    rivals = [t for t in TITLES if t != value][:2]
    return (f"  - id: f{j:04d}\n    claim: Generated party fact {j}.\n    kind: party\n"
            f"    about: [{name}]\n    value: [{value}]\n    rivals: [{', '.join(rivals)}]\n")


def measure(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float, int]:
    """Wall seconds, peak RSS in MB, exit code of one fresh process."""
    start = time.perf_counter()
    proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            env={**os.environ, **(env or {})})
    _, status, usage = os.wait4(proc.pid, 0)
    seconds = time.perf_counter() - start
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc.returncode


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default="100,1000,10000", help="source counts, comma-separated")
    parser.add_argument("--facts", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2, help="also run with this many jobs (1: serial only)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--modes", default="report,pytest", help="report and/or pytest")
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--keep", type=Path, help="generate the corpus into this folder and keep it")
    args = parser.parse_args()

    rows = []
    env = {"PYTHONPATH": str(ROOT)}
    print(f"{'sources':>8} {'facts':>6} {'text MB':>8}  {'mode':<24} {'seconds':>8} {'ms/source':>10} "
          f"{'peak RSS MB':>12}")
    for n in [int(x) for x in args.sources.split(",")]:
        work = args.keep or Path(tempfile.mkdtemp(prefix="scale-"))
        info = make_corpus(work, n, args.facts, args.seed)
        cache = work / "cache"
        runs = []
        if "report" in args.modes:
            base = [sys.executable, "-m", "checks", "report", "--format", "json", "--output", str(work / "r.json"),
                    "--cache-dir", str(cache)]
            runs.append(("report cold jobs=1", base + ["--jobs", "1"], True))
            runs.append(("report warm jobs=1", base + ["--jobs", "1"], False))
            if args.jobs > 1:
                runs.append((f"report cold jobs={args.jobs}", base + ["--jobs", str(args.jobs)], True))
        if "pytest" in args.modes:
            base = [sys.executable, "-m", "pytest", "-q", "--no-report", "-o", f"cache_dir={cache}",
                    "-o", "facts_dir=facts", "-o", "seeds_dir=seeds", "--rootdir", str(work), "facts"]
            runs.append(("pytest cold", base, True))
            runs.append(("pytest warm", base, False))
            if args.jobs > 1:
                runs.append((f"pytest cold --fact-jobs {args.jobs}", base + ["--fact-jobs", str(args.jobs)], True))
            if args.jobs > 1 and importlib.util.find_spec("xdist"):
                runs.append((f"pytest warm -n {args.jobs}", base + ["-n", str(args.jobs)], False))
        for mode, command, cold in runs:
            if cold:
                shutil.rmtree(cache, ignore_errors=True)
            seconds, rss, code = measure(command, work, env)
            row = {"sources": n, "facts": args.facts, "mode": mode, "seconds": round(seconds, 2),
                   "peak_rss_mb": round(rss, 1), "text_mb": info["text_mb"], "exit": code}
            rows.append(row)
            print(f"{n:>8} {args.facts:>6} {info['text_mb']:>8}  {mode:<24} {seconds:>8.2f} "
                  f"{1000 * seconds / n:>10.2f} {rss:>12.1f}" + ("" if code in (0, 1) else f"  (exit {code})"))
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rows": rows}, indent=2) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
