"""Unit tests of sector words that only look like an area: figures of speech, greetings, venues, climates (own sentences)."""
from __future__ import annotations

import pytest

from extraction.projects import Project
from extraction.sectors import project_sector_codes
from extraction.text import Sentence
from tests.helpers import codes


def test_fruitful_talks_are_no_farming():
    assert "agriculture" not in codes("The sides held fruitful talks on expanding cooperation.")
    assert "agriculture" in codes("The sides agreed to increase supplies of fruit and vegetables.")


def test_new_energy_for_relations_and_fuelling_cooperation_are_no_energy_sector():
    assert "energy" not in codes("The visit gave new energy to bilateral relations.")
    assert "energy" not in codes("The agreements will fuel further cooperation between the two countries.")
    assert "energy" in codes("The sides discussed cooperation in fuel and energy.")


def test_healthy_competition_and_a_wish_of_good_health_are_no_medicine():
    assert "healthcare" not in codes("The sides noted healthy competition and discussed cooperation.")
    assert "healthcare" not in codes("Лидеры пожелали друг другу здоровья и успехов в развитии сотрудничества.")
    assert "healthcare" not in codes("The leaders wished each other good health and success in developing cooperation.")
    assert "healthcare" in codes("The sides discussed cooperation in public health.")


def test_humanitarian_aid_is_no_humanitarian_tie():
    assert "culture_humanitarian" not in codes("Kazakhstan sent humanitarian aid to Afghanistan as part of cooperation.")
    assert "culture_humanitarian" not in codes("Узбекистан направил гуманитарную помощь Афганистану в рамках сотрудничества.")
    assert "culture_humanitarian" in codes("Стороны обсудили развитие культурно-гуманитарного сотрудничества.")


def test_an_investment_climate_and_a_business_environment_are_no_ecology():
    assert "green_economy" not in codes("Стороны обсудили улучшение инвестиционного климата и сотрудничество.")
    assert not {"green_economy", "water_environment"} & codes(
        "The sides discussed the business environment and the investment climate for cooperation.")
    assert "green_economy" in codes("The sides agreed to cooperate on climate change adaptation.")


def test_a_military_parade_and_tight_security_are_no_defence_cooperation():
    assert "security_defense" not in codes("The leaders attended the military parade and discussed bilateral cooperation.")
    assert "security_defense" not in codes("Встреча прошла в условиях повышенных мер безопасности, стороны обсудили торговлю.")
    assert "security_defense" in codes("Подписан план военно-технического сотрудничества на 2025 год.")


def test_an_award_for_labour_is_no_labour_migration():
    assert "migration_labor" not in codes('Президент вручил орден "Герой Труда" и отметил развитие сотрудничества.')


def test_various_industries_are_no_manufacturing():
    assert "industry" not in codes("The sides discussed cooperation in various industries.")


def test_a_meeting_venue_or_an_arrival_airport_is_no_area():
    assert "transport_logistics" not in codes(
        "On arrival at Astana airport the President was met by the Prime Minister, and the sides discussed cooperation.")
    assert "transport_logistics" not in codes(
        "По прибытии в аэропорт Ташкента президента встретил премьер-министр, после чего стороны обсудили развитие сотрудничества.")
    assert "finance_investment" not in codes("Встреча прошла в здании Национального банка, где стороны обсудили сотрудничество.")
    assert "education_science" not in codes("Переговоры прошли в Академии наук, стороны обсудили двусторонние отношения.")
    assert "transport_logistics" in codes("Стороны обсудили сотрудничество в модернизации аэропорта Самарканда.")


def test_everyday_names_of_areas_are_found():
    assert "energy" in codes("Стороны обсудили сотрудничество в сфере углеводородов.")
    assert "industry" in codes("The sides discussed localisation of car production.")
    assert "mining_geology" in codes("Стороны обсудили совместную разведку месторождений.")
    assert "mining_geology" in codes("Стороны обсудили сотрудничество в горно-металлургической отрасли.")
    assert "regional_cooperation" in codes("Стороны договорились провести Форум регионов в Ташкенте.")
    assert "water_environment" in codes("The sides discussed the rational use of water resources.")
    assert "water_environment" in codes("Обсуждены проблемы Аральского моря.")
    assert "tourism" in codes("The sides discussed visa-free travel and tourist flows.")


def test_a_leaders_statement_of_importance_or_readiness_names_an_area():
    assert "agriculture" in codes("Tokayev noted that Kazakhstan is ready to supply grain and flour to Azerbaijan.")
    assert "education_science" in codes("Президент выразил признательность за содействие в подготовке кадров для атомной энергетики.")
    assert "transport_logistics" in codes("Лидеры отметили потенциал Среднего коридора.")


def test_another_sectors_industry_is_no_manufacturing():
    assert "industry" not in codes("The sides discussed cooperation in the nuclear power industry.")
    assert "industry" not in codes("Стороны обсудили сотрудничество в горнодобывающей промышленности.")
    assert "industry" in codes("Стороны обсудили сотрудничество в легкой промышленности.")


def test_training_internships_and_educational_programmes_are_education():
    assert "education_science" in codes("Стороны договорились о реализации совместных образовательных программ.")
    assert "education_science" in codes("Стороны договорились об организации стажировок для молодых специалистов.")


def test_mutual_supplies_of_goods_are_trade_and_ports_flights_are_transport():
    assert "trade" in codes("Стороны обсудили наращивание взаимных поставок продукции.")
    assert "transport_logistics" in codes("The sides discussed cooperation between sea ports of the Caspian.")
    assert "transport_logistics" in codes("The sides discussed increasing the number of flights between the capitals.")


def test_irrigation_cross_border_ties_and_ict_are_named_areas():
    assert "agriculture" in codes("Стороны обсудили сотрудничество в области ирригации и мелиорации земель.")
    assert "regional_cooperation" in codes("The sides discussed expanding cross-border cooperation.")
    assert "digital_it" in codes("Стороны обсудили сотрудничество в сфере информационно-коммуникационных технологий.")


def test_a_weak_word_the_sides_discuss_is_their_topic():
    assert "trade" in codes("Стороны обсудили увеличение экспорта узбекской продукции в Россию.")
    assert "finance_investment" in codes("The sides discussed attracting investment into the economy.")
    assert "trade" not in codes("The company, which exports its products to Russia, was founded in 1995.")


def test_cooperation_between_media_is_a_humanitarian_tie():
    assert "culture_humanitarian" in codes("Стороны договорились расширить сотрудничество между СМИ двух стран.")
    assert "culture_humanitarian" in codes("The sides agreed to expand cooperation between the media of the two countries.")


def test_words_that_only_start_like_a_term_are_no_area():
    assert "transport_logistics" not in codes("The sides agreed to ensure the transition to a new level of cooperation.")
    assert "trade" not in codes("The sides discussed important issues of bilateral cooperation.")
    assert "energy" not in codes("The leaders discussed the role of the coalition in regional cooperation.")
    assert "culture_humanitarian" not in codes("Kazakhstan acted as a mediator in the talks on cooperation.")
    assert "tourism" not in codes("The sides agreed not to resort to force and to develop cooperation.")
    assert "finance_investment" not in codes("В честь высокого гостя был дан торжественный банкет, стороны обсудили сотрудничество.")
    assert "mining_geology" not in codes("Стороны обсудили сотрудничество с Горно-Бадахшанской автономной областью.")
    assert "tourism" in codes("The sides discussed building a ski resort in the mountains.")
    assert "transport_logistics" in codes("The sides discussed transit cargo.")


def test_a_body_formed_in_a_year_is_no_education_and_a_pandemic_as_a_date_is_no_health_area():
    assert "education_science" not in codes("Межправительственная комиссия, образованная в 2017 году, обсудила сотрудничество.")
    assert "healthcare" not in codes(
        "The summit brings together world leaders for the first time since the COVID-19 pandemic to discuss cooperation.")
    assert "healthcare" in codes("The sides discussed cooperation in fighting the pandemic.")


def test_items_listed_after_a_colon_or_as_bullets_share_the_opening_lines_context():
    assert codes("The following agreements were signed:", "- a memorandum on tourism;", "- a programme in education.") >= {
        "tourism", "education_science"}
    assert "transport_logistics" not in codes("Президент прибыл в Ташкент.",
                                             "• строительство автомобильной дороги Иркештам—Дараут-Курган,")


# --- office titles, cultural days, flights, water saving -------------------------------------------------

def test_office_title_is_no_sector():
    assert "transport_logistics" not in codes("Министр транспорта Таджикистана принял участие в переговорах о сотрудничестве.")
    assert "transport_logistics" not in codes("The Minister of Transport attended the talks on cooperation.")
    assert "energy" not in codes("Kazakh Energy Minister Daniyar Akhmetov discussed bilateral cooperation.")
    # the same words as areas still count
    assert {"transport_logistics", "energy"} <= codes("Стороны обсудили сотрудничество в сфере транспорта и энергетики.")
    assert {"transport_logistics", "energy"} <= codes("The sides discussed cooperation in transport and energy.")


def test_days_of_culture_are_a_cultural_tie():
    assert "culture_humanitarian" in codes("Президенты одобрили проведение Дней культуры Таджикистана в Казани.")
    assert "culture_humanitarian" in codes("The leaders backed holding Days of Culture of Kyrgyzstan in Baku next spring.")
    assert "culture_humanitarian" not in codes("The minister arrived at the Palace of Culture.")


def test_boosting_tourism_with_flights():
    got = codes("He proposed launching direct flights between the two capitals to boost tourism.")
    assert {"tourism", "transport_logistics"} <= got
    assert {"tourism", "transport_logistics"} <= codes("Стороны договорились открыть прямые рейсы для развития туризма.")
    assert "tourism" not in codes("The delegation stayed at a tourist hotel.")


def test_water_saving_is_water():
    assert "water_environment" in codes("Министры обсудили сотрудничество в области водосбережения.")
    assert "water_environment" in codes("The ministers discussed cooperation in water-saving technologies.")


def test_financed_verb_alone_is_no_finance_sector():
    text = "A study of the cable, part of the energy, transport and trade corridor, is being financed by a grant."
    assert "finance_investment" not in codes(text)
    assert "finance_investment" in codes("The sides discussed cooperation in finance and banking.")


def _project(name: str) -> Project:
    return Project(name, "announced", None, None, Sentence(name, 0, "body", 0), ("x", name), head="")


def test_processing_plants_belong_to_farming_and_mining():
    assert codes(projects=[_project("молочного завода в Токмоке")]) == {"agriculture"}
    assert codes(projects=[_project("dairy processing plant")]) == {"agriculture"}
    assert codes(projects=[_project("gold ore processing plant")]) == {"mining_geology"}
    assert codes(projects=[_project("горно-обогатительного комбината")]) == {"mining_geology"}
    assert codes(projects=[_project("tractor assembly plant")]) == {"industry"}


def test_a_bank_named_or_trusted_in_passing_is_no_finance():
    assert codes("Кредит доверия, выданный народом, президент назвал главной ценностью проекта.") == set()
    assert codes("The agency's head, a former banker, attended the opening of the project.") == set()
    assert codes("The project is being implemented with the company's own funds.") == set()
    assert codes("The sides discussed cooperation amid the global financial crisis.") == set()
    assert codes("Стороны обсудили сотрудничество в условиях мирового финансового кризиса.") == set()


def test_a_named_venue_where_guests_stay_or_what_they_visit_is_no_area():
    assert codes("The talks took place at the Astana International Financial Centre, where the sides discussed relations.") == set()
    assert codes("The ministers signed a memorandum at a summit at the Hilton hotel.") == set()
    assert codes("Гостей разместили в гостинице, стороны обсудили повестку визита.") == set()
    assert codes("Лидеры посетили промышленную выставку и обсудили развитие отношений.") == set()
    assert codes("Вблизи пунктов пропуска завершается строительство центра промышленной кооперации.") == {"industry"}
    assert codes("Переговоры прошли в Доме правительства, стороны обсудили сотрудничество в области энергетики.") == {"energy"}


def test_regional_borders_and_territories_are_no_regional_cooperation():
    assert "regional_cooperation" not in codes(
        "Стороны договорились создать логистические центры и свободную экономическую зону в приграничной территории.")
    assert "regional_cooperation" not in codes("Стороны обсудили подготовку к мероприятиям высшего регионального уровня.")


def test_figures_of_speech_of_climate_fruit_and_ecology_name_no_area():
    assert codes("The president called for joint efforts amid a climate of uncertainty in the global economy.") == set()
    assert codes("The two leaders agreed to harvest the fruits of cooperation for their peoples.") == set()
    assert codes("The cooperation has borne fruit, the president said, praising the partnership.") == set()
    assert codes("Стороны обсудили ход сотрудничества, отметив экологичный подход к работе.") == set()


def test_where_someone_studied_or_worked_is_a_biography_not_an_area():
    assert codes("Born in 1965, the new ambassador graduated from the Tashkent State University of Economics "
                 "and worked in the banking sector before joining the diplomatic service.") == set()
    assert codes("Она окончила Московский государственный университет и работала в банковской сфере.") == set()
    assert codes("Посол рассказал, что учился в Ташкентском институте инженеров железнодорожного транспорта, "
                 "и отметил развитие отношений.") == set()
    assert codes("Стороны работали над проектами в энергетике.") == {"energy"}


def test_the_health_of_relations_and_fuel_for_them_are_figures_of_speech():
    assert codes("The president noted that the health of bilateral relations depends on mutual trust.") == set()
    assert codes("Tokayev said the visit would give a new impetus and fuel to bilateral relations.") == set()
    assert codes("The sides discussed cooperation in health and fuel supplies.") == {"healthcare", "energy"}


def test_a_bank_named_for_farming_is_finance_not_farming():
    assert codes("Стороны обсудили сотрудничество с Агробанком в финансировании совместных проектов.") == {"finance_investment"}
    assert codes("The sides discussed cooperation with Agrobank on credit lines for joint projects.") == {"finance_investment"}


def test_tourists_in_passing_are_no_tourism_but_their_flow_is():
    assert codes("Стороны отметили, что туристы из Китая проявляют интерес к отношениям двух стран.") == set()
    assert codes("Стороны договорились увеличить поток туристов между странами.") == {"tourism"}
    assert codes("Стороны обсудили привлечение китайских туристов.") == {"tourism"}


def test_a_bank_cited_for_a_forecast_is_no_financing_cooperation():
    assert "finance_investment" not in codes(
        "According to the World Bank forecast, the economy will grow by 5 percent, the sides noted while discussing cooperation.")
    assert "finance_investment" not in codes("По данным Всемирного банка, экономика вырастет на 5%, отметили стороны.")
    assert "finance_investment" in codes("The World Bank will finance the project, the sides agreed.")


def test_industry_experts_comment_they_name_no_manufacturing():
    assert "industry" not in codes("Industry experts say the agreement will be ratified in the autumn.")
    assert "industry" in codes("The sides discussed cooperation in the chemical industry.")


def test_a_graduate_of_a_school_is_a_biography_not_education():
    assert "education_science" not in codes(
        "The president of the company, a graduate of the Harvard Business School, thanked the government for its support.")
    assert "education_science" in codes("The sides agreed to expand student exchanges between universities.")


def test_a_province_under_its_head_is_no_field_of_cooperation():
    assert "agriculture" not in codes("Хоким области доложил президенту о ходе уборки урожая.")
    assert "agriculture" in codes("Стороны обсудили сотрудничество в области сельского хозяйства.")



def test_fighting_the_financing_of_terrorism_is_security_not_finance():
    text = "The sides agreed to step up cooperation in combating money laundering and the financing of terrorism."
    assert codes(text) == {"security_defense"}
    assert "finance_investment" not in codes("The parties discussed joint efforts against terrorist financing and drug trafficking.")
    assert "finance_investment" not in codes(
        "Стороны договорились усилить сотрудничество в противодействии финансированию терроризма.")
    assert "finance_investment" in codes("The sides discussed the financing of joint projects.")


def test_chemical_weapons_are_disarmament_not_the_chemical_industry():
    assert "industry" not in codes("The sides reaffirmed their commitment to the Chemical Weapons Convention and discussed security.")
    assert "industry" not in codes("Стороны подтвердили приверженность Конвенции о запрещении химического оружия и обсудили безопасность.")
    assert "industry" in codes("Стороны обсудили сотрудничество в химической промышленности.")


def test_research_cited_and_training_of_troops_are_no_education():
    assert "education_science" not in codes("Research shows that most people support closer relations with neighbours.")
    assert "education_science" not in codes("The defence ministers discussed joint military exercises and training of special forces.")
    assert "education_science" in codes("The sides discussed joint research and training of doctors.")


def test_a_green_hydrogen_production_project_is_green_energy_not_manufacturing():
    assert project_sector_codes("производство зеленого водорода") == ["energy", "green_economy"]
    assert "industry" not in codes("The sides discussed the project.", projects=[_project("production of green hydrogen")])
    assert "industry" in project_sector_codes("производство автобусов")


def test_the_silk_road_is_no_road_project():
    assert project_sector_codes("Silk Road") == []
    assert project_sector_codes("Bishkek-Osh road") == ["transport_logistics"]


def test_a_projects_own_construction_or_its_stage_is_no_construction_sector():
    assert "construction_real_estate" not in codes("The sides discussed the Kambarata project, whose construction began in 2024.")
    assert "construction_real_estate" not in codes("The sides discussed the project, which is at the final stage of construction.")
    assert "construction_real_estate" not in codes("Стороны обсудили проект, находящийся на завершающей стадии строительства.")
    assert "construction_real_estate" in codes("The sides discussed cooperation in construction.")


def test_a_payment_for_goods_and_health_insurance_are_no_financing_cooperation():
    assert "finance_investment" not in codes("The sides discussed payment for gas supplies and the price of gas.")
    assert "finance_investment" not in codes("Стороны обсудили платежи за поставки газа и цену на газ.")
    assert "finance_investment" not in codes("The sides discussed health insurance for labour migrants.")
    assert "finance_investment" in codes("The sides discussed the integration of payment systems and cooperation in insurance.")


def test_representatives_of_a_named_bank_are_an_affiliation_not_financing():
    text = "The business forum was attended by representatives of Halyk Bank and other companies, and the sides discussed cooperation."
    assert "finance_investment" not in codes(text)
    assert "finance_investment" in codes("Representatives of banks discussed cooperation in banking.")


def test_the_trans_caspian_fibre_optic_line_is_digital_not_transport():
    assert codes("Казахстан и Азербайджан подписали соглашение о Транскаспийской волоконно-оптической линии связи.") == {
        "digital_it"}
    assert codes("Стороны обсудили развитие Транскаспийского маршрута.") == {"transport_logistics"}


@pytest.mark.parametrize("text", [
    "ACWA Power is building the 1,500 MW Syrdarya thermal power plant.",
    "The company opened a textile factory in the Syr Darya region.",
    "Gas production at the Amu Darya field will grow.",
])
def test_a_river_naming_a_region_or_a_facility_built_by_it_is_no_water_cooperation(text):
    assert "water_environment" not in codes(text)


def test_the_river_itself_is_still_water_cooperation():
    assert "water_environment" in codes("The sides discussed the rational use of the Syr Darya.")
