{#
    When each status of a project was first reported, so announced -> agreement_signed ->
    construction_started -> launched reads over time; a status two articles give counts once,
    from the earlier.
#}

with

project_mentions as (

    select * from {{ ref('int_project_mentions_normalized') }}

),

final as (

    select
        project_id,
        status,
        {{ code_rank('status', 'project_statuses') }} as status_rank,
        article_published_at as first_reported_at,
        cast(article_published_at as date) as first_reported_on,
        article_id as first_article_id,
        evidence

    from project_mentions
    qualify row_number() over (
        partition by project_id, status
        order by article_published_at, article_id, project_key
    ) = 1

)

select * from final
order by project_id, first_reported_at, status_rank desc
