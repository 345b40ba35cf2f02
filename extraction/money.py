"""Extract money amounts with currency, kind and approximation flag.

Amounts in the region's news mix notations ("$1,3 млрд", "1,2 млрд долларов",
"CNY 1.5bn", "22.8 billion tenge ($51 million)"); a single grammar over
numbers, multipliers and currency words covers them, and context cues from
``lexicons/money.yaml`` decide what the amount measures.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .dates import years_in
from .text import Sentence


@dataclass
class Amount:
    """One money amount found in a sentence."""

    amount: float
    currency: str
    kind: str
    is_approximate: bool
    year: int | None
    sentence: Sentence
    start: int
    end: int


_NUMBER = r"\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)?"


@functools.cache
def _grammar() -> dict:
    lex = lexicon.load_yaml("money")
    words = sorted(lex["number_words"], key=len, reverse=True)
    word_num = "|".join(re.escape(w) for w in words)
    mult = "|".join(f"(?:{m['pattern']})" for m in lex["multipliers"])
    pre = "|".join(f"(?:{c['pattern']})" for c in lex["currency_prefixes"])
    cur = "|".join(f"(?:{c['pattern']})" for c in lex["currency_words"])
    number = rf"(?P<num>{_NUMBER})"
    # a number written as a word only counts before a full multiplier word ("одного миллиарда")
    word_amount = rf"(?:(?P<wnum>{word_num})\s+)?(?P<wmult>миллиард\w*|миллион\w*|триллион\w*|billion|million|trillion)"
    prefix_form = rf"(?P<pre>{pre})\s?(?:{number})(?:\s?(?P<mult1>{mult})\.?(?!\w))?"
    suffix_form = rf"(?:{number.replace('num', 'num2')})\s?(?:(?P<mult2>{mult})\.?(?!\w)\s?)?(?P<cur>{cur})"
    word_form = rf"(?<!\d\s)(?<![\d\w]){word_amount}\s+(?P<cur2>{cur})"
    return {
        "re": re.compile(rf"(?<![\w.,])(?:{prefix_form}|{suffix_form}|{word_form})"),
        "lex": lex,
        "mult": [(re.compile(rf"(?:{m['pattern']})$"), float(m["value"])) for m in lex["multipliers"]],
        "pre": [(re.compile(rf"(?:{c['pattern']})$"), c["code"]) for c in lex["currency_prefixes"]],
        "cur": [(re.compile(rf"(?:{c['pattern']})"), c["code"]) for c in lex["currency_words"]],
        "approx": re.compile(r"(?:" + "|".join(lex["approximate_before"]) + r")\s*(?:чем\s*)?$"),
        "rate_after": re.compile(lex["exchange_rate_after"]),
        "rate_before": re.compile(lex["exchange_rate_before"]),
    }


def _multiplier(token: str | None) -> float:
    if not token:
        return 1.0
    token = token.rstrip(".")
    for pattern, value in _grammar()["mult"]:
        if pattern.match(token):
            return value
    return 1.0


def _currency(token: str, table) -> str | None:
    token = token.strip()
    for pattern, code in table:
        if pattern.match(token):
            return token.upper().replace("RMB", "CNY") if code == "CODE" else code
    return None


def parse_number(raw: str, has_multiplier: bool, language: str) -> float:
    """Parse "1,3", "12 800", "12,845" or "461.9" into a float.

    A comma followed by exactly three digits is a thousands separator in English
    and whenever no multiplier follows; otherwise it is the Russian decimal comma.
    """
    raw = raw.replace(" ", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) and (language == "en" or not has_multiplier):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", raw) and language == "ru" and not has_multiplier:
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def _clause_bounds(low: str, start: int, end: int) -> tuple[int, int]:
    left = max(low.rfind(";", 0, start), low.rfind(":", 0, start))
    right_candidates = [i for i in (low.find(";", end), low.find(" а также", end)) if i != -1]
    return left + 1, min(right_candidates) if right_candidates else len(low)


def _kind(low: str, start: int, end: int, prev_end: int, lex: dict) -> str:
    """Decide what an amount measures from the words around it."""
    c_start, c_end = _clause_bounds(low, start, end)
    left = low[max(c_start, prev_end):start]
    clause = low[c_start:c_end]
    right = re.split(r"[,;()]|\.(?!\d)", low[end:min(c_end, end + 30)])[0]
    near = left + low[start:end] + right
    for rule in lex["kinds"]:
        ok = False
        for pattern in rule.get("left", []):
            if lexicon.compiled(pattern).search(left):
                ok = True
        for pattern in rule.get("clause", []):
            if lexicon.compiled(pattern).search(near):
                ok = True
        if ok and rule.get("requires_clause"):
            ok = lexicon.compiled(rule["requires_clause"]).search(clause) is not None
            if not ok and rule["kind"] == "trade_target":
                return "other"
        if ok:
            return rule["kind"]
    # a kind named anywhere in the clause is a weaker but useful hint
    for rule in lex["kinds"]:
        for pattern in rule.get("clause", []):
            if lexicon.compiled(pattern).search(clause):
                return rule["kind"]
    return "other"


def _year(sentence: Sentence, start: int, default: int | None) -> int | None:
    low = sentence.low
    if re.search(r"(?<!\w)(в прошлом году|last year|previous year|по итогам прошлого года)", low):
        return default - 1 if default else None
    years = [(abs(off - start), y) for off, y in years_in(low)]
    if years:
        return min(years)[1]
    return default


def find_amounts(sentences: list[Sentence], language: str, published_year: int | None) -> list[Amount]:
    """Find every money amount; an amount repeated verbatim in title and body is kept once."""
    g = _grammar()
    out: list[Amount] = []
    for sentence in sentences:
        low = sentence.low
        prev_end = 0
        prev: Amount | None = None
        for m in g["re"].finditer(low):
            if g["rate_after"].search(low[m.end():]) or g["rate_before"].search(low[:m.start()]):
                continue
            if m.group("pre"):
                currency = _currency(m.group("pre"), g["pre"])
                mult = m.group("mult1")
                value = parse_number(m.group("num"), bool(mult), language) * _multiplier(mult)
            elif m.group("cur"):
                currency = _currency(m.group("cur"), g["cur"])
                mult = m.group("mult2")
                value = parse_number(m.group("num2"), bool(mult), language) * _multiplier(mult)
            else:
                currency = _currency(m.group("cur2"), g["cur"])
                words = g["lex"]["number_words"]
                base = float(words.get(m.group("wnum"), 1)) if m.group("wnum") else 1.0
                value = base * _multiplier(m.group("wmult"))
            if not currency or value <= 0:
                continue
            left = low[max(0, m.start() - 40):m.start()]
            approx = bool(g["approx"].search(left))
            # "(…$51 million)" right after another amount restates it in a second currency
            between = low[prev_end:m.start()]
            if prev is not None and re.fullmatch(r"\s*[(\[]\s*(?:или\s+|or\s+|about\s+|около\s+|≈\s*)?", between):
                kind = prev.kind
            else:
                kind = _kind(low, m.start(), m.end(), prev_end, g["lex"])
            amount = Amount(value, currency, kind, approx, _year(sentence, m.start(), published_year),
                            sentence, m.start(), m.end())
            out.append(amount)
            prev, prev_end = amount, m.end()
    return _dedupe(out)


def _dedupe(amounts: list[Amount]) -> list[Amount]:
    """Keep one row per (value, currency), preferring a body sentence's context."""
    best: dict[tuple, Amount] = {}
    for a in amounts:
        key = (round(a.amount, 2), a.currency)
        held = best.get(key)
        if held is None or (held.sentence.part == "title" and a.sentence.part != "title"):
            best[key] = a
    return sorted(best.values(), key=lambda a: (a.sentence.index, a.start))
