"""Time parsing alone (ingestion.parse.parse_page, one page after another) on real pages and on generated ones.

    python -m bench.run --real-pages ../trafilatura-eval/tests/eval [--pages 300]

Real pages from sites nobody here wrote are larger and messier than the generated ones
(scripts, inline styles, XHTML, several JSON-LD blocks), so the parse stage's speed on the
generated pages alone would flatter it. Both are timed in this one process, one core, file
reading excluded, the pages read as a folder source reads them (bytes and file name).
"""
from __future__ import annotations

import collections
import time
from pathlib import Path

from ingestion.parse import NotAnArticle, PageRefused, parse_page
from ingestion.sources import PAGE_SUFFIXES


def page_files(folder: Path) -> list[Path]:
    """List the page files of a folder (and its subfolders) as a directory source would."""
    return sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in PAGE_SUFFIXES)


def time_parsing(files: list[Path]) -> dict:
    """Parse every file once; return pages, bytes, seconds, pages/s, MB/s and the count of each outcome."""
    outcomes: collections.Counter = collections.Counter()
    total_bytes, seconds = 0, 0.0
    for path in files:
        data = path.read_bytes()
        kind = "text/plain" if path.suffix.lower() == ".txt" else "text/html"
        started = time.perf_counter()
        try:
            parse_page(data, content_type=kind, file_name=path.name)
            outcomes["article"] += 1
        except NotAnArticle:
            outcomes["not_article"] += 1
        except PageRefused:
            outcomes["refused"] += 1
        except Exception:  # a crash is a finding to report, not a reason to stop timing
            outcomes["error"] += 1
        seconds += time.perf_counter() - started
        total_bytes += len(data)
    return {"pages": len(files), "bytes": total_bytes, "seconds": seconds,
            "pages_per_second": len(files) / seconds if seconds else None,
            "mb_per_second": total_bytes / 1024 ** 2 / seconds if seconds else None,
            "mean_kb": total_bytes / 1024 / len(files) if files else None, "outcomes": dict(outcomes)}
