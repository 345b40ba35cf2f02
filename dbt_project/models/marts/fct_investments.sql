-- Rebuilt whole, not incrementally: an amount's meeting and repeat_of depend on the other
-- articles reporting its meeting, which a new article or a re-resolved meeting can change.
{{ config(materialized='table') }}

with

amount_mentions as (

    select * from {{ ref('stg_amount_mentions') }}

),

latest_articles as (

    select article_id, version, published_at from {{ ref('int_articles_latest') }}

),

links as (

    select * from {{ ref('int_investment_meetings') }}

),

repeats as (

    select * from {{ ref('int_investment_repeats') }}

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
        -- the year whose rate converts the amount: its own year, else the article's
        coalesce(amount_mentions.amount_year, year(latest_articles.published_at)) as rate_year

    from amount_mentions
    inner join latest_articles
        on amount_mentions.article_id = latest_articles.article_id
        and amount_mentions.version = latest_articles.version

),

-- the rate of the currency for the nearest year the seed has (the later one on a tie), decided
-- once per (currency, year) rather than once per amount
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

rates as (

    select
        latest_amounts.investment_id,
        nearest_rates.usd_rate_year,
        nearest_rates.usd_per_unit

    from latest_amounts
    inner join nearest_rates
        on latest_amounts.currency = nearest_rates.currency
        and latest_amounts.rate_year is not distinct from nearest_rates.rate_year

),

final as (

    select
        latest_amounts.investment_id,
        latest_amounts.article_id,
        latest_amounts.amount_key,
        latest_amounts.amount,
        latest_amounts.currency,
        case
            when latest_amounts.currency = 'USD' then latest_amounts.amount
            else latest_amounts.amount * rates.usd_per_unit
        end as amount_usd,
        case when latest_amounts.currency = 'USD' then 1.0 else rates.usd_per_unit end as usd_per_unit,
        case when latest_amounts.currency = 'USD' then latest_amounts.rate_year else rates.usd_rate_year end
            as usd_rate_year,
        latest_amounts.amount_kind,
        latest_amounts.is_approximate,
        latest_amounts.is_umbrella,
        latest_amounts.amount_year,
        latest_amounts.evidence,
        latest_amounts.confidence,
        links.meeting_id,
        links.country_codes,
        links.project_id,
        repeats.repeat_of

    from latest_amounts
    left join rates
        on latest_amounts.investment_id = rates.investment_id
    left join links
        on latest_amounts.investment_id = links.investment_id
    left join repeats
        on latest_amounts.investment_id = repeats.investment_id

)

select * from final
-- an article's amounts in the order it states them (a reader, or a scorer pairing rows in order,
-- meets the lead's figure first); the joins above would otherwise leave the order arbitrary
order by article_id, amount_key
