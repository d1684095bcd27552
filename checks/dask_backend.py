"""The per-shard check on Dask: ``shards.check_entries`` submitted to a ``dask.distributed`` client.

``pip install fact-checks[dask]``; ``python -m checks report --scheduler local`` starts a
``LocalCluster`` (one single-threaded worker process per core), ``--scheduler tcp://host:8786``
uses an existing cluster.  The fact set (``shards.Plan``) is scattered to the workers once; each
task is one shard of the folder's entries, read on the worker, checked, and only its non-silent
results come back.  The report is assembled here exactly as for a run on one machine.

Memory stays flat however many shards there are: a few tasks per worker are submitted ahead, each
answer is taken as it finishes and let go of on the cluster at once, and the answers are handed on in
shard order (those that finish early wait, at most the tasks in flight).

The workers read the sources where the client listed them: a local folder must be at the same path
on every worker (a shared or network file system); a URL (``--seeds s3://bucket/folder``, any
fsspec file system: ``fsspec_sources``) is read by each worker from the store itself.
"""

from __future__ import annotations

import resource
import sys
import time

from .parallel import default_jobs
from .shards import Plan, ShardResult, check_entries

__all__ = ["run_shards_on_dask", "MISSING", "AHEAD"]

MISSING = ("--scheduler needs Dask: pip install 'fact-checks[dask]' (dask[distributed])")
AHEAD = 3  # tasks in flight per worker: enough to keep each busy while an answer travels back
# The workers of a LocalCluster started here sample no profile of their tasks: the profile is for Dask's
# dashboard (not started), costs some 5% of the CPU, and a worker keeps one a second of its run (up to
# 1,000): 100,000 sources on 2 workers, 147 MB a worker with it, 127 MB without (125 MB at 10,000).
QUIET_WORKERS = {"distributed.worker.profile.enabled": False}


def run_shards_on_dask(plan: Plan, listing, ranges: list[range], scheduler: str, *, workers: int = 0,
                       seen: list | None = None):
    """Each shard's ShardResult in order, as they finish; ``scheduler`` is "local" or a scheduler address.
    ``seen``: filled with each worker's figures once every shard is in (``worker_figures``)."""
    try:
        import dask
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as exc:  # an optional extra
        raise RuntimeError(MISSING) from exc
    cluster = None
    if scheduler == "local":
        with dask.config.set(QUIET_WORKERS):  # the workers are given this setting as they start
            cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                                   dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        client.run(_reset)
        shared = client.scatter(plan, broadcast=True)
        ahead = AHEAD * max(1, len(client.scheduler_info().get("workers", ())))
        yield from _in_order(client, as_completed, shared, listing, ranges, ahead)
        if seen is not None:
            seen.extend(worker_figures(client.run(_figures)))
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


def _in_order(client, as_completed, shared, listing, ranges: list[range], ahead: int):
    """The shards' answers in order, with at most ``ahead`` tasks submitted and not yet handed on."""
    def submit(n: int):
        r = ranges[n]
        future = client.submit(_check, shared, listing.entries[r.start:r.stop], listing.max_mb, pure=False)
        number[future.key] = n
        return future

    number: dict = {}
    done: dict[int, ShardResult] = {}
    queued = min(ahead, len(ranges))
    running = as_completed([submit(n) for n in range(queued)])
    handed = 0
    for future in running:
        done[number.pop(future.key)] = future.result()
        future.release()  # the worker lets go of the answer now, not when the run ends
        while handed in done:
            yield done.pop(handed)
            handed += 1
        while queued < len(ranges) and queued - handed < ahead:
            running.add(submit(queued))
            queued += 1


# Each worker's own figures, kept in the worker process while it runs this module's tasks.
_DONE = {"shards": 0, "seconds": 0.0}


def _check(plan: Plan, entries, max_mb: float) -> ShardResult:
    """``check_entries`` on a worker, counted in its figures."""
    start = time.perf_counter()
    try:
        return check_entries(plan, entries, max_mb, None)
    finally:
        _DONE["shards"] += 1
        _DONE["seconds"] += time.perf_counter() - start


def _reset() -> None:
    _DONE.update(shards=0, seconds=0.0)


def _figures() -> dict:
    """This worker's shards and seconds in them since ``_reset``, its CPU seconds and peak memory (its
    process's, since it started)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    peak = usage.ru_maxrss / (1 << 20 if sys.platform == "darwin" else 1 << 10)  # bytes on macOS, KiB elsewhere
    return {**_DONE, "cpu": usage.ru_utime + usage.ru_stime, "peak_mb": peak}


def worker_figures(answers: dict) -> list[dict]:
    """``client.run(_figures)``'s answers as one dict per worker (its address under "worker"), by address."""
    return [{"worker": address, **figures} for address, figures in sorted(answers.items())]
