{#
    Project mentions of the latest version of each article, each given the project_id of the
    concrete project it names: the same normalised name (lower case, quotes stripped, whitespace
    collapsed) in the same country is one project across articles.
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

latest_mentions as (

    select
        project_mentions.*,
        latest_articles.published_at as article_published_at

    from project_mentions
    inner join latest_articles
        on project_mentions.article_id = latest_articles.article_id
        and project_mentions.version = latest_articles.version

),

normalized as (

    select
        * replace ({{ normalized_code('status', 'project_statuses', 'unknown') }} as status),
        trim(regexp_replace(
            regexp_replace(lower(project_name), '["«»„“”‟‘’‚‛`''‹›]', '', 'g'),
            '\s+', ' ', 'g'
        )) as project_name_key

    from latest_mentions

),

final as (

    select
        md5(normalized.project_name_key || '|' || coalesce(normalized.country_code, '')) as project_id,
        normalized.article_id,
        normalized.version,
        normalized.project_key,
        normalized.project_name,
        normalized.project_name_key,
        normalized.status,
        normalized.country_code,
        normalized.city_or_region,
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
