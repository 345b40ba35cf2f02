{#
    USD per unit of a currency in a year: the currency_rates seed's rate for the nearest year
    it has (the later one on a tie), 1 for USD, NULL for a currency the seed lacks.
    Written once so every model that converts an amount converts it the same way.
#}
{% macro usd_per_unit(currency, rate_year) -%}
    case
        when {{ currency }} = 'USD' then 1.0
        else (
            select rates.usd_per_unit
            from {{ ref('currency_rates') }} as rates
            where rates.currency = {{ currency }}
            order by abs(rates.year - {{ rate_year }}) nulls last, rates.year desc
            limit 1
        )
    end
{%- endmacro %}
