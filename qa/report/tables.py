"""CSV and JSONL reports: one finding per row, columns fixed by REPORT_COLUMNS.

Both are rendered to a string first and written atomically by the caller.
The CSV starts with a UTF-8 byte-order mark so spreadsheet programs (Excel in
particular) open the Chinese text intact instead of guessing a legacy code page.
"""

from __future__ import annotations

import csv
import io
import json
from typing import Iterable

from qa.model import REPORT_COLUMNS, Finding, finding_row

BOM = "\ufeff"


def render_csv(findings: Iterable[Finding]) -> str:
    buffer = io.StringIO(newline="")
    writer = csv.DictWriter(buffer, fieldnames=list(REPORT_COLUMNS), lineterminator="\r\n")
    writer.writeheader()
    for finding in findings:
        writer.writerow(finding_row(finding))
    return BOM + buffer.getvalue()


def render_jsonl(findings: Iterable[Finding]) -> str:
    lines = []
    for finding in findings:
        row = finding_row(finding)
        lines.append(json.dumps({key: row[key] for key in REPORT_COLUMNS}, ensure_ascii=False))
    return "".join(line + "\n" for line in lines)
