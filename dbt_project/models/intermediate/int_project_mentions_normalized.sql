{#
    Project mentions of the latest version of each article, each given the project_id of the
    concrete project it names, as resolved across articles by the pipeline's entity_resolution
    step (lemmatised names compared with rapidfuzz within a country and a time window).
#}

with

project_mentions as (

    select * from {{ ref('stg_project_mentions') }}

),

latest_articles as (

    select article_id, version, published_at from {{ ref('int_articles_latest') }}

),

meeting_mentions as (

    select article_id, meeting_key, meeting_id from {{ ref('int_meeting_mentions_clustered') }}

),

project_clusters as (

    select * from {{ ref('stg_project_clusters') }}

),

latest_mentions as (

    select
        project_mentions.*,
        project_clusters.project_id,
        project_clusters.name_key as project_name_key,
        latest_articles.published_at as article_published_at

    from project_mentions
    inner join latest_articles
        on project_mentions.article_id = latest_articles.article_id
        and project_mentions.version = latest_articles.version
    inner join project_clusters
        on project_mentions.article_id = project_clusters.article_id
        and project_mentions.version = project_clusters.version
        and project_mentions.project_key = project_clusters.project_key

),

normalized as (

    select
        * replace ({{ normalized_code('status', 'project_statuses', 'unknown') }} as status)

    from latest_mentions

),

final as (

    select
        normalized.project_id,
        normalized.article_id,
        normalized.version,
        normalized.project_key,
        normalized.project_name,
        normalized.project_name_as_written,
        normalized.project_name_key,
        normalized.status,
        normalized.country_code,
        normalized.city_or_region,
        normalized.sector_codes,
        normalized.amount_key,
        meeting_mentions.meeting_id,
        normalized.evidence,
        normalized.confidence,
        normalized.article_published_at

    from normalized
    left join meeting_mentions
        on normalized.article_id = meeting_mentions.article_id
        and normalized.meeting_key = meeting_mentions.meeting_key
    where normalized.project_name_key <> ''

)

select * from final
