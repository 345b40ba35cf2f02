"""Reworded as another newsroom would word them, the tuned dev articles give the same facts.

The rewordings (bench/paraphrase.py) keep each article's meaning: a typed hyphen for a dash,
"Tokaev" for "Tokayev", "Киргизия" for "Кыргызстан", a "Read also" line in the body. Only the
tuned part is reworded; the measured part is never read to write rules.
"""
from __future__ import annotations

import pytest

from bench.paraphrase import INVARIANT, Paraphrase, dev_articles, moved, view
from extraction import extract_article

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def tuned(shared_dev) -> list[tuple[str, dict, dict]]:
    return [(doc, article, view(extract_article(article))) for doc, article in dev_articles("tune")]


@pytest.mark.parametrize("paraphrase", INVARIANT, ids=lambda p: p.name)
def test_a_rewording_another_newsroom_would_use_moves_no_fact(paraphrase: Paraphrase, tuned):
    reworded = [(doc, paraphrase.apply(article), before) for doc, article, before in tuned]
    changes = {doc: moved(before, view(extract_article(after)), paraphrase.rename())
               for doc, after, before in reworded if after is not None}
    assert any(after is not None for _, after, _ in reworded), "the rewording finds nothing to change in any article"
    assert {doc: diff for doc, diff in changes.items() if diff} == {}
