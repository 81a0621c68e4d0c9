"""The values an audit passes around: what to do, one document's task, one document's result.

Frozen dataclasses, so a result read from the cache, returned by a worker
process or by a Dask cluster is the same kind of value, checked by the type
checker instead of by string keys.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any, Mapping

from qa.config import Settings
from qa.defaults import DEFAULT_MIN_CHRF
from qa.model import REPORT_COLUMNS, Severity

CACHE_NAME = ".qa-audit.sqlite"
# findings.csv of an audit: which document (its report stem, unique in the run), then the report columns
AUDIT_COLUMNS = ("document", *REPORT_COLUMNS)
OK, ERROR = "ok", "error"


@dataclass(frozen=True)
class AuditConfig:
    """Everything a worker needs to check a document; picklable, hashed for the cache."""

    settings: Settings
    outdir: str
    check_modules: tuple[str, ...] = ()  # modules that register the checks, imported in each worker
    no_accept: bool = False
    reference_dir: str | None = None
    min_chrf: float = DEFAULT_MIN_CHRF

    @property
    def formats(self) -> tuple[str, ...]:
        """Per-document report formats: the settings' own, never a second copy that could disagree."""
        return self.settings.formats


@dataclass(frozen=True)
class Task:
    """One document to check. `path` is the file as the OS names it (may hold undecodable bytes
    as surrogates); `rel` and `stem` are text for people and report names (U+FFFD instead)."""

    path: str
    rel: str  # path relative to the audited folder, for people
    stem: str  # report path inside the output folder, without extension (unique)
    reference: str | None = None


@dataclass(frozen=True)
class DocumentResult:
    """One document's outcome: its counts and report files, or the one-line reason it failed."""

    path: str  # shown: printable text, U+FFFD for undecodable bytes
    rel: str
    stem: str
    status: str = OK
    error: str = ""
    pairs: int = 0
    source_chars: int = 0
    findings: int = 0
    by_severity: Mapping[str, int] = field(default_factory=dict)
    by_category: Mapping[str, int] = field(default_factory=dict)
    by_check: Mapping[str, int] = field(default_factory=dict)
    score: float = 0.0
    failing: int = 0
    reports: tuple[str, ...] = ()  # relative to the output folder
    report_hashes: Mapping[str, str] = field(default_factory=dict)  # report -> sha256, to trust a cache hit
    terms: Mapping[str, Any] = field(default_factory=dict)
    reference: Mapping[str, Any] | None = None
    seconds: float = 0.0
    finding_rows: tuple[Mapping[str, Any], ...] = ()  # qa.model.finding_row of each finding, for findings.csv

    @property
    def ok(self) -> bool:
        return self.status == OK

    @property
    def html_report(self) -> str:
        return next((r for r in self.reports if r.endswith(".html")), "")

    def severity_count(self, severity: Severity) -> int:
        return int(self.by_severity.get(severity.value, 0))

    def to_json(self) -> str:
        """JSON for the cache; ASCII-escaped so nothing in it can fail to encode."""
        return json.dumps(asdict(self), sort_keys=True)

    @classmethod
    def from_json(cls, text: str) -> "DocumentResult":
        data = json.loads(text)
        known = {f.name for f in fields(cls)}
        data = {k: v for k, v in data.items() if k in known}
        data["reports"] = tuple(data.get("reports", ()))
        data["finding_rows"] = tuple(data.get("finding_rows", ()))
        return cls(**data)

    @classmethod
    def failed(cls, task: Task, error: str, seconds: float = 0.0) -> "DocumentResult":
        from qa.io.files import shown

        return cls(shown(task.path), task.rel, task.stem, status=ERROR, error=error, seconds=seconds)


@dataclass
class AuditResult:
    """Every document's result in discovery order, and what the run wrote."""

    rows: list[DocumentResult]
    outdir: Path
    cached: int = 0
    checked: int = 0
    seconds: float = 0.0
    written: list[Path] = field(default_factory=list)
    terminology: list[dict[str, Any]] = field(default_factory=list)
    fail_on: str = "major"
    signature: str = ""
    run_id: str = ""
    previous_set: Any = None  # qa.report.manifest.SetState of the folder before this run
    warnings: list[str] = field(default_factory=list)
    formats: tuple[str, ...] = ()  # the per-document report formats (xlsx adds findings.xlsx)

    @property
    def ok(self) -> list[DocumentResult]:
        return [r for r in self.rows if r.ok]

    @property
    def errors(self) -> list[DocumentResult]:
        return [r for r in self.rows if not r.ok]

    @property
    def exit_code(self) -> int:
        if not self.ok:
            return 2
        return 1 if any(r.failing for r in self.ok) else 0

    def finding_rows(self) -> list[dict[str, Any]]:
        """Every finding of the archive, document by document: AUDIT_COLUMNS as keys."""
        return [{"document": row.stem, **found} for row in self.ok for found in row.finding_rows]

    def to_pandas(self):
        """One DataFrame of all findings of the archive (needs the `pandas` extra); columns AUDIT_COLUMNS."""
        from qa.report.frames import frame

        return frame(self.finding_rows(), AUDIT_COLUMNS)


def digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:16]
