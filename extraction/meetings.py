"""Detect the meetings an article reports: format, date, place, people.

Most articles report one encounter; a visit, its talks and its council on one
day are one meeting of the most specific format, so the article is read as a
whole and the strongest cue wins. Meetings only announced for the future are
kept separately as planned.
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from . import lexicon
from .dates import find_dates
from .entities import PersonHit, country_of_city, find_cities, find_countries, find_persons, find_venues
from .text import Dateline, Sentence

RU_ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6,
               "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11,
               "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15,
               "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19,
               "двадцатый": 20}
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
               "fourteenth": 14, "fifteenth": 15, "inaugural": 1}
ROMAN = {"i": 1, "ii": 2, "iii": 3, "iv": 4, "v": 5, "vi": 6, "vii": 7, "viii": 8, "ix": 9, "x": 10,
         "xi": 11, "xii": 12, "xiii": 13, "xiv": 14, "xv": 15}


@dataclass
class SentenceInfo:
    """What one sentence says about meetings."""

    sentence: Sentence
    persons: list[PersonHit]
    countries: list[str]
    formats: list[str]
    generic: bool
    planned: bool
    background: bool
    excluded_persons: set[str] = field(default_factory=set)


@dataclass
class Meeting:
    """A meeting assembled from the article's sentences."""

    meeting_format: str
    meeting_date: dt.date | None
    session_ordinal: int | None
    city: str | None
    venue: str | None
    country_codes: list[str]
    participants: list[PersonHit]
    is_planned: bool
    evidence: str
    confidence: float


@functools.cache
def _lex() -> dict:
    lex = lexicon.load_yaml("meetings")
    return {
        "formats": [(f["code"], lexicon.any_of(f["patterns"])) for f in lex["formats"]],
        "order": [f["code"] for f in lex["formats"]],
        "generic": lexicon.any_of(lex["generic"]),
        "not_meeting": [lexicon.compiled(p) for p in lex["not_a_meeting_before_cue"]],
        "planned": lexicon.any_of(lex["planned"]),
        "background": lexicon.any_of(lex["background"]),
        "event_nouns": lexicon.any_of(lex["event_nouns"]),
        "ordinal_heads": lexicon.any_of(lex["ordinal_heads"]),
        "not_participant": [lexicon.compiled(p) for p in lex["not_participant_before"]],
        "venues": [lexicon.compiled(p, re.IGNORECASE) for p in lex["venue_patterns"]],
    }


def _format_cues(low: str) -> list[str]:
    lex = _lex()
    found = []
    for code, pattern in lex["formats"]:
        for m in pattern.finditer(low):
            left = low[max(0, m.start() - 80):m.start()]
            if any(p.search(left) for p in lex["not_meeting"]):
                continue
            found.append(code)
            break
    return found


def analyse(sentence: Sentence, published: dt.date | None) -> SentenceInfo:
    """Collect the meeting cues, people and countries of one sentence."""
    lex = _lex()
    low = sentence.low
    persons = find_persons(low)
    excluded = {p.name for p in persons if any(rx.search(low[max(0, p.start - 90):p.start]) for rx in lex["not_participant"])}
    planned = bool(lex["planned"].search(low))
    if published and not planned:
        # "в 2026 году" in a report from 2025 is a plan
        planned = any(int(y) > published.year for y in re.findall(r"(?<!\d)(20\d\d)\s*(?:год|году|year)", low))
    background = bool(lex["background"].search(low))
    if published and not background:
        years = [int(y) for y in re.findall(r"(?<![\d−-])(20\d\d)(?![\d−-])", low)]
        background = bool(years) and all(y < published.year for y in years)
    return SentenceInfo(
        sentence=sentence,
        persons=persons,
        countries=[c.key for c in find_countries(low)],
        formats=_format_cues(low),
        generic=bool(lex["generic"].search(low)),
        planned=planned,
        background=background,
        excluded_persons=excluded,
    )


def _ordinal(low: str) -> int | None:
    """Find "второе заседание", "first session", "7th meeting" or "VII заседание"."""
    for head in _lex()["ordinal_heads"].finditer(low):
        before = low[max(0, head.start() - 60):head.start()]
        words = re.findall(r"[\w-]+", before)[-4:]
        for word in reversed(words):
            m = re.fullmatch(r"(\d{1,2})(?:-?(?:st|nd|rd|th|е|й|го|м|ое|ий|ой))?", word)
            if m:
                return int(m.group(1))
            if word in EN_ORDINALS:
                return EN_ORDINALS[word]
            if word in ROMAN and len(word) > 1:
                return ROMAN[word]
            if re.fullmatch("[а-я]+", word):
                lem = lexicon.lemma(word)
                if lem in RU_ORDINALS:
                    return RU_ORDINALS[lem]
    return None


_LOCATIVE = re.compile(r"(?:(?<!\w)(?:в|во|in|to|at|visit(?:ed|ing|s)?|посетил\w*|посетит|посещени\w*)\s+(?:[\w-]+'s\s+)?)$")


def _city_in(low: str) -> str | None:
    for hit in find_cities(low):
        if _LOCATIVE.search(low[max(0, hit.start - 40):hit.start]):
            return hit.key
    return None


def _venue_in(sentence: Sentence) -> tuple[str | None, str | None]:
    for pattern in _lex()["venues"]:
        m = pattern.search(sentence.text)
        if m:
            hits = find_venues(sentence.low[m.start():m.end()])
            return m.group(0).strip(), (hits[0].key if hits else None)
    for hit in find_venues(sentence.low):
        # "the Akorda press service" names an office, "в Акорде" a place
        if _LOCATIVE.search(sentence.low[max(0, hit.start - 40):hit.start]):
            return hit.text, hit.key
    return None, None


def _pick_date(infos: list[SentenceInfo], published: dt.date | None) -> dt.date | None:
    if published is None:
        return None
    for info in infos:
        for _, date in find_dates(info.sentence.low, published):
            if -7 <= (date - published).days <= 1:
                return date
    return published


def find_meetings(sentences: list[Sentence], datelines: list[Dateline], published: dt.date | None) -> list[Meeting]:
    """Assemble the held meeting (if any) and planned meetings of an article."""
    infos = [analyse(s, published) for s in sentences]
    order = _lex()["order"]
    held = [i for i in infos if not i.planned and not i.background and (i.formats or i.generic)]
    meetings: list[Meeting] = []
    main = _held_meeting(infos, held, order, published)
    if main:
        meetings.append(main)
    meetings += _planned_meetings(infos, main, order, published)
    return meetings


def _held_meeting(infos, held, order, published) -> Meeting | None:
    if not held:
        return None
    formats = [f for i in held for f in i.formats]
    fmt = min(formats, key=order.index) if formats else "talks"
    cue_infos = [i for i in held if fmt in i.formats] if formats else held[:1]
    first_body = [i for i in infos if i.sentence.part != "body"] + [i for i in infos if i.sentence.part == "body"][:2]
    core = cue_infos + [i for i in held if i not in cue_infos] + [i for i in first_body if i not in held and not i.planned]
    participants: dict[str, PersonHit] = {}
    excluded: set[str] = set()
    for info in core:
        excluded |= info.excluded_persons
    for info in core:
        for p in info.persons:
            if p.name not in excluded:
                participants.setdefault(p.name, p)
    # people named together with a participant in a sentence about the same
    # event ("президенты Мирзиёев и Жапаров подписали…") took part too
    for info in infos:
        if info.planned or info.background or info in core:
            continue
        names = {p.name for p in info.persons}
        if names & set(participants):
            for p in info.persons:
                if p.name not in excluded:
                    participants.setdefault(p.name, p)
    if not participants and not formats:
        return None  # a stray "meeting" word with nobody named is not a report of a meeting
    venue, venue_city = None, None
    for info in core:
        venue, venue_city = _venue_in(info.sentence)
        if venue:
            break
    city = next((c for c in (_city_in(i.sentence.low) for i in core) if c), None) or venue_city
    countries = {p.country_code for p in participants.values() if p.country_code}
    if city and country_of_city().get(city):
        countries.add(country_of_city()[city])
    if len(countries) < 2:
        for info in cue_infos + core:
            countries |= set(info.countries)
            if len(countries) >= 2:
                break
    if len(countries) < 2:
        return None
    ordinal = None
    if fmt in ("interstate_council", "summit", "intergovernmental_commission", "business_forum", "other"):
        ordinal = next((o for o in (_ordinal(i.sentence.low) for i in cue_infos) if o), None)
    date = _pick_date(cue_infos + core, published)
    confidence = 0.85 if formats else 0.6
    return Meeting(fmt, date, ordinal, city, venue, sorted(countries), list(participants.values()),
                   False, cue_infos[0].sentence.text, confidence)


def _planned_meetings(infos, main, order, published) -> list[Meeting]:
    out: list[Meeting] = []
    for info in infos:
        low = info.sentence.low
        if not info.planned or info.background or not _lex()["event_nouns"].search(low):
            continue
        if main and info.sentence.text == main.evidence:
            continue
        fmt = min(info.formats, key=order.index) if info.formats else "other"
        countries = set(info.countries) | {p.country_code for p in info.persons if p.country_code}
        if main:
            countries |= set(main.country_codes)
        if len(countries) < 2:
            continue
        city = _city_in(low)
        date = None
        if published:
            future = [d for _, d in find_dates(low, published) if d > published]
            date = future[0] if future else None
        if any(m.meeting_format == fmt and m.city == city for m in out):
            continue
        out.append(Meeting(fmt, date, _ordinal(low), city, None, sorted(countries),
                           [p for p in info.persons], True, info.sentence.text, 0.5))
    return out
