"""Detect the meetings an article reports: format, date, place, people.

Most articles report one encounter; a visit, its talks and its council on one
day are one meeting of the most specific format, so the article is read as a
whole and the strongest cue wins. Meetings only announced for the future are
kept separately as planned.
"""
from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import Levenshtein

from . import lexicon
from .dates import find_dates, months_in, year_after, years_before
from .entities import (
    Mention,
    PersonHit,
    _ru_word_forms,
    capital_of,
    country_of_city,
    find_cities,
    find_countries,
    find_persons,
    find_titled_persons,
    find_venues,
    in_office,
    namesakes,
    person_row,
)
from .text import Dateline, Sentence
from .translit import same_given_name

RU_ORDINALS = {"первый": 1, "второй": 2, "третий": 3, "четвертый": 4, "пятый": 5, "шестой": 6,
               "седьмой": 7, "восьмой": 8, "девятый": 9, "десятый": 10, "одиннадцатый": 11,
               "двенадцатый": 12, "тринадцатый": 13, "четырнадцатый": 14, "пятнадцатый": 15,
               "шестнадцатый": 16, "семнадцатый": 17, "восемнадцатый": 18, "девятнадцатый": 19,
               "двадцатый": 20, "тридцатый": 30, "сороковой": 40, "пятидесятый": 50}
# "двадцать первое заседание", "thirty-second session": tens written before the unit's ordinal
RU_TENS = {"двадцать": 20, "тридцать": 30, "сорок": 40, "пятьдесят": 50}
EN_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50}
EN_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
               "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
               "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
               "nineteenth": 19, "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "inaugural": 1}
_ROMAN_DIGITS = {"i": 1, "v": 5, "x": 10}
# I, V and X only (up to XL): "li" or "mix" next to a head noun is a word, not a number
_ROMAN = re.compile(r"x{0,3}(?:ix|iv|v?i{0,3})")
# How far before a name the words that make it no participant are looked for: a list of two leaders after "agreements
# reached between" runs to the second name.
_NOT_PARTICIPANT_REACH = 130


def roman(word: str) -> int | None:
    """Return the value of a Roman numeral of two or more letters up to XXXIX, else None."""
    if len(word) < 2 or not _ROMAN.fullmatch(word):
        return None
    total = 0
    for i, ch in enumerate(word):
        value = _ROMAN_DIGITS[ch]
        nxt = _ROMAN_DIGITS[word[i + 1]] if i + 1 < len(word) else 0
        total += -value if value < nxt else value
    return total


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
    side_event: bool = False
    # (start, end) of the people named by office alone: participants, but too weak a
    # mention to make a sentence the report of a meeting of its own
    office_spans: set[tuple[int, int]] = field(default_factory=set)


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
    # the people who speak for an international organisation: one country's
    # meetings with two organisations on one day are two meetings
    organisations: frozenset[str] = frozenset()


@functools.cache
def _lex() -> dict:
    lex = lexicon.load_yaml("meetings")
    return {
        "formats": [(f["code"], lexicon.any_of(f["patterns"])) for f in lex["formats"]],
        "order": [f["code"] for f in lex["formats"]],
        "generic": lexicon.any_of(lex["generic"]),
        "not_meeting": [lexicon.compiled(p) for p in lex["not_a_meeting_before_cue"]]
                       + [lexicon.compiled(rf"(?<!\w){lex['looks_ahead']}\s+([\w–-]+\s+){{0,4}}$")],
        "looks_ahead": re.compile(rf"(?<!\w)({lex['looks_ahead']}|накануне)(?!\w)[^,.;:!?]*$"),
        "planned": lexicon.any_of(lex["planned"]),
        "background": lexicon.any_of(lex["background"]),
        "event_nouns": lexicon.any_of(lex["event_nouns"]),
        "ordinal_heads": lexicon.any_of(lex["ordinal_heads"]),
        "not_participant": [lexicon.compiled(p) for p in lex["not_participant_before"]],
        "place_before": lexicon.compiled(lex["place_named_after_before"]),
        "place_after": lexicon.compiled(lex["place_named_after_after"]),
        "venues": [lexicon.compiled(p) for p in lex["venue_patterns"]],
        "venue_kind": lexicon.compiled(lex["venue_kind_before"]),
        "not_planned": lexicon.any_of(lex["not_planned"]),
        "locative": lexicon.compiled(lex["locative_before"]),
        "project_site": lexicon.compiled(lex["project_site_before"]),
        "report_site": lexicon.compiled(lex["report_site_before"]),
        "firm_after": lexicon.compiled(lex["firm_after_country"]),
        "firm_word": lexicon.compiled(lex["firm_words"]),
        "capital_after": lexicon.compiled(lex["capital_after_country"]),
        "capital_before": lexicon.compiled(lex["capital_before_country"]),
        "capital_of_visited": lexicon.compiled(lex["capital_of_visited"]),
        "unnamed_parties": lexicon.compiled(lex["unnamed_parties"]),
        "city_attr": lexicon.compiled(lex["city_before_meeting_noun"]),
        "city_hosts": lexicon.compiled(lex["city_hosts_after"]),
        "host_verbs": lexicon.any_of(lex["host_verbs"]),
        "arrival": lexicon.any_of(lex["arrival_cues"]),
        "visit_to": lexicon.compiled(lex["visit_to_before_country"]),
        "guest_before": lexicon.compiled(lex["guest_before_country"]),
        "guest_after": lexicon.compiled(lex["guest_after_country"]),
        "guest_possessive": lexicon.compiled(lex["guest_possessive_country"]),
        "format_heads": {code: lexicon.any_of(p) for code, p in lex["format_heads"].items()},
        "side_event": lexicon.any_of(lex["side_event"]),
        "relative_day": [(lexicon.compiled(r["pattern"]), int(r["days"])) for r in lex["relative_day"]],
        "earlier": lexicon.any_of(lex["earlier"]),
        "counterpart": lexicon.compiled(lex["counterpart_role"]),
        "heads_nouns": lexicon.any_of(lex["heads_nouns"]),
        "organisations": lexicon.any_of(lex["organisations"]),
        "next_session": lexicon.any_of(lex["next_session"]),
        "held_after": lexicon.compiled(lex["held_after_cue"]),
        "not_meeting_after": re.compile(lex["not_a_meeting_after_cue"]),
        "domestic_before": re.compile(lex["not_a_meeting_domestic_before_cue"]),
        "planned_topic": lexicon.any_of(lex["planned_topic"]),
        "planned_clause": lexicon.compiled(lex["planned_clause"]),
        "said_after_meeting": lexicon.compiled(lex["said_after_meeting"]),
        "held_verb": lexicon.any_of(lex["held_verb"]),
        "multilateral": set(lex["multilateral_formats"]),
        "not_event_year": lexicon.any_of(lex["not_event_year"]),
        "next_round": lexicon.any_of(lex["next_round"]),
        "pair_verbs": lexicon.any_of(lex["pair_verbs"]),
        "heads_meeting": lexicon.any_of(lex["heads_meeting"]),
        "two_heads": lexicon.any_of(lex["two_heads"]),
        "eu_bodies": lexicon.compiled(lex["eu_bodies"]),
        "counterpart_word": lexicon.compiled(lex["counterpart_word"]),
        "purpose": lexicon.compiled(lex["purpose_before_cue"]),
        "receives_person": lexicon.compiled(lex["receives_person_before"]),
        "ministers_meeting": lexicon.any_of(lex["ministers_meeting"]),
        "arrival_verbs": lexicon.compiled(lex["arrival_verbs"]),
        "offices": lexicon.compiled("|".join(f"(?P<{o['role']}>(?<!\\w)(?:{'|'.join(o['patterns'])})(?!\\w))"
                                              for o in lex["offices"])),
        "not_holder": lexicon.compiled(lex["office_not_holder_before"]),
    }


# How far before a format cue the words that make it no meeting may start (a platform named in a long list)
_LEFT_WINDOW = 160


def _format_cues(low: str, published: dt.date | None = None) -> list[str]:
    """Return the formats a sentence cues, dropping those of an event it dates weeks away.

    "the 16th meeting of the commission on September 14, as well as the forum on
    October 4": each cue takes the first date after it (before the next cue), and
    a cue dated outside the reported week is another, earlier event.
    """
    lex = _lex()
    found: list[tuple[str, int]] = []
    for code, pattern in lex["formats"]:
        for m in pattern.finditer(low):
            left = low[max(0, m.start() - _LEFT_WINDOW):m.start()]
            if any(p.search(left) for p in lex["not_meeting"]) and not lex["held_after"].match(low[m.end():m.end() + 120]):
                continue
            if _no_session(low, m.start(), m.end()):
                continue
            if not code.endswith("_visit") and lex["purpose"].search(left):
                continue
            found.append((code, m.start()))
            break
    if len(found) < 2 or published is None:
        return [code for code, _ in found]
    dates = find_dates(low, published)
    starts = sorted(pos for _, pos in found)
    kept = []
    for code, pos in found:
        nxt = next((p for p in starts if p > pos), len(low))
        own = next((d for at, d in dates if pos < at < nxt), None)
        if own is None or -7 <= (own - published).days <= 1:
            kept.append(code)
    return kept


def _no_session(low: str, start: int, end: int) -> bool:
    """Tell whether a meeting cue names a body still to be formed or a country's own government in session.

    "An interstate council will be formed", "на заседании Правительства", "a Government meeting": no states meet.
    """
    lex = _lex()
    return bool(lex["not_meeting_after"].match(low, end) or lex["domestic_before"].search(low, max(0, start - 40), start))


def _blocked_cues(low: str) -> str:
    """Blank the format cues that name no meeting of this sentence (an invitation to it, a title, an earlier one).

    "пригласил принять участие в заседании Высшего госсовета": the word
    "заседании" inside the other event's name does not make the sentence a
    report of a meeting of its own.
    """
    lex = _lex()
    for m in lex["generic"].finditer(low):
        if _no_session(low, m.start(), m.end()):
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]  # "на заседании Правительства"
    for _, pattern in lex["formats"]:
        for m in pattern.finditer(low):
            at = max(0, m.start() - _LEFT_WINDOW)
            left = low[at:m.start()]
            found = [p.search(left) for p in lex["not_meeting"]]
            found = [f for f in found if f] if not lex["held_after"].match(low[m.end():m.end() + 120]) else []
            start = min((at + f.start() for f in found if f), default=None)
            if start is not None:
                # "X, co-chair of the commission, met with Y": the verb caught at the cue's end is this sentence's
                verb = lex["held_verb"].search(low, m.start(), m.end())
                end = verb.start() if verb else m.end()
                low = low[:start] + " " * (end - start) + low[end:]
    return low


def _blank_topic(m: re.Match) -> str:
    """Blank a future event named as a topic, keeping a past-tense verb that opens it with its channel.

    "обсудили по телефону подготовку к предстоящему саммиту": the discussion was
    held, by phone; only the summit lies ahead. Without a format named before the
    topic ("discussed preparations for the state visit") the whole span goes.
    """
    lex = _lex()
    text = m.group(0)
    ahead = lex["planned"].search(text) if lex["held_verb"].match(text) else None
    keep = ahead.start() if ahead and any(p.search(text[:ahead.start()]) for _, p in lex["formats"]) else 0
    return text[:keep] + " " * (len(text) - keep)


def _named_not_taking_part(low: str, start: int) -> bool:
    """Tell whether the words before a name say the person is not at the meeting.

    "the initiative of President X", "ahead of the visit of President X": a leader
    named for an idea, an agreement or a visit still ahead is not a participant.
    """
    return any(rx.search(low[max(0, start - _NOT_PARTICIPANT_REACH):start]) for rx in _lex()["not_participant"])


# What a meeting yielded, named as its outcome: "итоги 13-го заседания МПК", "the outcomes of the talks".
_RESULTS_OF_MEETING = re.compile(r"(?<!\w)(?:итог\w*|результат\w*|outcomes?|results?)\s+(?:[\w-]+\s+){0,2}?"
                                 r"(?:заседани|встреч|переговор|визит|саммит|meeting|session|talks|visit|summit)")


def analyse(sentence: Sentence, published: dt.date | None) -> SentenceInfo:
    """Collect the meeting cues, people and countries of one sentence."""
    lex = _lex()
    low = sentence.low
    persons = find_persons(low)
    titled = find_titled_persons(sentence.text, persons)
    # a bare gazetteer surname inside a titled full name is someone else
    # ("вице-премьер Бахром Алиев" is not Ilham Aliyev), unless the first name
    # is the seed person's in another spelling ("Жамшид Ходжаев" is Jamshid Khodjaev)
    own = {id(t) for t in titled for p in persons if t.start <= p.start and p.end <= t.end
           and same_given_name(t.name.split()[0], p.name.split()[0])}
    titled = [t for t in titled if id(t) not in own]
    persons = [p for p in persons if not any(t.start <= p.start and p.end <= t.end for t in titled)]
    persons = sorted(persons + titled, key=lambda p: p.start)
    persons = [p for p in persons if not (lex["place_after"].match(low[p.end:p.end + 40])
                                          or lex["place_before"].search(low[max(0, p.start - 60):p.start]))]
    excluded = {p.name for p in persons if _named_not_taking_part(low, p.start)}
    # an accepted invitation is the reported visit itself, so it is blanked out
    # (same length) before looking for the markers of a plan
    unplanned = lex["not_planned"].sub(lambda m: " " * len(m.group(0)), low)
    # "held a call and discussed the upcoming summit": the plan is only a topic
    untopical = unplanned
    topics = lex["planned_topic"].sub(_blank_topic, unplanned)
    topical = bool(lex["held_verb"].search(topics)) and topics != unplanned
    if topical:
        unplanned = topics
    # "прибыл с визитом, в ходе которого планируется…": the plan is the visit's programme
    programme = lex["planned_clause"].sub(lambda m: " " * len(m.group(0)), unplanned)
    if programme != unplanned and lex["held_verb"].search(programme):
        unplanned = programme
    # "… планируют …, заявил президент по итогам переговоров": the plan was said after talks that were held
    unplanned = lex["said_after_meeting"].sub(lambda m: " " * len(m.group(0)), unplanned)
    planned = bool(lex["planned"].search(unplanned))
    if published and not planned:
        # "в 2026 году" in a report from 2025 is a plan
        # … unless the year is of what the meeting yielded ("Открытие школы в 2027 году – итоги заседания МПК")
        planned = any(int(y) > published.year for y in re.findall(r"(?<!\d)(20\d\d)\s*(?:год|году|year)", low)) \
            and not _RESULTS_OF_MEETING.search(low)
    background = bool(lex["background"].search(low))
    if published and not background:
        dated = lex["not_event_year"].sub(lambda m: " " * len(m.group(0)), low)
        background = years_before(dated, published)
    if published and not background and not planned and not year_after(low, published):
        # "в марте этого года" in an October report recalls an earlier visit
        months = [m for _, m in months_in(low)]
        # "в ноябре" in a July report is not this week's event either: a plan, or last year's
        background = bool(months) and all(m != published.month for m in months)
    # "на полях саммита" names the event hosting this encounter, not its format
    side = lex["side_event"].search(low)
    cue_text = topics if topical else low  # the future event discussed is not this one's format
    if side:
        host = re.match(r"(?:\s+[^\s,.;:!?]+){0,8}", low[side.end():])
        cue_text = cue_text[:side.start()] + " " * (side.end() - side.start() + host.end()) + cue_text[side.end() + host.end():]
    formats, generic = _format_cues(cue_text, published), bool(lex["generic"].search(_blocked_cues(low)))
    generic = generic or any(lex["receives_person"].search(low[max(0, p.start - 30):p.start]) for p in persons)
    if (formats or generic) and published and not background and not planned:
        # "Официальный визит 18-19 апреля … открыл новую страницу" in a May report: a visit of weeks ago, recalled
        days = [(published - date).days for _, date in find_dates(low, published)]
        background = bool(days) and all(d > 7 for d in days)
    holders: list[PersonHit] = []
    if (formats or generic) and not background:
        holders = [h for h in office_holders(sentence, persons, published) if h.name not in {p.name for p in persons}]
        persons = sorted(persons + holders, key=lambda p: p.start)
        excluded |= {h.name for h in holders if _named_not_taking_part(low, h.start)}
    if topical:
        # "переговоры в рамках подготовки к визиту Президента Таджикистана": who the future event brings is not here
        excluded |= {p.name for p in persons if not topics[p.start].strip() and untopical[p.start].strip()}
    mentions = find_countries(low)
    # most sentences name no country, and the route pattern is the costly part
    routes = _route_stops(low) if mentions else []
    return SentenceInfo(
        sentence=sentence,
        persons=persons,
        countries=[c.key for c in mentions if not _currency_of(low, c) and not _in_route(c, routes)
                   and not _of_firm(low, c)],
        formats=formats,
        generic=generic,
        planned=planned,
        background=background,
        excluded_persons=excluded,
        side_event=bool(side),
        office_spans={(h.start, h.end) for h in holders},
    )


# A country that only names a currency: "352 млн долларов США", "долл. США", "U.S. dollars"
_CURRENCY_BEFORE = re.compile(r"(?<!\w)(?:доллар\w*|долл)\.?\s*$")
_CURRENCY_AFTER = re.compile(r"\s*dollars?(?!\w)")


# A route named by the countries it links ("железной дороги Китай — Кыргызстан — Узбекистан", "the
# Turkmenistan-Afghanistan-Pakistan-India gas pipeline"): its countries are the project's, not the meeting's
_ROUTE_WORD = (r"(?:железн\w+\s+дорог\w*|автодорог\w*|дорог\w*|магистрал\w*|газопровод\w*|нефтепровод\w*|"
               r"трубопровод\w*|лини\w*\s+электропередачи|коридор\w*|маршрут\w*|railway|railroad|road|highway|"
               r"(?:gas\s+)?pipeline|corridor|power\s+line|route)")
_COUNTRY_CHAIN = r"[«\"“]?(?:[\w]+\s*[—–-]\s*)+[\w]+[»\"”]?"
_ROUTE_CHAIN = re.compile(rf"(?<!\w){_ROUTE_WORD}\s+(?P<after>{_COUNTRY_CHAIN})|(?P<before>{_COUNTRY_CHAIN})\s+{_ROUTE_WORD}")


def _route_stops(low: str) -> list[tuple[int, int]]:
    """Return the spans of the country chains that name a route's stops ("дороги Китай — Кыргызстан — Узбекистан")."""
    return [m.span(g) for m in _ROUTE_CHAIN.finditer(low) for g in ("after", "before") if m.group(g)]


def _in_route(country: Mention, routes: list[tuple[int, int]]) -> bool:
    """Tell whether a country mention only names a stop of a route."""
    return any(start <= country.start < end for start, end in routes)


def _of_firm(low: str, country: Mention) -> bool:
    """Tell whether a country mention only says whose a firm is: "the Chinese investor", «China Machinery Group».

    A firm is no state's party, whether the country qualifies it or is a word of its quoted name.
    """
    if _lex()["firm_after"].match(low, country.end):
        return True
    opened, closed = low.rfind("«", 0, country.start), low.rfind("»", 0, country.start)
    end = low.find("»", country.end)
    return opened > closed and end > 0 and bool(_lex()["firm_word"].search(low, opened, end))


def _currency_of(low: str, country: Mention) -> bool:
    """Tell whether a country mention only says whose dollars an amount is in; no country takes part by it."""
    return bool(_CURRENCY_BEFORE.search(low[max(0, country.start - 12):country.start])
                or _CURRENCY_AFTER.match(low, country.end))


# between the countries of one office: "президенты Казахстана и Узбекистана", "the Kazakh and Uzbek presidents"
_COUNTRY_LIST_GAP = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)(?:the\s+)?")
_REPUBLIC = r"(?:республик\w*\s+|(?:the\s+)?republic\s+of\s+(?:the\s+)?)?"


def _countries_after(low: str, pos: int) -> tuple[list[str], int]:
    """Return the countries named right after an office ("of Kazakhstan and Uzbekistan") and where they end."""
    starts = {h.start: h for h in find_countries(low)}  # the sentence's scan, remembered per text
    codes: list[str] = []
    gap = re.compile(rf"\s+(?:of\s+)?(?:the\s+)?{_REPUBLIC}")
    while True:
        m = gap.match(low, pos)
        hit = starts.get(m.end()) if m else None
        if hit is None:
            break
        codes.append(hit.key)
        pos = hit.end
        gap = re.compile(_COUNTRY_LIST_GAP.pattern + _REPUBLIC)
    return codes, pos


def _countries_before(low: str, pos: int) -> list[str]:
    """Return the countries named right before an office by adjective or possessive ("the Kyrgyz", "Kazakhstan's")."""
    codes: list[str] = []
    end = pos
    for hit in reversed([h for h in find_countries(low) if h.end <= pos]):
        gap = r"(?:'s|’s)?\s+" if not codes else _COUNTRY_LIST_GAP.pattern
        if not re.fullmatch(gap, low[hit.end:end]):
            break
        codes.append(hit.key)
        end = hit.start
    return codes


# "Tokayev, the Kazakh President", "Токаев — президент Казахстана": the office is the named person's
_APPOSITION = re.compile(r"\s*[,—–-]\s*(?:the\s+)?(?:[\w'’-]+\s+){0,2}")


def _holder(country: str, role: str, day: dt.date) -> str | None:
    """Return the seed person who held an office of a country on a day, if exactly one did."""
    names = [r["person_name"] for r in lexicon.persons() if r["country_code"] == country and r["role"] == role
             and in_office(r["person_name"], day)]
    return names[0] if len(names) == 1 else None


def office_holders(sentence: Sentence, persons: list[PersonHit], published: dt.date | None) -> list[PersonHit]:
    """Find the officials a sentence names by office and country alone ("the President of Kazakhstan").

    The persons seed knows who held each office when, so such a mention is the
    holder of the article's day. An office followed by a name, or following one
    (", президент Казахстана"), belongs to that name; a deputy's, a former
    holder's or the office's papers ("указ Президента") are no one in person.
    """
    if published is None:
        return []
    lex = _lex()
    low, text = sentence.low, sentence.text
    out: list[PersonHit] = []
    for m in lex["offices"].finditer(low):
        role = m.lastgroup
        if lex["not_holder"].search(low[max(0, m.start() - 60):m.start()]):
            continue
        after, end = _countries_after(low, m.end())
        codes = after or _countries_before(low, m.start())
        if not codes or any(p.start < end and m.start() < p.end for p in persons):
            continue
        if after and _lex()["firm_after"].match(low, end):
            continue  # "вице-президент китайской компании": an office in a firm, no state's
        # "President of Kazakhstan Kassym-Jomart Tokayev", "Tokayev, the Kazakh President": a named person's title
        if re.match(r"\s*,?\s*[A-ZА-ЯЁ]", text[end:end + 3]) or any(
                _APPOSITION.fullmatch(low[p.end:m.start()]) for p in persons if p.end <= m.start()):
            continue
        for code in dict.fromkeys(codes):
            name = _holder(code, role, published)
            if name:
                out.append(PersonHit(name, code, role, m.start(), end, False))
    # "Rahmon welcomed his Uzbek counterpart", "встретился со своим узбекским коллегой":
    # the counterpart holds the office of the official named before, in that country
    for m in lex["counterpart_word"].finditer(low):
        codes = _countries_before(low, m.start())
        before = [p for p in persons + out if p.end <= m.start() and p.role and p.country_code]
        if not codes or not before or any(p.start < m.end() and m.start() < p.end for p in persons):
            continue
        if re.match(r"\s*,?\s*[A-ZА-ЯЁ]", text[m.end():m.end() + 3]):
            continue  # "his Uzbek counterpart Bakhtiyor Saidov" is named
        code = codes[0]
        name = _holder(code, before[-1].role, published) if code != before[-1].country_code else None
        if name:
            out.append(PersonHit(name, code, before[-1].role, m.start(), m.end(), False))
    return out


def _lone_roman(word: str, n: int, head: str) -> int | None:
    """Read a one-letter Roman numeral right before a Russian noun ("V заседание"), where it is no English "I" or "v"."""
    return _ROMAN_DIGITS.get(word) if n == 0 and re.match(r"[а-яё]", head) else None


# "the first meeting in 10 years", "the first session since 2015": the ordinal ends a pause, it counts no sessions
_PAUSE_AFTER = re.compile(r"\s+(?:in|for|за)\s+(?:(?:the\s+)?(?:last|past|последние)\s+)?(?:\d+|a|two|three|five|ten|several|many|"
                          r"несколько|много|пять|десять)\s+(?:years|decades?|лет|десятилети\w*)(?!\w)|\s+(?:since|с)\s+\d{4}(?!\d)")


def _ordinal(low: str) -> int | None:
    """Find "второе заседание", "first session", "7th meeting" or "VII заседание"."""
    for head in _lex()["ordinal_heads"].finditer(low):
        if _PAUSE_AFTER.match(low, head.end()):
            continue
        before = low[max(0, head.start() - 60):head.start()]
        words = re.findall(r"[\w-]+", before)[-4:]
        for n, word in enumerate(reversed(words)):
            m = re.fullmatch(r"(\d{1,2})(-?(?:st|nd|rd|th|е|й|го|м|ое|ий|ой))?", word)
            # a bare number is an ordinal only right before its noun ("12 billion), during a meeting" is not)
            if m and (m.group(2) or n == 0):
                return int(m.group(1))
            prev = words[-n - 2] if n + 1 < len(words) else ""
            value = _en_ordinal(word, prev) or roman(word) or _ru_ordinal(word, prev) or _lone_roman(word, n, low[head.start():])
            if value:
                return value
    return None


# the ordinal said after the format is named: "the Council held its third meeting", "заседание
# совета, второе по счету", "ставшее третьим по счету", "the second such meeting"
_ORDINAL_AFTER = re.compile(
    r"[^.;:!?]{0,40}?(?:(?:held|holds|convened)\s+its\s+(?P<en>[\w-]+)\s+(?:meeting|session)"
    r"|,\s*(?:(?:ставш|являющ)\w*\s+)?(?:уже\s+)?(?P<ru>[\w-]+)\s+по\s+счету"
    r"|,\s*the\s+(?P<such>[\w-]+)\s+such\s+(?:meeting|session))")


def _ordinal_after(low: str, fmt: str) -> int | None:
    """Find the ordinal a sentence gives its format's meeting after naming it."""
    pattern = next((p for code, p in _lex()["formats"] if code == fmt), None)
    cue = pattern.search(low) if pattern else None
    m = _ORDINAL_AFTER.match(low, cue.end()) if cue else None
    if not m:
        return None
    word = m.group("en") or m.group("ru") or m.group("such")
    digits = re.fullmatch(r"(\d{1,2})(?:-?(?:st|nd|rd|th|е|м|им|ым|ое|ий|ой))?", word)
    return int(digits.group(1)) if digits else _en_ordinal(word, "") or _ru_ordinal(word, "")


def _en_ordinal(word: str, prev: str) -> int | None:
    """Read "second", "twenty-first" or "twenty first" as a number."""
    tens, _, unit = word.rpartition("-")
    if tens in EN_TENS and unit in EN_ORDINALS and EN_ORDINALS[unit] < 10:
        return EN_TENS[tens] + EN_ORDINALS[unit]
    if word in EN_ORDINALS:
        return EN_ORDINALS[word] + (EN_TENS.get(prev, 0) if EN_ORDINALS[word] < 10 else 0)
    return None


def _ru_ordinal(word: str, prev: str) -> int | None:
    """Read "второе" or "двадцать первое" (any case form) as a number."""
    if not re.fullmatch("[а-я]+", word):
        return None
    # every parse, not the likeliest: "второе" is also a noun (a main course)
    for p in lexicon.parses(word):
        lemma = lexicon.norm(p.normal_form)
        if p.tag.POS == "ADJF" and lemma in RU_ORDINALS:
            unit = RU_ORDINALS[lemma]
            return unit + (RU_TENS.get(prev, 0) if unit < 10 else 0)
    return None


def _cue_window(low: str, fmt: str) -> str:
    """Return the part of a sentence around its cue of a format, where that format's ordinal stands.

    "the 16th meeting of the commission on 14 September and the Economic Forum on
    4 October": the forum's ordinal is looked for next to "Forum", not at "16th meeting".
    """
    pattern = next((p for code, p in _lex()["formats"] if code == fmt), None)
    m = pattern.search(low) if pattern else None
    return low[max(0, m.start() - 60):m.end()] if m else low


_REGION_AFTER = re.compile(r"\s+(?:region|oblast|province|viloyat|вилоят\w*|област\w*)(?!\w)")


def _city_in(low: str) -> str | None:
    """Return the city a sentence places something in ("в Ташкенте", "visit to Astana", "the Kazakh capital")."""
    lex = _lex()
    for hit in find_cities(low):
        if _REGION_AFTER.match(low, hit.end):
            continue  # "in the Tashkent region": the province named after its centre, not the city
        loc = lex["locative"].search(low[max(0, hit.start - 40):hit.start])
        if loc:
            before = low[max(0, hit.start - 40):max(0, hit.start - 40) + loc.start()]
            if lex["project_site"].search(before) or lex["report_site"].search(before):
                continue  # the site of a plant, a road or a briefing, not of the meeting
            return hit.key
        # "the Moscow talks", "ташкентские переговоры"
        if (re.search("[a-z]", hit.text) or "ск" in hit.text) and lex["city_attr"].match(low[hit.end:hit.end + 60]):
            return hit.key
        # "Tashkent hosted the talks", "Бишкек стал площадкой для переговоров"
        if lex["city_hosts"].match(low[hit.end:hit.end + 40]):
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


def _venue_in(info: SentenceInfo) -> tuple[str | None, str | None]:
    """Return (venue as written, its city) for a known residence, else a named palace or hall."""
    lex = _lex()
    sentence = info.sentence
    hits = find_venues(sentence.low)
    for hit in hits:
        # "the Akorda press service" names an office, "в Акорде" a place
        left = sentence.low[max(0, hit.start - 60):hit.start]
        kind = lex["venue_kind"].search(left)
        if lex["locative"].search(left[:kind.start()] if kind else left):
            return hit.text, _venue_city([h for h in hits if (h.start, h.end) == (hit.start, hit.end)], info)
    for pattern in lex["venues"]:
        m = pattern.search(sentence.text)
        if m:
            hits = find_venues(sentence.low[m.start():m.end()])
            return (hits[0].text, _venue_city(hits, info)) if hits else (m.group(0).strip(), None)
    return None, None


def _venue_city(hits: list, info: SentenceInfo) -> str | None:
    """Return the city of a venue; of a name two capitals share, the one whose country's people the sentence names.

    Astana and Minsk both have a Palace of Independence: "Lukashenko welcomed the
    delegations at the Palace of Independence" is in Minsk; with both sides named,
    the host's; with no one to tell the two apart the venue places nothing.
    """
    cities = {h.key for h in hits if h.text == hits[0].text}
    if len(cities) == 1:
        return hits[0].key
    for countries in ({p.country_code for p in info.persons}, _hosts([info])):  # the host tells two sides apart
        chosen = [c for c in cities if country_of_city().get(c) in countries]
        if len(chosen) == 1:
            return chosen[0]
    return None


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


def _guests(infos: list[SentenceInfo]) -> set[str]:
    """Return the countries whose people pay the visit ("визита казахстанского лидера", "the Kazakh leader's visit")."""
    lex = _lex()
    out: set[str] = set()
    for info in infos:
        low = info.sentence.low
        for hit in find_countries(low):
            before, after = low[max(0, hit.start - 60):hit.start], low[hit.end:hit.end + 40]
            if lex["guest_before"].search(before) and (lex["guest_after"].match(after) or not after[:2].strip(" ")) \
                    or lex["guest_possessive"].match(after):
                out.add(hit.key)
    return out


def _visited(infos: list[SentenceInfo]) -> set[str]:
    """Return the countries a visit is said to go to ("the visit of X to Turkmenistan", "визит … в Казахстан")."""
    out: set[str] = set()
    for info in infos:
        low = info.sentence.low
        for hit in find_countries(low):
            if _lex()["visit_to"].search(low[max(0, hit.start - 90):hit.start]):
                out.add(hit.key)
    return out


def _own_dates(low: str, published: dt.date) -> list[dt.date]:
    """Return the dates of a sentence within a week of publication that do not date an event it looks ahead to."""
    return [date for at, date in find_dates(low, published)
            if -7 <= (date - published).days <= 1 and not _lex()["looks_ahead"].search(low, max(0, at - 160), at)]


def _pick_date(infos: list[SentenceInfo], published: dt.date | None) -> tuple[dt.date | None, bool]:
    """Return the meeting day and whether the text states it (else the publication day)."""
    if published is None:
        return None, False
    date = next(filter(None, (_explicit_date(info, published) for info in infos)), None)
    return (date, True) if date else (published, False)


def find_meetings(sentences: list[Sentence], datelines: list[Dateline], published: dt.date | None) -> list[Meeting]:
    """Assemble the held meetings (the main one first) and the planned meetings of an article."""
    infos = [analyse(s, published) for s in sentences]
    resolve_namesakes(infos, published)
    name_offices(infos)
    credit_bare_surnames(infos)
    trace_surnames(infos)
    order = _lex()["order"]
    held = [i for i in infos if not i.planned and not i.background and (i.formats or i.generic)]
    clusters, dropped = segment(held, published)
    meetings: list[Meeting] = []
    main: Meeting | None = None
    for cluster in clusters:
        others = {id(i) for c in clusters if c is not cluster for i in c.members} | dropped
        # "Встреча министров прошла 22 апреля. В ней приняли участие…": the
        # sentence after another meeting's mention reports that meeting
        others |= {id(i) for i in infos for c in clusters if c is not cluster and i not in cluster.members
                   and any(i.sentence.index == m.sentence.index + 1 and i.sentence.paragraph == m.sentence.paragraph
                           and not i.formats for m in c.members)}
        rest = [i for i in infos if id(i) not in others]
        meeting = _held_meeting(rest, cluster.members, order, published, datelines, main, cluster.shift,
                                cluster.met_on)
        if meeting is None:
            continue
        if main is None:
            main = meeting
        meetings.append(meeting)
    meetings = _merge_same(_split_calls(meetings), order)
    meetings += _side_talks(infos, meetings)
    meetings += _planned_meetings(infos, main, order, published, meetings)
    return meetings


# --- several meetings in one article ------------------------------------------
#
# An article may report a summit and bilateral talks on its sidelines, talks one
# day and a forum the next, or two phone calls. Each sentence with a meeting cue
# is a mention; mentions of one event (same day, same kind of contact, same set
# of countries) are grouped, and a group that differs in any of these is a
# meeting of its own.


@dataclass
class Cluster:
    """Mentions of one meeting: its sentences and what they agree on."""

    members: list[SentenceInfo]
    kind: str | None  # "phone" or "meet"; None while only generic words were seen
    date: dt.date | None
    shift: int  # days from the main meeting ("накануне" = -1)
    parties: set[str]
    multilateral: bool
    met_on: dt.date | None = None  # the day of the encounter when the cluster began with an arrival


def _kind(info: SentenceInfo) -> str | None:
    if not info.formats:
        return None
    return "phone" if info.formats == ["phone_call"] or "phone_call" in info.formats[:1] else "meet"


def _explicit_date(info: SentenceInfo, published: dt.date | None) -> dt.date | None:
    """Return the first date the sentence tells of its own event, if any."""
    if published is None:
        return None
    return next(iter(_own_dates(info.sentence.low, published)), None)


def _shift(low: str) -> int:
    """Return the days between the sentence's meeting and the report ("накануне" = -1).

    A day told of an arrival in a clause of its own ("X, who arrived the day
    before", "прилетевший накануне") dates the arrival, not the talks.
    """
    for pattern, days in _lex()["relative_day"]:
        for m in pattern.finditer(low):
            clause = re.split(r"[,;]", low[max(0, m.start() - 80):m.start()])[-1]
            if not _lex()["arrival_verbs"].search(clause):
                return days
    return 0


def _parties(info: SentenceInfo) -> set[str]:
    """Return the sides a mention names: countries, and an organisation's person facing one country.

    "The prime minister met the OTS Secretary General", "… and the World Bank
    Vice President": one country's official meeting several organisations on one
    day holds one meeting with each, so the organisation's person is the other side.
    """
    named = {p.country_code for p in info.persons if p.country_code and p.name not in info.excluded_persons
             and (p.start, p.end) not in info.office_spans}
    if not named:
        return named
    named |= _unnamed_counterparts(info)
    if len(named) == 1:
        named |= {_ORG_SIDE + p.name for p in info.persons
                  if p.name not in info.excluded_persons and _org_person(info, p)}
    return named


_ORG_SIDE = "@"  # marks an organisation's person among a mention's sides, never a country code


def _unnamed_counterparts(info: SentenceInfo) -> set[str]:
    """Return the countries of leaders met by role only ("с президентом Азербайджана")."""
    low = info.sentence.low
    rx = _lex()["counterpart"]
    return {hit.key for hit in find_countries(low) if rx.search(low[max(0, hit.start - 60):hit.start])
            and not _lex()["firm_after"].match(low, hit.end)}


def _compatible(c: Cluster, info: SentenceInfo, date, shift: int, parties: set[str],
                published: dt.date | None = None) -> bool:
    """Tell whether a mention can report the same meeting as a cluster."""
    kind = _kind(info)
    if date and not c.date and published and date < published and not parties and info.formats \
            and c.kind and not any(set(info.formats) & set(m.formats) for m in c.members):
        # "the Economic Forum in Tashkent on October 4" in a report of an undated visit
        # (the day of the report): another event, on its own day
        return False
    if kind and c.kind and kind != c.kind:
        return False  # a phone call and an encounter in person are never one meeting
    # "arrived on Monday … On Tuesday the presidents held talks": an arrival meets no one,
    # so the talks of another day are the visit's encounter
    arrival = _met_after_arrival(c, parties) and kind != "phone"
    if date and c.date and date != c.date and not arrival:
        return False
    if shift != c.shift and not (date and c.date == date) and not arrival:
        return False
    summit = "summit" in info.formats
    if c.multilateral and not summit and len(parties) == 2:
        return False  # bilateral talks held during a summit
    if _multilateral(info) and not c.multilateral and any(m.side_event for m in c.members) \
            and not any(_multilateral(m) for m in c.members):
        return False  # the summit itself is not the talks held on its sidelines
    if len(parties) >= 2 and len(c.parties) >= 2 and parties != c.parties:
        return summit and c.multilateral
    if info.side_event and len(parties) >= 2 and parties != c.parties:
        return False
    here = _city_in(info.sentence.low)
    there = next((city for city in (_city_in(m.sentence.low) for m in c.members) if city), None)
    return not (here and there and here != there)  # same day, another city: another meeting


def _met_after_arrival(c: Cluster, parties: set[str]) -> bool:
    """Tell whether a mention reports whom a guest whose arrival began the cluster then met.

    "arrived on Monday … On Tuesday the presidents held talks" names both sides;
    "arrived in Astana on Wednesday. On Thursday, he held talks with Tokayev" names
    only the host, whose country is where the guest arrived.
    """
    if len(_countries_of(c.parties)) >= 2 or not any(_lex()["arrival"].search(m.sentence.low) for m in c.members):
        return False
    countries = _countries_of(parties)
    if len(countries) >= 2:
        return c.parties <= parties
    return len(countries) == 1 and not countries & c.parties and countries <= _destinations(c.members)


def _destinations(infos: list[SentenceInfo]) -> set[str]:
    """Return the countries a guest is said to arrive in or be received by, by name or by city."""
    cities = country_of_city()
    return _hosts(infos) | {cities.get(city) for city in (_city_in(i.sentence.low) for i in infos
                                                           if _lex()["arrival"].search(i.sentence.low)) if city}


def _countries_of(parties: set[str]) -> set[str]:
    """Return the country codes among a mention's sides (not the organisations' people)."""
    return {p for p in parties if not p.startswith(_ORG_SIDE)}


def segment(held: list[SentenceInfo], published: dt.date | None) -> tuple[list[Cluster], set[int]]:
    """Group held-meeting sentences into meetings, in text order (the first is the main one).

    A mention that fits no group starts a new meeting only when it names people
    of at least two countries itself and does not recall an earlier encounter;
    otherwise it is set aside (its ids are returned) so it cannot blur the others.
    """
    lex = _lex()
    clusters: list[Cluster] = []
    dropped: set[int] = set()
    for info in held:
        date, shift, parties = _explicit_date(info, published), _shift(info.sentence.low), _parties(info)
        if clusters and info.formats and not parties and lex["earlier"].search(info.sentence.low):
            # "Earlier this week, the commission's 19th meeting was held in Astana": a session
            # recalled with no one named is another, earlier event, not the format of the talks
            dropped.add(id(info))
            continue
        if clusters and info.side_event and not _multilateral(info) and _one_with_each(info):
            dropped.add(id(info))  # "on the sidelines, Xi held talks with Tokayev and Mirziyoyev": talks with each, later
            continue
        target = None
        for c in reversed(clusters):
            if _compatible(c, info, date, shift, parties, published):
                if parties and parties == c.parties:
                    target = c
                    break
                if _multilateral(info) and any(set(info.formats) & set(m.formats) for m in c.members):
                    target = c  # "speaking at the summit" joins the summit, not a later bilateral
                    break
                target = target or c
        if target is not None and parties and not target.multilateral and len(target.parties) >= 2 \
                and not parties & target.parties:
            # "Lukashenko welcomed the heads of delegations" after two others' sideline talks: a third
            # country's people alone speak of the summit they all attend, not of those talks
            target = next((c for c in reversed(clusters) if c.multilateral
                           and _compatible(c, info, date, shift, parties, published)), target)
        if target is None:
            # a session on another day may name no one: the same parties met again
            other_day = bool(clusters and (info.formats or parties)
                             and (shift or (date and (clusters[0].date or published)
                                            and date != (clusters[0].date or published))))
            own = _multilateral(info) and not any(_multilateral(m) for c in clusters for m in c.members)
            if clusters and ((len(parties) < 2 and not other_day and not own) or lex["earlier"].search(info.sentence.low)
                             or _arrival_only(info)):
                dropped.add(id(info))
                continue
            multi = "summit" in info.formats or len(parties) > 2
            clusters.append(Cluster([info], _kind(info), date, shift, set(parties), multi))
            continue
        if (len(_countries_of(target.parties)) < 2 <= len(_countries_of(parties)) or _met_after_arrival(target, parties)) \
                and (date or shift):
            target.date, target.shift, target.met_on = date, shift, date  # the encounter's day, not the arrival's
        target.members.append(info)
        target.kind = target.kind or _kind(info)
        target.date = target.date or date
        target.multilateral = target.multilateral or "summit" in info.formats
        if len(target.parties) < 2 or target.multilateral:
            target.parties |= parties
        if len(target.parties) > 2 and target.kind != "phone":
            target.multilateral = target.multilateral or len(target.parties) > 2
    return clusters, dropped


def _arrival_only(info: SentenceInfo) -> bool:
    """Tell whether a mention's only meeting word is an arrival ("прибыли накануне"), which meets no one."""
    low = info.sentence.low
    cues = list(_lex()["generic"].finditer(low))
    arrivals = [m.span() for m in _lex()["arrival_verbs"].finditer(low)]
    return not info.formats and bool(cues) and all(any(s <= c.start() < e for s, e in arrivals) for c in cues)


def _multilateral(info: SentenceInfo) -> bool:
    """Tell whether a mention names a multilateral format (a summit, a ministers' meeting)."""
    return bool(set(info.formats) & _lex()["multilateral"]) and not info.side_event


def _pairs(info: SentenceInfo) -> list[list[PersonHit]]:
    """Return the two-leader clauses of a sentence ("X met Y, and Z met W": two pairs).

    A clause (between commas) that names exactly two people of two countries
    pairs them; a clause naming more is a list of participants, not a pair.
    """
    low = info.sentence.low
    out, start = [], 0
    for end in [m.start() for m in re.finditer(r"[,;]", low)] + [len(low)]:
        people = [p for p in info.persons if start <= p.start < end and p.name not in info.excluded_persons]
        if len(people) == 2 and all(p.country_code for p in people) \
                and people[0].country_code != people[1].country_code:
            out.append(people)
        start = end
    return out


def _one_with_each(info: SentenceInfo) -> list[list[PersonHit]]:
    """Pair the one leader before the verb with each leader of another country after it.

    "On the sidelines, Xi held talks with Tokayev and Mirziyoyev": on a summit's
    sidelines a leader meets his counterparts one by one, not the three together.
    """
    verb = _lex()["pair_verbs"].search(info.sentence.low)
    if verb is None:
        return []
    people = [p for p in info.persons if p.name not in info.excluded_persons and p.country_code]
    before = [p for p in people if p.end <= verb.start()]
    if len({p.country_code for p in before}) != 1:
        return []
    host = before[-1]
    others = {p.country_code: p for p in reversed(people) if p.start >= verb.end() and p.country_code != host.country_code}
    return [[host, other] for other in sorted(others.values(), key=lambda p: p.start)] if len(others) >= 2 else []


def _side_talks(infos: list[SentenceInfo], meetings: list[Meeting]) -> list[Meeting]:
    """Add the bilateral talks held on the sidelines of a multilateral meeting.

    "On the sidelines of the summit X met Y": a sentence with a side-event cue,
    or right after one in its paragraph, that pairs two leaders of the summit's
    countries is a meeting of its own, on the summit's day and in its city,
    unless the article already reports that pair.
    """
    summit = next((m for m in meetings if not m.is_planned and len(m.country_codes) > 2
                   and m.meeting_format in _lex()["multilateral"]), None)
    if summit is None:
        return []
    out: list[Meeting] = []
    for n, info in enumerate(infos):
        prev = infos[n - 1] if n else None
        side = info.side_event or (prev is not None and prev.side_event
                                   and prev.sentence.paragraph == info.sentence.paragraph)
        if not side or info.planned or info.background or not _lex()["pair_verbs"].search(info.sentence.low):
            continue
        for pair in _pairs(info) or _one_with_each(info):
            codes = sorted({p.country_code for p in pair})
            if not set(codes) <= set(summit.country_codes) or any(
                    m.country_codes == codes for m in meetings + out):
                continue
            out.append(Meeting("talks", summit.meeting_date, None, summit.city, None, codes, pair, False,
                               info.sentence.text, _confidence(False, 2, False, summit.city is not None)))
    return out


def _split_calls(meetings: list[Meeting]) -> list[Meeting]:
    """Split "held phone calls with X and Y" into one call per partner.

    A telephone conversation joins two sides, so a call with three or more
    countries is the caller's calls with each of the others; a part already
    reported by its own sentences is kept in that more specific form.
    """
    out: list[Meeting] = []
    for m in meetings:
        if m.meeting_format != "phone_call" or len(m.country_codes) < 3 or not m.participants:
            out.append(m)
            continue
        caller = m.participants[0].country_code
        for code in m.country_codes:
            if code == caller or any(o.meeting_format == "phone_call" and o.country_codes == sorted({caller, code})
                                     for o in meetings):
                continue
            people = [p for p in m.participants if p.country_code in (caller, code)]
            out.append(Meeting(m.meeting_format, m.meeting_date, None, None, None, sorted({caller, code}), people,
                               False, m.evidence, m.confidence))
    return out


def _rank(fmt: str, order: list[str]) -> int:
    """Return how specific a format is; "talks" (no cue) is the least specific of all."""
    return order.index(fmt) if fmt in order else len(order)


def _merge_same(meetings: list[Meeting], order: list[str]) -> list[Meeting]:
    """Fold meetings of the same day, place and countries into one of the most specific format."""
    out: list[Meeting] = []
    for m in meetings:
        arrived = next((o for o in out if o.country_codes == m.country_codes and _arrival_of(o, m)), None)
        if arrived is not None:
            arrived.meeting_date = m.meeting_date  # the visit's meeting day, not the guest's arrival
        same = arrived or next((o for o in out if o.country_codes == m.country_codes and _arrival_of(m, o)), None)
        same = same or next((o for o in out if o.meeting_date == m.meeting_date and o.country_codes == m.country_codes
                             and (o.meeting_format == "phone_call") == (m.meeting_format == "phone_call")
                             and (o.city == m.city or None in (o.city, m.city))
                             and not (o.organisations and m.organisations and o.organisations != m.organisations)),
                            None)
        # "the summit was held on Thursday and Friday": a summit of the same states on the next day is the same summit
        two_days = None if same else next((o for o in out if o.meeting_format == m.meeting_format == "summit"
                                           and o.country_codes == m.country_codes and o.meeting_date and m.meeting_date
                                           and abs((o.meeting_date - m.meeting_date).days) == 1
                                           and (o.city == m.city or None in (o.city, m.city))), None)
        if two_days is not None:
            if m.city and not two_days.city:
                two_days.meeting_date = m.meeting_date  # the day told with the place
            two_days.session_ordinal = two_days.session_ordinal or m.session_ordinal
        same = same or two_days
        if same is None:
            out.append(m)
            continue
        if _rank(m.meeting_format, order) < _rank(same.meeting_format, order):
            same.meeting_format = m.meeting_format
            same.session_ordinal = m.session_ordinal or same.session_ordinal
        same.city = same.city or m.city
        names = {p.name for p in same.participants}
        same.participants += [p for p in m.participants if p.name not in names]
    return out


def _arrival_of(visit: Meeting, meeting: Meeting) -> bool:
    """Tell whether a visit with one side's people only is the arrival for another meeting of a day or two later.

    "Мирзиёев прибыл в турецкую столицу с государственным визитом в среду вечером … в
    четверг лидеры провели переговоры": one visit, met on Thursday; the arrival alone
    is no encounter (spec: officials of two countries meet).
    """
    return (visit.meeting_format in ("state_visit", "official_visit", "working_visit")
            and len({p.country_code for p in visit.participants}) == 1
            and visit.meeting_date is not None and meeting.meeting_date is not None
            and 0 < (meeting.meeting_date - visit.meeting_date).days <= 2)


def name_offices(infos: list[SentenceInfo]) -> None:
    """Give an office named alone to the person the article names in it ("Premier Li Qiang … the Chinese Premier").

    The seed's holder of the day is a fallback; the article's own name for the
    office is better evidence (an acting minister, a date the seed lacks).
    """
    named: dict[tuple[str, str], str] = {}
    for info in infos:
        for p in info.persons:
            if (p.start, p.end) not in info.office_spans and p.country_code and p.role:
                named.setdefault((p.country_code, p.role), p.name)
    for info in infos:
        for k, p in enumerate(info.persons):
            name = named.get((p.country_code, p.role))
            if (p.start, p.end) in info.office_spans and name and name != p.name:
                info.persons[k] = dataclasses.replace(p, name=name)


def resolve_namesakes(infos: list[SentenceInfo], published: dt.date | None) -> None:
    """Give a bare surname two seed persons share to the one the article means.

    A sentence alone knows only the full names it contains; across the article
    "Бердымухамедов" is whoever was last named in full before it (else first
    after it), and with no full name at all, whoever held the office that day.
    """
    firm = [(n, p.name) for n, info in enumerate(infos) for p in info.persons if not p.ambiguous]
    for n, info in enumerate(infos):
        for k, p in enumerate(info.persons):
            if not p.ambiguous:
                continue
            owners = namesakes(p.name)
            if any(m == n and name in owners for m, name in firm):
                continue  # resolved within its own sentence
            before = [name for m, name in firm if m < n and name in owners]
            after = [name for m, name in firm if m > n and name in owners]
            serving = [o for o in owners if published and in_office(o, published)]
            name = before[-1] if before else after[0] if after else serving[0] if serving else p.name
            if name != p.name:
                row = person_row(name)
                info.persons[k] = dataclasses.replace(p, name=name, country_code=row["country_code"], role=row["role"])


# English words that are also Chinese surnames: "He said" is not He Lifeng
_SURNAME_WORDS = frozenset({"he", "an", "ma", "do", "so", "go", "no"})


def _surnames(p: PersonHit) -> list[tuple[str, str]]:
    """Return (surname, given name) as an article may write a person alone, besides the gazetteer's aliases.

    An official first named with a title has the surname of that name; a seed
    person has the surnames of its English and (first) Russian full names that
    are not aliases already ("Li met with…" after "Premier Li Qiang"). A Chinese
    name puts the surname first.
    """
    at, given = (0, -1) if p.country_code == "CN" else (-1, 0)
    row = person_row(p.name)
    if row is None:
        full = [p.native or p.name]
    else:
        aliases = lexicon.split_aliases(row["aliases_ru"]) + lexicon.split_aliases(row["aliases_en"])
        bare = {lexicon.norm(a) for a in aliases if " " not in a}
        full = [a for a in (row["person_name"], *lexicon.split_aliases(row["aliases_ru"])[:1])
                if " " in a and lexicon.norm(a.split()[at]) not in bare]
    return [(a.split()[at], a.split()[given]) for a in full]


@functools.lru_cache(maxsize=1024)
def _surname_pattern(surname: str, alone: bool) -> re.Pattern:
    """Compile a surname's forms once, standing alone as a word or not: articles name the same officials again and again."""
    forms = _surname_forms(surname)
    return re.compile(rf"(?<![\w-]){forms}(?![\w-])" if alone else forms)


def _surname_forms(surname: str) -> str:
    """Return a pattern for a normalised surname as written: every case form of a Russian one, an English one as is."""
    return _ru_word_forms(surname) if re.search("[а-я]", surname) else re.escape(surname)


def credit_bare_surnames(infos: list[SentenceInfo]) -> None:
    """Give a bare gazetteer surname to the one person of that surname the article names in full.

    "Chairman of the Cabinet Akylbek Japarov … Japarov and Aripov discussed": the
    gazetteer reads "Japarov" as the president, whom the article never names; the
    surname is the one it named in full.
    """
    full = [p for info in infos for p in info.persons if " " in info.sentence.low[p.start:p.end].strip()]
    named_full = {p.name for p in full}
    officials: dict[str, set[PersonHit]] = {}
    for p in full:
        name = (p.native or p.name).split()
        if len(name) > 1:
            officials.setdefault(lexicon.norm(name[0 if p.country_code == "CN" else -1]), set()).add(p)
    for surname, owners in officials.items():
        if len({o.name for o in owners}) != 1:
            continue
        official = next(iter(owners))
        form = _surname_pattern(surname, alone=False)
        for info in infos:
            for k, p in enumerate(info.persons):
                # "Donald J. Trump" by title and the gazetteer's "Trump" are one person: the seed keeps its name
                if p.name not in named_full and form.fullmatch(info.sentence.low[p.start:p.end].strip()) \
                        and not same_given_name(official.name.split()[0], p.name.split()[0]):
                    info.persons[k] = dataclasses.replace(official, start=p.start, end=p.end, ambiguous=False)


def trace_surnames(infos: list[SentenceInfo]) -> None:
    """Add later bare-surname mentions of people first named in full ("Жумангарин отметил", "Li met with").

    Officials found by title are not in the gazetteer, and a seed person's bare
    surname may be no alias of theirs, so only the full mention is found; a
    surname shared by two people of the article is left alone.
    """
    by_surname: dict[str, set] = {}
    hits: dict[str, PersonHit] = {}
    given_of: dict[str, str] = {}
    for info in infos:
        for p in info.persons:
            for surname, given in _surnames(p):
                by_surname.setdefault(surname, set()).add(p.name)
                hits.setdefault(p.name, p)
                given_of.setdefault(surname, given)
    for surname, names in by_surname.items():
        person = hits[next(iter(names))]
        short = len(surname) < 3 and not (person.country_code == "CN" and lexicon.norm(surname) not in _SURNAME_WORDS)
        if len(names) != 1 or short:
            continue
        pattern = _surname_pattern(lexicon.norm(surname), alone=True)
        first = lexicon.norm(given_of[surname])
        for info in infos:
            text, low = info.sentence.text, info.sentence.low
            added = False
            for m in pattern.finditer(low):
                if not text[m.start()].isupper() or any(p.start < m.end() and m.start() < p.end for p in info.persons):
                    continue
                # someone else's given name next to the surname: a namesake, not this person
                near = re.match(r"\s+(\w+)", text[m.end():m.end() + 30]) if person.country_code == "CN" \
                    else re.search(r"(\w+)\s+$", text[max(0, m.start() - 30):m.start()])
                if near and near.group(1)[0].isupper() and not lexicon.norm(near.group(1)).startswith(first[:3]):
                    continue
                info.persons.append(PersonHit(person.name, person.country_code, person.role, m.start(), m.end(),
                                              False, person.native))
                if _named_not_taking_part(low, m.start()):
                    info.excluded_persons.add(person.name)
                added = True
            if added:
                info.persons.sort(key=lambda p: p.start)


_LIST_LINE_WORDS = 16  # a line of a list of names and offices, not a sentence of its own


def _core(infos: list[SentenceInfo], held: list[SentenceInfo], cue_infos: list[SentenceInfo]) -> list[SentenceInfo]:
    """Return the sentences that report the meeting itself, strongest cue first.

    Besides the sentences with a cue, the title, lead and opening of the body
    report the event, and so does the sentence right after a cue in the same
    paragraph ("Его провели вице-премьеры…" after "прошло заседание").
    """
    first_body = [i for i in infos if i.sentence.part != "body"] + [i for i in infos if i.sentence.part == "body"][:2]
    follow = []
    by_index = {i.sentence.index: i for i in infos}
    for info in cue_infos + held:
        nxt = by_index.get(info.sentence.index + 1)
        if nxt is not None and nxt.sentence.paragraph == info.sentence.paragraph:
            follow.append(nxt)
        if info.sentence.text.rstrip().endswith(":"):
            # "The summit was attended by:" and a line per leader: the list names who took part
            k = info.sentence.index + 1
            while (item := by_index.get(k)) is not None and len(item.sentence.text.split()) <= _LIST_LINE_WORDS:
                follow.append(item)
                k += 1
    core: list[SentenceInfo] = []
    for info in cue_infos + held + first_body + follow:
        if info not in core and not info.planned and not info.background:
            core.append(info)
    return core


def _org_person(info: SentenceInfo, p: PersonHit) -> bool:
    """Tell whether a person without a country speaks for an international organisation."""
    if p.country_code:
        return False
    if p.role == "head_of_organisation":
        return True
    low = info.sentence.low
    return bool(_lex()["organisations"].search(low[max(0, p.start - 80):p.end + 60]))


_ORG_HEAD = (r"(?:president|head|chief|secretary[- ]general|director[- ]general|managing director|chairman|"
             r"chairperson|administrator|президент\w*|глав\w*|генеральн\w* (?:секретар|директор)\w*|"
             r"председател\w*|руководител\w*|delegation|mission|делегаци\w*|мисси\w*)")


def _org_office(info: SentenceInfo) -> str | None:
    """Return the organisation whose head a sentence names by office alone ("the ADB President", "глава ЕБРР").

    The organisation is a party though its head is not named, so one country's
    officials meeting him are a meeting; so are they meeting its delegation
    ("принял делегацию Всемирного банка", "received a World Bank mission").
    """
    low = info.sentence.low
    for org in _lex()["organisations"].finditer(low):
        before = low[max(0, org.start() - 40):org.start()]
        if re.search(_ORG_HEAD + r"\s+(?:of\s+)?(?:the\s+)?$", before) or re.match(r"(?:'s)?\s+" + _ORG_HEAD + r"(?!\w)", low[org.end():]):
            return org.group(0)
    return None


def _summit_parties(infos: list[SentenceInfo]) -> set[str]:
    """Return the countries listed after "лидеры"/"the leaders of" in a summit's sentences."""
    out: set[str] = set()
    for info in infos:
        low = info.sentence.low
        for noun in _lex()["heads_nouns"].finditer(low):
            pos = noun.end()
            gap = r"[\s,]*(?:(?:и|а также|and|as well as|of|of the|государств|стран)[\s,]+)*"
            for hit in find_countries(low[noun.end():]):
                start = noun.end() + hit.start
                if not re.fullmatch(gap, low[pos:start]):
                    break
                out.add(hit.key)
                pos = noun.end() + hit.end
    return out


# --- multilateral formats ------------------------------------------------------
#
# A summit of the SCO or a China–Central Asia ministers' meeting represents every
# member state of the day, named or not; the formats and their members are the
# dbt seeds multilateral_formats and format_members, shared with the warehouse.

_ALIAS_GAP = r"[\s«»\"“”„'–—‑+/-]+"  # between the words of a format name: "Китай – Центральная Азия", "C5+1"


def _format_alias_regex(alias: str) -> str:
    """Turn one seed alias into a regex: word stems at word starts, dashes, quotes or "plus" between them.

    A word ending with "=", or a one-word alias of three letters or fewer, is a
    whole word (acronyms: "шос", "ес="); any other word is a stem that takes any
    ending ("ази" in "Центральной Азии").
    """
    words = []
    parts = alias.split()
    for word in parts:
        exact = word.endswith("=") or len(parts) == 1 and len(word) <= 3
        body = re.escape(word.rstrip("="))
        words.append(rf"{body}(?!\w)" if exact else rf"{body}\w*")
    # "Central Asia plus Japan", "Центральная Азия плюс Япония": the format's "+" spelt out
    return r"(?<!\w)" + rf"(?:{_ALIAS_GAP}|\s+(?:plus|плюс)\s+)".join(words)


@functools.cache
def _format_patterns() -> list[tuple[str, re.Pattern]]:
    out = []
    for row in lexicon.multilateral_formats():
        aliases = lexicon.split_aliases(row["aliases_ru"]) + lexicon.split_aliases(row["aliases_en"])
        out.append((row["format_key"], re.compile("|".join(_format_alias_regex(a) for a in aliases))))
    return out


# "консультативная встреча представителей бизнеса": business people met under a format's name, not its states
_BUSINESS_PEOPLE = re.compile(r"\s+(?:представител\w* (?:бизнеса|деловых)|предпринимател|деловых кругов|бизнес\w*(?!\w)"
                              r"|(?:of|between|with) (?:the )?(?:business|entrepreneurs|companies))")


def find_formats(low: str) -> list[str]:
    """Return the keys of the multilateral formats a normalised text names, longest name first."""
    hits = []
    for key, pattern in _format_patterns():
        for m in pattern.finditer(low):
            if not _BUSINESS_PEOPLE.match(low, m.end()):
                hits.append((m.start(), m.end(), key))
    kept: list[tuple[int, int, str]] = []
    for start, end, key in sorted(hits, key=lambda h: (h[0] - h[1], h[0])):
        if all(end <= s or start >= e for s, e, _ in kept):
            kept.append((start, end, key))
    return list(dict.fromkeys(key for _, _, key in kept))


def members_of(format_key: str, day: dt.date | None) -> set[str]:
    """Return the full members of a format on a day (today's members when the day is unknown)."""
    out = set()
    for row in lexicon.format_members():
        if row["format_key"] != format_key or row["membership"] != "member":
            continue
        joined = dt.date.fromisoformat(row["joined_on"]) if row["joined_on"] else None
        left = dt.date.fromisoformat(row["left_on"]) if row["left_on"] else None
        if day is None and left is None or day is not None and (joined is None or joined <= day) \
                and (left is None or day < left):
            out.add(row["country_code"])
    return out


def _format_of(infos: list[SentenceInfo]) -> str | None:
    """Return the multilateral format the first sentence naming one names."""
    return next((keys[0] for keys in (find_formats(i.sentence.low) for i in infos) if keys), None)


def _held_meeting(infos, held, order, published, datelines=(), main: Meeting | None = None,
                  shift: int = 0, met_on: dt.date | None = None) -> Meeting | None:
    """Build one held meeting from its mentions; later meetings take their day and place from the main one."""
    if not held:
        return None
    formats = [f for i in held for f in i.formats]
    fmt = min(formats, key=order.index) if formats else "talks"
    cue_infos = [i for i in held if fmt in i.formats] if formats else held[:1]
    if main is None:
        core = _core(infos, held, cue_infos)
    else:  # a further meeting is reported by its own sentences only
        core = _core([], held, cue_infos) + [i for i in _core(infos, held, cue_infos)
                                             if i.sentence.part == "body" and i not in held and not i.formats
                                             and any(i.sentence.index == h.sentence.index + 1 for h in held)]
    participants: dict[str, PersonHit] = {}
    excluded: set[str] = set()
    orgs: set[str] = set()
    eu = False  # the European Union as a party has a code of its own (spec), other bodies none
    for info in core:
        excluded |= info.excluded_persons
    for info in core:
        for p in info.persons:
            if p.name not in excluded:
                participants.setdefault(p.name, p)
                if _org_person(info, p):
                    orgs.add(p.name)
                    if _lex()["eu_bodies"].search(info.sentence.low[max(0, p.start - 80):p.end + 60]):
                        eu = True
    # people named together with a participant in a sentence about the same
    # event ("президенты Мирзиёев и Жапаров подписали…") took part too
    for info in (infos if main is None else []):
        if info.planned or info.background or info in core:
            continue
        names = {p.name for p in info.persons}
        if names & set(participants):
            for p in info.persons:
                if p.name not in excluded:
                    participants.setdefault(p.name, p)
    if not participants and not formats and not any(_lex()["unnamed_parties"].search(i.sentence.low)
                                                    and len(set(i.countries)) >= 2 for i in cue_infos):
        # a stray "meeting" word with nobody named is not a report of a meeting; the delegations of two
        # countries holding talks are one, named or not
        return None
    venues = [_venue_in(info) for info in core]
    venue = next((v for v, _ in venues if v), None)
    # "принял делегацию Евросоюза": the EU is a party by its delegation too
    eu = eu or any(_lex()["eu_bodies"].search(o) for o in map(_org_office, core) if o)
    countries = {p.country_code for p in participants.values() if p.country_code} | ({"EU"} if eu else set())
    city = _meeting_city(fmt, core, [c for _, c in venues], datelines if main is None else ())
    remote = fmt == "talks" and bool(formats)  # by video: no single place
    if remote:
        city = None
    if fmt == "other" and len(countries) == 2 and _ministers_of_two(cue_infos):
        fmt = "talks"
    if fmt == "talks" and not remote and (_heads_of_several(cue_infos + core, countries)
                                          or _leaders_of_three(participants.values())):
        fmt = "summit"
    if fmt == "summit":
        countries |= _summit_parties(core)
    date, explicit_date = (met_on, True) if met_on else _pick_date(cue_infos + core, published)
    # "Last week, the first meeting of the India – Central Asia Dialogue was held": a format recalled is not this one's
    group = _format_of([i for i in cue_infos + core if i in cue_infos or not (i.background or _lex()["earlier"].search(
        i.sentence.low))]) if fmt in _lex()["multilateral"] else None
    if group:
        countries |= members_of(group, date)
    # a side meeting of two guests in a third country does not make the host a party
    side = len(countries) >= 2 and any(i.side_event for i in held)
    # an organisation's seat is no party: a minister who meets the EU's envoy in
    # Brussels or the UN chief in New York meets the organisation, not Belgium
    seat = bool(orgs) and bool(countries)
    # an organisation is the other party ("met with an EBRD delegation led by X, the Regional Head for Kyrgyzstan,
    # Tajikistan and Turkmenistan"): the states its officials' portfolios name are none
    if len(countries) < 2 and main is None and not orgs and not any(_org_office(i) for i in core):
        for info in cue_infos + core:
            countries |= set(info.countries)
            if len(countries) >= 2:
                break
    # the city's state is a party when it is needed for two, when it hosts a visit or a gathering of a group; two or
    # more states meeting in a third one's city ("ministers of the three states met in Brussels") leave it out
    hosting = len(countries) < 2 or main is None and (fmt.endswith("visit") or bool(group))
    if city and country_of_city().get(city) and fmt != "phone_call" and hosting and not side and not seat:
        countries.add(country_of_city()[city])
    if main is not None and len(countries) < 2 and countries <= set(main.country_codes) and not orgs:
        # "на следующий день президенты провели заседание совета": the main meeting's parties
        for p in main.participants:
            if p.country_code not in countries:
                participants.setdefault(p.name, p)
        countries |= set(main.country_codes)
    if len(countries) < 2 and not (countries and (orgs or any(_org_office(i) for i in core))):
        return None
    if fmt == "summit" and len(countries) == 2 and _two_party_summit(cue_infos + core):
        # "the Korea-Kazakhstan summit" of a state visit, its second party known only from the
        # host city or another sentence: two parties' summit is their talks, or the visit's kind
        fmt = min((f for f in formats if f not in ("summit", "interstate_council")), key=order.index, default="talks")
    if len(countries) == 2 and date and fmt not in _lex()["multilateral"]:
        _add_other_head(core, participants, countries, date)
    if main is None:
        _add_quoted_officials(infos, participants, excluded, set(countries))
    _drop_misspellings(participants)
    ordinal = None
    if fmt in ("interstate_council", "summit", "intergovernmental_commission", "business_forum", "other"):
        ordinal = next((o for o in (_ordinal(_cue_window(i.sentence.low, fmt)) or _ordinal_after(i.sentence.low, fmt)
                                    for i in cue_infos) if o), None)
        heads = _lex()["format_heads"].get(fmt)
        if ordinal is None and heads:
            # "Speaking at the council's 4th meeting": the format named again by its head noun
            ordinal = next((o for o in (_ordinal(i.sentence.low[max(0, h.start() - 60):h.end() + 60])
                                        for i in core if i not in cue_infos
                                        for h in heads.finditer(i.sentence.low)) if o), None)
    if main is not None and not explicit_date:
        date = main.meeting_date + dt.timedelta(days=shift) if main.meeting_date else date
    elif main is None and not explicit_date and shift and date:
        date += dt.timedelta(days=shift)  # "переговоры, прошедшие накануне в Анкаре": the day before the report
    same_day = main is not None and (not explicit_date and shift == 0
                                     or explicit_date and date is not None and date == main.meeting_date)
    if same_day and city is None and fmt != "phone_call" and main.meeting_format != "phone_call" and not remote:
        city = main.city  # met on the sidelines: same day, same place
    confidence = _confidence(bool(formats), len(participants), explicit_date, city is not None)
    return Meeting(fmt, date, ordinal, city, venue, sorted(countries), list(participants.values()),
                   False, cue_infos[0].sentence.text, confidence, frozenset(orgs))


def _drop_misspellings(participants: dict[str, PersonHit]) -> None:
    """Keep one of two names that differ by a slip in the first name ("Shavket Mirziyoyev", "Shavkat Mirziyoyev").

    A wire text may misspell a name once; the gazetteer's spelling stays.
    """
    names = list(participants)
    for a in names:
        for b in names:
            if a == b or a not in participants or b not in participants:
                continue
            (first_a, *_, last_a), (first_b, *_, last_b) = a.split(), b.split()
            if last_a == last_b and len(first_a) > 4 and len(a.split()) > 1 and len(b.split()) > 1 \
                    and Levenshtein.distance(first_a, first_b) == 1 and person_row(b) is not None and person_row(a) is None:
                del participants[a]


def _add_other_head(core: list[SentenceInfo], participants: dict[str, PersonHit], countries: set[str],
                    day: dt.date) -> None:
    """Add the host's head of state when "talks between the heads of state" name only the guest.

    "Xi Jinping arrived in Astana on a state visit. Talks between the heads of
    state took place at the Akorda": the two heads are the guest and the head
    of the other party, whom the persons seed knows for the day.
    """
    if not any(_lex()["two_heads"].search(i.sentence.low) for i in core):
        return
    heads = {p.country_code for p in participants.values() if p.role == "president"}
    if len(heads) != 1:
        return
    for code in countries - heads:
        name = _holder(code, "president", day)
        if name and name not in participants:
            participants[name] = PersonHit(name, code, "president", 0, 0, False)


def _heads_of_several(infos: list[SentenceInfo], countries: set[str]) -> bool:
    """Tell whether a meeting of heads of state, named without a format, brings three or more countries together."""
    for info in infos:
        if not info.side_event and _lex()["heads_meeting"].search(info.sentence.low):
            named = countries | set(info.countries) | _summit_parties([info]) | set(find_formats(info.sentence.low))
            if len(named) >= 3 or find_formats(info.sentence.low):
                return True
    return False


_LEADER_ROLES = frozenset({"president", "prime_minister", "national_leader"})


def _leaders_of_three(participants) -> bool:
    """Tell whether heads of state or government of three or more countries took part: a summit.

    Bilateral talks bring two leaders together; "Tokayev, Mirziyoyev and Aliyev
    met in Astana" names no format, but three leaders meeting is a summit.
    """
    return len({p.country_code for p in participants if p.country_code and p.role in _LEADER_ROLES}) >= 3


def _two_party_summit(infos: list[SentenceInfo]) -> bool:
    """Tell whether a "summit" names no multilateral format, body or third country: two leaders' talks.

    English reports call a bilateral meeting of leaders a summit ("Xi and Putin
    held a summit in Beijing"); the spec's summit is multilateral.
    """
    return all(_bilateral_only(i) and not _lex()["heads_meeting"].search(i.sentence.low) for i in infos)


def _ministers_of_two(cue_infos: list[SentenceInfo]) -> bool:
    """Tell whether the "other" cue is a ministers' meeting with no multilateral format or body named.

    Two countries' ministers meeting are bilateral talks; a council of several
    countries' ministers (CIS, SCO) names its body.
    """
    return all(_lex()["ministers_meeting"].search(i.sentence.low) and _bilateral_only(i) for i in cue_infos)


def _bilateral_only(info: SentenceInfo) -> bool:
    """Tell whether a sentence names no multilateral format, international body or third country."""
    low = info.sentence.low
    return not find_formats(low) and not _lex()["organisations"].search(low) and len(set(info.countries)) <= 2


def _add_quoted_officials(infos, participants: dict, excluded: set[str], countries: set[str]) -> None:
    """Add the officials a report of the meeting quotes or names as signing.

    A report names who spoke at the forum or signed on the sidelines without
    repeating the meeting word ("Выступая на форуме, министр … отметил"); such
    officials of the meeting's countries, or titled people of no known country
    (company heads), took part. Others stay out so the country set is unchanged.
    """
    for info in infos:
        # a past year alone ("товарооборот в 2025 году составил") is a figure, not an earlier meeting
        low = info.sentence.low
        if info.planned or _lex()["background"].search(low) or _lex()["earlier"].search(low):
            continue
        for p in info.persons:
            if p.name in excluded or p.name in info.excluded_persons or p.name in participants:
                continue
            if p.country_code in countries or (not p.country_code and p.role):
                participants[p.name] = p


def _meeting_city(fmt: str, core: list[SentenceInfo], venue_cities: list[str | None], datelines) -> str | None:
    """Place the meeting: a city the text puts it in, its venue's city, or a supported dateline.

    A dateline only says where the reporter filed from; it is used when the
    text makes that city's country the host (its leader received the guest,
    or the guest is said to be there). A phone call has no single place.
    """
    if fmt == "phone_call":
        return None
    for info in core:
        # "провел переговоры … на полях саммита в Дубае": the host event's town is where the side talks were held
        side = _lex()["side_event"].search(info.sentence.low) if info.side_event else None
        town = _city_in(info.sentence.low[side.start():side.end() + 120]) if side else None
        if town:
            return town
    # a core sentence places the meeting by a venue ("talks at the Akorda") as well as by a town, so a town another
    # core sentence names first ("launched a dry port in Khorgos") does not outrank the venue of the talks
    city = next((c for c in (_city_in(i.sentence.low) or v for i, v in zip(core, venue_cities, strict=True)) if c), None)
    visited = _visited(core)
    if city and visited and country_of_city().get(city) not in visited:
        # "the visit to Turkmenistan … a trading house in Bishkek": a city outside the
        # host country is named in passing, not the place of the meeting
        city = None
    if not city and len(visited) == 1 and any(_lex()["capital_of_visited"].search(i.sentence.low) for i in core):
        city = capital_of(next(iter(visited)))  # "прибыл в Туркменистан … В столице страны его встретил"
    if not city and not visited and any(_lex()["capital_of_visited"].search(i.sentence.low) for i in core):
        # "Mirziyoyev received the minister in the capital": the one host's capital; with an
        # organisation's envoy the one country's people are the hosts
        hosts = _hosts(core) or {p.country_code for i in core for p in i.persons if p.country_code}
        city = capital_of(next(iter(hosts))) if len(hosts) == 1 else None
    if city or not datelines:
        return city
    dateline_city = next((d.city for d in datelines if d.city), None)
    if not dateline_city:
        return None
    country = country_of_city().get(dateline_city)
    if country in _hosts(core):
        return dateline_city
    guests = _guests(core)
    if guests and country not in guests and country in {p.country_code for i in core for p in i.persons}:
        return dateline_city  # "в рамках визита казахстанского лидера" filed from Dushanbe: the other side hosts
    return None


def _confidence(has_format_cue: bool, n_participants: int, explicit_date: bool, has_city: bool) -> float:
    """Score how well the text supports a meeting: a named format and named people weigh most."""
    score = 0.35
    score += 0.3 if has_format_cue else 0.1
    score += 0.2 if n_participants >= 2 else (0.1 if n_participants == 1 else 0.0)
    score += 0.05 if explicit_date else 0.0
    score += 0.05 if has_city else 0.0
    return round(min(score, 0.95), 2)


def _announces(info: SentenceInfo, fmt: str) -> bool:
    """Tell whether a planned sentence announces an encounter of officials, not just an event.

    A future year alone ("программа на 2027–2029 годы") plans nothing; a forum
    or a generic event counts only when officials are named in it.
    """
    lex = _lex()
    low = lex["not_planned"].sub(lambda m: " " * len(m.group(0)), info.sentence.low)
    if not (lex["planned"].search(low) or lex["next_session"].search(low)):
        return False
    if fmt in ("other", "business_forum"):
        return any(p.name not in info.excluded_persons for p in info.persons)
    return True


def _planned_meetings(infos, main, order, published, held=()) -> list[Meeting]:
    """Collect the meetings announced for the future: one per set of countries.

    The announcing sentence's own countries are the parties when it names two
    or more; otherwise the next round of a held meeting is meant, that of the
    same format (a multilateral one for a summit), else the main meeting.
    """
    lex = _lex()
    out: list[Meeting] = []
    for info in infos:
        low = info.sentence.low
        if not info.planned or info.background or not lex["event_nouns"].search(low):
            continue
        if main and info.sentence.text == main.evidence:
            continue
        fmt = min(info.formats, key=order.index) if info.formats else "other"
        if fmt == "other" and main and main.meeting_format in lex["format_heads"]:
            # "третье заседание совета пройдет…", "the next session…" name the held meeting again
            if lex["format_heads"][main.meeting_format].search(low) or lex["next_session"].search(low):
                fmt = main.meeting_format
        if not _announces(info, fmt):
            continue
        countries = set(info.countries) | {p.country_code for p in info.persons if p.country_code}
        parent = next((m for m in held if m.meeting_format == fmt), None)
        if parent is None and fmt in lex["multilateral"] and held:
            parent = max(held, key=lambda m: len(m.country_codes))
        parent = parent or main
        if parent and len(countries) < 2:
            countries |= set(parent.country_codes)
        if len(countries) < 2:
            continue
        city = _city_in(low)
        date = None
        if published:
            future = [d for _, d in find_dates(low, published) if d > published]
            date = future[0] if future else None
        if date is None and not lex["next_round"].search(low) and any(
                m.meeting_format == fmt and city in (None, m.city) for m in held):
            continue  # "the upcoming Samarkand summit" written before the summit this article reports
        people = [p for p in info.persons if p.name not in info.excluded_persons]
        same = next((m for m in out if m.country_codes == sorted(countries)
                     and (m.city == city or None in (m.city, city))), None)
        if same is not None:
            # one event announced twice in an article is one planned meeting
            if _rank(fmt, order) < _rank(same.meeting_format, order):
                same.meeting_format = fmt
            same.city = same.city or city
            same.meeting_date = same.meeting_date or date
            same.session_ordinal = same.session_ordinal or _ordinal(low)
            same.participants += [p for p in people if p.name not in {q.name for q in same.participants}]
            continue
        # a plan is weaker evidence than a report, whatever its cues
        confidence = round(0.6 * _confidence(bool(info.formats), len(info.persons), date is not None, city is not None), 2)
        out.append(Meeting(fmt, date, _ordinal(low), city, None, sorted(countries), people, True,
                           info.sentence.text, confidence))
    return out
