"""A facility introduced by its kind and named a sentence or two later is one project (invented sentences)."""
from __future__ import annotations

import pytest

from tests.helpers import projects

LAUNCHED = "The leaders launched construction of a new railway."


@pytest.mark.parametrize("texts, expected", [
    ((LAUNCHED, "The 523-km China-Kyrgyzstan-Uzbekistan railway is expected to cost $4.7 billion."),
     [("523-km China-Kyrgyzstan-Uzbekistan railway", "construction_started")]),
    (("The leaders launched construction of a railway linking the three countries.", "The presidents attended the ceremony.",
      "The China-Kyrgyzstan-Uzbekistan railway is expected to cost $4.7 billion."),
     [("China-Kyrgyzstan-Uzbekistan railway", "construction_started")]),
    (("The leaders launched construction of a new cement plant.", "The Jizzakh cement plant will cost $60 million."),
     [("Jizzakh cement plant", "construction_started")]),
])
def test_a_name_given_later_says_which_facility_the_kind_introduced_was(texts, expected):
    assert projects(*texts) == expected


@pytest.mark.parametrize("texts, expected", [
    ((LAUNCHED, "The Kashgar-Andijan railway is also being discussed."),
     [("railway", "construction_started"), ("Kashgar-Andijan railway", "announced")]),
    (("The leaders launched construction of a new cement plant.", "The Kambarata-1 hydropower plant will cost $6 billion."),
     [("cement plant", "construction_started"), ("Kambarata-1 hydropower plant", "announced")]),
])
def test_another_named_facility_of_the_kind_is_a_project_of_its_own(texts, expected):
    assert projects(*texts) == expected


def test_a_railway_introduced_by_its_route_is_a_project_though_the_route_names_no_place():
    assert projects("China, Kyrgyzstan and Uzbekistan on Friday launched construction of a railway linking the three "
                    "countries.") == [("railway", "construction_started")]
