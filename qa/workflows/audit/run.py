"""`run_audit`: discover, serve from the cache what did not change, check the rest, write the outputs.

The parent alone writes the cache, the summary, the dashboard and the
manifest, so workers never contend for a file. The manifest is marked
"writing" before the first report is replaced and "complete" after the last
output, so a run killed half-way is visible as such to the next reader.
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Callable, Sequence

from qa import __version__
from qa.errors import UsageError
from qa.io.files import sha256_file, shown
from qa.report import manifest
from qa.report.summary import file_hash, run_signature, signature_line
from qa.workflows.audit.cache import AuditCache
from qa.workflows.audit.check import prepare, selected_specs
from qa.workflows.audit.discover import discover, reference_for, report_stems
from qa.workflows.audit.outputs import MANIFEST_NAME, previous_outputs, write_outputs
from qa.workflows.audit.pool import run_dask, run_local, sigterm_as_interrupt
from qa.workflows.audit.records import CACHE_NAME, AuditConfig, AuditResult, DocumentResult, Task, digest
from qa.workflows.audit.terminology import cross_document_terms


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def signature(config: AuditConfig) -> str:
    """The run signature (`checks:…|glossary:…|…|version:…`), as the reports and the terminal show it."""
    checks = [f"{s.id}" for s in selected_specs(config)]
    return signature_line(run_signature(config.settings, checks))


def cache_key(config: AuditConfig, line: str) -> str:
    """The run signature plus what else shapes a document's result besides its own bytes."""
    parts = {
        "signature": line,
        "formats": list(config.formats),
        "accept": "off" if config.no_accept else file_hash(config.settings.accept_path),
        "reference": _folder_state(config.reference_dir),
        "min_chrf": config.min_chrf,
        "outdir": str(Path(config.outdir).resolve()),
        "code": _code_state(),
    }
    return digest(json.dumps(parts, sort_keys=True))


def _code_state() -> str:
    """Size and mtime of qa's own source files: an edited check (editable install) misses the cache."""
    root = Path(__file__).resolve().parents[2]
    entries = [f"{p.relative_to(root)}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(root.rglob("*.py"))]
    return digest("\n".join(entries))


def _folder_state(folder: str | None) -> str:
    if not folder:
        return ""
    entries = []
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            stat = path.stat()
            entries.append(f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns}")
    return digest("\n".join(entries))


def _reports_intact(outdir: Path, row: DocumentResult) -> bool:
    """The cached row's reports are on disk, and are the ones it wrote (not a later, interrupted run's)."""
    try:
        return all(sha256_file(outdir / rel) == row.report_hashes.get(rel, "") for rel in row.reports)
    except OSError:
        return False


def plan(paths: Sequence[str | Path], config: AuditConfig) -> tuple[list[Task], list[DocumentResult]]:
    """The documents to check, and error rows for what the walk could not read."""
    outdir = Path(config.outdir)
    found = discover(paths, exclude=[outdir], skip_files=previous_outputs(outdir))
    unreadable = [DocumentResult(f.path and shown(f.path), f.rel, f.rel.rstrip("/") or "folder", status="error",
                                 error=f.error) for f in found if f.error]
    documents = [f for f in found if not f.error]
    stems = report_stems([f.rel for f in documents])
    tasks = [Task(f.path, f.rel, stem, reference_for(f.rel, config.reference_dir)) for f, stem in zip(documents, stems)]
    return tasks, unreadable


class _Progress:
    """Results by report stem (unique in a run), the cache and the progress bar, updated per document."""

    def __init__(self, cache: AuditCache, key: str, tasks: list[Task], done: dict[str, DocumentResult],
                 hashes: dict[str, str], show: bool):
        from qa.progress import progress_bar

        self.cache, self.key, self.results, self.hashes = cache, key, done, hashes
        self.paths = {task.stem: task.path for task in tasks}
        self.bar = progress_bar(len(tasks), "audit", enabled=show, initial=len(done))
        self.findings = sum(r.findings for r in done.values())

    def __call__(self, result: DocumentResult) -> None:
        self.results[result.stem] = result
        self.findings += result.findings
        path = self.paths.get(result.stem, "")
        if path in self.hashes and result.ok:  # errors may be transient: retry them next run
            self.cache.put(path, self.hashes[path], __version__, self.key, result)
        self.bar.update(1)
        self.bar.set_postfix(findings=self.findings)


def _from_cache(tasks: list[Task], cache: AuditCache, key: str, outdir: Path, force: bool):
    """(results served from the cache, tasks still to check, content hashes); unreadable files become rows."""
    results: dict[str, DocumentResult] = {}
    hashes: dict[str, str] = {}
    todo: list[Task] = []
    for task in tasks:
        try:
            hashes[task.path] = sha256_file(Path(task.path))
        except OSError as err:
            results[task.stem] = DocumentResult.failed(task, f"cannot read: {err.strerror or err}")
            continue
        hit = None if force else cache.get(task.path, hashes[task.path], __version__, key)
        if hit is not None and _reports_intact(outdir, hit):
            from dataclasses import replace

            results[task.stem] = replace(hit, stem=task.stem, rel=task.rel)
        else:
            todo.append(task)
    return results, todo, hashes


def _execute(todo: list[Task], config: AuditConfig, engine: str, jobs: int | None, scheduler, on_result) -> None:
    if not todo:
        return
    if engine == "dask":
        run_dask(todo, config, scheduler, on_result)
    elif engine == "local":
        run_local(todo, config, jobs or os.cpu_count() or 1, on_result)
    else:
        raise UsageError(f"--engine {engine!r}: expected local or dask")


def _output_folder(outdir: Path) -> None:
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot create {shown(outdir)}: {err.strerror or err}") from None


def run_audit(
    paths: Sequence[str | Path],
    config: AuditConfig,
    *,
    jobs: int | None = None,
    force: bool = False,
    engine: str = "local",
    scheduler=None,
    cache_path: str | Path | None = None,
    progress: bool = True,
    warn: Callable[[str], None] = _stderr,
) -> AuditResult:
    """Audit every document under `paths`; write reports, summary.csv, index.html, the glossary proposal
    and the manifest. SIGTERM during the run is an interrupt (KeyboardInterrupt), as Ctrl-C is."""
    started = time.perf_counter()
    outdir = Path(config.outdir)
    # The glossary and accept-list are configuration, not documents: load them once here, so a bad one
    # is one usage error (exit 2) whatever --jobs is. Forked workers and the sequential path reuse them.
    prepare(config)
    tasks, unreadable = plan(paths, config)
    _output_folder(outdir)
    line = signature(config)
    key = cache_key(config, line)
    previous = manifest.read_state(outdir / MANIFEST_NAME)
    run_id = manifest.new_run_id()
    with sigterm_as_interrupt(), AuditCache(Path(cache_path) if cache_path else outdir / CACHE_NAME, warn) as cache:
        results, todo, hashes = _from_cache(tasks, cache, key, outdir, force)
        manifest.begin(outdir / MANIFEST_NAME, run_id, "qa audit")
        on_result = _Progress(cache, key, tasks, results, hashes, progress)
        try:
            _execute(todo, config, engine, jobs, scheduler, on_result)
        finally:
            on_result.bar.close()
    rows = unreadable + [results[t.stem] for t in tasks if t.stem in results]
    audit = AuditResult(rows, outdir, cached=len(tasks) - len(todo) - _unreadable_files(results, todo),
                        checked=len(todo), fail_on=config.settings.fail_on.value, signature=line, run_id=run_id,
                        previous_set=previous, formats=config.formats)
    audit.terminology = cross_document_terms(audit.ok)
    audit.written = write_outputs(audit)
    audit.seconds = round(time.perf_counter() - started, 2)
    return audit


def _unreadable_files(results: dict[str, DocumentResult], todo: list[Task]) -> int:
    """Rows that failed before checking (the file could not be hashed): neither cached nor checked."""
    pending = {t.stem for t in todo}
    return sum(1 for stem, r in results.items() if not r.ok and stem not in pending)
