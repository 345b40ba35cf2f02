"""Resolve date expressions against the article's publication date.

Reports say "15 ноября", "April 10", "в среду" or "yesterday"; the year and
the exact day are only recoverable relative to when the article was published.
"""
from __future__ import annotations

import datetime as dt
import re

RU_MONTHS = {"янв": 1, "фев": 2, "мар": 3, "апр": 4, "ма": 5, "июн": 6, "июл": 7, "авг": 8,
             "сен": 9, "окт": 10, "ноя": 11, "дек": 12}
EN_MONTHS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8,
             "sep": 9, "oct": 10, "nov": 11, "dec": 12}
RU_WEEKDAYS = {"понедельник": 0, "вторник": 1, "сред": 2, "четверг": 3, "пятниц": 4, "суббот": 5, "воскресень": 6}
EN_WEEKDAYS = {"monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5, "sunday": 6}

_RU_MONTH_RE = r"(январ|феврал|март|апрел|ма[йяе]|июн|июл|август|сентябр|октябр|ноябр|декабр|янв|фев|мар|апр|авг|сен|окт|ноя|дек)[а-я]*\.?"
_EN_MONTH_RE = r"(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)\.?"

_PATTERNS = [
    ("dmy_ru", re.compile(rf"(?<!\d)(\d{{1,2}})\s+{_RU_MONTH_RE}(?:\s+(\d{{4}}))?(?!\w)")),
    ("mdy_en", re.compile(rf"(?<!\w){_EN_MONTH_RE}\s+(\d{{1,2}})(?:st|nd|rd|th)?(?!\d)(?:,?\s+(\d{{4}}))?")),
    ("dmy_en", re.compile(rf"(?<!\d)(\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{_EN_MONTH_RE}(?:\s+(\d{{4}}))?(?!\w)")),
    ("numeric", re.compile(r"(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?![\d.])")),
]
_WEEKDAYS = {**RU_WEEKDAYS, **EN_WEEKDAYS}
# built once here, not for every sentence of every article
_WEEKDAY = re.compile(r"(?<!\w)(?:в|во|on|last)\s+(" + "|".join(_WEEKDAYS) + r")\w*")
_RELATIVE = [
    (re.compile(r"(?<!\w)(сегодня|today|this morning|сегодняшн)"), 0),
    (re.compile(r"(?<!\w)(вчера|yesterday|вчерашн)"), -1),
    (re.compile(r"(?<!\w)(позавчера)"), -2),
]


def _month(token: str, table: dict[str, int]) -> int | None:
    for prefix, number in table.items():
        if token.startswith(prefix):
            return number
    return None


def _closest_year(month: int, day: int, published: dt.date | None) -> dt.date | None:
    """Pick the year that puts a day-and-month closest to the publication date."""
    if published is None:
        return None
    best = None
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            candidate = dt.date(year, month, day)
        except ValueError:
            continue
        if best is None or abs((candidate - published).days) < abs((best - published).days):
            best = candidate
    return best


def find_dates(low: str, published: dt.date | None) -> list[tuple[int, dt.date]]:
    """Return (offset, date) pairs for explicit and relative dates in normalised text."""
    out: list[tuple[int, dt.date]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(low):
            try:
                if kind == "dmy_ru":
                    day, month, year = int(m.group(1)), _month(m.group(2), RU_MONTHS), m.group(3)
                elif kind == "mdy_en":
                    month, day, year = _month(m.group(1), EN_MONTHS), int(m.group(2)), m.group(3)
                elif kind == "dmy_en":
                    day, month, year = int(m.group(1)), _month(m.group(2), EN_MONTHS), m.group(3)
                else:
                    day, month, year = int(m.group(1)), int(m.group(2)), m.group(3)
                if not month:
                    continue
                date = dt.date(int(year), month, day) if year else _closest_year(month, day, published)
            except ValueError:
                continue
            if date:
                out.append((m.start(), date))
    if published:
        for pattern, delta in _RELATIVE:
            for m in pattern.finditer(low):
                out.append((m.start(), published + dt.timedelta(days=delta)))
        for m in _WEEKDAY.finditer(low):
            if any(abs(off - m.start()) < 25 for off, _ in out):
                continue  # "в среду, 5 апреля": the explicit date wins
            target = _WEEKDAYS[m.group(1)]
            back = (published.weekday() - target) % 7
            out.append((m.start(), published - dt.timedelta(days=back)))
    return sorted(out)


def years_in(low: str) -> list[tuple[int, int]]:
    """Return (offset, year) pairs for four-digit years 1990–2099."""
    return [(m.start(), int(m.group(1))) for m in re.finditer(r"(?<![\d.,])((?:19|20)\d\d)(?![\d.,]\d)", low)]


def years_before(low: str, published: dt.date) -> bool:
    """Tell whether every year a text names lies before the year it was published in.

    Such a text recalls the past ("в сентябре 2021 года" in a 2025 report): its event is not news.
    """
    years = [year for _, year in years_in(low)]
    return bool(years) and all(year < published.year for year in years)


def year_after(low: str, published: dt.date) -> bool:
    """Tell whether a text names a year after the year it was published in: it speaks of a plan."""
    return any(year > published.year for _, year in years_in(low))


_MONTH_ONLY = re.compile(
    rf"(?<!\w)(?:в|во|in|since|с)\s+(?:early\s+|late\s+|mid-?)?(?:{_RU_MONTH_RE}|{_EN_MONTH_RE})(?![\w-])(?!\s*[–-])(?!\s+\d{{1,2}}(?!\d))")


def months_in(low: str) -> list[tuple[int, int]]:
    """Return (offset, month) pairs for a month named without a day ("в марте", "in March").

    A month alone, earlier than the publication month, dates an encounter the
    article only recalls; a day and month is a date and is read by find_dates.
    """
    out = []
    for m in _MONTH_ONLY.finditer(low):
        token = m.group(1) or m.group(2)
        month = _month(token, RU_MONTHS if m.group(1) else EN_MONTHS)
        # "in may" is often the verb: only with a year after it, or ending a clause ("held in Astana in May.")
        if month and not (m.group(2) == "may" and not re.match(r"\s+(?:20\d\d|this|last)|\s*(?:[.,;:!?)]|$)",
                                                                low[m.end():])):
            out.append((m.start(), month))
    return out
