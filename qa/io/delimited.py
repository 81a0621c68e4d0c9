"""Delimited tables (TSV/CSV) read and written the same way everywhere.

Reading: a tab-separated file is read literally, cell for cell, unless it
shows the marks of CSV quoting (a quoted cell with a doubled "" inside, or a
quoted cell that spans lines or holds a tab). Corpora such as WMT's news
TSVs begin many cells with a quotation mark that is part of the text
(`"Our cereal business…," the CFO said.`); CSV quote processing would swallow
the rows after it into one cell. Comma-separated files are real CSV and are
read with quoting. Cells are not limited in size (csv's default limit of
128 KB raises on long paragraphs).

Writing for people: a cell that a spreadsheet would run as a formula
(starting with =, +, -, @, tab or CR) is prefixed with an apostrophe, as OWASP
recommends against CSV injection. JSONL and files that qa reads back are not
neutralised.
"""

from __future__ import annotations

import csv
import io
import re
import sys

from qa.errors import InputError

FORMULA_START = ("=", "+", "-", "@", "\t", "\r")
_QUOTED_ONE_LINE = re.compile(r'(?:^|\t)"((?:[^"\n]|"")*)"(?=\t|$)', re.MULTILINE)
_LINE_END = re.compile(r"\r\n|\r|\n")


def _raise_field_limit() -> None:
    """Lift csv's 128 KB cell limit: a paragraph of a long document is one cell."""
    limit = sys.maxsize
    while True:
        try:
            csv.field_size_limit(limit)
            return
        except OverflowError:  # a C long is smaller than sys.maxsize on some platforms
            limit //= 2


def _csv_quoted_rows(text: str) -> list[list[str]] | None:
    """The rows of a TSV that quotes cells the CSV way, or None when its quotation marks are text.

    Evidence of CSV quoting: a quoted cell with a doubled quote or a tab inside, or
    quoted cells spanning lines that parse strictly into rows all as wide as the first
    while the lines read literally are not all of one width, and none of those cells holds a
    tab (the next row's cells, read as one). A news excerpt whose one
    cell opens with a quotation mark and a later cell ends with one parses strictly
    too, into one row swallowing the lines between; read literally, each of its lines
    is already a full row.
    """
    if '"' not in text:
        return None
    try:
        rows = list(csv.reader(io.StringIO(text, newline=""), delimiter="\t", strict=True))
    except csv.Error:
        return None
    if any('""' in m.group(1) or "\t" in m.group(1) for m in _QUOTED_ONE_LINE.finditer(text)):
        return rows
    widths = {len(row) for row in rows if row}
    multiline = [cell for row in rows for cell in row if "\n" in cell or "\r" in cell]
    if not multiline or len(widths) != 1 or any("\t" in cell for cell in multiline):
        return None  # a "cell" running over lines and tabs is rows read through a quotation mark that is text
    literal_widths = {line.count("\t") + 1 for line in _LINE_END.split(text) if line}
    return rows if len(literal_widths) > 1 else None


def read_rows(text: str, delimiter: str, name: str = "table") -> list[list[str]]:
    """Every row of a delimited table, cells as written (see the module docstring for quoting)."""
    _raise_field_limit()
    if delimiter == "\t":
        quoted = _csv_quoted_rows(text)
        if quoted is not None:
            return quoted
        lines = _LINE_END.split(text)
        if lines and lines[-1] == "":
            lines.pop()
        return [line.split("\t") if line else [] for line in lines]
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    try:
        return list(reader)
    except csv.Error as err:
        raise InputError(f"{name}: line {reader.line_num}: not readable as CSV ({err})") from None


def spreadsheet_safe(cell: object) -> str:
    """The cell as text, prefixed with ' when a spreadsheet would read it as a formula."""
    text = "" if cell is None else str(cell)
    return "'" + text if text.startswith(FORMULA_START) else text


def render_people_csv(header: list[str] | tuple[str, ...], rows, delimiter: str = ",",
                      lineterminator: str = "\n") -> str:
    """A CSV for people to open in a spreadsheet: every cell neutralised; rows are sequences or dicts."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator=lineterminator)
    writer.writerow([spreadsheet_safe(h) for h in header])
    for row in rows:
        cells = [row.get(h, "") for h in header] if isinstance(row, dict) else list(row)
        writer.writerow([spreadsheet_safe(c) for c in cells])
    return buffer.getvalue()
