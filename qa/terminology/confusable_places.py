"""A place written as the English name of another place a letter apart: 陕西 as "Shanxi" is 山西.

Pinyin without tones makes some places of the gazetteer spell alike, and the
dictionary keeps them apart by a convention (陕西 "Shaanxi", 山西 "Shanxi"). A
window that reads as one place's pinyin but is, letter for letter, the English
name of the other one names that other place, unless the source names it too.
"""

from __future__ import annotations

from functools import lru_cache

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.terminology.name_finder import levenshtein


@lru_cache(maxsize=8192)
def _own_names(form: str) -> frozenset[str]:
    """The place's English names folded, with and without a generic tail ("Shanxi Province" → shanxi)."""
    out = set()
    for name in gazetteer.english_names(form):
        words = name.split()
        out.add(py.fold(name))
        if len(words) > 1:
            out.add(py.fold(" ".join(words[:-1])))
    return frozenset(out)


def names_another_place(form: str, folded: str, source: str) -> bool:
    """`folded` spells the place `form` in pinyin, yet the dictionary writes `form` otherwise, a letter
    apart, and gives `folded` as the English name of another place of city rank or larger that the
    source does not write: "Shanxi" for 陕西 (Shaanxi) is 山西."""
    if gazetteer.kind_of(form) != gazetteer.PLACE:
        return False
    own = _own_names(form)
    if not own or folded in own or not any(levenshtein(folded, name, 1) == 1 for name in own):
        return False
    others = [w for w in gazetteer.named_by(folded) if w not in form and form not in w
              and folded in _own_names(w) and gazetteer.city_or_larger(w)]
    return bool(others) and not any(w in source for w in others)


@lru_cache(maxsize=8192)
def pinyin_named_place(word: str) -> bool:
    """A Chinese city or province whose English name is its pinyin (山西 "Shanxi Province", 宝鸡 "Baoji"),
    though its characters serve transliteration too: a word that sounds like it is it spelt, not heard."""
    if not gazetteer.city_or_larger(word) or gazetteer.is_country(word):
        return False
    pinyin = [r.accepted for r in py.readings(word, False)]
    return any(py.match(name, pinyin) for name in _own_names(word))

