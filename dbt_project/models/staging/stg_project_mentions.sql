with

source as (

    select * from {{ source('raw', 'fact_projects') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,
        project_key,
        meeting_key,
        amount_key,

        ---------- project
        nullif(trim(project_name), '') as project_name,
        -- rows loaded before the column existed were written as they stood in the sentence
        nullif(trim(coalesce(project_name_as_written, project_name)), '') as project_name_as_written,
        lower(trim(status)) as status,
        nullif(upper(trim(country_code)), '') as country_code,
        nullif(trim(city_or_region), '') as city_or_region,
        -- the sectors the project's own name names; rows loaded before the column existed name none
        list_sort(list_distinct(coalesce(sector_codes, []::varchar[]))) as sector_codes,

        ---------- provenance
        evidence,
        confidence

    from source

)

select * from renamed
