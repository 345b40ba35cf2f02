"""Constructions found in a twenty-first batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

from extraction import extract_article
from tests.helpers import article, article_projects

# --- projects: which ones ----------------------------------------------------------------------------------------


def test_a_tally_of_joint_ventures_set_up_over_the_years_is_no_project():
    body = ("Korea is a key partner of our country. 540 joint ventures have been launched in the fields of energy, "
            "chemistry and textiles. Since January, 38 new joint ventures have been created in Uzbekistan.")
    assert article_projects(body, "en") == []


def test_two_joint_ventures_opened_in_one_town_stay_a_project():  # guard: a small count is a batch
    assert article_projects("Two joint ventures were launched in Navoi.", "en") == [("Two joint ventures", "launched")]


# --- projects: where ---------------------------------------------------------------------------------------------


def test_a_region_formed_in_2022_places_a_project():
    found = extract_article(article("Компания построит ветровую электростанцию в Жетысуской области.", "ru"))["projects"]
    assert [(p["project_name"], p["city_or_region"], p["country_code"]) for p in found] == [
        ("ветровая электростанция", "Zhetysu region", "KZ")]


# --- projects: status --------------------------------------------------------------------------------------------


def test_an_agreement_to_carry_out_the_construction_of_a_plant_is_signed_for_it():
    body = "The two governments signed an agreement to carry out the construction of a wind power plant."
    assert article_projects(body, "en") == [("wind power plant", "agreement_signed")]
