"""Pinyin readings of Chinese names and the romanizations they allow.

Built on pypinyin (phrase-aware: 长安 reads cháng ān, 重庆 chóng qìng) and
CC-CEDICT (proper-noun readings). For a name we keep two sets per character:
`accepted` — readings a correct romanization may use (the phrase reading when
the character sits inside a phrase-dictionary hit or a CC-CEDICT headword,
otherwise every heteronym, since we cannot tell which one is meant) — and
`possible` — every reading of the character at all. A rendering that parses
only with `possible` readings is a wrong polyphone reading.
"""

from __future__ import annotations

import re
from qa.lang.zh import HAN
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

# Polyphonic characters whose reading as a surname differs from their common reading.
SURNAME_READINGS: dict[str, tuple[str, ...]] = {
    "曾": ("zeng",), "单": ("shan",), "解": ("xie",), "乐": ("yue", "le"), "区": ("ou",),
    "仇": ("qiu",), "朴": ("piao",), "查": ("zha",), "盖": ("ge", "gai"), "华": ("hua",),
    "任": ("ren",), "缪": ("miao",), "翟": ("zhai",), "覃": ("qin", "tan"), "召": ("shao",),
    "秘": ("bi",), "员": ("yun",), "折": ("she",), "种": ("chong",), "洗": ("xian",),
    "黑": ("he",), "句": ("gou",), "祭": ("zhai",), "繁": ("po",), "能": ("nai",),
    "曲": ("qu",), "薄": ("bo",), "重": ("chong",), "长": ("chang",), "沈": ("shen",),
    "尉": ("yu", "wei"), "藏": ("zang",), "万": ("wan",), "阚": ("kan",), "澹": ("tan",),
    "纪": ("ji",), "宁": ("ning",), "那": ("na",), "贲": ("ben",), "柏": ("bai",),
    "叶": ("ye",), "石": ("shi",), "车": ("che",), "都": ("du",), "便": ("pian",),
}
COMPOUND_SURNAMES = frozenset(
    "欧阳 司马 上官 诸葛 东方 皇甫 尉迟 公孙 慕容 长孙 宇文 司徒 夏侯 轩辕 令狐 端木 "
    "独孤 南宫 西门 百里 呼延 万俟 单于 澹台 公羊 闻人 东郭 钟离 申屠".split()
)
COMPOUND_SURNAME_READINGS = {"尉迟": ("yu", "chi"), "长孙": ("zhang", "sun"), "万俟": ("mo", "qi"),
                             "单于": ("chan", "yu"), "澹台": ("tan", "tai")}



@lru_cache(maxsize=16384)
def fold(text: str) -> str:
    """Lowercase letters only, diacritics removed and ü written as v: "Chang'an" → "changan"."""
    text = unicodedata.normalize("NFKD", text).replace("u\u0308", "v").replace("U\u0308", "v")
    return "".join(ch for ch in text.lower() if "a" <= ch <= "z")


def load() -> None:
    """The romaniser resource loaded now (pypinyin and its phrase dictionary, the syllable set), e.g. before forking."""
    import pypinyin  # noqa: F401  (its import loads the phrase dictionary)

    syllables()


@lru_cache(maxsize=1)
def syllables() -> frozenset[str]:
    """Every toneless pinyin syllable pypinyin knows (about 410), kept in qa's cache (folding 70k readings costs 0.15 s)."""
    from qa.lang.cache import package_version, stored

    def build() -> frozenset[str]:
        from pypinyin.pinyin_dict import pinyin_dict

        found: set[str] = set()
        for readings in pinyin_dict.values():
            for reading in readings.split(","):
                s = fold(reading)
                found.add(s)
        # interjections such as m, n, ng, hm have no vowel and are no use for names
        return frozenset(s for s in found if re.fullmatch(r"[bcdfghjklmnpqrstwxyz]*[aeiouv][a-z]*", s))

    return stored("pinyin-syllables", f"{package_version('pypinyin')}-1", build,
                  lambda data: isinstance(data, frozenset) and len(data) > 300)


@lru_cache(maxsize=65536)
def split_syllables(word: str) -> tuple[str, ...] | None:
    """`word` (folded) as a sequence of pinyin syllables, preferring long syllables; None if impossible.

    "jinping" → ("jin", "ping"); "xian" → ("xian",); "english" → None.
    """
    word = fold(word)
    if not word:
        return None
    valid = syllables()
    best: list[tuple[str, ...] | None] = [None] * (len(word) + 1)
    best[len(word)] = ()
    for i in range(len(word) - 1, -1, -1):
        for j in range(min(len(word), i + 6), i, -1):
            rest = best[j]
            if rest is not None and word[i:j] in valid:
                best[i] = (word[i:j],) + rest
                break
    return best[0]


def _variants(syllable: str) -> set[str]:
    """Spellings English texts use for one syllable: lv is also lu and lyu."""
    out = {syllable}
    if "v" in syllable:
        out |= {syllable.replace("v", "u"), syllable.replace("v", "yu"), syllable.replace("v", "ue")}
    return out


@dataclass(frozen=True)
class Reading:
    """Readings of one character of a name."""

    char: str
    accepted: frozenset[str]
    possible: frozenset[str]


@lru_cache(maxsize=16384)
def char_heteronyms(char: str) -> tuple[str, ...]:
    """`pinyin(char, style=Style.NORMAL, heteronym=True)[0]` of one character, read from pypinyin's table:
    the whole call (segmenting, converters, hooks) takes about 50 µs and the name checks ask it of each new
    character of a document. tests/lang/test_pinyin.py compares the two on every character of the table."""
    from pypinyin.constants import PINYIN_DICT

    toned = PINYIN_DICT.get(ord(char)) if len(char) == 1 else None
    if toned is None:  # no reading (or not one character): pypinyin's own answer
        from pypinyin import Style, pinyin

        return tuple(pinyin(char, style=Style.NORMAL, heteronym=True)[0])
    return tuple(dict.fromkeys(map(_toneless, toned.split(","))))


@lru_cache(maxsize=4096)
def _toneless(toned: str) -> str:
    """A toned syllable as Style.NORMAL writes it (hé → he): about 1,500 of them, each worked out once."""
    from pypinyin.style._utils import replace_symbol_to_no_symbol

    return replace_symbol_to_no_symbol(toned)


@lru_cache(maxsize=8192)
def char_syllables(char: str) -> frozenset[str]:
    """Every toneless syllable one Chinese character may be read as (珍 → zhen)."""
    out: set[str] = set()
    for reading in char_heteronyms(char):
        out |= _variants(fold(reading))
    return frozenset(s for s in out if s)


@lru_cache(maxsize=16384)
def char_readings(ch: str) -> tuple[frozenset[str], tuple[str, ...]]:
    """char_syllables of a Han character (none for another), and the same longest first: once per
    character, not per text holding it (the name search indexes every source text by them)."""
    found = char_syllables(ch) if has_han(ch) else frozenset()
    return found, tuple(sorted(found, key=len, reverse=True))


def in_context_toned(word: str) -> list[tuple[str, ...]] | None:
    """Per character of `word`, its toned readings as pypinyin's pinyin() finds them before converting
    them to a style: after pypinyin's own phrase segmentation, a phrase's readings for the characters of a
    phrase it knows, every reading of a character elsewhere, the usual one first. The whole call also runs
    each reading through its style machinery (about 70 µs a name); this reads the tables alone. None when
    a character is in neither table (a Latin letter, a rare character): only pypinyin's call says what
    it gives then, and when a pypinyin release has moved these tables (they are not its public API).
    tests/lang/test_name_lookups.py compares the two on every character and every tenth phrase."""
    try:
        from pypinyin.constants import PHRASES_DICT, PINYIN_DICT, RE_HANS
        from pypinyin.seg.simpleseg import seg
    except ImportError:
        return None

    out: list[tuple[str, ...]] = []
    for part in seg(word):
        if not RE_HANS.match(part):
            return None
        if part in PHRASES_DICT:
            out += [tuple(toned) for toned in PHRASES_DICT[part]]
            continue
        for char in part:
            toned = PINYIN_DICT.get(ord(char))
            if toned is None:
                return None
            out.append(tuple(toned.split(",")))
    return out


def _in_context_heteronyms(word: str) -> list[tuple[str, ...]] | None:
    """`pinyin(word, style=Style.NORMAL, heteronym=True)` as sets go (order and repeats aside), from the tables."""
    toned = in_context_toned(word)
    return None if toned is None else [tuple(map(_toneless, readings_)) for readings_ in toned]


def in_context_syllables(word: str) -> list[str]:
    """`lazy_pinyin(word, style=Style.NORMAL)`: each character's reading in context, from the tables when they hold it."""
    toned = in_context_toned(word)
    if toned is None:
        from pypinyin import Style, lazy_pinyin

        return lazy_pinyin(word, style=Style.NORMAL)
    return [_toneless(readings_[0]) for readings_ in toned]


def readings(word: str, person: bool = False) -> tuple[Reading, ...]:
    """Per-character accepted and possible readings of a name (see module docstring)."""
    return _readings(word, bool(person))


@lru_cache(maxsize=8192)
def _readings(word: str, person: bool) -> tuple[Reading, ...]:
    """readings, cached under one key however it is called (readings(w), readings(w, False) and
    readings(w, person=False) were three entries: the romaniser and the name search read one word twice)."""
    from pypinyin import Style, pinyin

    from qa.lang import cedict

    phrase = _in_context_heteronyms(word)
    if phrase is None:  # a character outside pypinyin's tables: its own call decides
        phrase = pinyin(word, style=Style.NORMAL, heteronym=True)
    if len(phrase) != len(word):  # non-Han characters inside: no reading
        return ()
    dictionary = [e.syllables() for e in cedict.lookup(word) if e.is_proper_noun or len(word) > 1]
    dictionary = [s for s in dictionary if len(s) == len(word)]
    out: list[Reading] = []
    for i, char in enumerate(word):
        possible = char_syllables(char)
        accepted: set[str] = set()
        for reading in phrase[i]:
            accepted |= _variants(fold(reading))
        for sylls in dictionary:
            accepted |= _variants(sylls[i])
        if person and i == 0 and char in SURNAME_READINGS and word[:2] not in COMPOUND_SURNAMES:
            accepted = set()
            for reading in SURNAME_READINGS[char]:
                accepted |= _variants(reading)
        if person and word[:2] in COMPOUND_SURNAME_READINGS and i < 2:
            accepted = _variants(COMPOUND_SURNAME_READINGS[word[:2]][i])
        out.append(Reading(char, frozenset(accepted), frozenset(possible | accepted)))
    return tuple(out)


def expected_syllables(word: str, person: bool = False) -> list[str]:
    """The one romanization we suggest: CC-CEDICT's proper-noun reading, else pypinyin's."""
    return list(_expected_syllables(word, person))


@lru_cache(maxsize=16384)
def _expected_syllables(word: str, person: bool) -> tuple[str, ...]:
    """expected_syllables, once per word (the name checks ask it of a name three times a pair)."""
    from qa.lang import cedict

    if person:
        sylls = [fold(s) for s in in_context_syllables(word)]
        if word[:2] in COMPOUND_SURNAME_READINGS:
            sylls[:2] = COMPOUND_SURNAME_READINGS[word[:2]]
        elif word[0] in SURNAME_READINGS:
            sylls[0] = SURNAME_READINGS[word[0]][0]
        return tuple(sylls)
    for entry in cedict.lookup(word):
        sylls = entry.syllables()
        if entry.is_proper_noun and len(sylls) == len(word):
            return tuple(sylls)
    return tuple(fold(s) for s in in_context_syllables(word))


def surname_length(name: str) -> int:
    return 2 if name[:2] in COMPOUND_SURNAMES and len(name) > 2 else 1


def join_syllables(sylls: list[str]) -> str:
    """One capitalised word; an apostrophe marks a syllable starting with a, e or o: Chang'an."""
    text = ""
    for i, s in enumerate(sylls):
        s = s.replace("v", "ü")
        if i and s[0] in "aeo":
            text += "'"
        text += s
    return text[:1].upper() + text[1:]


def match(folded: str, options: list[frozenset[str]]) -> tuple[str, ...] | None:
    """The syllables, one per option set, whose concatenation is `folded`; None if none."""

    def go(pos: int, k: int) -> tuple[str, ...] | None:
        if k == len(options):
            return () if pos == len(folded) else None
        for s in sorted(options[k], key=len, reverse=True):
            if folded.startswith(s, pos):
                rest = go(pos + len(s), k + 1)
                if rest is not None:
                    return (s,) + rest
        return None

    return go(0, 0)


def has_han(text: str) -> bool:
    return bool(HAN.search(text))
