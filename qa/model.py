"""The values that flow through qa: documents in, pairs through, findings out.

All are frozen dataclasses so a stage can never change what an earlier stage
produced; a reader, the aligner and the checks only ever hand values on.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import Enum

from qa.defaults import SEVERITY_NAMES  # noqa: F401 (re-exported: the order as names)
from qa.lang.profile import ZH_EN, Lang  # the language pair lives in qa/lang/profile.py; Lang re-exported here


class Severity(str, Enum):
    """MQM severities, least serious first; SEVERITY_ORDER is the order reports list them in."""

    NEUTRAL = "neutral"
    MINOR = "minor"
    MAJOR = "major"
    CRITICAL = "critical"

    @property
    def rank(self) -> int:
        """0 for neutral up to 3 for critical: compare severities by rank, never by name."""
        return len(SEVERITY_ORDER) - 1 - SEVERITY_ORDER.index(self)

    @classmethod
    def parse(cls, text: str) -> "Severity":
        try:
            return cls(text.strip().lower())
        except ValueError:
            names = ", ".join(s.value for s in cls)
            raise ValueError(f"unknown severity {text!r} (expected one of: {names})") from None


# The one severity order, most serious first: counts, summaries, dashboards and --fail-on help all follow it.
SEVERITY_ORDER: tuple[Severity, ...] = tuple(Severity(name) for name in SEVERITY_NAMES)


@dataclass(frozen=True)
class Paragraph:
    """One paragraph as it stands in the input file."""

    text: str
    lang: Lang
    line: int  # 1-based line number of the paragraph's first line in the file
    furniture: bool = False  # page chrome such as "Return to the Library" or share links


@dataclass(frozen=True)
class Document:
    """A document as read, before alignment.

    Interleaved and two-file inputs fill `source` and `target` with paragraphs
    in reading order; pre-aligned inputs (TSV, XLIFF, TMX, PO) fill `pairs`
    instead, and the aligner keeps those pairs as they are.
    """

    id: str
    path: str
    source_lang: str = ZH_EN.source.value
    target_lang: str = ZH_EN.target.value
    paragraphs: tuple[Paragraph, ...] = ()
    pairs: tuple["Pair", ...] = ()
    fmt: str = "text"  # reader that produced it: interleaved, two-files, tsv, xliff, tmx, po
    meta: tuple[tuple[str, str], ...] = ()

    @property
    def prealigned(self) -> bool:
        return bool(self.pairs)


@dataclass(frozen=True)
class Pair:
    """A source span and the target span aligned with it.

    `type` is the bead: "1-1", "2-1", "1-0" (source with no translation),
    "0-1" (target with no source) and so on. `kind` says why a one-sided pair
    exists: "furniture" for page chrome, "unmatched" for a paragraph the page
    did not pair, "" for ordinary pairs.
    """

    id: str
    source: str
    target: str
    type: str = "1-1"
    score: float = 1.0
    kind: str = ""
    source_line: int = 0
    target_line: int = 0
    unit_id: str = ""  # id of the unit in an XLIFF/TMX/PO file, kept so findings point back
    source_indices: tuple[int, ...] = ()  # positions of the source segments (sentences/paragraphs) merged here
    target_indices: tuple[int, ...] = ()
    # The source as dictionaries and readings know it, made once when the document is read
    # (qa.pipeline): the simplified copy of a traditional-script source; "" when that is `source` itself.
    # Checks read it; findings quote `source`, the document as written.
    source_view: str = field(default="", compare=False, repr=False)
    # A CAT unit's inline codes (<x id="2"/>, <g id="1">, <bpt id="1">, …), source's and target's, in order:
    # the reader flattens them out of the text, the tag check (qa.checks.tags) compares them.
    inline_tags: tuple[tuple[str, ...], tuple[str, ...]] = field(default=((), ()), compare=False, repr=False)

    @property
    def is_one_sided(self) -> bool:
        return not self.source.strip() or not self.target.strip()


@dataclass(frozen=True)
class Alignment:
    """A document's pairs in reading order, as the checks and writers see it."""

    doc: Document
    pairs: tuple[Pair, ...]
    # how the aligner treated the document, for whoever shows the alignment (qa align's summary line)
    notes: tuple[str, ...] = ()

    @property
    def body_pairs(self) -> tuple[Pair, ...]:
        """Pairs that are translation content, without page furniture."""
        return tuple(p for p in self.pairs if p.kind != "furniture")


@dataclass(frozen=True)
class Finding:
    """One problem a check proved, pointing at the exact text involved."""

    check_id: str
    check: str
    category: str
    severity: Severity
    pair_id: str
    source: str
    target: str
    source_span: str = ""
    target_span: str = ""
    message: str = ""
    suggestion: str = ""
    doc: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=(), compare=False)
    # where the pair stands in the input: lines of a text or table file, the unit id of a CAT file
    source_line: int = field(default=0, compare=False)
    target_line: int = field(default=0, compare=False)
    unit_id: str = field(default="", compare=False)

    def with_severity(self, severity: Severity) -> "Finding":
        from dataclasses import replace

        return replace(self, severity=severity)


REPORT_COLUMNS = (
    "doc",
    "pair_id",
    "check_id",
    "check",
    "category",
    "severity",
    "source",
    "target",
    "source_span",
    "target_span",
    "message",
    "suggestion",
    "source_line",
    "target_line",
    "unit_id",
    "fingerprint",  # last, so the columns before it keep their positions; what `--accept-file` lists
)


def finding_row(finding: Finding) -> dict[str, str | int | None]:
    """A finding as the flat row that CSV, JSONL and XLSX writers share."""
    from qa.accept import fingerprint  # qa.accept builds on this module

    return {
        "doc": finding.doc,
        "pair_id": finding.pair_id,
        "check_id": finding.check_id,
        "check": finding.check,
        "category": finding.category,
        "severity": finding.severity.value,
        "source": finding.source,
        "target": finding.target,
        "source_span": finding.source_span,
        "target_span": finding.target_span,
        "message": finding.message,
        "suggestion": finding.suggestion,
        "source_line": finding.source_line or None,  # None: no line (a CAT unit); empty in CSV, null in JSONL
        "target_line": finding.target_line or None,
        "unit_id": finding.unit_id or None,
        "fingerprint": fingerprint(finding),
    }
