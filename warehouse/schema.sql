-- Raw layer written by the Python assets; dbt reads it as source `raw`.
create schema if not exists raw;

create table if not exists raw.fetch_log (
    run_id varchar not null,
    source varchar not null,
    source_ref varchar not null,      -- URL or file path the page came from
    url varchar,
    final_url varchar,
    status varchar not null,          -- ok, not_modified, fetch_failed, skipped_robots, too_large, bad_content_type
    http_status integer,
    reason varchar,
    content_type varchar,
    charset varchar,
    etag varchar,
    last_modified varchar,
    page_sha256 varchar,              -- name of the bytes in the raw store
    size_bytes bigint,
    fetched_at timestamptz not null,
    elapsed_s double
);

create table if not exists raw.articles (
    article_id varchar not null,
    version integer not null,
    content_sha256 varchar not null,
    page_sha256 varchar not null,
    source varchar,
    source_ref varchar,
    url varchar not null,
    site varchar,
    language varchar,
    title varchar,
    lead varchar,
    body varchar,
    published_at timestamptz,
    modified_at timestamptz,
    tags varchar[],
    author varchar,
    encoding varchar,
    encoding_source varchar,
    run_id varchar,
    loaded_at timestamptz not null,
    primary key (article_id, version)
);

create table if not exists raw.page_audit (
    run_id varchar not null,
    source varchar,
    source_ref varchar not null,
    status varchar not null,
    reason varchar,
    article_id varchar,
    page_sha256 varchar,
    recorded_at timestamptz not null
);

create table if not exists raw.quarantine (
    run_id varchar not null,
    source_ref varchar,
    stage varchar not null,           -- parse, validate_articles, validate_facts
    reason varchar not null,
    record varchar,                   -- the rejected record as JSON
    recorded_at timestamptz not null
);

create table if not exists raw.extraction_log (
    article_id varchar not null,
    version integer not null,
    extractor_version varchar not null,
    extracted_at timestamptz not null
);

create table if not exists raw.fact_meetings (
    article_id varchar not null, version integer not null, meeting_key integer not null,
    meeting_date date, meeting_format varchar, session_ordinal integer, city varchar, venue varchar,
    country_codes varchar[], is_planned boolean, evidence varchar, confidence double
);

create table if not exists raw.fact_participants (
    article_id varchar not null, version integer not null, meeting_key integer not null,
    person_name varchar, country_code varchar, role varchar, evidence varchar, confidence double
);

create table if not exists raw.fact_amounts (
    article_id varchar not null, version integer not null, amount_key integer not null,
    amount double, currency varchar, amount_kind varchar, is_approximate boolean, is_umbrella boolean,
    amount_year integer, evidence varchar, confidence double
);

create table if not exists raw.fact_projects (
    article_id varchar not null, version integer not null, project_key integer not null,
    project_name varchar, status varchar, country_code varchar, city_or_region varchar,
    meeting_key integer, amount_key integer, evidence varchar, confidence double,
    project_name_as_written varchar, sector_codes varchar[]
);

create table if not exists raw.fact_sectors (
    article_id varchar not null, version integer not null, sector_code varchar,
    evidence varchar, confidence double
);

-- Cross-article resolution: which mentions report the same meeting / name the same project.
create table if not exists raw.meeting_clusters (
    article_id varchar not null, version integer not null, meeting_key integer not null, meeting_id varchar not null
);

create table if not exists raw.project_clusters (
    article_id varchar not null, version integer not null, project_key integer not null,
    project_id varchar not null, name_key varchar
);

-- What each derived step last built from, so a refresh with nothing new can skip the work.
create table if not exists raw.build_state (
    step varchar primary key,
    fingerprint varchar not null,
    recorded_at timestamptz not null
);

-- Added with incremental resolution; an older file gains the columns, and its rows, whose
-- extraction time is then unknown, are resolved again once.
alter table raw.meeting_clusters add column if not exists extracted_at timestamptz;
alter table raw.project_clusters add column if not exists extracted_at timestamptz;
alter table raw.project_clusters add column if not exists crosslang_concept varchar;
alter table raw.project_clusters add column if not exists crosslang_tokens varchar[];
alter table raw.project_clusters add column if not exists name_script varchar;
-- when the row was (re)written: dbt rebuilds the meetings and projects of rows resolved since its last build
alter table raw.meeting_clusters add column if not exists resolved_at timestamptz;
alter table raw.project_clusters add column if not exists resolved_at timestamptz;
-- a Russian name is stored in the nominative; the form the sentence used is kept beside it
alter table raw.fact_projects add column if not exists project_name_as_written varchar;
-- the sectors the project's own name names, not the article's
alter table raw.fact_projects add column if not exists sector_codes varchar[];
