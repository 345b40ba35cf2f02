{{ config(
    materialized='incremental',
    incremental_strategy='append',
    pre_hook="{{ delete_changed('article_id', changed_articles()) }}"
) }}

with

articles as (

    select * from {{ ref('int_articles_latest') }}
    {% if is_incremental() %}
    where article_id in {{ changed_articles() }}
    {% endif %}

),

final as (

    select
        article_id,
        url,
        site,
        language,
        title,
        lead,
        published_at,
        modified_at,
        author,
        tags,
        version,
        version_count,
        source,
        source_ref,
        content_sha256,
        page_sha256,
        loaded_at

    from articles

)

select * from final
