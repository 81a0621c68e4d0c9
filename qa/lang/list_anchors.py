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
    from qa.lang.pinyin import expected_syllables

    if not re.fullmatch(r"[\u4e00-\u9fff]{2,6}", text):
        return []
    joined, owner = _letters(target)
    found = []
    for word in {text, text.rstrip(_PLACE_SUFFIX)}:
        key = "".join(expected_syllables(word)) if len(word) >= 2 else ""
        if len(key) < 4:
            continue
        for m in re.finditer(re.escape(key), joined):
            if m.start() == 0 or owner[m.start() - 1] != owner[m.start()]:  # begins a word
                found.append(owner[m.start()])
    return found


@lru_cache(maxsize=256)
def _letters(target: str) -> tuple[str, tuple[int, ...]]:
    """The target's letters run together, lower case, and the token each belongs to (once per target, not per item)."""
    letters, owner = [], []
    for k, token in enumerate(english_tokens(target)):
        for ch in token.text.lower():
            if ch.isalpha():
                letters.append(ch)
                owner.append(k)
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
    shorts = {"".join(w[0] for w in g.split()).upper() for w in _sub_words(text) for g in _glosses(w)
              if len(g.split()) >= 2}
    return [j for j, t in enumerate(english_tokens(target))
            if 2 <= len(t.text) <= 4 and t.text.isupper() and t.text in shorts]


def _sub_words(text: str) -> set[str]:
    return {text[i:j] for i in range(len(text)) for j in range(i + 2, len(text) + 1)}


@lru_cache(maxsize=4096)
def _glosses(word: str) -> tuple[str, ...]:
    from qa.lang.cedict import english_glosses

    return tuple(g for g in english_glosses(word) if re.fullmatch(r"[A-Za-z]+(?: [A-Za-z]+){1,3}", g))
