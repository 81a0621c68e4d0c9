"""Run the selected checks over an alignment and collect findings."""

from __future__ import annotations

from typing import Iterable

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import CheckSpec, all_checks
from qa.model import Alignment, Finding, Pair


def to_finding(spec: CheckSpec, problem: Problem, pair: Pair, doc_id: str) -> Finding:
    return Finding(
        check_id=spec.id,
        check=spec.name,
        category=spec.category,
        severity=problem.severity or spec.severity,
        pair_id=pair.id,
        source=pair.source,
        target=pair.target,
        source_span=problem.source_span,
        target_span=problem.target_span,
        message=problem.message,
        suggestion=problem.suggestion,
        doc=doc_id,
    )


def run_checks(
    alignment: Alignment,
    checks: Iterable[CheckSpec] | None = None,
    glossary=None,
    settings=None,
) -> list[Finding]:
    """Findings of every check, pair checks first (in pair order), then document checks.

    Gate checks (empty or untranslated target) run first on each pair; when one
    fires, the pair's other checks are skipped so one root cause is reported once.
    A traditional-script document is checked through a simplified copy of its
    source (dictionaries, pinyin and segmentation know simplified characters)
    and reported in its own script.
    """
    if dict(alignment.doc.meta).get("script") == "traditional":
        return _check_traditional(alignment, checks, glossary, settings)
    specs = list(checks) if checks is not None else all_checks()
    gates = [s for s in specs if s.scope == "pair" and s.gate]
    pair_checks = [s for s in specs if s.scope == "pair" and not s.gate]
    doc_checks = [s for s in specs if s.scope == "document"]
    doc_ctx = DocContext(alignment, glossary=glossary, settings=settings, selected=frozenset(s.id for s in specs))
    doc_id = alignment.doc.id
    findings: list[Finding] = []
    for pair in alignment.pairs:
        if pair.kind == "furniture":
            continue
        ctx = PairContext(pair, doc_ctx)
        gated = False
        for spec in gates:
            for problem in spec.func(pair, ctx):
                findings.append(to_finding(spec, problem, problem.pair or pair, doc_id))
                gated = True
        if gated:
            continue
        for spec in pair_checks:
            for problem in spec.func(pair, ctx):
                findings.append(to_finding(spec, problem, problem.pair or pair, doc_id))
    for spec in doc_checks:
        for problem in spec.func(doc_ctx):
            if problem.pair is None:
                raise ValueError(f"document check {spec.id} must name the pair of each problem")
            findings.append(to_finding(spec, problem, problem.pair, doc_id))
    return findings


def _check_traditional(alignment: Alignment, checks, glossary, settings) -> list[Finding]:
    from dataclasses import replace

    from qa.lang.traditional import to_simplified

    originals = {pair.id: pair for pair in alignment.pairs}
    simplified = tuple(replace(pair, source=to_simplified(pair.source)) for pair in alignment.pairs)
    meta = tuple((k, v) for k, v in alignment.doc.meta if k != "script") + (("script", "simplified"),)
    checked = Alignment(replace(alignment.doc, meta=meta), simplified)
    copies = {pair.id: pair.source for pair in simplified}
    findings = run_checks(checked, checks, glossary=glossary, settings=settings)
    return [_in_original_script(f, originals.get(f.pair_id), copies.get(f.pair_id, "")) for f in findings]


def _in_original_script(finding: Finding, original: Pair | None, copy: str) -> Finding:
    """The finding with the pair's own text, its source span cut from the same place.

    opencc's t2s maps character for character almost always; when a phrase
    conversion changed the length, the simplified span is kept.
    """
    from dataclasses import replace

    if original is None:
        return finding
    span = finding.source_span
    if span and len(copy) == len(original.source) and (start := copy.find(span)) >= 0:
        span = original.source[start : start + len(span)]
    return replace(finding, source=original.source, source_span=span)
