"""The source sentence of a target-only finding (qa.report.linking), which the HTML report underlines."""

from __future__ import annotations

from qa.model import Pair
from qa.report.linking import source_counterpart

TWO = Pair("p1", "我们要落实“三农”政策，推进乡村振兴。今年全县将建设12个数字乡村。",
           "We will implement the “Three Rural Issues” policy and promote rural revitalization. "
           "This year the county will build 12 digital vilages.")


def test_a_one_sentence_source_is_the_counterpart_without_any_alignment():
    pair = Pair("p1", "今年全县将建设12个数字乡村。", "This year the county will build 12 digital vilages.")
    assert source_counterpart(pair, "vilages", aligned=lambda: False) == ["今年全县将建设12个数字乡村。"]


def test_a_longer_pair_is_aligned_only_when_the_encoder_is_loaded():
    assert source_counterpart(TWO, "vilages", aligned=lambda: False) == []


def test_the_aligned_sentence_is_the_one_translated():
    assert source_counterpart(TWO, "vilages", aligned=lambda: True) == ["今年全县将建设12个数字乡村。"]
    assert source_counterpart(TWO, "Three Rural Issues", aligned=lambda: True) == ["我们要落实“三农”政策，推进乡村振兴。"]


def test_nothing_for_a_span_not_in_the_target_or_a_one_sided_pair():
    assert source_counterpart(TWO, "villages", aligned=lambda: True) == []
    assert source_counterpart(Pair("p2", "", "An English note."), "note", aligned=lambda: True) == []


def test_the_link_embeds_no_text_beyond_the_pairs_sentences():
    """The report's alignment has no clause terms, whose edge clauses (推进乡村振兴, and the English
    clauses) were the only texts it embedded when a check had embedded the sentences already."""
    from qa.align import embed
    from qa.lang import en, zh

    pair = Pair("p3", "我们要落实政策，推进乡村振兴。今年全县将建设十二个数字乡村，完善农村公路。",
                "We will implement the policy and promote rural revitalization. This year the county will build "
                "twelve digital villages, and improve rural roads.")
    embed.embed(zh.split_sentences(pair.source) + en.split_sentences(pair.target))  # as A004 does
    before = embed.stats()["embedded"]
    assert source_counterpart(pair, "rural roads", aligned=lambda: True) == ["今年全县将建设十二个数字乡村，完善农村公路。"]
    assert embed.stats()["embedded"] == before
