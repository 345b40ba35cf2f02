with

source as (

    select * from {{ source('raw', 'project_clusters') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,
        project_key,
        project_id,

        ---------- matching
        name_key,

        ---------- timestamps
        resolved_at

    from source

)

select * from renamed
