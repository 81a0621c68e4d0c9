"""Senses for a list item whose own CC-CEDICT senses stand nowhere in the English: the dictionary's gaps.

An item is anchored by the senses of the dictionary words inside it
(qa.lang.list_items.item_senses). Two kinds of item slip through: a noun with
a one-character predicate that no dictionary word covers (韧性强 "strong
resilience": 韧性 gives "toughness", 强 is left unread), and a word whose
English rendering CC-CEDICT gives only to a compound of it (养老 "provide for
the elderly", 养老金 "pension": "free pensions" for 免费养老). The first add
to the item's senses always (a one-character word says little, and a noun's
predicate adjective is rare outside such items); a compound's gloss only where
no anchor of the item's own says one of its glosses whole ("provided care
services" is half of "to provide for the elderly"), else 排水沟 'gutter' would
take "gutter inlets" from 雨水口.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from qa.lang.en_words import STOP_WORDS, stem

GLOSSES = 5  # first glosses of an uncovered character read (强: surname, stubborn, unyielding, strong, powerful)


@lru_cache(maxsize=4096)
def gap_senses(text: str) -> frozenset[str]:
    """Stems of the first one-word glosses of each one-character word of the item (jieba's) that no dictionary
    word covers (韧性|强) or that is an adjective after the item's noun, its predicate (海拔|高 "high altitude",
    though 拔高 covers 高; not 小 of 小型构筑物, which opens a word). Empty for an item no dictionary word is
    inside (a name: its sound anchors it)."""
    from qa.align.cedict import MAX_WORD, index
    from qa.lang.segment import segment

    words = segment(text)
    if len(words) < 2 or all(len(w) > 1 for w, _ in words):
        return frozenset()  # most items: no one-character word, nothing to read
    idx = index()
    spans = [(i, j) for i in range(len(text)) for j in range(i + 2, min(len(text), i + MAX_WORD) + 1) if text[i:j] in idx]
    if not spans:
        return frozenset()
    covered = {k for i, j in spans for k in range(i, j)}
    out: set[str] = set()
    at = 0
    for n, (word, tag) in enumerate(words):
        predicate = tag == "a" and n == len(words) - 1 and words[n - 1][1].startswith("n")
        if len(word) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", word) and (predicate or at not in covered):
            out |= _character_senses(word)
        at += len(word)
    return frozenset(out)


@lru_cache(maxsize=4096)
def compound_senses(text: str) -> frozenset[str]:
    """Stems of the first gloss of each compound made of a dictionary word that ends the item and one character
    more (养老 → 养老金 'pension'), for a word glossed as a verb only."""
    from qa.align.cedict import MAX_WORD, index

    idx = index()
    ends = [text[i:] for i in range(max(0, len(text) - MAX_WORD), len(text) - 1) if text[i:] in idx]
    return frozenset().union(*map(_compound_senses, ends)) if ends else frozenset()


@lru_cache(maxsize=4096)
def _character_senses(ch: str) -> frozenset[str]:
    from qa.lang.cedict import english_glosses

    glosses = [re.sub(r"\(.*?\)", "", g).strip() for g in english_glosses(ch)[:GLOSSES]]
    return frozenset(stem(g) for g in glosses if re.fullmatch(r"[a-z]{3,}", g) and g not in STOP_WORDS)


@lru_cache(maxsize=4096)
def _compound_senses(word: str) -> frozenset[str]:
    """First glosses of the dictionary's compounds word + one character, when that gloss is one word (养老金
    'pension'; not 养老院 'nursing home', a place of its own), for a word CC-CEDICT glosses as a verb only
    ("to provide for the elderly"): the noun English uses for it is then its compound's. A noun's compounds
    name other things (政治 'politics', 政治家 'statesman')."""
    from qa.align.cedict import index
    from qa.lang.cedict import english_glosses, lookup

    definitions = [d for e in lookup(word) for d in e.definitions]
    if not definitions or not all(d.startswith("to ") for d in definitions):
        return frozenset()
    part = index().part(word[:2])
    out = set()
    for head in part:
        if len(head) == len(word) + 1 and head.startswith(word):
            first = next(iter(english_glosses(head)), "")
            if re.fullmatch(r"[a-z]{4,}", first) and first not in STOP_WORDS:
                out.add(stem(first))
    return frozenset(out)


def whole_gloss(text: str, sentence: Sequence[str], far: Sequence[str]) -> bool:
    """Whether a word (`far`: far from the series, or an anchor) renders a whole gloss of the item: a one-word
    gloss, or one whose other content words the sentence says too. "provided care services" says the verb of 养老 "to provide for the
    elderly" and nothing of the elderly: the verb alone renders some other phrase of the sentence."""
    from qa.lang.list_items import renders

    groups = _gloss_groups(text)
    for w in far:
        for group in groups:
            hit = [s for s in group if renders(w, frozenset({s}))]
            if hit and (len(group) == 1 or any(renders(x, group - frozenset(hit)) for x in sentence if x != w)):
                return True
    return not groups


@lru_cache(maxsize=4096)
def _gloss_groups(text: str) -> tuple[frozenset[str], ...]:
    """The content-word stems of each CC-CEDICT gloss of each dictionary word inside the item."""
    from qa.align.cedict import MAX_WORD, english_stems, index
    from qa.lang.cedict import english_glosses

    idx = index()
    words = {text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + MAX_WORD) + 1) if text[i:j] in idx}
    groups = {english_stems(re.sub(r"\(.*?\)", " ", g)) for w in words for g in english_glosses(w)}
    return tuple(sorted((g for g in groups if g), key=sorted))
