{#
    Participants of the latest version of each article, attached to the meeting_id of their
    meeting and named by the canonical name of the persons seed when their name is that name or
    one of its aliases (aliases_ru / aliases_en, separated by '|' or ';'). One row per
    (meeting_id, person_name).
#}

-- A table, not a view: its alias matching is the costliest join, and three tests read it.
{{ config(
    materialized='incremental',
    incremental_strategy='append',
    pre_hook="{{ delete_changed('meeting_id', changed_meetings(), current_meetings()) }}"
) }}

with

participant_mentions as (

    select * from {{ ref('stg_participant_mentions') }}

),

latest_articles as (

    select article_id, version, published_at from {{ ref('int_articles_latest') }}

),

meeting_mentions as (

    select article_id, meeting_key, meeting_id from {{ ref('int_meeting_mentions_clustered') }}

),

persons as (

    select * from {{ ref('persons') }}

),

latest_mentions as (

    select
        participant_mentions.*,
        latest_articles.published_at as article_published_at

    from participant_mentions
    inner join latest_articles
        on participant_mentions.article_id = latest_articles.article_id
        and participant_mentions.version = latest_articles.version
    where participant_mentions.person_name is not null
    {% if is_incremental() %}
        -- a meeting's participants come from the articles that report it
        and participant_mentions.article_id in (
            select article_id from {{ ref('stg_meeting_clusters') }} where meeting_id in {{ changed_meetings() }}
        )
    {% endif %}

),

-- a participant the extractor linked to no meeting belongs to its article's only meeting
sole_meetings as (

    select
        article_id,
        any_value(meeting_id) as meeting_id

    from meeting_mentions
    group by article_id
    having count(distinct meeting_id) = 1

),

person_spellings as (

    select person_name, person_name as spelling from persons

    union all

    select
        person_name,
        unnest(string_split_regex(coalesce(aliases_ru, '') || '|' || coalesce(aliases_en, ''), '[|;]')) as spelling

    from persons

),

-- a spelling shared by two people (a bare surname, say) resolves to neither
spellings as (

    select
        lower(regexp_replace(trim(spelling), '\s+', ' ', 'g')) as spelling_key,
        any_value(person_name) as canonical_name

    from person_spellings
    where trim(spelling) <> ''
    group by 1
    having count(distinct person_name) = 1

),

resolved as (

    select
        coalesce(
            linked_meetings.meeting_id,
            case when latest_mentions.meeting_key is null then sole_meetings.meeting_id end
        ) as meeting_id,
        coalesce(persons.person_name, latest_mentions.person_name) as person_name,
        coalesce(persons.country_code, latest_mentions.country_code) as country_code,
        coalesce(latest_mentions.role, persons.role) as role,
        latest_mentions.article_id,
        latest_mentions.evidence,
        latest_mentions.confidence,
        latest_mentions.article_published_at

    from latest_mentions
    left join meeting_mentions as linked_meetings
        on latest_mentions.article_id = linked_meetings.article_id
        and latest_mentions.meeting_key = linked_meetings.meeting_key
    -- joined on the article alone: with "meeting_key is null" in the condition DuckDB plans a nested loop
    left join sole_meetings
        on latest_mentions.article_id = sole_meetings.article_id
    left join spellings
        on lower(latest_mentions.person_name) = spellings.spelling_key
    left join persons
        on spellings.canonical_name = persons.person_name

),

final as (

    select
        meeting_id,
        person_name,
        first(country_code order by country_code is null, confidence desc nulls last, article_published_at, article_id)
            as country_code,
        first(role order by role is null, confidence desc nulls last, article_published_at, article_id)
            as role,
        list_sort(list_distinct(list(article_id))) as article_ids,
        first(evidence order by article_published_at, article_id) as evidence,
        max(confidence) as confidence

    from resolved
    where meeting_id is not null
    {% if is_incremental() %}
        and meeting_id in {{ changed_meetings() }}
    {% endif %}
    group by meeting_id, person_name

)

select * from final
