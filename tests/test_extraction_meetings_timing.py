"""Unit tests of when and how a meeting happened: video and phone talks, earlier visits, ministers' meetings, planned summits."""
from __future__ import annotations

import datetime as dt

import pytest

from extraction.dates import months_in
from extraction.lexicon import norm
from extraction.meetings import find_meetings
from extraction.text import split_article

PUBLISHED = dt.datetime(2026, 10, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))


def meetings(title: str, body: str, lang: str = "ru"):
    art = {"article_id": "t5", "url": "https://example.org/t5", "language": lang, "title": title,
           "lead": None, "body": body, "published_at": PUBLISHED}
    sentences, datelines = split_article(art)
    return find_meetings(sentences, datelines, PUBLISHED.date())


def held(ms):
    return sorted((m.meeting_format, str(m.meeting_date), tuple(m.country_codes), m.city) for m in ms if not m.is_planned)


# --- video talks: talks, no city --------------------------------------------------------

@pytest.mark.parametrize("title, body, lang", [
    ("Токаев и Мирзиёев провели переговоры по видеосвязи",
     "Президент Казахстана Касым-Жомарт Токаев и Президент Узбекистана Шавкат Мирзиёев сегодня провели переговоры "
     "в режиме видеоконференции.", "ru"),
    ("Tokayev, Mirziyoyev hold video talks",
     "President Kassym-Jomart Tokayev and President Shavkat Mirziyoyev held talks via videoconference today.", "en"),
])
def test_video_talks_are_talks_without_city(title, body, lang):
    assert held(meetings(title, body, lang)) == [("talks", "2026-10-20", ("KZ", "UZ"), None)]


# --- a phone call the day before / earlier the same day is its own meeting ------------------

def test_phone_call_a_day_earlier_is_separate_en():
    ms = meetings("Kazakh and Uzbek leaders hold talks",
                  "President Kassym-Jomart Tokayev held talks with President Shavkat Mirziyoyev in Tashkent today. "
                  "A day earlier, President Tokayev held a phone conversation with President of Kyrgyzstan Sadyr Japarov "
                  "and discussed the agenda of the upcoming meeting of the Supreme Interstate Council.", "en")
    got = held(ms)
    assert ("phone_call", "2026-10-19", ("KG", "KZ"), None) in got
    assert all(f != "interstate_council" for f, *_ in got)  # the upcoming council is a topic, not this call


def test_phone_call_earlier_same_day_is_separate_ru():
    ms = meetings("Бердымухамедов и Токаев провели переговоры",
                  "Сегодня Президент Туркменистана Сердар Бердымухамедов провел переговоры с Президентом Казахстана "
                  "Касым-Жомартом Токаевым в Ашхабаде. Ранее в этот же день Сердар Бердымухамедов провел телефонный "
                  "разговор с Президентом Азербайджана Ильхамом Алиевым.")
    assert ("phone_call", "2026-10-20", ("AZ", "TM"), None) in held(ms)


def test_plain_earlier_still_recalls_background_ru():
    ms = meetings("Бердымухамедов и Токаев провели переговоры",
                  "Сегодня Президент Туркменистана Сердар Бердымухамедов провел переговоры с Президентом Казахстана "
                  "Касым-Жомартом Токаевым в Ашхабаде. Ранее Сердар Бердымухамедов провел телефонный "
                  "разговор с Президентом Азербайджана Ильхамом Алиевым.")
    assert all("AZ" not in m.country_codes for m in ms)


# --- a ministers' meeting is multilateral (other); sideline talks are separate -----------------

def test_ministers_meeting_other_and_sideline_talks_ru():
    ms = meetings("Главы МИД Узбекистана и Китая встретились в Бишкеке",
                  "Министр иностранных дел Узбекистана Бахтиёр Саидов провел переговоры с министром иностранных дел "
                  "Китая Ван И на полях встречи министров иностранных дел «Центральная Азия – Китай» в Бишкеке.\n\n"
                  "Встреча министров прошла 20 октября. В ней приняли участие Ван И, Ермек Кошербаев, Бахтиёр Саидов "
                  "и Жээнбек Кулубаев.")
    got = held(ms)
    assert ("talks", "2026-10-20", ("CN", "UZ"), "Bishkek") in got
    assert any(f == "other" and {"CN", "KZ", "KG", "UZ"} <= set(c) for f, _, c, _ in got)


def test_ministers_meeting_other_en():
    ms = meetings("Foreign ministers meet in Astana",
                  "The foreign ministers' meeting of Kazakhstan, Kyrgyzstan, Uzbekistan and China was held in Astana today.",
                  "en")
    assert [f for f, *_ in held(ms)] == ["other"]


def test_two_ministers_talks_are_not_other_en():
    ms = meetings("Ministers hold talks",
                  "Kazakh Foreign Minister Yermek Kosherbayev held talks with Chinese Foreign Minister Wang Yi in Astana today.",
                  "en")
    assert [f for f, *_ in held(ms)] == ["talks"]


# --- intergovernmental commission written as one word --------------------------------------

def test_mezhpravkomissiya_is_commission_ru():
    ms = meetings("В Ашхабаде прошло 5-е заседание узбекско-туркменской межправкомиссии",
                  "Сегодня в Ашхабаде состоялось пятое заседание межправкомиссии. Заседание провели вице-премьер "
                  "Узбекистана Жамшид Ходжаев и вице-премьер Туркменистана Бегенч Аннагурбанов.")
    assert [f for f, *_ in held(ms)] == ["intergovernmental_commission"]


# --- a month of this year before the report recalls an earlier visit -----------------------

@pytest.mark.parametrize("text, months", [
    ("в марте этого года президент находился в баку", [3]),
    ("in march, the president visited baku", [3]),
    ("15 марта президент прибыл", []),
    ("за январь–сентябрь товарооборот", []),
    ("they in may be ready", []),
    ("the session held in astana in may.", [5]),
    ("in may, the ministers met", [5]),
])
def test_months_in(text, months):
    assert [m for _, m in months_in(norm(text))] == months


def test_earlier_month_visit_is_background_ru():
    ms = meetings("В Баку прошло заседание межправкомиссии",
                  "Сегодня в Баку состоялось заседание межправительственной комиссии Азербайджана и Туркменистана. "
                  "Отметим, что в марте этого года Президент Туркменистана находился в Баку с государственным визитом.")
    assert [f for f, *_ in held(ms)] == ["intergovernmental_commission"]


def test_earlier_month_visit_is_background_en():
    ms = meetings("Azerbaijan, Turkmenistan hold commission session",
                  "The meeting of the Azerbaijan-Turkmenistan intergovernmental commission was held in Baku today. "
                  "In March, the President of Turkmenistan was in Baku on a state visit.", "en")
    assert [f for f, *_ in held(ms)] == ["intergovernmental_commission"]


@pytest.mark.parametrize("recap", [
    "Отметим, что в ноябре прошлого года Президент Казахстана находился в Ташкенте с государственным визитом.",
    "Год назад Президент Казахстана находился в Ташкенте с государственным визитом.",
])
def test_a_visit_of_last_year_or_a_year_ago_is_background_ru(recap):
    ms = meetings("В Ташкенте прошло заседание межправкомиссии",
                  "Сегодня в Ташкенте состоялось заседание межправительственной комиссии Узбекистана и Казахстана. "
                  + recap)
    assert [f for f, *_ in held(ms)] == ["intergovernmental_commission"]


def test_a_visit_recalled_with_recall_that_is_background_en():
    ms = meetings("Commission meets in Tashkent",
                  "The meeting of the Uzbekistan-Kazakhstan intergovernmental commission was held in Tashkent today. "
                  "Recall that in November the President of Kazakhstan was in Tashkent on a state visit.", "en")
    assert [f for f, *_ in held(ms)] == ["intergovernmental_commission"]


@pytest.mark.parametrize("body, lang", [
    ("Шавкат Мирзиёев и Садыр Жапаров провели переговоры в Бишкеке. Лидеры отметили важность решений, "
     "принятых на саммите ШОС в Астане.", "ru"),
    ("Shavkat Mirziyoyev and Sadyr Japarov held talks in Bishkek. They reviewed the agreements reached at the "
     "summit of the Organization of Turkic States.", "en"),
    ("Шавкат Мирзиёев и Садыр Жапаров провели переговоры в Бишкеке. Жапаров поблагодарил за участие в саммите "
     "ОТГ в Бишкеке в ноябре.", "ru"),
    ("Shavkat Mirziyoyev and Sadyr Japarov held talks in Bishkek. Japarov thanked him for taking part in the "
     "summit of the Organization of Turkic States.", "en"),
])
def test_decisions_reached_at_a_summit_or_thanks_for_taking_part_in_it_do_not_make_talks_a_summit(body, lang):
    assert [f for f, *_ in held(meetings("Talks", body, lang))] == ["talks"]


@pytest.mark.parametrize("body, lang", [
    ("President Sadyr Japarov received Uzbek Deputy Prime Minister Jamshid Khodjaev. The guest informed the "
     "President about the results of the intergovernmental commission meeting.", "en"),
    ("Садыр Жапаров принял вице-премьера Узбекистана Джамшида Ходжаева. Гость доложил Президенту об итогах "
     "заседания межправительственной комиссии.", "ru"),
])
def test_a_guest_reporting_the_results_of_a_commission_meeting_is_received_for_talks(body, lang):
    assert [f for f, *_ in held(meetings("Reception", body, lang))] == ["talks"]


@pytest.mark.parametrize("body, lang", [
    ("Шавкат Мирзиёев провел телефонный разговор с Касым-Жомартом Токаевым. Президент Узбекистана поздравил "
     "казахстанского коллегу с успешным проведением саммита ШОС в Астане.", "ru"),
    ("Shavkat Mirziyoyev had a phone call with Kassym-Jomart Tokayev. He congratulated Tokayev on the successful "
     "holding of the SCO summit in Astana.", "en"),
])
def test_congratulations_on_hosting_a_summit_do_not_make_it_a_meeting_of_the_call(body, lang):
    assert [f for f, *_ in held(meetings("Call", body, lang))] == ["phone_call"]


# --- planned meetings take the announcing sentence's own countries --------------------------

def test_planned_summit_names_its_own_countries_en():
    ms = meetings("Leaders hold summit",
                  "The presidents of Azerbaijan, Kazakhstan and Uzbekistan, Ilham Aliyev, Kassym-Jomart Tokayev and "
                  "Shavkat Mirziyoyev, held a trilateral summit in Tashkent today. "
                  "A summit of Kazakhstan and Turkmenistan will be held in Astana next year.", "en")
    planned = [m for m in ms if m.is_planned]
    assert planned and all(m.country_codes == ["KZ", "TM"] for m in planned)


def test_planned_summit_without_countries_takes_held_summit_ru():
    ms = meetings("Лидеры провели саммит",
                  "Президенты Азербайджана, Казахстана и Узбекистана Ильхам Алиев, Касым-Жомарт Токаев и Шавкат "
                  "Мирзиёев сегодня провели трехсторонний саммит в Ташкенте. Следующий саммит пройдет в Баку в 2027 году.")
    planned = [m for m in ms if m.is_planned]
    assert planned and planned[0].country_codes == ["AZ", "KZ", "UZ"]


# --- invitations and recaps ------------------------------------------------------------------

@pytest.mark.parametrize("body, lang", [
    ("Касым-Жомарт Токаев пригласил Шавката Мирзиёева принять участие в заседании Высшего межгосударственного "
     "совета.", "ru"),
    ("President Tokayev invited Mirziyoyev to take part in the meeting of the Supreme Interstate "
     "Council.", "en"),
])
def test_an_invitation_to_a_session_is_no_meeting_held(body, lang):
    assert held(meetings("News", body, lang)) == []


@pytest.mark.parametrize("body, lang", [
    ("Как сообщалось, первое заседание Высшего межгосударственного совета прошло в Ташкенте с участием "
     "Шавката Мирзиёева и Касым-Жомарта Токаева.", "ru"),
    ("As previously reported, the first meeting of the Supreme Interstate Council was held in Tashkent with "
     "Shavkat Mirziyoyev and Kassym-Jomart Tokayev.", "en"),
    ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev last met in Samarkand.", "en"),
    ("Kassym-Jomart Tokayev and Shavkat Mirziyoyev have met six times this year.", "en"),
])
def test_a_recap_of_earlier_meetings_is_no_meeting_held(body, lang):
    assert held(meetings("News", body, lang)) == []


@pytest.mark.parametrize("body, lang", [
    ("Заседание Высшего межгосударственного совета Казахстана и Узбекистана ожидается в ноябре.", "ru"),
    ("Садыр Жапаров отправится в Душанбе, где примет участие в саммите глав государств Центральной Азии.", "ru"),
    ("Shavkat Mirziyoyev will lead the delegation to the CIS summit.", "en"),
    ("The talks between Kassym-Jomart Tokayev and Shavkat Mirziyoyev are slated for November.", "en"),
])
def test_an_expected_trip_or_session_is_no_meeting_held(body, lang):
    assert held(meetings("News", body, lang)) == []


def test_a_visit_in_a_later_month_than_the_report_is_no_meeting_held_this_week():
    body = ("Kassym-Jomart Tokayev thanked Shavkat Mirziyoyev for the warm welcome during his state visit to "
            "Uzbekistan in December.")
    assert held(meetings("News", body, "en")) == []


@pytest.mark.parametrize("body, lang", [
    ("Завтра в Астане откроется заседание Высшего межгосударственного совета с участием Касым-Жомарта Токаева и "
     "Шавката Мирзиёева.", "ru"),
    ("В ближайшее время Касым-Жомарт Токаев совершит государственный визит в Узбекистан по приглашению Шавката "
     "Мирзиёева.", "ru"),
    ("Стороны договорились о проведении переговоров Садыра Жапарова и Эмомали Рахмона в Бишкеке.", "ru"),
    ("Tomorrow Kassym-Jomart Tokayev and Shavkat Mirziyoyev will chair the Supreme Interstate Council in Astana.",
     "en"),
])
def test_a_session_or_visit_announced_for_tomorrow_or_soon_is_no_meeting_held(body, lang):
    assert held(meetings("News", body, lang)) == []


def test_a_meeting_the_previous_day_is_a_meeting_of_its_own_on_that_day():
    body = ("Uzbek President Shavkat Mirziyoyev held talks with Kazakh President Kassym-Jomart Tokayev in Tashkent "
            "on Tuesday.\n\nThe previous day, Kassym-Jomart Tokayev met with Uzbek Prime Minister Abdulla Aripov.")
    assert [(f, d) for f, d, *_ in held(meetings("News", body, "en"))] == [("talks", "2026-10-19"),
                                                                          ("talks", "2026-10-20")]


@pytest.mark.parametrize("body, lang", [
    ("Ташкент и Ашхабад планируют совместное продвижение крупных проектов, заявил президент Узбекистана Шавкат "
     "Мирзиёев по итогам переговоров с туркменским лидером Сердаром Бердымухамедовым.", "ru"),
    ("Tashkent and Ashgabat plan to promote large projects jointly, Uzbek President Shavkat Mirziyoyev said after "
     "talks with Turkmen President Serdar Berdimuhamedov.", "en"),
])
def test_a_plan_said_after_talks_leaves_the_talks_held(body, lang):
    assert held(meetings("Новости" if lang == "ru" else "News", body, lang)) == [
        ("talks", "2026-10-20", ("TM", "UZ"), None)]


@pytest.mark.parametrize("body, lang", [
    ("Саммит ШОС открылся в понедельник в узбекском городе Самарканде.", "ru"),
    ("Саммит ШОС открылся в понедельник в узбекском Самарканде.", "ru"),
    ("The SCO summit opened on Monday in Uzbekistan's city of Samarkand.", "en"),
])
def test_a_city_with_its_country_before_it_is_the_meetings_place(body, lang):
    assert [m.city for m in meetings("Новости" if lang == "ru" else "News", body, lang)] == ["Samarkand"]
