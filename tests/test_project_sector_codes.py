"""A project's sector codes come from its own name, not from the article around it."""
from extraction import extract_article
from extraction.sectors import project_sector_codes


def test_a_hydropower_plant_named_in_russian_is_energy():
    assert project_sector_codes("Рогунская ГЭС") == ["energy"]


def test_a_railway_between_three_countries_is_transport():
    assert project_sector_codes("railway Китай — Кыргызстан — Узбекистан") == ["transport_logistics"]
    assert project_sector_codes("железная дорога Китай — Кыргызстан — Узбекистан") == ["transport_logistics"]


def test_a_textile_factory_is_industry():
    assert project_sector_codes("textile factory") == ["industry"]


def test_a_hospital_is_healthcare_in_english_and_russian():
    assert project_sector_codes("hospital") == ["healthcare"]
    assert project_sector_codes("многопрофильная больница") == ["healthcare"]


def test_a_logistics_centre_is_transport_and_logistics():
    assert project_sector_codes("logistics centre") == ["transport_logistics"]


def test_a_hotel_names_two_sectors_in_sorted_order():
    assert project_sector_codes("гостиничный комплекс «Андижан»") == ["construction_real_estate", "tourism"]


def test_a_project_whose_name_names_no_sector_gets_an_empty_list():
    assert project_sector_codes("Ташкент Сити") == []
    assert project_sector_codes("Yangi Toshkent") == []


def test_a_project_fact_carries_its_own_sectors_not_the_articles():
    text = ("Узбекистан и Казахстан обсудили сотрудничество в сферах торговли, образования и здравоохранения. "
            "Стороны подписали соглашение о строительстве Камбаратинской ГЭС-1 в Кыргызстане.")
    facts = extract_article({"article_id": "a1", "version": 1, "title": "Переговоры", "body": text,
                             "language": "ru", "published_at": None})
    codes = {p["project_name"]: p["sector_codes"] for p in facts["projects"]}
    assert codes and all(c == ["energy"] for c in codes.values()), codes


def test_a_project_fact_naming_an_unknown_sector_fails_validation_with_its_reason():
    import pandas as pd

    from ingestion.schemas import ProjectFactSchema, split_valid

    row = {"article_id": "a1", "version": 1, "project_key": 0, "project_name": "Рогунская ГЭС",
           "project_name_as_written": None, "status": "announced", "country_code": "TJ", "city_or_region": None,
           "meeting_key": None, "amount_key": None, "evidence": "…", "confidence": 0.9}
    frame = pd.DataFrame([{**row, "sector_codes": ["energy"]}, {**row, "project_key": 1, "sector_codes": ["space"]}])
    frame = frame.astype({"meeting_key": "Int64", "amount_key": "Int64"})
    good, bad = split_valid(frame, ProjectFactSchema)
    assert list(good["project_key"]) == [0]
    assert "sector_codes" in bad[1]


def test_a_road_a_checkpoint_and_a_power_line_are_named_by_their_head_nouns():
    assert project_sector_codes("дорога «Иркештам – Дароот-Коргон – Уч-Коргон»") == ["transport_logistics"]
    assert project_sector_codes("КПП «Кайрагач»") == ["transport_logistics"]
    assert project_sector_codes("линия 500 кВ «Датка–Сугд»") == ["energy"]
    assert project_sector_codes("production of Chevrolet cars") == ["industry"]


def test_a_head_noun_for_projects_only_adds_no_sector_to_the_article():
    from extraction.sectors import project_sectors

    assert project_sectors("КПП «Кайрагач»") == {}
