"""The one-direction flow: read a document, align it, hand the alignment on.

`qa align`, `qa check`, `qa audit` and the corrections ledger all start here,
so every command sees the same pairs with the same ids.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Sequence

from qa.io import read_document
from qa.model import Alignment, Document, Lang, Pair, Paragraph

Level = Literal["paragraph", "sentence"]


def join_segments(texts: Sequence[str], lang: Lang) -> str:
    """Segments merged into one text: Chinese without spaces, English with one."""
    return ("" if lang is Lang.ZH else " ").join(t.strip() for t in texts if t.strip())


def _beads_to_pairs(src: list[Paragraph], tgt: list[Paragraph], beads, prefix: str = "p") -> list[Pair]:
    pairs = []
    for n, bead in enumerate(beads, start=1):
        s = [src[i] for i in bead.src]
        t = [tgt[j] for j in bead.tgt]
        pairs.append(
            Pair(
                id=f"{prefix}{n:04d}",
                source=join_segments([p.text for p in s], Lang.ZH),
                target=join_segments([p.text for p in t], Lang.EN),
                type=bead.type,
                score=round(float(bead.score), 4),
                kind="" if s and t else "unmatched",
                source_line=s[0].line if s else 0,
                target_line=t[0].line if t else 0,
                source_indices=tuple(bead.src),
                target_indices=tuple(bead.tgt),
            )
        )
    return pairs


def align_document(doc: Document, level: Level = "paragraph") -> Alignment:
    """Pairs for the document: kept as given, paired by position, or aligned by the DP."""
    if doc.prealigned:
        pairs = list(doc.pairs)
    elif doc.fmt == "interleaved":
        from qa.align.interleaved import pair_interleaved

        pairs = pair_interleaved(doc.paragraphs)  # paired by the page itself: no embedder needed
    else:
        src = [p for p in doc.paragraphs if p.lang is Lang.ZH]
        tgt = [p for p in doc.paragraphs if p.lang is Lang.EN]
        if doc.fmt == "lines":
            from qa.align import align_segments

            beads = align_segments([p.text for p in src], [p.text for p in tgt])
            return Alignment(doc, tuple(_beads_to_pairs(src, tgt, beads, prefix="s")))
        from qa.align import align_paragraph_lists

        beads = align_paragraph_lists([p.text for p in src], [p.text for p in tgt])
        pairs = _beads_to_pairs(src, tgt, beads)
    if level == "sentence":
        pairs = split_into_sentences(pairs)
    return Alignment(doc, tuple(pairs))


def split_into_sentences(pairs: Sequence[Pair]) -> list[Pair]:
    """Sentence pairs inside every two-sided pair; ids like p0012.s03."""
    from qa.align import sentence_beads

    out: list[Pair] = []
    for pair in pairs:
        if pair.is_one_sided or pair.kind:
            out.append(pair)
            continue
        src_sents, tgt_sents, beads = sentence_beads(pair.source, pair.target)
        for n, bead in enumerate(beads, start=1):
            source = join_segments([src_sents[i] for i in bead.src], Lang.ZH)
            target = join_segments([tgt_sents[j] for j in bead.tgt], Lang.EN)
            out.append(
                Pair(
                    id=f"{pair.id}.s{n:02d}",
                    source=source,
                    target=target,
                    type=bead.type,
                    score=round(float(bead.score), 4),
                    kind="" if source and target else "unmatched",
                    source_line=pair.source_line,
                    target_line=pair.target_line,
                    unit_id=pair.unit_id,
                    source_indices=tuple(bead.src),
                    target_indices=tuple(bead.tgt),
                )
            )
    return out


def load_alignment(
    path: str | Path,
    target: str | Path | None = None,
    *,
    one_per_line: bool = False,
    level: Level = "paragraph",
) -> Alignment:
    """Read and align in one call; the entry point for checks and workflows."""
    return align_document(read_document(path, target, one_per_line=one_per_line), level=level)
