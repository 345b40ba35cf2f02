with

sectors as (

    select * from {{ ref('sectors') }}

),

final as (

    select
        sector_code,
        name_en,
        name_ru,
        description

    from sectors

)

select * from final
