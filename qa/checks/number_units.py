"""N204: a figure kept while its unit changed (800公里 → "800 miles"); see qa.lang.unit_slips."""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import PairContext, Problem
from qa.checks.registry import check
from qa.lang.unit_slips import unit_slips
from qa.model import Pair


def _rounded(value: float) -> str:
    """Three significant figures, as an editor would write the conversion: 497, 11, 2.2, 0.31."""
    return f"{float(f'{value:.3g}'):,g}"


@check(
    "N204",
    "unit-changed-figure-kept",
    category="Accuracy/Mistranslation",
    requires=("segmenter", "dictionary"),
    severity="major",
    example="source: 海啸以800公里的时速扑来  target: at 800 miles an hour",
)
def unit_changed_figure_kept(pair: Pair, ctx: PairContext) -> Iterable[Problem]:
    """The target keeps the source's figure but puts another unit after it, unconverted.

    Number checks compare figures, so 800公里 and "800 miles" agree there; the
    distance is wrong by 60 %. Reported only when no target figure gives the
    source measure converted ("800 km (497 miles)")."""
    for slip in unit_slips(pair.source, pair.target):
        yield Problem(
            f"The source has {slip.source}, the target {slip.target}: the unit changed but the figure did not "
            f"({slip.source} is about {_rounded(slip.converted)} {slip.target_unit}).",
            source_span=slip.source,
            target_span=slip.target,
            suggestion=f"Keep the source's unit, or convert the figure (about {_rounded(slip.converted)} {slip.target_unit}).",
        )
