"""A figure kept while its unit is swapped for another of the same kind: "800 kilometres" → "800 miles".

Same contract as bench/inject_core.py. The English unit after a figure written in digits is swapped for
a unit of a different size (kilometres ↔ miles, kilograms ↔ pounds, metres ↔ feet, hectares ↔ acres) when
the source writes the same figure in digits before a unit, so the source holds the measure the English now
misstates.
The unit words are this module's own list, not the checks'.
"""

from __future__ import annotations

import random
import re

from bench.inject_core import Injector, pick_match, splice
from qa.model import Pair

_SWAP = {
    "kilometres": "miles", "kilometers": "miles", "km": "miles", "miles": "kilometres", "mile": "kilometre",
    "kilograms": "pounds", "kg": "pounds", "pounds": "kilograms", "metres": "feet", "meters": "feet",
    "feet": "metres", "hectares": "acres", "acres": "hectares",
}
_MEASURE = re.compile(r"\b(\d[\d,]*(?:\.\d+)?)[ -](" + "|".join(sorted(_SWAP, key=len, reverse=True)) + r")\b")


_ZH_MEASURE = re.compile(r"(\d+(?:\.\d+)?)\s*(?:公里|千米|米|公斤|千克|英里|英尺|磅|公顷)")


def _swappable(pair: Pair) -> list[re.Match]:
    figures = set(_ZH_MEASURE.findall(pair.source))  # a figure with a unit, not a date's (5月) or a count's
    return [m for m in _MEASURE.finditer(pair.target) if m.group(1).replace(",", "") in figures]


def unit_swapped(pairs: list[Pair], rng: random.Random):
    picked = pick_match(pairs, rng, _swappable)
    if not picked:
        return None
    i, m = picked
    return splice(pairs, i, m.start(2), m.end(2), _SWAP[m.group(2)])


INJECTORS = [
    Injector("unit swapped, figure kept", ("N204",), unit_swapped),
]
