"""Sources at a URL (``s3://bucket/folder``, ``gs://...``, ``memory://...``, ``file:///...``): listed and read
through fsspec, so a Dask worker reads its own shard from an object store.

fsspec is optional (``pip install 'fact-checks[dask]'`` brings it); an object store also needs its file
system's package (s3fs for ``s3://``, gcsfs for ``gs://``).  A plain path never comes here.
"""

from __future__ import annotations

import posixpath
import re

from .errors import Problem, SourceError

__all__ = ["is_url", "file_system", "walk", "size_and_bytes"]

_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]+://")  # two letters at least: C:\ is a drive, not a scheme


def is_url(path: object) -> bool:
    """Whether ``path`` names a place fsspec reads (a string with a scheme), not a local path."""
    return isinstance(path, str) and _SCHEME.match(path) is not None


def file_system(url: str):
    """(fsspec file system, path inside it) for ``url``; a clear SourceError without fsspec or the store's package."""
    try:
        from fsspec.core import url_to_fs
    except ImportError:
        raise SourceError([Problem(url, 0, "sources at a URL are read through fsspec, which is not installed",
                                   "pip install 'fact-checks[dask]' (or fsspec, and the file system's package: s3fs "
                                   "for s3://, gcsfs for gs://); or copy the sources to a local folder",
                                   code="missing")]) from None
    try:
        return url_to_fs(url)
    except (ImportError, ValueError) as exc:  # an unknown scheme, or its package missing ("Install s3fs ...")
        raise SourceError([Problem(url, 0, f"fsspec cannot open this URL ({exc})",
                                   "install the package of its file system, or check the scheme", code="missing")]
                          ) from None


def walk(url: str) -> tuple[str, list[tuple[str, str]]] | None:
    """("folder" or "file", [(name relative to the folder, URL of the file)]) under ``url``; None when it is
    neither a folder nor a file."""
    fs, root = file_system(url)
    if fs.isfile(root):
        return "file", [(posixpath.basename(root.rstrip("/")), fs.unstrip_protocol(root))]
    if not fs.isdir(root):
        return None
    base = root.rstrip("/")
    return "folder", [(posixpath.relpath(path, base), fs.unstrip_protocol(path)) for path in fs.find(base)]


def size_and_bytes(url: str, max_mb: float) -> tuple[str, bytes]:
    """(why it cannot be used or "", its bytes) for one file at ``url``."""
    fs, path = file_system(url)
    try:
        size = fs.size(path)
        if size is not None and size > max_mb * 1_000_000:
            return (f"{size / 1e6:.0f} MB is over the {max_mb:g} MB limit for one source "
                    "(raise it with --max-source-mb)"), b""
        return "", fs.cat_file(path)
    except OSError as exc:  # FileNotFoundError, PermissionError, a store's own errors
        return f"cannot be read ({getattr(exc, 'strerror', None) or exc}); check it exists and can be read", b""
