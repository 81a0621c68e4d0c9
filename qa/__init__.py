"""qa: quality assurance for Chinese to English translations.

The stable Python surface is `__all__`: `qa.check(path, …) -> CheckResult`,
`qa.audit(paths, …) -> AuditResult` and the values they hold.
Names are imported on first use (PEP 562), so `import qa` and `qa --help`
do not load the checks, the aligner or pandas.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_WHERE = {
    "check": "qa.api.document",
    "CheckResult": "qa.api.document",
    "write_reports": "qa.api.document",
    "audit": "qa.api.archive",
    "accept_findings": "qa.api.triage",
    "AuditResult": "qa.workflows.audit.records",
    "AUDIT_COLUMNS": "qa.workflows.audit.records",
    "Finding": "qa.model",
    "Severity": "qa.model",
    "REPORT_COLUMNS": "qa.model",
    "fingerprint": "qa.accept",
    "QAError": "qa.errors",
}

__all__ = ["__version__", *_WHERE]

if TYPE_CHECKING:  # for type checkers and IDEs; at run time __getattr__ imports on first use
    from qa.accept import fingerprint
    from qa.api.archive import audit
    from qa.api.document import CheckResult, check, write_reports
    from qa.api.triage import accept_findings
    from qa.errors import QAError
    from qa.model import REPORT_COLUMNS, Finding, Severity
    from qa.workflows.audit.records import AUDIT_COLUMNS, AuditResult


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        value = getattr(import_module(_WHERE[name]), name)
        globals()[name] = value  # later look-ups skip this hook
        return value
    raise AttributeError(f"module 'qa' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted({*globals(), *_WHERE})
