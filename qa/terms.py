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

TITLES = frozenset(
    "总书记 秘书长 副秘书长 书记 副书记 主任 副主任 同志 主席 副主席 总理 副总理 委员长 部长 副部长 "
    "省长 市长 县长 区长 镇长 乡长 村长 局长 院长 厅长 处长 科长 校长 总统 先生 女士 小姐 教授 博士 "
    "将军 司令 委员 常委 检察长 行长 董事长 总经理 经理 主编 大使 领事 首相 国王 皇帝 太后 夫人".split()
)
HONORIFICS = frozenset("君 公 王 侯 氏 翁 老 帝 后 妃 子".split())
PLACE_SUFFIXES = ("自治区", "自治州", "自治县", "特别行政区", "街道", "省", "市", "县", "旗", "盟", "区",
                  "镇", "乡", "村", "州", "府", "岛", "港")
NAME_TAGS = frozenset({"nr", "nrfg", "nrt", "ns", "nt", "nz"})
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
    """(word, POS tag) for every token of `text`."""
    _, posseg = _posseg()
    return tuple((w.word, w.flag) for w in posseg.cut(text))


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


def _kind(tag: str) -> str:
    return {"nr": "person", "nrfg": "person", "nrt": "person", "ns": "place", "nt": "org"}.get(tag, "other")


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
        if tag == "nr" and len(word) == 1 and _HAN.match(nxt[0]) and len(nxt[0]) <= 2 \
                and nxt[0] not in TITLES and nxt[1][:1] not in ("p", "c", "u", "x", "v", "m", "q"):
            word, kind = word + nxt[0], "person"  # 陈/nr 一新/d
            pos += len(nxt[0])
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
        for suffix in PLACE_SUFFIXES:
            if word.endswith(suffix) and len(word) - len(suffix) >= 2:
                forms.append(word[: -len(suffix)])  # 扎赉特旗 → 扎赉特
                break
        names.append(NameMention(forms[0], kind, start, tuple(dict.fromkeys(forms))))
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
    return all(re.fullmatch(r"[ \t\-‐]+", text[tokens[k].end : tokens[k + 1].start] or "x") for k in range(i, j - 1))


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
