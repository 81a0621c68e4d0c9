"""What an audit writes besides the per-document reports: summary.csv, the proposed glossary,
terminology.json, the dashboard, and last the manifest that says which files form the set.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Iterable, Sequence

from qa.atomic import atomic_write_text
from qa.io.delimited import FORMULA_START, render_people_csv
from qa.report import manifest
from qa.report.summary import SEVERITY_ORDER
from qa.workflows.audit.discover import OUTPUT_NAMES
from qa.workflows.audit.records import AUDIT_COLUMNS, AuditResult, DocumentResult
from qa.workflows.audit.terminology import proposed_glossary

MANIFEST_NAME = ".qa-audit-manifest.json"
SEVERITIES = tuple(s.value for s in SEVERITY_ORDER)


def summary_columns(rows: Sequence[DocumentResult]) -> list[str]:
    categories = sorted({c for r in rows for c in r.by_category})
    reference = any(r.reference for r in rows)
    return [
        "document", "path", "report", "status", "error", "pairs", "findings", *SEVERITIES, "score",
        *(["reference_chrf"] if reference else []), *categories,
    ]


def _summary_line(row: DocumentResult, columns: list[str]) -> dict[str, object]:
    ok = row.ok
    line: dict[str, object] = {
        "document": row.stem, "path": row.path, "report": row.html_report, "status": row.status, "error": row.error,
        "pairs": row.pairs if ok else "", "findings": row.findings if ok else "", "score": row.score if ok else "",
    }
    for severity in SEVERITY_ORDER:
        line[severity.value] = row.severity_count(severity) if ok else ""
    for category in columns[columns.index("score") + 1:]:
        if category == "reference_chrf":
            line[category] = (row.reference or {}).get("chrf", "")
        else:
            line[category] = row.by_category.get(category, 0) if ok else ""
    return line


def summary_csv(rows: Sequence[DocumentResult]) -> str:
    """One row per document, for people: every cell neutralised against spreadsheet formulas."""
    columns = summary_columns(rows)
    return render_people_csv(columns, [_summary_line(row, columns) for row in rows])


def glossary_tsv(rows: Iterable[tuple[str, str, str, str]]) -> str:
    """The proposed glossary, read back exactly by `qa --glossary`, so it carries no CSV-injection guard.

    A guard (a leading ') would have to be stripped again on reading, which
    would corrupt a real term that starts with an apostrophe. Instead a
    proposal whose cell a spreadsheet would run as a formula (=, +, -, @) is
    left out: no term rendering starts that way, and the file is for review.
    Whitespace is collapsed, so no cell holds a tab or a line break.
    """
    def clean(text: str) -> str:
        return " ".join(str(text).split())

    lines = ["source\ttarget\tstatus\tnote"]
    for row in rows:
        cells = [clean(c) for c in row]
        if not any(cell.startswith(FORMULA_START) for cell in cells):
            lines.append("\t".join(cells))
    return "\n".join(lines) + "\n"


def findings_csv(audit: AuditResult) -> bytes:
    """Every finding of the archive in one table, for people: UTF-8 with a BOM (Excel reads the Chinese),
    every cell neutralised against spreadsheet formulas; a file name's undecodable bytes become U+FFFD."""
    text = "\ufeff" + render_people_csv(AUDIT_COLUMNS, audit.finding_rows(), lineterminator="\r\n")
    return text.encode("utf-8", "surrogateescape").decode("utf-8", "replace").encode("utf-8")


def findings_xlsx(audit: AuditResult) -> bytes:
    """The same table as one XLSX sheet (cells written as text, never formulas)."""
    import io

    from qa.report.xlsx import build_table

    buffer = io.BytesIO()
    build_table(audit.finding_rows(), AUDIT_COLUMNS).save(buffer)
    return buffer.getvalue()


def write_outputs(audit: AuditResult) -> list[Path]:
    """The archive-wide files, then the manifest over them and every report (the manifest last)."""
    from qa.atomic import atomic_write_bytes
    from qa.report.dashboard import render_dashboard

    outdir = audit.outdir
    written = [
        atomic_write_text(outdir / "summary.csv", summary_csv(audit.rows)),
        atomic_write_bytes(outdir / "findings.csv", findings_csv(audit)),
        *([atomic_write_bytes(outdir / "findings.xlsx", findings_xlsx(audit))] if "xlsx" in audit.formats else []),
        atomic_write_text(outdir / "glossary.proposed.tsv", glossary_tsv(proposed_glossary(audit.terminology))),
        atomic_write_text(outdir / "terminology.json", json.dumps(audit.terminology, ensure_ascii=False, indent=1)),
        atomic_write_text(outdir / "index.html", render_dashboard(audit)),
    ]
    hashes = {rel: digest for row in audit.ok for rel, digest in row.report_hashes.items()}
    reports = [outdir / rel for row in audit.ok for rel in row.reports]
    manifest.finish(outdir / MANIFEST_NAME, audit.run_id, [*reports, *written], "qa audit", audit.signature, hashes)
    return written


def previous_outputs(outdir: Path) -> list[Path]:
    """Files the last audit into `outdir` wrote (per its manifest), so `-o .` never audits its own reports."""
    fixed = [outdir / name for name in OUTPUT_NAMES]
    try:
        record = json.loads((outdir / MANIFEST_NAME).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return fixed
    return fixed + [outdir / rel for rel in (record.get("files") or {})]


def archive_outputs(outdir: Path) -> list[Path]:
    """The archive-wide files `qa audit -o outdir` writes (not the per-document reports), manifest included."""
    return [outdir / name for name in (*OUTPUT_NAMES, MANIFEST_NAME)]
