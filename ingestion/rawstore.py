"""Keep every fetched or read page as immutable, content-addressed bytes."""
from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path


def sha256(data: bytes) -> str:
    """Return the hex sha256 of some bytes."""
    return hashlib.sha256(data).hexdigest()


class RawStore:
    """A folder of page bodies named by their sha256.

    Content addressing makes a refetch of an unchanged page free and lets parsing be
    replayed from exactly the bytes that were fetched, without touching the network.
    """

    def __init__(self, root: Path | str):
        self.root = Path(root)

    def path(self, digest: str) -> Path:
        return self.root / digest[:2] / digest

    def put(self, data: bytes) -> str:
        """Store bytes once and return their digest; writes are atomic renames."""
        digest = sha256(data)
        target = self.path(digest)
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
        data = self.path(digest).read_bytes()
        if sha256(data) != digest:
            raise ValueError(f"raw store object {digest} is corrupt")
        return data

    def __contains__(self, digest: str) -> bool:
        return self.path(digest).exists()
