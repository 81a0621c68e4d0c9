"""Applying accepted corrections: a corrected copy (or the document itself) and its erratum.

Applying in place is the one step that changes a reader's document, so it is
made safe against a kill at any moment:

1. the corrected text and a plan (target, SHA-256 before and after, errata)
   are computed before anything is written;
2. the `.bak` backup is written with the document's own mode and owner;
3. the plan is journalled in the ledger, *then* the document is replaced;
4. the errata are written (rows keyed by correction id, so writing them
   again replaces them), then the corrections are marked applied and the
   journal cleared in one transaction.

A rerun after a kill between 3 and 4 finds the journal and a document whose
SHA-256 is the planned one: it finishes steps 4 instead of applying again
("Premier Li Li Qiang"). Independently, an occurrence of the reported text
that already sits inside its fix is never corrected again (see
`locate.position`). Leftover temporary files of the killed run are removed.
Runs are serialised by a lock beside the ledger.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import asdict, dataclass
from datetime import date
from pathlib import Path

from qa.errors import InputError, UsageError
from qa.io.files import shown
from qa.locks import locked
from qa.workflows.corrections.erratum import ErratumRow, merged, read_erratum, render_csv, render_md
from qa.workflows.corrections.ledger import Correction, Ledger
from qa.workflows.corrections.locate import position
from qa.workflows.corrections.replace import remove_leftovers, sha256_of, write_like, write_through


@dataclass(frozen=True)
class Applied:
    """What one document's apply wrote, and anything the editor should be told."""

    doc: str
    out: Path
    backup: Path | None
    erratum_md: Path
    erratum_csv: Path
    corrections: tuple[Correction, ...]
    notes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Plan:
    """The files one document's apply writes; journalled before the document is replaced."""

    doc: str
    target: str
    after_sha: str
    backup: str
    erratum_csv: str
    erratum_md: str

    def to_json(self) -> str:
        return json.dumps(asdict(self), sort_keys=True)  # ASCII escapes keep undecodable file names exact

    @classmethod
    def from_json(cls, text: str) -> "Plan":
        return cls(**json.loads(text))


@dataclass(frozen=True)
class Where:
    """Where this run writes: the corrected file and the errata."""

    in_place: bool
    out: Path | None
    out_dir: Path
    force: bool

    def plan(self, source: Path, after: bytes, backup: bool) -> Plan:
        target = source if self.in_place else (self.out or self.out_dir / source.name)
        if not self.in_place and target.resolve() == source.resolve():
            raise UsageError(f"refusing to write over the input {source}; use --in-place (keeps a .bak backup)")
        errata_dir = self.out_dir if self.in_place else target.parent
        stem = source.stem if self.in_place else target.stem
        return Plan(str(source), str(target), hashlib.sha256(after).hexdigest(),
                    str(_free_backup(source)) if self.in_place and backup else "",
                    str(errata_dir / f"{stem}.erratum.csv"), str(errata_dir / f"{stem}.erratum.md"))


def _free_backup(source: Path) -> Path:
    backup, n = source.with_name(source.name + ".bak"), 1
    while backup.exists():
        backup, n = source.with_name(f"{source.name}.bak{n}"), n + 1
    return backup


def apply(ledger: Ledger, out: Path | None = None, in_place: bool = False, doc: str | None = None,
          out_dir: Path = Path("corrected"), force: bool = False) -> list[Applied]:
    """Write the corrected copy of each document with accepted corrections, and its erratum."""
    if out is not None and in_place:
        raise UsageError("--out and --in-place contradict each other; give one")
    where = Where(in_place, out, out_dir, force)
    with locked(ledger.path, "corrections ledger"):  # one apply at a time: leftovers are nobody's but ours
        by_doc: dict[str, list[Correction]] = {}
        for item in ledger.list("accepted"):
            if doc is None or Path(item.doc) == Path(doc).resolve():
                by_doc.setdefault(item.doc, []).append(item)
        if not by_doc:
            raise UsageError("no accepted correction to apply")
        if out is not None and len(by_doc) > 1:
            raise UsageError(f"--out names one file but {len(by_doc)} documents have accepted corrections; add --doc")
        return [_apply_document(ledger, Path(path), items, where) for path, items in by_doc.items()]


def _interrupted(ledger: Ledger, items: list[Correction]) -> Plan | None:
    """The plan of an earlier run that replaced the document but was killed before recording it."""
    ids = [i.id for i in items]
    journal = ledger.journal(ids)
    if not journal:
        return None
    plans = {Plan.from_json(text) for text in journal.values()}
    if len(plans) == 1 and len(journal) == len(ids):
        (plan,) = plans
        if sha256_of(Path(plan.target)) == plan.after_sha:
            return plan
    ledger.clear_journal(list(journal))  # killed before the replace: nothing of it was written
    return None


def _corrected(text: str, items: list[Correction], source: Path) -> tuple[str, list[Correction], list[Correction]]:
    """The corrected text, the corrections made, and those whose fix was already in place."""
    found = [(position(text, c), c) for c in items]
    done = [c for at, c in found if at is None]
    edits = sorted(((at, c) for at, c in found if at is not None), key=lambda e: e[0], reverse=True)
    for (at, item), (later, other) in zip(edits[1:], edits):
        if at + len(item.wrong) > later:
            raise InputError(f"corrections #{item.id} and #{other.id} overlap in {source}")
    for at, item in edits:
        text = text[:at] + item.fix + text[at + len(item.wrong):]
    return text, [c for _, c in edits], done


def _read(source: Path) -> bytes:
    try:
        return source.read_bytes()
    except OSError as err:
        raise InputError(f"{source}: cannot read ({err.strerror})") from None


def _apply_document(ledger: Ledger, source: Path, items: list[Correction], where: Where) -> Applied:
    from qa.io.decode import decode_with_format

    notes: list[str] = []
    plan = _interrupted(ledger, items)
    if plan is not None:
        notes.append(f"{source}: finished an apply that was interrupted after the document was written")
        notes += _remove_leftovers(plan)
        return _finish(ledger, plan, items, _errata(plan, items), notes)
    data = _read(source)
    text, text_format = decode_with_format(data, str(source))
    corrected, edited, done = _corrected(text, items, source)
    notes += [f"#{c.id}: the fix {c.fix!r} is already in {source.name}; recorded as applied" for c in done]
    after = text_format.encode(corrected) if edited else data  # same encoding, BOM and line ends as the input
    plan = where.plan(source, after, backup=bool(edited))
    errata = _errata(plan, items)  # everything computed before the first file is written
    notes += _remove_leftovers(plan)
    if where.in_place and edited:
        notes += _replace_in_place(ledger, source, data, after, plan, items, where.force)
    elif not where.in_place:
        from qa.atomic import atomic_write_bytes

        ledger.write_journal([i.id for i in items], plan.to_json())
        atomic_write_bytes(Path(plan.target), after)
    return _finish(ledger, plan, items, errata, notes)


def _remove_leftovers(plan: Plan) -> list[str]:
    removed = remove_leftovers([Path(p) for p in (plan.target, plan.erratum_csv, plan.erratum_md, plan.backup) if p])
    return [f"removed {removed} temporary file(s) left by an interrupted run"] if removed else []


def _replace_in_place(ledger: Ledger, source: Path, data: bytes, after: bytes, plan: Plan,
                      items: list[Correction], force: bool) -> list[str]:
    """Backup, journal, replace: keeping the document's mode, owner and (with --force) hard links."""
    like = os.stat(source)
    links = like.st_nlink - 1
    if links and not force:
        raise UsageError(f"{source} has {links} other hard link(s) that would keep the old text; "
                         "give --force to correct it through every link")
    notes = [n for n in (write_like(Path(plan.backup), data, like),) if n]
    ledger.write_journal([i.id for i in items], plan.to_json())
    if links:
        write_through(source, after)
        notes.append(f"{source}: corrected through all {links + 1} hard links (--force)")
    else:
        notes += [n for n in (write_like(source, after, like),) if n]
    return notes


def _rows(source_name: str, items: list[Correction]) -> list[ErratumRow]:
    from qa.compare import ter_of

    today = date.today().isoformat()
    rows = []
    for item in sorted(items, key=lambda c: (c.line, c.id)):
        after_pair = item.target.replace(item.wrong, item.fix, 1)
        location = f"pair {item.pair_id}, line {item.line}" if item.line else f"pair {item.pair_id}"
        rows.append(ErratumRow(today, source_name, location, item.wrong, item.fix, item.term, item.reporter,
                               f"{ter_of(item.target, after_pair):.2f}", str(item.id)))
    return rows


def _errata(plan: Plan, items: list[Correction]) -> tuple[str, str]:
    """The erratum CSV and Markdown after this apply: earlier rows kept, these corrections' rows replaced."""
    from qa.compare import ter_signature

    name = shown(Path(plan.doc).name)  # for people: undecodable bytes of a name as U+FFFD
    rows = merged(read_erratum(Path(plan.erratum_csv)), _rows(name, items))
    return render_csv(rows), render_md(name, rows, ter_signature())


def _finish(ledger: Ledger, plan: Plan, items: list[Correction], errata: tuple[str, str], notes: list[str]) -> Applied:
    """Errata written (idempotently), then the corrections marked applied and the journal cleared."""
    from qa.atomic import atomic_write_text

    csv_path, md_path = Path(plan.erratum_csv), Path(plan.erratum_md)
    atomic_write_text(csv_path, errata[0])
    atomic_write_text(md_path, errata[1])
    ledger.mark_applied([i.id for i in items], plan.target)
    return Applied(plan.doc, Path(plan.target), Path(plan.backup) if plan.backup else None, md_path, csv_path,
                   tuple(items), tuple(notes))
