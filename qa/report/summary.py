"""Counts and an MQM-style penalty score for one checked document.

The score follows the MQM scoring model: each finding costs penalty points by
severity (neutral 0, minor 1, major 5, critical 10) and the total is
normalised per 1,000 non-blank source characters, so documents of different
lengths compare. Characters rather than words because the source is Chinese,
which has no spaces to count words by.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable, Mapping

from qa import __version__
from qa.model import SEVERITY_ORDER, Alignment, Finding, Severity

WEIGHTS = {Severity.NEUTRAL: 0, Severity.MINOR: 1, Severity.MAJOR: 5, Severity.CRITICAL: 10}
FORMULA = (
    "penalty per 1,000 source characters = 1000 × ("
    + " + ".join(f"{WEIGHTS[s]}·{s.value}" for s in SEVERITY_ORDER)
    + ") ÷ non-blank source characters"
)


@dataclass(frozen=True)
class Summary:
    doc: str
    pairs: int
    source_chars: int
    total: int
    by_severity: dict[str, int]  # every severity, most serious first
    by_category: dict[str, int]  # most frequent first
    by_check: dict[str, int]
    penalty_points: int
    penalty_per_1000: float
    formula: str = FORMULA
    signature: dict[str, str] = field(default_factory=dict)
    extra: dict[str, str] = field(default_factory=dict)


def file_hash(path: Path | None) -> str:
    """First 12 hex digits of the file's SHA-256, so a run names the glossary it used."""
    if not path:
        return "(none)"
    try:
        from qa.io.files import sha256_file

        return "sha256:" + sha256_file(path)[:12]
    except OSError:
        return "(unreadable)"


def run_signature(settings=None, checks: Iterable[str] = ()) -> dict[str, str]:
    """What produced a result, key by key, tool version last (as sacrebleu orders its signature).

    The HTML report lists it, the terminal summary prints `signature_line` of
    it and the audit cache key hashes that line, so the three never disagree.
    """
    check_ids = list(checks)
    signature = {"checks": ",".join(check_ids) if check_ids else "(none)"}
    signature["glossary"] = file_hash(getattr(settings, "glossary", None))
    if settings is not None:
        signature.update(settings.describe())
    signature["version"] = __version__
    return signature


def signature_line(signature: Mapping[str, str]) -> str:
    """`key:value|…|version:x`; a `|` inside a value is written %7C so the line splits back exactly."""
    return "|".join(f"{key}:{str(value).replace('%', '%25').replace('|', '%7C')}" for key, value in signature.items())


def source_characters(alignment: Alignment) -> int:
    return sum(len("".join(pair.source.split())) for pair in alignment.body_pairs)


def summarize(
    alignment: Alignment,
    findings: Iterable[Finding],
    settings=None,
    checks: Iterable[str] = (),
    extra: Mapping[str, str] | None = None,
) -> Summary:
    findings = list(findings)
    severities = Counter(f.severity for f in findings)
    categories = Counter(f.category for f in findings)
    check_counts = Counter(f"{f.check_id} {f.check}" for f in findings)
    points = sum(WEIGHTS[f.severity] for f in findings)
    chars = source_characters(alignment)
    signature = run_signature(settings, checks)
    return Summary(
        doc=alignment.doc.id,
        pairs=len(alignment.body_pairs),
        source_chars=chars,
        total=len(findings),
        by_severity={s.value: severities.get(s, 0) for s in SEVERITY_ORDER},
        by_category=dict(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
        by_check=dict(sorted(check_counts.items())),
        penalty_points=points,
        penalty_per_1000=round(1000 * points / chars, 2) if chars else 0.0,
        signature=signature,
        extra=dict(extra or {}),
    )
