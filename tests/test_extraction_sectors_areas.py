"""Unit tests of the ordinary newsroom words for each sector and of the places where such a word is no area (own sentences)."""
from __future__ import annotations

from tests.helpers import codes


def test_a_wind_project_is_green_energy_in_either_language():
    assert "green_economy" in codes("The developer signed a deal for a 900 MW wind project in the Navoi region.")
    assert "green_economy" in codes("Компания намерена построить ветряную электростанцию в рамках совместного проекта.")


def test_cutting_carbon_emissions_is_the_green_economy():
    assert "green_economy" in codes("The sides agreed to cooperate on decarbonisation and low-carbon development.")


def test_a_data_centre_is_digital_and_urban_infrastructure_is_construction():
    found = codes("Инвестор реализует проект по созданию центра обработки данных и городской инфраструктуры.")
    assert {"digital_it", "construction_real_estate"} <= found


def test_wheat_cotton_and_livestock_name_farming():
    assert "agriculture" in codes("Стороны договорились о совместных проектах по переработке пшеницы и хлопка.")
    assert "agriculture" in codes("The agreement covers livestock breeding and veterinary cooperation.")


def test_an_academy_memorandum_is_education():
    assert "education_science" in codes("A memorandum of cooperation was signed between the two academies of public administration.")


def test_an_agreement_between_two_regional_administrations_is_regional_cooperation():
    assert "regional_cooperation" in codes("Подписан меморандум о сотрудничестве между хокимиятом Самаркандской области и акиматом Туркестанской области.")


def test_the_russian_language_as_a_document_subject_is_a_humanitarian_tie():
    assert "culture_humanitarian" in codes("Лидеры рассмотрят соглашение о поддержке и изучении русского языка.")


def test_food_and_energy_security_are_farming_and_energy_not_defence():
    found = codes("Стороны обсудили сотрудничество в обеспечении продовольственной и энергетической безопасности.")
    assert "security_defense" not in found and {"agriculture", "energy"} <= found
    assert "security_defense" not in codes("The ministers discussed cooperation on food security.")
    assert "security_defense" in codes("The sides discussed cooperation in security and counter-terrorism.")


def test_the_security_council_is_an_office_not_an_area():
    assert "security_defense" not in codes("Секретарь Совета безопасности отметил высокий уровень сотрудничества.")


def test_a_sector_word_in_an_institutions_name_is_an_affiliation():
    assert "regional_cooperation" not in codes(
        "Директор Института стратегических и межрегиональных исследований отметил, что сотрудничество развивается.")
    assert "industry" not in codes("The President of the Chamber of Commerce and Industry said cooperation was growing.")
    assert "finance_investment" not in codes("Глава Национального банка отметил перспективы сотрудничества.")
    assert "finance_investment" not in codes("The agreement was signed by the head of the Investment Agency.")


def test_a_leaders_remark_about_a_sector_is_still_an_area():
    assert "energy" in codes("The president stressed energy cooperation between the two countries.")
    assert "energy" in codes("Глава государства отметил, что сотрудничество в энергетике развивается.")


def test_a_rescue_fund_of_a_sea_is_not_finance():
    assert "finance_investment" not in codes("Стороны обсудили подготовку к саммиту Международного фонда спасения Арала.")
    assert "finance_investment" in codes("Стороны договорились создать совместный инвестиционный фонд.")


def test_thanks_for_hospitality_is_not_tourism():
    assert "tourism" not in codes("Thanking his counterpart for the hospitality, the president praised bilateral relations.")


# --- sectors named by their place in the sentence, not by a word alone -----------------------------------

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
