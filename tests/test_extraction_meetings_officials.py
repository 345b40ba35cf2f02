"""Unit tests of officials in meetings: Chinese names in pinyin, titles around names, planned events, quoted officials."""
from __future__ import annotations

from functools import partial

import pytest

from extraction import extract_article
from extraction.entities import find_persons
from extraction.lexicon import norm
from extraction.translit import chinese_pinyin, romanize_person
from tests import helpers
from tests.helpers import titled

# These tests read Russian copy unless they say otherwise.
article = partial(helpers.article, lang="ru")


def people(facts, planned=False):
    keys = {m["meeting_key"] for m in facts["meetings"] if m["is_planned"] == planned}
    return {p["person_name"] for p in facts["participants"] if p["meeting_key"] in keys}


# --- Chinese names: Palladius → Pinyin ------------------------------------------------

@pytest.mark.parametrize("ru, en", [
    ("Си Цзиньпин", "Xi Jinping"), ("Ли Цян", "Li Qiang"), ("Ван И", "Wang Yi"),
    ("Дин Сюэсян", "Ding Xuexiang"), ("Чжан Гоцин", "Zhang Guoqing"), ("Хэ Лифэн", "He Lifeng"),
    ("Ван Хунин", "Wang Huning"), ("Чжао Лэцзи", "Zhao Leji"),
])
def test_chinese_names_take_pinyin(ru, en):
    assert chinese_pinyin(ru) == en


@pytest.mark.parametrize("ru", ["Серик Жумангарин", "Юлия Цой", "Ерлан Кошанов", "Иван Ли"])
def test_other_names_are_not_read_as_chinese(ru):
    assert chinese_pinyin(ru) is None


def test_known_non_chinese_official_keeps_bgn_spelling():
    assert romanize_person("Ли Ан", "KZ") == "Li An"


def test_chinese_official_found_by_title_in_russian():
    assert titled("Премьер-министр Казахстана Олжас Бектенов принял заместителя министра коммерции КНР Ван Мина.") == [
        ("Wang Ming", "CN", "deputy_minister")]


def test_chinese_regional_official_without_country_word_is_chinese():
    assert ("Liu Jianguo", "CN", "governor") in titled("Вице-губернатор провинции Хэнань Лю Цзяньго выступил на форуме.")


# --- titles -------------------------------------------------------------------------------

def test_long_russian_title_chain_reaches_the_name():
    assert titled("Председатель Государственного комитета по земельным ресурсам и геодезии Таджикистана "
                  "Фарход Умаров выступил с докладом.") == [("Farkhod Umarov", "TJ", "head_of_agency")]


def test_long_title_is_not_given_across_another_name():
    got = titled("Министр энергетики Казахстана Алмас Сарсенов и Бахтовар Каримов обсудили проект.")
    assert [n for n, _, _ in got] == ["Almas Sarsenov"]


def test_nearest_title_wins_over_a_clause():
    got = titled("Премьер-министр Армении принял министра торговли Грузии Гиорги Беридзе.")
    assert got == [("Giorgi Beridze", "GE", "minister")] or [r for _, _, r in got] == ["minister"]


@pytest.mark.parametrize("text, expected", [
    ("Kyrgyz Cabinet Chairman Nurbek Toktomushev opened the forum.", ("Nurbek Toktomushev", "KG", "prime_minister")),
    ("The agreement was signed by Wei Ming, chairman of Sichuan Road Group.", ("Wei Ming", "", "head_of_agency")),
    ("Aibek Tulegenov, Kazakhstan's deputy foreign minister, opened the session.",
     ("Aibek Tulegenov", "KZ", "deputy_foreign_minister")),
])
def test_english_titles_before_and_after_names(text, expected):
    assert expected in titled(text)


@pytest.mark.parametrize("text", [
    "In Astana, Kazakhstan, the delegations met.",
    "John Parker, a correspondent, wrote about the talks.",
    "Ali Valiyev, who met the minister, said so.",
])
def test_english_name_comma_without_title_is_not_an_official(text):
    assert titled(text) == []


# --- planned meetings -----------------------------------------------------------------

def test_one_future_event_announced_twice_is_one_planned_meeting():
    facts = extract_article(article(
        "11 марта Садыр Жапаров провел переговоры с Шавкатом Мирзиёевым в Ташкенте.\n\n"
        "Президенты договорились, что третье заседание Высшего межгосударственного совета состоится в Бишкеке.\n\n"
        "Подготовка к заседанию совета в Бишкеке уже началась, предстоящее заседание пройдет осенью.",
        title="Визит"))
    planned = [m for m in facts["meetings"] if m["is_planned"]]
    assert [(m["meeting_format"], m["city"], m["session_ordinal"]) for m in planned] == [
        ("interstate_council", "Bishkek", 3)]


def test_future_years_of_a_programme_are_not_a_planned_meeting():
    facts = extract_article(article(
        "11 марта Садыр Жапаров провел переговоры с Шавкатом Мирзиёевым в Ташкенте.\n\n"
        "По итогам заседания подписана программа сотрудничества на 2026–2028 годы.",
        title="Переговоры"))
    assert not [m for m in facts["meetings"] if m["is_planned"]]


def test_a_forum_to_be_organised_is_not_a_planned_meeting():
    facts = extract_article(article(
        "On March 11, Kassym-Jomart Tokayev held talks with Ilham Aliyev in Baku.\n\n"
        "A Kazakh-Azerbaijani youth forum will be held in Baku next year.",
        title="Talks", lang="en"))
    assert not [m for m in facts["meetings"] if m["is_planned"]]


def test_next_session_takes_the_held_commission_format():
    facts = extract_article(article(
        "On March 11, the 9th meeting of the Kazakhstan-Azerbaijan intergovernmental commission was held in Baku, "
        "co-chaired by Roman Sklyar and Shahin Mustafayev.\n\n"
        "The sides agreed to hold the next session in Astana in 2026.",
        title="Commission", lang="en"))
    planned = [m for m in facts["meetings"] if m["is_planned"]]
    assert [(m["meeting_format"], m["city"]) for m in planned] == [("intergovernmental_commission", "Astana")]


# --- a past session named in the text -------------------------------------------------

def test_decisions_of_an_earlier_session_do_not_set_the_format():
    facts = extract_article(article(
        "11 марта министр энергетики Таджикистана Фарход Шарипов встретился с послом Казахстана "
        "Асетом Нургалиевым.\n\n"
        "Стороны обсудили выполнение решений пятого заседания межправительственной комиссии.",
        title="Встреча"))
    held = [m for m in facts["meetings"] if not m["is_planned"]]
    assert [m["meeting_format"] for m in held] == ["talks"]


@pytest.mark.parametrize("text, lang", [
    ("Стороны обсудили выполнение решений пятого заседания межправительственной комиссии, которое состоялось "
     "10 марта в Душанбе под председательством Серика Жумангарина и Давлатали Саида.", "ru"),
    ("The sides reviewed the implementation of the 5th meeting of the intergovernmental commission, which was "
     "held on March 10 in Dushanbe and co-chaired by Serik Zhumangarin and Davlatali Said.", "en"),
])
def test_a_session_said_to_be_held_keeps_its_format(text, lang):
    facts = extract_article(article(text, title="Commission", lang=lang))
    assert "intergovernmental_commission" in {m["meeting_format"] for m in facts["meetings"] if not m["is_planned"]}


@pytest.mark.parametrize("text, lang", [
    ("Serik Zhumangarin briefed Shavkat Mirziyoyev on the outcomes of the intergovernmental commission meeting "
     "held the day before.", "en"),
    ("Серик Жумангарин проинформировал Шавката Мирзиёева об итогах заседания межправительственной комиссии, "
     "прошедшего накануне.", "ru"),
])
def test_the_results_of_a_session_held_the_day_before_report_that_session(text, lang):
    facts = extract_article(article(text, title="Commission", lang=lang))
    assert "intergovernmental_commission" in {m["meeting_format"] for m in facts["meetings"] if not m["is_planned"]}


# --- officials quoted in the report ---------------------------------------------------

def test_officials_quoted_at_the_forum_are_participants():
    facts = extract_article(article(
        "11 марта в Ташкенте Абдулла Арипов и Кохир Расулзода открыли узбекско-таджикский бизнес-форум.\n\n"
        "Выступая на форуме, министр инвестиций Узбекистана Лазиз Кудратов отметил, что товарооборот "
        "в 2024 году вырос.\n\n"
        "Генеральный директор компании «Тоджиксемент» Фирдавс Раджабов сообщил о планах.",
        title="Форум"))
    assert {"Laziz Kudratov", "Firdavs Rajabov"} <= people(facts)


def test_a_leader_of_another_country_quoted_in_passing_adds_no_country():
    facts = extract_article(article(
        "On March 11, Shavkat Mirziyoyev held talks with Sadyr Japarov in Tashkent.\n\n"
        "The presidents discussed water, energy and transport.\n\n"
        "Trade grew by a fifth.\n\n"
        "Vladimir Putin has also called the region a priority.",
        title="Talks", lang="en"))
    held = [m for m in facts["meetings"] if not m["is_planned"]]
    assert [m["country_codes"] for m in held] == [["KG", "UZ"]]
    assert "Vladimir Putin" not in people(facts)


# --- persons seed ---------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("вице-премьер Госсовета КНР Чжан Гоцин прибыл в Астану", "Zhang Guoqing"),
    ("с вице-премьером Лю Гочжуном", "Liu Guozhong"),
    ("Kyrgyz Cabinet Chairman Adylbek Kasymaliyev arrived", "Adylbek Kasymaliev"),
    ("Vice Premier Ding Xuexiang attended", "Ding Xuexiang"),
])
def test_seed_officials_are_found_in_both_languages(text, name):
    assert name in [p.name for p in find_persons(norm(text))]


def test_seed_surname_is_not_a_namesake_with_another_first_name():
    assert "Samir Sharifov" not in [p.name for p in find_persons(norm("Рустам Шарифов выступил"))]


def test_a_counterpart_of_a_country_holds_the_office_of_the_official_named_before_him():
    en = extract_article(helpers.article("Tajik President Emomali Rahmon welcomed his Uzbek counterpart at the Palace of "
                                 "the Nation in Dushanbe on Wednesday."))
    ru = extract_article(article("Эмомали Рахмон встретил своего узбекского коллегу во Дворце нации в Душанбе."))
    for facts in (en, ru):
        assert [helpers.people_of(facts, m) for m in helpers.held(facts)] == [{"Emomali Rahmon", "Shavkat Mirziyoyev"}]
    named = extract_article(helpers.article("Kazakh Foreign Minister Murat Nurtleu met with his Uzbek counterpart Bakhtiyor "
                                    "Saidov on Wednesday."))
    assert [helpers.people_of(named, m) for m in helpers.held(named)] == [{"Murat Nurtleu", "Bakhtiyor Saidov"}]


def test_an_official_of_the_european_union_makes_it_a_party_coded_eu_but_a_bank_s_head_adds_no_code():
    eu = extract_article(helpers.article("Shavkat Mirziyoyev received European Commission President Ursula von der "
                                         "Leyen in Tashkent on Wednesday."))
    ru = extract_article(article("Касым-Жомарт Токаев встретился с Верховным представителем ЕС Каей Каллас в Акорде."))
    bank = extract_article(helpers.article("Shavkat Mirziyoyev received World Bank President Ajay Banga in Tashkent "
                                           "on Wednesday."))
    assert [m["country_codes"] for m in helpers.held(eu)] == [["EU", "UZ"]]
    assert [m["country_codes"] for m in helpers.held(ru)] == [["EU", "KZ"]]
    assert [m["country_codes"] for m in helpers.held(bank)] == [["UZ"]]


@pytest.mark.parametrize(("text", "codes"), [
    ("Шавкат Мирзиёев принял Эмира Катара в Ташкенте.", ["QA", "UZ"]),
    ("Садыр Жапаров принял спецпредставителя США по Центральной Азии.", ["KG", "US"]),
])
def test_receiving_an_emir_or_an_envoy_is_a_meeting(text, codes):
    facts = extract_article(article(text))
    assert [m["country_codes"] for m in helpers.held(facts)] == [codes]


# --- English titles: postings, bodies and plural titles ------------------------------

def test_an_envoy_posted_to_a_country_is_named_after_the_posting():
    assert titled("Sadyr Japarov received Azerbaijan's Ambassador to Kyrgyzstan Orhan Guliyev.") == [
        ("Orhan Guliyev", "AZ", "ambassador")]


def test_an_ambassador_extraordinary_and_plenipotentiary_is_an_ambassador():
    text = "He received Ambassador Extraordinary and Plenipotentiary of Turkmenistan to Uzbekistan Begli Orazov."
    assert titled(text) == [("Begli Orazov", "TM", "ambassador")]


@pytest.mark.parametrize("text, name", [
    ("The premier met the CEO of China National Petroleum Corporation Li Wenhai in Astana.", "Li Wenhai"),
    ("He met the Chairman of the Board of the Eurasian Development Bank Pavel Sorokin.", "Pavel Sorokin"),
    ("He received Vice Chairman of CITIC Group Zhang Wenwu, and the talks began.", "Zhang Wenwu"),
])
def test_the_head_of_a_company_or_bank_named_without_a_comma_is_named_after_its_body(text, name):
    assert [n for n, _, _ in titled(text)] == [name]


def test_a_name_set_off_by_commas_after_counterpart_is_the_counterpart():
    facts = extract_article(helpers.article("Tajik Energy Minister Daler Juma met his Kyrgyz counterpart, Taalai "
                                            "Abdiev, in Dushanbe."))
    (meeting,) = [m for m in facts["meetings"] if not m["is_planned"]]
    assert helpers.people_of(facts, meeting) == {"Daler Juma", "Taalai Abdiev"}
    assert meeting["country_codes"] == ["KG", "TJ"]


def test_a_title_before_a_comma_and_a_speaker_names_no_official():
    assert titled("He met the minister, Zhang Wei said.") == []


def test_every_name_after_a_plural_title_is_an_official():
    text = "Ministers Aziz Karimov, Rustam Nazarov and Timur Alimov also took part in the talks."
    assert titled(text) == [("Aziz Karimov", "", "minister"), ("Rustam Nazarov", "", "minister"),
                            ("Timur Alimov", "", "minister")]


def test_countries_listed_after_a_plural_title_go_to_the_names_in_their_order():
    text = "The deputy ministers of Uzbekistan and Tajikistan Anvar Toshev and Rustam Zoda signed the plan."
    assert titled(text) == [("Anvar Toshev", "UZ", "deputy_minister"), ("Rustam Zoda", "TJ", "deputy_minister")]


def test_a_plural_title_without_names_names_nobody():
    assert titled("The ministers of Uzbekistan and Kazakhstan met in Tashkent and Astana.") == []


# --- Russian titles: heads of ministries, envoys, security council secretaries -------

@pytest.mark.parametrize("text, expected", [
    ("Глава Минэнерго Узбекистана Рустам Каримов провел переговоры.", ("Rustam Karimov", "UZ", "minister")),
    ("Переговоры прошли с главой Минэнерго Таджикистана Далером Джумой.", ("Daler Juma", "TJ", "minister")),
    ("Шавкат Мирзиёев принял секретаря Совета безопасности России Сергея Шойгу.",
     ("Sergey Shoygu", "RU", "security_council_secretary")),
])
def test_a_head_of_a_ministry_or_a_security_council_secretary_is_an_official(text, expected):
    assert expected in titled(text)


@pytest.mark.parametrize("body, guest", [
    ("Касым-Жомарт Токаев принял Чрезвычайного и Полномочного Посла Турции в Казахстане Мехмета Сертача Араза.",
     "Mekhmet Sertach Araz"),
    ("Садыр Жапаров принял руководителя Администрации Президента Казахстана Айбека Смадьярова.", "Aybek Smadyarov"),
])
def test_receiving_an_ambassador_extraordinary_or_the_head_of_an_administration_is_a_meeting(body, guest):
    facts = article(body)
    assert guest in people(extract_article(facts))


@pytest.mark.parametrize("text, name", [
    ("The talks were attended by Chairman of Sinopec Ma Yongsheng.", "Ma Yongsheng"),
    ("Also taking part was Head of the Customs Service Khurshed Karimzoda.", "Khurshed Karimzoda"),
    ("Director of the Agency for Investments Bakyt Sydykov attended.", "Bakyt Sydykov"),
    ("Chairman of the Board of Uzbekneftegaz Bakhodir Sidikov and CEO of Lukoil Vagit Alekperov attended.",
     "Bakhodir Sidikov"),
])
def test_the_head_of_a_body_of_any_name_is_named_by_the_two_words_that_close_it(text, name):
    assert name in [n for n, _, _ in titled(text)]


def test_a_title_after_and_starts_the_next_official_not_the_name_of_the_first():
    text = "Chairman of Sinopec Ma Yongsheng and Chairman of CNPC Dai Houliang attended."
    assert [n for n, _, _ in titled(text)] == ["Ma Yongsheng", "Dai Houliang"]


def test_the_head_of_a_federal_service_is_an_official():
    text = "Во встрече принял участие глава Федеральной таможенной службы России Валерий Пикалев."
    assert ("Valeriy Pikalev", "RU", "head_of_agency") in titled(text)


def test_a_two_word_ministry_name_caught_half_by_the_title_is_not_part_of_the_name():
    assert titled("Minister of National Economy Nurlan Baibazarov attended.") == [("Nurlan Baibazarov", "", "minister")]


def test_the_head_of_an_office_named_after_the_president_leads_it_and_is_not_the_president():
    text = "Во встрече участвовала руководитель Администрации Президента Узбекистана Саида Мирзиёева."
    assert titled(text) == [("Saida Mirziyoeva", "UZ", "head_of_agency")]


def test_a_quoted_company_name_in_a_title_chain_still_reaches_the_name():
    text = "На встрече присутствовал председатель правления АО «Казахстан темир жолы» Талгат Нурланов."
    assert titled(text) == [("Talgat Nurlanov", "KZ", "head_of_agency")]


def test_a_russian_plural_title_covers_every_name_of_its_list_with_the_countries_in_order():
    text = "В переговорах участвовали министры энергетики Узбекистана и Казахстана Ботир Камолов и Ерлан Нурланов."
    assert titled(text) == [("Botir Kamolov", "UZ", "minister"), ("Yerlan Nurlanov", "KZ", "minister")]


def test_the_names_listed_after_a_genitive_plural_title_are_put_in_the_nominative():
    text = "Прошла встреча министров энергетики Казахстана и Узбекистана Ерлана Нурланова и Ботира Камолова."
    assert titled(text) == [("Yerlan Nurlanov", "KZ", "minister"), ("Botir Kamolov", "UZ", "minister")]


def test_a_mans_surname_in_a_declines_like_nikita_in_the_genitive():
    text = "Встреча прошла с участием министра энергетики Таджикистана Далера Джумы."
    assert titled(text) == [("Daler Juma", "TJ", "minister")]


def test_a_name_after_a_singular_title_and_another_name_gets_no_title():
    text = "Во встрече участвовал министр энергетики Ботир Камолов и Ерлан Нурланов."
    assert [n for n, _, _ in titled(text)] == ["Botir Kamolov"]


def test_an_envoy_named_after_his_posting_and_a_comma_is_an_official():
    text = "Also present was Kazakhstan's ambassador to Uzbekistan, Botir Kamolov."
    assert titled(text) == [("Botir Kamolov", "KZ", "ambassador")]


def test_any_title_after_and_ends_the_name_of_the_official_before_it():
    text = "Governor of Xinjiang Botir Kamolov and Akim of Almaty region Yerlan Nurlanov attended."
    assert ("Botir Kamolov", "CN", "governor") in titled(text)


@pytest.mark.parametrize("body, lang, codes", [
    ("Kazakh President Kassym-Jomart Tokayev received Sinopec Chairman Ma Yongsheng in Astana.", "en", ["CN", "KZ"]),
    ("Садыр Жапаров принял генерального директора госкорпорации «Росатом» Алексея Лихачева.", "ru", ["KG", "RU"]),
])
def test_the_head_of_a_known_company_speaks_for_its_country(body, lang, codes):
    meetings = [m for m in extract_article(article(body, lang=lang))["meetings"] if not m["is_planned"]]
    assert [m["country_codes"] for m in meetings] == [codes]


# --- regions' governors ------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("The khokim of Samarkand region Erkin Rakhimov met the akim of Almaty region Marat Sultanov.",
     [("Erkin Rakhimov", "UZ", "governor"), ("Marat Sultanov", "KZ", "governor")]),
    ("Bukhara region khokim Botir Zaripov received the delegation.", [("Botir Zaripov", "UZ", "governor")]),
    ("Аким Туркестанской области Марат Султанов встретился с хокимом Самаркандской области Эркином Рахимовым.",
     [("Marat Sultanov", "KZ", "governor"), ("Erkin Rakhimov", "UZ", "governor")]),
])
def test_a_governor_speaks_for_the_country_of_the_city_his_region_is_named_after(text, expected):
    assert titled(text) == expected


def test_two_regions_governors_meeting_is_a_meeting_of_their_two_countries():
    facts = extract_article(helpers.article("The khokim of Samarkand region Erkin Rakhimov met the akim of Almaty "
                                            "region Marat Sultanov in Samarkand."))
    (meeting,) = [m for m in facts["meetings"] if not m["is_planned"]]
    assert meeting["country_codes"] == ["KZ", "UZ"] and meeting["city"] == "Samarkand"
