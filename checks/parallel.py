"""Run a function over many items in forked worker processes when that pays."""

from __future__ import annotations

import multiprocessing

__all__ = ["map_jobs"]


def map_jobs(function, items, jobs: int) -> list:
    """``function`` over ``items``, in ``jobs`` forked processes when there is enough work."""
    items = list(items)
    if jobs <= 1 or len(items) < 2 * jobs or "fork" not in multiprocessing.get_all_start_methods():
        return [function(item) for item in items]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(function, items, chunksize=max(1, len(items) // (jobs * 8)))
