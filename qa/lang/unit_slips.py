"""A figure whose unit changed in translation while the figure stayed: 800公里 → "800 miles".

A converted figure is fine (六十公斤 → "about 130 pounds", qa.lang.measures), and so is the same figure in
the same unit written another way (公里 → "km"). What is wrong is the source's figure kept and another
unit put after it: the tsunami's 800 km/h become 800 mph, 5 kg of rice become 5 pounds. Only modern
units are judged: 里, 丈, 尺 and 寸 are rendered loosely by convention (千里 "a thousand miles", 三尺 "three
feet"), and a year or a month is no unit a translator converts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from qa.lang.measures import EN_UNITS, ZH_UNITS, Measure, find_measures, same_measure, unit_words
from qa.lang.numbers import same_value

_LOOSE_BY_CONVENTION = frozenset({"里", "丈", "尺", "寸"})
_ZH_UNIT_HINT = re.compile("|".join(sorted(ZH_UNITS - _LOOSE_BY_CONVENTION, key=len, reverse=True)))
_EN_UNIT_HINT = re.compile(r"(?i)\b(?:" + "|".join(sorted(EN_UNITS, key=len, reverse=True)) + r")\b")
_CHANGED = 0.15  # units this far apart in size are different units (a jin is 1.1 pounds: rendered "pound", no slip)


@dataclass(frozen=True)
class UnitSlip:
    """A source measure and the target measure that keeps its figure in another unit."""

    source: str  # "800公里"
    target: str  # "800 miles"
    converted: float  # the source measure in the target's unit (497.1)
    target_unit: str  # "miles"


def unit_slips(source: str, target: str) -> list[UnitSlip]:
    """Source measures whose figure the target keeps with a unit of another size, and gives nowhere converted."""
    if not (_ZH_UNIT_HINT.search(source) and _EN_UNIT_HINT.search(target)):
        return []
    src_measures = [m for m in find_measures(source, "zh") if m.unit and m.dimension != "duration"]
    tgt_measures = [m for m in find_measures(target, "en") if m.unit and m.dimension != "duration"]
    # a target measure giving another source measure's figure in its unit renders that one: in 300公里（190英里）
    # → "300 miles (190 miles)" the 190 miles are 190英里, not 300公里 converted
    rendering = {k: sm for k, tm in enumerate(tgt_measures) for sm in src_measures if _same_unit(sm, tm)
                 and same_measure(sm, tm)}
    slips = []
    for sm in src_measures:
        unit = unit_words(source, "zh", sm)
        if unit in _LOOSE_BY_CONVENTION or any(same_measure(sm, tm) and rendering.get(k, sm) is sm
                                               for k, tm in enumerate(tgt_measures)):
            continue
        for tm in tgt_measures:
            if _kept_figure_in_other_unit(sm, tm) and not any(same_measure(other, tm) for other in src_measures):
                slips.append(UnitSlip(_text(source, "zh", sm), _text(target, "en", tm), sm.si_value / tm.unit,
                                      unit_words(target, "en", tm)))
                break
    return slips


def _same_unit(sm: Measure, tm: Measure) -> bool:
    return sm.dimension == tm.dimension and abs(sm.unit / tm.unit - 1) <= _CHANGED


def _kept_figure_in_other_unit(sm: Measure, tm: Measure) -> bool:
    if sm.dimension != tm.dimension or _same_unit(sm, tm):
        return False
    return same_value(sm.si_value / sm.unit, tm.si_value / tm.unit)


def _text(text: str, lang: str, measure: Measure) -> str:
    """The measure as written: its figures and the unit after them."""
    start, end = measure.mentions[0].start, measure.mentions[-1].end
    unit = unit_words(text, lang, measure)
    gap = len(text[end:]) - len(text[end:].lstrip(" -"))
    return text[start : end + (gap + len(unit) if unit else 0)]
