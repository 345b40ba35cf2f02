"""Unit tests for meetings, people, places and dates, on sentences written for these tests."""
from __future__ import annotations

import datetime as dt
import re
from functools import partial

import pytest

from extraction import extract_article
from extraction.dates import find_dates
from extraction.entities import find_countries, find_persons, find_titled_persons
from extraction.lexicon import norm
from extraction.meetings import _city_in, _ordinal
from tests import helpers
from tests.helpers import PUBLISHED, titled

# These tests read Russian copy unless they say otherwise.
article = partial(helpers.article, lang="ru")


def held(facts):
    meetings = [m for m in facts["meetings"] if not m["is_planned"]]
    assert len(meetings) == 1, facts["meetings"]
    m = meetings[0]
    people = {p["person_name"]: p for p in facts["participants"] if p["meeting_key"] == m["meeting_key"]}
    return m, people


# --- gazetteer people in every case form -------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Делегацию возглавлял глава государства, гостей встретил Шавката Мирзиёева кортеж", "Shavkat Mirziyoyev"),
    ("Переговоры с Касым-Жомартом Токаевым продлились два часа.", "Kassym-Jomart Tokayev"),
    ("Визит Касым-Жомарта Токаева начался утром.", "Kassym-Jomart Tokayev"),
    ("Премьер встретился с Дмитрием Медведевым.", "Dmitry Medvedev"),
    ("Tokayev's delegation arrived on Monday.", "Kassym-Jomart Tokayev"),
])
def test_gazetteer_names_in_case_forms(text, name):
    assert name in [p.name for p in find_persons(norm(text))]


# --- officials not in the gazetteer ------------------------------------------

def test_russian_unknown_official_in_instrumental_is_nominative_with_role_and_country():
    assert titled("Президент встретился с министром энергетики Азербайджана Парвизом Шахбазовым.") == [
        ("Parviz Shakhbazov", "AZ", "minister")]


def test_russian_unknown_officials_joined_by_and_get_their_own_titles():
    got = titled("Заседание провели вице-премьер Казахстана Тимур Ахметов и министр финансов Киргизии "
                 "Эрлан Сыдыков.")
    assert got == [("Timur Akhmetov", "KZ", "deputy_prime_minister"), ("Erlan Sydykov", "KG", "minister")]


def test_russian_title_after_the_name():
    assert titled("Тимур Ахметов, заместитель премьер-министра Казахстана, открыл форум.") == [
        ("Timur Akhmetov", "KZ", "deputy_prime_minister")]


def test_russian_country_adjective_before_title():
    assert titled("Гостей приветствовал узбекский вице-премьер Бахром Алиев.") == [
        ("Bakhrom Aliev", "UZ", "deputy_prime_minister")]


def test_english_unknown_official_keeps_written_form():
    assert titled("Kazakh Energy Minister Almas Nurlanov met his Turkish counterpart Emre Demir.") == [
        ("Almas Nurlanov", "KZ", "minister"), ("Emre Demir", "TR", "")]


def test_english_title_with_of_country():
    assert titled("The Minister of Foreign Affairs of Tajikistan Farid Rahimov arrived.") == [
        ("Farid Rahimov", "TJ", "foreign_minister")]


@pytest.mark.parametrize("text", [
    "Эксперт Иван Петров считает, что переговоры прошли успешно.",
    "Как пишет журналист Анна Смирнова, делегация прибыла утром.",
    "Президента сопровождала супруга Айгуль Жапарова.",
    "Analyst John Carter said the talks went well.",
    "The visit was covered by reporter Mary Lee.",
])
def test_people_without_an_official_title_are_not_officials(text):
    assert titled(text) == []


def test_spouse_is_not_a_participant():
    facts = extract_article(article(
        "Президент Кыргызстана Садыр Жапаров провел переговоры с президентом Таджикистана Эмомали Рахмоном "
        "в Бишкеке. Гостя сопровождала супруга Азиза Рахмонова, её встретила супруга президента.",
        title="Переговоры в Бишкеке"))
    _, people = held(facts)
    assert set(people) == {"Sadyr Japarov", "Emomali Rahmon"}


def test_unknown_co_chairs_are_participants():
    facts = extract_article(article(
        "В Душанбе прошло девятое заседание межправительственной комиссии Таджикистана и Казахстана. "
        "Его провели первый вице-премьер Таджикистана Фаррух Шарипов и вице-премьер Казахстана Тимур Ахметов.",
        title="Межправкомиссия собралась в Душанбе"))
    m, people = held(facts)
    assert (m["meeting_format"], m["session_ordinal"], m["city"]) == ("intergovernmental_commission", 9, "Dushanbe")
    assert people["Farrukh Sharipov"]["country_code"] == "TJ"
    assert people["Timur Akhmetov"]["role"] == "deputy_prime_minister"


def test_english_unknown_participant_of_business_forum():
    facts = extract_article(article(
        "Uzbek Prime Minister Abdulla Aripov and Azerbaijani Deputy Prime Minister Rauf Guliyev opened a business "
        "forum in Tashkent on Tuesday.",
        title="Forum in Tashkent", lang="en"))
    m, people = held(facts)
    assert m["meeting_format"] == "business_forum" and m["country_codes"] == ["AZ", "UZ"]
    assert people["Rauf Guliyev"]["country_code"] == "AZ"
    assert m["meeting_date"] == dt.date(2025, 3, 11)


# --- countries -----------------------------------------------------------------

@pytest.mark.parametrize("text, codes", [
    ("в рамках узбекско-казахстанского сотрудничества", ["UZ", "KZ"]),
    ("the Kazakh-Chinese roundtable", ["KZ", "CN"]),
    ("the Uzbek side proposed", ["UZ"]),
    ("туркменская сторона поддержала", ["TM"]),
])
def test_countries_from_adjectives_and_compounds(text, codes):
    assert [c.key for c in find_countries(norm(text))] == codes


def test_capital_is_not_a_country():
    assert find_countries(norm("в Ташкенте и in Astana")) == []


# --- ordinals -------------------------------------------------------------------

@pytest.mark.parametrize("text, n", [
    ("провели второе заседание высшего межгосударственного совета", 2),
    ("четвертое заседание совета пройдет в будущем году", 4),
    ("the 7th meeting of the intergovernmental commission", 7),
    ("the first session of the council", 1),
    ("XII заседание комиссии", 12),
])
def test_session_ordinals(text, n):
    assert _ordinal(norm(text)) == n


@pytest.mark.parametrize("text", ["заседание совета прошло во второй половине дня", "the meeting lasted two hours"])
def test_no_ordinal_without_one_before_the_head(text):
    assert _ordinal(norm(text)) is None


# --- dates ------------------------------------------------------------------------

@pytest.mark.parametrize("text, day", [
    ("переговоры прошли сегодня", dt.date(2025, 3, 12)),
    ("вчера президенты встретились", dt.date(2025, 3, 11)),
    ("the leaders met on Monday", dt.date(2025, 3, 10)),
    ("10 марта состоялась встреча", dt.date(2025, 3, 10)),
    ("talks held on March 9", dt.date(2025, 3, 9)),
])
def test_dates_relative_to_publication(text, day):
    assert find_dates(norm(text), PUBLISHED.date())[0][1] == day


# --- cities ---------------------------------------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("the president accepted the invitation to visit Astana", "Astana"),
    ("переговоры прошли в столице Казахстана", "Astana"),
    ("делегация прибыла в туркменскую столицу", "Ashgabat"),
    ("the forum took place in the Kyrgyz capital", "Bishkek"),
    ("after the Moscow talks the sides signed documents", "Moscow"),
    ("в городе Самарканде прошел форум", "Samarkand"),
])
def test_city_of_a_meeting(text, city):
    assert _city_in(norm(text)) == city


@pytest.mark.parametrize("text", [
    "the Tashkent tractor plant will export more",
    "рейсы между Ташкентом и Пекином",
    "trade with Kazakhstan's capital market grew",
])
def test_city_only_with_a_place_cue(text):
    assert _city_in(norm(text)) is None


def test_venue_gives_the_city():
    facts = extract_article(article(
        "Шавкат Мирзиёев и Эмомали Рахмон провели переговоры в резиденции «Куксарой».",
        title="Президенты провели переговоры"))
    m, _ = held(facts)
    assert (m["venue"], m["city"]) == ("Kuksaroy", "Tashkent")


def test_dateline_city_is_used_when_the_host_received_the_guest():
    facts = extract_article(article(
        "ДУШАНБЕ, 12 марта — Khovar. Президент Таджикистана Эмомали Рахмон принял делегацию Казахстана во главе "
        "с Касым-Жомартом Токаевым.",
        title="Встреча с делегацией"))
    m, _ = held(facts)
    assert m["city"] == "Dushanbe"


def test_dateline_city_alone_does_not_place_the_meeting():
    facts = extract_article(article(
        "TASHKENT, March 12 — Shavkat Mirziyoyev met Ilham Aliyev to discuss transport corridors.",
        title="Talks", lang="en"))
    m, _ = held(facts)
    assert m["city"] is None


def test_phone_call_has_no_city():
    facts = extract_article(article(
        "ASTANA, March 12 — Kassym-Jomart Tokayev held a phone call with Vladimir Putin from Astana.",
        title="Phone call", lang="en"))
    m, _ = held(facts)
    assert m["meeting_format"] == "phone_call" and m["city"] is None


# --- formats, plans, one meeting per visit -----------------------------------------

def test_visit_talks_and_council_are_one_meeting_of_the_council_format():
    facts = extract_article(article(
        "Президент Казахстана Касым-Жомарт Токаев прибыл в Ташкент с государственным визитом.\n\n"
        "Шавкат Мирзиёев и Касым-Жомарт Токаев провели переговоры, а затем третье заседание "
        "Высшего межгосударственного совета.",
        title="Государственный визит"))
    m, people = held(facts)
    assert (m["meeting_format"], m["session_ordinal"], m["city"]) == ("interstate_council", 3, "Tashkent")
    assert set(people) == {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}


def test_accepted_invitation_is_the_reported_visit():
    facts = extract_article(article(
        "Ilham Aliyev thanked Sadyr Japarov for accepting the invitation to visit Baku. "
        "The presidents held talks on energy.",
        title="Talks in Baku", lang="en"))
    m, _ = held(facts)
    assert m["city"] == "Baku" and m["country_codes"] == ["AZ", "KG"]


def test_preparation_of_a_visit_is_a_plan():
    facts = extract_article(article(
        "Uzbek Foreign Minister Bakhtiyor Saidov held talks with Hakan Fidan in Ankara.\n\n"
        "They discussed preparations for Shavkat Mirziyoyev's state visit to Türkiye.",
        title="Ministers prepare a state visit", lang="en"))
    m, people = held(facts)
    assert m["meeting_format"] == "talks" and m["city"] == "Ankara"
    assert "Shavkat Mirziyoyev" not in people


def test_invitation_to_visit_is_still_a_plan():
    facts = extract_article(article(
        "Садыр Жапаров пригласил Сердара Бердымухамедова посетить Бишкек с официальным визитом.",
        title="Приглашение"))
    assert not [m for m in facts["meetings"] if not m["is_planned"]]


def test_next_session_of_the_council_is_planned_with_the_council_format():
    facts = extract_article(article(
        "Токаев и Алиев провели второе заседание Высшего межгосударственного совета в Баку.\n\n"
        "Третье заседание совета пройдет в Астане.",
        title="Совет"))
    planned = [m for m in facts["meetings"] if m["is_planned"]]
    assert [(m["meeting_format"], m["session_ordinal"], m["city"]) for m in planned] == [
        ("interstate_council", 3, "Astana")]


def test_creating_a_council_is_not_a_council_meeting():
    facts = extract_article(article(
        "Kassym-Jomart Tokayev and Ilham Aliyev agreed to establish the Supreme Interstate Council during talks "
        "in Astana.",
        title="Talks", lang="en"))
    m, _ = held(facts)
    assert m["meeting_format"] == "talks"


# --- confidence --------------------------------------------------------------------------

def test_confidence_reflects_evidence():
    strong = extract_article(article(
        "10 марта Садыр Жапаров прибыл в Душанбе с официальным визитом и провел переговоры "
                 "с Эмомали Рахмоном.",
                      title="Визит"))
    weak = extract_article(article(
        "Садыр Жапаров обсудил с таджикской стороной вопросы водопользования.",
                          title="Встреча"))
    s, _ = held(strong)
    w, _ = held(weak)
    assert s["confidence"] >= 0.9 > 0.7 >= w["confidence"]
    assert all(0 < m["confidence"] <= 1 for m in strong["meetings"] + weak["meetings"])


# --- several meetings in one article --------------------------------------------------

def held_all(facts):
    out = []
    for m in facts["meetings"]:
        if not m["is_planned"]:
            people = {p["person_name"] for p in facts["participants"] if p["meeting_key"] == m["meeting_key"]}
            out.append((m["meeting_format"], m["country_codes"], people, m))
    return out


def test_bilateral_talks_on_the_sidelines_of_a_summit_are_separate_meetings_ru():
    facts = extract_article(article(
        "11 марта в Тяньцзине прошло XXV заседание Совета глав государств ШОС. В нем приняли участие лидеры "
        "Казахстана, Кыргызстана, Таджикистана, Узбекистана, России и Китая.\n\n"
        "На полях саммита Шавкат Мирзиёев провел переговоры с Владимиром Путиным.\n\n"
        "Кроме того, Касым-Жомарт Токаев встретился с Си Цзиньпином.",
        title="Саммит в Тяньцзине"))
    got = held_all(facts)
    # an SCO summit represents every member state of its day (format_members seed), named or not
    assert [(f, c) for f, c, _, _ in got] == [
        ("summit", ["BY", "CN", "IN", "IR", "KG", "KZ", "PK", "RU", "TJ", "UZ"]), ("talks", ["RU", "UZ"]), ("talks", ["CN", "KZ"])]
    summit = got[0][3]
    assert summit["meeting_key"] == 0 and summit["session_ordinal"] == 25 and summit["city"] == "Tianjin"
    assert got[1][2] == {"Shavkat Mirziyoyev", "Vladimir Putin"} and got[1][3]["city"] == "Tianjin"


def test_bilateral_talks_on_the_sidelines_of_a_summit_are_separate_meetings_en():
    facts = extract_article(article(
        "The 25th SCO summit was held in Tianjin on March 11 with the leaders of Kazakhstan, Kyrgyzstan, "
        "Tajikistan, Uzbekistan and China.\n\nOn the sidelines of the summit, Shavkat Mirziyoyev held talks "
        "with Xi Jinping.",
        title="SCO summit", lang="en"))
    got = held_all(facts)
    assert [(f, c) for f, c, _, _ in got] == [("summit", ["BY", "CN", "IN", "IR", "KG", "KZ", "PK", "RU", "TJ", "UZ"]), ("talks", ["CN", "UZ"])]
    assert got[0][3]["session_ordinal"] == 25


def test_talks_and_a_council_on_different_days_are_two_meetings():
    facts = extract_article(article(
        "10 марта Шавкат Мирзиёев прибыл в Астану и провел переговоры с Касым-Жомартом Токаевым.\n\n"
        "11 марта президенты приняли участие в заседании Высшего межгосударственного совета.",
        title="Визит в Астану"))
    got = held_all(facts)
    assert [(f, c, m["meeting_date"]) for f, c, _, m in got] == [
        ("talks", ["KZ", "UZ"], dt.date(2025, 3, 10)), ("interstate_council", ["KZ", "UZ"], dt.date(2025, 3, 11))]
    assert got[1][2] == {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}


def test_commission_the_day_before_is_a_separate_meeting():
    facts = extract_article(article(
        "В Ташкенте министр энергетики Казахстана Алмас Сатканов провел переговоры с министром энергетики "
        "Узбекистана Журабеком Миркамаловым. Сатканов отметил рост поставок.\n\n"
        "Накануне в Ташкенте прошло заседание межправительственной комиссии, его провели вице-премьер "
        "Казахстана Серик Жумангарин и вице-премьер Узбекистана Джамшид Ходжаев.",
        title="Переговоры министров"))
    got = held_all(facts)
    assert [(f, m["meeting_date"]) for f, _, _, m in got] == [
        ("talks", dt.date(2025, 3, 12)), ("intergovernmental_commission", dt.date(2025, 3, 11))]
    assert got[0][2] == {"Almas Satkanov", "Jurabek Mirkamalov"}
    assert got[1][2] == {"Serik Zhumangarin", "Jamshid Khodjaev"}


def test_two_phone_calls_are_two_meetings():
    facts = extract_article(article(
        "Kassym-Jomart Tokayev held telephone conversations with Recep Tayyip Erdoğan and Emomali Rahmon.\n\n"
        "The leaders discussed trade.",
        title="Phone calls", lang="en"))
    got = held_all(facts)
    assert sorted(c for _, c, _, _ in got) == [["KZ", "TJ"], ["KZ", "TR"]]
    assert all(f == "phone_call" for f, _, _, _ in got)


def test_visit_talks_and_forum_on_one_day_stay_one_meeting():
    facts = extract_article(article(
        "Президент Таджикистана Эмомали Рахмон прибыл в Ташкент с государственным визитом и провел переговоры "
        "с Шавкатом Мирзиёевым.\n\nВ тот же день президенты выступили на узбекско-таджикском бизнес-форуме.",
        title="Визит"))
    assert [(f, c) for f, c, _, _ in held_all(facts)] == [("state_visit", ["TJ", "UZ"])]


def test_an_earlier_encounter_does_not_start_a_meeting():
    facts = extract_article(article(
        "Shavkat Mirziyoyev held talks with Kassym-Jomart Tokayev in Tashkent.\n\n"
        "Earlier, Mirziyoyev met Ilham Aliyev on March 3.",
        title="Talks", lang="en"))
    assert [(f, c) for f, c, _, _ in held_all(facts)] == [("talks", ["KZ", "UZ"])]


def test_head_of_an_international_organisation_is_a_party_without_a_country():
    facts = extract_article(article(
        "Президент Казахстана Касым-Жомарт Токаев встретился в Астане с Генеральным секретарем ООН "
        "Антониу Гутерришем.",
        title="Встреча в Акорде"))
    m, people = held(facts)
    assert m["country_codes"] == ["KZ"] and people["António Guterres"]["country_code"] is None
    # the European Union as a party is coded EU (spec), its officials still have no country
    facts = extract_article(article(
        "Президент Казахстана Касым-Жомарт Токаев встретился в Астане с председателем Европейского совета "
        "Антониу Коштой.",
        title="Встреча в Акорде"))
    m, people = held(facts)
    assert m["country_codes"] == ["EU", "KZ"] and people["António Costa"]["country_code"] is None


def test_a_lone_official_is_not_a_meeting():
    facts = extract_article(article("Касым-Жомарт Токаев провел совещание в Астане.", title="Выступление"))
    assert not [m for m in facts["meetings"] if not m["is_planned"]]


# --- later mentions by surname ----------------------------------------------------------

def test_bare_surname_maps_back_to_the_titled_full_name():
    facts = extract_article(article(
        "В Ташкенте прошли переговоры делегаций.\n\nЗаседание открыл Шавкат Мирзиёев. Позже с ним встретился "
        "Жумангарин, а вице-премьер Казахстана Серик Жумангарин подписал протокол.",
        title="Переговоры"))
    people = {p["person_name"] for p in facts["participants"]}
    assert "Serik Zhumangarin" in people and not any(re.search("[А-Яа-я]", n) for n in people)


def test_surname_after_another_first_name_is_a_namesake():
    from extraction.meetings import analyse, trace_surnames
    from extraction.text import Sentence

    infos = [analyse(Sentence(t, i, "body", i), PUBLISHED.date()) for i, t in enumerate([
        "Вице-премьер Казахстана Серик Жумангарин провел переговоры.",
        "Его брат Айдар Жумангарин не комментирует."])]
    trace_surnames(infos)
    assert [p.name for p in infos[1].persons] == []


@pytest.mark.parametrize("word, n", [("xxv", 25), ("xii", 12), ("iv", 4), ("xix", 19)])
def test_roman_numerals(word, n):
    from extraction.meetings import roman
    assert roman(word) == n


@pytest.mark.parametrize("word", ["li", "mix", "i", "vx", "civil"])
def test_words_that_are_not_roman_numerals(word):
    from extraction.meetings import roman
    assert roman(word) is None


# --- round 2: project sites, unnamed counterparts, later days of a visit ------------------


@pytest.mark.parametrize("text, city", [
    ("компания намерена построить в оше завод по выпуску кабеля", None),
    ("стороны обсудили строительство в самарканде нового терминала", None),
    ("the firm plans to build a cement plant in osh", None),
    ("переговоры прошли в оше", "Osh"),
    ("the talks were held in osh", "Osh"),
])
def test_city_of_a_planned_plant_is_not_the_meeting_city(text, city):
    assert _city_in(text) == city


def test_sideline_talks_with_a_president_named_by_country_only():
    body = ("Саммит Совета сотрудничества прошел 11 марта в Астане с участием Касым-Жомарта Токаева, "
            "Шавката Мирзиёева и Садыра Жапарова.\n\n"
            "Также Токаев встретился с президентом Кыргызстана. Жапаров и казахстанский лидер обсудили транзит.")
    facts = extract_article(article(body, title="Саммит в Астане"))
    pairs = {tuple(m["country_codes"]) for m in facts["meetings"] if not m["is_planned"]}
    assert ("KG", "KZ") in pairs


def test_sideline_talks_with_a_prime_minister_named_by_country_only_en():
    body = ("A summit was held in Astana on March 11 with Kassym-Jomart Tokayev, Shavkat Mirziyoyev "
            "and Sadyr Japarov.\n\n"
            "Tokayev also met with the president of Uzbekistan. Mirziyoyev and Tokayev discussed water.")
    facts = extract_article(article(body, title="Summit in Astana", lang="en"))
    pairs = {tuple(m["country_codes"]) for m in facts["meetings"] if not m["is_planned"]}
    assert ("KZ", "UZ") in pairs


def test_a_president_only_mentioned_is_not_a_counterpart():
    from extraction.meetings import _unnamed_counterparts, analyse
    from extraction.text import Sentence
    info = analyse(Sentence("Токаев рассказал о визите президента Турции в прошлом году.", 0, "body", 0), None)
    assert _unnamed_counterparts(info) == set()
    info = analyse(Sentence("Tokayev recalled the visit of the president of Turkey.", 0, "body", 0), None)
    assert _unnamed_counterparts(info) == set()


def test_forum_on_a_later_day_of_a_visit_keeps_its_own_format():
    body = ("Во вторник, 11 марта, Шавкат Мирзиёев провел переговоры с Эмомали Рахмоном в Ташкенте.\n\n"
            "На второй день государственного визита Эмомали Рахмона в Узбекистан, 12 марта, "
            "в Ташкенте прошел узбекско-таджикский бизнес-форум.")
    facts = extract_article(article(body, title="Визит Рахмона"))
    formats = {m["meeting_format"] for m in facts["meetings"] if not m["is_planned"]}
    assert "business_forum" in formats


def test_day_earlier_dates_a_meeting_instead_of_recalling_one():
    body = ("The presidents of Kazakhstan and Kyrgyzstan held a summit in Bishkek on March 11 with Shavkat "
            "Mirziyoyev, Kassym-Jomart Tokayev and Sadyr Japarov.\n\n"
            "A day earlier, on Mar. 10, Tokayev held talks with Japarov in Bishkek.")
    facts = extract_article(article(body, title="Summit in Bishkek", lang="en"))
    days = {m["meeting_date"] for m in facts["meetings"] if not m["is_planned"]}
    assert dt.date(2025, 3, 10) in days


@pytest.mark.parametrize("title, ordinal", [
    ("Лидеры провели седьмую консультативную встречу", 7),
    ("Leaders held their sixth Consultative Meeting", 6),
    ("Лидеры провели встречу", None),
])
def test_consultative_meeting_ordinal(title, ordinal):
    assert _ordinal(title.lower()) == ordinal


@pytest.mark.parametrize("text, fmt", [
    ("Состоялось пятое заседание казахстанско-азербайджанской межправительственной комиссии.", "intergovernmental_commission"),
    ("The 5th meeting of the Kyrgyz–Uzbek Intergovernmental Commission was held in Osh.", "intergovernmental_commission"),
    ("Tajikistan and Iran hold 9th intergovernmental commission meeting.", "intergovernmental_commission"),
    ("Комиссия по торговле обсудила тарифы.", None),
    ("The commission on trade discussed tariffs.", None),
])
def test_intergovernmental_commission_with_hyphenated_pair_names(text, fmt):
    from extraction.meetings import _format_cues
    cues = _format_cues(text.lower())
    assert (cues[0] if cues else None) == fmt


def test_sideline_talks_dated_explicitly_on_the_summit_day_take_its_city():
    body = ("The summit of the Shanghai Cooperation Organisation was held in Bishkek on March 11 with "
            "Sadyr Japarov, Xi Jinping and Kassym-Jomart Tokayev.\n\n"
            "On March 11, on the sidelines of the summit, Japarov met with Masoud Pezeshkian.")
    facts = extract_article(article(body, title="SCO summit", lang="en"))
    talks = [m for m in facts["meetings"] if not m["is_planned"] and m["country_codes"] == ["IR", "KG"]]
    assert talks and talks[0]["city"] == "Bishkek"


def test_talks_on_another_explicit_day_do_not_take_the_summit_city():
    body = ("Саммит ШОС прошел 11 марта в Бишкеке с участием Садыра Жапарова, Си Цзиньпина и Касым-Жомарта Токаева.\n\n"
            "8 марта Жапаров провел телефонный разговор с Масудом Пезешкианом.")
    facts = extract_article(article(body, title="Саммит ШОС"))
    # the summit has Iran among its members too; the call is the meeting of two sides
    calls = [m for m in facts["meetings"] if not m["is_planned"] and m["country_codes"] == ["IR", "KG"]]
    assert len(calls) == 1 and calls[0]["city"] is None


@pytest.mark.parametrize("text, fmt", [
    ("Состоялось первое заседание Совета глав приграничных регионов Казахстана и Узбекистана.", "other"),
    ("The second meeting of the Council of Heads of Regions of Kyrgyzstan and Tajikistan was held.", "other"),
    ("Совет директоров компании утвердил бюджет.", None),
    ("The regions discussed a council of experts.", None),
])
def test_council_of_regions_is_other(text, fmt):
    from extraction.meetings import _format_cues
    cues = _format_cues(text.lower())
    assert (cues[0] if cues else None) == fmt


@pytest.mark.parametrize("text, name, role", [
    ("Talks were held with Kyrgyz Deputy Chairman of the Cabinet of Ministers Bakytbek Omurov.", "Bakytbek Omurov", "deputy_prime_minister"),
    ("It was chaired by Osh region akim Timur Sadykov.", "Timur Sadykov", "governor"),
    ("Встречу провел полномочный представитель правительства в Ошской области Тимур Садыков.", "Timur Sadykov", "governor"),
])
def test_regional_heads_and_cabinet_chairs_are_titled(text, name, role):
    hits = find_titled_persons(text)
    assert (name, role) in {(p.name, p.role) for p in hits}


def test_a_bare_representative_is_not_a_governor():
    assert find_titled_persons("Представитель компании Тимур Садыков рассказал о проекте.") == [] or all(
        p.role != "governor" for p in find_titled_persons("Представитель компании Тимур Садыков рассказал о проекте."))


def test_same_day_talks_in_another_city_are_another_meeting():
    body = ("The first meeting of the Council of Heads of Regions of Kazakhstan and Kyrgyzstan was held in Taraz "
            "on March 11.\n\n"
            "On the same day in Almaty, Kazakh Deputy Prime Minister Serik Zhumangarin held talks with Kyrgyz "
            "Deputy Chairman of the Cabinet of Ministers Bakytbek Omurov.")
    facts = extract_article(article(body, title="Regions council", lang="en"))
    cities = {(m["meeting_format"], m["city"]) for m in facts["meetings"] if not m["is_planned"]}
    assert ("other", "Taraz") in cities and ("talks", "Almaty") in cities


@pytest.mark.parametrize("text, fmt", [
    ("В Оше открылся третий Форум регионов Кыргызстана и Казахстана.", "business_forum"),
    ("The third Forum of Regions of Kyrgyzstan and Kazakhstan opened in Osh.", "business_forum"),
    ("Форум молодежи прошел в Оше.", None),
    ("A youth forum of students opened in Osh.", None),
])
def test_forum_of_regions_is_a_forum(text, fmt):
    from extraction.meetings import _format_cues
    cues = _format_cues(text.lower())
    assert (cues[0] if cues else None) == fmt


@pytest.mark.parametrize("text, name", [
    ("Senate Chair Dariga Akhmetova opened the forum.", "Dariga Akhmetova"),
    ("It was chaired by Chairperson of the Federation Council Irina Sokolova.", "Irina Sokolova"),
    ("Председатель Сената Дарига Ахметова открыла форум.", "Dariga Akhmetova"),
])
def test_chairs_of_upper_houses_are_speakers(text, name):
    assert (name, "speaker") in {(p.name, p.role) for p in find_titled_persons(text)}


def test_a_company_chair_is_not_a_speaker():
    assert all(p.role != "speaker" for p in find_titled_persons("Board Chair Irina Sokolova presented the report."))
