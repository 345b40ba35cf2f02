"""Unit tests of Russian openings and launches: lists after a count, towns in order, describing participles."""
from __future__ import annotations

from extraction.projects import find_projects
from tests.helpers import projects, sentences


def placed(*texts: str) -> list[tuple[str, str, str | None]]:
    """Return (name, status, city) of the projects found in consecutive sentences."""
    return [(p.name, p.status, p.city) for p in find_projects(sentences(*texts))]


def test_two_quoted_hotels_after_two_towns_take_one_town_each():
    assert placed("В Самарканде и Бухаре открыты гостиницы «Регистан» и «Ситора».") == [
        ("гостиница «Регистан»", "launched", "Samarkand"), ("гостиница «Ситора»", "launched", "Bukhara")]


def test_towns_that_outnumber_the_names_give_no_town_to_any_name():
    found = placed("В Самарканде, Бухаре и Хиве открыты гостиницы «Регистан» и «Ситора».")
    assert [name for name, _, _ in found] == ["гостиница «Регистан»", "гостиница «Ситора»"]
    assert found[0][2] == found[1][2]


def test_a_count_followed_by_a_dash_is_split_into_the_named_projects():
    assert projects("В Ташкентской области запущены сразу два предприятия — завод «Текстиль Плюс» и фабрика «Шелк Роуд».") == [
        ("завод «Текстиль Плюс»", "launched"), ("фабрика «Шелк Роуд»", "launched")]


def test_schools_opened_after_they_were_built_are_launched_not_completed():
    assert projects("Открыты две новые школы, построенные при поддержке Казахстана.") == [("две новые школы", "launched")]


def test_a_participle_clause_after_a_topic_still_states_that_a_centre_was_built():
    assert projects("Обсуждено развитие медицинского центра, построенного китайскими специалистами в Душанбе.") == [
        ("медицинский центр", "completed")]
