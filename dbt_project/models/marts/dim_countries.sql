with

countries as (

    select * from {{ ref('countries') }}

),

final as (

    select
        country_code,
        name_en,
        name_ru,
        aliases_ru,
        aliases_en,
        capital_en

    from countries

)

select * from final
