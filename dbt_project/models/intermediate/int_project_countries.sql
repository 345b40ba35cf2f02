{#
    Every country a project involves: the country it is in, plus the countries of every
    meeting one of its mentions was reported at (the meeting of the same article the extractor
    linked it to through meeting_key), so a plant built in Uzbekistan under a Kazakh-Uzbek
    agreement is found from either side.
#}

with

project_mentions as (

    select project_id, country_code, meeting_id from {{ ref('int_project_mentions_normalized') }}

),

-- equal within a meeting by construction of meeting_id
meeting_countries as (

    select meeting_id, any_value(country_codes) as country_codes
    from {{ ref('int_meeting_mentions_clustered') }}
    group by meeting_id

),

codes as (

    select project_mentions.project_id, project_mentions.country_code as country_code
    from project_mentions
    where project_mentions.country_code is not null

    union all

    select project_mentions.project_id, unnest(meeting_countries.country_codes) as country_code
    from project_mentions
    inner join meeting_countries on project_mentions.meeting_id = meeting_countries.meeting_id

),

final as (

    select
        project_ids.project_id,
        coalesce(
            list_sort(list_distinct(list(codes.country_code) filter (where codes.country_code is not null))),
            []::varchar[]
        ) as partner_country_codes

    from (select distinct project_id from project_mentions) as project_ids
    left join codes on project_ids.project_id = codes.project_id
    group by project_ids.project_id

)

select * from final
