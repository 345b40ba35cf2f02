{#
    Every money amount of the latest article versions with its id, its checked kind and its value
    in US dollars. Converted here once, so an investment and the project cost it is always agree:
    the currency_rates seed's rate for the year nearest (the later one on a tie) to the amount's
    own year, else its article's; 1 for USD; NULL for a currency the seed lacks.
#}

with

amount_mentions as (

    select * from {{ ref('stg_amount_mentions') }}

),

latest_articles as (

    select article_id, version, published_at from {{ ref('int_articles_latest') }}

),

currency_rates as (

    select * from {{ ref('currency_rates') }}

),

latest_amounts as (

    select
        md5(amount_mentions.article_id || '|' || amount_mentions.amount_key) as investment_id,
        amount_mentions.* replace (
            {{ normalized_code('amount_mentions.amount_kind', 'amount_kinds', 'other') }} as amount_kind
        ),
        latest_articles.published_at as article_published_at,
        coalesce(amount_mentions.amount_year, year(latest_articles.published_at)) as rate_year

    from amount_mentions
    inner join latest_articles
        on amount_mentions.article_id = latest_articles.article_id
        and amount_mentions.version = latest_articles.version

),

-- decided once per (currency, year) rather than once per amount
rate_years as (

    select distinct currency, rate_year from latest_amounts

),

nearest_rates as (

    select
        rate_years.currency,
        rate_years.rate_year,
        currency_rates.year as usd_rate_year,
        currency_rates.usd_per_unit

    from rate_years
    inner join currency_rates
        on rate_years.currency = currency_rates.currency
    qualify row_number() over (
        partition by rate_years.currency, rate_years.rate_year
        order by abs(currency_rates.year - rate_years.rate_year) nulls last, currency_rates.year desc
    ) = 1

),

final as (

    select
        latest_amounts.*,
        case when latest_amounts.currency = 'USD' then 1.0 else nearest_rates.usd_per_unit end as usd_per_unit,
        case when latest_amounts.currency = 'USD' then latest_amounts.rate_year else nearest_rates.usd_rate_year end
            as usd_rate_year

    from latest_amounts
    left join nearest_rates
        on latest_amounts.currency = nearest_rates.currency
        and latest_amounts.rate_year is not distinct from nearest_rates.rate_year

)

select *, amount * usd_per_unit as amount_usd from final
