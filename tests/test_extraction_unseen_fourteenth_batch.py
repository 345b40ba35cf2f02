"""Constructions found in a fourteenth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

import datetime as dt

from extraction import extract_article
from tests.helpers import article, article_projects

# --- projects: which ones ---------------------------------------------------------------------------------------


def test_a_capsule_laying_ceremony_at_a_construction_site_starts_the_works_on_the_named_centre():
    body = ("The two ministers took part in the capsule laying ceremony at the construction site of the Regional "
            "Center for Trade and Industrial Cooperation 'Ortasoy'.")
    assert article_projects(body, "en") == [
        ("Regional Center for Trade and Industrial Cooperation 'Ortasoy'", "construction_started")]


def test_a_capsule_laying_ceremony_for_a_facility_starts_its_works():
    body = "The governor attended the capsule-laying ceremony for the new children's hospital in Kumbel."
    assert [status for _, status in article_projects(body, "en")] == ["construction_started"]


def test_a_label_in_brackets_or_quotes_does_not_stop_a_name_going_on_after_and():
    body = ("The parties laid the foundation of the Center for Trade and Economic Cooperation (CTEC) 'Tereksay' "
            "on Friday.")
    assert [name for name, _ in article_projects(body, "en")] == ["Center for Trade and Economic Cooperation (CTEC) "
                                                                   "'Tereksay'"]


def test_a_place_told_before_the_size_goes_to_the_region_as_it_would_after_it():
    facts = extract_article(article("Инвестор построит электростанцию в Навоийской области мощностью 120 МВт.", "ru"))
    [project] = facts["projects"]
    assert (project["project_name"], project["city_or_region"]) == ("электростанция мощностью 120 МВт", "Navoi")


def test_two_coordinated_adjectives_before_a_singular_head_name_one_facility():
    body = "В июле компания открыла в Ташкенте технологический и инженерный центр."
    assert [name for name, _ in article_projects(body, "ru")] == ["технологический и инженерный центр"]


def test_two_coordinated_adjectives_before_a_plural_head_name_one_facility_each():
    """Guard: "автомобильный и железнодорожный мосты" stay two bridges."""
    body = "В Кумбеле построят автомобильный и железнодорожный мосты."
    assert [name for name, _ in article_projects(body, "ru")] == ["автомобильный мост", "железнодорожный мост"]


def test_a_gerund_and_its_preposition_after_a_comma_end_the_object():
    body = ("The prime minister launched construction of a 152 km rail link to Ortasoy, participating in the ceremony "
            "by teleconference.")
    assert [name for name, _ in article_projects(body, "en")] == ["152 km rail link to Ortasoy"]


def test_the_ceremony_a_facility_is_opened_at_is_no_part_of_its_name():
    body = "The president opened the country's first solar power station at a ceremony in the Navoi region on Friday."
    facts = extract_article(article(body, "en"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [
        ("first solar power station", "Navoi")]


def test_a_place_given_as_a_district_of_a_region_of_a_country_places_the_project():
    body = "The company has started construction of a cement plant in Ortasoy district of Jizzakh region of Uzbekistan."
    facts = extract_article(article(body, "en"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [("cement plant", "Jizzakh")]


def test_praise_for_a_facility_is_no_part_of_its_name():
    body = "The prime minister launched the construction of a vital railway line in the Almaty region."
    assert [name for name, _ in article_projects(body, "en")] == ["railway line"]


def test_a_company_asset_base_is_no_project():
    body = "With an asset base worth $150 million, the company is building a new plant in Osh."
    assert [name for name, _ in article_projects(body, "en")] == ["plant"]


def test_construction_started_on_a_weekday_starts_the_works_on_the_line_after_it():
    body = ("Construction was also started Friday on an 800-kilometre (500-mile) 500-kilovolt power line to reach "
            "Afghanistan.")
    assert article_projects(body, "en") == [("800-kilometre 500-kilovolt power line", "construction_started")]


def test_the_day_an_event_took_place_is_no_part_of_the_name():
    body = "The president officially inaugurated the construction of the Ortasoy–Kumbel railway on December 27."
    assert article_projects(body, "en") == [("Ortasoy–Kumbel railway", "construction_started")]


def test_a_bridge_between_east_and_west_is_a_figure_of_speech():
    body = "He stressed the railway's significance as a bridge connecting East and West."
    assert article_projects(body, "en") == []


def test_a_loan_for_the_electrification_of_a_railway_section_intends_the_section():
    body = "Банк одобрил заём на электрификацию участка железной дороги Ортасой — Кумбель."
    assert article_projects(body, "ru") == [("участок железной дороги Ортасой — Кумбель", "announced")]


def test_a_ranking_scoped_by_a_named_region_is_no_part_of_the_name():
    body = "Компания начала строительство в Казахстане крупнейшей в Центральной Азии ветряной электростанции."
    assert article_projects(body, "ru") == [("ветряная электростанция", "construction_started")]


def test_an_agreement_concluded_on_the_design_of_a_facility_signs_it():
    body = "Министерство заключило инвестсоглашение о проектировании и эксплуатации Кумбельского каскада ГЭС."
    assert article_projects(body, "ru") == [("Кумбельский каскад ГЭС", "agreement_signed")]


def test_an_enterprise_growing_as_time_goes_on_is_no_expansion_project():
    body = "На заводе работают 130 человек, а по мере расширения предприятия численность персонала увеличится."
    assert article_projects(body, "ru") == []


def test_a_unit_number_glued_to_an_abbreviation_is_written_with_a_hyphen():
    body = "Стороны подписали соглашение о строительстве Кумбельской ГЭС1."
    assert article_projects(body, "ru") == [("Кумбельская ГЭС-1", "agreement_signed")]


def test_a_passive_auxiliary_left_by_a_cut_participle_is_no_part_of_the_name():
    body = "Under the agreement, the construction of the Kumbel nuclear power plant to be carried out by Rosatom."
    assert [name for name, _ in article_projects(body, "en")] == ["Kumbel nuclear power plant"]


def test_a_headline_that_alone_says_where_a_project_is_places_it():
    facts = extract_article(article("Состоялась церемония закладки фундамента солнечной электростанции мощностью 300 МВт.",
                                    "ru", title="В Туркестанской области стартовало строительство солнечной электростанции"))
    assert [(p["project_name"], p["city_or_region"]) for p in facts["projects"]] == [
        ("солнечная электростанция мощностью 300 МВт", "Turkestan")]


def test_the_country_a_route_goes_to_does_not_place_it():
    facts = extract_article(article("Стороны обсудили строительство железной дороги из Китая в Узбекистан.", "ru"))
    assert [(p["project_name"], p["country_code"]) for p in facts["projects"]] == [
        ("железная дорога из Китая в Узбекистан", None)]


def test_initials_in_a_name_do_not_end_it():
    body = ("Президент принял участие в церемонии закладки фундамента комплекса по производству удобрений на химическом "
            "заводе имени С.А. Ниязова.")
    assert [name for name, _ in article_projects(body, "ru")] == [
        "комплекс по производству удобрений на химическом заводе имени С.А. Ниязова"]


def test_a_compass_point_of_a_country_is_no_part_of_the_name():
    facts = extract_article(article("Дан старт проекту модернизации Кумбельской ГЭС на севере Таджикистана.", "ru"))
    assert [(p["project_name"], p["country_code"]) for p in facts["projects"]] == [("Кумбельская ГЭС", "TJ")]


def test_here_after_a_work_is_no_project():
    body = "С полным запуском производства здесь будет создано 150 рабочих мест."
    assert article_projects(body, "ru") == []


def test_the_partner_a_project_was_carried_out_with_is_no_project():
    body = ("В Кумбеле открыта прядильная фабрика «Ортасой». Проект был реализован совместно с Инвестиционным фондом "
            "Казахстана.")
    assert [name for name, _ in article_projects(body, "ru")] == ["прядильная фабрика «Ортасой»"]


# --- projects: their stage --------------------------------------------------------------------------------------


def test_an_undated_completion_of_a_plan_does_not_put_its_works_under_way():
    body = ("Банк профинансирует строительство солнечной электростанции в Кумбеле. "
            "Банк не назвал дату завершения строительства электростанции.")
    assert [status for _, status in article_projects(body, "ru")] == ["announced"]


def test_a_completion_whose_term_is_not_told_does_not_put_its_works_under_way():
    body = ("Компания построит ветровую электростанцию в Кумбеле. "
            "Сроки завершения строительства электростанции пока не названы.")
    assert [status for _, status in article_projects(body, "ru")] == ["announced"]


def test_a_completion_expected_still_puts_the_works_under_way():
    """Guard: the wording the completion cue was made for keeps its reading."""
    body = "Завершение строительства Кумбельской ГЭС ожидается в следующем году."
    assert [status for _, status in article_projects(body, "ru")] == ["construction_started"]


def test_a_capsule_said_to_be_laid_on_a_construction_site_starts_the_works():
    body = "A capsule was laid on the construction site of a gold recovery plant at the Kumbel deposit."
    assert [status for _, status in article_projects(body, "en")] == ["construction_started"]


def test_a_launching_ceremony_of_a_facility_attended_launches_it():
    body = "The prime minister took part in the launching ceremony of the Kumbel steel plant."
    assert article_projects(body, "en") == [("Kumbel steel plant", "launched")]


def test_a_completion_planned_for_later_is_no_completion():
    body = "The construction of the Kumbel HPP is planned to be completed within two years."
    assert article_projects(body, "en") == [("Kumbel HPP", "announced")]


def test_the_laying_of_a_facility_that_took_place_starts_its_works():
    body = "В Навои состоялась закладка нового карбамидного завода."
    assert article_projects(body, "ru") == [("карбамидный завод", "construction_started")]


def test_a_ceremony_of_laying_lines_and_commissioning_a_railway_starts_one_and_launches_the_other():
    body = ("Здесь также состоялась церемония закладки линии электропередачи по маршруту Ортасой – Кумбель (ОК), "
            "а также ввода в эксплуатацию железной дороги Ортасой – Терексай.")
    assert article_projects(body, "ru") == [("линия электропередачи по маршруту Ортасой — Кумбель", "construction_started"),
                                            ("железная дорога Ортасой — Терексай", "launched")]


def test_a_wish_to_start_construction_starts_nothing():
    body = "Немецкая компания заявила о своем желании начать строительство двух новых заводов в Кумбеле."
    assert [status for _, status in article_projects(body, "ru")] == ["announced"]


def test_a_company_that_finished_its_works_on_a_facility_completed_them():
    body = "Компания успешно завершила цикл работ по модернизации Кумбельской гидроэлектростанции."
    assert article_projects(body, "ru") == [("Кумбельская гидроэлектростанция", "completed")]


def test_a_compound_adjective_ending_in_financed_is_no_financing_under_way():
    body = ("Банк профинансирует строительство солнечной электростанции в Кумбеле. "
            "Строительство этой станции будет первым совместно-финансируемым проектом в стране.")
    assert [status for _, status in article_projects(body, "ru")] == ["announced"]


def test_names_after_a_counted_kind_and_a_colon_are_each_of_that_kind():
    body = "The company is building two solar parks: the Ortasoy Solar-1 and the Ortasoy Solar-2."
    assert article_projects(body, "en") == [("Ortasoy Solar-1 solar park", "construction_started"),
                                            ("Ortasoy Solar-2 solar park", "construction_started")]


def test_bare_names_in_cyrillic_after_a_counted_kind_leave_the_count_a_batch():
    body = "Компания строит две солнечные электростанции — «Ортасой-1» и «Ортасой-2»."
    assert article_projects(body, "ru") == [("две солнечные электростанции", "construction_started")]


def test_a_counted_kind_of_firms_gives_no_firm_a_project():
    """Guard: the firms a count introduces are partners, not deliverables."""
    body = "The ministry is building two plants with two companies: Siemens and Hyundai."
    assert all("Siemens" not in name for name, _ in article_projects(body, "en"))


def test_a_company_also_building_facilities_has_their_works_under_way():
    body = "The company is also building two solar parks in the Zhambyl region."
    assert article_projects(body, "en") == [("two solar parks", "construction_started")]


def test_a_grant_for_the_rehabilitation_of_a_road_intends_the_road():
    body = "Банк предоставил грант для реабилитации дороги Ортасой — Кумбель."
    assert article_projects(body, "ru") == [("дорога Ортасой — Кумбель", "announced")]


def test_a_length_before_a_section_measures_it_and_is_no_part_of_its_name():
    body = "Банк выделил грант на реконструкцию 40 километров участка дороги Ортасой — Кумбель."
    assert [name for name, _ in article_projects(body, "ru")] == ["участок дороги Ортасой — Кумбель"]


def test_adverbs_a_cut_off_predicate_leaves_behind_are_no_part_of_a_name():
    body = ("Компания построит ветровую электростанцию в Навоийской области. "
            "Сроки строительства электростанции пока не названы.")
    assert [name for name, _ in article_projects(body, "ru")] == ["ветровая электростанция"]


def test_branches_of_two_owners_are_one_branch_each():
    body = "Стороны условились открыть в Ташкенте филиалы МГТУ им. Баумана, а также Российского университета транспорта."
    assert [name for name, _ in article_projects(body, "ru")] == ["филиал МГТУ им. Баумана",
                                                                  "филиал Российского университета транспорта"]


# --- amounts ----------------------------------------------------------------------------------------------------


def test_a_currency_sign_between_a_figure_and_its_multiplier_keeps_the_multiplier():
    facts = extract_article(article("Стороны намерены довести товарооборот до 30$ млрд.", "ru"))
    assert [(a["amount"], a["currency"]) for a in facts["amounts"]] == [(30e9, "USD")]


def test_the_terms_a_work_is_done_on_are_no_part_of_the_name():
    body = "Узбекистан может принять участие в строительстве Кумбельской ГЭС с учетом соблюдения всех норм."
    assert [name for name, _ in article_projects(body, "ru")] == ["Кумбельская ГЭС"]


# --- meetings ---------------------------------------------------------------------------------------------------


def test_a_one_letter_roman_numeral_before_a_russian_session_counts_it():
    body = ("Садыр Жапаров и Реджеп Тайип Эрдоган провели в Анкаре V заседание Высшего совета стратегического "
            "сотрудничества.")
    [meeting] = extract_article(article(body, "ru"))["meetings"]
    assert meeting["session_ordinal"] == 5


def test_a_visit_the_text_dates_weeks_before_the_report_is_recalled_not_held():
    body = ("Официальный визит президента Узбекистана Шавката Мирзиёева 18-19 апреля в Душанбе, где он провел "
            "переговоры с Эмомали Рахмоном, открыл новую страницу в отношениях.")
    facts = extract_article(article(body, "ru", published=dt.datetime(2024, 5, 14, 12, 0)))
    assert facts["meetings"] == []


def test_a_visit_the_text_dates_within_the_week_of_the_report_is_held():
    """Guard: an explicit date of the report's week still dates the meeting."""
    body = "Президент Узбекистана Шавкат Мирзиёев 10 мая провел в Душанбе переговоры с Эмомали Рахмоном."
    facts = extract_article(article(body, "ru", published=dt.datetime(2024, 5, 14, 12, 0)))
    assert [m["meeting_date"] for m in facts["meetings"]] == [dt.date(2024, 5, 10)]


def test_a_future_year_of_what_a_session_yielded_does_not_make_the_session_a_plan():
    body = ("Открытие новой школы в Ашхабаде в 2027 году – ключевой итог 13-го заседания Межправительственной комиссии. "
            "Заседание прошло под председательством вице-премьера РФ Марата Хуснуллина и заместителя председателя "
            "кабинета министров Туркменистана Нокергулы Атагулыева.")
    [meeting] = extract_article(article(body, "ru"))["meetings"]
    assert (meeting["meeting_format"], meeting["session_ordinal"], meeting["is_planned"]) == (
        "intergovernmental_commission", 13, False)


def test_a_consultative_meeting_of_business_people_is_no_heads_of_state_summit():
    body = ("В рамках государственного визита президента Кыргызстана Садыра Жапарова в Пекин состоялась "
            "консультативная встреча представителей бизнеса Кыргызстана с деловыми кругами Китая.")
    assert [m["meeting_format"] for m in extract_article(article(body, "ru"))["meetings"]] == ["state_visit"]


def test_a_format_recalled_from_last_week_gives_no_states_to_this_meeting():
    body = ("On Friday, President of Uzbekistan Shavkat Mirziyoyev held a meeting with Prime Minister of India Narendra "
            "Modi in Gandhinagar. Last week, the first meeting of Ministers of Foreign Affairs of the India – Central "
            "Asia Dialogue was held in Samarkand.")
    meetings = extract_article(article(body, "en"))["meetings"]
    assert [m["country_codes"] for m in meetings] == [["IN", "UZ"]]


def test_a_two_party_summit_of_a_state_visit_is_the_state_visit():
    body = "Chinese President Xi Jinping, who is on a state visit to Kazakhstan, held a summit with Kassym-Jomart Tokayev."
    assert [m["meeting_format"] for m in extract_article(article(body, "en"))["meetings"]] == ["state_visit"]


def test_another_spelling_of_a_known_leader_is_the_same_participant():
    body = ("Tajikistan President Emomali Rahmon held talks with Prime Minister Shehbaz Sharif in Islamabad. "
            "For his part, Tajikistan President Imam Ali Rehman said that Dushanbe values the relations.")
    facts = extract_article(article(body, "en"))
    assert sorted(p["person_name"] for p in facts["participants"]) == ["Emomali Rahmon", "Shehbaz Sharif"]


def test_how_long_a_project_has_stalled_is_no_part_of_its_name():
    body = "The two countries agreed to proceed with key energy projects, including the stalled Kumbel-1000 power project."
    assert [name for name, _ in article_projects(body, "en")] == ["Kumbel-1000 power project"]
