"""T105's short-form search (source_anchor), read faster (a memo, a text lacking a character answered at once,
candidates filtered before their sort): on a real page, the same places and candidates as the plain definition."""

from __future__ import annotations

import random

from qa.lang.zh import HAN_RUN
from qa.terminology.source_anchor import _MAX_GAP, _SENTENCE_CHARS, expansion_ends, han_strings, short_candidates


def _plain_ends(short: str, text: str) -> list[int]:
    """The definition: from every place of the first character, each next one at most three Chinese characters on."""
    ends = []
    for start in (i for i, c in enumerate(text) if c == short[0]):
        k = start
        for char in short[1:]:
            window = text[k + 1 : k + 2 + _MAX_GAP]
            j = window.find(char)
            if j == -1 or (j and not HAN_RUN.fullmatch(window[:j])):
                break
            k += 1 + j
        else:
            ends.append(k + 1)
    return ends


def _sources(sample_page) -> list[str]:
    from qa.pipeline import load_alignment

    return [p.source for p in load_alignment(sample_page).pairs if HAN_RUN.search(p.source)]


def test_the_places_are_the_definitions(sample_page):
    rng = random.Random(11)
    sources = _sources(sample_page)
    found = 0
    for source in sources:
        for short in rng.sample(sorted(han_strings(source, 2)), 20):
            for text in rng.sample(sources, 8) + [source]:
                ends = expansion_ends(short, text)
                assert list(ends) == _plain_ends(short, text), (short, text)
                assert expansion_ends(short, text) == ends  # asked again, from the memo
                found += bool(ends) and short not in text  # a short form of a longer name: the scan's own case
    assert found >= 10


def test_the_strings_are_the_definitions(sample_page):
    for source in _sources(sample_page):
        for shortest in (1, 2, 3):
            plain = {run[i:j] for run in HAN_RUN.findall(source) for i in range(len(run))
                     for j in range(i + shortest, min(len(run), i + 8) + 1)}
            assert han_strings(source, shortest) == plain


def test_the_candidates_are_the_definitions(sample_page):
    for source in _sources(sample_page):
        plain = [c for c in sorted(han_strings(source, 2), key=lambda s: (-len(s), s))
                 if not (len(c) > 4 or c[0] in _SENTENCE_CHARS or c[-1] in _SENTENCE_CHARS)]
        assert short_candidates(source) == plain


def _plain_abbreviation_anchor(majority, variant_source, sources, need, share, own_pair_counted):
    """The definition: every majority source asked about every candidate."""
    from qa.terminology.source_anchor import _cut_short

    majority_sources = [sources[i] for i in sorted(majority)]
    for candidate in short_candidates(variant_source):
        held = [src for src in majority_sources if expansion_ends(candidate, src)]
        if len(held) < need or all(candidate in src for src in held):
            continue
        if not any(candidate in src for src in held) and _cut_short(candidate, variant_source, held):
            continue
        holders = sum(1 for src in sources.values() if expansion_ends(candidate, src)) - (not own_pair_counted)
        if len(held) >= share * holders:
            return candidate
    return ""


def test_the_short_form_anchors_are_the_definitions(sample_page):
    """_abbreviation_anchor stops asking the majority's sources once too many lack a candidate: on the
    sample page's sources, majorities of pairs holding some string of the variant's source (and a few
    others, so some lack it), the same anchor as asking them all."""
    import math

    from qa.terminology.source_anchor import _abbreviation_anchor

    rng = random.Random(7)
    sources = dict(enumerate(_sources(sample_page)))
    ids = sorted(sources)
    found = 0
    for k, variant in sources.items():
        for short in rng.sample(short_candidates(variant), min(6, len(short_candidates(variant)))):
            holding = [i for i in ids if i != k and expansion_ends(short, sources[i])]
            majority = set(rng.sample(holding, min(5, len(holding)))) | set(rng.sample(ids, 2)) - {k}
            for quorum in (2 / 3, 1.0):
                need = len(majority) if quorum >= 1 else max(2, math.ceil(quorum * len(majority)))
                for own in (True, False):
                    plain = _plain_abbreviation_anchor(majority, variant, sources, need, 0.5, own)
                    assert _abbreviation_anchor(majority, variant, sources, need, 0.5, own) == plain, (variant, majority)
                    found += bool(plain)
    assert found >= 30, found


def test_the_held_strings_are_the_definitions(sample_page):
    """held_strings keeps, of every string of the variant's source, those a majority source holds, with the
    same holders (with no majority: every string, held by none)."""
    from qa.terminology.source_anchor import held_strings

    rng = random.Random(7)
    sources = dict(enumerate(_sources(sample_page)))
    sources = {str(k): v for k, v in sources.items()}
    kept = 0
    for variant in rng.sample(sorted(sources), 15):
        for shortest in (1, 2, 3):
            strings = han_strings(sources[variant], shortest)
            for size in (0, 2, 5):
                majority = set(rng.sample(sorted(set(sources) - {variant}), size))
                plain = {s: {i for i in majority if s in han_strings(sources[i], shortest)} for s in strings}
                expected = plain if not majority else {s: ids for s, ids in plain.items() if ids}
                assert held_strings(majority, sources[variant], sources, shortest, len(majority)) == expected
                kept += len(expected)
    assert kept > 10_000
