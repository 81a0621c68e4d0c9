"""Constants for close translation, chosen per document from the aligner's own first pass.

The shipped sentence constants (Params' defaults) were fitted on MAC-Dev, a
novel's free translation, where sentences merge often and are almost never
dropped. Refitted on news (bench/align_news.py), every held-out fold moves the
same four of them the same way: a dropped sentence costs less, length and
numbers count for more, a merge for less. Which kind of text a document is
shows before its beads are chosen: the coarse pass pairs single sentences, and
the median cosine of those pairs is 0.41-0.56 on MAC-Dev's six chapters and
0.67-0.72 on a typical news document (the medians of WMT19, NTREX and WMT22's
two references; bench/align_literal.py prints the distributions). The tails
meet (news documents go down to 0.55), so LITERAL_MEDIAN sits halfway between
the highest chapter and the typical news document: a novel must translate far
closer than any MAC-Dev chapter to cross it (the profile costs MAC-Dev's
chapters about 0.04 F1), and a news document that stays below keeps the
shipped constants, which only forgoes the gain. Only weights move, so the band
and features prepared once serve both.

The choice is the document's: its paragraphs' matches are pooled, so editing
one paragraph (or the omission being looked for) can move a document near the
threshold across it, and with it every paragraph's beads. A traditional-script
source is measured on its simplified text: the encoder's cosines run about 0.14
lower on traditional characters, which would keep most news on the shipped
constants. Documents with fewer than MIN_MATCHES matches keep them too.
"""

from __future__ import annotations

import statistics
from dataclasses import replace
from typing import Sequence

import numpy as np

from qa.align.bead import Bead
from qa.align.core import Params, Prepared, align_prepared, prepare
from qa.lang.traditional import detect_script, to_simplified

# halfway between the highest MAC-Dev chapter (0.564) and the typical news document (about 0.69); see above
LITERAL_MEDIAN = 0.63
MIN_MATCHES = 8  # fewer 1-1 matches say nothing of the translation's closeness: the constants asked for stay
# fitted on the synthetic news set only (bench.align_literal: the dictionary weight was free to move and did not)
LITERAL_CHANGES: dict[str, float] = {"skip": -0.1, "length_weight": 1.5, "number_weight": 0.2, "merge_penalty": 0.05}


def literal_params(params: Params) -> Params:
    """`params` with the close-translation constants in place of the shipped ones."""
    return replace(params, **LITERAL_CHANGES)


def median_cosine(cosines: Sequence[np.ndarray]) -> float | None:
    """Median cosine of the coarse 1-1 matches of a document's parts (None with fewer than MIN_MATCHES)."""
    values = [float(c) for part in cosines for c in part]
    return statistics.median(values) if len(values) >= MIN_MATCHES else None


def is_literal(cosines: Sequence[np.ndarray]) -> bool:
    """Whether the document's first pass says its translation is close (LITERAL_MEDIAN or more)."""
    median = median_cosine(cosines)
    return median is not None and median >= LITERAL_MEDIAN


def _features_for_both(params: Params) -> Params:
    """Params whose nonzero weights cover both profiles: prepare computes only the features its weights use."""
    lit = literal_params(params)
    return replace(params, **{k: getattr(params, k) or getattr(lit, k) for k in LITERAL_CHANGES if k.endswith("_weight")})


def align_document(parts: Sequence[tuple[Sequence[str], Sequence[str]]], lang_src: str, lang_tgt: str,
                   params: Params) -> tuple[list[list[Bead]], bool]:
    """Beads of every (source, target) part of one document, all with one choice of constants; and that choice.

    A document checked paragraph by paragraph is one document: its paragraphs'
    matches are pooled, so a short paragraph follows the text around it.
    """
    prepared: list[Prepared | None] = []
    simplify = lang_src == "zh" and detect_script([s for src, _ in parts for s in src]) == "traditional"
    for src, tgt in parts:
        src_read = [to_simplified(s) for s in src] if simplify else list(src)
        prepared.append(prepare(src_read, list(tgt), lang_src, lang_tgt, _features_for_both(params))
                        if len(src) and len(tgt) else None)
    literal = is_literal([p.path_cosines for p in prepared if p is not None])
    chosen = literal_params(params) if literal else params
    out = []
    for (src, tgt), prep in zip(parts, prepared):
        if prep is None:
            out.append([Bead((i,), (), 0.0) for i in range(len(src))] + [Bead((), (j,), 0.0) for j in range(len(tgt))])
        else:
            out.append(align_prepared(prep, chosen))
    return out, literal
