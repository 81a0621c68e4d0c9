"""Run the selected checks over an alignment and collect findings."""

from __future__ import annotations

import gc
import sys
import threading
from contextlib import contextmanager
from dataclasses import replace
from functools import partial
from typing import Collection, Iterable, Iterator, Sequence

from qa.checks.context import DocContext, PairContext, Problem
from qa.checks.registry import CheckSpec, all_checks, check_set
from qa.checks.workers import fork_usable, resident_alive, resident_worker, run_pieces, settle
from qa.lang.profile import load_resources, with_source_views
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


_workers = {"processes": 1}
_runs = {"done": 0}  # documents checked in this process

# Two processes split the checks by family (module): the sentence encoder's checks (A004, and A006, which asks
# the encoder to break ties), the structure and punctuation checks run here; the name and entity checks, the
# spelling and qualifier checks, which share the
# name analysis and the romaniser, in the forked child. The term checks (T101-T103) run here on a process's
# first document, while the child loads the romaniser and the English word list (about 0.25 s), and in the
# child on later documents, when everything is loaded before it forks. On the sample page these splits
# balanced best (cold: about 1.15 s of CPU each where one process took 2.6 s). On later documents the
# consistency checks (T104-T106) run here too, since A004 embeds only what its gate cannot settle: warm on the
# sample page 0.59 and 0.56 s of CPU (0.43 and 0.69 with them in the child; 0.62 and 0.49 with the term checks
# here instead, which pay here for dictionary parts the child's name checks have loaded). Which process runs a
# check never changes a finding. The encoder's checks
# stay here: the HTML report links target-only findings to their source sentences when the encoder is
# loaded in this process (qa.report.linking), as it is after a serial run.
HERE_FAMILIES = frozenset({"structure", "tags", "quotes", "punctuation", "sentence_form", "untranslated",
                           "glossary_terms"})
HERE_ON_A_FIRST_DOCUMENT = frozenset({"terms"})
HERE_ON_LATER_DOCUMENTS = frozenset({"consistency"})
MIN_PAIRS_TO_SPLIT = 8  # fewer pairs: forking and loading shared resources twice cost more than they save


@contextmanager
def check_processes(processes: int) -> Iterator[None]:
    """Inside the block, each document's checks run in up to `processes` processes (2 at most; `qa check --jobs`)."""
    before = _workers["processes"]
    _workers["processes"] = processes
    try:
        if processes > 1:
            with resident_worker():  # the child of the first document checks the later ones too
                yield
        else:
            yield
    finally:
        _workers["processes"] = before


def usable_cores() -> int:
    """Cores this process may run on (its affinity where the OS tells it)."""
    import os

    try:
        return len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        return os.cpu_count() or 1


def split_checks(specs: Sequence[CheckSpec], pairs: int, first_document: bool = True) -> list[list[CheckSpec]]:
    """The checks in groups, one per process: two groups when allowed (`check_processes`) and worth it."""
    if _workers["processes"] < 2 or pairs < MIN_PAIRS_TO_SPLIT or not (resident_alive() or fork_usable()):
        return [list(specs)]
    groups = ([s for s in specs if runs_here(s, first_document)], [s for s in specs if not runs_here(s, first_document)])
    return [group for group in groups if group]


def runs_here(spec: CheckSpec, first_document: bool = True) -> bool:
    """The check runs in this process when the checks are split (the encoder's, HERE_FAMILIES', and the families
    kept here on a first or a later document)."""
    families = HERE_FAMILIES | (HERE_ON_A_FIRST_DOCUMENT if first_document else HERE_ON_LATER_DOCUMENTS)
    return "encoder" in spec.requires or spec.func.__module__.rsplit(".", 1)[-1] in families


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
    settle()
    viewed = alignment if any(p.source_view for p in alignment.pairs) else with_source_views(alignment)
    checked = as_checked(viewed)
    doc_ctx = DocContext(checked, glossary=glossary, settings=settings)
    todo = [p for p in checked.pairs if p.kind != "furniture" and (pairs is None or p.id in pairs)]
    gates = [s for s in specs if s.scope == "pair" and s.gate]
    gated = _gate_findings(todo, gates, doc_ctx)
    pair_checks = [s for s in specs if s.scope == "pair" and not s.gate]
    doc_checks = [s for s in specs if s.scope == "document"]
    # the document's size, not the pairs asked for: document checks and views read every pair (`corrections verify`)
    groups = split_checks(pair_checks + doc_checks, len(checked.pairs), first_document=not _runs["done"])
    if len(groups) > 1 and _runs["done"] and not resident_alive():
        # once loaded here, no later document's new child loads them; not the encoder, which only this process's
        # checks use and whose use (loaded, or embeddings from qa.align.embed_store) the HTML report reads as
        # "a check used it" (qa.report.linking)
        load_resources(r for r in check_set().requirements(specs) if r != "encoder")
    _runs["done"] += 1
    ungated = [(k, p) for k, p in enumerate(todo) if k not in gated]
    doc_ctx.checked_pairs = tuple(p for _, p in ungated)
    rank = {spec.id: k for k, spec in enumerate(pair_checks + doc_checks)}
    # a child kept for later documents loads what its checks may need there while this process writes reports
    child_needs = sorted(check_set().requirements(groups[-1]) - {"encoder"}) if len(groups) > 1 else []
    warm_up = partial(load_resources, child_needs) if child_needs else None
    parts = run_pieces([partial(_group_findings, ungated, group, doc_ctx, rank) for group in groups], after=warm_up)
    if any(part[2] for part in parts[1:]) and not _encoder_loaded():
        from qa.align.embed import model

        model()  # a child's check used the encoder: a serial run would have used it here (see HERE_FAMILIES)
    findings = _merged(todo, gated, parts)
    findings = apply_deferrals(findings, specs)
    if checked is viewed:
        return findings
    written = {pair.id: pair for pair in viewed.pairs}
    return [_as_written(f, written.get(f.pair_id)) for f in findings]


def _gate_findings(todo: Sequence[Pair], gates: Sequence[CheckSpec], doc_ctx: DocContext) -> dict[int, list[Finding]]:
    """Position in `todo` → the findings of the gate checks (empty or untranslated target) where one fires."""
    gated: dict[int, list[Finding]] = {}
    for k, pair in enumerate(todo):
        ctx = PairContext(pair, doc_ctx)
        found = [to_finding(spec, problem, problem.pair or pair, doc_ctx.alignment.doc.id)
                 for spec in gates for problem in spec.func(pair, ctx)]
        if found:
            gated[k] = found
    return gated


Ranked = list[tuple[int, Finding]]  # (rank of the check that made it, finding)
Part = tuple[dict[int, Ranked], Ranked, bool]  # one group's pair and document findings; the encoder loaded


def _encoder_loaded() -> bool:
    embed = sys.modules.get("qa.align.embed")  # never imported (with numpy) only to ask
    return embed is not None and embed.used()


def _group_findings(pairs: Sequence[tuple[int, Pair]], specs: Sequence[CheckSpec], doc_ctx: DocContext,
                    rank: dict[str, int]) -> Part:
    """One group's findings: (pair position → ranked pair-check findings, ranked document-check findings,
    whether this process used the sentence encoder (loaded it, or took embeddings from the store)).

    Pair by pair, each pair's checks in order, so a pair's views are built once
    and dropped with its context; then the document checks.
    """
    doc_id = doc_ctx.alignment.doc.id
    pair_specs = [s for s in specs if s.scope == "pair"]
    per_pair: dict[int, Ranked] = {}
    for k, pair in pairs:
        ctx = PairContext(pair, doc_ctx)
        found = [(rank[spec.id], to_finding(spec, problem, problem.pair or pair, doc_id))
                 for spec in pair_specs for problem in spec.func(pair, ctx)]
        if found:
            per_pair[k] = found
    documents: Ranked = []
    for spec in (s for s in specs if s.scope == "document"):
        for problem in spec.func(doc_ctx):
            if problem.pair is None:
                raise ValueError(f"document check {spec.id} must name the pair of each problem")
            documents.append((rank[spec.id], to_finding(spec, problem, problem.pair, doc_id)))
    return per_pair, documents, _encoder_loaded()


def _merged(todo: Sequence[Pair], gated: dict[int, list[Finding]], parts: Sequence[Part]) -> list[Finding]:
    """The groups' findings in the order of one serial run: pair by pair (gate findings, or each check's
    in check order), then the document checks in check order. Each check runs in one group, and a
    stable sort on the rank keeps a check's own findings in the order it made them."""
    findings: list[Finding] = []
    for k in range(len(todo)):
        if k in gated:
            findings.extend(gated[k])
            continue
        ranked = [item for per_pair, _, _ in parts for item in per_pair.get(k, ())]
        findings.extend(f for _, f in sorted(ranked, key=lambda item: item[0]))
    ranked = [item for _, documents, _ in parts for item in documents]
    findings.extend(f for _, f in sorted(ranked, key=lambda item: item[0]))
    return findings


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
