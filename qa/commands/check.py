"""`qa check`: align a bilingual document, run the checks, write the reports.

Exit status is for publishing pipelines: 0 when nothing is at or above
--fail-on (default major), 1 when something is, 2 for a usage error or an
input that cannot be read.
"""

from __future__ import annotations

from pathlib import Path

import click

from qa.commands.options import settings_options
from qa.defaults import SEVERITY_NAMES
from qa.terminal import printable


@click.command("check")
@click.argument("input", type=click.Path(path_type=Path))
@click.option("--target", type=click.Path(path_type=Path), help="English translation, when INPUT holds only the Chinese.")
@click.option("-o", "--out", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"), show_default=True, help="Folder for the reports.")
@settings_options
@click.option("--accept-all", is_flag=True, help="Record every finding of this run as accepted, after review.")
@click.option("-q", "--quiet", is_flag=True, help="Only the summary: no line per finding.")
@click.option("--alignment", "alignment_file", type=click.Path(path_type=Path), help="Check this (hand-corrected) alignment TSV from `qa align` instead of aligning INPUT.")
def check(
    input: Path,
    target: Path | None,
    outdir: Path,
    accept_all: bool,
    alignment_file: Path | None,
    no_accept: bool,
    exit_zero: bool,
    quiet: bool,
    config_file: Path | None,
    **options,  # the shared settings options (qa.commands.options.settings_options)
) -> None:
    """Check a bilingual document and write CSV, JSONL and HTML reports."""
    from qa.api.document import check as run_check
    from qa.io.files import shown

    def to_stderr(message: str) -> None:
        click.echo(printable(message), err=True)

    result = run_check(input, target, config=config_file, accept=not no_accept, accept_all=accept_all,
                       alignment=alignment_file, outdir=outdir, warn=to_stderr, announce=to_stderr, **options)
    if accept_all:
        click.echo(f"accepted {result.newly_accepted} new finding(s) into {printable(shown(result.settings.accept_path))}")
    if not quiet:
        _print_findings(result.findings, result.alignment, alignment_file or input, None if alignment_file else target)
    _print_summary(shown(input.stem), result, exit_zero)


def _print_findings(findings, alignment, source: Path, target: Path | None) -> None:
    """One flake8-style line per finding, coloured when stdout is a terminal."""
    import sys

    from qa.io.files import shown
    from qa.report.terminal import finding_lines

    colour = sys.stdout.isatty()
    for line in finding_lines(findings, alignment, shown(source), shown(target) if target else "", colour=colour):
        click.echo(line)


def _print_summary(name: str, result, exit_zero: bool = False) -> None:
    """One line per run on stdout, and the exit status for pipelines (1: a finding at or above --fail-on,
    unless --exit-zero)."""
    from qa.io.files import shown

    findings, notes, settings = result.findings, result.notes, result.settings
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.severity.value] = counts.get(finding.severity.value, 0) + 1
    by_severity = ", ".join(f"{counts.get(s, 0)} {s}" for s in SEVERITY_NAMES)
    click.echo(f"{printable(name)}: {len(findings)} finding(s) in {len(result.alignment.body_pairs)} pairs ({by_severity})")
    for key, note in notes.items():
        click.echo(f"  {key}: {printable(str(note))}")
    click.echo("reports: " + ", ".join(printable(shown(p)) for p in result.reports))
    failing = result.failing
    if failing:
        if exit_zero:
            click.echo(f"{len(failing)} finding(s) at or above {settings.fail_on.value} (--exit-zero: exit 0)", err=True)
            return
        click.echo(f"{len(failing)} finding(s) at or above {settings.fail_on.value}: exit 1", err=True)
        raise SystemExit(1)
