"""The Python API: what `qa check` and `qa audit` do, callable from code.

    import qa
    result = qa.check("page.txt", glossary="terms.tsv", select="N,M")
    result.findings          # qa.Finding values with pair ids, spans and input lines
    result.to_pandas()       # one row per finding (the `pandas` extra)
    qa.audit(["archive/"], "reports/audit").to_pandas()

The commands are thin callers of these functions, so the API and the CLI
cannot drift apart.
"""

from qa.api.archive import audit
from qa.api.document import CheckResult, check, write_reports

__all__ = ["CheckResult", "audit", "check", "write_reports"]
