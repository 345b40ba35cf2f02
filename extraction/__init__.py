"""Extract meetings, money amounts, projects and sectors from one news article.

The pipeline calls :func:`extract_article` per article; it is pure (lexicons
are loaded once and cached) so it can run in any worker without setup.
"""
from __future__ import annotations

import datetime as dt

from .meetings import find_meetings
from .money import find_amounts, mark_umbrellas
from .projects import find_projects, link_amounts, meeting_keys
from .sectors import find_sectors, project_sector_codes
from .text import split_article

__all__ = ["EXTRACTED_LANGUAGES", "extract_article"]

# The rules, lexicons and NER model are written for these languages. In another one (Uzbek,
# Kazakh) they would still catch stray numbers and names, without the words that say what
# those are, so such articles load but yield no facts.
EXTRACTED_LANGUAGES = frozenset({"ru", "en"})


def _published_date(article: dict) -> dt.date | None:
    value = article.get("published_at")
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return None


def extract_article(article: dict) -> dict[str, list[dict]]:
    """Return the facts of one article as lists of plain dicts.

    Keys and columns follow the extraction contract (shared/spec/extraction.md)
    so the pipeline can load them into the marts without reshaping.
    """
    language = (article.get("language") or "").lower()[:2]
    facts: dict[str, list[dict]] = {"meetings": [], "participants": [], "amounts": [], "projects": [], "sectors": []}
    if language not in EXTRACTED_LANGUAGES:
        return facts
    published = _published_date(article)
    sentences, datelines = split_article(article)

    meetings = find_meetings(sentences, datelines, published)
    amounts = find_amounts(sentences, language, published.year if published else None)
    projects = find_projects(sentences, published)
    sectors = find_sectors(sentences, projects)

    mark_umbrellas(amounts, len(projects))
    for key, m in enumerate(meetings):
        facts["meetings"].append({
            "meeting_key": key,
            "meeting_date": m.meeting_date,
            "meeting_format": m.meeting_format,
            "session_ordinal": m.session_ordinal,
            "city": m.city,
            "venue": m.venue,
            "country_codes": sorted(m.country_codes),
            "is_planned": m.is_planned,
            "evidence": m.evidence,
            "confidence": m.confidence,
        })
        for p in m.participants:
            facts["participants"].append({
                "meeting_key": key,
                "person_name": p.name,
                "country_code": p.country_code or None,
                "role": p.role or None,
                "evidence": m.evidence,
                "confidence": m.confidence,
            })
    for key, a in enumerate(amounts):
        facts["amounts"].append({
            "amount_key": key,
            # "1.07 billion" multiplies out to 1070000000.0000001; a rate ("0.935 euros") keeps its digits
            "amount": round(float(a.amount), 6),
            "currency": a.currency,
            "amount_kind": a.kind,
            "is_approximate": a.is_approximate,
            "is_umbrella": a.is_umbrella,
            "amount_year": a.year,
            "evidence": a.sentence.text,
            "confidence": a.confidence,
        })
    cost_of = link_amounts(projects, amounts)
    meeting_of = meeting_keys(projects, meetings, sentences)
    for key, p in enumerate(projects):
        facts["projects"].append({
            "project_key": key,
            "project_name": p.name,
            "project_name_as_written": p.as_written or p.name,
            "status": p.status,
            "country_code": p.country_code,
            "city_or_region": p.city,
            "meeting_key": meeting_of[key],
            "amount_key": cost_of.get(key),
            "sector_codes": project_sector_codes(p.name),
            "evidence": p.sentence.text,
            "confidence": p.confidence,
        })
    for s in sectors:
        facts["sectors"].append({
            "sector_code": s.sector_code,
            "evidence": ", ".join(s.terms),
            "confidence": s.confidence,
        })
    return facts
