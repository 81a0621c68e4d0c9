"""Chinese places a pinyin word one syllable off is sure to misspell, and those whose English is their pinyin.

Split out of qa.terminology.entity_issues (_altered asks these of a source span): a province or a
city the dictionary knows, even one jieba tags a common noun (宝鸡) when its gloss calls it a city.
"""

from __future__ import annotations

from functools import lru_cache

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.terminology.confusable_places import own_names
from qa.terminology.entities import ordinary_word, transliterated
from qa.terminology.sure_places import city_by_gloss


def major_place(span: str) -> bool:
    """A place CC-CEDICT knows that is no county or village and no ordinary word (浙江 of 浙江大学, 湖南), or
    a city by its gloss (宝鸡): a pinyin word one syllable off it ("Zheyang University") is that place misspelt."""
    return len(span) >= 2 and gazetteer.city_or_larger(span) and (  # 宝鸡, a noun to jieba, by its gloss
        not ordinary_word(span, ("nr", "ns", "nt", "nz")) or city_by_gloss(span))


def known_unit_place(span: str) -> bool:
    """A place CC-CEDICT knows, written with its unit word (汾阳市, 上杭县) and no ordinary word without it
    (海口 "seaport"): a pinyin word one syllable off it ("Chenyang") is it misspelt."""
    return gazetteer.city_or_larger(span) or (gazetteer.kind_of(span) == gazetteer.PLACE
                                              and not ordinary_word(span, ("nr", "ns", "nt", "nz")))


def chinese_city(span: str) -> bool:
    """A Chinese city or province: its characters may be transliteration's too (山东), but then its English
    name is their pinyin ("Shandong"), as a foreign city's (帕卢 "Palu" aside) is not."""
    if not gazetteer.city_or_larger(span) or gazetteer.is_country(span):
        return False
    return not transliterated(span) or pinyin_named_place(span)


@lru_cache(maxsize=8192)
def pinyin_named_place(word: str) -> bool:
    """A Chinese city or province whose English name is its pinyin (山西 "Shanxi Province", 宝鸡 "Baoji"),
    though its characters serve transliteration too: a word that sounds like it is it spelt, not heard."""
    if not gazetteer.city_or_larger(word) or gazetteer.is_country(word):
        return False
    pinyin = [r.accepted for r in py.readings(word, False)]
    return any(py.match(name, pinyin) for name in own_names(word))
