"""Quoted terms: the “…” terms of the source and the target should correspond in count.

Chinese official prose quotes its coined terms (“五大要求”, “两个维护”), and a
faithful translation quotes them too (“Five Requirements”, “Two Upholds”).
A pair whose target has fewer quoted terms than its source has usually lost
a term or its quotes. Quotes that are speech rather than terms (long, with a
full stop inside) are not counted, and nothing is reported when either side's
quotes are unbalanced: P502 covers that.
"""

from __future__ import annotations

import re
from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.profile import ZH_EN
from qa.model import Pair

# A term: short, no punctuation inside, not speech introduced by 说/道/：.
_SOURCE_TERM = re.compile(r"(?<![：:说道])[“「『]([^“”「」『』\n，。！？、,.!?：:；;…]{1,12})[”」』]")
_TARGET_TERM = re.compile(r"“([^“”\n]{1,80})”|\"([^\"\n]{1,80})\"")
_SPEECH = re.compile(r"[。！？!?]|[.](?:\s|$)")


def quoted_terms(text: str, lang: str) -> list[re.Match]:
    """Quoted terms of `text` (short quotations without a sentence stop inside), in the source or target language."""
    pattern = _SOURCE_TERM if lang == ZH_EN.source else _TARGET_TERM
    return [m for m in pattern.finditer(text) if not _SPEECH.search(m.group()[1:-1].rstrip(".,;:!?。，；：！？"))]


# Numerals that make a quoted word a coined formula: “三不”, “两个维护”, “一刀切”, “十四五”.
_ZH_NUMERAL = re.compile("[一二两三四五六七八九十百千万0-9]")
TERM_MIN_CHARS = 4


def coined_terms(text: str) -> list[re.Match]:
    """Source quotes an editor expects to stay quoted: coined terms, not quoted words.

    Official prose quotes its slogans and formulas (“关键少数”, “头雁效应”, “三不”);
    fiction quotes single words, names and exclamations (“快”, “小白龙”, “文革”),
    which a translation rightly renders without quotes. A term is four or more
    characters, or holds a numeral.
    """
    return [m for m in quoted_terms(text, ZH_EN.source)
            if len(m.group()) - 2 >= TERM_MIN_CHARS or _ZH_NUMERAL.search(m.group())]


def _balanced(text: str, opener: str, closer: str) -> bool:
    return text.count(opener) == text.count(closer)


@check(
    "P401",
    "quoted-terms-missing",
    category="Accuracy/Omission",
    severity="minor",
    example="source: 坚定做到“两个维护”，落实“三项规定”。  target: firmly practice the Two Upholds and implement the “Three Provisions.”",
)
def quoted_terms_missing(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The target has fewer quoted terms than the source.

    Each coined “…” term in the Chinese (four or more characters, or one with a
    numeral: “两个维护”, “关键少数”) should come out as a quoted term in the
    English; quoted single words and names (“快”, “文革”) are not counted. The finding names the source terms in order from the first one
    that has no quoted counterpart (by count), so an editor can find the term
    that lost its quotes or was dropped.
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    if not (_balanced(pair.source, "“", "”") and _balanced(pair.target, "“", "”") and pair.target.count('"') % 2 == 0):
        return
    src = coined_terms(pair.source)
    tgt = quoted_terms(pair.target, ZH_EN.target) + list(re.finditer(r"(?<!\w)['‘][^'‘’\n]{1,60}['’](?!\w)", pair.target))
    if len(src) <= len(tgt):
        return
    names = "".join(m.group() for m in src)
    yield Problem(
        f"The source quotes {len(src)} terms ({names}) but the target quotes only {len(tgt)}.",
        suggestion="Keep each quoted source term quoted in the translation.",
    )
