"""A place written as the English name of another place a letter apart: 陕西 as "Shanxi" is 山西.

Pinyin without tones makes some places of the gazetteer spell alike, and the dictionary keeps them
apart by a convention (陕西 "Shaanxi", 山西 "Shanxi"). A window that reads as one place's pinyin but is,
letter for letter, the English name of the other one names that other place, wherever the source
names it or not: "Shanxi" goes to 山西 and is kept from 陕西, so a source that names both is rendered
"Shaanxi … Shanxi" in either order, and 陕西 written "Shanxi" beside 山西's "Shanxi" is replaced (M107).

On today's gazetteer (CC-CEDICT, with the loose readings of qa.lang.pinyin.readings) this covers
陕西/陕西省 ("Shanxi" is 山西), 长洲区 ("Zhangzhou", 长 read zhang), and a few places read by a
rarer reading of a character: 青州 "Jingzhou" (荆州), 芦洲 "Huzhou" (湖州), 梧栖 "Wuxi" (无锡),
尚志 "Changzhi" (长治), 大园 "Taiyuan" (太原). No other pair (吉林, 河北/湖北, 广西/广东 …) spells alike.
"""

from __future__ import annotations

from functools import lru_cache

from qa.lang import gazetteer
from qa.lang import pinyin as py
from qa.lang.zh_names import NameMention
from qa.model import Pair
from qa.terminology.name_finder import levenshtein


@lru_cache(maxsize=8192)
def own_names(form: str) -> frozenset[str]:
    """The place's English names folded, with and without a generic tail ("Shanxi Province" → shanxi)."""
    out = set()
    for name in gazetteer.english_names(form):
        words = name.split()
        out.add(py.fold(name))
        if len(words) > 1:
            out.add(py.fold(" ".join(words[:-1])))
    return frozenset(out)


@lru_cache(maxsize=8192)
def names_another_place(form: str, folded: str) -> bool:
    """`folded` spells the place `form` in pinyin, yet the dictionary writes `form` otherwise, a letter
    apart, and gives `folded` as the English name of another place of city rank or larger: "Shanxi"
    for 陕西 (Shaanxi) is 山西, whether or not the source names 山西 too."""
    if gazetteer.kind_of(form) != gazetteer.PLACE:
        return False
    own = own_names(form)
    if not own or folded in own or not any(levenshtein(folded, name, 1) == 1 for name in own):
        return False
    return any(w not in form and form not in w and folded in own_names(w) and gazetteer.city_or_larger(w)
               for w in gazetteer.named_by(folded))


def confused_with(mention: NameMention, pair: Pair):
    """The target run that renders an unrendered place by its neighbour's English name, once the
    neighbour's own mentions in the source have taken theirs: 陕西 of 陕西…山西 rendered "Shanxi … Shanxi"
    (two runs for one 山西). None when the target writes that name no more often than the neighbour."""
    from qa.terminology.target_names import name_runs, reading_spans  # target_names asks this module

    for form in mention.forms:
        readings = [r.accepted for r in py.readings(form, False)]
        runs = [r for r in name_runs(pair.target) if readings and py.match(py.fold(r.text), readings)
                and names_another_place(form, py.fold(r.text))]
        runs = [r for r in runs if py.fold(r.text) == py.fold(runs[0].text)]
        neighbours = reading_spans(py.fold(runs[0].text), pair.source) if runs else []
        if len(runs) > len(neighbours):  # the runs go to the places in the order the source names them
            return runs[min(sum(start < mention.start for start, _ in neighbours), len(runs) - 1)]
    return None
