"""Extract concrete projects (plants, centres, hotels, funds) and their status.

A project is recognised by a launch/construction/agreement cue followed (or,
for passive verbs, preceded) by a noun phrase whose head names a physical or
organisational deliverable; documents, councils and generic "projects" are
rejected. Coordinated lists become separate projects. The phrase is cut at
clause boundaries, verbs and prices so the name reads as the source names it.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from . import lexicon
from .entities import country_of_city, find_cities, find_countries
from .text import Sentence

_QUOTE = re.compile(r'[«"“„][^»"”“]{1,80}[»"”]')
_SEPARATORS = re.compile(r",?\s+а также\s+|,?\s+as well as\s+|,\s+and\s+|\s+and\s+|,\s+|;\s+|\s+и\s+")
_DETERMINERS = re.compile(r"^(the|a|an|its|their|new|нового|новой|новых|новый|новая|новое)\s+", re.IGNORECASE)
_NOMINALISATION = re.compile(
    r"^(the\s+)?(passing|construction|creation|launch|opening|laying|building|establishment|development|"
    r"implementation|operation)\s+of\s+|^(строительств|создани|прокладк|открыти|запуск|реализаци)\w*\s+", re.IGNORECASE)
_EN_BREAK = {"of", "for", "on", "in", "at", "along", "near", "with", "between", "to", "by", "from", "that",
             "which", "following", "worth", "under", "across", "through", "into", "is", "are", "was", "were"}
# English words that end the subject search going backwards: the noun phrase
# of a passive or relative clause starts right after them.
_EN_SUBJECT_BREAK = _EN_BREAK | {"and", "paid", "said", "noted", "welcomed", "discussed", "about", "as", "also",
                                 "has", "have", "had", "be", "been", "being", "while"}
_EN_PARTICIPLE = re.compile(r"^(\w+ed|built|set up|made|run|held|located|based|owned|funded|backed|worth)(?!\w)")
_RELATIVE = re.compile(r"^(which|that|who|котор\w+)$", re.IGNORECASE)
_RU_PREPOSITIONS = {"в", "во", "на", "у", "около", "близ", "вблизи", "возле", "под", "при", "между"}
_WORD = re.compile(r"[\w«»\"“”„'-]+")


@dataclass
class Project:
    """One project mention resolved to a name and status."""

    name: str
    status: str
    city: str | None
    country_code: str | None
    sentence: Sentence
    key: tuple
    head: str = ""
    start: int = 0
    end: int = 0
    at_meeting: bool = True
    confidence: float = 0.7
    places: list[str] = field(default_factory=list)


@functools.cache
def _lex() -> dict:
    lex = lexicon.load_yaml("projects")
    places = []
    for row in lex["places"]:
        forms = [lexicon.norm(f) for f in row.get("forms_ru", [])] + [lexicon.norm(f) for f in row.get("forms_en", [])]
        pattern = re.compile("|".join(rf"(?<!\w){re.escape(f)}" for f in forms))
        places.append((row["name"], row.get("country"), pattern))
    return {
        "cues": [(c["status"], c.get("mode", "verb"), lexicon.compiled(c["pattern"])) for c in lex["cues"]],
        "announce": lexicon.compiled(lex["announce_context"]),
        "progress": lexicon.compiled(lex["progress_context"]),
        "witnessed": lexicon.compiled(lex["witnessed_context"]),
        "background": lexicon.compiled(lex["background_context"]),
        "stops": lexicon.compiled(lex["clause_stops"]),
        "cuts": lexicon.compiled(lex["name_cuts"]),
        "border": lexicon.compiled(lex["border"]),
        "heads_ru": set(lex["heads_ru"]),
        "heads_en": set(lex["heads_en"]),
        "not_ru": tuple(lex["not_projects_ru"]),
        "not_en": set(lex["not_projects_en"]),
        "count_en": set(lex["count_words_en"]),
        "places": places,
        "ordinals": [(ru, en) for ru, en in zip(lex["ordinals_ru"], lex["ordinals_en"])],
    }


def _cue_hits(low: str) -> list[tuple[int, int, str, str]]:
    """Return non-overlapping cue hits (start, end, status, mode), earlier lexicon entries winning."""
    hits = []
    for rank, (status, mode, pattern) in enumerate(_lex()["cues"]):
        for m in pattern.finditer(low):
            if m.end() > m.start():
                hits.append((m.start(), m.end(), status, mode, rank))
    hits.sort(key=lambda h: (h[4], h[0]))
    kept: list[tuple] = []
    for h in hits:
        if all(h[1] <= k[0] or h[0] >= k[1] for k in kept):
            kept.append(h)
    return [(s, e, st, mo) for s, e, st, mo, _ in sorted(kept)]


def _mask_quotes(text: str) -> str:
    """Replace quoted names by placeholders of equal length so separators inside them are ignored."""
    return _QUOTE.sub(lambda m: m.group(0)[0] + "x" * (len(m.group(0)) - 2) + m.group(0)[-1], text)


def _is_ru(text: str) -> bool:
    return bool(re.search("[а-яё]", lexicon.norm(text)[:40]))


def _noun_lemmas(word: str) -> set[str]:
    """Return the lemmas of all noun readings of a Russian word (pymorphy's first guess is often wrong for loans)."""
    return {lexicon.norm(p.normal_form) for p in lexicon.morph().parse(lexicon.norm(word)) if "NOUN" in p.tag}


def _first_noun_ru(text: str) -> str | None:
    heads = _lex()["heads_ru"]
    for word in re.findall(r"[а-яА-ЯёЁ]+(?:-[а-яА-ЯёЁ]+)?", _QUOTE.sub(" ", text))[:6]:
        parsed = lexicon.parse(lexicon.norm(word))
        nouns = _noun_lemmas(word)
        known = [n for n in nouns if n in heads or n.split("-")[-1] in heads]
        if known and "PREP" not in parsed.tag and "CONJ" not in parsed.tag:
            return known[0]
        if "NOUN" in parsed.tag or ("LATN" not in parsed.tag and "ADJF" not in parsed.tag and "PRTF" not in parsed.tag
                                    and "Abbr" in parsed.tag):
            return lexicon.norm(parsed.normal_form)
    return None


def _starts_with_count(item: str) -> bool:
    """Tell whether a phrase counts projects ("две ГЭС", "three plants") instead of naming one."""
    words = re.findall(r"[\w-]+", lexicon.norm(_DETERMINERS.sub("", item.strip())))
    if not words:
        return False
    first = words[0]
    if first.isdigit() or first in _lex()["count_en"]:
        return True
    return bool(re.search("[а-я]", first)) and "NUMR" in lexicon.parse(first).tag


def _head(item: str) -> str | None:
    """Return the head word of a candidate phrase if it names a project, else None."""
    lex = _lex()
    if _starts_with_count(item):
        return None
    low = lexicon.norm(item)
    if _is_ru(item):
        noun = _first_noun_ru(item)
        if noun is None:
            return None
        if noun in lex["heads_ru"] or noun.split("-")[-1] in lex["heads_ru"]:
            return noun
        if noun == "проект" and _QUOTE.search(item):
            return noun
        return None
    words = re.findall(r"[\w'-]+", _QUOTE.sub(" q ", low))
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


def _is_verb_start(piece: str) -> bool:
    """Tell whether a coordinated piece starts a new predicate ("и довести…", "and will…") rather than an item."""
    words = re.findall(r"[\w-]+", lexicon.norm(piece))
    if not words:
        return False
    first = words[0]
    if re.search("[а-я]", first):
        tag = lexicon.parse(first).tag
        return any(t in tag for t in ("INFN", "VERB", "PRTS", "GRND"))
    return first in {"will", "would", "to", "has", "have", "had", "is", "are", "was", "were", "also"} or (
        first.endswith("ed") and len(first) > 4 and first not in _lex()["heads_en"])


def _is_participle_clause(rest: str) -> bool:
    """Tell whether the text after a comma opens a participle clause (", построенный…", ", built by…")."""
    words = re.findall(r"[\w-]+", lexicon.norm(rest))
    if not words:
        return False
    if re.search("[а-я]", words[0]):
        return any("PRTF" in p.tag or "PRTS" in p.tag for p in lexicon.morph().parse(words[0])[:2])
    return bool(_EN_PARTICIPLE.match(lexicon.norm(rest).lstrip()))


def _cut_clause(obj: str) -> str:
    """Cut a cue's object at the first clause boundary."""
    masked = _mask_quotes(obj)
    end = len(obj)
    stop = _lex()["stops"].search(lexicon.norm(masked))
    if stop:
        end = stop.start()
    for m in re.finditer(r",\s*", masked[:end]):
        if _is_participle_clause(masked[m.end():]):
            end = m.start()
            break
    for m in re.finditer(r"[а-яА-ЯёЁ]+", masked[:end]):
        tag = lexicon.parse(lexicon.norm(m.group(0))).tag
        if "VERB" in tag or "PRTS" in tag:
            end = m.start()  # "строительство АЭС идет по графику": the predicate ends the name
            break
    return obj[:end]


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
        if _is_verb_start(piece):
            break  # a second predicate: the list of objects is over
        if piece[0] in '«"“„' and out:
            prefix = out[-1][: out[-1].find(_QUOTE.search(out[-1]).group(0))] if _QUOTE.search(out[-1]) else out[-1] + " "
            out.append(prefix + piece)
        elif out and _head(piece) is None and not _is_excluded(piece):
            if re.match(r"^(в|во|на|а|но|in|at|but)\s", piece, re.IGNORECASE):
                break  # a place or a new clause, not a continuation of the name
            out[-1] = out[-1] + " и " + piece if _is_ru(piece) else out[-1] + " and " + piece
        else:
            out.append(piece)
    # "the «A» and «B» hotels": bare quoted names before the item that carries the head share it
    for i in range(len(out) - 2, -1, -1):
        this, following = _DETERMINERS.sub("", out[i].strip()), _DETERMINERS.sub("", out[i + 1].strip())
        bare, nxt = _QUOTE.fullmatch(this), _QUOTE.match(following)
        if bare and nxt and following[nxt.end():].strip():
            out[i] = this + following[nxt.end():]
    return out


def _is_excluded(phrase: str) -> bool:
    """Tell whether a phrase names a document, a body or a generic word."""
    lex = _lex()
    low = lexicon.norm(_DETERMINERS.sub("", phrase.strip()))
    if _is_ru(phrase):
        noun = _first_noun_ru(phrase) or ""
        return noun.startswith(lex["not_ru"])
    words = re.findall(r"[\w'-]+", low)[:4]
    return any(w in lex["not_en"] for w in words)


def _skip_leading_place(obj: str) -> tuple[str, str]:
    """Move a leading Russian place phrase ("на реке Зеравшан …") out of the object; return (object, place)."""
    words = list(_WORD.finditer(obj))
    if not words or lexicon.norm(words[0].group(0)) not in _RU_PREPOSITIONS:
        return obj, ""
    for w in words[1:5]:
        token = w.group(0)
        if token[0] in '«"“„':
            break
        if _first_noun_ru(token) and _head(token):
            return obj[w.start():], obj[:w.start()].strip()
        parsed = lexicon.parse(lexicon.norm(token))
        if not ({"NOUN", "ADJF"} & set(str(parsed.tag).replace(" ", ",").split(","))) and not token[0].isupper():
            break
    return obj, ""


def _en_tail_phrase(segment: str) -> str:
    """Return the noun phrase that ends an English clause ("… was paid to the X Company" -> "the X Company")."""
    words = list(re.finditer(r"[\w'’-]+|[«\"“„][^»\"”]*[»\"”]", segment))
    start = 0
    for w in words:
        if lexicon.norm(w.group(0)) in _EN_SUBJECT_BREAK:
            start = w.end()
    return segment[start:].strip()


def _subject(text: str, start: int) -> str:
    """Return the subject of a passive cue, following "which"/"который" back to its antecedent."""
    before = text[:start]
    segments = re.split(r",\s*|;\s*|\s[—–]\s", before)
    subject = re.sub(r"\s+(был[аио]?|будет|будут|were|was|has been|have been|is|are|has|have)\s*$", "", segments[-1].strip())
    if _is_ru(before) or not segments:
        if _RELATIVE.match(subject.strip()) and len(segments) > 1:
            subject = segments[-2]
        return subject
    if _RELATIVE.match(subject.strip()):
        for segment in reversed(segments[:-1]):
            if _is_participle_clause(segment):
                continue  # ", set up with a capital of …," describes the antecedent
            return _en_tail_phrase(segment)
        return ""
    return _en_tail_phrase(subject) if len(subject.split()) > 6 else subject


def _status(low: str, window: tuple[int, int], after: tuple[int, int], status: str, mode: str) -> str | None:
    """Resolve the status of one cue from the words around it; None if a nominal cue has no status."""
    lex = _lex()
    before = low[window[0]:window[1]]
    if lex["announce"].search(before):
        return "announced"
    if mode == "context":
        if lex["progress"].search(low[after[0]:after[1]]) or lex["progress"].search(before):
            return "construction_started"
        return status if lex["witnessed"].search(before) else None
    return status


def _candidates(sentence: Sentence) -> list[tuple[str, str, str, str]]:
    """Return (phrase, status, mode, leading place) candidates of one sentence."""
    low = sentence.low
    text = sentence.text
    hits = _cue_hits(low)
    out = []
    prev_obj_end = 0
    for i, (start, end, status, mode) in enumerate(hits):
        limit = hits[i + 1][0] if i + 1 < len(hits) else len(low)
        prev_end = hits[i - 1][1] if i else 0
        obj = _cut_clause(text[end:limit])
        obj = re.sub(r"(,|\s+и|\s+а также|\s+and|\s+as well as)\s*$", "", obj.rstrip())
        m = re.match(r"^\s*(by|of)\s[^.]{0,60}?\s(is|are)\s+", obj)  # "…being implemented by X is the Y"
        if m:
            obj = obj[m.end():]
        obj, place = _skip_leading_place(obj.strip())
        place = text[prev_obj_end:start] + " " + place
        prev_obj_end = end + len(obj)
        resolved = _status(low, (prev_end, start), (end, limit), status, mode)
        if resolved is None:
            continue
        items = [it for it in _items(obj.strip()) if _head(_NOMINALISATION.sub("", _DETERMINERS.sub("", it)))]
        if not items and mode != "context":
            # passive voice: "Завод был открыт", "The plant was opened", "…, which began operations"
            subject = _subject(text, start)
            items = [it for it in _items(subject) if _head(_NOMINALISATION.sub("", _DETERMINERS.sub("", it)))]
            mode = "passive"
        for item in items:
            out.append((item, resolved, mode, place))
    return out


def _place(phrase: str) -> tuple[str | None, str | None]:
    """Resolve a place phrase to (city_or_region, country_code)."""
    low = lexicon.norm(phrase)
    hits = find_cities(low)
    if hits:
        return hits[-1].key, country_of_city().get(hits[-1].key)
    for name, country, pattern in _lex()["places"]:
        if pattern.search(low):
            return name, country
    if _lex()["border"].search(low):
        return "border", None
    countries = find_countries(low)
    if countries:
        return None, countries[-1].key
    return None, None


def _locative_place(text: str) -> tuple[str | None, str | None]:
    """Return the last town or region named after a locative preposition ("в Бекабаде", "in the Sughd region")."""
    best = (None, None)
    for m in re.finditer(r"(?<!\w)(?:в|во|на|in|at|near)\s+(?:the\s+)?[^\s,]+(?:\s+[^\s,]+)?", _mask_quotes(text),
                         re.IGNORECASE):
        city, country = _place(m.group(0))
        if city not in (None, "border"):
            best = (city, country)
    return best


def _clean_name(item: str) -> tuple[str, str]:
    """Strip determiners, price and trailing place; return (name, place phrase)."""
    name = _NOMINALISATION.sub("", _DETERMINERS.sub("", item.strip())).strip(" ,")
    name = _DETERMINERS.sub("", name)
    # the price, size or capital belongs to the amount, not to the project's name
    cut = _lex()["cuts"].search(lexicon.norm(name))
    if cut:
        name = name[:cut.start()]
    if not _is_ru(name):
        # an -ing clause after the head ("… link connecting A with B") describes the project
        words = list(re.finditer(r"[\w'-]+", name))
        head_seen = False
        for w in words:
            token = lexicon.norm(w.group(0))
            if token in _lex()["heads_en"]:
                head_seen = True
            elif head_seen and token.endswith("ing") and len(token) > 5:
                name = name[:w.start()]
                break
    place = ""
    m = re.search(r"\s+(?:в|во|на|у|in|at|on|near)\s+((?:the\s+)?(?:port of\s+)?[^\s,]+(?:\s+[^\s,]+){0,2})\s*$", name)
    if m and _place(m.group(0)) != (None, None):
        place = m.group(0).strip()
        if _place(place)[0] not in (None, "border"):
            name = name[:m.start()]  # the town goes to city_or_region; "near the border" stays part of the name
    return name.strip(" ,"), place


def _key(name: str, head: str) -> tuple:
    quoted = _QUOTE.search(name)
    if quoted:
        return (head, lexicon.norm(quoted.group(0)[1:-1]).strip())
    return (head, " ".join(lexicon.lemma(w) for w in re.findall(r"\w+", name)[:6]))


def _confidence(name: str, mode: str, status: str) -> float:
    """Score how sure the mention is: quoted names and explicit verbs are strong, inferred subjects weak."""
    score = 0.6
    if _QUOTE.search(name) or re.search(r"\b[A-ZА-ЯЁ][\w-]+[- ][A-ZА-ЯЁ]", name):
        score += 0.15
    if mode == "verb":
        score += 0.1
    elif mode == "passive":
        score -= 0.05
    if status == "unknown":
        score -= 0.1
    return round(min(score, 0.95), 2)


def _respective_places(sentence: Sentence) -> list[str]:
    """Return the places a "the first in X, the second in Y" clause gives to the items of a list, in order."""
    places = []
    for ru, en in _lex()["ordinals"]:
        m = re.search(rf"(?<!\w)(?:{ru}\w*|(?:the )?{en})(?!\w)[^,;.]*?\s((?:в|во|in)\s[^,;.]+)", sentence.low)
        if not m:
            break
        places.append(m.group(1))
    return places if len(places) >= 2 else []


_FUNCTION_WORDS = {"по", "в", "во", "на", "и", "с", "для", "между", "of", "the", "a", "an", "in", "on", "at", "for",
                   "and", "with", "between", "along", "under"}


def _content(name: str, head: str) -> set[str]:
    words = {lexicon.lemma(w) for w in re.findall(r"[\w-]+", _QUOTE.sub(" ", name))}
    return words - _FUNCTION_WORDS - {head}


def _same(a: Project, b: Project) -> bool:
    """Tell whether two mentions in one article name one project (lead and body often word it differently)."""
    if a.key == b.key:
        return True
    if a.head != b.head:
        return False
    qa, qb = _QUOTE.search(a.name), _QUOTE.search(b.name)
    if qa and qb:
        return False
    ca, cb = _content(a.name, a.head), _content(b.name, b.head)
    if not ca or not cb:
        return False
    return len(ca & cb) / min(len(ca), len(cb)) >= 0.6


def find_projects(sentences: list[Sentence]) -> list[Project]:
    """Find projects in all sentences, one row per distinct project."""
    found: dict[tuple, Project] = {}
    lex = _lex()
    for sentence in sentences:
        respective = _respective_places(sentence)
        listed = 0
        for item, status, mode, lead_place in _candidates(sentence):
            name, place = _clean_name(item)
            head = _head(name)
            if not head or len(name) < 4:
                continue
            city, country = _place(place) if place else (None, None)
            if respective and _QUOTE.search(name) and listed < len(respective):
                city, country = _place(respective[listed])
                listed += 1
            if city is None and country is None and mode == "passive":
                city, country = _place(_mask_quotes(sentence.text[sentence.text.find(name) + len(name):])[:60]
                                       if name in sentence.text else "")
            if city is None and country is None:
                # "В Бекабаде … введен в эксплуатацию завод": the place stands before the cue
                city, country = _locative_place(lead_place)
            quoted = _QUOTE.search(name)
            start = sentence.text.find(name)
            if start < 0 and quoted:
                start = sentence.text.find(quoted.group(0))
            project = Project(name, status, city, country, sentence, _key(name, head), head=head,
                              start=max(start, 0), end=(start + len(name)) if start >= 0 else 0,
                              at_meeting=not lex["background"].search(sentence.low),
                              confidence=_confidence(name, mode, status))
            held_key = next((k for k, p in found.items() if _same(p, project)), None)
            held = found.get(held_key) if held_key else None
            if held is None:
                found[project.key] = project
            elif held.sentence.part != "body" and sentence.part == "body":
                del found[held_key]  # the body words it in full; the title and lead abbreviate
                found[project.key] = project
    return sorted(found.values(), key=lambda p: (p.sentence.index, p.start))


def link_amounts(projects: list[Project], amounts: list) -> dict[int, int]:
    """Map project positions to the amount that states their cost.

    A cost in the project's own sentence goes to the nearest project named
    before it ("завод … стоимостью $120 млн"); a cost in the next sentence
    ("The project is estimated at $51 million") goes to the last project of the
    previous sentence, unless that sentence names projects of its own.
    """
    links: dict[int, int] = {}
    for a_key, amount in enumerate(amounts):
        if amount.kind != "project_cost":
            continue
        index = amount.sentence.index
        same = [(i, p) for i, p in enumerate(projects) if p.sentence.index == index and i not in links]
        if same:
            before = [(i, p) for i, p in same if p.start <= amount.start]
            i, _ = max(before, key=lambda ip: ip[1].start) if before else min(same, key=lambda ip: ip[1].start)
            links[i] = a_key
            continue
        if any(p.sentence.index == index for p in projects):
            continue
        previous = [(i, p) for i, p in enumerate(projects) if p.sentence.index == index - 1 and i not in links]
        if previous:
            i, _ = max(previous, key=lambda ip: ip[1].start)
            links[i] = a_key
    return links
