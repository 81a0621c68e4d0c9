"""A country or a province named before its own place or body, or a country an office abroad belongs to.

A country or province written right before one of its places or bodies (中国国务院 "the State
Council", 四川省泸州 "Luzhou") is carried by that name, and translators drop it: no entity left
out (M106). It is not carried where it is the head (土耳其西北部 "northwestern Turkey"), the owner of
an office abroad (中国驻波黑使馆 "the Chinese embassy in Bosnia"), or the one word telling where an
unknown foreign place lies (波兰谢米亚努夫卡口岸 "the Siemianówka port in Poland").
"""

from __future__ import annotations

import re

from qa.lang import gazetteer
from qa.lang.zh_names import NameMention
from qa.terminology.english_forms import english_forms
from qa.terminology.place_references import GENERIC_HEADS, HOME_COUNTRY

QUALIFIED_LONGEST = 6  # characters of the name a country may stand before


# A body's generic head: what a name of a body the dictionary does not know ends with (国家亚洲研究局).
BODY_HEAD = re.compile(r"[^的在和与是说了将对把被从向及、，,。：:；;\s“”《》（）()]{1,10}?"
                        r"(?:局|部|委员会|署|厅|院|大学|学院|公司|集团|银行|协会|基金会|研究所|中心|使馆|领事馆|政府|议会|国会|"
                        r"监狱|看守所|机场|车站|码头|商事|商社|株式会社|控股)")  # 商事: a Japanese trading house (伊藤忠商事 Itochu)


def country_qualifier(mention: NameMention, source: str) -> bool:
    """A country standing before one of its own places or bodies (中国国务院 "the State Council",
    美国北达科他州 "North Dakota", 美国国家亚洲研究局 "the National Bureau of Asian Research"): the
    name that follows carries it, and translators drop it."""
    rest = source[mention.start + len(mention.text) :]
    if destination(mention, source):
        return False  # 中国驻印度尼西亚大使馆 "China's embassy in Indonesia": where the office is, no qualifier
    if _TIME_ZONE.match(rest):
        return True  # 美国东部时间 "ET", 英国夏令时 "BST": the zone's name carries the country
    if _OWN_PART.match(rest):
        return False  # 土耳其西北部 "northwestern Turkey", 中国驻波黑使馆 "the Chinese embassy in …": the country is the head
    if gazetteer.is_country(mention.text) and _region(rest):
        return True  # 美国西南沙漠 "the Desert Southwest": a region named by its direction, as English names it
    if gazetteer.kind_of(mention.forms[-1]) == gazetteer.PLACE and not gazetteer.is_country(mention.text):
        # a province before its own city or county (四川省泸州, 新疆沙雅县): the smaller place carries it; not
        # before a body named after the smaller place (山东任城监狱 "Rencheng Prison in Shandong"): a name of its own
        return any(gazetteer.kind_of(rest[:n]) == gazetteer.PLACE and not BODY_HEAD.match(rest)
                   and _lies_in(rest[:n], mention) for n in range(2, min(len(rest), 5) + 1))
    if not gazetteer.is_country(mention.text):
        return False
    after = rest[:QUALIFIED_LONGEST]
    if _INDEFINITE.match(rest):
        return False  # 日本一家大型娱乐公司 "a large entertainment company in Japan": no name that carries the country
    return any(gazetteer.kind_of(after[:n]) in (gazetteer.PLACE, gazetteer.ORG) for n in range(2, len(after) + 1)) \
        or BODY_HEAD.match(rest) is not None


# A part of the country or an office it holds abroad after its name: a direction's part (西北部), 驻 "stationed in".
# A time zone names itself with a zone word (美国东部时间, 英国夏令时); bare 时间 is "time" (美国时间已经不多了).
_TIME_ZONE = re.compile(r"(?:(?:东部|中部|西部|山地|太平洋|大西洋|阿拉斯加|夏威夷)(?:标准|夏令)?|标准|夏令)时间?")
_REGION = re.compile(r"(?:[东西][南北]|[东西南北])(?![部方面边])")


def _region(rest: str) -> bool:
    """The words after the country open with a direction naming part of it (美国西南沙漠 "the Desert
    Southwest"), not with a word of its own that starts with one: 西欧 "Western Europe", 北极 "the Arctic",
    东南亚 "Southeast Asia", 北约 "NATO" are other places and bodies, which leave the country unsaid."""
    from qa.lang import cedict

    found = _REGION.match(rest)
    if found is None:
        return False
    return not any(cedict.lookup(rest[:n]) or gazetteer.kind_of(rest[:n]) in (gazetteer.PLACE, gazetteer.ORG)
                   for n in range(found.end() + 1, min(len(rest), 4) + 1))
_OWN_PART = re.compile(r"(?:[东南西北中]{1,2}部|驻)")


def _lies_in(place: str, mention: NameMention) -> bool:
    """The dictionary places the smaller place in the province (泸州 "… city in Sichuan"): the province is
    carried by it. The Yellow River (黄河) after 山西 lies in no one province and carries none."""
    from qa.lang import cedict

    names = {w for n in english_forms(mention) for w in re.findall(r"[A-Z][a-z]{3,}", n) if w.lower() not in GENERIC_HEADS}
    if not names:
        return False
    named = re.compile(rf"\b(?:{'|'.join(re.escape(n) for n in sorted(names))})\b")
    return any(named.search(d) for e in cedict.lookup(place) if e.is_proper_noun for d in e.definitions[:2])


_INDEFINITE = re.compile(r"[一两几数多某各每][家个所座位名]")


def destination(mention: NameMention, source: str) -> bool:
    """A country after 驻 "stationed in" (中国驻泰国大使 "China's ambassador to Thailand"): where the
    office is held, which no title implies, unlike 土耳其总统 "President Erdogan"."""
    return gazetteer.is_country(mention.text) and source[max(0, mention.start - 1) : mention.start] == "驻"


def before_rendered(mention: NameMention, everyone: list[NameMention], unrendered: list[NameMention],
                     source: str = "") -> bool:
    """A country right before another name of the source that the target renders (中国华海药业 "Huahai
    Pharmaceutical", 美国特斯拉汽车 "Tesla Motors"): the country qualifies that name, which carries it."""
    if not gazetteer.is_country(mention.text):
        return False
    end = mention.start + len(mention.text)
    gone = {(m.start, m.text) for m in unrendered}
    foreign = mention.text not in HOME_COUNTRY  # 中国 before a Chinese place is left implicit, as translators do
    return any(o.start == end and (o.start, o.text) not in gone and not (foreign and _unknown_place(o, source))
               for o in everyone)


# A place word after the name, or after the rest of a transliteration jieba cut short (谢米亚|努夫卡口岸).
_PLACE_WORD = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:省|州|市|县|港|口岸|岛|镇|村|地区|山|河|湖)")


def _unknown_place(other: NameMention, source: str) -> bool:
    """A place no dictionary knows, written with its place word (波兰谢米亚努夫卡口岸): the foreign country
    before it is what tells the reader where it lies, not a qualifier its name carries."""
    after = source[other.start + len(other.text) :]
    return not gazetteer.kind_of(other.text) and _PLACE_WORD.match(after) is not None
