{# A DuckDB list literal of strings, e.g. ['a', 'b'], from a list such as var('meeting_formats'). #}
{% macro sql_list(values) -%}
    [{% for value in values %}'{{ value | replace("'", "''") }}'{% if not loop.last %}, {% endif %}{% endfor %}]
{%- endmacro %}

{# 1-based position of a code in a priority list (var name); NULL for a code not in the list. #}
{% macro code_rank(column, list_var) -%}
    list_position({{ sql_list(var(list_var)) }}, {{ column }})
{%- endmacro %}

{# The code at a 1-based position of a priority list (var name). #}
{% macro code_at_rank(rank_expression, list_var) -%}
    {{ sql_list(var(list_var)) }}[{{ rank_expression }}]
{%- endmacro %}

{# Lower-cased, trimmed code; a code outside the list (var name) becomes the fallback code. #}
{% macro normalized_code(column, list_var, fallback) -%}
    case
        when list_contains({{ sql_list(var(list_var)) }}, lower(trim({{ column }})))
            then lower(trim({{ column }}))
        else '{{ fallback }}'
    end
{%- endmacro %}
