"""A012: a source that negates rendered by an English that negates nothing (qa.lang.negation)."""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.negation import english_negates, source_negations
from qa.model import Pair


@check(
    "A012",
    "negation-lost",
    category="Accuracy/Mistranslation",
    requires=("segmenter", "word-list"),
    severity="major",
    example="source: 我不知道外卖挂在了门口  target: I did expect that it was hung on the door",
    off_by_default=True,
)
def negation_lost(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The source negates a statement and no word of the English negates anything: the meaning may have flipped.

    English has many ways to negate, and every one of them (not, never,
    without, fail, unable, un-, -less, few …) anywhere in the target keeps
    this quiet, so a finding means the target has none at all. Off by
    default: on clean news references most findings are antonyms said for
    a negation (不招摇 "low-key", 没有任何区别 "exactly the same")."""
    if not pair.source.strip() or not pair.target.strip():
        return
    negations = source_negations(pair.source)
    if negations and not english_negates(pair.target):
        word = negations[0]
        yield Problem(
            f"The source negates ({word}) but nothing in the English does: check that the meaning did not flip.",
            source_span=word,
            suggestion=f"Render the negation of {word}.",
        )
