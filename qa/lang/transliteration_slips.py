"""A foreign name the source misspells by one slip (奥哈马 for 奥马哈 "Omaha", 加泰罗利亚 for 加泰罗尼亚 "Catalonia").

A typist swaps two neighbouring characters or writes one by another of the same sound (利 for 尼: l and n,
which many Chinese speakers merge). The misspelling is a word of no dictionary, so the name seems to have
no rendering while the translator wrote the intended one. A spelling either dictionary knows (CC-CEDICT or
jieba's: 马克斯 "Max", 赞比亚 Zambia) is an established one, never a slip, however close it is to another
name (马斯克 "Musk", 冈比亚 Gambia).
"""

from __future__ import annotations

from functools import lru_cache

from qa.lang.pinyin import char_syllables
from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS

_MAX_EXTRA = 3  # characters a misspelt name may run past jieba's cut (加泰罗 of 加泰罗利亚)


def _merged(syllable: str) -> set[str]:
    """The syllable and its l/n twin (li, ni): the two initials many speakers merge."""
    if syllable[:1] in "ln" and syllable[1:2] != "g":
        return {syllable, ("n" if syllable[0] == "l" else "l") + syllable[1:]}
    return {syllable}


@lru_cache(maxsize=1)
def _by_sound() -> dict[str, frozenset[str]]:
    """Transliteration characters by their toneless syllable, l and n merged."""
    out: dict[str, set[str]] = {}
    for ch in TRANSLITERATION_SYLLABLE_CHARS:
        for s in char_syllables(ch):
            for key in _merged(s):
                out.setdefault(key, set()).add(ch)
    return {k: frozenset(v) for k, v in out.items()}


def _sound_alikes(ch: str) -> set[str]:
    """Characters a typist may write for `ch` by its sound (尼 → 利, 泥, 妮 …), `ch` left out."""
    index = _by_sound()
    return {o for s in char_syllables(ch) for key in _merged(s) for o in index.get(key, ())} - {ch}


def one_slip_away(chars: str) -> list[str]:
    """Spellings one slip from `chars`: two neighbours swapped, or one character written by a sound-alike."""
    out = [chars[:k] + chars[k + 1] + chars[k] + chars[k + 2 :] for k in range(len(chars) - 1) if chars[k] != chars[k + 1]]
    for k, ch in enumerate(chars):
        out += [chars[:k] + o + chars[k + 1 :] for o in sorted(_sound_alikes(ch))]
    return out


def known_spelling(word: str) -> bool:
    """A word CC-CEDICT, the gazetteer or jieba's dictionary knows: an established spelling, no slip."""
    from qa.lang import cedict, gazetteer
    from qa.lang.segment import dictionary_tag

    return bool(gazetteer.kind_of(word)) or cedict.contains(word) or bool(dictionary_tag(word))


def _name_edge(source: str, k: int) -> bool:
    """Position k is outside any name: past the text, a character no transliteration uses, or in a function
    word of jieba's cut (的 "of", 以及 "and", 与 "with": tags u, c, p), which is no syllable of the name beside it."""
    from qa.lang.segment import dictionary_tag, tokenize

    if not 0 <= k < len(source) or source[k] not in TRANSLITERATION_SYLLABLE_CHARS:
        return True
    word = next(w for w, a, b in tokenize(source) if a <= k < b)
    return dictionary_tag(word).startswith(("u", "c", "p"))


def intended_names(source: str, start: int, end: int) -> list[tuple[int, str]]:
    """(start, name) of the dictionary names one slip from a misspelt run of the source that covers
    source[start:end]: 奥马哈 for the 奥哈马 of 内布拉斯州的奥哈马. The run is three transliteration characters
    or more, known to no dictionary, and a whole name, not the opening of a longer one (莫斯可 of 莫斯可维西
    "Moscovici" is no slip for 莫斯科 "Moscow"); the name is one the gazetteer gives an English name, and the source
    does not write it elsewhere (there it is its own mention, and its English that one's rendering)."""
    from qa.lang import gazetteer

    out: list[tuple[int, str]] = []
    for a in range(max(0, start - _MAX_EXTRA), start + 1):
        for b in range(end, min(len(source), end + _MAX_EXTRA) + 1):
            run = source[a:b]
            if len(run) < 3 or any(ch not in TRANSLITERATION_SYLLABLE_CHARS for ch in run) \
                    or not (_name_edge(source, a - 1) and _name_edge(source, b)) or known_spelling(run):
                continue
            out += [(a, n) for n in one_slip_away(run) if n not in source and gazetteer.english_names(n)]
    return list(dict.fromkeys(out))
