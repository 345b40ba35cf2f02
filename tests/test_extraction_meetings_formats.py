"""Multilateral formats: a meeting of a format represents its member states of the day (seeds shared with dbt)."""
import csv
import datetime as dt
from functools import partial

import pytest

from extraction import extract_article, lexicon
from extraction.meetings import find_formats, members_of
from extraction.text import split_dateline
from tests import helpers
from tests.helpers import held

# Format tests read Russian wire copy.
article = partial(helpers.article, lang="ru", title="Новости")


def seed_members(format_key: str, day: dt.date) -> set[str]:
    """Read format_members.csv directly, as dbt loads it, independently of the extractor's reader."""
    path = lexicon.SEED_DIR / "format_members.csv"
    with path.open(encoding="utf-8", newline="") as handle:
        return {r["country_code"] for r in csv.DictReader(handle)
                if r["format_key"] == format_key and r["membership"] == "member"
                and (not r["joined_on"] or dt.date.fromisoformat(r["joined_on"]) <= day)
                and (not r["left_on"] or day < dt.date.fromisoformat(r["left_on"]))}


@pytest.mark.parametrize("format_key", [r["format_key"] for r in lexicon.multilateral_formats()])
def test_the_extractor_takes_every_format_membership_from_the_seed(format_key):
    day = dt.date(2025, 3, 11)
    assert members_of(format_key, day) == seed_members(format_key, day)
    assert len(members_of(format_key, day)) >= 2


def test_every_format_in_the_members_seed_is_a_known_format_with_a_member():
    keys = {r["format_key"] for r in lexicon.multilateral_formats()}
    assert {r["format_key"] for r in lexicon.format_members()} == keys


def test_membership_follows_the_day_of_the_meeting():
    assert "IN" not in members_of("sco", dt.date(2016, 6, 24))
    assert {"IN", "PK"} <= members_of("sco", dt.date(2017, 6, 9))
    assert "IR" not in members_of("sco", dt.date(2022, 9, 16)) and "IR" in members_of("sco", dt.date(2023, 7, 4))
    assert "BY" in members_of("sco", dt.date(2024, 7, 4)) and "TM" not in members_of("sco", dt.date(2025, 1, 1))
    assert "UZ" not in members_of("eaeu", dt.date(2025, 1, 1))  # an observer only
    assert "TM" not in members_of("ots", dt.date(2025, 1, 1))  # an observer only
    assert "UZ" in members_of("ots", dt.date(2024, 11, 6)) and "UZ" not in members_of("ots", dt.date(2018, 9, 3))


@pytest.mark.parametrize("text, key", [
    ("саммит «центральная азия – китай» в астане", "cn_c5"),
    ("второй саммит китай — центральная азия", "cn_c5"),
    ("the eu–central asia summit opened", "eu_c5"),
    ("встреча министров иностранных дел «центральная азия + япония»", "jp_c5"),
    ("заседание совета глав государств снг", "cis"),
    ("a c5+1 ministerial in new york", "c5"),
    ("the turkic council summit", "ots"),
])
def test_a_format_is_recognised_by_its_names_in_either_order(text, key):
    assert find_formats(text)[0] == key


def test_a_word_starting_like_an_acronym_names_no_format():
    assert find_formats("новое шоссе и есть центральной азии") == []


def test_an_sco_summit_counts_members_not_named_and_a_guest_the_text_names():
    facts = extract_article(article(
        "11 марта в Бишкеке прошел саммит ШОС. В нем приняли участие лидеры Туркменистана и Монголии, "
        "а также Садыр Жапаров и Си Цзиньпин."))
    summit = held(facts)[0]
    assert summit["meeting_format"] == "summit"
    assert set(summit["country_codes"]) == seed_members("sco", dt.date(2025, 3, 11)) | {"TM", "MN"}


def test_a_ministers_meeting_of_china_and_central_asia_represents_all_six_states():
    facts = extract_article(article(
        "10 марта в Ашхабаде состоялась встреча министров иностранных дел формата «Китай – Центральная Азия». "
        "Во встрече приняли участие Ван И и Рашид Мередов."))
    meeting = held(facts)[0]
    assert meeting["meeting_format"] == "other"
    assert meeting["country_codes"] == ["CN", "KG", "KZ", "TJ", "TM", "UZ"]


def test_talks_paired_in_one_sentence_after_bilateral_meetings_are_two_sideline_meetings():
    facts = extract_article(article(
        "В Душанбе 11 марта прошел саммит СНГ.\n\n"
        "Утром прошли двусторонние встречи. Эмомали Рахмон пообщался с Сердаром Бердымухамедовым, "
        "Владимир Путин побеседовал с Шавкатом Мирзиёевым."))
    pairs = sorted(m["country_codes"] for m in held(facts) if m["meeting_format"] == "talks")
    assert pairs == [["RU", "UZ"], ["TJ", "TM"]]
    assert all(m["city"] == "Dushanbe" for m in held(facts))


def test_a_year_after_since_does_not_make_the_summit_a_recollection():
    facts = extract_article(article(
        "The Turkic Council summit opened in Baku on Tuesday, for the first time since the crisis of 2020, "
        "with Ilham Aliyev and Recep Tayyip Erdoğan.", lang="en", title="Summit in Baku"))
    summit = held(facts)[0]
    assert summit["meeting_format"] == "summit" and {"AZ", "KZ", "KG", "TR", "UZ"} <= set(summit["country_codes"])


def test_the_upcoming_summit_of_a_report_written_ahead_is_the_held_summit_not_a_plan():
    facts = extract_article(article(
        "The SCO summit opened in Astana on Tuesday with Kassym-Jomart Tokayev and Xi Jinping.\n\n"
        "Much attention has been paid to the upcoming Astana summit of the SCO.", lang="en", title="SCO"))
    assert [m["meeting_format"] for m in facts["meetings"]] == ["summit"]


def test_an_agency_dateline_in_lower_case_with_its_agency_between_slashes_is_cut():
    dateline, rest = split_dateline("Алматы, 11 марта /Синьхуа/ -- В Алматы в субботу состоялась встреча.")
    assert dateline is not None and dateline.city == "Almaty" and rest.startswith("В Алматы")
    assert split_dateline("Президент - это должность.") == (None, "Президент - это должность.")


def test_a_city_after_an_abbreviated_town_word_or_an_adjective_before_city_of_is_the_meeting_place():
    ru = extract_article(article("Завершился рабочий визит Садыра Жапарова в г. Худжанд, где он провел переговоры "
                                 "с Эмомали Рахмоном."))
    en = extract_article(article("The summit of Sadyr Japarov and Emomali Rahmon was hosted in the ancient city "
                                 "of Khujand.", lang="en", title="Summit"))
    assert held(ru)[0]["city"] == "Khujand" and held(en)[0]["city"] == "Khujand"


def test_a_business_council_meeting_day_before_and_its_ordinal_named_by_the_head_noun():
    facts = extract_article(article(
        "Shavkat Mirziyoyev and Ilham Aliyev held talks in Baku on Tuesday.\n\n"
        "The presidents welcomed the results of the business forum held the day earlier.", lang="en", title="Talks"))
    forum = [m for m in held(facts) if m["meeting_format"] == "business_forum"]
    assert len(forum) == 1 and forum[0]["meeting_date"] == dt.date(2025, 3, 10)
    council = extract_article(article(
        "Agreements worth $12 billion were signed during a meeting of the Azerbaijani-Uzbek Business Council "
        "in Baku on Tuesday.\n\nSpeaking at the council's 3rd meeting, Ilham Aliyev and Shavkat Mirziyoyev "
        "praised the companies.", lang="en", title="Council"))
    assert [(m["meeting_format"], m["session_ordinal"]) for m in held(council)] == [("business_forum", 3)]


def test_an_agency_in_brackets_before_the_dash_still_marks_a_dateline():
    dateline, rest = split_dateline("SAMARKAND, March 12 (Xinhua) -- The president received the envoy.")
    assert dateline is not None and dateline.city == "Samarkand" and rest.startswith("The president")
    dateline, _ = split_dateline("BISHKEK (AKIpress) - The minister met the ambassador.")
    assert dateline is not None and dateline.city == "Bishkek"
    facts = extract_article(helpers.article("DUSHANBE, March 12 (Sputnik) - President Emomali Rahmon received "
                                            "Russian Foreign Minister Sergey Lavrov on Wednesday."))
    assert held(facts)[0]["city"] == "Dushanbe"


@pytest.mark.parametrize("paragraph, city", [
    ("Tashkent, December 3 (UzDaily) -- President Shavkat Mirziyoyev received the delegation.", "Tashkent"),
    ("Бишкек, 20 мая — Kabar. Садыр Жапаров принял посла.", "Bishkek"),
    ("Astana, Oct. 14 (Xinhua) -- The sides met.", "Astana"),
    ("ASTANA, Oct. 14 (Xinhua) -- The sides met.", "Astana"),
])
def test_a_dateline_in_lower_case_with_a_date_and_its_agency_is_cut_whole(paragraph, city):
    dateline, rest = split_dateline(paragraph)
    assert dateline is not None and dateline.city == city and rest[0].isupper()


@pytest.mark.parametrize("paragraph", [
    "Бишкек, 20 мая — важная дата для страны.",
    "Ташкент, 5 мая — столица встречает гостей.",
])
def test_a_sentence_opening_on_a_city_and_a_date_without_an_agency_is_no_dateline(paragraph):
    assert split_dateline(paragraph) == (None, paragraph)


def test_a_lower_case_dateline_places_the_talks_its_countrys_leader_hosts():
    facts = extract_article(helpers.article("Tashkent, December 3 (UzDaily) -- President Shavkat Mirziyoyev received "
                                            "Saudi Energy Minister Prince Abdulaziz bin Salman on Wednesday."))
    assert held(facts)[0]["city"] == "Tashkent"


@pytest.mark.parametrize("paragraph, city", [
    ("Душанбе, 22 августа — Азия-Плюс. Эмомали Рахмон и Касым-Жомарт Токаев в рамках государственного визита "
     "казахстанского лидера приняли участие в открытии завода.", "Dushanbe"),
    ("DUSHANBE, March 12 (Asia-Plus) - During the Kazakh leader's state visit, Emomali Rahmon and Kassym-Jomart "
     "Tokayev opened a plant.", "Dushanbe"),
    ("ASTANA, March 12 (Kazinform) - During the Kazakh leader's state visit, Emomali Rahmon and Kassym-Jomart "
     "Tokayev opened a plant.", None),
])
def test_a_dateline_in_the_country_that_is_not_the_guests_places_the_visit(paragraph, city):
    facts = extract_article(helpers.article(paragraph, lang="ru" if "Душанбе" in paragraph else "en"))
    assert [m["city"] for m in held(facts)] == [city]


@pytest.mark.parametrize("place, city", [
    ("in the Kyrgyz town of Jalal-Abad", "Jalal-Abad"),
    ("in the resort town of Cholpon-Ata", "Cholpon-Ata"),
])
def test_a_town_after_town_of_is_the_meeting_place(place, city):
    facts = extract_article(helpers.article(f"Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev held "
                                            f"talks {place} on Friday.", title="Talks"))
    assert [m["city"] for m in held(facts)] == [city]


def test_a_summit_of_two_leaders_with_no_multilateral_format_named_is_their_talks():
    en = extract_article(helpers.article("Chinese President Xi Jinping and Russian President Vladimir Putin held a "
                                         "summit in Beijing on Wednesday."))
    assert [m["meeting_format"] for m in held(en)] == ["talks"]
    sco = extract_article(helpers.article("The SCO summit opened in Astana on Wednesday, attended by "
                                          "Kassym-Jomart Tokayev and Vladimir Putin."))
    assert [m["meeting_format"] for m in held(sco)] == ["summit"]


def test_a_ministers_meeting_of_two_countries_is_their_talks_and_of_several_is_other():
    two = extract_article(article("В Ташкенте состоялась встреча министров иностранных дел Узбекистана и "
                                  "Казахстана Бахтиёра Саидова и Мурата Нуртлеу."))
    assert [m["meeting_format"] for m in held(two)] == ["talks"]
    five = extract_article(article("В Астане прошла встреча министров иностранных дел Казахстана, Кыргызстана, "
                                   "Таджикистана, Туркменистана и Узбекистана."))
    assert [m["meeting_format"] for m in held(five)] == ["other"]


def test_presidents_of_several_countries_who_held_a_meeting_held_a_summit():
    facts = extract_article(article("Президенты Казахстана, Кыргызстана, Таджикистана, Туркменистана и "
                                    "Узбекистана провели встречу в Астане."))
    assert [m["meeting_format"] for m in held(facts)] == ["summit"]
    two = extract_article(article("Президенты Казахстана и Узбекистана провели встречу в Астане."))
    assert [m["meeting_format"] for m in held(two)] == ["talks"]


def test_an_event_the_talks_come_ahead_of_is_not_their_format():
    facts = extract_article(helpers.article("On the eve of the Central Asia summit, Kassym-Jomart Tokayev held talks "
                                            "with Shavkat Mirziyoyev in Astana on Wednesday."))
    assert [m["meeting_format"] for m in held(facts)] == ["talks"]


def test_a_session_the_leaders_agree_to_convene_is_no_format_of_their_talks():
    facts = extract_article(helpers.article("Emomali Rahmon and Shavkat Mirziyoyev met in Dushanbe on Wednesday. The "
                                            "leaders agreed to convene the next meeting of the intergovernmental "
                                            "commission in the autumn."))
    assert [m["meeting_format"] for m in held(facts)] == ["talks"]


def test_a_guest_who_arrived_to_attend_a_council_is_there_and_is_received():
    facts = extract_article(helpers.article("Kassym-Jomart Tokayev received Russian Foreign Minister Sergey Lavrov, "
                                            "who arrived in Astana to attend the forum, on Wednesday."))
    assert [sorted(m["country_codes"]) for m in held(facts)] == [["KZ", "RU"]]


def test_leaders_of_three_countries_meeting_with_no_format_named_hold_a_summit():
    ru = extract_article(article("В Ташкенте состоялась встреча Шавката Мирзиёева, Касым-Жомарта Токаева и "
                                 "Садыра Жапарова."))
    en = extract_article(helpers.article("Kassym-Jomart Tokayev, Shavkat Mirziyoyev and Ilham Aliyev met in Astana "
                                         "on Wednesday to discuss the Middle Corridor."))
    assert [m["meeting_format"] for m in held(ru)] == ["summit"]
    assert [m["meeting_format"] for m in held(en)] == ["summit"]
    two = extract_article(helpers.article("Kassym-Jomart Tokayev and Shavkat Mirziyoyev met in Astana on Wednesday."))
    assert [m["meeting_format"] for m in held(two)] == ["talks"]


@pytest.mark.parametrize(("text", "lang", "city"), [
    ("Frank-Walter Steinmeier received Shavkat Mirziyoyev at Bellevue Palace on Wednesday.", "en", "Berlin"),
    ("Narendra Modi met Uzbek Foreign Minister Bakhtiyor Saidov at Hyderabad House on Wednesday.", "en", "New Delhi"),
    ("Шавкат Мирзиёев провел переговоры с Эмиром Катара во дворце Амири Диван.", "ru", "Doha"),
    ("Эмомали Рахмон провел переговоры с президентом Ирана во дворце Саадабад.", "ru", "Tehran"),
])
def test_a_known_venue_after_its_kind_word_places_the_meeting_in_its_city(text, lang, city):
    facts = extract_article(helpers.article(text, lang=lang))
    assert [m["city"] for m in held(facts)] == [city]


def test_a_host_verb_right_before_a_name_reports_a_reception_but_not_before_a_law():
    facts = extract_article(article("Франк-Вальтер Штайнмайер принял Садыра Жапарова во дворце Бельвю."))
    assert [(m["meeting_format"], sorted(m["country_codes"])) for m in held(facts)] == [("talks", ["DE", "KG"])]
    law = extract_article(article("Парламент Узбекистана принял закон, который подписал Шавкат Мирзиёев."))
    assert held(law) == []


def test_a_session_the_guest_is_in_town_for_is_not_the_format_of_his_reception():
    facts = extract_article(helpers.article("Kassym-Jomart Tokayev received Kyrgyz Cabinet Chairman Adylbek "
                                            "Kasymaliev, who is in Astana for the intergovernmental council meeting, "
                                            "on Wednesday."))
    assert [m["meeting_format"] for m in held(facts)] == ["talks"]
    lavrov = extract_article(helpers.article("Kassym-Jomart Tokayev received Russian Foreign Minister Sergey Lavrov, "
                                             "who arrived in Astana to attend a meeting of the CIS Council of Foreign "
                                             "Ministers, on Wednesday."))
    assert [m["meeting_format"] for m in held(lavrov)] == ["talks"]
    visit = extract_article(helpers.article("Adylbek Kasymaliev arrived in Astana for an official visit on Wednesday "
                                            "and met Kassym-Jomart Tokayev."))
    assert [m["meeting_format"] for m in held(visit)] == ["official_visit"]


@pytest.mark.parametrize(("place", "city"), [
    ("в Ашгабате", "Ashgabat"), ("в Ханое", "Hanoi"), ("в северной столице", "Saint Petersburg"),
    ("в Габале", "Gabala"),
])
def test_a_city_in_another_spelling_or_by_its_byname_places_the_meeting(place, city):
    facts = extract_article(article(f"Шавкат Мирзиёев провел переговоры с Касым-Жомартом Токаевым {place}."))
    assert [m["city"] for m in held(facts)] == [city]


def test_one_co_chair_of_a_commission_meeting_someone_holds_talks_both_co_chairs_meeting_hold_the_commission():
    one = extract_article(helpers.article("Shahin Mustafayev, co-chair of the Azerbaijan-Uzbekistan intergovernmental "
                                          "commission, met with Jamshid Khodjaev in Baku on Wednesday."))
    both = extract_article(helpers.article("The co-chairs of the Uzbek-Kazakh intergovernmental commission, Jamshid "
                                           "Khodjaev and Serik Zhumangarin, held a meeting in Tashkent on Wednesday."))
    assert [m["meeting_format"] for m in held(one)] == ["talks"]
    assert [m["meeting_format"] for m in held(both)] == ["intergovernmental_commission"]
    chaired = extract_article(helpers.article("Jamshid Khodjaev and Serik Zhumangarin co-chaired the intergovernmental "
                                              "commission meeting in Tashkent on Wednesday."))
    assert [m["meeting_format"] for m in held(chaired)] == ["intergovernmental_commission"]


def test_talks_ahead_of_a_hyphen_named_ministers_meeting_are_talks_not_that_meeting():
    body = ("Kazakh Foreign Minister Murat Nurtleu held talks with Chinese Foreign Minister Wang Yi ahead of the "
            "Central Asia-China foreign ministers' meeting.")
    meetings = held(extract_article(helpers.article(body)))
    assert [(m["meeting_format"], m["country_codes"]) for m in meetings] == [("talks", ["CN", "KZ"])]


@pytest.mark.parametrize("body, lang", [
    ("Kazakh President Kassym-Jomart Tokayev had a conversation with Turkish President Recep Tayyip Erdogan.", "en"),
    ("Uzbek President Shavkat Mirziyoyev sat down with Azerbaijani President Ilham Aliyev.", "en"),
    ("Kazakh Foreign Minister Murat Nurtleu conferred with his Chinese counterpart Wang Yi.", "en"),
    ("Tajik President Emomali Rahmon exchanged views with Uzbek President Shavkat Mirziyoyev.", "en"),
    ("Kassym-Jomart Tokayev held negotiations with Shavkat Mirziyoyev.", "en"),
    ("Эмомали Рахмон и Шавкат Мирзиёев обменялись мнениями о региональной безопасности.", "ru"),
])
def test_a_conversation_or_an_exchange_of_views_between_two_countries_officials_is_talks(body, lang):
    meetings = held(extract_article(helpers.article(body, lang=lang)))
    assert [m["meeting_format"] for m in meetings] == ["talks"]


@pytest.mark.parametrize("body, lang, ordinal", [
    ("The Supreme Interstate Council held its third meeting in Astana with Kassym-Jomart Tokayev and "
     "Shavkat Mirziyoyev.", "en", 3),
    ("The meeting of the Supreme Interstate Council, the second such meeting, took place in Astana with "
     "Kassym-Jomart Tokayev and Shavkat Mirziyoyev.", "en", 2),
    ("Заседание Высшего межгосударственного совета, второе по счету, прошло в Ташкенте с участием Шавката "
     "Мирзиёева и Касым-Жомарта Токаева.", "ru", 2),
    ("Шавкат Мирзиёев и Касым-Жомарт Токаев провели заседание Высшего межгосударственного совета, ставшее уже "
     "третьим по счету.", "ru", 3),
])
def test_an_ordinal_said_after_the_council_is_named_is_its_session_number(body, lang, ordinal):
    meetings = held(extract_article(helpers.article(body, lang=lang)))
    assert [m["session_ordinal"] for m in meetings] == [ordinal]


@pytest.mark.parametrize("body", [
    "Kazakh Deputy Prime Minister Serik Zhumangarin, co-chairman of the Kazakh-Uzbek intergovernmental commission, "
    "held a meeting with Uzbek Prime Minister Abdulla Aripov.",
    "Kazakh Deputy Prime Minister Serik Zhumangarin, chairman of the Kazakh part of the intergovernmental "
    "commission, held a meeting with Uzbek Prime Minister Abdulla Aripov.",
])
def test_one_co_chairman_or_the_chairman_of_one_side_of_a_commission_meeting_someone_holds_talks(body):
    assert [m["meeting_format"] for m in held(extract_article(helpers.article(body)))] == ["talks"]


@pytest.mark.parametrize("second", [
    "Стороны отметили итоги саммита ШОС.",
    "Стороны обменялись мнениями по повестке саммита СНГ.",
    "Токаев поддержал инициативы, озвученные Мирзиёевым на саммите ОТГ.",
])
def test_another_summit_s_results_agenda_or_initiatives_leave_the_talks_talks(second):
    body = "Касым-Жомарт Токаев провел переговоры с Шавкатом Мирзиёевым. " + second
    assert [m["meeting_format"] for m in held(extract_article(helpers.article(body, lang="ru")))] == ["talks"]


@pytest.mark.parametrize("body, lang", [
    ("Kyrgyz Prime Minister Adylbek Kasymaliev received Tajik Deputy Prime Minister Sulaymon Ashurzoda. Earlier "
     "this week, the 12th meeting of the Kyrgyz-Tajik intergovernmental commission was held in Bishkek.", "en"),
    ("Председатель Кабинета министров Кыргызстана Адылбек Касымалиев принял вице-премьера Таджикистана Сулаймона "
     "Ашурзода. Ранее на этой неделе в Бишкеке прошло 12-е заседание кыргызско-таджикской межправительственной "
     "комиссии.", "ru"),
])
def test_a_session_recalled_as_earlier_with_no_one_named_leaves_the_reception_talks(body, lang):
    assert [m["meeting_format"] for m in held(extract_article(helpers.article(body, lang=lang)))] == ["talks"]


@pytest.mark.parametrize("body", [
    "Во время пребывания в Ашхабаде министр иностранных дел Казахстана Мурат Нуртлеу был принят Сердаром "
    "Бердымухамедовым.",
    "Делегация Кыргызстана во главе с Жээнбеком Кулубаевым была принята Президентом Туркменистана Сердаром "
    "Бердымухамедовым.",
])
def test_a_guest_received_in_the_passive_is_a_meeting_ru(body):
    (meeting,) = held(extract_article(article(body)))
    assert meeting["meeting_format"] == "talks" and "TM" in meeting["country_codes"]


def test_a_law_adopted_in_the_passive_is_no_reception_ru():
    body = "Закон был принят парламентом Туркменистана, сообщил Мурат Нуртлеу."
    assert held(extract_article(article(body))) == []


def test_wishing_a_summit_success_does_not_report_that_summit_ru():
    body = "Садыр Жапаров поздравил Эмомали Рахмона с председательством в ОДКБ и пожелал успешного проведения саммита."
    assert [m["meeting_format"] for m in held(extract_article(article(body)))] != ["summit"]


def test_results_said_to_be_discussed_in_the_passive_leave_the_talks_talks_ru():
    body = ("Жээнбек Кулубаев встретился с Сироджиддином Мухриддином. Обсуждены итоги заседания Высшего "
            "межгосударственного совета, прошедшего в Бишкеке.")
    assert [m["meeting_format"] for m in held(extract_article(article(body)))] == ["talks"]
