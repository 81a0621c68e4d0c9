"""The steps of checking one alignment, shared by `qa check`, `qa audit` and the ledger.

Run the selected checks, apply the editor's severity overrides, then drop
findings already accepted after review (reporting acceptances that no longer
occur). One function, so every command reports a document the same way.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Collection, Iterable, Sequence

from qa.checks.registry import CheckSpec
from qa.model import Alignment, Finding


@dataclass
class CheckOutcome:
    findings: list[Finding]
    notes: dict[str, str] = field(default_factory=dict)  # shown in the console and the report summary
    accepted: int = 0


def check_alignment(
    alignment: Alignment,
    specs: Sequence[CheckSpec],
    glossary=None,
    settings=None,
    accepted=None,
    extra_findings: Iterable[Finding] = (),
    findings: Sequence[Finding] | None = None,
    pairs: Collection[str] | None = None,
) -> CheckOutcome:
    """Findings for one document as every command reports them.

    `accepted` is a loaded accept-list (or None to audit everything);
    `extra_findings` are made outside the engine by checks of reference scope
    (R101, from the reference comparison): kept when their check is among
    `specs`, so select and ignore apply to them, and overridden like the rest;
    `findings` from an earlier call skip running the checks again (`--accept-all`
    records them, then filters them through the extended list); `pairs` (ids)
    limits the pair checks to those pairs (`run_checks`).
    """
    from qa.checks.engine import run_checks
    from qa.selection import apply_severity_overrides

    if findings is None:
        selected = {s.id for s in specs}
        findings = run_checks(alignment, specs, glossary=glossary, settings=settings, pairs=pairs)
        findings.extend(f for f in extra_findings if f.check_id in selected)
        if settings is not None:
            findings = apply_severity_overrides(findings, settings)
    findings = list(findings)
    outcome = CheckOutcome(findings)
    if accepted is None:
        return outcome
    from qa.accept import apply_accept_list

    # a reference check runs only when a reference is given: its acceptances are never called stale
    checked = [s.id for s in specs if s.scope != "reference"]
    applied = apply_accept_list(findings, accepted, doc_id=alignment.doc.id, checked_ids=checked)
    outcome.findings, outcome.accepted = applied.kept, len(applied.accepted)
    where = getattr(accepted, "path", "the accept-list")
    if applied.accepted:
        outcome.notes["accepted"] = f"{len(applied.accepted)} finding(s) left out as accepted in {where} (--no-accept shows them)"
    if applied.stale:
        listed = ", ".join(f"{e.fingerprint} {e.check_id}".strip() for e in applied.stale[:5])
        more = f" and {len(applied.stale) - 5} more" if len(applied.stale) > 5 else ""
        outcome.notes["stale acceptances"] = (
            f"{len(applied.stale)} accepted finding(s) in {where} no longer occur: {listed}{more}"
        )
    return outcome
