with

source as (

    select * from {{ source('raw', 'articles') }}

),

renamed as (

    select
        ---------- ids
        article_id,
        version,
        content_sha256,
        page_sha256,

        ---------- provenance
        source,
        source_ref,
        url,
        lower(site) as site,

        ---------- text
        lower(language) as language,
        title,
        lead,
        body,
        tags,
        author,

        ---------- timestamps
        published_at,
        modified_at,
        loaded_at

    from source

)

select * from renamed
