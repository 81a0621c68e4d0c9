"""`qa check`: align a bilingual document, run the checks, write the reports.

Exit status is for publishing pipelines: 0 when nothing is at or above
--fail-on (default major), 1 when something is, 2 for a usage error or an
input that cannot be read.
"""

from __future__ import annotations

from pathlib import Path

import click

from qa.checks.registry import all_checks


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
@click.option("--format", "formats", metavar="LIST", help="Report formats, comma separated: csv,jsonl,html (default), xlsx, xliff (XLIFF input: findings as <note>s).")
@click.option("--select", metavar="IDS", help="Only these check ids or prefixes, e.g. N,P5 (replaces the config's).")
@click.option("--ignore", metavar="IDS", help="Skip these check ids or prefixes (longest prefix wins over --select).")
@click.option("--severity-overrides", metavar="MAP", help="e.g. N2=minor,P504=neutral")
@click.option("--fail-on", metavar="SEVERITY", help="Exit 1 when a finding is at or above this: critical, major, minor, neutral (default major).")
@click.option("--glossary", type=click.Path(path_type=Path), help="Termbase (CSV/TBX) for the terminology checks.")
@click.option("--accept-file", type=click.Path(dir_okay=False, path_type=Path), help="Accept-list of reviewed findings (default .qa/accepted.txt).")
@click.option("--accept-all", is_flag=True, help="Record every finding of this run as accepted, after review.")
@click.option("--no-accept", is_flag=True, help="Ignore the accept-list: audit every finding.")
@click.option("--alignment", "alignment_file", type=click.Path(path_type=Path), help="Check this (hand-corrected) alignment TSV from `qa align` instead of aligning INPUT.")
@click.option("--config", "config_file", type=click.Path(dir_okay=False, path_type=Path), help="Read [qa] from this file instead of the setup.cfg found above INPUT.")
def check(
    input: Path,
    target: Path | None,
    outdir: Path,
    formats: str | None,
    select: str | None,
    ignore: str | None,
    severity_overrides: str | None,
    fail_on: str | None,
    glossary: Path | None,
    accept_file: Path | None,
    accept_all: bool,
    no_accept: bool,
    alignment_file: Path | None,
    config_file: Path | None,
) -> None:
    """Check a bilingual document and write CSV, JSONL and HTML reports."""

    from qa.accept import extend_accept_list, load_accept_list
    from qa.checking import check_alignment
    from qa.config import settings_from_cli
    from qa.errors import InputError, UsageError
    from qa.report import write_reports
    from qa.selection import at_or_above, select_checks, unmatched_prefixes

    if accept_all and no_accept:
        raise UsageError("--accept-all and --no-accept contradict each other; give one")
    for path, what in ((input, "input"), (target, "--target"), (alignment_file, "--alignment")):
        if path is not None and not path.exists():
            raise InputError(f"{path}: no such file ({what})")
    settings = settings_from_cli(
        input,
        select=select,
        ignore=ignore,
        severity_overrides=severity_overrides,
        fail_on=fail_on,
        glossary=glossary,
        accept_file=accept_file,
        formats=formats,
        config_file=config_file,
        warn=lambda message: click.echo(message, err=True),
    )
    known = all_checks()
    for prefix in unmatched_prefixes(settings, known):
        click.echo(f"qa: warning: {prefix!r} matches no check (see `qa checks`)", err=True)
    specs = select_checks(settings, known)

    alignment = load_alignment(alignment_file, None) if alignment_file else load_alignment(input, target)
    termbase = load_glossary(settings.glossary) if settings.glossary else None
    outcome = check_alignment(alignment, specs, termbase, settings)
    if accept_all:
        added = extend_accept_list(settings.accept_path, outcome.findings)
        click.echo(f"accepted {added} new finding(s) into {settings.accept_path}")
    if not no_accept:  # the same findings, filtered by the (possibly just extended) accept-list
        accepted = load_accept_list(settings.accept_path)
        outcome = check_alignment(alignment, specs, termbase, settings, accepted, findings=outcome.findings)
    findings, notes = outcome.findings, outcome.notes

    stem = input.stem
    written = write_reports(
        alignment,
        findings,
        outdir,
        settings.formats,
        settings,
        extra_summary=notes,
        checks=[s.id for s in specs],
        stem=stem,
        protect=[p for p in (input, target, alignment_file) if p],
    )

    failing = at_or_above(findings, settings.fail_on)
    counts = {}
    for finding in findings:
        counts[finding.severity.value] = counts.get(finding.severity.value, 0) + 1
    by_severity = ", ".join(f"{counts.get(s, 0)} {s}" for s in ("critical", "major", "minor", "neutral"))
    click.echo(f"{stem}: {len(findings)} finding(s) in {len(alignment.body_pairs)} pairs ({by_severity})")
    for key, note in notes.items():
        click.echo(f"  {key}: {note}")
    click.echo("reports: " + ", ".join(str(p) for p in written))
    if failing:
        click.echo(f"{len(failing)} finding(s) at or above {settings.fail_on.value}: exit 1", err=True)
        raise SystemExit(1)
