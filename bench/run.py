"""Benchmark the whole pipeline on generated pages and compare it with its floors.

    python -m bench.run --pages 1000 [--source folder|http|both] [--increment 100] [--out bench/results]
                        [--aliases 0.3 --edits 0.1] [--noop-runs 2]

For each source (a folder of pages, and the same pages behind a loopback HTTP server
listed by a sitemap) it runs refreshes on a fresh warehouse, each in its own process:
a cold one over N pages, one or more with nothing new, and one after K new pages
appeared. With --aliases and --edits a share of the pages are other addresses or edited
copies of an article (bench.generate), which must load once and then never again.
It reports per stage (fetch, parse, validate, load, extract, dbt) the wall
time, pages per second and peak memory, measures the floors on the same input
(natasha's NER alone, trafilatura alone), prints tables and writes a JSON file.
"""
from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import functools
import http.server
import json
import os
import platform
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import yaml
from rich.console import Console
from rich.table import Table

from bench.generate import DEFAULT_SEED, PAGES_DIR, SITEMAP, add_variant_options, article_index, generate
from bench.worker import STEP_STAGES

REPO = Path(__file__).resolve().parents[1]
RESULTS = Path(__file__).resolve().parent / "results"
STAGES = ("fetch", "parse", "validate", "load", "extract", "checks", "dbt", "publish")
TARGET_RATIO, TARGET_NOOP_SECONDS, TARGET_RSS = 0.7, 5.0, 2 * 1024 ** 3
# Issue 10: a nothing-new refresh of 1,000 pages with alias and edited copies, whole process, start-up included.
TARGET_NOOP_WALL_SECONDS, TARGET_NOOP_WALL_PAGES = 15.0, 1000
# +K new pages on a warehouse grown to --scale-to articles may cost at most this many times the same on N.
TARGET_SCALE_RATIO = 2.0
STACK_SAMPLE_SECONDS = 2.0  # how often a scale run's refreshes dump their stacks (a sampling profile)
# natasha's numpy layers are small; on a shared 2-core machine BLAS threads fighting over the
# cores made them several times slower than one thread. The floor is measured both ways and
# the faster one counts, so the floor is never made easy by a bad thread setting.
BLAS_THREADS = ("OPENBLAS_NUM_THREADS", "OMP_NUM_THREADS", "MKL_NUM_THREADS")
NER_SAMPLE = 300
# Not on a terminal (a log, CI), rich would wrap the tables at 80 columns.
console = Console(width=None if sys.stdout.isatty() else 132)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """Serve the generated site; stay silent, a log line per page would drown the report."""

    def log_message(self, format, *args):  # noqa: A002 - the signature http.server defines
        pass


def serve(root: Path) -> tuple[http.server.ThreadingHTTPServer, str]:
    """Serve root on an ephemeral loopback port from a background thread; return the server and its base URL."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(QuietHandler, directory=str(root)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server, f"http://127.0.0.1:{server.server_address[1]}/"


def sources_file(path: Path, mode: str, site: Path, base_url: str | None) -> Path:
    """Write the sources file a mode runs with: a directory source, or a sitemap on the loopback server."""
    if mode == "folder":
        doc = {"sources": [{"name": "bench-folder", "kind": "directory", "path": str(site / PAGES_DIR)}]}
    else:
        # The fetcher refuses non-public addresses unless told; allow exactly loopback, with no politeness delay.
        doc = {"fetch": {"allowed_networks": ["127.0.0.0/8"], "per_host_interval": 0},
               "sources": [{"name": "bench-http", "kind": "sitemap", "url": base_url + SITEMAP}]}
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def worker(args: list[str], env: dict[str, str], out: Path, timeout: float | None = None,
           sample_every: float | None = None) -> dict:
    """Run bench.worker in a fresh process and return what it measured, with its wall time as `wall_seconds`.

    With sample_every, the worker's Python stacks are dumped that often (SIGUSR1, see
    bench/worker.py) into <out>.stacks; with timeout, a worker still running then is
    sampled once more and killed with its children, and the result says it timed out.
    """
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("COOPWATCH_")}
    full_env.update(env)
    full_env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    stacks = Path(str(out) + ".stacks")
    stacks.unlink(missing_ok=True)
    started = time.perf_counter()
    with tempfile.TemporaryFile("w+") as stdout, tempfile.TemporaryFile("w+") as stderr:
        proc = subprocess.Popen([sys.executable, "-m", "bench.worker", *args, "--out", str(out)], cwd=REPO,
                                env=full_env, stdout=stdout, stderr=stderr, text=True, start_new_session=True)
        timed_out = False
        while proc.poll() is None:
            elapsed = time.perf_counter() - started
            if timeout is not None and elapsed > timeout:
                _sample(proc, stacks, elapsed)
                time.sleep(1)
                os.killpg(proc.pid, 9)  # the worker's own session: it, dbt and extraction workers, nothing else
                proc.wait()
                timed_out = True
                break
            # wait rather than sleep: it returns the moment the worker ends, so its wall time is exact
            with contextlib.suppress(subprocess.TimeoutExpired):
                proc.wait(timeout=min(sample_every or 1.0, 1.0))
            if (sample_every and proc.poll() is None
                    and time.perf_counter() - started >= sample_every * (len(_sampled(stacks)) + 1)):
                _sample(proc, stacks, time.perf_counter() - started)
        wall = time.perf_counter() - started
        stderr.seek(0)
        err_text = stderr.read()
    if timed_out:
        console.print(f"[red]{args[0]} {args[2] if len(args) > 2 else ''} timed out after {timeout:.0f} s[/]")
        return {"label": args[2] if len(args) > 2 else args[0], "success": False, "timed_out": True,
                "failures": [f"timed out after {timeout:.0f} s"], "startup_seconds": None, "job_seconds": timeout,
                "wall_seconds": wall, "articles": {},
                "steps": {}, "metadata": {}, "peak_rss": 0, "audit": {}, "dbt_nodes": [],
                "stack_samples": summarize_stacks(stacks)}
    if not out.exists():
        raise RuntimeError(f"bench.worker {' '.join(args)} exited {proc.returncode}:\n{err_text[-5000:]}")
    result = json.loads(out.read_text()) | {"wall_seconds": wall}
    if sample_every:
        result["stack_samples"] = summarize_stacks(stacks)
    if proc.returncode != 0:
        console.print(f"[red]{args[0]} {result.get('label', '')} failed:[/] {result.get('failures')}")
        console.print(result.get("chatter_tail", ""), markup=False, highlight=False)
    return result


SAMPLE_MARK = "=== sample at "


def _sample(proc: subprocess.Popen, stacks: Path, elapsed: float) -> None:
    """Mark a sample in the stacks file and ask the worker to append its threads' stacks.

    Only once the worker has created the file, i.e. registered its handler: before that,
    SIGUSR1 would end the process.
    """
    if not stacks.exists():
        return
    with stacks.open("a") as f:
        f.write(f"{SAMPLE_MARK}{elapsed:.1f} s\n")
    try:
        os.kill(proc.pid, signal.SIGUSR1)
    except ProcessLookupError:
        pass


def _sampled(stacks: Path) -> list[str]:
    return stacks.read_text().split(SAMPLE_MARK)[1:] if stacks.exists() else []


def summarize_stacks(stacks: Path, top: int = 15) -> dict:
    """Count, over the samples, where the job's thread was: innermost project frame and innermost frame.

    The job's thread is the one that runs bench/worker.py's module code; a project
    frame is one in this repository outside the virtualenv.
    """
    project, innermost, steps = {}, {}, {}
    samples = _sampled(stacks)
    for sample in samples:
        for block in sample.split("\n\n"):
            frames = [line.strip() for line in block.splitlines() if line.strip().startswith("File ")]
            # run with -m, so runpy's frames lie outside the worker's module frame
            if not any("bench/worker.py" in frame and "<module>" in frame for frame in frames):
                continue
            mine = [f for f in frames if str(REPO) in f and "/.venv/" not in f and "bench/worker.py" not in f]
            for counter, frame in ((project, mine[0] if mine else "(none)"), (innermost, frames[0])):
                key = frame.replace(f'File "{REPO}/', 'File "')
                counter[key] = counter.get(key, 0) + 1
            asset = next((f for f in reversed(mine) if "/orchestration/defs/" in f), "(outside an asset)")
            asset = asset.replace(f'File "{REPO}/', 'File "')
            steps[asset] = steps.get(asset, 0) + 1

    def ranked(counter: dict) -> list[tuple[str, int]]:
        return sorted(counter.items(), key=lambda kv: -kv[1])[:top]

    return {"samples": len(samples), "file": str(stacks), "outermost_asset_frame": ranked(steps),
            "innermost_project_frame": ranked(project), "innermost_frame": ranked(innermost)}


def stages(run: dict, pages: int) -> dict[str, dict]:
    """Fold Dagster steps into the reported stages, splitting `articles` into parse, validate and load."""
    out = {name: {"seconds": 0.0, "peak_rss": 0, "items": None} for name in STAGES}
    for key, step in run["steps"].items():
        stage = STEP_STAGES.get(key, "checks")  # every other step is an asset check
        stage = "parse" if stage == "articles" else stage
        out[stage]["seconds"] += step.get("seconds", 0.0)
        out[stage]["peak_rss"] = max(out[stage]["peak_rss"], step.get("peak_rss", 0))
    articles = run["metadata"].get("raw/articles", {})
    for phase in ("validate", "load"):
        seconds = float(articles.get(f"{phase}_seconds") or 0.0)
        out[phase]["seconds"] = seconds
        out["parse"]["seconds"] -= seconds  # what is left of the step: reading the batch and parsing
        out[phase]["peak_rss"] = out["parse"]["peak_rss"]  # one step, so one sampled peak
    fetch = run["metadata"].get("raw/fetch_log", {})
    out["fetch"]["items"] = fetch.get("pages")
    out["parse"]["items"] = articles.get("pages")
    out["validate"]["items"] = articles.get("pages")
    out["load"]["items"] = articles.get("new_versions", articles.get("loaded"))
    out["extract"]["items"] = run["metadata"].get("raw/fact_meetings", {}).get("articles_extracted")
    for stage in out.values():
        stage["pages_per_second"] = pages / stage["seconds"] if stage["seconds"] > 0 else None
    return out


def run_mode(mode: str, workdir: Path, pages: int, increment: int, seed: int, floors_wanted: bool,
             aliases: float = 0.0, edits: float = 0.0, noop_runs: int = 1) -> dict:
    """Build a warehouse from N pages of one source, refresh it noop_runs times with nothing new, then with K new pages.

    With aliases and edits, a share of the N pages are alias addresses and edited copies
    of the articles among them (bench.generate), so the warehouse gets fewer articles than pages.
    """
    root = workdir / mode
    site = root / "site"
    started = time.perf_counter()
    written = generate(site, pages, seed=seed, aliases=aliases, edits=edits)
    generated = time.perf_counter() - started
    server, base_url = serve(site) if mode == "http" else (None, None)
    env = {"COOPWATCH_WAREHOUSE": str(root / "warehouse.duckdb"),
           "COOPWATCH_SOURCES": str(sources_file(root / "sources.yml", mode, site, base_url))}
    result = {"generation_seconds": generated, "generated_articles": len({article_index(p) for p in written}),
              "phases": {}}
    try:
        console.print(f"[bold]{mode}[/]: cold refresh of {pages} pages ({result['generated_articles']} articles) …")
        cold = worker(["pipeline", "--label", "cold"], env, root / "cold.json")
        result["phases"]["cold"] = cold | {"pages": pages, "stages": stages(cold, pages)}
        if floors_wanted and cold["success"]:
            console.print("floors: NER alone, trafilatura alone …")
            floor_args = ["floors", "--pages", str(site / PAGES_DIR), "--warehouse", env["COOPWATCH_WAREHOUSE"],
                          "--limit", str(pages)]
            one_thread = env | {name: os.environ.get(name, "1") for name in BLAS_THREADS}
            result["floors"] = {
                "one_thread": worker(floor_args, one_thread, root / "floors.json"),
                "default_threads": worker(floor_args + ["--ner-limit", str(NER_SAMPLE), "--no-trafilatura"], env,
                                          root / "floors-default-threads.json")}
        for run in range(1, noop_runs + 1):
            key, label = ("nothing_new", "nothing new") if run == 1 else (f"nothing_new_{run}", f"nothing new #{run}")
            console.print(f"[bold]{mode}[/]: refresh with {label} …")
            noop = worker(["pipeline", "--label", label], env, root / f"{key}.json")
            result["phases"][key] = noop | {"pages": pages, "stages": stages(noop, pages)}
        if increment:
            generate(site, increment, start=pages, seed=seed, aliases=aliases, edits=edits)
            console.print(f"[bold]{mode}[/]: refresh after {increment} new pages …")
            inc = worker(["pipeline", "--label", f"+{increment} new"], env, root / "increment.json")
            result["phases"]["increment"] = inc | {"pages": pages + increment, "new_pages": increment,
                                                   "stages": stages(inc, pages + increment)}
    finally:
        if server is not None:
            server.shutdown()
            server.server_close()
    return result


def folder_sources(path: Path, folder: Path) -> Path:
    """Write a sources file with one directory source over `folder`."""
    doc = {"sources": [{"name": "bench-folder", "kind": "directory", "path": str(folder)}]}
    path.write_text(yaml.safe_dump(doc, sort_keys=False))
    return path


def scale_helper(args: list[str]) -> dict:
    """Run `python -m bench.scale` in its own process and return the JSON it prints."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("COOPWATCH_")}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO), os.environ.get("PYTHONPATH")]))
    proc = subprocess.run([sys.executable, "-m", "bench.scale", *args], cwd=REPO, env=env, capture_output=True,
                          text=True)
    if proc.returncode != 0:
        raise RuntimeError(f"bench.scale {' '.join(args)} exited {proc.returncode}:\n{proc.stderr[-5000:]}")
    return json.loads(proc.stdout)


def run_scale(workdir: Path, pages: int, target: int, increment: int, seed: int, profile: list[int],
              profile_refresh: bool, recompute_clusters: bool = False, timeout: float | None = None) -> dict:
    """Time +K new pages on a warehouse of N articles and on the same warehouse grown to `target` articles.

    One warehouse is built from N pages through the real pipeline and copied twice. The
    small copy gets a refresh with K pages it has not seen; the large copy is grown by
    bench.scale (bulk copies of the raw layer), refreshed once in full so the marts
    cover every article, and then gets the same K new pages. The +K refreshes read
    a folder holding only the K new pages: a directory source re-reads every file of its
    folder on each run, which would charge the large and the small refresh for N unchanged
    pages the warehouse side never sees; the cost in question is the warehouse side.
    """
    root = workdir / "scale"
    site, new, new_again = root / "site", root / "new", root / "new-profiled"
    started = time.perf_counter()
    generate(site, pages, seed=seed)
    generate(new, increment, start=pages, seed=seed)
    if profile_refresh:
        generate(new_again, increment, start=pages + increment, seed=seed)
    result = {"pages": pages, "target_articles": target, "increment": increment,
              "generation_seconds": time.perf_counter() - started}
    all_pages = folder_sources(root / "sources-all.yml", site / PAGES_DIR)
    new_pages = folder_sources(root / "sources-new.yml", new / PAGES_DIR)

    def env(size: str, sources: Path) -> dict[str, str]:
        return {"COOPWATCH_WAREHOUSE": str(root / size / "warehouse.duckdb"), "COOPWATCH_SOURCES": str(sources)}

    def phase(size: str, name: str, label: str, sources: Path, input_pages: int, **extra) -> dict:
        console.print(f"[bold]scale[/]: {label} …")
        args = ["pipeline", "--label", label] + (["--profile", str(extra.pop("profile"))] if "profile" in extra else [])
        run = worker(args, env(size, sources), root / f"{size}-{name}.json", timeout=timeout,
                     sample_every=STACK_SAMPLE_SECONDS)
        return run | {"pages": input_pages, "stages": stages(run, input_pages), **extra}

    result["cold"] = phase("base", "cold", f"cold {pages:,}", all_pages, pages)
    if not result["cold"]["success"]:
        raise RuntimeError(f"the cold build failed: {result['cold']['failures']}")
    for size in ("small", "large"):
        shutil.copytree(root / "base", root / size)
    result["small"] = {"increment": phase("small", "increment", f"+{increment} on {pages:,}", new_pages, increment,
                                          articles=pages)}
    console.print(f"[bold]scale[/]: copying the raw layer up to {target:,} articles …")
    growth = scale_helper(["grow", str(root / "large" / "warehouse.duckdb"), "--articles", str(target)]
                          + (["--recompute-clusters"] if recompute_clusters else []))
    result["large"] = {"growth": growth}
    result["large"]["full"] = phase("large", "full", f"full refresh of {growth['articles']:,}", all_pages, pages)
    result["large"]["increment"] = phase("large", "increment", f"+{increment} on {growth['articles']:,}", new_pages,
                                         increment, articles=growth["articles"])
    result["resolution_profile"] = {}
    for articles in profile:
        # on a copy of the cold warehouse grown to that size, so the large one is left as measured
        console.print(f"[bold]scale[/]: entity resolution alone under cProfile on {articles:,} articles …")
        folder = root / f"resolve-{articles}"
        shutil.copytree(root / "base", folder)
        if articles > pages:
            scale_helper(["grow", str(folder / "warehouse.duckdb"), "--articles", str(articles)])
        result["resolution_profile"][str(articles)] = scale_helper(
            ["profile-resolution", str(folder / "warehouse.duckdb"), "--out", str(root / f"resolve-{articles}.prof")])
        shutil.rmtree(folder)
    if profile_refresh:
        again = folder_sources(root / "sources-new-profiled.yml", new_again / PAGES_DIR)
        result["large"]["profiled_increment"] = phase(
            "large", "increment-profiled", f"+{increment} more on {growth['articles']:,} under cProfile", again,
            increment, profile=root / "large-increment.prof")
    return result


def summarize_scale(results: dict) -> None:
    """Compare the +K refresh on the grown warehouse with the same on N articles, stage by stage."""
    scale = results["scale"]
    small, large = scale["small"]["increment"], scale["large"]["increment"]
    ratio = large["job_seconds"] / small["job_seconds"] if small["job_seconds"] else None
    scale["ratio"] = ratio
    # a killed refresh reported no steps: its stages are unknown, not zero
    timed_out = large.get("timed_out", False)
    scale["stage_ratios"] = {
        name: {"small_seconds": small["stages"][name]["seconds"],
               "large_seconds": None if timed_out else large["stages"][name]["seconds"],
               "ratio": (large["stages"][name]["seconds"] / small["stages"][name]["seconds"]
                         if small["stages"][name]["seconds"] and not timed_out else None)} for name in STAGES}
    small_steps = {k: v.get("seconds", 0.0) for k, v in small["steps"].items()}
    scale["step_seconds"] = {k: {"small": small_steps.get(k), "large": v.get("seconds")}
                             for k, v in sorted(large["steps"].items(), key=lambda kv: -kv[1].get("seconds", 0))}
    small_nodes = {n["node"]: n["seconds"] for n in small.get("dbt_nodes", [])}
    scale["dbt_nodes"] = [{"node": n["node"], "small": small_nodes.get(n["node"]), "large": n["seconds"]}
                          for n in large.get("dbt_nodes", [])]
    ok = small["success"] and large["success"]
    more = "> " if large.get("timed_out") else ""  # a killed refresh took at least the timeout
    results["targets"] = [{
        "target": f"+{scale['increment']} new pages on {scale['large']['growth']['articles']:,} articles ≤ "
                  f"{TARGET_SCALE_RATIO:g} × the same on {scale['pages']:,}",
        "measured": f"{more}{large['job_seconds']:.1f} s ÷ {small['job_seconds']:.1f} s = {more}{_num(ratio, 2)} ×"
                    + (" (timed out)" if more else "" if ok else ", a run FAILED"),
        "met": ok and ratio is not None and ratio <= TARGET_SCALE_RATIO}]


def report_scale(results: dict) -> None:
    """Print the scale run: the growth, both +K refreshes stage by stage, the slowest steps and dbt nodes."""
    scale = results["scale"]
    growth = scale["large"]["growth"]
    console.print(f"grown from {growth['base_articles']:,} to {growth['articles']:,} articles in "
                  f"{growth['seconds']:.1f} s ({growth['copies']} copies; file {_mb(growth['file_bytes'])} MB; "
                  + ("copied clusters kept by the full refresh)" if growth.get("clusters_kept")
                     else "clusters recomputed by the full refresh)"))
    phases = Table(title="scale: every refresh")
    for column in ("refresh", "success", "start-up s", "job s", "fetch s", "parse s", "extract s", "extracted",
                   "checks s", "dbt s", "publish s", "peak RSS MB"):
        phases.add_column(column)
    for run in (scale["cold"], scale["small"]["increment"], scale["large"]["full"], scale["large"]["increment"],
                scale["large"].get("profiled_increment")):
        if run is None:
            continue
        st = {name: {"seconds": None, "items": None} for name in STAGES} if run.get("timed_out") else run["stages"]
        phases.add_row(run["label"], str(run["success"]), _num(run["startup_seconds"], 2), _num(run["job_seconds"], 2),
                       *(_num(st[name]["seconds"], 2) for name in ("fetch", "parse", "extract")),
                       _num(st["extract"]["items"], 0),
                       *(_num(st[name]["seconds"], 2) for name in ("checks", "dbt", "publish")), _mb(run["peak_rss"]))
    console.print(phases)
    small, large = scale["small"]["increment"], scale["large"]["increment"]
    table = Table(title=f"+{scale['increment']} new pages: {scale['pages']:,} vs {growth['articles']:,} articles")
    for column in ("stage", f"{scale['pages']:,} s", f"{growth['articles']:,} s", "ratio"):
        table.add_column(column, justify="left" if column == "stage" else "right")
    for name, row in scale["stage_ratios"].items():
        table.add_row(name, _num(row["small_seconds"], 2), _num(row["large_seconds"], 2), _num(row["ratio"], 1))
    table.add_row("[bold]job", _num(small["job_seconds"], 2), _num(large["job_seconds"], 2), _num(scale["ratio"], 2))
    console.print(table)
    steps = Table(title="+K refresh: Dagster steps (slowest on the large warehouse first)")
    for column in ("step", "small s", "large s"):
        steps.add_column(column, justify="left" if column == "step" else "right")
    for key, row in list(scale["step_seconds"].items())[:12]:
        steps.add_row(key, _num(row["small"], 2), _num(row["large"], 2))
    console.print(steps)
    nodes = Table(title="+K refresh: dbt models and tests (dbt's own timing, slowest on the large warehouse first)")
    for column in ("node", "small s", "large s"):
        nodes.add_column(column, justify="left" if column == "node" else "right")
    for row in scale["dbt_nodes"][:15]:
        nodes.add_row(row["node"], _num(row["small"], 2), _num(row["large"], 2))
    console.print(nodes)
    for run in (scale["large"]["full"], large):
        samples = run.get("stack_samples") or {}
        if not samples.get("samples"):
            continue
        where = Table(title=f"{run['label']}: where {samples['samples']} stack samples (every "
                            f"{STACK_SAMPLE_SECONDS:g} s) found the job")
        where.add_column("frame")
        where.add_column("samples", justify="right")
        for heading, key in (("asset", "outermost_asset_frame"), ("innermost project frame",
                                                                  "innermost_project_frame")):
            where.add_row(f"[bold]{heading}", "")
            for frame, count in samples[key][:8]:
                where.add_row(frame, str(count))
        console.print(where)
    if scale.get("resolution_profile"):
        resolution = Table(title="entity resolution alone (both functions under cProfile), by warehouse size")
        for column in ("articles", "meeting mentions", "project mentions", "read s", "resolve_meetings s",
                       "resolve_projects s"):
            resolution.add_column(column, justify="right")
        for size, prof in scale["resolution_profile"].items():
            t = prof["seconds_under_cprofile"]
            resolution.add_row(f"{int(size):,}", f"{prof['mentions']['meetings']:,}",
                               f"{prof['mentions']['projects']:,}", _num(t["read_mentions"], 2),
                               _num(t["resolve_meetings"], 2), _num(t["resolve_projects"], 2))
        console.print(resolution)
    _print_targets(results, "target")


def _print_targets(results: dict, title: str) -> None:
    """Print the targets table, one row per target with what was measured and whether it is met."""
    targets = Table(title=title)
    for column in ("target", "measured", "met"):
        targets.add_column(column)
    for row in results["targets"]:
        targets.add_row(row["target"], row["measured"], {True: "[green]yes", False: "[red]no", None: "–"}[row["met"]])
    console.print(targets)


def _mb(value) -> str:
    return f"{value / 1024 ** 2:,.0f}" if value else "–"


def _num(value, digits: int = 1) -> str:
    return "–" if value is None else f"{value:,.{digits}f}"


def report(results: dict) -> None:
    """Print the stage, refresh, floor and target tables."""
    pages = results["meta"]["pages"]
    for mode, data in results["modes"].items():
        cold = data["phases"]["cold"]
        of_articles = f" of {data['generated_articles']:,} articles" if data.get("generated_articles") != pages else ""
        table = Table(title=f"{mode}: cold refresh of {pages:,} pages{of_articles} "
                            "(pages/s = input pages ÷ stage time)")
        for column, justify in (("stage", "left"), ("items", "right"), ("wall s", "right"), ("share", "right"),
                                ("pages/s", "right"), ("peak RSS MB", "right")):
            table.add_column(column, justify=justify)
        for name, stage in cold["stages"].items():
            table.add_row(name, _num(stage["items"], 0), _num(stage["seconds"], 2),
                          f"{stage['seconds'] / cold['job_seconds']:.0%}", _num(stage["pages_per_second"]),
                          _mb(stage["peak_rss"]))
        table.add_row("[bold]job (end to end)", _num(pages, 0), _num(cold["job_seconds"], 2), "100%",
                      _num(pages / cold["job_seconds"]), _mb(cold["peak_rss"]))
        table.add_row("start-up (imports, definitions)", "", _num(cold["startup_seconds"], 2), "", "", "")
        console.print(table)
        refreshes = Table(title=f"{mode}: refreshes of the same warehouse")
        for column in ("refresh", "success", "wall s", "start-up s", "job s", "fetch s", "parse s", "extract s",
                       "extracted", "dbt s", "peak RSS MB", "raw.articles rows", "pages by status"):
            refreshes.add_column(column)
        versions = set()
        for phase in data["phases"].values():
            st = phase["stages"]
            versions.add(phase["metadata"].get("raw/fact_meetings", {}).get("extractor_version"))
            refreshes.add_row(phase["label"], str(phase["success"]), _num(phase.get("wall_seconds"), 2),
                              _num(phase["startup_seconds"], 2), _num(phase["job_seconds"], 2),
                              _num(st["fetch"]["seconds"], 2), _num(st["parse"]["seconds"], 2),
                              _num(st["extract"]["seconds"], 2), _num(st["extract"]["items"], 0),
                              _num(st["dbt"]["seconds"], 2), _mb(phase["peak_rss"]),
                              _num(phase.get("articles", {}).get("rows"), 0),
                              ", ".join(f"{k} {v}" for k, v in sorted(phase["audit"].items())))
        console.print(refreshes)
        if len(versions - {None}) > 1:
            console.print("[yellow]note:[/] the extractor's fingerprint changed between these refreshes (extraction/ "
                          "or a seed was edited meanwhile), so later refreshes re-extracted every article.")
    floors = results.get("floors")
    if floors:
        table = Table(title="floors on the same input, and the pipeline as a share of them")
        for column in ("floor", "items", "seconds", "pages/s", "pipeline ÷ floor"):
            table.add_column(column, justify="right" if column != "floor" else "left")
        for name, row in results["ratios"].items():
            table.add_row(name, _num(row["items"], 0), _num(row["seconds"], 2), _num(row["pages_per_second"]),
                          _num(row["ratio"], 3))
        console.print(table)
    _print_targets(results, "targets (set for 10,000 pages on 2 cores)")


def summarize(results: dict) -> None:
    """Compute the floor ratios and check the targets the issue sets."""
    pages = results["meta"]["pages"]
    first = next(iter(results["modes"].values()))
    cold = first["phases"]["cold"]
    pipeline_rate = pages / cold["job_seconds"]
    floors = results.get("floors")
    results["ratios"] = {}
    ner_rates = []
    if floors:
        one, default = floors["one_thread"]["ner"], floors["default_threads"]["ner"]
        articles = max(one["articles"], 1)
        one_threads = floors["one_thread"]["blas_threads"]
        rows = ((f"NER alone, BLAS threads {one_threads}, every article text", one["articles"], one["seconds"], True),
                (f"NER alone, BLAS threads {one_threads}, Russian texts only", one["ru_articles"], one["ru_seconds"],
                 False),
                (f"NER alone, BLAS threads {floors['default_threads']['blas_threads']}, first {default['articles']} "
                 f"texts", default["articles"], default["seconds"], True),
                ("trafilatura alone, every page", floors["one_thread"]["trafilatura"]["pages"],
                 floors["one_thread"]["trafilatura"]["seconds"], False))
        for name, items, seconds, every_text in rows:
            # a floor's pages/s: the batch's pages over the time the floor would need for all of them
            # (a sample is scaled up; the Russian-only row is the time for the batch's Russian share)
            share = items / articles if every_text else 1.0
            rate = pages * share / seconds if seconds else None
            results["ratios"][name] = {"items": items, "seconds": seconds, "pages_per_second": rate,
                                       "ratio": pipeline_rate / rate if rate else None}
            if every_text and rate:
                ner_rates.append(rate)
    targets = []
    ner_ratio = pipeline_rate / max(ner_rates) if ner_rates else None
    results["pipeline_pages_per_second"] = pipeline_rate
    results["ner_floor_pages_per_second"] = max(ner_rates, default=None)
    targets.append({"target": f"end-to-end ≥ {TARGET_RATIO} × NER alone (the faster thread setting)",
                    "measured": _num(ner_ratio, 3) + f" × ({pipeline_rate:.1f} pages/s)", "met":
                    None if ner_ratio is None else ner_ratio >= TARGET_RATIO})
    for mode, data in results["modes"].items():
        cold = data["phases"]["cold"]
        for key, noop in data["phases"].items():
            if not key.startswith("nothing_new"):
                continue
            failed = "" if noop["success"] else ", run FAILED"
            targets.append({"target": f"{mode}, {noop['label']}: ≤ {TARGET_NOOP_SECONDS:g} s beyond start-up",
                            "measured": f"{noop['job_seconds']:.1f} s (+ {noop['startup_seconds']:.1f} s start-up)"
                            + failed, "met": noop["success"] and noop["job_seconds"] <= TARGET_NOOP_SECONDS})
            if pages == TARGET_NOOP_WALL_PAGES:
                targets.append({"target": f"{mode}, {noop['label']}: ≤ {TARGET_NOOP_WALL_SECONDS:g} s wall "
                                          f"(issue 10, {pages:,} pages)",
                                "measured": f"{noop['wall_seconds']:.1f} s" + failed,
                                "met": noop["success"] and noop["wall_seconds"] <= TARGET_NOOP_WALL_SECONDS})
            rows, cold_rows = noop.get("articles", {}).get("rows"), cold.get("articles", {}).get("rows")
            targets.append({"target": f"{mode}, {noop['label']}: loads nothing, raw.articles does not grow",
                            "measured": f"loaded {noop['audit'].get('loaded', 0)}, raw.articles {cold_rows} → {rows}",
                            "met": noop["audit"].get("loaded", 0) == 0 and rows == cold_rows})
        peak = max(p["peak_rss"] for p in data["phases"].values())
        targets.append({"target": f"{mode}: peak RSS ≤ 2 GB (process tree)", "measured": f"{_mb(peak)} MB",
                        "met": peak <= TARGET_RSS})
        inc = data["phases"].get("increment")
        if inc:
            targets.append({"target": f"{mode}: {inc['new_pages']} new pages on a {pages:,}-page warehouse",
                            "measured": f"{inc['job_seconds']:.1f} s (compare with a run at another --pages)",
                            "met": None})
    results["targets"] = targets


def _git_commit() -> str | None:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=REPO, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pages", type=int, default=1000, help="pages to generate (default 1000)")
    parser.add_argument("--source", choices=("folder", "http", "both"), default="both")
    parser.add_argument("--increment", type=int, default=100,
                        help="new pages for the incremental refresh (default 100; 0 skips it)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    add_variant_options(parser)
    parser.add_argument("--noop-runs", type=int, default=1, metavar="R",
                        help="refreshes with nothing new after the cold one (default 1)")
    parser.add_argument("--out", default=str(RESULTS), help="folder for the JSON result (default bench/results)")
    parser.add_argument("--workdir", help="keep pages and warehouses here instead of a temporary folder")
    parser.add_argument("--scale-to", type=int, default=0, metavar="ARTICLES",
                        help="instead of the source modes: build from --pages pages, grow a copy of the warehouse to "
                             "this many articles and compare +--increment new pages on both (folder source)")
    parser.add_argument("--profile", default="", metavar="SIZES",
                        help="with --scale-to: also run entity resolution alone under cProfile on copies of the "
                             "warehouse grown to these article counts, e.g. 1000,2500,5000,10000")
    parser.add_argument("--profile-refresh", action="store_true",
                        help="with --scale-to: also run a second +K refresh of the large warehouse under cProfile")
    parser.add_argument("--phase-timeout", type=float, metavar="SECONDS",
                        help="with --scale-to: kill a refresh still running after this long and report it as "
                             "timed out, with where its stack samples found it")
    parser.add_argument("--recompute-clusters", action="store_true",
                        help="with --scale-to: let the full refresh after growing recompute entity resolution "
                             "instead of keeping the copied clusters (minutes at 100,000 articles)")
    parser.add_argument("--real-pages", metavar="DIR",
                        help="instead of the source modes: time parsing alone on the pages of DIR (e.g. trafilatura's "
                             "tests/eval, read in place) beside --pages generated pages")
    args = parser.parse_args(argv)
    if args.scale_to:
        if args.aliases or args.edits:
            raise SystemExit("--aliases and --edits apply to the source modes, not to --scale-to")
        return main_scale(args)
    if args.real_pages:
        return main_real_pages(args)
    modes = ("folder", "http") if args.source == "both" else (args.source,)
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="coopwatch-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC)
    results = {"meta": {"pages": args.pages, "source": args.source, "increment": args.increment, "seed": args.seed,
                        "aliases": args.aliases, "edits": args.edits, "noop_runs": args.noop_runs,
                        "started_at": stamp.isoformat(), "cpus": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform(), "git_commit": _git_commit()},
               "modes": {}}
    try:
        for i, mode in enumerate(modes):
            data = run_mode(mode, workdir, args.pages, args.increment, args.seed, floors_wanted=i == 0,
                            aliases=args.aliases, edits=args.edits, noop_runs=args.noop_runs)
            results["floors"] = results.get("floors") or data.pop("floors", None)
            results["modes"][mode] = data
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    summarize(results)
    report(results)
    write_results(results, Path(args.out) / f"{stamp:%Y%m%dT%H%M%SZ}-{args.pages}.json")
    failed = [m for m, d in results["modes"].items() if not all(p["success"] for p in d["phases"].values())]
    return 1 if failed else 0


def write_results(results: dict, target: Path) -> None:
    """Write a run's results as JSON (its folder created if need be) and say where."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(results, indent=1, default=str, ensure_ascii=False))
    console.print(f"results written to {target}")


def main_scale(args: argparse.Namespace) -> int:
    """Run the scale comparison (--scale-to) and write its JSON."""
    if args.scale_to <= args.pages or args.increment <= 0:
        raise SystemExit("--scale-to must exceed --pages, and --increment must be positive")
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="coopwatch-bench-"))
    workdir.mkdir(parents=True, exist_ok=True)
    stamp = dt.datetime.now(dt.UTC)
    results = {"meta": {"pages": args.pages, "scale_to": args.scale_to, "source": "folder",
                        "increment": args.increment, "seed": args.seed, "started_at": stamp.isoformat(),
                        "cpus": os.cpu_count(), "python": platform.python_version(), "platform": platform.platform(),
                        "git_commit": _git_commit()}}
    try:
        sizes = [int(size) for size in args.profile.split(",") if size.strip()]
        results["scale"] = run_scale(workdir, args.pages, args.scale_to, args.increment, args.seed, sizes,
                                     args.profile_refresh, args.recompute_clusters, args.phase_timeout)
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    summarize_scale(results)
    report_scale(results)
    write_results(results, Path(args.out) / f"{stamp:%Y%m%dT%H%M%SZ}-{args.pages}-scale{args.scale_to}.json")
    scale = results["scale"]
    runs = [scale["cold"], scale["small"]["increment"], scale["large"]["full"], scale["large"]["increment"]]
    return 0 if all(run["success"] for run in runs) else 1


def main_real_pages(args: argparse.Namespace) -> int:
    """Time parsing alone on a folder of real pages and on --pages generated ones; print both and write the JSON."""
    from bench.parse_speed import page_files, time_parsing

    real = Path(args.real_pages)
    files = page_files(real) if real.is_dir() else []
    if not files:
        raise SystemExit(f"--real-pages {real}: no .html, .htm or .txt files there")
    workdir = Path(args.workdir) if args.workdir else Path(tempfile.mkdtemp(prefix="coopwatch-bench-"))
    stamp = dt.datetime.now(dt.UTC)
    try:
        generated = generate(workdir, args.pages, seed=args.seed)
        rows = {f"real pages ({real})": time_parsing(files),
                f"generated pages (seed {args.seed})": time_parsing(generated)}
    finally:
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)
    table = Table(title="parsing alone (ingestion.parse.parse_page), one process, file reading excluded")
    for column in ("pages", "count", "mean KB", "seconds", "pages/s", "MB/s", "outcomes"):
        table.add_column(column, justify="left" if column in ("pages", "outcomes") else "right")
    for name, row in rows.items():
        table.add_row(name, _num(row["pages"], 0), _num(row["mean_kb"]), _num(row["seconds"], 2),
                      _num(row["pages_per_second"]), _num(row["mb_per_second"], 2),
                      ", ".join(f"{k} {v}" for k, v in sorted(row["outcomes"].items())))
    console.print(table)
    results = {"meta": {"real_pages": str(real), "generated_pages": args.pages, "seed": args.seed,
                        "started_at": stamp.isoformat(), "cpus": os.cpu_count(), "python": platform.python_version(),
                        "platform": platform.platform(), "git_commit": _git_commit()},
               "parse": rows}
    write_results(results, Path(args.out) / f"{stamp:%Y%m%dT%H%M%SZ}-parse-real.json")
    return 1 if any(row["outcomes"].get("error") for row in rows.values()) else 0


if __name__ == "__main__":
    sys.exit(main())

