"""Unit tests of sectors named by their place in the sentence, not by a word alone (own sentences)."""
from __future__ import annotations

from extraction.sectors import find_sectors
from extraction.text import Sentence


def codes(*texts: str) -> set[str]:
    return {h.sector_code for h in find_sectors([Sentence(t, i, "body", i) for i, t in enumerate(texts)])}


def test_media_at_a_briefing_is_not_a_cultural_tie():
    assert "culture_humanitarian" not in codes("На брифинге для СМИ президент рассказал о росте товарооборота.")
    assert "culture_humanitarian" in codes("Стороны обсудили сотрудничество в сфере СМИ и кино.")


def test_a_nations_shared_culture_is_not_the_culture_sector_but_cultural_cooperation_is():
    assert "culture_humanitarian" not in codes("He praised the ties between the nations based on common history and culture.")
    assert "culture_humanitarian" in codes("The ministers discussed cooperation in culture and education.")


def test_regions_of_one_country_are_not_regional_cooperation():
    assert "regional_cooperation" not in codes("The country plans to build new plants and energy facilities in its regions.")


def test_investment_as_an_area_counts_but_not_elsewhere():
    assert "finance_investment" in codes("They discussed expanding trade, economic and investment partnership.")
    assert "finance_investment" in codes("The sides reviewed interaction in trade, investment and transport spheres.")
    assert "finance_investment" in codes("Стороны договорились создать совместный инвестиционный фонд.")


def test_water_in_a_companys_description_is_not_the_water_sector():
    assert "water_environment" not in codes(
        "The agreements include deals with a developer of power plants and desalinated water production plants.")


def test_export_as_a_goal_of_a_plant_is_not_trade():
    assert "trade" not in codes("The project aims at import substitution and light industry development.")
    assert "trade" in codes("The talks focused on exports of farm produce and transit.")


def test_a_sector_named_in_an_office_list_is_not_an_area():
    assert codes("Соглашения подписаны, сообщило Министерство инвестиций, промышленности и торговли.") == set()
    assert "green_economy" not in codes(
        "A memorandum on cooperation was signed by the State Committee for Ecology and Climate.")


def test_hospitality_is_not_healthcare_and_medical_sciences_are_not_education():
    assert "healthcare" not in codes("Thanking the hosts for the hospitality, he praised bilateral relations.")
    found = codes("Agreements covered cooperation in agriculture, health care and medical sciences.")
    assert "healthcare" in found and "education_science" not in found
