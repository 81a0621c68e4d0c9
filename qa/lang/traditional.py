"""Traditional-script Chinese: detected, and normalised to simplified for lookups only.

Dictionaries, pinyin readings and the segmenter are keyed on simplified
characters, so checks look at a simplified copy; what is reported stays as the
document wrote it (the engine maps spans back).
"""

from __future__ import annotations

import re
from qa.lang.zh import HAN
from functools import lru_cache
from typing import Iterable

_TRADITIONAL_TAGS = ("hant", "tw", "hk", "mo")


@lru_cache(maxsize=1)
def _t2s():
    import opencc  # imported lazily: only traditional-script documents need it

    return opencc.OpenCC("t2s")


def to_simplified(text: str) -> str:
    """Traditional → simplified Chinese (opencc t2s), for lookups only; report text stays as written."""
    if not text or not HAN.search(text):
        return text
    return _t2s().convert(text)


def detect_script(texts: Iterable[str], lang_tag: str = "") -> str:
    """'traditional' or 'simplified', from the language tag if it says, else from the characters.

    A text counts as traditional when opencc changes at least 5% of its Han
    characters (shared characters such as 政法 do not change either way).
    """
    subtags = re.split(r"[-_]", lang_tag.lower())[1:]
    if any(tag in _TRADITIONAL_TAGS for tag in subtags):
        return "traditional"
    if "hans" in subtags or "cn" in subtags or "sg" in subtags:
        return "simplified"
    han = changed = 0
    for text in texts:
        chars = HAN.findall(text)
        if not chars:
            continue
        han += len(chars)
        simplified = to_simplified("".join(chars))
        changed += sum(1 for a, b in zip(chars, simplified) if a != b)
        if han > 20000:  # enough evidence; keep big files cheap
            break
    return "traditional" if han and changed / han >= 0.05 else "simplified"
