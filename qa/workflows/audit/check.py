"""One document of an audit, in whatever process runs it: read, align, check, write its reports.

The same steps as `qa check` (selected checks, severity overrides, accept
list, reports). Never raises: a document that cannot be read or checked
becomes an error row and the audit goes on.
"""

from __future__ import annotations

import importlib
import time
from pathlib import Path
from typing import Any

from qa.errors import QAError
from qa.io.files import shown
from qa.terminal import printable
from qa.workflows.audit.records import AuditConfig, DocumentResult, Task

_PREPARED: dict[str, tuple] = {}


def selected_specs(config: AuditConfig) -> list:
    """The checks to run, after importing the modules that declare them (as in a worker)."""
    from qa.checks.registry import all_checks
    from qa.selection import select_checks

    for module in config.check_modules:
        importlib.import_module(module)
    known = all_checks(with_off_by_default=True)
    if config.check_modules:  # exactly the checks the parent saw, whatever else got imported since
        known = [spec for spec in known if spec.func.__module__ in config.check_modules]
    return select_checks(config.settings, known)


def registered_check_modules() -> tuple[str, ...]:
    """Modules of every check registered in this process, so workers run the same checks."""
    from qa.checks.registry import REGISTRY, all_checks

    all_checks()
    return tuple(sorted({spec.func.__module__ for spec in REGISTRY.values()}))


def prepare(config: AuditConfig) -> tuple:
    """Checks, glossary and accept list, loaded once per process and configuration.

    run_audit calls it in the parent first, so configuration errors surface
    there; forked workers inherit the result, spawned ones load it again.
    """
    key = repr(config)
    if key not in _PREPARED:
        specs = selected_specs(config)
        glossary = None
        if config.settings.glossary is not None:
            from qa.glossary import load_glossary

            glossary = load_glossary(config.settings.glossary)
        accepted = None
        if not config.no_accept:
            from qa.accept import load_accept_list

            accepted = load_accept_list(config.settings.accept_path)
        _PREPARED.clear()
        _PREPARED[key] = (specs, glossary, accepted)
    return _PREPARED[key]


def one_line(err: BaseException) -> str:
    """The first line of an error, printable, with its type unless it is one of qa's own."""
    text = str(err).strip().splitlines()
    message = printable(shown(text[0])) if text else ""
    return message if isinstance(err, QAError) else f"{type(err).__name__}: {message}".rstrip(": ")


def check_task(task: Task, config: AuditConfig) -> DocumentResult:
    """Check one document and write its reports; never raises: failures become an error row."""
    started = time.perf_counter()
    try:
        fields = _check(task, config)
    except Exception as err:  # any failure of one document must not stop the audit
        return DocumentResult.failed(task, one_line(err), round(time.perf_counter() - started, 3))
    return DocumentResult(shown(task.path), task.rel, task.stem, seconds=round(time.perf_counter() - started, 3),
                          **fields)


def _reference(alignment, task: Task, config: AuditConfig) -> tuple[list, dict[str, Any] | None]:
    if not task.reference:
        return [], None
    from qa.compare import reference_findings

    extra, comparison = reference_findings(alignment, task.reference, config.min_chrf)
    return extra, {"path": shown(task.reference), "chrf": comparison.chrf, "ter": comparison.ter, "flagged": len(extra)}


def _check(task: Task, config: AuditConfig) -> dict[str, Any]:
    from qa.checking import check_alignment
    from qa.model import finding_row
    from qa.pipeline import load_alignment
    from qa.report import write_reports
    from qa.io.files import sha256_file
    from qa.report.summary import summarize
    from qa.workflows.audit.terminology import document_terms

    specs, glossary, accepted = prepare(config)
    alignment = load_alignment(task.path)
    if not alignment.body_pairs:
        raise QAError(f"{task.rel}: no text to check (empty document)")
    extra, reference = _reference(alignment, task, config)
    outcome = check_alignment(alignment, specs, glossary, config.settings, accepted, extra)
    stem = Path(task.stem)
    written = write_reports(alignment, outcome.findings, Path(config.outdir) / stem.parent, config.formats,
                            config.settings, extra_summary=outcome.notes, checks=[s.id for s in specs],
                            stem=stem.name, protect=[task.path], record=False)
    summary = summarize(alignment, outcome.findings, config.settings)
    threshold = config.settings.fail_on.rank
    reports = tuple(Path(p).relative_to(config.outdir).as_posix() for p in written)
    return {
        "pairs": summary.pairs,
        "source_chars": summary.source_chars,
        "findings": summary.total,
        "by_severity": summary.by_severity,
        "by_category": summary.by_category,
        "by_check": summary.by_check,
        "score": summary.penalty_per_1000,
        "failing": sum(1 for f in outcome.findings if f.severity.rank >= threshold),
        "reports": reports,
        "report_hashes": {rel: sha256_file(Path(p)) for rel, p in zip(reports, written)},
        "terms": document_terms(alignment, glossary),
        "reference": reference,
        "finding_rows": tuple(finding_row(f) for f in outcome.findings),
    }
