{#
    The cost of each project: the amount its earliest-published mention links through
    amount_key (an amount of kind project_cost or any other the extractor tied to it), with
    its USD value. Read from staging, not from fct_investments, so the project mart does not
    wait on (or cycle with) the investment mart.
#}

with

project_mentions as (

    select project_id, article_id, version, project_key, amount_key, article_published_at
    from {{ ref('int_project_mentions_normalized') }}
    where amount_key is not null

),

amount_mentions as (

    select * from {{ ref('stg_amount_mentions') }}

),

linked_amounts as (

    select
        project_mentions.project_id,
        project_mentions.article_id as cost_article_id,
        amount_mentions.amount as cost_amount,
        amount_mentions.currency as cost_currency,
        -- the year whose rate converts the amount: its own year, else the article's
        coalesce(amount_mentions.amount_year, year(project_mentions.article_published_at)) as rate_year

    from project_mentions
    inner join amount_mentions
        on project_mentions.article_id = amount_mentions.article_id
        and project_mentions.version = amount_mentions.version
        and project_mentions.amount_key = amount_mentions.amount_key
    -- the earliest report states the cost; later ones mostly repeat it
    qualify row_number() over (
        partition by project_mentions.project_id
        order by project_mentions.article_published_at, project_mentions.article_id, project_mentions.project_key
    ) = 1

),

final as (

    select
        project_id,
        cost_article_id,
        cost_amount,
        cost_currency,
        cost_amount * {{ usd_per_unit('cost_currency', 'rate_year') }} as cost_usd

    from linked_amounts

)

select * from final
