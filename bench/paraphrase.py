"""Reword real articles the way another newsroom would and report every fact the rewording moves.

Rules written from a few dozen articles break on the next site's habits: a typed hyphen for a
dash, "Tokaev" for "Tokayev", "Киргизия" for "Кыргызстан", a "Read also" line inside the body.
Each paraphrase here keeps the meaning of the article, so the facts extracted from it must stay
the same; the ones that move point at a rule that reads a spelling instead of the language.
No gold is needed, so the check also runs where gold says nothing.

    python -m bench.paraphrase                 # the tuned part of ../shared/eval/dev, counts per paraphrase
    python -m bench.paraphrase --verbose       # and every fact that moved (tuned part only)
    python -m bench.paraphrase --part measure  # counts only: the measured part is never read for rules
"""
from __future__ import annotations

import argparse
import collections
import re
from collections.abc import Callable
from dataclasses import dataclass

from bench.dev_score import is_measure_only
from bench.extract_snapshot import SHARED_DEV, article_of
from extraction import extract_article

_DEMONYMS = {"Uzbekistan": "Uzbek", "Kazakhstan": "Kazakh", "Kyrgyzstan": "Kyrgyz", "Tajikistan": "Tajik",
             "Turkmenistan": "Turkmen", "China": "Chinese", "Russia": "Russian", "Turkey": "Turkish"}
_RU_KYRGYZSTAN = {"": "Киргизия", "а": "Киргизии", "у": "Киргизии", "ом": "Киргизией", "е": "Киргизии"}


@dataclass(frozen=True)
class Paraphrase:
    """One rewording of an article's title, lead and body, for articles in one language (or any)."""

    name: str
    language: str
    reword: Callable[[str], str] | None = None  # applied to title, lead and body
    body: Callable[[str], str] | None = None  # applied to the body only
    page: Callable[[dict], dict] | None = None  # applied to the whole article (a part moved into another)
    renames: bool = False  # the words it swaps may stand in a project's name, which follows the source

    def rename(self) -> Callable[[str], str] | None:
        """Return what the rewording does to a project's name, when it may touch one."""
        return self.reword if self.renames else None

    def apply(self, article: dict) -> dict | None:
        """Return the reworded article, or None when the rewording finds nothing to change."""
        if self.language not in ("any", article.get("language")):
            return None
        out = dict(article)
        for part in ("title", "lead", "body"):
            if out.get(part) and self.reword:
                out[part] = self.reword(out[part])
        if self.body:
            out["body"] = self.body(out.get("body") or "")
        if self.page:
            out = self.page(out)
        changed = any(out.get(part) != article.get(part) for part in ("title", "lead", "body"))
        return out if changed else None


def _subs(*pairs: tuple[str, str | Callable]) -> Callable[[str], str]:
    """Apply several spelling swaps (pattern, replacement) in turn."""
    def reword(text: str) -> str:
        for pattern, replacement in pairs:
            text = re.sub(pattern, replacement, text)
        return text
    return reword


def _sub(pattern: str, replacement: str | Callable) -> Callable[[str], str]:
    """Apply one spelling swap."""
    return _subs((pattern, replacement))


def _inserted(line: str) -> Callable[[str], str]:
    """Put a line of page furniture (a "Read also" link, a photo credit) after the second paragraph."""
    def insert(body: str) -> str:
        paragraphs = re.split(r"\n\s*\n", body)
        paragraphs.insert(min(2, len(paragraphs)), line)
        return "\n\n".join(paragraphs)
    return insert


def _atop_body(part: str) -> Callable[[dict], dict]:
    """Repeat the title or the lead as the body's first paragraph, as many page templates do."""
    def repeat(article: dict) -> dict:
        told = (article.get(part) or "").strip()
        return {**article, "body": f"{told}\n\n{article.get('body') or ''}"} if told else article
    return repeat


_EN_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_POSSESSIVE_TO_DEMONYM = {c: _DEMONYMS[c] for c in ("Uzbekistan", "Kazakhstan", "Tajikistan", "Turkmenistan")}

# Rewordings after which every fact must stay as it was.
INVARIANT = [
    Paraphrase("typed hyphen for a dash", "any", _sub(" [—–] ", " - ")),
    Paraphrase("em dash for an en dash", "any", _sub(" – ", " — ")),
    Paraphrase("no-break space after numbers", "any", _sub(r"(\d) ", "\\1\u00a0")),
    Paraphrase("Read also line", "en", body=_inserted("Read also: China to build a new railway to Kyrgyzstan")),
    Paraphrase("Читайте также line", "ru", body=_inserted("Читайте также: В Навои откроют новый цементный завод")),
    Paraphrase("photo credit line", "en", body=_inserted("Photo: press service of the President of Uzbekistan")),
    Paraphrase("Uzbek President Name", "en", _sub(r"\bPresident of (" + "|".join(_DEMONYMS) + r") (?=[A-Z]\w+ [A-Z])",
                                                   lambda m: _DEMONYMS[m.group(1)] + " President ")),
    Paraphrase("held negotiations", "en", _sub(r"\bheld talks\b", "held negotiations")),
    Paraphrase("margins for sidelines", "en", _sub(r"\bsidelines\b", "margins")),
    Paraphrase("USD for $", "en", _sub(r"\$\s?(\d)", r"USD \1")),
    Paraphrase("Türkiye for Turkey", "en", _sub(r"\bTurkey\b", "Türkiye"), renames=True),
    Paraphrase("other romanisations", "en", _subs((r"\bMirziyoyev\b", "Mirziyoev"), (r"\bTokayev\b", "Tokaev"),
                                                  (r"\bJaparov\b", "Zhaparov"),
                                                  (r"\bBerdimuhamedo[vw]\b", "Berdymukhamedov"))),
    Paraphrase("name without the office", "ru", _sub(
        r"\b[Пп]резидент (Узбекистана|Казахстана|Кыргызстана|Таджикистана|Туркменистана|России|Китая|Турции)"
        r" (?=[А-ЯЁ]\w+ [А-ЯЁ])", "")),
    Paraphrase("провели встречу", "ru", _sub(r"\bпровел(и|а)? переговоры\b", r"провел\1 встречу")),
    Paraphrase("в кулуарах", "ru", _sub(r"\bна полях\b", "в кулуарах")),
    Paraphrase("миллиарда for млрд", "ru", _sub(r"\bмлрд\b", "миллиарда")),
    Paraphrase("Киргизия for Кыргызстан", "ru", _sub(r"\bКыргызстан(а|у|ом|е)?\b",
                                                     lambda m: _RU_KYRGYZSTAN[m.group(1) or ""]), renames=True),
    Paraphrase("Мирзиеев, Джапаров", "ru", _subs(("Мирзиёев", "Мирзиеев"), (r"\bЖапаров", "Джапаров"))),
    Paraphrase("single line breaks", "any", body=_sub(r"\n\s*\n", "\n")),
    Paraphrase("title repeated atop the body", "any", page=_atop_body("title")),
    Paraphrase("lead repeated atop the body", "any", page=_atop_body("lead")),
    Paraphrase("15 November for November 15", "en", _sub(rf"\b({_EN_MONTHS}) (\d{{1,2}})\b(?!,? \d{{4}})", r"\2 \1")),
    Paraphrase("1.3 млрд for 1,3 млрд", "ru", _sub(r"(\d),(\d+) (млн|млрд)", r"\1.\2 \3")),
    Paraphrase("$1.3bn for $1.3 billion", "en", _sub(r"(\$\s?\d[\d.,]*) billion", r"\1bn")),
    Paraphrase("1.3 billion dollars for $1.3 billion", "en",
               _sub(r"\$\s?(\d[\d.,]*) (million|billion)", r"\1 \2 dollars")),
    Paraphrase("$1,3 млрд for 1,3 млрд долларов", "ru", _sub(r"(\d[\d.,]*) (млн|млрд) долларов( США)?", r"$\1 \2")),
    Paraphrase("Uzbek for Uzbekistan's", "en", _sub(r"\b(" + "|".join(_POSSESSIVE_TO_DEMONYM) + r")'s\b",
                                                    lambda m: _POSSESSIVE_TO_DEMONYM[m.group(1)]), renames=True),
]


def view(facts: dict) -> dict[str, list[str]]:
    """Return the facts an analyst reads, one comparable string each, per kind."""
    people = collections.defaultdict(set)
    for p in facts["participants"]:
        people[p["meeting_key"]].add(p["person_name"])
    rows = {
        "meetings": [(m["meeting_date"], m["meeting_format"], m["session_ordinal"], m["city"], m["country_codes"],
                      m["is_planned"], sorted(people[m["meeting_key"]])) for m in facts["meetings"]],
        "amounts": [(a["amount"], a["currency"], a["amount_kind"]) for a in facts["amounts"]],
        "projects": [(p["project_name"], p["status"], p["city_or_region"]) for p in facts["projects"]],
        "sectors": [s["sector_code"] for s in facts["sectors"]],
    }
    return {kind: sorted({str(r) for r in found}) for kind, found in rows.items()}


def moved(before: dict, after: dict, rename: Callable[[str], str] | None = None) -> dict[str, tuple[list, list]]:
    """Return, per kind, the facts lost and the facts gained between two views.

    A project is named as the source writes it, so a rewording of the source rewords its name too
    ("железная дорога Китай — Кыргызстан — Узбекистан" under "Киргизия"): rename applies it to the names before.
    """
    if rename is not None:
        before = {**before, "projects": sorted({rename(fact) for fact in before["projects"]})}
    out = {}
    for kind in before:
        lost = [f for f in before[kind] if f not in after[kind]]
        gained = [f for f in after[kind] if f not in before[kind]]
        if lost or gained:
            out[kind] = (lost, gained)
    return out


def dev_articles(part: str) -> list[tuple[str, dict]]:
    """Return (doc id, parsed article) of one part of the shared dev set ("tune" or "measure")."""
    out = []
    for page in sorted(SHARED_DEV.iterdir()):
        doc = "seed" if page.name.startswith("seed") else page.stem
        if is_measure_only(doc) == (part == "measure"):
            out.append((doc, article_of(page)))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--part", choices=("tune", "measure"), default="tune")
    parser.add_argument("--verbose", action="store_true", help="print the moved facts (tuned part only)")
    args = parser.parse_args()
    tried, changed = collections.Counter(), collections.Counter()
    for doc, article in dev_articles(args.part):
        before = view(extract_article(article))
        for paraphrase in INVARIANT:
            reworded = paraphrase.apply(article)
            if reworded is None:
                continue
            tried[paraphrase.name] += 1
            diff = moved(before, view(extract_article(reworded)), paraphrase.rename())
            for kind, (lost, gained) in diff.items():
                changed[paraphrase.name, kind] += 1
                if args.verbose and args.part == "tune":
                    print(f"{doc} [{paraphrase.name}] {kind}\n  - {lost}\n  + {gained}")
    kinds = ("meetings", "amounts", "projects", "sectors")
    for paraphrase in INVARIANT:
        if tried[paraphrase.name]:
            counts = " ".join(f"{k}={changed[paraphrase.name, k]}" for k in kinds)
            print(f"{paraphrase.name:32s} articles={tried[paraphrase.name]:3d} {counts}")


if __name__ == "__main__":
    main()
