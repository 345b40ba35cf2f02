"""The word-start prefilters in front of the gazetteer, person and sector regexes never skip a regex that would match."""
from __future__ import annotations

import dataclasses
import re

import pytest

from extraction import entities, lexicon, meetings, money, projects
from extraction.lexicon import norm
from extraction.prefilter import LiteralIndex, Prefiltered, literal_prefix, required_literals, start_key, word_starts
from extraction.text import split_article
from ingestion.parse import NotAnArticle, parse_page
from tests.conftest import SAMPLES

# Inflected and spaced forms the sample pages may not hold.
EXTRA = ["Шавкатом   Мирзиеевым и Касым-Жомартом Токаевым", "встреча с Садыром Жапаровым и Эмомали Рахмоном",
         "в Бишкеке, Ташкенте и Нур-Султане", "the Kuk   Saroy residence in Tashkent", "узбекско-казахстанского",
         "Сердаром Бердымухамедовым", "сотрудничество в энергетике, газовой отрасли и транспортно-логистической сфере"]


def sample_texts() -> list[str]:
    texts = [norm(t) for t in EXTRA]
    for page in sorted((SAMPLES / "pages").iterdir()):
        try:
            article = parse_page(page.read_bytes(), content_type="text/plain" if page.suffix == ".txt" else None)
        except NotAnArticle:
            continue
        texts += [s.low for s in split_article(dataclasses.asdict(article))[0]]
    return texts


@pytest.fixture(scope="module")
def texts() -> list[str]:
    return sample_texts()


@pytest.mark.parametrize("pattern, prefix", [
    ("торгов", "торгов"), ("labou?r migration", "labo"), (r"газ(а|у|ом)?(?!\w)", "газ"),
    ("(direct |air )flights", ""), ("a|b", ""), ("a(b|c)|d", ""), (r"a\|b", "a"), ("ab[)]|c", ""),
    (r"fib(er|re)[- ]optic", "fib"), (r"сельск\w* (и \w+ )?хозяйств", "сельск"), ("x{2}", ""), ("ab*", "a"),
    ("ab+c", "ab"), ('["«]?зелен', ""), ("ит-", "ит-"),
])
def test_the_literal_prefix_is_what_every_match_starts_with_or_nothing(pattern, prefix):
    assert literal_prefix(pattern) == prefix


def test_word_starts_hold_the_first_letters_of_every_word_and_match_start_keys():
    starts = word_starts("у кук-сарой, «ташкент»")
    assert {"", "у", "к", "ку", "кук", "с", "са", "сар", "т", "та", "таш"} <= starts and "ук" not in starts
    assert start_key("кук сарой") == "кук" and start_key("ош") == "ош" and start_key("«") == "" and start_key("") == ""


@pytest.mark.parametrize("index", [entities._country_index, entities._city_index, entities._person_index],
                         ids=["countries", "cities", "persons"])
def test_every_pattern_that_matches_a_text_is_among_its_candidates(index, texts):
    matched = 0
    for low in texts:
        candidates = index().candidates(low)
        for item in index():
            pattern = item[-1]
            if pattern.search(low):
                matched += 1
                assert item in candidates, (pattern.pattern, low)
    assert matched > 20


def test_every_sector_term_match_starts_a_word_with_its_key(texts):
    terms = [t for spec in lexicon.load_yaml("sectors")["sectors"].values() for t in spec.get("terms", [])]
    for term in terms:
        pattern, key = re.compile(rf"(?<!\w)(?:{term})"), start_key(literal_prefix(term))
        for low in texts:
            for m in pattern.finditer(low):
                assert m.group(0).startswith(literal_prefix(term)) and key in word_starts(low), (term, m.group(0))


@pytest.mark.parametrize("pattern, literals", [
    ("abc", ("abc",)), ("ab?c", ("a",)), (r"(?<!\w)(построен|достроен)[аоы]?(?!\w)", ("достроен", "построен")),
    (r"(?<!будет )x", ("x",)), ("(a|)b", ("b",)), ("(a|b)?", None), (r"\w+", None), ("(?i)abc", None),
    ("(?i:abc)", None), ("(?:ab){2}cd", ("ab",)), ("x|yz", ("x", "yz")), ("x|.", None),
    (r"(?<!\w)грант\w*|(?=abc)d", ("d", "грант")), ("a(?=bcd)e", ("a",)),
])
def test_required_literals_are_consumed_by_every_match_or_unknown(pattern, literals):
    assert required_literals(pattern) == literals


def prefiltered_patterns(value) -> list[Prefiltered]:
    """Every Prefiltered pattern inside a lexicon table (dicts, lists and tuples of them)."""
    if isinstance(value, Prefiltered):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, (list, tuple)):
        return [p for item in value for p in prefiltered_patterns(item)]
    if hasattr(value, "cues"):
        return prefiltered_patterns(value.cues)
    return []


def test_every_prefiltered_match_holds_one_of_its_required_literals(texts):
    patterns = prefiltered_patterns([projects._lex(), money._grammar(), meetings._lex(), entities._title_text()])
    assert len(patterns) > 100
    matched = 0
    for pattern in patterns:
        for low in texts:
            for m in pattern.regex.finditer(low):
                matched += bool(m.group(0))
                assert pattern.needles is None or any(n in m.group(0) for n in pattern.needles), (pattern.pattern, m)
    assert matched > 100


def test_a_literal_index_hands_out_in_order_every_pattern_a_text_may_match():
    patterns = [Prefiltered(re.compile(p)) for p in (r"построен\w*", r"[а-яё]+", "launch|open", r"(?<!\w)строительств")]
    index = LiteralIndex((k, p) for k, p in enumerate(patterns))
    # the second pattern needs no literal it can be ruled out by, so every text gets it
    assert index.candidates("завод построен и начато строительство") == [0, 1, 3]
    assert index.candidates("the plant will open") == [1, 2]
    assert index.candidates("") == [1]


@pytest.mark.parametrize("index, of_item", [
    (lambda: projects._lex()["cue_index"], lambda item: item[3]),
    (lambda: money._grammar()["cue_index"], lambda item: item[2]),
], ids=["project cues", "amount cues"])
def test_every_cue_a_text_matches_is_among_the_literal_index_candidates(index, of_item, texts):
    matched = 0
    for low in texts:
        candidates = index().candidates(low)
        for item in index():
            if of_item(item).search(low):
                matched += 1
                assert item in candidates, (of_item(item).pattern, low)
    assert matched > 20

