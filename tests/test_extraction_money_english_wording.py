"""Unit tests of amount kinds in English newsroom wording: one facility's cost, a lender's money, Gulf currency signs (own sentences)."""
from __future__ import annotations

from extraction.money import find_amounts
from tests.helpers import kinds, sentences


def _amounts(text: str) -> list[tuple[str, float, str]]:
    return [(a.currency, a.amount, a.kind) for a in find_amounts(sentences(text), "en", 2025)]


def test_a_word_holding_rate_is_no_exchange_rate():
    assert _amounts("The two countries cooperate closely and signed agreements worth $3 billion.") == [
        ("USD", 3e9, "investment_package")]
    assert _amounts("The fund inaugurated a school built with SR50 million.") == [("SAR", 5e7, "project_cost")]
    assert _amounts("The exchange rate stood at 12,700 soums.") == []


def test_one_agreement_signed_between_parties_on_one_facility_prices_it():
    assert kinds("An agreement worth $500 million was signed between the company and the ministry on the "
                 "construction of the plant.", "en") == ["project_cost"]
    assert kinds("A $1.2 billion investment agreement on a 1 GW wind farm was signed.", "en") == ["project_cost"]
    assert kinds("The agreement, worth $1.2 billion, concerns the construction of a wind farm.", "en") == [
        "project_cost"]
    assert kinds("The $1.2 billion agreement envisages building a wind farm in Navoi region.", "en") == ["project_cost"]
    assert kinds("An agreement amounting to $300 million was signed to build a copper plant.", "en") == [
        "project_cost"]
    assert kinds("An agreement worth $210 million was concluded for the construction of the plant.", "en") == [
        "project_cost"]
    assert kinds("The signed agreement is worth $210 million and concerns the construction of a glass plant.",
                 "en") == ["project_cost"]


def test_one_agreement_on_several_facilities_or_a_field_stays_a_package():
    assert kinds("An agreement worth $500 million was signed between the two governments on cooperation in energy.",
                 "en") == ["investment_package"]
    assert kinds("The agreement, worth $3 billion, concerns the construction of a power plant and a railway.",
                 "en") == ["investment_package"]
    assert kinds("The $5 billion agreement envisages building plants, roads and schools.", "en") == [
        "investment_package"]


def test_a_priced_hydropower_plant_or_hotel_is_a_project_cost():
    assert kinds("The $2.5 billion Kambarata-1 HPP will be built by 2030.", "en") == ["project_cost"]
    assert kinds("The $200 million hotel in the capital city will open next year.", "en") == ["project_cost"]


def test_investment_put_into_one_facility_is_its_cost():
    assert kinds("Masdar signed agreements to develop a 500 MW solar plant, an investment of $400 million.", "en") == [
        "project_cost"]
    assert kinds("The plant, which involves investments of $90 million, will produce cement.", "en") == [
        "project_cost"]
    assert kinds("The new plant, in which $200 million will be invested, will produce cement.", "en") == [
        "project_cost"]
    assert kinds("The new cement plant, with Chinese investment of $200 million, opens in 2026.", "en") == [
        "project_cost"]
    assert kinds("Investments of $200 million will be directed to the construction of a cement plant.", "en") == [
        "project_cost"]
    assert kinds("The project attracted $1 billion in investment.", "en") == ["project_cost"]
    assert kinds("The investment amount for the hotel is $60 million.", "en") == ["project_cost"]
    assert kinds("Since 2017, Chinese companies have invested $5 billion in 200 projects.", "en") == [
        "investment_volume"]


def test_a_development_fund_that_gives_or_offers_money_lends_it():
    assert kinds("The Saudi Development Fund will give $15 million for the hospital.", "en") == ["loan"]
    assert kinds("The Kuwaiti Development Fund offered $20 million to Tajikistan.", "en") == ["loan"]
    assert kinds("The fund transferred $30 million to the government for the hospital.", "en") == ["loan"]
    assert kinds("The Saudi Fund for Development is funding the project with $100 million.", "en") == ["loan"]
    assert kinds("The Saudi Fund for Development inks $50m agreement to finance a water project", "en") == ["loan"]
    assert kinds("The Saudi Fund for Development and Tajikistan signed a $30m deal for a hospital.", "en") == ["loan"]
    assert kinds("The sides agreed to create a joint investment fund of $1 billion.", "en") == ["fund"]


def test_a_lenders_money_in_the_possessive_is_lent_unless_its_own_noun_says_otherwise():
    assert kinds("The SFD's $30 million will cover the construction of pipelines.", "en") == ["loan"]
    assert kinds("The fund's $500 million capital will be invested in startups.", "en") == ["fund"]


def test_a_speaker_after_the_figure_names_nothing_it_measures():
    assert kinds("Loans from the Saudi fund reached $500 million, the fund said.", "en") == ["loan"]
    assert kinds("Trade reached $2 billion, according to the customs committee.", "en") == ["trade_turnover"]


def test_gulf_currency_signs_are_read_with_their_codes():
    assert _amounts("The Kuwait Fund signed a KD6 million ($20 million) loan agreement.") == [
        ("KWD", 6e6, "loan"), ("USD", 2e7, "loan")]
    assert _amounts("QFFD will provide QR100 million to Kyrgyzstan.") == [("QAR", 1e8, "loan")]
    assert _amounts("The fund allocated 10 million Kuwaiti dinars.") == [("KWD", 1e7, "loan")]
    assert _amounts("The project costs Dh50 million.") == [("AED", 5e7, "project_cost")]


def test_a_bare_investment_total_after_a_semicolon_takes_the_clause_before():
    assert kinds("The companies signed investment agreements; the total investment amounts to $5 billion.", "en") == [
        "investment_package"]
    assert kinds("ACWA Power will build a wind farm in Navoi; the total investment is estimated at $1.1 billion.",
                 "en") == ["project_cost"]
    assert kinds("Trade grew by 20%; investment reached $3 billion.", "en") == ["investment_volume"]


def test_money_still_to_go_into_several_projects_is_a_package_and_money_gone_there_investment_made():
    assert kinds("ACWA Power will invest $5 billion in three power plants in Uzbekistan.", "en") == [
        "investment_package"]
    assert kinds("Turkish businesses are ready to invest about $2 billion in new projects.", "en") == [
        "investment_package"]
    assert kinds("Since 2017, Chinese companies have invested $5 billion in 200 projects.", "en") == [
        "investment_volume"]


def test_investment_a_forum_or_visit_brought_is_the_deals_made_there():
    assert kinds("The business forum attracted investments of $5 billion.", "en") == ["investment_package"]
    assert kinds("A total of $5 billion in investment was secured during the visit.", "en") == ["investment_package"]
    assert kinds("The forum resulted in $5 billion worth of investments.", "en") == ["investment_package"]
    assert kinds("Over the past five years the region attracted $5 billion of investment.", "en") == [
        "investment_volume"]


def test_one_of_several_projects_priced_is_one_projects_cost():
    assert kinds("It is one of the largest projects in the region, worth $1 billion.", "en") == ["project_cost"]
    assert kinds("One of the agreements, worth $500 million, concerns trade.", "en") == ["investment_package"]


def test_a_singular_facility_between_a_plural_noun_and_its_value_owns_the_value():
    assert kinds("Projects include a copper smelter worth $1 billion.", "en") == ["project_cost"]
    assert kinds("Projects in a number of sectors worth $4 billion were presented.", "en") == ["investment_package"]


def test_listed_facilities_each_with_its_own_price_are_project_costs():
    assert kinds("The agreements include a $1 billion copper smelter, a $300 million cement plant and a $200 million "
                 "textile park.", "en") == ["project_cost"] * 3
    assert kinds("Two projects stand out: a $1 billion copper smelter and a $300 million cement plant.", "en") == [
        "project_cost"] * 2
    assert kinds("The company will build a plant and a terminal worth $2 billion.", "en") == ["investment_package"]


def test_a_priced_facility_is_a_project_cost_but_a_financing_facility_is_a_loan():
    assert kinds("The Chinese company will build a $100 million processing facility in Jizzakh.", "en") == [
        "project_cost"]
    assert kinds("A $200 million financing facility was agreed with the government.", "en") == ["loan"]
    assert kinds("The IMF's Extended Fund Facility of $200 million will support reforms.", "en") == ["loan"]


def test_the_amounts_own_fund_noun_is_its_capital_whatever_the_fund_then_offers():
    assert kinds("The $500 million fund will offer financing to small businesses.", "en") == ["fund"]
    assert kinds("A $1 billion investment fund will provide financing to joint projects.", "en") == ["fund"]
    assert kinds("The $100 million Uzbek-Saudi fund will invest in agriculture.", "en") == ["fund"]
    assert kinds("The fund will offer $50 million in financing to small businesses.", "en") == ["loan"]
    assert kinds("The hospital was built with a $30 million Saudi Fund for Development loan.", "en") == ["loan"]


def test_a_facility_said_to_be_an_investment_or_built_with_one_is_priced_by_it():
    assert kinds("The solar plant is a $300 million investment by the Saudi developer.", "en") == ["project_cost"]
    assert kinds("The new plant represents an investment of $250 million.", "en") == ["project_cost"]
    assert kinds("The company will build a refinery, with the investment estimated at $3 billion.", "en") == [
        "project_cost"]
    assert kinds("The president opened a textile factory built with $30 million of Turkish investment.", "en") == [
        "project_cost"]
    assert kinds("The investment in the data centre will total $300 million.", "en") == ["project_cost"]
    assert kinds("The company invested $20 million in research and development.", "en") == ["investment_volume"]


def test_a_headline_investing_in_one_unarticled_project_prices_it():
    assert kinds("UAE firm to invest $1.5 billion in Kyrgyz hydro project", "en") == ["project_cost"]
    assert kinds("UAE firms to invest $3 billion in Kyrgyz energy projects", "en") == ["investment_package"]


def test_one_deal_signed_on_a_named_day_to_modernise_one_facility_prices_it():
    assert kinds("The company signed a $150 million deal with the state firm to modernise the Fergana refinery.",
                 "en") == ["project_cost"]
    assert kinds("The parties inked a $2.4 billion deal on Thursday to develop the Zarafshan wind farm.", "en") == [
        "project_cost"]
    assert kinds("The sides signed deals on Thursday worth $300 million for a new cement plant.", "en") == [
        "project_cost"]
    assert kinds("The sides signed deals on Thursday worth $300 million in energy and transport.", "en") == [
        "investment_package"]


def test_one_project_totaling_a_sum_is_priced_by_it():
    assert kinds("The sides signed an investment agreement on the project totaling $250 million.", "en") == [
        "project_cost"]
    assert kinds("The sides signed agreements on projects totaling $250 million.", "en") == ["investment_package"]


def test_a_loan_or_financing_agreement_for_one_project_lends_the_money():
    assert kinds("The $20 million loan agreement was signed for the Kairakkum hydropower plant project.", "en") == [
        "loan"]
    assert kinds("The value of the loan agreement for the project is $35 million.", "en") == ["loan"]
    assert kinds("The $200 million financing agreement was signed with the Saudi Fund.", "en") == ["loan"]
    assert kinds("A $200 million agreement was signed for the Kairakkum hydropower plant project.", "en") == [
        "project_cost"]


def test_the_financing_of_a_project_amounting_to_a_sum_is_lent():
    assert kinds("The financing of the project, amounting to $80 million, will be provided by the Saudi side.",
                 "en") == ["loan"]


def test_a_facility_priced_by_the_amount_keeps_its_cost_though_a_lender_finances_it():
    assert kinds("The ADB will co-finance the $400 million project with a $150 million loan.", "en") == [
        "project_cost", "loan"]
    assert kinds("The Kuwait Fund will finance the $120 million hospital project.", "en") == ["project_cost"]
    assert kinds("The Kuwait Fund will finance a hospital worth $120 million.", "en") == ["project_cost"]
    assert kinds("The project worth $60 million is financed by the Saudi Fund.", "en") == ["project_cost"]
    assert kinds("The Kuwait Fund will provide $25 million for the construction of a hospital.", "en") == ["loan"]
    assert kinds("The $700 million facility from the IMF was approved on Friday.", "en") == ["loan"]


def test_what_one_facilitys_construction_requires_is_its_cost():
    assert kinds("The plant's construction requires an investment of $340 million.", "en") == ["project_cost"]
    assert kinds("Construction of the railway will require investments of $4 billion.", "en") == ["project_cost"]
    assert kinds("The country needs investments of $10 billion.", "en") == ["investment_volume"]


def test_a_hyphenated_compound_amount_is_read_whole():
    assert _amounts("A 600-million-dollar hydro plant will be built on the Naryn river.") == [
        ("USD", 6e8, "project_cost")]
    assert _amounts("The $1.2-billion plant will open in 2026.") == [("USD", 1.2e9, "project_cost")]
    assert _amounts("A five-billion-dollar deal was signed.") == [("USD", 5e9, "investment_package")]
    assert _amounts("The project will cost $5-10 million.") == [("USD", 5e6, "project_cost"),
                                                              ("USD", 1e7, "project_cost")]


def test_a_priced_joint_venture_zone_centre_or_mall_is_a_project_cost():
    assert kinds("The $120 million joint venture will produce 50,000 cars a year.", "en") == ["project_cost"]
    assert kinds("The agreement worth $50 million provides for the creation of a joint venture to produce buses.",
                 "en") == ["project_cost"]
    assert kinds("The companies will set up a joint venture with an investment of $80 million.", "en") == [
        "project_cost"]
    assert kinds("A $1 billion special economic zone will be set up on the border.", "en") == ["project_cost"]
    assert kinds("The $180 million logistics centre in Khorgos opened on Monday.", "en") == ["project_cost"]
    assert kinds("A $150 million shopping mall will be built in Dushanbe.", "en") == ["project_cost"]
    assert kinds("The joint venture's authorized capital is $10 million.", "en") == ["fund"]
    assert kinds("The free economic zone attracted investments of $300 million last year.", "en") == [
        "investment_volume"]


def test_a_tranche_or_a_trade_finance_line_is_lent():
    assert kinds("The second tranche of $100 million will be disbursed next year.", "en") == ["loan"]
    assert kinds("The bank opened a $50 million trade finance line for Uzbek exporters.", "en") == ["loan"]
    assert kinds("Второй транш в размере $100 млн поступит в следующем году.", "ru") == ["loan"]
    assert kinds("A $5 million grant will be paid in two tranches.", "en") == ["grant"]


def test_investments_a_visit_is_expected_to_announce_are_a_package():
    assert kinds("Saudi companies are expected to announce investments worth $10 billion during the visit.",
                 "en") == ["investment_package"]


def _paragraph_kinds(*texts: str) -> list[str]:
    return [a.kind for a in find_amounts(sentences(*texts), "en", 2025)]


def test_a_deal_priced_in_the_next_sentence_is_the_deal_said_before():
    wind_farm = "ACWA Power signed an agreement with the Ministry of Energy to build a 1.5 GW wind farm."
    assert _paragraph_kinds(wind_farm, "The deal is worth $1.3 billion.") == ["project_cost"]
    assert _paragraph_kinds(wind_farm, "The value of the agreement is $1.3 billion.") == ["project_cost"]
    assert _paragraph_kinds("The OPEC Fund signed a loan agreement with Tajikistan.",
                            "The agreement is worth $20 million.") == ["loan"]
    assert _paragraph_kinds("The sides signed agreements in energy, transport and agriculture.",
                            "The deal is worth $2 billion.") == ["investment_package"]
    assert _paragraph_kinds("Saudi Arabia's ACWA Power will build two plants in Uzbekistan.",
                            "The deals are worth $2 billion.") == ["investment_package"]


def test_money_still_to_be_invested_with_no_object_goes_into_what_the_sentence_before_builds():
    assert _paragraph_kinds("Masdar and the Kazakh government signed an agreement on a 1 GW wind farm.",
                            "Under the deal, Masdar will invest $1.2 billion.") == ["project_cost"]
    assert _paragraph_kinds("The Chinese company will build a copper smelter in Almalyk.",
                            "The company will invest $2 billion in it.") == ["project_cost"]
    assert _paragraph_kinds("The president toured the cement plant.",
                            "Saudi companies plan to invest $5 billion.") == ["investment_volume"]
    assert _paragraph_kinds("Kazakhstan and China discussed building a refinery.",
                            "Chinese companies have invested $24 billion.") == ["investment_volume"]


def test_one_deal_for_one_gas_field_or_metro_line_prices_it_but_a_field_of_cooperation_is_none():
    assert kinds("Lukoil signed a $1 billion agreement on the development of the Kandym gas field.", "en") == [
        "project_cost"]
    assert kinds("A contract on the construction of a metro line worth $1.5 billion was signed.", "en") == [
        "project_cost"]
    assert kinds("Agreements worth $2 billion were signed in the energy field.", "en") == ["investment_package"]


def test_money_passed_through_a_fund_is_lent():
    assert kinds("Kyrgyz businesses received $50 million through the fund.", "en") == ["loan"]
    assert kinds("Farmers received $20 million via the Russian-Kyrgyz Development Fund.", "en") == ["loan"]
    assert kinds("The sides discussed a fund of $30 million for small business lending.", "en") == ["fund"]


def test_money_a_named_bilateral_development_lender_gives_is_lent():
    assert kinds("JICA will provide $200 million for the construction of the power plant.", "en") == ["loan"]
    assert kinds("KfW will allocate €50 million for the modernisation of the hydropower plant.", "en") == ["loan"]
    assert kinds("The EIB approved €100 million for the construction of the water supply project.", "en") == ["loan"]
    assert kinds("JICA will provide a $5 million grant for the hospital.", "en") == ["grant"]


def test_money_its_investor_will_put_into_one_project_is_that_projects_cost():
    assert kinds("The project's investor is Saudi Arabia's ACWA Power, which will invest $1.1 billion.", "en") == [
        "project_cost"]
    assert kinds("The project, for which ACWA Power is investing $1.1 billion, will be completed in 2026.", "en") == [
        "project_cost"]
    assert kinds("Qatar intends to invest $12 billion over the next five years.", "en") == ["investment_volume"]


def test_the_share_of_a_cost_a_lender_covers_is_lent():
    assert kinds("The Saudi Fund will cover $40 million of the project cost.", "en") == ["loan"]
    assert kinds("Of the total, $40 million will be covered by the Kuwait Fund.", "en") == ["loan"]


def test_one_projects_budget_is_its_cost_but_a_programmes_is_other():
    assert kinds("The project has a total budget of $500 million.", "en") == ["project_cost"]
    assert kinds("The project's budget is $200 million.", "en") == ["project_cost"]
    assert kinds("The programme's budget is $5 million.", "en") == ["other"]


def test_a_facility_agreement_syndicated_facility_or_one_a_bank_grants_is_lent():
    assert kinds("Uzbekneftegaz signed a $300 million facility agreement with a consortium of banks.", "en") == [
        "loan"]
    assert kinds("The bank arranged a $500 million syndicated facility for the company.", "en") == ["loan"]
    assert kinds("The Chinese bank granted a $100 million facility to the Uzbek bank.", "en") == ["loan"]
    assert kinds("The $1 billion facility will be built in Jizzakh.", "en") == ["project_cost"]
    assert kinds("The $50 million bridge will open in May.", "en") == ["project_cost"]


def test_an_amount_before_another_priced_in_dollars_is_no_exchange_rate():
    assert _amounts("The Saudi Fund will provide $80 million for the $120 million project.") == [
        ("USD", 8e7, "loan"), ("USD", 1.2e8, "project_cost")]
    assert _amounts("The rate stood at 12,700 soums per $.") == []
    assert _amounts("It costs 90 roubles for the dollar.") == []


def test_a_project_its_payer_funded_is_priced_not_invested():
    assert kinds("A Chinese-funded project worth $300 million will be launched in Navoi.", "en") == ["project_cost"]
    assert kinds("The ADB-financed road project worth $150 million was completed.", "en") == ["project_cost"]
    assert kinds("Chinese companies have funded projects worth $3 billion in the region.", "en") == [
        "investment_volume"]


def test_one_agreement_signed_with_a_lender_is_a_loan_agreement():
    assert kinds("Parliament ratified the $20 million agreement between Kyrgyzstan and the Saudi Fund for "
                 "Development.", "en") == ["loan"]
    assert kinds("Tajikistan signed a $50 million agreement with the Asian Development Bank for the road.", "en") == [
        "loan"]
    assert kinds("The agreement with the ADB, worth $100 million, was signed in Manila.", "en") == ["loan"]
    assert kinds("Kazakhstan signed a $500 million agreement with a Chinese company to build a plant.", "en") == [
        "project_cost"]


def test_agreements_for_a_phase_of_one_facility_or_on_the_project_price_it():
    assert kinds("Agreements worth $1.2 billion were signed for the second phase of the copper plant.", "en") == [
        "project_cost"]
    assert kinds("The agreements on the project, worth $1 billion, were signed in Astana.", "en") == ["project_cost"]
    assert kinds("The agreements on the projects, worth $1 billion, were signed in Astana.", "en") == [
        "investment_package"]


def test_a_relative_clause_pricing_one_facility_prices_it_whatever_governs_the_facility():
    assert kinds("The parties signed an agreement on the project, which is estimated at $250 million.", "en") == [
        "project_cost"]
    assert kinds("Uzbekistan and China signed an agreement on the plant, the total cost of which is $300 million.",
                 "en") == ["project_cost"]
    assert kinds("The Saudi Fund will finance the hospital, which is worth $40 million.", "en") == ["project_cost"]
    assert kinds("The sides signed agreements on projects, which are estimated at $3 billion.", "en") == [
        "investment_package"]


def test_one_memorandum_signed_to_build_one_facility_prices_it():
    assert kinds("A memorandum worth $90 million was signed to build a hospital in Termez.", "en") == ["project_cost"]
    assert kinds("A memorandum worth $90 million was signed on cooperation in health care.", "en") == [
        "investment_package"]


def test_investment_one_facility_needed_or_was_built_with_is_its_cost():
    assert kinds("The new plant required $100 million of investment.", "en") == ["project_cost"]
    assert kinds("The plant, built with $300 million in investment, was opened.", "en") == ["project_cost"]
    assert kinds("The facility was built with an investment of $300 million from Korea.", "en") == ["project_cost"]
    assert kinds("The project investment amounts to $120 million.", "en") == ["project_cost"]
    assert kinds("Turkish companies have invested $300 million in the region.", "en") == ["investment_volume"]


def test_investment_still_to_come_into_a_countrys_projects_or_that_documents_envisage_is_a_package():
    assert kinds("The Emirati side is ready to invest $5 billion in Kazakhstan's energy projects.", "en") == [
        "investment_package"]
    assert kinds("Investments totalling $2 billion are envisaged by the documents signed.", "en") == [
        "investment_package"]
    assert kinds("Emirati companies have invested $5 billion in Kazakhstan's energy projects.", "en") == [
        "investment_volume"]


def test_deals_struck_or_contracts_totalling_a_sum_for_one_facility_price_it():
    assert kinds("Deals worth $600 million were struck for the construction of a gas chemical complex.", "en") == [
        "project_cost"]
    assert kinds("A number of contracts, worth a total of $250 million, were signed for the project.", "en") == [
        "project_cost"]
    assert kinds("The investment agreements for the project amount to $1.5 billion.", "en") == ["project_cost"]
    assert kinds("The investment agreements for the region amount to $1.5 billion.", "en") == ["investment_package"]


def test_the_value_of_the_investment_after_one_facility_is_its_cost():
    assert _paragraph_kinds("The company will build a 500 MW solar plant in Samarkand.",
                            "The value of the investment is $400 million.") == ["project_cost"]


def test_a_sum_opened_by_the_after_a_loan_is_that_loan():
    assert _paragraph_kinds("The ADB approved a loan to Tajikistan.",
                            "The $120 million will be used for the construction of the road.") == ["loan"]
    assert _paragraph_kinds("The ADB approved a loan to Tajikistan.",
                            "The $120 million road will be built by 2027.") == ["project_cost"]
    assert _paragraph_kinds("Tajikistan will build a new road.",
                            "The $120 million will be used for the construction of the road.") == ["project_cost"]


def test_working_capital_is_no_funds_capital_and_a_working_capital_facility_is_lent():
    assert kinds("A $20 million working capital facility was provided by the bank.", "en") == ["loan"]
    assert kinds("The $30 million will be used to replenish the working capital of Uzbek exporters.", "en") == [
        "other"]
    assert kinds("The fund, with a capital of $30 million, will support exporters.", "en") == ["fund"]


def test_investment_agreements_attract_generate_or_frame_is_a_package():
    assert kinds("Agreements were reached to attract investments of $5 billion.", "en") == ["investment_package"]
    assert kinds("The agreements are expected to generate $2 billion of investment.", "en") == ["investment_package"]
    assert kinds("Investments of $2.5 billion are planned in the framework of the agreements.", "en") == [
        "investment_package"]
    assert kinds("The region attracted investments of $5 billion last year.", "en") == ["investment_volume"]


def test_agreements_on_one_quoted_facility_or_related_to_it_price_it():
    assert kinds('Agreements worth $500 million were signed on the "Tashkent City" project.', "en") == [
        "project_cost"]
    assert kinds('The sides signed agreements on the "Kambarata-1" HPP, worth $5 billion.', "en") == ["project_cost"]
    assert kinds("The documents signed, worth $1 billion, are related to the construction of a metallurgical plant.",
                 "en") == ["project_cost"]
    assert kinds("The documents signed, worth $1 billion, are related to cooperation in industry.", "en") == [
        "investment_package"]


def test_a_facility_the_figure_stands_before_is_priced_over_the_lender_that_finances_it():
    assert kinds("The AIIB will finance the $500 million railway.", "en") == ["project_cost"]
    assert kinds("The AIIB will co-finance the $500 million road with the ADB.", "en") == ["project_cost"]
    assert kinds("The EBRD will finance the $100 million plant expansion loan.", "en") == ["loan"]
    assert kinds("The Saudi Fund will allocate $100 million hospital construction funds.", "en") == ["loan"]


def test_a_lenders_participation_in_a_project_is_lent():
    assert kinds("The EBRD will participate in the project with $70 million.", "en") == ["loan"]
    assert kinds("The fund's participation in the project is $40 million.", "en") == ["loan"]
    assert kinds("The Turkish company will participate in the project with $70 million.", "en") == ["project_cost"]
