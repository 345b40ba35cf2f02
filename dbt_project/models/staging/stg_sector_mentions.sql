with

source as (

    select * from {{ source('raw', 'fact_sectors') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,

        ---------- sector
        lower(trim(sector_code)) as sector_code,

        ---------- provenance
        evidence,
        confidence

    from source

)

select * from renamed
