"""Extract money amounts with currency, kind and approximation flag.

Amounts in the region's news mix notations ("$1,3 млрд", "1,2 млрд долларов",
"CNY 1.5bn", "22.8 billion tenge ($51 million)", "от 2 до 3 млрд долларов"); a
single grammar over numbers, multipliers and currency words covers them, and
the kind cue nearest to the number (``lexicons/money.yaml``) decides what the
amount measures, so two amounts in one sentence get their own kinds.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from . import lexicon
from .dates import years_in
from .prefilter import LiteralIndex, Prefiltered
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
    confidence: float = 0.5
    is_umbrella: bool = False


# Kinds that can be parts of an investment package total.
COMPONENT_KINDS = {"project_cost", "loan", "grant", "fund", "investment_package", "investment_volume"}

# a Russian case ending may follow a whole number ("около 2-х миллиардов", "5-ти млрд")
# and two separators of thousands mark thousands whatever the language ("$2,500,000", "5.000.000 евро")
_NUMBER = (r"\d+-(?:х|ти|ми|ух|ех)(?![а-я])|\d{1,3}(?:[ ]\d{3})+(?:[.,]\d+)?|\d{1,3}(?:,\d{3}){2,}(?:\.\d+)?"
           r"|\d{1,3}(?:\.\d{3}){2,}(?:,\d+)?|\d+(?:[.,]\d+)?")
# a multiplier word: the larger unit of a figure in two units ("1 млрд 200 млн долларов"), a bare figure ("5 bn")
_BIG_MULT = r"трлн|млрд|млн|триллион\w*|миллиард\w*|миллион\w*|trillion|billion|million|trln|bln|mlrd|bn|mln|mn"
# how far a headline's rounded figure may stray from the body's exact one
_ROUNDING = 0.05
_RANGE_GAP = re.compile(r"\s*(?:to|до|and|и|или|or|[-–—])\s*")
_DASH = r"\s?[-–—]\s?"
# Clause boundaries: a cue or year beyond them belongs to another statement; so does the
# attribution after a closing quote ("…$2 billion," the Minister of Investment said / «…», — сказал), and so does
# an unquoted one (", the fund said", ", according to the bank"): its speaker is no cue of the amount.
_CLAUSE_BREAK = re.compile(r";|\s+а также\s|,\s+(?:а|но|однако|и|while|whereas|but|and)\s|,\s*[”»\"]|[”»\"]\s*,\s*[—–-]"
                           r"|,\s+(?=according\s+to\s|(?:the\s+|its\s+|a\s+)?(?:[\w'’-]+\s+){0,5}?"
                           r"(?:" + lexicon.attribution_verbs() + r")(?:\s+(?:on|in|at|to|that)(?!\w)|\s*[.,]|\s*$))")
_RESTATED = re.compile(r"\s*[(\[]\s*(?:или\s+|or\s+|about\s+|около\s+|примерно\s+|≈\s*|~\s*)?")
_COMMA = re.compile(r",(?=\s)")  # not the decimal comma of "1,3 млрд"
# A phrase that makes the noun after it the figure's head: "€3 million in the form of a grant", "$5 million as a loan",
# "a $350 million International Development Association (IDA) grant" (a body named with its abbreviation modifies it)
_LINKED_HEAD = r"\s*(?:в виде|в качестве|in the form of|as)\s+(?:an?\s+)?|\s*(?:[\w-]+\s+){1,4}\([\w-]+\)\s+"
# "$30 million in grant financing", "$50 million in loans": after "in", the kind of money names what the sum is
_IN_KIND = re.compile(r"\s*in\s+(?:(?:grant|loan|credit|concessional|soft)\w*\s+(?:financing|funding|funds|resources|assistance)"
                      r"|grants?|loans?|credits?)(?!\w)")
# a preposition starts a purpose ("500 млн юаней на социальные проекты"), not a head
# a source ("from the budget") is none either, and a conjunction starts another phrase ("кредит на $300 млн и грант на $20 млн")
# "50 млн долларов в виде гранта", "$5 million in the form of a grant": the phrase names what the money is
_HEAD_GAP = re.compile(r"\s*(?:(?!(?:на|для|в|во|for|to|into|on|из|от|from|и|а|или|and|or)\s)[\w-]+\s+){0,2}|" + _LINKED_HEAD)
# where the next phrase starts: a comma or a conjunction
_NEXT_PHRASE = re.compile(r",(?=\s)|\s(?:и|а|или|and|or)\s")
_IN = re.compile(r"\s*in\s")
# what separates a head noun from its complement: a space, or " of (the|a) "
# a function word opens a cue that is no noun ("a grant for the construction of …"); "funds" is plain money
_NOT_A_HEAD = re.compile(r"(?:funds|financing|funding|assistance|support|for|in|into|of|on|to|with|from|by|at|and|or|worth|"
                         r"valued|totall?ing)(?!\w)")
_LAST_RU_WORD = re.compile(r"[а-я]+$")
_RU_WORD = re.compile(r"[а-я]+")
_COMPLEMENT_GAP = re.compile(r"(?<=\w)(?:(?P<of>\s+of\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?)|\s)$")
_PURPOSE = re.compile(r"\s*(?:на|для|в|во|for|to|into|in|on)\s")
# A bracketed restatement right after an amount ("500 billion tenge ($1 billion)").
_PAREN_AFTER = re.compile(r"\s*\([^()]*\)")
# An amount opening a parenthesis annotates the noun before it ("the cluster ($140 million, signed)").
_OPENS_PAREN = re.compile(r"\(\s*(?:[\w-]+\s+){0,2}$")
_LAST_YEAR = re.compile(r"(?<!\w)(в прошлом году|прошлого года|за прошлый год|в минувшем году|last year|previous year|the year before)(?!\w)")
# A verb of change before "from X to Y" makes the pair a start and an end, not a range.
_CHANGE_BEFORE = re.compile(r"(increas|rose|rise|grew|grow|climb|jump|fell|fall|declin|drop|rais|вырос|выраст|увелич|сократ|сниз|упал|поднял)\w*(\s+\S+){0,6}\s*$")


@dataclass
class _Rule:
    kind: str
    cues: list[tuple[re.Pattern, float, bool]]  # pattern, penalty, anchored at the amount
    requires: re.Pattern | None
    not_at: re.Pattern | None = None  # a cue word this matches at is another role of the word
    not_after: re.Pattern | None = None  # … and so is one this matches right before
    giving: re.Pattern | None = None  # a cue word this matches at gives money, unless it heads the amount


@functools.cache
def _grammar() -> dict:
    lex = lexicon.load_yaml("money")
    words = sorted(lex["number_words"], key=len, reverse=True)
    word_num = "|".join(re.escape(w) for w in words)
    mult = "|".join(f"(?:{m['pattern']})" for m in lex["multipliers"])
    pre = "|".join(f"(?:{c['pattern']})" for c in lex["currency_prefixes"])
    cur = "|".join(f"(?:{c['pattern']})" for c in lex["currency_words"])
    n = _NUMBER
    # a number written as a word only counts before a full multiplier word ("одного миллиарда")
    # tens before units add up ("twenty-five million", "двадцать пять миллионов")
    tens = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|двадцать|тридцать|сорок|пятьдесят|шестьдесят|семьдесят|восемьдесят|девяносто"
    word_amount = (rf"(?:(?:(?P<wtens>{tens})[\s-]+(?=(?:{word_num})[\s-]))?(?P<wnum>{word_num})[\s-]+)?"
                   rf"(?P<wmult>полу?миллиард\w*|полу?миллион\w*|миллиард\w*|миллион\w*|триллион\w*|billion|million|trillion)")
    prefix_form = (rf"(?P<pre>{pre})\s?(?:(?P<lo1>{n})(?:\s?(?P<lomult1>{mult})\.?(?!\w))?{_DASH}(?:{pre})?\s?)?"
                   rf"(?P<num>{n})(?:[\s-]?(?P<mult1>{mult})\.?(?!\w)"
                   rf"(?:\s(?P<small1>\d{{1,3}})\s?(?P<smallmult1>{mult})\.?(?!\w))?)?")
    suffix_form = (rf"(?:(?P<lo2>{n})(?:\s?(?P<lomult2>{mult})\.?(?!\w))?{_DASH}"
                   rf"|(?P<big2>{n})\s?(?P<bigmult2>{_BIG_MULT}|тыс|тысяч\w*)\.?\s(?=\d))?"
                   rf"(?P<num2>{n})(?:[\s-]?(?P<mult2>{mult})\.?(?!\w)[\s-]?|\s)?(?P<cur>{cur})")
    word_form = rf"(?<!\d\s)(?<![\d\w]){word_amount}[\s-]+(?P<cur2>{cur})"
    # "от 2 до …", "between $2bn and …": the first end of a range, read leftwards from the second
    range_left = (rf"(?<![\w.,])(?P<kw>от|from|between|между)\s+(?P<pre>{pre})?\s?(?P<num>{n})"
                  rf"(?:\s?(?P<mult>{mult})\.?(?!\w))?(?:\s?(?P<cur>{cur}))?\s+(?P<sep>до|to|and|и)\s+$")
    rules = []
    for rule in lex["kinds"]:
        cues = []
        for cue in rule["cues"]:
            pattern, penalty = (cue["pattern"], float(cue.get("penalty", 0))) if isinstance(cue, dict) else (cue, 0.0)
            cues.append((Prefiltered(re.compile(pattern)), penalty, pattern.endswith("$")))
        requires = re.compile(rule["requires"]) if rule.get("requires") else None
        not_at, not_after, giving = (re.compile(rule[k]) if rule.get(k) else None
                                     for k in ("not_at", "not_after", "giving"))
        rules.append(_Rule(rule["kind"], cues, requires, not_at, not_after, giving))
    return {
        "re": re.compile(rf"(?<![\w.,])(?:{prefix_form}|{suffix_form}|{word_form})"),
        "range_left": re.compile(range_left),
        "bare": re.compile(rf"(?<![\w.,$€£¥₽₸-])(?P<num>{n})\s?(?P<mult>{_BIG_MULT})\.?(?![\w-])"),
        "bare_counts": re.compile(lex["bare_figure_counts"]),
        "bare_in_dollars": re.compile(lex["bare_figure_in_dollars"]),
        "carried_cue": re.compile(lex["carried_currency_cue"]),
        "lex": lex,
        "rules": rules,
        "cue_index": LiteralIndex(((order, rule, pattern.regex, penalty, anchored), pattern)
                                  for order, rule in enumerate(rules) for pattern, penalty, anchored in rule.cues),
        "mult": [(re.compile(rf"(?:{m['pattern']})$"), float(m["value"])) for m in lex["multipliers"]],
        "pre": [(re.compile(rf"(?:{c['pattern']})$"), c["code"]) for c in lex["currency_prefixes"]],
        "cur": [(re.compile(rf"(?:{c['pattern']})"), c["code"]) for c in lex["currency_words"]],
        "approx": re.compile(r"(?<!\w)(?:" + "|".join(lex["approximate_before"]) + r")\s*(?:чем\s*)?[(\[]?\s*$"),
        "approx_not": re.compile(lex["approximate_not_after"]),
        "rate_after": re.compile(lex["exchange_rate_after"]),
        "rate_before": re.compile(lex["exchange_rate_before"]),
        "per_unit": re.compile(lex["per_unit_after"]),
        "per_period": re.compile(lex["per_period_after"]),
        "anaphora": re.compile(lex["anaphora"]),
        "modifier": re.compile(lex["modifier_before_cue"]),
        "modifier_penalty": float(lex.get("modifier_penalty", 25)),
        "complement_penalty": float(lex.get("complement_penalty", 15)),
        "relative": re.compile(lex["relative_clause"]),
        "difference": re.compile(lex["difference_after"]),
        "counted_aside": re.compile(lex["counted_aside_after"]),
        "coordinated": re.compile(lex["coordinated_gap"]),
        "spend_verb": re.compile(lex["spend_verb"]),
        "one_deal": re.compile(lex["one_deal_before"]),
        "one_facility": re.compile(lex["one_facility_after"]),
        "lender_gives_before": re.compile(lex["lender_gives_before"]),
        "lender_gives_after": re.compile(lex["lender_gives_after"]),
        "lender_overrides": set(lex["lender_overrides"]),
        "priced_head_after": re.compile(lex["priced_head_after"]),
        "priced_before": re.compile(lex["priced_before"]),
        "agreed_after": re.compile(lex["agreed_after"]),
        "agreed_before": re.compile(lex["agreed_before"]),
        "invested_in_one_after": re.compile(lex["invested_in_one_after"]),
        "invested_in_several_after": re.compile(lex["invested_in_several_after"]),
        "invest_to_come_before": re.compile(lex["invest_to_come_before"]),
        "new_capacity_after": re.compile(lex["new_capacity_after"]),
        "bare_investment": re.compile(lex["bare_investment"]),
        "previous_set": re.compile(lex["previous_set"]),
        "bare_deal": re.compile(lex["bare_deal"]),
        "objectless_investment_after": re.compile(lex["objectless_investment_after"]),
        "objectless_undertaking": re.compile(lex["objectless_undertaking"]),
        "previous_loan": re.compile(lex["previous_loan"]),
        "the_sum_before": re.compile(lex["the_sum_before"]),
        "the_sum_after": re.compile(lex["the_sum_after"]),
        "previous_one": re.compile(lex["previous_one"]),
        "one_of_a_list": re.compile(f"(?:{lex['previous_one']}){lex['listed_after_one']}(?:{lex['previous_one']})"),
        "ambiguous": [{**a, "qualified": re.compile(a["qualified"]), "home": re.compile(a["home"]),
                       "alternative_home": re.compile(a["alternative_home"])} for a in lex.get("ambiguous_currency", [])],
    }


def _multiplier(token: str | None) -> float:
    if not token:
        return 1.0
    token = token.rstrip(".")
    for pattern, value in _grammar()["mult"]:
        if pattern.match(token):
            return value
    return 1.0


def _currency(token: str, table, low: str | None = None, at: int = 0) -> str | None:
    """Name the currency of a sign, code or word; read in its sentence, a word may look at the unit before it."""
    token = token.strip()
    for pattern, code in table:
        if pattern.match(low, at) if low is not None else pattern.match(token):
            return token.upper().replace("RMB", "CNY") if code == "CODE" else code
    return None


def _smaller_part(raw: str | None, unit: str | None, mult: str | None, language: str, larger: bool = False) -> float:
    """Return the other part of a figure written in two units, or 0 if the units do not step down.

    "1 млрд 200 млн" is one sum; "$5 billion 10 million" with the units rising is two things.
    """
    if not raw or not unit:
        return 0.0
    other, own = _multiplier(unit), _multiplier(mult)
    if (other > own) if larger else (other < own):
        return parse_number(raw, True, language) * other
    return 0.0


def parse_number(raw: str, has_multiplier: bool, language: str) -> float:
    """Parse "1,3", "12 800", "12,845" or "461.9" into a float.

    A comma followed by exactly three digits is a thousands separator in English
    and whenever no multiplier follows; otherwise it is the Russian decimal comma.
    """
    raw = re.sub(r"-[а-я]+$", "", raw.replace(" ", ""))
    if raw.count(",") > 1:
        raw = raw.replace(",", "")
    elif raw.count(".") > 1:
        raw = raw.replace(".", "")
    if re.fullmatch(r"\d{1,3}(,\d{3})+", raw) and (language == "en" or not has_multiplier):
        raw = raw.replace(",", "")
    elif re.fullmatch(r"\d{1,3}(\.\d{3})+", raw) and language == "ru" and not has_multiplier:
        raw = raw.replace(".", "")
    return float(raw.replace(",", "."))


def clause_bounds(low: str, start: int, end: int) -> tuple[int, int]:
    """Return the span of the clause around ``low[start:end]``."""
    left = 0
    for m in _CLAUSE_BREAK.finditer(low, 0, start):
        left = m.end()
    m = _CLAUSE_BREAK.search(low, end)
    return left, m.start() if m else len(low)


@dataclass
class _Match:
    """A raw amount before its kind is known."""

    value: float
    currency: str
    start: int
    end: int
    approx: bool
    is_range: bool = False
    unit: str | None = None  # the multiplier word, if the figure had one


# "до 30$ млрд": a sign written between the figure and its multiplier, read as "30 млрд$"
_SIGN_BEFORE_MULTIPLIER = re.compile(rf"(?<=\d)([$€£¥₽₸])(\s?)({_BIG_MULT})(?!\w)")


_CODE_AFTER = re.compile(r"\s*[a-z]{3}")


def _matches(low: str, language: str) -> list[_Match]:
    """Read every amount of one sentence, ranges as two matches."""
    g = _grammar()
    out: list[_Match] = []
    low = _SIGN_BEFORE_MULTIPLIER.sub(r"\2\3\1", low)  # same length: offsets still point into the sentence
    for m in g["re"].finditer(low):
        rate = g["rate_after"].search(low[m.end():])
        if rate and low[m.end() - 1].isalpha() and _CODE_AFTER.fullmatch(rate.group(0)):
            rate = None  # "$20 million USD" restates the currency; "USD 503.12 KZT" (a bare figure) is a ticker
        if rate or g["rate_before"].search(low[:m.start()]) or g["per_unit"].search(low[m.end():]):
            continue
        lo = lo_mult = None
        if m.group("pre"):
            currency = _currency(m.group("pre"), g["pre"])
            mult = m.group("mult1")
            value = parse_number(m.group("num"), bool(mult), language) * _multiplier(mult)
            value += _smaller_part(m.group("small1"), m.group("smallmult1"), mult, language)
            lo, lo_mult = m.group("lo1"), m.group("lomult1") or mult
        elif m.group("cur"):
            currency = _currency(m.group("cur"), g["cur"], low, m.start("cur"))
            mult = m.group("mult2")
            value = parse_number(m.group("num2"), bool(mult), language) * _multiplier(mult)
            value += _smaller_part(m.group("big2"), m.group("bigmult2"), mult, language, larger=True)
            lo, lo_mult = m.group("lo2"), m.group("lomult2") or mult
        else:
            currency = _currency(m.group("cur2"), g["cur"], low, m.start("cur2"))
            words = g["lex"]["number_words"]
            if not m.group("wnum") and re.search(r"(ов|ами|ах|s)$", m.group("wmult")):
                continue  # "несколько миллиардов долларов", "billions of dollars" name no figure
            base = float(words.get(m.group("wnum"), 1)) if m.group("wnum") else 1.0
            base += float(words[m.group("wtens")]) if m.group("wtens") else 0.0
            value = base * _multiplier(m.group("wmult"))
        if not currency or value <= 0 or (value < 1e6 and g["per_period"].search(low[m.end():])):
            continue
        left = low[max(0, m.start() - 60):m.start()]
        approx = bool(g["approx"].search(left)) and not g["approx_not"].search(left)
        lo_value = parse_number(lo, bool(lo_mult), language) * _multiplier(lo_mult) if lo else None
        # a range rises ("2–3 млрд"); "2023 — 500 млн" is a year and an amount
        if lo_value is not None and lo_value < value:
            out.append(_Match(lo_value, currency, m.start(), m.end(), True, True))
            out.append(_Match(value, currency, m.start(), m.end(), True, True))
            continue
        unit = m.group("mult1") or m.group("mult2") or m.group("wmult")
        here = _Match(value, currency, m.start(), m.end(), approx, unit=unit)
        first = out[-1] if out else None
        # "от $1 до $1,5 млрд", "$1 to $1.5 billion": the first end takes the second's unit
        if (first is not None and first.unit is None and unit and first.currency == currency
                and _RANGE_GAP.fullmatch(low, first.end, m.start()) and first.value * _multiplier(unit) < value):
            first.value *= _multiplier(unit)
            first.approx = first.is_range = True
            first.end = m.end()
            here.start, here.approx, here.is_range = first.start, True, True
        r = g["range_left"].search(low[:m.start()])
        if r and _is_range(r, low, m, value, language):
            if out and out[-1].start >= r.start():  # "from $2bn to $3bn": the first end is already read
                out[-1].approx = out[-1].is_range = True
                out[-1].end = m.end()
            else:
                r_mult = r.group("mult") or (m.group("mult1") or m.group("mult2") or m.group("wmult"))
                r_value = parse_number(r.group("num"), bool(r_mult), language) * _multiplier(r_mult)
                out.append(_Match(r_value, currency, r.start(), m.end(), True, True))
            # both ends share one span so they share one kind
            here.start, here.approx, here.is_range = out[-1].start, True, True
        out.append(here)
    return _bare_figures(low, language, out) if out else out


def _bare_figures(low: str, language: str, out: list[_Match]) -> list[_Match]:
    """Add figures with a unit but no currency that follow an amount of the sentence, in its currency.

    "600 млн долларов, из которых 200 млн выделит банк" and "$1.2 billion against 900 million a year earlier"
    leave the currency out of the second figure; a noun after it ("1,5 млн тонн") is what it counts instead.
    """
    g = _grammar()
    found = list(out)
    for m in g["bare"].finditer(low):
        if any(o.start <= m.start() < o.end or m.start() <= o.start < m.end() for o in out):
            continue
        before = [o for o in out if o.end <= m.start()]
        if not before or g["bare_counts"].match(low, m.end()) or g["per_unit"].search(low[m.end():]):
            continue
        mult = m.group("mult")
        value = parse_number(m.group("num"), True, language) * _multiplier(mult)
        left = low[max(0, m.start() - 60):m.start()]
        approx = bool(g["approx"].search(left)) and not g["approx_not"].search(left)
        currency = "USD" if g["bare_in_dollars"].search(low, before[-1].end, m.start()) else before[-1].currency
        found.append(_Match(value, currency, m.start(), m.end(), approx))
    return sorted(found, key=lambda o: (o.start, o.end))


def _is_range(r: re.Match, low: str, m: re.Match, value: float, language: str) -> bool:
    pairs = {"от": "до", "from": "to", "between": "and", "между": "и"}
    if pairs[r.group("kw")] != r.group("sep"):
        return False
    r_mult = r.group("mult") or (m.group("mult1") or m.group("mult2") or m.group("wmult"))
    if parse_number(r.group("num"), bool(r_mult), language) * _multiplier(r_mult) >= value:
        return False
    return r.group("kw") not in ("from", "от") or not _CHANGE_BEFORE.search(low[max(0, r.start() - 60):r.start()])


# A copula right after the figure before this one (the window opens where that figure ends): the noun after it
# says what that figure is
_PREDICATE_OF_EARLIER = re.compile(r"\s*(?:(?:is|was|are|were)(?:\s+(?:a|an))?|[—–])\s+(?:[\w-]+\s+)?")
_FIGURE_END = re.compile(r"(?:\d|million|billion|mln|bn|млн|млрд|тыс\w*|доллар\w*|dollars|euros?|евро|[$€£])\W?$")
# What links a noun to the figure after it, as near as if it stood next to it ("грант в размере", "a loan of").
_LINKS_TO_FIGURE = re.compile(r"\s*(в размере|в сумме|на сумму|размером|объемом|объёмом|of|worth|amounting to|totall?ing)"
                              r"(\s+(около|более|свыше|до|порядка|почти|about|over|up to|nearly|some))?\s*[$€£¥₽₸]?\s*")


def _nearest_cue(low: str, start: int, end: int, lo: int, hi: int, anchor_from: int | None,
                 has_trade: bool) -> tuple[str, float] | None:
    """Return the kind whose cue is nearest to the amount and its distance.

    Cues are searched in ``low[lo:start]`` and ``low[end:hi]``; patterns anchored
    at the amount search ``low[anchor_from:start]`` (None skips them).
    """
    g = _grammar()
    # cue words inside a relative clause the amount is not part of describe another noun
    hidden = [(m.start(), m.end()) for m in g["relative"].finditer(low) if not m.start() <= start < m.end()]
    found: list[tuple[float, int, str, int, int]] = []  # score, rule order, kind, cue start, cue end
    # most cues are absent from the sentence: both windows are skipped at once
    for order, rule, pattern, penalty, anchored in g["cue_index"].candidates(low):
        if rule.requires is not None and not has_trade:
            continue
        scores = []
        if anchored:
            if anchor_from is not None and pattern.search(low[anchor_from:start]):
                scores.append((penalty, start - 1, start - 1, False))
        else:
            for m in pattern.finditer(low, lo, start):
                if _PREDICATE_OF_EARLIER.fullmatch(low, lo, m.start()) and _FIGURE_END.search(low, 0, lo):
                    continue  # "$16.8 million is a grant, $21.8 million a loan": the grant is the earlier figure's
                # "грант в размере 50 млн": a linking phrase makes the noun before it the figure's own
                gap = 1 if _LINKS_TO_FIGURE.fullmatch(low, m.end(), start) else start - m.end()
                scores.append((gap + penalty + _modifier_penalty(low, m.start()), m.start(), m.end(), False))
            for m in pattern.finditer(low, end, hi):
                if not m.group(0):
                    continue
                in_kind = low[end:m.start()].strip() == "in" and _IN_KIND.match(low, end) is not None
                gap = 1 if in_kind or re.fullmatch(_LINKED_HEAD, low[end:m.start()]) else m.start() - end
                # a noun right after the figure is its head ("a $10 billion trade goal")
                # but "in" after a verb of spending is where the money goes ("invested €17 billion in 300 projects")
                # and a cue opening with a preposition after a word is that word's complement
                # ("a $10 million grant for the construction of a school")
                head = in_kind or _HEAD_GAP.fullmatch(low, end, m.start()) is not None and not (
                    _IN.match(low, end, m.start()) and g["spend_verb"].search(low, lo, start)) and not (
                    low[end:m.start()].strip() and _PURPOSE.match(low, m.start())) and not _is_verb(m.group(0))
                aim = 4 if not head and _PURPOSE.match(low, end) else 0
                scores.append(((1 + 0.5 * gap if head else 1.5 * gap + 3 + aim)
                               + penalty + _modifier_penalty(low, m.start()), m.start(), m.end(), head))
        found += [(score, order, rule.kind, at, to) for score, at, to, head in scores
                  if not any(a <= at < b for a, b in hidden) and not _other_role(rule, low, at, head)]
    if not found:
        return None
    heads = {to: kind for _, _, kind, at, to in found if at < to}
    nouns = {at: kind for _, _, kind, at, to in found if at < to}
    best = min(((score + (g["complement_penalty"] if _is_complement(low, at, kind, heads)
                          or _is_premodifier(low, at, to, kind, nouns) else 0), order, kind)
                for score, order, kind, at, to in found), key=lambda c: c[:2])
    return best[2], best[0]


def _other_role(rule: _Rule, low: str, at: int, head: bool = False) -> bool:
    """Tell whether the cue word at ``at`` plays a role that is not this kind's.

    A fund that gives money ("the Abu Dhabi Fund will allocate …", "provided by
    the Saudi Fund") is a lender, and its name says nothing of its capital; but
    the amount's own head noun ("the $500 million fund will offer financing")
    is what the amount measures, whatever it then gives.
    """
    return bool((rule.not_at and rule.not_at.match(low, at))
                or (rule.giving and not head and rule.giving.match(low, at))
                or (rule.not_after and rule.not_after.search(low, max(0, at - 60), at)))


def _is_premodifier(low: str, at: int, to: int, kind: str, nouns: dict[int, str]) -> bool:
    """Tell whether an English cue word only modifies another kind's cue noun right after it.

    An English compound's head is its last noun: "a $1 billion investment fund" is a
    fund. A cue opening with a function word heads nothing, nor does generic "funds"
    ("grant funds" is money, not a fund) or "financing" ("grant financing" is a grant).
    """
    after = to + 1
    return (to < len(low) and low[to] == " " and nouns.get(after) not in (None, kind)
            and low[at:to].isascii() and not _NOT_A_HEAD.match(low, after))


def _is_complement(low: str, at: int, kind: str, heads: dict[int, str]) -> bool:
    """Tell whether a cue word only completes another kind's cue noun before it.

    A noun phrase's head is its first noun: in "кредитование проекта", "капитал
    совместной инвестиционной компании" or "the financing of the project" the
    project or company is what the loan or capital belongs to, so a genitive
    after a cue of another kind does not name the amount. A cost is the
    exception, as its complement names the thing priced.
    """
    pos = at
    for hop in range(3):  # over at most two genitive words between the head and the cue
        m = _COMPLEMENT_GAP.search(low, max(0, pos - 12), pos)
        if m is None:
            return False
        head_kind = heads.get(m.start())
        if m.group("of") or hop == 0 and low.startswith("from ", at):  # "of" or "from" marks the complement in English
            # ("Grant from ADB — $5 million": the lender completes the grant)
            # a cost is always the cost of something: there the complement says what ("стоимость исследования")
            return hop == 0 and head_kind not in (None, kind, "project_cost")
        if not _is_genitive(low, pos):
            return False
        head = _LAST_RU_WORD.search(low, 0, m.start())
        if head is None:
            return False
        if head_kind is not None:
            # an adjective before its noun ("инвестиционный фонд") agrees with it and is no head
            return head_kind not in (kind, "project_cost") and not (
                {"ADJF", "PRTF"} & lexicon.parses(head.group(0))[0].tag.grammemes)
        pos = head.start()
    return False


def _is_genitive(low: str, at: int) -> bool:
    word = _RU_WORD.match(low, at)
    return word is not None and any("gent" in p.tag for p in lexicon.parses(word.group(0))[:2])


def _is_verb(cue: str) -> bool:
    """Tell whether a Russian cue opens with a verb, which is a predicate after the figure, not its head noun."""
    word = re.match(r"[а-я]+", cue)
    return word is not None and bool({"VERB", "INFN"} & lexicon.parses(word.group(0))[0].tag.grammemes)


def _modifier_penalty(low: str, at: int) -> float:
    g = _grammar()
    return g["modifier_penalty"] if g["modifier"].search(low[max(0, at - 40):at]) else 0.0


def _kind(sentence: Sentence, previous: Sentence | None, start: int, end: int, lo: int, hi: int) -> tuple[str, float]:
    """Decide what an amount measures and how sure the cue makes us.

    The nearest cue inside the amount's clause (between its neighbouring
    amounts) is strongest; a cue elsewhere in the sentence is weaker; a
    pronoun ("довести его до …", "raise it to …") lets the previous sentence
    supply the topic. Who gives the money and what it goes into then refine
    the cue: a lender's money is lent, one deal or investment for one facility
    prices it.
    """
    g = _grammar()
    low = sentence.low
    if g["difference"].match(low[end:]):
        return "other", 0.8
    c_start, c_end = clause_bounds(low, start, end)
    if previous is not None and g["the_sum_before"].match(low[c_start:start]) and g["the_sum_after"].match(low[end:]) \
            and g["previous_loan"].search(previous.low):
        return "loan", 0.75  # "The $120 million will be used for …" is the loan just spoken of
    context = low + " " + (previous.low if previous else "")
    target_rule = next(r for r in g["rules"] if r.requires is not None)
    has_trade = bool(target_rule.requires.search(context))
    if hi < len(low):
        # with another amount ahead, the words after the next comma or conjunction are that amount's
        # subject ("инвестиции составили $11 млрд, товарооборот превышает $9 млрд")
        cut = _NEXT_PHRASE.search(low, end, hi)
        hi = cut.start() if cut else hi
    if g["counted_aside"].match(low[end:hi]):
        hi = end  # "$27 billion, with over 6,000 enterprises": what is counted beside the sum is not what it measures
    if _OPENS_PAREN.search(low, 0, start):
        # only its own head noun counts; notes after a comma ("$140 million, agreement signed") do not
        note = re.compile(r"[),]").search(low, end)
        hi = min(hi, note.start() if note else hi)
    hit = _nearest_cue(low, start, end, max(lo, c_start), min(hi, c_end), c_start, has_trade)
    # what follows a bracketed restatement ("500 billion tenge ($1 billion) to build …") follows the amount too
    paren = _PAREN_AFTER.match(low, end, c_end)
    after = low[paren.end() if paren else end:c_end]
    head_after = g["priced_head_after"].match(low[end:])
    if hit is not None and hit[0] == "loan" and head_after:
        # the facility the figure stands before is what it prices, over a lender's weak cue ("the AIIB will
        # finance the $500 million railway"); its own loan noun would have stopped the head ("… railway loan")
        hit = ("project_cost", hit[1])
    priced = hit is not None and hit[0] == "project_cost" and bool(
        head_after or g["priced_before"].search(low, c_start, start))
    if (hit is None or hit[0] in g["lender_overrides"]) and not priced and (
            g["lender_gives_before"].search(low, c_start, start) or g["lender_gives_after"].match(after)):
        return "loan", 0.8  # what a lender gives is lent, whatever it is for, even one deal for one facility
    if hit and hit[0] == "investment_package" and g["one_deal"].search(low, c_start, start) \
            and g["one_facility"].match(after):
        return "project_cost", 0.8  # one deal to build one facility prices that facility
    if hit and hit[0] == "investment_package" and g["bare_deal"].match(low[c_start:start]):
        refined = _what_the_deal_was(low[:c_start], previous, low[end:])
        if refined:
            return refined
    if hit and hit[0] == "investment_volume":
        refined = _what_investment_is(low, previous, c_start, start, after)
        if refined:
            return refined
    if hit:
        return hit[0], 0.9 if hit[1] <= 40 else 0.8
    hit = _nearest_cue(low, start, end, 0, len(low), None, has_trade)
    if hit:
        return hit[0], 0.7
    if previous is not None and g["anaphora"].search(low[c_start:start]):
        p = previous.low
        hit = _nearest_cue(p, len(p), len(p), 0, len(p), None, False)
        if hit:
            return hit[0], 0.65
    return "other", 0.5


def _what_the_deal_was(before: str, previous: Sentence | None, rest: str = "") -> tuple[str, float] | None:
    """Return the kind of a deal priced with no object of its own, from what was said of it around it.

    "The deal is worth $1.3 billion" names the deal of the clause before it, or
    else of the previous sentence: a loan agreement there makes the sum lent, one
    deal to build one facility makes it that facility's cost. With nothing said
    before, the rest of its own sentence may say it ("…, and the project will
    be completed in 2027").
    """
    g = _grammar()
    for text in (before, previous.low if previous is not None else "", rest):
        if g["previous_loan"].search(text):
            return "loan", 0.75
        said = _kind_said_before(text)
        if said is not None:
            # a deal priced after a set of agreements is no one facility's price
            return None if said == "investment_package" else (said, 0.75)
    return None


def _kind_said_before(text: str) -> str | None:
    """Return the kind that what was said before gives a sum with no object of its own.

    A set of agreements or projects spoken of before makes it their package; one
    facility spoken of before makes it that facility's cost, but not one listed with
    another ("a power plant and a railway"), whose sum is no one price.
    """
    g = _grammar()
    if g["previous_set"].search(text):
        return "investment_package"
    if g["previous_one"].search(text) and not g["one_of_a_list"].search(text):
        return "project_cost"
    return None


def _what_investment_is(low: str, previous: Sentence | None, c_start: int, start: int,
                        after: str) -> tuple[str, float] | None:
    """Return the kind an investment cue really names, or None when it is investment made.

    Investment has an object: one named object it goes into is priced by it
    ("will invest $200 million in the plant"), agreements that provide for it make
    it a promise ("investments worth $10 billion were agreed"), as does money still to
    go into several projects ("will invest $5 billion in three plants"), and a bare total
    ("The total investment will amount to …") means the agreements or facility of
    the clause before it, or else of the previous sentence, as does money still to be
    invested with no object ("Under the deal, Masdar will invest $1.2 billion").
    """
    g = _grammar()
    if g["bare_investment"].match(low[c_start:start]):  # sliced: "^" never matches at a later pos
        for before in (low[:c_start], previous.low if previous is not None else ""):
            if said := _kind_said_before(before):
                return said, 0.75
    if g["invested_in_one_after"].match(after):
        return "project_cost", 0.8
    to_come = g["invest_to_come_before"].search(low, c_start, start)
    if to_come and (g["invested_in_several_after"].match(after) or g["new_capacity_after"].match(after)):
        return "investment_package", 0.75
    if to_come and g["objectless_investment_after"].match(after):
        for own, before in ((True, low[:start]), (False, previous.low if previous is not None else "")):
            # the amount's own sentence needs no verb of building: its project is the one spoken of
            if not own and not g["objectless_undertaking"].search(before):
                continue
            if said := _kind_said_before(before):
                return said, 0.75
    if g["agreed_after"].match(after) or g["agreed_before"].search(low, c_start, start):
        return "investment_package", 0.8
    return None


def _year(low: str, start: int, end: int, default: int | None) -> int | None:
    """Return the year the amount refers to, else the default (publication) year.

    The nearest year named between the commas around the amount wins, then the
    nearest in its clause, so "в 2024 году составил $4 млрд, к 2030 году …
    довести до $10 млрд" dates the two amounts apart.
    """
    c_start, c_end = clause_bounds(low, start, end)
    commas = [m.start() for m in _COMMA.finditer(low)]
    s_start = max([c_start] + [c + 1 for c in commas if c < start])
    s_end = min([c_end] + [c for c in commas if c >= end])
    for lo, hi in ((s_start, s_end), (c_start, c_end)):
        years = [(off - end if off >= end else start - off, y) for off, y in years_in(low)
                 if lo <= off < hi and not start <= off < end]
        if default:
            years += [(m.start() - end if m.start() >= end else start - m.start(), default - 1)
                      for m in _LAST_YEAR.finditer(low, lo, hi)]
        if years:
            return min(years)[1]
    return default


# A line of nothing but currency codes or signs and figures ("USD 87.45", "EUR 89.73 RUB 0.86", "$1 – 12179.81",
# "UZS – -0,25%"): a news site's exchange-rate ticker.
_RATE_TICKER = re.compile(r"(?=.*\d[.,]\d)(?=.*(?:[A-Z]{3}|[$€₽£¥]))[\s•=A-Z$€₽£¥\d.,%+−–—-]{3,40}")


def find_amounts(sentences: list[Sentence], language: str, published_year: int | None) -> list[Amount]:
    """Find every money amount; an amount repeated in title, lead and body is kept once."""
    out: list[Amount] = []
    for i, sentence in enumerate(sentences):
        low = sentence.low
        if _RATE_TICKER.fullmatch(sentence.text.strip()):
            continue  # "USD 87.45" on a line of its own: a site's exchange-rate ticker, no amount the news reports
        previous = sentences[i - 1] if i and sentences[i - 1].part == sentence.part else None
        matches = _matches(low, language)
        if (not matches and previous is not None and out and out[-1].sentence is previous
                and _grammar()["carried_cue"].search(low)):
            # "В 2022 году товарооборот составил $1 млрд. В 2023 году — 1,2 млрд.": the currency carries over
            seed = _Match(0.0, out[-1].currency, 0, 0, False)
            matches = _bare_figures(low, language, [seed])[1:]
        prev: Amount | None = None
        for j, m in enumerate(matches):
            if prev is not None and m.start == prev.start:  # second end of a range
                kind, conf = prev.kind, prev.confidence + 0.05
            else:
                lo = prev.end if prev is not None else 0
                # the window reaches the next amount, not counting a bracketed restatement of this one
                hi = next((n.start for n in matches[j + 1:]
                           if n.start >= m.end and not _RESTATED.fullmatch(low, m.end, n.start)), len(low))
                # "(…$51 million)" right after another amount restates it in a second currency;
                # "… and to $10 billion" is a second object of the verb that governed the first
                if prev is not None and (_RESTATED.fullmatch(low, lo, m.start)
                                         or _grammar()["coordinated"].match(low[lo:m.start])):
                    kind, conf = prev.kind, prev.confidence - 0.05
                else:
                    kind, conf = _kind(sentence, previous, m.start, m.end, lo, hi)
            if m.is_range:
                conf -= 0.05
            amount = Amount(m.value, m.currency, kind, m.approx, _year(low, m.start, m.end, published_year),
                            sentence, m.start, m.end, round(conf, 2))
            out.append(amount)
            prev = amount
    _resolve_ambiguous(out, sentences)
    return _drop_rounded_headlines(_dedupe(out))


def _resolve_ambiguous(amounts: list[Amount], sentences: list[Sentence]) -> None:
    """Give a bare "manat" the code of the country the article speaks of more.

    Both Turkmenistan and Azerbaijan call their currency the manat; a report
    from Baku means the Azerbaijani one unless it says otherwise.
    """
    text = " ".join(s.low for s in sentences)
    for rule in _grammar()["ambiguous"]:
        bare = [a for a in amounts if a.currency == rule["code"]
                and not rule["qualified"].search(a.sentence.low[a.start:a.end])]
        if bare and len(rule["alternative_home"].findall(text)) > len(rule["home"].findall(text)):
            for a in bare:
                a.currency = rule["alternative"]


def _dedupe(amounts: list[Amount]) -> list[Amount]:
    """Keep one row per repeated amount, preferring a body sentence's context.

    The same value and currency is one amount, except that two body mentions
    with different specific kinds are two facts ("довести товарооборот до $2
    млрд" and a project costing "от 2 до 3 млрд").
    """
    kept: list[Amount] = []
    first: dict[int, tuple[int, int]] = {}  # rows follow the article's first mention of each amount
    for a in sorted(amounts, key=lambda a: a.sentence.part != "body"):
        same = [k for k in kept if round(k.amount, 2) == round(a.amount, 2) and k.currency == a.currency]
        if a.sentence.part == "body":
            same = [k for k in same if a.kind in (k.kind, "other") or k.kind == "other"]
        if not same:
            kept.append(a)
            first[id(a)] = (a.sentence.index, a.start)
            continue
        held = next((k for k in same if k.kind == a.kind), same[0])
        first[id(held)] = min(first[id(held)], (a.sentence.index, a.start))
        if held.kind == "other" and a.kind != "other":
            held.kind, held.confidence = a.kind, a.confidence
        held.is_approximate = held.is_approximate or a.is_approximate
    for a in kept:
        if a.sentence.part == "title":
            a.confidence = round(a.confidence - 0.05, 2)
    return sorted(kept, key=lambda a: first[id(a)])


def _digits(value: float) -> int:
    """Count the significant digits of a value: a rounder figure has fewer."""
    return len(f"{value:.10g}".split("e")[0].replace(".", "").strip("0"))


def _drop_rounded_headlines(amounts: list[Amount]) -> list[Amount]:
    """Drop a title or lead amount that rounds an amount of the body.

    A headline shortens the body's figure ("trade hits $1.5bn" over "trade reached $1.47 billion"): the same
    amount, though its value is not the same.
    """
    body = [a for a in amounts if a.sentence.part == "body"]

    def rounds_one(a: Amount) -> bool:
        return any(b.currency == a.currency and abs(b.amount - a.amount) <= _ROUNDING * b.amount
                   and _digits(a.amount) < _digits(b.amount) for b in body)

    return [a for a in amounts if a.sentence.part == "body" or not rounds_one(a)]


def mark_umbrellas(amounts: list[Amount], project_count: int = 0) -> None:
    """Flag package totals that other figures of the article break down.

    A package total is an umbrella when the article also gives a smaller
    amount that can be one of its parts (a project cost, loan, grant, fund or
    smaller package in the same currency) or names concrete projects, so
    analysts must not add it to its parts.
    """
    for a in amounts:
        if a.kind != "investment_package":
            continue
        parts = [b for b in amounts if b is not a and b.kind in COMPONENT_KINDS
                 and b.currency == a.currency and b.amount < a.amount]
        a.is_umbrella = bool(parts) or project_count > 0
