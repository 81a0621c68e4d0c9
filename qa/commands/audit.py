"""`qa audit`: check every document under some folders and summarise the archive.

Exit status follows `qa check` over all documents: 1 when any document has
a finding at or above --fail-on, 0 otherwise, and 2 when no document could
be read at all (or for a usage error). Documents that fail alone are rows in
the summary, not a reason to stop.
"""

from __future__ import annotations

from pathlib import Path

import click

from qa.commands.options import settings_options
from qa.defaults import DEFAULT_MIN_CHRF


@click.command("audit")
@click.argument("paths", nargs=-1, required=True)
@click.option("-o", "--out", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"), show_default=True, help="Folder for reports, summary.csv and index.html.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Worker processes (default: all cores).")
@settings_options
@click.option("--force", is_flag=True, help="Check every document again, ignoring the cache.")
@click.option("--cache", "cache_file", type=click.Path(dir_okay=False, path_type=Path), help="Cache database (default DIR/.qa-audit.sqlite).")
@click.option("--reference", "reference_dir", type=click.Path(file_okay=False, path_type=Path), help="Folder of reference translations (same relative path or same name).")
@click.option("--min-chrf", type=float, default=DEFAULT_MIN_CHRF, show_default=True, help="With --reference: flag pairs whose chrF is below this.")
@click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True, help="Local process pool, or an existing Dask cluster.")
@click.option("--scheduler", metavar="ADDRESS", help="With --engine dask: the scheduler, e.g. tcp://10.0.0.5:8786.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def audit(
    paths: tuple[str, ...],
    outdir: Path,
    jobs: int | None,
    glossary: Path | None,
    formats: str | None,
    select: str | None,
    extend_select: str | None,
    ignore: str | None,
    severity_overrides: str | None,
    fail_on: str | None,
    accept_file: Path | None,
    no_accept: bool,
    config_file: Path | None,
    isolated: bool,
    exit_zero: bool,
    force: bool,
    cache_file: Path | None,
    reference_dir: Path | None,
    min_chrf: float,
    engine: str,
    scheduler: str | None,
    quiet: bool,
) -> None:
    """Audit every document under PATHS (folders, files or globs) in parallel."""
    from qa.api.archive import audit as run_audit

    def to_stderr(message: str) -> None:
        click.echo(message, err=True)

    result = run_audit(paths, outdir, jobs=jobs, glossary=glossary, select=select, ignore=ignore, config=config_file,
                       extend_select=extend_select,
                       severity_overrides=severity_overrides, fail_on=fail_on, accept_file=accept_file,
                       accept=not no_accept, formats=formats, isolated=isolated, force=force, cache=cache_file,
                       reference=reference_dir, min_chrf=min_chrf, engine=engine, scheduler=scheduler,
                       progress=not quiet, warn=to_stderr)
    _report(result, outdir, result.fail_on)
    raise SystemExit(0 if exit_zero and result.exit_code == 1 else result.exit_code)


def _report(result, outdir: Path, fail_on: str) -> None:
    """The terminal summary: counts, the first errors, the signature, where the outputs are."""
    from qa.io.files import shown
    from qa.terminal import printable

    findings = sum(r.findings for r in result.ok)
    click.echo(
        f"{len(result.rows)} document(s): {len(result.ok)} ok, {len(result.errors)} could not be read or checked; "
        f"{findings} finding(s); {result.checked} checked now, {result.cached} from cache, {result.seconds:.1f} s"
    )
    for row in result.errors[:20]:
        message = row.error if row.error.startswith(row.path) else f"{row.rel}: {row.error}"
        click.echo(f"  error: {printable(message)}", err=True)
    if len(result.errors) > 20:
        click.echo(f"  … and {len(result.errors) - 20} more errors (see summary.csv)", err=True)
    inconsistent = sum(1 for t in result.terminology if t["inconsistent"])
    if inconsistent:
        click.echo(f"{inconsistent} source term(s) rendered differently across documents (see index.html)")
    click.echo(f"signature: {printable(result.signature)}")
    where = printable(shown(outdir))
    click.echo(f"dashboard: {where}/index.html  summary: {where}/summary.csv  findings: {where}/findings.csv")
    if result.exit_code == 2:
        first = f" (first: {printable(result.errors[0].error)})" if result.errors else ""
        click.echo(f"qa: error: no document could be read or checked{first}", err=True)
    elif result.exit_code == 1:
        failing = sum(1 for r in result.ok if r.failing)
        click.echo(f"{failing} document(s) with findings at or above {fail_on}: exit 1", err=True)
