{{ config(
    materialized='incremental',
    incremental_strategy='append',
    pre_hook="{{ delete_changed('meeting_id', changed_meetings(), current_meetings()) }}"
) }}

with

participants as (

    select * from {{ ref('int_meeting_participants_resolved') }}
    {% if is_incremental() %}
    where meeting_id in {{ changed_meetings() }}
    {% endif %}

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
