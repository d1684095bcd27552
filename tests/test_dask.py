"""The per-shard check on a real Dask LocalCluster (2 worker processes) gives the serial report,
reading the sources from a local folder or from any fsspec URL."""

import random
import sys
from pathlib import Path

import pytest

from checks.errors import SourceError
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
            # the same folder as an fsspec URL: each worker reads its shard through fsspec
            by_url, url_problems = check_all(ROOT / "facts", seeds.resolve().as_uri(), jobs=2,
                                             scheduler=cluster.scheduler_address)
            assert to_json(by_url) == to_json(serial) and url_problems == problems
    finally:
        cluster.close()


def in_memory(folder: Path, where: str) -> str:
    """A copy of ``folder`` in fsspec's memory file system (an object store's stand-in): its URL."""
    import fsspec

    memory = fsspec.filesystem("memory")
    for path in folder.rglob("*"):
        if path.is_file():
            memory.pipe(f"/{where}/{path.relative_to(folder).as_posix()}", path.read_bytes())
    return f"memory://{where}"


@pytest.mark.skipif(LocalCluster is None, reason="dask[distributed] is not installed: pip install -e '.[dask]'")
def test_dask_reads_the_sources_from_an_object_store(tmp_path):
    # a cluster of threads in this process: they share the memory file system, as workers share a bucket
    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=False, dashboard_address=None)
    try:
        for seeds, name in ((ROOT / "seeds", "bucket/seeds"), (generated(tmp_path / "gen", 30), "bucket/gen")):
            url = in_memory(seeds, name)
            serial, problems = check_all(ROOT / "facts", seeds, jobs=1)
            on_dask, dask_problems = check_all(ROOT / "facts", url, jobs=2, scheduler=cluster.scheduler_address)
            assert to_json(on_dask) == to_json(serial) and dask_problems == problems
    finally:
        cluster.close()


@pytest.mark.skipif(LocalCluster is None, reason="dask[distributed] is not installed: pip install -e '.[dask]'")
def test_a_url_is_read_without_dask_too_and_local_paths_are_unchanged(tmp_path):
    serial, _ = check_all(ROOT / "facts", ROOT / "seeds", jobs=1)
    for url in (in_memory(ROOT / "seeds", "plain/seeds"), (ROOT / "seeds").as_uri()):
        assert to_json(check_all(ROOT / "facts", url, jobs=2)[0]) == to_json(serial)
    one = check_all(ROOT / "facts", in_memory(ROOT / "seeds", "one") + "/000_a2bbd7d84d4df84a.txt")[0]
    assert one.sources == ("000_a2bbd7d84d4df84a.txt",)


@pytest.mark.skipif(LocalCluster is None, reason="dask[distributed] is not installed: pip install -e '.[dask]'")
def test_a_missing_folder_at_a_url_is_a_clear_error():
    with pytest.raises(SourceError, match="memory://no/such/folder: the sources folder does not exist"):
        check_all(ROOT / "facts", "memory://no/such/folder")


def test_a_url_without_fsspec_says_what_to_install(monkeypatch):
    monkeypatch.setitem(sys.modules, "fsspec", None)  # as if it were not installed
    monkeypatch.setitem(sys.modules, "fsspec.core", None)
    with pytest.raises(SourceError) as error:
        check_all(ROOT / "facts", "s3://bucket/sources")
    message = str(error.value)
    assert message.startswith("s3://bucket/sources: sources at a URL are read through fsspec, which is not installed")
    assert "pip install 'fact-checks[dask]'" in message and "s3fs" in message


def test_the_command_line_keeps_a_url_as_typed(monkeypatch, capsys):
    from checks.cli import main

    pytest.importorskip("fsspec")
    monkeypatch.chdir(ROOT)
    url = in_memory(ROOT / "seeds", "cli/seeds")
    assert main(["report", "--format", "json", "--no-cache", "--jobs", "1"]) == 0
    local = capsys.readouterr().out
    assert main(["report", "--seeds", url, "--format", "json", "--no-cache", "--jobs", "1"]) == 0
    assert capsys.readouterr().out == local


class FakeFuture:
    """A task that is done when the fake cluster says so, its answer the shard's first source."""

    def __init__(self, key, answer):
        self.key, self.answer, self.released = key, answer, False

    def result(self):
        return self.answer

    def release(self):
        self.released = True


class FakeClient:
    """Runs nothing: records what is submitted; ``as_completed`` finishes the tasks in flight last first."""

    def __init__(self):
        self.submitted, self.in_flight_most = [], 0

    def submit(self, function, plan, entries, max_mb, pure):
        future = FakeFuture(f"task-{len(self.submitted)}", entries[0])
        self.submitted.append(future)
        return future

    def in_flight(self):
        return sum(not f.released for f in self.submitted)


class LastFirst:
    """``as_completed`` as Dask's is used: iterated, with tasks added while it is."""

    def __init__(self, futures, client):
        self.waiting, self.client = list(futures), client

    def add(self, future):
        self.waiting.append(future)

    def __iter__(self):
        while self.waiting:
            self.client.in_flight_most = max(self.client.in_flight_most, self.client.in_flight())
            yield self.waiting.pop()


@pytest.mark.parametrize("ahead", [1, 3, 50])
def test_dask_answers_are_handed_on_in_shard_order_with_few_in_flight(ahead):
    """However the tasks finish, the shards come out in order, each task released once its answer is
    taken, and no more than ``ahead`` tasks are submitted and not yet handed on (the client's memory
    and the workers' stay flat)."""
    from types import SimpleNamespace

    from checks.dask_backend import _in_order

    client = FakeClient()
    listing = SimpleNamespace(entries=tuple(range(100)), max_mb=1.0)
    ranges = [range(i, min(100, i + 7)) for i in range(0, 100, 7)]
    handed = []
    for answer in _in_order(client, lambda futures: LastFirst(futures, client), "plan", listing, ranges, ahead):
        handed.append(answer)
        assert client.in_flight() <= ahead
    assert handed == [r.start for r in ranges]
    assert all(f.released for f in client.submitted) and len(client.submitted) == len(ranges)
    assert client.in_flight_most <= ahead


@pytest.mark.skipif(LocalCluster is None, reason="dask[distributed] is not installed: pip install -e '.[dask]'")
def test_a_dask_run_gives_each_workers_figures(tmp_path):
    from checks.cli import worker_line

    cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
    try:
        seeds = generated(tmp_path / "gen", 40)
        seen: list = []
        check_all(ROOT / "facts", seeds, jobs=2, scheduler=cluster.scheduler_address, dask_workers=seen)
        assert sorted(f["worker"] for f in seen) == sorted(cluster.workers[n].worker_address for n in cluster.workers)
        assert sum(f["shards"] for f in seen) == 4 and all(f["peak_mb"] > 10 and f["cpu"] > 0 for f in seen)
        assert worker_line(seen[0]).startswith(f"dask worker {seen[0]['worker']}: {seen[0]['shards']} shards in ")
    finally:
        cluster.close()


@pytest.mark.skipif(LocalCluster is None, reason="dask[distributed] is not installed: pip install -e '.[dask]'")
def test_scheduler_local_starts_its_own_cluster_and_gives_the_serial_report():
    serial, problems = check_all(ROOT / "facts", ROOT / "seeds", jobs=1)
    seen: list = []
    on_dask, dask_problems = check_all(ROOT / "facts", ROOT / "seeds", jobs=2, scheduler="local", dask_workers=seen)
    assert to_json(on_dask) == to_json(serial) and dask_problems == problems and len(seen) == 2
