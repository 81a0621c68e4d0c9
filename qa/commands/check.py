"""`qa check`: align bilingual documents, run the checks, write the reports.

Several inputs are checked in one process, so the models and dictionaries load
once; each document gets its own reports in the output folder and its own
block of terminal lines. `-` reads a page or a TSV from standard input.

Exit status is for publishing pipelines, the worst over the inputs: 0 when
nothing is at or above --fail-on (default major), 1 when something is, 2 for
a usage error or an input that cannot be read (the other inputs are still
checked and reported).
"""

from __future__ import annotations

import sys
from pathlib import Path

import click

from qa.commands.options import settings_options
from qa.defaults import SEVERITY_NAMES
from qa.errors import InputError, UsageError
from qa.terminal import printable

OUTPUT_FORMATS = ("text", "json", "github")
STEPS = ("read and align", "check", "write reports")


@click.command("check")
@click.argument("inputs", nargs=-1, required=True, metavar="INPUT...", type=click.Path(path_type=Path, allow_dash=True))
@click.option("--target", type=click.Path(path_type=Path), help="English translation, when INPUT holds only the Chinese (one INPUT only).")
@click.option("-o", "--out", "outdir", type=click.Path(file_okay=False, path_type=Path), default=Path("reports"), show_default=True, help="Folder for the reports (one set per input, named after it).")
@settings_options
@click.option("--accept-all", is_flag=True, help="Record every finding of this run as accepted, after review.")
@click.option("-q", "--quiet", is_flag=True, help="Only the summary: no line per finding (text and github output).")
@click.option("--output-format", type=click.Choice(OUTPUT_FORMATS), default="text", show_default=True, help="Findings on stdout: text (file:line: ID [severity] …), json (a list of objects), github (Actions annotations).")
@click.option("-j", "--jobs", type=click.IntRange(min=1), help="Processes for each document's checks (default: 2 on a machine with two cores or more; 1 runs every check in this process).")
@click.option("--alignment", "alignment_file", type=click.Path(path_type=Path), help="Check this (hand-corrected) alignment TSV from `qa align` instead of aligning INPUT (one INPUT only).")
def check(
    inputs: tuple[Path, ...],
    target: Path | None,
    outdir: Path,
    accept_all: bool,
    alignment_file: Path | None,
    no_accept: bool,
    exit_zero: bool,
    quiet: bool,
    output_format: str,
    config_file: Path | None,
    jobs: int | None,
    **options,  # the shared settings options (qa.commands.options.settings_options)
) -> None:
    """Check bilingual documents (pages, TSVs, CAT files; `-` for stdin) and write CSV, JSONL and HTML reports."""
    from qa.checks.engine import check_processes, usable_cores
    from qa.checks.workers import in_background
    from qa.cli import collect_now_and_then, short_lived
    from qa.progress import steps

    short_lived()  # every report and accept-list is written atomically
    processes = jobs or min(2, usable_cores())
    if usable_cores() > 1:
        in_background(_load_tokenizer)  # while the checks and the document load; A004's encoder needs it

    _refuse_ambiguous_inputs(inputs, target, alignment_file)
    out = _Output(output_format, quiet, exit_zero, accept_all)
    with check_processes(processes), steps("check", STEPS, len(inputs)) as progress:
        for done, path in enumerate(inputs, 1):
            result = _check_one(path, inputs, target, outdir, accept_all, alignment_file, no_accept, config_file,
                                options, progress)
            with progress.bar.external_write_mode():  # the bar steps aside while lines are printed
                if result is None:
                    out.unreadable_inputs += 1
                else:
                    out.document(result, path, target, alignment_file)
            collect_now_and_then(done)
    out.finish()


def _load_tokenizer() -> None:
    from qa.align.embed import load_tokenizer_early

    load_tokenizer_early()


def _refuse_ambiguous_inputs(inputs: tuple[Path, ...], target: Path | None, alignment_file: Path | None) -> None:
    """One-to-one options need one input; two inputs must not write the same reports."""
    from qa.api.document import report_stem
    from qa.io.files import shown

    if len(inputs) > 1 and (target is not None or alignment_file is not None):
        option = "--target" if target is not None else "--alignment"
        raise UsageError(f"{option} pairs with one INPUT; got {len(inputs)} (check several documents without it, "
                         "or one at a time with it)")
    seen: dict[str, Path] = {}
    for path in inputs:
        stem = report_stem(path)
        if stem in seen:
            what = "standard input twice" if str(path) == "-" else \
                f"{shown(seen[stem])} and {shown(path)} would write the same reports ({stem}.*)"
            raise UsageError(f"{what}; check them in separate runs or rename one")
        seen[stem] = path


def _check_one(path, inputs, target, outdir, accept_all, alignment_file, no_accept, config_file, options, progress):
    """One document's result; with several inputs an unreadable one is one line on stderr and the rest go on."""
    from qa.api.document import check as run_check

    def to_stderr(message: str) -> None:
        with progress.bar.external_write_mode():
            click.echo(printable(message), err=True)

    try:
        return run_check(path, target, config=config_file, accept=not no_accept, accept_all=accept_all,
                         alignment=alignment_file, outdir=outdir, warn=to_stderr, announce=to_stderr,
                         step=progress.step, **options)
    except InputError as err:
        if len(inputs) == 1:
            raise
        to_stderr(f"qa: error: {err}")
        for _ in range(len(STEPS)):  # keep the bar's count true for the documents still to come
            progress.step("skipped")
        return None


class _Output:
    """What the terminal shows per document, and the exit status over all of them."""

    def __init__(self, fmt: str, quiet: bool, exit_zero: bool, accept_all: bool) -> None:
        self.fmt, self.quiet, self.exit_zero, self.accept_all = fmt, quiet, exit_zero, accept_all
        self.records: list[dict] = []
        self.failing = 0
        self.unreadable_inputs = 0
        self.fail_on = "major"

    def document(self, result, path: Path, target: Path | None, alignment_file: Path | None) -> None:
        from qa.io import STDIN_NAME, is_stdin
        from qa.io.files import shown

        source = STDIN_NAME if is_stdin(path) else shown(alignment_file or path)
        translation = shown(target) if target and not alignment_file else ""
        findings, alignment = result.findings, result.alignment
        if self.accept_all:
            self._say(f"accepted {result.newly_accepted} new finding(s) into {printable(shown(result.settings.accept_path))}")
        if self.fmt == "json":
            from qa.report.terminal import finding_records

            self.records.extend(finding_records(findings, alignment, source, translation))
        elif not self.quiet:
            from qa.report.terminal import finding_lines, github_lines

            lines = (github_lines(findings, alignment, source, translation) if self.fmt == "github" else
                     finding_lines(findings, alignment, source, translation, colour=sys.stdout.isatty()))
            for line in lines:
                click.echo(line)
        self._summary(STDIN_NAME if is_stdin(path) else shown(path.stem), result)

    def _say(self, line: str) -> None:
        """Summary lines: stdout, except with json output, whose stdout is the JSON alone."""
        click.echo(line, err=self.fmt == "json")

    def _summary(self, name: str, result) -> None:
        findings, settings = result.findings, result.settings
        counts = {s: 0 for s in SEVERITY_NAMES}
        for finding in findings:
            counts[finding.severity.value] += 1
        by_severity = ", ".join(f"{n} {s}" for s, n in counts.items())
        self._say(f"{printable(name)}: {len(findings)} finding(s) in {len(result.alignment.body_pairs)} pairs ({by_severity})")
        for key, note in result.notes.items():
            self._say(f"  {key}: {printable(str(note))}")
        from qa.io.files import shown

        self._say("reports: " + ", ".join(printable(shown(p)) for p in result.reports))
        self.failing += len(result.failing)
        self.fail_on = settings.fail_on.value

    def finish(self) -> None:
        """The JSON (if asked for), then the exit status: 2 if an input was unreadable, 1 on failing findings."""
        if self.fmt == "json":
            import json

            click.echo(json.dumps(self.records, ensure_ascii=False, indent=1))
        if self.failing:
            if self.exit_zero:
                click.echo(f"{self.failing} finding(s) at or above {self.fail_on} (--exit-zero: exit 0)", err=True)
            else:
                click.echo(f"{self.failing} finding(s) at or above {self.fail_on}: exit 1", err=True)
        if self.unreadable_inputs:
            click.echo(f"{self.unreadable_inputs} input(s) could not be read: exit 2", err=True)
            raise SystemExit(2)
        if self.failing and not self.exit_zero:
            raise SystemExit(1)
