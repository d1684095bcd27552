"""--format jsonl: a header line, then a line per result that is not plainly silent; the same content as JSON v1."""

import json
from pathlib import Path

from checks.pipeline import check
from checks.report.render import FORMATS, render_chunks, to_json

ROOT = Path(__file__).resolve().parent.parent.parent


def test_jsonl_holds_what_json_holds_without_the_silent_cells():
    report = check(ROOT / "facts", ROOT / "seeds")
    text = FORMATS["jsonl"](report)
    assert "".join(render_chunks(report, "jsonl")) == text
    head, *lines = [json.loads(line) for line in text.splitlines()]
    full = json.loads(to_json(report))
    assert head["format"] == "jsonl" and head["version"] == 1
    assert {k: head[k] for k in ("sources", "outlets", "counts", "notes")} == {k: full[k] for k in
                                                                              ("sources", "outlets", "counts", "notes")}
    assert [{k: v for k, v in f.items() if k != "results"} for f in full["facts"]] == head["facts"]
    said = [{"fact": f["id"], **r} for f in full["facts"] for r in f["results"]
            if r["verdict"] != "silent" or r["known"]]
    assert lines == said and len(lines) < sum(len(f["results"]) for f in full["facts"])
