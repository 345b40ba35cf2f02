"""Constructions found in a twentieth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

import datetime as dt

from extraction import extract_article
from tests.helpers import article, article_projects, dated, held

# --- meetings ----------------------------------------------------------------------------------------------------


def test_a_decision_taken_after_the_last_official_visit_is_no_visit_that_day():
    body = ("По итогам последнего официального визита президента Таджикистана в Казахстан было принято решение "
            "о строительстве школы в Астане.")
    assert held(dated(body, "ru", dt.date(2025, 7, 23))) == []


def test_the_potential_of_a_business_council_is_no_session_of_it():
    body = ("14 марта Президент Узбекистана встретился с Президентом Турции. Была подчеркнута необходимость "
            "задействования всего потенциала Межправительственной комиссии и Делового совета.")
    meetings = held(dated(body, "ru", dt.date(2024, 3, 14)))
    assert [m["meeting_format"] for m in meetings] == ["talks"]


def test_a_leader_who_phoned_once_is_no_call_that_day():
    body = ("16 марта Президент Казахстана прибыл в Анкару для встречи с Президентом Турции. «Вы были одним из первых "
            "лидеров, позвонивших по телефону в этот трудный момент», — сказал президент Турции.")
    meetings = held(dated(body, "ru", dt.date(2023, 3, 16)))
    assert [m["meeting_format"] for m in meetings] == ["talks"]


# --- projects: which ones ----------------------------------------------------------------------------------------


def test_a_joint_venture_of_three_nations_is_a_project():
    body = 'В Самарканде открыто узбекско-китайско-турецкое совместное предприятие "Кварц".'
    assert article_projects(body) == [('узбекско-китайско-турецкое совместное предприятие "Кварц"', "launched")]


def test_a_plant_of_three_nations_is_in_the_nominative():
    body = 'Началось строительство российско-узбекско-китайского завода "Сталь" в Джизаке.'
    assert article_projects(body) == [('российско-узбекско-китайский завод "Сталь"', "construction_started")]


def test_a_counted_batch_of_plants_listed_with_a_production_is_the_listed_items_where_the_batch_is():
    body = ("Инвестор намерен построить 3 завода в Жамбылской области. В их числе стекольный завод, "
            "производство керамической плитки, кирпичный завод.")
    facts = extract_article(article(body, "ru"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [
        ("стекольный завод", "Zhambyl region"), ("производство керамической плитки", "Zhambyl region"),
        ("кирпичный завод", "Zhambyl region")]


def test_the_third_project_after_a_relative_clause_is_what_follows_the_dash():
    body = "Третий проект, который планируется в регионе вместе с партнерами из Кореи, – производство бумаги."
    assert article_projects(body) == [("производство бумаги", "announced")]


def test_an_investment_by_nationality_is_no_part_of_a_name():
    body = "В регионе планируют наладить производство мебели с итальянскими инвестициями."
    assert article_projects(body) == [("производство мебели", "announced")]


def test_a_firm_named_after_its_share_stays_in_the_name():
    body = "В регионе планируют наладить производство мебели с итальянским участием."
    assert article_projects(body) == [("производство мебели", "announced")]


def test_a_turnkey_manner_in_quotes_is_no_name():
    body = "Концерн заключит контракт на строительство «под ключ» газоперерабатывающего завода в Мары."
    assert [name for name, _ in article_projects(body)] == ["газоперерабатывающий завод"]


def test_a_length_after_a_quoted_name_only_describes_it():
    body = "Китайская компания построит тоннель «Шахристан-2» длиной 5,2 км."
    assert article_projects(body) == [("тоннель «Шахристан-2»", "announced")]


def test_mentions_by_kind_alone_are_the_one_named_facility_of_that_kind():
    body = ("The agreement provides for the construction of the Zarafshan HPP-2 in Tajikistan. The capacity of the "
            "future HPP will be 300 MW. The construction of the hydroelectric power plant will start in 2027.")
    assert article_projects(body, "en") == [("Zarafshan HPP-2 in Tajikistan", "announced")]


def test_projects_priced_before_their_production_are_the_productions():
    body = "Президент поручил запустить проекты на $40 млн по производству сыра."
    assert article_projects(body) == [("производство сыра", "announced")]


def test_what_a_centre_brings_about_makes_no_subject_of_it():
    body = "Благодаря этому парку появится пять тысяч рабочих мест."
    assert article_projects(body) == []


def test_an_adjective_with_its_complement_after_a_comma_describes_the_product():
    body = "Компания намерена открыть в Намангане завод по выпуску панелей, необходимых для строительства домов."
    assert article_projects(body) == [("завод по выпуску панелей", "announced")]


def test_a_price_in_words_before_the_plant_is_no_part_of_its_name():
    body = "The governor performed the groundbreaking for a 30 million USD Zenta Pharma plant in Namangan."
    assert article_projects(body, "en") == [("Zenta Pharma plant", "construction_started")]


def test_the_agency_that_reports_is_no_second_item():
    body = ("The Chinese firm Lanhai will build a plant for the production of tiles in the Chui region, Trend reports, "
            "citing the press service of the agency.")
    assert article_projects(body, "en") == [("plant for the production of tiles", "announced")]


def test_an_attitude_after_and_is_another_predicate():
    body = ("The minister hailed the start of construction of a fruit storage complex in the city of Osh and "
            "expressing confidence in its timely completion.")
    assert [name for name, _ in article_projects(body, "en")] == ["fruit storage complex"]


def test_the_years_a_facility_is_built_in_are_no_part_of_its_name():
    body = "Планируется построить подстанцию «Кемин» в период с 2026 по 2028 годы."
    assert article_projects(body) == [("подстанция «Кемин»", "announced")]


def test_funds_from_a_concern_are_money_not_a_fund():
    body = "The plant was implemented at the expense of Korean investment and funds from Uzbekneftegaz."
    assert article_projects(body, "en") == []


def test_an_unplaced_plural_beside_two_named_facilities_of_its_kind_is_those():
    body = ("The minister said that the construction of solar plants in the Kyzylkum desert will be carried out in "
            "two stages. In the first stage, the Tamdy solar plant will be built. In the second stage, the Uchkuduk "
            "solar plant will be built.")
    assert article_projects(body, "en") == [("Tamdy solar plant", "announced"), ("Uchkuduk solar plant", "announced")]


def test_a_company_pointed_back_at_is_no_project():
    body = "Ранее эта турецкая компания уже профинансировала строительство школы в Карши."
    assert [name for name, _ in article_projects(body) if "компания" in name] == []


def test_the_start_of_construction_as_a_noun_is_no_verb():
    body = "Компания начала изучение грунта перед началом строительства на выбранной площадке."
    assert article_projects(body) == []


def test_a_bracketed_cyrillic_abbreviation_keeps_the_place_after_it():
    facts = extract_article(article("Начато строительство тепловой электростанции (ТЭС) мощностью 1 ГВт в "
                                    "Навоийской области.", "ru"))
    assert [(p["status"], p["city_or_region"]) for p in facts["projects"]] == [("construction_started", "Navoi")]


def test_a_unit_after_thousand_stays_in_the_sentence():
    body = "В регионе запустят ТЭС мощностью 1,2 тыс. МВт."
    assert article_projects(body) == [("ТЭС мощностью 1,2 тыс. МВт", "announced")]


def test_a_district_of_a_region_before_the_cue_places_the_project_in_the_region():
    facts = extract_article(article("В Пахтакорском районе Джизакской области начато строительство кирпичного "
                                    "завода.", "ru"))
    assert [p["city_or_region"] for p in facts["projects"]] == ["Jizzakh"]


def test_a_share_of_a_kind_is_a_statistic():
    body = "Если раньше мосты строились в кредит, то теперь почти 70% мостов начали строиться за счет бюджета."
    assert article_projects(body) == []


def test_under_whose_leadership_is_no_part_of_a_name():
    body = "Началось строительство автодороги Ашхабад – Туркменабат под мудрым руководством Президента."
    assert article_projects(body) == [("автодорога Ашхабад — Туркменабат", "construction_started")]


def test_latin_brands_in_a_russian_name_are_joined_in_russian():
    body = "Начато строительство завода по производству автомобилей марок Geely, Chery и Haval в Джизаке."
    [(name, _)] = article_projects(body)
    assert name.startswith("завод по производству автомобилей марок Geely и ") and " and " not in name


def test_a_photovoltaic_plant_is_the_pv_plant_told_again():
    body = ("Uzbekistan will construct a 200-MW solar PV plant with battery storage in Surkhandarya region, the "
            "ministry said. The 200-MW solar photovoltaic power plant will be built by a Chinese company.")
    assert [name for name, _ in article_projects(body, "en")] == ["200-MW solar PV plant with battery storage"]


def test_a_wind_power_station_told_again_is_the_named_wind_farm_abbreviated_before():
    body = "О планах построить Ерейментаускую ВЭС сообщалось в 2019 году. Строительство ветряной электростанции начнется в мае."
    assert article_projects(body) == [("Ерейментауская ВЭС", "announced")]


def test_a_purpose_to_implement_is_no_part_of_a_name():
    body = "The two countries will set up a trade and logistics center to implement joint projects in food processing."
    assert article_projects(body, "en") == [("trade and logistics center", "announced")]


# --- projects: stages --------------------------------------------------------------------------------------------


def test_construction_that_entered_its_practical_phase_has_started():
    body = "Министры отметили, что строительство автодороги Бишкек – Нарын перешло в практическую фазу."
    assert article_projects(body) == [("автодорога Бишкек — Нарын", "construction_started")]


def test_items_among_projects_already_carried_out_are_at_work():
    body = ("С участием корейских компаний уже осуществлён ряд крупных проектов. Среди них - газохимический "
            "комплекс в Бухаре, текстильная фабрика в Намангане.")
    assert article_projects(body) == [("газохимический комплекс", "launched"), ("текстильная фабрика", "launched")]


def test_the_commissioning_of_a_station_without_into_operation_is_its_launch():
    body = "В 2024 году состоялся ввод новой подстанции в Бухаре."
    assert article_projects(body) == [("подстанция", "launched")]


def test_ground_breaking_in_two_words_starts_the_works():
    body = "The governor performed ground breaking for a textile factory in Andijan."
    assert article_projects(body, "en") == [("textile factory", "construction_started")]


def test_a_start_given_to_a_manufacturing_launches_it():
    body = "The Prime Minister gave a start to KAMAZ truck manufacturing in Kostanay."
    assert article_projects(body, "en") == [("KAMAZ truck manufacturing", "launched")]


def test_a_loan_for_the_repair_or_improvement_of_a_road_intends_works_on_it():
    body = ("Фонд выделит кредит на улучшение автодороги Бишкек – Нарын. Республика получит кредит на ремонт "
            "дороги Ош – Бишкек.")
    assert article_projects(body) == [("автодорога Бишкек — Нарын", "announced"), ("дорога Ош — Бишкек", "announced")]


def test_a_bank_that_helps_restore_a_highway_intends_the_works():
    body = "Всемирный банк поможет восстановить автомагистраль Душанбе – Чанак."
    assert article_projects(body) == [("автомагистраль Душанбе — Чанак", "announced")]


def test_a_symbolic_first_stone_starts_the_works():
    body = "В Хорезмской области заложен символический первый камень в основание фабрики по выпуску ковров."
    assert article_projects(body) == [("фабрика по выпуску ковров", "construction_started")]

