"""Batch audits: every document under some folders, checked in parallel, summarised.

Each document goes through the same steps as `qa check` (read and align,
selected checks, severity overrides, accept list, reports), in long-lived
worker processes (a spawn-safe pool, so the sentence-embedding model loads
once per worker, not once per document) or on a Dask cluster. The parent
alone writes the cache, the summary and the dashboard, so workers never
contend for a file. A document that cannot be read or checked becomes an
error row; the audit goes on.
"""

from __future__ import annotations

import csv
import glob
import hashlib
import io
import json
import os
import sys
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from qa import __version__
from qa.config import Settings
from qa.errors import QAError, UsageError

CACHE_NAME = ".qa-audit.sqlite"
SEVERITIES = ("critical", "major", "minor", "neutral")
FLAGGED_NAME_STATUSES = frozenset({"wrong-reading", "misspelt", "dropped-surname", "truncated-given"})


# ---------------------------------------------------------------- what to do


@dataclass(frozen=True)
class AuditConfig:
    """Everything a worker needs to check a document; picklable, hashed for the cache."""

    settings: Settings
    outdir: str
    check_modules: tuple[str, ...] = ()  # modules that register the checks, imported in each worker
    no_accept: bool = False
    reference_dir: str | None = None
    min_chrf: float = 40.0

    @property
    def formats(self) -> tuple[str, ...]:
        """Per-document report formats: the settings' own, never a second copy that could disagree."""
        return self.settings.formats

    def fingerprint(self) -> str:
        """Hash of what shapes a document's result besides its own bytes and the tool version."""
        from qa.report.summary import file_hash

        ids = [f"{s.id}={s.severity.value}" for s in selected_specs(self)]
        parts = {
            "settings": self.settings.describe(),
            "formats": list(self.formats),
            "checks": ids,
            "glossary": file_hash(self.settings.glossary),
            "accept": "off" if self.no_accept else file_hash(self.settings.accept_path),
            "reference": _folder_state(self.reference_dir),
            "min_chrf": self.min_chrf,
            "outdir": str(Path(self.outdir).resolve()),
            "code": _code_state(),
        }
        return hashlib.sha256(json.dumps(parts, sort_keys=True).encode()).hexdigest()[:16]


@dataclass(frozen=True)
class Task:
    path: str
    rel: str  # path relative to the audited folder, for people
    stem: str  # report path inside the output folder, without extension (unique)
    reference: str | None = None


def _code_state() -> str:
    """Size and mtime of qa's own source files: an edited check (editable install) misses the cache."""
    root = Path(__file__).resolve().parent
    entries = [f"{p.relative_to(root)}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sorted(root.rglob("*.py"))]
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()[:16]


def _folder_state(folder: str | None) -> str:
    if not folder:
        return ""
    entries = []
    for path in sorted(Path(folder).rglob("*")):
        if path.is_file():
            stat = path.stat()
            entries.append(f"{path.relative_to(folder)}:{stat.st_size}:{stat.st_mtime_ns}")
    return hashlib.sha256("\n".join(entries).encode()).hexdigest()[:16]


def selected_specs(config: AuditConfig):
    """The checks to run, after importing the modules that declare them (as in a worker)."""
    import importlib

    from qa.checks.registry import all_checks
    from qa.selection import select_checks

    for module in config.check_modules:
        importlib.import_module(module)
    known = all_checks()
    if config.check_modules:  # exactly the checks the parent saw, whatever else got imported since
        known = [spec for spec in known if spec.func.__module__ in config.check_modules]
    return select_checks(config.settings, known)


def registered_check_modules() -> tuple[str, ...]:
    """Modules of every check registered in this process, so workers run the same checks."""
    from qa.checks.registry import REGISTRY, all_checks

    all_checks()
    return tuple(sorted({spec.func.__module__ for spec in REGISTRY.values()}))


# ---------------------------------------------------------------- finding documents


def supported_suffixes() -> set[str]:
    """What a folder walk takes: every supported format but Markdown, which in an
    archive is mostly READMEs and notes (a .md file named on the command line is
    still checked)."""
    from qa.io import SUPPORTED

    return set(SUPPORTED) - {".md"}


def _is_hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def discover(paths: Sequence[str | Path], exclude: Sequence[Path] = ()) -> list[tuple[Path, str]]:
    """(file, path relative to its root) for every document under `paths`, in a stable order.

    Folders are walked recursively for supported extensions (hidden files and
    the output folder left out); a glob pattern is expanded; a file named
    explicitly is always taken, so an unsupported one becomes an error row.
    """
    suffixes = supported_suffixes()
    excluded = [Path(e).resolve() for e in exclude]
    found: list[tuple[Path, str]] = []
    seen: set[Path] = set()

    def add(path: Path, rel: str) -> None:
        resolved = path.resolve()
        if resolved in seen or any(resolved == e or e in resolved.parents for e in excluded):
            return
        seen.add(resolved)
        found.append((path, rel))

    for raw in paths:
        root = Path(raw)
        if root.is_dir():
            for path in sorted(root.rglob("*")):
                rel = path.relative_to(root)
                if path.is_file() and path.suffix.lower() in suffixes and not _is_hidden(rel):
                    add(path, rel.as_posix())
        elif root.exists():
            add(root, root.name)
        elif glob.has_magic(str(raw)):
            matches = sorted(Path(p) for p in glob.glob(str(raw), recursive=True))
            for path in matches:
                if path.is_file():
                    add(path, path.as_posix())
            if not matches:
                raise UsageError(f"{raw}: the pattern matches no file")
        else:
            raise UsageError(f"{raw}: no such file or folder")
    return found


def _report_path(rel: str) -> Path:
    """`rel` as a path inside the output folder: relative to the working directory when
    absolute, with no `.`/`..` parts or leading dots, so a report never lands outside the folder or hidden."""
    path = Path(rel)
    if path.is_absolute():
        try:
            path = path.relative_to(Path.cwd())
        except ValueError:
            path = path.relative_to(path.anchor)
    parts = [part.lstrip(".") for part in path.parts if part not in ("", ".", "..")]
    parts = [part for part in parts if part]  # no hidden report files either
    return Path(*parts) if parts else Path("document")


def report_stems(rels: Sequence[str]) -> list[str]:
    """A unique report path per document: its normalised relative path without extension, made unique.

    Paths are normalised before the uniqueness test, so `a/doc.txt` and
    `../a/doc.txt` get `a/doc` and `a/doc_txt`, never the same report.
    """
    taken: set[str] = set()
    stems = []
    for rel in rels:
        path = _report_path(rel)
        candidates = [path.with_suffix("").as_posix(), (path.parent / path.name.replace(".", "_")).as_posix()]
        stem = next((c for c in candidates if c.lower() not in taken), None)
        n = 2
        while stem is None:
            candidate = f"{candidates[0]}-{n}"
            stem = candidate if candidate.lower() not in taken else None
            n += 1
        taken.add(stem.lower())  # case-folded: reports must not collide on case-insensitive disks
        stems.append(stem)
    return stems


def _reference_for(rel: str, reference_dir: str | None) -> str | None:
    """The reference document with the same relative path, or failing that the same stem."""
    if not reference_dir:
        return None
    root = Path(reference_dir)
    same = root / rel
    if same.is_file():
        return str(same)
    stem = Path(rel).stem
    for candidate in sorted(root.rglob(f"{stem}.*")):
        if candidate.is_file():
            return str(candidate)
    return None


# ---------------------------------------------------------------- one document (in a worker)


_PREPARED: dict[str, tuple] = {}


def _prepare(config: AuditConfig) -> tuple:
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


def _one_line(err: BaseException) -> str:
    text = str(err).strip().splitlines()
    message = text[0] if text else ""
    return message if isinstance(err, QAError) else f"{type(err).__name__}: {message}".rstrip(": ")


def check_task(task: Task, config: AuditConfig) -> dict[str, Any]:
    """Check one document and write its reports; never raises: failures become an error row."""
    started = time.perf_counter()
    row: dict[str, Any] = {"path": task.path, "rel": task.rel, "stem": task.stem}
    try:
        row.update(_check(task, config))
        row["status"] = "ok"
    except Exception as err:  # any failure of one document must not stop the audit
        row.update(status="error", error=_one_line(err))
    row["seconds"] = round(time.perf_counter() - started, 3)
    return row


def _check(task: Task, config: AuditConfig) -> dict[str, Any]:
    from qa.pipeline import load_alignment
    from qa.report import write_reports

    specs, glossary, accepted = _prepare(config)
    alignment = load_alignment(task.path)
    if not alignment.body_pairs:
        raise QAError(f"{task.rel}: no text to check (empty document)")
    extra, reference = [], None
    if task.reference:
        from qa.compare import reference_findings

        extra, comparison = reference_findings(alignment, task.reference, config.min_chrf)
        reference = {"path": task.reference, "chrf": comparison.chrf, "ter": comparison.ter, "flagged": len(extra)}
    from qa.checking import check_alignment

    outcome = check_alignment(alignment, specs, glossary, config.settings, accepted, extra)
    findings, notes = outcome.findings, outcome.notes
    stem = Path(task.stem)
    written = write_reports(
        alignment,
        findings,
        Path(config.outdir) / stem.parent,
        config.formats,
        config.settings,
        extra_summary=notes,
        checks=[s.id for s in specs],
        stem=stem.name,
        protect=[task.path],
    )
    from qa.report.summary import summarize

    summary = summarize(alignment, findings, config.settings)
    threshold = config.settings.fail_on.rank
    return {
        "pairs": summary.pairs,
        "source_chars": summary.source_chars,
        "findings": summary.total,
        "by_severity": summary.by_severity,
        "by_category": summary.by_category,
        "by_check": summary.by_check,
        "score": summary.penalty_per_1000,
        "failing": sum(1 for f in findings if f.severity.rank >= threshold),
        "reports": [Path(p).relative_to(config.outdir).as_posix() for p in written],
        "terms": document_terms(alignment, glossary),
        "reference": reference,
    }


# ---------------------------------------------------------------- terms of one document


def document_terms(alignment, glossary=None) -> dict[str, dict[str, list]]:
    """Source term -> rendering key -> [display, count, first pair id, flagged].

    Names come from the names machinery (qa.checks.names: every rendering of
    a Chinese name found in the English, with its status); recurring terms
    from the term machinery T101 uses (CC-CEDICT plus the document's own
    co-occurrence lexicon); quoted terms pair “…” in the Chinese with “…” in
    the English when both sides quote the same number of phrases.
    """
    from qa.checks.terms import document_term_renderings
    from qa.terms import chinese_quoted, english_quoted, fold_phrase

    terms: dict[str, dict[str, list]] = defaultdict(dict)

    def note(term: str, key: str, display: str, pair_id: str, flagged: bool, suggestion: str = "") -> None:
        entry = terms[term].setdefault(key, [display, 0, pair_id, flagged, suggestion])
        entry[1] += 1

    from qa.checks.context import DocContext
    from qa.checks.names import document_matches

    # the names M102 reports on, after its document-wide filter of doubtful ones, so the dashboard and the
    # proposed glossary never flag a rendering the check itself let through
    names = document_matches(DocContext(alignment, glossary=glossary))
    for pair in alignment.body_pairs:
        if pair.is_one_sided:
            continue
        for m in names.get(pair.id, ()):
            note(m.name.forms[-1], m.key, m.display, pair.id, m.status in FLAGGED_NAME_STATUSES, m.suggestion)
        zh, en = chinese_quoted(pair.source), english_quoted(pair.target)
        if zh and len(zh) == len(en):
            for term, rendering in zip(zh, en):
                note(term, "quote:" + fold_phrase(rendering), rendering, pair.id, False)
    for term, occurrences in document_term_renderings(alignment, glossary).items():
        for occurrence in occurrences:
            note(term, "term:" + occurrence.key, occurrence.text, occurrence.pair.id, False)
    return dict(terms)


# ---------------------------------------------------------------- running many


@dataclass
class AuditResult:
    rows: list[dict[str, Any]]
    outdir: Path
    cached: int = 0
    checked: int = 0
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)
    terminology: list[dict[str, Any]] = field(default_factory=list)
    fail_on: str = "major"

    @property
    def ok(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["status"] == "ok"]

    @property
    def errors(self) -> list[dict[str, Any]]:
        return [r for r in self.rows if r["status"] != "ok"]

    @property
    def exit_code(self) -> int:
        if not self.ok:
            return 2
        return 1 if any(r.get("failing") for r in self.ok) else 0


_POOL_CONFIG: AuditConfig | None = None


def _one_thread_per_worker() -> None:
    """The pool is the parallelism: BLAS threads inside each worker would only fight over the cores."""
    for name in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
        os.environ[name] = "1"


def _pool_init(config: AuditConfig) -> None:
    global _POOL_CONFIG
    _POOL_CONFIG = config
    _one_thread_per_worker()
    _prepare(config)  # import checks and load the glossary before the first document


def _pool_task(task: Task) -> dict[str, Any]:
    assert _POOL_CONFIG is not None
    return check_task(task, _POOL_CONFIG)


def warm_up(config: AuditConfig) -> None:
    """Load what every document needs (segmenter, dictionaries, sentence encoder) by checking a tiny pair.

    Done once in the parent before forking the workers, so they share what was
    loaded instead of each spending seconds loading its own copy. The omission
    check (A004) aligns the sentences of nearly every document with
    multi-sentence paragraphs, so when it is selected the sentence encoder and
    the aligner's dictionary are loaded too; the encoder runs on one BLAS
    thread (threadpoolctl), so forking after it is safe.
    """
    from qa.checks.engine import run_checks
    from qa.model import Alignment, Document, Pair

    specs, glossary, _ = _prepare(config)
    if any(spec.id == "A004" for spec in specs):
        from qa.align.cedict import index
        from qa.align.embed import embed

        embed(["长安君说。", "Chang'an Jun said."])
        index()
    pair = Pair("p0001", "长安君说，2021年全县人口增长了3%。", "Chang'an Jun said the county's population grew by 3 percent in 2021.")
    run_checks(Alignment(Document("warm-up", ""), (pair,)), specs, glossary=glossary, settings=config.settings)
    document_terms(Alignment(Document("warm-up", ""), (pair,)), glossary)


def start_method() -> str:
    """fork (after warming up the parent) where the OS has it; spawn elsewhere."""
    import multiprocessing

    return "fork" if sys.platform == "linux" and "fork" in multiprocessing.get_all_start_methods() else "spawn"


def _run_local(tasks: list[Task], config: AuditConfig, jobs: int, on_result: Callable, method: str | None = None) -> None:
    """One process for one job; otherwise a pool of long-lived workers.

    On Linux the parent loads the models once and forks the workers, which
    then share them; elsewhere (spawn) each worker loads its own on start.
    A worker that dies (out of memory, a crash in native code) breaks the
    pool; the documents still pending are retried once in a fresh pool, and
    those that break it again become error rows.
    """
    if jobs <= 1 or len(tasks) <= 1:  # in this process: its environment is the caller's, left alone
        for task in tasks:
            on_result(check_task(task, config))
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor, as_completed
    from concurrent.futures.process import BrokenProcessPool

    method = method or start_method()
    if method == "fork":
        warm_up(config)  # workers set their own thread limits in _pool_init
    context = multiprocessing.get_context(method)
    pending, attempt = list(tasks), 0
    while pending:
        attempt += 1
        broken: list[Task] = []
        with ProcessPoolExecutor(min(jobs, len(pending)), mp_context=context,
                                 initializer=_pool_init, initargs=(config,)) as pool:
            futures = {pool.submit(_pool_task, task): task for task in pending}
            for future in as_completed(futures):
                try:
                    on_result(future.result())
                except BrokenProcessPool:
                    broken.append(futures[future])
        if broken and attempt >= 2:
            for task in broken:
                on_result({"path": task.path, "rel": task.rel, "stem": task.stem, "status": "error",
                           "error": "the worker process died while checking this document"})
            break
        pending = broken


def _run_dask(tasks: list[Task], config: AuditConfig, scheduler, on_result: Callable) -> None:
    try:
        from dask.distributed import Client, as_completed
    except ImportError:
        raise UsageError("--engine dask needs the optional extra: pip install 'qa[dask]'") from None
    if not scheduler:
        raise UsageError("--engine dask needs --scheduler ADDRESS (e.g. tcp://10.0.0.5:8786)")
    try:
        client = Client(scheduler, timeout="20s")
    except OSError as err:
        raise UsageError(f"cannot reach the Dask scheduler {scheduler}: {err}") from None
    with client:
        futures = client.map(check_task, tasks, config=config, pure=False)
        for future in as_completed(futures):
            on_result(future.result())


def _content_hash(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _reports_present(outdir: Path, row: dict[str, Any]) -> bool:
    return all((outdir / rel).exists() for rel in row.get("reports", ()))


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
) -> AuditResult:
    """Audit every document under `paths`; write reports, summary.csv, index.html and the glossary proposal."""
    from tqdm import tqdm

    from qa.audit_cache import AuditCache

    started = time.perf_counter()
    outdir = Path(config.outdir)
    # The glossary and accept-list are configuration, not documents: load them once here, so a bad one
    # is one usage error (exit 2) whatever --jobs is. Forked workers and the sequential path reuse them.
    _prepare(config)
    found = discover(paths, exclude=[outdir])
    stems = report_stems([rel for _, rel in found])
    tasks = [
        Task(str(path), rel, stem, _reference_for(rel, config.reference_dir)) for (path, rel), stem in zip(found, stems)
    ]
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot create {outdir}: {err.strerror or err}") from None
    version, config_hash = __version__, config.fingerprint()
    results: dict[str, dict[str, Any]] = {}
    todo: list[Task] = []
    hashes: dict[str, str] = {}
    cached = 0
    with AuditCache(Path(cache_path) if cache_path else outdir / CACHE_NAME) as cache:
        for task in tasks:
            try:
                hashes[task.path] = _content_hash(Path(task.path))
            except OSError as err:
                results[task.path] = {"path": task.path, "rel": task.rel, "stem": task.stem, "status": "error",
                                      "error": f"cannot read: {err.strerror or err}"}
                continue
            hit = None if force else cache.get(task.path, hashes[task.path], version, config_hash)
            if hit is not None and _reports_present(outdir, hit):
                results[task.path] = {**hit, "stem": task.stem, "rel": task.rel}
                cached += 1
            else:
                todo.append(task)
        bar = tqdm(total=len(tasks), unit="doc", file=sys.stderr, disable=not progress, dynamic_ncols=True,
                   desc="audit", initial=len(results))
        findings = sum(r.get("findings", 0) for r in results.values())
        bar.set_postfix(findings=findings, refresh=False)

        def on_result(result: dict[str, Any]) -> None:
            nonlocal findings
            results[result["path"]] = result
            findings += result.get("findings", 0)
            if result["path"] in hashes and result["status"] == "ok":  # errors may be transient: retry them next run
                cache.put(result["path"], hashes[result["path"]], version, config_hash, result)
            bar.update(1)
            bar.set_postfix(findings=findings)

        try:
            if todo:
                if engine == "dask":
                    _run_dask(todo, config, scheduler, on_result)
                elif engine == "local":
                    _run_local(todo, config, jobs or os.cpu_count() or 1, on_result)
                else:
                    raise UsageError(f"--engine {engine!r}: expected local or dask")
        finally:
            bar.close()
    rows = [results[t.path] for t in tasks if t.path in results]
    audit = AuditResult(rows, outdir, cached=cached, checked=len(todo), fail_on=config.settings.fail_on.value)
    audit.terminology = cross_document_terms(rows)
    audit.written = write_outputs(audit)
    audit.seconds = round(time.perf_counter() - started, 2)
    return audit


# ---------------------------------------------------------------- across documents


def cross_document_terms(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Every source term seen in the archive, with its renderings and the documents using each.

    Entries are sorted with the inconsistent terms (more than one rendering,
    in more than one document) first.
    """
    merged: dict[str, dict[str, dict[str, Any]]] = defaultdict(dict)
    for row in rows:
        for term, renderings in (row.get("terms") or {}).items():
            for key, (display, count, pair_id, flagged, *rest) in renderings.items():
                slot = merged[term].setdefault(
                    key, {"display": Counter(), "count": 0, "docs": {}, "flagged": False, "suggestion": Counter()}
                )
                slot["display"][display] += count
                slot["count"] += count
                slot["docs"][row["stem"]] = {"count": count, "pair": pair_id, "report": _html_report(row)}
                slot["flagged"] = slot["flagged"] or bool(flagged)
                if rest and rest[0]:
                    slot["suggestion"][rest[0]] += count
    out = []
    for term, renderings in merged.items():
        variants = sorted(
            (
                {
                    "rendering": slot["display"].most_common(1)[0][0],
                    "count": slot["count"],
                    "flagged": slot["flagged"],
                    "suggestion": slot["suggestion"].most_common(1)[0][0] if slot["suggestion"] else "",
                    "docs": [{"stem": s, **d} for s, d in sorted(slot["docs"].items())],
                }
                for slot in renderings.values()
            ),
            key=lambda v: (-len(v["docs"]), -v["count"], v["rendering"]),
        )
        docs = {d["stem"] for v in variants for d in v["docs"]}
        out.append({
            "term": term,
            "variants": variants,
            "documents": len(docs),
            "inconsistent": len(variants) > 1 and len(docs) > 1,
        })
    out.sort(key=lambda t: (not t["inconsistent"], -t["documents"], t["term"]))
    return out


def _html_report(row: dict[str, Any]) -> str:
    return next((r for r in row.get("reports", ()) if r.endswith(".html")), "")


def proposed_glossary(terminology: Iterable[dict[str, Any]], min_documents: int = 2) -> list[tuple[str, str, str, str]]:
    """(source, target, status, note) rows: the rendering most documents use, for an editor to review.

    Renderings the checks flagged (a wrong reading, a misspelling) are never
    proposed; when every rendering was flagged, the checks' suggestion is.
    """
    rows = []
    for entry in terminology:
        if entry["documents"] < min_documents:
            continue
        clean = [v for v in entry["variants"] if not v["flagged"]]
        listing = "; ".join(f"{v['rendering']} ×{v['count']} in {len(v['docs'])} doc(s)" for v in entry["variants"])
        if clean:
            target = clean[0]["rendering"]
        else:
            target = next((v["suggestion"] for v in entry["variants"] if v["suggestion"]), "")
            listing += "; every rendering was flagged, suggestion of the checks"
        if target:
            rows.append((entry["term"], target, "preferred", f"{entry['documents']} documents: {listing}"))
    return rows


# ---------------------------------------------------------------- outputs


def summary_columns(rows: Sequence[dict[str, Any]]) -> list[str]:
    categories = sorted({c for r in rows for c in (r.get("by_category") or {})})
    reference = any(r.get("reference") for r in rows)
    return [
        "document", "path", "report", "status", "error", "pairs", "findings", *SEVERITIES, "score",
        *(["reference_chrf"] if reference else []), *categories,
    ]


def summary_csv(rows: Sequence[dict[str, Any]]) -> str:
    columns = summary_columns(rows)
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for row in rows:
        ok = row["status"] == "ok"
        line = {
            "document": row["stem"],
            "path": row["path"],
            "report": _html_report(row),
            "status": row["status"],
            "error": row.get("error", ""),
            "pairs": row.get("pairs", "") if ok else "",
            "findings": row.get("findings", "") if ok else "",
            "score": row.get("score", "") if ok else "",
        }
        for severity in SEVERITIES:
            line[severity] = (row.get("by_severity") or {}).get(severity, 0) if ok else ""
        for category in columns[columns.index("score") + 1:]:
            if category == "reference_chrf":
                line[category] = (row.get("reference") or {}).get("chrf", "")
            else:
                line[category] = (row.get("by_category") or {}).get(category, 0) if ok else ""
        writer.writerow(line)
    return buffer.getvalue()


def glossary_tsv(rows: Iterable[tuple[str, str, str, str]]) -> str:
    def clean(text: str) -> str:
        return " ".join(str(text).split())

    lines = ["source\ttarget\tstatus\tnote"]
    lines += ["\t".join(clean(c) for c in row) for row in rows]
    return "\n".join(lines) + "\n"


def write_outputs(audit: AuditResult) -> list[Path]:
    from qa.atomic import atomic_write_text as write_text
    from qa.report.dashboard import render_dashboard

    outdir = audit.outdir
    written = [
        write_text(outdir / "summary.csv", summary_csv(audit.rows)),
        write_text(outdir / "glossary.proposed.tsv", glossary_tsv(proposed_glossary(audit.terminology))),
        write_text(outdir / "terminology.json", json.dumps(audit.terminology, ensure_ascii=False, indent=1)),
        write_text(outdir / "index.html", render_dashboard(audit)),
    ]
    return written
