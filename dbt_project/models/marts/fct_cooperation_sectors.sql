{{ config(
    materialized='incremental',
    incremental_strategy='append',
    pre_hook="{{ delete_changed('article_id', changed_articles()) }}"
) }}

with

sector_mentions as (

    select * from {{ ref('stg_sector_mentions') }}

),

latest_articles as (

    select article_id, version from {{ ref('int_articles_latest') }}
    {% if is_incremental() %}
    where article_id in {{ changed_articles() }}
    {% endif %}

),

latest_sectors as (

    select sector_mentions.*

    from sector_mentions
    inner join latest_articles
        on sector_mentions.article_id = latest_articles.article_id
        and sector_mentions.version = latest_articles.version
    -- a code outside the contract warns in staging and is dropped here
    where list_contains({{ sql_list(var('sector_codes')) }}, sector_mentions.sector_code)

),

final as (

    select
        article_id,
        sector_code,
        evidence,
        confidence

    from latest_sectors
    qualify row_number() over (
        partition by article_id, sector_code
        order by confidence desc nulls last, evidence
    ) = 1

)

select * from final
