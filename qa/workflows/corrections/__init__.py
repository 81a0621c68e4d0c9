"""The readers' corrections ledger: record a report, verify it, fix it, keep an erratum.

A reader quotes the text they think is wrong; the ledger finds the quote in
the document's aligned pairs and keeps the pair with it (`locate`). `verify`
runs the same checks as `qa check` on the document and says whether one of
them agrees; `accept --rule` turns the fix into glossary rules (`rules`) so the
same error is caught in every other document; `apply` writes a corrected copy
or corrects the document in place, and keeps an erratum (`erratum`). The
ledger (`ledger`) is SQLite in WAL mode; every change is one transaction.
"""

from qa.workflows.corrections.apply import Applied, apply
from qa.workflows.corrections.erratum import COLUMNS as ERRATUM_COLUMNS, ErratumRow, read_erratum
from qa.workflows.corrections.ledger import DEFAULT_LEDGER, STATUSES, Correction, Ledger
from qa.workflows.corrections.locate import Location, add_report, locate
from qa.workflows.corrections.review import accept, check_document, mark_duplicate, reject, verify
from qa.workflows.corrections.schema import SCHEMA_VERSION
from qa.workflows.corrections.rules import GLOSSARY_HEADER, add_glossary_rule

__all__ = [
    "Applied", "Correction", "DEFAULT_LEDGER", "ERRATUM_COLUMNS", "ErratumRow", "GLOSSARY_HEADER", "Ledger",
    "Location", "SCHEMA_VERSION", "STATUSES", "accept", "add_glossary_rule", "add_report", "apply", "check_document",
    "locate", "mark_duplicate", "read_erratum", "reject", "verify",
]
