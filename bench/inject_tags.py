"""Error injectors for the tag and placeholder check (D101); contract: bench/inject_core.py.

The benchmark's documents are prose without CAT markup, so each injector first
makes one pair a CAT unit that is correct (a number of the source and its
rendering become the same placeholder, or both sides get the same inline
code) and then spoils the translation's side only: the placeholder dropped,
the inline code dropped, or the inline code doubled.
"""

from __future__ import annotations

import random
from dataclasses import replace

from bench.inject_core import Injector, _matched_numbers, _pick
from qa.lang.numbers import find_numbers
from qa.model import Pair

PLACEHOLDERS = ("{0}", "{count}", "%s", "%1$d", "%(total)d")


def _source_mention(pair: Pair, value: float):
    return next((m for m in find_numbers(pair.source, "zh") if round(m.value, 6) == round(value, 6)), None)


def placeholder_dropped(pairs: list[Pair], rng: random.Random):
    """A figure of both sides becomes a placeholder in the source; the translation loses it."""
    picked = _pick(pairs, rng, lambda p: [m for m in _matched_numbers(p) if _source_mention(p, m.value)])
    if not picked:
        return None
    i, mentions = picked
    target_mention = rng.choice(mentions)
    source_mention = _source_mention(pairs[i], target_mention.value)
    token = rng.choice(PLACEHOLDERS)
    pair = pairs[i]
    source = pair.source[: source_mention.start] + token + pair.source[source_mention.end :]
    target = (pair.target[: target_mention.start] + pair.target[target_mention.end :]).replace("  ", " ").strip()
    changed = list(pairs)
    changed[i] = replace(pair, source=source, target=target)
    return changed, pair.id


def _with_codes(pairs: list[Pair], rng: random.Random, source_codes: tuple[str, ...], target_codes: tuple[str, ...]):
    picked = _pick(pairs, rng, lambda p: not any(p.inline_tags))
    if not picked:
        return None
    i, _ = picked
    changed = list(pairs)
    changed[i] = replace(pairs[i], inline_tags=(source_codes, target_codes))
    return changed, pairs[i].id


def inline_tag_dropped(pairs: list[Pair], rng: random.Random):
    """The source's <g id="1"> formatting code is missing from the translation."""
    return _with_codes(pairs, rng, ('<g id="1">',), ())


def inline_tag_doubled(pairs: list[Pair], rng: random.Random):
    """The source's <x id="1"/> code is in the translation twice."""
    return _with_codes(pairs, rng, ('<x id="1"/>',), ('<x id="1"/>', '<x id="1"/>'))


INJECTORS = [
    Injector("placeholder dropped", ("D101",), placeholder_dropped),
    Injector("inline tag dropped", ("D101",), inline_tag_dropped),
    Injector("inline tag doubled", ("D101",), inline_tag_doubled),
]
