"""Termbase: the renderings an editor requires (preferred) or bans (forbidden).

Read from CSV/TSV (header row with columns source, target, optional status and
note) or TBX (parsed by qa.io.safe_xml like XLIFF and TMX: no entities, no
external resources). Every problem with the file is an InputError with one clear line.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

from qa.errors import InputError
from qa.io.delimited import read_rows
from qa.io.files import read_user_file

STATUSES = {"": "preferred", "preferred": "preferred", "required": "preferred", "approved": "preferred",
            "admitted": "preferred", "forbidden": "forbidden", "deprecated": "forbidden",
            "banned": "forbidden", "superseded": "forbidden"}
_TBX_STATUS = {"preferredterm-admn-sts": "preferred", "admittedterm-admn-sts": "preferred",
               "deprecatedterm-admn-sts": "forbidden", "supersededterm-admn-sts": "forbidden",
               "preferred": "preferred", "admitted": "preferred", "deprecated": "forbidden",
               "superseded": "forbidden", "forbidden": "forbidden"}


@dataclass(frozen=True)
class GlossaryEntry:
    source: str
    target: str
    status: str = "preferred"  # preferred | forbidden
    note: str = ""

    @property
    def forbidden(self) -> bool:
        return self.status == "forbidden"


class Glossary:
    """Entries in file order plus lookups by source term."""

    def __init__(self, entries: list[GlossaryEntry], path: str = "") -> None:
        self.entries: tuple[GlossaryEntry, ...] = tuple(entries)
        self.path = path
        self._by_source: dict[str, list[GlossaryEntry]] = {}
        for entry in self.entries:
            self._by_source.setdefault(entry.source, []).append(entry)
        canonical = json.dumps([[e.source, e.target, e.status, e.note] for e in self.entries], ensure_ascii=False)
        self.hash = hashlib.sha256(canonical.encode("utf-8")).hexdigest()[:16]
        self._segmenter_words: frozenset[tuple[str, str]] | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def lookup(self, source: str) -> list[GlossaryEntry]:
        return list(self._by_source.get(source, ()))

    def preferred(self, source: str) -> list[GlossaryEntry]:
        return [e for e in self._by_source.get(source, ()) if not e.forbidden]

    def forbidden(self, source: str) -> list[GlossaryEntry]:
        return [e for e in self._by_source.get(source, ()) if e.forbidden]

    def source_terms(self) -> frozenset[str]:
        return frozenset(self._by_source)

    def segmenter_words(self) -> frozenset[tuple[str, str]]:
        """(term, POS tag) of every source term, for the segmenter to keep whole (陈一新, 长安君)."""
        if self._segmenter_words is None:
            self._segmenter_words = frozenset(
                (source, _tag(source, entries)) for source, entries in self._by_source.items()
            )
        return self._segmenter_words


def _tag(source: str, entries: list[GlossaryEntry]) -> str:
    """nr when the English looks like "Surname Given" spelled from the source, else nz."""
    from qa.lang import pinyin as py

    if not 2 <= len(source) <= 4:
        return "nz"
    for entry in entries:
        words = entry.target.split()
        if len(words) >= 2:
            reads = py.readings(source, True)
            n = py.surname_length(source)
            if reads and py.match(py.fold(words[0]), [r.possible for r in reads[:n]]):
                return "nr"
    return "nz"


def load_glossary(path: str | Path) -> Glossary:
    """Read a CSV, TSV or TBX termbase; raise InputError when it cannot be used."""
    path = Path(path)
    data = read_user_file(path, "glossary")
    suffix = path.suffix.lower()
    if suffix in (".tbx", ".xml") or data.lstrip()[:5] == b"<?xml" or data.lstrip()[:1] == b"<":
        entries = _read_tbx(data, path)
    else:
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise InputError(f"glossary {path} is not UTF-8 text") from None
        entries = _read_table(text, path, "\t" if suffix == ".tsv" or "\t" in text.split("\n", 1)[0] else ",")
    if not entries:
        raise InputError(f"glossary {path} has no entries")
    return Glossary(entries, str(path))


def _read_table(text: str, path: Path, delimiter: str) -> list[GlossaryEntry]:
    rows = read_rows(text, delimiter, f"glossary {path}")
    rows = [r for r in rows if any(cell.strip() for cell in r)]
    if not rows:
        raise InputError(f"glossary {path} is empty")
    header = [cell.strip().lower() for cell in rows[0]]
    if "source" not in header or "target" not in header:
        raise InputError(f"glossary {path}: the header row must name the columns source and target")
    col = {name: header.index(name) for name in ("source", "target", "status", "note") if name in header}
    entries = []
    for line, row in enumerate(rows[1:], start=2):
        cell = lambda name: row[col[name]].strip() if name in col and col[name] < len(row) else ""  # noqa: E731
        source, target, status = cell("source"), cell("target"), cell("status").lower()
        if not source or not target:
            raise InputError(f"glossary {path}, row {line}: source and target must both be filled")
        if status not in STATUSES:
            raise InputError(f"glossary {path}, row {line}: unknown status {status!r} (preferred or forbidden)")
        entries.append(GlossaryEntry(source, target, STATUSES[status], cell("note")))
    return entries


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


_XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"


def _read_tbx(data: bytes, path: Path) -> list[GlossaryEntry]:
    """TBX 2 (termEntry/langSet/tig) and TBX 3 (conceptEntry/langSec/termSec)."""
    from qa.io.safe_xml import parse_xml  # the same hardening as XLIFF and TMX: no entities, no DTD fetches

    root = parse_xml(data, f"glossary {path}")
    entries: list[GlossaryEntry] = []
    for concept in root.iter():
        if _local(concept.tag) not in ("termEntry", "conceptEntry"):
            continue
        note = " ".join((el.text or "").strip() for el in concept if _local(el.tag) in ("descrip", "note")).strip()
        sources: list[str] = []
        targets: list[tuple[str, str]] = []
        for lang_set in concept:
            if _local(lang_set.tag) not in ("langSet", "langSec"):
                continue
            lang = (lang_set.get(_XML_LANG) or lang_set.get("lang") or "").lower()
            for term_el in lang_set.iter():
                if _local(term_el.tag) != "term" or not (term_el.text or "").strip():
                    continue
                status = "preferred"
                holder = _term_holder(lang_set, term_el)
                for el in holder.iter() if holder is not None else ():
                    if _local(el.tag) == "termNote" and "status" in (el.get("type") or "").lower():
                        status = _TBX_STATUS.get((el.text or "").strip().lower(), "preferred")
                if lang.startswith("zh"):
                    sources.append(term_el.text.strip())
                elif lang.startswith("en"):
                    targets.append((term_el.text.strip(), status))
        entries += [GlossaryEntry(s, t, st, note) for s in sources for t, st in targets]
    if not entries:
        raise InputError(f"glossary {path}: no entry with both a zh and an en term")
    return entries


def _term_holder(lang_set, term_el):
    """The tig/ntig/termSec element that holds a term and its notes."""
    for el in lang_set.iter():
        if _local(el.tag) in ("tig", "ntig", "termSec", "termGrp") and any(x is term_el for x in el.iter()):
            return el
    return None


def propose(inputs, min_count: int = 2) -> list[list[str]]:
    """Rows (source, target, status, note) proposed from aligned documents, most frequent first.

    Every accepted rendering of qa.terminology.document_terminology counts:
    names rendered correctly (what the names checks see), recurring terms (T101's
    view) and quoted terms (T102's); target is the most frequent rendering and
    note lists them all with counts.
    """
    from collections import Counter, defaultdict

    from qa.pipeline import load_alignment
    from qa.terminology import document_terminology

    order = {"name": 0, "term": 1, "quote": 2}  # names, then terms, then quotes: ties keep this order
    seen: dict[str, Counter] = defaultdict(Counter)
    for path in inputs:
        uses = sorted(document_terminology(load_alignment(path)), key=lambda u: order[u.kind])
        for use in uses:
            if use.accepted:
                seen[use.source][use.rendering] += 1
    rows = []
    for source, counts in sorted(seen.items(), key=lambda kv: (-sum(kv[1].values()), kv[0])):
        if sum(counts.values()) < min_count:
            continue
        best = counts.most_common(1)[0][0]
        note = "; ".join(f"{text} ×{n}" for text, n in counts.most_common())
        rows.append([source, best, "preferred", note])
    return rows
