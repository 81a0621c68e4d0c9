"""The synthetic news alignment set: true beads recorded for every rewrite, checked by hand."""

from __future__ import annotations

import pytest

from bench import align_news
from bench.align_news import split_at_clause, synthesize

PAIRS = [
    ("他来了。", "He came."),
    ("我们昨天开会，讨论了明年的计划。", "We met yesterday, and we discussed next year's plan."),
    ("天气很好。", "The weather is fine."),
    ("会议结束了。", "The meeting ended."),
    ("大家回家了。", "Everyone went home."),
]


def run(ops: list[str]):
    return synthesize(PAIRS, iter(ops).__next__)


def test_joins_record_one_to_many_beads():
    src, tgt, gold = run(["join_zh2", "join_en", "keep"])
    assert src == ["他来了。我们昨天开会，讨论了明年的计划。", "天气很好。", "会议结束了。", "大家回家了。"]
    assert tgt == ["He came.", "We met yesterday, and we discussed next year's plan.",
                   "The weather is fine. The meeting ended.", "Everyone went home."]
    assert gold == [((0,), (0, 1)), ((1, 2), (2,)), ((3,), (3,))]


def test_three_way_join_and_drops():
    src, tgt, gold = run(["drop_en", "join_zh3", "drop_zh"])
    assert src == ["他来了。", "我们昨天开会，讨论了明年的计划。天气很好。会议结束了。"]
    assert tgt == ["We met yesterday, and we discussed next year's plan.", "The weather is fine.",
                   "The meeting ended.", "Everyone went home."]
    assert gold == [((0,), ()), ((1,), (0, 1, 2)), ((), (3,))]


def test_splits_at_the_middle_clause_mark():
    src, tgt, gold = run(["keep", "split_zh", "split_en", "keep", "keep"])
    assert src[1:3] == ["我们昨天开会。", "讨论了明年的计划。"]
    assert gold[1] == ((1, 2), (1,))
    # "天气很好。" has no clause mark: split_en of a pair whose English has none keeps it 1-1 too
    assert gold[2] == ((3,), (2,))
    src, tgt, gold = run(["keep", "split_en", "keep", "keep", "keep"])
    assert tgt[1:3] == ["We met yesterday.", "And we discussed next year's plan."]
    assert gold[:3] == [((0,), (0,)), ((1,), (1, 2)), ((2,), (3,))]


def test_crossing_clause_makes_a_two_to_two_bead():
    src, tgt, gold = run(["cross", "keep", "keep", "keep"])
    assert src[:2] == ["他来了。我们昨天开会，", "讨论了明年的计划。"]
    assert gold[0] == ((0, 1), (0, 1))
    assert gold[1:] == [((2,), (2,)), ((3,), (3,)), ((4,), (4,))]


def test_split_at_clause_keeps_both_halves_substantial():
    assert split_at_clause("短，这是一句很长很长很长很长的话。", "zh") is None  # the only comma is too near the start
    assert split_at_clause("No clause here.", "en") is None


def test_generated_set_is_complete_deterministic_and_mixed():
    if not align_news.available():
        pytest.skip("../shared dev corpora are absent")
    docs = align_news.documents()
    assert docs == align_news.documents()  # same seed, same text
    for doc in docs:
        assert [i for s, _ in doc.gold for i in s] == list(range(len(doc.src)))
        assert [j for _, t in doc.gold for j in t] == list(range(len(doc.tgt)))
    counts = align_news.bead_counts(docs)
    assert {"1-1", "1-2", "2-1", "1-3", "2-2", "1-0", "0-1"} <= set(counts)
    assert 0.6 < counts["1-1"] / sum(counts.values()) < 0.8
    assert len({d.group for d in docs}) == 6
