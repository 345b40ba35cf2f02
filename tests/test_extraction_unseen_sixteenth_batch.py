"""Constructions found in a sixteenth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

from extraction import extract_article
from tests.helpers import article, article_projects

# --- meetings ----------------------------------------------------------------------------------------------------


def test_a_name_that_ends_in_met_says_no_one_met():
    body = ("The ceremony was attended and witnessed by Arman Seitkali, vice minister of energy of the Republic of "
            "Kazakhstan, Li Wen, counsellor of the consulate general of China in Almaty, Dinmukhamet Orazov, chairman "
            "of the board of Steppe Power, and Zhang Hua, vice president of Windgrid. Zhang said: “We are delighted "
            "to partner with Steppe Power on this initiative.”")
    assert extract_article(article(body, "en"))["meetings"] == []


def test_a_session_held_on_the_eve_of_the_visit_is_a_meeting_of_its_own():
    body = ("Президент Республики Узбекистан Шавкат Мирзиёев и Президент Республики Таджикистан Эмомали Рахмон "
            "провели переговоры в расширенном составе. С удовлетворением отмечены итоги состоявшихся накануне визита "
            "заседания Межправительственной комиссии и бизнес-форума.")
    meetings = extract_article(article(body, "ru"))["meetings"]
    assert sorted(m["meeting_format"] for m in meetings) == ["intergovernmental_commission", "talks"]


# --- projects: stage ---------------------------------------------------------------------------------------------


def test_the_construction_of_a_facility_said_to_be_launched_has_started():
    body = "As part of the visit, the construction of the Sarytash hydroelectric power plant on the Kokdala River has been launched."
    assert article_projects(body, "en") == [("Sarytash hydroelectric power plant on the Kokdala River",
                                             "construction_started")]


def test_half_of_the_work_on_a_construction_done_says_it_is_under_way():
    body = "Orion Mining has completed half of the work on construction of the gold processing plant in Kelif district."
    assert article_projects(body, "en") == [("gold processing plant", "construction_started")]


def test_a_stage_of_completion_of_a_construction_is_no_completion():
    body = "The company is at the middle stage of completion of construction of the copper processing plant."
    assert article_projects(body, "en") == [("copper processing plant", "construction_started")]


# --- projects: which ones ----------------------------------------------------------------------------------------


def test_an_abbreviation_given_in_brackets_names_the_plant_again():
    body = ("Oilgaz has signed a cooperation agreement with Tianfu Construction regarding the construction of the "
            "Zhanatau Gas Processing Plant (GPP). The agreement sets out the principles for collaboration on the "
            "Zhanatau GPP project, including cost estimation.")
    assert article_projects(body, "en") == [("Zhanatau Gas Processing Plant", "agreement_signed")]


def test_a_planned_facility_in_apposition_describes_the_name_before_it():
    body = ("The Osh-Kashgar railway, a planned 300-kilometer rail line, is intended to connect the two railway "
            "networks through the mountains.")
    assert article_projects(body, "en") == [("Osh-Kashgar railway", "announced")]


def test_a_planned_facility_after_a_town_is_still_a_project():  # guard
    assert article_projects("In Osh, a planned cement plant will employ 300 people.", "en") == [
        ("cement plant", "announced")]


def test_a_farm_association_of_a_district_before_the_region_is_no_part_of_the_name():
    body = ("Presidents Serdar Berdimuhamedov of Turkmenistan and Emomali Rahmon of Tajikistan took part in the opening "
            "ceremony of the Kerven Secondary School in the farmers association “Ak Yol” of the Vakhsh district in "
            "Tajikistan’s Khatlon region.")
    facts = extract_article(article(body, "en"))
    assert [(p["project_name"], p["status"], p["city_or_region"]) for p in facts["projects"]] == [
        ("Kerven Secondary School", "launched", "Khatlon")]


def test_the_country_after_a_region_in_commas_is_no_second_project():
    body = ("Orion Mining has completed half of the work on construction of the gold processing plant and a tailings "
            "dam in the northern province of Sughd, Tajikistan, according to the ministry.")
    assert article_projects(body, "en") == [("gold processing plant", "construction_started"),
                                            ("tailings dam", "construction_started")]


def test_countries_listed_after_a_country_stay_in_the_list():  # guard
    body = "The company is building a pipeline to ship gas to new customers in Afghanistan, Pakistan and India."
    facts = extract_article(article(body, "en"))
    assert [p["project_name"] for p in facts["projects"]] == [
        "pipeline to ship gas to new customers in Afghanistan and Pakistan and India"]


def test_the_words_of_a_plant_just_named_take_it_up_again():
    body = ("The first power unit of the Kelif thermal power plant in Surkhandarya region will be put into operation "
            "in December. The launch of the power plant at full capacity is planned for March.")
    assert [name for name, _ in article_projects(body, "en")] == ["first power unit of the Kelif thermal power plant"]


def test_a_district_and_a_velayat_after_a_plant_are_where_it_stands():
    body = ("The President allowed the corporation to sign a contract for the construction of a 1200 MW combined "
            "cycle power plant in the Turkmenbashy etrap of Balkan velayat.")
    facts = extract_article(article(body, "en"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [
        ("1200 MW combined cycle power plant", "Balkan")]
