"""Findings as an Excel sheet, the table editors actually review in.

Same columns as the CSV (qa.model.REPORT_COLUMNS), frozen header row, filters
on every column, widths fitted to the content (capped) and wrapped text. Every
cell is written as a string, so a translation that starts with "=" is shown,
never evaluated as a formula.
"""

from __future__ import annotations

import io
import unicodedata
from pathlib import Path
from typing import Any, Iterable, Mapping, Sequence

from qa.model import REPORT_COLUMNS, Finding, finding_row
from qa.atomic import atomic_write_bytes

SHEET_TITLE = "findings"
MAX_WIDTH = 60  # characters; long text wraps instead
MIN_WIDTH = 8
EXCEL_CELL_LIMIT = 32767  # characters Excel keeps in one cell


def _display_width(text: str) -> int:
    """Columns the text needs: CJK and full-width characters take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _clean(text: str) -> str:
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def build_workbook(findings: Iterable[Finding]):
    """An openpyxl Workbook holding the findings table."""
    return build_table((finding_row(f) for f in findings), REPORT_COLUMNS)


def build_table(rows: Iterable[Mapping[str, Any]], columns: Sequence[str] = REPORT_COLUMNS):
    """An openpyxl Workbook with one sheet of `rows` (finding rows, or an audit's with its document column)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font
    from openpyxl.utils import get_column_letter

    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_TITLE
    widths = [_display_width(name) for name in columns]
    wrap = Alignment(wrap_text=True, vertical="top")
    bold = Font(bold=True)
    for col, name in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=col, value=name)
        cell.font = bold
    row_number = 1
    for row_number, row in enumerate(rows, start=2):
        for col, name in enumerate(columns, start=1):
            raw = row.get(name)
            if isinstance(raw, int) or raw is None:  # line numbers stay numbers; no line stays empty
                sheet.cell(row=row_number, column=col, value=raw).alignment = wrap
                continue
            value = _clean(raw)
            cell = sheet.cell(row=row_number, column=col, value=value)
            cell.data_type = "s"  # text even when it starts with "=": a translation is never a formula
            cell.alignment = wrap
            longest_line = max((_display_width(line) for line in value.split("\n")), default=0)
            widths[col - 1] = max(widths[col - 1], longest_line)
    for col, width in enumerate(widths, start=1):
        sheet.column_dimensions[get_column_letter(col)].width = max(MIN_WIDTH, min(MAX_WIDTH, width + 2))
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{max(row_number, 1)}"
    return book


def write_xlsx(findings: Iterable[Finding], out_path: Path | str) -> Path:
    """Write the findings workbook to `out_path` atomically (temporary file, then rename)."""
    buffer = io.BytesIO()
    build_workbook(findings).save(buffer)
    return atomic_write_bytes(Path(out_path), buffer.getvalue())
