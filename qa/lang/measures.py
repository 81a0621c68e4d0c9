"""Figures with a unit of length, mass, area or duration, in SI units (days for a duration): a figure may
be converted in translation.

一米六零 → "five feet four inches", 六十公斤 → "about 130 pounds", 二十英尺 → "six-meter", 两个月 → "60 days".
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from qa.lang.durations import MONTH, YEAR, days_range
from qa.lang.number_mention import NumberMention
from qa.lang.numbers_zh import _ZH_DIGITS, _zh_or_arabic

_ZH_UNIT_SI = {
    "平方公里": ("area", 1e6), "平方米": ("area", 1.0), "公顷": ("area", 1e4), "亩": ("area", 666.67),
    "公里": ("length", 1000.0), "千米": ("length", 1000.0), "厘米": ("length", 0.01), "毫米": ("length", 0.001),
    "英尺": ("length", 0.3048), "英寸": ("length", 0.0254), "英里": ("length", 1609.344), "米": ("length", 1.0),
    "里": ("length", 500.0), "丈": ("length", 3.333), "尺": ("length", 0.3333), "寸": ("length", 0.03333),
    "km": ("length", 1000.0), "cm": ("length", 0.01), "mm": ("length", 0.001), "m": ("length", 1.0),
    "公斤": ("mass", 1.0), "千克": ("mass", 1.0), "kg": ("mass", 1.0), "斤": ("mass", 0.5), "克": ("mass", 0.001),
    "吨": ("mass", 1000.0), "磅": ("mass", 0.4536),
    # a duration counted (两个月, 三周, 十天, 两年), in days; its range is the calendar's (qa.lang.durations)
    "个月": ("duration", MONTH), "个半月": ("duration", MONTH), "个星期": ("duration", 7.0),
    "星期": ("duration", 7.0), "周": ("duration", 7.0), "天": ("duration", 1.0), "年": ("duration", YEAR),
    "年半": ("duration", YEAR),
}
# No 月 or 日 alone, which date (3月, 5日); no 周年 (an anniversary), 周末, 周岁; no 年代 (80年代), 年级, 年度.
_ZH_UNIT_GUARD = {"周": "(?![年末岁])", "年": "(?![代级度])",
                  # a Latin unit in Chinese text is a word of its own: not the m of "85 mph" (which is English's)
                  **{unit: "(?![A-Za-z])" for unit in ("km", "cm", "mm", "m", "kg")}}
_HALF_MORE = ("个半月", "年半")  # 一个半月 is 1.5 months, 两年半 2.5 years
_EN_UNIT_SI = {
    "foot": ("length", 0.3048), "feet": ("length", 0.3048), "ft": ("length", 0.3048),
    "inch": ("length", 0.0254), "inches": ("length", 0.0254), "yard": ("length", 0.9144), "yards": ("length", 0.9144),
    "mile": ("length", 1609.344), "miles": ("length", 1609.344), "li": ("length", 500.0),
    "meter": ("length", 1.0), "meters": ("length", 1.0), "metre": ("length", 1.0), "metres": ("length", 1.0), "m": ("length", 1.0),
    "centimeter": ("length", 0.01), "centimeters": ("length", 0.01), "centimetre": ("length", 0.01),
    "centimetres": ("length", 0.01), "cm": ("length", 0.01), "millimeters": ("length", 0.001), "mm": ("length", 0.001),
    "kilometer": ("length", 1000.0), "kilometers": ("length", 1000.0), "kilometre": ("length", 1000.0),
    "kilometres": ("length", 1000.0), "km": ("length", 1000.0),
    "pound": ("mass", 0.4536), "pounds": ("mass", 0.4536), "lb": ("mass", 0.4536), "lbs": ("mass", 0.4536),
    "kilogram": ("mass", 1.0), "kilograms": ("mass", 1.0), "kilo": ("mass", 1.0), "kilos": ("mass", 1.0),
    "kg": ("mass", 1.0), "jin": ("mass", 0.5), "catty": ("mass", 0.5), "catties": ("mass", 0.5),
    "ton": ("mass", 1000.0), "tons": ("mass", 1000.0), "tonne": ("mass", 1000.0), "tonnes": ("mass", 1000.0),
    "ounce": ("mass", 0.02835), "ounces": ("mass", 0.02835),
    "acre": ("area", 4046.86), "acres": ("area", 4046.86), "hectare": ("area", 1e4), "hectares": ("area", 1e4),
    "mu": ("area", 666.67),
    "day": ("duration", 1.0), "days": ("duration", 1.0), "week": ("duration", 7.0), "weeks": ("duration", 7.0),
    "month": ("duration", MONTH), "months": ("duration", MONTH), "year": ("duration", YEAR),
    "years": ("duration", YEAR),
    "mph": ("length", 1609.344), "kph": ("length", 1000.0),  # a speed's distance: 时速800公里 "800 mph"
}
ZH_UNITS = frozenset(_ZH_UNIT_SI)  # every unit find_measures reads, for a quick test before it runs
EN_UNITS = frozenset(_EN_UNIT_SI)
_ZH_UNIT = re.compile("|".join(re.escape(u) + _ZH_UNIT_GUARD.get(u, "")
                               for u in sorted(_ZH_UNIT_SI, key=len, reverse=True)))
_ZH_HEIGHT = re.compile(r"([一两1-2])米([一二三四五六七八九零〇0-9]{1,2})(?![0-9一二三四五六七八九十百千万])")
_EN_UNIT = re.compile(r"[\s-]*(" + "|".join(sorted(_EN_UNIT_SI, key=len, reverse=True)) + r")\b", re.IGNORECASE)


@dataclass(frozen=True)
class Measure:
    """A figure with a unit, in SI units; `mentions` are the number mentions it is made of."""

    dimension: str
    si_value: float
    mentions: tuple[NumberMention, ...]
    unit: float = 0.0  # the unit's size in SI units (0: mixed units, "five feet four inches")
    span: tuple[float, float] = (0.0, 0.0)  # a duration's least and most days (三个月: 89 to 92)

    @property
    def low(self) -> float:
        return self.span[0] if self.span[1] else self.si_value

    @property
    def high(self) -> float:
        return self.span[1] if self.span[1] else self.si_value


# Units a translation renders word for word though their sizes differ: 寸 is "inch" (a 15.6寸 screen).
_SAME_UNIT_AS = {"寸": 0.0254}


def _unit_key(unit: str, factor: float) -> float:
    return _SAME_UNIT_AS.get(unit, factor)


def find_measures(text: str, lang: str, mentions: list[NumberMention] | None = None) -> list[Measure]:
    """Figures with a length, mass, area or duration unit: 六十公斤, 一米六零, 两个月, "five feet four inches",
    "130 pounds", "60 days"."""
    if mentions is None:
        from qa.lang.numbers import find_numbers

        mentions = find_numbers(text, lang)
    out: list[Measure] = []
    if lang.startswith("zh"):
        starts = [m.start for m in mentions]  # mentions come in text order
        for match in _ZH_HEIGHT.finditer(text):  # 一米六零 = 1.60 m, 一米七 = 1.7 m
            metres = _zh_or_arabic(match.group(1)) or 0
            decimals = "".join(str(_ZH_DIGITS.get(ch, ch)) for ch in match.group(2))
            inside = _starting_in(mentions, starts, match.start(), match.end())
            out.append(Measure("length", float(f"{int(metres)}.{decimals}"), inside, 1.0))
        taken = {m for measure in out for m in measure.mentions}
        for m in mentions:
            unit = _ZH_UNIT.match(text, _after_spaces(text, m.end))  # 20 英尺, as text translated from English writes it
            if unit and m not in taken:
                dimension, factor = _ZH_UNIT_SI[unit.group()]
                if dimension == "duration" and factor == YEAR and m.value >= 1000:
                    continue  # 2019年 is a date
                count = m.value + (0.5 if unit.group() in _HALF_MORE else 0.0)
                out.append(_measure(dimension, count, factor, (m,), _unit_key(unit.group(), factor)))
        return out
    previous: Measure | None = None
    for m in mentions:
        unit = _EN_UNIT.match(text, m.end)
        if not unit:
            continue
        dimension, factor = _EN_UNIT_SI[unit.group(1).lower()]
        measure = _measure(dimension, m.value, factor, (m,), factor)
        # "five feet four inches": the smaller unit right after adds to the bigger one.
        # Not "200 metres and 400 feet": the smaller part is less than one of the bigger unit.
        if previous and previous.dimension == dimension and 0 <= m.start - previous.mentions[-1].end <= 12 \
                and previous.si_value > measure.si_value and measure.si_value < previous.unit:
            out[-1] = Measure(dimension, previous.si_value + measure.si_value, previous.mentions + (m,), 0.0,
                              (previous.low + measure.low, previous.high + measure.high))
        else:
            out.append(measure)
        previous = out[-1]
    return out


def same_measure(a: Measure, b: Measure, tolerance: float = 0.12) -> bool:
    """Same dimension and equal within rounding of a unit conversion (60 kg ≈ 130 pounds). In one and the same
    unit (7.2米 and "7.3 meters", 0.71万吨 and "7,600 tons") there is no conversion to round: the figures must
    be equal."""
    if a.dimension != b.dimension:
        return False
    if a.unit and b.unit and abs(a.unit - b.unit) <= 1e-6 * max(a.unit, b.unit):
        from qa.lang.numbers import same_value

        return same_value(a.si_value / a.unit, b.si_value / b.unit)
    if a.dimension == "duration":  # no rounding: 三个月 is 89 to 92 days, 三周 21 days and not "20 days"
        return a.low <= b.high + 1e-9 and b.low <= a.high + 1e-9
    return abs(a.si_value - b.si_value) <= tolerance * max(a.si_value, b.si_value)


def _measure(dimension: str, count: float, factor: float, mentions: tuple[NumberMention, ...],
             unit: float) -> Measure:
    """`count` units of `factor` SI units; a duration also with the days it may span in the calendar."""
    if dimension != "duration":
        return Measure(dimension, count * factor, mentions, unit)
    low, high = days_range(count, factor)
    return Measure(dimension, (low + high) / 2, mentions, unit, (low, high))


def _starting_in(mentions: list[NumberMention], starts: list[int], lo: int, hi: int) -> tuple[NumberMention, ...]:
    """The mentions that start in [lo, hi), found by bisection (mentions are in text order)."""
    return tuple(mentions[bisect_left(starts, lo) : bisect_left(starts, hi)])


def _after_spaces(text: str, at: int) -> int:
    while at < len(text) and text[at] == " ":
        at += 1
    return at


def unit_words(text: str, lang: str, measure: Measure) -> str:
    """The unit as the text writes it right after the measure's last figure ("公里", "miles"), or ""."""
    end = measure.mentions[-1].end
    unit = _ZH_UNIT.match(text, _after_spaces(text, end)) if lang.startswith("zh") else _EN_UNIT.match(text, end)
    return "" if unit is None else (unit.group() if lang.startswith("zh") else unit.group(1))
