"""Batch audits: every document under some folders, checked in parallel, summarised.

Each document goes through the same steps as `qa check` (read and align,
selected checks, severity overrides, accept list, reports), in long-lived
worker processes (a spawn-safe pool, so the sentence-embedding model loads
once per worker, not once per document) or on a Dask cluster. A document
that cannot be read or checked becomes an error row; the audit goes on.

    discover     documents under the paths, report names (bytes-safe)
    check        one document, in a worker: DocumentResult
    pool         the local pool (workers die with the parent) and Dask
    cache        SQLite memory of checked documents (self-healing)
    terminology  terms per document and across the archive
    outputs      summary.csv, glossary proposal, terminology.json, dashboard, manifest
    run          run_audit, tying them together
"""

from qa.workflows.audit.check import check_task, registered_check_modules, selected_specs
from qa.workflows.audit.discover import Found, discover, report_stems, supported_suffixes
from qa.workflows.audit.outputs import MANIFEST_NAME, glossary_tsv, summary_csv
from qa.workflows.audit.pool import start_method, warm_up
from qa.workflows.audit.records import CACHE_NAME, AuditConfig, AuditResult, DocumentResult, Task
from qa.workflows.audit.run import cache_key, run_audit, signature
from qa.workflows.audit.terminology import cross_document_terms, document_terms, proposed_glossary

__all__ = [
    "AuditConfig", "AuditResult", "CACHE_NAME", "DocumentResult", "Found", "MANIFEST_NAME", "Task",
    "cache_key", "check_task", "cross_document_terms", "discover", "document_terms", "glossary_tsv",
    "proposed_glossary", "registered_check_modules", "report_stems", "run_audit", "selected_specs",
    "signature", "start_method", "summary_csv", "supported_suffixes", "warm_up",
]
