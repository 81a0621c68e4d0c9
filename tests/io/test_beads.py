"""The bead-file format, its reader into sentences, and the exact-match scorer used by bench/align.py."""

from __future__ import annotations

import pytest

from qa.io.beads import BeadScore, format_bead, parse_beads, read_bead_sentences, score_beads
from qa.errors import InputError


def test_format_and_parse_round_trip():
    beads = [((0, 1), (0,)), ((2,), (1, 2)), ((5,), ()), ((), (7,))]
    text = "".join(format_bead(s, t) + "\n" for s, t in beads)
    assert text.splitlines() == ["[0,1]:[0]", "[2]:[1,2]", "[5]:[]", "[]:[7]"]
    assert parse_beads(text) == beads


def test_parse_accepts_bertalign_spacing_and_blank_lines():
    assert parse_beads("[0, 1]:[0]\n\n[2]:[1, 2]\n") == [((0, 1), (0,)), ((2,), (1, 2))]


@pytest.mark.parametrize("line", ["[0]-[1]", "[a]:[1]", "{0}:[1]", "[0]:"])
def test_parse_rejects_malformed_lines(line):
    with pytest.raises(InputError, match="line 2"):
        parse_beads("[0]:[0]\n" + line)


def test_exact_match_scores_by_hand():
    gold = [((0, 1), (0,)), ((2,), (1, 2)), ((3,), (3,)), ((4,), ())]
    # one boundary shifted (two wrong beads), one deletion found, one exact 2-1
    predicted = [((0, 1), (0,)), ((2,), (1,)), ((), (2,)), ((3,), (3,)), ((4,), ())]
    score = score_beads(predicted, gold)
    assert (score.correct, score.predicted, score.gold) == (3, 5, 4)
    assert score.precision == pytest.approx(0.6)
    assert score.recall == pytest.approx(0.75)
    assert score.f1 == pytest.approx(2 * 0.6 * 0.75 / 1.35)


def test_merge_is_not_a_partial_match_and_order_inside_a_bead_is_ignored():
    assert score_beads([((0,), (0,)), ((1,), (1,))], [((0, 1), (0, 1))]).correct == 0
    assert score_beads([((1, 0), (0,))], [((0, 1), (0,))]).correct == 1


def test_micro_average_adds_counts_not_f1s():
    a = BeadScore(correct=9, predicted=10, gold=10)
    b = BeadScore(correct=0, predicted=90, gold=90)
    total = a + b
    assert total.f1 == pytest.approx(0.09)
    assert (a.f1 + b.f1) / 2 == pytest.approx(0.45)
    assert BeadScore(0, 0, 0).f1 == 0.0


def test_bead_sentences_resolve_indices_in_file_order(tmp_path):
    (tmp_path / "g.align").write_text("[0,1]:[0]\n[2]:[]\n[]:[1]\n[3]:[2,3]\n", encoding="utf-8")
    (tmp_path / "zh").write_text("甲。\n乙。\n丙。\n丁。\n", encoding="utf-8")
    (tmp_path / "en").write_text("A and B.\nAn addition.\nD one.\nD two.\n", encoding="utf-8")
    assert read_bead_sentences(tmp_path / "g.align", tmp_path / "zh", tmp_path / "en") == [
        (("甲。", "乙。"), ("A and B.",)), (("丙。",), ()), ((), ("An addition.",)), (("丁。",), ("D one.", "D two.")),
    ]


def test_bead_sentences_refuse_an_index_past_the_end(tmp_path):
    (tmp_path / "g.align").write_text("[0]:[0]\n[1]:[1]\n", encoding="utf-8")
    (tmp_path / "zh").write_text("甲。\n乙。\n", encoding="utf-8")
    (tmp_path / "en").write_text("A.\n", encoding="utf-8")
    with pytest.raises(InputError, match="g.align: bead 2 points past the end"):
        read_bead_sentences(tmp_path / "g.align", tmp_path / "zh", tmp_path / "en")


def test_bead_sentences_on_mac_dev_gold(mac_dev):
    """Red Sorghum (004): every sentence of both files in exactly one bead, the doves in their own 1-1 bead."""
    beads = read_bead_sentences(mac_dev / "gold" / "004.align", mac_dev / "zh" / "004", mac_dev / "en" / "004")
    source = (mac_dev / "zh" / "004").read_text(encoding="utf-8").splitlines()
    target = (mac_dev / "en" / "004").read_text(encoding="utf-8").splitlines()
    assert [s for src, _ in beads for s in src] == source
    assert [t for _, tgt in beads for t in tgt] == target
    assert (("高粱地里传来鸽子咕咕咕咕的叫声。",), ("Doves cooed in the fields.",)) in beads
