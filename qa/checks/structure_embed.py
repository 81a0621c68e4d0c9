"""A004's encoder work for a whole document, done in two batched calls before its first pair is judged.

A004 asks the sentence encoder about one pair at a time: a heading against
the first sentence of its target, then (for a target shorter than the
document's ratio predicts) every sentence of both sides. One encoder call per
pair gives it short batches that stream every weight matrix for a few
sentences; on the sample page 48 calls took a fifth more time than the same
texts in one call. Here the same decisions are taken for every pair the
engine checks (`DocContext.checked_pairs`), in the order A004 takes them, and
every text it will embed is embedded in two calls: the headings with their
targets' first sentences, then what those answers lead to. Nothing is
embedded that A004 would not embed itself; the per-pair calls then find their
texts in the embedding cache (qa.align.embed), which keeps the same float16
values a fresh call returns.
"""

from __future__ import annotations

from qa.checks.context import DocContext
from qa.model import Pair


def embed_ahead(ctx: DocContext) -> None:
    """Embed, once per document, every text A004 will embed for the pairs being checked."""
    ctx.memo("structure.embedded_ahead", lambda: _embed_ahead(ctx))


def _embed_ahead(ctx: DocContext) -> bool:
    from qa.align.embed import embed

    plans = [plan for pair in (ctx.pairs if ctx.checked_pairs is None else ctx.checked_pairs) if (plan := _plan(pair, ctx)) is not None]
    embed([text for _, heading, _, target_sentences in plans if heading for text in (heading, target_sentences[0])])
    later: list[str] = []
    for pair, heading, sentences, target_sentences in plans:
        if heading and not _like(heading, target_sentences[:1]):
            rest = target_sentences[1:]
            later.extend([heading, *rest] if rest else [])
            continue  # whether its sentences are aligned waits for that answer: left to the pair itself
        later.extend(_aligned_texts(pair, ctx, sentences))
    embed(later)
    return True


def _plan(pair: Pair, ctx: DocContext) -> tuple[Pair, str | None, list[str], list[str]] | None:
    """(pair, the heading A004 tests, source sentences, target sentences) of a pair A004 may embed for."""
    from qa.checks.structure import heading_to_test
    from qa.lang import en, zh

    if pair.is_one_sided:
        return None
    sentences = zh.split_sentences(pair.source)
    if len(sentences) < 2:
        return None
    return pair, heading_to_test(sentences, pair.target, ctx), sentences, en.split_sentences(pair.target) or [pair.target]


def _like(heading: str, batch: list[str]) -> bool:
    """The heading test of structure._like_a_target_sentence on one batch (its texts already embedded)."""
    from qa.align.embed import embed
    from qa.checks.structure import HEADING_MAX_SIMILARITY

    vectors = embed([heading] + batch)
    return float((vectors[:1] @ vectors[1:].T).max()) >= HEADING_MAX_SIMILARITY


def _aligned_texts(pair: Pair, ctx: DocContext, sentences: list[str]) -> list[str]:
    """The sentences structure._left_unaligned embeds for this pair (none when it is not aligned)."""
    from qa.checks.structure import alignment_skip, document_ratio, has_content
    from qa.checks.structure_gate import alignment_targets, needs_alignment_in

    skip = alignment_skip(pair, ctx)
    if skip is None or not any(has_content(s) for s in sentences):
        return []
    if not needs_alignment_in(ctx, sentences, pair.target, skip, document_ratio(ctx)):
        return []
    return [*sentences, *alignment_targets(sentences, pair.target)]
