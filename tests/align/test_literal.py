"""Constants chosen by how literal the translation is (qa.align.literal), on a novel's chapter and on news."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from qa.align import SENTENCE_PARAMS, align_segments, document_sentence_beads, literal
from qa.align.core import align

SHARED = Path(__file__).resolve().parents[2].parent / "shared"
MAC_DEV = SHARED / "bench" / "align" / "mac-dev"
WMT19 = SHARED / "dev-corpora" / "wmt19-newstest-zhen" / "pairs.tsv"


@pytest.fixture(scope="module")
def wmt19_first_document() -> tuple[list[str], list[str]]:
    """WMT19 newstest lines 1-20 (a news story translated sentence by sentence), as bench.corpora cuts it."""
    if not WMT19.exists():
        pytest.skip(f"../shared not present: {WMT19}")
    with WMT19.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle, delimiter="\t"))[:20]
    return [r["source"] for r in rows], [r["target"] for r in rows]


def test_the_closest_mac_dev_chapter_keeps_the_shipped_constants():
    """Chapter 001 has the highest median of MAC-Dev's six (0.56): a novel's free translation stays below."""
    if not MAC_DEV.exists():
        pytest.skip(f"../shared not present: {MAC_DEV}")
    src = (MAC_DEV / "zh" / "001").read_text(encoding="utf-8").splitlines()
    tgt = (MAC_DEV / "en" / "001").read_text(encoding="utf-8").splitlines()
    (beads,), chosen = literal.align_document([(src, tgt)], "zh", "en", SENTENCE_PARAMS)
    assert not chosen
    assert [(b.src, b.tgt) for b in beads] == [(b.src, b.tgt) for b in align(src, tgt, "zh", "en", SENTENCE_PARAMS)]


def test_a_wmt19_document_gets_the_close_translation_constants(wmt19_first_document):
    src, tgt = wmt19_first_document
    _, chosen = literal.align_document([(src, tgt)], "zh", "en", SENTENCE_PARAMS)
    assert chosen


def test_paragraphs_of_one_document_pool_their_matches(wmt19_first_document):
    """Each line alone has one match, too few to judge; the document's twenty decide for all of them."""
    src, tgt = wmt19_first_document
    aligned, chosen = document_sentence_beads(list(zip(src, tgt)))
    assert chosen
    assert len(aligned) == 20
    _, alone = document_sentence_beads([(src[0], tgt[0])])
    assert not alone


@pytest.mark.parametrize("dropped", [3, 6])
def test_a_dropped_english_sentence_is_left_alone_not_merged(wmt19_first_document, dropped):
    """One English line dropped from a news story: the shipped constants fold its Chinese sentence into the
    next one's bead (a 2-1, hiding the omission); the close-translation ones leave it as a 1-0."""
    src, tgt = wmt19_first_document
    tgt = tgt[:dropped] + tgt[dropped + 1 :]
    gold = [((i,), ()) if i == dropped else ((i,), (i if i < dropped else i - 1,)) for i in range(len(src))]
    (chosen,), close = literal.align_document([(src, tgt)], "zh", "en", SENTENCE_PARAMS)
    assert close and [(b.src, b.tgt) for b in chosen] == gold
    # the literal beads are those of the close-translation constants with every feature they weigh (numbers too)
    assert chosen == align(src, tgt, "zh", "en", literal.literal_params(SENTENCE_PARAMS))
    shipped = [(b.src, b.tgt) for b in align(src, tgt, "zh", "en", SENTENCE_PARAMS)]
    assert ((dropped, dropped + 1), (dropped,)) in shipped
    # asked without a choice, align_segments keeps the shipped constants (a check's alignment does not move)
    assert [(b.src, b.tgt) for b in align_segments(src, tgt)] == shipped


def test_a_traditional_script_source_is_measured_on_its_simplified_text(wmt19_first_document):
    """The same story in traditional characters (OpenCC s2t): the encoder's cosines run lower on them, so the
    choice reads the simplified text and still finds the dropped line."""
    import opencc

    src, tgt = wmt19_first_document
    traditional = [opencc.OpenCC("s2t").convert(s) for s in src]
    assert traditional != src
    dropped = tgt[:6] + tgt[7:]
    (beads,), close = literal.align_document([(traditional, dropped)], "zh", "en", SENTENCE_PARAMS)
    assert close and ((6,), ()) in [(b.src, b.tgt) for b in beads]


def test_the_threshold_and_the_matches_needed():
    """The choice at LITERAL_MEDIAN and MIN_MATCHES exactly, and just short of either."""
    import numpy as np

    at = [np.array([literal.LITERAL_MEDIAN] * literal.MIN_MATCHES)]
    assert literal.is_literal(at)
    assert not literal.is_literal([np.array([literal.LITERAL_MEDIAN - 0.01] * literal.MIN_MATCHES)])
    assert not literal.is_literal([np.array([0.9] * (literal.MIN_MATCHES - 1))])
    assert literal.LITERAL_MEDIAN == 0.63 and literal.MIN_MATCHES == 8  # the values docs/benchmarks.md measures


def test_the_profile_moves_weights_only():
    """The band and features are prepared once for both profiles: nothing structural may differ."""
    lit = literal.literal_params(SENTENCE_PARAMS)
    for name in ("bead_types", "band", "coarse_band", "coarse_skip", "min_clause_zh", "min_clause_en", "length_unit"):
        assert getattr(lit, name) == getattr(SENTENCE_PARAMS, name)
    # the four constants the news folds agree on (docs/benchmarks.md); numbers weigh nothing in the shipped ones,
    # so the features prepared for both profiles must include them or the close-translation beads silently lose them
    assert literal.LITERAL_CHANGES == {"skip": -0.1, "length_weight": 1.5, "number_weight": 0.2, "merge_penalty": 0.05}
    assert SENTENCE_PARAMS.number_weight == 0 and literal._features_for_both(SENTENCE_PARAMS).number_weight == 0.2


def test_qa_align_says_which_constants_it_used(tmp_path, wmt19_first_document):
    """`qa align` of a news story split one sentence per line names the choice and writes the dropped sentence's
    1-0 pair; a MAC-Dev chapter's summary names none."""
    from qa.pipeline import CLOSE_NOTE
    from tests.conftest import run_cli

    src, tgt = wmt19_first_document
    (tmp_path / "story.zh").write_text("\n".join(src) + "\n", encoding="utf-8")
    (tmp_path / "story.en").write_text("\n".join(tgt[:6] + tgt[7:]) + "\n", encoding="utf-8")
    result = run_cli("align", str(tmp_path / "story.zh"), "--target", str(tmp_path / "story.en"), "--one-per-line",
                     "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    assert CLOSE_NOTE in result.stdout
    rows = (tmp_path / "out" / "story.tsv").read_text(encoding="utf-8").splitlines()
    assert sum("\t1-0\t" in row for row in rows) == 1
    if MAC_DEV.exists():
        chapter = run_cli("align", str(MAC_DEV / "zh" / "004"), "--target", str(MAC_DEV / "en" / "004"),
                          "--one-per-line", "-o", str(tmp_path / "mac"))
        assert chapter.exit_code == 0 and CLOSE_NOTE not in chapter.stdout
