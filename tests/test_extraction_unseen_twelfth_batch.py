"""Constructions found in a twelfth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

import datetime as dt

import pytest

from extraction import extract_article
from extraction.projects import nominative
from tests.helpers import article, article_projects, held, people_of, titled

MAY = dt.datetime(2025, 5, 20, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=5)))


# --- meetings ------------------------------------------------------------------------------------------------

def test_agreements_to_be_signed_during_a_visit_make_the_visit_planned():
    body = ("New cooperation agreements will be signed between Tajikistan and Russia during the president's official "
            "visit to Moscow, a government source said.")
    assert held(extract_article(article(body, "en", published=MAY))) == []


def test_a_plan_a_named_speaker_reported_after_talks_leaves_the_talks_held():
    body = ("Osh, May 20 / Kabar /.In the near future, the agency intends to launch 3 more projects worth USD 1.5 "
            "million, Prime Minister of the Kyrgyz Republic Adylbek Kasymaliev said following talks with the Korean "
            "Prime Minister, who is on an official visit in Bishkek.")
    (meeting,) = held(extract_article(article(body, "en", published=MAY)))
    assert meeting["country_codes"] == ["KG", "KR"] and meeting["meeting_format"] == "official_visit"



def test_a_place_before_said_and_a_title_is_no_person():
    text = ("The cable will run along the bottom of the Aral Sea, said Uzbekistan's Minister of Energy Jurabek "
            "Mirzamahmudov.")
    assert [name for name, _, _ in titled(text)] == ["Jurabek Mirzamahmudov"]


def test_a_country_and_a_qualifier_may_stand_between_a_name_and_its_title():  # a guard
    text = ("The commission met with Laziz Kudratov, Uzbekistan's Minister of Investment, and Ahmed Raza Khan, "
            "Pakistan's Federal Minister for Commerce, along with senior officials.")
    assert ("Ahmed Raza Khan", "PK", "minister") in titled(text)


@pytest.mark.parametrize("text, name", [
    ("A meeting with Acting Director General of the Saudi Fund for Development (SFD) Sultan Al-Marshad took place.",
     "Sultan Al-Marshad"),
])
def test_a_bracketed_abbreviation_ends_the_body_before_a_name(text, name):
    assert [found for found, _, _ in titled(text)] == [name]


def test_a_part_of_the_world_is_no_name():
    assert titled("The talks were attended by ADB Director General for Central and West Asia, Tom Reed, and others.") == []


def test_the_next_officials_qualified_title_ends_the_body_before_a_name():
    body = ("The sides met in Dubai: a meeting between Deputy Minister of Foreign Affairs of the Republic of Tajikistan "
            "Rustam Nazarzoda and Assistant Minister of Foreign Affairs of the United Arab Emirates Omar Saif.")
    facts = extract_article(article(body, "en", published=MAY))
    (meeting,) = held(facts)
    assert {"Rustam Nazarzoda", "Omar Saif"} <= set(people_of(facts, meeting))


def test_a_joint_economic_commission_that_met_is_an_intergovernmental_commission():
    body = ("Budapest looks set to tighten ties with Tashkent after the Hungarian-Uzbek Joint Economic Commission met "
            "in Tashkent on May 20, the minister of foreign affairs Peter Szijjarto said.")
    (meeting,) = held(extract_article(article(body, "en", published=MAY)))
    assert meeting["meeting_format"] == "intergovernmental_commission"


def test_a_forum_held_ahead_of_the_visit_does_not_give_the_visit_its_format():
    body = ("В резиденции президенты Узбекистана и Азербайджана Шавкат Мирзиёев и Ильхам Алиев провели встречу в узком "
            "формате. В ходе бизнес-форума, состоявшегося в преддверии визита, были подписаны соглашения.")
    (meeting,) = held(extract_article(article(body, "ru", published=MAY)))
    assert meeting["meeting_format"] == "talks"


@pytest.mark.parametrize("body, absent", [
    ("President of Kyrgyzstan Sadyr Japarov received the deputy head of China Railway in Bishkek. He supports the "
     "initiative of Chinese President Xi Jinping One Belt, One Road.", {"Xi Jinping"}),
    ("Minister of Energy of Kyrgyzstan Taalaibek Ibraev met with Minister of Energy of Uzbekistan Jurabek "
     "Mirzamahmudov in Bishkek. The meeting was held as part of the implementation of agreements reached between "
     "Presidents of Kyrgyzstan Sadyr Japarov and Uzbekistan Shavkat Mirziyoyev.", {"Sadyr Japarov", "Shavkat Mirziyoyev"}),
])
def test_a_leader_named_for_an_initiative_or_earlier_agreements_is_no_participant(body, absent):
    facts = extract_article(article(body, "en", published=MAY))
    (meeting,) = held(facts)
    assert not absent & set(people_of(facts, meeting))


def test_a_forum_held_ahead_of_a_leaders_visit_is_without_the_leader():
    body = ("On May 20, in Dushanbe, ahead of the official visit of President Shavkat Mirziyoyev, an Uzbek-Tajik "
            "business forum took place, co-chaired by Deputy Prime Minister Jamshid Khodjaev.")
    facts = extract_article(article(body, "en", published=MAY))
    (meeting,) = held(facts)
    assert "Shavkat Mirziyoyev" not in people_of(facts, meeting)


def test_a_visit_in_a_month_gone_by_is_no_meeting_of_the_day():
    body = ("The ground-breaking ceremony of a school took place in Fuzuli. Last August President of Kazakhstan "
            "Kassym-Jomart Tokayev paid an official visit to Azerbaijan.")
    assert held(extract_article(article(body, "en", published=MAY))) == []


def test_the_country_whose_money_built_a_hospital_is_not_where_it_stands():
    body = "The Jalal-Abad Clinic Hospital was built with Chinese funding and treats 150 patients."
    facts = extract_article(article(body, "en", published=MAY))
    assert [p["country_code"] for p in facts["projects"]] == [None]


# --- projects ------------------------------------------------------------------------------------------------

def test_finished_before_a_product_is_an_adjective_not_the_works_finished():
    body = ("Agreements have been reached to accelerate the implementation of projects for the assembly of farm machinery, "
            "production of roof tiles , food products, finished textile and other goods.")
    assert [status for _, status in article_projects(body, "en")] == ["announced"]


@pytest.mark.parametrize("body, lang, expected", [
    # a gerund of the works before the object of a list of them
    ("The three countries began a feasibility study for a project aimed at joining their grids and laying a "
     "power cable along the bottom of the Aral Sea.", "en", [("power cable along the bottom of the Aral Sea", "announced")]),
    # a historic route to revive is no facility; a university named after it is
    ("The leader called the strategy to revive the Great Silk Road a priority of the two countries.", "en", []),
    ("Президент предложил вместе возродить Великий Шелковый путь.", "ru", []),  # a guard
    # the region a city lies in is no second place
    ("They agreed on the establishment of a medical center with 500 beds in the city of Angren, Tashkent region.",
     "en", [("medical center with 500 beds", "announced")]),
    # an item of a list that repeats its preposition before the work
    ("The sides agreed on implementing new projects in Uzbekistan, in particular, on setting up a factory for "
     "producing ceramic tiles.", "en", [("factory for producing ceramic tiles", "announced")]),
    # a project under consideration is intended
    ("Kyrgyzstan is considering the implementation of a 300-megawatt wind power plant project with a Gulf investor.",
     "en", [("300-megawatt wind power plant", "announced")]),
    ("Кыргызстан рассматривает реализацию проекта ветровой электростанции в Иссык-Кульской области.", "ru",
     [("ветровая электростанция", "announced")]),
    # a gloss after a dash leaves the facility before it as the subject
    ("A fertilizer plant was built in Mary and the first plant for the production of clean synthetic fuel - gasoline "
     "from natural gas was built in Ahal region.", "en",
     [("fertilizer plant", "completed"), ("first plant for the production of clean synthetic fuel", "completed")]),
    # where is no part of the name; nor is the sum a deal is worth
    ("A Kazakh investor will build there greenery complex worth USD 80 million.", "en",
     [("greenery complex", "announced")]),
    ("The sides agreed to build a paper mill and a cancer centre to the amount of USD 95 million in Shymkent.", "en",
     [("paper mill", "announced"), ("cancer centre", "announced")]),
    # a size before a title-case name of two parts
    ("A 300-bed Maternal and Child Health Center will be built in the city of Mary.", "en",
     [("300-bed Maternal and Child Health Center", "announced")]),
    # whom a zone serves is no second project
    ("To expand industrial cooperation, a special industrial zone for Korean companies is being set up in the "
     "Samarkand region.", "en", [("special industrial zone for Korean companies", "announced")]),  # a guard
    # a country's flagship facility is named without its owner or its praise; nor with a price "plus"
    ("The fund agreed to provide a loan of $40 million to support construction of Kyrgyzstan's flagship Kambarata "
     "Hydropower Plant, officials announced.", "en", [("Kambarata Hydropower Plant", "announced")]),
    ("The $3 billion-plus Kambarata plant is the largest project of the country and is expected to be completed by "
     "2032.", "en", [("Kambarata plant", "announced")]),
    # the activation of a line puts it into operation
    ("The ceremony in Osh marked the activation of the 220-kilovolt Datka–Kemin transmission line.", "en",
     [("220-kilovolt Datka–Kemin transmission line", "launched")]),
    # how the works are paid is no part of the name
    ("They began the construction of six schools in the regions of Tajikistan through Chinese funding.", "en",
     [("six schools in the regions of Tajikistan", "construction_started")]),
    # a deal on financing the works is a deal on the works
    ("Стороны подписали соглашение о финансировании строительства нового моста через Пяндж.", "ru",
     [("мост через Пяндж", "agreement_signed")]),  # a guard
    # "соглашение об этом" takes up what the sentence before agreed to build
    ("Узбекистан и Китай договорились построить современный химический комплекс в Навоийской области. Соглашение об "
     "этом стороны подписали в ходе круглого стола.", "ru", [("современный химический комплекс", "agreement_signed")]),
    # a total capacity is of all the places together; a deadline is no part of the name
    ("В стране введены в эксплуатацию новые электростанции в Навоийской и Бухарской областях общей мощностью 300 "
     "мегаватт.", "ru", [("новые электростанции в Навоийской области", "launched"),
                         ("новые электростанции в Бухарской области", "launched")]),
    ("Компания рассчитывает завершить строительство участка газопровода ТАПИ в Кандагаре к концу 2027 года.", "ru",
     [("участок газопровода ТАПИ в Кандагаре", "announced")]),
    # a pipeline and the gas pipeline of the same name are one
    ("Туркменистан намерен рассмотреть реализацию проекта Транскаспийского трубопровода. Президент назвал "
     "строительство Транскаспийского газопровода приоритетом.", "ru", [("Транскаспийский трубопровод", "announced")]),
    # one plant in each town of a list after "в городах", whatever the town's case
    ("Обсуждены вопросы строительства ТЭЦ в городах Актобе, Таразе и Уральске.", "ru",
     [("ТЭЦ в городе Актобе", "announced"), ("ТЭЦ в городе Таразе", "announced"),
      ("ТЭЦ в городе Уральске", "announced")]),
    # numbered parts are named in the nominative
    ("Обсуждены вопросы модернизации 5-го и 6-го блоков Ермаковской ГРЭС.", "ru",
     [("5-й и 6-й блоки Ермаковской ГРЭС", "announced")]),
    # a total capacity leaves the places around it
    ("Дан старт строительству двух ветровых электростанций общей мощностью 300 мегаватт в Навоийской и Бухарской "
     "областях.", "ru", [("ветровые электростанции в Навоийской области", "construction_started"),
                         ("ветровые электростанции в Бухарской области", "construction_started")]),
    # a company's line of business is no project
    ("Компания Masdar занимается проектами возобновляемой энергетики, в частности, производства электроэнергии и "
     "водорода.", "ru", []),
    # a technopark to organise is intended
    ("Хоким предложил организовать в Самаркандской области технопарк «Шэньчжэнь».", "ru",
     [("технопарк «Шэньчжэнь»", "announced")]),
    # the word for any facility, only "next", names none
    ("Мы предлагаем открыть уже следующий объект, где могли бы начать сборку.", "ru", []),
    # the first concrete poured starts the works; an abbreviation given in brackets is the same plant later
    ("Состоялась заливка первого бетона для атомной электростанции в Навоийской области.", "ru",
     [("атомная электростанция", "construction_started")]),
    ("Заливка первого бетона для атомной станции малой мощности (АСММ) планируется в мае. Контракт на строительство "
     "АСММ был подписан в Москве.", "ru", [("атомная станция малой мощности", "agreement_signed")]),
    # a place said before ("в этом же городе") and a name said elsewhere are no part of the name
    ("Мы поддерживаем планы инвесторов по созданию в этом же городе логистического центра с аналогичным названием.",
     "ru",
     [("логистический центр", "announced")]),
    # a finite verb after the head opens the predicate
    ("The creation of the Center for Textile Technologies provides for the organization of a research complex.", "en",
     [("Center for Textile Technologies", "announced")]),
    # a new construction phase of a pipeline is the works on it
    ("Ceremonies were held on the launch of a new construction phase of the CAGP gas pipeline.", "en",
     [("CAGP gas pipeline", "construction_started")]),
    # a counted subject with its size, connected to the grid
    ("In May, two solar power plants with a capacity of 200 megawatts each were connected to the grid in the Navoi "
     "region.", "en", [("two solar power plants", "launched")]),
    # what a road does to another road is no second project
    ("Construction of the Osh-Irkeshtam highway, creating a new trade route and shortening the road between Osh and "
     "Kashgar by 200 kilometers.", "en", [("Osh-Irkeshtam highway", "announced")]),
    # an ordinal before a proper name counts the list
    ("The first projected Rogun hydroelectric power plant will cost $300 million. The second Nurek hydroelectric "
     "power plant will cost $200 million.", "en",
     [("Rogun hydroelectric power plant", "announced"), ("Nurek hydroelectric power plant", "announced")]),
    # "the plant in X" after a plant of that kind is named is that plant, told where it stands
    ("Uzbekistan and Kyrgyzstan are looking to establish a joint bus manufacturing plant in Kyrgyzstan. It is planned "
     "to construct the plant in Kyrgyzstan's Kant village of the Chui region.", "en",
     [("joint bus manufacturing plant in Kyrgyzstan", "announced")]),  # a guard
    ("Funds will support the construction of the 50MW plant near the town of Kordai in the south of the country.", "en",
     [("50MW plant", "announced")]),  # a guard: no plant named before
    # how the works may be paid, and their equipping, are no part of the name
    ("It was proposed to build a plant for the production of sugar in Aravan district with consideration of possible "
     "financing by the Development Fund.", "en", [("plant for the production of sugar", "announced")]),
    # laying a time capsule in a future school's foundation starts it
    ("The presidents took part in a solemn ceremony of laying a time capsule in the foundation of the future secondary "
     "school in Fuzuli.", "en", [("secondary school in Fuzuli", "construction_started")]),
    # with whom and at whose expense are no part of the name
    ("It is planned to build a school in Tokmok within cooperation with Kazakhstan.", "en", [("school", "announced")]),
    # facilities being established are intended
    ("A technopark of information technologies in Samarkand and a textile zone in the Namangan region are being "
     "established jointly with Korean partners.", "en",
     [("technopark of information technologies", "announced"), ("textile zone", "announced")]),
    # the first turbine installed: the wind farm is being built, whatever its size is called
    ("The company installed the first turbine for its 300-megawatt Zarafshan wind farm project in the Navoi region. "
     "The Zarafshan wind farm is expected to be completed in 2026.", "en",
     [("300-megawatt Zarafshan wind farm project", "construction_started")]),
    # a logistics base is a facility; the material and technical base of a sector is not; a lender is no project
    ("The China-Kyrgyzstan (Kashgar) logistics cooperation base project was launched.", "en",
     [("China-Kyrgyzstan logistics cooperation base", "launched")]),
    ("Grant programs aimed at improving the material and technical base of clinics were discussed.", "en", []),  # a guard
    ("The consortium was selected for the Economic Development Cooperation Fund (EDCF) project to establish the "
     "Samarkand General Hospital.", "en", [("Samarkand General Hospital", "announced")]),
    # "while" opens another clause
    ("The first agreement includes funds towards the construction of an airport in Mary while the second agreement "
     "aims to finance a solar plant.", "en", [("airport in Mary", "announced"), ("solar plant", "announced")]),
    # what a project "has constructed" is done, capitalised or not
    ("Besides the equipment, the project has also constructed Asphalt and Concrete Plants in the Rasht district.", "en",
     [("Asphalt Plant in the Rasht district", "completed"), ("Concrete Plant in the Rasht district", "completed")]),
    # loans and facilities of a financing package are no facilities; whose, however the country is called
    ("The bank will provide an equity bridge loan of up to $40 million to the developer.", "en", []),
    ("The package includes a senior loan and an additional special facility worth 5 million euros.", "en", []),
    ("The government signed loan agreements to finance construction of the Central Asian nation's first wind power "
     "plant.", "en", [("first wind power plant", "agreement_signed")]),
    # "данное соглашение предполагает": what the deal signed before provides for
    ("Аким подписал меморандум с турецкой компанией. Данное соглашение предполагает строительство кардиологического "
     "центра.", "ru", [("кардиологический центр", "agreement_signed")]),
    # a numbered name loses its size; an active stage of the works is under way
    ("Проект строительства Рогунской ГЭС-2 установленной мощностью 600 мегаватт перешел в стадию активной "
     "реализации.", "ru", [("Рогунская ГЭС-2", "construction_started")]),
    # what a work was called, a count of one and an office named after the works are no part of a name
    ("Президент назвал строительство первой ГАЭС в стране историческим решением.", "ru",
     [("первая ГАЭС в стране", "announced")]),
    ("Соглашением предусмотрено строительство двух ветряных электростанций и одной солнечной электростанции.", "ru",
     [("две ветряные электростанции", "announced"), ("солнечная электростанция", "announced")]),
    ("Инвестиции в строительство одной из ВЭС в Навоийской области оцениваются в $500 млн.", "ru",
     [("ВЭС", "announced")]),  # a guard: "одной из" is one of several
    ("В церемонии принял участие глава Дирекции по строительству атомной электростанции Иван Петров.", "ru", []),
    # the laying of a proposed pipeline has begun
    ("Непосредственные работы по прокладке предполагаемого газопровода Туркменистан — Иран начались, сообщили в "
     "министерстве.", "ru", [("газопровод Туркменистан — Иран", "construction_started")]),
    ("Ключевым элементом инициативы станет прокладка подводного кабеля по дну Каспийского моря.", "ru",
     [("подводный кабель по дну Каспийского моря", "announced")]),
])
def test_twelfth_batch_projects(body, lang, expected):
    assert article_projects(body, lang) == expected


def test_a_code_name_tells_one_project_under_two_heads():
    body = ("The presidents launched the CASA-2000 power line in Osh. The CASA-2000 project will export electricity to "
            "South Asia. Work on the Afghan section of CASA-2000 was suspended.")
    assert article_projects(body, "en") == [("CASA-2000 power line", "launched"),
                                            ("Afghan section of CASA-2000", "announced")]


def test_an_abbreviation_given_in_brackets_names_the_same_plant_with_its_town():
    body = ("Kazakhstan brought in Chinese contractors to build a combined heat and power (CHP) plant in Semey. "
            "The Semey CHP plant will be financed by a state loan. Kazakhstan had planned three coal-fired CHP plants "
            "in other towns.")
    names = [name for name, _ in article_projects(body, "en")]
    assert names[0] == "combined heat and power (CHP) plant" and not any(n.startswith("Semey") for n in names)


@pytest.mark.parametrize("written, spelt", [
    ("3-го и 4-го блоков Экибастузской ГРЭС-2", "3-й и 4-й блоки Экибастузской ГРЭС-2"),
    ("5-ю очередь завода", "5-я очередь завода"),
    ("2-м этапе строительства", "2-й этап строительства"),
    ("3-х школ", "3-х школ"),  # a count, not an ordinal: a guard
])
def test_numbered_parts_are_put_in_the_nominative(written, spelt):
    assert nominative(written) == spelt
