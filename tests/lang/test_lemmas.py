"""The "lemmas" resource: lemminflect's lexicon from qa's cache gives lemminflect's own answers."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.conftest import REPO

_PROBE = """
import json
from lemminflect import Lemmatizer
from lemminflect.codecs.LemmaLUCodec import LemmaLUCodec
from qa.lang.lemmas import all_lemmas, load

table = load().lemma_dict
own = LemmaLUCodec.load(Lemmatizer().lemma_lu_fn)
differ = sorted(w for w in set(own) | set(table) if table.get(w) != own.get(w))
print(json.dumps({"kind": type(table).__name__, "words": len(own), "differ": differ[:20],
                  "went": all_lemmas("went"), "Went": all_lemmas("Went"), "news": all_lemmas("news", "NOUN"),
                  "quietly": sorted(all_lemmas("quietly"))}))
"""


def _probe(cache_home) -> dict:
    env = {k: v for k, v in os.environ.items()}
    env["XDG_CACHE_HOME"] = str(cache_home)
    done = subprocess.run([sys.executable, "-c", _PROBE], cwd=REPO, env=env, capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_cached_lexicon_is_lemminflects_own_entry_for_entry(tmp_path):
    """First run builds the cache file, the second reads it; both hold every one of lemminflect's 80k words as
    lemminflect's own loader reads them, and lookups (case kept, a part of speech asked) answer alike."""
    for run in ("builds", "reads"):
        report = _probe(tmp_path)
        assert report["kind"] == "ShardedMap", run
        assert report["words"] > 50_000 and report["differ"] == [], run
        assert report["went"] == {"VERB": ["go"]} and report["Went"] == {"VERB": ["Go"]}, run
        assert report["news"] == {"NOUN": ["news"]} and report["quietly"] == ["ADV"], run
    assert any(p.name.startswith("lemminflect-lemmas-") for p in (tmp_path / "qa").iterdir())


def test_lemma_forms_inverts_every_lower_case_word_of_the_table():
    """lemma_forms(lemma) holds a lower-case word exactly when all_lemmas(word) gives that lemma: every word of
    lemminflect's table and overrides (those lemminflect itself answers for) is asked both ways."""
    from qa.lang.lemmas import _forms, _inverted, all_lemmas, load

    lemmatizer = load()
    words = {w for w in set(lemmatizer.lemma_dict) | set(lemmatizer._getOverridesDict()) if w == w.lower()}
    pairs = {(lemma, w) for w in words for lemmas in all_lemmas(w).values() for lemma in lemmas}
    built = _inverted(lemmatizer)  # as a cold cache builds it
    assert len(pairs) > 60_000 and {(lemma, w) for lemma, ws in built.items() for w in ws} == pairs
    stored = _forms()  # as qa's cache keeps it
    assert all(tuple(stored[lemma]) == ws for lemma, ws in built.items())


def test_lemma_forms_of_adjectives_and_an_override():
    from qa.lang.lemmas import lemma_forms

    assert {"stronger", "strongest", "strong"} <= lemma_forms("strong")
    assert {"better", "best"} <= lemma_forms("good") and "strongly" not in lemma_forms("strong")
    # lemminflect's overrides replace a word's entry ("all" is a NOUN of itself there, and no other word's lemma)
    assert "all" in lemma_forms("all") and lemma_forms("no-such-lemma") == frozenset()

