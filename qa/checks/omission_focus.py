"""A focusing or time adverb of the source that translators often leave unsaid (也, 还, 已经, 只, 才, 又, 再)
and the English lost: A008, off by default.

A007 reads only the adverbs translators keep. These are left unrendered in
17-63 % of their clean uses (qa.lang.focus_adverbs), mostly because the
English carries them by restructuring, so even read strictly
(qa.lang.focus_optin) a finding is far more often a translator's choice than a
lost meaning (10 of 136 clean findings read real): A008 runs only when a selection names it
(`--extend-select A008`; bench.detect --extend-select A008 measures it; docs/benchmarks.md has its figures).
"""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.focus_optin import missing_focus
from qa.lang.qualifiers import OFF_BY_DEFAULT_WORDS, missing_qualifiers, qualifier_uses
from qa.model import Pair


@check(
    "A008",
    "focus-adverb-omitted",
    category="Accuracy/Omission",
    requires=("segmenter", "dictionary", "lemmas"),
    severity="minor",
    defers_to=("A007", "N202"),
    off_by_default=True,
    example="source: 他们也参加了会议  target: They attended the meeting",
)
def focus_adverb_omitted(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """A focusing or time adverb often left unsaid (也 'also', 已经 'already', 只 'only', 又 'again') is not in the English.

    Reported when nothing in the English renders the adverb's meaning: for 也
    "also", "too", "as well", "either"; for 已经 "already", "so far" or a
    perfect tense; for 只 "only", "just", "merely" anywhere in the English.
    Where the grammar gives the adverb no sense of its own (不仅…也 "not only
    … but", 即使…也 "even if", 又…又 "both … and", 还是 of a question, 先…再
    "then", 只 as a measure word) it is not read, and what A007 reads (只
    before a figure: "only 5 minutes"; 乃至 "even") is A007's; 连…都/也 "even", read as A007 reads it, is reported
    here. Off by
    default: translators restructure these adverbs too often for a finding to
    be an error more often than not; give `--extend-select A008` to run it.
    """
    if not pair.source.strip() or not pair.target.strip():
        return
    skip = tuple((u.start, u.end) for u in qualifier_uses(pair.source))
    for use in missing_focus(pair.source, pair.target, skip):
        q = use.qualifier
        yield Problem(f"The source says {q.word} ({q.gloss}); nothing in the English renders it.",
                      source_span=pair.source[use.start : use.end], suggestion=f"Keep the adverb: {q.gloss}.")
    for use, _, _, _ in missing_qualifiers(pair.source, pair.target):
        q = use.qualifier
        if q.word in OFF_BY_DEFAULT_WORDS:  # 连…都/也 'even', read by A007's reading, reported only here
            yield Problem(f"The source says {q.word} ({q.gloss}); nothing in the English renders it.",
                          source_span=pair.source[use.start : use.end], suggestion=f"Keep the adverb: {q.gloss}.")
