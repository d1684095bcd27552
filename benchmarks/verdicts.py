"""Benchmark: the engine's verdicts against hand-checked gold.

    python benchmarks/verdicts.py [--topics titan,quake,seeds] [--skip cave,moon] [--data DIR ...] [--json PATH] [--quiet] [--rules]

Run from the repo root (no installation needed); needs ../shared/data/news-dev beside the repo
(--data DIR elsewhere). By default every topic folder of the news-dev corpus that has a
gold.yaml is scored, plus the seeds; --skip leaves topics out (to keep them blind while rules
are written). A topic folder holds texts, facts/ and
gold.yaml (`sources`: key -> file; `gold`: fact id -> `default` and key -> verdict or list of
acceptable verdicts). Topic seeds checks facts/ against seeds/ with benchmarks/seeds-gold.yaml,
included by default when that file exists. Prints per-class precision/recall/F1 (a wrong cell's
gold class is its first accepted verdict), macro-F1, false agree (hidden discrepancy), false
differ (false alarm), the target per topic and every wrong cell with its evidence (--quiet: the
summary only). --rules adds two tables per attribution rule and topic: the cells it decided (and how
many were right), marking a rule that decided on one topic only; and its applications, every candidate
value it attached or set aside in any cell, marking a rule whose construction occurs on one topic only.
Exit 0 when it ran, 2 on missing data, bad gold or a CheckError.
read_gold, compare and score are pure functions for tests.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

REPO = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO.parent / "shared" / "data" / "news-dev"
SEEDS_GOLD = REPO / "benchmarks" / "seeds-gold.yaml"
CLASSES = ("agree", "differ", "silent")
TARGET_F1 = 0.95
TARGET = f"macro-F1 >= {TARGET_F1} and no false agree"
QUOTE_MAX = 200
EVIDENCE = ("line", "quote", "found", "agrees", "aside")


class BenchError(Exception):
    """The benchmark cannot run: missing data or a malformed gold file."""


def source_key(key) -> str:
    """Gold keys are two characters; YAML reads an unquoted 01 as the integer 1."""
    return f"{key:02d}" if isinstance(key, int) else str(key)


def accepted(value, where: str) -> tuple[str, ...]:
    verdicts = tuple(value) if isinstance(value, list) else (value,)
    if not verdicts or any(v not in CLASSES for v in verdicts):
        raise BenchError(f"{where}: {value!r} is not a verdict or list of verdicts {CLASSES}")
    return verdicts


def read_gold(doc: dict, name: str = "gold") -> tuple[dict[str, str], dict[str, dict]]:
    """A gold document -> ({key: file name}, {fact id: {file name or None (default): verdicts}})."""
    files = {source_key(k): str(v) for k, v in (doc.get("sources") or {}).items()}
    table = {}
    for fact_id, row in (doc.get("gold") or {}).items():
        row = dict(row or {})
        cells = {None: accepted(row.pop("default", "silent"), f"{name}: {fact_id} default")}
        for key, value in row.items():
            if source_key(key) not in files:
                raise BenchError(f"{name}: {fact_id}: source key {key!r} is not under `sources`")
            cells[files[source_key(key)]] = accepted(value, f"{name}: {fact_id} {key}")
        table[str(fact_id)] = cells
    return files, table


def compare(report, files: dict[str, str], table: dict[str, dict]) -> tuple[list[dict], list[str]]:
    """Pair each fact x source verdict of a Report with its gold; returns (cells, warnings)."""
    known, ids = set(files.values()), {fr.fact.id for fr in report.facts}
    warnings = [f"source {n} is not in gold `sources`; its cells are not scored"
                for n in report.sources if n not in known]
    warnings += [f"gold source {n} is not among the engine's sources"
                 for n in sorted(known - set(report.sources))]
    warnings += [f"gold fact {f} is not in the facts" for f in table if f not in ids]
    cells = []
    for fr in report.facts:
        row = table.get(fr.fact.id)
        if row is None:
            warnings.append(f"fact {fr.fact.id} has no gold; its cells are not scored")
            continue
        for res in fr.results:
            if res.source in known:
                evidence = [{k: getattr(e, k) for k in EVIDENCE} for e in res.evidence]
                cells.append({"fact": fr.fact.id, "source": res.source, "got": res.verdict,
                              "gold": list(row.get(res.source, row[None])), "evidence": evidence})
    return cells, warnings


def ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


def class_score(pairs: list[tuple[str, str]], cls: str) -> dict:
    """Precision, recall, F1 and support of one class over (gold, got) pairs; None if unused."""
    support = sum(g == cls for g, _ in pairs)
    predicted = sum(p == cls for _, p in pairs)
    hits = sum(g == p == cls for g, p in pairs)
    if not support and not predicted:
        return {"precision": None, "recall": None, "f1": None, "support": 0}
    precision, recall = ratio(hits, predicted), ratio(hits, support)
    f1 = ratio(2 * precision * recall, precision + recall)
    return {"precision": precision, "recall": recall, "f1": f1, "support": support}


def score(cells: list[dict]) -> dict:
    """Accuracy, per-class scores, macro-F1 and false agree / false differ counts of cells."""
    # (gold class, got): the gold class is got when gold accepts it, else the first accepted verdict
    pairs = [(c["got"] if c["got"] in c["gold"] else c["gold"][0], c["got"]) for c in cells]
    per_class = {cls: class_score(pairs, cls) for cls in CLASSES}
    f1s = [s["f1"] for s in per_class.values() if s["f1"] is not None]
    return {
        "cells": len(cells),
        "accuracy": ratio(sum(c["got"] in c["gold"] for c in cells), len(cells)) if cells else None,
        "macro_f1": sum(f1s) / len(f1s) if f1s else None,
        "false_agree": sum(c["got"] == "agree" and "agree" not in c["gold"] for c in cells),
        "false_differ": sum(c["got"] == "differ" and "differ" not in c["gold"] for c in cells),
        # cells whose evidence shows a conflicting value that did not make them differ (verdict.decide)
        "possible_conflicts": sum(any(e.get("aside") for e in c.get("evidence", ())) for c in cells),
        "per_class": per_class,
    }


def target_met(figures: dict) -> bool:
    f1 = figures["macro_f1"]
    return f1 is not None and f1 >= TARGET_F1 and figures["false_agree"] == 0


def corpus_topics(data: Path) -> list[str]:
    """Every folder of the corpus with a gold.yaml, in name order."""
    return sorted(p.parent.name for p in data.glob("*/gold.yaml")) if data.is_dir() else []


def plan(topics: list[str] | None, data: Path | list[Path], skip: tuple[str, ...] = ()) -> dict[str, tuple[Path, Path, Path]]:
    """Topic -> (facts path, sources path, gold file). ``data`` is one corpus folder or several (searched in order)."""
    folders = [data] if isinstance(data, Path) else list(data)
    if topics is None:
        topics = [t for d in folders for t in corpus_topics(d)] + (["seeds"] if SEEDS_GOLD.exists() else [])
    out = {}
    for topic in (t for t in topics if t not in skip):
        home = next((d for d in folders if (d / topic / "gold.yaml").is_file()), None)
        if topic == "seeds":
            if not SEEDS_GOLD.exists():
                raise BenchError(f"topic seeds needs {SEEDS_GOLD}, which does not exist")
            out[topic] = (REPO / "facts", REPO / "seeds", SEEDS_GOLD)
        elif not any(d.is_dir() for d in folders):
            raise BenchError(f"this benchmark needs the news-dev data at ../shared/data/news-dev "
                             f"(next to the repo); not found: {', '.join(map(str, folders))} (use --data DIR)")
        elif home is None:
            raise BenchError(f"no topic {topic!r}: no {topic}/gold.yaml in {', '.join(map(str, folders))}")
        else:
            out[topic] = (home / topic / "facts", home / topic, home / topic / "gold.yaml")
    return out


def run_topic(check, facts: Path, sources: Path, gold_path: Path) -> dict:
    try:
        doc = yaml.safe_load(gold_path.read_text(encoding="utf-8")) or {}
    except yaml.YAMLError as err:
        raise BenchError(f"{gold_path}: {err}") from err
    files, table = read_gold(doc, str(gold_path))
    cells, warnings = compare(check(facts, sources), files, table)
    figures = score(cells)
    figures["wrong"] = [c for c in cells if c["got"] not in c["gold"]]
    figures["cells_list"] = cells
    figures["warnings"] = warnings
    return figures


def decisive_rules(facts: Path, sources: Path) -> tuple[dict[tuple[str, str], list[str]], dict[str, list[int]]]:
    """(fact id, source) -> the attribution rule named on the decisive evidence's candidate: the first
    attached value that differs for a differ, the first that agrees for an agree (silent cells: none);
    and rule -> [candidate values it attached, set aside] in any cell, decisive or not."""
    from checks.facts import read_facts
    from checks.index import index_all
    from checks.judge import as_evidence, attributed, candidates, prepare_all
    from checks.sources import read_folder
    from checks.verdict import decide

    folder = read_folder(sources)
    fact_list, _ = read_facts(facts, sources={s.name for s in folder.sources})
    indexes = index_all(folder.sources)
    out: dict[tuple[str, str], list[str]] = {}
    applied: dict[str, list[int]] = {}
    for fact, prepared in zip(fact_list, prepare_all(fact_list)):  # as the checks prepare each fact (shards.make_plan)
        for idx in indexes:
            every = [c for c in candidates(fact, idx, prepared) if c.agrees is not None]
            for c in every:
                applied.setdefault(c.rule, [0, 0])[0 if c.attached else 1] += 1
            found = [c for c in every if c.attached]
            base = attributed(every)
            result = decide(idx.source.name, fact, base)
            kept = {(e.line, e.span) for e in result.evidence}
            want = result.verdict == "agree"
            decisive = [c for c in found if bool(c.agrees) == want and (c.line, c.span) in kept]
            rules = [decisive[0].rule] if decisive and result.verdict != "silent" else []
            if not rules and result.verdict == "agree" and any(c.unlinked for c in every):
                rules = ["only_value"]  # no rule attached the value the verdict rests on
            # a rule that set aside a value which, attached, would have changed the verdict decided it too
            rules += [f"{c.rule} (set aside)" for c in every if not c.attached and decide(
                idx.source.name, fact, base + [as_evidence(c)]).verdict != result.verdict]
            if rules:
                out[(fact.id, idx.source.name)] = list(dict.fromkeys(rules))
    return out, applied


def rule_tally(todo: dict, results: dict) -> tuple[dict[str, dict[str, list[int]]], dict[str, dict[str, list[int]]]]:
    """rule -> topic -> [cells it decided, of which right]; and rule -> topic -> [values attached, set aside]."""
    tally: dict[str, dict[str, list[int]]] = {}
    applications: dict[str, dict[str, list[int]]] = {}
    for topic, (facts, sources, _) in todo.items():
        rules, applied = decisive_rules(facts, sources)
        for rule, n in applied.items():
            applications.setdefault(rule, {})[topic] = n
        for c in results[topic]["cells"]:
            for rule in rules.get((c["fact"], c["source"]), ()):
                pair = tally.setdefault(rule, {}).setdefault(topic, [0, 0])
                pair[0] += 1
                pair[1] += c["got"] in c["gold"]
    return tally, applications


def print_rules(tally: dict, applications: dict, topics: list[str]) -> None:
    """Per rule and topic: cells decided / right, then values applied to. A rule deciding on one topic only
    is a case, not a rule; one whose construction occurs on one topic only is suspect too."""
    width = max([12, *map(len, tally), *map(len, applications)])
    _table("", tally, sorted(tally, key=lambda r: -sum(v[0] for v in tally[r].values())), topics, width, "/",
           "ONE TOPIC ONLY")
    print("(cells decided / of which right; a rule decides a cell when it attached the decisive value, or\n"
          " '(set aside)' when it set aside a value that, attached, would have changed the verdict)")
    order = sorted(applications, key=lambda r: (-len(applications[r]), -sum(map(sum, applications[r].values())), r))
    _table("applications", applications, order, topics, width, "+", "APPLIES ON ONE TOPIC ONLY")
    print("(candidate values the rule attached + set aside, over every cell, decisive or not; a rule that applies\n"
          " on several topics is grammar even if it decided cells on one)")


def _table(title: str, rows: dict, order: list[str], topics: list[str], width: int, joint: str, lone: str) -> None:
    """One table of print_rules: a row per rule, a pair of counts per topic, and the topics it reaches."""
    print(f"\n{title}\n{'rule':<{width}} " if title else f"\n{'rule':<{width}} ", end="")
    print(" ".join(f"{t:>11}" for t in topics) + "  topics")
    for rule in order:
        row = rows[rule]
        cells = " ".join(f"{(str(row[t][0]) + joint + str(row[t][1])) if t in row else '-':>11}" for t in topics)
        print(f"{rule:<{width}} {cells}  {len(row)}{'  ' + lone if len(row) == 1 else ''}")


def num(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def print_topic(topic: str, figures: dict) -> None:
    print(f"\n{topic}\n  {'class':<8} {'precision':>9} {'recall':>7} {'F1':>6} {'support':>8}")
    for cls, s in figures["per_class"].items():
        print(f"  {cls:<8} {num(s['precision']):>9} {num(s['recall']):>7} {num(s['f1']):>6} {s['support']:>8}")


def print_summary(results: dict[str, dict]) -> None:
    width = max([8, *map(len, results)])
    print(f"\n{'topic':<{width}} {'cells':>6} {'accuracy':>9} {'macro-F1':>9} {'false agree':>12} {'false differ':>13}"
          f" {'possible conflicts':>19}")
    for topic, f in results.items():
        print(f"{topic:<{width}} {f['cells']:>6} {num(f['accuracy']):>9} {num(f['macro_f1']):>9} "
              f"{f['false_agree']:>12} {f['false_differ']:>13} {f['possible_conflicts']:>19}")
    print()
    for topic, f in results.items():
        print(f"{topic}: target {TARGET}: {'MET' if target_met(f) else 'NOT MET'}")


def clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= QUOTE_MAX else text[: QUOTE_MAX - 3] + "..."


def print_wrong(results: dict[str, dict]) -> None:
    for topic, f in results.items():
        for c in f["wrong"]:
            print(f"\n{topic} {c['fact']} {c['source']}: got {c['got']}, gold {'/'.join(c['gold'])}")
            lines = [f'  line {e["line"]}: "{clip(e["quote"])}" -> {e["found"]} '
                     f'({"agrees" if e["agrees"] else "possible conflict" if e["aside"] else "differs"})'
                     for e in c["evidence"]]
            print("\n".join(lines or ["  (no evidence)"]))


def write_json(path: Path, results: dict[str, dict]) -> None:
    doc = {"topics": results, "targets": {t: target_met(f) for t, f in results.items()}}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(doc, sort_keys=True, indent=2) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Score the engine's verdicts against gold.")
    parser.add_argument("--topics", help="comma-separated: titan,quake,seeds (default: every corpus "
                        "folder with a gold.yaml, and seeds)")
    parser.add_argument("--skip", default="", help="comma-separated topics to leave out (kept blind)")
    parser.add_argument("--data", type=Path, action="append", help="a corpus folder of topics (each with facts/, "
                        "texts and gold.yaml); repeat it to score several corpora together (default: the news-dev folder)")
    parser.add_argument("--json", type=Path, help="write the figures as JSON here")
    parser.add_argument("--quiet", action="store_true", help="only the summary and targets")
    parser.add_argument("--rules", action="store_true", help="per attribution rule and topic: cells it decided, "
                        "and how many of those were right")
    args = parser.parse_args(argv)
    topics = [t.strip() for t in args.topics.split(",") if t.strip()] if args.topics else None
    try:
        todo = plan(topics, args.data or [DEFAULT_DATA], tuple(t.strip() for t in args.skip.split(",") if t.strip()))
    except BenchError as err:
        print(f"benchmark: {err}", file=sys.stderr)
        return 2
    sys.path.insert(0, str(REPO))
    from checks.errors import CheckError
    from checks.pipeline import check

    try:
        results = {t: run_topic(check, *paths) for t, paths in todo.items()}
    except (BenchError, CheckError) as err:
        print(f"benchmark: {err}", file=sys.stderr)
        return 2
    for topic, figures in results.items():
        print("".join(f"warning: {topic}: {w}\n" for w in figures["warnings"]), end="", file=sys.stderr)
        if not args.quiet:
            print_topic(topic, figures)
    print_summary(results)
    if not args.quiet:
        print_wrong(results)
    if args.rules:
        tally, applications = rule_tally(todo, {t: {"cells": f["cells_list"]} for t, f in results.items()})
        print_rules(tally, applications, list(results))
    if args.json:
        write_json(args.json, {t: {k: v for k, v in f.items() if k != "cells_list"} for t, f in results.items()})
    return 0


if __name__ == "__main__":
    sys.exit(main())
