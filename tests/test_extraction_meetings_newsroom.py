"""Meetings: newsroom wordings of calls, receptions, committees and datelines.

Every text is an invented newsroom paragraph (never dev text), one per rule.
"""
import datetime as dt

import pytest

from extraction import extract_article
from tests.helpers import PUBLISHED, article


def held(body: str, lang: str = "en") -> list[tuple[dict, set[str]]]:
    """Return the held meetings of an article with their participants' names."""
    facts = extract_article(article(body, lang=lang))
    return [(m, {p["person_name"] for p in facts["participants"] if p["meeting_key"] == key})
            for key, m in enumerate(facts["meetings"]) if not m["is_planned"]]


def only(body: str, lang: str = "en") -> tuple[dict, set[str]]:
    meetings = held(body, lang)
    assert len(meetings) == 1, meetings
    return meetings[0]


def test_a_telephone_talk_in_the_singular_is_a_phone_call():
    meeting, people = only("Uzbek President Shavkat Mirziyoyev had a telephone talk with Kassym-Jomart Tokayev "
                           "on March 12.")
    assert meeting["meeting_format"] == "phone_call"
    assert people == {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}


def test_a_video_call_is_remote_talks():
    meeting, _ = only("Kazakh Foreign Minister Murat Nurtleu held a video call with Chinese Foreign Minister "
                      "Wang Yi on March 12.")
    assert meeting["meeting_format"] == "talks"
    assert meeting["city"] is None
    assert sorted(meeting["country_codes"]) == ["CN", "KZ"]


def test_a_cooperation_committee_holding_its_numbered_meeting_is_an_intergovernmental_commission():
    meeting, _ = only("The Kazakh-Chinese Cooperation Committee held its 12th meeting in Beijing on March 12, "
                      "co-chaired by Roman Sklyar and Ding Xuexiang.")
    assert meeting["meeting_format"] == "intergovernmental_commission"
    assert meeting["session_ordinal"] == 12
    assert meeting["city"] == "Beijing"


def test_an_ambassador_received_in_a_named_building_is_a_reception():
    meeting, people = only("Председатель Кабинета министров Кыргызской Республики Адылбек Касымалиев принял "
                           "в Доме правительства Чрезвычайного и Полномочного Посла Республики Узбекистан.", "ru")
    assert meeting["meeting_format"] == "talks"
    assert sorted(meeting["country_codes"]) == ["KG", "UZ"]
    assert "Adylbek Kasymaliev" in people


def test_a_phone_discussion_of_an_upcoming_summit_is_a_held_call_not_a_planned_summit():
    meeting, _ = only("Президенты Казахстана и Узбекистана обсудили по телефону подготовку к предстоящему "
                      "саммиту.", "ru")
    assert meeting["meeting_format"] == "phone_call"
    assert sorted(meeting["country_codes"]) == ["KZ", "UZ"]


def test_leaders_who_discussed_by_phone_the_upcoming_summit_held_a_call():
    meeting, _ = only("The presidents of Kazakhstan and Uzbekistan discussed by phone the preparations for the "
                      "upcoming summit.")
    assert meeting["meeting_format"] == "phone_call"


def test_a_dateline_with_the_agency_in_brackets_before_a_full_stop_places_a_reception():
    meeting, _ = only("Ашхабад, 12 марта (ТДХ). Президент Туркменистана Сердар Бердымухамедов принял "
                      "находящегося в нашей стране с рабочим визитом Министра иностранных дел Узбекистана "
                      "Бахтиёра Саидова.", "ru")
    assert meeting["city"] == "Ashgabat"
    assert meeting["meeting_format"] == "working_visit"


def test_an_upper_case_dateline_with_the_agency_in_brackets_before_a_full_stop_places_a_reception():
    meeting, _ = only("ASHGABAT, March 12 (TDH). President of Turkmenistan Serdar Berdimuhamedov received Chinese "
                      "Vice Premier Ding Xuexiang, who arrived in the country on a working visit.")
    assert meeting["city"] == "Ashgabat"


def test_a_president_receiving_an_organisations_delegation_is_a_meeting_with_it():
    meeting, people = only("Президент Таджикистана Эмомали Рахмон принял делегацию Всемирного банка.", "ru")
    assert meeting["country_codes"] == ["TJ"]
    assert people == {"Emomali Rahmon"}


def test_a_european_union_delegation_received_makes_the_union_a_party():
    meeting, _ = only("Президент Шавкат Мирзиёев принял делегацию Европейского союза.", "ru")
    assert sorted(meeting["country_codes"]) == ["EU", "UZ"]


def test_an_organisations_mission_received_is_a_meeting():
    meeting, _ = only("Токаев принял миссию Международного валютного фонда.", "ru")
    assert meeting["country_codes"] == ["KZ"]


def test_talks_in_a_quoted_presidential_complex_are_placed_in_its_city():
    meeting, _ = only("Президент Казахстана Касым-Жомарт Токаев провел переговоры с Президентом Турции Реджепом "
                      "Тайипом Эрдоганом в президентском комплексе «Бештепе».", "ru")
    assert meeting["city"] == "Ankara"


def test_a_governor_of_a_city_named_before_the_date_is_a_participant():
    _, people = only("Uzbekistan's Ambassador to Kazakhstan Sherzod Asadov met with Akim of Almaty Yerbolat "
                     "Dossayev on March 12.")
    assert people == {"Sherzod Asadov", "Yerbolat Dossayev"}


def test_a_company_named_after_its_country_is_no_part_of_its_chairmans_name():
    _, people = only("Kazakh Energy Minister Almasadam Satkaliyev held talks with Chairman of Turkmengaz State "
                     "Concern Maksat Babayev in Ashgabat on March 12.")
    assert "Maksat Babayev" in people


def test_talks_held_in_preparation_for_a_state_visit_are_talks_without_the_visitor():
    meeting, people = only("Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с коллегой из "
                           "Таджикистана Сироджиддином Мухриддином в рамках подготовки к государственному визиту "
                           "Президента Таджикистана в Узбекистан.", "ru")
    assert meeting["meeting_format"] == "talks"
    assert people == {"Bakhtiyor Saidov", "Sirojiddin Muhriddin"}


def test_talks_held_as_part_of_preparations_for_a_visit_leave_out_the_visiting_president():
    meeting, people = only("Uzbek Foreign Minister Bakhtiyor Saidov held talks with Tajik Foreign Minister Sirojiddin "
                           "Muhriddin in Dushanbe as part of preparations for the state visit of the President of "
                           "Uzbekistan.")
    assert meeting["meeting_format"] == "talks"
    assert people == {"Bakhtiyor Saidov", "Sirojiddin Muhriddin"}


def test_a_meeting_during_which_an_upcoming_council_was_discussed_is_held_talks():
    meeting, _ = only("В ходе встречи Мирзиёев и Токаев обсудили подготовку к очередному заседанию Высшего "
                      "межгосударственного совета.", "ru")
    assert meeting["meeting_format"] == "talks"
    assert sorted(meeting["country_codes"]) == ["KZ", "UZ"]


def test_a_courtesy_title_before_an_ambassadors_name_is_no_part_of_it():
    _, people = only("President of Turkmenistan Serdar Berdimuhamedov received Ambassador Extraordinary and "
                     "Plenipotentiary of the Republic of Korea to Turkmenistan Mr. Kim Young-jin.")
    assert people == {"Serdar Berdimuhamedov", "Kim Young-jin"}


def test_talks_in_a_region_named_after_its_centre_are_not_placed_in_the_city():
    meeting, _ = only("Mirziyoyev and Tokayev held talks in the Tashkent region on March 12.")
    assert meeting["city"] is None


@pytest.mark.parametrize("text, city", [
    ("Президент Шавкат Мирзиёев провел переговоры с Садыром Жапаровым в резиденции «Кук-Сарай».", "Tashkent"),
    ("Владимир Путин провел переговоры с Касым-Жомартом Токаевым в Новоогарево.", "Moscow"),
    ("Касым-Жомарт Токаев провел переговоры с Садыром Жапаровым в Щучинске.", "Shchuchinsk"),
    ("Kassym-Jomart Tokayev held talks with Ilham Aliyev in Aqtau on March 12.", "Aktau"),
    ("Shavkat Mirziyoyev held talks with Sadyr Japarov in Qo'qon on March 12.", "Kokand"),
    ("Serdar Berdimuhamedov held talks with Ilham Aliyev in Türkmenbaşy on March 12.", "Turkmenbashi"),
])
def test_a_residence_or_town_in_another_spelling_places_the_talks(text, city):
    meeting, _ = only(text, "ru" if any("а" <= c <= "я" for c in text.lower()) else "en")
    assert meeting["city"] == city


def test_a_format_spelt_with_plus_brings_all_its_members():
    meeting, _ = only('The leaders of Central Asia and Japan held the first summit in the "Central Asia plus Japan" '
                      "format in Astana on March 12, attended by Prime Minister Shigeru Ishiba.")
    assert meeting["meeting_format"] == "summit"
    assert sorted(meeting["country_codes"]) == ["JP", "KG", "KZ", "TJ", "TM", "UZ"]


def test_a_video_call_in_russian_is_remote_talks():
    meeting, _ = only("Шавкат Мирзиёев и Си Цзиньпин провели видеозвонок.", "ru")
    assert meeting["meeting_format"] == "talks"
    assert sorted(meeting["country_codes"]) == ["CN", "UZ"]


def test_talks_held_the_day_before_the_report_are_dated_the_day_before():
    meeting, _ = only("Переговоры президентов Узбекистана и Турции Шавката Мирзиёева и Реджепа Тайипа Эрдогана, "
                      "прошедшие накануне в Анкаре, завершились подписанием 20 документов.", lang="ru")
    assert meeting["meeting_date"] == (PUBLISHED - dt.timedelta(days=1)).date()
    assert meeting["city"] == "Ankara"


def test_the_guests_arrival_the_evening_before_is_the_same_visit_as_the_talks():
    body = ("Переговоры президентов Узбекистана и Турции прошли накануне в Анкаре. Шавкат Мирзиёев прибыл в турецкую "
            "столицу с государственным визитом в понедельник вечером. Во вторник лидеры провели переговоры один на один.")
    meetings = held(body, lang="ru")
    assert len(meetings) == 1, meetings
    assert meetings[0][0]["meeting_date"] == (PUBLISHED - dt.timedelta(days=1)).date()


@pytest.mark.parametrize("body, lang", [
    ("Переговоры Шавката Мирзиёева и Касым-Жомарта Токаева прошли в Астане, сообщил пресс-секретарь президента "
     "Узбекистана Шерзод Асадов.", "ru"),
    ("Shavkat Mirziyoyev and Kassym-Jomart Tokayev held talks in Astana, presidential spokesman Sherzod Asadov said.",
     "en"),
])
def test_a_spokesperson_who_reports_the_talks_takes_no_part(body, lang):
    _, people = only(body, lang)
    assert people == {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}


def test_a_hospital_launched_by_video_link_does_not_place_the_talks():
    meeting, _ = only("Шавкат Мирзиёев и Реджеп Тайип Эрдоган провели переговоры. Затем лидеры в режиме видеосвязи "
                      "дали старт строительству многопрофильной больницы на 300 коек в Ургенче.", lang="ru")
    assert meeting["city"] != "Urgench"


@pytest.mark.parametrize("body, lang", [
    ("Delegations of Kyrgyzstan and Tajikistan held another round of talks on the delimitation of the border in Batken "
     "on Tuesday.", "en"),
    ("Правительственные делегации Кыргызстана и Таджикистана провели переговоры в Баткене.", "ru"),
])
def test_delegations_of_two_countries_holding_talks_meet_though_nobody_is_named(body, lang):
    meeting, people = only(body, lang)
    assert sorted(meeting["country_codes"]) == ["KG", "TJ"]
    assert meeting["city"] == "Batken"
    assert people == set()


def test_a_stray_talks_word_with_one_country_and_nobody_named_is_no_meeting():
    assert held("Officials of Kyrgyzstan said the talks would continue.") == []
