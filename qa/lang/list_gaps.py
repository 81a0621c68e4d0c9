"""Senses for a list item whose own CC-CEDICT senses stand nowhere in the English: the dictionary's gaps.

An item is anchored by the senses of the dictionary words inside it
(qa.lang.list_items.item_senses). Two kinds of item slip through: a noun with
a one-character predicate that no dictionary word covers (韧性强 "strong
resilience": 韧性 gives "toughness", 强 is left unread), and a word whose
English rendering CC-CEDICT gives only to a compound of it (养老 "provide for
the elderly", 养老金 "pension": "free pensions" for 免费养老). Both say little
(an adjective as "strong" or "high" stands in any sentence), so
qa.lang.list_items anchors them only beside the item's neighbours in the
series (`beside_neighbours`), and a character's adjective only as a whole
word ("high", not the "tall" of "install"). A compound's gloss is read only
where no anchor of the item's own says one of its glosses whole ("provided
care services" is half of "to provide for the elderly"), else 排水沟 'gutter'
would take "gutter inlets" from 雨水口.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from qa.lang.en_words import STOP_WORDS, stem

GLOSSES = 5  # first definitions read of the character's reading in the item (强 qiáng: strong, powerful, better, …)
NEAR_NEIGHBOUR = 6  # tokens between a gap's word and a neighbour item's anchor ("strong resilience in development, large")


@lru_cache(maxsize=8192)
def dictionary_spans(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of every CC-CEDICT word of two characters or more inside `text`, whatever the segmentation:
    the one scan every reader of an item's dictionary words shares."""
    from qa.align.cedict import MAX_WORD, index

    idx = index()
    return tuple((i, j) for i in range(len(text)) for j in range(i + 2, min(len(text), i + MAX_WORD) + 1)
                 if text[i:j] in idx)


def dictionary_words(text: str) -> list[str]:
    """The CC-CEDICT words of two characters or more inside `text`, in order of position."""
    return [text[i:j] for i, j in dictionary_spans(text)]


@lru_cache(maxsize=4096)
def gap_senses(text: str) -> frozenset[str]:
    """Adjectives (whole English words, not stems) glossing each one-character word of the item (jieba's) that no
    dictionary word covers (韧性|强) or that is an adjective after the item's noun, its predicate (海拔|高 "high
    altitude", though 拔高 covers 高); read in the character's pronunciation in the item (重 zhòng "heavy", not
    chóng "again"). Empty for an item no dictionary word is inside (a name: its sound anchors it)."""
    from qa.lang.segment import segment

    words = segment(text)
    if len(words) < 2 or all(len(w) > 1 for w, _ in words):
        return frozenset()  # most items: no one-character word, nothing to read
    spans = dictionary_spans(text)
    if not spans:
        return frozenset()
    covered = {k for i, j in spans for k in range(i, j)}
    out: set[str] = set()
    at = 0
    for n, (word, tag) in enumerate(words):
        predicate = tag == "a" and n == len(words) - 1 and words[n - 1][1].startswith("n")
        if len(word) == 1 and re.fullmatch(r"[\u4e00-\u9fff]", word) and (predicate or at not in covered):
            out |= _character_adjectives(word, _reading(text, at))
        at += len(word)
    return frozenset(out)


def own_gap_senses(texts: Sequence[str], k: int) -> frozenset[str]:
    """Item k's gap adjectives less any other item's: an adjective two items share (the 强 of 能力强 and the 硬
    of 作风硬 'strong') tells nothing about which of them a word renders."""
    return gap_senses(texts[k]) - frozenset().union(*(gap_senses(t) for n, t in enumerate(texts) if n != k))


def says_gap(word: str, gaps: frozenset[str]) -> bool:
    """The English word is one of the gap adjectives, or an inflection of one ("stronger"; not "strongly", not
    "install" for 高 'tall')."""
    if word in gaps:
        return True
    if word != word.lower():
        return not gaps.isdisjoint(_lemmas_of(word))
    return word in _gap_forms(gaps)


@lru_cache(maxsize=4096)
def _gap_forms(gaps: frozenset[str]) -> frozenset[str]:
    """The lower-case words lemminflect lemmatises to one of the gaps: a few lemmas looked up once, not the
    lemmas of every word of a paragraph (a part of lemminflect's table unmarshalled for each new word was a
    fifth of A006 on a new document)."""
    from qa.lang.lemmas import lemma_forms

    return frozenset().union(*map(lemma_forms, gaps)) if gaps else frozenset()


@lru_cache(maxsize=16384)
def _lemmas_of(word: str) -> frozenset[str]:
    """Every lemma lemminflect gives the word, of any part of speech: `says_gap` asks it of a word with capitals
    (a lower-case word is looked for among the gaps' forms, `_gap_forms`), once per word."""
    from qa.lang.lemmas import all_lemmas

    return frozenset(lemma for lemmas in all_lemmas(word).values() for lemma in lemmas)


def beside_neighbours(j: int, k: int, anchors: Sequence[Sequence[int]], near: int = NEAR_NEIGHBOUR) -> bool:
    """Whether token j stands where item k of the list would. A middle item's word stands within `near` tokens
    after an anchor of the nearest anchored item before it with no later item's anchor between, or before one of
    the nearest anchored item after it with no earlier item's between: "powerful brands" after "large scale and
    good returns" is no rendering of 实力强 of 规模大、实力强、效益好, nor "pension levels" after the series of its
    middle item 养老. A first or last item's word, within `near` tokens of any other item's anchor (an English
    list may open with the source's last item: "facing northeast and has high altitude" for 海拔高、…、面向东北方向)."""
    others = [b for n, a in enumerate(anchors) if n != k for b in a]
    if k == 0 or k == len(anchors) - 1:
        return any(0 < abs(j - b) <= near for b in others)
    before = next((anchors[n] for n in range(k - 1, -1, -1) if anchors[n]), ())
    after = next((anchors[n] for n in range(k + 1, len(anchors)) if anchors[n]), ())
    later = [b for n in range(k + 1, len(anchors)) for b in anchors[n]]
    earlier = [b for n in range(k) for b in anchors[n]]
    return any(0 < j - a <= near and not any(a < b < j for b in later) for a in before) \
        or any(0 < a - j <= near and not any(j < b < a for b in earlier) for a in after)


@lru_cache(maxsize=4096)
def compound_senses(text: str) -> frozenset[str]:
    """Stems of the first gloss of each compound made of a dictionary word that ends the item and one character
    more (养老 → 养老金 'pension'), for a word glossed as a verb only."""
    ends = [text[i:] for i, j in dictionary_spans(text) if j == len(text)]
    return frozenset().union(*map(_compound_senses, ends)) if ends else frozenset()


def _reading(text: str, at: int) -> str:
    """The pinyin (tone number) pypinyin reads for the character at `at` in the item (重 of 任务重: zhong4)."""
    from pypinyin import Style, pinyin

    return pinyin(text, style=Style.TONE3, errors=lambda chars: ["?"] * len(chars))[at][0]


@lru_cache(maxsize=4096)
def _character_adjectives(ch: str, reading: str) -> frozenset[str]:
    """The one-word adjectives among the first GLOSSES definitions of the character's entries read `reading`
    (all its common entries when none is: a surname's capitalised entry is never read)."""
    from qa.lang.cedict import lookup
    from qa.lang.lemmas import all_lemmas

    entries = [e for e in lookup(ch) if e.pinyin[:1].islower()]
    entries = [e for e in entries if e.pinyin == reading] or entries
    out = set()
    for entry in entries:
        for definition in entry.definitions[:GLOSSES]:
            gloss = re.sub(r"\(.*?\)", "", definition).strip()
            if re.fullmatch(r"[a-z]{3,}", gloss) and gloss not in STOP_WORDS and "ADJ" in all_lemmas(gloss):
                out.add(gloss)
    return frozenset(out)


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
    gloss, a gloss's last content word (its object or head noun: "poverty" of 脱贫 'to lift oneself out of
    poverty', "elderly" of 养老 'to provide for the elderly'), or any of its words when the sentence says its
    other content words too. "provided care services" says only the verb of 养老 and nothing of the elderly:
    the verb alone renders some other phrase of the sentence."""
    from qa.lang.list_words import renders

    groups = _gloss_groups(text)
    for w in far:
        for group, last in groups:
            hit = [s for s in group if renders(w, frozenset({s}))]
            if hit and (len(group) == 1 or last in hit
                        or any(renders(x, group - frozenset(hit)) for x in sentence if x != w)):
                return True
    return not groups


@lru_cache(maxsize=4096)
def _gloss_groups(text: str) -> tuple[tuple[frozenset[str], str], ...]:
    """The content-word stems of each CC-CEDICT gloss of each dictionary word inside the item, with the stem
    of its last content word."""
    from qa.align.cedict import english_stems
    from qa.lang.cedict import english_glosses

    groups = {}
    for word in set(dictionary_words(text)):
        for gloss in english_glosses(word):
            plain = re.sub(r"\(.*?\)", " ", gloss)
            group = english_stems(plain)
            content = [w for w in re.findall(r"[a-z]+", plain.lower()) if w not in STOP_WORDS and stem(w) in group]
            if group:
                groups[group] = stem(content[-1]) if content else ""
    return tuple(sorted(groups.items(), key=lambda g: sorted(g[0])))
