"""Run the selected checks over an alignment and collect findings."""

from __future__ import annotations

import gc
import threading
from contextlib import contextmanager
from dataclasses import replace
from typing import Collection, Iterable, Iterator, Sequence

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import CheckSpec, all_checks
from qa.lang.profile import with_source_views
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
        source_line=pair.source_line,
        target_line=pair.target_line,
        unit_id=pair.unit_id,
    )


_collector = threading.Lock()
_paused = {"depth": 0, "was_enabled": True}


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off while checks run, as it was after.

    The checks load dictionaries and build many small containers, which made
    the collector rescan everything alive 600 times a run (0.3 s of a cold
    `qa check`, an eighth of it); they leave a few thousand objects in
    cycles, collected once it is back on. Reference counting still frees the
    rest. Nested and concurrent runs count, so the last one out restores it.
    """
    with _collector:
        if _paused["depth"] == 0:
            _paused["was_enabled"] = gc.isenabled()
            gc.disable()
        _paused["depth"] += 1
    try:
        yield
    finally:
        with _collector:
            _paused["depth"] -= 1
            if _paused["depth"] == 0 and _paused["was_enabled"]:
                gc.enable()


def run_checks(
    alignment: Alignment,
    checks: Iterable[CheckSpec] | None = None,
    glossary=None,
    settings=None,
    pairs: Collection[str] | None = None,
) -> list[Finding]:
    """Findings of every check, pair checks first (in pair order), then document checks.

    `pairs` (ids) limits the pair checks to those pairs, for a caller that
    wants the findings about them only (`qa corrections verify`): their
    findings are the same as in a full run, since a pair check reports on its
    own pair and document views are still computed over every pair; document
    checks run whole and may report other pairs too.

    Gate checks (empty or untranslated target) run first on each pair; when one
    fires, the pair's other checks are skipped so one root cause is reported once.
    A check that defers to others loses a finding they also make (`apply_deferrals`).
    Checks read each pair's source view (the simplified copy of a
    traditional-script source, made when the document was read); findings
    quote the document as written. Reference checks (R101) are not run here:
    their findings come from the reference comparison.
    """
    with collector_paused():
        return _run_checks(alignment, checks, glossary, settings, pairs)


def _run_checks(alignment: Alignment, checks: Iterable[CheckSpec] | None, glossary, settings,
                pairs: Collection[str] | None) -> list[Finding]:
    specs = list(checks) if checks is not None else all_checks()
    viewed = alignment if any(p.source_view for p in alignment.pairs) else with_source_views(alignment)
    checked = as_checked(viewed)
    gates = [s for s in specs if s.scope == "pair" and s.gate]
    pair_checks = [s for s in specs if s.scope == "pair" and not s.gate]
    doc_checks = [s for s in specs if s.scope == "document"]
    doc_ctx = DocContext(checked, glossary=glossary, settings=settings)
    doc_id = alignment.doc.id
    findings: list[Finding] = []
    for pair in checked.pairs:
        if pair.kind == "furniture" or (pairs is not None and pair.id not in pairs):
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
    findings = apply_deferrals(findings, specs)
    if checked is viewed:
        return findings
    written = {pair.id: pair for pair in viewed.pairs}
    return [_as_written(f, written.get(f.pair_id)) for f in findings]


def apply_deferrals(findings: Sequence[Finding], specs: Iterable[CheckSpec]) -> list[Finding]:
    """The findings less those of a check that defers to one reporting the same pair and source span.

    One error, one finding: T201 (glossary term missing) says nothing about a
    name whose rendering M101/M102/M104/M105 report, since their finding carries
    the glossary's rendering. Only checks that ran can take a finding over.
    """
    defers = {spec.id: spec.defers_to for spec in specs if spec.defers_to}
    if not defers:
        return list(findings)
    taken = {(f.pair_id, f.check_id, f.source_span) for f in findings if f.source_span}
    return [
        f for f in findings
        if not (f.source_span and any((f.pair_id, other, f.source_span) in taken for other in defers.get(f.check_id, ())))
    ]


def as_checked(alignment: Alignment) -> Alignment:
    """The alignment as the checks read it: each pair's source replaced by its view, when it has one.

    The views are made when the document is read (`qa.pipeline`); the engine
    makes them (`with_source_views`) only for an alignment built by hand.
    """
    if not any(pair.source_view for pair in alignment.pairs):
        return alignment
    pairs = tuple(replace(p, source=p.source_view, source_view="") if p.source_view else p for p in alignment.pairs)
    return Alignment(alignment.doc, pairs)


def _as_written(finding: Finding, original: Pair | None) -> Finding:
    """The finding with the pair's own text, its source span cut from the same place.

    opencc's t2s maps character for character almost always; when a phrase
    conversion changed the length, the simplified span is kept.
    """
    if original is None:
        return finding
    span, copy = finding.source_span, original.source_view or original.source
    if span and len(copy) == len(original.source) and (start := copy.find(span)) >= 0:
        span = original.source[start : start + len(span)]
    return replace(finding, source=original.source, source_span=span)
