"""One romanised name written two ways in a document: syllables joined, spaced or hyphenated.

"Zhejiang" and once "Zhe Jiang", "Yixin Company" and once "Yi-xin Company",
"Yang Haodong" and once "Yang Hao Dong". The name matcher (M103's main view)
knows the names CC-CEDICT and the surname list know; this view reads the
English alone, so shop names, companies and transliterated foreign names count
too: a capitalised word that splits into pinyin syllables, written elsewhere in
the document as two words whose letters are the same. The source must hold a
string both pairs share (the name itself, in the other pairs' sources too), so
"Tian An" in one story and "Tianan" in another are not one name.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Iterable

from qa.lang.en_dictionary import speller
from qa.lang.pinyin import split_syllables
from qa.model import Pair
from qa.terminology.pinyin_renderings import spelt_source
from qa.terminology.source_anchor import source_anchor

_JOINED = re.compile(r"(?<![\w'’-])([A-Za-z][a-z]{3,})(?![\w'’-])")
# every two neighbouring words (overlapping: "Yang Hao Dong" gives "Yang Hao" and "Hao Dong")
_APART = re.compile(r"(?<![\w'’-])(?=(([A-Z][a-z]{0,5})(?: |-)([A-Za-z][a-z]{0,5}))(?![\w'’-]))")


@dataclass(frozen=True)
class WrittenApart:
    pair: Pair
    written: str  # as this pair writes it: "Zhe Jiang"
    usual: str  # as the document writes it elsewhere: "Zhejiang"
    usual_pairs: tuple[str, ...]
    anchor: str


def _pinyin_name(word: str) -> bool:
    """Two pinyin syllables or more; English words too (baijiu, kungfu), since a two-word writing of
    the same letters must also be in the document for them to count."""
    syllables = split_syllables(word.lower())
    return bool(syllables) and len(syllables) >= 2


def _forms(pairs: list[Pair]) -> tuple[dict[str, dict[str, set[str]]], dict[str, list[tuple[Pair, str]]]]:
    """Joined pinyin-shaped words by their letters (pair ids per written form), and the two-word
    forms by their letters; only letters the document writes both ways, since the two are compared
    (the syllables of each of a page's words were split first, for the few written twice)."""
    joined: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    apart: dict[str, list[tuple[Pair, str]]] = defaultdict(list)
    words = [(pair, m.group(1)) for pair in pairs for m in _JOINED.finditer(pair.target)]
    letters = {word.lower() for _, word in words}
    for pair in pairs:
        for m in _APART.finditer(pair.target):
            first, second = m.group(2), m.group(3)
            if (first + second).lower() in letters and split_syllables(first.lower()) and split_syllables(second.lower()):
                apart[(first + second).lower()].append((pair, m.group(1)))
    for pair, word in words:
        if word.lower() in apart and _pinyin_name(word):
            joined[word.lower()][word].add(pair.id)
    return joined, apart


def names_written_apart(pairs: Iterable[Pair]) -> list[WrittenApart]:
    """Two-word writings of a name the document writes joined as often or more (a tie goes to the
    joined form, as pinyin writes one name's syllables)."""
    pairs = [p for p in pairs if not p.is_one_sided]
    sources = {p.id: p.source for p in pairs}
    joined, apart = _forms(pairs)
    out: list[WrittenApart] = []
    for letters, written in apart.items():
        if letters not in joined or (all(form.islower() for form in joined[letters]) and speller().known([letters])):
            continue  # "lining" is the word, not 李宁 "Li Ning" run together
        usual = max(joined[letters].items(), key=lambda kv: (len(kv[1]), kv[0]))[0]
        usual_pairs = set().union(*joined[letters].values())  # "Baijiu" and "baijiu" are one joined form
        apart_pairs = {p.id for p, _ in written}
        if len(usual_pairs) < len(apart_pairs - usual_pairs):
            continue  # the document mostly writes it apart: its own convention
        for pair, text in written:
            anchor = _spelt_anchor(letters, pair, usual_pairs, sources) or _shared_anchor(pair, usual_pairs, sources)
            if anchor:
                out.append(WrittenApart(pair, text, usual, tuple(sorted(usual_pairs)), anchor))
    return out


def _shared_anchor(pair: Pair, usual_pairs: set[str], sources: dict[str, str]) -> str:
    """A source string every pair of the joined form shares with this one (the name in other words)."""
    others = usual_pairs - {pair.id}
    return source_anchor(others, pair.source, sources) if others else ""


def _spelt_anchor(letters: str, pair: Pair, usual_pairs: set[str], sources: dict[str, str]) -> str:
    """The Chinese whose pinyin the letters spell (白酒 for "Bai Jiu"), in this pair's source and in the
    source of another pair that writes them joined: the same source word romanised two ways, whatever
    the rest of the joined form's pairs say (a shop listing adds "Baijiu" where its source has no 白酒)."""
    chars = spelt_source(letters, pair.source)
    return chars if chars and any(chars in sources[other] for other in usual_pairs - {pair.id}) else ""
