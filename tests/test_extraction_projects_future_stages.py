"""Unit tests of project stages still ahead or under way, and of subjects and products that are no project."""
from __future__ import annotations

import pytest

from tests.helpers import projects


@pytest.mark.parametrize("text", [
    "Sinoma is building a cement plant in Jizzakh, which is expected to be put into operation in 2026.",
    "The company is completing a cement plant in the Jizzakh region, which is expected to be put into operation in the fourth quarter.",
])
def test_a_facility_expected_to_be_put_into_operation_is_not_yet_launched(text):
    assert projects(text) == [("cement plant", "construction_started")]


def test_a_facility_scheduled_to_be_put_into_operation_alone_is_announced():
    assert projects("The Jizzakh cement plant is scheduled to be put into operation next year.") == [
        ("Jizzakh cement plant", "announced")]


def test_a_builder_completing_a_facility_is_still_building_it():
    assert projects("The company is completing a cement plant in Jizzakh.") == [("cement plant", "construction_started")]


def test_completing_a_visit_names_no_project():
    assert projects("The delegation is completing its visit to Tashkent.") == []


def test_the_company_that_starts_producing_is_the_producer_not_a_project():
    assert projects("The company started producing agricultural machinery in Kostanay.") == [
        ("production of agricultural machinery", "launched")]


def test_a_joint_venture_that_starts_producing_is_launched():
    assert projects("The joint venture started producing tractors in Kostanay.") == [("joint venture", "launched")]


@pytest.mark.parametrize("text", [
    "The Chinese side expressed readiness to localize the production of equipment in Uzbekistan.",
    "The partners plan to start the production of goods in the free zone.",
])
def test_production_of_goods_of_any_kind_is_no_line_of_products(text):
    assert projects(text) == []


def test_production_of_a_named_product_is_a_line_of_products():
    assert projects("The company will localize the production of tractors in Uzbekistan.") == [
        ("production of tractors in Uzbekistan", "announced")]


@pytest.mark.parametrize("text, expected", [
    ("Three projects have already been completed, including the Zhanatas wind farm and a copper smelter in "
     "East Kazakhstan.", [("Zhanatas wind farm", "completed"), ("copper smelter", "completed")]),
    ("Три проекта уже завершены, в том числе Жанатасская ВЭС и медеплавильный завод в ВКО.",
     [("Жанатасская ВЭС", "completed"), ("медеплавильный завод в ВКО", "completed")]),
])
def test_a_list_introduced_by_completed_projects_is_completed(text, expected):
    assert projects(text) == expected


def test_a_sentence_on_the_other_projects_says_nothing_of_the_last_bullet():
    assert projects("The portfolio includes:", "- a plant for the production of tires in Karaganda.",
                    "Eight more are under construction.") == [("plant for the production of tires", "announced")]


def test_a_sentence_naming_projects_of_its_own_is_no_remark_on_a_bullet():
    assert projects("The portfolio includes:", "- a 1 GW wind power plant in Zhambyl region;",
                    "- a plant for the production of tires in Karaganda.",
                    "Three projects have already been completed, including the Zhanatas wind farm.") == [
        ("1 GW wind power plant", "announced"), ("plant for the production of tires", "announced"),
        ("Zhanatas wind farm", "completed")]


def test_a_remark_right_after_a_bullet_gives_its_stage():
    assert projects("The portfolio includes:", "- a plant for the production of tires in Karaganda.",
                    "It was commissioned in May.") == [("plant for the production of tires", "launched")]


@pytest.mark.parametrize("text, expected", [
    ("Трасса Алматы — Бишкек будет реконструирована за счет средств АБР.", ("Трасса Алматы — Бишкек", "announced")),
    ("Цементный завод в Канте будет модернизирован.", ("Цементный завод в Канте", "announced")),
])
def test_a_facility_to_be_rebuilt_is_announced(text, expected):
    assert projects(text) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Турецкая компания выиграла тендер на строительство автодороги Бишкек — Ош.",
     ("автодорога Бишкек — Ош", "agreement_signed")),
    ("Китайская компания получила контракт на реконструкцию моста через Амударью.",
     ("мост через Амударью", "agreement_signed")),
])
def test_a_tender_or_contract_won_in_russian_signs_the_facility(text, expected):
    assert projects(text) == [expected]


def test_investments_drawn_in_are_no_part_of_the_name():
    assert projects("Правительство одобрило проект строительства сахарного завода в Чуйской области с привлечением "
                    "китайских инвестиций.") == [("сахарный завод", "announced")]


@pytest.mark.parametrize("text, expected", [
    ("The heads of state instructed to accelerate the launch of the Uzbek-Turkmen investment fund.",
     ("Uzbek-Turkmen investment fund", "announced")),
    ("Главы государств поручили ускорить запуск совместного инвестиционного фонда.",
     ("совместный инвестиционный фонд", "announced")),
])
def test_a_launch_hurried_on_is_still_ahead(text, expected):
    assert projects(text) == [expected]


def test_a_construction_under_way_is_started():
    assert projects("Идет строительство Камбаратинской ГЭС-1.") == [("Камбаратинская ГЭС-1", "construction_started")]


@pytest.mark.parametrize("text, expected", [
    ("The parties discussed the establishment of a regional development bank with headquarters in Almaty.",
     "regional development bank"),
    ("Стороны обсудили создание регионального банка развития со штаб-квартирой в Алматы.", "региональный банк развития"),
])
def test_a_banks_seat_is_no_part_of_its_name(text, expected):
    assert [name for name, _ in projects(text)] == [expected]


@pytest.mark.parametrize("text, expected", [
    ("Президенты дали старт открытию медицинского центра в Шымкенте.", [("медицинский центр", "launched")]),
    ("Президенты дали старт строительству завода в Ташкенте, а также открытию медицинского центра в Шымкенте.",
     [("завод", "construction_started"), ("медицинский центр", "launched")]),
])
def test_a_start_given_to_an_opening_launches_the_facility(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Officials cut the ribbon at the new terminal of Manas airport on Monday.",
     ("terminal of Manas airport", "launched")),
    ("Премьер-министр перерезал ленточку на новом цементном заводе в Канте.", ("цементный завод в Канте", "launched")),
])
def test_a_ribbon_cut_at_a_facility_launches_it(text, expected):
    assert projects(text) == [expected]


def test_a_verb_after_a_nominal_construction_in_one_sentence_states_the_stage():
    assert projects("A project for the construction of a wind farm in Nukus district is being implemented by ACWA Power.") == [
        ("wind farm", "launched")]


def test_a_company_after_a_russian_transitive_verb_is_its_subject_not_a_project():
    assert projects("Проект строительства ветровой электростанции в Нукусском районе реализует компания ACWA Power.") == [
        ("ветровая электростанция", "announced")]


def test_a_company_after_an_intransitive_russian_verb_is_what_opened():
    assert projects("В Ташкенте открылась компания по производству мебели.") == [
        ("компания по производству мебели", "launched")]
