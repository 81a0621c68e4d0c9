"""A foreign name the source misspells by one slip, rendered by the name it meant (for M106).

奥哈马 (for 奥马哈) beside "Omaha", 加泰罗利亚 (for 加泰罗尼亚) beside "Catalan": the source's typo is no
name of any dictionary and sounds too little like the English for the sound model (0.39 for "Omaha"), so
nothing finds its rendering, though the translator wrote it. The respelt name
(qa.lang.transliteration_slips) must be one the gazetteer knows, and the target must render it as the
caller renders any name: by its English name or a translation (qa.terminology.entity_missing.translated).
"""

from __future__ import annotations

from typing import Callable

from qa.lang.transliteration_slips import intended_names
from qa.lang.zh_names import NameMention
from qa.model import Pair


def meant_name_rendered(mention: NameMention, pair: Pair, renders: Callable[[NameMention], bool]) -> bool:
    """The mention is part of a run the source misspells (奥哈马, 加泰罗利亚 cut 加泰罗) and `renders` finds
    the dictionary name one slip away in the target ("Omaha", "Catalan" for Catalonia)."""
    end = mention.start + len(mention.text)
    return any(renders(NameMention(name, mention.kind, start, (name,)))
               for start, name in intended_names(pair.source, mention.start, end))
