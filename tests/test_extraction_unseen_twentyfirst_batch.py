"""Constructions found in a twenty-first batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

import datetime as dt

from extraction import extract_article
from tests.helpers import article, article_projects, held

# --- the page ----------------------------------------------------------------------------------------------------


def test_a_line_of_tags_above_the_repeated_headline_names_no_participant():
    title = "Казахстан и Беларусь подписали дорожные карты"
    body = (f"Ильхам Алиев Путь к Победе Бюджетный пакет\n\n{title}\n\nВ Астане премьер-министр Казахстана "
            "Олжас Бектенов провел переговоры с премьер-министром Беларуси.")
    published = dt.datetime(2025, 11, 5, 10, tzinfo=dt.UTC)
    meetings = held(extract_article(article(body, "ru", title, published)))
    assert [m["country_codes"] for m in meetings] == [["BY", "KZ"]]


def test_a_standfirst_above_the_repeated_headline_still_counts():  # guard: a sentence above the headline is news
    title = "Китайские инвесторы построят ТЭЦ"
    body = (f"Стороны подписали меморандумы. Среди проектов — строительство новой ТЭЦ в Уральске.\n\n{title}\n\n"
            "Делегация области провела переговоры в Пекине.")
    found = extract_article(article(body, "ru", title))["projects"]
    assert [(p["project_name"], p["city_or_region"]) for p in found] == [("ТЭЦ", "Uralsk")]


# --- projects: which ones ----------------------------------------------------------------------------------------


def test_a_tally_of_joint_ventures_set_up_over_the_years_is_no_project():
    body = ("Korea is a key partner of our country. 540 joint ventures have been launched in the fields of energy, "
            "chemistry and textiles. Since January, 38 new joint ventures have been created in Uzbekistan.")
    assert article_projects(body, "en") == []


def test_two_joint_ventures_opened_in_one_town_stay_a_project():  # guard: a small count is a batch
    assert article_projects("Two joint ventures were launched in Navoi.", "en") == [("Two joint ventures", "launched")]


def test_an_open_list_of_works_gives_kinds_by_example_and_only_its_named_items_are_projects():
    body = "Кроме дорожного полотна проект предполагает прокладку тоннелей, мостовых сооружений, галерей и так далее."
    assert article_projects(body, "ru") == []
    body = "Программа предусматривает строительство ГЭС «Ак-Суу», мостов, дорог и т.д."
    assert article_projects(body, "ru") == [("ГЭС «Ак-Суу»", "announced")]


def test_a_route_between_three_countries_listed_with_commas_is_one_line():
    body = "Контракт откроет путь к созданию линии электропередачи между Туркменистаном, Афганистаном и Пакистаном."
    assert [name for name, _ in article_projects(body, "ru")] == [
        "линия электропередачи между Туркменистаном, Афганистаном и Пакистаном"]


def test_a_large_facility_pointed_back_at_with_so_is_the_one_named_before():
    body = "Экологи указывают на риски строительства столь крупной гидроэлектростанции."
    found = extract_article(article(body, "ru", "Строительство Рогунской ГЭС продолжается"))["projects"]
    assert [p["project_name"] for p in found] == ["Рогунская ГЭС"]


def test_an_adverb_of_repetition_ends_a_name_in_a_headline():
    found = extract_article(article("Финансирование Рогунской ГЭС откладывается.", "ru",
                                    "Строительство Рогунской ГЭС опять на паузе"))["projects"]
    assert [p["project_name"] for p in found] == ["Рогунская ГЭС"]


def test_a_news_ticker_above_the_article_reports_nothing_of_it():
    body = ("СЕГОДНЯ НА САЙТЕ: Спортсмены завоевали 23 медали 10 Марта 2026 г., 02:37В Музее искусств откроется "
            "выставка 10 Марта 2026 г., 02:33\n\nАзиатский банк развития готов поддержать прокладку газопровода ТАПИ.")
    assert [name for name, _ in article_projects(body, "ru")] == ["газопровод ТАПИ"]


def test_an_adverb_before_a_second_verb_starts_a_predicate_not_an_item():
    body = ("If implemented, the industrial park is expected to create more than 10,000 jobs and substantially "
            "strengthen the region's industrial base.")
    assert article_projects(body, "en") == [("industrial park", "announced")]


def test_a_greenhouse_farm_is_a_facility_and_farming_is_a_sector():
    body = "В Сырдарьинской области планируют разбить сад и создать тепличное хозяйство на $15 млн."
    assert article_projects(body, "ru") == [("тепличное хозяйство", "announced")]
    assert article_projects("Стороны договорились развивать сельское хозяйство и создать фермерское хозяйство.", "ru") == []


def test_a_partner_named_in_the_genitive_after_in_cooperation_is_no_project():
    body = ("Создано совместное предприятие «Фаргона курилиш» в сотрудничестве общества «Жуйдам» и крупной китайской "
            "компании Anhui Conch Engineering Co., Ltd.")
    assert article_projects(body, "ru") == [("совместное предприятие «Фаргона курилиш»", "launched")]


def test_a_plural_kind_before_and_is_complete_and_what_follows_is_another_kind():
    body = "Кредит пойдет на строительство водозаборов, магистралей и водоочистных сооружений, обслуживающих пять сел."
    assert article_projects(body, "ru") == []


def test_what_is_glued_on_after_a_name_where_a_full_stop_was_lost_is_no_part_of_it():
    body = ("Стороны обсудили ход реализации крупных проектов, в частности, Рогунской ГЭС Президент Таджикистана "
            "встретился с председателем фонда.")
    assert [name for name, _ in article_projects(body, "ru")] == ["Рогунская ГЭС"]
    body = "«С завершением строительства железной дороги Китай — Кыргызстан — Узбекистан мы станем транзитной страной»."
    assert [name for name, _ in article_projects(body, "ru")] == ["железная дорога Китай — Кыргызстан — Узбекистан"]


def test_the_day_and_the_occasion_after_a_name_are_no_part_of_it():
    body = ("The two presidents celebrated the groundbreaking for a joint power plant project Thursday, pledging to "
            "expand cooperation.")
    assert article_projects(body, "en") == [("joint power plant", "construction_started")]
    body = "Korea offered to build a nuclear power plant at a meeting with a delegation led by the energy minister."
    assert article_projects(body, "en") == [("nuclear power plant", "announced")]


def test_a_bullet_item_that_opens_on_the_works_before_a_count_names_the_counted_facilities():
    body = ("Key objectives of the project include:\n\n- Establishing 40 inclusive schools equipped with laboratories;"
            "\n\n- Introducing a new approach to curricula.")
    assert article_projects(body, "en") == [("40 inclusive schools", "announced")]


def test_a_bare_kind_listed_beside_another_project_is_a_project_of_its_own():
    body = ("В завершение встречи лидеры приняли участие в церемонии запуска проектов кооперации. Среди них – "
            "строительство гостиницы и жилых комплексов в Самарканде.")
    assert [name for name, _ in article_projects(body, "ru")] == ["гостиница", "жилые комплексы"]


def test_the_purpose_and_the_standard_after_a_name_are_no_part_of_it():
    body = ("The bank will finance the rehabilitation of the Nurek hydroelectric power plant to support Tajikistan "
            "improve its electricity supply.")
    assert [name for name, _ in article_projects(body, "en")] == ["Nurek hydroelectric power plant"]
    body = "The loan will upgrade the two-lane highway connecting Taraz to Talas to a higher standard."
    assert [name for name, _ in article_projects(body, "en")] == ["two-lane highway connecting Taraz to Talas"]


# --- projects: where ---------------------------------------------------------------------------------------------


def test_a_region_formed_in_2022_places_a_project():
    found = extract_article(article("Компания построит ветровую электростанцию в Жетысуской области.", "ru"))["projects"]
    assert [(p["project_name"], p["city_or_region"], p["country_code"]) for p in found] == [
        ("ветровая электростанция", "Zhetysu region", "KZ")]


# --- projects: status --------------------------------------------------------------------------------------------


def test_an_agreement_to_carry_out_the_construction_of_a_plant_is_signed_for_it():
    body = "The two governments signed an agreement to carry out the construction of a wind power plant."
    assert article_projects(body, "en") == [("wind power plant", "agreement_signed")]
