"""Unit tests of project names: nominative names, coordinated lists, generic plurals, capacities, plans."""
from __future__ import annotations

import pytest

from extraction import extract_article
from extraction.projects import find_projects, nominative
from extraction.text import Sentence
from tests.helpers import projects


def names(*texts: str) -> list[str]:
    return [p.name for p in find_projects([Sentence(t, i, "body", 0) for i, t in enumerate(texts)])]


def found_places(text: str) -> list[tuple[str, str | None]]:
    """Return the (name, city) of the projects found in one sentence."""
    return [(p.name, p.city) for p in find_projects([Sentence(text, 0, "body", 0)])]


def test_a_genitive_name_after_a_nominal_cue_is_stored_in_the_nominative():
    found = find_projects([Sentence("Начато строительство многопрофильного центра логистики в Намангане.", 0, "body", 0)])
    assert [(p.name, p.as_written) for p in found] == [("многопрофильный центр логистики",
                                                        "многопрофильного центра логистики")]


def test_an_accusative_name_after_a_verb_is_stored_in_the_nominative():
    assert names("Инвесторы построят ветряную электростанцию мощностью 300 МВт.") == [
        "ветряная электростанция мощностью 300 МВт"]


def test_an_adjective_before_an_indeclinable_abbreviation_takes_its_gender():
    assert nominative("Верхне-Нарынской ГЭС-2") == "Верхне-Нарынская ГЭС-2"


def test_a_name_written_with_yo_keeps_it_in_the_nominative():
    assert nominative("Ёвонской ГЭС") == "Ёвонская ГЭС"
    assert nominative("Зелёного технопарка") == "Зелёный технопарк"


def test_modifiers_after_the_head_keep_their_case():
    assert nominative("завода по производству кирпича") == "завод по производству кирпича"


def test_a_plural_head_stays_plural_in_the_nominative():
    assert nominative("индустриальных парков") == "индустриальные парки"


def test_an_english_name_and_a_name_opening_with_a_quote_are_left_as_written():
    assert nominative("the wind farm in Navoi") == "the wind farm in Navoi"
    assert nominative("«Зеленой долины» комплекса") == "«Зеленой долины» комплекса"


def test_the_fact_row_carries_the_name_as_the_sentence_wrote_it():
    facts = extract_article({"language": "ru", "title": "Новости", "lead": None, "published_at": None,
                             "body": "В Фергане торжественно открыт кирпичный завод «Восток»."})
    row = facts["projects"][0]
    assert row["project_name"] == "кирпичный завод «Восток»"
    assert row["project_name_as_written"] == "кирпичный завод «Восток»"


def test_kinds_of_facilities_in_the_plural_are_not_projects():
    assert names("Стороны договорились создать совместные предприятия и логистические центры.") == []
    assert names("The country plans to build new plants and energy facilities.") == []


def test_a_plural_with_a_proper_name_names_particular_projects():
    assert names("The sides discussed the construction of the Vakhsh and Obi-Garm hydropower plants.") == [
        "Vakhsh hydropower plant", "Obi-Garm hydropower plant"]


def test_a_bullet_with_its_own_verb_names_the_object_not_the_company():
    found = find_projects([Sentence("Достигнуты договоренности о реализации следующих проектов:", 0, "body", 0),
                           Sentence("• компания Alfa Solar из Омана построит солнечную электростанцию мощностью 400 МВт в Навоийской области;", 1, "body", 1)])
    assert [(p.name, p.status) for p in found] == [("солнечная электростанция мощностью 400 МВт", "agreement_signed")]


def test_a_list_of_ongoing_and_planned_projects_gives_no_stage():
    found = find_projects([Sentence("Ongoing and planned projects include the Osh–Batken highway and the Naryn bypass road.", 0, "body", 0)])
    assert {p.status for p in found} == {"unknown"} and len(found) == 2


def test_this_is_after_a_plan_lists_the_plants_of_the_plan():
    assert names("Инвестор планирует создание нескольких производств.",
                 "Это заводы по производству удобрений, производство стекла и комбикормовый завод.") == [
        "заводы по производству удобрений", "производство стекла", "комбикормовый завод"]


def test_an_english_company_set_to_build_a_plant_announces_it():
    found = find_projects([Sentence("Orion Foods is set to build a fruit processing plant in Namangan.", 0, "body", 0)])
    assert [(p.name, p.status) for p in found] == [("fruit processing plant", "announced")]


def test_a_production_line_set_up_is_launched():
    found = find_projects([Sentence("В Коканде налажено производство грузовых автомобилей Isuzu.", 0, "body", 0)])
    assert [(p.name, p.status) for p in found] == [("производство грузовых автомобилей Isuzu", "launched")]


def test_an_opening_that_will_take_place_is_announced():
    found = find_projects([Sentence("В мае состоится открытие нового терминала речного порта.", 0, "body", 0)])
    assert [p.status for p in found] == ["announced"]


def test_a_platform_for_dialogue_is_no_project():
    assert names("The sides agreed to create a platform for regular dialogue among business associations.") == []


def test_a_compound_the_morphology_only_guesses_takes_the_reading_that_is_a_project_head():
    assert [nominative(name) for name in ("ветропарка в Навои", "агропарка")] == ["ветропарк в Навои", "агропарк"]


def test_a_river_stays_in_the_name_for_it_says_which_plant_and_is_no_town():
    found = find_projects([Sentence("Китай профинансирует строительство ГЭС на реке Нарын.", 0, "body", 0)])
    assert [(p.as_written, p.city) for p in found] == [("ГЭС на реке Нарын", None)]


@pytest.mark.parametrize(("written", "expected"), [
    ("2 школ", "2 школы"), ("21 школы", "21 школа"), ("3 новых заводов", "3 новых завода"),
    ("45 больниц", "45 больниц"), ("12 заводов", "12 заводов"),
])
def test_a_count_in_digits_keeps_its_digits_and_its_noun_agrees_as_after_a_numeral(written, expected):
    assert nominative(written) == expected


def test_a_russian_time_after_the_name_is_cut_from_it():
    found = find_projects([Sentence("Суд обязал застройщика завершить строительство жилого комплекса до июня.", 0,
                                    "body", 0)])
    assert [p.as_written for p in found] == ["жилого комплекса"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The ministers reviewed the implementation of joint projects, including the planned Yavan HPP.",
     [("Yavan HPP", "announced")]),
    ("The implementation of the Rogun HPP project according to the plan was discussed.",
     [("Rogun HPP", "announced")]),
])
def test_a_planned_facility_is_named_without_its_plan(text, expected):
    assert projects(text) == expected


def test_a_region_of_a_country_is_the_place_and_no_part_of_the_name():
    got = found_places("The Turkish company will build a 1 GW solar power plant in the Bukhara region of Uzbekistan.")
    assert got == [("1 GW solar power plant", "Bukhara")]


def test_a_facility_to_be_modernised_is_intended():
    assert projects("Korea's Hyundai Engineering will modernize the Shurtan gas chemical complex.") == [
        ("Shurtan gas chemical complex", "announced")]



@pytest.mark.parametrize("name, expected", [
    ("Ферганского НПЗ", "Ферганский НПЗ"),
    ("Алмалыкского ГМК", "Алмалыкский ГМК"),
    ("Шуртанского ГХК", "Шуртанский ГХК"),
    ("Джизакской СЭЗ", "Джизакская СЭЗ"),
    ("нового НПЗ", "новый НПЗ"),
])
def test_adjectives_before_an_abbreviation_pymorphy_does_not_know_take_the_gender_it_spells_out(name, expected):
    assert nominative(name) == expected


def test_a_modernised_combine_named_by_its_abbreviation_is_a_project_in_the_nominative():
    assert projects("Реализуется модернизация Алмалыкского ГМК.") == [("Алмалыкский ГМК", "launched")]
