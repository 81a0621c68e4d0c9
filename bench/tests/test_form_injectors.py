"""The dash, hyphen and number-form injectors (bench/inject_form.py) make one error of their class on real text.

WMT19 references (../shared/dev-corpora); each test skips when the corpus is absent.
"""

from __future__ import annotations

import random
import re

import pytest

from bench.inject_form import double_hyphen_dash, hyphen_for_dash, separators_dropped, spaced_compound
from bench.corpora import ALL_CORPORA


@pytest.fixture(scope="module")
def wmt19_docs():
    corpus = ALL_CORPORA["wmt19"]
    if not corpus.path.exists():
        pytest.skip("../shared WMT19 is not present")
    return corpus.documents()


def _changed(inject, docs, seed: int):
    """(old target, new target) of the first document the injector finds a place in."""
    rng = random.Random(seed)
    for doc in docs:
        result = inject(list(doc.pairs), rng)
        if result:
            changed, pair_id = result
            before = {p.id: p for p in doc.pairs}
            differing = [p for p in changed if p.target != before[p.id].target]
            assert [p.id for p in differing] == [pair_id]
            return before[pair_id].target, differing[0].target
    pytest.fail("no place found")


@pytest.mark.parametrize("seed", [7, 11])
def test_double_hyphen_dash_puts_one_typed_dash(wmt19_docs, seed):
    old, new = _changed(double_hyphen_dash, wmt19_docs, seed)
    assert new.count(" -- ") == old.count(" -- ") + 1


@pytest.mark.parametrize("seed", [7, 11])
def test_hyphen_for_dash_glues_two_words(wmt19_docs, seed):
    old, new = _changed(hyphen_for_dash, wmt19_docs, seed)
    glued = set(re.findall(r"[a-z]+-[a-z]+", new)) - set(re.findall(r"[a-z]+-[a-z]+", old))
    assert len(glued) == 1 and len(new) < len(old)


@pytest.mark.parametrize("seed", [7, 11])
def test_spaced_compound_spaces_one_hyphen(wmt19_docs, seed):
    old, new = _changed(spaced_compound, wmt19_docs, seed)
    assert len(new) == len(old) + 2 and new.replace(" - ", "-") == old.replace(" - ", "-")


@pytest.mark.parametrize("seed", [7, 11])
def test_separators_dropped_from_one_figure(wmt19_docs, seed):
    old, new = _changed(separators_dropped, wmt19_docs, seed)
    added = set(re.findall(r"\d{5,}", new)) - set(re.findall(r"\d{5,}", old))
    assert len(added) == 1 and f"{int(added.pop()):,}" in old
