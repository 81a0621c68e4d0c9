"""Senses for a list item whose own CC-CEDICT senses stand nowhere in the English: the dictionary's gaps.

An item is anchored by the senses of the dictionary words inside it
(qa.lang.list_items.item_senses). Two kinds of item slip through: a noun with
a one-character predicate that no dictionary word covers (韧性强 "strong
resilience": 韧性 gives "toughness", 强 is left unread), and a word whose
English rendering CC-CEDICT gives only to a compound of it (养老 "provide for
the elderly", 养老金 "pension": "free pensions" for 免费养老). These senses are
looked for only when the item's own ones anchor nothing, so an item the
dictionary already places is read as before.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang.en_words import STOP_WORDS, stem

GLOSSES = 5  # first glosses of an uncovered character read (强: surname, stubborn, unyielding, strong, powerful)


@lru_cache(maxsize=4096)
def gap_senses(text: str) -> frozenset[str]:
    """Stems of the first one-word glosses of each character no dictionary word of the item covers, and of the
    first gloss of each compound made of a dictionary word that ends the item and one character more (养老 →
    养老金 'pension'). Empty for an item no dictionary word is inside (a name: its sound anchors it)."""
    from qa.align.cedict import MAX_WORD, index

    idx = index()
    spans = [(i, j) for i in range(len(text)) for j in range(i + 2, min(len(text), i + MAX_WORD) + 1) if text[i:j] in idx]
    if not spans:
        return frozenset()
    covered = {k for i, j in spans for k in range(i, j)}
    out: set[str] = set()
    for k, ch in enumerate(text):
        if k not in covered and re.fullmatch(r"[\u4e00-\u9fff]", ch):
            out |= _character_senses(ch)
    for i, j in spans:
        if j == len(text):
            out |= _compound_senses(text[i:j])
    return frozenset(out)


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
