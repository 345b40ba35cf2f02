"""Unit tests for the extraction package, on sentences written for these tests."""
from __future__ import annotations

import datetime as dt
from functools import partial

import pytest

from extraction import extract_article
from extraction.entities import city_from_name, find_cities, find_countries, find_persons
from extraction.lexicon import norm
from extraction.money import find_amounts
from extraction.projects import find_projects
from extraction.sectors import find_sectors
from extraction.text import Sentence, fix_glued, split_article, split_dateline
from tests import helpers

# These tests read Russian copy unless they say otherwise.
article = partial(helpers.article, lang="ru")


def sent(text: str) -> Sentence:
    return Sentence(text, 0, "body", 0)


def amounts(text: str, lang: str = "ru", year: int = 2025):
    return [(a.amount, a.currency, a.kind, a.is_approximate) for a in find_amounts([sent(text)], lang, year)]


# --- text -----------------------------------------------------------------

def test_glued_sentences_are_separated():
    assert fix_glued("обсудили логистику.Отдельно отметили") == "обсудили логистику. Отдельно отметили"


def test_initials_are_not_split():
    assert fix_glued("музей имени А.С.Пушкина") == "музей имени А.С.Пушкина"


def test_russian_dateline_is_cut_and_resolved():
    dateline, rest = split_dateline("БИШКЕК, 3 марта — Sputnik. Президенты обменялись мнениями.")
    assert dateline.city == "Bishkek"
    assert rest.startswith("Президенты")


def test_english_dateline_with_agency_is_cut():
    dateline, rest = split_dateline("DUSHANBE. KHOVAR The two ministers met on Monday.")
    assert dateline.city == "Dushanbe"
    assert rest.startswith("The two ministers")


def test_sentence_without_dateline_is_untouched():
    dateline, rest = split_dateline("ООН провела конференцию.")
    assert dateline is None and rest == "ООН провела конференцию."


def test_title_comes_first_and_glued_body_splits():
    sentences, _ = split_article(article("Первое предложение.Второе предложение.", title="Заголовок статьи"))
    assert [s.part for s in sentences] == ["title", "body", "body"]


@pytest.mark.parametrize(("body", "expected"), [
    ("China Energy Engineering Co. Ltd. will build a solar plant. It opens soon.",
     ["China Energy Engineering Co. Ltd. will build a solar plant.", "It opens soon."]),
    ("Mr. Tokayev met Gen. Smith on Jan. 5 in Astana.", ["Mr. Tokayev met Gen. Smith on Jan. 5 in Astana."]),
    ("The plant will produce approx. 500 MW.", ["The plant will produce approx. 500 MW."]),
    ("It was built by Huawei Co. The next plant opens soon.", ["It was built by Huawei Co.", "The next plant opens soon."]),
])
def test_an_abbreviation_does_not_end_an_english_sentence_unless_a_new_one_starts(body, expected):
    sentences, _ = split_article(helpers.article(body, lang="en"))
    assert [s.text for s in sentences if s.part == "body"] == expected


def test_a_russian_currency_abbreviation_keeps_its_country():
    sentences, _ = split_article(article("Стоимость проекта 100 млн. долл. США. Завод построят в 2026 г."))
    assert [s.text for s in sentences if s.part == "body"] == ["Стоимость проекта 100 млн. долл. США.", "Завод построят в 2026 г."]


# --- entities -------------------------------------------------------------

def test_compound_adjective_names_both_countries():
    codes = [m.key for m in find_countries(norm("Обсудили таджикско-кыргызское сотрудничество"))]
    assert codes == ["TJ", "KG"]


def test_capital_is_not_a_country_alias():
    assert find_countries(norm("Делегация прибыла в Ташкент")) == []


def test_short_alias_needs_whole_word():
    assert [m.key for m in find_countries(norm("Правительство РФ одобрило"))] == ["RU"]
    assert find_countries(norm("рфид-метки")) == []


def test_georgia_is_not_cargo_loading():
    assert find_countries(norm("Вагоны начали грузить зерном")) == []


def test_city_case_forms_map_to_exonym():
    assert [c.key for c in find_cities(norm("встреча в Астане, затем в Самарканде"))] == ["Astana", "Samarkand"]
    assert city_from_name("АШХАБАД") == "Ashgabat"


def test_person_found_in_instrumental_case():
    names = [p.name for p in find_persons(norm("Переговоры с Эмомали Рахмоном прошли в Душанбе"))]
    assert names == ["Emomali Rahmon"]


def test_wife_in_feminine_form_is_not_the_president():
    names = [p.name for p in find_persons(norm("Президента сопровождала Айгуль Жапарова и советник Жапаровой"))]
    assert "Sadyr Japarov" not in names


def test_bare_shared_surname_follows_last_full_name():
    low = norm("Гурбангулы Бердымухамедов посетил выставку. Затем Бердымухамедов осмотрел стенды.")
    assert [p.name for p in find_persons(low)] == ["Gurbanguly Berdimuhamedov"] * 2


def test_honorific_title_resolves_to_gurbanguly():
    assert find_persons(norm("The Hero-Arkadag opened the forum"))[0].name == "Gurbanguly Berdimuhamedov"


def test_english_surname_spelling_variant():
    assert find_persons(norm("Zhaparov arrived in Tashkent"))[0].name == "Sadyr Japarov"


# --- money ----------------------------------------------------------------

def test_dollar_sign_with_russian_decimal_comma():
    assert amounts("Стороны подписали соглашения на $2,4 млрд.") == [(2.4e9, "USD", "investment_package", False)]


def test_currency_word_after_number_and_turnover():
    assert amounts("Товарооборот за год составил 3,1 млрд долларов.") == [(3.1e9, "USD", "trade_turnover", False)]


def test_number_written_as_word_is_approximate():
    assert amounts("Инвестиции оцениваются порядка двух миллиардов долларов.")[0][:2] == (2e9, "USD")
    assert amounts("Вложено около одного миллиарда долларов.")[0][3] is True


def test_trade_target_after_increase_to():
    assert amounts("Президенты поручили увеличить товарооборот до $7 млрд.") == [(7e9, "USD", "trade_target", False)]


def test_english_target_and_actual_in_one_sentence():
    got = amounts("Trade reached $1.8 billion last year and the sides plan to increase it to $3 billion.", "en")
    assert [(a, k) for a, _, k, _ in got] == [(1.8e9, "trade_turnover"), (3e9, "trade_target")]


def test_amount_with_parenthesised_dollar_equivalent_gives_two_rows():
    got = amounts("The bridge is estimated at 40.5 billion tenge ($80 million).", "en")
    assert got == [(40.5e9, "KZT", "project_cost", False), (80e6, "USD", "project_cost", False)]


def test_currency_code_and_short_multiplier():
    assert amounts("The bank opened a CNY 2.5bn credit line.", "en") == [(2.5e9, "CNY", "loan", False)]


def test_trillion_roubles_with_abbreviation():
    assert amounts("Капитал фонда составит 1,5 трлн руб.")[0][:3] == (1.5e12, "RUB", "fund")


def test_space_after_dollar_sign_and_over():
    assert amounts("Investments of over $ 12 billion were made.", "en") == [(12e9, "USD", "investment_volume", True)]


def test_more_than_before_count_does_not_make_amount_approximate():
    got = amounts("Реализуется более 20 проектов на сумму 900 млн долларов.")
    assert got == [(9e8, "USD", "investment_package", False)]


def test_grant_kind():
    assert amounts("Япония выделит грант в размере $15 млн.")[0][2] == "grant"


@pytest.mark.parametrize("text", [
    "Доля экспорта выросла на 12%.",
    "Подписано 35 документов.",
    "Соглашение действует до 2030 года.",
    "Телефон приемной: +998 71 200 00 00.",
    "Встреча прошла 15 ноября.",
    "Курс составил 12 800 сумов за доллар.",
    "Курс доллара в Бишкеке вырос до 87 сомов.",
])
def test_russian_non_amounts(text):
    assert amounts(text) == []


@pytest.mark.parametrize("text", [
    "Exports grew by 25 percent.",
    "The ministers signed 12 documents in 2024.",
    "The dollar traded at 12,900 soums per dollar.",
    "Call +7 727 000 0000 for details.",
])
def test_english_non_amounts(text):
    assert amounts(text, "en") == []


def test_amount_in_title_and_body_is_one_row():
    facts = extract_article(article("Главы государств подписали соглашения на $3 млрд.",
                                    title="Стороны подписали соглашения на $3 млрд"))
    assert len(facts["amounts"]) == 1


# --- projects -------------------------------------------------------------

def projects(text: str):
    return [(p.as_written, p.status) for p in find_projects([sent(text)])]


def test_coordinated_quoted_names_become_two_projects():
    got = projects('Заложили первый камень в основание торговых центров «Самарканд» и «Бухара».')
    assert [s for _, s in got] == ["construction_started", "construction_started"]
    assert "Самарканд" in got[0][0] and "Бухара" in got[1][0] and "торговых центров" in got[1][0]


def test_launched_plant_russian():
    assert projects("В Навои запущен завод по выпуску медного проката.") == [("завод по выпуску медного проката", "launched")]


def test_put_into_operation_is_launched():
    assert projects("В Хорезме введена в эксплуатацию солнечная электростанция мощностью 100 МВт.")[0][1] == "launched"


def test_passive_english_opening():
    assert projects("The new textile factory was opened in Khujand.") == [("textile factory", "launched")]


def test_agreed_to_build_is_announced():
    got = projects("The leaders agreed to build a logistics hub near the border.")
    assert got == [("logistics hub near the border", "announced")]


def test_documents_and_councils_are_not_projects():
    assert projects("Стороны договорились создать рабочую группу и подписали дорожную карту.") == []
    assert projects("The presidents agreed to establish the Council of Foreign Ministers.") == []


def test_generic_projects_are_not_projects():
    assert projects("Запущены новые проекты на $500 млн.") == []


# --- sectors --------------------------------------------------------------

def sectors(text: str):
    return {s.sector_code for s in find_sectors([sent(text)])}


def test_sectors_named_as_areas_of_cooperation():
    got = sectors("Стороны обсудили сотрудничество в энергетике, сельском хозяйстве и образовании.")
    assert got == {"energy", "agriculture", "education_science"}


def test_english_sector_list_called_priorities_counts():
    assert sectors("Mining, tourism and healthcare remain priorities.") == {"mining_geology", "tourism", "healthcare"}


def test_growth_figures_listing_sectors_name_no_cooperation():
    assert sectors("Growth was driven by manufacturing, construction, agriculture and energy.") == set()
    assert sectors("Рост обеспечен за счет обрабатывающей промышленности, строительства и сельского хозяйства.") == set()


def test_site_menu_listing_sectors_names_no_cooperation():
    assert sectors("All news on tourism, healthcare, education and sports.") == set()


def test_national_programme_listing_sectors_names_no_cooperation():
    text = "Правительство утвердило программу на 2025 год: промышленность, энергетика, строительство и туризм."
    assert sectors(text) == set()


def test_developed_country_names_no_development_of_ties():
    assert sectors("Developed countries buy most of the region's cotton and wheat.") == set()
    assert sectors("Казахстан обладает развитой банковской системой.") == set()


def test_single_word_without_cooperation_context_is_ignored():
    assert sectors("Министр приехал на вокзал на поезде.") == set()


def test_it_abbreviation_is_case_sensitive():
    assert "digital_it" in sectors("Partnership covers IT and telecoms.")
    assert "digital_it" not in sectors("They said it will develop cooperation.")


# --- meetings -------------------------------------------------------------

def test_state_visit_with_talks_is_one_meeting():
    facts = extract_article(article(
        "Президент Таджикистана Эмомали Рахмон прибыл в Ташкент с государственным визитом.\n\n"
        "Шавкат Мирзиёев и Эмомали Рахмон провели переговоры в узком формате в резиденции «Куксарой».",
        title="Рахмон прибыл в Ташкент с государственным визитом"))
    assert len(facts["meetings"]) == 1
    m = facts["meetings"][0]
    assert (m["meeting_format"], m["city"], m["country_codes"]) == ("state_visit", "Tashkent", ["TJ", "UZ"])
    assert m["meeting_date"] == dt.date(2025, 3, 12)
    assert {p["person_name"] for p in facts["participants"]} == {"Emomali Rahmon", "Shavkat Mirziyoyev"}


def test_council_session_ordinal_and_explicit_date():
    facts = extract_article(article(
        "On March 10, Presidents Kassym-Jomart Tokayev and Sadyr Japarov chaired the third session of the "
        "Supreme Interstate Council in Bishkek.",
        title="Third session held", lang="en"))
    m = facts["meetings"][0]
    assert (m["meeting_format"], m["session_ordinal"], m["city"]) == ("interstate_council", 3, "Bishkek")
    assert m["meeting_date"] == dt.date(2025, 3, 10)


def test_phone_call_on_weekday():
    facts = extract_article(article(
        "В понедельник Касым-Жомарт Токаев провел телефонный разговор с Реджепом Тайипом Эрдоганом.",
        title="Токаев и Эрдоган провели телефонный разговор"))
    m = facts["meetings"][0]
    assert m["meeting_format"] == "phone_call" and m["country_codes"] == ["KZ", "TR"]
    assert m["meeting_date"] == dt.date(2025, 3, 10)


def test_future_visit_is_planned_only():
    facts = extract_article(article(
        "Министры договорились, что в следующем году саммит пройдет в Ашхабаде с участием Садыра Жапарова "
        "и Сердара Бердымухамедова.",
        title="Визит ожидается"))
    assert facts["meetings"] and all(m["is_planned"] for m in facts["meetings"])


def test_article_without_meeting_has_no_meeting():
    facts = extract_article(article("Цены на хлопок на бирже выросли на 3%.", title="Цены на хлопок выросли"))
    assert facts["meetings"] == []


def test_output_keys_follow_the_contract():
    facts = extract_article(article("Shavkat Mirziyoyev met Ilham Aliyev in Baku.", title="Title", lang="en"))
    assert set(facts) == {"meetings", "participants", "amounts", "projects", "sectors"}
    assert set(facts["meetings"][0]) == {"meeting_key", "meeting_date", "meeting_format", "session_ordinal", "city",
                                         "venue", "country_codes", "is_planned", "evidence", "confidence"}
    assert set(facts["participants"][0]) == {"meeting_key", "person_name", "country_code", "role", "evidence",
                                             "confidence"}


def test_single_project_price_after_za_is_project_cost():
    assert amounts("В Оше построят терминал за 45 млн долларов.") == [(45e6, "USD", "project_cost", False)]


def test_headline_about_a_coming_visit_is_not_a_held_meeting():
    facts = extract_article(article("Sadyr Japarov will pay an official visit to Tajikistan next week.",
                                    title="Japarov to pay official visit to Dushanbe", lang="en"))
    assert not [m for m in facts["meetings"] if not m["is_planned"]]
