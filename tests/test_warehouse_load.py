"""Loading extracted facts into the raw layer."""
from __future__ import annotations

import pandas as pd

from extraction.batch import extract_batch
from warehouse import load
from warehouse.db import writer


def article(body: str) -> dict:
    return {"article_id": "a" * 20, "version": 1, "url": "https://x.example/a", "language": "ru",
            "title": "Переговоры в Ташкенте", "lead": None, "body": body,
            "published_at": pd.Timestamp("2025-03-12T10:00:00+05:00")}


def test_rejected_facts_are_quarantined_under_the_run_and_the_valid_ones_still_load(tmp_path, monkeypatch):
    import extraction

    def extractor(payload):
        # one valid sector and one with a code outside the contract
        return {"meetings": [], "participants": [], "amounts": [], "projects": [],
                "sectors": [{"sector_code": "trade", "evidence": "торговля", "confidence": 0.9},
                            {"sector_code": "gossip", "evidence": "слухи", "confidence": 0.9}]}

    monkeypatch.setattr(extraction, "extract_article", extractor)
    pending = pd.DataFrame([article("Стороны обсудили торговлю.")])
    frames, quarantine = extract_batch(pending)
    assert len(frames["fact_sectors"]) == 1 and len(quarantine) == 1
    with writer(tmp_path / "w.duckdb") as con:
        counts = load.load_facts(con, pending, frames, quarantine, "v1", "run-7")
        rows = con.execute("select run_id, stage, reason from raw.quarantine").fetchall()
        logged = con.execute("select count(*) from raw.extraction_log").fetchone()[0]
    assert counts["fact_sectors"] == 1 and logged == 1
    assert rows == [("run-7", "validate_fact_sectors", rows[0][2])] and "sector_code" in rows[0][2]


def test_an_extractor_crash_on_one_article_is_quarantined_with_its_reason(tmp_path, monkeypatch):
    import extraction

    def extractor(payload):
        raise ValueError("unexpected layout")

    monkeypatch.setattr(extraction, "extract_article", extractor)
    pending = pd.DataFrame([article("Текст.")])
    frames, quarantine = extract_batch(pending)
    with writer(tmp_path / "w.duckdb") as con:
        load.load_facts(con, pending, frames, quarantine, "v1", "run-8")
        (run_id, stage, reason), = con.execute("select run_id, stage, reason from raw.quarantine").fetchall()
    assert (run_id, stage) == ("run-8", "extract") and "unexpected layout" in reason


def test_schema_checks_read_only_the_facts_of_the_latest_extraction(tmp_path, monkeypatch):
    import extraction

    monkeypatch.setattr(extraction, "extract_article", lambda payload: {
        "meetings": [], "participants": [], "amounts": [], "projects": [],
        "sectors": [{"sector_code": "trade", "evidence": payload["body"], "confidence": 0.9}]})
    older, newer = pd.DataFrame([article("старая")]), pd.DataFrame([article("новая")]).assign(article_id="b" * 20)
    with writer(tmp_path / "w.duckdb") as con:
        for batch in (older, newer):
            load.load_facts(con, batch, extract_batch(batch)[0], [], "v1", "run")
        rows = load.facts_of_latest_extraction(con, "fact_sectors")
    assert list(rows["evidence"]) == ["новая"]
