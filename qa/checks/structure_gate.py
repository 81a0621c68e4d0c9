"""Which short pairs A004 aligns sentence by sentence: all but those whose sentences pair off in order.

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

The version here lets a Chinese sentence have a run of up to three English
sentences and each run be two sigmas off its predicted length (one sentence
varies more than a paragraph; the pair as a whole still has to be within one):
it skips 17 of the page's 25, and a heading whose first English sentence
renders it (`opens_with_rendering`) is not embedded either. In bench.speed's
warm run the encoder embeds 57 texts (2,728 tokens) instead of 156 (7,245).
Nothing is lost: bench.same_findings identical; bench.detect's sentence drops
and clean findings identical on all five corpora, seeds 7 and 11; none of the
page's 194 one-sentence drops the aligner finds is skipped, nor any of 1,983
drops of one row's English from 664 WMT19 paragraphs of three merged rows (the
gate skips 6 of them, 27 with the document's sigma doubled; the aligner finds none).
"""

from __future__ import annotations

import math
import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from qa.checks.context import DocContext

# A pair within a sigma of the document's ratio is aligned when some sentence with content has fewer than this
# share of its dictionary words rendered in the English in its place (`paired_in_runs`).
ANCHORED_SHARE = 0.5
# How far (in the document's robust sigmas) the English of one sentence may be from the length its Chinese
# predicts: one sentence varies more than a paragraph. At 1 (the first version, one English sentence per
# Chinese one) the gate skipped 7 of the sample page's 25 short pairs; at 2, with splits, 17; at 3, 19.
RUN_SIGMAS = 2.0
HEADING_SIGMAS = 2.0  # the same for a heading and the target's first sentence (`opens_with_rendering`)
# ... in sigmas no wider than the sample page's (0.15): a short document's spread is 0.3 or more, and twice that
# lets a heading's English with the next sentence's folded into it pass for the heading alone (the review's
# excerpt of seven pairs: 坚决贯彻党中央决策部署 lost, found only when the heading is embedded)
HEADING_SIGMA_MAX = 0.15
MAX_SPLIT = 3  # English sentences one Chinese sentence may be rendered in (`paired_in_runs`)


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
    and each Chinese sentence has its own run of English sentences, in
    order, of about its length and holding half its dictionary words
    (`paired_in_runs`). Tests that looked for a sentence's words anywhere
    in the English lost omissions the aligner finds: official prose repeats
    a dropped sentence's words in the rest of the paragraph (issue 19).
    """
    if skip > 0:
        return True
    return not paired_in_runs(sentences, alignment_targets(sentences, target), ratio)


def opens_with_rendering(heading: str, target: str, ratio: tuple[float, float]) -> bool:
    """Whether the target's first sentence renders the heading: of its length within HEADING_SIGMAS and holding
    ANCHORED_SHARE of its dictionary words (`_fits`). Then A004 embeds neither: on the sample page 21 of the 23
    headings it tests fit, all of which the encoder finds translated, and with a heading's English dropped
    none of the body's first sentences fits (the encoder finds 19 of those 23 drops)."""
    from qa.lang import en

    centre, sigma = ratio
    return _fits(heading, (en.split_sentences(target) or [target])[0], (centre, min(sigma, HEADING_SIGMA_MAX)),
                 HEADING_SIGMAS)


def paired_in_runs(sentences: list[str], target_sentences: list[str], ratio: tuple[float, float]) -> bool:
    """Each Chinese sentence rendered, in order, by its own run of one to MAX_SPLIT consecutive English
    sentences (English splits long Chinese sentences), every run passing `_fits` within RUN_SIGMAS and every
    English sentence in one run. A dropped sentence leaves its Chinese no run of its own unless a neighbour's
    English splits where both fit; and a drop that keeps the pair within a sigma of the document's length is
    a short one."""
    n, m = len(sentences), len(target_sentences)
    if m < n:
        return False
    reached = [{0}] + [set() for _ in sentences]  # reached[i]: English sentences the first i Chinese ones can take
    for i, sentence in enumerate(sentences):
        for j in reached[i]:
            for end in range(j + 1, min(j + MAX_SPLIT, m - (n - i - 1)) + 1):  # leave one for each later sentence
                if _fits(sentence, " ".join(target_sentences[j:end]), ratio, RUN_SIGMAS):
                    reached[i + 1].add(end)
    return m in reached[n]


def _fits(sentence: str, english: str, ratio: tuple[float, float], sigmas: float) -> bool:
    """The English is within `sigmas` of the length the Chinese sentence predicts (`ratio`: centre, sigma of
    log English chars per Han character) and, for a sentence with content, holds ANCHORED_SHARE of its
    CC-CEDICT words (forward maximum matching); a sentence with content and no dictionary word fits nothing."""
    from qa.align.cedict import chinese_words, english_stems
    from qa.checks.structure import _en_len, has_content
    from qa.lang.zh import han_count

    centre, sigma = ratio
    if abs(math.log(max(_en_len(english), 1) / max(han_count(sentence), 1)) - centre) > sigmas * sigma:
        return False
    if not has_content(sentence):
        return True  # too short to report; its length still has to fit its place
    words = chinese_words(sentence)
    stems = english_stems(english)
    return bool(words) and sum(1 for w in words if w & stems) >= ANCHORED_SHARE * len(words)


_SEMICOLON_END = re.compile(r"[；;]\s*$")
_EN_SEMICOLON = re.compile(r"(?<=;)\s+")


def alignment_targets(sentences: list[str], target: str) -> list[str]:
    """The target's sentences as A004 aligns them to the source `sentences`: also cut after a semicolon when
    a source sentence ends in one. Chinese cuts a sentence at ；, English keeps "…every day; Iran Mahan Air
    added …" one sentence, and three Chinese pieces against one English sentence left the last piece without
    a counterpart (WMT19's list of airlines' new flights)."""
    from qa.lang import en

    target_sentences = en.split_sentences(target) or [target]
    if not any(_SEMICOLON_END.search(s) for s in sentences[:-1]):
        return target_sentences
    return [piece for sentence in target_sentences for piece in _EN_SEMICOLON.split(sentence) if piece]
