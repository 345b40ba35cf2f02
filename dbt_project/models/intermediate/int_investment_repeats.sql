{#
    For every amount reported at a meeting, the first report of the same amount there: the
    earliest-published amount of another article at the same meeting in the same currency whose
    value is within 1 %. Two equal amounts of one article are two amounts (two projects of the
    same cost), so only other articles' reports count as repeats.
#}

with

investments as (

    select
        investment_id,
        article_id,
        amount_key,
        amount,
        currency,
        meeting_id,
        -- an undated article sorts after the dated ones
        coalesce(article_published_at, 'infinity'::timestamptz) as reported_at

    from {{ ref('int_investment_meetings') }}
    where meeting_id is not null and amount is not null and currency is not null

),

earlier_reports as (

    select
        later.investment_id,
        earlier.investment_id as first_investment_id,
        earlier.reported_at,
        earlier.article_id,
        earlier.amount_key

    from investments as later
    inner join investments as earlier
        on later.meeting_id = earlier.meeting_id
        and later.currency = earlier.currency
        and later.article_id <> earlier.article_id
        and abs(later.amount - earlier.amount) <= 0.01 * greatest(abs(later.amount), abs(earlier.amount))
        and (
            earlier.reported_at < later.reported_at
            or (earlier.reported_at = later.reported_at and earlier.article_id < later.article_id)
        )

),

final as (

    select
        investment_id,
        first(first_investment_id order by reported_at, article_id, amount_key) as repeat_of

    from earlier_reports
    group by investment_id

)

select * from final
