"""R1 checks: a translation far from a reference translation of the same source.

The findings come from the reference comparison (`qa.compare`, chrF and TER
with sacrebleu), which runs only when a reference is given (`qa audit
--reference DIR`); the engine never runs this family. Declaring the check
here is what lets `qa checks R101` explain it and select, ignore and
severity-overrides apply to it like every other check.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Iterable, Mapping

from qa.checks.context import Problem
from qa.checks.registry import check
from qa.model import Pair

if TYPE_CHECKING:
    from qa.compare import Comparison


@check(
    "R101",
    "diverges-from-reference",
    category="Other/Diverges from reference",
    severity="neutral",
    scope="reference",
    example="reference: Chang'an Jun said …  target: Zhang Anjun stressed … (chrF 31.2 < 40)",
)
def diverges_from_reference(
    comparison: "Comparison", pairs: Mapping[str, Pair], reference_name: str, min_chrf: float
) -> Iterable[Problem]:
    """The translation is far from a reference translation of the same source (chrF below --min-chrf).

    Runs only in `qa audit --reference DIR`, where each document is compared
    pair by pair with the file of the same name in DIR. A low chrF is not an
    error in itself (two good translations can differ), so the finding is
    neutral: it points a reviewer at the pairs to read side by side, and
    suggests the reference's text.
    """
    for row in comparison.rows:
        if row.chrf >= min_chrf or not row.first:
            continue
        yield Problem(
            f"diverges from reference {reference_name}: chrF {row.chrf:.1f} < {min_chrf:g}"
            f" (TER {row.ter:.1f}; {comparison.chrf_signature})",
            suggestion=row.other or "(nothing matched in the reference)",
            pair=pairs[row.pair_id],
        )
