"""One banded dynamic programme over beads, as Bertalign and Vecalign do.

1. A coarse 1-1 path: cosine of single segments inside a diagonal band (the
   band doubles if the path runs into its edge), DP over 1-1/1-0/0-1.
2. A narrow band around that path; a second DP over every bead type in
   BEAD_TYPES, maximising the sum of bead scores.
Both passes touch O(length x band) cells, so the cost grows linearly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Sequence

import numpy as np

from qa.align import anchors, embed
from qa.align.bead import Bead

BEAD_TYPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1),
    (1, 4), (4, 1), (2, 3), (3, 2),
)


@dataclass(frozen=True)
class Params:
    """Weights of the bead score; defaults tuned on MAC-Dev (see bench/align.py)."""

    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES
    skip: float = -0.1  # score of a 1-0 or 0-1 bead
    band: int = 8  # half-width of the second-pass band, in segments
    coarse_band: int = 40  # initial half-width of the diagonal band of the coarse pass
    coarse_skip: float = 0.0
    length_weight: float = 1.0  # 0 = no length term, 1 = Bertalign's log2(1 + min/max)
    dict_weight: float = 0.0
    number_weight: float = 0.0
    merge_penalty: float = 0.0  # subtracted per extra segment in a merged bead
    joiner_src: str = ""
    joiner_tgt: str = " "
    conf_slope: float = 8.0  # confidence = logistic(conf_slope * (score - conf_mid))
    conf_mid: float = 0.35
    extra: dict = field(default_factory=dict, compare=False)


def text_length(text: str) -> int:
    """Characters that carry content (whitespace does not count)."""
    return sum(1 for ch in text if not ch.isspace())


def coarse_path(sims_fn, n: int, m: int, params: Params) -> list[tuple[int, int]]:
    """1-1 matches (i, j) of a DP over a diagonal band; widens the band until the path stays inside."""
    half = params.coarse_band
    while True:
        path, touched = _coarse_dp(sims_fn, n, m, half, params.coarse_skip)
        if not touched or half >= max(n, m):
            return path
        half *= 2


def _diagonal(i: int, n: int, m: int) -> int:
    return round(i * m / n) if n else 0


def _coarse_dp(sims_fn, n: int, m: int, half: int, skip: float):
    lo = [max(0, _diagonal(i, n, m) - half) for i in range(n + 1)]
    hi = [min(m, _diagonal(i, n, m) + half) for i in range(n + 1)]
    lo[0], hi[n] = 0, m
    for i in range(1, n + 1):  # keep the band connected
        lo[i] = min(lo[i], hi[i - 1])
    for i in range(n - 1, -1, -1):
        hi[i] = max(hi[i], lo[i + 1])
    score: list[dict[int, float]] = []
    back: list[dict[int, int]] = []
    for i in range(n + 1):
        row_sims = sims_fn(i - 1, lo[i] - 1, hi[i]) if i else None  # cos(src[i-1], tgt[lo-1 .. hi-1])
        row_score: dict[int, float] = {}
        row_back: dict[int, int] = {}
        for j in range(lo[i], hi[i] + 1):
            best, move = (0.0, 0) if i == 0 and j == 0 else (-math.inf, -1)
            if i and j and (j - 1) in score[i - 1]:
                cand = score[i - 1][j - 1] + float(row_sims[j - lo[i]])
                if cand > best:
                    best, move = cand, 0
            if i and j in score[i - 1]:
                cand = score[i - 1][j] + skip
                if cand > best:
                    best, move = cand, 1
            if j - 1 in row_score:
                cand = row_score[j - 1] + skip
                if cand > best:
                    best, move = cand, 2
            row_score[j] = best
            row_back[j] = move
        score.append(row_score)
        back.append(row_back)
    path = []
    i, j = n, m
    touched = False
    while i or j:
        move = back[i][j]
        if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m):
            touched = True
        if move == 0:
            path.append((i - 1, j - 1))
            i, j = i - 1, j - 1
        elif move == 1:
            i -= 1
        else:
            j -= 1
    path.reverse()
    return path, touched


def band_from_path(path: list[tuple[int, int]], n: int, m: int, half: int) -> tuple[list[int], list[int]]:
    """For each DP row i (0..n), the allowed target boundaries [lo, hi] around the coarse path."""
    points = [(0, 0)] + [(i + 1, j + 1) for i, j in path] + [(n, m)]
    est = np.interp(np.arange(n + 1), [p[0] for p in points], [p[1] for p in points])
    lo, hi = [], []
    for i in range(n + 1):
        window = est[max(0, i - half) : i + half + 1]
        lo.append(max(0, int(math.floor(window.min())) - half))
        hi.append(min(m, int(math.ceil(window.max())) + half))
    lo[0], hi[n] = 0, m
    return lo, hi


class _Spans:
    """Embeddings of merged spans of one side, computed in one batch for the spans the band needs."""

    def __init__(self, texts: Sequence[str], joiner: str, needed: set[tuple[int, int]]):
        self.index: dict[tuple[int, int], int] = {}
        merged = []
        for start, size in sorted(needed):
            self.index[(start, size)] = len(merged)
            merged.append(joiner.join(texts[start : start + size]))
        self.vectors = embed.embed(merged) if merged else np.zeros((0, embed.DIM), np.float32)

    def get(self, start: int, size: int) -> np.ndarray:
        return self.vectors[self.index[(start, size)]]


def align(src: Sequence[str], tgt: Sequence[str], lang_src: str, lang_tgt: str, params: Params) -> list[Bead]:
    """Beads covering every src and tgt index once, in order."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]

    singles_src = embed.embed(src)
    singles_tgt = embed.embed(tgt)

    def sims(i: int, j_from: int, j_to: int) -> np.ndarray:
        return singles_tgt[max(j_from, 0) : j_to] @ singles_src[i] if j_to > 0 else np.zeros(0)

    def coarse_sims(i, j_from, j_to):
        row = sims(i, j_from, j_to)
        return np.concatenate([np.zeros(max(0, -j_from)), row]) if j_from < 0 else row

    path = coarse_path(coarse_sims, n, m, params)
    lo, hi = band_from_path(path, n, m, params.band)

    len_src = [text_length(t) for t in src]
    len_tgt = [text_length(t) for t in tgt]
    ratio = (sum(len_tgt) / sum(len_src)) if sum(len_src) and sum(len_tgt) else 1.0
    cum_src = np.concatenate([[0], np.cumsum(len_src)])
    cum_tgt = np.concatenate([[0], np.cumsum(len_tgt)])

    types = [t for t in params.bead_types]
    need_src: set[tuple[int, int]] = set()
    need_tgt: set[tuple[int, int]] = set()
    for i in range(n + 1):
        for j in range(lo[i], hi[i] + 1):
            for a, b in types:
                if a and b and i - a >= 0 and j - b >= 0 and lo[i - a] <= j - b <= hi[i - a]:
                    need_src.add((i - a, a))
                    need_tgt.add((j - b, b))
    span_src = _Spans(src, params.joiner_src, need_src)
    span_tgt = _Spans(tgt, params.joiner_tgt, need_tgt)

    use_anchors = params.dict_weight or params.number_weight
    if use_anchors:
        anc_src = anchors.extract(src, lang_src)
        anc_tgt = anchors.extract(tgt, lang_tgt)

    def bead_score(i0: int, a: int, j0: int, b: int) -> float:
        if not a or not b:
            return params.skip
        sim = float(span_src.get(i0, a) @ span_tgt.get(j0, b))
        ls = (cum_src[i0 + a] - cum_src[i0]) * ratio
        lt = cum_tgt[j0 + b] - cum_tgt[j0]
        if params.length_weight and max(ls, lt) > 0:
            pen = math.log2(1.0 + min(ls, lt) / max(ls, lt))
            sim *= 1.0 - params.length_weight * (1.0 - pen)
        if use_anchors:
            coverage, agreement = anchors.bead_anchor_score(anc_src[i0 : i0 + a], anc_tgt[j0 : j0 + b])
            sim += params.dict_weight * coverage + params.number_weight * agreement
        return sim - params.merge_penalty * (a + b - 2)

    score: list[dict[int, float]] = []
    back: list[dict[int, tuple[int, int, float]]] = []
    for i in range(n + 1):
        row_score: dict[int, float] = {}
        row_back: dict[int, tuple[int, int, float]] = {}
        for j in range(lo[i], hi[i] + 1):
            if i == 0 and j == 0:
                row_score[0] = 0.0
                continue
            best, move = -math.inf, None
            for a, b in types:
                pi, pj = i - a, j - b
                if pi < 0 or pj < 0:
                    continue
                prev_row = row_score if a == 0 else score[pi]
                prev = prev_row.get(pj)
                if prev is None:
                    continue
                s = bead_score(pi, a, pj, b)
                if prev + s > best:
                    best, move = prev + s, (a, b, s)
            row_score[j] = best
            if move is not None:
                row_back[j] = move
        score.append(row_score)
        back.append(row_back)

    beads: list[Bead] = []
    i, j = n, m
    while i or j:
        a, b, s = back[i][j]
        beads.append(
            Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), confidence(s, a, b, params))
        )
        i, j = i - a, j - b
    beads.reverse()
    return beads


def confidence(bead_score: float, a: int, b: int, params: Params) -> float:
    """Map a bead score to [0, 1]: about the chance the spans translate each other.

    0 for 1-0/0-1 beads (no translation found); otherwise a logistic of the
    length-weighted cosine similarity, 0.5 at `conf_mid`.
    """
    if not a or not b:
        return 0.0
    raw = bead_score + params.merge_penalty * (a + b - 2)
    return round(1.0 / (1.0 + math.exp(-params.conf_slope * (raw - params.conf_mid))), 4)
