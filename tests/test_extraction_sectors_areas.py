"""Unit tests of the ordinary newsroom words for each sector and of the places where such a word is no area (own sentences)."""
from __future__ import annotations

from tests.helpers import codes


def test_a_wind_project_is_green_energy_in_either_language():
    assert "green_economy" in codes("The developer signed a deal for a 900 MW wind project in the Navoi region.")
    assert "green_economy" in codes("Компания намерена построить ветряную электростанцию в рамках совместного проекта.")


def test_cutting_carbon_emissions_is_the_green_economy():
    assert "green_economy" in codes("The sides agreed to cooperate on decarbonisation and low-carbon development.")


def test_a_data_centre_is_digital_and_urban_infrastructure_is_construction():
    found = codes("Инвестор реализует проект по созданию центра обработки данных и городской инфраструктуры.")
    assert {"digital_it", "construction_real_estate"} <= found


def test_wheat_cotton_and_livestock_name_farming():
    assert "agriculture" in codes("Стороны договорились о совместных проектах по переработке пшеницы и хлопка.")
    assert "agriculture" in codes("The agreement covers livestock breeding and veterinary cooperation.")


def test_an_academy_memorandum_is_education():
    assert "education_science" in codes("A memorandum of cooperation was signed between the two academies of public administration.")


def test_an_agreement_between_two_regional_administrations_is_regional_cooperation():
    assert "regional_cooperation" in codes("Подписан меморандум о сотрудничестве между хокимиятом Самаркандской области и акиматом Туркестанской области.")


def test_the_russian_language_as_a_document_subject_is_a_humanitarian_tie():
    assert "culture_humanitarian" in codes("Лидеры рассмотрят соглашение о поддержке и изучении русского языка.")


def test_food_and_energy_security_are_farming_and_energy_not_defence():
    found = codes("Стороны обсудили сотрудничество в обеспечении продовольственной и энергетической безопасности.")
    assert "security_defense" not in found and {"agriculture", "energy"} <= found
    assert "security_defense" not in codes("The ministers discussed cooperation on food security.")
    assert "security_defense" in codes("The sides discussed cooperation in security and counter-terrorism.")


def test_the_security_council_is_an_office_not_an_area():
    assert "security_defense" not in codes("Секретарь Совета безопасности отметил высокий уровень сотрудничества.")


def test_a_sector_word_in_an_institutions_name_is_an_affiliation():
    assert "regional_cooperation" not in codes(
        "Директор Института стратегических и межрегиональных исследований отметил, что сотрудничество развивается.")
    assert "industry" not in codes("The President of the Chamber of Commerce and Industry said cooperation was growing.")
    assert "finance_investment" not in codes("Глава Национального банка отметил перспективы сотрудничества.")
    assert "finance_investment" not in codes("The agreement was signed by the head of the Investment Agency.")


def test_a_leaders_remark_about_a_sector_is_still_an_area():
    assert "energy" in codes("The president stressed energy cooperation between the two countries.")
    assert "energy" in codes("Глава государства отметил, что сотрудничество в энергетике развивается.")


def test_a_rescue_fund_of_a_sea_is_not_finance():
    assert "finance_investment" not in codes("Стороны обсудили подготовку к саммиту Международного фонда спасения Арала.")
    assert "finance_investment" in codes("Стороны договорились создать совместный инвестиционный фонд.")


def test_thanks_for_hospitality_is_not_tourism():
    assert "tourism" not in codes("Thanking his counterpart for the hospitality, the president praised bilateral relations.")


# --- sectors named by their place in the sentence, not by a word alone -----------------------------------

def test_media_at_a_briefing_is_not_a_cultural_tie():
    assert "culture_humanitarian" not in codes("На брифинге для СМИ президент рассказал о росте товарооборота.")
    assert "culture_humanitarian" in codes("Стороны обсудили сотрудничество в сфере СМИ и кино.")


def test_a_nations_shared_culture_is_not_the_culture_sector_but_cultural_cooperation_is():
    assert "culture_humanitarian" not in codes("He praised the ties between the nations based on common history and culture.")
    assert "culture_humanitarian" in codes("The ministers discussed cooperation in culture and education.")


def test_regions_of_one_country_are_not_regional_cooperation():
    assert "regional_cooperation" not in codes("The country plans to build new plants and energy facilities in its regions.")


def test_investment_as_an_area_counts_but_not_elsewhere():
    assert "finance_investment" in codes("They discussed expanding trade, economic and investment partnership.")
    assert "finance_investment" in codes("The sides reviewed interaction in trade, investment and transport spheres.")
    assert "finance_investment" in codes("Стороны договорились создать совместный инвестиционный фонд.")


def test_water_in_a_companys_description_is_not_the_water_sector():
    assert "water_environment" not in codes(
        "The agreements include deals with a developer of power plants and desalinated water production plants.")


def test_export_as_a_goal_of_a_plant_is_not_trade():
    assert "trade" not in codes("The project aims at import substitution and light industry development.")
    assert "trade" in codes("The talks focused on exports of farm produce and transit.")


def test_a_sector_named_in_an_office_list_is_not_an_area():
    assert codes("Соглашения подписаны, сообщило Министерство инвестиций, промышленности и торговли.") == set()
    assert "green_economy" not in codes(
        "A memorandum on cooperation was signed by the State Committee for Ecology and Climate.")


def test_hospitality_is_not_healthcare_and_medical_sciences_are_not_education():
    assert "healthcare" not in codes("Thanking the hosts for the hospitality, he praised bilateral relations.")
    found = codes("Agreements covered cooperation in agriculture, health care and medical sciences.")
    assert "healthcare" in found and "education_science" not in found


def test_an_area_discussed_at_a_meeting_is_no_venue():
    assert codes("На встрече обсуждались вопросы сотрудничества в финансовой сфере.") == {"finance_investment"}
    assert codes("At the meeting the sides discussed cooperation in the banking sector.") == {"finance_investment"}


def test_an_officials_verb_ends_the_office_title():
    assert codes("The ministers discussed twinning ties between Bukhara and Kazan.") == {"regional_cooperation"}
    assert codes("Министры обсудили торговлю и транзит грузов.") == {"trade", "transport_logistics"}
    assert codes("The Minister of Trade received the delegation.") == set()


def test_topics_touched_upon_or_on_the_agenda_are_areas():
    assert codes("Президенты также коснулись вопросов водопользования и охраны ледников.") == {"water_environment"}
    assert codes("Также были затронуты вопросы водопользования в бассейне реки Сырдарья.") == {"water_environment"}
    assert codes("Water diplomacy and trade were also on the agenda.") == {"water_environment", "trade"}
    assert codes("The leaders addressed the issues of the Aral Sea.") == {"water_environment"}


def test_reservoirs_water_security_and_the_great_rivers_are_water():
    assert codes("На встрече обсуждено строительство водохранилища на реке Чу.") == {"water_environment"}
    assert codes("Особое внимание уделено вопросам водной безопасности региона.") == {"water_environment"}
    assert codes("The sides exchanged views on the joint use of the Amu Darya and Syr Darya rivers.") == {"water_environment"}
    assert codes("Стороны обсудили меры по борьбе с опустыниванием и сохранению биоразнообразия.") == {"water_environment"}
    assert "water_environment" not in codes("Стороны обсудили сотрудничество с Сырдарьинской областью.")


def test_settlements_bank_loans_and_investment_deals_are_finance():
    assert codes("Эксимбанк выделит кредит на строительство завода.") == {"finance_investment"}
    assert codes("Обсуждены вопросы расширения взаиморасчетов в национальных валютах.") == {"finance_investment"}
    assert codes("На повестке дня — расширение торговли и привлечение инвестиций.") == {"finance_investment", "trade"}
    assert codes("В ходе визита подписаны инвестиционные соглашения на 3 млрд долларов.") == {"finance_investment"}
    assert codes("Investment agreements worth $3 billion were signed during the visit.") == {"finance_investment"}


def test_agreements_between_regions_cities_and_their_heads_are_regional():
    assert codes("Подписано соглашение о сотрудничестве между Самаркандской областью и Алматы.") == {"regional_cooperation"}
    assert codes("Подписано соглашение о сотрудничестве между мэриями Бишкека и Алматы.") == {"regional_cooperation"}
    assert codes("Хоким Ферганской области и аким Туркестанской области подписали меморандум о сотрудничестве.") == {
        "regional_cooperation"}
    assert codes("Состоялось заседание Совета регионов Казахстана и России.") == {"regional_cooperation"}
    assert codes("The governors of the two border regions signed a roadmap for cooperation.") == {"regional_cooperation"}
    assert codes("Стороны договорились развивать сотрудничество приграничных регионов двух стран.") == {"regional_cooperation"}


def test_produce_supplies_fairs_and_sales_markets_are_trade():
    assert "trade" in codes("Особое внимание уделено увеличению поставок сельхозпродукции на рынок Казахстана.")
    assert codes("Стороны договорились о проведении национальной выставки-ярмарки в Бишкеке.") == {"trade"}
    assert codes("Стороны обсудили расширение рынков сбыта для отечественной продукции.") == {"trade"}
    assert codes("Стороны обсудили увеличение закупок хлопка и зерна.") == {"trade", "agriculture"}


def test_film_days_and_peoples_diplomacy_are_humanitarian_ties():
    assert codes("Отмечено, что в следующем году пройдут Дни кино Узбекистана в Москве.") == {"culture_humanitarian"}
    assert codes("Стороны отметили важность развития межчеловеческих контактов и народной дипломатии.") == {
        "culture_humanitarian"}
    assert codes("The sides agreed to promote interfaith dialogue and public diplomacy.") == {"culture_humanitarian"}


def test_border_checkpoints_are_transport():
    assert codes("Стороны обсудили вопросы увеличения пропускной способности пунктов пропуска на границе.") == {
        "transport_logistics"}
    assert codes("The parties discussed increasing the capacity of border checkpoints.") == {"transport_logistics"}


def test_drinking_water_supply_is_water():
    assert codes("Стороны обсудили проекты водоснабжения и обеспечения населения питьевой водой.") == {"water_environment"}
    assert codes("The sides discussed drinking water and wastewater projects.") == {"water_environment"}


def test_cooperation_with_another_countrys_regions_is_regional():
    assert codes("Стороны обсудили развитие сотрудничества с регионами России.") == {"regional_cooperation"}
    assert codes("Стороны договорились расширять связи с казахстанскими областями.") == {"regional_cooperation"}
    assert codes("The sides agreed to expand cooperation with the regions of Russia.") == {"regional_cooperation"}
    assert codes("В регионах Узбекистана будут построены новые заводы.") == set()


def test_heads_of_regions_taking_part_together_are_regional_cooperation():
    assert codes("В мероприятии приняли участие главы регионов двух стран.") == {"regional_cooperation"}
    assert codes("Около двадцати губернаторов российских регионов приняли участие в форуме.") == {"regional_cooperation"}
    assert codes("Хоким Андижанской области встретился с губернатором Омской области.") == {"regional_cooperation"}
    assert codes("Стороны отметили активное взаимодействие регионов.") == {"regional_cooperation"}


def test_a_leaders_meeting_with_his_own_regions_heads_is_no_regional_cooperation():
    assert "regional_cooperation" not in codes("Президент провел совещание с хокимами областей по вопросам экономики.")
    assert "regional_cooperation" not in codes("Связь городов республики будет улучшена.")


def test_a_document_on_investments_and_a_bank_allocating_money_are_finance():
    assert codes("Стороны подписали соглашение о поощрении и взаимной защите инвестиций.") == {"finance_investment"}
    assert codes("Эксимбанк Китая выделит 300 млн долларов на модернизацию дорог.") == {"finance_investment"}


def test_mutual_trade_is_trade_without_a_cooperation_word():
    assert codes("Взаимная торговля за год выросла на 20%.") == {"trade"}


def test_mass_media_broadcasting_and_archives_are_humanitarian_ties():
    assert codes("Стороны обсудили сотрудничество между средствами массовой информации.") == {"culture_humanitarian"}
    assert codes("Обсуждены вопросы сотрудничества в сфере телевидения и радиовещания.") == {"culture_humanitarian"}
    assert codes("Стороны договорились развивать сотрудничество между информационными агентствами.") == {"culture_humanitarian"}
    assert codes("Стороны обсудили сотрудничество в сфере архивного дела.") == {"culture_humanitarian"}


def test_water_sharing_and_hydrometeorology_are_water_and_environment():
    assert codes("Стороны обсудили вопросы вододеления.") == {"water_environment"}
    assert codes("Подписано соглашение в сфере гидрометеорологии.") == {"water_environment"}


def test_concerts_tours_crafts_and_archaeology_are_cultural_ties():
    assert codes("Запланированы гастроли театров и концерты мастеров искусств в рамках сотрудничества.") == {
        "culture_humanitarian"}
    assert codes("The sides agreed to hold joint concerts and archaeological expeditions.") == {"culture_humanitarian"}
    assert codes("Стороны договорились о проведении перекрестных годов культуры.") == {"culture_humanitarian"}


def test_development_banks_by_their_russian_initials_and_grants_are_finance():
    assert codes("Стороны обсудили сотрудничество с АБР и ЕБРР.") == {"finance_investment"}
    assert codes("Правительство Японии предоставит грант в рамках сотрудничества.") == {"finance_investment"}
    assert "finance_investment" not in codes("Стороны обсудили гранты на обучение студентов в рамках сотрудничества.")


def test_duties_and_tariffs_are_trade_but_electricity_tariffs_are_not():
    assert codes("Стороны договорились об отмене пошлин на ряд товаров.") == {"trade"}
    assert codes("The sides discussed the harmonisation of electricity tariffs.") == {"energy"}


def test_a_corridor_is_transport_but_a_humanitarian_corridor_is_not():
    assert codes("Стороны обсудили развитие коридора Север — Юг.") == {"transport_logistics"}
    assert codes("Стороны обсудили открытие гуманитарного коридора.") == set()


def test_water_limits_releases_and_floods_are_water():
    assert codes("Обсуждены вопросы водных лимитов и попусков воды в вегетационный период.") == {"water_environment"}
    assert codes("Стороны обсудили вопросы предотвращения паводков на приграничных реках.") == {"water_environment"}


def test_the_head_of_a_bank_with_a_several_word_name_is_an_affiliation():
    assert codes("The president discussed cooperation with the chairman of the Asian Development Bank, Masato Kanda.") == set()
    assert codes("Tokayev discussed ties with the President of the European Bank for Reconstruction and Development.") == set()


def test_compound_bank_names_settlements_in_roubles_and_leasing_are_finance():
    assert codes("Сбербанк откроет представительство в Ташкенте в рамках сотрудничества.") == {"finance_investment"}
    assert codes("Стороны обсудили переход на расчеты в рублях и сумах.") == {"finance_investment"}
    assert "finance_investment" in codes("Стороны обсудили развитие лизинга сельхозтехники.")


def test_nature_protection_pollution_and_waste_are_environment():
    assert codes("Стороны обсудили вопросы природоохранной деятельности.") == {"water_environment"}
    assert codes("Стороны обсудили вопросы переработки отходов.") == {"water_environment"}


def test_a_regions_delegation_and_a_chinese_province_are_regional_cooperation():
    assert codes("Делегация Ферганской области посетила Оренбург, где обсудила вопросы сотрудничества.") == {
        "regional_cooperation"}
    assert codes("Стороны обсудили сотрудничество с провинцией Шэньси.") == {"regional_cooperation"}


def test_direct_flights_trains_and_access_to_markets_are_named_as_areas():
    assert codes("Стороны договорились открыть прямой рейс Ташкент — Казань.") == {"transport_logistics"}
    assert codes("Стороны договорились запустить пассажирский поезд Алматы — Ташкент.") == {"transport_logistics"}
    assert codes("Стороны обсудили поездку делегации в Самарканд.") == set()
    assert codes("Стороны обсудили выход узбекской продукции на российский рынок.") == {"trade"}


def test_a_rivers_bank_the_west_bank_un_funds_and_a_financial_year_are_no_finance():
    assert "finance_investment" not in codes("The sides discussed joint projects on the banks of the Syr Darya.")
    assert "finance_investment" not in codes("The new joint industrial zone will be built on the left bank of the river.")
    assert codes("The ministers discussed cooperation and the situation in the West Bank.") == set()
    assert codes("The sides discussed cooperation with the UN Children's Fund.") == set()
    assert codes("The sides agreed to cooperate; the financial year ends in March.") == set()
    assert codes("The minister thanked the partners for their financial support of the project.") == {"finance_investment"}


def test_russian_verbs_of_expanding_signing_and_proposing_are_cooperation_cues():
    assert codes("Лидеры намерены расширять пассажирские авиаперевозки.") == {"transport_logistics"}
    assert codes("Компании подписали контракт о выращивании хлопка.") == {"agriculture"}
    assert codes("Президент предложил наладить производство автомобилей.") == {"industry"}
    assert codes("The firms hold a contract for grain.") == {"agriculture"}


def test_the_collective_security_treaty_organisation_is_a_name_not_security_cooperation():
    assert codes("Он предложил совместить визит с заседанием Организации Договора о коллективной безопасности.") == set()
    assert codes("He proposed a meeting of the Collective Security Treaty Organization in autumn.") == set()
    assert codes("Стороны договорились укреплять сотрудничество в сфере безопасности.") == {"security_defense"}


def test_relations_questions_and_trade_are_russian_cues_as_their_english_words_are():
    assert codes("Отношения в энергетике остаются приоритетными.") == {"energy"}
    assert codes("Решены вопросы поставок хлопка.") == {"agriculture"}
    assert codes("Торговые представители провели переговоры о зерне.") >= {"agriculture", "trade"}


def test_russian_investment_words_are_finance_unless_a_project_or_a_flow_into_something():
    assert codes("Стороны отметили рост инвестиций и товарооборота.") == {"finance_investment", "trade"}
    assert codes("Инвестиционная привлекательность региона растет, отметили стороны.") == {"finance_investment"}
    assert codes("Партнеры отобрали пять инвестиционных проектов по выращиванию хлопка.") == {"agriculture"}
    assert "finance_investment" not in codes("Фирмы готовы вкладывать инвестиции в туризм партнера, отметили стороны.")
    assert "finance_investment" not in codes("Компания вложит в новый завод 50 млн долларов инвестиций, сообщили стороны.")


def test_two_regions_agreeing_or_one_regions_cooperation_with_another_is_regional():
    assert codes("Туркестанская область и Ташкентская область договорились о сотрудничестве.") == {"regional_cooperation"}
    assert codes("Стороны обсудили сотрудничество Навоийской области с Татарстаном.") == {"regional_cooperation"}


def test_water_itself_as_a_topic_is_water_and_environment():
    assert codes("Стороны обсудили вопросы распределения воды в летний период.") == {"water_environment"}


def test_guarding_the_border_together_is_security_cooperation():
    assert "security_defense" in codes("Стороны договорились усилить охрану границы и обмениваться информацией.")


def test_ecotourism_and_tourist_flows_by_their_short_names_are_tourism():
    assert "tourism" in codes("Стороны обсудили развитие экотуризма в горных районах.")
    assert "tourism" in codes("Стороны договорились упростить визовый режим и увеличить турпоток.")


def test_seasonal_workers_sent_under_quotas_are_labour_migration():
    assert "migration_labor" in codes("Uzbekistan and South Korea agreed to increase quotas for seasonal workers.")
    assert "migration_labor" in codes("Стороны договорились увеличить квоты для сезонных работников.")


def test_governors_of_regions_signing_a_roadmap_are_regional_cooperation():
    assert "regional_cooperation" in codes("Governors of the border regions of Kazakhstan and Russia signed a cooperation roadmap.")


def test_restoring_historical_monuments_together_is_cultural_cooperation():
    assert "culture_humanitarian" in codes("The sides agreed to jointly restore historical monuments in Bukhara.")
    assert "culture_humanitarian" in codes("Стороны договорились совместно реставрировать исторические памятники Бухары.")
    assert "culture_humanitarian" not in codes("The delegation laid a wreath at the monument and discussed cooperation.")


def test_producing_buses_together_is_industrial_cooperation():
    assert "industry" in codes("The sides agreed to set up a joint venture to produce buses in Samarkand.")


def test_development_banks_by_their_english_initials_are_financing():
    assert "finance_investment" in codes("The sides discussed projects implemented with the participation of the AIIB and the ADB.")


def test_inviting_companies_to_invest_is_investment_cooperation_in_russian():
    assert "finance_investment" in codes("Президент пригласил китайские компании инвестировать в инфраструктуру страны.")


def test_ties_with_a_named_province_or_a_russian_republic_are_regional_cooperation():
    assert "regional_cooperation" in codes("Стороны обсудили развитие сотрудничества с Оренбургской областью.")
    assert "regional_cooperation" in codes("Президент Кыргызстана встретился с главой Татарстана и обсудил расширение сотрудничества.")
    assert "regional_cooperation" not in codes("Переговоры прошли в Бухарской области, стороны обсудили сотрудничество.")


def test_a_road_named_by_its_two_ends_is_transport():
    assert "transport_logistics" in codes("Азиатский банк развития выделит 100 млн долларов на строительство дороги Душанбе — Бохтар.")
    assert "transport_logistics" not in codes("Стороны отметили, что дорога к миру лежит через диалог и сотрудничество.")


def test_investments_in_the_plural_discussed_or_listed_are_investment_cooperation():
    assert "finance_investment" in codes("The sides discussed increasing mutual investments.")
    assert "finance_investment" in codes("The leaders discussed cooperation in trade, investments and energy.")
    assert "finance_investment" in codes("An agreement on the mutual protection of investments was signed.")
    assert "finance_investment" not in codes("The company's investments of $5 million in the plant will create jobs, the sides noted.")


def test_citizens_working_in_the_other_country_are_labour_migration():
    assert "migration_labor" in codes("The sides discussed the legal protection of Tajik citizens working in Russia.")
    assert "migration_labor" in codes("Стороны обсудили правовую защиту граждан Таджикистана, работающих в России.")


def test_lecturers_broadcasters_surgeons_and_satellite_links_name_their_sectors():
    assert "education_science" in codes("Стороны обсудили обмен преподавателями между вузами.")
    assert "culture_humanitarian" in codes("Стороны обсудили сотрудничество между национальными телерадиокомпаниями.")
    assert "healthcare" in codes("Стороны обсудили обмен опытом в области трансплантологии и кардиохирургии.")
    assert "digital_it" in codes("Стороны договорились о сотрудничестве в сфере спутниковой связи.")


def test_protecting_endangered_species_is_environment_protection():
    assert "water_environment" in codes("The sides agreed to cooperate on the conservation of snow leopards and other endangered species.")
    assert "water_environment" in codes("Стороны обсудили сотрудничество в сохранении снежного барса и заповедных территорий.")


def test_two_named_provinces_together_are_regional_cooperation_in_english():
    assert "regional_cooperation" in codes("The sides discussed cooperation between the Fergana region and the Osh region.")
    assert "regional_cooperation" not in codes("The sides discussed the situation in the region and cooperation.")


def test_a_tour_package_is_tourism():
    assert "tourism" in codes('The sides agreed to launch a joint tour package "Two Countries, One Destination".')


def test_turkmen_and_uzbek_provinces_and_their_governors_are_regional_ties():
    assert "regional_cooperation" in codes("Хяким Лебапского велаята и хоким Бухарской области подписали соглашение о сотрудничестве.")
    assert "regional_cooperation" in codes("Делегация Марыйского велаята провела переговоры о развитии сотрудничества.")
    assert "regional_cooperation" not in codes("Хяким велаята доложил о ходе сельскохозяйственных работ.")
