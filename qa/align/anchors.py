"""Lexical anchors: evidence that two spans translate each other, independent of the embedder.

Per segment we extract once: number values, Chinese quoted in parentheses
inside English, quoted terms, and CC-CEDICT translations of the Chinese words.
A bead's anchor score compares the unions over its merged segments.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from qa.align import cedict

_ARABIC = re.compile(r"\d+(?:[.,]\d+)*")
_PAREN_HAN = re.compile(r"[（(]([^()（）]*[\u3400-\u9fff][^()（）]*)[)）]")
_QUOTED = re.compile(r"[“「『\"]([^”」』\"]{1,40})[”」』\"]")


def _arabic_numbers(text: str, lang: str) -> list[float]:
    values = []
    for match in _ARABIC.findall(text):
        try:
            values.append(float(match.replace(",", "")))
        except ValueError:
            continue
    return values


def number_values(text: str, lang: str) -> list[float]:
    """Numbers in `text`; uses qa.lang.numbers when it exists (Chinese numerals, number words)."""
    try:
        from qa.lang.numbers import number_values as full
    except ImportError:
        return _arabic_numbers(text, lang)
    return list(full(text, lang))


@dataclass(frozen=True)
class SegmentAnchors:
    numbers: frozenset[float]
    han_in_parens: frozenset[str]  # English side: Chinese glosses; Chinese side: unused
    quotes: int
    words: tuple[frozenset[str], ...]  # Chinese side: stems per dictionary word; English: one set of stems
    text: str


def extract(texts: Sequence[str], lang: str) -> list[SegmentAnchors]:
    """Anchors of each segment of one side."""
    out = []
    for text in texts:
        if lang == "zh":
            words = tuple(cedict.chinese_words(text))
            parens: frozenset[str] = frozenset()
        else:
            words = (cedict.english_stems(text),)
            parens = frozenset(m.strip() for m in _PAREN_HAN.findall(text))
        out.append(
            SegmentAnchors(
                numbers=frozenset(number_values(text, lang)),
                han_in_parens=parens,
                quotes=len(_QUOTED.findall(text)),
                words=words,
                text=text,
            )
        )
    return out


def bead_anchor_score(src: Sequence[SegmentAnchors], tgt: Sequence[SegmentAnchors]) -> tuple[float, float]:
    """(dictionary coverage in [0, 1]: harmonic mean of both sides' translated shares, number/gloss agreement in [-1, 1]) for merged spans.

    Coverage is the share of Chinese dictionary words with a translation in the
    English span. Agreement is +1 when the numbers and parenthesised Chinese
    glosses all match, -1 when none do, 0 when there are none.
    """
    en_stems: set[str] = set()
    for seg in tgt:
        en_stems.update(seg.words[0] if seg.words else ())
    zh_words = [w for seg in src for w in seg.words]
    zh_side = sum(1 for w in zh_words if not w.isdisjoint(en_stems)) / len(zh_words) if zh_words else 0.0
    # symmetric, so adding unrelated English to a span cannot raise it
    translations = frozenset().union(*zh_words) if zh_words else frozenset()
    en_side = len(en_stems & translations) / len(en_stems) if en_stems else 0.0
    coverage = 2 * zh_side * en_side / (zh_side + en_side) if zh_side + en_side else 0.0

    src_numbers = frozenset().union(*(s.numbers for s in src))
    tgt_numbers = frozenset().union(*(t.numbers for t in tgt))
    hits = total = 0
    union = src_numbers | tgt_numbers
    if union:
        hits += len(src_numbers & tgt_numbers)
        total += len(union)
    src_text = "".join(s.text for s in src)
    for seg in tgt:
        for gloss in seg.han_in_parens:
            total += 1
            hits += gloss in src_text
    agreement = (2.0 * hits / total - 1.0) if total else 0.0
    return coverage, agreement
