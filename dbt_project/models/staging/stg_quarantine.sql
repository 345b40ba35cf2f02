with

source as (

    select * from {{ source('raw', 'quarantine') }}

),

renamed as (

    select
        ---------- ids
        run_id,
        source_ref,

        ---------- rejection
        stage,
        reason,
        record,

        ---------- timestamps
        recorded_at

    from source

)

select * from renamed
