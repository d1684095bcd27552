"""pytest-xdist without repeated work: which share of the engine's work this process does.

Each xdist worker judges its share of the source shards, keeping those results and saving them to
the store (pytest's cache folder), and takes only the other workers' shares from the store
(``pipeline.check_listing(share=...)``); the controller then reads every result from the store once,
reading no text whose file is unchanged since it was judged, and writes the report once.  Without a cache folder
(``-p no:cacheprovider``) there is nothing to share through, and each worker does all the work.
No pytest import: the plugin passes its config.
"""

from __future__ import annotations

__all__ = ["worker_share"]


def worker_share(config) -> tuple[int, int] | None:
    """(this worker's number, how many workers) under pytest-xdist; None in a plain session or the controller."""
    info = getattr(config, "workerinput", None)
    if not info:
        return None
    try:
        return int(str(info["workerid"]).lstrip("gw")), int(info["workercount"])
    except (KeyError, ValueError, TypeError):
        return None
