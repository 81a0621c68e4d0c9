"""Refitting the aligner's constants: every constant listed, embeddings kept on disk, coordinate descent."""

from __future__ import annotations

import numpy as np
import pytest

from bench import align_fit
from qa.align.core import Params
from qa.io.beads import BeadScore


def test_every_params_field_is_fitted_or_fixed_with_a_reason():
    align_fit.check_knobs(Params())
    with pytest.raises(AssertionError):
        align_fit.check_knobs(Params(skip=-0.25))  # a shipped value off the grid is caught


def test_disk_embeddings_encode_each_text_once_across_runs(tmp_path):
    calls: list[list[str]] = []

    def fake_encode(texts):
        calls.append(list(texts))
        return np.array([[len(t), 1.0] + [0.0] * 510 for t in texts], dtype=np.float32)

    store = align_fit.DiskEmbeddings(tmp_path)
    store._encode = fake_encode
    first = store(["一二三", "ab", "一二三"])
    assert calls == [["一二三", "ab"]] and first[0][0] == 3 and first[2][0] == 3
    store.save()
    again = align_fit.DiskEmbeddings(tmp_path)
    again._encode = fake_encode
    assert np.array_equal(again(["ab", "一二三"]), first[[1, 0]])
    assert len(calls) == 1  # read back from disk, not encoded again


class FakeEvaluator(align_fit.Evaluator):
    """Scores that depend on `skip` only: best at -0.3 on group a, at -0.1 on group b."""

    def per_doc(self, params):
        good = {"a": -0.3, "b": -0.1}
        return [BeadScore(10 - round(abs(params.skip - good[d.group]) * 10), 10, 10) for d in self.docs]


def test_each_fold_is_fitted_on_the_other_groups_only():
    docs = [align_fit.DevDoc(name, group, ("x",), ("y",), ()) for name, group in [("1", "a"), ("2", "b"), ("3", "b")]]
    result = align_fit.loo(FakeEvaluator(docs), Params(), knobs=(align_fit.Knob("skip", (-0.1, -0.2, -0.3)),))
    assert result.picked["a"].skip == -0.1  # fitted on group b
    assert result.picked["b"].skip == -0.3  # fitted on group a
    assert result.refit == BeadScore(8 + 8 + 8, 30, 30)
    assert result.shipped == BeadScore(9 + 9 + 9, 30, 30)


def test_refitting_route_scores_a_chapter_as_the_aligner_does():
    """Features computed once with every=True and recombined give the beads align_segments gives."""
    from bench.align import MAC_DEV, mac_dev_docs
    from qa.align import SENTENCE_PARAMS, align_segments
    from qa.io.beads import score_beads

    if not MAC_DEV.is_dir():
        pytest.skip("../shared/bench/align/mac-dev is absent")
    doc = next(d for d in mac_dev_docs() if d.name == "004")
    evaluator = align_fit.Evaluator([doc])
    direct = score_beads([(b.src, b.tgt) for b in align_segments(list(doc.src), list(doc.tgt))], list(doc.gold))
    assert evaluator.total(SENTENCE_PARAMS) == direct == BeadScore(191, 205, 201)
    # another set of weights changes the beads through the same prepared features
    assert evaluator.total(Params(skip=-0.05, size_power=0.0)) != direct
