"""CSV and JSONL reports: one finding per row, columns fixed by REPORT_COLUMNS.

Both are rendered to a string first and written atomically by the caller.
The CSV starts with a UTF-8 byte-order mark so spreadsheet programs (Excel in
particular) open the Chinese text intact instead of guessing a legacy code page.
The CSV is for people: a cell a spreadsheet would run as a formula (=, +, -, @,
tab, CR) gets a leading apostrophe (OWASP). The JSONL is for programs and keeps
every value exactly as found.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Iterable

from qa.io.delimited import spreadsheet_safe
from qa.model import REPORT_COLUMNS, Finding, finding_row

BOM = "\ufeff"


def render_csv(findings: Iterable[Finding]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(REPORT_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for finding in findings:
        writer.writerow({key: spreadsheet_safe(value) for key, value in finding_row(finding).items()})
    return BOM + buffer.getvalue()


def render_jsonl(findings: Iterable[Finding]) -> str:
    lines = []
    for finding in findings:
        row = finding_row(finding)
        lines.append(json.dumps({key: row[key] for key in REPORT_COLUMNS}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
