"""The aligner on real text from the sample page: every bead type, order, completeness, confidence."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from qa.align import Bead, align_paragraph_lists, align_segments, embed, sentence_beads
from qa.lang import en, zh

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
SAMPLE = SHARED / "samples" / "ten-key-points-2021.txt"


@pytest.fixture(scope="session")
def pairs() -> list[tuple[str, str]]:
    """(Chinese, English) body paragraphs of the sample page; loads the embedder once for the session."""
    if not SAMPLE.exists():
        pytest.skip(f"../shared not present: {SAMPLE}")
    paras = [p.strip() for p in SAMPLE.read_text(encoding="utf-8").splitlines() if p.strip()]
    found = [
        (second, first)
        for first, second in zip(paras, paras[1:])
        if zh.han_ratio(first) < 0.2 and zh.han_ratio(second) > 0.8 and len(first) > 150
    ]
    assert len(found) > 40
    embed.model()
    return found


def check_complete_and_monotone(beads: list[Bead], n: int, m: int) -> None:
    src = [i for b in beads for i in b.src]
    tgt = [j for b in beads for j in b.tgt]
    assert src == list(range(n)) and tgt == list(range(m))
    for bead in beads:
        assert 0.0 <= bead.score <= 1.0
        assert bead.src or bead.tgt


def segments(pairs, start: int, count: int) -> tuple[list[str], list[str]]:
    chosen = pairs[start : start + count]
    return [z for z, _ in chosen], [e for _, e in chosen]


def types(beads: list[Bead]) -> list[str]:
    return [b.type for b in beads]


def test_parallel_paragraphs_are_all_one_to_one(pairs):
    src, tgt = segments(pairs, 0, 10)
    beads = align_segments(src, tgt)
    check_complete_and_monotone(beads, 10, 10)
    assert [(b.src, b.tgt) for b in beads] == [((i,), (i,)) for i in range(10)]
    assert min(b.score for b in beads) > 0.5


@pytest.mark.parametrize("side", ["src", "tgt"])
def test_a_dropped_paragraph_becomes_a_one_sided_bead(pairs, side):
    src, tgt = segments(pairs, 5, 9)
    if side == "tgt":
        del tgt[4]  # translation missing: source 4 has no target
        expected = Bead((4,), (), 0.0)
    else:
        del src[4]  # addition: target 4 has no source
        expected = Bead((), (4,), 0.0)
    beads = align_paragraph_lists(src, tgt)
    check_complete_and_monotone(beads, len(src), len(tgt))
    assert expected in beads
    assert types(beads).count("1-1") == 8


@pytest.mark.parametrize("merge_src, merge_tgt, bead_type", [(1, 2, "1-2"), (2, 1, "2-1"), (1, 3, "1-3"), (3, 1, "3-1")])
def test_merged_paragraphs_become_merged_beads(pairs, merge_src, merge_tgt, bead_type):
    """Joining k neighbours on one side turns k 1-1 beads into one k-1 (or 1-k) bead."""
    src, tgt = segments(pairs, 12, 9)
    k = max(merge_src, merge_tgt)
    if merge_src == 1:  # one Chinese segment translated by k English ones
        src[3 : 3 + k] = ["".join(src[3 : 3 + k])]
    else:
        tgt[3 : 3 + k] = [" ".join(tgt[3 : 3 + k])]
    beads = align_segments(src, tgt)
    check_complete_and_monotone(beads, len(src), len(tgt))
    merged = [b for b in beads if b.type == bead_type]
    assert len(merged) == 1 and 3 in merged[0].src and 3 in merged[0].tgt
    assert types(beads).count("1-1") == len(beads) - 1


def test_crossing_split_points_make_a_two_to_two_bead(pairs):
    """Cut one paragraph pair at different sentences on each side: neither half matches alone."""
    for zh_para, en_para in pairs:
        zs, es = zh.split_sentences(zh_para), en.split_sentences(en_para)
        if len(zs) >= 4 and len(es) >= 4:
            break
    src = ["".join(zs[:-1]), zs[-1]]
    tgt = [es[0], " ".join(es[1:])]
    other_src, other_tgt = segments(pairs, 30, 3)
    beads = align_segments(other_src + src, other_tgt + tgt)
    check_complete_and_monotone(beads, 5, 5)
    assert Bead((3, 4), (3, 4), beads[-1].score) == beads[-1]
    assert types(beads)[:3] == ["1-1"] * 3


def test_sentence_beads_inside_a_real_paragraph_pair(pairs):
    zh_para, en_para = next((z, e) for z, e in pairs if e.startswith("On February 2,"))
    src, tgt, beads = sentence_beads(zh_para, en_para)
    assert src == zh.split_sentences(zh_para) and tgt == en.split_sentences(en_para)
    check_complete_and_monotone(beads, len(src), len(tgt))
    assert all(b.src and b.tgt for b in beads)  # a faithful translation has no one-sided bead
    assert beads[0].src == (0,) and beads[0].tgt[0] == 0


def test_confidence_separates_translations_from_mismatches(pairs):
    src, tgt = segments(pairs, 20, 6)
    good = align_segments(src, tgt)
    wrong = align_segments(src[:1], tgt[5:6])  # forced pair of unrelated paragraphs
    assert min(b.score for b in good) > 0.7
    assert all(b.score < 0.5 for b in wrong)


def test_paragraph_lists_for_two_file_input(pairs):
    src, tgt = segments(pairs, 0, 20)
    del tgt[7]
    beads = align_paragraph_lists(src, tgt)
    check_complete_and_monotone(beads, 20, 19)
    assert Bead((7,), (), 0.0) in beads


def test_empty_inputs(pairs):
    assert align_segments([], []) == []
    assert align_segments(["一句话。"], []) == [Bead((0,), (), 0.0)]
    assert align_segments([], ["One.", "Two."]) == [Bead((), (0,), 0.0), Bead((), (1,), 0.0)]
    assert sentence_beads("", "") == ([], [], [])


def test_bead_type_names():
    assert Bead((0, 1), (0,), 0.9).type == "2-1"
    assert Bead((), (3,), 0.0).type == "0-1"


def test_embedder_loads_once_and_caches_each_text(pairs):
    src, tgt = segments(pairs, 40, 3)
    align_segments(src, tgt)
    before = embed.stats()["embedded"]
    align_segments(src, tgt)
    assert embed.stats()["embedded"] == before  # same texts: nothing embedded again
    assert embed.load_count() == 1


def test_vectorised_dictionary_coverage_matches_sets_on_real_text(pairs):
    """The banded numpy counts give the same coverage as the set arithmetic they replace."""
    from qa.align import anchors, cedict

    zh_para, en_para = next((z, e) for z, e in pairs if len(zh.split_sentences(z)) >= 4 and len(en.split_sentences(e)) >= 4)
    src, tgt = zh.split_sentences(zh_para), en.split_sentences(en_para)
    n, m = len(src), len(tgt)
    table = anchors.pair_anchors(src, tgt, [0] * (n + 1), [m] * (n + 1), 2, 2, numbers=False)
    for i, a, j, b in [(1, 1, 1, 1), (2, 2, 2, 1), (2, 1, 3, 2), (n, 2, m, 2)]:
        words = [w for s in src[i - a : i] for w in cedict.chinese_words(s)]
        stems = [sorted(cedict.english_stems(t)) for t in tgt[j - b : j]]
        en_union = {s for st in stems for s in st}
        zh_share = sum(1 for w in words if not w.isdisjoint(en_union)) / len(words)
        translations = set().union(*words)
        en_share = sum(1 for st in stems for s in st if s in translations) / sum(len(st) for st in stems)
        expected = 2 * zh_share * en_share / (zh_share + en_share) if zh_share + en_share else 0.0
        assert table.coverage(i, a, b, np.array([j]))[0] == pytest.approx(expected, abs=1e-6)
    # a translated bead covers more than a mismatched one
    assert table.coverage(1, 1, 1, np.array([1]))[0] > table.coverage(1, 1, 1, np.array([m]))[0]


def test_numbers_and_glosses_agree_only_on_the_matching_paragraph(pairs):
    from qa.align import anchors

    zh_para, en_para = next((z, e) for z, e in pairs if any(ch.isdigit() for ch in e) and any(ch.isdigit() for ch in z))
    other_zh, other_en = next(
        (z, e) for z, e in pairs if not anchors.number_values(z, "zh") and not anchors.number_values(e, "en") and "（" not in e
    )
    src, tgt = [zh_para, other_zh], [en_para, other_en]
    table = anchors.pair_anchors(src, tgt, [0, 0, 0], [2, 2, 2], 1, 1, numbers=True)
    assert table.agreement(1, 1, 1, np.array([1]))[0] > 0  # the paragraph and its translation share numbers
    assert table.agreement(1, 1, 1, np.array([2]))[0] == -1.0  # against a text without any: nothing shared
    assert table.agreement(2, 1, 1, np.array([2]))[0] == 0.0  # neither side has numbers: no evidence


def test_size_power_weights_merged_beads_by_their_size(pairs):
    """A merged bead's score grows by ((a + b) / 2) ** size_power; a 1-1 bead's does not change."""
    from qa.align.core import Params
    from qa.align.scorer import BeadFeatures

    zh_para, en_para = next((z, e) for z, e in pairs if len(zh.split_sentences(z)) >= 3 and len(en.split_sentences(e)) >= 3)
    src, tgt = zh.split_sentences(zh_para), en.split_sentences(en_para)
    vectors = embed.embed(src + tgt)
    n, m = len(src), len(tgt)
    band = ([0] * (n + 1), [m] * (n + 1))
    base = Params(size_power=0.0, merge_penalty=0.0, quote_weight=0.0, src_clause_weight=0.0, tgt_clause_weight=0.0)
    features = BeadFeatures(src, tgt, "zh", "en", vectors[:n], vectors[n:], *band, base)
    flat = features.table(base)
    weighted = features.table(Params(size_power=0.5, merge_penalty=0.0, quote_weight=0.0, src_clause_weight=0.0,
                                     tgt_clause_weight=0.0))
    js = np.array([2, 3])
    assert weighted[(1, 1)][1, js] == pytest.approx(flat[(1, 1)][1, js])
    assert weighted[(1, 2)][1, js] == pytest.approx(flat[(1, 2)][1, js] * 1.5**0.5)
    assert weighted[(2, 2)][2, js] == pytest.approx(flat[(2, 2)][2, js] * 2.0**0.5)
