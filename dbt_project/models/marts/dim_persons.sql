with

persons as (

    select * from {{ ref('persons') }}

),

final as (

    select
        person_name,
        country_code,
        role,
        aliases_ru,
        aliases_en

    from persons

)

select * from final
