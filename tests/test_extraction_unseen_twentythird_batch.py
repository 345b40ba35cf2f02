"""Constructions found in a twenty-third batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

import datetime as dt

from extraction import extract_article
from tests.helpers import article, article_projects, held

# --- the article's extent --------------------------------------------------------------------------------------


def test_headlines_under_a_related_stories_heading_are_other_stories():
    body = ("Турецкая компания Alfa Agro планирует построить комплекс теплиц в Джизакской области.\n\n"
            "Материалы по теме\n\n"
            "Узбектелеком строит сеть 5G по всей стране\n\n"
            "В Навои запустили цементный завод")
    assert [name for name, _ in article_projects(body, "ru")] == ["комплекс теплиц"]


def test_an_english_related_news_heading_ends_the_article_too():
    body = ("The Asian Development Bank will finance the construction of the Vakhsh water treatment plant.\n\n"
            "Related News\n\n"
            "Kazakhstan launches wind farm in Zhanatas")
    assert [name for name, _ in article_projects(body, "en")] == ["Vakhsh water treatment plant"]


# --- projects: which ones --------------------------------------------------------------------------------------


def test_a_deposit_named_after_a_preposition_is_where_the_complex_stands():
    body = ("Компания «Бета Голд» построила в Республике Таджикистан на месторождении Зармитан новый комплекс "
            "переработки руды.")
    assert [name for name, _ in article_projects(body, "ru")] == ["комплекс переработки руды"]


def test_a_time_opening_the_clause_is_no_part_of_its_subject():
    body = "Next month the Karamazar deposit will be launched at full capacity, the minister said."
    assert article_projects(body, "en") == [("Karamazar deposit", "announced")]


def test_a_countrys_largest_after_a_comma_describes_the_plant_before_it():
    body = ("China will help to modernise the Vakhsh cement plant, the country's largest industrial enterprise, "
            "and to build a logistics centre in Kulob.")
    assert [name for name, _ in article_projects(body, "en")] == ["Vakhsh cement plant", "logistics centre"]


def test_a_country_after_a_town_the_city_list_lacks_is_where_the_town_lies():
    body = "The bank is lending $4 million to Dan Flour LLC for the construction of a flour mill in Kara-Kul, Kyrgyzstan."
    assert [name for name, _ in article_projects(body, "en")] == ["flour mill in Kara-Kul"]


# --- projects: one or two ----------------------------------------------------------------------------------------


def test_a_route_named_in_either_direction_is_one_project():
    body = ("18 мая в Пекине подписан документ по проекту строительства железной дороги «Китай-Киргизия-Узбекистан». "
            "Ранее, 14 сентября 2022 года, в Самарканде было подписано соглашение о строительстве железной дороги "
            "«Узбекистан-Киргизия-Китай».")
    assert len(article_projects(body, "ru")) == 1


def test_the_kind_told_first_takes_the_proper_name_told_after_it():
    body = ("Газета сообщила, что начато строительство железной дороги, которая соединит три страны. Узбекистан "
            "приступил к строительству Северо-Афганской железной дороги, стоимость которой оценивается в $4 млрд.")
    assert article_projects(body, "ru") == [("Северо-Афганская железная дорога", "construction_started")]


def test_a_kind_in_a_complement_is_not_named_by_the_head_before_it():  # guard: only a qualified kind takes a name
    body = ("Банк выделит кредит на модернизацию оросительной системы. Проект предусматривает реабилитацию системы "
            "магистрального канала «Ташкуль» Северной оросительной системы.")
    assert "оросительная система" in [name for name, _ in article_projects(body, "ru")]


def test_one_more_of_a_kind_is_a_new_facility_named_without_the_count():
    body = "В 2025-2026 годах в аэропорту Карши построят еще один терминал и реконструируют взлетную полосу."
    assert [name for name, _ in article_projects(body, "ru")][:1] == ["терминал"]


def test_one_more_plant_after_a_named_one_is_a_second_project():
    body = ("Компания «Химпром» планирует построить завод по производству карбамида в Навоийской области. "
            "Компания планирует завершить строительство еще одного завода в сотрудничестве с японской фирмой "
            "в следующем году.")
    assert len(article_projects(body, "ru")) == 2


def test_a_price_after_the_name_is_no_part_of_it():
    body = "Компания собиралась инвестировать в строительство этой и еще одной станции $2 млрд."
    assert [name for name, _ in article_projects(body, "ru")] == ["станция"]


def test_another_dry_port_in_the_title_and_the_body_is_one():  # guard: "another" in both tells one facility twice
    body = "Kazakhstan will open another dry port and build a logistics park on the border with China."
    names = [name for name, _ in article_projects(body, "en", title="Kazakhstan to open another dry port on border with China")]
    assert len([n for n in names if "dry port" in n]) == 1


def test_reopened_is_no_opening_and_leaves_no_place_as_a_project():
    body = ("The border post near the Sarykamysh settlement in the Nurata district of Uzbekistan's Navoi region also "
            "reopened for crossing today, the source added.")
    assert article_projects(body, "en") == []


def test_a_demonstrative_with_a_size_points_back_at_a_bridge_told_before():
    body = ("The Tajik-Afghan border crossing in the Darvoz district reopened last week at the request of Afghan "
            "authorities. The construction of this 135-meter bridge was funded by the European Union.")
    assert article_projects(body, "en") == []


# --- meetings: who took part -------------------------------------------------------------------------------------


def test_whom_a_follow_up_meeting_is_scheduled_with_is_no_participant_nor_is_their_region():
    body = ("Uzbekistan's Minister of Transport, Ilkhom Makhkamov, met with an ADB delegation on Friday. The parties agreed "
            "to schedule a follow-up meeting with Anna Kovacs, Head of the ADB Advisory Services Program in Central Asia "
            "and Mongolia, to discuss the outlined issues.")
    facts = extract_article(article(body, "en", published=dt.datetime(2024, 7, 26, 10, tzinfo=dt.UTC)))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["UZ"]
    assert {p["person_name"] for p in facts["participants"]} == {"Ilkhom Makhkamov"}


def test_a_regional_head_after_a_name_is_that_persons_title_and_names_no_parties():
    body = ("Kyrgyzstan's Minister of Transport, Tilek Tekebaev, met with an EBRD delegation led by Maria Lindqvist, "
            "the Regional Head for Kyrgyzstan, Tajikistan, and Turkmenistan.")
    facts = extract_article(article(body, "en", published=dt.datetime(2024, 7, 26, 10, tzinfo=dt.UTC)))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["KG"]
    assert "Maria Lindqvist" in {p["person_name"] for p in facts["participants"]}


# --- projects: their names ---------------------------------------------------------------------------------------


def test_a_numbered_plants_yearly_capacity_and_turnkey_terms_are_no_part_of_its_name():
    body = ("Турецкая компания выступит генеральным подрядчиком строительства обогатительной фабрики №2 Навоийского "
            "горно-металлургического комбината ежегодной мощностью 40 млн тонн руды на условиях под ключ.")
    assert [name for name, _ in article_projects(body, "ru")] == [
        "обогатительная фабрика №2 Навоийского горно-металлургического комбината"]


def test_turnkey_terms_after_an_english_name_are_cut():
    body = "The Chinese company will build the Angren cement plant on a turnkey basis."
    assert [name for name, _ in article_projects(body, "en")] == ["Angren cement plant"]


def test_the_bank_and_company_a_project_is_carried_out_with_are_no_projects():
    body = ("Было заключено дополнительное соглашение о предоставлении гранта на реализацию проекта с Азиатским банком "
            "развития и компанией «Вахш Энерджи» на 12 млн евро.")
    assert article_projects(body, "ru") == []


def test_a_joint_venture_abbreviated_is_still_created():  # guard: "СП" reads in every case, never as a partner
    body = "Стороны создали СП «Навои Бридж»."
    assert "СП «Навои Бридж»" in [name for name, _ in article_projects(body, "ru")]


def test_what_a_quoted_venture_is_set_up_for_is_no_part_of_its_name():
    body = "Стороны создали СП «Андижан Цемент Групп» для строительства цементного завода в Булакбашинском районе."
    assert [name for name, _ in article_projects(body, "ru")][:1] == ["СП «Андижан Цемент Групп»"]


# --- projects: their stage ---------------------------------------------------------------------------------------


def test_works_of_restoration_that_have_ended_complete_the_facility():
    body = "В Шаартузском районе Таджикистана завершились работы по восстановлению системы районного водоснабжения."
    assert article_projects(body, "ru") == [("система районного водоснабжения", "completed")]


def test_an_additional_building_inaugurated_is_launched_and_its_district_no_project():
    body = ("On October 21, President Emomali Rahmon inaugurated the additional building of the secondary school No. 12 "
            "in the village of Navobod, Vahdat district.")
    assert article_projects(body, "en") == [("additional building of the secondary school No. 12", "launched")]


def test_a_leader_named_after_a_comma_and_what_he_did_are_no_project():
    body = ("Taking part in the inauguration of a secondary school, President Shavkat Mirziyoyev toured the school and got "
            "acquainted with the works carried out.")
    assert [name for name, _ in article_projects(body, "en")] == ["secondary school"]


# --- the dateline ------------------------------------------------------------------------------------------------


def test_a_dateline_with_a_year_and_an_agency_after_commas_is_cut():
    body = ("DUSHANBE, March 3, 2009, Asia-Plus -- Two new modern schools will be built in Kulob within the framework "
            "of the education modernization project.")
    names = [name for name, _ in article_projects(body, "en")]
    assert names and not any("Asia-Plus" in name for name in names)


def test_a_captions_day_after_the_place_is_no_part_of_the_name():
    body = ("Officials of the two countries join the opening ceremony of the Medical Simulation Center in the Uzbek "
            "capital city of Tashkent, Dec. 21.")
    assert [name for name, _ in article_projects(body, "en")] == ["Medical Simulation Center"]


def test_whom_a_separate_meeting_was_held_with_takes_part():  # guard: only a meeting still to come leaves its party out
    body = "On the sidelines of the forum, President Tokayev held a separate meeting with Prime Minister Shehbaz Sharif."
    facts = extract_article(article(body, "en", published=dt.datetime(2024, 7, 26, 10, tzinfo=dt.UTC)))
    assert "Shehbaz Sharif" in {p["person_name"] for p in facts["participants"]}
