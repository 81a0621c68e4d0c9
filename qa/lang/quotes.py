"""Quoted terms: “…”, 「…」 and 《…》 in Chinese, “…” and "…" in English, and how phrases compare."""

from __future__ import annotations

import re

from qa.lang.en_words import letter_words

_ZH_QUOTE = re.compile(r"“([^“”]{1,40})”|「([^「」]{1,40})」|《([^《》]{1,40})》")
_EN_QUOTE = re.compile(r"“([^“”]{1,120})”|\"([^\"]{1,120})\"")


def chinese_quoted(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _ZH_QUOTE.finditer(text)]


def english_quoted(text: str) -> list[str]:
    """Quoted English phrases, trailing punctuation inside the quotes removed: “Ten Highlights,”."""
    out = []
    for m in _EN_QUOTE.finditer(text):
        phrase = next(g for g in m.groups() if g).strip().rstrip(",.;:!?").strip()
        if phrase:
            out.append(phrase)
    return out


def fold_phrase(text: str) -> str:
    """Case and spacing folded, so that capitalisation alone is never a variant."""
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


def phrase_key(text: str) -> str:
    """Lowercase words only: "One Belt, One Road" → "one belt one road"."""
    return " ".join(letter_words(text))
