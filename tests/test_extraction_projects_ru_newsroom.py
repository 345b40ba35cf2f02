"""Unit tests of Russian newsroom wording for projects: resumed work, ranked heads, appositions, agents, stages."""
from __future__ import annotations

from tests.helpers import projects


def test_a_plant_that_resumed_work_is_launched():
    assert projects("Завод «Навои Цемент» возобновил работу после двухлетнего перерыва.") == [
        ("Завод «Навои Цемент»", "launched")]


def test_resumed_work_of_a_plant_told_as_a_noun_launches_it():
    assert projects("Возобновлена работа мясокомбината «Ош Эт» в Оше.") == [("мясокомбинат «Ош Эт»", "launched")]


def test_a_commission_that_resumed_work_is_no_project():
    assert projects("Межправительственная комиссия возобновила работу.") == []


def test_a_trade_house_that_began_its_work_is_launched():
    assert projects("Торговый дом Узбекистана в Душанбе начал свою работу.") == [("Торговый дом Узбекистана", "launched")]


def test_a_facility_ranked_first_in_the_country_is_new_not_a_back_reference():
    assert projects("Открыт первый в стране технопарк.") == [("технопарк", "launched")]


def test_a_quoted_name_between_dashes_names_the_venture_before_it():
    assert projects("Совместное предприятие — «Узкор Газ» — было создано в 2024 году.") == [
        ("Совместное предприятие «Узкор Газ»", "launched")]


def test_production_launched_at_a_named_plant_names_the_plant():
    assert projects("Запущено производство кабельной продукции на заводе «Азия Кабель».") == [
        ("завод «Азия Кабель»", "launched")]


def test_production_at_an_unnamed_plant_keeps_its_product():
    assert projects("Запущено производство цемента на новом заводе в Джизаке.") == [
        ("производство цемента на новом заводе", "launched")]


def test_a_completed_reconstruction_completes_the_facility():
    assert projects("Завершена реконструкция аэропорта «Ош».") == [("аэропорт «Ош»", "completed")]


def test_a_fund_named_with_its_size_keeps_the_size_out_of_its_name():
    assert projects("Создан совместный инвестиционный фонд размером 500 млн долларов.") == [
        ("совместный инвестиционный фонд", "launched")]


def test_a_border_crossing_is_a_facility():
    assert projects("На границе открыт пограничный переход «Достык».") == [("пограничный переход «Достык»", "launched")]


def test_a_transition_is_no_crossing():
    assert projects("Стороны обсудили переход на расчеты в национальных валютах.") == []


def test_the_builder_after_a_short_participle_is_not_the_project():
    assert projects("Гостиничный комплекс «Самарканд» будет построен турецкой компанией.") == [
        ("Гостиничный комплекс «Самарканд»", "announced")]


def test_a_named_operator_after_a_passive_is_not_the_project():
    assert projects("Был открыт компанией «Артель» завод по производству бытовой техники.") == [
        ("завод по производству бытовой техники", "launched")]


def test_the_course_of_a_construction_project_says_the_works_are_under_way():
    assert projects("Стороны обсудили ход реализации проекта по строительству завода «Узметалл».") == [
        ("завод «Узметалл»", "construction_started")]


def test_a_construction_project_whose_implementation_began_has_started():
    assert projects("Начата реализация проекта строительства Рогунской ГЭС.") == [("Рогунская ГЭС", "construction_started")]


def test_a_first_stone_named_before_its_laying_starts_the_construction():
    assert projects("Первый камень будущего завода «Кока-Кола» заложили в Навои.") == [
        ("завод «Кока-Кола»", "construction_started")]
