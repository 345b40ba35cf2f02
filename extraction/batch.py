"""Run the extractor over a batch of articles and shape its output into validated fact frames."""
from __future__ import annotations

import functools
import hashlib
import json

import pandas as pd

from extraction.lexicon import PACKAGE_DIR, SEED_DIR
from ingestion.progress import track
from ingestion.schemas import FACT_SCHEMAS, split_valid

# extract_article returns these keys; each becomes one raw.fact_* table.
FACT_KEYS = {"meetings": "fact_meetings", "participants": "fact_participants", "amounts": "fact_amounts",
             "projects": "fact_projects", "sectors": "fact_sectors"}


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


def extract_batch(articles: pd.DataFrame) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """Extract facts from each article; return valid frames per fact table and quarantined rows."""
    from extraction import extract_article

    rows: dict[str, list[dict]] = {table: [] for table in FACT_KEYS.values()}
    quarantine: list[dict] = []
    for article in track(articles.to_dict("records"), "extracting facts", total=len(articles)):
        published = article["published_at"]
        payload = article | {"published_at": published.to_pydatetime() if hasattr(published, "to_pydatetime")
                             else published}
        try:
            facts = extract_article(payload)
        except Exception as exc:  # one article the rules choke on must not cost the batch
            quarantine.append({"source_ref": article["url"], "stage": "extract",
                               "reason": f"extractor error: {type(exc).__name__}: {exc}",
                               "record": json.dumps({"article_id": article["article_id"]})})
            continue
        for key, table in FACT_KEYS.items():
            rows[table] += [fact | {"article_id": article["article_id"], "version": int(article["version"])}
                            for fact in facts.get(key, [])]
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
