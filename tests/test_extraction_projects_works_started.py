"""Works and output started on or at a facility, said in newsroom English (invented sentences)."""
from __future__ import annotations

import pytest

from tests.helpers import projects


@pytest.mark.parametrize("text, name", [
    ("Leaders unveiled a plaque marking the start of works on the Yashil Makon residential complex.",
     "Yashil Makon residential complex"),
    ("Works on the Yashil Makon residential complex have started.", "Yashil Makon residential complex"),
    ("Construction works on the new Tashkent bypass road have begun.", "Tashkent bypass road"),
])
def test_works_started_on_a_facility_start_its_construction(text, name):
    assert projects(text) == [(name, "construction_started")]


def test_works_that_will_have_started_are_not_under_way_yet():
    assert ("Yashil Makon residential complex", "construction_started") not in projects(
        "Works on the Yashil Makon residential complex will have started by June.")


@pytest.mark.parametrize("text", [
    "Production of Haval cars kicked off at the new plant in Kostanay.",
    "Production of Haval cars got under way at the new plant in Kostanay.",
])
def test_production_of_goods_kicked_off_is_a_launched_production_named_by_its_product(text):
    assert projects(text) == [("production of Haval cars at the new plant", "launched")]


@pytest.mark.parametrize("text, name", [
    ("The Kazakh-Chinese joint venture Kazakhstan Petrochemical Industries started commercial production of "
     "polypropylene.", "Kazakh-Chinese joint venture Kazakhstan Petrochemical Industries"),
    ("The Angren cement plant started commercial production.", "Angren cement plant"),
    ("The Angren cement plant started serial production of cement.", "Angren cement plant"),
])
def test_a_facility_starting_commercial_or_serial_production_is_launched_as_the_producer(text, name):
    assert projects(text) == [(name, "launched")]


@pytest.mark.parametrize("text, name", [
    ("The sides agreed to modernize the Khorgos border crossing.", "Khorgos border crossing"),
    ("The sides agreed to upgrade the Khorgos checkpoint.", "Khorgos checkpoint"),
    ("The company will modernize its plant in Almalyk.", "plant"),
])
def test_works_to_come_on_a_standing_facility_are_intended(text, name):
    assert projects(text) == [(name, "announced")]


def test_expanding_something_that_is_no_facility_is_no_project():
    assert projects("The sides agreed to expand the trade turnover.") == []
