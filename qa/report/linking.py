"""The source text a target-only finding is about, so the report can highlight both sides.

Many checks (P5xx punctuation, S201 spelling, U103 Chinese left in the
English) only name the offending English. An editor still wants to see which
Chinese sentence that English translates. A pair that holds one source
sentence answers it outright; for a longer pair the sentence alignment is
used when the sentence encoder is already loaded in this process (the
aligner or a check loaded it), so writing a report never costs loading it.
The alignment leaves out the clause terms (qa.align.boundaries): their edge
clauses were the only texts it embedded anew (A004, in the same process, has
embedded the sentences of the pairs it aligns), 21 ms of the sample page's
44 ms report. Of the 342 target sentences of multi-sentence pairs on the
page, the county report and the six MAC-Dev chapters, 3 are linked to other
source sentences without them, all in one line of dialogue whose Chinese
splits at an ellipsis (也…… 也是个输), where either link is half right.
"""

from __future__ import annotations

from typing import Callable

from qa.model import Pair


def _encoder_loaded() -> bool:
    from qa.align import embed

    return embed.used()


def _sentence_index(sentences: list[str], text: str, offset: int) -> int | None:
    """Which of `sentences` (consecutive pieces of `text`) holds character `offset`."""
    position = 0
    for index, sentence in enumerate(sentences):
        start = text.find(sentence, position)
        if start < 0:
            return None
        end = start + len(sentence)
        if start <= offset < end:
            return index
        position = end
    return None


def source_counterpart(pair: Pair, target_span: str, aligned: Callable[[], bool] = _encoder_loaded) -> list[str]:
    """Source sentences that translate into the sentence holding `target_span`; [] when unknown."""
    if not target_span or not pair.source.strip() or not pair.target.strip():
        return []
    offset = pair.target.find(target_span)
    if offset < 0:
        return []
    from qa.lang import zh

    sources = zh.split_sentences(pair.source)
    if len(sources) <= 1:
        return [pair.source.strip()] if pair.source.strip() else []
    if not aligned():
        return []
    from dataclasses import replace

    from qa.align import SENTENCE_PARAMS, sentence_beads

    params = replace(SENTENCE_PARAMS, src_clause_weight=0.0, tgt_clause_weight=0.0)  # see the module's docstring
    sources, targets, beads = sentence_beads(pair.source, pair.target, params)
    index = _sentence_index(targets, pair.target, offset)
    if index is None:
        return []
    bead = next((b for b in beads if index in b.tgt), None)
    return [sources[i] for i in bead.src] if bead else []
