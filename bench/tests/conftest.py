"""Fixtures shared by the benchmark's own tests."""

from __future__ import annotations

import pytest

from bench.detect import SHARED, sample_document


@pytest.fixture(scope="module")
def sample_pairs():
    """The shared sample page's pairs as the benchmark reads them; skipped when ../shared is absent."""
    alignment = sample_document() if (SHARED / "samples").exists() else None
    if alignment is None:
        pytest.skip("../shared/samples is not present next to the repository")
    return list(alignment.pairs)
