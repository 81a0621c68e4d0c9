"""Two English versions of one Chinese source, pair by pair: chrF and TER with sacrebleu.

The first document's pairs are the frame. The other version is matched to
them by its own Chinese when it has some (a bilingual revision or corrected
copy: pairs with the same source match, changed stretches are matched in
order), and otherwise, when it is English only, its paragraphs are aligned
to the first document's Chinese with the same aligner `qa align` uses. Each
row then holds one or more of the first document's pairs and the other
version's text for them; the scores treat the first version as the reference
and the other as the hypothesis, and come with sacrebleu's signature so a
number can be reproduced.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from pathlib import Path

from qa.model import Alignment, Lang, Pair
from qa.pipeline import join_segments


@dataclass(frozen=True)
class RowComparison:
    """Some pairs of the first version and what the other version has for them."""

    pair_ids: tuple[str, ...]
    source: str
    first: str
    other: str
    chrf: float
    ter: float

    @property
    def pair_id(self) -> str:
        return self.pair_ids[0] if self.pair_ids else ""


@dataclass(frozen=True)
class Comparison:
    first: str
    other: str
    rows: tuple[RowComparison, ...]
    chrf: float  # corpus-level over all rows
    ter: float
    chrf_signature: str
    ter_signature: str
    method: str  # "source" (matched by Chinese) or "aligned" (English only, aligned to the Chinese)

    def most_different(self, n: int = 10) -> list[RowComparison]:
        return sorted(self.rows, key=lambda r: (r.chrf, -r.ter, r.pair_id))[:n]


def _normal(text: str) -> str:
    return "".join(text.split())


def _frame(alignment: Alignment) -> list[Pair]:
    """The first version's pairs that have a source: what the other version is compared on."""
    return [p for p in alignment.body_pairs if p.source.strip()]


def _match_by_source(first: list[Pair], other: list[Pair]) -> list[tuple[list[Pair], list[Pair]]]:
    """Groups (first pairs, other pairs): equal sources 1-1, changed stretches in order."""
    a = [_normal(p.source) for p in first]
    b = [_normal(p.source) for p in other]
    groups: list[tuple[list[Pair], list[Pair]]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal" or (tag == "replace" and i2 - i1 == j2 - j1):
            groups.extend(([first[i1 + k]], [other[j1 + k]]) for k in range(i2 - i1))
        elif i2 > i1:  # a stretch of the first with a different number of pairs (or none) in the other
            groups.append((first[i1:i2], other[j1:j2]))
    return groups


def _match_by_alignment(first: list[Pair], other_paragraphs: list[str]) -> list[tuple[list[Pair], list[str]]]:
    from qa.align import align_paragraph_lists

    beads = align_paragraph_lists([p.source for p in first], other_paragraphs)
    return [([first[i] for i in bead.src], [other_paragraphs[j] for j in bead.tgt]) for bead in beads if bead.src]


def matched_rows(alignment: Alignment, other_path: str | Path) -> tuple[list[tuple[list[Pair], str]], str]:
    """For each stretch of the first version's pairs, the other version's English; and the method used."""
    from qa.io import read_document
    from qa.pipeline import align_document

    first = _frame(alignment)
    paragraphs = _english_only(Path(other_path))
    if paragraphs is not None:
        return [(f, join_segments(o, Lang.EN)) for f, o in _match_by_alignment(first, paragraphs)], "aligned"
    other_pairs = _frame(align_document(read_document(other_path)))
    return [(f, join_segments([p.target for p in o], Lang.EN)) for f, o in _match_by_source(first, other_pairs)], "source"


def _english_only(path: Path) -> list[str] | None:
    """The English paragraphs of a plain-text file with no Chinese in it (page furniture left out), else None."""
    from qa.io import TEXT_SUFFIXES
    from qa.io.decode import decode_bytes
    from qa.io.files import read_user_file, shown
    from qa.io.furniture import is_chrome
    from qa.io.paragraphs import split_paragraphs

    if path.suffix.lower() not in TEXT_SUFFIXES | {""} or not path.is_file():
        return None
    paragraphs = split_paragraphs(decode_bytes(read_user_file(path, "OTHER"), shown(path)))
    if any(p.lang is Lang.ZH for p in paragraphs):
        return None
    return [p.text for p in paragraphs if p.lang is Lang.EN and not is_chrome(p)]


def _scorers():
    from sacrebleu.metrics import CHRF, TER

    return CHRF(), TER()


def ter_of(before: str, after: str) -> float:
    """Translation edit rate of a correction: edits per word of the original, in percent."""
    _, ter = _scorers()
    return round(ter.sentence_score(after, [before]).score, 2)


def ter_signature() -> str:
    _, ter = _scorers()
    ter.sentence_score("a", ["a"])  # sacrebleu knows the number of references only after scoring
    return str(ter.get_signature())


def compare_alignment(alignment: Alignment, other_path: str | Path) -> Comparison:
    chrf, ter = _scorers()
    matched, method = matched_rows(alignment, other_path)
    rows = []
    for pairs, other in matched:
        first = join_segments([p.target for p in pairs], Lang.EN)
        if not first and not other:
            continue
        rows.append(
            RowComparison(
                pair_ids=tuple(p.id for p in pairs),
                source=join_segments([p.source for p in pairs], Lang.ZH),
                first=first,
                other=other,
                chrf=round(chrf.sentence_score(other, [first]).score, 2),
                ter=round(ter.sentence_score(other, [first]).score, 2),
            )
        )
    hyps, refs = [r.other for r in rows], [[r.first for r in rows]]
    corpus_chrf = chrf.corpus_score(hyps, refs).score if rows else 0.0
    corpus_ter = ter.corpus_score(hyps, refs).score if rows else 0.0
    return Comparison(
        first=alignment.doc.path or alignment.doc.id,
        other=str(other_path),
        rows=tuple(rows),
        chrf=round(corpus_chrf, 2),
        ter=round(corpus_ter, 2),
        chrf_signature=str(chrf.get_signature()),
        ter_signature=str(ter.get_signature()),
        method=method,
    )


def compare_files(first_path: str | Path, other_path: str | Path) -> Comparison:
    from qa.pipeline import load_alignment

    return compare_alignment(load_alignment(first_path), other_path)


# ---------------------------------------------------------------- audit --reference


def reference_findings(alignment: Alignment, reference_path: str | Path, min_chrf: float):
    """Check R101's findings (pairs whose chrF against the reference is below `min_chrf`) and the comparison."""
    from qa.checks.engine import to_finding
    from qa.checks.registry import check_set

    spec = check_set()["R101"]
    comparison = compare_alignment(alignment, reference_path)
    pairs = {p.id: p for p in alignment.pairs}
    problems = spec.func(comparison, pairs, Path(reference_path).name, min_chrf)
    return [to_finding(spec, problem, problem.pair, alignment.doc.id) for problem in problems], comparison
