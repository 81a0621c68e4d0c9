"""Embeddings kept between runs (qa.align.embed_store): an edit re-embeds only what changed, findings cannot move."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from qa.align import embed, embed_store


@pytest.fixture
def store(tmp_path, monkeypatch):
    """A private store file for this test (the suite runs with the store off)."""
    path = tmp_path / "embeddings.sqlite"
    monkeypatch.setenv(embed_store.ENV, str(path))
    embed_store.close()
    embed.clear_cache()
    yield path
    embed_store.close()
    embed.clear_cache()


@pytest.fixture
def page_sentences(sample_page_pairs):
    from qa.lang import en, zh

    return [s for p in sample_page_pairs.pairs[:12] for s in zh.split_sentences(p.source) + en.split_sentences(p.target)]


def test_a_recheck_after_an_edit_embeds_only_the_changed_sentence(store, page_sentences, monkeypatch):
    first = embed.embed(page_sentences)
    assert embed.stats()["embedded"] == len(set(page_sentences))
    edited = list(page_sentences)
    edited[5] = edited[5].replace("the", "a", 1) if "the" in edited[5] else edited[5] + " Again."
    embed.clear_cache()  # a new run: nothing in memory
    again = embed.embed(edited)
    assert embed.stats()["embedded"] == 1
    assert embed.stats()["stored"] == len(set(edited)) - 1
    monkeypatch.setenv(embed_store.ENV, "off")  # the same texts embedded afresh: the same bytes
    embed_store.close()
    embed.clear_cache()
    assert np.array_equal(embed.embed(edited), again)
    assert np.array_equal(np.delete(again, 5, axis=0), np.delete(first, 5, axis=0))


def test_texts_from_the_store_count_as_using_the_encoder(store, page_sentences, monkeypatch):
    """The report links sentences when a check used embeddings, whether computed or taken from the store."""
    embed.embed(page_sentences[:3])
    embed.clear_cache()
    monkeypatch.setattr(embed, "_loads", 0)
    monkeypatch.setattr(embed, "_from_store", [False])
    embed.embed(page_sentences[:3])
    assert embed.stats()["embedded"] == 0 and embed.used()


def test_a_corrupt_or_unwritable_store_only_costs_time(tmp_path, monkeypatch, page_sentences):
    reference = embed.embed(page_sentences[:4])
    for path in (tmp_path / "junk.sqlite", tmp_path / "missing" / "deeper" / "x.sqlite"):
        if path.parent.exists():
            path.write_bytes(b"not a database at all" * 100)
        monkeypatch.setenv(embed_store.ENV, str(path))
        embed_store.close()
        embed.clear_cache()
        assert np.array_equal(embed.embed(page_sentences[:4]), reference)
    embed_store.close()


def test_the_oldest_texts_go_beyond_the_limit(store, monkeypatch):
    monkeypatch.setattr(embed_store, "LIMIT", 5)
    for k in range(8):
        embed_store.keep({f"text {k}": np.full(embed.DIM, k, dtype=np.float16)})
    kept = embed_store.recall([f"text {k}" for k in range(8)], embed.DIM)
    assert sorted(kept) == [f"text {k}" for k in range(3, 8)]
    assert kept["text 6"][0] == 6


WRITER = """
import sys
import numpy as np
from qa.align import embed_store
name = sys.argv[1]
for batch in range(40):
    embed_store.keep({f"{name} {batch} {k}": np.full(512, batch, dtype=np.float16) for k in range(25)})
"""


def test_two_processes_writing_at_once_leave_a_whole_store(store):
    """sqlite serialises the writers: every vector of both is there and the file passes its integrity check."""
    repo = Path(__file__).resolve().parents[2]
    writers = [subprocess.Popen([sys.executable, "-c", WRITER, name], cwd=repo) for name in ("one", "two")]
    assert [w.wait(timeout=120) for w in writers] == [0, 0]
    db = sqlite3.connect(store)
    assert db.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert db.execute("SELECT count(*) FROM vectors").fetchone() == (2 * 40 * 25,)
    db.close()
    kept = embed_store.recall([f"two 39 {k}" for k in range(25)], embed.DIM)
    assert len(kept) == 25 and all(v[0] == 39 for v in kept.values())
