"""Source qualifiers a translation must carry (甚至 'even', 首次 'first time', 约 'about', 超过 'more than') and
the English that renders them.

A qualifier changes what a sentence claims (about 300 is not 300; the first
time is news; a pilot is not the scheme); dropping it loses a meaning while
the sentence still reads well. Each entry's English is its CC-CEDICT senses
plus the renderings translators use on the dev corpora (MAC-Dev, WMT22,
WMT19). Only qualifiers that translators keep were listed: words they drop
or restructure routinely (也, 都, 进一步, 大力 …) are not.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_NUMBER = re.compile(r"^(?:[0-9０-９.,]+|[一二三四五六七八九十百千万亿两几数]+)")
_NUMBER_END = re.compile(r"(?:[0-9０-９]|[一二三四五六七八九十百千万亿两])(?:[个名家位条次件种所座人年天只岁万亿%％]|公里|米|吨|元)?$")


@dataclass(frozen=True)
class Qualifier:
    word: str
    gloss: str  # what the message names
    english: tuple[str, ...]  # regex alternatives, matched case-insensitively on word boundaries
    before_number: bool = False  # only counts directly before a figure (近 30 年, not 近日)
    after_number: bool = False  # only counts directly after a figure (300 左右, 100 余名)
    not_before: str = ""  # not when this follows closely: 5000元以上1万元以下 is a range ("5000-10000")


QUALIFIERS: tuple[Qualifier, ...] = (
    Qualifier("甚至", "even", ("even", "so far as", "to the extent", "to the point", "going so far", "further\\w*",
                                   "moreover", "what is more", "what's more", "not only")),
    Qualifier("首次", "for the first time", ("first\\w*", "debut", "maiden", "never before", "inaugural", "premiere")),
    Qualifier("试点", "pilot", ("pilot\\w*", "trial\\w*", "tr(?:y|ied|ies|ying)", "experiment\\w*", "test\\w*",
                             "demonstration")),
    Qualifier("约", "about", ("about", "approximate\\w*", "around", "roughly", "some", "nearly", "almost",
                              "or so", "close to", "estimated", "circa", "approx\\.?", "~"), before_number=True),
    Qualifier("大约", "about", ("about", "approximate\\w*", "around", "roughly", "some", "nearly", "almost",
                                "or so", "close to", "estimated", "circa"), before_number=True),
    Qualifier("近", "nearly", ("nearly", "almost", "close to", "closely", "about", "approximate\\w*", "around",
                               "roughly", "near\\w*", "up to", "just (?:under|below|short)", "some",
                               "approaching", "or so", "past", "recent\\w*", "last", "latest", "within",
                               "lately", "previous"), before_number=True),
    Qualifier("将近", "nearly", ("nearly", "almost", "close to", "about", "approximate\\w*", "around",
                                 "roughly", "near\\w*", "up to", "just (?:under|below|short)", "some")),
    Qualifier("超过", "more than", ("more than", "over", "above", "exceed\\w*", "surpass\\w*", "beyond",
                                    "in excess", "upwards?", "outnumber\\w*", "plus", "greater", "higher",
                                    "larger", "bigger", "top\\w*", "at least", "overtak\\w*", "\\+",
                                    "less", "under", "below", "up to", "within", "maximum", "no more")),
    Qualifier("逾", "more than", ("more than", "over", "above", "exceed\\w*", "in excess", "upwards?", "plus",
                                  "\\+", "dozens", "hundreds", "thousands", "millions"), before_number=True),
    Qualifier("左右", "about", ("about", "approximate\\w*", "around", "roughly", "some", "nearly", "almost",
                                "or so", "close to", "estimated", "circa", "more or less"), after_number=True),
    Qualifier("以上", "more than", ("more than", "over", "above", "at least", "or more", "upwards?", "in excess",
                                    "exceed\\w*", "plus", "\\+", "no (?:less|fewer) than", "not less than",
                                    "higher", "greater", "beyond"), after_number=True, not_before="以下"),
    Qualifier("余", "more than", ("more than", "over", "above", "some", "odd", "plus", "upwards?", "in excess",
                                  "exceed\\w*", "\\+", "dozens", "hundreds", "thousands", "several", "nearly",
                                  "about", "around", "at least", "or so"), after_number=True),
    Qualifier("多", "more than", ("more than", "over", "above", "some", "odd", "plus", "upwards?", "in excess",
                                  "exceed\\w*", "\\+", "dozens", "hundreds", "thousands", "several", "nearly",
                                  "about", "around", "at least", "or so", "almost", "roughly", "approximate\\w*",
                                  "a few"), after_number=True),
    Qualifier("高达", "as high as", ("as high as", "as much as", "as many as", "up to", "reach\\w*", "high",
                                     "amount\\w* to", "total\\w*", "as large as", "hit")),
    Qualifier("至少", "at least", ("at least", "minimum", "no (?:less|fewer) than", "not less than", "least")),
    Qualifier("仅", "only", ("only", "just", "mere\\w*", "solely", "alone", "as few as", "as little as", "but",
                             "no more than", "exclusively", "a handful")),
    Qualifier("仅仅", "only", ("only", "just", "mere\\w*", "solely", "alone", "no more than", "simply")),
    Qualifier("唯一", "the only", ("only", "sole\\w*", "unique\\w*", "single", "one and only", "alone", "last",
                                   "exclusive\\w*", "no other")),
    Qualifier("存量", "existing stock", ("existing", "stock\\w*", "outstanding", "inventor\\w*", "remaining",
                                       "current", "in place", "accumulated", "already")),
    Qualifier("增量", "increment", ("increment\\w*", "additional", "new", "increas\\w*", "added", "extra",
                                    "growth", "more")),
)
_BY_WORD = {q.word: q for q in QUALIFIERS}
SAME_FIGURE = 8  # characters: 约30万吨左右 says "about" once, with two words
_ODD = re.compile(r"(?<=[0-9０-９一二三四五六七八九十百千万])(多|余)(?=[个名家位条次件种所座人年天万亿项幅元公米吨倍只辆台块份])")


@dataclass(frozen=True)
class QualifierUse:
    qualifier: Qualifier
    start: int
    end: int


def qualifier_uses(source: str) -> list[QualifierUse]:
    """The listed qualifiers the source uses as words of their own (jieba), in reading order."""
    from qa.lang.segment import segment

    uses, at = [], 0
    for m in _ODD.finditer(source):  # jieba joins 多 to the measure word (20多项 → 多项): read by pattern
        uses.append(QualifierUse(_BY_WORD[m.group(1)], m.start(1), m.end(1)))
    for word, _ in segment(source):
        qualifier = _BY_WORD.get(word)
        if qualifier and qualifier.word not in ("多", "余") and _in_place(qualifier, source, at, at + len(word)):
            uses.append(QualifierUse(qualifier, at, at + len(word)))
        at += len(word)
    return sorted(uses, key=lambda u: u.start)


def _in_place(qualifier: Qualifier, source: str, start: int, end: int) -> bool:
    if qualifier.before_number and not _NUMBER.match(source[end:]):
        return False
    if qualifier.not_before and qualifier.not_before in source[end : end + 12]:
        return False
    return not qualifier.after_number or bool(_NUMBER_END.search(source[:start]))


@lru_cache(maxsize=None)
def _pattern(qualifier: Qualifier) -> re.Pattern[str]:
    return re.compile(r"(?<![\w])(?:" + "|".join(qualifier.english) + r")(?![\w])", re.I)


def rendered(qualifier: Qualifier, target: str) -> bool:
    """The English carries the qualifier: one of its renderings occurs anywhere in the target."""
    return bool(_pattern(qualifier).search(target))


def missing_qualifiers(source: str, target: str) -> list[tuple[QualifierUse, int, int]]:
    """(use, times the source says it, times the English renders it) for the uses the English lacks.

    Uses are counted by meaning (约 and 左右 are both "about"): when the source says "about" twice
    and the English once, the later use is the one reported; a rendering elsewhere in a long pair
    does not excuse a second figure's lost "about".
    """
    by_meaning: dict[str, list[QualifierUse]] = {}
    for use in qualifier_uses(source):
        by_meaning.setdefault(use.qualifier.gloss, []).append(use)
    out = []
    for uses in by_meaning.values():
        uses = [u for k, u in enumerate(uses) if not k or u.start - uses[k - 1].end > SAME_FIGURE]
        alternatives = sorted({a for u in uses for a in u.qualifier.english}, key=len, reverse=True)
        found = len(re.findall(r"(?<![\w])(?:" + "|".join(alternatives) + r")(?![\w])", target, re.I))
        if found < len(uses):  # one finding per meaning: the first use the English lacks
            out.append((uses[found], len(uses), found))
    return sorted(out, key=lambda m: m[0].start)
