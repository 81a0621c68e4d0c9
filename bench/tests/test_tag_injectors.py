"""The tag and placeholder injectors (bench/inject_tags.py) spoil one pair's translation, and D101 sees it."""

from __future__ import annotations

import random

import pytest

from bench.detect import load_injectors
from qa.checks.tags import placeholders
from tests.conftest import check_pairs



def _inject(name, pairs, seed):
    injector = next(i for i in load_injectors() if i.name == name)
    assert injector.expects == ("D101",)
    changed, pair_id = injector.inject(list(pairs), random.Random(seed))
    before = {p.id: p for p in pairs}
    differing = [p for p in changed if (p.source, p.target, p.inline_tags) != (before[p.id].source, before[p.id].target, before[p.id].inline_tags)]
    assert [p.id for p in differing] == [pair_id], "exactly the reported pair changes"
    return before[pair_id], differing[0]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_placeholder_dropped_replaces_one_figure_and_drops_it_from_the_translation(sample_pairs, seed):
    clean, spoilt = _inject("placeholder dropped", sample_pairs, seed)
    [token] = placeholders(spoilt.source)
    assert token not in clean.source and clean.source != spoilt.source
    assert token not in spoilt.target and len(spoilt.target) < len(clean.target)
    findings = check_pairs([spoilt], ["D101"])
    assert [(f.check_id, f.source_span) for f in findings] == [("D101", token)]


@pytest.mark.parametrize("name", ["inline tag dropped", "inline tag doubled"])
def test_inline_code_injectors_change_only_the_codes_and_are_detected(sample_pairs, name):
    clean, spoilt = _inject(name, sample_pairs, 5)
    assert (spoilt.source, spoilt.target) == (clean.source, clean.target)
    assert [f.check_id for f in check_pairs([spoilt], ["D101"])] == ["D101"]
    source_codes, _ = spoilt.inline_tags
    fixed = type(spoilt)(**{**spoilt.__dict__, "inline_tags": (source_codes, source_codes)})
    assert check_pairs([fixed], ["D101"]) == []  # the same unit with its codes carried over is clean
