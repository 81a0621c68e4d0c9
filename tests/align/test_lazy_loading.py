"""What `qa check` loads early or late: the tokenizer on a background thread, numpy only for whoever aligns."""

from __future__ import annotations

import subprocess
import sys
import textwrap


def _run(code: str) -> str:
    done = subprocess.run([sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, check=True)
    return done.stdout.strip()


def test_the_list_checks_dictionary_imports_no_numpy():
    """qa.align.cedict comes through the qa.align package; Params and the aligner (numpy) wait for their first use."""
    out = _run("""
        import sys
        import qa.align.cedict
        print("numpy" in sys.modules)
        from qa.align import PARAGRAPH_PARAMS, SENTENCE_PARAMS, align_segments
        import qa.align
        print("numpy" in sys.modules, qa.align.SENTENCE_PARAMS is SENTENCE_PARAMS, PARAGRAPH_PARAMS.band)
        print(align_segments(["我们。"], ["We."])[0].src)
    """)
    assert out.splitlines() == ["False", "True True 6", "(0,)"]


def test_a_tokenizer_loaded_early_is_the_encoders_and_no_load_of_the_encoder():
    """The HTML report asks load_count() whether a check used the encoder: an early tokenizer is not that."""
    out = _run("""
        from qa.align import embed
        from qa.checks.workers import in_background, settle
        in_background(embed.load_tokenizer_early)
        settle()
        early = embed._early["tokenizer"]
        print(embed.load_count(), type(early).__name__)
        model = embed.model()
        print(embed.load_count(), model._sp is early, embed._early)
        print(model._sp.encode("长安君") == embed.SentencePieceTokenizer(embed._resource("sp.model")).encode("长安君"))
    """)
    assert out.splitlines() == ["0 SentencePieceTokenizer", "1 True {}", "True"]


def test_the_checks_wait_for_background_loads(sample_alignment):
    """run_checks starts (and may fork) with the background loads finished: one thread running."""
    import threading

    from qa.checks.engine import run_checks
    from qa.checks.registry import REGISTRY
    from qa.checks.workers import in_background

    release = threading.Event()
    threads_seen = []

    def counting(pair, ctx):
        threads_seen.append(threading.active_count())
        return iter(())

    from dataclasses import replace

    spec = replace(REGISTRY["P504"], func=counting)
    in_background(lambda: release.wait(timeout=1.0))
    run_checks(sample_alignment, [spec])
    assert threads_seen and set(threads_seen) == {1}
