"""A place or name written in pinyin in one sentence and by its English name in another.

"Neimenggu Plateau" in one pair and "Inner Mongolia" in another, both for
内蒙古; "Changjiang" once among "Yangtze River". Either writing is fine on its
own (CC-CEDICT even lists Huang He beside Yellow River), but not both in one
document. M103's name matcher reports this for the names it finds; this view
reads the English first, so it also sees a pinyin word where the matcher found
no name (内蒙古高原 cut as one word, a name inside a longer compound): a
capitalised word whose letters are the pinyin of a string in the pair's source,
where another pair renders that string by an English name the dictionary gives
it and this pair does not.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from qa.lang import cedict, gazetteer
from qa.lang.en_dictionary import speller
from qa.lang.pinyin import char_syllables, fold, match, split_syllables
from qa.lang.zh import HAN_RUN
from qa.model import Pair

# a pinyin word before one of these names another thing: 南海区 "Nanhai district" is no South China Sea,
# 长江证券 "Changjiang securities" no Yangtze; before any capitalised word it is part of a longer
# name ("Changjiang Daily", "Nanhai Fleet", "Zhonghua Book Company") unless that word is a
# geographic feature of the place itself ("Neimenggu Plateau", "Changjiang River")
_ANOTHER_THING = ("district|county|city|town|township|village|road|street|avenue|lane|bridge|station|airport|port|"
                  "company|co|corporation|group|bank|securities|book|press|university|college|school|hospital|"
                  "park|square|hotel|restaurant|store|shop|brand|prize|award|cup|daily|news|times|fleet|program")
_FEATURE_WORD = "River|Lake|Sea|Plateau|Mountains?|Basin|Delta|Valley|Grassland|Prairie|Region|Province|Area"
_CAPITALISED = re.compile(rf"(?<![\w'’-])[A-Z][a-z]{{3,}}(?![\w'’-])(?! (?i:{_ANOTHER_THING})\b)"
                          rf"(?! (?!(?:{_FEATURE_WORD})\b)[A-Z])")
_NAME = re.compile(r"[A-Z][\w'’-]*(?: (?:of|the|and|[A-Z][\w'’-]*))*")  # "North Korea", not "Korea as geographic term"
_FEATURE = re.compile(r"\w (?:River|Lake)$")


@dataclass(frozen=True)
class PinyinBesideName:
    pair: Pair
    source: str  # 内蒙古
    pinyin: str  # "Neimenggu", as this pair writes it
    name: str  # "Inner Mongolia", as the other pairs write it
    name_pairs: tuple[str, ...]


def spelt_source(letters: str, source: str) -> str:
    """The Chinese string of `source` whose readings spell `letters` (内蒙古 for "neimenggu"), or ""."""
    size = len(split_syllables(letters) or ())
    if size < 2:
        return ""
    for run in HAN_RUN.findall(source):
        for start in range(len(run) - size + 1):
            chars = run[start : start + size]
            if match(letters, [char_syllables(c) for c in chars]):
                return chars
    return ""


def english_names(chars: str, letters: str) -> tuple[str, ...]:
    """The English names the gazetteer and CC-CEDICT give `chars` that are not its pinyin:
    Inner Mongolia for 内蒙古, Yangtze River for 长江; none for 北京 (Beijing is pinyin)."""
    senses = [s.split(",")[0].strip() for s in cedict.english_glosses(chars)]
    names = [*gazetteer.english_names(chars), *(s for s in senses if _NAME.fullmatch(s))]
    names += ["the " + n.rsplit(" ", 1)[0] for n in names if _FEATURE.search(n)]  # "the Yangtze" for Yangtze River
    return tuple(dict.fromkeys(n for n in names if n and letters not in fold(n) and fold(n) not in letters))


def _named_in(name: str, text: str) -> bool:
    """`name` as a whole phrase of `text`, capitals as written ("the Yangtze", not "the yellow cab")."""
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) is not None


def pinyin_beside_names(pairs: Iterable[Pair]) -> list[PinyinBesideName]:
    """Every pair that writes a source string in pinyin where other pairs use its English name."""
    pairs = [p for p in pairs if not p.is_one_sided]
    found: dict[tuple[str, str], list[tuple[Pair, str]]] = defaultdict(list)  # (chars, name) → pinyin uses
    for pair in pairs:
        for word in dict.fromkeys(_CAPITALISED.findall(pair.target)):
            letters = fold(word)
            if speller().known([letters]):
                continue  # an everyday word ("Banana", "Change"), or pinyin English has taken (Shanghai)
            chars = spelt_source(letters, pair.source)
            for name in english_names(chars, letters) if chars else ():
                if not _named_in(name, pair.target):  # "Inner Mongolia (Neimenggu)" glosses, it is no slip
                    found[(chars, name)].append((pair, word))
    out: dict[tuple[str, str], PinyinBesideName] = {}  # one per pair and source string
    for (chars, name), uses in found.items():
        written = {word for _, word in uses}
        named = tuple(p.id for p in pairs if chars in p.source and _named_in(name, p.target)
                      and not any(_named_in(w, p.target) for w in written))  # "Canton Fair in Guangzhou" names both
        if named and len(named) >= len({p.id for p, _ in uses}):
            for pair, word in uses:
                out.setdefault((pair.id, chars), PinyinBesideName(pair, chars, word, name, named))
    return list(out.values())
