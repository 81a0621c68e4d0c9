"""Reports of a checked document: CSV, JSONL and a self-contained HTML page.

Everything is rendered in memory first and each file is then written
atomically, so a failure leaves either the previous report or none, never a
truncated one.
"""

from __future__ import annotations

from pathlib import Path
from typing import Iterable, Mapping, Sequence

from qa.errors import UsageError
from qa.model import Alignment, Finding
from qa.report.atomic import atomic_write_text
from qa.report.summary import Summary, summarize

FORMATS = ("csv", "jsonl", "html")


def report_stem(alignment: Alignment) -> str:
    path = alignment.doc.path
    return Path(path).stem if path else alignment.doc.id


def render(fmt: str, alignment: Alignment, findings: Sequence[Finding], summary: Summary) -> str:
    if fmt == "csv":
        from qa.report.tables import render_csv

        return render_csv(findings)
    if fmt == "jsonl":
        from qa.report.tables import render_jsonl

        return render_jsonl(findings)
    if fmt == "html":
        from qa.report.html import render_html

        return render_html(alignment, findings, summary)
    raise UsageError(f"unknown report format {fmt!r} (expected one of: {', '.join(FORMATS)})")


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
) -> list[Path]:
    """Write DIR/<stem>.<fmt> for each format and return the paths written.

    `checks` are the ids that ran (for the run signature); `protect` lists
    files that must never be overwritten (the inputs).
    """
    findings = list(findings)
    formats = list(dict.fromkeys(formats))
    outdir = Path(outdir)
    stem = stem or report_stem(alignment)
    summary = summarize(alignment, findings, settings, checks=checks, extra=extra_summary)
    rendered = {fmt: render(fmt, alignment, findings, summary) for fmt in formats}  # all before any write
    guarded = {Path(p).resolve() for p in (*protect, alignment.doc.path) if p}
    targets = {fmt: outdir / f"{stem}.{fmt}" for fmt in formats}
    for target in targets.values():
        if target.resolve() in guarded:
            raise UsageError(f"refusing to write the report over the input {target}")
    try:
        outdir.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        raise UsageError(f"cannot create report directory {outdir}: {err.strerror or err}") from None
    written = []
    for fmt, target in targets.items():
        try:
            written.append(atomic_write_text(target, rendered[fmt]))
        except OSError as err:
            raise UsageError(f"cannot write {target}: {err.strerror or err}") from None
    return written


__all__ = ["FORMATS", "Summary", "summarize", "write_reports", "report_stem"]
