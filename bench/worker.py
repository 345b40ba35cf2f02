"""Measure one thing in a fresh process: a pipeline refresh, or the floors (NER alone, trafilatura alone).

bench/run.py starts one process per measurement so that every run pays its own
start-up, finds no cache warmed by an earlier run and has a peak memory of its own,
as a `coopwatch run` from cron would. The result is written as JSON to --out.
"""
from __future__ import annotations

import argparse
import contextlib
import faulthandler
import io
import json
import os
import resource
import signal
import threading
import time
from pathlib import Path

PAGE_SIZE = os.sysconf("SC_PAGE_SIZE")
# Dagster step keys -> the stage they are reported under.
STEP_STAGES = {"raw__fetch_log": "fetch", "articles": "articles", "facts": "extract",
               "entity_resolution": "extract", "coopwatch_dbt_models": "dbt", "published_warehouse": "publish"}


def _rss(pid: int | str) -> int:
    try:
        with open(f"/proc/{pid}/statm") as f:
            return int(f.read().split()[1]) * PAGE_SIZE
    except (OSError, IndexError, ValueError):
        return 0  # the process ended between listing and reading


def _children(pid: int | str) -> list[str]:
    found = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except OSError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as f:
                found += f.read().split()
        except OSError:
            continue
    return found


def tree_rss(pid: int | str = "self") -> int:
    """Return the resident memory of a process and all its descendants (dbt, extraction workers).

    A sum over processes counts pages they share (forked workers) in each, so it is an upper bound.
    """
    total, queue = 0, [str(os.getpid()) if pid == "self" else str(pid)]
    while queue:
        current = queue.pop()
        total += _rss(current)
        queue += _children(current)
    return total


class RssSampler(threading.Thread):
    """Sample the process tree's RSS every `interval` seconds, so peaks can be attributed to steps.

    getrusage only knows the peak of the whole process lifetime; sampling tells which
    step reached it. Samples are (time.time(), bytes), the clock Dagster stamps events with.
    """

    def __init__(self, interval: float = 0.1):
        super().__init__(daemon=True)
        self.interval = interval
        self.samples: list[tuple[float, int]] = []
        self._halt = threading.Event()

    def run(self) -> None:
        while not self._halt.is_set():
            self.samples.append((time.time(), tree_rss()))
            self._halt.wait(self.interval)

    def stop(self) -> None:
        self._halt.set()
        self.join()
        self.samples.append((time.time(), tree_rss()))

    def peak(self, start: float | None = None, end: float | None = None) -> int:
        values = [rss for t, rss in self.samples if (start is None or t >= start) and (end is None or t <= end)]
        return max(values, default=0)


def _hwm() -> int:
    """Return this process's own peak RSS (VmHWM), exact rather than sampled."""
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) * 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024


def _value(metadata_value):
    return getattr(metadata_value, "value", metadata_value)


def _dbt_nodes(run_id: str) -> list[dict]:
    """Return dbt's own timing of every model and test of this run's dbt invocation, slowest first.

    dagster-dbt gives each invocation a target folder named after the step and the run
    id's first seven characters; its run_results.json has one row per node built or tested.
    """
    from orchestration.defs.dbt_project import DBT_PROJECT_DIR

    nodes = []
    for results in Path(DBT_PROJECT_DIR).glob(f"target/coopwatch_dbt_models-{run_id[:7]}-*/run_results.json"):
        for row in json.loads(results.read_text()).get("results", []):
            nodes.append({"node": row["unique_id"].split(".", 1)[1], "status": row.get("status"),
                          "seconds": row.get("execution_time") or 0.0})
    return sorted(nodes, key=lambda node: -node["seconds"])


def run_pipeline(label: str, profile: Path | None = None) -> dict:
    """Run the refresh_all job in this process, as `coopwatch run` does, and time every step.

    With a profile path, the job runs under cProfile (every asset runs in this thread
    with the in-process executor; dbt's own process shows as waiting) and the stats go there.
    """
    sampler = RssSampler()
    sampler.start()
    began = time.perf_counter()
    import dagster as dg

    from orchestration.definitions import defs

    job = defs().resolve_job_def("refresh_all")
    # An ephemeral instance keeps benchmark runs out of the project's Dagster history.
    instance = dg.DagsterInstance.ephemeral()
    startup = time.perf_counter() - began
    chatter = io.StringIO()
    started = time.perf_counter()
    profiler = None
    if profile is not None:
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
    with contextlib.redirect_stdout(chatter), contextlib.redirect_stderr(chatter):
        result = job.execute_in_process(
            instance=instance, raise_on_error=False,
            run_config={"loggers": {"console": {"config": {"log_level": "ERROR"}}}})
    job_seconds = time.perf_counter() - started
    if profiler is not None:
        profiler.disable()
        profiler.dump_stats(str(profile))
    sampler.stop()
    steps: dict[str, dict] = {}
    for entry in instance.all_logs(result.run_id):
        event = entry.dagster_event
        if event is None or event.step_key is None:
            continue
        step = steps.setdefault(event.step_key, {})
        if event.event_type_value == "STEP_START":
            step["start"] = entry.timestamp
        elif event.event_type_value in ("STEP_SUCCESS", "STEP_FAILURE"):
            step["end"] = entry.timestamp
            step["ok"] = event.event_type_value == "STEP_SUCCESS"
    for step in steps.values():
        if "start" in step and "end" in step:
            step["seconds"] = step["end"] - step["start"]
            step["peak_rss"] = sampler.peak(step["start"], step["end"])
    metadata: dict[str, dict] = {}
    for event in result.all_events:
        if event.event_type_value == "ASSET_MATERIALIZATION":
            materialization = event.event_specific_data.materialization
            key = "/".join(materialization.asset_key.path)
            metadata[key] = {k: _value(v) for k, v in materialization.metadata.items()}
    failures = [f"{e.step_key}: {e.step_failure_data.error.message.strip()[:500]}"
                for e in result.all_events if e.is_step_failure]
    return {"label": label, "success": result.success, "failures": failures,
            "chatter_tail": chatter.getvalue()[-3000:] if not result.success else "",
            "startup_seconds": startup, "job_seconds": job_seconds, "steps": steps, "metadata": metadata,
            "peak_rss": sampler.peak(), "self_peak_rss": _hwm(),
            "children_peak_rss": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss * 1024,
            **_audit(Path(os.environ["COOPWATCH_WAREHOUSE"])), "dbt_nodes": _dbt_nodes(result.run_id),
            "profile": str(profile) if profile else None}


def _audit(warehouse: Path) -> dict:
    """Return the run's pages by audit status and the size of raw.articles after it.

    A refresh that finds nothing new must leave raw.articles as it was: its row count
    (versions) and article count are what shows it.
    """
    import duckdb

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        audit = dict(con.execute("select status, count(*) from main.audit_pages group by 1").fetchall())
        rows, articles = con.execute("select count(*), count(distinct article_id) from raw.articles").fetchone()
        return {"audit": audit, "articles": {"rows": rows, "articles": articles}}
    finally:
        con.close()


def run_floors(pages: Path, warehouse: Path, limit: int, ner_limit: int | None, trafilatura_too: bool) -> dict:
    """Time natasha's NER alone over the loaded article texts and trafilatura alone over the pages."""
    import duckdb
    import trafilatura

    files = sorted(pages.glob("*.html"))[:limit] if trafilatura_too else []
    extract_seconds = 0.0
    for path in files:
        text = path.read_bytes().decode("utf-8")
        started = time.perf_counter()
        # the options ingestion/parse.py passes, so the floor does the same extraction work
        trafilatura.bare_extraction(text, with_metadata=True, include_comments=False, include_tables=False,
                                    favor_precision=True)
        extract_seconds += time.perf_counter() - started

    con = duckdb.connect(str(warehouse), read_only=True)
    try:
        texts = con.execute("""
            select language, concat_ws(chr(10), title, lead, body) from raw.articles
            where run_id = (select run_id from raw.articles order by loaded_at limit 1)
            order by source_ref
        """).fetchall()[:ner_limit]
    finally:
        con.close()
    started = time.perf_counter()
    # the same models extraction/entities.py builds
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter, tagger = Segmenter(), NewsNERTagger(NewsEmbedding())
    load_seconds = time.perf_counter() - started
    ner_seconds = {"ru": 0.0, "en": 0.0}
    counts = {"ru": 0, "en": 0}
    for language, text in texts:
        started = time.perf_counter()
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)
        lang = "ru" if language == "ru" else "en"
        ner_seconds[lang] += time.perf_counter() - started
        counts[lang] += 1
    return {"trafilatura": {"pages": len(files), "seconds": extract_seconds},
            "ner": {"articles": len(texts), "model_load_seconds": load_seconds,
                    "seconds": sum(ner_seconds.values()), "ru_articles": counts["ru"],
                    "ru_seconds": ner_seconds["ru"], "en_articles": counts["en"], "en_seconds": ner_seconds["en"]},
            "blas_threads": os.environ.get("OPENBLAS_NUM_THREADS", "default"), "self_peak_rss": _hwm()}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="what", required=True)
    p_run = sub.add_parser("pipeline", help="one refresh of the warehouse named by COOPWATCH_WAREHOUSE")
    p_run.add_argument("--label", required=True)
    p_run.add_argument("--out", required=True)
    p_run.add_argument("--profile", help="run the job under cProfile and dump its stats to this file")
    p_floor = sub.add_parser("floors", help="NER alone and trafilatura alone")
    p_floor.add_argument("--pages", required=True, help="folder of the generated .html pages")
    p_floor.add_argument("--warehouse", required=True, help="warehouse whose first batch of articles to read")
    p_floor.add_argument("--limit", type=int, required=True, help="how many pages (the first ones) to extract")
    p_floor.add_argument("--ner-limit", type=int, help="tag only this many article texts (a sample)")
    p_floor.add_argument("--no-trafilatura", action="store_true", help="time NER only")
    p_floor.add_argument("--out", required=True)
    args = parser.parse_args(argv)
    # bench/run.py sends SIGUSR1 every few seconds during a scale run, a sampling profile of
    # negligible cost: every thread's Python stack is appended to <out>.stacks each time.
    stacks = open(args.out + ".stacks", "a")  # noqa: SIM115 - open for the process's lifetime
    faulthandler.register(signal.SIGUSR1, file=stacks, all_threads=True)
    if args.what == "pipeline":
        result = run_pipeline(args.label, Path(args.profile) if args.profile else None)
    else:
        result = run_floors(Path(args.pages), Path(args.warehouse), args.limit, args.ner_limit,
                            not args.no_trafilatura)
    Path(args.out).write_text(json.dumps(result, indent=1, default=str))
    return 0 if result.get("success", True) else 1


if __name__ == "__main__":
    raise SystemExit(main())
