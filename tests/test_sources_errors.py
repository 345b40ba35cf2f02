"""A broken sources file ends `coopwatch run` with one line that says what is wrong and where."""
from __future__ import annotations

import os
import textwrap
from pathlib import Path

import dagster as dg
import pytest

from orchestration.defs.ingest import raw_pages
from orchestration.defs.resources import SourcesResource, WarehouseResource
from tests.conftest import REPO, coopwatch

# Every test starts a run: the coopwatch CLI or a Dagster materialization.
pytestmark = pytest.mark.slow

THREE_SOURCES = """
    sources:
      - {name: local, kind: directory, path: pages}
      - {name: picked, kind: urls, urls: ['https://news.example/a']}
      - {name: atom-feed, kind: atom, url: 'https://news.example/atom.xml'}
"""
# (sources file text, the reason after "<file>: "; for YAML syntax, its start)
BROKEN = {
    "bad YAML": ("sources:\n  - name: feed\n   kind: rss\n", "invalid YAML at line 3, column 4: "),
    "sources not a list": ("sources: {name: feed, kind: rss}\n", "expected a top-level 'sources:' list, got a mapping"),
    "unknown kind": (THREE_SOURCES,
                     "source 3 (atom-feed): kind must be one of directory, urls, rss, sitemap, got 'atom'"),
    "missing url": ("sources:\n  - {name: feed, kind: rss}\n",
                    "source 1 (feed): an rss source needs 'url' (one address)"),
    "bad max_pages": ("sources:\n  - {name: feed, kind: rss, url: 'https://x.example/f', max_pages: -5}\n",
                      "source 1 (feed): max_pages must be a positive whole number, got -5"),
    "missing directory": ("sources:\n  - {name: local, kind: directory, path: no-such-folder}\n",
                          "source 1 (local): directory {dir}/no-such-folder does not exist"),
}


def write_sources(folder: Path, text: str) -> Path:
    (folder / "pages").mkdir(exist_ok=True)
    path = folder / "sources.yml"
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


@pytest.mark.parametrize("case", list(BROKEN))
def test_a_broken_sources_file_stops_the_run_with_its_reason_on_the_last_line(tmp_path, case):
    text, reason = BROKEN[case]
    path = write_sources(tmp_path, text)
    typed = os.path.relpath(path, REPO)  # as a user would type it, relative to where the command runs

    proc = coopwatch("run", "--sources", typed, "--warehouse", str(tmp_path / "w.duckdb"), check=False)

    assert proc.returncode == 2
    last = [line for line in proc.stderr.splitlines() if line.strip()][-1]
    expected = f"error: {typed}: {reason.format(dir=tmp_path.resolve())}"
    assert last.startswith(expected) if case == "bad YAML" else last == expected
    assert "Traceback" not in proc.stdout + proc.stderr
    assert not (tmp_path / "w.duckdb").exists(), "nothing started"


def test_the_fetch_asset_fails_with_the_reason_and_no_stack_when_the_sources_file_is_broken(tmp_path):
    path = write_sources(tmp_path, THREE_SOURCES)

    result = dg.materialize([raw_pages], raise_on_error=False, resources={
        "warehouse": WarehouseResource(path=str(tmp_path / "w.duckdb")),
        "sources": SourcesResource(sources_file=str(path))})

    (failure,) = [event for event in result.all_events if event.is_step_failure]
    data = failure.step_failure_data
    assert data.user_failure_data.description == f"{path}: {BROKEN['unknown kind'][1]}"
    assert data.error.cause is None
