"""benchmarks/verdicts.py --rules: a rule deciding, or applying, on one topic only is marked (issue 12)."""

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parent.parent / "benchmarks" / "verdicts.py"
_SPEC = importlib.util.spec_from_file_location("bench_verdicts", _PATH)
verdicts = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(verdicts)


def _row(out: str, table: str, rule: str) -> str:
    section = out.split("\napplications\n")[table == "applications"]
    return next(line for line in section.splitlines() if line.split("  ")[0].strip() == rule)


def test_rules_tables_mark_one_topic_rules(capsys):
    tally = {"wide": {"alpha": [2, 2], "beta": [1, 0]}, "narrow": {"alpha": [1, 1]}}
    applications = {"wide": {"alpha": [3, 1], "beta": [1, 0]}, "narrow": {"alpha": [1, 0], "beta": [0, 2]},
                    "lonely": {"beta": [0, 1]}}
    verdicts.print_rules(tally, applications, ["alpha", "beta"])
    out = capsys.readouterr().out
    assert "ONE TOPIC ONLY" not in _row(out, "decided", "wide")
    assert _row(out, "decided", "narrow").endswith("1  ONE TOPIC ONLY")
    # decided on one topic, but its construction occurs on two: grammar, not marked in applications
    assert "ONE TOPIC" not in _row(out, "applications", "narrow")
    assert "0+2" in _row(out, "applications", "narrow")
    assert _row(out, "applications", "lonely").endswith("APPLIES ON ONE TOPIC ONLY")
