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
from .entities import (PersonHit, capital_of, country_of_city, find_cities, find_countries, find_persons,
                       find_titled_persons, find_venues)
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
        "venues": [lexicon.compiled(p) for p in lex["venue_patterns"]],
        "not_planned": lexicon.any_of(lex["not_planned"]),
        "locative": lexicon.compiled(lex["locative_before"]),
        "capital_after": lexicon.compiled(lex["capital_after_country"]),
        "capital_before": lexicon.compiled(lex["capital_before_country"]),
        "city_attr": lexicon.compiled(lex["city_before_meeting_noun"]),
        "host_verbs": lexicon.any_of(lex["host_verbs"]),
        "arrival": lexicon.any_of(lex["arrival_cues"]),
        "format_heads": {code: lexicon.any_of(p) for code, p in lex["format_heads"].items()},
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
    titled = find_titled_persons(sentence.text, persons)
    # a bare gazetteer surname inside a titled full name is someone else
    # ("вице-премьер Бахром Алиев" is not Ilham Aliyev)
    persons = [p for p in persons if not any(t.start <= p.start and p.end <= t.end for t in titled)]
    persons = sorted(persons + titled, key=lambda p: p.start)
    excluded = {p.name for p in persons if any(rx.search(low[max(0, p.start - 90):p.start]) for rx in lex["not_participant"])}
    # an accepted invitation is the reported visit itself, so it is blanked out
    # (same length) before looking for the markers of a plan
    unplanned = lex["not_planned"].sub(lambda m: " " * len(m.group(0)), low)
    planned = bool(lex["planned"].search(unplanned))
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
                # every parse, not the likeliest: "второе" is also a noun (a main course)
                for p in lexicon.morph().parse(word):
                    lemma = lexicon.norm(p.normal_form)
                    if p.tag.POS == "ADJF" and lemma in RU_ORDINALS:
                        return RU_ORDINALS[lemma]
    return None


def _city_in(low: str) -> str | None:
    """Return the city a sentence places something in ("в Ташкенте", "visit to Astana", "the Kazakh capital")."""
    lex = _lex()
    for hit in find_cities(low):
        if lex["locative"].search(low[max(0, hit.start - 40):hit.start]):
            return hit.key
        # "the Moscow talks", "ташкентские переговоры"
        if (re.search("[a-z]", hit.text) or "ск" in hit.text) and lex["city_attr"].match(low[hit.end:hit.end + 25]):
            return hit.key
    for hit in find_countries(low):
        capital = capital_of(hit.key)
        if not capital:
            continue
        if lex["capital_after"].match(low[hit.end:hit.end + 20]):
            if lex["locative"].search(low[max(0, hit.start - 40):hit.start]):
                return capital
        before = lex["capital_before"].search(low[max(0, hit.start - 30):hit.start])
        if before:
            at = max(0, hit.start - 30) + before.start()
            if lex["locative"].search(low[max(0, at - 40):at]):
                return capital
    return None


def _venue_in(sentence: Sentence) -> tuple[str | None, str | None]:
    """Return (venue as written, its city) for a known residence, else a named palace or hall."""
    lex = _lex()
    for hit in find_venues(sentence.low):
        # "the Akorda press service" names an office, "в Акорде" a place
        if lex["locative"].search(sentence.low[max(0, hit.start - 40):hit.start]):
            return hit.text, hit.key  # the venue's canonical name from venues.csv
    for pattern in lex["venues"]:
        m = pattern.search(sentence.text)
        if m:
            hits = find_venues(sentence.low[m.start():m.end()])
            return (hits[0].text, hits[0].key) if hits else (m.group(0).strip(), None)
    return None, None


def _hosts(infos: list[SentenceInfo]) -> set[str]:
    """Return the countries that host: whose leader received the guest, or where the guest is."""
    lex = _lex()
    hosts: set[str] = set()
    for info in infos:
        low = info.sentence.low
        for verb in lex["host_verbs"].finditer(low):
            before = [p for p in info.persons if p.end <= verb.start() and verb.start() - p.end < 60]
            if before and before[-1].country_code:
                hosts.add(before[-1].country_code)
        if lex["arrival"].search(low):
            for hit in find_countries(low):
                if re.search(r"(?<!\w)(?:в|во|to|in)\s+$", low[max(0, hit.start - 5):hit.start]):
                    hosts.add(hit.key)
    return hosts


def _pick_date(infos: list[SentenceInfo], published: dt.date | None) -> tuple[dt.date | None, bool]:
    """Return the meeting day and whether the text states it (else the publication day)."""
    if published is None:
        return None, False
    for info in infos:
        for _, date in find_dates(info.sentence.low, published):
            if -7 <= (date - published).days <= 1:
                return date, True
    return published, False


def find_meetings(sentences: list[Sentence], datelines: list[Dateline], published: dt.date | None) -> list[Meeting]:
    """Assemble the held meeting (if any) and planned meetings of an article."""
    infos = [analyse(s, published) for s in sentences]
    order = _lex()["order"]
    held = [i for i in infos if not i.planned and not i.background and (i.formats or i.generic)]
    meetings: list[Meeting] = []
    main = _held_meeting(infos, held, order, published, datelines)
    if main:
        meetings.append(main)
    meetings += _planned_meetings(infos, main, order, published)
    return meetings


def _core(infos: list[SentenceInfo], held: list[SentenceInfo], cue_infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """Return the sentences that report the meeting itself, strongest cue first.

    Besides the sentences with a cue, the title, lead and opening of the body
    report the event, and so does the sentence right after a cue in the same
    paragraph ("Его провели вице-премьеры…" after "прошло заседание").
    """
    first_body = [i for i in infos if i.sentence.part != "body"] + [i for i in infos if i.sentence.part == "body"][:2]
    follow = []
    for info in cue_infos + held:
        nxt = info.sentence.index + 1
        if nxt < len(infos) and infos[nxt].sentence.paragraph == info.sentence.paragraph:
            follow.append(infos[nxt])
    core: list[SentenceInfo] = []
    for info in cue_infos + held + first_body + follow:
        if info not in core and not info.planned and not info.background:
            core.append(info)
    return core


def _held_meeting(infos, held, order, published, datelines=()) -> Meeting | None:
    if not held:
        return None
    formats = [f for i in held for f in i.formats]
    fmt = min(formats, key=order.index) if formats else "talks"
    cue_infos = [i for i in held if fmt in i.formats] if formats else held[:1]
    core = _core(infos, held, cue_infos)
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
    city = _meeting_city(fmt, core, venue_city, datelines)
    countries = {p.country_code for p in participants.values() if p.country_code}
    if city and country_of_city().get(city) and fmt != "phone_call":
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
    date, explicit_date = _pick_date(cue_infos + core, published)
    confidence = _confidence(bool(formats), len(participants), explicit_date, city is not None)
    return Meeting(fmt, date, ordinal, city, venue, sorted(countries), list(participants.values()),
                   False, cue_infos[0].sentence.text, confidence)


def _meeting_city(fmt: str, core: list[SentenceInfo], venue_city: str | None, datelines) -> str | None:
    """Place the meeting: a city the text puts it in, its venue's city, or a supported dateline.

    A dateline only says where the reporter filed from; it is used when the
    text makes that city's country the host (its leader received the guest,
    or the guest is said to be there). A phone call has no single place.
    """
    if fmt == "phone_call":
        return None
    city = next((c for c in (_city_in(i.sentence.low) for i in core) if c), None) or venue_city
    if city or not datelines:
        return city
    dateline_city = next((d.city for d in datelines if d.city), None)
    if dateline_city and country_of_city().get(dateline_city) in _hosts(core):
        return dateline_city
    return None


def _confidence(has_format_cue: bool, n_participants: int, explicit_date: bool, has_city: bool) -> float:
    """Score how well the text supports a meeting: a named format and named people weigh most."""
    score = 0.35
    score += 0.3 if has_format_cue else 0.1
    score += 0.2 if n_participants >= 2 else (0.1 if n_participants == 1 else 0.0)
    score += 0.05 if explicit_date else 0.0
    score += 0.05 if has_city else 0.0
    return round(min(score, 0.95), 2)


def _planned_meetings(infos, main, order, published) -> list[Meeting]:
    out: list[Meeting] = []
    for info in infos:
        low = info.sentence.low
        if not info.planned or info.background or not _lex()["event_nouns"].search(low):
            continue
        if main and info.sentence.text == main.evidence:
            continue
        fmt = min(info.formats, key=order.index) if info.formats else "other"
        if fmt == "other" and main and main.meeting_format in _lex()["format_heads"]:
            # "третье заседание совета пройдет…" names the held council again
            if _lex()["format_heads"][main.meeting_format].search(low):
                fmt = main.meeting_format
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
        # a plan is weaker evidence than a report, whatever its cues
        confidence = round(0.6 * _confidence(bool(info.formats), len(info.persons), date is not None, city is not None), 2)
        out.append(Meeting(fmt, date, _ordinal(low), city, None, sorted(countries),
                           [p for p in info.persons if p.name not in info.excluded_persons], True,
                           info.sentence.text, confidence))
    return out
