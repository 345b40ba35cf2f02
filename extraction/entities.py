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
from .lexicon import norm, split_aliases


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
        parts.append(rf"(?<!\w){body}(?!\w)" if exact else rf"(?<!\w){body}")
    return "|".join(parts)


@functools.cache
def _country_index() -> list[tuple[str, re.Pattern]]:
    out = []
    for row in lexicon.countries():
        aliases = split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"])
        aliases += [norm(row["name_en"]), norm(row["name_ru"])]
        out.append((row["country_code"], re.compile(_alias_regex(aliases))))
    return out


@functools.cache
def _city_index() -> list[tuple[dict, re.Pattern]]:
    out = []
    for row in lexicon.cities():
        aliases = split_aliases(row["forms_ru"]) + split_aliases(row["forms_en"])
        out.append((row, re.compile(_alias_regex(aliases))))
    return out


@functools.cache
def _venue_index() -> list[tuple[dict, re.Pattern]]:
    out = []
    for row in lexicon.venues():
        aliases = (row["forms_ru"] + "|" + row["forms_en"]).split("|")
        out.append((row, re.compile("|".join(rf"(?<!\w){a.strip()}" for a in aliases if a.strip()))))
    return out


@functools.cache
def country_of_city() -> dict[str, str]:
    """Map an English city name to its country code."""
    return {row["name_en"]: row["country_code"] for row in lexicon.cities()}


def _scan(index, low: str) -> list[Mention]:
    hits = []
    for key, pattern in index:
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


def find_countries(low: str) -> list[Mention]:
    """Find country mentions (names, adjectives, compounds) in normalised text."""
    return _scan(_country_index(), low)


def find_cities(low: str) -> list[Mention]:
    """Find city mentions in normalised text; keys are English exonyms."""
    return _scan(_city_index(), low)


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
        body = re.escape(alias).replace(r"\ ", r"\s+")
    return rf"(?<!\w){body}(?!\w)"


@dataclass(frozen=True)
class PersonHit:
    """A person mention resolved to a seed row."""

    name: str
    country_code: str
    role: str
    start: int
    end: int
    ambiguous: bool


@functools.cache
def _person_index():
    rows = lexicon.persons()
    owners = _alias_owners()
    index = []
    for row in rows:
        for alias in split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"]):
            index.append((row, alias, len(set(owners[alias])) > 1, re.compile(_person_alias_regex(alias))))
    return index


def find_persons(low: str) -> list[PersonHit]:
    """Find gazetteer persons in normalised text, resolving shared surnames.

    A surname shared by two people (the two Berdimuhamedovs) goes to whoever
    was last named in full before it, else the first one named in full after
    it, else the first row of the seed with that surname.
    """
    raw = []
    for row, alias, ambiguous, pattern in _person_index():
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
    by_name = {row["person_name"]: row for row in lexicon.persons()}
    out: list[PersonHit] = []
    for start, end, row, alias, ambiguous in kept:
        if _other_first_name(low, start, alias):
            continue
        if ambiguous:
            owners = _alias_owners()[alias]
            before = [n for s, n in firm if s < start and n in owners]
            after = [n for s, n in firm if s > start and n in owners]
            row = by_name[before[-1] if before else (after[0] if after else owners[0])]
        out.append(PersonHit(row["person_name"], row["country_code"], row["role"], start, end, ambiguous))
    return out


def _other_first_name(low: str, start: int, alias: str) -> bool:
    """Tell whether a bare Russian surname follows someone else's first name.

    A listed person's full name is matched as a whole, so "Айгуль Жапарова"
    reaching this check as a bare "Жапарова" is a different person (the wife).
    """
    if " " in alias or not re.search("[а-я]", alias):
        return False
    m = re.search(r"([а-я]+)\s+$", low[max(0, start - 30):start])
    return bool(m) and "Name" in lexicon.parse(m.group(1)).tag


@functools.cache
def _alias_owners() -> dict[str, list[str]]:
    owners: dict[str, list[str]] = {}
    for row in lexicon.persons():
        for alias in split_aliases(row["aliases_ru"]) + split_aliases(row["aliases_en"]):
            if row["person_name"] not in owners.setdefault(alias, []):
                owners[alias].append(row["person_name"])
    return owners
