"""Unit tests of amount kinds read from the amount's role in its clause (own sentences, ru and en)."""
from __future__ import annotations

from extraction.money import find_amounts
from extraction.text import Sentence


def amounts(text: str, language: str):
    return find_amounts([Sentence(text, 0, "body", 0)], language, 2025)


def kinds(text: str, language: str) -> list[str]:
    return [a.kind for a in amounts(text, language)]


def test_money_invested_in_building_one_object_is_that_projects_cost():
    assert kinds("A Chinese firm is set to invest $300 million in the construction of a cement plant.", "en") == ["project_cost"]
    assert kinds("The company will build a dairy farm with $40 million to be invested in the project.", "en") == ["project_cost"]
    assert kinds("В строительство терминала будет вложено 12 млрд тенге ($25 млн).", "ru") == ["project_cost", "project_cost"]
    assert kinds("Общий объем инвестиций по проекту составит 80 млрд сумов.", "ru") == ["project_cost"]


def test_building_one_thing_for_a_sum_is_a_project_cost_and_two_things_a_package():
    assert kinds("Компания намерена построить логистический центр на сумму $120 млн.", "ru") == ["project_cost"]
    assert kinds("Компания построит солнечную станцию и создаст хранилища энергии на общую сумму $900 млн.",
                 "ru") == ["investment_package"]


def test_one_deal_for_one_project_prices_the_project():
    assert kinds("The developer will sign a $1.1 billion deal with the ministry for a 600 MW solar project.",
                 "en") == ["project_cost"]
    assert kinds("Deals worth $6 billion were signed at the forum.", "en") == ["investment_package"]


def test_projects_already_implemented_are_investment_made():
    assert kinds("Since 2000 the bank and the country have implemented 30 projects worth $2 billion.",
                 "en") == ["investment_volume"]
    assert kinds("Over 20 projects worth $2 billion will be implemented under the programme.", "en") == ["investment_package"]


def test_financing_approved_by_a_lender_is_a_loan_unless_called_a_grant():
    assert kinds("Азиатский банк развития одобрил финансирование для Таджикистана в размере $60 млн.", "ru") == ["loan"]
    assert kinds("The Kuwait Fund for Development will allocate $50 million for the project.", "en") == ["loan"]
    assert kinds("The Asian Development Bank approved a $5 million grant for school meals.", "en") == ["grant"]


def test_a_goal_to_be_reached_is_a_trade_target_and_its_second_step_too():
    assert kinds("Для достижения товарооборота в $3 млрд стороны создадут торговый дом.", "ru") == ["trade_target"]
    assert kinds("The new task is to elevate mutual trade to $1bn.", "en") == ["trade_target"]
    assert kinds("They agreed to bring trade to $2 billion in 2026 and to $5 billion by 2030.",
                 "en") == ["trade_target", "trade_target"]
    assert kinds("Trade rose to $1.2 billion in 2023 and to $1.5 billion in 2024.", "en") == ["trade_turnover", "trade_turnover"]


def test_goods_imported_for_a_sum_are_trade():
    assert kinds("Kazakhstan imported Uzbek fruit worth $120 million.", "en") == ["trade_turnover"]


def test_a_difference_between_two_figures_is_other():
    assert kinds("Товарооборот составил $900 млн, что на $80 млн больше, чем годом ранее.",
                 "ru") == ["trade_turnover", "other"]
    assert kinds("Exports reached $2 billion, $300 million more than in 2023.", "en") == ["trade_turnover", "other"]


def test_money_pledged_to_a_corridor_is_a_package():
    assert kinds("The corridor, to which the bloc pledged €5 billion, will be extended.", "en") == ["investment_package"]


def test_an_office_title_after_a_quote_does_not_name_the_amount():
    assert kinds("“Ten agreements were signed with a value exceeding $4 billion,” the Minister of Investment said.",
                 "en") == ["investment_package"]


def test_riyals_and_dirhams_are_read_with_their_codes():
    found = amounts("Agreements worth SR15 billion ($4 billion) were signed, plus a AED 200 million fund.", "en")
    assert [(a.currency, a.amount) for a in found] == [("SAR", 15e9), ("USD", 4e9), ("AED", 2e8)]
    assert [a.currency for a in amounts("Стоимость проекта — 3 млрд саудовских риялов.", "ru")] == ["SAR"]
    assert [a.currency for a in amounts("The fund holds 2 billion Qatari riyals.", "en")] == ["QAR"]
