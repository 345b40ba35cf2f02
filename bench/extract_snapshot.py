"""Write every parseable page's extracted facts as canonical JSON and time extract_article.

Speed work on the rule layer must not change a single fact: a snapshot taken before
and after a change is compared with `cmp`, and the same run measures articles/second
on one core, so each optimisation is proven identical and measured in one step.

    python -m bench.extract_snapshot --out /tmp/snap.jsonl            # facts, then timing on stderr
    python -m bench.extract_snapshot --out /tmp/snap.jsonl --profile 25
    python -m bench.extract_snapshot --out /tmp/snap.jsonl --pyinstrument /tmp/extract.html   # call tree
"""
from __future__ import annotations

import argparse
import cProfile
import dataclasses
import io
import json
import os
import pstats
import sys
import tempfile
import time
from pathlib import Path

# One core means one BLAS thread too: natasha's small numpy layers with OpenBLAS threads spinning
# against a shared machine took four times the CPU, which would drown any rule-layer change.
# Set before numpy is imported; an explicit setting in the environment still wins.
for _name in ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_name, "1")

from extraction import extract_article, lexicon  # noqa: E402  (after the BLAS setting)
from ingestion.parse import NotAnArticle, PageRefused, parse_page  # noqa: E402

REPO = Path(__file__).resolve().parents[1]
SHARED_DEV = REPO.parent / "shared" / "eval" / "dev" / "pages"  # read in place, never copied (third-party text)
GENERATED = Path(tempfile.gettempdir()) / "coopwatch-snapshot-pages"
GENERATED_PAGES = 400
PAGE_SUFFIXES = (".html", ".htm", ".txt")
# Loads the NER model, pymorphy and the gazetteers before the clock starts: a worker pays that once.
WARM_UP = {"language": "ru", "title": "Встреча", "lead": None, "body": "Президенты провели переговоры в Ташкенте.",
           "published_at": None}


def page_paths(generated: Path) -> list[Path]:
    """Return every page of the shared, bundled and generated sets, in a fixed order."""
    if not (generated / "pages").is_dir():
        from bench.generate import generate

        generate(generated, GENERATED_PAGES)
    folders = [SHARED_DEV, *sorted(REPO.glob("eval/*/pages")), REPO / "samples", generated / "pages"]
    return [p for folder in folders if folder.is_dir()
            for p in sorted(folder.rglob("*")) if p.suffix in PAGE_SUFFIXES]


def label_of(path: Path) -> str:
    """Name a page by its place in the checkout, so snapshots of two checkouts compare equal."""
    return str(path.relative_to(REPO)) if path.is_relative_to(REPO) else str(path)


def article_of(path: Path) -> dict:
    """Parse one page the way the pipeline does and return the record extract_article receives."""
    kind = "text/plain" if path.suffix == ".txt" else "text/html"
    return dataclasses.asdict(parse_page(path.read_bytes(), content_type=kind))


def canonical(record: dict) -> str:
    """Return one JSON line that is byte-identical whenever the record is equal."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)


def extract_all(articles: list[tuple[str, dict]]) -> tuple[list[str], float, float]:
    """Extract every article; return its snapshot lines and the wall and CPU seconds spent in extract_article only.

    CPU seconds are reported too because the machine is shared: they barely move when
    another process competes for the core, so they compare runs more fairly than wall time.
    """
    lines, wall, cpu = [], 0.0, 0.0
    for label, article in articles:
        started, started_cpu = time.perf_counter(), time.process_time()
        facts = extract_article(article)
        wall += time.perf_counter() - started
        cpu += time.process_time() - started_cpu
        lines.append(canonical({"page": label, "facts": facts}))
    return lines, wall, cpu


def top_functions(profile: cProfile.Profile, limit: int) -> str:
    """Return the costliest functions by own time, with own and cumulative share of the total."""
    stats = pstats.Stats(profile)
    total = stats.total_tt or 1.0
    rows = sorted(stats.stats.items(), key=lambda kv: kv[1][2], reverse=True)[:limit]
    out = io.StringIO()
    out.write(f"{'tottime':>8} {'tot%':>6} {'cumtime':>8} {'cum%':>6} {'calls':>9}  function\n")
    for (file, line, name), (_, calls, tottime, cumtime, _) in rows:
        where = f"{Path(file).name}:{line}({name})"
        out.write(f"{tottime:8.3f} {100 * tottime / total:5.1f}% {cumtime:8.3f} {100 * cumtime / total:5.1f}% "
                  f"{calls:9d}  {where}\n")
    return out.getvalue()


def main(argv: list[str] | None = None) -> None:
    """Parse, warm up, extract and write the snapshot; print the timing."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="snapshot file (one JSON line per page)")
    parser.add_argument("--generated", type=Path, default=GENERATED, help="folder of generated pages (made if absent)")
    parser.add_argument("--profile", type=int, default=0, metavar="N", help="run under cProfile and print the top N")
    parser.add_argument("--pyinstrument", type=Path, metavar="HTML",
                        help="run under pyinstrument (statistical, low overhead), write its call tree there "
                             "and print it as text")
    args = parser.parse_args(argv)

    articles, skipped = [], []
    for path in page_paths(args.generated):
        try:
            articles.append((label_of(path), article_of(path)))
        except (NotAnArticle, PageRefused) as exc:
            skipped.append(canonical({"page": label_of(path), "skipped": f"{type(exc).__name__}: {exc}"}))
    extract_article(WARM_UP)
    lexicon.morph()  # the warm-up article needs no lemma, so pymorphy's dictionaries are loaded here
    profile = cProfile.Profile() if args.profile else None
    sampler = None
    if args.pyinstrument:
        from pyinstrument import Profiler

        sampler = Profiler(interval=0.001)
        sampler.start()
    if profile:
        profile.enable()
    lines, wall, cpu = extract_all(articles)
    if profile:
        profile.disable()
    if sampler:
        sampler.stop()
        args.pyinstrument.write_text(sampler.output_html(), encoding="utf-8")
        print(sampler.output_text(unicode=True, show_all=False), file=sys.stderr)
    args.out.write_text("\n".join(sorted(lines + skipped)) + "\n", encoding="utf-8")
    timing = {"articles": len(articles), "skipped": len(skipped), "extract_seconds": round(wall, 3),
              "articles_per_second": round(len(articles) / wall, 2), "cpu_seconds": round(cpu, 3),
              "articles_per_cpu_second": round(len(articles) / cpu, 2), "profiled": bool(profile or sampler)}
    print(json.dumps(timing), file=sys.stderr)
    if profile:
        print(top_functions(profile, args.profile), file=sys.stderr)


if __name__ == "__main__":
    main()
