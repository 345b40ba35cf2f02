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
        name_key

    from source

)

select * from renamed
