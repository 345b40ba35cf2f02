"""Unit tests of amount kinds read from the spec's wording: goals, aid, agreements reached, a project's needs, economy figures (own sentences)."""
from __future__ import annotations

from tests.helpers import kinds


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


# --- studies, and totals after a list of facilities ------------------------------------------------------

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


def test_money_a_fund_provides_or_that_comes_from_a_fund_is_lent():
    assert kinds("The Kuwait Fund will provide $25 million for the water supply project in Osh.", "en") == ["loan"]
    assert kinds("Kyrgyzstan received $20 million from the Kuwait Fund for Arab Economic Development.", "en") == ["loan"]
    assert kinds("Кыргызско-узбекский фонд развития выделил 10 млн долларов на строительство завода.", "ru") == ["loan"]


def test_a_funds_own_capital_stays_a_fund():
    assert kinds("The sides agreed to create a joint fund of $1 billion.", "en") == ["fund"]
    assert kinds("The fund will provide capital of $300 million to start-ups.", "en") == ["fund"]
    assert kinds("Фонд с капиталом 500 млн долларов будет финансировать проекты.", "ru") == ["fund"]


def test_one_deal_to_build_one_facility_prices_that_facility():
    assert kinds("Uzbekistan and China signed an agreement worth $500 million to build a cement plant.", "en") == [
        "project_cost"]
    assert kinds("ACWA Power signed a $1.1 billion agreement on the construction of a power plant.", "en") == [
        "project_cost"]
    assert kinds("Masdar signed a power purchase agreement for a $230 million solar plant.", "en") == ["project_cost"]


def test_several_deals_or_facilities_under_one_value_stay_a_package():
    assert kinds("The companies signed agreements worth $3 billion, including for a steel plant and a solar farm.",
                 "en") == ["investment_package"]
    assert kinds("They signed a deal worth $2 billion to build a plant and a terminal in Navoi.", "en") == [
        "investment_package"]


def test_investment_a_facility_is_built_with_is_its_cost_and_a_total_over_projects_a_package():
    assert kinds("A copper smelter with an estimated investment of $1.5 billion will be built.", "en") == ["project_cost"]
    assert kinds("В Джизаке построят завод с объемом инвестиций 120 млн долларов.", "ru") == ["project_cost"]
    assert kinds("The sides will implement 20 projects with a total investment of $2 billion.", "en") == [
        "investment_package"]
    assert kinds("Стороны реализуют 20 проектов с общим объемом инвестиций 2 млрд долларов.", "ru") == [
        "investment_package"]
