"""Label the cooperation sectors an article names.

A sector counts only where the article names it as an area of cooperation,
of projects or of signed documents, so terms are looked up only in sentences
with a cooperation cue, in sentences that continue such a sentence, and in the
names of the article's projects. A bare list of sectors is no cue: growth figures
("driven by industry, construction and agriculture"), a country's own plans and
a site's menu list sectors too.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .prefilter import literal_prefix, may_match, start_key
from .text import Sentence

_BULLET = re.compile(r"\s*(?:[•·▪●◦*\-–—]|\d{1,2}[.)])\s")


@dataclass
class SectorHit:
    """One sector with the terms that evidence it."""

    sector_code: str
    terms: list[str]
    confidence: float
    sentences: int = 1


@dataclass(frozen=True)
class _Terms:
    """A sector's term alternation, run only on texts where a word starts as one of its terms does.

    Most sentences name no term of most sectors; see `prefilter` for why skipping
    the regex then finds exactly the same hits.
    """

    pattern: re.Pattern
    keys: frozenset[str]

    def finditer(self, text: str):
        return self.pattern.finditer(text) if may_match(self.keys, text) else iter(())

    def search(self, text: str) -> re.Match | None:
        return self.pattern.search(text) if may_match(self.keys, text) else None


def _alternation(terms: list[str], whole: bool = False) -> _Terms | None:
    if not terms:
        return None
    tail = r"(?!\w)" if whole else ""
    return _Terms(re.compile(lexicon.at_word_start([f"(?:{t}){tail}" for t in terms])),
                  frozenset(start_key(literal_prefix(t)) for t in terms))


@functools.cache
def _lex() -> dict:
    lex = lexicon.load_yaml("sectors")
    known = {row["sector_code"] for row in lexicon.sectors_seed()}
    table = []
    for code, spec in lex["sectors"].items():
        if code not in known:
            raise ValueError(f"sectors.yaml names unknown sector {code!r}")
        table.append((code, _alternation(spec.get("terms", [])), _alternation(spec.get("case_sensitive") or [], True)))
    strong = {code: _alternation(terms) for code, terms in (lex.get("strong") or {}).items()}
    projects, heads = [], []
    for key, out in (("project_sectors", projects), ("project_name_heads", heads)):
        for row in lex.get(key, []):
            unknown = set(row["sectors"]) - known
            if unknown:
                raise ValueError(f"sectors.yaml {key} names unknown sectors {unknown}")
            out.append((re.compile(rf"(?<!\w)(?:{row['pattern']})"), row["sectors"]))
    weak = {code: re.compile("|".join(f"(?:{t})" for t in terms)) for code, terms in (lex.get("weak") or {}).items()}
    return {"table": table, "context": re.compile(lex["context"]), "list_min": int(lex["list_min_sectors"]),
            "weak": weak, "area_before": re.compile(lex["area_before"]), "area_after": re.compile(lex["area_after"]),
            "topic_before": re.compile(lex["topic_before"]),
            "continuation": re.compile(lex["continuation"]), "area_only": tuple(lex.get("area_only", [])),
            "strong": strong, "projects": projects, "heads": heads,
            "office_before": re.compile(lex["office_before"]), "office_after": re.compile(lex["office_after"]),
            "leader_before": re.compile(lex["leader_before"]),
            "venue_before": re.compile(lex["venue_before"]), "venue_at": re.compile(lex["venue_at"]),
            "not_after": {code: re.compile(pattern) for code, pattern in (lex.get("not_after") or {}).items()}}


def _word_end(text: str, end: int) -> int:
    while end < len(text) and (text[end].isalnum() or text[end] == "-" and end + 1 < len(text) and text[end + 1].isalnum()):
        end += 1
    return end


def _whole_word(text: str, start: int, end: int) -> str:
    """Extend a stem hit to the end of its word so the evidence reads naturally."""
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip(' "«»')


def _names_object(low: str, start: int, end: int) -> bool:
    """Tell whether an area word is followed by the thing built ("строительство ГЭС", "construction of a road")."""
    rest = low[_word_end(low, end):].lstrip()
    rest = re.sub(r"^(еще|ещё|ряда|new|more|another)\s+", "", rest)  # "строительство еще пяти школ"
    word = re.match(r"[\w-]+", rest)
    if not word:
        return False
    token = word.group(0)
    if re.search("[а-я]", token):
        return any("gent" in p.tag and any(t in p.tag for t in ("NOUN", "ADJF", "PRTF", "NUMR", "Abbr"))
                   for p in lexicon.parses(token)[:3])
    return token in {"of", "on", "work", "works", "site", "sites"}


def _in_office_title(sentence: Sentence, start: int) -> bool:
    """Tell whether a term names an office ("министр транспорта", "the Energy Minister", "head of the National Bank"), not an area."""
    lex = _lex()
    if lex["office_before"].search(sentence.low[max(0, start - 60):start]) or lex["office_after"].match(sentence.low, start):
        return True
    leader = lex["leader_before"].search(sentence.text[max(0, start - 60):start])
    # the name shows by a capital letter: on a word before the term or on the term itself
    return leader is not None and bool(leader.group("name") or sentence.text[start:start + 1].isupper())


def _at_venue(low: str, start: int, end: int) -> bool:
    """Tell whether a term names where a meeting is held or a guest arrives ("прошли в Академии наук", "в аэропорту")."""
    lex = _lex()
    return bool(lex["venue_before"].search(low[max(0, start - 80):start])
                or lex["venue_at"].search(low[max(0, start - 50):_word_end(low, end)]))


def _names_other_thing(code: str, low: str, start: int) -> bool:
    """Tell whether the word before a term makes it another sector's thing or an office ("food security")."""
    pattern = _lex()["not_after"].get(code)
    return pattern is not None and bool(pattern.search(low[max(0, start - 60):start]))


def _in_area_position(low: str, start: int, end: int) -> bool:
    """Tell whether a word stands where an area is named ("cooperation in energy", "energy sector", "discussed exports")."""
    lex = _lex()
    before = low[max(0, start - 100):start]
    return bool(lex["area_before"].search(before) or lex["topic_before"].search(before)
                or lex["area_after"].match(low[end:]))


def _is_weak(code: str, low: str, m: re.Match) -> bool:
    """Tell whether a hit is only a weak term standing outside any area position.

    The whole hit must be the weak word ("инвестиционный", not "инвестиционный фонд"),
    and a strong phrase of the sector ("Дни культуры") makes it an area by itself.
    """
    lex = _lex()
    weak = lex["weak"].get(code)
    w = weak.match(low, m.start()) if weak is not None else None
    if w is None or w.end() < m.end():
        return False
    strong = lex["strong"].get(code)
    if strong is not None and strong.search(low):
        return False
    return not _in_area_position(low, m.start(), _word_end(low, m.end()))


def sentence_sectors(sentence: Sentence) -> dict[str, list[str]]:
    """Return sector -> matched terms for one sentence, before the context check.

    A weak term (see sectors.yaml) counts only in an area position or when the
    sentence lists at least list_min_sectors sectors, since a list of sectors is
    itself an enumeration of areas.
    """
    lex = _lex()
    area_only = lex["area_only"]
    found: dict[str, list[str]] = {}
    pending: dict[str, list[str]] = {}
    for code, terms, cased in lex["table"]:
        hits, weak_hits = [], []
        for m in terms.finditer(sentence.low):
            if m.group(0).startswith(area_only) and _names_object(sentence.low, m.start(), m.end()):
                continue
            if (_in_office_title(sentence, m.start()) or _names_other_thing(code, sentence.low, m.start())
                    or _at_venue(sentence.low, m.start(), m.end())):
                continue
            word = _whole_word(sentence.text, m.start(), m.end())
            if _is_weak(code, sentence.low, m):
                weak_hits.append(word)
            else:
                hits.append(word)
        if cased is not None:
            hits += [m.group(0) for m in cased.finditer(sentence.text)]
        if hits:
            found[code] = hits + weak_hits
        elif weak_hits:
            pending[code] = weak_hits
    if len(found) >= lex["list_min"]:
        found.update(pending)
    return found


def project_sectors(name: str) -> dict[str, list[str]]:
    """Return sector -> evidence words for one project name (a hotel is construction and tourism)."""
    low = lexicon.norm(name)
    found: dict[str, list[str]] = {}
    for pattern, codes in _lex()["projects"]:
        for m in list(pattern.finditer(low)):
            word = _whole_word(name, m.start(), m.end())
            for code in codes:
                found.setdefault(code, []).append(word)
            low = low[:m.start()] + " " * (m.end() - m.start()) + low[m.end():]
    for code, terms in sentence_sectors(Sentence(name, 0, "body", 0)).items():
        found.setdefault(code, []).extend(terms)
    return found


def project_sector_codes(name: str) -> list[str]:
    """Return the sorted sector codes a project's own name names ("Рогунская ГЭС" -> energy).

    The name is the project's area, so no cooperation cue is needed, and the
    article's other sectors never leak into a project that does not name them.
    The extra head nouns (project_name_heads) count here only, so article sectors stay as they were.
    """
    codes = set(project_sectors(name))
    low = lexicon.norm(name)
    codes.update(code for pattern, sectors in _lex()["heads"] if pattern.search(low) for code in sectors)
    return sorted(codes)


def _add(out: dict[str, SectorHit], code: str, terms: list[str], confidence: float) -> None:
    held = out.get(code)
    if held is None:
        out[code] = SectorHit(code, list(dict.fromkeys(terms)), confidence)
        return
    held.terms = list(dict.fromkeys(held.terms + terms))
    held.sentences += 1
    held.confidence = max(held.confidence, confidence)


def find_sectors(sentences: list[Sentence], projects: list | None = None) -> list[SectorHit]:
    """Return the article's sectors, each once, with evidence terms.

    Confidence grows with the evidence: a term in a cooperation sentence or a
    project's name is strong, and every further sentence naming the sector adds a little.
    """
    lex = _lex()
    out: dict[str, SectorHit] = {}
    previous_context, previous_opens_list = False, False
    for sentence in sentences:
        found = sentence_sectors(sentence)
        in_context = bool(lex["context"].search(sentence.low)) or (
            previous_context and (previous_opens_list or bool(lex["continuation"].search(sentence.low))))
        previous_context = in_context
        # items listed after "…следующих проектов:" or as bullets share the context of the line that opens them
        previous_opens_list = sentence.text.rstrip().endswith(":") or bool(_BULLET.match(sentence.text)) and in_context
        for code, pattern in lex["strong"].items():
            if pattern is not None and code in found and pattern.search(sentence.low):
                _add(out, code, found[code], 0.8)
        if not found or not in_context:
            continue
        for code, terms in found.items():
            _add(out, code, terms, 0.8)
    for project in projects or []:
        for code, terms in project_sectors(project.name).items():
            _add(out, code, terms, 0.75)
    for hit in out.values():
        hit.confidence = round(min(0.95, hit.confidence + 0.05 * (hit.sentences - 1)), 2)
    return list(out.values())
