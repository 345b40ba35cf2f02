"""Constructions found in a fifteenth batch of real newsroom pages the extractor had never seen (none of the dev set).

Each case is written here in invented words with the same construction; each failed on the code before it unless
marked as a guard.
"""
from __future__ import annotations

from extraction import extract_article
from tests.helpers import article

# --- meetings ----------------------------------------------------------------------------------------------------


def test_the_country_whose_dollars_an_amount_is_in_takes_no_part_in_the_meeting():
    body = ("Делегация Согдийской области приняла участие в III Региональном форуме «Узбекистан – Таджикистан», "
            "проходящем в городе Самарканде, и провела переговоры. В рамках делового форума было подписано 40 "
            "документов на сумму более 120 млн. долларов США.")
    assert [m["country_codes"] for m in extract_article(article(body, "ru"))["meetings"]] == [["TJ", "UZ"]]
