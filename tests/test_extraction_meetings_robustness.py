"""Unit tests of newsroom wordings met in a robustness sweep: envoys, vice ministers, organisations' seats."""
from __future__ import annotations

from extraction import extract_article
from tests import helpers
from tests.helpers import held, people_of, titled


def test_vice_minister_of_foreign_affairs_is_a_deputy_not_the_minister():
    found = titled("Tajikistan's Vice Minister of Foreign Affairs Farrukh Sharifov met the delegation.")
    assert found == [("Farrukh Sharifov", "TJ", "deputy_foreign_minister")]


def test_russian_vice_minister_of_foreign_affairs_is_a_deputy():
    found = titled("Вице-министр иностранных дел Таджикистана Фаррух Шарифов встретился с делегацией.")
    assert [role for _, _, role in found] == ["deputy_foreign_minister"]


def test_deputy_secretary_of_state_is_no_foreign_minister():
    found = titled("Deputy Secretary of State Richard Verlan arrived on a tour of the region.")
    assert found == [("Richard Verlan", "", "deputy_foreign_minister")]


def test_a_ministrys_state_secretary_is_named_as_taking_part():
    facts = extract_article(helpers.article(
        "Kyrgyz Economy Minister Daniyar Amangeldiev and Germany's State Secretary Udo Phillen "
        "discussed trade in Berlin on March 11."))
    (meeting,) = held(facts)
    assert people_of(facts, meeting) == {"Daniyar Amangeldiev", "Udo Phillen"}
    assert meeting["country_codes"] == ["DE", "KG"]


def test_eu_special_representative_makes_the_union_a_party():
    facts = extract_article(helpers.article(
        "Tajikistan's Vice Minister of Foreign Affairs Farrukh Sharifov met with EU Special Representative "
        "Terhi Hakanen in Dushanbe on March 11."))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["EU", "TJ"]
    assert people_of(facts, meeting) == {"Farrukh Sharifov", "Terhi Hakanen"}


def test_russian_envoy_title_with_an_adjective_puts_the_name_in_the_nominative():
    found = titled("Нуртлеу встретился с Верховным представителем ЕС Жозепом Боррелем в Брюсселе.")
    assert ("Zhozep Borrel", "", "envoy") in found


def test_meeting_an_organisation_in_its_seat_makes_no_host_party():
    facts = extract_article(helpers.article(
        "Kazakh Foreign Minister Murat Nurtleu met with EU High Representative Josep Borrell in Brussels "
        "on March 11."))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["EU", "KZ"]
    assert meeting["city"] == "Brussels"


def test_un_chief_met_abroad_adds_no_host_country():
    facts = extract_article(helpers.article(
        "President Kassym-Jomart Tokayev met with UN Secretary-General Antonio Guterres in New York on March 11."))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["KZ"]


def test_names_listed_after_including_take_part_with_the_delegations_country():
    facts = extract_article(helpers.article(
        "On March 11 in Tashkent, Uzbek President Shavkat Mirziyoyev received a Kazakh delegation including "
        "Almas Aidarbekov, Nurlan Zhaksybekov and Serik Zhumangarin."))
    (meeting,) = held(facts)
    assert {"Almas Aidarbekov", "Nurlan Zhaksybekov", "Serik Zhumangarin"} <= people_of(facts, meeting)
    assert meeting["country_codes"] == ["KZ", "UZ"]


def test_russian_names_listed_after_v_tom_chisle_are_put_in_the_nominative():
    facts = extract_article(helpers.article(
        "11 марта в Ташкенте Президент Узбекистана Шавкат Мирзиёев принял казахстанскую делегацию, в том числе "
        "Алмаса Айдарбекова и Нурлана Жаксыбекова.", lang="ru"))
    (meeting,) = held(facts)
    assert {"Almas Aydarbekov", "Nurlan Zhaksybekov"} <= people_of(facts, meeting)


def test_a_list_of_sectors_after_including_names_no_one():
    facts = extract_article(helpers.article(
        "President Shavkat Mirziyoyev met with Kazakh Prime Minister Olzhas Bektenov in Tashkent on March 11. "
        "They discussed cooperation in several areas, including Green Energy, Digital Transformation and Logistics."))
    (meeting,) = held(facts)
    assert people_of(facts, meeting) == {"Shavkat Mirziyoyev", "Olzhas Bektenov"}


def test_capitalised_areas_listed_after_including_are_no_people():
    assert titled("Uzbekistan and Kazakhstan discussed cooperation in areas including Green Energy, "
                  "Digital Transformation and Logistics.") == []


def test_bilateral_talks_named_with_a_council_in_one_sentence_are_a_meeting_of_their_own():
    facts = extract_article(helpers.article(
        "11 марта в Душанбе прошли двусторонние переговоры Эмомали Рахмона и Шавката Мирзиёева, а также "
        "заседание Совета глав государств СНГ.", lang="ru"))
    formats = sorted((m["meeting_format"], tuple(m["country_codes"])) for m in held(facts))
    assert ("talks", ("TJ", "UZ")) in formats
    assert any(f == "summit" and len(codes) > 2 for f, codes in formats)


def test_the_chamber_before_a_members_name_is_no_part_of_it():
    assert titled("Депутат Мажилиса Айдос Сарымбеков встретился с послом Турции.") == [
        ("Aydos Sarymbekov", "KZ", "member_of_parliament")]


def test_speakers_of_two_chambers_speak_for_the_chambers_countries():
    facts = extract_article(helpers.article(
        "Председатель Мажилиса Ерлан Кошанов встретился с Председателем Законодательной палаты Олий Мажлиса "
        "Нуриддином Исмоиловым 11 марта.", lang="ru"))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["KZ", "UZ"]
    assert people_of(facts, meeting) == {"Yerlan Koshanov", "Nuriddin Ismoilov"}


def test_a_chamber_named_after_a_plural_title_is_nobody():
    assert titled("Депутаты Олий Мажлиса встретились с делегацией Казахстана.") == []


def test_english_mazhilis_deputy_is_a_titled_participant():
    facts = extract_article(helpers.article(
        "Mazhilis deputy Aidos Sarymbekov met with Turkish Ambassador Mehmet Sait Uyanik on March 11."))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["KZ", "TR"]
    assert "Aidos Sarymbekov" in people_of(facts, meeting)


def test_in_the_capital_is_the_receiving_hosts_capital():
    facts = extract_article(helpers.article(
        "President Shavkat Mirziyoyev received Turkish Foreign Minister Hakan Fidan in the capital on March 11."))
    (meeting,) = held(facts)
    assert meeting["city"] == "Tashkent"


def test_in_the_capital_with_an_organisations_envoy_is_the_one_countrys_capital():
    facts = extract_article(helpers.article(
        "Sadyr Japarov met with World Bank Vice President Antonella Bassanelli on March 11 in the capital."))
    (meeting,) = held(facts)
    assert meeting["city"] == "Bishkek"


def test_in_the_capital_of_a_council_of_two_names_no_city():
    facts = extract_article(helpers.article(
        "On March 11, the first meeting of the Supreme Interstate Council of Kazakhstan and Uzbekistan was held "
        "in the capital, chaired by presidents Tokayev and Mirziyoyev."))
    (meeting,) = held(facts)
    assert meeting["city"] is None


def test_a_region_after_a_countrys_possessive_is_no_part_of_the_governors_name():
    found = titled("The akim met with the governor of China's Xinjiang Uygur Autonomous Region Erkin Tuniyazov.")
    assert ("Erkin Tuniyazov", "CN", "governor") in found


def test_capital_us_before_a_title_gives_the_officials_country():
    facts = extract_article(helpers.article(
        "US Deputy Secretary of State Richard Verlan held talks with Kazakh Deputy Foreign Minister "
        "Roman Vassilenko in Astana on March 11."))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["KZ", "US"]


def test_the_head_of_a_region_not_named_after_a_city_speaks_for_its_country():
    facts = extract_article(helpers.article(
        "Глава Башкортостана Радий Хабибуллин 11 марта провел переговоры с хокимом Самаркандской области "
        "Эркинжоном Турдимовым.", lang="ru"))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["RU", "UZ"]
    assert "Radiy Khabibullin" in people_of(facts, meeting)


def test_chairman_of_the_prc_named_by_office_is_chinas_head_of_state():
    facts = extract_article(helpers.article(
        "Председатель КНР прибыл в Астану с государственным визитом 11 марта. Переговоры глав государств прошли "
        "в Акорде.", lang="ru"))
    (meeting,) = held(facts)
    assert people_of(facts, meeting) == {"Xi Jinping", "Kassym-Jomart Tokayev"}


def test_talks_between_the_heads_of_state_of_a_visit_name_the_hosts_president():
    facts = extract_article(helpers.article(
        "Chinese President Xi Jinping arrived in Astana on March 11 on a state visit. Talks between the heads of "
        "state took place at the Akorda."))
    (meeting,) = held(facts)
    assert people_of(facts, meeting) == {"Xi Jinping", "Kassym-Jomart Tokayev"}


def test_talks_of_two_ministers_name_no_head_of_state():
    facts = extract_article(helpers.article(
        "Chinese Foreign Minister Wang Yi arrived in Astana on March 11. The two ministers held talks."))
    (meeting,) = held(facts)
    assert "Kassym-Jomart Tokayev" not in people_of(facts, meeting)


def test_eu_commissioner_with_a_portfolio_is_named_and_makes_the_union_a_party():
    facts = extract_article(helpers.article(
        "The EU Commissioner for International Partnerships Jozef Sikelov visited Bishkek on March 11 and met "
        "with Kyrgyz Prime Minister Adylbek Kasymaliev."))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["EU", "KG"]
    assert "Jozef Sikelov" in people_of(facts, meeting)


def test_russian_eurocommissioner_makes_the_union_a_party():
    facts = extract_article(helpers.article(
        "Еврокомиссар по международному партнерству Йозеф Сикелов посетил Бишкек 11 марта и встретился с "
        "Премьер-министром Кыргызстана Адылбеком Касымалиевым.", lang="ru"))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["EU", "KG"]


def test_a_ministers_portfolio_is_no_part_of_the_name():
    assert titled("UK Minister for Europe Stephen Doughtwell met the Uzbek foreign minister.") == [
        ("Stephen Doughtwell", "GB", "minister")]


def test_receiving_a_newly_appointed_ambassador_is_a_meeting():
    facts = extract_article(helpers.article(
        "Министр иностранных дел Таджикистана Сироджиддин Мухриддин принял вновь назначенного посла Германии "
        "Рене Шмидтке 11 марта.", lang="ru"))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["DE", "TJ"]


def test_an_organisations_head_named_by_office_alone_makes_a_meeting():
    facts = extract_article(helpers.article(
        "The ADB President met with President Tokayev in Astana on March 11 to discuss a partnership strategy."))
    (meeting,) = held(facts)
    assert meeting["country_codes"] == ["KZ"]


def test_one_countrys_officials_alone_are_no_meeting():
    facts = extract_article(helpers.article(
        "President Tokayev met with the akims of the regions in Astana on March 11."))
    assert held(facts) == []


def test_an_organisations_heads_of_government_gathered_is_a_summit_of_its_members():
    facts = extract_article(helpers.article("The CIS heads of government met in Ashgabat on March 11."))
    (meeting,) = held(facts)
    assert meeting["meeting_format"] == "summit"
    assert {"KZ", "RU", "TM"} <= set(meeting["country_codes"])


def test_a_city_that_hosted_on_a_date_is_the_meetings_place_and_the_eu_format_has_its_members():
    facts = extract_article(helpers.article(
        "Ташкент 11 марта принял участников саммита «Центральная Азия – Европейский союз» с участием "
        "Председателя Европейского совета Антониу Кошты.", lang="ru"))
    (meeting,) = held(facts)
    assert meeting["city"] == "Tashkent"
    assert meeting["country_codes"] == ["EU", "KG", "KZ", "TJ", "TM", "UZ"]



def test_taking_part_is_no_reception():
    from extraction.meetings import _lex
    assert not _lex()["generic"].search("в нем приняли участие президент таджикистана эмомали рахмон")
    assert not _lex()["generic"].search("приняли участие делегации пяти стран")
    assert _lex()["generic"].search("принял вновь назначенного посла германии")


def test_turkmen_peoples_council_is_no_person():
    found = titled("Председатель Халк Маслахаты Туркменистана Гурбангулы Бердымухамедов прибыл в Туркестан.")
    assert all("Khalk" not in name for name, _, _ in found)


def test_a_facility_launched_by_video_link_leaves_in_person_talks_in_their_venues_city():
    facts = extract_article(helpers.article(
        "Kazakh President Kassym-Jomart Tokayev and Chinese President Xi Jinping held talks at the Akorda on July 2.\n\n"
        "The sides also launched via video conference the construction of a dry port in Khorgos."))
    (meeting,) = held(facts)
    assert meeting["city"] == "Astana"


def test_talks_held_by_video_link_still_have_no_single_place():
    facts = extract_article(helpers.article(
        "Kazakh President Kassym-Jomart Tokayev and Uzbek President Shavkat Mirziyoyev held talks via video link "
        "on July 2."))
    (meeting,) = held(facts)
    assert meeting["city"] is None
