"""Omissions inside a sentence: a list item or a qualifier the English lost.

Sentence-level omission is A001/A004's; this family looks inside a sentence
that is otherwise translated. A source word with no dictionary counterpart is
no finding by itself (translators restructure, and CC-CEDICT misses
renderings), so each check asks for a second piece of evidence that a meaning
is missing: for a list item, an English list shorter than the source list;
for a qualifier, no rendering of it anywhere in the English.

A missing number is N202's finding and a missing name M106's: this family
defers to them.
"""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.numbers_context import listed_count
from qa.checks.registry import check
from qa.lang.cedict import english_glosses
from qa.lang.counts import lost_counts
from qa.lang.sentence_lists import inline_lists
from qa.lang.list_embed import lost_by_encoder
from qa.lang.list_items import evidence, missing_items
from qa.lang.list_series import lost_items
from qa.lang.numbers_en import number_word
from qa.lang.qualifiers import OFF_BY_DEFAULT_WORDS, missing_qualifiers
from qa.model import Pair


def gloss_of(text: str, others: Iterable[str] = (), limit: int = 2) -> str:
    """The first dictionary glosses of a Chinese item, for a message: 注销注册 'cancel; write off'
    (its own word first: 注册 'register' is every item's in 初始注册、变更注册、注销注册)."""
    others = list(others)
    # longest first, then in reading order: the same order in every run, and 人口爆炸 reads as
    # 人口 'population' before 口爆
    shortest = 1 if len(text) == 1 else 2  # 水 of 煤、热、水、电、气 is glossed by itself
    pieces = {(text[i:j], i) for i in range(len(text)) for j in range(i + shortest, len(text) + 1)}
    words = [w for w, _ in sorted(pieces, key=lambda p: (any(p[0] in o for o in others), -len(p[0]), p[1], p[0]))]
    glosses = [g for w in words for g in english_glosses(w) if not g.startswith("surname ")]
    return "; ".join(glosses[:limit]) or "no dictionary gloss"


@check(
    "A006",
    "item-omitted-from-list",
    category="Accuracy/Omission",
    requires=("segmenter", "dictionary", "bilingual-index", "romaniser", "encoder"),
    severity="major",
    defers_to=("N202", "M106"),
    example="source: 研究覆盖环境、机械、能源、医疗等领域  target: covering the environment, energy and medicine",
)
def item_omitted_from_list(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """An item of a source list (A、B、C和D) is missing from the English list.

    The source list is read at its 、 and joiners (和, 及, 以及, 与, 或). An
    item is reported when none of its CC-CEDICT senses occurs anywhere in the
    English and the English list around the other items (cut at commas and
    and/or) has fewer items than the source list, by exactly the number of
    such items; or, the English list one item short, when the order of the
    items it kept leaves exactly one out (qa.lang.list_order; the sentence
    encoder chooses between items the dictionary cannot tell apart); or, when
    the dictionary anchors some item nowhere and the English series is one
    item short, the one item the encoder's clear one-to-one assignment of
    items to pieces leaves out (qa.lang.list_embed). A list whose English
    restructures it is left alone.
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    lists = ctx.memo("omission.inline_lists", lambda: inline_lists(pair.source))
    by_series = lost_items(lists, pair.target, pair.source) if lists else []
    for items, in_series in zip(lists, by_series):
        written = "、".join(i.text for i in items)
        lost_ones = missing_items(items, pair.target, pair.source) or in_series
        if not lost_ones:
            by_encoder = lost_by_encoder(items, pair.target, evidence(items, pair.target))
            lost_ones = [by_encoder] if by_encoder else []
        for lost in lost_ones:
            gloss = gloss_of(lost.item.text, (i.text for i in items if i is not lost.item))
            yield Problem(
                f"The source lists {len(items)} items ({written}); the English list has fewer, "
                f"and nothing in it renders {lost.item.text} ({gloss}).",
                source_span=lost.item.text,
                suggestion=f"Translate {lost.item.text} ({gloss}) in the list.",
            )


def _times(n: int) -> str:
    return {1: "once", 2: "twice"}.get(n, f"{n} times")


@check(
    "A007",
    "qualifier-omitted",
    category="Accuracy/Omission",
    requires=("segmenter", "dictionary", "bilingual-index", "lemmas"),
    severity="minor",
    defers_to=("N202",),
    example="source: 首次搭载F-35C战斗机  target: also carries the F-35C squadron",
)
def qualifier_omitted(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A qualifier of the source (甚至 'even', 首次 'first time', 约 'about', 超过 'more than') is not in the English.

    Only qualifiers that change what a sentence claims and that translators
    keep are checked (qa.lang.qualifiers lists them, each with its CC-CEDICT
    senses and the renderings translators use); one is reported when the
    English renders its meaning fewer times than the source says it (none at
    all, or once for two figures "about"). 约, 近 and 逾 count only directly
    before a figure, 左右, 以上, 多 and 余 only after one; when the English writes
    that figure, the qualifier must stand beside it (a few words before or after).
    Focusing and time adverbs (再次 'again', 仍然 'still', 刚 'just', 只能 'can
    only' …) count where qa.lang.focus_adverbs reads them as the adverb; one
    rendering answers every use of those it marks `once` (仍然 … 仍 "still").
    A small count is a qualifier too (两个鸡蛋 "the eggs"): one N202 leaves to
    prose is reported when the English renders the counted noun as a plural
    and gives the number nowhere (qa.lang.counts).
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    for use, said, found, figure in missing_qualifiers(pair.source, pair.target):
        q = use.qualifier
        if q.word in OFF_BY_DEFAULT_WORDS:
            continue  # 连…都 'even': A008's (off by default)
        if figure:
            message = f"The source says {q.word} ({q.gloss}) of a figure; the English gives {figure} without it."
        elif found:
            message = (f"The source says {q.gloss} {_times(said)} ({q.word} …); "
                       f"the English renders it {_times(found)}.")
        else:
            message = f"The source says {q.word} ({q.gloss}); nothing in the English renders it."
        yield Problem(message, source_span=pair.source[use.start : use.end] or q.word,
                      suggestion=f"Keep the qualifier: {q.gloss}.")
    for lost in lost_counts(pair.source, pair.target, exempt=lambda m: listed_count(m, pair.source)):
        m = lost.mention
        yield Problem(f"The source counts {m.text}{lost.noun} ({number_word(m.value)}); the English says "
                      f"'{lost.rendered}' with no number.", source_span=m.text,
                      suggestion=f"Give the count: {number_word(m.value)} {lost.rendered}.")
