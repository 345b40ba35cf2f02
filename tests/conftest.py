"""Shared fixtures: paths, a pipeline runner that uses the real CLI, and mart fingerprints."""
from __future__ import annotations

import hashlib
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import duckdb
import pytest

from warehouse.export import mart_names

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED_DEV = REPO.parent / "shared" / "eval" / "dev"
# The line `coopwatch run` ends with: pages in, then one count per outcome, adding up to the pages.
SUMMARY = re.compile(r"pages: (\d+)  loaded: (\d+)  unchanged: (\d+)  duplicates: (\d+)  quarantined: (\d+)  "
                     r"failed: (\d+)  not articles: (\d+)")


def coopwatch(*args: str, env: dict | None = None, check: bool = True) -> subprocess.CompletedProcess:
    """Run the coopwatch CLI in a fresh process, as a user would."""
    full_env = {k: v for k, v in os.environ.items() if not k.startswith(("COOPWATCH_", "DAGSTER_HOME"))}
    full_env.update(env or {})
    proc = subprocess.run([sys.executable, "-m", "orchestration.cli", *args], cwd=REPO, env=full_env,
                          capture_output=True, text=True, timeout=600)
    if check and proc.returncode != 0:
        raise AssertionError(f"coopwatch {' '.join(args)} exited {proc.returncode}\n{proc.stdout}\n{proc.stderr}")
    return proc


def query(warehouse: Path, sql: str, params=None) -> list[tuple]:
    """Run one query against a warehouse file read-only and return its rows."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        return con.execute(sql, params or []).fetchall()
    finally:
        con.close()


def mart_fingerprint(warehouse: Path, ignore: tuple[str, ...] = ("loaded_at",)) -> dict[str, str]:
    """Hash every mart's rows (minus load timestamps) so two builds can be compared."""
    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        prints = {}
        # audit_pages describes the run itself (its id, time and outcomes), so two builds differ there
        for mart in (name for name in mart_names(con) if name != "audit_pages"):
            columns = [c[0] for c in con.execute(f"describe main.{mart}").fetchall() if c[0] not in ignore]
            rows = con.execute(f"select {', '.join(columns)} from main.{mart} order by all").fetchall()
            prints[mart] = hashlib.sha256(repr(rows).encode()).hexdigest()
        return prints
    finally:
        con.close()


@pytest.fixture
def sample_pages(tmp_path: Path) -> Path:
    """A private copy of the bundled sample pages that a test may edit."""
    target = tmp_path / "pages"
    shutil.copytree(SAMPLES / "pages", target)
    return target


@pytest.fixture(scope="session")
def shared_dev() -> Path:
    if not (SHARED_DEV / "gold.jsonl").exists():
        pytest.skip("../shared/eval/dev is not present beside the clone")
    return SHARED_DEV
