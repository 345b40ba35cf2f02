"""Unit tests of general project phrasing: named works without a stage, gerunds, shared heads, topic-named projects."""
from __future__ import annotations

from tests.helpers import projects


def test_a_facility_whose_construction_is_only_named_is_announced():
    assert projects("На встрече речь шла о строительстве цементного завода в Джизаке.") == [
        ("цементный завод", "announced")]


def test_a_facility_whose_implementation_is_only_named_has_no_known_stage():
    assert projects("Стороны отметили значение реализации проекта капельного орошения в Сурхандарье.") == [
        ("проект капельного орошения", "unknown")]


def test_a_named_work_without_a_deliverable_is_still_no_project():
    assert projects("Президенты обсудили строительство отношений и создание условий для бизнеса.") == []


def test_an_english_gerund_names_the_work_on_a_plant():
    assert projects("The company is considering building a glass factory in Navoi.") == [("glass factory", "announced")]


def test_a_company_that_is_building_a_plant_has_started_construction():
    assert projects("A Turkish investor is building a textile factory in Namangan.") == [
        ("textile factory", "construction_started")]


def test_a_facility_that_will_appear_is_announced():
    assert projects("В Хорезмской области появится кирпичный завод мощностью 60 млн штук.") == [
        ("кирпичный завод мощностью 60 млн штук", "announced")]


def test_a_facility_under_construction_in_russian_has_started():
    assert projects("Делегация посетила строящийся медицинский центр в Ашхабаде.") == [
        ("медицинский центр", "construction_started")]


def test_a_ceremonial_opening_puts_the_facility_into_operation():
    assert projects("Состоялось торжественное открытие кирпичного завода в Бухаре.") == [
        ("кирпичный завод", "launched")]


def test_an_opening_that_is_only_discussed_is_announced():
    assert projects("Обсуждено открытие торгового дома в Бишкеке.") == [("торговый дом", "announced")]


def test_a_commissioning_named_as_a_noun_takes_the_stage_of_its_clause():
    assert projects("Ввод в эксплуатацию новой ТЭЦ в Бишкеке намечен на 2027 год.") == [("ТЭЦ", "announced")]


def test_two_indefinite_items_share_the_head_of_the_second():
    assert projects("The group is set to build an onion drying and a fruit processing plant in Fergana.") == [
        ("onion drying plant", "announced"), ("fruit processing plant", "announced")]


def test_an_agreement_before_a_plant_does_not_take_the_plant_as_its_head():
    got = projects("The sides plan to set up an agreement office and a cement plant in Osh.")
    assert ("agreement office plant", "announced") not in got


def test_a_price_after_with_ends_the_name():
    assert projects("The holding will build a juice plant with $40 million of its own funds.") == [
        ("juice plant", "announced")]


def test_a_project_named_by_its_energy_topic_is_a_project():
    assert projects("The region is implementing a large wind power project near Nukus.") == [
        ("large wind power project", "launched")]


def test_a_plain_project_word_without_topic_or_name_is_no_project():
    assert projects("The region is implementing a large project near Nukus.") == []


def test_a_construction_being_completed_is_still_under_way():
    assert projects("В Намангане завершается строительство текстильной фабрики «Шелковый путь».") == [
        ("текстильная фабрика «Шелковый путь»", "construction_started")]


def test_the_subject_of_an_active_progressive_is_the_agent_not_a_project():
    assert projects("The Kazakh company Astana Holding Company is implementing a large-scale energy plan in Turkistan.") == []


def test_a_facility_to_be_commissioned_soon_is_under_construction():
    assert projects("The city will soon commission a 200 MW solar power plant.") == [
        ("200 MW solar power plant", "construction_started")]


def test_a_bare_kind_whose_construction_is_discussed_is_only_a_topic():
    assert projects("Министры обсудили строительство АЭС и поставки газа.") == []


def test_a_headless_topic_after_a_placed_name_is_not_part_of_it():
    assert projects("The company signed agreements with the ministry to develop a solar plant in Samarkand as well "
                    "as energy storage in Bukhara.") == [("solar plant", "agreement_signed")]
