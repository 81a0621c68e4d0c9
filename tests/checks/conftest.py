"""Pairs of the open dev corpora by their keys, shared by the entity and name tests (each test skips when ../shared is absent)."""

from __future__ import annotations

import pytest

from tests.corpora import NEWS22_REF_A, NEWS22_REF_B, NTREX_PAIRS, WMT19_PAIRS, corpus_rows, pairs_by_segment


@pytest.fixture(scope="session")
def ref_a() -> dict[tuple[str, str], tuple[str, str]]:
    """news22 reference A: (doc_id, seg_id) → (source, target)."""
    return pairs_by_segment(NEWS22_REF_A)


@pytest.fixture(scope="session")
def news22(ref_a) -> dict[tuple[str, str], tuple[str, str]]:
    """news22 reference A, under the name the older tests use."""
    return ref_a


@pytest.fixture(scope="session")
def ref_b() -> dict[tuple[str, str], tuple[str, str]]:
    return pairs_by_segment(NEWS22_REF_B)


@pytest.fixture(scope="session")
def ntrex() -> dict[tuple[str, str], tuple[str, str]]:
    return pairs_by_segment(NTREX_PAIRS)


@pytest.fixture(scope="session")
def wmt19() -> dict[str, tuple[str, str]]:
    """WMT19 news by line number: line → (source, target)."""
    return {row["line"]: (row["source"], row["target"]) for row in corpus_rows(WMT19_PAIRS)}
