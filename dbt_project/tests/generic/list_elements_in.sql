{# The relationships test for a list column: fails on every list element missing from to.field. #}
{% test list_elements_in(model, column_name, to, field) %}

with

elements as (
    select distinct unnest({{ column_name }}) as element
    from {{ model }}
),

parents as (
    select distinct {{ field }} as element
    from {{ to }}
)

select elements.element
from elements
left join parents
    on elements.element = parents.element
where elements.element is not null
    and parents.element is null

{% endtest %}
