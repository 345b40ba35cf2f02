"""Run the extractor over a batch of articles and shape its output into validated fact frames."""
from __future__ import annotations

import concurrent.futures
import functools
import hashlib
import json
import logging
import multiprocessing
import os

import pandas as pd

from extraction.lexicon import PACKAGE_DIR, SEED_DIR
from ingestion.progress import track
from ingestion.schemas import FACT_SCHEMAS, split_valid

# extract_article returns these keys; each becomes one raw.fact_* table.
FACT_KEYS = {"meetings": "fact_meetings", "participants": "fact_participants", "amounts": "fact_amounts",
             "projects": "fact_projects", "sectors": "fact_sectors"}
# Below this many articles, starting worker processes (each loads the NER model) costs more than it saves.
PARALLEL_FROM = 40

log = logging.getLogger(__name__)


def worker_count() -> int:
    """Return how many processes extraction may use: COOPWATCH_WORKERS, else every core."""
    configured = os.environ.get("COOPWATCH_WORKERS", "").strip()
    return max(1, int(configured)) if configured else (os.cpu_count() or 1)


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


def _extract_all(records: list[dict]):
    """Yield each article's result in input order, on every core when the batch is big enough.

    Extraction is CPU-bound Python (NER, lemmatisation, regexes), so processes, not
    threads, are what use a second core. Workers come from a forkserver: forking the
    Dagster process itself, which runs threads, is unsafe.
    """
    workers = min(worker_count(), max(1, len(records) // (PARALLEL_FROM // 2)))
    done = 0
    if workers > 1:
        try:
            context = multiprocessing.get_context("forkserver")
            with concurrent.futures.ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
                for result in pool.map(_extract_one, records, chunksize=8):
                    yield result
                    done += 1
            return
        except (AssertionError, OSError, concurrent.futures.process.BrokenProcessPool) as exc:
            # e.g. a daemonic process may not have children; the rest is extracted here instead
            log.warning("extracting in one process after %d articles: workers failed (%s)", done, exc)
    yield from map(_extract_one, records[done:])


def extract_batch(articles: pd.DataFrame) -> tuple[dict[str, pd.DataFrame], list[dict]]:
    """Extract facts from each article; return valid frames per fact table and quarantined rows."""
    rows: dict[str, list[dict]] = {table: [] for table in FACT_KEYS.values()}
    quarantine: list[dict] = []
    records = articles.to_dict("records")
    for facts, rejected in track(_extract_all(records), "extracting facts", total=len(records)):
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
