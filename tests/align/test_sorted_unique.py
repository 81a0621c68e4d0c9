"""The aligner's anchor union: np.unique's answer without importing numpy.ma (70 ms of a cold `qa check`)."""

from __future__ import annotations

import subprocess
import sys

import numpy as np

from tests.conftest import REPO


def test_sorted_unique_is_np_unique():
    from qa.align.anchors import _sorted_unique

    rng = np.random.default_rng(7)
    for size in (0, 1, 2, 5, 50, 500):
        values = rng.integers(0, max(size // 3, 1), size).astype(np.int64)
        got, want = _sorted_unique(values), np.unique(values)
        assert got.dtype == want.dtype and np.array_equal(got, want)


def test_aligning_sentences_leaves_numpy_ma_unimported():
    script = (
        "import sys\n"
        "from qa.align import align_segments\n"
        "align_segments(['我们推动追逃攻坚。', '对5768名逃犯开展追捕，99%到案。'],"
        " ['We promoted the pursuit of fugitives.', '5,768 fugitives were pursued; 99% were caught.'])\n"
        "print('numpy.ma' in sys.modules)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"
