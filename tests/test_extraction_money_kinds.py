"""Unit tests of amount kinds read from the spec's wording: goals, aid, agreements reached, a project's needs, economy figures (own sentences)."""
from __future__ import annotations

from extraction.money import find_amounts
from extraction.text import Sentence


def kinds(text: str, language: str) -> list[str]:
    return [a.kind for a in find_amounts([Sentence(text, 0, "body", 0)], language, 2025)]


def test_a_figure_trade_should_reach_is_a_goal():
    assert kinds("The presidents agreed that trade should reach $4 billion by 2028.", "en") == ["trade_target"]
    assert kinds("The sides aim for trade turnover of $6 billion by 2030.", "en") == ["trade_target"]
    assert kinds("Узбекистан и Туркменистан нацелены на товарооборот в $3 млрд.", "ru") == ["trade_target"]


def test_a_goal_noun_outweighs_the_trade_noun_beside_it():
    assert kinds("A target of $8 billion in trade was set by the two leaders.", "en") == ["trade_target"]


def test_trade_already_reached_stays_turnover():
    assert kinds("Bilateral trade reached $2.7 billion last year.", "en") == ["trade_turnover"]
    assert kinds("Trade is expected to reach $5 billion this year.", "en") == ["trade_turnover"]


def test_humanitarian_and_technical_aid_are_grants():
    assert kinds("Japan provided humanitarian aid worth $4 million to the flood-hit regions.", "en") == ["grant"]
    assert kinds("Германия окажет техническое содействие на 6 млн евро.", "ru") == ["grant"]


def test_agreements_reached_for_a_sum_are_a_package():
    assert kinds("По итогам визита достигнуты договоренности на $7 млрд.", "ru") == ["investment_package"]


def test_money_put_into_building_one_object_after_the_figure_is_its_cost():
    assert kinds("Инвестор вложит $250 млн в строительство стекольного завода в Андижане.", "ru") == ["project_cost"]


def test_what_one_project_requires_is_its_cost():
    assert kinds("The project requires investments of $700 million.", "en") == ["project_cost"]
    assert kinds("Проект потребует вложений в размере 90 млн долларов.", "ru") == ["project_cost"]


def test_building_one_thing_for_a_sum_is_its_cost():
    assert kinds("The company will build a 500 MW solar park for $450 million.", "en") == ["project_cost"]


def test_an_economys_own_figures_are_other():
    assert kinds("Kazakhstan's GDP reached $260 billion, the president said at the investment forum.", "en") == ["other"]
    assert kinds("Выручка совместного предприятия в прошлом году составила 40 млн долларов.", "ru") == ["other"]
