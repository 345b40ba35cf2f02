"""What the checks say after a refresh with nothing new, and that a failing one stops publishing."""
from __future__ import annotations

import hashlib
import shutil

import dagster as dg
import duckdb
import pytest

from tests.conftest import REPO, SAMPLES, coopwatch
from warehouse.snapshot import published_path

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """A samples warehouse built once by `coopwatch run` with a kept Dagster instance (the tests below run in order)."""
    root = tmp_path_factory.mktemp("checks")
    home = root / "dagster_home"
    home.mkdir()
    shutil.copy(REPO / "orchestration" / "dagster.yaml", home / "dagster.yaml")
    warehouse = root / "w.duckdb"
    coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse), env={"DAGSTER_HOME": str(home)})
    return home, warehouse


def last_run_events(home, monkeypatch, event_type: dg.DagsterEventType) -> list:
    monkeypatch.setenv("DAGSTER_HOME", str(home))
    with dg.DagsterInstance.get() as instance:
        run_id = instance.get_runs(limit=1)[0].run_id
        return [record.event_log_entry for record in
                instance.get_records_for_run(run_id, of_type=event_type, limit=10_000).records]


def test_a_run_with_nothing_new_keeps_each_dbt_tests_last_result_and_publishes(built, monkeypatch):
    home, warehouse = built
    again = coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse),
                      env={"DAGSTER_HOME": str(home)})
    assert "the marts are current" in again.stderr
    checks = [e.dagster_event.asset_check_evaluation_data
              for e in last_run_events(home, monkeypatch, dg.DagsterEventType.ASSET_CHECK_EVALUATION)]
    dbt_tests = [c for c in checks if "unique_id" in c.metadata]
    assert len(dbt_tests) > 50 and all(c.passed for c in dbt_tests)
    assert all(c.metadata["re_run"].value is False and c.metadata["result_of_run"].value for c in dbt_tests)
    materialized = {e.dagster_event.asset_key for e in
                    last_run_events(home, monkeypatch, dg.DagsterEventType.ASSET_MATERIALIZATION)}
    assert dg.AssetKey("published_warehouse") in materialized


def test_invalid_facts_stop_publishing_and_keep_the_last_good_copy(built, monkeypatch):
    home, warehouse = built
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

    failed = coopwatch("run", "--pages", str(SAMPLES / "pages"), "--warehouse", str(warehouse),
                       env={"DAGSTER_HOME": str(home)}, check=False)

    assert failed.returncode == 1, failed.stderr
    assert "fact_meetings_match_schema" in failed.stderr
    assert hashlib.sha256(published.read_bytes()).hexdigest() == good, "the last good copy was replaced"
    materialized = {e.dagster_event.asset_key for e in
                    last_run_events(home, monkeypatch, dg.DagsterEventType.ASSET_MATERIALIZATION)}
    assert dg.AssetKey("published_warehouse") not in materialized
    assert dg.AssetKey(["raw", "fact_meetings"]) in materialized, "the run itself went as far as the check"
