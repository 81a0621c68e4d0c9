"""Words of the target that may refer back to a place the target does not name: "the city", "the
province", "the country", "local", "here".

A place left out is reported (M106) only when no such word is spare for it. A
word is spare when it fits the place's level ("the country" is no city: "the
country boys" stands for no 北京; "the city" is no country) and the target uses
it more often than the source has words of its own that it translates ("the
country" for 国家, 国内, 我国; "the city" for 该市): those account for it.
"""

from __future__ import annotations

import re
from functools import lru_cache

from qa.lang import cedict, gazetteer
from qa.lang.zh_names import NameMention

# A word for a place in the English, and the source words it translates when it is no stand-in:
# "the country" for 国家, "here" for 这里, "local" for 当地.
PLACE_REFERENCES: dict[str, tuple[str, ...]] = {
    "country": ("国家", "国内", "全国", "我国", "本国", "该国", "祖国", "举国", "国民"),
    "nation": ("国家", "全国", "民族", "举国"),
    "city": ("城市", "该市", "本市", "全市", "市内", "市区", "城区", "市民", "城里", "全城", "满城"),
    "province": ("全省", "该省", "本省", "省内", "省份", "各省", "省里"),
    "county": ("全县", "该县", "本县", "县城", "县里", "县域"),
    "region": ("地区", "区域", "全区", "该区", "本区", "地域", "行政区", "省区市", "区、市", "区市县"),
    # 各省区市 "provinces, regions and …"; not 城区市民 "urban residents", 开发区市场
    "district": ("全区", "该区", "本区", "城区", "辖区"),
    "town": ("城镇", "小镇", "该镇", "本镇", "全镇", "镇上"),
    "village": ("乡村", "村庄", "村里", "该村", "本村", "全村", "村民"),
    "capital": ("首都", "首府", "省会", "都城", "京城"),
    "prefecture": ("州", "地区"),
    "area": ("地区", "区域", "地带", "一带", "片区", "领域", "方面", "景区", "园区"),
    "island": ("岛",),
    "river": ("河", "江"),
    "lake": ("湖",),
    "mountain": ("山", "峰"),
    "local": ("当地", "本地", "地方", "本土", "地区"),
    "locally": ("当地", "本地"),
    "municipal": ("市",),
    "provincial": ("省",),
    "here": ("这里", "这儿", "此地", "此处", "本地", "这边", "在此", "于此"),
    "there": ("那里", "那儿", "该地", "那边", "当地"),
    "home": ("家乡", "老家", "故乡", "家里", "回家", "到家", "家中", "在家"),
    "hometown": ("家乡", "老家", "故乡"),
}
# Which words can refer to a place of each level: a country is no "city", a city no "country" or "nation";
# "local", "area" and "hometown" describe a town or a county, not a province or a country ("local people"
# for 驻地民众 stands for no 四川).
_EVERYWHERE = frozenset({"here", "there"})
_TOWN_WORDS = _EVERYWHERE | {"local", "locally", "area", "region", "home", "hometown"}
_LEVEL_WORDS = {
    "country": _EVERYWHERE | {"country", "nation", "home", "island", "capital"},
    "province": _EVERYWHERE | {"province", "provincial", "region"},
    "water": _EVERYWHERE | {"river", "lake", "area", "region"},
    "capital": _TOWN_WORDS | {"city", "municipal", "capital"},
    "other": _TOWN_WORDS | {"city", "municipal", "county", "district", "town", "village", "prefecture", "capital",
                           "island", "mountain"},
}
# The country of the source language: its texts call it 全国, 国内, 我国 as often as 中国, and the English
# "the country", "national" stands for it whichever word it translates.
HOME_COUNTRY = frozenset({"中国", "中华人民共和国"})
_EXPLETIVE = re.compile(r"\bthere\s+(?:is|are|was|were|will|would|has|have|had|may|might|must|should|could|can|"
                        r"seems?|seemed|remains?|remained|exists?|existed|appears?|came|comes|being|been|be)\b|"
                        r"\bthere['’](?:s|re|ll|d)\b|"
                        r"\b(?:is|are|was|were|will|would|has|have|had|could|can|should|may|might)\s+there\b", re.IGNORECASE)
_ADVERBS = frozenset({"here", "there", "local", "locally", "municipal", "provincial", "home", "hometown"})
_PROVINCE_GLOSS = re.compile(r"\b(?:province|autonomous region)\b", re.IGNORECASE)


def place_level(mention: NameMention) -> str:
    """"country", "province", "capital" (a country's), "water" (a river or lake) or "other" (a city, county,
    town, mountain …)."""
    text = mention.text
    if gazetteer.is_country(text) or gazetteer.is_country(mention.forms[-1]):
        return "country"
    if text.endswith(("省", "自治区")):
        return "province"
    if text.endswith(("河", "江", "湖")):
        return "water"
    glosses = [d for e in cedict.lookup(mention.forms[-1]) if e.is_proper_noun for d in e.definitions[:1]]
    if any(re.match(r"[A-Z][\w' -]*, capital of ", g) for g in glosses):
        return "capital"  # a country's capital (北京, 东京): a city, named like a province
    heads = [re.split(r",| in | of ", g)[0] for g in glosses]  # "Jiangxi province in …"; not "… city in X province"
    if any(_PROVINCE_GLOSS.search(h) for h in heads) and not text.endswith(("市", "县", "区")):
        return "province"
    return "other"


def place_referred_to(mention: NameMention, source: str, target: str) -> bool:
    """A word of the target that fits the place's level refers back ("the city", "its capital", "local")
    more often than the source's own words for it ("the country" for 国家) account for."""
    rest = source[: mention.start] + "\u3000" + source[mention.start + len(mention.text):]
    if mention.text in HOME_COUNTRY and _ours_spare(rest, target):
        return True
    target = _OUR_COUNTRY.sub(" ", target)  # "our country" is the speaker's, and stands for no other country
    home = mention.text in HOME_COUNTRY  # 全国, 国内 are China too: "the country" is it whatever it translates
    target = _EXPLETIVE.sub(" ", target)
    level = place_level(mention)
    for word in sorted(_LEVEL_WORDS[level]):
        uses = _references(word, target, level)
        own = 0 if home else sum(rest.count(zh) for zh in PLACE_REFERENCES[word])
        if uses and uses > own + _other_senses(word, rest, target):
            return True
    return False


# What the word translates when it means no place at all: "the country" for 乡村 is the countryside.
_OTHER_SENSES = {"country": ("乡村", "农村", "乡下", "乡间", "田园", "郊外", "乡野")}
# How the target renders those words otherwise ("rural residents" for 农村居民): no "country" left for them.
_OTHER_RENDERINGS = {"country": re.compile(r"\b(?:rural|countryside|villages?|farmlands?|farms?|farming|"
                                           r"countrysides|hinterlands?|suburbs?|suburban|pastoral)\b", re.IGNORECASE)}


def _other_senses(word: str, rest: str, target: str) -> int:
    """The source's words the place word translates in another sense (乡村 "the country"), less those the
    target renders otherwise ("rural", "countryside"): only the rest may be "the country"."""
    written = sum(rest.count(zh) for zh in _OTHER_SENSES.get(word, ()))
    return max(0, written - len(_OTHER_RENDERINGS[word].findall(target))) if written else 0


_OUR_COUNTRY = re.compile(r"\b[Oo]ur\s+(?:own\s+)?(?:country|nation|motherland)\b")
# The speaker's own country in the source: Malaysian news calls Malaysia 我国, and 国内 "at home" is said from inside.
_OUR_COUNTRY_ZH = ("我国", "本国", "我们国家", "咱们国家", "祖国")
# 国内, 国人 end a longer word (外国人, 中国人) or follow a country's name (美国国内 "within the US"): no speaker's own.
_OUR_COUNTRY_GUARDED = re.compile(r"国(?:内|人)")


def _ours_written(rest: str) -> int:
    """The source's first-person words for its country, as words: 我国, 国内 "at home"; not the 国人 of 外国人
    nor the 国内 of 美国国内 (another country's inside)."""
    found = sum(rest.count(zh) for zh in _OUR_COUNTRY_ZH)
    for m in _OUR_COUNTRY_GUARDED.finditer(rest):
        if not (_country_ends(rest, m.start() + 1) or _country_ends(rest, m.start())):  # 外国|人, 美国|国内
            found += 1
    return found


def _country_ends(text: str, end: int) -> bool:
    """A word for a country ends at `end` (外国, 美国, 各国): what follows is that country's."""
    return any(text[k:end] in _COUNTRY_ENDS or gazetteer.is_country(text[k:end]) for k in range(max(0, end - 5), end - 1))


# Words that end in 国 and are no speaker's country: 外国人 "foreigners", 各国 "each country", 出国 "abroad".
_COUNTRY_ENDS = frozenset({"外国", "各国", "两国", "该国", "他国", "别国", "邻国", "列国", "诸国", "万国", "出国", "回国",
                           "归国", "爱国", "强国", "大国", "小国", "王国", "帝国", "祖国", "本国", "我国", "全国", "举国", "异国", "敌国", "盟国"})


def _ours_spare(rest: str, target: str) -> bool:
    """"Our country" stands for the source's own country (中国 said by a Chinese speaker) only where the
    target says it more often than the source's own first-person words for a country (我国, 本国, 国内)
    account for: a Malaysian paper's 我国 is Malaysia, and its "our country" no 中国 left out."""
    ours = len(_OUR_COUNTRY.findall(target))
    return ours > 0 and ours > _ours_written(rest)


# Words any place's name may end with, which name no place of their own ("this state": no United States).
GENERIC_HEADS = frozenset("province provinces city cities county counties district districts region regions autonomous "
                          "municipality prefecture town towns township village villages banner river rivers lake lakes "
                          "mountain mountains island islands state states".split())

# a unit word and its English head: 扎赉特旗 "Jalaid Banner", 沙雅县 "Shaya County"
UNIT_WORDS = {"省": "Province", "市": "City", "县": "County", "区": "District", "旗": "Banner", "盟": "League",
              "镇": "Town", "乡": "Township", "村": "Village", "州": "Prefecture"}


# A country's "capital" is "the capital" or "its capital" on its own ("the venture capital industry" is none),
# its "home" is "at home" or "back home" ("the home appliance market" is none).
_COUNTRY_WORDS = {
    "capital": re.compile(r"\b(?:[Tt]he|[Ii]ts)\s+capital\b(?!\s+(?!(?:is|was|has|had|of|and|or|in|on|at|to|for|"
                          r"from|where|which|that|city|itself|will|would)\b)[a-z])"),
    "home": re.compile(r"\b(?:[Aa]t|[Bb]ack)\s+home\b"),
}


def _references(word: str, target: str, level: str = "") -> int:
    """How often the word refers back in the target: "the city", "this southern province", "its capital",
    "local"; not "Guangxi Zhuang Autonomous Region" (a name's own word) nor "a city" (any city)."""
    if level == "country" and word in _COUNTRY_WORDS:
        return len(_COUNTRY_WORDS[word].findall(target))
    if word in _ADVERBS:
        return len(_reference_pattern(word, True).findall(target))
    return sum(1 for m in _reference_pattern(word, False).finditer(target) if not _modified(m.group(1)))


@lru_cache(maxsize=None)
def _reference_pattern(word: str, adverb: bool) -> re.Pattern[str]:
    """The word on its own ("local"), or after a determiner with the word that follows it ("the city attracted")."""
    if adverb:
        return re.compile(rf"(?<![\w-]){word}(?![\w-])")
    return re.compile(rf"\b(?:[Tt]he|[Tt]his|[Tt]hat|[Ii]ts|[Oo]ur|[Tt]heir|[Hh]is|[Hh]er|whole|entire)\s+"
                      rf"(?:[a-z-]+\s+)?{word}\b(?:\s+([a-z]{{3,}})\b)?")


# The place's own offices, which a place word that refers back may stand before ("the city government").
_OWN_OFFICES = frozenset("government authorities officials council committee police hall level limits centre center "
                         "party people residents population economy".split())


def _modified(after: str | None) -> bool:
    """The place word modifies the noun after it ("the city students" are no 北京): a word the English
    lexicon knows only as a noun or adjective, and no office of the place's own. A verb ("the city
    attracted"), an adverb or a preposition after it leaves the word referring back."""
    if not after or after in _OWN_OFFICES:
        return False
    from qa.lang.lemmas import all_lemmas

    kinds = set(all_lemmas(after))
    return bool(kinds) and kinds <= {"NOUN", "ADJ", "PROPN"}
