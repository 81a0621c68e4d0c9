"""Finding a reader's quote: in the aligned pairs when it is reported, in the text when it is applied.

Readers quote loosely, so a report is matched exactly, then ignoring case
and spacing, then as the closest run of words; the pair found is kept with
the report so an editor sees the Chinese the quote translates. When the fix
is applied, the quote is looked for again at the pair's line, skipping any
occurrence that already sits inside the fix ("Li Qiang" inside "Premier Li
Qiang"): a fix applied once, by a run that was killed or by hand, is never
applied twice.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from qa.errors import InputError, UsageError
from qa.model import Alignment, Pair
from qa.workflows.corrections.ledger import Correction, Ledger

FUZZY_MIN = 0.75
_EDGE = ".,;:!?\"“”"


@dataclass(frozen=True)
class Location:
    """Where a quote stands: the pair, the text as written there, which side, how it matched."""

    pair: Pair
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
            ratio = difflib.SequenceMatcher(None, wanted, candidate.lower().strip(_EDGE)).ratio()
            if ratio > best[0]:
                best = (ratio, candidate.strip(_EDGE))
    return best


def locate(alignment: Alignment, quote: str) -> Location:
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


def add_report(ledger: Ledger, doc: str | Path, quote: str, suggest: str = "", reporter: str = "", note: str = "",
               *, alignment: Alignment | None = None, **extra: str) -> Correction:
    """Record a reader's report with the pair its quote was found in; a repeat joins the first report's group.

    `alignment` is the document's, when the caller already has it (the
    service keeps one per document); `extra` holds email and page.
    """
    from qa.pipeline import load_alignment

    path = Path(doc)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    where = locate(alignment if alignment is not None else load_alignment(path), quote)
    pair = where.pair
    line = pair.target_line if where.side == "target" else pair.source_line
    return ledger.insert_grouped(
        doc=str(path.resolve()), quote=quote, suggest=suggest, reporter=reporter, note=note,
        pair_id=pair.id, source=pair.source, target=pair.target, matched=where.matched, side=where.side,
        match=where.match, line=line, **extra,
    )


# ---------------------------------------------------------------- in the document's text, for apply


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


def _inside_fix(text: str, at: int, needle: str, fix: str) -> bool:
    """True when the occurrence of `needle` at `at` is part of an occurrence of `fix`."""
    k = fix.find(needle)
    while k >= 0:
        if at - k >= 0 and text.startswith(fix, at - k):
            return True
        k = fix.find(needle, k + 1)
    return False


def _occurrences(text: str, needle: str, start: int, end: int) -> list[int]:
    found, at = [], text.find(needle, start)
    while 0 <= at and at + len(needle) <= end:
        found.append(at)
        at = text.find(needle, at + 1)
    return found


def position(text: str, item: Correction) -> int | None:
    """Offset of the reported text (at the pair's line when known, else its only occurrence).

    None when the fix already stands there: every occurrence at that place is
    inside the fix, so applying again would double it.
    """
    needle = item.wrong
    start = _line_offset(text, item.line)
    end = text.find("\n\n", start)
    scopes = [(start, len(text) if end < 0 else end)] if item.line else []
    scopes.append((0, len(text)))
    for number, (lo, hi) in enumerate(scopes):
        found = _occurrences(text, needle, lo, hi)
        if number == len(scopes) - 1 and len(found) > 1:
            break  # several in the whole document and none at the line: ambiguous
        if found:
            fresh = [at for at in found if not _inside_fix(text, at, needle, item.fix)]
            return fresh[0] if fresh else None
    where = f"line {item.line}" if item.line else "the document"
    raise InputError(f"correction #{item.id}: {needle!r} is not at {where} of {item.doc} any more; correct it by hand")
