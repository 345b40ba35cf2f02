"""Extract concrete projects (plants, centres, hotels, funds) and their status.

A project is recognised by a launch/construction/agreement cue followed (or,
for passive verbs, preceded) by a noun phrase whose head names a physical or
organisational deliverable; documents, councils and generic "projects" are
rejected. Coordinated lists become separate projects.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .entities import country_of_city, find_cities
from .text import Sentence

_QUOTE = re.compile(r'[«"“„][^»"”“]{1,80}[»"”]')
_SEPARATORS = re.compile(r",?\s+а также\s+|,?\s+as well as\s+|,\s+and\s+|\s+and\s+|,\s+|;\s+|\s+и\s+")
_STOP = re.compile(r",\s*(котор\w*|где|чтобы|which|that|where|who)\b|\s+(чтобы|which|so that|in order to)\b|[.;:]\s|[.;:]$")
_DETERMINERS = re.compile(r"^(the|a|an|its|their|new|нового|новой|новых|новый|новая|новое)\s+", re.IGNORECASE)
_NOMINALISATION = re.compile(
    r"^(the\s+)?(passing|construction|creation|launch|opening|laying|building|establishment|development|"
    r"implementation|operation)\s+of\s+|^(строительств|создани|прокладк|открыти|запуск|реализаци)\w*\s+", re.IGNORECASE)
_EN_BREAK = {"of", "for", "on", "in", "at", "along", "near", "with", "between", "to", "by", "from", "that",
             "which", "following", "worth", "under", "across", "through", "into", "is", "are", "was", "were"}


@dataclass
class Project:
    """One project mention resolved to a name and status."""

    name: str
    status: str
    city: str | None
    country_code: str | None
    sentence: Sentence
    key: tuple


@functools.cache
def _lex() -> dict:
    lex = lexicon.load_yaml("projects")
    return {
        "cues": [(c["status"], lexicon.compiled(c["pattern"])) for c in lex["cues"]],
        "announce": lexicon.compiled(lex["announce_context"]),
        "heads_ru": set(lex["heads_ru"]),
        "heads_en": set(lex["heads_en"]),
        "not_ru": tuple(lex["not_projects_ru"]),
        "not_en": set(lex["not_projects_en"]),
    }


def _cue_hits(low: str) -> list[tuple[int, int, str]]:
    hits = []
    for rank, (status, pattern) in enumerate(_lex()["cues"]):
        for m in pattern.finditer(low):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), status, rank))
    hits.sort(key=lambda h: (h[3], h[0]))
    kept: list[tuple] = []
    for h in hits:
        if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
            kept.append(h)
    return [(s, e, st) for s, e, st, _ in sorted(kept)]


def _mask_quotes(text: str) -> str:
    """Replace quoted names by placeholders of equal length so separators inside them are ignored."""
    return _QUOTE.sub(lambda m: m.group(0)[0] + "x" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def _first_noun_ru(text: str) -> str | None:
    for word in re.findall(r"[а-яА-ЯёЁ]+(?:-[а-яА-ЯёЁ]+)?", _QUOTE.sub(" ", text))[:6]:
        parsed = lexicon.parse(lexicon.norm(word))
        if "NOUN" in parsed.tag or ("LATN" not in parsed.tag and "ADJF" not in parsed.tag and "PRTF" not in parsed.tag
                                    and "Abbr" in parsed.tag):
            return lexicon.norm(parsed.normal_form)
    return None


def _head(item: str) -> str | None:
    """Return the head word of a candidate phrase if it names a project, else None."""
    lex = _lex()
    low = lexicon.norm(item)
    if re.search("[а-я]", low[:40]):
        noun = _first_noun_ru(item)
        if noun is None:
            return None
        if noun in lex["heads_ru"] or noun.split("-")[-1] in lex["heads_ru"]:
            return noun
        if noun == "проект" and _QUOTE.search(item):
            return noun
        return None
    words = re.findall(r"[\w'-]+", _QUOTE.sub(" Q ", low))
    chunk = []
    for w in words:
        if w in _EN_BREAK:
            break
        chunk.append(w)
    if not chunk:
        return None
    if any(w in lex["not_en"] for w in chunk):
        return None
    for w in reversed(chunk):
        if w != "q":
            return w if w in lex["heads_en"] else None
    return None


def _items(obj: str) -> list[str]:
    """Split a coordinated object into separate phrases, sharing the head with bare quoted names."""
    masked = _mask_quotes(obj)
    pieces, last = [], 0
    for m in _SEPARATORS.finditer(masked):
        pieces.append(obj[last:m.start()])
        last = m.end()
    pieces.append(obj[last:])
    out: list[str] = []
    for piece in (p.strip(" ,") for p in pieces):
        if not piece:
            continue
        if piece[0] in '«"“„' and out:
            prefix = out[-1][: out[-1].find(_QUOTE.search(out[-1]).group(0))] if _QUOTE.search(out[-1]) else out[-1] + " "
            out.append(prefix + piece)
        elif out and _head(piece) is None and not _is_excluded(piece):
            out[-1] = out[-1] + " и " + piece if re.search("[а-я]", piece.lower()) else out[-1] + " and " + piece
        else:
            out.append(piece)
    return out


def _is_excluded(phrase: str) -> bool:
    """Tell whether a phrase names a document, a body or a generic word."""
    lex = _lex()
    low = lexicon.norm(_DETERMINERS.sub("", phrase.strip()))
    if re.search("[а-я]", low[:40]):
        noun = _first_noun_ru(phrase) or ""
        return noun.startswith(lex["not_ru"])
    words = re.findall(r"[\w'-]+", low)[:4]
    return any(w in lex["not_en"] for w in words)


def _clean_name(item: str) -> tuple[str, str | None]:
    """Strip determiners and a trailing "в Ташкенте"; return (name, city)."""
    name = _NOMINALISATION.sub("", _DETERMINERS.sub("", item.strip())).strip(" ,")
    name = _DETERMINERS.sub("", name)
    # the price belongs to the amount, not to the project's name
    name = re.split(r"\s+(?:worth|valued at|estimated at|costing|стоимостью|общей стоимостью|на сумму|за\s+(?=[$\d]))", name)[0]
    city = None
    m = re.search(r"\s+(?:в|во|in)\s+([^\s,]+(?:\s+[^\s,]+)?)\s*$", name)
    if m:
        hits = find_cities(lexicon.norm(m.group(1)))
        if hits:
            city = hits[-1].key
            name = name[:m.start()]
    return name.strip(), city


def _key(name: str, head: str) -> tuple:
    quoted = _QUOTE.search(name)
    if quoted:
        return (head, lexicon.norm(quoted.group(0)[1:-1]).strip())
    return (head, " ".join(lexicon.lemma(w) for w in re.findall(r"\w+", name)[:6]))


def _candidates(sentence: Sentence) -> list[tuple[str, str]]:
    low = sentence.low
    text = sentence.text
    hits = _cue_hits(low)
    out = []
    for i, (start, end, status) in enumerate(hits):
        limit = hits[i + 1][0] if i + 1 < len(hits) else len(low)
        obj = text[end:limit]
        stop = _STOP.search(_mask_quotes(obj))
        if stop:
            obj = obj[:stop.start()]
        obj = re.sub(r"(,|\s+и|\s+а также|\s+and|\s+as well as)\s*$", "", obj.rstrip())
        m = re.match(r"^\s*(by|of)\s[^.]{0,60}?\s(is|are)\s+", obj)  # "…being implemented by X is the Y"
        if m:
            obj = obj[m.end():]
        if status in ("launched", "construction_started", "completed") and _lex()["announce"].search(low[:start]):
            status = "announced"
        items = [it for it in _items(obj.strip()) if _head(_NOMINALISATION.sub("", _DETERMINERS.sub("", it)))]
        if not items:
            # passive voice: "Завод был открыт", "The plant was opened"
            before = text[:start]
            clause_start = max(before.rfind(","), before.rfind(";"), before.rfind(" — "))
            subject = before[clause_start + 1:] if clause_start >= 0 else before
            subject = re.sub(r"\s+(был[аио]?|будет|будут|were|was|has been|have been|is|are)\s*$", "", subject.strip())
            items = [it for it in _items(subject) if _head(_NOMINALISATION.sub("", _DETERMINERS.sub("", it)))]
        for item in items:
            out.append((item, status))
    return out


def find_projects(sentences: list[Sentence]) -> list[Project]:
    """Find projects in all sentences, one row per distinct project."""
    found: dict[tuple, Project] = {}
    for sentence in sentences:
        for item, status in _candidates(sentence):
            name, city = _clean_name(item)
            head = _head(name)
            if not head or len(name) < 4:
                continue
            key = _key(name, head)
            project = Project(name, status, city, country_of_city().get(city) if city else None, sentence, key)
            held = found.get(key)
            if held is None or (held.sentence.part == "title" and sentence.part != "title"):
                found[key] = project
    return sorted(found.values(), key=lambda p: p.sentence.index)
