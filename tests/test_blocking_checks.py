"""A failing Pandera or page-accounting check stops the run before the published copy is replaced."""
from __future__ import annotations

import hashlib
import shutil

import dagster as dg
import duckdb
import pytest

from tests.conftest import REPO, SAMPLES, coopwatch
from warehouse.snapshot import published_path

pytestmark = pytest.mark.slow


def test_invalid_facts_stop_publishing_and_keep_the_last_good_copy(tmp_path, monkeypatch):
    home = tmp_path / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    warehouse = tmp_path / "w.duckdb"
    env = {"DAGSTER_HOME": str(home)}
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse), env=env)
    published = published_path(warehouse)
    good = hashlib.sha256(published.read_bytes()).hexdigest()
    # A fact row of the latest extraction that its Pandera schema rejects; nothing new to extract
    # follows, so the next run's fact check reads exactly these rows.
    con = duckdb.connect(str(warehouse))
    try:
        con.execute("update raw.fact_meetings set meeting_format = 'not-a-format' "
                    "where rowid = (select min(rowid) from raw.fact_meetings)")
    finally:
        con.close()

    failed = coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse), env=env, check=False)

    assert failed.returncode == 1, failed.stderr
    assert "fact_meetings_match_schema" in failed.stderr
    assert hashlib.sha256(published.read_bytes()).hexdigest() == good, "the last good copy was replaced"
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        last_run = instance.get_runs(limit=1)[0]
        materialized = {record.asset_key for record in instance.get_records_for_run(
            last_run.run_id, of_type=dg.DagsterEventType.ASSET_MATERIALIZATION).records}
    assert dg.AssetKey("published_warehouse") not in materialized
    assert dg.AssetKey(["raw", "fact_meetings"]) in materialized, "the run itself went as far as the check"
