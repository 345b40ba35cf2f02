{# Fails on every row whose list column is not sorted, holds duplicates or holds NULLs. #}
{% test sorted_distinct_list(model, column_name) %}

select {{ column_name }}
from {{ model }}
where {{ column_name }} is not null
    and {{ column_name }} is distinct from list_sort(list_distinct({{ column_name }}))

{% endtest %}
