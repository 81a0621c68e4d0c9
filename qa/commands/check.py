"""`qa check`: align a bilingual document, run the checks, write the reports.

Exit status is for publishing pipelines: 0 when nothing is at or above
--fail-on (default major), 1 when something is, 2 for a usage error or an
input that cannot be read.
"""

from __future__ import annotations

import os
from pathlib import Path

import click

from qa.checks.registry import all_checks
from qa.commands.options import settings_options
from qa.defaults import SEVERITY_NAMES
from qa.terminal import printable


def load_alignment(path: Path, target: Path | None = None):
    """The pipeline's reader+aligner, imported late so `qa --help` stays fast."""
    from qa.pipeline import load_alignment as load

    return load(path, target)


def load_glossary(path: Path):
    """The termbase, read only when one is configured (the reader pulls in CSV/TBX parsing)."""
    from qa.glossary import load_glossary as load

    return load(path)


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
    **options,  # the shared settings options (qa.commands.options.settings_options)
) -> None:
    """Check a bilingual document and write CSV, JSONL and HTML reports."""
    from qa.io.files import shown
    from qa.report import write_reports
    from qa.selection import select_checks

    known = all_checks()  # looked up here so tests can stand toy checks in for the families
    settings = _settings(input, target, alignment_file, outdir, accept_all, no_accept, known, options)
    specs = select_checks(settings, known)
    alignment = load_alignment(alignment_file, None) if alignment_file else load_alignment(input, target)
    outcome = _run_checks(alignment, specs, settings, accept_all, no_accept)
    written = write_reports(
        alignment,
        outcome.findings,
        outdir,
        settings.formats,
        settings,
        extra_summary=outcome.notes,
        checks=[s.id for s in specs],
        stem=input.stem,
        protect=[p for p in (input, target, alignment_file) if p],
    )
    if not quiet:
        _print_findings(outcome.findings, alignment, alignment_file or input, None if alignment_file else target)
    _print_summary(shown(input.stem), alignment, outcome, written, settings, exit_zero)


def _settings(input: Path, target: Path | None, alignment_file: Path | None, outdir: Path, accept_all: bool,
              no_accept: bool, known, options: dict):
    """The run's settings, after refusing contradictory flags, missing inputs and outputs over inputs."""
    from qa.config import describe_config, settings_from_cli
    from qa.errors import InputError, UsageError
    from qa.io.files import shown
    from qa.selection import require_known_codes

    if accept_all and no_accept:
        raise UsageError("--accept-all and --no-accept contradict each other; give one")
    for path, what in ((input, "input"), (target, "--target"), (alignment_file, "--alignment")):
        if path is not None and not os.path.lexists(path):
            raise InputError(f"{shown(path)}: no such file ({what})")
    settings = settings_from_cli(
        input, **options, checks=known, warn=lambda message: click.echo(printable(message), err=True), announce=False
    )
    require_known_codes(settings, known)
    _refuse_overwriting_inputs(settings, outdir, input.stem, accept_all, input, target, alignment_file)
    if describe_config(settings):
        click.echo(printable(describe_config(settings)), err=True)
    return settings


def _run_checks(alignment, specs, settings, accept_all: bool, no_accept: bool):
    """The checks' outcome, filtered by the accept-list (extended first with --accept-all, ignored with --no-accept)."""
    from qa.accept import extend_accept_list, load_accept_list
    from qa.checking import check_alignment
    from qa.io.files import shown

    termbase = load_glossary(settings.glossary) if settings.glossary else None
    outcome = check_alignment(alignment, specs, termbase, settings)
    if accept_all:
        added = extend_accept_list(settings.accept_path, outcome.findings)
        click.echo(f"accepted {added} new finding(s) into {printable(shown(settings.accept_path))}")
    if not no_accept:  # the same findings, filtered by the (possibly just extended) accept-list
        accepted = load_accept_list(settings.accept_path)
        outcome = check_alignment(alignment, specs, termbase, settings, accepted, findings=outcome.findings)
    return outcome


def _refuse_overwriting_inputs(settings, outdir: Path, stem: str, accept_all: bool, *documents: Path | None) -> None:
    """Every file this run reads is safe from every file it writes (reports, and the accept-list with --accept-all)."""
    from qa.io.guard import refuse_overwriting
    from qa.report import report_paths

    inputs = [
        *((d, "the input") for d in documents if d is not None),
        (settings.glossary, "the glossary"),
        (settings.config_path, "the configuration"),
    ]
    outputs = report_paths(outdir, stem, settings.formats)
    refuse_overwriting(outputs, [*inputs, (settings.accept_path, "the accept-list")])
    if accept_all:
        refuse_overwriting([settings.accept_path], inputs)


def _print_findings(findings, alignment, source: Path, target: Path | None) -> None:
    """One flake8-style line per finding, coloured when stdout is a terminal."""
    import sys

    from qa.io.files import shown
    from qa.report.terminal import finding_lines

    colour = sys.stdout.isatty()
    for line in finding_lines(findings, alignment, shown(source), shown(target) if target else "", colour=colour):
        click.echo(line)


def _print_summary(name: str, alignment, outcome, written: list[Path], settings, exit_zero: bool = False) -> None:
    """One line per run on stdout, and the exit status for pipelines (1: a finding at or above --fail-on,
    unless --exit-zero)."""
    from qa.io.files import shown
    from qa.selection import at_or_above

    findings, notes = outcome.findings, outcome.notes
    counts: dict[str, int] = {}
    for finding in findings:
        counts[finding.severity.value] = counts.get(finding.severity.value, 0) + 1
    by_severity = ", ".join(f"{counts.get(s, 0)} {s}" for s in SEVERITY_NAMES)
    click.echo(f"{printable(name)}: {len(findings)} finding(s) in {len(alignment.body_pairs)} pairs ({by_severity})")
    for key, note in notes.items():
        click.echo(f"  {key}: {printable(str(note))}")
    click.echo("reports: " + ", ".join(printable(shown(p)) for p in written))
    failing = at_or_above(findings, settings.fail_on)
    if failing:
        if exit_zero:
            click.echo(f"{len(failing)} finding(s) at or above {settings.fail_on.value} (--exit-zero: exit 0)", err=True)
            return
        click.echo(f"{len(failing)} finding(s) at or above {settings.fail_on.value}: exit 1", err=True)
        raise SystemExit(1)
