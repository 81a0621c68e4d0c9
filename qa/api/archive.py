"""`qa.audit`: every document under some folders, checked in parallel, summarised.

The library `qa audit` calls (the command parses flags and prints the
summary). The result holds one row per document and, through
`finding_rows()` / `to_pandas()`, every finding of the archive in one table.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Callable, Iterable

from qa.api.document import Codes, PathLike, _codes, _path, _stderr
from qa.defaults import DEFAULT_MIN_CHRF
from qa.workflows.audit.records import AuditResult


def audit(
    paths: PathLike | Iterable[PathLike],
    outdir: PathLike = "reports",
    *,
    jobs: int | None = None,
    glossary: PathLike | None = None,
    select: Codes = None,
    extend_select: Codes = None,
    ignore: Codes = None,
    config: PathLike | None = None,
    severity_overrides: str | None = None,
    fail_on: str | None = None,
    accept_file: PathLike | None = None,
    accept: bool = True,
    formats: str | Iterable[str] | None = None,
    isolated: bool = False,
    force: bool = False,
    cache: PathLike | None = None,
    reference: PathLike | None = None,
    min_chrf: float = DEFAULT_MIN_CHRF,
    engine: str = "local",
    scheduler: str | None = None,
    progress: bool = False,
    warn: Callable[[str], None] = _stderr,
) -> AuditResult:
    """Audit every supported document under `paths` (folders, files or globs) into `outdir`.

    Writes each document's reports, summary.csv, findings.csv (and
    findings.xlsx with the xlsx format), index.html, terminology.json, the
    proposed glossary and the manifest; unchanged documents come from the
    cache unless `force`. A document that cannot be read is an error row,
    not an exception; usage errors raise qa.errors.QAError subclasses.
    """
    from qa.errors import InputError, UsageError
    from qa.workflows.audit import AuditConfig, registered_check_modules, run_audit

    paths = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    if not paths:
        raise UsageError("give at least one folder, file or glob to audit")
    if reference is not None and not Path(reference).is_dir():
        raise InputError(f"{reference}: no such folder (--reference)")
    if scheduler and engine != "dask":
        raise UsageError("--scheduler goes with --engine dask")
    outdir = Path(outdir)
    settings = _settings(
        paths[0], outdir, warn, select=_codes(select), ignore=_codes(ignore),
        extend_select=_codes(extend_select), severity_overrides=severity_overrides,
        fail_on=fail_on, glossary=_path(glossary), accept_file=_path(accept_file),
        formats=formats if formats is None or isinstance(formats, str) else ",".join(formats),
        config_file=_path(config), isolated=isolated,
    )
    audit_config = AuditConfig(
        settings=settings, outdir=str(outdir), check_modules=registered_check_modules(), no_accept=not accept,
        reference_dir=str(reference) if reference else None, min_chrf=min_chrf,
    )
    return run_audit(paths, audit_config, jobs=jobs, force=force, engine=engine, scheduler=scheduler,
                     cache_path=cache, progress=progress, warn=warn)


def _settings(first: PathLike, outdir: Path, warn: Callable[[str], None], **options):
    """The audit's settings (the configuration nearest the first path, then the arguments), every code known,
    and no archive-wide output over the glossary, the configuration or the accept-list."""
    from qa.checks.registry import all_checks
    from qa.config import settings_from_cli
    from qa.io.guard import refuse_overwriting
    from qa.selection import require_known_codes
    from qa.workflows.audit.outputs import archive_outputs

    settings = settings_from_cli(first, **options, warn=warn)
    require_known_codes(settings, all_checks(with_off_by_default=True))
    refuse_overwriting(archive_outputs(outdir), [(settings.glossary, "the glossary"),
                                                 (settings.config_path, "the configuration"),
                                                 (settings.accept_path, "the accept-list")])
    return settings
