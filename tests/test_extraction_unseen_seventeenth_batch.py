"""Constructions found in a seventeenth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

from extraction import extract_article
from extraction.text import split_dateline
from tests.helpers import article, article_projects

# --- meetings ----------------------------------------------------------------------------------------------------


def test_the_city_of_a_briefing_is_not_where_the_leaders_met():
    body = ("Как сообщил в четверг на брифинге в Москве помощник президента Ли Мин Хо, президент Кореи Юн Сок Ёль и "
            "президент Узбекистана Шавкат Мирзиёев провели переговоры.")
    meetings = extract_article(article(body, "ru"))["meetings"]
    assert [m["city"] for m in meetings] == [None]


def test_a_joint_briefing_follows_the_talks_in_their_city():
    # guard: a joint press conference is held where the leaders met
    body = ("Президент Кореи Юн Сок Ёль и президент Узбекистана Шавкат Мирзиёев провели переговоры и выступили "
            "на совместном брифинге в Ташкенте.")
    meetings = extract_article(article(body, "ru"))["meetings"]
    assert [m["city"] for m in meetings] == ["Tashkent"]


def test_a_governor_meeting_a_foreign_investor_meets_no_state():
    body = ("The construction of the glass factory began under a memorandum signed at a meeting of the governor of "
            "the Turkistan region Darkhan Satybaldy with the Chinese investor.")
    assert extract_article(article(body, "en"))["meetings"] == []


def test_a_minister_meeting_a_chinese_company_meets_no_state():
    body = ("Министр энергетики Туркменистана Бердымухамед Сапаров 12 мая встретился с вице-президентом китайской "
            "компании Sinoglass.")
    assert extract_article(article(body, "ru"))["meetings"] == []


# --- projects: which ones ----------------------------------------------------------------------------------------


def test_the_others_of_a_kind_are_no_project():
    body = "В числе приоритетов названы модернизация Навоийской и других действующих теплоэлектростанций."
    names = [name for name, _ in article_projects(body, "ru")]
    assert names == ["Навоийская действующая теплоэлектростанция"]


def test_a_place_after_its_country_and_side_is_cut_from_the_name():
    body = ("The president attended a ceremony to launch the construction of a tractor assembly plant in the "
            "country's southern Batken region.")
    assert article_projects(body, "en") == [("tractor assembly plant", "construction_started")]


def test_a_district_after_its_country_is_cut_from_the_name():
    body = "Two Chinese companies will establish a wind power plant in Uzbekistan's Peshku district."
    assert article_projects(body, "en") == [("wind power plant", "announced")]


def test_the_particle_of_open_up_is_no_part_of_the_object():
    body = "Seoul Clinic became the first foreign private clinic to open up a branch in Khiva."
    assert [name for name, _ in article_projects(body, "en")] == ["branch"]


def test_a_trade_in_a_company_name_keeps_the_name_whole():
    body = ("The minister got acquainted with the construction progress of the 2nd zinc plant of Olmaliq Mining and "
            "Metallurgical Company, reports Dunyo.")
    assert article_projects(body, "en") == [("2nd zinc plant of Olmaliq Mining and Metallurgical Company",
                                             "construction_started")]


# --- projects: stage ---------------------------------------------------------------------------------------------


def test_a_construction_examined_by_an_official_is_under_way():
    body = "In the village of Orto-Sai, the prime minister examined the construction of a cement plant built by Kant Cement."
    assert article_projects(body, "en") == [("cement plant", "construction_started")]


def test_getting_acquainted_with_a_construction_sees_it_under_way():
    body = "Президент ознакомился со строительством стекольного завода в Джизаке."
    assert article_projects(body, "ru") == [("стекольный завод", "construction_started")]


def test_the_construction_progress_of_a_plant_is_under_way():
    body = "The governor inspected the construction progress of the Jizzakh glass plant."
    assert article_projects(body, "en") == [("Jizzakh glass plant", "construction_started")]


# --- projects: more from the same batch --------------------------------------------------------------------------


def test_coordinated_modifiers_after_a_quoted_name_share_the_head():
    body = "The minister got acquainted with the construction of the 'Ala Too Motors' bus assembly and repair plant on May 2."
    assert article_projects(body, "en") == [("'Ala Too Motors' bus assembly and repair plant", "construction_started")]


def test_the_silk_road_economic_belt_is_an_initiative():
    body = "Xi Jinping proposed the construction of the Silk Road Economic Belt in Astana."
    assert article_projects(body, "en") == []


def test_a_place_ending_in_a_named_village_leaves_the_fronted_object():
    body = "Солнечную электростанцию построят в Жамбылской области близ города Шу."
    assert [name for name, _ in article_projects(body, "ru")] == ["Солнечная электростанция"]


def test_a_year_then_a_new_clause_is_no_object():
    body = "Комбинат был запущен в 2019 году, и сегодня завод выпускает цемент трех марок."
    assert article_projects(body, "ru") == []


def test_the_date_of_a_decree_does_not_date_the_works():
    body = ("Постановление Президента от 3 марта 2021 года «О мерах по организации строительства ветровой "
            "электростанции в Пешкунском районе».")
    assert article_projects(body, "ru") == [
        ("ветровая электростанция в Пешкунском районе", "announced")]


def test_a_decree_allowing_a_contract_to_be_concluded_announces_the_works():
    body = ("Президент подписал постановление, разрешающее концерну «Türkmengaz» заключить контракт с компанией "
            "Hitachi на строительство завода по выпуску метанола в этрапе Туркменбаши Балканского велаята.")
    assert article_projects(body, "ru") == [("завод по выпуску метанола", "announced")]


def test_a_name_quoted_inside_a_quoted_statement_keeps_its_quotes():
    body = ("«Подписано соглашение о создании совместного предприятия «Pamir Motors» по выпуску грузовиков "
            "«KamAZ», — уточнили в компании.")
    assert article_projects(body, "ru") == [("совместное предприятие «Pamir Motors» по выпуску грузовиков «KamAZ»",
                                             "agreement_signed")]


def test_what_a_phrase_is_for_is_no_name():
    body = "Контрактом предусмотрено строительство новых для ТЭС внешних инженерных систем и сооружений."
    assert article_projects(body, "ru") == []


# --- a further batch (AD) ----------------------------------------------------------------------------------------


def test_the_site_of_a_creation_is_not_where_the_forum_met():
    body = ("At the international business forum, business people from China and Russia reached agreements on the "
            "creation in the Angren FEZ of new enterprises in the chemical industry.")
    meetings = extract_article(article(body, "en"))["meetings"]
    assert all(m["city"] != "Angren" for m in meetings)


def test_a_forum_among_events_being_organised_is_no_format_of_the_talks():
    body = ("On March 10, Deputy Prime Minister of Uzbekistan Sardor Umurzakov met with Deputy Prime Minister of Russia "
            "Alexey Overchuk. The practical aspects of organizing a number of joint events were discussed, including the "
            "III Forum of Interregional Cooperation.")
    meetings = extract_article(article(body, "en"))["meetings"]
    assert [m["meeting_format"] for m in meetings] == ["talks"]


def test_a_numbered_joint_commission_is_its_session():
    body = ("Iran's Minister of Roads Farzaneh Sadegh and Minister of Foreign Affairs of Turkmenistan Rashid Meredov on "
            "Sunday signed two documents at the closing ceremony of the 18th Iran-Turkmenistan Joint Economic Cooperation "
            "Commission held in Ashgabat.")
    meetings = extract_article(article(body, "en"))["meetings"]
    assert [(m["meeting_format"], m["city"]) for m in meetings] == [("intergovernmental_commission", "Ashgabat")]


def test_the_project_of_a_named_facility_is_the_facility():
    body = ("В Чуйской области введена в эксплуатацию обувная фабрика «Ак Бото». Реализация проекта «Ак Бото» "
            "рассматривается как пример взаимодействия государства и бизнеса.")
    assert article_projects(body, "ru") == [("обувная фабрика «Ак Бото»", "launched")]


def test_an_office_of_the_un_is_a_body_not_a_project():
    body = ("В Пенджикенте открыта районная больница, построенная на средства Посольства Японии и Офиса Программы "
            "Развития ООН в Таджикистане.")
    assert [name for name, _ in article_projects(body, "ru")] == ["районная больница"]


def test_the_projects_of_a_quoted_programme_are_no_project():
    body = "Сообщается, что в рамках реализации проектов программы ПРООН «Развитие Баткенской области» были открыты мастерские."
    assert article_projects(body, "ru") == []


def test_a_hundred_facilities_a_year_is_a_statistic():
    body = "Открытие предприятия вписывается в инициативу правительства по ежегодному запуску ста промышленных объектов."
    assert article_projects(body, "ru") == []


def test_a_ceremony_of_the_completion_of_a_construction_says_it_is_complete():
    body = ("Посол Японии 12 марта принял участие в церемонии завершения Проекта по строительству родильного отделения "
            "районной больницы поселка Гарм.")
    assert article_projects(body, "ru") == [("родильное отделение районной больницы поселка Гарм", "completed")]


def test_thousands_then_units_are_one_sum():
    body = "Проект на сумму 98 тыс. 417 долл. США был реализован Правительством Японии."
    amounts = extract_article(article(body, "ru"))["amounts"]
    assert [(a["amount"], a["currency"]) for a in amounts] == [(98417.0, "USD")]


# --- a further batch (AE) ----------------------------------------------------------------------------------------


def test_talks_held_as_part_of_a_summit_are_bilateral_talks():
    body = ("As part of the CICA Summit, the President of Uzbekistan Shavkat Mirziyoyev held talks with the Prime "
            "Minister of Pakistan Shehbaz Sharif.")
    meetings = extract_article(article(body, "en"))["meetings"]
    assert [m["meeting_format"] for m in meetings] == ["talks"]


def test_a_negated_kind_names_no_project():
    body = "No power station will be built on the Naryn without Uzbekistan's participation."
    assert article_projects(body, "en") == []


def test_how_long_something_was_opposed_is_no_part_of_the_name():
    # a bare plural kind with its country only is a topic, dropped once the time phrase no longer pads the name
    body = "Uzbekistan has opposed construction of hydropower plants in Tajikistan for many years."
    assert article_projects(body, "en") == []


def test_a_compound_head_said_again_as_adjective_and_noun_is_the_same_plant():
    body = ("В Астане подписано соглашение о строительстве ветроэлектростанции мощностью 500 МВт в Туркестанской "
            "области. Ветряная электростанция будет введена в эксплуатацию в 2027 году.")
    assert article_projects(body, "ru") == [("ветроэлектростанция мощностью 500 МВт", "agreement_signed")]


def test_a_country_in_a_quoted_firm_name_is_no_party():
    body = ("Сегодня в Министерстве промышленности Республики Таджикистан состоялась встреча министра Шерали Кабира с "
            "делегацией во главе с Ван Ли, менеджером компании «China National Building Materials Group».")
    assert extract_article(article(body, "ru"))["meetings"] == []


def test_a_forum_named_by_its_countries_in_quotes_keeps_them():
    # guard: «Кыргызстан-Китай» names the forum's two sides
    body = "В Бишкеке на бизнес-форуме «Кыргызстан-Китай» приняли участие более 300 предпринимателей."
    meetings = extract_article(article(body, "ru"))["meetings"]
    assert [sorted(m["country_codes"]) for m in meetings] == [["CN", "KG"]]


def test_a_country_described_not_named_is_cut_from_the_name():
    body = ("The Kuwait Fund signed a loan agreement to finance the construction of the Yavan hydropower project in the "
            "mountainous Central Asian country.")
    assert article_projects(body, "en") == [("Yavan hydropower project", "agreement_signed")]


def test_an_agreement_signed_to_allocate_money_for_a_construction_is_signed():
    body = "The fund has signed an agreement to allocate $40 million for the construction of the Kazarman hydropower plant."
    assert article_projects(body, "en") == [("Kazarman hydropower plant", "agreement_signed")]


def test_a_site_name_after_a_bar_is_no_part_of_the_name():
    body = "В Павлодарской области заработал новый тракторный завод | Агроньюс"
    assert [name for name, _ in article_projects(body, "ru")] == ["тракторный завод"]


def test_a_relative_pronoun_is_no_project_and_the_progress_of_works_is_under_way():
    body = ("Премьер ознакомился с ходом строительных работ кирпичного завода «Ала-Тоо», на строительство которого "
            "Российско-Кыргызский фонд развития выделил $12 млн.")
    assert article_projects(body, "ru") == [("кирпичный завод «Ала-Тоо»", "construction_started")]


def test_a_leftover_place_phrase_is_no_project():
    body = "Турецкая компания выразила заинтересованность в реализации проекта в индустриальной зоне «Шымкент»."
    assert article_projects(body, "ru") == []


def test_co_operation_in_a_quoted_forum_name_is_no_firm():
    # "Co-operation" holds no firm's "Co."
    body = "В Ташкенте прошёл бизнес-форум «Узбекистан – Китай Co-operation», в котором приняли участие 200 предпринимателей."
    meetings = extract_article(article(body, "ru"))["meetings"]
    assert [sorted(m["country_codes"]) for m in meetings] == [["CN", "UZ"]]


def test_a_capital_after_the_opening_quote_of_speech_names_nothing():
    body = "«Our companies are working out the joint construction of hydropower plants», the president said."
    assert article_projects(body, "en") == []


def test_a_counted_head_is_no_modifier_of_the_next_item():
    body = ("The agreements include contracts for the construction of 12 substations and power lines, and the "
            "construction of a plant to produce transformers.")
    assert [name for name, _ in article_projects(body, "en")] == ["plant to produce transformers"]


def test_a_town_after_pod_is_where_the_project_lies():
    body = "Под Бухарой планируют создать текстильный парк за $300 млн. Ранее сообщалось, что в Навои построят технопарк."
    projects = extract_article(article(body, "ru"))["projects"]
    assert sorted((p["project_name"], p["city_or_region"]) for p in projects) == [
        ("текстильный парк", "Bukhara"), ("технопарк", "Navoi")]


def test_a_known_region_after_an_unknown_district_places_the_plant():
    body = "A new brick plant has been commissioned in the Kegeyli District of the Republic of Karakalpakstan."
    projects = extract_article(article(body, "en"))["projects"]
    assert [(p["project_name"], p["city_or_region"]) for p in projects] == [("brick plant", "Karakalpakstan")]


def test_works_begun_in_a_region_place_the_plant():
    body = "Construction of a large metallurgical plant has begun in the village of Kalininobod in the Sughd province."
    projects = extract_article(article(body, "en"))["projects"]
    assert [(p["status"], p["city_or_region"]) for p in projects] == [("construction_started", "Sughd")]


def test_a_paragraph_that_is_only_a_dateline_is_cut_as_one():
    dateline, rest = split_dateline("Ashgabat, Turkmenistan, Aug. 12")
    assert (dateline.city if dateline else None, rest) == ("Ashgabat", "")
