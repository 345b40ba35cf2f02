"""Find countries, cities, venues and persons in text across case forms.

Gazetteers come from the dbt seeds and ``lexicons/``; Russian names inflect,
so aliases are matched as stems (countries, cities) or expanded with surname
endings (persons) instead of being listed in every case.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .dates import EN_WEEKDAYS
from .lexicon import norm, split_aliases
from .prefilter import Prefiltered, StartIndex, start_key
from .translit import chinese_pinyin, romanize, romanize_person, same_given_name, spelling_variants_regex


@dataclass(frozen=True)
class Mention:
    """One gazetteer hit: what was found, where, and its canonical key."""

    key: str
    start: int
    end: int
    text: str


def _alias_regex(aliases: list[str]) -> str:
    """Turn stems and word forms into one regex fragment.

    An alias of three letters or fewer, or one ending with "=", must be a whole
    word (acronyms like "рф", "кнр"); longer aliases are stems matching any
    word that starts with them ("узбекск" in "узбекско-казахстанского").
    """
    parts = []
    for alias in sorted(set(aliases), key=len, reverse=True):
        exact = alias.endswith("=") or len(alias) <= 3
        body = re.escape(alias.rstrip("=")).replace(r"\ ", r"\s+")
        parts.append(rf"{body}(?!\w)" if exact else body)
    return lexicon.at_word_start(parts)


def _alias_start(alias: str) -> str:
    """Return the start key of an `_alias_regex` alias: its text up to the first space is literal."""
    return start_key(alias.rstrip("=").split(" ")[0])


def _gazetteer(rows: list[tuple[str | dict, list[str]]]) -> StartIndex[tuple[str | dict, re.Pattern]]:
    """Index (key, one regex for all aliases) per row by the starts of the row's aliases."""
    return StartIndex(((key, re.compile(_alias_regex(aliases))), map(_alias_start, aliases)) for key, aliases in rows)


@functools.cache
def _country_index() -> StartIndex[tuple[str, re.Pattern]]:
    rows = []
    for row in lexicon.countries():
        aliases = split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"])
        rows.append((row["country_code"], aliases + [norm(row["name_en"]), norm(row["name_ru"])]))
    return _gazetteer(rows)


@functools.cache
def _city_index() -> StartIndex[tuple[dict, re.Pattern]]:
    return _gazetteer([(row, split_aliases(row["forms_ru"]) + split_aliases(row["forms_en"])) for row in lexicon.cities()])


@functools.cache
def _venue_index() -> list[tuple[dict, re.Pattern]]:
    out = []
    for row in lexicon.venues():
        aliases = (row["forms_ru"] + "|" + row["forms_en"]).split("|")
        out.append((row, re.compile(lexicon.at_word_start([a.strip() for a in aliases if a.strip()]))))
    return out


@functools.cache
def country_of_city() -> dict[str, str]:
    """Map an English city name to its country code."""
    return {row["name_en"]: row["country_code"] for row in lexicon.cities()}


@functools.cache
def _capitals() -> dict[str, str]:
    return {row["country_code"]: row["capital_en"] for row in lexicon.countries() if row.get("capital_en")}


def capital_of(country_code: str) -> str | None:
    """Return the English name of a country's capital (countries seed)."""
    return _capitals().get(country_code)


def _scan(index, low: str) -> list[Mention]:
    hits = []
    for key, pattern in index.candidates(low):
        for match in pattern.finditer(low):
            end = match.end()
            while end < len(low) and (low[end].isalnum()):
                end += 1
            hits.append(Mention(key if isinstance(key, str) else key["name_en"], match.start(), end, low[match.start():end]))
    return _drop_overlaps(hits)


def _drop_overlaps(hits: list[Mention]) -> list[Mention]:
    """Keep the longest of overlapping hits (a full name beats a bare surname)."""
    kept: list[Mention] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if all(hit.end <= k.start or hit.start >= k.end for k in kept):
            kept.append(hit)
    return sorted(kept, key=lambda h: h.start)


# Meetings, projects and sectors ask about the same sentences; the scans run hundreds of
# regexes each, so their answers are remembered per text (hits are frozen, lists are copied).
_SCAN_CACHE = 8192


@functools.lru_cache(maxsize=_SCAN_CACHE)
def _countries_in(low: str) -> tuple[Mention, ...]:
    return tuple(_scan(_country_index(), low))


@functools.lru_cache(maxsize=_SCAN_CACHE)
def _cities_in(low: str) -> tuple[Mention, ...]:
    return tuple(_scan(_city_index(), low))


def find_countries(low: str) -> list[Mention]:
    """Find country mentions (names, adjectives, compounds) in normalised text."""
    return list(_countries_in(low))


def find_cities(low: str) -> list[Mention]:
    """Find city mentions in normalised text; keys are English exonyms."""
    return list(_cities_in(low))


def find_venues(low: str) -> list[Mention]:
    """Find known venues; keys are the city the venue is in."""
    hits = []
    for row, pattern in _venue_index():
        for match in pattern.finditer(low):
            hits.append(Mention(row["city_en"], match.start(), match.end(), row["venue_name"]))
    return hits


def city_from_name(name: str) -> str | None:
    """Resolve a single place name (e.g. a dateline) to an English city name."""
    low = norm(name.strip())
    for hit in find_cities(low):
        if hit.start == 0:
            return hit.key
    return None


# Russian surname and first-name endings, by the shape of the nominative form.
_RU_CONSONANT_ENDINGS = "(?:а|у|ом|ым|ем|е|ы)?"
_RU_ADJ_ENDINGS = "(?:ий|ый|ого|ому|им|ым|ом)"
_RU_A_ENDINGS = "(?:а|ы|и|е|у|ой)"
_RU_J_ENDINGS = "(?:й|я|ю|ем|е)"


def _ru_word_forms(word: str) -> str:
    """Return a regex for a Russian name word in any case (masculine forms).

    Feminine surname forms ("Жапаровой") are left out on purpose: they name a
    spouse or a different person, not the listed leader.
    """
    esc = re.escape(word)
    if re.search(r"(ий)$", word) and not re.search(r"(ск|цк)ий$", word):
        # first names like "Дмитрий", "Юрий" decline as nouns: Дмитрия, Дмитрием
        return re.escape(word[:-2]) + "(?:ий|ия|ию|ием|ии|ого|ому|им|ом)"
    if re.search(r"(ий|ый)$", word):
        return re.escape(word[:-2]) + _RU_ADJ_ENDINGS
    if re.search(r"[бвгджзклмнпрстфхцчшщ]$", word):
        return esc + _RU_CONSONANT_ENDINGS
    if word.endswith("ь"):
        return re.escape(word[:-1]) + "(?:ь|я|ю|ем|е)"
    if word.endswith("й"):
        return re.escape(word[:-1]) + _RU_J_ENDINGS
    if word.endswith("а") and len(word) > 3:
        return re.escape(word[:-1]) + _RU_A_ENDINGS
    return esc  # other vowels: indeclinable (Лукашенко, Моди, Гурбангулы)


def _person_alias_regex(alias: str) -> str:
    if re.search("[а-я]", alias):
        words = re.split(r"(\s+|-)", alias)
        body = "".join(r"\s+" if w.isspace() else ("-" if w == "-" else _ru_word_forms(w)) for w in words if w)
    else:
        body = spelling_variants_regex(alias)
    return rf"(?<!\w){body}(?!\w)"


def _person_start(alias: str) -> str:
    """Return the start key of a `_person_alias_regex` alias.

    Every Russian case form `_ru_word_forms` allows keeps all but the last two letters
    of the first word; a Latin alias is literal up to its first space.
    """
    if re.search("[а-я]", alias):
        return start_key(re.split(r"\s+|-", alias)[0][:-2])
    return start_key(alias.split(" ")[0])


@dataclass(frozen=True)
class PersonHit:
    """A person mention resolved to a seed row."""

    name: str
    country_code: str
    role: str
    start: int
    end: int
    ambiguous: bool
    # the nominative name as written in Russian, for officials found by title,
    # so a later bare surname ("Жумангарин отметил") can be traced back
    native: str = ""


@functools.cache
def _person_index() -> StartIndex[tuple[dict, str, bool, re.Pattern]]:
    rows = lexicon.persons()
    owners = _alias_owners()
    index = []
    for row in rows:
        for alias in split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"]):
            entry = (row, alias, len(set(owners[alias])) > 1, re.compile(_person_alias_regex(alias)))
            index.append((entry, [_person_start(alias)]))
    return StartIndex(index)


def find_persons(low: str) -> list[PersonHit]:
    """Find gazetteer persons in normalised text (remembered per text, like countries)."""
    return list(_persons_in(low))


@functools.lru_cache(maxsize=_SCAN_CACHE)
def _persons_in(low: str) -> tuple[PersonHit, ...]:
    """Find gazetteer persons in normalised text, resolving shared surnames.

    A surname shared by two people (the two Berdimuhamedovs) goes to whoever
    was last named in full before it, else the first one named in full after
    it, else the first row of the seed with that surname.
    """
    raw = []
    for row, alias, ambiguous, pattern in _person_index().candidates(low):
        for match in pattern.finditer(low):
            raw.append((match.start(), match.end(), row, alias, ambiguous))
    # longest hit wins; the sort is stable, so equal spans keep seed order
    raw.sort(key=lambda h: (-(h[1] - h[0]), h[0]))
    kept: list[tuple] = []
    for hit in raw:
        if all(hit[1] <= k[0] or hit[0] >= k[1] for k in kept):
            kept.append(hit)
    kept.sort(key=lambda h: h[0])
    firm = [(h[0], h[2]["person_name"]) for h in kept if not h[4]]
    by_name = _person_rows()
    out: list[PersonHit] = []
    for start, end, row, alias, ambiguous in kept:
        if _other_first_name(low, start, alias, row):
            continue
        initial = _INITIAL_BEFORE.search(low, max(0, start - 4), start) if " " not in alias else None
        if initial:
            # "A.Zhaparov", "А. Жапаров": the initial says which namesake, or that it is someone else
            letter = romanize(initial.group(1))[:1]
            named = (_alias_owners()[alias] if ambiguous else [row["person_name"]]) + _surname_owners().get(alias, [])
            owners = list(dict.fromkeys(n for n in named if n[:1].lower() == letter))
            if not owners:
                continue
            row, ambiguous = by_name[owners[0]], len(owners) > 1
        if ambiguous:
            owners = _alias_owners()[alias]
            before = [n for s, n in firm if s < start and n in owners]
            after = [n for s, n in firm if s > start and n in owners]
            row = by_name[before[-1] if before else (after[0] if after else owners[0])]
        out.append(PersonHit(row["person_name"], row["country_code"], row["role"], start, end, ambiguous))
    return tuple(out)


_INITIAL_BEFORE = re.compile(r"(?<![\w.])([a-zа-яё])\.\s?$")


def _other_first_name(low: str, start: int, alias: str, row: dict | None = None) -> bool:
    """Tell whether a bare Russian surname follows someone else's first name.

    A listed person's full name is matched as a whole, so "Айгуль Жапарова"
    reaching this check as a bare "Жапарова" is a different person (the wife);
    the person's own first name in another spelling ("Жамшид" for "Джамшид") is not.
    """
    if " " in alias or not re.search("[а-я]", alias):
        return False
    m = re.search(r"([а-я]+)\s+$", low[max(0, start - 30):start])
    parse = lexicon.parse(m.group(1)) if m else None
    if not m or "Name" not in parse.tag:
        return False
    own = [a.split()[0] for a in split_aliases((row or {}).get("aliases_ru") or "") if " " in a]
    first = romanize(parse.normal_form)
    return not any(same_given_name(first, romanize(lexicon.norm(name))) for name in own)


@functools.cache
def _person_rows() -> dict[str, dict]:
    """Map a person's name to their seed row (built once, not per scanned sentence)."""
    return {row["person_name"]: row for row in lexicon.persons()}


def person_row(name: str) -> dict | None:
    """Return the persons seed row of a canonical name, None for a person not in the seed."""
    return _person_rows().get(name)


def namesakes(name: str) -> list[str]:
    """Return the seed persons who share an alias with a person (themselves included), in seed order."""
    row = person_row(name)
    if row is None:
        return [name]
    owners = _alias_owners()
    shared = {n for alias in split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"]) for n in owners[alias]}
    return [r["person_name"] for r in lexicon.persons() if r["person_name"] in shared]


def in_office(name: str, day) -> bool | None:
    """Tell whether a seed person held their role on a day (None when the seed gives no dates)."""
    row = person_row(name) or {}
    start, until = row.get("in_office_from") or "", row.get("in_office_until") or ""
    if not (start or until):
        return None
    iso = day.isoformat()
    return (not start or start <= iso) and (not until or iso < until)


@functools.cache
def _alias_owners() -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for row in lexicon.persons():
        for alias in split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"]):
            if row["person_name"] not in owners.setdefault(alias, []):
                owners[alias].append(row["person_name"])
    return owners


@functools.cache
def _surname_owners() -> dict[str, list[str]]:
    """Map the last word of every full-name alias to the people who bear it ("жапаров": Sadyr and Akylbek Japarov)."""
    owners: dict[str, list[str]] = {}
    for row in lexicon.persons():
        for alias in split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"]):
            if " " in alias and row["person_name"] not in owners.setdefault(alias.split()[-1], []):
                owners[alias.split()[-1]].append(row["person_name"])
    return owners


# --- people not in the gazetteer -------------------------------------------
#
# Deputy prime ministers, ministers and envoys change too often for a seed, so
# a name is also accepted when an official title stands next to it ("вице-премьер
# РФ Алексей Оверчук", "Turkish Vice President Cevdet Yılmaz"). The title gives
# the role and, with the words around it, the country; a name without a title
# (a quoted expert, a journalist, a spouse) is never turned into a participant.

# up to four words between a title and a name ("министр иностранных дел
# Казахстана"), never a conjunction: "министр Х и Y" gives the title to X only
_NAME_FILLER = r"(?:\s+(?!(?:и|а|с|со|но|and|with|or|but)\s)[^\s,.;:!?()\[\]—–]+){0,4}?"


@functools.cache
def _titles() -> list[tuple[str, re.Pattern]]:
    rows = lexicon.load_yaml("meetings").get("titles", [])
    return [(row["role"], lexicon.any_of(row["patterns"])) for row in rows]


@functools.cache
def _title_text() -> Prefiltered:
    """One pattern that matches wherever any title pattern would: one search per sentence instead of one per title.

    Unlike `_title_any`, which finds whole-word titles with their role groups, this only
    tells whether NER is worth running, exactly as the per-title searches it replaced did.
    """
    return lexicon.compiled("|".join(f"(?:{p.pattern})" for _, p in _titles()))


@functools.cache
def _title_before() -> re.Pattern:
    """One pattern for "<title> <up to four words>" ending where a name starts."""
    alts = "|".join(f"(?P<t{i}>{p.pattern})" for i, (_, p) in enumerate(_titles()))
    return re.compile(rf"(?<!\w)(?:{alts}){_NAME_FILLER}\s+$")


def _closest_title_before(low: str, start: int) -> re.Match | None:
    """Return the title nearest before a name, read as `_title_before()` reads it.

    The leftmost title can swallow a whole clause ("премьер-министр Казахстана
    Олжас Бектенов принял вице-премьера … Чжан Гоцина"), so every title in the
    window is tried and the last one that reaches the name without a verb wins.
    """
    window = low[max(0, start - 120):start]
    best = owned = None
    for title in _title_any().finditer(window):
        m = _title_before().match(window, title.start())
        if m and not _has_verb(m.group(0)):
            best = m
            # "руководитель Администрации Президента Узбекистана": the office names the body, the head leads it
            if not _OFFICE_OF_BODY.search(window[:title.start()]):
                owned = m
    return owned or best


# the words of a parliament's name, which Russian NER reads as a first name before a member's name
_CHAMBER_WORD = re.compile(r"(?:Мажилис|Мажлис|Олий|Сенат|Парламент|Жогорку|Кенеш|Меджлис|Маджлис|Милли|Намояндагон"
                           r"|Курултай|Госдум|Дум|Халк|Маслахат)[а-яё]*\s+")


@functools.cache
def _companies() -> list[tuple[str, re.Pattern]]:
    lex = lexicon.load_yaml("meetings")
    # a parliament's chairman speaks for its country as a company's head does
    rows = {**lex.get("company_countries", {})}
    for code, forms in lex.get("chamber_countries", {}).items():
        rows[code] = [*rows.get(code, []), *forms]
    return [(code, re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)")) for code, forms in rows.items()]


def _company_country(phrase: str) -> str:
    """Return the country of a known company named in a title phrase, else ""."""
    return next((code for code, pattern in _companies() if pattern.search(phrase)), "")


# between two names of one list: "Ботир Камолов и Ерлан Нурланов", "…, Ерлан Нурланов"; a country's abbreviation in
# brackets may stand after the first ("Ерлан Аккенженов (РК), Таалайбек Ибраев (КР) и …")
_RU_LIST_GAP = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?(?:,\s*(?:и\s+)?|\s+и\s+)")
_BRACKETED_COUNTRY = re.compile(r"\s*\(([^()]{1,12})\)")


def _bracketed_country(low: str, end: int) -> str:
    """Return the country a bracketed abbreviation right after a name gives ("Ерлан Аккенженов (РК)"), or ""."""
    bracket = _BRACKETED_COUNTRY.match(low, end)
    hit = next(iter(find_countries(bracket.group(1))), None) if bracket else None
    return hit.key if hit and hit.start == 0 and hit.end == len(bracket.group(1)) else ""


# a body named after an office: its head is not the office's holder
_OFFICE_OF_BODY = re.compile(r"(?<!\w)(?:администраци|аппарат|канцеляри|пресс-служб|секретариат|управлени)\w*\s+$")


class _Shifted:
    """Wrap a title match found in a wider window so it reads like a `_title_before()` match.

    The caller places the title at ``start - 120 + match.start()``; the shift keeps that true.
    """

    def __init__(self, match: re.Match, tail: str, shift: int) -> None:
        self._match, self._text, self._shift = match, match.group(0) + tail, shift

    def group(self, index: int = 0) -> str:
        return self._text

    def start(self) -> int:
        return self._match.start() + self._shift

    def groupdict(self) -> dict:
        return self._match.groupdict()


def _long_title_before(low: str, start: int, spans) -> _Shifted | None:
    """Find a title with a long genitive chain before a name.

    "председатель Государственного комитета по инвестициям и управлению
    госимуществом Таджикистана Джамшед Назарзода": up to nine words, "и"
    allowed, as long as no other name, no punctuation and no verb stands
    between the title and the name (then the title is someone else's).
    """
    window_start = max(0, start - 200)
    window = low[window_start:start]
    best = None
    for title in _title_any().finditer(window):
        # "(РАТС)", "(ЕАБР)": an acronym in brackets is part of the body's name
        # "АО «Казахстан темир жолы»": a quoted company name too
        tail = re.sub(r"\([^()]{1,15}\)(?=\s)|«[^«»]{1,40}»(?=\s)", lambda m: " " * len(m.group(0)), window[title.end():])
        if re.search(r"[,.;:!?()\[\]—–«»\"]", tail) or len(tail.split()) > 9 or not tail.endswith(" "):
            continue
        if _overlaps(window_start + title.end(), start, [sp for sp in spans if sp[0] != start]):
            continue
        if _has_verb(tail) or re.search(r"(?<!\w)(?:с|со|но|а)\s", tail):
            continue
        best = _Shifted(title, tail, window_start - max(0, start - 120))
    return best


@functools.cache
def _title_after() -> re.Pattern:
    """One pattern for ", <title>" right after a name ("Алексей Оверчук, вице-премьер РФ")."""
    alts = "|".join(f"(?P<t{i}>{p.pattern})" for i, (_, p) in enumerate(_titles()))
    return re.compile(rf"^\s*,\s*(?:\w+\s+){{0,2}}?(?:{alts})(?!\w)")


def _role_of(match: re.Match) -> str | None:
    for name, value in match.groupdict().items():
        if value is not None and name.startswith("t"):
            role = _titles()[int(name[1:])][0]
            return None if role == "counterpart" else role
    return None


@functools.cache
def _ner():
    """Build natasha's Russian NER once; its weights ship inside the wheel."""
    from natasha import NewsEmbedding, NewsNERTagger, Segmenter

    return Segmenter(), NewsNERTagger(NewsEmbedding())


@functools.lru_cache(maxsize=20_000)
def ner_person_spans(text: str) -> tuple[tuple[int, int], ...]:
    """Return (start, end) of the PER spans natasha finds in a Russian sentence."""
    from natasha import Doc

    segmenter, tagger = _ner()
    doc = Doc(text)
    doc.segment(segmenter)
    doc.tag_ner(tagger)
    return tuple((s.start, s.stop) for s in doc.spans if s.type == "PER")


# Case endings of a name word, by gender and grammatical case, with what
# replaces them in the nominative. Used when pymorphy3 does not know the name.
_RU_CASE_ENDINGS = {
    "masc": {
        # "Далера Джумы": a man's name in -а declines like "Никита"
        "gent": [("ого", "ий"), ("я", "й"), ("а", ""), ("ы", "а")],
        "accs": [("ого", "ий"), ("я", "й"), ("а", "")],
        "datv": [("ому", "ий"), ("ю", "й"), ("у", "")],
        # "с Далером Джумой": a man's name in -а declines like "Никита"
        "ablt": [("ым", ""), ("ом", ""), ("ем", "й"), ("ём", "й"), ("ой", "а")],
        "loct": [("ом", "ий"), ("е", "")],
    },
    "femn": {
        "gent": [("ой", "а"), ("ы", "а"), ("и", "а")],
        "accs": [("у", "а"), ("ю", "я")],
        "datv": [("ой", "а"), ("е", "а")],
        "ablt": [("ой", "а"), ("ей", "я")],
        "loct": [("ой", "а"), ("е", "а")],
    },
}
_NAME_TAGS = ("Name", "Surn", "Patr")
# Tajik "-зода" (declined like "Никита" or not at all), "-заде", Kazakh "-улы"
# and "-кызы" keep their form: pymorphy3 cuts "Хайдарзоду" down to "Хайдарзод".
_INDECLINABLE_SURNAME = re.compile(r"(\w+зод)(?:(а)|ы|е|у|ой|ою)$|(\w+(?:улы|уулу|кызы|заде))$")


def _name_case(words: list[str], title: str | None) -> tuple[str | None, str]:
    """Guess the case and gender of a Russian name from its title and first name.

    A title and the name it stands next to agree in case ("с вице-премьером
    Алексеем Оверчуком"), so the title's case is trusted first; a known first
    name tells the case otherwise and the gender always.
    """
    case, gender = None, "masc"
    if title:
        # "Верховным представителем ЕС": an adjective before the head noun agrees with it
        head = lexicon.parse(title.split()[0].lower())
        if head.tag.POS in ("NOUN", "ADJF") and head.tag.case:
            case = head.tag.case
    # without a title's case any fair reading will do; against it, only a sure one
    for trusted, least in ((case, 0.1), (None, 0.5)) if case else ((None, 0.1),):
        for word in words:
            # "министров … Ботира Камолова": only a reading in the title's case tells the gender; "заместителем акима
            # области Талгатом Козбековым": the title found may be the genitive after the one the name agrees with
            names = [p for p in lexicon.parses(word.lower()) if "Name" in p.tag and p.score >= least
                     and (trusted is None or p.tag.case == trusted)]
            if names:
                case = trusted or names[0].tag.case
                gender = "femn" if names[0].tag.gender == "femn" else "masc"
                return case, gender
    return case, gender


def _ru_nominative(words: list[str], case: str | None, gender: str = "masc") -> list[str]:
    """Put the words of a Russian name into the nominative, keeping its gender."""
    if case in (None, "nomn"):
        return words
    out = []
    for word in words:
        low = word.lower()
        base = _INDECLINABLE_SURNAME.sub(lambda m: m.group(3) or m.group(1) + "а", low)
        base = base if base != low or _INDECLINABLE_SURNAME.search(low) else None
        for p in ([] if base else lexicon.parses(low)):
            if (any(t in p.tag for t in _NAME_TAGS) and p.tag.case == case
                    and ((p.tag.gender or gender) == gender or "Ms-f" in p.tag) and p.tag.number != "plur"):
                nominative = p.inflect({"nomn", "sing"})
                base = nominative.word if nominative else p.normal_form
                break
        if base is None:
            base = low
            for ending, repl in _RU_CASE_ENDINGS[gender].get(case, []):
                if low.endswith(ending) and len(low) > len(ending) + 2:
                    base = low[: -len(ending)] + repl
                    if repl == "й" and base[-2] not in "аеиоуыэюяё":
                        base = base[:-1] + "ь"  # "Игорем" → "Игорь", but "Алексеем" → "Алексей"
                    break
        out.append("-".join(part[:1].upper() + part[1:] for part in base.split("-")))
    return out


def _country_near(low: str, start: int, end: int) -> str | None:
    """Return the country named inside a title phrase or by an adjective just before it."""
    left = low[:start]
    m = re.search(r"(?:[\w'-]+\s+){0,2}$", left)
    window_start = m.start() if m else start
    window = low[window_start:end]
    # "посол Туркменистана в Китае", "Ambassador of Uzbekistan to Turkmenistan": the
    # country after "в"/"to" is where the official is posted, not whom they speak for
    hits = [h for h in find_countries(window) if not _POSTED_TO.search(window[:h.start])]
    return hits[-1].key if hits else None


def _title_country(low: str, title: re.Match, start: int, end: int, company_from: int) -> str | None:
    """Return the country an official's title gives: named in it, a known company's, or a governed region's.

    The company may stand before the title ("Sinopec Chairman"), so its search
    starts where the caller says.
    """
    return _country_near(low, start, end) or _company_country(low[company_from:end]) or _region_country(low, title, end)


def _region_country(low: str, title: re.Match, end: int) -> str | None:
    """Return the country of a governor's region named after a city ("Tashkent region khokim", "аким Алматинской области").

    A region, unlike a country, is not in the gazetteer, but most regions of
    Central Asia bear the name of their centre, and a city's country is known.
    """
    window = low[max(0, title.start() - 25):end]
    # "глава Башкортостана", "Xinjiang party secretary": a region not named after a city
    named = next((code for code, pattern in _regions() if pattern.search(window)), None)
    if named or _role_of(title) != "governor":
        return named
    cities = find_cities(window)
    return country_of_city().get(cities[0].key) if cities else None


@functools.cache
def _regions() -> list[tuple[str, re.Pattern]]:
    rows = lexicon.load_yaml("meetings").get("region_countries", {})
    return [(code, re.compile(rf"(?<!\w)(?:{'|'.join(forms)})(?!\w)")) for code, forms in rows.items()]


# "met his Kyrgyz counterpart, Taalaibek Ibraev, in Bishkek": a name set off by commas right after the title
_EN_NAME_IN_COMMAS = re.compile(r",\s+((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+\s+){1,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+)(?=\s*(?:,|\.(?:\s|$)|$))")


_WEEKDAY = "(?:" + "|".join(day.capitalize() for day in EN_WEEKDAYS) + r")\b"
_EN_PORTFOLIO = re.compile(r"\s+for\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+(?:(?:and|of|&)\s+)?){1,4}?"
                           rf"(?P<name>[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+\s+(?!{_WEEKDAY})[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+)(?![\w'-])"
                           rf"(?!\s+(?!{_WEEKDAY})[A-Z])")


# "US Deputy Secretary of State", "UK Minister": capitals tell the abbreviation from the word "us",
# which the lower-cased gazetteer cannot
_EN_COUNTRY_ABBR = re.compile(r"(?<![\w.])(US|UK|UAE)\s+(?:the\s+)?$")
_EN_COUNTRY_ABBR_CODES = {"US": "US", "UK": "GB", "UAE": "AE"}


# a region between a governor's title and his name: "of Tashkent region", "of the Turkestan Region"
_EN_REGION = re.compile(r"(?:the\s+)?(?:[A-Z][\w'-]+\s+){1,3}(?i:region|province|oblast|district)(?=\s+[A-Z])")


_POSTED_TO = re.compile(r"(?<!\w)(?:в|во|при|to|in)\s+(?:the\s+)?(?:республик\w*\s+|republic\s+of\s+(?:the\s+)?)?$")


def _inside(span: tuple[int, int], start: int, end: int, surnames) -> bool:
    """Tell whether a bare-surname hit lies strictly inside the name start..end."""
    return span in surnames and start <= span[0] and span[1] <= end and (span[0], span[1]) != (start, end)


def _overlaps(start: int, end: int, spans) -> bool:
    return any(start < e and s < end for s, e in spans)


def find_titled_persons(text: str, known: list[PersonHit] | None = None) -> list[PersonHit]:
    """Find officials who are not in the gazetteer by the title next to their name.

    Russian names come from natasha's NER and are put into the nominative so
    every case form of one person gives one name; English names are the
    capitalised words after a title, as written.
    """
    low = norm(text)
    # a gazetteer hit blocks a name unless it is a bare surname inside a longer
    # name: the full alias would have matched if the first name were the leader's
    taken = [(p.start, p.end) for p in (known or [])]
    surnames = [(p.start, p.end) for p in (known or []) if " " not in low[p.start:p.end].strip()]
    out: list[PersonHit] = []
    if re.search("[а-яё]", low):
        spans = ner_person_spans(text) if _title_text().search(low) else ()
        listed = None  # the plural title a list of names follows: (end of the last name, title match, countries, count)
        for start, end in spans:
            if _overlaps(start, end, [t for t in taken if not _inside(t, start, end, surnames)]):
                continue
            # "Депутат Мажилиса Айдос Сарым": NER takes the chamber's name for the first name
            while (lead := _CHAMBER_WORD.match(text, start, end)) and len(text[start:end].split()) > 2:
                start = lead.end()
            if _CHAMBER_WORD.match(text, start, end):
                continue  # "Депутаты Олий Мажлиса": the chamber alone
            # "Джурабек Мирзамахмудов (РУз": NER may run on into the bracket after a name
            end = start + len(text[start:end].split(" (")[0])
            words = text[start:end].split()
            if len(words) < 2 or not all(re.fullmatch(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁа-яё][а-яё]+)*", w) for w in words):
                continue
            before = _closest_title_before(low, start) or _long_title_before(low, start, spans)
            after = None if before else _title_after().search(low[end:end + 120])
            match = before or after
            if not match and listed and _RU_LIST_GAP.fullmatch(low[listed[0]:start]):
                # "министры энергетики Узбекистана и Казахстана Ботир Камолов и Ерлан Нурланов": the
                # plural title covers every name of the list, the countries go to them in their order
                _, title_match, codes, n = listed
                country = codes[n] if len(codes) > n else _bracketed_country(low, end)
                # "встреча министров … Далера Джумы и Журабека Мирзамахмудова": the names keep the title's case
                native = " ".join(_ru_nominative(words, *_name_case(words, title_match.group(0).strip(" ,"))))
                out.append(PersonHit(romanize_person(native, country), country, _role_of(title_match) or "",
                                     start, end, False, native))
                taken.append((start, end))
                listed = (end, title_match, codes, n + 1)
                continue
            listed = None
            if not match or _has_verb(match.group(0)):
                continue
            title = match.group(0).strip(" ,")
            native = " ".join(_ru_nominative(words, *_name_case(words, title if before else None)))
            if before:
                t_start, t_end = max(0, start - 120) + before.start(), start
            else:
                # the country follows the title: "Алексей Оверчук, вице-премьер РФ"
                tail = re.match(r"[^,.;:!?()—–]*", low[end + after.end():])
                t_start, t_end = end, end + after.end() + tail.end()
            country = _title_country(low, match, t_start, t_end, t_start)
            if before and lexicon.parse(title.split()[0]).tag.number == "plur":
                codes = [c.key for c in find_countries(low[t_start:t_end])]
                listed = (end, match, codes, 1)
                country = codes[0] if len(codes) > 1 else country
            country = country or _bracketed_country(low, end)
            if not country and chinese_pinyin(native):
                country = "CN"  # "вице-губернатор провинции Хэнань Лю Цзяньго": a Chinese official
            out.append(PersonHit(romanize_person(native, country), country or "", _role_of(match) or "", start, end, False, native))
            taken.append((start, end))
        return out + _listed_names(text, low, (known or []) + out)
    for title in _title_any().finditer(low):
        pos = title.end()
        of = re.match(r"\s+of\s+(?:the\s+)?", low[pos:])
        if of:
            # "Minister of Foreign Affairs of Kazakhstan Murat Nurtleu"
            hit = next((c for c in find_countries(low[pos + of.end():pos + of.end() + 40]) if c.start == 0), None)
            body = _EN_BODY_THEN_NAME.match(text, pos + of.end()) or _EN_BODY_THEN_COMMA.match(text, pos + of.end())
            board = re.match(r"(?:board|management)\s+of\s+(?:the\s+)?", low[pos + of.end():])
            at = pos + of.end() + (board.end() if board else 0)
            company = next((m for _, pattern in _companies() if (m := pattern.match(low, at))), None)
            if company:
                # "the chairman of (the Board of) Uzbekiston Temir Yollari": a company named after its country, not a
                # country and a name; "China National Petroleum Corporation": the rest of its name may follow
                pos = _body_before_name(text, company.end() + 1, company.end()) if text[company.end():company.end() + 1] == " " \
                    else company.end()
            elif hit and not (body and body.end() > pos + of.end() + hit.end + 1):
                pos += of.end() + hit.end
                # "the governor of China's Xinjiang Uygur Autonomous Region Erkin Tuniyaz"
                region = re.compile(r"(?:'s|’s)\s+" + _EN_REGION.pattern).match(text, pos)
                pos = region.end() if region else pos
                # "Chairman of Turkmengaz State Concern Maksat Babayev": a company named after its country
                pos = _body_before_name(text, pos + 1, pos) if text[pos:pos + 1] == " " else pos
            elif body:
                # "Secretary General of the Organization of Turkic States, Kubanychbek Omuraliev",
                # "CEO of China National Petroleum Corporation Dai Houliang"
                pos = body.end()
            elif not hit and (region := _EN_REGION.match(text, pos + of.end())):
                pos = region.end()  # "the khokim of Tashkent region Zoyir Mirzaev"
            elif not hit:
                pos = _body_before_name(text, pos + of.end(), pos)
        # "Ambassador of Uzbekistan to Azerbaijan Bakhodir Yusupov", "Azerbaijan's Ambassador to
        # Kyrgyzstan Latif Gandilov": the posting is no part of the name
        to = re.match(r"\s+(?:to|in)\s+(?:the\s+)?", low[pos:])
        posting = to and next((c for c in find_countries(low[pos + to.end():pos + to.end() + 40])
                               if c.start == 0), None)
        if posting:
            pos += to.end() + posting.end
        # "EU Commissioner for International Partnerships Jozef Sikela", "Minister for Foreign Affairs
        # Penny Wong": the portfolio's capitalised words stand before the two-word name
        portfolio = _EN_PORTFOLIO.match(text, pos)
        if portfolio and not posting:
            pos = portfolio.end() - len(portfolio.group("name")) - 1
        # "Ambassador … to Turkmenistan Mr. Kim Young-jin": a courtesy title is no part of the name
        courtesy = _EN_COURTESY.match(text, pos)
        pos = courtesy.end() if courtesy else pos
        # "Kazakhstan's ambassador to Uzbekistan, Botir Kamolov": after a posting the name may follow a comma
        gap = r"\s*,?\s+" if posting else r"\s+"
        m = re.match(gap + r"((?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'.-]*\s+){1,3}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]*)", text[pos:]) \
            or _EN_NAME_IN_COMMAS.match(text[pos:])
        if not m:
            continue
        words = []
        for word in m.group(1).split():
            word = re.sub(r"'s$", "", word)
            if EN_ORGANISATION_WORDS.fullmatch(norm(word.rstrip("."))):
                words = []  # "President of China Triumph International Engineering Co.": the words name a firm
                break
            if not _name_word(word):
                break
            words.append(word)
        start = pos + m.start(1)
        if len(words) >= 3 and not of and re.search(r"\sof\s[a-z]+(?:\s(?:and|&)\s[a-z]+)*$", low[title.start():title.end()]):
            # "Minister of National Economy Nurlan Baibazarov": the title caught one word of the
            # ministry's name, the rest of it stands before the two-word name (so "of Energy and Water Resources")
            start += len(" ".join(words[:-2])) + 1
            words = words[-2:]
        end = start + len(" ".join(words))
        blocking = [t for t in taken if not _inside(t, start, end, surnames)]
        if len(words) < 2 or _overlaps(start, end, blocking) or text[start:end] != " ".join(words) \
                or len(words[-1].rstrip(".")) == 1:
            continue  # "Foreign Trade S.Umurzakov": an initial ends no name, the surname glued to it is the person
        country = _title_country(low, title, title.start(), start, max(0, title.start() - 40))
        if not country and (abbr := _EN_COUNTRY_ABBR.search(text, max(0, title.start() - 6), title.start())):
            country = _EN_COUNTRY_ABBR_CODES[abbr.group(1)]
        out.append(PersonHit(" ".join(words), country or "", _role_of(title) or "", start, end, False))
        taken.append((start, end))
    # "Ministers Bakhtiyor Saidov, Laziz Kudratov and Jurabek Mirzamakhmudov": one plural title for a list
    for m in _EN_PLURAL_TITLE.finditer(text):
        names = list(_EN_LISTED_NAME.finditer(text, m.end("of"), m.end()))
        # "the ministers of Uzbekistan and Tajikistan A and B": the countries in the order of the names
        countries = [c.key for c in find_countries(low[m.start():m.end("of")])]
        if len(countries) != len(names):
            countries = [_country_near(low, m.start(), m.end("of")) or ""] * len(names)
        for name, country in zip(names, countries, strict=True):
            start, end = name.start(1), name.end(1)
            words = name.group(1).split()
            if not all(_name_word(w) for w in words) or _overlaps(
                    start, end, [t for t in taken if not _inside(t, start, end, surnames)]):
                continue
            out.append(PersonHit(" ".join(words), country, _PLURAL_ROLES.get(norm(m.group("head")), ""),
                                 start, end, False))
            taken.append((start, end))
    # "Zhang Wei, chairman of Henan Energy Investment Group": the title follows the name
    for m in _EN_NAME_THEN_TITLE.finditer(text):
        start, end = m.start(1), m.end(1)
        words = m.group(1).split()
        title = _title_any().search(low, m.start(2), m.start(2) + 80)
        gap = low[m.start(2):title.start()] if title else ""
        if title and gap.strip() and not (len(gap.split()) <= 2 and (
                _only_countries(gap) or not _title_qualifiers().sub("", gap).strip())):
            # only "<country>'s", a country adjective or a title's qualifier ("the Regional Head") may stand before the
            # title; "Caspian Sea, said Kazakhstan's Minister X" names the sea before a verb
            title = None
        # "a working trip to Abu Dhabi, Kazakh President Tokayev met": a city before a title is no name; nor is a place
        # the city list lacks when a known person's name follows the title ("At the Imperial Palace, President
        # Berdimuhamedov met")
        place = any(c.start == 0 and c.end == end - start for c in find_cities(low[start:end])) \
            or title is not None and _SPACES.match(text, title.end()).end() in {t_start for t_start, _ in taken}
        if (not title or place or not all(_name_word(w) for w in words)
                or _overlaps(start, end, [t for t in taken if not _inside(t, start, end, surnames)])):
            continue
        tail = re.match(r"[^,.;:!?()]*", low[title.end():])
        country = _country_near(low, title.start(), title.end() + tail.end())
        out.append(PersonHit(" ".join(words), country or "", _role_of(title) or "", start, end, False))
        taken.append((start, end))
    return out + _listed_names(text, low, (known or []) + out)


# "a Kazakh delegation including Almas Aidarov, Nurzhan Nurzhigitov and …", "в том числе Алмаса
# Айдарова и Нуржана Нуржигитова": names listed after an inclusion word take part untitled
_LIST_CUE = re.compile(r"(?<!\w)(?:including|among them|among whom|(?:delegation|side) included"
                       r"|в том числе|включая|среди них|вошли)(?!\w)[\s,:]*")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|и\s+)?|\s+(?:and|и)\s+)")
# the word for the people a list is of, when none of them has a title ("the delegation including")
_PEOPLE_NOUN = re.compile(r"(?<!\w)(?:делегаци|состав|представител|официальн\w* лиц|delegation|officials|representatives)")
_RU_LISTED = re.compile(r"[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?(?:\s+[А-ЯЁ][а-яё]+(?:-[А-ЯЁ][а-яё]+)?){1,2}(?![\w-])")
_EN_LISTED = re.compile(r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+\s+){1,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+(?![\w-])")


def _listed_names(text: str, low: str, persons: list[PersonHit]) -> list[PersonHit]:
    """Find the untitled names of a list after "including"/"в том числе" that also names officials or a side.

    The list's officials, or the country of a delegation named before the cue,
    give the country; a list that names neither is left alone (a list of
    areas or companies is no delegation).
    """
    out: list[PersonHit] = []
    ru = bool(re.search("[а-яё]", low))
    for cue in _LIST_CUE.finditer(low):
        pos, found, countries = cue.end(), [], []
        while True:
            stop = re.compile(r"[.;:!?()«»\"]").search(low, pos)
            sep = _LIST_SEP.search(low, pos)
            end = min(sep.start() if sep else len(low), stop.start() if stop else len(low))
            known = [p for p in persons if pos <= p.start < end]
            if known:
                countries += [p.country_code for p in known if p.country_code]
            else:
                m = (_RU_LISTED if ru else _EN_LISTED).match(text, pos)
                words = m.group(0).split() if m else []
                if not m or (not ru and not all(_name_word(w) for w in words)) or find_countries(low[m.start():m.end()]) \
                        or find_cities(low[m.start():m.end()]):
                    break
                found.append((m.start(), m.end(), words))
                if m.end() < end:
                    break
            if not sep or (stop and stop.start() < sep.start()) or not found and not known and pos > cue.end():
                break
            pos = sep.end()
        left = low[max(0, cue.start() - 80):cue.start()]
        near = find_countries(left) if _PEOPLE_NOUN.search(left) else []
        country = countries[0] if countries else (near[-1].key if near else "")
        if not found or not country:
            continue
        for start, end, words in found:
            if ru:
                native = " ".join(_ru_nominative(words, *_name_case(words, None)))
                out.append(PersonHit(romanize_person(native, country), country, "", start, end, False, native))
            else:
                out.append(PersonHit(" ".join(words), country, "", start, end, False))
    return out


def _only_countries(phrase: str) -> bool:
    """Tell whether a phrase names countries and nothing else but a title's qualifier ("kazakhstan's", "pakistan's federal")."""
    found = find_countries(phrase)
    rest = phrase
    for country in reversed(found):
        rest = rest[:country.start] + " " + rest[country.end:]
    return bool(found) and not _title_qualifiers().sub("", rest).strip()


@functools.cache
def _title_qualifiers() -> re.Pattern:
    """Compile the words a country's title may carry besides the country ("pakistan's federal", "the acting")."""
    words = "|".join(lexicon.load_yaml("meetings")["title_qualifiers_en"])
    return re.compile(rf"(?:['’]s|\b(?:{words}))(?!\w)")


def _body_before_name(text: str, start: int, pos: int) -> int:
    """Return where the name starts after an organisation whose head noun is not a known one, else pos.

    "Chairman of Sinopec Ma Yongsheng", "Head of the Customs Service Khurshed
    Karimzoda", "Director of the Agency for Investments Bakyt Sydykov": the
    capitalised run after "of" is the body and then a two-word name, the usual
    length of an official's name in the English press.
    """
    run = _EN_CAPITALISED_RUN.match(text, start)
    if not run:
        return pos
    abbreviation = re.match(r"\s*\([A-Z]{2,8}\)(?=\s+[A-Z])", text[run.end():])
    if abbreviation:
        # "Director General of the Kuwait Fund for Arab Economic Development (KFAED) Walled Al-Bahar": the bracketed
        # abbreviation closes the body's name, the person's follows it
        return run.end() + abbreviation.end()
    # "Akim of Almaty Yerbolat Dossayev on July 4": the date after the name is no part of the run
    body = _EN_DATE_TAIL.sub("", run.group(0))
    words = list(re.finditer(r"\S+", body))
    # "… Ma Yongsheng and Chairman of CNPC Dai Houliang", "… and Assistant Minister of …": the next official's title
    # (its head may follow a qualifier) ends the run
    cut = next((i for i in range(1, len(words)) if words[i - 1].group(0) == "and"
                and any(_TITLE_WORDS.fullmatch(norm(w.group(0))) or _title_any().fullmatch(norm(w.group(0)))
                        for w in words[i:i + 2])),
               None)
    if cut is not None:
        words = words[:cut - 1]
    if len(words) < 3 or not re.match(r"[A-Z]", words[-3].group(0)):
        return pos
    if not all(_name_word(w.group(0)) for w in words[-2:]):
        return pos
    return start + words[-2].start() - 1


_EN_COURTESY = re.compile(r"\s*,?\s+(?:Mr|Mrs|Ms|Mme|Madam|Dr|Sir|H\.\s?E)\.?(?=\s+[A-Z])")
_EN_DATE_TAIL = re.compile(r"\s+(?:on|in|of)\s+(?:the\s+)?(?:January|February|March|April|May|June|July|August|September|"
                           r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b.*$")
# capitalised words with the small words of an organisation's name between them, ending on a capitalised word
_EN_CAPITALISED_RUN = re.compile(r"[A-Z][\w'&-]*(?:\s+(?:(?:of|and|for|on|the)\s+)*[A-Z][\w'&-]*)*(?![\w'&-])")
_EN_BODY_THEN_COMMA = re.compile(r"[A-Z][\w'&-]*(?:\s+(?:[A-Z][\w'&-]*|of|and|for|on|the))*\s*(?:\([A-Z]{2,8}\)\s*)?,")
_EN_NAME = r"(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+\s+){1,2}[A-ZÀ-ÖØ-ÞĀ-Ž][\w'-]+"
_PLURAL_ROLES = {"deputy prime ministers": "deputy_prime_minister", "foreign ministers": "foreign_minister",
                 "ministers": "minister", "deputy ministers": "deputy_minister", "ambassadors": "ambassador"}
_EN_PLURAL_TITLE = re.compile(
    r"(?<![\w-])(?:[A-Z][a-z]+\s+){0,2}?(?P<head>(?i:deputy prime ministers|foreign ministers|deputy ministers|ministers"
    r"|ambassadors))(?P<of>(?:\s+of\s+(?:the\s+)?[A-Z][\w-]+(?:\s+and\s+[A-Z][\w-]+)?)?,?)"
    rf"\s+{_EN_NAME}(?:\s*,\s*{_EN_NAME})*(?:,?\s+and\s+{_EN_NAME})(?![\w-])")
_EN_LISTED_NAME = re.compile(rf"(?:^|\s*,\s*|,?\s+and\s+|\s+)({_EN_NAME})")
# a body named by its head noun, a name straight after it: "of the Eurasian Development Bank Nikolai Podguzov"
_EN_BODY_THEN_NAME = re.compile(
    r"(?:[A-Z][\w'&-]*\s+(?:(?:of|and|for|on|the)\s+)*){0,6}?"
    r"(?:Bank|Corporation|Company|Group|Fund|Holding|Holdings|Agency|Authority|Association|Chamber|Railways|"
    r"Airways|Airlines|Organization|Organisation|Union|Institute|University|Foundation|Programme|Program)"
    r"(?:\s+\([A-Z]{2,8}\))?(?=\s+[A-Z])")
_EN_NAME_THEN_TITLE = re.compile(rf"(?<![\w'-])({_EN_NAME}),\s+(?:the\s+)?(?=[a-zA-Z])()")
_SPACES = re.compile(r"\s*")


@functools.cache
def _title_any() -> re.Pattern:
    alts = "|".join(f"(?P<t{i}>{p.pattern})" for i, (_, p) in enumerate(_titles()))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


_TITLE_WORDS = re.compile(r"(?:vice|deputy|first|prime|minister|president|premier|foreign|secretary|state|"
                          r"ambassador|governor|mayor|speaker|chairman|of|the|general|affairs|counterpart|"
                          r"cabinet|chair|head|director|managing|chief|executive|officer|ceo)")


# capitalised at a sentence start, never part of a name: "In Turkestan, the Prime Minister…"; nor is the
# weekday a wire puts after a name ("Minister for Railways Azam Khan Swati Wednesday expressed …")
_EN_FUNCTION_WORDS = re.compile(r"(?:in|at|on|during|after|before|from|with|by|for|to|a|an|and|but|as|while|"
                                r"meanwhile|also|then|today|yesterday|earlier|later|" + "|".join(EN_WEEKDAYS) + ")")


@functools.cache
def _world_regions() -> frozenset[str]:
    """Return the parts of the world a portfolio covers ("Director General for Central and West Asia"): no one's name."""
    return frozenset(lexicon.load_yaml("meetings")["world_regions_en"])


def _name_word(word: str) -> bool:
    """Tell whether a capitalised English word can be part of a person's name (not a title, place or preposition)."""
    low = norm(word)
    return not (_TITLE_WORDS.fullmatch(low) or _EN_FUNCTION_WORDS.fullmatch(low) or EN_ORGANISATION_WORDS.fullmatch(low)
                or low in _world_regions() or find_countries(low) or find_cities(low))


# Words that make a capitalised phrase an organisation's name ("the Head of the Russian Vozrozhdenie Holding")
EN_ORGANISATION_WORDS = re.compile(r"holdings?|compan(y|ies)|group|corporation|corp|bank|fund|foundation|llc|ltd|co|plc|gmbh|jsc|inc|agency|"
                                    r"concern|association|consortium|university|institute|federation|republic|"
                                    r"programm?e?s?|services?|office|department|division|cent(er|re)|council|committee|"
                                    r"commission|ministry|authority|secretariat|initiative|facility")


def _has_verb(phrase: str) -> bool:
    """Tell whether a title phrase swallowed a verb (then it is a clause, not a title)."""
    for word in re.findall(r"[а-я]+", phrase):
        if lexicon.parse(word).tag.POS in ("VERB", "INFN", "PRTS", "GRND"):
            return True
    return False
