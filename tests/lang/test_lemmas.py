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
