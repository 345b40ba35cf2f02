"""Unit tests of English plans, intentions and unusual launch wording in newsroom prose (invented sentences)."""
from __future__ import annotations

import pytest

from tests.helpers import projects


@pytest.mark.parametrize(("text", "expected"), [
    ("A memorandum on the creation of a joint industrial zone in Turkistan region is expected to be signed in April.",
     [("joint industrial zone", "announced")]),
    ("An agreement on the construction of a new bridge across the Amu Darya is to be signed next month.",
     [("bridge across the Amu Darya", "announced")]),
    ("The agreement on the creation of the joint investment fund will be signed during the visit.",
     [("joint investment fund", "announced")]),
])
def test_a_deal_on_a_facility_still_to_be_signed_intends_the_facility(text, expected):
    assert projects(text) == expected
