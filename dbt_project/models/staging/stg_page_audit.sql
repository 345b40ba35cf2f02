with

source as (

    select * from {{ source('raw', 'page_audit') }}

),

renamed as (

    select
        ---------- ids
        run_id,
        article_id,
        page_sha256,

        ---------- page
        source,
        source_ref,

        ---------- outcome
        lower(status) as status,
        reason,

        ---------- timestamps
        recorded_at

    from source

)

select * from renamed
