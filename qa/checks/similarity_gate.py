"""Whether the aligner's confidence tells a document's translations from its wrong pairs (A003's and A001's gate).

A003 reports a pair the aligner scored below LOW_SCORE, which on close
translation means a mistranslation or a misalignment. How close a translation
is sets how much the score says. News and official prose checked as two files
keep a median confidence of 0.92-0.96 over their sentence pairs (WMT19,
NTREX, news22 ref B), and a pair below 0.15 stands out. A novel's free
translation sits at 0.31-0.78 (the six MAC-Dev chapters), and there a
published, correctly aligned pair scores 0.01 as often as a misaligned one:
checked as two files, the chapters drew 186 A003 findings, 99 of them on
the gold alignment's own beads and the rest on the aligner's own slips, none
a translation error. So A003 judges a document's pairs only when their median
confidence shows the encoder separating translations there. In such a document
a source sentence the aligner left alone is often one the translator folded
into a neighbour's English (8 of the chapters' 10 A001 findings; the other 2
are the gold alignment's own omissions): A001 asks whether it was.
"""

from __future__ import annotations

import statistics

from qa.checks.context import DocContext
from qa.model import Pair

# between the median confidence of free (0.31-0.78) and close (0.92-0.96) translation checked as two files
SEPARATING_MEDIAN = 0.85
MIN_PAIRS = 8  # fewer two-sided pairs say nothing of the translation's closeness: A003 judges them all


def scores_separate(ctx: DocContext) -> bool:
    """True when the median confidence of the document's two-sided pairs is at least SEPARATING_MEDIAN
    (pairs a page or a pre-aligned file pairs itself carry 1.0), or when it has too few to tell."""
    def compute() -> bool:
        scores = [p.score for p in ctx.pairs if not p.is_one_sided]
        return len(scores) < MIN_PAIRS or statistics.median(scores) >= SEPARATING_MEDIAN

    return ctx.memo("similarity_gate.scores_separate", compute)


def folded_into_neighbour(pair: Pair, ctx: DocContext) -> bool:
    """A one-sided pair whose text, joined to a neighbouring pair's same side, leaves that pair at least as like
    its other side: the translator folded the sentence in (a real omission adds meaning the English lacks and
    lowers the likeness; the chapters' two did, by 0.02-0.15 on both sides). English sentences likewise: a novel's
    translator writes two sentences for one, and the aligner leaves the second alone (A002)."""
    from qa.align.embed import embed

    pairs, english = ctx.pairs, not pair.source.strip()
    k = next(i for i, p in enumerate(pairs) if p is pair)
    for n in (k - 1, k + 1):
        if 0 <= n < len(pairs) and not pairs[n].is_one_sided:
            near, own = pairs[n], pair.target if english else pair.source
            side, other = (near.target, near.source) if english else (near.source, near.target)
            joined = own + " " * english + side if n > k else side + " " * english + own
            alone, merged, against = embed([side, joined, other])
            if float(merged @ against) >= float(alone @ against):
                return True
    return False
