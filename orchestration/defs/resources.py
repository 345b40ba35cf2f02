"""Resources that tell the assets where the warehouse and the sources are."""

import contextlib
import os
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import dagster as dg

from ingestion.http import Fetcher, FetchPolicy
from ingestion.rawstore import RawStore
from ingestion.sources import Source, directory_source, load_fetch_policy, load_sources
from orchestration.defs.dbt_project import coopwatch_dbt_project, dbt_resource
from warehouse.db import raw_store_path, warehouse_path
from warehouse.snapshot import run_lock, verify

# DuckDB lets one process hold a file open for writing, and no other process may even read it
# meanwhile. Every op that opens the warehouse therefore takes a slot of this pool (limit 1
# across runs, see orchestration/dagster.yaml) and carries this tag (limit 1 within a run,
# should a multiprocess executor be configured).
WRITER_POOL = "warehouse_writer"
WAREHOUSE_TAG = "coopwatch/warehouse"
WAREHOUSE_ACCESS = {"pool": WRITER_POOL, "op_tags": {WAREHOUSE_TAG: "open"}}


class WarehouseResource(dg.ConfigurableResource):
    """The DuckDB warehouse file and its raw page store, held by one run at a time.

    Left empty, the path comes from COOPWATCH_WAREHOUSE at run time, the same
    variable dbt's profiles.yml reads, so Dagster and dbt always agree.
    """

    path: str | None = None

    @contextlib.contextmanager
    def yield_for_execution(self, context: dg.InitResourceContext) -> Iterator["WarehouseResource"]:
        """Take the warehouse's run lock for the run and read the file whole if it changed since the last run.

        Runs from the UI, schedules and sensors take the same lock as `coopwatch run`
        (which already holds it in its own process), so two runs never interleave their
        steps; a second run fails at once, saying which process holds the warehouse. With
        the in-process executor the resource lives as long as the run.
        """
        with run_lock(self.file()):
            verify(self.file())
            yield self

    def file(self) -> Path:
        return Path(self.path).resolve() if self.path else warehouse_path()

    def store(self) -> RawStore:
        return RawStore(raw_store_path(self.file()))


class SourcesResource(dg.ConfigurableResource):
    """Where pages come from: a sources file, or one folder of pages.

    COOPWATCH_PAGES (a folder) overrides the sources file; that is how
    `coopwatch run --pages DIR` runs on exactly one folder. The fetch policy comes
    from the sources file's `fetch:` options; per_host_interval, when set, overrides it.
    """

    sources_file: str | None = None
    pages_dir: str | None = None
    per_host_interval: float | None = None

    def _pages(self) -> str | None:
        return self.pages_dir or os.environ.get("COOPWATCH_PAGES")

    def sources(self) -> list[Source]:
        pages = self._pages()
        if pages:
            return [directory_source(pages)]
        return load_sources(self.sources_file)

    def fetch_policy(self) -> FetchPolicy:
        policy = load_fetch_policy(self.sources_file, read_file=not self._pages())
        if self.per_host_interval is not None:
            policy = replace(policy, per_host_interval=self.per_host_interval)
        return policy

    def fetcher(self) -> Fetcher:
        return Fetcher(self.fetch_policy())


@dg.definitions
def resources() -> dg.Definitions:
    # In-process: steps share the warehouse one at a time anyway, the run lock must live as long
    # as the run (a resource of the in-process executor does), and a run costs one start-up of
    # Dagster, dbt's imports and natasha instead of one per step.
    return dg.Definitions(executor=dg.in_process_executor, resources={
        "warehouse": WarehouseResource(),
        "sources": SourcesResource(),
        "dbt": dbt_resource(coopwatch_dbt_project()),
    })
