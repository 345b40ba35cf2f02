with

source as (

    select * from {{ source('raw', 'fact_participants') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,
        meeting_key,

        ---------- participant
        nullif(regexp_replace(trim(person_name), '\s+', ' ', 'g'), '') as person_name,
        nullif(upper(trim(country_code)), '') as country_code,
        nullif(trim(role), '') as role,

        ---------- provenance
        evidence,
        confidence

    from source

)

select * from renamed
