"""Unit tests of project cues in everyday newsroom wording: starts given, ceremonies, work under way, circumstances."""
from __future__ import annotations

from extraction.projects import find_projects
from extraction.text import Sentence


def projects(*texts: str) -> list[tuple[str, str]]:
    return [(p.name, p.status) for p in find_projects([Sentence(t, i, "body", 0) for i, t in enumerate(texts)])]


def test_a_start_given_to_the_activity_of_a_venture_launches_it_and_each_listed_item_counts():
    found = projects("Лидеры дали старт деятельности совместного предприятия «Агро-Нур» в Самарканде, "
                     "филиала банка «Восток» в Оше, а также началу строительства кирпичного завода в Джизаке.")
    assert found == [("совместное предприятие «Агро-Нур»", "launched"), ("филиал банка «Восток»", "launched"),
                     ("кирпичный завод", "construction_started")]


def test_a_construction_that_is_going_on_has_started():
    assert projects("Сейчас идет строительство моста через реку Вахш.") == [("мост через реку Вахш", "construction_started")]


def test_speaking_of_a_construction_is_not_its_progress():
    assert projects("Речь идет о строительстве кирпичного завода в Джизаке.") == [("кирпичный завод", "announced")]


def test_interest_in_creating_a_joint_production_announces_it():
    assert projects("Стороны выразили интерес к созданию совместного производства стекла.") == [
        ("совместное производство стекла", "announced")]


def test_an_inauguration_by_video_link_keeps_the_name_without_the_circumstance():
    assert projects("The presidents inaugurated the Nukus Textile Park via videoconference.") == [
        ("Nukus Textile Park", "launched")]


def test_an_opening_ceremony_names_the_facility_opened():
    assert projects("The ministers attended the opening ceremony of the Kyrgyz-Turkish clinic in Naryn.") == [
        ("Kyrgyz-Turkish clinic", "launched")]


def test_work_under_way_on_a_canal_means_construction_started():
    assert projects("Work is underway on the Kosh-Tepa canal.") == [("Kosh-Tepa canal", "construction_started")]


def test_a_foundation_stone_laid_in_the_passive_starts_construction():
    assert projects("The foundation stone of the Turkmen school was laid in Dushanbe.") == [
        ("Turkmen school", "construction_started")]


def test_an_offer_to_build_announces_the_facility():
    assert projects("The Kazakh side offered to build a grain terminal in the port of Aktau.") == [
        ("grain terminal", "announced")]


def test_a_cascade_of_plants_is_a_project():
    assert projects("The sides will jointly build the Kazarman cascade.") == [("Kazarman cascade", "announced")]
