"""Glossary rules from accepted corrections: the wrong rendering forbidden, the fix preferred.

The glossary is read, extended and replaced under a lock (qa.locks), so
sixteen editors accepting at once keep all thirty-two rows.

The rows are written unguarded, without the apostrophe that CSV files for
people get (qa.io.delimited.spreadsheet_safe): a glossary is a termbase that
qa and CAT tools read back as data, and a guard would become part of the term
("'-based" would no longer match "-based"). The cells that can start with a
formula character are the editor's own --fix and the document's text; the
reader's words appear only inside the note, which starts with
"correction #", so no reader input can start a cell.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

from qa.errors import InputError, UsageError
from qa.io.delimited import read_rows
from qa.io.files import read_user_file
from qa.locks import locked

GLOSSARY_HEADER = ("source", "target", "status", "note")
RULE_SUFFIXES = (".tsv", ".csv", ".tab", ".txt")
RuleRow = tuple[str, str, str, str]


def _read_glossary_rows(glossary: Path, delimiter: str) -> list[list[str]]:
    if not glossary.exists():
        return []
    data = read_user_file(glossary, "glossary")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        raise InputError(f"glossary {glossary} is not UTF-8 (byte {err.start}); qa adds rules to UTF-8 glossaries only") from None
    return [r for r in read_rows(text, delimiter, f"glossary {glossary}") if r]


def _render(rows: list[list[str]], delimiter: str) -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="\n").writerows(rows)
    return buffer.getvalue()


def add_glossary_rule(glossary: Path, term: str, wrong: str, fix: str, note: str) -> list[RuleRow]:
    """Append 'term → fix (preferred)' and 'term → wrong (forbidden)' to a TSV/CSV glossary; returns the rows added."""
    from qa.atomic import atomic_write_text

    glossary = Path(glossary)
    suffix = glossary.suffix.lower()
    if suffix not in RULE_SUFFIXES:
        raise UsageError(f"{glossary}: --rule writes TSV or CSV glossaries, not {suffix or 'this format'}")
    delimiter = "," if suffix == ".csv" else "\t"
    with locked(glossary, "glossary"):
        rows = _read_glossary_rows(glossary, delimiter)  # inside the lock: merged with every earlier writer
        if not rows or [c.strip().lower() for c in rows[0][:2]] != ["source", "target"]:
            rows.insert(0, list(GLOSSARY_HEADER))
        existing = {tuple(c.strip() for c in r[:3]) for r in rows[1:]}
        added: list[RuleRow] = []
        for row in ((term, fix, "preferred", note), (term, wrong, "forbidden", note)):
            if row[:3] not in existing and row[1] != "":
                rows.append(list(row))
                added.append(row)
        if added or not glossary.exists():
            atomic_write_text(glossary, _render(rows, delimiter))
    return added
