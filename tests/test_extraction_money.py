"""Unit tests for money amounts, on Russian and English sentences written for these tests."""
from __future__ import annotations

from functools import partial

import pytest

from extraction import extract_article
from extraction.money import find_amounts, mark_umbrellas
from tests import helpers
from tests.helpers import sentences

# These tests read Russian copy unless they say otherwise.
article = partial(helpers.article, lang="ru")


def found(*texts: str, lang: str = "ru", year: int = 2025):
    return find_amounts(sentences(*texts), lang, year)


def rows(*texts: str, lang: str = "ru"):
    return [(a.amount, a.currency) for a in found(*texts, lang=lang)]


def kinds(*texts: str, lang: str = "ru"):
    return [(a.amount, a.kind) for a in found(*texts, lang=lang)]


def one(text: str, lang: str = "ru"):
    got = found(text, lang=lang)
    assert len(got) == 1, [(a.amount, a.currency, a.kind) for a in got]
    return got[0]


# --- notations --------------------------------------------------------------

@pytest.mark.parametrize("text, lang, value, currency", [
    ("Подписаны проекты на $1,3 млрд.", "ru", 1.3e9, "USD"),
    ("Проекты оценены в 1,2 млрд долларов.", "ru", 1.2e9, "USD"),
    ("Портфель составил свыше $8 млрд.", "ru", 8e9, "USD"),
    ("Фонд получит порядка одного миллиарда долларов.", "ru", 1e9, "USD"),
    ("Банк выдал кредит на CNY 1.5bn.", "ru", 1.5e9, "CNY"),
    ("The lender approved a CNY 1.5bn facility.", "en", 1.5e9, "CNY"),
    ("The EU pledged €300m for the corridor.", "en", 3e8, "EUR"),
    ("Капитал фонда составит 1,25 трлн руб.", "ru", 1.25e12, "RUB"),
    ("Бюджет программы составит 1 трлн сумов.", "ru", 1e12, "UZS"),
    ("Exports reached $461.9m in the first half.", "en", 461.9e6, "USD"),
    ("Trade hit a record $ 31 billion.", "en", 31e9, "USD"),
    ("Банк выделит 5 млн евро на модернизацию.", "ru", 5e6, "EUR"),
    ("Инвестор вложит 100 миллионов долларов.", "ru", 1e8, "USD"),
    ("The investor will put in 100 million US dollars.", "en", 1e8, "USD"),
    ("Стороны вложат не менее двух миллиардов долларов.", "ru", 2e9, "USD"),
    ("Объем инвестиций составит три миллиарда рублей.", "ru", 3e9, "RUB"),
    ("Проект оценивается в трех миллиардах рублей.", "ru", 3e9, "RUB"),
    ("The fund will hold one billion dollars.", "en", 1e9, "USD"),
    ("The bank lent two billion yuan.", "en", 2e9, "CNY"),
    ("Exports topped $12,845 million.", "en", 12_845e6, "USD"),
])
def test_notations(text, lang, value, currency):
    a = one(text, lang)
    assert (a.amount, a.currency) == (pytest.approx(value), currency)


@pytest.mark.parametrize("text, currency", [
    ("Выделено 300 млн сумов.", "UZS"),
    ("Выделено 300 млн сум.", "UZS"),
    ("На 300 млн узбекских сумов закуплено оборудование.", "UZS"),
    ("Выделено 40 млрд тенге.", "KZT"),
    ("Выделено 2 млрд сомов.", "KGS"),
    ("Выделено 2 млрд сом.", "KGS"),
    ("Бюджет в 2 млрд кыргызских сомов утвержден.", "KGS"),
    ("Выделено 500 млн сомони.", "TJS"),
    ("Выделено 90 млн манатов.", "TMT"),
    ("Выделено 90 млн азербайджанских манатов.", "AZN"),
    ("Выделено 3 млрд юаней.", "CNY"),
    ("Выделено 3 млрд юань.", "CNY"),
    ("Выделено 4 млрд рублей.", "RUB"),
    ("Выделено 4 млрд российских рублей.", "RUB"),
    ("Выделено 700 млн турецких лир.", "TRY"),
    ("Выделено 700 млн лир.", "TRY"),
    ("Выделено 10 млн долларов США.", "USD"),
    ("Выделено 10 млн евро.", "EUR"),
    ("Allocated 40 billion tenge.", "KZT"),
    ("Allocated 300 million soums.", "UZS"),
    ("Allocated 2 billion soms.", "KGS"),
    ("Allocated 500 million somoni.", "TJS"),
    ("Allocated 90 million manats.", "TMT"),
    ("Allocated 90 million Azerbaijani manats.", "AZN"),
    ("Allocated 700 million Turkish liras.", "TRY"),
    ("Allocated UZS 300bn.", "UZS"),
    ("Allocated KGS 2bn.", "KGS"),
    ("Allocated TJS 50m.", "TJS"),
    ("Allocated TMT 90m.", "TMT"),
    ("Allocated AZN 90m.", "AZN"),
    ("Allocated TRY 700m.", "TRY"),
    ("Allocated ₸40bn.", "KZT"),
])
def test_currencies_in_all_forms(text, currency):
    assert one(text, "en" if text.startswith("Allocated") else "ru").currency == currency


def test_word_sum_is_not_the_soum():
    assert rows("На сумму выделенных средств претензий нет.") == []
    assert rows("Общая сумма пока не названа.") == []


def test_bracketed_equivalent_is_a_second_row_with_the_same_kind():
    ru = found("Строительство моста оценивается в 22,8 млрд тенге (около $51 млн).")
    assert [(a.amount, a.currency, a.kind) for a in ru] == [(22.8e9, "KZT", "project_cost"), (51e6, "USD", "project_cost")]
    assert [a.is_approximate for a in ru] == [False, True]
    en = found("The terminal is estimated at 22.8 billion tenge ($51 million).", lang="en")
    assert [(a.amount, a.currency, a.kind) for a in en] == [(22.8e9, "KZT", "project_cost"), (51e6, "USD", "project_cost")]


# --- ranges -----------------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Стоимость двух заводов оценивается от 2 до 3 млрд долларов.", "ru"),
    ("Стоимость комплекса составит 2–3 млрд долларов.", "ru"),
    ("The two plants are expected to cost between $2 billion and $3 billion.", "en"),
    ("The bridge will cost $2-3 billion.", "en"),
])
def test_range_gives_both_ends_of_the_same_kind(text, lang):
    got = found(text, lang=lang)
    assert [(a.amount, a.currency) for a in got] == [(2e9, "USD"), (3e9, "USD")]
    assert {a.kind for a in got} == {"project_cost"}
    assert all(a.is_approximate for a in got)


def test_range_ends_with_their_own_multipliers():
    got = found("Кредит составит от 500 млн до 1 млрд долларов.")
    assert [(a.amount, a.kind) for a in got] == [(5e8, "loan"), (1e9, "loan")]


@pytest.mark.parametrize("text, lang", [
    ("Товарооборот вырос с $2 млрд до $3 млрд.", "ru"),
    ("Trade increased from $2 billion to $3 billion.", "en"),
])
def test_growth_from_to_is_not_a_range(text, lang):
    got = found(text, lang=lang)
    assert [a.amount for a in got] == [2e9, 3e9]
    assert not any(a.is_approximate for a in got)


# --- approximation ----------------------------------------------------------

@pytest.mark.parametrize("text, lang", [
    ("Портфель проектов составил свыше $8 млрд.", "ru"),
    ("Вложено около $5 млн.", "ru"),
    ("Вложено порядка одного миллиарда долларов.", "ru"),
    ("Вложено почти $5 млн.", "ru"),
    ("Вложено примерно $5 млн.", "ru"),
    ("Вложено более $5 млн.", "ru"),
    ("Товарооборот превысил $4 млрд.", "ru"),
    ("Фонд получит до $50 млн.", "ru"),
    ("Investments of over $5 million were made.", "en"),
    ("Trade was about $5 million.", "en"),
    ("Investments of more than $5 million were made.", "en"),
    ("Trade was nearly $5 billion.", "en"),
    ("Trade was almost $5 billion.", "en"),
    ("The fund will get up to $50 million.", "en"),
    ("Trade exceeded $4 billion.", "en"),
])
def test_approximate_qualifiers(text, lang):
    assert one(text, lang).is_approximate is True


@pytest.mark.parametrize("text, lang", [
    ("Реализуется более 38 проектов на сумму 2,2 млрд долларов.", "ru"),
    ("Подписано свыше 20 соглашений на $3 млрд.", "ru"),
    ("More than 40 agreements worth $3 billion were signed.", "en"),
    ("Over 12 projects totalling $900 million are under way.", "en"),
    ("Президенты поручили довести товарооборот до $10 млрд.", "ru"),
    ("Товарооборот вырос до $3 млрд.", "ru"),
])
def test_qualifier_of_a_count_or_a_target_is_not_approximate(text, lang):
    assert one(text, lang).is_approximate is False


# --- kinds ------------------------------------------------------------------

@pytest.mark.parametrize("text, lang, kind", [
    ("Подписан пакет соглашений на $2 млрд.", "ru", "investment_package"),
    ("Портфель совместных проектов оценивается в $1,5 млрд.", "ru", "investment_package"),
    ("Пакет торгово-экономических соглашений составил 2,3 млрд долларов.", "ru", "investment_package"),
    ("Подписано 30 проектов общей стоимостью $2 млрд.", "ru", "investment_package"),
    ("The sides signed agreements worth $15 billion.", "en", "investment_package"),
    ("The leaders endorsed a $1.5 billion package of joint projects.", "en", "investment_package"),
    ("Стоимость первой очереди составит 240 млн долларов.", "ru", "project_cost"),
    ("Завод стоимостью $120 млн будет построен в Джизаке.", "ru", "project_cost"),
    ("The first phase of the terminal will cost $85 million.", "en", "project_cost"),
    ("The plant, worth $40 million, opened in May.", "en", "project_cost"),
    ("Объем казахстанских инвестиций превысил 300 млн долларов.", "ru", "investment_volume"),
    ("Turkish companies have invested over $2.5 billion in Uzbekistan.", "en", "investment_volume"),
    ("Товарооборот по итогам года составил $1,7 млрд.", "ru", "trade_turnover"),
    ("Экспорт зерна достиг $300 млн.", "ru", "trade_turnover"),
    ("Bilateral trade exceeded $4.4 billion.", "en", "trade_turnover"),
    ("Президенты поручили довести товарооборот до $5 млрд.", "ru", "trade_target"),
    ("The presidents set a $10 billion trade goal.", "en", "trade_target"),
    ("The sides agreed to raise trade to $3 billion.", "en", "trade_target"),
    ("Россия предоставит кредит в размере $300 млн.", "ru", "loan"),
    ("Russia will lend Kyrgyzstan $120.5m for farm machinery.", "en", "loan"),
    ("The bank opened a $1.2 billion credit line.", "en", "loan"),
    ("Япония выделит грант в размере $15 млн.", "ru", "grant"),
    ("China will provide CNY 2bn in grants.", "en", "grant"),
    ("Уставный капитал компании составит $100 млн.", "ru", "fund"),
    ("The partners set up a joint company with a capital of $50 million.", "en", "fund"),
    ("Стороны учредят инвестиционный фонд объемом $500 млн.", "ru", "fund"),
    ("Ущерб оценен в $5 млн.", "ru", "other"),
])
def test_kind_from_the_nearest_cue(text, lang, kind):
    assert one(text, lang).kind == kind


def test_each_amount_takes_the_cue_next_to_it():
    got = found("Presidents endorsed a $1.5 billion package of joint projects and set a $10 billion trade goal.", lang="en")
    assert [a.kind for a in got] == ["investment_package", "trade_target"]
    got = found("Россия выделит кредит на $120 млн для закупки техники и грант в $30 млн для школ.")
    assert [a.kind for a in got] == ["loan", "grant"]
    got = found("Казахстан выделит грант в $10 млн на строительство школы, а капитал совместной компании составит $50 млн.")
    assert [a.kind for a in got] == ["grant", "fund"]
    got = found("Товарооборот вырос на 25%, а объем инвестиций превысил 300 млн долларов.")
    assert [a.kind for a in got] == ["investment_volume"]


def test_turnover_and_target_in_one_sentence():
    got = found("Товарооборот достиг $4 млрд, стороны договорились увеличить показатель до $10 млрд.")
    assert [a.kind for a in got] == ["trade_turnover", "trade_target"]
    got = found("Trade reached $1.8 billion and the sides plan to increase it to $3 billion.", lang="en")
    assert [a.kind for a in got] == ["trade_turnover", "trade_target"]


def test_target_refers_back_to_the_previous_sentence():
    assert kinds("Товарооборот в прошлом году составил $1,7 млрд.",
                 "Президенты поручили довести его до $5 млрд.") == [(1.7e9, "trade_turnover"), (5e9, "trade_target")]
    assert kinds("Trade stood at $1.1 billion last year.", "The presidents agreed to raise it to $2 billion.",
                 lang="en") == [(1.1e9, "trade_turnover"), (2e9, "trade_target")]


@pytest.mark.parametrize("text, lang", [
    ("Стороны намерены достичь товарооборота в $5 млрд.", "ru"),
    ("Стороны обсудили увеличение товарооборота до 2 млрд долларов.", "ru"),
    ("The sides agreed to reach $5 billion in trade by 2030.", "en"),
    ("The leaders discussed increasing trade to $2 billion.", "en"),
])
def test_intention_to_reach_a_trade_figure_is_a_target(text, lang):
    assert one(text, lang).kind == "trade_target"


@pytest.mark.parametrize("text, lang", [
    ("Товарооборот увеличился до $3 млрд.", "ru"),
    ("Trade is expected to reach $5 billion this year.", "en"),
    ("Товарооборот достиг $3 млрд.", "ru"),
    ("Trade increased to $3 billion last year.", "en"),
    ("В целом товарооборот составил $3 млрд.", "ru"),
])
def test_actual_growth_is_not_a_target(text, lang):
    assert one(text, lang).kind == "trade_turnover"


def test_target_verb_without_trade_is_not_a_trade_target():
    assert one("Стороны намерены довести объем инвестиций до $5 млрд.").kind == "investment_volume"
    assert one("The sides plan to increase investment to $5 billion.", "en").kind == "investment_volume"


@pytest.mark.parametrize("text, lang, kind", [
    ("Подписаны соглашения по инвестициям на $2 млрд.", "ru", "investment_package"),
    ("Agreements on investment worth $2 billion were signed.", "en", "investment_package"),
])
def test_topic_modifier_does_not_override_the_head(text, lang, kind):
    assert one(text, lang).kind == kind


def test_one_contract_for_a_plant_takes_the_plant_cost():
    got = found("Подписано 45 соглашений на сумму $3,2 млрд, в том числе контракт на строительство завода стоимостью $400 млн.")
    assert [a.kind for a in got] == ["investment_package", "project_cost"]
    got = found("Agreements worth $2 billion were signed, including a $300 million cement plant.", lang="en")
    assert [a.kind for a in got] == ["investment_package", "project_cost"]


def test_bracketed_equivalent_does_not_hide_the_cue_after_it():
    got = found("Kazakhstan will allocate 15 billion tenge ($31 million) to the project.", lang="en")
    assert [(a.kind, a.confidence >= 0.85) for a in got] == [("project_cost", True)] * 2
    got = found("На стройку выделят 15 млрд тенге ($31 млн) по проекту.")
    assert [a.kind for a in got] == ["project_cost"] * 2


def test_singular_project_is_a_cost_plural_projects_a_package():
    assert one("Проект оценивается в $300 млн.").kind == "project_cost"
    assert one("Проекты оцениваются в $300 млн.").kind == "investment_package"
    assert one("The project is valued at $300 million.", "en").kind == "project_cost"
    assert one("The projects are valued at $300 million.", "en").kind == "investment_package"


# --- years ------------------------------------------------------------------

def test_year_from_the_clause_else_published():
    got = found("Товарооборот в 2024 году составил $4 млрд, к 2030 году его планируется довести до $10 млрд.")
    assert [a.year for a in got] == [2024, 2030]
    got = found("Trade exceeded $4.4 billion last year, and the leaders want to lift it to $10 billion by 2030.", lang="en")
    assert [a.year for a in got] == [2024, 2030]
    assert one("Подписаны соглашения на $2 млрд.").year == 2025
    assert one("The sides signed agreements worth $2 billion.", "en").year == 2025


def test_year_in_another_clause_is_not_taken():
    got = found("Соглашение действует с 2019 года; подписаны контракты на $2 млрд.")
    assert [a.year for a in got] == [2025]


# --- not amounts ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Доля экспорта выросла на 12%.",
    "Подписано 35 документов.",
    "Соглашение действует до 2030 года.",
    "Телефон приемной: +998 71 200 00 00.",
    "Встреча прошла 15 ноября 2025 года.",
    "Курс составил 12 800 сумов за доллар.",
    "Курс доллара в Бишкеке вырос до 87 сомов.",
    "Официальный курс юаня — 1 750 сумов.",
    "Стул продается по 300 рублей за штуку.",
    "Подписка стоит 99 рублей в месяц.",
    "Завод выпустит 1,2 млн тонн цемента.",
    "В форуме участвовали 300 компаний.",
])
def test_russian_non_amounts(text):
    assert rows(text) == []


@pytest.mark.parametrize("text", [
    "Exports grew by 25 percent.",
    "The ministers signed 12 documents in 2024.",
    "The dollar traded at 12,900 soums per dollar.",
    "Call +7 727 000 0000 for details.",
    "Subscribe for $0.99 per month.",
    "Rooms cost $45 a night.",
    "The exchange rate was 470 tenge.",
    "The plant will employ 600 people and produce 1.1 million tons.",
])
def test_english_non_amounts(text):
    assert rows(text, lang="en") == []


# --- article level ----------------------------------------------------------

def test_amount_in_title_lead_and_body_is_one_row():
    facts = extract_article(article("Главы государств одобрили пакет совместных проектов на $1,5 млрд.",
                                    title="Стороны подписали пакет на $1,5 млрд", lead="Одобрен пакет проектов на $1,5 млрд."))
    assert [(a["amount"], a["amount_kind"]) for a in facts["amounts"]] == [(1.5e9, "investment_package")]
    facts = extract_article(article("The presidents endorsed a $1.5 billion package of joint projects.",
                                    title="Uzbekistan, Kazakhstan agree $1.5bn package", lang="en"))
    assert len(facts["amounts"]) == 1


def test_same_value_with_two_kinds_in_the_body_is_two_rows():
    got = found("Стороны решили довести товарооборот до $2 млрд.",
                "Стоимость двух станций оценивается от 2 до 3 млрд долларов.")
    assert [(a.amount, a.kind) for a in got] == [(2e9, "trade_target"), (2e9, "project_cost"), (3e9, "project_cost")]


def test_umbrella_package_over_its_parts():
    got = found("Подписан пакет соглашений на $1 млрд.", "Стоимость первого завода составит $200 млн.")
    mark_umbrellas(got)
    assert [a.is_umbrella for a in got] == [True, False]
    got = found("Agreements worth $1 billion were signed.", "The first plant will cost $200 million.", lang="en")
    mark_umbrellas(got)
    assert [a.is_umbrella for a in got] == [True, False]


def test_package_alone_is_not_an_umbrella():
    got = found("Подписан пакет соглашений на $1 млрд.", "Товарооборот составил $3 млрд.")
    mark_umbrellas(got)
    assert not any(a.is_umbrella for a in got)
    got = found("Agreements worth $1 billion were signed.", lang="en")
    mark_umbrellas(got)
    assert got[0].is_umbrella is False
    got = found("Agreements worth $1 billion were signed.", lang="en")
    mark_umbrellas(got, project_count=2)
    assert got[0].is_umbrella is True


def test_confidence_reflects_the_evidence():
    cued = one("Товарооборот составил $3 млрд.")
    bare = one("Сообщается о сумме в $3 млрд.")
    assert bare.kind == "other"
    assert cued.confidence >= 0.85 > bare.confidence
    cued_en = one("Trade reached $3 billion.", "en")
    bare_en = one("The figure of $3 billion was mentioned.", "en")
    assert bare_en.kind == "other"
    assert cued_en.confidence > bare_en.confidence


# --- kinds decided by grammar around the cue (round 2) ---

@pytest.mark.parametrize("text, lang, kind", [
    # remittances are money, neither trade nor investment; "мигрант" is no grant
    ("Объем денежных переводов трудовых мигрантов превысил $2 млрд.", "ru", "other"),
    ("Remittances from seasonal workers reached $900 million last year.", "en", "other"),
    # a counted noun is a set, even in the singular after a numeral
    ("В совместный портфель входят 25 проектов на $4 млрд.", "ru", "investment_package"),
    ("Портфель включает 31 проект на $2,7 млрд.", "ru", "investment_package"),
    ("The portfolio now holds 12 projects worth $900 million.", "en", "investment_package"),
    ("Стороны обсудили две электростанции совокупной стоимостью $3 млрд.", "ru", "investment_package"),
    ("They discussed two new dams with a combined cost of about $2 billion.", "en", "investment_package"),
    # a loan agreement is a loan, not a package
    ("Министр подписал кредитное соглашение на $200 млн для ремонта ТЭЦ.", "ru", "loan"),
    ("The bank signed a loan agreement for $75 million.", "en", "loan"),
    # grant aid whose purpose names projects stays a grant
    ("Правительство выделит безвозмездную помощь в размере 300 млн юаней на школьные проекты.", "ru", "grant"),
    ("The donor will provide non-repayable aid of $40 million for rural projects.", "en", "grant"),
    # money a fund has already put into projects is investment volume
    ("Фонд профинансировал проекты на сумму более 20 млрд сомов.", "ru", "investment_volume"),
    ("The fund has financed projects worth $600 million since 2015.", "en", "investment_volume"),
    # investment into one object is that object's cost
    ("Построят новый порт, инвестиции в который оцениваются в $70 млн.", "ru", "project_cost"),
    ("They plan a logistics park, investment in which is put at $70 million.", "en", "project_cost"),
    # works on one object
    ("Kyrgyzstan will allocate 3 billion soms for the modernisation of a border checkpoint.", "en", "project_cost"),
    ("На реконструкцию пункта пропуска направят 2 млрд тенге.", "ru", "project_cost"),
])
def test_kind_from_grammar(text, lang, kind):
    assert one(text, lang).kind == kind


@pytest.mark.parametrize("text, lang, kind", [
    # a relative clause describes its noun: its "экспорт" is not what the figure measures
    ("Стоимость склада в Термезе, который будет обслуживать экспорт фруктов, оценивается в 9 млрд тенге.", "ru", "project_cost"),
    ("The cost of the depot, which will handle exports of grain, is put at $30 million.", "en", "project_cost"),
    # but an amount inside the relative clause still reads its cues
    ("Стороны обсудили торговлю, объем которой в 2025 году составил $1 млрд.", "ru", "trade_turnover"),
    # a bracketed figure takes the noun before it, not the note after its comma
    ("Among the projects are a textile cluster ($90 million, agreement signed) and a bridge.", "en", "project_cost"),
    ("Среди проектов — текстильный кластер ($90 млн, соглашение подписано).", "ru", "project_cost"),
    # not a purpose: a head noun right after the figure still counts
    ("They agreed a $10 billion trade goal.", "en", "trade_target"),
])
def test_kind_scope(text, lang, kind):
    assert one(text, lang).kind == kind


def test_counted_plural_is_not_a_single_project():
    # a bare singular "проект" without a numeral stays one project's cost
    assert one("Стоимость проекта составит $50 млн.").kind == "project_cost"
    assert one("The project will cost $50 million.", "en").kind == "project_cost"


@pytest.mark.parametrize("texts, lang, code", [
    (("Переговоры прошли в Баку, Азербайджан и Казахстан подписали документы.",
      "Проект оценивается в 850 млн манатов."), "ru", "AZN"),
    (("The talks in Baku brought Azerbaijan and Kazakhstan closer.",
      "The project is estimated at 340 million manats."), "en", "AZN"),
    (("Туркменистан и Узбекистан обсудили энергетику.", "Проект оценивается в 850 млн манатов."), "ru", "TMT"),
    (("Turkmenistan and Azerbaijan met in Ashgabat; Turkmen officials spoke.",
      "The project is estimated at 340 million manats."), "en", "TMT"),
    # a qualified manat keeps its code whatever the article is about
    (("Азербайджан и Туркменистан обсудили газ в Баку, Азербайджан доволен.",
      "Туркменская сторона вложит 100 млн туркменских манатов."), "ru", "TMT"),
])
def test_bare_manat_follows_the_article(texts, lang, code):
    got = found(*texts, lang=lang)
    assert [a.currency for a in got] == [code]


@pytest.mark.parametrize("text, lang", [
    ("USD 503.12 KZT", "en"),
    ("Курс: USD 12 650 UZS", "ru"),
])
def test_rate_ticker_is_not_an_amount(text, lang):
    assert found(text, lang=lang) == []


@pytest.mark.parametrize("text, lang, code", [
    ("Выделено 5 млн таджикских сомони.", "ru", "TJS"),
    ("It received 5 million Tajik somoni.", "en", "TJS"),
    ("Сделка на 7 млрд казахстанских тенге.", "ru", "KZT"),
    ("A deal worth 7 billion Kazakh tenge.", "en", "KZT"),
    ("Расчеты в 3 млн кыргызских сомах.", "ru", "KGS"),
    ("Платежи в 3 млн турецких лирах.", "ru", "TRY"),
    ("A contract for 3 million Azerbaijan manats.", "en", "AZN"),
])
def test_qualified_currency_words(text, lang, code):
    assert [a.currency for a in found(text, lang=lang)] == [code]


def test_som_is_not_somoni_or_a_word_part():
    assert [a.currency for a in found("Выделено 5 млн сомони.")] == ["TJS"]
    assert found("Он назвал 5 сомнительных сделок.") == []
    assert found("It named 5 somewhat risky deals.", lang="en") == []
