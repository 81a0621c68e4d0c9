"""Which short pairs A004 aligns sentence by sentence: all but those whose sentences pair off one for one.

A004 aligns the sentences of every multi-sentence pair whose target is no
longer than the document's ratio predicts, and the sentence encoder's work
for that alignment is most of A004's time. A pair is left unaligned only
where its English sentences pair off with the Chinese ones in order, each of
the length its Chinese sentence predicts and holding half that sentence's
dictionary words. Weaker evidence loses omissions (issue 19): English often
splits a Chinese sentence in two (news does, and Chinese joined by ；), so a
drop can leave the English as many sentences as the Chinese or more, and
official prose repeats a dropped sentence's words elsewhere in the paragraph.
A first gate that counted sentences and looked for each sentence's words
anywhere in the English skipped 22 of the sample page's 25 short pairs and
lost omissions the aligner finds: 6 on one-sentence drops of the page, 60
on 396 WMT19 paragraphs of merged rows with one row's English removed, 14
drops hidden by a split. This one skips 7 of the 25 and none of the page's
drops or the split ones; of the merged paragraphs it skips 101, in none of
which the aligner finds an omission. It saves less: in bench.speed's warm
run the encoder embeds 156 texts (7,245 tokens) instead of 184 (8,461), the
first gate 59 (1,959); findings as without a gate (bench.same_findings, and
bench.detect's sentence drops, seeds 7 and 11, on all five corpora).
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.checks.context import DocContext

# A pair within a sigma of the document's ratio is aligned when some sentence with content has fewer than this
# share of its dictionary words rendered in the English sentence in its place (`paired_in_order`).
ANCHORED_SHARE = 0.5


def needs_alignment_in(ctx: "DocContext", sentences: list[str], target: str, skip: float, ratio: tuple[float, float]) -> bool:
    """`needs_alignment`, answered once per document for each pair: A004 asks twice (qa.checks.structure_embed
    ahead of the document, then for the pair itself), and the dictionary matching is most of its cost."""
    answers: dict = ctx.memo("structure_gate.needs_alignment", dict)
    key = (tuple(sentences), target, skip, ratio)
    if key not in answers:
        answers[key] = needs_alignment(sentences, target, skip, ratio)
    return answers[key]


def needs_alignment(sentences: list[str], target: str, skip: float, ratio: tuple[float, float]) -> bool:
    """Whether A004 aligns the sentences of a pair no longer than the document's ratio predicts.

    Not when the target is within a robust sigma of that length (`skip` 0)
    and its sentences pair off with the source's one for one, in order
    (`paired_in_order`). Every weaker test lost omissions the aligner finds:
    English that splits a Chinese sentence in two keeps its sentence count
    after a drop, and official prose repeats a dropped sentence's words in
    the rest of the paragraph (issue 19).
    """
    from qa.lang import en

    if skip > 0:
        return True
    return not paired_in_order(sentences, en.split_sentences(target) or [target], ratio)


def paired_in_order(sentences: list[str], target_sentences: list[str], ratio: tuple[float, float]) -> bool:
    """As many English sentences as Chinese ones, and each Chinese sentence with content matched by the
    English sentence in its own place: every sentence within a sigma of the document's length ratio
    (`ratio`: centre, sigma of log English chars per Han character), and each with content holding
    ANCHORED_SHARE of its CC-CEDICT words (forward maximum matching) in that one English sentence, not
    anywhere in the paragraph. A sentence with no dictionary word is not matched."""
    from qa.align.cedict import chinese_words, english_stems
    from qa.checks.structure import _en_len, has_content
    from qa.lang.zh import han_count

    if len(target_sentences) != len(sentences):
        return False
    centre, sigma = ratio
    for sentence, english in zip(sentences, target_sentences):
        if abs(math.log(max(_en_len(english), 1) / max(han_count(sentence), 1)) - centre) > sigma:
            return False
        if not has_content(sentence):
            continue  # too short to report; its length still has to fit its place
        words = chinese_words(sentence)
        stems = english_stems(english)
        if not words or sum(1 for w in words if w & stems) < ANCHORED_SHARE * len(words):
            return False
    return True
