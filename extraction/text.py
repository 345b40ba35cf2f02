"""Split article text into sentences the extractors can reason about.

News texts arrive with datelines ("ТАШКЕНТ, 15 ноября — Sputnik."), sentences
glued together by careless HTML-to-text conversion ("партнерства.Особое") and a
title that repeats the body; every extractor works on the same sentence list.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from razdel import sentenize

from . import lexicon
from .lexicon import norm


@dataclass
class Sentence:
    """One sentence with its place in the article."""

    text: str
    index: int
    part: str  # "title", "lead" or "body"
    paragraph: int
    low: str = field(init=False)

    def __post_init__(self) -> None:
        self.low = norm(self.text)


@dataclass
class Dateline:
    """The place and date stamp an agency puts before the first sentence."""

    city: str | None
    raw: str


# A sentence end glued to the next sentence: lower-case letter/digit/quote, a
# full stop and an upper-case letter. Upper case before the dot is left alone
# so initials ("А.С.Пушкина") and "U.S." survive.
# … but not after a Russian initial glued to its surname ("имени Вл.Маяковского")
_GLUED = re.compile(r'(?<![^\w.][А-ЯЁ][а-яё])(?<=[a-zа-яё0-9»"”)\]])([.!?])(?=[A-ZА-ЯЁ«„“])')

_RU_MONTH = r"(?:январ|феврал|март|апрел|ма[йя]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек)\w*\.?"
_EN_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
# "ТАШКЕНТ, 15 ноября — Sputnik." / "Алматы, 27 апреля /Синьхуа/ --" / "ASTANA – " / "TASHKENT, Uzbekistan, August 22." / "XI’AN. KAZINFORM"
_DATELINE = re.compile(
    r"^(?P<city>[A-ZА-ЯЁ][A-Za-zА-ЯЁа-яё'’\- ]{2,30}?)"
    rf"(?:,\s*(?!{_EN_MONTH}\s+\d)[A-ZА-ЯЁ][a-zа-яё]+)?"  # a country after the city, not an abbreviated month
    rf"(?P<date>,\s*(?:\d{{1,2}}\s+{_RU_MONTH}|{_EN_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_EN_MONTH})(?:,?\s*\d{{4}})?)?"
    # "TASHKENT, May 3 (Xinhua) --", "BISHKEK (AKIpress) -": the agency in brackets before the dash;
    # "Ашхабад, 4 июля (ТДХ).": after a date, before a full stop; "DUSHANBE, December 31, 2008, Asia-Plus --": after
    # a comma, before the dash
    r"(?:\s*(?P<lead>\([A-ZА-ЯЁ][\w.\- ]{1,30}\))(?=\s*[—–-])|(?<=\w)\s*(?P<bracket>\([A-ZА-ЯЁ][\w.\- ]{1,30}\))(?=\.\s)"
    r"|(?<=\d),\s*(?P<named>[A-ZА-ЯЁ][\w.-]+(?: [A-ZА-ЯЁ][\w.-]+)?)(?=\s*[—–-]))?"
    r"\s*(?:(?P<agency>/[A-ZА-ЯЁ][\w ]{1,30}/\s*[—–-]+)|[—–-]+\s*(?P<signed>[A-Za-zА-ЯЁа-яё.-]+(?:\s[A-Za-zА-ЯЁа-яё-]+)?\.)?"
    r"|\.(?:\s*[A-Z]{3,}\b\.?)?|(?P<alone>$))\s*"
)


def fix_glued(text: str) -> str:
    """Insert the missing space in sentences glued together at a full stop."""
    return _GLUED.sub(r"\1 ", text)


def split_dateline(paragraph: str) -> tuple[Dateline | None, str]:
    """Cut an agency dateline off the start of a paragraph.

    Only a dateline whose place is a known city is cut, so an ordinary sentence
    starting with an upper-case abbreviation is left intact.
    """
    match = _DATELINE.match(paragraph)
    if not match:
        return None, paragraph
    raw_city = match.group("city").strip()
    # "Алматы, 27 апреля /Синьхуа/ --", "Tashkent, May 3 (UzDaily) --", "Бишкек, 20 мая — Kabar.": a date with an
    # agency (between slashes, in brackets or named after the dash) marks a dateline in any case
    agency = match.group("bracket") or match.group("lead") or match.group("named") \
        or (match.group("signed") or "")[:1].isupper()
    # "Baku, Azerbaijan, Sept. 6" as a paragraph of its own (Trend's style) is a dateline too
    alone = match.group("alone") is not None and bool(match.group("date"))
    if (raw_city != raw_city.upper() and not match.group("agency") and not (agency and match.group("date")) and not alone) \
            or len(raw_city) < 3:
        return None, paragraph
    from .entities import city_from_name

    city = city_from_name(raw_city)
    if city is None:
        return None, paragraph
    return Dateline(city=city, raw=match.group(0).strip()), paragraph[match.end():]


def paragraphs(article: dict) -> list[tuple[str, str]]:
    """Return (part, paragraph) pairs: title first, then lead, then body.

    A page that repeats its headline or standfirst atop the body says it once: the repeat
    would read the headline's short wording as a second mention told in the body.
    """
    out: list[tuple[str, str]] = []
    for part in ("title", "lead"):
        value = (article.get(part) or "").strip()
        if value:
            out.append((part, value))
    told = {_wording(value) for _, value in out}
    body: list[str] = []
    for para in re.split(r"\n\s*\n", _without_cut_word(article.get("body") or "")):
        para = para.strip()
        if body and para[:1].islower() and not (_SENTENCE_END.search(body[-1]) or _LIST_OPENS.search(body[-1])):
            # "В их числе\n\nкожевенный завод,\n\nзавод по производству желатина": a sentence broken over lines
            body[-1] = f"{body[-1]} {para}"
        elif para:
            body.append(para)
    # a line above the headline's repeat that ends no sentence is the page's header: navigation, tags, a news
    # ticker, exchange rates ("Ильхам Алиев Путь к Победе Бюджетный пакет", "443.35"), none of it this article's
    # news (a standfirst set above the headline ends as a sentence does, and stays)
    repeat = next((k for k, para in enumerate(body[:_HEADER_PARAGRAPHS]) if _wording(para) in told), 0)
    out += [("body", para) for k, para in enumerate(body)
            if _wording(para) not in told and (k >= repeat or _SENTENCE_END.search(para))]
    return out


_SENTENCE_END = re.compile(r"[.!?…»\"”)]\s*$")
# A line ending in a colon or semicolon opens or continues a list; the lower-case line after it is its next item
_LIST_OPENS = re.compile(r"[:;]\s*$")


# How far down the body a page's header may reach before the headline is repeated
_HEADER_PARAGRAPHS = 8


# The last word of a text that stops without punctuation, and the marks a cut can leave before it.
_LAST_WORD = re.compile(r"[\s«\"“(—–-]*\b([^\W\d_][\w-]*)$")


def _without_cut_word(body: str) -> str:
    """Drop the word a body cut short in the middle ends on ("… президент Таджикистана Эмомали Рахмо").

    Excerpts stop at a length, not at a full stop; read whole, the stub would be a surname, a place or a
    name's last word of its own. A last word is whole when the article writes it elsewhere or, in Russian,
    when the dictionary knows it ("… на сумму 750 млн долларов").
    """
    body = body.rstrip()
    last = _LAST_WORD.search(body)
    if last is None:
        return body
    word = last.group(1)
    elsewhere = re.search(rf"(?<!\w){re.escape(word)}(?!\w)", body[:last.start(1)], re.IGNORECASE)
    # a stub of one or two letters ("… много ле") is no whole last word even where the dictionary knows one like it
    known = len(word) > 2 and re.match(r"[а-яё-]+$", word.lower()) and lexicon.parses(norm(word))[0].is_known
    return body if elsewhere or known else body[:last.start()]


def _wording(text: str) -> str:
    """Return a text's words alone, lower-cased, so a repeat compares equal whatever its punctuation."""
    return " ".join(re.findall(r"\w+", text.lower()))


# A currency code written before its number, as agencies and banks write prices.
_CURRENCY_CODE = re.compile(r"(?<![\w$])(US\$|USD|EUR|GBP)\s?(?=\d)")
_CURRENCY_SIGN = {"US$": "$", "USD": "$", "EUR": "€", "GBP": "£"}


# "ж/д линии", "ж/д вокзала": the railway adjective abbreviated before its noun
_RAIL_ABBREVIATION = re.compile(r"(?<!\w)([жЖ])\s?/\s?[дД](?=\s+([А-Яа-яЁё]+))")


def _railway_adjective(m: re.Match) -> str:
    """Spell out "ж/д" as "железнодорожный" in the case, number and gender of the noun after it."""
    noun = lexicon.parse(norm(m.group(2)))
    grammemes = {noun.tag.case or "nomn", noun.tag.gender or "masc" if noun.tag.number != "plur" else "plur"}
    form = lexicon.parse("железнодорожный").inflect(grammemes)
    word = form.word if form else "железнодорожный"
    return word.capitalize() if m.group(1).isupper() else word


def clean(text: str) -> str:
    """Normalise spaces, apostrophes, dashes, currency codes and "ж/д" so patterns see one spelling.

    A hyphen or an en dash between spaces is the dash ("…электростанцию», - сообщили", "Ташкент – Бишкек"),
    written one way; a code before a number is its sign ("USD 89 million" is "$89 million"); "ж/д линии" is
    "железнодорожной линии", so the noun and its adjective are read as written in full.
    """
    text = text.replace("\u00a0", " ").replace("\u202f", " ").replace("’", "'")
    text = _CURRENCY_CODE.sub(lambda m: _CURRENCY_SIGN[m.group(1)], text)
    text = _RAIL_ABBREVIATION.sub(_railway_adjective, text)
    text = _GLUED_CLOCK.sub(" ", text)
    return re.sub(r"(?<=\S) [-–—] (?=\S)", " — ", re.sub(r"[ \t]+", " ", text))


# A news ticker's time glued to the next headline ("10 Марта 2026 г., 02:37В Музее …")
_GLUED_CLOCK = re.compile(r"(?<=(?<![\d:])\d\d:\d\d)(?=[A-ZА-ЯЁ])")


# razdel ends a sentence at "Aug." in "on Aug. 14", the usual English press style
_MONTH_ABBR_END = re.compile(r"(?<!\w)(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")


# A title never ends a sentence ("Gen. Smith"); a company suffix or a short form does only when a capital follows
# that is not another suffix or a unit ("China Energy Co. Ltd. will build …", "approx. 500 MW", "100 млн долл. США",
# "1,5 тыс. МВт").
_TITLE_ABBR_END = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Dr|Prof|Gen|Col|Lt|Maj|Capt|Sen|Gov|Rep|Amb|St)\.$")
_SHORT_FORM_END = re.compile(r"(?<!\w)(?:" + lexicon.legal_forms() + r"|Bros|No|Nos|approx|est|vs|incl|долл|руб|тыс)\.$",
                             re.IGNORECASE)
# A Russian initial ("имени Вл.Маяковского", "А. Иванов"): the surname after it goes on the sentence
_INITIAL_END = re.compile(r"(?<![\w.])[А-ЯЁ][а-яё]?\.$")
# What may follow a short form inside one sentence
_CONTINUATION = re.compile(r"^(?:[a-zа-яё\d(«\"“,]|(?:" + lexicon.legal_forms() + r"|США|[кМГ]Вт)(?!\w))")


def _join_abbreviations(parts: list[str]) -> list[str]:
    """Glue a piece that ends in an abbreviation back to the words it abbreviates for.

    The sentence splitter reads the dot of "Jan.", "Gen." or "Co." as a full
    stop, which would cut a date, a name or a company in two.
    """
    out: list[str] = []
    for text in parts:
        if out and (_MONTH_ABBR_END.search(out[-1]) and re.match(r"\d", text) or _TITLE_ABBR_END.search(out[-1])
                    or _SHORT_FORM_END.search(out[-1]) and _CONTINUATION.match(text)
                    or _INITIAL_END.search(out[-1]) and re.match(r"[А-ЯЁ][а-яё]", text)):
            out[-1] = f"{out[-1]} {text}"
        else:
            out.append(text)
    return out


# A list run into one paragraph ("проектов: • X; • Y"): each bullet starts a line of its own, as the page's list did.
_INLINE_BULLET = re.compile(r"\n|(?<=[:;,])\s+(?=[•▪●►]\s)")


# The small words a headline in Title Case capitalises too ("Kazakhstan To Build New Plants And Energy Facilities In
# Its Regions"); read as capitals they would join the words around them into one proper name.
_TITLE_CASE_SMALL = re.compile(r"(?<=\s)(?:And|Or|Of|In|On|At|To|For|With|By|From|Into|As|Over|The|A|An|Its|Their)(?=\s)")


def sentence_case(title: str) -> str:
    """Write a headline set in Title Case or in capitals as a sentence is written, so only names keep capitals.

    A headline is in Title Case when every word of two letters or more opens with a capital or a digit: its
    small words are lowered. One set in capitals throughout says nothing of which words are names, so it is
    read in lower case.
    """
    if len(title.split()) >= 3 and re.sub(r"[\W\d_]", "", title).isupper():
        return title[:1] + title[1:].lower()
    words = re.findall(r"[^\W_]{2,}", title)
    if len(words) < 4 or not all(w[0].isupper() or w[0].isdigit() for w in words):
        return title
    return _TITLE_CASE_SMALL.sub(lambda m: m.group(0).lower(), title)


@functools.cache
def _furniture() -> re.Pattern:
    """Return the pattern of a line of page furniture ("Читайте также: …", a photo credit)."""
    return re.compile(lexicon.load_yaml("text")["page_furniture"])


@functools.cache
def _related_heading() -> re.Pattern:
    """Return the pattern of a heading over links to other stories ("Материалы по теме"), which ends the article."""
    return re.compile(lexicon.load_yaml("text")["related_heading"])


def split_article(article: dict) -> tuple[list[Sentence], list[Dateline]]:
    """Split an article into sentences and collect its datelines.

    A line of page furniture left in the text (a link to another story, a photo credit) is no sentence
    of the article: a headline in "Read also: …" would otherwise report another story's meeting or plant;
    nor is any line under a heading of related stories.
    """
    sentences: list[Sentence] = []
    datelines: list[Dateline] = []
    for p_index, (part, para) in enumerate(paragraphs(article)):
        if part == "body" and _related_heading().fullmatch(lexicon.norm(para.strip())):
            break
        para = fix_glued(clean(para if part == "body" else sentence_case(para)))
        dateline, para = split_dateline(para)
        if dateline:
            datelines.append(dateline)
        for line in _INLINE_BULLET.split(para):
            for text in _join_abbreviations([sub.text.strip() for sub in sentenize(line)]):
                sentence = Sentence(text, len(sentences), part, p_index)
                if len(text) > 1 and not _furniture().match(sentence.low):
                    sentences.append(sentence)
    return sentences, datelines


# Re-exported so callers need one import for text helpers.
__all__ = ["Sentence", "Dateline", "split_article", "fix_glued", "split_dateline", "lexicon"]
