"""Which English words exist: pyspellchecker's offline list plus CC-CEDICT's English.

Used by the spelling check (non-words) and by name finding (a capitalised
word in the dictionary is no romanized name).
"""

from __future__ import annotations

import re
from functools import lru_cache


@lru_cache(maxsize=1)
def speller():
    from spellchecker import SpellChecker

    return SpellChecker(language="en", distance=2)


@lru_cache(maxsize=1)
def english_dictionary() -> frozenset[str]:
    """Every word pyspellchecker's English list knows, lowercase."""
    import unicodedata

    words = set(speller().word_frequency.dictionary.keys())
    plain = {unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode() for w in words if not w.isascii()}
    return frozenset(words | plain | cedict_english_words())  # portière is also written portiere


@lru_cache(maxsize=1)
def cedict_english_words() -> frozenset[str]:
    """Lowercase words of CC-CEDICT's English definitions, and two-word definitions written closed.

    China-related English that a general word list lacks ("tech", "kung fu" →
    kungfu, "tai chi" → taichi, "qigong") is in the definitions; typos are not.
    """
    from qa.lang import cedict

    def build() -> list[str]:
        words: set[str] = set()
        for entry in cedict.entries():
            for definition in entry["definitions"]:
                tokens = re.findall(r"[A-Za-z]+", definition)
                words.update(t for t in tokens if t.islower())
                if len(tokens) == 2 and all(t.islower() for t in tokens) and re.fullmatch(r"[a-z]+[ -][a-z]+", definition):
                    words.add("".join(tokens))
        return sorted(words)

    return frozenset(cedict.derived("cedict-english-words", build))


def is_english_word(word: str) -> bool:
    """The word (any case) is in the English dictionary."""
    return word.lower() in english_dictionary()


@lru_cache(maxsize=16384)
def suggestion(word: str) -> str:
    """The most frequent known word one edit away (two for short words: distance 2 on long words is slow)."""
    spell = speller()
    candidates = spell.known(spell.edit_distance_1(word))
    if not candidates and len(word) <= 6:
        candidates = spell.known(spell.edit_distance_2(word))
    if not candidates:
        return ""
    return max(sorted(candidates), key=lambda w: (w[:1] == word[:1], spell.word_usage_frequency(w)))
