"""Constructions found in a twenty-third batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

from tests.helpers import article_projects

# --- the article's extent --------------------------------------------------------------------------------------


def test_headlines_under_a_related_stories_heading_are_other_stories():
    body = ("Турецкая компания Alfa Agro планирует построить комплекс теплиц в Джизакской области.\n\n"
            "Материалы по теме\n\n"
            "Узбектелеком строит сеть 5G по всей стране\n\n"
            "В Навои запустили цементный завод")
    assert [name for name, _ in article_projects(body, "ru")] == ["комплекс теплиц"]


def test_an_english_related_news_heading_ends_the_article_too():
    body = ("The Asian Development Bank will finance the construction of the Vakhsh water treatment plant.\n\n"
            "Related News\n\n"
            "Kazakhstan launches wind farm in Zhanatas")
    assert [name for name, _ in article_projects(body, "en")] == ["Vakhsh water treatment plant"]
