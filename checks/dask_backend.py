"""The per-shard check on Dask: ``shards.check_entries`` submitted to a ``dask.distributed`` client.

``pip install fact-checks[dask]``; ``python -m checks report --scheduler local`` starts a
``LocalCluster`` (one single-threaded worker process per core), ``--scheduler tcp://host:8786``
uses an existing cluster.  The fact set (``shards.Plan``) is scattered to the workers once; each
task is one shard of the folder's entries, read on the worker, checked, and only its non-silent
results come back.  The report is assembled here exactly as for a run on one machine.

The workers read the sources where the client listed them: a local folder must be at the same path
on every worker (a shared or network file system); a URL (``--seeds s3://bucket/folder``, any
fsspec file system: ``fsspec_sources``) is read by each worker from the store itself.
"""

from __future__ import annotations

from .parallel import default_jobs
from .shards import Plan, ShardResult, check_entries

__all__ = ["run_shards_on_dask", "MISSING"]

MISSING = ("--scheduler needs Dask: pip install 'fact-checks[dask]' (dask[distributed])")


def run_shards_on_dask(plan: Plan, listing, ranges: list[range], scheduler: str, *, workers: int = 0
                       ) -> list[ShardResult]:
    """Each shard's ShardResult in order; ``scheduler`` is "local" or a scheduler address."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:  # an optional extra
        raise RuntimeError(MISSING) from exc
    cluster = None
    if scheduler == "local":
        cluster = LocalCluster(n_workers=workers or default_jobs(), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        client = Client(scheduler)
    try:
        shared = client.scatter(plan, broadcast=True)
        futures = [client.submit(check_entries, shared, listing.entries[r.start:r.stop], listing.max_mb, None,
                                 pure=False) for r in ranges]
        return client.gather(futures)
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
