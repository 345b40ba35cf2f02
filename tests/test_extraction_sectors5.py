"""Unit tests of round-5 sector rules: office titles, cultural days, flights, water saving (own sentences)."""
from __future__ import annotations

from extraction.projects import Project
from extraction.sectors import find_sectors
from extraction.text import Sentence


def codes(*texts: str, projects: list | None = None) -> set[str]:
    return {s.sector_code for s in find_sectors([Sentence(t, i, "body", 0) for i, t in enumerate(texts)], projects)}


def test_office_title_is_no_sector():
    assert "transport_logistics" not in codes("Министр транспорта Таджикистана принял участие в переговорах о сотрудничестве.")
    assert "transport_logistics" not in codes("The Minister of Transport attended the talks on cooperation.")
    assert "energy" not in codes("Kazakh Energy Minister Daniyar Akhmetov discussed bilateral cooperation.")
    # the same words as areas still count
    assert {"transport_logistics", "energy"} <= codes("Стороны обсудили сотрудничество в сфере транспорта и энергетики.")
    assert {"transport_logistics", "energy"} <= codes("The sides discussed cooperation in transport and energy.")


def test_days_of_culture_are_a_cultural_tie():
    assert "culture_humanitarian" in codes("Президенты одобрили проведение Дней культуры Таджикистана в Казани.")
    assert "culture_humanitarian" in codes("The leaders backed holding Days of Culture of Kyrgyzstan in Baku next spring.")
    assert "culture_humanitarian" not in codes("The minister arrived at the Palace of Culture.")


def test_boosting_tourism_with_flights():
    got = codes("He proposed launching direct flights between the two capitals to boost tourism.")
    assert {"tourism", "transport_logistics"} <= got
    assert {"tourism", "transport_logistics"} <= codes("Стороны договорились открыть прямые рейсы для развития туризма.")
    assert "tourism" not in codes("The delegation stayed at a tourist hotel.")


def test_water_saving_is_water():
    assert "water_environment" in codes("Министры обсудили сотрудничество в области водосбережения.")
    assert "water_environment" in codes("The ministers discussed cooperation in water-saving technologies.")


def test_financed_verb_alone_is_no_finance_sector():
    text = "A study of the cable, part of the energy, transport and trade corridor, is being financed by a grant."
    assert "finance_investment" not in codes(text)
    assert "finance_investment" in codes("The sides discussed cooperation in finance and banking.")


def _project(name: str) -> Project:
    return Project(name, "announced", None, None, Sentence(name, 0, "body", 0), ("x", name), head="")


def test_processing_plants_belong_to_farming_and_mining():
    assert codes(projects=[_project("молочного завода в Токмоке")]) == {"agriculture"}
    assert codes(projects=[_project("dairy processing plant")]) == {"agriculture"}
    assert codes(projects=[_project("gold ore processing plant")]) == {"mining_geology"}
    assert codes(projects=[_project("горно-обогатительного комбината")]) == {"mining_geology"}
    assert codes(projects=[_project("tractor assembly plant")]) == {"industry"}
