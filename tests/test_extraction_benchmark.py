"""benchmarks/extraction.py: what lazy extraction saves is counted from a real run, and the run is left as it was."""

import importlib.util
import shutil
from pathlib import Path

from checks import index
from checks.pipeline import check
from checks.report.render import to_json

ROOT = Path(__file__).resolve().parent.parent


def load_benchmark():
    spec = importlib.util.spec_from_file_location("extraction_benchmark", ROOT / "benchmarks" / "extraction.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_counts_come_from_the_run_and_the_engine_is_restored(tmp_path):
    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    plain = to_json(check(tmp_path / "facts", tmp_path / "seeds"))
    before = {name: index.Indexed.__dict__[name] for name in ("dates", "numbers", "ordinals")}
    figures = load_benchmark().measure(tmp_path)
    assert {name: index.Indexed.__dict__[name] for name in before} == before
    # the seeds' facts are dates and numbers: some sentences are read, not all of them
    assert 0 < figures["dates_read"] < figures["sentences"]
    assert 0 < figures["numbers_read"] < figures["sentences"]
    assert figures["eager_seconds"] >= 0 and figures["lazy_seconds"] >= 0
    assert "saved" in load_benchmark().line(figures)
    # a run after it gives the report a run before it gave
    assert to_json(check(tmp_path / "facts", tmp_path / "seeds")) == plain
