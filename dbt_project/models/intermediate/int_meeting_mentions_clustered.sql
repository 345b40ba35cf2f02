{#
    Meeting mentions of the latest version of each article, each given the meeting_id of the
    real-world meeting it reports: mentions with the same date and the same countries are one
    meeting across articles. An undated mention (or one with no country) is never merged with
    another article's mention.
#}

with

meeting_mentions as (

    select * from {{ ref('stg_meeting_mentions') }}

),

latest_articles as (

    select article_id, version, published_at from {{ ref('int_articles_latest') }}

),

latest_mentions as (

    select
        meeting_mentions.*,
        latest_articles.published_at as article_published_at

    from meeting_mentions
    inner join latest_articles
        on meeting_mentions.article_id = latest_articles.article_id
        and meeting_mentions.version = latest_articles.version

),

final as (

    select
        case
            when meeting_date is not null and len(country_codes) > 0
                then md5(strftime(meeting_date, '%Y-%m-%d') || '|' || array_to_string(country_codes, ','))
            else md5(
                'article|' || article_id || '|' || coalesce(strftime(meeting_date, '%Y-%m-%d'), '')
                || '|' || coalesce(array_to_string(country_codes, ','), '')  -- NULL for an empty list
            )
        end as meeting_id,
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
