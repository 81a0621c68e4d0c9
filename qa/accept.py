"""Accepted findings: false positives an editor reviewed, kept across re-runs.

A finding is remembered by a fingerprint of what it is about, not where it
is: the check id, the pair's source text (whitespace collapsed) and the two
spans. Pair ids and line numbers shift whenever a paragraph is added above,
so they are left out; editing the sentence itself makes the fingerprint (and
the acceptance) lapse, which is what an editor wants.

The file is plain text, one fingerprint per line followed by a comment a
person can read (check id, document, pair, spans), so it can be reviewed and
edited in a pull request:

    3f0c2a9d81b7e645  N201  doc=ten-key-points-2021  p0012  src="2000万" tgt="20 million"
"""

from __future__ import annotations

import hashlib
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from qa.errors import InputError, UsageError
from qa.io.files import read_user_file
from qa.model import Finding

FINGERPRINT = re.compile(r"^[0-9a-f]{16}$")
HEADER = (
    "# qa accept-list: findings reviewed and accepted (false positives or deliberate choices).\n"
    "# One fingerprint per line; the rest of the line says what it was. Delete a line to audit it again.\n"
)


def _normal(text: str) -> str:
    return " ".join(text.split())


def fingerprint(finding: Finding) -> str:
    """A stable 16-hex-digit id of a finding: check, pair source text and spans."""
    anchor = _normal(finding.source) or _normal(finding.target)  # 0-1 pairs have no source
    key = "\x1f".join((finding.check_id, anchor, _normal(finding.source_span), _normal(finding.target_span)))
    return hashlib.sha256(key.encode("utf-8")).hexdigest()[:16]


@dataclass(frozen=True)
class Entry:
    fingerprint: str
    check_id: str = ""
    doc: str = ""


@dataclass
class AcceptList:
    """The accept-list file as read: entries in file order plus the raw lines."""

    path: Path
    entries: dict[str, Entry] = field(default_factory=dict)
    lines: list[str] = field(default_factory=list)

    @property
    def fingerprints(self) -> set[str]:
        return set(self.entries)


def load_accept_list(path: Path) -> AcceptList:
    """Read the accept list; a missing file is an empty list, a garbled line an error."""
    accepted = AcceptList(Path(path))
    try:
        text = read_user_file(path, "accept list").decode("utf-8") if os.path.lexists(path) else ""
    except UnicodeDecodeError as err:
        raise InputError(f"{path}: cannot read accept list: {err}") from None
    for number, line in enumerate(text.splitlines(), 1):
        accepted.lines.append(line)
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        tokens = stripped.split()
        if not FINGERPRINT.match(tokens[0]):
            raise InputError(f"{path}:{number}: expected a 16-digit fingerprint, got {tokens[0]!r}")
        check_id = tokens[1] if len(tokens) > 1 and not tokens[1].startswith("doc=") else ""
        doc = next((t[4:] for t in tokens[1:4] if t.startswith("doc=")), "")
        accepted.entries.setdefault(tokens[0], Entry(tokens[0], check_id, doc))
    return accepted


@dataclass(frozen=True)
class Suppression:
    """The outcome of applying an accept list to one run."""

    kept: list[Finding]
    accepted: list[Finding]
    stale: list[Entry]  # acceptances for this document whose finding no longer occurs


def apply_accept_list(
    findings: Iterable[Finding], accepted: AcceptList, doc_id: str = "", checked_ids: Iterable[str] | None = None
) -> Suppression:
    """Drop accepted findings and list acceptances that matched nothing.

    An entry is only called stale when it belongs to this document (or names
    none) and its check ran in this run, so checking one document, or a
    narrower --select, does not make every other acceptance look stale.
    """
    findings = list(findings)
    kept, dropped, seen = [], [], set()
    for finding in findings:
        fp = fingerprint(finding)
        if fp in accepted.entries:
            dropped.append(finding)
            seen.add(fp)
        else:
            kept.append(finding)
    ran = set(checked_ids) if checked_ids is not None else None
    doc_id = "".join(doc_id.split())  # written without spaces, see entry_line
    stale = [
        entry
        for fp, entry in accepted.entries.items()
        if fp not in seen
        and (not entry.doc or not doc_id or entry.doc == doc_id)
        and (ran is None or not entry.check_id or entry.check_id in ran)
    ]
    return Suppression(kept, dropped, stale)


def _quote(text: str, limit: int = 40) -> str:
    text = _normal(text)
    if len(text) > limit:
        text = text[: limit - 1] + "…"
    return '"' + text.replace('"', "'") + '"'


def entry_line(finding: Finding) -> str:
    return describe(fingerprint(finding), finding.check_id, finding.doc, finding.pair_id, finding.source_span,
                    finding.target_span)


def describe(fp: str, check_id: str = "", doc: str = "", pair_id: str = "", source_span: str = "",
             target_span: str = "") -> str:
    """An accept-list line: the fingerprint, then what it was for people (check, document, pair, spans)."""
    parts = [fp, *(["".join(check_id.split())] if check_id else [])]
    if doc:
        parts.append("doc=" + "".join(doc.split()))
    parts.append("".join((pair_id or "-").split()) or "-")
    if source_span:
        parts.append("src=" + _quote(source_span))
    if target_span:
        parts.append("tgt=" + _quote(target_span))
    return "  ".join(parts)


def extend_accept_list(path: Path, findings: Iterable[Finding]) -> int:
    """Add the fingerprints of `findings` not yet in the file; returns how many were added.

    Existing lines (and any comments people wrote) are kept as they are; the
    file is replaced atomically so an interrupted run never truncates it. The
    file is re-read under a lock (qa.locks), so several `--accept-all` runs at
    once each add their lines to what the others wrote instead of replacing it.
    The file is read back by qa and is not a spreadsheet: its lines are written
    as they are (a fingerprint first, so no line starts with a formula character).
    """
    return add_lines(path, ((fingerprint(f), entry_line(f)) for f in findings))


def add_lines(path: Path, lines: Iterable[tuple[str, str]]) -> int:
    """Add (fingerprint, line) pairs whose fingerprint the file lacks, under the lock; returns how many.

    The one writer of accept-lists: `--accept-all` and `qa accept` both come here.
    """
    from qa.atomic import atomic_write_text
    from qa.locks import locked

    lines = list(lines)
    with locked(Path(path), "accept list"):
        current = load_accept_list(path)
        new_lines, known = [], set(current.entries)
        for fp, line in lines:
            if not FINGERPRINT.match(fp):
                raise UsageError(f"{fp!r} is not a fingerprint (16 hex digits, as in the reports' fingerprint column)")
            if fp not in known:
                known.add(fp)
                new_lines.append(line)
        if not new_lines and Path(path).exists():
            return 0
        head = current.lines if current.lines else HEADER.splitlines()
        try:
            atomic_write_text(Path(path), "\n".join([*head, *new_lines]) + "\n")
        except OSError as err:
            raise UsageError(f"{path}: cannot write accept list: {err.strerror or err}") from None
    return len(new_lines)
