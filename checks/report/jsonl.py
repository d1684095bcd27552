"""JSON Lines for large runs: one header line, then one line per result that is not plainly silent.

The header holds what JSON v1's head holds (version, sources, outlets, counts, notes, broken
files) plus the facts (without their results) and ``"format": "jsonl"``; each following line is
``{"fact": id, "source": ..., "verdict": ..., "known": ..., "reason": ..., "evidence": [...]}``
in fact order, then source order.  A source a fact's line does not name is silent for it.
"""

from __future__ import annotations

import json
from collections.abc import Iterator

from ..model import FactReport, Report, Result
from ..verdict import outcome
from .overview import CELLS, NOT_CHECKED, counts, evidence_json, not_checked, said

__all__ = ["to_jsonl", "iter_jsonl"]

JSONL_VERSION = 1


def to_jsonl(report: Report) -> str:
    return "".join(iter_jsonl(report))


def iter_jsonl(report: Report) -> Iterator[str]:
    outlets, c = dict(report.outlets), counts(report)
    broken = not_checked(report)
    yield json.dumps({
        "format": "jsonl", "version": JSONL_VERSION,
        "sources": list(report.sources),
        "outlets": {s: outlets[s] for s in report.sources if s in outlets},
        "counts": {k: c[k] for k in CELLS},
        "notes": list(report.notes),
        **({"broken": [{"file": name, "status": NOT_CHECKED,
                        "errors": [{"line": line, "message": error} for line, error in errors]}
                       for name, errors in broken]} if broken else {}),
        "facts": [_fact(fr) for fr in report.facts],
    }, ensure_ascii=False) + "\n"
    for fr in report.facts:
        for r in said(fr):
            yield _line(fr.fact.id, r)


def _fact(fr: FactReport) -> dict:
    f = fr.fact
    value = f.value
    if isinstance(value, tuple):
        value = list(value)
    elif isinstance(value, float):
        value = int(value) if value.is_integer() else value
    elif value is not None:
        value = f.value_text
    return {"id": f.id, "kind": f.kind, "claim": f.claim, "value": value, "expected": f.value_text,
            "file": f.file, "line": f.line, "severity": f.severity, "tags": list(f.tags),
            "status": outcome(fr).status}


# json.dumps with options builds an encoder per call; a large run writes a line per result
_encode = json.JSONEncoder(ensure_ascii=False).encode


def _line(fact_id: str, r: Result) -> str:
    return _encode({"fact": fact_id, "source": r.source, "verdict": r.verdict, "known": r.known,
                    "reason": r.reason,
                    "evidence": [evidence_json(e) for e in r.evidence]}) + "\n"
