"""Unit tests of production named by its product: a line of goods started, organised, assembled or agreed.

Newsrooms report new production by a verb and a product ("started producing
Chevrolet cars"), with no plant noun for a cue to govern. The sentences are invented.
"""
from __future__ import annotations

import pytest

from tests.helpers import projects


@pytest.mark.parametrize(("text", "expected"), [
    ("UzAuto Motors started producing Chevrolet Onix cars in Kostanay.",
     [("production of Chevrolet Onix cars", "launched")]),
    ("The joint venture began assembling Kia cars in Almaty.", [("production of Kia cars", "launched")]),
    ("The two companies organized the production of elevators in Jizzakh.", [("production of elevators", "launched")]),
    ("In Kostanay, the companies launched the assembly of tractors and combines.",
     [("production of tractors and combines", "launched")]),
    ("Mass production of BYD electric cars started at the Jizzakh plant.",
     [("production of BYD electric cars", "launched")]),
])
def test_production_started_is_a_launched_project_named_by_its_product(text, expected):
    assert projects(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Chinese company will start producing solar panels in Tashkent next year.",
     [("production of solar panels", "announced")]),
    ("The companies agreed to organize the production of electric buses in Samarkand.",
     [("production of electric buses", "announced")]),
    ("Uzbek Artel and Chinese Midea signed an agreement to produce air conditioners in Tashkent.",
     [("production of air conditioners", "agreement_signed")]),
    ("Agreements were signed to produce cement in Jizzakh and refrigerators in Tashkent.",
     [("production of cement", "agreement_signed")]),
])
def test_production_intended_or_agreed_takes_the_stage_of_its_verb(text, expected):
    assert projects(text) == expected


def test_production_already_named_by_a_cue_is_not_counted_twice():
    assert projects("Production of Yutong buses has been launched in Samarkand.") \
        == [("Production of Yutong buses", "launched")]


@pytest.mark.parametrize("text", [
    "Kazakhstan began producing more oil last year.",  # an amount of output, not a new line of goods
    "The plant started producing in 2020.",  # no product
    "The company started producing its own brand in Osh.",  # a pronoun says whose, not what
])
def test_output_with_no_product_of_its_own_is_no_project(text):
    assert projects(text) == []
