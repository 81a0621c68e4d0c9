"""One banded dynamic programme over beads, as Bertalign and Vecalign do.

1. A coarse 1-1 path: cosine of single segments inside a diagonal band (the
   band doubles if the path runs into its edge), a DP over 1-1/1-0/0-1.
2. A narrow band around that path; a second DP over every bead type in
   BEAD_TYPES, maximising the sum of bead scores, each with the evidence for
   a boundary where the bead ends (qa.align.boundaries).
Both passes touch O(length x band) cells and every DP row is a few numpy
operations, so the cost grows linearly and Python work is per row, not per cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable, Sequence

import numpy as np

from qa.align import anchors, boundaries, embed
from qa.align.bead import Bead
from qa.lang.profile import is_supported

BEAD_TYPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1),
    (1, 4), (4, 1), (2, 3), (3, 2), (1, 5), (5, 1),
)


@dataclass(frozen=True)
class Params:
    """Weights of the bead score; defaults tuned on MAC-Dev (see bench/align.py)."""

    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES
    skip: float = -0.2  # score of a 1-0 or 0-1 bead
    band: int = 8  # half-width of the second-pass band, in segments
    coarse_band: int = 40  # initial half-width of the diagonal band of the coarse pass
    coarse_skip: float = 0.0
    length_weight: float = 1.0  # 0 = no length term, 1 = Bertalign's log2(1 + min/max)
    dict_weight: float = 0.8  # times the dictionary coverage of the bead (see anchors.PairAnchors.coverage)
    number_weight: float = 0.0  # times the agreement of numbers and glosses
    # subtracted per extra segment in a merged bead (negative: a small bonus). Any penalty linear in a and b
    # sums to a constant per bead over a path, so per-side variants of it change nothing.
    merge_penalty: float = -0.01
    # a bead's score is multiplied by ((a + b) / 2) ** size_power: a path that splits a bead earns one
    # score per piece, so plain sums favour splitting; weighting by size moves toward the mean score per segment
    size_power: float = 0.25
    norm_weight: float = 0.0  # Vecalign: subtract this times the span's mean similarity to random other-side spans
    norm_samples: int = 64
    part_weight: float = 0.25  # merged beads: subtract this times how far the worst part's similarity falls below part_floor
    part_floor: float = 0.2
    quote_weight: float = 0.05  # subtracted when a bead ends inside a quotation on one side only (see boundaries.py)
    # times the boundary contrast of edge clauses (see BeadScorer.clause_contrast): target sentences against
    # source clauses, and source sentences against target clauses
    src_clause_weight: float = 0.3
    tgt_clause_weight: float = 0.1
    # target characters per source character expected by the length term; 0: the two sides' own totals
    length_ratio: float = 0.0
    conf_slope: float = 12.0  # confidence = logistic(conf_slope * (score - conf_mid))
    conf_mid: float = 0.4
    extra: dict = field(default_factory=dict, compare=False)


def text_length(text: str) -> int:
    """Characters that carry content (whitespace does not count)."""
    return sum(1 for ch in text if not ch.isspace())


# ---------------------------------------------------------------- the banded DP


def banded_dp(
    n: int, m: int, lo: Sequence[int], hi: Sequence[int], types: Sequence[tuple[int, int]],
    bead_score: Callable[[int, int, int, np.ndarray], np.ndarray], skip: float,
) -> list[tuple[int, int, float]]:
    """Best path of beads (a, b) through the band lo[i] <= j <= hi[i]; returns (a, b, bead score) from the start.

    `bead_score(i, a, b, js)` scores beads covering source i-a..i-1 and target
    j-b..j-1 for every end j in js (a, b >= 1); 1-0 and 0-1 beads score `skip`.
    One function (61 lines) on purpose: the forward pass and the backtrace share the
    score and back-pointer arrays, and this is the aligner's hot loop.
    """
    all_types = list(types)
    pairs = [(k, a, b) for k, (a, b) in enumerate(all_types) if a]
    t01 = all_types.index((0, 1)) if (0, 1) in all_types else -1
    neg = -np.inf
    score: list[np.ndarray] = []
    back: list[np.ndarray] = []
    raw: list[np.ndarray] = []
    for i in range(n + 1):
        width = hi[i] - lo[i] + 1
        js = np.arange(lo[i], hi[i] + 1)
        best = np.full(width, neg)
        move = np.full(width, -1, dtype=np.int16)
        bead = np.zeros(width)
        if i == 0:
            best[0] = 0.0
        for k, a, b in pairs:
            r = i - a
            if r < 0:
                continue
            prev = js - b - lo[r]
            ok = (prev >= 0) & (prev <= hi[r] - lo[r]) & (js - b >= 0)
            if not ok.any():
                continue
            s = bead_score(i, a, b, js[ok]) if b else np.full(int(ok.sum()), skip)
            cand = np.full(width, neg)
            cand[ok] = score[r][prev[ok]] + s
            better = cand > best
            best[better] = cand[better]
            move[better] = k
            full = np.zeros(width)
            full[ok] = s
            bead[better] = full[better]
        if t01 >= 0 and width > 1:  # insertions chain along the row: a running maximum, vectorised
            steps = np.arange(width) * skip
            chained = np.maximum.accumulate(best - steps) + steps
            chained[0] = best[0]
            better = chained > best + 1e-12
            best[better] = chained[better]
            move[better] = t01
            bead[better] = skip
        score.append(best)
        back.append(move)
        raw.append(bead)
    path = []
    i, j = n, m
    while i or j:
        k = j - lo[i]
        a, b = all_types[back[i][k]]
        path.append((a, b, float(raw[i][k])))
        i, j = i - a, j - b
    path.reverse()
    return path


def _diagonal_band(n: int, m: int, half: int) -> tuple[list[int], list[int]]:
    diag = [round(i * m / n) if n else 0 for i in range(n + 1)]
    lo = [max(0, d - half) for d in diag]
    hi = [min(m, d + half) for d in diag]
    lo[0], hi[n] = 0, m
    return lo, hi


def coarse_path(sims: Callable[[int, np.ndarray], np.ndarray], n: int, m: int, params: Params) -> list[tuple[int, int]]:
    """1-1 matches (i, j) of a DP over a diagonal band; widens the band until the path keeps off its edge."""
    half = params.coarse_band
    types = [(1, 1), (1, 0), (0, 1)]
    while True:
        lo, hi = _diagonal_band(n, m, half)
        steps = banded_dp(n, m, lo, hi, types, lambda i, a, b, js: sims(i - 1, js - 1), params.coarse_skip)
        path, touched = [], False
        i = j = 0
        for a, b, _ in steps:
            i, j = i + a, j + b
            if a and b:
                path.append((i - 1, j - 1))
            if (j == lo[i] and lo[i] > 0) or (j == hi[i] and hi[i] < m):
                touched = True
        if not touched or half >= max(n, m):
            return path
        half *= 2


def band_from_path(path: list[tuple[int, int]], n: int, m: int, half: int) -> tuple[list[int], list[int]]:
    """For each DP row i (0..n), the allowed target boundaries [lo, hi] around the coarse path (nondecreasing)."""
    points = [(0, 0)] + [(i + 1, j + 1) for i, j in path] + [(n, m)]
    est = np.interp(np.arange(n + 1), [p[0] for p in points], [p[1] for p in points])
    lo, hi = [], []
    for i in range(n + 1):
        window = est[max(0, i - half) : i + half + 1]
        lo.append(max(0, int(math.floor(window.min())) - half))
        hi.append(min(m, int(math.ceil(window.max())) + half))
    lo[0], hi[n] = 0, m
    return lo, hi


# ---------------------------------------------------------------- bead scores


def span_vectors(singles: np.ndarray, size: int) -> np.ndarray:
    """Row k: the normalised sum of segment vectors k .. k+size-1 (a merged span).

    USE pools over its input, so the sum of sentence vectors stands in for the
    vector of the joined text. On MAC-Dev (leave-one-chapter-out) embedding the
    joined text of 2- and 3-sentence spans did worse than the sum, whether it
    replaced it (F1 0.882 vs 0.892), was averaged with it (0.890), or its cosine
    was averaged (0.889) or maxed (0.879) with the sum's, and it costs about
    five times the encoder time of the single sentences.
    """
    count = len(singles) - size + 1
    if count <= 0:
        return np.zeros((0, singles.shape[1]), np.float32)
    cum = np.concatenate([np.zeros((1, singles.shape[1]), np.float32), np.cumsum(singles, axis=0)])
    sums = cum[size:] - cum[:count]
    norms = np.linalg.norm(sums, axis=1, keepdims=True)
    return sums / np.where(norms > 0, norms, 1.0)


class BeadScorer:
    """Score of every bead the band allows: similarity x length agreement + anchors - merge penalty."""

    def __init__(self, src, tgt, lang_src, lang_tgt, singles_src, singles_tgt, lo, hi, params: Params):
        self.params = params
        types = [t for t in params.bead_types if t[0] and t[1]]
        self.vec_src = {a: span_vectors(singles_src, a) for a in {a for a, _ in types}}
        self.vec_tgt = {b: span_vectors(singles_tgt, b) for b in {b for _, b in types}}
        len_src = np.array([text_length(t) for t in src], dtype=float)
        len_tgt = np.array([text_length(t) for t in tgt], dtype=float)
        ratio = params.length_ratio or ((len_tgt.sum() / len_src.sum()) if len_src.sum() and len_tgt.sum() else 1.0)
        self.cum_src = np.concatenate([[0.0], np.cumsum(len_src)]) * ratio  # in target characters
        self.cum_tgt = np.concatenate([[0.0], np.cumsum(len_tgt)])
        self.singles_src, self.singles_tgt = singles_src, singles_tgt
        self.norm_src: dict[int, np.ndarray] = {}
        self.norm_tgt: dict[int, np.ndarray] = {}
        if params.norm_weight:
            self._vecalign_norms(params.norm_samples)
        if params.quote_weight:
            self.quotes_src = boundaries.quote_states(src, lang_src)
            self.quotes_tgt = boundaries.quote_states(tgt, lang_tgt)
        self.lo, self.hi = lo, hi
        self._contrast_row: tuple[int, np.ndarray] | None = None
        if params.src_clause_weight or params.tgt_clause_weight:
            self._edge_vectors(src, tgt, lang_src, lang_tgt)
        self.anchors = None
        if (params.dict_weight or params.number_weight) and is_supported(lang_src, lang_tgt):  # anchors are zh → en
            max_a = max(a for a, _ in types)
            max_b = max(b for _, b in types)
            self.anchors = anchors.pair_anchors(src, tgt, lo, hi, max_a, max_b, numbers=bool(params.number_weight))

    def _vecalign_norms(self, samples: int) -> None:
        """Each span's mean similarity to spans drawn at random from the other side (Vecalign's normaliser)."""
        rng = np.random.default_rng(0)
        def sample(vecs: dict[int, np.ndarray]) -> np.ndarray:
            pool = [v[rng.integers(0, len(v), samples)] for v in vecs.values() if len(v)]
            return np.concatenate(pool) if pool else np.zeros((1, embed.DIM), np.float32)
        rand_tgt, rand_src = sample(self.vec_tgt), sample(self.vec_src)
        self.norm_src = {a: (v @ rand_tgt.T).mean(axis=1) if len(v) else np.zeros(0) for a, v in self.vec_src.items()}
        self.norm_tgt = {b: (v @ rand_src.T).mean(axis=1) if len(v) else np.zeros(0) for b, v in self.vec_tgt.items()}

    def similarity(self, i: int, a: int, b: int, js: np.ndarray) -> np.ndarray:
        """Cosine of the merged spans times Bertalign's length factor."""
        p = self.params
        i0, starts = i - a, js - b
        sims = self.vec_tgt[b][starts] @ self.vec_src[a][i0]
        if p.norm_weight:
            sims = sims - p.norm_weight * (self.norm_src[a][i0] + self.norm_tgt[b][starts]) / 2.0
        if p.length_weight:
            ls = self.cum_src[i] - self.cum_src[i0]
            lt = self.cum_tgt[js] - self.cum_tgt[starts]
            factor = np.log2(1.0 + np.minimum(ls, lt) / np.maximum(np.maximum(ls, lt), 1e-9))
            sims = sims * (1.0 - p.length_weight * (1.0 - factor))
        return sims

    def _edge_vectors(self, src, tgt, lang_src, lang_tgt) -> None:
        """Vectors of the first and last clause of every segment (embedded once, like the segments)."""
        sf, sl = boundaries.edge_clauses(src, lang_src)
        tf, tl = boundaries.edge_clauses(tgt, lang_tgt)
        n, m = len(src), len(tgt)
        vectors = embed.embed(sf + sl + tf + tl)
        self.first_src, self.last_src = vectors[:n], vectors[n : 2 * n]
        self.first_tgt, self.last_tgt = vectors[2 * n : 2 * n + m], vectors[2 * n + m :]

    def clause_contrast(self, i: int, js: np.ndarray) -> np.ndarray:
        """How much better the segments either side of boundary (i, j) match the clauses on their own side of it.

        Most misaligned beads put a short sentence on the wrong side of a
        boundary, and whole-sentence similarity cannot tell which neighbour it
        belongs to. Translators keep clause order, so the target sentence just
        before the boundary should match the *last* clause of the source
        sentence before it better than the *first* clause of the one after it,
        and the target sentence just after the boundary the other way round
        (and likewise source sentences against target clauses). On MAC-Dev this
        term took exact-bead F1 from 0.898 to 0.92; source clauses carry most
        of it, since a Chinese sentence is often split into several English ones.
        """
        p = self.params
        n, m = len(self.singles_src), len(self.singles_tgt)
        out = np.zeros(len(js))
        if i >= n:
            return out
        inner = js < m
        j = js[inner]
        before_t, after_t = self.singles_tgt[j - 1], self.singles_tgt[j]
        zl, zf = self.last_src[i - 1], self.first_src[i]
        contrast = p.src_clause_weight * ((before_t @ zl - before_t @ zf) + (after_t @ zf - after_t @ zl))
        before_s, after_s = self.singles_src[i - 1], self.singles_src[i]
        el, ef = self.last_tgt[j - 1], self.first_tgt[j]
        contrast += p.tgt_clause_weight * ((el @ before_s - ef @ before_s) + (ef @ after_s - el @ after_s))
        out[inner] = contrast
        return out

    def _row_contrast(self, i: int, js: np.ndarray) -> np.ndarray:
        """clause_contrast for DP row i, computed once for the row's whole band and shared by every bead type."""
        if self._contrast_row is None or self._contrast_row[0] != i:
            self._contrast_row = (i, self.clause_contrast(i, np.arange(self.lo[i], self.hi[i] + 1)))
        return self._contrast_row[1][js - self.lo[i]]

    def worst_part(self, i: int, a: int, b: int, js: np.ndarray) -> np.ndarray:
        """Lowest similarity of one segment of a merged bead to the whole other side of it.

        Every part of a merged bead must be translated by the other side; a
        sentence left untranslated adds little to a summed vector but has a low
        similarity of its own, so this tells a 2-1 from a 1-1 plus a 1-0.
        """
        worst = np.full(len(js), np.inf)
        starts = js - b
        if a > 1:
            tgt_span = self.vec_tgt[b][starts]
            for t in range(a):
                worst = np.minimum(worst, tgt_span @ self.singles_src[i - a + t])
        if b > 1:
            src_span = self.vec_src[a][i - a]
            for t in range(b):
                worst = np.minimum(worst, self.singles_tgt[starts + t] @ src_span)
        return worst

    def __call__(self, i: int, a: int, b: int, js: np.ndarray) -> np.ndarray:
        p = self.params
        sims = self.similarity(i, a, b, js)
        if p.part_weight and (a > 1 or b > 1):
            sims = sims - p.part_weight * np.maximum(0.0, p.part_floor - self.worst_part(i, a, b, js))
        if self.anchors is not None:
            if p.dict_weight:
                sims = sims + p.dict_weight * self.anchors.coverage(i, a, b, js)
            if p.number_weight:
                sims = sims + p.number_weight * self.anchors.agreement(i, a, b, js)
        if p.size_power and a + b > 2:
            sims = sims * ((a + b) / 2.0) ** p.size_power
        if p.src_clause_weight or p.tgt_clause_weight:
            sims = sims + self._row_contrast(i, js)
        if p.quote_weight:
            sims = sims - p.quote_weight * (self.quotes_src[i] != self.quotes_tgt[js])
        return sims - p.merge_penalty * (a + b - 2)

    def evidence(self, i: int, a: int, b: int, j: int) -> float:
        """Cosine times length factor, without anchors (for the confidence)."""
        i0, j0 = i - a, j - b
        ls, lt = self.cum_src[i] - self.cum_src[i0], self.cum_tgt[j] - self.cum_tgt[j0]
        factor = math.log2(1.0 + min(ls, lt) / max(ls, lt, 1e-9))
        return float(self.vec_src[a][i0] @ self.vec_tgt[b][j0]) * factor


def align(src: Sequence[str], tgt: Sequence[str], lang_src: str, lang_tgt: str, params: Params) -> list[Bead]:
    """Beads covering every src and tgt index once, in order."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]

    vectors = embed.embed(list(src) + list(tgt))  # one batched call; each distinct text encoded once per run
    singles_src, singles_tgt = vectors[:n], vectors[n:]

    path = coarse_path(lambda i, js: singles_tgt[js] @ singles_src[i], n, m, params)
    lo, hi = band_from_path(path, n, m, params.band)
    scorer = BeadScorer(src, tgt, lang_src, lang_tgt, singles_src, singles_tgt, lo, hi, params)
    steps = banded_dp(n, m, lo, hi, params.bead_types, scorer, params.skip)

    beads: list[Bead] = []
    i = j = 0
    for a, b, _ in steps:
        i, j = i + a, j + b
        conf = confidence(scorer.evidence(i, a, b, j), a, b, params) if a and b else 0.0
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), conf))
    return beads


def confidence(evidence: float, a: int, b: int, params: Params) -> float:
    """Map a bead's evidence to [0, 1]: roughly the chance the spans translate each other.

    Evidence is the cosine of the (merged) span embeddings times Bertalign's
    length factor log2(1 + short/long), without the dictionary bonus so that
    same-topic text does not look like a translation. 0 for 1-0/0-1 beads;
    0.5 at `conf_mid` (about where USE separates translations, ~0.55-0.85,
    from unrelated text, below ~0.3).
    """
    if not a or not b:
        return 0.0
    return round(1.0 / (1.0 + math.exp(-params.conf_slope * (evidence - params.conf_mid))), 4)
