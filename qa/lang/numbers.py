"""Number mentions in Chinese and English text, normalised to values.

Both languages are reduced to plain values so that "2000万" and "20 million",
"1.12亿" and "112 million", "10万+" and "100,000+", "百分之三十" and
"30 percent", "2月2日" and "February 2", "十四五" and "14th Five-Year Plan"
compare equal. Each mention keeps its span exactly as it stands in the text.

Two views:
- `find_numbers` returns *strict* mentions: text a reader takes as a number.
  Chinese numerals inside words (一些, 统一, 一带一路, 十分, 百姓, 千方百计)
  are not numbers; a Chinese numeral counts only before a measure word
  (三个, 五大, 十四年), after 第, as an enumerator (一、 二要 三是 （四）),
  or as a multi-character numeral (三十五, 二〇二一). English "one" as a
  pronoun ("one of the", "no one") is not a number.
- `loose_number_values` returns every value a text could be read as holding,
  numerals inside words included (三力 → 3, "triple" → 3). Checks use it to
  excuse a number on the other side rather than to report one.

Every look around a mention is bounded or indexed once per text, so a
paragraph is read in time linear in its length (bench/speed.py, one-paragraph rows).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import replace
from functools import lru_cache
from typing import Callable, Iterable

from qa.lang.measures import Measure, find_measures, same_measure
from qa.lang.number_mention import FULLWIDTH, NumberMention
from qa.lang.numbers_en import _EN_LOOSE_WORDS, _EN_ORDINALS, _ROMAN, _EN_SCALES, _EN_TENS, _EN_UNITS, find_en
from qa.lang.numbers_zh import _ZH_DIGITS, _ZH_RUN, _ZH_SCALE, _parse_zh_numeral, _split_run, find_zh

__all__ = ["FULLWIDTH", "Measure", "NumberMention", "find_measures", "find_numbers", "loose_number_values",
           "number_values", "same_measure", "same_value", "ValueIndex"]
# Words that hold a figure an English rendering may spell out: 半年 "six months", 重阳 "Double Ninth",
# 立体 "three-dimensional", 国庆 "National Day" (October 1).
# 个位数 "single digits" ("less than 10"), 上双/两位数 "double digits" ("more than 10"); 本世纪 "this century", the
# 2000s, and 上世纪 "the last century", the 1900s (as written since 2001); 上世纪末 "the late 1990s", 上世纪中 "the 1950s".
_ZH_LOOSE_WORDS = {"半年": (6.0,), "重阳": (9.0,), "立体": (3.0,), "国庆": (10.0, 1.0, 1001.0), "个位数": (10.0, 9.0),
                   "上双": (10.0,), "两位数": (10.0,), "本世纪": (21.0, 2000.0), "上世纪": (20.0, 1900.0),
                   "上世纪末": (1990.0,), "上世纪中": (1950.0,)}
_PER_SCALE = re.compile(r"\bper\s+(hundred|thousand|million)(?:\s+(thousand|million))?\b")
_ONE_UNIT = re.compile(r"\ban?\s+(?:hour|day|week|month|year|minute|second|decade|century|kilometre|kilometer|mile|metre|meter)\b")
_NUMBER_COMPOUND = re.compile(r"(two|three|four|five|six|seven|eight|nine|ten|twenty|hundred)(?:fold|somes?|balls?)")
_DECADES_AFTER = re.compile(r"\s+(decades?|centuries|century)\b")
_DIMES = re.compile(r"毛(?=钱|[，。！？、；：”’)）\s]|$)|角钱")
_LOWER_WORD = re.compile(r"\b[a-z]+(?:-[a-z]+)*\b")
# (word, its pattern, value): a pattern is searched only where its word is in the text at all (a plain substring
# test, run in C), so a paragraph is not scanned once per word
_EN_LOOSE_PATTERNS = tuple((word, re.compile(rf"\b{word}"), value) for word, value in _EN_LOOSE_WORDS.items()
                           if " " not in word)
# Phrases ("a hundred thousand", "half a million") are whole words, longest first, and use up their text, so
# the "a million" inside "half a million" and the "a hundred" inside "a hundred thousand" hold no value of their own.
_EN_LOOSE_PHRASES = tuple((word, re.compile(rf"\b{word}\b"), value) for word, value in
                          sorted(_EN_LOOSE_WORDS.items(), key=lambda item: -len(item[0])) if " " in word)


def number_values(text: str, lang: str) -> list[float]:
    """Values of the strict number mentions of `text`, in order."""
    return [m.value for m in find_numbers(text, lang)]


def find_numbers(text: str, lang: str) -> list[NumberMention]:
    """Strict number mentions of `text` ("zh" or "en"), in order of position."""
    return list(_find_numbers(text, lang))


@lru_cache(maxsize=4096)
def _find_numbers(text: str, lang: str) -> tuple[NumberMention, ...]:
    """Read once per distinct text: the number, qualifier and list checks all ask (mentions are frozen)."""
    if lang.startswith("zh"):
        return tuple(_with_republic_year(m, text) for m in find_zh(text))
    return tuple(find_en(text))


# 民国元年 = 1912, 民国三十八年 = 1949: Republic-era years, which translations give in the Western calendar.
REPUBLIC_EPOCH = 1911


def _with_republic_year(mention: NumberMention, text: str) -> NumberMention:
    """民国三十八年 may be translated "1949": the Western year becomes one of the mention's values."""
    if text[max(0, mention.start - 2) : mention.start] == "民国" and text[mention.end : mention.end + 1] == "年":
        return replace(mention, alternatives=(*mention.alternatives, REPUBLIC_EPOCH + mention.value))
    return mention


# Roman numerals name phases, types and grades on both sides: III期 "Phase 3", 3期 "phase III", Ⅱ型 "type 2". In
# Chinese text a Latin numeral is one; in English a one-letter numeral ("I", "V", "X") only after such a word.
_NUMERALS = sorted(_ROMAN, key=len, reverse=True)  # longest first: XIV before XI before X
_ROMAN_ZH = re.compile(r"(?<![A-Za-z])(?:" + "|".join(_NUMERALS) + r")(?![A-Za-z])|[\u2160-\u216b]")
_NUMBERED = ("phase", "stage", "type", "grade", "class", "level")
_ROMAN_EN = re.compile(r"(?<![A-Za-z'’-])(?:" + "|".join(n for n in _NUMERALS if len(n) > 1)
                       + r"|(?:" + "|".join(rf"(?<=(?i:{word}) )" for word in _NUMBERED) + r")[IVX]"
                       r"|[IVX](?=/(?:II|III|IV)\b))(?![A-Za-z'’-])")


def _roman_values(text: str, lang: str) -> set[float]:
    pattern = _ROMAN_ZH if lang.startswith("zh") else _ROMAN_EN
    return {float(_ROMAN[m.group()] if m.group() in _ROMAN else ord(m.group()) - 0x215F)
            for m in pattern.finditer(text)}


def loose_number_values(text: str, lang: str, mentions: list[NumberMention] | None = None) -> set[float]:
    """Every value `text` may hold, including numerals inside words (`mentions`: its find_numbers, if at hand)."""
    mentions = find_numbers(text, lang) if mentions is None else mentions
    values = {round(v, 6) for m in mentions for v in m.values}
    values |= _roman_values(text, lang)
    if lang.startswith("zh"):
        for match in _ZH_RUN.finditer(text):
            run = match.group()
            for piece in _split_run(run):
                value = _parse_zh_numeral(piece)
                if value is not None:
                    values.add(round(value, 6))
            values.update(float(_ZH_DIGITS[ch]) for ch in run if ch in _ZH_DIGITS)
            values.update(float(_ZH_SCALE[ch]) for ch in run if ch in _ZH_SCALE)  # 万种 "ten thousand kinds"
            if _DIMES.match(text, match.end()):  # 五毛: "fifty cents", "the fifty-cent party"
                values.update(round(10 * v, 6) for v in map(_parse_zh_numeral, _split_run(run)) if v is not None)
        values.update({1.0, 2.0} if "双" in text or "俩" in text else set())
        if "民国元年" in text:  # 元 is not a numeral, so no mention carries this year
            values.add(float(REPUBLIC_EPOCH + 1))
        values.update(v for word, held in _ZH_LOOSE_WORDS.items() if word in text for v in held)
    else:
        lowered = text.lower()
        words = lowered
        for phrase, pattern, value in _EN_LOOSE_PHRASES:
            if phrase in words:
                words, found = pattern.subn(" ", words)
                if found:
                    values.add(value)
        for word, pattern, value in _EN_LOOSE_PATTERNS:
            if word in words and pattern.search(words):
                values.add(value)
        if _ONE_UNIT.search(lowered):  # 1个小时 "an hour", 1年 "a year"
            values.add(1.0)
        for per in _PER_SCALE.finditer(lowered):  # "per hundred thousand" (每十万)
            values.add(float(_EN_SCALES[per.group(1)] * _EN_SCALES.get(per.group(2) or "", 1)))
        for m in mentions:  # "four decades" = 40 years, "two centuries" = 200 years
            unit = _DECADES_AFTER.match(lowered, m.end)
            if unit:
                values.add(round(m.value * (10 if unit.group(1).startswith("decade") else 100), 6))
        for match in _LOWER_WORD.finditer(lowered):
            for part in match.group().split("-"):
                compound = _NUMBER_COMPOUND.fullmatch(part)  # fourballs, foursomes, tenfold: 四球, 四人, 十倍
                if compound:
                    values.add(float(_EN_UNITS.get(compound.group(1), 0) or _EN_TENS.get(compound.group(1), 0)))
                if part in _EN_UNITS:
                    values.add(float(_EN_UNITS[part]))
                elif part in _EN_TENS:
                    values.add(float(_EN_TENS[part]))
                elif part in _EN_ORDINALS:
                    values.add(float(_EN_ORDINALS[part]))
    return values


def same_value(a: float, b: float) -> bool:
    """Equal up to float noise (1.12 × 10⁸ and 112 × 10⁶), or one side rounded to fewer decimals (2.7255 and
    2.726, 73.25 and 73.3). Two figures written to the same precision must be equal: 73.25 is not 73.27,
    and a 13-digit code (an ISBN, a phone number) differs when one digit does."""
    scale = max(1.0, abs(a), abs(b))
    if abs(a - b) <= 1e-9 * scale:
        return True
    coarse, fine = sorted((_decimals(a), _decimals(b)))
    if coarse == fine or coarse == 0:
        return False  # same precision, different figures; or a decimal against a whole number (7.4 is not 7)
    return abs(a - b) <= min(0.5 * 10.0 ** -coarse, 1e-3 * scale) + 1e-9 * scale


def _decimals(value: float) -> int:
    """How many decimals `value` is written with (7100.000000000001, 0.71 × 10⁴, has none)."""
    for places in range(10):
        if abs(round(value, places) - value) <= 1e-9 * max(1.0, abs(value)):
            return places
    return 10


def _same_value_reach(value: float) -> float:
    # same_value(a, b) implies |a - b| <= 1e-3 * max(1, |a|, |b|) < 2e-3 * max(1, |a|)
    return 2e-3 * max(1.0, abs(value))


class ValueIndex:
    """Values (each with an owner, e.g. the mention it belongs to) looked up by bisection.

    `match(a, b)` decides equality (same_value by default); `reach(a)` bounds
    how far from `a` a match can lie, so a lookup checks a handful of
    neighbours instead of every value: comparing all the numbers of a long
    paragraph with all the others stays near linear.
    """

    def __init__(self, values: Iterable[tuple[float, int]] = (), match: Callable[[float, float], bool] = same_value,
                 reach: Callable[[float], float] = _same_value_reach) -> None:
        entries = sorted(values)
        self._keys = [v for v, _ in entries]
        self._owners = [o for _, o in entries]
        self._match = match
        self._reach = reach

    def add(self, value: float, owner: int = 0) -> None:
        k = bisect_right(self._keys, value)
        self._keys.insert(k, value)
        self._owners.insert(k, owner)

    def matches(self, value: float) -> list[int]:
        """Owners of the stored values that match `value` (one per stored value)."""
        r = self._reach(value)
        lo, hi = bisect_left(self._keys, value - r), bisect_right(self._keys, value + r)
        return [self._owners[k] for k in range(lo, hi) if self._match(value, self._keys[k])]

    def __contains__(self, value: float) -> bool:
        r = self._reach(value)
        lo, hi = bisect_left(self._keys, value - r), bisect_right(self._keys, value + r)
        return any(self._match(value, self._keys[k]) for k in range(lo, hi))
