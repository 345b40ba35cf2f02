{#
    Every money amount of the latest article versions with the meeting it was reported at, the
    countries it concerns and the project it is the cost of. The extractor gives amounts no
    meeting of their own: an amount belongs to the meeting whose evidence is its own sentence,
    else to the meeting of the project it is the cost of, else to the meeting the article leads
    with (its first held one), the same fallbacks the extractor uses for projects.
#}

with

amounts as (

    select * from {{ ref('int_amounts_converted') }}

),

latest_articles as (

    select article_id, version, published_at from {{ ref('int_articles_latest') }}

),

meeting_mentions as (

    select * from {{ ref('int_meeting_mentions_clustered') }}

),

project_mentions as (

    select * from {{ ref('stg_project_mentions') }}

),

project_clusters as (

    select * from {{ ref('stg_project_clusters') }}

),

latest_amounts as (

    select investment_id, article_id, amount_key, amount, currency, evidence, article_published_at
    from amounts

),

-- the project whose cost the amount is, identified as fct_projects identifies it (its cluster;
-- mentions without a name key are not projects there)
linked_projects as (

    select
        project_mentions.article_id,
        project_mentions.amount_key,
        first(project_clusters.project_id order by project_mentions.project_key) as project_id,
        first(project_mentions.meeting_key order by project_mentions.project_key) as meeting_key

    from project_mentions
    inner join latest_articles
        on project_mentions.article_id = latest_articles.article_id
        and project_mentions.version = latest_articles.version
    inner join project_clusters
        on project_mentions.article_id = project_clusters.article_id
        and project_mentions.version = project_clusters.version
        and project_mentions.project_key = project_clusters.project_key
    where project_mentions.amount_key is not null
        and project_clusters.name_key <> ''
    group by project_mentions.article_id, project_mentions.amount_key

),

same_sentence_meetings as (

    select
        latest_amounts.investment_id,
        -- a held meeting before one only announced, then the one the article reports first
        first(meeting_mentions.meeting_id order by meeting_mentions.is_planned, meeting_mentions.meeting_key)
            as meeting_id

    from latest_amounts
    inner join meeting_mentions
        on latest_amounts.article_id = meeting_mentions.article_id
        and trim(latest_amounts.evidence) = trim(meeting_mentions.evidence)
    group by latest_amounts.investment_id

),

lead_meetings as (

    select
        article_id,
        first(meeting_id order by meeting_key) as meeting_id

    from meeting_mentions
    where not is_planned
    group by article_id

),

meeting_countries as (

    select meeting_id, any_value(country_codes) as country_codes
    from meeting_mentions
    group by meeting_id

),

-- the countries an article is about: those of all its meetings and projects
article_sides as (

    select article_id, list_sort(list_distinct(flatten(list(codes)))) as country_codes
    from (
        select article_id, country_codes as codes from meeting_mentions
        union all
        select project_mentions.article_id, [project_mentions.country_code] as codes
        from project_mentions
        inner join latest_articles
            on project_mentions.article_id = latest_articles.article_id
            and project_mentions.version = latest_articles.version
        where project_mentions.country_code is not null
    )
    group by article_id

),

linked as (

    select
        latest_amounts.*,
        linked_projects.project_id,
        coalesce(
            same_sentence_meetings.meeting_id, project_meetings.meeting_id, lead_meetings.meeting_id
        ) as meeting_id

    from latest_amounts
    left join same_sentence_meetings
        on latest_amounts.investment_id = same_sentence_meetings.investment_id
    left join linked_projects
        on latest_amounts.article_id = linked_projects.article_id
        and latest_amounts.amount_key = linked_projects.amount_key
    left join meeting_mentions as project_meetings
        on linked_projects.article_id = project_meetings.article_id
        and linked_projects.meeting_key = project_meetings.meeting_key
    left join lead_meetings
        on latest_amounts.article_id = lead_meetings.article_id

),

final as (

    select
        linked.investment_id,
        linked.article_id,
        linked.amount_key,
        linked.amount,
        linked.currency,
        linked.article_published_at,
        linked.meeting_id,
        coalesce(meeting_countries.country_codes, article_sides.country_codes, []::varchar[]) as country_codes,
        linked.project_id

    from linked
    left join meeting_countries
        on linked.meeting_id = meeting_countries.meeting_id
    left join article_sides
        on linked.article_id = article_sides.article_id

)

select * from final
