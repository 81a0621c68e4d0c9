"""Bead scores as a weighted sum of features, each computed once per document pair.

Every bead the band allows gets a handful of raw features (cosine of the
merged spans, length agreement, the worst part of a merged bead, dictionary
coverage, number agreement, boundary contrast, quotation mismatch), stored as
dense arrays per bead type over the band (row i, column j - lo[i]).
`BeadFeatures.table(params)` turns them into bead scores with the weights of
`params`; the DP then only looks scores up. The aligner computes the features
its weights use once per document; the benchmark computes all of them once
and refits the weights by recombining, without running the encoder again.
"""

from __future__ import annotations

import math
from typing import TYPE_CHECKING, Sequence

import numpy as np

from qa.align import anchors, boundaries, embed
from qa.lang.profile import is_supported

if TYPE_CHECKING:
    from qa.align.core import Params

# the features a weight needs: a weight of 0 means the feature is not computed at all
WEIGHTED = {
    "norm": "norm_weight", "worst": "part_weight", "coverage": "dict_weight", "agreement": "number_weight",
    "quote": "quote_weight", "names": "name_weight",
}


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


CHUNK = 2048  # cells per block product: a block is O(CHUNK / band width) rows by a band's span of columns


def _rowwise_dot(left: np.ndarray, li: np.ndarray, right: np.ndarray, ri: np.ndarray) -> np.ndarray:
    """left[li[k]] . right[ri[k]] for every k; li and ri must be nondecreasing (cells of a band, row by row).

    Each block of cells is one matrix product of the contiguous rows and
    columns it touches, which inside a band wastes little and is far faster
    than gathering a vector per cell.
    """
    out = np.zeros(len(li), dtype=np.float32)
    for k in range(0, len(li), CHUNK):
        lb, rb = li[k : k + CHUNK], ri[k : k + CHUNK]
        l0, r0 = int(lb.min()), int(rb.min())
        block = left[l0 : int(lb.max()) + 1] @ right[r0 : int(rb.max()) + 1].T
        out[k : k + CHUNK] = block[lb - l0, rb - r0]
    return out


def _lengths(texts: Sequence[str], unit: str) -> np.ndarray:
    from qa.align import length

    return np.array(length.lengths(texts, unit), dtype=float)


class BeadFeatures:
    """Raw features of every bead in the band lo/hi, and the bead scores they give under a set of weights."""

    def __init__(self, src, tgt, lang_src, lang_tgt, singles_src, singles_tgt, lo, hi, params: "Params",
                 every: bool = False):
        self.n, self.m = len(src), len(tgt)
        self.lo, self.hi = np.asarray(lo), np.asarray(hi)
        self.width = int((self.hi - self.lo).max()) + 1
        # a type with more segments than a side has has no cell: no features (A004 aligns 2-7 sentences a pair)
        self.types = [t for t in params.bead_types if 0 < t[0] <= self.n and 0 < t[1] <= self.m]
        self.singles_src, self.singles_tgt = singles_src, singles_tgt
        self.vec_src = {a: span_vectors(singles_src, a) for a in {a for a, _ in self.types}}
        self.vec_tgt = {b: span_vectors(singles_tgt, b) for b in {b for _, b in self.types}}
        need = {f for f, weight in WEIGHTED.items() if every or getattr(params, weight)}
        if every or params.src_clause_weight or params.tgt_clause_weight:
            need.add("contrast")
        anchored = is_supported(lang_src, lang_tgt)  # anchors are zh → en
        if not anchored:
            need -= {"coverage", "agreement", "names"}
        self.need = need
        self._length_totals(src, tgt, params)
        self.norm_src: dict[int, np.ndarray] = {}
        self.norm_tgt: dict[int, np.ndarray] = {}
        if "norm" in need:
            self._vecalign_norms(params.norm_samples)
        self.table_cache: dict = {}
        self.pairs = None
        if need & {"coverage", "agreement", "names"}:
            max_a, max_b = max(a for a, _ in self.types), max(b for _, b in self.types)
            self.pairs = anchors.pair_anchors(src, tgt, lo, hi, max_a, max_b, numbers="agreement" in need)
            if "names" in need:
                anchors.add_names(self.pairs, src, tgt, lo, hi, max_a, max_b)
        self.boundary = self._boundary_features(src, tgt, lang_src, lang_tgt, params)
        self.features = {t: self._type_features(*t) for t in self.types}

    def _length_totals(self, src, tgt, params) -> None:
        len_src, len_tgt = _lengths(src, params.length_unit), _lengths(tgt, params.length_unit)
        ratio = params.length_ratio or ((len_tgt.sum() / len_src.sum()) if len_src.sum() and len_tgt.sum() else 1.0)
        self.cum_src = np.concatenate([[0.0], np.cumsum(len_src)]) * ratio  # in target units
        self.cum_tgt = np.concatenate([[0.0], np.cumsum(len_tgt)])

    def _vecalign_norms(self, samples: int) -> None:
        """Each span's mean similarity to spans drawn at random from the other side (Vecalign's normaliser)."""
        rng = np.random.default_rng(0)

        def sample(vecs: dict[int, np.ndarray]) -> np.ndarray:
            pool = [v[rng.integers(0, len(v), samples)] for v in vecs.values() if len(v)]
            return np.concatenate(pool) if pool else np.zeros((1, embed.DIM), np.float32)

        rand_tgt, rand_src = sample(self.vec_tgt), sample(self.vec_src)
        mean_tgt, mean_src = rand_tgt.mean(axis=0), rand_src.mean(axis=0)  # the mean of dot products is the dot with the mean
        self.norm_src = {a: v @ mean_tgt if len(v) else np.zeros(0) for a, v in self.vec_src.items()}
        self.norm_tgt = {b: v @ mean_src if len(v) else np.zeros(0) for b, v in self.vec_tgt.items()}

    def row_js(self, i: int, b: int = 0) -> np.ndarray:
        """Target boundaries j of DP row i (j >= b)."""
        return np.arange(max(int(self.lo[i]), b), int(self.hi[i]) + 1)

    def _dense(self) -> np.ndarray:
        return np.zeros((self.n + 1, self.width))

    def _boundary_features(self, src, tgt, lang_src, lang_tgt, params) -> dict[str, np.ndarray]:
        """Clause contrast (source and target side) and quotation mismatch at every boundary (i, j) of the band."""
        out: dict[str, np.ndarray] = {}
        if "contrast" in self.need:
            self._edge_vectors(src, tgt, lang_src, lang_tgt, params)
            out["contrast_src"], out["contrast_tgt"] = self._dense(), self._dense()
            for i in range(1, self.n):
                js = self.row_js(i)
                c_src, c_tgt = self._clause_contrast(i, js)
                out["contrast_src"][i, js - self.lo[i]] = c_src
                out["contrast_tgt"][i, js - self.lo[i]] = c_tgt
        if "quote" in self.need:
            q_src = boundaries.quote_states(src, lang_src)
            q_tgt = boundaries.quote_states(tgt, lang_tgt)
            out["quote"] = self._dense()
            for i in range(self.n + 1):
                js = self.row_js(i)
                out["quote"][i, js - self.lo[i]] = q_src[i] != q_tgt[js]
        return out

    def _edge_vectors(self, src, tgt, lang_src, lang_tgt, params) -> None:
        """Vectors of the first and last clause of every segment (embedded once, like the segments)."""
        sf, sl = boundaries.edge_clauses(src, lang_src, params.min_clause(lang_src))
        tf, tl = boundaries.edge_clauses(tgt, lang_tgt, params.min_clause(lang_tgt))
        n, m = self.n, self.m
        vectors = embed.embed(sf + sl + tf + tl)
        self.first_src, self.last_src = vectors[:n], vectors[n : 2 * n]
        self.first_tgt, self.last_tgt = vectors[2 * n : 2 * n + m], vectors[2 * n + m :]

    def _clause_contrast(self, i: int, js: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
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
        Returns the source-clause and the target-clause contrast (0 at the ends).
        """
        out_src, out_tgt = np.zeros(len(js)), np.zeros(len(js))
        inner = (js < self.m) & (js > 0)
        j = js[inner]
        before_t, after_t = self.singles_tgt[j - 1], self.singles_tgt[j]
        zl, zf = self.last_src[i - 1], self.first_src[i]
        out_src[inner] = (before_t @ zl - before_t @ zf) + (after_t @ zf - after_t @ zl)
        before_s, after_s = self.singles_src[i - 1], self.singles_src[i]
        el, ef = self.last_tgt[j - 1], self.first_tgt[j]
        out_tgt[inner] = (el @ before_s - ef @ before_s) + (ef @ after_s - el @ after_s)
        return out_src, out_tgt

    def cells(self, a: int, b: int) -> tuple[np.ndarray, np.ndarray]:
        """Every bead end (i, j) of type (a, b) in the band: rows i >= a, columns j >= b."""
        rows = np.arange(a, self.n + 1)
        lo = np.maximum(self.lo[rows], b)
        counts = np.maximum(self.hi[rows] - lo + 1, 0)
        row_of = np.repeat(rows, counts)
        starts = np.repeat(lo - np.concatenate([[0], np.cumsum(counts)[:-1]]), counts)
        return row_of, starts + np.arange(int(counts.sum()))

    def _type_features(self, a: int, b: int) -> dict[str, np.ndarray]:
        """Dense per-cell features of bead type (a, b): cos, length factor, and those in self.need."""
        rows, js = self.cells(a, b)
        cols = js - self.lo[rows]
        i0, starts = rows - a, js - b
        flat: dict[str, np.ndarray] = {"cos": _rowwise_dot(self.vec_tgt[b], starts, self.vec_src[a], i0)}
        ls = self.cum_src[rows] - self.cum_src[i0]
        lt = self.cum_tgt[js] - self.cum_tgt[starts]
        flat["factor"] = np.log2(1.0 + np.minimum(ls, lt) / np.maximum(np.maximum(ls, lt), 1e-9))
        if "norm" in self.need:
            flat["norm"] = (self.norm_src[a][i0] + self.norm_tgt[b][starts]) / 2.0
        if "worst" in self.need and (a > 1 or b > 1):
            flat["worst"] = self._worst_part(rows, a, b, js)
        if "coverage" in self.need:
            flat["coverage"] = self.pairs.coverage(rows, a, b, js)
        if "agreement" in self.need:
            flat["agreement"] = self.pairs.agreement(rows, a, b, js)
        if "names" in self.need:
            flat["names"] = self.pairs.agreement(rows, a, b, js, kind="name")
        feats = {}
        for key, values in flat.items():
            dense = self._dense()
            dense[rows, cols] = values
            feats[key] = dense
        feats["valid"] = np.zeros((self.n + 1, self.width), dtype=bool)
        feats["valid"][rows, cols] = True
        return feats

    def _worst_part(self, rows: np.ndarray, a: int, b: int, js: np.ndarray) -> np.ndarray:
        """Lowest similarity of one segment of a merged bead to the whole other side of it.

        Every part of a merged bead must be translated by the other side; a
        sentence left untranslated adds little to a summed vector but has a low
        similarity of its own, so this tells a 2-1 from a 1-1 plus a 1-0.
        """
        worst = np.full(len(js), np.inf)
        starts = js - b
        for t in range(a if a > 1 else 0):
            worst = np.minimum(worst, _rowwise_dot(self.vec_tgt[b], starts, self.singles_src, rows - a + t))
        for t in range(b if b > 1 else 0):
            worst = np.minimum(worst, _rowwise_dot(self.singles_tgt, starts + t, self.vec_src[a], rows - a))
        return worst

    def table(self, params: "Params") -> dict[tuple[int, int], np.ndarray]:
        """Bead score of every cell of every bead type under the weights of `params` (-inf outside the band)."""
        p = params
        contrast = None
        if p.src_clause_weight or p.tgt_clause_weight:
            contrast = p.src_clause_weight * self.boundary["contrast_src"]
            contrast += p.tgt_clause_weight * self.boundary["contrast_tgt"]
        out = {}
        for (a, b), f in self.features.items():
            s = f["cos"]
            if p.norm_weight:
                s = s - p.norm_weight * f["norm"]
            if p.length_weight:
                s = s * (1.0 - p.length_weight * (1.0 - f["factor"]))
            if p.part_weight and (a > 1 or b > 1):
                s = s - p.part_weight * np.maximum(0.0, p.part_floor - f["worst"])
            if p.dict_weight and "coverage" in f:
                s = s + p.dict_weight * f["coverage"]
            if p.number_weight and "agreement" in f:
                s = s + p.number_weight * f["agreement"]
            if p.name_weight and "names" in f:
                s = s + p.name_weight * f["names"]
            if p.size_power and a + b > 2:
                s = s * ((a + b) / 2.0) ** p.size_power
            if contrast is not None:
                s = s + contrast
            if p.quote_weight:
                s = s - p.quote_weight * self.boundary["quote"]
            s = s - p.merge_penalty * (a + b - 2)
            out[(a, b)] = np.where(f["valid"], s, -np.inf)
        return out

    def evidence(self, i: int, a: int, b: int, j: int) -> float:
        """Cosine times length factor, without anchors (for the confidence)."""
        i0, j0 = i - a, j - b
        ls, lt = self.cum_src[i] - self.cum_src[i0], self.cum_tgt[j] - self.cum_tgt[j0]
        factor = math.log2(1.0 + min(ls, lt) / max(ls, lt, 1e-9))
        return float(self.vec_src[a][i0] @ self.vec_tgt[b][j0]) * factor
