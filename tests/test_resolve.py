"""Cross-article resolution of meetings and projects."""
from __future__ import annotations

import datetime as dt

import pandas as pd

from extraction.resolve import crosslang_key, project_name_key, resolve_meetings, resolve_projects, same_crosslang


def meeting(article, date, countries, city=None, planned=False, key=0):
    return {"article_id": article, "version": 1, "meeting_key": key,
            "meeting_date": dt.date.fromisoformat(date) if date else None,
            "country_codes": countries, "city": city, "is_planned": planned}


def ids(frame: pd.DataFrame, column: str) -> list[str]:
    return list(frame.sort_values(["article_id"])[column])


def test_reports_a_day_apart_with_the_same_countries_are_one_meeting():
    out = resolve_meetings(pd.DataFrame([meeting("a", "2025-11-15", ["KZ", "UZ"], "Tashkent"),
                                         meeting("b", "2025-11-16", ["UZ", "KZ"], None)]))
    first, second = ids(out, "meeting_id")
    assert first == second


def test_different_countries_dates_or_cities_keep_meetings_apart():
    out = resolve_meetings(pd.DataFrame([
        meeting("a", "2025-11-15", ["KZ", "UZ"], "Tashkent"),
        meeting("b", "2025-11-15", ["KG", "UZ"], "Tashkent"),
        meeting("c", "2025-11-18", ["KZ", "UZ"], "Tashkent"),
        meeting("d", "2025-11-15", ["KZ", "UZ"], "Astana"),
    ]))
    assert len(set(out["meeting_id"])) == 4


def test_planned_and_undated_meetings_are_never_merged_across_articles():
    out = resolve_meetings(pd.DataFrame([
        meeting("a", None, ["KZ", "UZ"]), meeting("b", None, ["KZ", "UZ"]),
        meeting("c", "2026-03-01", ["CN", "UZ"], planned=True), meeting("d", "2026-03-01", ["CN", "UZ"], planned=True),
    ]))
    assert len(set(out["meeting_id"])) == 4


def test_one_countrys_meetings_with_two_organisations_on_one_day_keep_their_own_ids():
    out = resolve_meetings(pd.DataFrame([meeting("a", "2025-05-30", ["KZ"], "Astana", key=0),
                                         meeting("a", "2025-05-30", ["KZ"], "Astana", key=1)]))
    assert len(set(out["meeting_id"])) == 2


def test_a_meeting_id_is_stable_across_runs():
    rows = [meeting("a", "2025-11-15", ["KZ", "UZ"]), meeting("b", "2025-11-15", ["KZ", "UZ"])]
    assert list(resolve_meetings(pd.DataFrame(rows))["meeting_id"]) == \
        list(resolve_meetings(pd.DataFrame(rows))["meeting_id"])


def project(article, name, country="UZ", published="2025-11-15", key=0):
    return {"article_id": article, "version": 1, "project_key": key, "project_name": name,
            "country_code": country, "published_at": pd.Timestamp(published, tz="UTC")}


def test_case_forms_and_quote_styles_of_one_name_compare_equal():
    assert project_name_key("квартала «Астана»") == project_name_key('квартал "Астана"')
    assert project_name_key("Tenge Bank head office") == project_name_key("“Tenge Bank” Head Office")


def test_inflected_mentions_of_one_project_in_two_articles_share_an_id():
    out = resolve_projects(pd.DataFrame([
        project("a", "Международный центр промышленной кооперации «Центральная Азия»"),
        project("b", "международного центра промышленной кооперации \"Центральная Азия\""),
    ]))
    assert len(set(out["project_id"])) == 1


def test_projects_in_other_countries_or_years_apart_or_with_other_names_stay_apart():
    out = resolve_projects(pd.DataFrame([
        project("a", "гостиничный комплекс «Ташкент»", "KZ"),
        project("b", "гостиничный комплекс «Астана»", "UZ"),
        project("c", "гостиничный комплекс «Ташкент»", "UZ"),
        project("d", "гостиничный комплекс «Ташкент»", "KZ", published="2019-01-01"),
    ]))
    assert len(set(out["project_id"])) == 4


def test_hotels_with_different_proper_names_are_different_projects_even_without_a_country():
    out = resolve_projects(pd.DataFrame([
        project("a", "гостиничный комплекс «Ош»", None), project("b", "гостиничного комплекса «Андижан»", None),
        project("c", "гостиничный комплекс «Алматы»", None), project("d", "гостиничного комплекса «Ош»", None),
    ]))
    by_article = dict(zip(out["article_id"], out["project_id"], strict=True))
    assert by_article["a"] == by_article["d"] and len(set(out["project_id"])) == 3


def test_a_kind_with_no_name_or_place_never_links_two_articles():
    out = resolve_projects(pd.DataFrame([
        project("a", "joint venture", None), project("b", "joint venture", None),
        project("c", "школа", "KG"), project("d", "школа", "KG"),
    ]))
    assert len(set(out["project_id"])) == 4


def test_a_named_or_placed_kind_still_links_two_articles():
    out = resolve_projects(pd.DataFrame([
        project("a", "cement plant in Jizzakh", None), project("b", "cement plant in Jizzakh", None),
    ]))
    assert len(set(out["project_id"])) == 1


def test_unquoted_names_must_agree_as_a_whole_not_just_share_words():
    out = resolve_projects(pd.DataFrame([
        project("a", "logistics centre in Khorgos"), project("b", "logistics centre"),
        project("c", "logistics centre in Khorgos", key=1),
    ]))
    by_article = dict(zip(out["article_id"], out["project_id"], strict=True))
    assert by_article["a"] == by_article["c"] != by_article["b"]


# --- cross-language project merge ---------------------------------------------

def crosslang_project(article, name, country=None, published="2026-03-01", key=0):
    return {"article_id": article, "version": 1, "project_key": key, "project_name": name,
            "country_code": country, "published_at": dt.datetime.fromisoformat(published)}


def test_russian_and_english_reports_of_one_facility_merge():
    out = resolve_projects(pd.DataFrame([
        crosslang_project("a", "Сарыджазской ГЭС-2", "KG"), crosslang_project("b", "Saryjaz HPP-2", "KG"),
        crosslang_project("c", "автодороги Бишкек — Нарын"), crosslang_project("d", "Bishkek-Naryn road"),
        crosslang_project("e", "газопровода Бухара — Ташкент"),
        crosslang_project("f", "Bukhara-Tashkent gas pipeline"),
    ]))
    got = dict(zip(out["article_id"], out["project_id"], strict=True))
    assert got["a"] == got["b"] and got["c"] == got["d"] and got["e"] == got["f"]
    assert len({got["a"], got["c"], got["e"]}) == 3


def test_a_head_the_russian_dictionary_lacks_still_links_across_languages_by_its_stem():
    # pymorphy has no "хаб": its forms stay as written ("хаба", "хабом"), so the head matches with its ending
    out = resolve_projects(pd.DataFrame([
        crosslang_project("a", "логистического хаба «Сарыагаш – Келес»"),
        crosslang_project("b", '"Saryagash – Keles" logistics hub'),
        crosslang_project("c", "логистическим хабом «Достык»"), crosslang_project("d", "Altynkol logistics hub"),
    ]))
    got = dict(zip(out["article_id"], out["project_id"], strict=True))
    assert got["a"] == got["b"] and len({got["a"], got["c"], got["d"]}) == 3
    # an ending is tried only on heads of three letters or more
    assert crosslang_key("спа «Иссык-Куль»") is None, "a spa is no joint venture (сп)"


def test_different_facilities_of_one_type_stay_apart_across_languages():
    assert not same_crosslang(crosslang_key("Сарыджазской ГЭС-2"), crosslang_key("Saryjaz HPP-3"))
    assert not same_crosslang(crosslang_key("Рогунской ГЭС"), crosslang_key("Kambarata hydropower plant"))
    assert not same_crosslang(crosslang_key("Ангренской ТЭС"), crosslang_key("Angren HPP"))
    # a generic name ("сухой порт") could be any dry port
    assert crosslang_key("сухой порт") is None and crosslang_key("dry port") is None
    out = resolve_projects(pd.DataFrame([
        crosslang_project("a", "Сарыджазской ГЭС-2", "KG"), crosslang_project("b", "Saryjaz HPP-2", "TJ"),
        crosslang_project("c", "Рогунской ГЭС", published="2020-01-01"),
        crosslang_project("d", "Rogun HPP", published="2026-01-01"),
    ]))
    assert len(set(out["project_id"])) == 4


def test_country_names_and_adjectives_match_across_languages():
    assert same_crosslang(crosslang_key("железной дороги Китай — Кыргызстан — Узбекистан"),
                          crosslang_key("China-Kyrgyzstan-Uzbekistan railway"))
    assert same_crosslang(crosslang_key("Казахстанско-Кыргызский фонд развития"),
                          crosslang_key("Kazakh-Kyrgyz Development Fund"))
    assert not same_crosslang(crosslang_key("Казахстанско-Кыргызский фонд развития"),
                              crosslang_key("Kazakh-Uzbek Development Fund"))
