"""Boundary evidence for the aligner: quotation state and edge clauses, on MAC-Dev's real dialogue."""

from __future__ import annotations

from dataclasses import replace

import pytest

from qa.align import SENTENCE_PARAMS, align_segments
from qa.align.boundaries import edge_clauses, en_quote_states, zh_quote_states
from qa.io.beads import parse_beads


def lines(mac_dev, lang: str, doc: str, start: int, stop: int) -> list[str]:
    return (mac_dev / lang / doc).read_text(encoding="utf-8").splitlines()[start:stop]


def test_chinese_quotation_stays_open_across_sentences(mac_dev):
    # 又想：“刚才真笨，…… / 这里又不是丽春院，……？” : the thought spans two sentences
    text = lines(mac_dev, "zh", "002", 2, 6)
    assert text[1].startswith("又想：“") and text[2].endswith("？”")
    assert list(zh_quote_states(text)) == [0, 0, 1, 0, 0]


def test_english_quotation_by_position_not_apostrophes(mac_dev):
    # His thoughts ran on: 'What a fool I was just now! / I should have ... / This isn't ... / ... pay for it!'
    text = lines(mac_dev, "en", "002", 9, 13)
    assert "'What a fool" in text[0] and text[3].endswith("it!'")
    assert list(en_quote_states(text)) == [0, 1, 1, 1, 0]
    # apostrophes inside words never open a quotation; one after a plural is read as closing (harmless)
    assert list(en_quote_states(["He didn't dare to take a bite.", "It was the stuff of girls' dreams."])) == [0, 0, 0]


def test_nested_and_curly_quotations():
    assert list(zh_quote_states(["他说：「我听到她喊『救命』，", "就跑过去了。」"])) == [0, 1, 0]
    # a lost closing mark does not leave the rest of the text inside a quotation
    assert list(zh_quote_states(["他说：“走吧。", "她说：“好。”", "两人走了。"])) == [0, 1, 0, 0]
    assert list(en_quote_states(["He said,“Go now.", "Then leave.”"])) == [0, 1, 0]
    assert list(en_quote_states(["The '90s were good.", "Yes."])) == [0, 0, 0]


def test_edge_clauses_split_at_clause_punctuation():
    firsts, lasts = edge_clauses(["小玄子一怔，道：“好，咱们打个彩头。", "记住了吗？"], "zh")
    assert firsts == ["小玄子一怔", "记住了吗？"]
    assert lasts == ["咱们打个彩头。", "记住了吗？"]  # one clause: the whole sentence on both edges
    firsts, lasts = edge_clauses(["'I won a dozen taels,' replied Trinket.", "Got it?"], "en")
    assert firsts == ["I won a dozen taels", "Got it?"] and lasts == ["replied Trinket.", "Got it?"]


GOLD_WINDOWS = [
    # (doc, source lines, target lines): a Chinese sentence whose translation is split over several English
    # sentences, next to short ones; whole-sentence similarity alone puts the boundary one sentence off
    ("002", (55, 58), (90, 97)),
    ("002", (83, 86), (139, 143)),
    ("003", (32, 35), (46, 50)),
]


@pytest.mark.parametrize("doc, src_lines, tgt_lines", GOLD_WINDOWS)
def test_boundary_terms_put_short_sentences_with_the_right_neighbour(mac_dev, doc, src_lines, tgt_lines):
    src = lines(mac_dev, "zh", doc, *src_lines)
    tgt = lines(mac_dev, "en", doc, *tgt_lines)
    gold = [
        (tuple(i - src_lines[0] for i in s), tuple(j - tgt_lines[0] for j in t))
        for s, t in parse_beads((mac_dev / "gold" / f"{doc}.align").read_text(encoding="utf-8"))
        if s and src_lines[0] <= s[0] < src_lines[1]
    ]
    assert [(b.src, b.tgt) for b in align_segments(src, tgt)] == gold
    without = replace(SENTENCE_PARAMS, quote_weight=0.0, src_clause_weight=0.0, tgt_clause_weight=0.0)
    assert [(b.src, b.tgt) for b in align_segments(src, tgt, params=without)] != gold
