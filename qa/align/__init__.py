"""Paragraph and sentence alignment: a banded DP over beads scored by embeddings, length and anchors."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Sequence

from qa.align.bead import Bead

if TYPE_CHECKING:
    from qa.align.core import Params


def __getattr__(name: str) -> Any:
    """Params, align and the two parameter sets, from qa.align.core (and numpy) on first use only.

    A submodule such as qa.align.cedict (the list checks' dictionary) is
    imported through this package; numpy's import (about 0.1 s) waits for
    whoever aligns.
    """
    if name not in ("Params", "align", "SENTENCE_PARAMS", "PARAGRAPH_PARAMS"):
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    from qa.align.core import Params, align

    globals().update(Params=Params, align=align, SENTENCE_PARAMS=Params(), PARAGRAPH_PARAMS=Params(
        bead_types=((1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1)), band=6, number_weight=0.1,
        merge_penalty=0.1, length_weight=1.5, part_weight=0.0, size_power=0.0,  # paragraphs rarely merge; an added or dropped one must stay 1-0/0-1
        quote_weight=0.0, src_clause_weight=0.0, tgt_clause_weight=0.0,  # boundary terms are measured on sentences only
    ))
    return globals()[name]


def align_segments(
    src: Sequence[str], tgt: Sequence[str], *, lang_src: str = "zh", lang_tgt: str = "en", params: Params | None = None
) -> list[Bead]:
    """Align two lists of segments (sentences or paragraphs); every index appears once, in order.

    Without `params`, the shipped sentence constants: the constants chosen by
    how close the translation is (qa.align.literal) are asked for by name
    (`document_sentence_beads`, `qa.align.literal.align_document`), so no
    check's alignment changes with a document's closeness unless it asks.
    """
    from qa.align.core import align

    return align(list(src), list(tgt), lang_src, lang_tgt, params or __getattr__("SENTENCE_PARAMS"))


def sentence_beads(source_text: str, target_text: str, params: Params | None = None) -> tuple[list[str], list[str], list[Bead]]:
    """Split one paragraph pair into sentences and align them (the shipped sentence constants unless `params`)."""
    from qa.lang import en, zh

    src = zh.split_sentences(source_text)
    tgt = en.split_sentences(target_text)
    return src, tgt, align_segments(src, tgt, params=params)


def document_sentence_beads(pairs: Sequence[tuple[str, str]]) -> tuple[list[tuple[list[str], list[str], list[Bead]]], bool]:
    """sentence_beads of every paragraph pair of one document, with one choice of constants for all of them
    (qa.align.literal, from the pairs' pooled first pass); and whether the close-translation ones were chosen."""
    from qa.align.literal import align_document
    from qa.lang import en, zh

    split = [(zh.split_sentences(source), en.split_sentences(target)) for source, target in pairs]
    beads, literal = align_document(split, "zh", "en", __getattr__("SENTENCE_PARAMS"))
    return [(src, tgt, b) for (src, tgt), b in zip(split, beads)], literal


def align_paragraph_lists(src_paras: Sequence[str], tgt_paras: Sequence[str]) -> list[Bead]:
    """Paragraph-level alignment of two files (same DP, paragraph weights)."""
    return align_segments(src_paras, tgt_paras, params=__getattr__("PARAGRAPH_PARAMS"))


__all__ = ["Bead", "Params", "align_segments", "sentence_beads", "document_sentence_beads", "align_paragraph_lists"]
