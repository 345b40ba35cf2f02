"""Who the other side of a meeting is, and where and how the meeting was held."""
import datetime as dt
from functools import partial

import pytest

from extraction import extract_article
from tests import helpers
from tests.helpers import TZ, held, people_of

# The sides' sentences are dated a Wednesday in April.
article = partial(helpers.article, published=dt.datetime(2025, 4, 9, 10, 0, tzinfo=TZ))


def test_a_prime_ministers_meetings_with_two_organisations_on_one_day_are_two_meetings():
    facts = extract_article(article(
        "Kyrgyz Prime Minister Adylbek Kasymaliev met with Asian Development Bank Vice President Lara Wenfield "
        "on Tuesday to discuss road financing. "
        "Later, Kasymaliev held a meeting with UNICEF Executive Director Marko Tellan on child nutrition programmes.",
        title="Kasymaliev meets heads of international organisations"))
    meetings = held(facts)
    assert len(meetings) == 2
    assert [people_of(facts, m) - {"Adylbek Kasymaliev"} for m in meetings] == [{"Lara Wenfield"}, {"Marko Tellan"}]


def test_an_agency_administrator_is_a_participant_for_his_organisation():
    facts = extract_article(article(
        "Uzbek Foreign Minister Bakhtiyor Saidov met with UNDP Associate Administrator Kenji Moralto in Tashkent."))
    (meeting,) = held(facts)
    assert "Kenji Moralto" in people_of(facts, meeting)
    assert meeting["country_codes"] == ["UZ"]


def test_a_city_that_hosted_the_talks_is_their_place():
    facts = extract_article(article("Bishkek hosted talks between Sadyr Japarov and Emomali Rahmon on Tuesday."))
    (meeting,) = held(facts)
    assert meeting["city"] == "Bishkek"


def test_a_city_that_became_the_venue_of_talks_is_their_place_ru():
    facts = extract_article(article("Ашхабад стал площадкой для переговоров Сердара Бердымухамедова и "
                                    "Касым-Жомарта Токаева.", lang="ru", title="Переговоры"))
    (meeting,) = held(facts)
    assert meeting["city"] == "Ashgabat"


def test_a_city_named_as_a_topic_is_not_the_place_of_a_call():
    facts = extract_article(article("Shavkat Mirziyoyev held a phone call with Sadyr Japarov on Tuesday. "
                                    "Tashkent hosts the next round, the leaders agreed."))
    (meeting,) = held(facts)
    assert meeting["meeting_format"] == "phone_call" and meeting["city"] is None


def test_a_known_residence_places_the_talks_in_its_city():
    facts = extract_article(article("Sadyr Japarov and Kassym-Jomart Tokayev held talks at the Yntymak Ordo "
                                    "residence on Tuesday."))
    (meeting,) = held(facts)
    assert meeting["city"] == "Bishkek"


def test_a_resort_town_in_its_case_forms_places_the_meeting_ru():
    facts = extract_article(article("Касым-Жомарт Токаев и Шавкат Мирзиёев провели переговоры в Бурабае.",
                                    lang="ru", title="Переговоры"))
    (meeting,) = held(facts)
    assert meeting["city"] == "Burabay"


def test_a_commission_that_held_its_numbered_meeting_is_an_intergovernmental_commission():
    facts = extract_article(article("The Kyrgyz-Turkmen Intergovernmental Commission on Trade held its 9th meeting "
                                    "in Ashgabat on Tuesday, co-chaired by Kyrgyz Deputy Prime Minister Erlan Sydykov "
                                    "and Turkmen Deputy Prime Minister Batyr Amanov."))
    (meeting,) = held(facts)
    assert (meeting["meeting_format"], meeting["session_ordinal"], meeting["city"]) == \
        ("intergovernmental_commission", 9, "Ashgabat")


def test_a_commission_whose_pair_adjective_follows_its_type_is_still_a_commission_ru():
    facts = extract_article(article("В Душанбе состоялось седьмое заседание межправительственной "
                                    "таджикско-туркменской комиссии под председательством вице-премьеров двух стран. "
                                    "Эмомали Рахмон принял туркменскую делегацию во главе с Сердаром Бердымухамедовым.",
                                    lang="ru", title="Комиссия"))
    meeting = held(facts)[0]
    assert (meeting["meeting_format"], meeting["session_ordinal"]) == ("intergovernmental_commission", 7)


def test_leaders_who_spoke_over_the_phone_held_a_phone_call():
    facts = extract_article(article("Serdar Berdimuhamedov and Ilham Aliyev spoke over the phone on Monday."))
    (meeting,) = held(facts)
    assert meeting["meeting_format"] == "phone_call"


def test_a_call_that_discussed_preparing_a_summit_is_held_not_planned_ru():
    facts = extract_article(article("Садыр Жапаров и Эмомали Рахмон созвонились и обсудили подготовку к саммиту.",
                                    lang="ru", title="Звонок"))
    (meeting,) = held(facts)
    assert meeting["meeting_format"] == "phone_call" and meeting["city"] is None


def test_a_bilateral_economic_forum_is_a_business_forum():
    facts = extract_article(article("The Tajik-Uzbek Economic Forum opened in Khujand on Tuesday with Prime Ministers "
                                    "Kokhir Rasulzoda and Abdulla Aripov."))
    (meeting,) = held(facts)
    assert (meeting["meeting_format"], meeting["city"]) == ("business_forum", "Khujand")


def test_a_council_of_foreign_ministers_is_a_ministers_meeting():
    facts = extract_article(article("The CIS Council of Foreign Ministers met in Minsk on Tuesday, with "
                                    "Sergey Lavrov and Bakhtiyor Saidov among the participants."))
    meeting = held(facts)[0]
    assert meeting["meeting_format"] == "other" and meeting["city"] == "Minsk"


def test_talks_held_in_an_online_format_have_no_city():
    facts = extract_article(article("In Tashkent, Shavkat Mirziyoyev held talks in an online format with "
                                    "German Chancellor Olaf Scholz."))
    (meeting,) = held(facts)
    assert meeting["meeting_format"] == "talks" and meeting["city"] is None


def test_a_seed_official_written_with_another_spelling_of_his_first_name_is_the_seed_person_ru():
    facts = extract_article(article("Вице-премьер Узбекистана Жамшид Ходжаев встретился с вице-премьером "
                                    "Кыргызстана Эдилем Байсаловым.", lang="ru", title="Встреча"))
    (meeting,) = held(facts)
    assert people_of(facts, meeting) == {"Jamshid Khodjaev", "Edil Baisalov"}


def test_a_namesake_with_another_first_name_stays_someone_else_ru():
    facts = extract_article(article("Вице-премьер Узбекистана Бахром Ходжаев встретился с вице-премьером "
                                    "Кыргызстана Эдилем Байсаловым.", lang="ru", title="Встреча"))
    (meeting,) = held(facts)
    assert "Jamshid Khodjaev" not in people_of(facts, meeting)


def test_a_council_of_heads_of_government_is_a_summit():
    facts = extract_article(article("The CIS Council of Heads of Government met in Minsk on Tuesday with "
                                    "Mikhail Mishustin, Olzhas Bektenov and Abdulla Aripov."))
    meeting = held(facts)[0]
    assert meeting["meeting_format"] == "summit" and meeting["city"] == "Minsk"


def test_a_chinese_leader_named_later_by_his_surname_alone_takes_part():
    facts = extract_article(article("Chinese Vice Premier Ding Xuexiang arrived in Astana on Monday. "
                                    "On Tuesday, Ding met with Kazakh Prime Minister Olzhas Bektenov."))
    meeting = held(facts)[0]
    assert {"Ding Xuexiang", "Olzhas Bektenov"} <= people_of(facts, meeting)
    assert meeting["country_codes"] == ["CN", "KZ"]


def test_he_at_the_start_of_a_sentence_is_no_chinese_surname():
    facts = extract_article(article("Chinese Vice Premier He Lifeng met with Uzbek Deputy Prime Minister Jamshid "
                                    "Khodjaev in Tashkent on Tuesday. He said trade grew. Later, Sadyr Japarov "
                                    "held a phone call with Kassym-Jomart Tokayev."))
    first = held(facts)[0]
    assert people_of(facts, first) >= {"He Lifeng", "Jamshid Khodjaev"}
    assert all(m["meeting_format"] != "phone_call" or "He Lifeng" not in people_of(facts, m) for m in held(facts))


def test_talks_the_day_after_the_arrival_are_the_visit_itself():
    facts = extract_article(article("Kyrgyz President Sadyr Japarov arrived in Tashkent on Monday evening on a state "
                                    "visit. On Tuesday, Shavkat Mirziyoyev and Sadyr Japarov held talks."))
    (meeting,) = held(facts)
    assert (meeting["meeting_format"], meeting["meeting_date"], meeting["city"]) == \
        ("state_visit", dt.date(2025, 4, 8), "Tashkent")


def test_an_officials_meeting_and_a_commission_a_week_earlier_stay_two_meetings_ru():
    facts = extract_article(article(
        "Сегодня министр энергетики Таджикистана Далер Джума встретился с послом Республики Казахстан в "
        "Республике Таджикистан Ерланом Каримовым. Стороны обсудили итоги заседания межправительственной "
        "комиссии, которое состоялось 2 апреля в Душанбе под председательством вице-премьера Казахстана "
        "Серика Жумангарина и вице-премьера Таджикистана Сулаймона Ашурзода.", lang="ru", title="Встреча"))
    assert len(held(facts)) == 2
    assert {"Yerlan Karimov", "Daler Juma"} <= people_of(facts, held(facts)[0])
    assert held(facts)[0]["country_codes"] == ["KZ", "TJ"]


def test_a_seed_leader_whose_first_name_russian_spells_two_ways_is_found_in_any_case_ru():
    facts = extract_article(article("Касым-Жомарт Токаев провел переговоры с Президентом Франции Эммануэлем "
                                    "Макроном в Париже.", lang="ru", title="Переговоры"))
    (meeting,) = held(facts)
    assert people_of(facts, meeting) == {"Kassym-Jomart Tokayev", "Emmanuel Macron"}


def test_a_headline_in_the_present_tense_places_the_meeting_before_a_city_named_in_passing():
    facts = extract_article(article("President Kassym-Jomart Tokayev received EBRD President Odile Renaud-Basso. "
                                    "The sides discussed opening a regional office in Almaty.",
                                    title="Tokayev receives EBRD head in Astana"))
    (meeting,) = held(facts)
    assert meeting["city"] == "Astana"


def test_the_country_capital_of_a_visit_is_its_place_ru():
    facts = extract_article(article("Президент Кыргызстана Садыр Жапаров прибыл в Таджикистан с официальным визитом. "
                                    "В столице страны его встретил Эмомали Рахмон.", lang="ru", title="Визит"))
    (meeting,) = held(facts)
    assert (meeting["meeting_format"], meeting["city"]) == ("official_visit", "Dushanbe")


def test_discussing_the_results_of_an_earlier_summit_reports_no_summit_ru():
    facts = extract_article(article("Шавкат Мирзиёев и Владимир Путин встретились в Москве. Стороны обсудили "
                                    "итоги саммита ШОС в Астане.", lang="ru", title="Встреча"))
    assert [(m["meeting_format"], m["city"]) for m in held(facts)] == [("talks", "Moscow")]


def test_an_airport_named_after_a_leader_places_the_arrival_and_is_no_participant():
    facts = extract_article(article("Uzbek President Shavkat Mirziyoyev arrived at Heydar Aliyev International "
                                    "Airport on a state visit to Azerbaijan, where Ilham Aliyev met him."))
    (meeting,) = held(facts)
    assert meeting["city"] == "Baku"
    assert people_of(facts, meeting) == {"Shavkat Mirziyoyev", "Ilham Aliyev"}


def test_an_arrival_whose_programme_is_planned_is_still_the_visit_ru():
    facts = extract_article(article("Эмомали Рахмон прибыл в Ашхабад с государственным визитом, в ходе которого "
                                    "планируется подписать ряд документов. В аэропорту его встретил Сердар "
                                    "Бердымухамедов.", lang="ru", title="Визит"))
    (meeting,) = held(facts)
    assert (meeting["meeting_format"], meeting["city"], meeting["country_codes"]) == \
        ("state_visit", "Ashgabat", ["TJ", "TM"])


def test_a_joint_commission_on_cooperation_is_an_intergovernmental_commission_ru():
    facts = extract_article(article("В Баку прошло пятое заседание азербайджано-туркменской совместной комиссии по "
                                    "торговле под председательством Шахина Мустафаева и Рашида Мередова.",
                                    lang="ru", title="Комиссия"))
    (meeting,) = held(facts)
    assert (meeting["meeting_format"], meeting["session_ordinal"]) == ("intergovernmental_commission", 5)


def test_a_trilateral_meeting_of_presidents_is_a_summit_ru():
    facts = extract_article(article("В Душанбе прошла трехсторонняя встреча президентов Таджикистана, Кыргызстана и "
                                    "Узбекистана Эмомали Рахмона, Садыра Жапарова и Шавката Мирзиёева.",
                                    lang="ru", title="Встреча"))
    (meeting,) = held(facts)
    assert (meeting["meeting_format"], meeting["city"]) == ("summit", "Dushanbe")
    assert meeting["country_codes"] == ["KG", "TJ", "UZ"]


def test_a_dated_forum_recalled_in_a_report_of_an_undated_visit_is_a_meeting_of_its_own_day():
    facts = extract_article(article(
        "Kazakh President Kassym-Jomart Tokayev, who arrived in Bishkek on an official visit, held talks with "
        "Sadyr Japarov. The leaders noted that the results of the 9th meeting of the intergovernmental council "
        "on March 2, as well as the Kazakh-Kyrgyz Economic Forum in Bishkek on April 8, will strengthen ties."))
    got = [(m["meeting_format"], m["meeting_date"], m["session_ordinal"]) for m in held(facts)]
    assert got == [("official_visit", dt.date(2025, 4, 9), None), ("business_forum", dt.date(2025, 4, 8), None)]


@pytest.mark.parametrize("body, lang, day, city", [
    ("Turkmen President Serdar Berdimuhamedov arrived in Baku on Monday evening. On Tuesday, he held talks with "
     "President Ilham Aliyev.", "en", dt.date(2025, 4, 8), "Baku"),
    ("Премьер-министр Кыргызстана Адылбек Касымалиев в понедельник прибыл в Душанбе. Во вторник он встретился "
     "с Эмомали Рахмоном.", "ru", dt.date(2025, 4, 8), "Dushanbe"),
])
def test_the_host_a_guest_met_the_day_after_arriving_in_his_country_is_the_visit_itself(body, lang, day, city):
    facts = extract_article(article(body, lang=lang))
    (meeting,) = held(facts)
    assert (meeting["meeting_date"], meeting["city"]) == (day, city)
    assert len(people_of(facts, meeting)) == 2


CSTO_SUMMIT = ("President Kassym-Jomart Tokayev took part in the CSTO Collective Security Council summit in Minsk "
               "on Tuesday.\n\nOn the sidelines of the summit, Tokayev met with Russian President Vladimir Putin.\n\n"
               "Tokayev also held a brief conversation with Kyrgyz President Sadyr Japarov, discussing border issues.\n\n"
               "Earlier in the day, Belarusian President Alexander Lukashenko welcomed the heads of delegations at "
               "the Palace of Independence.")


def test_a_third_countrys_leader_welcoming_the_delegations_speaks_of_the_summit_not_of_two_others_talks():
    meetings = held(extract_article(article(CSTO_SUMMIT, title="CSTO summit")))
    assert [(m["meeting_format"], sorted(m["country_codes"]), m["city"]) for m in meetings] == [
        ("summit", ["AM", "BY", "KG", "KZ", "RU", "TJ"], "Minsk"),
        ("talks", ["KZ", "RU"], "Minsk"),
        ("talks", ["KG", "KZ"], "Minsk"),
    ]


@pytest.mark.parametrize("text, city", [
    ("Belarusian President Alexander Lukashenko received Kazakh Foreign Minister Murat Nurtleu at the Palace of "
     "Independence on Tuesday.", "Minsk"),
    ("Alexander Lukashenko held talks with the Chinese Foreign Minister Wang Yi at the Palace of Independence on "
     "Tuesday.", "Minsk"),
    ("Kassym-Jomart Tokayev held talks with Chinese Foreign Minister Wang Yi at the Palace of Independence on "
     "Tuesday.", "Astana"),
])
def test_a_palace_two_capitals_share_places_the_talks_by_whose_people_are_there(text, city):
    meetings = held(extract_article(article(text, title="Talks")))
    assert [m["city"] for m in meetings] == [city]


@pytest.mark.parametrize("sideline", [
    "On the sidelines of the summit, Xi held talks with Kazakh President Kassym-Jomart Tokayev and Uzbek President "
    "Shavkat Mirziyoyev.",
    "На полях саммита Си Цзиньпин провел переговоры с президентом Казахстана Касым-Жомартом Токаевым и президентом "
    "Узбекистана Шавкатом Мирзиёевым.",
])
def test_a_leader_meeting_two_counterparts_on_a_summits_sidelines_holds_talks_with_each(sideline):
    summit = ("Chinese President Xi Jinping and the leaders of Kazakhstan, Kyrgyzstan, Tajikistan, Turkmenistan and "
              "Uzbekistan held the second China-Central Asia Summit in Astana on Tuesday." if sideline.startswith("On")
              else "Председатель КНР Си Цзиньпин и лидеры Казахстана, Кыргызстана, Таджикистана, Туркменистана и "
                   "Узбекистана провели второй саммит Китай — Центральная Азия в Астане во вторник.")
    meetings = held(extract_article(article(summit + "\n\n" + sideline, lang="en" if sideline.startswith("On") else "ru",
                                            title="Summit")))
    assert [(m["meeting_format"], sorted(m["country_codes"])) for m in meetings][1:] == [
        ("talks", ["CN", "KZ"]), ("talks", ["CN", "UZ"])]
