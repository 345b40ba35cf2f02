"""Unit tests of the sector lexicon and its context rules (own sentences, Russian and English)."""
from __future__ import annotations

import pytest

from extraction import extract_article
from extraction.projects import find_projects
from extraction.sectors import find_sectors, project_sectors
from extraction.text import Sentence
from tests.helpers import article


def sents(*texts: str) -> list[Sentence]:
    return [Sentence(t, i, "body", 0) for i, t in enumerate(texts)]


def sectors(*texts: str, with_projects: bool = False) -> set[str]:
    sentences = sents(*texts)
    found = find_sectors(sentences, find_projects(sentences) if with_projects else None)
    return {s.sector_code for s in found}


def test_ru_areas_of_cooperation_in_any_case_form():
    assert sectors("Стороны обсудили сотрудничество в здравоохранении, туризме и горнодобывающей отрасли.") == {
        "healthcare", "tourism", "mining_geology"}


def test_en_areas_of_cooperation():
    assert sectors("The ministers discussed cooperation in pharmaceuticals, fuel supplies and schools.") == {
        "industry", "energy", "education_science"}


def test_construction_of_a_facility_is_not_the_construction_sector():
    assert "construction_real_estate" not in sectors("Стороны договорились о строительстве моста через реку.")
    assert "construction_real_estate" not in sectors("They agreed on the construction of a new bridge.")
    assert "construction_real_estate" in sectors("Стороны обсудили сотрудничество в строительстве и энергетике.")
    assert "construction_real_estate" in sectors("They discussed cooperation in construction and energy.")


def test_investment_flows_and_investors_are_not_the_finance_sector():
    assert "finance_investment" not in sectors("Объем инвестиций в экономику страны вырос, отметили стороны.")
    assert "finance_investment" not in sectors("He invited investors to joint tourism projects.")
    assert "finance_investment" in sectors("Стороны договорились создать совместный инвестиционный фонд.")


def test_loans_count_without_a_cooperation_cue():
    assert "finance_investment" in sectors("The bank will extend a $50 million loan to Tajikistan.")
    assert "finance_investment" in sectors("Экспортный центр откроет Кыргызстану кредитную линию.")


def test_artificial_intelligence_is_not_art():
    got = sectors("Стороны обсудили проекты в сфере искусственного интеллекта.")
    assert "digital_it" in got and "culture_humanitarian" not in got


def test_green_energy_with_hyphen():
    assert "green_economy" in sectors("The presidents discussed a green-energy corridor.")


def test_continuation_sentence_shares_context():
    assert {"industry", "agriculture"} <= sectors("Согласован портфель совместных проектов.",
                                                  "В него вошли предприятия машиностроения и переработки сельхозпродукции.")
    assert sectors("Погода была хорошей.", "В него вошли предприятия машиностроения и переработки сельхозпродукции.") == set()


def test_bilateral_subject_is_a_cooperation_cue():
    assert "transport_logistics" in sectors("Авиакомпании двух стран откроют новые рейсы.")


def test_word_merely_appearing_is_not_a_sector():
    assert sectors("Министр прилетел на самолете и посетил школу.") == set()
    assert sectors("The minister arrived by train.") == set()


def test_project_heads_map_to_sectors():
    assert set(project_sectors("гостиничный комплекс «Арал»")) == {"construction_real_estate", "tourism"}
    assert set(project_sectors("hydropower plant")) == {"energy"}
    assert set(project_sectors("cement plant")) == {"industry"}
    assert set(project_sectors("joint investment company")) == {"finance_investment"}
    assert set(project_sectors("железной дороги «Север – Юг»")) == {"transport_logistics"}
    assert "green_economy" in project_sectors("солнечная электростанция «Кун»")
    assert set(project_sectors("Friendship Hospital")) == {"healthcare"}


def test_projects_add_their_sectors_to_the_article():
    got = sectors("В Бухаре открыт цементный завод «Бухара-Цемент».", with_projects=True)
    assert got == {"industry"}


def test_confidence_grows_with_evidence():
    one = {s.sector_code: s.confidence for s in find_sectors(sents("Обсуждалось сотрудничество в энергетике."))}
    two = {s.sector_code: s.confidence for s in find_sectors(sents(
        "Обсуждалось сотрудничество в энергетике.", "Энергетические проекты обсуждались отдельно."))}
    named = sents("В Бухаре открыт цементный завод «Бухара-Цемент».")
    from_name = {s.sector_code: s.confidence for s in find_sectors(named, find_projects(named))}
    assert two["energy"] > one["energy"] > from_name["industry"]


def test_construction_of_counted_facilities_is_not_the_construction_sector():
    assert "construction_real_estate" not in sectors("Стороны обсудили строительство еще трех больниц.")
    assert "construction_real_estate" not in sectors("Стороны договорились о строительстве двенадцати школ.")
    assert "construction_real_estate" not in sectors("They agreed on the construction of more schools.")
    assert "construction_real_estate" in sectors("Стороны обсудили сотрудничество в строительстве.")


def test_round2_project_heads_map_to_sectors():
    assert "energy" in project_sectors("Бишкекской ТЭЦ") and "industry" in project_sectors("цементный завод")
    assert "transport_logistics" in project_sectors("dry port") and "agriculture" in project_sectors("greenhouse complex")


def test_wind_or_solar_farm_is_energy_not_farming():
    assert set(project_sectors("wind farm in Karakalpakstan")) == {"energy", "green_economy"}
    assert set(project_sectors("солнечный парк в Навои")) == {"energy", "green_economy"}
    assert "agriculture" not in sectors("Samruk-Kazyna signed a memorandum with a Chinese company to build a wind farm.",
                                        with_projects=True)


def test_it_or_financial_hub_is_no_transport_but_a_cargo_hub_is():
    assert set(project_sectors("IT hub in Tashkent")) == {"digital_it"}
    assert set(project_sectors("financial hub")) == {"finance_investment"}
    assert set(project_sectors("транзитный хаб в Термезе")) == {"transport_logistics"}


def test_adviser_envoy_or_deputy_premier_brief_is_an_office_not_an_area():
    assert sectors("National Security Adviser Victor Makhmudov took part in the talks on trade cooperation.") == {"trade"}
    assert sectors("The country's top health official also joined the talks on trade.") == {"trade"}
    assert sectors("Вице-премьер по вопросам инвестиций обсудил с делегацией расширение торговли.") == {"trade"}


@pytest.mark.parametrize("body, lang, expected", [
    ("The sides discussed trade.\n\nRead also: Kazakhstan and China sign deals on energy and healthcare.", "en", {"trade"}),
    ("Стороны обсудили торговлю.\n\nЧитайте также: Узбекистан и Турция договорились развивать туризм.", "ru", {"trade"}),
    ("Стороны обсудили торговлю.\n\nТеги: инвестиции, энергетика, туризм", "ru", {"trade"}),
])
def test_link_to_another_story_or_tags_line_names_no_area_of_this_article(body, lang, expected):
    facts = extract_article(article(body, lang, title="News" if lang == "en" else "Новости"))
    assert {s["sector_code"] for s in facts["sectors"]} == expected


def test_a_sentence_opening_with_source_of_funding_is_no_page_furniture():
    assert sectors("Источник финансирования проекта — кредит Азиатского банка развития.") == {"finance_investment"}


def test_a_named_region_is_no_field_of_cooperation():
    assert sectors("Жители Туркестанской области жалуются на нехватку поливной воды.") == set()
    assert sectors("В Ташкентской области за год собрали рекордный урожай пшеницы.") == set()
    assert sectors("Стороны обсудили сотрудничество в области энергетики.") == {"energy"}


def test_a_pandemic_that_explains_a_figure_is_no_healthcare_but_fighting_it_together_is():
    assert sectors("Trade fell in 2020 due to the pandemic but has since recovered, the sides noted.") == {"trade"}
    assert sectors("Товарооборот сократился из-за пандемии, однако стороны договорились его нарастить.") == {"trade"}
    assert sectors("The sides agreed to cooperate in the fight against the pandemic and in trade.") == {"healthcare", "trade"}
    assert sectors("Стороны обсудили сотрудничество в борьбе с пандемией.") == {"healthcare"}


def test_a_stage_under_construction_or_military_training_names_no_sector_of_its_word():
    assert sectors("The sides discussed the launch of the plant, which has been under construction since 2022.") == set()
    assert sectors("The sides agreed to hold joint military training exercises next year.") == {"security_defense"}
    assert sectors("The sides discussed cooperation in construction.") == {"construction_real_estate"}


def test_financial_terms_results_or_position_of_a_party_name_no_financing():
    assert sectors("The companies signed an agreement, the financial terms of which were not disclosed.") == set()
    assert sectors("The company, which has a strong financial position, agreed to expand exports.") == {"trade"}
    assert sectors("Компании подписали соглашение, финансовые условия сделки не раскрываются.") == set()
    assert sectors("The sides discussed financial support for the project.") == {"finance_investment"}


def test_a_country_developing_a_sector_is_its_own_plan_not_cooperation():
    assert sectors("В регионе планируют развивать туризм и сельское хозяйство.") == set()
    assert sectors("The region plans to develop tourism and agriculture.") == set()
    assert sectors("Стороны договорились развивать туризм.") == {"tourism"}
    assert sectors("Средства пойдут на развитие энергетики и транспорта.") == {"energy", "transport_logistics"}


def test_a_branch_named_alone_is_no_cooperation_but_a_key_branch_is_an_area():
    assert sectors("В регионе активно растут сферы туризма и сельского хозяйства.") == set()
    assert sectors("Отрасль туризма в стране растет третий год подряд.") == set()
    assert sectors("Ключевыми сферами остаются энергетика и транспорт.") == {"energy", "transport_logistics"}
