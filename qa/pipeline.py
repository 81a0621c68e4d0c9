"""The one-direction flow: read a document, align it, hand the alignment on.

`qa align`, `qa check`, `qa audit` and the corrections ledger all start here,
so every command sees the same pairs with the same ids.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal, Sequence

from qa.errors import InputError
from qa.io import read_document
from qa.lang.profile import ZH_EN, Lang, PairProfile, UnsupportedPair, profile_for, with_source_views
from qa.model import Alignment, Document, Pair, Paragraph

Level = Literal["paragraph", "sentence"]
# Alignment.notes when the sentences were aligned with the close-translation constants (qa.align.literal)
CLOSE_NOTE = "sentences aligned as a close translation"


def join_segments(texts: Sequence[str], lang: Lang) -> str:
    """Segments merged into one text: Chinese without spaces, English with one."""
    return ZH_EN.join(texts, lang)


def document_profile(doc: Document) -> PairProfile:
    """The profile of the document's languages; an unsupported pair is the reader's one-line error."""
    try:
        return profile_for(doc.source_lang, doc.target_lang)
    except UnsupportedPair as err:
        raise InputError(f"{doc.path or doc.id}: {err}") from None


def _beads_to_pairs(src: list[Paragraph], tgt: list[Paragraph], beads, prefix: str = "p",
                    profile: PairProfile = ZH_EN) -> list[Pair]:
    pairs = []
    for n, bead in enumerate(beads, start=1):
        s = [src[i] for i in bead.src]
        t = [tgt[j] for j in bead.tgt]
        pairs.append(
            Pair(
                id=f"{prefix}{n:04d}",
                source=profile.join([p.text for p in s], profile.source),
                target=profile.join([p.text for p in t], profile.target),
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
    """Pairs for the document: kept as given, paired by position, or aligned by the DP.

    The source views the checks read (a traditional-script source normalised
    to simplified) are made here, once, beside the text as written.
    """
    profile = document_profile(doc)
    if doc.prealigned:
        pairs = list(doc.pairs)
    elif doc.fmt == "interleaved":
        from qa.align.interleaved import pair_interleaved

        pairs = pair_interleaved(doc.paragraphs)  # paired by the page itself: no embedder needed
    else:
        src = [p for p in doc.paragraphs if p.lang is profile.source]
        tgt = [p for p in doc.paragraphs if p.lang is profile.target]
        if doc.fmt == "lines":
            from qa.align import SENTENCE_PARAMS, literal

            (beads,), close = literal.align_document([([p.text for p in src], [p.text for p in tgt])], "zh", "en",
                                                     SENTENCE_PARAMS)
            pairs = _beads_to_pairs(src, tgt, beads, "s", profile)
            return with_source_views(Alignment(doc, tuple(pairs), (CLOSE_NOTE,) if close else ()))
        from qa.align import align_paragraph_lists

        beads = align_paragraph_lists([p.text for p in src], [p.text for p in tgt])
        pairs = _beads_to_pairs(src, tgt, beads, profile=profile)
    if level == "sentence":
        pairs, close = split_into_sentences(pairs, profile)
        return with_source_views(Alignment(doc, tuple(pairs), (CLOSE_NOTE,) if close else ()))
    return with_source_views(Alignment(doc, tuple(pairs)))


def split_into_sentences(pairs: Sequence[Pair], profile: PairProfile = ZH_EN) -> tuple[list[Pair], bool]:
    """Sentence pairs inside every two-sided pair, ids like p0012.s03; and whether the document's sentences were
    aligned with the close-translation constants (qa.align.literal)."""
    from qa.align import document_sentence_beads

    two_sided = [p for p in pairs if not (p.is_one_sided or p.kind)]
    aligned, close = document_sentence_beads([(p.source, p.target) for p in two_sided])  # one choice of constants
    by_pair = {id(p): found for p, found in zip(two_sided, aligned)}
    out: list[Pair] = []
    for pair in pairs:
        if id(pair) not in by_pair:
            out.append(pair)
            continue
        src_sents, tgt_sents, beads = by_pair[id(pair)]
        for n, bead in enumerate(beads, start=1):
            source = profile.join([src_sents[i] for i in bead.src], profile.source)
            target = profile.join([tgt_sents[j] for j in bead.tgt], profile.target)
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
    return out, close


def load_alignment(
    path: str | Path,
    target: str | Path | None = None,
    *,
    one_per_line: bool = False,
    level: Level = "paragraph",
) -> Alignment:
    """Read and align in one call; the entry point for checks and workflows."""
    return align_document(read_document(path, target, one_per_line=one_per_line), level=level)
