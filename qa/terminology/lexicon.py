"""The document's own lexicon: which English words its pairs link to a Chinese word (Dice co-occurrence)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable

from qa.lang.en_words import english_keys, same_word
from qa.lang.segment import Tokens, segment
from qa.lang.zh import HAN_WORD
from qa.terminology.vocab import Learned, gloss_words

MIN_DICE = 0.5  # 2·both / (pairs with the Chinese word + pairs with the English word)
MIN_COOCCURRENCE = 2  # one shared pair is chance
RIVAL_RATIO = 0.85  # a word goes to the term whose words it links to best, or nearly as well
_FUNCTION_TAGS = ("u", "p", "c", "r", "x", "m", "q", "y", "e", "d", "f")
Segmented = Tokens


@lru_cache(maxsize=65536)
def _glosses_by_prefix(word: str) -> dict[str, tuple[str, ...]]:
    """CC-CEDICT's English words for a Chinese word (or, when it has none, for its characters: 全县's 县
    "county"), by their first four letters: a key can only be explained by glosses sharing its prefix
    (same_word), so a pair looks up its keys' prefixes instead of listing every gloss of every word.
    Once per word, not per pair holding it. Callers only read it."""
    out: dict[str, list[str]] = {}
    for gloss in gloss_words(word) or frozenset().union(*map(gloss_words, word)):
        out.setdefault(gloss[:4], []).append(gloss)
    return {prefix: tuple(glosses) for prefix, glosses in out.items()}


def _explainers(tokens: Segmented, keys: Iterable[str]) -> dict[str, set[str]]:
    """Key → the pair's content words (not `_FUNCTION_TAGS`) whose glosses explain it (same_word); only keys
    some word may explain. Each distinct word is looked at once, and only at the prefixes the keys have."""
    prefixes = {key[:4] for key in keys}
    words = {word for word, tag in tokens if HAN_WORD.match(word) and not tag.startswith(_FUNCTION_TAGS)}
    by_prefix: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for word in words:
        glosses = _glosses_by_prefix(word)
        for prefix in prefixes.intersection(glosses):
            by_prefix.setdefault(prefix, []).append((word, glosses[prefix]))
    out: dict[str, set[str]] = {}
    for key in keys:
        found = {w for w, glosses in by_prefix.get(key[:4], ()) if any(same_word(key, g) for g in glosses)}
        if found:
            out[key] = found
    return out


def cooccurrence(pairs: Iterable[tuple[str | Segmented, str]], parts: Iterable[str]) -> dict[tuple[str, str], float]:
    """Dice coefficient of each (Chinese word in `parts`, English word) sharing MIN_COOCCURRENCE pairs.

    The Chinese of a pair may be given already segmented (segment()), which
    spares a second jieba pass over a long document.

    Counts are per pair (does the pair hold the Chinese word, the English
    word, both), so the cost is one pass over the pairs, never a comparison
    of every pair with every other. A shared pair does not count
    when CC-CEDICT explains the English word by another word of that pair's
    Chinese ("county" by 全县), which keeps the small documents' chance
    companions out.
    """
    wanted = frozenset(parts)
    zh_count: Counter[str] = Counter()
    en_count: Counter[str] = Counter()
    read: list[tuple[Segmented, Iterable[str], set[str]]] = []
    for source, target in pairs:
        keys = english_keys(target)
        en_count.update(keys.keys())
        tokens = segment(source) if isinstance(source, str) else source
        present = {w for w, _ in tokens if w in wanted}
        zh_count.update(present)
        if present and keys:
            read.append((tokens, keys, present))
    both: Counter[tuple[str, str]] = Counter()
    for tokens, every_key, present in read:
        # a (word, key) shares no more pairs than either is in: only words and keys in MIN_COOCCURRENCE
        # pairs can score, so glosses (the costly part) are asked for those keys alone and not at all where no
        # word recurs; a key's explainers do not depend on the other keys asked
        if all(zh_count[chinese] < MIN_COOCCURRENCE for chinese in present):
            continue
        keys = [key for key in every_key if en_count[key] >= MIN_COOCCURRENCE]
        if not keys:
            continue
        explained = _explainers(tokens, keys)
        for key in keys:
            explainers = explained.get(key)
            if not explainers:
                both.update((chinese, key) for chinese in present)
            elif len(explainers) == 1 and (only := next(iter(explainers))) in present:
                both[only, key] += 1  # explained by this word alone: no other word of the pair explains it away
    dice = {
        (chinese, key): 2 * n / (zh_count[chinese] + en_count[key])
        for (chinese, key), n in both.items()
        if n >= MIN_COOCCURRENCE
    }
    return dice


@dataclass(frozen=True)
class Lexicon:
    """What one document's pairs say: Dice of each (Chinese word, English word) sharing two pairs or more."""

    by_chinese: dict[str, dict[str, float]]
    by_english: dict[str, dict[str, float]]
    # English word → its Chinese words, strongest first: a term's rival is the first one outside it
    ranked: dict[str, tuple[tuple[float, str], ...]] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        ranked = {key: tuple(sorted(((s, c) for c, s in scores.items()), reverse=True))
                  for key, scores in self.by_english.items()}
        object.__setattr__(self, "ranked", ranked)


def learn_lexicon(pairs: Iterable[tuple[str | Segmented, str]], parts: Iterable[str]) -> Lexicon:
    """Co-occurrence of the Chinese words in `parts` with the English words of the same pairs."""
    by_chinese: dict[str, dict[str, float]] = {}
    by_english: dict[str, dict[str, float]] = {}
    for (chinese, key), score in cooccurrence(pairs, parts).items():
        by_chinese.setdefault(chinese, {})[key] = score
        by_english.setdefault(key, {})[chinese] = score
    return Lexicon(by_chinese, by_english)


def _rival(key: str, inside: set[str], lexicon: Lexicon) -> float:
    """The strongest Dice of `key` with a Chinese word outside `inside` (0 when none): the first of the ranked
    list outside the term, a step or two, not a pass over every word linked to `key` for every term."""
    return next((score for score, other in lexicon.ranked[key] if other not in inside), 0.0)


def learned_for(term: str, lexicon: Lexicon) -> Learned:
    """English words the document links to each sub-word of `term`: the `learned` argument above.

    A word is kept for a sub-word when its Dice reaches MIN_DICE and no Chinese
    word outside the term links to it clearly more strongly (RIVAL_RATIO):
    "legal" is not 工作's in 工作会议 when 政法 (of 政法工作) holds it better.
    Sub-words of one term are no rivals: 乡村 and 振兴 always occur together,
    both link to "rural", and renderings() sorts out which is which.
    """
    words = [word for word, _ in segment(term)]
    inside = set(words)
    found = []
    for word in words:
        kept = set()
        for key, score in lexicon.by_chinese.get(word, {}).items():
            if score >= MIN_DICE and score >= RIVAL_RATIO * _rival(key, inside, lexicon):
                kept.add(key)
        found.append(frozenset(kept))
    return tuple(found) if any(found) else ()

