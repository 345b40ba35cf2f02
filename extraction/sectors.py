"""Label the cooperation sectors an article names.

A sector counts only where the article names it as an area of cooperation,
of projects or of signed documents, so terms are looked up only in sentences
with a cooperation cue or in enumerations of several sectors.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .text import Sentence


@dataclass
class SectorHit:
    """One sector with the terms that evidence it."""

    sector_code: str
    terms: list[str]
    confidence: float


@functools.cache
def _lex() -> dict:
    lex = lexicon.load_yaml("sectors")
    known = {row["sector_code"] for row in lexicon.sectors_seed()}
    table = []
    for code, spec in lex["sectors"].items():
        if code not in known:
            raise ValueError(f"sectors.yaml names unknown sector {code!r}")
        terms = re.compile("|".join(rf"(?<!\w)(?:{t})" for t in spec.get("terms", [])))
        cased = spec.get("case_sensitive") or []
        cased_re = re.compile("|".join(rf"(?<!\w)(?:{t})(?!\w)" for t in cased)) if cased else None
        table.append((code, terms, cased_re))
    return {"table": table, "context": re.compile(lex["context"]), "list_min": int(lex["list_min_sectors"])}


def _whole_word(text: str, start: int, end: int) -> str:
    """Extend a stem hit to the end of its word so the evidence reads naturally."""
    while end < len(text) and text[end].isalnum():
        end += 1
    return text[start:end].strip(' "«»')


def sentence_sectors(sentence: Sentence) -> dict[str, list[str]]:
    """Return sector -> matched terms for one sentence, before the context check."""
    found: dict[str, list[str]] = {}
    for code, terms, cased in _lex()["table"]:
        hits = [_whole_word(sentence.text, m.start(), m.end()) for m in terms.finditer(sentence.low)]
        if cased is not None:
            hits += [m.group(0) for m in cased.finditer(sentence.text)]
        if hits:
            found[code] = hits
    return found


def find_sectors(sentences: list[Sentence]) -> list[SectorHit]:
    """Return the article's sectors, each once, with evidence terms."""
    lex = _lex()
    out: dict[str, SectorHit] = {}
    for sentence in sentences:
        found = sentence_sectors(sentence)
        if not found:
            continue
        in_context = bool(lex["context"].search(sentence.low))
        if not in_context and len(found) < lex["list_min"]:
            continue
        confidence = 0.8 if in_context else 0.6
        for code, terms in found.items():
            held = out.get(code)
            if held is None:
                out[code] = SectorHit(code, list(dict.fromkeys(terms)), confidence)
            else:
                held.terms = list(dict.fromkeys(held.terms + terms))
                held.confidence = max(held.confidence, confidence)
    return list(out.values())
