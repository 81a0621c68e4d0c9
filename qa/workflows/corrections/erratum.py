"""The erratum of a document: what was corrected, where, for whom, as CSV and Markdown.

The CSV is for people (it opens in a spreadsheet) and carries the readers'
words, so every cell a spreadsheet would run as a formula gets a leading
apostrophe (OWASP's CSV-injection guard, qa.io.delimited.spreadsheet_safe).
qa also reads the file back to add the next corrections, so the guard must
come off exactly: a cell that itself starts with an apostrophe gets one more,
and the reader removes one leading apostrophe from every cell. What was
written is what is read ("=1+1" → "'=1+1" → "=1+1"; "'x" → "''x" → "'x").

Rows are keyed by correction id: writing a correction's row again (an apply
finished after a crash) replaces it instead of listing the fix twice.
"""

from __future__ import annotations

from dataclasses import astuple, dataclass
from pathlib import Path
from typing import Iterable, Sequence

from qa.errors import InputError
from qa.io.delimited import read_rows, render_people_csv
from qa.io.files import read_user_file

GUARD = "'"


@dataclass(frozen=True)
class ErratumRow:
    """One line of an erratum; field order is the column order (names with spaces in `COLUMNS`)."""

    date: str
    document: str
    location: str
    before: str
    after: str
    source_term: str
    reporter: str
    ter: str
    correction: str


COLUMNS = ("date", "document", "location", "before", "after", "source term", "reporter", "TER", "correction")


def _guarded(cell: str) -> str:
    """An apostrophe-started cell gets one more, so reading strips exactly what render_people_csv adds."""
    return GUARD + cell if cell.startswith(GUARD) else cell


def _unguarded(cell: str) -> str:
    return cell[1:] if cell.startswith(GUARD) else cell


def render_csv(rows: Iterable[ErratumRow]) -> str:
    return render_people_csv(COLUMNS, [[_guarded(c) for c in astuple(r)] for r in rows])


def read_erratum(path: Path) -> list[ErratumRow]:
    """The rows of an erratum CSV qa wrote, guards removed; a missing file has none."""
    if not path.exists():
        return []
    try:
        text = read_user_file(path, "erratum").decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(f"erratum {path} is not UTF-8 (byte {err.start}); move it aside to start a new one") from None
    table = read_rows(text, ",", f"erratum {path}")
    if not table:
        return []
    if [_unguarded(h) for h in table[0]][: len(COLUMNS)] != list(COLUMNS):
        raise InputError(f"erratum {path} does not have qa's columns ({', '.join(COLUMNS)}); move it aside to start a new one")
    rows = []
    for raw in table[1:]:
        if raw:
            cells = [_unguarded(c) for c in raw] + [""] * len(COLUMNS)
            rows.append(ErratumRow(*cells[: len(COLUMNS)]))
    return rows


def merged(old: Sequence[ErratumRow], new: Sequence[ErratumRow]) -> list[ErratumRow]:
    """Old rows, then new ones; a correction already listed is replaced where it stands."""
    fresh = {r.correction: r for r in new}
    out = [fresh.pop(r.correction, r) for r in old]
    return out + [r for r in new if r.correction in fresh]


def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def render_md(name: str, rows: Iterable[ErratumRow], signature: str) -> str:
    lines = [
        f"# Erratum: {name}",
        "",
        "| " + " | ".join(COLUMNS) + " |",
        "|" + "---|" * len(COLUMNS),
    ]
    lines += ["| " + " | ".join(_md_cell(c) for c in astuple(r)) + " |" for r in rows]
    lines += ["", f"TER is the edit rate of the corrected paragraph against the published one ({signature})."]
    return "\n".join(lines) + "\n"


