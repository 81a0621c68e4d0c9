"""`qa.check`: one bilingual document in, its findings (and optionally its reports) out.

This is the library `qa check` calls: the command only parses flags and
prints. A publishing hook or a notebook calls it the same way and gets
typed findings with their locations instead of parsing JSONL.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable, Sequence

from qa.checks.registry import all_checks
from qa.errors import InputError, UsageError
from qa.io.files import shown
from qa.model import Alignment, Finding, REPORT_COLUMNS, Severity, finding_row

PathLike = str | os.PathLike
Codes = str | Iterable[str] | None
Say = Callable[[str], None]


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def load_alignment(path: Path, target: Path | None = None) -> Alignment:
    """The pipeline's reader+aligner, imported late so `import qa` and `qa --help` stay fast; `-` is stdin."""
    from qa.io import is_stdin

    if is_stdin(path):
        from qa.io import read_stdin
        from qa.pipeline import align_document

        return align_document(read_stdin())
    from qa.pipeline import load_alignment as load

    return load(path, target)


def report_stem(path: Path) -> str:
    """The name of a document's reports: the input's file name without suffix; `stdin` for `-`."""
    from qa.io import is_stdin

    return "stdin" if is_stdin(path) else path.stem


def load_glossary(path: Path):
    """The termbase, read only when one is configured (the reader pulls in CSV/TBX parsing)."""
    from qa.glossary import load_glossary as load

    return load(path)


@dataclass
class CheckResult:
    """What `qa.check` found in one document.

    `findings` are in reading order, each with its pair, spans and the lines
    (or CAT unit id) that hold it; `reports` are the files written when an
    output folder was given.
    """

    path: Path
    alignment: Alignment
    findings: list[Finding]
    settings: Any  # qa.config.Settings
    checks: list[str] = field(default_factory=list)  # ids of the checks that ran
    notes: dict[str, str] = field(default_factory=dict)
    accepted: int = 0  # findings left out because the accept-list holds them
    newly_accepted: int = 0  # fingerprints `accept_all` added to the accept-list
    reports: list[Path] = field(default_factory=list)

    @property
    def failing(self) -> list[Finding]:
        """Findings at or above the run's fail-on severity (what makes `qa check` exit 1)."""
        from qa.selection import at_or_above

        return at_or_above(self.findings, self.settings.fail_on)

    def counts(self) -> dict[str, int]:
        """Findings per severity, most serious first, every severity present."""
        from qa.model import SEVERITY_ORDER

        return {s.value: sum(1 for f in self.findings if f.severity is s) for s in SEVERITY_ORDER}

    def rows(self) -> list[dict[str, Any]]:
        """One dict per finding with the report columns (as in the CSV/JSONL reports)."""
        return [finding_row(f) for f in self.findings]

    def to_pandas(self):
        """One DataFrame row per finding, columns as in the CSV report (needs the `pandas` extra)."""
        from qa.report.frames import frame

        return frame(self.rows(), REPORT_COLUMNS)


def _codes(value: Codes) -> str | None:
    """A selection as the settings parser takes it: "N,P5" or ["N", "P5"]."""
    if value is None or isinstance(value, str):
        return value
    return ",".join(value)


def check_settings(path: PathLike, target: PathLike | None = None, *, alignment: PathLike | None = None,
                   known: Sequence | None = None, warn: Say = _stderr, **options: Any):
    """The run's settings: inputs exist, configuration read, flags applied, every code known."""
    from qa.config import settings_from_cli
    from qa.selection import require_known_codes

    from qa.io import is_stdin

    if is_stdin(path) and target is not None:
        raise UsageError("--target needs the Chinese in a file, not on standard input")
    for where, what in ((path, "input"), (target, "--target"), (alignment, "--alignment")):
        if where is not None and not is_stdin(where) and not os.path.lexists(where):
            raise InputError(f"{shown(where)}: no such file ({what})")
    known = all_checks(with_off_by_default=True) if known is None else known
    options = {**options, **{key: _codes(options.get(key)) for key in ("select", "extend_select", "ignore")}}
    settings = settings_from_cli(Path(path), **options, checks=known, warn=warn, announce=False)
    require_known_codes(settings, known)
    return settings


def refuse_overwriting_inputs(settings, outdir: Path, stem: str, accept_all: bool, *documents: Path | None) -> None:
    """Every file this run reads is safe from every file it writes (reports, and the accept-list with accept_all)."""
    from qa.io.guard import refuse_overwriting
    from qa.report import report_paths

    from qa.io import is_stdin

    inputs = [
        *((d, "the input") for d in documents if d is not None and not is_stdin(d)),
        (settings.glossary, "the glossary"),
        (settings.config_path, "the configuration"),
    ]
    refuse_overwriting(report_paths(outdir, stem, settings.formats), [*inputs, (settings.accept_path, "the accept-list")])
    if accept_all:
        refuse_overwriting([settings.accept_path], inputs)


def check(
    path: PathLike,
    target: PathLike | None = None,
    glossary: PathLike | None = None,
    select: Codes = None,
    ignore: Codes = None,
    config: PathLike | None = None,
    *,
    extend_select: Codes = None,
    severity_overrides: str | None = None,
    fail_on: str | Severity | None = None,
    accept_file: PathLike | None = None,
    accept: bool = True,
    accept_all: bool = False,
    alignment: PathLike | None = None,
    isolated: bool = False,
    outdir: PathLike | None = None,
    formats: str | Iterable[str] | None = None,
    warn: Say = _stderr,
    announce: Say | None = None,
    step: Say | None = None,
) -> CheckResult:
    """Align and check one document, as `qa check` does.

    `path` is a bilingual page, a Chinese file with `target` its translation,
    a TSV/CSV of pairs or a CAT file; `alignment` checks a hand-corrected
    `qa align` TSV instead of aligning `path`. The `[qa]` configuration above
    `path` applies (or `config`, or none with `isolated`), then these
    arguments. `accept=False` ignores the accept-list; `accept_all` records
    every finding in it first. With `outdir` the reports are written there
    (`formats`, default csv,jsonl,html). `path` "-" reads a page or a TSV from
    stdin (reports named `stdin`); `step` hears each stage's name as it starts
    (a progress bar). Usage errors raise qa.errors.QAError subclasses.
    """
    from qa.config import describe_config
    from qa.selection import select_checks

    if accept_all and not accept:
        raise UsageError("--accept-all and --no-accept contradict each other; give one")
    path, target_path, alignment_path = Path(path), _path(target), _path(alignment)
    known = all_checks(with_off_by_default=True)
    fmt = formats if formats is None or isinstance(formats, str) else ",".join(formats)
    settings = check_settings(
        path, target_path, alignment=alignment_path, known=known, warn=warn, glossary=_path(glossary),
        select=select, extend_select=extend_select, ignore=ignore, severity_overrides=severity_overrides,
        fail_on=fail_on.value if isinstance(fail_on, Severity) else fail_on,
        accept_file=_path(accept_file), formats=fmt, config_file=_path(config), isolated=isolated,
    )
    if outdir is not None:
        refuse_overwriting_inputs(settings, Path(outdir), report_stem(path), accept_all, path, target_path, alignment_path)
    if announce is not None and describe_config(settings):
        announce(describe_config(settings))
    say = step or _silent
    say("read and align")
    aligned = load_alignment(alignment_path, None) if alignment_path else load_alignment(path, target_path)
    say("check")
    result = _run_checks(path, aligned, select_checks(settings, known), settings, accept_all, accept)
    if outdir is not None:
        say("write reports")
        result.reports = write_reports(result, Path(outdir), protect=[path, target_path, alignment_path])
    return result


def _silent(stage: str) -> None:
    """No progress to show."""


def _path(value: PathLike | None) -> Path | None:
    return Path(value) if value is not None else None


def _run_checks(path: Path, alignment: Alignment, specs, settings, accept_all: bool, accept: bool) -> CheckResult:
    """The checks' outcome, filtered by the accept-list (extended first with accept_all, ignored without accept)."""
    from qa.accept import extend_accept_list, load_accept_list
    from qa.checking import check_alignment

    termbase = load_glossary(settings.glossary) if settings.glossary else None
    outcome = check_alignment(alignment, specs, termbase, settings)
    added = extend_accept_list(settings.accept_path, outcome.findings) if accept_all else 0
    if accept:  # the same findings, filtered by the (possibly just extended) accept-list
        accepted = load_accept_list(settings.accept_path)
        outcome = check_alignment(alignment, specs, termbase, settings, accepted, findings=outcome.findings)
    return CheckResult(path, alignment, outcome.findings, settings, [s.id for s in specs], outcome.notes,
                       outcome.accepted, added)


def write_reports(result: CheckResult, outdir: Path, formats: Iterable[str] | None = None,
                  protect: Iterable[Path | None] = ()) -> list[Path]:
    """The result's reports in `outdir` (the settings' formats unless given), named after the input."""
    from qa.report import write_reports as write

    return write(
        result.alignment, result.findings, outdir, list(formats or result.settings.formats), result.settings,
        extra_summary=result.notes, checks=result.checks, stem=report_stem(result.path),
        protect=[p for p in (result.path, *protect) if p and not _is_stdin(p)],
    )


def _is_stdin(path) -> bool:
    from qa.io import is_stdin

    return is_stdin(path)
