"""Projects measured in power units and documents naming their parties before their object (invented sentences)."""
from __future__ import annotations

import pytest

from tests.helpers import projects

SIGNED = "The leaders witnessed the signing of 14 documents."
ПОДПИСАНЫ = "Лидеры присутствовали на подписании 14 документов."


@pytest.mark.parametrize("text, name, status", [
    ("The sides signed an agreement on the development of 500 MW of solar power plants.",
     "500 MW of solar power plants", "agreement_signed"),
    ("Masdar will develop 500 MW of solar power plants in Tajikistan.", "500 MW of solar power plants in Tajikistan",
     "announced"),
    ("Стороны подписали соглашение о строительстве 500 МВт солнечных электростанций.",
     "500 МВт солнечных электростанций", "agreement_signed"),
])
def test_plants_measured_in_megawatts_are_the_project_not_the_megawatts(text, name, status):
    assert projects(text) == [(name, status)]


@pytest.mark.parametrize("text", [
    "Among them is an agreement between Masdar and the Ministry of Energy on the construction of a cement plant.",
    "Among them is an agreement with Masdar on the construction of a cement plant.",
])
def test_a_signed_agreement_naming_its_parties_before_its_object_concludes_the_object(text):
    assert projects(SIGNED, text) == [("cement plant", "agreement_signed")]


@pytest.mark.parametrize("text", [
    "Среди них — соглашение между компанией Masdar и Министерством энергетики о строительстве цементного завода.",
    "Среди них — соглашение с компанией Masdar о строительстве цементного завода.",
])
def test_a_russian_agreement_naming_its_parties_before_its_object_leaves_them_out_of_the_name(text):
    assert projects(ПОДПИСАНЫ, text) == [("цементный завод", "agreement_signed")]


def test_an_agreement_listed_with_its_parties_beside_another_is_one_item_each():
    got = projects(SIGNED, "Among them are an agreement between Masdar and the Tajik Ministry of Energy on the development "
                           "of 500 MW of solar power plants, and a concession agreement on the modernization of Dushanbe "
                           "International Airport.")
    assert got == [("500 MW of solar power plants", "agreement_signed"), ("Dushanbe International Airport", "agreement_signed")]


@pytest.mark.parametrize("first, second, expected", [
    ("Construction of an access road to the Kambarata HPP-1 site started on Friday.",
     "The 23-km road will be built by a Kyrgyz-Uzbek contractor.",
     [("access road to the Kambarata HPP-1 site", "construction_started")]),
    ("Construction of a cement plant started in Jizzakh.", "The $50 million plant will be built by a Chinese company.",
     [("cement plant", "construction_started")]),
])
def test_a_definite_head_with_its_size_or_price_before_it_takes_up_the_project_just_named(first, second, expected):
    assert projects(first, second) == expected


def test_an_indefinite_head_with_its_size_is_a_new_project():
    got = projects("Construction of a cement plant started in Jizzakh.", "A 20-km road will be built by a Chinese company.")
    assert got == [("cement plant", "construction_started"), ("20-km road", "announced")]


@pytest.mark.parametrize("text, name", [
    ("Kyrgyzstan, Kazakhstan and Uzbekistan signed an agreement on the joint construction of the 1,860 MW Kambarata "
     "HPP-1 in Tashkent in January.", "1,860 MW Kambarata HPP-1"),
    ("The sides signed an agreement on the further development of the Navoi free economic zone.",
     "Navoi free economic zone"),
])
def test_an_agreement_on_the_joint_or_further_works_on_a_facility_concludes_the_facility(text, name):
    assert projects(text) == [(name, "agreement_signed")]


@pytest.mark.parametrize("text, name", [
    ("A PPA was signed with Total Eren for a 250 MW solar park in Samarkand.", "250 MW solar park"),
    ("ACWA Power signed a PPA for the 1 GW Bash wind farm in Bukhara region.", "1 GW Bash wind farm"),
    ("KazMunayGas and Lukoil signed a term sheet on the development of the Kalamkas-Khazar field.", "Kalamkas-Khazar field"),
])
def test_a_power_purchase_agreement_or_a_term_sheet_signed_for_a_facility_is_a_deal_on_it(text, name):
    assert projects(text) == [(name, "agreement_signed")]


@pytest.mark.parametrize("text, name", [
    ("Компания ACWA Power подписала соглашение о покупке электроэнергии с ветровой электростанции мощностью 1 ГВт в "
     "Бухарской области.", "ветровая электростанция мощностью 1 ГВт"),
    ("Подписан договор о закупке электроэнергии у солнечной электростанции «Нур Навои».",
     "солнечная электростанция «Нур Навои»"),
])
def test_a_russian_power_purchase_agreement_is_a_deal_on_the_plant_it_buys_from(text, name):
    assert projects(text) == [(name, "agreement_signed")]
