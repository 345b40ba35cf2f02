"""Meeting attributes on invented sentences: who took part (spellings, namesakes, envoys), where, and which format."""
import datetime as dt

import pytest

from extraction import extract_article
from extraction.entities import find_persons
from extraction.lexicon import norm
from extraction.meetings import _format_cues
from extraction.translit import romanize_person
from tests.helpers import TZ, article, held, people_of, titled


def persons(text: str) -> list[str]:
    return [p.name for p in find_persons(norm(text))]


# --- spellings ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Foreign Minister Jeenbek Kulubayev arrived for the consultations.", "Jeenbek Kulubaev"),
    ("The guests were welcomed by Gurbanguly Berdimuhamedow.", "Gurbanguly Berdimuhamedov"),
    ("President Kassym-Jomart Tokaev opened the session.", "Kassym-Jomart Tokayev"),
    ("Ilham Aliev spoke first.", "Ilham Aliyev"),
])
def test_an_english_spelling_variant_of_a_seed_name_finds_the_seed_person(text, name):
    assert name in persons(text)


def test_a_different_surname_that_shares_the_first_letters_is_not_taken_for_a_seed_person():
    assert persons("Engineer Aliyeva Kamila showed the plant.") == []


@pytest.mark.parametrize("ru, country, en", [
    ("Нурлан Сатыбалдиев", "KG", "Nurlan Satybaldiev"),
    ("Ерназар Бекмурадов", "TM", "Ernazar Bekmuradov"),
    ("Нурлан Сатыбалдиев", "KZ", "Nurlan Satybaldiyev"),
    ("Ерлан Жакупов", "KZ", "Yerlan Zhakupov"),
])
def test_kyrgyz_tajik_turkmen_and_uzbek_names_are_spelled_with_plain_e_as_their_press_does(ru, country, en):
    assert romanize_person(ru, country) == en


# --- envoys and officials of organisations -----------------------------------------------------

def test_an_ambassador_speaks_for_his_own_country_not_the_one_he_is_posted_to():
    text = "На встрече присутствовал посол Туркменистана в Китайской Народной Республике Оразмухаммет Чарыев."
    assert titled(text) == [("Orazmukhammet Charyev", "TM", "ambassador")]


def test_an_english_ambassador_to_a_country_keeps_his_own_country():
    text = "The talks were attended by the Ambassador of Uzbekistan to Azerbaijan Bakhodir Yusupov."
    assert [(n, c) for n, c, _ in titled(text)] == [("Bakhodir Yusupov", "UZ")]


def test_an_acronym_in_brackets_inside_a_long_title_keeps_the_title_with_its_name():
    text = ("В заседании участвовал директор Исполнительного комитета Евразийского банка развития (ЕАБР) "
            "Тимур Сейтказиев.")
    assert [n for n, _, _ in titled(text)] == ["Timur Seytkaziyev"]


def test_a_secretary_general_of_an_organisation_named_before_a_comma_is_found():
    text = "The minister met with the Secretary General of the Economic Cooperation Organization, Asad Majeed Khan."
    assert [n for n, _, _ in titled(text)] == ["Asad Majeed Khan"]


def test_a_place_at_the_start_of_a_sentence_is_not_taken_for_a_person_named_before_a_title():
    text = "In Samarkand, the Minister of Economy of Uzbekistan Ilkhom Norkulov met the delegation."
    names = [n for n, _, _ in titled(text)]
    assert "In Samarkand" not in names and "Ilkhom Norkulov" in names


# --- namesakes across the article ---------------------------------------------------------------

def test_a_bare_shared_surname_goes_to_the_namesake_named_in_full_earlier_in_the_article():
    body = ("Президент Узбекистана Шавкат Мирзиёев провел переговоры с Гурбангулы Бердымухамедовым в Ашхабаде. "
            "Мирзиёев и Бердымухамедов подписали совместное заявление.")
    facts = extract_article(article(body, lang="ru", published=dt.datetime(2019, 5, 20, 10, 0, tzinfo=TZ)))
    meeting = held(facts)[0]
    assert people_of(facts, meeting) == {"Shavkat Mirziyoyev", "Gurbanguly Berdimuhamedov"}


@pytest.mark.parametrize("published, name", [
    (dt.datetime(2020, 6, 1, 10, 0, tzinfo=TZ), "Gurbanguly Berdimuhamedov"),
    (dt.datetime(2024, 6, 1, 10, 0, tzinfo=TZ), "Serdar Berdimuhamedov"),
])
def test_a_bare_shared_surname_with_no_full_name_goes_to_whoever_held_the_office_that_day(published, name):
    body = "Мирзиёев и Бердымухамедов провели переговоры в Ашхабаде."
    facts = extract_article(article(body, lang="ru", published=published))
    assert name in people_of(facts, held(facts)[0])


# --- city ----------------------------------------------------------------------------------------

def test_a_city_of_the_guests_country_named_in_passing_is_not_the_place_of_a_visit_abroad():
    body = ("During the state visit of the President of Tajikistan Emomali Rahmon to Kyrgyzstan, the leaders held "
            "talks. During the talks the presidents agreed to open a joint trade centre in Dushanbe.")
    facts = extract_article(article(body))
    assert held(facts)[0]["city"] is None


@pytest.mark.parametrize("body, lang, city", [
    ("Сердар Бердымухамедов и Садыр Жапаров провели переговоры в Аркадаге.", "ru", "Arkadag"),
    ("Shavkat Mirziyoyev and Kassym-Jomart Tokayev met in Chirchik.", "en", "Chirchik"),
    ("Xi Jinping held talks with Kassym-Jomart Tokayev in Lianyungang.", "en", "Lianyungang"),
    ("Шавкат Мирзиёев и Касым-Жомарт Токаев провели переговоры в южной столице Казахстана.", "ru", "Almaty"),
    ("Shavkat Mirziyoyev and Kassym-Jomart Tokayev held talks in the southern capital.", "en", "Almaty"),
    ("Шавкат Мирзиёев и Сердар Бердымухамедов провели переговоры в Ашгабаде.", "ru", "Ashgabat"),
    ("Садыр Жапаров и Шавкат Мирзиёев провели переговоры в Нарыне.", "ru", "Naryn"),
    ("Shavkat Mirziyoyev hosted Kassym-Jomart Tokayev in Zaamin.", "en", "Zaamin"),
    ("Олжас Бектенов и Михаил Мишустин провели переговоры в Нижнем Новгороде.", "ru", "Nizhny Novgorod"),
    ("Олжас Бектенов и Михаил Мишустин провели переговоры в Самаре.", "ru", "Samara"),
    ("Kassym-Jomart Tokayev and Vladimir Putin met in Semey.", "en", "Semey"),
    ("Садыр Жапаров и Касым-Жомарт Токаев провели переговоры в Таласе.", "ru", "Talas"),
    ("Xi Jinping held talks with Shavkat Mirziyoyev in Wuhan.", "en", "Wuhan"),
    ("Emomali Rahmon and Shavkat Mirziyoyev held talks in Khudjand.", "en", "Khujand"),
    ("Sadyr Japarov and Kassym-Jomart Tokayev met in Cholpon Ata.", "en", "Cholpon-Ata"),
    ("Shavkat Mirziyoyev hosted Ilham Aliyev in Xiva.", "en", "Khiva"),
])
def test_a_smaller_or_newer_city_places_the_meeting(body, lang, city):
    assert held(extract_article(article(body, lang=lang)))[0]["city"] == city


def test_a_city_in_the_visited_country_stays_the_place_of_the_visit():
    body = ("During the state visit of the President of Tajikistan Emomali Rahmon to Kyrgyzstan, the leaders held "
            "talks in Bishkek.")
    facts = extract_article(article(body))
    assert held(facts)[0]["city"] == "Bishkek"


def test_a_city_named_international_forum_places_the_meetings_held_during_it():
    body = ("Uzbek Prime Minister Abdulla Aripov met with Kazakh Prime Minister Olzhas Bektenov during the "
            "Tashkent International Investment Forum.")
    facts = extract_article(article(body))
    assert held(facts)[0]["city"] == "Tashkent"


@pytest.mark.parametrize("body, lang, city", [
    ("Шавкат Мирзиёев принял в резиденции «Кушк Ок Сарой» Премьер-министра Пакистана Шахбаза Шарифа.", "ru", "Tashkent"),
    ("Shavkat Mirziyoyev held talks with Shehbaz Sharif at the Kushk Oq Saroy residence.", "en", "Tashkent"),
])
def test_the_pavilion_name_of_a_residence_still_places_the_meeting_in_its_city(body, lang, city):
    assert held(extract_article(article(body, lang=lang)))[0]["city"] == city


@pytest.mark.parametrize("body, lang", [
    ("Касым-Жомарт Токаев и Ильхам Алиев провели переговоры во Дворце Независимости.", "ru"),
    ("Kassym-Jomart Tokayev and Ilham Aliyev held talks at the Palace of Independence.", "en"),
])
def test_the_palace_of_independence_places_the_talks_in_astana(body, lang):
    assert held(extract_article(article(body, lang=lang)))[0]["city"] == "Astana"


def test_the_capital_s_airport_of_the_country_visited_places_the_visit_in_its_capital():
    body = ("Президент Туркменистана Сердар Бердымухамедов прибыл в Узбекистан с государственным визитом. "
            "В столичном аэропорту его встретил Шавкат Мирзиёев.")
    assert held(extract_article(article(body, lang="ru")))[0]["city"] == "Tashkent"


@pytest.mark.parametrize("body, lang", [
    ("Uzbek President Shavkat Mirziyoyev arrived in Turkmenistan on a state visit. In the capital he held talks "
     "with Serdar Berdimuhamedov.", "en"),
    ("Президент Узбекистана Шавкат Мирзиёев прибыл в Туркменистан с государственным визитом. В столице его "
     "встретил Сердар Бердымухамедов.", "ru"),
])
def test_the_capital_alone_after_a_visit_to_one_country_is_that_country_s_capital(body, lang):
    assert held(extract_article(article(body, lang=lang)))[0]["city"] == "Ashgabat"


def test_the_capital_of_another_country_is_not_the_visited_country_s_capital():
    body = ("Президент Узбекистана Шавкат Мирзиёев прибыл в Туркменистан с государственным визитом. В столице "
            "Казахстана он провел переговоры.")
    assert held(extract_article(article(body, lang="ru")))[0]["city"] is None


def test_a_host_who_receives_a_guest_at_a_named_place_reports_a_meeting():
    body = "Касым-Жомарт Токаев принял в Акорде Президента Азербайджана Ильхама Алиева."
    meetings = held(extract_article(article(body, lang="ru")))
    assert [(m["city"], m["country_codes"]) for m in meetings] == [("Astana", ["AZ", "KZ"])]


# --- format --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, fmt", [
    ("The prime ministers took part in the II Forum of Interregional Cooperation.", "business_forum"),
    ("В Ташкенте открылся второй Форум межрегионального сотрудничества.", "business_forum"),
    ("The first meeting of the Interregional Council of the two countries was held.", "other"),
])
def test_a_forum_of_regions_is_a_forum_and_a_council_of_regions_is_other(text, fmt):
    cues = _format_cues(text.lower())
    assert (cues[0] if cues else None) == fmt


@pytest.mark.parametrize("body, lang", [
    ("The Kazakh leader was welcomed by Shavkat Mirziyoyev in Tashkent.", "en"),
    ("Шавкат Мирзиёев провел переговоры с лидером Казахстана в Ташкенте.", "ru"),
])
def test_a_countrys_leader_is_its_president_that_day(body, lang):
    facts = extract_article(article(body, lang=lang))
    assert people_of(facts, held(facts)[0]) == {"Shavkat Mirziyoyev", "Kassym-Jomart Tokayev"}
