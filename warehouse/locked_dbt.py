"""Run dbt as the warehouse's one writer, holding the write lock itself and dying with its parent.

dagster-dbt starts dbt as a child process. When the step that started it was killed
with -9, that child went on writing for seconds without any lock: a new run then met
a file DuckDB refused to open, and `restore` set a healthy warehouse aside. Run as the
`coopwatch-dbt` executable, dbt holds the lock for as long as it has the file open and
is killed by the kernel as soon as its parent dies.
"""
from __future__ import annotations

import sys

from ingestion.workers import die_with_parent

# dbt commands that open the DuckDB file, and those that do not (--version has no command).
WRITING_COMMANDS = frozenset({"build", "run", "seed", "test", "snapshot", "run-operation", "compile", "show",
                              "source", "docs", "retry", "clone"})
OTHER_COMMANDS = frozenset({"parse", "list", "ls", "deps", "clean", "debug", "init"})


def writes(argv: list[str]) -> bool:
    """Tell whether a dbt command line opens the warehouse.

    The command is the first word naming one: global options and their values
    (`--log-format json`) may come before it.
    """
    command = next((arg for arg in argv if arg in WRITING_COMMANDS | OTHER_COMMANDS), None)
    return command in WRITING_COMMANDS


def main(argv: list[str] | None = None) -> int:
    """Run dbt with these arguments in this process, under the warehouse write lock when it writes."""
    argv = list(sys.argv[1:] if argv is None else argv)
    die_with_parent()
    from dbt.cli.main import cli

    from warehouse.db import warehouse_path
    from warehouse.snapshot import write_lock

    def dbt() -> int:
        try:
            cli.main(args=argv, prog_name="dbt", standalone_mode=True)
        except SystemExit as exc:
            return exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 1)
        return 0

    if not writes(argv):
        return dbt()
    with write_lock(warehouse_path()):
        return dbt()


if __name__ == "__main__":
    sys.exit(main())
