{#
    The cost of each project: the amount its earliest-published mention links through
    amount_key (an amount of kind project_cost or any other the extractor tied to it), with
    its USD value as int_amounts_converted gives it. Not read from fct_investments, so the project
    mart does not wait on (or cycle with) the investment mart.
#}

with

project_mentions as (

    select project_id, article_id, version, project_key, amount_key, article_published_at
    from {{ ref('int_project_mentions_normalized') }}
    where amount_key is not null

),

amounts as (

    select * from {{ ref('int_amounts_converted') }}

),

linked_amounts as (

    select
        project_mentions.project_id,
        project_mentions.article_id as cost_article_id,
        amounts.amount as cost_amount,
        amounts.currency as cost_currency,
        amounts.amount_usd as cost_usd

    from project_mentions
    inner join amounts
        on project_mentions.article_id = amounts.article_id
        and project_mentions.version = amounts.version
        and project_mentions.amount_key = amounts.amount_key
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
        cost_usd

    from linked_amounts

)

select * from final
