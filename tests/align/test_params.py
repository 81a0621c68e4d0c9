"""The aligner's parameters: shipped defaults, one DP whatever the scoring route, the same beads every run."""

from __future__ import annotations

from dataclasses import fields, replace

import numpy as np
import pytest

from qa.align import SENTENCE_PARAMS, align_segments, embed
from qa.align.core import BEAD_TYPES, Params, banded_dp, dense_dp, prepare
from qa.align.length import lengths
from qa.io.beads import BeadScore, parse_beads, score_beads

SHIPPED = {  # the values shipped before the parameters were gathered in one dataclass (issue 21)
    "bead_types": BEAD_TYPES, "skip": -0.2, "band": 8, "coarse_band": 40, "coarse_skip": 0.0, "length_weight": 1.0,
    "length_unit": "chars", "dict_weight": 0.8, "number_weight": 0.0, "name_weight": 0.0, "merge_penalty": -0.01, "size_power": 0.25,
    "norm_weight": 0.0, "norm_samples": 64, "part_weight": 0.25, "part_floor": 0.2, "quote_weight": 0.05,
    "src_clause_weight": 0.3, "tgt_clause_weight": 0.1, "min_clause_zh": 2, "min_clause_en": 6, "length_ratio": 0.0,
    "conf_slope": 12.0, "conf_mid": 0.4,
}


def chapter(mac_dev, doc: str) -> tuple[list[str], list[str], list]:
    src = (mac_dev / "zh" / doc).read_text(encoding="utf-8").splitlines()
    tgt = (mac_dev / "en" / doc).read_text(encoding="utf-8").splitlines()
    return src, tgt, parse_beads((mac_dev / "gold" / f"{doc}.align").read_text(encoding="utf-8"))


def test_defaults_are_the_shipped_constants():
    assert {f.name: getattr(SENTENCE_PARAMS, f.name) for f in fields(Params)} == SHIPPED


def test_a_mac_dev_chapter_aligns_as_shipped(mac_dev):
    """Chapter 002 (the most dialogue) scored 210 right of 243 beads against 238 gold ones before the refactoring."""
    src, tgt, gold = chapter(mac_dev, "002")
    beads = align_segments(src, tgt)
    assert score_beads([(b.src, b.tgt) for b in beads], gold) == BeadScore(210, 243, 238)


def test_same_beads_and_scores_every_run(mac_dev):
    src, tgt, _ = chapter(mac_dev, "006")
    first = align_segments(src, tgt)
    embed.clear_cache()  # encoded afresh: the vectors, and so the beads, must not change
    assert align_segments(src, tgt) == first


def test_table_dp_finds_the_path_of_the_callback_dp(mac_dev):
    """dense_dp (scores looked up in tables) and banded_dp (scores by callback) agree on a real chapter."""
    src, tgt, _ = chapter(mac_dev, "002")
    # a few sentences cut from one side or the other, so the path needs 1-0 and 0-1 beads too
    src, tgt = src[:30] + src[33:120], tgt[:100] + tgt[104:170]
    params = replace(SENTENCE_PARAMS, skip=-0.05)  # cheap skips: one-sided beads on the path
    prep = prepare(src, tgt, "zh", "en", params)
    table = prep.features.table(params)
    lo = prep.lo

    def score(i, a, b, js):
        return table[(a, b)][i, np.asarray(js) - lo[i]]

    n, m = prep.features.n, prep.features.m
    expected = banded_dp(n, m, lo, prep.hi, BEAD_TYPES, score, params.skip)
    assert dense_dp(n, m, lo, prep.hi, BEAD_TYPES, table, params.skip) == expected
    kinds = {(a, b) for a, b, _ in expected}
    assert {(1, 0), (0, 1), (1, 2), (2, 1)} <= kinds  # merged and one-sided beads, not a trivial path


def test_length_units_on_hand_counted_text():
    texts = ["他说：“好的，2019年见。”", "He said: 'Fine, see you in 2019.'"]
    assert lengths(texts, "chars") == [15, 27]
    assert lengths(texts, "tokens") == [7, 7]  # 他 说 好 的 2019 年 见; He said Fine see you in 2019
    pieces = lengths(texts, "pieces")
    assert all(p > 3 for p in pieces)
    with pytest.raises(ValueError):
        lengths(texts, "bytes")


def test_name_tokens_match_latin_words_and_pinyin_names():
    from qa.align.anchors import name_tokens

    src, tgt = name_tokens(["国务院总理李克强在北京会见了NBA代表。", "他说，好。"],
                           ["Premier Li Keqiang met Trump and NBA people in Beijing.", "He said: Fine."])
    assert src[0] == tgt[0] == {"pli", "pkeqiang", "pbeijing", "lnba"}
    # sentence-initial and non-pinyin capitalised words are no names; Latin words only when the Chinese has them
    assert src[1] == tgt[1] == set()
