with

source as (

    select * from {{ source('raw', 'fact_amounts') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,
        amount_key,

        ---------- amount
        amount,
        nullif(upper(trim(currency)), '') as currency,
        lower(trim(amount_kind)) as amount_kind,
        coalesce(is_approximate, false) as is_approximate,
        coalesce(is_umbrella, false) as is_umbrella,
        amount_year,

        ---------- provenance
        evidence,
        confidence

    from source

)

select * from renamed
