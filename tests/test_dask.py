"""The per-shard check on a real Dask LocalCluster (2 worker processes) gives the serial report."""

import random
from pathlib import Path

import pytest

from checks.pipeline import check_all
from checks.report.render import to_json

ROOT = Path(__file__).resolve().parent.parent

try:
    from dask.distributed import LocalCluster
except ImportError:  # the test extra installs it; without it this is skipped, saying why
    LocalCluster = None


def generated(folder: Path, count: int) -> Path:
    """Sources built from the seeds' sentences, shuffled and with the days shifted."""
    rng = random.Random(5)
    lines = [line for p in sorted((ROOT / "seeds").glob("*.txt"))
             for line in p.read_text(encoding="utf-8").splitlines() if len(line) > 40]
    folder.mkdir()
    for i in range(count):
        picked = [rng.choice(lines).replace("November 9", f"November {rng.choice((9, 10))}") for _ in range(6)]
        (folder / f"g{i:03d}.txt").write_text("\n\n".join(picked) + "\n", encoding="utf-8")
    return folder


@pytest.mark.skipif(LocalCluster is None, reason="dask[distributed] is not installed: pip install -e '.[dask]'")
def test_a_local_cluster_gives_the_serial_report(tmp_path):
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        for seeds in (ROOT / "seeds", generated(tmp_path / "gen", 40)):
            serial, problems = check_all(ROOT / "facts", seeds, jobs=1)
            on_dask, dask_problems = check_all(ROOT / "facts", seeds, jobs=2, scheduler=cluster.scheduler_address)
            assert to_json(on_dask) == to_json(serial) and dask_problems == problems
    finally:
        cluster.close()
