"""Constructions found in a fifteenth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

import datetime as dt

from extraction import extract_article
from tests.helpers import article, article_projects

# --- meetings ----------------------------------------------------------------------------------------------------


def test_the_country_whose_dollars_an_amount_is_in_takes_no_part_in_the_meeting():
    body = ("Делегация Согдийской области приняла участие в III Региональном форуме «Узбекистан – Таджикистан», "
            "проходящем в городе Самарканде, и провела переговоры. В рамках делового форума было подписано 40 "
            "документов на сумму более 120 млн. долларов США.")
    assert [m["country_codes"] for m in extract_article(article(body, "ru"))["meetings"]] == [["TJ", "UZ"]]


# --- projects: which ones ----------------------------------------------------------------------------------------


def test_all_the_buildings_of_a_facility_just_named_are_no_new_project():
    body = ("Компания Ortex построит в Намангане технопарк «Ortex Valley». Все здания будут построены из местных "
            "материалов.")
    assert [name for name, _ in article_projects(body, "ru")] == ["технопарк «Ortex Valley»"]


def test_the_company_a_verbal_noun_takes_as_its_agent_is_no_part_of_the_project():
    body = ("Соглашения были подписаны в ходе визита. Первым документом является соглашение по строительству "
            "компанией Sunridge Energy солнечного парка в Навоийской области.")
    assert article_projects(body, "ru") == [("солнечный парк", "agreement_signed")]


def test_a_town_and_a_measured_site_before_the_object_are_both_where_it_is_built():
    facts = extract_article(article("Компания Ortex построит в Намангане на территории 40 га текстильный комплекс.", "ru"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [("текстильный комплекс", "Namangan")]


def test_the_erection_of_a_facility_in_the_prepositional_case_names_it():
    body = "Речь идет о возведении ветровой электростанции в Нарынской области."
    assert article_projects(body, "ru") == [("ветровая электростанция", "announced")]


def test_among_other_things_between_speech_and_its_verb_opens_no_list():
    body = "Речь в том числе идет о строительстве в Баткенской области солнечной электростанции."
    assert article_projects(body, "ru") == [("солнечная электростанция", "announced")]


def test_firms_that_are_implementing_a_number_of_projects_are_their_agents():
    body = "In Kyrgyzstan, such companies as Ortex Holding and Beltrans Group are implementing more than 40 projects."
    assert article_projects(body, "en") == []


def test_the_fields_projects_are_carried_out_in_are_sectors_not_projects():
    body = ("More than 90 joint projects are being implemented in Tajikistan in the fields of energy, mining, "
            "production of building materials and processing of fruits.")
    assert article_projects(body, "en") == []


def test_a_bullet_is_an_item_and_never_the_introduction_of_the_bullets_after_it():
    body = ("- Speed up the construction of the Ortasoy Trade Center and host enterprises there.\n\n"
            "- Study the creation of a Joint Venture Fund.")
    assert article_projects(body, "en") == [("Ortasoy Trade Center", "construction_started"),
                                            ("Joint Venture Fund", "announced")]


def test_there_after_a_name_says_where_again_and_ends_the_name():
    body = "The ministers agreed to accelerate the construction of the Ortasoy Logistics Center there."
    assert [name for name, _ in article_projects(body, "en")] == ["Ortasoy Logistics Center"]


def test_what_a_signed_agreement_pertains_to_is_its_deliverable():
    body = ("Sunridge has signed a power purchase agreement with the national grid. The agreement pertains to the "
            "Kumbel 2-gigawatt solar power project in the Navoi region.")
    assert [status for _, status in article_projects(body, "en")] == ["agreement_signed"]


def test_plural_joint_ventures_with_a_partner_country_name_none_of_them():
    assert article_projects("Joint ventures with Latvia are already operating in Kyrgyzstan.", "en") == []
    assert article_projects("Совместные предприятия с Латвией уже работают в Кыргызстане.", "ru") == []


def test_deals_taken_up_among_the_largest_are_the_ones_signed_the_sentence_before():
    body = ("В рамках форума были подписаны 12 документов на $210 млн. Среди крупнейших: соглашения между Ошской "
            "областью и ОАО «Ortex» о строительстве подстанции, о строительстве завода по выпуску кабеля.")
    assert ("завод по выпуску кабеля", "agreement_signed") in article_projects(body, "ru")


def test_deals_taken_up_after_talks_with_no_signing_stay_intended():
    """Guard: with no signing said, what a deal taken up covers is still intended."""
    body = "Стороны обсудили проекты. Среди них соглашение о строительстве кабельного завода в Оше."
    assert article_projects(body, "ru") == [("кабельный завод", "announced")]


def test_a_comma_between_two_adjectives_after_an_article_joins_them():
    body = "The leaders broke ground on an ambitious, multi-billion dollar gas pipeline to Ortasoy."
    assert [name for name, _ in article_projects(body, "en")] == ["ambitious, multi-billion dollar gas pipeline to Ortasoy"]


def test_another_name_in_brackets_is_an_aside_of_the_name():
    body = "The president inaugurated the Ortasoy-Kumbel (also known as Ortasoy-Kumbelabad) road on Monday."
    assert [name for name, _ in article_projects(body, "en")] == ["Ortasoy-Kumbel road"]


def test_following_after_a_head_opens_the_circumstances_of_the_event():
    body = "The president opened the Ortasoy bridge following the completion of its reconstruction."
    assert [name for name, _ in article_projects(body, "en")] == ["Ortasoy bridge"]


def test_the_given_facility_takes_up_the_one_just_named():
    body = ("The new gas-compressor station in the Ortasoy field was commissioned on Friday. A concert was held in honor "
            "of the commissioning of the given facility.")
    assert [name for name, _ in article_projects(body, "en")] == ["gas-compressor station in the Ortasoy field"]


def test_the_road_a_thing_opens_to_markets_is_a_figure_of_speech():
    assert article_projects("The new terminal is ready. Further it will open the road to Europe and Iran.", "en") == []
    assert article_projects("Это откроет дорогу к рынкам Европы.", "ru") == []


def test_a_road_a_president_opens_is_a_road():
    """Guard: a road to a named place opened by someone is a facility."""
    assert [name for name, _ in article_projects("The president opened the road to Kumbel airport.", "en")] == [
        "road to Kumbel airport"]


def test_each_english_product_with_its_own_place_after_a_production_is_a_production_of_its_own():
    body = ("In particular, projects for the production of tractors in Osh region, glass bottles in Batken, as well "
            "as buses in Naryn city are to be launched in Kyrgyzstan.")
    assert sorted(name for name, _ in article_projects(body, "en")) == [
        "production of buses", "production of glass bottles", "production of tractors"]


def test_a_relative_pronoun_after_an_english_head_opens_a_clause_about_it():
    body = ("It was noted that the construction of the new complex of buildings whose design was created with national "
            "motifs, was carried out with Korean support.")
    assert [name for name, _ in article_projects(body, "en")] == ["complex of buildings"]


def test_a_body_cut_short_in_a_two_letter_stub_names_no_project_with_it():
    body = "Президенты договорились о строительстве Казарманской ГЭС. Напомним, строительство ГЭС много ле"
    assert [p["project_name"] for p in extract_article(article(body, "ru"))["projects"]] == ["Казарманская ГЭС"]


def test_the_town_talks_are_held_in_is_not_where_a_project_they_agree_on_stands():
    body = ("Президенты в ходе переговоров в Самарканде согласились как можно скорее начать строительство "
            "железной дороги «Ортасой – Кумбел».")
    [project] = extract_article(article(body, "ru"))["projects"]
    assert (project["city_or_region"], project["country_code"]) == (None, None)


def test_a_country_ready_to_take_part_in_a_project_intends_it():
    body = "Узбекистан готов участвовать в реализации проекта Казарманской ГЭС."
    assert [status for _, status in article_projects(body, "ru")] == ["announced"]


def test_a_facility_ready_to_a_share_is_no_intention():
    """Guard: "готов на 80 процентов" is a share of the work done, not a readiness to act."""
    body = "Строительство Казарманской ГЭС продолжается. Объект готов на 80 процентов."
    assert [status for _, status in article_projects(body, "ru")] == ["construction_started"]


def test_ministers_who_inspected_a_construction_saw_it_under_way():
    body = "Министры проинспектировали строительство кумбельского участка газопровода «Ортасой»."
    assert [status for _, status in article_projects(body, "ru")] == ["construction_started"]


def test_an_electric_cable_after_a_fibre_line_is_a_facility_of_its_own():
    body = "Стороны обсудили прокладку волоконно-оптической линии связи и подводного электрокабеля по дну озера."
    assert len(article_projects(body, "ru")) == 2


def test_who_a_minister_opens_a_fund_with_is_no_part_of_the_object():
    body = ("Министр открыл в Таджикистане вместе с председателем правительства Кохиром Расулзода "
            "Узбекско-Таджикский инвестиционный фонд.")
    assert article_projects(body, "ru") == [("Узбекско-Таджикский инвестиционный фонд", "launched")]


def test_a_russian_initial_glued_to_a_surname_ends_no_sentence():
    body = "Начато строительство Русского драматического театра имени Вс.Мейерхольда в Оше. Работы идут по графику."
    assert [p["project_name"] for p in extract_article(article(body, "ru"))["projects"]] == [
        "Русский драматический театр имени Вс.Мейерхольда"]


def test_a_town_the_text_calls_a_city_is_where_the_project_stands_though_no_list_holds_it():
    facts = extract_article(article("The president opened a 300-bed hospital in the city of Kumbelabad.", "en"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [("300-bed hospital", "Kumbelabad")]


def test_a_russian_place_named_by_its_kind_is_no_part_of_the_name():
    body = "Стороны обсудили строительство логистического центра в городе Ортасой."
    assert [name for name, _ in article_projects(body, "ru")] == ["логистический центр"]


def test_plants_in_a_town_the_text_calls_a_city_are_particular_ones():
    body = "Among them is the construction of carbamide plants in the city of Kumbelabad."
    assert [name for name, _ in article_projects(body, "en")] == ["carbamide plants"]


def test_a_bracketed_short_name_after_a_deal_still_lets_it_take_its_object():
    body = ("Sunridge has signed a power purchase agreement (PPA) with the national grid of Kyrgyzstan for a 300 MW "
            "solar project in the Batken region.")
    assert [status for _, status in article_projects(body, "en")] == ["agreement_signed"]


def test_traffic_opened_on_a_line_or_bridge_puts_it_into_service():
    body = "Стороны запустили движение на железнодорожной ветке Ортасой-Кумбел."
    assert article_projects(body, "ru") == [("железнодорожная ветка Ортасой-Кумбел", "launched")]
    assert [status for _, status in article_projects("The presidents opened traffic on the new Kumbel bridge.",
                                                     "en")] == ["launched"]


def test_a_launch_dated_in_a_year_before_the_report_happened():
    body = "Запуск в сентябре 2020 года предприятия по сборке тракторов в Кумбеле стал важным шагом."
    facts = extract_article(article(body, "ru", published=dt.datetime(2022, 6, 21, 12, 0)))
    assert [p["status"] for p in facts["projects"]] == ["launched"]


def test_a_launch_dated_in_a_later_year_is_still_to_come():
    """Guard: a launch year after the report's is a plan."""
    body = "Открытие в 2024 году текстильной фабрики в Кумбеле обсудили министры."
    facts = extract_article(article(body, "ru", published=dt.datetime(2022, 6, 21, 12, 0)))
    assert [p["status"] for p in facts["projects"]] == ["announced"]


def test_what_a_named_project_will_become_in_apposition_is_no_project_of_its_own():
    body = ("The talks focused on the new project of building Ortasoy City, a future hub for technology and "
            "tourism.")
    assert [name for name, _ in article_projects(body, "en")] == []


def test_a_finalized_loan_agreement_for_building_and_operating_a_plant_concludes_a_deal_on_it():
    body = ("The bank finalized a $40 million loan agreement on Nov. 7 for developing, constructing, and operating the "
            "Kumbel 80 MW Wind Power Plant in the Naryn region.")
    assert [status for _, status in article_projects(body, "en")] == ["agreement_signed"]


def test_the_countries_a_route_is_named_after_take_no_part_in_the_meeting():
    body = ("Глава кабмина Адылбек Касымалиев провел встречу с директором департамента АБР Леей Гутиеррес. В ходе "
            "встречи обсуждено строительство железной дороги Китай – Кыргызстан – Узбекистан.")
    assert [m["country_codes"] for m in extract_article(article(body, "ru"))["meetings"]] == [["KG"]]
    body = ("The Uzbek president received a World Bank delegation. They discussed the "
            "Turkmenistan-Afghanistan-Pakistan-India gas pipeline.")
    assert [m["country_codes"] for m in extract_article(article(body, "en"))["meetings"]] == [["UZ"]]


def test_a_field_after_in_particular_opens_no_list_and_a_partner_in_cooperation_is_no_part_of_the_name():
    body = ("Мы готовы к углублению сотрудничества, в частности, в области энергетики договорились о реализации "
            "проекта по созданию единого диспетчерского центра в Оше в тесной кооперации с компанией «Ortex».")
    assert article_projects(body, "ru") == [("единый диспетчерский центр", "announced")]


def test_since_when_a_facility_works_is_no_part_of_its_name():
    body = "Президент отметил успешное функционирование газопровода «Ортасой – Кумбел» с 2011 года."
    assert [name for name, _ in article_projects(body, "ru")] == ["газопровод «Ортасой — Кумбел»"]


def test_the_financing_of_a_named_plant_project_names_the_plant():
    body = "Банк привлек первые 100 миллионов долларов на финансирование проекта Казарманской ГЭС."
    assert article_projects(body, "ru") == [("Казарманская ГЭС", "unknown")]


def test_a_straight_quote_that_nothing_opened_closes_a_quoted_project_title():
    body = ('For the implementation of the project "Establishment of the Regional Cardiology Center" by the Ortasoy '
            'Foundation, a preferential loan will be allocated.')
    assert [name for name, _ in article_projects(body, "en")] == ["Regional Cardiology Center"]


def test_a_bank_expecting_to_soon_sign_a_deal_only_intends_it():
    body = "The bank is expecting to soon sign an agreement on reconstruction of the Ortasoy-Kumbel road."
    assert [status for _, status in article_projects(body, "en")] == ["announced"]


def test_a_railway_built_with_the_financial_support_of_banks_is_built():
    body = ("With the financial support of the Asian Development Bank in the amount of $125 million, the "
            "Ortasoy-Kumbel railway with a length of 300 kilometers was built.")
    assert [status for _, status in article_projects(body, "en")] == ["completed"]


def test_a_foundation_stone_laid_for_a_project_to_rehabilitate_and_expand_a_hospital_starts_its_works():
    body = ("The fund's chief laid the foundation stone for the project to rehabilitate and expand the Ortasoy "
            "Regional Hospital in Osh.")
    assert article_projects(body, "en") == [("Ortasoy Regional Hospital", "construction_started")]


def test_one_quoted_name_under_an_abbreviation_and_its_full_head_is_one_project():
    body = "Премьер-министр принял участие в церемонии открытия контрольно-пропускного пункта «Ортасой»."
    facts = extract_article(article(body, "ru", title="Премьеры посетили открытие КПП «Ортасой»"))
    assert [p["status"] for p in facts["projects"]] == ["launched"]
