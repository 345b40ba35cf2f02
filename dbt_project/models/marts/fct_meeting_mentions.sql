{#
    One row per meeting and article reporting it, with that article's own URL, language and
    evidence sentence: fct_meetings.evidence is the earliest article's sentence, which joined to
    another article's URL would pair an English link with a Russian sentence.
#}

with

meeting_mentions as (

    select * from {{ ref('int_meeting_mentions_clustered') }}

),

articles as (

    select article_id, url, language, title from {{ ref('int_articles_latest') }}

),

mentions as (

    select
        meeting_id,
        article_id,
        -- an article that reports one meeting twice gives the sentence of its first report
        first(evidence order by meeting_key) as evidence,
        min(meeting_key) as meeting_key,
        any_value(article_published_at) as article_published_at,
        bool_and(is_planned) as is_planned,
        max(confidence) as confidence

    from meeting_mentions
    group by meeting_id, article_id

),

final as (

    select
        mentions.meeting_id,
        mentions.article_id,
        articles.url,
        articles.language,
        articles.title,
        mentions.article_published_at as published_at,
        mentions.meeting_key,
        mentions.is_planned,
        mentions.evidence,
        mentions.confidence

    from mentions
    inner join articles
        on mentions.article_id = articles.article_id

)

select * from final
order by meeting_id, published_at nulls last, article_id
