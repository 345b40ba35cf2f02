{{ config(
    materialized='incremental',
    incremental_strategy='append',
    pre_hook="{{ delete_changed('meeting_id', changed_meetings(), current_meetings()) }}"
) }}

with

meeting_mentions as (

    select * from {{ ref('int_meeting_mentions_clustered') }}
    {% if is_incremental() %}
    where meeting_id in {{ changed_meetings() }}
    {% endif %}

),

participants as (

    select * from {{ ref('fct_meeting_participants') }}

),

city_votes as (

    select
        meeting_id,
        city,
        count(*) as mentions

    from meeting_mentions
    where city is not null
    group by meeting_id, city

),

cities as (

    select meeting_id, city from city_votes
    qualify row_number() over (partition by meeting_id order by mentions desc, city) = 1

),

venue_votes as (

    select
        meeting_id,
        venue,
        count(*) as mentions

    from meeting_mentions
    where venue is not null
    group by meeting_id, venue

),

venues as (

    select meeting_id, venue from venue_votes
    qualify row_number() over (partition by meeting_id order by mentions desc, venue) = 1

),

participant_lists as (

    select
        meeting_id,
        list_sort(list_distinct(list(person_name))) as participant_names

    from participants
    group by meeting_id

),

meetings as (

    select
        meeting_id,
        -- equal within a meeting by construction of meeting_id
        any_value(meeting_date) as meeting_date,
        any_value(country_codes) as country_codes,
        -- the most specific format any mention gives
        {{ code_at_rank('min(' ~ code_rank('meeting_format', 'meeting_formats') ~ ')', 'meeting_formats') }} as meeting_format,
        max(session_ordinal) as session_ordinal,
        list_sort(list_distinct(list(article_id))) as article_ids,
        bool_and(is_planned) as is_planned,
        first(evidence order by article_published_at, article_id, meeting_key) as evidence,
        max(confidence) as confidence,
        count(*) as mention_count,
        -- 0 for the meeting an article leads with, then the others in the order it reports them
        min(meeting_key) as report_rank

    from meeting_mentions
    group by meeting_id

),

final as (

    select
        meetings.meeting_id,
        meetings.meeting_date,
        meetings.meeting_format,
        meetings.session_ordinal,
        cities.city,
        venues.venue,
        meetings.country_codes,
        coalesce(participant_lists.participant_names, []::varchar[]) as participant_names,
        meetings.article_ids,
        meetings.is_planned,
        meetings.evidence,
        meetings.confidence,
        meetings.mention_count

    from meetings
    left join cities on meetings.meeting_id = cities.meeting_id
    left join venues on meetings.meeting_id = venues.meeting_id
    left join participant_lists on meetings.meeting_id = participant_lists.meeting_id

)

select final.* from final
inner join meetings on final.meeting_id = meetings.meeting_id
-- an article's meetings in the order it reports them (the one it leads with first), so a reader
-- (or a scorer pairing rows in order) meets a visit before the forum it recalls from the day
-- before; then chronological. Rows a refresh rebuilds are appended after the others.
order by meetings.report_rank, final.meeting_date nulls last, final.meeting_id
