"""Which language a paragraph is in, by its script.

Robust to English paragraphs quoting Chinese glosses in parentheses and to
Chinese paragraphs with Latin acronyms or digits: Han characters are weighed
against Latin words, and bracketed material counts for less.
"""

from __future__ import annotations

import re

from qa.model import Lang
from qa.lang.zh import han_count

_LATIN_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z]+)?")
_BRACKETED = re.compile(r"[(（\[【][^()（）\[\]【】]{0,80}[)）\]】]")


def classify(text: str) -> Lang:
    """ZH when Han characters outweigh Latin words outside brackets, EN when words dominate."""
    outside = _BRACKETED.sub(" ", text)
    han = han_count(outside)
    words = len(_LATIN_WORD.findall(outside))
    if han == 0 and words == 0:
        han, words = han_count(text), len(_LATIN_WORD.findall(text))
    if han == 0 and words == 0:
        return Lang.OTHER
    # One Han character carries about as much as one English word.
    return Lang.ZH if han >= words else Lang.EN
