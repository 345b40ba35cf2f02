"""Romanise Russian personal names the way English-language press services write them.

Gold and the marts name people in English; officials who are not in the persons
seed are found in Russian text, so their nominative Cyrillic name is spelled in
Latin letters here. The scheme is BGN/PCGN (1947) for Russian without its
diacritics and apostrophes, which is what most Central Asian and Russian
English-language outlets use: Ж zh, Х kh, Ц ts, Ч ch, Ш sh, Щ shch, Ю yu,
Я ya, Й y, Ы y, Ь and Ъ dropped, Е ye at the start of a word and after a vowel
or Ь/Ъ (else e), Ё yo (e after Ж, Ч, Ш, Щ, Ц: Khrushchev). One deliberate deviation: ДЖ is
J, because Central Asian press services write Jamshid, Japarov, Jeyhun, never
Dzhamshid. No PyPI package implementing this is installed (text-unidecode
gives "Iu"/"Ia"/"I" for Ю/Я/Й), so the table lives here where a linguist can
read it.
"""
from __future__ import annotations

import re

_LETTERS = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "yo", "ж": "zh", "з": "z",
    "и": "i", "й": "y", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
    # Kazakh, Kyrgyz, Tajik and Uzbek Cyrillic letters that appear in Russian texts
    "ә": "a", "ғ": "g", "қ": "k", "ң": "n", "ө": "o", "ұ": "u", "ү": "u", "һ": "h", "і": "i",
    "ҳ": "h", "ҷ": "j", "ӣ": "i", "ӯ": "u", "ў": "u",
}
_VOWELS = set("аеёиоуыэюяәөұүіӣӯў")
# after these Е is "ye": a vowel, the soft and hard signs, Й
_YE_AFTER = _VOWELS | {"ь", "ъ", "й"}
_HUSHING = set("жчшщц")
# The English-language press services of Kyrgyzstan, Tajikistan, Turkmenistan and
# Uzbekistan write Е as plain e everywhere (Kulubaev, Khodjaev, Orazgeldiev,
# Esenmyrat); Kazakhstan's, Russia's and Azerbaijan's keep BGN's ye (Tokayev, Mustafayev).
PLAIN_E_COUNTRIES = frozenset({"KG", "TJ", "TM", "UZ"})
# Kyrgyz and Uzbek Latin write their Ж as j (Jalal-Abad, Jogorku Kenesh, Jizzakh),
# so their press services write Жапаров Japarov and Жамшид Jamshid; Kazakhstan's
# keeps zh (Zhumangarin).
J_FOR_ZH_COUNTRIES = frozenset({"KG", "UZ"})


def _word(word: str, plain_e: bool = False, j_for_zh: bool = False) -> str:
    low = word.lower()
    out: list[str] = []
    i = 0
    while i < len(low):
        ch = low[i]
        prev = low[i - 1] if i else ""
        if low.startswith("дж", i):
            out.append("j")
            i += 2
            continue
        if ch == "ж" and j_for_zh:
            out.append("j")
        elif ch == "е":
            out.append("ye" if (not prev or prev in _YE_AFTER) and not plain_e else "e")
        elif ch == "ё":
            out.append("e" if prev in _HUSHING else "yo")
        else:
            out.append(_LETTERS.get(ch, ch))
        i += 1
    latin = "".join(out)
    return latin[:1].upper() + latin[1:] if word[:1].isupper() else latin


def romanize(text: str, plain_e: bool = False, j_for_zh: bool = False) -> str:
    """Spell Cyrillic words of a name in Latin letters, leaving other characters as they are."""
    return re.sub(r"[^\W\d_]+", lambda m: _word(m.group(0), plain_e, j_for_zh) if re.search(r"[а-яёА-ЯЁәғқңөұүһіҳҷӣӯў]", m.group(0)) else m.group(0), text)


# --- Chinese names --------------------------------------------------------------
#
# Russian writes Chinese names in the Palladius system ("Си Цзиньпин", "Ван И",
# "Дин Сюэсян"), English in Pinyin ("Xi Jinping"). Palladius is a syllable
# table, so the map is built from Pinyin initials and finals and read backwards;
# a name is Chinese when its first word is a common Chinese surname and every
# word splits into Palladius syllables.

_PY_INITIALS = {"b": "б", "p": "п", "m": "м", "f": "ф", "d": "д", "t": "т", "n": "н", "l": "л",
                "g": "г", "k": "к", "h": "х", "j": "цз", "q": "ц", "x": "с", "zh": "чж", "ch": "ч",
                "sh": "ш", "r": "ж", "z": "цз", "c": "ц", "s": "с"}
# Pinyin final after a consonant → Palladius ("ü" finals are written "u" after j, q, x)
_PY_FINALS = {"a": "а", "o": "о", "e": "э", "ai": "ай", "ei": "эй", "ao": "ао", "ou": "оу", "an": "ань",
              "en": "энь", "ang": "ан", "eng": "эн", "ong": "ун", "i": "и", "ia": "я", "ie": "е",
              "iao": "яо", "iu": "ю", "ian": "янь", "in": "инь", "iang": "ян", "ing": "ин", "iong": "юн",
              "u": "у", "ua": "уа", "uo": "о", "uai": "уай", "ui": "уй", "uan": "уань", "un": "унь",
              "uang": "уан", "ü": "юй", "üe": "юэ", "üan": "юань", "ün": "юнь"}
# which finals each class of initials takes (a generous superset of real syllables)
_PY_CLASSES = [
    ("b p m f", "a o ai ei ao ou an en ang eng i ie iao iu ian in ing u"),
    ("d t n l", "a e ai ei ao ou an en ang eng ong i ia ie iao iu ian in iang ing u uo ui uan un ü üe"),
    ("g k h", "a e ai ei ao ou an en ang eng ong u ua uo uai ui uan un uang"),
    ("j q x", "i ia ie iao iu ian in iang ing iong ü üe üan ün"),
    ("zh ch sh r", "a e ai ei ao ou an en ang eng ong i u ua uo uai ui uan un uang"),
    ("z c s", "a e ai ei ao ou an en ang eng ong i u uo ui uan un"),
]
_PY_ZERO = {"a": "а", "ai": "ай", "an": "ань", "ang": "ан", "ao": "ао", "e": "э", "ei": "эй", "en": "энь",
            "eng": "эн", "er": "эр", "o": "о", "ou": "оу", "yi": "и", "ya": "я", "ye": "е", "yao": "яо",
            "you": "ю", "yan": "янь", "yin": "инь", "yang": "ян", "ying": "ин", "yong": "юн", "wu": "у",
            "wa": "ва", "wo": "во", "wai": "вай", "wei": "вэй", "wan": "вань", "wen": "вэнь", "wang": "ван",
            "weng": "вэн", "yu": "юй", "yue": "юэ", "yuan": "юань", "yun": "юнь"}
# Palladius spellings that break the initial+final rule
_PY_SPECIAL = {"zi": "цзы", "ci": "цы", "si": "сы", "hui": "хуэй", "lü": "люй", "nü": "нюй", "lüe": "люэ",
               "nüe": "нюэ"}
# the common surnames, so a Russian or Kazakh name that happens to split into
# syllables ("Ян" is also a first name elsewhere) needs a Chinese surname first
CHINESE_SURNAMES = set("""wang li zhang liu chen yang huang zhao wu zhou xu sun ma zhu hu guo he gao lin luo
zheng liang xie song tang han feng deng cao peng zeng xiao tian dong pan yuan cai jiang yu du ye cheng wei su lu
ding ren shen yao cui qin jin fu fan fang shi jia xia qiu hou bai meng kong mao qian yin yi wan qi xing gu duan
lei hao xi lü tan wen kang shao long wan chang lai yan dai zou xiong jiao bao zhong lu ge mu niu yue""".split())


def _palladius_table() -> dict[str, str]:
    table: dict[str, str] = {}
    for initials, finals in _PY_CLASSES:
        for ini in initials.split():
            for fin in finals.split():
                pinyin = ini + (fin.replace("ü", "u") if ini in "jqx" else fin)
                table.setdefault(_PY_SPECIAL.get(pinyin, _PY_INITIALS[ini] + _PY_FINALS[fin]), pinyin)
    for pinyin, cyr in {**_PY_ZERO, **_PY_SPECIAL}.items():
        table.setdefault(cyr, pinyin)
    table.setdefault("хуй", "hui")  # "Хуэй" is also written "Хуй"
    return table


_PALLADIUS = _palladius_table()
_LONGEST = max(len(k) for k in _PALLADIUS)


def _syllables(word: str) -> list[str] | None:
    """Split a Palladius word into Pinyin syllables, else None.

    The fewest syllables win; on a tie, the split with fewer vowel-initial
    syllables inside the word ("Хунин" is Hu-ning, not Hong-ying).
    """
    low = word.lower().replace("ё", "е")
    best: list[tuple | None] = [(0, 0, [])] + [None] * len(low)
    for end in range(1, len(low) + 1):
        for size in range(1, min(_LONGEST, end) + 1):
            head = best[end - size]
            cyr = low[end - size:end]
            syl = _PALLADIUS.get(cyr)
            if head is None or not syl:
                continue
            cost = (head[0] + 1, head[1] + (end - size > 0 and cyr[0] in "аэоиуыеяюё"), head[2] + [syl])
            if best[end] is None or cost[:2] < best[end][:2]:
                best[end] = cost
    return best[len(low)][2] if best[len(low)] else None


def chinese_pinyin(name: str) -> str | None:
    """Return the Pinyin spelling of a Chinese name written in Palladius ("Ван Лин" → "Wang Ling"), else None."""
    words = name.replace("-", "").split()
    if len(words) < 2 or len(words) > 3:
        return None
    split = [_syllables(w) for w in words]
    if any(s is None for s in split) or "".join(split[0]) not in CHINESE_SURNAMES or len(split[0]) != 1:
        return None
    return " ".join("".join(s).capitalize() for s in split)


def romanize_person(name: str, country_code: str | None = None) -> str:
    """Spell a Russian-written name the way its own country's English press does.

    Chinese names take Pinyin, everything else the BGN/PCGN table (with plain
    e where the country's press writes it); a name of a known non-Chinese
    official is never read as Chinese.
    """
    if country_code in (None, "", "CN"):
        pinyin = chinese_pinyin(name)
        if pinyin:
            return pinyin
    return romanize(name, country_code in PLAIN_E_COUNTRIES, country_code in J_FOR_ZH_COUNTRIES)


def same_given_name(a: str, b: str) -> bool:
    """Tell whether two Latin spellings of a first name are one name ("Zhamshid", "Djamshid", "Jamshid").

    Russian writes one Central Asian name with Ж or ДЖ, and English with zh, dj,
    dzh or j, y or i, ye or e, so they are compared with those told apart no more.
    """
    def loose(word: str) -> str:
        word = re.sub(r"dzh|dj|zh", "j", word.lower())
        word = re.sub(r"ye", "e", word).replace("y", "i")
        return re.sub(r"i(?=[aeou])", "", word)  # "Эмманюэль" and "Эммануэль" are one Emmanuel
    return bool(a) and loose(a) == loose(b)


# --- one name, several English spellings ------------------------------------------
#
# English texts spell one Russian-written name several ways: Kulubaev and
# Kulubayev (Й before Е kept or not), Berdimuhamedov and Berdimuhamedow (the
# Turkmen Latin -ow), Dzhaparov... A seed alias is turned into a pattern that
# takes these variants instead of listing each spelling. The first three letters
# stay literal: the gazetteer's prefilter keys on them.
_LATIN_VOWELS = set("aeiouy")


def spelling_variants_regex(alias: str) -> str:
    """Return a regex for a Latin name alias that also matches its usual English spelling variants."""
    out: list[str] = []
    for word in re.split(r"(\s+|-)", alias):
        if not word or word.isspace() or word == "-":
            out.append(r"\s+" if word and word.isspace() else re.escape(word))
            continue
        out.append(re.escape(word[:3]))
        prev = word[2] if len(word) >= 3 else ""
        for i in range(3, len(word)):
            ch, nxt = word[i], word[i + 1] if i + 1 < len(word) else ""
            if ch == "y" and nxt == "e" and prev in _LATIN_VOWELS:
                continue  # "aye" and "ae", "iye" and "ie": the y is optional, added with the e below
            if ch == "e" and prev in _LATIN_VOWELS:
                out.append("y?e")
            elif ch in "iy" and nxt != "e":
                out.append("[iy]")
            elif ch == "v" and i == len(word) - 1 and prev in "oe":
                out.append("[vw]")
            elif ch == "h" and prev not in "kscz":  # "kh", "sh", "ch", "zh" keep their h
                out.append("k?h")
            elif ch == "k" and nxt == "h":
                out.append("k?")
            else:
                out.append(re.escape(ch))
            prev = ch
    return "".join(out)
