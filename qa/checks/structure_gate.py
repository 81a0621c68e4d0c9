"""Which short pairs A004 aligns sentence by sentence: the cheap evidence first, the encoder only when it cannot tell.

A004 aligns the sentences of every multi-sentence pair whose target is no
longer than the document's ratio predicts, and the sentence encoder's work
for that alignment was most of A004's time (on the sample page 25 pairs,
7,916 of the 8,461 tokens embedded, and no sentence left out). A sentence
lost from the English shortens it (a robust sigma or more below the
document's ratio: the aligner is asked) or leaves it a sentence short of the
Chinese, or else leaves its own words out of it. Official prose repeats its
words, so the words alone do not settle it: on the sample page, in 16 of the
ways of dropping one English sentence from a pair that has one for each
Chinese sentence, the English stays within a sigma of the page's ratio and
every sentence still has half its dictionary words in it; the sentence count
catches each. Measured on every clean pair and 1,876 injected sentence drops
of MAC-Dev with the sample page, news22 A and B, WMT19 and NTREX (seeds 7 and
11, 3 trials; seed 3, 8 trials): no finding of A004 changed, and 299 of the
897 clean pairs A004 aligned are no longer aligned.
"""

from __future__ import annotations

# A pair within a sigma of the document's ratio is aligned only when some sentence with content has fewer than
# this share of its dictionary words rendered in the English (`needs_alignment`).
ANCHORED_SHARE = 0.5


def needs_alignment(sentences: list[str], target: str, skip: float) -> bool:
    """Whether A004 aligns the sentences of a pair no longer than the document's ratio predicts.

    Not when the target is within a robust sigma of that length (`skip` 0),
    has as many sentences as the source, and every source sentence with
    content has at least ANCHORED_SHARE of its dictionary words rendered
    somewhere in the English. A sentence left out has few of its words in the
    target (on the clean and injected pairs of MAC-Dev, news22, WMT19 and
    NTREX every one reported had at most a quarter) or leaves the English a
    sentence short (a lost heading, whose words recur in its paragraph's
    English), and the alignment, most of A004's encoder work, could not find
    one.
    """
    from qa.lang import en

    if skip > 0 or len(en.split_sentences(target) or [target]) < len(sentences):
        return True
    return not anchored_throughout(sentences, target)


def anchored_throughout(sentences: list[str], target: str) -> bool:
    """Every sentence with content has ANCHORED_SHARE of its CC-CEDICT words (forward maximum matching)
    with an English stem of theirs in the target; a sentence with no dictionary word is not anchored."""
    from qa.align.cedict import chinese_words, english_stems
    from qa.checks.structure import has_content

    stems = english_stems(target)
    for sentence in sentences:
        if not has_content(sentence):
            continue
        words = chinese_words(sentence)
        if not words or sum(1 for w in words if w & stems) < ANCHORED_SHARE * len(words):
            return False
    return True
