"""A foreign name the source misspells by one character (奥哈马 for 奥马哈 "Omaha", 加泰罗利亚 for 加泰罗尼亚).

A typist swaps two neighbouring characters or writes one by another of the same sound (利 for 尼: l and n,
which many Chinese speakers merge). The misspelling is known to no dictionary, so the name seems to have no
rendering, while the translator wrote the intended name. Only a spelling that is no word of the dictionary
counts as a typo: 赞比亚 (Zambia) beside "Gambia" (冈比亚) is another country, not a slip.
"""

from __future__ import annotations

from functools import lru_cache

from qa.lang.pinyin import char_syllables
from qa.lang.surnames import TRANSLITERATION_SYLLABLE_CHARS

_MAX_EXTRA = 3  # characters a typo'd name may run past jieba's cut (加泰罗 of 加泰罗利亚)


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


def _known(word: str) -> bool:
    from qa.lang import cedict, gazetteer

    return bool(gazetteer.kind_of(word)) or cedict.contains(word)


def intended_names(source: str, start: int, end: int) -> list[str]:
    """Dictionary names one slip from a misspelt run of the source that covers source[start:end]: 奥马哈 for
    the 奥哈马 of 内布拉斯州的奥哈马. The run is no word of the dictionary itself, and the name is one the
    gazetteer gives an English name."""
    from qa.lang import gazetteer

    out: list[str] = []
    for a in range(max(0, start - _MAX_EXTRA), start + 1):
        for b in range(end, min(len(source), end + _MAX_EXTRA) + 1):
            run = source[a:b]
            if len(run) < 3 or any(ch not in TRANSLITERATION_SYLLABLE_CHARS for ch in run) or _known(run):
                continue
            out += [n for n in one_slip_away(run) if gazetteer.english_names(n)]
    return list(dict.fromkeys(out))
