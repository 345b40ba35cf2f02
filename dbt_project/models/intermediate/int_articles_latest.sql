with

articles as (

    select * from {{ ref('stg_articles') }}

),

versioned as (

    select
        *,
        count(*) over (partition by article_id) as version_count

    from articles

),

final as (

    select * from versioned
    qualify row_number() over (partition by article_id order by version desc) = 1

)

select * from final
