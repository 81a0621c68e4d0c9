"""Chinese names and terms of a pair, and the English word tokens they are matched against.

jieba (POS tags nr/nrfg/ns/nt/nz) finds the names, helped by CC-CEDICT's
proper-noun headwords (jieba tags 怀化 as a verb), the glossary (fed to jieba
with `add_word` so 陈一新 and 长安君 stay whole) and two repairs for what
jieba splits: a one-character surname tagged nr followed by one or two
characters (陈/nr 一新/d), and a name followed by an honorific or a place
suffix (长安/ns 君). jieba takes about 0.6 s to load, so it loads on first use.
"""

from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from qa.lang.pinyin import COMPOUND_SURNAMES

TITLES = frozenset(
    "总书记 秘书长 副秘书长 书记 副书记 主任 副主任 同志 主席 副主席 总理 副总理 委员长 部长 副部长 "
    "省长 市长 县长 区长 镇长 乡长 村长 局长 院长 厅长 处长 科长 校长 总统 先生 女士 小姐 教授 博士 "
    "将军 司令 委员 常委 检察长 行长 董事长 总经理 经理 主编 大使 领事 首相 国王 皇帝 太后 夫人".split()
)
HONORIFICS = frozenset("君 公 王 侯 氏 翁 老 帝 后 妃 子".split())
PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "特别行政区", "街道", "省", "市", "县", "旗", "盟", "区",
                  "镇", "乡", "村", "州", "府", "岛", "港")
NAME_TAGS = frozenset({"nr", "nrg", "nrfg", "nrt", "ns", "nt", "nz"})
_HAN = re.compile(r"^[\u3400-\u9fff]+$")

_lock = threading.Lock()
_added: set[str] = set()


@lru_cache(maxsize=1)
def _posseg():
    import logging

    import jieba
    import jieba.posseg

    jieba.setLogLevel(logging.WARNING)
    jieba.initialize()
    return jieba, jieba.posseg


def add_words(words: Iterable[tuple[str, str]]) -> None:
    """Teach jieba whole words (word, POS tag) so it never splits them: glossary names."""
    jieba, _ = _posseg()
    with _lock:
        for word, tag in words:
            if word and _HAN.match(word) and word not in _added:
                jieba.add_word(word, freq=max(jieba.get_FREQ(word) or 0, 20000), tag=tag)
                _added.add(word)


@lru_cache(maxsize=4096)
def segment(text: str) -> tuple[tuple[str, str], ...]:
    """(word, POS tag) for every token of `text`.

    jieba.posseg's HMM tagger runs at about 6k characters a second; plain
    jieba.cut (with HMM for new words) runs at about 100k. So we cut with
    jieba.cut and take tags from jieba's dictionary; a word the dictionary
    does not know that starts with a common surname is tagged nrg (a guessed
    person name), others "new".
    """
    jieba, posseg = _posseg()
    tags = posseg.dt.word_tag_tab
    out = []
    for word in jieba.cut(text):
        tag = jieba.dt.user_word_tag_tab.get(word) or tags.get(word)
        if tag is None:
            tag = "nrg" if 2 <= len(word) <= 4 and word[0] in SURNAMES and _HAN.match(word) else "new"
        out.append((word, tag))
    return tuple(out)


SURNAMES = frozenset(
    "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢"
    "姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施"
    "文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷"
    "盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷"
    "晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝习"
)


@lru_cache(maxsize=65536)
def is_proper_headword(word: str) -> bool:
    from qa.lang import cedict

    return len(word) > 1 and any(e.is_proper_noun for e in cedict.lookup(word))


@dataclass(frozen=True)
class NameMention:
    """A name in the source. `forms` are the spellings worth romanizing (whole, then core)."""

    text: str
    kind: str  # person, place, org, other
    start: int
    forms: tuple[str, ...]
    guessed: bool = False  # a person found by the surname rule, not by the dictionary
    titled: bool = False  # a title stands next to the name: 习近平总书记, 秘书长陈一新


def _index_at(tokens: tuple[tuple[str, str], ...], offset: int) -> int:
    pos = 0
    for k, (word, _) in enumerate(tokens):
        if pos == offset:
            return k
        pos += len(word)
    return -1


def _given_after(tokens: tuple[tuple[str, str], ...], i: int) -> str:
    """One or two characters after a lone surname that could be a given name: whole tokens only."""
    given = ""
    while i < len(tokens) and len(given) < 2:
        word, tag = tokens[i]
        if not _HAN.match(word) or word in TITLES or tag[:1] in ("p", "c", "u", "x", "m", "q", "r", "y", "e") \
                or len(given) + len(word) > 2:
            break
        given += word
        i += 1
    return given


def _kind(tag: str) -> str:
    return {"nr": "person", "nrg": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org"}.get(tag, "other")


def source_names(text: str, glossary_terms: frozenset[str] = frozenset()) -> list[NameMention]:
    """Names in a Chinese text, in order, each with the forms to look for in the English."""
    tokens = segment(text)
    names: list[NameMention] = []
    pos = 0
    i = 0
    while i < len(tokens):
        word, tag = tokens[i]
        start = pos
        pos += len(word)
        i += 1
        if not _HAN.match(word) or word in TITLES:
            continue
        nxt = tokens[i] if i < len(tokens) else ("", "x")
        lone_surname = len(word) == 1 and (tag == "nr" or (word in SURNAMES and tag[:1] in ("n", "j", "g", "v", "a")))
        given = _given_after(tokens, i) if lone_surname else ""
        guessed = bool(given) or tag == "nrg"
        if given:
            word, kind = word + given, "person"  # 陈/nr 一新/d, 罗/j 占/v 鳌/g
            while given:
                given = given[len(tokens[i][0]):]
                pos += len(tokens[i][0])
                i += 1
        elif tag in NAME_TAGS or word in glossary_terms or is_proper_headword(word):
            kind = _kind(tag) if tag in NAME_TAGS else "other"
        else:
            continue
        if len(word) < 2:
            continue
        forms = [word]
        nxt = tokens[i] if i < len(tokens) else ("", "x")
        if nxt[0] in HONORIFICS or nxt[0] in PLACE_SUFFIXES:
            forms.insert(0, word + nxt[0])  # 长安/ns 君 → 长安君
        if kind == "person" and len(word) == 4 and word[:2] not in COMPOUND_SURNAMES:
            forms.append(word[:3])  # 孙小果案: a new word that swallowed the next character
        for suffix in PLACE_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                forms.append(word[: -len(suffix)])  # 扎赉特旗 → 扎赉特
                break
        before = tokens[k - 1][0] if (k := _index_at(tokens, start)) > 0 else ""
        titled = nxt[0] in TITLES or before in TITLES
        names.append(NameMention(forms[0], kind, start, tuple(dict.fromkeys(forms)), guessed, titled))
    return names


# ---------------------------------------------------------------- English side

_WORD = re.compile(r"[A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+(?:['’‘\-][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ]+)*")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass(frozen=True)
class Token:
    text: str
    start: int
    end: int

    @property
    def capitalised(self) -> bool:
        return self.text[:1].isupper()


@lru_cache(maxsize=4096)
def english_tokens(text: str) -> tuple[Token, ...]:
    """Words of an English text with their offsets; a possessive 's is left out of the word."""
    out = []
    for m in _WORD.finditer(text):
        word = m.group()
        end = m.end()
        poss = _POSSESSIVE.search(word)
        if poss and len(word) > 2:
            word = word[: poss.start()]
            end = m.start() + len(word)
        out.append(Token(word, m.start(), end))
    return tuple(out)


def joined(text: str, tokens: tuple[Token, ...], i: int, j: int) -> bool:
    """True when tokens i..j-1 are separated only by spaces or hyphens (one phrase)."""
    return all(re.fullmatch(r"[\s\-‐‑]+", text[tokens[k].end : tokens[k + 1].start] or "x") for k in range(i, j - 1))


# ---------------------------------------------------------------- quoted terms

_ZH_QUOTE = re.compile(r"“([^“”]{1,40})”|「([^「」]{1,40})」|《([^《》]{1,40})》")
_EN_QUOTE = re.compile(r"“([^“”]{1,120})”|\"([^\"]{1,120})\"")


def chinese_quoted(text: str) -> list[str]:
    return [next(g for g in m.groups() if g) for m in _ZH_QUOTE.finditer(text)]


def english_quoted(text: str) -> list[str]:
    """Quoted English phrases, trailing punctuation inside the quotes removed: “Ten Highlights,”."""
    out = []
    for m in _EN_QUOTE.finditer(text):
        phrase = next(g for g in m.groups() if g).strip().rstrip(",.;:!?").strip()
        if phrase:
            out.append(phrase)
    return out


def fold_phrase(text: str) -> str:
    """Case and spacing folded, so that capitalisation alone is never a variant."""
    text = text.replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", text).strip().lower()


# ---------------------------------------------------------------- recurring terms and their renderings

TERM_TAGS = frozenset({"n", "vn", "v", "nz", "l", "i", "j", "nt", "ns", "m", "an", "b"})
CONNECTORS = frozenset("and of the a an for on in to one with".split())
_LETTERS = re.compile(r"[a-z]+")


def term_candidates(text: str) -> set[str]:
    """Multi-word Chinese terms of 4–8 characters: runs of one to three content words (社会治理)."""
    tokens = segment(text)
    out: set[str] = set()
    for i in range(len(tokens)):
        term = ""
        for j in range(i, min(i + 3, len(tokens))):
            word, tag = tokens[j]
            if not _HAN.match(word) or tag not in TERM_TAGS or word in TITLES or (j == i and tag == "v"):
                break
            term += word
            if 4 <= len(term) <= 8 and (j > i or len(word) >= 4):
                out.add(term)
    return out


def _content_words(gloss: str) -> set[str]:
    return {w for w in _LETTERS.findall(gloss.lower()) if w not in CONNECTORS and len(w) > 2}


def same_word(a: str, b: str) -> bool:
    """Crude stemming: social ~ society, govern ~ governance, political ~ politics; not construct ~ constitute."""
    if a == b:
        return True
    n = 0
    for x, y in zip(a, b):
        if x != y:
            break
        n += 1
    return n >= max(4, min(len(a), len(b)) - 3)


@dataclass(frozen=True)
class TermVocab:
    parts: tuple[frozenset[str], ...]  # gloss words of each sub-word
    whole: frozenset[str]  # gloss words of the whole term's own dictionary name
    keys: frozenset[str]  # four-letter prefixes of every gloss word, for a quick pre-test


@lru_cache(maxsize=16384)
def term_vocab(term: str) -> TermVocab | None:
    """English words CC-CEDICT offers for the term and each of its words; None when a word has none."""
    from qa.lang import cedict

    whole: set[str] = set()
    for gloss in cedict.english_glosses(term)[:3]:
        whole |= _content_words(gloss.split(",")[0])
    parts = []
    for word, _ in segment(term):
        words: set[str] = set()
        for gloss in cedict.english_glosses(word)[:8]:
            words |= _content_words(gloss)
        if not words and not whole:
            return None
        parts.append(frozenset(words))
    if len(parts) < 2 and not whole:
        return None
    every = whole.union(*parts)
    return TermVocab(tuple(parts), frozenset(whole), frozenset(w[:4] for w in every))


def renderings(term: str, target: str) -> list[str]:
    """English phrases in `target` that spell `term` word by word from its glosses ("social governance")."""
    vocab = term_vocab(term)
    if vocab is None:
        return []
    tokens = english_tokens(target)
    lowered = [t.text.lower() for t in tokens]
    if len(vocab.keys.intersection(w[:4] for w in lowered)) < 2:
        return []

    def hits(word: str) -> bool:
        return word[:4] in vocab.keys and word_part(term, word) != NO_PART

    found: list[str] = []
    i = 0
    while i < len(tokens):
        if not hits(lowered[i]) and lowered[i] != "one":
            i += 1
            continue
        j = i + 1
        used: list[int] = [word_part(term, lowered[i])]
        while j < len(tokens) and re.fullmatch(r"[\s,\-]+", target[tokens[j - 1].end : tokens[j].start] or "x"):
            word = lowered[j]
            if word in CONNECTORS:
                if lowered[j - 1] in CONNECTORS and lowered[j - 1] != "one" and word != "one":
                    break  # "… Initiative and the One Belt": two renderings side by side
            elif hits(word):
                part = word_part(term, word)
                if part >= 0 and part in used and lowered[j - 1] in CONNECTORS:
                    break  # "social management and governance": a second rendering starts
                used.append(part)
            else:
                break
            j += 1
        while j > i and lowered[j - 1] in CONNECTORS:
            j -= 1
        run = lowered[i:j]
        content = [w for w in run if w not in CONNECTORS]
        parts_used = {word_part(term, w) for w in content}
        covered = all(k in parts_used for k, part in enumerate(vocab.parts) if part)
        whole_hits = sum(1 for w in content if word_in_whole(term, w))
        if len(content) >= 2 and (covered or whole_hits >= 2):
            found.append(target[tokens[i].start : tokens[j - 1].end])
        i = max(j, i + 1)
    return found


NO_PART = -2


@lru_cache(maxsize=262144)
def word_part(term: str, word: str) -> int:
    """Index of the term's sub-word whose glosses hold `word`; -1 for the term's own name; NO_PART if none."""
    vocab = term_vocab(term)
    if vocab is None or word[:4] not in vocab.keys:
        return NO_PART
    for k, part in enumerate(vocab.parts):
        if any(same_word(word, v) for v in part):
            return k
    return -1 if word_in_whole(term, word) else NO_PART


@lru_cache(maxsize=262144)
def word_in_whole(term: str, word: str) -> bool:
    vocab = term_vocab(term)
    return vocab is not None and any(same_word(word, v) for v in vocab.whole)


def rendering_shape(term: str, text: str) -> tuple[tuple[int, ...], tuple[str, ...]]:
    """Sub-word index and word of each content word of a rendering, in order."""
    words = [w for w in _LETTERS.findall(text.lower()) if w not in CONNECTORS]
    return tuple(word_part(term, w) for w in words), tuple(words)


def same_rendering(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Same words up to inflection: "studied and formulated" = "study and formulate"."""
    return len(a) == len(b) and all(same_word(x, y) for x, y in zip(a, b))


def phrase_key(text: str) -> str:
    """Lowercase words only: "One Belt, One Road" → "one belt one road"."""
    return " ".join(_LETTERS.findall(text.lower().replace("’", "'")))
