"""A text's embedding is its own under every OpenBLAS kernel this machine can run, not only the one it picks.

numpy's OpenBLAS chooses its kernels by CPU, so CI or a laptop may round where
this machine does not (the Haswell kernels, used on most AVX2 CPUs and on Zen,
gave a row other bytes in a 16-row product than in a 64-row one). Each core
type runs the check in a subprocess with OPENBLAS_CORETYPE set; a type the CPU
cannot run (the subprocess dies of an illegal instruction) or that OpenBLAS
runs with another type's kernels (its `Core:` line names another) is skipped.
The store of embeddings (qa.align.embed_store) keeps them under a fingerprint
of this arithmetic: under every kernel, and with numpy's own SIMD cut down, the
same fingerprint must mean the same embeddings.
"""

from __future__ import annotations

import json
import os
import platform
import re
import subprocess
import sys
from pathlib import Path

import pytest

CORE_TYPES = ("Haswell", "Zen", "SkylakeX", "Cooperlake", "Sandybridge", "Nehalem", "Prescott")
ROOT = Path(__file__).resolve().parents[2]

CHECK = r"""
import json, os, sys
import numpy as np
from threadpoolctl import threadpool_info, threadpool_limits
from qa.align import embed, encoder

if os.environ["OPENBLAS_CORETYPE"] not in [i.get("architecture") for i in threadpool_info()]:
    sys.exit(0)  # another type's kernels: the test skips it (they are checked under their own type)

texts = json.load(sys.stdin)
loaded = embed.model()._backend
KEPT = ("_slots", "_rows", "_pre", "_used", "_w1_slots")
weights = {k: v for k, v in vars(loaded).items() if k not in KEPT}

def fresh():
    backend = encoder.TokenRowBackend.__new__(encoder.TokenRowBackend)
    backend.__dict__.update(weights)
    return backend

bad = []
for threads in (1, 2):  # the BLAS threads a caller allows the encoder (qa.align.embed.ENCODER_THREADS)
    weights["threads"] = threads  # what fresh() copies
    first = fresh()
    whole = first.encode(texts)
    one = fresh()  # one text at a time, the kept rows growing
    if not np.array_equal(np.concatenate([one.encode([t]) for t in texts]), whole):
        bad.append(f"texts one at a time, {threads} thread(s)")
    three = fresh()
    if not np.array_equal(np.concatenate([three.encode(texts[k : k + 3]) for k in range(0, len(texts), 3)]), whole):
        bad.append(f"texts three at a time, {threads} thread(s)")
    if not np.array_equal(fresh().encode(texts[::-1])[::-1], whole):
        bad.append(f"texts in reverse, {threads} thread(s)")
matrices = [loaded.proj_W, loaded.cnn_W, loaded.d0, loaded.d1, loaded.d2, loaded.d3, loaded.p1, loaded.p3]
matrices += first._w1_slots  # the first convolution's slot products
rng = np.random.default_rng(7)
for threads in (1, 2):
    with threadpool_limits(threads):
        for w in matrices:
            x = rng.standard_normal((1, w.shape[0])).astype(np.float32)
            alone = encoder._product(x, w)[0]
            for rows in (2, 3, 7, 8, 9, 12, 15, 16, 17, 24, 31, 32, 40, 63, 64, 100):
                a = rng.standard_normal((rows, w.shape[0])).astype(np.float32)
                at = int(rng.integers(rows))
                a[at] = x[0]
                if not np.array_equal(encoder._product(a, w)[at], alone):
                    bad.append(f"{w.shape} row {at} of {rows}, {threads} thread(s)")
        for w in loaded.w2:  # a text's rows are a product of their own: its bytes whatever comes before or after
            pool = rng.standard_normal(600 * w.shape[0] + 16).astype(np.float32)
            for rows in (2, 3, 5, 8, 9, 13, 16, 17, 31, 33, 64, 65, 130, 400):
                x = rng.standard_normal((rows, w.shape[0])).astype(np.float32)
                alone = encoder._text_products(x, w, [(0, rows)])
                for shift, before, after in ((1, 1, 0), (3, 5, 7), (8, 13, 2), (16, 64, 30)):
                    total = before + rows + after  # other texts around it, at another alignment in memory
                    a = pool[shift : shift + total * w.shape[0]].reshape(total, w.shape[0])
                    a[before : before + rows] = x
                    texts_at = [(s, e) for s, e in ((0, before), (before, before + rows), (before + rows, total)) if e > s]
                    if not np.array_equal(encoder._text_products(a, w, texts_at)[before : before + rows], alone):
                        bad.append(f"{w.shape} text of {rows} rows after {before}, {threads} thread(s)")
print("RESULT " + json.dumps(bad))
"""


@pytest.fixture(scope="module")
def texts(sample_page_pairs):
    from qa.lang import en, zh

    pairs = sample_page_pairs.pairs[:4]
    return [s for p in pairs for s in zh.split_sentences(p.source) + en.split_sentences(p.target)]


@pytest.mark.skipif(platform.machine().lower() not in ("x86_64", "amd64"), reason="OpenBLAS x86 core types")
@pytest.mark.parametrize("core", CORE_TYPES)
def test_embeddings_do_not_depend_on_batch_or_history_under_each_blas_kernel(core, texts):
    env = dict(os.environ, OPENBLAS_CORETYPE=core, OPENBLAS_VERBOSE="2", QA_EMBEDDING_CACHE="off")
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    run = subprocess.run([sys.executable, "-c", CHECK], input=json.dumps(texts), env=env, cwd=ROOT,
                         capture_output=True, text=True, timeout=300)
    if run.returncode < 0:
        pytest.skip(f"this CPU cannot run OpenBLAS's {core} kernels (signal {-run.returncode})")
    assert run.returncode == 0, run.stderr[-2000:]
    used = re.search(r"Core: (\w+)", run.stdout + run.stderr)
    if used is None:
        pytest.skip("numpy's BLAS is not OpenBLAS with run-time kernel choice")
    if used.group(1) != core:
        pytest.skip(f"OpenBLAS runs {used.group(1)}'s kernels for {core} on this CPU: checked under that type")
    result = re.search(r"^RESULT (.*)$", run.stdout, re.M)
    assert result is not None, run.stdout[-2000:]
    assert json.loads(result.group(1)) == [], f"OpenBLAS kernels {used.group(1)}"


FINGERPRINT = r"""
import hashlib, json, sys
from qa.align import embed, encoder
texts = json.load(sys.stdin)
loaded = embed.model()._backend
weights = {k: v for k, v in vars(loaded).items() if k not in ("_slots", "_rows", "_pre", "_used", "_w1_slots")}
found = []
for threads in (1, 2):  # the BLAS threads a caller allows the encoder (qa.align.embed.ENCODER_THREADS)
    embed.ENCODER_THREADS = weights["threads"] = threads
    encoder.fingerprint.cache_clear()
    backend = encoder.TokenRowBackend.__new__(encoder.TokenRowBackend)
    backend.__dict__.update(weights)
    found.append([threads, encoder.fingerprint(), hashlib.sha256(backend.encode(texts).tobytes()).hexdigest()])
print("RESULT " + json.dumps(found))
"""
NUMPY_SIMD_CUT = "X86_V3 X86_V4 AVX512_ICL AVX512_SPR"  # numpy's SIMD above its baseline: another tanh


@pytest.fixture(scope="module")
def fingerprints(texts) -> dict[tuple[str, str], tuple[str, str]]:
    """(kernels OpenBLAS ran and the encoder's BLAS threads, numpy SIMD setting) -> (fingerprint, digest of the
    texts' embeddings)."""
    found: dict[tuple[str, str], tuple[str, str]] = {}
    for core, cut in [(c, "") for c in CORE_TYPES] + [("", NUMPY_SIMD_CUT)]:
        env = dict(os.environ, OPENBLAS_VERBOSE="2", QA_EMBEDDING_CACHE="off", NPY_DISABLE_CPU_FEATURES=cut)
        if core:
            env["OPENBLAS_CORETYPE"] = core
        env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
        run = subprocess.run([sys.executable, "-c", FINGERPRINT], input=json.dumps(texts), env=env, cwd=ROOT,
                             capture_output=True, text=True, timeout=300)
        used = re.search(r"Core: (\w+)", run.stdout + run.stderr)
        result = re.search(r"^RESULT (.*)$", run.stdout, re.M)
        if run.returncode < 0 or used is None or result is None:  # a type this CPU cannot run; not OpenBLAS
            continue
        for threads, *values in json.loads(result.group(1)):
            found[(f"{core} ran {used.group(1)} on {threads} thread(s)", cut)] = tuple(values)
    return found


@pytest.mark.skipif(platform.machine().lower() not in ("x86_64", "amd64"), reason="OpenBLAS x86 core types")
def test_the_same_fingerprint_means_the_same_embeddings_under_every_kernel(fingerprints):
    """Kept embeddings are valid wherever the fingerprint matches: Nehalem's and Sandybridge's kernels once
    shared one (a single small product) while 414 of 437 rows of a page differed; so did numpy's own tanh."""
    if len(fingerprints) < 2:
        pytest.skip("fewer than two BLAS configurations run here")
    for first, (print_a, vectors_a) in fingerprints.items():
        for second, (print_b, vectors_b) in fingerprints.items():
            if print_a == print_b:
                assert vectors_a == vectors_b, f"{first} and {second}: one fingerprint, other embeddings"
    ran = {name.split(" ran ")[1]: value for (name, cut), value in fingerprints.items() if not cut}
    if "Nehalem on 1 thread(s)" in ran and "Sandybridge on 1 thread(s)" in ran:
        assert ran["Nehalem on 1 thread(s)"][0] != ran["Sandybridge on 1 thread(s)"][0]


def test_the_fingerprint_runs_every_shape_of_the_encoders_products():
    from qa.align import embed, encoder

    backend = embed.model()._backend
    backend.encode(["民法典"])  # makes the first convolution's slot blocks
    matrices = [backend.proj_W, backend.cnn_W, backend.d0, backend.d1, backend.d2, backend.d3, backend.p1,
                backend.p3, *backend._w1_slots]
    assert {w.shape for w in matrices} == set(encoder.SHAPES)  # through _product
    assert {w.shape for w in backend.w2} == set(encoder.TEXT_SHAPES)  # through _text_products
