"""Resolve mentions across articles: one id per real-world meeting and per concrete project.

Several outlets report the same council or the same plant, with dates a day apart
(time zones, "yesterday's talks") and names in different case forms or quotes.
Mentions are linked pairwise by explicit, conservative criteria and the linked
groups (connected components) share one id.
"""
from __future__ import annotations

import bisect
import datetime as dt
import functools
import hashlib
import re
from collections import Counter

import pandas as pd
from rapidfuzz import fuzz

from extraction.lexicon import lemma, load_yaml, norm, size_units
from extraction.translit import romanize

MEETING_DAY_TOLERANCE = 1      # days between two reports of one meeting
PROJECT_WINDOW_DAYS = 730      # two mentions of one project are at most two years apart
PROJECT_NAME_SIMILARITY = 88   # rapidfuzz similarity (0-100) of lemmatised names
MAX_WORD_NAMES = 200           # a word in more project names than this links none of them
_QUOTES = re.compile(r"[\"«»„“”‟‘’‚‛`'‹›]")
_WORD = re.compile(r"[\w-]+")


def _md5(*parts: object) -> str:
    return hashlib.md5("|".join("" if p is None else str(p) for p in parts).encode()).hexdigest()


class _Components:
    """Union-find over row positions, optionally refusing unions that would mix two labels.

    Linking is pairwise, so without the label guard a report with no city could chain
    a Tashkent meeting and an Astana meeting of the same day into one.
    """

    def __init__(self, n: int, labels: list | None = None):
        self.parent = list(range(n))
        self.labels = [{label} if label else set() for label in (labels or [None] * n)]

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        a, b = self.find(i), self.find(j)
        if a == b or len(self.labels[a] | self.labels[b]) > 1:
            return
        self.parent[a] = b
        self.labels[b] |= self.labels[a]

    def groups(self) -> dict[int, list[int]]:
        out: dict[int, list[int]] = {}
        for i in range(len(self.parent)):
            out.setdefault(self.find(i), []).append(i)
        return out


def _codes(value) -> set[str]:
    """Return a mention's country codes as an upper-case set (DuckDB hands lists back as arrays)."""
    return set() if value is None else {str(c).upper() for c in value}


def _as_date(value) -> dt.date | None:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return None
    return value.date() if isinstance(value, (dt.datetime, pd.Timestamp)) else value


def same_meeting(a: dict, b: dict) -> bool:
    """Tell whether two dated meeting mentions from different articles report one meeting.

    Same set of countries, dates at most a day apart, and no contradicting cities.
    """
    da, db = _as_date(a["meeting_date"]), _as_date(b["meeting_date"])
    if da is None or db is None or a["article_id"] == b["article_id"] or a["is_planned"] or b["is_planned"]:
        return False
    if abs((da - db).days) > MEETING_DAY_TOLERANCE:
        return False
    ca, cb = _codes(a["country_codes"]), _codes(b["country_codes"])
    if len(ca) < 2 or ca != cb:
        return False
    return not (a.get("city") and b.get("city") and a["city"] != b["city"])


def resolve_meetings(mentions: pd.DataFrame) -> pd.DataFrame:
    """Give every meeting mention the id of the meeting it reports.

    Returns article_id, version, meeting_key, meeting_id. An id is derived from the
    earliest date and the countries of its group, so it is stable across runs.
    """
    columns = ["article_id", "version", "meeting_key", "meeting_id"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    rows = mentions.to_dict("records")
    components = _Components(len(rows), [r.get("city") if isinstance(r.get("city"), str) else None for r in rows])
    by_countries: dict[tuple, list[int]] = {}
    for i, row in enumerate(rows):
        by_countries.setdefault(tuple(sorted(_codes(row["country_codes"]))), []).append(i)
    tolerance = dt.timedelta(days=MEETING_DAY_TOLERANCE)
    for members in by_countries.values():  # only mentions with the same countries can match
        # Only dated, held mentions within the day tolerance can match: find them by bisecting
        # the sorted dates instead of trying every pair, which grew with the square of the
        # warehouse. Pairs are still tried in the original order, so the groups are the same.
        dated = {pos: day for pos, i in enumerate(members)
                 if (day := _as_date(rows[i]["meeting_date"])) is not None and not rows[i]["is_planned"]}
        by_day = sorted((day, pos) for pos, day in dated.items())
        days = [day for day, _ in by_day]
        for x, day in sorted(dated.items()):
            window = by_day[bisect.bisect_left(days, day - tolerance):bisect.bisect_right(days, day + tolerance)]
            for y in sorted(other for _, other in window if other > x):
                if same_meeting(rows[members[x]], rows[members[y]]):
                    components.union(members[x], members[y])
    out = []
    for members in components.groups().values():
        group = [rows[i] for i in members]
        dated = [_as_date(r["meeting_date"]) for r in group if _as_date(r["meeting_date"])]
        if len(group) > 1 or dated:
            first = min(dated) if dated else None
            countries = sorted(set().union(*(_codes(r["country_codes"]) for r in group)))
            city = next(iter(components.labels[components.find(members[0])]), "")
            # planned, or of one country (a minister's meetings with two organisations
            # that day): never shared, so its own article and key tell it apart
            alone = group[0] if len(group) == 1 and (group[0]["is_planned"] or len(countries) < 2) else {}
            meeting_id = _md5("meeting", first, ",".join(countries), city, alone.get("article_id"),
                              alone.get("meeting_key"))
        else:  # an undated mention stays its own meeting
            meeting_id = _md5("meeting", group[0]["article_id"], group[0]["meeting_key"])
        out += [{"article_id": r["article_id"], "version": int(r["version"]), "meeting_key": int(r["meeting_key"]),
                 "meeting_id": meeting_id} for r in group]
    return pd.DataFrame(out, columns=columns)


_QUOTED = re.compile(r"[«\"“„]([^»\"”“]+)[»\"”“]")


def quoted_key(name: str) -> str:
    """Return the lemmatised quoted part of a name («Ош» in "гостиничный комплекс «Ош»"), or ''."""
    found = _QUOTED.findall(name or "")
    return project_name_key(" ".join(found)) if found else ""


def project_name_key(name: str) -> str:
    """Reduce a project name to lemmas without quotes, so case forms and quote styles compare equal."""
    words = _WORD.findall(_QUOTES.sub(" ", norm(name or "")))
    return " ".join(lemma(w) for w in words)


def _compatible(a: dict, b: dict) -> bool:
    """Tell whether two mentions may name one project at all: no contradicting countries, close in time."""
    if a["country_code"] and b["country_code"] and a["country_code"] != b["country_code"]:
        return False
    pa, pb = a.get("published_at"), b.get("published_at")
    return not (pa is not None and pb is not None and abs((pa - pb).days) > PROJECT_WINDOW_DAYS)


@functools.cache
def _crosslang() -> tuple[list[tuple[str, str]], frozenset]:
    """Return (phrase, concept) pairs, longest phrase first, and the generic English words."""
    lex = load_yaml("projects_crosslang")
    phrases = [(norm(ph), concept) for concept, forms in lex["heads"].items()
               for ph in forms.get("ru", []) + forms.get("en", [])]
    return sorted(phrases, key=lambda pc: -len(pc[0])), frozenset(lex["generic_en"])


def _en_lemma(word: str) -> str:
    return word[:-1] if word.endswith("s") and len(word) > 4 and not word.endswith("ss") else word


def _phonetic(latin: str) -> str:
    """Fold the usual romanisation variants (zh/j, kh/h, y/i, doubled letters) into one spelling."""
    out = latin.lower()
    for a, b in (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("ts", "c"), ("y", "i"), ("w", "v"), ("q", "k"), ("x", "h")):
        out = out.replace(a, b)
    return re.sub(r"(.)\1+", r"\1", out)


# Case endings a Russian noun the dictionary does not know keeps in its "lemma" ("хаба" for "хаб").
_RU_CASE_ENDING = "(?:а|у|ом|е|ы|ов|ам|ами|ах)"



@functools.lru_cache(maxsize=2048)
def _phrase_pattern(phrase: str, loose: bool) -> re.Pattern:
    """Compile the search for one head phrase in joined lemmas, with a case ending when loose; once per phrase."""
    return re.compile(rf" {re.escape(phrase)}{_RU_CASE_ENDING if loose else ''}(?=[ -])")


def _find_head(joined: str, phrases: list[tuple[str, str]]) -> tuple[str, set[int]] | None:
    """Find the first head phrase in a name's joined lemmas: its concept and the word positions it covers.

    A recent loanword missing from the dictionary ("хаб") is not lemmatised, so when no phrase
    matches exactly, a Russian phrase of three letters or more may match with a case ending.
    """
    for loose in (False, True):
        for phrase, candidate in phrases:
            if loose and not (re.search("[а-я]", phrase) and len(phrase.rsplit(" ", 1)[-1]) >= 3):
                continue
            m = _phrase_pattern(phrase, loose).search(joined)  # "гэс-1", "hpp-1" too
            if m:
                first = joined[:m.start() + 1].count(" ") - 1
                return candidate, set(range(first, first + phrase.count(" ") + 1))
    return None


@functools.cache
def _size_unit() -> re.Pattern:
    """Compile the project lexicon's units of size, the words after a number that say how big, not which."""
    return re.compile("|".join(size_units()))


@functools.lru_cache(maxsize=4096)
def crosslang_key(name: str) -> tuple[str, frozenset] | None:
    """Return a language-neutral key of a project name: its head concept and its proper-name tokens.

    Cached: extraction keys a name to merge mentions within an article and
    resolution keys it again across articles.

    A Russian and an English report of one facility word it differently
    ("Камбаратинская ГЭС-1", "Kambarata HPP-1"): the head goes through the
    ru↔en concept lexicon, countries and cities through the seeds, other
    proper names through transliteration; numbers must be equal. None when
    the name has no known head or no proper name (a generic "сухой порт"
    could be any dry port).
    """
    from extraction.entities import find_cities, find_countries

    words = re.findall(r"[^\W_]+(?:-[^\W_]+)*", _QUOTES.sub(" ", name or ""))
    lemmas = [lemma(w) if re.search("[а-яё]", norm(w)) else _en_lemma(norm(w)) for w in words]
    phrases, generic = _crosslang()
    joined = " " + " ".join(lemmas) + " "
    found = _find_head(joined, phrases)
    if found is None:
        return None
    concept, used = found
    tokens = set()
    for i, word in enumerate(words):
        parts = word.split("-")
        for j, part in enumerate(parts):
            low = norm(part)
            if part.isdigit():
                if j + 1 < len(parts) and _size_unit().fullmatch(norm(parts[j + 1])):
                    continue  # "the 500-megawatt Bash wind farm": a size says how big, not which
                tokens.add(part)
                continue
            if i in used and low in {norm(p) for p, _ in phrases}:
                continue
            countries, cities = find_countries(low), find_cities(low)
            if countries and countries[0].start == 0:
                tokens.add("country:" + countries[0].key)
            elif cities and cities[0].start == 0:
                tokens.add("city:" + cities[0].key)
            elif part[:1].isupper() and i not in used and low not in generic:
                latin = romanize(lemma(part)) if re.search("[а-яё]", low) else low
                tokens.add(_phonetic(latin))
    return (concept, frozenset(tokens)) if tokens - {t for t in tokens if t.isdigit()} else None


def _token_match(a: str, b: str) -> bool:
    if a.isdigit() or b.isdigit() or ":" in a or ":" in b:
        return a == b
    return a[:5] == b[:5] or fuzz.ratio(a[:7], b[:7]) >= 80


def same_crosslang(a: tuple[str, frozenset] | None, b: tuple[str, frozenset] | None) -> bool:
    """Tell whether two language-neutral keys name one facility: one concept, every proper name matched both ways."""
    if a is None or b is None or a[0] != b[0]:
        return False
    return (all(any(_token_match(x, y) for y in b[1]) for x in a[1])
            and all(any(_token_match(y, x) for x in a[1]) for y in b[1]))


def _script(name: str) -> str:
    return "cyrillic" if re.search("[а-яё]", norm(name or "")) else "latin"


def same_project(a: dict, b: dict) -> bool:
    """Tell whether two project mentions name one project: similar names, same country, close in time."""
    if not _compatible(a, b):
        return False
    if a["article_id"] == b["article_id"]:
        return a["name_key"] == b["name_key"]
    if not (a["quoted_key"] or a["crosslang_key"]) or not (b["quoted_key"] or b["crosslang_key"]):
        return False  # "joint venture", "школа": a kind with no name or place says nothing of which, across articles
    if a["quoted_key"] and b["quoted_key"]:
        # the proper name decides: «Ош» and «Алматы» hotels are two projects however alike the rest
        return fuzz.ratio(a["quoted_key"], b["quoted_key"]) >= PROJECT_NAME_SIMILARITY
    return fuzz.token_sort_ratio(a["name_key"], b["name_key"]) >= PROJECT_NAME_SIMILARITY


def name_words(key: str) -> set[str]:
    """Return the words of a name key that can link two names (three letters or more)."""
    return {word for word in key.split() if len(word) >= 3}


def word_counts(keys: list[str]) -> dict[str, int]:
    """Count, for every linking word, the names that contain it."""
    counts: dict[str, int] = {}
    for key in keys:
        for word in name_words(key):
            counts[word] = counts.get(word, 0) + 1
    return counts


def _candidate_pairs(keys: list[str], fresh: list[bool], counts: dict[str, int]):
    """Yield pairs of names that share a word and involve a fresh name, skipping words too common to say anything.

    Similar names always share a word, so comparing only such pairs keeps the work
    near-linear instead of comparing every project with every other. A word in more
    than MAX_WORD_NAMES names of the whole warehouse (`counts`) links nothing, so a
    refresh that sees only part of the warehouse blocks the same way a full one does.
    """
    index: dict[str, list[int]] = {}
    for i, key in enumerate(keys):
        for word in name_words(key):
            if counts.get(word, 0) <= MAX_WORD_NAMES:
                index.setdefault(word, []).append(i)
    seen = set()
    for members in index.values():
        for x, i in enumerate(members):
            # resolved names were linked among themselves before: pair them only with fresh ones
            for j in (members[x + 1:] if fresh[i] else (j for j in members[x + 1:] if fresh[j])):
                if (i, j) not in seen:
                    seen.add((i, j))
                    yield i, j


@functools.lru_cache(maxsize=200_000)
def project_keys(name: str) -> tuple[str, str, tuple[str, frozenset] | None, str]:
    """Return a project name's name key, quoted key, language-neutral key and script, once per distinct name."""
    return project_name_key(name), quoted_key(name), crosslang_key(name), _script(name)


# distinct keys repeat across thousands of articles; compare each pair of them once
_same_crosslang = functools.lru_cache(maxsize=200_000)(same_crosslang)


def _link_across_languages(rows: list[dict], fresh: list[bool], components: _Components) -> None:
    """Link a Russian and an English report of one facility, which share no word, through their neutral keys.

    Names are grouped by (concept, script, key), so each pair of distinct keys is
    compared once however many articles repeat them; rows are then linked within
    matching groups when they are compatible and from different articles.
    """
    groups: dict[str, dict[tuple, list[int]]] = {}
    for i, row in enumerate(rows):
        if row["crosslang_key"]:
            groups.setdefault(row["crosslang_key"][0], {}).setdefault(
                (row["name_script"], row["crosslang_key"]), []).append(i)
    for by_key in groups.values():
        for (script, key), members in by_key.items():
            if script != "cyrillic":
                continue  # each pair once: from its Russian-script side
            for (other_script, other_key), others in by_key.items():
                if other_script == script or not _same_crosslang(key, other_key):
                    continue
                for i in members:
                    for j in others:
                        a, b = rows[i], rows[j]
                        if ((fresh[i] or fresh[j]) and a["article_id"] != b["article_id"]
                                and components.find(i) != components.find(j) and _compatible(a, b)):
                            components.union(i, j)


def resolve_projects(mentions: pd.DataFrame, counts: dict[str, int] | None = None) -> pd.DataFrame:
    """Give every project mention the id of the concrete project it names.

    Mentions that already carry a project_id were resolved by an earlier run: they
    are kept together with the rest of their project and only compared with fresh
    mentions (those without one), so a refresh costs what its new mentions cost.
    Every member of each given project must be present, as the id is recomputed from
    the whole group. `counts` are the linking-word counts of the whole warehouse
    (default: of `mentions`). Returns article_id, version, project_key, project_id,
    name_key, crosslang_concept, crosslang_tokens, name_script. The id comes from the
    group's most common name key (ties: the shortest), its country and first year, and for a kind
    with no name or place ("joint venture") its first article, since such a kind never spans two.
    """
    columns = ["article_id", "version", "project_key", "project_id", "name_key", "crosslang_concept",
               "crosslang_tokens", "name_script"]
    if mentions.empty:
        return pd.DataFrame(columns=columns)
    rows = mentions.to_dict("records")
    for row in rows:
        row["name_key"], row["quoted_key"], row["crosslang_key"], row["name_script"] = project_keys(
            row["project_name"] or "")
        row["country_code"] = row["country_code"].upper() if isinstance(row["country_code"], str) else None
        published = row.get("published_at")
        row["published_at"] = None if published is None or pd.isna(published) else pd.Timestamp(published)
    known = [row.get("project_id") if isinstance(row.get("project_id"), str) else None for row in rows]
    fresh = [project_id is None for project_id in known]
    components = _Components(len(rows))
    first_of: dict[str, int] = {}
    for i, project_id in enumerate(known):
        if project_id is not None:
            components.union(i, first_of.setdefault(project_id, i))
    keys = [r["name_key"] for r in rows]
    for i, j in _candidate_pairs(keys, fresh, word_counts(keys) if counts is None else counts):
        if same_project(rows[i], rows[j]):
            components.union(i, j)
    _link_across_languages(rows, fresh, components)
    out = []
    for members in components.groups().values():
        group = [rows[i] for i in members]
        names = Counter(r["name_key"] for r in group)  # in order of first mention, like the ties below
        most = max(names.values())
        top = min((name for name, count in names.items() if count == most), key=len)
        country = next((r["country_code"] for r in group if r["country_code"]), None)
        years = [r["published_at"].year for r in group if r["published_at"] is not None]
        # a kind with no name or place ("joint venture") is one article's own: its article keeps two such groups apart
        own = [] if any(r["quoted_key"] or r["crosslang_key"] for r in group) else [min(str(r["article_id"]) for r in group)]
        project_id = _md5("project", top, country, min(years) if years else None, *own)
        out += [{"article_id": r["article_id"], "version": int(r["version"]), "project_key": int(r["project_key"]),
                 "project_id": project_id, "name_key": r["name_key"],
                 "crosslang_concept": r["crosslang_key"][0] if r["crosslang_key"] else None,
                 "crosslang_tokens": sorted(r["crosslang_key"][1]) if r["crosslang_key"] else None,
                 "name_script": r["name_script"]} for r in group]
    return pd.DataFrame(out, columns=columns)
