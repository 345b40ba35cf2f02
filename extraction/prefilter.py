"""Tell cheaply which lexicon patterns a text cannot match, so scans skip their regexes.

Gazetteer aliases, person names and sector terms are hundreds of regexes, each
anchored by ``(?<!\\w)`` at the start of a word, and a sentence holds few of them.
Every match of such a pattern starts a word of the text with the pattern's literal
start, so a set lookup of the first letters of the text's words rules most patterns
out; the regexes still decide every match, so what is found does not change.
"""
from __future__ import annotations

import functools
import re

# The stdlib's own regex parser (public as sre_parse before 3.11) tells which literals a match must consume.
import re._parser as sre_parse
from collections.abc import Iterable
from re._constants import BRANCH, LITERAL, MAX_REPEAT, MIN_REPEAT, SUBPATTERN
from typing import Generic, TypeVar

T = TypeVar("T")

# Keys are the first letters of a word, at most this many: a few per word, yet selective.
KEY_LETTERS = 3
# Where a word starts, the characters from there (a key may run past the word: "кук сарой").
_WORD_HEAD = re.compile(rf"(?<!\w)(?=(\w.{{0,{KEY_LETTERS - 1}}}))", re.S)
_WORD_CHAR = re.compile(r"\w")
# Characters with a meaning in a regex outside a character class (no VERBOSE flag is used).
_SPECIAL = frozenset(".^$*+?{}[]\\|()")
# An escape, a whole character class, or any single character: enough to see the nesting.
_REGEX_TOKEN = re.compile(r"\\.|\[\^?\]?(?:\\.|[^\]\\])*\]|.", re.S)
# Word starts of the sentences being scanned; every gazetteer and sector asks about the same ones.
_STARTS_CACHE = 4096


def _has_top_level_bar(pattern: str) -> bool:
    depth = 0
    for token in _REGEX_TOKEN.findall(pattern):
        depth += (token == "(") - (token == ")")
        if token == "|" and depth == 0:
            return True
    return False


def literal_prefix(pattern: str) -> str:
    """Return text that every match of a regex starts with, or "" when that is not plain.

    Deliberately conservative: it stops at the first special character, drops a
    character that a quantifier may remove, and gives up on a top-level alternation.
    """
    if _has_top_level_bar(pattern):
        return ""
    end = 0
    while end < len(pattern) and pattern[end] not in _SPECIAL:
        end += 1
    if end < len(pattern) and pattern[end] in "?*{":
        end -= 1
    return pattern[:max(end, 0)]


def start_key(literal: str) -> str:
    """Return the key of a ``(?<!\\w)`` pattern whose every match starts with `literal`.

    The key is "" (present in every text) when the literal is empty or does not start
    with a word character, since then the match need not start a word.
    """
    return literal[:KEY_LETTERS] if _WORD_CHAR.match(literal) else ""


@functools.lru_cache(maxsize=_STARTS_CACHE)
def word_starts(text: str) -> frozenset[str]:
    """Return the first one to KEY_LETTERS characters at every word start of text, and ""."""
    heads = _WORD_HEAD.findall(text)
    return frozenset([""] + [head[:n] for head in heads for n in range(1, len(head) + 1)])


def may_match(keys: frozenset[str], text: str) -> bool:
    """Tell whether a pattern with these start keys can match in text."""
    return not keys.isdisjoint(word_starts(text))


def _consumed(items) -> set[str] | None:
    """Return strings one of which every match of a parsed sequence consumes, or None if unknown."""
    candidates, run = [], []
    for op, av in items:
        if op is LITERAL:
            run.append(chr(av))
            continue
        if run:
            candidates.append({"".join(run)})
            run = []
        found = None
        if op is SUBPATTERN and not av[1] & re.IGNORECASE:
            found = _consumed(av[3])
        elif op is BRANCH:
            alternatives = [_consumed(branch) for branch in av[1]]
            found = set().union(*alternatives) if all(alternatives) else None
        elif op in (MAX_REPEAT, MIN_REPEAT) and av[0] >= 1:
            found = _consumed(av[2])
        # lookarounds, classes, anchors and optional parts promise nothing
        if found:
            candidates.append(found)
    if run:
        candidates.append({"".join(run)})
    # the set whose shortest string is longest rules out the most texts
    return max(candidates, key=lambda strings: min(map(len, strings))) if candidates else None


def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Return literals one of which is inside every match of a regex, or None when there are none to rely on."""
    parsed = sre_parse.parse(pattern, flags)
    if parsed.state.flags & re.IGNORECASE:
        return None
    found = _consumed(parsed.data)
    return tuple(sorted(found)) if found else None


class Prefiltered:
    """A compiled regex whose search and finditer first check that the text holds a literal every match needs.

    Cue patterns are long alternations tried at every position of every sentence,
    yet most sentences hold none of their words; a few substring tests say so
    first. A match (also one found between pos and endpos) lies inside the text, so
    a text without any required literal has none and the skipped search finds nothing.
    """

    __slots__ = ("regex", "needles")

    def __init__(self, regex: re.Pattern) -> None:
        self.regex = regex
        self.needles = required_literals(regex.pattern, regex.flags)

    def may_match(self, text: str) -> bool:
        """Tell whether a match anywhere in text is possible at all."""
        return self.needles is None or any(map(text.__contains__, self.needles))

    def search(self, text: str, *bounds: int) -> re.Match | None:
        return self.regex.search(text, *bounds) if self.may_match(text) else None

    def finditer(self, text: str, *bounds: int):
        return self.regex.finditer(text, *bounds) if self.may_match(text) else iter(())

    def __getattr__(self, name: str):
        # match, sub, pattern and the rest behave exactly as the regex's own
        return getattr(self.regex, name)


class StartIndex(Generic[T]):
    """Items with the start keys of their patterns; hands out, in order, those a text may match."""

    def __init__(self, items: Iterable[tuple[T, Iterable[str]]]) -> None:
        self._items: list[T] = []
        self._by_key: dict[str, list[int]] = {}
        for position, (item, keys) in enumerate(items):
            self._items.append(item)
            for key in set(keys):
                self._by_key.setdefault(key, []).append(position)
        self._keys = frozenset(self._by_key)

    def candidates(self, text: str) -> list[T]:
        """Return the items whose patterns may match in text, in the order they were given."""
        keys = self._keys & word_starts(text)
        positions = sorted({p for key in keys for p in self._by_key[key]})
        return [self._items[p] for p in positions]

    def __iter__(self):
        return iter(self._items)


class LiteralIndex(Generic[T]):
    """Items with a prefiltered pattern each; hands out, in order, those whose pattern a text may match.

    A sentence is checked against a lexicon's cue patterns one by one, yet most
    hold none of their literals: one pass over the distinct literals of all the
    patterns (several patterns share one) rules them out together, and the
    patterns left run their regexes, which still decide every match.
    """

    def __init__(self, items: Iterable[tuple[T, Prefiltered]]) -> None:
        self._items: list[T] = []
        self._always: list[int] = []
        self._by_needle: dict[str, list[int]] = {}
        for position, (item, pattern) in enumerate(items):
            self._items.append(item)
            if pattern.needles is None:
                self._always.append(position)
            for needle in pattern.needles or ():
                self._by_needle.setdefault(needle, []).append(position)
        self._needles = tuple(self._by_needle)

    def candidates(self, text: str) -> list[T]:
        """Return the items whose patterns may match in text, in the order they were given."""
        positions = set(self._always)
        for needle in filter(text.__contains__, self._needles):
            positions.update(self._by_needle[needle])
        return [self._items[p] for p in sorted(positions)]

    def __iter__(self):
        return iter(self._items)

