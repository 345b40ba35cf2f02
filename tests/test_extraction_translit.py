"""Unit tests for the romanisation of Russian names (BGN/PCGN without diacritics, ДЖ = J)."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from extraction.translit import romanize  # noqa: E402


@pytest.mark.parametrize("ru, en", [
    ("Серик Жумангарин", "Serik Zhumangarin"),
    ("Тимур Ахметов", "Timur Akhmetov"),
    ("Евгений Щукин", "Yevgeniy Shchukin"),
    ("Юлия Цой", "Yuliya Tsoy"),
    ("Ерлан Кошанов", "Yerlan Koshanov"),
    ("Дмитрий Чернышенко", "Dmitriy Chernyshenko"),
    ("Джамшид Ходжаев", "Jamshid Khojayev"),
    ("Пётр Хрущёв", "Pyotr Khrushchev"),
    ("Ильяс Подъячев", "Ilyas Podyachev"),
    ("Анна Рено-Бассо", "Anna Reno-Basso"),
    ("Айгерим Қасымова", "Aygerim Kasymova"),
])
def test_russian_names_are_romanised(ru, en):
    assert romanize(ru) == en


@pytest.mark.parametrize("text", ["Cevdet Yılmaz", "Xi Jinping", "J. Smith-Jones", "2025"])
def test_latin_text_is_left_as_it_is(text):
    assert romanize(text) == text
