"""The readers' corrections ledger: record a report, verify it, fix it, keep an erratum.

A reader quotes the text they think is wrong; the ledger finds the quote in
the document's aligned pairs (exactly, then ignoring case and spacing, then
fuzzily) and keeps the pair with it, so an editor sees the Chinese the quote
translates. `verify` runs the same checks as `qa check` on the document and
says whether one of them agrees; `accept --rule` turns the fix into glossary
rules (the wrong rendering forbidden, the fix preferred) so the same error is
caught in every other document; `apply` writes a corrected copy and an
erratum. The ledger is SQLite in WAL mode; every change is one transaction,
so two editors working at once never lose a record.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import time
from dataclasses import dataclass, fields
from datetime import date
from pathlib import Path
from typing import Any, Iterable, Sequence

from qa.errors import InputError, UsageError
from qa.sqlite_store import open_database

DEFAULT_LEDGER = Path(".qa") / "corrections.sqlite"
STATUSES = ("open", "accepted", "rejected", "applied")
FUZZY_MIN = 0.75

SCHEMA = """
CREATE TABLE IF NOT EXISTS corrections (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created TEXT NOT NULL,
    doc TEXT NOT NULL,
    quote TEXT NOT NULL,
    suggest TEXT NOT NULL DEFAULT '',
    reporter TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'open',
    pair_id TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    target TEXT NOT NULL DEFAULT '',
    matched TEXT NOT NULL DEFAULT '',
    side TEXT NOT NULL DEFAULT 'target',
    match TEXT NOT NULL DEFAULT '',
    line INTEGER NOT NULL DEFAULT 0,
    fix TEXT NOT NULL DEFAULT '',
    term TEXT NOT NULL DEFAULT '',
    rule INTEGER NOT NULL DEFAULT 0,
    why TEXT NOT NULL DEFAULT '',
    verdict TEXT NOT NULL DEFAULT '',
    applied_to TEXT NOT NULL DEFAULT '',
    updated REAL NOT NULL DEFAULT 0
)
"""


@dataclass(frozen=True)
class Correction:
    id: int
    created: str
    doc: str
    quote: str
    suggest: str = ""
    reporter: str = ""
    note: str = ""
    status: str = "open"
    pair_id: str = ""
    source: str = ""
    target: str = ""
    matched: str = ""  # the quote as it stands in the document
    side: str = "target"
    match: str = ""  # exact, normalised, fuzzy 0.86
    line: int = 0
    fix: str = ""
    term: str = ""  # source term the correction is about (from verify or --term)
    rule: int = 0
    why: str = ""
    verdict: str = ""  # JSON of the last verify
    applied_to: str = ""
    updated: float = 0.0

    @property
    def verdict_data(self) -> dict[str, Any]:
        return json.loads(self.verdict) if self.verdict else {}


COLUMNS = tuple(f.name for f in fields(Correction))


class Ledger:
    """The corrections database; safe for several processes at once."""

    def __init__(self, path: str | Path = DEFAULT_LEDGER):
        self.path = Path(path)
        # autocommit: every write takes the lock itself (BEGIN IMMEDIATE) so no record is lost between editors
        self.db = open_database(self.path, SCHEMA, "the corrections ledger", autocommit=True)

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> "Ledger":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def insert(self, **values: Any) -> Correction:
        values = {k: v for k, v in values.items() if k in COLUMNS and k != "id"}
        values.setdefault("created", time.strftime("%Y-%m-%d %H:%M:%S"))
        values["updated"] = time.time()
        names = ", ".join(values)
        marks = ", ".join("?" for _ in values)
        self.db.execute("BEGIN IMMEDIATE")  # take the write lock now: no lost update between editors
        try:
            cursor = self.db.execute(f"INSERT INTO corrections ({names}) VALUES ({marks})", tuple(values.values()))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return self.get(cursor.lastrowid)

    def update(self, correction_id: int, **values: Any) -> Correction:
        values = {k: v for k, v in values.items() if k in COLUMNS and k != "id"}
        values["updated"] = time.time()
        assignments = ", ".join(f"{k}=?" for k in values)
        self.db.execute("BEGIN IMMEDIATE")
        try:
            self.db.execute(f"UPDATE corrections SET {assignments} WHERE id=?", (*values.values(), correction_id))
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return self.get(correction_id)

    def get(self, correction_id: int) -> Correction:
        row = self.db.execute(f"SELECT {', '.join(COLUMNS)} FROM corrections WHERE id=?", (correction_id,)).fetchone()
        if row is None:
            raise UsageError(f"no correction #{correction_id} in {self.path}")
        return Correction(*row)

    def list(self, status: str | None = None) -> list[Correction]:
        query = f"SELECT {', '.join(COLUMNS)} FROM corrections"
        rows = self.db.execute(query + " WHERE status=? ORDER BY id", (status,)) if status else self.db.execute(query + " ORDER BY id")
        return [Correction(*row) for row in rows]


# ---------------------------------------------------------------- locating a quote


@dataclass(frozen=True)
class Location:
    pair: Any  # qa.model.Pair
    matched: str
    side: str
    match: str


def _loose_pattern(quote: str) -> re.Pattern:
    words = [re.escape(w) for w in quote.replace("’", "'").split()]
    return re.compile(r"\s+".join(w.replace("'", "['’]") for w in words), re.IGNORECASE)


def _fuzzy_in(text: str, quote: str) -> tuple[float, str]:
    """The best-matching run of words in `text` for `quote` and its similarity ratio."""
    tokens = list(re.finditer(r"\S+", text))
    n = len(quote.split())
    best = (0.0, "")
    wanted = quote.lower()
    for size in {max(1, n - 1), n, n + 1}:
        for i in range(0, max(0, len(tokens) - size) + 1):
            window = tokens[i : i + size]
            if not window:
                continue
            candidate = text[window[0].start() : window[-1].end()]
            ratio = difflib.SequenceMatcher(None, wanted, candidate.lower().strip(".,;:!?\"“”")).ratio()
            if ratio > best[0]:
                best = (ratio, candidate.strip(".,;:!?\"“”"))
    return best


def locate(alignment, quote: str) -> Location:
    """Where the quote is: exact, then case and spacing ignored, then the closest run of words."""
    quote = quote.strip()
    if not quote:
        raise UsageError("--quote is empty")
    pairs = [p for p in alignment.body_pairs if p.source.strip() or p.target.strip()]
    for side in ("target", "source"):
        for pair in pairs:
            if quote in getattr(pair, side):
                return Location(pair, quote, side, "exact")
    pattern = _loose_pattern(quote)
    for side in ("target", "source"):
        for pair in pairs:
            m = pattern.search(getattr(pair, side))
            if m:
                return Location(pair, m.group(), side, "normalised")
    scored = [(_fuzzy_in(p.target, quote), p) for p in pairs if p.target.strip()]
    if scored:
        (ratio, text), pair = max(scored, key=lambda item: item[0][0])
        if ratio >= FUZZY_MIN:
            return Location(pair, text, "target", f"fuzzy {ratio:.2f}")
    raise InputError(f"{alignment.doc.path}: the quote {quote!r} is not in the document (nor anything close to it)")


def add_report(ledger: Ledger, doc: str | Path, quote: str, suggest: str = "", reporter: str = "", note: str = "") -> Correction:
    from qa.pipeline import load_alignment

    path = Path(doc)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    alignment = load_alignment(path)
    where = locate(alignment, quote)
    pair = where.pair
    line = pair.target_line if where.side == "target" else pair.source_line
    return ledger.insert(
        doc=str(path.resolve()), quote=quote, suggest=suggest, reporter=reporter, note=note,
        pair_id=pair.id, source=pair.source, target=pair.target, matched=where.matched, side=where.side,
        match=where.match, line=line,
    )


# ---------------------------------------------------------------- verify


def _overlaps(span: str, matched: str) -> bool:
    a, b = span.casefold(), matched.casefold()
    return bool(a and b) and (a in b or b in a)


def verify(ledger: Ledger, correction_id: int, settings=None, glossary=None) -> dict[str, Any]:
    """Run the checks on the document and keep those about the reported pair; store the verdict."""
    from qa.checking import check_alignment
    from qa.checks.registry import all_checks
    from qa.config import Settings
    from qa.pipeline import load_alignment
    from qa.selection import select_checks

    item = ledger.get(correction_id)
    settings = settings or Settings()
    alignment = load_alignment(item.doc)
    pair = next((p for p in alignment.pairs if p.id == item.pair_id and p.target == item.target), None)
    if pair is None:  # the document changed since the report: find the quote again
        pair = locate(alignment, item.matched or item.quote).pair
    findings = check_alignment(alignment, select_checks(settings, all_checks()), glossary, settings).findings
    on_pair = [f for f in findings if f.pair_id == pair.id]
    field = "target_span" if item.side == "target" else "source_span"
    agreeing = [f for f in on_pair if _overlaps(getattr(f, field), item.matched)]
    verdict = {
        "agrees": bool(agreeing),
        "pair_id": pair.id,
        "source": pair.source,
        "target": pair.target,
        "findings": [
            {k: (getattr(f, k).value if k == "severity" else getattr(f, k))
             for k in ("check_id", "check", "category", "severity", "source_span", "target_span", "message", "suggestion")}
            | {"about_quote": f in agreeing}
            for f in on_pair
        ],
    }
    term = next((f.source_span for f in agreeing if f.source_span), "")
    ledger.update(correction_id, verdict=json.dumps(verdict, ensure_ascii=False), term=item.term or term)
    return verdict


# ---------------------------------------------------------------- accept / reject


GLOSSARY_HEADER = ("source", "target", "status", "note")


def add_glossary_rule(glossary: Path, term: str, wrong: str, fix: str, note: str) -> list[tuple[str, ...]]:
    """Append 'term → fix (preferred)' and 'term → wrong (forbidden)' to a TSV/CSV glossary; returns the rows added."""
    suffix = glossary.suffix.lower()
    if suffix not in (".tsv", ".csv", ".tab", ".txt"):
        raise UsageError(f"{glossary}: --rule writes TSV or CSV glossaries, not {suffix or 'this format'}")
    delimiter = "," if suffix == ".csv" else "\t"
    rows: list[list[str]] = []
    if glossary.exists():
        text = glossary.read_text(encoding="utf-8-sig")
        rows = [r for r in csv.reader(io.StringIO(text), delimiter=delimiter) if r]
    if not rows or [c.strip().lower() for c in rows[0][:2]] != ["source", "target"]:
        rows.insert(0, list(GLOSSARY_HEADER))
    existing = {tuple(c.strip() for c in r[:3]) for r in rows[1:]}
    added = []
    for row in ((term, fix, "preferred", note), (term, wrong, "forbidden", note)):
        if row[:3] not in existing and row[1] != "":
            rows.append(list(row))
            added.append(row)
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter, lineterminator="\n")
    writer.writerows(rows)
    from qa.atomic import atomic_write_text as write_text

    write_text(glossary, buffer.getvalue())
    return added


def accept(ledger: Ledger, correction_id: int, fix: str, rule: bool = False, term: str = "",
           glossary: Path | None = None) -> tuple[Correction, list[tuple[str, ...]]]:
    item = ledger.get(correction_id)
    if item.status not in ("open", "accepted"):
        raise UsageError(f"correction #{correction_id} is {item.status}; only open reports can be accepted")
    if not fix.strip():
        raise UsageError("--fix is empty")
    term = term or item.term
    added: list[tuple[str, ...]] = []
    if rule:
        if not term:
            raise UsageError(
                f"correction #{correction_id}: which source term is this rule for? "
                "Run `qa corrections verify` first or give --term"
            )
        added = add_glossary_rule(glossary or Path("glossary.tsv"), term, item.matched or item.quote, fix.strip(),
                                  f"correction #{correction_id}" + (f" from {item.reporter}" if item.reporter else ""))
    return ledger.update(correction_id, status="accepted", fix=fix.strip(), rule=int(rule), term=term), added


def reject(ledger: Ledger, correction_id: int, why: str) -> Correction:
    item = ledger.get(correction_id)
    if item.status == "applied":
        raise UsageError(f"correction #{correction_id} is already applied")
    if not why.strip():
        raise UsageError("--why is empty: say why the report is rejected")
    return ledger.update(correction_id, status="rejected", why=why.strip())


# ---------------------------------------------------------------- apply


def _line_offset(text: str, line: int) -> int:
    if line <= 1:
        return 0
    offset = 0
    for _ in range(line - 1):
        nxt = text.find("\n", offset)
        if nxt < 0:
            return 0
        offset = nxt + 1
    return offset


def _position(text: str, item: Correction) -> int:
    """Offset of the reported text: at the pair's line when known, else its only occurrence."""
    needle = item.matched or item.quote
    start = _line_offset(text, item.line)
    end = text.find("\n\n", start)
    at = text.find(needle, start)
    if item.line and at >= 0 and (end < 0 or at < end):
        return at
    if text.count(needle) == 1:
        return text.index(needle)
    where = f"line {item.line}" if item.line else "the document"
    raise InputError(f"correction #{item.id}: {needle!r} is not at {where} of {item.doc} any more; correct it by hand")


@dataclass(frozen=True)
class Applied:
    doc: str
    out: Path
    backup: Path | None
    erratum_md: Path
    erratum_csv: Path
    corrections: tuple[Correction, ...]


ERRATUM_COLUMNS = ("date", "document", "location", "before", "after", "source term", "reporter", "TER", "correction")


def apply(ledger: Ledger, out: Path | None = None, in_place: bool = False, doc: str | None = None,
          out_dir: Path = Path("corrected")) -> list[Applied]:
    """Write the corrected copy of each document with accepted corrections, and its erratum."""
    from qa.atomic import atomic_write_bytes as write_bytes, atomic_write_text as write_text
    from qa.compare import ter_of, ter_signature
    from qa.io.decode import decode_with_format

    pending = [c for c in ledger.list("accepted") if doc is None or Path(c.doc) == Path(doc).resolve()]
    if not pending:
        raise UsageError("no accepted correction to apply")
    by_doc: dict[str, list[Correction]] = {}
    for item in pending:
        by_doc.setdefault(item.doc, []).append(item)
    if out is not None and len(by_doc) > 1:
        raise UsageError(f"--out names one file but {len(by_doc)} documents have accepted corrections; add --doc")
    if out is not None and in_place:
        raise UsageError("--out and --in-place contradict each other; give one")
    results = []
    for path_text, items in by_doc.items():
        source = Path(path_text)
        try:
            data = source.read_bytes()
        except OSError as err:
            raise InputError(f"{source}: cannot read ({err.strerror})") from None
        text, text_format = decode_with_format(data, str(source))
        edits = sorted(((_position(text, c), c) for c in items), key=lambda e: e[0], reverse=True)
        for (at, item), (later, _) in zip(edits[1:], edits):
            if at + len(item.matched or item.quote) > later:
                raise InputError(f"corrections #{item.id} and #{_.id} overlap in {source}")
        corrected = text
        for at, item in edits:
            corrected = corrected[:at] + item.fix + corrected[at + len(item.matched or item.quote):]
        target = source if in_place else (out or out_dir / source.name)
        errata_dir = out_dir if in_place else target.parent
        stem = source.stem if in_place else target.stem
        erratum_csv, erratum_md = errata_dir / f"{stem}.erratum.csv", errata_dir / f"{stem}.erratum.md"
        rows = _read_erratum(erratum_csv)
        today = date.today().isoformat()
        for _, item in sorted(edits, key=lambda e: e[0]):
            after_pair = item.target.replace(item.matched or item.quote, item.fix, 1)
            rows.append({
                "date": today,
                "document": source.name,
                "location": f"pair {item.pair_id}, line {item.line}" if item.line else f"pair {item.pair_id}",
                "before": item.matched or item.quote,
                "after": item.fix,
                "source term": item.term,
                "reporter": item.reporter,
                "TER": f"{ter_of(item.target, after_pair):.2f}",
                "correction": str(item.id),
            })
        signature = ter_signature()  # everything computed before the first file is written
        backup = None
        if in_place:
            target = source
            backup = source.with_name(source.name + ".bak")
            n = 1
            while backup.exists():
                backup, n = source.with_name(f"{source.name}.bak{n}"), n + 1
            write_bytes(backup, data)
        else:
            target = out or out_dir / source.name
            if target.resolve() == source.resolve():
                raise UsageError(f"refusing to write over the input {source}; use --in-place (keeps a .bak backup)")
        write_bytes(target, text_format.encode(corrected))  # same encoding, BOM and line ends as the input
        write_text(erratum_csv, _erratum_csv(rows))
        write_text(erratum_md, _erratum_md(source.name, rows, signature))
        for _, item in edits:
            ledger.update(item.id, status="applied", applied_to=str(target))
        results.append(Applied(path_text, target, backup, erratum_md, erratum_csv, tuple(i for _, i in edits)))
    return results


def _read_erratum(path: Path) -> list[dict[str, str]]:
    if not path.exists():
        return []
    with open(path, encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _erratum_csv(rows: Sequence[dict[str, str]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=ERRATUM_COLUMNS, lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def _md_cell(text: str) -> str:
    return " ".join(str(text).split()).replace("|", "\\|")


def _erratum_md(name: str, rows: Iterable[dict[str, str]], signature: str) -> str:
    lines = [
        f"# Erratum: {name}",
        "",
        "| " + " | ".join(ERRATUM_COLUMNS) + " |",
        "|" + "---|" * len(ERRATUM_COLUMNS),
    ]
    lines += ["| " + " | ".join(_md_cell(r.get(c, "")) for c in ERRATUM_COLUMNS) + " |" for r in rows]
    lines += ["", f"TER is the edit rate of the corrected paragraph against the published one ({signature})."]
    return "\n".join(lines) + "\n"
