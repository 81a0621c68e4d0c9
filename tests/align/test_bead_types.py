"""A bead type with more segments than a side has is not scored (qa.align.scorer.BeadFeatures.types)."""

from __future__ import annotations

import numpy as np

from qa.align import SENTENCE_PARAMS, sentence_beads
from qa.align.core import dense_dp, prepare
from qa.lang import en, zh


def _pairs(sample_page) -> dict[str, tuple[str, str]]:
    from qa.pipeline import load_alignment

    return {p.id: (p.source, p.target) for p in load_alignment(sample_page).pairs}


def test_a_sentence_rendered_in_two_keeps_its_one_to_two_bead(sample_page):
    """On the page, one Chinese sentence (2月2日，中央政法委召开…) is two English sentences, and a 2x3 pair is a 1-1
    and a 1-2: the types as wide as a side (1-2 with two English sentences) are still scored."""
    pairs = _pairs(sample_page)
    _, _, beads = sentence_beads(*pairs["p0012"])
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0, 1))]
    _, _, beads = sentence_beads(*pairs["p0052"])
    assert [(b.src, b.tgt) for b in beads] == [((0,), (0,)), ((1,), (1, 2))]


def test_the_types_left_out_could_not_have_won(sample_page):
    """The DP over the types scored gives the path of a DP over every type, the others' cells all -inf."""
    params = SENTENCE_PARAMS
    small = [(s, t) for s, t in _pairs(sample_page).values()
             if 2 <= len(zh.split_sentences(s)) <= 3 and 1 <= len(en.split_sentences(t)) <= 3][:6]
    assert len(small) >= 3
    for source, target in small:
        src, tgt = zh.split_sentences(source), en.split_sentences(target)
        prep = prepare(src, tgt, "zh", "en", params)
        tables = prep.features.table(params)
        scored = [t for t in params.bead_types if t in tables or not (t[0] and t[1])]
        assert len(scored) < len(params.bead_types)  # some type is left out of these small pairs
        full = {t: tables.get(t, np.full_like(tables[(1, 1)], -np.inf)) for t in params.bead_types if t[0] and t[1]}
        assert (dense_dp(len(src), len(tgt), prep.lo, prep.hi, scored, tables, params.skip)
                == dense_dp(len(src), len(tgt), prep.lo, prep.hi, list(params.bead_types), full, params.skip))
