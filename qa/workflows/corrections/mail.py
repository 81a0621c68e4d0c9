"""Reports that still arrive by e-mail: an mbox or .eml files read into the ledger.

The convention is the one the web snippet's mailto fallback writes: lines
`Page:`, `Quote:` and `Suggestion:` (and optionally `Note:`) in the body. A
message with all three becomes a report, the sender's address kept as its
e-mail; every other message — no such lines, a page the documents folder does
not have, a quote not in the document — is listed with the reason, never
dropped silently.
"""

from __future__ import annotations

import email
import email.policy
import mailbox
import re
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import parseaddr
from pathlib import Path
from typing import Iterator

from qa.errors import InputError
from qa.io.files import shown
from qa.workflows.corrections.documents import Documents, RefusedDocument
from qa.workflows.corrections.ledger import Correction, Ledger

FIELDS = {"page": "page", "quote": "quote", "suggestion": "suggest", "note": "note"}
REQUIRED = ("page", "quote", "suggest")
_LINE = re.compile(r"^\s*(page|quote|suggestion|note)\s*:\s*(.*?)\s*$", re.IGNORECASE)
MESSAGE_LIMIT = 1 << 20


@dataclass(frozen=True)
class Outcome:
    """One message: the report it became, or why it did not."""

    where: str  # file and message number, for the list
    sender: str
    subject: str
    report: Correction | None = None
    problem: str = ""


def messages(path: Path) -> Iterator[tuple[str, EmailMessage]]:
    """The messages of an mbox file, or the one message of an .eml file, each with a label."""
    if path.suffix.lower() == ".eml":
        with open(path, "rb") as handle:
            yield shown(path), email.message_from_binary_file(handle, policy=email.policy.default)
        return
    box = mailbox.mbox(path, factory=None, create=False)
    try:
        for number, key in enumerate(box.iterkeys(), 1):
            data = box.get_bytes(key)
            yield f"{shown(path)} message {number}", email.message_from_bytes(data, policy=email.policy.default)
    finally:
        box.close()


def body_text(message: EmailMessage) -> str:
    """The plain-text body (the first text/plain part); "" when there is none or it cannot be decoded."""
    part = message.get_body(preferencelist=("plain",))
    if part is None:
        return ""
    try:
        return str(part.get_content())[:MESSAGE_LIMIT]
    except (LookupError, UnicodeError, ValueError):
        return ""


def fields_of(text: str) -> dict[str, str]:
    """The convention's lines of a body, by ledger field name; a field given twice keeps its first line."""
    found: dict[str, str] = {}
    for line in text.splitlines():
        m = _LINE.match(line.lstrip("> "))  # a reply quoting the original still counts
        if m:
            found.setdefault(FIELDS[m.group(1).lower()], m.group(2))
    return found


def import_messages(ledger: Ledger, paths: list[Path], documents: Documents) -> list[Outcome]:
    """Every message of every file, as a report or with the reason it is not one."""
    from qa.pipeline import load_alignment
    from qa.workflows.corrections.locate import add_report

    outcomes, aligned = [], {}
    for path in paths:
        if not path.is_file():
            raise InputError(f"{shown(path)}: no such file")
        found = 0
        for where, message in messages(path):
            found += 1
            sender = parseaddr(str(message.get("From", "")))[1]
            subject = " ".join(str(message.get("Subject", "")).split())
            values = fields_of(body_text(message))
            missing = [name for name in REQUIRED if not values.get(name)]
            if missing:
                names = ", ".join(f"{'Suggestion' if m == 'suggest' else m.title()}:" for m in missing)
                outcomes.append(Outcome(where, sender, subject, problem=f"not understood: no {names} line"))
                continue
            try:
                doc = documents.resolve(values["page"])
                if doc not in aligned:
                    aligned[doc] = load_alignment(doc)
                report = add_report(ledger, doc, values["quote"], values["suggest"], note=values.get("note", ""),
                                    alignment=aligned[doc], email=sender, page=values["page"])
            except (InputError, RefusedDocument) as err:  # the ledger's own failures stop the import
                outcomes.append(Outcome(where, sender, subject, problem=f"not recorded: {err}"))
                continue
            outcomes.append(Outcome(where, sender, subject, report=report))
        if not found:
            outcomes.append(Outcome(shown(path), "", "", problem="not understood: no message in it (an mbox file starts "
                                                                  "with a 'From ' line; name a single message *.eml)"))
    return outcomes
