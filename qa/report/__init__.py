"""Reports of a checked document: CSV, JSONL and a self-contained HTML page.

Everything is rendered in memory first and each file is then written
atomically, so a failure leaves either the previous report or none, never a
truncated one.
"""

from __future__ import annotations

import hashlib

import sys
from pathlib import Path
from typing import Callable, Iterable, Mapping, Sequence

from qa.atomic import atomic_write_bytes
from qa.config import DEFAULT_FORMATS as FORMATS
from qa.config import REPORT_FORMATS as ALL_FORMATS  # the one list of formats, validated by the settings
from qa.errors import UsageError
from qa.io.files import shown
from qa.model import Alignment, Finding
from qa.report import manifest
from qa.report.summary import Summary, signature_line, summarize
from qa.terminal import printable

_SUFFIX = {"xliff": "xlf"}


def report_paths(outdir: Path, stem: str, formats) -> list[Path]:
    """The files `write_reports` writes for these formats (the XLIFF report is .xlf)."""
    return [Path(outdir) / f"{stem}.{_SUFFIX.get(fmt, fmt)}" for fmt in formats]


def _utf8(text: str) -> bytes:
    """UTF-8 of report text; a file name's undecodable bytes (surrogates) become U+FFFD, never an error."""
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode("utf-8")


def _stderr(message: str) -> None:
    print(message, file=sys.stderr)


def manifest_path(outdir: str | Path, stem: str) -> Path:
    """The manifest of one document's report set in a (possibly shared) output folder."""
    return Path(outdir) / f".{stem}.qa-manifest.json"


def report_stem(alignment: Alignment) -> str:
    path = alignment.doc.path
    return Path(path).stem if path else alignment.doc.id


def render(fmt: str, alignment: Alignment, findings: Sequence[Finding], summary: Summary) -> bytes:
    """One report as bytes, so every format is rendered before any file is written."""
    if fmt == "csv":
        from qa.report.tables import render_csv

        return _utf8(render_csv(findings))
    if fmt == "jsonl":
        from qa.report.tables import render_jsonl

        return _utf8(render_jsonl(findings))
    if fmt == "html":
        from qa.report.html import render_html

        return _utf8(render_html(alignment, findings, summary))
    if fmt == "xlsx":
        import io

        from qa.report.xlsx import build_workbook

        buffer = io.BytesIO()
        build_workbook(findings).save(buffer)
        return buffer.getvalue()
    if fmt == "xliff":
        return _xliff_with_notes(alignment, findings)
    raise UsageError(f"unknown report format {fmt!r} (expected one of: {', '.join(ALL_FORMATS)})")


def _xliff_with_notes(alignment: Alignment, findings: Sequence[Finding]) -> bytes:
    """The input XLIFF with each finding as a <note> on its unit; only for XLIFF input."""
    from qa.report.xliff_notes import add_notes

    if alignment.doc.fmt != "xliff":
        raise UsageError(f"--format xliff needs an XLIFF input, not {alignment.doc.fmt}")
    original = Path(alignment.doc.path).read_bytes()
    data, _ = add_notes(original, findings, {p.id: p.unit_id for p in alignment.pairs if p.unit_id})
    return data


def write_reports(
    alignment: Alignment,
    findings: Iterable[Finding],
    outdir: str | Path,
    formats: Iterable[str] = FORMATS,
    settings=None,
    extra_summary: Mapping[str, str] | None = None,
    *,
    checks: Iterable[str] = (),
    stem: str | None = None,
    protect: Iterable[str | Path] = (),
    record: bool = True,
    warn: Callable[[str], None] = _stderr,
) -> list[Path]:
    """Write DIR/<stem>.<fmt> for each format and return the paths written.

    `checks` are the ids that ran (for the run signature); `protect` lists
    files that must never be overwritten (the inputs). With `record` the set
    gets a manifest (`manifest_path`): marked "writing" before the first file,
    "complete" with checksums after the last; `warn` gets one line when the
    previous set there was left incomplete or mixed. `qa audit` records one
    manifest for its whole folder instead.
    """
    findings = list(findings)
    formats = list(dict.fromkeys(formats))
    outdir = Path(outdir)
    stem = stem or report_stem(alignment)
    summary = summarize(alignment, findings, settings, checks=checks, extra=extra_summary)
    rendered = {fmt: render(fmt, alignment, findings, summary) for fmt in formats}  # all before any write
    guarded = {Path(p).resolve() for p in (*protect, alignment.doc.path) if p}
    targets = dict(zip(formats, report_paths(outdir, stem, formats)))
    for target in targets.values():
        if target.resolve() in guarded:
            raise UsageError(f"refusing to write the report over the input {target}")
    if not record:
        return [atomic_write_bytes(target, rendered[fmt]) for fmt, target in targets.items()]
    marker = manifest_path(outdir, stem)
    previous = manifest.read_state(marker)
    if not previous.trustworthy:
        where = printable(shown(outdir))
        warn(f"qa: warning: the previous reports for {printable(stem)} in {where} are not one complete set "
             f"({previous.describe()}); writing a new set")
    run_id = manifest.new_run_id()
    manifest.begin(marker, run_id, f"qa check {stem}")
    written = [atomic_write_bytes(target, rendered[fmt]) for fmt, target in targets.items()]
    hashes = {target.relative_to(marker.parent).as_posix(): hashlib.sha256(rendered[fmt]).hexdigest()
              for fmt, target in targets.items()}  # from the bytes just written, not read back from disk
    manifest.finish(marker, run_id, written, f"qa check {stem}", signature_line(summary.signature), hashes)
    return written


__all__ = ["ALL_FORMATS", "FORMATS", "Summary", "summarize", "write_reports", "report_stem"]
