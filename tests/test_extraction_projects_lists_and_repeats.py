"""Unit tests of projects named in shared-head lists, and of one project named twice in an article."""
from __future__ import annotations

import pytest

from extraction import extract_article
from tests.helpers import article, projects


@pytest.mark.parametrize("text, expected", [
    ("Tajikistan and Uzbekistan signed an agreement on the construction of the Yavan and Fandarya hydropower plants "
     "on the Zarafshan River.", ["Yavan hydropower plant on the Zarafshan River",
                                 "Fandarya hydropower plant on the Zarafshan River"]),
    ("Стороны подписали соглашение о строительстве Явнской и Фандарьинской ГЭС на реке Зарафшан.",
     ["Явнская ГЭС на реке Зарафшан", "Фандарьинская ГЭС на реке Зарафшан"]),
    ("The sides discussed the construction of the Kambarata-1 and Kambarata-2 HPPs.",
     ["Kambarata-1 HPP", "Kambarata-2 HPP"]),
])
def test_names_sharing_a_plural_head_and_a_river_are_one_project_each(text, expected):
    assert [name for name, _ in projects(text)] == expected


def test_a_code_name_before_a_singular_head_with_its_own_article_stays_its_own_project():
    assert [name for name, _ in projects("The sides discussed the CASA-1000 project and the Trans-Afghan railway.")] == [
        "CASA-1000 project", "Trans-Afghan railway"]


def test_verbs_sharing_one_subject_do_not_swallow_the_first_verb_into_the_name():
    assert projects("The portfolio includes a copper cathode plant in Urgut and a solar power plant in Nurabad.",
                    "The copper plant is already under construction and will employ 1,200 people.") == [
        ("copper cathode plant in Urgut", "construction_started"), ("solar power plant in Nurabad", "announced")]


def test_a_headline_and_a_body_naming_one_factory_by_its_owners_are_one_project():
    facts = extract_article(article(
        "A Kyrgyz-Turkish textile factory has opened in Naryn, the Ministry of Economy reported. "
        "The enterprise will produce 2 million garments annually.",
        title="Kyrgyzstan, Turkey open joint textile factory in Naryn"))
    assert [(p["project_name"], p["status"]) for p in facts["projects"]] == [("Kyrgyz-Turkish textile factory", "launched")]


def test_two_factories_of_different_trades_in_one_town_stay_two():
    facts = extract_article(article(
        "A Kyrgyz-Turkish textile factory has opened in Naryn. A Chinese leather factory was also launched in Naryn.",
        title="News"))
    assert len(facts["projects"]) == 2


def test_a_joint_venture_in_the_headline_and_by_its_name_in_the_body_is_one_project():
    facts = extract_article(article(
        "В Навои состоялось открытие совместного предприятия «Uz-China Copper Wire» стоимостью 45 млн долларов.",
        lang="ru", title="В Навоийской области запущено совместное узбекско-китайское предприятие по производству "
                         "медной проволоки"))
    assert [p["project_name"] for p in facts["projects"]] == ["совместное предприятие «Uz-China Copper Wire»"]


@pytest.mark.parametrize("text, expected", [
    ("The first freight train has run along the new Bakhty-Ayagoz railway line, the operator said.",
     ("Bakhty-Ayagoz railway line", "launched")),
    ("Первый грузовой поезд прошел по новой железной дороге Бахты — Аягоз.",
     ("железная дорога Бахты — Аягоз", "launched")),
])
def test_the_first_train_over_a_new_line_opens_it(text, expected):
    assert projects(text) == [expected]


def test_a_bracketed_code_inside_a_name_does_not_end_it():
    assert projects("China will finance the construction of the China-Kyrgyzstan-Uzbekistan (CKU) railway.") == [
        ("China-Kyrgyzstan-Uzbekistan (CKU) railway", "announced")]


def test_a_section_of_a_named_pipeline_is_one_project_with_the_pipeline_it_names():
    assert projects("Officials attended a ceremony marking the start of construction of the Afghan section of the "
                    "Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline in Herat.") == [
        ("Afghan section of the Turkmenistan-Afghanistan-Pakistan-India (TAPI) gas pipeline", "construction_started")]


def test_a_plant_made_with_a_partner_keeps_its_head_after_the_partner():
    assert projects("Ранее в Согдийской области заработал совместный с Китаем завод по производству солнечных панелей.") == [
        ("совместный с Китаем завод по производству солнечных панелей", "launched")]


def test_a_headline_production_of_a_product_is_the_plant_the_body_says_makes_it():
    facts = extract_article(article(
        "В Душанбе начал работу сборочный завод электромобилей, созданный совместно с китайской BYD.",
        lang="ru", title="Таджикистан и Китай запустили производство электромобилей"))
    assert [p["project_name"] for p in facts["projects"]] == ["сборочный завод электромобилей"]


@pytest.mark.parametrize("text, expected", [
    ("The parties agreed to establish a Hungarian-Uzbek investment fund of 100 million euros.",
     "Hungarian-Uzbek investment fund"),
    ("The parties agreed to establish a joint fund of $500 million.", "joint fund"),
])
def test_the_size_of_a_fund_after_of_is_no_part_of_its_name(text, expected):
    assert [name for name, _ in projects(text)] == [expected]


def test_a_fund_of_funds_keeps_its_name():
    assert [name for name, _ in projects("They discussed the creation of a fund of funds.")] == ["fund of funds"]


@pytest.mark.parametrize("text", [
    "More than 3,000 companies with Russian capital operate in Uzbekistan, including the Uz-Kamaz truck plant in "
    "Samarkand and the Lukoil gas processing complex in Kandym.",
    "В Узбекистане работают более 2 000 предприятий с участием турецкого капитала, в том числе текстильный комбинат "
    "«Anatolia» в Намангане.",
])
def test_examples_of_a_tally_of_working_companies_are_no_projects(text):
    assert projects(text) == []


def test_examples_of_enterprises_launched_this_year_are_projects():
    assert projects("In 2024, more than 100 enterprises were launched in the region, including a cement plant in "
                    "Jizzakh.") == [("cement plant", "launched")]


def test_the_company_that_builds_is_no_part_of_the_name():
    assert projects("The court examined the modernization of the Bishkek thermal power plant by the Chinese company "
                    "TBEA.") == [("Bishkek thermal power plant", "announced")]


def test_a_relative_pronoun_after_the_head_is_no_part_of_the_name():
    assert projects("Under the deal signed in Seoul, the two sides will set up a joint venture that will own and "
                    "operate the plant.") == [("joint venture", "agreement_signed")]


def test_a_named_zone_that_opens_the_sentence_as_its_place_is_no_project():
    assert projects("In the Jizzakh free economic zone, a Chinese company is implementing a project worth $40 million.") == []


def test_a_named_zone_as_the_subject_is_a_project():
    assert projects("The Jizzakh free economic zone was launched in 2017.") == [("Jizzakh free economic zone", "launched")]


def test_a_work_after_for_says_what_a_company_is_for_and_stays_in_its_name():
    assert projects("An agreement on the creation of a joint stock company for the operation of the Khorgos dry port "
                    "was signed.") == [("joint stock company for the operation of the Khorgos dry port", "agreement_signed")]
