"""The document's own lexicon: which English words its pairs link to a Chinese word (Dice co-occurrence)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
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
    both: Counter[tuple[str, str]] = Counter()
    for source, target in pairs:
        keys = english_keys(target)
        en_count.update(keys.keys())
        tokens = segment(source) if isinstance(source, str) else source
        present = {w for w, _ in tokens if w in wanted}
        if not present or not keys:
            zh_count.update(present)
            continue
        zh_count.update(present)
        by_prefix: dict[str, list[tuple[str, str]]] = {}
        for word, tag in tokens:
            if HAN_WORD.match(word) and not tag.startswith(_FUNCTION_TAGS):
                for gloss in gloss_words(word) or frozenset().union(*map(gloss_words, word)):  # 全县: 县 "county"
                    by_prefix.setdefault(gloss[:4], []).append((word, gloss))
        for key in keys:
            explainers = {w for w, g in by_prefix.get(key[:4], ()) if same_word(key, g)}
            for chinese in present:
                if not explainers - {chinese}:
                    both[chinese, key] += 1
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


def learn_lexicon(pairs: Iterable[tuple[str | Segmented, str]], parts: Iterable[str]) -> Lexicon:
    """Co-occurrence of the Chinese words in `parts` with the English words of the same pairs."""
    by_chinese: dict[str, dict[str, float]] = {}
    by_english: dict[str, dict[str, float]] = {}
    for (chinese, key), score in cooccurrence(pairs, parts).items():
        by_chinese.setdefault(chinese, {})[key] = score
        by_english.setdefault(key, {})[chinese] = score
    return Lexicon(by_chinese, by_english)


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
            rival = max((s for other, s in lexicon.by_english[key].items() if other not in inside), default=0.0)
            if score >= MIN_DICE and score >= RIVAL_RATIO * rival:
                kept.add(key)
        found.append(frozenset(kept))
    return tuple(found) if any(found) else ()

