"""Where a list item stands in the English, beside its dictionary senses: its pinyin spelling, an acronym
of its glosses, the glosses of a one-character item, and the shortest stretch of the English that holds
every item."""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from qa.lang.en_words import STOP_WORDS, english_tokens, stem


def one_character(text: str) -> frozenset[str]:
    """A one-character item (肺、胃、肾经: 肺 "lung") by its first plain one-word glosses, which a
    longer item's dictionary words would drown."""
    from qa.lang.cedict import english_glosses

    if len(text) != 1:
        return frozenset()
    glosses = [re.sub(r"\(.*?\)", "", g).strip() for g in english_glosses(text)[:3]]
    return frozenset(stem(g) for g in glosses if re.fullmatch(r"[a-z]{3,}", g) and g not in STOP_WORDS)


_PLACE_SUFFIX = "区市省县镇村州路"


def pinyin_anchors(text: str, target: str) -> list[int]:
    """Tokens where the English spells the item in pinyin (谭卫 Tan Wei, 天安门 Tian An Men, 集美区 Jimei)."""
    keys = _pinyin_keys(text)
    if not keys:
        return []
    joined, owner = _letters(target)
    found = []
    for key in keys:  # a plain substring search: a pattern compiled per item cost A006 a tenth of its time
        start = joined.find(key)
        while start >= 0:
            if start == 0 or owner[start - 1] != owner[start]:  # begins a word
                found.append(owner[start])
            start = joined.find(key, start + len(key))
    return found


@lru_cache(maxsize=4096)
def _pinyin_keys(text: str) -> tuple[str, ...]:
    """The item's pinyin, letters only, with and without a place suffix (once per item, not per target)."""
    from qa.lang.pinyin import expected_syllables

    if not _ITEM.fullmatch(text):
        return ()
    keys = []
    for word in {text, text.rstrip(_PLACE_SUFFIX)}:
        key = "".join(expected_syllables(word)) if len(word) >= 2 else ""
        if len(key) >= 4:
            keys.append(key)
    return tuple(keys)


_ITEM = re.compile(r"[\u4e00-\u9fff]{2,6}")


@lru_cache(maxsize=256)
def _letters(target: str) -> tuple[str, tuple[int, ...]]:
    """The target's letters run together, lower case, and the token each belongs to (once per target, not per item)."""
    letters: list[str] = []
    owner: list[int] = []
    for k, token in enumerate(english_tokens(target)):
        kept = "".join(filter(str.isalpha, token.text.lower()))
        letters.append(kept)
        owner.extend([k] * len(kept))
    return "".join(letters), tuple(owner)


def shortest_window(matched: Sequence[Sequence[int]], centre: float) -> tuple[int, int]:
    """The shortest token range holding an anchor of every matched item (nearest `centre` on a tie)."""
    hits = sorted((k, n) for n, a in enumerate(matched) for k in a)
    best: tuple[float, float, int, int] | None = None
    counts: dict[int, int] = {}
    left = 0
    for k, n in hits:
        counts[n] = counts.get(n, 0) + 1
        while len(counts) == len(matched):
            lo = hits[left][0]
            key = (k - lo, abs((lo + k) / 2 - centre), lo, k)
            best = key if best is None or key < best else best
            m = hits[left][1]
            counts[m] -= 1
            if not counts[m]:
                del counts[m]
            left += 1
    assert best is not None
    return best[2], best[3]


def acronym_anchors(text: str, target: str) -> list[int]:
    """Tokens of the English that abbreviate a gloss of a word inside the item: "PE" for 体育 'physical
    education', "AI" for 人工智能 (CC-CEDICT seldom lists the abbreviation English writes)."""
    capitals = _capitals(target)
    if not capitals:  # most sentences have no short capitals: the item's glosses are not looked up
        return []
    shorts = _acronyms(text)
    return [j for j, word in capitals if word in shorts]


@lru_cache(maxsize=256)
def _capitals(target: str) -> tuple[tuple[int, str], ...]:
    """(token index, word) of the target's words of 2-4 capitals, which an acronym could be."""
    return tuple((j, t.text) for j, t in enumerate(english_tokens(target)) if 2 <= len(t.text) <= 4 and t.text.isupper())


@lru_cache(maxsize=4096)
def _acronyms(text: str) -> frozenset[str]:
    """The initials of every multi-word gloss of every word inside the item."""
    return frozenset("".join(w[0] for w in g.split()).upper() for w in _sub_words(text) for g in _glosses(w)
                     if len(g.split()) >= 2)


def _sub_words(text: str) -> set[str]:
    return {text[i:j] for i in range(len(text)) for j in range(i + 2, len(text) + 1)}


@lru_cache(maxsize=4096)
def _glosses(word: str) -> tuple[str, ...]:
    from qa.lang.cedict import english_glosses

    return tuple(g for g in english_glosses(word) if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+){1,3}", g))
