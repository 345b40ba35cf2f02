"""Unit tests of round-5 amount kinds: studies, totals after a list of facilities (own sentences, ru and en)."""
from __future__ import annotations

from extraction.money import find_amounts
from extraction.text import Sentence


def kinds(text: str, language: str) -> list[str]:
    return [a.kind for a in find_amounts([Sentence(text, 0, "body", 0)], language, 2026)]


def test_cost_of_a_study_is_other():
    assert kinds("Стоимость ТЭО составит 3 млн долларов.", "ru") == ["other"]
    assert kinds("Стоимость исследования оценивается в 5 млн евро.", "ru") == ["other"]
    assert kinds("The feasibility study will cost $4 million.", "en") == ["other"]


def test_cost_of_a_facility_stays_project_cost():
    assert kinds("Стоимость исследовательского центра составит $40 млн.", "ru") == ["project_cost"]
    assert kinds("The cost of the research centre is estimated at $40 million.", "en") == ["project_cost"]
    assert kinds("Стоимость цементного завода составит $120 млн.", "ru") == ["project_cost"]


def test_value_after_a_list_of_facilities_is_a_package():
    assert kinds("Обсуждены строительство ТЭЦ, цементного завода и зернового терминала на общую сумму $900 млн.",
                 "ru") == ["investment_package"]
    assert kinds("They discussed a cement plant, a grain terminal and a cold-storage hub worth a total of $900 million.",
                 "en") == ["investment_package"]


def test_value_after_one_facility_is_its_cost():
    assert kinds("Стороны обсудили строительство цементного завода общей стоимостью $300 млн.", "ru") == ["project_cost"]
    assert kinds("They discussed a cement plant worth $300 million.", "en") == ["project_cost"]


def test_loans_grants_funds_targets_keep_their_kinds():
    assert kinds("Банк откроет кредитную линию на $150 млн.", "ru") == ["loan"]
    assert kinds("Китай окажет безвозмездную помощь в размере 80 млн юаней.", "ru") == ["grant"]
    assert kinds("The joint fund will have a charter capital of $250 million.", "en") == ["fund"]
    assert kinds("Стороны намерены довести товарооборот до $3 млрд.", "ru") == ["trade_target"]
