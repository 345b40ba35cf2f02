"""Run the extractor over a batch of articles and shape its output into validated fact frames."""
from __future__ import annotations

import functools
import hashlib
import json

import pandas as pd

from extraction.lexicon import PACKAGE_DIR, SEED_DIR
from ingestion.progress import track
from ingestion.schemas import FACT_SCHEMAS, split_valid
from ingestion.workers import map_in_processes

# extract_article returns these keys; each becomes one raw.fact_* table.
FACT_KEYS = {"meetings": "fact_meetings", "participants": "fact_participants", "amounts": "fact_amounts",
             "projects": "fact_projects", "sectors": "fact_sectors"}
# Articles per extraction worker process: starting one (it loads the NER model) costs about that many articles.
EXTRACT_PER_WORKER = 20


@functools.cache
def extractor_version() -> str:
    """Fingerprint the extractor's code, lexicons and entity seeds.

    Any edit to a rule or a lexicon changes the fingerprint, so the next run
    re-extracts every article instead of leaving facts made by older rules.
    """
    digest = hashlib.sha256()
    files = sorted(p for p in PACKAGE_DIR.rglob("*") if p.is_file() and p.suffix in (".py", ".yml", ".yaml", ".csv", ".txt", ".json"))
    files += sorted(SEED_DIR.glob("*.csv"))
    for path in files:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _extract_one(article: dict) -> tuple[dict[str, list[dict]], dict | None]:
    """Extract one article's fact rows, or the quarantine row that explains why it could not be done."""
    from extraction import extract_article

    published = article["published_at"]
    payload = article | {"published_at": published.to_pydatetime() if hasattr(published, "to_pydatetime")
                         else published}
    try:
        facts = extract_article(payload)
    except Exception as exc:  # one article the rules choke on must not cost the batch
        return {}, {"source_ref": article["url"], "stage": "extract",
                    "reason": f"extractor error: {type(exc).__name__}: {exc}",
                    "record": json.dumps({"article_id": article["article_id"]})}
    keys = {"article_id": article["article_id"], "version": int(article["version"])}
    return {table: [fact | keys for fact in facts.get(key, [])] for key, table in FACT_KEYS.items()}, None


def extract_batch(articles: pd.DataFrame) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """Extract facts from each article; return valid frames per fact table and quarantined rows."""
    rows: dict[str, list[dict]] = {table: [] for table in FACT_KEYS.values()}
    quarantine: list[dict] = []
    records = articles.to_dict("records")
    # Workers load the NER model each: below 2 × EXTRACT_PER_WORKER articles one process is quicker.
    results = map_in_processes(_extract_one, records, len(records), EXTRACT_PER_WORKER)
    for facts, rejected in track(results, "extracting facts", total=len(records)):
        if rejected is not None:
            quarantine.append(rejected)
        for table, facts_of_table in facts.items():
            rows[table] += facts_of_table
    frames = {}
    for table, schema in FACT_SCHEMAS.items():
        frame = pd.DataFrame(rows[table])
        if frame.empty:
            frames[table] = frame
            continue
        valid, bad = split_valid(frame, schema)
        for i, reason in bad.items():
            record = frame.iloc[i].to_dict()
            quarantine.append({"source_ref": record.get("article_id"), "stage": f"validate_{table}",
                               "reason": reason, "record": json.dumps(record, default=str, ensure_ascii=False)})
        frames[table] = valid
    return frames, quarantine
