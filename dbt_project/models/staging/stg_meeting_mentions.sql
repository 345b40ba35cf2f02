with

source as (

    select * from {{ source('raw', 'fact_meetings') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,
        meeting_key,

        ---------- meeting
        meeting_date,
        lower(trim(meeting_format)) as meeting_format,
        session_ordinal,
        nullif(trim(city), '') as city,
        nullif(trim(venue), '') as venue,
        list_sort(list_distinct(list_filter(
            list_transform(coalesce(country_codes, []::varchar[]), lambda code: upper(trim(code))),
            lambda code: code <> ''
        ))) as country_codes,
        coalesce(is_planned, false) as is_planned,

        ---------- provenance
        evidence,
        confidence

    from source

)

select * from renamed
