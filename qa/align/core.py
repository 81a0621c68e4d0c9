"""One banded dynamic programme over beads, as Bertalign and Vecalign do.

1. A coarse 1-1 path: cosine of single segments inside a diagonal band (the
   band doubles if the path runs into its edge), a DP over 1-1/1-0/0-1.
2. A narrow band around that path; a second DP over every bead type in
   BEAD_TYPES, maximising the sum of bead scores, each with the evidence for
   a boundary where the bead ends (qa.align.boundaries). The scores are a
   weighted sum of features computed once per document (qa.align.scorer),
   so the DP only looks them up (dense_dp) and a benchmark can refit the
   weights (Params) without computing anything else again.
Both passes touch O(length x band) cells and every DP row is a few numpy
operations, so the cost grows linearly and Python work is per row, not per cell.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Callable, Sequence

import numpy as np

from qa.align import embed
from qa.align.bead import Bead
from qa.align.length import text_length  # noqa: F401 - imported from here by qa.checks.structure
from qa.align.scorer import BeadFeatures, span_vectors  # noqa: F401 - span_vectors kept importable here

BEAD_TYPES: tuple[tuple[int, int], ...] = (
    (1, 1), (1, 0), (0, 1), (1, 2), (2, 1), (2, 2), (1, 3), (3, 1),
    (1, 4), (4, 1), (2, 3), (3, 2), (1, 5), (5, 1),
)


@dataclass(frozen=True)
class Params:
    """Every constant of the sentence aligner that was chosen by looking at alignment results.

    Defaults are the shipped values, picked on MAC-Dev (bench/align.py lists
    them and refits every one of them per held-out fold; PARAMETERS below
    says which are fitted there and which are fixed from first principles).
    """

    bead_types: tuple[tuple[int, int], ...] = BEAD_TYPES
    skip: float = -0.2  # score of a 1-0 or 0-1 bead
    band: int = 8  # half-width of the second-pass band, in segments
    coarse_band: int = 40  # initial half-width of the diagonal band of the coarse pass
    coarse_skip: float = 0.0
    length_weight: float = 1.0  # 0 = no length term, 1 = Bertalign's log2(1 + min/max)
    length_unit: str = "chars"  # see qa.align.length
    dict_weight: float = 0.8  # times the dictionary coverage of the bead (see anchors.PairAnchors.coverage)
    number_weight: float = 0.0  # times the agreement of numbers and glosses
    name_weight: float = 0.0  # times the agreement of names spelt alike (Latin words, pinyin; anchors.name_tokens)
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
    # times the boundary contrast of edge clauses (see scorer.BeadFeatures._clause_contrast): target sentences
    # against source clauses, and source sentences against target clauses
    src_clause_weight: float = 0.3
    tgt_clause_weight: float = 0.1
    # shortest clause of its own, in characters ("道", "Yes" are not clauses); see boundaries.edge_clauses
    min_clause_zh: int = 2
    min_clause_en: int = 6
    # target characters per source character expected by the length term; 0: the two sides' own totals
    length_ratio: float = 0.0
    conf_slope: float = 12.0  # confidence = logistic(conf_slope * (score - conf_mid))
    conf_mid: float = 0.4

    def min_clause(self, lang: str) -> int:
        """Shortest clause of its own in `lang` (English's value for any language but Chinese)."""
        return self.min_clause_zh if lang == "zh" else self.min_clause_en


# ---------------------------------------------------------------- the banded DP


def _chain_insertions(best: np.ndarray, move: np.ndarray, bead: np.ndarray, skip: float, t01: int) -> None:
    """Insertions (0-1 beads) chain along a DP row: a running maximum, vectorised, in place."""
    steps = np.arange(len(best)) * skip
    chained = np.maximum.accumulate(best - steps) + steps
    chained[0] = best[0]
    better = chained > best + 1e-12
    best[better] = chained[better]
    move[better] = t01
    bead[better] = skip


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
        if t01 >= 0 and width > 1:
            _chain_insertions(best, move, bead, skip, t01)
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


def dense_dp(
    n: int, m: int, lo: Sequence[int], hi: Sequence[int], types: Sequence[tuple[int, int]],
    tables: dict[tuple[int, int], np.ndarray], skip: float,
) -> list[tuple[int, int, float]]:
    """banded_dp over bead scores looked up in dense tables: tables[(a, b)][i, j - lo[i]] (-inf: not allowed).

    The same path as banded_dp with a callback (same order of types, same
    ties), but every step reads contiguous slices of one padded score matrix,
    so a row costs a few array operations per bead type and no index arrays.
    """
    all_types = list(types)
    t01 = all_types.index((0, 1)) if (0, 1) in all_types else -1
    lo_a, widths = np.asarray(lo), np.asarray(hi) - np.asarray(lo) + 1
    max_a = max(a for a, _ in all_types)
    left = max(b for _, b in all_types)
    reach = int(max((lo_a[i] - lo_a[max(0, i - max_a)] for i in range(n + 1)), default=0))
    score = np.full((n + 1, left + int(widths.max()) + reach + 1), -np.inf)
    back = np.full((n + 1, int(widths.max())), -1, dtype=np.int16)
    raw = np.zeros((n + 1, int(widths.max())))
    score[0, left] = 0.0
    if t01 >= 0 and widths[0] > 1:  # row 0: insertions only
        score[0, left : left + int(widths[0])] = np.arange(int(widths[0])) * skip
        back[0, 1 : int(widths[0])] = t01
        raw[0, 1 : int(widths[0])] = skip
    for i in range(1, n + 1):
        w = int(widths[i])
        best, move, bead = score[i, left : left + w], back[i, :w], raw[i, :w]
        for k, (a, b) in enumerate(all_types):
            r = i - a
            if not a or r < 0:
                continue
            d = left + int(lo_a[i]) - b - int(lo_a[r])
            s = tables[(a, b)][i, :w] if b else skip
            cand = score[r, d : d + w] + s
            better = cand > best
            best[better] = cand[better]
            move[better] = k
            bead[better] = s[better] if b else skip
        if t01 >= 0 and w > 1:
            _chain_insertions(best, move, bead, skip, t01)
    path = []
    i, j = n, m
    while i or j:
        k = j - int(lo_a[i])
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


@dataclass
class Prepared:
    """One document pair made ready for the bead DP: its band and the features of every bead in it."""

    lo: list[int]
    hi: list[int]
    features: BeadFeatures
    # cosine of every 1-1 match of the coarse path: how close the translation is (qa.align.literal)
    path_cosines: np.ndarray


def prepare(src: Sequence[str], tgt: Sequence[str], lang_src: str, lang_tgt: str, params: Params,
            every: bool = False) -> Prepared:
    """Embed, find the coarse path and its band, compute bead features (all of them with `every`).

    Runs BLAS on one thread: the products are small, and two OpenBLAS threads
    on a busy machine made them about eight times slower.
    """
    with _one_blas_thread():
        return _prepare(src, tgt, lang_src, lang_tgt, params, every)


_controllers: list = []  # one threadpoolctl controller per process, made on first use


def _one_blas_thread():
    """A limit of one BLAS thread from a controller made once: `threadpool_limits` scans the process's
    loaded libraries on every call (about 2 ms; A004 aligns the sentences of 25 pairs of the sample page)."""
    if not _controllers:
        from threadpoolctl import ThreadpoolController

        _controllers.append(ThreadpoolController())
    return _controllers[0].limit(limits=1, user_api="blas")


def _prepare(src, tgt, lang_src: str, lang_tgt: str, params: Params, every: bool) -> Prepared:
    n = len(src)
    vectors = embed.embed(list(src) + list(tgt))  # one batched call; each distinct text encoded once per run
    singles_src, singles_tgt = vectors[:n], vectors[n:]
    path = coarse_path(lambda i, js: singles_tgt[js] @ singles_src[i], n, len(tgt), params)
    lo, hi = band_from_path(path, n, len(tgt), params.band)
    features = BeadFeatures(src, tgt, lang_src, lang_tgt, singles_src, singles_tgt, lo, hi, params, every)
    rows, cols = (np.array([i for i, _ in path], dtype=int), np.array([j for _, j in path], dtype=int))
    cosines = np.einsum("ij,ij->i", singles_src[rows], singles_tgt[cols]).astype(float)
    return Prepared(lo, hi, features, cosines)


def align_prepared(prep: Prepared, params: Params) -> list[Bead]:
    """Beads of a prepared document pair under the weights of `params` (its band and bead types as prepared)."""
    lo, features = prep.lo, prep.features
    table = features.table(params)
    types = [t for t in params.bead_types if t in table or not (t[0] and t[1])]
    steps = dense_dp(features.n, features.m, lo, prep.hi, types, table, params.skip)
    beads: list[Bead] = []
    i = j = 0
    for a, b, _ in steps:
        i, j = i + a, j + b
        conf = confidence(features.evidence(i, a, b, j), a, b, params) if a and b else 0.0
        beads.append(Bead(tuple(range(i - a, i)), tuple(range(j - b, j)), conf))
    return beads


def align(src: Sequence[str], tgt: Sequence[str], lang_src: str, lang_tgt: str, params: Params) -> list[Bead]:
    """Beads covering every src and tgt index once, in order."""
    n, m = len(src), len(tgt)
    if n == 0 or m == 0:
        return [Bead((i,), (), 0.0) for i in range(n)] + [Bead((), (j,), 0.0) for j in range(m)]
    return align_prepared(prepare(src, tgt, lang_src, lang_tgt, params), params)


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
