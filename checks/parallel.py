"""Run a function over many items in forked worker processes when that pays."""

from __future__ import annotations

import multiprocessing
import os

__all__ = ["map_jobs", "imap_jobs", "default_jobs"]


def default_jobs() -> int:
    """The cores this process may run on (its CPU affinity where the system says, else the count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _can_fork() -> bool:
    return "fork" in multiprocessing.get_all_start_methods()


def map_jobs(function, items, jobs: int) -> list:
    """``function`` over ``items``, in ``jobs`` forked processes when there is enough work."""
    items = list(items)
    if jobs <= 1 or len(items) < 2 * jobs or not _can_fork():
        return [function(item) for item in items]
    with multiprocessing.get_context("fork").Pool(jobs) as pool:
        return pool.map(function, items, chunksize=max(1, len(items) // (jobs * 8)))


def imap_jobs(function, items, jobs: int):
    """``function`` over ``items`` in order, one item at a time per forked worker, yielded as they finish
    in order: the caller keeps only what it needs of each answer.  What the workers read (set before
    the call) is shared by the fork, never sent."""
    items = list(items)
    if jobs <= 1 or len(items) < 2 or not _can_fork():
        yield from map(function, items)
        return
    with multiprocessing.get_context("fork").Pool(min(jobs, len(items))) as pool:
        yield from pool.imap(function, items, chunksize=1)
