"""A Dagster logger that prints one line per step and the assets' own summaries.

`coopwatch run` switches it on; in the UI it stays silent, since the UI shows runs itself.
"""
import logging
import sys
import time

import dagster as dg
from rich.console import Console

DBT_STEP = "coopwatch_dbt_models"
# Messages the dbt step logs itself (not dbt's own lines) start with this.
OWN_NOTE = "coopwatch:"
PROGRESS_EVENTS = {"STEP_START": "started", "STEP_SUCCESS": "done", "STEP_FAILURE": "FAILED"}


class ProgressHandler(logging.Handler):
    """Turn Dagster step events into short progress lines on the real stderr."""

    def __init__(self):
        super().__init__(logging.DEBUG)  # step events arrive at DEBUG
        self.started: dict[str, float] = {}
        # sys.__stderr__: the CLI captures sys.stderr to hide Dagster's own event stream
        self.console = Console(file=sys.__stderr__, soft_wrap=True)

    def emit(self, record: logging.LogRecord) -> None:
        meta = getattr(record, "dagster_meta", None) or {}
        event = meta.get("dagster_event")
        step = meta.get("step_key") or "run"
        if event is not None:
            label = PROGRESS_EVENTS.get(event.event_type_value)
            if label == "started":
                self.started[step] = time.monotonic()
                self.console.print(f"[cyan]▶[/] {step}")
            elif label:
                took = time.monotonic() - self.started.get(step, time.monotonic())
                colour = "green" if label == "done" else "red"
                self.console.print(f"[{colour}]{'✓' if label == 'done' else '✗'}[/] {step} {label} in {took:.1f}s")
        elif record.levelno >= logging.INFO and meta.get("orig_message"):
            message = meta["orig_message"]
            # dbt logs one line per node; its closing tally and our own notes are the parts worth showing
            if step.startswith(DBT_STEP) and not message.lstrip().startswith(("Done.", OWN_NOTE)):
                return
            self.console.print(f"  {step}: {message.strip()}", markup=False, highlight=False)


@dg.logger(config_schema={"enabled": dg.Field(bool, default_value=False)},
           description="One line per step on stderr; enabled by `coopwatch run`.")
def progress_logger(init_context: dg.InitLoggerContext) -> logging.Logger:
    logger = logging.Logger("coopwatch.progress", level=logging.DEBUG)
    if init_context.logger_config["enabled"]:
        logger.addHandler(ProgressHandler())
    return logger


@dg.definitions
def loggers() -> dg.Definitions:
    return dg.Definitions(loggers={"console": dg.colored_console_logger, "progress": progress_logger})
