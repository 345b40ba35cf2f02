"""Generate invented but realistic news article pages for the benchmark, deterministically from a seed.

Every page is a full HTML document in one of three site templates (with the menus,
related-news rails, promos, comments and footers real sites carry), in Russian or
English, reporting one meeting between Central Asian leaders and their partners with
trade figures, agreement packages, projects with costs and cooperation sectors. The
sentences come from combinatorial templates written for this benchmark, so the
extractor has real work on every page. Article i depends only on (seed, i): adding pages
later never changes the earlier ones, which is what an incremental refresh needs.

With --aliases and --edits, a share of the articles is also written under alias addresses
(an `/amp` tail, an `/amp/` first segment, an `m.` host, `utm_*` parameters) with the same
text, and a share as an edited copy under the article's own address (a later
`article:modified_time`, one paragraph changed), as sites and crawls serve them.

    python -m bench.generate OUT_DIR --pages 1000 [--seed 20250301] [--aliases 0.3 --edits 0.1]
"""
from __future__ import annotations

import argparse
import datetime as dt
import html
import json
import random
import zlib
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape as xml_escape

DEFAULT_SEED = 20250301
PAGES_DIR = "pages"
SITEMAP = "sitemap.xml"
RU_SHARE = 0.6

CENTRAL_ASIA = ("UZ", "KZ", "KG", "TJ", "TM")


@dataclass(frozen=True)
class Leader:
    """A real official by role, with the Russian case forms the sentences need."""

    ru_nom: str
    ru_gen: str
    ru_ins: str
    ru_short: str
    en: str
    en_short: str


def _leaders(table: str) -> dict[str, Leader]:
    out = {}
    for line in table.strip().splitlines():
        code, ru, en = (part.strip() for part in line.split(";"))
        out[code] = Leader(*ru.split("|"), *en.split("|"))
    return out


LEADERS = {
    "president": _leaders("""
        UZ; Шавкат Мирзиёев|Шавката Мирзиёева|Шавкатом Мирзиёевым|Мирзиёев; Shavkat Mirziyoyev|Mirziyoyev
        KZ; Касым-Жомарт Токаев|Касым-Жомарта Токаева|Касым-Жомартом Токаевым|Токаев; Kassym-Jomart Tokayev|Tokayev
        KG; Садыр Жапаров|Садыра Жапарова|Садыром Жапаровым|Жапаров; Sadyr Japarov|Japarov
        TJ; Эмомали Рахмон|Эмомали Рахмона|Эмомали Рахмоном|Рахмон; Emomali Rahmon|Rahmon
        TM; Сердар Бердымухамедов|Сердара Бердымухамедова|Сердаром Бердымухамедовым|Бердымухамедов; Serdar Berdimuhamedov|Berdimuhamedov
        RU; Владимир Путин|Владимира Путина|Владимиром Путиным|Путин; Vladimir Putin|Putin
        CN; Си Цзиньпин|Си Цзиньпина|Си Цзиньпином|Си Цзиньпин; Xi Jinping|Xi Jinping
        TR; Реджеп Тайип Эрдоган|Реджепа Тайипа Эрдогана|Реджепом Тайипом Эрдоганом|Эрдоган; Recep Tayyip Erdoğan|Erdoğan
        AZ; Ильхам Алиев|Ильхама Алиева|Ильхамом Алиевым|Алиев; Ilham Aliyev|Aliyev"""),
    "prime_minister": _leaders("""
        UZ; Абдулла Арипов|Абдуллы Арипова|Абдуллой Ариповым|Арипов; Abdulla Aripov|Aripov
        KZ; Олжас Бектенов|Олжаса Бектенова|Олжасом Бектеновым|Бектенов; Olzhas Bektenov|Bektenov
        KG; Адылбек Касымалиев|Адылбека Касымалиева|Адылбеком Касымалиевым|Касымалиев; Adylbek Kasymaliev|Kasymaliev
        TJ; Кохир Расулзода|Кохира Расулзоды|Кохиром Расулзодой|Расулзода; Kokhir Rasulzoda|Rasulzoda
        RU; Михаил Мишустин|Михаила Мишустина|Михаилом Мишустиным|Мишустин; Mikhail Mishustin|Mishustin
        CN; Ли Цян|Ли Цяна|Ли Цяном|Ли Цян; Li Qiang|Li Qiang
        AZ; Али Асадов|Али Асадова|Али Асадовым|Асадов; Ali Asadov|Asadov"""),
    "foreign_minister": _leaders("""
        UZ; Бахтиёр Саидов|Бахтиёра Саидова|Бахтиёром Саидовым|Саидов; Bakhtiyor Saidov|Saidov
        KZ; Мурат Нуртлеу|Мурата Нуртлеу|Муратом Нуртлеу|Нуртлеу; Murat Nurtleu|Nurtleu
        KG; Жээнбек Кулубаев|Жээнбека Кулубаева|Жээнбеком Кулубаевым|Кулубаев; Jeenbek Kulubaev|Kulubaev
        TJ; Сироджиддин Мухриддин|Сироджиддина Мухриддина|Сироджиддином Мухриддином|Мухриддин; Sirojiddin Muhriddin|Muhriddin
        TM; Рашид Мередов|Рашида Мередова|Рашидом Мередовым|Мередов; Rashid Meredov|Meredov
        RU; Сергей Лавров|Сергея Лаврова|Сергеем Лавровым|Лавров; Sergey Lavrov|Lavrov
        CN; Ван И|Ван И|Ван И|Ван И; Wang Yi|Wang Yi
        TR; Хакан Фидан|Хакана Фидана|Хаканом Фиданом|Фидан; Hakan Fidan|Fidan"""),
}
# role -> (ru nominative, ru instrumental, ru plural, en)
ROLES = {
    "president": ("президент", "президентом", "Президенты", "President"),
    "prime_minister": ("премьер-министр", "премьер-министром", "Премьер-министры", "Prime Minister"),
    "foreign_minister": ("министр иностранных дел", "министром иностранных дел", "Министры иностранных дел",
                         "Foreign Minister"),
}


@dataclass(frozen=True)
class Country:
    nom: str
    gen: str
    acc: str
    loc: str
    ins: str
    en: str
    en_adj: str


COUNTRIES = {code: Country(*(p.strip() for p in row.split("|"))) for code, row in {
    "UZ": "Узбекистан|Узбекистана|Узбекистан|Узбекистане|Узбекистаном|Uzbekistan|Uzbek",
    "KZ": "Казахстан|Казахстана|Казахстан|Казахстане|Казахстаном|Kazakhstan|Kazakh",
    "KG": "Кыргызстан|Кыргызстана|Кыргызстан|Кыргызстане|Кыргызстаном|Kyrgyzstan|Kyrgyz",
    "TJ": "Таджикистан|Таджикистана|Таджикистан|Таджикистане|Таджикистаном|Tajikistan|Tajik",
    "TM": "Туркменистан|Туркменистана|Туркменистан|Туркменистане|Туркменистаном|Turkmenistan|Turkmen",
    "RU": "Россия|России|Россию|России|Россией|Russia|Russian",
    "CN": "Китай|Китая|Китай|Китае|Китаем|China|Chinese",
    "TR": "Турция|Турции|Турцию|Турции|Турцией|Türkiye|Turkish",
    "AZ": "Азербайджан|Азербайджана|Азербайджан|Азербайджане|Азербайджаном|Azerbaijan|Azerbaijani",
}.items()}


@dataclass(frozen=True)
class City:
    nom: str
    loc: str
    acc: str
    en: str


CITIES = {code: [City(*row.split("|")) for row in rows.split(";")] for code, rows in {
    "UZ": "Ташкент|Ташкенте|Ташкент|Tashkent;Самарканд|Самарканде|Самарканд|Samarkand;"
          "Бухара|Бухаре|Бухару|Bukhara;Хива|Хиве|Хиву|Khiva",
    "KZ": "Астана|Астане|Астану|Astana;Алматы|Алматы|Алматы|Almaty;Шымкент|Шымкенте|Шымкент|Shymkent;"
          "Актау|Актау|Актау|Aktau",
    "KG": "Бишкек|Бишкеке|Бишкек|Bishkek;Чолпон-Ата|Чолпон-Ате|Чолпон-Ату|Cholpon-Ata;Ош|Оше|Ош|Osh",
    "TJ": "Душанбе|Душанбе|Душанбе|Dushanbe;Худжанд|Худжанде|Худжанд|Khujand",
    "TM": "Ашхабад|Ашхабаде|Ашхабад|Ashgabat;Туркменбаши|Туркменбаши|Туркменбаши|Turkmenbashi;"
          "Аваза|Авазе|Авазу|Awaza",
    "RU": "Москва|Москве|Москву|Moscow;Казань|Казани|Казань|Kazan;Сочи|Сочи|Сочи|Sochi",
    "CN": "Пекин|Пекине|Пекин|Beijing;Сиань|Сиане|Сиань|Xi'an;Шанхай|Шанхае|Шанхай|Shanghai",
    "TR": "Анкара|Анкаре|Анкару|Ankara;Стамбул|Стамбуле|Стамбул|Istanbul",
    "AZ": "Баку|Баку|Баку|Baku;Гянджа|Гяндже|Гянджу|Ganja",
}.items()}

# Meeting kinds: (format, role, how many countries)
KINDS = (
    ("state_visit", "president", 2), ("official_visit", "president", 2), ("working_visit", "president", 2),
    ("talks", "president", 2), ("talks", "prime_minister", 2), ("talks", "foreign_minister", 2),
    ("interstate_council", "president", 2), ("intergovernmental_commission", "prime_minister", 2),
    ("phone_call", "president", 2), ("business_forum", "prime_minister", 2), ("summit", "president", 3),
)
VISIT_RU = {"state_visit": ("государственным", "государственный"), "official_visit": ("официальным", "официальный"),
            "working_visit": ("рабочим", "рабочий")}
VISIT_EN = {"state_visit": "state", "official_visit": "official", "working_visit": "working"}
ORDINAL_RU = ("первое", "второе", "третье", "четвертое", "пятое", "шестое", "седьмое")
ORDINAL_EN = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")
MONTHS_RU = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
             "ноября", "декабря")
MONTHS_EN = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December")

# Project kinds: (ru nominative, ru genitive, ru gender, en, name suffix ru, name suffix en, sector)
PROJECT_KINDS = (
    ("текстильная фабрика", "текстильной фабрики", "f", "textile factory", "Текстиль", "Textile", "industry"),
    ("цементный завод", "цементного завода", "m", "cement plant", "Цемент", "Cement", "industry"),
    ("солнечная электростанция", "солнечной электростанции", "f", "solar power plant", "Солар", "Solar", "energy"),
    ("логистический центр", "логистического центра", "m", "logistics centre", "Транзит", "Transit",
     "transport_logistics"),
    ("тепличный комплекс", "тепличного комплекса", "m", "greenhouse complex", "Агро", "Agro", "agriculture"),
    ("фармацевтический завод", "фармацевтического завода", "m", "pharmaceutical plant", "Фарм", "Pharm", "healthcare"),
    ("гостиничный комплекс", "гостиничного комплекса", "m", "hotel complex", "Палас", "Palace", "tourism"),
    ("индустриальный парк", "индустриального парка", "m", "industrial park", "Индастри", "Industry", "industry"),
    ("зерновой терминал", "зернового терминала", "m", "grain terminal", "Грейн", "Grain", "agriculture"),
    ("завод удобрений", "завода удобрений", "m", "fertiliser plant", "Азот", "Azot", "industry"),
)
PROJECT_STEMS = (("Навои", "Navoi"), ("Чирчик", "Chirchik"), ("Сырдарья", "Syrdarya"), ("Тараз", "Taraz"),
                 ("Хатлон", "Khatlon"), ("Иссык-Куль", "Issyk-Kul"), ("Зарафшан", "Zarafshan"), ("Лебап", "Lebap"),
                 ("Каспий", "Caspian"), ("Алай", "Alai"), ("Коканд", "Kokand"), ("Нарын", "Naryn"),
                 ("Памир", "Pamir"), ("Мангистау", "Mangistau"), ("Сугд", "Sughd"), ("Жетысу", "Zhetysu"),
                 ("Фергана", "Fergana"), ("Ахал", "Akhal"), ("Балхаш", "Balkhash"), ("Турон", "Turon"))
SECTOR_PHRASES = {
    "energy": ("энергетике", "energy"), "agriculture": ("сельском хозяйстве", "agriculture"),
    "tourism": ("туризме", "tourism"), "education_science": ("образовании", "education"),
    "healthcare": ("здравоохранении", "healthcare"), "transport_logistics": ("транспорте и логистике", "transport"),
    "digital_it": ("цифровых технологиях", "digital technologies"),
    "water_environment": ("водном хозяйстве", "water management"),
    "mining_geology": ("горнодобывающей отрасли", "mining"), "culture_humanitarian": ("культуре", "culture"),
    "migration_labor": ("трудовой миграции", "labour migration"),
}
AUTHORS_RU = ("Дильноза Каримова", "Азамат Сеитов", "Мадина Юсупова", "Бекзод Рашидов", "Айгерим Нурланова",
              "Тимур Абдуллаев", "Нигора Хасанова", "Ерлан Жумабаев")
AUTHORS_EN = ("Dilnoza Karimova", "Azamat Seitov", "Madina Yusupova", "Bekzod Rashidov", "Aigerim Nurlanova",
              "Timur Abdullaev", "Staff reporter")


@dataclass
class Site:
    key: str
    name_ru: str
    name_en: str
    domain: str
    tz: str


SITES = (Site("A", "Шёлковый путь сегодня", "Silk Road Daily", "silkroad-daily.example", "+05:00"),
         Site("B", "Оазис Пост", "Oasis Post", "oasis-post.test", "+05:00"),
         Site("C", "Караван Таймс", "Karavan Times", "karavan-times.example", "+06:00"))


@dataclass
class GeneratedPage:
    """One page and what it was generated to say, for tests and sanity checks."""

    index: int
    filename: str
    html: str
    language: str
    site: str
    url: str
    title: str
    published: dt.datetime
    meeting_format: str
    countries: tuple[str, ...]
    amounts: int
    projects: list[str] = field(default_factory=list)
    variant: str = "original"               # or one of ALIASES, or "edited"
    modified: dt.datetime | None = None     # the edited copy's article:modified_time


# ---------------------------------------------------------------- numbers


def _money_ru(rng: random.Random, usd: float) -> str:
    if usd >= 1e9:
        number = f"{usd / 1e9:g}".replace(".", ",")
        return rng.choice((f"{number} млрд долларов", f"${number} млрд"))
    number = f"{usd / 1e6:g}".replace(".", ",")
    return rng.choice((f"{number} млн долларов", f"${number} млн"))


def _money_en(rng: random.Random, usd: float) -> str:
    if usd >= 1e9:
        number = f"{usd / 1e9:g}"
        return rng.choice((f"${number} billion", f"${number}bn", f"USD {number} billion"))
    number = f"{usd / 1e6:g}"
    return rng.choice((f"${number} million", f"${number}m", f"USD {number} million"))


def _billions(rng: random.Random, low: float, high: float) -> float:
    return round(rng.uniform(low, high), 1) * 1e9


def _millions(rng: random.Random, low: int, high: int, step: int = 5) -> float:
    return rng.randrange(low, high, step) * 1e6


# ---------------------------------------------------------------- the story


@dataclass
class Story:
    """The facts of one generated article, before they are put into words."""

    kind: str
    role: str
    codes: tuple[str, ...]
    city: City
    date: dt.datetime
    ordinal: int
    trade: float
    target: float
    package: float
    documents: int
    growth: int
    companies: int
    projects: list[tuple[tuple, str, str, City, float | None]]  # (kind, name stem, status, city, cost)
    sectors: list[str]
    loan: float | None


def _story(rng: random.Random, date: dt.datetime) -> Story:
    kind, role, size = rng.choice(KINDS)
    if size == 3:
        codes = tuple(rng.sample(CENTRAL_ASIA, 3))
    else:
        pool = sorted(LEADERS[role])
        host = rng.choice([c for c in pool if c in CENTRAL_ASIA] if rng.random() < 0.6 else pool)
        guests = [c for c in pool if c != host and (host in CENTRAL_ASIA or c in CENTRAL_ASIA)]
        codes = (host, rng.choice(guests))
    city = rng.choice(CITIES[codes[0]])
    trade = _billions(rng, 0.3, 12.0)
    projects = []
    for _ in range(rng.choice((1, 1, 2, 2, 3))):
        project_kind = rng.choice(PROJECT_KINDS)
        stem = rng.choice(PROJECT_STEMS)
        where = rng.choice(codes)
        cost = _millions(rng, 20, 900) if rng.random() < 0.8 else None
        projects.append((project_kind, stem, rng.choice(("announced", "construction_started", "launched")),
                         rng.choice(CITIES[where]), cost))
    sectors = rng.sample(sorted(SECTOR_PHRASES), rng.randint(2, 4))
    return Story(kind=kind, role=role, codes=codes, city=city, date=date, ordinal=rng.randint(1, 7),
                 trade=trade, target=max(trade * 2, 1e9) // 1e9 * 1e9, package=_billions(rng, 0.2, 6.0),
                 documents=rng.choice((6, 7, 8, 9, 10, 11, 12, 14, 15, 16, 18, 19, 20, 25, 27)),
                 growth=rng.randint(4, 40), companies=rng.choice((80, 120, 150, 200, 300, 400)),
                 projects=projects, sectors=sectors,
                 loan=_millions(rng, 50, 600, 10) if rng.random() < 0.4 else None)


def _ru_people(story: Story) -> tuple[Leader, ...]:
    return tuple(LEADERS[story.role][c] for c in story.codes)


def _russian(rng: random.Random, s: Story) -> tuple[str, str, list[str], int]:
    """Word a story in Russian: (title, lead, paragraphs, amounts mentioned)."""
    people = _ru_people(s)
    h, g = COUNTRIES[s.codes[0]], COUNTRIES[s.codes[1]]
    lh, lg = people[0], people[1]
    role_nom, role_ins, role_plural, _ = ROLES[s.role]
    dateline = f"{s.city.nom.upper()}, {s.date.day} {MONTHS_RU[s.date.month - 1]}."
    package = _money_ru(rng, s.package)
    amounts = 1
    if s.kind in VISIT_RU:
        adj_ins, adj_nom = VISIT_RU[s.kind]
        title = rng.choice((f"{lg.ru_short} прибыл в {s.city.acc} с {adj_ins} визитом",
                            f"{adj_nom.capitalize()} визит в {h.acc}: {lg.ru_short} и {lh.ru_short} "
                            f"подписали соглашения на {package}"))
        first = (f"{dateline} {role_nom.capitalize()} {g.gen} {lg.ru_nom} находится в {h.loc} с {adj_ins} визитом. "
                 f"Переговоры {lh.ru_gen} и {lg.ru_gen} прошли в {s.city.loc} в узком и расширенном составах.")
    elif s.kind == "talks":
        title = rng.choice((f"{lh.ru_short} и {lg.ru_short} обсудили торговлю и инвестиции",
                            f"В {s.city.loc} прошли переговоры {lh.ru_gen} и {lg.ru_gen}"))
        first = (f"{dateline} {role_nom.capitalize()} {h.gen} {lh.ru_nom} провел переговоры с {role_ins} {g.gen} "
                 f"{lg.ru_ins}. Встреча прошла в {s.city.loc}.")
    elif s.kind == "interstate_council":
        ordinal = ORDINAL_RU[s.ordinal - 1]
        title = (f"{lh.ru_short} и {lg.ru_short} провели {ordinal} заседание Высшего межгосударственного совета "
                 f"в {s.city.loc}")
        first = (f"{dateline} В {s.city.loc} под председательством {lh.ru_gen} и {lg.ru_gen} прошло {ordinal} "
                 f"заседание Высшего межгосударственного совета {h.gen} и {g.gen}.")
    elif s.kind == "intergovernmental_commission":
        title = f"В {s.city.loc} прошло заседание межправительственной комиссии {h.gen} и {g.gen}"
        first = (f"{dateline} В {s.city.loc} состоялось {s.ordinal + 10}-е заседание межправительственной комиссии "
                 f"по сотрудничеству между {h.ins} и {g.ins}. Заседание провели премьер-министр {h.gen} {lh.ru_nom} "
                 f"и премьер-министр {g.gen} {lg.ru_nom}.")
    elif s.kind == "phone_call":
        title = f"{lh.ru_short} и {lg.ru_short} провели телефонный разговор"
        first = (f"{role_nom.capitalize()} {h.gen} {lh.ru_nom} {s.date.day} {MONTHS_RU[s.date.month - 1]} провел "
                 f"телефонный разговор с {role_ins} {g.gen} {lg.ru_ins}.")
    elif s.kind == "business_forum":
        title = f"В {s.city.loc} открылся бизнес-форум {h.gen} и {g.gen}"
        first = (f"{dateline} В {s.city.loc} открылся бизнес-форум {h.gen} и {g.gen}, в котором участвуют более "
                 f"{s.companies} компаний. Форум открыли премьер-министр {h.gen} {lh.ru_nom} и премьер-министр "
                 f"{g.gen} {lg.ru_nom}.")
    else:  # summit
        c3 = COUNTRIES[s.codes[2]]
        title = f"Лидеры {h.gen}, {g.gen} и {c3.gen} провели трехсторонний саммит в {s.city.loc}"
        first = (f"{dateline} В {s.city.loc} состоялся трехсторонний саммит президентов {h.gen}, {g.gen} и {c3.gen}. "
                 f"В нем приняли участие {people[0].ru_nom}, {people[1].ru_nom} и {people[2].ru_nom}.")
    paragraphs = [first]
    trade, target = _money_ru(rng, s.trade), _money_ru(rng, s.target)
    paragraphs.append(rng.choice((
        f"Стороны отметили, что товарооборот по итогам {s.date.year - 1} года вырос на {s.growth}% и достиг {trade}. "
        f"Правительствам поручено довести его до {target} к {s.date.year + 5} году.",
        f"По итогам прошлого года взаимный товарооборот составил {trade}, а к {s.date.year + 5} году его "
        f"планируется увеличить до {target}.")))
    paragraphs.append(rng.choice((
        f"По итогам встречи подписаны {s.documents} документов, а пакет соглашений оценивается в {package}.",
        f"Всего подписано {s.documents} документов; общий портфель согласованных проектов составил {package}.")))
    amounts += 2
    for (kind, stem, status, city, cost) in s.projects:
        name = f"«{stem[0]}-{kind[4]}»"
        if status == "announced":
            sentence = rng.choice((f"Стороны договорились о строительстве {kind[1]} {name} в {city.loc}.",
                                   f"{role_plural} поддержали строительство {kind[1]} {name} в {city.loc}."))
        elif status == "construction_started":
            sentence = rng.choice((f"Заложен первый камень в основание {kind[1]} {name} в {city.loc}.",
                                   f"В режиме видеосвязи дан старт строительству: в {city.loc} начато "
                                   f"строительство {kind[1]} {name}."))
        else:
            ending = "а" if kind[2] == "f" else ""
            sentence = rng.choice((f"Кроме того, в {city.loc} запущен{ending} {kind[0]} {name}.",
                                   f"В {city.loc} введен{ending} в эксплуатацию {kind[0]} {name}."))
        if cost:
            sentence += " " + rng.choice((f"Стоимость проекта составит {_money_ru(rng, cost)}.",
                                          f"Стоимость первой очереди оценивается в {_money_ru(rng, cost)}."))
            amounts += 1
        paragraphs.append(sentence)
    if s.loan:
        paragraphs.append(f"Банк развития {h.gen} откроет кредитную линию в размере {_money_ru(rng, s.loan)} "
                          f"для финансирования совместных проектов.")
        amounts += 1
    sector_words = [SECTOR_PHRASES[x][0] for x in s.sectors]
    paragraphs.append(f"Отдельно обсуждалось сотрудничество в {', '.join(sector_words[:-1])} и {sector_words[-1]}.")
    if s.kind in ("interstate_council", "intergovernmental_commission"):
        paragraphs.append(f"Следующее заседание планируется провести в {s.date.year + 1} году в {g.loc}.")
    lead = rng.choice((f"{role_plural} {h.gen} и {g.gen} обсудили торговлю, инвестиции и совместные проекты.",
                       f"Стороны подписали {s.documents} документов и согласовали проекты на {package}."))
    return title, lead, paragraphs, amounts


def _english(rng: random.Random, s: Story) -> tuple[str, str, list[str], int]:
    """Word a story in English: (title, lead, paragraphs, amounts mentioned)."""
    people = [LEADERS[s.role][c] for c in s.codes]
    h, g = COUNTRIES[s.codes[0]], COUNTRIES[s.codes[1]]
    lh, lg = people[0], people[1]
    role = ROLES[s.role][3]
    dateline = f"{s.city.en.upper()}, {MONTHS_EN[s.date.month - 1]} {s.date.day} —"
    package = _money_en(rng, s.package)
    amounts = 1
    if s.kind in VISIT_EN:
        visit = VISIT_EN[s.kind]
        title = rng.choice((f"{lg.en_short} arrives in {s.city.en} on a {visit} visit",
                            f"{lg.en_short} and {lh.en_short} sign {package} of deals during {visit} visit"))
        first = (f"{dateline} {g.en_adj} {role} {lg.en} arrived in {h.en} on a {visit} visit and held talks with "
                 f"{role} {lh.en} in {s.city.en}.")
    elif s.kind == "talks":
        title = rng.choice((f"{lh.en_short} and {lg.en_short} discuss trade and investment",
                            f"{h.en} and {g.en} hold talks in {s.city.en}"))
        first = (f"{dateline} {h.en_adj} {role} {lh.en} held talks with {g.en_adj} {role} {lg.en} in {s.city.en}.")
    elif s.kind == "interstate_council":
        ordinal = ORDINAL_EN[s.ordinal - 1]
        title = f"{lh.en_short} and {lg.en_short} hold {ordinal} Supreme Interstate Council in {s.city.en}"
        first = (f"{dateline} {lh.en} and {lg.en} chaired the {ordinal} meeting of the Supreme Interstate Council of "
                 f"{h.en} and {g.en} in {s.city.en}.")
    elif s.kind == "intergovernmental_commission":
        ordinal = ORDINAL_EN[s.ordinal - 1]
        title = f"{h.en} and {g.en} hold intergovernmental commission meeting in {s.city.en}"
        first = (f"{dateline} The {ordinal} meeting of the {h.en}–{g.en} intergovernmental commission was held in "
                 f"{s.city.en}, co-chaired by Prime Ministers {lh.en} and {lg.en}.")
    elif s.kind == "phone_call":
        title = f"{lh.en_short} and {lg.en_short} hold phone call"
        first = (f"{h.en_adj} President {lh.en} held a phone call with {g.en_adj} President {lg.en} on "
                 f"{MONTHS_EN[s.date.month - 1]} {s.date.day}.")
    elif s.kind == "business_forum":
        title = f"{h.en_adj}-{g.en_adj} business forum opens in {s.city.en}"
        first = (f"{dateline} Prime Ministers {lh.en} and {lg.en} opened a {h.en_adj}-{g.en_adj} business forum in "
                 f"{s.city.en} attended by more than {s.companies} companies.")
    else:
        c3 = COUNTRIES[s.codes[2]]
        title = f"Leaders of {h.en}, {g.en} and {c3.en} hold trilateral summit in {s.city.en}"
        first = (f"{dateline} Presidents {people[0].en}, {people[1].en} and {people[2].en} held a trilateral summit "
                 f"in {s.city.en}.")
    paragraphs = [first]
    trade, target = _money_en(rng, s.trade), _money_en(rng, s.target)
    paragraphs.append(rng.choice((
        f"Bilateral trade grew by {s.growth}% and reached {trade} in {s.date.year - 1}. The sides agreed to raise "
        f"it to {target} by {s.date.year + 5}.",
        f"Trade between the two countries amounted to {trade} last year, and the leaders set a target of {target}.")))
    paragraphs.append(rng.choice((
        f"In total, {s.documents} documents were signed, and the package of agreements is worth {package}.",
        f"The sides signed {s.documents} documents covering projects worth {package}.")))
    amounts += 2
    for (kind, stem, status, city, cost) in s.projects:
        name = f"\"{stem[1]} {kind[5]}\""
        if status == "announced":
            sentence = f"The sides agreed to build the {name} {kind[3]} in {city.en}."
        elif status == "construction_started":
            sentence = rng.choice((f"The leaders broke ground on the {name} {kind[3]} in {city.en}.",
                                   f"Construction of the {name} {kind[3]} in {city.en} has started."))
        else:
            sentence = rng.choice((f"The {name} {kind[3]} in {city.en} was launched.",
                                   f"The leaders inaugurated the {name} {kind[3]} in {city.en}."))
        if cost:
            sentence += " " + rng.choice((f"The project is worth {_money_en(rng, cost)}.",
                                          f"Its first phase will cost {_money_en(rng, cost)}."))
            amounts += 1
        paragraphs.append(sentence)
    if s.loan:
        paragraphs.append(f"{h.en}'s development bank will open a credit line of {_money_en(rng, s.loan)} to "
                          f"finance joint projects.")
        amounts += 1
    words = [SECTOR_PHRASES[x][1] for x in s.sectors]
    paragraphs.append(f"The talks also covered cooperation in {', '.join(words[:-1])} and {words[-1]}.")
    if s.kind in ("interstate_council", "intergovernmental_commission"):
        paragraphs.append(f"The next meeting is scheduled for {s.date.year + 1} in {g.en}.")
    lead = rng.choice((f"The {role.lower()}s of {h.en} and {g.en} discussed trade, investment and joint projects.",
                       f"The sides signed {s.documents} documents and agreed on projects worth {package}."))
    return title, lead, paragraphs, amounts


# ---------------------------------------------------------------- furniture


def _rail_items(rng: random.Random, lang: str, count: int) -> list[str]:
    """Headlines of other stories: other countries and amounts that are not this article's facts."""
    items = []
    for _ in range(count):
        a, b = rng.sample(sorted(COUNTRIES), 2)
        usd = _millions(rng, 10, 990) if rng.random() < 0.5 else _billions(rng, 1.0, 9.0)
        if lang == "ru":
            items.append(rng.choice((
                f"{COUNTRIES[a].nom} и {COUNTRIES[b].nom} подписали контракты на {_money_ru(rng, usd)}",
                f"{COUNTRIES[a].nom} и {COUNTRIES[b].nom} договорились о поставках зерна на {_money_ru(rng, usd)}",
                f"В {rng.choice(CITIES[a]).loc} открылась выставка инвестпроектов на {_money_ru(rng, usd)}")))
        else:
            items.append(rng.choice((
                f"{COUNTRIES[a].en} and {COUNTRIES[b].en} sign {_money_en(rng, usd)} contracts",
                f"{COUNTRIES[a].en} to lend {COUNTRIES[b].en} {_money_en(rng, usd)} for power grid upgrade",
                f"{rng.choice(CITIES[a]).en} hosts investment fair with {_money_en(rng, usd)} of projects")))
    return items


NAV = {"ru": ("Главная", "Политика", "Экономика", "Регион", "Общество", "Спорт", "Видео"),
       "en": ("Home", "Politics", "Economy", "Region", "Society", "Sport", "Video")}


def _head(site: Site, lang: str, url: str, title: str, lead: str, author: str, published: str,
          tags: list[str], extra: str = "", modified: str | None = None) -> str:
    name = site.name_ru if lang == "ru" else site.name_en
    e = html.escape
    tag_meta = "\n".join(f'<meta property="article:tag" content="{e(t)}">' for t in tags)
    modified_meta = f'<meta property="article:modified_time" content="{modified}">\n' if modified else ""
    return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{e(title)} — {e(name)}</title>
<meta name="description" content="{e(lead)}">
<meta name="author" content="{e(author)}">
<link rel="canonical" href="{e(url)}">
<meta property="og:site_name" content="{e(name)}">
<meta property="og:type" content="article">
<meta property="og:title" content="{e(title)}">
<meta property="og:description" content="{e(lead)}">
<meta property="og:url" content="{e(url)}">
<meta property="og:image" content="https://{site.domain}/media/cover-{zlib.crc32(url.encode()) % 9999}.jpg">
<meta property="article:published_time" content="{published}">
{modified_meta}{tag_meta}
<link rel="stylesheet" href="/static/site.css?v=2.4">
<script async src="/static/metrics.js"></script>
{extra}</head>
"""


def _template_a(rng, site, lang, url, title, lead, paragraphs, author, published, tags, modified=None) -> str:
    """A modern news site: JSON-LD, ticker, related rail, subscribe promo."""
    e = html.escape
    ld = json.dumps({"@context": "https://schema.org", "@type": "NewsArticle", "headline": title,
                     "description": lead, "datePublished": published, "inLanguage": lang, "url": url,
                     **({"dateModified": modified} if modified else {}),
                     "author": [{"@type": "Person", "name": author}],
                     "publisher": {"@type": "Organization", "name": site.name_en}}, ensure_ascii=False, indent=1)
    head = _head(site, lang, url, title, lead, author, published, tags,
                 f'<script type="application/ld+json">\n{ld}\n</script>\n', modified)
    nav = "".join(f'<li><a href="/{lang}/{i}/">{e(x)}</a></li>' for i, x in enumerate(NAV[lang]))
    rail = "".join(f'<li class="rail__item"><a href="/{lang}/news/{rng.randint(10000, 99999)}">{e(x)}</a>'
                   f'<span class="rail__time">{rng.randint(8, 22)}:{rng.randint(10, 59)}</span></li>'
                   for x in _rail_items(rng, lang, rng.randint(4, 6)))
    ru = lang == "ru"
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    return head + f"""<body class="page page--article">
<div class="topbar"><span>{'Курсы ЦБ' if ru else 'CB rates'}: 12 {rng.randint(600, 999)} {'сумов за доллар' if ru else 'UZS per USD'} · {rng.randint(470, 530)},{rng.randint(10, 99)} {'тенге за доллар' if ru else 'KZT per USD'}</span> <a href="/{'en' if ru else 'ru'}/">{'English' if ru else 'Русский'}</a></div>
<header class="site-header"><a class="logo" href="/{lang}/">{e(site.name_ru if ru else site.name_en)}</a>
<nav class="main-nav"><ul>{nav}</ul></nav><form action="/search"><input type="search" name="q"></form></header>
<main class="layout">
<article class="story">
<nav class="breadcrumbs"><a href="/{lang}/">{NAV[lang][0]}</a> / <a href="/{lang}/1/">{NAV[lang][1]}</a></nav>
<h1 class="story__title">{e(title)}</h1>
<div class="story__meta"><span class="story__author">{e(author)}</span> · <span class="story__date">{published[:10]}</span></div>
<p class="story__lead"><strong>{e(lead)}</strong></p>
<div class="story__body">
{body}
</div>
<div class="story__tags">{' '.join(f'<a class="tag" href="/{lang}/tag/{i}/">{e(t)}</a>' for i, t in enumerate(tags))}</div>
</article>
<aside class="sidebar">
<section class="rail"><h2>{'Читайте также' if ru else 'Related news'}</h2><ul>{rail}</ul></section>
<section class="promo"><h3>{'Утренний дайджест' if ru else 'Morning digest'}</h3><p>{'Главные новости региона каждое утро. Годовая подписка — $' if ru else 'The region’s top stories every morning. Annual plan: $'}{rng.randint(19, 49)}.</p></section>
</aside>
</main>
<footer class="site-footer"><p>© 2015–2025 {e(site.name_en)}. {'Все права защищены.' if ru else 'All rights reserved.'}</p>
<p>{'Редакция' if ru else 'Newsroom'}: +998 71 {rng.randint(200, 299)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}, editor@{site.domain}</p></footer>
</body>
</html>
"""


def _template_b(rng, site, lang, url, title, lead, paragraphs, author, published, tags, modified=None) -> str:
    """A portal with a <time> element, a latest-news feed, a premium box and reader comments."""
    e = html.escape
    ru = lang == "ru"
    head = _head(site, lang, url, title, lead, author, published, tags, modified=modified)
    feed = "".join(f'<div class="feed-item"><span>{rng.randint(8, 22)}:{rng.randint(10, 59)}</span> '
                   f'<a href="/{lang}/news/{rng.randint(10000, 99999)}">{e(x)}</a></div>'
                   for x in _rail_items(rng, lang, rng.randint(3, 5)))
    names = ("Эркин", "Гульнара", "Бахром", "Айжан") if ru else ("Erkin", "Gulnara", "Bakhrom", "Aizhan")
    texts = (("Отличная новость!", "А билеты на поезд всё дорожают: уже {n} сомов.", "Когда откроют рейс до {c}?")
             if ru else ("Great news!", "Train tickets keep getting pricier: {n} som already.",
                         "When will the flight to {c} open?"))
    comments = "".join(
        f'<div class="comment"><b>{e(rng.choice(names))}</b> <span>{published[:10]}</span>'
        f'<div class="comment__text">{e(rng.choice(texts).format(n=rng.randint(300, 2500), c=rng.choice(CITIES["UZ"]).en))}'
        f'</div></div>' for _ in range(rng.randint(0, 3)))
    body = "\n".join(f'<p class="post-p">{e(p)}</p>' for p in paragraphs)
    return head + f"""<body>
<div class="breaking"><span>{'Срочно' if ru else 'Breaking'}</span> {'Центробанк сохранил ставку на уровне' if ru else 'Central bank keeps its rate at'} {rng.randint(10, 16)}%</div>
<header class="header"><a href="/{lang}/"><img src="/assets/logo.svg" alt="{e(site.name_en)}"></a>
<nav>{''.join(f'<a class="nav-link" href="/{lang}/{i}">{e(x)}</a>' for i, x in enumerate(NAV[lang]))}</nav></header>
<div class="container">
<div class="post">
<h1 class="post-title">{e(title)}</h1>
<div class="post-info"><time class="post-date" datetime="{published}">{published[:16].replace('T', ' ')}</time> <span class="post-author">{e(author)}</span> <span class="post-views">👁 {rng.randint(100, 9999)}</span></div>
<div class="post-lead">{e(lead)}</div>
<div class="post-content">
{body}
</div>
<div class="post-tags">{''.join(f'<a href="/{lang}/tags/{i}">#{e(t)}</a> ' for i, t in enumerate(tags))}</div>
</div>
<div class="news-feed"><div class="news-feed__title">{'Последние новости' if ru else 'Latest news'}</div>{feed}</div>
<div class="premium-box"><p>{'Подписка Premium — ' if ru else 'Premium subscription: '}{rng.randint(9, 49)} 000 {'сумов в месяц' if ru else 'UZS a month'}.</p></div>
<section class="comments"><h3>{'Комментарии' if ru else 'Comments'}</h3>{comments}</section>
</div>
<footer class="footer"><div>© 2016–2025 {e(site.name_en)}</div><div>{'Адрес' if ru else 'Address'}: {'Ташкент, ул. Навои' if ru else 'Tashkent, Navoi St.'}, {rng.randint(1, 99)}. Tel.: +998 (71) 233-{rng.randint(10, 99)}-{rng.randint(10, 99)}</div></footer>
</body>
</html>
"""


def _template_c(rng, site, lang, url, title, lead, paragraphs, author, published, tags, modified=None) -> str:
    """An old table-layout site with an other-news column, a rates box and a newsletter."""
    e = html.escape
    ru = lang == "ru"
    head = _head(site, lang, url, title, lead, author, published, tags, modified=modified)
    others = "".join(f'<tr><td class="other"><a href="/{lang}/{rng.randint(10000, 99999)}.html">{e(x)}</a></td></tr>'
                     for x in _rail_items(rng, lang, rng.randint(4, 6)))
    day = f"{published[8:10]}.{published[5:7]}.{published[:4]} {published[11:16]}"
    body = "\n".join(f"<p>{e(p)}</p>" for p in paragraphs)
    menu = " | ".join(f'<a href="/{lang}/{i}.html" class="menu">{e(x)}</a>' for i, x in enumerate(NAV[lang]))
    return head.replace("<!DOCTYPE html>", '<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">') + f"""<body bgcolor="#ffffff">
<table width="980" align="center" id="main">
<tr><td colspan="2" id="top"><a href="/{lang}/"><img src="/img/logo.gif" alt="{e(site.name_en)}"></a></td></tr>
<tr><td colspan="2" id="menu">{menu}</td></tr>
<tr><td valign="top" id="content" width="680">
<h1>{e(title)}</h1>
<div class="date">{day} | {e(author)}</div>
<p class="lead"><b>{e(lead)}</b></p>
<div class="text">
{body}
</div>
<div class="print"><a href="?print=1">{'Версия для печати' if ru else 'Print version'}</a></div>
</td>
<td valign="top" id="right" width="300">
<table class="block"><tr><th>{'Другие новости' if ru else 'Other news'}</th></tr>{others}</table>
<table class="block"><tr><th>{'Курсы валют' if ru else 'Exchange rates'}</th></tr><tr><td>USD — {rng.randint(470, 530)}.{rng.randint(10, 99)} KZT</td></tr><tr><td>USD — 12,{rng.randint(600, 999)} UZS</td></tr></table>
<table class="block"><tr><th>{'Рассылка' if ru else 'Newsletter'}</th></tr><tr><td>{'Еженедельный обзор. Более' if ru else 'A weekly review. Over'} {rng.randint(5, 40)} 000 {'читателей' if ru else 'readers'}.</td></tr></table>
</td></tr>
<tr><td colspan="2" id="footer">© 2003–2025 {e(site.name_en)}. {'Все права защищены.' if ru else 'All rights reserved.'} Tel.: +7 (727) {rng.randint(200, 399)}-{rng.randint(10, 99)}-{rng.randint(10, 99)}</td></tr>
</table>
</body>
</html>
"""


TEMPLATES = {"A": _template_a, "B": _template_b, "C": _template_c}
START = dt.datetime(2022, 1, 3)
# The addresses other than its own under which sites serve one article (ingestion.urls.canonical_key folds them).
ALIASES = ("amp", "amp-path", "mobile", "utm")
EDITED = "edited"
# An edited copy's changed paragraph: the original gains a sentence the editors added later.
UPDATES = {"ru": ("Материал дополнен: по уточнённым данным пресс-службы, стороны также создадут совместную рабочую группу.",
                  "Уточнение: документы подписаны в присутствии глав профильных ведомств обеих стран.",
                  "Обновлено: число подписанных документов подтвердили в министерстве иностранных дел."),
           "en": ("Updated: the press service later said the sides will also set up a joint working group.",
                  "Correction: the documents were signed in the presence of the heads of both line ministries.",
                  "Update: the foreign ministry has since confirmed the number of documents signed.")}


def alias_url(url: str, variant: str, rng: random.Random) -> str:
    """Return the address a variant of the page at `url` is served under."""
    scheme, _, rest = url.partition("://")
    host, _, path = rest.partition("/")
    if variant == "amp":
        return f"{url}/amp"
    if variant == "amp-path":
        return f"{scheme}://{host}/amp/{path}"
    if variant == "mobile":
        return f"{scheme}://m.{host}/{path}"
    if variant == "utm":
        medium, source = rng.choice((("social", "telegram"), ("social", "facebook"), ("email", "newsletter")))
        return f"{url}?utm_source={source}&utm_medium={medium}&utm_campaign=digest-{rng.randint(100, 999)}"
    return url


def _edit(rng: random.Random, lang: str, paragraphs: list[str]) -> list[str]:
    """Return the paragraphs with one of them (never the first, which carries the meeting) extended by an update."""
    edited = list(paragraphs)
    at = rng.randrange(1, len(edited)) if len(edited) > 1 else 0
    edited[at] = f"{edited[at]} {rng.choice(UPDATES[lang])}"
    return edited


def make_page(index: int, seed: int = DEFAULT_SEED, variant: str = "original") -> GeneratedPage:
    """Build page number `index`, or one of its variants; the same (seed, index, variant) always gives the same bytes.

    An alias variant is the same page under another address (its canonical link and
    og:url), so only that address and the cover image named after it differ; the edited
    variant keeps the article's own address and adds a modification time and an update
    to one paragraph. Variants draw from a random stream of their own, so the original
    page is the same bytes whether or not its variants are written.
    """
    rng = random.Random(f"coopwatch-bench:{seed}:{index}")
    lang = "ru" if rng.random() < RU_SHARE else "en"
    site = rng.choice(SITES)
    date = START + dt.timedelta(days=rng.randrange(0, 4 * 365), hours=rng.randint(8, 21), minutes=rng.randint(0, 59))
    story = _story(rng, date)
    title, lead, paragraphs, amounts = (_russian if lang == "ru" else _english)(rng, story)
    published = date.strftime("%Y-%m-%dT%H:%M:00") + site.tz
    section = {"ru": "politika", "en": "politics"}[lang]
    slug = f"{'-'.join(c.lower() for c in story.codes)}-{story.kind.replace('_', '-')}-{index:06d}"
    url = f"https://{site.domain}/{lang}/{section}/{date:%Y/%m/%d}/{slug}"
    author = rng.choice(AUTHORS_RU if lang == "ru" else AUTHORS_EN)
    tags = [COUNTRIES[c].nom if lang == "ru" else COUNTRIES[c].en for c in story.codes]
    variant_rng = random.Random(f"coopwatch-bench:{seed}:{index}:{variant}")
    modified = None
    if variant == EDITED:
        modified = (date + dt.timedelta(hours=variant_rng.randint(2, 72), minutes=variant_rng.randint(0, 59))
                    ).strftime("%Y-%m-%dT%H:%M:00") + site.tz
        paragraphs = _edit(variant_rng, lang, paragraphs)
    elif variant != "original" and variant not in ALIASES:
        raise ValueError(f"unknown page variant {variant!r}: expected original, {', '.join(ALIASES)} or {EDITED}")
    url = alias_url(url, variant, variant_rng)
    page_html = TEMPLATES[site.key](rng, site, lang, url, title, lead, paragraphs, author, published, tags,
                                    modified=modified)
    suffix = "" if variant == "original" else f"-{variant}"
    return GeneratedPage(index=index, filename=f"{index:06d}-{lang}-{site.key.lower()}{suffix}.html", html=page_html,
                         language=lang, site=site.domain, url=url, title=title,
                         published=dt.datetime.fromisoformat(published), meeting_format=story.kind,
                         countries=story.codes, amounts=amounts,
                         projects=[f"{p[1][0] if lang == 'ru' else p[1][1]}" for p in story.projects],
                         variant=variant, modified=dt.datetime.fromisoformat(modified) if modified else None)


def variants_of(index: int, seed: int = DEFAULT_SEED, aliases: float = 0.0, edits: float = 0.0) -> list[str]:
    """Return which pages article `index` is written as: the original, then 1–3 aliases and an edited copy by chance.

    `aliases` and `edits` are the shares of articles that get alias pages and an edited
    copy. Every draw is made whatever the shares, so raising one share only adds variants
    to more articles and never reshuffles the others.
    """
    rng = random.Random(f"coopwatch-bench:{seed}:{index}:variants")
    alias_draw, edit_draw, how_many = rng.random(), rng.random(), rng.randint(1, 3)
    chosen = rng.sample(ALIASES, how_many)
    return ["original"] + (chosen if alias_draw < aliases else []) + ([EDITED] if edit_draw < edits else [])


def article_index(path: Path | str) -> int:
    """Return the article a generated page file belongs to (its file name starts with the index)."""
    return int(Path(path).name[:6])


def generate(root: Path | str, count: int, *, start: int = 0, seed: int = DEFAULT_SEED, aliases: float = 0.0,
             edits: float = 0.0) -> list[Path]:
    """Write `count` pages into root/pages, articles start, start+1, … with their variants; rewrite root/sitemap.xml.

    Without aliases or edits, page i is article i. With them, an article's variants follow
    it, and those of the last article are cut where the count is reached, so `count` stays
    the number of input pages; the articles used never reach index start+count, which
    leaves that index free for pages added later.
    """
    root = Path(root)
    pages = root / PAGES_DIR
    pages.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    index = start
    while len(written) < count:
        for variant in variants_of(index, seed, aliases, edits)[: count - len(written)]:
            page = make_page(index, seed, variant)
            path = pages / page.filename
            path.write_text(page.html, encoding="utf-8")
            written.append(path)
        index += 1
    write_sitemap(root)
    return written


def write_sitemap(root: Path) -> Path:
    """List every page under root/pages in a sitemap with links relative to it, as real sitemaps may."""
    entries = "".join(f"<url><loc>{PAGES_DIR}/{xml_escape(p.name)}</loc></url>\n"
                      for p in sorted((root / PAGES_DIR).glob("*.html")))
    target = root / SITEMAP
    target.write_text('<?xml version="1.0" encoding="UTF-8"?>\n'
                      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' + entries + "</urlset>\n",
                      encoding="utf-8")
    return target


def share(text: str) -> float:
    """Parse a share of articles, a number from 0 to 1 (argparse type)."""
    value = float(text)
    if not 0.0 <= value <= 1.0:
        raise argparse.ArgumentTypeError(f"{text} is not a share between 0 and 1")
    return value


def add_variant_options(parser: argparse.ArgumentParser) -> None:
    """Add --aliases and --edits, which bench.generate and bench.run share."""
    parser.add_argument("--aliases", type=share, default=0.0, metavar="SHARE",
                        help="share of articles also written under 1-3 alias addresses (AMP, mobile, utm_*), same "
                             "text (default 0)")
    parser.add_argument("--edits", type=share, default=0.0, metavar="SHARE",
                        help="share of articles also written as an edited copy under the same address (default 0)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", help="folder to write pages/ and sitemap.xml into")
    parser.add_argument("--pages", type=int, default=1000)
    parser.add_argument("--start", type=int, default=0, help="index of the first page (to add pages later)")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    add_variant_options(parser)
    args = parser.parse_args(argv)
    written = generate(args.out, args.pages, start=args.start, seed=args.seed, aliases=args.aliases,
                       edits=args.edits)
    articles = len({article_index(path) for path in written})
    print(f"wrote {len(written)} pages of {articles} articles to {Path(args.out) / PAGES_DIR}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
