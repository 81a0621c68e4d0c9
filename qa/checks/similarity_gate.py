"""Whether the aligner's confidence tells a document's translations from its wrong pairs (A003's, A001's and
A002's gate).

A003 reports a pair the aligner scored below LOW_SCORE, which on close translation means a mistranslation or a
misalignment. How close a translation is sets how much the score says. News and official prose checked as two
files keep a median confidence of 0.92-0.96 over their sentence pairs (WMT19, NTREX, news22 ref B; single
documents down to about 0.73), and a pair below 0.15 stands out. A novel's free translation sits at 0.31-0.78
(the six MAC-Dev chapters), and there a published, correctly aligned pair scores 0.01 as often as a misaligned
one: checked as two files, the chapters drew 186 A003 findings, 99 of them on the gold alignment's own beads and
the rest on the aligner's own slips, none a translation error. So A003 judges a document's pairs only when
their median confidence shows the encoder separating translations there, or where the pair stands out among
confidently paired neighbours (and everywhere in two files that are not each other's translation at all). In a
free translation a sentence the aligner left alone is often one the translator folded into a neighbour (8 of
the chapters' 10 A001 findings; the other 2 are the gold alignment's own omissions): A001 and A002 ask whether
it was.
"""

from __future__ import annotations

import statistics
from collections.abc import Sequence

from qa.checks.context import DocContext
from qa.model import Pair

# between the median confidence of free (0.31-0.78) and close (0.92-0.96) translation checked as two files
SEPARATING_MEDIAN = 0.85
MIN_PAIRS = 8  # fewer two-sided pairs say nothing of the translation's closeness: A003 judges them all
# below this the two files are not each other's translation at all (WMT19 lines 1-60 against 601-660: 0.02;
# the freest MAC-Dev chapter: 0.31): every low pair is reported
UNRELATED_MEDIAN = 0.1
# a low pair among neighbours (NEIGHBOURS each side) whose median is at least this stands out: a wrong line in
# news22 documents whose own median is 0.73-0.84 (its neighbours: 0.70-0.95, median 0.84), where a novel's
# low pairs sit among others (median 0.45; 28 of 186 at 0.7 or more)
STANDS_OUT_MEDIAN = 0.7
NEIGHBOURS = 3


def scores_separate(ctx: DocContext) -> bool:
    """True when the median confidence of the document's two-sided pairs is at least SEPARATING_MEDIAN (pairs a
    page or a pre-aligned file pairs itself carry 1.0) or below UNRELATED_MEDIAN (files that are not each other's
    translation), or when it has too few pairs to tell."""
    def compute() -> bool:
        scores = [p.score for p in ctx.pairs if not p.is_one_sided]
        if len(scores) < MIN_PAIRS:
            return True
        median = statistics.median(scores)
        return median >= SEPARATING_MEDIAN or median < UNRELATED_MEDIAN

    return ctx.memo("similarity_gate.scores_separate", compute)


def _placed(pairs: Sequence[Pair], name: str, ctx: DocContext) -> dict[int, int]:
    """Each pair's place in `pairs` by identity, worked out once per document (not a scan per pair asked)."""
    return ctx.memo(f"similarity_gate.{name}", lambda: {id(p): k for k, p in enumerate(pairs)})


def stands_out(pair: Pair, ctx: DocContext) -> bool:
    """The pair's two-sided neighbours (NEIGHBOURS each side) have a median confidence of STANDS_OUT_MEDIAN or
    more: a wrong line among confidently paired ones, whatever the document's median."""
    two_sided = ctx.memo("similarity_gate.two_sided", lambda: [p for p in ctx.pairs if not p.is_one_sided])
    k = _placed(two_sided, "two_sided_places", ctx).get(id(pair))
    if k is None:
        return False
    near = [p.score for p in two_sided[max(k - NEIGHBOURS, 0) : k] + two_sided[k + 1 : k + 1 + NEIGHBOURS]]
    return bool(near) and statistics.median(near) >= STANDS_OUT_MEDIAN


def folded_into_neighbour(pair: Pair, ctx: DocContext) -> bool:
    """A one-sided pair whose text, joined to a neighbouring pair's same side, leaves that pair at least as like
    its other side: the translator folded the sentence in (a real omission adds meaning the English lacks and
    lowers the likeness; the chapters' two did, by 0.02-0.15 on both sides). English sentences likewise: a novel's
    translator writes two sentences for one, and the aligner leaves the second alone (A002)."""
    from qa.align.embed import embed

    pairs, english = ctx.pairs, not pair.source.strip()
    k = _placed(pairs, "places", ctx).get(id(pair))
    space = " " if english else ""
    for n in (k - 1, k + 1) if k is not None else ():
        if 0 <= n < len(pairs) and not pairs[n].is_one_sided:
            near, own = pairs[n], pair.target if english else pair.source
            side, other = (near.target, near.source) if english else (near.source, near.target)
            joined = own + space + side if n > k else side + space + own
            alone, merged, against = embed([side, joined, other])
            if float(merged @ against) >= float(alone @ against):
                return True
    return False
