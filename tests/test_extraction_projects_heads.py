"""Unit tests of project heads, cues and filters (own sentences, Russian and English)."""
from __future__ import annotations

from extraction.projects import find_projects
from extraction.text import Sentence


def projects(*texts: str):
    return [(p.as_written, p.status) for p in find_projects([Sentence(t, i, "body", 0) for i, t in enumerate(texts)])]


def cities(*texts: str):
    return [p.city for p in find_projects([Sentence(t, i, "body", 0) for i, t in enumerate(texts)])]


# --- discussed, studied or financed named facilities are announced --------------

def test_discussed_named_facility_is_announced():
    assert projects("Министры обсудили Рогунскую ГЭС.") == [("Рогунскую ГЭС", "announced")]
    assert projects("The ministers discussed the Rogun HPP-2 project.") == [("Rogun HPP-2", "announced")]
    # a topic without a concrete name is no project
    assert projects("Министры обсудили проекты в энергетике.") == []
    assert projects("The ministers discussed new power plants.") == []


def test_financed_reconstruction_of_a_road_between_two_towns():
    assert projects("Исламский банк развития профинансирует реконструкцию автодороги Бишкек — Нарын.") == [
        ("автодороги Бишкек — Нарын", "announced")]
    assert projects("The bank will finance the upgrade of the Bishkek-Naryn road.") == [("Bishkek-Naryn road", "announced")]


def test_feasibility_study_names_an_intended_facility():
    assert projects("A feasibility study for the Termez-Kabul railway is under way.")[0][1] == "announced"
    assert projects("Стороны подготовят ТЭО строительства железной дороги Термез — Мазари-Шариф.")[0][1] == "announced"


def test_implementation_of_a_named_project_has_no_stage():
    assert projects("Президенты обсудили реализацию проекта Верхне-Нарынских ГЭС.") == [
        ("Верхне-Нарынских ГЭС", "unknown")]


def test_coordinated_nominal_cues_share_the_discussion_verb():
    got = projects("Обсуждены ход строительства моста «Дружба», реализация проекта Сарыджазской ГЭС-2.")
    assert ("Сарыджазской ГЭС-2", "unknown") in got


# --- future, progress and completion cues ---------------------------------------

def test_singular_future_and_to_be_built_are_announced():
    assert projects("Концерн построит в Навои завод по выпуску зеленого водорода.")[0][1] == "announced"
    assert projects("A logistics terminal is to be built in Termez.") == [("logistics terminal", "announced")]
    assert projects("Строительство ТЭЦ будет начато в 2027 году.") == [("ТЭЦ", "announced")]


def test_pipeline_string_and_continuing_works():
    assert projects("Началась прокладка второй нитки газопровода Ташкент — Бишкек.") == [
        ("второй нитки газопровода Ташкент — Бишкек", "construction_started")]
    assert projects("Construction of the third string of the Bukhara-Tashkent gas pipeline has started.") == [
        ("third string of the Bukhara-Tashkent gas pipeline", "construction_started")]
    assert projects("Construction of the Datka-Khujand transmission line continues.") == [
        ("Datka-Khujand transmission line", "construction_started")]
    assert projects("The sides agreed to speed up the construction of the Osh-Sary-Tash road.")[0][1] == "announced"


def test_handed_over_school_is_completed():
    assert projects("A school for 600 pupils built by a Korean charity was handed over in Khujand.") == [
        ("school", "completed")]
    assert cities("A school for 600 pupils built by a Korean charity was handed over in Khujand.") == ["Khujand"]
    assert projects("Новая школа в Оше торжественно передана местной стороне.")[0][1] == "completed"


def test_subject_before_an_inserted_participle_clause():
    assert projects("The Almalyk copper smelter, rebuilt with German help, was put into operation.") == [
        ("Almalyk copper smelter", "launched")]
    assert projects("Стороны отметили работу торгового дома Узбекистана в Душанбе, открытого весной.") == [
        ("торгового дома Узбекистана", "launched")]


def test_an_investing_fund_is_working():
    assert projects("Казахстанско-Кыргызский фонд развития уже профинансировал 30 проектов.") == [
        ("Казахстанско-Кыргызский фонд развития", "launched")]
    assert projects("The Kazakh-Turkish investment fund, whose capital is $300 million, has already financed ten projects.") == [
        ("Kazakh-Turkish investment fund", "launched")]
    # a person or a state that financed something is no project
    assert projects("Japan has already financed ten schools.") == []


# --- heads -----------------------------------------------------------------------

def test_irrigation_projects_and_systems():
    assert projects("Стороны обсудили проект капельного орошения в Хатлонской области.") == [
        ("проект капельного орошения", "announced")]
    assert projects("The sides discussed a drip irrigation project in the Khatlon region.") == [
        ("drip irrigation project", "announced")]
    assert projects("В Сурхандарье введена в эксплуатацию оросительная система.")[0][1] == "launched"
    # a system that is no waterworks is not a project
    assert projects("Запущена система электронного документооборота.") == []


def test_border_crossing_head():
    assert projects("The prime ministers commissioned the new Kairma border crossing.") == [
        ("new Kairma border crossing", "launched")] or projects(
        "The prime ministers commissioned the new Kairma border crossing.")[0][1] == "launched"


def test_export_is_not_a_port():
    assert projects("Стороны обсудили экспорт «зеленой» электроэнергии в Европу.") == []


# --- false positives -----------------------------------------------------------

def test_bare_head_without_modifier_or_place_is_no_project():
    assert projects("Стороны обсудили загрузку терминала, который был открыт в прошлом году.") == []
    assert projects("Exports will reach new markets once the line is completed.") == []
    # with a place it names one facility
    assert projects("В Бухаре открыт терминал.") == [("терминал", "launched")]


def test_builder_and_possessive_company_are_no_projects():
    assert projects("Uzbekistan's Green Leaf Farm started construction in March.") == []
    assert projects("Kazakhstan's Aral Trade Company opened in Shymkent an office.") == [] or all(
        "Company" not in name for name, _ in projects("Kazakhstan's Aral Trade Company opened in Shymkent an office."))
    assert projects("Компания «Восток» начала строительство в мае.") == []
    assert projects("Экспортный центр откроет Казахстану кредитную линию.") == []


def test_commissioning_with_a_date_and_a_participle_after_the_head():
    assert projects("The sides welcomed the commissioning in May of the Osh-Batken road section rebuilt with Turkish money.") == [
        ("Osh-Batken road section", "launched")]
    # the facility's parts commissioned one day are no project of their own
    assert projects("Kazakhstan will buy power from the plant once its new units are commissioned.") == []


def test_a_subsidiary_opened_abroad_and_a_hyphenated_company_founded_are_projects():
    assert projects("Kazakhstan's Halyk Bank opened a subsidiary in Tashkent.") == [("Halyk Bank subsidiary", "launched")]
    assert projects("Kyrgyzstan and Kazakhstan established the Kazakh-Kyrgyz Investment Company with a capital of "
                    "$100 million.") == [("Kazakh-Kyrgyz Investment Company", "launched")]


def test_two_modifiers_of_a_singular_head_name_one_body_and_of_a_plural_head_two():
    assert projects("The leaders discussed the creation of the Central Asian Water and Energy Consortium.") \
        == [("Central Asian Water and Energy Consortium", "announced")]
    assert projects("The sides discussed the Rogun and Kambarata projects.") \
        == [("Rogun project", "unknown"), ("Kambarata project", "unknown")]
    assert projects("The leaders opened the Tashkent and Samarkand logistics centres.") \
        == [("Tashkent logistics centre", "launched"), ("Samarkand logistics centre", "launched")]


def test_ports_mills_and_orchards_are_facilities_too():
    assert projects("Kazakhstan will build a new seaport in Kuryk.") == [("seaport in Kuryk", "announced")]
    assert projects("The company plans to build a ginnery in Khatlon.") == [("ginnery", "announced")]
    assert projects("The sides agreed to create intensive orchards in the Fergana valley.") \
        == [("intensive orchards", "announced")]


def test_quarries_cableways_madrasas_showrooms_and_greenhouses_are_facilities_too():
    assert projects("A Chinese company will build a cableway in Chimgan.") == [("cableway in Chimgan", "announced")]
    assert projects("The investors plan to open a limestone quarry in Jizzakh.") == [("limestone quarry", "announced")]
    assert projects("Modern greenhouses were put into operation in Surkhandarya.") == [("Modern greenhouses", "launched")]
