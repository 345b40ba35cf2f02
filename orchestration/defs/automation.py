"""The job that refreshes everything, its daily schedule and a sensor for new feed items."""

import hashlib
import json

import dagster as dg

from ingestion.collect import feed_links
from orchestration.defs.resources import SourcesResource

refresh_all = dg.define_asset_job(
    "refresh_all", selection=dg.AssetSelection.all(),
    description="Fetch, parse, validate, load, extract and build every mart.")

daily_refresh = dg.ScheduleDefinition(
    name="daily_refresh", job=refresh_all, cron_schedule="0 6 * * *", execution_timezone="Asia/Tashkent",
    default_status=dg.DefaultScheduleStatus.STOPPED)


@dg.sensor(job=refresh_all, minimum_interval_seconds=15 * 60, default_status=dg.DefaultSensorStatus.STOPPED,
           description="Every 15 minutes, start refresh_all when an RSS source lists links not seen before.")
def new_feed_items(context: dg.SensorEvaluationContext, sources: SourcesResource):
    """Start a refresh when an RSS source lists links the previous evaluation had not seen.

    The cursor keeps the links seen per feed, so an unchanged feed never starts a run.
    """
    seen: dict[str, list[str]] = json.loads(context.cursor) if context.cursor else {}
    new: dict[str, int] = {}
    with sources.fetcher() as fetcher:
        for source in sources.sources():
            if source.kind != "rss":
                continue
            result = fetcher.fetch(source.url)
            if result.status != "ok":
                context.log.warning(f"feed {source.name}: {result.reason}")
                continue
            links = feed_links(result.body, result.final_url or source.url)
            fresh = set(links) - set(seen.get(source.name, []))
            if fresh:
                new[source.name] = len(fresh)
            seen[source.name] = links
    context.update_cursor(json.dumps(seen))
    if not new:
        return dg.SkipReason("no new feed items")
    run_key = "feeds-" + hashlib.sha256(json.dumps(seen, sort_keys=True).encode()).hexdigest()[:16]
    return dg.RunRequest(run_key=run_key, tags={"new_items": json.dumps(new)})
