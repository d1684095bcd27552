"""How the suite scales: N sources x F facts, for the report, pytest, pytest-xdist and Dask.

    python benchmarks/scale.py [--sources 1000,10000] [--big 100000] [--real 1000,10000] [--facts 500]
                               [--jobs 2] [--profile 1000] [--json PATH]

Rows per size, each the median of --repeat runs: cold (empty store) and warm runs, warm after one
fact record is edited (each with --jobs 1 and --jobs N), JSON v1, pytest, pytest -n N, Dask
(--scheduler local, N workers); the --big sizes run once and only the streaming (--jobs N) and Dask
rows, the real-text sizes above 1,000 only the report rows. Each row is a fresh process: wall
seconds, CPU seconds of the whole process tree, peak RSS of its largest process, the load average
beside it, and its ratio to the floor (one trie-shaped regex over every about-term, run over the
same files in this process). A Dask row is followed by a line per worker: its shards, the seconds it
spent in them, its CPU seconds and its peak RSS (as the workers told the run, which prints them on
standard error). The real-text rows need ../shared/data/news-dev. The rows run with compiled
bytecode kept (in a temporary folder), as an installed package does, even where
PYTHONDONTWRITEBYTECODE is set.

``--profile N``: where a cold --jobs N run spends its time on N synthetic sources, as self time by
module and by function: py-spy (``pip install py-spy``; every process of the tree) where it runs,
else cProfile (one process, --jobs 1).  Printed, and written to the JSON under "profile"; then, on the same
corpus, what extracting dates and numbers only where a fact looks saved (benchmarks/extraction.py).

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


def fresh_folders(folder: Path) -> tuple[Path, Path]:
    """Empty seeds/ and facts/ folders under ``folder`` for a corpus."""
    seeds_dir, facts_dir = folder / "seeds", folder / "facts"
    for d in (seeds_dir, facts_dir):
        shutil.rmtree(d, ignore_errors=True)
        d.mkdir(parents=True)
    return seeds_dir, facts_dir


def make_corpus(folder: Path, n_sources: int, n_facts: int, seed: int) -> dict:
    rng = random.Random(seed)
    pool = real_sentences()
    seeds_dir, facts_dir = fresh_folders(folder)
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


NEWS = ROOT.parent / "shared" / "data" / "news-dev"
NEWS_TOPICS = ("titan", "quake", "activision", "cave", "election", "moon")


def make_news_corpus(folder: Path, n_sources: int, seed: int) -> dict:
    """Real news texts (../shared/data/news-dev, required) cycled to ``n_sources`` with their numbers and
    days nudged so no two are the same text, and the editors' own fact records (``known`` left out: it
    names the original files)."""
    if not NEWS.is_dir():
        raise SystemExit(f"the real-text rows need {NEWS} (the shared data sets); run with --no-real to skip them")
    rng = random.Random(seed)
    texts = [p.read_text(encoding="utf-8") for t in NEWS_TOPICS for p in sorted((NEWS / t).glob("*.txt"))]
    seeds_dir, facts_dir = fresh_folders(folder)
    total = 0
    for i in range(n_sources):
        text = "\n".join(perturb(line, rng) for line in texts[i % len(texts)].splitlines()) + f"\n\nArchive copy {i}.\n"
        (seeds_dir / f"n{i:05d}.txt").write_text(text, encoding="utf-8")
        total += len(text.encode())
    for topic in NEWS_TOPICS:
        for path in sorted((NEWS / topic / "facts").glob("*.yaml")):
            kept, skipping = [], False
            for line in path.read_text(encoding="utf-8").splitlines(keepends=True):
                if line.strip() == "known:":
                    skipping = True
                    continue
                if skipping and (line.startswith("      ") or not line.strip()):
                    continue
                skipping = False
                kept.append(line)
            (facts_dir / f"{topic}-{path.name}").write_text("".join(kept), encoding="utf-8")
    return {"text_mb": round(total / 1e6, 2)}


def about_terms(facts_dir: Path) -> list[str]:
    terms = []
    for path in sorted(facts_dir.glob("*.yaml")):
        for m in re.finditer(r"^\s+about: \[(.*)\]\s*$", path.read_text(encoding="utf-8"), re.MULTILINE):
            terms.extend(t.strip().strip("'\"") for t in m.group(1).split(","))
    return sorted({t.lower() for t in terms if t.strip()})


def trie_pattern(terms: list[str]) -> str:
    """One regex over every about-term, shaped as a trie (shared prefixes written once)."""
    trie: dict = {}
    for term in terms:
        node = trie
        for ch in term:
            node = node.setdefault(ch, {})
        node[""] = {}

    def walk(node: dict) -> str:
        end = "" in node
        branches = [re.escape(ch) + walk(child) for ch, child in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if end else body
    return r"\b" + walk(trie) + r"\b"


def trie_floor(work: Path) -> tuple[float, int]:
    """Seconds for the floor: read every source and find every about-term in one trie-regex pass
    (no dates, numbers or attribution: what a keyword script does), and the hits."""
    start = time.perf_counter()
    pattern = re.compile(trie_pattern(about_terms(work / "facts")))
    hits = 0
    for path in sorted((work / "seeds").iterdir()):
        hits += sum(1 for _ in pattern.finditer(path.read_text(encoding="utf-8").lower()))
    return time.perf_counter() - start, hits


def measure(command: list[str], cwd: Path, env: dict | None = None) -> tuple[float, float, int, float, list[dict]]:
    """Wall seconds, peak RSS in MB (the largest process of the tree), exit code, CPU seconds (user +
    system, the whole tree) of one fresh process, and the Dask workers' own figures where it ran on Dask
    (``dask_workers``).  On a busy machine wall / CPU shows the contention."""
    start = time.perf_counter()
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=errors,
                                env=env or dict(os.environ))
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        errors.seek(0)
        said = errors.read().decode("utf-8", "replace")
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_maxrss / 1024, proc.returncode, usage.ru_utime + usage.ru_stime, dask_workers(said)


# What `report --scheduler` prints on standard error per worker (checks/cli.py: worker_line)
_WORKER = re.compile(r"^dask worker (\S+): (\d+) shards in ([\d.]+) s, ([\d.]+) s CPU, peak memory ([\d.]+) MB$",
                     re.MULTILINE)


def dask_workers(stderr: str) -> list[dict]:
    """Each Dask worker's shards, seconds in them, CPU seconds and peak RSS, as the run printed them."""
    return [{"worker": m.group(1), "shards": int(m.group(2)), "seconds": float(m.group(3)), "cpu": float(m.group(4)),
             "peak_rss_mb": float(m.group(5))} for m in _WORKER.finditer(stderr)]


def runs_for(n: int, work: Path, cache: Path, args, big: bool, real: bool = False
             ) -> list[tuple[str, list[str], str]]:
    """(mode, command, before): before is 'cold' (empty store), 'warm' or 'edit' (one fact record edited)."""
    report = [sys.executable, "-m", "checks", "report", "--format", "jsonl", "--output", str(work / "r.jsonl"),
              "--cache-dir", str(cache)]
    pytest = [sys.executable, "-m", "pytest", "-q", "--no-report", "-o", f"cache_dir={cache}", "-o", "facts_dir=facts",
              "-o", "seeds_dir=seeds", "-p", "no:randomly", "--rootdir", str(work), "facts"]
    dask = importlib.util.find_spec("distributed") is not None
    if big:  # the streaming and Dask rows only
        rows = [(f"report cold jobs={args.jobs}", report + ["--jobs", str(args.jobs)], "cold")]
        if dask:
            rows.append((f"dask local {args.jobs} workers", report + ["--jobs", str(args.jobs), "--scheduler", "local"],
                         "cold"))
        return rows
    jobs = ["--jobs", str(args.jobs)]
    rows = [(f"report cold jobs={args.jobs}", report + jobs, "cold"),
            (f"report warm jobs={args.jobs}", report + jobs, "warm"),
            ("report warm jobs=1", report + ["--jobs", "1"], "warm"),
            (f"report 1 fact edited jobs={args.jobs}", report + jobs, "edit"),
            ("report 1 fact edited jobs=1", report + ["--jobs", "1"], "edit"),
            ("report cold jobs=1", report + ["--jobs", "1"], "cold"),
            ("report cold json v1 jobs=1", report[:4] + ["--format", "json", "--output", str(work / "r.json"), "--cache-dir",
                                                         str(cache), "--jobs", "1"], "cold"),
            ("pytest cold", pytest + ["--fact-jobs", "1"], "cold"),
            (f"pytest cold -n {args.jobs}", pytest + ["--fact-jobs", "1", "-n", str(args.jobs)], "cold")]
    if real and n > 1000:  # the report rows only: pytest and Dask on real text are measured at 1,000
        return [r for r in rows if r[0].startswith("report") and "json v1" not in r[0]]
    if dask:
        rows.append((f"dask local {args.jobs} workers", report + ["--jobs", str(args.jobs), "--scheduler", "local"],
                     "cold"))
    if not importlib.util.find_spec("xdist"):
        rows = [r for r in rows if " -n " not in r[0]]
    return rows


def bytecode_env(folder: Path) -> dict:
    """Compiled modules kept under ``folder``, as an installed package has them (this machine's
    PYTHONDONTWRITEBYTECODE would recompile every module in every row: 0.1-0.2 s each)."""
    env = {**os.environ, "PYTHONPYCACHEPREFIX": str(folder)}
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def warm_bytecode(env: dict) -> None:
    """Compile what the rows import into the bytecode folder before any row is timed, as installing a package does:
    else the first row alone pays for compiling every module (some 0.15 s, a tenth of a 1,000-source run)."""
    subprocess.run([sys.executable, "-c", "import checks.cli, checks.pytest_plugin, checks.dask_backend"], env=env,
                   cwd=ROOT, check=False, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def edit_one_fact(facts_dir: Path) -> None:
    path = sorted(facts_dir.glob("*.yaml"))[0]
    path.write_text(path.read_text(encoding="utf-8").replace("claim: ", "claim: Edited. ", 1), encoding="utf-8")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sources", default="1000,10000", help="source counts for every row, comma-separated")
    parser.add_argument("--big", default="100000", help="source counts for the streaming and Dask rows only ('' for none)")
    parser.add_argument("--real", default="1000,10000", help="source counts of the real-text corpus ('' for none; "
                        "needs ../shared/data/news-dev); above 1,000 only the report rows")
    parser.add_argument("--facts", type=int, default=500)
    parser.add_argument("--jobs", type=int, default=2, help="processes / Dask workers for the parallel rows")
    parser.add_argument("--repeat", type=int, default=3, help="runs of each row (the median is shown, every "
                        "run is in the JSON); the --big rows run once")
    parser.add_argument("--profile", type=int, default=1000, help="synthetic sources for the profile of a cold run "
                        "(0: none)")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--json", type=Path, help="write the rows here")
    parser.add_argument("--only", default="", help="run only the rows whose mode holds one of these, comma-separated")
    parser.add_argument("--keep", type=Path, help="generate the corpora under this folder and keep them")
    args = parser.parse_args()
    if args.repeat < 1:
        parser.error("--repeat must be 1 or more (each row is the median of that many runs)")

    plan = [("synthetic", int(x), False) for x in args.sources.split(",") if x]
    plan += [("synthetic", int(x), True) for x in args.big.split(",") if x]
    plan += [("real news", int(x), False) for x in args.real.split(",") if x]
    rows = []
    bytecode = Path(tempfile.mkdtemp(prefix="scale-pyc-"))
    env = {**bytecode_env(bytecode), "PYTHONPATH": str(ROOT)}
    warm_bytecode(env)
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print(f"{'corpus':<10} {'sources':>8} {'facts':>6} {'text MB':>8}  {'mode':<44} {'seconds':>8} {'ms/source':>10} "
          f"{'peak RSS MB':>12} {'x floor':>8} {'CPU s':>8} {'load':>5}")
    for corpus, n, big in plan:
        work = (args.keep / f"{corpus.split()[0]}-{n}") if args.keep else Path(tempfile.mkdtemp(prefix="scale-"))
        if corpus == "synthetic":
            info = make_corpus(work, n, args.facts, args.seed)
        else:
            info = make_news_corpus(work, n, args.seed)
        rows.extend(measure_corpus(corpus, n, big, work, info, args, env))
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    profile = run_profile(args, env) if args.profile else None
    shutil.rmtree(bytecode, ignore_errors=True)
    print(f"load average at end: {os.getloadavg()[0]:.2f}")
    import resource
    print(f"(peak RSS is the largest process of a row's tree; on Linux it cannot read below this benchmark's own "
          f"peak, {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, which a started process "
          "inherits as its starting mark)")
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"rows": rows, **({"profile": profile} if profile else {})}, indent=2) + "\n")
    return 0


def measure_corpus(corpus: str, n: int, big: bool, work: Path, info: dict, args, env: dict) -> list[dict]:
    """The floor and every row of one corpus, printed as they finish."""
    facts = sum(len(re.findall(r"^\s+- id:", p.read_text(encoding="utf-8"), re.MULTILINE))
                for p in (work / "facts").glob("*.yaml"))
    cache = work / "cache"
    floor, _ = trie_floor(work)
    rows = [{"corpus": corpus, "sources": n, "facts": facts, "mode": "trie regex floor",
             "seconds": round(floor, 2), "peak_rss_mb": None, "text_mb": info["text_mb"]}]
    print(f"{corpus:<10} {n:>8} {facts:>6} {info['text_mb']:>8}  {'trie regex floor (in process)':<44} "
          f"{floor:>8.2f} {1000 * floor / n:>10.2f} {'':>12} {1.0:>8.1f}")
    wanted = [w for w in args.only.split(",") if w]
    for mode, command, before in runs_for(n, work, cache, args, big, real=corpus != "synthetic"):
        if wanted and not any(w in mode for w in wanted):
            continue
        if before in ("warm", "edit") and not cache.exists():
            continue  # a warm row needs the cold row before it
        runs = []
        for _ in range(1 if big else args.repeat):  # a 100,000-source row once: minutes each
            if before == "cold":
                shutil.rmtree(cache, ignore_errors=True)
            if before == "edit":
                edit_one_fact(work / "facts")
            runs.append((*measure(command, work, env), os.getloadavg()[0]))
        seconds, rss, code, cpu, workers, load = sorted(runs, key=lambda r: r[0])[len(runs) // 2]  # the median run
        row = {"corpus": corpus, "sources": n, "facts": facts, "mode": mode, "seconds": round(seconds, 2),
               "peak_rss_mb": round(rss, 1), "text_mb": info["text_mb"], "exit": code,
               "x_floor": round(seconds / floor, 1), "load": round(load, 2), "cpu": round(cpu, 2)}
        if len(runs) > 1:
            row["runs"] = [{"seconds": round(r[0], 2), "cpu": round(r[3], 2), "load": round(r[5], 2)} for r in runs]
        if workers:
            row["workers"] = workers
        rows.append(row)
        shown = f"{mode} (median of {len(runs)})" if len(runs) > 1 else mode
        print(f"{corpus:<10} {n:>8} {facts:>6} {info['text_mb']:>8}  {shown:<44} {seconds:>8.2f} "
              f"{1000 * seconds / n:>10.2f} {rss:>12.1f} {seconds / floor:>8.1f} {cpu:>8.1f} {load:>5.2f}"
              + ("" if code in (0, 1) else f"  (exit {code})"), flush=True)
        for number, w in enumerate(workers, 1):
            print(f"{'':<10} {'':>8} {'':>6} {'':>8}    worker {number}: {w['shards']} shards{'':<{27 - len(str(w['shards']))}}"
                  f" {w['seconds']:>8.2f} {'':>10} {w['peak_rss_mb']:>12.1f} {'':>8} {w['cpu']:>8.1f}", flush=True)
    return rows


def run_profile(args, env: dict) -> dict:
    """Self time of a cold run on ``args.profile`` synthetic sources, by module and by function."""
    work = Path(tempfile.mkdtemp(prefix="scale-profile-"))
    try:
        make_corpus(work, args.profile, args.facts, args.seed)
        command = ["-m", "checks", "report", "--format", "jsonl", "--output", str(work / "r.jsonl"), "--no-cache"]
        samples = _py_spy(command + ["--jobs", str(args.jobs)], work, env)
        tool = f"py-spy, --jobs {args.jobs}, every process"
        if samples is None:
            samples, tool = _cprofile(command + ["--jobs", "1"], work, env), "cProfile, --jobs 1"
        saving = extraction_saving(work, env)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    total = sum(samples.values()) or 1
    by_module: dict[str, float] = {}
    for (module, _), weight in samples.items():
        by_module[module] = by_module.get(module, 0) + weight

    def top(weights: dict) -> list:
        return [(k, round(100 * v / total, 1)) for k, v in sorted(weights.items(), key=lambda kv: -kv[1])[:15]]
    profile = {"tool": tool, "sources": args.profile, "facts": args.facts,
               "by_module": [{"module": m, "percent": p} for m, p in top(by_module)],
               "by_function": [{"function": f"{m}:{f}", "percent": p} for (m, f), p in top(samples)]}
    if saving:
        profile["extraction"] = saving
    print(f"\nwhere a cold run's time goes ({tool}; {args.profile} sources x {args.facts} facts; self time):")
    for (m, p), (f, q) in zip(top(by_module), top(samples)):
        print(f"  {p:5.1f}%  {m:<34} {q:5.1f}%  {f[0]}:{f[1]}")
    if saving:
        print(f"\n{saving['line']} ({args.profile} sources x {args.facts} facts)")
    return profile


def extraction_saving(work: Path, env: dict) -> dict | None:
    """benchmarks/extraction.py on a corpus: what reading dates and numbers lazily saved (None if it failed)."""
    out = work / "extraction.json"
    done = subprocess.run([sys.executable, str(Path(__file__).with_name("extraction.py")), str(work), "--json", str(out)],
                          cwd=work, env=env, capture_output=True, text=True)
    if done.returncode != 0 or not out.exists():
        print(f"(the extraction figures could not be taken: {done.stderr.strip()[-300:]})")
        return None
    return {**json.loads(out.read_text(encoding="utf-8")), "line": done.stdout.strip()}


def _module(path: str) -> str:
    """checks/attribution/rules.py, json/encoder.py: the file, shortened to its package and name."""
    path = path.replace("\\", "/")
    if path.startswith("checks/"):
        return path
    if "/checks/" in path:
        return "checks/" + path.split("/checks/", 1)[1]
    parts = path.split("/")
    return "/".join(parts[-2:]) if len(parts) > 1 else path or "(native)"


def _py_spy(command: list[str], work: Path, env: dict) -> dict | None:
    """{(module, function): samples} of the leaf frames, or None when py-spy is missing or cannot run here."""
    spy = shutil.which("py-spy") or str(Path(sys.executable).parent / "py-spy")
    if not Path(spy).exists():
        return None
    out = work / "spy.txt"
    done = subprocess.run([spy, "record", "--format", "raw", "--subprocesses", "--rate", "100", "-o", str(out),
                           "--", sys.executable, *command], cwd=work, env=env, capture_output=True)
    if done.returncode not in (0, 1) or not out.exists():
        return None
    samples: dict[tuple[str, str], float] = {}
    for line in out.read_text(encoding="utf-8", errors="replace").splitlines():
        stack, _, count = line.rpartition(" ")
        leaf = stack.rsplit(";", 1)[-1]
        m = re.match(r"(.*) \((.*):\d+\)$", leaf)
        if not m or not count.isdigit():
            continue
        if m.group(1).rsplit(".", 1)[-1] in _WAITING:
            continue  # a parent waiting for its workers: not work
        key = (_module(m.group(2)), m.group(1))
        samples[key] = samples.get(key, 0) + int(count)
    return samples or None


_WAITING = {"select", "wait", "poll", "acquire", "sleep", "_recv", "_recv_bytes", "recv"}


def _cprofile(command: list[str], work: Path, env: dict) -> dict:
    import pstats
    out = work / "profile.out"
    subprocess.run([sys.executable, "-m", "cProfile", "-o", str(out), *command], cwd=work, env=env,
                   capture_output=True)
    stats = pstats.Stats(str(out)).stats
    samples: dict[tuple[str, str], float] = {}
    for (path, _, function), (_, _, tottime, _, _) in stats.items():
        key = (_module(path), function)
        samples[key] = samples.get(key, 0) + tottime
    return samples


if __name__ == "__main__":
    sys.exit(main())
