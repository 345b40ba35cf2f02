"""Figures newsrooms write in words, in two units or with the sign after them (own sentences).

"half a billion dollars", "1 млрд 200 млн долларов", "около 2-х миллиардов долларов" and "5 млрд $" each
name one sum; reading only part of them gives a wrong value, which counts as a missed and a false amount.
"""
from __future__ import annotations

import pytest

from extraction.money import find_amounts
from tests.helpers import sentences


def rows(text: str, lang: str) -> list[tuple[float, str]]:
    return [(a.amount, a.currency) for a in find_amounts(sentences(text), lang, 2025)]


@pytest.mark.parametrize("text, lang, value", [
    ("The company will invest half a billion dollars in the mine.", "en", 5e8),
    ("Trade reached nearly half-a billion dollars.", "en", 5e8),
    ("The fund will get a quarter of a billion dollars.", "en", 2.5e8),
    ("Investments reached one and a half billion dollars.", "en", 1.5e9),
    ("Exports came to two and a half million dollars.", "en", 2.5e6),
    ("Товарооборот составил два с половиной миллиарда долларов.", "ru", 2.5e9),
    ("Подписаны соглашения на сумму около полумиллиарда долларов.", "ru", 5e8),
])
def test_a_fraction_of_a_unit_in_words_is_that_fraction(text, lang, value):
    assert rows(text, lang) == [(value, "USD")]


@pytest.mark.parametrize("text, lang, value, currency", [
    ("Товарооборот составил 1 млрд 200 млн долларов.", "ru", 1.2e9, "USD"),
    ("Подписаны соглашения на сумму $1 млрд 300 млн.", "ru", 1.3e9, "USD"),
    ("Товарооборот составил 2 трлн 500 млрд сумов.", "ru", 2.5e12, "UZS"),
    ("The project costs $1 billion 300 million.", "en", 1.3e9, "USD"),
    ("The project costs $1 bn 300 mn.", "en", 1.3e9, "USD"),
])
def test_a_figure_in_two_units_is_one_sum(text, lang, value, currency):
    assert rows(text, lang) == [(value, currency)]


def test_units_that_rise_are_not_one_sum():
    assert rows("The bank sold $5 million 2 billion-dollar bonds.", "en")[0] == (5e6, "USD")


@pytest.mark.parametrize("text, value", [
    ("Инвестиции составили около 2-х миллиардов долларов.", 2e9),
    ("Товарооборот достиг 3-х млрд долларов.", 3e9),
    ("Проект обойдется в 5-ти миллионов долларов дороже.", 5e6),
])
def test_a_russian_case_ending_on_a_digit_keeps_the_number(text, value):
    assert rows(text, "ru") == [(value, "USD")]


@pytest.mark.parametrize("text", [
    "Товарооборот исчисляется миллиардами долларов.",
    "Стороны обсудили проекты на несколько миллиардов долларов.",
    "Речь идет о десятках миллионов долларов.",
])
def test_a_plural_unit_without_a_number_is_no_figure(text):
    assert rows(text, "ru") == []


def test_a_singular_unit_without_a_number_is_one():
    assert rows("Инвестиции превысили миллиард долларов.", "ru") == [(1e9, "USD")]


@pytest.mark.parametrize("text, value, currency", [
    ("Товарооборот составил 5 млрд $.", 5e9, "USD"),
    ("Товарооборот составил 5 млрд. $ в прошлом году.", 5e9, "USD"),
    ("Инвестиции составили 5 млн €.", 5e6, "EUR"),
    ("Проект обойдется в 300 млрд ₸.", 3e11, "KZT"),
])
def test_a_currency_sign_after_the_figure_is_its_currency(text, value, currency):
    assert rows(text, "ru") == [(value, currency)]


def test_a_sign_before_a_figure_starts_the_next_amount():
    assert rows("In 2023 $4 billion was invested.", "en") == [(4e9, "USD")]


@pytest.mark.parametrize("text, lang, expected", [
    ("Проект обойдется в 600 млн долларов, из которых 200 млн выделит банк.", "ru", [(6e8, "USD"), (2e8, "USD")]),
    ("Товарооборот составил 1,2 млрд долларов против 900 млн годом ранее.", "ru", [(1.2e9, "USD"), (9e8, "USD")]),
    ("Товарооборот составил 14 трлн сумов, а экспорт — 6 трлн.", "ru", [(1.4e13, "UZS"), (6e12, "UZS")]),
    ("Trade rose to $1.2 billion from 900 million a year earlier.", "en", [(1.2e9, "USD"), (9e8, "USD")]),
    ("Turnover reached 14 trln soums, and exports 6 mlrd.", "en", [(1.4e13, "UZS"), (6e9, "UZS")]),
])
def test_a_figure_without_a_currency_after_an_amount_takes_its_currency(text, lang, expected):
    assert rows(text, lang) == expected


@pytest.mark.parametrize("text, lang", [
    ("Кредит в $100 млн позволит построить 2 млн кв. метров жилья.", "ru"),
    ("Проект стоимостью $500 млн обеспечит 1,5 млн тонн цемента.", "ru"),
    ("The $300 million plant will serve 1.6 million households.", "en"),
    ("Trade reached $1 billion, and 2 million tons of grain were shipped.", "en"),
])
def test_a_figure_that_counts_a_noun_after_an_amount_is_no_money(text, lang):
    assert len(rows(text, lang)) == 1


def test_a_figure_without_a_currency_and_no_amount_before_it_is_no_money():
    assert rows("Из 900 млн выделенных средств освоено 600 млн.", "ru") == []


def amounts_of(title: str, body: str, lang: str) -> list[tuple[float, str]]:
    found = find_amounts(sentences(title, part="title") + sentences(body), lang, 2025)
    return [(a.amount, a.currency) for a in found]


@pytest.mark.parametrize("title, body, lang, expected", [
    ("Kazakhstan-China trade hits $1.5bn", "Trade between the two countries reached $1.47 billion in the first quarter.",
     "en", [(1.47e9, "USD")]),
    ("Товарооборот превысил $1 млрд", "Товарооборот между странами составил 1,04 млрд долларов.", "ru", [(1.04e9, "USD")]),
])
def test_a_headline_rounding_the_bodys_figure_is_the_same_amount(title, body, lang, expected):
    assert amounts_of(title, body, lang) == expected


@pytest.mark.parametrize("title, body, expected", [
    # the exact body figure is the rounder one: the headline adds detail, not a rounding
    ("Trade reaches $1.47bn", "Trade reached $1.5 billion.", [(1.47e9, "USD"), (1.5e9, "USD")]),
    # a figure far from the body's is another amount
    ("Sides eye $5bn trade", "Trade stood at $3.1 billion last year.", [(5e9, "USD"), (3.1e9, "USD")]),
    ("Deals worth €1.5bn signed", "Trade reached $1.47 billion.", [(1.5e9, "EUR"), (1.47e9, "USD")]),
])
def test_a_headline_figure_that_rounds_no_body_figure_stays(title, body, expected):
    assert sorted(amounts_of(title, body, "en")) == sorted(expected)


@pytest.mark.parametrize("text, lang, value, currency", [
    ("The grant of $2,500,000 was signed.", "en", 2.5e6, "USD"),
    ("The grant is 15,000,000 dollars.", "en", 1.5e7, "USD"),
    ("The loan is 5.000.000 euros.", "en", 5e6, "EUR"),
    ("Кредит составил 5.000.000 евро.", "ru", 5e6, "EUR"),
])
def test_two_thousands_separators_make_one_whole_number(text, lang, value, currency):
    assert rows(text, lang) == [(value, currency)]


@pytest.mark.parametrize("text, value, currency", [
    ("Trade reached $1.5 mlrd.", 1.5e9, "USD"),
    ("The project costs 1.5 trillion so'm.", 1.5e12, "UZS"),
    ("The project costs 1.5 trillion so‘m.", 1.5e12, "UZS"),
    ("The deal is worth USD1.2bn.", 1.2e9, "USD"),
    ("Investments of 2 billion US$ were made.", 2e9, "USD"),
])
def test_uzbek_and_compact_english_notations(text, value, currency):
    assert rows(text, "en") == [(value, currency)]


def test_thousands_under_millions_are_one_sum():
    assert rows("Грант составил 1 млн. 300 тыс. долларов.", "ru") == [(1.3e6, "USD")]


@pytest.mark.parametrize("text, lang, currency", [
    ("Korea will provide a loan of KRW 500 billion.", "en", "KRW"),
    ("Korea will provide a loan of 500 billion won.", "en", "KRW"),
    ("Корея выделит кредит в 500 млрд вон.", "ru", "KRW"),
    ("India extended a line of credit of INR 2 billion.", "en", "INR"),
    ("Индия выделит 2 млрд рупий.", "ru", "INR"),
    ("Товарооборот с Беларусью составил 300 млн белорусских рублей.", "ru", "BYN"),
    ("Швейцария выделит грант в 10 млн швейцарских франков.", "ru", "CHF"),
    ("The grant of 5 million Swiss francs was signed.", "en", "CHF"),
    ("Georgia's trade reached 1.2 billion lari.", "en", "GEL"),
    ("Товарооборот с Арменией составил 50 млрд драмов.", "ru", "AMD"),
    ("Проект стоимостью 2 млрд гривен.", "ru", "UAH"),
])
def test_partner_currencies_beyond_the_region(text, lang, currency):
    assert [c for _, c in rows(text, lang)] == [currency]


def test_won_after_a_bare_number_is_the_verb():
    assert rows("Uzbekistan's team of 11 won the cup.", "en") == []


@pytest.mark.parametrize("text, lang, value", [
    ("Товарооборот составил пятьсот миллионов долларов.", "ru", 5e8),
    ("Объем торговли достиг двухсот миллионов долларов.", "ru", 2e8),
    ("Кредит в размере сорока миллионов долларов.", "ru", 4e7),
    ("Товарооборот составил двадцать пять миллионов долларов.", "ru", 2.5e7),
    ("Trade reached five hundred million dollars.", "en", 5e8),
    ("The grant is forty million dollars.", "en", 4e7),
    ("The loan is twelve million dollars.", "en", 1.2e7),
    ("Trade reached twenty-five million dollars.", "en", 2.5e7),
])
def test_hundreds_tens_and_teens_in_words_are_read(text, lang, value):
    assert rows(text, lang) == [(value, "USD")]


def test_a_bare_figure_said_to_be_in_dollars_is_in_dollars():
    text = "Товарооборот составил 1,5 трлн сумов (в долларовом эквиваленте — около 120 млн)."
    assert rows(text, "ru") == [(1.5e12, "UZS"), (1.2e8, "USD")]


def test_the_abbreviation_dol_is_the_dollar():
    assert rows("Товарооборот составил 100 млн дол.", "ru") == [(1e8, "USD")]


def values(*texts: str, lang: str) -> list[tuple[float, str]]:
    return [(a.amount, a.currency) for a in find_amounts(sentences(*texts), lang, 2025)]


@pytest.mark.parametrize("texts, lang", [
    (("В 2022 году товарооборот составил $1 млрд.", "В 2023 году он вырос до 1,2 млрд."), "ru"),
    (("Trade reached $1 billion in 2022.", "In 2023 it grew to 1.2 billion."), "en"),
])
def test_a_bare_figure_about_money_in_the_next_sentence_carries_the_currency_over(texts, lang):
    assert values(*texts, lang=lang) == [(1e9, "USD"), (1.2e9, "USD")]


@pytest.mark.parametrize("texts, lang", [
    (("Кредит составил $100 млн.", "Население страны — 10 млн."), "ru"),
    (("The plant costs $300 million.", "It will serve 1.6 million people."), "en"),
])
def test_a_bare_figure_that_speaks_of_no_money_in_the_next_sentence_is_no_amount(texts, lang):
    assert len(values(*texts, lang=lang)) == 1


@pytest.mark.parametrize("text, lang, value", [
    ("Курс на сотрудничество подкреплен соглашениями на $1 млрд.", "ru", 1e9),
    ("The loan carries a rate of 2% and a term of 25 years for $300 million.", "en", 3e8),
    ("The interest rate on the $100 million loan is low.", "en", 1e8),
])
def test_a_course_or_a_percentage_rate_is_no_exchange_rate(text, lang, value):
    assert [v for v, _ in rows(text, lang)] == [value]


@pytest.mark.parametrize("text, lang", [
    ("Курс на 1 мая составил 12 800 сумов.", "ru"),
    ("The exchange rate was 470 tenge.", "en"),
])
def test_an_exchange_rate_stays_no_amount(text, lang):
    assert rows(text, lang) == []


@pytest.mark.parametrize("text, currency", [
    ("Проект стоит 5 млрд тг.", "KZT"),
    ("Выделено 300 млн смн.", "TJS"),
    ("Ташкент выделил 2 трлн сўм.", "UZS"),
])
def test_local_currency_abbreviations(text, currency):
    assert [c for _, c in rows(text, "ru")] == [currency]


@pytest.mark.parametrize("text, lang, value", [
    ("Экспорт составил $300 млн за месяц.", "ru", 3e8),
    ("Exports reached $300 million a month.", "en", 3e8),
    ("Выделено $5 млн в т.ч. на школы.", "ru", 5e6),
])
def test_millions_for_a_period_are_its_total_not_a_price(text, lang, value):
    assert [v for v, _ in rows(text, lang)] == [value]


@pytest.mark.parametrize("text, lang", [
    ("Subscribe for $0.99 per month.", "en"),
    ("Номер стоит 5 000 рублей в сутки.", "ru"),
    ("Цемент продают по 800 тыс. сумов за тонну.", "ru"),
])
def test_a_small_price_per_period_or_unit_stays_no_amount(text, lang):
    assert rows(text, lang) == []


@pytest.mark.parametrize("text, lang", [
    ("Стоимость проекта — от $1 до $1,5 млрд.", "ru"),
    ("The project will cost from $1 to $1.5 billion.", "en"),
    ("The project will cost $1 to $1.5 billion.", "en"),
])
def test_the_first_end_of_a_range_takes_the_second_ends_unit(text, lang):
    assert rows(text, lang) == [(1e9, "USD"), (1.5e9, "USD")]


def test_a_small_sum_before_a_larger_one_in_another_currency_keeps_its_value():
    assert rows("The fee is $5 and €1.5 million goes to the fund.", "en") == [(5.0, "USD"), (1.5e6, "EUR")]
