"""Constructions found in a sixteenth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

from extraction import extract_article
from tests.helpers import article, article_projects

# --- meetings ----------------------------------------------------------------------------------------------------


def test_a_name_that_ends_in_met_says_no_one_met():
    body = ("The ceremony was attended and witnessed by Arman Seitkali, vice minister of energy of the Republic of "
            "Kazakhstan, Li Wen, counsellor of the consulate general of China in Almaty, Dinmukhamet Orazov, chairman "
            "of the board of Steppe Power, and Zhang Hua, vice president of Windgrid. Zhang said: “We are delighted "
            "to partner with Steppe Power on this initiative.”")
    assert extract_article(article(body, "en"))["meetings"] == []


def test_a_session_held_on_the_eve_of_the_visit_is_a_meeting_of_its_own():
    body = ("Президент Республики Узбекистан Шавкат Мирзиёев и Президент Республики Таджикистан Эмомали Рахмон "
            "провели переговоры в расширенном составе. С удовлетворением отмечены итоги состоявшихся накануне визита "
            "заседания Межправительственной комиссии и бизнес-форума.")
    meetings = extract_article(article(body, "ru"))["meetings"]
    assert sorted(m["meeting_format"] for m in meetings) == ["intergovernmental_commission", "talks"]


# --- projects: stage ---------------------------------------------------------------------------------------------


def test_the_construction_of_a_facility_said_to_be_launched_has_started():
    body = "As part of the visit, the construction of the Sarytash hydroelectric power plant on the Kokdala River has been launched."
    assert article_projects(body, "en") == [("Sarytash hydroelectric power plant on the Kokdala River",
                                             "construction_started")]


def test_half_of_the_work_on_a_construction_done_says_it_is_under_way():
    body = "Orion Mining has completed half of the work on construction of the gold processing plant in Kelif district."
    assert article_projects(body, "en") == [("gold processing plant", "construction_started")]


def test_a_stage_of_completion_of_a_construction_is_no_completion():
    body = "The company is at the middle stage of completion of construction of the copper processing plant."
    assert article_projects(body, "en") == [("copper processing plant", "construction_started")]


# --- projects: which ones ----------------------------------------------------------------------------------------


def test_an_abbreviation_given_in_brackets_names_the_plant_again():
    body = ("Oilgaz has signed a cooperation agreement with Tianfu Construction regarding the construction of the "
            "Zhanatau Gas Processing Plant (GPP). The agreement sets out the principles for collaboration on the "
            "Zhanatau GPP project, including cost estimation.")
    assert article_projects(body, "en") == [("Zhanatau Gas Processing Plant", "agreement_signed")]


def test_a_planned_facility_in_apposition_describes_the_name_before_it():
    body = ("The Osh-Kashgar railway, a planned 300-kilometer rail line, is intended to connect the two railway "
            "networks through the mountains.")
    assert article_projects(body, "en") == [("Osh-Kashgar railway", "announced")]


def test_a_planned_facility_after_a_town_is_still_a_project():  # guard
    assert article_projects("In Osh, a planned cement plant will employ 300 people.", "en") == [
        ("cement plant", "announced")]


def test_a_farm_association_of_a_district_before_the_region_is_no_part_of_the_name():
    body = ("Presidents Serdar Berdimuhamedov of Turkmenistan and Emomali Rahmon of Tajikistan took part in the opening "
            "ceremony of the Kerven Secondary School in the farmers association “Ak Yol” of the Vakhsh district in "
            "Tajikistan’s Khatlon region.")
    facts = extract_article(article(body, "en"))
    assert [(p["project_name"], p["status"], p["city_or_region"]) for p in facts["projects"]] == [
        ("Kerven Secondary School", "launched", "Khatlon")]


def test_the_country_after_a_region_in_commas_is_no_second_project():
    body = ("Orion Mining has completed half of the work on construction of the gold processing plant and a tailings "
            "dam in the northern province of Sughd, Tajikistan, according to the ministry.")
    assert article_projects(body, "en") == [("gold processing plant", "construction_started"),
                                            ("tailings dam", "construction_started")]


def test_countries_listed_after_a_country_stay_in_the_list():  # guard
    body = "The company is building a pipeline to ship gas to new customers in Afghanistan, Pakistan and India."
    facts = extract_article(article(body, "en"))
    assert [p["project_name"] for p in facts["projects"]] == [
        "pipeline to ship gas to new customers in Afghanistan and Pakistan and India"]


def test_the_words_of_a_plant_just_named_take_it_up_again():
    body = ("The first power unit of the Kelif thermal power plant in Surkhandarya region will be put into operation "
            "in December. The launch of the power plant at full capacity is planned for March.")
    assert [name for name, _ in article_projects(body, "en")] == ["first power unit of the Kelif thermal power plant"]


def test_a_district_and_a_velayat_after_a_plant_are_where_it_stands():
    body = ("The President allowed the corporation to sign a contract for the construction of a 1200 MW combined "
            "cycle power plant in the Turkmenbashy etrap of Balkan velayat.")
    facts = extract_article(article(body, "en"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [
        ("1200 MW combined cycle power plant", "Balkan")]


# --- batch Z ---------------------------------------------------------------------------------------------------------


def test_a_meeting_with_the_ebrd_named_in_full_is_held_with_the_bank():
    body = ("On June 11, President of the Republic of Uzbekistan Shavkat Mirziyoyev held talks with the President of "
            "the European Bank for Reconstruction and Development, Odile Renaud, via videoconference.")
    meetings = extract_article(article(body, "en"))["meetings"]
    assert [m["country_codes"] for m in meetings] == [["UZ"]]


def test_a_four_word_district_and_velayat_after_a_station_is_where_it_stands():
    body = "Состоялся ввод в эксплуатацию новой газосборной станции в Фарапском этрапе Лебапского велаята."
    facts = extract_article(article(body, "ru"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [("газосборная станция", "Lebap")]


def test_four_words_after_a_preposition_that_name_no_place_stay_in_the_name():  # guard
    body = "Стороны договорились создать национальную платформу электронной торговли на основе опыта Южной Кореи."
    facts = extract_article(article(body, "ru"))
    assert [(p["project_name"], p["country_code"]) for p in facts["projects"]] == [
        ("национальная платформа электронной торговли на основе опыта Южной Кореи", None)]


def test_a_place_phrase_inside_a_building_is_no_subject():
    assert article_projects("Внутри здания планируется построить зимний спортзал и бассейн.", "ru") == []


def test_a_yearly_count_of_factories_in_a_programme_is_no_project():
    body = "По словам министра, запуск KG TEX соответствует инициативе кабмина по открытию ежегодно 100 промышленных предприятий."
    assert article_projects(body, "ru") == []


def test_not_just_a_factory_is_the_factory():
    body = "Благодаря поддержке фонда здесь создана не просто отдельная птицефабрика, а целая экосистема."
    assert article_projects(body, "ru") == [("отдельная птицефабрика", "launched")]


def test_the_fund_whose_financial_support_built_a_farm_is_no_project():
    body = "В Оше открыли новую птицефабрику, реализованную при финансовой поддержке Фонда развития через банк «Алтын»."
    assert article_projects(body, "ru") == [("птицефабрика", "launched")]


def test_a_loan_granted_beside_a_quoted_name_is_no_part_of_it():
    body = "Фонд выделил на строительство малой ГЭС «Сарыбулак» льготный кредит в размере $4,2 млн."
    assert article_projects(body, "ru") == [("малая ГЭС «Сарыбулак»", "announced")]


def test_the_town_after_a_comma_is_where_the_plant_stands_not_a_second_item():
    body = "Компания Hanwa начала строительство завода по производству автомобилей в Казахстане, в городе Костанай."
    assert article_projects(body, "ru") == [("завод по производству автомобилей в Казахстане", "construction_started")]


def test_a_capsule_laid_for_the_construction_of_a_building_starts_it():
    body = ("Директор прибыл в Бишкек для участия в церемонии открытия средней школы № 12 и закладки капсулы под "
            "строительство нового корпуса детской больницы № 4.")
    assert article_projects(body, "ru") == [("средняя школа № 12", "launched"),
                                            ("корпус детской больницы № 4", "construction_started")]


def test_construction_said_to_have_begun_takes_up_the_one_project_just_named():
    assert article_projects("A cement plant will be built in Osh. Construction began in March.", "en") == [
        ("cement plant", "construction_started")]
    assert article_projects("В Оше построят цементный завод. Строительство началось в марте.", "ru") == [
        ("цементный завод", "construction_started")]


def test_a_quoted_count_names_no_plants():
    body = "Tokayev highlighted Kazakhstan’s plan to build \"at least two or three\" nuclear power plants."
    assert article_projects(body, "en") == []


def test_the_presence_of_officials_at_an_opening_is_no_part_of_the_office_opened():
    body = ("Mr. Wang inaugurated the bank's new Resident Mission office with the presence of senior government "
            "representatives and development partners.")
    assert article_projects(body, "en") == [("bank's new Resident Mission office", "launched")]


def test_a_length_or_area_told_after_the_head_is_no_part_of_the_name():
    body = ("The Kazakhstan — Turkmenistan — Iran railway with a length of 724 kilometers was commissioned. A five-story "
            "surgical building with a total area of 17 thousand square meters will be built in Osh.")
    assert [name for name, _ in article_projects(body, "en")] == ["Kazakhstan — Turkmenistan — Iran railway",
                                                                 "five-story surgical building"]


# --- batch AA --------------------------------------------------------------------------------------------------------


def test_a_bank_named_with_of_and_attributes_before_it_owns_the_branch_it_opens():
    body = "Pakistan’s state-owned National Bank of Pakistan (NBP) will launch a branch in Uzbekistan next year."
    assert article_projects(body, "en") == [("branch of National Bank of Pakistan in Uzbekistan", "announced")]


def test_a_headline_branch_and_the_bank_s_branch_in_the_body_are_one():
    facts = extract_article(article(
        "Pakistan’s state-owned National Bank of Pakistan (NBP) will launch a branch in Uzbekistan next year.", "en",
        title="National Bank of Pakistan to Open Uzbekistan Branch"))
    assert [p["project_name"] for p in facts["projects"]] == ["branch of National Bank of Pakistan in Uzbekistan"]


def test_a_purpose_in_an_effort_is_no_part_of_the_name():
    body = "Turkmenistan has opened a trade house in Mazari-Sharif in an effort to expand economic cooperation."
    assert article_projects(body, "en") == [("trade house in Mazari-Sharif", "launched")]


def test_saint_abbreviated_does_not_end_the_name():
    body = "St. Petersburg and Ashgabat intend to open trading houses in St. Petersburg and in Ashgabat."
    assert all(not name.endswith(" St") for name, _ in article_projects(body, "en"))


def test_a_size_for_each_of_two_plants_is_no_part_of_their_name():
    body = "В Бухарской и Навоийской областях построят две ветряные электростанции каждая мощностью в 500 мегаватт."
    assert [name for name, _ in article_projects(body, "ru")] == ["ветряные электростанции в Бухарской области",
                                                                 "ветряные электростанции в Навоийской области"]


# --- batch AB --------------------------------------------------------------------------------------------------------


def test_the_launch_of_the_construction_of_listed_ventures_starts_each_of_them():
    body = ("An interesting development was the launch of the construction of joint ventures:\n"
            "- A joint venture for home appliances in the Karaganda region of Kazakhstan\n"
            "- A joint project for the production of Chevrolet cars in the Kostanay city of Kazakhstan")
    assert [status for _, status in article_projects(body, "en")] == ["construction_started", "construction_started"]


def test_a_production_of_nothing_named_is_no_project():
    assert article_projects("В моногородах Жамбылской области строят производства.", "ru") == []


def test_the_day_after_a_unit_is_no_part_of_its_name():
    body = "Планируется запустить первый агрегат станции 16 ноября этого года."
    assert [name for name, _ in article_projects(body, "ru")] == ["первый агрегат станции"]


def test_the_funds_granted_beside_a_quoted_plant_are_no_part_of_its_name():
    body = "Правительство выделило на строительство ТЭЦ «Душанбе-3» средства из бюджета."
    assert [name for name, _ in article_projects(body, "ru")] == ["ТЭЦ «Душанбе-3»"]


def test_widening_a_road_to_more_lanes_names_no_second_road():
    body = ("Банк выделил кредит на реконструкцию стратегической трассы Ош — Баткен. Работы включали расширение трассы "
            "до четырех-шести полос.")
    assert [name for name, _ in article_projects(body, "ru")] == ["стратегическая трасса Ош — Баткен"]
