"""Places a missing-entity judgement may trust although jieba reads them as common nouns.

qa.terminology.entities.strong_kind asks jieba too: a name it tags as an ordinary noun
is no proof (大洼 "hollow"). Cities and districts are often so tagged (宝鸡 'n',
东胜区 'n'), and a place with 地区 "area" after it is found as one word (上海地区) that
no dictionary holds. Here the dictionary's own gloss decides: a place CC-CEDICT
describes as a prefecture-level city, or one written with its unit (东胜区 "Dongsheng
District"), with no common sense, is a place; 上海地区 is 上海 and its area.
"""

from __future__ import annotations

import re
from dataclasses import replace

from qa.lang import cedict, gazetteer
from qa.lang.zh_names import NameMention

# How CC-CEDICT opens the gloss of a city or a district: "Baoji prefecture-level city in Shaanxi",
# "Dongsheng District of Ordos City". A county's bare name is left out: it is as often a word (依兰 ylang-ylang).
_CITY_GLOSS = re.compile(r"^[A-Z][\w'’ -]* (?:prefecture[- ]level city|sub-provincial city|county-level city|"
                         r"District|district|City|Banner|banner)\b")
_AREA_WORDS = ("地区", "一带", "境内")


def sure_place(mention: NameMention) -> NameMention | None:
    """The mention as a place we are sure of, or None: a city or district by its dictionary gloss (宝鸡,
    东胜区), or a place jieba wrote together with 地区 "area" (上海地区 → 上海)."""
    from qa.terminology.entities import strong_kind

    text = mention.text
    for area in _AREA_WORDS:
        stem = text[: -len(area)]
        if text.endswith(area) and len(stem) >= 2:
            core = NameMention(stem, "place", mention.start, (stem,), before=mention.before)
            return core if strong_kind(core) == gazetteer.PLACE or city_by_gloss(stem) else None
    if city_by_gloss(text):
        return replace(mention, kind="place", forms=(text,) + tuple(f for f in mention.forms if f != text))
    return None


def city_by_gloss(word: str) -> bool:
    """CC-CEDICT knows the word only as a proper name, and its gloss opens as a city's or a district's."""
    if len(word) < 2 or cedict.has_common_sense(word) or gazetteer.kind_of(word) != gazetteer.PLACE:
        return False
    glosses = [d for e in cedict.lookup(word) if e.is_proper_noun for d in e.definitions[:1]]
    return any(_CITY_GLOSS.match(g) for g in glosses)
