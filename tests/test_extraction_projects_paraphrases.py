"""Projects read the same when a newsroom words them another way: synonyms, abbreviations, merged paragraphs.

Each case pairs a wording the extractor already read with the paraphrase it missed;
both must give the same project and stage.
"""
import pytest

from extraction import extract_article
from extraction.text import sentence_case, split_article
from tests.helpers import article, article_projects, projects


@pytest.mark.parametrize("text, name, status", [
    ("The two sides agreed on the construction of a new trading house in Bishkek.", "trading house", "announced"),
    ("The two sides agreed on the building of a new trading house in Bishkek.", "trading house", "announced"),
    ("The leaders marked the start of construction of the Kyrgyz-Uzbek railway on Tuesday.", "Kyrgyz-Uzbek railway",
     "construction_started"),
    ("The leaders marked the start of building of the Kyrgyz-Uzbek railway on Tuesday.", "Kyrgyz-Uzbek railway",
     "construction_started"),
])
def test_the_building_of_a_facility_is_its_construction(text, name, status):
    assert projects(text) == [(name, status)]


def test_the_building_of_a_ministry_is_a_place_not_a_work():
    assert projects("The talks took place in the building of the Foreign Ministry in Tashkent.") == []


@pytest.mark.parametrize("signing", [
    "Стороны также подписали документы о сотрудничестве в области образования.",
    "Президенты подписали совместное заявление, а также 17 документов в области энергетики.",
])
def test_also_signed_documents_are_other_deals_not_the_one_on_the_project_before(signing):
    # "также" is not "такие": "also signed documents" does not refer back to a deal on the pipeline
    assert projects("Президент подчеркнул важность строительства газопровода ТАПИ.", signing) == [
        ("газопровод ТАПИ", "announced")]


def test_such_documents_signed_after_a_project_are_its_deal():
    assert projects("Президент подчеркнул важность строительства газопровода ТАПИ.",
                    "Такие документы были подписаны в присутствии президентов.") == [("газопровод ТАПИ", "agreement_signed")]


def test_a_list_run_into_one_paragraph_splits_at_each_bullet():
    body = ("Достигнуты договорённости о реализации следующих проектов: • компания «Альфа» планирует построить "
            "цементный завод в Джизаке; • компания «Бета» построит ветряную электростанцию в Навои, "
            "• строительство автомобильной дороги «Ош — Иркештам».")
    texts = [s.text for s in split_article(article(body, "ru"))[0] if s.part == "body"]
    assert texts == ["Достигнуты договорённости о реализации следующих проектов:",
                     "• компания «Альфа» планирует построить цементный завод в Джизаке;",
                     "• компания «Бета» построит ветряную электростанцию в Навои,",
                     "• строительство автомобильной дороги «Ош — Иркештам»."]
    assert article_projects(body) == [
        ("цементный завод", "agreement_signed"), ("ветряная электростанция", "agreement_signed"),
        ("автомобильная дорога «Ош — Иркештам»", "agreement_signed")]


def test_a_bullet_glyph_inside_a_sentence_is_not_a_list():
    body = "Проект • «Альфа» обсуждался в Ташкенте."
    assert [s.text for s in split_article(article(body, "ru"))[0] if s.part == "body"] == [body]


@pytest.mark.parametrize("title, expected", [
    ("Kazakhstan Plans To Build New Plants And Energy Facilities In Its Regions In The Nearest Time",
     "Kazakhstan Plans to Build New Plants and Energy Facilities in its Regions in the Nearest Time"),
    ("Uzbekistan and China sign deals on the Yavan HPP", "Uzbekistan and China sign deals on the Yavan HPP"),
    ("ADB Approves $500 Million Loan", "ADB Approves $500 Million Loan"),
])
def test_a_headline_in_title_case_lowers_only_its_small_words(title, expected):
    assert sentence_case(title) == expected


def test_a_title_case_headline_joins_no_words_into_one_long_name():
    facts = extract_article(article("Officials gave no further details on Monday.",
                                    title="Kazakhstan Plans To Build New Plants, Agricultural Clusters And Energy "
                                          "Facilities In Its Regions In The Nearest Time"))
    assert facts["projects"] == []


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_quotation_closed_by_a_typed_hyphen_ends_the_name_as_a_dash_does(dash):
    body = f"«Инвесторы построят железную дорогу и электростанцию», {dash} сообщили в акимате."
    assert article_projects(body, "ru", "Новости района") == [
        ("железная дорога", "announced"), ("электростанция", "announced")]


@pytest.mark.parametrize("price", ["$89 million", "USD 89 million", "US$89 million", "EUR 89 million"])
def test_a_price_written_with_a_currency_code_leaves_the_name_as_a_sign_does(price):
    body = (f"The company is set to build a vegetable processing plant with {price} to be invested. "
            f"It will also build a {price} cement plant in Jizzakh.")
    assert article_projects(body, "en", "Investment news") == [
        ("vegetable processing plant", "announced"), ("cement plant", "announced")]
    assert {a["currency"] for a in extract_article(article(body))["amounts"]} == {"EUR" if price.startswith("EUR") else "USD"}


@pytest.mark.parametrize("country", ["Кыргызстана", "Киргизии", "России", "Турции", "Китая"])
def test_a_countrys_energy_complex_is_a_sector_whoever_the_country(country):
    assert projects(f"Стороны обсудили модернизацию энергетического комплекса {country}.") == []


@pytest.mark.parametrize("dash", ["—", "–", "-"])
def test_a_route_reads_the_same_whichever_dash_joins_its_stops(dash):
    body = f"Стороны обсудили строительство железной дороги Китай {dash} Кыргызстан {dash} Узбекистан."
    assert article_projects(body, "ru", "Новости") == [("железная дорога Китай — Кыргызстан — Узбекистан", "announced")]


def test_a_headline_repeated_atop_the_body_is_read_once_as_the_headline():
    title = "Kazakhstan to build a large industrial centre"
    body = "The Kazakh government will build the Shymkent industrial and logistics centre, officials said."
    texts = [(s.part, s.text) for s in split_article(article(f"{title}\n\n{body}", title=title))[0]]
    assert texts == [("title", title), ("body", body)]
    assert article_projects(f"{title}\n\n{body}", "en", title) == [("Shymkent industrial and logistics centre", "announced")]


@pytest.mark.parametrize("title, expected", [
    ("UZBEKISTAN AND CHINA SIGN DEALS WORTH $5 BILLION", "Uzbekistan and china sign deals worth $5 billion"),
    ("КРУПНЫЙ ПРОМЫШЛЕННЫЙ ЦЕНТР ПОЯВИТСЯ В ЦА", "Крупный промышленный центр появится в ца"),
    ("SCO summit opens in Astana", "SCO summit opens in Astana"),
])
def test_a_headline_in_capitals_is_read_in_lower_case(title, expected):
    assert sentence_case(title) == expected


def test_a_price_in_words_after_with_leaves_the_name():
    assert projects("The company is set to build a vegetable processing plant with 89 million dollars to be "
                    "invested.") == [("vegetable processing plant", "announced")]


@pytest.mark.parametrize("furniture", [
    "Read also: Putin and Tokayev hold talks in Moscow",
    "Photo: press service of the President of Uzbekistan",
])
def test_a_line_of_page_furniture_adds_no_meeting_and_no_participant(furniture):
    body = ("Kyrgyz President Sadyr Japarov held talks with Tajik President Emomali Rahmon in Bishkek on Monday.\n\n"
            f"{furniture}\n\nThe presidents discussed water and energy.")
    facts = extract_article(article(body, title="Japarov and Rahmon meet in Bishkek"))
    assert [(m["country_codes"], m["city"]) for m in facts["meetings"]] == [(["KG", "TJ"], "Bishkek")]
    assert {p["person_name"] for p in facts["participants"]} == {"Sadyr Japarov", "Emomali Rahmon"}


@pytest.mark.parametrize("body, kept", [
    ("Президенты провели переговоры. В переговорах участвовал президент Таджикистана Эмомали Рахмо",
     "В переговорах участвовал президент Таджикистана Эмомали"),
    ("Стороны обсудили строительство автомобильной дороги «Иркештам—Дараот-Ко",
     "Стороны обсудили строительство автомобильной дороги «Иркештам"),
    ("Стороны подписали соглашения на общую сумму 750 млн долларов",
     "Стороны подписали соглашения на общую сумму 750 млн долларов"),
    ("The sides met in Tashkent. They discussed the railway to Afgh", "They discussed the railway to"),
    ("The sides met in Tashkent. The talks were held in Tashkent", "The talks were held in Tashkent"),
])
def test_a_body_cut_in_the_middle_of_a_word_drops_the_stub_and_keeps_a_whole_last_word(body, kept):
    assert split_article(article(body, "ru" if body[0] in "ПС" else "en"))[0][-1].text == kept


def test_a_surname_cut_short_at_the_end_of_an_excerpt_is_no_second_participant():
    body = ("Президент Кыргызстана Садыр Жапаров провел переговоры с президентом Таджикистана Эмомали Рахмоном в "
            "Худжанде.\n\nВ рамках визита президент Кыргызстана Садыр Жапаров и президент Таджикистана Эмомали Рахмо")
    facts = extract_article(article(body, "ru", title="Жапаров и Рахмон провели переговоры"))
    assert {p["person_name"] for p in facts["participants"]} == {"Sadyr Japarov", "Emomali Rahmon"}
