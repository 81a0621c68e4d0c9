"""A negation dropped from the English: "I did not know" → "I did know", "can't" → "can", "never" gone.

Same contract as bench/inject_core.py. A pair qualifies when its Chinese has a negating character (不, 没,
未, 非) and its English exactly one negation of the forms below, so that removing it leaves English that says
the opposite. The forms are this module's own, not the check's.
"""

from __future__ import annotations

import random
import re
from dataclasses import replace

from bench.inject_core import Injector, pick_match, splice
from qa.model import Pair

_CONTRACTED = {"can't": "can", "won't": "will", "don't": "do", "doesn't": "does", "didn't": "did", "isn't": "is",
               "aren't": "are", "wasn't": "was", "weren't": "were", "hasn't": "has", "haven't": "have",
               "hadn't": "had", "couldn't": "could", "wouldn't": "would", "shouldn't": "should", "cannot": "can"}
_NEGATION = re.compile(r"\b(?:not |never |" + "|".join(re.escape(k) for k in _CONTRACTED) + r")", re.IGNORECASE)
_ANY_NEGATION = re.compile(r"(?i)\b(?:not|no|never|none|nothing|nobody|neither|nor|without|cannot)\b|n[’']t\b")


def _droppable(pair: Pair) -> list[re.Match]:
    target = pair.target.replace("’", "'")
    if not re.search(r"[不没未非]", pair.source) or len(_ANY_NEGATION.findall(target)) != 1:
        return []
    return list(_NEGATION.finditer(target))


def negation_dropped(pairs: list[Pair], rng: random.Random):
    picked = pick_match(pairs, rng, _droppable)
    if not picked:
        return None
    i, m = picked
    word = m.group().lower()
    replacement = _CONTRACTED[word] if word in _CONTRACTED else ""
    if m.group()[:1].isupper():
        replacement = replacement.capitalize()
    straight = [*pairs[:i], replace(pairs[i], target=pairs[i].target.replace("’", "'")), *pairs[i + 1 :]]
    return splice(straight, i, m.start(), m.end(), replacement)


INJECTORS = [
    Injector("negation dropped", ("A012",), negation_dropped),
]
