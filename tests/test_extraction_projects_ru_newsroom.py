"""Unit tests of Russian newsroom wording for projects: resumed work, ranked heads, appositions, agents, stages."""
from __future__ import annotations

from extraction.projects import find_projects
from tests.helpers import projects, sentences


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


def test_a_plant_at_work_again_after_its_modernisation_is_launched():
    assert projects("Заработал после модернизации Бишкекский ТЭЦ.") == [("Бишкекский ТЭЦ", "launched")]


def test_discussing_a_reconstruction_still_intends_it():
    assert projects("Стороны обсудили реконструкцию аэропорта «Ош».") == [("аэропорт «Ош»", "announced")]


def test_a_share_of_a_road_built_says_its_construction_is_under_way():
    assert projects("На сегодняшний день построено 80 процентов автодороги Ош — Иркештам.") == [
        ("автодорога Ош — Иркештам", "construction_started")]


def test_a_clause_without_its_verb_shares_the_stage_and_has_its_own_place():
    found = find_projects(sentences("Кроме того, в Джизаке был запущен завод по сборке тракторов, а в Фергане — швейная фабрика."))
    assert [(p.name, p.status, p.city) for p in found] == [("завод по сборке тракторов", "launched", "Jizzakh"),
                                                          ("швейная фабрика", "launched", "Fergana")]


def test_a_gapped_clause_without_a_facility_adds_nothing():
    assert projects("В Намангане запущена швейная фабрика, а в Андижане — только планируется.") == [
        ("швейная фабрика", "launched")]


def test_towns_coordinated_before_a_plural_object_give_one_project_each():
    found = find_projects(sentences("Узбекистан и Кыргызстан откроют в Оше и Андижане торговые дома."))
    assert [(p.name, p.status, p.city) for p in found] == [("торговые дома в Оше", "announced", "Osh"),
                                                          ("торговые дома в Андижане", "announced", "Andijan")]


def test_towns_coordinated_before_a_singular_object_leave_it_one_project():
    assert projects("В Ташкенте и Бишкеке будет создан совместный торговый дом.") == [
        ("совместный торговый дом", "announced")]


def test_quoted_names_after_coordinated_towns_are_not_multiplied_by_them():
    found = projects("В Намангане и Андижане открыты швейные фабрики «Текс» и «Мода».")
    assert len(found) == 2 and [name[name.index("«"):] for name, _ in found] == ["«Текс»", "«Мода»"]


def test_a_start_wished_for_soon_has_not_happened():
    assert projects("Стороны подчеркнули важность скорейшего начала строительства Трансафганской железной дороги.") == [
        ("Трансафганская железная дорога", "announced")]


def test_a_capsule_laid_in_the_foundation_starts_the_construction():
    assert projects("В рамках форума состоялась торжественная закладка капсулы в основание нового индустриального парка.") == [
        ("индустриальный парк", "construction_started")]


def test_a_plant_that_will_start_working_is_announced():
    assert projects("Завод «Ангрен Шина» заработает в 2026 году.") == [("Завод «Ангрен Шина»", "announced")]


def test_a_company_that_will_earn_money_is_no_project():
    assert projects("Компания заработает на этом 10 млн долларов.") == []


def test_a_numbered_plant_is_a_particular_one_though_only_its_construction_is_named():
    assert projects("Строительство ТЭЦ-3 планируется начать в следующем году.") == [("ТЭЦ-3", "announced")]


def test_the_operation_of_a_line_that_began_launches_it():
    assert projects("Эксплуатация железнодорожной линии Хайратон — Мазари-Шариф началась в 2011 году.") == [
        ("железнодорожная линия Хайратон — Мазари-Шариф", "launched")]


def test_the_work_of_a_commission_that_began_is_no_project():
    assert projects("Работа межправительственной комиссии началась в Ташкенте.") == []


def test_a_ranking_by_size_before_a_name_is_not_part_of_it():
    assert projects("Введен в эксплуатацию второй по величине в стране ветропарк «Жанатас».") == [
        ("ветропарк «Жанатас»", "launched")]


def test_a_ranking_over_two_places_does_not_split_the_facility():
    assert projects("Открыт крупнейший в стране и регионе торговый центр.") == [("торговый центр", "launched")]


def test_a_bridge_handed_over_to_a_neighbour_is_completed():
    assert projects("Построенный за счет Узбекистана мост через реку Исфара передан Таджикистану.") == [
        ("мост через реку Исфара", "completed")]


def test_a_facility_opened_after_it_was_built_is_launched():
    assert projects("Открыт построенный за счет гранта детский сад «Солнышко».") == [("детский сад «Солнышко»", "launched")]


def test_one_of_the_largest_facilities_of_a_kind_is_one_facility_named_in_the_singular():
    assert projects("Открыта одна из крупнейших в стране солнечных электростанций.") == [
        ("солнечная электростанция", "launched")]


def test_one_of_several_issues_is_no_project():
    assert projects("Стороны обсудили один из вопросов сотрудничества.") == []
