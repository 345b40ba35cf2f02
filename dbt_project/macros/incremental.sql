{#
    Incremental marts rebuild only the rows whose inputs changed since the last successful
    build, so a daily refresh costs what its new articles cost, not what the warehouse holds.
    The pipeline passes that build's time as var `changed_since` and runs --full-refresh when
    a dbt file or the extractor changed (new rules touch every row). Without the var every
    row counts as changed: a correct, slower rebuild.

    Each incremental model deletes, in a pre-hook, the rows it is about to rebuild and those
    whose key no longer exists, then appends the rebuilt rows; both use the same changed set.
#}

{% macro changed_since() -%}
    '{{ var("changed_since", "-infinity") }}'::timestamptz
{%- endmacro %}

{# articles with a version loaded since the last build #}
{% macro changed_articles() -%}
    (select article_id from {{ ref('stg_articles') }} where loaded_at > {{ changed_since() }})
{%- endmacro %}

{# meetings with a mention resolved since the last build #}
{% macro changed_meetings() -%}
    (select meeting_id from {{ ref('stg_meeting_clusters') }} where resolved_at > {{ changed_since() }})
{%- endmacro %}

{# projects mentioned in an article whose projects or meetings were resolved since the last build:
   a project names its meeting, whose id can change when another report joins that meeting #}
{% macro changed_projects() -%}
    (
        select project_id from {{ ref('stg_project_clusters') }}
        where article_id in (
            select article_id from {{ ref('stg_project_clusters') }} where resolved_at > {{ changed_since() }}
            union all
            select article_id from {{ ref('stg_meeting_clusters') }} where resolved_at > {{ changed_since() }}
        )
    )
{%- endmacro %}

{% macro current_meetings() -%}
    (select meeting_id from {{ ref('stg_meeting_clusters') }})
{%- endmacro %}

{% macro current_projects() -%}
    (select project_id from {{ ref('stg_project_clusters') }})
{%- endmacro %}

{# pre-hook of an incremental model: drop the rows about to be rebuilt and those of keys gone from `current` #}
{% macro delete_changed(key, changed, current=none) -%}
    {%- if is_incremental() -%}
        delete from {{ this }} where {{ key }} in {{ changed }}
        {%- if current %} or {{ key }} not in {{ current }}{% endif %}
    {%- else -%}
        select 1
    {%- endif -%}
{%- endmacro %}
