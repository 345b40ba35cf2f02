"""Build invented sentences and articles for the extraction tests and read back what the extractors found.

One copy of each builder, so every test file feeds the extractors the same way.
"""
from __future__ import annotations

import datetime as dt

from extraction import extract_article
from extraction.entities import find_persons, find_titled_persons
from extraction.lexicon import norm
from extraction.money import find_amounts
from extraction.projects import find_projects
from extraction.sectors import find_sectors
from extraction.text import Sentence

TZ = dt.timezone(dt.timedelta(hours=5))
PUBLISHED = dt.datetime(2025, 3, 12, 10, 0, tzinfo=TZ)  # a Wednesday


def sentences(*texts: str, part: str = "body") -> list[Sentence]:
    """Number the texts as consecutive sentences of one paragraph of an article part."""
    return [Sentence(t, i, part, 0) for i, t in enumerate(texts)]


def article(body: str, lang: str = "en", title: str = "News", published: dt.datetime = PUBLISHED,
            lead: str | None = None) -> dict:
    """Wrap a body in the article dict that extract_article reads."""
    return {"article_id": "a1", "url": "https://example.org/a1", "language": lang, "title": title,
            "lead": lead, "body": body, "published_at": published}


def kinds(text: str, language: str, year: int = 2025) -> list[str]:
    """Return the kinds of the amounts found in one sentence."""
    return [a.kind for a in find_amounts(sentences(text), language, year)]


def projects(*texts: str) -> list[tuple[str, str]]:
    """Return the (name, status) of the projects found in consecutive sentences."""
    return [(p.name, p.status) for p in find_projects(sentences(*texts))]


def article_amounts(body: str, lang: str = "ru") -> list[tuple[float, str]]:
    """Return (amount, kind) of every amount extract_article finds in a whole article."""
    return [(a["amount"], a["amount_kind"]) for a in extract_article(article(body, lang))["amounts"]]


def article_projects(body: str, lang: str = "ru", title: str = "News") -> list[tuple[str, str]]:
    """Return (name, status) of the projects extract_article finds in a whole article (split as the pipeline splits)."""
    return [(p["project_name"], p["status"]) for p in extract_article(article(body, lang, title))["projects"]]


def codes(*texts: str, projects: list | None = None) -> set[str]:
    """Return the sector codes found in consecutive sentences, optionally beside known projects."""
    return {h.sector_code for h in find_sectors(sentences(*texts), projects)}


def titled(text: str) -> list[tuple[str, str, str]]:
    """Return (name, country, role) of the officials named with a title in a text."""
    return [(p.name, p.country_code, p.role) for p in find_titled_persons(text, find_persons(norm(text)))]


def held(facts: dict) -> list[dict]:
    """Return the meetings of an article's facts that took place (not planned ones)."""
    return [m for m in facts["meetings"] if not m["is_planned"]]


def people_of(facts: dict, meeting: dict) -> set[str]:
    """Return the names of one meeting's participants."""
    return {p["person_name"] for p in facts["participants"] if p["meeting_key"] == meeting["meeting_key"]}


def dated(body: str, lang: str, published: dt.date) -> dict:
    """Return the facts of an article published at noon of a given day."""
    return extract_article(article(body, lang, published=dt.datetime.combine(published, dt.time(12))))
