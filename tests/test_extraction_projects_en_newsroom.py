"""Unit tests of English project wording in wire and regional newsroom styles: headlines, talks, quotes, sums."""
from __future__ import annotations

import pytest

from extraction import extract_article
from tests.helpers import article, projects


@pytest.mark.parametrize(("text", "expected"), [
    ("Uzbekistan and China plan $1 billion copper plant in Almalyk", [("copper plant", "announced")]),
    ("Turkmenistan and Kazakhstan plan joint logistics hub on Caspian", [("joint logistics hub on Caspian", "announced")]),
    ("Uzbekistan, Kazakhstan mull joint HPP on Syr Darya", [("joint HPP on Syr Darya", "announced")]),
    ("Kazakhstan eyes $1bn gas processing plant with Chinese partners", [("gas processing plant", "announced")]),
])
def test_a_headline_that_plans_mulls_or_eyes_a_facility_announces_it_with_a_sum_before_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Uzbekistan and Turkey plan a joint action plan for 2025.",
    "We plan a visit to Tashkent in May.",
    "The countries plan new flights between Almaty and Bukhara.",
])
def test_planning_a_document_a_visit_or_flights_is_no_project(text):
    assert projects(text) == []


def test_a_sum_in_bln_before_a_fund_is_not_part_of_its_name():
    assert projects("Uzbekistan, UAE to set up $1 bln investment fund") == [("investment fund", "announced")]


def test_a_side_that_would_build_a_facility_intends_it():
    assert projects("He recalled that the Korean side would build a children's hospital in Tashkent.") == [
        ("children's hospital", "announced")]


def test_investors_expected_to_start_construction_leave_the_construction_its_own_status():
    assert projects("Turkish investors are expected to start construction of a textile park in Khorezm this year.") == [
        ("textile park", "announced")]


def test_plans_that_include_a_facility_list_it():
    assert projects("The plans include a 1 GW wind farm in Mangystau and a dry port in Aktau.") == [
        ("1 GW wind farm", "announced"), ("dry port", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The two countries' leaders gave the go-ahead for a new oil refinery in Kyrgyzstan.",
     [("oil refinery in Kyrgyzstan", "announced")]),
    ("Plans call for a 1,000-bed hospital in Astana to be financed by Turkish investors.",
     [("1,000-bed hospital", "announced")]),
    ("Uzbekistan is in talks with ACWA Power on a 1.5 GW solar park in Bukhara.", [("1.5 GW solar park", "announced")]),
    ("Talks are under way on a joint venture for the production of fertilizers in Navoi.",
     [("joint venture for the production of fertilizers", "announced")]),
    ("Tajikistan, Uzbekistan agree on joint HPPs on Zarafshan", [("joint HPPs", "announced")]),
    ("Dushanbe and Tashkent also agreed on a joint venture to produce agricultural machinery.",
     [("joint venture to produce agricultural machinery", "announced")]),
    ("The total cost of the new airport in Kulob is estimated at $300 million.", [("airport", "announced")]),
])
def test_a_go_ahead_a_plan_talks_an_accord_or_a_cost_for_a_new_facility_announce_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "The ministries agreed on a new action plan.",
    "The sides agreed on a joint approach to water issues.",
    "The sides held talks on a wide range of issues.",
    "The company's plans call for higher exports.",
    "The cost of the new plan is unclear.",
])
def test_talks_accords_and_plans_about_no_facility_give_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Bishkek, Beijing sign deal on $3 bln China-Kyrgyzstan-Uzbekistan railway",
     [("China-Kyrgyzstan-Uzbekistan railway", "agreement_signed")]),
    ("Kazakhstan, UAE sign deal on $1.5bn wind farm in Mangystau", [("wind farm", "agreement_signed")]),
])
def test_a_deal_signed_on_a_facility_itself_signs_it(text, expected):
    assert projects(text) == expected


def test_a_deal_signed_on_a_regime_is_no_project():
    assert projects("They signed an agreement on a new visa regime.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Tajikistan intends to build a new cement plant in Khatlon with Chinese investment.", [("cement plant", "announced")]),
    ('"We will build a new hospital in Bishkek," the minister said.', [("hospital", "announced")]),
])
def test_the_name_ends_before_its_investors_and_before_the_closing_quote_of_a_speech(text, expected):
    assert projects(text) == expected


def test_a_name_in_quotes_after_a_comma_stays_the_name():
    assert projects('The new plant, "Uzauto Motors", will be built in Andijan.') == [('plant "Uzauto Motors"', "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The project worth $1.5 billion envisages a 1,500 MW solar power plant in Jizzakh.",
     [("1,500 MW solar power plant", "announced")]),
    ("The initiative involves two new hospitals in Osh.", [("two new hospitals", "announced")]),
    ("Investments in the new logistics hub in Termez will total $120 million.", [("logistics hub", "announced")]),
])
def test_a_project_that_envisages_a_facility_and_investments_in_a_new_one_announce_it(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "The programme envisages a 20 percent rise in exports.",
    "The plan involves a number of reforms.",
    "Investments in the new economy are growing.",
])
def test_a_programme_that_envisages_growth_or_reforms_is_no_project(text):
    assert projects(text) == []


def test_a_second_work_introduced_with_and_on_the_leaves_the_first_name_whole():
    assert projects("Agreements were signed on the creation of a joint venture for the production of tractors "
                    "and on the construction of a hotel in Samarkand.") == [
        ("joint venture for the production of tractors", "agreement_signed"), ("hotel", "agreement_signed")]


@pytest.mark.parametrize(("text", "expected"), [
    ('"The first projects are a fruit processing plant in Fergana and a textile factory in Ganja," the deputy minister said.',
     [("fruit processing plant", "announced"), ("textile factory", "announced")]),
    ("The main projects are a copper smelter in Almalyk and a glass plant in Jizzakh.",
     [("copper smelter", "announced"), ("glass plant", "announced")]),
])
def test_the_first_or_main_projects_named_after_a_plural_copula_are_each_a_project(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "The main projects are in energy and agriculture.",
    "The first projects were launched in 2022 in Fergana.",
])
def test_the_first_projects_placed_or_dated_name_no_facility(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Turkmen-Afghan power line Kerki-Sheberghan started transmitting electricity.",
     [("Turkmen-Afghan power line Kerki-Sheberghan", "launched")]),
    ("Chinese-funded cement plant goes into operation in Tajikistan", [("Chinese-funded cement plant", "launched")]),
])
def test_a_line_that_started_transmitting_and_a_plant_that_goes_into_operation_are_launched(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Kazakh and Kyrgyz ministers signed a protocol on the construction of a new road from Karkyra to Kegen.",
     [("road from Karkyra to Kegen", "agreement_signed")]),
    ("The deal, signed in Tashkent on Tuesday, covers a $500 million copper smelter.",
     [("copper smelter", "agreement_signed")]),
    ("Uzbekistan, China seal $1.2bn deal for chemical complex in Navoi", [("chemical complex", "agreement_signed")]),
])
def test_a_protocol_a_deal_in_commas_and_a_sealed_deal_with_its_sum_sign_the_facility(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "The ministers signed a protocol on the results of the meeting.",
    "They signed a contract for the supply of 20 locomotives.",
    "The agreement, signed in May, covers the supply of gas.",
])
def test_a_signed_protocol_on_results_or_a_supply_contract_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Uzbekistan to get new Korean-funded hospital in Samarkand", [("Korean-funded hospital", "announced")]),
    ("Work will begin soon on a new hospital in Osh.", [("hospital", "announced")]),
    ("Design work on a new bridge across the Amu Darya is under way.", [("bridge across the Amu Darya", "announced")]),
    ("A site has been allocated for a new industrial park in Jizzakh.", [("industrial park", "announced")]),
    ("A 50-hectare land plot has been selected for a Turkish textile park in Namangan.",
     [("Turkish textile park", "announced")]),
    ("A Chinese company will be the investor of a 1 GW solar park in Kashkadarya.", [("1 GW solar park", "announced")]),
    ("The project for a new airport in Turkestan is estimated at $200 million.", [("airport", "announced")]),
    ("Officials announced a new 300 MW solar farm in Zhambyl region.", [("300 MW solar farm", "announced")]),
])
def test_a_new_facility_to_get_sited_designed_invested_or_announced_is_intended(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Uzbekistan will receive a new tranche of the loan.",
    "Kazakhstan gets new ambassador",
    "A site has been chosen for the summit.",
    "The ministry announced a new investment programme.",
    "Work will begin on a new roadmap.",
    "KazMunayGas is the operator of the Kashagan field.",
])
def test_a_new_tranche_envoy_venue_programme_or_operator_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The new nuclear power plant in Jizzakh will have a capacity of 2.4 GW.", [("nuclear power plant", "announced")]),
    ("The new copper plant in Almalyk will employ about 500 people.", [("copper plant", "announced")]),
    ("The new tractor plant in Kostanay will assemble 3,000 tractors a year.", [("tractor plant", "announced")]),
])
def test_what_a_new_facility_will_hold_employ_or_make_says_it_is_to_come(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "The company will employ 500 people this year.",
    "Kazakhstan will produce 100 million tonnes of oil in 2025.",
])
def test_what_a_company_or_country_will_employ_or_produce_is_no_project(text):
    assert projects(text) == []


def test_what_a_built_facility_will_produce_keeps_its_launch():
    facts = extract_article(article("A Turkish company opened a textile factory in Namangan last year. "
                                    "The factory will produce 5,000 tonnes of yarn in 2025."))
    assert [(p["project_name"], p["status"]) for p in facts["projects"]] == [("textile factory", "launched")]


def test_progress_of_a_project_to_build_a_facility_is_its_plan():
    assert projects("The two leaders reviewed the progress of the joint project to build a gas chemical complex.") == [
        ("gas chemical complex", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Asian Development Bank and Tajikistan signed a $100 million grant agreement to finance the Rogun HPP.",
     [("Rogun HPP", "agreement_signed")]),
    ("Kazakhstan and the EBRD signed a $50 million loan agreement to finance a new wind farm in Zhambyl region.",
     [("wind farm", "agreement_signed")]),
])
def test_an_agreement_signed_with_its_sum_to_finance_a_facility_signs_it(text, expected):
    assert projects(text) == expected


def test_a_loan_agreement_signed_for_businesses_is_no_project():
    assert projects("They signed a $100 million loan agreement to support small businesses.") == []


@pytest.mark.parametrize(("text", "expected"), [
    ("The Uzbekistan-Hungary Joint Investment Fund of $100 million is aimed at developing agriculture.",
     [("Uzbekistan-Hungary Joint Investment Fund", "announced")]),
    ("The capital of the Kazakh-Uzbek Investment Fund will amount to $500 million.",
     [("Kazakh-Uzbek Investment Fund", "announced")]),
])
def test_a_fund_sized_by_its_sum_or_capital_is_the_undertaking(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "The International Monetary Fund with $1 trillion in resources will help.",
    "The capital of the company is $1 million.",
])
def test_a_lenders_means_and_a_companys_capital_are_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Each side will contribute $250 million to the Kazakh-Uzbek Development Fund.",
     [("Kazakh-Uzbek Development Fund", "announced")]),
    ("The Uzbek-Turkish Investment Fund, worth $500 million, will be used to develop industrial cooperation.",
     [("Uzbek-Turkish Investment Fund", "announced")]),
])
def test_a_sum_contributed_to_a_joint_fund_or_a_joint_fund_worth_a_sum_is_the_undertaking(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize("text", [
    "Japan will contribute $10 million to the Asian Development Fund.",
    "Kazakhstan transferred $1 billion to the National Fund.",
])
def test_a_sum_paid_into_a_lenders_or_a_national_fund_is_no_project(text):
    assert projects(text) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Agreements were signed on the creation of an aquapark in Tashkent.", [("aquapark", "agreement_signed")]),
    ("A new waterpark opened in Cholpon-Ata.", [("waterpark", "launched")]),
])
def test_an_aquapark_or_waterpark_is_a_facility(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Today marks the opening of the new Uzbek-Turkish hospital in Andijan.", [("Uzbek-Turkish hospital", "launched")]),
    ("The ministers praised the opening of a new branch of Kapitalbank in Bishkek.",
     [("branch of Kapitalbank", "launched")]),
])
def test_a_day_that_marks_or_ministers_who_praise_an_opening_report_it_held(text, expected):
    assert projects(text) == expected


def test_noting_the_importance_of_a_construction_is_not_witnessing_it():
    assert projects("The ministers noted the importance of the construction of a new cement plant in Jizzakh.") == [
        ("cement plant", "announced")]


@pytest.mark.parametrize(("text", "expected"), [
    ("China's Sany will build a plant for the production of excavators and cranes in the Tashkent region, Daryo reports.",
     [("plant for the production of excavators and cranes", "announced")]),
    ("Kazakhstan will open trade houses in Urumqi and Baku, Kazinform reports.",
     [("trade houses in Baku", "announced"), ("trade houses in Urumqi", "announced")]),
])
def test_a_trailing_attribution_to_an_agency_ends_the_name(text, expected):
    assert projects(text) == expected


def test_a_colon_after_in_the_pipeline_lists_the_facilities_to_come():
    assert projects("Also in the pipeline: a glass factory in Jizzakh and a cement plant in Surkhandarya.") == [
        ("glass factory", "announced"), ("cement plant", "announced")]


def test_flights_and_a_regime_in_the_works_are_no_projects():
    assert projects("In the works: new flights to Seoul and a visa-free regime.") == []
