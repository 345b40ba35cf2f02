with

source as (

    select * from {{ source('raw', 'meeting_clusters') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,
        meeting_key,
        meeting_id,

        ---------- timestamps
        resolved_at

    from source

)

select * from renamed
