"""Locate the dbt project and its dbt executable, and make sure its manifest exists."""

import hashlib
import shutil
import sys
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

from dagster_dbt import DbtCliInvocation, DbtCliResource, DbtProject

from ingestion.workers import mark_parent

DBT_PROJECT_DIR = Path(__file__).resolve().parents[2] / "dbt_project"


def dbt_executable() -> str:
    """Find `coopwatch-dbt` (dbt holding the warehouse write lock) beside this interpreter, else on PATH.

    Beside the interpreter first, so an un-activated .venv still uses its own. Plain dbt
    is never substituted: it would write without the lock.
    """
    beside = Path(sys.executable).with_name("coopwatch-dbt")
    found = str(beside) if beside.exists() else shutil.which("coopwatch-dbt")
    if not found:
        raise RuntimeError("coopwatch-dbt is not installed beside this Python; run `make install`")
    return found


class MarkedDbtCliResource(DbtCliResource):
    """Start dbt as a child that dies with this process, even if this process dies while dbt is starting."""

    def cli(self, args: Sequence[str], **kwargs: Any) -> DbtCliInvocation:
        """Mark this process as the parent, then start dbt.

        Here rather than before each call, so no start of dbt goes unmarked: an unmarked
        child orphaned while starting cannot tell and runs on alone (die_with_parent).
        """
        mark_parent()
        return super().cli(args, **kwargs)


def dbt_resource(project: DbtProject) -> MarkedDbtCliResource:
    """Build the dbt resource every start of dbt goes through: coopwatch-dbt, its children marked."""
    return MarkedDbtCliResource(project_dir=project, dbt_executable=dbt_executable())


def prepare(project: DbtProject) -> None:
    """Parse the dbt project into target/manifest.json, which Dagster reads to build the asset graph."""
    dbt_resource(project).cli(["parse", "--quiet"], target_path=project.target_path).wait()


def project_files() -> list[Path]:
    """List the files that define the dbt project: its config, models, seeds, macros and tests."""
    sources = (p for folder in ("models", "seeds", "macros", "tests") for p in (DBT_PROJECT_DIR / folder).rglob("*"))
    return sorted(p for p in [DBT_PROJECT_DIR / "dbt_project.yml", *sources] if p.is_file())


def manifest_is_stale(project: DbtProject) -> bool:
    """Tell whether any project file is newer than the manifest (or there is no manifest)."""
    if not project.manifest_path.exists():
        return True
    built = project.manifest_path.stat().st_mtime
    return any(p.stat().st_mtime > built for p in project_files())


def project_version() -> str:
    """Fingerprint the dbt project's files, so an edited model or seed forces a full build."""
    digest = hashlib.sha256()
    for path in project_files():
        digest.update(str(path.relative_to(DBT_PROJECT_DIR)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


@cache
def coopwatch_dbt_project() -> DbtProject:
    """Return the dbt project, parsed first when its manifest is missing or older than its files.

    A fresh clone has no target/manifest.json, and an edited model must show up in
    the asset graph; parsing here means neither the CLI nor the UI needs a build step.
    """
    project = DbtProject(project_dir=DBT_PROJECT_DIR, profiles_dir=DBT_PROJECT_DIR)
    if manifest_is_stale(project):
        prepare(project)
    return project
