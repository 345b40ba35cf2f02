with

participants as (

    select * from {{ ref('int_meeting_participants_resolved') }}

),

final as (

    select
        meeting_id,
        person_name,
        country_code,
        role,
        article_ids,
        evidence,
        confidence

    from participants

)

select * from final
