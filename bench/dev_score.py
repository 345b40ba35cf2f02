"""Score a built warehouse on the two parts of the dev set: the part rules are tuned on, and the part only measured.

Rules written while looking at every dev article would score well on them and
nowhere else; a fixed third of the articles (chosen by a hash of the doc id, so
no one picks them) is never read while writing rules, and the gap between the
two parts is the honest estimate of how the extractor does on unseen news.

    python -m bench.dev_score --warehouse build/dev.duckdb                # both parts and all
    python -m bench.dev_score --warehouse build/dev.duckdb --part tune --verbose   # errors to work on
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED_EVAL = REPO.parent / "shared" / "eval"
DEV_GOLD = SHARED_EVAL / "dev" / "gold.jsonl"
PARTS = ("tune", "measure", "all")
CATEGORIES = ("meetings", "amounts", "projects", "sectors")


def is_measure_only(doc: str) -> bool:
    """Tell whether a dev doc id belongs to the part that is only measured (one in three, by hash)."""
    return int(hashlib.sha1(doc.encode()).hexdigest(), 16) % 3 == 0


def part_of(doc: str) -> str:
    """Name the part of the dev set a doc id belongs to."""
    return "measure" if is_measure_only(doc) else "tune"


def split_gold(lines: list[str], part: str) -> list[str]:
    """Keep the gold lines of one part ("all" keeps every line)."""
    keep = []
    for line in lines:
        if line.strip() and (part == "all" or part_of(json.loads(line)["doc"]) == part):
            keep.append(line)
    return keep


def _scorer():
    """Load the shared scorer (it is a script, not a package)."""
    spec = importlib.util.spec_from_file_location("coopwatch_shared_score", SHARED_EVAL / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_part(warehouse: Path, gold: Path, part: str, verbose: bool = False) -> dict:
    """Score the warehouse on one part of the gold file."""
    lines = split_gold(gold.read_text(encoding="utf-8").splitlines(), part)
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as handle:
        handle.write("\n".join(lines) + "\n")
    try:
        return _scorer().score(str(warehouse), handle.name, verbose)
    finally:
        Path(handle.name).unlink()


def summary_line(part: str, result: dict) -> str:
    """One line of F1 and attribute accuracies for a part."""
    cells = [f"{part:8s} ({result['articles']:2d} docs)"]
    for key in CATEGORIES:
        s = result[key]
        accuracies = " ".join(f"{k.removesuffix('_accuracy')} {v:.2f}" for k, v in s.items()
                              if k.endswith("_accuracy") and v is not None)
        cells.append(f"{key} {s['f1']:.3f}" + (f" [{accuracies}]" if accuracies else ""))
    return " · ".join(cells)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--warehouse", type=Path, required=True)
    parser.add_argument("--gold", type=Path, default=DEV_GOLD)
    parser.add_argument("--part", choices=PARTS, help="one part only (default: tune, measure and all)")
    parser.add_argument("--verbose", action="store_true", help="list the errors of the part (use with --part tune)")
    args = parser.parse_args(argv)
    for part in [args.part] if args.part else PARTS:
        result = score_part(args.warehouse, args.gold, part, args.verbose)
        for line in result.get("log", []):
            print(line)
        print(summary_line(part, result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
