{# on_schema_change: a contract needs 'fail' or 'append_new_columns'; the pipeline rebuilds
   a changed model with --full-refresh anyway #}
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    on_schema_change='fail',
    pre_hook="{{ delete_changed('project_id', changed_projects(), current_projects()) }}"
) }}

with

project_mentions as (

    select * from {{ ref('int_project_mentions_normalized') }}
    {% if is_incremental() %}
    where project_id in {{ changed_projects() }}
    {% endif %}

),

place_votes as (

    select
        project_id,
        city_or_region,
        count(*) as mentions

    from project_mentions
    where city_or_region is not null
    group by project_id, city_or_region

),

countries as (

    select * from {{ ref('int_project_countries') }}

),

costs as (

    select * from {{ ref('int_project_costs') }}

),

places as (

    select project_id, city_or_region from place_votes
    qualify row_number() over (partition by project_id order by mentions desc, city_or_region) = 1

),

projects as (

    select
        project_id,
        -- the earliest mention names the project and gives the evidence
        first(project_name order by article_published_at, article_id, project_key) as project_name,
        first(project_name_as_written order by article_published_at, article_id, project_key) as project_name_as_written,
        any_value(project_name_key) as project_name_key,
        -- the most advanced status any mention gives
        {{ code_at_rank('min(' ~ code_rank('status', 'project_statuses') ~ ')', 'project_statuses') }} as status,
        any_value(country_code) as country_code,
        -- the sectors any mention's own name names, never the articles' other sectors
        list_sort(list_distinct(flatten(list(sector_codes)))) as sector_codes,
        list_sort(list_distinct(list(article_id))) as article_ids,
        first(meeting_id order by meeting_id is null, article_published_at, article_id, project_key) as meeting_id,
        first(evidence order by article_published_at, article_id, project_key) as evidence,
        max(confidence) as confidence,
        count(*) as mention_count,
        min(article_published_at) as first_reported_at,
        max(article_published_at) as last_reported_at,
        -- where the first reporting article names it among its projects
        first(project_key order by article_published_at, article_id, project_key) as report_rank

    from project_mentions
    group by project_id

),

final as (

    select
        projects.project_id,
        projects.project_name,
        projects.project_name_as_written,
        projects.project_name_key,
        projects.status,
        projects.country_code,
        coalesce(countries.partner_country_codes, []::varchar[]) as partner_country_codes,
        places.city_or_region,
        coalesce(projects.sector_codes, []::varchar[]) as sector_codes,
        projects.article_ids,
        projects.meeting_id,
        projects.evidence,
        projects.confidence,
        projects.mention_count,
        costs.cost_amount,
        costs.cost_currency,
        costs.cost_usd,
        projects.first_reported_at,
        projects.last_reported_at

    from projects
    left join places on projects.project_id = places.project_id
    left join countries on projects.project_id = countries.project_id
    left join costs on projects.project_id = costs.project_id

)

select final.* from final
inner join projects on final.project_id = projects.project_id
-- projects as their first article reports them, so a reader (or a scorer pairing rows in order)
-- meets them in the article's order; rows a refresh rebuilds are appended after the others
order by final.first_reported_at, projects.report_rank, final.project_id
