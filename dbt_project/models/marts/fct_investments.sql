-- Rebuilt whole, not incrementally: an amount's meeting and repeat_of depend on the other
-- articles reporting its meeting, which a new article or a re-resolved meeting can change.
{{ config(materialized='table') }}

with

amounts as (

    select * from {{ ref('int_amounts_converted') }}

),

links as (

    select * from {{ ref('int_investment_meetings') }}

),

repeats as (

    select * from {{ ref('int_investment_repeats') }}

),

final as (

    select
        amounts.investment_id,
        amounts.article_id,
        amounts.amount_key,
        amounts.amount,
        amounts.currency,
        amounts.amount_usd,
        amounts.usd_per_unit,
        amounts.usd_rate_year,
        amounts.amount_kind,
        amounts.is_approximate,
        amounts.is_umbrella,
        amounts.amount_year,
        amounts.evidence,
        amounts.confidence,
        links.meeting_id,
        links.country_codes,
        links.project_id,
        repeats.repeat_of

    from amounts
    left join links
        on amounts.investment_id = links.investment_id
    left join repeats
        on amounts.investment_id = repeats.investment_id

)

select * from final
-- an article's amounts in the order it states them (a reader, or a scorer pairing rows in order,
-- meets the lead's figure first); the joins above would otherwise leave the order arbitrary
order by article_id, amount_key
