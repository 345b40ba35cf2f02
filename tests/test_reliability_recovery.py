"""Recovery, round two: each reported failure recreated with real `coopwatch` processes, kills and files.

A publish killed mid-copy, a warehouse held open by another process, and damage written into
the file (random bytes, a truncation, a broken index block) each end in a clear message and a
way back, never in stale answers, a false "damaged" or a silent success.
"""
from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

import duckdb
import pytest

from tests.conftest import SAMPLES, coopwatch, mart_fingerprint
from tests.test_reliability_crash import kill_when, start_run
from warehouse.snapshot import published_path

pytestmark = pytest.mark.slow

NAME = "w.duckdb"
HEADER_BYTES = 3 * 4096  # DuckDB's file header and its two database headers precede the blocks
BLOCK_BYTES = 256 * 1024  # DuckDB's default block size; each block carries its own checksum
HOLD = ("import duckdb, sys\n"
        "con = duckdb.connect(sys.argv[1], read_only=sys.argv[2] == 'read')\n"
        "print('ready', flush=True)\n"
        "sys.stdin.read()\n")


@pytest.fixture(scope="module")
def built(tmp_path_factory) -> dict:
    """Build half the sample pages, keep that state, then add the rest and build again.

    Every test starts from a copy of one of the two states instead of building its own.
    """
    base = tmp_path_factory.mktemp("recovery")
    pages = base / "pages"
    shutil.copytree(SAMPLES / "pages", pages)
    held_back = {p.name: p.read_bytes() for p in sorted(pages.iterdir())[::2]}
    for name in held_back:
        (pages / name).unlink()
    work = base / "work" / NAME
    coopwatch("run", "--pages", str(pages), "--warehouse", str(work))
    shutil.copytree(work.parent, base / "half")
    for name, data in held_back.items():
        (pages / name).write_bytes(data)
    coopwatch("run", "--pages", str(pages), "--warehouse", str(work))
    return {"pages": pages, "half": base / "half", "clean": work.parent, "prints": mart_fingerprint(work),
            "half_articles": count(base / "half" / NAME), "articles": count(work)}


def copy_state(state: Path, into: Path) -> Path:
    """Copy a built warehouse folder (file, published copy, raw store, markers) and return its warehouse.

    The file name stays the same (DuckDB names a database after its file and dbt's views refer to
    it), and copy2 keeps modification times, so the copy is as coopwatch last left it.
    """
    shutil.copytree(state, into)
    return into / NAME


def count(database: Path, table: str = "dim_articles") -> int:
    con = duckdb.connect(str(database), read_only=True)
    try:
        return con.execute(f"select count(*) from {table}").fetchone()[0]
    finally:
        con.close()


def queried_count(warehouse: Path, *flags: str) -> int:
    """Count articles the way an analyst does, through `coopwatch query`."""
    answer = coopwatch("query", "select count(*) as n from dim_articles", "--warehouse", str(warehouse),
                       "--format", "csv", *flags)
    return int(answer.stdout.split()[1])


def run(pages: Path, warehouse: Path, check: bool = True) -> subprocess.CompletedProcess:
    return coopwatch("run", "--pages", str(pages), "--warehouse", str(warehouse), check=check)


def last_line(stderr: str) -> str:
    return stderr.strip().splitlines()[-1]


def staging_folders(warehouse: Path) -> list[Path]:
    return sorted(published_path(warehouse).parent.glob(".staging-*"))


def wait_for(condition: Callable[[], object], seconds: float = 60.0) -> None:
    """Return as soon as `condition()` is true; fail if it never becomes true."""
    deadline = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"{condition} never became true")
        time.sleep(0.001)


@contextlib.contextmanager
def holding(database: Path, mode: str) -> Iterator[subprocess.Popen]:
    """Keep a database open in another process ('read' as `query --live` does, 'write' as a run does)."""
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(database), mode], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)
    try:
        assert proc.stdout.readline().strip() == "ready"
        yield proc
    finally:
        proc.stdin.close()
        proc.wait(timeout=30)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---- damage ---------------------------------------------------------------------------------------

def garbage(offset: int) -> bytes:
    """64 KB of random bytes, the same for the same offset, so a failing case can be replayed."""
    return random.Random(offset).randbytes(64 * 1024)


def write_at(database: Path, offset: int) -> None:
    with open(database, "r+b") as damaged:
        damaged.seek(offset)
        damaged.write(garbage(offset))


def reads_whole(database: Path) -> bool:
    """Read every row of every table, as a separate check of the damage the test made."""
    try:
        con = duckdb.connect(str(database), read_only=True)
        try:
            for schema, table in con.execute("select schema_name, table_name from duckdb_tables()").fetchall():
                con.execute(f'select * from "{schema}"."{table}"').fetchall()
        finally:
            con.close()
    except duckdb.Error:
        return False
    return True


def updates_build_state(database: Path) -> bool:
    """Record a build step as every run does, which looks the step up in raw.build_state's key index."""
    try:
        con = duckdb.connect(str(database))
        try:
            con.execute("insert or replace into raw.build_state values ('probe', 'probe', now())")
        finally:
            con.close()
    except duckdb.Error:
        return False
    return True


def first_damaging(database: Path, offsets: list[int], damaged: Callable[[Path], bool], scratch: Path) -> int:
    """Return the first offset whose 64 KB of garbage, written into a scratch copy, makes `damaged` true.

    Garbage in a free block harms nothing, so the offset is checked before the test relies on it.
    """
    scratch.mkdir()
    for offset in offsets:
        trial = scratch / database.name
        shutil.copy(database, trial)
        write_at(trial, offset)
        if damaged(trial):
            return offset
    raise AssertionError(f"no offset among {offsets} damages {database}")


def damage_a_data_block(warehouse: Path, scratch: Path) -> None:
    """Write garbage mid-file, at the offset nearest the middle that lands in a block holding rows.

    The middle of a file that was rebuilt is often free space, which garbage does not harm.
    """
    size = warehouse.stat().st_size
    steps = sorted(range(-size // BLOCK_BYTES, size // BLOCK_BYTES + 1), key=lambda step: (abs(step), step))
    offsets = [size // 2 + step * BLOCK_BYTES for step in steps if 0 < size // 2 + step * BLOCK_BYTES < size]
    offset = first_damaging(warehouse, offsets, lambda trial: not reads_whole(trial), scratch)
    write_at(warehouse, offset)
    assert not reads_whole(warehouse)


def damage_an_index_block(warehouse: Path, scratch: Path) -> None:
    """Write garbage into a block that no table scan reads but the next build-state update does: a key index."""
    blocks = (warehouse.stat().st_size - HEADER_BYTES) // BLOCK_BYTES
    offsets = [HEADER_BYTES + block * BLOCK_BYTES for block in reversed(range(blocks))]
    offset = first_damaging(warehouse, offsets,
                            lambda trial: reads_whole(trial) and not updates_build_state(trial), scratch)
    write_at(warehouse, offset)


def truncate(warehouse: Path, scratch: Path) -> None:
    os.truncate(warehouse, int(warehouse.stat().st_size * 0.6))
    assert not reads_whole(warehouse)


# ---- 2. a publish killed mid-copy ---------------------------------------------------------------------

def test_a_publish_killed_mid_copy_is_redone_by_the_next_run_then_kept_while_it_matches(built, tmp_path):
    warehouse = copy_state(built["half"], tmp_path / "w")
    copy = published_path(warehouse)
    proc = start_run(built["pages"], warehouse)  # the held-back half is new to this warehouse
    try:  # killed once the copy is being staged, so it lands mid-publish
        kill_when(proc, "▶ published_warehouse", then=lambda: wait_for(lambda: staging_folders(warehouse)))
    finally:
        if proc.poll() is None:  # the copy was never staged: stop the run before failing
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL
    # The bug as reported: queries serve the older copy, and the half-made copy is left behind.
    assert queried_count(warehouse) == built["half_articles"] < built["articles"]
    assert staging_folders(warehouse)
    (copy.parent / ".staging-12345").mkdir()  # a leftover of some older crash
    (copy.parent / ".staging-12345" / NAME).write_bytes(b"half a copy")

    run(built["pages"], warehouse)  # nothing new since the killed run
    assert queried_count(warehouse) == queried_count(warehouse, "--live") == built["articles"]
    assert staging_folders(warehouse) == []
    assert mart_fingerprint(copy) == mart_fingerprint(warehouse) == built["prints"]

    # Once the copy matches, a run with nothing new leaves it alone instead of copying again...
    before = copy.stat()
    kept = run(built["pages"], warehouse)
    assert "already matches" in kept.stderr
    assert (copy.stat().st_ino, copy.stat().st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    # ...and puts it back when it is gone.
    copy.unlink()
    recreated = run(built["pages"], warehouse)
    assert "already matches" not in recreated.stderr
    assert queried_count(warehouse) == built["articles"]
    assert mart_fingerprint(copy) == built["prints"]


# ---- 4. another process holding the file ---------------------------------------------------------------

def test_a_run_started_while_a_reader_holds_the_file_exits_3_naming_it_and_succeeds_once_it_closes(built, tmp_path):
    warehouse = copy_state(built["clean"], tmp_path / "w")
    with holding(warehouse, "read") as reader:
        refused = run(built["pages"], warehouse, check=False)
    assert refused.returncode == 3, refused.stderr
    assert "another process" in last_line(refused.stderr)
    assert f"PID {reader.pid}" in last_line(refused.stderr)
    assert "restore" not in refused.stderr
    assert not list(warehouse.parent.glob("*.damaged-*"))

    run(built["pages"], warehouse)
    assert mart_fingerprint(warehouse) == built["prints"]


def test_a_changed_file_held_by_a_reader_is_reported_busy_not_damaged(built, tmp_path):
    warehouse = copy_state(built["clean"], tmp_path / "w")
    (warehouse.parent / f"{NAME}.verified").unlink()  # as after a crash: the run reads the whole file first
    with holding(warehouse, "read") as reader:
        refused = run(built["pages"], warehouse, check=False)
    assert refused.returncode == 3, refused.stderr
    assert f"another process (PID {reader.pid}" in last_line(refused.stderr)
    assert "restore" not in refused.stderr and "damaged" not in refused.stderr


def test_a_query_before_the_first_publish_names_the_process_writing_the_live_file(built, tmp_path):
    warehouse = copy_state(built["clean"], tmp_path / "w")
    shutil.rmtree(published_path(warehouse).parent)  # as before the first successful run
    with holding(warehouse, "write") as writer:
        refused = coopwatch("query", "select 1", "--warehouse", str(warehouse), check=False)
    assert refused.returncode != 0
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1, refused.stderr
    assert f"another process (PID {writer.pid}" in lines[0]
    assert not lines[0].startswith("error: IO Error"), "the raw DuckDB message is no explanation"


def test_a_query_error_that_looks_like_markup_is_printed_as_it_is(built, tmp_path):
    refused = coopwatch("query", 'select * from "[/x]"', "--warehouse", str(built["clean"] / NAME), check=False)
    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    assert refused.stderr.splitlines()[0] == "error: Catalog Error: Table with name [/x] does not exist!"


# ---- 5. damage ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("damage", [damage_a_data_block, truncate], ids=["random-bytes-mid-file", "truncated"])
def test_a_damaged_warehouse_fails_the_run_with_restore_last_and_restore_brings_the_clean_marts_back(
        built, tmp_path, damage):
    warehouse = copy_state(built["clean"], tmp_path / "w")
    damage(warehouse, tmp_path / "scratch")

    refused = run(built["pages"], warehouse, check=False)  # nothing new: only the check can notice
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "damaged" in refused.stderr
    assert last_line(refused.stderr) == (f"next: put back the copy published by the last successful run: "
                                         f"coopwatch restore --warehouse {warehouse}")

    coopwatch("restore", "--warehouse", str(warehouse))
    assert list(warehouse.parent.glob(f"{NAME}.damaged-*")), "the damaged file is kept for inspection"
    run(built["pages"], warehouse)
    assert mart_fingerprint(warehouse) == built["prints"]


def test_damage_in_a_key_index_that_no_table_scan_reads_is_still_reported_as_damage(built, tmp_path):
    warehouse = copy_state(built["clean"], tmp_path / "w")
    damage_an_index_block(warehouse, tmp_path / "scratch")

    refused = run(built["pages"], warehouse, check=False)
    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "restore --warehouse" in last_line(refused.stderr)

    coopwatch("restore", "--warehouse", str(warehouse))
    assert updates_build_state(warehouse)


def test_restore_refuses_a_damaged_published_copy_in_one_line_and_leaves_the_warehouse_alone(built, tmp_path):
    warehouse = copy_state(built["clean"], tmp_path / "w")
    damage_a_data_block(published_path(warehouse), tmp_path / "scratch")
    before = (digest(warehouse), warehouse.stat().st_mtime_ns)

    refused = coopwatch("restore", "--warehouse", str(warehouse), check=False)

    assert refused.returncode == 1
    assert "Traceback" not in refused.stderr
    lines = refused.stderr.strip().splitlines()
    assert len(lines) == 1 and "damaged" in lines[0], refused.stderr
    assert (digest(warehouse), warehouse.stat().st_mtime_ns) == before
    assert not list(warehouse.parent.glob("*.damaged-*"))
