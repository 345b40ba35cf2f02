{#
    Meeting mentions of the latest version of each article, each given the meeting_id of the
    real-world meeting it reports, as resolved across articles by the pipeline's
    entity_resolution step (same countries, dates at most a day apart, no conflicting city).
#}

with

meeting_mentions as (

    select * from {{ ref('stg_meeting_mentions') }}

),

latest_articles as (

    select article_id, version, published_at from {{ ref('int_articles_latest') }}

),

meeting_clusters as (

    select * from {{ ref('stg_meeting_clusters') }}

),

latest_mentions as (

    select
        meeting_mentions.*,
        meeting_clusters.meeting_id,
        latest_articles.published_at as article_published_at

    from meeting_mentions
    inner join latest_articles
        on meeting_mentions.article_id = latest_articles.article_id
        and meeting_mentions.version = latest_articles.version
    inner join meeting_clusters
        on meeting_mentions.article_id = meeting_clusters.article_id
        and meeting_mentions.version = meeting_clusters.version
        and meeting_mentions.meeting_key = meeting_clusters.meeting_key

),

final as (

    select
        meeting_id,
        article_id,
        version,
        meeting_key,
        meeting_date,
        {{ normalized_code('meeting_format', 'meeting_formats', 'other') }} as meeting_format,
        session_ordinal,
        city,
        venue,
        country_codes,
        is_planned,
        evidence,
        confidence,
        article_published_at

    from latest_mentions

)

select * from final
