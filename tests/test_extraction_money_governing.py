"""Unit tests of amount kinds decided by the amount's own clause and head noun (own invented sentences)."""
from __future__ import annotations

from extraction.money import find_amounts
from extraction.text import Sentence
from tests.helpers import kinds, sentences


def test_the_subject_after_a_comma_belongs_to_the_next_amount():
    assert kinds("Общий объем российских инвестиций в Узбекистан составляет порядка $11 млрд, "
                 "товарооборот превышает $9 млрд.", "ru") == ["investment_volume", "trade_turnover"]
    assert kinds("Chinese investment in the republic totals $5 billion, trade exceeds $3 billion.", "en") == [
        "investment_volume", "trade_turnover"]


def test_documents_whose_total_value_is_given_are_a_package():
    assert kinds("Подписано 15 документов, общая стоимость которых превышает $3 млрд.", "ru") == ["investment_package"]
    assert kinds("Стороны обменялись документами, общий объем которых превышает $1 млрд.", "ru") == ["investment_package"]


def test_yen_is_an_amount_and_aid_given_without_return_is_a_grant():
    amounts = find_amounts([Sentence("Правительство Японии в рамках безвозмездной помощи выделит 2 млрд иен.", 0, "body", 0)],
                           "ru", 2025)
    assert [(a.amount, a.currency, a.kind) for a in amounts] == [(2e9, "JPY", "grant")]
    assert kinds("USAID has provided $30 million in assistance to Tajikistan's health sector.", "en") == ["grant"]


def test_a_lenders_financing_is_a_loan():
    assert kinds("Всемирный банк предоставил Кыргызстану финансирование на сумму 30 млн долларов для модернизации школ.",
                 "ru") == ["loan"]
    assert kinds("The ADB approved a $500 million financing package for Uzbekistan.", "en") == ["loan"]
    assert kinds("Кредитный портфель банка в Кыргызстане составляет 400 млн долларов.", "ru") == ["loan"]
    assert kinds("The bank's loan portfolio in Kyrgyzstan stands at $400 million.", "en") == ["loan"]


def test_money_a_verb_puts_in_projects_is_investment_made():
    assert kinds("Since 1992 the EBRD has invested more than €17 billion in 300 projects in Kazakhstan.", "en") == [
        "investment_volume"]
    assert kinds("Since 2017, Chinese companies have poured more than $10 billion into Uzbekistan.", "en") == [
        "investment_volume"]


def test_a_figure_in_deals_is_still_their_total():
    assert kinds("Business leaders signed $2 billion in deals at the forum.", "en") == ["investment_package"]


def test_a_wind_farm_priced_by_its_figure_is_a_project_cost():
    assert kinds("A Saudi company will build a $1.1 billion wind farm in Karakalpakstan.", "en") == ["project_cost"]
    assert kinds("Стоимость нового ветропарка оценивается в $300 млн.", "ru") == ["project_cost"]


def test_a_co_investment_platform_is_a_fund():
    assert kinds("Kazakhstan and the UAE set up a $1 billion co-investment platform.", "en") == ["fund"]


def test_shipments_of_goods_are_trade():
    assert kinds("Поставки узбекской плодоовощной продукции в Россию составили $600 млн.", "ru") == ["trade_turnover"]
    assert kinds("Shipments of Uzbek fruit to Russia totalled $600 million.", "en") == ["trade_turnover"]


def test_an_officials_portfolio_does_not_name_what_the_amount_measures():
    assert kinds("Министр инвестиций, промышленности и торговли сообщил, что стоимость проекта составит $300 млн.",
                 "ru") == ["project_cost"]
    assert kinds("Speaking at the trade forum, the ADB president said the bank would lend Uzbekistan $1 billion.",
                 "en") == ["loan"]


def test_money_received_from_a_lender_is_a_loan():
    assert kinds("Правительство получило от АБР $150 млн на реформу энергетики.", "ru") == ["loan"]


def test_money_sent_to_building_one_object_after_the_figure_is_its_cost():
    assert kinds("Инвестиции в размере $200 млн будут направлены на строительство завода.", "ru") == ["project_cost"]


def test_goods_sold_abroad_are_trade():
    assert kinds("Kazakhstan sold $15 billion worth of goods to China last year.", "en") == ["trade_turnover"]


def test_an_industrial_park_priced_by_its_figure_is_a_project_cost():
    assert kinds("China to build $1bn industrial park in Kazakhstan", "en") == ["project_cost"]
    assert kinds("В Навои построят индустриальный парк стоимостью $400 млн.", "ru") == ["project_cost"]


def test_long_term_is_no_debt():
    assert kinds("Стороны подписали долгосрочное соглашение на $2 млрд.", "ru") == ["investment_package"]


def test_a_conjunction_starts_the_next_amounts_phrase():
    assert kinds("Подписаны соглашения на $1 млрд, в том числе кредит на $300 млн и грант на $20 млн.", "ru") == [
        "investment_package", "loan", "grant"]
    assert kinds("Agreements worth $1 billion were signed, including a $300 million loan and a $20 million grant.",
                 "en") == ["investment_package", "loan", "grant"]


def test_a_verb_after_the_figure_is_no_head_noun():
    assert kinds("Фонд с активами в $2 млрд инвестирует в инфраструктуру.", "ru") == ["fund"]


def test_money_a_donor_agency_allocates_is_a_grant():
    assert kinds("ПРООН выделила $500 тыс. на поддержку женского предпринимательства.", "ru") == ["grant"]
    assert kinds("The UNDP allocated $500,000 to support women's entrepreneurship.", "en") == ["grant"]
    assert kinds("JICA will provide a $100 million loan for the power grid.", "en") == ["loan"]


def test_investment_under_several_projects_is_their_total():
    assert kinds("Общий объем инвестиций по этим проектам составит $3 млрд.", "ru") == ["investment_package"]
    assert kinds("Общий объем инвестиций по проекту составит 80 млрд сумов.", "ru") == ["project_cost"]


def test_where_money_comes_from_does_not_name_what_it_measures():
    assert kinds("The government allocated 5 billion tenge from the budget for the construction of the school.",
                 "en") == ["project_cost"]
    assert kinds("Из республиканского бюджета на строительство школы выделено 5 млрд тенге.", "ru") == ["project_cost"]
    assert kinds("Бюджет программы составит 5 млрд тенге.", "ru") == ["other"]


def test_what_a_contract_is_for_does_not_name_what_the_amount_measures():
    assert kinds("Подписаны контракты на поставку оборудования на $200 млн.", "ru") == ["investment_package"]
    assert kinds("Contracts for the supply of equipment worth $200 million were signed.", "en") == ["investment_package"]


def test_what_a_project_will_need_is_its_cost():
    assert kinds("Для реализации проекта потребуется 300 млн долларов инвестиций.", "ru") == ["project_cost"]


def test_a_purpose_after_the_head_noun_does_not_replace_it():
    assert kinds("The government will provide a $10 million grant for the construction of a school in Dushanbe.",
                 "en") == ["grant"]
    assert kinds("A Chinese firm is set to invest $300 million in the construction of a cement plant.", "en") == [
        "project_cost"]


def previous_kinds(first: str, second: str, language: str) -> list[str]:
    sentences = [Sentence(first, 0, "body", 0), Sentence(second, 1, "body", 1)]
    return [a.kind for a in find_amounts(sentences, language, 2025)]


def test_their_total_or_the_amount_refers_to_the_previous_sentence():
    assert previous_kinds("Стороны подписали 15 соглашений.", "Их общая сумма составляет $2 млрд.", "ru") == [
        "investment_package"]
    assert previous_kinds("The ADB approved a new loan for Kyrgyzstan.", "The amount is $40 million.", "en") == ["loan"]
    assert previous_kinds("The ADB approved a new loan for Kyrgyzstan.", "Separately, Kyrgyzstan's GDP reached $15 billion.",
                          "en") == ["other"]


# --- kinds read from the amount's role in its clause -----------------------------------------------------

def amounts(text: str, language: str):
    return find_amounts(sentences(text), language, 2025)


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


def test_a_count_of_projects_implemented_with_a_thousands_separator_is_still_investment_made():
    assert kinds("Turkish companies have implemented more than 1,000 projects worth over $50 billion in Turkmenistan.",
                 "en") == ["investment_volume"]
    assert kinds("Chinese banks have financed 1,200 projects worth $20 billion.", "en") == ["investment_volume"]


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
