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
