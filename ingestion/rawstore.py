"""Keep every fetched or read page as immutable, content-addressed bytes, locally or on object storage."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path

import fsspec


def sha256(data: bytes) -> str:
    """Return the hex sha256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


def _is_url(root: Path | str) -> bool:
    return "://" in str(root)


class RawStore:
    """A folder of page bodies named by their sha256: a local path or an fsspec URL.

    Content addressing makes a refetch of an unchanged page free and lets parsing be
    replayed from exactly the bytes that were fetched, without touching the network.
    A URL root (`s3://bucket/coopwatch/raw`, `gs://…`, `memory://…`) stores the same
    layout through fsspec, so the raw layer can live on object storage while several
    machines fetch and parse (the filesystem's package, e.g. s3fs, must be installed).
    """

    def __init__(self, root: Path | str):
        if _is_url(root):
            self.root = str(root).rstrip("/")
            self._fs, self._base = fsspec.core.url_to_fs(self.root)
        else:
            self.root = Path(root)
            self._fs, self._base = None, None

    def path(self, digest: str) -> Path | str:
        if self._fs is None:
            return self.root / digest[:2] / digest
        return f"{self._base}/{digest[:2]}/{digest}"

    def put(self, data: bytes) -> str:
        """Store bytes once and return their digest; a reader never sees half an object."""
        digest = sha256(data)
        target = self.path(digest)
        if self._fs is not None:
            # Object stores publish an object only once its upload completes.
            if not self._fs.exists(target):
                self._fs.makedirs(target.rsplit("/", 1)[0], exist_ok=True)  # object stores ignore this
                self._fs.pipe_file(target, data)
            return digest
        if target.exists():
            return digest
        target.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(data)
                fh.flush()
                os.fsync(fh.fileno())
            os.replace(tmp, target)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        return digest

    def get(self, digest: str) -> bytes:
        """Read stored bytes back, checking they still hash to their name."""
        target = self.path(digest)
        data = self._fs.cat_file(target) if self._fs is not None else target.read_bytes()
        if sha256(data) != digest:
            raise ValueError(f"raw store object {digest} is corrupt")
        return data

    def __contains__(self, digest: str) -> bool:
        target = self.path(digest)
        return self._fs.exists(target) if self._fs is not None else target.exists()
