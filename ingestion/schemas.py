"""Pandera contracts for pages, articles and extracted facts.

Every frame is validated lazily so that one bad row costs only itself: failing rows
are split off with their reasons (and quarantined by the caller) while the rest load.
"""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pandas as pd
import pandera.pandas as pa
import yaml
from pandera.typing import Series

PAGE_STATUSES = ("ok", "not_modified", "fetch_failed", "skipped_robots", "too_large", "bad_content_type",
                 "blocked_address")
# The fact codes are written once, as vars of the dbt project, so Pandera here and the dbt tests
# and macros there accept exactly the same codes.
DBT_PROJECT_FILE = Path(__file__).resolve().parents[1] / "dbt_project" / "dbt_project.yml"


def dbt_code_lists(path: Path = DBT_PROJECT_FILE) -> dict[str, tuple[str, ...]]:
    """Read the code lists (meeting_formats, amount_kinds…) from the dbt project's vars, in their priority order."""
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    return {name: tuple(codes) for name, codes in document["vars"].items()
            if isinstance(codes, list) and all(isinstance(code, str) for code in codes)}


_CODES = dbt_code_lists()
MEETING_FORMATS = _CODES["meeting_formats"]
AMOUNT_KINDS = _CODES["amount_kinds"]
PROJECT_STATUSES = _CODES["project_statuses"]
SECTOR_CODES = _CODES["sector_codes"]
ISO_COUNTRY = r"^[A-Z]{2}$"
MAX_BODY_CHARS = 100_000
# Nothing this warehouse reads predates the independence of the Central Asian states; earlier
# dates on news pages are CMS defaults (1900, the 1970 epoch zero), not publication times.
EARLIEST_PUBLICATION = dt.datetime(1991, 1, 1, tzinfo=dt.UTC)
_TZ = {"dtype_kwargs": {"unit": "us", "tz": "UTC"}}


def publication_window(now: dt.datetime | None = None) -> tuple[dt.datetime, dt.datetime]:
    """Return the earliest and latest plausible publication times: 1991-01-01 to a day after now.

    Nothing is published in the future; the day of slack covers time zones and clock skew, and
    anything later (2099) is a typo or a placeholder.
    """
    now = now or dt.datetime.now(dt.UTC)
    return EARLIEST_PUBLICATION, now + dt.timedelta(days=1)


def is_plausible_publication(value: dt.datetime, now: dt.datetime | None = None) -> bool:
    """Tell whether a timezone-aware time lies inside publication_window()."""
    earliest, latest = publication_window(now)
    return earliest <= value <= latest


class _Strict(pa.DataFrameModel):
    class Config:
        coerce = True
        strict = "filter"  # columns outside the contract are dropped, not loaded


class PageSchema(_Strict):
    """One row of the fetch log: what happened when a page was fetched or read."""

    run_id: Series[str]
    source: Series[str]
    source_ref: Series[str] = pa.Field(str_length={"min_value": 1})
    url: Series[str] = pa.Field(nullable=True)
    final_url: Series[str] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(isin=PAGE_STATUSES)
    http_status: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=100, le=599)
    reason: Series[str] = pa.Field(nullable=True)
    content_type: Series[str] = pa.Field(nullable=True)
    charset: Series[str] = pa.Field(nullable=True)
    etag: Series[str] = pa.Field(nullable=True)
    last_modified: Series[str] = pa.Field(nullable=True)
    page_sha256: Series[str] = pa.Field(nullable=True, str_matches=r"^[0-9a-f]{64}$")
    size_bytes: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=0)
    fetched_at: Series[pd.DatetimeTZDtype] = pa.Field(**_TZ)
    elapsed_s: Series[float] = pa.Field(nullable=True, ge=0)

    @pa.dataframe_check(error="an ok page must have stored bytes")
    def ok_pages_have_bytes(cls, df: pd.DataFrame) -> Series[bool]:
        return (df["status"] != "ok") | df["page_sha256"].notna()


class ArticleSchema(_Strict):
    """One parsed article version, as loaded into raw.articles."""

    article_id: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{20}$")
    # an http(s) address, or the content identity of a folder page without one (urls.content_identity)
    url: Series[str] = pa.Field(str_matches=r"^(https?://[^\s/]+|urn:coopwatch:page:[0-9a-f]{24}$)")
    site: Series[str] = pa.Field(str_length={"min_value": 1})
    language: Series[str] = pa.Field(str_matches=r"^[a-z]{2}$")
    title: Series[str] = pa.Field(str_length={"min_value": 1})
    lead: Series[str] = pa.Field(nullable=True)
    # The upper bound keeps fact extraction, whose cost grows faster than the text, bounded
    # per article; real news articles, long reads included, stay well below it.
    body: Series[str] = pa.Field(str_length={"min_value": 200, "max_value": MAX_BODY_CHARS})
    published_at: Series[pd.DatetimeTZDtype] = pa.Field(**_TZ)
    modified_at: Series[pd.DatetimeTZDtype] = pa.Field(nullable=True, **_TZ)
    tags: Series[object] = pa.Field(nullable=True)
    author: Series[str] = pa.Field(nullable=True)
    encoding: Series[str] = pa.Field(nullable=True)
    encoding_source: Series[str] = pa.Field(nullable=True)
    source: Series[str]
    source_ref: Series[str]
    page_sha256: Series[str] = pa.Field(str_matches=r"^[0-9a-f]{64}$")

    @pa.check("published_at", error=f"implausible publication date: before {EARLIEST_PUBLICATION:%Y-%m-%d} "
                                    "or after tomorrow")
    def published_is_plausible(cls, published: Series) -> Series[bool]:
        # A missing date already fails the column's own not-null check; one reason is enough.
        earliest, latest = publication_window()
        return published.isna() | published.between(earliest, latest)


class _FactBase(_Strict):
    article_id: Series[str]
    version: Series[int] = pa.Field(ge=1)
    evidence: Series[str] = pa.Field(nullable=True)
    confidence: Series[float] = pa.Field(ge=0, le=1)


class MeetingFactSchema(_FactBase):
    meeting_key: Series[int] = pa.Field(ge=0)
    meeting_date: Series[object] = pa.Field(nullable=True)
    meeting_format: Series[str] = pa.Field(isin=MEETING_FORMATS)
    session_ordinal: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1, le=200)
    city: Series[str] = pa.Field(nullable=True)
    venue: Series[str] = pa.Field(nullable=True)
    country_codes: Series[object]
    is_planned: Series[bool]

    @pa.check("meeting_date", element_wise=True, error="meeting_date must be a date")
    def date_is_a_day(cls, value) -> bool:
        return value is None or pd.isna(value) or (isinstance(value, dt.date) and not isinstance(value, dt.datetime))

    @pa.check("country_codes", element_wise=True, error="country_codes must be a sorted list of ISO alpha-2 codes")
    def codes_are_sorted_iso(cls, codes) -> bool:
        codes = list(codes)
        return all(isinstance(c, str) and len(c) == 2 and c.isupper() for c in codes) and codes == sorted(codes)


class ParticipantFactSchema(_FactBase):
    meeting_key: Series[int] = pa.Field(ge=0)
    person_name: Series[str] = pa.Field(str_length={"min_value": 2})
    country_code: Series[str] = pa.Field(nullable=True, str_matches=ISO_COUNTRY)
    role: Series[str] = pa.Field(nullable=True)


class AmountFactSchema(_FactBase):
    amount_key: Series[int] = pa.Field(ge=0)
    amount: Series[float] = pa.Field(gt=0)
    currency: Series[str] = pa.Field(str_matches=r"^[A-Z]{3}$")
    amount_kind: Series[str] = pa.Field(isin=AMOUNT_KINDS)
    is_approximate: Series[bool]
    is_umbrella: Series[bool]
    amount_year: Series[pd.Int64Dtype] = pa.Field(nullable=True, ge=1990, le=2100)


class ProjectFactSchema(_FactBase):
    project_key: Series[int] = pa.Field(ge=0)
    project_name: Series[str] = pa.Field(str_length={"min_value": 3})
    project_name_as_written: Series[str] = pa.Field(nullable=True)
    status: Series[str] = pa.Field(isin=PROJECT_STATUSES)
    country_code: Series[str] = pa.Field(nullable=True, str_matches=ISO_COUNTRY)
    city_or_region: Series[str] = pa.Field(nullable=True)
    meeting_key: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    amount_key: Series[pd.Int64Dtype] = pa.Field(nullable=True)
    sector_codes: Series[object]

    @pa.check("sector_codes", element_wise=True,
              error="sector_codes must be a sorted list of distinct known sector codes")
    def sectors_are_sorted(cls, codes) -> bool:
        codes = list(codes)
        return set(codes) <= set(SECTOR_CODES) and codes == sorted(set(codes))


class SectorFactSchema(_FactBase):
    sector_code: Series[str] = pa.Field(isin=SECTOR_CODES)


FACT_SCHEMAS = {
    "fact_meetings": MeetingFactSchema,
    "fact_participants": ParticipantFactSchema,
    "fact_amounts": AmountFactSchema,
    "fact_projects": ProjectFactSchema,
    "fact_sectors": SectorFactSchema,
}


def split_valid(df: pd.DataFrame, schema: type[pa.DataFrameModel]) -> tuple[pd.DataFrame, dict[int, str]]:
    """Validate lazily; return the valid rows (coerced) and a reason per failing row position.

    Frame-wide failures (a missing column) mark every row, since no row can be trusted.
    """
    df = df.reset_index(drop=True)
    try:
        return schema.validate(df, lazy=True), {}
    except pa.errors.SchemaErrors as exc:
        cases = exc.failure_cases
    reasons: dict[int, list[str]] = {}
    for case in cases.itertuples(index=False):
        where = f"{case.column}: {case.check}" if case.column is not None else str(case.check)
        if case.index is None or pd.isna(case.index):
            for i in range(len(df)):
                reasons.setdefault(i, []).append(where)
        else:
            reasons.setdefault(int(case.index), []).append(f"{where} (got {str(case.failure_case)[:80]!r})")
    bad = {i: "; ".join(dict.fromkeys(r)) for i, r in reasons.items()}
    good = df.drop(index=list(bad)).reset_index(drop=True)
    return (schema.validate(good, lazy=True) if len(good) else good), bad
