"""Where the English renders a list item that is a name the dictionary does not know: by sound, or by
the places an abbreviation's characters stand for.

素万那普、廊曼、清迈 (Thai airports written in characters) have no CC-CEDICT
sense and no pinyin spelling in "Suvarnabhumi, Don Muang, Chiengmai"; 沪昆 (a
rail line) is "Shanghai-Kunming", one place per character. Without an anchor
such an item can neither place the English series nor be reported lost.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang.en_words import english_tokens

HEARD = 0.7  # as qa.lang.transliteration asks of a cut piece: below it, 舫苑 sounds like "Fishmen Village" (0.52)
_NAME = re.compile(r"[\u4e00-\u9fff]{2,6}")
_CAPITAL = re.compile(r"[A-Z][a-z]+")
_ABBREVIATION = re.compile(r"(?:abbr\. for|short name for) ([A-Z][a-z]+(?: [A-Z][a-z]+)?)"
                           r"|^([A-Z][a-z]+(?: [A-Z][a-z]+)?) \(abbr\. for")


def heard_anchors(text: str, target: str) -> list[int]:
    """The first token of the name (a whole run of one to three capitalised words, not the sentence's first)
    sounding most like the item, when it reaches HEARD: "Kong" of "Hong Kong" is no name of its own."""
    from qa.lang.transliteration import phonetic_similarity

    if not _NAME.fullmatch(text):
        return []
    best, at = 0.0, -1
    for j, name in _names(target):
        score = phonetic_similarity(text, name)
        if score > best:
            best, at = score, j
    return [at] if best >= HEARD else []


@lru_cache(maxsize=256)
def _names(target: str) -> tuple[tuple[int, str], ...]:
    """(first token, words) of each run of one to three capitalised words but the target's first (once per
    target, not per item)."""
    tokens = english_tokens(target)
    capital = [bool(re.match(r"[A-Z]", t.text)) for t in tokens]
    out = []
    j = 0
    while j < len(tokens):
        if not capital[j]:
            j += 1
            continue
        end = j
        while end + 1 < len(tokens) and capital[end + 1] and not target[tokens[end].end : tokens[end + 1].start].strip():
            end += 1
        end += 1  # a comma or a lower-case word ends the name
        run = tokens[j:end]
        if j and len(run) <= 3 and all(_CAPITAL.fullmatch(r.text) for r in run):
            out.append((j, " ".join(r.text for r in run)))
        j = end
    return tuple(out)


def abbreviation_anchors(text: str, target: str) -> list[int]:
    """Tokens opening a run of capitalised place names joined by hyphens, one per character of the item in
    order, each the place CC-CEDICT says the character abbreviates (京 'abbr. for Beijing') or a name that
    starts with the character's pinyin (广 Guangzhou): 京广 "Beijing-Guangzhou"."""
    from qa.align.cedict import index

    if not _NAME.fullmatch(text):
        return []
    hyphened = _hyphened(target)
    if not hyphened:  # most targets: no character's places looked up
        return []
    # 杭深高铁: the places, then a word of the dictionary (高铁 'high-speed rail')
    heads = [text[:i] for i in range(2, min(len(text), 4) + 1) if i == len(text) or text[i:] in index()]
    out = []
    for head in heads:
        options = [_expansions(ch) for ch in head]
        out += [j for j, start in hyphened if _spells(target[start:], options)]
    return sorted(set(out))


@lru_cache(maxsize=256)
def _hyphened(target: str) -> tuple[tuple[int, int], ...]:
    """(index, offset) of the tokens a run of places may open: hyphenated, a capital first (each place is
    a capitalised name or word)."""
    return tuple((j, t.start) for j, t in enumerate(english_tokens(target)) if "-" in t.text and "A" <= t.text[0] <= "Z")


def _spells(rest: str, options: list[tuple[tuple[str, ...], tuple[str, ...]]]) -> bool:
    """Whether `rest` opens with one place per character, joined by hyphens."""
    at = 0
    for k, (names, syllables) in enumerate(options):
        name = next((n for n in names if re.match(re.escape(n) + r"\b", rest[at:])), None)
        word = re.match(r"[A-Z][a-z]+", rest[at:])
        if name:
            at += len(name)
        elif word and any(word.group().lower().startswith(s) and len(word.group()) > len(s) + 1 for s in syllables):
            at += len(word.group())
        else:
            return False
        if k + 1 < len(options):
            if not rest[at:].startswith("-"):
                return False
            at += 1
    return True


@lru_cache(maxsize=4096)
def _expansions(char: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The places CC-CEDICT says the character abbreviates, and its pinyin syllables (two letters or more)."""
    from qa.lang.cedict import lookup
    from qa.lang.pinyin import char_syllables

    names = {m.group(1) or m.group(2) for e in lookup(char) for d in e.definitions
             for m in [_ABBREVIATION.search(d)] if m}
    return tuple(sorted(names)), tuple(sorted(s for s in char_syllables(char) if len(s) >= 2))


@lru_cache(maxsize=4096)
def name_like(text: str) -> bool:
    """Every CC-CEDICT word inside the item is a name (普吉 Phuket, 深港 Shenzhen and Hong Kong), or it has
    none (素万那普): the item may be a name, which only its sound or its places render."""
    from qa.align.cedict import MAX_WORD, index
    from qa.lang.cedict import lookup

    if not _NAME.fullmatch(text):
        return False
    idx = index()
    words = {text[i:j] for i in range(len(text)) for j in range(i + 2, min(len(text), i + MAX_WORD) + 1)}
    return all(e.is_proper_noun for w in words if w in idx for e in lookup(w))


def lost_name(texts: list[str], k: int, anchored: bool) -> bool:
    """Item k, with no dictionary sense and no anchor, is a name the series lost: it is name-like and so
    are two other items of its list (a list of airports, of rail lines); a word the dictionary lacks in a
    list of common nouns may be rendered by any word."""
    return not anchored and name_like(texts[k]) and sum(name_like(t) for n, t in enumerate(texts) if n != k) >= 2


def spelt_by_others(texts: list[str], k: int, target: str) -> set[int]:
    """Tokens another item of the list spells place by place: they render that item, not item k."""
    return {j for n, t in enumerate(texts) if n != k for j in abbreviation_anchors(t, target)}


def name_said(text: str, target: str, skip: set[int] = frozenset()) -> bool:
    """Whether a name inside the item (a place, person or body: 北京市教委, 开行广西南宁) is spelt or rendered
    anywhere in the English but the tokens `skip` (another item's places): names are moved about freely
    (", Guangxi" after the city), so for them only the whole English counts."""
    from qa.lang.list_anchors import pinyin_anchors
    from qa.lang.list_items import item_senses
    from qa.lang.list_words import renders
    from qa.lang.segment import segment

    words = [t.text.lower() for j, t in enumerate(english_tokens(target)) if j not in skip]
    for word, tag in segment(text):
        if tag in ("ns", "nt", "nr", "nrt", "nz") and len(word) >= 2 and not _common_word(word):
            senses = item_senses(word)
            if set(pinyin_anchors(word, target)) - skip or any(renders(w, senses) for w in words if senses):
                return True
    return False


def _common_word(word: str) -> bool:
    """A word jieba tags as a name that CC-CEDICT knows only as a common word (养老 'to provide for the elderly',
    tagged nr): its senses render what any word does, so they spell no name."""
    from qa.lang.cedict import lookup

    entries = lookup(word)
    return bool(entries) and not any(e.is_proper_noun for e in entries)
