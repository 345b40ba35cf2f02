{#
    Each article reporting a project, with that article's own URL, language and sentence, so
    an English URL is never paired with a Russian sentence of another article.
#}

with

project_mentions as (

    select * from {{ ref('int_project_mentions_normalized') }}

),

articles as (

    select article_id, url, language from {{ ref('int_articles_latest') }}

),

final as (

    select
        project_mentions.project_id,
        project_mentions.article_id,
        articles.url,
        articles.language,
        project_mentions.article_published_at as published_at,
        project_mentions.project_name_as_written,
        project_mentions.status,
        project_mentions.meeting_id,
        project_mentions.evidence,
        project_mentions.confidence

    from project_mentions
    inner join articles on project_mentions.article_id = articles.article_id
    -- an article naming the project twice gives its first sentence
    qualify row_number() over (
        partition by project_mentions.project_id, project_mentions.article_id
        order by project_mentions.project_key
    ) = 1

)

select * from final
