"""The editor's side of a report: verify it with the checks, accept it with a fix, or reject it."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable, Collection

from qa.errors import UsageError
from qa.model import Alignment, Finding, Pair
from qa.workflows.corrections.ledger import Correction, Ledger
from qa.workflows.corrections.locate import locate
from qa.workflows.corrections.rules import RuleRow, add_glossary_rule

FINDING_FIELDS = ("check_id", "check", "category", "severity", "source_span", "target_span", "message", "suggestion")


def _overlaps(span: str, matched: str) -> bool:
    a, b = span.casefold(), matched.casefold()
    return bool(a and b) and (a in b or b in a)


def check_document(path: str, settings=None, glossary=None, alignment: Alignment | None = None,
                   pairs: Collection[str] | None = None) -> tuple[Alignment, list[Finding]]:
    """The document aligned (unless given) and checked as `qa check` would; the service keeps the result.

    `pairs` (ids): only the findings about those pairs are complete (the pair
    checks run on them alone; see qa.checks.engine.run_checks).
    """
    from qa.checking import check_alignment
    from qa.checks.registry import all_checks
    from qa.config import Settings
    from qa.pipeline import load_alignment
    from qa.selection import select_checks

    settings = settings or Settings()
    alignment = alignment if alignment is not None else load_alignment(path)
    specs = select_checks(settings, all_checks(with_off_by_default=True))
    return alignment, check_alignment(alignment, specs, glossary, settings, pairs=pairs).findings


def _reported_pair(alignment: Alignment, item: Correction) -> Pair:
    """The pair a report is about: the one it names, or, when the document changed since, where its quote is now."""
    pair = next((p for p in alignment.pairs if p.id == item.pair_id and p.target == item.target), None)
    return pair if pair is not None else locate(alignment, item.wrong).pair


def verify(ledger: Ledger, correction_id: int, settings=None, glossary=None,
           checked: Callable[[str], tuple[Alignment, list[Finding]]] | None = None) -> dict[str, Any]:
    """Run the checks on the document and keep those about the reported pair; store the verdict.

    `checked` gives a document's alignment and findings (default: computed now,
    as the CLI does once per call, with the pair checks run on the reported
    pair only; the service passes its cache).
    """
    from qa.pipeline import load_alignment

    item = ledger.get(correction_id)
    if checked is None:
        alignment = load_alignment(item.doc)
        pair = _reported_pair(alignment, item)
        findings = check_document(item.doc, settings, glossary, alignment=alignment, pairs={pair.id})[1]
    else:
        alignment, findings = checked(item.doc)
        pair = _reported_pair(alignment, item)
    on_pair = [f for f in findings if f.pair_id == pair.id]
    field = "target_span" if item.side == "target" else "source_span"
    agreeing = [f for f in on_pair if _overlaps(getattr(f, field), item.matched)]
    verdict = {
        "agrees": bool(agreeing),
        "pair_id": pair.id,
        "source": pair.source,
        "target": pair.target,
        "findings": [
            {k: (getattr(f, k).value if k == "severity" else getattr(f, k)) for k in FINDING_FIELDS}
            | {"about_quote": f in agreeing}
            for f in on_pair
        ],
    }
    term = next((f.source_span for f in agreeing if f.source_span), "")
    ledger.update(correction_id, verdict=json.dumps(verdict, ensure_ascii=False), term=item.term or term)
    return verdict


def accept(ledger: Ledger, correction_id: int, fix: str, rule: bool = False, term: str = "",
           glossary: Path | None = None, editor: str = "") -> tuple[Correction, list[RuleRow]]:
    """Accept a report with its fix; with `rule`, also forbid the wrong rendering in the glossary."""
    item = ledger.get(correction_id)
    if item.status not in ("open", "accepted"):
        raise UsageError(f"correction #{correction_id} is {item.status}; only open reports can be accepted")
    if not fix.strip():
        raise UsageError("--fix is empty")
    term = term or item.term
    added: list[RuleRow] = []
    if rule:
        if not term:
            raise UsageError(
                f"correction #{correction_id}: which source term is this rule for? "
                "Run `qa corrections verify` first or give --term"
            )
        note = f"correction #{correction_id}" + (f" from {item.reporter}" if item.reporter else "")
        added = add_glossary_rule(glossary or Path("glossary.tsv"), term, item.wrong, fix.strip(), note)
    updated = ledger.update(correction_id, status="accepted", fix=fix.strip(), rule=int(rule), term=term, editor=editor)
    return updated, added


def reject(ledger: Ledger, correction_id: int, why: str, editor: str = "") -> Correction:
    """Reject a report; the reason is kept so the reader can be told."""
    item = ledger.get(correction_id)
    if item.status == "applied":
        raise UsageError(f"correction #{correction_id} is already applied")
    if not why.strip():
        raise UsageError("--why is empty: say why the report is rejected")
    return ledger.update(correction_id, status="rejected", reason=why.strip(), editor=editor)


def mark_duplicate(ledger: Ledger, correction_id: int, of: int, editor: str = "") -> Correction:
    """File a report under an earlier one about the same error (its root when that is itself a duplicate)."""
    item, original = ledger.get(correction_id), ledger.get(of)
    while original.duplicate_of:
        original = ledger.get(original.duplicate_of)
    if original.id == item.id:
        raise UsageError(f"correction #{correction_id} cannot be a duplicate of itself")
    if item.status == "applied":
        raise UsageError(f"correction #{correction_id} is already applied")
    for child in ledger.duplicates(item.id):  # its own group moves with it
        ledger.update(child.id, duplicate_of=original.id)
    return ledger.update(correction_id, status="duplicate", duplicate_of=original.id,
                         reason=f"same error as #{original.id}", editor=editor)
