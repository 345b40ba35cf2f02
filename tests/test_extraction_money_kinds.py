"""Unit tests of amount kinds read from the spec's wording: goals, aid, agreements reached, a project's needs, economy figures (own sentences)."""
from __future__ import annotations

import pytest

from extraction.money import find_amounts
from tests.helpers import kinds, sentences


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


# --- who gives the money, what one project's investment is, investment agreed ----------------------------

def test_what_a_lender_gives_is_a_loan_whatever_it_pays_for():
    assert kinds("The Saudi Fund for Development will provide $100 million for the construction of a hydropower plant.",
                 "en") == ["loan"]
    assert kinds("The Islamic Development Bank will allocate $250 million for the construction of a highway.",
                 "en") == ["loan"]
    assert kinds("The ADB will co-finance the project with $120 million.", "en") == ["loan"]
    assert kinds("Of the total, $70 million will be provided by the Abu Dhabi Fund for Development.", "en") == ["loan"]
    assert kinds("Финансирование в размере $120 млн будет предоставлено Исламским банком развития.", "ru") == ["loan"]
    assert kinds("Вклад Кувейтского фонда в проект составит $30 млн.", "ru") == ["loan"]
    assert kinds("The EFSD will provide $100 million to Tajikistan to support the budget.", "en") == ["loan"]


def test_a_lenders_grant_and_record_keep_their_kinds():
    assert kinds("The Asian Development Bank will provide a $5 million grant to Tajikistan.", "en") == ["grant"]
    assert kinds("The ADB has financed projects worth $12 billion in Uzbekistan since 1996.", "en") == [
        "investment_volume"]
    assert kinds("The fund will provide capital of $300 million to start-ups.", "en") == ["fund"]


def test_a_fund_that_gives_money_names_no_capital():
    assert kinds("The Abu Dhabi Fund for Development allocated $50 million to the water supply project.", "en") == [
        "loan"]
    assert kinds("ADB will fund the project with $150 million.", "en") == ["loan"]
    assert kinds("Funds of $50 million from the Saudi Fund for Development will be used to build schools.", "en") == [
        "loan"]
    assert kinds("Средства в размере $50 млн предоставит Саудовский фонд развития.", "ru") == ["loan"]
    assert kinds("The Abu Dhabi Fund for Development has a capital of $4 billion.", "en") == ["fund"]
    assert kinds("Kazakhstan and Qatar will set up a $1 billion investment fund.", "en") == ["fund"]


def test_the_capital_a_project_is_in_is_a_city():
    assert kinds("A $40 million water project will be built in the capital.", "en") == ["project_cost"]


def test_investment_of_one_project_or_facility_is_its_cost():
    assert kinds("The total investment of the project is $2 billion.", "en") == ["project_cost"]
    assert kinds("The project's total investment is $350 million.", "en") == ["project_cost"]
    assert kinds("The project involves investment of $80 million.", "en") == ["project_cost"]
    assert kinds("The plant, requiring investment of $150 million, will create 2,000 jobs.", "en") == ["project_cost"]
    assert kinds("The project, with an investment of $1.5 billion, will be implemented by a Chinese firm.",
                 "en") == ["project_cost"]
    assert kinds("Проект с объемом инвестиций $80 млн предусматривает строительство теплиц.", "ru") == [
        "project_cost"]


def test_money_invested_to_build_one_thing_is_its_cost():
    assert kinds("The company plans to invest $200 million to build a cement factory.", "en") == ["project_cost"]
    assert kinds("The company plans to invest $200 million to build a cement factory and a brick plant.", "en") == [
        "investment_volume"]


def test_one_deal_covering_one_facility_and_agreements_for_one_facility_price_it():
    assert kinds("The $1.2 billion deal covers the construction of a gas processing plant in Bukhara.", "en") == [
        "project_cost"]
    assert kinds("Uzbekistan and ACWA Power signed agreements worth $1.1 billion to build a wind farm.", "en") == [
        "project_cost"]
    assert kinds("Agreements worth $15 billion were signed during the visit.", "en") == ["investment_package"]


def test_investment_agreements_provide_for_or_that_is_agreed_is_a_package():
    assert kinds("The agreements provide for investments of $5 billion.", "en") == ["investment_package"]
    assert kinds("Investments worth $10 billion were agreed during the visit.", "en") == ["investment_package"]
    assert kinds("The parties agreed on investments of $5 billion.", "en") == ["investment_package"]
    assert kinds("Foreign investments totaling $35 billion were attracted last year.", "en") == ["investment_volume"]


def test_turnover_alone_and_trade_and_economic_ties_measure_trade():
    assert kinds("Торгово-экономическое сотрудничество развивается: оборот составил $600 млн.", "ru") == [
        "trade_turnover"]
    assert kinds("Объем торгово-экономического сотрудничества достиг $2 млрд.", "ru") == ["trade_turnover"]
    assert kinds("За январь-сентябрь стороны обменялись товарами на $800 млн.", "ru") == ["trade_turnover"]


def test_a_lenders_financing_and_support_are_lent():
    assert kinds("The Abu Dhabi Fund for Development's $100 million financing will support the solar project.",
                 "en") == ["loan"]
    assert kinds("The OPEC Fund for International Development will support the project with $50 million.",
                 "en") == ["loan"]
    assert kinds("The Fund's support for the project amounts to $45 million.", "en") == ["loan"]


def test_headline_deals_without_articles_price_one_facility():
    assert kinds("Kazakhstan, UAE sign $1.1bn deal for wind farm", "en") == ["project_cost"]
    assert kinds("Uzbekistan, China sign agreements on $2.5 billion copper project", "en") == ["project_cost"]
    assert kinds("Uzbekistan signs $500 mln agreement with Chinese company to build cement plant", "en") == [
        "project_cost"]
    assert kinds("Uzbekistan and Turkey sign deals for $3 billion", "en") == ["investment_package"]
    assert kinds("Uzbekistan, UAE sign $10bn worth of agreements", "en") == ["investment_package"]


def test_a_valuation_right_after_one_facility_prices_it():
    assert kinds("An agreement was signed on a project worth $300 million to produce fertilisers.", "en") == [
        "project_cost"]
    assert kinds("The agreement on the plant, worth $500 million, was signed by the ministry.", "en") == [
        "project_cost"]
    assert kinds("The documents include an agreement on the Kambarata HPP, estimated at $3 billion.", "en") == [
        "project_cost"]
    assert kinds("The joint project portfolio is estimated at $9 billion.", "en") == ["investment_package"]


def test_a_named_development_lender_is_no_fund():
    assert kinds("The Saudi Fund for Development (SFD), established in 1974 and based in Riyadh, will allocate "
                 "$100 million for schools.", "en") == ["loan"]
    assert kinds("The agreement was signed by the Saudi Fund for Development and the ministry; the amount is "
                 "$100 million.", "en") == ["loan"]
    assert kinds("The Saudi Fund for Development capital was raised to $10 billion.", "en") == ["fund"]


def test_a_nations_capital_is_a_city():
    assert kinds("A $40 million hospital will be built in the Tajik capital, Dushanbe.", "en") == ["project_cost"]
    assert kinds("The ADB will provide $35 million to upgrade the water supply in the Kyrgyz capital.", "en") == [
        "loan"]
    assert kinds("The company's capital is $5 million.", "en") == ["fund"]


def test_money_invested_in_one_object_is_its_cost():
    assert kinds("The Chinese company will invest $200 million in the project.", "en") == ["project_cost"]
    assert kinds("The investor will invest $150 million in a new cement plant in Jizzakh.", "en") == ["project_cost"]
    assert kinds("Investments of $700 million will be made in the construction of the complex.", "en") == [
        "project_cost"]
    assert kinds("The project will attract investments of $500 million.", "en") == ["project_cost"]
    assert kinds("The company has invested $500 million in Kazakhstan since 2010.", "en") == ["investment_volume"]
    assert kinds("The investor will invest $150 million in a cement plant and a brick factory.", "en") == [
        "investment_volume"]


def test_investment_under_agreements_is_a_package():
    assert kinds("Under the agreements, the companies will invest $3 billion in 15 projects.", "en") == [
        "investment_package"]
    assert kinds("Investments worth $4 billion are expected under the signed agreements.", "en") == [
        "investment_package"]
    assert kinds("The agreements signed at the forum envisage investments worth $5 billion.", "en") == [
        "investment_package"]


def test_contracts_that_relate_to_one_facility_price_it():
    assert kinds("The contracts worth $2.1 billion relate to the construction of the Yavan-Kulob railway.", "en") == [
        "project_cost"]


def _kinds_of(*texts: str, language: str = "en") -> list[str]:
    return [a.kind for a in find_amounts(sentences(*texts), language, 2025)]


def test_an_investment_total_without_an_object_takes_the_previous_sentences():
    assert _kinds_of("Uzbekistan and Saudi Arabia signed 14 investment agreements in Riyadh.",
                     "The total investment will amount to $12 billion.") == ["investment_package"]
    assert _kinds_of("ACWA Power will build a 1.5 GW wind farm in Karakalpakstan.",
                     "The total investment is estimated at $1.1 billion.") == ["project_cost"]
    assert _kinds_of("Стороны подписали 20 соглашений.", "Общий объем инвестиций составит $5 млрд.",
                     language="ru") == ["investment_package"]
    assert _kinds_of("Bilateral trade grew by 20%.", "Investment reached $3 billion.") == ["investment_volume"]
    assert _kinds_of("The president met investors.", "Chinese investment in Uzbekistan reached $11 billion.") == [
        "investment_volume"]


def test_money_invested_in_setting_up_or_expanding_one_object_is_its_cost():
    assert kinds("The Turkish company will invest $100 million in setting up a plant in Andijan.", "en") == [
        "project_cost"]
    assert kinds("The company will invest $60 million to expand the plant.", "en") == ["project_cost"]
    assert kinds("Knauf will invest $50 million in its new plaster plant in Fergana.", "en") == ["project_cost"]
    assert kinds("Russian companies invested $1 billion in the Uzbek economy last year.", "en") == [
        "investment_volume"]


def test_a_bracketed_restatement_does_not_hide_what_the_deal_is_for():
    assert kinds("The sides signed an agreement worth 500 billion tenge ($1 billion) to build a gas processing plant.",
                 "en") == ["project_cost", "project_cost"]
    assert kinds("The parties signed an agreement worth 1.2 trillion soums (about $100 million) on the construction "
                 "of a hospital.", "en") == ["project_cost", "project_cost"]


def test_a_headline_that_signs_one_agreement_for_one_project_prices_the_project():
    assert kinds("Uzbekistan Signs Agreement Valued at $1.2 Billion for Solar Project", "en") == ["project_cost"]
    assert kinds("Uzbekistan Signs Agreements Valued at $1.2 Billion for Solar Projects", "en") == ["investment_package"]


def test_a_bare_deal_priced_before_the_project_it_speaks_of_prices_that_project():
    assert kinds("The agreement is valued at $1.2 billion, and the project will be completed in 2027.",
                 "en") == ["project_cost"]
    assert kinds("The agreement is valued at $1.2 billion, and the projects will be completed in 2027.",
                 "en") == ["investment_package"]


def test_one_deal_valued_at_a_range_for_one_project_prices_the_project():
    assert kinds("The agreement is valued at between $1bn and $1.2bn for a wind power project in Bukhara.",
                 "en") == ["project_cost", "project_cost"]
    assert kinds("The deal is worth between $300 million and $400 million for the hydropower plant.",
                 "en") == ["project_cost", "project_cost"]
    assert kinds("The agreements are valued at between $1bn and $1.2bn for wind and solar projects.",
                 "en") == ["investment_package", "investment_package"]


def test_money_invested_in_one_plant_named_by_four_words_is_its_cost():
    assert kinds("The company will invest $200 million in a 100 MW solar power plant in Samarkand.", "en") == [
        "project_cost"]
    assert kinds("ACWA Power signed a power purchase agreement with a total investment of $600 million for a "
                 "500 MW wind power plant.", "en") == ["project_cost"]
    assert kinds("The company will invest $200 million in a 100 MW solar power plant and a wind farm.", "en") == [
        "investment_volume"]


def test_bare_sums_opening_their_clauses_after_a_loan_share_the_loan():
    assert _kinds_of("The ADB approved a $150 million loan for two projects.",
                     "$100 million is for a solar plant in Navoi, and $50 million will go to a canal in Khorezm.") == [
        "loan", "loan", "loan"]
    assert _kinds_of("The ADB approved a $150 million loan for two projects.",
                     "Some $100 million will be spent on the Navoi plant.") == ["loan", "loan"]
    assert _kinds_of("The ADB approved a $150 million loan for the project.",
                     "$200 million is the total cost of the project.") == ["loan", "project_cost"]
    assert _kinds_of("The government approved a $150 million budget for two projects.",
                     "$100 million is for a solar plant in Navoi.") == ["other", "project_cost"]


def test_a_bare_deal_after_two_facilities_listed_prices_neither():
    assert _kinds_of("Masdar will build a solar plant and a wind farm in Navoi.", "The deal is worth $1 billion.") == [
        "investment_package"]
    assert _kinds_of("Masdar will build a solar plant in Navoi, and the government will provide the land.",
                     "The deal is worth $1 billion.") == ["project_cost"]


def test_money_still_to_come_that_adds_new_capacity_is_a_programmes_package():
    assert kinds("Kazakhstan plans to grow its wind sector by investing $3 billion to add 2 GW of new capacity by 2030.",
                 "en") == ["investment_package"]
    assert kinds("Uzbekistan will invest $1 billion to install 800 MW of new solar capacity.", "en") == [
        "investment_package"]
    assert kinds("Chinese firms have invested $2 billion to add 1 GW of new capacity.", "en") == ["investment_volume"]
    assert kinds("Qatar intends to invest $12 billion over the next five years.", "en") == ["investment_volume"]


@pytest.mark.parametrize("text", [
    "The authorized capital of the joint investment company is $500 million.",
    "The capital of the new investment fund will be $1 billion.",
])
def test_investment_naming_a_company_or_fund_leaves_its_capital_a_fund(text):
    assert kinds(text, "en") == ["fund"]


def test_investments_made_are_investment_volume():
    assert kinds("Chinese investments in Kazakhstan reached $26 billion.", "en") == ["investment_volume"]


@pytest.mark.parametrize("text", [
    "Всемирный банк выделит Таджикистану грант в размере 50 млн долларов на развитие образования.",
    "Всемирный банк предоставит Таджикистану 50 млн долларов в виде гранта.",
    "The World Bank approved a grant worth $50 million for Tajikistan.",
])
def test_a_lenders_grant_linked_to_its_figure_is_a_grant(text):
    assert kinds(text, "ru" if "банк" in text else "en") == ["grant"]


def test_a_lenders_credit_linked_to_its_figure_is_a_loan():
    assert kinds("Всемирный банк выделит Таджикистану кредит в размере 50 млн долларов.", "ru") == ["loan"]


@pytest.mark.parametrize("text, language", [
    ("The Asian Development Bank approved a loan to Kazakhstan, while bilateral trade of $3.2 billion grew by 12 percent.",
     "en"),
    ("The bank granted a loan for the plant; exports of $400 million were recorded in 2024.", "en"),
    ("Товарооборот в размере 2 млрд долларов был достигнут, а банк выделил кредит на строительство завода.", "ru"),
])
def test_a_trade_figure_linked_by_of_stays_trade_beside_a_lenders_loan(text, language):
    assert kinds(text, language) == ["trade_turnover"]


def test_a_lenders_loan_offered_to_a_country_with_adjectives_before_it_is_still_lent():
    assert kinds("JICA will provide Tajikistan with a concessional loan of 25 billion yen for the construction of a "
                 "400 MW combined-cycle power plant in Dushanbe.", "en") == ["loan"]
